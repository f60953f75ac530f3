use super::*;

fn change(kind: ChangeKind, before: &str, after: &str, text_changed: bool) -> Change {
    let r = |n: &str| SectionRef {
        number: n.into(),
        title: "Opvang".into(),
    };
    Change {
        kind,
        before: Some(r(before)),
        after: Some(r(after)),
        diff: Vec::new(),
        words_added: 1,
        words_removed: 1,
        editorial: false,
        comments: Vec::new(),
        renumbered: before != after,
        retitled: false,
        text_changed,
        split_into: Vec::new(),
        merged_from: Vec::new(),
        number_reused: false,
    }
}

#[test]
fn a_change_reference_names_a_real_change_of_its_section_only() {
    let renumbered = change(ChangeKind::Renumbered, "1.1", "2.1", false);
    assert!(only_renumbered(&renumbered));
    assert!(!reference_explains("2.1", &renumbered));
    let rewritten = change(ChangeKind::Renumbered, "1.1", "2.1", true);
    assert!(!only_renumbered(&rewritten));
    assert!(reference_explains("2.1", &rewritten));
    assert!(reference_explains(" 2.1 ", &rewritten));
    // The newest version's number, not the draft's.
    assert!(!reference_explains("1.1", &rewritten));
    let moved = change(ChangeKind::Moved, "2.1", "1.1", false);
    assert!(reference_explains("1.1", &moved));
    let mut editorial = change(ChangeKind::Modified, "3", "3", true);
    editorial.editorial = true;
    assert!(!reference_explains("3", &editorial));
    let mut removed = change(ChangeKind::Removed, "4", "4", true);
    removed.after = None;
    assert!(reference_explains("4", &removed));
    // A removed section whose number the newest version gave another
    // section: the number names that one.
    removed.number_reused = true;
    assert!(!reference_names("4", &removed));
    assert!(!names_section("4", &removed));
}

/// A renumbered section whose only edit is punctuation is *vernummerd*
/// (the same edit in a section that kept its number is editorial), not
/// *vernummerd en gewijzigd*.
#[test]
fn punctuation_only_in_a_renumbered_section_is_no_new_text() {
    let v = |sections: &[(&str, &str, &str)]| Version {
        sections: sections
            .iter()
            .map(|(n, t, text)| Section {
                number: (*n).into(),
                title: (*t).into(),
                text: (*text).into(),
                ..Section::default()
            })
            .collect(),
        ..Version::default()
    };
    let contracts = "Wij sluiten contracten voor vijf jaar met een beperkt aantal aanbieders.";
    let commas = "Wij sluiten contracten, voor vijf jaar, met een beperkt aantal aanbieders.";
    let hyphen = "Wij sluiten contracten voor vijf jaar met een beperkt aantal zorg-aanbieders.";
    let crisis = "Bij een crisis is de crisisdienst dag en nacht bereikbaar voor iedereen.";
    let draft = v(&[
        ("1", "Inleiding", contracts),
        (
            "2",
            "Specialistische hulp",
            contracts.replace("aanbieders", "zorgaanbieders").as_str(),
        ),
        ("3", "Crisis", crisis),
    ]);
    let last = v(&[
        ("1", "Inleiding", commas),
        (
            "2",
            "Jeugdbescherming",
            "Soms is een maatregel van de kinderrechter nodig voor een kind.",
        ),
        ("3", "Specialistische hulp", hyphen),
        ("4", "Crisis", crisis),
    ]);
    let changes = compare(&draft, &last);
    let of = |n: &str| {
        changes
            .iter()
            .find(|c| c.after.as_ref().is_some_and(|a| a.number == n))
            .unwrap_or_else(|| panic!("{changes:?}"))
    };
    assert!(of("1").editorial, "{changes:?}");
    let renumbered = of("3");
    assert_eq!(renumbered.kind, ChangeKind::Renumbered, "{renumbered:?}");
    assert!(!renumbered.text_changed, "{renumbered:?}");
    assert!(only_renumbered(renumbered));
    assert_eq!(renumbered.describe(true), "vernummerd");
    // New words still are new text.
    let last = v(&[
        ("1", "Inleiding", contracts),
        (
            "2",
            "Jeugdbescherming",
            "Soms is een maatregel van de kinderrechter nodig voor een kind.",
        ),
        (
            "3",
            "Specialistische hulp",
            "Wij sluiten contracten voor vier jaar met een beperkt aantal zorgaanbieders.",
        ),
        ("4", "Crisis", crisis),
    ]);
    let changes = compare(&draft, &last);
    let renumbered = changes
        .iter()
        .find(|c| c.after.as_ref().is_some_and(|a| a.number == "3"))
        .expect("changed");
    assert!(renumbered.text_changed, "{renumbered:?}");
    assert_eq!(renumbered.describe(true), "vernummerd en gewijzigd");
}

