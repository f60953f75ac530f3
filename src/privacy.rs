//! Privacy: removing personal data from submission text shown in public
//! output.
//!
//! Private persons appear in public documents only by their pseudonym
//! ([`Response::public_name`], `Inwoner 1`). Their names may still occur in
//! the text of comments (their own, or someone else's), and residents often
//! put their street address, e-mail address or phone number in a letter. A
//! [`Scrubber`] built from the whole consultation replaces those with
//! placeholders (`[naam]`, `[adres]`, `[e-mailadres]`,
//! `[telefoonnummer]`).
//!
//! Addresses, e-mail addresses and phone numbers are removed from every
//! submission, not only from residents' ones: a contact person's direct
//! number in an organisation's letter is personal data too.
//!
//! `consultation.json` sits at the top of the output folder, so it is
//! public too: [`public_view`] gives the consultation as it is written
//! there. The letters, which go to the respondent, show the respondent's
//! own words as written; the working group's answers in them are scrubbed
//! but for what the respondent wrote ([`as_known_to`]).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::cache::Cache;
use crate::ids::ContentHash;
use crate::model::{Consultation, OrphanedDecision, Response};
use crate::report::fragments::{Fragments, Key};
use crate::report::Lang;
use crate::text::{static_regex, StaticRegex};

/// Name of the scrubbed texts kept in the cache folder ([`Fragments`]).
const KEPT: &str = "scrubbed";

/// What a kept text's key starts with besides the tool's stamp: changed
/// when texts are scrubbed differently.
const KEPT_SALT: &[u8] = b"scrubbed text 10";

/// What a kept draft text's key starts with besides the tool's stamp (see
/// [`Scrubber::draft_text`]).
const KEPT_DRAFT_SALT: &[u8] = b"public draft text 1";

/// Placeholder for a private person's name.
pub const NAME: &str = "[naam]";
/// Placeholder for a street address or postcode.
pub const ADDRESS: &str = "[adres]";
/// Placeholder for an e-mail address.
pub const EMAIL: &str = "[e-mailadres]";
/// Placeholder for a phone number.
pub const PHONE: &str = "[telefoonnummer]";
/// Placeholder for a citizen service number (burgerservicenummer).
pub const BSN: &str = "[BSN]";
/// Placeholder for a bank account number (IBAN).
pub const ACCOUNT: &str = "[rekeningnummer]";
/// Placeholder for a date of birth.
pub const BIRTH_DATE: &str = "[geboortedatum]";
/// Placeholder for a vehicle's licence plate (kenteken).
pub const PLATE: &str = "[kenteken]";

/// Every placeholder the scrubber puts in.
const PLACEHOLDERS: &[&str] = &[NAME, ADDRESS, EMAIL, PHONE, BSN, ACCOUNT, BIRTH_DATE, PLATE];

/// The placeholders ([`PLACEHOLDERS`], in that order) as English output
/// words them.
const PLACEHOLDERS_EN: &[&str] = &[
    "[name]",
    "[address]",
    "[e-mail address]",
    "[phone number]",
    "[citizen service number]",
    "[bank account number]",
    "[date of birth]",
    "[licence plate]",
];

/// `text` (scrubbed) with its placeholders worded in `lang`. Scrubbing
/// works with one set of placeholders (the Dutch ones: kept scrubbed texts,
/// learnt names and the letters' own data are found by them); output in
/// another language words them when it is put together
/// ([`Scrubber::worded_in`]).
pub fn worded(text: &str, lang: Lang) -> Cow<'_, str> {
    match lang {
        Lang::Nl => Cow::Borrowed(text),
        Lang::En => {
            if !text.contains('[') {
                return Cow::Borrowed(text);
            }
            static EN: OnceLock<Option<AhoCorasick>> = OnceLock::new();
            let Some(ac) = EN
                .get_or_init(|| {
                    AhoCorasick::builder()
                        .match_kind(MatchKind::LeftmostLongest)
                        .build(PLACEHOLDERS)
                        .ok()
                })
                .as_ref()
            else {
                return Cow::Borrowed(text);
            };
            if !ac.is_match(text) {
                return Cow::Borrowed(text);
            }
            Cow::Owned(ac.replace_all(text, PLACEHOLDERS_EN))
        }
    }
}

/// Dutch name particles (tussenvoegsels) and forms of address: never a name
/// part on their own, but removed together with the surname they precede.
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "du", "da",
    "di", "von", "zu", "vd", "v.d.", "’t",
];

/// The particles of [`PARTICLES`] that are prepositions as well: part of
/// a name only before another particle (`In 't Veld`, `Op den Kamp`).
const PREPOSITION_PARTICLES: &[&str] = &["in", "op", "te"];

/// Particles of names from other languages (`Ahmed el Amrani`, `Maria
/// dos Santos`, `Fatima al Hassan`, `Ali ben Salah`), written in lower
/// case. Several are ordinary Dutch words too (`al`, `ben`) or given names
/// (`Ben`), so they are no [`PARTICLES`]: only inside a name that a form
/// of address or a relation word announces ([`name_pattern`]) are they
/// read as a particle.
const NAME_PARTICLES: &[&str] = &[
    "el", "al", "ben", "bin", "ibn", "bint", "abu", "dos", "das", "del", "della", "degli", "dei",
    "des", "dello",
];

/// Whether `word` is a particle of a name ([`PARTICLES`], or one of
/// [`NAME_PARTICLES`] as written in lower case) inside a name already
/// known to be one.
fn name_particle(word: &str) -> bool {
    PARTICLES.contains(&word.to_lowercase().as_str()) || NAME_PARTICLES.contains(&word)
}

/// Whether `word` is a particle of a person's name: one of [`PARTICLES`]
/// (in any case) or [`NAME_PARTICLES`] (in lower case), the one list the
/// readers of a signature and of a list of signers use as the scrubber
/// does (`Henk-Jan op 't Veld`, `Maria dos Santos`, `João da Silva`,
/// `Ahmed ben Ali`, `Lucas di Maria`).
pub(crate) fn is_name_particle(word: &str) -> bool {
    name_particle(word)
}

/// Words in a sender's name that are not part of the person's name.
const NOT_NAME: &[&str] = &[
    "dhr", "dhr.", "mevr", "mevr.", "mw", "mw.", "heer", "mevrouw", "familie", "fam", "fam.", "en",
    "dr", "dr.", "ir", "ir.", "mr", "mr.", "drs", "drs.", "ing", "ing.",
];

/// Removes personal data from text for public output.
#[derive(Debug, Clone, Default)]
pub struct Scrubber {
    /// The private persons' name parts; `None` when there are none.
    names: Option<Arc<Names>>,
    /// Texts scrubbed by earlier runs, when kept ([`Scrubber::keeping`]).
    kept: Option<Arc<Fragments>>,
    /// Campaign group → the names learnt from all its members' texts
    /// ([`Scrubber::learning_groups`]).
    groups: Arc<HashMap<String, LearntNames>>,
    /// The language the public texts are worded in ([`worded`]).
    wording: Lang,
}

/// The name parts of a [`Scrubber`] and the patterns made of them.
///
/// Names are removed with one pattern matching the name parts found in
/// the text (with preceding initials and particles). Found parts first:
/// a part that occurs nowhere in a text cannot match, and leaving it out
/// of the pattern changes no match, so the pattern of every part gives the
/// same result wherever it is used. That one is big (slow to compile with
/// hundreds of names), so it is only made once texts with many different
/// sets of parts were met; until then each set gets a small pattern of its
/// own. A re-run that scrubs a few new texts compiles only small ones.
#[derive(Debug)]
struct Names {
    /// Longest first.
    parts: Vec<String>,
    /// For each part, the initials (`K` of `K. Visser`) of the names it is
    /// a surname of, sorted: a capitalised word that starts with one of
    /// them, right before the part, is the person's given name (`Karin
    /// Visser` in the text of `K. Visser`) and goes with it.
    initials: Vec<String>,
    /// For each part, whether it starts with a given name written out
    /// (`Petra` and `Petra Jansen-de Wit` of `Petra Jansen-de Wit`): a
    /// particle before it is no part of the name (`Buurt van Petra
    /// Jansen` keeps `van`).
    given_led: Vec<bool>,
    /// The parts that could arise from placeholders
    /// ([`could_come_from_placeholders`]): they matter for every text.
    always: Vec<usize>,
    /// The parts of one word, in lower case without accents ([`folded`]):
    /// a capitalised word before a surname that is one is no given name.
    part_words: std::collections::HashSet<String>,
    /// Finds the parts in a text, overlapping ones too, with or without
    /// accents (in the text lower-cased and [`folded`]).
    finder: AhoCorasick,
    /// Finds the parts as written (in the text lower-cased): when it finds
    /// as many as [`Names::finder`], no part is written with other accents
    /// and the patterns without accents do (they are much faster: their
    /// literal parts let the regex engine skip through a text).
    plain_finder: AhoCorasick,
    /// The pattern of every part, once made (`None` inside when the regex
    /// engine refuses one that large: small patterns then): without and
    /// with accents ([`any_capitals_with`]).
    all: [OnceLock<Option<Regex>>; 2],
    /// Patterns of sets of parts (indexes into `parts`), without or with
    /// accents.
    some: Mutex<HashMap<PatternKey, Option<Regex>>>,
}

/// The possessive ending of a name (`Mariekes collega's`, `Janssens
/// buurman`, `Anna's moeder`): goes with the name.
const POSSESSIVE: &str = r"(?:s|['’]s)?";

/// A small pattern's parts (indexes into [`Names::parts`]) and whether it
/// takes them with or without accents.
type PatternKey = (Vec<usize>, bool);

/// How many small patterns are made before the big one is.
const SMALL_PATTERNS: usize = 32;

impl Names {
    /// The pattern removing the parts `found` (indexes, sorted, not empty),
    /// taking them with or without accents when `accents`.
    fn pattern(&self, found: &[usize], accents: bool) -> Option<Regex> {
        let all = &self.all[usize::from(accents)];
        if let Some(all) = all.get() {
            if all.is_some() {
                return all.clone();
            }
        }
        let Ok(mut some) = self.some.lock() else {
            return self.pattern_of(found, accents);
        };
        let key = (found.to_vec(), accents);
        if let Some(re) = some.get(&key) {
            return re.clone();
        }
        if some.len() >= SMALL_PATTERNS {
            drop(some);
            let all = all.get_or_init(|| {
                let every: Vec<usize> = (0..self.parts.len()).collect();
                self.pattern_of(&every, accents)
            });
            if all.is_some() {
                return all.clone();
            }
            return self.pattern_of(found, accents);
        }
        let re = self.pattern_of(found, accents);
        some.insert(key, re.clone());
        re
    }

    /// The pattern of the parts `found`.
    fn pattern_of(&self, found: &[usize], accents: bool) -> Option<Regex> {
        // Parts with the same initials share one alternative, in the order
        // of their longest part (the parts are longest first).
        // Per group the parts a particle may come before, and those that
        // start with a given name.
        let mut groups: Vec<(&str, Vec<String>, Vec<String>)> = Vec::new();
        for &i in found {
            let (Some(part), Some(initials)) = (self.parts.get(i), self.initials.get(i)) else {
                continue;
            };
            let escaped = any_capitals_with(part, accents);
            let given_led = self.given_led.get(i).copied().unwrap_or(false);
            let group = match groups
                .iter_mut()
                .position(|(g, _, _)| *g == initials.as_str())
            {
                Some(at) => &mut groups[at],
                None => {
                    groups.push((initials.as_str(), Vec::new(), Vec::new()));
                    let last = groups.len() - 1;
                    &mut groups[last]
                }
            };
            if given_led {
                group.2.push(escaped);
            } else {
                group.1.push(escaped);
            }
        }
        // The prepositions among the particles (`in`, `op`, `te`) only
        // before another particle (`In 't Veld`, `Op den Kamp`): `in
        // Leiden` is no `van Leiden`.
        let particles: Vec<String> = PARTICLES
            .iter()
            .filter(|p| !PREPOSITION_PARTICLES.contains(p))
            .map(|p| regex::escape(p))
            .collect();
        let particles = format!(
            r"(?:{})\s+(?i:'t|’t|de|den|der|het)|{}",
            PREPOSITION_PARTICLES.join("|"),
            particles.join("|")
        );
        // Particles before a name part go with it, and so does a given
        // name of the initials the part's names have, in any capitals
        // (`MARIEKE VAN DER LINDEN` of `M. van der Linden`).
        let alternatives: Vec<String> = groups
            .iter()
            .map(|(initials, parts, given_led)| {
                // A hyphenated given name goes whole (`Jan-Willem` of
                // `J.W.`); after a family's signature (`Fam. de Jong`, see
                // [`ANY_GIVEN_NAME`]) any capitalised one.
                let given = if initials.is_empty() {
                    String::new()
                } else if initials.contains(ANY_GIVEN_NAME) {
                    r"(?:\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*\s+)?".to_string()
                } else {
                    format!(
                        r"(?:\b[{}]\p{{L}}+(?:-\p{{Lu}}\p{{L}}+)*\s+)?",
                        regex::escape(initials)
                    )
                };
                let mut branches = Vec::new();
                if !parts.is_empty() {
                    branches.push(format!(
                        r"(?:\b(?i:{particles})\s+)*\b(?:{}){POSSESSIVE}\b",
                        parts.join("|")
                    ));
                }
                if !given_led.is_empty() {
                    branches.push(format!(r"\b(?:{}){POSSESSIVE}\b", given_led.join("|")));
                }
                format!(r"{given}(?:{})", branches.join("|"))
            })
            .collect();
        // Initials (`J.`, `J.P.`) before a name go with it.
        let pattern = format!(
            r"(?:\b(?:\p{{Lu}}\.\s?)+\s*)?(?:{})",
            alternatives.join("|")
        );
        Regex::new(&pattern).ok()
    }
}

impl Scrubber {
    /// A scrubber for the private persons of `c`.
    pub fn for_consultation(c: &Consultation) -> Scrubber {
        // A private person whose message another passes on (a forward)
        // is one too.
        let names: Vec<&str> = c
            .responses
            .iter()
            .filter(|r| r.private_person)
            .map(|r| r.respondent.as_str())
            .chain(
                c.responses
                    .iter()
                    .flat_map(|r| r.passed_on_names.iter().map(String::as_str)),
            )
            // A resident whose letter was withdrawn is a private person
            // still: an answer may name them.
            .chain(c.withdrawn_private_names.iter().map(String::as_str))
            .collect();
        Scrubber::for_names(&names)
    }

