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
//! there. The letters, which go to the respondent, are not scrubbed.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::cache::Cache;
use crate::ids::ContentHash;
use crate::model::{Consultation, OrphanedDecision, Response};
use crate::report::fragments::{Fragments, Key};
use crate::text::{static_regex, StaticRegex};

/// Name of the scrubbed texts kept in the cache folder ([`Fragments`]).
const KEPT: &str = "scrubbed";

/// What a kept text's key starts with besides the tool's stamp: changed
/// when texts are scrubbed differently.
const KEPT_SALT: &[u8] = b"scrubbed text 7";

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

/// Every placeholder the scrubber puts in.
const PLACEHOLDERS: &[&str] = &[NAME, ADDRESS, EMAIL, PHONE, BSN, ACCOUNT, BIRTH_DATE];

/// Dutch name particles (tussenvoegsels) and forms of address: never a name
/// part on their own, but removed together with the surname they precede.
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "du", "da",
    "di", "von", "vd", "v.d.", "’t",
];

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
        let particles: Vec<String> = PARTICLES.iter().map(|p| regex::escape(p)).collect();
        let particles = particles.join("|");
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
        let names: Vec<&str> = c
            .responses
            .iter()
            .filter(|r| r.private_person)
            .map(|r| r.respondent.as_str())
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
            found.extend(
                names
                    .finder
                    .find_overlapping_iter(&folded(&text.to_lowercase()))
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
                let mut group = LearntNames::new(names, HashMap::new());
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
        let mut h = ContentHash::default();
        h.part(crate::cache::tool_stamp().as_bytes())
            .part(KEPT_SALT)
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
    /// ([`Response::sender_hidden`]).
    pub fn scrub_of(&self, text: &str, r: &Response) -> String {
        self.scrub_as(text, r.sender_hidden())
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
    /// taken out too, as an address.
    pub fn learnt_names(&self, r: &Response) -> LearntNames {
        let mut learnt = self.learnt_from(own_texts(r), r.sender_hidden());
        if r.sender_hidden() {
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
        let mut scrubbed = HashMap::new();
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
        self.scrub_learnt_as(text, r.sender_hidden(), learnt)
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
        let text = street_re().for_text(&text).replace_all(&text, ADDRESS);
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
            remove_bare_streets(text)
        } else {
            text
        };
        let text = postcode_re().replace_all(&text, "${cue}[adres]${number}");
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
                let local = address.split(['@', ' ', '(', '[']).next().unwrap_or("");
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
    };
    for p in &mut out.problems {
        p.message = scrubber.scrub(&public_message_of(c, &p.file, &p.message));
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
            _ => scrubber.scrub(&r.respondent),
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
pub fn public_file_name(r: &Response) -> String {
    if !r.sender_hidden() {
        return r.file.clone();
    }
    let ext = std::path::Path::new(&r.file)
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| format!(".{}", crate::report::letters::slug(e)))
        .unwrap_or_default();
    format!("{}{ext}", crate::report::letters::slug(&r.public_name))
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

/// One response as [`public_view_with`] publishes it.
pub fn public_response(r: &Response, scrubber: &Scrubber) -> Response {
    let mut r = r.clone();
    let public_file = public_file_name(&r);
    if let Some(e) = &mut r.error {
        *e = e.replace(&r.file, &public_file);
    }
    r.file = public_file;
    if r.sender_hidden() {
        r.respondent = r.public_name.clone();
        r.place = None;
    }
    let private = r.sender_hidden();
    // Before the comments are scrubbed: the names their words give. A
    // private person's own street (`in de Brédestraat`, the address under
    // the signature giving it) goes from every text of theirs too
    // ([`Scrubber::learnt_names`] has it), and is never published.
    let learnt = scrubber.learnt_names(&r);
    r.own_streets = Vec::new();
    r.reading_warnings = Vec::new();
    if let Some(e) = &mut r.error {
        *e = scrubber.scrub_as(e, private);
    }
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
    r
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
/// or without accents (`Çelik` takes `Celik`, `Ozdemir` `Özdemir`, see
/// [`letter_pattern`]).
fn any_capitals_with(part: &str, accents: bool) -> String {
    let letter = |c: char, upper: bool| {
        if accents {
            letter_pattern(c, upper)
        } else {
            regex::escape(&c.to_string())
        }
    };
    part.split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            let Some(first) = chars.next() else {
                return String::new();
            };
            let rest: String = chars.map(|c| letter(c, false)).collect();
            let rest = if rest.is_empty() {
                String::new()
            } else {
                format!("(?i:{rest})")
            };
            if first.is_uppercase() {
                format!("{}{rest}", letter(first, true))
            } else {
                format!("(?i:{}){rest}", letter(first, false))
            }
        })
        .collect::<Vec<_>>()
        .join(r"\s+")
}

/// Letters that are the same letter in a name with or without their
/// accent (`Çelik` and `Celik`, `Özdemir` and `Ozdemir`), the plain one
/// first.
const ACCENTED: &[&str] = &[
    "aàáâäãå",
    "cç",
    "eèéêë",
    "iìíîïı",
    "nñ",
    "oòóôöõø",
    "uùúûü",
    "yýÿ",
    "sşś",
    "gğ",
    "zž",
];

/// `c` without its accent, in lower case (`Ç` → `c`).
fn fold(c: char) -> char {
    // Most letters are ASCII, and each set of [`ACCENTED`] starts with
    // its ASCII letter: only other letters need looking up.
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    ACCENTED
        .iter()
        .find(|set| set.contains(lower))
        .and_then(|set| set.chars().next())
        .unwrap_or(lower)
}

/// `text` in lower case without accents ([`fold`]): how name parts are
/// looked for.
fn folded(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(fold).collect()
}

/// A pattern of letter `c` that takes it with or without an accent
/// ([`ACCENTED`]); in upper case only when `upper` (as written),
/// otherwise as written (the pattern puts it in any capitals).
fn letter_pattern(c: char, upper: bool) -> String {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match ACCENTED.iter().find(|set| set.contains(lower)) {
        Some(set) => {
            let mut class: Vec<char> = if upper {
                set.chars().flat_map(char::to_uppercase).collect()
            } else {
                set.chars().collect()
            };
            class.dedup();
            format!("[{}]", class.into_iter().collect::<String>())
        }
        None => regex::escape(&c.to_string()),
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

/// Roles of those who care for, treat or guide a family (`therapeut`,
/// `begeleider`, `consulent`, `maatschappelijk werker`, `oppas`,
/// `leidster`), also as the end of a compound (`speltherapeut`,
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
];

/// Words that name a child or sibling by their place among them (`mijn
/// oudste, Emre,`), only after a possessive: regex fragment, see
/// [`relation_words`].
const BY_AGE: &str = r"(?:mijn|m'n|m’n|onze|ons|zijn|z'n|haar|hun)\s+(?:oudste|jongste|middelste)";

/// The alternatives of [`relation_re`]: the words of [`RELATIONS`] (with a
/// diminutive and plural ending: `nichtje`, `neefjes`, `tantes`),
/// [`RELATIONS_PLURAL`], [`RELATIONS_MORE`], [`CARE_ROLES`] (with a
/// compound's first part and a plural ending) and [`BY_AGE`].
fn relation_words() -> String {
    let family = alternatives(RELATIONS);
    let mut more = RELATIONS_PLURAL.to_vec();
    more.extend(RELATIONS_MORE);
    let more = alternatives(&more);
    let roles = CARE_ROLES.join("|");
    format!(
        r"{BY_AGE}|(?:{family})(?:je|tje|pje|etje)?s?|{more}|(?:\p{{L}}+-?)?(?:{roles})(?:s|en|n|es)?"
    )
}

/// Whether `word` names a person by relation or role (`moeder`,
/// `huisarts`, `buurvrouw`: the words of [`relation_words`]), in any
/// capitals.
pub fn is_role_word(word: &str) -> bool {
    static RE: StaticRegex = StaticRegex::built(|| format!(r"(?i)^(?:{})$", relation_words()));
    RE.get().is_match(word.trim())
}

/// Forms of address (`mevrouw Bakker`, `dhr. P. Jansen`): a name right
/// after one is a person's in every letter.
const FORMS_OF_ADDRESS: &[&str] = &[
    "meneer", "mevrouw", "mevr.", "mevr", "mw.", "mw", "dhr.", "dhr", "heer",
];

/// Capitalised words that start no name after a relation word: the
/// organisations a letter of this field names (`mijn moeder Veilig Thuis
/// belde`), besides the common words of `data/general_words.txt`.
const NOT_A_NAME: &str = r"(?i)\b(?:veilig|thuis|stichting|gemeente|politie|ggd|ggz|jeugdzorg|jeugdbescherming|wijkteam|buurtteam|sociaal|zorg|raad|centrum|school|kerk|ziekenhuis|huisartsenpost|opvang|bureau|dienst|instelling|vereniging|afdeling|bank|team|regio|provincie|nederland|hoofdstuk|paragraaf|bijlage|sectie|thema|ontwikkelopgave|regiovisie|visie|wmo|jeugdwet|participatiewet|wet|programma|project|plan|onderwijs|welzijn|ggd|ggz)\b|(?i:team|raad|zorg|centrum|opvang|dienst|vereniging|corporatie|stichting|school|praktijk|club|groep)\b";

/// The third parties in `text`: a name (capitalised words, initials and
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
            let age = &item[name.len()..];
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
                !((bare && general(first)) || not_a_name.is_match(name))
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

/// A response's own texts: its comments and their quotes.
fn own_texts(r: &Response) -> impl Iterator<Item = &str> {
    r.comments.iter().flat_map(|com| {
        std::iter::once(com.text.as_str()).chain(com.quotes.iter().map(|q| q.text.as_str()))
    })
}

/// The names scrubbing learnt from one response's texts
/// ([`Scrubber::learnt_names`]): single words, longest first.
#[derive(Debug, Default)]
pub struct LearntNames {
    names: Vec<String>,
    /// The sender's own street names, taken out as [`ADDRESS`].
    streets: Vec<String>,
    /// The response's texts as scrubbing left them (before the names
    /// learnt from the others were taken out): not scrubbed twice.
    scrubbed: HashMap<String, String>,
}

impl LearntNames {
    fn new(mut names: Vec<String>, scrubbed: HashMap<String, String>) -> LearntNames {
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
            scrubbed: HashMap::new(),
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
    let same = |a: char, b: char| a == b || a.to_lowercase().eq(b.to_lowercase());
    let mut chars = rest.chars();
    let mut len = 0;
    for (i, w) in word.chars().enumerate() {
        let c = chars.next()?;
        let matches = if i == 0 && w.is_uppercase() {
            c == w
        } else {
            same(c, w)
        };
        if !matches {
            return None;
        }
        len += c.len_utf8();
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

/// Where a name found at `pos` of `text` starts when the initials and
/// particles written before it go with it (not before `floor`): after
/// initials (`M. van der Linden`, `M. Linden`) the particles between,
/// any of them; without initials only particles that start with a
/// capital (`Van der Linden`, `zei De Wit`) and are no preposition (`Op
/// Kees kun je rekenen`), two or more of them at the start of a sentence.
/// `pos` when nothing before it goes.
fn name_prefix_start(text: &str, floor: usize, pos: usize) -> usize {
    let initials = |w: &str| {
        w.ends_with('.')
            && w.split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    };
    let mut particles: Vec<usize> = Vec::new();
    let mut end = pos;
    loop {
        let before = &text[floor..end];
        let trimmed = before.trim_end_matches([' ', '\t']);
        if trimmed.len() == before.len() {
            break;
        }
        let word_start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &trimmed[word_start..];
        if word.is_empty() {
            break;
        }
        if initials(word) {
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
    // As the text writes them: no other accents. With a possessive's
    // ending, and the initials and particles before them
    // ([`name_prefix_start`]).
    let words: Vec<String> = words.iter().map(|w| any_capitals_with(w, false)).collect();
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

fn email_re() -> &'static StaticRegex {
    // Also as written against harvesters: `jwbakker at gmail dot com`,
    // `jw.bakker [at] ziggo [punt] nl`.
    static RE: StaticRegex = StaticRegex::narrowed(
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+\s*(?:\(at\)|\[at\]|\bat\b)\s*[\w-]+(?:\s*(?:\((?:dot|punt)\)|\[(?:dot|punt)\]|\bdot\b|\bpunt\b)\s*[\w-]+)+",
    );
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
/// range (`1-3`).
const HOUSE_NUMBER: &str = r"\d{1,5}(?:(?:bis|ter|[a-zA-Z])\b|[^\S\n]?-[^\S\n]?(?:bis|hs|huis|bg|[IVX]{1,4}|\d{1,4}[a-zA-Z]?|[a-zA-Z])\b|[^\S\n](?:[a-zA-Z]|bis|huis|hs|bg|boven|beneden|rood|zwart)\b)?\b";

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
    format!(
        r"(?:\b[1-9]\d?(?:e|ste|de)[^\S\n]+(?:\p{{Lu}}[\p{{L}}'’-]*[^\S\n]+(?:(?:van|de|der|den|ter|ten|'t)[^\S\n]+){{0,2}}){{0,2}}|(?:\b\p{{Lu}}[\p{{L}}'’-]*[^\S\n]+){{0,2}})\b(?:\p{{L}}+(?:{STREET_ENDINGS})|\p{{Lu}}\p{{L}}*(?:{STREET_ENDINGS_CAPITALISED})|(?:{STREET_WORDS})(?:[^\S\n]+(?:van|de|der|den|het|'t|op|aan|bij|naar|in|ter|ten)){{1,3}}(?:[^\S\n]+\p{{Lu}}[\p{{L}}'’-]+){{1,2}}|(?:{STREET_WORDS}))[^\S\n]+{HOUSE_NUMBER}"
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
        r"(?P<street>\p{{Lu}}[\p{{L}}'’.-]*(?:[^\S\n]+(?:(?:van|de|der|den|het|'t|’t|op|aan|bij|in|ter|ten|te|la|le|du)[^\S\n]+)*\p{{Lu}}[\p{{L}}'’.-]*){{0,3}})[^\S\n]+(?P<num>{HOUSE_NUMBER})"
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
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
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

/// Whether `street` before a house number is a document part, law or
/// time ([`NOT_A_STREET`], a word with an ending of
/// [`NOT_A_STREET_ENDINGS`]: `Jeugdwet 2015`, `Regiovisie 2030`).
fn not_a_street(street: &str) -> bool {
    street.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        NOT_A_STREET.contains(&w.as_str())
            || crate::text::DUTCH_MONTHS.contains(&w.as_str())
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
    /// 27 april`) or a count ([`COUNTED`]); words starting the sentence
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
                if digits.is_some_and(is_year)
                    || not_a_name_re().is_match(street)
                    || crate::text::DUTCH_MONTHS.contains(&counted.as_str())
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
const DATE: &str = r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b|\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}(?:e|ste|de)?[^\S\n]+(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec|january|february|march|may|june|july|october)\.?[^\S\n]+\d{4}\b)";

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
fn birth_date_re() -> &'static Regex {
    static RE: StaticRegex = StaticRegex::built(|| {
        format!(
            r"(?P<cue>\b(?:(?i:geboren)(?:[^\S\n]+(?i:is|was|werd))?(?:[^\S\n]+(?i:in|te){BIRTH_PLACE})?(?:[^\S\n]+(?i:op|d\.d\.))?|(?i:geboortedatum|geboortedata|geb\.(?:(?-i:[^\S\n])?datum)?|gebdatum|date(?-i:[^\S\n])+of(?-i:[^\S\n])+birth)(?:[^\S\n]+(?i:van|voor|of)(?:[^\S\n]+[a-zA-Zß-öø-ÿ'’-]+){{1,4}}?)?|(?i:born)(?:[^\S\n]+(?i:in){BIRTH_PLACE})?(?:[^\S\n]+(?i:on))?)(?:[^\S\n]+(?i:is|was|zijn|waren|luidt|luidde|are|were))?[^\S\n]*[:=]?[^\S\n]*\(?[^\S\n]*)(?P<date>{DATE}(?:[^\S\n]*(?:,|(?i:en|and|&))[^\S\n]*{DATE})*)"
        )
    });
    RE.get()
}

/// A date of birth before the word saying so, as Dutch puts it (`ik ben
/// op 10 oktober 1988 geboren`, `die 3-4-2015 in Gouda geboren is`):
/// the date right before `geboren` (`born`), or before `in`/`te`, a place
/// and then `geboren`.
fn date_before_born_re() -> &'static Regex {
    static RE: StaticRegex = StaticRegex::built(|| {
        format!(
            r"\b(?P<date>{DATE})(?P<after>(?:[^\S\n]+(?i:in|te){BIRTH_PLACE})?[^\S\n]+(?i:geboren|born)\b)"
        )
    });
    RE.get()
}

/// A date alone ([`DATE`]): each of a list of dates of birth.
fn date_re() -> &'static Regex {
    static RE: StaticRegex = StaticRegex::built(|| DATE.to_string());
    RE.get()
}

/// `text` with dates of birth ([`birth_date_re`], [`date_before_born_re`])
/// replaced by [`BIRTH_DATE`]; the words around them stay.
fn remove_birth_dates(text: Cow<'_, str>) -> Cow<'_, str> {
    let text = if birth_date_re().is_match(&text) {
        let out = birth_date_re().replace_all(&text, |c: &regex::Captures| {
            let cue = c.name("cue").map_or("", |m| m.as_str());
            let dates = c.name("date").map_or("", |m| m.as_str());
            format!("{cue}{}", date_re().replace_all(dates, BIRTH_DATE))
        });
        Cow::Owned(out.into_owned())
    } else {
        text
    };
    if !date_before_born_re().is_match(&text) {
        return text;
    }
    let out = date_before_born_re().replace_all(&text, format!("{BIRTH_DATE}${{after}}").as_str());
    Cow::Owned(out.into_owned())
}

/// A number after the word for a citizen service number (`BSN:
/// 1234.56.782`, `burgerservicenummer 12345678`): one whatever its check
/// digit.
fn bsn_after_cue_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &RE,
        r"(?P<cue>\b(?i:bsn|burgerservicenummer|burgerservice-nummer|sofinummer|sofi-nummer)(?:[^\S\n]*-?(?i:nummer|nr\.?))?[^\S\n]*(?:(?i:is|was)\b|:|=)?[^\S\n]*)(?P<num>\d(?:[ .]?\d){7,8})\b",
    )
}

/// A number written like a citizen service number: nine digits, or four,
/// two and three (`1234.56.782`, the form on identity papers), or three
/// times three with spaces; with an amount's currency before it
/// (`pre`) it is none.
fn bsn_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &RE,
        r"(?P<pre>(?:€|(?i:eur)\b)[^\S\n]?)?\b(?P<num>\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3} \d{3} \d{3})\b",
    )
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
    let text = if bsn_after_cue_re().is_match(&text) {
        Cow::Owned(
            bsn_after_cue_re()
                .replace_all(&text, format!("${{cue}}{BSN}").as_str())
                .into_owned(),
        )
    } else {
        text
    };
    if !bsn_re().is_match(&text) {
        return text;
    }
    let out = bsn_re().replace_all(&text, |c: &regex::Captures| {
        let whole = c.get(0).map_or("", |m| m.as_str());
        match c.name("num") {
            Some(num) if c.name("pre").is_none() && elfproef(num.as_str()) => BSN.to_string(),
            _ => whole.to_string(),
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
fn postcode_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &RE,
        r"(?P<cue>(?i:postcode|adres)[^\S\n]*(?:(?i:is|was|luidt)[^\S\n]+)?:?[^\S\n]*|\[adres\][^\S\n]*,?[^\S\n]*)\b[1-9]\d{3}[^\S\n]?-?[^\S\n]?[A-Za-z]{2}\b|\b[1-9]\d{3}(?:\s?|[^\S\n]?-[^\S\n]?)[A-Z]{2}\b|\b[1-9]\d{3}-?[a-zA-Z]{2}(?P<number>[^\S\n]*,?[^\S\n]*\d{1,5}[a-zA-Z]?)\b",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patterns with a form for text of Latin letters and punctuation
    /// only ([`StaticRegex::built_narrowed`]).
    fn narrowed() -> Vec<&'static StaticRegex> {
        vec![
            email_re(),
            relation_re(),
            relation_quoted_re(),
            relation_dashed_re(),
            address_form_re(),
            street_re(),
            titled_street_re(),
            english_street_re(),
            street_after_cue_re(),
            street_before_postcode_re(),
            street_line_re(),
            street_before_place_re(),
            street_after_preposition_re(),
        ]
    }

    /// Texts with what scrubbing takes out: addresses (Dutch and
    /// English), e-mail addresses, names after forms of address and
    /// relation words (plain, quoted, between dashes, in lists).
    const PERSONAL: &[&str] = &[
        "Ik woon al 12 jaar aan de Lindelaan 12a in Katwijk.",
        "Mijn adres: Oude Rijn 44, 2312 AB Leiden.",
        "Achterom 4\n2201 AB Noordwijk",
        "Wij wonen op Noordeinde 12 te Zandhoven, naast de Burgemeester de Vlugtlaan 5.",
        "Schrijf mij op het Spui 4 of aan de Laan van Meerdervoort 1023-II.",
        "My address is 221b Baker St. and before that Baker Street 12.",
        "Mail naar j.w.bakker@ziggo.nl of jwbakker at gmail dot com.",
        "Volgens mevrouw Bakker en dhr. P. Jansen en meneer van Dijk en MEVR de Wit.",
        "Mijn buurman Kees Vermeulen belde, en mijn zoon (Noah, 8 jaar) ook.",
        "Onze kinderen Sem (8) en Luuk (5), onze oppas Lotte, my neighbour Tom Harris.",
        "Mijn buurman ‘Kees’ Hoekstra en mijn tante - Riet van Dam - zeggen het ook.",
        "mijn MOEDER, Joke, en mijn kinderen Tim en Eva, mijn buurvrouw dos Santos",
        "De heer 't Hooft en mw. Özdemir en Mevrouw Łukasiewicz schreven.",
    ];

    #[test]
    fn name_parts_are_found_as_often_as_they_occur() {
        // The finder (a DFA) finds each part, in any capitals and without
        // accents, once for each place it occurs, overlapping ones too.
        let names = [
            "Jan de Vries",
            "Çelik Özdemir",
            "Anne-Marie van der Berg",
            "Ann Berg",
            "Vries",
            "Łukasz Nowak",
        ];
        let scrubber = Scrubber::for_names(&names);
        assert!(scrubber.name_parts().len() > names.len());
        let mut texts: Vec<String> = crate::text::narrow_check::letter_corpus()
            .into_iter()
            .take(80)
            .collect();
        texts.extend(
            [
                "Jan de Vries en JAN DE VRIES, celik en Ozdemir, annemarie",
                "Anne-Marie van der Berg schreef; Ann Berg ook, en de Vriesjes",
                "LUKASZ NOWAK en Łukasz, bergen en vriesland",
            ]
            .map(str::to_string),
        );
        let count = |hay: &str, needle: &str| {
            (0..hay.len())
                .filter(|&i| hay.is_char_boundary(i) && hay[i..].starts_with(needle))
                .count()
        };
        let mut any = 0;
        for text in &texts {
            let mut found = Vec::new();
            scrubber.find_parts(text, &mut found);
            let hay = folded(&text.to_lowercase());
            for (i, part) in scrubber.name_parts().iter().enumerate() {
                let want = count(&hay, &folded(&part.to_lowercase()));
                assert_eq!(
                    found.iter().filter(|&&f| f == i).count(),
                    want,
                    "{part} in {text}"
                );
                any += want;
            }
        }
        assert!(any > 10, "{any}");
    }

    #[test]
    fn narrowed_patterns_match_as_the_whole_patterns_do() {
        use crate::text::narrow_check::{assert_same_matches, letter_corpus, units};
        // What scrubbing searches: the responses' texts and parts of them
        // (comments are paragraphs and sentences), accented, upper- and
        // lower-cased, and texts with every kind of personal data.
        let mut texts = letter_corpus();
        assert!(texts.len() > 100, "{}", texts.len());
        texts.extend(PERSONAL.iter().map(|t| t.to_string()));
        let units = units(&texts);
        let res = narrowed();
        let code = include_str!("privacy.rs");
        let (code, _) = code.split_at(code.find("#[cfg(test)]").unwrap());
        let defined = code.matches("StaticRegex::built_narrowed(").count()
            + code.matches("StaticRegex::narrowed(").count();
        assert_eq!(
            defined,
            res.len(),
            "add the new narrowed regex to narrowed()"
        );
        let counts = assert_same_matches(&res, &units);
        for (re, (compared, found)) in res.iter().zip(counts) {
            assert!(compared > 10_000, "{compared} {}", re.get().as_str());
            assert!(found > 0, "no match of {}", re.get().as_str());
        }
        // Text of other characters gets the whole pattern.
        for text in ["Straße 5 → Kerkstraat 3", "Дмитрий woont op Kerkstraat 3"] {
            assert!(!crate::text::is_narrow_text(text));
            assert!(std::ptr::eq(street_re().for_text(text), street_re().get()));
            assert!(street_re().for_text(text).is_match(text));
        }
    }

    #[test]
    fn patterns_built_from_word_lists_are_static_regexes() {
        // Built at run time from the program's own lists, they compile as
        // `StaticRegex::built` does, with no `expect` of their own.
        let code = include_str!("privacy.rs");
        let (code, _) = code.split_at(code.find("#[cfg(test)]").unwrap());
        assert!(!code.contains(".expect("), "use StaticRegex::built");
        assert!(!code.contains("RE.get_or_init("), "use StaticRegex::built");
        for (re, text) in [
            (relation_re().get(), "mijn dochter Sanne"),
            (relation_cue_re().get(), "mijn dochter Sanne"),
            (address_form_re().get(), "mevrouw De Vries"),
            (address_form_cue_re().get(), "mevrouw De Vries"),
            (relation_quoted_re().get(), "mijn buurman ‘Kees’ Hoekstra"),
            (relation_dashed_re().get(), "mijn buurman - Kees Hoekstra -"),
            (relation_quoted_cue_re().get(), "mijn buurman \"Kees\""),
            (list_item_words_re(), "baby "),
            (street_after_cue_re().get(), "ik woon aan de Lindelaan 12"),
            (
                street_before_postcode_re().get(),
                "Oude Rijn 44, 2312 AB Leiden",
            ),
            (street_line_re().get(), "Lindelaan 12"),
            (street_before_place_re().get(), "Noordeinde 12 te Zandhoven"),
            (street_after_preposition_re().get(), "op Noordeinde 12"),
            (birth_date_re(), "geboortedatum is 10-10-1988"),
            (date_before_born_re(), "10-10-1988 geboren"),
            (date_re(), "10-10-1988"),
        ] {
            assert!(re.is_match(text), "{re} on {text}");
        }
    }

    #[test]
    fn folding_drops_accents_and_capitals() {
        assert_eq!(
            folded("Çelik-ÖZDEMIR en Anne-Marie"),
            "celik-ozdemir en anne-marie"
        );
        assert_eq!(folded("Jan de Vries"), "jan de vries");
        for (c, want) in [
            ('É', 'e'),
            ('ï', 'i'),
            ('ñ', 'n'),
            ('Z', 'z'),
            ('7', '7'),
            ('ß', 'ß'),
        ] {
            assert_eq!(fold(c), want, "{c}");
        }
    }

    #[test]
    fn words_scrubbed_from_a_comment_leave_its_link_reasons_too() {
        let original = "Mijn buurman Kees Vermeulen sloeg zijn vrouw.";
        let scrubbed = "Mijn buurman [naam] sloeg zijn vrouw.";
        let removed = removed_words(original, scrubbed);
        let mut expected: Vec<&str> = vec!["kees", "vermeulen"];
        let mut got: Vec<&str> = removed.iter().map(String::as_str).collect();
        got.sort_unstable();
        expected.sort_unstable();
        assert_eq!(got, expected);
        assert_eq!(
            without_words(
                "zelfde onderwerp (≈ buurman kees vermeulen), Vermeulen",
                &removed
            ),
            "zelfde onderwerp (≈ buurman [naam] [naam]), [naam]"
        );
    }

    #[test]
    fn removes_name_parts_with_initials_and_particles() {
        let s = Scrubber::for_names(&["Jan de Vries"]);
        assert_eq!(
            s.scrub("Ondergetekende, J. de Vries, en ook Jan schreef. De vriesdroger blijft."),
            "Ondergetekende, [naam], en ook [naam] schreef. De vriesdroger blijft."
        );
        assert_eq!(
            s.scrub("Met vriendelijke groet, Jan de Vries"),
            "Met vriendelijke groet, [naam]"
        );
    }

    #[test]
    fn a_given_name_of_the_signatures_initial_goes_with_the_surname() {
        let s = Scrubber::for_names(&["K. Visser", "J.P. de Wit"]);
        assert_eq!(
            s.scrub("Mijn naam is Karin Visser en mijn buurman heet Piet de Wit."),
            "Mijn naam is [naam] en mijn buurman heet [naam]."
        );
        // Another initial, or no name before it: only the surname goes.
        assert_eq!(
            s.scrub("Bij Visser thuis sprak Marloes Visser met de wijkagent."),
            "Bij [naam] thuis sprak Marloes [naam] met de wijkagent."
        );
        // Without initials nothing before the surname is taken.
        let plain = Scrubber::for_names(&["Visser"]);
        assert_eq!(plain.scrub("Karin Visser belde."), "Karin [naam] belde.");
        assert_eq!(initials_of("mevr. K.L. van Dam"), vec!['K', 'L']);
        assert!(initials_of("Karin Visser").is_empty());
        // A call name in brackets after the initials is a name part.
        let s = Scrubber::for_names(&["P.C. (Piet) de Groot"]);
        let scrubbed = s.scrub("Piet schreef het al: P.C. (Piet) de Groot, Piet de Groot.");
        assert!(
            !scrubbed.contains("Piet") && !scrubbed.contains("Groot"),
            "{scrubbed}"
        );
    }

    #[test]
    fn small_patterns_and_the_big_one_remove_the_same() {
        let names: Vec<String> = (0..80)
            .map(|i| format!("Jan{} de Vries{}", i % 9, i))
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let texts: Vec<String> = (0..80)
            .map(|i| {
                format!(
                    "Ik, J. de Vries{i}, schreef met Jan{} en Vries{}; de Vries{i}x niet.",
                    i % 9,
                    (i * 7) % 80
                )
            })
            .collect();
        let first = Scrubber::for_names(&names);
        let before: Vec<String> = texts.iter().map(|t| first.scrub(t)).collect();
        // Past the small patterns: the big one.
        assert!(first.names.as_ref().unwrap().all[0].get().is_some());
        let fresh = Scrubber::for_names(&names);
        for (t, b) in texts.iter().zip(&before).rev() {
            assert_eq!(&fresh.scrub(t), b);
        }
        assert!(
            before[3].contains("Ik, [naam], schreef met [naam] en [naam]"),
            "{}",
            before[3]
        );
        assert!(before[3].contains("Vries3x"), "{}", before[3]);
    }

    #[test]
    fn kept_texts_are_what_scrubbing_gives() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let text = "Jan de Vries en Piet Bakker wonen aan de Dorpsstraat 3, 2311 AB.";
        let first = Scrubber::for_names(&["Jan de Vries"]).keeping(Some(&cache));
        assert_eq!(
            first.scrub(text),
            Scrubber::for_names(&["Jan de Vries"]).scrub(text)
        );
        first.save_kept();
        // Kept: the same text comes back without scrubbing.
        let again = Scrubber::for_names(&["Jan de Vries"]).keeping(Some(&cache));
        assert!(again
            .kept
            .as_ref()
            .unwrap()
            .get(&again.kept_key(text, true))
            .is_some());
        assert_eq!(
            again.scrub(text),
            "[naam] en Piet Bakker wonen aan de [adres], [adres]."
        );
        // A new private person named in the text: scrubbed anew.
        let names = ["Jan de Vries", "Piet Bakker"];
        let more = Scrubber::for_names(&names).keeping(Some(&cache));
        assert_eq!(more.scrub(text), Scrubber::for_names(&names).scrub(text));
        assert_eq!(
            more.scrub(text),
            "[naam] en [naam] wonen aan de [adres], [adres]."
        );
        // One not named in it changes nothing: kept.
        let other = Scrubber::for_names(&["Jan de Vries", "Kees Jansen"]).keeping(Some(&cache));
        assert!(other
            .kept
            .as_ref()
            .unwrap()
            .get(&other.kept_key(text, true))
            .is_some());
    }

    #[test]
    fn a_damaged_kept_file_only_means_scrubbing_again() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let text = "Groet, Jan de Vries (06-12345678)";
        let first = Scrubber::for_names(&["Jan de Vries"]).keeping(Some(&cache));
        let expected = first.scrub(text);
        first.save_kept();
        let path = dir.path().join(format!("fragments-{KEPT}.bin"));
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 6;
        bytes[last] ^= 0xff;
        std::fs::write(&path, &bytes).unwrap();
        let second = Scrubber::for_names(&["Jan de Vries"]).keeping(Some(&cache));
        assert_eq!(second.scrub(text), expected);
    }

    #[test]
    fn lower_case_guess_removes_nothing() {
        let s = Scrubber::for_names(&["reactie inwoner"]);
        assert_eq!(
            s.scrub("Een reactie van een inwoner."),
            "Een reactie van een inwoner."
        );
    }

    #[test]
    fn removes_phone_numbers_with_spaced_dashes_and_foreign_ones() {
        // QA: `071 - 512 34 56` and `06 - 12 34 56 78` were published.
        let s = Scrubber::default();
        let out = s.scrub(
            "Bel 071 - 512 34 56 of 071-5123456 of 0715123456 of 071 5123456 of (071) 512 3456 \
             of 06 - 12 34 56 78 of 071/5123456 of +44 7700 900123 of +447700900123 of 0049 30 \
             1234567.",
        );
        assert_eq!(out.matches(PHONE).count(), 10, "{out}");
        assert!(!out.chars().any(|c| c.is_ascii_digit()), "{out}");
        // Not phone numbers: a range of dates, an amount.
        for text in [
            "In de periode 01-01-2025 - 31-12-2025 en 2024 - 2026.",
            "Een tekort van +15.000.000 euro, of 0,5 - 1,2 miljoen.",
        ] {
            assert_eq!(s.scrub(text), text);
        }
    }

    #[test]
    fn every_name_of_a_list_with_ages_goes() {
        // QA: `Sem (8) en Luuk (5)` kept Luuk.
        let s = Scrubber::default();
        assert_eq!(
            s.scrub("Onze kinderen Sem (8) en Luuk (5) ook. Mijn kinderen Tim (8 jaar), Eva (5) en Bas zagen het."),
            "Onze kinderen [naam] (8) en [naam] (5) ook. Mijn kinderen [naam] (8 jaar), [naam] (5) en [naam] zagen het."
        );
    }

    #[test]
    fn names_after_child_carers_go() {
        // QA: the children's carers' names were published.
        let s = Scrubber::default();
        assert_eq!(
            s.scrub(
                "Onze oppas Lotte, onze gastouder Yvonne, de babysitter Roos, de kinderoppas \
                 Anne en de peuterleidster Fatima wisten het."
            ),
            "Onze oppas [naam], onze gastouder [naam], de babysitter [naam], de kinderoppas \
             [naam] en de peuterleidster [naam] wisten het."
        );
    }

    #[test]
    fn a_letter_in_english_loses_its_third_parties_and_address() {
        // QA: an English letter kept its street, phone number and family.
        let s = Scrubber::default();
        assert_eq!(
            s.scrub(
                "I live at 12 Baker Street, Zoeterhout. My daughter Emily waited after my wife \
                 Sarah was assaulted. My neighbour Tom Harris called. Or write to 221b Baker St. \
                 or Baker Street 12 or Bahnhofstraße 5."
            ),
            "I live at [adres], Zoeterhout. My daughter [naam] waited after my wife [naam] was \
             assaulted. My neighbour [naam] called. Or write to [adres] or [adres] or [adres]."
        );
    }

    #[test]
    fn a_street_named_after_a_title_goes_whole() {
        // QA: `Burgemeester de [adres]`, `v. [adres]`.
        let s = Scrubber::default();
        assert_eq!(
            s.scrub(
                "Post: Burgemeester de Vlugtlaan 5, of v. Heemstraweg 3, of Dr. van Noortstraat 3."
            ),
            "Post: [adres], of [adres], of [adres]."
        );
        // A capitalised word in general does not take a particle along.
        assert_eq!(
            s.scrub("In de Kerkstraat 5 woont niemand."),
            "In de [adres] woont niemand."
        );
    }

    #[test]
    fn a_particle_before_a_given_name_stays() {
        // QA: the theme `Buurt van Petra Jansen` became `Buurt [naam]`.
        let s = Scrubber::for_names(&["Petra Jansen-de Wit", "M. van der Linden"]);
        assert_eq!(
            s.scrub("Buurt van Petra Jansen, en van Petra Jansen-de Wit zelf."),
            "Buurt van [naam], en van [naam] zelf."
        );
        // A surname takes its particles along, a given name before it too.
        assert_eq!(
            s.scrub("Buurt van Marieke van der Linden en de heer Van der Linden."),
            "Buurt van [naam] en de heer [naam]."
        );
    }

    #[test]
    fn removes_contact_details() {
        let s = Scrubber::default();
        let out = s.scrub(
            "Ik woon aan de Lange Nieuwstraat 12a, 2312 BK Leiden. Mail j.devries@example.nl \
             of bel 06-12345678 of +31 (0)71 123 45 67.",
        );
        assert_eq!(
            out,
            "Ik woon aan de [adres], [adres] Leiden. Mail [e-mailadres] of bel [telefoonnummer] \
             of [telefoonnummer]."
        );
    }

    #[test]
    fn postcodes_go_in_lower_case_or_with_a_hyphen_where_they_are_surely_one() {
        let s = Scrubber::default();
        for (text, scrubbed) in [
            (
                "Mijn postcode is 2345 ab, huisnummer 12.",
                "Mijn postcode is [adres], huisnummer 12.",
            ),
            (
                "Ons adres: 2345ab 12. Of 2345-AB 12.",
                "Ons adres: [adres] 12. Of [adres] 12.",
            ),
            (
                "Woonadres 2345 ab te Zoeterhout.",
                "Woonadres [adres] te Zoeterhout.",
            ),
            (
                "Stuur het naar 2345ab 12 in Zoeterhout.",
                "Stuur het naar [adres] 12 in Zoeterhout.",
            ),
            (
                "Kerkstraat 3, 2345 ab Zoeterhout",
                "[adres], [adres] Zoeterhout",
            ),
            ("Postcode: 2345 - AB", "Postcode: [adres]"),
        ] {
            assert_eq!(s.scrub(text), scrubbed, "{text}");
        }
        // A year before a lower-case word is no postcode.
        for text in [
            "In 2024 en 2025 is er 1500 km gereden; in 2026 op school.",
            "De adressen van 2024 en 2025 staan in de bijlage.",
        ] {
            assert_eq!(s.scrub(text), text);
        }
    }

    #[test]
    fn invisible_characters_and_hyphen_look_alikes_hide_no_personal_data() {
        let s = Scrubber::for_names(&["Petra Brinkman"]);
        assert_eq!(
            s.scrub(
                "Mail m.verhoeven\u{200B}@ziggo.nl of bel 06\u{2011}12345678; zegt ook Brink\u{AD}man zelf."
            ),
            "Mail [e-mailadres] of bel [telefoonnummer]; zegt ook [naam] zelf."
        );
        // What is not personal data stays as written, its invisible
        // characters and hyphens too.
        let text = "De ge\u{AD}meente en de zorg\u{2011}aanbieders \u{200B}overleggen; \u{1F468}\u{200D}\u{1F469}.";
        assert_eq!(s.scrub(text), text);
        let text = "Vol\u{AD}gens Brinkman\u{200B} moet de zorg\u{2011}aanbieder bellen.";
        assert_eq!(
            s.scrub(text),
            "Vol\u{AD}gens [naam]\u{200B} moet de zorg\u{2011}aanbieder bellen."
        );
    }

    #[test]
    fn a_shared_text_in_a_letter_goes_without_the_other_private_persons() {
        let s = Scrubber::for_names(&["Anna Visser", "Bert Kok", "Carla Smit"]);
        let text = "Dank aan Anna Visser en Bert Kok, die ons belden (bert.kok@example.nl); \
                    mail ons op jeugd@gemeente.example.nl.";
        assert_eq!(
            s.for_letter_of(text, "Carla Smit"),
            "Dank aan [naam] en [naam], die ons belden ([e-mailadres]); \
             mail ons op jeugd@gemeente.example.nl."
        );
        // The letter's own respondent keeps their name.
        assert_eq!(
            s.for_letter_of(text, "Anna Visser"),
            "Dank aan Anna Visser en [naam], die ons belden ([e-mailadres]); \
             mail ons op jeugd@gemeente.example.nl."
        );
    }

    #[test]
    fn placeholders_are_bracketed_words() {
        // What `Scrubber::name_parts` relies on.
        for p in [ADDRESS, EMAIL, PHONE] {
            let inner = p
                .strip_prefix('[')
                .and_then(|p| p.strip_suffix(']'))
                .unwrap();
            assert!(could_come_from_placeholders(inner), "{p}");
            assert!(!inner.contains(['[', ']']), "{p}");
        }
        assert!(!could_come_from_placeholders("Vries"));
        assert!(!could_come_from_placeholders("Adresse"));
        assert!(could_come_from_placeholders("x]y"));
        // Parts are found in any capitals.
        assert!(could_come_from_placeholders("Naam"));
        assert!(could_come_from_placeholders("Adres"));
        assert!(could_come_from_placeholders("Telefoon"));
    }

    #[test]
    fn a_private_name_is_removed_in_any_capitals() {
        let s = Scrubber::for_names(&["J. de Boer", "Thomas Bakker"]);
        assert_eq!(
            s.scrub("Ik, JOHANNA DE BOER, woon hier al twintig jaar; Johanna de Boer dus."),
            "Ik, [naam], woon hier al twintig jaar; [naam] dus."
        );
        assert_eq!(
            s.scrub("Zo schreef THOMAS BAKKER, en ook thomas zei het: Thomas."),
            "Zo schreef [naam], en ook thomas zei het: [naam]."
        );
        assert_eq!(s.scrub("Van Der BOER, De Boer."), "[naam], [naam].");
        // Written in lower case a name part is an ordinary word: the baker
        // on the corner, the farmer.
        assert_eq!(
            s.scrub("De bakker op de hoek en de boer verderop."),
            "De bakker op de hoek en de boer verderop."
        );
        // Another initial before the surname stays, in capitals too.
        assert_eq!(s.scrub("PIETER DE BOER"), "PIETER [naam]");
    }

    #[test]
    fn a_name_after_a_relation_word_is_a_third_party_in_a_private_letter() {
        let s = Scrubber::default();
        assert_eq!(
            s.scrub_as(
                "Toen mijn ex-vriend Jeroen de Graaf ons bedreigde, belde oma Ria de politie.",
                true
            ),
            "Toen mijn ex-vriend [naam] ons bedreigde, belde oma [naam] de politie."
        );
        assert_eq!(
            s.scrub_as(
                "Onze overbuurvrouw Fatima El Amrani en meester Van Leeuwen wisten het.",
                true
            ),
            "Onze overbuurvrouw [naam] en meester [naam] wisten het."
        );
        assert_eq!(
            s.scrub_as(
                "De familie TER HORST en collega J.P. van der Wal zwegen.",
                true
            ),
            "De familie [naam] en collega [naam] zwegen."
        );
        // The name's words go elsewhere in the text too.
        assert_eq!(
            s.scrub_as(
                "Mijn zwager Sander Kok sloeg. Sander kreeg geen straf.",
                true
            ),
            "Mijn zwager [naam] sloeg. [naam] kreeg geen straf."
        );
        // A form of address names a person in every letter.
        assert_eq!(
            s.scrub_as(
                "Wij spraken met mevrouw Van Dijk, dhr. P. Smit en mw. De Wit.",
                false
            ),
            "Wij spraken met mevrouw [naam], dhr. [naam] en mw. [naam]."
        );
        // A name followed by the organisation the person works for: the
        // name goes, the organisation stays, and no particle is left.
        assert_eq!(
            s.scrub_as(
                "Ook mevrouw Van Dijk van Veilig Thuis hielp. Mevrouw Van Dijk nam de tijd.",
                false
            ),
            "Ook mevrouw [naam] van Veilig Thuis hielp. Mevrouw [naam] nam de tijd."
        );
        assert_eq!(
            s.scrub_as("Wij belden met dhr. P. de Boer van de GGD.", false),
            "Wij belden met dhr. [naam] van de GGD."
        );
        // A relation word in an organisation's letter is no private matter.
        let org = "Onze partner Jeugdfonds Sport en het gezin Centraal programma.";
        assert_eq!(s.scrub_as(org, false), org);
    }

    #[test]
    fn organisations_places_and_common_words_after_a_relation_word_stay() {
        let s = Scrubber::default();
        for text in [
            "Mijn moeder Veilig Thuis belde niet terug.",
            "De familie van instanties die hulp bieden is groot.",
            "Mijn zus in Leiden en mijn broer uit Gouda weten ervan.",
            "Mijn gemeente Katwijk doet te weinig.",
            "Mijn vader. Daarna kwam de politie.",
            "Ik heb mijn huisarts Dat ook verteld.",
            "Mijn dochter Wijkteam Noord hielp niet.",
            "Geachte heer, mevrouw, ik schrijf u over de opvang.",
            "Vrouw en Kind in de opvang, man en vrouw gelijk.",
        ] {
            assert_eq!(s.scrub_as(text, true), text);
        }
    }

    #[test]
    fn a_third_party_who_is_also_a_respondent_is_one_name() {
        let s = Scrubber::for_names(&["M. van der Linden"]);
        assert_eq!(
            s.scrub("Mijn zoon Ruben van der Linden en MARIEKE VAN DER LINDEN zelf."),
            "Mijn zoon [naam] en [naam] zelf."
        );
    }

    #[test]
    fn every_third_party_match_is_one_of_its_cue() {
        // The cues only save compiling the full patterns: wherever those
        // match, the cue must too (else a name would stay).
        let texts = [
            "Mijn buurman Kees Vermeulen belde, en mijn zoon (Noah, 8 jaar) ook.",
            "mijn MOEDER, Joke, en mijn kinderen Tim en Eva",
            "Mijn vriendin 't Hart en mijn oom J. de Vries en mijn tante ’t Lam.",
            "Volgens mevrouw Bakker en dhr. P. Jansen en meneer van Dijk en MEVR de Wit.",
            "De heer 't Hooft en mw. Özdemir en Mevrouw Ölmez schreven.",
            "Mijn buurvrouw\tÇelik en mijn collega:Ruben.",
            // Words of every kind `relation_words` builds: by age, a
            // diminutive, a care role alone and in a compound.
            "Mijn oudste, Emre, heeft nachtmerries; mijn nichtje Fleur ook.",
            "Onze casemanager Joyce en de speltherapeut Ingrid wisten het.",
            "Onze kinderen Sem (8) en Luuk (5), onze oppas Lotte, my neighbour Tom Harris.",
        ];
        for t in texts {
            assert!(
                !relation_re().get().is_match(t) || relation_cue_re().get().is_match(t),
                "{t}"
            );
            assert!(
                !address_form_re().get().is_match(t) || address_form_cue_re().get().is_match(t),
                "{t}"
            );
            for m in relation_re().get().find_iter(t) {
                assert!(
                    relation_cue_re().get().is_match(m.as_str()),
                    "{}",
                    m.as_str()
                );
            }
            for m in address_form_re().get().find_iter(t) {
                assert!(
                    address_form_cue_re().get().is_match(m.as_str()),
                    "{}",
                    m.as_str()
                );
            }
        }
        let none = "Wij onderschrijven de ambitie; de man van de regio en het beheer blijven.";
        assert!(!relation_cue_re().get().is_match(none));
        assert!(!address_form_cue_re().get().is_match(none));
    }

    #[test]
    fn leaves_ordinary_numbers_alone() {
        let s = Scrubber::default();
        let text =
            "In 2026 zijn 1200 meldingen gedaan; zie paragraaf 5.2 en pag. 13. Bel 0800-2000.";
        assert_eq!(s.scrub(text), text);
    }

    #[test]
    fn citizen_service_numbers_accounts_and_dates_of_birth_go() {
        let s = Scrubber::default();
        // 111222333 passes the eleven test; 111222334 does not.
        assert!(elfproef("111222333"));
        assert!(!elfproef("111222334"));
        assert_eq!(
            s.scrub("Zaak van 111222333 en burgerservicenummer: 1112.22.334 (typo)."),
            "Zaak van [BSN] en burgerservicenummer: [BSN] (typo)."
        );
        // Other nine-digit numbers, and amounts, stay.
        let other = "Dossier 111222334 kost € 111222333 en telt 1.250.000 inwoners.";
        assert_eq!(s.scrub(other), other);
        assert_eq!(
            s.scrub("Stort het op nl20 ingb 0001 2345 67 of DE89370400440532013000, dank."),
            "Stort het op [rekeningnummer] of [rekeningnummer], dank."
        );
        // A street named after a person, numbered (`1e`, `2de`), goes
        // whole.
        assert_eq!(
            s.scrub("Ik woon op 1e Hugo de Grootstraat 3 en hij aan de 2de Jan Steenstraat 12."),
            "Ik woon op [adres] en hij aan de [adres]."
        );
        // Groups of four joined by hyphens go whole.
        assert_eq!(
            s.scrub("Rekening NL91-ABNA-0417-1643-00, t.n.v. de club."),
            "Rekening [rekeningnummer], t.n.v. de club."
        );
        // A Dutch account number by its form; a wrong check digit elsewhere stays.
        assert!(is_iban("NL02ABNA0123456789"));
        assert!(!is_iban("DE88370400440532013000"));
        assert_eq!(
            s.scrub("Mijn dochter (geb. 3-7-2011) en ik, geboren op 14 februari 1980, geboortedatum: 1980-02-14."),
            "Mijn dochter (geb. [geboortedatum]) en ik, geboren op [geboortedatum], geboortedatum: [geboortedatum]."
        );
        // A date without such words is no date of birth.
        let date = "Op 14-02-1980 en 3 maart 2026 was er overleg.";
        assert_eq!(s.scrub(date), date);
    }

    #[test]
    fn a_date_of_birth_cue_takes_any_space_in_any_capitals_but_no_line_break() {
        // The spaces inside the cue are kept out of its case-insensitive
        // group (see `birth_date_re`): still every space but a line break.
        let s = Scrubber::default();
        for (text, cue) in [
            ("GEBOREN\u{a0}OP 12-03-1975.", "GEBOREN\u{a0}OP "),
            (
                "Date\tof\u{2003}Birth: 1975-03-12.",
                "Date\tof\u{2003}Birth: ",
            ),
            ("Geb.\u{2009}Datum 1.3.1975.", "Geb.\u{2009}Datum "),
            ("Born  On 3 May 1980.", "Born  On "),
        ] {
            assert_eq!(s.scrub(text), format!("{cue}{BIRTH_DATE}."), "{text:?}");
        }
        for text in ["Geboren\nop 12-03-1975.", "date of\nbirth 1975-03-12."] {
            assert!(!s.scrub(text).contains(BIRTH_DATE), "{text:?}");
        }
    }

    #[test]
    fn streets_without_a_street_ending_and_house_number_suffixes_go() {
        let s = Scrubber::default();
        assert_eq!(
            s.scrub("Hij woont op de Vismarkt 4a, bij de Kade 7-II, Nieuwe Gracht 2 huis en Dorpsstraat 5bis."),
            "Hij woont op de [adres], bij de [adres], [adres] en [adres]."
        );
        assert_eq!(
            s.scrub("Bel (071) 512 34 56 of (0252) 41 22 33."),
            "Bel [telefoonnummer] of [telefoonnummer]."
        );
        // In a private person's letter: after words saying where someone
        // lives, before a postcode, on a line of its own.
        assert_eq!(
            s.scrub_as("Wij wonen sinds kort aan de Hooiberg 3. Mijn broer woont op Prins Hendrikhoeve 12.", true),
            "Wij wonen sinds kort aan de [adres]. Mijn broer woont op [adres]."
        );
        assert_eq!(
            s.scrub_as(
                "Stuur post naar Breestraat 9, of naar Oude Vest 21, 2312 XZ.",
                true
            ),
            "Stuur post naar [adres], of naar [adres], [adres]."
        );
        assert_eq!(
            s.scrub_as("Met groet,\nA. Bakker\nOude Vest 21\nLeiden", true),
            "Met groet,\nA. Bakker\n[adres]\nLeiden"
        );
        // Not in an organisation's letter, nor numbers of documents, laws,
        // years, counts.
        let org = "Wij wonen in Oude Vest 21.";
        assert_eq!(s.scrub_as(org, false), org);
        for text in [
            "Zie paragraaf 5.1, hoofdstuk 6, artikel 12, Bijlage 2 en pagina 13.",
            "De Wmo 2015 en de Jeugdwet 2015 gelden in 18 gemeenten; 3 punten.",
            "Ik woon in Leiden 12 jaar en mijn ouders wonen in Gouda 30 jaar.",
            "Ons adres is bekend.\nBijlage 2\nVisie 2030\nGroep 8",
            "Tijdens de vergadering 12 maart gaf het antwoord 3 de doorslag; de arbeidsmarkt 2026.",
        ] {
            assert_eq!(s.scrub_as(text, true), text);
        }
    }

    /// Words between `woon` and the street: how long, since when, the
    /// subject after the verb (`woon ik`), a comma; a street of several
    /// words.
    #[test]
    fn a_home_address_after_words_on_how_long_or_since_when_goes() {
        let s = Scrubber::default();
        for (text, scrubbed) in [
            (
                "Ik woon al 12 jaar aan de Oude Rijn 44 en ik vind dat de opvang beter moet.",
                "Ik woon al 12 jaar aan de [adres] en ik vind dat de opvang beter moet.",
            ),
            (
                "Sinds 2019 woon ik aan de Oude Rijn 12 in Leiden.",
                "Sinds 2019 woon ik aan de [adres] in Leiden.",
            ),
            (
                "Ik woon sinds 12 jaar aan de Oude Rijn 44 in Leiden.",
                "Ik woon sinds 12 jaar aan de [adres] in Leiden.",
            ),
            (
                "Wij wonen, samen met onze kinderen, al jaren op Lange Hoogstraat West 3a.",
                "Wij wonen, samen met onze kinderen, al jaren op [adres].",
            ),
            (
                "Mijn moeder woonde tot haar dood in 2021 op de Hoge Rijndijk Oost 120.",
                "Mijn moeder woonde tot haar dood in 2021 op de [adres].",
            ),
            (
                "Ik woon aan de Rijn 7 sinds vorig jaar. Mijn adres is Vliet 3.",
                "Ik woon aan de [adres] sinds vorig jaar. Mijn adres is [adres].",
            ),
        ] {
            assert_eq!(s.scrub_as(text, true), scrubbed, "{text:?}");
        }
        // Counts, documents, years and places without a house number stay.
        for text in [
            "Ik woon al 12 jaar in Leiden en werk in Gouda.",
            "Wij wonen hier sinds 2019 en lezen in paragraaf 5 dat Groep 8 meedoet.",
            "Ik woon nu 3 jaar in Leiden 12 jaar na mijn verhuizing.",
            "Sinds 2019 woon ik in Leiden; Visie 2030 noemt dat niet.",
        ] {
            assert_eq!(s.scrub_as(text, true), text);
        }
    }

    /// A date of birth with a verb, whose it is, a place or a parenthesis
    /// between the cue and the date, or the date before `geboren`.
    #[test]
    fn a_date_of_birth_after_a_few_words_or_a_parenthesis_goes() {
        let s = Scrubber::default();
        for (text, scrubbed) in [
            (
                "Mijn geboortedatum is 10-10-1988 en ik wacht al lang.",
                "Mijn geboortedatum is [geboortedatum] en ik wacht al lang.",
            ),
            (
                "mijn geboortedatum was 12-12-1986.",
                "mijn geboortedatum was [geboortedatum].",
            ),
            (
                "geboortedatum van mijn dochter: 08-08-2017, en geboortedatum (09-09-1984).",
                "geboortedatum van mijn dochter: [geboortedatum], en geboortedatum ([geboortedatum]).",
            ),
            (
                "De geboortedata van mijn kinderen zijn 3-4-2015, 5-6-2017 en 1 mei 2020.",
                "De geboortedata van mijn kinderen zijn [geboortedatum], [geboortedatum] en [geboortedatum].",
            ),
            (
                "Mijn zoon, die geboren is op 3 mei 2012, en ik, geboren in Den Haag op 1-2-1980.",
                "Mijn zoon, die geboren is op [geboortedatum], en ik, geboren in Den Haag op [geboortedatum].",
            ),
            (
                "Ik ben op 10 oktober 1988 geboren; mijn dochter is 8-8-2017 in Gouda geboren.",
                "Ik ben op [geboortedatum] geboren; mijn dochter is [geboortedatum] in Gouda geboren.",
            ),
            (
                "My date of birth is 3 May 1980.",
                "My date of birth is [geboortedatum].",
            ),
        ] {
            assert_eq!(s.scrub(text), scrubbed, "{text:?}");
        }
        // Dates that are no dates of birth stay: a letter's own date, a
        // meeting, a document's; and after `geboren` only the words above
        // lead to a date.
        for text in [
            "Zandhoven, 12 oktober 2026",
            "Op de bijeenkomst van 12 maart 2025 bleek dat de visie van 12 maart 2025 te vaag is.",
            "Het plan is geboren op de bijeenkomst van 12 maart 2025.",
            "Ik ben geboren en getogen in Zandhoven. Op 14-02-2026 sprak ik in.",
            "Mijn geboortedatum staat in het dossier; de vergadering is 3-4-2026.",
            "Geboren in 1988, woon ik sinds 1 mei 2020 hier.",
        ] {
            assert_eq!(s.scrub(text), text);
        }
    }

    /// A street without a street word in running text: before `te` and a
    /// place, or right after `op`/`aan`, in a private person's text.
    #[test]
    fn a_street_before_te_and_a_place_or_after_op_or_aan_goes() {
        let s = Scrubber::default();
        for (text, scrubbed) in [
            (
                "Ik vind dat de inleiding korter kan; schrijf mij op Noordeinde 12 te Zandhoven.",
                "Ik vind dat de inleiding korter kan; schrijf mij op [adres] te Zandhoven.",
            ),
            (
                "Mijn buren op Achterom 4 te Zandhoven en ik maken ons zorgen.",
                "Mijn buren op [adres] te Zandhoven en ik maken ons zorgen.",
            ),
            (
                "Noordeinde 12a te Zandhoven is ons huis. In Achterom 4-II te Zandhoven ook.",
                "[adres] te Zandhoven is ons huis. In [adres] te Zandhoven ook.",
            ),
            (
                "Buren op Achterom 4, te Zandhoven, klagen.",
                "Buren op [adres], te Zandhoven, klagen.",
            ),
            (
                "Wij zitten aan het Spui 4 en hij op Rapenburg 70. Kom langs op Oude Rijn 44.",
                "Wij zitten aan het [adres] en hij op [adres]. Kom langs op [adres].",
            ),
        ] {
            assert_eq!(s.scrub_as(text, true), scrubbed, "{text:?}");
        }
        // Organisations' texts keep it (their own address is public).
        let org = "Ons kantoor is op Noordeinde 12 te Zandhoven.";
        assert_eq!(s.scrub_as(org, false), org);
    }

    /// References to documents, laws, days and counts after `op`/`aan` or
    /// before `te` are no street.
    #[test]
    fn references_after_op_or_aan_or_before_te_are_no_street() {
        let s = Scrubber::default();
        for text in [
            "Ik reageer op paragraaf 5, op Bijlage 2, op hoofdstuk 6 en op Artikel 4.",
            "Ik reageer op Maatregel 3, op Advies 1, op Punt 2, op Actie 4 en op Fase 2.",
            "Zie de tekst op pagina 13; ik denk aan Wmo 2015, aan Jeugdwet 2015 en aan Agenda 2030.",
            "Sinds COVID-19 is het druk. Denk aan COVID 19 en aan Corona 2.",
            "Ik heb aan Veilig Thuis 3 meldingen gedaan en op Maandag 12 oktober gebeld.",
            "Wij denken aan de Regiovisie Duinstreek 2027-2030 en aan het Uitvoeringsplan 2.",
            "Op Koningsdag 27 april en aan Inwoner 12 dacht ik; het Speerpunt 3 te lezen.",
            "Ik reageer op Stelling 4 te Zandhoven en op Thema 2 te Zandhoven.",
            "Ik reageer op Vraag 5, op Doelstelling 3 en op Scenario 2, op Zondag 5 november.",
            "Ik reageer op de Ontwikkelopgave 3 en op Programma 2.",
        ] {
            assert_eq!(s.scrub_as(text, true), text, "{text:?}");
        }
    }

    #[test]
    fn third_parties_after_a_particle_a_plural_or_punctuation_go() {
        let s = Scrubber::default();
        assert_eq!(
            s.scrub_as(
                "De heer 't Hart en mw. van der Berg en mevrouw van 't Veer belden.",
                false
            ),
            "De heer [naam] en mw. [naam] en mevrouw [naam] belden."
        );
        assert_eq!(
            s.scrub_as(
                "Onze dochters Lotte, Sanne en Iris, en mijn kleinkinderen Mees en Fenna.",
                true
            ),
            "Onze dochters [naam], [naam] en [naam], en mijn kleinkinderen [naam] en [naam]."
        );
        assert_eq!(
            s.scrub_as(
                "Mijn dochter (Lotte, 12) en mijn vader: Henk. Mijn buurman, Ahmed, ook.",
                true
            ),
            "Mijn dochter ([naam], 12) en mijn vader: [naam]. Mijn buurman, [naam], ook."
        );
        // Organisations, common words and what is no aside stay.
        for text in [
            "Mijn moeder, Veilig Thuis en de huisarts wisten het.",
            "Mijn zoon (Groep 8) en mijn vader, Daarom schreef ik.",
            "Mevrouw van de Gemeente belde, meneer van het Wijkteam ook.",
        ] {
            assert_eq!(s.scrub_as(text, true), text);
        }
    }

    #[test]
    fn the_senders_name_goes_in_its_variants() {
        let s = Scrubber::for_names(&["A.M. Öztürk"]);
        assert_eq!(
            s.scrub("Ik, Anne-Marie Öztürk, en (A.M. Ozturk) en OZTURK."),
            "Ik, [naam], en ([naam]) en [naam]."
        );
        let s = Scrubber::for_names(&["Ozturk"]);
        assert_eq!(
            s.scrub("Dat zei Öztürk gisteren."),
            "Dat zei [naam] gisteren."
        );
        // A family's signature: a given name before the surname goes, and
        // that name alone further on; a common word before it stays.
        let s = Scrubber::for_names(&["familie Bakker"]);
        assert_eq!(
            s.scrub("Wij, Sanne Bakker en Joost Bakker, vinden dit. Sanne werkt hier. Volgens Bakker niet."),
            "Wij, [naam] en [naam], vinden dit. [naam] werkt hier. Volgens [naam] niet."
        );
    }

    #[test]
    fn a_surname_alone_in_an_organisations_name_or_as_a_word_stays() {
        let s = Scrubber::for_names(&["K. de Boer", "Anna Klein"]);
        for text in [
            "Wij werken met De Boer Kinderopvang en Klein Duinrand Voetbalclub.",
            "Stichting De Boer helpt. Klein aantal gezinnen weet het.",
        ] {
            assert_eq!(s.scrub(text), text);
        }
        // As the person it goes: with a verb, mid-sentence, with a name.
        assert_eq!(
            s.scrub("Klein schreef ons. Ook De Boer en Klein vinden het. Anna Klein, K. de Boer."),
            "[naam] schreef ons. Ook [naam] en [naam] vinden het. [naam], [naam]."
        );
        assert_eq!(
            s.scrub("Klein en De Boer belden."),
            "[naam] en [naam] belden."
        );
    }

    #[test]
    fn names_after_age_family_care_and_school_words_go_in_a_private_letter() {
        let s = Scrubber::default();
        for (text, name) in [
            ("Mijn oudste, Emre, heeft nog steeds nachtmerries.", "Emre"),
            ("Mijn jongste Noah ook.", "Noah"),
            ("Onze middelste Sem wacht.", "Sem"),
            ("Mijn nichtje Fleur had het moeilijk.", "Fleur"),
            ("Mijn neefjes Bram en Daan hadden het moeilijk.", "Bram"),
            ("Haar klasgenoot Lieke wist het.", "Lieke"),
            ("Mijn hulpverlener Milan belde niet.", "Milan"),
            ("De speltherapeut Jesse hielp.", "Jesse"),
            (
                "Onze casemanager Joyce en de jeugdconsulent Ingrid wisten het.",
                "Joyce",
            ),
            (
                "Onze casemanager Joyce en de jeugdconsulent Ingrid wisten het.",
                "Ingrid",
            ),
            ("De schoolmaatschappelijk werker Yara belde.", "Yara"),
            ("Mijn schoolmaatschappelijk-werker Yara belde.", "Yara"),
            ("Mijn begeleider Mila had het moeilijk.", "Mila"),
            ("De begeleiders Mila en Stijn zwegen.", "Stijn"),
            ("De gezinsvoogd Karin kwam niet.", "Karin"),
        ] {
            let out = s.scrub_as(text, true);
            assert!(!out.contains(name), "{text} → {out}");
            assert!(out.contains(NAME), "{text} → {out}");
        }
    }

    #[test]
    fn organisations_sections_and_ordinary_words_after_role_words_stay() {
        let s = Scrubber::default();
        for text in [
            "De casemanager Veilig Thuis belde niet terug.",
            "De jeugdconsulent GGD kwam langs.",
            "De begeleider Wmo kwam niet.",
            "Onze oudste werd geholpen door de hulpverlener in Delft.",
            "De jongste Regiovisie is beter dan de oudste.",
            "Vraag de therapeut: Hoofdstuk 3 gaat hierover.",
            "De coach van het team belde.",
        ] {
            assert_eq!(s.scrub_as(text, true), text);
        }
        // In an organisation's letter a role word names no private matter.
        let org = "Onze casemanager Joyce belt elk gezin.";
        assert_eq!(s.scrub_as(org, false), org);
    }

    #[test]
    fn a_names_possessive_goes_with_it() {
        // The sender's own name, a third party's learnt in the same text,
        // and one learnt from another text of the letter.
        let s = Scrubber::for_names(&["Kees Janssen", "Carla Müller-Smit"]);
        assert_eq!(
            s.scrub("Ook Janssens buurman wacht. Müllers buren ook, en Anna's moeder."),
            "Ook [naam] buurman wacht. [naam] buren ook, en Anna's moeder."
        );
        assert_eq!(
            s.scrub("Mijn vrouw Marieke Bos werkt er. Mariekes collega's zeggen het."),
            "Mijn vrouw [naam] werkt er. [naam] collega's zeggen het."
        );
        assert_eq!(
            replace_words(
                "Zeyneps moeder en Zeynep's vader; Zeynepse",
                &["Zeynep".to_string()],
                NAME
            )
            .as_deref(),
            Some("[naam] moeder en [naam] vader; Zeynepse")
        );
        // A surname that is a common word, with an `s` starting a
        // sentence, stays as the word.
        let s = Scrubber::for_names(&["Piet de Groot"]);
        assert_eq!(s.scrub("Groots plan, dat."), "Groots plan, dat.");
    }

    #[test]
    fn lower_case_particles_of_other_languages_stay_in_the_name() {
        let s = Scrubber::default();
        for (text, expected) in [
            (
                "Onze buurman, dhr. Ahmed el Amrani, deed niets.",
                "Onze buurman, dhr. [naam], deed niets.",
            ),
            (
                "Mijn buurvrouw Maria dos Santos ook niet. Mevrouw Fatima al Hassan evenmin.",
                "Mijn buurvrouw [naam] ook niet. Mevrouw [naam] evenmin.",
            ),
            ("Wij belden dhr. el Amrani.", "Wij belden dhr. [naam]."),
            (
                "Mijn buurvrouw dos Santos wacht.",
                "Mijn buurvrouw [naam] wacht.",
            ),
            ("Mijn oom Ali ben Salah helpt.", "Mijn oom [naam] helpt."),
            // Ordinary words stay: `al` before an organisation, a Dutch
            // article, `ben` as a verb.
            (
                "Als moeder al Veilig Thuis gebeld.",
                "Als moeder al Veilig Thuis gebeld.",
            ),
            (
                "Ik ben al jaren buurman de Efteling aan het vertellen.",
                "Ik ben al jaren buurman de Efteling aan het vertellen.",
            ),
        ] {
            assert_eq!(s.scrub(text), expected, "{text}");
        }
        // The sender's own `Ben` is still a name.
        let s = Scrubber::for_names(&["Ben de Vries"]);
        assert_eq!(s.scrub("Groet van Ben."), "Groet van [naam].");
    }

    #[test]
    fn a_quoted_name_or_one_between_dashes_after_a_relation_word_goes() {
        let s = Scrubber::default();
        for (text, expected) in [
            (
                "Mijn buurman ‘Kees’ Hoekstra zegt dat. Kees weet het.",
                "Mijn buurman [naam] zegt dat. [naam] weet het.",
            ),
            (
                "Mijn buurman \"Kees\" zegt dat.",
                "Mijn buurman [naam] zegt dat.",
            ),
            (
                "Mijn buurman 'Kees Hoekstra' zegt dat. Hoekstra weet het.",
                "Mijn buurman [naam] zegt dat. [naam] weet het.",
            ),
            (
                "Mijn buurman - Kees Hoekstra - zegt dat.",
                "Mijn buurman - [naam] - zegt dat.",
            ),
            (
                "Mijn buurman (Kees Hoekstra) zegt dat.",
                "Mijn buurman ([naam]) zegt dat.",
            ),
            // Not a name in quotes, nor a dash that opens no name.
            (
                "Mijn moeder \"Veilig Thuis\" belde.",
                "Mijn moeder \"Veilig Thuis\" belde.",
            ),
            (
                "Mijn buurman - de Kerk - zegt.",
                "Mijn buurman - de Kerk - zegt.",
            ),
        ] {
            assert_eq!(s.scrub(text), expected, "{text}");
        }
    }

    #[test]
    fn a_list_of_children_with_a_baby_goes_whole() {
        let s = Scrubber::default();
        for (text, expected) in [
            (
                "Onze kinderen, Daan (9), Femke (6) en baby Sem, kunnen niet mee.",
                "Onze kinderen, [naam] (9), [naam] (6) en baby [naam], kunnen niet mee.",
            ),
            (
                "Mijn dochter Lisa en onze baby Noor slapen slecht.",
                "Mijn dochter [naam] en onze baby [naam] slapen slecht.",
            ),
            (
                "Mijn kinderen Daan en baby Sem.",
                "Mijn kinderen [naam] en baby [naam].",
            ),
            ("Onze baby Noor huilt.", "Onze baby [naam] huilt."),
            (
                "De peuter Bram en kleuter Anouk.",
                "De peuter [naam] en kleuter [naam].",
            ),
            ("De tweeling Sem en Luuk.", "De tweeling [naam] en [naam]."),
        ] {
            assert_eq!(s.scrub(text), expected, "{text}");
        }
    }

    #[test]
    fn initials_and_particles_before_a_learnt_name_go_with_it() {
        let words = ["Linden".to_string(), "Kees".to_string()];
        for (text, expected) in [
            ("zei M. van der Linden dat", "zei [naam] dat"),
            ("zei M. Linden dat", "zei [naam] dat"),
            ("zei J.W. van der Linden dat", "zei [naam] dat"),
            ("zei Van der Linden dat", "zei [naam] dat"),
            ("Van der Linden zei dat", "[naam] zei dat"),
            // Lower-case particles without initials, and prepositions,
            // are words of the sentence.
            ("ik hoorde het van Kees", "ik hoorde het van [naam]"),
            ("wachten op Kees", "wachten op [naam]"),
            ("Op Kees kun je rekenen", "Op [naam] kun je rekenen"),
            ("de roos van der Linden", "de roos van der [naam]"),
        ] {
            assert_eq!(
                replace_words(text, &words, NAME).as_deref(),
                Some(expected),
                "{text}"
            );
            assert_eq!(
                remove_words(Cow::Borrowed(text), &words),
                expected,
                "{text}"
            );
        }
        // In a response: a name learnt in one point, written with initials
        // in another.
        let r = private_response(
            &[
                "Mevrouw Van der Linden van de gemeente zei dat ook al.",
                "Bij navraag zei M. van der Linden dat het kwijt was.",
            ],
            &["", ""],
        );
        let public = public_response(&r, &Scrubber::for_names(&["J.W. Çelik"]));
        assert_eq!(
            public.comments[1].text,
            "Bij navraag zei [naam] dat het kwijt was."
        );
    }

    #[test]
    fn a_particle_of_a_removed_name_stays_in_a_link_reason() {
        let removed = removed_words(
            "Mijn buurvrouw Ineke de Wit en dhr. el Amrani wachten.",
            "Mijn buurvrouw [naam] en dhr. [naam] wachten.",
        );
        let mut got: Vec<&str> = removed.iter().map(String::as_str).collect();
        got.sort_unstable();
        assert_eq!(got, ["amrani", "ineke", "wit"]);
        assert_eq!(
            without_words("de titel noemt \"wachtlijsten\" (≈ ineke wit)", &removed),
            "de titel noemt \"wachtlijsten\" (≈ [naam] [naam])"
        );
    }

    #[test]
    fn a_private_persons_own_street_goes_from_all_their_texts() {
        let mut r = private_response(
            &["De energiecoach komt nooit bij ons in de Brédestraat."],
            &["De coach komt naar de Brédestraat."],
        );
        r.own_streets = vec!["Brédestraat".into()];
        let s = Scrubber::for_names(&["Carla Müller-Smit"]);
        let public = public_response(&r, &s);
        let com = &public.comments[0];
        assert_eq!(
            com.text,
            "De energiecoach komt nooit bij ons in de [adres]."
        );
        assert_eq!(com.decision.answer, "De coach komt naar de [adres].");
        assert!(public.own_streets.is_empty());
        // An organisation's street is no private person's.
        r.private_person = false;
        r.kind = crate::model::RespondentKind::Organisation;
        let public = public_response(&r, &s);
        assert!(public.comments[0].text.contains("Brédestraat"));
        assert!(public.own_streets.is_empty());
    }

    fn private_response(comments: &[&str], answers: &[&str]) -> Response {
        Response {
            id: "r1".into(),
            file: "01.txt".into(),
            number: 1,
            respondent: "Jeroen de Groot".into(),
            private_person: true,
            public_name: "Inwoner 1".into(),
            comments: comments
                .iter()
                .zip(answers)
                .enumerate()
                .map(|(i, (t, a))| {
                    let mut com = crate::model::Comment {
                        id: format!("c{i}"),
                        text: t.to_string(),
                        ..crate::model::Comment::default()
                    };
                    com.decision.answer = a.to_string();
                    // Decided: an open point's answer is not published.
                    com.decision.status = crate::model::Status::Noted;
                    com.decision.theme = Some(format!("Over {a}"));
                    com
                })
                .collect(),
            ..Response::default()
        }
    }

    #[test]
    fn the_working_groups_texts_go_without_every_name_learnt_from_the_response() {
        let r = private_response(
            &[
                "Mijn ex-partner Mark heeft jarenlang mijn kinderen Tim en Eva bedreigd.",
                "Mijn schoonmoeder, Riet, hielp ons.",
            ],
            &[
                "Wij vinden het erg dat Tim en Eva dit hebben meegemaakt; ook Mark de Groot wordt genoemd.",
                "Wij danken Riet Jansen en Jeroen.",
            ],
        );
        let s = Scrubber::for_names(&["Jeroen de Groot", "Piet Jansen"]);
        let learnt = s.learnt_names(&r);
        for name in ["Mark", "Tim", "Eva", "Riet"] {
            assert!(learnt.names().iter().any(|l| l == name), "{learnt:?}");
        }
        let public = public_response(&r, &s);
        let answers: Vec<&str> = public
            .comments
            .iter()
            .map(|c| c.decision.answer.as_str())
            .collect();
        assert_eq!(
            answers,
            [
                "Wij vinden het erg dat [naam] en [naam] dit hebben meegemaakt; ook [naam] wordt genoemd.",
                "Wij danken [naam] en [naam].",
            ]
        );
        for com in &public.comments {
            let theme = com.decision.theme.as_deref().unwrap_or("");
            for name in ["Mark", "Tim", "Eva", "Riet", "Jansen", "Groot"] {
                assert!(!theme.contains(name), "{theme}");
            }
        }
    }

    #[test]
    fn learnt_words_go_as_whole_words_with_their_capital() {
        let words = [
            "Berg-Smit".to_string(),
            "Roos".to_string(),
            "Eva".to_string(),
        ];
        assert_eq!(
            replace_words(
                "Roos en EVA, de roos van Berg-Smit; Evaluatie.",
                &words,
                NAME
            )
            .as_deref(),
            Some("[naam] en [naam], de roos van [naam]; Evaluatie.")
        );
        assert_eq!(replace_words("Niets hier.", &words, NAME), None);
        assert_eq!(
            replace_words("Élise", &["Élise".to_string()], NAME).as_deref(),
            Some("[naam]")
        );
    }

    #[test]
    fn a_name_learnt_in_one_comment_goes_from_the_others_of_the_letter() {
        let mut r = private_response(
            &[
                "Ik schrijf over mijn dochter Sanne en haar vriend Ricardo, die haar sloeg.",
                "Toen Sanne wegging, moest zij maanden wachten. Ricardo bleef berichten sturen.",
                "Het Sociaal Team Oudewaard reageerde pas na weken.",
            ],
            &["", "", ""],
        );
        for com in &mut r.comments {
            com.decision.theme = None;
        }
        r.comments[1].quotes.push(crate::model::Quote {
            text: "Sanne wegging".into(),
            ..Default::default()
        });
        let s = Scrubber::for_names(&["Mieke de Boer"]);
        let public = public_response(&r, &s);
        let texts: Vec<&str> = public.comments.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Ik schrijf over mijn dochter [naam] en haar vriend [naam], die haar sloeg.",
                "Toen [naam] wegging, moest zij maanden wachten. [naam] bleef berichten sturen.",
                // Nothing learnt from it: its words stay.
                "Het Sociaal Team Oudewaard reageerde pas na weken.",
            ]
        );
        assert_eq!(public.comments[1].quotes[0].text, "[naam] wegging");
        // An organisation's letter learns only what scrubbing takes out
        // there (a name after a form of address), and keeps the rest.
        let mut org = r.clone();
        org.private_person = false;
        org.comments[0].text = "Wij spraken mevrouw Jansen van het wijkteam.".into();
        org.comments[1].text = "Jansen gaf aan dat de wachttijd 8 weken is; Sanne ook.".into();
        org.comments[1].quotes.clear();
        let public = public_response(&org, &s);
        assert_eq!(
            public.comments[1].text,
            "[naam] gaf aan dat de wachttijd 8 weken is; Sanne ook."
        );
    }

    /// A decision re-attached to a resident's comment names the resident
    /// by their pseudonym in `consultation.json`, as everywhere else.
    #[test]
    fn a_reattached_decision_names_a_resident_by_pseudonym() {
        let mut org = private_response(&["Meer voorlichting."], &[""]);
        org.id = "r2".into();
        org.file = "02-ouderenbond.txt".into();
        org.number = 2;
        org.respondent = "Ouderenbond Veenmeer".into();
        org.private_person = false;
        org.public_name = "Ouderenbond Veenmeer".into();
        let reattached = |r: &Response| crate::model::ReattachedDecision {
            old_id: "c-old".into(),
            new_id: "c0".into(),
            respondent: r.respondent.clone(),
            file: r.file.clone(),
            score: 0.9,
            decided_respondent: r.respondent.clone(),
            decided_file: r.file.clone(),
        };
        let resident = private_response(&["Hulp voor kinderen."], &[""]);
        let c = Consultation {
            reattached_decisions: vec![reattached(&resident), reattached(&org)],
            responses: vec![resident, org],
            ..Consultation::default()
        };
        let public = public_head(&c, &Scrubber::for_consultation(&c));
        let shown: Vec<(&str, &str)> = public
            .reattached_decisions
            .iter()
            .map(|r| (r.respondent.as_str(), r.file.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Inwoner 1", "inwoner-1.txt"),
                ("Ouderenbond Veenmeer", "02-ouderenbond.txt")
            ]
        );
    }

    #[test]
    fn e_mail_addresses_written_against_harvesters_are_scrubbed() {
        let s = Scrubber::for_names(&[]);
        for text in [
            "Mailen kan ook: jwbakker at gmail dot com of via de site.",
            "Mailen kan ook: jw.bakker [at] ziggo [punt] nl of via de site.",
            "Mailen kan ook: jwbakker(at)gmail(dot)com of via de site.",
        ] {
            assert_eq!(
                s.scrub(text),
                "Mailen kan ook: [e-mailadres] of via de site.",
                "{text}"
            );
        }
        // Words that only look like it stay.
        let plain = "Kijk naar wat de punt is; at is Engels.";
        assert_eq!(s.scrub(plain), plain);
    }

    /// A decision whose point was reworded keeps its answer in the ledger
    /// and, published, loses the names its old text taught, as it did
    /// while attached (found in QA: the neighbour's name was published).
    #[test]
    fn an_orphaned_answer_goes_without_the_names_its_old_text_taught() {
        let resident = private_response(&["Hang het nummer van Veilig Thuis op."], &[""]);
        let orphan = OrphanedDecision {
            comment_id: "gone".into(),
            respondent: resident.respondent.clone(),
            text: "Mijn buurman Henk Jansen slaat zijn kinderen.".into(),
            status: crate::model::Status::Noted,
            answer: "Henk Jansen kan altijd bellen met Veilig Thuis.".into(),
            file: resident.file.clone(),
            ..OrphanedDecision::default()
        };
        let c = Consultation {
            orphaned_decisions: vec![orphan],
            responses: vec![resident],
            ..Consultation::default()
        };
        let public = public_head(&c, &Scrubber::for_consultation(&c));
        let shown = &public.orphaned_decisions[0];
        assert_eq!(shown.respondent, "Inwoner 1");
        for text in [&shown.text, &shown.answer] {
            assert!(!text.contains("Henk") && !text.contains("Jansen"), "{text}");
        }
        assert_eq!(shown.answer, "[naam] kan altijd bellen met Veilig Thuis.");
    }

    /// Entries of the inbox that are no submission's file (a folder, a
    /// link out of the inbox) are the working group's to fix: they stay out
    /// of `consultation.json` (and the memo, which lists the same
    /// problems), so their names, often a person's, are not published.
    #[test]
    fn problems_with_entries_that_are_no_response_are_not_published() {
        use crate::model::{Problem, ProblemKind};
        let mut unread = private_response(&[], &[]);
        unread.file = "brief-jan-de-vries.pdf".into();
        unread.private_person = false;
        unread.sender_unknown = true;
        unread.public_name = "Inzending 1".into();
        let problem = |kind, file: &str| Problem {
            kind,
            file: file.into(),
            message: format!("`{file}` could not be read"),
        };
        let c = Consultation {
            responses: vec![unread],
            problems: vec![
                problem(ProblemKind::Skipped, "responses/Reactie Jan de Vries"),
                problem(ProblemKind::Skipped, "responses/brief-karin-visser.txt"),
                problem(ProblemKind::Unreadable, "responses/Karin Visser.pdf"),
                problem(ProblemKind::Setup, "consultation.toml"),
                problem(ProblemKind::Scan, "responses/brief-jan-de-vries.pdf"),
                problem(ProblemKind::Corrupt, "drafts/02-definitief.pdf"),
            ],
            ..Consultation::default()
        };
        let public = public_head(&c, &Scrubber::for_consultation(&c));
        let files: Vec<&str> = public.problems.iter().map(|p| p.file.as_str()).collect();
        assert_eq!(
            files,
            ["responses/inzending-1.pdf", "drafts/02-definitief.pdf"]
        );
        let json = serde_json::to_string(&public).unwrap();
        for name in ["Jan", "Karin", "Visser", "Vries"] {
            assert!(!json.contains(name), "{name} in {json}");
        }
        let shown: Vec<&crate::model::Problem> = public_problems(&c).collect();
        assert_eq!(shown.len(), 2);
    }
}
