use super::*;
use regex::Regex;

#[test]
fn spans_in_all_quote_styles() {
    let t = "Zij schrijven “één twee drie”, ook „vier vijf zes” en \"zeven acht negen\" en ‘tien elf twaalf’ maar niet regio’s of zo'n ding.";
    let spans: Vec<&str> = quoted_spans(t).into_iter().map(|(a, b)| &t[a..b]).collect();
    assert_eq!(
        spans,
        [
            "één twee drie",
            "vier vijf zes",
            "zeven acht negen",
            "tien elf twaalf"
        ]
    );
}

/// [`quoted_spans`] as it was written with regular expressions.
fn quoted_spans_by_regex(text: &str) -> Vec<(usize, usize)> {
    static EXPRESSIONS: std::sync::LazyLock<[Regex; 3]> = std::sync::LazyLock::new(|| {
        [
            Regex::new(r"[“„«]([^“”„«»]{3,1000}?)[”“»]").unwrap(),
            Regex::new(r#"(?:^|[\s(\[:])"([^"]{3,1000}?)"(?:$|[\s.,;:!?)\]])"#).unwrap(),
            Regex::new(r"(?:^|[\s(\[:])[‘'`]([^‘\n]{3,1000}?)[’'](?:$|[\s.,;:!?)\]])").unwrap(),
        ]
    });
    let mut out: Vec<(usize, usize)> = Vec::new();
    for r in EXPRESSIONS.iter() {
        for c in r.captures_iter(text) {
            let m = c.get(1).unwrap();
            if !out.iter().any(|&(a, b)| m.start() < b && m.end() > a) {
                out.push((m.start(), m.end()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn scans_agree_with_the_expressions_on_hard_cases() {
    let long = "x".repeat(1000);
    let longer = "x".repeat(1001);
    for t in [
        "\"abc\" \"def\"",
        "'abc' 'def'",
        "(\"abc\") [‘één’]: 'zo'n ding' en 'regio’s zijn' klaar.",
        "“ab” „abc„ d” «abc» “abc“ x”",
        "'ab' 'a'b'c' 'it''s' ' abc' ",
        "‘abc\ndef’ ‘ab‘cd’ `abc' x",
        "\"\"\"abc\"\"\" \"a\"b\"c\"",
        &format!("“{long}” “{longer}” \"{long}\" \"{longer}\" '{long}' '{longer}' 'x'"),
        &format!("'{longer}' abc' def'"),
    ] {
        assert_eq!(quoted_spans(t), quoted_spans_by_regex(t), "{t:?}");
    }
}

proptest::proptest! {
    #[test]
    fn scans_agree_with_the_expressions(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "a", "b", "é", " ", "  ", "\n", "(", "[", ":", ".", ",", "!", ")", "]",
            "\"", "'", "`", "‘", "’", "“", "”", "„", "«", "»", "abc", "woord",
        ]),
        0..60,
    )) {
        let t: String = parts.concat();
        proptest::prop_assert_eq!(quoted_spans(&t), quoted_spans_by_regex(&t));
    }
}

#[test]
fn word_costs() {
    assert_eq!(word_cost("gemeenten", "gemeente"), 0.5);
    assert_eq!(word_cost("opvang", "opvang"), 0.0);
    assert_eq!(word_cost("twee", "drie"), 1.0);
}

/// QA31c: a quote shortened with an ellipsis is found by its parts, in
/// order, in one sentence of one section; parts in two sentences are not.
#[test]
fn a_quote_shortened_with_an_ellipsis_is_found_by_its_parts() {
    use crate::model::Section;
    let section = |number: &str, text: &str| Section {
        number: number.into(),
        title: String::new(),
        level: 2,
        text: text.into(),
        pages: (1, 1),
    };
    let draft = Version {
        sections: vec![
            section(
                "4.2",
                "Ouders wachten te lang op jeugdhulp. De wachttijden moeten korter.",
            ),
            section(
                "6.1",
                "De tien gemeenten kopen de specialistische jeugdhulp samen in via de \
                 Inkooporganisatie Jeugd Duinstreek. Zij sluiten contracten voor vier jaar.",
            ),
        ],
        ..Version::default()
    };
    let a = Anchorer::new(&draft);
    for mark in ["...", "…", "(...)", "[...]", "[…]"] {
        let text = format!(
            "U schrijft \"De tien gemeenten kopen {mark} samen in via de Inkooporganisatie Jeugd Duinstreek\". Wij vinden dat de wachttijden niet korter worden."
        );
        let q = &a.quotes(&text)[0];
        assert_eq!(q.section.as_deref(), Some("6.1"), "{mark}: {q:?}");
        assert!(q.score > 0.99, "{mark}: {q:?}");
    }
    assert_eq!(
        ellipsis_parts("een ... twee (…) drie"),
        ["een ", " twee (", ") drie"]
    );
    // Parts from two sentences are no quote of one.
    let q = &a.quotes("\"De tien gemeenten kopen ... contracten voor vier jaar\"")[0];
    assert_eq!(q.section, None, "{q:?}");
}
