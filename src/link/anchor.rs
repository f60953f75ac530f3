//! Quote anchoring: a quotation from a comment found in the draft, exactly
//! or approximately, with the words around it kept so the passage can be
//! found again in a later version.
//!
//! The search works on words, not characters (no 32-character limit as in
//! Bitap): candidate places come from an index of word pairs, and each is
//! scored by a semi-global edit distance over words (Sellers), where a word
//! that differs only in its ending costs half. The score is `1 - errors /
//! quote length`; matches below the floor are not anchored.

use rustc_hash::FxHashMap;

use crate::model::{Quote, Version};

/// Words of context kept before and after an anchored quote.
pub const CONTEXT_WORDS: usize = 6;
/// Fewest words for a quoted span to be searched.
pub const MIN_QUOTE_WORDS: usize = 3;
/// Most words a quote's ellipsis may stand for (`De tien gemeenten kopen
/// ... samen in`): the parts around it are one sentence of the draft.
pub const MAX_OMITTED: usize = 40;
/// Fewest words for an unquoted sentence to be searched.
pub const MIN_RUN_WORDS: usize = 8;

/// A word index over the draft's section texts.
pub struct Anchorer<'a> {
    /// Each word of the draft as written.
    orig: Vec<&'a str>,
    /// Each word's normalised form, as an index into `words`.
    ids: Vec<u32>,
    /// The distinct normalised words, with their length in characters.
    words: Vec<(String, usize)>,
    section: Vec<usize>,
    numbers: Vec<String>,
    vocab: FxHashMap<String, u32>,
    /// Each pair of successive words (see [`pair_key`]) with the position
    /// of its first word, sorted.
    pairs: Vec<(u64, u32)>,
}

/// Two word ids as one key.
fn pair_key(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Where a word sequence was found: score and token range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub score: f32,
    pub start: usize,
    pub end: usize,
}

