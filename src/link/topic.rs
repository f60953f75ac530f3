//! Topical similarity: BM25 (k1 1.2, b 0.5) of a comment against the
//! draft's sections, over Dutch Snowball stems (stop words dropped) with
//! the section title counted three times, plus a second field of character
//! 4-grams of long words so that compounds (`vrouwenopvang`, `opvang`)
//! meet.

use std::borrow::Borrow;
use std::hash::Hash;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::{Section, Version};
use crate::text::Analyzer;

const K1: f32 = 1.2;
/// Length normalisation. Passages are at most [`PASSAGE_WORDS`] long, so
/// it mostly decides how much a short section gains over a full passage
/// that uses the same word. On the eight evaluation sets (293 comments)
/// 0.3 to 0.6 gave top-1 / recall@3 0.805 / 0.808–0.809, the usual 0.75
/// 0.801 / 0.806, 0.85 to 1.0 0.798 / 0.803; at 0.5 the blind set hg-pdf
/// recall@3 0.616 → 0.640 and the no-link rate stays the same (on the
/// first five sets 0.5 and 0.75 gave the same, BENCHMARKS.md).
const B: f32 = 0.5;
/// Weight of the 4-gram field against the stem field.
const GRAM_WEIGHT: f32 = 0.15;
/// Words at least this long also contribute character 4-grams.
const GRAM_MIN_WORD: usize = 7;
/// Times a section's title counts in each of its passages: the title says
/// what the section is about in the words a respondent uses (`monitoring`,
/// `lokale teams`). 3 rather than 2 won one top-1 link on the evaluation
/// sets and lost none; 4 gained nothing more.
const TITLE_REPEAT: usize = 3;
/// Weight of the front matter (number `0`): a summary repeats the body,
/// so the body section is the better link when both match.
const FRONT_MATTER_WEIGHT: f32 = 0.8;
/// Weight of appendices: they support the body (figures, lists), so a
/// body section matching as well is the better link.
const APPENDIX_WEIGHT: f32 = 0.85;
/// Weight of a section that defines the field's words (`De definitie`,
/// `Begrippenlijst`, `Afkortingen`): it names every form and term of the
/// subject, so it shares words with comments about any of them, while
/// the section on what is done about it is the one a reader links.
const DEFINITION_WEIGHT: f32 = 0.8;

/// Weight of a section that is mostly a table or a list of short
/// fragments ([`is_table_like`]): an overview or planning table, a list of
/// partners or of what is already done. It names many of the draft's
/// topics in a few words each, so its passages share words with comments
/// on any of them, while the section that works a topic out is the one a
/// reader links; weighed as a summary is ([`FRONT_MATTER_WEIGHT`]). Not
/// for appendices, which [`APPENDIX_WEIGHT`] weighs already. On the eight
/// evaluation sets recall@3 0.843 → 0.851, top-1 unchanged, no set worse
/// (with appendices too: 0.849, 0.7: 0.831 / 0.852, 0.9: 0.835 / 0.846;
/// BENCHMARKS.md, twentieth session).
const TABLE_WEIGHT: f32 = 0.8;
/// A line of at most this many words is a fragment (a table cell, a list
/// item, a label) rather than a line of running text.
const TABLE_LINE_WORDS: usize = 8;
/// Least share of fragment lines among a section's lines for it to be
/// table-like (0.7 and 0.8 gave the same top-1, recall@3 within 0.003).
const TABLE_MIN_SHARE: f32 = 0.75;
/// Least lines of a table-like section: a short section of a heading and
/// two lines is not a table.
const TABLE_MIN_LINES: usize = 8;

/// Whether `text` (a section's own text, its lines as extracted) is
/// mostly short fragments: at least [`TABLE_MIN_LINES`] non-empty lines,
/// of which at least [`TABLE_MIN_SHARE`] have at most
/// [`TABLE_LINE_WORDS`] words. Running text broken over lines has longer
/// lines.
pub(crate) fn is_table_like(text: &str) -> bool {
    let lines: Vec<usize> = text
        .lines()
        .map(|l| l.split_whitespace().count())
        .filter(|&n| n > 0)
        .collect();
    let short = lines.iter().filter(|&&n| n <= TABLE_LINE_WORDS).count();
    lines.len() >= TABLE_MIN_LINES && short as f32 >= TABLE_MIN_SHARE * lines.len() as f32
}

/// Whether a section's title says it defines the field's words.
pub(crate) fn is_definitional(title: &str) -> bool {
    crate::text::words(title).any(|w| {
        matches!(
            w.as_str(),
            "definitie"
                | "definities"
                | "begrippen"
                | "begrippenlijst"
                | "begrippenkader"
                | "woordenlijst"
                | "afkortingen"
                | "afkortingenlijst"
                | "terminologie"
        )
    })
}

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

/// The stems of [`DOMAIN_WORDS`]. [`FUNCTION_WORDS`] are left out as the
/// words they are (see [`is_function_word`]), not by their stems: the stem
/// of `ten slotte` is that of `sloten` (ditches), of `steeds` that of
/// `steden`, of `vaak` that of `vakken`, and those nouns were lost from
/// every draft and comment.
fn domain_terms() -> &'static FxHashSet<String> {
    static SET: std::sync::OnceLock<FxHashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let analyzer = Analyzer::default();
        DOMAIN_WORDS
            .iter()
            .flat_map(|w| analyzer.terms(w))
            .map(conflate)
            .collect()
    })
}

/// Whether `word` (lower case, as written) is one of [`FUNCTION_WORDS`].
fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word)
}

/// Adverbs, conjunctions and quantifiers that the general stop-word list
/// lacks: they join a letter's sentences (`daarnaast`, `zodat`, `echter`)
/// or count (`iedere`, `elke`) and say nothing about the topic, yet a
/// short section that happens to use one gained as much from it as from a
/// content word.
const FUNCTION_WORDS: &[&str] = &[
    "daarnaast",
    "bovendien",
    "verder",
    "allereerst",
    "tenslotte",
    "slotte",
    "zodat",
    "terwijl",
    "echter",
    "namelijk",
    "juist",
    "vooral",
    "alleen",
    "bijvoorbeeld",
    "steeds",
    "zowel",
    "vaak",
    "soms",
    "ervan",
    "ieder",
    "iedere",
    "elk",
    "elke",
    // Prepositions the stop-word list lacks.
    "tijdens",
    "volgens",
    "sinds",
    "via",
    "tussen",
    "ondanks",
];

/// Query weight of a common Dutch word that is not a noun (`krijgen`,
/// `eigen`, `weten`, `eerste`, `hen`, `drie`; [`is_general_word`]): such
/// words are used in letters about anything, so a section sharing them
/// with a comment says little about its topic, yet a short passage that
/// happens to use two of them could outrank the section that shares the
/// comment's one topical word. The weight counts in the comment's ideal
/// score too, so a comment of mostly general words with a few topical
/// ones is not judged weak. Measured on the five evaluation sets (top-1 /
/// recall@3 overall 0.846 / 0.857 → 0.865 / 0.863, BENCHMARKS.md); 0.3
/// and 0.7 were worse.
const GENERAL_WORD_WEIGHT: f32 = 0.5;

/// Whether `word` (lower case, as written) is one of the common Dutch
/// non-nouns in `data/general_words.txt`: the 1,000 most frequent Dutch
/// words less those with a noun reading, from Pattern's Dutch frequency
/// list and lexicon (BSD licence). Nouns are kept at full weight even when
/// frequent (`kinderen`, `school`): they name what a comment is about.
pub fn is_general_word(word: &str) -> bool {
    static SET: std::sync::OnceLock<FxHashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        data_lines(include_str!("../../data/general_words.txt"))
            .map(str::to_lowercase)
            .collect()
    })
    .contains(word)
}

/// Frequent words with a noun reading that `data/general_words.txt`
/// therefore lacks, yet that a letter mostly uses as a function word:
/// `zorgen` in `zorgen dat`, `zorgen voor` and `ik maak mij zorgen` (the
/// singular `zorg`, care, keeps its full weight), `keer` in `een keer`,
/// `elke keer`. At the general words' weight: top-1 on the eight
/// evaluation sets 0.820 → 0.827 (`zorgen` won two, `keer` none there and
/// one with other weights; both lost none).
///
/// The verbs of a letter's requests, beside them: `onderzoeken` in `wij
/// vragen te onderzoeken of`, `plaatsvinden` (`kan plaatsvinden`),
/// `uitvoeren`; they say what is asked, not what about (the nouns
/// `onderzoek`, `uitvoering` keep their full weight).
const LETTER_GENERAL_WORDS: &[&str] = &[
    "zorgen",
    "keer",
    "keren",
    "onderzoeken",
    "plaatsvinden",
    "plaatsvindt",
    "uitvoeren",
    "zorgt",
    "zorgde",
    "zorgden",
    "gezorgd",
];

/// Words after `zorg` that make it the verb of a request (`Zorg dat het
/// loket bereikbaar is`, `Zorg ervoor dat`, `ik zorg er zelf voor`), not
/// the noun care (`de zorg`, `zorg en ondersteuning`).
const ZORG_VERB_NEXT: &[&str] = &["dat", "ervoor", "er"];

