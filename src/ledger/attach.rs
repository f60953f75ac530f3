//! Finding each decision's comment, also when the comment's id changed.
//!
//! Comment ids are content hashes, so a response whose text changed a
//! little (a better extractor, a corrected file) gives its comments new
//! ids. A decision whose id is not found is re-attached to the current
//! comment whose text is nearly the same as the text the decision was made
//! on: of the same response (file or respondent; another response's only
//! for a campaign decision), a high threshold, and never two decisions on
//! one comment. A decision that matches nothing is
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
    /// Campaign group id → the ledger key of the decision the group
    /// carries: the decision on the group's first comment, else the first
    /// decision on any of its members (in response order). A group is
    /// decided once, but its first comment changes when a letter that
    /// sorts first arrives or a file is renamed: the decision stays on the
    /// comment it was filed under and still applies to the whole group.
    pub group: HashMap<String, String>,
    /// Campaign groups whose members hold decisions that differ.
    pub conflicts: Vec<GroupConflict>,
}

/// A campaign group whose members hold different decisions: the memo and
/// letters cannot give every sender the same answer until the working
/// group decides the group again (`inspraak decide` on any member).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupConflict {
    /// The group's id (its first comment's id).
    pub group: String,
    /// Ledger keys of the differing decisions, the one the group's other
    /// members show first.
    pub keys: Vec<String>,
}

impl GroupConflict {
    /// One line for `run`, `check` and `status`.
    pub fn message(&self, ledger: &Ledger) -> String {
        let parts: Vec<String> = self
            .keys
            .iter()
            .filter_map(|k| ledger.decisions.get(k).map(|d| (k, d)))
            .map(|(k, d)| {
                let who = if d.respondent.is_empty() {
                    String::new()
                } else {
                    format!(", {}", d.respondent)
                };
                format!("{k} ({}{who})", d.status.label_nl())
            })
            .collect();
        format!(
            "campaign group {} holds {} different decisions: {}; its members do not all get the \
             same answer until it is decided again (`inspraak decide {} --status ... --answer \
             ...` updates every decision of the group)",
            self.group,
            parts.len(),
            parts.join("; "),
            self.group
        )
    }
}

/// A decision re-attached to a comment that was reworded since the
/// decision was made: its answer was given to another text, so the working
/// group confirms it (`inspraak decide ID --confirm`) or decides again.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Unconfirmed {
    /// The comment it applies to now.
    pub comment_id: String,
    /// The ledger key it is filed under.
    pub key: String,
    /// The comment's memo number (`12.3`).
    pub number: String,
    pub respondent: String,
    pub status: crate::model::Status,
    /// The text the decision was made on.
    pub decided_on: String,
    /// The comment's text now.
    pub text: String,
}

impl Unconfirmed {
    /// One line for `run`, `check` and `status`.
    pub fn message(&self) -> String {
        let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        format!(
            "the decision ({status}) on point {number} ({id}, {who}) was re-attached to its \
             reworded text and is not confirmed: it was made on \"{old}\"; the point now reads \
             \"{new}\". If it still fits, confirm it with `inspraak decide {id} --confirm`; \
             otherwise decide again (`inspraak decide {id} --status ... --answer ...`)",
            status = self.status.label_nl(),
            number = self.number,
            id = self.comment_id,
            who = self.respondent,
            old = flat(&self.decided_on),
            new = flat(&self.text),
        )
    }
}

/// Whether two decisions say the same (status, answer, theme, change,
/// sections, summary); who made them and when does not count.
pub fn same_decision(a: &Decision, b: &Decision) -> bool {
    differences(a, b).is_empty()
}

/// The fields (`--` options of `decide`) in which two decisions differ.
pub fn differences(a: &Decision, b: &Decision) -> Vec<&'static str> {
    let mut out = Vec::new();
    if a.status != b.status {
        out.push("status");
    }
    if a.answer.trim() != b.answer.trim() {
        out.push("answer");
    }
    if a.theme != b.theme {
        out.push("theme");
    }
    if a.change_ref != b.change_ref {
        out.push("change-ref");
    }
    if a.sections != b.sections {
        out.push("sections");
    }
    if a.summary != b.summary {
        out.push("summary");
    }
    out
}

