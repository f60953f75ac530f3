//! Campaign grouping, the last step of stage 3 (split): identical or
//! near-identical comments of different senders (campaign letters) are
//! grouped, so the working group answers them once and the memo says how
//! many sent them.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::Response;

mod same_point;
mod shared;

pub use shared::{shared_text, SharedText};

/// Jaccard similarity of word 3-shingles from which two comments count as
/// the same campaign text.
pub const CAMPAIGN_SIMILARITY: f64 = 0.6;

/// A shared text of fewer words than this is a campaign text only for a
/// letter it is most of, or that shares more with the group's letters (see
/// [`group_campaigns_with`]).
pub const CAMPAIGN_MIN_WORDS: usize = 12;

/// A shingle held by more distinct texts than this (a stock phrase)
/// carries no signal: it is left out of the texts' overlap.
const COMMON_SHINGLE: usize = 1000;

/// Texts added or gone since the kept grouping up to which a run does not
/// keep its own ([`group_campaigns_with`]): at least this many, or a 32nd
/// of the kept texts.
pub const KEPT_DRIFT: usize = 32;

/// [`KeptCampaigns::texts`]: a text without shingles (under three words).
const NO_SET: u32 = u32::MAX;

/// What campaign grouping keeps for the next run ([`group_campaigns_with`]),
/// so that a re-run shingles and compares only the texts it has not seen.
///
/// It holds the distinct shingle sets of the last run, each text's set (by
/// the text's key) and every pair of sets that is similar *as texts*: with
/// a Jaccard similarity of at least [`CAMPAIGN_SIMILARITY`] or one held by
/// the other ([`CAMPAIGN_CONTAINMENT`]), shingles held by more than
/// [`COMMON_SHINGLE`] sets left out. Whether a pair's texts
/// come from different senders is decided by each run anew. A set's
/// shingles depend on its text alone; a pair's similarity on the two sets
/// and on which shingles are common, which a re-run checks (see
/// [`pairs_with_added`]). Everything is keyed by content, so kept data of
/// another inbox is correct too, only of little use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeptCampaigns {
    /// Each text's key ([`crate::cache::comment_key`]) and the index of its
    /// shingle set ([`NO_SET`] for none).
    texts: Vec<(String, u32)>,
    /// The sets' shingles, one set after another (each sorted, no repeats).
    #[serde(with = "u64_bytes")]
    shingles: Vec<u64>,
    /// Where each set ends in `shingles`.
    ends: Vec<u32>,
    /// The pairs `(a, b)`, `a < b`, of sets similar as texts.
    pairs: Vec<(u32, u32)>,
}

impl KeptCampaigns {
    /// Number of sets.
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// The shingles of set `i`.
    fn set(&self, i: usize) -> &[u64] {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.shingles[start..self.ends[i] as usize]
    }

    /// Whether the parts fit together (indexes in range), so that using
    /// them cannot panic; a kept value that does not is not used.
    pub fn is_consistent(&self) -> bool {
        let sets = self.ends.len();
        self.ends.windows(2).all(|w| w[0] < w[1])
            && self.ends.first().is_none_or(|&e| e > 0)
            && self.ends.last().map_or(0, |&e| e as usize) == self.shingles.len()
            && self
                .texts
                .iter()
                .all(|&(_, s)| s == NO_SET || (s as usize) < sets)
            && self
                .pairs
                .iter()
                .all(|&(a, b)| a < b && (b as usize) < sets)
    }
}

/// A list of `u64`s as their little-endian bytes: read and written at the
/// speed of copying (a varint per shingle hash, 10 bytes for most, is
/// several times slower to decode and no smaller).
mod u64_bytes {
    use serde::de::{Deserializer, Error, Visitor};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(values: &[u64], s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        s.serialize_bytes(&bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u64>, D::Error> {
        struct Bytes;
        impl Visitor<'_> for Bytes {
            type Value = Vec<u64>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes of u64s")
            }

            fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<u64>, E> {
                let chunks = bytes.chunks_exact(8);
                if !chunks.remainder().is_empty() {
                    return Err(E::custom("not a whole number of u64s"));
                }
                Ok(chunks
                    .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
                    .collect())
            }
        }
        d.deserialize_bytes(Bytes)
    }
}

