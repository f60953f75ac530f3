//! The synthetic consultation generator: deterministic, real PDFs, and an
//! inbox the pipeline reads without problems.

use std::collections::BTreeMap;
use std::path::Path;

use inspraak::synth::{generate, Spec};

fn small() -> Spec {
    Spec {
        responses: 30,
        pages: 12,
        seed: 42,
        ..Spec::default()
    }
}

/// Every file under `dir` with its bytes, by relative path.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn same_seed_gives_the_same_bytes() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    generate(&small(), a.path()).unwrap();
    generate(&small(), b.path()).unwrap();
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(fa.len(), 30 + 3);
    assert_eq!(fa, fb);
}

#[test]
fn another_seed_gives_another_consultation() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    generate(&small(), a.path()).unwrap();
    generate(
        &Spec {
            seed: 43,
            ..small()
        },
        b.path(),
    )
    .unwrap();
    assert_ne!(files(a.path()), files(b.path()));
}

#[test]
fn generated_pdfs_load_with_lopdf() {
    let dir = tempfile::tempdir().unwrap();
    let summary = generate(&small(), dir.path()).unwrap();
    assert!(summary.pdf_responses > 5 && summary.pdf_responses < 30);
    let draft = lopdf::Document::load(dir.path().join("drafts/01-inspraakversie.pdf")).unwrap();
    assert_eq!(draft.get_pages().len(), 12);
    let text = draft.extract_text(&[3]).unwrap();
    assert!(!text.trim().is_empty());
    let mut pdfs = 0;
    for e in std::fs::read_dir(dir.path().join("responses")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "pdf") {
            let doc = lopdf::Document::load(&p).unwrap();
            assert!(!doc.get_pages().is_empty());
            pdfs += 1;
        }
    }
    assert_eq!(pdfs, summary.pdf_responses);
}

#[test]
fn the_pipeline_reads_a_generated_consultation() {
    let dir = tempfile::tempdir().unwrap();
    generate(&small(), dir.path()).unwrap();
    let inbox = inspraak::inbox::Inbox::open(dir.path()).unwrap();
    let ledger = inspraak::ledger::Ledger::default();
    let c = inspraak::pipeline::build(&inbox, &ledger);
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert_eq!(c.versions.len(), 2);
    assert!(c.versions[0].sections.len() > 5);
    assert_eq!(c.responses.len(), 30);
    let comments: usize = c.responses.iter().map(|r| r.comments.len()).sum();
    assert!(comments >= 30);
}
