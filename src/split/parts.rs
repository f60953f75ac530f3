//! The parts of a letter: where its body starts and ends, and the lines
//! that are letter furniture (salutation, closing, signature, e-mail
//! headers, letterhead), never comments.

use super::metadata::{date_in, is_address, is_person_name, organisation_word};
use super::Row;
use crate::text::StaticRegex;

/// This module's regexes, for [`super::prepare`].
pub(super) const PATTERNS: &[&StaticRegex] = &[
    &SALUTATION,
    &CLOSING,
    &SIGNATURE_FUNCTION,
    &HEADER_LINE,
    &FURNITURE,
];

/// Where the body starts and ends.
pub(super) struct Parts {
    pub(super) body_start: usize,
    pub(super) body_end: usize,
}

impl Parts {
    pub(super) fn find(lines: &[Row]) -> Parts {
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

pub(super) fn word_count(t: &str) -> usize {
    t.split_whitespace().count()
}

pub(super) static SALUTATION: StaticRegex = StaticRegex::new(
    r"^(?i)(geachte?|beste|hooggeachte|zeer geachte|lieve|l\.s\.|dear|hallo|goedemiddag|goedemorgen|aan de leden)\b.{0,100}[,:]?$",
);

pub(super) fn is_salutation(t: &str) -> bool {
    SALUTATION.get().is_match(t) && word_count(t) <= 14
}

pub(super) static CLOSING: StaticRegex = StaticRegex::new(
    r"^(?i)(met (vriendelijke|hartelijke|beste|collegiale|respectvolle|sportieve|\w+e) groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|hoogachtend|groeten|groet,?|kind regards|met dank en groet)\b",
);

pub(super) fn is_closing(t: &str) -> bool {
    CLOSING.get().is_match(t)
}

pub(super) static SIGNATURE_FUNCTION: StaticRegex = StaticRegex::new(
    r"(?i)^((de|het) )?(secretaris|burgemeester|voorzitter|griffier|directeur|wethouder|namens|hoogachtend)\b",
);

/// A short line of a signature block: a signing body, a name or a function.
pub(super) fn is_signature_line(t: &str) -> bool {
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

pub(super) static HEADER_LINE: StaticRegex = StaticRegex::new(
    r"^(?i)(van|aan|cc|bcc|verzonden|verstuurd|datum|onderwerp|betreft|kenmerk|ons kenmerk|uw kenmerk|uw brief van|bijlage\(n\)|bijlagen|from|to|sent|date|subject|telefoon|tel\.|e-mail|email|doorkiesnummer|behandeld door|contactpersoon|zaaknummer|registratienummer)\s*:",
);

/// E-mail header (`Van:`, `Aan:`, ...).
pub(super) fn is_header_line(t: &str) -> bool {
    HEADER_LINE.get().is_match(t)
}

/// A line of the letter head: headers, addresses, dates, short lines.
pub(super) fn is_head_line(t: &str) -> bool {
    is_header_line(t) || is_furniture(t) || date_in(t).is_some() || word_count(t) < 6
}

pub(super) static FURNITURE: StaticRegex = StaticRegex::new(
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
pub(super) fn is_furniture(t: &str) -> bool {
    let r = FURNITURE.get();
    r.is_match(t.trim())
}

pub(super) fn header_value(t: &str, names: &[&str]) -> Option<String> {
    let (name, value) = t.split_once(':')?;
    let name = name.trim().to_lowercase();
    names
        .contains(&name.as_str())
        .then(|| value.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// `Jan de Vries <jan@example.nl>` → `Jan de Vries`.
pub(super) fn sender_name(v: &str) -> String {
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
