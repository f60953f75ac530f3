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
use crate::text::static_regex;

/// Name of the scrubbed texts kept in the cache folder ([`Fragments`]).
const KEPT: &str = "scrubbed";

/// What a kept text's key starts with besides the tool's stamp: changed
/// when texts are scrubbed differently.
const KEPT_SALT: &[u8] = b"scrubbed text 3";

/// Placeholder for a private person's name.
pub const NAME: &str = "[naam]";
/// Placeholder for a street address or postcode.
pub const ADDRESS: &str = "[adres]";
/// Placeholder for an e-mail address.
pub const EMAIL: &str = "[e-mailadres]";
/// Placeholder for a phone number.
pub const PHONE: &str = "[telefoonnummer]";

/// Dutch name particles (tussenvoegsels) and forms of address: never a name
/// part on their own, but removed together with the surname they precede.
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "du", "da",
    "di", "von", "vd", "v.d.",
];

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
    /// The parts that could arise from placeholders
    /// ([`could_come_from_placeholders`]): they matter for every text.
    always: Vec<usize>,
    /// Finds the parts in a text, overlapping ones too.
    finder: AhoCorasick,
    /// The pattern of every part, once made (`None` inside when the regex
    /// engine refuses one that large: small patterns then).
    all: OnceLock<Option<Regex>>,
    /// Patterns of sets of parts (indexes into `parts`).
    some: Mutex<HashMap<Vec<usize>, Option<Regex>>>,
}

/// How many small patterns are made before the big one is.
const SMALL_PATTERNS: usize = 32;

impl Names {
    /// The pattern removing the parts `found` (indexes, sorted, not empty).
    fn pattern(&self, found: &[usize]) -> Option<Regex> {
        if let Some(all) = self.all.get() {
            if all.is_some() {
                return all.clone();
            }
        }
        let Ok(mut some) = self.some.lock() else {
            return self.pattern_of(found);
        };
        if let Some(re) = some.get(found) {
            return re.clone();
        }
        if some.len() >= SMALL_PATTERNS {
            drop(some);
            let all = self.all.get_or_init(|| {
                let every: Vec<usize> = (0..self.parts.len()).collect();
                self.pattern_of(&every)
            });
            if all.is_some() {
                return all.clone();
            }
            return self.pattern_of(found);
        }
        let re = self.pattern_of(found);
        some.insert(found.to_vec(), re.clone());
        re
    }

