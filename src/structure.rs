//! Stage 2, structure: a version's numbered sections and appendices.
//!
//! Headings are recognised line by line from their shape (`5.2 Titel`,
//! `Hoofdstuk 3: Titel`, `Bijlage 1 – Titel`, `A. Titel`), then filtered:
//!
//! - table-of-contents lines (dot leaders, an `Inhoud(sopgave)` block,
//!   also with each page number and dot leader on a line of its own below
//!   its entry, as PDF extraction gives them, and a run of headings without
//!   text that restarts at the first number) are never headings;
//! - a title must look like a title: short, starting with a capital, not a
//!   sentence (no inner full stop, no trailing full stop or comma), not
//!   continued in lower case on the next line of the same paragraph;
//! - when the extractor gives layout hints (`font_size`, `bold`), a heading
//!   in body text size that is not bold must also fit the numbering
//!   strictly;
//! - the number must fit the sequence: after `5.2` come `5.2.1`, `5.3` or
//!   `6` (a chapter may skip one number when the title is clearly a
//!   heading, as when an extractor lost a glyph); a line the file sets as
//!   a heading (Word heading style, Markdown `#`, bold or larger in a
//!   PDF) may skip any numbers going forward (`2` → `2.2`, `1` → `5`).
//!
//! `2.0 Titel` (numbered `1.0`, `1.1`, `2.0`) is chapter `2`. A document
//! whose paragraphs open with chapters `I` and `II` is read again with
//! chapters in roman numerals (taken when that finds more sections, or
//! the numbers alone find none) (`III`, its sections
//! `3.1`, or `III.1` where printed so); one whose file marks headings
//! by style (Word's `Heading 1`, see `outline_headings`) is read by those.
//!
//! A document (or the part before its appendices) without any numbered
//! heading is read a second time for unnumbered headings: a short
//! title-like line standing alone between paragraphs and followed by body
//! text (in plain text after a finished sentence, in a PDF bold or larger
//! than the body), and labelled headings like `Maatregel 3: Titel`. Those
//! are numbered `1`, `2`, ... in order, a labelled one by its label
//! (`Maatregel 3`, as `Bijlage 2`); see `fallback_headings`. A document
//! with numbered headings is read exactly as before.
//!
//! Each section keeps its own text only (subsections excluded) and the
//! physical pages it spans.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use regex::Regex;

use crate::model::{Document, Line, PageLabel, Section, Version};

/// Builds the section list of a version from its extracted text.
///
/// Numbered headings come first: a document with any numbered heading is
/// read by its numbers alone. Only when nothing before the appendices is
/// numbered are unnumbered headings read (see [`fallback_headings`]), and
/// only when there are at least two of them.
pub fn parse_version(doc: &Document, label: &str) -> Version {
    let mut lines = flatten(doc);
    lines.truncate(lines.len() - site_footer_lines(&lines));
    let layout = Layout::of(&lines);
    let numbered = read(&lines, &layout, Reading::Numbers);
    // Chapters in roman numerals over sections in arabic ones (`Hoofdstuk
    // II`, `2.1`): read by numbers alone only the first chapter's sections
    // are found (`1.1`, `1.2`), so the reading that finds more wins.
    let roman = roman_chapters(&lines)
        .then(|| read(&lines, &layout, Reading::Roman))
        .filter(Builder::has_numbered);
    let b = match roman {
        Some(r) if !numbered.has_numbered() || r.sections.len() > numbered.sections.len() => r,
        _ if numbered.has_numbered() => numbered,
        _ => unnumbered_reading(&lines, &layout, numbered),
    };
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
        reading_warnings: doc
            .warnings
            .iter()
            .cloned()
            .chain(tracked_changes_warning(doc))
            .collect(),
        scanned_pages: doc.scanned_pages.clone(),
    }
}

/// The reading of a document without numbered headings: by the headings
/// its file's styles mark, else by [`fallback_headings`], else `numbered`.
fn unnumbered_reading(lines: &[Item], layout: &Layout, numbered: Builder) -> Builder {
    if let Some(styled) = Some(outline_headings(lines))
        .filter(|marks| !marks.is_empty())
        .map(|marks| read(lines, layout, Reading::Outline(&marks)))
        .filter(|b| b.fallback_opened > 0)
    {
        return styled;
    }
    let marks = fallback_headings(lines, layout);
    if marks.len() < MIN_FALLBACK_HEADINGS {
        return numbered;
    }
    let unnumbered = read(lines, layout, Reading::Marks(&marks));
    if unnumbered.fallback_opened >= MIN_FALLBACK_HEADINGS {
        unnumbered
    } else {
        numbered
    }
}

/// What to tell about a version saved with tracked changes not yet
/// accepted or rejected (a Word file): it is read with them accepted,
/// which may not be the text the working group decided on.
fn tracked_changes_warning(doc: &Document) -> Option<String> {
    // A paragraph inserted or deleted whole is no note (its text is read
    // as the document's), but a tracked change all the same.
    let changed = doc
        .notes
        .iter()
        .filter(|n| n.kind == crate::model::NoteKind::Change)
        .count()
        .max(doc.tracked_paragraphs);
    (changed > 0).then(|| {
        format!(
            "it holds tracked changes (bijgehouden wijzigingen) not yet accepted or rejected, \
             in {changed} paragraph{}; it was read with them accepted: check that this is the \
             version meant, or accept or reject them in Word and save the file again",
            if changed == 1 { "" } else { "s" }
        )
    })
}

/// How [`read`] reads a document's headings.
#[derive(Clone, Copy)]
enum Reading<'a> {
    /// By their numbers (`5.2`, `Hoofdstuk 3`, `Bijlage 1`, `A.`).
    Numbers,
    /// As [`Reading::Numbers`], with chapters numbered in roman numerals
    /// (`III Titel`, see [`roman_chapters`]); arabic numbers are only
    /// their sections (`3.1` under `III`).
    Roman,
    /// The unnumbered headings of [`fallback_headings`], by line, with
    /// numbered ones as in [`Reading::Numbers`].
    Marks(&'a HashMap<usize, Fallback>),
    /// The headings the file's own styles mark ([`outline_headings`]), by
    /// line; other lines open only appendices (`Bijlage 1`).
    Outline(&'a HashMap<usize, Fallback>),
}

/// One reading of the lines (see [`Reading`]).
fn read(lines: &[Item], layout: &Layout, how: Reading) -> Builder {
    let mut b = Builder {
        body_size: layout.known.then_some(layout.body_size),
        roman: matches!(how, Reading::Roman),
        outline: matches!(how, Reading::Outline(_)),
        ..Builder::default()
    };
    let fallback = match how {
        Reading::Marks(m) | Reading::Outline(m) => Some(m),
        Reading::Numbers | Reading::Roman => None,
    };
    // Front matter headings are read with numbered ones only: a document
    // without numbers reads every unnumbered heading as a section anyway.
    let front_headings = matches!(how, Reading::Numbers | Reading::Roman);
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
            // An entry whose dot leader and page number the extractor put
            // on lines of their own (`3.1 Methode` / `......` / `7`) is an
            // entry all the same: the contents go on while a line is one,
            // or is followed by one.
            let next_text = lines[i + 1..]
                .iter()
                .map(|l| l.text.as_str())
                .find(|t| !t.is_empty());
            if looks_like_toc_entry(text)
                || text.is_empty()
                || is_toc_filler(text)
                || next_text.is_some_and(is_toc_filler)
            {
                if front_headings {
                    b.toc_front.extend(unnumbered_toc_title(text));
                }
                i += 1;
                continue;
            }
            if front_headings {
                let (titles, consumed) = entries_without_page_numbers(&lines[i..]);
                if !titles.is_empty() {
                    i += consumed;
                    b.toc_front.extend(titles);
                    continue;
                }
            }
            in_toc = false;
        }
        if has_dot_leader(text) {
            i += 1;
            continue;
        }
        // `Samenvatting` (a heading the contents list without a number)
        // before the first numbered heading: a section of its own.
        if front_headings {
            if let Some(title) = b.front_heading(line, lines.get(i + 1), layout) {
                b.open_front(title, line.page);
                b.take_notes(line);
                i += 1;
                continue;
            }
        }
        // A heading followed by a line of only a dot leader is an entry of
        // a table of contents without a title: the contents start here.
        if lines.get(i + 1).is_some_and(|n| is_leader(&n.text))
            && candidate(line, lines.get(i + 1)).is_some()
        {
            in_toc = true;
            i += 1;
            continue;
        }
        if let Some(f) = fallback.and_then(|m| m.get(&i)) {
            if b.accept_fallback(&f.num) {
                b.fallback_opened += 1;
                b.open(
                    Candidate {
                        num: f.num.clone(),
                        title: f.title.clone(),
                        explicit: false,
                        roman_parent: false,
                    },
                    line.page,
                );
                for l in lines.iter().skip(i).take(f.consumed.max(1)) {
                    b.take_notes(l);
                }
                i += f.consumed;
                continue;
            }
        }
        let next = lines.get(i + 1);
        // A title cut off at the end of its line runs on into the next:
        // read as one heading of two lines (see `wrapped_heading`).
        let found = match wrapped_heading(lines, i, layout)
            .or_else(|| wrapped_in_heading_type(lines, i, layout))
        {
            Some(cand) => Some((cand, 2, true)),
            None => candidate(line, next)
                .or_else(|| {
                    b.roman
                        .then(|| {
                            roman_section_candidate(line).or_else(|| roman_candidate(line, next))
                        })
                        .flatten()
                })
                .map(|(cand, consumed)| (cand, consumed, false)),
        };
        if let Some((cand, consumed, wrapped)) = found {
            let clear = layout.is_clear_heading(line);
            // A number alone on its line (title on the next) is a heading
            // only with layout evidence or the word `Hoofdstuk`: in plain
            // text it is far more often a footnote or page number.
            let bare =
                !wrapped && consumed == 2 && matches!(cand.num, Num::Numbered(_) | Num::Roman(_));
            if bare && !clear && !cand.explicit {
                b.push_text(line);
                i += 1;
                continue;
            }
            // A title cut off (`3 Bron: Regiovisie ... 2019 –`, ending in a
            // dash, a comma or a word like `en`) whose next line of the same
            // paragraph was no rest of a title (see `wrapped_heading`) is a
            // sentence or a footnote broken over lines, unless the layout
            // sets the line apart.
            let cut_off = !wrapped
                && !line.md_heading
                && consumed == 1
                && !clear
                && ends_open(&cand.title)
                && next.is_some_and(|n| {
                    !n.paragraph_start && n.page == line.page && !n.text.is_empty()
                });
            let continued = cut_off
                || !wrapped && consumed == 1 && next.is_some_and(|n| continues_sentence(line, n));
            let plain = layout.known && !clear;
            // An item of a numbered list that restarted in this section
            // (`1 ...`, `2 ...`, then this `3 ...`) is no chapter when a
            // real chapter with its number comes later.
            let list_item = match (&cand.num, b.last_numbered.as_deref()) {
                (Num::Numbered(v), Some([chapter, ..])) if v.len() == 1 && v[0] >= 2 => {
                    b.restarted_list_reaches(v[0] - 1)
                        && shadows_later_chapter(lines, i, consumed, v[0], *chapter)
                }
                _ => false,
            };
            // `2.0 Titel` is a chapter only where the chapters are written
            // so (`1.0 Inleiding`): under a chapter `1 Inleiding` it is a
            // line of a list or table (`2.0 Inspraakversie`).
            let chapter = matches!(&cand.num, Num::Numbered(v) if v.len() == 1);
            let zero = chapter && written_n_dot_zero(text);
            let odd_zero = zero && b.chapters_n_dot_zero == Some(false);
            // A line the file sets as a heading (a Word heading style, a
            // Markdown `#`, bold or larger type in a PDF) may skip numbers
            // (`2`, `2.2`: 2.1 was cut from the draft), see `skips_forward`.
            let marked = line.md_heading || line.heading_level.is_some_and(|l| l >= 1);
            let set_as_heading = marked || clear;
            if !continued
                && !list_item
                && !odd_zero
                && b.accept(&cand, clear, plain, set_as_heading, marked)
            {
                if chapter {
                    b.chapters_n_dot_zero.get_or_insert(zero);
                }
                b.open(cand, line.page);
                for l in lines.iter().skip(i).take(consumed.max(1)) {
                    b.take_notes(l);
                }
                i += consumed;
                continue;
            }
        }
        b.push_text(line);
        i += 1;
    }
    b
}