/// Whether word `i` of `words` (lower case) is `zorg` used as the verb of
/// a request ([`ZORG_VERB_NEXT`]): it weighs as the other forms of
/// `zorgen` do ([`LETTER_GENERAL_WORDS`]), as it says what is asked, not
/// what about.
pub(crate) fn is_request_verb(words: &[String], i: usize) -> bool {
    words.get(i).is_some_and(|w| w == "zorg")
        && words
            .get(i + 1)
            .is_some_and(|n| ZORG_VERB_NEXT.contains(&n.as_str()))
}

/// Whether `word` (lower case, as written) weighs as a general word in a
/// comment: [`is_general_word`], one of [`LETTER_GENERAL_WORDS`], or a
/// shorter form of a general word with its stem (`maak`, `maakt` of
/// `maken`; `weet` of `weten`): the list holds the frequent forms only.
pub(crate) fn is_general_in_letters(word: &str) -> bool {
    is_general_word(word) || LETTER_GENERAL_WORDS.contains(&word) || is_general_form(word)
}

/// Whether `word` has the stem of a word of `data/general_words.txt` that
/// is longer than it (a verb's first person or imperative, `maak` of
/// `maken`; the infinitive's noun, `gebruik`, goes with it).
fn is_general_form(word: &str) -> bool {
    static STEMS: std::sync::OnceLock<FxHashMap<String, usize>> = std::sync::OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        let analyzer = Analyzer::default();
        let mut out: FxHashMap<String, usize> = FxHashMap::default();
        for w in data_lines(include_str!("../../data/general_words.txt")) {
            let w = w.to_lowercase();
            if let Some(stem) = analyzer.terms(&w).into_iter().next() {
                let len = w.chars().count();
                let e = out.entry(stem).or_insert(len);
                *e = (*e).max(len);
            }
        }
        out
    });
    thread_local! {
        static ANALYZER: Analyzer = Analyzer::default();
    }
    ANALYZER.with(|a| {
        a.terms(word)
            .into_iter()
            .next()
            .and_then(|stem| stems.get(&stem))
            .is_some_and(|&len| word.chars().count() < len)
    })
}

/// Parts of a hyphenated municipality name that are everyday words or
/// names and so are not taken as the place on their own (`Ouder-Amstel`,
/// `Midden-Delfland`).
const PLACE_PART_WORDS: &[&str] = &["ouder", "midden", "noord", "hendrik", "ambacht"];

/// Least letters of a part of a hyphenated municipality name taken as the
/// place on its own (`Pijnacker` of `Pijnacker-Nootdorp`; not `Edam` of
/// `Edam-Volendam`, which is also a word in other names).
const PLACE_PART_MIN: usize = 5;

/// The municipality names of `data/municipalities.txt` as lower-case word
/// sequences, by their first word; a two-part hyphenated name also by
/// each of its parts (`Pijnacker`, `Nootdorp`), as letters name one of
/// the places of such a municipality.
fn place_names() -> &'static FxHashMap<String, Vec<Vec<String>>> {
    static MAP: std::sync::OnceLock<FxHashMap<String, Vec<Vec<String>>>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<String, Vec<Vec<String>>> = FxHashMap::default();
        let mut add = |words: Vec<String>| {
            if let Some(first) = words.first() {
                let list = map.entry(first.clone()).or_default();
                if !list.contains(&words) {
                    list.push(words);
                }
            }
        };
        for line in data_lines(include_str!("../../data/municipalities.txt")) {
            add(crate::text::words(line).collect());
            let parts: Vec<&str> = line.split('-').collect();
            if parts.len() == 2 && !line.contains(' ') {
                for part in parts {
                    let w = part.to_lowercase();
                    if w.chars().count() >= PLACE_PART_MIN
                        && !PLACE_PART_WORDS.contains(&w.as_str())
                    {
                        add(vec![w]);
                    }
                }
            }
        }
        map
    })
}

/// Whether `word` (lower case) is the name of a Dutch municipality of one
/// word (`zoeterwoude`, `pijnacker`; see [`place_names`]).
pub fn is_place_name(word: &str) -> bool {
    place_names()
        .get(word)
        .is_some_and(|names| names.iter().any(|n| n.len() == 1))
}

/// `text` with the names of Dutch municipalities (written with a capital,
/// outside double quotation marks) blanked out: a comment that names its town (`ook in kleinere gemeenten
/// zoals Pijnacker-Nootdorp`) says where, not what about, and a regional
/// draft names its municipalities in the introduction and in an appendix
/// of partners, which would otherwise win on those rare words.
pub fn without_places(text: &str) -> std::borrow::Cow<'_, str> {
    let spans = word_spans(text);
    // Text in double quotation marks quotes the draft: its places are
    // the draft's words, evidence of the passage quoted.
    let quoted = quoted_spans(text);
    let in_quote = |at: usize| quoted.iter().any(|&(a, b)| a < at && at < b);
    let blank = place_spans(text, &spans, in_quote);
    if blank.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (a, b, _) in blank {
        out.push_str(&text[at..a]);
        out.push(' ');
        at = b;
    }
    out.push_str(&text[at..]);
    std::borrow::Cow::Owned(out)
}

/// The byte spans of the municipality names in `text` (written with a
/// capital: `Leiden`, `Alphen aan den Rijn`, `Den Haag`), each with the
/// number of its words.
pub fn municipality_spans(text: &str) -> Vec<(usize, usize, usize)> {
    place_spans(text, &word_spans(text), |_| false)
}

/// The byte spans of the parts of `text` in double quotation marks
/// (`"..."`, `“...”`, `„...”`): from the opening mark to the closing one.
pub(super) fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut quoted: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('"', None) | ('\u{201C}', None) | ('\u{201E}', None) => open = Some(i),
            ('"', Some(a)) | ('\u{201D}', Some(a)) => {
                quoted.push((a, i));
                open = None;
            }
            _ => {}
        }
    }
    quoted
}

/// The words of `text` as byte spans, split as `crate::text::words`
/// splits.
pub(super) fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// The municipality names of `text` (its words `spans`) where `in_quote`
/// does not hold at their start: byte spans and number of words.
fn place_spans(
    text: &str,
    spans: &[(usize, usize)],
    in_quote: impl Fn(usize) -> bool,
) -> Vec<(usize, usize, usize)> {
    let names = place_names();
    let lower: Vec<String> = spans
        .iter()
        .map(|&(a, b)| text[a..b].to_lowercase())
        .collect();
    let mut blank: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        let longest = names.get(&lower[i]).and_then(|list| {
            list.iter()
                .filter(|name| {
                    lower.get(i..i + name.len()) == Some(name.as_slice())
                        && !in_quote(spans[i].0)
                        && spans[i..i + name.len()].iter().any(|&(a, b)| {
                            text[a..b].chars().next().is_some_and(char::is_uppercase)
                        })
                })
                .map(Vec::len)
                .max()
        });
        match longest {
            Some(n) => {
                blank.push((spans[i].0, spans[i + n - 1].1, n));
                i += n;
            }
            None => i += 1,
        }
    }
    blank
}

/// The lines of a bundled data file, without blank lines and `#` comments.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A comment word the draft never uses, of at least this many letters, is
/// tried as a compound of two words the draft does use.
const COMPOUND_MIN_WORD: usize = 8;
/// Least letters of each part of a split compound.
const COMPOUND_MIN_PART: usize = 4;
/// Query weight of each part of a split compound (the word itself counts
/// 1): `schuldhulpverlening` meets `schulden` and `hulpverlening`. On the
/// evaluation sets 0.5 and 1 gave the same links.
const COMPOUND_WEIGHT: f32 = 0.5;

/// Query weight of a draft word derived from a comment's word, or that it
/// is derived from ([`TopicIndex::derivations`]): below a word of the
/// comment's own (1), as a `jongerenwerker` is not quite the
/// `jongerenwerk` a section is about. On the twenty-one evaluation sets,
/// with an inflected adjective's comparative still taken as an agent noun
/// (`slechte` ~ `slechter`), 0.3 gave top-1 0.890 / recall@3 0.895 /
/// no-link 62/96 / no confident link 72/96, 0.5 the same but 71/96, 0.75
/// 0.889 / 0.895 / 71/96, 1.0 0.889 / 0.895 / 70/96 (without the
/// relation 0.890 / 0.894 / 63/96 / 72/96). Taken at 0.3 without that
/// comparative: hunzestreek-qa38 recall@3 0.889 → 0.894, every other
/// number of every set the same but hm-burgers' precision@3 (0.453 →
/// 0.449).
const DERIVATION_WEIGHT: f32 = 0.3;
/// Least letters of the base of a derivation ([`TopicIndex::derivations`]).
const DERIVATION_MIN_BASE: usize = 4;

/// A part of a compound ([`TopicIndex::compounds_holding`]) that more of
/// the draft's words hold says too little of which.
const PART_MAX_WORDS: usize = 6;

/// Query weight of a draft word reached through a group of related terms
/// (`data/related_terms.txt`): a comment on `haar pinpas` meets a section
/// on `financiële uitbuiting`. Below a word of the comment's own (1), as
/// the relation is looser than sharing the word; it is not counted in the
/// comment's ideal score, so a comment in everyday words can reach the
/// topical threshold through it.
const RELATED_WEIGHT: f32 = 0.5;

/// A draft word is reached through a group of related terms only when at
/// most this share of the draft's passages use it: `werk` (from
/// `schoolmaatschappelijk werk`) or `kinderen` in a vision on child abuse
/// say nothing about where a comment belongs. 0.3 (the title words' share,
/// [`TITLE_TERM_MAX_SHARE`]) lost one top-1 link, 0.7 and 1.0 gave the
/// same as 0.5.
const RELATED_MAX_SHARE: f32 = 0.5;

