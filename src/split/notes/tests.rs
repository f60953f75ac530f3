use super::*;
use crate::model::{Document, Line, Page, Section};

fn draft() -> DraftText {
    let section = |number: &str, title: &str, text: &str| Section {
        number: number.into(),
        title: title.into(),
        level: 1,
        text: text.into(),
        pages: (1, 1),
    };
    DraftText::of(&Version {
        file: "01-inspraakversie.md".into(),
        label: "Inspraakversie".into(),
        sections: vec![
            section(
                "1",
                "Inleiding",
                "Deze visie beschrijft de aanpak van huiselijk geweld in de regio. Gemeenten \
                 werken samen met partners aan veiligheid voor iedereen.",
            ),
            section(
                "2",
                "Preventie",
                "Scholen geven voorlichting over gezonde relaties. De wachttijd voor hulp is \
                 zes weken. Wijkteams signaleren vroeg en werken samen met de huisarts.",
            ),
            section(
                "3",
                "Veiligheid",
                "Veilig Thuis neemt meldingen aan en zorgt voor veiligheid binnen vijf dagen.",
            ),
        ],
        ..Version::default()
    })
}

/// The letter split from `paragraphs` (one page), with `notes`.
fn letter(paragraphs: &[&str], notes: Vec<Note>) -> Letter {
    let doc = Document {
        file: "reactie.pdf".into(),
        pages: vec![Page {
            number: 1,
            lines: paragraphs
                .iter()
                .map(|t| Line {
                    text: t.to_string(),
                    paragraph_start: true,
                    ..Line::default()
                })
                .collect(),
            ..Page::default()
        }],
        notes,
        ..Document::default()
    };
    super::super::split_response(&doc, "r-1")
}

const RETURNED: &[&str] = &[
    "Regiovisie Testregio 2027-2030",
    "1 Inleiding",
    "Deze visie beschrijft de aanpak van huiselijk geweld in de regio. Gemeenten werken samen met partners aan veiligheid voor iedereen.",
    "2 Preventie",
    "Scholen geven voorlichting over gezonde relaties. De wachttijd voor hulp is zes weken. Wijkteams signaleren vroeg en werken samen met de huisarts.",
    "3 Veiligheid",
    "Veilig Thuis neemt meldingen aan en zorgt voor veiligheid binnen vijf dagen.",
];

fn note(text: &str, page: Option<u32>, anchor: Option<&str>, author: Option<&str>) -> Note {
    Note {
        text: text.into(),
        page,
        anchor: anchor.map(str::to_string),
        author: author.map(str::to_string),
        date: chrono::NaiveDate::from_ymd_opt(2026, 10, 5),
        ..Note::default()
    }
}

#[test]
fn a_returned_draft_with_notes_is_read_as_its_notes_naming_their_place() {
    let mut l = letter(
        RETURNED,
        vec![
            note(
                "De wachttijd van zes weken is veel te lang.",
                Some(1),
                None,
                Some("Stichting Buurtkracht"),
            ),
            note(
                "Binnen 24 uur reageren.",
                Some(2),
                Some("zorgt voor \"veiligheid\" binnen vijf dagen"),
                Some("Stichting Buurtkracht"),
            ),
        ],
    );
    assert!(l.comments.len() >= 3, "{:#?}", l.comments);
    let reading = settle(&mut l, "r-1", &[draft()]);
    assert_eq!(reading, Reading::DraftWithNotes);
    let texts: Vec<&str> = l.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Pagina 1: De wachttijd van zes weken is veel te lang.",
            "Pagina 2, bij \"zorgt voor 'veiligheid' binnen vijf dagen\": Binnen 24 uur reageren.",
        ]
    );
    assert_eq!(l.comments[1].page, Some(2));
    assert!(l.comments.iter().all(|c| c.id.starts_with("c-")));
    assert_ne!(l.comments[0].id, l.comments[1].id);
    assert_eq!(l.respondent.as_deref(), Some("Stichting Buurtkracht"));
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
    assert_eq!(l.date, chrono::NaiveDate::from_ymd_opt(2026, 10, 5));
    assert!(
        l.reading_warnings
            .iter()
            .any(|w| w.contains("draft itself") && w.contains("2 review notes")),
        "{:?}",
        l.reading_warnings
    );
}

