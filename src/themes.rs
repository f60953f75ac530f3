//! Themes the working group records with its decisions (`decide --theme`),
//! as the memo groups and orders them (`run --group-by theme`).
//!
//! Several people type themes over several days: `Wachttijden` and
//! `wachttijden`, `Financiën` and `financien` are one theme. A theme is
//! compared by its [`key`] (capitals, accents and runs of spaces do not
//! count) and shown under one spelling ([`headings`]: the one used most,
//! on a tie the first recorded); the ledger keeps what was typed.
//! Headings are ordered as a Dutch index orders them ([`compare`]):
//! accents folded (`Één loket` among the E's), capitals ignored, and
//! numbers compared as numbers (`2. Nazorg` before `10. Voorlichting`), so
//! a working group can set the order of the chapters by numbering themes.

use std::cmp::Ordering;
use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// What makes two themes the same theme: the text in lower case, without
/// accents (`Één` is `een`), with runs of white space as one space and
/// none at either end.
pub fn key(theme: &str) -> String {
    let folded: String = theme
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A theme as shown: trimmed, runs of white space as one space, composed
/// (NFC) so that one spelling typed on two systems counts as one.
pub fn tidy(theme: &str) -> String {
    let composed: String = theme.nfc().collect();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The heading of each theme ([`key`] → spelling) among `themes`, given in
/// the order they were recorded: the spelling used most ([`tidy`]), on a
/// tie the one recorded first. Empty themes are left out.
pub fn headings<'a>(themes: impl IntoIterator<Item = &'a str>) -> HashMap<String, String> {
    // Per key: its spellings with their counts, in order of first use.
    let mut spellings: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for theme in themes {
        let shown = tidy(theme);
        if shown.is_empty() {
            continue;
        }
        let list = spellings.entry(key(&shown)).or_default();
        match list.iter_mut().find(|(s, _)| *s == shown) {
            Some((_, n)) => *n += 1,
            None => list.push((shown, 1)),
        }
    }
    spellings
        .into_iter()
        .filter_map(|(k, list)| {
            // `max_by_key` keeps the last of equals: look from the end.
            let (best, _) = list.into_iter().rev().max_by_key(|(_, n)| *n)?;
            Some((k, best))
        })
        .collect()
}

/// The other spellings of `theme` among `recorded` (the same [`key`],
/// another [`tidy`] text), each once, in their order.
pub fn other_spellings<'a>(
    theme: &str,
    recorded: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let (k, shown) = (key(theme), tidy(theme));
    let mut out: Vec<String> = Vec::new();
    for r in recorded {
        let r = tidy(r);
        if r != shown && key(&r) == k && !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

/// One piece of a theme as [`compare`] reads it.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    /// A run of digits, without leading zeros.
    Number(&'a str),
    /// A run of anything else.
    Text(&'a str),
}

/// `folded` ([`key`]) cut into runs of ASCII digits and runs of the rest.
fn pieces(folded: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut digits = None;
    for (i, c) in folded.char_indices() {
        let d = c.is_ascii_digit();
        if digits != Some(d) {
            if let Some(was) = digits {
                out.push(piece(&folded[start..i], was));
            }
            start = i;
            digits = Some(d);
        }
    }
    if let Some(was) = digits {
        out.push(piece(&folded[start..], was));
    }
    out
}

fn piece(s: &str, digits: bool) -> Piece<'_> {
    if digits {
        let trimmed = s.trim_start_matches('0');
        Piece::Number(if trimmed.is_empty() { "0" } else { trimmed })
    } else {
        Piece::Text(s)
    }
}

/// The order of theme headings as a Dutch reader expects it: by [`key`]
/// (accents and capitals do not count), numbers compared as numbers (`2.`
/// before `10.`), a number before a word; equal keys by their text.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (ka, kb) = (key(a), key(b));
    let (pa, pb) = (pieces(&ka), pieces(&kb));
    for (x, y) in pa.iter().zip(&pb) {
        let o = match (x, y) {
            (Piece::Number(x), Piece::Number(y)) => x.len().cmp(&y.len()).then_with(|| x.cmp(y)),
            (Piece::Number(_), Piece::Text(_)) => Ordering::Less,
            (Piece::Text(_), Piece::Number(_)) => Ordering::Greater,
            (Piece::Text(x), Piece::Text(y)) => x.cmp(y),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    pa.len()
        .cmp(&pb.len())
        .then_with(|| ka.cmp(&kb))
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests;
