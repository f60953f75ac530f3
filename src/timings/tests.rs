use super::*;

#[test]
fn records_in_order_with_items() {
    let t = Timings::default();
    let x = t.time("extract", || 2 + 2);
    assert_eq!(x, 4);
    t.record("link", Duration::from_millis(5), Some((10, "comments")));
    let lines = t.lines();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("timing: extract: "));
    assert!(
        lines[1].starts_with("timing: link: 5.0 ms (10 comments), ended at "),
        "{}",
        lines[1]
    );
    let stages = t.stages();
    assert!(stages[0].ended_at <= stages[1].ended_at);
}