/// QA34: a renumbered section whose list items `één ...` were capitalised
/// the Dutch way, `Eén ...` (the capital without its accent), was
/// *vernummerd en gewijzigd*; a capital that loses or gains its small
/// letter's accent is an edit of capitals only. Other accents are letters.
#[test]
fn capitalising_een_as_een_in_a_renumbered_section_is_no_new_text() {
    let v = |sections: &[(&str, &str, &str)]| Version {
        sections: sections
            .iter()
            .map(|(n, t, text)| Section {
                number: (*n).into(),
                title: (*t).into(),
                text: (*text).into(),
                ..Section::default()
            })
            .collect(),
        ..Version::default()
    };
    let items = "Het wijkteam heeft:\n- één vast aanspreekpunt per gezin;\n- één plan per gezin.";
    let crisis = "Bij een crisis is de crisisdienst dag en nacht bereikbaar voor iedereen.";
    let draft = v(&[("1", "Wijkteams", items), ("2", "Crisis", crisis)]);
    for capital in ["Eén", "Één", "EÉN", "EEN"] {
        let last = v(&[
            (
                "1",
                "Jeugdbescherming",
                "Soms is een maatregel van de kinderrechter nodig.",
            ),
            ("2", "Wijkteams", items.replace("één", capital).as_str()),
            ("3", "Crisis", crisis),
        ]);
        let changes = compare(&draft, &last);
        let renumbered = changes
            .iter()
            .find(|c| c.after.as_ref().is_some_and(|a| a.number == "2"))
            .unwrap_or_else(|| panic!("{changes:?}"));
        assert!(!renumbered.text_changed, "{capital}: {renumbered:?}");
        assert_eq!(renumbered.describe(true), "vernummerd", "{capital}");
    }
    // A small letter that gains or loses an accent is a new letter.
    let last = v(&[
        (
            "1",
            "Jeugdbescherming",
            "Soms is een maatregel van de kinderrechter nodig.",
        ),
        ("2", "Wijkteams", items.replace("één", "een").as_str()),
        ("3", "Crisis", crisis),
    ]);
    let changes = compare(&draft, &last);
    let renumbered = changes
        .iter()
        .find(|c| c.after.as_ref().is_some_and(|a| a.number == "2"))
        .unwrap_or_else(|| panic!("{changes:?}"));
    assert!(renumbered.text_changed, "{renumbered:?}");
}

