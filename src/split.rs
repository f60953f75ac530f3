//! Stage 3, split: a response's letter metadata and its comments.
//!
//! A response is read as a letter: a head (letterhead, address block,
//! date line, `Betreft`, e-mail headers), a salutation (`Geachte ...`), a
//! body, a closing (`Met vriendelijke groet`) and a signature. Only the body
//! holds comments; the head and signature give the respondent, kind, date
//! and place. Letters without salutation or closing are read as all body,
//! with furniture lines still removed.
//!
//! The body is cut at the strongest kind of point marker that occurs at
//! least twice in sequence: labelled points (`Advies 3 –`, `Punt 2:`),
//! numbers (`1.`, `1)`), letters (`a.`), bullets, short headings; without
//! markers, at paragraphs. Text before the first point is a comment only
//! when it states a view; procedural paragraphs (`Hierbij ontvangt u ...`,
//! `Voor vragen kunt u ...`) never are.

use std::collections::HashMap;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::model::{Comment, Document, RespondentKind, Response};

/// What the split stage read from one response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Letter {
    /// Sender as read from the letter (letterhead, `Van:`, signature).
    pub respondent: Option<String>,
    pub kind: RespondentKind,
    pub date: Option<NaiveDate>,
    pub place: Option<String>,
    pub private_person: bool,
    /// Comments in letter order, ids set, links empty.
    pub comments: Vec<Comment>,
}

/// Splits a response into its metadata and comments.
pub fn split_response(doc: &Document, response_id: &str) -> Letter {
    let lines = flatten(doc);
    let parts = Parts::find(&lines);
    let head: Vec<&Row> = lines[..parts.body_start].iter().collect();
    let tail: Vec<&Row> = lines[parts.body_end..].iter().collect();
    let body: Vec<&Row> = lines[parts.body_start..parts.body_end]
        .iter()
        .filter(|r| !is_furniture(&r.text))
        .collect();

    let (date, place) = find_date(&head, &tail, &lines);
    let email_from = head
        .iter()
        .chain(lines.iter().take(12).collect::<Vec<_>>().iter())
        .find_map(|r| header_value(&r.text, &["van", "from"]));
    let signature = read_signature(&tail);
    // The letterhead: an organisation named above the addressee and date.
    let letterhead = head
        .iter()
        .map(|r| r.text.trim())
        .take_while(|t| !is_addressee(t) && date_in(t).is_none() && !is_salutation(t))
        .find(|t| !t.is_empty() && !is_header_line(t) && organisation_word(t) && !is_address(t));
    let head_block: String = head
        .iter()
        .map(|r| r.text.trim())
        .take_while(|t| !is_addressee(t) && date_in(t).is_none() && !is_salutation(t))
        .filter(|t| !is_address(t))
        .take(4)
        .collect::<Vec<_>>()
        .join(" | ");
    let body_text: String = body
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let self_named = self_designation(&body_text);

    let respondent = signature
        .organisation
        .clone()
        .or_else(|| self_named.clone())
        .or_else(|| letterhead.map(str::to_string))
        .or_else(|| email_from.as_deref().map(sender_name))
        .or_else(|| signature.person.clone())
        .filter(|s| !s.is_empty());
    let evidence = [
        signature.organisation.as_deref().unwrap_or(""),
        self_named.as_deref().unwrap_or(""),
        letterhead.unwrap_or(""),
        email_from.as_deref().unwrap_or(""),
        &head_block,
    ]
    .join(" | ");
    let mut kind = kind_of(&evidence);
    if kind == RespondentKind::Unknown && (signature.person.is_some() || email_from.is_some()) {
        kind = RespondentKind::Resident;
    }
    let comments = segment(&body, response_id);
    Letter {
        respondent,
        kind,
        date,
        place,
        private_person: kind == RespondentKind::Resident,
        comments,
    }
}

/// One line of the response.
#[derive(Debug, Clone)]
struct Row {
    text: String,
    page: u32,
    para: bool,
}

fn flatten(doc: &Document) -> Vec<Row> {
    let mut out = Vec::new();
    let furniture = crate::text::page_furniture(&doc.pages);
    for (pi, page) in doc.pages.iter().enumerate() {
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        let inferred = crate::text::inferred_paragraph_starts(&texts);
        for (i, l) in page.lines.iter().enumerate() {
            if furniture.get(pi).is_some_and(|f| f.contains(&i)) {
                continue;
            }
            // Markdown emphasis and heading marks are not text.
            let raw = l.text.replace("**", "").replace("__", "");
            let text: String = raw
                .trim_start_matches('#')
                .chars()
                .map(|c| {
                    if matches!(c as u32, 0xE000..=0xF8FF) {
                        '•'
                    } else {
                        c
                    }
                })
                .collect();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                continue;
            }
            out.push(Row {
                text,
                page: page.number,
                para: l.paragraph_start || i == 0 || inferred.get(i).copied().unwrap_or(false),
            });
        }
    }
    out
}

use crate::text::StaticRegex;

/// Every regex of the splitter, for [`prepare`].
const PATTERNS: [&StaticRegex; 26] = [
    &SALUTATION,
    &CLOSING,
    &SIGNATURE_FUNCTION,
    &HEADER_LINE,
    &FURNITURE,
    &DATE_IN_WORDS,
    &DATE_NUMERIC,
    &DATE_ISO,
    &PLACE_AND_DATE,
    &FUNCTION_ONLY,
    &FUNCTION_BEFORE_NAME,
    &ADDRESSEE,
    &ADDRESS,
    &ORGANISATION_WORD,
    &SELF_DESIGNATION,
    &MARKER_LABEL,
    &MARKER_NUMBER,
    &MARKER_LETTER,
    &MARKER_BULLET,
    &PROCEDURAL,
    &VIEW,
    &REQUEST,
    &SELF_INTRODUCTION,
    &SPEAKS_FOR,
    &FRAMING,
    &SOFT_FRAMING,
];

/// Compiles the splitter's regexes on all threads at once. They are
/// otherwise compiled one by one on first use, ~20 ms on one core: most of
/// what splitting the first new response of a re-run costs. Call it when a
/// response is about to be split (reading the file can go on meanwhile).
pub fn prepare() {
    PATTERNS.par_iter().for_each(|r| {
        r.get();
    });
}

// ---------------------------------------------------------------------------
// letter parts
// ---------------------------------------------------------------------------

/// Where the body starts and ends.
struct Parts {
    body_start: usize,
    body_end: usize,
}

impl Parts {
    fn find(lines: &[Row]) -> Parts {
        let salutation = lines.iter().position(|r| is_salutation(&r.text));
        let body_start = match salutation {
            Some(i) => i + 1,
            None => lines
                .iter()
                .position(|r| !is_head_line(&r.text) && word_count(&r.text) >= 6)
                .unwrap_or(lines.len()),
        };
        let mut body_end = lines
            .iter()
            .enumerate()
            .skip(body_start)
            .find(|(_, r)| is_closing(&r.text))
            .map(|(i, _)| i)
            .unwrap_or(lines.len());
        // Without a closing formula, a signature block at the end (names,
        // functions, the signing body) is not body text either.
        if body_end == lines.len() {
            while body_end > body_start && is_signature_line(&lines[body_end - 1].text) {
                body_end -= 1;
            }
        }
        Parts {
            body_start,
            body_end,
        }
    }
}

fn word_count(t: &str) -> usize {
    t.split_whitespace().count()
}

static SALUTATION: StaticRegex = StaticRegex::new(
    r"^(?i)(geachte?|beste|hooggeachte|zeer geachte|lieve|l\.s\.|dear|hallo|goedemiddag|goedemorgen|aan de leden)\b.{0,100}[,:]?$",
);

fn is_salutation(t: &str) -> bool {
    SALUTATION.get().is_match(t) && word_count(t) <= 14
}

static CLOSING: StaticRegex = StaticRegex::new(
    r"^(?i)(met (vriendelijke|hartelijke|beste|collegiale|respectvolle|sportieve|\w+e) groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|hoogachtend|groeten|groet,?|kind regards|met dank en groet)\b",
);

fn is_closing(t: &str) -> bool {
    CLOSING.get().is_match(t)
}

static SIGNATURE_FUNCTION: StaticRegex = StaticRegex::new(
    r"(?i)^((de|het) )?(secretaris|burgemeester|voorzitter|griffier|directeur|wethouder|namens|hoogachtend)\b",
);

/// A short line of a signature block: a signing body, a name or a function.
fn is_signature_line(t: &str) -> bool {
    let t = t.trim();
    let function = SIGNATURE_FUNCTION.get();
    word_count(t) <= 10
        && !t.ends_with(['.', '!', '?', ':'])
        && (function.is_match(t)
            || is_person_name(t.trim_end_matches(','))
            || (organisation_word(t) && t.ends_with(','))
            || t.split(',').filter(|p| !p.trim().is_empty()).all(|p| {
                let p = p.trim();
                function.is_match(p) || is_person_name(p) || p.chars().any(|c| c == '.')
            }))
}

static HEADER_LINE: StaticRegex = StaticRegex::new(
    r"^(?i)(van|aan|cc|bcc|verzonden|verstuurd|datum|onderwerp|betreft|kenmerk|ons kenmerk|uw kenmerk|uw brief van|bijlage\(n\)|bijlagen|from|to|sent|date|subject|telefoon|tel\.|e-mail|email|doorkiesnummer|behandeld door|contactpersoon|zaaknummer|registratienummer)\s*:",
);

/// E-mail header (`Van:`, `Aan:`, ...).
fn is_header_line(t: &str) -> bool {
    HEADER_LINE.get().is_match(t)
}

/// A line of the letter head: headers, addresses, dates, short lines.
fn is_head_line(t: &str) -> bool {
    is_header_line(t) || is_furniture(t) || date_in(t).is_some() || word_count(t) < 6
}

static FURNITURE: StaticRegex = StaticRegex::new(
    r"(?ix)^(
            (pagina|blad|page)\s+\d+(\s+(van|of|/)\s+\d+)?
          | \d+\s*(/|van)\s*\d+
          | -\s*\d+\s*-
          | \d{1,3}
          | (postbus|postadres|bezoekadres)\b.*
          | \d{4}\s?[a-z]{2}\s+[a-z].*
          | (www\.|https?://)\S+
          | [\w.+-]+@[\w-]+(\.[\w-]+)+
          | (dit|deze)\s+(e-?mail(bericht)?|bericht)\s+(is|kan)\b.*
          | (disclaimer|vertrouwelijk(heids)?(verklaring)?)\b.*
          | -{2,}\s*(oorspronkelijk|original|doorgestuurd|forwarded).*
          | (verzonden\s+(vanaf|met)|sent\s+from)\b.*
        )\s*$",
);

/// Page furniture and boilerplate that is never part of a comment.
fn is_furniture(t: &str) -> bool {
    let r = FURNITURE.get();
    r.is_match(t.trim())
}

