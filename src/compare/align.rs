//! Alignment of the sections of two versions.
//!
//! Sections are paired by what they say, not by their number, so a
//! renumbered, renamed or moved section is still recognised. Following
//! `research/anchors-diff.md` §4:
//!
//! 1. every section is profiled: stemmed content words (via
//!    [`crate::text::Analyzer`]), hashes of its paragraphs and of word
//!    3-shingles, its title without number;
//! 2. every pair is scored `0.65·content + 0.25·title + 0.10·[same number]`,
//!    content being the Dice coefficient of the stemmed words, raised to
//!    the share of identical paragraphs when that is higher (shared words
//!    and shingles of all pairs are counted at once through an index);
//! 3. pairs are assigned greedily, best score first (score ≥ 0.5, or ≥ 0.3
//!    with near-equal titles, or text that is mostly contained in the
//!    other section);
//! 4. the longest increasing subsequence of the paired positions (weighted
//!    by size) stays in place; the other pairs have **moved**;
//! 5. a section left over on one side whose shingles are at least 60 %
//!    contained in a section on the other side was **split** off from it
//!    or **merged** into it.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::model::{Section, Version};
use crate::text::Analyzer;

/// Weight of content similarity in a pair's score.
const W_CONTENT: f64 = 0.65;
/// Weight of title similarity.
const W_TITLE: f64 = 0.25;
/// Weight of an equal section number.
const W_NUMBER: f64 = 0.10;
/// A pair scoring at least this is aligned.
const ACCEPT: f64 = 0.5;
/// A pair scoring at least this is aligned when the titles are near-equal.
const ACCEPT_WITH_TITLE: f64 = 0.3;
/// Titles at least this similar are "near-equal".
const TITLE_NEAR_EQUAL: f64 = 0.8;
/// Content similarity that aligns a pair on its own.
const CONTENT_ALONE: f64 = 0.55;
/// Share of a section's shingles found in another section that makes it a
/// split from / merge into that section.
const CONTAINED: f64 = 0.6;
/// Sections with fewer shingles are too short to call split or merged
/// on a share of their text: only when all of it is found.
const MIN_SHINGLES: usize = 5;
/// Sections with fewer shingles (under four words) are too short to call
/// split or merged at all: so little text may recur by chance.
const MIN_SHORT_SHINGLES: usize = 2;

/// One aligned pair: a section of the older version and its counterpart.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pair {
    /// Index into the older version's sections.
    pub before: usize,
    /// Index into the newer version's sections.
    pub after: usize,
    /// Alignment score, 0..=1.
    pub score: f64,
    /// The section changed place relative to the other aligned sections.
    pub moved: bool,
}

/// How the sections of two versions correspond.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Alignment {
    /// Aligned sections, in the newer version's order.
    pub pairs: Vec<Pair>,
    /// `(before, after)`: newer section `after` holds text split off from
    /// older section `before` (which is aligned with another section).
    pub splits: Vec<(usize, usize)>,
    /// `(before, after)`: older section `before` was merged into newer
    /// section `after` (which is aligned with another section).
    pub merges: Vec<(usize, usize)>,
    /// Older sections with no counterpart (not merged either).
    pub removed: Vec<usize>,
    /// Newer sections with no counterpart (not split off either).
    pub added: Vec<usize>,
}

impl Alignment {
    /// The pair of older section `before`, if aligned.
    pub fn pair_of_before(&self, before: usize) -> Option<&Pair> {
        self.pairs.iter().find(|p| p.before == before)
    }

    /// Where the text of older section `before` went: its aligned section,
    /// else the section it was merged into.
    pub fn after_of(&self, before: usize) -> Option<(usize, f64)> {
        if let Some(p) = self.pair_of_before(before) {
            return Some((p.after, p.score));
        }
        self.merges
            .iter()
            .find(|(b, _)| *b == before)
            .map(|&(_, a)| (a, CONTAINED))
    }

    /// Newer sections that took text from older section `before`: the
    /// aligned one first, then parts split off, then a merge target.
    pub fn afters_of(&self, before: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self.after_of(before).map(|(a, _)| a).into_iter().collect();
        out.extend(
            self.splits
                .iter()
                .filter(|(b, _)| *b == before)
                .map(|&(_, a)| a),
        );
        out
    }
}

