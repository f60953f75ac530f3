//! Page furniture and footnotes: running headers and footers (marked as
//! `/Artifact`, or repeated across pages in the top or bottom band), page
//! numbers (kept as [`Page::printed_number`](crate::model::Page)), and
//! footnotes (small type at the bottom of the page starting with a number).
//! A browser's print stamp in the top or bottom band (`20-10-2026 09:41`,
//! see [`crate::text::is_print_stamp`]) is furniture on a one-page print
//! too, where it does not repeat.

use std::collections::{HashMap, HashSet};

use super::layout::RawLine;

/// Share of the page height that counts as the top or bottom band.
const BAND: f32 = 0.12;
/// Footnote type is at most this share of the body font size.
const FOOTNOTE_SIZE: f32 = 0.88;
/// A line repeating a running header is no furniture when its type is at
/// least this many times the running line's ([`larger_than_furniture`])
/// and [`COVER_TITLE_MIN_GAIN`] points larger: a running header in 8 pt
/// repeats a cover's title in 20 pt, while the sizes one running header
/// is measured in differ by a fraction of a point between pages.
const COVER_TITLE_RATIO: f32 = 1.2;
/// See [`COVER_TITLE_RATIO`].
const COVER_TITLE_MIN_GAIN: f32 = 1.5;
/// A heading is set at least this many points above the running text
/// ([`numbered_headings`]): a step of the type scale, past the rounding
/// of sizes a PDF gives.
const HEADING_MIN_GAIN: f32 = 1.0;
/// A bold heading may be this many points below the running text (a bold
/// face in the body's size, measured a little smaller).
const BOLD_HEADING_SLACK: f32 = 0.5;

/// One page's lines split into running text, furniture and footnotes.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct SplitPage {
    pub body: Vec<RawLine>,
    pub header: Vec<String>,
    pub footer: Vec<String>,
    pub footnotes: Vec<String>,
    pub printed_number: Option<String>,
}

/// A page's laid-out lines with the page height.
#[derive(Debug, Clone)]
pub(crate) struct PageLines {
    pub lines: Vec<RawLine>,
    pub height: f32,
}

/// Separates furniture and footnotes from the running text of all pages.
pub(crate) fn split_pages(pages: Vec<PageLines>) -> Vec<SplitPage> {
    let body_size = body_font_size(&pages);
    let repeated = repeated_keys(&pages, body_size);
    let first_words: HashSet<String> = pages
        .first()
        .map(|p| p.lines.iter().flat_map(|l| header_words(&l.text)).collect())
        .unwrap_or_default();
    let numbered = numbered_running_headers(&pages, body_size);
    let mut out: Vec<SplitPage> = pages
        .into_iter()
        .zip(numbered)
        .enumerate()
        .map(|(i, (p, numbered))| {
            let first = (i > 0).then_some(&first_words);
            split_page(p, &repeated, body_size, first, numbered.as_ref())
        })
        .collect();
    assign_printed_numbers(&mut out);
    out
}

