//! The text a campaign group shares, and what each sender added to it.
//!
//! The members of a group make the same point, but a sender may add a
//! sentence of their own (`Ik woon zelf op 300 meter van de polder.`).
//! The memo shows the group's point once: as the sentences every member
//! has, with each sender's own sentences shown apart as theirs, so that
//! no sender's addition is shown as everyone's, nor lost.

use std::collections::{HashMap, HashSet};

/// A campaign group's point split into what all its members wrote and
/// what only some of them did ([`shared_text`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SharedText {
    /// The sentences every member has, in the first text's words.
    pub text: String,
    /// The other sentences, in order of the texts they first occur in:
    /// the indexes of the texts that have each (in order) and its words
    /// (as the first of them writes it). Sentences next to each other in
    /// that text with the same senders are one addition.
    pub additions: Vec<(Vec<usize>, String)>,
}

/// Two sentences this alike (twice their common words in order over the
/// words of both) are the same sentence: a typo, a word of stress or a
/// town of one's own may differ.
const SAME_SENTENCE: f64 = 0.8;

/// Sentences shorter than this (in words) are the same only when equal.
const SHORT_SENTENCE: usize = 4;

/// The text `texts` share and each one's own sentences, `texts[0]` the
/// group's representative (its words are shown). `None` when every text
/// has every sentence (nothing to set apart), or when no sentence is
/// shared by all (the texts are then shown as the representative's).
pub fn shared_text(texts: &[&str]) -> Option<SharedText> {
    if texts.len() < 2 {
        return None;
    }
    let split: Vec<Vec<Sentence>> = texts.iter().map(|t| sentences(t)).collect();
    // Each sentence's kind: the same sentences (equal words, or alike, see
    // `same_sentence`) are one kind.
    let mut distinct: Vec<&[String]> = Vec::new();
    let mut index: HashMap<&[String], usize> = HashMap::new();
    let ids: Vec<Vec<usize>> = split
        .iter()
        .map(|ss| {
            ss.iter()
                .map(|s| {
                    *index.entry(&s.words).or_insert_with(|| {
                        distinct.push(&s.words);
                        distinct.len() - 1
                    })
                })
                .collect()
        })
        .collect();
    let mut kind: Vec<usize> = (0..distinct.len()).collect();
    fn root(k: &mut [usize], mut x: usize) -> usize {
        while k[x] != x {
            k[x] = k[k[x]];
            x = k[x];
        }
        x
    }
    // Comparing every pair of distinct sentences is quadratic: past this
    // many, only equal sentences are the same.
    if distinct.len() <= MAX_COMPARED {
        for a in 0..distinct.len() {
            for b in a + 1..distinct.len() {
                if same_sentence(distinct[a], distinct[b]) {
                    let (ra, rb) = (root(&mut kind, a), root(&mut kind, b));
                    kind[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    let kinds: Vec<Vec<usize>> = ids
        .iter()
        .map(|row| row.iter().map(|&d| root(&mut kind, d)).collect())
        .collect();
    // The texts holding each kind, in order.
    let mut holders: HashMap<usize, Vec<usize>> = HashMap::new();
    for (t, row) in kinds.iter().enumerate() {
        for &k in row {
            let h = holders.entry(k).or_default();
            if h.last() != Some(&t) {
                h.push(t);
            }
        }
    }
    // A sentence without a letter (a point's number, `2.`, that one sender
    // left in the text) is no sender's addition: it goes as everyone's.
    let letterless = |k: &usize| {
        !distinct[*k]
            .iter()
            .any(|w| w.chars().any(char::is_alphabetic))
    };
    let everyone = |k: &usize| letterless(k) || holders.get(k).map_or(0, Vec::len) == texts.len();
    if kinds.iter().flatten().all(everyone) {
        return None;
    }
    let mut text = String::new();
    for (s, k) in split[0].iter().zip(&kinds[0]) {
        if everyone(k) {
            push_sentence(&mut text, s);
        }
    }
    if text.trim().is_empty() {
        return None;
    }
    let mut additions: Vec<(Vec<usize>, String)> = Vec::new();
    let mut shown: HashSet<usize> = HashSet::new();
    for (ss, row) in split.iter().zip(&kinds) {
        let mut last: Option<usize> = None;
        for (s, k) in ss.iter().zip(row) {
            if everyone(k) || !shown.insert(*k) {
                last = None;
                continue;
            }
            let h = holders.get(k).cloned().unwrap_or_default();
            match last {
                Some(a) if additions[a].0 == h => push_sentence(&mut additions[a].1, s),
                _ => {
                    let mut words = String::new();
                    push_sentence(&mut words, s);
                    additions.push((h, words));
                    last = Some(additions.len() - 1);
                }
            }
        }
    }
    Some(SharedText { text, additions })
}

/// Distinct sentences of a group up to which alike ones are looked for
/// ([`shared_text`]).
const MAX_COMPARED: usize = 600;

/// One sentence of a text: its words as written (with what separated it
/// from the one before: a space, or a line break) and normalised.
struct Sentence {
    text: String,
    new_line: bool,
    words: Vec<String>,
}

/// Appends `s` to `out`, on a line of its own where it had one.
fn push_sentence(out: &mut String, s: &Sentence) {
    if !out.is_empty() {
        out.push_str(if s.new_line { "\n" } else { " " });
    }
    out.push_str(&s.text);
}

/// The sentences of `text`: ended by `.`, `!` or `?` before a space and a
/// word starting in a capital, a digit or a quote, or by a line break.
/// `A. Visser`, `o.a. de`: an initial or a lower-case word after it ends
/// nothing.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut new_line = i > 0;
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (k, &(at, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let next = chars.get(k + 1).map(|&(_, c)| c);
            let after = chars.get(k + 2).map(|&(_, c)| c);
            let opens = after.is_some_and(|a| {
                a.is_uppercase() || a.is_ascii_digit() || matches!(a, '"' | '‘' | '“' | '\'')
            });
            // An initial (`A.`) is one capital after a space or the start.
            let initial = c == '.'
                && k >= 1
                && chars[k - 1].1.is_uppercase()
                && (k == 1 || chars[k - 2].1.is_whitespace());
            if next.is_some_and(char::is_whitespace) && opens && !initial {
                let end = at + c.len_utf8();
                out.push(sentence(&line[start..end], new_line));
                new_line = false;
                start = end;
            }
        }
        if !line[start..].trim().is_empty() {
            out.push(sentence(&line[start..], new_line));
        }
    }
    out
}

fn sentence(text: &str, new_line: bool) -> Sentence {
    let text = text.trim().to_string();
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    Sentence {
        text,
        new_line,
        words,
    }
}

/// Whether two sentences (normalised words) are the same, see
/// [`SAME_SENTENCE`].
fn same_sentence(a: &[String], b: &[String]) -> bool {
    if a == b {
        return true;
    }
    if a.len() < SHORT_SENTENCE || b.len() < SHORT_SENTENCE {
        return false;
    }
    let common = lcs(a, b);
    2.0 * common as f64 / (a.len() + b.len()) as f64 >= SAME_SENTENCE
}

/// The length of the longest common subsequence of two word lists.
fn lcs(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diag = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y {
                diag + 1
            } else {
                row[j + 1].max(row[j])
            };
            diag = up;
        }
    }
    row[b.len()]
}
