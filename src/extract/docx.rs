//! Word documents (`.docx`): the paragraphs of the main document part, in
//! order, with their list numbers.
//!
//! A `.docx` file is a ZIP archive of XML parts; the text is in
//! `word/document.xml`, one `<w:p>` element per paragraph. Word does not
//! store the numbers of numbered lists in the text: a paragraph only says
//! which list it belongs to and at which level (`<w:numPr>`), and
//! `word/numbering.xml` says how each level is numbered. The numbers are
//! counted here as Word shows them (`1.`, `a)`, `iii.`, `2.1`), because the
//! splitter reads a letter's points by them.
//!
//! What is read: the text of runs, tabs and line breaks, inserted text of
//! tracked changes, tables (each cell's paragraphs), text boxes, and the
//! header Word shows on the first page, placed above the text: a letter
//! written on an organisation's Word template has its letterhead there, and
//! the splitter reads the sender from it as from a printed letterhead. What
//! is left out: deleted text of tracked changes, field codes, the fallback
//! copy of drawings (`mc:Fallback`, the same text again), the headers of
//! later pages and footers (running headers and page numbers: furniture).
//! Footnotes and endnotes are read as a PDF's footnotes are ([`notes`]).
//! The first
//! page's header lines are counted ([`Document::header_lines`]): a draft's
//! reader leaves them out. The review comments (`word/comments.xml`) are
//! read apart from the text, as the document's notes
//! ([`crate::model::Note`]), each
//! with the text of its range (`w:commentRangeStart` to
//! `w:commentRangeEnd` in the main part), its author and date. The parts
//! are read with a size limit, so a ZIP bomb cannot exhaust memory.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::ExtractError;
use crate::model::{Document, Line, Note, NoteKind, Page};

mod notes;
mod pagenum;
use crate::text::roman_numeral;

/// Largest main document part read (uncompressed).
const MAX_DOCUMENT: u64 = 64 << 20;
/// Largest numbering part read (uncompressed).
const MAX_NUMBERING: u64 = 8 << 20;
/// Deepest list level Word has (0-based levels 0..=8).
const LEVELS: usize = 9;

/// Where a paragraph's text holds a hard page break (`<w:br
/// w:type="page"/>`), while it is read; never left in a line's text.
const HARD_PAGE: char = '\u{c}';
/// Where Word last rendered a page's start in a paragraph's text
/// (`<w:lastRenderedPageBreak/>`), while it is read.
const RENDERED_PAGE: char = '\u{b}';

/// What a damaged Word file gets (cut off in transfer, a part missing or
/// not valid XML): a supported format whose copy is broken.
fn damaged(file: &str, why: &str) -> ExtractError {
    ExtractError::DamagedWord {
        file: file.into(),
        reason: why.into(),
    }
}

/// Why a part of the archive could not be read.
#[derive(Debug)]
enum PartError {
    /// Larger unpacked than the limit.
    TooLarge(String),
    /// Not to be unpacked (damaged).
    Unreadable(String),
}

impl PartError {
    /// What the Word file `file` gets when its main part fails so.
    fn of_file(self, file: &str) -> ExtractError {
        match self {
            PartError::TooLarge(what) => ExtractError::TooComplex {
                file: file.into(),
                what,
            },
            PartError::Unreadable(why) => damaged(file, &why),
        }
    }
}

/// The text of the Word document `bytes` (a ZIP archive with
/// `word/document.xml`) as lines, each paragraph starting a new
/// paragraph, a line break inside one starting a new line, on the pages
/// the file knows of (see [`Pages`]).
pub fn extract_docx(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    extract_nested(file, bytes, 0)
}

/// How deep Word documents imported into one another (`w:altChunk`) are
/// read: a document that imports itself is not read forever.
const MAX_NESTING: usize = 3;

/// [`extract_docx`] of a document imported `depth` levels deep.
fn extract_nested(file: &str, bytes: &[u8], depth: usize) -> Result<Document, ExtractError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| damaged(file, &format!("not a valid ZIP archive ({e})")))?;
    let main = main_part(&mut zip).ok_or_else(|| {
        let other = if zip.index_for_name("xl/workbook.xml").is_some() {
            Some("Excel workbook")
        } else if zip.index_for_name("ppt/presentation.xml").is_some() {
            Some("PowerPoint presentation")
        } else if zip.index_for_name("content.xml").is_some() {
            Some("OpenDocument file")
        } else {
            None
        };
        match other {
            Some(what) => ExtractError::Unsupported {
                file: file.into(),
                format: format!("{what}, not a Word document"),
                advice: "open it in the program that made it and export it as PDF (or copy its \
                         text into a .txt file), then put that file in the inbox"
                    .into(),
            },
            None => damaged(
                file,
                "it has no `word/document.xml` (not a Word document, or damaged)",
            ),
        }
    })?;
    let xml = read_part(&mut zip, &main, MAX_DOCUMENT)
        .map_err(|e| e.of_file(file))?
        .ok_or_else(|| damaged(file, "its main part is missing"))?;
    // A document without lists has no numbering part; one whose numbering
    // part cannot be read is still read, without numbers.
    let numbering = read_part(&mut zip, "word/numbering.xml", MAX_NUMBERING)
        .ok()
        .flatten()
        .map(|x| Numbering::parse(&x))
        .unwrap_or_default();
    // Styles can number paragraphs too (Word's headings, `List Number`).
    let styles = read_part(&mut zip, "word/styles.xml", MAX_NUMBERING)
        .ok()
        .flatten()
        .map(|x| Styles::parse(&x))
        .unwrap_or_default();
    let (paragraphs, anchors, note_refs) = paragraphs_and_anchors(&xml)
        .map_err(|e| damaged(file, &format!("its text is not valid XML ({e})")))?;
    let (mut paragraphs, unread_chunks, chunk_warnings) =
        with_alt_chunks(&mut zip, &main, paragraphs, depth);
    // Footnotes and endnotes: their marks numbered in the text, their
    // texts put on the pages below.
    let note_texts = |zip: &mut zip::ZipArchive<Cursor<&[u8]>>, part, element| {
        if note_refs
            .iter()
            .any(|r| r.endnote == (element == "endnote"))
        {
            notes::note_texts(zip, &main, part, element)
        } else {
            HashMap::new()
        }
    };
    let footnotes = note_texts(&mut zip, "footnotes.xml", "footnote");
    let endnotes = note_texts(&mut zip, "endnotes.xml", "endnote");
    let placed_notes = notes::number_refs(&mut paragraphs, &note_refs, &footnotes, &endnotes);
    let mut notes = review_comments(&mut zip, &main, &anchors);
    notes.extend(tracked_changes(&paragraphs, &styles));
    let tracked_paragraphs = paragraphs.iter().filter(|p| p.changed).count();
    let paragraphs = comment_tables_as_points(paragraphs);
    let mut counter = Counter::new(&numbering);
    // The first page's header (a letterhead) above the text, as on paper;
    // a page number there is no part of the letter.
    let mut lines = Vec::new();
    for p in first_page_header(&mut zip, &main, &xml) {
        push_rows(&mut lines, &p.text, None, p.bold, None, None);
    }
    lines.retain(|l| !crate::text::is_page_number(&l.text));
    let header_lines = lines.len();
    let mut pages = Pages::new(&paragraphs, lines);
    for p in paragraphs {
        // A paragraph deleted as a tracked change, mark and all, is gone
        // once the change is accepted: it takes no number.
        if p.mark_deleted && p.text.trim().is_empty() {
            pages.skip(&p);
            continue;
        }
        // A table of contents repeats the headings: it is no text of the
        // document (and its entries no headings).
        if p.toc || styles.is_toc(p.style.as_deref()) {
            pages.skip(&p);
            continue;
        }
        let label = styles
            .list_of(&p, &numbering)
            .and_then(|(num, level)| counter.next(num, level));
        let bold = p.bold || styles.is_heading(p.style.as_deref());
        let heading_level = styles.heading_level(&p);
        pages.push(&p, label.as_deref(), bold, heading_level);
    }
    let (mut pages, page_sections) = pages.finish();
    let sections = pagenum::sections(&xml);
    let mut seen: HashMap<String, bool> = HashMap::new();
    let printed = pagenum::printed_numbers(&sections, &page_sections, |id| {
        *seen.entry(id.to_string()).or_insert_with(|| {
            related_part(&mut zip, &main, id)
                .and_then(|path| read_part(&mut zip, &path, MAX_NUMBERING).ok().flatten())
                .is_some_and(|part| pagenum::has_page_field(&part))
        })
    });
    for (page, number) in pages.iter_mut().zip(printed) {
        page.printed_number = number;
    }
    notes::place(&mut pages, placed_notes);
    let chunk_advice = "open it in Word and save it again (Word then keeps the text as its own \
                        paragraphs), or save it as PDF, and replace the file";
    if pages.iter().map(|p| p.lines.len()).sum::<usize>() == header_lines {
        // Its text is in an imported part that could not be read: not
        // empty, and the sender's file is fine.
        if let Some(what) = unread_chunks.first() {
            return Err(ExtractError::Unsupported {
                file: file.into(),
                format: format!(
                    "Word document whose text is an imported part ({what}, `w:altChunk`) that \
                     is not read"
                ),
                advice: chunk_advice.into(),
            });
        }
        return Err(ExtractError::Blank { file: file.into() });
    }
    let mut warnings: Vec<String> = chunk_warnings;
    if !unread_chunks.is_empty() {
        warnings.push(format!(
            "part of its text is imported from {} (`w:altChunk`), which is not read, so what \
             that says is missing: {chunk_advice}",
            unread_chunks.join(", ")
        ));
    }
    Ok(Document {
        file: file.into(),
        pages,
        warnings,
        scanned_pages: Vec::new(),
        notes,
        word: true,
        header_lines,
        tracked_paragraphs,
    })
}

