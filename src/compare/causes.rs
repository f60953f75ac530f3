//! Which comments may have caused a change.
//!
//! For each change the comments are scored on the evidence the working
//! group would look for (`research/anchors-diff.md` §6, step 7):
//!
//! - the comment is linked to the changed section (or quotes it);
//! - the text the comment asks for (quoted, or after *toevoegen*,
//!   *opnemen*, *aanvullen*, *vervangen door*, ...) appears in the
//!   inserted text;
//! - the comment's own words appear in the inserted text;
//! - the comment was decided (partly) adopted.
//!
//! A working-group confirmation in the ledger
//! ([`crate::model::DecisionView::change_ref`] naming the changed section)
//! puts the comment first. Changes without any candidate are the
//! *ambtshalve wijzigingen* of the memo.

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::model::{Change, Comment, Response, Status};
use crate::text::Analyzer;

/// A comment below this score is not offered as a cause.
const MIN_SCORE: f64 = 0.25;
/// At most this many comments are offered per change.
const MAX_CAUSES: usize = 10;

/// Fills `Change::comments` of each change with the ids of the comments
/// that may have caused it, most likely first.
///
/// Call it after the ledger was applied, so decisions (adopted, and the
/// working group's `change_ref`) count.
pub fn suggest_causes(changes: &mut [Change], responses: &[Response]) {
    suggest_causes_with(changes, responses, &|_| None);
}

/// [`suggest_causes`] with the terms of comment texts that an earlier run
/// kept (`known` gives them for a comment, or `None` to compute them;
/// borrowed, as copying them for every text costs more than using them).
pub fn suggest_causes_with<'k>(
    changes: &mut [Change],
    responses: &[Response],
    known: &(dyn Fn(&Comment) -> Option<&'k TextTerms> + Sync),
) {
    let analyzer = Analyzer::default();
    let comments: Vec<&Comment> = responses.iter().flat_map(|r| &r.comments).collect();
    // The words of each distinct text once (campaign copies share them).
    let mut distinct: HashMap<&str, usize> = HashMap::new();
    let mut texts: Vec<&Comment> = Vec::new();
    let slots: Vec<usize> = comments
        .iter()
        .map(|c| {
            *distinct.entry(c.text.as_str()).or_insert_with(|| {
                texts.push(c);
                texts.len() - 1
            })
        })
        .collect();
    let terms: Vec<std::borrow::Cow<'_, TextTerms>> = texts
        .par_iter()
        .map(|c| match known(c) {
            Some(terms) => std::borrow::Cow::Borrowed(terms),
            None => std::borrow::Cow::Owned(TextTerms::new(&analyzer, c)),
        })
        .collect();
    let words: Vec<&TextTerms> = terms.iter().map(|t| t.as_ref()).collect();
    let candidates = Candidates::new(&comments, &slots, &words);
    let comments: Vec<CommentProfile<'_>> = comments
        .iter()
        .zip(&slots)
        .map(|(c, &slot)| CommentProfile {
            comment: c,
            words: words[slot],
        })
        .collect();
    // Changes are independent: ranked in parallel, each with its own
    // counts per text.
    changes.par_iter_mut().for_each_init(
        || Counts::new(words.len()),
        |counts, change| {
            let evidence = ChangeProfile::new(&analyzer, change);
            // Only comments with enough evidence can score: scoring just
            // those gives the same ranking as scoring all (the cost of a
            // re-run then grows with the evidence, not comments × changes).
            let ranked: Vec<(f64, &str)> = candidates
                .of(change, &evidence, &words, counts)
                .into_iter()
                .filter_map(|i| {
                    let c = &comments[i];
                    score(c, &evidence).map(|s| (s, c.comment.id.as_str()))
                })
                .collect();
            change.comments = strongest(ranked);
        },
    );
}

/// Per distinct text, how many of a change's terms it shares: of the
/// changed words with the text's words, and of the inserted words with
/// the text's requested ones. Reset after each change.
struct Counts {
    words: Vec<u32>,
    requested: Vec<u32>,
    touched: Vec<usize>,
}