fn norm(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl<'a> Anchorer<'a> {
    pub fn new(draft: &'a Version) -> Self {
        let mut a = Anchorer {
            orig: Vec::new(),
            ids: Vec::new(),
            words: Vec::new(),
            section: Vec::new(),
            numbers: draft.sections.iter().map(|s| s.number.clone()).collect(),
            vocab: FxHashMap::default(),
            pairs: Vec::new(),
        };
        let mut n = String::new();
        for (si, s) in draft.sections.iter().enumerate() {
            for w in s.text.split_whitespace() {
                n.clear();
                for part in w.split(|c: char| !c.is_alphanumeric()) {
                    crate::ids::push_lowercase(&mut n, part);
                }
                if n.is_empty() {
                    continue;
                }
                let id = match a.vocab.get(n.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = a.words.len() as u32;
                        a.vocab.insert(n.clone(), id);
                        a.words.push((n.clone(), n.chars().count()));
                        id
                    }
                };
                a.orig.push(w);
                a.ids.push(id);
                a.section.push(si);
            }
        }
        a.pairs = a
            .ids
            .windows(2)
            .enumerate()
            .map(|(i, w)| (pair_key(w[0], w[1]), i as u32))
            .collect();
        a.pairs.sort_unstable();
        a
    }

    /// The word pair `a b` with each of its positions, in order.
    fn pair(&self, a: u32, b: u32) -> &[(u64, u32)] {
        let key = pair_key(a, b);
        let start = self.pairs.partition_point(|p| p.0 < key);
        let end = start + self.pairs[start..].partition_point(|p| p.0 == key);
        &self.pairs[start..end]
    }

    /// The quotations in a comment: quoted spans (found or not), and
    /// unquoted sentences that the draft contains nearly word for word.
    pub fn quotes(&self, text: &str) -> Vec<Quote> {
        self.quotes_found_elsewhere(text)
            .into_iter()
            .map(|(q, _)| q)
            .collect()
    }

    /// [`Anchorer::quotes`], each with the other sections that hold the
    /// quote as well as its own does (`gefaseerd samenwerken aan
    /// veiligheid`, word for word in four sections): the quote tells
    /// nothing about which of them the comment means.
    pub fn quotes_found_elsewhere(&self, text: &str) -> Vec<(Quote, Vec<String>)> {
        let mut out = Vec::new();
        let spans = quoted_spans(text);
        for &(s, e) in &spans {
            let q = text[s..e].trim();
            let words: Vec<String> = q
                .split_whitespace()
                .map(norm)
                .filter(|w| !w.is_empty())
                .collect();
            if words.len() < MIN_QUOTE_WORDS {
                continue;
            }
            let mut hits = self.hits(&words);
            // A quote shortened with an ellipsis: its parts in order, in
            // one sentence, where that matches better than the whole.
            let parts: Vec<Vec<String>> = ellipsis_parts(q)
                .into_iter()
                .map(|p| {
                    p.split_whitespace()
                        .map(norm)
                        .filter(|w| !w.is_empty())
                        .collect::<Vec<_>>()
                })
                .filter(|p| !p.is_empty())
                .collect();
            if parts.len() >= 2 {
                let chained = self.chained_hits(&parts);
                if chained.first().map(|h| h.score) > hits.first().map(|h| h.score) {
                    hits = chained;
                }
            }
            out.push(self.quote_at(q, hits, super::QUOTE_FLOOR));
        }
        for (s, e) in sentences(text) {
            if spans.iter().any(|&(a, b)| s < b && e > a) {
                continue;
            }
            let q = text[s..e].trim();
            let words: Vec<String> = q
                .split_whitespace()
                .map(norm)
                .filter(|w| !w.is_empty())
                .collect();
            if words.len() < MIN_RUN_WORDS {
                continue;
            }
            let found = self.quote(q, &words, super::RUN_FLOOR);
            if found.0.section.is_some() {
                out.push(found);
            }
        }
        out
    }

    fn quote(&self, text: &str, words: &[String], floor: f32) -> (Quote, Vec<String>) {
        self.quote_at(text, self.hits(words), floor)
    }

    /// The quote `text` found at `hits` (best first).
    fn quote_at(&self, text: &str, hits: Vec<Hit>, floor: f32) -> (Quote, Vec<String>) {
        let best = hits.first().copied();
        let quote = match best {
            Some(hit) if hit.score >= floor => {
                let pre = hit.start.saturating_sub(CONTEXT_WORDS);
                let post = (hit.end + CONTEXT_WORDS).min(self.orig.len());
                Quote {
                    text: text.to_string(),
                    section: self
                        .section
                        .get(hit.start)
                        .and_then(|&i| self.numbers.get(i))
                        .cloned(),
                    score: (hit.score * 1000.0).round() / 1000.0,
                    prefix: self.orig[pre..hit.start].join(" "),
                    suffix: self.orig[hit.end..post].join(" "),
                }
            }
            other => Quote {
                text: text.to_string(),
                section: None,
                score: other
                    .map(|h| (h.score.max(0.0) * 1000.0).round() / 1000.0)
                    .unwrap_or(0.0),
                prefix: String::new(),
                suffix: String::new(),
            },
        };
        let mut others: Vec<String> = Vec::new();
        if let (Some(best), Some(own)) = (best, quote.section.as_ref()) {
            for hit in &hits[1..] {
                if hit.score + 1e-4 < best.score {
                    continue;
                }
                let Some(n) = self
                    .section
                    .get(hit.start)
                    .and_then(|&i| self.numbers.get(i))
                else {
                    continue;
                };
                if n != own && !others.contains(n) {
                    others.push(n.clone());
                }
            }
        }
        (quote, others)
    }

    /// The occurrences of a quote shortened with ellipses, given as its
    /// `parts` (normalised words, in order): the longest part found as
    /// [`Anchorer::hits`] finds a quote, each other part after (or before)
    /// the one next to it, at most [`MAX_OMITTED`] words away, in the same
    /// section and with no sentence ending in the words left out. The
    /// score counts the errors of all parts against all their words. Best
    /// first.
    fn chained_hits(&self, parts: &[Vec<String>]) -> Vec<Hit> {
        let Some((anchor, _)) = parts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.len() >= 2)
            .max_by_key(|&(i, p)| (p.len(), std::cmp::Reverse(i)))
        else {
            return Vec::new();
        };
        let total: usize = parts.iter().map(Vec::len).sum();
        // Each part as [`Anchorer::sellers`] searches it, made once.
        let patterns: Vec<Vec<(&str, Option<u32>, usize)>> = parts
            .iter()
            .map(|words| {
                words
                    .iter()
                    .map(|w| (w.as_str(), self.vocab.get(w).copied(), w.chars().count()))
                    .collect()
            })
            .collect();
        // How far from the part next to it a part may stand.
        let reach = |k: usize| MAX_OMITTED + parts[k].len() + parts[k].len() / 2 + 2;
        let ends_sentence = |t: usize| {
            self.orig
                .get(t)
                .is_some_and(|w| w.ends_with(['.', '!', '?']))
        };
        let mut out: Vec<Hit> = Vec::new();
        for hit in self.hits(&parts[anchor]) {
            let Some(&sec) = self.section.get(hit.start) else {
                continue;
            };
            let lo = (0..hit.start)
                .rev()
                .find(|&t| self.section[t] != sec)
                .map_or(0, |t| t + 1);
            let hi = (hit.start..self.section.len())
                .find(|&t| self.section[t] != sec)
                .unwrap_or(self.section.len());
            if hit.end > hi {
                continue;
            }
            let mut errors = (1.0 - hit.score) * parts[anchor].len() as f32;
            let (mut start, mut end) = (hit.start, hit.end);
            let mut whole = true;
            for k in anchor + 1..parts.len() {
                let Some(h) = self.sellers(&patterns[k], end, (end + reach(k)).min(hi)) else {
                    whole = false;
                    break;
                };
                if (end.saturating_sub(1)..h.start).any(ends_sentence) {
                    whole = false;
                    break;
                }
                errors += (1.0 - h.score) * parts[k].len() as f32;
                end = h.end.max(end);
            }
            for k in (0..anchor).rev() {
                if !whole {
                    break;
                }
                let from = start.saturating_sub(reach(k)).max(lo);
                let Some(h) = self.sellers(&patterns[k], from, start) else {
                    whole = false;
                    break;
                };
                if (h.end.saturating_sub(1)..start.saturating_sub(1)).any(ends_sentence) {
                    whole = false;
                    break;
                }
                errors += (1.0 - h.score) * parts[k].len() as f32;
                start = h.start.min(start);
            }
            if whole {
                out.push(Hit {
                    score: 1.0 - errors / total as f32,
                    start,
                    end,
                });
            }
        }
        out.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        out
    }

    /// Best approximate occurrence of `words` (normalised) in the draft.
    pub fn search(&self, words: &[String]) -> Option<Hit> {
        self.hits(words).first().copied()
    }

    /// The occurrences of `words` (normalised) in the draft at the places
    /// most of their word pairs point to (five at most), best first (the
    /// earliest of equal ones first).
    fn hits(&self, words: &[String]) -> Vec<Hit> {
        let m = words.len();
        if m == 0 || self.ids.is_empty() {
            return Vec::new();
        }
        let pid: Vec<Option<u32>> = words.iter().map(|w| self.vocab.get(w).copied()).collect();
        let mut votes: FxHashMap<usize, u32> = FxHashMap::default();
        for (k, w) in pid.windows(2).enumerate() {
            let (Some(a), Some(b)) = (w[0], w[1]) else {
                continue;
            };
            let list = self.pair(a, b);
            if list.len() > 200 {
                continue;
            }
            for &(_, p) in list {
                *votes.entry((p as usize).saturating_sub(k)).or_insert(0) += 1;
            }
        }
        let pattern: Vec<(&str, Option<u32>, usize)> = words
            .iter()
            .zip(&pid)
            .map(|(w, &id)| (w.as_str(), id, w.chars().count()))
            .collect();
        let mut starts: Vec<(usize, u32)> = votes.into_iter().collect();
        starts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut hits: Vec<Hit> = starts
            .iter()
            .take(5)
            .filter_map(|&(start, _)| {
                let from = start.saturating_sub(m / 2 + 2);
                let to = (start + m + m / 2 + 2).min(self.ids.len());
                self.sellers(&pattern, from, to)
            })
            .collect();
        // Stable: of equal scores the one of the most votes first, as
        // before.
        hits.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        hits
    }

    /// Semi-global word edit distance of `words` against tokens
    /// `from..to`: the pattern must be matched whole, the text anywhere.
    /// The pattern's words come with their id in the draft's vocabulary
    /// and their length in characters.
    fn sellers(&self, words: &[(&str, Option<u32>, usize)], from: usize, to: usize) -> Option<Hit> {
        let m = words.len();
        let n = to.checked_sub(from)?;
        if n == 0 {
            return None;
        }
        // cost[j] and start[j] for the previous and current pattern row.
        let mut prev: Vec<f32> = vec![0.0; n + 1];
        let mut prev_start: Vec<usize> = (0..=n).collect();
        let mut cur = vec![0.0f32; n + 1];
        let mut cur_start = vec![0usize; n + 1];
        for (i, w) in words.iter().enumerate() {
            cur[0] = (i + 1) as f32;
            cur_start[0] = 0;
            for j in 1..=n {
                let id = self.ids[from + j - 1];
                let cost = if w.1 == Some(id) {
                    0.0
                } else {
                    let (b, lb) = &self.words[id as usize];
                    different_word_cost(w.0, w.2, b, *lb)
                };
                let sub = prev[j - 1] + cost;
                let del = prev[j] + 1.0; // pattern word missing in text
                let ins = cur[j - 1] + 1.0; // extra text word
                let (c, s) = if sub <= del && sub <= ins {
                    (sub, prev_start[j - 1])
                } else if del <= ins {
                    (del, prev_start[j])
                } else {
                    (ins, cur_start[j - 1])
                };
                cur[j] = c;
                cur_start[j] = s;
            }
            std::mem::swap(&mut prev, &mut cur);
            std::mem::swap(&mut prev_start, &mut cur_start);
        }
        let (end, cost) = prev
            .iter()
            .enumerate()
            .skip(1)
            .min_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))?;
        let start = prev_start[end];
        Some(Hit {
            score: 1.0 - cost / m as f32,
            start: from + start,
            end: from + end,
        })
    }
}

