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
#[derive(Debug, Default)]
pub struct DraftText {
    words: HashSet<String>,
    shingles: HashSet<u64>,
}

impl DraftText {
    /// The text of `version`: its sections' numbers, titles and text.
    pub fn of(version: &Version) -> DraftText {
        let mut words: Vec<String> = Vec::new();
        for s in &version.sections {
            for part in [&s.number, &s.title, &s.text] {
                words.extend(words_of(part));
            }
        }
        DraftText {
            shingles: shingles(&words).collect(),
            words: words.into_iter().collect(),
        }
    }

    /// How many of the words of `texts` (each compared on its own) lie in
    /// a shingle of the draft's (a text shorter than a shingle: whose words
    /// are all the draft's), and how many words they have.
    fn covered(&self, texts: &[&str]) -> (usize, usize) {
        let (mut covered, mut all) = (0, 0);
        for t in texts {
            let words = words_of(t);
            all += words.len();
            if words.len() < SHINGLE {
                if words.iter().all(|w| self.words.contains(w)) {
                    covered += words.len();
                }
                continue;
            }
            let mut inside = vec![false; words.len()];
            for (i, h) in shingles(&words).enumerate() {
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

    /// The sentences of `text` that are not the draft's (not mostly its
    /// words, verbatim): what the sender typed into a returned draft; none
    /// when every sentence is the draft's.
    fn added_to(&self, text: &str) -> Option<String> {
        let mut own = Vec::new();
        let mut start = 0;
        let ends: Vec<usize> = text
            .char_indices()
            .filter(|(i, c)| {
                matches!(c, '.' | '!' | '?')
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
            })
            .map(|(i, c)| i + c.len_utf8())
            .chain(std::iter::once(text.len()))
            .collect();
        for end in ends {
            let sentence = text[start..end].trim();
            start = end;
            let (covered, all) = self.covered(&[sentence]);
            if all >= 3 && covered * 2 < all {
                own.push(sentence);
            }
        }
        (!own.is_empty()).then(|| own.join(" "))
    }
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

/// The hashes of each run of [`SHINGLE`] words, in order.
fn shingles(words: &[String]) -> impl Iterator<Item = u64> + '_ {
    words.windows(SHINGLE).map(|w| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        w.hash(&mut h);
        h.finish()
    })
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
    // In a returned draft, paragraphs that are not the draft's (text the
    // sender typed into it) are the sender's points too.
    let own: Vec<Comment> = match returned {
        Some(d) => letter
            .comments
            .iter()
            .filter_map(|c| {
                let added = d.added_to(&c.text)?;
                Some(Comment {
                    text: added,
                    ..c.clone()
                })
            })
            .collect(),
        None => Vec::new(),
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
            let added = own.len();
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
