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
//! later pages, footers and footnotes (running headers and page numbers:
//! furniture). The parts are read with a size limit, so a ZIP bomb cannot
//! exhaust memory.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::ExtractError;
use crate::model::{Document, Line, Page};
use crate::text::roman_numeral;

/// Largest main document part read (uncompressed).
const MAX_DOCUMENT: u64 = 64 << 20;
/// Largest numbering part read (uncompressed).
const MAX_NUMBERING: u64 = 8 << 20;
/// Deepest list level Word has (0-based levels 0..=8).
const LEVELS: usize = 9;

/// What a damaged or unreadable Word file gets.
fn damaged(file: &str, why: &str) -> ExtractError {
    ExtractError::Unsupported {
        file: file.into(),
        format: format!("Word document that could not be read: {why}"),
        advice: "open it in the word processor and save it again (or export it as PDF) and \
                 replace the file; if it does not open, ask the sender for a new copy"
            .into(),
    }
}

/// The text of the Word document `bytes` (a ZIP archive with
/// `word/document.xml`) as one page of lines, each paragraph starting a
/// new paragraph, a line break inside one starting a new line.
pub fn extract_docx(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
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
        .map_err(|why| damaged(file, &why))?
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
    let paragraphs =
        paragraphs(&xml).map_err(|e| damaged(file, &format!("its text is not valid XML ({e})")))?;
    let mut counter = Counter::new(&numbering);
    // The first page's header (a letterhead) above the text, as on paper;
    // a page number there is no part of the letter.
    let mut lines = Vec::new();
    for p in first_page_header(&mut zip, &main, &xml) {
        push_rows(&mut lines, &p.text, None, p.bold, None);
    }
    lines.retain(|l| !crate::text::is_page_number(&l.text));
    let header_lines = lines.len();
    for p in paragraphs {
        // A paragraph deleted as a tracked change, mark and all, is gone
        // once the change is accepted: it takes no number.
        if p.mark_deleted && p.text.trim().is_empty() {
            continue;
        }
        let label = styles
            .list_of(&p, &numbering)
            .and_then(|(num, level)| counter.next(num, level));
        let bold = p.bold || styles.is_heading(p.style.as_deref());
        let heading_level = styles.heading_level(&p);
        push_rows(&mut lines, &p.text, label.as_deref(), bold, heading_level);
    }
    if lines.len() == header_lines {
        return Err(ExtractError::Blank { file: file.into() });
    }
    Ok(Document {
        file: file.into(),
        pages: vec![Page {
            number: 1,
            lines,
            ..Page::default()
        }],
        warnings: Vec::new(),
        scanned_pages: Vec::new(),
    })
}

/// The lines of one paragraph's `text` (a row per line break, the first
/// a paragraph's start, led by its list `label`), none when it is blank.
fn push_rows(
    lines: &mut Vec<Line>,
    text: &str,
    label: Option<&str>,
    bold: bool,
    heading_level: Option<u8>,
) {
    let text = text.replace('\u{0}', "");
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
    let (dir, name) = main.rsplit_once('/').unwrap_or(("", main));
    let rels_name = if dir.is_empty() {
        format!("_rels/{name}.rels")
    } else {
        format!("{dir}/_rels/{name}.rels")
    };
    let Some(target) = read_part(zip, &rels_name, MAX_NUMBERING)
        .ok()
        .flatten()
        .and_then(|rels| relationship_target(&rels, &id))
    else {
        return Vec::new();
    };
    let path = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None if dir.is_empty() => target,
        None => format!("{dir}/{target}"),
    };
    read_part(zip, &path, MAX_NUMBERING)
        .ok()
        .flatten()
        .and_then(|xml| paragraphs(&xml).ok())
        .unwrap_or_default()
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
) -> Result<Option<String>, String> {
    let entry = match zip.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("`{name}` cannot be unpacked ({e})")),
    };
    let too_large = || format!("`{name}` is larger than {} MiB unpacked", limit >> 20);
    if entry.size() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    // The size in the archive can lie: never unpack more than the limit.
    entry
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("`{name}` cannot be unpacked ({e})"))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
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
}

/// A paragraph being read.
#[derive(Default)]
struct Open {
    p: Paragraph,
    /// Runs with text, and how many of them were bold.
    runs: usize,
    bold_runs: usize,
    heading: bool,
}

