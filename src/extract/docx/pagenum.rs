//! The page numbers a Word document prints: Word numbers the pages of
//! each section (`w:sectPr`) on from the section before, or from the
//! number its `w:pgNumType w:start` restarts them at (a body numbered from
//! 1 after a cover and a contents page), in the section's format
//! (`w:fmt`: `lowerRoman` prints `iii`), and prints the number where the
//! header or footer the page shows holds a `PAGE` field. A page whose
//! header and footer hold none prints no number (a cover), and gets none.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{attr, format_number, local, toggle_on};

/// The page-numbering properties of one section of a Word document.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct SectionProps {
    /// The number its first page gets (`w:pgNumType w:start`), when it
    /// restarts the numbering.
    pub start: Option<u32>,
    /// How its numbers are written (`w:pgNumType w:fmt`: `decimal`,
    /// `lowerRoman`, ...).
    pub format: Option<String>,
    /// Its first page shows the `first` header and footer (`w:titlePg`).
    pub title_page: bool,
    /// Its header and footer references: (`default`/`first`/`even`,
    /// relationship id).
    pub headers: Vec<(String, String)>,
    pub footers: Vec<(String, String)>,
}

/// The sections' properties (`w:sectPr`) of `document.xml` in document
/// order: those in paragraphs' properties ending a section, then the
/// body's own for the last section. The properties before a tracked
/// change (`w:sectPrChange`, `w:pPrChange`) are no section.
pub(super) fn sections(document: &str) -> Vec<SectionProps> {
    let mut reader = Reader::from_str(document);
    let mut out = Vec::new();
    let mut current: Option<SectionProps> = None;
    // Depth inside elements holding old properties, skipped.
    let mut old = 0usize;
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = local(e);
                if old > 0 {
                    if !empty {
                        old += 1;
                    }
                    continue;
                }
                match name {
                    "sectPrChange" | "pPrChange" if !empty => old = 1,
                    "sectPr" if current.is_none() => {
                        if empty {
                            out.push(SectionProps::default());
                        } else {
                            current = Some(SectionProps::default());
                        }
                    }
                    _ => {
                        if let Some(s) = current.as_mut() {
                            read_property(s, e, name);
                        }
                    }
                }
            }
            Event::End(ref e) => {
                if old > 0 {
                    old -= 1;
                    continue;
                }
                if e.local_name().as_ref() == "sectPr" {
                    if let Some(s) = current.take() {
                        out.push(s);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn read_property(s: &mut SectionProps, e: &BytesStart<'_>, name: &str) {
    match name {
        "pgNumType" => {
            s.start = attr(e, "start").and_then(|v| v.trim().parse::<u32>().ok());
            s.format = attr(e, "fmt");
        }
        "titlePg" => s.title_page = toggle_on(e),
        "headerReference" | "footerReference" => {
            let kind = attr(e, "type").unwrap_or_else(|| "default".into());
            if let Some(id) = attr(e, "id") {
                let refs = if name == "headerReference" {
                    &mut s.headers
                } else {
                    &mut s.footers
                };
                refs.push((kind, id));
            }
        }
        _ => {}
    }
}

/// Whether a header or footer part holds a `PAGE` field (`<w:fldSimple
/// w:instr="PAGE">`, or `PAGE` as a field code in `w:instrText`): the page
/// number printed there. `NUMPAGES` and `PAGEREF` are other fields.
pub(super) fn has_page_field(xml: &str) -> bool {
    let is_page = |code: &str| {
        code.split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("PAGE"))
    };
    let mut reader = Reader::from_str(xml);
    let mut in_instr = false;
    let mut code = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => return false,
            Ok(Event::Start(ref e) | Event::Empty(ref e)) => match local(e) {
                "fldSimple" if attr(e, "instr").is_some_and(|c| is_page(&c)) => return true,
                "instrText" => {
                    in_instr = true;
                    code.clear();
                }
                _ => {}
            },
            Ok(Event::Text(ref t)) if in_instr => {
                if code.len() < 256 {
                    code.push_str(&t.xml10_content());
                }
            }
            Ok(Event::End(ref e)) if e.local_name().as_ref() == "instrText" => {
                in_instr = false;
                if is_page(&code) {
                    return true;
                }
            }
            Ok(_) => {}
        }
    }
}

/// The number each page prints: `page_sections` gives each page's section
/// (an index into `sections`), `prints` whether the header or footer with
/// a relationship id holds a `PAGE` field. `None` for a page that prints
/// none; all `None` when the document gives no sections.
pub(super) fn printed_numbers(
    sections: &[SectionProps],
    page_sections: &[usize],
    mut prints: impl FnMut(&str) -> bool,
) -> Vec<Option<String>> {
    if sections.is_empty() {
        return vec![None; page_sections.len()];
    }
    // A reference a section does not give itself it takes from the
    // section before (Word's "link to previous").
    let inherited = |s: usize, kind: &str, header: bool| -> Option<&str> {
        sections[..=s].iter().rev().find_map(|p| {
            let refs = if header { &p.headers } else { &p.footers };
            refs.iter()
                .find(|(k, _)| k == kind)
                .map(|(_, id)| id.as_str())
        })
    };
    let mut out = Vec::with_capacity(page_sections.len());
    let mut number: u32 = 0;
    for (i, &s) in page_sections.iter().enumerate() {
        let s = s.min(sections.len() - 1);
        let props = &sections[s];
        let first_of_section = i == 0 || page_sections[i - 1].min(sections.len() - 1) != s;
        number = match props.start {
            Some(start) if first_of_section => start,
            _ => number.saturating_add(1),
        };
        let kind = if first_of_section && props.title_page {
            "first"
        } else {
            "default"
        };
        let shows = [true, false]
            .into_iter()
            .filter_map(|header| inherited(s, kind, header))
            .any(&mut prints);
        out.push(
            shows.then(|| format_number(number, props.format.as_deref().unwrap_or("decimal"))),
        );
    }
    out
}
