//! Stage 2, structure: a version's numbered sections and appendices.
//!
//! Headings are recognised line by line from their shape (`5.2 Titel`,
//! `Hoofdstuk 3: Titel`, `Bijlage 1 – Titel`, `A. Titel`), then filtered:
//!
//! - table-of-contents lines (dot leaders, an `Inhoud(sopgave)` block, and
//!   a run of headings without text that restarts at the first number) are
//!   never headings;
//! - a title must look like a title: short, starting with a capital, not a
//!   sentence (no inner full stop, no trailing full stop or comma), not
//!   continued in lower case on the next line of the same paragraph;
//! - when the extractor gives layout hints (`font_size`, `bold`), a heading
//!   in body text size that is not bold must also fit the numbering
//!   strictly;
//! - the number must fit the sequence: after `5.2` come `5.2.1`, `5.3` or
//!   `6` (a chapter may skip one number when the title is clearly a
//!   heading, as when an extractor lost a glyph).
//!
//! Each section keeps its own text only (subsections excluded) and the
//! physical pages it spans.

use std::sync::OnceLock;

use regex::Regex;

use crate::model::{Document, Line, PageLabel, Section, Version};

/// Builds the section list of a version from its extracted text.
pub fn parse_version(doc: &Document, label: &str) -> Version {
    let lines = flatten(doc);
    let layout = Layout::of(&lines);
    let mut b = Builder::default();
    let mut i = 0;
    let mut in_toc = false;
    while i < lines.len() {
        let line = &lines[i];
        let text = line.text.as_str();
        if is_toc_title(text) {
            in_toc = true;
            i += 1;
            continue;
        }
        if in_toc {
            if looks_like_toc_entry(text) || text.is_empty() {
                i += 1;
                continue;
            }
            in_toc = false;
        }
        if has_dot_leader(text) {
            i += 1;
            continue;
        }
        let next = lines.get(i + 1);
        if let Some((cand, consumed)) = candidate(line, next) {
            let clear = layout.is_clear_heading(line);
            // A number alone on its line (title on the next) is a heading
            // only with layout evidence or the word `Hoofdstuk`: in plain
            // text it is far more often a footnote or page number.
            let bare = consumed == 2 && matches!(cand.num, Num::Numbered(_));
            if bare && !clear && !cand.explicit {
                b.push_text(line);
                i += 1;
                continue;
            }
            let continued = consumed == 1 && next.is_some_and(|n| continues_sentence(line, n));
            let plain = layout.known && !clear;
            if !continued && b.accept(&cand, clear, plain) {
                b.open(cand, line.page);
                i += consumed;
                continue;
            }
        }
        b.push_text(line);
        i += 1;
    }
    Version {
        file: doc.file.clone(),
        label: label.to_string(),
        sections: b.finish(),
        page_labels: doc
            .pages
            .iter()
            .filter_map(|p| {
                p.printed_number.as_ref().map(|printed| PageLabel {
                    page: p.number,
                    printed: printed.clone(),
                })
            })
            .collect(),
    }
}

/// One line of the document with its page.
#[derive(Debug, Clone)]
struct Item {
    text: String,
    page: u32,
    font_size: f32,
    bold: bool,
    paragraph_start: bool,
}

fn flatten(doc: &Document) -> Vec<Item> {
    let mut out = Vec::new();
    let furniture = crate::text::page_furniture(&doc.pages);
    for (pi, page) in doc.pages.iter().enumerate() {
        for (
            n,
            Line {
                text,
                font_size,
                bold,
                paragraph_start,
                ..
            },
        ) in page.lines.iter().enumerate()
        {
            if furniture.get(pi).is_some_and(|f| f.contains(&n)) {
                continue;
            }
            out.push(Item {
                text: clean(text),
                page: page.number,
                font_size: *font_size,
                bold: *bold,
                // A new page starts a new paragraph for heading purposes.
                paragraph_start: *paragraph_start || n == 0,
            });
        }
    }
    out
}

/// Trims and drops bullet glyphs from private-use areas that extractors
/// leave behind (Symbol/Wingdings bullets).
fn clean(text: &str) -> String {
    let t: String = text
        .chars()
        .filter(|c| !matches!(*c as u32, 0xE000..=0xF8FF))
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Layout statistics: the body text size, when the extractor knows sizes.
struct Layout {
    known: bool,
    body_size: f32,
}

impl Layout {
    fn of(lines: &[Item]) -> Layout {
        let mut counts: Vec<(i32, usize)> = Vec::new();
        for l in lines.iter().filter(|l| l.font_size > 0.0) {
            let key = (l.font_size * 2.0).round() as i32;
            let weight = l.text.chars().count();
            match counts.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => *n += weight,
                None => counts.push((key, weight)),
            }
        }
        let body = counts.iter().max_by_key(|(_, n)| *n).map(|(k, _)| *k);
        Layout {
            known: body.is_some(),
            body_size: body.map(|k| k as f32 / 2.0).unwrap_or(0.0),
        }
    }

    /// Bold or clearly larger than body text.
    fn is_clear_heading(&self, line: &Item) -> bool {
        self.known && (line.bold || line.font_size >= self.body_size + 1.0)
    }
}

