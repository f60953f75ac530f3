//! The readable text of an e-mail as mail programs save it (MIME, RFC
//! 2045-2047, 2183, 2231): parts of `multipart/mixed`, `related`,
//! `alternative` (and any other multipart) to any depth up to
//! [`MAX_DEPTH`]; of alternatives the `text/plain` one, else the HTML one
//! as text ([`super::html`]); per part its transfer encoding (base64,
//! quoted-printable, 7bit, 8bit) and charset. Attachments are not read,
//! but named, so that a message whose letter is an attached PDF can say
//! so. Work is linear in the message's size for every nesting level, and
//! nothing in a message can make it panic.

use super::html::html_to_text;
use super::text::{
    base64, decode_charset, decode_encoded_words, decode_text, header_fields, unquote, Quoted,
};

/// How deep multiparts nest before their parts are left out (mail
/// programs nest three or four deep: mixed, alternative, related).
pub(super) const MAX_DEPTH: usize = 8;

/// How many parts one message may have before the rest is left out.
const MAX_PARTS: usize = 1000;

/// A header's fields: names as written, values unfolded.
pub(super) type Fields = [(String, String)];

/// What a message holds.
#[derive(Debug, Default)]
pub(super) struct Mail {
    /// The text of its body parts, paragraphs apart; `None` when it has
    /// no text or HTML part that could be read.
    pub text: Option<String>,
    /// Its attachments, in order, each once.
    pub attachments: Vec<Attachment>,
    /// Why parts were left out (too deep, an unknown encoding), each once.
    pub skipped: Vec<String>,
}

/// An attached file (or an inline one with a name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Attachment {
    /// Its file name, or what it is when it has none (`an unnamed PDF`).
    pub name: String,
    pub kind: AttachmentKind,
    /// An attached e-mail's own source (a `message/rfc822` part: a
    /// message forwarded as an attachment), to be read as a message.
    pub message: Option<Vec<u8>>,
}

/// What an attachment is, for the advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AttachmentKind {
    Pdf,
    /// A word processor's file (.docx, .doc, .odt, .rtf).
    Word,
    /// A text file the inbox reads (.txt, .md).
    Text,
    /// An attached e-mail (message/rfc822, .eml, .msg).
    Mail,
    /// Outlook's rich-text message (`winmail.dat`, `application/ms-tnef`):
    /// the message itself, which no program but Outlook opens.
    Tnef,
    /// Anything else (a photo, a spreadsheet, a signature).
    Other,
}

impl AttachmentKind {
    /// Whether it can hold the letter the e-mail only covers.
    pub fn is_letter(self) -> bool {
        !matches!(self, AttachmentKind::Other | AttachmentKind::Tnef)
    }
}

/// The text and attachments of a message with header `fields` and `body`
/// (line ends `\n`).
pub(super) fn read_mail(fields: &Fields, body: &[u8]) -> Mail {
    let mut walk = Walk::default();
    let mut count = 0;
    walk_part(fields, body, 0, &mut walk, &mut count);
    let mut mail = Mail {
        text: None,
        attachments: walk.attachments,
        skipped: walk.skipped,
    };
    if !walk.pieces.is_empty() {
        let texts: Vec<&str> = walk
            .pieces
            .iter()
            .map(|p| p.text.trim_matches('\n'))
            .collect();
        mail.text = Some(texts.join("\n\n"));
    }
    mail
}

/// One text part's text.
#[derive(Debug)]
struct Piece {
    text: String,
    html: bool,
}

/// What the parts walked so far gave.
#[derive(Debug, Default)]
struct Walk {
    pieces: Vec<Piece>,
    attachments: Vec<Attachment>,
    skipped: Vec<String>,
}

impl Walk {
    fn skip(&mut self, why: String) {
        if !self.skipped.contains(&why) {
            self.skipped.push(why);
        }
    }

    fn attach(&mut self, a: Attachment) {
        if !self.attachments.contains(&a) {
            self.attachments.push(a);
        }
    }

    /// Whether it has text other than white space.
    fn has_text(&self) -> bool {
        self.pieces.iter().any(|p| !p.text.trim().is_empty())
    }
}

