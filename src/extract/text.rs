//! Text files and simple e-mails: encoding detection (UTF-8 with or
//! without BOM, UTF-16 with BOM, otherwise Windows-1252) and paragraphs
//! from blank lines.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use super::mime::{self, Attachment, AttachmentKind};
use super::ExtractError;
use crate::model::{Document, Line, Page};

/// Decodes text bytes: BOMs first, then UTF-16 without BOM (told by its
/// zero bytes: every other byte of Latin text), then strict UTF-8, else
/// Windows-1252 (what Notepad on a Dutch Windows writes as "ANSI"). Line
/// ends are made `\n`, also old Mac files' lone `\r`.
pub fn decode_text(bytes: &[u8]) -> String {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8_else_1252(rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        UTF_16LE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        encoding.decode_without_bom_handling(bytes).0.into_owned()
    } else {
        utf8_else_1252(bytes)
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// `bytes` as UTF-8 where they are valid UTF-8, and each byte that is not
/// as Windows-1252: a text in Windows-1252 reads as before, and one in
/// UTF-8 with a stray Windows-1252 byte (a line pasted from an old file)
/// keeps its other accents (`coördinatie`, not `coÃ¶rdinatie`).
fn utf8_else_1252(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push_str(&WINDOWS_1252.decode_without_bom_handling(chunk.invalid()).0);
        }
    }
    text
}

/// Text in a charset (a MIME part's, an encoded word's). UTF-8, ASCII, ISO-8859-1 and Windows-1252
/// (and none given) go by [`decode_text`]: UTF-8 when the bytes are, else
/// Windows-1252, so that a mislabelled body still reads; any other
/// charset encoding_rs knows by its own table.
pub(super) fn decode_charset(bytes: &[u8], charset: Option<&str>) -> String {
    let encoding = charset.and_then(|c| Encoding::for_label(c.trim().as_bytes()));
    match encoding {
        Some(e) if e != UTF_8 && e != WINDOWS_1252 => {
            let text = e.decode_without_bom_handling(bytes).0;
            text.replace("\r\n", "\n").replace('\r', "\n")
        }
        _ => decode_text(bytes),
    }
}

/// UTF-16 without a byte order mark: an even number of bytes, of which
/// (nearly) all at odd positions are zero and (nearly) none at even
/// positions (little-endian), or the other way round (big-endian), as in
/// Latin text. A text with a few stray zero bytes is not.
pub(super) fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
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

/// Text files: blank lines separate paragraphs; a form feed (a page
/// break, as `pdftotext` and a scanner's text export write one) starts a
/// new page, so that a letter's running header atop its later pages
/// (`Stichting X - pagina 2`) is read as the page furniture it is. A text
/// without one is one page.
pub fn extract_plain_text(file: &str, bytes: &[u8]) -> Document {
    let text = decode_text(bytes);
    let mut pages: Vec<Page> = text
        .split('\u{c}')
        .map(text_lines)
        .filter(|lines| !lines.is_empty())
        .enumerate()
        .map(|(i, lines)| Page::numbered(i, lines))
        .collect();
    if pages.is_empty() {
        pages.push(Page {
            number: 1,
            ..Page::default()
        });
    }
    Document {
        file: file.into(),
        pages,
        warnings: Vec::new(),
        scanned_pages: Vec::new(),
        notes: Vec::new(),
        ..Default::default()
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

/// An e-mail's `Date:` header (RFC 2822, with its time zone) as the
/// same moment in Dutch local time (Europe/Amsterdam: +01:00, +02:00
/// from the last Sunday of March to the last Sunday of October, 01:00
/// UTC both), written the same way: a message sent at 23:30 UTC on the
/// deadline day arrived at 00:30 the next day in the Netherlands. `None`
/// when the header does not parse (it is then shown as written).
pub(crate) fn dutch_local_date(header: &str) -> Option<String> {
    let sent = chrono::DateTime::parse_from_rfc2822(header.trim()).ok()?;
    Some(
        dutch_local_time(sent)?
            .format("%a, %-d %b %Y %H:%M:%S %z")
            .to_string(),
    )
}

/// The moment `sent` in Dutch local time (see [`dutch_local_date`]).
pub(crate) fn dutch_local_time(
    sent: chrono::DateTime<chrono::FixedOffset>,
) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime};
    let utc = sent.naive_utc();
    let year = utc.year();
    // The last Sunday of a month of 31 days, at 01:00 UTC.
    let last_sunday = |month: u32| {
        let last = NaiveDate::from_ymd_opt(year, month, 31)?;
        let back = last.weekday().num_days_from_sunday();
        let day = last - chrono::Duration::days(i64::from(back));
        Some(day.and_time(NaiveTime::from_hms_opt(1, 0, 0)?))
    };
    let summer = utc >= last_sunday(3)? && utc < last_sunday(10)?;
    let offset = FixedOffset::east_opt(if summer { 2 * 3600 } else { 3600 })?;
    Some(sent.with_timezone(&offset))
}