/// The pages of a Word document as its file gives them. Word saves where
/// it last laid out each page's start (`w:lastRenderedPageBreak`): a
/// document holding such marks is paged by them alone (they include the
/// pages text flowed over, and the hard breaks' pages). Without them (a
/// file another program wrote) the hard breaks give the pages: a page
/// break (`<w:br w:type="page"/>`), a paragraph set to start a page
/// (`w:pageBreakBefore`) and the end of a section that is not continuous.
/// A document with neither is one page. Each page is in the Word section
/// (`w:sectPr`) its first paragraph is in, for its printed number
/// ([`pagenum`]).
struct Pages {
    rendered: bool,
    pages: Vec<Vec<Line>>,
    /// The section of each page, and of the paragraph being read.
    page_sections: Vec<usize>,
    section: usize,
}

impl Pages {
    /// Pages for `paragraphs`, the first holding `header` (the letterhead).
    fn new(paragraphs: &[Paragraph], header: Vec<Line>) -> Pages {
        Pages {
            rendered: paragraphs.iter().any(|p| p.text.contains(RENDERED_PAGE)),
            pages: vec![header],
            page_sections: vec![0],
            section: 0,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.page_sections.push(self.section);
    }

    /// Paragraph `p` is not read (a table of contents' entry): the section
    /// it ends still ends, on a new page where it breaks one.
    fn skip(&mut self, p: &Paragraph) {
        self.end_of(p);
    }

    /// After paragraph `p`: the next section, on a new page after a
    /// section break.
    fn end_of(&mut self, p: &Paragraph) {
        if p.section_end {
            self.section += 1;
            // A page nothing was written on yet is the next section's.
            if self.pages.last().is_some_and(Vec::is_empty) && self.pages.len() > 1 {
                if let Some(s) = self.page_sections.last_mut() {
                    *s = self.section;
                }
            }
        }
        if !self.rendered && p.section_break {
            self.new_page();
        }
    }

    /// Paragraph `p`'s lines, on the pages its breaks start.
    fn push(&mut self, p: &Paragraph, label: Option<&str>, bold: bool, level: Option<u8>) {
        let (counted, other) = if self.rendered {
            (RENDERED_PAGE, HARD_PAGE)
        } else {
            (HARD_PAGE, RENDERED_PAGE)
        };
        if !self.rendered && p.break_before && self.pages.iter().any(|l| !l.is_empty()) {
            self.new_page();
        }
        // A hard break not counted still ends its line.
        let other_as = if other == HARD_PAGE { "\n" } else { "" };
        let text = p.text.replace(other, other_as);
        let cell = p.cell.map(|(t, r, c)| {
            let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
            (n(t), n(r), n(c))
        });
        let mut label = label;
        let mut started = false;
        for (k, part) in text.split(counted).enumerate() {
            if k > 0 {
                self.new_page();
            }
            let Some(page) = self.pages.last_mut() else {
                continue;
            };
            let before = page.len();
            push_rows(page, part, label, bold, level, cell);
            if page.len() > before {
                // The paragraph's start and its number go with its first
                // line; a part after a break goes on with the paragraph.
                if started {
                    page[before].paragraph_start = false;
                }
                started = true;
                label = None;
            }
        }
        self.end_of(p);
    }

    /// The pages, numbered from 1, and the section of each; blank pages
    /// at the end (a break after the last text) are none.
    fn finish(mut self) -> (Vec<Page>, Vec<usize>) {
        while self.pages.len() > 1 && self.pages.last().is_some_and(Vec::is_empty) {
            self.pages.pop();
            self.page_sections.pop();
        }
        let pages = self
            .pages
            .into_iter()
            .enumerate()
            .map(|(i, lines)| Page::numbered(i, lines))
            .collect();
        (pages, self.page_sections)
    }
}

/// The paragraphs with each comment table (see
/// [`super::table::comment_table_points`]) read as its points, a
/// paragraph each; any other table is read cell by cell as before.
fn comment_tables_as_points(paragraphs: Vec<Paragraph>) -> Vec<Paragraph> {
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut iter = paragraphs.into_iter().peekable();
    while let Some(p) = iter.next() {
        let Some((table, ..)) = p.cell else {
            out.push(p);
            continue;
        };
        let mut group = vec![p];
        while let Some(next) = iter.next_if(|n| n.cell.is_some_and(|(t, ..)| t == table)) {
            group.push(next);
        }
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for q in &group {
            let Some((_, row, col)) = q.cell else {
                continue;
            };
            if rows.len() <= row {
                rows.resize_with(row + 1, Vec::new);
            }
            let cells = &mut rows[row];
            if cells.len() <= col {
                cells.resize_with(col + 1, String::new);
            }
            if q.merged_up {
                merged.push((row, col));
            }
            let text = q.text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                if !cells[col].is_empty() {
                    cells[col].push(' ');
                }
                cells[col].push_str(&text);
            }
        }
        // Blank rows go (a merged cell's row stays: it names its place).
        let mut kept = Vec::new();
        let mut merged_kept = Vec::new();
        for (i, r) in rows.into_iter().enumerate() {
            let is_merged = merged.iter().any(|&(row, _)| row == i);
            if r.iter().all(String::is_empty) && !is_merged {
                continue;
            }
            for &(_, col) in merged.iter().filter(|&&(row, _)| row == i) {
                merged_kept.push((kept.len(), col));
            }
            kept.push(r);
        }
        match super::table::comment_table_points(&kept, &merged_kept) {
            Some(points) => out.extend(points.into_iter().map(|text| Paragraph {
                text,
                ..Paragraph::default()
            })),
            None => out.extend(group),
        }
    }
    out
}

/// The lines of one paragraph's `text` (a row per line break, the first
/// a paragraph's start, led by its list `label`), none when it is blank;
/// `cell` is the table cell it is in ([`Line::table_cell`]).
fn push_rows(
    lines: &mut Vec<Line>,
    text: &str,
    label: Option<&str>,
    bold: bool,
    heading_level: Option<u8>,
    cell: Option<(u32, u32, u32)>,
) {
    let text = text.replace(['\u{0}', HARD_PAGE, RENDERED_PAGE], "");
    if text.trim().is_empty() {
        return;
    }
    for (i, row) in text.split('\n').enumerate() {
        let row = row.trim_end();
        let row = match (label, i) {
            (Some(label), 0) if !label.is_empty() => format!("{label} {}", row.trim_start()),
            _ => row.to_string(),
        };
        if row.trim().is_empty() {
            continue;
        }
        lines.push(Line {
            text: row,
            bold,
            paragraph_start: i == 0,
            heading_level,
            table_cell: cell,
            ..Line::default()
        });
    }
}