/// Adds what one part (a whole message at depth 0) holds to `walk`;
/// `count` counts the parts seen.
fn walk_part(fields: &Fields, body: &[u8], depth: usize, walk: &mut Walk, count: &mut usize) {
    *count += 1;
    if *count > MAX_PARTS {
        walk.skip(format!("parts after the first {MAX_PARTS}"));
        return;
    }
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let (mime, params) = content_type(field("content-type"));
    let (disposition, disposition_params) = field("content-disposition")
        .map(parse_params)
        .unwrap_or_default();
    if let Some(subtype) = mime.strip_prefix("multipart/") {
        if depth >= MAX_DEPTH {
            walk.skip(format!("parts nested deeper than {MAX_DEPTH} levels"));
            return;
        }
        let Some(boundary) = raw_param(&params, "boundary").filter(|b| !b.is_empty()) else {
            walk.skip("a multi-part section without a boundary".into());
            return;
        };
        let parts = split_multipart(body, boundary);
        if subtype != "alternative" {
            for part in parts {
                let (fields, body) = part_head(part);
                walk_part(&fields, body, depth + 1, walk, count);
            }
            return;
        }
        // Alternatives, the plainest first by the RFC: the first one of
        // plain text only, else the last one with text (the HTML one).
        let subs: Vec<Walk> = parts
            .into_iter()
            .map(|part| {
                let (fields, body) = part_head(part);
                let mut sub = Walk::default();
                walk_part(&fields, body, depth + 1, &mut sub, count);
                sub
            })
            .collect();
        let chosen = subs
            .iter()
            .position(|s| s.has_text() && s.pieces.iter().all(|p| !p.html))
            .or_else(|| subs.iter().rposition(Walk::has_text))
            .or_else(|| subs.iter().position(|s| !s.pieces.is_empty()));
        for (i, sub) in subs.into_iter().enumerate() {
            if Some(i) == chosen {
                walk.pieces.extend(sub.pieces);
            }
            sub.attachments.into_iter().for_each(|a| walk.attach(a));
            sub.skipped.into_iter().for_each(|s| walk.skip(s));
        }
        return;
    }
    let name = param(&disposition_params, "filename").or_else(|| param(&params, "name"));
    let body_text = matches!(mime.as_str(), "text/plain" | "text/html")
        && !disposition.eq_ignore_ascii_case("attachment")
        && name.is_none();
    let encoding = field("content-transfer-encoding")
        .map(|e| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if !body_text {
        let kind = attachment_kind(&mime, name.as_deref());
        let named = name.is_some() || disposition.eq_ignore_ascii_case("attachment");
        // A message forwarded as an attachment: its source, as sent (or
        // base64, as some programs encode it).
        let message = (mime == "message/rfc822")
            .then(|| match encoding.as_str() {
                "base64" => base64_body(body),
                "quoted-printable" => unquote(body, Quoted::Body),
                _ => Some(body.to_vec()),
            })
            .flatten();
        if named || kind.is_letter() {
            let name = name
                .or_else(|| message.as_deref().and_then(attached_subject))
                .unwrap_or_else(|| unnamed(kind, &mime));
            walk.attach(Attachment {
                name,
                kind,
                message,
            });
        }
        return;
    }
    let bytes = match encoding.as_str() {
        "" | "7bit" | "8bit" | "binary" => body.to_vec(),
        "quoted-printable" => unquote(body, Quoted::Body).unwrap_or_default(),
        "base64" => match base64_body(body) {
            Some(bytes) => bytes,
            None => {
                walk.skip("a text part whose base64 could not be decoded".into());
                return;
            }
        },
        other => {
            walk.skip(format!(
                "a text part in the unknown transfer encoding `{other}`"
            ));
            return;
        }
    };
    let text = decode_charset(&bytes, raw_param(&params, "charset"));
    let html = mime == "text/html";
    let flowed = param(&params, "format").is_some_and(|f| f.eq_ignore_ascii_case("flowed"));
    let text = if html {
        html_to_text(&text)
    } else if flowed {
        let delsp = param(&params, "delsp").is_some_and(|d| d.eq_ignore_ascii_case("yes"));
        unflow(&text, delsp)
    } else {
        text
    };
    walk.pieces.push(Piece { text, html });
}

/// What an attached message without a file name is called: its subject
/// (`the e-mail "Mijn reactie regiovisie"`), control characters left out;
/// `None` when it has none.
fn attached_subject(message: &[u8]) -> Option<String> {
    let end = message
        .windows(2)
        .position(|w| w == b"\n\n")
        .unwrap_or(message.len());
    let fields = header_fields(&decode_text(&message[..end]));
    let subject = fields
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("subject"))
        .map(|(_, v)| decode_encoded_words(v))?;
    let subject: String = subject
        .chars()
        .filter(|c| !c.is_control() && *c != '`')
        .take(120)
        .collect();
    let subject = subject.trim();
    (!subject.is_empty()).then(|| format!("the e-mail \"{subject}\""))
}

