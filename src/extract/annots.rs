//! A PDF page's review notes: the annotations (`/Annots`) a reader adds to
//! a page with text of their own: sticky notes (`/Text`), typed text
//! (`/FreeText`, also Acrobat's *Fill & Sign* and typewriter text), and the
//! note of a text markup (`/Highlight`, `/Underline`, `/StrikeOut`,
//! `/Squiggly`, `/Caret`) or a drawn shape. Links, form fields, pop-up
//! windows (their text is their parent's) and stamps are no notes.
//!
//! A markup's note is attached to the page text under its `/QuadPoints`,
//! as far as the lines laid out on the page tell it (a share of each line
//! by its width, cut to whole words).

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::deref;
use super::layout::RawLine;
use crate::model::Note;

/// At most this many notes are read from one page (a damaged or hostile
/// file could hold millions of annotations).
const MAX_PER_PAGE: usize = 500;
/// The most characters kept of one note's text.
const MAX_TEXT: usize = 8_000;

/// Annotation kinds whose `/Contents` is a reader's note.
const NOTE_KINDS: &[&[u8]] = &[
    b"Text",
    b"FreeText",
    b"Highlight",
    b"Underline",
    b"StrikeOut",
    b"Squiggly",
    b"Caret",
    b"Square",
    b"Circle",
    b"Polygon",
    b"PolyLine",
    b"Line",
    b"Ink",
];

/// Markup kinds that mark page text: their note is attached to it.
const MARKUP_KINDS: &[&[u8]] = &[b"Highlight", b"Underline", b"StrikeOut", b"Squiggly"];

