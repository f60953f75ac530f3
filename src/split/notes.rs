//! A response's review notes (PDF sticky notes, typed text and highlight
//! notes; Word review comments: [`crate::model::Note`]) and how the
//! response is read with them, once the drafts are known ([`settle`]):
//!
//! - a returned draft (its text is the draft's own, [`DraftText::covers`])
//!   with notes: the notes are its points, each naming its place (`Pagina
//!   3: ...`, `Bij "...": ...`), the draft's text is not, and the sender is
//!   who made the notes (when that names a person or organisation);
//! - a letter of its own with notes: its points, then the notes, with a
//!   warning to check them;
//! - a returned draft without notes: no points at all, and the pipeline
//!   reports the file (ask the sender for their comments).
//!
//! Paragraphs of a returned draft that are not the draft's text (typed
//! into it by the sender) are points of the sender's, before the notes.

use std::collections::{HashMap, HashSet};
use std::hash::Hasher;
use std::sync::OnceLock;

use rustc_hash::{FxHashSet, FxHasher};

use super::metadata::{is_person_name, kind_of, organisation_word};
use super::Letter;
use crate::model::{Comment, Note, NoteKind, RespondentKind, Version};

/// Words in a shingle (a run of words compared with the draft).
const SHINGLE: usize = 4;
/// The share of a body's words inside shingles found in a draft from which
/// the body is that draft's own text: a letter quoting the draft at length
/// still writes most of its words itself.
const DRAFT_SHARE: f64 = 0.8;
/// At least this many words of a body must be the draft's for it to be the
/// draft (a letter of one quoted sentence is a letter).
const DRAFT_MIN_WORDS: usize = 30;
/// The most words of an anchor quoted in a note's comment.
const ANCHOR_WORDS: usize = 25;

/// The words and shingles of one version of the draft, to tell a response
/// that is that draft's own text.
///
/// Every response is checked against every draft on every run, so the
/// words and shingles are kept as hashes (no string per word); the
/// draft's sentences, which only a returned draft is compared with, are
/// read from its sections on first need.
#[derive(Debug, Default)]
pub struct DraftText {
    /// The hash of each of its words ([`word_hashes`]).
    words: FxHashSet<u64>,
    /// The hash of each of its shingles ([`shingle_hashes`]).
    shingles: FxHashSet<u64>,
    /// Each section's number, title and text.
    sections: Vec<[String; 3]>,
    /// Its sentences, read from `sections` on first need.
    sentences: OnceLock<DraftSentences>,
}

/// A draft's sentences, for what a returned draft changed.
#[derive(Debug, Default)]
struct DraftSentences {
    /// Its sentences (of the sections' text), in order, as written, and
    /// the section each is in (by index).
    sentences: Vec<String>,
    sentence_sections: Vec<usize>,
    /// All its words in order, one space around each (` de visie ... `):
    /// a run of words is the draft's when it is found here.
    stream: String,
}

impl DraftText {
    /// The text of `version`: its sections' numbers, titles and text.
    pub fn of(version: &Version) -> DraftText {
        let sections: Vec<[String; 3]> = version
            .sections
            .iter()
            .map(|s| [s.number.clone(), s.title.clone(), s.text.clone()])
            .collect();
        let words: Vec<u64> = sections
            .iter()
            .flat_map(|parts| parts.iter().flat_map(|part| word_hashes(part)))
            .collect();
        DraftText {
            shingles: shingle_hashes(&words).collect(),
            words: words.into_iter().collect(),
            sections,
            sentences: OnceLock::new(),
        }
    }

    /// The draft's sentences and its words in order, read on first need.
    fn sentences(&self) -> &DraftSentences {
        self.sentences.get_or_init(|| {
            let mut words: Vec<String> = Vec::new();
            let mut sentences = Vec::new();
            let mut sentence_sections = Vec::new();
            for (k, parts) in self.sections.iter().enumerate() {
                for part in parts {
                    words.extend(words_of(part));
                }
                let before = sentences.len();
                sentences.extend(sentences_of(&parts[2]).into_iter().map(one_line));
                sentence_sections.resize(sentences.len().max(before), k);
            }
            DraftSentences {
                sentences,
                sentence_sections,
                stream: stream_of(&words),
            }
        })
    }

