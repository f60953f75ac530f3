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

/// QA29 (left): `sections --version` took a position or a file name only,
/// where `diff` also takes a label and a name without its extension.
#[test]
fn a_version_is_picked_by_position_name_stem_or_label() {
    let version = |file: &str, label: &str| Version {
        file: file.into(),
        label: label.into(),
        ..Version::default()
    };
    let versions = [
        version("01-inspraakversie.pdf", "Inspraakversie"),
        version("02-definitief.docx", "Definitief"),
    ];
    for which in [
        "2",
        "02-definitief.docx",
        "02-definitief",
        "Definitief",
        "definitief",
    ] {
        assert_eq!(
            pick(&versions, Some(which)).unwrap().file,
            "02-definitief.docx",
            "{which}"
        );
    }
    assert_eq!(pick(&versions, None).unwrap().file, "01-inspraakversie.pdf");
    let err = pick(&versions, Some("Eindversie")).unwrap_err().to_string();
    assert!(
        err.contains("no version `Eindversie`")
            && err.contains("2 = 02-definitief.docx (Definitief)"),
        "{err}"
    );
    assert!(pick(&[], Some("1")).is_err());
}

/// QA31c: the JSON of the sections (`sections --json`, and the versions
/// of `consultation.json`) names a section's sheets and gives the page
/// numbers printed on them, which respondents cite; a section on sheets
/// that print no number has none. It reads back as the same version.
#[test]
fn the_json_gives_sheets_and_printed_pages() {
    let v = Version {
        file: "concept.pdf".to_string(),
        label: "Concept".to_string(),
        sections: vec![section("0", (1, 2)), section("1", (3, 4))],
        page_labels: (3..=4)
            .map(|p| PageLabel {
                page: p,
                printed: (p - 2).to_string(),
            })
            .collect(),
        ..Version::default()
    };
    let json = serde_json::to_value(v.sections_out()).unwrap();
    assert_eq!(json[0]["pages"], serde_json::json!([1, 2]));
    assert_eq!(json[0]["sheets"], serde_json::json!([1, 2]));
    assert!(json[0].get("printed_pages").is_none(), "{json}");
    assert_eq!(json[1]["sheets"], serde_json::json!([3, 4]));
    assert_eq!(json[1]["printed_pages"], serde_json::json!(["1", "2"]));
    // The version as written (consultation.json) says the same, and
    // reads back unchanged.
    let whole = serde_json::to_value(&v).unwrap();
    assert_eq!(whole["sections"], json);
    let back: Version = serde_json::from_value(whole).unwrap();
    assert_eq!(back, v);
}