/// The draft words that one word or phrase of a comment reaches through
/// the groups of related terms count in a passage with diminishing
/// weight: the best fully, the next times this, the one after times its
/// square, and so on. A group lists many forms of its subject, so one
/// everyday word (`woning`, `betaalbare`, `politie`) reached four or five
/// of a passage's words (`urgentie`, `urgentieverklaring`,
/// `huurwoningen`) and outweighed a rare word the comment shares with
/// another section (`Skaeve Huse`). Chosen
/// leave-one-set-out on the ten evaluation sets (2026-12-06; 1, 0.85,
/// 0.7, 0.5, 0.3, 0 tried, 0.85 chosen on each nine): top-1 0.810 →
/// 0.815, recall@3 0.836 → 0.839, no confident link 27/30 → 28/30, no
/// set below its floor; 0.7 gave 0.815 / 0.833, 0.5 0.802 / 0.829, 0
/// (the best word of a source only) 0.789 / 0.806 (BENCHMARKS.md).
const RELATED_DECAY: f32 = 0.85;

/// The groups of related terms of the social domain in
/// `data/related_terms.txt`: each member as its words, lower case.
fn related_groups() -> &'static [RelatedGroup] {
    static GROUPS: std::sync::OnceLock<Vec<RelatedGroup>> = std::sync::OnceLock::new();
    GROUPS.get_or_init(|| {
        data_lines(include_str!("../../data/related_terms.txt"))
            .filter_map(parse_related_group)
            .collect()
    })
}

/// A group of related terms: each member as its words, lower case.
pub type RelatedGroup = Vec<Vec<String>>;

/// One group of related terms as written in `data/related_terms.txt` or
/// in a consultation's `related_terms` setting: members separated by `|`.
/// `None` for a line with fewer than two members (nothing to relate).
pub fn parse_related_group(line: &str) -> Option<RelatedGroup> {
    let group: RelatedGroup = line
        .split('|')
        .map(|m| crate::text::words(m).collect::<Vec<String>>())
        .filter(|m| !m.is_empty())
        .collect();
    (group.len() > 1).then_some(group)
}

/// The related-term groups as one draft uses them.
#[derive(Default)]
struct Related {
    /// First word of a member (normalised, see [`norm`]) →
    /// (group, the member's words normalised).
    members: FxHashMap<String, Vec<(usize, Vec<String>)>>,
    /// Per group: the draft's stems of its members.
    terms: Vec<Vec<String>>,
}

/// A draft word reached from the comment's words other than by sharing
/// it: through a group of related terms or as a part of a compound.
#[derive(Debug, Clone)]
struct Reached {
    /// The draft's stem.
    term: String,
    /// As a reason shows it: the draft's word with the comment's
    /// (`huurachterstand (≈ huur)`).
    shown: String,
    /// Query weight.
    weight: f32,
    /// The comment's word or phrase it was reached from, numbered (a
    /// part of a compound is a source of its own): the draft words one
    /// source reaches in a passage count with [`RELATED_DECAY`].
    source: usize,
}

/// One field's postings, its terms interned.
struct Field<K> {
    /// term → its index in `postings`
    ids: FxHashMap<K, u32>,
    /// Per term: (passage, term frequency), by passage.
    postings: Vec<Vec<(usize, f32)>>,
    lengths: Vec<f32>,
    avg: f32,
}

impl<K: Hash + Eq + Ord> Field<K> {
    /// The field over `docs`, each a passage's terms as ids into `terms`
    /// (an id per distinct term, numbered from 0).
    fn build(terms: FxHashMap<K, u32>, docs: &[Vec<u32>]) -> Field<K> {
        let n = docs.len().max(1) as f32;
        let mut postings: Vec<Vec<(usize, f32)>> = vec![Vec::new(); terms.len()];
        let mut lengths = Vec::with_capacity(docs.len());
        for (i, doc) in docs.iter().enumerate() {
            lengths.push(doc.len() as f32);
            for &t in doc {
                let list = &mut postings[t as usize];
                match list.last_mut() {
                    Some((d, c)) if *d == i => *c += 1.0,
                    _ => list.push((i, 1.0)),
                }
            }
        }
        let avg = lengths.iter().sum::<f32>() / n;
        Field {
            ids: terms,
            postings,
            lengths,
            avg,
        }
    }

