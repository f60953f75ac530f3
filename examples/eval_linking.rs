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
//! A second table scores what is read of each sender (respondent, kind,
//! date, private person, campaign) on the sets that hold
//! `gen/expected_meta.toml`; `--verbose` lists its misses too.
//!
//! See `inspraak::link::eval` and `inspraak::pipeline::senders_eval` for
//! the definitions of the measures.

use std::path::PathBuf;

use inspraak::link::eval::{evaluate, label_files, Scores};
use inspraak::pipeline::senders_eval::{self, SenderScores};

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
    senders(&root, verbose)
}

/// The table of what is read of each sender.
fn senders(root: &std::path::Path, verbose: bool) -> anyhow::Result<()> {
    let sets = senders_eval::sets(root);
    if sets.is_empty() {
        return Ok(());
    }
    println!();
    println!("| set | files | respondent | kind | date | private person | campaign | late |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut total = SenderScores {
        name: "overall".into(),
        ..SenderScores::default()
    };
    let mut misses = Vec::new();
    for set in &sets {
        let s = senders_eval::evaluate(set)?;
        sender_row(&s);
        total.add(&s);
        misses.extend(s.misses);
    }
    if sets.len() > 1 {
        sender_row(&total);
    }
    if verbose {
        println!();
        for m in &misses {
            println!("- {m}");
        }
    }
    Ok(())
}

fn sender_row(s: &SenderScores) {
    let of = |right: usize, measured: usize| {
        if measured == 0 {
            "–".to_string()
        } else {
            format!("{right}/{measured}")
        }
    };
    println!(
        "| {} | {} | {} | {} | {} | {} | {} | {} |",
        s.name,
        s.files,
        of(s.respondent, s.files),
        of(s.kind, s.files),
        of(s.date, s.files),
        of(s.private, s.private_measured),
        of(s.campaign, s.campaign_measured),
        of(s.late, s.late_measured)
    );
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
