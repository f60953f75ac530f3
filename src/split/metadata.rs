//! What a letter says about itself: its date and place, its signature,
//! the sending organisation or person, and the kind of respondent.

use chrono::NaiveDate;

use super::parts::{is_closing, is_furniture, is_header_line, word_count};
use super::Row;
use crate::model::RespondentKind;
use crate::text::StaticRegex;
use crate::text::DUTCH_MONTHS as MONTHS;

/// This module's regexes, for [`super::prepare`].
pub(super) const PATTERNS: &[&StaticRegex] = &[
    &DATE_IN_WORDS,
    &MEMBERS_HEADING,
    &DATE_NUMERIC,
    &DATE_SHORT_YEAR,
    &DATE_ISO,
    &DATE_ENGLISH,
    &DAY_AND_MONTH,
    &PLACE_AND_DATE,
    &OTHER_DATE_LABEL,
    &DATE_LABEL_AFTER,
    &FORM_SUBMITTED,
    &COUNCIL_MEETING,
    &FUNCTION_ONLY,
    &FUNCTION_BEFORE_NAME,
    &PUBLIC_OFFICE,
    &OFFICE_WORD,
    &ORGAN_OF,
    &BOARD_OF,
    &ORGANISATION_BOARD,
    &BARE_BOARD,
    &SENDING_BODY,
    &OFFICER,
    &ADDRESSEE,
    &ADDRESS,
    &STREET_LINE,
    &ORGANISATION_WORD,
    &BUSINESS_WORD,
    &SIGNING_ORGANISATION_WORD,
    &SPEAKS_AS_ORGANISATION,
    &ON_BEHALF_OF_NAMED,
    &SELF_DESIGNATION,
    &COUNCIL_DECIDING,
    &SELF_INTRODUCTION,
    &WRITES_AS_RESIDENT,
    &INLINE_CLOSING,
    &COLLEGE_OF,
    &COUNCIL_OF,
    &COUNCIL_AS_AUTHOR,
    &OTHER_COUNCIL_WORD,
    &MUNICIPALITY_LINE,
    &MUNICIPALITY_NAMED,
    &NL_DOMAIN,
    &CONTACT_DETAIL,
];

pub(super) fn month_number(m: &str) -> Option<u32> {
    let m = m.to_lowercase();
    let m = m.trim_end_matches('.');
    if m.len() < 3 {
        return None;
    }
    let abbrev = |full: &str| full.starts_with(m) || (m == "mrt" && full == "maart");
    MONTHS.iter().position(|f| abbrev(f)).map(|i| i as u32 + 1)
}

pub(super) static DATE_IN_WORDS: StaticRegex = StaticRegex::new(
    r"(?i)\b(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?\s+(\d{4})\b",
);

pub(super) static DATE_NUMERIC: StaticRegex =
    StaticRegex::new(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b");

/// A numeric date with a two-digit year (`16-10-'26`, `16-10-26`,
/// `16/10/'26`, `16.10.'26`): the same separator twice. With full stops
/// only when an apostrophe marks the year, as `3.2.12` is a section
/// number more often than a date.
pub(super) static DATE_SHORT_YEAR: StaticRegex = StaticRegex::new(
    r"\b(\d{1,2})(?:-(\d{1,2})-(['’]?\d{2})|/(\d{1,2})/(['’]?\d{2})|\.(\d{1,2})\.(['’]\d{2}))\b",
);

/// The year a two-digit year stands for: `'26` is 2026, `'85` 1985
/// (up to `'69` in this century, as POSIX reads `%y`).
fn full_year(short: &str) -> Option<i32> {
    let y: i32 = short.trim_start_matches(['\'', '’']).parse().ok()?;
    Some(if y <= 69 { 2000 + y } else { 1900 + y })
}

pub(super) static DATE_ISO: StaticRegex = StaticRegex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b");

/// English month names, for dates in English e-mail headers (`Sent:
/// Tuesday, October 13, 2026 8:12 PM`).
const ENGLISH_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(super) static DATE_ENGLISH: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+(\d{4})|(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b",
);

fn english_month(m: &str) -> Option<u32> {
    let m = m.to_lowercase();
    ENGLISH_MONTHS
        .iter()
        .position(|f| f.starts_with(m.as_str()) && m.len() >= 3)
        .map(|i| i as u32 + 1)
}

/// The first date in `t` and where it starts.
pub(super) fn date_in(t: &str) -> Option<(NaiveDate, usize)> {
    let words = DATE_IN_WORDS.get();
    let num = DATE_NUMERIC.get();
    let iso = DATE_ISO.get();
    let mut found: Vec<(NaiveDate, usize)> = Vec::new();
    if let Some(c) = words.captures(t) {
        let d = c[1].parse().ok();
        let m = month_number(&c[2]);
        let y = c[3].parse().ok();
        if let (Some(d), Some(m), Some(y)) = (d, m, y) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                found.push((date, c.get(0).map_or(0, |m| m.start())));
            }
        }
    }
    if let Some(c) = num.captures(t) {
        let (d, m, y) = (c[1].parse(), c[2].parse(), c[3].parse());
        if let (Ok(d), Ok(m), Ok(y)) = (d, m, y) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                found.push((date, c.get(0).map_or(0, |m| m.start())));
            }
        }
    }
    if let Some(c) = DATE_SHORT_YEAR.get().captures(t) {
        let (m, y) = match (c.get(2), c.get(4), c.get(6)) {
            (Some(m), _, _) => (m.as_str(), &c[3]),
            (None, Some(m), _) => (m.as_str(), &c[5]),
            (None, None, Some(m)) => (m.as_str(), &c[7]),
            _ => ("", ""),
        };
        if let (Ok(d), Ok(m), Some(y)) = (c[1].parse(), m.parse(), full_year(y)) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                found.push((date, c.get(0).map_or(0, |m| m.start())));
            }
        }
    }
    if let Some(c) = DATE_ENGLISH.get().captures(t) {
        let (d, m, y) = match (c.get(1), c.get(4)) {
            (Some(d), _) => (d.as_str(), &c[2], &c[3]),
            (None, Some(m)) => (&c[5], m.as_str(), &c[6]),
            _ => ("", "", ""),
        };
        if let (Ok(d), Some(m), Ok(y)) = (d.parse(), english_month(m), y.parse()) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                found.push((date, c.get(0).map_or(0, |m| m.start())));
            }
        }
    }
    if let Some(c) = iso.captures(t) {
        let (y, m, d) = (c[1].parse(), c[2].parse(), c[3].parse());
        if let (Ok(y), Ok(m), Ok(d)) = (y, m, d) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                found.push((date, c.get(0).map_or(0, |m| m.start())));
            }
        }
    }
    found.into_iter().min_by_key(|(_, at)| *at)
}

pub(super) static PLACE_AND_DATE: StaticRegex = StaticRegex::narrowed(
    r"^([A-Z][\p{L}'’.\-]+(?:[\s\-][A-Za-z][\p{L}'’.\-]+){0,3}),?\s+(?:(?:de|d\.d\.)\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)?\s*\d",
);

/// A letterhead line whose label names what the letter answers or is
/// about (`Uw brief van: 1 februari 2027`, `Onderwerp: zienswijze n.a.v.
/// de avond van 15 maart 2027`, `Betreft: concept d.d. 1 februari 2027`,
/// `Uw kenmerk`, `Ons kenmerk`, an e-mail's `Subject:`), or an e-mail's
/// addressing header (`Van:`, `From:`, `Aan:`, `Cc:`, whose names may
/// hold anything): a date in it is that of something else, not the
/// letter's own.
pub(super) static OTHER_DATE_LABEL: StaticRegex = StaticRegex::new(
    r"^(?i)\s*(?:(?:uw\s+(?:brief|schrijven|e-?mail|bericht|verzoek|kenmerk|referentie)|ons\s+kenmerk|kenmerk|onderwerp|betreft|inzake|subject)\b|(?:van|from|aan|to|cc|bcc)\s*:)",
);

/// Whether `t` is a line of [`OTHER_DATE_LABEL`].
fn names_other_date(t: &str) -> bool {
    OTHER_DATE_LABEL.get().is_match(t)
}

/// A `Datum` label further on in a line (a letterhead's columns read as
/// one line: `Ons kenmerk: GGD-2027-0456   Datum: 5 april 2027`): what
/// follows it is the letter's date.
pub(super) static DATE_LABEL_AFTER: StaticRegex =
    StaticRegex::new(r"(?i)\s(?:datum|date)\s*[:|\t]\s*");

/// A web form's field of when it was submitted (`Datum inzending:
/// 31-03-2027 23:58`, `Ingediend op: ...`, `Datum en tijd van indienen:
/// ...`): when the resident submitted, whenever the form's mail was sent.
pub(super) static FORM_SUBMITTED: StaticRegex = StaticRegex::new(
    r"^(?i)\s*(?:datum(?:\s+en\s+tijd)?\s+(?:van\s+)?(?:inzending|inzenden|indiening|indienen|verzending|verzenden)|(?:inzend|indienings?|verzend)datum|tijdstip\s+(?:van\s+)?(?:inzending|indiening|indienen)|ingediend\s+op|ingezonden\s+op|submitted(?:\s+on)?|submission\s+date|date\s+submitted)\s*:",
);

/// The date of a web form's submission field ([`FORM_SUBMITTED`]) among
/// the first `FORM_LINES` lines of `all`, where a form's fields are.
fn form_submitted_date(all: &[Row]) -> Option<NaiveDate> {
    all.iter().take(super::FORM_LINES).find_map(|r| {
        let t = r.text.trim();
        let m = FORM_SUBMITTED.get().find(t)?;
        date_in(&t[m.end()..]).map(|(d, _)| d)
    })
}

/// The letter's date and place: a date line (`Katwijk, 14 oktober 2026`,
/// `Datum: ...`, `Verzonden: ...`) in the head or signature, else the first
/// date near the top. A web form's submission field (`Datum inzending:`,
/// among its first lines) comes first, before an e-mail's `Date:`; a date in a line that names another
/// letter or the subject (`Uw brief van: ...`, `Onderwerp: ...`, see
/// [`OTHER_DATE_LABEL`]) only when there is no other.
pub(super) fn find_date(
    head: &[&Row],
    tail: &[&Row],
    all: &[Row],
) -> (Option<NaiveDate>, Option<String>) {
    if let Some(submitted) = form_submitted_date(all) {
        return (Some(submitted), None);
    }
    let place_re = &PLACE_AND_DATE;
    let candidates = head.iter().chain(tail.iter());
    let mut fallback = None;
    // When an e-mail was sent (`Verzonden:`, `Sent:`, `Date:`): the date
    // of a letter that has no date line of its own.
    let mut sent = None;
    // A date in a line naming another letter or the subject: the last
    // resort.
    let mut other = None;
    for r in candidates {
        let t = r.text.as_str();
        let Some((date, at)) = date_in(t) else {
            continue;
        };
        if names_other_date(t) {
            // A `Datum:` further on in the same line is the letter's.
            let own = DATE_LABEL_AFTER
                .get()
                .find(t)
                .and_then(|m| date_in(&t[m.end()..]))
                .filter(|(_, at)| *at == 0);
            if let Some((own, _)) = own {
                return (Some(own), None);
            }
            if !in_sentence(t, at) && !after_dd(t, at) {
                other.get_or_insert(date);
            }
            continue;
        }
        if let Some(c) = place_re.for_text(t).captures(t) {
            let place = c[1].trim().to_string();
            let lower = place.to_lowercase();
            if at < 60
                && !is_header_line(t)
                && !["datum", "den", "op"].contains(&lower.as_str())
                && !in_sentence(t, at)
            {
                return (Some(date), Some(place));
            }
        }
        if is_sent_header(t) {
            sent.get_or_insert(sent_date_in_dutch_time(t).unwrap_or(date));
            continue;
        }
        if is_header_line(t) || word_count(t) <= 6 && !in_sentence(t, at) {
            return (Some(date), None);
        }
        if !in_sentence(t, at) {
            fallback.get_or_insert(date);
        }
    }
    if sent.is_some() {
        return (sent, None);
    }
    if fallback.is_none() {
        // Near the top, only a line that is a date line (a date alone, a
        // place and date): a date in a sentence of the body (`Per 1
        // januari 2024 start ...`) is what the letter is about, not when
        // it was written.
        fallback = all.iter().take(15).find_map(|r| {
            let t = r.text.trim();
            if names_other_date(t) {
                return None;
            }
            let (date, at) = date_in(t)?;
            let place_line = at < 60 && place_re.for_text(t).is_match(t) && word_count(t) <= 10;
            ((word_count(t) <= 8 || place_line) && !in_sentence(t, at)).then_some(date)
        });
    }
    (
        fallback.or_else(|| council_meeting_date(all)).or(other),
        None,
    )
}

/// The meeting of a council that a decision, amendment or motion records
/// (`De raad van de gemeente X, in vergadering bijeen op 12 maart 2027,`,
/// `Vergadering van de gemeenteraad van X op 12 maart 2027`,
/// `Raadsvergadering: 8 oktober 2026`, `Aldus besloten in de openbare
/// vergadering van 8 oktober 2026`): the date that follows is the
/// document's own.
pub(super) static COUNCIL_MEETING: StaticRegex = StaticRegex::new(
    r"(?i)(?:\bin\s+(?:openbare\s+)?vergadering\s+bijeen\s+op|^\s*aldus\s+(?:besloten|vastgesteld)\s+(?:in\s+de\s+)?(?:openbare\s+)?(?:raads)?vergadering\s+(?:van|op)\s|^\s*(?:openbare\s+)?(?:raads)?vergadering\b[^.;:]{0,80}?\sop\s|^\s*(?:datum\s+)?(?:raads)?vergadering\s*:)\s*",
);

/// The date of a council's meeting ([`COUNCIL_MEETING`]) among the first
/// lines of `all`: the date of a motion or amendment that has no date line.
fn council_meeting_date(all: &[Row]) -> Option<NaiveDate> {
    all.iter().take(25).find_map(|r| {
        let t = r.text.trim();
        let m = COUNCIL_MEETING.get().find(t)?;
        date_in(&t[m.end()..])
            .filter(|&(_, at)| at <= 2)
            .map(|(d, _)| d)
    })
}

/// Whether the date at byte `at` of `t` follows `d.d.` (*de dato*: the
/// date of the document named before it, `concept-regiovisie d.d. 1
/// februari 2027`).
fn after_dd(t: &str, at: usize) -> bool {
    let before = t.get(..at).unwrap_or("").trim_end().to_lowercase();
    before.ends_with("d.d.") || before.ends_with(" dd")
}

/// The Dutch date of a sent header whose value is an RFC 2822 moment with
/// its zone (`Date: Mon, 2 Nov 2026 23:30:00 +0000`, as pasted from an
/// e-mail's source): 00:30 on 3 November in the Netherlands, which is the
/// day that counts against the deadline. `None` for any other form
/// (`Verzonden: maandag 2 november 2026 23:30` is already local time).
fn sent_date_in_dutch_time(t: &str) -> Option<NaiveDate> {
    let (_, value) = t.split_once(':')?;
    let sent = chrono::DateTime::parse_from_rfc2822(value.trim()).ok()?;
    Some(crate::extract::dutch_local_time(sent)?.date_naive())
}

