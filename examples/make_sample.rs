//! Writes the sample consultation in `inbox/` from its sources in
//! `examples/sample/`.
//!
//! ```sh
//! cargo run --example make_sample            # writes inbox/
//! cargo run --example make_sample -- DIR     # writes DIR/ instead
//! ```
//!
//! Every file below `examples/sample/drafts/` and `examples/sample/responses/`
//! becomes a file in the same folder of the inbox:
//! - `NAME.pdf.txt` is a text in the small markup below, typeset as `NAME.pdf`
//!   with [`inspraak::pdfwrite`];
//! - any other file (`.txt`, `.md`, `consultation.toml`) is copied as is.
//!
//! The file `reactie-scan.pdf` is written on purpose as a broken PDF (the
//! first bytes of a scan whose upload failed), so a run shows how an
//! unreadable file is reported while the rest is processed.
//!
//! Markup of `.pdf.txt` sources, one construct per line:
//!
//! ```text
//! %title Title for the document information   (directives: first lines only)
//! %header Running header text
//! %pagenumbers
//! # Heading level 1      ## level 2      ### level 3
//! - bullet item
//! 1. numbered item       (also `12.`, `3)`, `a)`, `Advies 2 –` stays plain text)
//! | a hard line           (consecutive `|` lines form one block with line breaks)
//! ---                     page break
//! ```
//!
//! Other lines are running text; consecutive lines join into one paragraph
//! and a blank line ends it. A line starting with two spaces continues the
//! bullet or numbered item above it.
//!
//! Output is deterministic: running it twice gives identical files.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use inspraak::pdfwrite::{render, Block, PdfDoc};

/// Bytes of the deliberately broken "scan": a PDF header, then junk and an
/// abrupt end, as left by an interrupted upload.
const BROKEN_SCAN: &[u8] =
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n\x00\x13\x37\xff\xfe";

fn main() -> Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let source = root.join("examples").join("sample");
    let target = match std::env::args_os().nth(1) {
        Some(dir) => PathBuf::from(dir),
        None => root.join("inbox"),
    };
    let mut written = 0;
    for sub in ["drafts", "responses"] {
        written += convert_folder(&source.join(sub), &target.join(sub))?;
    }
    let settings = source.join("consultation.toml");
    fs::copy(&settings, target.join("consultation.toml"))
        .with_context(|| format!("copying {}", settings.display()))?;
    let broken = target.join("responses").join("reactie-scan.pdf");
    fs::write(&broken, BROKEN_SCAN).with_context(|| format!("writing {}", broken.display()))?;
    println!(
        "wrote {} files and consultation.toml to {}",
        written + 1,
        target.display()
    );
    Ok(())
}

/// Convert or copy every file of `from` into `to`; returns how many.
fn convert_folder(from: &Path, to: &Path) -> Result<usize> {
    fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    let mut entries: Vec<PathBuf> = fs::read_dir(from)
        .with_context(|| format!("reading {}", from.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    for path in &entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .with_context(|| format!("file name of {} is not UTF-8", path.display()))?;
        if let Some(stem) = name.strip_suffix(".pdf.txt") {
            let text =
                fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            let doc = parse(&text).with_context(|| format!("in {}", path.display()))?;
            let out = to.join(format!("{stem}.pdf"));
            fs::write(&out, render(&doc)).with_context(|| format!("writing {}", out.display()))?;
        } else {
            let out = to.join(name);
            fs::copy(path, &out).with_context(|| format!("copying to {}", out.display()))?;
        }
    }
    Ok(entries.len())
}

/// Parse the markup described in the module documentation.
fn parse(text: &str) -> Result<PdfDoc> {
    let mut doc = PdfDoc::default();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.peek() {
        let Some(directive) = line.strip_prefix('%') else {
            break;
        };
        let (key, value) = directive.split_once(' ').unwrap_or((directive, ""));
        match key {
            "title" => doc.title = value.trim().to_string(),
            "header" => doc.running_header = Some(value.trim().to_string()),
            "pagenumbers" => doc.page_numbers = true,
            other => bail!("unknown directive `%{other}`"),
        }
        lines.next();
    }

    let mut builder = Builder::default();
    for line in lines {
        builder.line(line);
    }
    builder.flush();
    doc.blocks = builder.blocks;
    Ok(doc)
}

/// What is being collected from consecutive lines.
#[derive(Default)]
enum Open {
    #[default]
    Nothing,
    Paragraph(String),
    HardLines(String),
    Bullet(String),
    Numbered(String, String),
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    open: Open,
}

impl Builder {
    fn line(&mut self, line: &str) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            self.flush();
            return;
        }
        if line.starts_with("  ") {
            if let Open::Bullet(text) | Open::Numbered(_, text) = &mut self.open {
                text.push(' ');
                text.push_str(trimmed);
                return;
            }
        }
        if trimmed == "---" {
            self.flush();
            self.blocks.push(Block::PageBreak);
            return;
        }
        if let Some((level, text)) = heading(trimmed) {
            self.flush();
            self.blocks.push(Block::Heading {
                level,
                text: text.to_string(),
            });
            return;
        }
        if let Some(rest) = trimmed.strip_prefix("- ") {
            self.flush();
            self.open = Open::Bullet(rest.trim().to_string());
            return;
        }
        if let Some((label, rest)) = numbered(trimmed) {
            self.flush();
            self.open = Open::Numbered(label.to_string(), rest.trim().to_string());
            return;
        }
        if let Some(rest) = trimmed.strip_prefix('|') {
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            if let Open::HardLines(text) = &mut self.open {
                text.push('\n');
                text.push_str(rest);
            } else {
                self.flush();
                self.open = Open::HardLines(rest.to_string());
            }
            return;
        }
        match &mut self.open {
            Open::Paragraph(text) => {
                text.push(' ');
                text.push_str(trimmed);
            }
            _ => {
                self.flush();
                self.open = Open::Paragraph(trimmed.to_string());
            }
        }
    }

    fn flush(&mut self) {
        match std::mem::take(&mut self.open) {
            Open::Nothing => {}
            Open::Paragraph(text) | Open::HardLines(text) => {
                self.blocks.push(Block::Paragraph(text))
            }
            Open::Bullet(text) => self.blocks.push(Block::Bullet(text)),
            Open::Numbered(label, text) => self.blocks.push(Block::Numbered { label, text }),
        }
    }
}

/// `# Title` → (1, "Title"), up to level 3.
fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=3).contains(&hashes) {
        return None;
    }
    let rest = line[hashes..].strip_prefix(' ')?;
    Some((hashes as u8, rest.trim()))
}

/// `12. text`, `3) text` or `a) text` → (label, text).
fn numbered(line: &str) -> Option<(&str, &str)> {
    let (label, rest) = line.split_once(' ')?;
    let body = label.strip_suffix(['.', ')'])?;
    let is_number = !body.is_empty() && body.len() <= 2 && body.bytes().all(|b| b.is_ascii_digit());
    let is_letter =
        body.len() == 1 && body.bytes().all(|b| b.is_ascii_lowercase()) && label.ends_with(')');
    (is_number || is_letter).then_some((label, rest))
}