/// The paragraphs of `document.xml` in reading order (a paragraph inside a
/// text box or table cell of another comes before the rest of it).
fn paragraphs(xml: &str) -> Result<Vec<Paragraph>, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    // Elements whose content is skipped (deleted text, field codes, the
    // fallback copy of a drawing), counted as they nest.
    let mut skip = 0usize;
    let mut in_text = false;
    let mut in_ppr = 0usize;
    let mut in_rpr = false;
    let mut run_bold = false;
    let mut run_has_text = false;
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
                    // Deleted text, field codes, a drawing's fallback copy,
                    // and the properties before a tracked change (an old
                    // list number or bold).
                    "del" | "delText" | "instrText" | "Fallback" | "moveFrom" | "pPrChange"
                    | "rPrChange" | "numberingChange"
                        if !empty =>
                    {
                        skip = 1;
                    }
                    "p" if !empty => open.push(Open::default()),
                    "pPr" if !empty => in_ppr += 1,
                    "rPr" if !empty && in_ppr == 0 => {
                        in_rpr = true;
                        run_bold = false;
                    }
                    "r" if !empty => {
                        run_bold = false;
                        run_has_text = false;
                    }
                    "b" if in_rpr && in_ppr == 0 => run_bold = toggle_on(e),
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
                    "t" if in_ppr == 0 && !empty => in_text = true,
                    "tab" if in_ppr == 0 => push(&mut open, "\t"),
                    "br" | "cr" if in_ppr == 0 => push(&mut open, "\n"),
                    "noBreakHyphen" if in_ppr == 0 => push(&mut open, "-"),
                    _ => {}
                }
            }
            Event::End(ref e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                match name {
                    "t" => in_text = false,
                    "pPr" => in_ppr = in_ppr.saturating_sub(1),
                    "rPr" => in_rpr = false,
                    "r" if run_has_text => {
                        if let Some(o) = open.last_mut() {
                            o.runs += 1;
                            o.bold_runs += usize::from(run_bold);
                        }
                    }
                    "p" => {
                        if let Some(o) = open.pop() {
                            let mut p = o.p;
                            p.bold = o.heading || (o.runs > 0 && o.bold_runs == o.runs);
                            out.push(p);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) if in_text && skip == 0 => {
                let text = t.xml10_content();
                if !text.is_empty() {
                    run_has_text |= !text.trim().is_empty();
                    push(&mut open, &text);
                }
            }
            Event::CData(ref t) if in_text && skip == 0 => {
                push(&mut open, &t.xml10_content());
            }
            Event::GeneralRef(ref r) if in_text && skip == 0 => {
                let ch = match r.resolve_char_ref() {
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
                };
                if let Some(ch) = ch {
                    push(&mut open, ch.encode_utf8(&mut [0; 4]));
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
    Ok(out)
}

/// Adds text to the innermost open paragraph (text outside any paragraph
/// is not part of the document's text).
fn push(open: &mut [Open], text: &str) {
    if let Some(o) = open.last_mut() {
        o.p.text.push_str(text);
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A `.docx` archive with `body` as the body of `word/document.xml`
    /// and `numbering` as `word/numbering.xml` (when not empty).
    pub(crate) fn docx(body: &str, numbering: &str) -> Vec<u8> {
        docx_with(body, numbering, "")
    }

    /// [`docx`] with `styles` as the body of `word/styles.xml`.
    pub(crate) fn docx_with(body: &str, numbering: &str, styles: &str) -> Vec<u8> {
        docx_with_parts(body, numbering, styles, &[])
    }

    /// [`docx_with`] with further parts, each a name and its whole text.
    fn docx_with_parts(
        body: &str,
        numbering: &str,
        styles: &str,
        more: &[(&str, &str)],
    ) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;
        let mut parts = vec![
            (
                "[Content_Types].xml".to_string(),
                r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.to_string(),
            ),
            (
                "word/document.xml".to_string(),
                format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>"#),
            ),
        ];
        if !styles.is_empty() {
            parts.push((
                "word/styles.xml".to_string(),
                format!(r#"<?xml version="1.0"?><w:styles {ns}>{styles}</w:styles>"#),
            ));
        }
        if !numbering.is_empty() {
            parts.push((
                "word/numbering.xml".to_string(),
                format!(r#"<?xml version="1.0"?><w:numbering {ns}>{numbering}</w:numbering>"#),
            ));
        }
        parts.extend(more.iter().map(|(n, t)| (n.to_string(), t.to_string())));
        for (name, text) in parts {
            zip.start_file(name, options).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn p(text: &str) -> String {
        format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    }

    fn item(num: u32, level: u32, text: &str) -> String {
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"Lijstalinea\"/><w:numPr><w:ilvl w:val=\"{level}\"/>\
             <w:numId w:val=\"{num}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    }

    const NUMBERING: &str = r#"<w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>"#;

    fn lines(doc: &Document) -> Vec<String> {
        doc.pages[0].lines.iter().map(|l| l.text.clone()).collect()
    }

    #[test]
    fn list_numbers_are_counted_as_word_shows_them() {
        let body = [
            p("Geachte werkgroep,"),
            item(1, 0, "Wij steunen de visie."),
            item(1, 1, "in paragraaf 5.1;"),
            item(1, 1, "in paragraaf 5.2."),
            item(1, 2, "diep"),
            item(1, 0, "De regio moet meer doen."),
            item(1, 1, "opnieuw a"),
            item(2, 0, "een opsomming"),
            item(3, 0, "verder genummerd"),
            item(9, 0, "lijst zonder definitie"),
        ]
        .concat();
        let doc = extract_docx("brief.docx", &docx(&body, NUMBERING)).unwrap();
        assert_eq!(
            lines(&doc),
            [
                "Geachte werkgroep,",
                "1. Wij steunen de visie.",
                "a) in paragraaf 5.1;",
                "b) in paragraaf 5.2.",
                "1.b.i diep",
                "2. De regio moet meer doen.",
                "a) opnieuw a",
                "• een opsomming",
                "7. verder genummerd",
                "lijst zonder definitie",
            ]
        );
        assert!(doc.pages[0].lines.iter().all(|l| l.paragraph_start));
    }

    #[test]
    fn deleted_text_field_codes_and_fallbacks_are_left_out() {
        let body = r#"<w:p><w:r><w:t>Wij </w:t></w:r><w:del w:id="1"><w:r><w:delText>niet </w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>wel </w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>eens &amp; blij</w:t></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Na het kader</w:t><w:br/><w:t>tweede regel</w:t><w:tab/><w:t>met tab</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel een</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cel twee</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>"#;
        let doc = extract_docx("brief.docx", &docx(body, "")).unwrap();
        assert_eq!(
            lines(&doc),
            [
                "Wij wel eens & blij",
                "In het kader",
                "Na het kader",
                "tweede regel\tmet tab",
                "cel een",
                "cel twee",
            ]
        );
        let starts: Vec<bool> = doc.pages[0]
            .lines
            .iter()
            .map(|l| l.paragraph_start)
            .collect();
        assert_eq!(starts, [true, true, true, false, true, true]);
    }

    #[test]
    fn bold_paragraphs_and_headings_are_marked_bold() {
        let body = r#"<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Zorgen over wachtlijsten</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Vet kopje</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Niet vet</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Deels</w:t></w:r><w:r><w:t> vet</w:t></w:r></w:p>"#;
        let doc = extract_docx("brief.docx", &docx(body, "")).unwrap();
        let bold: Vec<bool> = doc.pages[0].lines.iter().map(|l| l.bold).collect();
        assert_eq!(bold, [true, true, false, false]);
    }

    /// QA: a draft with unnumbered Word headings (`Title`, `Heading 1`,
    /// `Heading 2`) kept no trace of their styles, so its structure was
    /// lost. Each line now has the level its style gives it.
    #[test]
    fn heading_styles_give_their_outline_level() {
        let styles = r#"<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Eigen"><w:name w:val="Eigen kop"/><w:basedOn w:val="Kop2"/></w:style>
            <w:style w:type="paragraph" w:styleId="Koptekst"><w:name w:val="header"/></w:style>"#;
        let p = |style: &str, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            p("Title", "Sportvisie"),
            p("Heading1", "Sportaccommodaties"),
            p("Kop2", "Zwembaden"),
            p("Eigen", "Eigen kop"),
            p("Koptekst", "Gemeente Westland"),
            r#"<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Eigen niveau</w:t></w:r></w:p>"#.to_string(),
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Geen kop</w:t></w:r></w:p>"#.to_string(),
            "<w:p><w:r><w:t>Gewone tekst.</w:t></w:r></w:p>".to_string(),
        ]
        .concat();
        let doc = extract_docx("visie.docx", &docx_with(&body, "", styles)).unwrap();
        let levels: Vec<Option<u8>> = doc.pages[0].lines.iter().map(|l| l.heading_level).collect();
        assert_eq!(
            levels,
            [
                Some(0),
                Some(1),
                Some(2),
                Some(2),
                None,
                Some(3),
                None,
                None
            ]
        );
    }

    /// A header part `name` holding `text` as one paragraph.
    fn header_part(text: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{}</w:hdr>"#,
            p(text)
        )
    }

    const HEADER_RELS: &str = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
        <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="/word/header2.xml"/>
        <Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/header3.xml" TargetMode="External"/>
      </Relationships>"#;

    /// A document with two header parts (`header1.xml` by `rId8`,
    /// `header2.xml` by `rId9`) whose first section's properties are
    /// `section`.
    fn with_headers(section: &str) -> Vec<u8> {
        let body = format!(
            "{}{}<w:sectPr xmlns:r=\"r\">{section}</w:sectPr>",
            p("Geachte werkgroep,"),
            p("Wij vragen aandacht voor de buurtwerkers.")
        );
        docx_with_parts(
            &body,
            "",
            "",
            &[
                ("word/_rels/document.xml.rels", HEADER_RELS),
                (
                    "word/header1.xml",
                    &header_part("Stichting Buurtwerk Rijnstreek"),
                ),
                (
                    "word/header2.xml",
                    &header_part("Eerste pagina: Buurtwerk Noord"),
                ),
            ],
        )
    }

    #[test]
    fn the_first_pages_header_is_read_above_the_text_as_a_letterhead() {
        let read =
            |section: &str| lines(&extract_docx("brief.docx", &with_headers(section)).unwrap());
        // The default header, when the first page has none of its own.
        assert_eq!(
            read(r#"<w:headerReference w:type="default" r:id="rId8"/>"#),
            [
                "Stichting Buurtwerk Rijnstreek",
                "Geachte werkgroep,",
                "Wij vragen aandacht voor de buurtwerkers."
            ]
        );
        // A title page of its own shows the `first` header (an absolute
        // target), not the default one.
        let own_first = r#"<w:headerReference w:type="default" r:id="rId8"/>
            <w:headerReference w:type="first" r:id="rId9"/><w:titlePg/>"#;
        assert_eq!(read(own_first)[0], "Eerste pagina: Buurtwerk Noord");
        // `titlePg` switched off: the default header again.
        let off = r#"<w:headerReference w:type="first" r:id="rId9"/>
            <w:headerReference w:type="default" r:id="rId8"/><w:titlePg w:val="0"/>"#;
        assert_eq!(read(off)[0], "Stichting Buurtwerk Rijnstreek");
        // A title page without a first header shows none; a header that is
        // missing, outside the package or of another kind is no text.
        for section in [
            r#"<w:headerReference w:type="default" r:id="rId8"/><w:titlePg/>"#,
            r#"<w:headerReference w:type="default" r:id="rId7"/>"#,
            r#"<w:headerReference w:type="default" r:id="rId10"/>"#,
            r#"<w:headerReference w:type="even" r:id="rId8"/>"#,
            "",
        ] {
            assert_eq!(read(section)[0], "Geachte werkgroep,", "{section}");
        }
    }

    /// Review: a letterhead laid out in a table, with the page number in
    /// a field and a logo: the table's cells are lines, the page number and
    /// the picture are none (the page number was read as the letter's
    /// first line).
    #[test]
    fn a_letterhead_table_is_read_without_its_page_number_or_picture() {
        let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let header = format!(
            r#"<?xml version="1.0"?><w:hdr {ns}><w:p><w:r><w:drawing><wp:inline xmlns:wp="wp"/></w:drawing></w:r></w:p><w:tbl><w:tr><w:tc>{}</w:tc><w:tc><w:p><w:r><w:t>Postbus 12</w:t><w:br/><w:t>2300 AA Leiden</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t xml:space="preserve">Pagina </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> van 2</w:t></w:r></w:p></w:hdr>"#,
            p("Stichting Buurtwerk Rijnstreek")
        );
        let body = format!(
            "{}<w:sectPr xmlns:r=\"r\"><w:headerReference w:type=\"default\" r:id=\"rId8\"/></w:sectPr>",
            p("Geachte werkgroep,")
        );
        let bytes = docx_with_parts(
            &body,
            "",
            "",
            &[
                ("word/_rels/document.xml.rels", HEADER_RELS),
                ("word/header1.xml", &header),
            ],
        );
        let doc = extract_docx("brief.docx", &bytes).unwrap();
        assert_eq!(
            lines(&doc),
            [
                "Stichting Buurtwerk Rijnstreek",
                "Postbus 12",
                "2300 AA Leiden",
                "Geachte werkgroep,"
            ]
        );
        // The row after a line break continues its paragraph, as in the text.
        let starts: Vec<bool> = doc.pages[0]
            .lines
            .iter()
            .map(|l| l.paragraph_start)
            .collect();
        assert_eq!(starts, [true, true, false, true]);
    }

    #[test]
    fn a_document_with_only_a_header_is_blank() {
        let body = r#"<w:p/><w:sectPr xmlns:r="r"><w:headerReference w:type="default" r:id="rId8"/></w:sectPr>"#;
        let bytes = docx_with_parts(
            body,
            "",
            "",
            &[
                ("word/_rels/document.xml.rels", HEADER_RELS),
                (
                    "word/header1.xml",
                    &header_part("Stichting Buurtwerk Rijnstreek"),
                ),
            ],
        );
        assert!(matches!(
            extract_docx("leeg.docx", &bytes),
            Err(ExtractError::Blank { .. })
        ));
    }

    /// Review: a paragraph in Dutch Word's page header style `Koptekst`
    /// was read as bold, a heading's type, though it gets no heading level.
    #[test]
    fn the_page_header_style_is_no_heading() {
        assert!(!is_heading_name("Koptekst"));
        assert!(!is_heading_name("Koptekst Char"));
        for style in ["Kop1", "heading 2", "Heading", "Kopje", "Title", "Titel"] {
            assert!(is_heading_name(style), "{style}");
        }
        let body = [
            r#"<w:p><w:pPr><w:pStyle w:val="Koptekst"/></w:pPr><w:r><w:t>Gemeente Westland</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Inleiding</w:t></w:r></w:p>"#,
        ]
        .concat();
        let doc = extract_docx("visie.docx", &docx_with(&body, "", "")).unwrap();
        let bold: Vec<bool> = doc.pages[0].lines.iter().map(|l| l.bold).collect();
        assert_eq!(bold, [false, true]);
    }

    #[test]
    fn damaged_and_empty_documents_are_named_with_advice() {
        let err = extract_docx("reactie.docx", b"PK\x03\x04 kapot").unwrap_err();
        let message = err.to_string();
        assert!(message.contains("reactie.docx"), "{message}");
        assert!(message.contains("save it again"), "{message}");
        // A ZIP archive without Word's main part.
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("iets.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"tekst").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let err = extract_docx("reactie.docx", &bytes).unwrap_err();
        assert!(err.to_string().contains("word/document.xml"), "{err}");
        // Only empty paragraphs: blank.
        let err = extract_docx("leeg.docx", &docx("<w:p/><w:p></w:p>", "")).unwrap_err();
        assert!(matches!(err, ExtractError::Blank { .. }), "{err}");
        // Broken XML.
        let err = extract_docx("kapot.docx", &docx("<w:p><w:r><w:t>a</w:x>", "")).unwrap_err();
        assert!(err.to_string().contains("not valid XML"), "{err}");
    }

    #[test]
    fn a_part_larger_than_its_limit_is_refused_unread() {
        // Highly compressible: a few KiB packed, more than the limit unpacked.
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/numbering.xml", options).unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..=(MAX_NUMBERING >> 20) {
            zip.write_all(&chunk).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        assert!(bytes.len() < 1 << 20);
        let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
        let err = read_part(&mut archive, "word/numbering.xml", MAX_NUMBERING).unwrap_err();
        assert!(err.contains("larger than 8 MiB"), "{err}");
    }

    #[test]
    fn a_truncated_or_garbled_document_gives_an_error_not_a_panic() {
        let body = [
            p("Geachte werkgroep,"),
            item(1, 0, "Wij steunen de visie."),
            item(1, 1, "in paragraaf 5.1;"),
        ]
        .concat();
        let bytes = docx(&body, NUMBERING);
        for cut in (0..bytes.len()).step_by(13) {
            let _ = extract_docx("kapot.docx", &bytes[..cut]);
        }
        for at in (0..bytes.len()).step_by(11) {
            let mut garbled = bytes.clone();
            garbled[at] ^= 0x5A;
            let _ = extract_docx("kapot.docx", &garbled);
        }
        // Unbalanced nesting and stray end tags in the XML itself.
        for body in [
            "<w:p><w:del><w:r><w:t>x</w:t></w:r></w:p>",
            "</w:p></w:r><w:t>los</w:t>",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>diep</w:t></w:r></w:p>",
        ] {
            let _ = extract_docx("raar.docx", &docx(body, NUMBERING));
        }
    }

    /// Word's numbered headings: the numbering is in the heading styles
    /// (Dutch Word's ids `Kop1`, `Kop2`), each list level linked back to
    /// its style; `List Number` numbers through its style too.
    #[test]
    fn numbering_through_paragraph_styles_is_counted() {
        let styles = r#"<w:style w:type="paragraph" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Kop1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="heading 3"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Lijstnummering"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Lus"><w:basedOn w:val="Lus"/></w:style>"#;
        let numbering = r#"<w:abstractNum w:abstractNumId="10">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Kop1"/><w:lvlText w:val="%1"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Kop2"/><w:lvlText w:val="%1.%2"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Kop3"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
          </w:abstractNum>
          <w:abstractNum w:abstractNumId="11">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num>
          <w:num w:numId="6"><w:abstractNumId w:val="11"/></w:num>"#;
        let styled = |style: &str, text: &str| {
            format!(
                "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
            )
        };
        let body = [
            styled("Kop1", "Inleiding"),
            p("Tekst."),
            styled("Kop2", "Aanleiding"),
            styled("Kop3", "Details"),
            styled("Kop1", "Samenwerken"),
            styled("Kop2", "Regio"),
            styled("Lijstnummering", "Eerste punt"),
            styled("Lijstnummering", "Tweede punt"),
            styled("Lus", "Stijl die op zichzelf berust"),
        ]
        .concat();
        let doc = extract_docx("visie.docx", &docx_with(&body, numbering, styles)).unwrap();
        assert_eq!(
            lines(&doc),
            [
                "1 Inleiding",
                "Tekst.",
                "1.1 Aanleiding",
                "1.1.1 Details",
                "2 Samenwerken",
                "2.1 Regio",
                "1. Eerste punt",
                "2. Tweede punt",
                "Stijl die op zichzelf berust",
            ]
        );
        let bold: Vec<bool> = doc.pages[0].lines.iter().map(|l| l.bold).collect();
        assert_eq!(bold[..4], [true, false, true, true]);
        // A paragraph taken off its style's list (`numId` 0) has no number.
        let off = "<w:p><w:pPr><w:pStyle w:val=\"Kop1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Bijlage</w:t></w:r></w:p>";
        let doc = extract_docx("visie.docx", &docx_with(off, numbering, styles)).unwrap();
        assert_eq!(lines(&doc), ["Bijlage"]);
    }

    /// The properties a tracked change replaced (an old list, old bold)
    /// are not the paragraph's.
    #[test]
    fn properties_before_a_tracked_change_are_not_read() {
        let body = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>\
             <w:pPrChange w:id=\"1\"><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/>\
             </w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:rPr><w:b w:val=\"0\"/><w:rPrChange w:id=\"2\">\
             <w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>Nu genummerd, niet vet</w:t></w:r></w:p>";
        let doc = extract_docx("brief.docx", &docx(body, NUMBERING)).unwrap();
        assert_eq!(lines(&doc), ["1. Nu genummerd, niet vet"]);
        assert!(!doc.pages[0].lines[0].bold);
    }

    /// A point deleted as a tracked change (text and paragraph mark) takes
    /// no number: Word shows 1, 2 once the change is accepted.
    #[test]
    fn a_deleted_numbered_paragraph_takes_no_number() {
        let deleted = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>\
             <w:rPr><w:del w:id=\"7\" w:author=\"x\"/></w:rPr></w:pPr><w:del w:id=\"8\" w:author=\"x\">\
             <w:r><w:delText>Geschrapt punt</w:delText></w:r></w:del></w:p>";
        let body = [item(1, 0, "Een"), deleted.to_string(), item(1, 0, "Twee")].concat();
        let doc = extract_docx("brief.docx", &docx(&body, NUMBERING)).unwrap();
        assert_eq!(lines(&doc), ["1. Een", "2. Twee"]);
    }

    #[test]
    fn another_office_file_named_docx_is_named_for_what_it_is() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("_rels/.rels", options).unwrap();
        zip.write_all(br#"<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#).unwrap();
        zip.start_file("xl/workbook.xml", options).unwrap();
        zip.write_all(b"<workbook/>").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let err = extract_docx("reactie.docx", &bytes).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("Excel workbook, not a Word document"),
            "{message}"
        );
        assert!(message.contains("export it as PDF"), "{message}");
    }

    #[test]
    fn numbers_in_word_formats() {
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(1994, "lowerRoman"), "mcmxciv");
        assert_eq!(format_number(27, "lowerLetter"), "aa");
        assert_eq!(format_number(3, "decimalZero"), "03");
        assert_eq!(format_number(12, "decimal"), "12");
    }
}
