//! Stage 1, extract: the text of a PDF, `.txt` or `.md` file as a
//! [`Document`] with pages and lines.
//!
//! PDFs go through our own glyph interpreter on lopdf ([`interp`], with
//! [`fonts`] and [`cmap`] for Unicode and widths), then [`layout`] (words,
//! lines, paragraphs), [`furniture`] (running headers/footers, page
//! numbers, footnotes) and [`dehyphen`] (Dutch-aware line-end hyphens).
//! Every file is read under [`Limits`]; bad input gives an
//! [`ExtractError`] that names the file and says what to do, never a panic.

mod annots;
mod cmap;
pub(crate) mod dehyphen;
pub(crate) mod docx;
mod fonts;
mod form;
mod furniture;
mod html;
mod interp;
mod layout;
mod limits;
mod mime;
mod normalise;
mod pdf_table;
pub(crate) mod table;
#[cfg(test)]
mod test_pdf;
mod text;

use std::path::Path;

use crate::model::{Document, Line, Page};

pub use limits::Limits;
pub(crate) use text::dutch_local_time;
pub use text::extract_plain_text;

use furniture::{PageLines, SplitPage};
use layout::RawLine;

/// Why a file's text could not be read. Each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("`{}` could not be read: {source}", crate::text::terminal_safe(.file))]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("`{}` is empty (0 bytes): ask the sender for the file again", crate::text::terminal_safe(.file))]
    Empty { file: String },
    #[error("`{}` is empty: it holds only blank space (spaces, tabs or empty lines), no text; ask the sender for the file again", crate::text::terminal_safe(.file))]
    Blank { file: String },
    #[error("`{}` is not a readable PDF ({reason}): open it in a PDF viewer; if it shows, print it to a new PDF and replace the file", crate::text::terminal_safe(.file))]
    Corrupt { file: String, reason: String },
    #[error("`{}` is damaged or incomplete, as a file cut off in transfer is ({reason}): ask the sender for the file again", crate::text::terminal_safe(.file))]
    Damaged { file: String, reason: String },
    #[error("`{}` is a damaged Word document ({reason}): open it in the word processor; if it opens, save it again (or export it as PDF) and replace the file; if it does not, ask the sender for a new copy", crate::text::terminal_safe(.file))]
    DamagedWord { file: String, reason: String },
    #[error("`{}` is encrypted and needs a password: ask the sender for an unprotected copy", crate::text::terminal_safe(.file))]
    Encrypted { file: String },
    #[error("`{}` has no text layer (a scan or image-only PDF): run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`) and replace the file", crate::text::terminal_safe(.file))]
    NoText { file: String },
    #[error("`{}` has an unsupported format ({format}): {advice}", crate::text::terminal_safe(.file))]
    Unsupported {
        file: String,
        format: String,
        advice: String,
    },
    #[error("`{}` is too large or complex to read safely ({what}): print it to a new PDF, or split it, and replace the file", crate::text::terminal_safe(.file))]
    TooComplex { file: String, what: String },
}