    /// A scrubber for the given real names of private persons.
    pub fn for_names(names: &[&str]) -> Scrubber {
        let mut of_part: HashMap<String, std::collections::BTreeSet<char>> = HashMap::new();
        for name in names {
            let initials = initials_of(name);
            for part in name_parts(name) {
                of_part.entry(part).or_default().extend(initials.iter());
            }
        }
        let mut parts: Vec<String> = of_part.keys().cloned().collect();
        parts.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        if parts.is_empty() {
            return Scrubber::default();
        }
        let initials = parts
            .iter()
            .map(|p| {
                of_part
                    .get(p)
                    .map(|s| s.iter().collect())
                    .unwrap_or_default()
            })
            .collect();
        // Found in any capitals: the pattern takes `LINDEN` for `Linden`.
        // Without accents: `Celik` is found for `Çelik`.
        let lower: Vec<String> = parts.iter().map(|p| folded(&p.to_lowercase())).collect();
        // A DFA where it can be built: every run scans each response's
        // texts with it (for the keys of kept texts and of
        // `consultation.json`'s pieces), a third faster than with the
        // contiguous NFA chosen for many patterns. The same matches.
        let finder = |kind| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(kind)
                .build(&lower)
        };
        let Ok(finder) = finder(Some(aho_corasick::AhoCorasickKind::DFA)).or_else(|_| finder(None))
        else {
            return Scrubber::default();
        };
        let Ok(plain_finder) = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(parts.iter().map(|p| p.to_lowercase()))
        else {
            return Scrubber::default();
        };
        let given = given_names(names);
        let given_led = parts
            .iter()
            .map(|p| {
                p.split(|c: char| c.is_whitespace() || c == '-')
                    .next()
                    .is_some_and(|first| given.contains(first))
            })
            .collect();
        let always = parts
            .iter()
            .enumerate()
            .filter(|(_, p)| could_come_from_placeholders(p))
            .map(|(i, _)| i)
            .collect();
        Scrubber {
            kept: None,
            groups: Arc::default(),
            wording: Lang::default(),
            names: Some(Arc::new(Names {
                parts,
                initials,
                given_led,
                always,
                part_words: lower
                    .iter()
                    .filter(|p| !p.contains(char::is_whitespace))
                    .cloned()
                    .collect(),
                finder,
                plain_finder,
                all: [OnceLock::new(), OnceLock::new()],
                some: Mutex::default(),
            })),
        }
    }

    /// The name parts this scrubber removes (the full names and their
    /// capitalised words), longest first.
    ///
    /// What [`Scrubber::scrub`] makes of a text depends on the names only
    /// through the parts that occur in the text (in any capitals) once
    /// addresses, e-mail addresses, phone numbers and third parties' names
    /// are replaced (see [`Names`]). Those replacements only take text out
    /// and insert the placeholders, whole, so a part that occurs after them
    /// but not in the original text contains `[` or `]`, or lies within a
    /// placeholder's word ([`could_come_from_placeholders`]).
    pub fn name_parts(&self) -> &[String] {
        self.names.as_ref().map_or(&[], |n| &n.parts)
    }

    /// Everything about name part `i` that scrubbing depends on: the part
    /// and the initials whose given names go with it. For cache keys.
    pub fn part_signature(&self, i: usize) -> Option<String> {
        let names = self.names.as_ref()?;
        Some(format!(
            "{}\u{0}{}",
            names.parts.get(i)?,
            names.initials.get(i)?
        ))
    }

    /// Adds to `found` the indexes (into [`Scrubber::name_parts`]) of the
    /// parts that occur in `text` in any capitals, once for each
    /// occurrence.
    pub fn find_parts(&self, text: &str, found: &mut Vec<usize>) {
        if let Some(names) = &self.names {
            // ASCII text is lower-cased by folding it: one copy, not two.
            let lower = if text.is_ascii() {
                folded(text)
            } else {
                folded(&text.to_lowercase())
            };
            found.extend(
                names
                    .finder
                    .find_overlapping_iter(&lower)
                    .map(|m| m.pattern().as_usize()),
            );
        }
    }

    /// The indexes (into [`Scrubber::name_parts`]) of the parts that occur
    /// in `texts` or could arise from placeholders, sorted, each once: with
    /// the texts, their strings are all that scrubbing the texts depends on
    /// (see [`Scrubber::name_parts`]).
    pub fn relevant_parts<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> Vec<usize> {
        let Some(names) = &self.names else {
            return Vec::new();
        };
        let mut found = names.always.clone();
        for text in texts {
            self.find_parts(text, &mut found);
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// A text of a draft as public output shows it (see [`public_drafts`]):
    /// without the names of the consultation's private persons and the
    /// e-mail addresses made of them (placeholders worded in this
    /// scrubber's language); `None` when it names none of them.
    ///
    /// Like [`Scrubber::scrub_as`], a scrubber [`Scrubber::keeping`] texts
    /// keeps what it found for the next run, under a hash of the text, its
    /// relevant name parts and the wording: a draft's sections whose words
    /// include a private person's name part (a surname that is also a
    /// word) are not scrubbed again each run.
    pub fn draft_text(&self, text: &str) -> Option<String> {
        let mut found = Vec::new();
        self.find_parts(text, &mut found);
        if found.is_empty() {
            return None;
        }
        let Some(kept) = &self.kept else {
            return self.draft_text_now(text);
        };
        // Worded in this scrubber's language.
        let wording = format!("{:?}", self.wording);
        let key = self.salted_key(KEPT_DRAFT_SALT, wording.as_bytes(), text, false);
        // The first byte tells whether the text changed: 1 followed by
        // the public text, 0 alone when it did not.
        match kept.get(&key) {
            Some([0]) => return None,
            Some([1, rest @ ..]) => {
                // A damaged entry is scrubbed again.
                if let Ok(public) = std::str::from_utf8(rest) {
                    return Some(public.to_string());
                }
            }
            _ => {}
        }
        let public = self.draft_text_now(text);
        let mut entry = vec![u8::from(public.is_some())];
        entry.extend_from_slice(public.as_deref().unwrap_or("").as_bytes());
        kept.add(key, &entry);
        public
    }

    /// [`Scrubber::draft_text`] without the kept texts.
    fn draft_text_now(&self, text: &str) -> Option<String> {
        let out = self.for_letter_of(text, "");
        (out != text).then(|| self.word(out))
    }

    /// This scrubber, its public texts ([`public_view_with`],
    /// [`public_orphan`], [`Scrubber::word`]) worded in `lang`.
    pub fn worded_in(self, lang: Lang) -> Scrubber {
        Scrubber {
            wording: lang,
            ..self
        }
    }

    /// The language of the public texts ([`Scrubber::worded_in`]).
    pub fn wording(&self) -> Lang {
        self.wording
    }

    /// `text` (scrubbed) as public output in this scrubber's language
    /// shows it ([`worded`]).
    pub fn word(&self, text: String) -> String {
        match worded(&text, self.wording) {
            Cow::Borrowed(_) => text,
            Cow::Owned(out) => out,
        }
    }

    /// This scrubber, keeping the texts it scrubs in `cache` between runs
    /// (none kept without a cache): a text scrubbed by an earlier run with
    /// the same name parts in it is not scrubbed again. Kept texts are
    /// found by a hash of everything scrubbing depends on: the tool's
    /// stamp, the text and its relevant name parts
    /// ([`Scrubber::relevant_parts`]). [`Scrubber::save_kept`] keeps this
    /// run's texts for the next.
    pub fn keeping(self, cache: Option<&Cache>) -> Scrubber {
        Scrubber {
            kept: cache.map(|c| Arc::new(Fragments::open(Some(c), KEPT))),
            ..self
        }
    }

    /// The scrubber that also knows, for every campaign group of `c` whose
    /// decision has a text of the working group (an answer, a summary, a
    /// theme), the names learnt from the texts of all its members
    /// ([`Scrubber::learnt_names`]). The group shares one decision: its
    /// answer, published with every member's point and in every member's
    /// letter, goes without the third parties any member named (`mijn zus
    /// Fleur` in one letter, `Henk` in another), not only those of the
    /// member it is shown with ([`Scrubber::without_group_names`]).
    pub fn learning_groups(self, c: &Consultation) -> Scrubber {
        use rayon::prelude::*;
        let mut members: HashMap<&str, Vec<&Response>> = HashMap::new();
        let mut answered: std::collections::HashSet<&str> = Default::default();
        for r in &c.responses {
            for com in &r.comments {
                let Some(g) = com.group.as_deref() else {
                    continue;
                };
                let rs = members.entry(g).or_default();
                if !rs.iter().any(|m| std::ptr::eq(*m, r)) {
                    rs.push(r);
                }
                let d = &com.decision;
                let has_text = |t: Option<&str>| t.is_some_and(|t| !t.trim().is_empty());
                if has_text(Some(&d.answer))
                    || has_text(d.summary.as_deref())
                    || has_text(d.theme.as_deref())
                {
                    answered.insert(g);
                }
            }
        }
        let groups: HashMap<String, LearntNames> = members
            .into_iter()
            .filter(|(g, rs)| rs.len() > 1 && answered.contains(g))
            .map(|(g, rs)| {
                let learnt: Vec<LearntNames> =
                    rs.par_iter().map(|r| self.learnt_names(r)).collect();
                let mut names: Vec<String> = Vec::new();
                let mut streets: Vec<String> = Vec::new();
                for l in learnt {
                    names.extend(l.names);
                    streets.extend(l.streets);
                }
                let mut group = LearntNames::new(names, ScrubbedTexts::default());
                streets.sort();
                streets.dedup();
                group.streets = streets;
                (g.to_string(), group)
            })
            .filter(|(_, learnt)| !learnt.names.is_empty() || !learnt.streets.is_empty())
            .collect();
        Scrubber {
            groups: Arc::new(groups),
            ..self
        }
    }

    /// The names learnt from the members of campaign group `group`
    /// ([`Scrubber::learning_groups`]), when it has any.
    pub fn group_names(&self, group: Option<&str>) -> Option<&LearntNames> {
        self.groups.get(group?)
    }

    /// `text` (the working group's text about a point of campaign group
    /// `group`, scrubbed already) without the names learnt from the
    /// group's members ([`Scrubber::learning_groups`]).
    pub fn without_group_names(&self, text: &str, group: Option<&str>) -> String {
        match self.group_names(group) {
            Some(learnt) => without_learnt(text, learnt),
            None => text.to_string(),
        }
    }

    /// Keeps the texts this run scrubbed for the next run (see
    /// [`Scrubber::keeping`]); only when no clone of this scrubber is left,
    /// else nothing is kept (the next run scrubs them again).
    pub fn save_kept(self) {
        if let Some(kept) = self.kept.and_then(Arc::into_inner) {
            kept.save();
        }
    }

    /// The key of `text`'s scrubbed form in the kept texts, as written by
    /// a private person or not (`private`, see [`Scrubber::scrub_as`]).
    fn kept_key(&self, text: &str, private: bool) -> Key {
        self.salted_key(KEPT_SALT, b"", text, private)
    }

    /// [`Scrubber::kept_key`] with its own `salt` and `also` (what else
    /// the kept text depends on).
    fn salted_key(&self, salt: &[u8], also: &[u8], text: &str, private: bool) -> Key {
        let mut h = ContentHash::default();
        h.part(crate::cache::tool_stamp().as_bytes())
            .part(salt)
            .part(also)
            .part(&[u8::from(private)])
            .part(text.as_bytes());
        let relevant = self.relevant_parts([text]);
        h.part(&(relevant.len() as u64).to_le_bytes());
        for part in relevant.iter().filter_map(|&i| self.part_signature(i)) {
            h.part(part.as_bytes());
        }
        h.bytes()
    }

    /// `text` with names, addresses, e-mail addresses and phone numbers
    /// replaced by placeholders, as if a private person wrote it (the
    /// safe side when it is not known who did): see
    /// [`Scrubber::scrub_as`].
    pub fn scrub(&self, text: &str) -> String {
        self.scrub_as(text, true)
    }

    /// A text of response `r` (a comment, a quote of it, the answer to it)
    /// scrubbed: third parties are looked for as in a private person's
    /// letter when `r`'s sender is one or is not known
    /// ([`Response::private_texts`]: also when it passes on a private
    /// person's message).
    pub fn scrub_of(&self, text: &str, r: &Response) -> String {
        self.scrub_as(text, r.private_texts())
    }

    /// The third parties' names that scrubbing takes out of `r`'s own
    /// texts (its comments and their quotes: `Tim` and `Eva` of `mijn
    /// kinderen Tim en Eva`, `Riet` of `schoonmoeder, Riet,`), and the
    /// given names it takes with a private person's surname. A letter
    /// repeats them without the word that told they are names (`Toen Tim
    /// eindelijk ...` in a later point), and so do the working group's texts
    /// about `r` (`Wij vinden het erg dat Tim en Eva ...`): every text of
    /// `r` goes without them ([`Scrubber::scrub_learnt`]).
    ///
    /// A private person's own street names ([`Response::own_streets`]) are
    /// taken out too, as an address, also those of a private person whose
    /// message the sender passes on.
    pub fn learnt_names(&self, r: &Response) -> LearntNames {
        let mut learnt = self.learnt_from(own_texts(r), r.private_texts());
        if r.private_texts() {
            learnt.streets = r.own_streets.clone();
        }
        learnt
    }

    /// [`Scrubber::learnt_names`] of `texts`, scrubbed as a private
    /// person's (`private`) or not.
    pub fn learnt_from<'t>(
        &self,
        texts: impl IntoIterator<Item = &'t str>,
        private: bool,
    ) -> LearntNames {
        let mut learnt = Vec::new();
        let mut scrubbed = ScrubbedTexts::default();
        for text in texts {
            if scrubbed.contains_key(text) {
                continue;
            }
            // Scrubbing says which words were names (kept from an earlier
            // run when it scrubbed the same text).
            let out = self.scrub_as(text, private);
            if out != text {
                learnt.extend(names_replaced(text, &out));
            }
            scrubbed.insert(text.to_string(), out);
        }
        LearntNames::new(learnt, scrubbed)
    }

    /// A text of response `r` (its own or one the working group wrote
    /// about it: an answer, a summary, a theme) scrubbed like
    /// [`Scrubber::scrub_of`] and, besides, without the names scrubbing
    /// learnt from `r`'s texts (`learnt`, from [`Scrubber::learnt_names`]),
    /// a name and a private person's surname side by side going as one
    /// (`Riet Jansen`).
    pub fn scrub_learnt(&self, text: &str, r: &Response, learnt: &LearntNames) -> String {
        self.scrub_learnt_as(text, r.private_texts(), learnt)
    }

    /// [`Scrubber::scrub_learnt`] for a response whose sender is a
    /// private person or not known (`private`).
    pub fn scrub_learnt_as(&self, text: &str, private: bool, learnt: &LearntNames) -> String {
        if text.trim().is_empty() {
            return text.to_string();
        }
        let scrubbed = match learnt.scrubbed.get(text) {
            Some(done) => Cow::Borrowed(done.as_str()),
            None => Cow::Owned(self.scrub_as(text, private)),
        };
        without_learnt(&scrubbed, learnt)
    }

    /// `text` with names, addresses, e-mail addresses and phone numbers
    /// replaced by placeholders (kept from an earlier run when it scrubbed
    /// the same, see [`Scrubber::keeping`]). The names are those of the
    /// consultation's private persons, in any capitals, and those of third
    /// parties ([`third_parties`]): after a form of address (`mevrouw
    /// Bakker`) in every text, and after a word for a relative,
    /// neighbour, friend or the like (`mijn buurman Kees Vermeulen`) in a
    /// text of a private person (`private`).
    pub fn scrub_as(&self, text: &str, private: bool) -> String {
        let Some(kept) = &self.kept else {
            return self.scrub_now(text, private);
        };
        let key = self.kept_key(text, private);
        if let Some(bytes) = kept.get(&key) {
            // A damaged entry is scrubbed again.
            if let Ok(text) = std::str::from_utf8(bytes) {
                return text.to_string();
            }
        }
        let scrubbed = self.scrub_now(text, private);
        kept.add(key, scrubbed.as_bytes());
        scrubbed
    }

    /// [`Scrubber::scrub_as`] without the kept texts. Personal data with
    /// an invisible character inside (a zero-width space in an e-mail
    /// address, a soft hyphen in a surname) or a hyphen look-alike (the
    /// non-breaking hyphen of `06‑12345678`) is found all the same: the
    /// text is scrubbed without them ([`matching_form`]), and what
    /// scrubbing left of it is given back as written ([`as_written`]).
    fn scrub_now(&self, text: &str, private: bool) -> String {
        if !text.contains(is_invisible_or_hyphen) {
            return self.scrub_matching(text, private);
        }
        let (matching, starts) = matching_form(text);
        let scrubbed = self.scrub_matching(&matching, private);
        as_written(text, &matching, &starts, &scrubbed)
    }

    /// [`Scrubber::scrub_now`] of a text in its [`matching_form`].
    fn scrub_matching(&self, text: &str, private: bool) -> String {
        let text = email_re().for_text(text).replace_all(text, EMAIL);
        // Account numbers before phone numbers: `NL91 ABNA 0417 1643 00`
        // ends in ten digits from a zero.
        let text = remove_accounts(text);
        let text = remove_birth_dates(text);
        let text = remove_bsns(text);
        // Plates before phone numbers and postcodes: their digits are no
        // part of either.
        let text = remove_plates(text);
        let text = phone_re().replace_all(&text, PHONE);
        let text = if street_title_cue_re().is_match(&text) {
            Cow::Owned(
                titled_street_re()
                    .for_text(&text)
                    .replace_all(&text, ADDRESS)
                    .into_owned(),
            )
        } else {
            text
        };
        let text = remove_streets(text);
        let text = number_before_street_re()
            .for_text(&text)
            .replace_all(&text, ADDRESS);
        let text = if english_street_cue_re().is_match(&text) {
            Cow::Owned(
                english_street_re()
                    .for_text(&text)
                    .replace_all(&text, ADDRESS)
                    .into_owned(),
            )
        } else {
            text
        };
        // A street without a street word goes by where it stands (before
        // postcodes: a postcode after it is one of those places).
        let text = if private {
            remove_lived_on_streets(remove_bare_streets(text))
        } else {
            text
        };
        let text = postcode_re()
            .for_text(&text)
            .replace_all(&text, "${cue}[adres]${number}");
        // Third parties first: `mijn zoon Ruben van der Linden` is one
        // name, also when `van der Linden` is a private person's; their
        // words elsewhere last, so that a private person's name with one
        // of them in it goes whole (`MARIEKE VAN DER LINDEN`).
        let (text, mut learnt) = third_parties(&text, private);
        let (text, given) = self.remove_names(text);
        learnt.extend(given);
        let text = remove_words(text, &learnt);
        if text.contains(NAME) {
            adjacent_names_re().replace_all(&text, NAME).into_owned()
        } else {
            text.into_owned()
        }
    }

    /// A text the working group wrote for more than the one respondent
    /// whose letter shows it (a campaign group's shared answer, summary or
    /// theme; an answer moved here from another respondent's point), as
    /// that letter shows it: without the names of the consultation's other
    /// private persons (`own` is the letter's respondent, whose name
    /// stays) and the e-mail addresses made of them (`bert.kok@...` of
    /// Bert Kok). The letters are not public, but one resident's name
    /// is not another's to read.
    pub fn for_letter_of(&self, text: &str, own: &str) -> String {
        let Some(names) = &self.names else {
            return text.to_string();
        };
        let keep = name_parts(own);
        let (out, _) = self.remove_names_but(Cow::Borrowed(text), &keep);
        let out = if out.contains(NAME) {
            Cow::Owned(adjacent_names_re().replace_all(&out, NAME).into_owned())
        } else {
            out
        };
        let kept: std::collections::HashSet<String> =
            keep.iter().map(|k| folded(&k.to_lowercase())).collect();
        let named = |local: &str| {
            let local = folded(&local.to_lowercase());
            names
                .part_words
                .iter()
                .filter(|p| !kept.contains(*p))
                .any(|p| {
                    local.split(|c: char| !c.is_alphanumeric()).any(|w| w == p)
                        || p.chars().count() >= 4 && local.contains(p.as_str())
                })
        };
        email_re()
            .for_text(&out)
            .replace_all(&out, |c: &regex::Captures| {
                let address = c.get(0).map_or("", |m| m.as_str());
                let local = address
                    .split(|c: char| !(c.is_alphanumeric() || "._+-".contains(c)))
                    .next()
                    .unwrap_or("");
                if named(local) {
                    EMAIL.to_string()
                } else {
                    address.to_string()
                }
            })
            .into_owned()
    }

    /// `text` with the private persons' names replaced by [`NAME`] (see
    /// [`name_replacement`]), and the given names taken with a surname
    /// (`Pieter` of `Pieter de Jong` in the text of `Fam. de Jong`): they
    /// go wherever else the text writes them.
    fn remove_names<'t>(&self, text: Cow<'t, str>) -> (Cow<'t, str>, Vec<String>) {
        self.remove_names_but(text, &[])
    }

    /// [`Scrubber::remove_names`], leaving the name parts `keep`.
    fn remove_names_but<'t>(
        &self,
        text: Cow<'t, str>,
        keep: &[String],
    ) -> (Cow<'t, str>, Vec<String>) {
        let Some(names) = &self.names else {
            return (text, Vec::new());
        };
        let mut found = Vec::new();
        self.find_parts(&text, &mut found);
        if found.is_empty() {
            return (text, Vec::new());
        }
        // A part written with other accents than the name's (`Celik` of
        // `Çelik`) is found only without them.
        let as_written = names
            .plain_finder
            .find_overlapping_iter(&text.to_lowercase())
            .count();
        let accents = as_written < found.len();
        found.retain(|&i| names.parts.get(i).is_some_and(|p| !keep.contains(p)));
        if found.is_empty() {
            return (text, Vec::new());
        }
        found.sort_unstable();
        found.dedup();
        let Some(re) = names.pattern(&found, accents) else {
            return (text, Vec::new());
        };
        if !re.is_match(&text) {
            return (text, Vec::new());
        }
        let mut given = Vec::new();
        let hay: &str = &text;
        let out = re
            .replace_all(hay, |c: &regex::Captures| match c.get(0) {
                Some(m) => name_replacement(names, hay, m.start(), m.end(), &mut given),
                None => String::new(),
            })
            .into_owned();
        (Cow::Owned(out), given)
    }
}

/// Characters a writer's tools put inside words that no one sees (a
/// zero-width space or joiner, a word joiner, a byte order mark, a soft
/// hyphen): left out where personal data is looked for.
const INVISIBLE: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{180E}',
];

/// Hyphens that look like `-` (the hyphen, the non-breaking hyphen of
/// phone numbers, the figure dash, the minus sign): read as `-` where
/// personal data is looked for.
const HYPHENS: &[char] = &['\u{2010}', '\u{2011}', '\u{2012}', '\u{2212}'];

fn is_invisible_or_hyphen(c: char) -> bool {
    INVISIBLE.contains(&c) || HYPHENS.contains(&c)
}

/// `text` as personal data is looked for in it: without [`INVISIBLE`]
/// characters, [`HYPHENS`] as `-`. With, for each character of that form
/// (by its byte offset there, ascending) and for its end, where the text
/// as written has it: from right after the character before it, so an
/// invisible character goes with the character after it.
fn matching_form(text: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(text.len());
    let mut starts = Vec::with_capacity(text.len() + 1);
    let mut after_last = 0;
    for (at, c) in text.char_indices() {
        if INVISIBLE.contains(&c) {
            continue;
        }
        starts.push((out.len(), after_last));
        out.push(if HYPHENS.contains(&c) { '-' } else { c });
        after_last = at + c.len_utf8();
    }
    starts.push((out.len(), text.len()));
    (out, starts)
}

/// `scrubbed`, the text scrubbed in its [`matching_form`] `matching`, with
/// what scrubbing kept as `text` wrote it (its invisible characters and
/// hyphens): only what was replaced differs from `text`. `starts` are
/// [`matching_form`]'s offsets.
fn as_written(text: &str, matching: &str, starts: &[(usize, usize)], scrubbed: &str) -> String {
    use similar::DiffTag;
    let (old, new) = (diff_tokens(matching), diff_tokens(scrubbed));
    let words = |t: &[(usize, usize)], s: &str| -> Vec<String> {
        t.iter().map(|&(a, b)| s[a..b].to_string()).collect()
    };
    let ops = similar::capture_diff_slices(
        similar::Algorithm::Myers,
        &words(&old, matching),
        &words(&new, scrubbed),
    );
    let written = |at: usize| {
        starts
            .binary_search_by_key(&at, |&(m, _)| m)
            .ok()
            .and_then(|i| starts.get(i))
            .map(|&(_, w)| w)
    };
    let byte =
        |tokens: &[(usize, usize)], i: usize, len: usize| tokens.get(i).map_or(len, |&(a, _)| a);
    let mut out = String::with_capacity(scrubbed.len() + text.len().saturating_sub(matching.len()));
    for op in ops {
        let (tag, from, to) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            let a = byte(&old, from.start, matching.len());
            let b = byte(&old, from.end, matching.len());
            match (written(a), written(b)) {
                (Some(a), Some(b)) if a <= b => out.push_str(&text[a..b]),
                _ => out.push_str(&matching[a..b]),
            }
        } else {
            let a = byte(&new, to.start, scrubbed.len());
            let b = byte(&new, to.end, scrubbed.len());
            out.push_str(&scrubbed[a..b]);
        }
    }
    out
}

/// The words of `text` for [`as_written`]'s diff, as byte ranges: a
/// placeholder whole (no word of the text is one), a run of letters and
/// digits, or any other character alone.
fn diff_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut tokens = Vec::new();
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let rest = &text[at..];
        let len = if let Some(p) = PLACEHOLDERS.iter().find(|p| rest.starts_with(**p)) {
            p.len()
        } else if c.is_alphanumeric() {
            rest.find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len())
        } else {
            c.len_utf8()
        };
        tokens.push((at, at + len));
        at += len;
    }
    tokens
}

/// What a match of a private person's name at `start..end` in `text`
/// becomes. Mostly [`NAME`], but:
///
/// - a common word or organisation's word taken as the given name before
///   the surname (`Volgens de Jong` of `Fam. de Jong`) stays, and the
///   rest is looked at alone; a given name that goes is added to `given`;
/// - a surname on its own ([`bare_surname_is_word`]) inside an
///   organisation's name (`De Jong Zorggroep`) or as an ordinary word
///   starting a sentence (`Groot deel van de ouders`) stays.
fn name_replacement(
    names: &Names,
    text: &str,
    start: usize,
    end: usize,
    given: &mut Vec<String>,
) -> String {
    let matched = &text[start..end];
    let mut words = matched.split_whitespace();
    let first = words.next().unwrap_or("");
    let several = words.next().is_some();
    let lower = first.to_lowercase();
    let is_given = several
        && !first.ends_with('.')
        && first.chars().next().is_some_and(char::is_uppercase)
        && !PARTICLES.contains(&lower.as_str())
        && !names.part_words.contains(&folded(&lower));
    if is_given {
        let common = lower.split('-').any(crate::link::topic::is_general_word)
            || not_a_name_re().is_match(first)
            || is_organisation_word(first);
        let rest = matched[first.len()..].trim_start();
        let rest_start = end - rest.len();
        if common {
            let kept = &text[start..rest_start];
            return format!(
                "{kept}{}",
                name_replacement(names, text, rest_start, end, given)
            );
        }
        if first.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            given.push(first.to_string());
        }
        return NAME.to_string();
    }
    if bare_surname_is_word(text, start, end) {
        return matched.to_string();
    }
    NAME.to_string()
}

