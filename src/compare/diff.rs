//! Word-level diffs of section texts.
//!
//! Texts are cut into tokens (runs of letters and digits, and single
//! punctuation marks; a number keeps its separators, so that `48.250.000`,
//! `12,5`, `1-1-2027` and `3.2` are each one token); whitespace only
//! separates tokens, so line breaks
//! and spacing that differ because of PDF layout never show as changes.
//! The token sequences are diffed in two steps, each with `similar`'s
//! Patience algorithm under a deadline, which stays readable and fast on
//! section-sized texts (see `research/anchors-diff.md` §2: Myers on whole
//! documents is noisy): first line by line (a line starts at a kept line
//! break, [`Sep::Line`] or [`Sep::Paragraph`]: a paragraph, a list item, a
//! table row), then word by word inside each stretch of changed lines
//! that both texts have: within such a stretch the lines are paired first
//! (the most alike, in order) and each pair is diffed on its own, unless
//! diffing the stretch as one text changes fewer tokens (a paragraph split
//! in two). A line only one text has is inserted or deleted
//! whole, so that an added list item or paragraph is never word-matched
//! into its neighbours (`- {+een item; -+} volgend item`), and a
//! paragraph deleted after an edited one takes no full stop of it.

use std::ops::Range;
use std::time::{Duration, Instant};

use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};

use crate::model::{DiffOp, DiffSpan};

/// How long one section diff may take before `similar` falls back to a
/// coarser (still correct) diff.
const DEADLINE: Duration = Duration::from_secs(2);

/// The whitespace that came before a token, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Sep {
    /// Directly attached (`ontwikkelingen,`).
    None,
    /// Any run of spaces or single line breaks.
    Space,
    /// The break between a heading and the section text, and the single
    /// line break before a list item or table row (see [`starts_item_line`]).
    Line,
    /// A blank line (paragraph break).
    Paragraph,
}

impl Sep {
    fn as_str(self) -> &'static str {
        match self {
            Sep::None => "",
            Sep::Space => " ",
            Sep::Line => "\n",
            Sep::Paragraph => "\n\n",
        }
    }
}

/// One token with the whitespace before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub sep: Sep,
    pub text: &'a str,
}

impl Token<'_> {
    /// A word (holds a letter or digit), as opposed to punctuation.
    pub fn is_word(&self) -> bool {
        self.text.chars().any(char::is_alphanumeric)
    }
}

/// Whether a line starting with `rest` is a list item (`- `, `• `, `* `,
/// `– `, ..., a numbered `2. Tekst` or `2) Tekst`) or a table row (`|
/// Katwijk | 14,2 |`, `|---|`), as a Markdown or text draft writes them
/// one to a line: the line break before it is kept ([`Sep::Line`]), where
/// any other single line break is a space (a wrapped line).
pub(crate) fn starts_item_line(rest: &str) -> bool {
    let mut cs = rest.chars();
    match cs.next() {
        Some('|') => true,
        Some('•' | '·' | '▪' | '●' | '◦' | '‣' | '-' | '–' | '*') => {
            cs.next().is_some_and(char::is_whitespace)
        }
        Some(c) if c.is_ascii_digit() => list_number_len(rest).is_some(),
        _ => false,
    }
}

/// The length in bytes of the number and mark opening a numbered list
/// item (`2.` of `2. Tekst`, `12)` of `12) Tekst`): one or two digits, a
/// full stop or bracket, a space, then a letter.
fn list_number_len(text: &str) -> Option<usize> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = &text[digits..];
    let after = rest.strip_prefix(['.', ')'])?;
    let word = after.trim_start();
    (after.starts_with(char::is_whitespace) && word.starts_with(char::is_alphabetic))
        .then_some(digits + 1)
}