/// The notes on page `number` (object `page_id`), whose text was laid out
/// as `lines` (baselines from the top of a page of display height
/// `height`, in the space `base` maps user space to).
pub(super) fn page_notes(
    doc: &Document,
    page_id: ObjectId,
    number: u32,
    lines: &[RawLine],
    base: &[f32; 6],
    height: f32,
) -> Vec<Note> {
    let Some(page) = doc.get_dictionary(page_id).ok() else {
        return Vec::new();
    };
    let Some(annots) = deref(doc, page.get(b"Annots").ok()).and_then(|a| a.as_array().ok()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Each note's annotation, and the annotation it replies to (`/IRT`).
    let mut ids: Vec<(Option<ObjectId>, Option<ObjectId>)> = Vec::new();
    for a in annots.iter().take(MAX_PER_PAGE * 4) {
        if out.len() >= MAX_PER_PAGE {
            break;
        }
        let Some(annot) = deref(doc, Some(a)).and_then(|o| o.as_dict().ok()) else {
            continue;
        };
        if let Some(note) = note_of(doc, annot, number, lines, base, height) {
            out.push(note);
            let reply_to = annot.get(b"IRT").ok().and_then(|r| r.as_reference().ok());
            ids.push((a.as_reference().ok(), reply_to));
        }
    }
    // A reply goes with the note it answers: attached to the same text
    // (a reply to a reply, to the first note's).
    for k in 0..out.len() {
        let mut parent = ids[k].1;
        let mut hops = 0;
        while let Some(p) = parent {
            let Some(j) = ids.iter().position(|(id, _)| *id == Some(p)) else {
                break;
            };
            if out[k].anchor.is_none() {
                out[k].anchor = out[j].anchor.clone();
            }
            parent = ids[j].1;
            hops += 1;
            if hops > MAX_PER_PAGE || j == k {
                break;
            }
        }
    }
    out
}

/// The note of one annotation, when it is a note with text.
fn note_of(
    doc: &Document,
    annot: &Dictionary,
    number: u32,
    lines: &[RawLine],
    base: &[f32; 6],
    height: f32,
) -> Option<Note> {
    let kind = deref(doc, annot.get(b"Subtype").ok())?.as_name().ok()?;
    if !NOTE_KINDS.contains(&kind) {
        return None;
    }
    let text = text_string(doc, annot, b"Contents")
        .filter(|t| !t.is_empty())
        .or_else(|| text_string(doc, annot, b"RC").map(|rc| without_markup(&rc)))
        .filter(|t| !t.is_empty())?;
    let text: String = text.chars().take(MAX_TEXT).collect();
    let anchor = if MARKUP_KINDS.contains(&kind) {
        marked_text(doc, annot, lines, base, height)
    } else if kind == b"Text" {
        line_beside(doc, annot, lines, base, height)
    } else {
        None
    }
    .filter(|a| !a.is_empty() && *a != text);
    Some(Note {
        text,
        page: Some(number),
        anchor,
        author: text_string(doc, annot, b"T").filter(|t| !t.is_empty()),
        date: text_string(doc, annot, b"M")
            .or_else(|| text_string(doc, annot, b"CreationDate"))
            .and_then(|d| pdf_date(&d)),
        ..Note::default()
    })
}

/// The text string under `key`, on one line (PDFDocEncoding, UTF-16 or
/// UTF-8, as the PDF says).
fn text_string(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<String> {
    let obj = deref(doc, dict.get(key).ok())?;
    let text = match obj {
        Object::String(..) => lopdf::decode_text_string(obj).ok()?,
        // Rich text may come as a stream.
        Object::Stream(s) => {
            let bytes = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            String::from_utf8_lossy(&bytes).into_owned()
        }
        _ => return None,
    };
    Some(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(['\u{0}', '\u{FEFF}'], ""),
    )
}

/// The text of rich text (`/RC`, XHTML): its tags left out, the usual
/// entities read.
fn without_markup(rc: &str) -> String {
    let mut out = String::with_capacity(rc.len());
    let mut in_tag = false;
    for c in rc.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#13;", " ")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The date of a PDF date string (`D:20261005140300+02'00'`).
fn pdf_date(value: &str) -> Option<chrono::NaiveDate> {
    let digits = value.trim().trim_start_matches("D:");
    let y: i32 = digits.get(..4)?.parse().ok()?;
    let m: u32 = digits.get(4..6).and_then(|m| m.parse().ok()).unwrap_or(1);
    let d: u32 = digits.get(6..8).and_then(|d| d.parse().ok()).unwrap_or(1);
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// The finite numbers of the array `key` of `annot` (`/Rect`,
/// `/QuadPoints`); none where it is missing or no array.
fn numbers(doc: &Document, annot: &Dictionary, key: &[u8]) -> Vec<f32> {
    deref(doc, annot.get(key).ok())
        .and_then(|o| o.as_array().ok())
        .map(|a| {
            a.iter()
                .filter_map(|o| deref(doc, Some(o)).and_then(|o| o.as_float().ok()))
                .filter(|v| v.is_finite())
                .collect()
        })
        .unwrap_or_default()
}

/// The page text under a markup's `/QuadPoints` (or its `/Rect`): of each
/// line whose baseline lies in a quadrilateral, the share its width
/// covers, cut to whole words.
fn marked_text(
    doc: &Document,
    annot: &Dictionary,
    lines: &[RawLine],
    base: &[f32; 6],
    height: f32,
) -> Option<String> {
    let numbers = |key: &[u8]| numbers(doc, annot, key);
    let mut quads: Vec<Vec<(f32, f32)>> = numbers(b"QuadPoints")
        .chunks_exact(8)
        .take(1000)
        .map(|q| q.chunks_exact(2).map(|p| (p[0], p[1])).collect())
        .collect();
    if quads.is_empty() {
        let r = numbers(b"Rect");
        if r.len() == 4 {
            quads.push(vec![(r[0], r[1]), (r[2], r[3])]);
        }
    }
    let mut parts: Vec<String> = Vec::new();
    for quad in quads {
        let points: Vec<(f32, f32)> = quad
            .iter()
            .map(|&(x, y)| to_display(base, height, x, y))
            .collect();
        let (x0, x1) = span(points.iter().map(|p| p.0))?;
        let (top, bottom) = span(points.iter().map(|p| p.1))?;
        for l in lines {
            if !in_band(l, top, bottom) || l.x_end < x0 || l.x > x1 {
                continue;
            }
            let part = share_of(l, x0, x1);
            if !part.is_empty() && parts.last() != Some(&part) {
                parts.push(part);
            }
        }
    }
    let text = parts.join(" ");
    (!text.is_empty()).then_some(text)
}

/// The line of page text a sticky note (`/Text`) is placed beside: the
/// one whose baseline is nearest the middle of the note's icon (`/Rect`),
/// among those within its height; a note where no text is has none.
fn line_beside(
    doc: &Document,
    annot: &Dictionary,
    lines: &[RawLine],
    base: &[f32; 6],
    height: f32,
) -> Option<String> {
    let r = numbers(doc, annot, b"Rect");
    if r.len() != 4 {
        return None;
    }
    let ys = [(r[0], r[1]), (r[2], r[3])].map(|(x, y)| to_display(base, height, x, y).1);
    let (top, bottom) = (ys[0].min(ys[1]), ys[0].max(ys[1]));
    let middle = (top + bottom) / 2.0;
    lines
        .iter()
        .filter(|l| in_band(l, top, bottom) && !l.text.trim().is_empty())
        .min_by(|a, b| (a.y - middle).abs().total_cmp(&(b.y - middle).abs()))
        .map(|l| l.text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Point (`x`, `y`) of an annotation in display space, y from the top as
/// the lines are: through the page's matrix `base`, on a page `height`
/// high.
fn to_display(base: &[f32; 6], height: f32, x: f32, y: f32) -> (f32, f32) {
    (
        base[0] * x + base[2] * y + base[4],
        height - (base[1] * x + base[3] * y + base[5]),
    )
}

/// Whether line `l`'s baseline lies between `top` and `bottom` (display
/// space), with a slack of a third of its type size.
fn in_band(l: &RawLine, top: f32, bottom: f32) -> bool {
    let slack = (l.size * 0.3).max(1.0);
    l.y >= top - slack && l.y <= bottom + slack
}

/// The least and greatest of `values`.
fn span(values: impl Iterator<Item = f32>) -> Option<(f32, f32)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

/// The words of line `l` between `x0` and `x1`, placed by their share of
/// the line's width (a word counts when its middle is inside).
fn share_of(l: &RawLine, x0: f32, x1: f32) -> String {
    let chars: Vec<char> = l.text.chars().collect();
    let width = (l.x_end - l.x).max(1.0);
    let n = chars.len().max(1) as f32;
    let at = |i: usize| l.x + width * (i as f32 / n);
    let mut words = Vec::new();
    let mut start = None;
    for i in 0..=chars.len() {
        let space = chars.get(i).is_none_or(|c| c.is_whitespace());
        match (space, start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                let middle = (at(s) + at(i)) / 2.0;
                if middle >= x0 && middle <= x1 {
                    words.push(chars[s..i].iter().collect::<String>());
                }
                start = None;
            }
            _ => {}
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests;

/// At most this many files attached inside a PDF are named.
const MAX_ATTACHED: usize = 50;

/// The names of the files attached inside a PDF (its document-level
/// `/EmbeddedFiles` and the pages' `/FileAttachment` annotations), in
/// order, each once: a letter sent as a cover page with the zienswijze
/// attached in it.
pub(super) fn attached_files(doc: &Document, pages: &[ObjectId]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |spec: Option<&Object>| {
        let Some(name) = file_spec_name(doc, spec) else {
            return;
        };
        if !names.contains(&name) && names.len() < MAX_ATTACHED {
            names.push(name);
        }
    };
    let catalog = doc
        .trailer
        .get(b"Root")
        .ok()
        .and_then(|r| deref(doc, Some(r)))
        .and_then(|o| o.as_dict().ok());
    let tree = catalog
        .and_then(|c| deref(doc, c.get(b"Names").ok()))
        .and_then(|o| o.as_dict().ok())
        .and_then(|n| deref(doc, n.get(b"EmbeddedFiles").ok()));
    // The name tree: `/Names [key spec ...]` in its leaves, `/Kids` above.
    let mut stack: Vec<(&Object, usize)> = tree.map(|t| (t, 0)).into_iter().collect();
    let mut visited = 0usize;
    while let Some((node, depth)) = stack.pop() {
        visited += 1;
        if visited > MAX_ATTACHED * 4 || depth > 8 {
            break;
        }
        let Some(node) = deref(doc, Some(node)).and_then(|o| o.as_dict().ok()) else {
            continue;
        };
        if let Some(leaf) = deref(doc, node.get(b"Names").ok()).and_then(|o| o.as_array().ok()) {
            for pair in leaf.chunks(2).take(MAX_ATTACHED) {
                add(pair.get(1));
            }
        }
        if let Some(kids) = deref(doc, node.get(b"Kids").ok()).and_then(|o| o.as_array().ok()) {
            stack.extend(kids.iter().rev().take(MAX_ATTACHED).map(|k| (k, depth + 1)));
        }
    }
    for &page in pages {
        let Some(annots) = doc
            .get_dictionary(page)
            .ok()
            .and_then(|p| deref(doc, p.get(b"Annots").ok()))
            .and_then(|a| a.as_array().ok())
        else {
            continue;
        };
        for a in annots.iter().take(MAX_PER_PAGE * 4) {
            let Some(annot) = deref(doc, Some(a)).and_then(|o| o.as_dict().ok()) else {
                continue;
            };
            let kind = deref(doc, annot.get(b"Subtype").ok()).and_then(|k| k.as_name().ok());
            if kind == Some(b"FileAttachment".as_slice()) {
                add(annot.get(b"FS").ok());
            }
        }
    }
    names
}

/// The file name a file specification gives (`/UF`, else `/F`, a path's
/// last part), or the string that is one.
fn file_spec_name(doc: &Document, spec: Option<&Object>) -> Option<String> {
    let spec = deref(doc, spec)?;
    let name = match spec {
        Object::String(..) => lopdf::decode_text_string(spec).ok()?,
        Object::Dictionary(d) => text_string(doc, d, b"UF")
            .filter(|n| !n.is_empty())
            .or_else(|| text_string(doc, d, b"F"))?,
        _ => return None,
    };
    let name = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(&name)
        .replace(['\u{0}', '\u{FEFF}'], "")
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect::<String>();
    (!name.is_empty()).then_some(name)
}
