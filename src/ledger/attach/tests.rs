use super::*;

#[test]
fn layout_changes_are_similar() {
    let a = Prepared::new("De samen-\nwerking met de gemeenten moet beter, vinden wij.");
    let b = Prepared::new("De samenwerking met de gemeenten moet  beter vinden wij");
    assert_eq!(a.similarity(&b), 1.0);
    let c = Prepared::new("De samenwerking met de gemeenten moet beter, vinden wij niet.");
    assert!(a.similarity(&c) > THRESHOLD);
    let d = Prepared::new("Het budget voor preventie is te laag voor de komende jaren.");
    assert_eq!(a.similarity(&d), 0.0);
}

#[test]
fn a_renumbered_point_is_not_reworded() {
    let decided = Decision {
        status: crate::model::Status::Adopted,
        comment: "2. De opvang heeft te weinig plaatsen voor vaders. Regel dat.".into(),
        ..Decision::default()
    };
    let renumbered = |text: &str| Comment {
        text: text.into(),
        ..Comment::default()
    };
    for now in [
        "3. De opvang heeft te weinig plaatsen voor vaders. Regel dat.",
        "(3) De opvang heeft te weinig plaatsen voor vaders. Regel dat.",
        "Punt 3: De opvang heeft te weinig plaatsen voor vaders. Regel dat.",
        "De opvang heeft te weinig plaatsen voor vaders. Regel dat.",
    ] {
        assert!(same_text(&decided.comment, now), "{now}");
        assert!(!needs_confirmation(&decided, &renumbered(now)), "{now}");
        let (a, b) = (Prepared::new(&decided.comment), Prepared::new(now));
        assert_eq!(a.similarity(&b), 1.0, "{now}");
    }
    // A number in the sender's words is no list marker.
    let reworded = "3. De opvang heeft te weinig plaatsen voor 3 vaders. Regel dat.";
    assert!(needs_confirmation(&decided, &renumbered(reworded)));
    assert!(!same_text("2. Eens.", "2. Oneens."));
}