/// A `format=flowed` text (RFC 3676) as the mail program shows it: a line
/// that ends in a space runs on into the next line of the same quote
/// depth (with `delsp=yes` that space was added by the sender's program
/// at a break inside a word or link, and goes); a stuffed space at a
/// line's start goes; quoted lines keep their `>` marks. The signature
/// separator `-- ` is never flowed.
fn unflow(text: &str, delsp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    // The quote depth of the output's last line, if that line flows on.
    let mut flowing: Option<usize> = None;
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let depth = line.bytes().take_while(|&b| b == b'>').count();
        let content = &line[depth..];
        let content = content.strip_prefix(' ').unwrap_or(content);
        if flowing != Some(depth) {
            if i > 0 {
                out.push('\n');
            }
            if depth > 0 {
                out.push_str(&">".repeat(depth));
                out.push(' ');
            }
        }
        let flows = content.ends_with(' ') && content != "-- ";
        let shown = if flows && delsp {
            &content[..content.len() - 1]
        } else {
            content
        };
        out.push_str(shown);
        flowing = flows.then_some(depth);
    }
    out
}

/// What an attachment without a file name is called.
fn unnamed(kind: AttachmentKind, mime: &str) -> String {
    match kind {
        AttachmentKind::Pdf => "an unnamed PDF".into(),
        AttachmentKind::Word => "an unnamed Word file".into(),
        AttachmentKind::Text => "an unnamed text file".into(),
        AttachmentKind::Mail => "an attached e-mail".into(),
        AttachmentKind::Tnef => "winmail.dat".into(),
        AttachmentKind::Other => format!("an unnamed {mime} file"),
    }
}

/// What an attachment is, by its type and its name's extension (a PDF is
/// often sent as `application/octet-stream`).
fn attachment_kind(mime: &str, name: Option<&str>) -> AttachmentKind {
    let ext = name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let word_type = mime == "application/msword"
        || mime == "application/rtf"
        || mime == "text/rtf"
        || mime.starts_with("application/vnd.openxmlformats-officedocument.wordprocessingml")
        || mime.starts_with("application/vnd.ms-word")
        || mime == "application/vnd.oasis.opendocument.text";
    let word_ext = [
        "doc", "docx", "docm", "dot", "dotx", "odt", "ott", "rtf", "wpd", "pages",
    ]
    .contains(&ext.as_str());
    let tnef = mime == "application/ms-tnef"
        || mime == "application/vnd.ms-tnef"
        || name.is_some_and(|n| n.trim().eq_ignore_ascii_case("winmail.dat"));
    if tnef {
        AttachmentKind::Tnef
    } else if mime == "application/pdf" || ext == "pdf" {
        AttachmentKind::Pdf
    } else if word_type || word_ext {
        AttachmentKind::Word
    } else if ["txt", "md", "text", "markdown"].contains(&ext.as_str()) {
        AttachmentKind::Text
    } else if mime == "message/rfc822"
        || mime == "application/vnd.ms-outlook"
        || ext == "eml"
        || ext == "msg"
    {
        AttachmentKind::Mail
    } else {
        AttachmentKind::Other
    }
}

/// A field's value and its parameters (`text/plain; charset="utf-8"`):
/// the value lower case, parameter names lower case, values unquoted.
fn parse_params(value: &str) -> (String, Vec<(String, String)>) {
    let mut segments: Vec<String> = vec![String::new()];
    let mut quoted = false;
    let mut escaped = false;
    for c in value.chars() {
        let Some(segment) = segments.last_mut() else {
            break;
        };
        if escaped {
            segment.push(c);
            escaped = false;
        } else if quoted && c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == ';' && !quoted {
            segments.push(String::new());
        } else {
            segment.push(c);
        }
    }
    let first = segments
        .first()
        .map_or("", |s| s.trim())
        .to_ascii_lowercase();
    let params = segments
        .iter()
        .skip(1)
        .filter_map(|s| s.split_once('='))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (first, params)
}

/// A part's type (`text/plain` when it has none or a broken one) and
/// parameters.
fn content_type(value: Option<&str>) -> (String, Vec<(String, String)>) {
    let (mime, params) = value.map(parse_params).unwrap_or_default();
    let mime = mime
        .split(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or_default()
        .to_string();
    if mime.contains('/') {
        (mime, params)
    } else {
        ("text/plain".into(), params)
    }
}

/// Where a message's own body ends: for a multi-part message the byte
/// after its closing delimiter (`--boundary--`), the end of `body` when it
/// has none; `0` for a message of one part (all that follows its header
/// is its body, as far as its parts tell).
pub(super) fn parts_end(fields: &Fields, body: &[u8]) -> usize {
    let field = fields
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.as_str());
    let (mime, params) = content_type(field);
    if !mime.starts_with("multipart/") {
        return 0;
    }
    let Some(boundary) = raw_param(&params, "boundary").filter(|b| !b.is_empty()) else {
        return body.len();
    };
    let closing = format!("--{boundary}--");
    body.windows(closing.len())
        .position(|w| w == closing.as_bytes())
        .map_or(body.len(), |at| at + closing.len())
}