/// An e-mail's header of when it was sent: `Verzonden:`, `Verstuurd:`,
/// `Sent:`, `Date:` (not a letter's own `Datum:`).
fn is_sent_header(t: &str) -> bool {
    t.split_once(':').is_some_and(|(name, _)| {
        matches!(
            name.trim().to_lowercase().as_str(),
            "verzonden" | "verstuurd" | "sent" | "date"
        )
    })
}

/// Words that put a date in a sentence (`per 1 januari`, `vanaf 3 mei`,
/// `de bijeenkomst van 12 maart`): a date after one of them is one the
/// text is about, not the letter's.
const DATE_IN_SENTENCE_BEFORE: &[&str] = &[
    "per",
    "op",
    "vanaf",
    "sinds",
    "tot",
    "voor",
    "vóór",
    "na",
    "van",
    "uiterlijk",
    "in",
    "tussen",
    "en",
    "t/m",
    "tm",
    "rond",
    "omstreeks",
    "medio",
    "begin",
    "eind",
    "sedert",
    "uit",
    "met",
    "gedurende",
    "om",
];

/// Whether the date at byte `at` of line `t` stands in a sentence: after
/// a word of [`DATE_IN_SENTENCE_BEFORE`], or with more than a few words
/// of a sentence before it.
pub(super) fn in_sentence(t: &str, at: usize) -> bool {
    let before = t.get(..at).unwrap_or("");
    let last = before.split_whitespace().last().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/')
            .to_lowercase()
    });
    let after_word = last.is_some_and(|w| DATE_IN_SENTENCE_BEFORE.contains(&w.as_str()));
    // `Datum: `, `Den Haag, `, `Verzonden: woensdag`: a few words at most.
    let long_lead = word_count(before) > 5 && !before.contains(':');
    after_word || long_lead
}

/// A day and a Dutch month without a year after them (`16 oktober`).
pub(super) static DAY_AND_MONTH: StaticRegex = StaticRegex::new(
    r"(?i)\b(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b\.?(\s*\d)?",
);

/// The date line of a letter whose date has no year (`Veenmeer, 16
/// oktober`, `Datum: 3 nov.`), in the head or signature: its day and
/// month, and the place before it. Only a line that is a date line (a
/// place and the date, a `Datum:` header or a line of at most six words)
/// counts: a day and month in a sentence (`de bijeenkomst van 3 oktober`)
/// or in a line naming another letter or the subject ([`OTHER_DATE_LABEL`])
/// is not the letter's date.
pub(super) fn find_date_without_year(
    head: &[&Row],
    tail: &[&Row],
) -> Option<(super::DayMonth, Option<String>)> {
    let re = DAY_AND_MONTH.get();
    head.iter().chain(tail.iter()).find_map(|r| {
        let t = r.text.trim();
        if names_other_date(t) {
            return None;
        }
        let c = re.captures(t)?;
        // A digit after the month is a year (or a time) this rule does not
        // read.
        if c.get(3).is_some() {
            return None;
        }
        let day: u32 = c[1].parse().ok()?;
        let month = month_number(&c[2])?;
        // Valid in some year (29 februari in a leap year).
        NaiveDate::from_ymd_opt(2024, month, day)?;
        let at = c.get(0).map_or(0, |m| m.start());
        let date = super::DayMonth { month, day };
        if let Some(p) = PLACE_AND_DATE.for_text(t).captures(t) {
            let place = p[1].trim().to_string();
            let lower = place.to_lowercase();
            if at < 60 && !is_header_line(t) && !["datum", "den", "op"].contains(&lower.as_str()) {
                return Some((date, Some(place)));
            }
        }
        (is_header_line(t) || word_count(t) <= 6).then_some((date, None))
    })
}

/// Who signed the letter.
#[derive(Debug, Default)]
pub(super) struct Signature {
    pub(super) organisation: Option<String>,
    pub(super) person: Option<String>,
    /// Signed on behalf of an organisation (`Namens deze,`, `namens het
    /// college`): the respondent is that organisation, not a private person.
    pub(super) on_behalf: bool,
    /// The organisation is one the signer is a member of (`lid Ouderenbond
    /// X`), not one the signer speaks for: see [`writes_for_self`].
    pub(super) member: bool,
    /// The organisation was named after the signer's function there
    /// (`medewerker Stichting X`, `Voorzitter Bewonersvereniging Y`): a
    /// person who signs with a job line may write for themselves (see
    /// [`writes_for_self`]).
    pub(super) function: bool,
    /// The organisation was read by a sign only a signature gives
    /// ([`signing_organisation_word`], a job title before it, a letter
    /// speaking for it: see [`organisation_signing`]), not by the words of
    /// [`kind_of`]: the letter is an organisation's all the same.
    pub(super) by_organisation: bool,
    /// A second person's name on the line right below the signer's
    /// (`Peter de Wit` / `Sandra Bakker`): they sign together when the
    /// letter says so ([`Signature::with_second_signer`]).
    pub(super) second: Option<String>,
}

impl Signature {
    /// The signer and the second person below them as a couple (`Peter de
    /// Wit en Sandra Bakker`) when the letter (`body`) writes as more than
    /// one (`wij`, `ons`) or names the second person: a line below a name
    /// that only looks like one (a place, `Hoek van Holland`) is left.
    pub(super) fn with_second_signer(&mut self, body: &str) {
        let (Some(first), Some(second)) = (&self.person, self.second.take()) else {
            return;
        };
        let lower = body.to_lowercase();
        let plural = lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "wij" | "we" | "ons" | "onze" | "our" | "us"));
        let named = second
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            .filter(|w| !is_particle(w))
            .any(|w| body.contains(w));
        if plural || named {
            self.person = Some(format!("{first} en {second}"));
        }
    }
}

/// `Sectorhoofd Jeugd, GGD Haaglanden` → (`Sectorhoofd Jeugd`, `GGD
/// Haaglanden`): a signature line whose part after its last comma names an
/// organisation (and no more than a function, `J. de Vries, griffier`),
/// and whose part before it does not (a job title, a department, the
/// signer's name).
pub(super) fn function_then_organisation(t: &str) -> Option<(&str, &str)> {
    let (first, org) = t.rsplit_once(',')?;
    let (first, org) = (first.trim(), org.trim());
    let named = organisation_word(org) || signing_organisation_word(org);
    (!first.is_empty()
        && named
        && !is_function_only(org)
        && !organisation_word(first)
        && !signing_organisation_word(first)
        && word_count(first) <= 6
        && word_count(org) <= 8)
        .then_some((first, org))
}

pub(super) static SIGNING_ORGANISATION_WORD: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:\w*(?:zorg|welzijn|onderwijs|jeugdhulp|hulpverlening|thuiszorg|woningcorporatie|corporatie|academie|hogeschool|universiteit|reclassering)|ggz|ggd)\b",
);

/// Words of an organisation's name as it signs (`GGZ Delfland`,
/// `Woonzorg Haaglanden`, `Lucas Onderwijs`), besides those of
/// [`organisation_word`]: read in a signature only, where a line naming
/// care, welfare or education is who signs, not what a subject line is
/// about (`Onderwerp: jeugdzorg`).
pub(super) fn signing_organisation_word(t: &str) -> bool {
    SIGNING_ORGANISATION_WORD.get().is_match(t)
}

pub(super) static SPEAKS_AS_ORGANISATION: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:namens\s+onze|(?:onze|ons)\s+(?:organisatie|organisaties|instelling|instellingen|stichting|vereniging|cliënten|clienten|medewerkers|professionals|hulpverleners|vrijwilligers|deelnemers|leerlingen|scholen|locaties|afdelingen|achterban|bestuur|directie|werkveld|leden|praktijk|teams))\b",
);

/// Whether a letter's body speaks as an organisation: the first person
/// plural with an organisation's nouns (`namens onze organisatie`, `onze
/// cliënten`, `onze medewerkers`), no more singular than plural.
pub(super) fn speaks_as_organisation(body: &str) -> bool {
    SPEAKS_AS_ORGANISATION.get().is_match(body) && !writes_for_self(body) && {
        let lower = body.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .collect();
        let count = |of: &[&str]| words.iter().filter(|w| of.contains(w)).count();
        count(&["ik", "mij", "me", "mijn", "m'n", "m’n"]) <= count(&["wij", "we", "ons", "onze"])
    }
}

/// Whether a letter's body writes in the first person plural (`wij`,
/// `ons`) and never in the singular (`ik`, `mijn`).
pub(super) fn writes_in_plural_only(body: &str) -> bool {
    let lower = body.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .collect();
    let count = |of: &[&str]| words.iter().filter(|w| of.contains(w)).count();
    count(&["ik", "mij", "me", "mijn", "m'n", "m’n"]) == 0
        && count(&["wij", "we", "ons", "onze"]) > 0
}

/// Whether the name under a letter that speaks as an organisation
/// ([`speaks_as_organisation`]) is the organisation's, not a person's: it
/// has no shape of a person's name (no initials, title or lower-case
/// particle or `en`), and either ends in the letter's `place` (`Humanitas
/// Den Haag` from `Den Haag, 8 mei`), has a capitalised article or
/// particle after its first word (`Humanitas Den Haag`, `Kwadraad De
/// Bilt`), or opens with an acronym (`ASVZ Zuid`).
pub(super) fn organisation_signing(name: &str, place: Option<&str>) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 || words.len() > 6 || name.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let person_shaped = words.iter().any(|w| {
        w.contains('.')
            || TITLES.contains(&w.to_lowercase().as_str())
            || w.chars().next().is_some_and(char::is_lowercase)
            || w.contains(['(', ')', '&'])
    });
    if person_shaped
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return false;
    }
    let in_place = place.is_some_and(|p| {
        let p = p.trim();
        !p.is_empty()
            && name.len() > p.len()
            && name
                .to_lowercase()
                .ends_with(&format!(" {}", p.to_lowercase()))
    });
    let capital_particle = words[1..].iter().any(|w| {
        matches!(
            *w,
            "Den" | "De" | "Het" | "Van" | "Ter" | "Ten" | "Aan" | "Op" | "In" | "Bij"
        )
    });
    let acronym = words[0].chars().count() >= 3
        && words[0].chars().count() <= 5
        && words[0].chars().all(|c| c.is_uppercase())
        && words[1..]
            .iter()
            .any(|w| w.chars().skip(1).any(char::is_lowercase));
    in_place || capital_particle || acronym
}

