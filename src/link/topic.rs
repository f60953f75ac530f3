//! Topical similarity: BM25 (k1 1.2, b 0.75) of a comment against the
//! draft's sections, over Dutch Snowball stems (stop words dropped) with
//! the section title counted twice, plus a second field of character
//! 4-grams of long words so that compounds (`vrouwenopvang`, `opvang`)
//! meet.

use std::collections::{HashMap, HashSet};

use crate::model::Version;
use crate::text::Analyzer;

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Weight of the 4-gram field against the stem field.
const GRAM_WEIGHT: f32 = 0.15;
/// Words at least this long also contribute character 4-grams.
const GRAM_MIN_WORD: usize = 7;
/// Weight of the front matter (number `0`): a summary repeats the body,
/// so the body section is the better link when both match.
const FRONT_MATTER_WEIGHT: f32 = 0.8;

/// Words too general in a policy consultation to say what a comment is
/// about (compared after stemming).
const DOMAIN_WORDS: &[&str] = &[
    "gemeente",
    "gemeenten",
    "regio",
    "regiovisie",
    "visie",
    "beleid",
    "werkgroep",
    "reactie",
    "zienswijze",
    "concept",
    "document",
    "raad",
    "college",
    "hoofdstuk",
    "paragraaf",
    "pagina",
    "pag",
    "blz",
    "bijlage",
    "vragen",
    "vraagt",
    "vinden",
    "vindt",
    "punt",
    "tekst",
    "staat",
    "schrijft",
    "lezen",
    "missen",
    "mist",
    "zien",
    "ziet",
    "goed",
    "goede",
    "andere",
    "grote",
    "groot",
    "nieuwe",
    "jaar",
    "jaren",
    "huidige",
    "aandacht",
    "erg",
    "stellen",
    "mogelijk",
    "belangrijk",
    "nodig",
    "komt",
    "komen",
    "advies",
    "adviseren",
    "adviesraad",
    "onze",
    "graag",
    "verzoeken",
    "voorstel",
    "zeker",
    "duidelijk",
    "onduidelijk",
    "genoemd",
    "noemen",
    "noemt",
];

/// One field's postings.
#[derive(Default)]
struct Field {
    /// term → (section, term frequency)
    postings: HashMap<String, Vec<(usize, f32)>>,
    lengths: Vec<f32>,
    avg: f32,
}

impl Field {
    fn build(docs: Vec<Vec<String>>) -> Field {
        let mut f = Field::default();
        let n = docs.len().max(1) as f32;
        for (i, terms) in docs.iter().enumerate() {
            f.lengths.push(terms.len() as f32);
            let mut tf: HashMap<&str, f32> = HashMap::new();
            for t in terms {
                *tf.entry(t.as_str()).or_insert(0.0) += 1.0;
            }
            for (t, c) in tf {
                f.postings.entry(t.to_string()).or_default().push((i, c));
            }
        }
        f.avg = f.lengths.iter().sum::<f32>() / n;
        f
    }

    fn idf(&self, term: &str, n: usize) -> f32 {
        let df = self.postings.get(term).map_or(0, Vec::len) as f32;
        ((n as f32 - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    fn score(&self, terms: &HashMap<String, f32>, n: usize, out: &mut [f32], weight: f32) {
        for (t, qtf) in terms {
            let Some(list) = self.postings.get(t) else {
                continue;
            };
            let idf = self.idf(t, n);
            for &(doc, tf) in list {
                let len = self.lengths[doc];
                let norm = if self.avg > 0.0 { len / self.avg } else { 1.0 };
                let s = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * norm));
                out[doc] += weight * s * qtf.min(3.0);
            }
        }
    }
}

/// BM25 index over the draft's sections.
pub struct TopicIndex {
    analyzer: Analyzer,
    domain: HashSet<String>,
    stems: Field,
    grams: Field,
    front: Vec<bool>,
    n: usize,
}

/// A comment's topical ranking of the sections.
#[derive(Debug, Clone, Default)]
pub struct Ranking {
    /// BM25 score per section (index as in the version).
    pub bm25: Vec<f32>,
    /// Share of the comment's stem weight (idf) found in each section.
    pub coverage: Vec<f32>,
    /// Comment words (as written) whose stems occur in each section,
    /// rarest first.
    pub shared: Vec<Vec<String>>,
    /// Sections with a positive score, best first.
    pub order: Vec<(usize, f32)>,
}

impl TopicIndex {
    pub fn new(draft: &Version) -> Self {
        let analyzer = Analyzer::default();
        let domain: HashSet<String> = DOMAIN_WORDS
            .iter()
            .flat_map(|w| analyzer.terms(w))
            .collect();
        let mut stem_docs = Vec::new();
        let mut gram_docs = Vec::new();
        for s in &draft.sections {
            let mut terms = content_terms(&analyzer, &domain, &s.title);
            terms.extend(terms.clone());
            terms.extend(content_terms(&analyzer, &domain, &s.text));
            stem_docs.push(terms);
            let mut grams = grams(&s.title);
            grams.extend(grams.clone());
            grams.extend(self::grams(&s.text));
            gram_docs.push(grams);
        }
        TopicIndex {
            analyzer,
            domain,
            stems: Field::build(stem_docs),
            grams: Field::build(gram_docs),
            front: draft.sections.iter().map(|s| s.number == "0").collect(),
            n: draft.sections.len(),
        }
    }