/// 0 for the same word, 0.5 for the same stem-like start, else 1.
#[cfg(test)]
fn word_cost(a: &str, b: &str) -> f32 {
    if a == b {
        return 0.0;
    }
    different_word_cost(a, a.chars().count(), b, b.chars().count())
}

/// The cost of two words known to differ (see `word_cost`), of `la` and `lb`
/// characters.
fn different_word_cost(a: &str, la: usize, b: &str, lb: usize) -> f32 {
    // Four common characters at the start, and at most three more in the
    // longer word.
    if la.min(lb) < 4 || la.abs_diff(lb) > 3 {
        return 1.0;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    if common >= 4 && common + 3 >= la.max(lb) {
        0.5
    } else {
        1.0
    }
}

/// Byte ranges of text between quotation marks (the marks excluded).
///
/// Three kinds, each a scan from left to right that never overlaps its own
/// earlier finds (the first kind's spans win over later kinds' overlapping
/// ones):
///
/// - paired marks: `“`, `„` or `«`, then 3 to 1,000 characters holding no
///   quotation mark, then `”`, `“` or `»`;
/// - straight double quotes: `"` at the start or after white space, `(`,
///   `[` or `:`; 3 to 1,000 characters without `"`; `"` at the end or
///   before white space or `.,;:!?)]`;
/// - single marks: `‘`, `'` or `` ` `` likewise placed; then the fewest
///   (3 to 1,000) characters, no `‘` or line break among them, up to a `’`
///   or `'` so placed (so `regio’s` and `zo'n` inside stay inside).
///
/// Written out by hand: as regular expressions the counted repetition of
/// a Unicode class compiled to an automaton in ~15 ms per process, a third
/// of what a run that links one new response costs. The tests check the
/// scans against those expressions.
pub fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for found in [paired_spans(text), straight_spans(text), single_spans(text)] {
        for (a, b) in found {
            if !out.iter().any(|&(x, y)| a < y && b > x) {
                out.push((a, b));
            }
        }
    }
    out.sort();
    out
}