/// Whether the match `start..end` of `text` is a surname alone (particles
/// and one word: `De Jong`, `Groot`) that stands there as something else
/// than the person: inside an organisation's name (a capitalised word
/// next to it ends in an organisation's word, [`is_organisation_word`]:
/// `De Jong Zorggroep`, `Groot Veenmeer Sportclub`, `Stichting De
/// Jong`), or a common Dutch word starting a sentence and followed by a
/// lower-case word that is not a verb's form (`Groot deel van de
/// ouders`, but `Groot schreef`, `Groot vindt`, `Groot en ...` go).
fn bare_surname_is_word(text: &str, start: usize, end: usize) -> bool {
    let matched = &text[start..end];
    let words: Vec<&str> = matched
        .split_whitespace()
        .filter(|w| !PARTICLES.contains(&w.to_lowercase().as_str()))
        .collect();
    let [word] = words.as_slice() else {
        return false;
    };
    if matched.contains('.') {
        return false;
    }
    let Some(word_at) = matched.rfind(word).map(|at| start + at) else {
        return false;
    };
    if names_a_place(text, word_at, word_at + word.len())
        || ordinary_word_in_compound(text, end, word)
        || title_before_name(text, start, end, word)
    {
        return true;
    }
    // Capitalised words right after it, and right before it.
    let after = text[end..]
        .split([' ', '\t'])
        .skip(1)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) || *w == "&")
        .take(3);
    let before = text[..start]
        .trim_end_matches([' ', '\t'])
        .rsplit([' ', '\t', '\n'])
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .take(3);
    let next_char = text[end..].chars().next();
    let org_after = matches!(next_char, Some(' ' | '\t'))
        && after
            .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']))
            .any(is_organisation_word);
    let prev_char = text[..start].chars().next_back();
    let org_before =
        matches!(prev_char, Some(' ' | '\t')) && before.into_iter().any(is_organisation_word);
    if org_after || org_before {
        return true;
    }
    // An ordinary word starting a sentence.
    let lead = text[..start].trim_end_matches([' ', '\t']);
    let sentence_start = lead.is_empty() || lead.ends_with(['.', '!', '?', ':', '\n']);
    // Also with the possessive's ending the pattern takes ([`POSSESSIVE`]):
    // `Groots` of `Groot` (`Groots plan`).
    let lower = word.to_lowercase();
    let stem = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .or_else(|| lower.strip_suffix('s'));
    let general = crate::link::topic::is_general_word(&lower)
        || stem.is_some_and(crate::link::topic::is_general_word);
    if !sentence_start || !general {
        return false;
    }
    let Some(next) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let next: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    next.chars().next().is_some_and(char::is_lowercase) && !verb_like(&next)
}

/// Words before a place name saying it is one (`in Leiden`, `uit Alphen
/// aan den Rijn`, `gemeente Leiden`).
const BEFORE_A_PLACE: &[&str] = &[
    "in", "naar", "uit", "te", "bij", "gemeente", "regio", "vanuit", "richting", "rond", "nabij",
    "buiten", "binnen", "omgeving", "stad", "dorp", "tot", "via",
];

/// Whether the word at `start..end` of `text` (a private person's surname
/// alone: `Leiden` of `Dirk van Leiden`, `Haag` of `Sanne Haag`) is part
/// of a municipality's name there (`data/municipalities.txt`): of a name of
/// more words (`Alphen aan den Rijn`, `Den Haag`, `Bergen op Zoom`), or
/// of one word after a word saying it is a place (`in Leiden`, `gemeente
/// Leiden`).
fn names_a_place(text: &str, start: usize, end: usize) -> bool {
    // Only the sentence's part around it matters.
    let from = text[..start]
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |at| at + 1);
    let to = text[end..]
        .find(['.', '!', '?', '\n', ';', ','])
        .map_or(text.len(), |at| end + at);
    let around = &text[from..to];
    let (s, e) = (start - from, end - from);
    crate::link::topic::municipality_spans(around)
        .into_iter()
        .any(|(a, b, words)| {
            a <= s
                && e <= b
                && (words > 1 || {
                    let before = around[..a].split_whitespace().next_back().unwrap_or("");
                    BEFORE_A_PLACE.contains(&before.to_lowercase().as_str())
                })
        })
}

/// Whether `word`, a surname alone ending at `end` of `text`, is an
/// ordinary word that starts a hyphenated compound there (`Wit-Russische`
/// of `De Wit`, as `Noord-Holland`).
fn ordinary_word_in_compound(text: &str, end: usize, word: &str) -> bool {
    let mut after = text[end..].chars();
    after.next() == Some('-')
        && after.next().is_some_and(char::is_alphabetic)
        && crate::link::topic::is_general_word(&word.to_lowercase())
}

/// Titles of royals and other public persons that are surnames too
/// (`Koning`, `Prins`, `Keizer`): before a capitalised name they are the
/// title (`Koning Willem-Alexander`, `Prinses Amalia`, `Paus Franciscus`).
const TITLES_BEFORE_A_NAME: &[&str] = &[
    "koning",
    "koningin",
    "prins",
    "prinses",
    "keizer",
    "keizerin",
    "paus",
    "graaf",
    "gravin",
    "hertog",
    "hertogin",
    "baron",
    "barones",
    "bisschop",
    "kardinaal",
    "sultan",
    "emir",
    "sjeik",
    "tsaar",
    "farao",
    "ridder",
];

/// Whether the surname alone at `start..end` of `text` (`word`, written
/// without particles) is a title before a capitalised name there
/// (`Koning Willem-Alexander` of `Mirjam Koning`).
fn title_before_name(text: &str, start: usize, end: usize, word: &str) -> bool {
    if text[start..end] != *word || !TITLES_BEFORE_A_NAME.contains(&word.to_lowercase().as_str()) {
        return false;
    }
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// Whether `word` (lower case) may be a verb's form after a subject
/// (`schreef`, `vindt`, `belde`, `is`) or joins a subject (`en`): after a
/// surname starting a sentence it makes the surname the person.
fn verb_like(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "is", "was", "en", "of", "heeft", "had", "zegt", "zei", "schreef", "schrijft", "wil",
        "wilde", "kan", "kon", "moet", "moest", "gaat", "ging", "komt", "kwam", "zal", "zou",
        "wordt", "werd", "weet", "wist", "vond", "zag", "ziet", "sprak", "bleef", "blijft", "doet",
        "deed", "liep", "hielp", "helpt", "mag", "mocht", "krijgt", "kreeg", "geeft", "gaf",
        "staat", "stond", "zit", "zat", "ligt", "lag", "neemt", "nam", "vraagt", "vroeg", "belt",
        "schreven", "zijn", "waren", "hebben", "hadden", "die", "zelf", "ook", "heeft", "dus",
    ];
    WORDS.contains(&word)
        || ["t", "de", "te", "den", "ten"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// Whether `word` names an organisation or ends in a word that does
/// (`Zorggroep`, `Sportclub`, `Stichting`, `BV`, `Huisartsenpraktijk`).
fn is_organisation_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "bv",
        "b.v",
        "b.v.",
        "nv",
        "n.v",
        "n.v.",
        "vof",
        "v.o.f",
        "v.o.f.",
        "cv",
        "holding",
        "&",
        "zn",
        "zonen",
        "wonen",
        "bouw",
        "groep",
        "stichting",
        "vereniging",
    ];
    const ENDINGS: &[&str] = &[
        "groep",
        "club",
        "vereniging",
        "stichting",
        "zorg",
        "opvang",
        "praktijk",
        "fonds",
        "instituut",
        "centrum",
        "college",
        "school",
        "kliniek",
        "makelaardij",
        "advocaten",
        "notarissen",
        "partners",
        "advies",
        "bedrijf",
        "bedrijven",
        "holding",
        "academie",
        "apotheek",
        "coöperatie",
        "cooperatie",
        "architecten",
        "installaties",
        "installatietechniek",
        "transport",
        "diensten",
        "team",
        "corporatie",
    ];
    let w = word.to_lowercase();
    WORDS.contains(&w.as_str()) || ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether a name part could occur in a text only through the placeholders
/// that [`Scrubber::scrub`] puts in before it removes names (see
/// [`Scrubber::name_parts`]).
pub fn could_come_from_placeholders(part: &str) -> bool {
    // Parts are found in any capitals (`Naam` in `[naam]`); one without a
    // bracket lies within a placeholder's word.
    let lower = part.to_lowercase();
    part.contains(['[', ']'])
        || PLACEHOLDERS
            .iter()
            .any(|p| p.to_lowercase().contains(lower.as_str()))
}

/// The consultation as published in `consultation.json`: private persons
/// named by their pseudonym only, and personal data removed from every text
/// that comes from a submission or quotes one.
pub fn public_view(c: &Consultation) -> Consultation {
    public_view_with(c, &Scrubber::for_consultation(c).learning_groups(c))
}

/// [`public_view`] with the scrubber for `c` ([`Scrubber::for_consultation`])
/// made already.
pub fn public_view_with(c: &Consultation, scrubber: &Scrubber) -> Consultation {
    let mut out = public_head(c, scrubber);
    out.responses = c
        .responses
        .iter()
        .map(|r| public_response(r, scrubber))
        .collect();
    out
}

/// `c` with the draft versions' texts as public output shows them: the
/// names of the consultation's private persons (known from the responses,
/// as [`Scrubber::for_letter_of`] finds them, and the e-mail addresses made
/// of them) replaced by `[naam]` in every section's text and every change's
/// diff. A newer version that adopts a resident's idea may name her (`een
/// idee van Karin Visser uit Duinstad`); the memo's excerpts, the redline,
/// `consultation.json` and the letters quote those texts. Organisations and
/// any other words stay as the draft has them; the draft files themselves
/// are not changed. Borrowed when no text names a private person (no copy).
pub fn public_drafts<'c>(c: &'c Consultation, scrubber: &Scrubber) -> Cow<'c, Consultation> {
    let public = |text: &str| scrubber.draft_text(text);
    let sections: Vec<Vec<Option<String>>> = c
        .versions
        .iter()
        .map(|v| v.sections.iter().map(|s| public(&s.text)).collect())
        .collect();
    let diffs: Vec<Vec<Option<String>>> = c
        .changes
        .iter()
        .map(|ch| ch.diff.iter().map(|d| public(&d.text)).collect())
        .collect();
    let any = |v: &Vec<Vec<Option<String>>>| v.iter().flatten().any(Option::is_some);
    if !any(&sections) && !any(&diffs) {
        return Cow::Borrowed(c);
    }
    let mut out = c.clone();
    for (v, texts) in out.versions.iter_mut().zip(sections) {
        for (s, text) in v.sections.iter_mut().zip(texts) {
            if let Some(text) = text {
                s.text = text;
            }
        }
    }
    for (ch, texts) in out.changes.iter_mut().zip(diffs) {
        for (d, text) in ch.diff.iter_mut().zip(texts) {
            if let Some(text) = text {
                d.text = text;
            }
        }
    }
    Cow::Owned(out)
}

/// [`public_view_with`] without the responses (an empty list in their
/// place): everything else `consultation.json` holds.
pub fn public_head(c: &Consultation, scrubber: &Scrubber) -> Consultation {
    let mut out = Consultation {
        title: c.title.clone(),
        period_start: c.period_start,
        deadline: c.deadline,
        versions: c.versions.clone(),
        responses: Vec::new(),
        changes: c.changes.clone(),
        problems: public_problems(c).cloned().collect(),
        orphaned_decisions: c.orphaned_decisions.clone(),
        reattached_decisions: c.reattached_decisions.clone(),
        // About the working group's own file, and may name files.
        ledger_warnings: Vec::new(),
        settings_warnings: Vec::new(),
        date_warnings: Vec::new(),
        same_files: Vec::new(),
        withdrawn_private_names: Vec::new(),
    };
    for p in &mut out.problems {
        // The message for the working group names files (an e-mail's
        // attachment, often after its sender): public output gives the
        // kind's short reason, as the memo's appendix does.
        p.message = match public_reason(p.kind, &p.file, scrubber) {
            Some(reason) => reason,
            None => scrubber.word(scrubber.scrub(&public_message_of(c, &p.file, &p.message))),
        };
        p.file = public_file_of(c, &p.file);
    }
    // A decision on a response withdrawn from the inbox is not published
    // as if it were current (the ledger keeps it; `check` reports it).
    out.orphaned_decisions = c
        .orphaned_decisions
        .iter()
        .filter(|o| !o.withdrawn)
        .map(|o| public_orphan(c, scrubber, o))
        .collect();
    for r in &mut out.reattached_decisions {
        // A private person by their pseudonym, as everywhere else.
        r.respondent = match c.responses.iter().find(|resp| resp.file == r.file) {
            Some(resp) if resp.sender_hidden() => resp.public_name.clone(),
            _ => scrubber.word(scrubber.scrub(&r.respondent)),
        };
        r.file = public_file_of(c, &r.file);
    }
    out
}

/// The problems public output lists (the memo's appendix,
/// `consultation.json`): those of a public kind
/// ([`crate::model::ProblemKind::is_public`]), and of those about
/// `responses/` only the ones about a response, which public output names
/// by [`public_file_of`]. Any other entry there is named as the working
/// group's folder names it, often after a person.
pub fn public_problems(c: &Consultation) -> impl Iterator<Item = &crate::model::Problem> {
    c.problems.iter().filter(|p| {
        p.kind.is_public()
            && p.file
                .strip_prefix("responses/")
                .is_none_or(|name| c.responses.iter().any(|r| r.file == name))
    })
}

/// The name a response's file goes by in public output. A private
/// person's file is often named after them (`reactie-de-vries.pdf`): it
/// goes by its public name instead (`inwoner-2.pdf`), as does an unread
/// file of an unknown sender (`inzending-12.pdf`, see
/// [`Response::sender_hidden`]).
///
/// An organisation's file keeps its name only when that names nothing
/// but the organisation (`zienswijze-gemeente-katwijk.pdf`): a file
/// named after the person who filled in the organisation's form
/// (`reactie-karin-visser.pdf`) goes by the organisation's public name
/// and the response's number (`stichting-buurtkracht-3.pdf`).
pub fn public_file_name(r: &Response) -> String {
    let ext = std::path::Path::new(&r.file)
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| format!(".{}", crate::report::letters::slug(e)))
        .unwrap_or_default();
    if !r.sender_hidden() {
        if file_names_only(&r.file, &r.public_name) {
            return r.file.clone();
        }
        let name = crate::report::letters::slug(&r.public_name);
        return match r.number {
            0 => format!("{name}{ext}"),
            n => format!("{name}-{n}{ext}"),
        };
    }
    format!("{}{ext}", crate::report::letters::slug(&r.public_name))
}

/// Whether every word of `file`'s name (its extension left out) is a word
/// of the sender's public `name`, its initials (`asdv`), a number, or a
/// word any response's file may have (`reactie`, `zienswijze`, `def`).
fn file_names_only(file: &str, name: &str) -> bool {
    const GENERIC: &[&str] = &[
        "reactie",
        "reacties",
        "inspraakreactie",
        "inspraakreacties",
        "inspraak",
        "zienswijze",
        "zienswijzen",
        "advies",
        "adviezen",
        "brief",
        "regiovisie",
        "visie",
        "nota",
        "concept",
        "definitief",
        "def",
        "final",
        "versie",
        "v",
        "getekend",
        "ondertekend",
        "scan",
        "bijlage",
        "formulier",
        "reactieformulier",
        "inspraakformulier",
        "op",
        "over",
        "de",
        "het",
        "van",
        "en",
        "aan",
        "mail",
        "email",
        "e",
        "response",
        "letter",
        "comments",
        "opmerkingen",
        "reactienota",
        "kopie",
        "copy",
        "nl",
        "gemeente",
        "gemeenteraad",
        "raad",
        "college",
        "stichting",
        "vereniging",
        "adviesraad",
        "cliëntenraad",
        "wmo",
        "ggd",
        "bestuur",
    ];
    let stem = std::path::Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(file);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let own = words(name);
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    words(stem).iter().all(|w| {
        let bare = w.trim_end_matches(|c: char| c.is_ascii_digit());
        bare.is_empty()
            || own.iter().any(|o| o == w || o == bare)
            // Two of the name's words in one (`gemeenteraad` for `Raad
            // van de gemeente X`).
            || own.iter().any(|a| {
                own.iter()
                    .any(|b| a != b && (bare == format!("{a}{b}") || bare == format!("{b}{a}")))
            })
            || GENERIC.contains(&bare)
            || (bare.chars().count() >= 2 && bare == initials)
    })
}

/// An orphaned decision as public output shows it. Its comment is gone,
/// and often its response too, so nothing may say whether the sender was
/// a private person: the sender is named only by the public name of a
/// response of theirs still in the inbox, and otherwise not at all (an
/// empty `respondent`), and the comment's text is scrubbed of the
/// sender's name as well as of the consultation's private names.
pub fn public_orphan(
    c: &Consultation,
    scrubber: &Scrubber,
    o: &OrphanedDecision,
) -> OrphanedDecision {
    let mut out = o.clone();
    // The names its response's texts and its own old text taught (`mijn
    // buurman Henk Jansen` there, `Henk Jansen kan ...` in the answer), as
    // when it was attached; as a private person's, the safe side.
    let response = c
        .responses
        .iter()
        .find(|r| r.file == o.file)
        .or_else(|| c.responses.iter().find(|r| r.respondent == o.respondent));
    let texts = response
        .into_iter()
        .flat_map(own_texts)
        .chain(std::iter::once(o.text.as_str()));
    let learnt = scrubber.learnt_from(texts, true);
    out.text = scrubber.scrub_learnt_as(&o.text, true, &learnt);
    out.answer = scrubber.scrub_learnt_as(&o.answer, true, &learnt);
    match c.responses.iter().find(|r| r.respondent == o.respondent) {
        Some(r) => out.respondent = r.public_name.clone(),
        None => {
            let own = Scrubber::for_names(&[o.respondent.as_str()]);
            out.text = own.scrub(&out.text);
            out.answer = own.scrub(&out.answer);
            out.respondent = String::new();
        }
    }
    out.text = scrubber.word(out.text);
    out.answer = scrubber.word(out.answer);
    out
}

/// A file name as public output shows it: a response's by
/// [`public_file_name`], anything else (a draft) as it is.
/// `file` is a response's name, or its path in the inbox
/// (`responses/...`) as problems give it.
pub fn public_file_of(c: &Consultation, file: &str) -> String {
    let (folder, name) = match file.strip_prefix("responses/") {
        Some(name) => ("responses/", name),
        None => ("", file),
    };
    c.responses.iter().find(|r| r.file == name).map_or_else(
        || file.to_string(),
        |r| format!("{folder}{}", public_file_name(r)),
    )
}

/// `message` about `file` as public output shows it: the response's file
/// name replaced by its [`public_file_of`] name.
pub fn public_message_of(c: &Consultation, file: &str, message: &str) -> String {
    let name = file.rsplit('/').next().unwrap_or(file);
    let public = public_file_of(c, name);
    if public == name {
        message.to_string()
    } else {
        message.replace(name, &public)
    }
}

/// The short reason public output gives for a problem of `kind` with
/// `file` (the memo's appendix and `consultation.json` alike), in the
/// scrubber's language: fixed words naming no file; `None` for a kind
/// without one.
fn public_reason(
    kind: crate::model::ProblemKind,
    file: &str,
    scrubber: &Scrubber,
) -> Option<String> {
    kind.label_for(file, scrubber.wording == Lang::Nl)
        .map(capitalised)
}

/// `text` with a capital first letter.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One response as [`public_view_with`] publishes it.
pub fn public_response(r: &Response, scrubber: &Scrubber) -> Response {
    let mut r = r.clone();
    let public_file = public_file_name(&r);
    // The message for the working group names files (an e-mail's
    // attachment, often named after its sender): public output gives the
    // kind's short reason instead, as the memo does.
    if r.error.is_some() {
        let kind = r.error_kind.unwrap_or_default();
        r.error = Some(public_reason(kind, &r.file, scrubber).unwrap_or_else(|| {
            capitalised(match scrubber.wording {
                Lang::Nl => "het bestand kon niet worden verwerkt",
                Lang::En => "the file could not be processed",
            })
        }));
    }
    r.file = public_file;
    if r.sender_hidden() {
        r.respondent = r.public_name.clone();
        r.place = None;
    }
    let private = r.private_texts();
    // Before the comments are scrubbed: the names their words give. A
    // private person's own street (`in de Brédestraat`, the address under
    // the signature giving it) goes from every text of theirs too
    // ([`Scrubber::learnt_names`] has it), and is never published.
    let learnt = scrubber.learnt_names(&r);
    r.own_streets = Vec::new();
    r.own_details = Vec::new();
    r.reading_warnings = Vec::new();
    for com in &mut r.comments {
        let original = std::mem::take(&mut com.text);
        com.text = scrubber.scrub_learnt_as(&original, private, &learnt);
        // A link's reason quotes the comment's words (`(≈ school met juf
        // annemiek van)`), in lower case: the words scrubbing took out of
        // the comment go there too.
        let removed = removed_words(&original, &com.text);
        if !removed.is_empty() {
            for link in &mut com.sections {
                link.reason = without_words(&link.reason, &removed);
            }
        }
        for q in &mut com.quotes {
            q.text = scrubber.scrub_learnt_as(&q.text, private, &learnt);
            // The draft's own words around it (see [`public_drafts`]).
            for around in [&mut q.prefix, &mut q.suffix] {
                if let Some(public) = scrubber.draft_text(around) {
                    *around = public;
                }
            }
        }
        // The newest version's words at the point's place.
        if let Some(a) = &mut com.anchor_after {
            if let Some(public) = scrubber.draft_text(&a.excerpt) {
                a.excerpt = public;
            }
        }
        // A decision moved here from another respondent's point also goes
        // without the names learnt from that respondent's texts (as a
        // private person's: the safe side).
        let extra = (!com.decision.scrub_also.is_empty()).then(|| {
            scrubber.learnt_from(com.decision.scrub_also.iter().map(String::as_str), true)
        });
        let group = com.group.clone();
        let decision_text = |text: &str| {
            let once = scrubber.scrub_learnt_as(text, private, &learnt);
            let once = match &extra {
                Some(e) => scrubber.scrub_learnt_as(&once, true, e),
                None => once,
            };
            scrubber.without_group_names(&once, group.as_deref())
        };
        // An open point has no answer yet (a drafted one, or one kept from
        // before it was reopened, stays in the ledger).
        com.decision.answer = if com.decision.status == crate::model::Status::Open {
            String::new()
        } else {
            decision_text(&com.decision.answer)
        };
        if let Some(s) = &mut com.decision.summary {
            *s = decision_text(s);
        }
        if let Some(t) = &mut com.decision.theme {
            *t = decision_text(t);
        }
        com.decision.scrub_also = Vec::new();
    }
    if scrubber.wording != Lang::Nl {
        word_response(&mut r, scrubber);
    }
    r
}

