//! Text files and simple e-mails: encoding detection (UTF-8 with or
//! without BOM, UTF-16 with BOM, otherwise Windows-1252) and paragraphs
//! from blank lines.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::ExtractError;
use crate::model::{Document, Line, Page};

/// Decodes text bytes: BOMs first, then UTF-16 without BOM (told by its
/// zero bytes: every other byte of Latin text), then strict UTF-8, else
/// Windows-1252 (what Notepad on a Dutch Windows writes as "ANSI"). Line
/// ends are made `\n`, also old Mac files' lone `\r`.
pub fn decode_text(bytes: &[u8]) -> String {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        UTF_16LE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        encoding.decode_without_bom_handling(bytes).0.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        }
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// UTF-16 without a byte order mark: an even number of bytes, of which
/// (nearly) all at odd positions are zero and (nearly) none at even
/// positions (little-endian), or the other way round (big-endian), as in
/// Latin text. A text with a few stray zero bytes is not.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let zeros = |offset: usize| {
        bytes
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let mostly = |n: usize| n * 10 >= pairs * 7;
    let hardly = |n: usize| n * 20 <= pairs;
    if mostly(odd) && hardly(even) {
        Some(UTF_16LE)
    } else if mostly(even) && hardly(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Text files: one page; blank lines separate paragraphs.
pub fn extract_plain_text(file: &str, bytes: &[u8]) -> Document {
    let text = decode_text(bytes);
    Document {
        file: file.into(),
        pages: vec![Page {
            number: 1,
            lines: text_lines(&text),
            ..Page::default()
        }],
        warnings: Vec::new(),
    }
}

fn text_lines(text: &str) -> Vec<Line> {
    // Each line with the number of blank lines above it.
    let mut rows: Vec<(usize, String)> = Vec::new();
    let mut blanks = 0;
    for raw in text.lines() {
        let t = raw.trim_end().replace('\u{0}', "");
        if t.trim().is_empty() {
            blanks += 1;
            continue;
        }
        rows.push((blanks, t));
        blanks = 0;
    }
    let double = double_spaced(&rows);
    rows.into_iter()
        .enumerate()
        .map(|(i, (blanks, text))| Line {
            text,
            paragraph_start: i == 0 || blanks >= if double { 2 } else { 1 },
            ..Line::default()
        })
        .collect()
}

/// Whether a text is double-spaced with its paragraphs set off by more
/// than one blank line (as a PDF copied into a text file can be: `Uit de`
/// / blank / `prevalentiemonitor ...`): nearly every line has one blank
/// line above it, hardly any none, and some have more. Its paragraphs
/// start after two blank lines or more. A double-spaced text without
/// wider gaps keeps a paragraph per line (nothing tells them apart).
fn double_spaced(rows: &[(usize, String)]) -> bool {
    let rest = rows.get(1..).unwrap_or_default();
    let n = rest.len();
    let count = |f: fn(usize) -> bool| rest.iter().filter(|(b, _)| f(*b)).count();
    n >= 8
        && count(|b| b == 1) * 10 >= n * 6
        && count(|b| b == 0) * 10 <= n
        && count(|b| b >= 2) >= 1
}

/// A simple `.eml`: a single `text/plain` body in 7bit, 8bit or
/// quoted-printable encoding. Anything else (HTML, attachments, base64)
/// is reported as unsupported with advice.
///
/// The message's sender and date head the body's lines as the header
/// lines a pasted e-mail has (`From: Sanne Pietersen <...>`, `Date: Mon,
/// 2 Nov 2026 ...`, `Subject: ...`): the splitter reads who sent it and
/// when from them (when the letter names no better), and never takes
/// them for comments. A `From:` without a display name (a bare address)
/// names no one and is left out.
pub fn extract_eml(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    let unsupported = |why: &str| ExtractError::Unsupported {
        file: file.into(),
        format: format!(".eml ({why})"),
        advice: "open the e-mail and save it as PDF, or copy its text into a .txt file".into(),
    };
    let text = decode_text(bytes);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .or_else(|| text.split_once("\n\n"))
        .ok_or_else(|| unsupported("no message body"))?;
    let fields = header_fields(head);
    let header = |name: &str| -> Option<&str> {
        fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let ctype = header("content-type").map_or_else(|| "text/plain".into(), str::to_ascii_lowercase);
    if !ctype.starts_with("text/plain") {
        return Err(unsupported("HTML or multi-part message"));
    }
    let encoding = header("content-transfer-encoding").map(str::to_ascii_lowercase);
    let body = match encoding.as_deref() {
        None | Some("7bit") | Some("8bit") | Some("binary") => body.to_string(),
        Some("quoted-printable") => decode_quoted_printable(body, ctype.contains("utf-8")),
        Some(_) => return Err(unsupported("encoded body")),
    };
    let subject = header("subject")
        .map(decode_encoded_words)
        .filter(|s| !s.is_empty());
    // A message a system sends (`Gemeente X <noreply@...>`, a web form's)
    // names no sender.
    let from = header("from")
        .filter(|f| !is_no_reply(f))
        .map(decode_encoded_words)
        .and_then(|f| display_name(&f));
    let date = header("date").filter(|d| !d.is_empty());
    let mut lines: Vec<String> = Vec::new();
    if let Some(from) = &from {
        lines.push(format!("From: {from}"));
    }
    if let Some(date) = date {
        lines.push(format!("Date: {date}"));
    }
    if let Some(subject) = &subject {
        lines.push(format!("Subject: {subject}"));
    }
    let mut doc = extract_plain_text(file, body.as_bytes());
    if !lines.is_empty() {
        let page = &mut doc.pages[0];
        if let Some(first) = page.lines.first_mut() {
            first.paragraph_start = true;
        }
        let head = lines.into_iter().enumerate().map(|(i, text)| Line {
            text,
            paragraph_start: i == 0,
            ..Line::default()
        });
        page.lines.splice(0..0, head);
    }
    if let Some(subject) = subject {
        doc.pages[0].header.push(subject);
    }
    Ok(doc)
}

/// An address that takes no replies: a system's (`noreply@`,
/// `no-reply@`, `donotreply@`, `mailer-daemon@`).
fn is_no_reply(from: &str) -> bool {
    let lower = from.to_lowercase().replace(['-', '_', '.'], "");
    ["noreply@", "donotreply@", "mailerdaemon@", "notreply@"]
        .iter()
        .any(|a| lower.contains(a))
}

/// A message's header fields, names as written, continuation lines of a
/// folded field joined to it.
fn header_fields(head: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = fields.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            fields.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    fields
}

/// The display name of a `From:` value (`Sanne Pietersen
/// <s.pietersen@example.nl>`, `"Pietersen, Sanne" <...>`), quotes left
/// out and a name written surname first (`Pietersen, Sanne`, `Vries, Jan
/// de`) put in reading order. `None` for a bare address.
fn display_name(from: &str) -> Option<String> {
    let name = match from.find('<') {
        Some(at) => &from[..at],
        None if from.contains('@') => {
            // `s.pietersen@example.nl (Sanne Pietersen)`: the old form.
            let comment = from.split_once('(').and_then(|(_, c)| c.strip_suffix(')'));
            comment.unwrap_or("")
        }
        None => from,
    };
    let name = name.trim().trim_matches('"').trim().replace("\\\"", "\"");
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.contains('@') || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(surname_last(&name).unwrap_or(name))
}

/// `Pietersen, Sanne` → `Sanne Pietersen`, `Vries, Jan de` → `Jan de
/// Vries`, `de Vries, J.` → `J. de Vries`: a surname (one capitalised
/// word, lower-case particles before it allowed) before a comma, given
/// names or initials after it (lower-case particles at their end). `None`
/// for anything else (`Stichting X, afdeling Y`).
fn surname_last(name: &str) -> Option<String> {
    let (surname, given) = name.split_once(',')?;
    let (surname, given) = (surname.trim(), given.trim());
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let lower = |w: &str| w.chars().all(char::is_lowercase) && w.chars().count() <= 3;
    let sw: Vec<&str> = surname.split_whitespace().collect();
    let gw: Vec<&str> = given.split_whitespace().collect();
    let surname_ok = sw.last().is_some_and(|w| capital(w))
        && sw[..sw.len() - 1].iter().all(|w| lower(w) || *w == "'t");
    let names = gw.iter().take_while(|w| capital(w)).count();
    let given_ok = (1..=3).contains(&names)
        && gw[names..].iter().all(|w| lower(w) || *w == "'t")
        && gw.len() - names <= 2;
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
    };
    (surname_ok && given_ok && sw.iter().chain(&gw).all(plain) && !given.contains(','))
        .then(|| format!("{given} {surname}"))
}

/// RFC 2047 encoded words in a header value (`=?utf-8?q?Sanne_Pi=C3=ABtersen?=`,
/// `=?UTF-8?B?...?=`) decoded; the space between two encoded words is
/// left out, as the RFC says. A word that cannot be decoded stays as it is.
fn decode_encoded_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut after_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, from) = rest.split_at(start);
        let decoded = encoded_word(from);
        match decoded {
            Some((text, len)) => {
                if !(after_word && before.trim().is_empty()) {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = &from[len..];
                after_word = true;
            }
            None => {
                out.push_str(before);
                out.push_str("=?");
                rest = &from[2..];
                after_word = false;
            }
        }
    }
    out.push_str(rest);
    out.trim().to_string()
}

