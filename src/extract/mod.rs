//! Stage 1, extract: the text of a PDF, `.txt` or `.md` file as a
//! [`Document`] with pages and lines.

use std::path::Path;

use crate::model::{Document, Line, Page};

/// Why a file's text could not be read. Each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("`{file}` could not be read: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("`{file}` is empty (0 bytes): ask the sender for the file again")]
    Empty { file: String },
    #[error("`{file}` is not a readable PDF ({reason}): open it in a PDF viewer; if it shows, print it to a new PDF and replace the file")]
    Corrupt { file: String, reason: String },
    #[error("`{file}` is encrypted and needs a password: ask the sender for an unprotected copy")]
    Encrypted { file: String },
    #[error("`{file}` has no text layer (a scan or image-only PDF): run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`) and replace the file")]
    NoText { file: String },
    #[error("`{file}` has an unsupported format ({format}): {advice}")]
    Unsupported {
        file: String,
        format: String,
        advice: String,
    },
}

/// Reads and extracts one file.
pub fn extract_path(path: &Path) -> Result<Document, ExtractError> {
    let file = crate::inbox::file_name(path);
    let bytes = std::fs::read(path).map_err(|source| ExtractError::Io {
        file: file.clone(),
        source,
    })?;
    extract_bytes(&file, &bytes)
}

/// Extracts `bytes`, dispatching on content and the extension of `file`.
pub fn extract_bytes(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty { file: file.into() });
    }
    let ext = Path::new(file)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" => extract_pdf(file, bytes),
        "txt" | "md" | "text" | "markdown" => Ok(extract_plain_text(file, bytes)),
        other => Err(ExtractError::Unsupported {
            file: file.into(),
            format: if other.is_empty() {
                "no extension".into()
            } else {
                format!(".{other}")
            },
            advice: "save it as PDF (or copy the text into a .txt file) and put that in the inbox"
                .into(),
        }),
    }
}

/// Text files: UTF-8 (with or without BOM); one page; blank lines separate
/// paragraphs.
pub fn extract_plain_text(file: &str, bytes: &[u8]) -> Document {
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
    let mut lines = Vec::new();
    let mut new_para = true;
    for raw in text.lines() {
        let t = raw.trim_end();
        if t.trim().is_empty() {
            new_para = true;
            continue;
        }
        lines.push(Line {
            text: t.to_string(),
            paragraph_start: new_para,
            ..Line::default()
        });
        new_para = false;
    }
    Document {
        file: file.into(),
        pages: vec![Page {
            number: 1,
            lines,
            ..Page::default()
        }],
        warnings: Vec::new(),
    }
}

/// PDF files (placeholder on lopdf's own text extraction).
pub fn extract_pdf(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|e| ExtractError::Corrupt {
        file: file.into(),
        reason: e.to_string(),
    })?;
    let mut pages = Vec::new();
    for (n, _) in doc.get_pages() {
        let text = doc.extract_text(&[n]).unwrap_or_default();
        let page = extract_plain_text(file, text.as_bytes()).pages.remove(0);
        pages.push(Page { number: n, ..page });
    }
    let out = Document {
        file: file.into(),
        pages,
        warnings: Vec::new(),
    };
    if out.char_count() == 0 {
        return Err(ExtractError::NoText { file: file.into() });
    }
    Ok(out)
}
