//! Version comparison on a realistic revision of a regional vision:
//! renumbered, renamed, moved, split, merged, added, removed and edited
//! sections, the comments that caused changes, and comments re-anchored
//! in the final version.

use inspraak::compare::{self, summarize};
use inspraak::model::{
    AnchorStatus, Change, ChangeKind, Comment, DecisionView, DiffOp, Link, LinkReason, Quote,
    Response, Section, Status, Version,
};

fn section(number: &str, title: &str, text: &str) -> Section {
    Section {
        number: number.into(),
        title: title.into(),
        level: number.split('.').count() as u8,
        text: text.into(),
        pages: (1, 1),
    }
}

const INLEIDING: &str = "Deze regiovisie beschrijft hoe de gemeenten in Holland Rijnland de \
komende jaren samenwerken op het gebied van beschermd wonen en maatschappelijke opvang. \
De visie is opgesteld met partners, cliëntvertegenwoordigers en zorgaanbieders, en ligt \
zes weken ter inzage.";

const INLEIDING_NIEUW: &str = "Deze regiovisie beschrijft hoe de gemeenten in Holland \
Rijnland de komende jaren samenwerken op het gebied van Beschermd Wonen en maatschappelijke \
opvang. De visie is opgesteld met partners, cliëntvertegenwoordigers en zorgaanbieders en \
ligt zes weken ter inzage.";

const VISIE: &str = "Iedere inwoner woont zo zelfstandig mogelijk in de eigen wijk, met de \
ondersteuning die nodig is. Wij gaan uit van herstel en eigen regie.";

const UITGANGSPUNTEN: &str = "Wij werken vanuit drie uitgangspunten. Ten eerste staat de \
inwoner centraal en niet het aanbod. Ten tweede bieden wij ondersteuning zo dicht mogelijk \
bij huis.\n\nTen derde organiseren wij de toegang laagdrempelig, zodat inwoners snel de \
juiste hulp krijgen.";

const UITGANGSPUNTEN_NIEUW: &str = "Wij werken vanuit drie uitgangspunten. Ten eerste staat \
de inwoner centraal en niet het aanbod. Ten tweede bieden wij ondersteuning zo dicht \
mogelijk bij huis.\n\nTen derde organiseren wij de toegang laagdrempelig, zodat inwoners \
snel de juiste hulp krijgen. De regio betrekt ervaringsdeskundigen structureel bij de \
uitvoering en evaluatie van deze visie.";

const SAMENWERKING: &str = "De centrumgemeente Leiden voert de regionale taken uit namens \
de dertien gemeenten. Afspraken over inkoop, toegang en monitoring leggen wij vast in een \
bestuursovereenkomst die jaarlijks wordt besproken in het portefeuillehoudersoverleg.";

const DEMOGRAFIE: &str = "Het aantal inwoners van de regio groeit tot 2030 met ongeveer \
vijf procent. Het aantal alleenstaande ouderen stijgt sterk, en de vraag naar betaalbare \
woonruimte neemt toe.";

const DEMOGRAFIE_OPGEMAAKT: &str = "Het aantal inwoners van de regio groeit\ntot 2030 met \
ongeveer vijf procent. Het aantal alleenstaande ouderen\nstijgt sterk, en de vraag naar \
betaalbare  woonruimte neemt toe.";

const LANDELIJK: &str = "Het Rijk heeft met de Hervormingsagenda Jeugd en het Nationaal \
Actieplan Dakloosheid nieuwe kaders gesteld. De doordecentralisatie van beschermd wonen \
naar alle gemeenten gaat in 2026 van start, met een nieuw verdeelmodel voor de middelen.";

const LANDELIJK_NIEUW: &str = "Het Rijk heeft met de Hervormingsagenda Jeugd, het \
programma Een thuis voor iedereen en het Nationaal Actieplan Dakloosheid nieuwe kaders \
gesteld. De doordecentralisatie van beschermd wonen naar alle gemeenten gaat in 2026 van \
start, met een nieuw verdeelmodel voor de middelen.";