/// One encoded word at the start of `t`: its text and its length in `t`.
fn encoded_word(t: &str) -> Option<(String, usize)> {
    let inner = t.strip_prefix("=?")?;
    let (charset, inner) = inner.split_once('?')?;
    let (enc, inner) = inner.split_once('?')?;
    let end = inner.find("?=")?;
    let data = &inner[..end];
    if data.contains(char::is_whitespace) {
        return None;
    }
    let len = 2 + charset.len() + 1 + enc.len() + 1 + end + 2;
    // `utf-8*nl`: a language after the charset.
    let charset = charset.split('*').next().unwrap_or(charset);
    let bytes = match enc {
        "q" | "Q" => unquote(data.as_bytes(), Quoted::Word)?,
        "b" | "B" => base64(data)?,
        _ => return None,
    };
    let encoding = encoding_rs::Encoding::for_label(charset.as_bytes()).unwrap_or(WINDOWS_1252);
    Some((
        encoding.decode_without_bom_handling(&bytes).0.into_owned(),
        len,
    ))
}

/// Standard base64, padding optional, as mail programs write it.
fn base64(data: &str) -> Option<Vec<u8>> {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    use base64::Engine;
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );
    LENIENT.decode(data).ok()
}

/// Where quoted-printable text comes from ([`unquote`]).
#[derive(Clone, Copy, PartialEq)]
enum Quoted {
    /// A message body: soft line breaks (`=` at a line's end) join
    /// lines; a `=` not followed by two hex digits stays as it is.
    Body,
    /// An RFC 2047 encoded word's text (`Sanne_Pi=C3=ABtersen`): `_` is a
    /// space, and a `=` without two hex digits makes it undecodable.
    Word,
}

