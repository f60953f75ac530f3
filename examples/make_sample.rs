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
//! The markup of `.pdf.txt` sources is described at
//! [`inspraak::pdfwrite::parse_markup`].
//!
//! Output is deterministic: running it twice gives identical files.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use inspraak::pdfwrite::{parse_markup, render};

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
            let doc = parse_markup(&text).with_context(|| format!("in {}", path.display()))?;
            let out = to.join(format!("{stem}.pdf"));
            fs::write(&out, render(&doc)).with_context(|| format!("writing {}", out.display()))?;
        } else {
            let out = to.join(name);
            fs::copy(path, &out).with_context(|| format!("copying to {}", out.display()))?;
        }
    }
    Ok(entries.len())
}