const BESCHERMD: &str = "Beschermd wonen is bedoeld voor inwoners met psychische of \
psychosociale problemen die tijdelijk niet zelfstandig kunnen wonen. Wij bouwen het aantal \
intramurale plekken af en breiden ambulante begeleiding en beschermd thuis uit.";

const OPVANG: &str = "De maatschappelijke opvang biedt dakloze inwoners een veilige \
slaapplek en begeleiding naar wonen. De nachtopvang in Leiden en Alphen aan den Rijn blijft \
open, ook in de zomermaanden.\n\nDakloosheid voorkomen begint bij vroege hulp bij \
huurachterstanden, schulden en uitzetting. Woningcorporaties melden betalingsachterstanden \
na twee maanden bij het wijkteam, dat binnen een week contact opneemt.";

const OPVANG_DEEL: &str = "De maatschappelijke opvang biedt dakloze inwoners een veilige \
slaapplek en begeleiding naar wonen. De nachtopvang in Leiden en Alphen aan den Rijn blijft \
open, ook in de zomermaanden.";

const PREVENTIE_DEEL: &str = "Dakloosheid voorkomen begint bij vroege hulp bij \
huurachterstanden, schulden en uitzetting. Woningcorporaties melden betalingsachterstanden \
na twee maanden bij het wijkteam, dat binnen een week contact opneemt.";

const VROEG: &str = "Vroegsignalering vraagt dat huisartsen, wijkagenten en \
wijkteams signalen van verward gedrag delen. Wij richten een regionaal meldpunt in dat \
dag en nacht bereikbaar is.";

const MONITORING: &str = "Wij volgen de uitvoering met een regionaal dashboard met \
cijfers over instroom, uitstroom en wachttijden per gemeente. Het dashboard wordt ieder \
kwartaal bijgewerkt.";

const EVALUATIE: &str = "Na twee jaar evalueren wij de visie met cliënten, aanbieders en \
gemeenteraden. De uitkomsten van de evaluatie gebruiken wij om de koers bij te stellen.";

const FINANCIEN: &str = "De regio ontvangt een decentralisatie-uitkering van ongeveer \
zestig miljoen euro per jaar. Tekorten en overschotten verdelen de gemeenten naar rato van \
hun inwoneraantal, volgens de afspraken in het financieel kader.";

const BEGRIPPEN: &str = "Ambulante begeleiding: ondersteuning aan huis. Beschermd thuis: \
begeleiding in een eigen woning met een vangnet van nabije zorg. Centrumgemeente: de \
gemeente die regionale taken uitvoert.";

const GEMEENTEN: &str = "Aan deze visie werkten mee: Alphen aan den Rijn, Hillegom, \
Kaag en Braassem, Katwijk, Leiden, Leiderdorp, Lisse, Nieuwkoop, Noordwijk, Oegstgeest, \
Teylingen, Voorschoten en Zoeterwoude.";

const REACTIES: &str = "In de inspraakperiode kwamen tweeëntwintig reacties binnen van \
inwoners, adviesraden en organisaties. De nota van beantwoording geeft per reactie het \
antwoord van het bestuur.";

