//! Word-level diffs of section texts.
//!
//! Texts are cut into tokens (runs of letters and digits, and single
//! punctuation marks; a number keeps its separators, so that `48.250.000`,
//! `12,5`, `1-1-2027` and `3.2` are each one token); whitespace only
//! separates tokens, so line breaks
//! and spacing that differ because of PDF layout never show as changes.
//! The token sequences are diffed with `similar`'s Patience algorithm
//! under a deadline, which stays readable and fast on section-sized texts
//! (see `research/anchors-diff.md` §2: Myers on whole documents is noisy).

use std::ops::Range;
use std::time::{Duration, Instant};

use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};

use crate::model::{DiffOp, DiffSpan};

/// How long one section diff may take before `similar` falls back to a
/// coarser (still correct) diff.
const DEADLINE: Duration = Duration::from_secs(2);

/// The whitespace that came before a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
/// `– `, ...) or a table row (`| Katwijk | 14,2 |`, `|---|`), as a
/// Markdown or text draft writes them one to a line: the line break before
/// it is kept ([`Sep::Line`]), where any other single line break is a
/// space (a wrapped line).
pub(crate) fn starts_item_line(rest: &str) -> bool {
    let mut cs = rest.chars();
    match cs.next() {
        Some('|') => true,
        Some('•' | '·' | '▪' | '●' | '◦' | '‣' | '-' | '–' | '*') => {
            cs.next().is_some_and(char::is_whitespace)
        }
        _ => false,
    }
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
                pending_sep = sep_of(space, newlines, tokens.is_empty());
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

/// The segments of the diff of two token sequences.
fn segments_of(old: &[Token<'_>], new: &[Token<'_>]) -> Vec<Segment> {
    let old_keys: Vec<&str> = old.iter().map(|t| t.text).collect();
    let new_keys: Vec<&str> = new.iter().map(|t| t.text).collect();
    let ops = capture_diff_slices_deadline(
        Algorithm::Patience,
        &old_keys,
        &new_keys,
        Some(Instant::now() + DEADLINE),
    );
    cleanup(segments(&ops))
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
    for seg in segs {
        match seg {
            Segment::Equal(old_range, new_range) => {
                for (oi, ni) in old_range.zip(new_range) {
                    let (Some(o), Some(n)) = (old.get(oi), new.get(ni)) else {
                        continue;
                    };
                    // The new text's layout wins, except at its very start
                    // where the old text may still have tokens before.
                    let sep = if ni == 0 { o.sep } else { n.sep };
                    out.push(DiffOp::Equal, sep, n.text);
                }
            }
            Segment::Change(old_range, new_range) => {
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
fn normalized_words(tokens: &[Token<'_>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The previous token was a word, and the one before that too when
    // `joining` (a hyphen directly after a word).
    let mut after_word = false;
    let mut joining = false;
    for t in tokens {
        if t.is_word() {
            let lower = t.text.to_lowercase();
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
    normalized_words(old) == normalized_words(new)
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
mod tests {
    use super::*;

    /// The inserted and deleted spans of a diff, trimmed, in order.
    fn changed_spans(d: &WordDiff) -> Vec<(DiffOp, &str)> {
        d.spans
            .iter()
            .filter(|s| s.op != DiffOp::Equal)
            .map(|s| (s.op, s.text.trim()))
            .collect()
    }

    #[test]
    fn a_new_title_is_not_paired_with_a_word_of_the_text_below_it() {
        let d = diff_blocks(
            section_blocks(
                "1.2 Bereik van jongeren",
                "Jongeren tot 27 jaar krijgen een regeling.",
            ),
            section_blocks(
                "1.2 Jongeren en schulden",
                "Jongeren tot 27 jaar krijgen een regeling.",
            ),
        );
        let changed = changed_spans(&d);
        assert_eq!(
            changed,
            [
                (DiffOp::Delete, "Bereik van jongeren"),
                (DiffOp::Insert, "Jongeren en schulden")
            ]
        );
        assert_eq!((d.words_added, d.words_removed), (3, 3));
        // The same as one block: what the title block avoids.
        let flat = |h, b| section_tokens(h, b);
        let whole = diff_tokens(
            &flat(
                "1.2 Bereik van jongeren",
                "Jongeren tot 27 jaar krijgen een regeling.",
            ),
            &flat(
                "1.2 Jongeren en schulden",
                "Jongeren tot 27 jaar krijgen een regeling.",
            ),
        );
        assert!(whole.words_added >= d.words_added);
        // A text change is found as before.
        let d = diff_blocks(
            section_blocks("2.1 Loket", "Het loket is open op werkdagen."),
            section_blocks("2.1 Loket", "Het loket is ook op zaterdag open."),
        );
        assert!(d.has_changes());
        assert!(d
            .spans
            .iter()
            .any(|s| s.op == DiffOp::Insert && s.text.contains("zaterdag")));
    }

    #[test]
    fn a_text_opening_with_its_heading_gets_it_once() {
        let texts =
            |h, b| -> Vec<&str> { section_tokens(h, b).into_iter().map(|t| t.text).collect() };
        assert_eq!(
            texts("Thuis veilig", "Thuis veilig\n\nRegiovisie 2027"),
            ["Thuis", "veilig", "Regiovisie", "2027"]
        );
        // A heading that is only the start of the first line is a heading.
        assert_eq!(
            texts("3.2 Titel", "3.2 Titel en meer\nTekst"),
            ["3.2", "Titel", "3.2", "Titel", "en", "meer", "Tekst"]
        );
        assert_eq!(texts("", "Tekst"), ["Tekst"]);
    }

    fn keys(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn tokens_split_words_and_punctuation() {
        assert_eq!(
            keys("3.2 Landelijke  ontwikkelingen,\nen programma's"),
            [
                "3.2",
                "Landelijke",
                "ontwikkelingen",
                ",",
                "en",
                "programma",
                "'",
                "s"
            ]
        );
        let t = tokenize("a\n\nb c\nd");
        let seps: Vec<Sep> = t.iter().map(|t| t.sep).collect();
        assert_eq!(seps, [Sep::None, Sep::Paragraph, Sep::Space, Sep::Space]);
    }

    /// QA20: the heading of a section split off ran into its text.
    #[test]
    fn a_joined_sections_heading_is_a_paragraph() {
        let joined = join_sections(vec![
            section_tokens("3.1 Wijkteams", "Elk dorp heeft een wijkteam."),
            section_tokens("3.2 Eén plan", "Het wijkteam werkt met één plan."),
        ]);
        let seps: Vec<(Sep, &str)> = joined
            .iter()
            .filter(|t| t.sep != Sep::Space && t.sep != Sep::None)
            .map(|t| (t.sep, t.text))
            .collect();
        assert_eq!(
            seps,
            [
                (Sep::Line, "Elk"),
                (Sep::Paragraph, "3.2"),
                (Sep::Paragraph, "Het")
            ]
        );
    }

    /// QA20: amounts, percentages, dates and section numbers were diffed
    /// digit group by digit group (`€ [-48-]{+51+}.[-250-]{+300+}.000`).
    #[test]
    fn a_number_is_one_token() {
        assert_eq!(
            keys("€ 48.250.000, 12,5% op 1-1-2027 in 3.2 en 2027–2030, 1/2. Zie 4."),
            [
                "€",
                "48.250.000",
                ",",
                "12,5",
                "%",
                "op",
                "1-1-2027",
                "in",
                "3.2",
                "en",
                "2027–2030",
                ",",
                "1/2",
                ".",
                "Zie",
                "4",
                "."
            ]
        );
        // Words keep their hyphens and dots as separate tokens.
        assert_eq!(
            keys("e-mail 2e-lijns"),
            ["e", "-", "mail", "2e", "-", "lijns"]
        );
        let d = diff_texts(
            "De regio besteedt € 48.250.000, waarvan 12,5% aan preventie, vanaf 1-1-2027.",
            "De regio besteedt € 51.300.000, waarvan 15,0% aan preventie, vanaf 1-7-2027.",
        );
        let changed = changed_spans(&d);
        assert_eq!(
            changed,
            [
                (DiffOp::Delete, "48.250.000"),
                (DiffOp::Insert, "51.300.000"),
                (DiffOp::Delete, "12,5"),
                (DiffOp::Insert, "15,0"),
                (DiffOp::Delete, "1-1-2027"),
                (DiffOp::Insert, "1-7-2027"),
            ]
        );
        assert_eq!((d.words_added, d.words_removed), (3, 3));
        // A renumbered heading counts one word.
        let d = diff_texts("2.3 Vroegsignalering", "3.4 Vroegsignalering");
        assert_eq!((d.words_added, d.words_removed), (1, 1));
    }

    /// QA20: the items of a Markdown list and the rows of a table ran
    /// together on one line in the redline and the memo.
    #[test]
    fn list_items_and_table_rows_keep_their_line_breaks() {
        let d = diff_texts(
            "Wij gebruiken:\n\n- de websites;\n- de schoolgids.\n\n| Gemeente | Budget |\n|---|---:|\n| Katwijk | 14,2 |",
            "Wij gebruiken:\n\n- de websites;\n- de schoolgids;\n- sociale media.\n\n| Gemeente | Budget |\n|---|---:|\n| Katwijk | 14,2 |\n| Teylingen | 11,1 |",
        );
        let new = new_text(&d.spans);
        assert_eq!(
            new,
            "Wij gebruiken:\n\n- de websites;\n- de schoolgids;\n- sociale media.\n\n\
             | Gemeente | Budget |\n|---|---:|\n| Katwijk | 14,2 |\n| Teylingen | 11,1 |"
        );
        // A wrapped line stays one line, also when it starts with a dash
        // that is no bullet.
        let t = tokenize("de regio\nwerkt samen\n-werken");
        let seps: Vec<Sep> = t.iter().map(|t| t.sep).collect();
        assert_eq!(
            seps,
            [
                Sep::None,
                Sep::Space,
                Sep::Space,
                Sep::Space,
                Sep::Space,
                Sep::None
            ]
        );
    }

    #[test]
    fn layout_differences_are_no_change() {
        let d = diff_texts(
            "De regio werkt\nsamen aan  preventie.",
            "De regio werkt samen\naan preventie.",
        );
        assert!(!d.has_changes());
        assert!(!d.editorial);
        assert_eq!((d.words_added, d.words_removed), (0, 0));
    }

    #[test]
    fn inline_word_change() {
        let d = diff_texts(
            "De gemeenten werken samen aan preventie.",
            "De gemeenten werken nauw samen aan vroegsignalering.",
        );
        let ops: Vec<(DiffOp, &str)> = d.spans.iter().map(|s| (s.op, s.text.as_str())).collect();
        assert_eq!(
            ops,
            [
                (DiffOp::Equal, "De gemeenten werken"),
                (DiffOp::Insert, " nauw"),
                (DiffOp::Equal, " samen aan"),
                (DiffOp::Delete, " preventie"),
                (DiffOp::Insert, " vroegsignalering"),
                (DiffOp::Equal, "."),
            ]
        );
        assert_eq!((d.words_added, d.words_removed), (2, 1));
        assert!(!d.editorial);
    }

    #[test]
    fn punctuation_and_case_only_is_editorial() {
        let d = diff_texts(
            "de regio, en de gemeenten werken samen",
            "De regio en de gemeenten werken samen.",
        );
        assert!(d.has_changes());
        assert!(d.editorial);
    }

    #[test]
    fn a_hyphen_put_into_a_compound_is_editorial() {
        let d = diff_texts(
            "De jeugdverpleegkundige ziet elk kind.",
            "De jeugd-verpleegkundige ziet elk kind.",
        );
        assert!(d.has_changes());
        assert!(d.editorial, "{d:?}");
        // Other letters are no punctuation-only edit; a hyphen before a
        // space joins nothing.
        assert!(!diff_texts("jeugdverpleegkundige", "jeugd-verpleegkundigen").editorial);
        assert_eq!(
            normalized_words(&tokenize("jeugd- en gezins-zorg, Noord-Holland")),
            ["jeugd", "en", "gezinszorg", "noordholland"]
        );
    }

    #[test]
    fn rewritten_sentence_reads_as_one_change() {
        let d = diff_texts(
            "Wij bouwen het aantal plekken af voor alle inwoners van de regio.",
            "Gemeenten breiden ambulante begeleiding uit voor alle inwoners van de regio.",
        );
        let ops: Vec<(DiffOp, &str)> = d.spans.iter().map(|s| (s.op, s.text.as_str())).collect();
        assert_eq!(
            ops,
            [
                (DiffOp::Delete, "Wij bouwen het aantal plekken af"),
                (
                    DiffOp::Insert,
                    "Gemeenten breiden ambulante begeleiding uit"
                ),
                (DiffOp::Equal, " voor alle inwoners van de regio."),
            ]
        );
        // A small edit between small equalities stays fine-grained.
        let d = diff_texts(
            "werken samen aan preventie",
            "werken nauw aan vroegsignalering",
        );
        let ops: Vec<DiffOp> = d.spans.iter().map(|s| s.op).collect();
        use DiffOp::*;
        assert_eq!(ops, [Equal, Delete, Insert, Equal, Delete, Insert]);
    }

    #[test]
    fn excerpts_cut_long_unchanged_text() {
        let long = |n: usize| {
            (0..n)
                .map(|i| format!("w{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let spans = vec![
            DiffSpan {
                op: DiffOp::Equal,
                text: long(20),
            },
            DiffSpan {
                op: DiffOp::Insert,
                text: " nieuw".into(),
            },
            DiffSpan {
                op: DiffOp::Equal,
                text: format!(" {}", long(20)),
            },
            DiffSpan {
                op: DiffOp::Delete,
                text: " oud".into(),
            },
            DiffSpan {
                op: DiffOp::Equal,
                text: format!(" {}", long(20)),
            },
        ];
        let e = excerpt(&spans, 3);
        assert_eq!(e[0].text, "… w17 w18 w19");
        assert_eq!(e[1].text, " nieuw");
        assert_eq!(e[2].text, " w0 w1 w2 … w17 w18 w19");
        assert_eq!(e[4].text, " w0 w1 w2 …");
        // Short stretches stay whole.
        let short = vec![DiffSpan {
            op: DiffOp::Equal,
            text: "a b c".into(),
        }];
        assert_eq!(excerpt(&short, 3), short);
    }

    #[test]
    fn leading_whitespace_split() {
        assert_eq!(split_leading_whitespace("\n\n nauw"), ("\n\n ", "nauw"));
        assert_eq!(split_leading_whitespace("nauw"), ("", "nauw"));
    }
}
