//! Re-anchoring: each comment's place in the draft found again in the
//! newest version.
//!
//! A comment's quotation is searched word by word with a semi-global edit
//! distance (Sellers' algorithm: the quotation may start and end anywhere
//! in the text), first in the sections aligned with the section where the
//! linker found it, then in the whole newest version with a stricter
//! threshold (`research/anchors-diff.md` §1: at 0.75 no wrong placements
//! were measured). Comments without a quotation that can be re-found
//! fall back to their linked section through the section alignment; a
//! section without counterpart means the place was removed.

use crate::model::{Anchor, AnchorStatus, Comment, Quote, Response, Version};

use super::align::{align, Alignment};

/// A quotation re-found in its aligned section with at least this
/// similarity is anchored.
const QUOTE_IN_SECTION: f64 = 0.75;
/// Elsewhere in the document a stricter similarity is needed.
const QUOTE_ANYWHERE: f64 = 0.85;
/// A rewritten quotation at least this similar still marks its place in
/// a section anchor's excerpt.
const QUOTE_PLACE: f64 = 0.5;
/// Quotations shorter than this many words are too ambiguous to search.
const MIN_QUOTE_WORDS: usize = 3;
/// Longer quotations are searched by their first this many words.
const MAX_QUOTE_WORDS: usize = 80;
/// Length of a section excerpt in characters.
const EXCERPT_CHARS: usize = 300;

/// Sets `Comment::anchor_after` of every comment: where its place is in
/// `newest`. Comments with neither a quotation nor a linked section get
/// `None`.
pub fn reanchor(responses: &mut [Response], draft: &Version, newest: &Version) {
    reanchor_with(responses, draft, newest, &align(draft, newest));
}

/// [`reanchor`] with an alignment of `draft` and `newest` already made.
pub fn reanchor_with(
    responses: &mut [Response],
    draft: &Version,
    newest: &Version,
    alignment: &Alignment,
) {
    for c in responses.iter_mut().flat_map(|r| r.comments.iter_mut()) {
        c.anchor_after = anchor_comment(c, draft, newest, alignment);
    }
}

/// The anchor of one comment.
pub fn anchor_comment(
    comment: &Comment,
    draft: &Version,
    newest: &Version,
    alignment: &Alignment,
) -> Option<Anchor> {
    let index_of = |number: &str| draft.sections.iter().position(|s| s.number == number);
    for quote in &comment.quotes {
        if let Some(a) = anchor_quote(quote, comment, newest, alignment, &index_of) {
            return Some(a);
        }
    }
    let mut removed = false;
    for link in &comment.sections {
        let Some(i) = index_of(&link.number) else {
            continue;
        };
        match alignment.after_of(i) {
            Some((j, score)) => {
                let s = newest.sections.get(j)?;
                return Some(Anchor {
                    status: AnchorStatus::Section,
                    section: Some(s.number.clone()),
                    title: Some(s.title.clone()),
                    excerpt: section_excerpt(comment, &s.text),
                    score: score as f32,
                });
            }
            None => removed = true,
        }
    }
    let quoted_in_draft = comment.quotes.iter().any(|q| q.section.is_some());
    (removed || quoted_in_draft).then(|| Anchor {
        status: AnchorStatus::Removed,
        section: None,
        title: None,
        excerpt: String::new(),
        score: 0.0,
    })
}

/// The excerpt for a section anchor: the sentence most like one of the
/// comment's quotations when one is at least half there (the quotation was
/// rewritten too much to anchor, but this is still its place), else the
/// start of the section.
fn section_excerpt(comment: &Comment, text: &str) -> String {
    comment
        .quotes
        .iter()
        .filter_map(|q| {
            let pattern: Vec<String> = crate::text::words(&q.text).take(MAX_QUOTE_WORDS).collect();
            if pattern.len() < MIN_QUOTE_WORDS {
                return None;
            }
            let prefix: Vec<String> = crate::text::words(&q.prefix).collect();
            let suffix: Vec<String> = crate::text::words(&q.suffix).collect();
            find(&pattern, &prefix, &suffix, text)
        })
        .filter(|m| m.score >= QUOTE_PLACE)
        .max_by(|x, y| x.score.total_cmp(&y.score))
        .map_or_else(
            || shorten(text, EXCERPT_CHARS),
            |m| sentence_around(text, m.start, m.end),
        )
}

/// Re-finds one quotation: in the sections aligned with its draft section
/// (or the comment's linked sections), else anywhere.
fn anchor_quote(
    quote: &Quote,
    comment: &Comment,
    newest: &Version,
    alignment: &Alignment,
    index_of: &dyn Fn(&str) -> Option<usize>,
) -> Option<Anchor> {
    let pattern: Vec<String> = crate::text::words(&quote.text)
        .take(MAX_QUOTE_WORDS)
        .collect();
    if pattern.len() < MIN_QUOTE_WORDS {
        return None;
    }
    let prefix: Vec<String> = crate::text::words(&quote.prefix).collect();
    let suffix: Vec<String> = crate::text::words(&quote.suffix).collect();
    let mut near: Vec<usize> = Vec::new();
    let homes = quote
        .section
        .iter()
        .chain(comment.sections.iter().map(|l| &l.number));
    for number in homes {
        if let Some(i) = index_of(number) {
            for j in alignment.afters_of(i) {
                if !near.contains(&j) {
                    near.push(j);
                }
            }
        }
    }
    let search = |sections: &mut dyn Iterator<Item = usize>, threshold: f64| {
        sections
            .filter_map(|j| {
                let s = newest.sections.get(j)?;
                let m = find(&pattern, &prefix, &suffix, &s.text)?;
                Some((j, m))
            })
            .filter(|(_, m)| m.score >= threshold)
            .max_by(|x, y| {
                (x.1.score, x.1.context)
                    .partial_cmp(&(y.1.score, y.1.context))
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(y.0.cmp(&x.0))
            })
    };
    let found = search(&mut near.iter().copied(), QUOTE_IN_SECTION).or_else(|| {
        search(
            &mut (0..newest.sections.len()).filter(|j| !near.contains(j)),
            QUOTE_ANYWHERE,
        )
    })?;
    let (j, m) = found;
    let s = newest.sections.get(j)?;
    Some(Anchor {
        status: AnchorStatus::Quote,
        section: Some(s.number.clone()),
        title: Some(s.title.clone()),
        excerpt: sentence_around(&s.text, m.start, m.end),
        score: m.score as f32,
    })
}