/// The texts of `r` that [`public_response`] scrubbed, their placeholders
/// worded in `scrubber`'s language ([`Scrubber::word`]).
fn word_response(r: &mut Response, scrubber: &Scrubber) {
    let word = |t: &mut String| *t = scrubber.word(std::mem::take(t));
    for com in &mut r.comments {
        word(&mut com.text);
        for link in &mut com.sections {
            word(&mut link.reason);
        }
        for q in &mut com.quotes {
            word(&mut q.text);
        }
        word(&mut com.decision.answer);
        if let Some(s) = &mut com.decision.summary {
            word(s);
        }
        if let Some(t) = &mut com.decision.theme {
            word(t);
        }
    }
}

/// The words (in lower case) of `original` that `scrubbed` no longer has,
/// but for particles (`de` of `Ineke de Wit`): they name no one, and a
/// reason writes them as ordinary words (`de titel noemt`).
fn removed_words(original: &str, scrubbed: &str) -> std::collections::HashSet<String> {
    let words = |t: &str| -> std::collections::HashSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_lowercase)
            .collect()
    };
    let kept = words(scrubbed);
    words(original)
        .into_iter()
        .filter(|w| {
            // `ben` is a given name too.
            let particle = PARTICLES.contains(&w.as_str())
                || (NAME_PARTICLES.contains(&w.as_str()) && w != "ben");
            !particle && !kept.contains(w)
        })
        .collect()
}

/// `text` with every word in `words` (lower case) replaced by [`NAME`],
/// in any capitals.
fn without_words(text: &str, words: &std::collections::HashSet<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if words.contains(&word.to_lowercase()) {
            out.push_str(NAME);
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Every text of `r` that [`public_response`] scrubs.
pub fn scrubbed_texts(r: &Response) -> impl Iterator<Item = &str> {
    r.error
        .as_deref()
        .into_iter()
        .chain(r.comments.iter().flat_map(|com| {
            std::iter::once(com.text.as_str())
                .chain(com.quotes.iter().map(|q| q.text.as_str()))
                // The draft's words around a quotation and at the point's
                // place in the newest version ([`Scrubber::draft_text`]).
                .chain(
                    com.quotes
                        .iter()
                        .flat_map(|q| [q.prefix.as_str(), q.suffix.as_str()]),
                )
                .chain(com.anchor_after.as_ref().map(|a| a.excerpt.as_str()))
                .chain(std::iter::once(com.decision.answer.as_str()))
                .chain(com.decision.summary.as_deref())
                .chain(com.decision.theme.as_deref())
        }))
}

/// The parts of a real name worth removing: the full name and every
/// capitalised word of three letters or more that is not a particle or a
/// form of address (`J.P. van der Berg-Smit` → `Berg`, `Smit`, and the
/// whole). Lower-case words are skipped so that a name guessed from a file
/// name (`reactie inwoner`) cannot remove ordinary words.
/// The initials written in `name` (`K` of `K. Visser`, `J` and `P` of
/// `J.P. de Vries`), where it gives no given name in full.
fn initials_of(name: &str) -> Vec<char> {
    let initial = |w: &str| {
        w.ends_with('.')
            && w.split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    };
    // A family's signature (`Fam. de Jong`) names no one member: any given
    // name before the surname is one of theirs.
    let family = name.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        FAMILY.contains(&w.as_str())
    });
    name.split_whitespace()
        .filter(|w| initial(w))
        .flat_map(|w| w.chars().filter(|c| c.is_uppercase()))
        .chain(family.then_some(ANY_GIVEN_NAME))
        .collect()
}

/// The given names the names start with, written out (`Petra` of `Petra
/// Jansen-de Wit`; not `M.`, `Fam.` or `Van`), that are no other word of a
/// name (`Jansen` of `Petra Jansen` and `Jan Petra` is no given name).
fn given_names(names: &[&str]) -> std::collections::HashSet<String> {
    let words = |name: &str| -> Vec<String> {
        name.split(|c: char| c.is_whitespace() || c == '-' || c == ',')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let mut given = std::collections::HashSet::new();
    let mut other = std::collections::HashSet::new();
    for name in names {
        let words = words(name);
        let Some((first, rest)) = words.split_first() else {
            continue;
        };
        let lower = first.to_lowercase();
        let written_out = first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !name.trim_start().starts_with(&format!("{first}."))
            && !PARTICLES.contains(&lower.as_str())
            && !FAMILY.contains(&lower.as_str())
            && !NOT_NAME.contains(&lower.as_str());
        if written_out && !rest.is_empty() {
            given.insert(first.clone());
        }
        other.extend(rest.iter().cloned());
    }
    given.retain(|g| !other.contains(g));
    given
}

/// Words signing for a family (`Fam. de Jong`, `familie Bakker`).
const FAMILY: &[&str] = &["fam", "fam.", "familie", "gezin", "fam:"];

/// Stands among a name part's initials (see [`Names::initials`]) for a
/// family's signature: any capitalised given name before the part goes
/// with it.
const ANY_GIVEN_NAME: char = '*';

fn name_parts(name: &str) -> Vec<String> {
    let name = name.trim();
    let mut parts = Vec::new();
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for w in &words {
        // A call name in brackets (`H.J. (Henk) de Boer`) is a name part.
        let w = &w.trim_start_matches('(').trim_end_matches(')');
        let lower = w.to_lowercase();
        let starts_upper = w.chars().next().is_some_and(char::is_uppercase);
        if starts_upper
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !w.ends_with('.')
            && !PARTICLES.contains(&lower.as_str())
            && !NOT_NAME.contains(&lower.as_str())
        {
            parts.push(w.trim_matches(|c: char| !c.is_alphanumeric()).to_string());
        }
    }
    if !parts.is_empty() && words.len() > 1 {
        parts.push(name.to_string());
    }
    parts
}

/// `part` as a pattern that takes it in any capitals, each word's first
/// letter as written: `van der Linden` takes `VAN DER LINDEN` and `Van
/// der Linden`, and `Linden` takes `LINDEN` but not `linden` (`Bakker`
/// must not take `bakker`, nor `Groot` `groot`); with `accents` also with
/// or without accents and in either spelling of a letter (`Çelik` takes
/// `Celik`, `Ozdemir` `Özdemir`, `Łukasz` `Lukasz`, `Strasse` `Straße`,
/// `N’Diaye` `N'Diaye`, see [`folding_pattern`]).
fn any_capitals_with(part: &str, accents: bool) -> String {
    part.split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            let Some(first) = chars.next() else {
                return String::new();
            };
            if accents {
                return folding_pattern(word, first.is_uppercase());
            }
            let rest = regex::escape(chars.as_str());
            let rest = if rest.is_empty() {
                String::new()
            } else {
                format!("(?i:{rest})")
            };
            let first = regex::escape(&first.to_string());
            if word.starts_with(char::is_uppercase) {
                format!("{first}{rest}")
            } else {
                format!("(?i:{first}){rest}")
            }
        })
        .collect::<Vec<_>>()
        .join(r"\s+")
}

/// The apostrophes a name is written with (`N’Diaye`, `N'Diaye`, `O‘Brien`,
/// `D´Souza`): one letter of a name, folded to `'` ([`folded`]).
const APOSTROPHES: &[char] = &['\'', '’', '‘', 'ʼ', '´', '`', 'ʻ', '′'];

/// Letters that Unicode gives no decomposition into a Latin letter and a
/// mark, or that a keyboard writes as two letters: how they are written
/// without them (`Łukasz` as `Lukasz`, `Straße` as `Strasse`, `İbrahim`
/// as `Ibrahim`, `Søren` as `Soren`, `Æsa` as `Aesa`).
fn special_fold(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ĳ' | 'Ĳ' => "ij",
        'þ' | 'Þ' => "th",
        'ø' | 'Ø' | 'ǿ' | 'Ǿ' => "o",
        'ł' | 'Ł' | 'ŀ' | 'Ŀ' | 'ƚ' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' | 'ɖ' | 'Ɖ' => "d",
        'ı' | 'İ' => "i",
        'ħ' | 'Ħ' => "h",
        'ŧ' | 'Ŧ' => "t",
        'ƒ' => "f",
        'ŋ' | 'Ŋ' => "n",
        _ => return None,
    })
}

/// `c` as names are compared, pushed onto `out`: in lower case, without
/// its accents or other marks (`Ç` → `c`, the stacked marks of `ễ` → `e`),
/// the letters of [`special_fold`] as written without them (`ß` → `ss`,
/// `ł` → `l`), every apostrophe as `'`; a mark on its own goes.
fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(if c == '`' {
            '\''
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    if APOSTROPHES.contains(&c) {
        out.push('\'');
        return;
    }
    if unicode_normalization::char::is_combining_mark(c) {
        return;
    }
    if let Some(s) = special_fold(c) {
        out.push_str(s);
        return;
    }
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    match base {
        Some(b) if b.is_ascii_alphabetic() => out.push(b.to_ascii_lowercase()),
        Some(b) => out.extend(b.to_lowercase()),
        None => out.extend(c.to_lowercase()),
    }
}

/// `text` in lower case without accents ([`fold_into`]): how name parts
/// are looked for, in either spelling (`Lukasz` of `Łukasz`, `Straße` of
/// `Strasse`, `N'Diaye` of `N’Diaye`).
fn folded(text: &str) -> String {
    if text.is_ascii() && !text.contains('`') {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_into(c, &mut out);
    }
    out
}

/// The Latin letters (and apostrophes) by their [`folded`] form (one
/// letter, or two for the letters of [`special_fold`] such as `ß`):
/// each set the letters that are that letter in a name.
fn letters_by_fold() -> &'static HashMap<String, Vec<char>> {
    static MAP: OnceLock<HashMap<String, Vec<char>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<String, Vec<char>> = HashMap::new();
        let latin = ('A'..='Z')
            .chain('a'..='z')
            .chain('\u{00C0}'..='\u{024F}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .filter(|c| c.is_alphabetic())
            .chain(APOSTROPHES.iter().copied());
        for c in latin {
            let f = folded(&c.to_string());
            if f.is_empty() || f.chars().count() > 2 {
                continue;
            }
            map.entry(f).or_default().push(c);
        }
        map
    })
}

/// A pattern of the letters in `set`, only its capitals when `upper`.
fn letter_class(set: &[char], upper: bool) -> String {
    let class: String = set
        .iter()
        .filter(|c| !upper || c.is_uppercase() || APOSTROPHES.contains(c))
        .map(|c| regex::escape(&c.to_string()))
        .collect();
    format!("[{class}]")
}

/// A pattern of one word of a name that takes it with or without accents
/// and the letters of [`special_fold`] (both ways: `Strasse` takes
/// `Straße`, `Straße` takes `Strasse`; `Lukasz` takes `Łukasz`), any
/// apostrophe for one ([`APOSTROPHES`]); its first letter a capital when
/// `upper`, the rest in any capitals.
fn folding_pattern(word: &str, upper: bool) -> String {
    let f: Vec<char> = folded(word).chars().collect();
    if f.is_empty() {
        return regex::escape(word);
    }
    let map = letters_by_fold();
    let one = |c: char, upper: bool| match map.get(&c.to_string()) {
        Some(set) => letter_class(set, upper),
        None => regex::escape(&c.to_string()),
    };
    let mut units = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let first_upper = upper && i == 0;
        let pair: String = f[i..f.len().min(i + 2)].iter().collect();
        match map.get(&pair).filter(|_| pair.chars().count() == 2) {
            Some(set) => {
                units.push(format!(
                    "(?:{}{}|{})",
                    one(f[i], first_upper),
                    one(f[i + 1], false),
                    letter_class(set, first_upper)
                ));
                i += 2;
            }
            None => {
                units.push(one(f[i], first_upper));
                i += 1;
            }
        }
    }
    let (head, rest) = if upper {
        (units[0].clone(), &units[1..])
    } else {
        (String::new(), &units[..])
    };
    if rest.is_empty() {
        head
    } else {
        format!("{head}(?i:{})", rest.concat())
    }
}

/// Words that name a person by the relation or role they have to the
/// writer (`mijn buurman`, `mijn dochter`, `juf`, `de familie`): in a
/// private person's letter, a name right after one is a private third
/// party's (`mijn buurman Kees Vermeulen`).
const RELATIONS: &[&str] = &[
    "vader",
    "moeder",
    "ouders",
    "zoon",
    "zoontje",
    "dochter",
    "dochtertje",
    "kind",
    "broer",
    "broertje",
    "zus",
    "zusje",
    "zuster",
    "oom",
    "tante",
    "opa",
    "oma",
    "neef",
    "nicht",
    "grootvader",
    "grootmoeder",
    "kleinzoon",
    "kleindochter",
    "kleinkind",
    "baby",
    "peuter",
    "kleuter",
    "tweeling",
    "schoonvader",
    "schoonmoeder",
    "schoonzoon",
    "schoondochter",
    "schoonzus",
    "zwager",
    "stiefvader",
    "stiefmoeder",
    "stiefzoon",
    "stiefdochter",
    "pleegvader",
    "pleegmoeder",
    "pleegzoon",
    "pleegdochter",
    "pleegkind",
    "man",
    "vrouw",
    "echtgenoot",
    "echtgenote",
    "ex",
    "ex-man",
    "ex-vrouw",
    "ex-partner",
    "partner",
    "vriend",
    "vriendin",
    "vriendje",
    "vriendinnetje",
    "buurman",
    "buurvrouw",
    "buren",
    "buurjongen",
    "buurmeisje",
    "overbuurman",
    "overbuurvrouw",
    "collega",
    "juf",
    "juffrouw",
    "meester",
    "leerkracht",
    "mentor",
    "huisarts",
    "dokter",
    "wijkagent",
    "familie",
    "fam.",
    "gezin",
];

/// Words for more than one person by their relation to the writer (`mijn
/// kinderen Tim en Eva`): like [`RELATIONS`].
const RELATIONS_PLURAL: &[&str] = &[
    "kinderen",
    "kindjes",
    "baby's",
    "tweelingen",
    "zonen",
    "zoons",
    "dochters",
    "kleinkinderen",
    "kleinzonen",
    "kleindochters",
    "broers",
    "broertjes",
    "zussen",
    "zusjes",
    "neven",
    "nichten",
    "nichtjes",
    "grootouders",
    "schoonouders",
    "pleegkinderen",
    "stiefkinderen",
    "vrienden",
    "vriendinnen",
    "vriendjes",
    "vriendinnetjes",
    "buurkinderen",
    "collega's",
];

/// More relatives and people met at school, by words that take no
/// diminutive or plural ending of their own (`klasgenoot`, `klasgenoten`).
const RELATIONS_MORE: &[&str] = &[
    "klasgenoot",
    "klasgenote",
    "klasgenootje",
    "klasgenoten",
    "klasgenootjes",
    "schoolvriend",
    "schoolvriendin",
    "schoolvriendje",
    "halfbroer",
    "halfzus",
    "stiefbroer",
    "stiefzus",
    "pleegbroer",
    "pleegzus",
    "tweelingbroer",
    "tweelingzus",
    "peetoom",
    "peettante",
    "verloofde",
    "kinderarts",
    "jeugdarts",
    "tandarts",
    "arts",
    "artsen",
    "advocaat",
    "advocate",
    "contactpersoon",
    "docent",
    "docente",
    "docenten",
    "leraar",
    "lerares",
    "leraren",
    "psycholoog",
    "psychologe",
    "psychologen",
    "psychiater",
    "psychiaters",
    "pedagoog",
    "orthopedagoog",
    "logopedist",
    "verloskundige",
    "kraamverzorgster",
    "gastouder",
    "gastouders",
    "gastmoeder",
    "gastvader",
    "pleegouder",
    "pleegouders",
    "babysitter",
    "babysitters",
    "nanny",
    "au pair",
    // In English (a letter written in English, `my daughter Emily`).
    "mother",
    "mum",
    "mom",
    "father",
    "dad",
    "parents",
    "son",
    "sons",
    "daughter",
    "daughters",
    "child",
    "children",
    "kids",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "husband",
    "wife",
    "ex-husband",
    "ex-wife",
    "boyfriend",
    "girlfriend",
    "friend",
    "friends",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "grandson",
    "granddaughter",
    "grandchildren",
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "aunt",
    "uncle",
    "cousin",
    "nephew",
    "niece",
    "stepfather",
    "stepmother",
    "stepson",
    "stepdaughter",
    "colleague",
    "teacher",
    "therapist",
    "counsellor",
    "counselor",
    "social worker",
    "caseworker",
    "carer",
    "caregiver",
    "nurse",
    "GP",
];

/// Roles of those who care for, treat or guide a family or look after
/// its affairs (`therapeut`, `begeleider`, `consulent`, `maatschappelijk
/// werker`, `oppas`, `leidster`, `mantelzorger`, `zorgverlener`,
/// `verzorgster`, `huishoudelijke hulp`, `bewindvoerder`, `curator`), also as the end of a compound (`speltherapeut`,
/// `woonbegeleider`, `jeugdconsulent`, `casemanager`, `schoolmaatschappelijk
/// werker`, `kinderoppas`, `peuterleidster`) and in the plural:
/// regex fragments, see [`relation_words`].
const CARE_ROLES: &[&str] = &[
    r"hulpverlener",
    r"hulpverleenster",
    r"therapeut(?:e)?",
    r"begeleider",
    r"begeleidster",
    r"consulent(?:e)?",
    r"coach",
    r"manager",
    r"maatschappelijk[\s-]+werk(?:er|ster)",
    r"werker",
    r"werkster",
    r"verpleegkundige",
    r"verpleger",
    r"verpleegster",
    r"behandelaar",
    r"regisseur",
    r"voogd",
    r"agent",
    r"oppas",
    r"leidster",
    r"trainer",
    r"trainster",
    r"zorger",
    r"zorgster",
    r"verlener",
    r"verleenster",
    r"verzorger",
    r"verzorgster",
    r"verzorgende",
    r"bewindvoerder",
    r"bewindvoerster",
    r"curator",
    r"medewerker",
    r"medewerkster",
    r"huishoudelijke?[\s-]+hulp",
    r"thuishulp",
    r"huishoudster",
    r"adviseur",
    r"mediator",
    r"bemiddelaar",
    r"notaris",
];

/// Words that name a child or sibling by their place among them (`mijn
/// oudste, Emre,`), only after a possessive: regex fragment, see
/// [`relation_words`].
const BY_AGE: &str = r"(?:mijn|m'n|m’n|onze|ons|zijn|z'n|haar|hun)\s+(?:oudste|jongste|middelste)";

/// The alternatives of [`relation_re`]: the words of [`RELATIONS`] (with a
/// diminutive and plural ending: `nichtje`, `neefjes`, `tantes`),
/// [`RELATIONS_PLURAL`], [`RELATIONS_MORE`] (these with `ex` before them,
/// in one word or hyphenated: `exman`, `exvriend`, `ex-schoonvader`),
/// [`CARE_ROLES`] (with a compound's first part and a plural ending) and
/// [`BY_AGE`].
fn relation_words() -> String {
    let family = alternatives(RELATIONS);
    let mut more = RELATIONS_PLURAL.to_vec();
    more.extend(RELATIONS_MORE);
    let more = alternatives(&more);
    let roles = CARE_ROLES.join("|");
    format!(
        r"{BY_AGE}|(?:ex-?)?(?:{family})(?:je|tje|pje|etje)?s?|(?:ex-?)?(?:{more})|(?:\p{{L}}+-?)?(?:{roles})(?:s|en|n|es)?"
    )
}

/// Whether `word` names a person by relation or role (`moeder`,
/// `huisarts`, `buurvrouw`: the words of [`relation_words`]), in any
/// capitals.
pub fn is_role_word(word: &str) -> bool {
    static RE: StaticRegex = StaticRegex::built(|| format!(r"(?i)^(?:{})$", relation_words()));
    RE.get().is_match(word.trim())
}

/// Forms of address (`mevrouw Bakker`, `dhr. P. Jansen`), and titles
/// written before a name (`dr. Pieterse`, `drs. Ilse Maas`, `prof. De
/// Wit`, `mr. Visser`, `ir. Bos`; also after a role word: `mijn huisarts
/// dr. Pieterse`): a name right after one is a person's in every letter.
/// `ir.` only with its full stop; `ing.` is none (`de ING. Daarna`).
const FORMS_OF_ADDRESS: &[&str] = &[
    "meneer", "mevrouw", "mevr.", "mevr", "mw.", "mw", "dhr.", "dhr", "heer", "dr.", "dr", "drs.",
    "drs", "prof.", "prof", "mr.", "mr", "ir.",
];