/// A parameter as written (a boundary, a charset).
fn raw_param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// A parameter meant for people (a file name): encoded words decoded, as
/// Outlook and Gmail write them, or put together from RFC 2231 pieces
/// (`filename*=utf-8''reactie%20Pi%C3%ABtersen.pdf`, `filename*0*=...`,
/// `filename*1=...`).
fn param(params: &[(String, String)], name: &str) -> Option<String> {
    if let Some(value) = raw_param(params, name) {
        return Some(decode_encoded_words(value)).filter(|v| !v.is_empty());
    }
    let mut pieces: Vec<(u32, bool, &str)> = params
        .iter()
        .filter_map(|(n, v)| {
            let rest = n.strip_prefix(name)?.strip_prefix('*')?;
            if rest.is_empty() {
                return Some((0, true, v.as_str()));
            }
            let (number, extended) = match rest.strip_suffix('*') {
                Some(number) => (number, true),
                None => (rest, false),
            };
            Some((number.parse().ok()?, extended, v.as_str()))
        })
        .collect();
    pieces.sort_by_key(|p| p.0);
    let mut charset = None;
    let mut bytes = Vec::new();
    for (i, (_, extended, value)) in pieces.iter().enumerate() {
        let mut value = *value;
        if *extended {
            if i == 0 {
                let mut fields = value.splitn(3, '\'');
                if let (Some(set), Some(_), Some(rest)) =
                    (fields.next(), fields.next(), fields.next())
                {
                    charset = Some(set);
                    value = rest;
                }
            }
            bytes.extend(percent_decode(value));
        } else {
            bytes.extend_from_slice(value.as_bytes());
        }
    }
    let text = decode_charset(&bytes, charset).trim().to_string();
    Some(text).filter(|t| !t.is_empty())
}

/// `%XX` escapes decoded; a `%` without two hex digits stays.
fn percent_decode(value: &str) -> Vec<u8> {
    let raw = value.as_bytes();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = raw
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (raw[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// A base64 body: line breaks and stray characters left out, padding
/// optional; `None` only when what remains cannot be base64.
fn base64_body(body: &[u8]) -> Option<Vec<u8>> {
    let mut data: String = body
        .iter()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/'))
        .map(|&b| char::from(b))
        .collect();
    if data.len() % 4 == 1 {
        data.pop();
    }
    base64(&data)
}

/// The parts of a multipart body between its delimiter lines (`--` and
/// the boundary, perhaps trailing white space) up to the closing one
/// (`--boundary--`); the line break before a delimiter belongs to it. A
/// body cut off before its closing delimiter ends its last part.
fn split_multipart<'a>(body: &'a [u8], boundary: &str) -> Vec<&'a [u8]> {
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    while pos < body.len() {
        let end = body[pos..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(body.len(), |n| pos + n);
        let line = body[pos..end].trim_ascii_end();
        if let Some(rest) = line.strip_prefix(delimiter.as_bytes()) {
            if rest.is_empty() || rest == b"--" {
                if let Some(s) = start {
                    let e = if pos > s { pos - 1 } else { s };
                    parts.push(&body[s..e]);
                }
                if rest == b"--" {
                    return parts;
                }
                start = Some((end + 1).min(body.len()));
            }
        }
        pos = end + 1;
    }
    if let Some(s) = start {
        parts.push(&body[s..]);
    }
    parts
}

/// A part's header fields and body. A part that starts with an empty
/// line has no header; one whose first line is no header field is all
/// body (a sloppy mailer's); one without an empty line all header.
fn part_head(part: &[u8]) -> (Vec<(String, String)>, &[u8]) {
    if let Some(body) = part.strip_prefix(b"\n") {
        return (Vec::new(), body);
    }
    let first = part.split(|&b| b == b'\n').next().unwrap_or_default();
    let is_field = first.iter().position(|&b| b == b':').is_some_and(|at| {
        at > 0
            && first[..at]
                .iter()
                .all(|b| b.is_ascii_graphic() && *b != b':')
    });
    if !is_field {
        return (Vec::new(), part);
    }
    match part.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (header_fields(&decode_text(&part[..at])), &part[at + 2..]),
        None => (header_fields(&decode_text(part)), &[]),
    }
}

#[cfg(test)]
mod tests;