    /// How many of the words of `texts` (each compared on its own) lie in
    /// a shingle of the draft's (a text shorter than a shingle: whose words
    /// are all the draft's), and how many words they have.
    fn covered(&self, texts: &[&str]) -> (usize, usize) {
        let (mut covered, mut all) = (0, 0);
        for t in texts {
            let words = word_hashes(t);
            all += words.len();
            if words.len() < SHINGLE {
                if words.iter().all(|w| self.words.contains(w)) {
                    covered += words.len();
                }
                continue;
            }
            let mut inside = vec![false; words.len()];
            for (i, h) in shingle_hashes(&words).enumerate() {
                if self.shingles.contains(&h) {
                    inside[i..i + SHINGLE].iter_mut().for_each(|b| *b = true);
                }
            }
            covered += inside.iter().filter(|b| **b).count();
        }
        (covered, all)
    }

    /// Whether `texts` (a response's body, point by point) are this
    /// draft's own text: most of their words are the draft's, verbatim.
    pub fn covers(&self, texts: &[&str]) -> bool {
        // Every response is checked against every draft: the words are
        // counted first (no copies), and the texts looked at one by one
        // until more words are not the draft's than may be (a letter of
        // its own is done with after its first point or so).
        let all: usize = texts.iter().map(|t| word_count(t)).sum();
        let needed = DRAFT_MIN_WORDS.max((all as f64 * DRAFT_SHARE).ceil() as usize);
        let Some(may_miss) = all.checked_sub(needed) else {
            return false;
        };
        let mut missed = 0;
        for t in texts {
            let (covered, words) = self.covered(&[t]);
            missed += words - covered;
            if missed > may_miss {
                return false;
            }
        }
        true
    }

    /// What the sender changed in a returned draft, read from its text
    /// `texts` (its points, in order; `whole`, its whole text as read,
    /// tells what it holds of the draft's) against this draft: see
    /// [`Edits`].
    /// Text accounted for by a tracked change is left to it: the draft's
    /// sentences found in `tracked_before` (the changed paragraphs' text
    /// before the change) are not changed here, nor are the sentences of
    /// `texts` found in `tracked_after` (what tracked changes insert).
    fn edits(
        &self,
        texts: &[&str],
        whole: &str,
        tracked_before: &[&str],
        tracked_after: &[&str],
    ) -> Edits {
        let DraftSentences {
            sentences,
            sentence_sections,
            stream,
        } = self.sentences();
        let joined = |texts: &[&str]| {
            let words: Vec<String> = texts.iter().flat_map(|t| words_of(t)).collect();
            stream_of(&words)
        };
        let response = joined(texts);
        let whole = joined(&[whole]);
        let before = joined(tracked_before);
        let after = joined(tracked_after);
        // Where each of the draft's sentences ends in the returned points,
        // whether the returned text holds it, and the sentences it lacks,
        // by index.
        let mut present_at: Vec<Option<usize>> = Vec::with_capacity(sentences.len());
        let mut present: Vec<bool> = vec![false; sentences.len()];
        let mut missing: Vec<usize> = Vec::new();
        // Those a tracked change changes.
        let mut tracked: HashSet<usize> = HashSet::new();
        for (i, d) in sentences.iter().enumerate() {
            let key = stream_of(&words_of(d));
            if word_count(d) < EDIT_MIN_WORDS {
                present_at.push(None);
                continue;
            }
            let at = response.find(&key);
            present_at.push(at.map(|at| at + key.len()));
            present[i] = at.is_some() || whole.contains(&key);
            if !present[i] {
                if before.contains(&key) {
                    tracked.insert(i);
                }
                missing.push(i);
            }
        }
        // The returned text's sentences that are not the draft's: changed
        // or typed in.
        let mut edits = Edits::default();
        let mut used: HashSet<usize> = HashSet::new();
        let missing_words: Vec<(usize, HashSet<String>)> = missing
            .iter()
            .map(|&i| (i, words_of(&sentences[i]).into_iter().collect()))
            .collect();
        let mut offset = 0usize;
        for (c, t) in texts.iter().enumerate() {
            let start = offset;
            offset += stream_of(&words_of(t)).len();
            let mut own: Vec<String> = Vec::new();
            for (j, sentence) in sentences_of(t).into_iter().enumerate() {
                let words = words_of(sentence);
                let key = stream_of(&words);
                if words.len() < EDIT_MIN_WORDS || stream.contains(&key) || after.contains(&key) {
                    continue;
                }
                // The draft's sentence it most resembles, when it is one
                // the returned text lacks: that sentence changed (by a
                // tracked change, which tells it already, or not).
                let set: HashSet<String> = words.iter().cloned().collect();
                let best = missing_words
                    .iter()
                    .filter(|(i, _)| !used.contains(i))
                    .map(|(i, w)| (*i, similarity(&set, w)))
                    .filter(|&(_, sim)| sim >= CHANGED_MIN_SIMILARITY)
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
                match best {
                    Some((i, _)) if tracked.contains(&i) => {}
                    Some((i, _)) => {
                        used.insert(i);
                        edits.items.push((
                            start + j,
                            c,
                            Edit::Changed {
                                draft: sentences[i].clone(),
                                now: one_line(sentence),
                            },
                        ));
                    }
                    None => own.push(one_line(sentence)),
                }
            }
            if !own.is_empty() {
                edits.items.push((start, c, Edit::Added(own.join(" "))));
            }
        }
        // The draft's sentences left out: between the first and last of
        // its sentences the returned text holds, or in a section of which
        // it holds a sentence (what lies before or after them may be a
        // part not sent back).
        let first = present.iter().position(|p| *p);
        let last = present.iter().rposition(|p| *p);
        let kept_sections: HashSet<usize> = (0..sentences.len())
            .filter(|&i| present[i])
            .map(|i| sentence_sections[i])
            .collect();
        if let (Some(first), Some(last)) = (first, last) {
            let mut run: Vec<usize> = Vec::new();
            let gone: Vec<usize> = missing
                .into_iter()
                .filter(|i| !used.contains(i) && !tracked.contains(i))
                .filter(|&i| {
                    (first < i && i < last) || kept_sections.contains(&sentence_sections[i])
                })
                .collect();
            for (k, &i) in gone.iter().enumerate() {
                run.push(i);
                if gone.get(k + 1) != Some(&(i + 1)) {
                    // Where it stood: after the draft's sentence before it.
                    let at = present_at[..run[0]]
                        .iter()
                        .rev()
                        .find_map(|p| *p)
                        .unwrap_or(0);
                    let text: Vec<&str> = run.iter().map(|&i| sentences[i].as_str()).collect();
                    edits
                        .items
                        .push((at, usize::MAX, Edit::Deleted(text.join(" "))));
                    run.clear();
                }
            }
        }
        edits.items.sort_by_key(|(at, ..)| *at);
        edits
    }
}

