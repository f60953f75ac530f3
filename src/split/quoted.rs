//! A reply's `>`-quoted history: the earlier messages a mail program
//! quotes line by line with `>`, above, below or between the sender's own
//! words (top-posting, bottom-posting, inline answers), and the line that
//! attributes them (`Op ... schreef X:`, `X wrote:`). None of it is the
//! sender's: not their points, not their signature.

use crate::text::{is_quoted_line, is_reply_attribution, unquoted};

use super::parts::{is_explicit_forward, FORWARD_MARKER};
use super::Row;

/// `rows` without the `>`-quoted blocks of earlier messages and the
/// attribution line above each. What the sender wrote below or between
/// them is kept; the first line after a block left out starts a paragraph.
///
/// A line a mail program wrapped out of its quote (not set off, starting
/// in lower case, between quoted lines, under a quoted line near the
/// width a mail program wraps at) is part of the quote; under a short
/// quoted line it is an inline answer (`> Klopt dat?` / `ja, dat klopt`). A quoted
/// block that opens with a forward's marker (`Doorgestuurd bericht`) is a
/// forwarded message: it is kept, without its quoting marks, for the
/// forward to be read as such. In a Markdown file `>` is a blockquote (a
/// passage cited from the draft, say), so there only a block under an
/// attribution line is left out.
/// The least width of a quoted line a mail program wrapped (it wraps at
/// 72 to 78 characters; what it moved to the next line is at most a few
/// words of the quoted line's end).
const WRAPPED_QUOTE_WIDTH: usize = 50;

pub(super) fn without_quoted_history(rows: Vec<Row>, markdown: bool) -> Vec<Row> {
    let mut quoted: Vec<bool> = rows.iter().map(|r| is_quoted_line(&r.text)).collect();
    if !quoted.contains(&true) {
        return rows;
    }
    for i in 1..rows.len() {
        let wrapped = !quoted[i]
            && quoted[i - 1]
            && rows[i - 1].text.trim_end().chars().count() >= WRAPPED_QUOTE_WIDTH
            && !rows[i].set_off
            && rows[i].text.chars().next().is_some_and(char::is_lowercase)
            && quoted.get(i + 1).is_none_or(|q| *q);
        if wrapped {
            quoted[i] = true;
        }
    }
    // What to do with each row: keep it, drop it, or keep it unquoted.
    #[derive(Clone, Copy, PartialEq)]
    enum Fate {
        Keep,
        Drop,
        Unquote,
    }
    let mut fate = vec![Fate::Keep; rows.len()];
    let mut start = 0;
    while start < rows.len() {
        if !quoted[start] {
            start += 1;
            continue;
        }
        let end = (start..rows.len())
            .find(|&i| !quoted[i])
            .unwrap_or(rows.len());
        let attribution = attribution_above(&rows, start);
        let forwarded = rows[start..end]
            .iter()
            .map(|r| unquoted(&r.text))
            .find(|t| !t.is_empty())
            .is_some_and(|t| FORWARD_MARKER.get().is_match(t) && is_explicit_forward(t));
        let block = if forwarded {
            Fate::Unquote
        } else if markdown && attribution.is_none() {
            Fate::Keep
        } else {
            Fate::Drop
        };
        if block != Fate::Keep {
            fate[start..end].fill(block);
            if let Some(a) = attribution.filter(|_| block == Fate::Drop) {
                fate[a..start].fill(Fate::Drop);
            }
        }
        start = end;
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut after_cut = false;
    for (mut row, fate) in rows.into_iter().zip(fate) {
        match fate {
            Fate::Drop => after_cut = true,
            Fate::Unquote => {
                let text = unquoted(&row.text).to_string();
                if text.is_empty() {
                    after_cut = true;
                    continue;
                }
                row.text = text;
                if std::mem::take(&mut after_cut) {
                    row.para = true;
                    row.set_off = true;
                }
                out.push(row);
            }
            Fate::Keep => {
                if std::mem::take(&mut after_cut) {
                    row.para = true;
                    row.set_off = true;
                }
                out.push(row);
            }
        }
    }
    out
}

/// Where the attribution of the quoted block starting at row `start`
/// starts: the row above it (`Op ... schreef X <x@...>:`), or the two
/// above it when a mail program wrapped it (`Op ... schreef X` /
/// `<x@...>:`).
fn attribution_above(rows: &[Row], start: usize) -> Option<usize> {
    let above = rows.get(start.checked_sub(1)?)?;
    if is_quoted_line(&above.text) {
        return None;
    }
    if is_reply_attribution(&above.text) {
        return Some(start - 1);
    }
    let first = rows.get(start.checked_sub(2)?)?;
    (above.text.trim().ends_with(':')
        && !is_quoted_line(&first.text)
        && !above.set_off
        && is_reply_attribution(&format!("{} {}", first.text, above.text)))
    .then_some(start - 2)
}
