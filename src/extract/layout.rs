//! Layout: positioned glyphs → words → lines → paragraphs.
//!
//! Rules after poppler's `TextPage::addChar` and pdfminer's LAParams,
//! applied in content order (which beats geometric sorting on LaTeX and
//! on tagged Word/XPP/Prince output, see the research notes):
//! - a space goes in where the gap to the previous glyph exceeds
//!   [`WORD_GAP`] × font size (spaces from gaps, not only from space glyphs);
//! - a line ends when the baseline moves more than [`BASELINE_TOL`] × size
//!   (smaller raised or lowered glyphs are super/subscripts and stay), when
//!   the text jumps back left, or when the gap exceeds [`MAX_GAP`] × size
//!   (table cells, a second column);
//! - overprinted duplicates (fake bold, shadows) are dropped;
//! - a paragraph starts on an extra vertical gap, a move up (new column),
//!   a font size or weight change, a bullet, an indent or outdent, or after
//!   a short line that ends a sentence.

use super::interp::{Glyph, PageGlyphs};

use crate::text::SUPERSCRIPT_DIGITS as SUPERSCRIPT;

/// Gap (× font size) above which a space is inserted between glyphs.
pub(crate) const WORD_GAP: f32 = 0.12;
/// Baseline difference (× font size) within which glyphs share a line.
const BASELINE_TOL: f32 = 0.35;
/// Largest horizontal gap (× font size) inside one line.
const MAX_GAP: f32 = 3.0;

/// A line of text as laid out on the page, before furniture removal.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct RawLine {
    pub text: String,
    /// Left edge and right end in points.
    pub x: f32,
    pub x_end: f32,
    /// Baseline from the top of the page.
    pub y: f32,
    /// Dominant font size and weight.
    pub size: f32,
    pub bold: bool,
    /// Drawn inside `/Artifact` marked content.
    pub artifact: bool,
    /// Starts a paragraph.
    pub para: bool,
    /// A cell of a table row drawn on one baseline (row and column within
    /// the page's table numbered by its first row's line, see
    /// [`mark_table_rows`]).
    pub cell: Option<(u32, u32, u32)>,
    /// Each word's byte offset in `text` and its left and right ends in
    /// points (set as the line is built; text changed later, by
    /// dehyphenation, leaves them behind).
    pub words: Vec<(u32, f32, f32)>,
}

#[derive(Default)]
struct Builder {
    text: String,
    x: f32,
    end_x: f32,
    base_y: f32,
    base_size: f32,
    /// The tilt of the line's first glyph ([`Glyph::tilt`]) and the point
    /// its baseline runs through (see [`Builder::baseline_at`]).
    tilt: f32,
    anchor: (f32, f32),
    artifact: bool,
    last_x: f32,
    last_start: usize,
    /// Character counts per (size, bold), for the dominant font.
    weights: Vec<(f32, bool, usize)>,
    /// Words: byte offset, left and right end.
    words: Vec<(u32, f32, f32)>,
}

impl Builder {
    fn start(g: &Glyph) -> Builder {
        Builder {
            x: g.x,
            end_x: g.x,
            base_y: g.y,
            base_size: g.size,
            tilt: g.tilt,
            anchor: (g.x, g.y),
            artifact: g.artifact,
            last_x: f32::NEG_INFINITY,
            ..Builder::default()
        }
    }