fn header_value(t: &str, names: &[&str]) -> Option<String> {
    let (name, value) = t.split_once(':')?;
    let name = name.trim().to_lowercase();
    names
        .contains(&name.as_str())
        .then(|| value.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// `Jan de Vries <jan@example.nl>` → `Jan de Vries`.
fn sender_name(v: &str) -> String {
    let name = v
        .split('<')
        .next()
        .unwrap_or(v)
        .trim()
        .trim_matches('"')
        .trim();
    if name.is_empty() || name.contains('@') {
        return v.trim().trim_matches(['<', '>']).to_string();
    }
    // `Thomas Bakker, Kerkstraat 3, Zoeterhout`: the address after the name
    // is not part of it.
    let mut parts = name.split(',');
    let first = parts.next().unwrap_or(name).trim();
    if !first.is_empty() && parts.any(|p| p.chars().any(|c| c.is_ascii_digit()) || is_address(p)) {
        first.to_string()
    } else {
        name.to_string()
    }
}

// ---------------------------------------------------------------------------
// metadata
// ---------------------------------------------------------------------------

use crate::text::DUTCH_MONTHS as MONTHS;

fn month_number(m: &str) -> Option<u32> {
    let m = m.to_lowercase();
    let m = m.trim_end_matches('.');
    if m.len() < 3 {
        return None;
    }
    let abbrev = |full: &str| full.starts_with(m) || (m == "mrt" && full == "maart");
    MONTHS.iter().position(|f| abbrev(f)).map(|i| i as u32 + 1)
}

static DATE_IN_WORDS: StaticRegex = StaticRegex::new(
    r"(?i)\b(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?\s+(\d{4})\b",
);

static DATE_NUMERIC: StaticRegex = StaticRegex::new(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b");

static DATE_ISO: StaticRegex = StaticRegex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b");

/// The first date in `t` and where it starts.
fn date_in(t: &str) -> Option<(NaiveDate, usize)> {
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

static PLACE_AND_DATE: StaticRegex = StaticRegex::new(
    r"^([A-Z][\p{L}'’.\-]+(?:[\s\-][A-Za-z][\p{L}'’.\-]+){0,3}),?\s+(?:(?:de|d\.d\.)\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)?\s*\d",
);

/// The letter's date and place: a date line (`Katwijk, 14 oktober 2026`,
/// `Datum: ...`, `Verzonden: ...`) in the head or signature, else the first
/// date near the top.
fn find_date(head: &[&Row], tail: &[&Row], all: &[Row]) -> (Option<NaiveDate>, Option<String>) {
    let place_re = PLACE_AND_DATE.get();
    let candidates = head.iter().chain(tail.iter());
    let mut fallback = None;
    for r in candidates {
        let t = r.text.as_str();
        let Some((date, at)) = date_in(t) else {
            continue;
        };
        if let Some(c) = place_re.captures(t) {
            let place = c[1].trim().to_string();
            let lower = place.to_lowercase();
            if at < 60 && !is_header_line(t) && !["datum", "den", "op"].contains(&lower.as_str()) {
                return (Some(date), Some(place));
            }
        }
        if is_header_line(t) || word_count(t) <= 6 {
            return (Some(date), None);
        }
        fallback.get_or_insert(date);
    }
    if fallback.is_none() {
        fallback = all
            .iter()
            .take(15)
            .find_map(|r| date_in(&r.text))
            .map(|(d, _)| d);
    }
    (fallback, None)
}

/// Who signed the letter.
#[derive(Debug, Default)]
struct Signature {
    organisation: Option<String>,
    person: Option<String>,
}

fn read_signature(tail: &[&Row]) -> Signature {
    let mut sig = Signature::default();
    // The tail starts with the closing formula when there is one; a
    // signature without one (`Burgemeester en wethouders van X,`) starts
    // with the signing body itself.
    let skip = usize::from(tail.first().is_some_and(|r| is_closing(r.text.trim())));
    for r in tail.iter().skip(skip).take(10) {
        let t = r.text.trim().trim_end_matches([',', '.']).trim();
        if t.is_empty() || is_header_line(t) || is_furniture(t) || is_address(t) {
            continue;
        }
        let t = strip_prefix_ci(t, "namens ").unwrap_or(t);
        let t = strip_prefix_ci(t, "mede namens ").unwrap_or(t);
        if is_function_only(t) {
            continue;
        }
        let t = strip_function(t);
        if sig.organisation.is_none() && organisation_word(t) && word_count(t) <= 12 {
            sig.organisation = Some(tidy_org(t));
        } else if sig.person.is_none() && is_person_name(t) {
            sig.person = Some(t.to_string());
        }
    }
    sig
}

/// Words for the function of someone who signs a letter.
const FUNCTION_WORDS: &str = r"secretaris|burgemeester|voorzitter|vicevoorzitter|griffier|directeur(?:-bestuurder)?|bestuurder|wethouder|penningmeester|coördinator|coordinator|manager|beleidsmedewerker|beleidsadviseur|projectleider|lid";

static FUNCTION_ONLY: StaticRegex =
    StaticRegex::built(|| format!(r"(?i)^(?:(?:de|het|en|,|\s)*(?:{FUNCTION_WORDS}))+[\s,]*$"));

/// A line that names only functions (`de secretaris, de burgemeester`), not
/// who signs.
fn is_function_only(t: &str) -> bool {
    FUNCTION_ONLY.get().is_match(t.trim())
}

static FUNCTION_BEFORE_NAME: StaticRegex = StaticRegex::built(|| {
    format!(
        r"(?i)^(?:(?:de|het)\s+)?(?:{FUNCTION_WORDS})\s+(?:van\s+(?:de|het)\s+)?((?-i:\p{{Lu}}).*)$"
    )
});

/// `directeur-bestuurder Stichting X` → `Stichting X`: a function written
/// before the organisation it serves.
fn strip_function(t: &str) -> &str {
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

fn strip_prefix_ci<'a>(t: &'a str, prefix: &str) -> Option<&'a str> {
    (t.len() >= prefix.len() && t.is_char_boundary(prefix.len()))
        .then(|| &t[..prefix.len()])
        .filter(|p| p.eq_ignore_ascii_case(prefix))
        .map(|_| &t[prefix.len()..])
}

static ADDRESSEE: StaticRegex =
    StaticRegex::new(r"^(?i)(aan\b|t\.a\.v\.|ter attentie|p/a\b|de leden van)");

/// The first line of an address block (`Aan de gemeenteraad`, `t.a.v.`).
fn is_addressee(t: &str) -> bool {
    ADDRESSEE.get().is_match(t.trim())
}

static ADDRESS: StaticRegex =
    StaticRegex::new(r"(?:\s\d{1,4}\s?[a-zA-Z]?(?:-\d+)?$|\b\d{4}\s?[A-Z]{2}\b)");

/// A street line (`Dorpsstraat 4`, `Laan 12a`) or a postcode line.
fn is_address(t: &str) -> bool {
    ADDRESS.get().is_match(t.trim())
}

/// `de gemeenteraad van Katwijk` → `Gemeenteraad van Katwijk`.
fn tidy_org(t: &str) -> String {
    let t = t.trim();
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

static ORGANISATION_WORD: StaticRegex = StaticRegex::new(
    r"(?i)\b(\w*(raad|raden|bond|steunpunt|centrum|organisatie|instituut|kring|federatie|platform|netwerk|dienst|groep|opvang|stichting|vereniging|ziekenhuis|veiligheidshuis)|gemeente\w*|college|burgemeester|wethouders|griffie|griffier|stichting|vereniging|adviesraad|\w+raad|platform|federatie|bond|coöperatie|cooperatie|b\.v\.|bv|n\.v\.|ggd|veilig thuis|organisatie|instelling|werkgroep|netwerk|huis|centrum|kerk|school|ziekenhuis|politie|provincie|waterschap|ministerie|fractie|partij|cda|vvd|pvda|d66|groenlinks|sp|christenunie|sgp)\b",
);

/// Words that name an organisation or public body.
fn organisation_word(t: &str) -> bool {
    ORGANISATION_WORD.get().is_match(t)
}

/// A personal name: two to five capitalised words, Dutch particles and
/// initials allowed, no digits, no organisation word.
fn is_person_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    const PARTICLES: &[&str] = &[
        "van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "la", "le", "du", "von", "el",
        "al", "bin",
    ];
    let capitals = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.iter().all(|w| {
        PARTICLES.contains(&w.to_lowercase().as_str())
            || w.chars().next().is_some_and(char::is_uppercase)
    }) && capitals >= 2
        && !organisation_word(t)
        && !t.contains(':')
}

static SELF_DESIGNATION: StaticRegex = StaticRegex::new(
    r"\b(?:[Dd]e|[Hh]et)\s+((?:[Gg]emeenteraad|[Rr]aad\s+van\s+de\s+gemeente|[Cc]ollege\s+van\s+(?:[Bb]urgemeester\s+en\s+[Ww]ethouders|B&W))\s+(?:van\s+)?[A-Z][\p{L}\-]+(?:[\s\-][A-Z][\p{L}\-]+)?|(?:[A-Z][\p{L}\-]*)?[Aa]dviesraad(?:\s+[A-Z][\p{L}\-]+){0,4})",
);

/// `De gemeenteraad van Katwijk ...` / `De Adviesraad Sociaal Domein X`
/// naming itself in the body.
fn self_designation(body: &str) -> Option<String> {
    let r = SELF_DESIGNATION.get();
    r.captures(body).map(|c| tidy_org(&c[1]))
}

/// The kind of respondent from the names and signature.
fn kind_of(evidence: &str) -> RespondentKind {
    let e = evidence.to_lowercase();
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
        "raad van de gemeente",
        "raad der gemeente",
        "griffie",
        "griffier",
        "de raad van",
    ]) {
        RespondentKind::Council
    } else if !evidence.replace('|', "").trim().is_empty() && organisation_word(evidence) {
        RespondentKind::Organisation
    } else {
        RespondentKind::Unknown
    }
}

// ---------------------------------------------------------------------------
// segmentation
// ---------------------------------------------------------------------------

/// A point marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum MarkerKind {
    /// `Advies 3 –`, `Punt 2:`
    Labelled,
    /// `1.`, `1)`, `(1)`
    Number,
    /// `a.`, `a)`, `(a)`
    Letter,
    /// `•`, `-`, `*`
    Bullet,
    /// a short heading line followed by a paragraph
    Heading,
}

#[derive(Debug, Clone)]
struct Marker {
    kind: MarkerKind,
    label: Option<String>,
    /// Numeric value for sequence checks (letters: a = 1).
    value: u32,
    /// Byte length of the marker in the line.
    len: usize,
}

static MARKER_LABEL: StaticRegex = StaticRegex::new(
    r"^(?i:(advies|punt|opmerking|reactie|aanbeveling|vraag|zienswijze|kanttekening|aandachtspunt|wens|voorstel)\s+(\d{1,2}))\s*[:.\-–—)]?\s*",
);

static MARKER_NUMBER: StaticRegex = StaticRegex::new(r"^\(?(\d{1,2})(?:[.)]|\s*[-–—:])\s+");

static MARKER_LETTER: StaticRegex = StaticRegex::new(r"^\(?([a-z])[.)]\s+");

static MARKER_BULLET: StaticRegex = StaticRegex::new(r"^[•●▪◦·\-–*]\s+");

fn marker(t: &str) -> Option<Marker> {
    let lab = MARKER_LABEL.get();
    let num = MARKER_NUMBER.get();
    let let_ = MARKER_LETTER.get();
    let bul = MARKER_BULLET.get();
    if let Some(c) = lab.captures(t) {
        let word = &c[1];
        let mut w = word.chars();
        let word: String = w
            .next()
            .map(|f| f.to_uppercase().chain(w).collect())
            .unwrap_or_default();
        return Some(Marker {
            kind: MarkerKind::Labelled,
            label: Some(format!("{word} {}", &c[2])),
            value: c[2].parse().unwrap_or(0),
            len: c.get(0).map_or(0, |m| m.end()),
        });
    }
    if let Some(c) = num.captures(t) {
        return Some(Marker {
            kind: MarkerKind::Number,
            label: Some(c[1].to_string()),
            value: c[1].parse().unwrap_or(0),
            len: c.get(0).map_or(0, |m| m.end()),
        });
    }
    if let Some(c) = let_.captures(t) {
        let ch = c[1].chars().next().unwrap_or('a');
        return Some(Marker {
            kind: MarkerKind::Letter,
            label: Some(c[1].to_string()),
            value: ch as u32 - 'a' as u32 + 1,
            len: c.get(0).map_or(0, |m| m.end()),
        });
    }
    if let Some(m) = bul.find(t) {
        return Some(Marker {
            kind: MarkerKind::Bullet,
            label: None,
            value: 0,
            len: m.end(),
        });
    }
    None
}