/// The consultation draft.
fn draft() -> Version {
    Version {
        file: "1-inspraakversie.pdf".into(),
        label: "Inspraakversie".into(),
        page_labels: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        sections: vec![
            section("1", "Inleiding", INLEIDING),
            section("2", "Visie en ambitie", VISIE),
            section("2.1", "Uitgangspunten", UITGANGSPUNTEN),
            section("2.2", "Samenwerking in de regio", SAMENWERKING),
            section("3", "Ontwikkelingen", ""),
            section("3.1", "Demografische ontwikkelingen", DEMOGRAFIE),
            section("3.2", "Landelijke ontwikkelingen", LANDELIJK),
            section("4", "Opgaven", ""),
            section("4.1", "Beschermd wonen", BESCHERMD),
            section(
                "4.2",
                "Maatschappelijke opvang en preventie van dakloosheid",
                OPVANG,
            ),
            section("4.3", "Vroegsignalering", VROEG),
            section("5", "Uitvoering", ""),
            section("5.1", "Monitoring", MONITORING),
            section("5.2", "Evaluatie", EVALUATIE),
            section("5.3", "Financiën", FINANCIEN),
            section("Bijlage 1", "Begrippenlijst", BEGRIPPEN),
            section("Bijlage 2", "Deelnemende gemeenten", GEMEENTEN),
        ],
    }
}

/// The final version after the consultation.
fn final_version() -> Version {
    let merged = format!("{MONITORING}\n\n{EVALUATIE}");
    Version {
        file: "2-definitief.pdf".into(),
        label: "Definitief".into(),
        page_labels: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        sections: vec![
            section("1", "Inleiding", INLEIDING_NIEUW),
            section("2", "Visie en ambitie", VISIE),
            section("2.1", "Uitgangspunten", UITGANGSPUNTEN_NIEUW),
            section("2.2", "Samenwerking in de regio", SAMENWERKING),
            section("2.3", "Financiën", FINANCIEN),
            section("3", "Ontwikkelingen", ""),
            section("3.1", "Demografische ontwikkelingen", DEMOGRAFIE_OPGEMAAKT),
            section(
                "3.2",
                "Landelijke ontwikkelingen en programma's",
                LANDELIJK_NIEUW,
            ),
            section("4", "Opgaven", ""),
            section("4.1", "Beschermd wonen", BESCHERMD),
            section("4.2", "Maatschappelijke opvang", OPVANG_DEEL),
            section("4.3", "Preventie van dakloosheid", PREVENTIE_DEEL),
            section("4.4", "Vroegsignalering", VROEG),
            section("5", "Uitvoering", ""),
            section("5.1", "Monitoring en evaluatie", &merged),
            section("Bijlage 1", "Overzicht van de inspraakreacties", REACTIES),
            section("Bijlage 2", "Begrippenlijst", BEGRIPPEN),
        ],
    }
}

fn find<'a>(changes: &'a [Change], before: Option<&str>, after: Option<&str>) -> &'a Change {
    changes
        .iter()
        .find(|c| {
            c.before.as_ref().map(|s| s.number.as_str()) == before
                && c.after.as_ref().map(|s| s.number.as_str()) == after
        })
        .unwrap_or_else(|| panic!("no change {before:?} → {after:?} in {changes:#?}"))
}