/// A returned draft's sentences shorter than this are not compared with
/// the draft's (a heading's number, `Ja.`).
const EDIT_MIN_WORDS: usize = 3;
/// The least share of words (Dice) a sentence shares with the draft's
/// sentence it is a changed form of; below it, it is one typed in.
const CHANGED_MIN_SIMILARITY: f64 = 0.5;

/// What the sender changed in a returned draft without tracking, in the
/// order of its text: each with where it is (in the returned text's words)
/// and the point it is in (`usize::MAX` for a deletion).
#[derive(Debug, Default)]
struct Edits {
    items: Vec<(usize, usize, Edit)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Edit {
    /// Sentences typed in, none of them a draft's sentence changed.
    Added(String),
    /// A sentence of the draft, `draft`, that reads `now`.
    Changed { draft: String, now: String },
    /// Sentences of the draft left out.
    Deleted(String),
}

/// The share of words two texts have in common (Dice over their sets).
fn similarity(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

/// `words` with a space around each: runs of words found by `contains`.
fn stream_of(words: &[String]) -> String {
    let mut out = String::from(" ");
    for w in words {
        out.push_str(w);
        out.push(' ');
    }
    out
}

/// The sentences of `text`: ended by `.`, `!` or `?` before white space,
/// or by a line break after which a new paragraph starts (an empty line).
fn sentences_of(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for para in text.split("\n\n") {
        let mut start = 0;
        let ends = para
            .char_indices()
            .filter(|(i, c)| {
                matches!(c, '.' | '!' | '?')
                    && para[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
            })
            .map(|(i, c)| i + c.len_utf8())
            .chain(std::iter::once(para.len()));
        for end in ends {
            let sentence = para[start..end].trim();
            start = end;
            if !sentence.is_empty() {
                out.push(sentence);
            }
        }
    }
    out
}

/// `text` on one line, its white space single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-case words of letters and digits.
/// How many words [`words_of`] gives for `text`.
fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The hash of each lower-case word of letters and digits of `text` (the
/// words of [`words_of`]), in order: equal words have equal hashes. An
/// ASCII word is hashed as it is lowered, without a string of its own.
fn word_hashes(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut h = FxHasher::default();
            if w.is_ascii() {
                w.bytes().for_each(|b| h.write_u8(b.to_ascii_lowercase()));
            } else {
                w.to_lowercase().bytes().for_each(|b| h.write_u8(b));
            }
            // The word's end, so that a word is no prefix of another's hash.
            h.write_u8(0xff);
            mixed(h.finish())
        })
        .collect()
}

/// The hashes of each run of [`SHINGLE`] words (as [`word_hashes`]), in
/// order.
fn shingle_hashes(words: &[u64]) -> impl Iterator<Item = u64> + '_ {
    words.windows(SHINGLE).map(|w| {
        w.iter()
            .fold(SHINGLE as u64, |h, &word| mixed(h.rotate_left(23) ^ word))
    })
}

/// `x` with its bits spread over the whole word (splitmix64's finaliser):
/// the sets' hashes tell words and shingles apart as a full hash would.
fn mixed(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// How a response was read with its notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// No notes, a letter of its own: read as it was.
    Letter,
    /// A letter of its own with notes: its points, then the notes.
    LetterWithNotes,
    /// The draft returned with notes: the notes are its points.
    DraftWithNotes,
    /// The draft returned without notes: nothing of the sender's own.
    DraftOnly,
}

/// Reads `letter` (of the response with id `response_id`) with its notes,
/// against the drafts' texts: see the module's comment. The letter's
/// comments, sender and warnings are set accordingly.
pub fn settle(letter: &mut Letter, response_id: &str, drafts: &[DraftText]) -> Reading {
    // The text as the sender received it counts too: a tracked change's
    // text before the change.
    let body: Vec<&str> = letter
        .comments
        .iter()
        .map(|c| c.text.as_str())
        .chain(
            letter
                .notes
                .iter()
                .filter(|n| n.kind == NoteKind::Change)
                .filter_map(|n| n.anchor.as_deref()),
        )
        .collect();
    let returned = drafts.iter().find(|d| d.covers(&body));
    if returned.is_none() {
        // A letter's own tracked changes are its writer's editing, read
        // accepted; no comment on the draft.
        let before = letter.notes.len();
        letter.notes.retain(|n| n.kind != NoteKind::Change);
        let changes = before - letter.notes.len();
        if changes > 0 {
            letter.reading_warnings.push(format!(
                "it holds {} not yet accepted or rejected; it was read with {} accepted: \
                 check that this is the text the sender meant",
                count(
                    changes,
                    "tracked change (bijgehouden wijziging)",
                    "tracked changes (bijgehouden wijzigingen)"
                ),
                if changes == 1 { "it" } else { "them" },
            ));
        }
    }
    let n = letter.notes.len();
    // In a returned draft, what is not the draft's text (typed into it,
    // changed or left out without tracking) is the sender's points too.
    let (own, edits) = match returned {
        Some(d) => edits_as_points(d, letter),
        None => (Vec::new(), EditCounts::default()),
    };
    let reading = match (returned.is_some(), n) {
        (false, 0) => return Reading::Letter,
        (false, _) => Reading::LetterWithNotes,
        (true, 0) if own.is_empty() => Reading::DraftOnly,
        (true, _) => Reading::DraftWithNotes,
    };
    let author = sender_of_notes(&letter.notes);
    match reading {
        Reading::LetterWithNotes => {
            let notes = note_comments(&letter.notes, false);
            letter.comments.extend(notes);
            renumber(&mut letter.comments, response_id);
            if letter.respondent.is_none() {
                if let Some((name, kind)) = author {
                    letter.respondent = Some(name);
                    letter.kind = kind;
                    letter.private_person = kind == RespondentKind::Resident;
                }
            }
            letter.reading_warnings.push(format!(
                "it holds {} ({}) beside its own text; {} read as points after the letter's \
                 own: check them",
                count(n, "review note", "review notes"),
                kinds_of(&letter.notes),
                if n == 1 { "it was" } else { "they were" },
            ));
        }
        Reading::DraftWithNotes | Reading::DraftOnly => {
            // What the split read from the draft's text (its title as a
            // letterhead, its date) is the draft's, not the sender's.
            let added = edits.added;
            letter.comments = own;
            letter.comments.extend(note_comments(&letter.notes, true));
            renumber(&mut letter.comments, response_id);
            let (respondent, kind) = match author {
                Some((name, kind)) => (Some(name), kind),
                None => (None, RespondentKind::Unknown),
            };
            letter.respondent = respondent;
            letter.kind = kind;
            letter.private_person = kind == RespondentKind::Resident;
            letter.date = letter.notes.iter().filter_map(|n| n.date).max();
            letter.date_without_year = None;
            letter.place = None;
            letter.passes_on_private = false;
            letter.passed_on_names.clear();
            letter.own_streets.clear();
            letter.own_details.clear();
            if reading == Reading::DraftWithNotes {
                let mut what = Vec::new();
                if n > 0 {
                    what.push(format!(
                        "{} ({})",
                        count(n, "review note", "review notes"),
                        kinds_of(&letter.notes)
                    ));
                }
                if added > 0 {
                    what.push(count(
                        added,
                        "paragraph of its own typed into it",
                        "paragraphs of its own typed into it",
                    ));
                }
                if !edits.places.is_empty() {
                    let shown: Vec<&str> = edits
                        .places
                        .iter()
                        .take(EDITS_NAMED)
                        .map(String::as_str)
                        .collect();
                    let more = edits.places.len() - shown.len();
                    what.push(format!(
                        "{} made without tracking ({}{})",
                        count(
                            edits.places.len(),
                            "change to the draft's text",
                            "changes to the draft's text"
                        ),
                        shown.join(", "),
                        if more > 0 {
                            format!(" and {more} more")
                        } else {
                            String::new()
                        },
                    ));
                }
                letter.reading_warnings.push(format!(
                    "it is the draft itself returned with {}: these were read as its points, \
                     the draft's own text was not; check them",
                    what.join(" and "),
                ));
            }
        }
        Reading::Letter => {}
    }
    reading
}

/// At most this many changes made without tracking are named in the
/// warning about them.
const EDITS_NAMED: usize = 5;

/// How many points [`edits_as_points`] made of what: paragraphs typed in,
/// and the places changed or left out (each named by its first words,
/// `"De wachttijd voor een…" changed`).
#[derive(Debug, Default)]
struct EditCounts {
    added: usize,
    places: Vec<String>,
}

/// The points of a returned draft (`letter`, read as a letter, against
/// the draft `d` it returns) that are the sender's: sentences typed in, as
/// they stand (one point per paragraph); a sentence of the draft changed
/// without tracking, `Bij "...": Tekstvoorstel (niet bijgehouden
/// wijziging): "zes" vervangen door "twee".`; sentences left out, `...:
/// deze tekst schrappen.`, so that each links by the draft's text.
fn edits_as_points(d: &DraftText, letter: &Letter) -> (Vec<Comment>, EditCounts) {
    let texts: Vec<&str> = letter.comments.iter().map(|c| c.text.as_str()).collect();
    let changes = letter.notes.iter().filter(|n| n.kind == NoteKind::Change);
    let before: Vec<&str> = changes
        .clone()
        .filter_map(|n| n.anchor.as_deref())
        .collect();
    let after: Vec<&str> = changes.map(|n| n.text.as_str()).collect();
    let mut counts = EditCounts::default();
    let mut out = Vec::new();
    let first_words = |t: &str| {
        let words: Vec<&str> = t.split_whitespace().collect();
        let mut q = words[..words.len().min(5)].join(" ");
        if words.len() > 5 {
            q.push('…');
        }
        format!("\"{}\"", q.replace('"', "'"))
    };
    for (_, c, edit) in d.edits(&texts, &letter.text, &before, &after).items {
        let base = letter.comments.get(c).cloned().unwrap_or_default();
        let text = match edit {
            Edit::Added(text) => {
                counts.added += 1;
                text
            }
            Edit::Changed { draft, now } => {
                counts
                    .places
                    .push(format!("{} changed", first_words(&draft)));
                format!(
                    "Bij \"{}\": Tekstvoorstel (niet bijgehouden wijziging): {}; nieuwe tekst: \"{}\".",
                    quoted_anchor(&draft),
                    crate::extract::docx::change_parts(&draft, &now).join("; "),
                    now.replace('"', "'"),
                )
            }
            Edit::Deleted(draft) => {
                counts
                    .places
                    .push(format!("{} left out", first_words(&draft)));
                format!(
                    "Bij \"{}\": Tekstvoorstel (niet bijgehouden wijziging): deze tekst schrappen.",
                    quoted_anchor(&draft)
                )
            }
        };
        out.push(Comment { text, ..base });
    }
    (out, counts)
}

/// `1 review note`, `3 review notes`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What kind of notes: PDF notes, Word review comments, tracked changes.
fn kinds_of(notes: &[Note]) -> &'static str {
    let changes = notes.iter().any(|n| n.kind == NoteKind::Change);
    let comments = notes.iter().any(|n| n.kind == NoteKind::Comment);
    if notes.iter().any(|n| n.page.is_some()) {
        "PDF notes or annotations (notities)"
    } else if changes && comments {
        "Word review comments and tracked changes (opmerkingen en bijgehouden wijzigingen)"
    } else if changes {
        "Word tracked changes (bijgehouden wijzigingen)"
    } else {
        "Word review comments (opmerkingen)"
    }
}