/// The text form that similarity is computed on: lower-case letters and
/// digits only, so line breaks, hyphenation and punctuation from layout do
/// not count.
/// Lower-cased letters and digits of `text` after its point marker: a
/// point renumbered (`2.` → `3.`, a point inserted before it) is the same
/// text.
fn compact(text: &str) -> Vec<char> {
    crate::split::without_point_marker(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two texts are the same but for layout (case, punctuation,
/// spacing, hyphenation) and the point's list marker (`2.` → `3.`): a
/// re-attachment between them needs no confirmation.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    compact(a) == compact(b)
}

/// Whether a decision re-attached to `to`, a comment of response `r`,
/// needs the working group's confirmation: it is decided and the words it
/// was made on changed (not only their layout). A campaign decision
/// passing to another member of its group does not: it applied to that
/// point already, also when the group shrank to that one letter (the
/// other members' letters taken out) and the ledger records it among the
/// decision's `members`.
pub(crate) fn needs_confirmation(d: &Decision, r: &Response, to: &Comment) -> bool {
    let campaign = d.group_size.is_some() || !d.members.is_empty();
    let to_member = to.group.is_some()
        || (d.members.contains(&r.file) && !same_source(d, &r.file, &r.respondent));
    d.is_decided() && !(campaign && to_member) && !same_text(&d.comment, &to.text)
}

/// Trigrams of the compact text, each packed into a `u64` (three 21-bit
/// chars), sorted, repeats kept (a multiset).
fn trigram_bag(chars: &[char]) -> Vec<u64> {
    let mut grams: Vec<u64> = chars
        .windows(3)
        .map(|w| (u64::from(w[0]) << 42) | (u64::from(w[1]) << 21) | u64::from(w[2]))
        .collect();
    grams.sort_unstable();
    grams
}

/// Number of values two sorted lists share (with repeats: the size of the
/// multiset intersection).
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
    /// Distinct trigrams, for [`Prepared::overlap`].
    grams: Vec<u64>,
    /// All trigrams with repeats, for the filter of
    /// [`Prepared::similarity_if_close`].
    bag: Vec<u64>,
}

impl Prepared {
    pub(crate) fn new(text: &str) -> Prepared {
        let chars = compact(text);
        let bag = trigram_bag(&chars);
        let mut grams = bag.clone();
        grams.dedup();
        Prepared { chars, grams, bag }
    }

    /// Share of character trigrams the two texts have in common (Dice's
    /// coefficient, 0..=1): a rough topic overlap, used to pick candidates
    /// to suggest, never printed as "the same".
    pub(crate) fn overlap(&self, other: &Prepared) -> f32 {
        let total = self.grams.len() + other.grams.len();
        if total == 0 {
            return 0.0;
        }
        2.0 * shared(&self.grams, &other.grams) as f32 / total as f32
    }

    /// The similarity of the two texts in 0..=1: the share of their
    /// characters (letters and digits) in common, in order (a diff ratio,
    /// `2 × matched / (len a + len b)`). The one measure that re-attachment
    /// decides on ([`THRESHOLD`]) and that messages print as "% of the text
    /// the same".
    pub(crate) fn similarity(&self, other: &Prepared) -> f32 {
        let (a, b) = (self.chars.len(), other.chars.len());
        if a == 0 || b == 0 {
            return 0.0;
        }
        if self.chars == other.chars {
            return 1.0;
        }
        let ops =
            similar::capture_diff_slices(similar::Algorithm::Myers, &self.chars, &other.chars);
        similar::diff_ratio(&ops, a, b)
    }

    /// [`Prepared::similarity`] when it can reach `THRESHOLD`, else 0.0,
    /// after two cheap filters that never reject a pair at or above it:
    ///
    /// - length: the ratio is at most `2 × min / (a + b)`;
    /// - trigrams: `m` matched characters in `r` runs share at least
    ///   `m − 2r` trigrams (with repeats), and each run after the first
    ///   needs an unmatched character before it (`r ≤ u + 1`, `u = a + b −
    ///   2m` unmatched), so a ratio `t` shares at least
    ///   `t·s/2 − 2·s·(1 − t) − 2` trigrams, `s = a + b`.
    pub(crate) fn similarity_if_close(&self, other: &Prepared) -> f32 {
        let (a, b) = (self.chars.len(), other.chars.len());
        if a == 0 || b == 0 {
            return 0.0;
        }
        let s = (a + b) as f32;
        // A little slack for rounding: the filters only skip clear misses.
        let t = THRESHOLD - 1e-4;
        if 2.0 * a.min(b) as f32 / s < t {
            return 0.0;
        }
        let least_shared = t * s / 2.0 - 2.0 * s * (1.0 - t) - 2.0;
        if (shared(&self.bag, &other.bag) as f32) < least_shared {
            return 0.0;
        }
        self.similarity(other)
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
/// order) and taking pairs greedily one-to-one, where a pair of another
/// response counts only when [`may_pass_to_other_response`], but computed in four
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
        out.resolve_groups(ledger, c);
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
            for (mi, m) in missing
                .iter()
                .enumerate()
                .filter(|(_, m)| !taken_keys.contains(m.key.as_str()))
            {
                let fits = |i: &usize| {
                    let cand = &candidates[*i];
                    !taken.contains(i)
                        && if same_source_only {
                            same_response(ledger, m.decision, cand.response)
                        } else {
                            may_pass_to_other_response(m.decision, cand.response, cand.comment)
                        }
                };
                if fuzzy {
                    for i in (0..candidates.len()).filter(fits) {
                        let score = m.text.similarity_if_close(&candidates[i].text);
                        if (THRESHOLD..1.0).contains(&score) {
                            pairs.push((score, m.key, i, mi));
                        }
                    }
                } else if !m.text.chars.is_empty() {
                    for i in exact
                        .get(m.text.chars.as_slice())
                        .into_iter()
                        .flatten()
                        .filter(|i| fits(i))
                    {
                        pairs.push((1.0, m.key, *i, mi));
                    }
                }
            }
            pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)).then(x.2.cmp(&y.2)));
            for (score, key, i, mi) in pairs {
                let m = &missing[mi];
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
                    decided_respondent: m.decision.respondent.clone(),
                    decided_file: m.decision.file.clone(),
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
    out.resolve_groups(ledger, c);
    out
}