    /// The passages that use `term`.
    fn list<Q>(&self, term: &Q) -> Option<&[(usize, f32)]>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.ids
            .get(term)
            .map(|&id| self.postings[id as usize].as_slice())
    }

    /// Whether any passage uses `term`.
    fn contains<Q>(&self, term: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.ids.contains_key(term)
    }

    /// One term's BM25 score in passage `doc`.
    fn bm25(&self, idf: f32, tf: f32, doc: usize) -> f32 {
        // Very short passages are not favoured beyond half the average
        // length.
        let len = self.lengths[doc].max(self.avg * 0.5);
        let norm = if self.avg > 0.0 { len / self.avg } else { 1.0 };
        idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * norm))
    }

    fn idf<Q>(&self, term: &Q, n: usize) -> f32
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let df = self.list(term).map_or(0, <[_]>::len) as f32;
        ((n as f32 - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    fn score(&self, terms: &FxHashMap<K, f32>, n: usize, out: &mut [f32], weight: f32) {
        // Summed in term order, so scores do not depend on the map's order.
        let mut terms: Vec<(&K, &f32)> = terms.iter().collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (t, qtf) in terms {
            let Some(list) = self.list(t) else {
                continue;
            };
            let idf = self.idf(t, n);
            for &(doc, tf) in list {
                out[doc] += weight * self.bm25(idf, tf, doc) * qtf.min(3.0);
            }
        }
    }
}

/// The id of `term` in `ids`, a new one when it has none.
fn intern<K: Hash + Eq>(ids: &mut FxHashMap<K, u32>, term: K) -> u32 {
    let next = ids.len() as u32;
    *ids.entry(term).or_insert(next)
}

/// Sections with fewer words of their own are not topical targets, unless
/// they have no subsections (see [`MIN_LEAF_WORDS`]).
pub(crate) const MIN_SECTION_WORDS: usize = 15;

/// A section without subsections is a topical target from this many words
/// of its own: a short paragraph is still about its topic, where a chapter
/// heading over its subsections is represented by them.
const MIN_LEAF_WORDS: usize = 6;

/// Whether section `si` of `draft` has no subsections (`3.2` has none
/// when no section is numbered `3.2.…`).
fn is_leaf(draft: &Version, si: usize) -> bool {
    let prefix = format!("{}.", draft.sections[si].number);
    !draft.sections.iter().any(|s| s.number.starts_with(&prefix))
}

/// Words of running text (see [`prose_words`]) the front matter (number
/// `0`, the text before the first numbered heading) must hold to be a
/// topical target: a title block holds none, a foreword, introduction or
/// summary before the first numbered heading holds more.
pub(crate) const FRONT_MIN_PROSE_WORDS: usize = 40;

/// A sentence of running text has at least this many words.
const PROSE_SENTENCE_WORDS: usize = 5;

/// The words of `text` in sentences of running text: ended by `.`, `!` or
/// `?` and of at least [`PROSE_SENTENCE_WORDS`] words. The lines of a
/// title block (`Regiovisie ... 2024-2028`, `Inspraakversie, oktober
/// 2023`, `Gemeenten Leiden en Gouda`) end no sentence.
pub(crate) fn prose_words(text: &str) -> usize {
    text.split("\n\n")
        .flat_map(|para| para.split_inclusive(['.', '!', '?']))
        .filter(|s| s.trim_end().ends_with(['.', '!', '?']))
        .map(|s| s.split_whitespace().count())
        .filter(|&n| n >= PROSE_SENTENCE_WORDS)
        .sum()
}

/// Whether `section` is front matter (number `0`) that is only a title
/// block: less than [`FRONT_MIN_PROSE_WORDS`] words of running text. Its
/// title is the document's.
pub(crate) fn is_title_block(section: &Section) -> bool {
    section.number == "0" && prose_words(&section.text) < FRONT_MIN_PROSE_WORDS
}

/// Words per passage: sections are scored by their best passage, so a long
/// section (a summary, an appendix) does not win by accumulating scattered
/// matches.
const PASSAGE_WORDS: usize = 120;

/// BM25 index over passages of the draft's sections.
pub struct TopicIndex {
    analyzer: Analyzer,
    domain: &'static FxHashSet<String>,
    stems: Field<String>,
    grams: Field<Gram>,
    /// Section of each passage.
    passage_section: Vec<usize>,
    /// Prior weight per section (front matter, appendices, definitions
    /// and table-like sections lower).
    front: Vec<f32>,
    sections: usize,
    /// Per section: the distinctive stems of its title with their weight
    /// (idf among the titles), see [`TITLE_TERM_MAX_SHARE`].
    titles: Vec<Vec<(String, f32)>>,
    /// The related-term groups that reach the draft's words.
    related: Related,
    /// The draft's stems with a word of the draft that has it (lower
    /// case, the first met), as a reason shows a word the comment reached
    /// without writing it.
    written: FxHashMap<String, String>,
    /// The draft's own place-like names (see [`super::names`]).
    names: FxHashSet<String>,
}

/// A section whose title's distinctive words the comment uses has its
/// topical score raised by up to this share (all of them used): a comment
/// on `de monitor` is about `Ontwikkelopgaven monitoring` rather than a
/// section that shares more of its other words. Chosen on the evaluation
/// sets: 0.5 to 1.0 gave the same recall@3 on both (0.25 lost a top-1 on
/// each, 1.5 lost recall@3 on each); 0.75 is the middle.
const TITLE_BOOST: f32 = 0.75;

/// A title word names a section's subject only when the draft's passages
/// do not use it everywhere: `huiselijk geweld` in a title says nothing
/// in a vision on domestic violence. Stems found in more than this share
/// of the passages are left out of the title terms.
pub const TITLE_TERM_MAX_SHARE: f32 = 0.3;

/// A comment's topical ranking of the sections.
#[derive(Debug, Clone, Default)]
pub struct Ranking {
    /// Score per section (index as in the version): BM25 of its best
    /// passage.
    pub bm25: Vec<f32>,
    /// Share of the comment's stem weight (idf) found in the section's best
    /// passage.
    pub coverage: Vec<f32>,
    /// Comment words (as written) whose stems occur in that passage,
    /// rarest first.
    pub shared: Vec<Vec<String>>,
    /// Per section: how many of [`Ranking::shared`] are no general word
    /// (a word of the comment's own at full weight, or a related term).
    pub content: Vec<usize>,
    /// Sections with a positive score, best first.
    pub order: Vec<(usize, f32)>,
    /// The BM25 score a passage holding every query word would reach
    /// (each word's idf times `k1 + 1`), to compare scores across drafts
    /// and comment lengths.
    pub ideal: f32,
    /// Per section: the share of its title terms' weight that the comment
    /// uses (0 when the title has no distinctive terms).
    pub title_cover: Vec<f32>,
    /// Per section: the comment's words (as written) that are title terms.
    pub title_shared: Vec<Vec<String>>,
    /// Distinct words or phrases of the comment that reached a group of
    /// related terms the draft uses (`pinpas`, `uit huis gezet`): how
    /// much of the field's own vocabulary a comment in everyday words
    /// touches, which its strength against the draft's words does not say.
    pub related_reached: usize,
}

impl TopicIndex {
    pub fn new(draft: &Version) -> Self {
        Self::with_related(draft, &[])
    }

    /// [`TopicIndex::new`] with groups of related terms of the
    /// consultation's own field besides the built-in ones.
    pub fn with_related(draft: &Version, extra: &[RelatedGroup]) -> Self {
        let analyzer = Analyzer::default();
        let domain = domain_terms();
        // A chapter heading with (almost) no text of its own is represented
        // by its subsections: its bare title would otherwise match every
        // comment that uses its words.
        let texts: Vec<(usize, Vec<&str>)> = draft
            .sections
            .iter()
            .enumerate()
            .map(|(si, s)| (si, s.text.split_whitespace().collect::<Vec<_>>()))
            .filter(|(si, words)| {
                // A short section without subsections (`3.2 Minimaregelingen`
                // over two sentences) is a topic all the same.
                words.len() >= MIN_SECTION_WORDS
                    || words.len() >= MIN_LEAF_WORDS && is_leaf(draft, *si)
            })
            .collect();
        // A sub-section whose title another has too (`Doelen` in every
        // part of a plan) takes the title terms of its path for the title
        // boost (see `super::title_paths`): a comment naming the part's
        // words raises that part's `Doelen` only. Its passages keep its own
        // title: the part's words repeated in every passage under it drew
        // comments using them loosely (`aandacht`, `samenwerken`) to the
        // part's sub-sections (uitvoeringsplan2024 read into 31 sections:
        // top-1 0.545 with them against 0.576 without).
        let heads = super::path_titles(draft);
        let own: Vec<String> = draft.sections.iter().map(|s| s.title.clone()).collect();
        let ((stem_ids, stem_docs, passage_section), (gram_ids, gram_docs, _)) = rayon::join(
            || {
                field_docs(&own, &texts, TITLE_REPEAT, |text, out| {
                    out.extend(content_terms(&analyzer, domain, text))
                })
            },
            || field_docs(&own, &texts, 2, grams_into),
        );
        let stems = Field::build(stem_ids, &stem_docs);
        let grams = Field::build(gram_ids, &gram_docs);
        let titles = title_terms(&analyzer, domain, &heads, &stems, passage_section.len());
        let related = related_in(&analyzer, domain, &stems, extra);
        let mut written: FxHashMap<String, String> = FxHashMap::default();
        let mut seen: FxHashSet<String> = FxHashSet::default();
        for s in &draft.sections {
            for w in crate::text::words(&s.title).chain(crate::text::words(&s.text)) {
                if seen.insert(w.clone()) {
                    if let Some(t) = content_terms(&analyzer, domain, &w).into_iter().next() {
                        written.entry(t).or_insert(w);
                    }
                }
            }
        }
        TopicIndex {
            analyzer,
            domain,
            titles,
            related,
            written,
            names: super::names::draft_names(draft),
            stems,
            grams,
            passage_section,
            front: draft
                .sections
                .iter()
                .map(|s| {
                    if is_title_block(s) {
                        // A title block alone (title, version, date, the
                        // bodies issuing it) is about nothing a comment
                        // says: it shares the draft's words, not a topic.
                        0.0
                    } else if crate::model::is_front_matter(&s.number) {
                        FRONT_MATTER_WEIGHT
                    } else if is_definitional(&s.title) {
                        // A glossary appendix is both.
                        if s.number.starts_with("Bijlage") {
                            DEFINITION_WEIGHT * APPENDIX_WEIGHT
                        } else {
                            DEFINITION_WEIGHT
                        }
                    } else if s.number.starts_with("Bijlage") {
                        APPENDIX_WEIGHT
                    } else {
                        1.0
                    }
                })
                .zip(&draft.sections)
                .map(|(w, s)| {
                    // An appendix is weighed as support already, and is
                    // often a list (of partners, of what is done): a
                    // second weight there pushed an appendix a comment
                    // names out of the first three.
                    if is_table_like(&s.text) && !s.number.starts_with("Bijlage") {
                        w * TABLE_WEIGHT
                    } else {
                        w
                    }
                })
                .collect(),
            sections: draft.sections.len(),
        }
    }

    /// Ranks the sections for a comment text.
    pub fn rank(&self, text: &str) -> Ranking {
        let text = &*without_places(text);
        let named = super::names::names_in(text, &self.names);
        let n = self.passage_section.len();
        if n == 0 || self.sections == 0 {
            return Ranking::default();
        }
        let mut q: FxHashMap<String, f32> = FxHashMap::default();
        let mut written: FxHashMap<String, String> = FxHashMap::default();
        // The comment's terms used at least once as a word of full weight
        // (not a general word).
        let mut full: FxHashSet<String> = FxHashSet::default();
        let mut prev = String::new();
        let all: Vec<String> = crate::text::words(text).collect();
        // Draft words a comment word is a part of (`huur` of
        // `huurachterstand`), with the weight of each.
        let mut parts: Vec<(String, String, f32)> = Vec::new();
        let mut skip_next = false;
        for (wi, w) in all.iter().enumerate() {
            let w = w.clone();
            if std::mem::take(&mut skip_next) {
                continue;
            }
            // `Tot slot` closes a letter's list of points; a draft's
            // closing section (`Tot slot`) is no more its topic.
            let furniture = prev == "tot" && w == "slot";
            prev = w.clone();
            if furniture || w.chars().count() < 2 || crate::text::is_stop_word(&w) {
                continue;
            }
            // A compound written as two words (`huur achterstand`, `meld
            // punt`) is the draft's one word when the draft writes it so.
            if let Some((t, _)) = self.joined(&w, all.get(wi + 1)) {
                let shown = format!("{w} {}", all[wi + 1]);
                full.insert(t.clone());
                *q.entry(t.clone()).or_insert(0.0) += 1.0;
                written.entry(t).or_insert(shown);
                skip_next = true;
                continue;
            }
            // Written apart, a part of the draft's longer compound
            // (`schuld hulp`: `schuldhulpverlener`).
            if let Some(next) = all.get(wi + 1) {
                let joined = format!("{w}{next}");
                if joined.chars().count() >= COMPOUND_MIN_WORD
                    && !crate::text::is_stop_word(next)
                    && next.chars().count() >= 3
                    && (self.draft_term(&w).is_none() || self.draft_term(next).is_none())
                {
                    for t in self.compounds_holding(&joined) {
                        let shown = format!("{} (≈ {w} {next})", self.shown(&t));
                        parts.push((t, shown, 1.0));
                    }
                }
            }
            if w.chars().count() >= COMPOUND_MIN_WORD {
                for t in self
                    .compounds_holding(&w)
                    .into_iter()
                    .filter(|t| t.starts_with(&w))
                {
                    let shown = format!("{} (≈ {w})", self.shown(&t));
                    parts.push((t, shown, COMPOUND_WEIGHT));
                }
                if self.split_compound(&w).is_none() {
                    if let Some(t) = self.compound_head(&w) {
                        let shown = format!("{} (≈ {w})", self.shown(&t));
                        parts.push((t, shown, COMPOUND_HEAD_WEIGHT));
                    }
                }
            }
            let terms = content_terms(&self.analyzer, self.domain, &w);
            if let Some(mut t) = terms.into_iter().next() {
                // An inflection the stemmer does not undo (`opgevangen`,
                // `mishandeld`) counts as the draft's form of the word.
                if !self.stems.contains(&t) {
                    if let Some(v) = self.inflection_variant(&w) {
                        t = v;
                    } else if !is_general_in_letters(&w) {
                        // A derivation of the draft's word (`jongerenwerker`
                        // of `jongerenwerk`, `melden` of `melding`).
                        for d in self.derivations(&w, &t) {
                            let shown = format!("{} (≈ {w})", self.shown(&d));
                            parts.push((d, shown, DERIVATION_WEIGHT));
                        }
                    }
                }
                let weight = if is_general_in_letters(&w) || is_request_verb(&all, wi) {
                    GENERAL_WORD_WEIGHT
                } else if named.contains(&w) {
                    super::names::NAME_WEIGHT
                } else {
                    1.0
                };
                if weight >= 1.0 {
                    full.insert(t.clone());
                }
                *q.entry(t.clone()).or_insert(0.0) += weight;
                written.entry(t).or_insert(w);
            }
        }
        // Coverage and the ideal score count the comment's own words only
        // (general words at their lower weight), and so does a title: a
        // part of a compound (`hulp` of `schuldhulp`) does not name
        // `Bereikbaarheid van hulp`.
        let own = q.clone();
        let own_written = written.clone();
        for w in crate::text::words(text) {
            if let Some((a, b)) = self.split_compound(&w) {
                for t in [a, b] {
                    *q.entry(t.clone()).or_insert(0.0) += COMPOUND_WEIGHT;
                    written.entry(t).or_insert_with(|| w.clone());
                }
            }
        }
        let mut pscore = vec![0.0f32; n];
        self.stems.score(&q, n, &mut pscore, 1.0);
        // Draft words related to the comment's (`pinpas` → `uitbuiting`),
        // each at [`RELATED_WEIGHT`]. Counting each group as one word (the
        // best of its words in a passage) or dividing the weight by the
        // root of the group's size lost 1-3% top-1 on the evaluation sets.
        let (mut related, related_reached) = self.related_terms(text, &own);
        let first_part = related.iter().map(|r| r.source + 1).max().unwrap_or(0);
        for (k, (term, shown, weight)) in parts.into_iter().enumerate() {
            related.push(Reached {
                term,
                shown,
                weight,
                source: first_part + k,
            });
        }
        // Each reached stem once, at its best weight, for the source it
        // was reached from at that weight (the first such in order).
        let mut reached_terms: Vec<&Reached> = related
            .iter()
            .filter(|r| !q.contains_key(&r.term))
            .collect();
        reached_terms.sort_by(|a, b| {
            a.term
                .cmp(&b.term)
                .then(
                    b.weight
                        .partial_cmp(&a.weight)
                        .unwrap_or(std::cmp::Ordering::Equal),
                )
                .then(a.source.cmp(&b.source))
        });
        reached_terms.dedup_by(|a, b| a.term == b.term);
        // (passage, source, score) of each reached stem in each passage
        // using it; per passage and source the best counts fully, the
        // others with [`RELATED_DECAY`].
        let mut contrib: Vec<(usize, usize, f32)> = Vec::new();
        for r in reached_terms {
            let Some(list) = self.stems.list(&r.term) else {
                continue;
            };
            let idf = self.stems.idf(&r.term, n);
            for &(doc, tf) in list {
                contrib.push((doc, r.source, self.stems.bm25(idf, tf, doc) * r.weight));
            }
        }
        contrib.sort_by(|a, b| {
            (a.0, a.1)
                .cmp(&(b.0, b.1))
                .then(b.2.partial_cmp(&a.2).unwrap_or(std::cmp::Ordering::Equal))
        });
        let mut factor = 1.0f32;
        let mut prev: Option<(usize, usize)> = None;
        for (doc, source, v) in contrib {
            if prev == Some((doc, source)) {
                factor *= RELATED_DECAY;
            } else {
                factor = 1.0;
                prev = Some((doc, source));
            }
            pscore[doc] += v * factor;
        }
        let mut gq: FxHashMap<Gram, f32> = FxHashMap::default();
        for g in grams(text) {
            *gq.entry(g).or_insert(0.0) += 1.0;
        }
        self.grams.score(&gq, n, &mut pscore, GRAM_WEIGHT);
        // Coverage per passage: idf mass of the query's stems present.
        // A word the draft never uses weighs as much as its rarest words.
        let unseen = ((n as f32 - 0.5) / 1.5 + 1.0).ln();
        // In term order: the query is a hash map, and neither the sums
        // below nor the reasons' word lists may depend on its iteration
        // order (a re-run must give identical output).
        let mut terms: Vec<&String> = own.keys().collect();
        terms.sort_unstable();
        let weights: Vec<(&String, f32)> = terms
            .into_iter()
            .map(|t| {
                let w = if self.stems.contains(t) {
                    self.stems.idf(t, n)
                } else {
                    unseen
                };
                (t, w)
            })
            .collect();
        let total: f32 = weights.iter().map(|(_, w)| w).sum::<f32>().max(1e-6);
        let ideal: f32 = weights
            .iter()
            .map(|(t, w)| w * (K1 + 1.0) * own.get(*t).copied().unwrap_or(1.0).min(3.0))
            .sum();
        let mut pcov = vec![0.0f32; n];
        // Shared words per passage as indexes into `labels`, one per
        // distinct word as shown.
        let mut labels: Vec<&str> = Vec::new();
        let mut label_ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut pshared: Vec<Vec<(f32, u32)>> = vec![Vec::new(); n];
        // Per passage: the shared terms that are no general word only.
        let mut pcontent = vec![0usize; n];
        for (t, w) in &weights {
            if let Some(list) = self.stems.list(*t) {
                if full.contains(*t) {
                    for &(doc, _) in list {
                        pcontent[doc] += 1;
                    }
                }
                let shown = written.get(*t).map_or("", String::as_str);
                let id = intern(&mut label_ids, shown);
                if id as usize == labels.len() {
                    labels.push(shown);
                }
                for &(doc, _) in list {
                    pcov[doc] += w / total;
                    pshared[doc].push((*w, id));
                }
            }
        }
        // Related words are named after the comment's own, with the word
        // they were reached from.
        for r in &related {
            if let Some(list) = self.stems.list(&r.term) {
                let w = self.stems.idf(&r.term, n) * r.weight * 0.01;
                let id = intern(&mut label_ids, r.shown.as_str());
                if id as usize == labels.len() {
                    labels.push(&r.shown);
                }
                for &(doc, _) in list {
                    if !pshared[doc].iter().any(|&(_, s)| s == id) {
                        pshared[doc].push((w, id));
                        pcontent[doc] += 1;
                    }
                }
            }
        }
        let mut title_cover = vec![0.0f32; self.sections];
        let mut title_shared = vec![Vec::new(); self.sections];
        for (i, terms) in self.titles.iter().enumerate() {
            let total: f32 = terms.iter().map(|(_, w)| w).sum();
            if total <= 0.0 {
                continue;
            }
            for (t, w) in terms {
                if let Some(word) = title_term_named(t, &own_written) {
                    title_cover[i] += w / total;
                    title_shared[i].push(word.clone());
                }
            }
        }
        // Each section takes its best passage.
        let mut bm25 = vec![0.0f32; self.sections];
        let mut best: Vec<Option<usize>> = vec![None; self.sections];
        for (p, &s) in self.passage_section.iter().enumerate() {
            let mut score = pscore[p];
            score *= self.front[s] * (1.0 + TITLE_BOOST * title_cover[s]);
            if score > bm25[s] {
                bm25[s] = score;
                best[s] = Some(p);
            }
        }
        let coverage = best.iter().map(|b| b.map_or(0.0, |p| pcov[p])).collect();
        let content = best.iter().map(|b| b.map_or(0, |p| pcontent[p])).collect();
        let shared = best
            .iter()
            .map(|b| {
                let mut v = b.map(|p| pshared[p].clone()).unwrap_or_default();
                v.sort_by(|a, b| {
                    b.0.partial_cmp(&a.0)
                        .unwrap_or(std::cmp::Ordering::Equal)
                        .then_with(|| labels[a.1 as usize].cmp(labels[b.1 as usize]))
                });
                v.into_iter()
                    .map(|(_, w)| labels[w as usize].to_string())
                    .collect()
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
            content,
            order,
            ideal,
            title_cover,
            title_shared,
            related_reached,
        }
    }
}

impl TopicIndex {
    /// The draft's stems related to the words of `text` through the groups
    /// of related terms, except those the comment uses itself (`own`), in
    /// term order within each group reached; each with how a reason shows
    /// it (`uitbuiting (≈ pinpas)`). With the number of distinct words or
    /// phrases of `text` that reached a group with such stems
    /// ([`Ranking::related_reached`]).
    fn related_terms(&self, text: &str, own: &FxHashMap<String, f32>) -> (Vec<Reached>, usize) {
        let words: Vec<String> = crate::text::words(text).collect();
        let normed: Vec<String> = words.iter().map(|w| norm(&self.analyzer, w)).collect();
        let mut out: Vec<Vec<Reached>> = Vec::new();
        let mut groups: Vec<usize> = Vec::new();
        let mut reached: Vec<String> = Vec::new();
        for i in 0..normed.len() {
            let Some(members) = self.related.members.get(&normed[i]) else {
                continue;
            };
            for (g, member) in members {
                if groups.contains(g) {
                    continue;
                }
                let Some(end) = phrase_end(&normed, i, member) else {
                    continue;
                };
                groups.push(*g);
                let from = words[i..end].join(" ");
                let weight = RELATED_WEIGHT;
                let source = reached
                    .iter()
                    .position(|f| *f == from)
                    .unwrap_or(reached.len());
                let mut terms: Vec<Reached> = self.related.terms[*g]
                    .iter()
                    .filter(|t| !own.contains_key(*t))
                    .map(|t| Reached {
                        term: t.clone(),
                        shown: format!("{} (≈ {from})", self.shown(t)),
                        weight,
                        source,
                    })
                    .collect();
                terms.sort_by(|a, b| a.term.cmp(&b.term).then(a.shown.cmp(&b.shown)));
                if !terms.is_empty() {
                    if !reached.contains(&from) {
                        reached.push(from);
                    }
                    out.push(terms);
                }
            }
        }
        out.sort_by(|a, b| {
            let key = |v: &Vec<Reached>| v.iter().map(|r| r.term.clone()).collect::<Vec<_>>();
            key(a).cmp(&key(b))
        });
        (out.into_iter().flatten().collect(), reached.len())
    }

    /// A word of the draft with stem `t`, as a reason shows it.
    fn shown(&self, t: &str) -> String {
        self.written
            .get(t)
            .cloned()
            .unwrap_or_else(|| t.to_string())
    }

    /// Draft words that hold a comment word the draft never uses as one
    /// of the parts of a compound (`huur` → `huurachterstand`,
    /// `achterstand` → `huurachterstand`, `schuldhulp` →
    /// `schuldhulpverlener`): the draft's stems that begin with the word
    /// (the rest at least [`COMPOUND_MIN_PART`] letters) or end with its
    /// stem. None when more than [`PART_MAX_WORDS`] do: the part is too
    /// common to say which.
    fn compounds_holding(&self, word: &str) -> Vec<String> {
        let chars = word.chars().count();
        if chars < COMPOUND_MIN_PART
            || crate::text::is_stop_word(word)
            || is_general_in_letters(word)
        {
            return Vec::new();
        }
        let Some(stem) = content_terms(&self.analyzer, self.domain, word)
            .into_iter()
            .next()
        else {
            return Vec::new();
        };
        if self.stems.contains(&stem) {
            return Vec::new();
        }
        let mut out: Vec<String> = self
            .stems
            .ids
            .keys()
            .filter(|t| {
                let n = t.chars().count();
                (t.starts_with(word) && n >= chars + COMPOUND_MIN_PART)
                    || (stem.chars().count() >= COMPOUND_MIN_PART
                        && t.ends_with(stem.as_str())
                        && n >= stem.chars().count() + COMPOUND_MIN_PART)
            })
            .cloned()
            .collect();
        if out.len() > PART_MAX_WORDS {
            return Vec::new();
        }
        out.sort();
        out
    }

    /// The draft's stem of `word` and `next` written as one word
    /// (`huur achterstand` → `huurachterstand`), when the draft uses it
    /// and neither is a stop word; with the joined word.
    fn joined(&self, word: &str, next: Option<&String>) -> Option<(String, String)> {
        let next = next?;
        if word.chars().count() < 3
            || next.chars().count() < 3
            || crate::text::is_stop_word(next)
            || word.chars().chain(next.chars()).any(|c| c.is_ascii_digit())
        {
            return None;
        }
        // Two words the draft uses apart are read apart.
        if self.draft_term(word).is_some() && self.draft_term(next).is_some() {
            return None;
        }
        let joined = format!("{word}{next}");
        let t = self.draft_term(&joined)?;
        Some((t, joined))
    }

    /// The stem of `form` when the draft uses it.
    fn draft_term(&self, form: &str) -> Option<String> {
        content_terms(&self.analyzer, self.domain, form)
            .into_iter()
            .next()
            .filter(|t| self.stems.contains(t))
    }

    /// The draft's stem for a comment word the Dutch Snowball stemmer does
    /// not reduce to it: past participles (`opgevangen` → `opvang`,
    /// `uitgebuit` → `uitbuit`, `aangepakt` → `aanpak`, `gesignaleerd` →
    /// `signaler`), adjectives in `-eel` (`financieel` → `financiel`), and
    /// verbs in the present tense or a separable verb's infinitive met in
    /// the draft as infinitive or participle (`vrijkomt` → `vrijgekom`,
    /// `ondersteunt` → `ondersteun`, `uitvoeren` → `uitgevoerd`).
    /// Tried only for a word whose own stem the draft never uses, and taken
    /// only when the draft uses the result: the draft's vocabulary is the
    /// dictionary, as for compounds. Plain `ge-` is only undone in
    /// `ge...eerd`, as `geleden`, `gewoon` or `gemiddeld` are no
    /// participles of the words left.
    fn inflection_variant(&self, word: &str) -> Option<String> {
        // Participle → infinitive candidates.
        let mut forms: Vec<String> = Vec::new();
        // `buit` (uitbuiten) keeps its `t`; `pakt` (aanpakken) and
        // `signaleerd` (signaleren) end in one.
        let weak = |rest: &str| -> Vec<String> {
            let mut out = Vec::new();
            if let Some(b) = rest.strip_suffix(['d', 't']) {
                out.push(format!("{}en", open_syllable(b)));
                out.push(format!("{rest}en"));
            }
            out
        };
        for prefix in SEPARABLE_PREFIXES {
            let Some(rest) = word
                .strip_prefix(prefix)
                .and_then(|r| r.strip_prefix("ge"))
                .filter(|r| r.chars().count() >= 3)
            else {
                continue;
            };
            if rest.ends_with("en") {
                forms.push(format!("{prefix}{rest}"));
            }
            forms.extend(weak(rest).into_iter().map(|inf| format!("{prefix}{inf}")));
        }
        // Plain `ge-` only on verbs in `-eren` (`gesignaleerd`,
        // `geïnformeerd`), whose participle cannot be another word.
        if let Some(rest) = word.strip_prefix("ge").and_then(|r| r.strip_suffix("eerd")) {
            let rest = rest.replacen('ï', "i", 1).replacen('ë', "e", 1);
            if rest.chars().count() >= 3 {
                forms.push(format!("{rest}eren"));
            }
        }
        if let Some(base) = word.strip_suffix("eel") {
            forms.push(format!("{base}ele"));
        }
        // A verb in the present tense (`vrijkomt`, `ondersteunt`, `maakt`)
        // is the draft's infinitive (`vrijkomen`, `maken`) and, for a
        // separable verb, its participle (`vrijgekomen`, `uitgevoerd`); so
        // is a separable verb's infinitive (`uitvoeren`).
        let present = word
            .strip_suffix('t')
            .filter(|b| b.chars().count() >= 3)
            .map(|b| (open_syllable(b), b.to_string()));
        if let Some((open, closed)) = &present {
            forms.push(format!("{open}en"));
            forms.push(format!("{closed}en"));
        }
        let infinitive = present
            .map(|(open, _)| format!("{open}en"))
            .or_else(|| word.ends_with("en").then(|| word.to_string()));
        if let Some(inf) = infinitive {
            for prefix in SEPARABLE_PREFIXES {
                let Some(rest) = inf
                    .strip_prefix(prefix)
                    .filter(|r| r.chars().count() >= 5 && !r.starts_with("ge"))
                else {
                    continue;
                };
                forms.push(format!("{prefix}ge{rest}"));
                if let Some(stem) = rest.strip_suffix("en") {
                    forms.push(format!("{prefix}ge{stem}d"));
                    forms.push(format!("{prefix}ge{stem}t"));
                }
            }
        }
        forms.iter().find_map(|f| self.draft_term(f))
    }

    /// The draft's stems derived from the comment's `word` (stem `t`, which
    /// the draft never uses) or that it is derived from, by the two
    /// suffixes Dutch makes a field's nouns with: the agent noun in `-er`,
    /// `-ster` or `-der` after an `r` and its activity
    /// (`jongerenwerker` ~ `jongerenwerk`, `bewindvoerder` ~
    /// `bewindvoering`, `fietsen` ~ `fietser`), and the noun in `-ing` and
    /// its verb (`melden` ~ `melding`, `trainingen` ~ `trainen`). The
    /// base keeps at least [`DERIVATION_MIN_BASE`] letters, so that a
    /// comparative (`ouder`, `later`) or a short stem is no agent noun.
    /// The draft's vocabulary is the dictionary, as for compounds.
    fn derivations(&self, word: &str, t: &str) -> Vec<String> {
        let long = |b: &str| b.chars().count() >= DERIVATION_MIN_BASE;
        let mut forms: Vec<String> = Vec::new();
        for suffix in ["ster", "der", "er"] {
            if let Some(base) = t.strip_suffix(suffix).filter(|b| long(b)) {
                if suffix != "der" || base.ends_with('r') {
                    forms.push(base.to_string());
                    forms.push(format!("{base}ing"));
                }
            }
        }
        if let Some(base) = t.strip_suffix("ing").filter(|b| long(b)) {
            forms.push(base.to_string());
        }
        if long(t) {
            forms.push(format!("{t}ing"));
            // An inflected adjective (`slechte`, `jonge`) has a
            // comparative in `-er` (`slechter`), no agent noun.
            if !word.ends_with('e') {
                forms.push(format!("{t}er"));
                forms.push(format!("{t}ster"));
                if t.ends_with('r') {
                    forms.push(format!("{t}der"));
                }
            }
        }
        let mut out: Vec<String> = forms
            .into_iter()
            .filter(|f| f != t && self.stems.contains(f))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The head of a long word the draft never uses, as the draft's stem,
    /// when the draft uses the head but not the rest (`avondspreekuur` →
    /// `spreekuur` of `spreekuren`): a Dutch compound names a kind of its
    /// last part, so an `avondspreekuur` is a `spreekuur`. The longest
    /// last part of at least [`COMPOUND_HEAD_MIN`] letters after a first
    /// part of at least [`COMPOUND_MIN_PART`] wins; a general word
    /// (`deelnemen` → `nemen`) is no head, nor has one.
    fn compound_head(&self, word: &str) -> Option<String> {
        let chars: Vec<char> = word.chars().collect();
        // A general word (`bijvoorbeeld`) is not read as a kind of its end.
        if chars.len() < COMPOUND_MIN_WORD
            || crate::text::is_stop_word(word)
            || is_general_in_letters(word)
        {
            return None;
        }
        if content_terms(&self.analyzer, self.domain, word)
            .first()
            .is_none_or(|t| self.stems.contains(t))
        {
            return None;
        }
        (COMPOUND_MIN_PART..=chars.len().saturating_sub(COMPOUND_HEAD_MIN)).find_map(|i| {
            let head: String = chars[i..].iter().collect();
            let first: String = chars[..i].iter().collect();
            if is_general_in_letters(&head)
                || UNSTRESSED_PREFIXES.iter().any(|p| first.ends_with(p))
            {
                return None;
            }
            // The head's plural or inflection opens its last syllable
            // (`spreekuur`, `spreekuren`).
            self.draft_term(&head)
                .or_else(|| self.draft_term(&open_syllable(&head)))
                .filter(|t| t.chars().count() >= COMPOUND_HEAD_MIN)
        })
    }

    /// A long word the draft never uses as two words it does use, as
    /// stems (`schuldhulpverlening` → `schuld`, `hulpverlen`), with a
    /// linking `s` dropped (`openingstijden`); the split with the longer
    /// shorter part wins. The draft's own vocabulary is the dictionary.
    fn split_compound(&self, word: &str) -> Option<(String, String)> {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < COMPOUND_MIN_WORD || crate::text::is_stop_word(word) {
            return None;
        }
        if content_terms(&self.analyzer, self.domain, word)
            .first()
            .is_none_or(|t| self.stems.contains(t))
        {
            return None;
        }
        let mut best: Option<(usize, String, String)> = None;
        for i in COMPOUND_MIN_PART..=chars.len() - COMPOUND_MIN_PART {
            let left: String = chars[..i].iter().collect();
            let right: String = chars[i..].iter().collect();
            let linked = left.strip_suffix('s').map(str::to_string);
            for l in std::iter::once(left).chain(linked) {
                let shorter = l.chars().count().min(chars.len() - i);
                if shorter < COMPOUND_MIN_PART || best.as_ref().is_some_and(|b| b.0 >= shorter) {
                    continue;
                }
                if let (Some(a), Some(b)) = (self.draft_term(&l), self.draft_term(&right)) {
                    best = Some((shorter, a, b));
                }
            }
        }
        best.map(|(_, a, b)| (a, b))
    }
}

/// Query weight of the draft's word a compound's head reaches
/// ([`TopicIndex::compound_head`]): well below a part of a compound whose
/// parts the draft both uses ([`COMPOUND_WEIGHT`]), as the compound's
/// first part, which the draft lacks, says which kind is meant
/// (`noodlokalen` are not the `lokalen` of a school's plans). On the
/// twenty-one evaluation sets (after the derivations, top-1 0.890 /
/// recall@3 0.894): 0.5 gave 0.891 / 0.895 (aamerland-qa44 and
/// uitvoeringsplan2024 one top-1 more, zuidervaart-qa43 one less), 0.3
/// 0.889 / 0.895 (only qa43's loss), 0.15 0.890 / 0.895 with no set's
/// top-1 or recall@3 lower (aamerland-qa44 recall@3 0.929 → 0.938 through
/// `avondspreekuur` → `spreekuren`; hollandsmidden precision@3 0.494 →
/// 0.482).
const COMPOUND_HEAD_WEIGHT: f32 = 0.15;

/// Least letters of the head of a compound ([`TopicIndex::compound_head`]),
/// as written and as its stem: heads of four letters (`zorg`, `werk`,
/// `plan`) are among a draft's most general words and say little of a
/// compound's subject, and a short stem at the end of a longer word is
/// mostly no head at all (`schrappen` → `app`, `constateren` → `ter`).
const COMPOUND_HEAD_MIN: usize = 5;

/// Unstressed prefixes that make one word with what follows them: a
/// compound's head does not start right after one (`buurtbemiddeling` is a
/// kind of `bemiddeling`, not of `middel`; `ontwikkeling` holds no
/// `wikkeling`).
const UNSTRESSED_PREFIXES: &[&str] = &["be", "ge", "ver", "ont", "her"];

/// Separable verb prefixes that take `ge` after them in a past
/// participle (`op-ge-vangen`, `uit-ge-buit`).
const SEPARABLE_PREFIXES: &[&str] = &[
    "aan", "achter", "af", "bij", "door", "in", "los", "mee", "na", "neer", "om", "op", "over",
    "samen", "tegen", "terug", "toe", "uit", "vast", "voor", "vrij", "weg",
];

/// A stem with its doubled vowel before the final consonant made single, as
/// Dutch spells it before `-en`/`-e` (`signaleer` → `signaler`, `maak` →
/// `mak`, `financieel` → `financiel`); unchanged otherwise.
fn open_syllable(stem: &str) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n >= 4
        && !"aeiou".contains(chars[n - 1])
        && chars[n - 2] == chars[n - 3]
        && "aeou".contains(chars[n - 2])
    {
        let mut out: String = chars[..n - 2].iter().collect();
        out.push(chars[n - 1]);
        return out;
    }
    stem.to_string()
}

/// Distinctive title stems per section (`heads`: its title with those of
/// its path, see `super::path_titles`), weighted by their idf among the
/// titles (`Ontwikkelopgaven` in six titles weighs less than `monitoring`
/// in one).
fn title_terms(
    analyzer: &Analyzer,
    domain: &FxHashSet<String>,
    heads: &[String],
    stems: &Field<String>,
    passages: usize,
) -> Vec<Vec<(String, f32)>> {
    let per: Vec<Vec<String>> = heads
        .iter()
        .map(|title| {
            // A general word in a title (`nergens` in `Geweld hoort
            // nergens thuis`) names no subject.
            let title: String = crate::text::words(title)
                .filter(|w| !is_general_in_letters(w))
                .collect::<Vec<_>>()
                .join(" ");
            let mut t = content_terms(analyzer, domain, &title);
            t.sort();
            t.dedup();
            t.retain(|t| {
                let df = stems.list(t).map_or(0, <[_]>::len) as f32;
                df <= TITLE_TERM_MAX_SHARE * passages as f32
            });
            t
        })
        .collect();
    let n = per.len() as f32;
    let mut df: FxHashMap<&str, f32> = FxHashMap::default();
    for t in per.iter().flatten() {
        *df.entry(t.as_str()).or_insert(0.0) += 1.0;
    }
    per.iter()
        .map(|ts| {
            ts.iter()
                .map(|t| {
                    let d = df[t.as_str()];
                    (t.clone(), ((n - d + 0.5) / (d + 0.5) + 1.0).ln())
                })
                .collect()
        })
        .collect()
}

/// Least length of the verb stem left when `-ing` is taken off a title
/// term ([`title_term_named`]): `meld` (melding) is taken, `won` (woning)
/// is too short to be safe.
const TITLE_ING_MIN_BASE: usize = 4;

/// The comment's word (as written) that names the title term `t`, from
/// `written` (the comment's stems → words): the same stem, or, for a
/// noun in `-ing` that the Snowball stemmer leaves whole because it is
/// short (`melding`, `regeling`: longer ones such as `signalering` lose
/// the ending already), the verb it is made from (`melden`, `ik meld` →
/// `meld`). A resident who wants to `melden zonder dat je naam genoemd
/// wordt` names `Ontwikkelopgaven advies en melding`. Only the title
/// boost reads it: section texts keep their stems, as taking `-ing` off
/// every stem also joined `planning` to `plan` and lost more than it won
/// (BENCHMARKS.md, eighteenth session).
fn title_term_named<'a>(t: &str, written: &'a FxHashMap<String, String>) -> Option<&'a String> {
    written.get(t).or_else(|| {
        let base = t
            .strip_suffix("ing")
            .filter(|b| b.chars().count() >= TITLE_ING_MIN_BASE)?;
        written
            .get(base)
            .or_else(|| written.get(&conflate(base.to_string())))
    })
}