    /// The pattern of the parts `found`.
    fn pattern_of(&self, found: &[usize]) -> Option<Regex> {
        // Parts with the same initials share one alternative, in the order
        // of their longest part (the parts are longest first).
        let mut groups: Vec<(&str, Vec<String>)> = Vec::new();
        for &i in found {
            let (Some(part), Some(initials)) = (self.parts.get(i), self.initials.get(i)) else {
                continue;
            };
            let escaped = any_capitals(part);
            match groups.iter_mut().find(|(g, _)| *g == initials.as_str()) {
                Some((_, parts)) => parts.push(escaped),
                None => groups.push((initials.as_str(), vec![escaped])),
            }
        }
        let particles: Vec<String> = PARTICLES.iter().map(|p| regex::escape(p)).collect();
        let particles = particles.join("|");
        // Particles before a name part go with it, and so does a given
        // name of the initials the part's names have, in any capitals
        // (`MARIEKE VAN DER LINDEN` of `M. van der Linden`).
        let alternatives: Vec<String> = groups
            .iter()
            .map(|(initials, parts)| {
                let given = if initials.is_empty() {
                    String::new()
                } else {
                    format!(r"(?:\b[{}]\p{{L}}+\s+)?", regex::escape(initials))
                };
                format!(
                    r"{given}(?:\b(?i:{particles})\s+)*\b(?:{})\b",
                    parts.join("|")
                )
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
        let lower: Vec<String> = parts.iter().map(|p| p.to_lowercase()).collect();
        let Ok(finder) = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&lower)
        else {
            return Scrubber::default();
        };
        let always = parts
            .iter()
            .enumerate()
            .filter(|(_, p)| could_come_from_placeholders(p))
            .map(|(i, _)| i)
            .collect();
        Scrubber {
            kept: None,
            names: Some(Arc::new(Names {
                parts,
                initials,
                always,
                finder,
                all: OnceLock::new(),
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
                    .find_overlapping_iter(&text.to_lowercase())
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

    /// [`Scrubber::scrub_as`] without the kept texts.
    fn scrub_now(&self, text: &str, private: bool) -> String {
        let text = email_re().replace_all(text, EMAIL);
        let text = phone_re().replace_all(&text, PHONE);
        let text = street_re().replace_all(&text, ADDRESS);
        let text = postcode_re().replace_all(&text, ADDRESS);
        // Third parties first: `mijn zoon Ruben van der Linden` is one
        // name, also when `van der Linden` is a private person's; their
        // words elsewhere last, so that a private person's name with one
        // of them in it goes whole (`MARIEKE VAN DER LINDEN`).
        let (text, learnt) = third_parties(&text, private);
        let text = self.remove_names(text);
        let text = remove_words(text, &learnt);
        if text.contains(NAME) {
            adjacent_names_re().replace_all(&text, NAME).into_owned()
        } else {
            text.into_owned()
        }
    }

    /// `text` with the private persons' names replaced by [`NAME`].
    fn remove_names<'t>(&self, text: Cow<'t, str>) -> Cow<'t, str> {
        let Some(names) = &self.names else {
            return text;
        };
        let mut found = Vec::new();
        self.find_parts(&text, &mut found);
        if found.is_empty() {
            return text;
        }
        found.sort_unstable();
        found.dedup();
        match names.pattern(&found) {
            Some(re) => Cow::Owned(re.replace_all(&text, NAME).into_owned()),
            None => text,
        }
    }
}

/// Whether a name part could occur in a text only through the placeholders
/// that [`Scrubber::scrub`] puts in before it removes names (see
/// [`Scrubber::name_parts`]).
pub fn could_come_from_placeholders(part: &str) -> bool {
    // Parts are found in any capitals (`Naam` in `[naam]`); one without a
    // bracket lies within a placeholder's word.
    let lower = part.to_lowercase();
    part.contains(['[', ']'])
        || [NAME, ADDRESS, EMAIL, PHONE]
            .iter()
            .any(|p| p.contains(lower.as_str()))
}

/// The consultation as published in `consultation.json`: private persons
/// named by their pseudonym only, and personal data removed from every text
/// that comes from a submission or quotes one.
pub fn public_view(c: &Consultation) -> Consultation {
    public_view_with(c, &Scrubber::for_consultation(c))
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
        problems: c
            .problems
            .iter()
            .filter(|p| p.kind.is_public())
            .cloned()
            .collect(),
        orphaned_decisions: c.orphaned_decisions.clone(),
        reattached_decisions: c.reattached_decisions.clone(),
        // About the working group's own file, and may name files.
        ledger_warnings: Vec::new(),
        settings_warnings: Vec::new(),
        date_warnings: Vec::new(),
    };
    for p in &mut out.problems {
        p.message = scrubber.scrub(&public_message_of(c, &p.file, &p.message));
        p.file = public_file_of(c, &p.file);
    }
    out.orphaned_decisions = c
        .orphaned_decisions
        .iter()
        .map(|o| public_orphan(c, scrubber, o))
        .collect();
    for r in &mut out.reattached_decisions {
        r.respondent = scrubber.scrub(&r.respondent);
        r.file = public_file_of(c, &r.file);
    }
    out
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
    out.text = scrubber.scrub(&o.text);
    out.answer = scrubber.scrub(&o.answer);
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
    if let Some(e) = &mut r.error {
        *e = scrubber.scrub_as(e, private);
    }
    for com in &mut r.comments {
        let original = std::mem::take(&mut com.text);
        com.text = scrubber.scrub_as(&original, private);
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
            q.text = scrubber.scrub_as(&q.text, private);
        }
        com.decision.answer = scrubber.scrub_as(&com.decision.answer, private);
        if let Some(s) = &mut com.decision.summary {
            *s = scrubber.scrub_as(s, private);
        }
    }
    r
}

/// The words (in lower case) of `original` that `scrubbed` no longer has.
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
        .filter(|w| !kept.contains(w))
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
    name.split_whitespace()
        .filter(|w| initial(w))
        .flat_map(|w| w.chars().filter(|c| c.is_uppercase()))
        .collect()
}

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
/// must not take `bakker`, nor `Groot` `groot`).
fn any_capitals(part: &str) -> String {
    part.split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(String::from).unwrap_or_default();
            let rest = chars.as_str();
            if first.chars().all(char::is_uppercase) {
                let rest = if rest.is_empty() {
                    String::new()
                } else {
                    format!("(?i:{})", regex::escape(rest))
                };
                format!("{}{rest}", regex::escape(&first))
            } else {
                format!("(?i:{})", regex::escape(word))
            }
        })
        .collect::<Vec<_>>()
        .join(r"\s+")
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

