use super::*;

/// QA: the letter to an advisory council headed its points `Punt 1
/// (uw punt Advies 1)`.
#[test]
fn a_letter_refers_to_a_point_by_the_letters_own_word_for_it() {
    let nl = Words { lang: Lang::Nl };
    assert_eq!(nl.label_ref("3"), "uw punt 3");
    assert_eq!(nl.label_ref("a"), "uw punt a");
    assert_eq!(nl.label_ref("Advies 1"), "uw advies 1");
    assert_eq!(nl.label_ref("Aanbeveling 2a"), "uw aanbeveling 2a");
    let en = Words { lang: Lang::En };
    assert_eq!(en.label_ref("3"), "your point 3");
    assert_eq!(en.label_ref("Advies 1"), "your Advies 1");
}

/// QA: the English memo said `was open for consultation in the version
/// ‘Inspraakversie’`, the tool's own Dutch name for a draft without a
/// label.
#[test]
fn english_documents_call_the_default_versions_in_english() {
    let en = Words { lang: Lang::En };
    assert_eq!(en.version_label("Inspraakversie"), "consultation draft");
    assert_eq!(en.version_label("Definitief"), "final version");
    assert_eq!(en.version_label("Versie 2"), "version 2");
    assert_eq!(en.version_label("versie 0.9"), "version 0.9");
    assert_eq!(en.version_label("Concept 2.1"), "Concept 2.1");
    // QA24 (seen): a label the working group wrote stays as written.
    assert_eq!(en.version_label("Definitieve versie"), "Definitieve versie");
    assert_eq!(
        en.opening("Regiovisie", Some("Inspraakversie")),
        "‘Regiovisie’ was open for consultation"
    );
    assert_eq!(
        en.opening("Regiovisie", Some("Concept 2.1")),
        "‘Regiovisie’ was open for consultation in the version ‘Concept 2.1’"
    );
    let nl = Words { lang: Lang::Nl };
    assert_eq!(nl.version_label("Inspraakversie"), "Inspraakversie");
    assert_eq!(
        nl.opening("Regiovisie", Some("Inspraakversie")),
        "De inspraakversie van ‘Regiovisie’ heeft ter inzage gelegen"
    );
}

/// QA37: the memo's method paragraph said `gekoppeld aan de paragraaf van
/// ‘Inspraakversie’`, the version's label quoted as if it were a title.
#[test]
fn a_sentence_names_a_version_by_its_noun_and_quotes_only_a_label_of_its_own() {
    let nl = Words { lang: Lang::Nl };
    assert_eq!(
        nl.version_in_sentence("Inspraakversie"),
        "de inspraakversie"
    );
    assert_eq!(nl.version_in_sentence("ontwerpversie"), "de ontwerpversie");
    assert_eq!(nl.version_in_sentence("Versie 0.9"), "versie 0.9");
    assert_eq!(nl.version_in_sentence("Concept maart"), "‘Concept maart’");
    assert_eq!(nl.version_in_sentence("Versie"), "‘Versie’");
    let en = Words { lang: Lang::En };
    assert_eq!(
        en.version_in_sentence("Inspraakversie"),
        "the consultation draft"
    );
    assert_eq!(en.version_in_sentence("Versie 2"), "version 2");
    assert_eq!(en.version_in_sentence("Concept 2.1"), "‘Concept 2.1’");
}

/// QA39: a front matter heading numbered by its title (`Samenvatting`) is
/// named by its title once, without `§`; the front matter `0` by its
/// title, numbered sections as before.
#[test]
fn a_front_matter_heading_is_named_by_its_title_once() {
    assert_eq!(
        section_heading("Samenvatting", "Samenvatting"),
        "Samenvatting"
    );
    assert_eq!(join_heading("Voorwoord", "Voorwoord"), "Voorwoord");
    assert_eq!(section_heading("0", "Regiovisie Jeugd"), "Regiovisie Jeugd");
    assert_eq!(section_heading("5.2", "Preventie"), "§ 5.2 Preventie");
    assert_eq!(
        section_heading("Bijlage 1", "Begrippen"),
        "Bijlage 1 Begrippen"
    );
    assert!(crate::model::is_front_heading("Samenvatting"));
    assert!(!crate::model::is_front_heading("Bijlage A"));
    assert!(!crate::model::is_front_heading("IV"));
    assert!(!crate::model::is_front_heading("Maatregel 2"));
}

