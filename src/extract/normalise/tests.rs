use super::*;

fn norm(s: &str) -> String {
    let mut out = String::new();
    push_normalised(s, &mut out);
    out
}

#[test]
fn ligatures_bullets_controls() {
    assert_eq!(norm("\u{FB01}nancieel"), "financieel");
    assert_eq!(norm("\u{FB04}"), "ffl");
    assert_eq!(norm("\u{F0B7}"), "•");
    assert_eq!(norm("a\u{4}b\u{FFFD}"), "ab");
    assert_eq!(norm("½ ²"), "½ ²");
    assert_eq!(norm("1\u{A0}000"), "1 000");
}