/// The path of the main document part: `word/document.xml`, or where the
/// package's relationships say it is.
fn main_part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Option<String> {
    const USUAL: &str = "word/document.xml";
    if zip.index_for_name(USUAL).is_some() {
        return Some(USUAL.to_string());
    }
    let rels = read_part(zip, "_rels/.rels", MAX_NUMBERING).ok()??;
    let mut reader = Reader::from_str(&rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if local(&e) == "Relationship" => {
                let kind = attr(&e, "Type").unwrap_or_default();
                if kind.ends_with("/officeDocument") {
                    let target = attr(&e, "Target")?;
                    let target = target.trim_start_matches('/').to_string();
                    // Only Word's main part (a workbook's is `xl/…`).
                    if !target.starts_with("word/") {
                        return None;
                    }
                    return zip.index_for_name(&target).map(|_| target);
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// The paragraphs of the header Word shows on the first page of the
/// document: the first section's `first` header when that section has a
/// title page of its own (`w:titlePg`), else its `default` header. Empty
/// when there is none, or when it cannot be read (a header is no reason to
/// refuse the document).
fn first_page_header(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    main: &str,
    document: &str,
) -> Vec<Paragraph> {
    let Some(id) = first_page_header_id(document) else {
        return Vec::new();
    };
    let Some(path) = related_part(zip, main, &id) else {
        return Vec::new();
    };
    read_part(zip, &path, MAX_NUMBERING)
        .ok()
        .flatten()
        .and_then(|xml| paragraphs(&xml).ok())
        .unwrap_or_default()
}

/// The path in the archive of the part that relationship `id` of the
/// part `main` points to (inside the package).
fn related_part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, main: &str, id: &str) -> Option<String> {
    let (dir, name) = main.rsplit_once('/').unwrap_or(("", main));
    let rels_name = if dir.is_empty() {
        format!("_rels/{name}.rels")
    } else {
        format!("{dir}/_rels/{name}.rels")
    };
    let target = read_part(zip, &rels_name, MAX_NUMBERING)
        .ok()
        .flatten()
        .and_then(|rels| relationship_target(&rels, id))?;
    Some(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None if dir.is_empty() => target,
        None => format!("{dir}/{target}"),
    })
}

/// `paragraphs` with each imported part (`w:altChunk`) replaced by its
/// paragraphs, as Word shows it: an HTML page (`<p>`, headings, list
/// items with their numbers), a web archive (`.mht`) or plain text. Also
/// what each part that could not be read is (`an RTF part`), for the
/// warning.
fn with_alt_chunks(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    main: &str,
    paragraphs: Vec<Paragraph>,
    depth: usize,
) -> (Vec<Paragraph>, Vec<String>, Vec<String>) {
    if paragraphs.iter().all(|p| p.alt_chunk.is_none()) {
        return (paragraphs, Vec::new(), Vec::new());
    }
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut unread: Vec<String> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    for p in paragraphs {
        let Some(id) = &p.alt_chunk else {
            out.push(p);
            continue;
        };
        let part = related_part(zip, main, id);
        let bytes = part
            .as_deref()
            .and_then(|path| read_part_bytes(zip, path, MAX_DOCUMENT).ok().flatten());
        let (Some(path), Some(bytes)) = (part, bytes) else {
            let what = "a part that is missing".to_string();
            if !unread.contains(&what) {
                unread.push(what);
            }
            continue;
        };
        match chunk_text(&path, &bytes, depth) {
            Ok((text, inner)) => {
                for w in inner {
                    let w = format!("in the Word document it imports: {w}");
                    if !warnings.contains(&w) {
                        warnings.push(w);
                    }
                }
                for para in text.split("\n\n") {
                    let para = para.trim_matches('\n');
                    if para.trim().is_empty() {
                        continue;
                    }
                    out.push(Paragraph {
                        text: para.to_string(),
                        original: para.to_string(),
                        cell: p.cell,
                        ..Paragraph::default()
                    });
                }
            }
            Err(what) => {
                let what = what.to_string();
                if !unread.contains(&what) {
                    unread.push(what);
                }
            }
        }
    }
    (out, unread, warnings)
}

/// A document's lines as text: a paragraph's lines one to a line, a blank
/// line between paragraphs; each page's footnotes after its text, going
/// on in its last paragraph with their marks (`¹ Cijfers van het CBS.`), so
/// that none reads as a numbered point of its own.
fn document_text(doc: &Document) -> String {
    let mut out = String::new();
    for page in &doc.pages {
        for line in &page.lines {
            if !out.is_empty() {
                out.push_str(if line.paragraph_start { "\n\n" } else { "\n" });
            }
            out.push_str(&line.text);
        }
        for note in &page.footnotes {
            let (label, text) = note.split_once(' ').unwrap_or(("", note));
            out.push('\n');
            out.push_str(&notes::superscript(label));
            out.push(' ');
            out.push_str(text);
        }
    }
    out
}

/// The text of an imported part `path` holding `bytes` (in a document
/// imported `depth` levels deep), lines and paragraphs as in a text file;
/// else what the part is, as it is not read. With the text, what reading
/// an imported Word document warned about.
fn chunk_text(
    path: &str,
    bytes: &[u8],
    depth: usize,
) -> Result<(String, Vec<String>), &'static str> {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let head: String = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    if bytes.starts_with(b"{\\rtf") || ext == "rtf" {
        return Err("an RTF part");
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // A Word document imported whole: its text, paragraph by paragraph
        // (its notes with it, as in a document of its own).
        if depth + 1 >= MAX_NESTING {
            return Err("a Word document imported too deep");
        }
        let doc = extract_nested(path, bytes, depth + 1)
            .map_err(|_| "an embedded Word document that cannot be read")?;
        return Ok((document_text(&doc), doc.warnings));
    }
    let mht = matches!(ext.as_str(), "mht" | "mhtml")
        || head.starts_with("mime-version:")
        || (head.starts_with("content-type:") && head.contains("multipart/"));
    if mht {
        return super::text::mht_text(bytes)
            .map(|t| (t, Vec::new()))
            .ok_or("a web archive without readable text");
    }
    let html = matches!(ext.as_str(), "htm" | "html" | "xhtml")
        || head.starts_with('<')
            && (head.contains("<html") || head.contains("<body") || head.contains("<p"));
    let text = super::text::decode_text(bytes);
    if html {
        return Ok((super::html::html_to_text(&text), Vec::new()));
    }
    if ext == "txt" || !head.starts_with('<') {
        return Ok((text.replace("\r\n", "\n").replace('\r', "\n"), Vec::new()));
    }
    Err("a part of an unknown format")
}

/// The relationship id of the header the first page shows, read from the
/// first section's properties (`w:sectPr`, the first in document order).
fn first_page_header_id(document: &str) -> Option<String> {
    let mut reader = Reader::from_str(document);
    let mut in_section = false;
    let mut title_page = false;
    let mut first = None;
    let mut default = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(ref e)) if local(e) == "sectPr" => in_section = true,
            Ok(Event::Empty(ref e)) if local(e) == "sectPr" => return None,
            Ok(Event::Start(ref e) | Event::Empty(ref e)) if in_section => match local(e) {
                "headerReference" => match attr(e, "type").as_deref() {
                    Some("first") => first = attr(e, "id"),
                    Some("default") | None => default = attr(e, "id"),
                    _ => {}
                },
                "titlePg" => title_page = toggle_on(e),
                _ => {}
            },
            Ok(Event::End(ref e)) if in_section && e.local_name().as_ref() == "sectPr" => break,
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    if title_page {
        first
    } else {
        default
    }
}

/// The target of relationship `id` in a relationships part, unless it
/// points outside the package.
fn relationship_target(rels: &str, id: &str) -> Option<String> {
    let mut reader = Reader::from_str(rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(ref e) | Event::Empty(ref e))
                if local(e) == "Relationship" && attr(e, "Id").as_deref() == Some(id) =>
            {
                if attr(e, "TargetMode").as_deref() == Some("External") {
                    return None;
                }
                return attr(e, "Target");
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// The part `name` as text, or `None` when the archive has no such part;
/// an error when it is larger than `limit` or cannot be read.
fn read_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limit: u64,
) -> Result<Option<String>, PartError> {
    Ok(read_part_bytes(zip, name, limit)?.map(|b| String::from_utf8_lossy(&b).into_owned()))
}

/// [`read_part`] as bytes.
fn read_part_bytes(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limit: u64,
) -> Result<Option<Vec<u8>>, PartError> {
    let entry = match zip.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(PartError::Unreadable(format!(
                "`{name}` cannot be unpacked ({e})"
            )))
        }
    };
    let too_large = || {
        PartError::TooLarge(format!(
            "`{name}` is larger than {} MiB unpacked",
            limit >> 20
        ))
    };
    if entry.size() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    // The size in the archive can lie: never unpack more than the limit.
    entry
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| PartError::Unreadable(format!("`{name}` cannot be unpacked ({e})")))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(Some(bytes))
}

/// The path of the part `name` in the main document part's folder
/// (`word/comments.xml` for `word/document.xml`).
fn beside_main(main: &str, name: &str) -> String {
    match main.rsplit_once('/') {
        Some((dir, _)) if !dir.is_empty() => format!("{dir}/{name}"),
        _ => name.to_string(),
    }
}

/// The local name of an element (`p` of `w:p`).
fn local<'a>(e: &'a BytesStart<'_>) -> &'a str {
    let name = e.name().0;
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// The value of the attribute with local name `name` (`w:val` → `val`).
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.0;
        let key = key.rsplit_once(':').map_or(key, |(_, l)| l);
        (key == name).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })?
    })
}