impl ExtractError {
    /// The kind of problem, for the memo.
    pub fn kind(&self) -> crate::model::ProblemKind {
        use crate::model::ProblemKind as K;
        match self {
            ExtractError::Io { .. } => K::Unreadable,
            ExtractError::Empty { .. } | ExtractError::Blank { .. } => K::Empty,
            ExtractError::Corrupt { .. }
            | ExtractError::Damaged { .. }
            | ExtractError::DamagedWord { .. } => K::Corrupt,
            ExtractError::Encrypted { .. } => K::Encrypted,
            ExtractError::NoText { .. } => K::Scan,
            ExtractError::Unsupported { .. } => K::Unsupported,
            ExtractError::TooComplex { .. } => K::TooComplex,
        }
    }
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

/// Extracts `bytes`, dispatching on the extension of `file` and on the
/// content (a PDF named `.txt` is still read as PDF, a Word document
/// named `.pdf` as a Word document).
pub fn extract_bytes(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    let mut doc = extract_any(file, bytes)?;
    let size: usize = doc
        .pages
        .iter()
        .flat_map(|p| &p.lines)
        .map(|l| l.text.len() + 1)
        .sum();
    if size > MAX_TEXT_BYTES {
        return Err(ExtractError::TooComplex {
            file: file.into(),
            what: format!(
                "{} MiB of text, more than the {} MiB a draft or letter is read up to",
                size / (1024 * 1024),
                MAX_TEXT_BYTES / (1024 * 1024)
            ),
        });
    }
    drop_control_characters(&mut doc);
    compose_characters(&mut doc);
    Ok(doc)
}

/// Puts every text in its composed form (Unicode NFC): a letter copied on
/// a Mac, or a PDF that draws an accent as a glyph of its own, stores
/// `ë` as `e` and a combining diaeresis. Composed, `Chloë` is the name the
/// privacy scrubber knows and `één` the word the draft's title has, as in
/// the same letter typed elsewhere.
fn compose_characters(doc: &mut Document) {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    let compose = |t: &mut String| {
        if is_nfc_quick(t.chars()) != IsNormalized::Yes {
            *t = t.nfc().collect();
        }
    };
    for page in &mut doc.pages {
        page.lines.iter_mut().for_each(|l| compose(&mut l.text));
        page.header.iter_mut().for_each(compose);
        page.footer.iter_mut().for_each(compose);
        page.footnotes.iter_mut().for_each(compose);
    }
    for note in &mut doc.notes {
        compose(&mut note.text);
        note.anchor.iter_mut().for_each(compose);
        note.author.iter_mut().for_each(compose);
    }
}

/// The most text one file is read with: a regional vision of a hundred
/// pages holds about 300 KB, a thick report a megabyte or two. Past this, splitting
/// it into points, grouping and linking them would take minutes and
/// gigabytes (a file made to stop the run, or a data dump sent by mistake).
pub const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// Removes the control characters a submission's text may hold (an ANSI
/// escape sequence, a bell, a form feed): they mean nothing in a letter,
/// and printed in a terminal (`comments`, `status`) or copied into the
/// memo they could clear the screen, retitle the window or hide lines. An
/// escape sequence goes whole (`ESC [2J`, `ESC ]0;title BEL`). A tab is
/// kept: it cuts the cells of a table pasted from a spreadsheet into a
/// mail or typed in a text file (the splitter keeps such a table's rows);
/// everywhere else it is white space like a space.
fn drop_control_characters(doc: &mut Document) {
    for line in doc.pages.iter_mut().flat_map(|p| p.lines.iter_mut()) {
        if line.text.chars().any(|c| c.is_control() && c != '\t') {
            line.text = without_control_characters(&line.text);
        }
    }
}

fn without_control_characters(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push('\t'),
            // CSI: `ESC [` parameters, then a final byte `@`..`~`.
            '\u{1b}' if chars.peek() == Some(&'[') => {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            // OSC: `ESC ]` up to BEL or `ESC \\`.
            '\u{1b}' if chars.peek() == Some(&']') => {
                chars.next();
                while let Some(c) = chars.next() {
                    if c == '\u{7}' {
                        break;
                    }
                    if c == '\u{1b}' {
                        if chars.peek() == Some(&'\\') {
                            chars.next();
                        }
                        break;
                    }
                }
            }
            // Any other escape: `ESC` and the character it introduces.
            '\u{1b}' => {
                chars.next_if(|c| !c.is_whitespace());
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn extract_any(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty { file: file.into() });
    }
    let ext = Path::new(file)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if has_pdf_header(bytes) {
        return extract_pdf(file, bytes);
    }
    if is_word_document(bytes, &ext) {
        return docx::extract_docx(file, bytes);
    }
    if is_encrypted_office_file(bytes) {
        return Err(ExtractError::Encrypted { file: file.into() });
    }
    if let Some((format, advice)) = sniff_other_format(bytes, &ext) {
        return Err(ExtractError::Unsupported {
            file: file.into(),
            format: format.into(),
            advice: advice.into(),
        });
    }
    match ext.as_str() {
        "pdf" => Err(ExtractError::Corrupt {
            file: file.into(),
            reason: "no `%PDF` header: the file is not a PDF".into(),
        }),
        // An e-mail's source saved as text is the e-mail.
        "txt" | "text" if text::is_mail_source(bytes) => text::extract_eml(file, bytes),
        "txt" | "md" | "text" | "markdown" => {
            let doc = extract_plain_text(file, bytes);
            // Only spaces and empty lines: as empty as a file of 0 bytes.
            if doc.pages.iter().all(|p| p.lines.is_empty()) {
                return Err(ExtractError::Blank { file: file.into() });
            }
            Ok(doc)
        }
        "eml" => text::extract_eml(file, bytes),
        other => Err(ExtractError::Unsupported {
            file: file.into(),
            format: if other.is_empty() {
                "no extension".into()
            } else {
                format!(".{other}")
            },
            advice: advice_for(other).into(),
        }),
    }
}

fn advice_for(ext: &str) -> &'static str {
    match ext {
        "pages" | "numbers" | "key" => iwork_format(ext).1,
        "docx" | "doc" | "odt" | "rtf" | "wpd" => {
            "open it in the word processor and save or export it as PDF, then put the PDF in the inbox"
        }
        "msg" => "open the e-mail in Outlook and save it as PDF (or copy its text into a .txt file)",
        "html" | "htm" => "open it in a browser and print it to PDF",
        "jpg" | "jpeg" | "png" | "tif" | "tiff" | "heic" => {
            "it is a picture: run OCR on it (e.g. `ocrmypdf`) to make a PDF with text"
        }
        _ => "save it as PDF (or copy the text into a .txt file) and put that in the inbox",
    }
}

/// What an Apple iWork file is, by its extension, and how to get a file
/// the tool reads from it: only Apple's programs open it.
fn iwork_format(ext: &str) -> (&'static str, &'static str) {
    const EXPORT: &str = "open it in Pages, Numbers or Keynote (on a Mac, or at iCloud.com) and \
         export it as PDF (File, Export To, PDF), then put the PDF in the inbox; or ask the \
         sender for a PDF";
    let what = match ext {
        "pages" => "Apple Pages document",
        "numbers" => "Apple Numbers spreadsheet",
        "key" => "Apple Keynote presentation",
        _ => "Apple Pages, Numbers or Keynote document",
    };
    (what, EXPORT)
}

/// A Word document (`.docx`, `.docm`, `.dotx`): a ZIP archive named so,
/// or one whose first entries are Word's parts.
fn is_word_document(bytes: &[u8], ext: &str) -> bool {
    if !bytes.starts_with(b"PK\x03\x04") {
        return false;
    }
    if matches!(ext, "docx" | "docm" | "dotx" | "dotm") {
        return true;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    has(b"word/") && !has(b"opendocument")
}

/// A password-protected Word (or other Office) file: Office encrypts
/// `.docx` into an OLE compound file holding the streams
/// `EncryptionInfo` and `EncryptedPackage` (names in UTF-16).
fn is_encrypted_office_file(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return false;
    }
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// `%PDF-` within the first KiB (some writers put junk before it).
fn has_pdf_header(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// Formats recognisable by their first bytes.
fn sniff_other_format(bytes: &[u8], ext: &str) -> Option<(&'static str, &'static str)> {
    const WORD: &str =
        "open it in the word processor and save or export it as PDF, then put the PDF in the inbox";
    if bytes.starts_with(b"PK\x03\x04") {
        let head = &bytes[..bytes.len().min(4096)];
        let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
        if has(b"word/") || has(b"[Content_Types].xml") {
            return Some(("Word document (.docx) or other Office file", WORD));
        }
        if has(b"opendocument") {
            return Some(("OpenDocument file (.odt)", WORD));
        }
        // Apple's Pages, Numbers and Keynote write a ZIP archive of
        // `Index/*.iwa` parts (no word processor but Apple's opens it).
        if has(b".iwa") || matches!(ext, "pages" | "numbers" | "key") {
            return Some(iwork_format(ext));
        }
        // An Office file is a ZIP archive too; one whose parts are not
        // where they belong is damaged, or the name says what it is.
        return Some(match ext {
            "docx" | "docm" | "dotx" | "odt" | "ott" => (
                "Word or OpenDocument file (possibly damaged)",
                "open it in the word processor and save or export it as PDF, then put the \
                 PDF in the inbox; if it does not open, ask the sender for a new copy or a PDF",
            ),
            "xlsx" | "xlsm" | "ods" | "pptx" | "odp" => (
                "spreadsheet or presentation (possibly damaged)",
                "open it and save or export it as PDF, then put the PDF in the inbox; if it \
                 does not open, ask the sender for a new copy or a PDF",
            ),
            _ => (
                "ZIP archive",
                "unpack it and put the documents it contains in the inbox",
            ),
        });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some((
            "old Office file (.doc, .msg or .xls)",
            "open it in Word or Outlook and save it as PDF, then put the PDF in the inbox",
        ));
    }
    // Outlook's rich-text message saved from an e-mail (`winmail.dat`).
    if bytes.starts_with(&[0x78, 0x9F, 0x3E, 0x22]) {
        return Some((
            "Outlook rich-text message (winmail.dat, TNEF)",
            "it is the message of an Outlook e-mail in rich-text format, which only Outlook \
             opens: ask the sender to send it again as HTML or plain text (in Outlook: Format \
             Text → HTML), or open the e-mail in Outlook and save it as PDF",
        ));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Some(("RTF document", WORD));
    }
    const IMAGE: &str = "a photo or scan of a letter has no text to read: run OCR on it (e.g. put \
         it in a PDF and run `ocrmypdf` on that) or ask the sender for the text, then put the \
         result in the inbox";
    let image = bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || bytes.starts_with(b"GIF87a")
        || bytes.starts_with(b"GIF89a")
        || bytes.starts_with(b"II*\0")
        || bytes.starts_with(b"MM\0*")
        || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"))
        || (bytes.get(4..8) == Some(b"ftyp")
            && bytes
                .get(8..12)
                .is_some_and(|b| [&b"heic"[..], b"heix", b"mif1", b"avif"].contains(&b)));
    if image {
        return Some(("image (a photo or scan)", IMAGE));
    }
    const OTHER: &str = "this is no letter the tool can read: ask the sender for the response as \
         PDF, Word or text, and put that in the inbox";
    let other = [
        (&b"\x7fELF"[..], "program file"),
        (b"\x1f\x8b", "gzip archive"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (b"Rar!\x1a\x07", "RAR archive"),
    ];
    if let Some((_, what)) = other.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some((what, OTHER));
    }
    if matches!(ext, "txt" | "md" | "text" | "markdown") && looks_binary(bytes) {
        return Some(("binary file, not text", OTHER));
    }
    None
}

/// Whether the start of a file meant as text holds, once read as text
/// ([`text::decode_text`], as the file will be), control characters no
/// text has (other than tab, line ends, form feed and escape) in numbers:
/// a binary file given a text name. Counted in the decoded text, not in
/// the bytes: a UTF-16 file's letters of U+0100-U+1FFF (`ł`, `ş`, `ě`) have
/// a byte 0x01-0x1F each.
fn looks_binary(bytes: &[u8]) -> bool {
    /// Share of control characters from which a file is binary: random
    /// bytes have ~10%; text next to none.
    const BINARY_SHARE: f64 = 0.03;
    /// The bytes looked at (an even number, so UTF-16 reads as such).
    const HEAD: usize = 8192;
    let head = text::decode_text(&bytes[..bytes.len().min(HEAD)]);
    let (mut all, mut control) = (0usize, 0usize);
    for c in head.chars() {
        all += 1;
        if matches!(c, '\u{1}'..='\u{8}' | '\u{e}'..='\u{1a}' | '\u{1c}'..='\u{1f}') {
            control += 1;
        }
    }
    control as f64 > all as f64 * BINARY_SHARE
}

/// PDF files: interpreted page by page under [`Limits::default`].
pub fn extract_pdf(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    extract_pdf_with(file, bytes, Limits::default())
}

/// PDF files under explicit limits.
pub fn extract_pdf_with(
    file: &str,
    bytes: &[u8],
    limits: Limits,
) -> Result<Document, ExtractError> {
    let limits = limits.started();
    let corrupt = |reason: String| ExtractError::Corrupt {
        file: file.into(),
        reason,
    };
    let too_complex = |what: String| ExtractError::TooComplex {
        file: file.into(),
        what,
    };
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(limits.max_stream_bytes),
        ..lopdf::LoadOptions::default()
    };
    let doc = lopdf::Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
            too_complex("a stream decompresses to more than the size limit".into())
        }
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => {
            ExtractError::Encrypted { file: file.into() }
        }
        // A file that stops before its end marker was cut off (an upload
        // or download that broke off): the sender's copy is whole.
        other if !ends_with_eof_marker(bytes) => ExtractError::Damaged {
            file: file.into(),
            reason: format!("it stops before its end marker `%%EOF`: {other}"),
        },
        other => corrupt(other.to_string()),
    })?;
    if doc.trailer.get(b"Encrypt").is_ok() && !doc.was_encrypted() {
        return Err(ExtractError::Encrypted { file: file.into() });
    }
    if doc.objects.len() > limits.max_objects {
        return Err(too_complex(format!("{} objects", doc.objects.len())));
    }
    let rebuilt = doc.xref_recovery == Some(lopdf::xref::XrefRecovery::Reconstructed);
    let tree = page_tree(&doc, limits.max_pages.saturating_add(1));
    let page_ids: std::collections::BTreeMap<u32, lopdf::ObjectId> =
        (1u32..).zip(tree.pages.iter().copied()).collect();
    if page_ids.is_empty() {
        if rebuilt {
            return Err(ExtractError::Damaged {
                file: file.into(),
                reason: "pages missing".into(),
            });
        }
        return Err(corrupt("no pages found".into()));
    }
    if page_ids.len() > limits.max_pages {
        return Err(too_complex(format!("{} pages", page_ids.len())));
    }
    let page_list: Vec<(u32, lopdf::ObjectId)> = page_ids.iter().map(|(&n, &id)| (n, id)).collect();
    let fields = form::field_values(&doc, &page_list);
    let mut form_fields = 0usize;
    let mut cache = interp::FontCache::default();
    let mut raw_pages = Vec::with_capacity(page_ids.len());
    let mut warnings = Vec::new();
    if tree.looped {
        warnings.push(
            "its page tree is damaged (it refers back to itself); each page was read once, \
             but check the text against the file, or ask the sender for the file again"
                .to_string(),
        );
    }
    // Pages whose content could not be read (missing or not parseable),
    // with the first reason.
    let mut damaged: Vec<u32> = Vec::new();
    let mut damage: Option<&'static str> = None;
    let mut unmapped = 0usize;
    let mut scanned_pages = Vec::new();
    // Image pages with a stamp's worth of text: a scan when every page is
    // one (or has none), else perhaps a typed closing page on a letterhead
    // that is an image.
    let mut stamped_pages = 0usize;
    let mut unmapped_fonts: Vec<String> = Vec::new();
    let mut notes = Vec::new();
    for (&number, &id) in &page_ids {
        let glyphs = match interp::interpret_page(&doc, id, &limits, &mut cache) {
            Ok(g) => g,
            Err(interp::Stop::Timeout) => {
                return Err(too_complex(format!(
                    "reading took longer than {} s",
                    limits.time_budget.as_secs()
                )))
            }
            Err(interp::Stop::TooLarge) => {
                return Err(too_complex(format!(
                    "a stream on page {number} decompresses to more than {} MiB",
                    limits.max_stream_bytes / (1024 * 1024)
                )))
            }
            Err(interp::Stop::TooManyOps) => {
                return Err(too_complex(format!(
                    "page {number} has more than {} drawing operations",
                    limits.max_ops_per_page
                )))
            }
        };
        if let Some(why) = glyphs.unreadable {
            damaged.push(number);
            damage.get_or_insert(why);
        }
        unmapped += glyphs.unmapped;
        for f in &glyphs.unmapped_fonts {
            if !unmapped_fonts.contains(f) && unmapped_fonts.len() < 8 {
                unmapped_fonts.push(f.clone());
            }
        }
        let mut lines = layout::build_lines(&glyphs);
        notes.extend(annots::page_notes(
            &doc,
            id,
            number,
            &lines,
            &glyphs.frame,
            glyphs.height,
        ));
        let on_page: Vec<form::FieldValue> = fields
            .iter()
            .filter(|f| f.page == number)
            .map(|f| form::FieldValue {
                rect: glyphs.rect_display_to_reading(f.rect),
                ..f.clone()
            })
            .collect();
        form_fields += form::place_fields(&mut lines, &on_page);
        match scan_kind(&lines, glyphs.image_cover) {
            Some(ScanKind::Blank) => scanned_pages.push(number),
            Some(ScanKind::Stamped) => stamped_pages += 1,
            None => {}
        }
        raw_pages.push((
            number,
            PageLines {
                lines,
                height: glyphs.height,
            },
        ));
    }
    let mapped: usize = raw_pages
        .iter()
        .flat_map(|(_, p)| &p.lines)
        .map(|l| l.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    // Every page a scan (perhaps with a registration stamp as text):
    // nothing of the letter can be read.
    let all_scanned = scanned_pages.len() + stamped_pages == raw_pages.len();
    // Page objects that a whole file (its end marker there, its table of
    // objects intact) holds but that cannot be parsed are malformed or
    // nested too deeply: the same file sent again does not help, a new
    // PDF printed from it does.
    let unparsable = !rebuilt && ends_with_eof_marker(bytes) && damage == Some("page missing");
    if mapped == 0 && !damaged.is_empty() && unparsable {
        return Err(too_complex(format!(
            "the objects of {} cannot be parsed: malformed or nested too deeply",
            pages_listed(&damaged, raw_pages.len())
        )));
    }
    if mapped == 0 && !damaged.is_empty() {
        // Pages whose content is missing are no scan: OCR finds nothing
        // there, the sender's copy is whole.
        return Err(ExtractError::Damaged {
            file: file.into(),
            reason: format!(
                "{}: {}",
                damage.unwrap_or("content missing"),
                pages_listed(&damaged, raw_pages.len())
            ),
        });
    }
    // A file that stops before its end marker was cut off: what is
    // missing is its end, not a text layer, so no scan (OCR would find
    // nothing); the sender's copy is whole.
    let cut_off = !ends_with_eof_marker(bytes);
    if mapped == 0 || all_scanned || (unmapped > 0 && mapped * 2 < unmapped) {
        if cut_off {
            return Err(ExtractError::Damaged {
                file: file.into(),
                reason: "it stops before its end marker `%%EOF` and no text could be read \
                         from the part that is there"
                    .into(),
            });
        }
        return Err(ExtractError::NoText { file: file.into() });
    }
    if cut_off && damaged.is_empty() {
        warnings.push(
            "the file is incomplete (it stops before its end marker `%%EOF`, as a file cut \
             off in transfer does); the text that could be read was kept, but some may be \
             missing: ask the sender for the file again"
                .to_string(),
        );
    }
    if !damaged.is_empty() {
        warnings.push(format!(
            "the file is damaged or incomplete ({}: {}); the other pages were read: ask the \
             sender for the file again",
            damage.unwrap_or("content missing"),
            pages_listed(&damaged, raw_pages.len())
        ));
    }
    if form_fields > 0 {
        warnings.push(format!(
            "it is a filled-in PDF form: the values of its {form_fields} filled-in form field(s) \
             were read as text (`Label: value`, where each field is); check them against the form"
        ));
    }
    if unmapped > 0 {
        warnings.push(format!(
            "{unmapped} characters could not be mapped to text (fonts: {}); some words may be missing",
            unmapped_fonts.join(", ")
        ));
    }
    // Files attached inside the PDF (a cover page with the zienswijze
    // attached in it) are not read, as an e-mail's attachments are not:
    // each is named.
    let page_objects: Vec<lopdf::ObjectId> = page_ids.values().copied().collect();
    for name in annots::attached_files(&doc, &page_objects) {
        warnings.push(format!(
            "the file `{}` attached inside the PDF is not read: if it holds (part of) the \
             response, open the PDF's attachments (the paperclip), save it into \
             inbox/responses/ as a file of its own and run again",
            name.escape_debug()
        ));
    }
    // A page with few lines (a last page with only a point's last line
    // and the signature) has its paragraphs set off by the document's line
    // spacing.
    let spacing = layout::document_spacing(raw_pages.iter().map(|(_, p)| p.lines.as_slice()));
    for (_, page) in &mut raw_pages {
        layout::mark_gaps_by_document(&mut page.lines, &spacing);
    }
    let numbers: Vec<u32> = raw_pages.iter().map(|(n, _)| *n).collect();
    let mut split = furniture::split_pages(raw_pages.into_iter().map(|(_, p)| p).collect());
    for page in &mut split {
        pdf_table::comment_tables_as_points(&mut page.body);
    }
    let pages = finish_pages(numbers, split);
    Ok(Document {
        file: file.into(),
        pages,
        warnings,
        scanned_pages,
        notes,
        ..Document::default()
    })
}

