//! Dutch-aware dehyphenation of line ends.
//!
//! `samen-` + `werking` becomes `samenwerking`, but 44% of line-end hyphens
//! in Dutch government PDFs are compounds or dates, which keep the hyphen:
//! `Midden-` + `Holland`, `EU-` + `niveau`, `COVID-19-` + `patiënten`,
//! `notificatie-app-` + `software`. `kind-` + `en gezinsbescherming` (an
//! elided compound part before a conjunction) is left alone. The document's
//! own vocabulary decides doubtful cases: if `x-y` occurs elsewhere the
//! hyphen stays, if `xy` occurs the parts are joined. A soft hyphen
//! (U+00AD) at a line end always joins.

use std::collections::HashSet;

use super::layout::RawLine;
use super::normalise::SOFT_HYPHEN;

/// Words after which a hyphen marks an elided part (`kind- en jeugd`).
const CONJUNCTIONS: &[&str] = &["en", "of", "tot", "noch", "als", "en/of", "dan", "maar"];

/// Words written after `ex-` (`ex-partner`, `ex-wethouder`), by their
/// start.
const EX_WORDS: &[&str] = &[
    "partner",
    "man",
    "vrouw",
    "vriend",
    "echtgeno",
    "collega",
    "werknemer",
    "medewerker",
    "wethouder",
    "burgemeester",
    "minister",
    "lid",
    "leden",
    "gedetineerde",
    "militair",
    "verslaafde",
    "cliënt",
    "client",
    "schoon",
    "voorzitter",
];

/// Whether `word` is (the start of) a web address (`https://`, `www.`) or
/// an e-mail address (`info@`).
pub(crate) fn is_address(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = w.to_ascii_lowercase();
    lower.contains("://")
        || lower.starts_with("www.")
        || w.split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && !domain.is_empty())
}

/// What to do with a hyphen at a line end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hyphen {
    /// Remove the hyphen and join the parts.
    Join,
    /// Keep the hyphen and join the parts (a compound).
    Keep,
    /// Leave both lines as they are.
    Leave,
}

/// The words of all lines, lower case, for the vocabulary check.
pub(crate) fn vocabulary<'a>(texts: impl Iterator<Item = &'a str>) -> HashSet<String> {
    let mut vocab = HashSet::new();
    for t in texts {
        for w in t.split_whitespace() {
            let w = trim_word(w);
            if w.chars().count() > 2 && !w.ends_with('-') {
                vocab.insert(w.to_lowercase());
            }
        }
    }
    vocab
}

fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
}

/// Decides the fate of `prefix` (the last word of a line, ending in a
/// hyphen) followed by `next` (the first word of the next line).
pub(crate) fn decide(prefix: &str, next: &str, vocab: &HashSet<String>) -> Hyphen {
    if prefix.ends_with(SOFT_HYPHEN) {
        return Hyphen::Join;
    }
    let Some(stem) = prefix.strip_suffix(['-', '\u{2010}']) else {
        return Hyphen::Leave;
    };
    let stem = stem.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(last) = stem.chars().last() else {
        return Hyphen::Leave;
    };
    let next_word = trim_word(next);
    let Some(first) = next_word.chars().next() else {
        return Hyphen::Leave;
    };
    if !last.is_alphabetic() && !last.is_ascii_digit() {
        return Hyphen::Leave;
    }
    // A web or e-mail address is not hyphenated by a word processor: its
    // hyphen is its own (`info@veilig-` + `opgroeien.nl`).
    if is_address(prefix) {
        return Hyphen::Keep;
    }
    // Prefixes Dutch always writes with a hyphen (`ex-partner`,
    // `niet-westers`, `oud-wethouder`): a hyphenation program leaves no
    // `niet-` or `oud-` of another word on a line (`nie-tig`, `ou-ders`);
    // `ex-` is also a syllable (`ex-tra`, `ex-pert`), so only before a
    // word that takes it.
    let lower_stem = stem.to_lowercase();
    let lower_next = next_word.to_lowercase();
    if matches!(lower_stem.as_str(), "niet" | "oud")
        || (lower_stem == "ex" && EX_WORDS.iter().any(|w| lower_next.starts_with(w)))
    {
        return Hyphen::Keep;
    }
    let joined = format!("{stem}{next_word}").to_lowercase();
    let hyphenated = format!("{stem}-{next_word}").to_lowercase();
    if vocab.contains(&hyphenated) && !vocab.contains(&joined) {
        return Hyphen::Keep;
    }
    if CONJUNCTIONS.contains(&next_word.to_lowercase().as_str()) {
        return Hyphen::Leave;
    }
    if vocab.contains(&joined) && !vocab.contains(&hyphenated) {
        return Hyphen::Join;
    }
    let compound = stem.contains('-')
        || single_letter(stem)
        || coordinated_adjectives(stem, next_word)
        || vowel_collision(last, first)
        || last.is_uppercase()
        || last.is_ascii_digit()
        || first.is_uppercase()
        || first.is_ascii_digit();
    if compound {
        Hyphen::Keep
    } else if last.is_lowercase() && first.is_lowercase() {
        Hyphen::Join
    } else {
        Hyphen::Leave
    }
}

