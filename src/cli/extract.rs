//! `inspraak extract FILE`: prints what the tool reads from a file, so a
//! user can check it. Running text with page markers, or `--json` with
//! pages, lines (position, font size, bold), headers, footers and
//! footnotes.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::model::Document;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The file to read (.pdf, .docx, .txt, .md, .eml)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Print pages, lines with positions, headers, footers and footnotes as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: &Args) -> Result<()> {
    let doc = crate::extract::extract_path(&args.file)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &doc).context("could not write the JSON")?;
        writeln!(out)?;
    } else {
        write_text(&mut out, &doc)?;
    }
    out.flush().ok();
    for w in doc.scanned_pages_warning().iter().chain(&doc.warnings) {
        crate::cli::warn(format_args!("{}: {w}", doc.file));
    }
    Ok(())
}

/// Running text with a marker per page; furniture and footnotes indented
/// under the page so they are visible but apart.
fn write_text(out: &mut impl Write, doc: &Document) -> std::io::Result<()> {
    for page in &doc.pages {
        match &page.printed_number {
            Some(n) => writeln!(out, "=== page {} (printed {n}) ===", page.number)?,
            None => writeln!(out, "=== page {} ===", page.number)?,
        }
        for h in &page.header {
            writeln!(out, "  [header] {h}")?;
        }
        let mut first = true;
        for line in &page.lines {
            if line.paragraph_start && !first {
                writeln!(out)?;
            }
            first = false;
            writeln!(out, "{}", line.text)?;
        }
        for f in &page.footnotes {
            writeln!(out, "  [footnote] {f}")?;
        }
        for f in &page.footer {
            writeln!(out, "  [footer] {f}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}