/// Whether `%%EOF` is in the last KiB of `bytes`, as it is at the end of
/// every complete PDF (some writers add a few bytes after it).
fn ends_with_eof_marker(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    tail.windows(5).any(|w| w == b"%%EOF")
}

/// `page 3`, `pages 2, 3 and 5`, or `all 4 pages` (of `total`).
fn pages_listed(pages: &[u32], total: usize) -> String {
    match pages {
        [one] => format!("page {one}"),
        all if all.len() == total => format!("all {total} pages"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
            format!("pages {} and {last}", rest.join(", "))
        }
        [] => "no page".into(),
    }
}

/// The pages of a document in order, each visited once.
struct PageTree {
    pages: Vec<lopdf::ObjectId>,
    /// A node was met twice: the tree refers back to itself (or shares a
    /// node), as damaged or badly merged files have.
    looped: bool,
}

/// Walks the page tree from the catalog's `/Pages`, visiting every node
/// once by object id (a loop would otherwise repeat pages), to at most
/// `max` pages and a bounded depth. A kid whose dictionary does not load
/// stays a page (a blank one: its content is reported missing), as
/// viewers keep its place.
fn page_tree(doc: &lopdf::Document, max: usize) -> PageTree {
    const MAX_DEPTH: usize = 256;
    let mut tree = PageTree {
        pages: Vec::new(),
        looped: false,
    };
    let Some(root) = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Pages").ok())
        .and_then(|o| o.as_reference().ok())
    else {
        return tree;
    };
    let mut seen = std::collections::HashSet::new();
    // Depth-first, in order: a stack of the kids still to visit per level.
    let mut stack: Vec<std::vec::IntoIter<lopdf::ObjectId>> = vec![vec![root].into_iter()];
    while let Some(level) = stack.last_mut() {
        let Some(id) = level.next() else {
            stack.pop();
            continue;
        };
        if tree.pages.len() >= max {
            break;
        }
        if !seen.insert(id) {
            tree.looped = true;
            continue;
        }
        let Ok(node) = doc.get_dictionary(id) else {
            if id != root {
                tree.pages.push(id);
            }
            continue;
        };
        let kids = node
            .get(b"Kids")
            .ok()
            .and_then(|k| fonts::deref(doc, Some(k)))
            .and_then(|k| k.as_array().ok());
        // A node without `/Type`: a `/Pages` node when it has kids.
        let kind = node.get_type().ok();
        match (kind, kids) {
            (Some(b"Pages") | None, Some(kids)) if stack.len() < MAX_DEPTH => {
                let ids: Vec<lopdf::ObjectId> =
                    kids.iter().filter_map(|k| k.as_reference().ok()).collect();
                stack.push(ids.into_iter());
            }
            // Deeper than any real tree: left out.
            (Some(b"Pages") | None, Some(_)) => {}
            (Some(b"Page") | None, _) => tree.pages.push(id),
            _ => {}
        }
    }
    tree
}