/// Capitalised words that start no name after a relation word: the
/// organisations a letter of this field names (`mijn moeder Veilig Thuis
/// belde`), besides the common words of `data/general_words.txt`.
const NOT_A_NAME: &str = r"(?i)\b(?:veilig|thuis|stichting|gemeente|politie|ggd|ggz|jeugdzorg|jeugdbescherming|wijkteam|buurtteam|sociaal|zorg|raad|centrum|school|kerk|ziekenhuis|huisartsenpost|opvang|bureau|dienst|instelling|vereniging|afdeling|bank|team|regio|provincie|nederland|hoofdstuk|paragraaf|bijlage|sectie|thema|ontwikkelopgave|regiovisie|visie|wmo|jeugdwet|participatiewet|wet|programma|project|plan|onderwijs|welzijn|ggd|ggz)\b|(?i:team|raad|zorg|centrum|opvang|dienst|vereniging|corporatie|stichting|school|praktijk|club|groep)\b";

/// A given name that opens a sentence to address the one it asks
/// something of (`Ingrid, wil jij dit doorsturen?`, `Kees, kun je ...`):
/// the name, a comma, and a question to `jij`/`je`. The informal pronoun:
/// who is addressed by a given name is addressed so (`Mevrouw, kunt u`
/// names no one).
static VOCATIVE: StaticRegex = StaticRegex::new(
    r"(?P<before>(?m:^)[^\S\n]*|[.!?][^\S\n]+)(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?P<tail>,[^\S\n]*(?i:wil|kun|kan|zou|mag|heb|weet|ga|stuur|doe)[^\S\n]+(?i:jij|je)\b)",
);

/// A given name after an informal greeting at the start of a line or
/// sentence (`Hoi Ingrid,`, `Beste Kees,`, `Hallo Fatma!`): the one
/// greeted. Not a form of address with a surname (`Beste mevrouw
/// Bakker`: see [`FORMS_OF_ADDRESS`]) nor a body (`Beste Werkgroep,`:
/// [`NOT_A_NAME`]).
static GREETED: StaticRegex = StaticRegex::new(
    r"(?P<before>(?:(?m:^)[^\S\n]*|[.!?][^\S\n]+)(?i:hoi|hallo|hai|hey|hi|beste|lieve|dag)[^\S\n]+)(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?P<tail>[^\S\n]*(?:[,!]|(?m:$)))",
);

/// Words that greet a group, not a person, after `Beste`, `Hallo` and
/// the like (`Beste Bewoners,`, `Hallo Allemaal!`), besides the common
/// words, role words and organisations [`replace_addressed`] leaves.
const GREETED_GROUPS: &[&str] = &[
    "allen",
    "allemaal",
    "iedereen",
    "mensen",
    "lezer",
    "lezers",
    "leden",
    "bewoners",
    "inwoners",
    "buren",
    "vrienden",
    "collega",
    "dames",
    "heren",
    "medewerkers",
    "raadsleden",
    "commissieleden",
    "betrokkenen",
    "belangstellenden",
    "deelnemers",
];

/// [`third_parties`] with [`VOCATIVE`] or [`GREETED`]: the given name of
/// each match is replaced by [`NAME`] and learnt, unless it is a common
/// word, a word for a person by role or relation (`Beste Buurvrouw,`), a
/// group greeted ([`GREETED_GROUPS`]) or an organisation's ([`NOT_A_NAME`]).
fn replace_addressed<'t>(
    text: Cow<'t, str>,
    re: &StaticRegex,
    learnt: &mut Vec<String>,
) -> Cow<'t, str> {
    let re = re.for_text(&text);
    if !re.is_match(&text) {
        return text;
    }
    let not_a_name = not_a_name_re();
    let out = re.replace_all(&text, |c: &regex::Captures| {
        let (Some(before), Some(name), Some(tail)) =
            (c.name("before"), c.name("name"), c.name("tail"))
        else {
            return c[0].to_string();
        };
        let lower = name.as_str().to_lowercase();
        if crate::link::topic::is_general_word(&lower)
            || is_role_word(&lower)
            || GREETED_GROUPS.contains(&lower.as_str())
            || not_a_name.is_match(name.as_str())
        {
            return c[0].to_string();
        }
        learnt.push(name.as_str().to_string());
        format!("{}{NAME}{}", before.as_str(), tail.as_str())
    });
    Cow::Owned(out.into_owned())
}

/// The third parties in `text`: a given name used to address someone
/// ([`VOCATIVE`], [`GREETED`]), a name (capitalised words, initials and
/// Dutch particles: `Kees Vermeulen`, `Annemiek van Dijk`, `J. de Vries`,
/// `Van Dijk`, `RUBEN`) right after a form of address, and in a private
/// person's text (`private`) right after a word naming a person by
/// relation or role ([`RELATIONS`]), is replaced by [`NAME`]. A name that
/// starts with a common word (not after initials or a capitalised
/// particle: `mevrouw De Wit` goes) or that names an organisation
/// ([`NOT_A_NAME`]) is left: `mijn moeder Veilig Thuis belde`, `de familie
/// van instanties`. Gives the text and the names' words of three letters or
/// more, which [`Scrubber::scrub_as`] removes wherever else the text
/// writes them capitalised (`Kees` further on).
pub fn third_parties(text: &str, private: bool) -> (Cow<'_, str>, Vec<String>) {
    let mut learnt: Vec<String> = Vec::new();
    let text = replace_third_parties(
        Cow::Borrowed(text),
        address_form_cue_re(),
        address_form_re(),
        false,
        &mut learnt,
    );
    // Someone addressed by their given name (`Ingrid, wil jij ...`, `Hoi
    // Ingrid,`): a person, whoever writes.
    let text = replace_addressed(text, &VOCATIVE, &mut learnt);
    let text = replace_addressed(text, &GREETED, &mut learnt);
    let text = if private {
        // Quoted names and names between dashes first: the plain pattern
        // would take the words after the closing quote as the name.
        let cue = relation_quoted_cue_re();
        let text = replace_third_parties(text, cue, relation_quoted_re(), true, &mut learnt);
        let text = replace_third_parties(text, cue, relation_dashed_re(), true, &mut learnt);
        replace_third_parties(text, relation_cue_re(), relation_re(), true, &mut learnt)
    } else {
        text
    };
    learnt.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    learnt.dedup();
    (text, learnt)
}

/// [`third_parties`] with one of its patterns ([`address_form_re`],
/// [`relation_re`]): each name of the match's list (`Tim en Eva`) that is
/// one is replaced; a name after punctuation (`mijn zoon (Noah, 8
/// jaar)`, `mijn moeder, Joke,`) only when punctuation closes it too.
/// The pattern is only compiled (`re`) when its small `cue` matches.
/// After a relation word (`relation`) a name that starts with a lower-case
/// particle ([`FOREIGN_LEADING`]) must not go on with a common word, as
/// one without a particle must not start with one. Words before a later
/// name of the list
/// ([`LIST_ITEM_WORDS`]: `en baby Sem`) stay; the words of the match's
/// `more` go with its name, and its `tail` stays.
fn replace_third_parties<'t>(
    text: Cow<'t, str>,
    cue: &StaticRegex,
    re: &StaticRegex,
    relation: bool,
    learnt: &mut Vec<String>,
) -> Cow<'t, str> {
    if !cue.for_text(&text).is_match(&text) {
        return text;
    }
    let re = re.for_text(&text);
    if !re.is_match(&text) {
        return text;
    }
    let not_a_name = not_a_name_re();
    let general = |w: &str| crate::link::topic::is_general_word(&w.to_lowercase());
    let particle = |w: &str| name_particle(w);
    let hay: &str = &text;
    let out = re.replace_all(hay, |c: &regex::Captures| {
        let (Some(whole), Some(before), Some(list)) = (c.get(0), c.name("before"), c.name("name"))
        else {
            return c[0].to_string();
        };
        let punctuated = c
            .name("sep")
            .is_some_and(|s| s.as_str().contains([',', '(', ':']));
        if punctuated {
            let rest = hay[whole.end()..].trim_start_matches([' ', '\t']);
            if !(rest.is_empty() || rest.starts_with([',', ')', ';', ':', '.', '!', '?', '\n'])) {
                return whole.as_str().to_string();
            }
        }
        let mut out = before.as_str().to_string();
        let list = list.as_str();
        let mut last = 0;
        let mut any = false;
        let seps = name_list_sep_re()
            .find_iter(list)
            .map(|m| (m.start(), m.end()))
            .chain(std::iter::once((list.len(), list.len())));
        for (start, end) in seps {
            // An age after the name stays (`[naam] (8)`), and so do words
            // before it (`baby [naam]`).
            let item = &list[last..start];
            let prefix = list_item_words_re().find(item).map_or(0, |m| m.end());
            let (prefix, item) = item.split_at(prefix);
            let name = item.find('(').map_or(item, |at| item[..at].trim_end());
            // In capitals a name ends at the first common word (`MIJN
            // BUURMAN KEES HEEFT DE POLITIE GEBELD`): what follows stays,
            // and so does the rest of the list.
            let capitals = capitals_name_end(name);
            let (name, cut) = match capitals {
                Some(end) if end < name.len() => {
                    (name[..end].trim_end(), Some(last + prefix.len() + end))
                }
                _ => (name, None),
            };
            let age = if cut.is_some() {
                ""
            } else {
                &item[name.len()..]
            };
            let (name, employer) = employer_after(name, not_a_name);
            let words: Vec<&str> = name
                .split(|ch: char| ch.is_whitespace() || ch == '.')
                .filter(|w| !w.is_empty())
                .collect();
            // The first word that is not an initial or a particle.
            let first = words
                .iter()
                .find(|w| w.chars().filter(|ch| ch.is_alphabetic()).count() > 1 && !particle(w));
            // After initials or a particle a common word is a surname all
            // the same (`mevrouw De Wit`).
            let is_name = first.is_some_and(|first| {
                let lower_led = relation && name.starts_with(char::is_lowercase);
                let bare = name.starts_with(first) || lower_led;
                // In capitals, capitals are no sign of a name: no common
                // word is one.
                let common = if capitals.is_some() {
                    capitals_common_word(first)
                } else {
                    bare && general(first)
                };
                !(common || not_a_name.is_match(name))
            });
            if !is_name {
                if !any {
                    return whole.as_str().to_string();
                }
                out.push_str(&list[last..]);
                return out;
            }
            any = true;
            learnt.extend(
                words
                    .iter()
                    .filter(|w| w.chars().count() >= 3 && !particle(w) && !general(w))
                    .map(|w| w.to_string()),
            );
            out.push_str(prefix);
            out.push_str(NAME);
            out.push_str(employer);
            out.push_str(age);
            if let Some(cut) = cut {
                out.push_str(&list[cut..]);
                if let Some(tail) = c.name("tail") {
                    out.push_str(tail.as_str());
                }
                return out;
            }
            out.push_str(&list[start..end]);
            last = end;
        }
        if let Some(more) = c.name("more") {
            learnt.extend(
                more.as_str()
                    .split_whitespace()
                    .filter(|w| w.chars().count() >= 3 && !particle(w) && !general(w))
                    .map(str::to_string),
            );
        }
        if let Some(tail) = c.name("tail") {
            out.push_str(tail.as_str());
        }
        out
    });
    Cow::Owned(out.into_owned())
}

/// Particles of a name written in capitals (`KEES VAN DER VELDE`); not
/// the prepositions among [`PARTICLES`] (`IN`, `OP`, `TE`), which in
/// capitals are far more often the next words of the sentence.
const CAPITALS_PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "'t", "’t", "von", "la", "le", "du", "da", "di", "el",
    "dos", "das", "del",
];

/// Where a name read after a relation word or form of address ends when
/// it is written in capitals (no lower-case letter: `KEES HEEFT DE
/// POLITIE`), where capitals tell nothing: after initials and particles
/// at most two words (a given name and a surname), up to the first
/// common word ([`capitals_common_word`]); 0 when the first word is one.
/// `None` for a name not in capitals.
fn capitals_name_end(name: &str) -> Option<usize> {
    if name.chars().any(char::is_lowercase) || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    let initial = |w: &str| {
        w.ends_with('.')
            && w.split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1)
    };
    let mut taken = 0;
    let mut end = 0;
    let mut at = 0;
    for word in name.split_whitespace() {
        let start = at + name[at..].find(word).unwrap_or(0);
        at = start + word.len();
        if initial(word) {
            end = at;
            continue;
        }
        if CAPITALS_PARTICLES.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        if taken >= 2 || capitals_common_word(word) {
            return Some(end);
        }
        taken += 1;
        end = at;
    }
    Some(end)
}

/// Whether `word` (in any capitals) is a common Dutch word and so no
/// name in a text written in capitals: a general word, a function word or
/// a frequent form of a verb (`HEEFT`, `WOONT`, `GEBELD`, `IN`, `DE`), a
/// form of address (`MEVROUW`: the name after it goes on its own).
fn capitals_common_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "in",
        "op",
        "aan",
        "uit",
        "naar",
        "bij",
        "met",
        "voor",
        "door",
        "over",
        "om",
        "tot",
        "te",
        "het",
        "een",
        "de",
        "dat",
        "die",
        "dit",
        "deze",
        "nu",
        "al",
        "nog",
        "niet",
        "geen",
        "ook",
        "maar",
        "want",
        "dus",
        "toen",
        "als",
        "dan",
        "er",
        "hier",
        "daar",
        "zij",
        "ze",
        "hij",
        "wij",
        "we",
        "ik",
        "u",
        "jij",
        "je",
        "mij",
        "me",
        "hem",
        "haar",
        "ons",
        "hun",
        "mijn",
        "zijn",
        "onze",
        "heel",
        "erg",
        "veel",
        "weer",
        "wel",
        "altijd",
        "nooit",
        "vaak",
        "soms",
        "pas",
        "net",
        "zo",
        "toch",
        "even",
        "eens",
        "alleen",
        "samen",
        "thuis",
        "zelf",
        "sinds",
        "na",
        "tegen",
        "zonder",
        "onder",
        "of",
        "en",
        "woont",
        "woonde",
        "werkt",
        "werkte",
        "zegt",
        "komt",
        "belt",
        "belde",
        "gebeld",
        "vindt",
        "denkt",
        "weet",
        "zit",
        "gaat",
        "slaat",
        "sloeg",
        "helpt",
        "zorgt",
        "praat",
        "schreeuwt",
        "dreigt",
        "drinkt",
        "rijdt",
        "loopt",
        "speelt",
        "leeft",
        "wacht",
        "hoort",
        "heet",
        "spreekt",
        "krijgt",
        "geeft",
        "neemt",
        "houdt",
        "voelt",
        "ziet",
        "kijkt",
        "zoekt",
        "maakt",
        "brengt",
        "haalt",
        "kan",
        "kon",
        "wil",
        "zal",
        "moet",
        "mag",
        "is",
        "was",
        "heeft",
        "had",
        "wordt",
        "werd",
        "ging",
        "kwam",
        "zei",
        "zat",
        "stond",
        "liep",
        "bleef",
        "zag",
        "vond",
        "kreeg",
        "gaf",
        "nam",
        "vroeg",
        "hielp",
        "deed",
        "doet",
        "zijn",
        "waren",
        "hebben",
        "hadden",
        "geweest",
        "gezegd",
        "gedaan",
        "gehad",
        "geslagen",
        "gezien",
        "gebracht",
        "gemeld",
        "verteld",
        "vertelt",
        "vertelde",
        "meldt",
        "meldde",
        "heeft",
        "zou",
        "zouden",
        "kunnen",
        "moeten",
        "willen",
        "mogen",
        "gaan",
        "komen",
    ];
    let lower = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    WORDS.contains(&lower.as_str())
        || FORMS_OF_ADDRESS.contains(&lower.as_str())
        || crate::link::topic::is_general_word(&lower)
        || verb_like(&lower)
            && !["t", "de", "te", "den", "ten"]
                .iter()
                .any(|e| lower.ends_with(e))
}

/// `name` split before the organisation it ends with (`Van Dijk van
/// Veilig Thuis` → `Van Dijk`, ` van Veilig Thuis`; `P. de Boer van de
/// GGD`): a `van` or `bij` after the name's first word, followed by words
/// that name no person ([`NOT_A_NAME`]) while the words before it do not.
/// Otherwise `name` whole and an empty rest.
fn employer_after<'n>(name: &'n str, not_a_name: &Regex) -> (&'n str, &'n str) {
    let particle = |w: &str| name_particle(w);
    for (at, _) in name.match_indices(' ') {
        let (head, tail) = name.split_at(at);
        let rest = tail.trim_start();
        let Some(word) = rest.split_whitespace().next() else {
            continue;
        };
        let names_someone = head
            .split(|c: char| c.is_whitespace() || c == '.')
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !particle(w));
        if matches!(word, "van" | "bij")
            && names_someone
            && !not_a_name.is_match(head)
            && not_a_name.is_match(rest)
        {
            return (head, tail);
        }
    }
    (name, "")
}

/// What stands between the names of a list after a relation word (`Tim
/// en Eva`, `Tim, Eva en Bas`).
fn name_list_sep_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, r"[^\S\n]*,[^\S\n]*|[^\S\n]+(?:en|&)[^\S\n]+")
}

/// `text` with `words` replaced by [`NAME`] wherever they are written
/// with their first letter capitalised ([`any_capitals_with`]).
/// The words of `original` that scrubbing (giving `scrubbed`) replaced by
/// [`NAME`]: the capitalised words of each stretch that became a name
/// placeholder and nothing else (`Sanne` of `mijn dochter Sanne,` →
/// `mijn dochter [naam],`; not the street of an address), of three
/// letters or more, not a particle or form of address (`VAN DEN` of
/// `HENDRIKA VAN DEN BERG`).
fn names_replaced(original: &str, scrubbed: &str) -> Vec<String> {
    use similar::{ChangeTag, DiffTag, TextDiff};
    let diff = TextDiff::from_words(original, scrubbed);
    let mut names = Vec::new();
    for op in diff.ops() {
        if op.tag() != DiffTag::Replace {
            continue;
        }
        let (mut old, mut new) = (String::new(), String::new());
        for change in diff.iter_changes(op) {
            match change.tag() {
                ChangeTag::Delete => old.push_str(change.value()),
                ChangeTag::Insert => new.push_str(change.value()),
                ChangeTag::Equal => {}
            }
        }
        let only_names = new
            .split(NAME)
            .all(|rest| !rest.contains('[') && !rest.chars().any(char::is_alphanumeric));
        if !new.contains(NAME) || !only_names {
            continue;
        }
        names.extend(
            old.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
                .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
                .filter(|w| {
                    let lower = w.to_lowercase();
                    w.chars().count() >= 3
                        && w.starts_with(char::is_uppercase)
                        && !PARTICLES.contains(&lower.as_str())
                        && !NOT_NAME.contains(&lower.as_str())
                })
                .map(str::to_string),
        );
    }
    names
}

/// `scrubbed`, a text the working group wrote about a point of `r` (an
/// answer) as public output has it (from `text`), as the letter to `r`'s
/// sender shows it: what scrubbing replaced stays replaced, unless `r`'s
/// own texts (its comments and quotes) or its sender's name write it
/// (in any capitals, as whole words): the sender's own name, the names,
/// addresses and numbers they gave themselves. Another private person's
/// name, a third party's the sender never named, or a phone number from
/// elsewhere does not reach the letter, whoever it goes to.
pub fn as_known_to(text: &str, scrubbed: &str, r: &Response) -> String {
    if text == scrubbed {
        return text.to_string();
    }
    // The letter's head and signature block too: the address and e-mail
    // address the sender gave under their name are theirs.
    let own: Vec<String> = own_texts(r)
        .chain(r.own_details.iter().map(String::as_str))
        .chain(std::iter::once(r.respondent.as_str()))
        .map(comparable)
        .collect();
    let known = |segment: &str| {
        let segment = segment.trim_matches(|c: char| !c.is_alphanumeric());
        if segment.is_empty() {
            return false;
        }
        let segment = comparable(segment);
        own.iter().any(|o| contains_words(o, &segment))
    };
    use similar::DiffTag;
    let (old, new) = (diff_tokens(text), diff_tokens(scrubbed));
    let words = |t: &[(usize, usize)], s: &str| -> Vec<String> {
        t.iter().map(|&(a, b)| s[a..b].to_string()).collect()
    };
    let ops = similar::capture_diff_slices(
        similar::Algorithm::Myers,
        &words(&old, text),
        &words(&new, scrubbed),
    );
    let byte =
        |tokens: &[(usize, usize)], i: usize, len: usize| tokens.get(i).map_or(len, |&(a, _)| a);
    let mut out = String::with_capacity(text.len());
    // Consecutive changes as one: a name whose words the diff took apart.
    let mut changed: Option<(usize, usize, usize, usize)> = None;
    let flush = |changed: &mut Option<(usize, usize, usize, usize)>, out: &mut String| {
        if let Some((a, b, c, d)) = changed.take() {
            let was = &text[byte(&old, a, text.len())..byte(&old, b, text.len())];
            let now = &scrubbed[byte(&new, c, scrubbed.len())..byte(&new, d, scrubbed.len())];
            out.push_str(if known(was) { was } else { now });
        }
    };
    for op in ops {
        let (tag, from, to) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            flush(&mut changed, &mut out);
            let a = byte(&new, to.start, scrubbed.len());
            let b = byte(&new, to.end, scrubbed.len());
            out.push_str(&scrubbed[a..b]);
        } else {
            changed = Some(match changed {
                Some((a, _, c, _)) => (a, from.end, c, to.end),
                None => (from.start, from.end, to.start, to.end),
            });
        }
    }
    flush(&mut changed, &mut out);
    out
}