/// Fewer unnumbered headings than this are not a structure: one short
/// line between paragraphs is as likely an emphasised sentence.
const MIN_FALLBACK_HEADINGS: usize = 2;

/// Fewer lines than this say nothing about the spacing of a text.
const DOUBLE_SPACED_MIN_LINES: usize = 12;

/// An unnumbered heading found by [`fallback_headings`].
#[derive(Debug, Clone)]
struct Fallback {
    /// [`Num::Plain`] (numbered when opened) or [`Num::Label`].
    num: Num,
    title: String,
    /// Lines taken: 2 for a label with its title on the next line.
    consumed: usize,
}

/// Words that label a numbered part of a plan: `Maatregel 3: Titel`,
/// `Actie 2 – Titel`, `Doel 3`. Not `Tabel`, `Figuur` (captions), `Stap`
/// (steps inside a text) or `Bijlage` (appendices, read as such).
fn label_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(?i:(maatregel|actie|actiepunt|actielijn|doel|doelstelling|ambitie|thema|pijler|speerpunt|opgave|prioriteit|programmalijn|spoor|bouwsteen|onderdeel|deel|fase|project|aanbeveling))\s+(\d{1,2})\b\.?\s*(?:[:\-–—]\s*)?(.*)$",
    )
}

/// Captions and source lines (`Tabel 1: ...`, `Figuur 2`, `Bron: CBS`)
/// are never unnumbered headings.
fn caption_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(?i:tabel|figuur|grafiek|afbeelding|kaart|foto|illustratie|bron|bronnen|noot|voetnoot)\b",
    )
}

/// Unnumbered headings, by the index of their line, for a document
/// without numbered headings. A heading is a paragraph of one short line
/// that reads like a title and is no caption (`Tabel 1`, `Bron: CBS`) (capital first, at most eight words, no comma,
/// no sentence-final or list-introducing punctuation), standing alone
/// between paragraphs and followed by body text (a paragraph of ten words
/// or more that reads as sentences). At most two such lines may stand
/// together (a heading and its subheading); three or more are a list.
///
/// - Plain text (no layout hints): the paragraph before must end a
///   sentence (`.`, `!`, `?`), so the items of a list, the lines of a
///   signature block and the cells of a table row are not headings.
/// - With layout hints (PDF): the line must be bold or larger than the
///   body text, and the body text after it must not be.
/// - Either way the first paragraph of the document (its title) is not a
///   heading: it names the front matter `0`.
///
/// A labelled heading (`Maatregel 3: Titel`, see [`label_re`]) needs
/// neither the sentence before nor layout evidence: its label and the
/// sequence of its numbers (1, 2, 3 per label word, checked when read)
/// are the evidence. Its number is the label itself (`Maatregel 3`), as
/// `Bijlage 2` is for an appendix; other unnumbered headings are numbered
/// `1`, `2`, `3` in order of appearance (text before the first heading
/// stays `0`).
fn fallback_headings(lines: &[Item], layout: &Layout) -> HashMap<usize, Fallback> {
    // Paragraphs as their line indices, empty lines skipped.
    let mut paras: Vec<Vec<usize>> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
        }
        match paras.last_mut() {
            Some(p) if !l.paragraph_start => p.push(i),
            _ => paras.push(vec![i]),
        }
    }
    // Double-spaced text (an empty line after nearly every line, as some
    // PDF-to-text conversions give): there every line is a "paragraph",
    // and a heading is the line that runs straight into the next one.
    // Paragraphs are read anew: a line that ends a sentence ends one, and
    // such a heading stands alone, as in ordinarily spaced text.
    // The sign: most "paragraphs" are one line, and many of them run on in
    // the next one (which starts in lower case).
    let lines_total = lines.iter().filter(|l| !l.text.is_empty()).count();
    let runs_on = paras
        .windows(2)
        .filter(|w| {
            let (Some(&a), Some(&b)) = (w[0].last(), w[1].first()) else {
                return false;
            };
            !lines[a].text.trim_end().ends_with(['.', '!', '?', ':'])
                && lines[b].text.starts_with(char::is_lowercase)
        })
        .count();
    if lines_total >= DOUBLE_SPACED_MIN_LINES
        && paras.len() * 2 > lines_total
        && runs_on * 4 >= paras.len()
    {
        let glued_heading = |p: &[usize]| -> bool {
            matches!(p, [first, second, ..]
                if is_title(&lines[*first].text)
                    && !continues_sentence(&lines[*first], &lines[*second]))
        };
        let mut merged: Vec<Vec<usize>> = Vec::new();
        // Whether the last paragraph runs on into the next line.
        let mut open = false;
        for p in paras {
            let rest = if glued_heading(&p) {
                merged.push(vec![p[0]]);
                open = false;
                p[1..].to_vec()
            } else {
                p
            };
            let last_line = rest.last().copied();
            match merged.last_mut() {
                Some(last) if open => last.extend(rest),
                _ => merged.push(rest),
            }
            open = last_line.is_some_and(|i| !ends_sentence(&lines[i].text, true));
        }
        paras = merged;
    }
    let single = |p: &[usize]| -> Option<usize> {
        match p {
            [i] => Some(*i),
            _ => None,
        }
    };
    let label = |i: usize| -> Option<(String, u32, String)> {
        let c = label_re().captures(&lines[i].text)?;
        let word = &c[1];
        let mut chars = word.chars();
        let word = chars
            .next()?
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase));
        let n: u32 = c[2].parse().ok().filter(|&n| n > 0)?;
        let title = c[3].trim().to_string();
        if !lines[i].text.starts_with(char::is_uppercase) || !(title.is_empty() || is_title(&title))
        {
            return None;
        }
        Some((word.collect(), n, title))
    };
    let title_like = |i: usize| -> bool {
        let t = lines[i].text.as_str();
        is_title(t)
            && !caption_re().is_match(t)
            && looks_strong(t)
            && !t.ends_with(':')
            && t.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !is_toc_title(t)
            && !has_dot_leader(t)
            && candidate(&lines[i], lines.get(i + 1)).is_none()
            && (!layout.known || layout.is_clear_heading(&lines[i]) || label(i).is_some())
    };
    let body = |p: &[usize]| -> bool {
        let text: Vec<&str> = p.iter().map(|&i| lines[i].text.as_str()).collect();
        let text = text.join(" ");
        let sentence = ends_sentence(&text, true) || text.contains(". ");
        text.split_whitespace().count() >= 10
            && sentence
            && !(layout.known && layout.is_clear_heading(&lines[p[0]]))
    };
    let para_ends_sentence = |p: &[usize]| -> bool {
        p.last()
            .is_some_and(|&i| ends_sentence(&lines[i].text, false))
    };
    let mut out = HashMap::new();
    let mut k = 1;
    while k < paras.len() {
        // A run of title-like one-line paragraphs, then body text.
        let run: Vec<usize> = paras[k..]
            .iter()
            .map_while(|p| single(p).filter(|&i| title_like(i)))
            .collect();
        if run.is_empty() {
            k += 1;
            continue;
        }
        let after = k + run.len();
        let followed = run.len() <= 2 && paras.get(after).is_some_and(|p| body(p));
        let labelled = label(run[0]).is_some();
        let preceded = labelled || layout.known || para_ends_sentence(&paras[k - 1]);
        if followed && preceded {
            let mut j = 0;
            while j < run.len() {
                let i = run[j];
                match label(i) {
                    Some((word, n, title)) => {
                        let next = run.get(j + 1).filter(|_| title.is_empty());
                        out.insert(
                            i,
                            Fallback {
                                num: Num::Label(word, n),
                                title: match next {
                                    Some(&t) => lines[t].text.clone(),
                                    None => title,
                                },
                                consumed: if next.is_some() { 2 } else { 1 },
                            },
                        );
                        j += if next.is_some() { 2 } else { 1 };
                    }
                    None => {
                        out.insert(
                            i,
                            Fallback {
                                num: Num::Plain(0),
                                title: lines[i].text.clone(),
                                consumed: 1,
                            },
                        );
                        j += 1;
                    }
                }
            }
        }
        k = after;
    }
    out
}