/// An `.eml` as mail programs save it: a plain-text message, or a MIME
/// message of parts (see [`super::mime`]) of which the `text/plain` body
/// is read, or the HTML one as text when there is no plain one; base64
/// and quoted-printable bodies and the parts' charsets are decoded.
/// Attachments are not read. A message that only covers an attached
/// letter (no text, or `zie bijlage` and a greeting) is reported with the
/// attachment's name and the advice to save it into the inbox; a message
/// without any text part is reported as unsupported with advice.
///
/// The message's sender and date head the body's lines as the header
/// lines a pasted e-mail has (`From: Sanne Pietersen <...>`, `Date: Mon,
/// 2 Nov 2026 ...`, `Subject: ...`): the splitter reads who sent it and
/// when from them (when the letter names no better), and never takes
/// them for comments. A `From:` without a display name (a bare address)
/// names no one and is left out.
///
/// A message that only forwards another as its attachment (a
/// `message/rfc822` part: `Doorsturen als bijlage`), with no more than a
/// forwarding note (`Ter behandeling doorgestuurd.`) or no text, is read
/// as that message, with its own sender and date, as a message forwarded
/// in its text is.
pub fn extract_eml(file: &str, bytes: &[u8]) -> Result<Document, ExtractError> {
    eml_at_depth(file, bytes, 0)
}