/// A word as compared with the members of the related-term groups: its
/// stem, or the word itself for a stop word (`degene die slaat`).
fn norm(analyzer: &Analyzer, word: &str) -> String {
    match analyzer.terms(word).into_iter().next() {
        Some(stem) => conflate(stem),
        // Marked, so that a stop word (`met`) never equals a stem (`meten`).
        None => format!("={word}"),
    }
}

/// Words that may come between those of a phrase of the related-term
/// groups: `mensen die zelf geweld in hun gezin hebben doorgemaakt` uses
/// `zelf doorgemaakt`.
const PHRASE_GAP: usize = 4;

/// Where the phrase `member` (normalised words) that starts at `words[i]`
/// ends (exclusive), its further words following in order with at most
/// [`PHRASE_GAP`] other words between them in all.
fn phrase_end(words: &[String], i: usize, member: &[String]) -> Option<usize> {
    if words.get(i) != member.first() {
        return None;
    }
    let mut at = i + 1;
    let mut gap = 0;
    for w in &member[1..] {
        loop {
            if at >= words.len() || gap > PHRASE_GAP {
                return None;
            }
            at += 1;
            if &words[at - 1] == w {
                break;
            }
            gap += 1;
        }
    }
    (gap <= PHRASE_GAP).then_some(at)
}

