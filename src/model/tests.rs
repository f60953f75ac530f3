use super::*;

/// QA: `decide --status partly` was refused though `adopted` and
/// `noted` have short forms.
#[test]
fn a_status_is_read_in_its_short_and_dutch_forms() {
    for (text, status) in [
        ("partly", Status::PartlyAdopted),
        ("Partly-Adopted", Status::PartlyAdopted),
        ("deels", Status::PartlyAdopted),
        ("gedeeltelijk overgenomen", Status::PartlyAdopted),
        ("not_adopted", Status::NotAdopted),
        ("ter kennisname", Status::Noted),
    ] {
        assert_eq!(Status::parse(text), Some(status), "{text}");
    }
    assert_eq!(Status::parse("misschien"), None);
}

fn change(kind: ChangeKind, renumbered: bool, retitled: bool, text_changed: bool) -> Change {
    Change {
        kind,
        before: None,
        after: None,
        diff: Vec::new(),
        words_added: 0,
        words_removed: 0,
        editorial: false,
        comments: Vec::new(),
        renumbered,
        retitled,
        text_changed,
        split_into: Vec::new(),
        merged_from: Vec::new(),
        number_reused: false,
    }
}

fn sref(number: &str, title: &str) -> SectionRef {
    SectionRef {
        number: number.into(),
        title: title.into(),
    }
}

/// QA18: the memo's table said only `gewijzigd § 3.1` when 3.1.1 and
/// 3.1.2 had been merged into 3.1.
#[test]
fn a_merge_or_split_names_the_sections_by_number() {
    let mut ch = change(ChangeKind::Modified, false, false, true);
    assert_eq!(ch.regrouping(true), None);
    ch.before = Some(sref("3.1", "Wijkteams"));
    ch.after = Some(sref("3.1", "Wijkteams"));
    ch.merged_from = vec![sref("3.1.1", "Toegang"), sref("3.1.2", "Wachttijden")];
    assert_eq!(
        ch.regrouping(true).as_deref(),
        Some("3.1.1 en 3.1.2 samengevoegd in 3.1")
    );
    assert_eq!(
        ch.regrouping(false).as_deref(),
        Some("3.1.1 and 3.1.2 merged into 3.1")
    );
    // The older section under another number is named too.
    ch.before = Some(sref("3.2", "Wijkteams"));
    ch.merged_from = vec![sref("3.3", "Toegang")];
    assert_eq!(
        ch.regrouping(true).as_deref(),
        Some("3.2 en 3.3 samengevoegd in 3.1")
    );
    let mut ch = change(ChangeKind::Modified, false, false, true);
    ch.before = Some(sref("0", "Voorwoord"));
    ch.after = Some(sref("0", "Voorwoord"));
    ch.split_into = vec![sref("1", "Inleiding"), sref("2", "Doel")];
    assert_eq!(
        ch.regrouping(true).as_deref(),
        Some("Voorwoord gesplitst in Voorwoord, 1 en 2")
    );
    assert_eq!(
        ch.regrouping(false).as_deref(),
        Some("Voorwoord split into Voorwoord, 1 and 2")
    );
}

#[test]
fn a_change_names_every_way_the_section_changed() {
    use ChangeKind::*;
    let cases = [
        (
            change(Modified, false, false, true),
            "gewijzigd",
            "modified",
        ),
        (change(Added, false, false, true), "toegevoegd", "added"),
        (change(Removed, false, false, true), "verwijderd", "removed"),
        (
            change(Renumbered, true, false, false),
            "vernummerd",
            "renumbered",
        ),
        (
            change(Renumbered, true, false, true),
            "vernummerd en gewijzigd",
            "renumbered and modified",
        ),
        (change(Renamed, false, true, false), "hernoemd", "renamed"),
        (
            change(Renamed, true, true, false),
            "vernummerd en hernoemd",
            "renumbered and renamed",
        ),
        (
            change(Renamed, true, true, true),
            "vernummerd, hernoemd en gewijzigd",
            "renumbered, renamed and modified",
        ),
        // A moved section's number comes with its new place.
        (change(Moved, true, false, false), "verplaatst", "moved"),
        (
            change(Moved, true, true, true),
            "verplaatst, hernoemd en gewijzigd",
            "moved, renamed and modified",
        ),
    ];
    for (ch, nl, en) in cases {
        assert_eq!(ch.describe(true), nl, "{ch:?}");
        assert_eq!(ch.describe(false), en, "{ch:?}");
    }
}
