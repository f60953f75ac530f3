//! Evaluates splitting and linking on every `tests/eval/*/labels.toml`.
//!
//! ```sh
//! cargo run --release --example eval_linking             # the table
//! cargo run --release --example eval_linking -- --verbose # and every miss
//! EVAL_EXPLAIN=1 cargo run --release --example eval_linking -- --verbose
//! ```
//!
//! With `EVAL_ALL=1` `--verbose` lists every labelled comment with its
//! links, not only the misses (to diff two versions of the linker).
//! With `EVAL_EXPLAIN=1` each linking miss also shows the comment's text,
//! its links with their reasons, and the topical top 8 (section, strength,
//! shared words).
//!
//! See `inspraak::link::eval` for the definitions of the measures.

use std::path::PathBuf;

use inspraak::link::eval::{evaluate, label_files, Scores};

fn main() -> anyhow::Result<()> {
    let verbose = std::env::args().any(|a| a == "--verbose" || a == "-v");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let files = label_files(&root);
    if files.is_empty() {
        anyhow::bail!(
            "no labels files found under `{}`: add tests/eval/<set>/labels.toml",
            root.join("tests/eval").display()
        );
    }
    println!(
        "| set | labelled | predicted | seg. recall | seg. precision | top-1 | recall@3 | precision@3 | no-link rate | no confident link |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut total = Scores {
        name: "overall".into(),
        ..Scores::default()
    };
    let mut all_misses = Vec::new();
    for f in &files {
        let s = evaluate(&root, f)?;
        row(&s);
        total.add(&s);
        all_misses.extend(s.misses.clone());
    }
    if files.len() > 1 {
        row(&total);
    }
    if verbose {
        println!();
        for m in &all_misses {
            println!("- {m}");
        }
    }
    Ok(())
}

fn row(s: &Scores) {
    println!(
        "| {} | {} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} ({}/{}) | {}/{} |",
        s.name,
        s.labelled,
        s.predicted,
        s.seg_recall(),
        s.seg_precision(),
        s.top1_accuracy(),
        s.recall_at_3(),
        s.precision_at_3(),
        s.no_link_rate(),
        s.no_link_ok,
        s.no_link_labelled,
        s.no_confident_link_ok,
        s.no_link_labelled
    );
}