/// The related-term groups with the stems of their members' words that
/// name a subject in this draft (see [`RELATED_MAX_SHARE`]). The words of
/// a phrase count apart (`financiële uitbuiting` reaches a draft that
/// writes `financieel uitgebuit`); only reaching them when the draft has
/// the whole phrase lost 1% top-1 on the evaluation sets.
fn related_in(
    analyzer: &Analyzer,
    domain: &FxHashSet<String>,
    stems: &Field<String>,
    extra: &[RelatedGroup],
) -> Related {
    let passages = stems.lengths.len() as f32;
    let distinctive = |t: &String| {
        stems
            .list(t)
            .is_some_and(|list| list.len() as f32 <= RELATED_MAX_SHARE * passages)
    };
    // The built-in groups are analysed once per process.
    static BUILT_IN: std::sync::OnceLock<Vec<Vec<AnalysedMember>>> = std::sync::OnceLock::new();
    let built_in = BUILT_IN.get_or_init(|| {
        related_groups()
            .iter()
            .map(|g| analyse_group(analyzer, domain, g))
            .collect()
    });
    let extra: Vec<Vec<AnalysedMember>> = extra
        .iter()
        .map(|g| analyse_group(analyzer, domain, g))
        .collect();
    let mut related = Related::default();
    for (g, group) in built_in.iter().chain(&extra).enumerate() {
        let mut terms: Vec<String> = Vec::new();
        for member in group {
            for t in &member.terms {
                if distinctive(t) && !terms.contains(t) {
                    terms.push(t.clone());
                }
            }
            related
                .members
                .entry(member.normed[0].clone())
                .or_default()
                .push((g, member.normed.clone()));
        }
        related.terms.push(terms);
    }
    related
}