/// The headings a document's own styles mark (Word's `Heading 1`,
/// `Heading 2`, see [`Line::heading_level`]), by the index of their line,
/// for a document without numbered headings. They are numbered as a
/// reader counts them: `1`, `1.1`, `1.2`, `2`, the levels used ranked
/// (`Heading 1` and `Heading 3` alone are levels 1 and 2), a level never
/// deeper than one below the heading before it.
///
/// Not headings: a title (`Title` style, or the document's first line
/// when no other heading is of its level or above: the name of the whole
/// document, front matter `0`), a table of contents' title, and an
/// appendix (`Bijlage 1`, read by its label). A heading's paragraph over
/// more lines is one title.
fn outline_headings(lines: &[Item]) -> HashMap<usize, Fallback> {
    let mut heads: Vec<(usize, u8, String, usize)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(level) = l.heading_level else {
            continue;
        };
        let taken = heads.last().is_some_and(|h| h.0 + h.3 > i);
        if l.text.is_empty() || taken {
            continue;
        }
        // The rest of the paragraph, in the same style.
        let more = lines[i + 1..]
            .iter()
            .take_while(|n| !n.paragraph_start && n.heading_level == Some(level))
            .count();
        let title: Vec<&str> = lines[i..=i + more]
            .iter()
            .map(|l| l.text.as_str())
            .collect();
        heads.push((i, level, title.join(" "), more + 1));
    }
    let first_line = lines.iter().position(|l| !l.text.is_empty());
    let title_line = heads
        .iter()
        .find(|h| Some(h.0) == first_line)
        .filter(|t| !heads.iter().any(|h| h.0 != t.0 && h.1 <= t.1))
        .map(|t| t.0);
    heads.retain(|(i, level, title, _)| {
        let document_title = *level == 0 || Some(*i) == title_line;
        let appendix =
            candidate(&lines[*i], None).is_some_and(|(c, _)| matches!(c.num, Num::Appendix(_)));
        !document_title && !appendix && !is_toc_title(title)
    });
    let mut levels: Vec<u8> = heads.iter().map(|h| h.1).collect();
    levels.sort_unstable();
    levels.dedup();
    let mut path: Vec<u32> = Vec::new();
    let mut out = HashMap::new();
    for (i, level, title, consumed) in heads {
        let rank = levels.iter().position(|&l| l == level).unwrap_or(0) + 1;
        let depth = rank.min(path.len() + 1);
        path.truncate(depth);
        match path.get_mut(depth - 1) {
            Some(n) => *n += 1,
            None => path.push(1),
        }
        out.insert(
            i,
            Fallback {
                num: Num::Numbered(path.clone()),
                title,
                consumed,
            },
        );
    }
    out
}

/// Whether `text` ends a sentence (`.`, `!`, `?`, with `colon` also `:`),
/// closing quotes and brackets aside.
fn ends_sentence(text: &str, colon: bool) -> bool {
    let t = text.trim_end_matches(['"', '\'', '’', '”', ')']);
    t.ends_with(['.', '!', '?']) || colon && t.ends_with(':')
}

/// Lines a web page's own footer may take at the end of a printed page
/// ([`site_footer_lines`]).
const SITE_FOOTER_MAX_LINES: usize = 3;

/// Parts a web page's footer has at least ([`site_footer_lines`]).
const SITE_FOOTER_MIN_PARTS: usize = 3;

/// Of those, parts that reach the site's owner or its pages at least.
const SITE_FOOTER_MIN_CONTACT_PARTS: usize = 2;

/// How many lines at the end of a draft are the footer of the web page it
/// was printed from (`Regio Eemvoorde · Postbus 500, 3820 AA Eemvoorde ·
/// inspraak@... · Laatst gewijzigd: 2 oktober 2026`), printed once below
/// the last section: no text of that section. Such a footer is the
/// document's last paragraph, of at most [`SITE_FOOTER_MAX_LINES`] lines,
/// a row of [`SITE_FOOTER_MIN_PARTS`] parts or more set apart by `·`, `|`
/// or `•`, no sentence and no table row, at least [`SITE_FOOTER_MIN_CONTACT_PARTS`] of
/// which reach the owner or the site ([`is_site_contact_part`]): a
/// paragraph of the draft's own ends a sentence or names no address.
fn site_footer_lines(lines: &[Item]) -> usize {
    let Some(start) = lines.iter().rposition(|l| l.paragraph_start) else {
        return 0;
    };
    let para = &lines[start..];
    if para.len() > SITE_FOOTER_MAX_LINES {
        return 0;
    }
    let text = para
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let parts: Vec<&str> = text
        .split(['·', '|', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // A table's last row (`| Gemeente | Postbus 10 | info@... |`) is the
    // draft's own.
    let table = text.starts_with('|') || para.iter().any(|l| l.table_cell.is_some());
    let sentence = text.contains(". ") || ends_sentence(&text, false);
    let contact = parts.iter().filter(|p| is_site_contact_part(p)).count();
    if parts.len() >= SITE_FOOTER_MIN_PARTS
        && contact >= SITE_FOOTER_MIN_CONTACT_PARTS
        && !sentence
        && !table
    {
        para.len()
    } else {
        0
    }
}

/// A part of a web page's footer that reaches the site's owner or its
/// pages: a postal address (`Postbus 500`, a postcode `3820 AA`), an
/// e-mail or web address, a phone number, when the page was last changed,
/// a copyright, or a link to the site's rules (`Privacy`, `Cookies`,
/// `Toegankelijkheid`, `Sitemap`, `Contact`).
fn is_site_contact_part(part: &str) -> bool {
    static ADDRESS: OnceLock<Regex> = OnceLock::new();
    static LINK: OnceLock<Regex> = OnceLock::new();
    re(
        &ADDRESS,
        r"(?:^|\s)(?i:postbus)\s+\d+|\b\d{4}\s?[A-Z]{2}\b|\S@\S+\.[A-Za-z]{2,}|(?i:www\.|https?://)|^(?i:tel(?:efoon)?\.?:?\s*)?[+(]?\d[\d ()-]{8,}\d$",
    )
    .is_match(part)
        || re(
            &LINK,
            r"^(?i:(?:laatst\s+)?(?:gewijzigd|bijgewerkt)\b.*|©.*|copyright\b.*|privacy(?:verklaring|beleid)?|cookies?(?:verklaring|beleid)?|disclaimer|proclaimer|toegankelijkheid(?:sverklaring)?|sitemap|contact)$",
        )
        .is_match(part)
}

/// Whether `line`, the first line kept on its page, goes on with the
/// paragraph of `prev`, the last line kept on the page before: `prev` ends
/// no sentence (a footnote's mark after its full stop aside, `gezocht.4`),
/// and `line` starts in lower case and no lettered item (`... bij een` /
/// `spoedsituatie wordt ...`), or the file's reader found it to go on
/// (`continued`: the same type, in a PDF; a Word paragraph over a page
/// break) while `prev` goes on from a line above it, ends in a comma or a
/// word in lower case, and `line` is no heading (`... en Thuis in
/// Hesselo,` / `Zorggroep Dinkeldal, ...`). Without it a paragraph cut by
/// the page's end was two in the section's text. An address's last line
/// (`Baghdad` / `Iraq`), a formula or an index entry at the foot of a
/// page ends in none of these, and the page after starts anew.
fn goes_on_over_page(prev: &Item, line: &Item, continued: bool) -> bool {
    let open = prev.text.trim_end_matches(|c: char| {
        c.is_ascii_digit() || crate::text::SUPERSCRIPT_DIGITS.contains(&c)
    });
    if open.is_empty() || ends_sentence(open, true) || prev.md_heading {
        return false;
    }
    let last_word = prev.text.rsplit(' ').next().unwrap_or_default();
    let lower_word = last_word.chars().all(char::is_alphabetic)
        && last_word.chars().any(char::is_lowercase)
        && !last_word.chars().any(char::is_uppercase);
    line.text.starts_with(char::is_lowercase) && !is_letter_item(&line.text)
        || continued
            && !prev.paragraph_start
            && (prev.text.ends_with(',') || lower_word)
            && candidate(line, None).is_none()
            && !is_toc_title(&line.text)
}

/// One line of the document with its page.
#[derive(Debug, Clone, Default)]
struct Item {
    text: String,
    page: u32,
    font_size: f32,
    bold: bool,
    paragraph_start: bool,
    /// The outline level the file's style gives it ([`Line::heading_level`]).
    heading_level: Option<u8>,
    /// A Markdown heading (`### 2.1 Titel`): its mark ends it at its line,
    /// so it never runs on into the next line, whatever that starts with.
    md_heading: bool,
    /// Footnotes whose marks this line holds: their texts go to the end of
    /// the section holding the line.
    notes: Vec<String>,
    /// The table cell it is in ([`Line::table_cell`]).
    table_cell: Option<(u32, u32, u32)>,
}

fn flatten(doc: &Document) -> Vec<Item> {
    let mut out = Vec::new();
    let mut furniture = crate::text::document_furniture(doc);
    // A Word draft's first-page header (`Concept - niet verspreiden`) is a
    // page header, as a PDF's running header is: no text of the draft,
    // nor its title.
    if let Some(first) = furniture.first_mut() {
        first.extend(0..doc.header_lines);
    }
    // A draft written in Markdown: `## 5.2 Titel` is the heading
    // `5.2 Titel`, emphasis marks are not text, a link is its text and a
    // footnote (`[^1]: ...`) goes with the line holding its mark.
    let markdown = crate::text::is_markdown(&doc.file);
    let mut md_notes = if markdown {
        markdown_footnotes(doc)
    } else {
        MarkdownNotes::default()
    };
    for (pi, page) in doc.pages.iter().enumerate() {
        // No line of this page kept yet: the next one opens the page.
        let mut page_opened = false;
        let skip = |n: usize| furniture.get(pi).is_some_and(|f| f.contains(&n));
        let page_notes = if markdown {
            HashMap::new()
        } else {
            footnotes_by_mark(page, &skip)
        };
        for (
            n,
            Line {
                text,
                font_size,
                bold,
                paragraph_start,
                heading_level,
                table_cell,
                ..
            },
        ) in page.lines.iter().enumerate()
        {
            if furniture.get(pi).is_some_and(|f| f.contains(&n)) {
                continue;
            }
            if md_notes.placed.contains(&(pi, n)) {
                continue;
            }
            let mut notes = Vec::new();
            let mut text = text.clone();
            // A PDF footnote's mark is taken out of the line and its label
            // out of the note, as a Markdown draft's are: renumbering the
            // notes (one added before) is then no change to the text.
            for (label, note) in page_notes.get(&n).into_iter().flatten() {
                if let Some((start, end)) = note_mark_at(&text, label) {
                    text = text
                        .chars()
                        .take(start)
                        .chain(text.chars().skip(end))
                        .collect();
                }
                notes.push(note.clone());
            }
            if markdown {
                for label in crate::text::markdown_footnote_marks(&text) {
                    if let Some(note) = md_notes.texts.remove(&label) {
                        notes.push(note);
                    }
                }
            }
            let md_heading = markdown && crate::text::is_markdown_heading(&text);
            let text = if markdown {
                crate::text::strip_markdown(&text)
            } else {
                text
            };
            let mut item = Item {
                text: clean(&text),
                page: page.number,
                font_size: *font_size,
                bold: *bold,
                paragraph_start: *paragraph_start,
                heading_level: *heading_level,
                md_heading,
                notes,
                table_cell: *table_cell,
            };
            // A new page starts a new paragraph for heading purposes, unless
            // its first line goes on with a sentence the page before left
            // open.
            if !page_opened {
                let continued = n == 0 && !*paragraph_start;
                item.paragraph_start = !out
                    .last()
                    .is_some_and(|prev| goes_on_over_page(prev, &item, continued));
                page_opened = true;
            }
            out.push(item);
        }
    }
    table_rows_as_lines(out)
}

/// The lines with each row of a table whose cells the file gives (a Word
/// document's) put on one line as a Markdown draft writes it, `| Product |
/// 65,00 | 61,75 |`, so that a row stays one line in the sections' text,
/// the diff and the redline, as a Markdown table's does. The first row
/// starts its paragraph and the others go on in it, one to a line. A row
/// with text in one cell only (a one-column table used as a frame, a
/// heading row over the whole width) stays as it was, a paragraph per
/// cell paragraph.
fn table_rows_as_lines(items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut iter = items.into_iter().peekable();
    // The table whose last row was put on a line, to go on in its paragraph.
    let mut last_table: Option<u32> = None;
    while let Some(item) = iter.next() {
        let Some((table, row, _)) = item.table_cell else {
            last_table = None;
            out.push(item);
            continue;
        };
        let mut group = vec![item];
        while let Some(next) =
            iter.next_if(|n| n.table_cell.is_some_and(|(t, r, _)| t == table && r == row))
        {
            group.push(next);
        }
        let mut cells: Vec<(u32, String)> = Vec::new();
        for g in &group {
            let col = g.table_cell.map_or(0, |(.., c)| c);
            let text = g.text.trim();
            if text.is_empty() {
                continue;
            }
            match cells.iter_mut().find(|(c, _)| *c == col) {
                Some((_, t)) => {
                    t.push(' ');
                    t.push_str(text);
                }
                None => cells.push((col, text.to_string())),
            }
        }
        if cells.len() < 2 {
            last_table = None;
            out.extend(group);
            continue;
        }
        let cells: Vec<String> = cells.into_iter().map(|(_, t)| t).collect();
        let first = &group[0];
        let notes = group.iter().flat_map(|g| g.notes.clone()).collect();
        out.push(Item {
            text: format!("| {} |", cells.join(" | ")),
            page: first.page,
            font_size: first.font_size,
            bold: false,
            paragraph_start: last_table != Some(table),
            heading_level: None,
            md_heading: false,
            notes,
            table_cell: first.table_cell,
        });
        last_table = Some(table);
    }
    out
}

/// The footnotes the extractor took from the bottom of a page, by the
/// line holding each one's mark (`Ierland.4`, `samen¹`): a footnote
/// belongs with the section whose text refers to it, not with the one that
/// happens to end the page. A footnote whose mark is not found on its page
/// is left out of the text, as before. Each note comes with its label
/// (`4`), and its text without it.
pub(crate) fn footnotes_by_mark(
    page: &crate::model::Page,
    skip: &dyn Fn(usize) -> bool,
) -> HashMap<usize, Vec<(String, String)>> {
    let mut out: HashMap<usize, Vec<(String, String)>> = HashMap::new();
    // A mark is found at or after the previous footnote's (marks come in
    // reading order).
    let mut from = 0;
    for note in &page.footnotes {
        let Some(label) = footnote_label(note) else {
            continue;
        };
        let found = (from..page.lines.len())
            .find(|&n| !skip(n) && note_mark_at(&page.lines[n].text, &label).is_some());
        if let Some(n) = found {
            from = n;
            let text = note
                .trim_start()
                .strip_prefix(label.as_str())
                .unwrap_or(note);
            out.entry(n).or_default().push((label, clean(text)));
        }
    }
    out
}

/// The mark a footnote's text opens with: its number (`4 Kamerbrief ...`
/// → `4`) or a sign (`*`, `†`, `‡`).
fn footnote_label(note: &str) -> Option<String> {
    let t = note.trim_start();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if (1..=3).contains(&digits.len()) && !digits.starts_with('0') {
        return Some(digits);
    }
    t.chars()
        .next()
        .filter(|c| matches!(c, '*' | '†' | '‡'))
        .map(String::from)
}

/// Whether a line of running text holds the mark of footnote `label`: the
/// number glued to the end of a word or its punctuation (`Ierland.4`,
/// `samen4,`, `(Wpg)12`) and not part of a longer number, or written in
/// superscript digits (`samen¹²`); a sign glued to a word (`regio*`).
/// Returns where the mark is: its first and end char index.
pub(crate) fn note_mark_at(text: &str, label: &str) -> Option<(usize, usize)> {
    const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let superscript: String = label
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| SUPERSCRIPT[d as usize]))
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let label: Vec<char> = label.chars().collect();
    let sup: Vec<char> = superscript.chars().collect();
    let at = |i: usize, pat: &[char]| chars.get(i..i + pat.len()).is_some_and(|w| w == pat);
    for i in 1..chars.len() {
        let before = chars[i - 1];
        if !sup.is_empty() && at(i, &sup) {
            let after = chars.get(i + sup.len());
            if !SUPERSCRIPT.contains(&before) && !after.is_some_and(|c| SUPERSCRIPT.contains(c)) {
                return Some((i, i + sup.len()));
            }
        }
        if !at(i, &label) {
            continue;
        }
        let after = chars.get(i + label.len()).copied();
        let glued = before.is_lowercase() || ".,;:)”’\"'".contains(before);
        // `Ierland.4` but not `3.4` or `art. 4`; `samen4,` but not `m2x`.
        let number_before = i >= 2 && chars[i - 2].is_ascii_digit() && !before.is_alphabetic();
        let ends = after.is_none_or(|c| c.is_whitespace() || ",.;:)".contains(c));
        let digit_label = label.iter().all(char::is_ascii_digit);
        if glued && ends && !number_before && (!digit_label || !before.is_ascii_digit()) {
            if digit_label && before == '.' && i >= 2 && !chars[i - 2].is_alphabetic() {
                continue;
            }
            return Some((i, i + label.len()));
        }
    }
    None
}