/// At most this many letters of text on a page covered by an image may
/// leave it a scan: the stamp a mail room or case system prints on a
/// scanned letter (`Ingekomen 12-03-2025 nr. 2025/00412`), a page number.
const SCANNED_PAGE_MAX_LETTERS: usize = 40;

/// How a page that is mostly an image looks like a scan.
enum ScanKind {
    /// No text at all: a scanned page, whose words are not read.
    Blank,
    /// No more than a stamp's worth of text.
    Stamped,
}

/// Whether a page is mostly an image with (next to) no text; `None` for a
/// page of text.
fn scan_kind(lines: &[layout::RawLine], image_cover: f32) -> Option<ScanKind> {
    if image_cover <= 0.5 {
        return None;
    }
    let letters: usize = lines
        .iter()
        .map(|l| l.text.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    match letters {
        0 => Some(ScanKind::Blank),
        n if n <= SCANNED_PAGE_MAX_LETTERS => Some(ScanKind::Stamped),
        _ => None,
    }
}

/// Dehyphenates across all pages and converts to the model types.
fn finish_pages(numbers: Vec<u32>, mut split: Vec<SplitPage>) -> Vec<Page> {
    let vocab = dehyphen::vocabulary(split.iter().flat_map(|p| &p.body).map(|l| l.text.as_str()));
    continue_paragraphs_across_pages(&mut split);
    {
        let mut refs: Vec<&mut RawLine> =
            split.iter_mut().flat_map(|p| p.body.iter_mut()).collect();
        dehyphen::dehyphenate(&mut refs, &vocab);
    }
    // Tables counted through the document (a page's are numbered by
    // their first line, see `layout::mark_table_rows`).
    let mut tables: Vec<(usize, u32)> = Vec::new();
    numbers
        .into_iter()
        .zip(split)
        .enumerate()
        .map(|(k, (number, p))| Page {
            number,
            printed_number: p.printed_number,
            lines: p
                .body
                .into_iter()
                .filter(|l| !l.text.trim().is_empty())
                .map(|l| Line {
                    table_cell: l.cell.map(|(t, row, col)| {
                        let id = match tables.iter().position(|&x| x == (k, t)) {
                            Some(id) => id,
                            None => {
                                tables.push((k, t));
                                tables.len() - 1
                            }
                        };
                        (u32::try_from(id).unwrap_or(u32::MAX), row, col)
                    }),
                    text: l.text,
                    x: l.x,
                    y: l.y,
                    font_size: l.size,
                    bold: l.bold,
                    paragraph_start: l.para,
                    heading_level: None,
                })
                .collect(),
            header: p.header,
            footer: p.footer,
            footnotes: p.footnotes,
        })
        .collect()
}

/// A page's first line continues the previous page's last paragraph when
/// that one did not end a sentence and the font matches.
fn continue_paragraphs_across_pages(pages: &mut [SplitPage]) {
    for i in 1..pages.len() {
        let Some(prev) = pages[..i].iter().rev().find_map(|p| p.body.last()).cloned() else {
            continue;
        };
        let Some(first) = pages[i].body.first_mut() else {
            continue;
        };
        let ends = prev.text.trim_end().ends_with(['.', ':', '!', '?', ';']);
        let same_font = (prev.size - first.size).abs() < 0.5 && prev.bold == first.bold;
        if !ends && same_font && !layout::starts_list_item(&first.text) {
            first.para = false;
        }
    }
}

#[cfg(test)]
mod tests;
