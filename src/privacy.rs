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

use std::sync::{Arc, OnceLock};

use regex::Regex;

use crate::model::{Consultation, Response};
use crate::text::static_regex;

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
    /// One pattern matching every private person's full name and name
    /// parts, with preceding initials and particles; `None` when there are
    /// no private persons.
    names: Option<Regex>,
    /// The bare name parts, a literal alternation the regex engine finds
    /// fast: a text without any of them skips `names` (whose word
    /// boundaries and optional prefixes make it slow on long texts).
    parts: Option<Regex>,
    /// The name parts `names` and `parts` are made of, longest first.
    name_parts: Arc<[String]>,
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
        let mut parts: Vec<String> = names.iter().flat_map(|n| name_parts(n)).collect();
        parts.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        parts.dedup();
        if parts.is_empty() {
            return Scrubber::default();
        }
        let alternatives: Vec<String> = parts.iter().map(|p| regex::escape(p)).collect();
        let particles: Vec<String> = PARTICLES.iter().map(|p| regex::escape(p)).collect();
        // Initials (`J.`, `J.P.`) and particles before a name part go with it.
        let pattern = format!(
            r"(?:\b(?:\p{{Lu}}\.\s?)+\s*)?(?:\b(?i:{})\s+)*\b(?:{})\b",
            particles.join("|"),
            alternatives.join("|")
        );
        Scrubber {
            names: Regex::new(&pattern).ok(),
            parts: Regex::new(&alternatives.join("|")).ok(),
            name_parts: parts.into(),
        }
    }

    /// The name parts this scrubber removes (the full names and their
    /// capitalised words), longest first.
    ///
    /// What [`Scrubber::scrub`] makes of a text depends on the names only
    /// through the parts that occur in the text once addresses, e-mail
    /// addresses and phone numbers are replaced: a part that occurs nowhere
    /// in it cannot match, and leaving it out of the pattern changes no
    /// match. Those replacements only insert the placeholders, whole, so a
    /// part that occurs after them but not in the original text contains
    /// `[` or `]`, or is made of the placeholders' lower-case letters and
    /// `-` alone ([`could_come_from_placeholders`]).
    pub fn name_parts(&self) -> &[String] {
        &self.name_parts
    }

    /// Whether the name patterns were made (they always are, short of a
    /// pattern too large for the regex engine). Without them no name is
    /// removed, whatever the parts.
    pub fn removes_names(&self) -> bool {
        self.names.is_some() && self.parts.is_some()
    }

    /// `text` with names, addresses, e-mail addresses and phone numbers
    /// replaced by placeholders.
    pub fn scrub(&self, text: &str) -> String {
        let text = email_re().replace_all(text, EMAIL);
        let text = phone_re().replace_all(&text, PHONE);
        let text = street_re().replace_all(&text, ADDRESS);
        let text = postcode_re().replace_all(&text, ADDRESS);
        let maybe_names = self.parts.as_ref().is_none_or(|p| p.is_match(&text));
        match &self.names {
            Some(re) if maybe_names => re.replace_all(&text, NAME).into_owned(),
            _ => text.into_owned(),
        }
    }
}

/// Whether a name part could occur in a text only through the placeholders
/// that [`Scrubber::scrub`] puts in before it removes names (see
/// [`Scrubber::name_parts`]).
pub fn could_come_from_placeholders(part: &str) -> bool {
    part.contains(['[', ']']) || part.chars().all(|c| c.is_ascii_lowercase() || c == '-')
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
        problems: c.problems.clone(),
        orphaned_decisions: c.orphaned_decisions.clone(),
        reattached_decisions: c.reattached_decisions.clone(),
        // About the working group's own file, and may name files.
        ledger_warnings: Vec::new(),
    };
    for p in &mut out.problems {
        p.message = scrubber.scrub(&p.message);
    }
    for o in &mut out.orphaned_decisions {
        o.respondent = scrubber.scrub(&o.respondent);
        o.text = scrubber.scrub(&o.text);
        o.answer = scrubber.scrub(&o.answer);
    }
    for r in &mut out.reattached_decisions {
        r.respondent = scrubber.scrub(&r.respondent);
    }
    out
}

/// One response as [`public_view_with`] publishes it.
pub fn public_response(r: &Response, scrubber: &Scrubber) -> Response {
    let mut r = r.clone();
    if r.private_person {
        r.respondent = r.public_name.clone();
        r.place = None;
    }
    if let Some(e) = &mut r.error {
        *e = scrubber.scrub(e);
    }
    for com in &mut r.comments {
        com.text = scrubber.scrub(&com.text);
        for q in &mut com.quotes {
            q.text = scrubber.scrub(&q.text);
        }
        com.decision.answer = scrubber.scrub(&com.decision.answer);
        if let Some(s) = &mut com.decision.summary {
            *s = scrubber.scrub(s);
        }
    }
    r
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
fn name_parts(name: &str) -> Vec<String> {
    let name = name.trim();
    let mut parts = Vec::new();
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for w in &words {
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
    fn placeholders_are_bracketed_lower_case_words() {
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
        assert!(could_come_from_placeholders("x]y"));
    }

    #[test]
    fn leaves_ordinary_numbers_alone() {
        let s = Scrubber::default();
        let text =
            "In 2026 zijn 1200 meldingen gedaan; zie paragraaf 5.2 en pag. 13. Bel 0800-2000.";
        assert_eq!(s.scrub(text), text);
    }
}
