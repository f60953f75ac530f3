//! Stable identifiers for responses and comments.
//!
//! Ids are derived from content, not from file names or positions, so they
//! survive renaming files, adding files and re-running. The ledger keeps the
//! text each decision was made on, so a comment whose text changed slightly
//! (a better extractor) is re-attached by similarity there.

use sha2::{Digest, Sha256};

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// A SHA-256 over parts (bytes, or values serialized straight into the
/// hash), for cache and render keys.
#[derive(Default)]
pub struct ContentHash(Sha256);

impl ContentHash {
    /// Adds `bytes` and a separator, so `["ab", "c"]` and `["a", "bc"]`
    /// differ.
    pub fn part(&mut self, bytes: &[u8]) -> &mut ContentHash {
        self.0.update(bytes);
        self.0.update([0u8]);
        self
    }

    /// Adds `value` as JSON, without building the JSON text.
    pub fn json<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> serde_json::Result<()> {
        serde_json::to_writer(&mut *self, value)
    }

    /// Adds `value` in a compact binary encoding (postcard: strings with
    /// their length, numbers as varints), without building any text: about
    /// three times faster than [`ContentHash::json`], for hashing large
    /// values on every run. Different values of one type give different
    /// input.
    pub fn value<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> postcard::Result<()> {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, &mut *self);
        postcard::to_io(value, &mut w)?;
        std::io::Write::flush(&mut w).map_err(|_| postcard::Error::SerializeBufferFull)
    }

    /// The hash in hex.
    pub fn hex(self) -> String {
        hex(&self.0.finalize())
    }

    /// The hash.
    pub fn bytes(self) -> [u8; 32] {
        self.0.finalize().into()
    }
}

impl std::io::Write for ContentHash {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Lower-cased alphanumeric words joined by single spaces: the form of a
/// text that ids are computed from. Punctuation, line breaks and hyphenation
/// differences from PDF layout do not change it.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        push_lowercase(&mut out, word);
    }
    out
}

/// Appends `word` lower-cased character by character (`char::to_lowercase`),
/// ASCII without the Unicode tables.
pub(crate) fn push_lowercase(out: &mut String, word: &str) {
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Hasher for keys that are hashes already (shingle or word hashes): it
/// passes a `u64` through instead of hashing it a second time.
#[derive(Debug, Default, Clone, Copy)]
pub struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Not used by `u64` keys; kept correct for any other.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by hashes ([`PassThrough`]).
pub type HashKeyed<V> =
    std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<PassThrough>>;

fn short_hash(parts: &[&str], len: usize) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    let hex = hex(&h.finalize());
    hex[..len.min(hex.len())].to_string()
}

/// Id of a response: `r-` and 8 hex digits of its normalised text.
pub fn response_id(text: &str) -> String {
    format!("r-{}", short_hash(&[&normalize(text)], 8))
}

/// Id of the response read as `doc`: [`response_id`] of its text without
/// the e-mail header lines at its top ([`without_mail_head`]).
///
/// The same letter sent by e-mail and by post (an `.eml` and a PDF or
/// `.txt` of the same text) is one submission: its points must get the
/// same ids, so that they share one decision and `run` and `check` name
/// both files ([`crate::pipeline::drop_copies`]). The `From:`, `Date:` and
/// `Subject:` lines the e-mail reader puts above the body (for the sender
/// and date) are the envelope, not the letter, and would make them differ.
///
/// A file's review notes ([`crate::model::Document::notes`]) are part of
/// it: two respondents who return the same draft with notes of their own
/// send two responses.
pub fn response_id_of(doc: &crate::model::Document) -> String {
    let all = doc.text();
    let text = without_mail_signature(without_mail_head(&all));
    if doc.notes.is_empty() {
        return response_id(text);
    }
    let mut with_notes = text.to_string();
    for n in &doc.notes {
        with_notes.push('\n');
        with_notes.push_str(n.anchor.as_deref().unwrap_or(""));
        with_notes.push('\n');
        with_notes.push_str(&n.text);
    }
    response_id(&with_notes)
}

/// `text` up to an e-mail signature block: the line `-- ` (RFC 3676's
/// delimiter; `--` once trailing spaces are trimmed) and what follows,
/// which a mail program adds to every message and a posted copy of the same
/// letter lacks. A text without such a line is returned whole.
pub fn without_mail_signature(text: &str) -> &str {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if is_signature_delimiter(line) {
            return &text[..at];
        }
        at += line.len();
    }
    text
}

/// Whether `line` is an e-mail's signature delimiter: `-- ` (RFC 3676),
/// also as `--` when a mail program or an editor trimmed its space.
pub fn is_signature_delimiter(line: &str) -> bool {
    line.trim_end() == "--"
}

/// `text` from its first line after the block of e-mail header lines it
/// opens with (`From:`, `Subject:`, `Van:`, `Verzonden:`, `Onderwerp:`,
/// ...; blank lines between them too), or all of `text` when it opens with
/// none. A block of `Date:`/`Datum:` lines alone is no e-mail's head (a
/// letter may open with its own date that way) unless the date has a time
/// of day (`Date: Wed, 14 Oct 2026 10:00:00 +0200`): an e-mail's, whose
/// sender was left out.
pub fn without_mail_head(text: &str) -> &str {
    const FIELDS: &[&str] = &[
        "from",
        "to",
        "cc",
        "bcc",
        "sent",
        "date",
        "subject",
        "reply-to",
        "van",
        "aan",
        "verzonden",
        "verstuurd",
        "datum",
        "onderwerp",
    ];
    let field = |line: &str| -> Option<(String, bool)> {
        let (name, value) = line.split_once(':')?;
        let name = name.trim().to_ascii_lowercase();
        FIELDS
            .contains(&name.as_str())
            .then(|| (name, has_time_of_day(value)))
    };
    let mut rest = text;
    let mut end = 0;
    let mut mail = false;
    while !rest.is_empty() {
        let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
        if !line.trim().is_empty() {
            match field(line) {
                Some((name, timed)) => mail |= timed || name != "date" && name != "datum",
                None => break,
            }
        }
        end = text.len() - after.len();
        rest = after;
    }
    if mail {
        &text[end..]
    } else {
        text
    }
}

/// Whether `value` holds a time of day, `10:00` or `10:00:00`.
fn has_time_of_day(value: &str) -> bool {
    let b = value.as_bytes();
    (0..b.len()).any(|i| {
        b[i] == b':'
            && i >= 1
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
    })
}

/// Id of a comment: `c-` and 8 hex digits of the response id and the
/// comment's normalised text. Identical comments in different responses
/// (campaign letters) get different ids.
pub fn comment_id(response_id: &str, text: &str) -> String {
    format!("c-{}", short_hash(&[response_id, &normalize(text)], 8))
}

/// Make ids in `ids` unique by appending `-2`, `-3`, ... to repeats, in order.
pub fn dedupe(ids: &mut [String]) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for id in ids.iter_mut() {
        let n = seen.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            *id = format!("{id}-{n}");
        }
    }
}

#[cfg(test)]
mod tests;