#[test]
fn a_returned_draft_without_notes_has_no_points_and_no_sender() {
    let mut l = letter(RETURNED, Vec::new());
    assert_eq!(settle(&mut l, "r-1", &[draft()]), Reading::DraftOnly);
    assert!(l.comments.is_empty());
    assert_eq!(l.respondent, None);
    assert_eq!(l.kind, RespondentKind::Unknown);
    // Without drafts to compare with, it stays what it was read as.
    let mut l = letter(RETURNED, Vec::new());
    let before = l.clone();
    assert_eq!(settle(&mut l, "r-1", &[]), Reading::Letter);
    assert_eq!(l, before);
}

#[test]
fn a_letter_of_its_own_keeps_its_points_and_gets_its_notes_after_them() {
    let own = [
        "Geachte werkgroep,",
        "Ik lees in paragraaf 2 dat \"De wachttijd voor hulp is zes weken.\" Dat vind ik als moeder veel te lang; mijn zoon wachtte vorig jaar drie maanden op een eerste gesprek.",
        "Verder wil ik dat de gemeente de scholen in de wijk beter betrekt bij de voorlichting, want daar zien leraren de problemen het eerst.",
        "Met vriendelijke groet,",
        "Karin Visser",
    ];
    let mut l = letter(
        &own,
        vec![note(
            "Zie ook mijn brief.",
            Some(1),
            Some("veel te lang"),
            Some("Karin Visser"),
        )],
    );
    let body = l.comments.len();
    assert!(body >= 2, "{:#?}", l.comments);
    assert_eq!(settle(&mut l, "r-1", &[draft()]), Reading::LetterWithNotes);
    assert_eq!(l.comments.len(), body + 1);
    // The page is the letter's, not the draft's: not named.
    assert_eq!(
        l.comments[body].text,
        "Bij \"veel te lang\": Zie ook mijn brief."
    );
    assert_eq!(l.respondent.as_deref(), Some("Karin Visser"));
    assert!(l.private_person);
    assert!(
        l.reading_warnings
            .iter()
            .any(|w| w.contains("1 review note") && w.contains("check them")),
        "{:?}",
        l.reading_warnings
    );
}

#[test]
fn a_notes_author_is_a_sender_only_when_it_names_a_person_or_an_organisation() {
    let with = |author: &str| {
        let mut l = letter(
            RETURNED,
            vec![note("Te lang.", Some(1), None, Some(author))],
        );
        settle(&mut l, "r-1", &[draft()]);
        (l.respondent, l.kind, l.private_person)
    };
    assert_eq!(
        with("Petra de Boer"),
        (Some("Petra de Boer".into()), RespondentKind::Resident, true)
    );
    assert_eq!(
        with("Adviesraad Sociaal Domein Katwijk").1,
        RespondentKind::AdvisoryCouncil
    );
    for user in ["jdevries", "Microsoft Office User", "Gebruiker", "Auteur"] {
        assert_eq!(with(user), (None, RespondentKind::Unknown, false), "{user}");
    }
}

#[test]
fn a_long_anchor_is_cut_to_its_first_words() {
    let long = vec!["woord"; 40].join(" ");
    let q = quoted_anchor(&long);
    assert_eq!(q.split_whitespace().count(), ANCHOR_WORDS);
    assert!(q.ends_with('…'));
}

#[test]
fn a_letter_quoting_the_draft_is_no_returned_draft() {
    let d = draft();
    // Two sentences of the draft quoted, the rest the writer's own.
    let texts = [
        "\"Scholen geven voorlichting over gezonde relaties. De wachttijd voor hulp is zes weken.\" Dat vind ik veel te lang, want mijn kind wachtte drie maanden en niemand belde terug.",
        "Ook de wijkteams moeten beter bereikbaar zijn in de avond en in het weekend.",
    ];
    assert!(!d.covers(&texts));
    // One short quoted sentence as the whole body: a letter.
    assert!(!d.covers(&["De wachttijd voor hulp is zes weken."]));
    let returned: Vec<&str> = RETURNED.to_vec();
    assert!(d.covers(&returned));
}