/// Joins hyphenated line ends across a sequence of lines (in reading
/// order, possibly spanning pages). `lines` holds mutable references so
/// the caller can pass lines of several pages.
pub(crate) fn dehyphenate(lines: &mut [&mut RawLine], vocab: &HashSet<String>) {
    for i in 0..lines.len().saturating_sub(1) {
        let (head, tail) = lines.split_at_mut(i + 1);
        let cur = &mut *head[i];
        let next = &mut *tail[0];
        if next.para || !(cur.text.ends_with(['-', '\u{2010}', SOFT_HYPHEN])) {
            continue;
        }
        let Some(prefix) = cur.text.split_whitespace().next_back() else {
            continue;
        };
        let Some(first) = next.text.split_whitespace().next() else {
            continue;
        };
        let action = decide(prefix, first, vocab);
        let first = first.to_string();
        match action {
            Hyphen::Leave => continue,
            Hyphen::Join => {
                cur.text.pop();
                cur.text.push_str(&first);
            }
            Hyphen::Keep => {
                if cur.text.ends_with(SOFT_HYPHEN) {
                    cur.text.pop();
                }
                cur.text.push_str(&first);
            }
        }
        next.text = next.text.trim_start()[first.len()..]
            .trim_start()
            .to_string();
    }
    for l in lines.iter_mut() {
        if l.text.contains(SOFT_HYPHEN) {
            l.text = l.text.replace(SOFT_HYPHEN, "");
        }
    }
}

/// A single letter before the hyphen (`e-` + `mail`, `x-` + `as`, `T-` +
/// `shirt`) is a compound's part: hyphenation of a word leaves at least two
/// letters on a line (Word's and TeX's Dutch patterns alike).
fn single_letter(stem: &str) -> bool {
    let mut chars = stem.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Endings of Dutch adjectives of Latin or Greek origin (`sociaal`,
/// `emotioneel`, `medisch`, `preventief`, `specifiek`, `solidair`), in
/// their plain and inflected forms.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "aal", "ale", "eel", "ele", "isch", "ische", "ief", "ieve", "iek", "ieke", "air", "aire",
];

/// Two adjectives side by side make a coordinated compound, which Dutch
/// writes with a hyphen (`sociaal-emotionele`, `medisch-specialistische`,
/// `juridisch-financieel`): a line that ends in a whole such adjective and
/// a hyphen, going on with another, keeps it. A word broken across lines
/// leaves a syllable, not a whole adjective, on the first line (`ide-` +
/// `aal`), and a noun compound has no adjective after the hyphen
/// (`taal-` + `ontwikkeling`).
fn coordinated_adjectives(stem: &str, next: &str) -> bool {
    let adjective = |w: &str| {
        let w = w.to_lowercase();
        w.chars().count() >= 5 && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
    };
    adjective(stem) && adjective(next)
}

/// Dutch writes a hyphen where two vowels would read as one sound
/// (`risico-inschatting`, `zee-egel`, `informatie-uitwisseling`).
fn vowel_collision(last: char, first: char) -> bool {
    const PAIRS: &[&str] = &[
        "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu",
    ];
    let pair: String = [last, first]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect();
    PAIRS.contains(&pair.as_str())
}

/// Appends a continuation line to `text` (used for footnotes), joining a
/// hyphenated word by the same rules without a vocabulary.
pub(crate) fn append_continuation(text: &mut String, next: &str) {
    let prefix = text.split_whitespace().next_back().unwrap_or_default();
    let first = next.split_whitespace().next().unwrap_or_default();
    match decide(prefix, first, &HashSet::new()) {
        Hyphen::Join => {
            text.pop();
            text.push_str(next.trim_start());
        }
        Hyphen::Keep => text.push_str(next.trim_start()),
        Hyphen::Leave => {
            text.push(' ');
            text.push_str(next.trim_start());
        }
    }
}

#[cfg(test)]
mod tests;