pub(super) fn read_signature(tail: &[&Row]) -> Signature {
    let mut sig = Signature::default();
    // The tail starts with the closing formula when there is one; a
    // signature without one (`Burgemeester en wethouders van X,`) starts
    // with the signing body itself.
    let skip = usize::from(tail.first().is_some_and(|r| is_closing(r.text.trim())));
    // A name on the closing's own line (`Met vriendelijke groet, Jan de
    // Vries`).
    if skip == 1 {
        sig.person = tail
            .first()
            .and_then(|r| inline_signature_at(r.text.trim()))
            .map(|(name, _)| name);
    }
    // The row the signer's name was read from (its index in `tail`): a
    // second person's name on the row right below it signs too.
    let mut person_row = sig.person.as_ref().map(|_| 0);
    // The last line read as nothing (no name, body or function), by its
    // index: a name in office below it may sign for it.
    let mut unread: Option<(usize, String)> = None;
    // The row of a job title right below the signer's name (`ir. B.
    // Koster` / `omgevingsmanager regio Merwestroom`), by its index: a
    // name of capitalised words right below it is the organisation they
    // sign for.
    let mut job_row: Option<usize> = None;
    let lines = signature_lines(tail);
    for (i, text) in lines.iter().enumerate().skip(skip).take(10) {
        // The list of the writer's members below the signature (`De
        // adviesraad bestaat uit:`, `Samenstelling adviesraad`, `Leden van
        // de adviesraad`, then their names): who the body is, not who
        // signs; the signature ends above it.
        if opens_member_list(&lines, i) {
            break;
        }
        let t = text.trim().trim_end_matches([',', '.']).trim();
        // `Karin Visser | 06-12345678`, `Karin Visser · Zwanenhof 14`:
        // what comes after a bar (a phone number, an address) is not who
        // signs.
        let t = name_with_contact(t).unwrap_or(t);
        let t = t.split(" | ").next().unwrap_or(t).trim();
        // A form's label (`Uw reactie:`, `Naam:`) names no one who signs,
        // nor does a line under a label (`Ingediend door: VVD, D66`, the
        // parties that moved a council's motion): a label is never part of
        // a name.
        // Nor does the addressee line of a letter set below it (`Aan de
        // werkgroep Regionale Mobiliteitsvisie`, `t.a.v. ...`): who the
        // next part is sent to never signs this one. (`De leden van de
        // Wmo-raad` under the closing do sign.)
        if t.is_empty()
            || t.ends_with(':')
            || is_header_line(t)
            || is_label_row(t)
            || is_furniture(t)
            || is_address(t)
            || is_addressee(t) && strip_prefix_ci(t, "de leden van").is_none()
        {
            continue;
        }
        let behalf = strip_prefix_ci(t, "mede namens ").or_else(|| strip_prefix_ci(t, "namens "));
        let t = behalf.map_or(t, str::trim);
        if behalf.is_some() {
            let lower = t.to_lowercase();
            if matches!(lower.as_str(), "deze" | "dezen" | "hen") {
                // `Autoriteit X, / Namens deze,`: the body named above is
                // who signs, whatever its words (a name of two capitalised
                // words was read as a person's).
                sig.on_behalf = true;
                if sig.organisation.is_none() {
                    sig.organisation = sig.person.take().map(|p| tidy_org(&p));
                }
                continue;
            }
            // `namens het college`, `Namens de Autoriteit X`: an
            // organisation (an article before a capitalised word, or an
            // organisation's word), not `namens de heer X` or `namens mijn
            // gezin`.
            let article = strip_prefix_ci(t, "de ").or_else(|| strip_prefix_ci(t, "het "));
            let named = article.is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
            if named || organisation_word(t) && !is_function_only(t) || board_of(t).is_some() {
                sig.on_behalf = true;
                if sig.organisation.is_none() {
                    sig.organisation = Some(if lower == "het college" {
                        "College van burgemeester en wethouders".to_string()
                    } else {
                        tidy_org(strip_function(strip_organ(t)))
                    });
                }
                continue;
            }
            // `namens het bestuur,` over the chair's name: the board of the
            // organisation the letter is from signs (its letterhead names
            // it), not a private person.
            if is_bare_board(t) {
                sig.on_behalf = true;
                continue;
            }
            // `Namens VluchtelingenWerk, team Regio X,` over `L. Sanders,
            // teamleider`: a name no organisation's word marks, but
            // signed for by someone in office, is the organisation's.
            if names_a_body(t) && signed_in_office_below(&lines, i) {
                sig.on_behalf = true;
                if sig.organisation.is_none() {
                    sig.organisation = Some(tidy_org(t));
                    sig.by_organisation = true;
                }
                continue;
            }
        }
        if is_function_only(t) {
            continue;
        }
        // `De Staatssecretaris van Volksgezondheid, Welzijn en Sport,`,
        // `De directeur-bestuurder van GGD Hollands Midden,`, `De
        // Kinderombudsman,`: signed in office; the office or the body it
        // serves signs, whatever comma its name has.
        if let Some(office) = office_signing(t, text.trim().ends_with(',')) {
            if sig.organisation.is_none() {
                sig.organisation = Some(office);
                sig.by_organisation = true;
            }
            continue;
        }
        // `Sectorhoofd Jeugd, GGD Haaglanden`, `S. el Amrani, GGD
        // Haaglanden`: a job title or the signer's name before the
        // organisation, after a comma; the organisation signs.
        if let Some((first, org)) = function_then_organisation(t) {
            if sig.organisation.is_none() {
                // A function in lower case before an organisation named
                // in lower case (`voorzitter vv Hofstede Boys`) is no part
                // of its name either.
                let named = strip_job(strip_function(org));
                sig.member = named.len() < org.len() && is_membership(org);
                // A job title before the comma under the signer's name
                // (`huisarts, Huisartsenpraktijk Zoeterhout`) is a job
                // line as much as one before the organisation is.
                sig.function = named.len() < org.len()
                    || sig.person.is_some() && !is_person_name(first) && !is_couple_name(first);
                sig.organisation = Some(tidy_org(named));
                sig.by_organisation = !organisation_word(named);
            }
            if sig.person.is_none() && is_person_name(first) {
                sig.person = Some(first.to_string());
            }
            continue;
        }
        // `Het bestuur van Buurtvereniging De Horst`: the organisation
        // whose body signs, as after `namens` above; the body's words are
        // no function of a person who signs.
        let board = board_of(t).is_some();
        let line = strip_organ(t);
        let t = strip_function(line);
        // Under the signer's name, a job written in lower case before
        // the organisation (`raadslid Oudewaard (VVD)`, `raadslid gemeente
        // Oudewaard`) is no part of its name either.
        let t = if sig.person.is_some() {
            strip_job(t)
        } else {
            t
        };
        if sig.organisation.is_none() && organisation_word(t) && word_count(t) <= 12 {
            sig.member = t.len() < line.len() && is_membership(line);
            sig.function = t.len() < line.len();
            sig.organisation = Some(tidy_org(t));
        } else if sig.organisation.is_none() && board {
            // `Het bestuur van KBO Zandveen`: an organisation by its board,
            // not by its words.
            sig.organisation = Some(tidy_org(t));
            sig.by_organisation = true;
        } else if sig.organisation.is_none()
            && sig.person.is_none()
            && signing_organisation_word(t)
            && word_count(t) <= 8
        {
            // `GGZ Delfland`, `Woonzorg Haaglanden`, `Lucas Onderwijs`.
            sig.organisation = Some(tidy_org(t));
            sig.by_organisation = true;
        } else if sig.person.is_none()
            && sig.organisation.is_none()
            && signs_in_office(text)
            && lines
                .iter()
                .skip(i + 1)
                .take(4)
                .any(|l| is_person_name(person_part(l.trim().trim_end_matches([',', '.']))))
        {
            // `De Autoriteit Persoonsgegevens,` over the name of who signs
            // for it: a body signing in office, not a person's name.
            sig.organisation = Some(tidy_org(t));
            sig.by_organisation = true;
        } else if sig.person.is_none() {
            // `Karin Visser, huisarts`, `Karin Visser (buurtbewoner)`,
            // `Karin Visser | 06-12345678`: the name without what is
            // written after it.
            let name = person_part(t);
            if is_person_name(name) || is_couple_name(name) {
                // `Rijnhart Bouw & Ontwikkeling` / `K. van Rijn, directeur`:
                // a name in office right below a line of capitalised words
                // that is no person's name (an `&` in it): the
                // organisation they sign for.
                let in_office = t
                    .rsplit_once(',')
                    .is_some_and(|(n, f)| n.trim() == name && is_function_only(f));
                let above = unread
                    .take()
                    .filter(|(at, _)| {
                        *at + 1 == i || lines[*at + 1..i].iter().all(|l| l.trim().is_empty())
                    })
                    .map(|(_, a)| a)
                    .filter(|a| company_name(a));
                if let Some(above) = above.filter(|_| in_office && sig.organisation.is_none()) {
                    sig.organisation = Some(tidy_org(&above));
                    sig.by_organisation = true;
                    sig.function = true;
                }
                // `A. Kuipers, coördinator SchuldHulpMaatje Aamerland`: the
                // officer's organisation after the name on the same line
                // signs, as it does on the line below (see [`officer_of`]).
                let officer = t
                    .split_once(',')
                    .filter(|(n, _)| n.trim() == name)
                    .and_then(|(_, f)| officer_of(f));
                if let Some(org) = officer.filter(|_| sig.organisation.is_none()) {
                    sig.organisation = Some(tidy_org(org));
                    sig.by_organisation = true;
                    sig.function = true;
                }
                sig.person = Some(name.to_string());
                person_row = Some(i);
            } else {
                unread = Some((i, t.to_string()));
            }
        } else if sig.organisation.is_none()
            && job_row.is_some_and(|j| j + 1 == i)
            && organisation_below_job(t)
            && !lines
                .get(i + 1)
                .is_some_and(|n| job_title_line(n.trim().trim_end_matches([',', '.'])))
        {
            // (A second signer's name over their own job title, `J. Jansen`
            // / `voorzitter` / `P. de Vries` / `secretaris`, is none.)
            // `ir. B. Koster` / `omgevingsmanager regio Merwestroom` /
            // `Rivierland Netwerken`: the organisation below the signer's
            // job title, though its name has no organisation's word.
            sig.organisation = Some(tidy_org(t));
            sig.by_organisation = true;
            sig.function = true;
            job_row = None;
        } else if let Some(org) = officer_of(line)
            .filter(|_| sig.organisation.is_none() && person_row.is_some_and(|p| p + 1 == i))
        {
            // `Jan-Willem Dijkhuis` / `voorzitter LTO Noord afdeling
            // Hunzestreek`: the officer's organisation on the line below
            // their name signs, though its name has no organisation's
            // word (a letter written `ik` stays the writer's: see
            // `Signature::function`).
            sig.organisation = Some(tidy_org(org));
            sig.by_organisation = true;
            sig.function = true;
            person_row = None;
        } else if sig.organisation.is_none() && person_row.is_some_and(|p| p + 1 == i) {
            if job_title_line(line) {
                job_row = Some(i);
            }
            // Two people signing one name a line (`Peter de Wit` /
            // `Sandra Bakker`): a couple, as `Peter de Wit en Sandra
            // Bakker` on one line is.
            // Not a name with a function after it (`H. de Boer,
            // directeur` below the organisation that signs).
            let name = person_part(t);
            // `Rijnhart Wonen` / `ir. M. de Graaf, directeur-bestuurder`:
            // a name in office below the line above it, which is then the
            // organisation they sign for, not a person (it has no
            // initials or title, and names no couple or family).
            let in_office = t
                .rsplit_once(',')
                .is_some_and(|(n, f)| n.trim() == name && is_function_only(f))
                && is_person_name(name);
            let above = sig.person.clone().unwrap_or_default();
            let organisation_above = !above.contains('.')
                && !above
                    .split_whitespace()
                    .any(|w| TITLES.contains(&w.to_lowercase().as_str()))
                && !is_couple_name(&above)
                && family_surname(&above).is_none()
                && above != name;
            if in_office && organisation_above {
                sig.organisation = Some(tidy_org(&above));
                sig.by_organisation = true;
                sig.function = true;
                sig.person = Some(name.to_string());
                person_row = None;
                continue;
            }
            if let Some(surname) = sig.person.as_deref().and_then(family_surname) {
                // `Fam. de Jong` over `Pieter en Marja de Jong`: the
                // family's members by name sign.
                let members = name == t && (is_couple_name(name) || is_person_name(name));
                if members
                    && name
                        .to_lowercase()
                        .ends_with(&format!(" {}", surname.to_lowercase()))
                {
                    sig.person = Some(name.to_string());
                }
            } else if let Some(first) = sig.person.as_deref().filter(|p| is_second_signer(p)) {
                if name == t && is_second_signer(name) && first != name {
                    sig.second = Some(name.to_string());
                }
            }
            person_row = None;
        }
    }
    // A letter signed by several bodies, each above its own signers (`De
    // gemeenteraad van A,` / `de griffier, ...` / `De gemeenteraad van
    // B,` / ...): all of them respond, not only the first.
    if let Some(first) = sig.organisation.as_deref() {
        let mut bodies = signing_bodies(&lines[skip..]);
        if bodies.len() < 2 {
            bodies = officers_bodies(&lines[skip..]);
        }
        if bodies.len() >= 2 && bodies[0].eq_ignore_ascii_case(first) {
            sig.organisation = Some(joint_name(&bodies));
        }
    }
    // A given name alone as the signature after the closing, on its line
    // (`Groetjes, Sanne`, `groet, ahmed`) or on the line below it: a
    // private person signing informally, when nothing else signs.
    if skip == 1 && sig.person.is_none() && sig.organisation.is_none() && !sig.on_behalf {
        let closing = tail.first().map(|r| r.text.trim()).unwrap_or("");
        // The words after the closing on its line (`Groetjes,` of
        // `Groetjes, Sanne`, `Gr` of `Gr Joris` and of `gr Emre Kaya`).
        let below = lines
            .iter()
            .skip(1)
            .map(|l| l.trim())
            .find(|l| !l.is_empty());
        sig.person = match name_after_closing(closing) {
            Some(name) => Some(name),
            None => below.and_then(|l| informal_name(l.trim_end_matches([',', '.']))),
        };
    }
    sig
}

/// Whether `t`, what follows `namens` on a signature line, may name a
/// body (`VluchtelingenWerk, team Regio X`, `LTO Noord`): capitalised, at
/// most [`BODY_NAME_WORDS`] words, no digits, and no person's, couple's or
/// household's name nor a function (`namens Jan de Vries`, `namens Fam.
/// Bos`, `namens de voorzitter`) before a comma or after it.
fn names_a_body(t: &str) -> bool {
    let t = t.trim();
    let parts: Vec<&str> = t.split(',').map(str::trim).collect();
    t.chars().next().is_some_and(char::is_uppercase)
        && word_count(t) <= BODY_NAME_WORDS
        && !t.chars().any(|c| c.is_ascii_digit())
        && !parts.iter().any(|p| {
            p.is_empty()
                || is_person_name(p)
                || is_couple_name(p)
                || is_household(p)
                || family_surname(p).is_some()
                || is_function_only(p)
        })
}

/// Most words of a body's name after `namens` (see [`names_a_body`]).
const BODY_NAME_WORDS: usize = 10;

/// Whether the signature's next line below line `i` signs in office: a
/// person's name with a function after a comma (`L. Sanders,
/// teamleider`). A member (`lid`) signs for no one.
fn signed_in_office_below(lines: &[String], i: usize) -> bool {
    lines
        .iter()
        .skip(i + 1)
        .map(|l| l.trim().trim_end_matches([',', '.']).trim())
        .find(|l| !l.is_empty())
        .and_then(|first| first.rsplit_once(','))
        .is_some_and(|(name, function)| {
            is_person_name(name.trim())
                && is_function_only(function)
                && !function.trim().eq_ignore_ascii_case("lid")
        })
}

/// The name after a closing on its line (`gr Emre Kaya`, `Groetjes,
/// Sanne`, `groetjes emre kaya`): all the words after the shortest start
/// of the line that closes a letter, read as [`informal_name`], not only
/// the last word (`Kaya` lost the given name).
fn name_after_closing(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..words.len()).find_map(|k| {
        if !is_closing(&words[..k].join(" ")) {
            return None;
        }
        informal_name(words[k..].join(" ").trim_end_matches(['.', ',', '!']))
    })
}

/// A surname after its particle typed in lower case (`groot` of `ria de
/// groot`), capitalised: letters (and hyphens) only, no word that
/// describes someone (`buurvrouw`).
fn surname(w: &str) -> Option<String> {
    let lower = w.to_lowercase();
    let mut chars = w.chars();
    let first = chars.next()?;
    let shaped = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && first.is_alphabetic();
    let names_no_one = crate::privacy::is_role_word(&lower)
        || SIGNS_NO_ONE.contains(&lower.as_str())
        || DESCRIBES_SOMEONE.contains(&lower.as_str());
    (shaped && !names_no_one).then(|| first.to_uppercase().chain(chars).collect())
}

/// The name an informal signature gives: a given name alone (see
/// [`given_name_alone`]), a person's name (`Emre Kaya`), or one typed in
/// lower case (`emre kaya`, `ria de groot`), each word a given name's
/// shape or a particle, capitalised as a name is.
fn informal_name(t: &str) -> Option<String> {
    let t = t.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.len() {
        0 => None,
        1 => given_name_alone(t),
        2..=4 if is_person_name(t) => Some(t.to_string()),
        2..=4 if t == t.to_lowercase() => {
            let named = words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let after_particle = i > 1 && is_particle(words[i - 1]);
                    if i > 0 && i + 1 < words.len() && is_particle(w) {
                        Some((*w).to_string())
                    } else if after_particle {
                        // A surname after its particle may be a word of
                        // the language (`de groot`, `van dijk`).
                        surname(w)
                    } else {
                        given_name_alone(w)
                    }
                })
                .collect::<Option<Vec<String>>>()?
                .join(" ");
            is_person_name(&named).then_some(named)
        }
        _ => None,
    }
}

/// A job title written under a signer's name (`omgevingsmanager regio
/// Merwestroom`, `Beleidsadviseur`): opening with a function's word
/// ([`FUNCTION_WORDS`], not `lid`: a member signs for no one), no more
/// than six words, no organisation's word.
fn job_title_line(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or("");
    is_function_only(first.trim_end_matches(','))
        && !first.eq_ignore_ascii_case("lid")
        && word_count(t) <= 6
        && !organisation_word(t)
        && !t.chars().any(|c| c.is_ascii_digit())
}

/// An organisation's name as it signs below a job title: two to six
/// words, the first capitalised, each capitalised or a joining word, no
/// digits, initials or sentence's end, no address.
fn organisation_below_job(t: &str) -> bool {
    let t = t.trim();
    capitalised_words(t, 6) && !t.contains('.') && !is_address(t)
}

pub(super) static OFFICER: StaticRegex = StaticRegex::new(
    r"(?i)^(?:voorzitter|voorzitster|vicevoorzitter|secretaris|penningmeester|bestuurslid|bestuurder|directeur(?:-bestuurder)?|coördinator|coordinator|\w*manager|teamleider)$",
);

/// `voorzitter LTO Noord afdeling Hunzestreek` → `LTO Noord afdeling
/// Hunzestreek`: an officer who speaks for a body ([`OFFICER`]: a chair,
/// secretary, treasurer, board member, director) before the name of the
/// organisation they serve, on one line, perhaps with `van` between; the
/// name has the shape of [`organisation_below_job`], though no
/// organisation's word. A bare office (`voorzitter`) names none.
fn officer_of(t: &str) -> Option<&str> {
    let (office, rest) = t.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim();
    let rest = strip_prefix_ci(rest, "van ").map_or(rest, str::trim);
    (OFFICER.get().is_match(office) && organisation_below_job(rest)).then_some(rest)
}