fn split_page(
    page: PageLines,
    repeated: &HashMap<String, f32>,
    body_size: f32,
    first_words: Option<&HashSet<String>>,
    numbered_header: Option<&(f32, String)>,
) -> SplitPage {
    let mut sp = SplitPage::default();
    let h = page.height.max(1.0);
    let mut body = Vec::new();
    let lone_top = match first_words {
        Some(words) => lone_running_header(&page.lines, h, body_size, words),
        None => f32::NEG_INFINITY,
    }
    .max(numbered_header.map_or(f32::NEG_INFINITY, |(y, _)| *y));
    sp.printed_number = numbered_header.map(|(_, n)| n.clone());
    let in_band = |line: &RawLine| line.y < BAND * h || line.y > (1.0 - BAND) * h;
    let furniture: Vec<bool> = page
        .lines
        .iter()
        .map(|line| {
            (line.artifact && (line.y < 0.25 * h || line.y > 0.75 * h))
                || (in_band(line)
                    && (is_page_number(&line.text)
                        || crate::text::is_print_stamp(&line.text)
                        || repeated
                            .get(&furniture_key(&line.text))
                            .is_some_and(|&size| !larger_than_furniture(line.size, size))))
        })
        .collect();
    // A running header's or footer's other half, on its baseline in its
    // type: the current chapter's title right of the document's title (`3.
    // Inburgering volgens de Wet inburgering 2021`), which changes from
    // chapter to chapter and so repeats on too few pages to be found by
    // itself, wherever the writer drew it (WeasyPrint draws it last).
    // Only a line repeated on many pages shows such a row: a lone number
    // in the band may be a table's cell.
    let rows: Vec<(f32, f32)> = page
        .lines
        .iter()
        .zip(&furniture)
        .filter(|(l, &f)| {
            f && in_band(l)
                && !is_page_number(&l.text)
                && repeated.contains_key(&furniture_key(&l.text))
        })
        .map(|(l, _)| (l.y, l.size))
        .collect();
    let beside_furniture = |line: &RawLine| {
        in_band(line)
            && rows
                .iter()
                .any(|&(y, size)| (line.y - y).abs() < 1.0 && line.size <= size + 0.5)
    };
    for (line, furniture) in page.lines.into_iter().zip(furniture) {
        if line.y <= lone_top {
            sp.header.push(line.text);
            continue;
        }
        if furniture || beside_furniture(&line) {
            if line.y < 0.5 * h {
                sp.header.push(line.text);
            } else {
                sp.footer.push(line.text);
            }
        } else {
            body.push(line);
        }
    }
    let (body, footnotes) = take_footnotes(body, h, body_size);
    sp.body = body;
    sp.footnotes = footnotes;
    if let Some(first) = sp.body.first_mut() {
        first.para = true;
    }
    sp
}

/// At most this many rows of small type at the top of a page make a
/// running header of its own ([`lone_running_header`]).
const LONE_HEADER_ROWS: usize = 2;
/// The running text under such a header starts at least this many body
/// font sizes below it: a header stands apart, a table's rows do not.
const LONE_HEADER_GAP: f32 = 2.0;

/// The baseline of the lowest row of a running header that no other page
/// repeats, or minus infinity when the page has none: a letter's later
/// page headed `Gemeenteraad Delft – zienswijze ... RG/2019/0412` where
/// its first page has the letterhead instead. Such a header is one or
/// [`LONE_HEADER_ROWS`] rows at the top of the page (in the top band), all
/// in footnote-sized type, that repeat the first page's words (the
/// sender, the subject, the reference: at least [`LONE_HEADER_SHARE`] of
/// theirs, `first_words`), and the running text (in its own size) starts
/// [`LONE_HEADER_GAP`] body sizes or more below it. A heading in small
/// type that opens a page names its own part, not the first page. Only
/// for pages after the first, whose top holds the letterhead or the title.
fn lone_running_header(
    lines: &[RawLine],
    h: f32,
    body_size: f32,
    first_words: &HashSet<String>,
) -> f32 {
    if body_size <= 0.0 {
        return f32::NEG_INFINITY;
    }
    // Rows of lines whose baselines lie within a point of the row's
    // first: (first baseline, lowest baseline, all in small type).
    let mut rows: Vec<(f32, f32, bool)> = Vec::new();
    let mut sorted: Vec<&RawLine> = lines.iter().collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y));
    for l in sorted {
        let small = l.size <= FOOTNOTE_SIZE * body_size;
        match rows.last_mut() {
            Some((y, low, all_small)) if l.y - *y < 1.0 => {
                *low = l.y;
                *all_small &= small;
            }
            _ => rows.push((l.y, l.y, small)),
        }
    }
    let header = rows
        .iter()
        .take_while(|(y, _, small)| *small && *y < BAND * h)
        .count();
    if header == 0 || header > LONE_HEADER_ROWS {
        return f32::NEG_INFINITY;
    }
    let bottom = rows[header - 1].1;
    let apart = rows
        .get(header)
        .is_some_and(|&(next, _, small)| !small && next - bottom >= LONE_HEADER_GAP * body_size);
    let words: Vec<String> = lines
        .iter()
        .filter(|l| l.y <= bottom)
        .flat_map(|l| header_words(&l.text))
        .collect();
    let repeated = words.iter().filter(|w| first_words.contains(*w)).count();
    if apart && words.len() >= 2 && repeated as f32 >= LONE_HEADER_SHARE * words.len() as f32 {
        bottom
    } else {
        f32::NEG_INFINITY
    }
}

