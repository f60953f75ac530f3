//! Campaign grouping, the last step of stage 3 (split): identical or
//! near-identical comments of different senders (campaign letters) are
//! grouped, so the working group answers them once and the memo says how
//! many sent them.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::Response;

mod same_point;

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
/// a Jaccard similarity of at least [`CAMPAIGN_SIMILARITY`], shingles held
/// by more than [`COMMON_SHINGLE`] sets left out. Whether a pair's texts
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
/// respondents (campaign letters): word 3-shingle Jaccard ≥
/// [`CAMPAIGN_SIMILARITY`]. The group id is the id of the group's first
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

/// Whether two sets of `a` and `b` shingles with `common` shingles in
/// common (common ones left out) are similar as texts.
fn similar(a: usize, b: usize, common: usize) -> bool {
    let union = a + b - common;
    union > 0 && common as f64 / union as f64 >= CAMPAIGN_SIMILARITY
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

fn shingle_set(text: &str) -> Vec<u64> {
    let norm = crate::ids::normalize(text);
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| {
            // FNV-1a over the three words: a set hash, not a security one.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for word in w {
                for b in word.bytes().chain([b' ']) {
                    h ^= u64::from(b);
                    h = h.wrapping_mul(0x0100_0000_01b3);
                }
            }
            h
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Comment;

    #[test]
    fn campaign_comments_are_grouped() {
        let text = "Ik maak mij grote zorgen over het sluiten van de vrouwenopvang in onze regio en vraag u dit te heroverwegen.";
        let mut rs: Vec<Response> = (0..3)
            .map(|i| Response {
                id: format!("r-{i}"),
                comments: vec![Comment {
                    id: format!("c-{i}"),
                    text: if i == 2 {
                        format!("{text} Groet!")
                    } else {
                        text.to_string()
                    },
                    ..Comment::default()
                }],
                ..Response::default()
            })
            .collect();
        rs.push(Response {
            id: "r-x".into(),
            comments: vec![Comment {
                id: "c-x".into(),
                text: "Iets heel anders over de financiering van preventie in de wijken.".into(),
                ..Comment::default()
            }],
            ..Response::default()
        });
        group_campaigns(&mut rs);
        for r in &rs[..3] {
            assert_eq!(r.comments[0].group.as_deref(), Some("c-0"));
        }
        assert_eq!(rs[3].comments[0].group, None);
    }

    #[test]
    fn only_texts_making_the_same_point_are_one_campaign() {
        let response = |id: &str, name: &str, place: &str, text: String| Response {
            id: id.into(),
            respondent: name.into(),
            place: Some(place.into()),
            comments: vec![Comment {
                id: format!("{id}-0"),
                text,
                ..Comment::default()
            }],
            ..Response::default()
        };
        let loket = |day: &str| {
            format!("Het loket in paragraaf 2.1 moet ook op {day} open, want ik werk doordeweeks.")
        };
        let view = |v: &str| {
            format!("Ik ben {v} het sluiten van het loket in het gemeentehuis van Lindeveen uit paragraaf 2.1.")
        };
        // The template with the sender's own town and an own sentence.
        let town = |place: &str, own: &str| {
            format!(
                "Elk jaar worden in Nederland tientallen vrouwen gedood door hun partner of \
                 ex-partner. In het plan staat daarover alleen een losse tip voor gemeenten om een \
                 tentoonstelling te organiseren. {own}Zorg dat alle gemeenten in de regio, ook \
                 {place}, hier ieder jaar echt aandacht aan besteden."
            )
        };
        let mut rs = vec![
            response("a", "Karin Visser", "Lindeveen", loket("zondag")),
            response("b", "Marieke Jansen", "Lindeveen", loket("zaterdag")),
            response("c", "Piet de Boer", "Rijnsaten", loket("zondag")),
            response("d", "Joop Smit", "Lindeveen", view("tegen")),
            response("e", "Els Mulder", "Lindeveen", view("voor")),
            response(
                "f",
                "Fatima el Amrani",
                "Waddinxveen",
                town("Waddinxveen", ""),
            ),
            response(
                "g",
                "Marieke van Leeuwen",
                "Gouda",
                town("Gouda", "Ik heb dit in mijn eigen omgeving meegemaakt. "),
            ),
        ];
        group_campaigns(&mut rs);
        assert_eq!(
            groups_of(&rs),
            [
                Some("a-0".to_string()),
                None,
                Some("a-0".to_string()),
                None,
                None,
                Some("f-0".to_string()),
                Some("f-0".to_string()),
            ]
        );
    }

    #[test]
    fn one_senders_repeated_text_is_no_campaign_until_another_sends_it() {
        let text = "Wij vragen de regio om de wachtlijsten in de jeugdhulp binnen een jaar terug te dringen.";
        let response = |id: &str, texts: &[&str]| Response {
            id: id.into(),
            comments: texts
                .iter()
                .enumerate()
                .map(|(i, t)| Comment {
                    id: format!("{id}-{i}"),
                    text: t.to_string(),
                    ..Comment::default()
                })
                .collect(),
            ..Response::default()
        };
        let mut rs = vec![response("a", &[text, text])];
        group_campaigns(&mut rs);
        assert!(rs[0].comments.iter().all(|c| c.group.is_none()));
        rs.push(response(
            "b",
            &["Iets anders over preventie en scholen in de wijk.", text],
        ));
        group_campaigns(&mut rs);
        let groups: Vec<Option<&str>> = rs
            .iter()
            .flat_map(|r| &r.comments)
            .map(|c| c.group.as_deref())
            .collect();
        assert_eq!(groups, [Some("a-0"), Some("a-0"), None, Some("a-0")]);
    }

    #[test]
    fn one_short_shared_bullet_of_two_letters_is_no_campaign() {
        let spec = |id: &str, texts: &[&str]| {
            (
                id.to_string(),
                texts.iter().map(|t| t.to_string()).collect(),
            )
        };
        let shared = "Politie: oneens, te veel registratielast.";
        let mut rs = responses_of(&[
            spec("a", &["Inleiding: eens.", "Samenwerking: eens.", shared]),
            spec(
                "b",
                &[
                    "Akkoord met paragraaf 1 van de visie.",
                    "Niet akkoord met paragraaf 2.",
                    shared,
                ],
            ),
        ]);
        group_campaigns(&mut rs);
        assert!(rs
            .iter()
            .flat_map(|r| &r.comments)
            .all(|c| c.group.is_none()));
        // A short text that is the whole letter of each is a campaign.
        let mut rs = responses_of(&[
            spec("a", &["Geen windmolens in de polder!"]),
            spec("b", &["Geen windmolens in de polder!"]),
        ]);
        group_campaigns(&mut rs);
        assert!(rs
            .iter()
            .flat_map(|r| &r.comments)
            .all(|c| c.group.as_deref() == Some("a-0")));
    }

    /// Responses `(id, texts)` with comment ids `<id>-<i>`.
    fn responses_of(spec: &[(String, Vec<String>)]) -> Vec<Response> {
        spec.iter()
            .map(|(id, texts)| Response {
                id: id.clone(),
                comments: texts
                    .iter()
                    .enumerate()
                    .map(|(i, t)| Comment {
                        id: format!("{id}-{i}"),
                        text: t.clone(),
                        ..Comment::default()
                    })
                    .collect(),
                ..Response::default()
            })
            .collect()
    }

    fn groups_of(rs: &[Response]) -> Vec<Option<String>> {
        rs.iter()
            .flat_map(|r| &r.comments)
            .map(|c| c.group.clone())
            .collect()
    }

    /// Grouping with `kept` and the groups and kept data of grouping
    /// without: the same groups, and, when the run keeps its results, the
    /// same sets and pairs.
    fn assert_as_without_kept(
        spec: &[(String, Vec<String>)],
        kept: Option<&KeptCampaigns>,
    ) -> Option<KeptCampaigns> {
        let mut full = responses_of(spec);
        let keys = text_keys(&full);
        let all = group_campaigns_with(&mut full, &keys, None).expect("kept without earlier");
        let mut rs = responses_of(spec);
        let next = group_campaigns_with(&mut rs, &keys, kept);
        assert_eq!(groups_of(&rs), groups_of(&full));
        if let Some(next) = &next {
            let sorted = |k: &KeptCampaigns| {
                let mut pairs = k.pairs.clone();
                pairs.sort_unstable();
                (k.texts.clone(), k.shingles.clone(), k.ends.clone(), pairs)
            };
            assert_eq!(sorted(next), sorted(&all));
        }
        next
    }

    /// A campaign text with `changes` of its words replaced.
    fn variant(template: &str, changes: &[(usize, usize)]) -> String {
        const WORDS: [&str; 8] = [
            "jeugd", "ouderen", "wijk", "school", "zorg", "opvang", "geld", "regio",
        ];
        let mut words: Vec<&str> = template.split(' ').collect();
        for &(at, w) in changes {
            let n = words.len();
            words[at % n] = WORDS[w % WORDS.len()];
        }
        words.join(" ")
    }

    const TEMPLATES: [&str; 3] = [
        "wij maken ons grote zorgen over het sluiten van de vrouwenopvang in onze regio",
        "de wachtlijsten in de jeugdhulp moeten binnen een jaar worden teruggedrongen door de regio",
        "ik vraag u de buurtteams ook in de avond bereikbaar te maken voor alle inwoners",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Kept grouping of an earlier set of responses (with responses
        /// added and removed since, kept or not by the run in between)
        /// gives the groups of grouping from scratch.
        #[test]
        fn kept_grouping_gives_the_groups_of_grouping_anew(
            letters in proptest::collection::vec(
                proptest::collection::vec(
                    (0usize..4, proptest::collection::vec((0usize..20, 0usize..8), 0..5)),
                    1..4,
                ),
                2..14,
            ),
            first in proptest::collection::vec(proptest::bool::ANY, 14),
            flips in proptest::collection::vec(0usize..14, 0..3),
        ) {
            let spec: Vec<(String, Vec<String>)> = letters
                .iter()
                .enumerate()
                .map(|(i, comments)| {
                    let texts = comments
                        .iter()
                        .map(|(t, changes)| match TEMPLATES.get(*t) {
                            Some(template) => variant(template, changes),
                            // Short texts (no shingles) and unrelated ones.
                            None if changes.len() < 2 => "eens".to_string(),
                            None => format!("iets heel anders over punt {} en {}", changes[0].0, changes[1].1),
                        })
                        .collect();
                    (format!("r{i}"), texts)
                })
                .collect();
            let pick = |which: &[bool]| -> Vec<(String, Vec<String>)> {
                spec.iter().zip(which).filter(|(_, k)| **k).map(|(r, _)| r.clone()).collect()
            };
            let a = pick(&first);
            let kept_a = assert_as_without_kept(&a, None);
            // A few responses added or removed.
            let mut second = first.clone();
            for i in flips {
                second[i] = !second[i];
            }
            let b = pick(&second);
            let kept_b = assert_as_without_kept(&b, kept_a.as_ref());
            // The kept grouping of `a` again, or `b`'s when it kept one.
            let kept = kept_b.as_ref().or(kept_a.as_ref());
            assert_as_without_kept(&spec, kept);
        }
    }

    #[test]
    fn a_shingle_becoming_common_makes_grouping_compare_all() {
        // Texts sharing a stock phrase; two of them similar only through it.
        let stock = "in het kader van de regionale samenwerking";
        let mut spec: Vec<(String, Vec<String>)> = (0..COMMON_SHINGLE)
            .map(|i| {
                (
                    format!("r{i}"),
                    vec![format!("{stock} punt nummer {i} x{i} y{i}")],
                )
            })
            .collect();
        spec[0].1 = vec![format!("{stock} vraagt aandacht")];
        spec[1].1 = vec![format!("{stock} vraagt zorg")];
        let kept = assert_as_without_kept(&spec, None).unwrap();
        let mut rs = responses_of(&spec);
        assert!(groups_of(&rs).iter().all(Option::is_none));
        group_campaigns(&mut rs);
        assert_eq!(rs[0].comments[0].group.as_deref(), Some("r0-0"));
        // One more text with the phrase: its shingles become common, so the
        // pair of the first two is no longer similar.
        spec.push(("extra".into(), vec![format!("{stock} en nog iets")]));
        let next = assert_as_without_kept(&spec, Some(&kept));
        assert!(next.is_some(), "grouping anew keeps its results");
        let mut rs = responses_of(&spec);
        group_campaigns(&mut rs);
        assert!(groups_of(&rs).iter().all(Option::is_none));
        // And back.
        spec.pop();
        assert_as_without_kept(&spec, next.as_ref());
    }

    #[test]
    fn a_small_change_does_not_keep_grouping_again() {
        let spec: Vec<(String, Vec<String>)> = (0..40)
            .map(|i| (format!("r{i}"), vec![variant(TEMPLATES[i % 3], &[(i, i)])]))
            .collect();
        let kept = assert_as_without_kept(&spec[..39], None).unwrap();
        assert!(assert_as_without_kept(&spec, Some(&kept)).is_none());
        // Without anything kept the results are kept.
        assert!(assert_as_without_kept(&spec, None).is_some());
    }

    #[test]
    fn inconsistent_kept_grouping_is_not_used() {
        let spec: Vec<(String, Vec<String>)> = (0..6)
            .map(|i| (format!("r{i}"), vec![variant(TEMPLATES[i % 2], &[(i, i)])]))
            .collect();
        let mut kept = assert_as_without_kept(&spec, None).unwrap();
        assert!(kept.is_consistent());
        kept.pairs.push((0, u32::MAX - 1));
        assert!(!kept.is_consistent());
        assert!(assert_as_without_kept(&spec, Some(&kept)).is_some());
        let bytes = crate::cache::encode(&kept).unwrap();
        assert_eq!(crate::cache::decode::<KeptCampaigns>(&bytes), Some(kept));
    }
}
