//! Finding each decision's comment, also when the comment's id changed.
//!
//! Comment ids are content hashes, so a response whose text changed a
//! little (a better extractor, a corrected file) gives its comments new
//! ids. A decision whose id is not found is re-attached to the current
//! comment whose text is nearly the same as the text the decision was made
//! on: same response file or respondent first, a high threshold, and never
//! two decisions on one comment. A decision that matches nothing is
//! orphaned: kept in the ledger and reported, never dropped.

use std::collections::{HashMap, HashSet};

use super::{all_comments, Decision, Ledger};
use crate::model::{
    Comment, Consultation, DecisionView, Link, LinkReason, OrphanedDecision, ReattachedDecision,
    Response,
};

/// Minimum similarity (0..=1) of the stored and the current comment text
/// for a re-attachment.
pub const THRESHOLD: f32 = 0.9;

/// Which comment each decision belongs to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attachment {
    /// Comment id → ledger key of the decision filed on that comment.
    pub own: HashMap<String, String>,
    /// Decisions found again under a new comment id.
    pub reattached: Vec<ReattachedDecision>,
    /// Ledger keys of decisions whose comment is gone.
    pub orphaned: Vec<String>,
}

/// The text form that similarity is computed on: lower-case letters and
/// digits only, so line breaks, hyphenation and punctuation from layout do
/// not count.
fn compact(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Trigrams of the compact text, each packed into a `u64` (three 21-bit
/// chars), sorted and without repeats.
fn trigrams(chars: &[char]) -> Vec<u64> {
    let mut grams: Vec<u64> = chars
        .windows(3)
        .map(|w| (u64::from(w[0]) << 42) | (u64::from(w[1]) << 21) | u64::from(w[2]))
        .collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// Number of values two sorted lists share.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// A text prepared for comparison.
pub(crate) struct Prepared {
    chars: Vec<char>,
    grams: Vec<u64>,
}

impl Prepared {
    pub(crate) fn new(text: &str) -> Prepared {
        let chars = compact(text);
        let grams = trigrams(&chars);
        Prepared { chars, grams }
    }

    /// Similarity in 0..=1: the share of characters in common (a diff
    /// ratio), after a cheap length and trigram filter.
    pub(crate) fn similarity(&self, other: &Prepared) -> f32 {
        let (a, b) = (self.chars.len(), other.chars.len());
        if a == 0 || b == 0 {
            return 0.0;
        }
        if (a.min(b) as f32) / (a.max(b) as f32) < THRESHOLD {
            return 0.0;
        }
        if self.chars == other.chars {
            return 1.0;
        }
        let common = shared(&self.grams, &other.grams);
        let union = self.grams.len() + other.grams.len() - common;
        if union > 0 && (common as f32) / (union as f32) < 0.5 {
            return 0.0;
        }
        let ops =
            similar::capture_diff_slices(similar::Algorithm::Myers, &self.chars, &other.chars);
        similar::diff_ratio(&ops, a, b)
    }
}

/// A current comment that has no decision of its own.
struct Candidate<'a> {
    response: &'a Response,
    comment: &'a Comment,
    text: Prepared,
}

/// A decision whose id is gone.
struct Missing<'a> {
    key: &'a String,
    decision: &'a Decision,
    text: Prepared,
}

/// See [`Ledger::attach`].
///
/// Equivalent to sorting every (decision, comment) pair above the
/// threshold by (same file or respondent first, similarity, key, comment
/// order) and taking pairs greedily one-to-one, but computed in four
/// rounds (same source exact, same source similar, any exact, any
/// similar) so the usual case (ids changed, texts identical) costs a hash
/// lookup per decision instead of a comparison with every comment.
pub fn attach(ledger: &Ledger, c: &Consultation) -> Attachment {
    let mut out = Attachment::default();
    let present: HashSet<&str> = all_comments(c).map(|(_, c)| c.id.as_str()).collect();
    let mut missing = Vec::new();
    for (key, d) in &ledger.decisions {
        if present.contains(key.as_str()) {
            out.own.insert(key.clone(), key.clone());
        } else {
            missing.push(Missing {
                key,
                decision: d,
                text: Prepared::new(&d.comment),
            });
        }
    }
    if missing.is_empty() {
        return out;
    }
    let candidates: Vec<Candidate> = all_comments(c)
        .filter(|(_, c)| !ledger.decisions.contains_key(&c.id))
        .map(|(r, c)| Candidate {
            response: r,
            comment: c,
            text: Prepared::new(&c.text),
        })
        .collect();
    let mut exact: HashMap<&[char], Vec<usize>> = HashMap::new();
    for (i, cand) in candidates.iter().enumerate() {
        exact.entry(&cand.text.chars).or_default().push(i);
    }
    let mut taken_keys: HashSet<&str> = HashSet::new();
    let mut taken: HashSet<usize> = HashSet::new();
    for same_source_only in [true, false] {
        for fuzzy in [false, true] {
            let mut pairs = Vec::new();
            for m in missing
                .iter()
                .filter(|m| !taken_keys.contains(m.key.as_str()))
            {
                let fits = |i: &usize| {
                    !taken.contains(i)
                        && (!same_source_only
                            || same_source(
                                m.decision,
                                &candidates[*i].response.file,
                                &candidates[*i].response.respondent,
                            ))
                };
                if fuzzy {
                    for i in (0..candidates.len()).filter(fits) {
                        let score = m.text.similarity(&candidates[i].text);
                        if (THRESHOLD..1.0).contains(&score) {
                            pairs.push((score, m.key, i));
                        }
                    }
                } else if !m.text.chars.is_empty() {
                    for i in exact
                        .get(m.text.chars.as_slice())
                        .into_iter()
                        .flatten()
                        .filter(|i| fits(i))
                    {
                        pairs.push((1.0, m.key, *i));
                    }
                }
            }
            pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)).then(x.2.cmp(&y.2)));
            for (score, key, i) in pairs {
                if taken_keys.contains(key.as_str()) || taken.contains(&i) {
                    continue;
                }
                taken_keys.insert(key);
                taken.insert(i);
                let cand = &candidates[i];
                out.own.insert(cand.comment.id.clone(), key.clone());
                out.reattached.push(ReattachedDecision {
                    old_id: key.clone(),
                    new_id: cand.comment.id.clone(),
                    respondent: cand.response.respondent.clone(),
                    file: cand.response.file.clone(),
                    score,
                });
            }
        }
    }
    out.reattached.sort_by(|a, b| a.old_id.cmp(&b.old_id));
    out.orphaned = missing
        .iter()
        .filter(|m| !taken_keys.contains(m.key.as_str()))
        .map(|m| m.key.clone())
        .collect();
    out
}