/// The footnotes of a Markdown draft (`[^1]: De noot.`, lines of the same
/// paragraph or indented under it going on with it).
#[derive(Default)]
struct MarkdownNotes {
    /// Each note's text by its label, while its mark is not yet found.
    texts: HashMap<String, String>,
    /// The lines (page index, line index) of the notes whose mark is in
    /// the text: they are read with the line holding the mark instead.
    placed: HashSet<(usize, usize)>,
}

fn markdown_footnotes(doc: &Document) -> MarkdownNotes {
    let mut notes = MarkdownNotes::default();
    // Labels whose mark appears somewhere outside a definition.
    let mut marked: HashSet<String> = HashSet::new();
    // (label, text, lines (page index, line index)) of each definition.
    type Definition = (String, String, Vec<(usize, usize)>);
    let mut defs: Vec<Definition> = Vec::new();
    for (pi, page) in doc.pages.iter().enumerate() {
        let mut current: Option<usize> = None;
        for (n, line) in page.lines.iter().enumerate() {
            if let Some((label, text)) = crate::text::markdown_footnote_definition(&line.text) {
                defs.push((label, text, vec![(pi, n)]));
                current = Some(defs.len() - 1);
                continue;
            }
            let indented = line.text.starts_with("    ") || line.text.starts_with('\t');
            if let Some(d) = current.and_then(|d| defs.get_mut(d)) {
                if !line.paragraph_start || indented {
                    if !d.1.is_empty() {
                        d.1.push(' ');
                    }
                    d.1.push_str(line.text.trim());
                    d.2.push((pi, n));
                    continue;
                }
            }
            current = None;
            marked.extend(crate::text::markdown_footnote_marks(&line.text));
        }
    }
    for (label, text, at) in defs {
        if !marked.contains(&label) || notes.texts.contains_key(&label) {
            continue;
        }
        let text = clean(&crate::text::strip_markdown(&text));
        notes.placed.extend(at);
        if !text.is_empty() {
            notes.texts.insert(label, text);
        }
    }
    notes
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
        let body_size = body.map(|k| k as f32 / 2.0).unwrap_or(0.0);
        // A text in one font (a plain text converted to PDF) gives sizes
        // that say nothing: no line is bold or larger than the body. Such
        // a layout is no evidence either way, so the text is read as plain
        // text; demanding layout evidence there lost every heading that
        // plain text reads (chapters `2.`, `3.` in body size, each on a
        // line of its own).
        let varied = lines.iter().any(|l| {
            !l.text.is_empty() && l.font_size > 0.0 && (l.bold || l.font_size >= body_size + 1.0)
        });
        Layout {
            known: body.is_some() && varied,
            body_size,
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
    /// An unnumbered heading, numbered `1`, `2`, ... in order when opened
    /// (only in a document without numbered headings).
    Plain(u32),
    /// A labelled heading `Maatregel 3` (word, number).
    Label(String, u32),
    /// A chapter numbered in roman numerals, `III Titel` (its value); its
    /// number is the numeral as printed (see [`Reading::Roman`]).
    Roman(u32),
    /// An unnumbered heading of the front matter that the table of
    /// contents lists (`Samenvatting`, `Voorwoord`): numbered by its title
    /// (see [`Builder::front_heading`]).
    Front(String),
}

#[derive(Debug, Clone)]
struct Candidate {
    num: Num,
    title: String,
    /// `Hoofdstuk 3` or `Bijlage 1`: the word itself says it is a heading.
    explicit: bool,
    /// A section of a chapter in roman numerals numbered with its
    /// chapter's numeral (`II.1`, see [`roman_section_candidate`]): its
    /// number is written so.
    roman_parent: bool,
}

use crate::text::roman_value;
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

/// A chapter numbered in roman numerals: `III Veiligheid`, `IV. Geld`,
/// `Hoofdstuk II: Zorg` (capitals only: `i`, `v` are words).
fn roman_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(?i:(hoofdstuk|hfdst\.?)\s+)?([IVX]{1,7})(?:\.?\s*[:\-–—]\s*|\.\s*|\s+)(\S.*)$",
    )
}