/// A running header that carries the page number lies in this top share of
/// the page: a book's header sits higher than the body's first line but may
/// be below [`BAND`] (LaTeX puts it about 100 points from an A4 page's top).
const NUMBERED_HEADER_ZONE: f32 = 0.2;
/// At most this many lines make the top row of a numbered running header:
/// the title and the page number, perhaps apart in two or three pieces.
const NUMBERED_HEADER_LINES: usize = 3;
/// So many pages at least carry a numbered running header at the same
/// height for it to be one: a numbering, not a number that happens to
/// open a page or two.
const NUMBERED_HEADER_PAGES: usize = 3;

/// For each page, the lowest baseline of its numbered running header and
/// the page number it prints, or `None` where it has none: the header of a book-style PDF (LaTeX's
/// `\pagestyle{headings}`: `HOOFDSTUK 3. WONEN` with the page number at
/// the outer edge) that names the current chapter, so its text changes
/// from chapter to chapter and [`repeated_keys`] finds no line repeated
/// on enough pages, and that a chapter's opening page lacks. It is the
/// page's top row (lines within a point of the topmost baseline) in the
/// top [`NUMBERED_HEADER_ZONE`], of at most [`NUMBERED_HEADER_LINES`]
/// lines, none set as a heading, with a page number at an end (a line of
/// its own, or the row's first or last word), and the running text starts
/// [`LONE_HEADER_GAP`] body sizes or more below it; such rows lie at the
/// same height on [`NUMBERED_HEADER_PAGES`] pages or more, and their
/// numbers rise from page to page (arabic and roman numbers each in their
/// own order: front matter numbered `ii`, `iii`, the body from 1). A
/// chapter heading at the top of its opening page is set as a heading, or
/// lies at another height.
fn numbered_running_headers(pages: &[PageLines], body_size: f32) -> Vec<Option<(f32, String)>> {
    let mut out = vec![None; pages.len()];
    if body_size <= 0.0 {
        return out;
    }
    // (page index, the row's baseline, its lowest baseline, the number).
    let rows: Vec<(usize, f32, f32, PageNumber)> = pages
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let (top, bottom, n) = numbered_top_row(p, body_size)?;
            Some((i, top, bottom, n))
        })
        .collect();
    let mut done = vec![false; rows.len()];
    for a in 0..rows.len() {
        if done[a] {
            continue;
        }
        let group: Vec<usize> = (a..rows.len())
            .filter(|&b| !done[b] && (rows[b].1 - rows[a].1).abs() < 1.0)
            .collect();
        for &b in &group {
            done[b] = true;
        }
        let rising = |roman: bool| {
            let values: Vec<u32> = group
                .iter()
                .filter(|&&b| rows[b].3.roman == roman)
                .map(|&b| rows[b].3.value)
                .collect();
            values.windows(2).all(|w| w[0] < w[1])
        };
        if group.len() >= NUMBERED_HEADER_PAGES && rising(false) && rising(true) {
            for &b in &group {
                out[rows[b].0] = Some((rows[b].2, rows[b].3.written.clone()));
            }
        }
    }
    out
}

/// A page number as printed (`7`, `iii`) with its value.
#[derive(Debug, Clone)]
struct PageNumber {
    written: String,
    value: u32,
    roman: bool,
}