    /// Whether the line so far holds only a note's number or sign (`1`,
    /// `12`, `*`).
    fn lone_mark(&self) -> bool {
        let t = self.text.trim();
        (1..=3).contains(&t.chars().count())
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '*' | '†' | '‡'))
    }

    /// The line's baseline at `x`: where it started, or on a tilted line
    /// (a slightly turned scan's OCR layer, drawn along each line's tilt)
    /// where it runs at `x`, from the last glyph on it, so that a long
    /// line rising a few points from left to right, and its words'
    /// baselines stepping a little (as tesseract sets each word on its
    /// own), stays one line instead of breaking inside a word.
    fn baseline_at(&self, x: f32) -> f32 {
        if self.tilt == 0.0 {
            self.base_y
        } else {
            self.anchor.1 + self.tilt * (x - self.anchor.0)
        }
    }

    /// Whether glyph `g` continues this line.
    fn accepts(&self, g: &Glyph) -> bool {
        if g.artifact != self.artifact {
            return false;
        }
        let size = self.base_size.max(g.size).max(1.0);
        let dy = g.y - self.baseline_at(g.x);
        let same_baseline = dy.abs() <= BASELINE_TOL * size;
        let script = g.size < 0.9 * self.base_size
            && dy > -0.75 * self.base_size
            && dy < 0.45 * self.base_size;
        // A line that so far holds only a raised note number ("4Zie ...").
        let lead_script = g.size > 1.1 * self.base_size
            && dy > 0.0
            && dy < 0.75 * g.size
            && self.text.chars().count() <= 4;
        // A raised note number in the note's own size ("¹ Uit onze ..."
        // at the foot of a page, the mark set as superscript by rising).
        let lead_mark =
            self.lone_mark() && g.size >= 0.9 * self.base_size && dy > 0.0 && dy < 0.75 * size;
        if !(same_baseline || script || lead_script || lead_mark) {
            return false;
        }
        let gap = g.x - self.end_x;
        // A mark is set right before its note's text.
        let max_gap = if same_baseline || script || lead_script {
            MAX_GAP
        } else {
            0.6
        };
        gap > -0.7 * size && gap < max_gap * size
    }

    fn push(&mut self, g: &Glyph, text: &str) {
        let size = self.base_size.max(g.size).max(1.0);
        // Overprinted duplicate (fake bold, shadow).
        if (g.x - self.last_x).abs() < 0.15 * size && self.text.get(self.last_start..) == Some(text)
        {
            return;
        }
        let is_space = text.trim().is_empty();
        if is_space {
            if !self.text.is_empty() && !self.text.ends_with(' ') {
                self.text.push(' ');
            }
            self.end_x = self.end_x.max(g.x + g.adv);
            return;
        }
        // The first glyph below a raised note number: the line's baseline.
        let dy = g.y - self.baseline_at(g.x);
        let after_mark = self.lone_mark() && dy > BASELINE_TOL * size;
        let gap = g.x - self.end_x;
        if !self.text.is_empty() && !self.text.ends_with(' ') && gap > WORD_GAP * size {
            self.text.push(' ');
        }
        if self.text.is_empty() {
            self.x = g.x;
        }
        let right = g.x + g.adv;
        match self.words.last_mut() {
            Some(w) if !self.text.ends_with(' ') => w.2 = w.2.max(right),
            _ => self.words.push((
                u32::try_from(self.text.len()).unwrap_or(u32::MAX),
                g.x,
                right,
            )),
        }
        self.last_start = self.text.len();
        self.last_x = g.x;
        // A footnote's mark right after a figure (`circa 5.900¹`), a digit
        // set smaller and raised above the line: written in superscript
        // digits, so that it is read as the mark it is, not as a digit of
        // the figure (`5.9001`).
        let raised = g.size < 0.8 * self.base_size && -dy > 0.2 * self.base_size;
        if raised
            && self
                .text
                .ends_with(|c: char| c.is_ascii_digit() || SUPERSCRIPT.contains(&c))
            && text.chars().all(|c| c.is_ascii_digit())
        {
            let marked: String = text
                .chars()
                .filter_map(|c| c.to_digit(10))
                .map(|d| SUPERSCRIPT[d as usize])
                .collect();
            self.text.push_str(&marked);
        } else {
            self.text.push_str(text);
        }
        self.end_x = g.x + g.adv;
        if !self.weights.is_empty()
            && (g.size > 1.1 * self.base_size || after_mark && g.size >= 0.9 * self.base_size)
        {
            // The line started with a superscript: take the main baseline.
            self.base_y = g.y;
            self.anchor = (g.x, g.y);
        } else if self.tilt != 0.0
            && g.size >= 0.9 * self.base_size
            && dy.abs() <= BASELINE_TOL * size
        {
            // A tilted line follows its words' baselines.
            self.anchor = (g.x, g.y);
        }
        if g.size >= 0.9 * self.base_size || self.weights.is_empty() {
            self.base_size = self.base_size.max(g.size);
        }
        let n = text.chars().count();
        let key = (round_half(g.size), g.bold);
        match self.weights.iter_mut().find(|w| (w.0, w.1) == key) {
            Some(w) => w.2 += n,
            None => self.weights.push((key.0, key.1, n)),
        }
    }

    fn finish(self) -> Option<RawLine> {
        let text = self.text.trim().to_string();
        if text.is_empty() {
            return None;
        }
        let (size, bold) = self
            .weights
            .iter()
            .max_by_key(|w| w.2)
            .map_or((self.base_size, false), |w| (w.0, w.1));
        Some(RawLine {
            text,
            x: self.x,
            x_end: self.end_x,
            y: self.base_y,
            size,
            bold,
            artifact: self.artifact,
            para: false,
            cell: None,
            words: self.words,
        })
    }
}

fn round_half(x: f32) -> f32 {
    (x * 2.0).round() / 2.0
}

