use super::*;

#[test]
fn key_ignores_capitals_accents_and_spacing() {
    assert_eq!(key("Wachttijden"), key("wachttijden"));
    assert_eq!(key("Financiën"), key("financien"));
    assert_eq!(key("  Één   loket "), "een loket");
    // Composed and decomposed accents are one spelling.
    assert_eq!(key("Financie\u{308}n"), key("Financiën"));
    assert_ne!(key("Wacht tijden"), key("Wachttijden"));
}

#[test]
fn heading_is_the_spelling_used_most_then_the_first() {
    let h = headings(["wachttijden", "Wachttijden", "Wachttijden", "Opvang"]);
    assert_eq!(h[&key("WACHTTIJDEN")], "Wachttijden");
    assert_eq!(h[&key("opvang")], "Opvang");
    // A tie: the first recorded.
    let h = headings(["financien", "Financiën"]);
    assert_eq!(h[&key("Financiën")], "financien");
    let h = headings(["Financiën", "financien"]);
    assert_eq!(h[&key("Financiën")], "Financiën");
    // Spacing is tidied, not a spelling of its own.
    let h = headings([
        "  Zorg  en   welzijn ",
        "zorg en welzijn",
        "Zorg en welzijn",
    ]);
    assert_eq!(h[&key("zorg en welzijn")], "Zorg en welzijn");
    assert!(headings(["  ", ""]).is_empty());
}

#[test]
fn other_spellings_lists_each_once() {
    let recorded = ["Wachttijden", "wachttijden", "Wachttijden ", "Opvang"];
    assert_eq!(
        other_spellings("wachttijden", recorded),
        vec!["Wachttijden".to_string()]
    );
    assert!(other_spellings("Opvang", recorded).is_empty());
}

#[test]
fn order_folds_accents_and_capitals() {
    let mut themes = vec![
        "Zorg",
        "Opvang",
        "Één loket",
        "financien",
        "Ëxtra",
        "aanpak",
    ];
    themes.sort_by(|a, b| compare(a, b));
    assert_eq!(
        themes,
        vec![
            "aanpak",
            "Één loket",
            "Ëxtra",
            "financien",
            "Opvang",
            "Zorg"
        ]
    );
}

#[test]
fn order_compares_numbers_as_numbers() {
    let mut themes = vec![
        "10. Voorlichting",
        "2. Nazorg",
        "1. Ambitie",
        "3. Opvang",
        "Algemeen",
        "02. Beleid",
    ];
    themes.sort_by(|a, b| compare(a, b));
    assert_eq!(
        themes,
        vec![
            "1. Ambitie",
            "02. Beleid",
            "2. Nazorg",
            "3. Opvang",
            "10. Voorlichting",
            "Algemeen"
        ]
    );
    // Numbers inside a theme too.
    assert_eq!(compare("Fase 9", "Fase 12"), Ordering::Less);
    assert_eq!(compare("Fase 12", "Fase 9"), Ordering::Greater);
    // A very long number does not overflow.
    assert_eq!(
        compare("99999999999999999999999 a", "100000000000000000000000 a"),
        Ordering::Less
    );
    // Equal keys: ordered, never equal unless the same text.
    assert_ne!(compare("Zorg", "zorg"), Ordering::Equal);
    assert_eq!(compare("Zorg", "Zorg"), Ordering::Equal);
}