impl Counts {
    fn new(texts: usize) -> Counts {
        Counts {
            words: vec![0; texts],
            requested: vec![0; texts],
            touched: Vec::new(),
        }
    }
}

/// The ids of the best-scoring comments, highest first (ties by id), at
/// most [`MAX_CAUSES`].
fn strongest(mut ranked: Vec<(f64, &str)>) -> Vec<String> {
    ranked.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
    ranked.dedup_by(|x, y| x.1 == y.1);
    ranked
        .into_iter()
        .take(MAX_CAUSES)
        .map(|(_, id)| id.to_string())
        .collect()
}

/// Which comments have any evidence for a change: [`score`] gives every
/// other comment `None`.
struct Candidates<'a> {
    /// Comments the working group tied to a change (`change_ref`).
    confirmed: Vec<usize>,
    /// Comments by the section numbers they link to or quote.
    by_section: HashMap<&'a str, Vec<usize>>,
    /// Distinct texts by the stemmed words they use.
    by_word: crate::ids::HashKeyed<Vec<usize>>,
    /// Distinct texts by the stemmed words they ask to add.
    by_requested: crate::ids::HashKeyed<Vec<usize>>,
    /// The comments of each distinct text.
    of_slot: Vec<Vec<usize>>,
}

impl<'a> Candidates<'a> {
    fn new(comments: &[&'a Comment], slots: &[usize], words: &[&TextTerms]) -> Candidates<'a> {
        let mut by_section: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut confirmed = Vec::new();
        let mut of_slot = vec![Vec::new(); words.len()];
        for (i, (c, &slot)) in comments.iter().zip(slots).enumerate() {
            of_slot[slot].push(i);
            if c.decision.change_ref.is_some() {
                confirmed.push(i);
            }
            let linked = c.sections.iter().map(|l| l.number.as_str());
            let quoted = c.quotes.iter().filter_map(|q| q.section.as_deref());
            for number in linked.chain(quoted) {
                let list = by_section.entry(number).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        let mut by_word = crate::ids::HashKeyed::<Vec<usize>>::default();
        let mut by_requested = crate::ids::HashKeyed::<Vec<usize>>::default();
        for (slot, w) in words.iter().enumerate() {
            for &h in &w.words.0 {
                by_word.entry(h).or_default().push(slot);
            }
            for &h in &w.requested.0 {
                by_requested.entry(h).or_default().push(slot);
            }
        }
        Candidates {
            confirmed,
            by_section,
            by_word,
            by_requested,
            of_slot,
        }
    }

    /// The comments (indexes, ascending) that may score for `change`: those
    /// confirmed, linked or quoting a changed section, and those whose text
    /// shares enough words with it for [`score`] (counted through the
    /// indexes, with the same shares [`Terms::contained_in`] gives).
    fn of(
        &self,
        change: &Change,
        evidence: &ChangeProfile<'_>,
        words: &[&TextTerms],
        counts: &mut Counts,
    ) -> Vec<usize> {
        let mut out = self.confirmed.clone();
        if evidence.substantive {
            let numbers = change
                .before
                .iter()
                .chain(&change.merged_from)
                .map(|s| s.number.as_str());
            for number in numbers {
                out.extend(self.by_section.get(number).into_iter().flatten());
            }
            let changed = if evidence.inserted.is_empty() {
                &evidence.deleted
            } else {
                &evidence.inserted
            };
            let Counts {
                words: shared,
                requested: asked,
                touched,
            } = counts;
            for &slot in listed(changed, &self.by_word) {
                if shared[slot] == 0 {
                    touched.push(slot);
                }
                shared[slot] += 1;
            }
            for &slot in listed(&evidence.inserted, &self.by_requested) {
                if shared[slot] == 0 && asked[slot] == 0 {
                    touched.push(slot);
                }
                asked[slot] += 1;
            }
            touched.sort_unstable();
            for slot in touched.drain(..) {
                let (common, requested_common) = (
                    std::mem::take(&mut shared[slot]),
                    std::mem::take(&mut asked[slot]),
                );
                // As in `score`: a comment without links or quotes scores
                // only from these shares.
                let words_share = if changed.len() >= 2 {
                    common as f64 / changed.len() as f64
                } else {
                    0.0
                };
                let requested = &words[slot].requested;
                let requested_share = if requested.len() >= 2 {
                    requested_common as f64 / requested.len() as f64
                } else {
                    0.0
                };
                if words_share >= 0.3 || requested_share >= 0.5 {
                    out.extend(&self.of_slot[slot]);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The texts `index` lists under each of `terms`.
fn listed<'x>(
    terms: &'x Terms,
    index: &'x crate::ids::HashKeyed<Vec<usize>>,
) -> impl Iterator<Item = &'x usize> + 'x {
    terms
        .0
        .iter()
        .flat_map(|h| index.get(h).into_iter().flatten())
}

/// The section numbers of a change: a handful, so a list compares faster
/// than a hashed set (this is asked for every candidate comment's links).
#[derive(Default)]
struct Numbers(Vec<String>);

impl Numbers {
    fn contains(&self, number: &str) -> bool {
        self.0.iter().any(|n| n == number)
    }
}

impl FromIterator<String> for Numbers {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        let mut n = Numbers::default();
        n.extend(iter);
        n
    }
}

impl Extend<String> for Numbers {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        for number in iter {
            if !self.contains(&number) {
                self.0.push(number);
            }
        }
    }
}

/// What a change offers as evidence.
struct ChangeProfile<'c> {
    change: &'c Change,
    /// Section numbers of the older version involved.
    before: Numbers,
    /// Stemmed words of the inserted text.
    inserted: Terms,
    /// Stemmed words of the deleted text.
    deleted: Terms,
    /// The text changed in substance (not only number, title, place or
    /// punctuation).
    substantive: bool,
}

impl<'c> ChangeProfile<'c> {
    fn new(analyzer: &Analyzer, c: &'c Change) -> ChangeProfile<'c> {
        let mut before: Numbers = c.before.iter().map(|s| s.number.clone()).collect();
        before.extend(c.merged_from.iter().map(|s| s.number.clone()));
        let inserted = Terms::new(analyzer.terms(&super::diff::inserted_text(&c.diff)));
        let deleted: String = c
            .diff
            .iter()
            .filter(|s| s.op == crate::model::DiffOp::Delete)
            .map(|s| format!(" {}", s.text))
            .collect();
        // A pure renumbering or move is no reason to credit comments.
        let substantive = !c.editorial && (c.text_changed || c.retitled);
        ChangeProfile {
            change: c,
            before,
            inserted,
            deleted: Terms::new(analyzer.terms(&deleted)),
            substantive,
        }
    }
}

/// What a comment offers as evidence.
struct CommentProfile<'a> {
    comment: &'a Comment,
    words: &'a TextTerms,
}

/// The stemmed words of a comment text as [`suggest_causes`] compares them
/// with changes (hashes). They depend on the text and its quotes only, so
/// they are kept with a comment text's links between runs
/// ([`crate::cache::CommentResult`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TextTerms {
    /// Stemmed words of the whole comment.
    words: Terms,
    /// Stemmed words of the text the comment asks to add.
    requested: Terms,
}

/// A set of stemmed words, as sorted hashes: comparing a comment with
/// every change is then a few binary searches, not string hashing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Terms(Vec<u64>);

impl Terms {
    fn new(words: impl IntoIterator<Item = String>) -> Terms {
        let mut hashes: Vec<u64> = words
            .into_iter()
            .map(|w| {
                // FNV-1a: the same for every build, so kept terms stay valid.
                w.bytes().fold(0xcbf2_9ce4_8422_2325, |h: u64, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
                })
            })
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        Terms(hashes)
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Share of `self` contained in `other` (0 when `self` is empty).
    fn contained_in(&self, other: &Terms) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        let (small, large) = if self.len() <= other.len() {
            (&self.0, &other.0)
        } else {
            (&other.0, &self.0)
        };
        let common = small
            .iter()
            .filter(|h| large.binary_search(h).is_ok())
            .count();
        common as f64 / self.len() as f64
    }
}

impl TextTerms {
    /// The terms of `comment` (its text and quotes).
    pub fn of(comment: &Comment) -> TextTerms {
        TextTerms::new(&Analyzer::default(), comment)
    }

    fn new(analyzer: &Analyzer, comment: &Comment) -> TextTerms {
        let requested = Terms::new(
            requested_text(comment)
                .iter()
                .flat_map(|t| analyzer.terms(t)),
        );
        TextTerms {
            words: Terms::new(analyzer.terms(&comment.text)),
            requested,
        }
    }
}

/// Texts a comment asks to be put in the document: quotations that are
/// not quotations from the draft, and what follows a request verb.
pub fn requested_text(comment: &Comment) -> Vec<String> {
    static QUOTED: OnceLock<Option<Regex>> = OnceLock::new();
    static REQUEST: OnceLock<Option<Regex>> = OnceLock::new();
    let quoted = QUOTED.get_or_init(|| Regex::new(r#"["“„«‘']([^"“”„«»‘’']{8,})["”»’']"#).ok());
    let request = REQUEST.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:toe\s*te\s*voegen|toevoegen|toevoeging|opnemen|op\s*te\s*nemen|aanvullen\s+met|aan\s*te\s*vullen\s+met|vervangen\s+door|te\s+vervangen\s+door|wijzigen\s+in|te\s+wijzigen\s+in|(?:wij|ik)\s+stellen?\s+voor)\b[:\s]*([^.;!?]{8,})",
        )
        .ok()
    });
    let draft_quotes: Vec<String> = comment
        .quotes
        .iter()
        .filter(|q| q.section.is_some())
        .map(|q| norm(&q.text))
        .collect();
    let mut out = Vec::new();
    if let Some(re) = quoted {
        for cap in re.captures_iter(&comment.text) {
            if let Some(m) = cap.get(1) {
                if !draft_quotes.contains(&norm(m.as_str())) {
                    out.push(m.as_str().to_string());
                }
            }
        }
    }
    if let Some(re) = request {
        for cap in re.captures_iter(&comment.text) {
            if let Some(m) = cap.get(1) {
                out.push(m.as_str().to_string());
            }
        }
    }
    out
}

fn norm(text: &str) -> String {
    crate::text::words(text).collect::<Vec<_>>().join(" ")
}

/// Evidence weights.
const W_LINK: f64 = 0.35;
const W_QUOTE: f64 = 0.15;
const W_REQUESTED: f64 = 0.45;
const W_WORDS: f64 = 0.45;
const W_ADOPTED: f64 = 0.2;
/// The working group confirmed the comment led to this change.
const CONFIRMED: f64 = 10.0;

/// Whether a link rests on shared words only (no reference, page, quote
/// or choice of the working group).
pub(crate) fn is_topical_only(l: &crate::model::Link) -> bool {
    use crate::model::LinkReason;
    !l.kinds.is_empty()
        && l.kinds
            .iter()
            .all(|k| matches!(k, LinkReason::Topic | LinkReason::WeakTopic))
}

/// Whether `comment`, decided to change the text, explains `ch`: the one
/// rule that `inspraak check`, the memo item's *Aanpassing in* and the
/// memo's table of changes share.
///
/// - With a change reference (`--change-ref`) the comment explains the
///   change at that section and no other (see [`super::reference_explains`]).
/// - Otherwise an editorial change, a mere renumbering or a section only
///   moved word for word ([`super::only_moved`]) is explained by nothing;
///   a real change of a section of the draft is explained when the
///   comment is linked to that section by a reference, a page, a quote or
///   the working group's choice, or it is the comment's first section. A
///   link by shared words alone to a later section explains nothing, and
///   neither do shared words without any link: [`suggest_causes`] may offer
///   such a comment as a possible cause ([`Change::comments`]), but only the
///   working group's change reference ties it to that change.
/// - A new section (no section of the draft to link to) is explained when
///   it names the comment as a likely cause (`named_cause`:
///   [`Change::comments`] holds it, or a member of its campaign).
///
/// The decision's status is not looked at: callers ask only for comments
/// whose status changes the text.
pub fn explains(comment: &Comment, ch: &Change, named_cause: bool) -> bool {
    explains_as(
        comment,
        comment.decision.change_ref.as_deref(),
        ch,
        named_cause,
    )
}

/// [`explains`] with the change reference of the decision that applies to
/// `comment` (a campaign member's may be its group's).
pub fn explains_as(
    comment: &Comment,
    change_ref: Option<&str>,
    ch: &Change,
    named_cause: bool,
) -> bool {
    if let Some(r) = change_ref {
        return super::reference_explains(r, ch);
    }
    if ch.editorial || super::only_renumbered(ch) || super::only_moved(ch) {
        return false;
    }
    let new_section = ch.before.is_none() && ch.merged_from.is_empty();
    (named_cause && new_section) || strongly_linked(comment, ch)
}

/// Whether `comment` is linked to a section `ch` changed (its section
/// before, or one merged into it) by more than shared words, or that
/// section is its first.
pub fn strongly_linked(comment: &Comment, ch: &Change) -> bool {
    let before = ch
        .before
        .iter()
        .chain(&ch.merged_from)
        .map(|s| s.number.as_str());
    strong_links(comment).any(|n| before.clone().any(|b| b == n))
}

/// The sections a comment is linked to strongly enough to explain a
/// change there (see [`explains`]): its first section, and any other
/// linked by more than shared words.
pub fn strong_links(comment: &Comment) -> impl Iterator<Item = &str> + Clone {
    comment
        .sections
        .iter()
        .enumerate()
        .filter(|(i, l)| *i == 0 || !is_topical_only(l))
        .map(|(_, l)| l.number.as_str())
}

fn score(c: &CommentProfile<'_>, ch: &ChangeProfile<'_>) -> Option<f64> {
    let d = &c.comment.decision;
    // The working group said where the change for this comment was made:
    // it explains that change (unless that section was only renumbered)
    // and no other, however the comment is linked.
    if let Some(r) = &d.change_ref {
        return super::reference_explains(r, ch.change).then_some(CONFIRMED);
    }
    if !ch.substantive {
        return None;
    }
    // A link by topic alone is evidence only for the comment's first
    // section: a point of one subject shares words with several sections,
    // and its adoption does not explain a change in each of them (a
    // resident's point on school staff is not the cause of a new passage
    // on banks in a section on elder abuse it shares `signalen` with).
    let link = c
        .comment
        .sections
        .iter()
        .enumerate()
        .filter(|(i, l)| *i == 0 || !is_topical_only(l))
        .filter(|(_, l)| ch.before.contains(&l.number))
        .map(|(_, l)| f64::from(l.score.clamp(0.0, 1.0)))
        .fold(0.0, f64::max);
    let quoted = c
        .comment
        .quotes
        .iter()
        .any(|q| q.section.as_ref().is_some_and(|s| ch.before.contains(s)));
    let requested = if c.words.requested.len() >= 2 {
        c.words.requested.contained_in(&ch.inserted)
    } else {
        0.0
    };
    // Share of the inserted (or, for a deletion, deleted) words that the
    // comment used: a comment asking for text tends to share its words.
    let changed = if ch.inserted.is_empty() {
        &ch.deleted
    } else {
        &ch.inserted
    };
    let words = if changed.len() >= 2 {
        changed.contained_in(&c.words.words)
    } else {
        0.0
    };
    let evidence = W_LINK * link
        + W_QUOTE * f64::from(u8::from(quoted))
        + W_REQUESTED * requested
        + W_WORDS * words;
    if link == 0.0 && !quoted && requested < 0.5 && words < 0.3 {
        return None;
    }
    let decided = match d.status {
        Status::Adopted | Status::PartlyAdopted => W_ADOPTED,
        Status::NotAdopted | Status::AlreadyCovered | Status::Noted => -W_ADOPTED,
        Status::Open => 0.0,
    };
    let total = evidence + decided;
    (total >= MIN_SCORE).then_some(total)
}

#[cfg(test)]
mod tests;