/// A roman chapter number alone on its line (`III`, `Hoofdstuk III`).
fn bare_roman_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^(?i:(hoofdstuk)\s+)?([IVX]{1,7})\.?\s*[:\-–—]?$")
}

/// A section of a chapter in roman numerals numbered with the chapter's
/// numeral: `II.1 Wachttijden`, `III.2.1: Titel`.
fn roman_section_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^([IVX]{1,7})((?:\.\d{1,2}){1,3})\.?(?:\s*[:\-–—]\s*|\s+)(\S.*)$",
    )
}

/// A section heading under a chapter in roman numerals that writes the
/// chapter's numeral (`II.1 Wachttijden`, see [`roman_section_re`]): the
/// section `2.1` in the numbering, named `II.1` as printed.
fn roman_section_candidate(line: &Item) -> Option<(Candidate, usize)> {
    let c = roman_section_re().captures(&line.text)?;
    let chapter = roman_value(&c[1])?;
    let rest = parse_number(c[2].trim_start_matches('.'))?;
    let title = c[3].trim().to_string();
    let mut num = vec![chapter];
    num.extend(rest);
    is_title(&title).then_some((
        Candidate {
            num: Num::Numbered(num),
            title,
            explicit: false,
            roman_parent: true,
        },
        1,
    ))
}

/// A chapter heading numbered in roman numerals (see [`roman_re`]), with
/// its title on the line itself or, after a numeral alone, on the next.
fn roman_candidate(line: &Item, next: Option<&Item>) -> Option<(Candidate, usize)> {
    if let Some(c) = roman_re().captures(&line.text) {
        let n = roman_value(&c[2])?;
        let title = c[3].trim().to_string();
        return is_title(&title).then_some((
            Candidate {
                num: Num::Roman(n),
                title,
                explicit: c.get(1).is_some(),
                roman_parent: false,
            },
            1,
        ));
    }
    let c = bare_roman_re().captures(&line.text)?;
    let n = roman_value(&c[2])?;
    let title = title_on_next_line(next)?;
    Some((
        Candidate {
            num: Num::Roman(n),
            title,
            explicit: c.get(1).is_some(),
            roman_parent: false,
        },
        2,
    ))
}

/// Whether the document numbers its chapters in roman numerals: a
/// paragraph opens with a chapter `I` and a later one with a chapter `II`.
/// One line `I. Jansen` or `V Titel` is no such numbering; `Bijlage I` is
/// an appendix.
fn roman_chapters(lines: &[Item]) -> bool {
    let mut want = 1;
    for (i, l) in lines.iter().enumerate() {
        if !l.paragraph_start {
            continue;
        }
        if let Some((c, _)) = roman_candidate(l, lines.get(i + 1)) {
            if c.num == Num::Roman(want) {
                want += 1;
                if want > 2 {
                    return true;
                }
            }
        }
    }
    false
}

fn letter_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^([A-H])[.)]\s+(\S.*)$")
}

/// The title of a heading whose number stands alone on its line: the
/// next line, when it reads as a title and is no numbered heading itself.
fn title_on_next_line(next: Option<&Item>) -> Option<String> {
    next.map(|n| n.text.trim())
        .filter(|t| is_title(t) && numbered_re().captures(t).is_none())
        .map(str::to_string)
}

/// The heading a line (and maybe the next line, for a title on its own
/// line) starts, and how many lines it takes.
fn candidate(line: &Item, next: Option<&Item>) -> Option<(Candidate, usize)> {
    let text = line.text.as_str();
    let next_title = || title_on_next_line(next);
    if let Some(c) = appendix_re().captures(text) {
        let label = c[1].to_string();
        let title = c[2].trim().to_string();
        if title.is_empty() {
            return Some((
                Candidate {
                    num: Num::Appendix(label),
                    title: next_title().unwrap_or_default(),
                    explicit: true,
                    roman_parent: false,
                },
                if next_title().is_some() { 2 } else { 1 },
            ));
        }
        return is_title(&title).then_some((
            Candidate {
                num: Num::Appendix(label),
                title,
                explicit: true,
                roman_parent: false,
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
                roman_parent: false,
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
                roman_parent: false,
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
                roman_parent: false,
            },
            1,
        ));
    }
    None
}

/// Whether a numbered heading's line writes its chapter number `N.0`
/// (`2.0 Wonen`, read as chapter `2` by [`parse_number`]).
fn written_n_dot_zero(text: &str) -> bool {
    numbered_re()
        .captures(text)
        .or_else(|| bare_number_re().captures(text))
        .is_some_and(|c| c[2].ends_with(".0"))
}

fn parse_number(s: &str) -> Option<Vec<u32>> {
    let parts: Option<Vec<u32>> = s.split('.').map(|p| p.parse().ok()).collect();
    let mut parts = parts?;
    // `2.0 Wonen` is chapter 2 in the numbering style `1.0`, `1.1`, `2.0`,
    // `2.1`: its sections are `2.1`, `2.2` as under a chapter `2`.
    if let [n, 0] = parts[..] {
        parts = vec![n];
    }
    // `0` only as a first component would be front matter; never `5.0.1`.
    if parts.iter().skip(1).any(|&p| p == 0) || parts.first() == Some(&0) {
        return None;
    }
    Some(parts)
}

/// Whether `t` reads like a heading's title rather than running text.
pub fn is_title(t: &str) -> bool {
    title_shape(t, 90, 12)
}

/// Words a title line cut off mid-title ends in: the rest of the title
/// is on the next line, whatever case it starts in.
const OPEN_ENDINGS: &[&str] = &[
    "en", "of", "en/of", "van", "de", "het", "een", "der", "voor", "in", "op", "met", "aan", "bij",
    "tot", "naar", "over", "door", "om", "te", "uit", "als", "tegen", "na", "per",
];

/// Words the second line of a heading over two lines may have.
const WRAPPED_TITLE_WORDS: usize = 6;

/// [`WRAPPED_TITLE_WORDS`] for a heading whose type (bold or larger than
/// the body) sets both its lines apart.
const WRAPPED_TITLE_WORDS_SET_APART: usize = 12;

/// A numbered heading whose title runs over two lines: `5. Financiële
/// consequenties, ... concurrentiekracht en` / `geopolitieke aspecten`.
///
/// The heading line, read alone, is cut off (a title that does not end a
/// sentence; it may end in a comma) and its next line, in the same
/// paragraph and in the heading's type when the layout is known, goes on
/// with the title: it starts in lower case, or the heading line ends in a
/// word like `en`, `van` or a comma (then it may start with a capital or
/// a number such as a year, `van` / `2027 tot en met 2030`, though not
/// with a list's number). That next line is short (six words at most,
/// twelve when the heading is bold or larger than the body), does not end
/// in punctuation, and what follows it is a new
/// paragraph or a new sentence, not more of it and not a sibling number
/// (a list). The joined title must still read like a title. Without the
/// join, the lower-case next line made the heading a wrapped sentence and
/// the chapter was lost.
fn wrapped_heading(lines: &[Item], i: usize, layout: &Layout) -> Option<Candidate> {
    let line = &lines[i];
    // A Markdown heading ends at its line.
    if line.md_heading {
        return None;
    }
    let next = lines.get(i + 1)?;
    let after = lines.get(i + 2)?;
    let c = numbered_re().captures(&line.text)?;
    let num = parse_number(&c[2])?;
    let head = c[3].trim();
    let rest = next.text.trim();
    if !is_title(head.trim_end_matches(',')) || next.paragraph_start || next.page != line.page {
        return None;
    }
    if layout.known && (next.bold != line.bold || (next.font_size - line.font_size).abs() >= 0.5) {
        return None;
    }
    let last_word = head
        .rsplit([' ', ','])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let first = rest.chars().next()?;
    let open = head.ends_with([',', '-']) || OPEN_ENDINGS.contains(&last_word.as_str());
    // After `in de periode van` the title may go on with a year (`2027
    // tot en met ...`), not with an item of a list (`2 gemeenten`, `3)`).
    if !(first.is_lowercase() || (open && (first.is_alphabetic() || first.is_ascii_digit()))) {
        return None;
    }
    // A line in the heading's own bold or larger type may hold more of
    // the title than plain text shows of it.
    let max_words = if layout.is_clear_heading(line) {
        WRAPPED_TITLE_WORDS_SET_APART
    } else {
        WRAPPED_TITLE_WORDS
    };
    if rest.split_whitespace().count() > max_words
        || ends_sentence(rest, true)
        || rest.ends_with([',', ';'])
        || looks_like_toc_entry(rest)
        || numbered_re().is_match(rest)
        || list_number(rest).is_some()
    {
        return None;
    }
    // What follows must start anew: a line in lower case goes on with the
    // sentence even after an empty line (`3 De aanpak ... zorg’` / `is
    // ingevoerd en wordt` / `` / `voortdurend verbeterd.`, a list item as
    // a PDF of a plain text breaks it), unless it opens a lettered list
    // (`a) Bevoegdheid`).
    let runs_on = after.text.starts_with(char::is_lowercase) && !is_letter_item(&after.text);
    let starts_anew = !runs_on
        && (after.paragraph_start
            || after.page != next.page
            || after.text.starts_with(char::is_uppercase));
    let sibling = numbered_re()
        .captures(&after.text)
        .and_then(|a| parse_number(&a[2]))
        .is_some_and(|n| n.len() == num.len());
    if !starts_anew || sibling || is_toc_filler(&after.text) {
        return None;
    }
    let title = match head.strip_suffix('-') {
        Some(stem) if first.is_lowercase() => format!("{stem}{rest}"),
        _ => format!("{head} {rest}"),
    };
    title_shape(&title, 150, 20).then_some(Candidate {
        num: Num::Numbered(num),
        title,
        explicit: c.get(1).is_some(),
        roman_parent: false,
    })
}