/// Whether the decision was made on a comment of response `r`: its file
/// or respondent, or the file the ledger numbers as `r` is numbered now (a
/// renamed file whose sender was read differently too); never when the
/// decision's file holds another sender's letter now
/// ([`holds_another_letter`]).
fn same_response(ledger: &Ledger, d: &Decision, r: &Response) -> bool {
    !holds_another_letter(d, r)
        && (same_source(d, &r.file, &r.respondent)
            || (r.number != 0
                && !d.file.is_empty()
                && ledger.respondents.get(&d.file) == Some(&r.number)))
}

/// Whether response `r` is the file decision `d` was made on but holds
/// another sender's letter now (a scanner or web form that reuses its file
/// names: `scan001.pdf`): both the sender the decision recorded and the
/// letter's are known (read from the letter or set in
/// `consultation.toml`, not made from the file name) and they are not the
/// same sender, as [`Ledger::number_responses`] compares them. A letter
/// corrected in place (same sender), or one whose sender cannot be
/// compared, is the same letter.
pub(crate) fn holds_another_letter(d: &Decision, r: &Response) -> bool {
    if d.file.is_empty() || d.file != r.file {
        return false;
    }
    let decided = d.respondent.trim();
    if decided.is_empty() || decided == crate::pipeline::respondent_from_file_name(&d.file) {
        return false;
    }
    super::sender_of(r).is_some_and(|sender| !super::same_sender(decided, sender))
}

/// Whether the decision was made on a comment of response `r`, by file or
/// respondent ([`same_source`]), and the file still holds that letter
/// ([`holds_another_letter`]).
pub(crate) fn same_letter(d: &Decision, r: &Response) -> bool {
    same_source(d, &r.file, &r.respondent) && !holds_another_letter(d, r)
}

/// Whether a decision may be re-attached by itself to `to`, a comment of
/// another response than the one it was made on: only a campaign decision
/// passing to a member of a campaign group or a letter it recorded as a
/// member (it applied to that point already), or a decision that records neither file nor respondent (a
/// ledger written before they were recorded). Any other decision was an
/// answer to one sender: it never passes to another sender's point by
/// text alone, however alike (campaign-like points that differ only in
/// the sender's own details, a point of a withdrawn response); it stays
/// orphaned until its response is back, or the working group moves it
/// (`decide --move ... --to-other-respondent`).
fn may_pass_to_other_response(d: &Decision, to: &Response, comment: &Comment) -> bool {
    let campaign = d.group_size.is_some() || !d.members.is_empty();
    // A member recorded stays one when the group shrank to it alone (the
    // other letters taken out).
    (campaign && (comment.group.is_some() || d.members.contains(&to.file)))
        || (d.file.is_empty() && d.respondent.is_empty())
}