/// Words for a branch of an organisation inside its name (`LTO Noord
/// afdeling Hunzestreek`, `Vereniging X regio Y`): joining words of a name
/// like `van` and `de` ([`capitalised_words`], [`board_of`]).
const BRANCH_WORDS: [&str; 2] = ["afdeling", "regio"];

/// Two to `max` words, the first capitalised and each capitalised or a
/// joining word (`&`, `+`, `en`, `van`, `voor`, `de`, `het`, `in`) or a
/// word for a branch (`afdeling`, `regio`: `LTO Noord afdeling
/// Hunzestreek`), no digits and no sentence's end: the shape of an
/// organisation's name.
fn capitalised_words(t: &str, max: usize) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=max).contains(&words.len())
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with(['!', '?', ':', ','])
        && words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| {
            matches!(*w, "&" | "+" | "en" | "van" | "voor" | "de" | "het" | "in")
                || BRANCH_WORDS.contains(w)
                || w.chars().next().is_some_and(char::is_uppercase)
        })
}

/// A company's or organisation's name as it signs above its signer in
/// office (`Rijnhart Bouw & Ontwikkeling`): two to eight words, each
/// capitalised, an `&` or `+` or a lower-case joining word (`en`, `van`,
/// `voor`), no digits, no sentence's end, and no person's name.
pub(super) fn company_name(t: &str) -> bool {
    let t = t.trim();
    capitalised_words(t, 8) && !is_person_name(t) && !is_couple_name(t)
}

/// A line that gives a value under a label (`Ingediend door: VVD, D66`,
/// `Fractie: CDA`): one to three words, letters only, before a colon.
fn is_label_row(t: &str) -> bool {
    t.split_once(':').is_some_and(|(label, value)| {
        let label = label.trim();
        !value.trim().is_empty()
            && (1..=3).contains(&word_count(label))
            && label
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    })
}

/// The bodies that sign a letter block by block, in order: each a line
/// that names an organisation or a body signing in office (`De
/// gemeenteraad van Oudewaard,`, `Namens Stichting X,`, `GGD Hollands
/// Midden`), not a job line (`Voorzitter Stichting X`), right above a line
/// of who signs for it (a name, a function: `de griffier, mr. P. Jansen`,
/// `J. Jansen, voorzitter`). The same body named twice counts once.
fn signing_bodies(lines: &[String]) -> Vec<String> {
    let signer = |x: &str| {
        let x = x.trim().trim_end_matches([',', '.']).trim();
        let first = x.split(',').next().unwrap_or(x).trim();
        !x.is_empty()
            && (is_function_only(first)
                || is_person_name(person_part(x))
                || is_person_name(first)
                || FUNCTION_BEFORE_NAME.get().is_match(x) && !organisation_word(x))
    };
    let mut bodies: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate().take(40) {
        let t = line.trim().trim_end_matches([',', '.']).trim();
        let t = strip_prefix_ci(t, "mede namens ")
            .or_else(|| strip_prefix_ci(t, "namens "))
            .map_or(t, str::trim);
        if t.is_empty()
            || word_count(t) > 12
            || t.chars().any(|c| c.is_ascii_digit())
            || t.ends_with(':')
            || t.contains(['@', '|'])
            || is_header_line(t)
            || is_furniture(t)
            || is_address(t)
            || is_closing(t)
            || is_function_only(t)
            || is_function_only(t.split(',').next().unwrap_or(t))
            || is_person_name(person_part(t))
        {
            continue;
        }
        let Some(next) = lines[i + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
        else {
            break;
        };
        if !signer(next) {
            continue;
        }
        let body = match office_signing(t, true) {
            Some(office) if is_function_only(&office) => continue,
            Some(office) => office,
            None => {
                let named = strip_organ(t);
                if strip_function(named) != named
                    || !(organisation_word(named) || signing_organisation_word(named))
                {
                    continue;
                }
                tidy_org(named)
            }
        };
        add_body(&mut bodies, body);
    }
    bodies
}

/// `body` added to `bodies` unless one of them names it already: `Stichting
/// X` below `Namens het bestuur van Stichting X`, or `Secretariaat
/// Stichting X`, its words within another's.
fn add_body(bodies: &mut Vec<String>, body: String) {
    let words = format!(" {} ", body.to_lowercase());
    let known = bodies.iter().any(|b| {
        let b = format!(" {} ", b.to_lowercase());
        b.contains(&words) || words.contains(&b)
    });
    if !known {
        bodies.push(body);
    }
}

/// The organisations of people who each sign with their function there,
/// in order: `Jan de Boer, voorzitter Stichting A` / `Anne Visser,
/// voorzitter Stichting B`, or each function on the line below its name
/// (`Jan de Boer` / `voorzitter Stichting A`). Two or more are a letter of
/// those organisations together; one organisation named by all its
/// signers counts once.
fn officers_bodies(lines: &[String]) -> Vec<String> {
    let mut bodies: Vec<String> = Vec::new();
    let mut below_name = false;
    for line in lines.iter().take(40) {
        let t = line.trim().trim_end_matches([',', '.']).trim();
        if t.is_empty() {
            continue;
        }
        let with_name = function_then_organisation(t).filter(|(first, _)| is_person_name(first));
        let job = match with_name {
            Some((_, org)) => Some(org),
            None if below_name => Some(t),
            None => None,
        };
        below_name = with_name.is_none() && is_person_name(person_part(t));
        let Some(job) = job else {
            continue;
        };
        let named = strip_function(job);
        if named.len() < job.len() && organisation_word(named) {
            add_body(&mut bodies, tidy_org(named));
        }
    }
    bodies
}

/// The name of several bodies that respond together: `Gemeenteraden van
/// A, B en C` where each is `Gemeenteraad van` a place (also `Gemeente
/// A`, colleges, boards, other councils), else their names listed
/// (`Stichting A, Vereniging B en GGD C`).
pub(super) fn joint_name(bodies: &[String]) -> String {
    let list = |names: &[&str]| match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    };
    let words: Vec<Vec<&str>> = bodies
        .iter()
        .map(|b| b.split_whitespace().collect())
        .collect();
    let shortest = words.iter().map(Vec::len).min().unwrap_or(0);
    let common = (0..shortest)
        .take_while(|&k| words.iter().all(|w| w[k].eq_ignore_ascii_case(words[0][k])))
        .count();
    let plural = words[0].first().and_then(|head| {
        let lower = head.to_lowercase();
        let many = if let Some(s) = lower.strip_suffix("raad") {
            format!("{s}raden")
        } else if lower.ends_with("gemeente") {
            format!("{lower}n")
        } else if lower.ends_with("college") {
            format!("{lower}s")
        } else if let Some(s) = lower.strip_suffix("bestuur") {
            format!("{s}besturen")
        } else {
            return None;
        };
        let mut c = many.chars();
        let first = c.next()?;
        Some(first.to_uppercase().chain(c).collect::<String>())
    });
    match plural {
        Some(heads) if common >= 1 && words.iter().all(|w| w.len() > common) => {
            let rest: Vec<String> = words.iter().map(|w| w[common..].join(" ")).collect();
            let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
            let mid = words[0][1..common].join(" ");
            let head = if mid.is_empty() {
                heads
            } else {
                format!("{heads} {mid}")
            };
            format!("{head} {}", list(&rest))
        }
        _ => list(&bodies.iter().map(String::as_str).collect::<Vec<_>>()),
    }
}

/// Nouns that stand alone under a closing without naming anyone
/// (`Groeten, Bestuur`, `Met vriendelijke groet, Allen`).
const SIGNS_NO_ONE: &[&str] = &[
    "bestuur",
    "team",
    "directie",
    "secretariaat",
    "redactie",
    "allen",
    "iedereen",
    "allemaal",
    "familie",
    "fam",
    "buren",
    "bewoners",
    "leden",
    "ondergetekende",
    "ondergetekenden",
    "namens",
    "bijlage",
    "bijlagen",
    "inwoner",
    "inwoners",
    "bewoner",
    "buurtbewoner",
    "buurtbewoners",
];

/// A given name written alone as a signature (`Sanne`, `ahmed`,
/// `Jan-Willem`): one word of letters (a hyphen or apostrophe inside),
/// at least two of them, capitalised or all in lower case (as e-mails are
/// typed), that is no word of the language, organisation, role, function,
/// title or municipality. The name capitalised (`Ahmed`).
pub(super) fn given_name_alone(t: &str) -> Option<String> {
    let t = t.trim();
    let mut chars = t.chars();
    let first = chars.next()?;
    let lower = t.to_lowercase();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let shaped = first.is_alphabetic()
        && t.chars().next_back().is_some_and(char::is_alphabetic)
        && t.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && letters >= 2
        && (first.is_uppercase() && chars.clone().any(char::is_lowercase) || t == lower);
    let names_no_one = crate::link::topic::is_general_word(&lower)
        || crate::privacy::is_role_word(&lower)
        || SIGNS_NO_ONE.contains(&lower.as_str())
        || DESCRIBES_SOMEONE.contains(&lower.as_str())
        || TITLES.contains(&lower.as_str())
        || is_particle(&lower)
        || is_function_only(t)
        || organisation_word(t)
        || crate::link::topic::is_place_name(&lower);
    (shaped && !names_no_one).then(|| first.to_uppercase().chain(chars).collect())
}

/// The lines of a letter's tail, a name broken at a hyphen at a line's end
/// joined again as the extraction of a PDF joins one (`Marieke Smit-` +
/// `Kuipers` is `Marieke Smit-Kuipers`; `samen-` + `werking` is
/// `samenwerking`); a blank line between two lines keeps them apart.
fn signature_lines(tail: &[&Row]) -> Vec<String> {
    use crate::extract::dehyphen::{decide, Hyphen};
    let mut out: Vec<String> = Vec::with_capacity(tail.len());
    let mut joinable = false;
    for r in tail {
        let text = r.text.trim();
        let action = match out.last() {
            Some(prev) if joinable && !text.is_empty() && !r.set_off => {
                let prefix = prev.split_whitespace().next_back().unwrap_or("");
                let first = text.split_whitespace().next().unwrap_or("");
                decide(prefix, first, &Default::default())
            }
            _ => Hyphen::Leave,
        };
        match (action, out.last_mut()) {
            (Hyphen::Join, Some(prev)) => {
                prev.pop();
                prev.push_str(text);
            }
            (Hyphen::Keep, Some(prev)) => prev.push_str(text),
            _ => out.push(text.to_string()),
        }
        joinable = out.last().is_some_and(|l| l.ends_with('-'));
    }
    out
}

/// Whether a signature line below the signer's name names a second person
/// who signs (`Sandra Bakker`, `J.W. Çelik`), and the name above it a
/// first: a person's name that starts with initials or a given name, not
/// with a particle (`Den Haag`), a word of the language (`Hoek van
/// Holland`), a function or a word for a role or what someone is
/// (`Huisarts Zoeterhout`, `Moeder van Sem`, `Inwoner van X`).
fn is_second_signer(name: &str) -> bool {
    let Some(first) = name.split_whitespace().next() else {
        return false;
    };
    let lower = first.to_lowercase();
    let initials = first.ends_with('.') && first.chars().filter(|c| c.is_alphabetic()).count() <= 4;
    is_person_name(name)
        && !is_couple_name(name)
        && !organisation_word(name)
        && (initials
            || (!is_particle(&lower)
                && !TITLES.contains(&lower.as_str())
                && !crate::link::topic::is_general_word(&lower)
                && !crate::privacy::is_role_word(&lower)
                && !DESCRIBES_SOMEONE.contains(&lower.as_str())
                && !is_function_only(first)))
}

/// Words for what someone is that a writer may capitalise before where or
/// what of (`Ik ben Inwoner van Zoeterhout`, `Bewoner Kerkstraat`): no
/// given name.
const DESCRIBES_SOMEONE: &[&str] = &[
    "inwoner",
    "inwoonster",
    "bewoner",
    "bewoonster",
    "burger",
    "lid",
    "ouder",
    "eigenaar",
    "vrijwilliger",
    "vrijwilligster",
    "student",
    "studente",
    "leerling",
    "docent",
    "ervaringsdeskundige",
    "mantelzorger",
    "cliënt",
    "client",
    "oud-inwoner",
    "namens",
];

/// The name on a signature line without what follows it there: what
/// comes after a bar (`Karin Visser | 06-12345678`), a role in brackets (`Karin Visser (buurtbewoner)`) or after a comma in
/// lower case (`Karin Visser, huisarts`). A line with none of them is
/// returned whole.
pub(super) fn person_part(t: &str) -> &str {
    let t = t.split(" | ").next().unwrap_or(t).trim();
    if let Some(inner) = t.strip_suffix(')') {
        if let Some((name, bracket)) = inner.rsplit_once('(') {
            if is_role(bracket) {
                return name.trim();
            }
        }
    }
    match t.rsplit_once(',') {
        Some((name, after)) if is_role(after) => name.trim(),
        _ => t,
    }
}

/// A role written after a name in a signature (`huisarts`,
/// `buurtbewoner`, `moeder van Sem` is not: a capital): up to four words
/// in lower case.
fn is_role(r: &str) -> bool {
    let r = r.trim();
    !r.is_empty()
        && word_count(r) <= 4
        && r.chars().next().is_some_and(char::is_lowercase)
        && r.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// The surname of a family's signature (`de Jong` of `Fam. de Jong`,
/// `Familie de Jong`, `Gezin Yilmaz`).
pub(super) fn family_surname(name: &str) -> Option<&str> {
    let (first, rest) = name.trim().split_once(char::is_whitespace)?;
    let rest = rest.trim();
    (matches!(
        first.to_lowercase().as_str(),
        "fam." | "fam" | "familie" | "gezin"
    ) && !rest.is_empty())
    .then_some(rest)
}

/// A household's name as its letterhead or signature writes it (`Familie
/// Van den Berg`, `Fam. Jansen`, `Gezin Yilmaz`): private persons writing
/// together, no organisation.
pub(super) fn is_household(t: &str) -> bool {
    let t = t.trim();
    family_surname(t).is_some() && is_person_name(t)
}

/// A signature line without the job written before the organisation it
/// names, in lower case or by a job's word (`raadslid Oudewaard (VVD)` →
/// `Oudewaard (VVD)`, `huisarts bij Praktijk X` → `Praktijk X`, `Raadslid
/// gemeente Oudewaard` → `gemeente Oudewaard`): from the first word after
/// it that is capitalised or an organisation's (not an article). A line
/// with no such job is returned whole.
pub(super) fn strip_job(t: &str) -> &str {
    let t = t.trim();
    let first = t.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    // A capitalised job too, by its word: `Raadslid gemeente X`,
    // `Huisarts bij Praktijk X`, `Secretaris Stichting X`.
    let job = is_function_only(first)
        || crate::privacy::is_role_word(&lower)
        || lower.ends_with("lid") && lower.len() > 3;
    if !(job || first.chars().next().is_some_and(char::is_lowercase)) {
        return t;
    }
    if matches!(lower.as_str(), "de" | "het" | "een") || organisation_word(first) {
        return t;
    }
    let starts = t
        .char_indices()
        .filter(|&(i, _)| i == 0 || t[..i].ends_with(char::is_whitespace))
        .map(|(i, _)| i)
        .skip(1);
    for at in starts {
        let rest = &t[at..];
        let word = rest.split_whitespace().next().unwrap_or("");
        if matches!(
            word,
            "bij" | "van" | "voor" | "namens" | "de" | "het" | "en"
        ) {
            continue;
        }
        let named = word.chars().next().is_some_and(char::is_uppercase)
            || organisation_word(word)
            || opens_with_organisation_word(rest)
            || word.starts_with('(');
        if named {
            return if organisation_word(rest) { rest } else { t };
        }
        if !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            return t;
        }
    }
    t
}