/// Forms of address (`mevrouw Bakker`, `dhr. P. Jansen`): a name right
/// after one is a person's in every letter.
const FORMS_OF_ADDRESS: &[&str] = &[
    "meneer", "mevrouw", "mevr.", "mevr", "mw.", "mw", "dhr.", "dhr", "heer",
];

/// Capitalised words that start no name after a relation word: the
/// organisations a letter of this field names (`mijn moeder Veilig Thuis
/// belde`), besides the common words of `data/general_words.txt`.
const NOT_A_NAME: &str = r"(?i)\b(?:veilig|thuis|stichting|gemeente|politie|ggd|ggz|jeugdzorg|jeugdbescherming|wijkteam|buurtteam|sociaal|zorg|raad|centrum|school|kerk|ziekenhuis|huisartsenpost|opvang|bureau|dienst|instelling|vereniging|afdeling|bank|team|regio|provincie|nederland)\b|(?i:team|raad|zorg|centrum|opvang|dienst)\b";

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
    let re = if private {
        relation_re()
    } else {
        address_form_re()
    };
    let mut learnt: Vec<String> = Vec::new();
    if !re.is_match(text) {
        return (Cow::Borrowed(text), learnt);
    }
    let not_a_name = not_a_name_re();
    let general = |w: &str| crate::link::topic::is_general_word(&w.to_lowercase());
    let particle = |w: &str| PARTICLES.contains(&w.to_lowercase().as_str());
    let out = re.replace_all(text, |c: &regex::Captures| {
        let (Some(before), Some(name)) = (c.name("before"), c.name("name")) else {
            return c[0].to_string();
        };
        let words: Vec<&str> = name
            .as_str()
            .split(|ch: char| ch.is_whitespace() || ch == '.')
            .filter(|w| !w.is_empty())
            .collect();
        // The first word that is not an initial or a particle.
        let first = words
            .iter()
            .find(|w| w.chars().filter(|ch| ch.is_alphabetic()).count() > 1 && !particle(w));
        let Some(first) = first else {
            return c[0].to_string();
        };
        // After initials or a capitalised particle a common word is a
        // surname all the same (`mevrouw De Wit`).
        let bare = name.as_str().starts_with(first);
        if (bare && general(first)) || not_a_name.is_match(name.as_str()) {
            return c[0].to_string();
        }
        learnt.extend(
            words
                .iter()
                .filter(|w| w.chars().count() >= 3 && !particle(w) && !general(w))
                .map(|w| w.to_string()),
        );
        format!("{}{NAME}", before.as_str())
    });
    learnt.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    learnt.dedup();
    (out, learnt)
}