fn eml_at_depth(file: &str, bytes: &[u8], depth: usize) -> Result<Document, ExtractError> {
    let unsupported = |why: &str| ExtractError::Unsupported {
        file: file.into(),
        format: format!(".eml ({why})"),
        advice: "open the e-mail and save it as PDF, or copy its text into a .txt file".into(),
    };
    let bytes = mail_bytes(bytes);
    let (head, body) = match bytes.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (&bytes[..at], &bytes[at + 2..]),
        None => return Err(unsupported("no message body")),
    };
    let fields = header_fields(&decode_text(head));
    let header = |name: &str| -> Option<&str> {
        fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    // Messages one after the other in one file (a mailbox, as Apple
    // Mail's `Save As` of several messages writes): the first is read,
    // the others are named.
    let (body, more) = match following_message(&fields, body) {
        Some(at) => {
            let mut more = 1;
            let mut rest = &body[at..];
            // The next after each one's own header and body.
            while let Some(next) = rest.windows(2).position(|w| w == b"\n\n").and_then(|end| {
                let head = header_fields(&decode_text(&rest[..end]));
                following_message(&head, &rest[end + 2..]).map(|n| end + 2 + n)
            }) {
                more += 1;
                rest = &rest[next..];
            }
            (&body[..at], more)
        }
        None => (body, 0),
    };
    let mail = mime::read_mail(&fields, body);
    let letters: Vec<&Attachment> = mail
        .attachments
        .iter()
        .filter(|a| a.kind.is_letter())
        .collect();
    let blank = |t: &str| !t.chars().any(char::is_alphanumeric);
    if let [attached] = letters.as_slice() {
        let forwards = mail
            .text
            .as_deref()
            .is_none_or(|t| blank(t) || is_cover_note(t));
        if let Some(message) = attached.message.as_deref().filter(|_| forwards) {
            if depth < mime::MAX_DEPTH {
                return eml_at_depth(file, message, depth + 1);
            }
        }
    }
    let body = match mail.text {
        Some(text) if letters.is_empty() || !is_cover_note(&text) => {
            if blank(&text) && !mail.attachments.is_empty() {
                return Err(only_attachments(file, &mail.attachments));
            }
            text
        }
        _ if !letters.is_empty() => return Err(letter_attached(file, &letters)),
        _ if !mail.attachments.is_empty() => return Err(only_attachments(file, &mail.attachments)),
        _ => {
            let why = mail
                .skipped
                .first()
                .map_or("no text or HTML part", String::as_str);
            return Err(unsupported(why));
        }
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
        // When it was sent in the Netherlands: the deadline is a Dutch date.
        let date = dutch_local_date(date).unwrap_or_else(|| date.to_string());
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
    for a in letters {
        doc.warnings.push(format!(
            "the attachment `{}` is not read: if it holds (part of) the response, save it into \
             inbox/responses/ as a file of its own",
            a.name
        ));
    }
    for why in &mail.skipped {
        doc.warnings.push(format!("left out: {why}"));
    }
    if more > 0 {
        doc.warnings.push(format!(
            "the file holds {} e-mail messages one after the other (a mailbox saved as one \
             file); only the first is read: save each message as a file of its own into \
             inbox/responses/ (drag it from the mail program into the folder) and take this \
             one out",
            more + 1
        ));
    }
    Ok(doc)
}

/// Header fields only a message's source has (what a mail program adds
/// when it sends or delivers it), not a message's text copied from the
/// screen (`Van:`, `Verzonden:`, `Aan:`, `Onderwerp:`).
const SOURCE_FIELDS: &[&str] = &[
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "received",
    "message-id",
    "return-path",
    "delivered-to",
];

/// Whether `bytes` are an e-mail's source (RFC 5322: `Van: ...` as the
/// mail program shows it is not), as `Origineel weergeven` in Gmail or
/// `Bron weergeven` in Outlook shows it and a user may save it under
/// `.txt`: it opens with a header of fields only (`Name: value` lines and
/// their folded continuations, up to the first blank line), with a
/// `From:` field and a field only a message's source has
/// ([`SOURCE_FIELDS`]).
pub(super) fn is_mail_source(bytes: &[u8]) -> bool {
    let bytes = mail_bytes(bytes);
    let Some(at) = bytes.windows(2).position(|w| w == b"\n\n") else {
        return false;
    };
    let head = decode_text(&bytes[..at]);
    let mut names: Vec<String> = Vec::new();
    for (i, line) in head.lines().enumerate() {
        if i > 0 && line.starts_with([' ', '\t']) {
            continue;
        }
        let name = line.split_once(':').map_or("", |(n, _)| n);
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return false;
        }
        names.push(name.to_ascii_lowercase());
    }
    names.iter().any(|n| n == "from") && names.iter().any(|n| SOURCE_FIELDS.contains(&n.as_str()))
}

/// Where a message after this one starts in its body (`fields` its
/// header): after its parts when it has them (a message attached to it is
/// no message after it).
fn following_message(fields: &[(String, String)], body: &[u8]) -> Option<usize> {
    let from = mime::parts_end(fields, body).min(body.len());
    let from = match from {
        0 => 0,
        // From the line after the closing delimiter.
        end => end + body[end..].iter().position(|&b| b == b'\n')? + 1,
    };
    next_message_at(&body[from..]).map(|at| from + at)
}