/// What alignment needs to know about one section. Word sets are sorted,
/// deduplicated ids (interned stems, hashes), so that comparing two
/// sections is a linear merge.
struct Profile {
    terms: Vec<u32>,
    title: String,
    title_terms: HashSet<String>,
    /// (paragraph hash, number of words in the paragraph), by hash.
    paragraphs: Vec<(u64, usize)>,
    words: usize,
    shingles: Vec<u64>,
}

/// Numbers for distinct words and their stems, so each distinct word is
/// stemmed once and sets are sets of small integers.
#[derive(Default)]
struct Interner {
    /// lower-cased word → (word id, stem id unless a stop word)
    words: HashMap<String, (u32, Option<u32>)>,
    stems: HashMap<String, u32>,
}

impl Interner {
    fn word(&mut self, analyzer: &Analyzer, word: String) -> (u32, Option<u32>) {
        if let Some(&ids) = self.words.get(&word) {
            return ids;
        }
        let stem = analyzer.terms(&word).pop().map(|stem| {
            let next = self.stems.len() as u32;
            *self.stems.entry(stem).or_insert(next)
        });
        let ids = (self.words.len() as u32, stem);
        self.words.insert(word, ids);
        ids
    }
}

impl Profile {
    fn new(analyzer: &Analyzer, interner: &mut Interner, s: &Section) -> Profile {
        let mut ids: Vec<u32> = Vec::new();
        let mut terms: Vec<u32> = Vec::new();
        let mut paragraphs: Vec<(u64, usize)> = Vec::new();
        for para in s.text.split("\n\n") {
            let start = ids.len();
            for w in crate::text::words(para) {
                let (id, stem) = interner.word(analyzer, w);
                ids.push(id);
                terms.extend(stem);
            }
            let para_ids = &ids[start..];
            if para_ids.len() >= 3 {
                paragraphs.push((hash(para_ids), para_ids.len()));
            }
        }
        paragraphs.sort_unstable();
        paragraphs.dedup_by_key(|p| p.0);
        let mut shingles: Vec<u64> = ids
            .windows(3)
            .map(|w| (u64::from(w[0]) << 42) ^ (u64::from(w[1]) << 21) ^ u64::from(w[2]))
            .collect();
        shingles.sort_unstable();
        shingles.dedup();
        terms.sort_unstable();
        terms.dedup();
        let title = normalize_title(&s.title);
        Profile {
            terms,
            title_terms: analyzer.term_set(&title),
            title,
            paragraphs,
            words: ids.len(),
            shingles,
        }
    }
}

/// For every pair of sections, the number of stems and of shingles they
/// share, counted through an index (each shared item is visited once
/// instead of merging every pair of sets).
struct Overlap {
    terms: Vec<Vec<u32>>,
    shingles: Vec<Vec<u32>>,
}

impl Overlap {
    fn new(old: &[Profile], new: &[Profile]) -> Overlap {
        let mut term_index: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut shingle_index: HashMap<u64, Vec<u32>> = HashMap::new();
        for (j, p) in new.iter().enumerate() {
            for &t in &p.terms {
                term_index.entry(t).or_default().push(j as u32);
            }
            for &sh in &p.shingles {
                shingle_index.entry(sh).or_default().push(j as u32);
            }
        }
        let count = |items: &mut dyn Iterator<Item = Option<&Vec<u32>>>| {
            let mut row = vec![0u32; new.len()];
            for js in items.flatten() {
                for &j in js {
                    row[j as usize] += 1;
                }
            }
            row
        };
        Overlap {
            terms: old
                .iter()
                .map(|p| count(&mut p.terms.iter().map(|t| term_index.get(t))))
                .collect(),
            shingles: old
                .iter()
                .map(|p| count(&mut p.shingles.iter().map(|sh| shingle_index.get(sh))))
                .collect(),
        }
    }

    fn terms(&self, i: usize, j: usize) -> usize {
        self.terms[i][j] as usize
    }