/// What a heading line says.
#[derive(Debug, Clone, PartialEq)]
enum Num {
    /// `5.2.1` as `[5, 2, 1]`.
    Numbered(Vec<u32>),
    /// `Bijlage 2` (label as written after the word: `2`, `B`, `IV`).
    Appendix(String),
    /// `A.` lettered part of a chapter.
    Letter(char),
}

#[derive(Debug, Clone)]
struct Candidate {
    num: Num,
    title: String,
    /// `Hoofdstuk 3` or `Bijlage 1`: the word itself says it is a heading.
    explicit: bool,
}

use crate::text::static_regex as re;

fn numbered_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(?i:(hoofdstuk|hfdst\.?)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:\s*[:\-–—]\s*|\s+)(\S.*)$",
    )
}

fn bare_number_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(?i:(hoofdstuk)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s*[:\-–—]?$",
    )
}

fn appendix_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(?i:bijlage)\s+(\d{1,2}|[A-Z]|[IVX]{1,4})\b\.?\s*(?:[:\-–—]\s*)?(.*)$",
    )
}

fn letter_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^([A-H])[.)]\s+(\S.*)$")
}

/// The heading a line (and maybe the next line, for a title on its own
/// line) starts, and how many lines it takes.
fn candidate(line: &Item, next: Option<&Item>) -> Option<(Candidate, usize)> {
    let text = line.text.as_str();
    let next_title = || {
        next.map(|n| n.text.trim())
            .filter(|t| is_title(t) && numbered_re().captures(t).is_none())
            .map(str::to_string)
    };
    if let Some(c) = appendix_re().captures(text) {
        let label = c[1].to_string();
        let title = c[2].trim().to_string();
        if title.is_empty() {
            return Some((
                Candidate {
                    num: Num::Appendix(label),
                    title: next_title().unwrap_or_default(),
                    explicit: true,
                },
                if next_title().is_some() { 2 } else { 1 },
            ));
        }
        return is_title(&title).then_some((
            Candidate {
                num: Num::Appendix(label),
                title,
                explicit: true,
            },
            1,
        ));
    }
    if let Some(c) = numbered_re().captures(text) {
        let title = c[3].trim().to_string();
        let num = parse_number(&c[2])?;
        return is_title(&title).then_some((
            Candidate {
                num: Num::Numbered(num),
                title,
                explicit: c.get(1).is_some(),
            },
            1,
        ));
    }
    if let Some(c) = bare_number_re().captures(text) {
        let num = parse_number(&c[2])?;
        let title = next_title()?;
        return Some((
            Candidate {
                num: Num::Numbered(num),
                title,
                explicit: c.get(1).is_some(),
            },
            2,
        ));
    }
    if let Some(c) = letter_re().captures(text) {
        let title = c[2].trim().to_string();
        let letter = c[1].chars().next()?;
        return (is_title(&title) && title.split_whitespace().count() <= 8).then_some((
            Candidate {
                num: Num::Letter(letter),
                title,
                explicit: false,
            },
            1,
        ));
    }
    None
}

fn parse_number(s: &str) -> Option<Vec<u32>> {
    let parts: Option<Vec<u32>> = s.split('.').map(|p| p.parse().ok()).collect();
    let parts = parts?;
    // `0` only as a first component would be front matter; never `5.0`.
    if parts.iter().skip(1).any(|&p| p == 0) || parts.first() == Some(&0) {
        return None;
    }
    Some(parts)
}

/// Whether `t` reads like a heading's title rather than running text.
pub fn is_title(t: &str) -> bool {
    let t = t.trim();
    let Some(first) = t.chars().next() else {
        return false;
    };
    let words = t.split_whitespace().count();
    let commas = t.matches(',').count();
    let inner_sentence = t
        .char_indices()
        .any(|(i, c)| c == '.' && t[i + 1..].starts_with(' ') && i + 2 < t.len());
    (first.is_uppercase() || first == '‘' || first == '\'' || first == '"')
        && t.chars().count() <= 90
        && words <= 12
        && commas <= 3
        && !inner_sentence
        && !t.ends_with(['.', ',', ';'])
        && !t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
}