/// The comments made of `notes`, in order, ids not yet set. In a returned
/// draft each names its place, so that it links to the draft: its page
/// (`Pagina 3: ...`) and the text it is attached to as a quote (`Bij
/// "...": ...`). In a letter of its own the page is the letter's, not the
/// draft's: only the attached text is named.
fn note_comments(notes: &[Note], returned_draft: bool) -> Vec<Comment> {
    notes
        .iter()
        .map(|n| {
            let page = n.page.filter(|_| returned_draft);
            let anchor = n.anchor.as_deref().map(quoted_anchor);
            let text = match (page, anchor) {
                (Some(p), Some(a)) => format!("Pagina {p}, bij \"{a}\": {}", n.text),
                (Some(p), None) => format!("Pagina {p}: {}", n.text),
                (None, Some(a)) => format!("Bij \"{a}\": {}", n.text),
                (None, None) => n.text.clone(),
            };
            Comment {
                text,
                page: n.page,
                ..Comment::default()
            }
        })
        .collect()
}

/// An anchor as quoted: at most [`ANCHOR_WORDS`] words, `…` where it is
/// cut, its double quotes made single.
fn quoted_anchor(anchor: &str) -> String {
    let words: Vec<&str> = anchor.split_whitespace().collect();
    let mut out = words[..words.len().min(ANCHOR_WORDS)].join(" ");
    if words.len() > ANCHOR_WORDS {
        out.push('…');
    }
    out.replace(['"', '“', '”'], "'")
}