/// `text` with `words` replaced by [`NAME`] wherever they are written
/// with their first letter capitalised ([`any_capitals`]).
fn remove_words<'t>(text: Cow<'t, str>, words: &[String]) -> Cow<'t, str> {
    if words.is_empty() {
        return text;
    }
    let words: Vec<String> = words.iter().map(|w| any_capitals(w)).collect();
    match Regex::new(&format!(r"\b(?:{})\b", words.join("|"))) {
        Ok(re) => Cow::Owned(re.replace_all(&text, NAME).into_owned()),
        Err(_) => text,
    }
}

/// Placeholders for names side by side (`zoon [naam] [naam]`, when a
/// third party's given name went before a private person's surname): one
/// name.
fn adjacent_names_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, r"\[naam\](?:\s+\[naam\])+")
}

/// A name, as [`third_parties`] reads it after a relation word or form of
/// address: initials, or a capitalised particle, or a capitalised word
/// first, then up to three more capitalised words with particles between.
fn name_pattern() -> String {
    let word = r"(?:\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{L}+)*|\p{Lu}{2,}(?:-\p{Lu}+)*)\b";
    let particle = r"(?:van|de|der|den|ter|ten|het|'t|von|la|le|du|da|di)";
    let leading = r"(?:Van|De|Den|Der|Ter|Ten|Von|La|Le|Du|Da|Di|VAN|DE|DEN|DER|TER|TEN)";
    let initials = r"(?:\p{Lu}\.\s?){1,4}";
    format!(
        r"(?:{initials}\s*(?:{particle}\s+)*{word}|{leading}\s+(?:{particle}\s+)*{word}|{word})(?:\s+(?:{particle}\s+)*{word}){{0,3}}"
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

fn relation_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let mut words = RELATIONS.to_vec();
        words.extend(FORMS_OF_ADDRESS);
        let pattern = format!(
            r"(?P<before>(?i:\b(?:{}))\s+)(?P<name>{})",
            alternatives(&words),
            name_pattern()
        );
        Regex::new(&pattern).expect(
            "built only from the program's word lists (escaped) and name_pattern, never from input: \
             a mistake fails every test that scrubs a third party",
        )
    })
}

fn address_form_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = format!(
            r"(?P<before>(?i:\b(?:{}))\s+)(?P<name>{})",
            alternatives(FORMS_OF_ADDRESS),
            name_pattern()
        );
        Regex::new(&pattern).expect(
            "built only from the program's forms of address (escaped) and name_pattern, never from \
             input: a mistake fails every test that scrubs a third party",
        )
    })
}

fn not_a_name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, NOT_A_NAME)
}

fn email_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
}

/// Dutch phone numbers: `06-12345678`, `071 123 45 67`, `+31 (0)6 1234 5678`,
/// `0031 71 1234567`: ten digits from the leading zero.
fn phone_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &RE,
        r"(?:(?:\+|\b00)31[\s.-]?(?:\(0\)[\s.-]?)?|\b0)\d(?:[\s.-]?\d){8}\b",
    )
}

/// A street name with a typical Dutch suffix followed by a house number
/// (`Lange Nieuwstraat 12a`, `Rijnsburgerweg 3-5`).
fn street_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &RE,
        r"(?:\b\p{Lu}[\p{L}'-]*\s+){0,2}\b\p{L}*(?:straat|laan|weg|plein|kade|gracht|singel|dijk|pad|steeg|hof|dreef|park|baan|ring|markt|wal|haven|plantsoen|oord|straatweg|allee|boulevard|dam|erf)\s+\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,4})?\b",
    )
}

/// Dutch postcodes: `2316 XB`, `2316XB`.
fn postcode_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_regex(&RE, r"\b[1-9]\d{3}\s?[A-Z]{2}\b")
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(first.names.as_ref().unwrap().all.get().is_some());
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
    fn leaves_ordinary_numbers_alone() {
        let s = Scrubber::default();
        let text =
            "In 2026 zijn 1200 meldingen gedaan; zie paragraaf 5.2 en pag. 13. Bel 0800-2000.";
        assert_eq!(s.scrub(text), text);
    }
}