/// Whether the decision was made on a comment of this file or respondent.
fn same_source(d: &Decision, file: &str, respondent: &str) -> bool {
    (!d.file.is_empty() && d.file == file)
        || (!d.respondent.is_empty() && d.respondent == respondent)
}

impl Attachment {
    /// The ledger key whose decision a comment shows: its own, else its
    /// campaign group's.
    pub fn key_for(&self, comment_id: &str, group: Option<&str>) -> Option<&str> {
        self.own
            .get(comment_id)
            .or_else(|| group.and_then(|g| self.own.get(g)))
            .map(String::as_str)
    }

    /// Writes decisions, re-attachments and orphans into the consultation.
    pub fn apply(&self, ledger: &Ledger, c: &mut Consultation) {
        for r in &mut c.responses {
            for comment in &mut r.comments {
                let key = self.key_for(&comment.id, comment.group.as_deref());
                let decision = key.and_then(|k| ledger.decisions.get(k));
                comment.decision = decision.map(view).unwrap_or_default();
                if let Some(chosen) = decision.and_then(|d| d.sections.as_ref()) {
                    comment.sections = chosen_links(chosen);
                }
            }
        }
        c.reattached_decisions = self.reattached.clone();
        c.orphaned_decisions = self
            .orphaned
            .iter()
            .filter_map(|k| ledger.decisions.get(k).map(|d| (k, d)))
            .map(|(k, d)| OrphanedDecision {
                comment_id: k.clone(),
                respondent: d.respondent.clone(),
                text: d.comment.clone(),
                status: d.status,
                answer: d.answer.clone(),
            })
            .collect();
    }
}

/// Reason of a link the working group chose.
pub const CHOSEN_REASON: &str = "gekozen door de werkgroep";

/// The links of sections the working group chose: certain, in their order.
pub fn chosen_links(numbers: &[String]) -> Vec<Link> {
    numbers
        .iter()
        .map(|n| Link {
            number: n.clone(),
            score: 1.0,
            reason: CHOSEN_REASON.to_string(),
            kinds: vec![LinkReason::Chosen],
        })
        .collect()
}

/// The decision as shown in outputs.
pub fn view(d: &Decision) -> DecisionView {
    DecisionView {
        status: d.status,
        answer: d.answer.clone(),
        theme: d.theme.clone(),
        change_ref: d.change_ref.clone(),
        sections: d.sections.clone(),
        summary: d.summary.clone(),
        author: d.author.clone(),
        date: d.date.map(|d| d.format("%Y-%m-%d").to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_changes_are_similar() {
        let a = Prepared::new("De samen-\nwerking met de gemeenten moet beter, vinden wij.");
        let b = Prepared::new("De samenwerking met de gemeenten moet  beter vinden wij");
        assert_eq!(a.similarity(&b), 1.0);
        let c = Prepared::new("De samenwerking met de gemeenten moet beter, vinden wij niet.");
        assert!(a.similarity(&c) > THRESHOLD);
        let d = Prepared::new("Het budget voor preventie is te laag voor de komende jaren.");
        assert_eq!(a.similarity(&d), 0.0);
    }
}
