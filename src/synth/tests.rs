use super::*;

#[test]
fn rng_is_deterministic_and_spread() {
    let a: Vec<u64> = (0..5).map(|_| Rng::new(7).next_u64()).collect();
    assert!(a.windows(2).all(|w| w[0] == w[1]));
    let mut r = Rng::new(7);
    let mut counts = [0usize; 4];
    for _ in 0..4000 {
        counts[r.below(4)] += 1;
    }
    assert!(counts.iter().all(|&c| c > 800), "{counts:?}");
}

#[test]
fn draft_has_the_asked_pages_and_numbered_sections() {
    for pages in [4, 12, 40] {
        let d = draft(3, pages);
        assert_eq!(d.pages, pages);
        let breaks = d.blocks.iter().filter(|b| **b == Block::PageBreak).count();
        assert_eq!(breaks + 1, pages);
        assert!(d.sections.iter().any(|s| s.number == "1.1"));
        assert!(d.sections.iter().any(|s| s.number == "Bijlage 1"));
        for s in &d.sections {
            assert!(s.pages.0 <= s.pages.1 && s.pages.1 <= pages, "{s:?}");
        }
    }
}

#[test]
fn responses_refer_to_the_draft() {
    let spec = Spec {
        responses: 60,
        ..Spec::default()
    };
    let d = draft(spec.seed, spec.pages);
    let texts: Vec<String> = (0..spec.responses)
        .map(|i| letter_text(&response_letter(&spec, &d, i).1))
        .collect();
    let all = texts.concat();
    assert!(all.contains("paragraaf "));
    assert!(all.contains("pag. "));
    assert!(all.contains('“'));
    assert!(all.contains("Met vriendelijke groet"));
    // Campaign letters: some point text occurs in several responses.
    let first_points: Vec<String> = (0..spec.responses)
        .map(|i| response_letter(&spec, &d, i).1.points[0].1.clone())
        .collect();
    let repeated = first_points
        .iter()
        .filter(|p| first_points.iter().filter(|q| q == p).count() > 1)
        .count();
    assert!(repeated >= 4, "only {repeated} campaign letters");
}