/// `lid Ouderenbond X`, `Lid van de Vereniging Y`: membership written
/// before an organisation, no function in it.
fn is_membership(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let lower = lower.strip_prefix("het ").unwrap_or(&lower);
    lower.starts_with("lid ") || lower.starts_with("lid,")
}

pub(super) static ON_BEHALF_OF_NAMED: StaticRegex = StaticRegex::narrowed(
    r"(?i)\b(?:namens\s+(?:(?:de|het)\s+)?(?:(?:(?:ruim|circa|bijna|ongeveer|meer\s+dan|alle)\s+)?(?:\d[\d.]*\s+)?(?:leden|bestuur|achterban)\s+van\s+(?:(?:de|het)\s+)?)?((?-i:\p{Lu})[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}?)(?:\s*,[^,.;:!?\n]{1,60},)?\s+(?:sturen|geven|bieden|zenden|stellen|reageren|brengen|dienen|delen|willen|vragen|hebben)\s+(?:wij|we)|on\s+behalf\s+of\s+(?:the\s+)?((?-i:\p{Lu})[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}?)\s+we\s+(?:submit|send|give|offer|present|share|respond))\b",
);

/// The organisation a letter's body writes for by name (`Namens
/// Jeugdbescherming west sturen wij u onze reactie`, in English `On behalf
/// of Child Rights International we submit ...`): a capitalised name after
/// `namens` (or an article, `namens de Adviesraad X`, `on behalf of the
/// International Parents Network X`, the article left out of the name),
/// perhaps a part of it set off by commas (`Namens X, team Y, reageren
/// wij`: the name is X's), then a verb in the first person plural. Its
/// members or board before it (`Namens de ruim 450 leden van X geven wij`,
/// `namens het bestuur van X`) speak as X.
pub(super) fn on_behalf_of_named(body: &str) -> Option<String> {
    ON_BEHALF_OF_NAMED
        .for_text(body)
        .captures(body)
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
        .map(|m| m.as_str().trim().to_string())
}

/// Whether `org`, a signature's organisation, is a part of the
/// organisation `name` that sends on its behalf: `name` after words for a
/// part of a body only (`Secretariaat X`, `het bestuur van X`, `Afdeling
/// communicatie X` is not: `communicatie` is no such word).
pub(super) fn part_of(org: &str, name: &str) -> bool {
    const PARTS: &[&str] = &[
        "secretariaat",
        "ambtelijk",
        "bestuur",
        "dagelijks",
        "directie",
        "bureau",
        "staf",
        "afdeling",
        "team",
        "redactie",
        "management",
        "managementteam",
        "het",
        "de",
        "van",
        "secretariat",
        "office",
        "board",
        "of",
        "the",
    ];
    let (org, name) = (org.trim().to_lowercase(), name.trim().to_lowercase());
    let Some(before) = org.strip_suffix(&name) else {
        return false;
    };
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && words.iter().all(|w| PARTS.contains(w))
}

/// Whether a letter's body is written by one person for themselves: more
/// first-person singular (`ik`, `mijn`) than plural (`wij`, `onze`), and
/// nothing that speaks for a body (`namens`, `het bestuur`, `onze
/// leden`). An organisation's letter says `wij`; a member who signs `lid
/// Ouderenbond X` and writes `ik` writes as a resident.
pub(super) fn writes_for_self(body: &str) -> bool {
    let lower = body.to_lowercase();
    // Dots inside a word keep it whole: the `i` of the Dutch `i.v.m.`,
    // `i.p.v.` is no English `I`.
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let count = |of: &[&str]| words.iter().filter(|w| of.contains(w)).count();
    // Dutch, and English for a letter written in English.
    let singular = count(&["ik", "mij", "me", "mijn", "m'n", "m’n", "i", "my"]);
    let plural = count(&["wij", "we", "ons", "onze", "us", "our"]);
    let speaks_for = [
        "namens",
        "on behalf of",
        "het bestuur",
        "ons bestuur",
        "onze leden",
        "de leden",
    ]
    .iter()
    .any(|w| lower.contains(w));
    singular > plural && !speaks_for
}

pub(super) static WRITES_AS_RESIDENT: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:(?:als|op)\s+(?:(?:(?:gewone|bezorgde)\s+)?(?:inwoner|inwoonster|bewoner|bewoonster|buurtbewoner|burger|moeder|vader|ouder|oma|opa|mantelzorger|particulier|privépersoon|privepersoon|ervaringsdeskundige|slachtoffer)|persoonlijke\s+titel)|(?:mijn|m'n|m’n)\s+(?:dochter|dochtertje|zoon|zoontje|kind|kinderen|man|vrouw|partner|echtgeno(?:ot|te)|ex|moeder|vader|ouders|broer|zus|kleinkind|kleinkinderen|schoonmoeder|schoonvader))\b",
);

/// Whether a letter's body says its writer writes as a private person:
/// `als inwoner`, `als moeder`, `als mantelzorger`, `op persoonlijke
/// titel`, or of their own family (`mijn dochter`, `mijn man`). With the
/// first person singular ([`writes_for_self`]) such a writer is a
/// resident, whatever job line signs below their name.
pub(super) fn writes_as_resident(body: &str) -> bool {
    WRITES_AS_RESIDENT.get().is_match(body)
}

pub(super) static INLINE_CLOSING: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:met\s+(?:vriendelijke|hartelijke|beste|collegiale|respectvolle)\s+groet(?:en|jes)?|(?:vriendelijke|hartelijke)\s+groet(?:en|jes)?|hoogachtend|groet(?:en|jes)?|m\.?v\.?g\.?)\b",
);

/// The sender of a letter written as one paragraph, its closing and
/// signature in the body's last sentence (`... had niks door. Met
/// vriendelijke groet, Gerrit Mulder, Kanaalweg 9, Zoeterhout`): the person
/// named right after the last closing formula of `body`, when what follows
/// the formula is no more than a signature (at most twelve words, a name
/// first, then perhaps an address and place).
///
/// With the name, the byte offset in `body` where the closing formula
/// starts: the closing and signature are no part of the comment.
pub(super) fn inline_signature_at(body: &str) -> Option<(String, usize)> {
    let last = INLINE_CLOSING.get().find_iter(body).last()?;
    let rest = body[last.end()..]
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':')
        .trim_end_matches(|c: char| c.is_whitespace() || c == '.' || c == ',');
    if rest.is_empty() || word_count(rest) > 12 || rest.contains(['!', '?']) {
        return None;
    }
    let name = rest.split([',', ';']).next()?.trim();
    if is_person_name(name) && !is_address(name) {
        return Some((name.to_string(), last.start()));
    }
    // A given name alone ends the body (`... doen hoor 👍 groetjes Priya`),
    // after a closing that opens a sentence of its own: one capitalised,
    // or one after a sentence's end, an emoticon or an emoji, or one that
    // is only ever a closing (`groetjes`, `met vriendelijke groet`, not a
    // bare `groet(en)`: `... doe ze de groeten Sanne`, the greeting passed
    // on, stays).
    let before = body[..last.start()].trim_end();
    let bare = matches!(last.as_str().to_lowercase().as_str(), "groet" | "groeten");
    let opens = before.is_empty()
        || !bare
        || last.as_str().starts_with(char::is_uppercase)
        || before
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_alphanumeric() && c != ',');
    let given = (rest == name && opens)
        .then(|| given_name_alone(name))
        .flatten()?;
    Some((given, last.start()))
}

/// Where a closing formula that ends the body starts (`... dat vind ik
/// echt. Met vriendelijke groet,` with the name on the next line, read as
/// the signature): after a sentence's end, followed by no more than a
/// comma. `... doe ze de groeten.` ends a sentence, no letter.
pub(super) fn trailing_closing_at(body: &str) -> Option<usize> {
    let last = INLINE_CLOSING.get().find_iter(body).last()?;
    let after = body[last.end()..].trim_matches(|c: char| c.is_whitespace() || c == ',');
    let before = body[..last.start()].trim_end();
    (after.is_empty() && (before.is_empty() || before.ends_with(['.', '!', '?'])))
        .then_some(last.start())
}

/// Where a closing formula that a line break split starts in `body`: its
/// first words end the body's last line (`... signalen herkennen.
/// Hartelijke`, `... Met`) and the rest opens the closing's line `next`
/// (`groeten, Karel de Wit`, `vriendelijke groet,`). Only after a sentence's
/// end, as for [`trailing_closing_at`].
pub(super) fn split_closing_at(body: &str, next: &str) -> Option<usize> {
    let body = body.trim_end();
    let joined = format!("{body} {}", next.trim_start());
    let m = INLINE_CLOSING
        .get()
        .find_iter(&joined)
        .find(|m| m.start() < body.len() && m.end() > body.len() + 1)?;
    let before = body.get(..m.start())?.trim_end();
    (before.is_empty() || before.ends_with(['.', '!', '?'])).then_some(m.start())
}

/// Words for the function of someone who signs a letter (also a police
/// team's or fire service's: `teamchef`, `districtschef`, `commandant`).
pub(super) const FUNCTION_WORDS: &str = r"secretaris|burgemeester|voorzitter|voorzitster|medewerker|medewerkster|adviseur|teamleider|bestuurslid|vicevoorzitter|griffier|directeur(?:-bestuurder)?|bestuurder|wethouder|penningmeester|\w*coördinator|\w*coordinator|\w*manager|beleidsmedewerker|beleidsadviseur|projectleider|\w*chef|commandant|wijkagent|lid";

pub(super) static FUNCTION_ONLY: StaticRegex = StaticRegex::built(|| {
    format!(
        r"(?i)^(?:(?:de|het|en|,|\s|algemeen|waarnemend|plaatsvervangend|interim)*(?:{FUNCTION_WORDS}))+[\s,]*$"
    )
});

/// A line that names only functions (`de secretaris, de burgemeester`,
/// `algemeen directeur`, `waarnemend voorzitter`), not who signs.
pub(super) fn is_function_only(t: &str) -> bool {
    FUNCTION_ONLY.get().is_match(t.trim())
}

/// Public offices whose holder signs for the body they serve, besides
/// [`FUNCTION_WORDS`]: ministers, aldermen, ombudsmen, inspectors.
const PUBLIC_OFFICES: &str = r"minister|staatssecretaris|burgemeester|wethouder|gedeputeerde|portefeuillehouder|commissaris|dijkgraaf|\w*ombudsman|\w*ombudsvrouw|ombudsfunctionaris|inspecteur-generaal|directeur-generaal|secretaris-generaal|procureur-generaal|korpschef|hoofdcommissaris|president";

pub(super) static PUBLIC_OFFICE: StaticRegex =
    StaticRegex::built(|| format!(r"(?i)^(?:{PUBLIC_OFFICES})$"));

/// A function or office a letter may be signed in ([`FUNCTION_WORDS`],
/// [`PUBLIC_OFFICES`]).
pub(super) static OFFICE_WORD: StaticRegex =
    StaticRegex::built(|| format!(r"(?i)^(?:{PUBLIC_OFFICES}|{FUNCTION_WORDS})$"));

/// The office a letter is signed in, as public bodies sign above the
/// holder's name: `De Staatssecretaris van Volksgezondheid, Welzijn en
/// Sport` (a minister's or state secretary's portfolio is no body: the
/// office signs, `Staatssecretaris van ...`), `De wethouder Jeugd en Zorg
/// van de gemeente Katwijk` (the portfolio after the office is no body's
/// name: `Gemeente Katwijk`), `De directeur-bestuurder van GGD Hollands
/// Midden` (`GGD Hollands Midden`), `De burgemeester van Katwijk`
/// (`Burgemeester van Katwijk`), `De Kinderombudsman`, `De Nationale
/// ombudsman` (the office is the body). The line (`t`) opens with an
/// article or ends in a comma (`signed_with_comma`), the form of a
/// signature in office; without either only a public office
/// ([`PUBLIC_OFFICES`]) of a body (`Burgemeester van Katwijk`) is read:
/// `Voorzitter Bewonersvereniging Y` or `medewerker van Stichting X` is
/// someone's job line, read by [`strip_function`]. A name after a last
/// comma (`De voorzitter van Stichting X, J. Jansen`) is not the body's.
pub(super) fn office_signing(t: &str, signed_with_comma: bool) -> Option<String> {
    let t = t.trim().trim_end_matches([',', '.']).trim();
    let t = match t.rsplit_once(',') {
        Some((before, name)) if is_person_name(name.trim()) => before.trim(),
        _ => t,
    };
    let bare = strip_prefix_ci(t, "de ").or_else(|| strip_prefix_ci(t, "het "));
    let article = bare.is_some();
    let rest = bare.unwrap_or(t).trim();
    let (head, body) = match rest.split_once(" van ") {
        Some((head, body)) => (head, Some(body.trim())),
        None => (rest, None),
    };
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let words: Vec<&str> = head.split_whitespace().collect();
    // A membership (`lid van ...`) is no office: a member signs for
    // themself.
    let at = words.iter().position(|w| {
        let w = w.trim_end_matches(',');
        OFFICE_WORD.get().is_match(w) && !w.eq_ignore_ascii_case("lid")
    })?;
    let office = words[at].to_lowercase();
    let public = PUBLIC_OFFICE.get().is_match(&office);
    // `De Nationale ombudsman`: an adjective or two before the office.
    let before = &words[..at];
    if before.len() > 2 || !before.is_empty() && !article || !before.iter().all(|w| capitalised(w))
    {
        return None;
    }
    // `De wethouder Jeugd en Zorg van ...`, `De minister voor Langdurige
    // Zorg en Sport`: a portfolio, of an office that holds one.
    let portfolio = &words[at + 1..];
    let holds_portfolio = matches!(
        office.as_str(),
        "wethouder" | "gedeputeerde" | "portefeuillehouder" | "minister" | "staatssecretaris"
    );
    let portfolio_word = |w: &&str| capitalised(w) || matches!(*w, "en" | "&" | "voor" | "," | "-");
    let portfolio_held =
        holds_portfolio && portfolio.len() <= 8 && portfolio.iter().all(portfolio_word);
    // `De directeur publieke gezondheid van GGD X`, `De secretaris
    // algemeen bestuur van Stichting X`: an office named in full, its
    // words after the office word in lower case, of the organisation
    // after `van`.
    let of_organisation =
        body.is_some_and(|b| organisation_word(b) || signing_organisation_word(b));
    let office_named_in_full = of_organisation
        && portfolio.len() <= 4
        && portfolio
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    if !(portfolio.is_empty() || portfolio_held || office_named_in_full) {
        return None;
    }
    let in_office = article || signed_with_comma;
    if !(in_office || public && body.is_some()) || word_count(t) > 14 {
        return None;
    }
    if body.is_some_and(|b| b.is_empty() || !b.chars().any(char::is_uppercase)) {
        return None;
    }
    let ministerial = matches!(office.as_str(), "minister" | "staatssecretaris");
    match body {
        // `De voorzitter van de Raad van Bestuur van Alrijne Zorggroep`:
        // the organisation whose board the office serves.
        Some(b) if !ministerial && (organisation_word(b) || signing_organisation_word(b)) => {
            Some(tidy_org(strip_organ(b)))
        }
        _ => Some(tidy_org(rest)),
    }
}