/// Groups a page's glyphs into lines in content order and marks paragraph
/// starts.
pub(crate) fn build_lines(page: &PageGlyphs) -> Vec<RawLine> {
    let mut lines = Vec::new();
    let mut rotated = Builder::default();
    let mut cur: Option<Builder> = None;
    for g in reading_order(page)
        .into_iter()
        .filter_map(|i| page.glyphs.get(i))
    {
        let text = page.glyph_text(g);
        if g.rotated {
            // Vertical or upside-down text (margin stamps): kept in drawing
            // order as separate lines at the end of the page.
            if rotated.text.is_empty() {
                rotated = Builder::start(g);
            }
            rotated.text.push_str(text);
            continue;
        }
        match cur.as_mut() {
            Some(b) if b.accepts(g) => b.push(g, text),
            _ => {
                if let Some(line) = cur.take().and_then(Builder::finish) {
                    lines.push(line);
                }
                if text.trim().is_empty() {
                    continue;
                }
                let mut b = Builder::start(g);
                b.push(g, text);
                cur = Some(b);
            }
        }
    }
    if let Some(line) = cur.and_then(Builder::finish) {
        lines.push(line);
    }
    markers_before_items(&mut lines);
    repair_columns(&mut lines, page.width);
    floats_after_their_text(&mut lines, page.width);
    strip_line_numbers(&mut lines, page.height);
    bottom_block_last(&mut lines, page.height);
    join_labels_to_values(&mut lines);
    leaders_after_titles(&mut lines);
    mark_table_rows(&mut lines);
    if let Some(mut line) = rotated.finish() {
        line.para = true;
        lines.push(line);
    }
    mark_paragraphs(&mut lines, page.width);
    lines
}

/// Whether a glyph is one of a dot leader's (`.`, `·`, `…`).
fn is_leader_glyph(text: &str) -> bool {
    matches!(text.trim(), "." | "·" | "…")
}

/// The order in which [`build_lines`] reads a page's glyphs: the order
/// they are drawn in, except for a dot leader drawn right to left.
/// WeasyPrint draws a contents entry's `leader('.')` dot by dot from the
/// page number back towards the title, each dot placed on its own; read
/// in that order each dot starts a line of its own (a jump back left),
/// and the entry comes out as its title, a column of dots and its page
/// number. A run of at least [`LEADER_MIN_DOTS`] leader glyphs drawn one
/// after the other on one baseline in one size, each left of the one
/// before by at most two of its size, is read left to right, so that
/// title, leader and page number are one line (`Samenvatting ...... 4`).
fn reading_order(page: &PageGlyphs) -> Vec<usize> {
    let mut order: Vec<usize> = (0..page.glyphs.len()).collect();
    let glyphs = &page.glyphs;
    let leftward = |a: &Glyph, b: &Glyph| {
        let size = a.size.max(1.0);
        let step = a.x - b.x;
        (a.y - b.y).abs() < 0.1 * size
            && (a.size - b.size).abs() < 0.05 * size
            && step > 0.05 * size
            && step < 2.0 * size
    };
    let mut i = 0;
    while i < glyphs.len() {
        if glyphs[i].rotated || !is_leader_glyph(page.glyph_text(&glyphs[i])) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < glyphs.len()
            && !glyphs[j].rotated
            && is_leader_glyph(page.glyph_text(&glyphs[j]))
            && leftward(&glyphs[j - 1], &glyphs[j])
        {
            j += 1;
        }
        if j - i >= LEADER_MIN_DOTS {
            order[i..j].reverse();
        }
        i = j;
    }
    order
}

/// Bullets and numbers of a list that [`markers_before_items`] puts
/// before their items: the usual bullets of a list, not a dash, a dot or
/// an asterisk that may as well be a formula's.
const MOVABLE_BULLETS: &str = "•▪◦●■❖➢►▸✓";

/// Whether a line is a list's marker alone: a bullet of
/// [`MOVABLE_BULLETS`], or a number or letter with its point or
/// parenthesis (`3.`, `b)`), as [`starts_list_item`] reads them.
fn is_list_marker(text: &str) -> bool {
    let t = text.trim();
    let mut chars = t.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => MOVABLE_BULLETS.contains(c),
        (Some(_), Some(_)) => {
            !t.contains(char::is_whitespace)
                && t.ends_with(['.', ')'])
                && starts_list_item(&format!("{t} x"))
        }
        _ => false,
    }
}

/// Largest gap (× font size) between a list marker and its item's text.
const MARKER_MAX_GAP: f32 = 3.0;

/// Puts a list's marker before its item when the writer drew it after
/// the item (WeasyPrint draws the `::marker` of each `<ul>` or `<ol>`
/// item after the page's text): a line that is a marker alone
/// ([`is_list_marker`]) joins, as its head, the line drawn before it on
/// its baseline that starts right of it, within [`MARKER_MAX_GAP`], with
/// no other text between them, in about the marker's size. Any other
/// glyph drawn out of order stays where it was drawn.
fn markers_before_items(lines: &mut Vec<RawLine>) {
    let mut j = 0;
    while j < lines.len() {
        let marker = &lines[j];
        if marker.artifact || !is_list_marker(&marker.text) {
            j += 1;
            continue;
        }
        let on_row = |l: &RawLine| same_row(l, marker);
        let item = lines[..j]
            .iter()
            .enumerate()
            .filter(|(_, l)| on_row(l) && l.x >= marker.x_end - 0.1 * marker.size.max(1.0))
            .min_by(|a, b| a.1.x.total_cmp(&b.1.x));
        let Some((i, item)) = item else {
            j += 1;
            continue;
        };
        let size = item.size.max(1.0);
        let fits = item.x - marker.x_end <= MARKER_MAX_GAP * size
            && marker.size > 0.6 * size
            && marker.size < 1.5 * size;
        let between = lines
            .iter()
            .enumerate()
            .any(|(k, l)| k != j && k != i && on_row(l) && l.x_end > marker.x_end && l.x < item.x);
        if !fits || between {
            j += 1;
            continue;
        }
        let mut head = lines.remove(j);
        let item = std::mem::take(&mut lines[i]);
        append_line(&mut head, item);
        lines[i] = head;
    }
}