/// Whether the decision was made on a comment of this file or respondent.
pub(crate) fn same_source(d: &Decision, file: &str, respondent: &str) -> bool {
    (!d.file.is_empty() && d.file == file)
        || (!d.respondent.is_empty() && d.respondent == respondent)
}

impl Attachment {
    /// Fills [`Attachment::group`] and [`Attachment::conflicts`] from the
    /// comments' own decisions.
    fn resolve_groups(&mut self, ledger: &Ledger, c: &Consultation) {
        // Group id → keys of its members' decisions, in response order.
        let mut held: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut order: Vec<&str> = Vec::new();
        for (_, com) in all_comments(c) {
            let (Some(g), Some(key)) = (com.group.as_deref(), self.own.get(&com.id)) else {
                continue;
            };
            let keys = held.entry(g).or_insert_with(|| {
                order.push(g);
                Vec::new()
            });
            if !keys.contains(&key.as_str()) {
                keys.push(key.as_str());
            }
        }
        let mut group = HashMap::new();
        let mut conflicts = Vec::new();
        for g in order {
            let mut keys = held.remove(g).unwrap_or_default();
            // The decision on the group's first comment comes first.
            if let Some(first) = self.own.get(g) {
                keys.retain(|k| *k != first.as_str());
                keys.insert(0, first.as_str());
            }
            let Some(&chosen) = keys.first() else {
                continue;
            };
            group.insert(g.to_string(), chosen.to_string());
            let decisions: Vec<&Decision> = keys
                .iter()
                .filter_map(|k| ledger.decisions.get(*k))
                .collect();
            if decisions.iter().any(|d| !same_decision(d, decisions[0])) {
                conflicts.push(GroupConflict {
                    group: g.to_string(),
                    keys: keys.iter().map(|k| k.to_string()).collect(),
                });
            }
        }
        self.group = group;
        self.conflicts = conflicts;
    }

    /// The ledger key whose decision a comment shows: its own, else its
    /// campaign group's (see [`Attachment::group`]).
    pub fn key_for(&self, comment_id: &str, group: Option<&str>) -> Option<&str> {
        self.own
            .get(comment_id)
            .or_else(|| group.and_then(|g| self.group.get(g)))
            .map(String::as_str)
    }