/// The top row of a page that may be a numbered running header (see
/// [`numbered_running_headers`]): its first and lowest baseline and its
/// page number.
fn numbered_top_row(page: &PageLines, body_size: f32) -> Option<(f32, f32, PageNumber)> {
    let h = page.height.max(1.0);
    let mut sorted: Vec<&RawLine> = page.lines.iter().collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let top = sorted.first()?.y;
    if top >= NUMBERED_HEADER_ZONE * h {
        return None;
    }
    let row: Vec<&RawLine> = sorted
        .iter()
        .copied()
        .take_while(|l| l.y - top < 1.0)
        .collect();
    let bottom = row.last()?.y;
    let next = sorted.get(row.len())?;
    if row.len() > NUMBERED_HEADER_LINES
        || row.iter().any(|l| set_as_heading(l, body_size))
        || next.y - bottom < LONE_HEADER_GAP * body_size
    {
        return None;
    }
    let text: Vec<&str> = row.iter().map(|l| l.text.as_str()).collect();
    let text = text.join(" ");
    let words: Vec<&str> = text.split_whitespace().collect();
    let number = row
        .iter()
        .find_map(|l| page_number_value(&l.text))
        .or_else(|| {
            [words.first()?, words.last()?]
                .into_iter()
                .find_map(|w| page_number_value(w))
        })?;
    let value = match number.parse::<u32>() {
        Ok(value) => PageNumber {
            written: number,
            value,
            roman: false,
        },
        Err(_) => PageNumber {
            value: crate::text::roman_value(&number.to_uppercase())?,
            written: number,
            roman: true,
        },
    };
    Some((top, bottom, value))
}

/// Share of a lone running header's words the first page must have.
const LONE_HEADER_SHARE: f32 = 0.75;

/// A line's words as a running header is compared with the first page:
/// lower case, letters and digits (`rg`, `2019`, `0412`), of two
/// characters or more.
fn header_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
}

/// Normalised form of a band line: digits as `#`, lower case, single spaces.
fn furniture_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut last_digit = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !last_digit {
                key.push('#');
            }
            last_digit = true;
            continue;
        }
        last_digit = false;
        if c.is_whitespace() {
            if !key.ends_with(' ') {
                key.push(' ');
            }
        } else {
            key.extend(c.to_lowercase());
        }
    }
    key.trim().to_string()
}

/// Band lines that recur on enough pages to be running headers/footers,
/// with the type size the running line usually has.
///
/// Not furniture, though recurring: lines that differ only in their digits
/// where those digits are section numbers, a numbered heading opening each
/// page ([`numbered_headings`]).
fn repeated_keys(pages: &[PageLines], body_size: f32) -> HashMap<String, f32> {
    let mut lines: HashMap<String, Vec<(usize, &RawLine)>> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        let h = p.height.max(1.0);
        for l in p
            .lines
            .iter()
            .filter(|l| l.y < BAND * h || l.y > (1.0 - BAND) * h)
        {
            let k = furniture_key(&l.text);
            if !k.is_empty() {
                lines.entry(k).or_default().push((i, l));
            }
        }
    }
    let n = pages.len();
    let needed = if n <= 3 {
        2
    } else {
        (n * 2).div_ceil(5).max(3)
    };
    lines
        .into_iter()
        .filter(|(_, ls)| {
            let mut on: Vec<usize> = ls.iter().map(|(i, _)| *i).collect();
            on.dedup();
            n >= 2 && on.len() >= needed
        })
        .filter(|(k, ls)| !(k.starts_with('#') && numbered_headings(ls, body_size)))
        .filter(|(_, ls)| !labelled_headings(ls, pages, body_size))
        .map(|(k, ls)| {
            let mut sizes: Vec<f32> = ls.iter().map(|(_, l)| l.size).collect();
            sizes.sort_by(f32::total_cmp);
            (k, sizes[(sizes.len() - 1) / 2])
        })
        .collect()
}

/// Whether a line set in `size` is markedly larger than the running line
/// it repeats (set in `usual`): the title on the cover page, where the
/// running header of the other pages repeats the title.
fn larger_than_furniture(size: f32, usual: f32) -> bool {
    usual > 0.0 && size >= usual * COVER_TITLE_RATIO && size - usual >= COVER_TITLE_MIN_GAIN
}