/// Lines of text a float's neighbours must hold at least
/// ([`floats_after_their_text`]).
const FLOAT_MIN_BESIDE: usize = 3;

/// Lines the text beside a float may run on below it to end its
/// sentence ([`floats_after_their_text`]).
const FLOAT_MAX_RUN_ON: usize = 8;

/// Puts a box floated beside the text (a `kader` with key figures, a
/// quote, CSS `float: right`) after the text that flows beside it, when
/// the writer drew the box first (WeasyPrint draws a page's floats before
/// its text): read in drawing order the box lands before the page's first
/// heading, in the section before. Such a box is the page's first run of
/// lines, of two lines at least, all starting right of the page's middle
/// third, right of the text's left edge; after it come lines that start
/// at that edge above the box's top (the text the box was drawn before),
/// and at least [`FLOAT_MIN_BESIDE`] lines beside it: on its rows, ending
/// left of it (the text narrowed by the float). It goes after the last
/// of those. Anything else drawn out of order (a table's cells, a
/// diagram's labels, a second column) has no text narrowed beside it
/// from above and stays as it is. A sentence beside the box that runs on
/// below it ends before the box (at most [`FLOAT_MAX_RUN_ON`] lines on).
fn floats_after_their_text(lines: &mut Vec<RawLine>, width: f32) {
    let text_lines = || lines.iter().filter(|l| !l.artifact);
    let Some(left) = text_lines().map(|l| l.x).reduce(f32::min) else {
        return;
    };
    let Some(first) = lines.iter().position(|l| !l.artifact) else {
        return;
    };
    let float_left = left + (width - left) / 3.0;
    let end = lines[first..]
        .iter()
        .position(|l| l.artifact || l.x < float_left)
        .map_or(lines.len(), |k| first + k);
    if end - first < 2 || end == lines.len() {
        return;
    }
    let block = &lines[first..end];
    let size = block.iter().map(|l| l.size).fold(1.0, f32::max);
    let top = block.iter().map(|l| l.y).fold(f32::INFINITY, f32::min);
    let bottom = block.iter().map(|l| l.y).fold(f32::NEG_INFINITY, f32::max);
    let block_x = block.iter().map(|l| l.x).fold(f32::INFINITY, f32::min);
    let at_edge = |l: &RawLine| !l.artifact && (l.x - left).abs() < size;
    let above = lines[end..].iter().any(|l| at_edge(l) && l.y < top - size);
    let beside: Vec<usize> = (end..lines.len())
        .filter(|&k| {
            let l = &lines[k];
            at_edge(l) && l.y >= top - size && l.y <= bottom + 2.0 * size && l.x_end < block_x
        })
        .collect();
    let Some(&beside_last) = beside.last() else {
        return;
    };
    if !above || beside.len() < FLOAT_MIN_BESIDE {
        return;
    }
    // Not into the middle of a sentence: the paragraph beside it runs on
    // below the box.
    let mut last = beside_last;
    while last + 1 < lines.len()
        && last - beside_last < FLOAT_MAX_RUN_ON
        && !ends_sentence(&lines[last].text)
        && at_edge(&lines[last + 1])
        && lines[last + 1].y > lines[last].y
    {
        last += 1;
    }
    let moved: Vec<RawLine> = lines.drain(first..end).collect();
    let at = last + 1 - moved.len();
    lines.splice(at..at, moved);
}

/// Fewest margin numbers a page needs to read them as line numbers.
const MIN_LINE_NUMBERS: usize = 5;

