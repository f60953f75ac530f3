//! Properties of comparison that hold for any input.

use inspraak::compare::{self, diff};
use inspraak::model::{DiffOp, Section, Version};
use proptest::prelude::*;

const VOCAB: &[&str] = &[
    "de",
    "regio",
    "gemeenten",
    "beschermd",
    "wonen",
    "opvang",
    "preventie",
    "inwoners",
    "wijkteam",
    "zorg",
    "en",
    "van",
    "het",
    "dakloosheid",
    "Leiden",
    "2026",
    "cliënten",
    "ondersteuning",
    "samen",
    "visie",
];
const PUNCT: &[&str] = &["", "", "", "", ",", ".", ";", ":"];
const SPACE: &[&str] = &[" ", " ", " ", "  ", "\n", "\n\n"];

/// Text from the vocabulary with punctuation and layout whitespace.
fn text(max_words: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(VOCAB),
            prop::sample::select(PUNCT),
            prop::sample::select(SPACE),
        ),
        0..max_words,
    )
    .prop_map(|ws| {
        ws.into_iter()
            .map(|(w, p, s)| format!("{w}{p}{s}"))
            .collect::<String>()
    })
}

fn version(max_sections: usize) -> impl Strategy<Value = Version> {
    prop::collection::vec((text(4), text(60)), 0..max_sections).prop_map(|secs| Version {
        file: "v.txt".into(),
        label: "v".into(),
        page_labels: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        sections: secs
            .into_iter()
            .enumerate()
            .map(|(i, (title, text))| Section {
                number: format!("{}", i + 1),
                title: title.trim().to_string(),
                level: 1,
                text,
                pages: (1, 1),
            })
            .collect(),
    })
}

fn word_count(spans: &[inspraak::model::DiffSpan], op: DiffOp) -> usize {
    spans
        .iter()
        .filter(|s| s.op == op)
        .flat_map(|s| diff::token_texts(&s.text))
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_version_compared_with_itself_has_no_changes(v in version(12)) {
        prop_assert!(compare::compare(&v, &v).is_empty());
    }

    #[test]
    fn diff_spans_reassemble_both_texts(old in text(80), new in text(80)) {
        let d = compare::diff_texts(&old, &new);
        let before = diff::old_text(&d.spans);
        let after = diff::new_text(&d.spans);
        prop_assert_eq!(diff::token_texts(&before), diff::token_texts(&old));
        prop_assert_eq!(diff::token_texts(&after), diff::token_texts(&new));
        prop_assert!(d.spans.windows(2).all(|w| w[0].op != w[1].op));
        prop_assert_eq!(d.words_added, word_count(&d.spans, DiffOp::Insert));
        prop_assert_eq!(d.words_removed, word_count(&d.spans, DiffOp::Delete));
        if d.editorial {
            prop_assert!(d.has_changes());
        }
    }

    #[test]
    fn every_section_is_accounted_for_once(a in version(10), b in version(10)) {
        let changes = compare::compare(&a, &b);
        let mut afters: Vec<&str> = changes
            .iter()
            .flat_map(|c| c.after.iter().chain(&c.split_into))
            .map(|s| s.number.as_str())
            .collect();
        let n = afters.len();
        afters.sort_unstable();
        afters.dedup();
        prop_assert_eq!(n, afters.len());
        let mut befores: Vec<&str> = changes
            .iter()
            .flat_map(|c| c.before.iter().chain(&c.merged_from))
            .map(|s| s.number.as_str())
            .collect();
        let n = befores.len();
        befores.sort_unstable();
        befores.dedup();
        prop_assert_eq!(n, befores.len());
    }

    #[test]
    fn a_quotation_from_the_text_is_found_exactly(
        t in text(60),
        start in 0usize..1000,
        len in 3usize..12,
    ) {
        let words: Vec<String> = inspraak::text::words(&t).collect();
        prop_assume!(words.len() >= len);
        let start = start % (words.len() - len + 1);
        let pattern = &words[start..start + len];
        let m = compare::anchor::find(pattern, &[], &[], &t);
        prop_assert!(m.is_some());
        let m = m.unwrap();
        prop_assert!((m.score - 1.0).abs() < 1e-9);
        let found: Vec<String> = inspraak::text::words(&t[m.start..m.end]).collect();
        prop_assert_eq!(found.as_slice(), pattern);
    }
}
