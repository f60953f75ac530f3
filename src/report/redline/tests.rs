use super::*;
use crate::model::{SectionRef, Version};

fn sec(number: &str) -> Section {
    Section {
        number: number.into(),
        title: format!("Titel {number}"),
        level: 1,
        text: format!("Tekst {number}"),
        pages: (1, 1),
    }
}

fn removed(number: &str) -> Change {
    Change {
        kind: ChangeKind::Removed,
        before: Some(SectionRef {
            number: number.into(),
            title: format!("Titel {number}"),
        }),
        after: None,
        diff: vec![DiffSpan {
            op: DiffOp::Delete,
            text: format!("Tekst {number}"),
        }],
        words_added: 0,
        words_removed: 2,
        editorial: false,
        comments: Vec::new(),
        renumbered: false,
        retitled: false,
        text_changed: true,
        split_into: Vec::new(),
        merged_from: Vec::new(),
        number_reused: false,
    }
}

fn version(numbers: &[&str]) -> Version {
    Version {
        file: "v.pdf".into(),
        label: "v".into(),
        sections: numbers.iter().map(|n| sec(n)).collect(),
        page_labels: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
    }
}

/// QA20: a section split off (3.1 -> 3.1 + 3.2) was printed twice:
/// inside 3.1's diff and again as an unchanged 3.2.
#[test]
fn a_split_off_section_is_shown_once() {
    let mut split = removed("1");
    split.kind = ChangeKind::Modified;
    split.after = split.before.clone();
    split.split_into = vec![SectionRef {
        number: "2".into(),
        title: "Titel 2".into(),
    }];
    split.diff = vec![
        DiffSpan {
            op: DiffOp::Equal,
            text: "Tekst 1".into(),
        },
        DiffSpan {
            op: DiffOp::Insert,
            text: "\n\n2 Titel 2\n\nTekst 2".into(),
        },
    ];
    let c = Consultation {
        versions: vec![version(&["1", "3"]), version(&["1", "2", "3"])],
        changes: vec![split],
        ..Consultation::default()
    };
    let shown: Vec<(String, bool)> = sections(&c, |_| "x".into())
        .into_iter()
        .map(|s| (s.heading, s.changed))
        .collect();
    assert_eq!(
        shown,
        [
            ("1 Titel 1".to_string(), true),
            ("3 Titel 3".to_string(), false)
        ]
    );
}

#[test]
fn removed_sections_stay_at_their_old_place() {
    let c = Consultation {
        versions: vec![version(&["1", "2", "3", "4", "5"]), version(&["2", "5"])],
        changes: vec![removed("4"), removed("1"), removed("3")],
        ..Consultation::default()
    };
    let headings: Vec<String> = sections(&c, |_| "x".into())
        .into_iter()
        .map(|s| format!("{}{}", s.heading, if s.removed { "-" } else { "" }))
        .collect();
    assert_eq!(
        headings,
        [
            "1 Titel 1-",
            "2 Titel 2",
            "3 Titel 3-",
            "4 Titel 4-",
            "5 Titel 5"
        ]
    );
}

/// The body of section 1's redline, drafted as `old` and finalised as
/// `new`, rendered as the `pieces` partial renders it.
fn rendered_redline(old: &str, new: &str) -> String {
    let v = |text: &str| {
        let mut v = version(&["1", "2"]);
        v.sections[0].text = text.into();
        v
    };
    let changes = crate::compare::compare(&v(old), &v(new));
    let Some(ch) = changes.first() else {
        return String::new();
    };
    let mut out = String::new();
    for p in diff::pieces(&body_of(ch)) {
        if p.br {
            out.push_str("<br>");
            continue;
        }
        out.push_str(&p.pre);
        match (p.insert, p.delete) {
            (true, _) => out.push_str(&format!("<ins>{}</ins>", p.text)),
            (_, true) => out.push_str(&format!("<del>{}</del>", p.text)),
            _ => out.push_str(&p.text),
        }
        out.push_str(&p.post);
    }
    out
}

/// QA26: a list item added in the middle ran together with the items
/// around it on one line, and the insertion took the next item's dash
/// (`wijkteam; - <ins>een contactpersoon; -</ins> betere nazorg.`).
#[test]
fn an_added_list_item_is_a_line_of_its_own() {
    let old = "Wij willen:\n\n- meer meldingen;\n- kortere wachttijden;\n- betere nazorg.";
    let new = "Wij willen:\n\n- meer meldingen;\n- kortere wachttijden;\n\
               - een vaste contactpersoon;\n- betere nazorg.";
    assert_eq!(
        rendered_redline(old, new),
        "Wij willen:<br>- meer meldingen;<br>- kortere wachttijden;<br>\
         <ins>- een vaste contactpersoon;</ins><br>- betere nazorg."
    );
    // A list item deleted likewise.
    assert_eq!(
        rendered_redline(new, old),
        "Wij willen:<br>- meer meldingen;<br>- kortere wachttijden;<br>\
         <del>- een vaste contactpersoon;</del><br>- betere nazorg."
    );
}

