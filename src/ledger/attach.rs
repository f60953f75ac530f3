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
use crate::model::{Consultation, DecisionView, OrphanedDecision, ReattachedDecision};

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

fn trigrams(chars: &[char]) -> HashSet<[char; 3]> {
    chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

/// A text prepared for comparison.
struct Prepared {
    chars: Vec<char>,
    grams: HashSet<[char; 3]>,
}

impl Prepared {
    fn new(text: &str) -> Prepared {
        let chars = compact(text);
        let grams = trigrams(&chars);
        Prepared { chars, grams }
    }

    /// Similarity in 0..=1: the share of characters in common (a diff
    /// ratio), after a cheap length and trigram filter.
    fn similarity(&self, other: &Prepared) -> f32 {
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
        let common = self.grams.intersection(&other.grams).count();
        let union = self.grams.len() + other.grams.len() - common;
        if union > 0 && (common as f32) / (union as f32) < 0.5 {
            return 0.0;
        }
        let ops =
            similar::capture_diff_slices(similar::Algorithm::Myers, &self.chars, &other.chars);
        similar::diff_ratio(&ops, a, b)
    }
}

/// See [`Ledger::attach`].
pub fn attach(ledger: &Ledger, c: &Consultation) -> Attachment {
    let mut out = Attachment::default();
    let present: HashSet<&str> = all_comments(c).map(|(_, c)| c.id.as_str()).collect();
    let mut missing = Vec::new();
    for (key, d) in &ledger.decisions {
        if present.contains(key.as_str()) {
            out.own.insert(key.clone(), key.clone());
        } else {
            missing.push((key, d));
        }
    }
    if missing.is_empty() {
        return out;
    }
    let candidates: Vec<_> = all_comments(c)
        .filter(|(_, c)| !ledger.decisions.contains_key(&c.id))
        .map(|(r, c)| (r, c, Prepared::new(&c.text)))
        .collect();
    let mut pairs = Vec::new();
    for (key, d) in &missing {
        let stored = Prepared::new(&d.comment);
        for (i, (r, _, p)) in candidates.iter().enumerate() {
            let score = stored.similarity(p);
            if score >= THRESHOLD {
                let tier = u8::from(!same_source(d, &r.file, &r.respondent));
                pairs.push((tier, score, *key, i));
            }
        }
    }
    pairs.sort_by(|x, y| {
        x.0.cmp(&y.0)
            .then(y.1.total_cmp(&x.1))
            .then(x.2.cmp(y.2))
            .then(x.3.cmp(&y.3))
    });
    let mut taken_keys = HashSet::new();
    let mut taken_comments = HashSet::new();
    for (_, score, key, i) in pairs {
        if taken_keys.contains(key) || taken_comments.contains(&i) {
            continue;
        }
        taken_keys.insert(key);
        taken_comments.insert(i);
        let (r, comment, _) = &candidates[i];
        out.own.insert(comment.id.clone(), key.clone());
        out.reattached.push(ReattachedDecision {
            old_id: key.clone(),
            new_id: comment.id.clone(),
            respondent: r.respondent.clone(),
            file: r.file.clone(),
            score,
        });
    }
    out.reattached.sort_by(|a, b| a.old_id.cmp(&b.old_id));
    out.orphaned = missing
        .iter()
        .filter(|(k, _)| !taken_keys.contains(*k))
        .map(|(k, _)| (*k).clone())
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
                comment.decision = key
                    .and_then(|k| ledger.decisions.get(k))
                    .map(view)
                    .unwrap_or_default();
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

/// The decision as shown in outputs.
pub fn view(d: &Decision) -> DecisionView {
    DecisionView {
        status: d.status,
        answer: d.answer.clone(),
        theme: d.theme.clone(),
        change_ref: d.change_ref.clone(),
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