/// Leaves out line numbers printed in the margin (Word's line numbering,
/// `regelnummers`, for readers to cite `regel 112`): a column of numbers
/// left of the text block, right or left aligned, rising down the page
/// and spanning more than a band of it (footnote marks keep to the foot
/// of the page). A number at the text's own left edge
/// (a numbered list, a chapter number, a table's first column) is no line
/// number: the column must lie left of every line that does not open with
/// a number.
fn strip_line_numbers(lines: &mut Vec<RawLine>, height: f32) {
    // Lines opening with a number: index, value, left and right end.
    let mut cands: Vec<(usize, u32, f32, f32)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(&(0, x0, x1)) = l.words.first() else {
            continue;
        };
        let end = l.words.get(1).map_or(l.text.len(), |w| w.0 as usize);
        let Some(word) = l.text.get(..end).map(str::trim) else {
            continue;
        };
        if word.is_empty() || word.len() > 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Ok(n) = word.parse::<u32>() {
            cands.push((i, n, x0, x1));
        }
    }
    if cands.len() < MIN_LINE_NUMBERS {
        return;
    }
    // Where the text starts: a line's left edge, after its number for a
    // line opening with one.
    let text_left = lines
        .iter()
        .enumerate()
        .map(|(i, l)| match cands.iter().any(|c| c.0 == i) {
            true => l.words.get(1).map_or(f32::INFINITY, |w| w.1),
            false => l.x,
        })
        .fold(f32::INFINITY, f32::min);
    if !text_left.is_finite() {
        return;
    }
    cands.retain(|c| c.3 < text_left - 2.0);
    if cands.len() < MIN_LINE_NUMBERS {
        return;
    }
    let aligned = |f: fn(&(usize, u32, f32, f32)) -> f32| {
        let m = median(cands.iter().map(f).collect());
        cands.iter().all(|c| (f(c) - m).abs() <= 1.5)
    };
    let rising = cands.windows(2).all(|w| w[1].1 > w[0].1);
    let ys: Vec<f32> = cands.iter().map(|c| lines[c.0].y).collect();
    let span = ys.iter().copied().fold(f32::NEG_INFINITY, f32::max)
        - ys.iter().copied().fold(f32::INFINITY, f32::min);
    if !rising || !(aligned(|c| c.2) || aligned(|c| c.3)) || span < 0.15 * height {
        return;
    }
    let mut drop = Vec::new();
    for &(i, ..) in &cands {
        let l = &mut lines[i];
        match l.words.get(1).copied() {
            Some((at, x0, _)) => {
                let at = at as usize;
                l.text = l
                    .text
                    .get(at..)
                    .unwrap_or_default()
                    .trim_start()
                    .to_string();
                let shift = u32::try_from(at).unwrap_or(0);
                l.words.remove(0);
                for w in &mut l.words {
                    w.0 = w.0.saturating_sub(shift);
                }
                l.x = x0;
            }
            None => drop.push(i),
        }
    }
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !drop.contains(&(k - 1))
    });
}

/// At most this many words make a label (`Van:`, `Verzonden:`, `Uw
/// kenmerk:`) in [`join_labels_to_values`].
const LABEL_MAX_WORDS: usize = 3;

/// Joins a label to its value when a wide label column sets them apart
/// on one baseline (an e-mail printed from Outlook: `Van:` at the left
/// margin, `Kees Donker <...>` at the column's edge, further than
/// [`MAX_GAP`] from it; a letterhead's `Datum:` and its date): the label
/// is a line of its own on that baseline, of at most [`LABEL_MAX_WORDS`]
/// words ending in `:`, and the value the one line right of it. A row of
/// more lines (a table with a label in one of its cells) is left as it is.
fn join_labels_to_values(lines: &mut Vec<RawLine>) {
    let mut i = 0;
    while i + 1 < lines.len() {
        let (a, b) = (&lines[i], &lines[i + 1]);
        let label = a.text.ends_with(':')
            && a.text.split_whitespace().count() <= LABEL_MAX_WORDS
            && a.text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        let lone_pair = same_row(a, b)
            && b.x >= a.x_end
            && (i == 0 || !same_row(&lines[i - 1], a))
            && lines.get(i + 2).is_none_or(|c| !same_row(b, c));
        if !(label && lone_pair) {
            i += 1;
            continue;
        }
        let value = lines.remove(i + 1);
        append_line(&mut lines[i], value);
        i += 1;
    }
}

/// Whether two lines sit on one baseline (neither drawn as an artifact).
fn same_row(a: &RawLine, b: &RawLine) -> bool {
    let size = a.size.max(b.size).max(1.0);
    (a.y - b.y).abs() <= BASELINE_TOL * size && !a.artifact && !b.artifact
}

/// Appends `right`, a line on the same baseline right of `left`, to
/// `left`, one space between them, its words' offsets shifted along.
fn append_line(left: &mut RawLine, right: RawLine) {
    let shift = u32::try_from(left.text.len() + 1).unwrap_or(u32::MAX);
    left.text.push(' ');
    left.text.push_str(&right.text);
    left.words.extend(
        right
            .words
            .iter()
            .map(|&(at, x0, x1)| (at.saturating_add(shift), x0, x1)),
    );
    left.x_end = right.x_end;
    left.size = right.size;
    left.bold = right.bold;
}

/// Least leader characters (`.`, `…`, `·`, `_`) of a contents entry's
/// dot leader in [`is_leader_entry`].
const LEADER_MIN_DOTS: usize = 4;

/// A contents entry's dot leader with its page number (`. . . . . 12`,
/// `........ 7`): leader characters and spaces only, at least
/// [`LEADER_MIN_DOTS`] of them, then one to three digits.
fn is_leader_entry(text: &str) -> bool {
    let t = text.trim();
    let leader = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = t.len() - leader.len();
    let dots = leader
        .chars()
        .filter(|c| matches!(c, '.' | '…' | '·' | '_'))
        .count();
    (1..=3).contains(&digits)
        && dots >= LEADER_MIN_DOTS
        && leader
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '.' | '…' | '·' | '_'))
}