/// The memo's heading diff of a renamed front-matter heading numbered by
/// its title (`Voorwoord`) showed the title as its number too; it shows
/// the title once, without `§`.
#[test]
fn a_renamed_front_matter_headings_diff_shows_its_title_once() {
    use crate::model::{Change, ChangeKind, SectionRef};
    let change = |b: (&str, &str), a: (&str, &str)| Change {
        kind: ChangeKind::Renamed,
        before: Some(SectionRef {
            number: b.0.into(),
            title: b.1.into(),
        }),
        after: Some(SectionRef {
            number: a.0.into(),
            title: a.1.into(),
        }),
        diff: Vec::new(),
        words_added: 0,
        words_removed: 0,
        editorial: false,
        comments: Vec::new(),
        renumbered: b.0 != a.0,
        retitled: true,
        text_changed: false,
        split_into: Vec::new(),
        merged_from: Vec::new(),
        number_reused: false,
    };
    let text = |ch: &Change| {
        heading_pieces(ch)
            .iter()
            .filter(|p| p.delete || p.insert || p.equal)
            .map(|p| {
                let mark = if p.delete {
                    "-"
                } else if p.insert {
                    "+"
                } else {
                    ""
                };
                format!("{mark}{}", p.text)
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let ch = change(("Voorwoord", "Voorwoord"), ("Woord vooraf", "Woord vooraf"));
    assert_eq!(text(&ch), "-Voorwoord +Woord vooraf");
    let ch = change(("5.2", "Preventie"), ("5.2", "Voorkomen"));
    assert_eq!(text(&ch), "§ 5.2 -Preventie +Voorkomen");
}

/// The rows naming a comment's sections are made once per draft section:
/// the first section of a number gives its title (as
/// [`crate::model::Version::section`] finds it), a number the draft does
/// not have is named by itself, and no draft gives no titles.
#[test]
fn section_titles_are_the_first_sections_of_each_number() {
    use crate::model::{Section, Version};
    let section = |number: &str, title: &str| Section {
        number: number.into(),
        title: title.into(),
        ..Section::default()
    };
    let draft = Version {
        sections: vec![
            section("0", "Regiovisie Zorg dichtbij"),
            section("Samenvatting", "Samenvatting"),
            section("3.2", "Wachttijden in de wijkteams"),
            section("3.2", "Wachttijden (vervolg)"),
            section("Bijlage 2", "Overzicht van de kernen"),
        ],
        ..Version::default()
    };
    let c = Consultation {
        versions: vec![draft],
        ..Consultation::default()
    };
    let titles = section_titles(&c);
    let row = |n: &str| titles.get(n).map(|(t, h)| (t.as_str(), h.as_str()));
    assert_eq!(
        row("3.2"),
        Some((
            "Wachttijden in de wijkteams",
            "§ 3.2 Wachttijden in de wijkteams"
        ))
    );
    assert_eq!(
        c.versions[0].section("3.2").map(|s| s.title.as_str()),
        row("3.2").map(|r| r.0)
    );
    assert_eq!(row("Samenvatting"), Some(("Samenvatting", "Samenvatting")));
    assert_eq!(
        row("0"),
        Some(("Regiovisie Zorg dichtbij", "Regiovisie Zorg dichtbij"))
    );
    assert_eq!(
        row("Bijlage 2"),
        Some((
            "Overzicht van de kernen",
            "Bijlage 2 Overzicht van de kernen"
        ))
    );
    assert_eq!(row("4.1"), None);
    assert!(section_titles(&Consultation::default()).is_empty());
}