/// A short title-like line that opens a paragraph.
fn is_heading_line(rows: &[&Row], i: usize) -> bool {
    let t = rows[i].text.trim();
    let next_is_para = rows
        .get(i + 1)
        .is_some_and(|n| n.para || word_count(&n.text) > 6);
    let after_sentence = i == 0 || rows[i - 1].text.trim_end().ends_with(['.', '!', '?', ':']);
    (rows[i].para || after_sentence)
        && (1..=8).contains(&word_count(t))
        && !t.ends_with(['.', ',', ';'])
        && t.chars().next().is_some_and(char::is_uppercase)
        && next_is_para
        && rows.get(i + 1).is_some_and(|n| !is_heading_shape(&n.text))
}

fn is_heading_shape(t: &str) -> bool {
    word_count(t) <= 8 && !t.ends_with(['.', ',', ';'])
}

static PROCEDURAL: StaticRegex = StaticRegex::new(
    r"(?i)^(hierbij|bijgaand|met deze (brief|e-?mail|reactie)|in (deze|onderstaande) (brief|reactie|e-?mail)|naar aanleiding van|in reactie op|bij (uw |de )?(brief|e-?mail|uitnodiging) van|in uw (brief|e-?mail|bericht|uitnodiging)\b|(onze |mijn )?excuses\b|(wij|ik) (bied|bieden) (u )?(onze |mijn )?excuses|op \d{1,2} \w+( \d{4})?|u heeft|wij danken|ik dank|dank voor|in (onze|de|haar|zijn|een) (\w+)?(vergadering|bijeenkomst|overleg) (van|op)\b|(de \w+|wij|ik) (vertrouwt|vertrouwen|vertrouw) erop|(wij|ik) (denken|denk) graag (verder )?mee|reageer (ik|wij) graag|graag maken|graag reageren|wij maken graag|voor (een |nadere )?(vragen|nadere|meer informatie|toelichting|uitleg)|wij vertrouwen|ik vertrouw|wij zien uit|ik zie uit|wij hopen|ik hoop|wij gaan graag|tot slot danken|(wij zijn|ik ben|(de|het|onze|ons) [^.!?:;,\n]{0,40}? is) (graag |altijd |van harte )?bereid|onze reactie|mijn reactie|hieronder|onderstaand|de (raad|adviesraad|commissie) heeft .{0,80}besproken|ons advies is als volgt|wij geven (u )?(graag )?(de volgende|onze)|ik geef (u )?(graag )?(de volgende|mijn)|(wij hebben|ik heb) (de|het) (concept|regiovisie|visie|stuk|tekst).{0,60}(gelezen|bestudeerd|besproken)|(de|het|onze) [^.!?:;,\n]{0,60}(reageert|reageren) graag|(de|het|ons|onze) [^.!?:;,\n]{0,60}? (heeft|hebben) .{0,120}(besproken|behandeld|kennisgenomen|kennis genomen|bestudeerd)|namens .{0,200}?(sturen|stuur|geven|geef|bieden|zenden|stellen) (wij|ik))",
);

static VIEW: StaticRegex = StaticRegex::new(
    r"(?i)\b(missen|mis|mist|vinden|vind|pleiten|pleit|adviseren|adviseer|verzoeken|verzoek|vragen (wij|ik|u)|stellen (wij|ik)? ?voor|zijn van mening|ben van mening|onvoldoende|ontbreekt|ontbreken|moet|moeten|zou|zouden|onduidelijk|bezorgd|zorgen over|teleurgesteld|niet eens|eens met|steunen|onderschrijven|waarderen|positief|negatief|kritisch|bezwaar)\b",
);

static REQUEST: StaticRegex = StaticRegex::new(
    r"(?i)\b(uw|jullie|het) (verzoek|vraag|uitnodiging|oproep)\b|\bgelegenheid (om )?(te )?(adviseren|reageren|advies|een reactie|een zienswijze)\b",
);

static SELF_INTRODUCTION: StaticRegex =
    StaticRegex::new(r"(?i)^(ik ben|wij zijn) (\w+ ){0,3}(van|bij|in|uit)\b");

static SPEAKS_FOR: StaticRegex = StaticRegex::new(
    r"(?i)\b(behartigt|behartigen|vertegenwoordigt|vertegenwoordigen|verenigt|ondersteunt) (de belangen van|ruim|meer dan|circa|zo'n|\d)|^(de|het|onze|ons) [^.!?]{0,60}\b(is|zijn) (een|het) (samenwerkingsverband|vereniging|stichting|netwerk|platform|koepel|organisatie|belangenorganisatie|beroepsvereniging)\b|\b(biedt|bieden) [^.!?]{0,60}\baan (vrouwen|mannen|kinderen|gezinnen|mensen|inwoners|ouderen|jongeren|slachtoffers|cliënten|mantelzorgers)\b",
);

static FRAMING: StaticRegex = StaticRegex::new(
    r"(?i)\b((reageer|reageren|reageert) (ik|wij|we)? ?graag|graag (reageer|reageren) (ik|wij|we)\b|(geven|geef) (wij|ik) (u )?graag|graag (geven|geef|maken|maak) (wij|ik)\b|met (veel |grote |bijzondere )?(belangstelling|interesse|aandacht)\b[^.!?]{0,80}\b(kennis ?genomen|gelezen|bestudeerd)|(onderstaand|onderstaande|het volgende|de volgende|ons|onze|mijn) (advies|adviezen|reactie|zienswijze|punten|opmerkingen)( \w+){0,3} (te geven|mee te geven|geven|meegeven|sturen)|(hebben|heeft|heb) (wij|ik|de \w+) (de|het|uw) (concept|regiovisie|visie|plan|uitvoeringsplan|stuk|tekst)\b[^.!?]{0,60}\b(gelezen|bestudeerd|besproken))\b",
);

static SOFT_FRAMING: StaticRegex = StaticRegex::new(
    r"(?i)^(ik|wij) (reageer|reageren) op (de|het|uw)\b|^dank (u|je|jullie) (wel )?(voor|dat)\b|^(wij wensen|ik wens) (u|jullie)\b|^(ik|wij) (schrijf|schrijven) (u|jullie)\b|^(ik|wij) (schrijf|schrijven) (deze|dit|een) (brief|e-?mail|bericht|reactie)\b|\b(mag|mogen|kan|kunt|kunnen|kon|konden) (je |u |inwoners )?(daarop |erop |op [^.!?]{0,40})?reageren\b|\bmijn naam\b[^.!?]{0,40}\b(niet|anoniem)\b|\bzonder (mijn|onze) naam\b|\bniet dat mijn naam\b|\b(vraagt|vragen) (u|jullie|de gemeente|de regio|de werkgroep) (om )?(reacties|een reactie|zienswijzen|inspraakreacties)|\b(reacties|zienswijzen) (worden )?(gevraagd|vraagt|vragen)\b|\b(ontving|ontvingen|kreeg|kregen) (ik|wij|de \w+) (het|de|uw) (concept|regiovisie|visie|plan|uitvoeringsplan|verzoek|uitnodiging|stuk)|\bvan de gelegenheid gebruik\b|\banoniem (blijven|houden)\b|\b(daarom|waarom) schrijf ik\b|\b(wij beperken ons|ik beperk mij|ik beperk me)\b",
);

/// A paragraph of at most this many words whose last words frame the
/// letter (`Graag reageren wij ...`) is framing when it states no view.
const FRAMING_TAIL_MAX_WORDS: usize = 80;

/// A paragraph that only frames the letter and states no view.
///
/// The name parts (`de adviesraad sociaal domein ... heeft`) are spans of
/// anything but sentence punctuation, not `[\w\s]`: a counted Unicode `\w`
/// compiles to tens of thousands of automaton states, and the matcher's
/// cache for them cost ~35 MB per thread (measured with heaptrack).
fn is_procedural(text: &str) -> bool {
    let proc_ = PROCEDURAL.get();
    let view = VIEW.get();
    let t = text.trim();
    // `uw verzoek om een zienswijze`, `met het verzoek deze in te brengen`:
    // the request of the letter's addressee, or one about the letter
    // itself, is no view of the writer's.
    let own = REQUEST.get().replace_all(t, "");
    // A short lead-in to a list (`... de volgende punten mee:`).
    if t.ends_with(':') && word_count(t) <= 25 {
        return true;
    }
    // The addressee on a line of its own below the date (`Aan de werkgroep
    // van de gemeenten Gouda en Leiden`).
    if is_addressee(t) && word_count(t) <= 15 && !t.ends_with(['.', '!', '?']) {
        return true;
    }
    // A self-introduction (`Ik ben inwoner van ...`, `Wij zijn een
    // vereniging in ...`) opening the letter.
    let first = first_sentence(t);
    // Only when what follows the introduction states no view either: `Ik
    // ben inwoner van X. De opvang ... ontbreekt.` is a point.
    let rest = &t[first.len()..];
    if word_count(t) <= 45
        && (SELF_INTRODUCTION.get()
        .is_match(t)
            && !view.is_match(rest)
            // `De KBO ... behartigt de belangen van ...`: an organisation
            // presenting itself.
            || !view.is_match(t) && SPEAKS_FOR.get()
            .is_match(first))
    {
        return true;
    }
    let lead: String = t.split_whitespace().take(16).collect::<Vec<_>>().join(" ");
    // An organisation presenting itself may end with the framing (`...
    // Graag reageren wij daarom vanuit onze praktijk op het concept.`).
    let words: Vec<&str> = t.split_whitespace().collect();
    let tail = words[words.len().saturating_sub(16)..].join(" ");
    let framing = FRAMING.get().is_match(&lead)
        || words.len() <= FRAMING_TAIL_MAX_WORDS && FRAMING.get().is_match(&tail);
    // Weaker signs of framing, only in a paragraph that states no view: a
    // resident saying why they write (`Ik reageer op de regiovisie omdat
    // ...`, `daarom schrijf ik u`), asking to stay anonymous, or a writer
    // saying what the letter is limited to.
    let soft = SOFT_FRAMING.get();
    if soft.is_match(t) && !view.is_match(&own) && word_count(t) <= 60 {
        return true;
    }
    // Any view keeps it a point, however short (`Ik schrijf u omdat de
    // opvang ontbreekt.`).
    (proc_.is_match(t) || framing) && !view.is_match(&own)
}

/// A paragraph of one short sentence at most this long may be the opening
/// of a point that the next paragraph elaborates.
const SHORT_STATEMENT_WORDS: usize = 15;