/// Cuts `text` into tokens. The first token has [`Sep::None`].
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut newlines = 0usize;
    let mut space = false;
    let mut word_start: Option<usize> = None;
    let sep_of = |space: bool, newlines: usize, first: bool| {
        if first {
            Sep::None
        } else if newlines >= 2 {
            Sep::Paragraph
        } else if space || newlines == 1 {
            Sep::Space
        } else {
            Sep::None
        }
    };
    let mut pending_sep = Sep::None;
    for (i, c) in text.char_indices() {
        if word_start.is_some_and(|start| in_number(text, start, i, c)) {
            continue;
        }
        if c.is_alphanumeric() {
            if word_start.is_none() {
                word_start = Some(i);
                pending_sep = match sep_of(space, newlines, tokens.is_empty()) {
                    Sep::Space if newlines == 1 && starts_item_line(&text[i..]) => Sep::Line,
                    sep => sep,
                };
                space = false;
                newlines = 0;
            }
            continue;
        }
        if let Some(start) = word_start.take() {
            tokens.push(Token {
                sep: pending_sep,
                text: &text[start..i],
            });
        }
        if c == '\n' {
            newlines += 1;
        } else if c.is_whitespace() {
            space = true;
        } else {
            let sep = match sep_of(space, newlines, tokens.is_empty()) {
                Sep::Space if newlines == 1 && starts_item_line(&text[i..]) => Sep::Line,
                sep => sep,
            };
            tokens.push(Token {
                sep,
                text: &text[i..i + c.len_utf8()],
            });
            space = false;
            newlines = 0;
        }
    }
    if let Some(start) = word_start {
        tokens.push(Token {
            sep: pending_sep,
            text: &text[start..],
        });
    }
    tokens
}

/// Whether `c` at byte `i` joins the groups of a number that started at
/// `start`: a thousands or decimal separator or the dash or slash of a
/// date or range (`48.250.000`, `12,5`, `1-1-2027`, `3.2`) between two
/// digits, in a token that starts with a digit.
fn in_number(text: &str, start: usize, i: usize, c: char) -> bool {
    let digit_at = |s: &str| s.starts_with(|d: char| d.is_ascii_digit());
    matches!(c, '.' | ',' | '-' | '–' | '/')
        && digit_at(&text[start..])
        && text[..i].ends_with(|d: char| d.is_ascii_digit())
        && digit_at(&text[i + c.len_utf8()..])
}

/// The tokens a diff compares (words and punctuation marks), whitespace
/// left out.
pub fn token_texts(text: &str) -> Vec<&str> {
    tokenize(text).into_iter().map(|t| t.text).collect()
}

/// Tokens of a section as diffed: the heading line (`3.2 Titel`) and then
/// the section text. A text that opens with its heading line already (the
/// front matter, whose title is its first line) is not given it twice.
pub(crate) fn section_tokens<'a>(heading: &'a str, body: &'a str) -> Vec<Token<'a>> {
    let heading = heading.trim();
    let opens_with_heading = body
        .trim_start()
        .lines()
        .next()
        .is_some_and(|first| !heading.is_empty() && first.trim() == heading);
    let mut tokens = if opens_with_heading {
        Vec::new()
    } else {
        tokenize(heading)
    };
    let mut rest = tokenize(body);
    if let Some(first) = rest.first_mut() {
        if !tokens.is_empty() {
            first.sep = Sep::Line;
        }
    }
    tokens.append(&mut rest);
    tokens
}

/// [`section_tokens`] as blocks for [`diff_blocks`]: the heading line's
/// tokens, then the text's (one block when the text opens with its
/// heading line).
pub(crate) fn section_blocks<'a>(heading: &'a str, body: &'a str) -> Vec<Vec<Token<'a>>> {
    let tokens = section_tokens(heading, body);
    let body_len = tokenize(body).len();
    let head_len = tokens.len() - body_len.min(tokens.len());
    if head_len == 0 {
        return vec![tokens];
    }
    let mut tokens = tokens;
    let body = tokens.split_off(head_len);
    vec![tokens, body]
}

/// Joins token sequences of several sections (a split or merge), each
/// starting after a paragraph break. The heading of each section after the
/// first is a paragraph of its own too (its first line break becomes a
/// paragraph break), so that a redline shows it on its own line.
pub(crate) fn join_sections<'a>(parts: Vec<Vec<Token<'a>>>) -> Vec<Token<'a>> {
    let mut out: Vec<Token<'a>> = Vec::new();
    for mut part in parts {
        if !out.is_empty() {
            if let Some(first) = part.first_mut() {
                first.sep = Sep::Paragraph;
            }
            if let Some(body) = part.iter_mut().find(|t| t.sep == Sep::Line) {
                body.sep = Sep::Paragraph;
            }
        }
        out.append(&mut part);
    }
    out
}