/// Sets [`Comment::group`](crate::model::Comment::group) for near-identical comments sent by different
/// respondents (campaign letters): texts similar by their word 3-shingles
/// (Jaccard ≥ [`CAMPAIGN_SIMILARITY`], or one held by the other, see
/// [`CAMPAIGN_CONTAINMENT`]) that make the same point ([`same_point`]). The group id is the id of the group's first
/// comment in response order.
///
/// Comments with the same shingle set (the copies of a campaign text) are
/// compared as one *distinct text*, and candidates are found through an
/// inverted index on shingles, so the cost grows with the number of
/// distinct texts times the size of their groups, not quadratically in the
/// number of comments.
pub fn group_campaigns(responses: &mut [Response]) {
    let keys = text_keys(responses);
    group_campaigns_with(responses, &keys, None);
}

/// Each comment's text key ([`crate::cache::comment_key`]), per response.
fn text_keys(responses: &[Response]) -> Vec<Vec<String>> {
    responses
        .iter()
        .map(|r| {
            r.comments
                .iter()
                .map(|c| crate::cache::comment_key(&c.text))
                .collect()
        })
        .collect()
}

/// [`group_campaigns`] using what an earlier run kept (`kept`); returns what
/// this run keeps for the next, when that is worth writing (see below).
/// `keys[r][c]` is the key ([`crate::cache::comment_key`]) of the text of
/// comment `c` of response `r`.
///
/// The groups are the same with or without `kept`: only texts not in `kept`
/// are shingled, and when the sets changed only pairs with a new set are
/// looked for, unless that could give other pairs (then all are). Kept
/// data that lacks a few of this run's texts, or has a few texts no longer
/// there, is as correct and almost as fast, so a run returns none when its
/// texts differ from `kept`'s by less than [`KEPT_DRIFT`] (a re-run after
/// adding one response does not write the whole set again).
pub fn group_campaigns_with(
    responses: &mut [Response],
    keys: &[Vec<String>],
    kept: Option<&KeptCampaigns>,
) -> Option<KeptCampaigns> {
    use rayon::prelude::*;
    // Keys of another shape than the comments are not used.
    let own_keys;
    let keys = if keys.len() == responses.len()
        && keys
            .iter()
            .zip(responses.iter())
            .all(|(k, r)| k.len() == r.comments.len())
    {
        keys
    } else {
        own_keys = text_keys(responses);
        &own_keys
    };
    let empty = KeptCampaigns::default();
    let kept = kept.filter(|k| k.is_consistent()).unwrap_or(&empty);
    let at: Vec<(usize, usize)> = responses
        .iter()
        .enumerate()
        .flat_map(|(ri, r)| (0..r.comments.len()).map(move |ci| (ri, ci)))
        .collect();
    // The distinct texts (by key), each looked up in `kept` or shingled
    // once (copies of a campaign letter are many).
    let mut slot_of_key: HashMap<&str, usize> = HashMap::with_capacity(at.len());
    let mut unique: Vec<(usize, usize)> = Vec::new();
    let slot_of: Vec<usize> = at
        .iter()
        .map(|&(ri, ci)| {
            *slot_of_key.entry(keys[ri][ci].as_str()).or_insert_with(|| {
                unique.push((ri, ci));
                unique.len() - 1
            })
        })
        .collect();
    let kept_set: HashMap<&str, u32> = kept.texts.iter().map(|(k, s)| (k.as_str(), *s)).collect();
    // Sets are numbered kept ones first, then the new ones.
    let mut set_of_slot: Vec<u32> = unique
        .iter()
        .map(|&(ri, ci)| {
            kept_set
                .get(keys[ri][ci].as_str())
                .copied()
                .unwrap_or(NO_SET)
        })
        .collect();
    let unseen: Vec<usize> = unique
        .iter()
        .enumerate()
        .filter(|&(_, &(ri, ci))| !kept_set.contains_key(keys[ri][ci].as_str()))
        .map(|(slot, _)| slot)
        .collect();
    let shingle = |&slot: &usize| {
        let (ri, ci) = unique[slot];
        shingle_set(&responses[ri].comments[ci].text)
    };
    // A few texts are shingled at once: waiting for a part stolen by a
    // busy thread (linking runs beside this) would take longer.
    let shingled: Vec<Vec<u64>> = if unseen.len() < 64 {
        unseen.iter().map(shingle).collect()
    } else {
        unseen.par_iter().map(shingle).collect()
    };
    let mut new_sets: Vec<Vec<u64>> = Vec::new();
    {
        // A new text may have the shingles of a kept or another new text.
        let fingerprint = |set: &[u64]| {
            set.iter().fold(0x9e37_79b9_7f4a_7c15_u64, |h, &x| {
                (h ^ x).rotate_left(23).wrapping_mul(0x0100_0000_01b3)
            })
        };
        let mut by_print: crate::ids::HashKeyed<Vec<u32>> = crate::ids::HashKeyed::default();
        if shingled.iter().any(|s| !s.is_empty()) {
            for i in 0..kept.len() {
                by_print
                    .entry(fingerprint(kept.set(i)))
                    .or_default()
                    .push(i as u32);
            }
        }
        for (&slot, set) in unseen.iter().zip(shingled) {
            if set.is_empty() {
                continue;
            }
            let same = by_print.entry(fingerprint(&set)).or_default();
            let found = same.iter().copied().find(|&s| {
                let s = s as usize;
                match s.checked_sub(kept.len()) {
                    None => kept.set(s) == set.as_slice(),
                    Some(new) => new_sets[new] == set,
                }
            });
            set_of_slot[slot] = found.unwrap_or_else(|| {
                new_sets.push(set);
                let s = (kept.len() + new_sets.len() - 1) as u32;
                same.push(s);
                s
            });
        }
    }
    let set_at = |s: usize| -> &[u64] {
        match s.checked_sub(kept.len()) {
            None => kept.set(s),
            Some(new) => &new_sets[new],
        }
    };
    // Distinct sets: their comments (in order) and the responses they come
    // from (`None` once that is more than one).
    struct Distinct {
        set: usize,
        comments: Vec<usize>,
        only_response: Option<usize>,
    }
    let mut distinct: Vec<Distinct> = Vec::new();
    let mut distinct_of_set = vec![u32::MAX; kept.len() + new_sets.len()];
    for (i, &slot) in slot_of.iter().enumerate() {
        let set = set_of_slot[slot];
        if set == NO_SET {
            continue;
        }
        let response = at[i].0;
        let d = &mut distinct_of_set[set as usize];
        if *d == u32::MAX {
            *d = distinct.len() as u32;
            distinct.push(Distinct {
                set: set as usize,
                comments: Vec::new(),
                only_response: Some(response),
            });
        }
        let entry = &mut distinct[*d as usize];
        entry.comments.push(i);
        if entry.only_response != Some(response) {
            entry.only_response = None;
        }
    }
    let sets: Vec<&[u64]> = distinct.iter().map(|d| set_at(d.set)).collect();
    // The pairs similar as texts, by distinct index.
    let added: Vec<usize> = (0..distinct.len())
        .filter(|&d| distinct[d].set >= kept.len())
        .collect();
    let removed: Vec<&[u64]> = (0..kept.len())
        .filter(|&s| distinct_of_set[s] == u32::MAX)
        .map(|s| kept.set(s))
        .collect();
    let from_kept = || {
        kept.pairs.iter().filter_map(|&(a, b)| {
            let (a, b) = (distinct_of_set[a as usize], distinct_of_set[b as usize]);
            (a != u32::MAX && b != u32::MAX).then_some((a.min(b), a.max(b)))
        })
    };
    // Looking for a new set's pairs costs a pass over all shingles; past a
    // quarter of the sets new, comparing all is as fast.
    let incremental = kept.len() > 0 && added.len() * 4 <= distinct.len();
    let kept_pairs = match incremental {
        true if added.is_empty() && removed.is_empty() => Some(from_kept().collect()),
        true => {
            pairs_with_added(&sets, &added, &removed).map(|new| from_kept().chain(new).collect())
        }
        false => None,
    };
    let found_all = kept_pairs.is_none();
    let pairs: Vec<(u32, u32)> = kept_pairs.unwrap_or_else(|| all_pairs(&sets));
    // Pairs join into groups, unless both texts come from one and the same
    // respondent (no campaign).
    let mut parent: Vec<usize> = (0..distinct.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // A pair joins only when the texts make the same point (a group shows
    // one text for all): the words in which they differ are personal
    // details or added sentences, not what they ask (see [`same_point`]).
    // Decided per pair of texts, so the groups do not depend on the order
    // of the pairs; a pair already in one group needs no look.
    let mut words: Vec<Option<(same_point::Words, same_point::Details)>> =
        (0..distinct.len()).map(|_| None).collect();
    let text_of = |d: usize| -> (same_point::Words, same_point::Details) {
        let (ri, ci) = at[distinct[d].comments[0]];
        let r = &responses[ri];
        (
            same_point::Words::new(&r.comments[ci].text),
            same_point::Details::new(&r.respondent, r.place.as_deref()),
        )
    };
    for &(d, e) in &pairs {
        let (d, e) = (d as usize, e as usize);
        let same_sender = distinct[d].only_response.is_some()
            && distinct[d].only_response == distinct[e].only_response;
        if same_sender {
            continue;
        }
        let (a, b) = (find(&mut parent, d), find(&mut parent, e));
        if a == b {
            continue;
        }
        for x in [d, e] {
            if words[x].is_none() {
                words[x] = Some(text_of(x));
            }
        }
        let same = match (&words[d], &words[e]) {
            (Some((wd, dd)), Some((we, de))) => same_point::same_point(wd, dd, we, de),
            _ => false,
        };
        if same {
            parent[a.max(b)] = a.min(b);
        }
    }
    // A group: the comments of the distinct texts with one root, when they
    // come from more than one response.
    let mut groups: HashMap<usize, (Vec<usize>, Option<usize>)> = HashMap::new();
    for (d, text) in distinct.iter().enumerate() {
        let root = find(&mut parent, d);
        let g = groups
            .entry(root)
            .or_insert_with(|| (Vec::new(), text.only_response));
        g.0.extend_from_slice(&text.comments);
        if g.1 != text.only_response {
            g.1 = None;
        }
    }
    // What the next run keeps: this run's texts, sets and pairs (texts gone
    // drop out), when they differ enough from the kept ones, or those were
    // of no use.
    let gone = kept.texts.len() - (unique.len() - unseen.len());
    let drift = unseen.len() + gone;
    let keep = found_all || drift > KEPT_DRIFT.max(kept.texts.len() / 32);
    let next = keep.then(|| {
        let mut next = KeptCampaigns {
            texts: unique
                .iter()
                .zip(&set_of_slot)
                .map(|(&(ri, ci), &set)| {
                    let set = match set {
                        NO_SET => NO_SET,
                        set => distinct_of_set[set as usize],
                    };
                    (keys[ri][ci].clone(), set)
                })
                .collect(),
            shingles: Vec::with_capacity(sets.iter().map(|s| s.len()).sum()),
            ends: Vec::with_capacity(sets.len()),
            pairs,
        };
        for set in &sets {
            next.shingles.extend_from_slice(set);
            next.ends.push(next.shingles.len() as u32);
        }
        next
    });
    for r in responses.iter_mut() {
        for c in &mut r.comments {
            c.group = None;
        }
    }
    // A short text shared by two letters (`Politie: oneens.`, one bullet
    // among others) makes no campaign on its own: a letter is in a group
    // of short texts (see [`CAMPAIGN_MIN_WORDS`]) only when the text is at
    // least half of the letter's words, or the letter shares another
    // comment with a group too.
    let candidates: Vec<Vec<usize>> = groups
        .into_values()
        .filter(|(_, only)| only.is_none())
        .map(|(members, _)| members)
        .collect();
    let word_counts: Vec<usize> = at
        .iter()
        .map(|&(ri, ci)| responses[ri].comments[ci].text.split_whitespace().count())
        .collect();
    let words = |i: usize| word_counts[i];
    let mut grouped: HashMap<usize, usize> = HashMap::new();
    for &i in candidates.iter().flatten() {
        *grouped.entry(at[i].0).or_default() += 1;
    }
    let letter_words: Vec<usize> = responses
        .iter()
        .map(|r| {
            r.comments
                .iter()
                .map(|c| c.text.split_whitespace().count())
                .sum()
        })
        .collect();
    for mut members in candidates {
        if members.iter().map(|&i| words(i)).max().unwrap_or(0) < CAMPAIGN_MIN_WORDS {
            members.retain(|&i| {
                let ri = at[i].0;
                grouped.get(&ri).copied().unwrap_or(0) >= 2 || words(i) * 2 >= letter_words[ri]
            });
            let senders: std::collections::HashSet<usize> =
                members.iter().map(|&i| at[i].0).collect();
            if senders.len() < 2 {
                continue;
            }
        }
        let Some(&first) = members.iter().min() else {
            continue;
        };
        let (fr, fc) = at[first];
        let id = responses[fr].comments[fc].id.clone();
        for i in members {
            let (ri, ci) = at[i];
            responses[ri].comments[ci].group = Some(id.clone());
        }
    }
    next
}

/// [`group_campaigns_with`] with what `cache` kept from an earlier run (a
/// missing or damaged entry is none), keeping this run's for the next one
/// when it is worth writing.
pub fn group_campaigns_cached(
    responses: &mut [Response],
    keys: &[Vec<String>],
    cache: Option<&crate::cache::Cache>,
) {
    let kept = cache.and_then(|c| c.get_campaigns());
    let next = group_campaigns_with(responses, keys, kept.as_ref());
    if let (Some(cache), Some(next)) = (cache, next) {
        cache.put_campaigns(&next);
    }
}

/// Share of the smaller text's shingles that the larger one holds from
/// which two texts are similar as texts however much the larger adds: a
/// campaign text with a sentence of the sender's own situation put in
/// (`Mijn man heeft nu al last van ...`, 13 words in a point of 26) is
/// below [`CAMPAIGN_SIMILARITY`] against the plain text, and further
/// below against another member's with another sentence put in, while
/// all of the plain text is in both. Whether the added words change the
/// point is [`same_point`]'s to decide, as for any pair.
pub const CAMPAIGN_CONTAINMENT: f64 = 0.8;

/// The smaller text is held by the larger one ([`CAMPAIGN_CONTAINMENT`])
/// only when it has at least this many shingles (a text of 14 words), and
/// the larger at most twice as many: a short stock sentence inside a long
/// point is no campaign text.
const CONTAINED_MIN_SHINGLES: usize = 12;

/// Whether two sets of `a` and `b` shingles with `common` shingles in
/// common (common ones left out) are similar as texts: Jaccard similarity
/// at least [`CAMPAIGN_SIMILARITY`], or the smaller held by the larger
/// (see [`CAMPAIGN_CONTAINMENT`]).
fn similar(a: usize, b: usize, common: usize) -> bool {
    let union = a + b - common;
    if union == 0 {
        return false;
    }
    if common as f64 / union as f64 >= CAMPAIGN_SIMILARITY {
        return true;
    }
    let (small, large) = (a.min(b), a.max(b));
    small >= CONTAINED_MIN_SHINGLES
        && large <= 2 * small
        && common as f64 / small as f64 >= CAMPAIGN_CONTAINMENT
}

/// All pairs `(d, e)`, `d < e`, of `sets` similar as texts, through an
/// inverted index on shingles.
fn all_pairs(sets: &[&[u64]]) -> Vec<(u32, u32)> {
    use rayon::prelude::*;
    let mut index: crate::ids::HashKeyed<Vec<u32>> = crate::ids::HashKeyed::default();
    for (d, set) in sets.iter().enumerate() {
        for h in set.iter() {
            index.entry(*h).or_default().push(d as u32);
        }
    }
    // Found per set in parallel (with shared shingle counts per candidate,
    // reset after each set).
    let similar_to: Vec<Vec<(u32, u32)>> = (0..sets.len())
        .into_par_iter()
        .map_init(
            || (vec![0u32; sets.len()], Vec::new()),
            |(overlap, touched), d| {
                let set = sets[d];
                for h in set.iter() {
                    let Some(list) = index.get(h) else { continue };
                    // Very common shingles (stock phrases) carry no signal.
                    if list.len() > COMMON_SHINGLE {
                        continue;
                    }
                    for &e in list {
                        let e = e as usize;
                        if e > d {
                            if overlap[e] == 0 {
                                touched.push(e);
                            }
                            overlap[e] += 1;
                        }
                    }
                }
                let mut pairs = Vec::new();
                for e in touched.drain(..) {
                    let common = std::mem::take(&mut overlap[e]) as usize;
                    if similar(set.len(), sets[e].len(), common) {
                        pairs.push((d as u32, e as u32));
                    }
                }
                pairs
            },
        )
        .collect();
    similar_to.into_iter().flatten().collect()
}

/// The pairs of `sets` similar as texts that have a set of `added` (indexes
/// into `sets`), given that `sets` without `added` but with `removed` had
/// the other pairs: the same as [`all_pairs`] gives for them, provided
/// which shingles are common is the same. `None` when it is not (a shingle
/// crossed [`COMMON_SHINGLE`]): then all pairs are to be found anew.
///
/// Only shingles of the added and removed sets can have changed counts;
/// one pass over all shingles counts those, a second one the added sets'
/// overlap with every set.
fn pairs_with_added(
    sets: &[&[u64]],
    added: &[usize],
    removed: &[&[u64]],
) -> Option<Vec<(u32, u32)>> {
    #[derive(Default)]
    struct Probe {
        /// Sets holding the shingle in this run.
        count: usize,
        /// Added sets holding it (positions in `added`).
        added: Vec<u32>,
        /// Removed sets holding it.
        removed: usize,
    }
    let mut probe: crate::ids::HashKeyed<Probe> = crate::ids::HashKeyed::default();
    for (j, &d) in added.iter().enumerate() {
        for &h in sets[d] {
            probe.entry(h).or_default().added.push(j as u32);
        }
    }
    for set in removed {
        for &h in *set {
            probe.entry(h).or_default().removed += 1;
        }
    }
    for set in sets {
        for h in set.iter() {
            if let Some(p) = probe.get_mut(h) {
                p.count += 1;
            }
        }
    }
    let common_changed = probe.values().any(|p| {
        let before = p.count - p.added.len() + p.removed;
        (p.count > COMMON_SHINGLE) != (before > COMMON_SHINGLE)
    });
    if common_changed {
        return None;
    }
    let mut is_added = vec![false; sets.len()];
    for &d in added {
        is_added[d] = true;
    }
    let mut overlap = vec![0u32; added.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for (e, set) in sets.iter().enumerate() {
        for h in set.iter() {
            let Some(p) = probe.get(h) else { continue };
            if p.count > COMMON_SHINGLE {
                continue;
            }
            for &j in &p.added {
                let d = added[j as usize];
                // Two added sets are compared once.
                if d == e || (is_added[e] && e < d) {
                    continue;
                }
                if overlap[j as usize] == 0 {
                    touched.push(j as usize);
                }
                overlap[j as usize] += 1;
            }
        }
        for j in touched.drain(..) {
            let common = std::mem::take(&mut overlap[j]) as usize;
            let d = added[j];
            if similar(sets[d].len(), set.len(), common) {
                pairs.push((d.min(e) as u32, d.max(e) as u32));
            }
        }
    }
    Some(pairs)
}

/// The hashed 3-shingles of `text`'s words, lower-cased, a capitalised
/// word inside a sentence (a name: the sender's own town, street or child,
/// `Ik woon in Katwijk en ...`) as one placeholder, and, for a text with
/// such names, one element more that stands for the names themselves.
/// Texts that differ only in such names then share all shingles but that
/// one and are compared (a short campaign sentence naming each sender's
/// own town), while their sets stay apart (identical sets count as one
/// text): [`same_point`] decides whether the names are the senders' own
/// details.
fn shingle_set(text: &str) -> Vec<u64> {
    const NAME: &str = "\0";
    let mut words: Vec<String> = Vec::new();
    let mut names = String::new();
    let mut sentence_start = true;
    let mut rest = text;
    while let Some(start) = rest.find(char::is_alphanumeric) {
        if rest[..start].contains(['.', '!', '?', ':', '\n']) {
            sentence_start = true;
        }
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(tail.len());
        let word = &tail[..end];
        rest = &tail[end..];
        let mut w = String::with_capacity(word.len());
        crate::ids::push_lowercase(&mut w, word);
        if !sentence_start && word.chars().next().is_some_and(char::is_uppercase) {
            names.push('\u{1}');
            names.push_str(&w);
            words.push(NAME.to_string());
        } else {
            words.push(w);
        }
        sentence_start = false;
    }
    // FNV-1a: a set hash, not a security one.
    let fnv = |parts: &mut dyn Iterator<Item = &[u8]>| {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for part in parts {
            for &b in part {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    };
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| fnv(&mut w.iter().flat_map(|x| [x.as_bytes(), b" "])))
        .collect();
    if !names.is_empty() {
        out.push(fnv(&mut std::iter::once(names.as_bytes())));
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests;