/// A signature line in the form a body signs in office above the name of
/// who signs for it: an article, a capitalised word, a comma at its end
/// (`De Autoriteit Persoonsgegevens,`, `Het Nibud,`).
pub(super) fn signs_in_office(line: &str) -> bool {
    let line = line.trim();
    let Some(t) = line.strip_suffix(',') else {
        return false;
    };
    let Some(rest) = strip_prefix_ci(t, "de ").or_else(|| strip_prefix_ci(t, "het ")) else {
        return false;
    };
    rest.chars().next().is_some_and(char::is_uppercase)
        && !rest.contains(',')
        && (1..=8).contains(&word_count(rest))
        && !rest.chars().any(|c| c.is_ascii_digit())
}

pub(super) static FUNCTION_BEFORE_NAME: StaticRegex = StaticRegex::built(|| {
    format!(
        r"(?i)^(?:(?:de|het)\s+)?(?:{FUNCTION_WORDS})\s+(?:van\s+(?:(?:de|het)\s+)?)?((?-i:\p{{Lu}}).*)$"
    )
});

/// `directeur-bestuurder Stichting X` → `Stichting X`: a function written
/// before the organisation it serves.
pub(super) fn strip_function(t: &str) -> &str {
    match FUNCTION_BEFORE_NAME.get().captures(t.trim()) {
        // Only when what follows still names an organisation: `Voorzitter
        // Adviesraad Sociaal Domein` → `Adviesraad Sociaal Domein`, but
        // `Burgemeester en wethouders van X` stays whole.
        Some(c) if c.get(1).is_some_and(|m| organisation_word(m.as_str())) => {
            c.get(1).map_or(t, |m| m.as_str())
        }
        _ => t,
    }
}

/// A body of an organisation before its name: `het bestuur van`, `de
/// directie van`, `de leden van`, `het college van`; a board or management
/// also without `van` (`bestuur Vereniging X`, `Directie Stichting Y`).
pub(super) static ORGAN_OF: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:de|het)\s+)?(?:(?:dagelijks|algemeen)\s+)?(?:(?:bestuur|college|directie|leden|ledenraad|raad van bestuur|raad van toezicht|medewerkers)\s+van|bestuur|directie)\s+(?:(?:de|het)\s+)?((?-i:\p{Lu}).*)$",
);

/// `het bestuur van Stichting X` → `Stichting X`: the organisation whose
/// body (see [`ORGAN_OF`]) signs, when what follows names an organisation;
/// `het college van burgemeester en wethouders van X` stays whole.
pub(super) fn strip_organ(t: &str) -> &str {
    let Some(rest) = ORGAN_OF.get().captures(t.trim()).and_then(|c| c.get(1)) else {
        return t;
    };
    let rest = rest.as_str();
    if !names_a_college(rest)
        && (organisation_word(rest) || signing_organisation_word(rest) || board_of(t).is_some())
    {
        rest
    } else {
        t
    }
}

/// A board or management of an organisation before its name (`het
/// bestuur van`, `de directie van`, `de raad van toezicht van`).
pub(super) static BOARD_OF: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:de|het)\s+)?(?:(?:dagelijks|algemeen)\s+)?(?:bestuur|directie|raad van bestuur|raad van toezicht)\s+van\s+(?:(?:de|het)\s+)?((?-i:\p{Lu}).*)$",
);

/// `Het bestuur van KBO Zandveen` → `KBO Zandveen`: only an organisation
/// has a board (see [`BOARD_OF`]), so the name after it is one whatever
/// its words (an acronym and a place, `KBO Zandveen`, `FNV Lek`, `ZLTO
/// Zandveen`): a name of capitalised words (particles and `en` between
/// them), no digits, no council's college (`het bestuur van Burgemeester
/// ...` is none).
pub(super) fn board_of(t: &str) -> Option<&str> {
    let rest = BOARD_OF.get().captures(t.trim())?.get(1)?.as_str().trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let joins = |w: &str| {
        matches!(
            w,
            "en" | "de" | "der" | "den" | "het" | "van" | "voor" | "in" | "op" | "aan" | "'t" | "&"
        ) || BRANCH_WORDS.contains(&w)
    };
    // `e.o.` (en omstreken) ends a branch's name: `afdeling Heideveen e.o.`.
    let surroundings = |w: &str| matches!(w, "e.o." | "e.o" | "eo" | "omstreken");
    let named = (1..=8).contains(&words.len())
        && !rest.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || joins(w) || surroundings(w)
        })
        && words.last().is_some_and(|w| !joins(w));
    (named && !names_a_college(rest)).then_some(rest)
}

/// An organisation's board by the name of its kind: `College van Bestuur`
/// (a school's or university's executive board), `Raad van Bestuur`, `Raad
/// van Toezicht` (a hospital's, a housing corporation's), not a
/// municipality's college or council.
pub(super) static ORGANISATION_BOARD: StaticRegex =
    StaticRegex::new(r"(?i)\b(?:college|raad)\s+van\s+(?:bestuur|toezicht)\b");

/// A line that is only an organisation's board, by the name of its kind
/// (`College van Bestuur`, `De Raad van Bestuur`, `Bestuur`, `Directie`,
/// `Dagelijks bestuur`): it names no organisation of its own.
pub(super) static BARE_BOARD: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:de|het)\s+)?(?:(?:dagelijks|algemeen)\s+)?(?:(?:college|raad)\s+van\s+(?:bestuur|toezicht)|bestuur|directie|bestuur\s+en\s+directie|directie\s+en\s+bestuur)[\s,.]*$",
);

/// Whether `signed` is the board of the organisation the letterhead `l`
/// names (`College van Bestuur SPO Beekdal` of `Stichting Primair
/// Onderwijs Beekdal (SPO Beekdal)`): a board by the name of its kind,
/// then a name that the letterhead holds too.
pub(super) fn board_of_letterhead(signed: &str, l: &str) -> bool {
    let signed = signed.trim();
    let Some(m) = ORGANISATION_BOARD.get().find(signed) else {
        return false;
    };
    let rest = signed[m.end()..]
        .trim()
        .trim_start_matches("van ")
        .trim_start_matches("de ")
        .trim();
    !rest.is_empty()
        && !ORGANISATION_BOARD.get().is_match(l)
        && l.to_lowercase().contains(&rest.to_lowercase())
        && l.trim().len() > rest.len()
}

/// `l` without a short name in brackets at its end that `signed` names
/// (`Stichting Primair Onderwijs Beekdal` of `Stichting Primair Onderwijs
/// Beekdal (SPO Beekdal)` when the signature says `SPO Beekdal`); else `l`.
pub(super) fn without_short_name(l: &str, signed: &str) -> String {
    let t = l.trim();
    if let Some(open) = t.rfind('(') {
        let short = t[open + 1..].trim_end_matches(')').trim();
        if t.ends_with(')')
            && !short.is_empty()
            && !t[..open].trim().is_empty()
            && signed.to_lowercase().contains(&short.to_lowercase())
        {
            return t[..open].trim().to_string();
        }
    }
    t.to_string()
}

/// A body of an organisation that signs or sends for it, by the name of
/// its kind, before the organisation's name: its executive or supervisory
/// board (`College van Bestuur`, `Raad van Bestuur`, `Raad van Toezicht`,
/// `(Dagelijks) bestuur`), its management (`Directie`) or its secretariat
/// (`Secretariaat`), perhaps with `van (de|het)` after it.
pub(super) static SENDING_BODY: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:de|het)\s+)?(?:(?:dagelijks|algemeen|ambtelijk)\s+)?(?:(?:college|raad)\s+van\s+(?:bestuur|toezicht)|bestuur(?:\s+en\s+directie)?|directie(?:\s+en\s+bestuur)?|secretariaat)\s+(?:van\s+(?:(?:de|het)\s+)?)?(\S.*)$",
);

/// `College van bestuur Stichting Primair Onderwijs X` → `Stichting
/// Primair Onderwijs X`, `Secretariaat vv Y` → `vv Y`: the organisation
/// whose body ([`SENDING_BODY`]) signs or sends the letter, who is the one
/// that responds, when what follows names an organisation by its words
/// and opens with a capital or an organisation's word (`Directie ruimte
/// en wonen gemeente X` names a directorate, and stays whole). Any other
/// name is returned whole.
pub(super) fn without_sending_body(name: &str) -> &str {
    let Some(rest) = SENDING_BODY
        .get()
        .captures(name.trim())
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim())
    else {
        return name;
    };
    let first = rest.split_whitespace().next().unwrap_or("");
    let opens_name = first.chars().next().is_some_and(char::is_uppercase)
        || opens_with_organisation_word(rest)
        || organisation_word(first)
        || signing_organisation_word(first);
    let names_organisation = organisation_word(rest) || signing_organisation_word(rest);
    if opens_name && names_organisation && word_count(rest) >= 2 && !names_a_college(rest) {
        rest
    } else {
        name
    }
}

/// Whether `t` opens with an organisation's word (see
/// [`organisation_word`]), also one that is one only before a name (`vv De
/// Meeuwen`, where a bare `vv` is none).
fn opens_with_organisation_word(t: &str) -> bool {
    ORGANISATION_WORD
        .for_text(t)
        .find(t)
        .is_some_and(|m| m.start() == 0)
}

/// Whether line `t` is only an organisation's board (see [`BARE_BOARD`]).
pub(super) fn is_bare_board(t: &str) -> bool {
    BARE_BOARD.get().is_match(t.trim())
}

/// Whether `rest`, what follows `het college van` or `het bestuur van`,
/// names a municipality's or province's executive (`burgemeester en
/// wethouders`, `gedeputeerde staten`, `B&W`), not an organisation.
fn names_a_college(rest: &str) -> bool {
    ["burgemeester", "gedeputeerde", "b&w", "b en w"]
        .iter()
        .any(|p| strip_prefix_ci(rest, p).is_some())
}

pub(super) fn strip_prefix_ci<'a>(t: &'a str, prefix: &str) -> Option<&'a str> {
    (t.len() >= prefix.len() && t.is_char_boundary(prefix.len()))
        .then(|| &t[..prefix.len()])
        .filter(|p| p.eq_ignore_ascii_case(prefix))
        .map(|_| &t[prefix.len()..])
}

pub(super) static ADDRESSEE: StaticRegex =
    StaticRegex::new(r"^(?i)(aan\b|t\.a\.v\.|ter attentie|p/a\b|de leden van)");

/// The first line of an address block (`Aan de gemeenteraad`, `t.a.v.`).
pub(super) fn is_addressee(t: &str) -> bool {
    ADDRESSEE.get().is_match(t.trim())
}

pub(super) static ADDRESS: StaticRegex =
    StaticRegex::new(r"(?:\s\d{1,4}\s?[a-zA-Z]?(?:-\d+)?$|\b\d{4}\s?[A-Z]{2}\b)");

/// A street line (`Dorpsstraat 4`, `Laan 12a`) or a postcode line.
pub(super) fn is_address(t: &str) -> bool {
    ADDRESS.get().is_match(t.trim())
}

/// The parts of a signature line set apart by a bar, a centred dot, a
/// dash or a comma (`Karin Visser | 06-12345678 | Zwanenhof 14, 3456 CF
/// Zandwijk`), trimmed, empty ones left out. A hyphen (`06-12345678`,
/// `Janssen-Bos`) parts nothing.
fn signature_parts(t: &str) -> Vec<&str> {
    t.split(['|', '·', '•', '–', '—', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

pub(super) static CONTACT_DETAIL: StaticRegex = StaticRegex::narrowed(
    r"(?i)^(?:(?:tel(?:efoon)?|telefoonnummer|mob(?:iel)?|gsm|t|m|e-?mail|e|adres)\s*[.:]?\s+)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:www\.|https?://)\S+|\+?[\d()][\d\s().-]{7,}\d)$",
);

/// A contact detail of a signature: a phone number, an e-mail or web
/// address (a label before it allowed: `tel. 06-12345678`), or a street
/// or postcode line (`Zwanenhof 14`, `3456 CF Zandwijk`).
fn is_contact_detail(p: &str) -> bool {
    let p = p.trim();
    let digits = p.chars().filter(char::is_ascii_digit).count();
    let lower = p.to_lowercase();
    let web = lower.contains('@') || lower.contains("www.") || lower.contains("http");
    // A date (`12-10-2026`) has too few digits for a phone number.
    let phone_or_web =
        CONTACT_DETAIL.for_text(p).is_match(p) && (web || (9..=14).contains(&digits));
    phone_or_web
        || is_address(p)
            && word_count(p) <= 6
            && !p.ends_with(['.', '!', '?', ':', ';'])
            && p.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A place's name written alone in a signature (`Zandwijk`, `Den
/// Haag`): one to three capitalised words, no digits.
fn is_place_alone(p: &str) -> bool {
    let p = p.trim();
    (1..=3).contains(&word_count(p))
        && !p.chars().any(|c| c.is_ascii_digit())
        && !p.ends_with(['.', '!', '?', ':', ';'])
        && p.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "aan" | "den" | "de" | "op" | "en" | "'s" | "a/d")
        })
}

/// `Karin Visser | 06-12345678 | Zwanenhof 14, 3456 CF Zandwijk`,
/// `Karin Visser · karin@example.nl`, `Karin Visser – Zwanenhof 14`: a
/// signature line of a name and contact details after it. The name.
pub(super) fn name_with_contact(t: &str) -> Option<&str> {
    let t = t.trim().trim_end_matches([',', '.']).trim();
    if word_count(t) > 18 {
        return None;
    }
    let parts = signature_parts(t);
    let (name, rest) = parts.split_first()?;
    // `Karin Visser (buurtbewoner) | 06-...`, `Karin Visser, huisarts |
    // 06-...`: a role after the name.
    let name = person_part(name);
    let named = is_person_name(name) || is_couple_name(name);
    let rest = match rest.split_first() {
        Some((role, more)) if is_role(role) => more,
        _ => rest,
    };
    let contact = rest.iter().any(|p| is_contact_detail(p));
    let only_contact = rest
        .iter()
        .all(|p| is_contact_detail(p) || is_place_alone(p));
    (named && contact && only_contact).then_some(name)
}

/// The heading of a list of the writer's members (`De adviesraad bestaat
/// uit:`, `... bestaat uit de volgende leden`, `Samenstelling adviesraad`,
/// `Leden van de adviesraad:`), with or without its colon.
pub(super) static MEMBERS_HEADING: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:leden|ledenlijst|samenstelling)(?:\s+(?:van\s+)?[^.!?:;,\n]{1,60})?|(?:de|het|onze|ons)\s+[^.!?:;,\n]{1,60}?\s+(?:bestaat|bestond)\s+uit(?:\s+de\s+volgende\s+(?:leden|personen))?)\s*:?$",
);

