use super::*;
use crate::model::Section;

fn version(file: &str, label: &str, sections: &[(&str, &str, &str)]) -> Version {
    Version {
        file: file.into(),
        label: label.into(),
        page_labels: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        sections: sections
            .iter()
            .map(|(n, t, x)| Section {
                number: n.to_string(),
                title: t.to_string(),
                level: 1,
                text: x.to_string(),
                pages: (1, 1),
            })
            .collect(),
    }
}

#[test]
fn plain_redline_uses_markers() {
    let a = version(
        "a.txt",
        "Concept",
        &[("1", "Inleiding", "De regio kiest voor preventie.")],
    );
    let b = version(
        "b.txt",
        "Definitief",
        &[(
            "1",
            "Inleiding",
            "De regio kiest nadrukkelijk voor preventie en herstel.",
        )],
    );
    let changes = compare::compare(&a, &b);
    let out = render(&a, &b, &changes, RenderOptions::default());
    assert!(
        out.contains("== 1 Inleiding (modified, +3 −0 words)"),
        "{out}"
    );
    assert!(
        out.contains("De regio kiest {+nadrukkelijk+} voor preventie {+en herstel+}."),
        "{out}"
    );
    assert!(!out.contains('\x1b'));
    let coloured = render(
        &a,
        &b,
        &changes,
        RenderOptions {
            color: true,
            words_only: false,
        },
    );
    assert!(coloured.contains("\x1b[32mnadrukkelijk\x1b[0m"));
}

/// QA20: `--words` printed only the section headers.
#[test]
fn words_only_lists_the_added_and_removed_words() {
    let a = version(
        "a.txt",
        "Concept",
        &[(
            "1",
            "Wijkteams",
            "Gezinnen krijgen binnen twee weken een gesprek.",
        )],
    );
    let b = version(
        "b.txt",
        "Definitief",
        &[(
            "1",
            "Wijkteams",
            "Gezinnen krijgen binnen vijf werkdagen een gesprek.",
        )],
    );
    let changes = compare::compare(&a, &b);
    let out = render(
        &a,
        &b,
        &changes,
        RenderOptions {
            color: false,
            words_only: true,
        },
    );
    assert!(
        out.contains("== 1 Wijkteams (modified, +2 −2 words)\n− twee weken\n+ vijf werkdagen\n"),
        "{out}"
    );
    assert!(!out.contains("Gezinnen"), "{out}");
}

#[test]
fn versions_are_picked_by_number_name_or_label() {
    let vs = vec![
        version("1-concept.pdf", "Inspraakversie", &[]),
        version("2-definitief.pdf", "Definitief", &[]),
    ];
    assert_eq!(pick(&vs, None, 1).unwrap(), 1);
    assert_eq!(pick(&vs, Some("1"), 1).unwrap(), 0);
    assert_eq!(pick(&vs, Some("2-definitief"), 0).unwrap(), 1);
    assert_eq!(pick(&vs, Some("drafts/2-definitief.pdf"), 0).unwrap(), 1);
    assert_eq!(pick(&vs, Some("inspraakversie"), 1).unwrap(), 0);
    let err = pick(&vs, Some("3"), 0).unwrap_err().to_string();
    assert!(err.contains("numbered 1 (oldest) to 2"), "{err}");
    assert!(pick(&vs, Some("nope"), 0).is_err());
    // A label two versions share names neither.
    let mut vs = vs;
    vs.push(version("3-definitief-b.pdf", "Definitief", &[]));
    let err = pick(&vs, Some("definitief"), 0).unwrap_err().to_string();
    assert!(
        err.contains("2 versions have the label `definitief`"),
        "{err}"
    );
    assert!(err.contains("2 = 2-definitief.pdf") && err.contains("3 = 3-definitief-b.pdf"));
    assert_eq!(pick(&vs, Some("2-definitief"), 0).unwrap(), 1);
}

#[test]
fn long_unchanged_text_is_shortened() {
    let long = vec!["woord"; 100].join(" ");
    let s = shorten_equal(&long, false, false, false);
    assert!(s.contains('…'));
    assert!(s.split(' ').count() < 30);
}