/// The sections of one side of a merge (`parts`, in document order, each
/// as [`section_tokens`]) in the order their text takes in `new`, the
/// other side's text: a part is placed by the first of its lines that
/// `new` has too (where in `new` that line is), a part with no such line
/// right after the part before it. So the paragraphs of a section merged
/// word for word at the end of another (`2.2` into the end of `3.1`) are
/// compared with the place they went, kept text under the struck
/// heading, not deleted above and inserted again below (QA31c).
pub(crate) fn order_by_place<'a>(
    parts: Vec<Vec<Token<'a>>>,
    new: &[Token<'a>],
) -> Vec<Vec<Token<'a>>> {
    let new_lines = lines_of(new);
    let mut place_of: std::collections::HashMap<Vec<&str>, usize> =
        std::collections::HashMap::new();
    for (k, r) in new_lines.iter().enumerate() {
        place_of.entry(line_key(new, r)).or_insert(k);
    }
    let mut last = 0;
    let mut placed: Vec<(usize, Vec<Token<'a>>)> = parts
        .into_iter()
        .map(|part| {
            let at = lines_of(&part)
                .iter()
                .find_map(|r| place_of.get(&line_key(&part, r)).copied())
                .unwrap_or(last);
            last = at;
            (at, part)
        })
        .collect();
    placed.sort_by_key(|(at, _)| *at);
    placed.into_iter().map(|(_, part)| part).collect()
}

/// The result of diffing two token sequences.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordDiff {
    /// Spans in reading order; consecutive spans never share an op. Each
    /// span's text starts with the whitespace that separates it from the
    /// previous text of its own side (renderers put that whitespace
    /// outside their markup, see [`split_leading_whitespace`]; an
    /// insertion right after a deletion repeats the deletion's leading
    /// whitespace, which a redline shows once).
    pub spans: Vec<DiffSpan>,
    /// Words (tokens holding a letter or digit) inserted.
    pub words_added: usize,
    /// Words deleted.
    pub words_removed: usize,
    /// Something changed, but only punctuation or capitalisation.
    pub editorial: bool,
}

impl WordDiff {
    /// Whether anything was inserted or deleted.
    pub fn has_changes(&self) -> bool {
        self.spans.iter().any(|s| s.op != DiffOp::Equal)
    }
}

/// Splits a span's text into its leading whitespace and the rest, so a
/// renderer can keep the whitespace outside `<ins>`/`<del>` markup.
pub fn split_leading_whitespace(text: &str) -> (&str, &str) {
    let rest = text.trim_start();
    (&text[..text.len() - rest.len()], rest)
}

/// Word diff of two texts, whitespace differences ignored.
pub fn diff_texts(old: &str, new: &str) -> WordDiff {
    diff_tokens(&tokenize(old), &tokenize(new))
}

/// Word diff of two token sequences.
pub(crate) fn diff_tokens(old: &[Token<'_>], new: &[Token<'_>]) -> WordDiff {
    build(old, new, segments_of(old, new))
}