fn inserted(c: &Change) -> String {
    c.diff
        .iter()
        .filter(|s| s.op == DiffOp::Insert)
        .map(|s| s.text.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn unchanged_and_layout_only_sections_give_no_change() {
    let changes = compare::compare(&draft(), &final_version());
    for n in ["2", "2.2", "3.1", "4.1"] {
        assert!(
            !changes
                .iter()
                .any(|c| c.after.as_ref().is_some_and(|s| s.number == n)),
            "section {n} should not be listed as changed"
        );
    }
}

#[test]
fn editorial_change_is_classed_editorial() {
    let changes = compare::compare(&draft(), &final_version());
    let c = find(&changes, Some("1"), Some("1"));
    assert_eq!(c.kind, ChangeKind::Modified);
    assert!(c.editorial);
    // Capitals and punctuation only: no new words (`text_changed` is what
    // makes a renumbered or moved section *gewijzigd* too).
    assert!(!c.text_changed);
    // `beschermd wonen` → `Beschermd Wonen` and a comma dropped: shown.
    assert!(c
        .diff
        .iter()
        .any(|s| s.op == DiffOp::Insert && s.text.contains("Beschermd Wonen")));
    assert!(c
        .diff
        .iter()
        .any(|s| s.op == DiffOp::Delete && s.text.trim() == ","));
}

#[test]
fn text_edit_counts_words_and_keeps_whole_section() {
    let changes = compare::compare(&draft(), &final_version());
    let c = find(&changes, Some("2.1"), Some("2.1"));
    assert_eq!(c.kind, ChangeKind::Modified);
    assert!(!c.editorial);
    assert_eq!(c.words_removed, 0);
    assert_eq!(c.words_added, 13);
    assert_eq!(
        inserted(c),
        "De regio betrekt ervaringsdeskundigen structureel bij de uitvoering en evaluatie van \
         deze visie."
    );
    // The whole section with its heading is in the diff.
    let new = compare::diff::new_text(&c.diff);
    assert!(new.starts_with("2.1 Uitgangspunten\nWij werken"), "{new}");
    assert!(new.contains("\n\nTen derde"));
    // Spans are merged: no two consecutive spans share an op.
    assert!(c.diff.windows(2).all(|w| w[0].op != w[1].op));
}

#[test]
fn renamed_section_with_edit() {
    let changes = compare::compare(&draft(), &final_version());
    let c = find(&changes, Some("3.2"), Some("3.2"));
    assert_eq!(c.kind, ChangeKind::Renamed);
    assert!(c.retitled && !c.renumbered && c.text_changed);
    assert_eq!(
        c.after.as_ref().unwrap().title,
        "Landelijke ontwikkelingen en programma's"
    );
    let ins = inserted(c);
    assert!(ins.contains("en programma's"), "{ins}");
    assert!(
        ins.contains(", het programma Een thuis voor iedereen"),
        "{ins}"
    );
    assert_eq!(c.words_removed, 0);
}

#[test]
fn moved_section() {
    let changes = compare::compare(&draft(), &final_version());
    let c = find(&changes, Some("5.3"), Some("2.3"));
    assert_eq!(c.kind, ChangeKind::Moved);
    assert!(c.renumbered && !c.retitled && !c.text_changed);
    // Only the number changed: `5.3` became `2.3`.
    assert_eq!((c.words_added, c.words_removed), (1, 1));
}

#[test]
fn renumbered_sections() {
    let changes = compare::compare(&draft(), &final_version());
    let c = find(&changes, Some("4.3"), Some("4.4"));
    assert_eq!(c.kind, ChangeKind::Renumbered);
    assert!(c.renumbered && !c.retitled && !c.text_changed && !c.editorial);
    let c = find(&changes, Some("Bijlage 1"), Some("Bijlage 2"));
    assert_eq!(c.kind, ChangeKind::Renumbered);
    assert!(c.renumbered && !c.text_changed);
}

#[test]
fn split_section() {
    let changes = compare::compare(&draft(), &final_version());
    let c = find(&changes, Some("4.2"), Some("4.2"));
    assert_eq!(c.kind, ChangeKind::Renamed);
    let split: Vec<&str> = c.split_into.iter().map(|s| s.number.as_str()).collect();
    assert_eq!(split, ["4.3"]);
    // The split-off text is not shown as deleted and inserted again: only
    // the headings changed.
    assert!(c.words_removed <= 6, "{c:#?}");
    assert!(c.words_added <= 6, "{c:#?}");
    assert!(!changes.iter().any(
        |c| c.kind == ChangeKind::Added && c.after.as_ref().is_some_and(|s| s.number == "4.3")
    ));
}

#[test]
fn merged_sections() {
    let changes = compare::compare(&draft(), &final_version());
    let c = find(&changes, Some("5.1"), Some("5.1"));
    let merged: Vec<&str> = c.merged_from.iter().map(|s| s.number.as_str()).collect();
    assert_eq!(merged, ["5.2"]);
    assert!(c.retitled);
    assert!(!changes
        .iter()
        .any(|c| c.kind == ChangeKind::Removed
            && c.before.as_ref().is_some_and(|s| s.number == "5.2")));
    // Old text reassembles both merged sections.
    let old = compare::diff::old_text(&c.diff);
    assert!(old.contains("5.2 Evaluatie"));
}

#[test]
fn added_and_removed_sections() {
    let changes = compare::compare(&draft(), &final_version());
    let added = find(&changes, None, Some("Bijlage 1"));
    assert_eq!(added.kind, ChangeKind::Added);
    assert_eq!(added.words_removed, 0);
    assert!(added.words_added > 20);
    assert!(added.diff.iter().all(|s| s.op == DiffOp::Insert));
    let removed = find(&changes, Some("Bijlage 2"), None);
    assert_eq!(removed.kind, ChangeKind::Removed);
    assert_eq!(removed.words_added, 0);
    // Changes come in reading order of the final version; the removed
    // appendix at the end.
    assert_eq!(changes.last().unwrap().kind, ChangeKind::Removed);
}

#[test]
fn summary_totals() {
    let changes = compare::compare(&draft(), &final_version());
    let s = summarize(&changes);
    assert_eq!(s.changes(), changes.len());
    assert_eq!((s.added, s.removed, s.moved), (1, 1, 1));
    assert_eq!(s.editorial, 1);
    assert_eq!(s.split_or_merged, 2);
    assert_eq!(
        s.words_added,
        changes.iter().map(|c| c.words_added).sum::<usize>()
    );
}

#[test]
fn chain_of_three_versions() {
    let mut middle = draft();
    middle.file = "2-tussenversie.pdf".into();
    middle.sections[2].text = UITGANGSPUNTEN_NIEUW.into();
    let mut last = final_version();
    last.file = "3-definitief.pdf".into();
    let chain = compare::compare_chain(&[draft(), middle, last]);
    assert_eq!(chain.steps.len(), 2);
    assert_eq!(chain.steps[0].len(), 1);
    assert_eq!(chain.steps[0][0].kind, ChangeKind::Modified);
    // The second step no longer has the 2.1 edit; the overall one has.
    assert!(!chain.steps[1]
        .iter()
        .any(|c| c.after.as_ref().is_some_and(|s| s.number == "2.1")));
    assert_eq!(chain.overall, compare::compare(&draft(), &final_version()));
    assert!(compare::compare_chain(&[draft()]).overall.is_empty());
}

fn link(number: &str, score: f32) -> Link {
    Link {
        number: number.into(),
        score,
        reason: String::new(),
        kinds: vec![LinkReason::Reference],
    }
}

fn comment(id: &str, text: &str, links: &[(&str, f32)]) -> Comment {
    Comment {
        id: id.into(),
        text: text.into(),
        sections: links.iter().map(|&(n, s)| link(n, s)).collect(),
        ..Comment::default()
    }
}

fn responses(comments: Vec<Comment>) -> Vec<Response> {
    vec![Response {
        id: "r1".into(),
        comments,
        ..Response::default()
    }]
}

#[test]
fn causes_are_ranked() {
    let mut asks = comment(
        "asks",
        "Wij stellen voor om toe te voegen dat de regio ervaringsdeskundigen betrekt bij de \
         uitvoering en de evaluatie.",
        &[("2.1", 1.0)],
    );
    asks.decision.status = Status::Adopted;
    let mut vague = comment(
        "vague",
        "De uitgangspunten in paragraaf 2.1 zijn te algemeen geformuleerd.",
        &[("2.1", 1.0)],
    );
    vague.decision.status = Status::NotAdopted;
    let unlinked = comment(
        "unlinked",
        "Betrek ervaringsdeskundigen structureel bij de uitvoering en evaluatie.",
        &[],
    );
    let unrelated = comment(
        "unrelated",
        "De nachtopvang moet ook in de zomer open blijven.",
        &[("4.2", 0.9)],
    );
    let mut confirmed = comment(
        "confirmed",
        "Noem het programma Een thuis voor iedereen.",
        &[],
    );
    confirmed.decision = DecisionView {
        status: Status::Adopted,
        change_ref: Some("3.2".into()),
        ..DecisionView::default()
    };
    let on_intro = comment(
        "intro",
        "In de inleiding ontbreekt een komma.",
        &[("1", 1.0)],
    );
    let rs = responses(vec![asks, vague, unlinked, unrelated, confirmed, on_intro]);

    let mut changes = compare::compare(&draft(), &final_version());
    compare::suggest_causes(&mut changes, &rs);
    let c21 = find(&changes, Some("2.1"), Some("2.1"));
    assert_eq!(
        c21.comments.first().map(String::as_str),
        Some("asks"),
        "{:?}",
        c21.comments
    );
    assert!(
        c21.comments.contains(&"unlinked".to_string()),
        "{:?}",
        c21.comments
    );
    let pos = |id: &str| c21.comments.iter().position(|c| c == id);
    if let Some(v) = pos("vague") {
        assert!(v > pos("unlinked").unwrap());
    }
    assert!(!c21.comments.contains(&"unrelated".to_string()));
    let c32 = find(&changes, Some("3.2"), Some("3.2"));
    assert_eq!(c32.comments.first().map(String::as_str), Some("confirmed"));
    // An editorial change is not explained by comments on its section.
    assert!(find(&changes, Some("1"), Some("1")).comments.is_empty());
    // A pure renumbering is not either.
    assert!(find(&changes, Some("4.3"), Some("4.4")).comments.is_empty());
}

#[test]
fn a_comment_is_a_cause_by_topic_only_of_its_first_section() {
    // Adopted, about the night shelter (4.2) first, sharing some words
    // with 2.1 too: not the cause of 2.1's new passage, unless it names 2.1.
    let topical = |n: &str, s: f32| Link {
        kinds: vec![LinkReason::Topic],
        ..link(n, s)
    };
    let mut by_topic = comment(
        "by-topic",
        "De nachtopvang moet ook in de zomer open blijven; de uitgangspunten zeggen daar niets over.",
        &[],
    );
    by_topic.sections = vec![topical("4.2", 0.5), topical("2.1", 0.45)];
    by_topic.decision.status = Status::PartlyAdopted;
    let mut named = by_topic.clone();
    named.id = "named".into();
    named.sections = vec![topical("4.2", 0.5), link("2.1", 0.45)];
    let mut first = by_topic.clone();
    first.id = "first".into();
    first.sections = vec![topical("2.1", 0.45), topical("4.2", 0.4)];
    let rs = responses(vec![by_topic, named, first]);
    let mut changes = compare::compare(&draft(), &final_version());
    compare::suggest_causes(&mut changes, &rs);
    let c21 = find(&changes, Some("2.1"), Some("2.1"));
    assert!(
        !c21.comments.contains(&"by-topic".to_string()),
        "{:?}",
        c21.comments
    );
    assert!(
        c21.comments.contains(&"named".to_string()),
        "{:?}",
        c21.comments
    );
    assert!(
        c21.comments.contains(&"first".to_string()),
        "{:?}",
        c21.comments
    );
}

fn quote(text: &str, section: &str) -> Quote {
    Quote {
        text: text.into(),
        section: Some(section.into()),
        score: 1.0,
        prefix: String::new(),
        suffix: String::new(),
    }
}

#[test]
fn comments_are_reanchored_in_the_final_version() {
    let mut exact = comment("exact", "Over het meldpunt.", &[("4.3", 1.0)]);
    exact.quotes = vec![quote("Wij richten een regionaal meldpunt in", "4.3")];
    let mut edited = comment("edited", "Noem ook andere programma's.", &[("3.2", 1.0)]);
    edited.quotes = vec![quote(
        "Het Rijk heeft met de Hervormingsagenda Jeugd en het Nationaal Actieplan Dakloosheid",
        "3.2",
    )];
    let mut misquoted = comment("misquoted", "Te laat.", &[("3", 0.5)]);
    misquoted.quotes = vec![Quote {
        section: None,
        ..quote(
            "de doordecentralisatie van beschermd wonen naar de gemeenten gaat in 2026 van start",
            "",
        )
    }];
    let merged = comment("merged", "Evalueer al na een jaar.", &[("5.2", 0.8)]);
    let removed = comment("removed", "Noem ook Leiden.", &[("Bijlage 2", 1.0)]);
    let split = {
        let mut c = comment("split", "Meld eerder.", &[("4.2", 1.0)]);
        c.quotes = vec![quote(
            "melden betalingsachterstanden na twee maanden",
            "4.2",
        )];
        c
    };
    let nowhere = comment("nowhere", "Algemene opmerking zonder plaats.", &[]);
    let mut rs = responses(vec![
        exact, edited, misquoted, merged, removed, split, nowhere,
    ]);
    compare::reanchor(&mut rs, &draft(), &final_version());
    let get = |id: &str| {
        rs[0]
            .comments
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .anchor_after
            .clone()
    };
    let a = get("exact").unwrap();
    assert_eq!(a.status, AnchorStatus::Quote);
    assert_eq!(a.section.as_deref(), Some("4.4"));
    assert_eq!(
        a.excerpt,
        "Wij richten een regionaal meldpunt in dat dag en nacht bereikbaar is."
    );
    assert!((a.score - 1.0).abs() < 1e-6);
    // Six words inserted into a 13-word quotation: too rewritten to
    // anchor the quotation, but its section and sentence are shown.
    let a = get("edited").unwrap();
    assert_eq!(a.status, AnchorStatus::Section);
    assert_eq!(a.section.as_deref(), Some("3.2"));
    assert!(a.excerpt.starts_with("Het Rijk heeft"), "{a:?}");
    assert!(a.excerpt.contains("Een thuis voor iedereen"), "{a:?}");
    let a = get("misquoted").unwrap();
    assert_eq!(a.status, AnchorStatus::Quote);
    assert_eq!(a.section.as_deref(), Some("3.2"));
    assert!(a.score >= 0.75 && a.score < 1.0, "{a:?}");
    assert!(a.excerpt.starts_with("De doordecentralisatie"), "{a:?}");
    let a = get("merged").unwrap();
    assert_eq!(a.status, AnchorStatus::Section);
    assert_eq!(a.section.as_deref(), Some("5.1"));
    assert_eq!(a.title.as_deref(), Some("Monitoring en evaluatie"));
    let a = get("removed").unwrap();
    assert_eq!(a.status, AnchorStatus::Removed);
    assert_eq!(a.section, None);
    let a = get("split").unwrap();
    assert_eq!(a.status, AnchorStatus::Quote);
    assert_eq!(a.section.as_deref(), Some("4.3"));
    assert_eq!(get("nowhere"), None);
}

#[test]
fn changes_serialize_additively() {
    let changes = compare::compare(&draft(), &final_version());
    let json = serde_json::to_value(&changes).unwrap();
    let first = &json[0];
    for key in [
        "kind",
        "before",
        "after",
        "diff",
        "words_added",
        "words_removed",
        "editorial",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    // Older consultation.json files without the new fields still load.
    let old = r#"{"kind":"modified","before":null,"after":null,"diff":[],"words_added":0,
                  "words_removed":0,"editorial":false,"comments":[]}"#;
    let c: Change = serde_json::from_str(old).unwrap();
    assert!(c.split_into.is_empty() && !c.renumbered);
}

#[test]
fn terminal_redline_snapshot() {
    let (a, b) = (draft(), final_version());
    let changes = compare::compare(&a, &b);
    let text = inspraak::cli::diff::render(
        &a,
        &b,
        &changes,
        inspraak::cli::diff::RenderOptions::default(),
    );
    insta::assert_snapshot!(text);
}
