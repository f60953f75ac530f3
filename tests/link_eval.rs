//! The splitting and linking evaluation on the Haaglanden set (plain-text
//! draft and responses, so independent of the PDF extractor).
//!
//! Segmentation is held to the targets of issue 4 (recall ≥ 0.95). Linking
//! does not reach the targets yet (top-1 ≥ 0.9, recall@3 ≥ 0.97;
//! measured 0.89 and 0.90, see BENCHMARKS.md): this test guards the level
//! reached so that changes cannot silently make it worse.

use std::path::Path;

use inspraak::link::eval::evaluate;

#[test]
fn haaglanden_set_meets_the_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let s = evaluate(root, &root.join("tests/eval/haaglanden/labels.toml")).unwrap();
    let report = format!(
        "recall {:.3} precision {:.3} top-1 {:.3} recall@3 {:.3} no-link {:.3}\n{}",
        s.seg_recall(),
        s.seg_precision(),
        s.top1_accuracy(),
        s.recall_at_3(),
        s.no_link_rate(),
        s.misses.join("\n")
    );
    assert!(s.labelled >= 25, "{report}");
    assert!(s.seg_recall() >= 0.95, "{report}");
    assert!(s.seg_precision() >= 0.9, "{report}");
    assert!(s.top1_accuracy() >= 0.8, "{report}");
    assert!(s.recall_at_3() >= 0.88, "{report}");
    assert!(s.no_link_rate() >= 0.99, "{report}");
}