/// `text` in lower case without accents, its white space single spaces:
/// as [`as_known_to`] compares texts.
fn comparable(text: &str) -> String {
    folded(&text.to_lowercase())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `words` occurs in `text` with no letter or digit right before
/// or after it.
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, w)| {
        let before = text[..at].chars().next_back();
        let after = text[at + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A response's own texts: its comments and their quotes.
fn own_texts(r: &Response) -> impl Iterator<Item = &str> {
    r.comments.iter().flat_map(|com| {
        std::iter::once(com.text.as_str()).chain(com.quotes.iter().map(|q| q.text.as_str()))
    })
}

/// A response's texts as scrubbing left them, by the text. Looked up for
/// every item of the memo and the letters, so the whole texts are hashed
/// with the cheaper Fx hash (a map of one response's few texts: keys that
/// collide cost little).
type ScrubbedTexts = rustc_hash::FxHashMap<String, String>;

/// The names scrubbing learnt from one response's texts
/// ([`Scrubber::learnt_names`]): single words, longest first.
#[derive(Debug, Default)]
pub struct LearntNames {
    names: Vec<String>,
    /// The sender's own street names, taken out as [`ADDRESS`].
    streets: Vec<String>,
    /// The response's texts as scrubbing left them (before the names
    /// learnt from the others were taken out): not scrubbed twice.
    scrubbed: ScrubbedTexts,
}

impl LearntNames {
    fn new(mut names: Vec<String>, scrubbed: ScrubbedTexts) -> LearntNames {
        names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        names.dedup();
        LearntNames {
            names,
            streets: Vec::new(),
            scrubbed,
        }
    }

    /// The names, longest first.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The sender's own street names.
    pub fn streets(&self) -> &[String] {
        &self.streets
    }

    /// These names (and streets) without those of `other`.
    pub fn without(&self, other: &LearntNames) -> LearntNames {
        let keep = |mine: &[String], theirs: &[String]| -> Vec<String> {
            mine.iter()
                .filter(|n| !theirs.contains(n))
                .cloned()
                .collect()
        };
        LearntNames {
            names: keep(&self.names, &other.names),
            streets: keep(&self.streets, &other.streets),
            scrubbed: ScrubbedTexts::default(),
        }
    }

    /// `text` without these names (and nothing else scrubbed).
    pub fn scrub_plain(&self, text: &str) -> String {
        without_learnt(text, self)
    }
}

/// `text` (scrubbed already) without the names in `learnt`, a name and
/// a placeholder side by side going as one.
fn without_learnt(text: &str, learnt: &LearntNames) -> String {
    let out = match replace_words(text, &learnt.names, NAME) {
        // Always with a name in it.
        Some(out) => adjacent_names_re().replace_all(&out, NAME).into_owned(),
        None => text.to_string(),
    };
    match replace_words(&out, &learnt.streets, ADDRESS) {
        Some(without) => without,
        None => out,
    }
}

/// `text` with every whole word that is one of `words` (single words,
/// longest first) replaced by `placeholder`; `None` when none occurs. A
/// word matches as the text writes it in any capitals, except that a
/// capital first letter must be there (`Roos` takes `ROOS`, not `roos`),
/// as [`any_capitals_with`] has it. A name ([`NAME`]) goes with its
/// possessive ending (`Mariekes`, `Anna's`) and with the initials and
/// particles before it ([`name_prefix_start`]: `M. van der Linden`). By
/// hand rather than as a pattern: a response's names would make a pattern
/// of their own to compile.
fn replace_words(text: &str, words: &[String], placeholder: &str) -> Option<String> {
    if words.is_empty() {
        return None;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::new();
    let mut last = 0;
    let mut prev_word = false;
    for (pos, c) in text.char_indices() {
        let starts = !prev_word && is_word(c);
        prev_word = is_word(c);
        if pos < last || !starts {
            continue;
        }
        let rest = &text[pos..];
        let names = placeholder == NAME;
        if let Some(len) = words.iter().find_map(|w| word_at(rest, w, names, is_word)) {
            let start = if names {
                name_prefix_start(text, last, pos)
            } else {
                pos
            };
            out.push_str(&text[last..start]);
            out.push_str(placeholder);
            last = pos + len;
        }
    }
    if last == 0 && out.is_empty() {
        return None;
    }
    out.push_str(&text[last..]);
    Some(out)
}

/// The length of `word` at the start of `rest` (see [`replace_words`]),
/// when a whole word of `rest` is it, or, with `possessive`, it and a
/// possessive's ending (`Mariekes`, `Anna's`).
fn word_at(
    rest: &str,
    word: &str,
    possessive: bool,
    is_word: impl Fn(char) -> bool,
) -> Option<usize> {
    // In either spelling of a letter ([`folded`]: `Łukasz` of `Lukasz`,
    // `N’Diaye` of `N'Diaye`), a capital first letter where the word has
    // one.
    let want = folded(word);
    let first_upper = word.starts_with(char::is_uppercase);
    let mut got = String::with_capacity(want.len());
    let mut len = 0;
    for c in rest.chars() {
        if got.len() >= want.len() {
            break;
        }
        if len == 0 && first_upper && !c.is_uppercase() {
            return None;
        }
        fold_into(c, &mut got);
        len += c.len_utf8();
        if !want.starts_with(got.as_str()) {
            return None;
        }
    }
    if got != want {
        return None;
    }
    let ends = |at: usize| !rest[at..].chars().next().is_some_and(&is_word);
    if possessive {
        let after = &rest[len..];
        for ending in ["s", "'s", "’s"] {
            if after.starts_with(ending) && ends(len + ending.len()) {
                return Some(len + ending.len());
            }
        }
    }
    ends(len).then_some(len)
}

/// Whether `w` is initials (`M.`, `J.P.`).
fn is_initials(w: &str) -> bool {
    w.ends_with('.')
        && w.split('.')
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// The word of `text[floor..end]` that ends at the spaces or tabs right
/// before `end`, with where it starts (from `floor`); `None` when no space
/// or tab stands right before `end` or no word before them.
fn word_before(text: &str, floor: usize, end: usize) -> Option<(usize, &str)> {
    let before = &text[floor..end];
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.len() == before.len() {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[start..];
    (!word.is_empty()).then_some((start, word))
}

/// Where a name found at `pos` of `text` starts when the initials and
/// particles written before it go with it (not before `floor`): after
/// initials (`M. van der Linden`, `M. Linden`) the particles between,
/// any of them; without initials only particles that start with a
/// capital (`Van der Linden`, `zei De Wit`) and are no preposition (`Op
/// Kees kun je rekenen`), two or more of them at the start of a sentence.
/// `pos` when nothing before it goes.
fn name_prefix_start(text: &str, floor: usize, pos: usize) -> usize {
    let mut particles: Vec<usize> = Vec::new();
    let mut end = pos;
    while let Some((word_start, word)) = word_before(text, floor, end) {
        if is_initials(word) {
            return floor + word_start;
        }
        if !name_particle(word) {
            break;
        }
        end = floor + word_start;
        particles.push(end);
    }
    let Some(&first) = particles.last() else {
        return pos;
    };
    let word = text[first..].split_whitespace().next().unwrap_or("");
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    let preposition = matches!(word.to_lowercase().as_str(), "in" | "op" | "te" | "het");
    let lead = text[..first].trim_end_matches([' ', '\t']);
    let sentence_start = lead.is_empty() || lead.ends_with(['.', '!', '?', ':', '\n']);
    if capital && !preposition && (particles.len() >= 2 || !sentence_start) {
        first
    } else {
        pos
    }
}

fn remove_words<'t>(text: Cow<'t, str>, words: &[String]) -> Cow<'t, str> {
    if words.is_empty() {
        return text;
    }
    // In either spelling of a letter ([`folding_pattern`]). With a possessive's
    // ending, and the initials and particles before them
    // ([`name_prefix_start`]).
    let words: Vec<String> = words.iter().map(|w| any_capitals_with(w, true)).collect();
    let Ok(re) = Regex::new(&format!(r"\b(?:{}){POSSESSIVE}\b", words.join("|"))) else {
        return text;
    };
    let mut out = String::new();
    let mut last = 0;
    for m in re.find_iter(&text) {
        let start = name_prefix_start(&text, last, m.start());
        out.push_str(&text[last..start]);
        out.push_str(NAME);
        last = m.end();
    }
    if last == 0 {
        return text;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// Placeholders for names side by side (`zoon [naam] [naam]`, when a
/// third party's given name went before a private person's surname): one
/// name.
fn adjacent_names_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, r"\[naam\](?:\s+\[naam\])+")
}

/// A name, as [`third_parties`] reads it after a relation word or form of
/// address: initials, or a capitalised particle, or `'t`, or a capitalised
/// word first (after a form of address also lower-case particles: `mevr.
/// van 't Zand`), then up to three more capitalised words with particles
/// between.
/// The characters a name of [`name_pattern`] can start with: a capital
/// (initials, a capitalised particle or word), the apostrophe of `'t`,
/// and with `lower_particles_first` the first letters of the lower-case
/// particles.
/// Without `lower_particles_first` (after a relation word) a name may
/// start with a lower-case particle of another language
/// ([`FOREIGN_LEADING`]: `mijn buurvrouw dos Santos`), not with a Dutch
/// one (`mijn zoon de Efteling laten zien`).
fn name_start(lower_particles_first: bool) -> String {
    if lower_particles_first {
        r"[\p{Lu}'’vdthleabi]".to_string()
    } else {
        format!(r"(?:[\p{{Lu}}'’]|(?:{FOREIGN_LEADING})[^\S\n]+\p{{Lu}})")
    }
}

/// A capitalised word of a name, for [`name_pattern`].
const NAME_WORD: &str = r"(?:\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{L}+)*|\p{Lu}{2,}(?:-\p{Lu}+)*)\b";

/// The lower-case particles that may stand between the words of a name
/// ([`PARTICLES`] and [`NAME_PARTICLES`]): a pattern.
fn particle_pattern() -> String {
    format!(
        r"(?:van|de|der|den|ter|ten|het|'t|’t|von|la|le|du|da|di|{})",
        NAME_PARTICLES.join("|")
    )
}

/// The lower-case particles of other languages that may start a name
/// after a relation word (`mijn buurvrouw dos Santos`, `onze buurman el
/// Amrani`): [`NAME_PARTICLES`] and the Romance ones of [`PARTICLES`].
const FOREIGN_LEADING: &str =
    "el|al|ben|bin|ibn|bint|abu|dos|das|del|della|degli|dei|des|dello|la|le|du|da|di";

fn name_pattern(lower_particles_first: bool) -> String {
    let word = NAME_WORD;
    let particle = particle_pattern();
    let leading = if lower_particles_first {
        format!(
            r"(?:Van|De|Den|Der|Ter|Ten|Von|La|Le|Du|Da|Di|VAN|DE|DEN|DER|TER|TEN|'t|’t|{particle})"
        )
    } else {
        format!(
            r"(?:Van|De|Den|Der|Ter|Ten|Von|La|Le|Du|Da|Di|VAN|DE|DEN|DER|TER|TEN|'t|’t|{FOREIGN_LEADING})"
        )
    };
    let initials = r"(?:\p{Lu}\.\s?){1,4}";
    format!(
        r"(?:{initials}\s*(?:{particle}\s+)*{word}|{leading}\s+(?:{particle}\s+)*{word}|{word})(?:\s+(?:{particle}\s+)*{word}){{0,3}}"
    )
}

/// Words before a name inside a list of names after a relation word that
/// stay when the name goes (`Onze kinderen, Daan (9), Femke (6) en baby
/// Sem`, `mijn dochter Lisa en onze baby Noor`): a pattern, in lower case.
const LIST_ITEM_WORDS: &str = r"(?:(?:mijn|m'n|m’n|onze|ons|zijn|z'n|haar|hun)[^\S\n]+)?(?:baby|babytje|peuter|peutertje|kleuter|kleutertje|tweelingbroer|tweelingzus|zoontje|zoon|dochtertje|dochter|broertje|broer|zusje|zus|kleine|jongste|oudste|middelste)[^\S\n]+";

fn list_item_words_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, &format!("^{LIST_ITEM_WORDS}"))
}

/// A list of names after a relation word (`Tim en Eva`, `Sem (8) en Luuk
/// (5)`, `Daan, Femke en baby Sem`): a pattern.
fn name_list_pattern() -> String {
    let name = name_pattern(false);
    format!(
        r"{name}{AGE}?(?:(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:en|&)[^\S\n]+)(?:{LIST_ITEM_WORDS})?{name}{AGE}?)*"
    )
}

fn alternatives(words: &[&str]) -> String {
    let mut words: Vec<&str> = words.to_vec();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// An age in brackets after a name of a list: `Sem (8)`, `Eva (5 jaar)`.
const AGE: &str = r"(?:[^\S\n]*\([^\S\n]*\d{1,2}(?:[^\S\n]*(?:jaar|jr\.?|maanden|mnd\.?|years?|months?))?[^\S\n]*\))";

/// A word for a relation ([`RELATIONS`], [`RELATIONS_PLURAL`]) and the
/// names after it: after a space, or after a comma, bracket or colon
/// (`sep`); a list of them (`Tim en Eva`, `Sem (8) en Luuk (5)`).
fn relation_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?P<before>(?i:\b(?:{}))(?P<sep>[^\S\n]*[,(:][^\S\n]*|\s+))(?P<name>{})",
            relation_words(),
            name_list_pattern(),
        )
    });
    &RE
}

/// A name in quotes after a relation word, perhaps with more of it after
/// the quotes (`mijn buurman "Kees"`, `mijn buurman 'Kees Hoekstra'`,
/// `mijn buurman ‘Kees’ Hoekstra`): the quotes and the words after them
/// (`more`) go with the name.
fn relation_quoted_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r#"(?P<before>(?i:\b(?:{}))(?:[^\S\n]*[,(:][^\S\n]*|[^\S\n]+))["“„‘'](?P<name>{})["”’'](?P<more>(?:[^\S\n]+(?:{}[^\S\n]+)*{NAME_WORD}){{0,3}})"#,
            relation_words(),
            name_pattern(false),
            particle_pattern(),
        )
    });
    &RE
}

/// A name (or list of them) between dashes after a relation word (`mijn
/// buurman - Kees Hoekstra - zegt`): the closing dash (`tail`) stays.
fn relation_dashed_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?P<before>(?i:\b(?:{}))[^\S\n]+[-–—][^\S\n]+)(?P<name>{})(?P<tail>[^\S\n]+[-–—])",
            relation_words(),
            name_list_pattern(),
        )
    });
    &RE
}

/// What every match of [`relation_quoted_re`] and [`relation_dashed_re`]
/// starts with (see [`relation_cue_re`]).
fn relation_quoted_cue_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built(|| {
        format!(
            r#"(?i:\b(?:{}))(?:[^\S\n]*[,(:][^\S\n]*|[^\S\n]+)(?:["“„‘']|[-–—][^\S\n]+)\p{{Lu}}"#,
            relation_words(),
        )
    });
    &RE
}

/// What every match of [`relation_re`] starts with: a relation word, the
/// separator and the first character of a name ([`name_start`]). A cheap
/// test before `relation_re`: that one (names of up to four words, in
/// Unicode classes, twice) takes ~90 ms to compile, paid by the first
/// text a run scrubs; a re-run that scrubs one new letter without a
/// relation word before a capital need not compile it.
fn relation_cue_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built(|| {
        // The very words of `relation_re`: a word only the full pattern
        // knew would leave its names unscrubbed.
        format!(
            r"(?i:\b(?:{}))(?:[^\S\n]*[,(:][^\S\n]*|\s+){}",
            relation_words(),
            name_start(false)
        )
    });
    &RE
}

/// What every match of [`address_form_re`] starts with (see
/// [`relation_cue_re`]; the full pattern takes ~40 ms to compile).
fn address_form_cue_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built(|| {
        format!(
            r"(?i:\b(?:{}))\s+{}",
            alternatives(FORMS_OF_ADDRESS),
            name_start(true)
        )
    });
    &RE
}

fn address_form_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?P<before>(?i:\b(?:{}))\s+)(?P<name>{})",
            alternatives(FORMS_OF_ADDRESS),
            name_pattern(true)
        )
    });
    &RE
}

fn not_a_name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, NOT_A_NAME)
}

/// E-mail addresses: as written (`j.w.bakker@ziggo.nl`) and as written
/// against harvesters, with `@` spelled out (`(at)`, `[at]`, `{at}`,
/// `<at>`, ` at `, `(a)`, ` apenstaartje `, with or without spaces, or the
/// full-width `＠`; `@` with spaces around it) and dots spelled out or not
/// (`(dot)`, `[punt]`, ` dot `, ` punt `, `.`, ` . `), also before the `@`:
/// `jwbakker at gmail dot com`, `jw.bakker [at] ziggo [punt] nl`,
/// `p.dewit(at)gmail.com`, `anne.dewit@hotmail(dot)com`, `femke punt
/// jansen apenstaartje gmail punt com`, `fjansen @ hotmail . com`. A spelled-out
/// form ends in a top-level domain of letters, so that `at 10.30` or
/// `de punt` in a sentence is no address.
fn email_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        let open = r"\s*[(\[{<]\s*";
        let close = r"\s*[)\]}>]\s*";
        let at = format!(
            r"(?:[^\S\n]*[@＠][^\S\n]*|{open}(?i:at|@|apenstaartje){close}|\((?i:a)\)|\s+(?i:at|apenstaartje)\s+)"
        );
        let dot =
            format!(r"(?:\.|[^\S\n]+\.[^\S\n]+|{open}(?i:dot|punt){close}|\s+(?i:dot|punt)\s+)");
        // Dots spelled out in the part before `@` too (`femke punt jansen
        // apenstaartje gmail punt com`): only with an `@` after them.
        let spelled_dot = format!(r"(?:{open}(?i:dot|punt){close}|\s+(?i:dot|punt)\s+)");
        format!(
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\w.+-]*\w{spelled_dot})*[\w.+-]*\w{at}[\w-]+(?:{dot}[\w-]+)*{dot}[A-Za-z]{{2,}}\b"
        )
    });
    &RE
}

/// Phone numbers: Dutch ones by their ten digits from the leading zero
/// (`06-12345678`, `071 123 45 67`, `+31 (0)6 1234 5678`, `0031 71
/// 1234567`, `(0172) 12 34 56`, `(06) 12345678`; after the area code also
/// a dash or slash with spaces around it: `071 - 512 34 56`, `06 - 12 34
/// 56 78`, `071/5123456`, but not between later digits, where it joins a
/// range of dates: `01-01-2025 - 31-12-2025`), and foreign ones by their
/// country code (`+44 7700 900123`, `0049 30 1234567`, `+447700900123`:
/// seven to thirteen digits after it).
fn phone_re() -> &'static Regex {
    static RE: StaticRegex = StaticRegex::built(|| {
        let sep = r"[\s.-]?";
        let after_area = r"[^\S\n]{0,2}[-–/][^\S\n]{0,2}";
        // After a country code other than 31 no dots (`+15.000.000` is
        // an amount), and one separator right after the code.
        let space = r"(?:[^\S\n]{0,2}[-–][^\S\n]{0,2}|[^\S\n])";
        let pattern = format!(
            r"(?:(?:\+|\b00)31{sep}(?:\(0\){sep})?|\b0)\d(?:{sep}\d){{8}}\b|\b0\d{after_area}\d(?:{sep}\d){{7}}\b|\b0\d{{2}}{after_area}\d(?:{sep}\d){{6}}\b|\b0\d{{3}}{after_area}\d(?:{sep}\d){{5}}\b|\(0\d\){sep}\d(?:{sep}\d){{7}}\b|\(0\d{{2}}\){sep}\d(?:{sep}\d){{6}}\b|\(0\d{{3}}\){sep}\d(?:{sep}\d){{5}}\b|(?:\+|\b00)[1-9]\d{{0,2}}{space}(?:\(0\){space})?\d(?:{space}?\d){{6,12}}\b|\+[1-9]\d{{7,13}}\b"
        );
        // ASCII digits: `\d` takes every script's digits and makes the
        // pattern ten times slower to compile (~13 ms against ~1), paid by
        // the first text a run scrubs.
        pattern.replace(r"\d", "[0-9]")
    });
    RE.get()
}

/// A house number with what may follow it: a letter or `bis` (`12a`,
/// `3bis`, `9 A`), a floor or part (`12-II`, `12 huis`, `12-hs`) or a
/// range (`1-3`, `2 t/m 4`, `2 tot en met 4`).
const HOUSE_NUMBER: &str = r"\d{1,5}(?:(?:bis|ter|[a-zA-Z])\b|[^\S\n]?-[^\S\n]?(?:bis|hs|huis|bg|[IVX]{1,4}|\d{1,4}[a-zA-Z]?|[a-zA-Z])\b|[^\S\n]+(?:t/m|tot[^\S\n]+en[^\S\n]+met|tot)[^\S\n]+\d{1,5}[a-zA-Z]?\b|[^\S\n](?:[a-zA-Z]|bis|huis|hs|bg|boven|beneden|rood|zwart)\b)?\b";