/// Whether line `i` of a signature's `lines` heads a list of the
/// writer's members ([`MEMBERS_HEADING`]): at least two persons' names
/// follow it (a title before, a role after allowed: `Mw. A. de Graaf
/// (voorzitter)`, `Pinar Yilmaz, secretaris`). `De leden van de Wmo-raad`
/// signs, with or without names below it.
fn opens_member_list(lines: &[String], i: usize) -> bool {
    let Some(t) = lines.get(i).map(|t| t.trim()) else {
        return false;
    };
    if !MEMBERS_HEADING.get().is_match(t) {
        return false;
    }
    let member = |l: &str| {
        let l = l.trim().trim_start_matches(['-', '•', '*']).trim();
        let name = l.split([',', '–', '—']).next().unwrap_or(l);
        let name = name.split(" - ").next().unwrap_or(name);
        let name = super::segment::NAME_TITLES
            .get()
            .replace_all(name.trim(), "")
            .trim()
            .to_string();
        is_person_name(&name)
    };
    let names: Vec<&String> = lines[i + 1..]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .take(2)
        .collect();
    names.len() == 2 && names.iter().all(|l| member(l))
}

/// A line of contact details under a name in a signature: a street or
/// postcode line, a phone number, an e-mail address, a place (`Zwanenhof
/// 14`, `3456 CF Zandwijk`, `Tel. 06-12345678`, `Zandwijk`), or several
/// of them on one line.
pub(super) fn is_contact_line(t: &str) -> bool {
    let parts = signature_parts(t.trim());
    !parts.is_empty()
        && word_count(t) <= 10
        && !t.trim().ends_with(['.', '!', '?', ':', ';'])
        && parts
            .iter()
            .all(|p| is_contact_detail(p) || is_place_alone(p))
}

static STREET_LINE: StaticRegex = StaticRegex::narrowed(
    r"^(?P<street>\p{Lu}[\p{L}'’.\- ]*?\p{L})[^\S\n]+\d{1,5}[^\S\n]?[a-zA-Z]?(?:-\d+)?$",
);

/// The street names of the street addresses on a signature's line
/// (`Brédestraat` of `Brédestraat 22`; `Zwanenhof` of `Karin Visser |
/// 06-98765432 | Zwanenhof 14, 3456 CF Zandwijk`). Not a post box.
pub(super) fn street_names(line: &str) -> Vec<String> {
    line.split(['|', ',', ';'])
        .filter_map(|part| {
            let street = STREET_LINE
                .for_text(part.trim())
                .captures(part.trim())?
                .name("street")?;
            let street = street.as_str().trim();
            let lower = street.to_lowercase();
            let post = lower.starts_with("postbus") || lower.starts_with("antwoordnummer");
            (street.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !post)
                .then(|| street.to_string())
        })
        .collect()
}

/// A municipality's name: capitalised words, joined by the small words of
/// names like `Kaag en Braassem` or `Alphen aan den Rijn`.
const MUNICIPALITY: &str =
    r"((?:'s-)?\p{Lu}[\p{L}'-]+(?:(?: en| aan den| aan de| aan| op| de| den)? \p{Lu}[\p{L}'-]+)*)";

/// `burgemeester en wethouders van Leiden` (`der gemeente Leiden`, `B&W
/// van Leiden`) anywhere in a letter.
pub(super) static COLLEGE_OF: StaticRegex = StaticRegex::built(|| {
    format!(r"(?i:\b(?:burgemeester en wethouders|b\s?&\s?w) (?:van|der gemeente) ){MUNICIPALITY}")
});

/// `gemeenteraad van Katwijk` (`raad van de gemeente Katwijk`, `raad der
/// gemeente Katwijk`, `gemeenteraad Katwijk`) anywhere in a letter.
pub(super) static COUNCIL_OF: StaticRegex = StaticRegex::built(|| {
    format!(r"(?i:\b(?:gemeenteraad(?: van)?|raad (?:van de|der) gemeente) ){MUNICIPALITY}")
});

/// The council of one municipality named as a letter's author in its
/// title or letterhead: the line opens with it (`Gemeenteraad van
/// Katwijk`, `De raad van de gemeente Katwijk`) or has it after `van`
/// (`Zienswijze van de gemeenteraad van Katwijk op ...`), not after `aan`.
pub(super) static COUNCIL_AS_AUTHOR: StaticRegex = StaticRegex::built(|| {
    format!(
        r"(?i:(?:^\s*|\bvan\s+)(?:de\s+)?(?:gemeenteraad(?: van)?|raad (?:van de|der) gemeente) ){MUNICIPALITY}"
    )
});

/// A word for a council other than the municipal one (`Adviesraad`,
/// `Wmo-raad`, `Bewonersraad`, `cliëntenraad`).
pub(super) static OTHER_COUNCIL_WORD: StaticRegex = StaticRegex::new(r"(?i)\b[\p{L}-]+raad\b");

/// A line that is only `Gemeente Leiden` (a letterhead).
pub(super) static MUNICIPALITY_LINE: StaticRegex =
    StaticRegex::built(|| format!(r"(?m)^\s*(?i:gemeente) {MUNICIPALITY}\s*,?\s*$"));

/// `gemeente Voorschoten` in a sentence (not `centrumgemeente Leiden`).
pub(super) static MUNICIPALITY_NAMED: StaticRegex =
    StaticRegex::built(|| format!(r"(?:^|[^\p{{L}}])(?i:gemeente) {MUNICIPALITY}"));

/// A web or e-mail domain of the Netherlands (`www.voorschoten.nl`,
/// `@leiden.nl`): its name.
pub(super) static NL_DOMAIN: StaticRegex = StaticRegex::new(r"(?i)(?:\bwww\.|@)([a-z-]+)\.nl\b");

/// The respondent `College van burgemeester en wethouders` with the
/// municipality the letter (`text`) names as its own: `... van Leiden`.
/// The municipality is the one the letter calls `burgemeester en
/// wethouders van X` or has as a line of its own (`Gemeente X`, a
/// letterhead); else one it calls `gemeente X` that its web or e-mail
/// domain (`www.x.nl`) or the place of its date line (`place`) confirms.
/// A letter that names none, or more than one, keeps the bare name. Any
/// other respondent is returned as it is.
pub(super) fn with_municipality(respondent: String, text: &str, place: Option<&str>) -> String {
    const COLLEGE: &str = "college van burgemeester en wethouders";
    if respondent.trim().to_lowercase() != COLLEGE {
        return respondent;
    }
    let only = |names: Vec<String>| {
        let mut names = names;
        names.sort();
        names.dedup();
        (names.len() == 1).then(|| names.remove(0))
    };
    let strong: Vec<String> = COLLEGE_OF
        .get()
        .captures_iter(text)
        .chain(MUNICIPALITY_LINE.get().captures_iter(text))
        .filter_map(|c| c.get(1).map(|m| m.as_str().to_string()))
        .collect();
    let name = if strong.is_empty() {
        let squash = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        let domains: Vec<String> = NL_DOMAIN
            .get()
            .captures_iter(text)
            .filter_map(|c| c.get(1).map(|m| squash(m.as_str())))
            .collect();
        let named: Vec<String> = MUNICIPALITY_NAMED
            .get()
            .captures_iter(text)
            .filter_map(|c| c.get(1).map(|m| m.as_str().to_string()))
            .filter(|x| {
                domains.contains(&squash(x)) || place.is_some_and(|p| squash(p) == squash(x))
            })
            .collect();
        only(named)
    } else {
        only(strong)
    };
    match name {
        Some(x) => format!("College van burgemeester en wethouders van {x}"),
        None => respondent,
    }
}

/// A council that signs by its bare noun (`Namens de raad,` → `Raad`,
/// `de gemeenteraad`): `Gemeenteraad van X` when the letter (`text`)
/// names the council of one municipality (`Zienswijze van de gemeenteraad
/// van Katwijk`, `de raad van de gemeente Katwijk`) outside its address
/// lines (`Aan de gemeenteraad van ...`) and names no other council
/// (`Wmo-raad`, `Adviesraad`, `Bewonersraad`) the bare noun could stand
/// for, unless its title or letterhead names the council as its author
/// (see [`COUNCIL_AS_AUTHOR`]) and no other council. Any other respondent
/// is returned as it is. A council signing as `de raad van X` (`namens de
/// raad van Bremhorst,`) is `Gemeenteraad van X` where the letter names
/// the council of X so (`GEMEENTERAAD BREMHORST` atop it, `De gemeenteraad
/// van Bremhorst heeft ...`): a `Raad van X` alone may be another body
/// (`Raad van State`, `Raad van Kerken`).
pub(super) fn with_council_name(respondent: String, text: &str) -> String {
    if let Some(place) = council_of_place(&respondent, text) {
        return format!("Gemeenteraad van {place}");
    }
    let bare = respondent.trim().to_lowercase();
    let bare = bare.strip_prefix("de ").unwrap_or(&bare).trim();
    if !matches!(bare, "raad" | "gemeenteraad") {
        return respondent;
    }
    let other_council = |line: &str| {
        OTHER_COUNCIL_WORD
            .get()
            .find_iter(line)
            .any(|m| !m.as_str().eq_ignore_ascii_case("gemeenteraad"))
    };
    // The title or letterhead (the short lines above the salutation or
    // the first sentence) naming the council as its author and no other
    // council (nor a second municipality's): a council mentioned in the body (`een gebiedsfonds waarover
    // de dorpsraad mee beslist`, another municipality's) does not
    // override it.
    let head: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take_while(|l| {
            !super::parts::is_salutation(l)
                && word_count(l) <= 30
                && !l.ends_with(['.', '!', '?', ';'])
        })
        .filter(|l| !is_addressee(l))
        .collect();
    let mut all: Vec<String> = head
        .iter()
        .flat_map(|l| COUNCIL_OF.get().captures_iter(l))
        .filter_map(|c| c.get(1).map(|m| m.as_str().to_string()))
        .collect();
    all.sort();
    all.dedup();
    if all.len() == 1 && !head.iter().any(|l| other_council(l)) {
        let mut named: Vec<String> = head
            .iter()
            .flat_map(|l| COUNCIL_AS_AUTHOR.get().captures_iter(l))
            .filter_map(|c| c.get(1).map(|m| m.as_str().to_string()))
            .collect();
        named.sort();
        named.dedup();
        if let [name] = named.as_slice() {
            return format!("Gemeenteraad van {name}");
        }
    }
    let mut names: Vec<String> = Vec::new();
    for line in text.lines().filter(|l| !is_addressee(l.trim())) {
        if other_council(line) {
            return respondent;
        }
        names.extend(
            COUNCIL_OF
                .get()
                .captures_iter(line)
                .filter_map(|c| c.get(1).map(|m| m.as_str().to_string())),
        );
    }
    names.sort();
    names.dedup();
    match names.as_slice() {
        [name] => format!("Gemeenteraad van {name}"),
        _ => respondent,
    }
}

/// The place of a respondent named `Raad van X` (`De raad van X`) when the
/// letter (`text`) names `gemeenteraad (van) X` too (see
/// [`with_council_name`]).
fn council_of_place(respondent: &str, text: &str) -> Option<String> {
    let bare = respondent.trim();
    let bare = strip_prefix_ci(bare, "de ").unwrap_or(bare);
    let place = strip_prefix_ci(bare, "raad van ")?.trim();
    let named = COUNCIL_OF
        .get()
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .any(|m| m.as_str().trim().eq_ignore_ascii_case(place));
    (!place.is_empty() && named).then(|| place.to_string())
}

