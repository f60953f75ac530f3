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