/// A word for `number` written before a house number (`Dorpsstraat nr.
/// 12`, `Kerkweg no. 14`, `Markt nummer 3`): a pattern for what stands
/// between the street and [`HOUSE_NUMBER`].
const NUMBER_WORD: &str = r"(?:(?i:nr|no|nummer)\.?[^\S\n]*)?";

/// A house number before the street it is on (`huisnummer 27 aan de
/// Vaartweg`, `nr. 3 in de Kerkstraat`): the number word, the number, a
/// preposition and a street named with a street word or ending (the
/// street of [`street_body`]).
fn number_before_street_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"\b(?i:huisnummer|huisnr\.?|nummer|nr\.?|no\.)[^\S\n]*{HOUSE_NUMBER}[^\S\n]+(?i:aan|op|in)[^\S\n]+(?:(?i:de|het|'t|’t)[^\S\n]+)?{}",
            street_name()
        )
    });
    &RE
}

/// Endings of Dutch street names that end no ordinary word before a
/// number, in any capitals (`Kerkstraat`, `kerkstraat`, `Rijnsburgerweg`).
const STREET_ENDINGS: &str = "straatweg|straatje|straat|straße|strasse|laan|weg|plein|kade|gracht|singel|dijk|steeg|dreef|plantsoen|allee|boulevard|voorhout|vaart|kanaal|wetering";
/// Endings of street names that also end ordinary words (`vergadering
/// 12`, `antwoord 3`, `arbeidsmarkt 2`): only in a capitalised word
/// (`Vismarkt`, `Julianapark`).
const STREET_ENDINGS_CAPITALISED: &str =
    "markt|hof|park|baan|ring|wal|haven|oord|dam|erf|pad|brink|tuin|tuinen|hoven";
/// Street words that are street names on their own (`Markt 12`, `Lange
/// Voorhout 9`), or with words after them (`Laan van Meerdervoort 1023`).
const STREET_WORDS: &str = "Markt|Plein|Kade|Singel|Gracht|Dijk|Dam|Brink|Voorhout|Vaart|Dreef|Steeg|Wal|Haven|Laan|Straat|Weg|Hof|Kanaal|Plantsoen|Boulevard";

/// Titles a street is named with, before particles (`Burgemeester de
/// Vlugtlaan 5`, `Dr. van Noortstraat 3`), and `v.` for `van` (`v.
/// Heemstraweg 3`). A capitalised word in general before a particle would
/// take the start of a sentence along (`In de Kerkstraat 5`).
const STREET_TITLES: &str = r"Burgemeester|Burg\.|Dokter|Dr\.|Professor|Prof\.|Generaal|Gen\.|Koningin|Koning|Prins|Prinses|Graaf|Gravin|Hertog|Pastoor|Dominee|Ds\.|Meester|Mr\.|Jonkheer|Jhr\.|Sint|St\.|Kapitein|Admiraal|Pater|Zuster|v\.(?:[^\S\n]?d\.)?";

/// The street and number of [`street_re`] (without what may stand before
/// them). After a number in words of order (`1e`, `2de`: `1e Hugo de
/// Grootstraat 3`) the capitalised words before the street word may have
/// particles between them, as no sentence starts there.
fn street_body() -> String {
    format!(r"{}[^\S\n]+{NUMBER_WORD}{HOUSE_NUMBER}", street_name())
}

/// The street's name of [`street_body`], without its number.
fn street_name() -> String {
    format!(
        r"(?:\b[1-9]\d?(?:e|ste|de)[^\S\n]+(?:\p{{Lu}}[\p{{L}}'’-]*[^\S\n]+(?:(?:van|de|der|den|ter|ten|'t)[^\S\n]+){{0,2}}){{0,2}}|(?:\b\p{{Lu}}[\p{{L}}'’-]*[^\S\n]+){{0,2}})\b(?:\p{{L}}+(?:{STREET_ENDINGS})|\p{{Lu}}\p{{L}}*(?:{STREET_ENDINGS_CAPITALISED})|(?:{STREET_WORDS})(?:[^\S\n]+(?:van|de|der|den|het|'t|op|aan|bij|naar|in|ter|ten)){{1,3}}(?:[^\S\n]+\p{{Lu}}[\p{{L}}'’-]+){{1,2}}|(?:{STREET_WORDS}))\b"
    )
}

/// A street name with a typical Dutch street word or ending followed by a
/// house number (`Lange Nieuwstraat 12a`, `Rijnsburgerweg 3-5`, `Markt
/// 12`, `Lange Voorhout 9`, `Laan van Meerdervoort 1023`, `Kerkstraat
/// 3bis`, `Bahnhofstraße 5`).
fn street_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(street_body);
    &RE
}

/// What every match of [`titled_street_re`] starts with: a title of
/// [`STREET_TITLES`]. A cheap test first: the full pattern takes ~8 ms
/// more to compile than [`street_re`], paid by the first text a run
/// scrubs (a re-run that scrubs one new letter).
fn street_title_cue_re() -> &'static Regex {
    static RE: StaticRegex = StaticRegex::built(|| format!(r"\b(?:{STREET_TITLES})[^\S\n]"));
    RE.get()
}

/// A street named after a title ([`STREET_TITLES`]) with its particles,
/// whole: `Burgemeester de Vlugtlaan 5`, `v. Heemstraweg 3` (without it
/// [`street_re`] leaves `Burgemeester de` before `[adres]`).
fn titled_street_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"\b(?:{STREET_TITLES})[^\S\n]+(?:(?:van|de|der|den|het|'t|’t|ter|ten)[^\S\n]+)*{}",
            street_body()
        )
    });
    &RE
}

/// `text` without the streets of [`street_re`], each with the words of a
/// person's name before it that the street is named after ([`street_prefix_start`]).
fn remove_streets(text: Cow<'_, str>) -> Cow<'_, str> {
    let re = street_re().for_text(&text);
    if !re.is_match(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in re.find_iter(&text) {
        let start = street_prefix_start(&text, last, m.start());
        out.push_str(&text[last..start]);
        out.push_str(ADDRESS);
        last = m.end();
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// Where a street found at `pos` of `text` starts when it is named after a
/// person (not before `floor`): the person's name before the street word
/// goes with it, its given name before particles (`Willem de Zwijgerlaan`,
/// `Jan van Galenstraat`, `Hugo de Grootstraat`), its initials and titles
/// (`Mr. P.J. Troelstraweg`, `Prof. dr. Zernikeplein`, `Kon.
/// Wilhelminaweg`) and a capitalised particle (`Van 't Hoffstraat`). A
/// common word before particles is none of it (`In de Kerkstraat 5`, `op
/// de Dorpsstraat`). `pos` when nothing before the street goes.
fn street_prefix_start(text: &str, floor: usize, pos: usize) -> usize {
    const TITLES: &[&str] = &[
        "mr.",
        "dr.",
        "prof.",
        "kon.",
        "jhr.",
        "burg.",
        "st.",
        "gen.",
        "ds.",
        "ir.",
        "drs.",
        "mgr.",
        "pres.",
        "adm.",
        "kard.",
        "past.",
        "dominee",
        "burgemeester",
        "professor",
        "dokter",
        "koningin",
        "koning",
        "prins",
        "prinses",
        "graaf",
        "gravin",
        "generaal",
        "pastoor",
        "meester",
        "jonkheer",
        "admiraal",
        "kapitein",
        "pater",
        "zuster",
        "sint",
    ];
    const PARTICLES_OF_STREETS: &[&str] = &[
        "van", "de", "der", "den", "ter", "ten", "'t", "’t", "het", "la", "le", "du", "von",
    ];
    let mut start = pos;
    let mut end = pos;
    let mut particles_only = false;
    for _ in 0..8 {
        let Some((word_start, word)) = word_before(text, floor, end) else {
            break;
        };
        let lower = word.to_lowercase();
        end = floor + word_start;
        let capital = word.starts_with(char::is_uppercase);
        if PARTICLES_OF_STREETS.contains(&lower.as_str()) {
            // A capitalised particle starts a name (`Van 't Hoffstraat`),
            // a lower-case one only with a name before it.
            if capital && matches!(lower.as_str(), "van" | "ter" | "ten" | "von") {
                start = end;
                particles_only = false;
            } else {
                particles_only = true;
            }
            continue;
        }
        if is_initials(word) || TITLES.contains(&lower.as_str()) {
            start = end;
            particles_only = false;
            continue;
        }
        let name_like = capital
            && word.chars().all(|c| c.is_alphabetic() || c == '-')
            && word.chars().count() >= 2
            && !capitals_common_word(word)
            && !is_organisation_word(word);
        // A given name before the particles (`Willem de`).
        if name_like && particles_only {
            start = end;
            particles_only = false;
            continue;
        }
        break;
    }
    start
}

/// English street words ([`english_street_re`]), capitalised: a cheap
/// test before that pattern (~10 ms to compile).
const ENGLISH_STREET_WORDS: &str = "Street|Road|Lane|Avenue|Drive|Close|Court|Crescent|Square|Place|Terrace|Gardens|Grove|Way|Row|Walk|Boulevard|St|Rd|Ave";

fn english_street_cue_re() -> &'static Regex {
    static RE: StaticRegex = StaticRegex::built(|| format!(r"\b(?:{ENGLISH_STREET_WORDS})\b"));
    RE.get()
}

/// A street written the English way, the number first (`12 Baker
/// Street`, `221b Baker St.`), or with an English street word before the
/// number (`Baker Street 12`): in every submission, like [`street_re`].
fn english_street_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"\b\d{{1,5}}[a-zA-Z]?,?[^\S\n]+(?:\p{{Lu}}[\p{{L}}'’-]*[^\S\n]+){{1,3}}(?:{ENGLISH_STREET_WORDS})\b\.?|\b(?:\p{{Lu}}[\p{{L}}'’-]*[^\S\n]+){{1,3}}(?:Street|Road|Lane|Avenue|Drive|Crescent|Square|Terrace|Gardens|Grove)[^\S\n]+{HOUSE_NUMBER}"
        )
    });
    &RE
}

/// A street name of capitalised words (and particles) before a house
/// number, without a street word: `Oude Rijn 44`, `Lange Voorhout 9`.
fn bare_street() -> String {
    format!(
        r"(?P<street>\p{{Lu}}[\p{{L}}'’.-]*(?:[^\S\n]+(?:(?:van|de|der|den|het|'t|’t|op|aan|bij|in|ter|ten|te|la|le|du)[^\S\n]+)*\p{{Lu}}[\p{{L}}'’.-]*){{0,3}})[^\S\n]+{NUMBER_WORD}(?P<num>{HOUSE_NUMBER})"
    )
}

/// A bare street ([`bare_street`]) after words saying where someone lives
/// (`ik woon op`, `woont aan de`, `adres:`, `verhuisd naar`), with up to
/// eight words in lower case or numbers between them (`woon al 12 jaar
/// aan de`, `woon ik sinds 2019 op`, `wonen, samen met onze kinderen, op`):
/// the street starts at the first capital after the cue. A plain class of
/// lower-case letters, not `\p{Ll}`: a Unicode class, eight times over,
/// would make the pattern slow to compile (this one: ~6 ms in a release
/// test build, the earlier list of 20 words: ~4 ms).
fn street_after_cue_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?P<cue>\b(?i:woon|woont|wonen|woonde|woonden|wonend|wonende|woonachtig|adres|huisadres|postadres|woonadres|verhuisd|verhuizen|verhuist|verhuisde)\b[^\S\n]*[:,]?[^\S\n]+(?:[a-zß-öø-ÿ0-9'’-]+,?[^\S\n]+){{0,8}}){}(?P<after>[^\S\n]+\p{{L}}+|[^\S\n]*%)?",
            bare_street()
        )
    });
    &RE
}

/// A street named (by a street word or ending: [`street_name`]) without a
/// number where the writer says they live on it (`Ik woon aan de
/// Dijkstraat`, `wij wonen al twintig jaar op het Marktplein`, `Mijn adres
/// is Kerkweg`): the cue, then the street.
fn lived_on_street_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?P<cue>\b(?:(?i:ik|wij|we)[^\S\n]+(?i:woon|wonen)|(?i:woon|wonen)[^\S\n]+(?i:ik|wij|we))(?:[^\S\n]+[a-zß-öø-ÿ0-9'’-]+){{0,4}}?[^\S\n]+(?i:aan|op|in)[^\S\n]+(?:(?i:de|het|'t|’t)[^\S\n]+)?|\b(?i:mijn|ons|onze)[^\S\n]+(?i:adres|woonadres|huisadres)(?:[^\S\n]+(?i:is)|[^\S\n]*:)[^\S\n]+(?:(?i:de|het)[^\S\n]+)?)(?P<street>{})",
            street_name()
        )
    });
    &RE
}

/// `text` without the street a private person says they live on (see
/// [`lived_on_street_re`]): only a capitalised street name goes (`aan de
/// snelweg` is none), not the words around it (`Ik woon aan de [adres],
/// direct naast bedrijventerrein De Kamp`).
fn remove_lived_on_streets(text: Cow<'_, str>) -> Cow<'_, str> {
    let re = lived_on_street_re().for_text(&text);
    if !re.is_match(&text) {
        return text;
    }
    let out = re.replace_all(&text, |c: &regex::Captures| {
        let whole = c.get(0).map_or("", |m| m.as_str());
        let cue = c.name("cue").map_or("", |m| m.as_str());
        match c.name("street") {
            Some(street) if street.as_str().starts_with(char::is_uppercase) => {
                format!("{cue}{ADDRESS}")
            }
            _ => whole.to_string(),
        }
    });
    Cow::Owned(out.into_owned())
}

/// The streets the writer of `text` says they live on (see
/// [`lived_on_street_re`]): a private person's own streets, taken out of
/// all their texts ([`Response::own_streets`]).
pub fn lived_on_streets(text: &str) -> Vec<String> {
    lived_on_street_re()
        .for_text(text)
        .captures_iter(text)
        .filter_map(|c| c.name("street"))
        .map(|m| m.as_str().trim().to_string())
        .filter(|s| s.starts_with(char::is_uppercase))
        .collect()
}

/// A bare street ([`bare_street`]) before a postcode (`Oude Rijn 44, 2312
/// AB Leiden`).
fn street_before_postcode_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"{}(?P<after>[^\S\n]*,?\s*[1-9]\d{{3}}(?:[^\S\n]?-?[^\S\n]?[A-Z]{{2}}|-?[a-zA-Z]{{2}})\b)",
            bare_street()
        )
    });
    &RE
}

/// A bare street ([`bare_street`]) as a line of its own (an address block
/// or signature).
fn street_line_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?m)^(?P<cue>[^\S\n]*){}(?P<after>[^\S\n]*,?[^\S\n]*)$",
            bare_street()
        )
    });
    &RE
}

/// A bare street ([`bare_street`]) before `te` and a place, the way an
/// address is written in running text (`Noordeinde 12 te Zandhoven`,
/// `Achterom 4, te Zandhoven`).
fn street_before_place_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"\b{}(?P<after>[^\S\n]*,?[^\S\n]+te[^\S\n]+[A-ZÀ-ÖØ-Þ])",
            bare_street()
        )
    });
    &RE
}

/// A bare street ([`bare_street`]) right after `op` or `aan` (and `de`,
/// `het`): where someone lives or can be written to (`schrijf mij op
/// Noordeinde 12`, `mijn buren op Achterom 4`, `aan het Spui 4`). A
/// weaker sign than [`street_after_cue_re`]'s words, so checked more
/// ([`Bare::Weak`]).
fn street_after_preposition_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?P<cue>\b(?i:op|aan)[^\S\n]+(?:(?i:de|het|'t|’t)[^\S\n]+)?){}(?P<after>[^\S\n]+\p{{L}}+|[^\S\n]*%)?",
            bare_street()
        )
    });
    &RE
}

/// Words that, before a number, name a part of a document, a law, a
/// group or a time rather than a street (`paragraaf 5`, `Bijlage 2`,
/// `Wmo 2015`, `Groep 8`): a bare street with one of them is none.
const NOT_A_STREET: &[&str] = &[
    "bijlage",
    "bijlagen",
    "hoofdstuk",
    "hoofdstukken",
    "paragraaf",
    "par",
    "par.",
    "art",
    "art.",
    "artikel",
    "artikelen",
    "pagina",
    "pag",
    "pag.",
    "blz",
    "blz.",
    "bladzijde",
    "punt",
    "punten",
    "fase",
    "versie",
    "lid",
    "stap",
    "optie",
    "tabel",
    "figuur",
    "nummer",
    "nr",
    "nr.",
    "deel",
    "groep",
    "klas",
    "jaar",
    "week",
    "dag",
    "ronde",
    "thema",
    "vraag",
    "item",
    "agendapunt",
    "onderdeel",
    "doel",
    "actie",
    "maatregel",
    "alinea",
    "regel",
    "motie",
    "amendement",
    "sectie",
    "categorie",
    "niveau",
    "editie",
    "periode",
    "kwartaal",
    "route",
    "lijn",
    "wmo",
    "awb",
    "agenda",
    "visie",
    "plan",
    "nota",
    "rapport",
    "programma",
    "begroting",
    "kadernota",
    "sinds",
    "vanaf",
    "tot",
    "in",
    "per",
    "eind",
    "begin",
    "medio",
    "circa",
    "ca",
    "ca.",
    "ruim",
    "bijna",
    "ongeveer",
    "meer",
    "minder",
    "dan",
    "na",
    "voor",
    "ook",
    "al",
    "advies",
    "adviezen",
    "aanbeveling",
    "conclusie",
    "stelling",
    "scenario",
    "variant",
    "model",
    "speerpunt",
    "prioriteit",
    "opgave",
    "ambitie",
    "doelstelling",
    "resultaat",
    "pijler",
    "bouwsteen",
    "module",
    "pilot",
    "sessie",
    "bijeenkomst",
    "workshop",
    "antwoord",
    "opmerking",
    "reactie",
    "zienswijze",
    "inwoner",
    "inzending",
    "respondent",
    "covid",
    "corona",
    "radio",
    "npo",
    "rtl",
    "sbs",
    "tv",
];

/// Endings of words that, like [`NOT_A_STREET`], name a document, a
/// part of one or a law (`Regiovisie 2030`, `Uitvoeringsplan 2`,
/// `Kadernota 2027`, `Speerpunt 3`, `Jeugdwet 2015`).
const NOT_A_STREET_ENDINGS: &[&str] = &[
    "wet",
    "visie",
    "plan",
    "nota",
    "agenda",
    "programma",
    "project",
    "regeling",
    "besluit",
    "verordening",
    "advies",
    "rapport",
    "maatregel",
    "opgave",
    "punt",
];

/// Words in front of a bare street that are no part of it: a
/// preposition or a word starting the sentence (`Buren op Achterom 4 te
/// Zandhoven`, `In Noordeinde 12 te Zandhoven`) that [`bare_street`]
/// took along as a capitalised word or a particle.
const BEFORE_A_STREET: &[&str] = &[
    "op", "aan", "bij", "in", "naar", "mijn", "m'n", "m’n", "ons", "onze", "wij", "we", "ik",
    "hij", "zij", "ze", "u", "en", "of", "ook", "nu", "toen", "dus", "maar", "post", "schrijf",
];

/// Words after a number that make it a count, not a house number (`ik
/// woon in Leiden 12 jaar`).
const COUNTED: &[&str] = &[
    "jaar",
    "jaren",
    "maand",
    "maanden",
    "week",
    "weken",
    "dag",
    "dagen",
    "uur",
    "uren",
    "minuten",
    "keer",
    "kinderen",
    "mensen",
    "personen",
    "inwoners",
    "gezinnen",
    "huishoudens",
    "miljoen",
    "duizend",
    "honderd",
    "procent",
    "km",
    "kilometer",
    "meter",
    "euro",
    "gemeenten",
    "jongeren",
    "ouders",
    "leerlingen",
    "huizen",
    "woningen",
    "procent",
    "%",
];

/// Whether `word`, right after the number of a bare street after
/// `op`/`aan`, makes the number a count (`aan Fier 2 meldingen`, `aan
/// Sterk Huis 4 klachten`): a word of [`COUNTED`], or a noun in the plural
/// by its form (lower case, ending in `-en` or `-s`) that is no common
/// word of another kind ([`crate::link::topic::is_general_word`]: `op
/// Achterom 4 hebben`), no past participle (`geboren`) and no form of
/// living somewhere (`op Achterom 4 wonen`).
fn counts_something(word: &str) -> bool {
    if COUNTED.contains(&word) {
        return true;
    }
    let plural_form = word.chars().count() >= 4
        && word
            .chars()
            .all(|c| c.is_lowercase() || c == '\'' || c == '’')
        && (word.ends_with("en") || word.ends_with('s'));
    plural_form
        && !crate::link::topic::is_general_word(word)
        && !word.starts_with("ge")
        && !["woon", "wonen", "verhuis", "verblijf", "huren"]
            .iter()
            .any(|w| word.starts_with(w))
}

/// Whether `street` before a house number is a document part, law or
/// time ([`NOT_A_STREET`], a word with an ending of
/// [`NOT_A_STREET_ENDINGS`]: `Jeugdwet 2015`, `Regiovisie 2030`).
fn not_a_street(street: &str) -> bool {
    street.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        NOT_A_STREET.contains(&w.as_str())
            || crate::text::DUTCH_MONTHS.contains(&w.as_str())
            || crate::text::DUTCH_WEEKDAYS.contains(&w.as_str())
            || NOT_A_STREET_ENDINGS.iter().any(|e| w.ends_with(e))
    })
}