    fn shingles(&self, i: usize, j: usize) -> usize {
        self.shingles[i][j] as usize
    }
}

fn hash<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// A title lower-cased with whitespace collapsed.
fn normalize_title(title: &str) -> String {
    crate::text::words(title).collect::<Vec<_>>().join(" ")
}

/// Levenshtein distance over characters.
pub(crate) fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Title similarity 0..=1: edit distance, or word overlap when one title
/// extends the other (`Landelijke ontwikkelingen` → `Landelijke
/// ontwikkelingen en programma's`).
fn title_similarity(a: &Profile, b: &Profile) -> f64 {
    if a.title == b.title {
        return 1.0;
    }
    let max = a.title.chars().count().max(b.title.chars().count());
    let edit = 1.0 - levenshtein(&a.title, &b.title) as f64 / max as f64;
    let small = a.title_terms.len().min(b.title_terms.len());
    let overlap = if small == 0 {
        0.0
    } else {
        let common = a.title_terms.intersection(&b.title_terms).count() as f64;
        0.5 * (common / small as f64 + crate::text::jaccard(&a.title_terms, &b.title_terms))
    };
    edit.max(overlap)
}

/// Content similarity; `None` when both sections have no text of their
/// own (a chapter heading over its subsections).
fn content_similarity(a: &Profile, b: &Profile, common_terms: usize) -> Option<f64> {
    match (a.terms.is_empty(), b.terms.is_empty()) {
        (true, true) => None,
        (true, false) | (false, true) => Some(0.0),
        (false, false) => {
            let shared: usize = a
                .paragraphs
                .iter()
                .filter(|(h, _)| b.paragraphs.binary_search_by_key(h, |p| p.0).is_ok())
                .map(|(_, n)| n)
                .sum();
            let total = a.words + b.words;
            let paragraphs = if total == 0 {
                0.0
            } else {
                2.0 * shared as f64 / total as f64
            };
            let total = a.terms.len() + b.terms.len();
            let terms = 2.0 * common_terms as f64 / total as f64;
            Some(terms.max(paragraphs))
        }
    }
}

/// A scored candidate pair.
struct Candidate {
    before: usize,
    after: usize,
    score: f64,
    same_number: bool,
}

/// Aligns the sections of `before` with those of `after`.
pub fn align(before: &Version, after: &Version) -> Alignment {
    let analyzer = Analyzer::default();
    let mut interner = Interner::default();
    let old: Vec<Profile> = before
        .sections
        .iter()
        .map(|s| Profile::new(&analyzer, &mut interner, s))
        .collect();
    let new: Vec<Profile> = after
        .sections
        .iter()
        .map(|s| Profile::new(&analyzer, &mut interner, s))
        .collect();
    let overlap = Overlap::new(&old, &new);
    let mut candidates = Vec::new();
    for (i, (bs, bp)) in before.sections.iter().zip(&old).enumerate() {
        for (j, (as_, ap)) in after.sections.iter().zip(&new).enumerate() {
            if let Some(c) = score_pair(i, j, bs, as_, bp, ap, &overlap) {
                candidates.push(c);
            }
        }
    }
    // Best first; on equal scores prefer the same number, then the nearest
    // position, so identical sections pair up in order.
    candidates.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(y.same_number.cmp(&x.same_number))
            .then(x.before.abs_diff(x.after).cmp(&y.before.abs_diff(y.after)))
            .then(x.before.cmp(&y.before))
            .then(x.after.cmp(&y.after))
    });
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut pairs = Vec::new();
    for c in candidates {
        if old_taken[c.before] || new_taken[c.after] {
            continue;
        }
        old_taken[c.before] = true;
        new_taken[c.after] = true;
        pairs.push(Pair {
            before: c.before,
            after: c.after,
            score: c.score,
            moved: false,
        });
    }
    // A section left over took text from an aligned section (a split) or
    // gave it its text (a merge) only when that text is what the aligned
    // section lost or gained: a section that is the same in both versions
    // (a chapter's standard closing section, like another chapter's) gave
    // nothing to a new section that resembles it, nor took in a removed
    // one.
    let new_of: HashMap<usize, usize> = pairs.iter().map(|p| (p.before, p.after)).collect();
    let old_of: HashMap<usize, usize> = pairs.iter().map(|p| (p.after, p.before)).collect();
    let mut splits = Vec::new();
    let mut added = Vec::new();
    for (j, p) in new.iter().enumerate().filter(|(j, _)| !new_taken[*j]) {
        let container = best_container(
            p,
            old.len(),
            |i| {
                old_taken[i]
                    && new_of
                        .get(&i)
                        .is_some_and(|&k| moved_text(p, &old[i], &new[k]))
            },
            |i| overlap.shingles(i, j),
        );
        match container {
            Some(i) => splits.push((i, j)),
            None => added.push(j),
        }
    }
    let mut merges = Vec::new();
    let mut removed = Vec::new();
    for (i, p) in old.iter().enumerate().filter(|(i, _)| !old_taken[*i]) {
        let container = best_container(
            p,
            new.len(),
            |j| {
                new_taken[j]
                    && old_of
                        .get(&j)
                        .is_some_and(|&k| moved_text(p, &new[j], &old[k]))
            },
            |j| overlap.shingles(i, j),
        );
        match container {
            Some(j) => merges.push((i, j)),
            None => removed.push(i),
        }
    }
    mark_moves(&mut pairs, before, after, &old, &splits);
    pairs.sort_by_key(|p| p.after);
    Alignment {
        pairs,
        splits,
        merges,
        removed,
        added,
    }
}