/// Puts a contents entry's dot leader and page number after its title
/// when the writer drew them first (reportlab's `TableOfContents` draws
/// the leader, right of the title on its baseline, before the title): a
/// leader line ([`is_leader_entry`]) followed by a line on its baseline
/// that ends left of where the leader starts becomes one line, title
/// first, as a contents list drawn in reading order reads
/// (`Voorwoord . . . . 5`).
fn leaders_after_titles(lines: &mut Vec<RawLine>) {
    let mut i = 0;
    while i + 1 < lines.len() {
        let (a, b) = (&lines[i], &lines[i + 1]);
        if same_row(a, b) && a.x >= b.x_end && is_leader_entry(&a.text) && !is_leader_entry(&b.text)
        {
            let leader = lines.remove(i);
            append_line(&mut lines[i], leader);
        }
        i += 1;
    }
}

/// Marks the rows of a table drawn row by row, each cell a line of its
/// own on the row's baseline, left to right (as Word and LibreOffice
/// export a table): each line gets its cell ([`RawLine::cell`]), so that
/// a draft's reader puts a row on one line, its cells in order. A table is
/// at least two such rows one after the other, of which at least three, or
/// one with three cells or more: two lines side by side once are as
/// likely a heading's number and title.
fn mark_table_rows(lines: &mut [RawLine]) {
    // Rows: runs of lines on one baseline, each right of the one before.
    let mut rows: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for i in 1..=lines.len() {
        let joins = i < lines.len() && {
            let (a, b) = (&lines[i - 1], &lines[i]);
            same_row(a, b) && b.x >= a.x_end
        };
        if !joins {
            if i - start >= 2 {
                rows.push(start..i);
            }
            start = i;
        }
    }
    // Tables: rows that follow each other directly.
    let mut k = 0;
    while k < rows.len() {
        let mut end = k + 1;
        while end < rows.len() && rows[end].start == rows[end - 1].end {
            end += 1;
        }
        let table = &rows[k..end];
        let wide = table.iter().any(|r| r.len() >= 3);
        if table.len() >= 2 && (table.len() >= 3 || wide) {
            let id = u32::try_from(table[0].start).unwrap_or(u32::MAX);
            for (r, row) in table.iter().enumerate() {
                for (c, i) in row.clone().enumerate() {
                    lines[i].cell = Some((id, r as u32, c as u32));
                }
            }
        }
        k = end;
    }
}

/// Some writers draw a page's footer block (a disclaimer, an address)
/// before the running text. Lines at the start of the content stream that
/// sit in the bottom fifth of the page, followed by text in the upper half,
/// are moved to the end of the page.
fn bottom_block_last(lines: &mut [RawLine], height: f32) {
    if height <= 0.0 {
        return;
    }
    let k = lines.iter().take_while(|l| l.y > 0.8 * height).count();
    if k > 0 && k < lines.len() && lines[k].y < 0.5 * height {
        lines.rotate_left(k);
    }
}

/// Two-column pages drawn row by row (left line, right line, ...) are
/// put back in column order. Content that is already in column order, or
/// has no clear gutter, is left alone.
fn repair_columns(lines: &mut Vec<RawLine>, width: f32) {
    if lines.len() < 6 || width <= 0.0 {
        return;
    }
    let Some(gutter) = find_gutter(lines, width) else {
        return;
    };
    let side = |l: &RawLine| -> u8 {
        if l.x_end <= gutter {
            0
        } else if l.x >= gutter {
            1
        } else {
            2
        }
    };
    let switches = lines
        .windows(2)
        .filter(|w| side(&w[0]) == 0 && side(&w[1]) == 1 && (w[0].y - w[1].y).abs() < 2.0)
        .count();
    let two_sided = lines.iter().filter(|l| side(l) < 2).count();
    if switches * 4 < two_sided {
        return;
    }
    // Real columns are full of long lines; label/value tables are not.
    let long_lines = |s: u8| {
        let widths: Vec<f32> = lines
            .iter()
            .filter(|l| side(l) == s)
            .map(|l| l.x_end - l.x)
            .collect();
        widths.len() >= 5 && median(widths) >= 0.25 * width
    };
    if !(long_lines(0) && long_lines(1)) {
        return;
    }
    // Full-width lines separate the column segments.
    let mut out = Vec::with_capacity(lines.len());
    let mut segment: Vec<RawLine> = Vec::new();
    for line in lines.drain(..) {
        if side(&line) == 2 {
            flush_segment(&mut segment, &mut out, gutter);
            out.push(line);
        } else {
            segment.push(line);
        }
    }
    flush_segment(&mut segment, &mut out, gutter);
    *lines = out;
}

