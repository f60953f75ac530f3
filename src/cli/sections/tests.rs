use super::*;
use crate::model::{PageLabel, Section};

fn section(number: &str, pages: (u32, u32)) -> Section {
    Section {
        number: number.to_string(),
        title: format!("Titel {number}"),
        level: 1,
        text: "Tekst.".to_string(),
        pages,
    }
}

/// QA19: a draft with a cover and contents without numbers prints
/// page 1 on its third sheet; respondents cite the printed numbers
/// (`pag. 2`, which the linker reads as the sheet printing "2"), so
/// the list shows those, with the sheets after them.
#[test]
fn printed_page_numbers_are_shown_with_the_sheets() {
    let v = Version {
        file: "concept.pdf".to_string(),
        label: "Concept".to_string(),
        sections: vec![
            section("0", (1, 2)),
            section("1", (3, 4)),
            section("2", (5, 5)),
        ],
        page_labels: (3..=5)
            .map(|p| PageLabel {
                page: p,
                printed: (p - 2).to_string(),
            })
            .collect(),
        ..Version::default()
    };
    let out = render(&v);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[1].contains("blad 1-2 ") && !lines[1].contains("p. "),
        "{out}"
    );
    assert!(lines[2].contains("p. 1-2 (blad 3-4)"), "{out}");
    assert!(lines[3].contains("p. 3 (blad 5)"), "{out}");
    // Printed numbers that are the sheets' own: shown once.
    let same = Version {
        page_labels: (1..=5)
            .map(|p| PageLabel {
                page: p,
                printed: p.to_string(),
            })
            .collect(),
        ..v.clone()
    };
    let out = render(&same);
    assert!(out.contains("p. 3-4 ") && !out.contains("blad"), "{out}");
}
