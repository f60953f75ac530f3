//! Dutch text utilities shared by linking, comparison and the ledger:
//! tokenising, stop words, stemming and set similarity.

use std::collections::HashSet;

use rust_stemmers::{Algorithm, Stemmer};

/// Common Dutch function words that carry no topic.
pub const STOP_WORDS: &[&str] = &[
    "aan", "al", "alle", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "daarom", "dan",
    "dat", "de", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er",
    "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij",
    "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar",
    "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu",
    "of", "om", "omdat", "onder", "ons", "onze", "ook", "op", "over", "reeds", "te", "tegen",
    "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat",
    "we", "wel", "werd", "wezen", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zei",
    "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou", "binnen", "zoals", "welke", "waar",
    "waarin", "waarbij", "hierbij", "hiervan", "daarbij", "daarvan", "deel", "graag", "vinden",
    "vindt", "wordt", "werden", "zullen", "kunt", "mogen", "moeten", "gaat", "gaan",
];

/// Splits text into lower-cased word tokens (letters and digits; inner
/// hyphens split compounds like `Midden-Holland` into two tokens).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// A Dutch Snowball stemmer with the stop-word filter.
pub struct Analyzer {
    stemmer: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            stemmer: Stemmer::create(Algorithm::Dutch),
        }
    }
}

impl Analyzer {
    /// Stemmed content words of `text` (stop words and one-letter tokens
    /// dropped).
    pub fn terms(&self, text: &str) -> Vec<String> {
        words(text)
            .filter(|w| w.chars().count() > 1 && !is_stop_word(w))
            .map(|w| self.stemmer.stem(&w).into_owned())
            .collect()
    }

    pub fn term_set(&self, text: &str) -> HashSet<String> {
        self.terms(text).into_iter().collect()
    }
}

/// Jaccard similarity of two sets (0 when both are empty).
pub fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// Share of `a` contained in `b` (0 when `a` is empty).
pub fn containment(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    a.intersection(b).count() as f64 / a.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_stemmed_without_stop_words() {
        let a = Analyzer::default();
        let t = a.terms("De samenwerking met de gemeenten en de gemeente");
        assert!(!t.iter().any(|w| w == "de" || w == "en"));
        assert_eq!(t.iter().filter(|w| w.starts_with("gemeent")).count(), 2);
        assert_eq!(t[1], t[2]);
    }

    #[test]
    fn set_similarity() {
        let a = Analyzer::default();
        let x = a.term_set("veilig thuis preventie");
        let y = a.term_set("preventie en veilig thuis en jeugd");
        assert!((containment(&x, &y) - 1.0).abs() < 1e-9);
        assert!(jaccard(&x, &y) < 1.0 && jaccard(&x, &y) > 0.5);
    }
}