/// The section number a line opens with (`2.1 Actielijn 1` → `[2, 1]`,
/// `3. Financiën` → `[3]`): numbers joined by dots, then a space and a
/// letter.
fn leading_section_number(text: &str) -> Option<Vec<u32>> {
    let t = text.trim_start();
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, rest) = t.split_at(end);
    let mut rest = rest.chars();
    if !rest.next().is_some_and(char::is_whitespace)
        || !rest
            .find(|c| !c.is_whitespace())
            .is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let parts: Vec<u32> = number
        .strip_suffix('.')
        .unwrap_or(number)
        .split('.')
        .map(|p| (1..=3).contains(&p.len()).then(|| p.parse().ok()).flatten())
        .collect::<Option<_>>()?;
    Some(parts)
}

/// Whether the recurring band lines `lines` (page index, line; in page
/// order) are numbered headings that each open a page (`2.1 Actielijn 1`,
/// `2.2 Actielijn 2`, ...) rather than a running header with a page
/// number: each begins with a section number, the numbers differ and
/// increase from page to page (a running header naming the chapter
/// repeats its number on the chapter's pages), and the lines are set as
/// headings. A dotted number (`2.1`) is no page number, so bold or larger
/// type than the running text will do; a plain number at the start of a
/// line may be the page number of a header (`12 Regiovisie`), so the line
/// must be larger than the running text.
fn numbered_headings(lines: &[(usize, &RawLine)], body_size: f32) -> bool {
    if body_size <= 0.0 {
        return false;
    }
    let numbers: Option<Vec<Vec<u32>>> = lines
        .iter()
        .map(|(_, l)| leading_section_number(&l.text))
        .collect();
    let Some(numbers) = numbers else {
        return false;
    };
    let increasing = numbers.windows(2).all(|w| w[0] < w[1]);
    let styled = lines.iter().zip(&numbers).all(|((_, l), n)| {
        if n.len() > 1 {
            set_as_heading(l, body_size)
        } else {
            larger_than_body(l, body_size)
        }
    });
    lines.len() >= 2 && increasing && styled
}

/// Whether `l` is set larger than the running text (`body_size`), as a
/// heading is ([`HEADING_MIN_GAIN`]).
fn larger_than_body(l: &RawLine, body_size: f32) -> bool {
    l.size >= body_size + HEADING_MIN_GAIN
}

/// Whether `l` is set as a heading: larger than the running text, or bold
/// in about its size ([`BOLD_HEADING_SLACK`]).
fn set_as_heading(l: &RawLine, body_size: f32) -> bool {
    larger_than_body(l, body_size) || (l.bold && l.size >= body_size - BOLD_HEADING_SLACK)
}

