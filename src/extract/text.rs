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
    let header = |name: &str| -> Option<String> {
        head.lines()
            .find(|l| l.to_ascii_lowercase().starts_with(&format!("{name}:")))
            .map(|l| l[name.len() + 1..].trim().to_ascii_lowercase())
    };
    let ctype = header("content-type").unwrap_or_else(|| "text/plain".into());
    if !ctype.starts_with("text/plain") {
        return Err(unsupported("HTML or multi-part message"));
    }
    let body = match header("content-transfer-encoding").as_deref() {
        None | Some("7bit") | Some("8bit") | Some("binary") => body.to_string(),
        Some("quoted-printable") => decode_quoted_printable(body, ctype.contains("utf-8")),
        Some(_) => return Err(unsupported("encoded body")),
    };
    let mut doc = extract_plain_text(file, body.as_bytes());
    if let Some(subject) = head
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("subject:"))
    {
        let subject = subject[8..].trim();
        if !subject.is_empty() {
            doc.pages[0].header.push(subject.to_string());
        }
    }
    Ok(doc)
}

fn decode_quoted_printable(body: &str, utf8: bool) -> String {
    let mut bytes = Vec::with_capacity(body.len());
    let raw = body.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'=' {
            if raw.get(i + 1) == Some(&b'\n') {
                i += 2;
                continue;
            }
            if raw.get(i + 1) == Some(&b'\r') && raw.get(i + 2) == Some(&b'\n') {
                i += 3;
                continue;
            }
            let hex = raw
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                bytes.push(b);
                i += 3;
                continue;
            }
        }
        bytes.push(raw[i]);
        i += 1;
    }
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
        assert_eq!(d.pages[0].lines[1].text, "Wij zijn het onëens.");
        assert_eq!(d.pages[0].header, ["Zienswijze"]);
        let html = b"Content-Type: text/html\n\n<p>x</p>";
        assert!(matches!(
            extract_eml("h.eml", html),
            Err(ExtractError::Unsupported { .. })
        ));
    }
}