/// A quotation found in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Byte range of the matched words in the text.
    pub start: usize,
    pub end: usize,
    /// 1 − edit distance / quotation length, in words.
    pub score: f64,
    /// Share of the stored context words found beside the match.
    pub context: f64,
}

/// Words of `text` (lower-cased) with their byte ranges.
fn words_with_offsets(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((text[s..i].to_lowercase(), s, i));
        }
    }
    if let Some(s) = start {
        out.push((text[s..].to_lowercase(), s, text.len()));
    }
    out
}

/// Finds `pattern` (lower-cased words) in `text` with the fewest word
/// edits; among equal matches the one whose surroundings agree best with
/// `prefix`/`suffix` wins.
pub fn find(pattern: &[String], prefix: &[String], suffix: &[String], text: &str) -> Option<Match> {
    let words = words_with_offsets(text);
    let n = words.len();
    let m = pattern.len();
    if m == 0 || n == 0 {
        return None;
    }
    // Fast path: the quotation is there word for word (the usual case).
    let exact: Vec<usize> = (0..=n.saturating_sub(m))
        .filter(|&s| n >= m && words[s..s + m].iter().zip(pattern).all(|(w, p)| w.0 == *p))
        .collect();
    if !exact.is_empty() {
        return exact
            .into_iter()
            .map(|s| (s, context_of(&words, prefix, suffix, s, s + m)))
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
            .map(|(s, context)| Match {
                start: words[s].1,
                end: words[s + m - 1].2,
                score: 1.0,
                context,
            });
    }
    // prev[j]: edit distance of pattern[..i] ending at text word j;
    // start[j]: where that alignment starts.
    let mut prev: Vec<usize> = vec![0; n + 1];
    let mut prev_start: Vec<usize> = (0..=n).collect();
    let mut cur = vec![0usize; n + 1];
    let mut cur_start = vec![0usize; n + 1];
    for (i, p) in pattern.iter().enumerate() {
        cur[0] = i + 1;
        cur_start[0] = 0;
        for j in 1..=n {
            let diag = prev[j - 1] + usize::from(words[j - 1].0 != *p);
            let up = prev[j] + 1;
            let left = cur[j - 1] + 1;
            if diag <= up && diag <= left {
                cur[j] = diag;
                cur_start[j] = prev_start[j - 1];
            } else if up <= left {
                cur[j] = up;
                cur_start[j] = prev_start[j];
            } else {
                cur[j] = left;
                cur_start[j] = cur_start[j - 1];
            }
        }
        std::mem::swap(&mut prev, &mut cur);
        std::mem::swap(&mut prev_start, &mut cur_start);
    }
    let best = (1..=n).map(|j| prev[j]).min()?;
    (1..=n)
        .filter(|&j| prev[j] == best && prev_start[j] < j)
        .map(|j| {
            let s = prev_start[j];
            (s, j, context_of(&words, prefix, suffix, s, j))
        })
        .max_by(|x, y| x.2.total_cmp(&y.2).then(y.0.cmp(&x.0)))
        .map(|(s, e, context)| Match {
            start: words[s].1,
            end: words[e - 1].2,
            score: (1.0 - best as f64 / m as f64).max(0.0),
            context,
        })
}

/// Share of the stored context words found beside words `s..e`.
fn context_of(
    words: &[(String, usize, usize)],
    prefix: &[String],
    suffix: &[String],
    s: usize,
    e: usize,
) -> f64 {
    let total = prefix.len() + suffix.len();
    if total == 0 {
        return 0.0;
    }
    let before = &words[s.saturating_sub(prefix.len())..s];
    let after = &words[e..(e + suffix.len()).min(words.len())];
    let hits = prefix
        .iter()
        .filter(|p| before.iter().any(|w| w.0 == **p))
        .count()
        + suffix
            .iter()
            .filter(|p| after.iter().any(|w| w.0 == **p))
            .count();
    hits as f64 / total as f64
}

/// The sentence(s) of `text` holding the byte range `start..end`, on one
/// line and shortened to a readable length.
fn sentence_around(text: &str, start: usize, end: usize) -> String {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | ';');
    let head = text.get(..start).unwrap_or("");
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| is_end(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = text.get(end..).unwrap_or("");
    let to = tail
        .char_indices()
        .find(|&(_, c)| is_end(c))
        .map_or(text.len(), |(i, c)| end + i + c.len_utf8());
    let sentence = text.get(from..to).unwrap_or("");
    let max = EXCERPT_CHARS.max(end.saturating_sub(start) + 20);
    shorten(sentence, max)
}

/// `text` on one line, cut at a word boundary after at most `max`
/// characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        let len = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if len > max {
            if out.is_empty() {
                out.extend(word.chars().take(max));
            }
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests;