/// Most characters between two quotation marks.
const MAX_QUOTED_CHARS: usize = 1000;

/// Spans between `“„«` and `”“»` with no quotation mark inside.
fn paired_spans(text: &str) -> Vec<(usize, usize)> {
    let is_mark = |c: char| matches!(c, '“' | '”' | '„' | '«' | '»');
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some((i, c)) = text[pos..]
        .char_indices()
        .find(|&(_, c)| matches!(c, '“' | '„' | '«'))
    {
        let open = pos + i;
        let start = open + c.len_utf8();
        let mut chars = 0;
        let mut end = None;
        for (j, d) in text[start..].char_indices() {
            if is_mark(d) {
                end = Some((start + j, d));
                break;
            }
            chars += 1;
            if chars > MAX_QUOTED_CHARS {
                break;
            }
        }
        match end {
            Some((j, d)) if chars >= 3 && matches!(d, '”' | '“' | '»') => {
                out.push((start, j));
                pos = j + d.len_utf8();
            }
            _ => pos = start,
        }
    }
    out
}

/// May a quotation open after `before` (`None`: at the start of the text)?
fn opens_after(before: Option<char>) -> bool {
    before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':'))
}

/// May a quotation close before `after` (`None`: at the end of the text)?
fn closes_before(after: Option<char>) -> bool {
    after.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']')
    })
}