    /// Writes decisions, re-attachments and orphans into the consultation.
    pub fn apply(&self, ledger: &Ledger, c: &mut Consultation) {
        // Change references followed to the newest version's numbering.
        let refs: HashMap<&str, Option<String>> = ledger
            .decisions
            .iter()
            .filter_map(|(k, d)| {
                let n = d.change_ref.as_deref()?;
                let title = d.change_ref_title.as_deref();
                let recorded = d.change_ref_version.as_deref();
                // A removed section whose number the newest version gave
                // another is named by its number and title.
                let followed = super::refs::removed_reused_recorded(c, n, title, recorded)
                    .or_else(|| super::refs::resolved_recorded(c, n, title, recorded));
                Some((k.as_str(), followed))
            })
            .collect();
        // The working group's sections followed into the consultation
        // draft as it is now (see `refs::chosen_now`).
        let chosen: HashMap<&str, (Vec<String>, Vec<String>)> = ledger
            .decisions
            .iter()
            .filter(|(_, d)| d.sections.is_some())
            .map(|(k, d)| (k.as_str(), super::refs::chosen_now(c, d)))
            .collect();
        let marks = ledger.editorial_marks(c);
        if !marks.is_empty() {
            for ch in &mut c.changes {
                // A mark names the newest version's section, or an older
                // one's for a removed section whose number no section of
                // the newest version took.
                if marks.iter().any(|n| crate::compare::names_section(n, ch)) {
                    ch.editorial = true;
                }
            }
        }
        for (_, message) in ledger.reference_warnings(c) {
            if !c.ledger_warnings.contains(&message) {
                c.ledger_warnings.push(message);
            }
        }
        for r in &mut c.responses {
            for comment in &mut r.comments {
                let key = self.key_for(&comment.id, comment.group.as_deref());
                let decision = key.and_then(|k| ledger.decisions.get(k));
                comment.decision = decision.map(view).unwrap_or_default();
                if let Some(followed) = key.and_then(|k| refs.get(k)) {
                    comment.decision.change_ref = followed.clone();
                }
                // A chosen section whose number names another section now
                // is no link (reported by `check::unknown_sections`).
                if let Some((view, links)) = key.and_then(|k| chosen.get(k)) {
                    comment.decision.sections = Some(view.clone());
                    comment.sections = chosen_links(links);
                }
            }
        }
        for u in self.unconfirmed(ledger, c) {
            let message = u.message();
            if !c.ledger_warnings.contains(&message) {
                c.ledger_warnings.push(message);
            }
        }
        for (_, message) in self.left_campaigns(ledger, c) {
            if !c.ledger_warnings.contains(&message) {
                c.ledger_warnings.push(message);
            }
        }
        c.reattached_decisions = self.reattached.clone();
        // For `run` (a warning) and `check` (a finding of its own).
        for conflict in &self.conflicts {
            let message = conflict.message(ledger);
            if !c.ledger_warnings.contains(&message) {
                c.ledger_warnings.push(message);
            }
        }
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
                file: d.file.clone(),
                withdrawn: !records_nothing(d) && !c.responses.iter().any(|r| same_letter(d, r)),
                file_reused: c.responses.iter().any(|r| holds_another_letter(d, r)),
                successor: self.successor(c, d),
                near_id: records_nothing(d).then(|| self.near_id(c, k)).flatten(),
            })
            .collect();
    }

    /// Decisions re-attached to a comment whose words changed since the
    /// decision was made (not only its layout), not yet confirmed by the
    /// working group: recorded in [`Decision::decided_on`] once the ledger
    /// files them under the new id, and found here before that too. In
    /// comment order.
    pub fn unconfirmed(&self, ledger: &Ledger, c: &Consultation) -> Vec<Unconfirmed> {
        let mut out = Vec::new();
        for (r, com) in all_comments(c) {
            let Some(key) = self.own.get(&com.id) else {
                continue;
            };
            let Some(d) = ledger.decisions.get(key).filter(|d| d.is_decided()) else {
                continue;
            };
            let before = match &d.decided_on {
                Some(old) => old,
                None if *key != com.id && needs_confirmation(d, r, com) => &d.comment,
                None => continue,
            };
            if before.trim().is_empty() || same_text(before, &com.text) {
                continue;
            }
            let number = r
                .comments
                .iter()
                .position(|x| x.id == com.id)
                .map(|i| format!("{}.{}", r.number, i + 1))
                .unwrap_or_default();
            out.push(Unconfirmed {
                comment_id: com.id.clone(),
                key: key.clone(),
                number,
                respondent: r.respondent.clone(),
                status: d.status,
                decided_on: before.clone(),
                text: com.text.clone(),
            });
        }
        out
    }

    /// Campaign letters whose point a campaign decision covered (its
    /// recorded members) and no longer does, because the point changed
    /// and left the campaign: the point most like the campaign's in each,
    /// when it has no decision of its own (its id), with what to do. Without this
    /// the point would silently turn from decided to open.
    pub fn left_campaigns(&self, ledger: &Ledger, c: &Consultation) -> Vec<(String, String)> {
        let mut covered: HashMap<&str, HashSet<&str>> = HashMap::new();
        for (r, com) in all_comments(c) {
            if let Some(key) = self.key_for(&com.id, com.group.as_deref()) {
                covered.entry(key).or_default().insert(r.file.as_str());
            }
        }
        let mut out = Vec::new();
        for (key, d) in &ledger.decisions {
            if d.members.is_empty() || !d.is_decided() {
                continue;
            }
            let Some(now) = covered.get(key.as_str()) else {
                // Orphaned: reported as such.
                continue;
            };
            let campaign = Prepared::new(&d.comment);
            for file in d.members.iter().filter(|f| !now.contains(f.as_str())) {
                let Some(r) = c.responses.iter().find(|r| &r.file == file) else {
                    continue;
                };
                let scored: Vec<(f32, usize, &Comment)> = r
                    .comments
                    .iter()
                    .enumerate()
                    .map(|(i, com)| (campaign.overlap(&Prepared::new(&com.text)), i, com))
                    .collect();
                let best = |min: f32, grouped: bool| {
                    scored
                        .iter()
                        .filter(|(score, ..)| *score >= min)
                        .filter(|(_, _, com)| grouped || com.group.is_none())
                        .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)))
                        .copied()
                };
                // A point rewritten so completely that it shares little
                // with the campaign's text: the point of the letter in no
                // campaign group most like it (it left the campaign).
                let closest = best(SUCCESSOR_SIMILARITY, true).or_else(|| best(0.0, false));
                let Some((_, i, com)) = closest else {
                    continue;
                };
                if self
                    .key_for(&com.id, com.group.as_deref())
                    .and_then(|k| ledger.decisions.get(k))
                    .is_some_and(Decision::is_decided)
                {
                    continue;
                }
                out.push((
                    com.id.clone(),
                    format!(
                        "`{file}` shared the campaign decision on {key} ({status}), but its point \
                     changed and no longer belongs to that campaign: point {n}.{p} ({id}) is open \
                     now. If it still makes the campaign's point, give it the same decision \
                     (`inspraak decide {id} --status {code}`, with the answer); otherwise decide \
                     it on its own",
                        status = d.status.label_nl(),
                        n = r.number,
                        p = i + 1,
                        id = com.id,
                        code = d.status.key(),
                    ),
                ));
            }
        }
        out
    }

    /// The current comment of the response an orphaned decision was made
    /// on (same file or sender) whose text is most like the decision's
    /// ([`Prepared::similarity`], the measure re-attachment uses), among
    /// those without a decision of their own that share at least
    /// [`SUCCESSOR_SIMILARITY`] of their character trigrams: the likely
    /// successor of a reworded point.
    pub fn successor(&self, c: &Consultation, d: &Decision) -> Option<crate::model::Successor> {
        let old = Prepared::new(&d.comment);
        c.responses
            .iter()
            .filter(|r| same_letter(d, r))
            .flat_map(|r| {
                r.comments
                    .iter()
                    .enumerate()
                    .map(move |(i, com)| (r, i, com))
            })
            .filter(|(_, _, com)| !self.own.contains_key(&com.id))
            .map(|(r, i, com)| (r, i, com, Prepared::new(&com.text)))
            .filter(|(.., text)| old.overlap(text) >= SUCCESSOR_SIMILARITY)
            .map(|(r, i, com, text)| (old.similarity(&text), r, i, com))
            .max_by(|x, y| x.0.total_cmp(&y.0).then(y.2.cmp(&x.2)))
            .map(|(similarity, r, i, com)| crate::model::Successor {
                id: com.id.clone(),
                number: format!("{}.{}", r.number, i + 1),
                similarity,
            })
    }
}