    /// Ranks the sections for a comment text.
    pub fn rank(&self, text: &str) -> Ranking {
        let n = self.n;
        let mut bm25 = vec![0.0f32; n];
        if n == 0 {
            return Ranking::default();
        }
        let mut q: HashMap<String, f32> = HashMap::new();
        let mut written: HashMap<String, String> = HashMap::new();
        for w in crate::text::words(text) {
            if w.chars().count() < 2 || crate::text::is_stop_word(&w) {
                continue;
            }
            let terms = content_terms(&self.analyzer, &self.domain, &w);
            if let Some(t) = terms.into_iter().next() {
                *q.entry(t.clone()).or_insert(0.0) += 1.0;
                written.entry(t).or_insert(w);
            }
        }
        self.stems.score(&q, n, &mut bm25, 1.0);
        let mut gq: HashMap<String, f32> = HashMap::new();
        for g in grams(text) {
            *gq.entry(g).or_insert(0.0) += 1.0;
        }
        self.grams.score(&gq, n, &mut bm25, GRAM_WEIGHT);
        for (i, s) in bm25.iter_mut().enumerate() {
            if self.front[i] {
                *s *= FRONT_MATTER_WEIGHT;
            }
        }
        // Coverage: idf mass of the query's stems present in the section.
        // A word the draft never uses weighs as much as its rarest words.
        let unseen = ((n as f32 - 0.5) / 1.5 + 1.0).ln();
        let weights: Vec<(&String, f32)> = q
            .keys()
            .map(|t| {
                let w = if self.stems.postings.contains_key(t) {
                    self.stems.idf(t, n)
                } else {
                    unseen
                };
                (t, w)
            })
            .collect();
        let total: f32 = weights.iter().map(|(_, w)| w).sum();
        let mut coverage = vec![0.0f32; n];
        let mut shared: Vec<Vec<(f32, String)>> = vec![Vec::new(); n];
        for (t, w) in &weights {
            if let Some(list) = self.stems.postings.get(*t) {
                let mut seen = HashSet::new();
                for &(doc, _) in list {
                    if seen.insert(doc) {
                        coverage[doc] += w / total.max(1e-6);
                        shared[doc].push((*w, written.get(*t).cloned().unwrap_or_default()));
                    }
                }
            }
        }
        let shared = shared
            .into_iter()
            .map(|mut v| {
                v.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
                v.into_iter().map(|(_, w)| w).collect()
            })
            .collect();
        let mut order: Vec<(usize, f32)> = bm25
            .iter()
            .enumerate()
            .filter(|(_, s)| **s > 0.0)
            .map(|(i, s)| (i, *s))
            .collect();
        order.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
        Ranking {
            bm25,
            coverage,
            shared,
            order,
        }
    }
}

/// Stems of `text` without stop words and domain words.
fn content_terms(analyzer: &Analyzer, domain: &HashSet<String>, text: &str) -> Vec<String> {
    analyzer
        .terms(text)
        .into_iter()
        .filter(|t| t.chars().count() > 2 && !t.chars().all(|c| c.is_ascii_digit()))
        .filter(|t| !domain.contains(t))
        .collect()
}

/// Character 4-grams of the long words of `text`.
fn grams(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in crate::text::words(text) {
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < GRAM_MIN_WORD {
            continue;
        }
        for g in chars.windows(4) {
            out.push(g.iter().collect());
        }
    }
    out
}