/// The segments of the diff of two token sequences: lines first, words
/// within the changed lines both sides have (see the module docs).
fn segments_of(old: &[Token<'_>], new: &[Token<'_>]) -> Vec<Segment> {
    let deadline = Instant::now() + DEADLINE;
    let (old_lines, new_lines) = (lines_of(old), lines_of(new));
    let old_keys: Vec<Vec<&str>> = old_lines.iter().map(|r| line_key(old, r)).collect();
    let new_keys: Vec<Vec<&str>> = new_lines.iter().map(|r| line_key(new, r)).collect();
    let ops =
        capture_diff_slices_deadline(Algorithm::Patience, &old_keys, &new_keys, Some(deadline));
    let mut out = Vec::new();
    for seg in segments(&ops) {
        match seg {
            Segment::Equal(o, n) => out.push(Segment::Equal(
                token_range(&old_lines, o, old.len()),
                token_range(&new_lines, n, new.len()),
            )),
            Segment::Change(ol, nl) => {
                let o = token_range(&old_lines, ol.clone(), old.len());
                let n = token_range(&new_lines, nl.clone(), new.len());
                if o.is_empty() || n.is_empty() {
                    out.push(Segment::Change(o, n));
                    continue;
                }
                let (Some(ot), Some(nt)) = (old.get(o.clone()), new.get(n.clone())) else {
                    out.push(Segment::Change(o, n));
                    continue;
                };
                let flat: Vec<Segment> = word_segments(ot, nt, deadline)
                    .into_iter()
                    .map(|s| s.shifted(o.start, n.start))
                    .collect();
                // Lines paired first where that changes no more tokens
                // than diffing the stretch as one text: a paragraph
                // deleted after an edited one is then deleted whole, and
                // the edited one keeps its full stop (QA31c); a
                // paragraph split in two or two joined stay one text.
                let aligned = match (old_lines.get(ol), new_lines.get(nl)) {
                    (Some(a), Some(b)) => aligned_segments(old, new, a, b, deadline),
                    _ => None,
                };
                match aligned {
                    Some(aligned) if changed_tokens(&aligned) <= changed_tokens(&flat) => {
                        out.extend(aligned);
                    }
                    _ => out.extend(flat),
                }
            }
        }
    }
    out
}

/// The number of tokens that `segs` insert or delete.
fn changed_tokens(segs: &[Segment]) -> usize {
    segs.iter()
        .map(|s| match s {
            Segment::Equal(..) => 0,
            Segment::Change(o, n) => o.len() + n.len(),
        })
        .sum()
}

/// Most line pairs a stretch of changed lines is aligned for (above it,
/// the stretch is diffed word by word as one text).
const ALIGN_MAX_PAIRS: usize = 40_000;

/// Least likeness ([`line_likeness`]) of two lines paired as one line
/// edited.
const PAIR_MIN: f64 = 0.4;