/// Whether decision `d` records neither respondent, file nor comment text
/// (typed into the ledger by hand).
fn records_nothing(d: &Decision) -> bool {
    d.respondent.trim().is_empty() && d.file.is_empty() && d.comment.trim().is_empty()
}

impl Attachment {
    /// The one comment without a decision of its own whose id is at most
    /// two typing errors (a wrong or swapped pair of characters) from
    /// `key`, the id of a decision that matches no comment.
    fn near_id(&self, c: &Consultation, key: &str) -> Option<crate::model::Successor> {
        let near: Vec<_> = c
            .responses
            .iter()
            .flat_map(|r| {
                r.comments
                    .iter()
                    .enumerate()
                    .filter(|(_, com)| !self.own.contains_key(&com.id))
                    .map(move |(i, com)| (r, i, com))
            })
            .map(|(r, i, com)| (crate::compare::align::levenshtein(key, &com.id), r, i, com))
            .filter(|(d, ..)| *d <= 2)
            .collect();
        let least = near.iter().map(|(d, ..)| *d).min()?;
        let mut nearest = near.into_iter().filter(|(d, ..)| *d == least);
        let (_, r, i, com) = nearest.next()?;
        // Two as near: no guess.
        if nearest.next().is_some() {
            return None;
        }
        Some(crate::model::Successor {
            id: com.id.clone(),
            number: format!("{}.{}", r.number, i + 1),
            similarity: 0.0,
        })
    }
}

/// Least share of character trigrams an orphaned decision's text and a
/// current comment share for the comment to be suggested as its successor.
pub const SUCCESSOR_SIMILARITY: f32 = 0.3;

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
        section_titles: d.section_titles.clone(),
        summary: d.summary.clone(),
        author: d.author.clone(),
        date: d.date.map(|d| d.format("%Y-%m-%d").to_string()),
        scrub_also: scrub_also_of(d),
    }
}

/// The texts whose names stay out of decision `d`'s answer besides its
/// point's: those it keeps ([`Decision::scrub_also`]) and the text it was
/// made on, when its point has been reworded since (until confirmed).
pub(super) fn scrub_also_of(d: &Decision) -> Vec<String> {
    d.scrub_also
        .iter()
        .chain(d.decided_on.as_ref())
        .filter(|t| !t.trim().is_empty())
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests;