/// Where a next message starts in a message's body: a mailbox's
/// separator line (`From anton@example.nl Mon Oct 12 10:00:00 2026`)
/// above a header field, or a header block of its own after a blank line
/// that a message sent has and a quoted or forwarded one shown in a
/// reply does not (`From:` with `MIME-Version:`, `Content-Type:`,
/// `Message-ID:`, `Received:` or `Return-Path:`). The byte offset of its
/// first line; `None` for a body of one message.
fn next_message_at(body: &[u8]) -> Option<usize> {
    let mut lines: Vec<(usize, &[u8])> = Vec::new();
    let mut at = 0;
    for line in body.split(|&b| b == b'\n') {
        lines.push((at, line));
        at += line.len() + 1;
    }
    let field = |l: &[u8]| -> Option<String> {
        let text = String::from_utf8_lossy(l);
        let (name, _) = text.split_once(':')?;
        (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .then(|| name.to_ascii_lowercase())
    };
    let blank = |l: &[u8]| l.iter().all(u8::is_ascii_whitespace);
    for (i, &(start, line)) in lines.iter().enumerate() {
        if i > 0 && !blank(lines[i - 1].1) {
            continue;
        }
        if line.starts_with(b"From ")
            && lines
                .get(i + 1)
                .is_some_and(|(_, next)| field(next).is_some())
            && line
                .split(|&b| b == b' ')
                .nth(1)
                .is_some_and(|a| !a.is_empty())
            && line.iter().any(u8::is_ascii_digit)
        {
            return Some(start);
        }
        let names: Vec<String> = lines[i..]
            .iter()
            .take_while(|(_, l)| !blank(l))
            .filter_map(|(_, l)| field(l))
            .collect();
        let of_a_sent_message = [
            "mime-version",
            "content-type",
            "message-id",
            "received",
            "return-path",
        ];
        if names.iter().any(|n| n == "from")
            && names
                .iter()
                .any(|n| of_a_sent_message.contains(&n.as_str()))
            && field(line).is_some()
        {
            return Some(start);
        }
    }
    None
}

/// The text of a web archive (`.mht`: a MIME message whose parts are a
/// page and its images) as its page shows it; `None` when it has no text
/// or HTML part that could be read.
pub(super) fn mht_text(bytes: &[u8]) -> Option<String> {
    let bytes = mail_bytes(bytes);
    let at = bytes.windows(2).position(|w| w == b"\n\n")?;
    let fields = header_fields(&decode_text(&bytes[..at]));
    mime::read_mail(&fields, &bytes[at + 2..]).text
}

/// The bytes of an `.eml` with line ends `\n` (also old Macs' lone `\r`),
/// without a UTF-8 byte order mark; one saved as UTF-16 made UTF-8.
fn mail_bytes(bytes: &[u8]) -> Cow<'_, [u8]> {
    let utf16 = bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || utf16_without_bom(bytes).is_some();
    if utf16 {
        return Cow::Owned(decode_text(bytes).into_bytes());
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if !bytes.contains(&b'\r') {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' => {
                out.push(b'\n');
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    Cow::Owned(out)
}

/// Words that say a letter is attached.
const ATTACHED: &[&str] = &[
    "bijlage",
    "bijgevoegd",
    "bijgaand",
    "aangehecht",
    "meegestuurd",
    "attachment",
    "attached",
    "enclosed",
    "pdf",
];

/// Closing formulas: a line opening with one ends what a sender writes
/// above a signature or a quoted message (as does the signature delimiter,
/// [`crate::ids::is_signature_delimiter`]).
const CLOSING: &[&str] = &[
    "met vriendelijke groet",
    "vriendelijke groet",
    "met hartelijke groet",
    "hartelijke groet",
    "groet",
    "mvg",
    "m.v.g",
    "hoogachtend",
    "kind regards",
    "best regards",
    "regards",
];

/// Whether an e-mail's text only covers an attachment: above its closing
/// formula (or a quoted message) at most eight words, or at most forty
/// that mention the attachment (`In de bijlage treft u onze zienswijze
/// aan.`). A letter in the body is longer. A message that states a view
/// of its own besides what it says of the attachment (`In de bijlage vindt
/// u mijn zienswijze. De wachtlijst in paragraaf 2 is te lang.`) covers
/// more than the attachment, however short: its point is read.
///
/// A `>`-quoted message and its attribution line are skipped, not ended
/// at: a reply written below the quote (bottom-posting) or between its
/// lines is the sender's letter.
fn is_cover_note(text: &str) -> bool {
    let mut words = 0;
    let mut mentions = false;
    let mut own = String::new();
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let quote_follows = || {
            lines[i + 1..]
                .iter()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| crate::text::is_quoted_line(l))
        };
        if crate::text::is_quoted_line(line)
            || crate::text::is_reply_attribution(line) && quote_follows()
        {
            // The sender's text on either side of the quote is two
            // paragraphs.
            own.push('\n');
            continue;
        }
        let l = line.trim_start().to_lowercase();
        let quoted = (l.starts_with("op ") || l.starts_with("on "))
            && (l.contains(" schreef") || l.contains(" wrote"))
            || [
                "oorspronkelijk bericht",
                "original message",
                "doorgestuurd bericht",
                "forwarded message",
            ]
            .iter()
            .any(|m| l.contains(m));
        if quoted
            || CLOSING.iter().any(|c| l.starts_with(c))
            || crate::ids::is_signature_delimiter(line)
        {
            break;
        }
        words += l.split_whitespace().count();
        mentions |= ATTACHED.iter().any(|w| l.contains(w));
        own.push_str(line.trim());
        own.push('\n');
    }
    (words <= 8 || words <= 40 && mentions) && !states_view_beside_attachment(&own)
}