/// A member of a related-term group, analysed.
struct AnalysedMember {
    /// Its words as compared with a comment's ([`norm`]).
    normed: Vec<String>,
    /// Its content stems, as the draft's terms.
    terms: Vec<String>,
}

fn analyse_group(
    analyzer: &Analyzer,
    domain: &FxHashSet<String>,
    group: &RelatedGroup,
) -> Vec<AnalysedMember> {
    group
        .iter()
        .map(|member| {
            let written = member.join(" ");
            AnalysedMember {
                normed: member.iter().map(|w| norm(analyzer, w)).collect(),
                terms: content_terms(analyzer, domain, &written),
            }
        })
        .collect()
}

/// Overlapping windows of about [`PASSAGE_WORDS`] words (half a window
/// apart) over a text of `len` words, as word ranges.
fn passage_windows(len: usize) -> Vec<(usize, usize)> {
    if len <= PASSAGE_WORDS {
        return vec![(0, len)];
    }
    let step = PASSAGE_WORDS / 2;
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        let end = (start + PASSAGE_WORDS).min(len);
        out.push((start, end));
        if end == len {
            break;
        }
        start += step;
    }
    out
}

/// One field's passages over the sections' words (`texts`: section and
/// its words split at white space, sections with text enough only): each
/// passage the terms `analyse` finds in its section's title (`heads`, per
/// section), `title_repeat`
/// times, then those of its words, as ids into the returned map; with the
/// section of each passage. A passage's words are taken together as
/// joined by spaces, which no term spans, so each distinct word is
/// analysed once.
fn field_docs<K: Hash + Eq>(
    heads: &[String],
    texts: &[(usize, Vec<&str>)],
    title_repeat: usize,
    mut analyse: impl FnMut(&str, &mut Vec<K>),
) -> (FxHashMap<K, u32>, Vec<Vec<u32>>, Vec<usize>) {
    let mut ids: FxHashMap<K, u32> = FxHashMap::default();
    let mut flat: Vec<u32> = Vec::new();
    let mut seen: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    let mut found: Vec<K> = Vec::new();
    let mut docs: Vec<Vec<u32>> = Vec::new();
    let mut sections: Vec<usize> = Vec::new();
    for (si, words) in texts {
        found.clear();
        analyse(&heads[*si], &mut found);
        let title: Vec<u32> = found.drain(..).map(|k| intern(&mut ids, k)).collect();
        let ranges: Vec<(usize, usize)> = words
            .iter()
            .map(|w| {
                if let Some(&r) = seen.get(w) {
                    return r;
                }
                analyse(w, &mut found);
                let start = flat.len();
                for k in found.drain(..) {
                    flat.push(intern(&mut ids, k));
                }
                seen.insert(w, (start, flat.len()));
                (start, flat.len())
            })
            .collect();
        for (start, end) in passage_windows(words.len()) {
            let mut doc = Vec::with_capacity(title.len() * title_repeat + 2 * (end - start));
            for _ in 0..title_repeat {
                doc.extend_from_slice(&title);
            }
            for &(a, b) in &ranges[start..end] {
                doc.extend_from_slice(&flat[a..b]);
            }
            docs.push(doc);
            sections.push(*si);
        }
    }
    (ids, docs, sections)
}