/// Scores a pair; `None` when it may not be aligned at all.
fn score_pair(
    i: usize,
    j: usize,
    bs: &Section,
    as_: &Section,
    bp: &Profile,
    ap: &Profile,
    overlap: &Overlap,
) -> Option<Candidate> {
    let title = title_similarity(bp, ap);
    let content = content_similarity(bp, ap, overlap.terms(i, j));
    let same_number = bs.number == as_.number;
    let score = W_CONTENT * content.unwrap_or(title)
        + W_TITLE * title
        + W_NUMBER * f64::from(u8::from(same_number));
    let content = content.unwrap_or(0.0);
    // One section mostly inside the other (a split or merge): the share
    // of the smaller one's shingles found in the larger one.
    let smaller = bp.shingles.len().min(ap.shingles.len());
    let contains = content > 0.0
        && smaller >= MIN_SHINGLES
        && overlap.shingles(i, j) as f64 >= CONTAINED * smaller as f64;
    let accept = score >= ACCEPT
        || (score >= ACCEPT_WITH_TITLE && title >= TITLE_NEAR_EQUAL)
        || content >= CONTENT_ALONE
        || contains;
    accept.then_some(Candidate {
        before: i,
        after: j,
        score,
        same_number,
    })
}

/// The aligned section on the other side holding most of `p`'s shingles,
/// if at least [`CONTAINED`] (all of them for a section of fewer than
/// [`MIN_SHINGLES`], as a one-sentence section merged word for word);
/// `shared(k)` counts the shingles `p` shares with section `k` on the
/// other side.
fn best_container(
    p: &Profile,
    others: usize,
    taken: impl Fn(usize) -> bool,
    shared: impl Fn(usize) -> usize,
) -> Option<usize> {
    let need = match p.shingles.len() {
        n if n >= MIN_SHINGLES => CONTAINED,
        n if n >= MIN_SHORT_SHINGLES => 1.0,
        _ => return None,
    };
    (0..others)
        .filter(|&k| taken(k))
        .map(|k| (k, shared(k) as f64 / p.shingles.len() as f64))
        .filter(|(_, share)| *share >= need)
        .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
        .map(|(k, _)| k)
}

/// Whether the text of `p` (a section left over on one side) went into or
/// came from `container` (an aligned section on the other side) and not
/// its counterpart `partner`: of `p`'s shingles that `partner` lacks,
/// most are in `container` (and not only a few). A container that did not
/// change (its partner has the same text) passes no text to or from `p`,
/// however alike the two are.
fn moved_text(p: &Profile, container: &Profile, partner: &Profile) -> bool {
    let has = |set: &[u64], sh: &u64| set.binary_search(sh).is_ok();
    let own: Vec<&u64> = p
        .shingles
        .iter()
        .filter(|sh| !has(&partner.shingles, sh))
        .collect();
    let moved = own.iter().filter(|sh| has(&container.shingles, sh)).count();
    moved > 0
        && moved >= MIN_SHINGLES.min(own.len())
        && moved as f64 >= CONTAINED * own.len() as f64
}