#[test]
fn text_the_sender_typed_into_a_returned_draft_is_read_before_its_notes() {
    let mut paragraphs = RETURNED.to_vec();
    paragraphs.insert(
        5,
        "Reactie van ons: de wijkteams zijn 's avonds onbereikbaar, regel een avondspreekuur voor ouders.",
    );
    let mut l = letter(
        &paragraphs,
        vec![note("Binnen 24 uur.", Some(1), None, None)],
    );
    assert_eq!(settle(&mut l, "r-1", &[draft()]), Reading::DraftWithNotes);
    let texts: Vec<&str> = l.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].contains("avondspreekuur"), "{texts:?}");
    assert_eq!(texts[1], "Pagina 1: Binnen 24 uur.");
    assert!(
        l.reading_warnings
            .iter()
            .any(|w| w.contains("1 paragraph of its own")),
        "{:?}",
        l.reading_warnings
    );
    // Without notes it is no bare draft either.
    let mut l = letter(&paragraphs, Vec::new());
    assert_eq!(settle(&mut l, "r-1", &[draft()]), Reading::DraftWithNotes);
    assert_eq!(l.comments.len(), 1);
}

proptest::proptest! {
    /// [`DraftText::covers`] stops early, yet says what the whole count
    /// says: at least [`DRAFT_MIN_WORDS`] words, and at least
    /// [`DRAFT_SHARE`] of all, in a shingle of the draft's.
    #[test]
    fn covers_says_what_counting_all_words_says(
        parts in proptest::collection::vec(
            (proptest::bool::weighted(0.7), 0usize..200, 0usize..60),
            0..6,
        ),
    ) {
        let d = draft();
        let draft_words: Vec<&str> = RETURNED
            .iter()
            .flat_map(|t| t.split_whitespace())
            .collect();
        let own = ["mijn", "kind", "wachtte", "drie", "maanden", "Gr.", "te", "lang"];
        // Each text a run of the draft's words (its shingles are the
        // draft's) or the writer's own words.
        let texts: Vec<String> = parts
            .iter()
            .map(|&(quoted, start, len)| {
                (0..len)
                    .map(|i| {
                        if quoted {
                            draft_words[(start + i) % draft_words.len()]
                        } else {
                            own[(start + i * 7) % own.len()]
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (covered, all) = d.covered(&texts);
        let expected = covered >= DRAFT_MIN_WORDS && covered as f64 >= all as f64 * DRAFT_SHARE;
        proptest::prop_assert_eq!(d.covers(&texts), expected);
    }
}

/// QA33d: a copy of the draft edited without tracking, sent back: a
/// sentence changed and one left out were lost (only a sentence typed in
/// whole was read), and `run` told of 1 paragraph of its own. A changed
/// sentence is a proposal naming the draft's text and what changes, one
/// left out a proposal to delete it, each in the order of the text; the
/// warning names them.
#[test]
fn a_returned_draft_edited_without_tracking_gives_its_changes_as_points() {
    let mut paragraphs = RETURNED.to_vec();
    paragraphs[4] = "Scholen geven voorlichting over gezonde relaties. De wachttijd voor hulp is \
                     maximaal twee weken. Wijkteams signaleren vroeg en werken samen met de huisarts.";
    paragraphs[2] = "Deze visie beschrijft de aanpak van huiselijk geweld in de regio.";
    let mut l = letter(&paragraphs, Vec::new());
    assert_eq!(settle(&mut l, "r-1", &[draft()]), Reading::DraftWithNotes);
    let texts: Vec<&str> = l.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Bij \"Gemeenten werken samen met partners aan veiligheid voor iedereen.\": \
             Tekstvoorstel (niet bijgehouden wijziging): deze tekst schrappen.",
            "Bij \"De wachttijd voor hulp is zes weken.\": Tekstvoorstel (niet bijgehouden \
             wijziging): \"zes\" vervangen door \"maximaal twee\"; nieuwe tekst: \"De \
             wachttijd voor hulp is maximaal twee weken.\".",
        ]
    );
    let warning = l.reading_warnings.join("\n");
    assert!(
        warning.contains("2 changes to the draft's text made without tracking")
            && warning.contains("\"De wachttijd voor hulp is…\" changed")
            && warning.contains("\"Gemeenten werken samen met partners…\" left out"),
        "{warning}"
    );
    // The draft returned as it was: nothing changed, nothing read.
    let mut l = letter(RETURNED, Vec::new());
    assert_eq!(settle(&mut l, "r-1", &[draft()]), Reading::DraftOnly);
}

/// A returned draft's tracked changes tell what they change: the text
/// read with them accepted gives no second point for it (a changed
/// sentence, a paragraph inserted whole).
#[test]
fn text_a_tracked_change_tells_is_no_untracked_change_too() {
    let mut paragraphs = RETURNED.to_vec();
    paragraphs[4] = "Scholen geven voorlichting over gezonde relaties. De wachttijd voor hulp is \
                     twee weken. Wijkteams signaleren vroeg en werken samen met de huisarts.";
    paragraphs.insert(
        5,
        "Ook de huisarts krijgt een vaste contactpersoon bij het wijkteam.",
    );
    let change = |text: &str, anchor: Option<&str>| Note {
        kind: NoteKind::Change,
        text: text.into(),
        anchor: anchor.map(str::to_string),
        author: Some("GGD Hollands Midden".into()),
        ..Note::default()
    };
    let mut l = letter(
        &paragraphs,
        vec![
            change(
                "Tekstvoorstel (bijgehouden wijziging): \"zes\" vervangen door \"twee\".",
                Some(RETURNED[4]),
            ),
            change(
                "Ook de huisarts krijgt een vaste contactpersoon bij het wijkteam. — \
                 Tekstvoorstel (bijgehouden wijziging): deze alinea toevoegen na \"samen met de huisarts.\".",
                None,
            ),
        ],
    );
    assert_eq!(settle(&mut l, "r-1", &[draft()]), Reading::DraftWithNotes);
    let texts: Vec<&str> = l.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(texts[0].starts_with("Bij \"Scholen geven"), "{texts:#?}");
    assert!(texts[1].starts_with("Ook de huisarts"), "{texts:#?}");
    assert_eq!(l.respondent.as_deref(), Some("GGD Hollands Midden"));
}

/// The draft's words and shingles are kept as hashes: a returned draft
/// whose words are written in other capitals, accented ones too, is still
/// the draft's own text; a letter of the writer's own words is not, nor is
/// one that differs in its accents only where words are compared whole.
#[test]
fn a_returned_draft_is_known_in_any_capitals_accents_too() {
    let text = "Één loket voor alle vragen over schulden, ook 's avonds bereikbaar. Het café \
                in het buurthuis biedt elke week een inloopspreekuur waar inwoners zonder \
                afspraak terecht kunnen bij een consulent. De coördinatie ligt bij het \
                sociaal team, dat ook de financiële regelingen uitvoert.";
    let d = DraftText::of(&Version {
        file: "02-ontwerp-schuldhulp.md".into(),
        label: "Ontwerp".into(),
        sections: vec![Section {
            number: "4".into(),
            title: "Coördinatie en bereikbaarheid".into(),
            level: 1,
            text: text.into(),
            pages: (3, 3),
        }],
        ..Version::default()
    });
    let shouted = text.to_uppercase();
    assert!(d.covers(&[&shouted]));
    assert!(d.covers(&[text]));
    let own = "Wij vinden dat het loket ook op zaterdag open moet zijn, omdat veel mensen \
               doordeweeks werken en dan niet bij een consulent langs kunnen komen; graag \
               zien wij ook een telefonisch spreekuur voor wie slecht ter been is.";
    assert!(!d.covers(&[own]));
    // Equal words hash equal in any capitals, other words do not.
    assert_eq!(word_hashes("Één CAFÉ"), word_hashes("één café"));
    assert_ne!(word_hashes("een cafe"), word_hashes("één café"));
}