/// In a letter without markers, a one-sentence statement followed by a
/// paragraph that refers back to it (`Wij steunen het voornemen om X te
/// onderzoeken.` then why, and an offer to help with `dat onderzoek`) is
/// one point. Referring back: a demonstrative (`dat`, `dit`, `deze`, `die`,
/// `zo'n`) before a word whose stem the statement used, so `onderzoeken`
/// meets `dat onderzoek`; merely sharing a word (the respondent naming
/// itself in both) is not enough.
fn join_elaborations(drafts: Vec<Draft>) -> Vec<Draft> {
    let analyzer = crate::text::Analyzer::default();
    let mut out: Vec<Draft> = Vec::new();
    for d in drafts {
        if let Some(prev) = out.last_mut() {
            let text = prev.text();
            let short = prev.paras.len() == 1
                && word_count(&text) <= SHORT_STATEMENT_WORDS
                && first_sentence(&text).len() == text.len()
                && !is_heading_shape(&text);
            if short && refers_back(&analyzer, &text, &d.text()) {
                prev.paras.extend(d.paras);
                continue;
            }
        }
        out.push(d);
    }
    out
}

/// Whether `next` names something of `statement` with a demonstrative.
fn refers_back(analyzer: &crate::text::Analyzer, statement: &str, next: &str) -> bool {
    let said: std::collections::HashSet<String> = analyzer
        .term_set(statement)
        .into_iter()
        .filter(|w| w.chars().count() >= 5)
        .collect();
    let words: Vec<String> = crate::text::words(next).collect();
    words.windows(2).any(|w| {
        matches!(
            w[0].as_str(),
            "dat" | "dit" | "deze" | "die" | "zo'n" | "zulke"
        ) && analyzer.terms(&w[1]).iter().any(|t| said.contains(t))
    })
}

/// The text up to and including the first sentence's full stop.
fn first_sentence(t: &str) -> &str {
    t.find(". ").map_or(t, |i| &t[..=i])
}

/// One comment under construction.
#[derive(Debug, Default)]
struct Draft {
    label: Option<String>,
    page: Option<u32>,
    paras: Vec<String>,
}

impl Draft {
    fn push_line(&mut self, row: &Row, text: &str, new_para: bool) {
        if self.page.is_none() {
            self.page = Some(row.page);
        }
        if new_para || self.paras.is_empty() {
            self.paras.push(String::new());
        }
        if let Some(p) = self.paras.last_mut() {
            if p.ends_with('-') && text.chars().next().is_some_and(char::is_lowercase) {
                p.pop();
            } else if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(text.trim());
        }
    }

    fn text(&self) -> String {
        self.paras
            .iter()
            .filter(|p| !p.trim().is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// The marker kind that structures the body: the strongest kind with at
/// least two markers that follow each other in sequence.
fn primary_kind(rows: &[&Row]) -> Option<MarkerKind> {
    let mut seen: HashMap<MarkerKind, Vec<u32>> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        if let Some(m) = marker(&r.text) {
            seen.entry(m.kind).or_default().push(m.value);
        } else if is_heading_line(rows, i) {
            seen.entry(MarkerKind::Heading).or_default().push(0);
        }
    }
    let in_sequence = |vals: &[u32]| vals.windows(2).any(|w| w[1] == w[0] + 1) || vals.len() >= 3;
    let mut kinds: Vec<_> = seen.into_iter().collect();
    kinds.sort_by_key(|(k, _)| *k);
    kinds.into_iter().find_map(|(k, vals)| match k {
        MarkerKind::Bullet | MarkerKind::Heading => (vals.len() >= 2).then_some(k),
        _ => (vals.len() >= 2 && in_sequence(&vals)).then_some(k),
    })
}

/// Cuts the body into comments.
fn segment(body: &[&Row], response_id: &str) -> Vec<Comment> {
    let primary = primary_kind(body);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut intro = Draft::default();
    let mut current: Option<Draft> = None;
    let mut last_value = 0u32;
    for (i, row) in body.iter().enumerate() {
        let m = marker(&row.text);
        let starts = match (primary, &m) {
            (Some(MarkerKind::Heading), _) => is_heading_line(body, i),
            (Some(p), Some(m)) if m.kind == p => match p {
                MarkerKind::Number | MarkerKind::Letter | MarkerKind::Labelled => {
                    // Sequence: the next number, or a restart at 1 is not
                    // accepted after the first point (a nested list).
                    let ok = current.is_none() && m.value <= 2 || m.value == last_value + 1;
                    if ok {
                        last_value = m.value;
                    }
                    ok
                }
                _ => true,
            },
            (None, _) => row.para && !row.text.chars().next().is_some_and(char::is_lowercase),
            // A plain paragraph after a bullet ends the bullet list.
            (Some(MarkerKind::Bullet), None) => row.para && current.is_some(),
            _ => false,
        };
        if starts {
            if let Some(d) = current.take() {
                drafts.push(d);
            }
            let mut d = Draft::default();
            let text = match (&m, primary) {
                (Some(m), Some(p)) if m.kind == p && p != MarkerKind::Heading => {
                    d.label = m.label.clone();
                    // The point's own marker stays in the text as written
                    // (`Advies 1 – ...`, `2. ...`); bullets do not.
                    if m.kind == MarkerKind::Bullet {
                        row.text.get(m.len..).unwrap_or("").to_string()
                    } else {
                        row.text.clone()
                    }
                }
                _ => row.text.clone(),
            };
            if !text.trim().is_empty() {
                d.push_line(row, &text, true);
            } else {
                d.page = Some(row.page);
            }
            current = Some(d);
            continue;
        }
        let new_para = row.para;
        match current.as_mut() {
            Some(d) => {
                // A page break inside a sentence continues it.
                let cont = row.text.chars().next().is_some_and(char::is_lowercase);
                d.push_line(row, &row.text, new_para && !cont);
            }
            None => intro.push_line(row, &row.text, new_para),
        }
    }
    if let Some(d) = current.take() {
        drafts.push(d);
    }
    // The introduction: only its paragraphs that state a view.
    let mut out_drafts: Vec<Draft> = Vec::new();
    let intro_paras: Vec<String> = intro
        .paras
        .iter()
        .filter(|p| !is_procedural(p) && word_count(p) >= 6 && !is_heading_shape(p))
        .cloned()
        .collect();
    if !intro_paras.is_empty() && primary.is_some() {
        out_drafts.push(Draft {
            label: None,
            page: intro.page,
            paras: intro_paras,
        });
    }
    // Closing paragraphs after the last point are not part of it.
    if let Some(last) = drafts.last_mut() {
        while last.paras.len() > 1 && last.paras.last().is_some_and(|p| is_procedural(p)) {
            last.paras.pop();
        }
    }
    for d in drafts {
        let text = d.text();
        let keep = if primary.is_none() {
            word_count(&text) >= 6 && !is_procedural(&text)
        } else {
            word_count(&text) >= 3 && !(d.label.is_none() && is_procedural(&text))
        };
        if keep {
            out_drafts.push(d);
        }
    }
    if primary.is_none() {
        out_drafts = join_elaborations(out_drafts);
    }
    // Headings alone (a title with nothing under it) join the next comment.
    let mut comments: Vec<Comment> = Vec::new();
    let mut pending: Option<Draft> = None;
    for mut d in out_drafts {
        if let Some(p) = pending.take() {
            let mut paras = p.paras;
            paras.append(&mut d.paras);
            d.paras = paras;
            d.page = p.page.or(d.page);
            d.label = d.label.or(p.label);
        }
        if primary.is_none() && d.paras.len() == 1 && is_heading_shape(&d.paras[0]) {
            pending = Some(d);
            continue;
        }
        comments.push(Comment {
            id: String::new(),
            label: d.label.clone(),
            text: d.text(),
            page: d.page,
            ..Comment::default()
        });
    }
    let mut ids: Vec<String> = comments
        .iter()
        .map(|c| crate::ids::comment_id(response_id, &c.text))
        .collect();
    crate::ids::dedupe(&mut ids);
    for (c, id) in comments.iter_mut().zip(ids) {
        c.id = id;
    }
    comments
}

// ---------------------------------------------------------------------------
// campaign grouping
// ---------------------------------------------------------------------------

/// Jaccard similarity of word 3-shingles from which two comments count as
/// the same campaign text.
pub const CAMPAIGN_SIMILARITY: f64 = 0.6;

/// A shingle held by more distinct texts than this (a stock phrase)
/// carries no signal: it is left out of the texts' overlap.
const COMMON_SHINGLE: usize = 1000;

/// Texts added or gone since the kept grouping up to which a run does not
/// keep its own ([`group_campaigns_with`]): at least this many, or a 32nd
/// of the kept texts.
pub const KEPT_DRIFT: usize = 32;

/// [`KeptCampaigns::texts`]: a text without shingles (under three words).
const NO_SET: u32 = u32::MAX;

/// What campaign grouping keeps for the next run ([`group_campaigns_with`]),
/// so that a re-run shingles and compares only the texts it has not seen.
///
/// It holds the distinct shingle sets of the last run, each text's set (by
/// the text's key) and every pair of sets that is similar *as texts*: with
/// a Jaccard similarity of at least [`CAMPAIGN_SIMILARITY`], shingles held
/// by more than [`COMMON_SHINGLE`] sets left out. Whether a pair's texts
/// come from different senders is decided by each run anew. A set's
/// shingles depend on its text alone; a pair's similarity on the two sets
/// and on which shingles are common, which a re-run checks (see
/// [`pairs_with_added`]). Everything is keyed by content, so kept data of
/// another inbox is correct too, only of little use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeptCampaigns {
    /// Each text's key ([`crate::cache::comment_key`]) and the index of its
    /// shingle set ([`NO_SET`] for none).
    texts: Vec<(String, u32)>,
    /// The sets' shingles, one set after another (each sorted, no repeats).
    #[serde(with = "u64_bytes")]
    shingles: Vec<u64>,
    /// Where each set ends in `shingles`.
    ends: Vec<u32>,
    /// The pairs `(a, b)`, `a < b`, of sets similar as texts.
    pairs: Vec<(u32, u32)>,
}

impl KeptCampaigns {
    /// Number of sets.
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// The shingles of set `i`.
    fn set(&self, i: usize) -> &[u64] {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.shingles[start..self.ends[i] as usize]
    }