/// How alike two lines are: the share of their tokens they have in common
/// (Dice's coefficient over the tokens' texts, 0 to 1).
fn line_likeness(a: &[Token<'_>], b: &[Token<'_>]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut counts: std::collections::HashMap<&str, isize> = std::collections::HashMap::new();
    for t in a {
        *counts.entry(t.text).or_default() += 1;
    }
    let mut common = 0usize;
    for t in b {
        if let Some(c) = counts.get_mut(t.text) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// The segments of a stretch of changed lines (`old_lines`, `new_lines`:
/// token ranges of `old` and `new`) with the lines aligned first: the
/// pairs of lines alike enough ([`PAIR_MIN`]) that keep their order and
/// are most alike in all are diffed word by word, each pair on its own;
/// a line paired with none is deleted or inserted whole. So an edit or
/// deletion never runs across a paragraph break. `None` for a stretch
/// too large to align ([`ALIGN_MAX_PAIRS`]).
fn aligned_segments(
    old: &[Token<'_>],
    new: &[Token<'_>],
    old_lines: &[Range<usize>],
    new_lines: &[Range<usize>],
    deadline: Instant,
) -> Option<Vec<Segment>> {
    let (p, q) = (old_lines.len(), new_lines.len());
    if p.saturating_mul(q) > ALIGN_MAX_PAIRS || Instant::now() > deadline {
        return None;
    }
    let old_text: Vec<&[Token<'_>]> = old_lines
        .iter()
        .map(|r| old.get(r.clone()).unwrap_or_default())
        .collect();
    let new_text: Vec<&[Token<'_>]> = new_lines
        .iter()
        .map(|r| new.get(r.clone()).unwrap_or_default())
        .collect();
    // best[i][j]: the most likeness of pairs among the first i old and j
    // new lines.
    let mut best = vec![vec![0.0f64; q + 1]; p + 1];
    let like: Vec<Vec<f64>> = old_text
        .iter()
        .map(|a| new_text.iter().map(|b| line_likeness(a, b)).collect())
        .collect();
    for i in 1..=p {
        for j in 1..=q {
            let mut v = best[i - 1][j].max(best[i][j - 1]);
            if like[i - 1][j - 1] >= PAIR_MIN {
                v = v.max(best[i - 1][j - 1] + like[i - 1][j - 1]);
            }
            best[i][j] = v;
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (p, q);
    while i > 0 && j > 0 {
        let l = like[i - 1][j - 1];
        if l >= PAIR_MIN && best[i][j] == best[i - 1][j - 1] + l {
            pairs.push((i - 1, j - 1));
            i -= 1;
            j -= 1;
        } else if best[i][j] == best[i - 1][j] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    pairs.reverse();
    // Token range of lines `a..b` of one side.
    let span = |lines: &[Range<usize>], a: usize, b: usize| -> Range<usize> {
        if a >= b {
            let at = lines
                .get(a)
                .map_or_else(|| lines.last().map_or(0, |l| l.end), |l| l.start);
            return at..at;
        }
        lines[a].start..lines[b - 1].end
    };
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in pairs.into_iter().chain(std::iter::once((p, q))) {
        if pi > i || pj > j {
            out.push(Segment::Change(
                span(old_lines, i, pi),
                span(new_lines, j, pj),
            ));
        }
        if pi == p && pj == q {
            break;
        }
        let (o, n) = (&old_lines[pi], &new_lines[pj]);
        let (Some(ot), Some(nt)) = (old.get(o.clone()), new.get(n.clone())) else {
            return None;
        };
        out.extend(
            word_segments(ot, nt, deadline)
                .into_iter()
                .map(|s| s.shifted(o.start, n.start)),
        );
        (i, j) = (pi + 1, pj + 1);
    }
    Some(out)
}

/// A line as the line diff compares it: its tokens' texts, a list item's
/// number (`3.` of `3. Tekst`) as any number, so that the items of a list
/// pair by their text: an item inserted or deleted is one line only one
/// text has, and the items after it, renumbered, are the same lines.
fn line_key<'a>(tokens: &[Token<'a>], r: &Range<usize>) -> Vec<&'a str> {
    let line = tokens.get(r.clone()).unwrap_or_default();
    let numbered = match line {
        [n, mark, next, ..] => {
            (1..=2).contains(&n.text.len())
                && n.text.bytes().all(|b| b.is_ascii_digit())
                && matches!(mark.text, "." | ")")
                && mark.sep == Sep::None
                && next.sep == Sep::Space
                && next.text.starts_with(char::is_alphabetic)
        }
        _ => false,
    };
    line.iter()
        .enumerate()
        .map(|(k, t)| if numbered && k == 0 { "#" } else { t.text })
        .collect()
}

/// The word-by-word segments of two token sequences.
fn word_segments(old: &[Token<'_>], new: &[Token<'_>], deadline: Instant) -> Vec<Segment> {
    let old_keys: Vec<&str> = old.iter().map(|t| t.text).collect();
    let new_keys: Vec<&str> = new.iter().map(|t| t.text).collect();
    let ops =
        capture_diff_slices_deadline(Algorithm::Patience, &old_keys, &new_keys, Some(deadline));
    cleanup(segments(&ops))
}

/// The lines of a token sequence as token index ranges: a line starts at
/// the first token and at every token after a kept line break
/// ([`Sep::Line`], [`Sep::Paragraph`]); a wrapped line (a single line
/// break, [`Sep::Space`]) is no new line.
fn lines_of(tokens: &[Token<'_>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if i > start && matches!(t.sep, Sep::Line | Sep::Paragraph) {
            out.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// The tokens of the lines `lines[range]` (`len`: the number of tokens);
/// an empty range of lines is the empty range of tokens where its first
/// line would start.
fn token_range(lines: &[Range<usize>], range: Range<usize>, len: usize) -> Range<usize> {
    let at = |i: usize| lines.get(i).map_or(len, |l| l.start);
    if range.is_empty() {
        let p = at(range.start);
        return p..p;
    }
    let end = lines.get(range.end - 1).map_or(len, |l| l.end);
    at(range.start)..end
}

/// Word diff of a section given as blocks (its heading line, then its
/// text): each old block is compared with the new block in its place only,
/// so that a word of a new title is never paired with the same word in the
/// text below it (`Bereik van jongeren` → `Jongeren en schulden` above an
/// unchanged `Jongeren tot 27 jaar ...` marks the title only). With a
/// different number of blocks on each side, the blocks are compared as one.
pub(crate) fn diff_blocks(old: Vec<Vec<Token<'_>>>, new: Vec<Vec<Token<'_>>>) -> WordDiff {
    let flat = |blocks: &[Vec<Token<'_>>]| -> usize { blocks.iter().map(Vec::len).sum() };
    let (old_len, new_len) = (flat(&old), flat(&new));
    let mut segs = Vec::new();
    if old.len() == new.len() {
        let (mut o, mut n) = (0, 0);
        for (ob, nb) in old.iter().zip(&new) {
            for seg in segments_of(ob, nb) {
                segs.push(match seg {
                    Segment::Equal(a, b) => {
                        Segment::Equal(a.start + o..a.end + o, b.start + n..b.end + n)
                    }
                    Segment::Change(a, b) => {
                        Segment::Change(a.start + o..a.end + o, b.start + n..b.end + n)
                    }
                });
            }
            o += ob.len();
            n += nb.len();
        }
    }
    let old: Vec<Token<'_>> = old.into_iter().flatten().collect();
    let new: Vec<Token<'_>> = new.into_iter().flatten().collect();
    debug_assert!(old.len() == old_len && new.len() == new_len);
    if segs.is_empty() && (old_len > 0 || new_len > 0) {
        segs = segments_of(&old, &new);
    }
    build(&old, &new, segs)
}

/// The word diff of `old` and `new` as `segs` (in order, covering both).
fn build(old: &[Token<'_>], new: &[Token<'_>], segs: Vec<Segment>) -> WordDiff {
    let mut out = SpanBuilder::default();
    let mut words_added = 0;
    let mut words_removed = 0;
    let mut after_change = false;
    for seg in segs {
        match seg {
            Segment::Equal(old_range, new_range) => {
                for (oi, ni) in old_range.zip(new_range) {
                    let (Some(o), Some(n)) = (old.get(oi), new.get(ni)) else {
                        continue;
                    };
                    // The new text's layout wins, except at its very start
                    // where the old text may still have tokens before, and
                    // right after a change, where the stronger break of
                    // the two is kept: a paragraph after one inserted or
                    // deleted starts a paragraph of its own in a redline
                    // of both texts.
                    let sep = if ni == 0 {
                        o.sep
                    } else if after_change {
                        o.sep.max(n.sep)
                    } else {
                        n.sep
                    };
                    after_change = false;
                    out.push(DiffOp::Equal, sep, n.text);
                }
            }
            Segment::Change(old_range, new_range) => {
                after_change |= !old_range.is_empty() || !new_range.is_empty();
                for t in old.get(old_range).unwrap_or_default() {
                    words_removed += usize::from(t.is_word());
                    out.push(DiffOp::Delete, t.sep, t.text);
                }
                for t in new.get(new_range).unwrap_or_default() {
                    words_added += usize::from(t.is_word());
                    out.push(DiffOp::Insert, t.sep, t.text);
                }
            }
        }
    }
    let spans = out.spans;
    let changed = spans.iter().any(|s| s.op != DiffOp::Equal);
    let editorial = changed && same_words(old, new);
    WordDiff {
        spans,
        words_added,
        words_removed,
        editorial,
    }
}

/// A stretch of the diff: equal tokens, or old tokens replaced by new
/// ones (either range may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Equal(Range<usize>, Range<usize>),
    Change(Range<usize>, Range<usize>),
}

impl Segment {
    /// The segment with its old range moved by `o` and its new by `n`.
    fn shifted(self, o: usize, n: usize) -> Segment {
        let shift = |r: Range<usize>, by: usize| r.start + by..r.end + by;
        match self {
            Segment::Equal(a, b) => Segment::Equal(shift(a, o), shift(b, n)),
            Segment::Change(a, b) => Segment::Change(shift(a, o), shift(b, n)),
        }
    }

    /// Length in tokens (of the longer side for a change).
    fn len(&self) -> usize {
        match self {
            Segment::Equal(o, _) => o.len(),
            Segment::Change(o, n) => o.len().max(n.len()),
        }
    }
}

/// `similar`'s ops as segments, adjacent changes joined.
fn segments(ops: &[similar::DiffOp]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            out.push(Segment::Equal(o, n));
            continue;
        }
        match out.last_mut() {
            Some(Segment::Change(po, pn)) => {
                po.end = o.end;
                pn.end = n.end;
            }
            _ => out.push(Segment::Change(o, n)),
        }
    }
    out
}

/// Longest unchanged stretch (in tokens) that can be absorbed.
const ABSORB_MAX: usize = 2;

/// Absorbs an unchanged stretch of one or two tokens between two larger
/// changes into one change, so a rewritten sentence reads as one
/// deletion and one insertion instead of fragments around each `de` and
/// `van` (the semantic cleanup of diff-match-patch, on tokens).
fn cleanup(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for seg in segments {
        let Segment::Change(mut o, mut n) = seg else {
            out.push(seg);
            continue;
        };
        loop {
            let k = out.len();
            let absorb = k >= 2
                && matches!(&out[k - 1], Segment::Equal(..))
                && matches!(&out[k - 2], Segment::Change(..))
                && out[k - 1].len() <= ABSORB_MAX
                && out[k - 1].len() < out[k - 2].len()
                && out[k - 1].len() < o.len().max(n.len());
            if !absorb {
                break;
            }
            out.pop();
            if let Some(Segment::Change(po, pn)) = out.pop() {
                o = po.start..o.end;
                n = pn.start..n.end;
            }
        }
        out.push(Segment::Change(o, n));
    }
    out
}

/// Words lower-cased, punctuation left out: equal for texts that differ
/// only editorially. The parts of a word joined by a hyphen with no space
/// around it are one word (`jeugd-verpleegkundige` is
/// `jeugdverpleegkundige`: the same letters, a punctuation mark put in);
/// a hyphen before a space (`jeugd- en gezinszorg`) joins nothing.
#[cfg(test)]
fn normalized_words(tokens: &[Token<'_>]) -> Vec<String> {
    joined_words(tokens)
        .iter()
        .map(|w| w.to_lowercase())
        .collect()
}

/// The words of [`normalized_words`] as written (capitals kept).
fn joined_words(tokens: &[Token<'_>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The previous token was a word, and the one before that too when
    // `joining` (a hyphen directly after a word).
    let mut after_word = false;
    let mut joining = false;
    for t in tokens {
        if t.is_word() {
            let lower = t.text.to_string();
            match out.last_mut() {
                Some(last) if joining && t.sep == Sep::None => last.push_str(&lower),
                _ => out.push(lower),
            }
            after_word = true;
            joining = false;
        } else {
            joining = after_word && t.sep == Sep::None && is_hyphen(t.text);
            after_word = false;
        }
    }
    out
}

/// A hyphen (`-`, `‐`, `‑`).
fn is_hyphen(text: &str) -> bool {
    matches!(text, "-" | "\u{2010}" | "\u{2011}")
}

/// Whether two token sequences hold the same words, capitals, punctuation
/// and hyphens in compounds aside (see [`normalized_words`]).
pub(crate) fn same_words(old: &[Token<'_>], new: &[Token<'_>]) -> bool {
    let (old, new) = (joined_words(old), joined_words(new));
    old.len() == new.len() && old.iter().zip(&new).all(|(a, b)| same_word(a, b))
}

/// Whether two words differ in capitals only: letter by letter the same
/// lower-case letter, where a capital may also lose or gain the accent its
/// small letter has (Dutch `Eén` for `één`, `Ik` for `ik`; also `Één`).
fn same_word(a: &str, b: &str) -> bool {
    if a.to_lowercase() == b.to_lowercase() {
        return true;
    }
    let (a, b) = (letters(a), letters(b));
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x.base == y.base && (x.marks == y.marks || x.capital || y.capital))
}

/// A letter of a word taken apart: its base letter lower-cased, its
/// accents (combining marks) and whether it was written as a capital.
struct Letter {
    base: String,
    marks: String,
    capital: bool,
}

fn letters(word: &str) -> Vec<Letter> {
    use unicode_normalization::UnicodeNormalization;
    let mut out: Vec<Letter> = Vec::new();
    for c in word.nfd() {
        match out.last_mut() {
            Some(l) if unicode_normalization::char::is_combining_mark(c) => l.marks.push(c),
            _ => out.push(Letter {
                base: c.to_lowercase().collect(),
                marks: String::new(),
                capital: c.is_uppercase(),
            }),
        }
    }
    out
}

/// Collects tokens into spans, merging consecutive tokens of one op.
#[derive(Default)]
struct SpanBuilder {
    spans: Vec<DiffSpan>,
    /// Last character so far of the old text (equal and deleted spans).
    old_last: Option<char>,
    /// Last character so far of the new text (equal and inserted spans).
    new_last: Option<char>,
}

impl SpanBuilder {
    fn push(&mut self, op: DiffOp, sep: Sep, text: &str) {
        // The texts this token belongs to decide its separator: none at
        // the start of a text, and never two words glued together.
        let before: Vec<char> = match op {
            DiffOp::Equal => self.old_last.into_iter().chain(self.new_last).collect(),
            DiffOp::Delete => self.old_last.into_iter().collect(),
            DiffOp::Insert => self.new_last.into_iter().collect(),
        };
        let glues =
            before.iter().any(|c| c.is_alphanumeric()) && text.starts_with(char::is_alphanumeric);
        let sep = match sep {
            _ if before.is_empty() => Sep::None,
            Sep::None if glues => Sep::Space,
            sep => sep,
        };
        let last = text.chars().last();
        if op != DiffOp::Insert {
            self.old_last = last.or(self.old_last);
        }
        if op != DiffOp::Delete {
            self.new_last = last.or(self.new_last);
        }
        match self.spans.last_mut() {
            Some(span) if span.op == op => {
                span.text.push_str(sep.as_str());
                span.text.push_str(text);
            }
            _ => self.spans.push(DiffSpan {
                op,
                text: format!("{}{}", sep.as_str(), text),
            }),
        }
    }
}

/// A diff excerpt for the memo: unchanged stretches longer than
/// `2 × context` words are cut to `context` words on each side of the
/// changes around them, with `…` where text was left out (at the start of
/// the first span and the end of the last, only the side next to a change
/// is kept). Changed spans are kept whole.
pub fn excerpt(spans: &[DiffSpan], context: usize) -> Vec<DiffSpan> {
    let n = spans.len();
    spans
        .iter()
        .enumerate()
        .map(|(k, span)| {
            if span.op != DiffOp::Equal {
                return span.clone();
            }
            DiffSpan {
                op: DiffOp::Equal,
                text: cut_middle(
                    &span.text,
                    if k == 0 { 0 } else { context },
                    if k + 1 == n { 0 } else { context },
                ),
            }
        })
        .collect()
}

/// `text` with all but its first `head` and last `tail` words replaced by
/// `…`, when that leaves out at least a few words.
fn cut_middle(text: &str, head: usize, tail: usize) -> String {
    // Byte offsets where words start.
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace()
                && text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i)
        .collect();
    if starts.len() <= head + tail + 3 {
        return text.to_string();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let head_text = match head {
        0 => lead.to_string(),
        h => format!("{} ", text[..starts[h]].trim_end()),
    };
    let tail_text = match tail {
        0 => String::new(),
        t => format!(" {}", text[starts[starts.len() - t]..].trim_start()),
    };
    format!("{head_text}…{tail_text}")
}

/// The old text of a diff (equal and deleted spans).
pub fn old_text(spans: &[DiffSpan]) -> String {
    spans
        .iter()
        .filter(|s| s.op != DiffOp::Insert)
        .map(|s| s.text.as_str())
        .collect()
}

/// The new text of a diff (equal and inserted spans).
pub fn new_text(spans: &[DiffSpan]) -> String {
    spans
        .iter()
        .filter(|s| s.op != DiffOp::Delete)
        .map(|s| s.text.as_str())
        .collect()
}

/// The inserted text of a diff, spans joined by spaces.
pub fn inserted_text(spans: &[DiffSpan]) -> String {
    let mut out = String::new();
    for s in spans.iter().filter(|s| s.op == DiffOp::Insert) {
        out.push(' ');
        out.push_str(&s.text);
    }
    out
}

#[cfg(test)]
mod tests;
