//! Property tests: splitting and structure reading never panic, whatever
//! the text, and their output keeps its invariants.

use inspraak::extract::extract_plain_text;
use inspraak::model::{Document, Line, Page};
use proptest::prelude::*;

/// Text built from letter-like fragments, so that markers, dates,
/// headings and furniture meet in odd combinations.
fn letterish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Geachte werkgroep,".to_string()),
        Just("Met vriendelijke groet,".to_string()),
        Just("1. ".to_string()),
        Just("2) ".to_string()),
        Just("a. ".to_string()),
        Just("Advies 3 – ".to_string()),
        Just("- ".to_string()),
        Just("• ".to_string()),
        Just("Van: Jan <jan@x.nl>".to_string()),
        Just("Katwijk, 14 oktober 2026".to_string()),
        Just("31-02-2026".to_string()),
        Just("Bijlage 1: ".to_string()),
        Just("Hoofdstuk 3".to_string()),
        Just("5.2.1 ".to_string()),
        Just("Inhoudsopgave".to_string()),
        Just("Inleiding ........ 3".to_string()),
        Just("paragraaf 5.1 en pag. 13-14".to_string()),
        Just("“citaat”".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        "[A-Za-zëé0-9 .,:;()'\"“”‘’§€%-]{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn doc_with_layout(text: &str, sizes: &[f32]) -> Document {
    let mut doc = extract_plain_text("x.pdf", text.as_bytes());
    for (i, l) in doc
        .pages
        .iter_mut()
        .flat_map(|p| p.lines.iter_mut())
        .enumerate()
    {
        l.font_size = sizes.get(i % sizes.len().max(1)).copied().unwrap_or(0.0);
        l.bold = i % 3 == 0;
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn split_never_panics(text in letterish()) {
        let doc = extract_plain_text("r.txt", text.as_bytes());
        let letter = inspraak::split::split_response(&doc, "r-1");
        let mut ids: Vec<&str> = letter.comments.iter().map(|c| c.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), n, "comment ids are unique");
        for c in &letter.comments {
            prop_assert!(!c.text.trim().is_empty());
        }
    }

    #[test]
    fn structure_never_panics(text in letterish(), sizes in prop::collection::vec(0.0f32..30.0, 1..4)) {
        let v = inspraak::structure::parse_version(&doc_with_layout(&text, &sizes), "x");
        for s in &v.sections {
            prop_assert!(s.pages.0 <= s.pages.1);
            prop_assert!(!s.number.is_empty());
        }
        let mut numbers: Vec<&str> = v.sections.iter().map(|s| s.number.as_str()).collect();
        let n = numbers.len();
        numbers.sort();
        numbers.dedup();
        prop_assert_eq!(numbers.len(), n, "section numbers are unique");
    }

    #[test]
    fn linking_never_panics(draft in letterish(), comment in letterish()) {
        let v = inspraak::structure::parse_version(&extract_plain_text("d.txt", draft.as_bytes()), "x");
        let linker = inspraak::link::Linker::new(&v);
        let (links, quotes) = linker.links_for(&comment);
        for l in &links {
            prop_assert!((0.0..=1.0).contains(&l.score));
            prop_assert!(v.section(&l.number).is_some());
        }
        for q in &quotes {
            prop_assert!((0.0..=1.0).contains(&q.score));
        }
    }

    #[test]
    fn pages_are_physical_pages(n in 1usize..5) {
        let pages: Vec<Page> = (0..n)
            .map(|i| Page {
                number: i as u32 + 1,
                lines: vec![Line { text: format!("{} Hoofdstuk nummer {}", i + 1, i + 1), ..Line::default() },
                            Line { text: "Tekst.".into(), ..Line::default() }],
                ..Page::default()
            })
            .collect();
        let v = inspraak::structure::parse_version(&Document { file: "d.pdf".into(), pages, ..Document::default() }, "x");
        prop_assert_eq!(v.sections.len(), n);
        for (i, s) in v.sections.iter().enumerate() {
            prop_assert_eq!(s.pages, (i as u32 + 1, i as u32 + 1));
        }
    }
}