/// Index of the section each section belongs to (the nearest earlier
/// section of a lower level), if any.
fn parents(sections: &[Section]) -> Vec<Option<usize>> {
    let mut stack: Vec<usize> = Vec::new();
    sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            while stack.last().is_some_and(|&k| sections[k].level >= s.level) {
                stack.pop();
            }
            let parent = stack.last().copied();
            stack.push(i);
            parent
        })
        .collect()
}

/// Words of each section with all its subsections: a chapter heading
/// stands for its whole chapter.
fn subtree_words(sections: &[Section], profiles: &[Profile]) -> Vec<u64> {
    (0..sections.len())
        .map(|i| {
            let level = sections[i].level;
            let end = (i + 1..sections.len())
                .find(|&k| sections[k].level <= level)
                .unwrap_or(sections.len());
            profiles[i..end].iter().map(|p| p.words as u64).sum()
        })
        .collect()
}

/// Marks moved pairs. A section moved when it now belongs to another
/// chapter (its parent is aligned with a section that is not its new
/// parent, nor split off from its old parent: a subsection that went with
/// the part of its chapter split off only got a new number), or when it
/// lies outside the heaviest increasing subsequence of newer positions
/// taken in older order; weights are the sizes of the sections with their
/// subsections, so the small section that moved is the one marked, not
/// the many that stayed.
fn mark_moves(
    pairs: &mut [Pair],
    before: &Version,
    after: &Version,
    old: &[Profile],
    splits: &[(usize, usize)],
) {
    let old_parent = parents(&before.sections);
    let new_parent = parents(&after.sections);
    let after_of: HashMap<usize, usize> = pairs.iter().map(|p| (p.before, p.after)).collect();
    for p in pairs.iter_mut() {
        let was = old_parent.get(p.before).copied().flatten();
        let is = new_parent.get(p.after).copied().flatten();
        p.moved = match (was.and_then(|w| after_of.get(&w).map(|&a| (w, a))), is) {
            (Some((w, a)), Some(i)) => a != i && !splits.contains(&(w, i)),
            (Some(_), None) => true,
            (None, Some(i)) => was.is_none() && after_of.values().any(|&a| a == i),
            (None, None) => false,
        };
    }
    let weights = subtree_words(&before.sections, old);
    pairs.sort_by_key(|p| p.before);
    let (stay, keep) =
        heaviest_increasing(pairs, |p| 1 + weights.get(p.before).copied().unwrap_or(0));
    for (k, kept) in stay.into_iter().zip(keep) {
        pairs[k].moved = !kept;
    }
}

/// The heaviest increasing subsequence (by `after`) of the pairs not yet
/// marked moved: (their indices, whether each is in the subsequence).
fn heaviest_increasing(pairs: &[Pair], weight: impl Fn(&Pair) -> u64) -> (Vec<usize>, Vec<bool>) {
    let idx: Vec<usize> = (0..pairs.len()).filter(|&k| !pairs[k].moved).collect();
    let n = idx.len();
    let mut best = vec![0u64; n];
    let mut prev = vec![usize::MAX; n];
    for k in 0..n {
        let w = weight(&pairs[idx[k]]);
        best[k] = w;
        for m in 0..k {
            if pairs[idx[m]].after < pairs[idx[k]].after && best[m] + w > best[k] {
                best[k] = best[m] + w;
                prev[k] = m;
            }
        }
    }
    let mut keep = vec![false; n];
    let mut k = (0..n).max_by_key(|&k| (best[k], std::cmp::Reverse(k)));
    while let Some(cur) = k {
        keep[cur] = true;
        k = (prev[cur] != usize::MAX).then_some(prev[cur]);
    }
    (idx, keep)
}

#[cfg(test)]
mod tests;