/// Whether a paragraph of `text`, without its sentences that speak of the
/// attachment (see [`ATTACHED`]), states a view of the writer's as a point
/// of a letter does ([`crate::split::states_own_view`]): `De wachtlijst is
/// te lang.`, not `Mijn reactie vindt u in de bijlage.` nor `Heeft u
/// vragen? Bel mij gerust.`
fn states_view_beside_attachment(text: &str) -> bool {
    let mut paragraph: Vec<&str> = Vec::new();
    let mut view = false;
    for line in text.lines().chain([""]) {
        if !line.trim().is_empty() {
            paragraph.push(line.trim());
            continue;
        }
        let joined = paragraph.join(" ");
        paragraph.clear();
        let own: Vec<&str> = joined
            .split_inclusive(['.', '!', '?', ';'])
            .map(str::trim)
            .filter(|s| {
                let lower = s.to_lowercase();
                !s.is_empty() && !ATTACHED.iter().any(|w| lower.contains(w))
            })
            .collect();
        view |= !own.is_empty() && crate::split::states_own_view(&own.join(" "));
    }
    view
}

/// `a`, `a` and `b`, `a`, `b` and `c`: names in backquotes.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// A message whose letter is its attachment: which one, and how to get
/// it read.
fn letter_attached(file: &str, letters: &[&Attachment]) -> ExtractError {
    let names: Vec<&str> = letters.iter().map(|a| a.name.as_str()).collect();
    let (one, them) = if names.len() == 1 {
        ("attachment", "it")
    } else {
        ("attachments", "them")
    };
    let mut notes = Vec::new();
    // A `.docx` is read as it is; older Word files and others are not.
    let readable_word = |name: &str| {
        let name = name.to_ascii_lowercase();
        [".docx", ".docm", ".dotx", ".dotm"]
            .iter()
            .any(|ext| name.ends_with(ext))
    };
    if letters
        .iter()
        .any(|a| a.kind == AttachmentKind::Word && !readable_word(&a.name))
    {
        notes.push(
            "a word processor's file other than .docx saved as .docx or PDF: open it and save \
             or export it as PDF",
        );
    }
    if letters.iter().any(|a| a.kind == AttachmentKind::Mail) {
        notes.push("an attached e-mail as .eml");
    }
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join("; "))
    };
    ExtractError::Unsupported {
        file: file.into(),
        format: format!(
            ".eml whose response is in its {one} {}, not in the message",
            name_list(&names)
        ),
        advice: format!(
            "save the {one} from the e-mail into inbox/responses/ as a file of its own{notes}, \
             then take this .eml out of the inbox so that {them} alone {}",
            if names.len() == 1 {
                "is read"
            } else {
                "are read"
            }
        ),
    }
}

/// What to do with a message whose text is in Outlook's `winmail.dat`.
const TNEF_ADVICE: &str =
    "ask the sender to send the message again as HTML or plain text (in Outlook: Format Text \
     → HTML), or open it in Outlook and save it as PDF; then take this .eml out of the inbox";