/// The number an unnumbered, labelled heading ends in (`Actielijn 3` →
/// 3, `Thema 2:` → 2): one to four words of letters, then one number of
/// at most three digits; not a page number (`Pagina 3`, `blz. 4`).
fn trailing_label_number(text: &str) -> Option<u32> {
    let t = text.trim().trim_end_matches([':', '.']);
    let (label, number) = t.rsplit_once(char::is_whitespace)?;
    if number.is_empty() || number.len() > 3 || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let wordy = |w: &&str| {
        w.chars().next().is_some_and(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let page_word = |w: &str| {
        let w = w.to_lowercase();
        let w = w.trim_end_matches('.');
        [
            "pagina",
            "page",
            "pag",
            "blz",
            "p",
            "blad",
            "bladzijde",
            "seite",
            "sheet",
        ]
        .contains(&w)
    };
    if words.is_empty() || words.len() > 4 || !words.iter().all(wordy) {
        return None;
    }
    if words.last().is_some_and(|w| page_word(w)) {
        return None;
    }
    number.parse().ok()
}

/// Whether the recurring band lines `lines` (page index, line; in page
/// order) are unnumbered headings with a rising number that each open a
/// page (`Actielijn 1`, `Actielijn 2`, ...) rather than a running header:
/// each is a label and a number ([`trailing_label_number`]) at the top of
/// its page, the numbers increase from page to page (a running header
/// `Regiovisie 2026` repeats its number), and the lines are set as
/// headings: larger than the running text, or bold. A number that rises in
/// step with the pages may be the page number of a bold header
/// (`Regiovisie Veilig Thuis 12`): such lines must be larger than the
/// running text, unless every page of them prints its page number
/// elsewhere.
fn labelled_headings(lines: &[(usize, &RawLine)], pages: &[PageLines], body_size: f32) -> bool {
    if body_size <= 0.0 || lines.len() < 2 {
        return false;
    }
    let numbers: Option<Vec<u32>> = lines
        .iter()
        .map(|(_, l)| trailing_label_number(&l.text))
        .collect();
    let Some(numbers) = numbers else {
        return false;
    };
    let at_top = lines.iter().all(|(i, l)| {
        pages
            .get(*i)
            .is_some_and(|p| l.y < BAND * p.height.max(1.0))
    });
    let increasing = numbers.windows(2).all(|w| w[0] < w[1]);
    if !at_top || !increasing || !lines.iter().all(|(_, l)| set_as_heading(l, body_size)) {
        return false;
    }
    let in_step = lines
        .iter()
        .zip(&numbers)
        .map(|((i, _), n)| i64::from(*n) - *i as i64)
        .collect::<Vec<_>>()
        .windows(2)
        .all(|w| w[0] == w[1]);
    let numbered_elsewhere = lines.iter().all(|(i, own)| {
        pages.get(*i).is_some_and(|p| {
            let h = p.height.max(1.0);
            p.lines.iter().any(|l| {
                !std::ptr::eq(l, *own)
                    && (l.y < BAND * h || l.y > (1.0 - BAND) * h)
                    && is_page_number(&l.text)
            })
        })
    });
    !in_step || lines.iter().all(|(_, l)| larger_than_body(l, body_size)) || numbered_elsewhere
}

/// `12`, `- 12 -`, `Pagina 3 van 12`, `3 / 24`, `page 4`, `iv`.
pub(crate) fn is_page_number(text: &str) -> bool {
    page_number_value(text).is_some()
}

fn page_number_value(text: &str) -> Option<String> {
    let t = text
        .trim()
        .trim_matches(|c| c == '-' || c == '–' || c == '—')
        .trim();
    let lower = t.to_lowercase();
    let rest = ["pagina", "page", "pag.", "blz.", "p.", "blad"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim();
    let first: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if !first.is_empty() && first.len() <= 4 {
        let tail = rest[first.len()..].trim();
        let tail_ok = tail.is_empty() || {
            let t2 = tail
                .strip_prefix('/')
                .or_else(|| tail.strip_prefix("van"))
                .or_else(|| tail.strip_prefix("of"))
                .map(str::trim);
            t2.is_some_and(|d| {
                !d.is_empty() && d.len() <= 4 && d.chars().all(|c| c.is_ascii_digit())
            })
        };
        return tail_ok.then_some(first);
    }
    let roman = !rest.is_empty()
        && rest.len() <= 6
        && rest.chars().all(|c| "ivxlc".contains(c))
        && rest == lower;
    roman.then(|| rest.to_string())
}

/// The dominant font size of the running text (by characters).
fn body_font_size(pages: &[PageLines]) -> f32 {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for l in pages.iter().flat_map(|p| &p.lines) {
        *counts.entry((l.size * 2.0).round() as i32).or_default() += l.text.len();
    }
    counts
        .into_iter()
        .max_by_key(|(size, n)| (*n, *size))
        .map_or(0.0, |(s, _)| s as f32 / 2.0)
}

fn starts_with_note_marker(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) && !text.starts_with('0') {
        return text[digits..]
            .chars()
            .next()
            .is_some_and(|c| c.is_whitespace() || c.is_alphabetic() || "(‘“\"«'".contains(c));
    }
    text.starts_with(['*', '†', '‡'])
}

/// Footnotes: the run of small-type lines at the bottom of the page whose
/// first line starts with a note number.
fn take_footnotes(lines: Vec<RawLine>, h: f32, body_size: f32) -> (Vec<RawLine>, Vec<String>) {
    if body_size <= 0.0 || lines.is_empty() {
        return (lines, Vec::new());
    }
    let small = |l: &RawLine| l.size <= FOOTNOTE_SIZE * body_size && l.y > 0.45 * h;
    // Lowest line that is not small type: footnotes lie below it.
    let body_bottom = lines
        .iter()
        .filter(|l| !small(l))
        .map(|l| l.y)
        .fold(f32::NEG_INFINITY, f32::max);
    let start_y = lines
        .iter()
        .filter(|l| small(l) && l.y > body_bottom && starts_with_note_marker(&l.text))
        .map(|l| l.y)
        .fold(f32::INFINITY, f32::min);
    if !start_y.is_finite() {
        return (lines, Vec::new());
    }
    let (mut notes, body): (Vec<RawLine>, Vec<RawLine>) = lines
        .into_iter()
        .partition(|l| l.y >= start_y - 0.5 && small(l));
    notes.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut out: Vec<String> = Vec::new();
    for l in notes {
        match out.last_mut() {
            Some(last) if !starts_with_note_marker(&l.text) => {
                super::dehyphen::append_continuation(last, &l.text);
            }
            _ => out.push(l.text),
        }
    }
    (body, out)
}

/// Printed page numbers: a lone page-number line, else the number in a
/// repeated header/footer line that changes from page to page.
fn assign_printed_numbers(pages: &mut [SplitPage]) {
    for p in pages.iter_mut() {
        // A numbered running header's number, read with it, where no
        // line is a number alone (`HOOFDSTUK 3. WONEN 7` in one line).
        let header = p.printed_number.take();
        p.printed_number = p
            .footer
            .iter()
            .chain(&p.header)
            .find_map(|l| page_number_value(l))
            .or(header);
    }
    // Repeated lines whose last number varies across pages.
    let mut by_key: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        if p.printed_number.is_some() {
            continue;
        }
        for l in p.footer.iter().chain(&p.header) {
            if let Some(n) = l
                .split(|c: char| !c.is_ascii_digit())
                .rfind(|s| !s.is_empty() && s.len() <= 4)
            {
                by_key
                    .entry(furniture_key(l))
                    .or_default()
                    .push((i, n.to_string()));
            }
        }
    }
    for entries in by_key.values() {
        let mut values: Vec<&String> = entries.iter().map(|(_, v)| v).collect();
        values.sort();
        values.dedup();
        if values.len() < 2 || values.len() * 2 < entries.len() {
            continue;
        }
        for (i, v) in entries {
            if pages[*i].printed_number.is_none() {
                pages[*i].printed_number = Some(v.clone());
            }
        }
    }
    drop_inconsistent_numbers(pages);
}

/// Where most pages agree on "printed = physical + offset", a page whose
/// number breaks that rule on its own (a lone "2" in a letterhead, a year
/// in a table cell) gets no printed number.
fn drop_inconsistent_numbers(pages: &mut [SplitPage]) {
    let offset = |i: usize, p: &SplitPage| -> Option<i64> {
        let v: i64 = p.printed_number.as_deref()?.parse().ok()?;
        Some(v - i as i64)
    };
    let offsets: Vec<Option<i64>> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| offset(i, p))
        .collect();
    let known: Vec<i64> = offsets.iter().flatten().copied().collect();
    if known.len() < 3 {
        return;
    }
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for o in &known {
        *counts.entry(*o).or_default() += 1;
    }
    let Some((&mode, &n)) = counts.iter().max_by_key(|(o, n)| (**n, -**o)) else {
        return;
    };
    if n < 3 {
        return;
    }
    for i in 0..pages.len() {
        let Some(o) = offsets[i] else { continue };
        if o == mode {
            continue;
        }
        // A number at or above one the main numbering prints on a later
        // page is not this page's: a table of contents that prints no
        // numbers of its own ends on its last entry's page (`Bijlage 1 ...
        // 17`) before the body's page 2.
        let v = o + i as i64;
        if (i + 1..pages.len()).any(|j| offsets[j] == Some(mode) && mode + j as i64 <= v) {
            pages[i].printed_number = None;
            continue;
        }
        // A numbering of its own (an appendix restarting at 1) runs over
        // consecutive pages with the same offset; a stray number does not.
        let before = i.checked_sub(1).and_then(|j| offsets[j]);
        let after = offsets.get(i + 1).copied().flatten();
        if before != Some(o) && after != Some(o) {
            pages[i].printed_number = None;
        }
    }
}

#[cfg(test)]
mod tests;