#[test]
fn a_removed_section_whose_number_was_taken_says_so() {
    let v = |sections: &[(&str, &str)]| Version {
        sections: sections
            .iter()
            .map(|(n, t)| Section {
                number: (*n).into(),
                title: (*t).into(),
                text: format!("De tekst over {t} in deze paragraaf staat hier."),
                ..Section::default()
            })
            .collect(),
        ..Version::default()
    };
    let draft = v(&[
        ("1", "Inleiding"),
        ("2", "Opvoeding"),
        ("3", "Signalen"),
        ("4", "Hulp"),
    ]);
    let last = v(&[("1", "Inleiding"), ("2", "Signalen"), ("3", "Hulp")]);
    let changes = compare(&draft, &last);
    let removed = changes
        .iter()
        .find(|c| c.kind == ChangeKind::Removed)
        .expect("removed");
    assert!(removed.number_reused, "{changes:?}");
    assert!(!names_section("2", removed));
    let last = v(&[("1", "Inleiding"), ("3", "Signalen"), ("4", "Hulp")]);
    let changes = compare(&draft, &last);
    let removed = changes
        .iter()
        .find(|c| c.kind == ChangeKind::Removed)
        .expect("removed");
    assert!(!removed.number_reused);
    assert!(names_section("2", removed));
}

/// QA31c: the heading of 2.2 dropped and its two paragraphs put word for
/// word at the end of 3.1: the merge shows the struck heading and keeps
/// the paragraphs as text (compared where they went), not deleted above
/// and inserted again below.
#[test]
fn text_merged_word_for_word_from_further_up_is_kept_text() {
    let v = |sections: &[(&str, &str, u8, &str)]| Version {
        sections: sections
            .iter()
            .map(|(n, t, level, text)| Section {
                number: (*n).into(),
                title: (*t).into(),
                level: *level,
                text: (*text).into(),
                ..Section::default()
            })
            .collect(),
        ..Version::default()
    };
    let cijfers = "In de regio wonen ruim 48.000 jeugdigen tot 18 jaar. Ongeveer een op de acht \
                   jeugdigen krijgt enige vorm van jeugdhulp.\n";
    let kader = "De Jeugdwet legt de verantwoordelijkheid voor de jeugdhulp bij de gemeenten. \
                 Gemeenten moeten zorgen voor een toegankelijk en passend aanbod.\n\n\
                 De Hervormingsagenda Jeugd 2023-2034 vraagt gemeenten om de jeugdhulp af te \
                 bakenen en regionaal in te kopen.\n";
    let samen = "De tien gemeenten kopen de specialistische jeugdhulp samen in via de \
                 Inkooporganisatie Jeugd Duinstreek.\n\n\
                 Het regionaal bestuurlijk overleg stelt jaarlijks een uitvoeringsagenda vast.\n";
    let geld = "Het regionale budget voor jeugdhulp bedraagt in 2027 ruim 48.250.000 euro.\n";
    let draft = v(&[
        ("2", "Context", 1, ""),
        ("2.1", "Cijfers", 2, cijfers),
        ("2.2", "Wettelijk kader", 2, kader),
        ("3", "Organisatie", 1, ""),
        ("3.1", "Regionale samenwerking", 2, samen),
        ("3.2", "Financiën", 2, geld),
    ]);
    let merged = format!("{samen}\n{kader}");
    let last = v(&[
        ("2", "Context", 1, ""),
        ("2.1", "Cijfers", 2, cijfers),
        ("3", "Organisatie", 1, ""),
        ("3.1", "Regionale samenwerking", 2, merged.as_str()),
        ("3.2", "Financiën", 2, geld),
    ]);
    let changes = compare(&draft, &last);
    let ch = changes
        .iter()
        .find(|c| c.after.as_ref().is_some_and(|a| a.number == "3.1"))
        .unwrap_or_else(|| panic!("{changes:?}"));
    assert_eq!(
        ch.merged_from
            .iter()
            .map(|s| s.number.as_str())
            .collect::<Vec<_>>(),
        ["2.2"],
        "{changes:?}"
    );
    let changed: Vec<(DiffOp, &str)> = ch
        .diff
        .iter()
        .filter(|s| s.op != DiffOp::Equal)
        .map(|s| (s.op, s.text.trim()))
        .collect();
    assert_eq!(
        changed,
        [(DiffOp::Delete, "2.2 Wettelijk kader")],
        "{:?}",
        ch.diff
    );
    assert_eq!((ch.words_added, ch.words_removed), (0, 3));
}