/// A numbered heading set larger than the body whose title runs on into
/// a next line in the same type, though its line ends in no open word:
/// `3 Inburgering volgens de Wet inburgering` / `2021`, a browser or
/// WeasyPrint wrapping a long `<h2>` wherever the line is full. The type
/// says what [`wrapped_heading`] reads from the words: the next line is in
/// the heading's size and weight, on its page, short
/// ([`WRAPPED_TITLE_WORDS_SET_APART`]), ends no sentence and is no
/// heading, list item or contents entry of its own, and the line after it
/// is in another type (the body text under the heading) or on another
/// page. Two headings in one type never follow each other without text
/// between them, so the next line is the title's rest.
fn wrapped_in_heading_type(lines: &[Item], i: usize, layout: &Layout) -> Option<Candidate> {
    let line = &lines[i];
    if !layout.known || line.md_heading || line.font_size < layout.body_size + 1.0 {
        return None;
    }
    let next = lines.get(i + 1)?;
    let after = lines[i + 2..].iter().find(|l| !l.text.trim().is_empty())?;
    let same_type =
        |a: &Item, b: &Item| a.bold == b.bold && (a.font_size - b.font_size).abs() < 0.5;
    let c = numbered_re().captures(&line.text)?;
    let num = parse_number(&c[2])?;
    let head = c[3].trim();
    let rest = next.text.trim();
    if !is_title(head)
        || next.page != line.page
        || !same_type(line, next)
        || rest.is_empty()
        || rest.split_whitespace().count() > WRAPPED_TITLE_WORDS_SET_APART
        || ends_sentence(rest, true)
        || looks_like_toc_entry(rest)
        || numbered_re().is_match(rest)
        || list_number(rest).is_some()
        || is_toc_filler(rest)
    {
        return None;
    }
    if after.page == next.page && same_type(next, after) {
        return None;
    }
    let title = format!("{head} {rest}");
    title_shape(&title, 150, 20).then_some(Candidate {
        num: Num::Numbered(num),
        title,
        explicit: c.get(1).is_some(),
        roman_parent: false,
    })
}

/// Whether a title ends where its line was cut off: in a dash, a comma or
/// a word like `en`, `van` (see [`OPEN_ENDINGS`]).
fn ends_open(title: &str) -> bool {
    let last_word = title
        .rsplit([' ', ','])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    title.ends_with([',', '-', '–', '—']) || OPEN_ENDINGS.contains(&last_word.as_str())
}

/// A line that opens an item of a lettered list: `a) Bevoegdheid`, `b. Tekst`.
fn is_letter_item(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^[a-z][.)]\s").is_match(t)
}

/// The number a line of a numbered list (or a footnote) starts with: `3 `,
/// `3. `, `3) `.
fn list_number(t: &str) -> Option<u32> {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^(\d{1,2})[.)]?\s+\S")
        .captures(t)
        .and_then(|c| c[1].parse().ok())
}