/// `de gemeenteraad van Katwijk` → `Gemeenteraad van Katwijk`; a legal
/// form that lost its last full stop with the line's (`Jansen B.V`) gets it
/// back.
pub(super) fn tidy_org(t: &str) -> String {
    let t = t.trim();
    let last = t.rsplit(char::is_whitespace).next().unwrap_or(t);
    // The full stop a signature line's end lost (`B.V.`, `afdeling X e.o.`).
    if ["b.v", "n.v", "v.o.f", "u.a", "e.o"].contains(&last.to_lowercase().as_str()) {
        return tidy_org(&format!("{t}."));
    }
    if let Some(rest) = strip_prefix_ci(t, "burgemeester en wethouders") {
        return format!("College van burgemeester en wethouders{rest}");
    }
    let t = strip_prefix_ci(t, "de ")
        .or_else(|| strip_prefix_ci(t, "het "))
        .unwrap_or(t);
    let mut c = t.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub(super) static ORGANISATION_WORD: StaticRegex = StaticRegex::narrowed(
    r"(?i)\b(\w*(raad|raden|bond|bedrijf|bedrijven|steunpunt|centrum|centrale|organisatie|instituut|kring|federatie|platform|netwerk|dienst|groep|opvang|stichting|vereniging|club|secretariaat|ziekenhuis|veiligheidshuis|bibliotheek|museum|corporatie|collectief|coalitie|alliantie|academie|hogeschool|universiteit|bureau|loket|praktijk|overleg|verzekeraar|verzekeraars|coöperatie|cooperatie|service|samenwerkingsverband|samenwerkingsverbanden)|\w+(zorg|team|fonds|welzijn)|welzijn|foundation|association|council|centre|center|alliance|society|committee|gemeente\w*|college|burgemeester|wethouders|griffie|griffier|stichting|vereniging|adviesraad|\w+raad|platform|federatie|bond|coöperatie|cooperatie|bv|vof|maatschap|ggd|veilig thuis|organisatie|instelling|werkgroep|netwerk|huis|centrum|kerk|school|ziekenhuis|politie|brandweer|veiligheidsregio|omgevingsdienst|provincie|waterschap|ministerie|fractie|partij|cda|vvd|pvda|d66|groenlinks|sp|christenunie|sgp)\b|\b(?:b\.\s?v|n\.\s?v|v\.\s?o\.\s?f|u\.\s?a)\.?(?:$|[\s,;)])|\b(?:vv|sv|(?-i:[vs]\.v\.))\s+(?:(?:de|het|'t)\s+)?(?-i:\p{Lu})|&\s*(?:co|zn|zonen)\b",
);

/// The joining words of a name written in capitals (`GEMEENTERAAD VAN
/// HOOGSLUIS`, `STICHTING VOOR DE JEUGD`): in lower case inside a name
/// written normally.
const JOINING_WORDS: &[&str] = &[
    "van", "de", "der", "den", "het", "en", "voor", "te", "op", "in", "aan", "bij", "met", "uit",
    "tot", "over", "'t",
];

/// The most letters an abbreviation has (`GGD`, `SOOZ`, `KNMG`, `NIVEL`):
/// a word of a capitals name no longer than this, that the letter never
/// writes in lower case, stays in capitals.
const ABBREVIATION_LETTERS: usize = 5;

/// A sender's name read from a line in capitals (a letterhead or a
/// signature typed in capitals: `GEMEENTERAAD VAN HOOGSLUIS`) written as
/// a name is (`Gemeenteraad van Hoogsluis`): joining words in lower case
/// but the first, other words capitalised (each part of a hyphenated
/// one: `VLIETMOND-RIJNZOOM`), abbreviations kept (`GGD`, `B&W`, a short
/// word the letter's `text` never writes in lower case: `SOOZ`, where
/// `JEUGD` is `de jeugd` in the text; a short word of an organisation's
/// name, `RAAD`, `HUIS`, only when it has no vowel: `GGD`, `VVD`). A name
/// with a lower-case letter is as its writer wrote it.
pub(super) fn in_normal_case(name: &str, text: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let capitalised = |w: &str| {
        w.split('-')
            .map(|p| {
                let lower = p.to_lowercase();
                let mut c = lower.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join("-")
    };
    // Not in an e-mail or web address (`info@ggd-vlietmond.nl`): those
    // are in lower case whatever the name.
    let written_in_lower_case = |lower: &str| {
        text.split_whitespace()
            .filter(|t| !t.contains(['@', '/']) && !t.trim_end_matches('.').contains('.'))
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
            .any(|w| w == lower)
    };
    let mut out = Vec::new();
    for (k, word) in name.split(' ').enumerate() {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let lower = word.to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        let shaped = word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | ',' | '\'' | '’'));
        out.push(if k > 0 && JOINING_WORDS.contains(&bare) {
            lower
        } else if !shaped
            || letters <= ABBREVIATION_LETTERS
                && !written_in_lower_case(bare)
                && (!bare.contains(['a', 'e', 'i', 'o', 'u', 'y']) || !organisation_word(bare))
        {
            word.to_string()
        } else {
            capitalised(word)
        });
    }
    out.join(" ")
}

/// Words that name an organisation or public body, legal forms among them
/// (`B.V.`, `N.V.`, `V.O.F.`, `U.A.`, `& Co`, `& Zn`: their last full stop
/// ends the word, so they are read at the end of a line too, or left off
/// there, `B.V`; `n.v.t.` is no `N.V.`). A sports club by the abbreviation
/// it is called by before its name (`vv De Meeuwen`, `v.v. X`, `SV Y`:
/// voetbal-, sportvereniging; a capitalised word after it, so that a bare
/// `vv` or the `v.v.` of `vice versa` in a phrase is none; dotted in lower
/// case only, as `V.V. Jansen` is a person's initials), a club (`Hockeyclub
/// Z`) and a secretariat (`Secretariaat X`, who sends for an organisation)
/// are organisations.
pub(super) fn organisation_word(t: &str) -> bool {
    ORGANISATION_WORD.for_text(t).is_match(t)
}

/// A personal name: two to five capitalised words, Dutch particles and
/// initials allowed, no digits, no organisation word.
pub(super) fn is_person_name(t: &str) -> bool {
    // A call name in brackets after the initials (`H.J. (Henk) de Boer`)
    // is part of the name, not counted as a word of it.
    let call_name = |w: &str| {
        w.strip_prefix('(')
            .and_then(|w| w.strip_suffix(')'))
            .is_some_and(|n| {
                n.chars().next().is_some_and(char::is_uppercase)
                    && n.chars().all(|c| c.is_alphabetic() || c == '-')
            })
    };
    // Forms of address and titles written before a name (`mevr. T. Bakker`,
    // `dhr. drs. P. Jansen`) are not counted as words of it either: `mw.
    // drs. A.M. van 't Veld-Visser` is a name of four words.
    let title = |w: &str| TITLES.contains(&w.to_lowercase().as_str());
    let words: Vec<&str> = t.split_whitespace().filter(|w| !call_name(w)).collect();
    let named = words.iter().filter(|w| !title(w)).count();
    if words.len() < 2 || named > 5 || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // `Ik ben Henk` (`ben` a particle of `Ahmed ben Ali`) is a sentence.
    if words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "ik" | "wij" | "we" | "u" | "jij" | "hij" | "zij"
        )
    }) {
        return false;
    }
    // A household signs in lower case as well (`familie Aydin`, `fam. de
    // Wit`): the word counts as the capitalised first word of its name.
    let household = |i: usize, w: &str| i == 0 && family_surname(t).is_some() && !w.is_empty();
    let capitals = words
        .iter()
        .enumerate()
        .filter(|(i, w)| household(*i, w) || w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.iter().enumerate().all(|(i, w)| {
        particle_at(&words, i)
            || household(i, w)
            || TITLES.contains(&w.to_lowercase().as_str())
            || w.chars().next().is_some_and(char::is_uppercase)
    }) && capitals >= 2
        && !organisation_word(t)
        && !t.contains(':')
}

/// Whether `word` is a particle of a surname (`van`, `de`, `'t`, `dos`,
/// `ben`; see [`crate::privacy::is_name_particle`], the scrubber's list).
/// `in` and `op` only before another particle (`op 't Veld`, `in de
/// Betou`, `op den Kamp`), so `Wonend in Zoeterhout` names no one.
fn is_particle(word: &str) -> bool {
    crate::privacy::is_name_particle(word) && !matches!(word.to_lowercase().as_str(), "in" | "op")
}

/// Whether word `i` of `words` is a particle of the name they make (see
/// [`is_particle`]; `in`, `op` before another particle).
fn particle_at(words: &[&str], i: usize) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    is_particle(w)
        || matches!(w.to_lowercase().as_str(), "in" | "op")
            && words.get(i + 1).is_some_and(|n| is_particle(n))
}

/// Forms of address and academic titles written before a name.
const TITLES: &[&str] = &[
    "mevr.", "mevrouw", "mw.", "mw", "dhr.", "dhr", "heer", "mr.", "drs.", "dr.", "ir.", "ing.",
    "prof.", "ds.", "bc.",
];

/// Words of a firm's name (`Van Dijk & Partners`, `Wonen & Zorg Advies`,
/// `Bouw & Ontwikkeling`): no part of a person's name.
pub(super) static BUSINESS_WORD: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:partners|advies|adviseurs|advisering|consult|consultancy|consultants|makelaars|makelaardij|architecten|vastgoed|projecten|ontwikkeling|bouw|wonen|zorg|techniek|installaties|notarissen|advocaten|accountants|holding|beheer|diensten|services|solutions|zonen)\b",
);

/// Two people signing together (`Jan en Marie Jansen`, `J. en M. Jansen`,
/// `Jan Jansen en Marie de Vries`, `Jan & Marie Jansen`): a person's name
/// after `en` or `&`, and before it another name or a given name or
/// initials that share the surname after it; a firm's word
/// ([`BUSINESS_WORD`], `Wonen & Zorg Advies`) names no couple.
pub(super) fn is_couple_name(t: &str) -> bool {
    let t = t.trim();
    if BUSINESS_WORD.get().is_match(t) {
        return false;
    }
    let Some((first, second)) = t.split_once(" en ").or_else(|| t.split_once(" & ")) else {
        return false;
    };
    let (first, second) = (first.trim(), second.trim());
    let given = |w: &str| {
        let mut words = w
            .split_whitespace()
            .filter(|w| !TITLES.contains(&w.to_lowercase().as_str()));
        let one = words.next();
        words.next().is_none()
            && one.is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
            })
    };
    is_person_name(second) && (is_person_name(first) || given(first)) && !organisation_word(t)
}

pub(super) static SELF_DESIGNATION: StaticRegex = StaticRegex::narrowed(
    r"\b(?:[Dd]e|[Hh]et)\s+((?:[Gg]emeenteraad|[Rr]aad\s+van\s+de\s+gemeente|[Cc]ollege\s+van\s+(?:[Bb]urgemeester\s+en\s+[Ww]ethouders|B&W))\s+(?:van\s+)?[A-Z][\p{L}\-]+(?:[\s\-][A-Z][\p{L}\-]+)?|(?:[A-Z][\p{L}\-]*)?[Aa]dviesraad(?:\s+[A-Z][\p{L}\-]+){0,4})",
);

/// `De gemeenteraad van Katwijk ...` / `De Adviesraad Sociaal Domein X`
/// naming itself in the body. A body the letter is addressed to (`Aan het
/// college van burgemeester en wethouders van X`, `t.a.v. de
/// gemeenteraad van X`) is who reads it, not who writes it.
pub(super) fn self_designation(body: &str) -> Option<String> {
    SELF_DESIGNATION
        .for_text(body)
        .captures_iter(body)
        .find(|c| c.get(0).is_none_or(|m| !addressed_to(&body[..m.start()])))
        .map(|c| council_as_named(tidy_org(&c[1])))
}

/// Whether the words right before a body's name address the letter to it
/// (`Aan`, `t.a.v.`, `ter attentie van`).
fn addressed_to(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    let last = lower.split_whitespace().next_back().unwrap_or("");
    matches!(last, "aan" | "t.a.v." | "tav" | "t.a.v") || lower.ends_with("ter attentie van")
}

/// `Raad van de gemeente X` as a council is named: `Gemeenteraad van X`
/// (one name for one body, however a document words it).
pub(super) fn council_as_named(name: String) -> String {
    let bare = name.trim().trim_end_matches([',', ';', '.']).trim();
    let bare = strip_prefix_ci(bare, "de ").unwrap_or(bare);
    match strip_prefix_ci(bare, "raad van de gemeente ") {
        Some(x) if !x.trim().is_empty() => format!("Gemeenteraad van {}", x.trim()),
        _ => name,
    }
}

/// The council a decision, amendment or motion names as who decides,
/// opening its preamble (`De raad van de gemeente X, in vergadering
/// bijeen op ...,`, `De gemeenteraad van X;`): `Gemeenteraad van X`. A
/// line naming the council alone is an address, not this.
pub(super) static COUNCIL_DECIDING: StaticRegex = StaticRegex::built(|| {
    format!(
        r"^\s*(?i:de\s+(?:gemeente)?raad\s+(?:van\s+(?:de\s+gemeente\s+)?|der\s+gemeente\s+)){MUNICIPALITY}\s*(?:,\s*(?i:in\s+(?:openbare\s+)?vergadering\s+bijeen)|;\s*$)"
    )
});

/// The council of a line of [`COUNCIL_DECIDING`].
pub(super) fn council_deciding(t: &str) -> Option<String> {
    COUNCIL_DECIDING
        .get()
        .captures(t)
        .and_then(|c| c.get(1))
        .map(|m| format!("Gemeenteraad van {}", m.as_str().trim()))
}

/// Where a writer names themself: `Mijn naam is`, `Ik heet`, `Ik ben`,
/// before a capital.
pub(super) static SELF_INTRODUCTION: StaticRegex = StaticRegex::new(
    r"\b(?:[Mm]ijn[^\S\n]+naam[^\S\n]+is|[Ii]k[^\S\n]+heet|[Ii]k[^\S\n]+ben|[Mm]y[^\S\n]+name[^\S\n]+is)[^\S\n]+\p{Lu}",
);

/// The name a letter's writer introduces themself by (`Mijn naam is Petra
/// Smit-Kuipers en ik vind ...`, `Ik ben Joris Hendriks, vader van twee
/// kinderen, ...`, `Ik heet J. de Vries.`): a person's name (see
/// [`is_person_name`]) right after the cue, up to the first word that is
/// no part of a name or punctuation. A word of the language, a role or a
/// function first (`Ik ben Inwoner van X`, `Ik ben Moeder van ...`) names
/// no one.
pub(super) fn self_introduction(body: &str) -> Option<String> {
    SELF_INTRODUCTION
        .for_text(body)
        .find_iter(body)
        .find_map(|m| {
            // The match ends with the name's first letter.
            let start = m.end() - body[..m.end()].chars().next_back()?.len_utf8();
            let mut words: Vec<&str> = Vec::new();
            for token in body[start..].split_whitespace().take(6) {
                let word = token.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
                let initials = word.len() < token.len()
                    && token[word.len()..].starts_with('.')
                    && word.chars().all(|c| c.is_uppercase() || c == '.');
                let word = if initials {
                    &token[..=word.len()]
                } else {
                    word
                };
                let lower = word.to_lowercase();
                let part = initials
                    || word.chars().next().is_some_and(char::is_uppercase)
                    || (!words.is_empty() && crate::privacy::is_name_particle(&lower));
                if !part || word.is_empty() {
                    break;
                }
                words.push(word);
                if token.len() > word.len() {
                    break;
                }
            }
            while words
                .last()
                .is_some_and(|w| crate::privacy::is_name_particle(w))
            {
                words.pop();
            }
            let name = words.join(" ");
            let first = words.first()?.to_lowercase();
            let names_no_one = crate::link::topic::is_general_word(&first)
                || crate::privacy::is_role_word(&first)
                || DESCRIBES_SOMEONE.contains(&first.as_str())
                || is_function_only(&first)
                || TITLES.contains(&first.as_str());
            (!names_no_one && is_person_name(&name) && !organisation_word(&name)).then_some(name)
        })
}

/// The kind of respondent from the names and signature.
pub(super) fn kind_of(evidence: &str) -> RespondentKind {
    // An organisation's executive or supervisory board (`College van
    // Bestuur` of a school, `Raad van Bestuur` of a hospital) is no
    // municipality's college or council.
    let e = ORGANISATION_BOARD
        .get()
        .replace_all(&evidence.to_lowercase(), "bestuur")
        .into_owned();
    let has = |words: &[&str]| words.iter().any(|w| e.contains(w));
    if has(&[
        "adviesraad",
        "participatieraad",
        "wmo-raad",
        "wmo raad",
        "cliëntenraad",
        "clientenraad",
        "seniorenraad",
        "jongerenraad",
        "adviescommissie",
        "raad sociaal domein",
    ]) {
        RespondentKind::AdvisoryCouncil
    } else if has(&[
        "college van",
        "burgemeester en wethouders",
        "b&w",
        "college b",
    ]) {
        RespondentKind::ExecutiveBoard
    } else if has(&[
        "gemeenteraad",
        "gemeenteraden",
        "raad van de gemeente",
        "raad der gemeente",
        "griffie",
        "griffier",
        "de raad van",
    ]) {
        RespondentKind::Council
    } else if has(&[
        "een inwoner",
        "een bewoner",
        "inwoner van ",
        "bewoner van ",
        "een burger",
    ]) {
        // `Van: een inwoner van Midden-Delfland (naam bij de gemeente
        // bekend)`: a resident, whatever else the line names.
        RespondentKind::Resident
    } else if !evidence.replace('|', "").trim().is_empty() && organisation_word(evidence) {
        RespondentKind::Organisation
    } else {
        RespondentKind::Unknown
    }
}
