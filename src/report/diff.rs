//! Word diffs prepared for display: the title line taken off, long
//! unchanged stretches shortened to an excerpt, and the text cut into
//! pieces that every output format can mark up (`<ins>`/`<del>`, `**`/`~~`,
//! underlined/struck runs in Word).

use serde::{Deserialize, Serialize};

use crate::model::{DiffOp, DiffSpan};

/// Words of unchanged context kept on each side of a change in an excerpt.
pub const CONTEXT_WORDS: usize = 12;

/// One piece of a diff as shown: a run of text of one kind, or a
/// paragraph break.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Piece {
    /// Unchanged text.
    pub equal: bool,
    /// Inserted text.
    pub insert: bool,
    /// Deleted text.
    pub delete: bool,
    /// A paragraph break (the other fields are empty).
    pub br: bool,
    /// Stretch of unchanged text left out of an excerpt (`…`).
    pub gap: bool,
    /// Whitespace before `text` (kept outside the markup, so Markdown
    /// emphasis stays valid).
    pub pre: String,
    /// The text, without leading or trailing whitespace.
    pub text: String,
    /// Whitespace after `text`.
    pub post: String,
}

/// One block of a diff as an HTML page shows it: a paragraph, a bulleted
/// list or a table, so that a screen reader can move by paragraph, hear a
/// list as a list and a table's cells with their column headers. Made from
/// the pieces by [`blocks`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// A paragraph: its text is `pieces`.
    pub paragraph: bool,
    /// A bulleted list: its items are `items` (without their bullets).
    pub list: bool,
    /// A table: `head` and `rows`.
    pub table: bool,
    pub pieces: Vec<Piece>,
    pub items: Vec<Line>,
    /// A table's header rows: a Markdown table's rows above its `|---|`
    /// line, else its first row (when it has more than one).
    pub head: Vec<Row>,
    pub rows: Vec<Row>,
}

/// A list item or a table cell: its text as pieces.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub pieces: Vec<Piece>,
}

/// A table row.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub cells: Vec<Line>,
}

/// The bullets a list item's line starts with (as
/// [`crate::compare::diff::starts_item_line`] knows them).
const BULLETS: [char; 9] = ['•', '·', '▪', '●', '◦', '‣', '-', '–', '*'];

/// The pieces cut into blocks at their paragraph breaks: lines that start
/// with a bullet make a list (the bullet left off), lines that start with
/// `|` a table (cut into cells at the `|`; a Markdown table's `|---|` line
/// marks the header rows and is not shown), every other line a
/// paragraph. Lines without text make no block.
pub fn blocks(pieces: &[Piece]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for line in pieces.split(|p| p.br) {
        let Some(first) = line.iter().find(|p| !p.text.is_empty()) else {
            continue;
        };
        let mut line = line.to_vec();
        if first.text.starts_with('|') && !first.gap {
            let row = Row {
                cells: cells(&line),
            };
            let separator = !row.cells.is_empty()
                && row.cells.iter().all(|c| {
                    let t: String = c
                        .pieces
                        .iter()
                        .filter(|p| !p.delete)
                        .map(|p| p.text.as_str())
                        .collect();
                    let t = t.trim().trim_matches(':');
                    !t.is_empty() && t.chars().all(|ch| ch == '-')
                });
            if !out.last().is_some_and(|b| b.table) {
                out.push(Block {
                    table: true,
                    ..Block::default()
                });
            }
            let Some(block) = out.last_mut() else {
                continue;
            };
            if separator {
                if block.head.is_empty() {
                    block.head = std::mem::take(&mut block.rows);
                }
            } else {
                block.rows.push(row);
            }
            continue;
        }
        if is_bullet_line(&first.text) && !first.gap {
            strip_bullet(&mut line);
            trim_ends(&mut line);
            if line.is_empty() {
                continue;
            }
            match out.last_mut() {
                Some(b) if b.list => b.items.push(Line { pieces: line }),
                _ => out.push(Block {
                    list: true,
                    items: vec![Line { pieces: line }],
                    ..Block::default()
                }),
            }
            continue;
        }
        trim_ends(&mut line);
        out.push(Block {
            paragraph: true,
            pieces: line,
            ..Block::default()
        });
    }
    for b in out.iter_mut().filter(|b| b.table) {
        if b.head.is_empty() && b.rows.len() > 1 {
            b.head.push(b.rows.remove(0));
        }
    }
    out
}