/// Whether a chapter number `n` read at line `i` (taking `consumed`
/// lines) is rather an item of a numbered list that restarted inside the
/// current section, given that the section's own text already holds the
/// items `1` to `n - 1` (see [`Builder::restarted_list_reaches`]).
///
/// The list's items run on from `n` to `k` (each next number on a line
/// of its own within a few lines). Read as chapters they would take the
/// numbers `n..=k`, and the document's real chapters with those numbers,
/// further on, would no longer fit the sequence and be lost. So the list
/// is a list when a later line (before the appendices) is a heading with
/// one of those numbers that fits after the chapter `last` (the next
/// number, or the one after it) and stands apart: no sentence running on
/// in its next line, not itself an item of a list. Without such a later heading the line stays a chapter: a chapter
/// may well follow a list that ends in the number before it.
fn shadows_later_chapter(lines: &[Item], i: usize, consumed: usize, n: u32, last: u32) -> bool {
    // The end of the list: consecutive numbers on lines close together,
    // in the same part.
    let mut k = n;
    let mut gap = 0;
    let mut end = i + consumed;
    for (j, l) in lines.iter().enumerate().skip(i + consumed) {
        if l.text.is_empty() {
            continue;
        }
        match list_number(&l.text) {
            Some(m) if m == k + 1 => {
                k += 1;
                gap = 0;
                end = j + 1;
                continue;
            }
            // Another number (`4 Leidende principes` after item 4) ends
            // the list, as does a new part (`C. Titel`, `Bijlage 1`).
            Some(_) => break,
            None => {}
        }
        if candidate(l, lines.get(j + 1))
            .is_some_and(|(c, _)| matches!(c.num, Num::Letter(_) | Num::Appendix(_)))
        {
            break;
        }
        gap += 1;
        if gap > LIST_ITEM_LINES {
            break;
        }
    }
    // An item of a list itself: the item before it is near, in the same
    // part (a new part, `C. Titel`, ends the search), or the item after it
    // follows at once (a short chapter may be followed by the next one a
    // few lines on).
    let part = |l: &Item| {
        candidate(l, None).is_some_and(|(c, _)| matches!(c.num, Num::Letter(_) | Num::Appendix(_)))
    };
    let item = |j: usize, m: u32| -> bool {
        let text = |l: &&Item| !l.text.is_empty();
        let mut before = lines[..j]
            .iter()
            .rev()
            .filter(text)
            .take(LIST_ITEM_LINES)
            .take_while(|l| !part(l));
        let after = lines[j + 1..].iter().find(text);
        before.any(|l| list_number(&l.text) == Some(m - 1))
            || after.is_some_and(|l| list_number(&l.text) == Some(m + 1))
    };
    for j in end..lines.len() {
        let Some((cand, consumed)) = candidate(&lines[j], lines.get(j + 1)) else {
            continue;
        };
        match cand.num {
            Num::Appendix(_) => return false,
            // A number alone on its line (a table's cell, a page number)
            // is no heading to compete with.
            Num::Numbered(v) if consumed == 1 && v.len() == 1 && (n..=k).contains(&v[0]) => {
                let m = v[0];
                let continued = lines
                    .get(j + 1)
                    .is_some_and(|next| continues_sentence(&lines[j], next));
                if (m == last + 1 || m == last + 2)
                    && !continued
                    && !ends_open(&cand.title)
                    && !item(j, m)
                {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Lines of text an item of a list may take before the next item.
const LIST_ITEM_LINES: usize = 6;

/// [`is_title`] with limits on length: one line, or a title of two.
fn title_shape(t: &str, max_chars: usize, max_words: usize) -> bool {
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
        && t.chars().count() <= max_chars
        && words <= max_words
        && commas <= 3
        && !inner_sentence
        && !t.ends_with(['.', ',', ';'])
        && !t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
        // `2 GGD = Gemeentelijke Gezondheidsdienst`: a footnote or a list
        // of abbreviations explains a term; a heading names a part.
        && !t.contains(" = ")
        // `Wat? Wanneer? Wie?`: the head of a table, not of a part.
        && t.matches('?').count() < 2
}

/// A heading line whose text runs on into the next line of the same
/// paragraph, starting in lower case, is a wrapped sentence.
///
/// A new page is no new paragraph here: a sentence cut off at the foot of
/// a page goes on in lower case at the top of the next one. A Markdown
/// heading (`### 2.1 Titel`) never runs on: its next line may start in
/// lower case (`ggz-instellingen ...`, `e-health`).
fn continues_sentence(line: &Item, next: &Item) -> bool {
    if line.md_heading {
        return false;
    }
    if next.paragraph_start && next.page == line.page && !line.text.ends_with('-') {
        return false;
    }
    next.text
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c == '(')
}

/// Words a front matter heading has at most (`Samenvatting`, `Woord
/// vooraf`, `Samenvatting in eenvoudige taal`).
const FRONT_HEADING_WORDS: usize = 5;

/// The title of an entry of a table of contents without a number
/// (`Samenvatting ........ 4`, `Voorwoord 3`, `Samenvatting` with its page
/// number on a line of its own): its text without the dot leader and the
/// page number, when that is a short title that is no numbered heading,
/// appendix or lettered part, and no page number alone.
fn unnumbered_toc_title(t: &str) -> Option<String> {
    static R: OnceLock<Regex> = OnceLock::new();
    let bare = re(&R, r"(?:\s*[.…·_]\s?)*(?:\s*\b\d{1,3})?\s*$").replace(t.trim(), "");
    let title = bare.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = title.split_whitespace().count();
    let numbered = candidate(
        &Item {
            text: title.clone(),
            paragraph_start: true,
            ..Item::default()
        },
        None,
    )
    .is_some();
    (words > 0
        && words <= FRONT_HEADING_WORDS
        && is_title(&title)
        && !numbered
        && !title.starts_with(|c: char| c.is_ascii_digit())
        && !is_toc_title(&title)
        && title.chars().any(char::is_lowercase))
    .then_some(title)
}

/// Unnumbered titles a contents list without page numbers may list
/// before its first numbered entry (`Voorwoord`, `Samenvatting`,
/// `Leeswijzer`).
const MAX_UNNUMBERED_ENTRIES: usize = 4;

/// The unnumbered entries (`Voorwoord`) at the head of `lines`, in a
/// table of contents without page numbers: a web page printed to PDF
/// lists its headings as links, and an e-book or a plain text lists them
/// bare. Such a line says by itself neither that it is an entry nor that
/// the contents go on, so it is one only when it is a short title alone
/// on its line ([`unnumbered_toc_title`] without a leader or page
/// number to take off) and the next line after at most
/// [`MAX_UNNUMBERED_ENTRIES`] such titles is a numbered entry
/// (`1 Inleiding`): a contents list's order. The titles, and how many
/// lines they take with the empty ones between them; none when the head
/// of `lines` is no such run.
fn entries_without_page_numbers(lines: &[Item]) -> (Vec<String>, usize) {
    let mut titles = Vec::new();
    let mut consumed = 0;
    for (k, line) in lines.iter().enumerate() {
        let text = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            continue;
        }
        match unnumbered_toc_title(&text) {
            Some(title) if title == text && titles.len() < MAX_UNNUMBERED_ENTRIES => {
                titles.push(title);
                consumed = k + 1;
            }
            _ => {
                if !titles.is_empty() && candidate(line, lines.get(k + 1)).is_some() {
                    return (titles, consumed);
                }
                break;
            }
        }
    }
    (Vec::new(), 0)
}

/// Whether a line in a heading style before the first numbered heading
/// is a front matter heading by its text: a short title
/// ([`FRONT_HEADING_WORDS`]) that is no numbered heading, appendix,
/// lettered part or contents' title, as [`unnumbered_toc_title`] asks of
/// a contents entry.
fn styled_front_title(title: &str) -> bool {
    unnumbered_toc_title(title).is_some_and(|t| t == title)
}

fn is_toc_title(t: &str) -> bool {
    let t = t.trim().trim_end_matches(':').to_lowercase();
    matches!(
        t.as_str(),
        "inhoud" | "inhoudsopgave" | "inhoudstafel" | "inhoudsoverzicht" | "table of contents"
    )
}

/// A line of a table of contents: its dot leader runs to a page number,
/// or to the line's end (the page number on a line of its own, or read as
/// the page's running header). A leader without its page number must be
/// long, eight dots at least: a leader fills the line up to the page
/// number's place (dozens of dots), while a sentence ending in an ellipsis
/// (`maar dan....`) has three to five and is text.
fn has_dot_leader(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?:\.\s?){4,}\s*\d+\s*$|(?:\.\s?){8,}\s*$|…{2,}|_{4,}\s*\d+\s*$",
    )
    .is_match(t)
}

/// A line of only a dot leader (`.........`), as PDF extraction gives the
/// leader of a table of contents' entry apart from its title.
fn is_leader(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^(?:[.…·_]\s?){4,}$").is_match(t.trim())
}

/// A line of a table of contents below its entry: a dot leader, or a page
/// number alone: in figures, or in small roman numerals as front matter
/// is numbered (`Voorwoord` / `ii`).
fn is_toc_filler(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    is_leader(t) || re(&R, r"^(?:\d{1,3}|x{0,3}(?:ix|iv|v?i{1,3}|v|x))$").is_match(t.trim())
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
    /// Unnumbered, labelled and styled headings opened.
    fallback_opened: usize,
    /// Whether the first chapter was written `1.0` (see
    /// [`written_n_dot_zero`]); `None` before the first chapter.
    chapters_n_dot_zero: Option<bool>,
    /// Chapters are numbered in roman numerals ([`Reading::Roman`]).
    roman: bool,
    /// Headings are the styled ones ([`Reading::Outline`]).
    outline: bool,
    /// Footnotes whose marks the open section holds, written at its end.
    notes: Vec<String>,
    /// The body text size, when the layout is known ([`Layout`]).
    body_size: Option<f32>,
    /// The first lines of the front matter in the type of its first line
    /// (see [`TypedTitle`]).
    typed_title: Option<TypedTitle>,
    /// The titles of the entries without a number in the table of
    /// contents (`Samenvatting`, `Voorwoord`), see [`unnumbered_toc_title`].
    toc_front: Vec<String>,
}

/// The first line of the front matter, when it is set in type larger
/// than the body (a cover's title), with the lines right after it in the
/// same type: a title wrapped over lines on the cover
/// (`Regiovisie Aanpak Huiselijk` / `Geweld Hollands Midden 2024-2028`)
/// runs on in its own type, whatever case its lines start with.
struct TypedTitle {
    lines: Vec<String>,
    font_size: f32,
    bold: bool,
    page: u32,
    /// Whether a line in another type (or on another page) ended it.
    closed: bool,
}

/// Lines a cover's title may take ([`TypedTitle`]).
const MAX_TITLE_LINES: usize = 4;

/// Sections with fewer own characters are "empty" (table-of-contents
/// entries, overview lists of appendices).
const EMPTY_TEXT: usize = 3;

/// Entries without text a table of contents has at least before its last
/// one, for a heading seen again to end it (see [`Builder::accept`]).
const MIN_TOC_RUN: usize = 3;

impl Builder {
    /// Whether the sections read so far are front matter headings, or
    /// entries of a table of contents read as headings (without text).
    fn only_front_so_far(&self) -> bool {
        self.sections
            .iter()
            .zip(&self.nums)
            .all(|(s, n)| matches!(n, Num::Front(_)) || s.text.trim().chars().count() < EMPTY_TEXT)
    }

    /// Opens the front matter heading `title` ([`Builder::front_heading`]):
    /// the entries of a table of contents read as headings before it go.
    fn open_front(&mut self, title: String, page: u32) {
        if let Some(first) = self.nums.iter().position(|n| !matches!(n, Num::Front(_))) {
            self.truncate(first);
        }
        self.open(
            Candidate {
                num: Num::Front(title.clone()),
                title,
                explicit: false,
                roman_parent: false,
            },
            page,
        );
    }

    /// The title of the front matter heading `line` is, when it is one: a
    /// line standing alone (its own paragraph, not running on into the
    /// next, set as a heading where the layout is known) whose text is
    /// the title of an entry without a number in the table of contents
    /// (`Samenvatting`, `Voorwoord`, `Leeswijzer`, an `Inleiding` without
    /// a number), before any numbered heading or appendix with text, each
    /// title once. It is numbered by its title.
    ///
    /// A Word draft often has no table of contents in its text (Word's
    /// contents are a field that is filled in only when printed), but its
    /// styles say the same: a line in a heading style (`Heading 1`, not
    /// `Title`) without a number, after the cover's text, is such a
    /// heading too ([`styled_front_title`]).
    fn front_heading(&self, line: &Item, next: Option<&Item>, layout: &Layout) -> Option<String> {
        if !self.only_front_so_far()
            || !line.paragraph_start
            || next.is_some_and(|n| continues_sentence(line, n))
        {
            return None;
        }
        let title = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = title.to_lowercase();
        let listed = (!layout.known || layout.is_clear_heading(line))
            && self.toc_front.iter().any(|t| t.to_lowercase() == key);
        let styled = line.heading_level.is_some_and(|l| l >= 1)
            && self.front.text.chars().any(char::is_alphanumeric)
            && styled_front_title(&title);
        let opened = self
            .nums
            .iter()
            .any(|n| matches!(n, Num::Front(t) if t.to_lowercase() == key));
        ((listed || styled) && !opened).then_some(title)
    }

    fn has_numbered(&self) -> bool {
        self.nums
            .iter()
            .any(|n| matches!(n, Num::Numbered(_) | Num::Roman(_)))
    }

    /// Whether an unnumbered heading may open here: never in the
    /// appendices; a label must continue its own sequence (1, 2, 3).
    fn accept_fallback(&self, num: &Num) -> bool {
        if self.in_appendices {
            return false;
        }
        match num {
            Num::Label(word, n) => {
                let prev = self.nums.iter().rev().find_map(|m| match m {
                    Num::Label(w, p) if w == word => Some(*p),
                    _ => None,
                });
                match prev {
                    None => *n == 1,
                    Some(p) => *n == p + 1,
                }
            }
            _ => true,
        }
    }

    /// Whether `cand` fits the numbering so far; may drop a preceding run
    /// of empty sections that turns out to be a table of contents.
    /// `set_as_heading`: the line is set as a heading (see [`skips_forward`]).
    /// `marked`: the file marks the line as a heading (a Markdown `#`, a
    /// Word heading style), not only by its type.
    fn accept(
        &mut self,
        cand: &Candidate,
        clear: bool,
        plain: bool,
        set_as_heading: bool,
        marked: bool,
    ) -> bool {
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
                return self.fits(cand, strong, plain, set_as_heading, marked);
            }
            // The same heading again, number and title, after a run of
            // entries without text (a table of contents without page
            // numbers, also one listing the appendices): the heading is
            // this second one. Only the last entry may have taken text (a
            // foreword between the contents and the first heading), which
            // goes to the text before the contents.
            let (run, last) = self.sections[pos..].split_at(self.sections.len() - pos - 1);
            let same_title =
                self.sections[pos].title.trim().to_lowercase() == cand.title.trim().to_lowercase();
            if same_title
                && run.len() >= MIN_TOC_RUN
                && run
                    .iter()
                    .all(|s| s.text.trim().chars().count() < EMPTY_TEXT)
            {
                let kept = last.first().cloned().unwrap_or_default();
                self.truncate(pos);
                if !kept.text.trim().is_empty() {
                    self.restore_text(&kept);
                }
                return self.fits(cand, strong, plain, set_as_heading, marked);
            }
            return false;
        }
        self.fits(cand, strong, plain, set_as_heading, marked)
    }

    fn fits(
        &self,
        cand: &Candidate,
        strong: bool,
        plain: bool,
        set_as_heading: bool,
        marked: bool,
    ) -> bool {
        match &cand.num {
            Num::Numbered(n) => {
                // Under roman chapters arabic numbers are sections only
                // (`3.1` under `III`); styled headings number themselves.
                if self.in_appendices || self.outline || self.roman && n.len() == 1 {
                    return false;
                }
                match &self.last_numbered {
                    // The first: `1` or `1.1`, a strong `2` or `3`, or
                    // any number on a line the document marks as a heading
                    // (a Markdown or Word heading: a part of a larger
                    // document may start at `4 Toegang`).
                    None => {
                        n.iter().all(|&p| p == 1)
                            || (n.len() == 1 && n[0] <= 3 && (strong || !plain))
                            || (marked && n.len() <= 3 && n[0] <= 30)
                    }
                    Some(last) => {
                        follows(last, n, strong && !plain || looks_strong(&cand.title))
                            || set_as_heading && (skips_forward(last, n) || skips_level(last, n))
                    }
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
                if self.in_appendices || self.outline || self.last_numbered.is_none() {
                    return false;
                }
                let prev = self.nums.iter().rev().find_map(|n| match n {
                    Num::Letter(l) => Some(*l),
                    Num::Numbered(v) if v.len() == 1 => Some('@'),
                    Num::Roman(_) => Some('@'),
                    _ => None,
                });
                match prev {
                    Some(p) => (p as u32) + 1 == *c as u32 && !self.has_letter(*c),
                    None => false,
                }
            }
            // The next chapter, or (a clear heading) the one after it.
            Num::Roman(n) => {
                if !self.roman || self.in_appendices {
                    return false;
                }
                let prev = self.nums.iter().rev().find_map(|m| match m {
                    Num::Roman(k) => Some(*k),
                    _ => None,
                });
                match prev {
                    None => *n == 1,
                    Some(k) => {
                        follows(&[k], &[*n], strong && !plain || looks_strong(&cand.title))
                            || set_as_heading && skips_forward(&[k], &[*n])
                    }
                }
            }
            // Read only by `read` from the marks of `fallback_headings`, or
            // from the entries of the table of contents.
            Num::Plain(_) | Num::Label(..) | Num::Front(_) => false,
        }
    }

    /// Whether the text read since the last heading holds a numbered
    /// list that starts at `1` and reaches `n`: lines starting `1`, `2`,
    /// ... `n` in that order (after its last `1`).
    fn restarted_list_reaches(&self, n: u32) -> bool {
        let text = match self.sections.last() {
            Some(s) => &s.text,
            None => &self.front.text,
        };
        let numbers: Vec<u32> = text.lines().filter_map(list_number).collect();
        let Some(start) = numbers.iter().rposition(|&k| k == 1) else {
            return false;
        };
        let mut want = 1;
        for &k in &numbers[start..] {
            if k == want {
                want += 1;
            }
        }
        want > n
    }

    fn has_letter(&self, c: char) -> bool {
        self.nums.contains(&Num::Letter(c))
    }

    /// Puts the text of section `from` (whole paragraphs) at the end of
    /// the open section, or of the front matter, with its pages.
    fn restore_text(&mut self, from: &Section) {
        let text = from.text.as_str();
        let section = match self.sections.last_mut() {
            Some(s) => {
                s.pages.1 = s.pages.1.max(from.pages.1);
                s
            }
            None => {
                let pages = self.front_pages.get_or_insert(from.pages);
                pages.1 = pages.1.max(from.pages.1);
                &mut self.front
            }
        };
        if !section.text.is_empty() && !section.text.ends_with("\n\n") {
            section.text.push('\n');
        }
        section.text.push_str(text);
        if !section.text.ends_with('\n') {
            section.text.push('\n');
        }
    }

    fn truncate(&mut self, pos: usize) {
        self.sections.truncate(pos);
        self.nums.truncate(pos);
        self.last_numbered = self.nums.iter().rev().find_map(|n| match n {
            Num::Numbered(v) => Some(v.clone()),
            Num::Roman(k) => Some(vec![*k]),
            _ => None,
        });
        self.in_appendices = self.nums.iter().any(|n| matches!(n, Num::Appendix(_)));
    }

    fn open(&mut self, cand: Candidate, page: u32) {
        let (number, level) = match &cand.num {
            Num::Numbered(v) => {
                self.last_numbered = Some(v.clone());
                let mut parts: Vec<String> = v.iter().map(u32::to_string).collect();
                // `II.1` as printed: the chapter's numeral first.
                if let (true, Some(first), Some(&n)) =
                    (cand.roman_parent, parts.first_mut(), v.first())
                {
                    *first = crate::text::roman_numeral(n);
                }
                (parts.join("."), v.len() as u8)
            }
            Num::Appendix(l) => {
                self.in_appendices = true;
                (format!("Bijlage {l}"), 1)
            }
            Num::Letter(c) => (c.to_string(), 2),
            Num::Plain(_) => {
                let k = self
                    .nums
                    .iter()
                    .filter(|n| matches!(n, Num::Plain(_)))
                    .count() as u32
                    + 1;
                self.nums.push(Num::Plain(k));
                self.push_section(k.to_string(), 1, cand.title, page);
                return;
            }
            Num::Label(w, n) => (format!("{w} {n}"), 1),
            Num::Front(t) => (t.clone(), 1),
            Num::Roman(n) => {
                // Its sections are numbered `3.1` under `III`.
                self.last_numbered = Some(vec![*n]);
                (crate::text::roman_numeral(*n), 1)
            }
        };
        self.nums.push(cand.num);
        self.push_section(number, level, cand.title, page);
    }

    fn push_section(&mut self, number: String, level: u8, title: String, page: u32) {
        self.write_notes();
        self.sections.push(Section {
            number,
            title,
            level,
            text: String::new(),
            pages: (page, page),
        });
    }

    /// Keeps the footnotes whose marks `line` holds for the end of the
    /// open section.
    fn take_notes(&mut self, line: &Item) {
        self.notes.extend(line.notes.iter().cloned());
    }

    /// Writes the footnotes kept for the open section at its end, each a
    /// paragraph of its own.
    fn write_notes(&mut self) {
        if self.notes.is_empty() {
            return;
        }
        let notes = std::mem::take(&mut self.notes);
        let section = match self.sections.last_mut() {
            Some(s) => s,
            None => &mut self.front,
        };
        for note in notes {
            if !section.text.is_empty() && !section.text.ends_with("\n\n") {
                section.text.push('\n');
            }
            section.text.push_str(&note);
            section.text.push('\n');
        }
    }

    fn push_text(&mut self, line: &Item) {
        self.take_notes(line);
        if line.text.is_empty() {
            return;
        }
        if self.sections.is_empty() {
            self.type_title(line);
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

    /// Follows the front matter's first lines in the type of its first
    /// line (see [`TypedTitle`]).
    fn type_title(&mut self, line: &Item) {
        let Some(body) = self.body_size else {
            return;
        };
        match &mut self.typed_title {
            None => {
                if line.font_size >= body + 1.0 {
                    self.typed_title = Some(TypedTitle {
                        lines: vec![line.text.clone()],
                        font_size: line.font_size,
                        bold: line.bold,
                        page: line.page,
                        closed: false,
                    });
                }
            }
            Some(t) if !t.closed => {
                let same = line.page == t.page
                    && line.bold == t.bold
                    && (line.font_size - t.font_size).abs() < 0.5;
                if same && t.lines.len() < MAX_TITLE_LINES {
                    t.lines.push(line.text.clone());
                } else {
                    t.closed = true;
                }
            }
            Some(_) => {}
        }
    }

    fn finish(mut self) -> Vec<Section> {
        self.write_notes();
        let mut out = Vec::with_capacity(self.sections.len() + 1);
        if let Some(pages) = self.front_pages {
            if self.front.text.chars().any(char::is_alphanumeric) {
                let title = self
                    .typed_title
                    .as_ref()
                    .and_then(|t| typed_front_title(&t.lines))
                    .or_else(|| front_title(&self.front.text))
                    .unwrap_or_else(|| NO_FRONT_TITLE.to_string());
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

/// The title of front matter whose first line is too long to be one.
pub const NO_FRONT_TITLE: &str = "Voorwerk";

/// The title of front matter: its first line, with the lines of the same
/// paragraph that continue it (a title wrapped over two or three lines:
/// one starting in lower case after a line without a sentence's end, or
/// one closing a quote the title opened); `None` when the first line is
/// too long to be a title.
fn front_title(text: &str) -> Option<String> {
    const MAX_LINE: usize = 80;
    const MAX_TITLE: usize = 200;
    let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
    let mut title = lines.next()?.to_string();
    if title.chars().count() > MAX_LINE {
        return None;
    }
    // Lines of the same paragraph: up to the first blank one.
    for next in lines.take(2) {
        if next.is_empty() || next.chars().count() > MAX_LINE {
            break;
        }
        let lower = next.chars().next().is_some_and(char::is_lowercase);
        let closes = open_quote(&title).is_some_and(|q| next.contains(q));
        let ended = title.ends_with(['.', '!', '?']);
        if !(closes || lower && !ended || ends_mid_phrase(&title))
            || title.chars().count() + 1 + next.chars().count() > MAX_TITLE
        {
            break;
        }
        title.push(' ');
        title.push_str(next);
    }
    Some(title)
}

/// The title a cover gives in its own type over two lines or more
/// ([`TypedTitle`]): the lines joined (a line ending in a hyphen joined
/// without a space, `2024-` / `2028`), or `None` for one line, or when
/// a line or the whole is too long to be a title, or a line ends a
/// sentence before the last (a paragraph in large type, no title).
fn typed_front_title(lines: &[String]) -> Option<String> {
    const MAX_LINE: usize = 80;
    const MAX_TITLE: usize = 200;
    if lines.len() < 2 || lines.iter().any(|l| l.chars().count() > MAX_LINE) {
        return None;
    }
    if lines[..lines.len() - 1]
        .iter()
        .any(|l| l.trim_end().ends_with(['.', '!', '?']))
    {
        return None;
    }
    let mut title = String::new();
    for l in lines {
        let l = l.trim();
        let glued = title.ends_with('-') && !title.ends_with(" -");
        if !title.is_empty() && !glued {
            title.push(' ');
        }
        title.push_str(l);
    }
    (title.chars().count() <= MAX_TITLE).then_some(title)
}

/// Whether a title line stops on a word that cannot end a title (`... en`,
/// `... van de`, `... for`): the next line continues it, in capitals or
/// not (`Aanpak Huiselijk Geweld en` / `Kindermishandeling 2027-2030`).
fn ends_mid_phrase(title: &str) -> bool {
    let last = title
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default()
        .to_lowercase();
    matches!(
        last.as_str(),
        "en" | "of"
            | "van"
            | "voor"
            | "de"
            | "het"
            | "een"
            | "in"
            | "op"
            | "met"
            | "tegen"
            | "over"
            | "bij"
            | "naar"
            | "aan"
            | "door"
            | "om"
            | "tot"
            | "uit"
            | "&"
            | "and"
            | "for"
            | "the"
            | "to"
            | "–"
            | "-"
            | "—"
            | ":"
    ) || title.ends_with(':')
}

/// The closing mark of a quote `t` opens and does not close (`’` for
/// `‘Huiselijk geweld: ...`).
fn open_quote(t: &str) -> Option<char> {
    [('‘', '’'), ('“', '”'), ('„', '”'), ('«', '»')]
        .into_iter()
        .find(|&(open, close)| t.matches(open).count() > t.matches(close).count())
        .map(|(_, close)| close)
        .or_else(|| (t.matches('"').count() % 2 == 1).then_some('"'))
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

/// Whether number `n` comes after `last` in a numbering that left numbers
/// out: a child of `last` or of one of its parents, numbered past the
/// child of that parent before it (`2` → `2.2`, `1` → `5`, `5.2` → `6`,
/// `2.2.1` → `2.4`), not one under a chapter that was not read (`2` →
/// `3.2`). Only for a line the file sets as a heading (a Word heading
/// style, a Markdown `#`, bold or larger type in a PDF): its typed number
/// is its number even where the numbering has a gap (a section cut from
/// the draft without renumbering). A plain line keeps to [`follows`]: it
/// may be an item of a list.
fn skips_forward(last: &[u32], n: &[u32]) -> bool {
    let Some((&x, parent)) = n.split_last() else {
        return false;
    };
    if parent.len() > last.len() || last[..parent.len()] != *parent {
        return false;
    }
    match last.get(parent.len()) {
        Some(&a) => x > a,
        None => x >= 1,
    }
}

/// Whether number `n` is the first heading of a level more than one below
/// `last`, the levels between skipped (`3` → `3.1.1`: a `Heading 3` right
/// under a `Heading 1`, numbered as a reader sees it). Only for a line the
/// file sets as a heading, as [`skips_forward`].
fn skips_level(last: &[u32], n: &[u32]) -> bool {
    n.len() >= last.len() + 2 && n[..last.len()] == *last && n[last.len()..].iter().all(|&p| p == 1)
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
mod tests;