/// QA26: a paragraph inserted (moved) at the start of a section ran into
/// the paragraph after it, and one deleted there too, without a space.
#[test]
fn a_paragraph_added_or_deleted_at_the_start_stays_a_paragraph() {
    let old = "Scholen geven voorlichting.\n\nDe GGD helpt.\n\nDe wachttijd is zes weken.";
    let new = "De wachttijd is zes weken.\n\nScholen geven voorlichting.\n\nDe GGD helpt.";
    assert_eq!(
        rendered_redline(old, new),
        "<ins>De wachttijd is zes weken.</ins><br>Scholen geven voorlichting.<br>\
         De GGD helpt.<br><del>De wachttijd is zes weken.</del>"
    );
    // The first paragraph deleted.
    assert_eq!(
        rendered_redline(old, "De GGD helpt.\n\nDe wachttijd is zes weken."),
        "<del>Scholen geven voorlichting.</del><br>De GGD helpt.<br>De wachttijd is zes weken."
    );
    // A paragraph deleted in the middle.
    assert_eq!(
        rendered_redline(
            old,
            "Scholen geven voorlichting.\n\nDe wachttijd is zes weken."
        ),
        "Scholen geven voorlichting.<br><del>De GGD helpt.</del><br>De wachttijd is zes weken."
    );
}

/// A sentence reworded inside a paragraph is still marked word by word,
/// in its paragraph.
#[test]
fn a_reworded_sentence_is_marked_in_its_paragraph() {
    let old = "Scholen geven voorlichting.\n\nDe GGD helpt de scholen met lesmateriaal.\n\nDe wachttijd is lang.";
    let new = "Scholen geven voorlichting.\n\nDe GGD helpt alle scholen met lesmateriaal.\n\nDe wachttijd is lang.";
    assert_eq!(
        rendered_redline(old, new),
        "Scholen geven voorlichting.<br>De GGD helpt <del>de</del> <ins>alle</ins> scholen met \
         lesmateriaal.<br>De wachttijd is lang."
    );
}

fn renamed(before: (&str, &str), after: (&str, &str)) -> Change {
    let mut ch = removed(before.0);
    ch.kind = ChangeKind::Renamed;
    ch.before = Some(SectionRef {
        number: before.0.into(),
        title: before.1.into(),
    });
    ch.after = Some(SectionRef {
        number: after.0.into(),
        title: after.1.into(),
    });
    ch.retitled = true;
    ch.renumbered = before.0 != after.0;
    ch
}

/// The deleted and the inserted texts of a heading diff.
fn struck_and_inserted(pieces: &[diff::Piece]) -> (Vec<String>, Vec<String>) {
    let of = |f: fn(&diff::Piece) -> bool| {
        pieces
            .iter()
            .filter(|p| f(p))
            .map(|p| p.text.clone())
            .collect()
    };
    (of(|p| p.delete), of(|p| p.insert))
}

/// A renamed front-matter heading numbered by its title (`Samenvatting`,
/// `Voorwoord`: model::is_front_heading) showed its title twice in the
/// redline, once as its number and once as its title; it shows its
/// title once, as the front matter `0` does. Numbered sections keep
/// their number.
#[test]
fn a_renamed_front_matter_heading_shows_its_title_once() {
    let ch = renamed(
        ("Samenvatting", "Samenvatting"),
        ("Samenvatting op hoofdlijnen", "Samenvatting op hoofdlijnen"),
    );
    let (struck, inserted) = struck_and_inserted(&heading_pieces(&ch));
    assert_eq!(struck.join(" "), "Samenvatting", "{struck:?}");
    assert_eq!(
        inserted.join(" "),
        "Samenvatting op hoofdlijnen",
        "{inserted:?}"
    );
    let ch = renamed(("1.2", "Financiën"), ("1.3", "Financiering"));
    let (struck, inserted) = struck_and_inserted(&heading_pieces(&ch));
    assert_eq!(struck.join(" "), "1.2 Financiën", "{struck:?}");
    assert_eq!(inserted.join(" "), "1.3 Financiering", "{inserted:?}");
}