fn median(mut v: Vec<f32>) -> f32 {
    v.sort_by(f32::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

fn flush_segment(segment: &mut Vec<RawLine>, out: &mut Vec<RawLine>, gutter: f32) {
    let (mut left, mut right): (Vec<RawLine>, Vec<RawLine>) =
        segment.drain(..).partition(|l| l.x_end <= gutter);
    left.sort_by(|a, b| a.y.total_cmp(&b.y));
    right.sort_by(|a, b| a.y.total_cmp(&b.y));
    out.extend(left);
    out.extend(right);
}

/// An x position between 30% and 70% of the width that no line crosses,
/// with several lines on each side.
fn find_gutter(lines: &[RawLine], width: f32) -> Option<f32> {
    let steps = 40;
    (0..=steps)
        .map(|i| width * (0.3 + 0.4 * i as f32 / steps as f32))
        .filter(|&g| {
            let crossing = lines.iter().filter(|l| l.x < g && l.x_end > g).count();
            let left = lines.iter().filter(|l| l.x_end <= g).count();
            let right = lines.iter().filter(|l| l.x >= g).count();
            crossing * 10 <= lines.len() && left >= 3 && right >= 3
        })
        .min_by(|a, b| (a - width / 2.0).abs().total_cmp(&(b - width / 2.0).abs()))
}

/// Whether a line starts with a bullet or list number.
pub(crate) fn starts_list_item(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if "•▪◦●■❖➢–·*►▸✓-→o".contains(first) {
        return chars.next().is_some_and(char::is_whitespace);
    }
    let head: String = text.chars().take(6).collect();
    let digits = head.chars().take_while(char::is_ascii_digit).count();
    let rest = &head[digits.min(head.len())..];
    (digits > 0 && digits <= 2 && (rest.starts_with(". ") || rest.starts_with(") ")))
        || (head.len() >= 3
            && head.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && (head[1..].starts_with(". ") || head[1..].starts_with(") ")))
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', ':', '!', '?', ';', '”', '"'])
}

/// Sets `para` on lines that start a paragraph. `width` is the page's.
pub(crate) fn mark_paragraphs(lines: &mut [RawLine], width: f32) {
    let spacing = typical_spacing(lines);
    let page_right = unfilled_page_right(lines, width);
    for i in 0..lines.len() {
        if i == 0 || lines[i].para {
            lines[i].para = true;
            continue;
        }
        let right = block_right(lines, i - 1).max(page_right.unwrap_or(0.0));
        let (prev, cur) = (&lines[i - 1], &lines[i]);
        let size = prev.size.max(cur.size).max(1.0);
        let dy = cur.y - prev.y;
        let gap_limit = spacing.of(prev.size).map_or(1.6 * size, |s| s * 1.25 + 0.3);
        let short_prev = prev.x_end < right - (0.15 * (right - prev.x)).max(2.0 * size);
        // A jump up is a new column; mid-sentence it continues the paragraph.
        let continues =
            !ends_sentence(&prev.text) && cur.text.chars().next().is_some_and(char::is_lowercase);
        let new_para = (dy < -0.5 * size && !continues)
            || dy > gap_limit
            || (cur.size - prev.size).abs() > 0.12 * size
            || cur.bold != prev.bold
            || cur.artifact != prev.artifact
            || starts_list_item(&cur.text)
            || (cur.x - prev.x > 0.9 * size && !starts_list_item(&prev.text) && !prev.para)
            || (cur.x < prev.x - 0.9 * size && !prev.para)
            || (ends_sentence(&prev.text) && short_prev);
        lines[i].para = new_para;
    }
}

/// The right edge of the text block around line `i`: the furthest line
/// end among nearby lines that start near it.
fn block_right(lines: &[RawLine], i: usize) -> f32 {
    let l = &lines[i];
    let lo = i.saturating_sub(6);
    let hi = (i + 7).min(lines.len());
    lines[lo..hi]
        .iter()
        .filter(|o| (o.x - l.x).abs() < 4.0 * l.size.max(1.0) && !o.artifact)
        .map(|o| o.x_end)
        .fold(l.x_end, f32::max)
}

/// Where a full line would end on a page where no line comes near it: the
/// page's width less the text's left margin (margins taken as equal). A
/// short letter whose every paragraph is one line has no line that shows
/// the text block's right edge, so a line's end says nothing about whether
/// it ends a paragraph unless measured against the page. `None` when some
/// line reaches within a quarter of the text width of that edge (the text
/// block's own lines show where lines end) or the page has no width.
fn unfilled_page_right(lines: &[RawLine], width: f32) -> Option<f32> {
    let body = || lines.iter().filter(|l| !l.artifact);
    let left = body().map(|l| l.x).fold(f32::INFINITY, f32::min);
    let reach = body().map(|l| l.x_end).fold(f32::NEG_INFINITY, f32::max);
    let edge = width - left;
    if !(left.is_finite() && reach.is_finite()) || width <= 0.0 || edge <= left {
        return None;
    }
    (reach < edge - 0.25 * (edge - left)).then_some(edge)
}

/// The baseline step between lines of one paragraph, per font size.
pub(crate) struct Spacing {
    /// The median step between consecutive same-size lines of the page.
    page: Option<f32>,
    /// (font size, step, steps measured) for each size with at least two
    /// steps.
    by_size: Vec<(f32, f32, usize)>,
}

impl Spacing {
    /// The step for lines of `size`: their own size's where known.
    fn of(&self, size: f32) -> Option<f32> {
        self.of_size(size).map(|(step, _)| step).or(self.page)
    }

    /// The step for lines of `size` and how many steps it was measured
    /// on, when that size has its own.
    fn of_size(&self, size: f32) -> Option<(f32, usize)> {
        self.by_size
            .iter()
            .find(|(s, _, _)| (s - size).abs() < 0.25)
            .map(|&(_, step, n)| (step, n))
    }
}

/// Fewer baseline steps of one size than this on a page, and the page's
/// line spacing for that size is taken from the whole document (see
/// [`mark_gaps_by_document`]).
const MIN_PAGE_STEPS: usize = 6;

/// The baseline steps of a document's pages together (see
/// [`typical_spacing`]; steps are measured within a page only).
pub(crate) fn document_spacing<'a>(pages: impl IntoIterator<Item = &'a [RawLine]>) -> Spacing {
    spacing_of(pages.into_iter().flat_map(steps).collect())
}

/// Marks paragraph starts on a page with few lines (a last page holding
/// only the end of a point and the signature) by the line spacing of the
/// whole document: such a page has too few steps of its own to tell line
/// spacing from the space between paragraphs (with only one-line
/// paragraphs, every step is such a space). A line further below the one
/// before than the document's step for its size allows starts a
/// paragraph; breaks already marked stay.
pub(crate) fn mark_gaps_by_document(lines: &mut [RawLine], document: &Spacing) {
    let own = typical_spacing(lines);
    for i in 1..lines.len() {
        let (prev, cur) = (&lines[i - 1], &lines[i]);
        if cur.para || (cur.size - prev.size).abs() >= 0.5 || cur.artifact || prev.artifact {
            continue;
        }
        let measured = own.of_size(prev.size).map_or(0, |(_, n)| n);
        if measured >= MIN_PAGE_STEPS {
            continue;
        }
        let Some((step, n)) = document.of_size(prev.size) else {
            continue;
        };
        if n < MIN_PAGE_STEPS {
            continue;
        }
        let dy = cur.y - prev.y;
        if dy > step * 1.25 + 0.3 {
            lines[i].para = true;
        }
    }
}

/// The baseline steps of a page (see [`Spacing`]). For one font size the
/// step is the median, or a smaller step that recurs (on at least two and
/// a fifth of the steps) where most steps are the larger gaps between
/// short paragraphs (a letter of one- and two-line paragraphs set with
/// space after each), as long as it is a plausible line spacing for the
/// size (at least 0.9 × the size).
fn typical_spacing(lines: &[RawLine]) -> Spacing {
    spacing_of(steps(lines))
}

/// (font size, baseline step) between consecutive same-size lines of a
/// page.
fn steps(lines: &[RawLine]) -> Vec<(f32, f32)> {
    let Some(first) = lines.first() else {
        return Vec::new();
    };
    lines
        .windows(2)
        .filter(|w| (w[0].size - w[1].size).abs() < 0.5)
        .map(|w| (w[0].size, w[1].y - w[0].y))
        .filter(|(_, dy)| *dy > 0.5 && *dy < 3.0 * first.size.max(8.0))
        .collect()
}

/// [`Spacing`] from the steps of [`steps`].
fn spacing_of(mut steps: Vec<(f32, f32)>) -> Spacing {
    let median = |steps: &mut Vec<f32>| {
        steps.sort_by(f32::total_cmp);
        steps[steps.len() / 2]
    };
    let page = (steps.len() >= 2).then(|| median(&mut steps.iter().map(|s| s.1).collect()));
    steps.sort_by(|a, b| a.0.total_cmp(&b.0));
    let by_size = steps
        .chunk_by(|a, b| (a.0 - b.0).abs() < 0.25)
        .filter(|group| group.len() >= 2)
        .map(|group| {
            let size = group[0].0;
            let mut dys: Vec<f32> = group.iter().map(|s| s.1).collect();
            let median = median(&mut dys);
            let recurring = dys.iter().find(|&&dy| {
                let alike = dys
                    .iter()
                    .filter(|&&o| (o - dy).abs() <= 0.5_f32.max(0.03 * dy))
                    .count();
                dy >= 0.9 * size && dy < 0.8 * median && alike >= 2 && alike * 5 >= dys.len()
            });
            (size, recurring.copied().unwrap_or(median), dys.len())
        })
        .collect();
    Spacing { page, by_size }
}

#[cfg(test)]
mod tests;