/// A comment's text as blocks ([`blocks`]) when it holds a table: two
/// lines or more that start and end with `|`, as the extraction writes a
/// table's rows (`| Type | Breedte |`). Each other line is a paragraph
/// (a bulleted one a list item). Empty for a text without a table: it is
/// shown as written.
pub fn text_blocks(text: &str) -> Vec<Block> {
    let is_row = |l: &str| {
        let l = l.trim();
        l.len() > 2 && l.starts_with('|') && l.ends_with('|') && l.matches('|').count() >= 3
    };
    if text.lines().filter(|l| is_row(l)).count() < 2 {
        return Vec::new();
    }
    let mut pieces = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            pieces.push(Piece {
                br: true,
                ..Piece::default()
            });
        }
        let line = line.trim();
        if !line.is_empty() {
            pieces.push(Piece {
                equal: true,
                text: line.to_string(),
                ..Piece::default()
            });
        }
    }
    blocks(&pieces)
}

/// Whether `text` (a line's first piece) starts with a bullet: the bullet
/// and a space, or the bullet alone (the item's text in the next piece).
fn is_bullet_line(text: &str) -> bool {
    let mut cs = text.chars();
    cs.next().is_some_and(|c| BULLETS.contains(&c)) && cs.next().is_none_or(char::is_whitespace)
}

/// Takes the bullet off a list item's line: off its first piece, and off
/// an inserted piece right after a deleted first one (an item replaced
/// whole: both start with the bullet).
fn strip_bullet(line: &mut Vec<Piece>) {
    let strip = |p: &mut Piece| {
        if !is_bullet_line(&p.text) {
            return false;
        }
        let mut cs = p.text.chars();
        cs.next();
        p.text = cs.as_str().trim_start().to_string();
        true
    };
    let Some(i) = line.iter().position(|p| !p.text.is_empty()) else {
        return;
    };
    let replaced = line[i].delete;
    strip(&mut line[i]);
    if replaced {
        if let Some(j) = line[i + 1..].iter().position(|p| !p.text.is_empty()) {
            if line[i + 1 + j].insert {
                strip(&mut line[i + 1 + j]);
            }
        }
    }
    line.retain(|p| !p.text.is_empty() || p.gap);
}

/// Takes the whitespace off a line's ends (a block's markup stands there).
fn trim_ends(line: &mut Vec<Piece>) {
    line.retain(|p| !p.text.is_empty() || p.gap);
    if let Some(first) = line.first_mut() {
        first.pre.clear();
    }
    if let Some(last) = line.last_mut() {
        last.post.clear();
    }
}

/// A table line's cells: its pieces cut at every `|`; the text before the
/// first `|` and after the last one is no cell (unless there is some).
fn cells(line: &[Piece]) -> Vec<Line> {
    let mut cells = Vec::new();
    let mut cell: Vec<Piece> = Vec::new();
    let mut opened = false;
    for p in line {
        if p.gap {
            cell.push(p.clone());
            continue;
        }
        let parts: Vec<&str> = p.text.split('|').collect();
        let last = parts.len() - 1;
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                if opened {
                    cells.push(std::mem::take(&mut cell));
                } else {
                    cell.clear();
                }
                opened = true;
            }
            let text = part.trim();
            if text.is_empty() {
                continue;
            }
            let space = |yes: bool| if yes { " ".to_string() } else { String::new() };
            cell.push(Piece {
                pre: if i == 0 {
                    p.pre.clone()
                } else {
                    space(part.starts_with(char::is_whitespace))
                },
                post: if i == last {
                    p.post.clone()
                } else {
                    space(part.ends_with(char::is_whitespace))
                },
                text: text.to_string(),
                ..p.clone()
            });
        }
    }
    if cell.iter().any(|p| !p.text.is_empty()) {
        cells.push(cell);
    }
    cells
        .into_iter()
        .map(|mut pieces| {
            trim_ends(&mut pieces);
            Line { pieces }
        })
        .collect()
}