/// Where a scan for a quotation opened by `open` (a mark at byte `at`)
/// ends: the span and the byte where the next scan starts, or `None`.
type Closer = fn(&str, usize) -> Option<((usize, usize), usize)>;

/// Scans `text` for quotations opened by a character `opens` in a place
/// [`opens_after`] allows, closed as `close` says. Like a regular
/// expression's successive matches, the next scan starts where a match
/// (its closing mark and the character after it) ended, and a character
/// taken as the place of an opening cannot open the next.
fn scan_quotes(text: &str, opens: fn(char) -> bool, close: Closer) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    // The character before `pos`, when the scan may use it as the place
    // of an opening (not after a match, which took it).
    let mut before: Option<Option<char>> = Some(None);
    for (i, c) in text.char_indices() {
        if i < pos {
            continue;
        }
        if opens(c) && before.is_some_and(opens_after) {
            if let Some((span, next)) = close(text, i + c.len_utf8()) {
                out.push(span);
                pos = next;
                // The match took the character before `next`, if any.
                before = None;
                continue;
            }
        }
        // A match may also start with `c` as the place before an opening
        // mark at the next character.
        before = Some(Some(c));
    }
    out
}

/// Straight double quotes.
fn straight_spans(text: &str) -> Vec<(usize, usize)> {
    fn close(text: &str, start: usize) -> Option<((usize, usize), usize)> {
        let mut chars = 0;
        for (j, d) in text[start..].char_indices() {
            if d == '"' {
                let end = start + j;
                let after = text[end + 1..].chars().next();
                if chars < 3 || !closes_before(after) {
                    return None;
                }
                return Some(((start, end), end + 1 + after.map_or(0, char::len_utf8)));
            }
            chars += 1;
            if chars > MAX_QUOTED_CHARS {
                return None;
            }
        }
        None
    }
    scan_quotes(text, |c| c == '"', close)
}

/// Single marks; the fewest characters up to a closing mark so placed.
fn single_spans(text: &str) -> Vec<(usize, usize)> {
    fn close(text: &str, start: usize) -> Option<((usize, usize), usize)> {
        for (chars, (j, d)) in text[start..].char_indices().enumerate() {
            let at = start + j;
            if chars >= 3 && matches!(d, '’' | '\'') {
                let after = text[at + d.len_utf8()..].chars().next();
                if closes_before(after) {
                    let next = at + d.len_utf8() + after.map_or(0, char::len_utf8);
                    return Some(((start, at), next));
                }
            }
            if matches!(d, '‘' | '\n') || chars == MAX_QUOTED_CHARS {
                return None;
            }
        }
        None
    }
    scan_quotes(text, |c| matches!(c, '‘' | '\'' | '`'), close)
}

/// The parts of a quote between its ellipses (`...`, `…`, also in
/// brackets: `(...)`, `[…]`; the brackets are no words). A quote without
/// one is one part.
pub fn ellipsis_parts(quote: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = quote.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '…' {
            parts.push(&quote[start..i]);
            start = i + c.len_utf8();
        } else if c == '.' {
            let mut end = i + 1;
            while let Some(&(j, '.')) = chars.peek() {
                end = j + 1;
                chars.next();
            }
            if end - i >= 3 {
                parts.push(&quote[start..i]);
                start = end;
            }
        }
    }
    parts.push(&quote[start..]);
    parts
}

/// Byte ranges of the sentences of `text`.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in bytes.iter().enumerate() {
        let next_is_space = bytes.get(k + 1).is_none_or(|&(_, n)| n.is_whitespace());
        if matches!(c, '.' | '!' | '?' | ';' | '\n') && next_is_space {
            if i > start {
                out.push((start, i));
            }
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

#[cfg(test)]
mod tests;
