//! Writes a synthetic consultation (draft, final version, responses) for
//! benchmarks and experiments:
//!
//! ```sh
//! cargo run --release --example synth -- --responses 1000 --pages 40 --out /tmp/synth
//! cargo run --release -- run --inbox /tmp/synth/inbox --out /tmp/synth/output
//! ```
//!
//! An example rather than an `inspraak` subcommand: it is a developer's
//! tool, so it stays out of the user's `--help` and out of the binary.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Parser;
use inspraak::synth::{generate, Spec};

/// Generate a synthetic consultation inbox.
#[derive(Debug, Parser)]
struct Args {
    /// Number of responses
    #[arg(long, default_value_t = 100)]
    responses: usize,
    /// Pages of the consultation draft
    #[arg(long, default_value_t = 40)]
    pages: usize,
    /// Seed; the same arguments give the same bytes
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Share of responses written as PDF (the rest are .txt)
    #[arg(long, default_value_t = 0.6)]
    pdf_share: f64,
    /// Share of responses that are campaign letters
    #[arg(long, default_value_t = 0.3)]
    campaign_share: f64,
    /// Folder to write; the inbox goes to DIR/inbox
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let spec = Spec {
        responses: args.responses,
        pages: args.pages,
        seed: args.seed,
        pdf_share: args.pdf_share.clamp(0.0, 1.0),
        campaign_share: args.campaign_share.clamp(0.0, 1.0),
    };
    let inbox = args.out.join("inbox");
    let start = std::time::Instant::now();
    let summary = generate(&spec, &inbox)
        .with_context(|| format!("failed to write the consultation to `{}`", inbox.display()))?;
    eprintln!(
        "wrote {} files ({} responses, {} as PDF; draft of {} pages; {:.1} MiB) to {} in {:.1} s",
        summary.files.len(),
        spec.responses,
        summary.pdf_responses,
        summary.draft_pages,
        summary.bytes as f64 / (1 << 20) as f64,
        inbox.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