/// The bytes of quoted-printable `raw`; `None` only for a [`Quoted::Word`]
/// with a broken `=` escape.
fn unquote(raw: &[u8], from: Quoted) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'=' => {
                if from == Quoted::Body {
                    if raw.get(i + 1) == Some(&b'\n') {
                        i += 2;
                        continue;
                    }
                    if raw.get(i + 1) == Some(&b'\r') && raw.get(i + 2) == Some(&b'\n') {
                        i += 3;
                        continue;
                    }
                }
                let hex = raw
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        bytes.push(b);
                        i += 3;
                        continue;
                    }
                    None if from == Quoted::Word => return None,
                    None => bytes.push(b'='),
                }
            }
            b'_' if from == Quoted::Word => bytes.push(b' '),
            c => bytes.push(c),
        }
        i += 1;
    }
    Some(bytes)
}

fn decode_quoted_printable(body: &str, utf8: bool) -> String {
    let bytes = unquote(body.as_bytes(), Quoted::Body).unwrap_or_default();
    if utf8 {
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        decode_text(&bytes)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_double_spaced_text_keeps_its_paragraphs_whole() {
        // QA: the real seed letter, copied from a PDF with a blank line
        // after every line and a blank line with a space between the
        // paragraphs, gave a paragraph per line (`Uit de` / `prevalentie...`).
        let mut text = String::from("Geachte Raad,\n\n \n\n");
        for p in 0..3 {
            for l in 0..4 {
                text.push_str(&format!("Regel {l} van alinea {p} loopt door op de \n\n"));
            }
            text.push_str(" \n\n");
        }
        let lines = text_lines(&text);
        let starts: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].paragraph_start)
            .collect();
        assert_eq!(starts, [0, 1, 5, 9], "{lines:#?}");
        // Single-spaced text: a paragraph after each blank line.
        let lines = text_lines("Een.\nTwee.\n\nDrie.\n");
        assert!(lines[0].paragraph_start && !lines[1].paragraph_start && lines[2].paragraph_start);
    }

    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFbe\xC3\xABindigd"), "beëindigd");
        assert_eq!(decode_text(b"be\xEBindigd \x80 5"), "beëindigd € 5");
        assert_eq!(decode_text(b"\xFF\xFEe\x00\xEB\x00"), "eë");
        assert_eq!(decode_text(b"\xFE\xFF\x00e\x00\xEB"), "eë");
        // UTF-16 as some tools save it, without a byte order mark.
        let le: Vec<u8> = "Geachte werkgroep, € 5 ‘kort’"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode_text(&le), "Geachte werkgroep, € 5 ‘kort’");
        let be: Vec<u8> = "Beste werkgroep"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode_text(&be), "Beste werkgroep");
        // A few stray zero bytes do not make UTF-16.
        assert_eq!(decode_text(b"ab\x00cdef"), "ab\u{0}cdef");
        // Line ends of Windows and of old Macs.
        assert_eq!(decode_text(b"een\r\ntwee\rdrie\n"), "een\ntwee\ndrie\n");
    }

    #[test]
    fn paragraphs() {
        let d = extract_plain_text("a.txt", b"een\ntwee\n\ndrie\r\n");
        let l = &d.pages[0].lines;
        assert_eq!(l.len(), 3);
        assert!(l[0].paragraph_start && !l[1].paragraph_start && l[2].paragraph_start);
    }

    #[test]
    fn eml_plain_and_quoted_printable() {
        let mail = b"Subject: Zienswijze\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nGeachte heer,\n\nWij zijn het on=C3=AB=\nens.\n";
        let d = extract_eml("z.eml", mail).unwrap();
        assert_eq!(d.pages[0].lines[0].text, "Subject: Zienswijze");
        assert_eq!(d.pages[0].lines[2].text, "Wij zijn het onëens.");
        assert_eq!(d.pages[0].header, ["Zienswijze"]);
        let html = b"Content-Type: text/html\n\n<p>x</p>";
        assert!(matches!(
            extract_eml("h.eml", html),
            Err(ExtractError::Unsupported { .. })
        ));
    }

    #[test]
    fn an_emls_sender_and_date_head_its_lines() {
        // QA: an e-mail from `Sanne Pietersen <...>` signed `Sanne` had no
        // sender, and one sent after the deadline no date: `From:` and
        // `Date:` were not read.
        let lines = |mail: &str| -> Vec<String> {
            let d = extract_eml("m.eml", mail.as_bytes()).unwrap();
            d.pages[0].lines.iter().map(|l| l.text.clone()).collect()
        };
        let body = "\n\nHoi,\n\nDe wachtlijsten zijn te lang.\n";
        let l = lines(&format!(
            "From: Sanne Pietersen <s.pietersen@example.nl>\nTo: inspraak@example.nl\n\
             Subject: Reactie\nDate: Mon, 2 Nov 2026 10:12:00 +0100\n\
             Content-Type: text/plain; charset=utf-8{body}"
        ));
        assert_eq!(
            l,
            [
                "From: Sanne Pietersen",
                "Date: Mon, 2 Nov 2026 10:12:00 +0100",
                "Subject: Reactie",
                "Hoi,",
                "De wachtlijsten zijn te lang."
            ]
        );
        let from = |value: &str| lines(&format!("From: {value}{body}")).remove(0);
        // Encoded words (a folded header too), surname first, quotes.
        assert_eq!(
            from("=?utf-8?q?Sanne_Pi=C3=ABtersen?= <s@example.nl>"),
            "From: Sanne Piëtersen"
        );
        assert_eq!(
            from("=?UTF-8?B?U2FubmUgUGnDq3RlcnNlbg==?=\n <s@example.nl>"),
            "From: Sanne Piëtersen"
        );
        assert_eq!(
            from("=?iso-8859-1?q?Pi=EBtersen=2C?= =?iso-8859-1?q?_Sanne?= <s@example.nl>"),
            "From: Sanne Piëtersen"
        );
        assert_eq!(
            from("\"Pietersen, Sanne\" <s@example.nl>"),
            "From: Sanne Pietersen"
        );
        assert_eq!(
            from("\"Vries, Jan de\" <j@example.nl>"),
            "From: Jan de Vries"
        );
        assert_eq!(from("\"de Vries, J.\" <j@example.nl>"), "From: J. de Vries");
        assert_eq!(
            from("\"Stichting Wonen, afdeling Beheer\" <b@example.nl>"),
            "From: Stichting Wonen, afdeling Beheer"
        );
        assert_eq!(
            from("s@example.nl (Sanne Pietersen)"),
            "From: Sanne Pietersen"
        );
        // A bare address names no one.
        assert_eq!(from("<s.pietersen@example.nl>"), "Hoi,");
        assert_eq!(from("s.pietersen@example.nl"), "Hoi,");
        // Nor does a system's.
        assert_eq!(
            from("Gemeente Zandwijk <no-reply@zandwijk.example.nl>"),
            "Hoi,"
        );
    }
}