/// Whether a toggle property (`<w:b/>`, `<w:b w:val="0"/>`) is on.
fn toggle_on(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, "val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

/// The list level an `ilvl` element names (0 when unreadable).
fn level_of(e: &BytesStart<'_>) -> usize {
    attr(e, "val")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
        .min(LEVELS - 1)
}

/// Whether a style id or name is a heading's or a title's: one that
/// [`heading_level_of_name`] gives a level (`Heading1`, `heading 2`, Dutch
/// Word's `Kop1`, `Title`, `Titel`), or another `Heading...` or `Kop...`
/// style (`Kopje`), but not Dutch Word's page header `Koptekst`.
fn is_heading_name(style: &str) -> bool {
    let s = style.to_lowercase();
    heading_level_of_name(style).is_some()
        || (s.starts_with("heading") || s.starts_with("kop")) && !s.starts_with("koptekst")
}

/// The heading level a style's id or name says: `Heading2`, `heading 2`,
/// Dutch Word's `Kop2` → 2; `Title`, `Titel` → 0. Not `Koptekst` (the
/// page header) nor `TOC Heading`.
fn heading_level_of_name(style: &str) -> Option<u8> {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    if s == "title" || s == "titel" {
        return Some(0);
    }
    let digits = s
        .strip_prefix("heading")
        .or_else(|| s.strip_prefix("kop"))?;
    digits.parse().ok().filter(|n| (1..=9).contains(n))
}

/// Whether a style id or name is a table of contents entry's: `TOC1`,
/// `toc 2`, Dutch Word's `Inhopg1` (not `TOC Heading`, the contents'
/// title).
fn is_toc_style_name(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    s.strip_prefix("toc")
        .or_else(|| s.strip_prefix("inhopg"))
        .is_some_and(|d| !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a field code is a table of contents' (`TOC \o "1-3" \h`).
fn is_toc_field(code: &str) -> bool {
    let code = code.trim_start();
    code.len() >= 3
        && code.as_bytes()[..3].eq_ignore_ascii_case(b"TOC")
        && code[3..].chars().next().is_none_or(char::is_whitespace)
}

/// Fields open at once that are followed (a damaged file could open
/// fields without end).
const MAX_FIELDS: usize = 64;

/// The heading level a `w:outlineLvl` value gives: `0` is level 1, `8`
/// level 9; `9` is body text.
fn outline_level(raw: u8) -> Option<u8> {
    (raw < 9).then_some(raw + 1)
}

/// One paragraph style of `styles.xml`.
#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    num: Option<String>,
    level: Option<usize>,
    /// Its `w:outlineLvl` as written (`0` for a first-level heading).
    outline: Option<u8>,
}

/// The paragraph styles of `styles.xml`, by id: Word numbers headings and
/// `List Number` paragraphs through their style, not the paragraph.
#[derive(Debug, Default)]
struct Styles {
    styles: HashMap<String, Style>,
}

impl Styles {
    /// Reads `styles.xml`; what cannot be read is left out.
    fn parse(xml: &str) -> Styles {
        let mut reader = Reader::from_str(xml);
        let mut styles = HashMap::new();
        let mut current: Option<(String, Style)> = None;
        while let Ok(event) = reader.read_event() {
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => match local(e) {
                    "style" => current = attr(e, "styleId").map(|id| (id, Style::default())),
                    "name" => {
                        if let Some((_, s)) = &mut current {
                            s.name = attr(e, "val").unwrap_or_default();
                        }
                    }
                    "basedOn" => {
                        if let Some((_, s)) = &mut current {
                            s.based_on = attr(e, "val");
                        }
                    }
                    "numId" => {
                        if let Some((_, s)) = &mut current {
                            s.num = attr(e, "val");
                        }
                    }
                    "ilvl" => {
                        if let Some((_, s)) = &mut current {
                            s.level = Some(level_of(e));
                        }
                    }
                    "outlineLvl" => {
                        if let Some((_, s)) = &mut current {
                            s.outline = attr(e, "val").and_then(|v| v.parse().ok());
                        }
                    }
                    _ => {}
                },
                Event::End(ref e) if e.local_name().as_ref() == "style" => {
                    if let Some((id, s)) = current.take() {
                        styles.insert(id, s);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Styles { styles }
    }

    /// The style `id` and those it is based on, nearest first (at most 16:
    /// a loop of `basedOn` ends there).
    fn chain<'s>(&'s self, id: Option<&'s str>) -> impl Iterator<Item = (&'s str, &'s Style)> {
        let mut next = id;
        std::iter::from_fn(move || {
            let id = next?;
            let (id, style) = self.styles.get_key_value(id)?;
            next = style.based_on.as_deref();
            Some((id.as_str(), style))
        })
        .take(16)
    }

    /// Whether the style `id` (or one it is based on) is an entry's of a
    /// table of contents (`TOC 1`, `toc 2`; Dutch Word's id `Inhopg1`).
    fn is_toc(&self, id: Option<&str>) -> bool {
        self.chain(id)
            .any(|(id, s)| is_toc_style_name(id) || is_toc_style_name(&s.name))
    }

    /// Whether the style `id` (or one it is based on) is a heading's.
    fn is_heading(&self, id: Option<&str>) -> bool {
        self.chain(id)
            .any(|(id, s)| is_heading_name(id) || is_heading_name(&s.name))
    }

    /// The heading level of paragraph `p` (see [`Line::heading_level`]):
    /// its own outline level, else that of its style (or the nearest one
    /// it is based on), as the style says it or as its name does (`Heading
    /// 2`, `Kop 2`, `Title`; also for a style `styles.xml` does not hold).
    fn heading_level(&self, p: &Paragraph) -> Option<u8> {
        if let Some(raw) = p.outline {
            return outline_level(raw);
        }
        let style = p.style.as_deref();
        self.chain(style)
            .find_map(|(id, s)| match s.outline {
                Some(raw) => Some(outline_level(raw)),
                None => heading_level_of_name(id)
                    .or_else(|| heading_level_of_name(&s.name))
                    .map(Some),
            })
            .unwrap_or_else(|| style.and_then(heading_level_of_name))
    }

    /// The list and level of paragraph `p`: its own (level 0 unless it
    /// names one), else its style's, the level then being the nearest
    /// style's own, else the one the numbering links to the nearest style
    /// (`Heading2` → level 1), else the first. `None` when it is no list
    /// item, or its list is taken off (`numId` 0).
    fn list_of(&self, p: &Paragraph, numbering: &Numbering) -> Option<(String, usize)> {
        let style = p.style.as_deref();
        let (num, level) = match &p.num {
            Some(num) => (num.clone(), p.level.unwrap_or(0)),
            None => {
                let num = self.chain(style).find_map(|(_, s)| s.num.clone())?;
                let level = p
                    .level
                    .or_else(|| self.chain(style).find_map(|(_, s)| s.level))
                    .or_else(|| {
                        self.chain(style)
                            .find_map(|(id, _)| numbering.style_levels.get(id).copied())
                    })
                    .unwrap_or(0);
                (num, level)
            }
        };
        (num != "0").then_some((num, level))
    }
}

/// One paragraph of the document.
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    /// Its own list (`numId`, `0` for none), when it names one.
    num: Option<String>,
    /// Its own list level (`ilvl`), when it names one.
    level: Option<usize>,
    /// Its paragraph style (`pStyle`).
    style: Option<String>,
    /// Its own `w:outlineLvl`, when it names one.
    outline: Option<u8>,
    /// Its visible text is all bold, or its style id says heading.
    bold: bool,
    /// Its paragraph mark is deleted as a tracked change.
    mark_deleted: bool,
    /// Its text before its tracked changes (`w:del` text kept, `w:ins` text
    /// left out); `text` is the text with them accepted.
    original: String,
    /// It holds a tracked change with text (deleted or inserted).
    changed: bool,
    /// The stretches of `original` moved away (`w:moveFrom`) and of
    /// `text` moved here (`w:moveTo`) as tracked changes.
    moved_from: Vec<Moved>,
    moved_to: Vec<Moved>,
    /// Who made its first tracked change, and when (`w:author`, `w:date`).
    change_author: Option<String>,
    change_date: Option<chrono::NaiveDate>,
    /// The table cell it is in (table, row, column; the innermost table).
    cell: Option<(usize, usize, usize)>,
    /// No paragraph but the mark of a table cell merged with the cell above
    /// (`w:vMerge` continuing a vertical merge), at `cell`.
    merged_up: bool,
    /// It starts a new page (`w:pageBreakBefore`).
    break_before: bool,
    /// An entry of a table of contents: inside a `TOC` field or a content
    /// control holding one (`w:docPartGallery` `Table of Contents`).
    toc: bool,
    /// It ends a section whose next one starts on a new page (a `w:sectPr`
    /// in its properties, not `continuous`).
    section_break: bool,
    /// It ends a section (a `w:sectPr` in its properties, `continuous` or
    /// not): the next paragraph is in the next section.
    section_end: bool,
    /// No paragraph but where the document imports a part of another
    /// format (`<w:altChunk r:id="..."/>`: HTML, text, a web archive),
    /// by its relationship id; replaced by that part's paragraphs.
    alt_chunk: Option<String>,
}

/// A table being read: its number in the document, and the row and column
/// being read (a column of the grid: a cell spanning two, `w:gridSpan`,
/// moves the next one two on).
struct Table {
    id: usize,
    row: Option<usize>,
    col: Option<usize>,
    /// The grid columns the cell being read spans.
    span: usize,
}

/// A paragraph being read.
#[derive(Default)]
struct Open {
    p: Paragraph,
    /// Its number among the paragraphs opened, in order.
    serial: usize,
    /// Runs with text, and how many of them were bold.
    runs: usize,
    bold_runs: usize,
    heading: bool,
}

/// The paragraphs of `document.xml` in reading order (a paragraph inside a
/// text box or table cell of another comes before the rest of it).
fn paragraphs(xml: &str) -> Result<Vec<Paragraph>, quick_xml::Error> {
    paragraphs_and_anchors(xml).map(|(p, ..)| p)
}

/// [`paragraphs`] and the text each review comment is attached to (between
/// its `w:commentRangeStart` and `w:commentRangeEnd`), by comment id, and
/// the references to footnotes and endnotes, whose places in the text hold
/// [`notes::placeholder`]s.
#[allow(clippy::type_complexity)]
fn paragraphs_and_anchors(
    xml: &str,
) -> Result<(Vec<Paragraph>, HashMap<String, String>, Vec<notes::NoteRef>), quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut note_refs: Vec<notes::NoteRef> = Vec::new();
    let mut out = Vec::new();
    let mut anchors = Anchors::default();
    let mut open: Vec<Open> = Vec::new();
    // Elements whose content is skipped (deleted text, field codes, the
    // fallback copy of a drawing), counted as they nest.
    let mut skip = 0usize;
    let mut in_text = false;
    let mut in_ppr = 0usize;
    let mut in_rpr = false;
    let mut run_bold = false;
    // A run formatted hidden (`<w:vanish/>`): Word neither shows nor
    // prints it (a template's instructions, a note to self), so it is no
    // part of the letter its reader sees.
    let mut run_hidden = false;
    // Content controls (`w:sdt`) open here, each `true` while it shows
    // its placeholder (`<w:showingPlcHdr/>`: `Klik of tik om tekst in te
    // voeren.`): a field left empty, no text of the writer's.
    let mut controls: Vec<bool> = Vec::new();
    // Content controls open here, each `true` when it holds a table of
    // contents; fields open here (`w:fldChar` begin to end), each `true`
    // for a `TOC` field; the field code being read.
    let mut toc_controls: Vec<bool> = Vec::new();
    let mut fields: Vec<bool> = Vec::new();
    let mut instr: Option<String> = None;
    let mut run_has_text = false;
    // Inside a paragraph's section properties (a section break).
    let mut in_sect = false;
    let mut tables: Vec<Table> = Vec::new();
    let mut table_count = 0usize;
    // Inside tracked changes: deleted (`w:del`, `w:moveFrom`) and inserted
    // (`w:ins`, `w:moveTo`) runs, counted as they nest.
    let mut track = Track::default();
    // Paragraphs by the order they were opened in (`Open::serial`): where
    // each went in `out`.
    let mut serials = 0usize;
    let mut index_of_serial: HashMap<usize, usize> = HashMap::new();
    loop {
        let event = reader.read_event()?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = local(e);
                if skip > 0 {
                    if !empty {
                        skip += 1;
                    }
                    continue;
                }
                match name {
                    // The paragraph mark's own deletion (`<w:pPr><w:rPr>
                    // <w:del/>`): the paragraph goes when accepted.
                    "del" | "moveFrom" if in_ppr > 0 => {
                        if let Some(o) = open.last_mut() {
                            o.p.mark_deleted = true;
                        }
                        if !empty {
                            skip = 1;
                        }
                    }
                    // Tracked changes: deleted text is read as the text
                    // before the change, inserted text as the text after.
                    "del" | "moveFrom" | "ins" | "moveTo" if !empty => {
                        match name {
                            "del" => track.del += 1,
                            "ins" => track.ins += 1,
                            "moveFrom" => {
                                track.del += 1;
                                track.move_from += 1;
                            }
                            _ => {
                                track.ins += 1;
                                track.move_to += 1;
                            }
                        }
                        if let Some(o) = open.last_mut() {
                            if o.p.change_author.is_none() {
                                o.p.change_author = attr(e, "author")
                                    .map(|a| a.trim().to_string())
                                    .filter(|a| !a.is_empty());
                                o.p.change_date = attr(e, "date").and_then(|d| note_date(&d));
                            }
                        }
                    }
                    "delText" if !empty && in_ppr == 0 => in_text = true,
                    // Field codes, a drawing's fallback copy, and the
                    // properties before a tracked change (an old list
                    // number or bold).
                    // A field's code is read only to know a table of
                    // contents' field (`TOC \o "1-3"`).
                    "instrText" if !empty => {
                        instr = Some(String::new());
                        skip = 1;
                    }
                    "Fallback" | "pPrChange" | "rPrChange" | "numberingChange" if !empty => {
                        skip = 1;
                    }
                    "fldChar" => match attr(e, "fldCharType").as_deref() {
                        Some("begin") if fields.len() < MAX_FIELDS => fields.push(false),
                        Some("end") => {
                            fields.pop();
                        }
                        _ => {}
                    },
                    "fldSimple" if attr(e, "instr").is_some_and(|i| is_toc_field(&i)) => {
                        if let Some(o) = open.last_mut() {
                            o.p.toc = true;
                        }
                    }
                    "docPartGallery" => {
                        let toc = attr(e, "val")
                            .is_some_and(|v| v.eq_ignore_ascii_case("Table of Contents"));
                        if let (true, Some(c)) = (toc, toc_controls.last_mut()) {
                            *c = true;
                        }
                    }
                    "p" if !empty => {
                        let cell = tables.last().and_then(|t| Some((t.id, t.row?, t.col?)));
                        serials += 1;
                        open.push(Open {
                            p: Paragraph {
                                cell,
                                toc: fields.iter().any(|f| *f) || toc_controls.iter().any(|c| *c),
                                ..Paragraph::default()
                            },
                            serial: serials,
                            ..Open::default()
                        });
                        anchors.paragraph = Some(serials);
                    }
                    "tbl" if !empty => {
                        tables.push(Table {
                            id: table_count,
                            row: None,
                            col: None,
                            span: 1,
                        });
                        table_count += 1;
                    }
                    "tr" => {
                        if let Some(t) = tables.last_mut() {
                            t.row = Some(t.row.map_or(0, |r| r + 1));
                            t.col = None;
                            t.span = 1;
                        }
                    }
                    "tc" => {
                        if let Some(t) = tables.last_mut() {
                            t.col = Some(t.col.map_or(0, |c| c + t.span.max(1)));
                            t.span = 1;
                        }
                    }
                    "gridSpan" => {
                        if let Some(t) = tables.last_mut() {
                            let span = attr(e, "val").and_then(|v| v.parse::<usize>().ok());
                            t.span = span.unwrap_or(1).clamp(1, 64);
                        }
                    }
                    // A cell continuing a vertical merge (`<w:vMerge/>`,
                    // `w:val="continue"`; `restart` begins one).
                    "vMerge" if attr(e, "val").is_none_or(|v| v == "continue") => {
                        if let Some(cell) = tables.last().and_then(|t| Some((t.id, t.row?, t.col?)))
                        {
                            out.push(Paragraph {
                                cell: Some(cell),
                                merged_up: true,
                                ..Paragraph::default()
                            });
                        }
                    }
                    "pPr" if !empty => in_ppr += 1,
                    "pageBreakBefore" if in_ppr > 0 && toggle_on(e) => {
                        if let Some(o) = open.last_mut() {
                            o.p.break_before = true;
                        }
                    }
                    "sectPr" if in_ppr > 0 => {
                        in_sect = !empty;
                        if let Some(o) = open.last_mut() {
                            o.p.section_break = true;
                            o.p.section_end = true;
                        }
                    }
                    // `continuous` and `nextColumn` sections start on the
                    // same page.
                    "type" if in_sect => {
                        if let Some(o) = open.last_mut() {
                            o.p.section_break = !matches!(
                                attr(e, "val").as_deref(),
                                Some("continuous" | "nextColumn")
                            );
                        }
                    }
                    "rPr" if !empty && in_ppr == 0 => {
                        in_rpr = true;
                        run_bold = false;
                    }
                    "r" if !empty => {
                        run_bold = false;
                        run_hidden = controls.iter().any(|c| *c);
                        run_has_text = false;
                    }
                    "sdt" if !empty => {
                        controls.push(false);
                        toc_controls.push(false);
                    }
                    "showingPlcHdr" if toggle_on(e) => {
                        if let Some(c) = controls.last_mut() {
                            *c = true;
                        }
                    }
                    "b" if in_rpr && in_ppr == 0 => run_bold = toggle_on(e),
                    "vanish" if in_rpr && in_ppr == 0 => {
                        run_hidden = toggle_on(e) || controls.iter().any(|c| *c);
                    }
                    "numId" if in_ppr > 0 => {
                        if let Some(o) = open.last_mut() {
                            o.p.num = attr(e, "val");
                        }
                    }
                    "ilvl" if in_ppr > 0 => {
                        if let Some(o) = open.last_mut() {
                            o.p.level = Some(level_of(e));
                        }
                    }
                    "outlineLvl" if in_ppr > 0 => {
                        if let Some(o) = open.last_mut() {
                            o.p.outline = attr(e, "val").and_then(|v| v.parse().ok());
                        }
                    }
                    "pStyle" if in_ppr > 0 => {
                        if let Some(o) = open.last_mut() {
                            let style = attr(e, "val").unwrap_or_default();
                            o.heading = is_heading_name(&style);
                            o.p.style = Some(style);
                        }
                    }
                    // A move's two ends share a name (`w:name`) on the
                    // ranges around them.
                    "moveFromRangeStart" | "moveToRangeStart" => {
                        let ranges = if name == "moveFromRangeStart" {
                            &mut track.from_ranges
                        } else {
                            &mut track.to_ranges
                        };
                        if let (Some(id), Some(move_name)) = (attr(e, "id"), attr(e, "name")) {
                            if ranges.len() < Track::MAX_RANGES {
                                ranges.push((id, move_name));
                            }
                        }
                    }
                    "moveFromRangeEnd" | "moveToRangeEnd" => {
                        let ranges = if name == "moveFromRangeEnd" {
                            &mut track.from_ranges
                        } else {
                            &mut track.to_ranges
                        };
                        if let Some(id) = attr(e, "id") {
                            ranges.retain(|(open, _)| *open != id);
                        }
                    }
                    "altChunk" => {
                        if !empty {
                            skip = 1;
                        }
                        out.push(Paragraph {
                            alt_chunk: Some(attr(e, "id").unwrap_or_default()),
                            ..Paragraph::default()
                        });
                    }
                    // A footnote's or endnote's mark; one deleted as a
                    // tracked change is gone.
                    "footnoteReference" | "endnoteReference"
                        if in_ppr == 0 && !run_hidden && track.del == 0 =>
                    {
                        let custom = attr(e, "customMarkFollows")
                            .is_some_and(|v| matches!(v.as_str(), "1" | "true" | "on"));
                        push(&mut open, &notes::placeholder(note_refs.len()), &track);
                        note_refs.push(notes::NoteRef {
                            endnote: name == "endnoteReference",
                            id: attr(e, "id").unwrap_or_default(),
                            custom,
                        });
                    }
                    "commentRangeStart" => anchors.start(attr(e, "id")),
                    "commentRangeEnd" => anchors.end(attr(e, "id")),
                    "t" if in_ppr == 0 && !empty => in_text = true,
                    "tab" if in_ppr == 0 && !run_hidden => {
                        push(&mut open, "\t", &track);
                        if track.del == 0 {
                            anchors.push(" ");
                        }
                    }
                    "br" if in_ppr == 0
                        && !run_hidden
                        && attr(e, "type").as_deref() == Some("page") =>
                    {
                        push(&mut open, HARD_PAGE.encode_utf8(&mut [0; 4]), &track);
                        anchors.push(" ");
                    }
                    "br" | "cr" if in_ppr == 0 && !run_hidden => {
                        push(&mut open, "\n", &track);
                        if track.del == 0 {
                            anchors.push(" ");
                        }
                    }
                    "lastRenderedPageBreak" if in_ppr == 0 => {
                        push(&mut open, RENDERED_PAGE.encode_utf8(&mut [0; 4]), &track);
                    }
                    "noBreakHyphen" if in_ppr == 0 && !run_hidden => {
                        push(&mut open, "-", &track);
                        if track.del == 0 {
                            anchors.push("-");
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if skip > 0 {
                    skip -= 1;
                    if skip == 0 && name == "instrText" {
                        let code = instr.take().unwrap_or_default();
                        if is_toc_field(&code) {
                            if let Some(f) = fields.last_mut() {
                                *f = true;
                            }
                            if let Some(o) = open.last_mut() {
                                o.p.toc = true;
                            }
                        }
                    }
                    continue;
                }
                match name {
                    "t" | "delText" => in_text = false,
                    "del" if in_ppr == 0 => track.del = track.del.saturating_sub(1),
                    "ins" if in_ppr == 0 => track.ins = track.ins.saturating_sub(1),
                    "moveFrom" if in_ppr == 0 => {
                        track.del = track.del.saturating_sub(1);
                        track.move_from = track.move_from.saturating_sub(1);
                    }
                    "moveTo" if in_ppr == 0 => {
                        track.ins = track.ins.saturating_sub(1);
                        track.move_to = track.move_to.saturating_sub(1);
                    }
                    "tbl" => {
                        tables.pop();
                    }
                    "sdt" => {
                        controls.pop();
                        toc_controls.pop();
                        run_hidden = controls.iter().any(|c| *c);
                    }
                    "pPr" => in_ppr = in_ppr.saturating_sub(1),
                    "sectPr" => in_sect = false,
                    "rPr" => in_rpr = false,
                    "r" if run_has_text => {
                        if let Some(o) = open.last_mut() {
                            o.runs += 1;
                            o.bold_runs += usize::from(run_bold);
                        }
                    }
                    "p" => {
                        anchors.push(" ");
                        if let Some(o) = open.pop() {
                            anchors.paragraph = open.last().map(|o| o.serial);
                            index_of_serial.insert(o.serial, out.len());
                            let mut p = o.p;
                            p.toc |= fields.iter().any(|f| *f) || toc_controls.iter().any(|c| *c);
                            p.bold = o.heading || (o.runs > 0 && o.bold_runs == o.runs);
                            out.push(p);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) if instr.is_some() && skip == 1 => {
                if let Some(code) = instr.as_mut().filter(|c| c.len() < 256) {
                    code.push_str(&t.xml10_content());
                }
            }
            Event::Text(ref t) if in_text && skip == 0 && !run_hidden => {
                let text = t.xml10_content();
                if !text.is_empty() {
                    // A deleted run's text is not the text read (nor bold).
                    run_has_text |= track.del == 0 && !text.trim().is_empty();
                    if (track.del > 0 || track.ins > 0) && !text.trim().is_empty() {
                        anchors.changed_here();
                    }
                    push(&mut open, &text, &track);
                    if track.del == 0 {
                        anchors.push(&text);
                    }
                }
            }
            Event::CData(ref t) if in_text && skip == 0 && !run_hidden => {
                push(&mut open, &t.xml10_content(), &track);
                if track.del == 0 {
                    anchors.push(&t.xml10_content());
                }
            }
            Event::GeneralRef(ref r) if in_text && skip == 0 && !run_hidden => {
                let ch = referenced_char(r);
                if let Some(ch) = ch {
                    push(&mut open, ch.encode_utf8(&mut [0; 4]), &track);
                    if track.del == 0 {
                        anchors.push(ch.encode_utf8(&mut [0; 4]));
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // Paragraphs a damaged file left open still hold text.
    while let Some(o) = open.pop() {
        out.push(o.p);
    }
    let anchors = anchors.before_changes(&out, &index_of_serial);
    Ok((out, anchors, note_refs))
}

/// The text of the review comments' ranges being read.
#[derive(Default)]
struct Anchors {
    /// The ids of the ranges open at this point.
    open: Vec<String>,
    /// The text read inside each range, by comment id.
    text: HashMap<String, String>,
    /// The paragraph being read (`Open::serial`), and the paragraphs each
    /// range holds text of.
    paragraph: Option<usize>,
    paragraphs: HashMap<String, Vec<usize>>,
    /// The ranges holding a tracked change's text (deleted or inserted).
    changed: HashSet<String>,
}

impl Anchors {
    /// At most this many ranges are read (a damaged file could open
    /// ranges without end).
    const MAX: usize = 10_000;
    /// The most text kept of one range (a comment on a whole chapter).
    const MAX_TEXT: usize = 4_000;
    /// The most paragraphs noted of one range.
    const MAX_PARAGRAPHS: usize = 200;

    fn start(&mut self, id: Option<String>) {
        if let Some(id) = id {
            if self.text.len() < Self::MAX && !self.open.contains(&id) {
                self.text.entry(id.clone()).or_default();
                self.open.push(id);
                self.in_paragraph();
            }
        }
    }

    /// Notes the paragraph being read as one each open range holds.
    fn in_paragraph(&mut self) {
        let Some(p) = self.paragraph else {
            return;
        };
        for id in &self.open {
            let ps = self.paragraphs.entry(id.clone()).or_default();
            if ps.last() != Some(&p) && ps.len() < Self::MAX_PARAGRAPHS {
                ps.push(p);
            }
        }
    }

    /// A tracked change's text is read inside the open ranges.
    fn changed_here(&mut self) {
        for id in &self.open {
            if self.changed.len() < Self::MAX {
                self.changed.insert(id.clone());
            }
        }
        self.in_paragraph();
    }

    /// The text of each range as the document's reader sees it, except
    /// that a range holding a tracked change is the text of its paragraphs
    /// before the changes (`paragraphs` as read, found by their serial
    /// with `index_of_serial`): a comment on a changed passage is about
    /// the text as it was sent, not the sender's own words put in it.
    fn before_changes(
        mut self,
        paragraphs: &[Paragraph],
        index_of_serial: &HashMap<usize, usize>,
    ) -> HashMap<String, String> {
        for id in &self.changed {
            let Some(serials) = self.paragraphs.get(id) else {
                continue;
            };
            let mut before = String::new();
            for p in serials
                .iter()
                .filter_map(|s| index_of_serial.get(s))
                .filter_map(|&i| paragraphs.get(i))
            {
                let line = one_line(&p.original);
                if !line.is_empty() && before.len() < Self::MAX_TEXT {
                    if !before.is_empty() {
                        before.push(' ');
                    }
                    before.push_str(&line);
                }
            }
            if !before.is_empty() {
                self.text.insert(id.clone(), before);
            }
        }
        self.text
    }

    fn end(&mut self, id: Option<String>) {
        if let Some(id) = id {
            self.open.retain(|o| *o != id);
        }
    }

    fn push(&mut self, text: &str) {
        if !text.trim().is_empty() {
            self.in_paragraph();
        }
        for id in &self.open {
            if let Some(t) = self.text.get_mut(id) {
                if t.len() < Self::MAX_TEXT {
                    t.push_str(text);
                }
            }
        }
    }
}

/// The most words of one side of a tracked change quoted in its
/// description.
const CHANGE_WORDS: usize = 40;

/// The document's tracked changes (`w:del`, `w:ins` with text), one note
/// per changed paragraph: what was deleted and inserted, in words
/// ([`change_parts`]), attached to the paragraph's text before the
/// change, its author and date the first change's. A paragraph inserted
/// whole is a proposal to add it where it stands ([`inserted_paragraph`]):
/// its words may echo the draft's, it is the sender's all the same.
///
/// A move (`w:moveFrom` and `w:moveTo` whose ranges share a name) is one
/// change, told where the text was moved from: `"..." verplaatsen naar na
/// "..."` (the words before where it went, and the heading above that
/// place), its text where it went no insertion. A move's end without the
/// other is read as the deletion or insertion it looks like.
fn tracked_changes(paragraphs: &[Paragraph], styles: &Styles) -> Vec<Note> {
    let names = |moves: fn(&Paragraph) -> &Vec<Moved>| -> std::collections::HashSet<&str> {
        paragraphs
            .iter()
            .flat_map(|p| moves(p).iter().filter_map(|m| m.name.as_deref()))
            .collect()
    };
    let from_names = names(|p| &p.moved_from);
    let to_names = names(|p| &p.moved_to);
    let paired = |m: &Moved| {
        m.name
            .as_deref()
            .is_some_and(|n| from_names.contains(n) && to_names.contains(n))
    };
    // Where each paired move went, described once.
    let mut places: HashMap<&str, String> = HashMap::new();
    for (k, p) in paragraphs.iter().enumerate() {
        for m in &p.moved_to {
            if let Some(name) = m.name.as_deref().filter(|_| paired(m)) {
                places
                    .entry(name)
                    .or_insert_with(|| move_destination(paragraphs, k, m.at, styles));
            }
        }
    }
    paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.changed)
        .filter_map(|(k, p)| {
            let before = one_line(&p.original);
            if before.is_empty() {
                return inserted_paragraph(paragraphs, k, p, styles, &paired);
            }
            let rest_before = one_line(&without(&p.original, &p.moved_from, paired));
            let rest_after = one_line(&without(&p.text, &p.moved_to, paired));
            let mut parts = if rest_before == rest_after {
                Vec::new()
            } else {
                change_parts(&rest_before, &rest_after)
            };
            for m in p.moved_from.iter().filter(|m| paired(m)) {
                let moved = one_line(p.original.get(m.start..m.end).unwrap_or_default());
                let Some(place) = m.name.as_deref().and_then(|n| places.get(n)) else {
                    continue;
                };
                if moved.is_empty() {
                    continue;
                }
                let what = if moved == before {
                    "deze tekst".to_string()
                } else {
                    quote(&moved.split_whitespace().collect::<Vec<_>>())
                };
                parts.push(format!("{what} verplaatsen naar {place}"));
            }
            if parts.is_empty() {
                return None;
            }
            Some(Note {
                kind: NoteKind::Change,
                text: format!(
                    "Tekstvoorstel (bijgehouden wijziging): {}.",
                    parts.join("; ")
                ),
                anchor: Some(before),
                author: p.change_author.clone(),
                date: p.change_date,
                ..Note::default()
            })
        })
        .collect()
}

/// Paragraph `k`, `p`, inserted whole as a tracked change: a proposal to
/// add it, its text as it stands and where it goes (`... — Tekstvoorstel
/// (bijgehouden wijziging): deze alinea toevoegen na "..." (onder
/// "Kop")`), so that it is read as the sender's and links by its place.
/// Text moved here (a paired move) is told where it was moved from.
fn inserted_paragraph(
    paragraphs: &[Paragraph],
    k: usize,
    p: &Paragraph,
    styles: &Styles,
    paired: &impl Fn(&Moved) -> bool,
) -> Option<Note> {
    let own = one_line(&without(&p.text, &p.moved_to, paired));
    if own.is_empty() {
        return None;
    }
    let place = move_destination(paragraphs, k, 0, styles);
    Some(Note {
        kind: NoteKind::Change,
        text: format!(
            "{own} — Tekstvoorstel (bijgehouden wijziging): deze alinea toevoegen {place}."
        ),
        author: p.change_author.clone(),
        date: p.change_date,
        ..Note::default()
    })
}

/// `text` without the stretches of `moves` that `keep_out` picks.
fn without(text: &str, moves: &[Moved], keep_out: impl Fn(&Moved) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for m in moves.iter().filter(|m| keep_out(m)) {
        if m.start >= from {
            out.push_str(text.get(from..m.start).unwrap_or_default());
            // Words on either side of a stretch taken out stay apart.
            out.push(' ');
            from = m.end;
        }
    }
    out.push_str(text.get(from..).unwrap_or_default());
    out
}

/// Words quoted before the place a moved text went.
const PLACE_WORDS: usize = 5;

/// Where text moved to paragraph `k`, at `at` of its text before the
/// changes, went: `na "..."`, the words before it in the text before the
/// changes (`aan het begin` when there are none), then the heading above
/// it, `(onder "Ambities na 2030")`, when that is not the words quoted.
fn move_destination(paragraphs: &[Paragraph], k: usize, at: usize, styles: &Styles) -> String {
    let k = k.min(paragraphs.len());
    let own = paragraphs
        .get(k)
        .and_then(|p| p.original.get(..at))
        .unwrap_or_default();
    let mut words: Vec<&str> = own.split_whitespace().collect();
    // At a paragraph's start: the end of the nearest paragraph with text.
    let mut quoted_heading = false;
    let mut j = k;
    while words.is_empty() && j > 0 {
        j -= 1;
        words = paragraphs[j].original.split_whitespace().collect();
        quoted_heading = !words.is_empty() && is_heading_paragraph(&paragraphs[j], styles);
    }
    let mut place = if words.is_empty() {
        "het begin".to_string()
    } else {
        format!(
            "na {}",
            quote(&words[words.len().saturating_sub(PLACE_WORDS)..])
        )
    };
    let heading = paragraphs[..k]
        .iter()
        .rev()
        .find(|p| is_heading_paragraph(p, styles) && !p.original.trim().is_empty());
    if let Some(h) = heading.filter(|_| !quoted_heading) {
        let title: Vec<&str> = h.original.split_whitespace().collect();
        place.push_str(&format!(" (onder {})", quote(&title)));
    }
    place
}

/// Whether paragraph `p` is a heading of the text (Word's `Heading 1` to
/// `Heading 9`, not the `Title`).
fn is_heading_paragraph(p: &Paragraph, styles: &Styles) -> bool {
    styles.heading_level(p).is_some_and(|l| l > 0)
}

/// `words` in double quotes (a quote inside made single), cut after
/// [`CHANGE_WORDS`].
fn quote(words: &[&str]) -> String {
    let mut q = words[..words.len().min(CHANGE_WORDS)].join(" ");
    if words.len() > CHANGE_WORDS {
        q.push('…');
    }
    format!("\"{}\"", q.replace('"', "'"))
}

/// A paragraph's tracked changes in words (Dutch, as the memo is):
/// `Tekstvoorstel (bijgehouden wijziging): "niet" vervangen door "wel";
/// "zo snel mogelijk" schrappen.` from the words before and after.
#[cfg(test)]
fn describe_change(before: &str, after: &str) -> String {
    format!(
        "Tekstvoorstel (bijgehouden wijziging): {}.",
        change_parts(before, after).join("; ")
    )
}

/// What changes from the words `before` to those `after`, each run of
/// deleted and inserted words between equal ones a part: `"niet" vervangen
/// door "wel"`, `"zo snel mogelijk" schrappen`, `"..." toevoegen na
/// "..."`, `deze tekst schrappen` when nothing is left.
pub(crate) fn change_parts(before: &str, after: &str) -> Vec<String> {
    let old: Vec<&str> = before.split_whitespace().collect();
    let new: Vec<&str> = after.split_whitespace().collect();
    let mut parts = Vec::new();
    if new.is_empty() {
        parts.push("deze tekst schrappen".to_string());
    } else {
        let ops = similar::capture_diff_slices(similar::Algorithm::Patience, &old, &new);
        // Each run of deletes and inserts between equal words is one change.
        let mut deleted: Vec<&str> = Vec::new();
        let mut inserted: Vec<&str> = Vec::new();
        let mut kept_before: Option<usize> = None;
        let mut flush = |deleted: &mut Vec<&str>, inserted: &mut Vec<&str>, at: Option<usize>| {
            match (deleted.is_empty(), inserted.is_empty()) {
                (true, true) => return,
                (false, true) => parts.push(format!("{} schrappen", quote(deleted))),
                (true, false) => {
                    let place = match at {
                        Some(end) => {
                            let from = end.saturating_sub(3);
                            format!(" na {}", quote(&old[from..end]))
                        }
                        None => " aan het begin".to_string(),
                    };
                    parts.push(format!("{} toevoegen{place}", quote(inserted)));
                }
                (false, false) => parts.push(format!(
                    "{} vervangen door {}",
                    quote(deleted),
                    quote(inserted)
                )),
            }
            deleted.clear();
            inserted.clear();
        };
        for op in &ops {
            match *op {
                similar::DiffOp::Equal { old_index, len, .. } => {
                    flush(&mut deleted, &mut inserted, kept_before);
                    kept_before = Some(old_index + len);
                }
                similar::DiffOp::Delete {
                    old_index, old_len, ..
                } => deleted.extend(&old[old_index..old_index + old_len]),
                similar::DiffOp::Insert {
                    new_index, new_len, ..
                } => inserted.extend(&new[new_index..new_index + new_len]),
                similar::DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => {
                    deleted.extend(&old[old_index..old_index + old_len]);
                    inserted.extend(&new[new_index..new_index + new_len]);
                }
            }
        }
        flush(&mut deleted, &mut inserted, kept_before);
    }
    parts
}

/// Largest comments part read (uncompressed).
const MAX_COMMENTS: u64 = 16 << 20;

/// The review comments of a Word document (`word/comments.xml`), each with
/// the text it is attached to in the main part (`anchors`, by comment id):
/// a comment's paragraphs joined, its author and date. A comments part
/// that cannot be read gives none (the document's text is still read).
fn review_comments(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    main: &str,
    anchors: &HashMap<String, String>,
) -> Vec<Note> {
    let path = beside_main(main, "comments.xml");
    let Some(xml) = read_part(zip, &path, MAX_COMMENTS).ok().flatten() else {
        return Vec::new();
    };
    parse_comments(&xml, anchors)
}

/// The comments in the XML of a comments part.
fn parse_comments(xml: &str, anchors: &HashMap<String, String>) -> Vec<Note> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    // The comment being read: its id, author, date and paragraphs.
    let mut current: Option<(Option<String>, Note, Vec<String>)> = None;
    let mut in_text = false;
    let mut skip = 0usize;
    let add = |current: &mut Option<(Option<String>, Note, Vec<String>)>, text: &str| {
        if let Some((_, _, paras)) = current.as_mut() {
            match paras.last_mut() {
                Some(p) => p.push_str(text),
                None => paras.push(text.to_string()),
            }
        }
    };
    // What was read before a damage is kept.
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                if skip > 0 {
                    if !empty {
                        skip += 1;
                    }
                    continue;
                }
                match local(e) {
                    "comment" if !empty => {
                        let note = Note {
                            author: attr(e, "author")
                                .map(|a| a.trim().to_string())
                                .filter(|a| !a.is_empty()),
                            date: attr(e, "date").and_then(|d| note_date(&d)),
                            ..Note::default()
                        };
                        current = Some((attr(e, "id"), note, Vec::new()));
                    }
                    "p" if !empty => {
                        if let Some((_, _, paras)) = current.as_mut() {
                            paras.push(String::new());
                        }
                    }
                    "del" | "delText" | "instrText" | "Fallback" if !empty => skip = 1,
                    "t" if !empty => in_text = true,
                    "tab" => add(&mut current, " "),
                    "br" | "cr" => add(&mut current, " "),
                    _ => {}
                }
            }
            Event::End(ref e) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    "t" => in_text = false,
                    "comment" => {
                        if let Some((id, mut note, paras)) = current.take() {
                            note.text = one_line(&paras.join(" "));
                            note.anchor = id
                                .and_then(|id| anchors.get(&id))
                                .map(|a| one_line(a))
                                .filter(|a| !a.is_empty());
                            if !note.text.is_empty() {
                                out.push(note);
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) if in_text && skip == 0 => add(&mut current, &t.xml10_content()),
            Event::CData(ref t) if in_text && skip == 0 => add(&mut current, &t.xml10_content()),
            Event::GeneralRef(ref r) if in_text && skip == 0 => {
                let ch = referenced_char(r);
                if let Some(ch) = ch {
                    add(&mut current, ch.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// `text` on one line, runs of white space one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The date of a Word comment's `w:date` (`2026-10-05T14:03:00Z`).
fn note_date(value: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()
}

/// The tracked changes open where the document is being read.
#[derive(Default)]
struct Track {
    /// Deleted (`w:del`, `w:moveFrom`) and inserted (`w:ins`, `w:moveTo`)
    /// runs open, counted as they nest.
    del: usize,
    ins: usize,
    /// Of those, the ends of a move: where text was moved from and to.
    move_from: usize,
    move_to: usize,
    /// The move ranges open (`w:moveFromRangeStart`, `w:moveToRangeStart`
    /// not yet ended): their id and the move's name.
    from_ranges: Vec<(String, String)>,
    to_ranges: Vec<(String, String)>,
}

impl Track {
    /// At most this many move ranges are open at once (a damaged file
    /// could open ranges without end).
    const MAX_RANGES: usize = 1_000;
}

/// A stretch of a paragraph moved as a tracked change: `start..end` of its
/// text before the changes (where it was moved from) or after them (where
/// it was moved to, `at` then being where that is in the text before), and
/// the name pairing the move's two ends.
#[derive(Debug, Default, Clone)]
struct Moved {
    name: Option<String>,
    start: usize,
    end: usize,
    at: usize,
}

/// Adds `text` at the end of `moves` (`at` in the text it is added to),
/// going on with the last stretch when it is the same move's and ends there.
fn add_moved(moves: &mut Vec<Moved>, name: Option<&String>, at: usize, len: usize, before: usize) {
    match moves.last_mut() {
        Some(m) if m.end == at && m.name.as_ref() == name => m.end = at + len,
        _ => moves.push(Moved {
            name: name.cloned(),
            start: at,
            end: at + len,
            at: before,
        }),
    }
}

/// Adds text to the innermost open paragraph (text outside any paragraph
/// is not part of the document's text): to its text with tracked changes
/// accepted unless deleted, to its text before them unless inserted, and
/// the stretches of a move marked.
fn push(open: &mut [Open], text: &str, track: &Track) {
    let (deleted, inserted) = (track.del > 0, track.ins > 0);
    if let Some(o) = open.last_mut() {
        let p = &mut o.p;
        if !deleted {
            if track.move_to > 0 {
                let name = track.to_ranges.last().map(|(_, n)| n);
                let at = p.text.len();
                add_moved(&mut p.moved_to, name, at, text.len(), p.original.len());
            }
            p.text.push_str(text);
        }
        if !inserted {
            if track.move_from > 0 {
                let name = track.from_ranges.last().map(|(_, n)| n);
                let at = p.original.len();
                add_moved(&mut p.moved_from, name, at, text.len(), at);
            }
            p.original.push_str(text);
        }
        if (deleted || inserted) && !text.trim().is_empty() {
            p.changed = true;
        }
    }
}

/// How one level of a list is numbered.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    /// `decimal`, `lowerLetter`, `upperRoman`, `bullet`, `none`, ...
    format: String,
    /// `%1.`, `%1.%2)`, `•`.
    text: String,
}

/// A list of `numbering.xml` as read: its `numId`, the `abstractNumId`
/// it numbers by, and the levels whose start it overrides.
type NumEntry = (String, String, Vec<(usize, u32)>);

/// The lists of `numbering.xml`: each `numId` with its levels.
#[derive(Debug, Default)]
struct Numbering {
    lists: HashMap<String, Vec<Level>>,
    /// The level a list gives to a paragraph style (`<w:lvl><w:pStyle>`:
    /// `Heading2` is level 1 of the headings' list).
    style_levels: HashMap<String, usize>,
}

impl Numbering {
    /// Reads `numbering.xml`; what cannot be read is left out (those lists
    /// get no numbers).
    fn parse(xml: &str) -> Numbering {
        let mut reader = Reader::from_str(xml);
        let mut abstracts: HashMap<String, Vec<Level>> = HashMap::new();
        let mut nums: Vec<NumEntry> = Vec::new();
        let mut current_abstract: Option<String> = None;
        let mut current_num: Option<NumEntry> = None;
        let mut level: Option<usize> = None;
        let mut override_level: Option<usize> = None;
        let mut style_levels = HashMap::new();
        while let Ok(event) = reader.read_event() {
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => match local(e) {
                    "abstractNum" => {
                        current_abstract = attr(e, "abstractNumId");
                    }
                    "lvl" if current_abstract.is_some() => {
                        level = attr(e, "ilvl")
                            .and_then(|v| v.parse::<usize>().ok())
                            .filter(|l| *l < LEVELS);
                    }
                    "start" => {
                        let value = attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(1);
                        if let (Some(a), Some(l)) = (&current_abstract, level) {
                            level_mut(&mut abstracts, a, l).start = value;
                        }
                    }
                    "pStyle" => {
                        if let (Some(_), Some(l), Some(style)) =
                            (&current_abstract, level, attr(e, "val"))
                        {
                            style_levels.entry(style).or_insert(l);
                        }
                    }
                    "numFmt" => {
                        if let (Some(a), Some(l)) = (&current_abstract, level) {
                            level_mut(&mut abstracts, a, l).format =
                                attr(e, "val").unwrap_or_default();
                        }
                    }
                    "lvlText" => {
                        if let (Some(a), Some(l)) = (&current_abstract, level) {
                            level_mut(&mut abstracts, a, l).text =
                                attr(e, "val").unwrap_or_default();
                        }
                    }
                    "num" => {
                        current_num = attr(e, "numId").map(|id| (id, String::new(), Vec::new()));
                    }
                    "abstractNumId" => {
                        if let Some(n) = &mut current_num {
                            n.1 = attr(e, "val").unwrap_or_default();
                        }
                    }
                    "lvlOverride" => {
                        override_level = attr(e, "ilvl").and_then(|v| v.parse().ok());
                    }
                    "startOverride" => {
                        if let (Some(n), Some(l)) = (&mut current_num, override_level) {
                            if let Some(v) = attr(e, "val").and_then(|v| v.parse().ok()) {
                                n.2.push((l, v));
                            }
                        }
                    }
                    _ => {}
                },
                Event::End(ref e) => match e.local_name().as_ref() {
                    "abstractNum" => current_abstract = None,
                    "lvl" => level = None,
                    "lvlOverride" => override_level = None,
                    "num" => nums.extend(current_num.take()),
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        let mut lists = HashMap::new();
        for (id, abstract_id, overrides) in nums {
            let Some(levels) = abstracts.get(&abstract_id) else {
                continue;
            };
            let mut levels = levels.clone();
            for (l, start) in overrides {
                if let Some(level) = levels.get_mut(l) {
                    level.start = start;
                }
            }
            lists.insert(id, levels);
        }
        Numbering {
            lists,
            style_levels,
        }
    }
}

/// The level `l` of abstract list `a`, made when missing.
fn level_mut<'m>(map: &'m mut HashMap<String, Vec<Level>>, a: &str, l: usize) -> &'m mut Level {
    let levels = map.entry(a.to_string()).or_default();
    if levels.len() <= l {
        levels.resize(
            l + 1,
            Level {
                start: 1,
                ..Level::default()
            },
        );
    }
    &mut levels[l]
}

/// Counts list items as Word does: per list, each level counting from its
/// start, a deeper level starting again after a shallower item.
struct Counter<'n> {
    numbering: &'n Numbering,
    counts: HashMap<String, [Option<u32>; LEVELS]>,
}

impl<'n> Counter<'n> {
    fn new(numbering: &'n Numbering) -> Counter<'n> {
        Counter {
            numbering,
            counts: HashMap::new(),
        }
    }

    /// The label of the next item of list `num` at `level` (`3.`, `b)`,
    /// `•`, empty for an unnumbered level), or `None` for a list that
    /// `numbering.xml` does not describe.
    fn next(&mut self, num: String, level: usize) -> Option<String> {
        let levels = self.numbering.lists.get(&num)?;
        let counts = self.counts.entry(num).or_insert([None; LEVELS]);
        let start = |l: usize| levels.get(l).map_or(1, |lv| lv.start);
        counts[level] = Some(counts[level].map_or(start(level), |c| c.saturating_add(1)));
        for deeper in counts.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        let this = levels.get(level)?;
        match this.format.as_str() {
            "bullet" => return Some("•".to_string()),
            "none" => return Some(String::new()),
            _ => {}
        }
        let mut label = String::new();
        let mut rest = this.text.as_str();
        while let Some(at) = rest.find('%') {
            label.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            let digit = after.chars().next().and_then(|c| c.to_digit(10));
            match digit {
                Some(d) if (1..=LEVELS as u32).contains(&d) => {
                    let l = d as usize - 1;
                    let value = counts[l].unwrap_or_else(|| start(l));
                    let format = levels.get(l).map_or("decimal", |lv| lv.format.as_str());
                    label.push_str(&format_number(value, format));
                    rest = &after[1..];
                }
                _ => {
                    label.push('%');
                    rest = after;
                }
            }
        }
        label.push_str(rest);
        Some(label.trim().to_string())
    }
}

/// `n` written in a list number format of Word.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => roman_numeral(n).to_lowercase(),
        "upperRoman" => roman_numeral(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

/// `A`…`Z`, then `AA`, `BB`, … as Word counts letters.
fn letters(n: u32) -> String {
    if n == 0 {
        return String::new();
    }
    let letter = char::from(b'A' + ((n - 1) % 26) as u8);
    let times = ((n - 1) / 26 + 1).min(10) as usize;
    std::iter::repeat_n(letter, times).collect()
}

/// The character an XML reference stands for: a character reference
/// (`&#233;`) or one of XML's five named entities (`&amp;`); none for
/// anything else.
fn referenced_char(r: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    match r.resolve_char_ref() {
        Ok(Some(ch)) => Some(ch),
        Ok(None) => match r.xml10_content().as_ref() {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        },
        Err(_) => None,
    }
}

#[cfg(test)]
pub(crate) mod tests;