/// A message with no text, only attachments that hold no letter (a photo
/// of one, a spreadsheet).
fn only_attachments(file: &str, attachments: &[Attachment]) -> ExtractError {
    let names: Vec<&str> = attachments.iter().map(|a| a.name.as_str()).collect();
    // Outlook's rich-text format: the message is in `winmail.dat`, which
    // is no document to save or scan.
    if attachments.iter().any(|a| a.kind == AttachmentKind::Tnef) {
        return ExtractError::Unsupported {
            file: file.into(),
            format: format!(
                ".eml from Outlook in rich-text format: its text is in {} (application/ms-tnef), \
                 which only Outlook opens",
                name_list(&names)
            ),
            advice: TNEF_ADVICE.into(),
        };
    }
    ExtractError::Unsupported {
        file: file.into(),
        format: format!(
            ".eml with no text, only the attachment(s) {}",
            name_list(&names)
        ),
        advice: "if an attachment holds the response, save it into inbox/responses/ as a PDF \
                 (a scan or photo after OCR, e.g. `ocrmypdf`) and take this .eml out of the inbox"
            .into(),
    }
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
pub(super) fn header_fields(head: &str) -> Vec<(String, String)> {
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
    // `Bakker, Marja | Buurtteam Noord`, `Bakker, Pieter (Gemeente X)`:
    // the name before what follows it put in reading order, what follows
    // kept.
    if let Some((person, rest)) = name.split_once(" | ") {
        let person = surname_last(person).unwrap_or_else(|| person.to_string());
        return Some(format!("{person} | {rest}"));
    }
    if let Some((person, bracket)) = name
        .strip_suffix(')')
        .and_then(|inner| inner.rsplit_once(" ("))
        .filter(|(_, b)| !call_name(b))
    {
        if let Some(person) = surname_last(person) {
            return Some(format!("{person} ({bracket})"));
        }
    }
    Some(surname_last(&name).unwrap_or(name))
}

/// One given name, as written in brackets after initials (`P.J.
/// (Pieter)`).
fn call_name(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// `Pietersen, Sanne` → `Sanne Pietersen`, `Vries, Jan de` → `Jan de
/// Vries`, `de Vries, J.` → `J. de Vries`, `Bakker, P.J. (Pieter)` →
/// `P.J. (Pieter) Bakker`: a surname (one capitalised
/// word, lower-case particles before it allowed) before a comma, given
/// names or initials after it (lower-case particles at their end). `None`
/// for anything else (`Stichting X, afdeling Y`).
fn surname_last(name: &str) -> Option<String> {
    let (surname, given) = name.split_once(',')?;
    let (surname, given) = (surname.trim(), given.trim());
    // `Bakker, P.J. (Pieter)`: the call name in brackets stays after the
    // initials, `P.J. (Pieter) Bakker`.
    if let Some((initials, call)) = given
        .strip_suffix(')')
        .and_then(|g| g.rsplit_once(" ("))
        .filter(|(i, c)| call_name(c) && !i.contains(['(', ')']))
    {
        let turned = surname_last(&format!("{surname}, {initials}"))?;
        // After the given names or initials, before the particles
        // (`Vries, P.J. de (Pieter)` → `P.J. (Pieter) de Vries`).
        let names = initials
            .split_whitespace()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let mut words: Vec<String> = turned.split_whitespace().map(str::to_string).collect();
        words.insert(names.min(words.len()), format!("({call})"));
        return Some(words.join(" "));
    }
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
pub(super) fn decode_encoded_words(value: &str) -> String {
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
    Some((decode_charset(&bytes, Some(charset)), len))
}

/// Standard base64, padding optional, as mail programs write it.
pub(super) fn base64(data: &str) -> Option<Vec<u8>> {
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
pub(super) enum Quoted {
    /// A message body: soft line breaks (`=` at a line's end) join
    /// lines; a `=` not followed by two hex digits stays as it is.
    Body,
    /// An RFC 2047 encoded word's text (`Sanne_Pi=C3=ABtersen`): `_` is a
    /// space, and a `=` without two hex digits makes it undecodable.
    Word,
}

/// The bytes of quoted-printable `raw`; `None` only for a [`Quoted::Word`]
/// with a broken `=` escape.
pub(super) fn unquote(raw: &[u8], from: Quoted) -> Option<Vec<u8>> {
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

#[cfg(test)]
mod tests;