/// Takes the first line (the section title) off a diff whose text starts
/// with the title, in both the old and the new text.
pub fn without_title_line(spans: &[DiffSpan]) -> Vec<DiffSpan> {
    let mut old_done = !spans
        .iter()
        .any(|s| s.op != DiffOp::Insert && !s.text.is_empty());
    let mut new_done = !spans
        .iter()
        .any(|s| s.op != DiffOp::Delete && !s.text.is_empty());
    let mut out = Vec::new();
    for s in spans {
        let (old, new) = match s.op {
            DiffOp::Equal => (true, true),
            DiffOp::Delete => (true, false),
            DiffOp::Insert => (false, true),
        };
        let pending = (old && !old_done) || (new && !new_done);
        if !pending {
            out.push(s.clone());
            continue;
        }
        if let Some(i) = s.text.find('\n') {
            old_done |= old;
            new_done |= new;
            // Unchanged text whose break ends the title line on one side
            // only, after text the other side already shows below its
            // title (a paragraph inserted or deleted at the start of the
            // section): that break also ends the text shown, and stays.
            let shown = out.iter().any(|o: &DiffSpan| !o.text.trim().is_empty());
            if shown && s.text[..i].trim().is_empty() {
                out.push(s.clone());
                continue;
            }
            let rest = &s.text[i + 1..];
            if !rest.is_empty() {
                out.push(DiffSpan {
                    op: s.op,
                    text: rest.to_string(),
                });
            }
        }
    }
    out
}

/// Whether the diff's first line is the title (as the compare stage
/// writes it), so that [`without_title_line`] applies.
pub fn starts_with_title(spans: &[DiffSpan], titles: &[&str]) -> bool {
    let old: String = spans
        .iter()
        .filter(|s| s.op != DiffOp::Insert)
        .map(|s| s.text.as_str())
        .collect();
    let new: String = spans
        .iter()
        .filter(|s| s.op != DiffOp::Delete)
        .map(|s| s.text.as_str())
        .collect();
    let first = |t: &str| t.lines().next().unwrap_or("").trim().to_string();
    let (old, new) = (first(&old), first(&new));
    titles
        .iter()
        .filter(|t| !t.trim().is_empty())
        .any(|t| old.ends_with(t.trim()) || new.ends_with(t.trim()))
}

/// The part of a diff of several sections (a section split into parts, as
/// the compare stage joins them: each heading after the first on a
/// paragraph of its own) that belongs to the section headed `heading` in
/// the new text, without that heading line. `headings` are the headings
/// (`2.2 Wijkteams`) of all the new sections the diff holds, `heading`
/// among them.
///
/// The new text is cut where each heading starts; unchanged and inserted
/// text goes to the part it lies in, deleted text to the part it was
/// deleted from (a deletion just before a heading goes with the text
/// before it). `None` when a heading cannot be found where the compare
/// stage puts it, or the first part does not open the text: the caller
/// shows the whole diff then.
pub fn section_part(spans: &[DiffSpan], headings: &[&str], heading: &str) -> Option<Vec<DiffSpan>> {
    let new: String = spans
        .iter()
        .filter(|s| s.op != DiffOp::Delete)
        .map(|s| s.text.as_str())
        .collect();
    // (where the part starts, where its text starts after the heading).
    let mut starts: Vec<(usize, usize, &str)> = Vec::new();
    for h in headings {
        let h = h.trim();
        if h.is_empty() {
            return None;
        }
        let at = if new.starts_with(h) {
            (0, h.len())
        } else {
            let i = new.find(&format!("\n\n{h}\n"))?;
            (i, i + 2 + h.len())
        };
        starts.push((at.0, at.1, h));
    }
    starts.sort_unstable();
    starts.dedup_by_key(|s| s.0);
    if starts.len() != headings.len() || starts.first().map(|s| s.0) != Some(0) {
        return None;
    }
    let k = starts.iter().position(|s| s.2 == heading.trim())?;
    let (start, body) = (starts[k].0, starts[k].1);
    let end = starts.get(k + 1).map_or(new.len(), |s| s.0);
    let mut out: Vec<DiffSpan> = Vec::new();
    let mut push = |op: DiffOp, text: &str| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(DiffSpan {
                op,
                text: text.to_string(),
            }),
        }
    };
    let mut pos = 0;
    for s in spans {
        if s.op == DiffOp::Delete {
            let inside = if start == 0 {
                pos <= end
            } else {
                start < pos && pos <= end
            };
            if inside {
                push(s.op, &s.text);
            }
            continue;
        }
        let (from, to) = (pos, pos + s.text.len());
        pos = to;
        // The first part's heading line goes as the caller takes a title
        // line off (both sides); a later part's heading is new text only.
        let lo = if start == 0 { from } else { from.max(body) };
        let hi = to.min(end);
        if lo < hi {
            push(s.op, s.text.get(lo - from..hi - from)?);
        }
    }
    if start == 0 {
        let titled = starts_with_title(&out, &[heading]);
        if titled {
            out = without_title_line(&out);
        }
    }
    // The text opens on the part's first line, not on a paragraph break.
    while let Some(first) = out.first_mut() {
        let trimmed = first.text.trim_start().to_string();
        if trimmed.is_empty() {
            out.remove(0);
        } else {
            first.text = trimmed;
            break;
        }
    }
    Some(out)
}

