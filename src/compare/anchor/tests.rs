use super::*;

fn w(text: &str) -> Vec<String> {
    crate::text::words(text).collect()
}

#[test]
fn exact_and_fuzzy_quotes_are_found() {
    let text = "De regio zet in op preventie. Gemeenten werken samen met \
                    huisartsen en wijkteams aan vroegsignalering van problemen.";
    let m = find(
        &w("werken samen met huisartsen en wijkteams"),
        &[],
        &[],
        text,
    )
    .unwrap();
    assert_eq!(
        &text[m.start..m.end],
        "werken samen met huisartsen en wijkteams"
    );
    assert!((m.score - 1.0).abs() < 1e-9);
    let m = find(
        &w("werken samen met de huisartsen en wijkteams"),
        &[],
        &[],
        text,
    )
    .unwrap();
    assert!(m.score > 0.8 && m.score < 1.0);
    let m = find(
        &w("beschermd wonen voor jongeren met een beperking"),
        &[],
        &[],
        text,
    );
    assert!(m.is_none_or(|m| m.score < 0.5));
}

#[test]
fn context_breaks_ties() {
    let text = "Eerst komt de jeugd aan bod. Later komt de jeugd aan bod in de wijk.";
    let m = find(
        &w("de jeugd aan bod"),
        &w("later komt"),
        &w("in de wijk"),
        text,
    )
    .unwrap();
    assert!(m.start > 20, "{m:?}");
}

#[test]
fn shorten_cuts_at_words() {
    assert_eq!(shorten("de  regio\nkiest", 50), "de regio kiest");
    assert_eq!(shorten("de regio kiest voor preventie", 12), "de regio…");
    assert_eq!(shorten("ervaringsdeskundigen", 5), "ervar…");
}

#[test]
fn excerpt_is_the_sentence() {
    let text = "Eerste zin. De regio kiest voor preventie en vroegsignalering. Derde zin.";
    let start = text.find("preventie").unwrap();
    let s = sentence_around(text, start, start + "preventie".len());
    assert_eq!(s, "De regio kiest voor preventie en vroegsignalering.");
}