/// A heading line whose text runs on into the next line of the same
/// paragraph, starting in lower case, is a wrapped sentence.
fn continues_sentence(line: &Item, next: &Item) -> bool {
    if next.paragraph_start && !line.text.ends_with('-') {
        return false;
    }
    next.text
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c == '(')
}

fn is_toc_title(t: &str) -> bool {
    let t = t.trim().trim_end_matches(':').to_lowercase();
    matches!(
        t.as_str(),
        "inhoud" | "inhoudsopgave" | "inhoudstafel" | "inhoudsoverzicht" | "table of contents"
    )
}

fn has_dot_leader(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"(?:\.\s?){4,}\s*\d+\s*$|…{2,}|_{4,}\s*\d+\s*$").is_match(t)
}

/// An entry of a table of contents: ends in a page number.
fn looks_like_toc_entry(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    has_dot_leader(t) || re(&R, r"^\S.{0,100}?\s\d{1,3}$").is_match(t)
}

/// Accumulates sections while the document is read.
#[derive(Default)]
struct Builder {
    front: Section,
    front_pages: Option<(u32, u32)>,
    sections: Vec<Section>,
    nums: Vec<Num>,
    last_numbered: Option<Vec<u32>>,
    in_appendices: bool,
}

/// Sections with fewer own characters are "empty" (table-of-contents
/// entries, overview lists of appendices).
const EMPTY_TEXT: usize = 3;

impl Builder {
    /// Whether `cand` fits the numbering so far; may drop a preceding run
    /// of empty sections that turns out to be a table of contents.
    fn accept(&mut self, cand: &Candidate, clear: bool, plain: bool) -> bool {
        let strong = clear || cand.explicit;
        if let Some(pos) = self.nums.iter().position(|n| *n == cand.num) {
            // A number seen before: only a restart after a run of empty
            // entries (a table of contents or a list of appendices).
            let numbered_in_appendix = self.in_appendices && matches!(cand.num, Num::Numbered(_));
            if !numbered_in_appendix
                && self.sections[pos..]
                    .iter()
                    .all(|s| s.text.trim().chars().count() < EMPTY_TEXT)
            {
                self.truncate(pos);
                return self.fits(cand, strong, plain);
            }
            return false;
        }
        self.fits(cand, strong, plain)
    }

    fn fits(&self, cand: &Candidate, strong: bool, plain: bool) -> bool {
        match &cand.num {
            Num::Numbered(n) => {
                if self.in_appendices {
                    return false;
                }
                match &self.last_numbered {
                    None => {
                        n.iter().all(|&p| p == 1)
                            || (n.len() == 1 && n[0] <= 3 && (strong || !plain))
                    }
                    Some(last) => follows(last, n, strong && !plain || looks_strong(&cand.title)),
                }
            }
            Num::Appendix(label) => match self.nums.iter().rev().find_map(|n| match n {
                Num::Appendix(l) => Some(l.clone()),
                _ => None,
            }) {
                None => true,
                Some(prev) => appendix_after(&prev, label),
            },
            Num::Letter(c) => {
                if self.in_appendices || self.last_numbered.is_none() {
                    return false;
                }
                let prev = self.nums.iter().rev().find_map(|n| match n {
                    Num::Letter(l) => Some(*l),
                    Num::Numbered(v) if v.len() == 1 => Some('@'),
                    _ => None,
                });
                match prev {
                    Some(p) => (p as u32) + 1 == *c as u32 && !self.has_letter(*c),
                    None => false,
                }
            }
        }
    }

    fn has_letter(&self, c: char) -> bool {
        self.nums.contains(&Num::Letter(c))
    }

    fn truncate(&mut self, pos: usize) {
        self.sections.truncate(pos);
        self.nums.truncate(pos);
        self.last_numbered = self.nums.iter().rev().find_map(|n| match n {
            Num::Numbered(v) => Some(v.clone()),
            _ => None,
        });
        self.in_appendices = self.nums.iter().any(|n| matches!(n, Num::Appendix(_)));
    }

    fn open(&mut self, cand: Candidate, page: u32) {
        let (number, level) = match &cand.num {
            Num::Numbered(v) => {
                self.last_numbered = Some(v.clone());
                (
                    v.iter().map(u32::to_string).collect::<Vec<_>>().join("."),
                    v.len() as u8,
                )
            }
            Num::Appendix(l) => {
                self.in_appendices = true;
                (format!("Bijlage {l}"), 1)
            }
            Num::Letter(c) => (c.to_string(), 2),
        };
        self.nums.push(cand.num);
        self.sections.push(Section {
            number,
            title: cand.title,
            level,
            text: String::new(),
            pages: (page, page),
        });
    }