/// Stems of `text` without stop words and domain words.
fn content_terms(analyzer: &Analyzer, domain: &FxHashSet<String>, text: &str) -> Vec<String> {
    let terms = if crate::text::words(text).any(|w| is_function_word(&w)) {
        let kept: Vec<String> = crate::text::words(text)
            .filter(|w| !is_function_word(w))
            .collect();
        analyzer.terms(&kept.join(" "))
    } else {
        analyzer.terms(text)
    };
    terms
        .into_iter()
        .map(conflate)
        .filter(|t| t.chars().count() > 2 && !t.chars().all(|c| c.is_ascii_digit()))
        .filter(|t| !domain.contains(t))
        .collect()
}

/// Joins stems the Dutch Snowball stemmer leaves apart: a doubled final
/// consonant (`aandachtsfunctionariss` from `aandachtsfunctionarissen`,
/// `aandachtsfunctionaris`) and the plural `-ies` (`interventies`,
/// `interventie`).
fn conflate(stem: String) -> String {
    if let Some(base) = stem.strip_suffix("ies") {
        return format!("{base}ie");
    }
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n > 4 && chars[n - 1] == chars[n - 2] && !"aeiouy".contains(chars[n - 1]) {
        return chars[..n - 1].iter().collect();
    }
    stem
}

/// Words of `section` that a comment word meets through the character
/// 4-grams only (`beweegcoach` and `Beweegcoaches`, `woningbouw` in
/// `woningbouwprogramma`: stems differ, so [`Ranking::shared`] does not
/// name them), as a reason shows them: the section's word with the
/// comment's (`beweegcoaches (≈ beweegcoach)`), or the word alone when
/// both write it alike. Only words of [`GRAM_MIN_WORD`] letters or more
/// count, as in the ranking. A pair counts when the shorter word has at
/// least half of its 4-grams in the other. At most `max` words, in the
/// comment's order.
pub fn gram_matches(comment: &str, section: &str, max: usize) -> Vec<String> {
    let gram_set = |w: &str| -> FxHashSet<Gram> {
        let chars: Vec<char> = w.chars().collect();
        chars.windows(4).map(|g| [g[0], g[1], g[2], g[3]]).collect()
    };
    let long = |w: &String| w.chars().count() >= GRAM_MIN_WORD && !crate::text::is_stop_word(w);
    let mut own: Vec<String> = crate::text::words(section).filter(long).collect();
    own.sort();
    own.dedup();
    let own: Vec<(String, FxHashSet<Gram>)> = own
        .into_iter()
        .map(|w| {
            let g = gram_set(&w);
            (w, g)
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for w in crate::text::words(comment).filter(long) {
        if out.len() >= max || seen.contains(&w) {
            continue;
        }
        seen.push(w.clone());
        let g = gram_set(&w);
        let best = own
            .iter()
            .map(|(o, og)| {
                let common = g.intersection(og).count();
                (common, o)
            })
            .filter(|&(common, o)| {
                let shorter = g.len().min(o.chars().count().saturating_sub(3));
                common > 0 && common * 2 >= shorter
            })
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(a.1)));
        if let Some((_, o)) = best {
            out.push(if *o == w {
                w.clone()
            } else {
                format!("{o} (≈ {w})")
            });
        }
    }
    out
}

/// A character 4-gram. Ordered as the string of its characters.
type Gram = [char; 4];

/// Character 4-grams of the long words of `text`.
fn grams(text: &str) -> Vec<Gram> {
    let mut out = Vec::new();
    grams_into(text, &mut out);
    out
}

/// [`grams`], added to `out`.
fn grams_into(text: &str, out: &mut Vec<Gram>) {
    let mut chars: Vec<char> = Vec::new();
    for w in crate::text::words(text) {
        chars.clear();
        chars.extend(w.chars());
        if chars.len() < GRAM_MIN_WORD {
            continue;
        }
        out.extend(chars.windows(4).map(|g| [g[0], g[1], g[2], g[3]]));
    }
}

#[cfg(test)]
mod tests;
