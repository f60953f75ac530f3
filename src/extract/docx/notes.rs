//! A Word document's footnotes and endnotes (`word/footnotes.xml`,
//! `word/endnotes.xml`), read as a PDF's are: each reference in the text
//! shows its number in superscript (`wachttijden¹`), as Word shows it, and
//! the note's text goes on the page holding that mark
//! ([`crate::model::Page::footnotes`]), so that the splitter puts it with
//! the point whose text refers to it and a draft's reader with its
//! section.
//!
//! Word numbers footnotes 1, 2, 3 in the order of their references; a
//! reference with a mark of its own (`w:customMarkFollows`, a `*` typed
//! after it) takes no number and is known by that mark. Endnotes are
//! numbered on after the footnotes (Word shows them as i, ii, ... by
//! default: a number of their own keeps them apart from the footnotes). A
//! note whose mark cannot be found on a page (a custom mark other than
//! `*`, `†`, `‡`) is put at the end of the text, with its label, so that
//! nothing of the sender's is lost.

use std::collections::HashMap;
use std::io::Cursor;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::{local, push_rows, read_part, Paragraph, MAX_COMMENTS};
use crate::model::Page;
use crate::text::SUPERSCRIPT_DIGITS as SUPERSCRIPT;

/// Where a note's reference stands in a paragraph's text while it is
/// read: this char, the reference's index in the document's list of
/// references, and [`REF_END`].
pub(super) const REF: char = '\u{E0F0}';
pub(super) const REF_END: char = '\u{E0F1}';

/// A reference to a footnote or an endnote in the main text.
#[derive(Debug, Clone)]
pub(super) struct NoteRef {
    pub endnote: bool,
    /// The note's `w:id`.
    pub id: String,
    /// Its mark is the text typed after it (`w:customMarkFollows`).
    pub custom: bool,
}

/// What stands in a paragraph's text for reference `index`.
pub(super) fn placeholder(index: usize) -> String {
    format!("{REF}{index}{REF_END}")
}

/// A note as it is put on a page: its label (`3`, `*`) and its text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Placed {
    pub label: String,
    pub text: String,
}

/// Replaces the references' placeholders in the paragraphs' text (and
/// their text before tracked changes) with the numbers Word shows, in
/// superscript, and returns the notes in the order of their references,
/// each with its label and its text from `texts` (footnotes, endnotes by
/// id). A reference to a note without text gives none; a placeholder
/// that names no reference (text typed with these private characters) is
/// taken out.
pub(super) fn number_refs(
    paragraphs: &mut [Paragraph],
    refs: &[NoteRef],
    footnotes: &HashMap<String, String>,
    endnotes: &HashMap<String, String>,
) -> Vec<Placed> {
    if refs.is_empty() {
        for p in paragraphs.iter_mut() {
            if p.text.contains(REF) || p.original.contains(REF) {
                p.text = replace_refs(&p.text, &HashMap::new());
                p.original = replace_refs(&p.original, &HashMap::new());
            }
        }
        return Vec::new();
    }
    // The references in the order the text gives them.
    let mut order: Vec<usize> = Vec::new();
    for p in paragraphs.iter() {
        order.extend(ref_indices(&p.text).filter(|&i| i < refs.len()));
    }
    order.dedup();
    let numbered = |endnote: bool| {
        order
            .iter()
            .filter(|&&i| refs[i].endnote == endnote && !refs[i].custom)
            .count()
    };
    let footnote_count = numbered(false);
    let (mut next_foot, mut next_end) = (1usize, footnote_count + 1);
    // Each reference's label, by index (none for a custom mark yet).
    let mut labels: HashMap<usize, String> = HashMap::new();
    for &i in &order {
        if refs[i].custom || labels.contains_key(&i) {
            continue;
        }
        let n = if refs[i].endnote {
            next_end += 1;
            next_end - 1
        } else {
            next_foot += 1;
            next_foot - 1
        };
        labels.insert(i, n.to_string());
    }
    let shown: HashMap<usize, String> = labels.iter().map(|(&i, n)| (i, superscript(n))).collect();
    let mut custom_marks: HashMap<usize, String> = HashMap::new();
    for p in paragraphs.iter_mut() {
        if !p.text.contains(REF) && !p.original.contains(REF) {
            continue;
        }
        for (i, mark) in custom_marks_in(&p.text) {
            custom_marks.insert(i, mark);
        }
        p.text = replace_refs(&p.text, &shown);
        p.original = replace_refs(&p.original, &shown);
    }
    let mut out = Vec::new();
    for &i in &order {
        let r = &refs[i];
        let texts = if r.endnote { endnotes } else { footnotes };
        let Some(text) = texts.get(&r.id).filter(|t| !t.is_empty()) else {
            continue;
        };
        let label = match labels.get(&i) {
            Some(n) => n.clone(),
            None => custom_marks.get(&i).cloned().unwrap_or_default(),
        };
        out.push(Placed {
            label,
            text: text.clone(),
        });
    }
    out
}