    fn push_text(&mut self, line: &Item) {
        if line.text.is_empty() {
            return;
        }
        let section = match self.sections.last_mut() {
            Some(s) => s,
            None => {
                let pages = self.front_pages.get_or_insert((line.page, line.page));
                pages.1 = line.page;
                &mut self.front
            }
        };
        if line.paragraph_start && !section.text.is_empty() && !section.text.ends_with("\n\n") {
            section.text.push('\n');
        }
        section.text.push_str(&line.text);
        section.text.push('\n');
        section.pages.1 = section.pages.1.max(line.page);
    }

    fn finish(self) -> Vec<Section> {
        let mut out = Vec::with_capacity(self.sections.len() + 1);
        if let Some(pages) = self.front_pages {
            if self.front.text.chars().any(char::is_alphanumeric) {
                let title = self
                    .front
                    .text
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .filter(|l| l.chars().count() <= 80)
                    .unwrap_or("Voorwerk")
                    .to_string();
                out.push(Section {
                    number: "0".to_string(),
                    title,
                    level: 1,
                    text: self.front.text,
                    pages,
                });
            }
        }
        out.extend(self.sections);
        out
    }
}

/// A title that is plainly a heading: a few words, no digits-only tail.
fn looks_strong(title: &str) -> bool {
    title.split_whitespace().count() <= 8 && !title.contains(',')
}

/// Whether number `n` may follow `last`: a first child, or the next
/// sibling at some level; a chapter may skip one number when `lenient`.
fn follows(last: &[u32], n: &[u32], lenient: bool) -> bool {
    // First child: 5.2 → 5.2.1
    if n.len() == last.len() + 1 && n[..last.len()] == *last && n[last.len()] == 1 {
        return true;
    }
    // Next sibling at depth d: 5.2.1 → 5.2.2, 5.3, 6
    if n.len() <= last.len() && n[..n.len() - 1] == last[..n.len() - 1] {
        let (a, b) = (last[n.len() - 1], n[n.len() - 1]);
        if b == a + 1 {
            return true;
        }
        if lenient && b == a + 2 {
            return true;
        }
    }
    false
}