/// The whole diff as pieces.
pub fn pieces(spans: &[DiffSpan]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut prev = None;
    for (k, s) in spans.iter().enumerate() {
        push_span(&mut out, s.op, &shown_text(spans, k), prev);
        prev = last_char(&s.text).or(prev);
    }
    out
}

/// The text of span `k` as shown. An insertion that replaces the deletion
/// right before it shares that deletion's leading whitespace (both sides
/// start a paragraph at the same place): a paragraph break there is shown
/// once, before the deletion, and the insertion follows it on its line
/// (`<del>Inspraakversie</del> <ins>Definitieve versie</ins>`).
fn shown_text(spans: &[DiffSpan], k: usize) -> std::borrow::Cow<'_, str> {
    let text = spans[k].text.as_str();
    let lead = |t: &str| t.len() - t.trim_start().len();
    let replaces = spans[k].op == DiffOp::Insert
        && k > 0
        && spans[k - 1].op == DiffOp::Delete
        && text[..lead(text)].contains('\n')
        && spans[k - 1].text[..lead(&spans[k - 1].text)].contains('\n');
    if replaces {
        format!(" {}", text.trim_start()).into()
    } else {
        text.into()
    }
}

/// Words of an added section shown in an excerpt at most: its first
/// sentence when that is no longer, else this many words and `…`.
pub const ADDED_WORDS: usize = 2 * CONTEXT_WORDS;

/// The opening of a section that was added whole: its first sentence (at
/// most [`ADDED_WORDS`] words, else that many words), with `…` when more
/// follows; and whether it was shortened. A letter or memo says that the
/// section was added; the whole section is in `wijzigingen.html`.
pub fn opening(spans: &[DiffSpan]) -> (Vec<Piece>, bool) {
    let text: String = spans
        .iter()
        .filter(|s| s.op != DiffOp::Delete)
        .map(|s| s.text.as_str())
        .collect();
    let words = word_spans(&text);
    if words.is_empty() {
        return (Vec::new(), false);
    }
    // A colon ends the opening where a line ends with it (`Dit houdt in:`
    // above a list), not after a term it explains on the same line
    // (`Respijtzorg: tijdelijke overname van de zorg ...`).
    let line_ends = |b: usize| {
        let rest = &text[b..];
        let gap = &rest[..rest.len() - rest.trim_start().len()];
        rest.trim().is_empty() || gap.contains('\n')
    };
    let sentence = words.iter().take(ADDED_WORDS).position(|&(a, b)| {
        let w = &text[a..b];
        w.ends_with(['.', '!', '?']) || w.ends_with(':') && line_ends(b)
    });
    let keep = sentence.map_or(ADDED_WORDS, |i| i + 1).min(words.len());
    let mut out = Vec::new();
    push_span(&mut out, DiffOp::Insert, &text[..words[keep - 1].1], None);
    let shortened = keep < words.len();
    if shortened {
        out.push(Piece {
            gap: true,
            pre: " ".into(),
            text: "…".into(),
            ..Piece::default()
        });
    }
    (out, shortened)
}

/// The byte ranges of the words (runs of non-whitespace) of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(a)) => {
                out.push((a, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((a, text.len()));
    }
    out
}

/// The last character of `text` that is not whitespace.
fn last_char(text: &str) -> Option<char> {
    text.trim_end().chars().last()
}