/// `12` → `¹²` (a sign stays as it is).
pub(super) fn superscript(n: &str) -> String {
    n.chars()
        .map(|c| c.to_digit(10).map_or(c, |d| SUPERSCRIPT[d as usize]))
        .collect()
}

/// The reference indices of the placeholders in `text`, in order.
fn ref_indices(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.split(REF)
        .skip(1)
        .filter_map(|rest| rest.split_once(REF_END)?.0.parse().ok())
}

/// The mark typed after each custom-marked placeholder in `text`: the
/// first sign that follows it (`*`, `†`, `‡`); by reference index.
fn custom_marks_in(text: &str) -> Vec<(usize, String)> {
    text.split(REF)
        .skip(1)
        .filter_map(|rest| {
            let (index, after) = rest.split_once(REF_END)?;
            let mark = after
                .chars()
                .next()
                .filter(|c| matches!(c, '*' | '†' | '‡'))?;
            Some((index.parse().ok()?, mark.to_string()))
        })
        .collect()
}

/// `text` with each placeholder replaced by its shown number (none for a
/// custom mark, whose sign is in the text already, or for an index that
/// names no numbered reference).
fn replace_refs(text: &str, shown: &HashMap<usize, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut parts = text.split(REF);
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for rest in parts {
        match rest.split_once(REF_END) {
            Some((index, after)) => {
                if let Some(n) = index.parse::<usize>().ok().and_then(|i| shown.get(&i)) {
                    out.push_str(n);
                }
                out.push_str(after);
            }
            None => out.push_str(rest),
        }
    }
    out.replace(REF_END, "")
}

/// The text of each note of a notes part (`footnote` or `endnote`
/// elements) by its `w:id`: its paragraphs joined by a space. Word's
/// separators hold no text; a part that cannot be read gives none.
pub(super) fn note_texts(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    main: &str,
    part: &str,
    element: &str,
) -> HashMap<String, String> {
    match read_part(zip, &super::beside_main(main, part), MAX_COMMENTS)
        .ok()
        .flatten()
    {
        Some(xml) => parse_notes(&xml, element),
        None => HashMap::new(),
    }
}

fn parse_notes(xml: &str, element: &str) -> HashMap<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = HashMap::new();
    let mut current: Option<(String, Vec<String>)> = None;
    let mut in_text = false;
    // Deleted text and field codes are no part of the note.
    let mut skip = 0usize;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(ref e) => {
                let name = local(e);
                if skip > 0 {
                    skip += 1;
                    continue;
                }
                match name {
                    n if n == element => {
                        let id = super::attr(e, "id").unwrap_or_default();
                        current = Some((id, Vec::new()));
                    }
                    "del" | "moveFrom" | "instrText" | "Fallback" => skip = 1,
                    "p" => {
                        if let Some((_, paras)) = current.as_mut() {
                            paras.push(String::new());
                        }
                    }
                    "t" => in_text = true,
                    _ => {}
                }
            }
            Event::Empty(ref e) if skip == 0 => {
                if let (Some((_, paras)), "tab" | "br") = (current.as_mut(), local(e)) {
                    if let Some(last) = paras.last_mut() {
                        last.push(' ');
                    }
                }
            }
            Event::End(ref e) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let name = e.local_name();
                match name.as_ref() {
                    "t" => in_text = false,
                    n if n == element => {
                        if let Some((id, paras)) = current.take() {
                            let text = paras
                                .iter()
                                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                                .filter(|p| !p.is_empty())
                                .collect::<Vec<_>>()
                                .join(" ");
                            if !text.is_empty() {
                                out.insert(id, text);
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) if in_text && skip == 0 => {
                if let Some(last) = current.as_mut().and_then(|(_, p)| p.last_mut()) {
                    last.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(ref r) if in_text && skip == 0 => {
                if let (Some(ch), Some(last)) = (
                    super::referenced_char(r),
                    current.as_mut().and_then(|(_, p)| p.last_mut()),
                ) {
                    last.push(ch);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Puts each note on the first page, from the previous note's on, whose
/// text holds its mark; a note whose mark is on no page goes at the end
/// of the last page as a line of its own (`¹ text`), so its text is read.
pub(super) fn place(pages: &mut [Page], notes: Vec<Placed>) {
    let mut from = 0;
    for note in notes {
        let found = (from..pages.len()).find(|&k| {
            !note.label.is_empty()
                && pages[k]
                    .lines
                    .iter()
                    .any(|l| crate::structure::note_mark_at(&l.text, &note.label).is_some())
        });
        match found {
            Some(k) => {
                from = k;
                pages[k]
                    .footnotes
                    .push(format!("{} {}", note.label, note.text));
            }
            None => {
                if let Some(last) = pages.last_mut() {
                    let label = superscript(&note.label);
                    let line = if label.is_empty() {
                        note.text
                    } else {
                        format!("{label} {}", note.text)
                    };
                    push_rows(&mut last.lines, &line, None, false, None, None);
                }
            }
        }
    }
}
