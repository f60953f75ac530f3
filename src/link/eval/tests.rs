use super::*;

#[test]
fn normalisation() {
    assert_eq!(normalize("De samen-\n werking  Is"), "de samenwerking is");
    assert_eq!(normalize("Advies 1 – Doe het."), "advies 1 doe het");
}

fn label(start: &str) -> Label {
    Label {
        file: "brief.txt".into(),
        start: start.into(),
        sections: vec![],
    }
}

fn comment(text: &str) -> Comment {
    Comment {
        text: text.into(),
        ..Comment::default()
    }
}

#[test]
fn two_points_read_as_one_comment_count_as_one_found() {
    let labels = [
        label("De raad vraagt om meer"),
        label("Lachgas wordt steeds vaker"),
        label("Het geluid van de vliegbasis"),
    ];
    let merged = vec![(
        "brief.txt".to_string(),
        vec![
            comment("De raad vraagt om meer training."),
            comment(
                "Lachgas wordt steeds vaker gebruikt. b. Het geluid van de vliegbasis is te hard.",
            ),
        ],
    )];
    let s = score("set", &Version::default(), &labels, &merged);
    assert_eq!((s.labelled, s.found), (3, 2), "{:?}", s.misses);
    assert!(
        s.misses
            .iter()
            .any(|m| m.contains("merged into the comment of \"Lachgas wordt steeds vaker\"")),
        "{:?}",
        s.misses
    );
    // Each point its own comment: all found.
    let split = vec![(
        "brief.txt".to_string(),
        vec![
            comment("De raad vraagt om meer training."),
            comment("Lachgas wordt steeds vaker gebruikt."),
            comment("b. Het geluid van de vliegbasis is te hard."),
        ],
    )];
    let s = score("set", &Version::default(), &labels, &split);
    assert_eq!(s.found, 3, "{:?}", s.misses);
}