/// The diff as an excerpt: unchanged stretches longer than twice
/// [`CONTEXT_WORDS`] shortened to their ends. Returns no pieces when the
/// diff changes nothing.
pub fn excerpt(spans: &[DiffSpan]) -> Vec<Piece> {
    if !spans
        .iter()
        .any(|s| s.op != DiffOp::Equal && !s.text.trim().is_empty())
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let last = spans.len().saturating_sub(1);
    let mut prev = None;
    for (i, s) in spans.iter().enumerate() {
        let before = prev;
        prev = last_char(&s.text).or(prev);
        if s.op != DiffOp::Equal {
            push_span(&mut out, s.op, &shown_text(spans, i), before);
            continue;
        }
        // Cut at word boundaries, so that the kept context keeps its
        // breaks between items and paragraphs.
        let words = word_spans(&s.text);
        let keep_head = if i == 0 { 0 } else { CONTEXT_WORDS };
        let keep_tail = if i == last { 0 } else { CONTEXT_WORDS };
        if words.len() <= keep_head + keep_tail {
            push_span(&mut out, DiffOp::Equal, &s.text, before);
            continue;
        }
        if keep_head > 0 {
            push_span(
                &mut out,
                DiffOp::Equal,
                &s.text[..words[keep_head - 1].1],
                before,
            );
        }
        out.push(Piece {
            gap: true,
            pre: " ".into(),
            text: "…".into(),
            post: " ".into(),
            ..Piece::default()
        });
        if keep_tail > 0 {
            push_span(
                &mut out,
                DiffOp::Equal,
                &s.text[words[words.len() - keep_tail].0..],
                None,
            );
        }
    }
    out
}

/// Whether the line break before `next` (the text after it) ends an item
/// or paragraph, rather than wrapping a line: `next` starts with a bullet
/// (`• `, `- `, `– `, `* `, `▪ `) or is a table row (`| Katwijk | 14,2 |`,
/// see [`crate::compare::diff::starts_item_line`]), or a blank line (the document's
/// paragraph break, as the structure stage wrote it) comes before it. A
/// paragraph need not end in punctuation: a subheading (`Wat willen we
/// bereiken`) or a title-page line (`Inspraakversie, september 2026`) is a
/// paragraph of its own. Only a blank line inside a sentence is no break:
/// a `.txt` copied from a PDF may have a blank line after every line
/// (`sluit` / `hulp daarop aan.`), where the line before ends without a
/// sentence's or list's punctuation (`before`: its last character) and
/// the next starts in lower case.
fn is_item_break(before: Option<char>, blank: bool, next: &str) -> bool {
    let first = next.chars().next();
    let bullet = crate::compare::diff::starts_item_line(next);
    let ends_sentence = before.is_some_and(|c| matches!(c, '.' | ':' | ';' | '!' | '?'));
    let runs_on = !ends_sentence && first.is_some_and(char::is_lowercase);
    bullet || blank && !runs_on
}

/// Splits a span at the breaks between items and paragraphs
/// ([`is_item_break`]; `prev` is the last character before the span) and
/// makes every other run of whitespace one space, trimmed into
/// `pre`/`post`.
fn push_span(out: &mut Vec<Piece>, op: DiffOp, text: &str, prev: Option<char>) {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while let Some(found) = text[at..].find('\n') {
        let nl = at + found;
        let run_start = text[..nl].trim_end().len();
        let run_end = text.len() - text[nl..].trim_start().len();
        let blank = text[run_start..run_end].matches('\n').count() > 1;
        let before = last_char(&text[..run_start]).or(prev);
        if is_item_break(before, blank, &text[run_end..]) {
            parts.push(&text[start..run_start]);
            start = run_end;
        }
        at = run_end.max(nl + 1);
    }
    parts.push(&text[start..]);
    let count = parts.len();
    for (i, part) in parts.into_iter().enumerate() {
        let words: Vec<&str> = part.split_whitespace().collect();
        if words.is_empty() {
            if !part.is_empty() {
                out.push(Piece {
                    equal: true,
                    pre: " ".into(),
                    ..Piece::default()
                });
            }
        } else {
            let start = part.len() - part.trim_start().len();
            let end = part.trim_end().len();
            out.push(Piece {
                equal: op == DiffOp::Equal,
                insert: op == DiffOp::Insert,
                delete: op == DiffOp::Delete,
                pre: ws(&part[..start]),
                text: words.join(" "),
                post: ws(&part[end..]),
                ..Piece::default()
            });
        }
        if i + 1 < count {
            out.push(Piece {
                br: true,
                ..Piece::default()
            });
        }
    }
}

/// Any whitespace becomes one space.
fn ws(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        " ".to_string()
    }
}

#[cfg(test)]
mod tests;
