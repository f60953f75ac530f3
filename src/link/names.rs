//! The draft's own proper names of places: villages, neighbourhoods,
//! business parks, a river, named in many of its sections (an
//! introduction listing the region's municipalities, a chapter per
//! project site, an appendix table with a column of places). A comment
//! that names one (`de bus van Vuurenbroek naar Lingestein`, `de
//! windmolens bij Spijkerhaven`) says where, not what about: like the
//! municipalities of `data/municipalities.txt` ([`super::topic::without_places`]),
//! such a name weighs in the comment's topical match as a general word, so a point about
//! nothing in the draft is not linked through the place it names, and an
//! appendix table repeating every chapter's places does not win on them.

use rustc_hash::{FxHashMap, FxHashSet};

use super::topic::{quoted_spans, word_spans};
use crate::model::Version;

/// A name is the draft's place name when at least this many of its
/// sections use it. A programme or an organisation the draft introduces
/// (`Leerwerkloket`, `Economic Board`) is named where it is worked out and
/// perhaps in a table or a summary; a place of the region recurs wherever
/// the draft says where.
pub const NAME_MIN_SECTIONS: usize = 3;

/// Query weight of such a name in a comment (a word of the comment's own
/// weighs 1, a general word 0.5): below 1, so that it is no word of the
/// comment's own topic (a section sharing nothing else is no link).
pub const NAME_WEIGHT: f32 = 0.75;

/// Whether `word` is written as a name: a capital followed by at least
/// one lower-case letter, letters only (no acronym such as `ROC` or
/// `GGD`, no number).
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && word.chars().skip(1).any(char::is_lowercase)
}

/// The draft's place-like names, lower case: words that its titles and
/// texts write with a capital only (never in lower case, never as an
/// acronym), used in at least [`NAME_MIN_SECTIONS`] sections, and not a
/// term that a definitions section (`Begrippenlijst`) explains.
pub fn draft_names(draft: &Version) -> FxHashSet<String> {
    // Per lower-case word: sections using it, and whether any writes it
    // otherwise than as a name.
    let mut seen: FxHashMap<String, (usize, bool)> = FxHashMap::default();
    let mut defined: FxHashSet<String> = FxHashSet::default();
    for s in &draft.sections {
        let definitional = super::topic::is_definitional(&s.title);
        let mut here: FxHashSet<String> = FxHashSet::default();
        for part in [s.title.as_str(), s.text.as_str()] {
            for (a, b) in word_spans(part) {
                let word = &part[a..b];
                let lower = word.to_lowercase();
                let e = seen.entry(lower.clone()).or_insert((0, false));
                if !is_capitalised(word) {
                    e.1 = true;
                }
                if definitional {
                    defined.insert(lower.clone());
                }
                here.insert(lower);
            }
        }
        for w in here {
            if let Some(e) = seen.get_mut(&w) {
                e.0 += 1;
            }
        }
    }
    seen.into_iter()
        .filter(|(w, (sections, other))| {
            !other
                && *sections >= NAME_MIN_SECTIONS
                && w.chars().count() >= 3
                && !defined.contains(w)
        })
        .map(|(w, _)| w)
        .collect()
}

/// The draft's place-like `names` that `text` writes with a capital
/// outside double quotation marks (a quote of the draft, where its places
/// are the draft's words), lower case. They weigh in the comment's
/// topical match as general words do: they can order the sections that
/// share its other words, but a section sharing nothing else is no link.
pub fn names_in(text: &str, names: &FxHashSet<String>) -> FxHashSet<String> {
    let mut out: FxHashSet<String> = FxHashSet::default();
    if names.is_empty() {
        return out;
    }
    let quoted = quoted_spans(text);
    let in_quote = |at: usize| quoted.iter().any(|&(a, b)| a < at && at < b);
    for (a, b) in word_spans(text) {
        let word = &text[a..b];
        let lower = word.to_lowercase();
        if is_capitalised(word) && names.contains(&lower) && !in_quote(a) {
            out.insert(lower);
        }
    }
    out
}