/// Sets the ids of `comments`, unique in the response.
fn renumber(comments: &mut [Comment], response_id: &str) {
    let mut ids: Vec<String> = comments
        .iter()
        .map(|c| crate::ids::comment_id(response_id, &c.text))
        .collect();
    crate::ids::dedupe(&mut ids);
    for (c, id) in comments.iter_mut().zip(ids) {
        c.id = id;
    }
}

/// Who made the notes, when it names a person (a resident, kept private)
/// or an organisation: the author most notes give. A user name
/// (`jdevries`, `Gebruiker`, `Microsoft Office User`) names neither and is
/// no sender.
fn sender_of_notes(notes: &[Note]) -> Option<(String, RespondentKind)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for a in notes.iter().filter_map(|n| n.author.as_deref()) {
        *counts.entry(a.trim()).or_default() += 1;
    }
    let mut authors: Vec<(&str, usize)> = counts.into_iter().collect();
    authors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (name, _) = authors.first()?;
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let generic = {
        let l = name.to_lowercase();
        [
            "gebruiker",
            "user",
            "auteur",
            "author",
            "microsoft",
            "office",
            "windows",
        ]
        .iter()
        .any(|g| l.split(|c: char| !c.is_alphanumeric()).any(|w| w == *g))
    };
    if generic || name.chars().count() > 120 {
        return None;
    }
    if organisation_word(&name) {
        let kind = match kind_of(&name) {
            RespondentKind::Unknown | RespondentKind::Resident => RespondentKind::Organisation,
            k => k,
        };
        return Some((name, kind));
    }
    is_person_name(&name).then_some((name, RespondentKind::Resident))
}

#[cfg(test)]
mod tests;