/// `text` with streets without a street word removed where they stand as
/// an address in a private person's letter: after words saying where
/// someone lives, before a postcode, on a line of their own, before `te`
/// and a place, or right after `op`/`aan` (see [`street_after_cue_re`],
/// [`street_before_postcode_re`], [`street_line_re`],
/// [`street_before_place_re`], [`street_after_preposition_re`]). A
/// street with a word of [`NOT_A_STREET`] is none, nor is a number
/// counting something after it (`12 jaar`), and a line of its own that
/// is a year or one common word (`Visie 2030`, `Groep 8`) is left too;
/// so is, before `te` or after `op`/`aan`, what [`Bare::Weak`] tells.
fn remove_bare_streets(text: Cow<'_, str>) -> Cow<'_, str> {
    let text = replace_bare(text, street_after_cue_re(), Bare::Cue);
    let text = replace_bare(text, street_before_postcode_re(), Bare::Cue);
    let text = replace_bare(text, street_line_re(), Bare::Line);
    let text = replace_bare(text, street_before_place_re(), Bare::Weak);
    replace_bare(text, street_after_preposition_re(), Bare::Weak)
}

/// Where a bare street stands, for [`replace_bare`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bare {
    /// After words saying it is an address, or before a postcode.
    Cue,
    /// On a line of its own: not a year nor one common word (`Visie
    /// 2030`, `Groep 8`).
    Line,
    /// Before `te` and a place, or after `op`/`aan`: also not a year as
    /// the number (`aan de Regiovisie Duinstreek 2027-2030`), nor a name
    /// with an organisation's word (`aan Veilig Thuis 3 meldingen`, see
    /// [`not_a_name_re`]), nor a number before a month (`op Koningsdag
    /// 27 april`) or a count ([`COUNTED`], a plural noun: `aan Fier 2
    /// meldingen`, see [`counts_something`]); words starting the sentence
    /// before the street ([`BEFORE_A_STREET`]) stay.
    Weak,
}

fn replace_bare<'t>(text: Cow<'t, str>, re: &StaticRegex, at: Bare) -> Cow<'t, str> {
    let re = re.for_text(&text);
    if !re.is_match(&text) {
        return text;
    }
    let out = re.replace_all(&text, |c: &regex::Captures| {
        let whole = c.get(0).map_or("", |m| m.as_str());
        let (Some(street), Some(num)) = (c.name("street"), c.name("num")) else {
            return whole.to_string();
        };
        let cue = c.name("cue").map_or("", |m| m.as_str());
        let after = c.name("after").map_or("", |m| m.as_str());
        let counted = after.trim().to_lowercase();
        let (before, street) = if at == Bare::Weak {
            street.as_str().split_at(street_start(street.as_str()))
        } else {
            ("", street.as_str())
        };
        if not_a_street(street) || COUNTED.contains(&counted.as_str()) {
            return whole.to_string();
        }
        let is_year = |n: &str| n.parse::<u32>().is_ok_and(|n| (1900..=2099).contains(&n));
        match at {
            Bare::Cue => {}
            Bare::Line => {
                let one_word = !street.contains(char::is_whitespace);
                let general = crate::link::topic::is_general_word(&street.to_lowercase());
                if is_year(num.as_str()) || (one_word && general) {
                    return whole.to_string();
                }
            }
            Bare::Weak => {
                let digits = num.as_str().split(|c: char| !c.is_ascii_digit()).next();
                let plain_number = num.as_str().chars().all(|c| c.is_ascii_digit());
                if digits.is_some_and(is_year)
                    || not_a_name_re().is_match(street)
                    || crate::text::DUTCH_MONTHS.contains(&counted.as_str())
                    || plain_number && counts_something(&counted)
                {
                    return whole.to_string();
                }
            }
        }
        format!("{cue}{before}{ADDRESS}{after}")
    });
    Cow::Owned(out.into_owned())
}

/// Where the street itself starts in what [`bare_street`] took as one
/// (`Achterom` of `Buren op Achterom`, `Noordeinde` of `In Noordeinde`):
/// after the last preposition of [`BEFORE_A_STREET`] in it, and after the
/// other words of that list in front; the last word always stays.
fn street_start(street: &str) -> usize {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut from = None;
    for (i, ch) in street.char_indices() {
        if !ch.is_whitespace() {
            from = from.or(Some(i));
        } else if let Some(f) = from.take() {
            words.push((f, &street[f..i]));
        }
    }
    if let Some(f) = from {
        words.push((f, &street[f..]));
    }
    let listed = |w: &str| BEFORE_A_STREET.contains(&w.to_lowercase().as_str());
    let last = words.len().saturating_sub(1);
    let mut i = words
        .iter()
        .take(last)
        .rposition(|(_, w)| {
            matches!(
                w.to_lowercase().as_str(),
                "op" | "aan" | "bij" | "in" | "naar"
            )
        })
        .map_or(0, |p| p + 1);
    while i < last && words.get(i).is_some_and(|(_, w)| listed(w)) {
        i += 1;
    }
    words.get(i).map_or(0, |(at, _)| *at)
}

/// An IBAN, maybe in groups of four (`NL91ABNA0417164300`, `NL91 ABNA
/// 0417 1643 00`, `NL91-ABNA-0417-1643-00`): checked in [`is_iban`].
fn iban_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &RE,
        r"\b[A-Za-z]{2}\d{2}(?:(?:[^\S\n]?|-)[A-Za-z0-9]{4}){2,7}(?:(?:[^\S\n]?|-)[A-Za-z0-9]{1,3})?\b",
    )
}

/// Whether `s` (spaces and hyphens left out) is an IBAN: a Dutch one by its form
/// (`NL`, two digits, four letters, ten digits: a mistyped check digit is
/// an account number all the same), any other by its check digits
/// (mod 97).
fn is_iban(s: &str) -> bool {
    let s: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let b = s.as_bytes();
    if !(15..=34).contains(&b.len())
        || !b[..2].iter().all(u8::is_ascii_uppercase)
        || !b[2..4].iter().all(u8::is_ascii_digit)
        || !b.iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    if b.len() == 18
        && &b[..2] == b"NL"
        && b[4..8].iter().all(u8::is_ascii_uppercase)
        && b[8..].iter().all(u8::is_ascii_digit)
    {
        return true;
    }
    let mut rem: u32 = 0;
    for &c in b[4..].iter().chain(&b[..4]) {
        let v = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A') + 10
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// `text` with IBANs ([`iban_re`], [`is_iban`]) replaced by [`ACCOUNT`].
/// What the pattern took after the account number (a next group of
/// letters, `NL91ABNA0417164300 DANK`) is given back.
fn remove_accounts(text: Cow<'_, str>) -> Cow<'_, str> {
    if !iban_re().is_match(&text) {
        return text;
    }
    let out = iban_re().replace_all(&text, |c: &regex::Captures| {
        let whole = c.get(0).map_or("", |m| m.as_str());
        let mut end = whole.len();
        loop {
            let candidate = &whole[..end];
            if is_iban(candidate) {
                return format!("{ACCOUNT}{}", &whole[end..]);
            }
            match candidate.rfind(|c: char| c.is_whitespace() || c == '-') {
                Some(i) => end = i,
                None => return whole.to_string(),
            }
        }
    });
    Cow::Owned(out.into_owned())
}

/// A date as a letter writes it: `12-03-1975`, `1-3-75`, `1975-03-12`,
/// `12 maart 1975`, `3 May 1980`.
const DATE: &str = r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|['’]?\d{2})\b|\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}(?:e|ste|de)?[^\S\n]+(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec|january|february|march|may|june|july|october)\.?[^\S\n]+(?:\d{4}|['’]\d{2})\b)";

/// A place after `geboren in`/`te` or `born in` (`Leiden`, `Den Haag`):
/// up to three capitalised words. Latin-1 classes, not `\p{Lu}`: see
/// [`street_after_cue_re`].
const BIRTH_PLACE: &str = r"(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿ'’-]*){1,3}";

/// A date of birth after words saying so (`geboren op 12 maart 1975`,
/// `geboortedatum: 12-03-1975`, `geb. 1-3-75`), also with a few words
/// between them:
///
/// - a verb (`geboortedatum is 10-10-1988`, `was`, `zijn`, `luidt`; `die
///   geboren is op ...`);
/// - whose date it is (`geboortedatum van mijn dochter: 08-08-2017`: up
///   to four words after `van` or `voor`, with no punctuation among
///   them);
/// - where someone was born (`geboren in Den Haag op 3 mei 1980`, `born
///   in London on ...`: capitalised words, then `op`/`on`);
/// - an opening parenthesis (`geboortedatum (09-09-1984)`).
///
/// Several dates joined by `,`, `en`, `and` or `&` are all dates of
/// birth (`geboren op 3-4-2015 en 5-6-2017`). Only these words: after
/// `geboren` any other word ends the cue (`het plan is geboren op de
/// bijeenkomst van 12 maart 2025` keeps its date), and so does a comma
/// or full stop.
///
/// The spaces inside the case-insensitive cue are `(?-i:[^\S\n])`: the
/// same characters (no space has another case), but the regex engine
/// case-folds a class it meets under `i` range by range, and this one,
/// the complement of `\S`, spans nearly all of Unicode: ~20 ms for each
/// of them, ~100 ms to compile this pattern, paid by the first text a run
/// scrubs (a re-run with one new response: a third of its time).
fn birth_date_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?P<cue>\b(?:(?i:geboren)(?:[^\S\n]+(?i:is|was|werd))?(?:[^\S\n]+(?i:in|te){BIRTH_PLACE})?(?:[^\S\n]+(?i:op|d\.d\.))?|(?i:geboortedatum|geboortedata|geb\.(?:(?-i:[^\S\n])?datum)?|gebdatum|date(?-i:[^\S\n])+of(?-i:[^\S\n])+birth)(?:[^\S\n]+(?i:van|voor|of)(?:[^\S\n]+[a-zA-Zß-öø-ÿ'’-]+){{1,4}}?)?|(?i:born)(?:[^\S\n]+(?i:in){BIRTH_PLACE})?(?:[^\S\n]+(?i:on))?)(?:[^\S\n]+(?i:is|was|zijn|waren|luidt|luidde|are|were))?[^\S\n]*[:=]?[^\S\n]*\(?[^\S\n]*)(?P<date>{DATE}(?:[^\S\n]*(?:,|(?i:en|and|&))[^\S\n]*{DATE})*)"
        )
    });
    &RE
}

/// A date of birth before the word saying so, as Dutch puts it (`ik ben
/// op 10 oktober 1988 geboren`, `die 3-4-2015 in Gouda geboren is`):
/// the date right before `geboren` (`born`), or before `in`/`te`, a place
/// and then `geboren`.
fn date_before_born_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"\b(?P<date>{DATE})(?P<after>(?:[^\S\n]+(?i:in|te){BIRTH_PLACE})?[^\S\n]+(?i:geboren|born)\b)"
        )
    });
    &RE
}

/// A date alone ([`DATE`]): each of a list of dates of birth.
fn date_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::built_narrowed(|| DATE.to_string());
    &RE
}

/// `text` with dates of birth ([`birth_date_re`], [`date_before_born_re`])
/// replaced by [`BIRTH_DATE`]; the words around them stay.
fn remove_birth_dates(text: Cow<'_, str>) -> Cow<'_, str> {
    let text = if birth_date_re().for_text(&text).is_match(&text) {
        let out = birth_date_re()
            .for_text(&text)
            .replace_all(&text, |c: &regex::Captures| {
                let cue = c.name("cue").map_or("", |m| m.as_str());
                let dates = c.name("date").map_or("", |m| m.as_str());
                format!(
                    "{cue}{}",
                    date_re().for_text(dates).replace_all(dates, BIRTH_DATE)
                )
            });
        Cow::Owned(out.into_owned())
    } else {
        text
    };
    if !date_before_born_re().for_text(&text).is_match(&text) {
        return text;
    }
    let out = date_before_born_re()
        .for_text(&text)
        .replace_all(&text, format!("{BIRTH_DATE}${{after}}").as_str());
    Cow::Owned(out.into_owned())
}

/// A number after the word for a citizen service number (`BSN:
/// 1234.56.782`, `burgerservicenummer 12345678`): one whatever its check
/// digit.
fn bsn_after_cue_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::narrowed(
        r"(?P<cue>\b(?i:bsn|burgerservicenummer|burgerservice-nummer|sofinummer|sofi-nummer)(?:[^\S\n]*-?(?i:nummer|nr\.?))?[^\S\n]*(?:(?i:is|was)\b|:|=)?[^\S\n]*)(?P<num>\d(?:[ .]?\d){7,8})\b",
    );
    &RE
}

/// A number written like a citizen service number: nine digits, or four,
/// two and three (`1234.56.782`, the form on identity papers), or three
/// times three with spaces; with an amount's currency before it
/// (`pre`) it is none.
fn bsn_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::narrowed(
        r"(?P<pre>(?:€|(?i:eur)\b)[^\S\n]?)?\b(?P<num>\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3} \d{3} \d{3})\b",
    );
    &RE
}

/// Whether the digits of `s` pass the BSN eleven test (elfproef): nine
/// digits `d1..d9` with `9·d1 + 8·d2 + ... + 2·d8 − d9` a multiple of 11
/// (and not all zero).
fn elfproef(s: &str) -> bool {
    let digits: Vec<i64> = s
        .chars()
        .filter_map(|c| c.to_digit(10).map(i64::from))
        .collect();
    if digits.len() != 9 || digits.iter().all(|&d| d == 0) {
        return false;
    }
    let sum: i64 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| if i == 8 { -d } else { d * (9 - i as i64) })
        .sum();
    sum.rem_euclid(11) == 0
}

/// `text` with citizen service numbers replaced by [`BSN`]: a number
/// after the word for one ([`bsn_after_cue_re`]), and one written like
/// one ([`bsn_re`]) that passes the eleven test ([`elfproef`]) and is no
/// amount (`€ 123456782`). Other nine-digit numbers stay; one in eleven
/// passes the test by chance.
fn remove_bsns(text: Cow<'_, str>) -> Cow<'_, str> {
    let text = if bsn_after_cue_re().for_text(&text).is_match(&text) {
        Cow::Owned(
            bsn_after_cue_re()
                .for_text(&text)
                .replace_all(&text, format!("${{cue}}{BSN}").as_str())
                .into_owned(),
        )
    } else {
        text
    };
    if !bsn_re().for_text(&text).is_match(&text) {
        return text;
    }
    let out = bsn_re()
        .for_text(&text)
        .replace_all(&text, |c: &regex::Captures| {
            let whole = c.get(0).map_or("", |m| m.as_str());
            match c.name("num") {
                Some(num) if c.name("pre").is_none() && elfproef(num.as_str()) => BSN.to_string(),
                _ => whole.to_string(),
            }
        });
    Cow::Owned(out.into_owned())
}

/// The shapes of Dutch licence plates (the RDW's sidecodes 1 to 14), a
/// letter (`L`) or digit (`D`) per character, with the places of the two
/// dashes: `XX-99-99`, `99-XX-99`, `99-XXX-9`, `X-999-XX`, `XX-999-X`, ...
const SIDECODES: &[[usize; 3]] = &[
    [2, 2, 2],
    [2, 2, 2],
    [2, 2, 2],
    [2, 2, 2],
    [2, 2, 2],
    [2, 2, 2],
    [2, 3, 1],
    [1, 3, 2],
    [2, 3, 1],
    [1, 3, 2],
    [3, 2, 1],
    [1, 2, 3],
    [1, 2, 3],
    [3, 2, 1],
];

/// Per sidecode ([`SIDECODES`]), whether each of its three groups is of
/// letters (`true`) or digits.
const SIDECODE_LETTERS: &[[bool; 3]] = &[
    [true, false, false],
    [false, false, true],
    [false, true, false],
    [true, false, true],
    [true, true, false],
    [false, true, true],
    [false, true, false],
    [false, true, false],
    [true, false, true],
    [true, false, true],
    [true, false, true],
    [true, false, true],
    [false, true, false],
    [false, true, false],
];

/// A licence plate's pattern of groups joined by `sep` (a pattern), with
/// letters `letters` (a class).
fn plate_pattern(sep: &str, letters: &str) -> String {
    let forms: Vec<String> = SIDECODES
        .iter()
        .zip(SIDECODE_LETTERS)
        .map(|(lens, kinds)| {
            let groups: Vec<String> = lens
                .iter()
                .zip(kinds)
                .map(|(n, letter)| {
                    let class = if *letter { letters } else { r"\d" };
                    format!("{class}{{{n}}}")
                })
                .collect();
            groups.join(sep)
        })
        .collect();
    format!("(?:{})", forms.join("|"))
}

/// A licence plate as it is written on the plate: a sidecode's groups in
/// capitals and digits joined by dashes (`GZ-123-K`, `12-ABC-3`,
/// `XX-99-99`), standing alone: [`remove_plates`] checks that no letter,
/// digit or dash touches it (`COVID-19-AB`, `A-GZ-123-K` are none). Every
/// sidecode has a group of letters, so a date (`12-10-20`), a postcode
/// (`2316-XB`: four digits) or a section number (`2.1`) is none.
fn plate_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, &format!(r"\b{}\b", plate_pattern("-", "[A-Z]")))
}

/// A licence plate after the word for one (`kenteken`, `kentekenplaat`,
/// `nummerbord`, `licence plate`; `cue`, kept), with `is`, `was` or a
/// colon between: also in lower case and with spaces or nothing between
/// the groups (`kenteken gz 123 k`, `kenteken: GZ123K`), the same
/// separator twice (`12 keer` is no `99-XX-XX`).
fn plate_after_cue_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &RE,
        &format!(
            r"(?P<cue>\b(?i:kenteken(?:plaat|nummer|bewijs)?|nummerbord|nummerplaat|licen[cs]e[^\S\n]+plate|number[^\S\n]+plate|registration(?:[^\S\n]+number)?)(?:[^\S\n]*\((?i:nr|nummer)\.?\))?[^\S\n]*(?:(?i:is|was|luidt)\b|:)?[^\S\n]*)\b(?P<plate>{}|{}|{})\b",
            plate_pattern("-", "[A-Za-z]"),
            plate_pattern("[^\\S\\n]", "[A-Za-z]"),
            plate_pattern("", "[A-Za-z]"),
        ),
    )
}

/// What every match of [`plate_after_cue_re`] holds (its cue's words with
/// the same case-insensitive matching): text without it has no plate after
/// a cue, and the whole pattern need not be compiled for it.
fn plate_cue_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &RE,
        r"(?i:kenteken|nummerbord|nummerplaat|licen[cs]e|number|registration)",
    )
}

/// `text` with licence plates replaced by [`PLATE`]: one after the word
/// for one ([`plate_after_cue_re`]), and one written in a sidecode's form
/// ([`plate_re`]) anywhere.
fn remove_plates(text: Cow<'_, str>) -> Cow<'_, str> {
    // The cue's words first: compiling the whole pattern (its classes in
    // all their Unicode forms, 42 plate shapes) costs more than scrubbing a
    // letter, and most texts name no plate at all.
    let text = if plate_cue_re().is_match(&text) && plate_after_cue_re().is_match(&text) {
        Cow::Owned(
            plate_after_cue_re()
                .replace_all(&text, format!("${{cue}}{PLATE}").as_str())
                .into_owned(),
        )
    } else {
        text
    };
    if !plate_re().is_match(&text) {
        return text;
    }
    let hay: &str = &text;
    let out = plate_re().replace_all(hay, |c: &regex::Captures| {
        let Some(m) = c.get(0) else {
            return String::new();
        };
        let touches = |ch: Option<char>| ch.is_some_and(|ch| ch.is_alphanumeric() || ch == '-');
        let mut after = hay[m.end()..].chars();
        let next = after.next();
        let touched = touches(hay[..m.start()].chars().next_back())
            || next.is_some_and(char::is_alphanumeric)
            || next == Some('-') && touches(after.next());
        if touched {
            m.as_str().to_string()
        } else {
            PLATE.to_string()
        }
    });
    Cow::Owned(out.into_owned())
}

/// Dutch postcodes: `2316 XB`, `2316XB`, `2316-XB`; in lower case
/// (`2316 xb`, `2316xb`) only where it is surely one, as `2024 en` is a
/// year: after `postcode` or `adres` (`Mijn postcode is 2316 xb`, `Ons
/// adres: 2316xb 12`) or a street already replaced (`[adres], 2316 xb`)
/// (`cue`, kept), or written on the letters with a house number after it
/// (`2316xb 12`; the number, `number`, is kept, as after `2316 XB 12`).
/// Replaced by `${cue}[adres]${number}`.
fn postcode_re() -> &'static StaticRegex {
    static RE: StaticRegex = StaticRegex::narrowed(
        r"(?P<cue>(?i:postcode|adres)[^\S\n]*(?:(?i:is|was|luidt)[^\S\n]+)?:?[^\S\n]*|\[adres\][^\S\n]*,?[^\S\n]*)\b[1-9]\d{3}[^\S\n]?-?[^\S\n]?[A-Za-z]{2}\b|\b[1-9]\d{3}(?:\s?|[^\S\n]?-[^\S\n]?)[A-Z]{2}\b|\b[1-9]\d{3}-?[a-zA-Z]{2}(?P<number>[^\S\n]*,?[^\S\n]*\d{1,5}[a-zA-Z]?)\b",
    );
    &RE
}

#[cfg(test)]
mod tests;