    /// Whether the parts fit together (indexes in range), so that using
    /// them cannot panic; a kept value that does not is not used.
    pub fn is_consistent(&self) -> bool {
        let sets = self.ends.len();
        self.ends.windows(2).all(|w| w[0] < w[1])
            && self.ends.first().is_none_or(|&e| e > 0)
            && self.ends.last().map_or(0, |&e| e as usize) == self.shingles.len()
            && self
                .texts
                .iter()
                .all(|&(_, s)| s == NO_SET || (s as usize) < sets)
            && self
                .pairs
                .iter()
                .all(|&(a, b)| a < b && (b as usize) < sets)
    }
}

/// A list of `u64`s as their little-endian bytes: read and written at the
/// speed of copying (a varint per shingle hash, 10 bytes for most, is
/// several times slower to decode and no smaller).
mod u64_bytes {
    use serde::de::{Deserializer, Error, Visitor};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(values: &[u64], s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        s.serialize_bytes(&bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u64>, D::Error> {
        struct Bytes;
        impl Visitor<'_> for Bytes {
            type Value = Vec<u64>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes of u64s")
            }

            fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<u64>, E> {
                let chunks = bytes.chunks_exact(8);
                if !chunks.remainder().is_empty() {
                    return Err(E::custom("not a whole number of u64s"));
                }
                Ok(chunks
                    .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
                    .collect())
            }
        }
        d.deserialize_bytes(Bytes)
    }
}

/// Sets [`Comment::group`] for near-identical comments sent by different
/// respondents (campaign letters): word 3-shingle Jaccard ≥
/// [`CAMPAIGN_SIMILARITY`]. The group id is the id of the group's first
/// comment in response order.
///
/// Comments with the same shingle set (the copies of a campaign text) are
/// compared as one *distinct text*, and candidates are found through an
/// inverted index on shingles, so the cost grows with the number of
/// distinct texts times the size of their groups, not quadratically in the
/// number of comments.
pub fn group_campaigns(responses: &mut [Response]) {
    let keys = text_keys(responses);
    group_campaigns_with(responses, &keys, None);
}

/// Each comment's text key ([`crate::cache::comment_key`]), per response.
fn text_keys(responses: &[Response]) -> Vec<Vec<String>> {
    responses
        .iter()
        .map(|r| {
            r.comments
                .iter()
                .map(|c| crate::cache::comment_key(&c.text))
                .collect()
        })
        .collect()
}

/// [`group_campaigns`] using what an earlier run kept (`kept`); returns what
/// this run keeps for the next, when that is worth writing (see below).
/// `keys[r][c]` is the key ([`crate::cache::comment_key`]) of the text of
/// comment `c` of response `r`.
///
/// The groups are the same with or without `kept`: only texts not in `kept`
/// are shingled, and when the sets changed only pairs with a new set are
/// looked for, unless that could give other pairs (then all are). Kept
/// data that lacks a few of this run's texts, or has a few texts no longer
/// there, is as correct and almost as fast, so a run returns none when its
/// texts differ from `kept`'s by less than [`KEPT_DRIFT`] (a re-run after
/// adding one response does not write the whole set again).
pub fn group_campaigns_with(
    responses: &mut [Response],
    keys: &[Vec<String>],
    kept: Option<&KeptCampaigns>,
) -> Option<KeptCampaigns> {
    use rayon::prelude::*;
    // Keys of another shape than the comments are not used.
    let own_keys;
    let keys = if keys.len() == responses.len()
        && keys
            .iter()
            .zip(responses.iter())
            .all(|(k, r)| k.len() == r.comments.len())
    {
        keys
    } else {
        own_keys = text_keys(responses);
        &own_keys
    };
    let empty = KeptCampaigns::default();
    let kept = kept.filter(|k| k.is_consistent()).unwrap_or(&empty);
    let at: Vec<(usize, usize)> = responses
        .iter()
        .enumerate()
        .flat_map(|(ri, r)| (0..r.comments.len()).map(move |ci| (ri, ci)))
        .collect();
    // The distinct texts (by key), each looked up in `kept` or shingled
    // once (copies of a campaign letter are many).
    let mut slot_of_key: HashMap<&str, usize> = HashMap::with_capacity(at.len());
    let mut unique: Vec<(usize, usize)> = Vec::new();
    let slot_of: Vec<usize> = at
        .iter()
        .map(|&(ri, ci)| {
            *slot_of_key.entry(keys[ri][ci].as_str()).or_insert_with(|| {
                unique.push((ri, ci));
                unique.len() - 1
            })
        })
        .collect();
    let kept_set: HashMap<&str, u32> = kept.texts.iter().map(|(k, s)| (k.as_str(), *s)).collect();
    // Sets are numbered kept ones first, then the new ones.
    let mut set_of_slot: Vec<u32> = unique
        .iter()
        .map(|&(ri, ci)| {
            kept_set
                .get(keys[ri][ci].as_str())
                .copied()
                .unwrap_or(NO_SET)
        })
        .collect();
    let unseen: Vec<usize> = unique
        .iter()
        .enumerate()
        .filter(|&(_, &(ri, ci))| !kept_set.contains_key(keys[ri][ci].as_str()))
        .map(|(slot, _)| slot)
        .collect();
    let shingle = |&slot: &usize| {
        let (ri, ci) = unique[slot];
        shingle_set(&responses[ri].comments[ci].text)
    };
    // A few texts are shingled at once: waiting for a part stolen by a
    // busy thread (linking runs beside this) would take longer.
    let shingled: Vec<Vec<u64>> = if unseen.len() < 64 {
        unseen.iter().map(shingle).collect()
    } else {
        unseen.par_iter().map(shingle).collect()
    };
    let mut new_sets: Vec<Vec<u64>> = Vec::new();
    {
        // A new text may have the shingles of a kept or another new text.
        let fingerprint = |set: &[u64]| {
            set.iter().fold(0x9e37_79b9_7f4a_7c15_u64, |h, &x| {
                (h ^ x).rotate_left(23).wrapping_mul(0x0100_0000_01b3)
            })
        };
        let mut by_print: crate::ids::HashKeyed<Vec<u32>> = crate::ids::HashKeyed::default();
        if shingled.iter().any(|s| !s.is_empty()) {
            for i in 0..kept.len() {
                by_print
                    .entry(fingerprint(kept.set(i)))
                    .or_default()
                    .push(i as u32);
            }
        }
        for (&slot, set) in unseen.iter().zip(shingled) {
            if set.is_empty() {
                continue;
            }
            let same = by_print.entry(fingerprint(&set)).or_default();
            let found = same.iter().copied().find(|&s| {
                let s = s as usize;
                match s.checked_sub(kept.len()) {
                    None => kept.set(s) == set.as_slice(),
                    Some(new) => new_sets[new] == set,
                }
            });
            set_of_slot[slot] = found.unwrap_or_else(|| {
                new_sets.push(set);
                let s = (kept.len() + new_sets.len() - 1) as u32;
                same.push(s);
                s
            });
        }
    }
    let set_at = |s: usize| -> &[u64] {
        match s.checked_sub(kept.len()) {
            None => kept.set(s),
            Some(new) => &new_sets[new],
        }
    };
    // Distinct sets: their comments (in order) and the responses they come
    // from (`None` once that is more than one).
    struct Distinct {
        set: usize,
        comments: Vec<usize>,
        only_response: Option<usize>,
    }
    let mut distinct: Vec<Distinct> = Vec::new();
    let mut distinct_of_set = vec![u32::MAX; kept.len() + new_sets.len()];
    for (i, &slot) in slot_of.iter().enumerate() {
        let set = set_of_slot[slot];
        if set == NO_SET {
            continue;
        }
        let response = at[i].0;
        let d = &mut distinct_of_set[set as usize];
        if *d == u32::MAX {
            *d = distinct.len() as u32;
            distinct.push(Distinct {
                set: set as usize,
                comments: Vec::new(),
                only_response: Some(response),
            });
        }
        let entry = &mut distinct[*d as usize];
        entry.comments.push(i);
        if entry.only_response != Some(response) {
            entry.only_response = None;
        }
    }
    let sets: Vec<&[u64]> = distinct.iter().map(|d| set_at(d.set)).collect();
    // The pairs similar as texts, by distinct index.
    let added: Vec<usize> = (0..distinct.len())
        .filter(|&d| distinct[d].set >= kept.len())
        .collect();
    let removed: Vec<&[u64]> = (0..kept.len())
        .filter(|&s| distinct_of_set[s] == u32::MAX)
        .map(|s| kept.set(s))
        .collect();
    let from_kept = || {
        kept.pairs.iter().filter_map(|&(a, b)| {
            let (a, b) = (distinct_of_set[a as usize], distinct_of_set[b as usize]);
            (a != u32::MAX && b != u32::MAX).then_some((a.min(b), a.max(b)))
        })
    };
    // Looking for a new set's pairs costs a pass over all shingles; past a
    // quarter of the sets new, comparing all is as fast.
    let incremental = kept.len() > 0 && added.len() * 4 <= distinct.len();
    let kept_pairs = match incremental {
        true if added.is_empty() && removed.is_empty() => Some(from_kept().collect()),
        true => {
            pairs_with_added(&sets, &added, &removed).map(|new| from_kept().chain(new).collect())
        }
        false => None,
    };
    let found_all = kept_pairs.is_none();
    let pairs: Vec<(u32, u32)> = kept_pairs.unwrap_or_else(|| all_pairs(&sets));
    // Pairs join into groups, unless both texts come from one and the same
    // respondent (no campaign).
    let mut parent: Vec<usize> = (0..distinct.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for &(d, e) in &pairs {
        let (d, e) = (d as usize, e as usize);
        let same_sender = distinct[d].only_response.is_some()
            && distinct[d].only_response == distinct[e].only_response;
        if same_sender {
            continue;
        }
        let (a, b) = (find(&mut parent, d), find(&mut parent, e));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    // A group: the comments of the distinct texts with one root, when they
    // come from more than one response.
    let mut groups: HashMap<usize, (Vec<usize>, Option<usize>)> = HashMap::new();
    for (d, text) in distinct.iter().enumerate() {
        let root = find(&mut parent, d);
        let g = groups
            .entry(root)
            .or_insert_with(|| (Vec::new(), text.only_response));
        g.0.extend_from_slice(&text.comments);
        if g.1 != text.only_response {
            g.1 = None;
        }
    }
    // What the next run keeps: this run's texts, sets and pairs (texts gone
    // drop out), when they differ enough from the kept ones, or those were
    // of no use.
    let gone = kept.texts.len() - (unique.len() - unseen.len());
    let drift = unseen.len() + gone;
    let keep = found_all || drift > KEPT_DRIFT.max(kept.texts.len() / 32);
    let next = keep.then(|| {
        let mut next = KeptCampaigns {
            texts: unique
                .iter()
                .zip(&set_of_slot)
                .map(|(&(ri, ci), &set)| {
                    let set = match set {
                        NO_SET => NO_SET,
                        set => distinct_of_set[set as usize],
                    };
                    (keys[ri][ci].clone(), set)
                })
                .collect(),
            shingles: Vec::with_capacity(sets.iter().map(|s| s.len()).sum()),
            ends: Vec::with_capacity(sets.len()),
            pairs,
        };
        for set in &sets {
            next.shingles.extend_from_slice(set);
            next.ends.push(next.shingles.len() as u32);
        }
        next
    });
    for r in responses.iter_mut() {
        for c in &mut r.comments {
            c.group = None;
        }
    }
    for (members, only_response) in groups.into_values() {
        if only_response.is_some() {
            continue;
        }
        let Some(&first) = members.iter().min() else {
            continue;
        };
        let (fr, fc) = at[first];
        let id = responses[fr].comments[fc].id.clone();
        for i in members {
            let (ri, ci) = at[i];
            responses[ri].comments[ci].group = Some(id.clone());
        }
    }
    next
}

/// [`group_campaigns_with`] with what `cache` kept from an earlier run (a
/// missing or damaged entry is none), keeping this run's for the next one
/// when it is worth writing.
pub fn group_campaigns_cached(
    responses: &mut [Response],
    keys: &[Vec<String>],
    cache: Option<&crate::cache::Cache>,
) {
    let kept = cache.and_then(|c| c.get_campaigns());
    let next = group_campaigns_with(responses, keys, kept.as_ref());
    if let (Some(cache), Some(next)) = (cache, next) {
        cache.put_campaigns(&next);
    }
}

/// Whether two sets of `a` and `b` shingles with `common` shingles in
/// common (common ones left out) are similar as texts.
fn similar(a: usize, b: usize, common: usize) -> bool {
    let union = a + b - common;
    union > 0 && common as f64 / union as f64 >= CAMPAIGN_SIMILARITY
}

/// All pairs `(d, e)`, `d < e`, of `sets` similar as texts, through an
/// inverted index on shingles.
fn all_pairs(sets: &[&[u64]]) -> Vec<(u32, u32)> {
    use rayon::prelude::*;
    let mut index: crate::ids::HashKeyed<Vec<u32>> = crate::ids::HashKeyed::default();
    for (d, set) in sets.iter().enumerate() {
        for h in set.iter() {
            index.entry(*h).or_default().push(d as u32);
        }
    }
    // Found per set in parallel (with shared shingle counts per candidate,
    // reset after each set).
    let similar_to: Vec<Vec<(u32, u32)>> = (0..sets.len())
        .into_par_iter()
        .map_init(
            || (vec![0u32; sets.len()], Vec::new()),
            |(overlap, touched), d| {
                let set = sets[d];
                for h in set.iter() {
                    let Some(list) = index.get(h) else { continue };
                    // Very common shingles (stock phrases) carry no signal.
                    if list.len() > COMMON_SHINGLE {
                        continue;
                    }
                    for &e in list {
                        let e = e as usize;
                        if e > d {
                            if overlap[e] == 0 {
                                touched.push(e);
                            }
                            overlap[e] += 1;
                        }
                    }
                }
                let mut pairs = Vec::new();
                for e in touched.drain(..) {
                    let common = std::mem::take(&mut overlap[e]) as usize;
                    if similar(set.len(), sets[e].len(), common) {
                        pairs.push((d as u32, e as u32));
                    }
                }
                pairs
            },
        )
        .collect();
    similar_to.into_iter().flatten().collect()
}

/// The pairs of `sets` similar as texts that have a set of `added` (indexes
/// into `sets`), given that `sets` without `added` but with `removed` had
/// the other pairs: the same as [`all_pairs`] gives for them, provided
/// which shingles are common is the same. `None` when it is not (a shingle
/// crossed [`COMMON_SHINGLE`]): then all pairs are to be found anew.
///
/// Only shingles of the added and removed sets can have changed counts;
/// one pass over all shingles counts those, a second one the added sets'
/// overlap with every set.
fn pairs_with_added(
    sets: &[&[u64]],
    added: &[usize],
    removed: &[&[u64]],
) -> Option<Vec<(u32, u32)>> {
    #[derive(Default)]
    struct Probe {
        /// Sets holding the shingle in this run.
        count: usize,
        /// Added sets holding it (positions in `added`).
        added: Vec<u32>,
        /// Removed sets holding it.
        removed: usize,
    }
    let mut probe: crate::ids::HashKeyed<Probe> = crate::ids::HashKeyed::default();
    for (j, &d) in added.iter().enumerate() {
        for &h in sets[d] {
            probe.entry(h).or_default().added.push(j as u32);
        }
    }
    for set in removed {
        for &h in *set {
            probe.entry(h).or_default().removed += 1;
        }
    }
    for set in sets {
        for h in set.iter() {
            if let Some(p) = probe.get_mut(h) {
                p.count += 1;
            }
        }
    }
    let common_changed = probe.values().any(|p| {
        let before = p.count - p.added.len() + p.removed;
        (p.count > COMMON_SHINGLE) != (before > COMMON_SHINGLE)
    });
    if common_changed {
        return None;
    }
    let mut is_added = vec![false; sets.len()];
    for &d in added {
        is_added[d] = true;
    }
    let mut overlap = vec![0u32; added.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for (e, set) in sets.iter().enumerate() {
        for h in set.iter() {
            let Some(p) = probe.get(h) else { continue };
            if p.count > COMMON_SHINGLE {
                continue;
            }
            for &j in &p.added {
                let d = added[j as usize];
                // Two added sets are compared once.
                if d == e || (is_added[e] && e < d) {
                    continue;
                }
                if overlap[j as usize] == 0 {
                    touched.push(j as usize);
                }
                overlap[j as usize] += 1;
            }
        }
        for j in touched.drain(..) {
            let common = std::mem::take(&mut overlap[j]) as usize;
            let d = added[j];
            if similar(sets[d].len(), set.len(), common) {
                pairs.push((d.min(e) as u32, d.max(e) as u32));
            }
        }
    }
    Some(pairs)
}

fn shingle_set(text: &str) -> Vec<u64> {
    let norm = crate::ids::normalize(text);
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| {
            // FNV-1a over the three words: a set hash, not a security one.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for word in w {
                for b in word.bytes().chain([b' ']) {
                    h ^= u64::from(b);
                    h = h.wrapping_mul(0x0100_0000_01b3);
                }
            }
            h
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepare_knows_every_regex_of_the_splitter() {
        let source = include_str!("split.rs");
        let (code, _) = source.split_at(source.find("#[cfg(test)]").unwrap());
        let defined = code.matches(": StaticRegex =").count();
        assert_eq!(defined, PATTERNS.len(), "add the new regex to PATTERNS");
        prepare();
        assert!(PATTERNS.iter().all(|r| r.is_compiled()));
    }

    fn split(text: &str) -> Letter {
        let doc = crate::extract::extract_plain_text("r.txt", text.as_bytes());
        split_response(&doc, "r-1")
    }

    fn texts(l: &Letter) -> Vec<String> {
        l.comments.iter().map(|c| c.text.clone()).collect()
    }

    #[test]
    fn framing_paragraphs_are_not_comments() {
        for intro in [
            "In uw brief van 2 september stelt u ons in de gelegenheid te reageren. De raad heeft het stuk besproken in de commissie. De raad geeft u de volgende zienswijze mee.",
            "De Ouderenbond Noord behartigt de belangen van ruim 3.000 senioren in de regio. Wij hebben het stuk gelezen en willen graag op twee passages reageren.",
            "Excuses dat onze reactie u pas na de sluitingsdatum bereikt. Wij hopen dat u onze punten toch wilt meenemen.",
        ] {
            let text = format!(
                "Geachte werkgroep,\n\n{intro}\n\n1. Wij missen een paragraaf over de wachtlijsten bij de opvang.\n\n2. De meldcode moet ook voor sportclubs gelden.\n\nMet vriendelijke groet,\n\nJ. Jansen\n"
            );
            let l = split(&text);
            assert_eq!(l.comments.len(), 2, "{intro}: {:#?}", texts(&l));
            assert!(l.comments[0].text.starts_with("1. Wij missen"), "{:#?}", texts(&l));
        }
        // A view in an organisation's opening paragraph keeps it.
        let l = split("Geachte werkgroep,\n\nDe Ouderenbond Noord behartigt de belangen van senioren en mist in de visie aandacht voor ouderenmishandeling.\n\nMet vriendelijke groet,\n\nJ. Jansen\n");
        assert_eq!(l.comments.len(), 1, "{:#?}", texts(&l));
    }

    #[test]
    fn a_resident_introducing_herself_in_her_point_keeps_the_point() {
        // One paragraph: self-introduction, then the view. No letterhead or
        // date line: the salutation is not the sender, the signature is.
        let l = split("Geachte werkgroep,\n\nIk ben inwoner van Veenmeer. De opvang voor mannen die slachtoffer zijn van huiselijk geweld ontbreekt in paragraaf 5.3.\n\nIk hoop dat u dit meeneemt.\n\nMet vriendelijke groet,\n\nPieter Aardema\n");
        assert_eq!(l.comments.len(), 1, "{:#?}", texts(&l));
        assert!(l.comments[0].text.contains("ontbreekt"), "{:#?}", texts(&l));
        assert_eq!(l.respondent.as_deref(), Some("Pieter Aardema"));
        assert!(l.private_person);
        // A self-introduction that states no view is still no point.
        let l = split("Geachte werkgroep,\n\nIk ben inwoner van Veenmeer. Daarom steun ik de oproep van de actiegroep.\n\nDe opvang voor mannen ontbreekt in paragraaf 5.3 van de visie.\n\nMet vriendelijke groet,\n\nPieter Aardema\n");
        assert_eq!(l.comments.len(), 1, "{:#?}", texts(&l));
        assert!(
            l.comments[0].text.starts_with("De opvang"),
            "{:#?}",
            texts(&l)
        );
    }

    #[test]
    fn more_ways_of_framing_a_letter_are_not_comments() {
        for intro in [
            "Met veel belangstelling hebben wij het concept-uitvoeringsplan van de regio gelezen.",
            "De leden van de raad hebben de conceptvisie met belangstelling gelezen. Wij reageren op enkele punten.",
            "Het bestuur hecht eraan u onderstaande opmerkingen mee te geven, in de hoop bij te dragen aan goed beleid.",
            "Stichting Thuisfront biedt begeleiding en een luisterend oor aan mantelzorgers in de hele regio. Wij hebben de visie in ons team besproken.",
            "Ik reageer op de visie omdat ik zelf jaren in een onveilige thuissituatie heb geleefd. Ik wil niet dat mijn naam ergens wordt genoemd.",
            "Bij uw brief van 3 maart vraagt u de raden om een reactie. De commissie heeft het plan op 12 maart behandeld.",
            "Namens de Stichting Buurtwerk (sociaal werk, jongerenwerk en schuldhulp in drie kernen van de gemeente) stuur ik u een korte reactie.",
            "Als huisartsen in de regio hebben wij de conceptvisie gelezen. Wij beperken ons tot de passages over signaleren.",
            "Ik ben moeder van twee kinderen en woon al twintig jaar in de gemeente. Wat ons is overkomen wil ik niet verzwijgen, daarom schrijf ik u.",
            // How the letter came about, with the addressee's request.
            "Op 14 mei ontving het college uw verzoek om te reageren op de conceptnota. Het college heeft de nota in zijn vergadering van 21 mei besproken en besloten u de volgende reactie te sturen.",
            "In de vergadering van 3 juni heeft de cliëntenraad het conceptplan met een aantal ervaringsdeskundigen doorgenomen. Graag geven wij u de volgende punten mee, met het verzoek ze in het regionale overleg te bespreken.",
            "Het Netwerk Mantelzorg Rijnstreek is een samenwerkingsverband van vijftien organisaties in de streek. Wij lazen het plan met belangstelling.",
            "Mijn zus liet me weten dat je op de nota mag reageren. Ik ben geen kenner en heb niet alles gelezen, maar ik wil wel iets kwijt. Ik wil niet dat mijn naam in de krant komt.",
            "Ik schrijf u omdat de bewonersvereniging ons opriep om op het plan te reageren.",
            "Via het wijkteam kregen wij het concept toegestuurd. Hoewel wij buiten de regio liggen, maken wij graag van de gelegenheid gebruik om te reageren.",
            "Op de website van de gemeente las ik dat reacties worden gevraagd op de nota.",
            // An addressee line below the date; thanks for the chance to
            // advise; a reversed `graag reageren wij`; a letter without a
            // name; `je kunt daarop reageren`.
            "Aan het regionaal bestuur Zorg en Veiligheid",
            "Op 2 februari vroeg u ons om advies. Wij danken u voor de gelegenheid om te adviseren en geven u hieronder onze adviezen.",
            "Graag reageren wij namens de huisartsen van de kring op de nota.",
            "Ik stuur deze reactie zonder mijn naam, dat vindt mijn dochter veiliger. Ik schrijf deze brief omdat mijn buurvrouw het vroeg.",
            "Mijn buurman vertelde dat je daarop kunt reageren. Ik wil graag vertellen hoe het bij ons ging.",
            "Wij bezoeken elke week zo'n veertig gezinnen in de wijk en zien daar veel van wat achter de voordeur gebeurt. Graag geven wij u daarom onze punten mee.",
        ] {
            let text = format!(
                "Geachte werkgroep,\n\n{intro}\n\n1. Wij missen een paragraaf over de wachtlijsten bij de opvang.\n\n2. De meldcode moet ook voor sportclubs gelden.\n\nVoor een nadere toelichting komen wij graag bij u langs.\n\nMet vriendelijke groet,\n\nJ. Jansen\n"
            );
            let l = split(&text);
            assert_eq!(l.comments.len(), 2, "{intro}: {:#?}", texts(&l));
            assert!(l.comments[0].text.starts_with("1. Wij missen"), "{:#?}", texts(&l));
            assert!(!l.comments[1].text.contains("toelichting"), "{:#?}", texts(&l));
        }
        // Closings: thanks for reading, good wishes.
        for closing in [
            "Dank je wel voor het lezen van mijn brief.",
            "Wij wensen u veel wijsheid bij het afronden van de nota en zien uit naar uw antwoord.",
        ] {
            let l = split(&format!(
                "Geachte werkgroep,\n\n1. Wij missen een paragraaf over de wachtlijsten bij de opvang.\n\n2. De meldcode moet ook voor sportclubs gelden.\n\n{closing}\n\nMet vriendelijke groet,\n\nJ. Jansen\n"
            ));
            assert_eq!(l.comments.len(), 2, "{closing}: {:#?}", texts(&l));
        }
        // The same openings carrying a view are points.
        for point in [
            "Ik schrijf u omdat de opvang voor mannen ontbreekt.",
            "Dank u voor het plan, maar wij missen de scholen erin.",
            "In de vergadering van 2 mei bleek dat de wachtlijst voor de opvang te lang is; die moet korter.",
            "Ik reageer op de visie omdat de opvang voor mannen ontbreekt.",
            "Ik reageer op paragraaf 5.2: de wachtlijst moet korter.",
            "Aan de opvang voor mannen moet meer aandacht worden besteed.",
        ] {
            let l = split(&format!(
                "Geachte werkgroep,\n\n{point}\n\nMet vriendelijke groet,\n\nJ. Jansen\n"
            ));
            assert_eq!(l.comments.len(), 1, "{point}: {:#?}", texts(&l));
        }
    }

    #[test]
    fn an_offer_to_explain_closes_the_letter() {
        let l = split("Geachte werkgroep,\n\nAdvies 1 – Meer opvang. Wij adviseren meer plaatsen.\n\nAdvies 2 – Betrek cliënten. Wij adviseren cliënten te vragen.\n\nDe adviesraad is graag bereid zijn adviezen toe te lichten.\n\nMet vriendelijke groet,\n\nJ. Jansen\n");
        assert_eq!(l.comments.len(), 2, "{:#?}", texts(&l));
        assert!(!l.comments[1].text.contains("bereid"), "{:#?}", texts(&l));
    }

    #[test]
    fn a_short_statement_and_its_elaboration_are_one_point() {
        let l = split("Geachte werkgroep,\n\nWij steunen het voornemen om een time-outvoorziening te onderzoeken.\n\nElders verkleint een slaapplek voor de pleger het risico. Wij bieden aan kennis in te brengen bij dat onderzoek.\n\nDe wachtlijsten bij de vrouwenopvang zijn veel te lang voor gezinnen met kinderen.\n\nMet vriendelijke groet,\n\nJ. Jansen\n");
        assert_eq!(l.comments.len(), 2, "{:#?}", texts(&l));
        assert!(l.comments[0].text.contains("bij dat onderzoek"));
        assert!(l.comments[1].text.starts_with("De wachtlijsten"));
        // Sharing a word is not referring back.
        let l = split("De adviesraad vraagt om kindermishandeling te noemen in de inleiding.\n\nDaarnaast mist de adviesraad aandacht voor ouderen bij preventie.\n");
        assert_eq!(l.comments.len(), 2, "{:#?}", texts(&l));
    }

    const COUNCIL: &str = "Gemeente Katwijk\nPostbus 589\n2220 AN Katwijk\n\nAan de werkgroep Regiovisie\n\nKatwijk, 14 oktober 2026\n\nBetreft: zienswijze regiovisie\nOns kenmerk: 2026/123\n\nGeachte leden van de werkgroep,\n\nHierbij ontvangt u de zienswijze van de gemeenteraad van Katwijk op de concept-regiovisie.\n\n1. De raad mist in paragraaf 5.2 aandacht voor ouderenmishandeling.\nDit moet worden toegevoegd.\n\n2. Op pag. 13 staat dat de wachtlijsten\nbij Veilig Thuis korter worden; de raad wil weten hoe.\n\n3. De raad vraagt om een jaarlijkse evaluatie.\n\nVoor vragen kunt u contact opnemen met de griffie.\n\nMet vriendelijke groet,\n\nDe gemeenteraad van Katwijk,\n\nJ. de Vries, griffier\nA. Jansen, voorzitter\n\nPagina 1 van 1\n";

    #[test]
    fn sender_name_leaves_out_an_address() {
        assert_eq!(
            sender_name("Thomas Bakker, Kerkstraat 3, Zoeterhout"),
            "Thomas Bakker"
        );
        assert_eq!(sender_name("\"Bakker, T.\" <t@example.nl>"), "Bakker, T.");
        assert_eq!(
            sender_name("Stichting Oost, afdeling beleid"),
            "Stichting Oost, afdeling beleid"
        );
    }

    #[test]
    fn signing_body_without_closing_and_function_titles() {
        let college = "Gemeente Noordwaard\nBurgemeester en wethouders\n\nAan de werkgroep\n\nNoordwaard, 3 oktober 2026\n\nGeacht bestuur,\n\n1. Wij vragen de regio de hulp aan plegers regionaal in te kopen, zodat kleine gemeenten de termijn halen.\n\n2. Wij willen weten hoe de projectleider wordt bekostigd en welke verdeelsleutel geldt.\n\nBurgemeester en wethouders van Noordwaard,\nde secretaris,          de burgemeester,\nR. de Lange             H.J. van Dam\n";
        let l = split(college);
        assert_eq!(
            l.respondent.as_deref(),
            Some("College van burgemeester en wethouders van Noordwaard")
        );
        assert_eq!(l.kind, RespondentKind::ExecutiveBoard);
        let org = "Stichting Opvang Oost\nPostbus 3\n1234 AB Oost\n\nGeachte werkgroep,\n\nWij vragen om meer opvangplaatsen voor moeders met kinderen in de regio.\n\nMet vriendelijke groet,\nK. Smit\ndirecteur-bestuurder Stichting Opvang Oost\n";
        assert_eq!(
            split(org).respondent.as_deref(),
            Some("Stichting Opvang Oost")
        );
        assert!(is_function_only("de secretaris, de burgemeester"));
        assert!(!is_function_only("Gemeente Oost"));
        assert_eq!(
            strip_function("Voorzitter Adviesraad Sociaal Domein"),
            "Adviesraad Sociaal Domein"
        );
        assert_eq!(
            strip_function("Burgemeester en wethouders van Oost"),
            "Burgemeester en wethouders van Oost"
        );
    }

    #[test]
    fn numbered_points_and_furniture() {
        let l = split(COUNCIL);
        assert_eq!(l.comments.len(), 3, "{:#?}", texts(&l));
        assert_eq!(l.comments[0].label.as_deref(), Some("1"));
        assert!(l.comments[0]
            .text
            .starts_with("1. De raad mist in paragraaf 5.2"));
        assert!(l.comments[0].text.contains("Dit moet worden toegevoegd."));
        assert!(l.comments[1]
            .text
            .contains("de wachtlijsten bij Veilig Thuis"));
        let all = texts(&l).join(" ");
        for furniture in [
            "Postbus",
            "Geachte",
            "Hierbij",
            "griffie.",
            "Met vriendelijke",
            "Pagina 1",
            "kenmerk",
        ] {
            assert!(!all.contains(furniture), "{furniture} in {all}");
        }
    }

    #[test]
    fn metadata_of_a_council_letter() {
        let l = split(COUNCIL);
        assert_eq!(l.kind, RespondentKind::Council);
        assert_eq!(l.date, NaiveDate::from_ymd_opt(2026, 10, 14));
        assert_eq!(l.place.as_deref(), Some("Katwijk"));
        assert_eq!(l.respondent.as_deref(), Some("Gemeenteraad van Katwijk"));
        assert!(!l.private_person);
    }

    #[test]
    fn email_headers_and_bullets() {
        let l = split("Van: Stichting Welzijn Oost <info@welzijnoost.nl>\nVerzonden: dinsdag 13-10-2026 09:12\nAan: regiovisie@gemeente.nl\nOnderwerp: Reactie regiovisie\n\nBeste werkgroep,\n\nNamens onze stichting geven wij graag de volgende punten mee:\n\n- De rol van het welzijnswerk bij preventie is te klein.\n- Wij missen de mantelzorgers als doelgroep in hoofdstuk 3.\n\nMet vriendelijke groet,\nPetra Bakker\nStichting Welzijn Oost\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde.\n");
        assert_eq!(texts(&l).len(), 2, "{:#?}", texts(&l));
        assert!(l.comments[1]
            .text
            .starts_with("Wij missen de mantelzorgers"));
        assert_eq!(l.kind, RespondentKind::Organisation);
        assert_eq!(l.respondent.as_deref(), Some("Stichting Welzijn Oost"));
        assert_eq!(l.date, NaiveDate::from_ymd_opt(2026, 10, 13));
    }

    #[test]
    fn resident_letter_splits_by_paragraph() {
        let l = split("Geachte heer, mevrouw,\n\nIk woon al twintig jaar in de wijk en maak me zorgen over de lange wachttijden bij de hulpverlening.\n\nDaarnaast vind ik dat de buurtteams veel beter bereikbaar moeten zijn, ook in de avond.\n\nIk hoop dat u hier iets mee doet.\n\nMet vriendelijke groet,\n\nMarieke van den Berg\nDorpsstraat 4\n2221 AB Katwijk\n\nKatwijk, 3 oktober 2026\n");
        assert_eq!(texts(&l).len(), 2, "{:#?}", texts(&l));
        assert_eq!(l.kind, RespondentKind::Resident);
        assert!(l.private_person);
        assert_eq!(l.respondent.as_deref(), Some("Marieke van den Berg"));
        assert_eq!(l.date, NaiveDate::from_ymd_opt(2026, 10, 3));
    }

    #[test]
    fn labelled_advice_points_and_advisory_council() {
        let l = split("Adviesraad Sociaal Domein Noordwijk\n\nDatum: 1 oktober 2026\n\nGeacht college,\n\nDe adviesraad heeft de regiovisie op 20 september besproken.\n\nAdvies 1 – Betrek ervaringsdeskundigen bij de uitvoering.\n\nAdvies 2: Zorg voor voldoende opvangplekken.\nDe huidige capaciteit is te klein.\n\nMet vriendelijke groet,\nNamens de Adviesraad Sociaal Domein Noordwijk,\nK. Smit, voorzitter\n");
        assert_eq!(l.comments.len(), 2, "{:#?}", texts(&l));
        assert_eq!(l.comments[0].label.as_deref(), Some("Advies 1"));
        assert_eq!(l.comments[1].label.as_deref(), Some("Advies 2"));
        assert!(l.comments[1].text.contains("capaciteit"));
        assert_eq!(l.kind, RespondentKind::AdvisoryCouncil);
        assert_eq!(l.date, NaiveDate::from_ymd_opt(2026, 10, 1));
    }

    #[test]
    fn point_spanning_pages_stays_one_comment() {
        let doc = Document {
            file: "r.pdf".into(),
            pages: vec![
                crate::model::Page {
                    number: 1,
                    lines: [
                        "Geachte werkgroep,",
                        "1. De raad vindt de ambitie te",
                        "2. Tweede punt over preventie.",
                    ]
                    .iter()
                    .map(|t| crate::model::Line {
                        text: t.to_string(),
                        ..Default::default()
                    })
                    .collect(),
                    ..Default::default()
                },
                crate::model::Page {
                    number: 2,
                    lines: [
                        "vrijblijvend en vraagt om harde doelen.",
                        "3. Derde punt over de financiën.",
                    ]
                    .iter()
                    .map(|t| crate::model::Line {
                        text: t.to_string(),
                        ..Default::default()
                    })
                    .collect(),
                    ..Default::default()
                },
            ],
            warnings: vec![],
        };
        // Swap to put the continuation right after point 1's first line.
        let mut doc = doc;
        let moved = doc.pages[0].lines.remove(2);
        doc.pages[1].lines.insert(1, moved);
        let l = split_response(&doc, "r");
        assert_eq!(l.comments.len(), 3, "{:#?}", texts(&l));
        assert!(
            l.comments[0].text.contains("te vrijblijvend"),
            "{:#?}",
            texts(&l)
        );
        assert_eq!(l.comments[0].page, Some(1));
        assert_eq!(l.comments[1].page, Some(2));
    }

    #[test]
    fn repeated_text_gets_unique_ids() {
        let l = split("Geachte werkgroep,\n\n- Eens met de visie op preventie.\n\n- Eens met de visie op preventie.\n");
        assert_eq!(l.comments.len(), 2);
        assert_ne!(l.comments[0].id, l.comments[1].id);
        assert!(l.comments[1].id.ends_with("-2"));
    }

    #[test]
    fn campaign_comments_are_grouped() {
        let text = "Ik maak mij grote zorgen over het sluiten van de vrouwenopvang in onze regio en vraag u dit te heroverwegen.";
        let mut rs: Vec<Response> = (0..3)
            .map(|i| Response {
                id: format!("r-{i}"),
                comments: vec![Comment {
                    id: format!("c-{i}"),
                    text: if i == 2 {
                        format!("{text} Groet!")
                    } else {
                        text.to_string()
                    },
                    ..Comment::default()
                }],
                ..Response::default()
            })
            .collect();
        rs.push(Response {
            id: "r-x".into(),
            comments: vec![Comment {
                id: "c-x".into(),
                text: "Iets heel anders over de financiering van preventie in de wijken.".into(),
                ..Comment::default()
            }],
            ..Response::default()
        });
        group_campaigns(&mut rs);
        for r in &rs[..3] {
            assert_eq!(r.comments[0].group.as_deref(), Some("c-0"));
        }
        assert_eq!(rs[3].comments[0].group, None);
    }

    #[test]
    fn one_senders_repeated_text_is_no_campaign_until_another_sends_it() {
        let text = "Wij vragen de regio om de wachtlijsten in de jeugdhulp binnen een jaar terug te dringen.";
        let response = |id: &str, texts: &[&str]| Response {
            id: id.into(),
            comments: texts
                .iter()
                .enumerate()
                .map(|(i, t)| Comment {
                    id: format!("{id}-{i}"),
                    text: t.to_string(),
                    ..Comment::default()
                })
                .collect(),
            ..Response::default()
        };
        let mut rs = vec![response("a", &[text, text])];
        group_campaigns(&mut rs);
        assert!(rs[0].comments.iter().all(|c| c.group.is_none()));
        rs.push(response(
            "b",
            &["Iets anders over preventie en scholen in de wijk.", text],
        ));
        group_campaigns(&mut rs);
        let groups: Vec<Option<&str>> = rs
            .iter()
            .flat_map(|r| &r.comments)
            .map(|c| c.group.as_deref())
            .collect();
        assert_eq!(groups, [Some("a-0"), Some("a-0"), None, Some("a-0")]);
    }

    /// Responses `(id, texts)` with comment ids `<id>-<i>`.
    fn responses_of(spec: &[(String, Vec<String>)]) -> Vec<Response> {
        spec.iter()
            .map(|(id, texts)| Response {
                id: id.clone(),
                comments: texts
                    .iter()
                    .enumerate()
                    .map(|(i, t)| Comment {
                        id: format!("{id}-{i}"),
                        text: t.clone(),
                        ..Comment::default()
                    })
                    .collect(),
                ..Response::default()
            })
            .collect()
    }

    fn groups_of(rs: &[Response]) -> Vec<Option<String>> {
        rs.iter()
            .flat_map(|r| &r.comments)
            .map(|c| c.group.clone())
            .collect()
    }

    /// Grouping with `kept` and the groups and kept data of grouping
    /// without: the same groups, and, when the run keeps its results, the
    /// same sets and pairs.
    fn assert_as_without_kept(
        spec: &[(String, Vec<String>)],
        kept: Option<&KeptCampaigns>,
    ) -> Option<KeptCampaigns> {
        let mut full = responses_of(spec);
        let keys = text_keys(&full);
        let all = group_campaigns_with(&mut full, &keys, None).expect("kept without earlier");
        let mut rs = responses_of(spec);
        let next = group_campaigns_with(&mut rs, &keys, kept);
        assert_eq!(groups_of(&rs), groups_of(&full));
        if let Some(next) = &next {
            let sorted = |k: &KeptCampaigns| {
                let mut pairs = k.pairs.clone();
                pairs.sort_unstable();
                (k.texts.clone(), k.shingles.clone(), k.ends.clone(), pairs)
            };
            assert_eq!(sorted(next), sorted(&all));
        }
        next
    }

    /// A campaign text with `changes` of its words replaced.
    fn variant(template: &str, changes: &[(usize, usize)]) -> String {
        const WORDS: [&str; 8] = [
            "jeugd", "ouderen", "wijk", "school", "zorg", "opvang", "geld", "regio",
        ];
        let mut words: Vec<&str> = template.split(' ').collect();
        for &(at, w) in changes {
            let n = words.len();
            words[at % n] = WORDS[w % WORDS.len()];
        }
        words.join(" ")
    }

    const TEMPLATES: [&str; 3] = [
        "wij maken ons grote zorgen over het sluiten van de vrouwenopvang in onze regio",
        "de wachtlijsten in de jeugdhulp moeten binnen een jaar worden teruggedrongen door de regio",
        "ik vraag u de buurtteams ook in de avond bereikbaar te maken voor alle inwoners",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Kept grouping of an earlier set of responses (with responses
        /// added and removed since, kept or not by the run in between)
        /// gives the groups of grouping from scratch.
        #[test]
        fn kept_grouping_gives_the_groups_of_grouping_anew(
            letters in proptest::collection::vec(
                proptest::collection::vec(
                    (0usize..4, proptest::collection::vec((0usize..20, 0usize..8), 0..5)),
                    1..4,
                ),
                2..14,
            ),
            first in proptest::collection::vec(proptest::bool::ANY, 14),
            flips in proptest::collection::vec(0usize..14, 0..3),
        ) {
            let spec: Vec<(String, Vec<String>)> = letters
                .iter()
                .enumerate()
                .map(|(i, comments)| {
                    let texts = comments
                        .iter()
                        .map(|(t, changes)| match TEMPLATES.get(*t) {
                            Some(template) => variant(template, changes),
                            // Short texts (no shingles) and unrelated ones.
                            None if changes.len() < 2 => "eens".to_string(),
                            None => format!("iets heel anders over punt {} en {}", changes[0].0, changes[1].1),
                        })
                        .collect();
                    (format!("r{i}"), texts)
                })
                .collect();
            let pick = |which: &[bool]| -> Vec<(String, Vec<String>)> {
                spec.iter().zip(which).filter(|(_, k)| **k).map(|(r, _)| r.clone()).collect()
            };
            let a = pick(&first);
            let kept_a = assert_as_without_kept(&a, None);
            // A few responses added or removed.
            let mut second = first.clone();
            for i in flips {
                second[i] = !second[i];
            }
            let b = pick(&second);
            let kept_b = assert_as_without_kept(&b, kept_a.as_ref());
            // The kept grouping of `a` again, or `b`'s when it kept one.
            let kept = kept_b.as_ref().or(kept_a.as_ref());
            assert_as_without_kept(&spec, kept);
        }
    }

    #[test]
    fn a_shingle_becoming_common_makes_grouping_compare_all() {
        // Texts sharing a stock phrase; two of them similar only through it.
        let stock = "in het kader van de regionale samenwerking";
        let mut spec: Vec<(String, Vec<String>)> = (0..COMMON_SHINGLE)
            .map(|i| {
                (
                    format!("r{i}"),
                    vec![format!("{stock} punt nummer {i} x{i} y{i}")],
                )
            })
            .collect();
        spec[0].1 = vec![format!("{stock} vraagt aandacht")];
        spec[1].1 = vec![format!("{stock} vraagt zorg")];
        let kept = assert_as_without_kept(&spec, None).unwrap();
        let mut rs = responses_of(&spec);
        assert!(groups_of(&rs).iter().all(Option::is_none));
        group_campaigns(&mut rs);
        assert_eq!(rs[0].comments[0].group.as_deref(), Some("r0-0"));
        // One more text with the phrase: its shingles become common, so the
        // pair of the first two is no longer similar.
        spec.push(("extra".into(), vec![format!("{stock} en nog iets")]));
        let next = assert_as_without_kept(&spec, Some(&kept));
        assert!(next.is_some(), "grouping anew keeps its results");
        let mut rs = responses_of(&spec);
        group_campaigns(&mut rs);
        assert!(groups_of(&rs).iter().all(Option::is_none));
        // And back.
        spec.pop();
        assert_as_without_kept(&spec, next.as_ref());
    }

    #[test]
    fn a_small_change_does_not_keep_grouping_again() {
        let spec: Vec<(String, Vec<String>)> = (0..40)
            .map(|i| (format!("r{i}"), vec![variant(TEMPLATES[i % 3], &[(i, i)])]))
            .collect();
        let kept = assert_as_without_kept(&spec[..39], None).unwrap();
        assert!(assert_as_without_kept(&spec, Some(&kept)).is_none());
        // Without anything kept the results are kept.
        assert!(assert_as_without_kept(&spec, None).is_some());
    }

    #[test]
    fn inconsistent_kept_grouping_is_not_used() {
        let spec: Vec<(String, Vec<String>)> = (0..6)
            .map(|i| (format!("r{i}"), vec![variant(TEMPLATES[i % 2], &[(i, i)])]))
            .collect();
        let mut kept = assert_as_without_kept(&spec, None).unwrap();
        assert!(kept.is_consistent());
        kept.pairs.push((0, u32::MAX - 1));
        assert!(!kept.is_consistent());
        assert!(assert_as_without_kept(&spec, Some(&kept)).is_some());
        let bytes = crate::cache::encode(&kept).unwrap();
        assert_eq!(crate::cache::decode::<KeptCampaigns>(&bytes), Some(kept));
    }

    #[test]
    fn dates_in_several_forms() {
        assert_eq!(
            date_in("Katwijk, 14 okt. 2026").map(|d| d.0),
            NaiveDate::from_ymd_opt(2026, 10, 14)
        );
        assert_eq!(
            date_in("Datum: 14-10-2026").map(|d| d.0),
            NaiveDate::from_ymd_opt(2026, 10, 14)
        );
        assert_eq!(
            date_in("2026-10-14").map(|d| d.0),
            NaiveDate::from_ymd_opt(2026, 10, 14)
        );
        assert_eq!(date_in("31 februari 2026"), None);
    }
}