fn appendix_after(prev: &str, next: &str) -> bool {
    match (prev.parse::<u32>(), next.parse::<u32>()) {
        (Ok(a), Ok(b)) => b > a && b <= a + 2,
        _ => {
            let (a, b) = (prev.chars().next(), next.chars().next());
            match (a, b) {
                (Some(a), Some(b)) if prev.len() == 1 && next.len() == 1 => b > a,
                _ => prev != next,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Page;

    fn doc(pages: &[&str]) -> Document {
        Document {
            file: "test.txt".into(),
            pages: pages
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let mut lines = Vec::new();
                    let mut para = true;
                    for l in p.lines() {
                        if l.trim().is_empty() {
                            para = true;
                            continue;
                        }
                        lines.push(Line {
                            text: l.to_string(),
                            paragraph_start: para,
                            ..Line::default()
                        });
                        para = false;
                    }
                    Page {
                        number: i as u32 + 1,
                        lines,
                        ..Page::default()
                    }
                })
                .collect(),
            warnings: vec![],
        }
    }

    fn numbers(v: &Version) -> Vec<&str> {
        v.sections.iter().map(|s| s.number.as_str()).collect()
    }

    #[test]
    fn chapters_sections_and_pages() {
        let d = doc(&[
            "Regiovisie Veilig Thuis\n\nConcept, mei 2026\n\n1 Inleiding\n\nDit is de inleiding.\n",
            "2. Doelen\n\nWe willen minder geweld.\n\n2.1 Preventie\n\nVoorkomen is beter.\n",
            "Nog meer over preventie.\n\n2.2 Hulp\nSnelle hulp.\n\nHoofdstuk 3: Financiën\n\nGeld.\n",
        ]);
        let v = parse_version(&d, "Concept");
        assert_eq!(numbers(&v), ["0", "1", "2", "2.1", "2.2", "3"]);
        let s = v.section("2.1").unwrap();
        assert_eq!(s.title, "Preventie");
        assert_eq!(s.pages, (2, 3));
        assert!(s.text.contains("Nog meer over preventie"));
        assert!(!v.section("2").unwrap().text.contains("Voorkomen"));
        assert_eq!(v.section("3").unwrap().title, "Financiën");
        assert_eq!(v.section("0").unwrap().title, "Regiovisie Veilig Thuis");
        assert_eq!(v.section("2").unwrap().level, 1);
        assert_eq!(v.section("2.2").unwrap().level, 2);
    }

    #[test]
    fn toc_lines_are_skipped() {
        let d = doc(&[
            "Inhoudsopgave\n1 Inleiding 3\n2 Doelen 4\n2.1 Preventie 4\nBijlage 1 Begrippen 9\n",
            "1 Inleiding\n\nTekst van de inleiding die lang genoeg is om te tellen.\n\n2 Doelen\n\nDoelen.\n\n2.1 Preventie\n\nMeer.\n",
        ]);
        let v = parse_version(&d, "x");
        assert_eq!(numbers(&v), ["1", "2", "2.1"]);
        assert_eq!(v.section("1").unwrap().pages, (2, 2));
        // Dot leaders without a title block, and a TOC restart.
        let d = doc(&[
            "1 Inleiding ........ 3\n2 Doelen ..... 5\n",
            "1 Inleiding\nEcht.\n\n2 Doelen\nOok echt.\n",
        ]);
        assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2"]);
        let d = doc(&[
            "1 Inleiding\n2 Doelen\n3 Geld\n\n1 Inleiding\n\nTekst.\n\n2 Doelen\n\nMeer tekst.\n",
        ]);
        let v = parse_version(&d, "x");
        assert_eq!(numbers(&v), ["1", "2"]);
        assert!(v.section("1").unwrap().text.contains("Tekst."));
    }

    #[test]
    fn numbered_list_items_are_not_headings() {
        let d = doc(&[
            "1 Inleiding\n\nDe gemeenten spreken af:\n1. De gemeente zorgt voor opvang.\n2. Iedere melding wordt binnen vijf dagen opgepakt.\n3 Professionals en vrijwilligers kennen de risicofactoren van huiselijk geweld bij\nspecifieke doelgroepen.\n\n2 Aanpak\n\nTekst.\n",
        ]);
        let v = parse_version(&d, "x");
        assert_eq!(numbers(&v), ["1", "2"]);
        assert!(v.section("1").unwrap().text.contains("binnen vijf dagen"));
    }

    #[test]
    fn dates_amounts_and_footnotes_are_not_headings() {
        let d = doc(&[
            "1 Inleiding\n\n14 oktober 2026 is de deadline.\n2019 2020 2021 2022\n1.000 euro per jaar\n17 Thans het Ministerie van Justitie\n\n2 Slot\n\nEinde.\n",
        ]);
        assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2"]);
    }

    #[test]
    fn appendices_and_letters() {
        let d = doc(&[
            "1 Inleiding\n\nTekst.\n\nA. Preventie\n\nVoorkomen.\n\nB. Vroegsignalering\n\nSignalen.\n\n2 Slot\n\nEinde.\n",
            "Bijlagen\nBijlage 1 Begrippenlijst\nBijlage 2 – Cijfers\n\nBijlage 1: Begrippenlijst\n\nAWBZ: een wet.\n\nBijlage 2 – Cijfers\n\n1 Schattingen\nVeel.\n",
        ]);
        let v = parse_version(&d, "x");
        assert_eq!(numbers(&v), ["1", "A", "B", "2", "Bijlage 1", "Bijlage 2"]);
        assert_eq!(v.section("Bijlage 1").unwrap().title, "Begrippenlijst");
        assert_eq!(v.section("Bijlage 2").unwrap().title, "Cijfers");
        assert!(v
            .section("Bijlage 2")
            .unwrap()
            .text
            .contains("1 Schattingen"));
        assert_eq!(v.section("A").unwrap().level, 2);
    }

    #[test]
    fn layout_hints_reject_plain_body_lines() {
        let mut d = doc(&["1 Inleiding\nTekst hier.\n2 Aanpak\nMeer tekst.\n3 Geld\n"]);
        for l in &mut d.pages[0].lines {
            l.font_size = 10.0;
        }
        d.pages[0].lines[0].bold = true;
        d.pages[0].lines[0].font_size = 14.0;
        d.pages[0].lines[2].font_size = 14.0;
        // "3 Geld" is body size and not bold, but fits the sequence.
        let v = parse_version(&d, "x");
        assert_eq!(numbers(&v), ["1", "2", "3"]);
        // A skipped number in body size is not accepted.
        d.pages[0].lines[4].text = "5 Geld".into();
        assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2"]);
    }

    #[test]
    fn empty_document() {
        assert!(parse_version(&Document::default(), "x").sections.is_empty());
    }
}
