//! The whole run: inbox → [`Consultation`] → output folder.
//!
//! Every file is processed in isolation: an error, a panic or a time-out
//! (see [`crate::isolate`]) while reading one file is recorded as that
//! file's problem and the others go on.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::cache::{comment_key, Cache, CommentResult, CommentResults, Comparison, KeptResults};
use crate::inbox::{file_name, Inbox};
use crate::isolate::{catch, isolated};
use crate::ledger::Ledger;
use crate::model::{
    Comment, Consultation, Document, FileError, FileStatus, Problem, ProblemKind, RespondentKind,
    Response, Version,
};
use crate::{compare, extract, ids, link, split, structure, timings};

/// How stages 1–6 run.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Reuse extraction results of unchanged files.
    pub cache: Option<Cache>,
    /// Show a progress bar (only when stderr is a terminal).
    pub progress: bool,
    /// Record the time of each stage here.
    pub timings: Option<std::sync::Arc<crate::timings::Timings>>,
    /// Time limit for reading (and for splitting) one file; `None`:
    /// [`crate::isolate::DEFAULT_FILE_TIMEOUT`].
    pub file_timeout: Option<Duration>,
}

impl BuildOptions {
    /// The time limit per file in effect.
    pub fn file_limit(&self) -> Duration {
        self.file_timeout
            .unwrap_or(crate::isolate::DEFAULT_FILE_TIMEOUT)
    }
}

/// Reads one file, turning errors and panics into a message, with the
/// default time limit.
pub fn read_document(path: &Path, cache: Option<&Cache>) -> Result<Document, FileError> {
    read_document_within(path, cache, crate::isolate::DEFAULT_FILE_TIMEOUT)
}

/// Reads one file on a worker thread, turning errors, panics and taking
/// longer than `limit` into a message naming the file.
pub fn read_document_within(
    path: &Path,
    cache: Option<&Cache>,
    limit: Duration,
) -> Result<Document, FileError> {
    let (key, bytes) = read_keyed(path, cache, &file_name(path))?;
    document_of(path, cache, limit, key, bytes).map(|(_, doc)| doc)
}

/// The document of the file at `path`, whose key (and bytes, when they
/// were read for it) [`read_keyed`] gave: from the cache or extracted.
fn document_of(
    path: &Path,
    cache: Option<&Cache>,
    limit: Duration,
    key: Option<String>,
    bytes: Option<Vec<u8>>,
) -> Result<(Option<String>, Document), FileError> {
    let file = file_name(path);
    if let (Some(cache), Some(key)) = (cache, &key) {
        if let Some(doc) = cache.get_document(key, &file) {
            return Ok((Some(key.clone()), doc));
        }
    }
    let (key, bytes) = bytes_for_miss(path, cache, &file, key, bytes)?;
    let doc = extract_isolated(&file, bytes, limit)?;
    if let (Some(cache), Some(key)) = (cache, &key) {
        cache.put_document(key, &doc);
    }
    Ok((key, doc))
}

/// A file's cache key (with a cache) and its bytes when they were read
/// for it: an unchanged file is not read to find its key.
fn read_keyed(
    path: &Path,
    cache: Option<&Cache>,
    file: &str,
) -> Result<(Option<String>, Option<Vec<u8>>), FileError> {
    match cache {
        Some(cache) => {
            let (key, bytes) = cache.key_file(path).map_err(|e| unreadable(file, e))?;
            Ok((Some(key), bytes))
        }
        None => Ok((None, Some(read_bytes(path, file)?))),
    }
}

fn read_bytes(path: &Path, file: &str) -> Result<Vec<u8>, FileError> {
    std::fs::read(path).map_err(|e| unreadable(file, e))
}

fn unreadable(file: &str, e: std::io::Error) -> FileError {
    FileError::new(
        ProblemKind::Unreadable,
        format!("`{file}` could not be read: {e}"),
    )
}

/// The bytes to extract after a cache miss, with the key to store the
/// result under. A key taken from the index without reading the file is
/// computed again from the bytes now read, so a file written in between
/// never has its new content stored under its old key.
fn bytes_for_miss(
    path: &Path,
    cache: Option<&Cache>,
    file: &str,
    key: Option<String>,
    bytes: Option<Vec<u8>>,
) -> Result<(Option<String>, Vec<u8>), FileError> {
    match bytes {
        Some(bytes) => Ok((key, bytes)),
        None => {
            let bytes = read_bytes(path, file)?;
            Ok((cache.map(|c| c.file_key(path, &bytes)), bytes))
        }
    }
}

/// Extracts `bytes` on a worker thread, turning errors, panics and taking
/// longer than `limit` into a message naming the file.
fn extract_isolated(file: &str, bytes: Vec<u8>, limit: Duration) -> Result<Document, FileError> {
    let worker_file = file.to_string();
    match isolated(file, limit, move || {
        extract::extract_bytes(&worker_file, &bytes)
    }) {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(FileError::new(e.kind(), e.to_string())),
        Err(failure) => Err(failure.error(file, "read")),
    }
}

/// The title a version gives itself: the first line of its front matter
/// (text before the first numbered heading), when it has one. Without a
/// title in consultation.toml the documents use it, or a neutral wording
/// when there is none (never the version's label).
fn own_title(v: &Version) -> Option<String> {
    v.sections
        .first()
        .filter(|s| s.number == "0" && s.title != structure::NO_FRONT_TITLE)
        .map(|s| s.title.trim().to_string())
        .filter(|t| !t.is_empty())
}

/// Label for a version from settings or its position.
fn version_label(inbox: &Inbox, index: usize, path: &Path) -> String {
    let name = file_name(path);
    if let Some(label) = inbox.draft_settings(&name).and_then(|d| d.label.clone()) {
        return label;
    }
    let n = inbox.drafts.len();
    if index == 0 {
        "Inspraakversie".to_string()
    } else if index + 1 == n {
        "Definitief".to_string()
    } else {
        format!("Versie {}", index + 1)
    }
}

/// Reads the versions of the vision. Drafts that cannot be read are problems.
pub fn read_versions(
    inbox: &Inbox,
    opts: &BuildOptions,
    problems: &mut Vec<Problem>,
) -> Vec<Version> {
    let read: Vec<_> = inbox
        .drafts
        .par_iter()
        .enumerate()
        .map(|(i, path)| read_version(path, &version_label(inbox, i, path), opts))
        .collect();
    let mut versions = Vec::new();
    for (path, version) in inbox.drafts.iter().zip(read) {
        match version {
            Ok(version) => versions.push(version),
            Err(e) => problems.push(Problem {
                file: format!("drafts/{}", file_name(path)),
                message: e.message,
                kind: e.kind,
            }),
        }
    }
    versions
}

/// Reads one version of the vision and divides it into sections; the
/// sections are kept in the cache with the document, so a re-run with the
/// same draft divides it no more.
fn read_version(path: &Path, label: &str, opts: &BuildOptions) -> Result<Version, FileError> {
    let file = file_name(path);
    let cache = opts.cache.as_ref();
    let (key, bytes) = read_keyed(path, cache, &file)?;
    if let (Some(cache), Some(key)) = (cache, &key) {
        if let Some(version) = cache.get_version(key, &file, label) {
            return Ok(version);
        }
    }
    let (key, doc) = document_of(path, cache, opts.file_limit(), key, bytes)?;
    let version = catch(|| structure::parse_version(&doc, label))
        .map_err(|failure| failure.error(&file, "divided into sections"))?;
    if let (Some(cache), Some(key)) = (cache, &key) {
        cache.put_version(key, &file, label, &version);
    }
    Ok(version)
}

/// Reads and splits one response: its id and letter, from the cache when
/// the same bytes were split before by the same build of the tool. Reading
/// gets at most `limit`. The file's bytes are dropped
/// before returning.
pub fn read_letter(
    path: &Path,
    cache: Option<&Cache>,
    limit: Duration,
) -> Result<(String, split::Letter), FileError> {
    let file = file_name(path);
    let (key, bytes) = read_keyed(path, cache, &file)?;
    if let (Some(cache), Some(key)) = (cache, &key) {
        if let Some(entry) = cache.get_response(key) {
            return Ok(entry.into_parts());
        }
    }
    let (key, bytes) = bytes_for_miss(path, cache, &file, key, bytes)?;
    // The splitter's regexes compile on the other threads meanwhile.
    let (doc, ()) = rayon::join(|| extract_isolated(&file, bytes, limit), split::prepare);
    let doc = doc?;
    let id = ids::response_id_of(&doc);
    // Splitting runs here, on the pool's long-lived threads, with panics
    // caught but no time limit of its own: it is linear in the text (the
    // regex engine guarantees that), and on a fresh thread per file every
    // regex would build its matching cache anew (measured: ~50 MB per file).
    let letter = catch(|| split::split_response(&doc, &id))
        .map_err(|failure| failure.error(&file, "split into comments"))?;
    if let (Some(cache), Some(key)) = (cache, &key) {
        let entry = crate::cache::ResponseEntry::new(id, letter);
        cache.put_response(key, &entry);
        return Ok(entry.into_parts());
    }
    Ok((id, letter))
}

/// Reads and splits one response file into a [`Response`], with the
/// default time limit.
pub fn read_response(inbox: &Inbox, path: &Path, cache: Option<&Cache>) -> Response {
    read_response_within(inbox, path, cache, crate::isolate::DEFAULT_FILE_TIMEOUT)
}

/// Reads and splits one response file into a [`Response`]; reading and
/// splitting each get at most `limit`. A file that fails is a response with
/// status `error` and a message naming it.
///
/// Without the drafts at hand, a file's review notes are read as points
/// after its own ([`split::notes::settle`]); [`build_with`] reads them
/// against the drafts.
pub fn read_response_within(
    inbox: &Inbox,
    path: &Path,
    cache: Option<&Cache>,
    limit: Duration,
) -> Response {
    match read_response_letter(inbox, path, cache, limit) {
        Ok((file, id, letter)) => response_of(inbox, file, id, letter, &[]).0,
        Err(unread) => *unread,
    }
}

/// The file name, response id and letter of a response file, or the
/// response of a file that could not be read.
fn read_response_letter(
    inbox: &Inbox,
    path: &Path,
    cache: Option<&Cache>,
    limit: Duration,
) -> Result<(String, String, split::Letter), Box<Response>> {
    let file = file_name(path);
    match read_letter(path, cache, limit) {
        Ok((id, letter)) => Ok((file, id, letter)),
        Err(e) => Err(Box::new(unread_response(inbox, file, e))),
    }
}

/// The response of the letter read from `file`, its review notes read
/// against the drafts' texts `drafts` ([`split::notes::settle`]), and how
/// they were read.
fn response_of(
    inbox: &Inbox,
    file: String,
    id: String,
    mut letter: split::Letter,
    drafts: &[split::notes::DraftText],
) -> (Response, split::notes::Reading) {
    let reading = split::notes::settle(&mut letter, &id, drafts);
    let ov = inbox.override_for(&file).unwrap_or_default();
    let kind = ov.kind.unwrap_or(letter.kind);
    // A kind set in consultation.toml decides: the working group knows the
    // letter signed by a person comes from an organisation (or the other
    // way round); `private` overrides both.
    let private_person = ov.private.unwrap_or(if ov.kind.is_some() {
        kind == RespondentKind::Resident
    } else {
        letter.private_person || kind == RespondentKind::Resident
    });
    let period = (inbox.settings.period_start, inbox.settings.deadline);
    let date = ov.date.or(letter.date).or_else(|| {
        letter
            .date_without_year
            .and_then(|d| d.in_year_near(period.0, period.1))
    });
    let late = late_of(inbox, &ov, date);
    // Nobody named the sender, nor does the letter: known by the file
    // name inside, which may be a person's (`brief-jan-de-vries.txt`).
    let sender_unknown =
        ov.respondent.is_none() && letter.respondent.is_none() && kind == RespondentKind::Unknown;
    let respondent = ov
        .respondent
        .or(letter.respondent)
        .unwrap_or_else(|| respondent_from_file_name(&file));
    let response = Response {
        id,
        file,
        number: 0,
        public_name: respondent.clone(),
        respondent,
        sender_unknown,
        kind,
        date,
        received: ov.received,
        place: letter.place,
        late,
        late_by_hand: ov.late.is_some(),
        private_person,
        passes_on_private: letter.passes_on_private,
        passed_on_names: letter.passed_on_names,
        status: FileStatus::Ok,
        error: None,
        error_kind: None,
        comments: letter.comments,
        own_streets: letter.own_streets,
        own_details: letter.own_details,
        reading_warnings: letter.reading_warnings,
        scanned_pages: letter.scanned_pages,
    };
    (response, reading)
}

/// A response whose file could not be read or split: status `error` and
/// the message. What the working group knows about its sender (the
/// override in `consultation.toml`) is used; without a kind of sender, no
/// one can tell whether the file name names a private person, so public
/// output shows it by number ([`assign_public_names`]).
fn unread_response(inbox: &Inbox, file: String, e: FileError) -> Response {
    let ov = inbox.override_for(&file).unwrap_or_default();
    let kind = ov.kind.unwrap_or(RespondentKind::Unknown);
    let date = ov.date;
    let late = late_of(inbox, &ov, date);
    let respondent = ov.respondent.unwrap_or_else(|| file.clone());
    Response {
        id: ids::response_id(&file),
        public_name: respondent.clone(),
        respondent,
        private_person: ov.private.unwrap_or(kind == RespondentKind::Resident),
        sender_unknown: kind == RespondentKind::Unknown,
        kind,
        date,
        received: ov.received,
        late,
        late_by_hand: ov.late.is_some(),
        file,
        status: FileStatus::Error,
        error: Some(e.message),
        error_kind: Some(e.kind),
        ..Response::default()
    }
}

/// Whether a response dated `date` is late: as set by hand (`late`), else
/// whether it was received (`received`, else `date`) after the deadline.
fn late_of(
    inbox: &Inbox,
    ov: &crate::inbox::ResponseOverride,
    date: Option<chrono::NaiveDate>,
) -> bool {
    ov.late
        .unwrap_or_else(|| after_deadline(inbox, ov.received.or(date)))
}

/// Whether a letter of `date` came after the consultation's deadline
/// (unknown date or deadline: not late).
fn after_deadline(inbox: &Inbox, date: Option<chrono::NaiveDate>) -> bool {
    matches!((date, inbox.settings.deadline), (Some(d), Some(deadline)) if d > deadline)
}

/// What the working group should know about the responses' dates: a
/// response without a date when a deadline is set (whether it came in
/// late cannot be told), and one dated before the consultation opened (a
/// misread date, or a reaction to an earlier draft). A `date`, `received`
/// or `late` set for the file in `consultation.toml` settles either.
fn date_warnings(inbox: &Inbox, responses: &[Response]) -> Vec<String> {
    let settings = &inbox.settings;
    let mut out = Vec::new();
    for r in responses {
        let ov = inbox.override_for(&r.file);
        let dated_by_hand = ov
            .as_ref()
            .is_some_and(|o| o.date.is_some() || o.received.is_some());
        let late_by_hand = ov.as_ref().is_some_and(|o| o.late.is_some());
        match (r.date, settings.deadline, settings.period_start) {
            (None, Some(_), _) if !late_by_hand && !dated_by_hand && r.status == FileStatus::Ok => {
                out.push(format!(
                    "{}: no date found in the response, so whether it came in after the deadline \
                 cannot be told; set `received` (or `date`, or `late`) for it in consultation.toml",
                    r.file
                ))
            }
            (Some(d), _, Some(start)) if d < start && !dated_by_hand && !late_by_hand => {
                out.push(format!(
                "{}: dated {d}, before the consultation opened ({start}): a misread date, or a \
                 reaction to an earlier draft? Set `date` for it in consultation.toml if the \
                 date is wrong, or `late = false` to accept it as it is",
                r.file
            ))
            }
            _ => {}
        }
    }
    out
}

/// What reading the inbox's files left out or could not read, file by
/// file (`responses/brief.pdf`, `drafts/concept.pdf`) in inbox order:
/// pages that are scans without text, an e-mail's attachment not read,
/// characters without a mapping. Each file was processed as far as it
/// could be read; these tell the working group what is missing from it.
pub fn reading_warnings(c: &Consultation) -> Vec<(String, String)> {
    reading(c, true)
}

/// [`reading_warnings`] but for scanned pages, which `check` lists as
/// needing attention: the notes that may need no action (an e-mail's
/// attachment that is only a photo, a symbol without a mapping).
pub fn reading_notes(c: &Consultation) -> Vec<(String, String)> {
    reading(c, false)
}

fn reading(c: &Consultation, scans: bool) -> Vec<(String, String)> {
    let scanned = |pages: &[u32]| {
        scans
            .then(|| crate::model::scanned_pages_warning(pages))
            .flatten()
    };
    let drafts = c.versions.iter().flat_map(|v| {
        scanned(&v.scanned_pages)
            .into_iter()
            .chain(v.reading_warnings.iter().cloned())
            .map(|w| (format!("drafts/{}", v.file), w))
    });
    let responses = c.responses.iter().flat_map(|r| {
        scanned(&r.scanned_pages)
            .into_iter()
            .chain(r.reading_warnings.iter().cloned())
            .map(|w| (format!("responses/{}", r.file), w))
    });
    drafts.chain(responses).collect()
}

/// `zienswijze-gemeente-katwijk.pdf` → `zienswijze gemeente katwijk`.
pub(crate) fn respondent_from_file_name(file: &str) -> String {
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    stem.replace(['-', '_'], " ").trim().to_string()
}

/// Gives private persons the pseudonym `Inwoner 12` and the responses of
/// an unknown sender ([`Response::sender_hidden`]) the name `Inzending 12`,
/// after their response's number. Numbers are kept in the ledger and never
/// reused, so a pseudonym stays the same when responses arrive, go or are
/// renamed, and never passes to another person (a letter already sent
/// says which one it is). Not yet numbered: numbered in file order.
pub fn assign_public_names(responses: &mut [Response]) {
    for (i, r) in responses.iter_mut().enumerate() {
        let n = if r.number > 0 {
            r.number as usize
        } else {
            i + 1
        };
        r.public_name = if r.private_person {
            format!("Inwoner {n}")
        } else if r.sender_hidden() {
            format!("Inzending {n}")
        } else {
            r.respondent.clone()
        };
    }
}

/// Private persons whose responses are signed with the same full name
/// (case, spacing and the form of address aside: `mw. K. Visser` and `K.
/// Visser`): perhaps one sender with a follow-up letter, who now has a
/// pseudonym and a letter per response. One message per name, naming the
/// files and pseudonyms, never the name. A name of one word (`Kees`) is
/// too common to tell.
///
/// Only a warning: two people can share a name, and the working group
/// knows which; no response is merged.
pub fn same_senders(c: &Consultation) -> Vec<String> {
    let key = |name: &str| {
        let words: Vec<String> = name
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "mevr." | "mevrouw" | "mw." | "mw" | "dhr." | "dhr" | "heer"
                )
            })
            .collect();
        (words.len() >= 2).then(|| words.join(" "))
    };
    let mut by_name: std::collections::BTreeMap<String, Vec<&Response>> = Default::default();
    for r in &c.responses {
        if r.private_person && r.status == FileStatus::Ok && !r.sender_unknown {
            if let Some(k) = key(&r.respondent) {
                by_name.entry(k).or_default().push(r);
            }
        }
    }
    by_name
        .values()
        .filter(|rs| rs.len() > 1)
        .map(|rs| {
            let named: Vec<String> = rs
                .iter()
                .map(|r| format!("{} ({})", r.file, r.public_name))
                .collect();
            format!(
                "{} are signed with the same name: if they come from one sender, they now have \
                 {} pseudonyms and letters; answer them together (one letter) and check that the \
                 memo does not count them as different residents",
                named.join(" and "),
                rs.len()
            )
        })
        .collect()
}

/// Takes out of `responses` each file that is byte for byte the same as
/// another (a letter submitted twice, or saved again under another name):
/// it is one submission, answered, numbered and counted once, with one
/// letter. The file kept is the one the ledger numbered first (then the
/// first by file name); the copy gets no number. Returns one warning per
/// copy, naming both files, for `run` and `check` (it names files: not for
/// the public outputs).
///
/// A file with the same text as another (a letter as PDF and as `.txt`,
/// or with other line endings) from the same sender (the same respondent,
/// read from the letter or set in the overrides) may be the letter sent
/// twice, say by e-mail and by post: it stays (every file read keeps its
/// response), its points share the decision of the first and the memo
/// counts one sender for them ([`Response::sender_key`]), and a warning says so.
///
/// Only responses with the same id (the same text) are compared, so the
/// files read here are the few that may be copies. Files whose text is the
/// same but whose sender differs (or is not known) are not taken out: their
/// comments have the same ids and share one decision, and the memo answers
/// such a comment once, naming both senders.
pub fn drop_copies(inbox: &Inbox, ledger: &Ledger, responses: &mut Vec<Response>) -> Vec<String> {
    let mut by_id: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, r) in responses.iter().enumerate() {
        if r.status == FileStatus::Ok && !r.id.is_empty() {
            by_id.entry(r.id.as_str()).or_default().push(i);
        }
    }
    let path_of = |file: &str| {
        inbox
            .responses
            .iter()
            .find(|p| file_name(p) == file)
            .cloned()
    };
    let mut copies: Vec<(usize, usize, CopyKind)> = Vec::new();
    for rs in by_id.values_mut().filter(|rs| rs.len() > 1) {
        rs.sort_by_key(|&i| {
            let r = &responses[i];
            (
                ledger.respondents.get(&r.file).copied().unwrap_or(u32::MAX),
                r.file.clone(),
            )
        });
        let mut firsts: Vec<(usize, Vec<u8>, Option<String>)> = Vec::new();
        for &i in rs.iter() {
            let Some(bytes) = path_of(&responses[i].file).and_then(|p| std::fs::read(p).ok())
            else {
                continue;
            };
            let sender = responses[i].sender_key();
            if let Some(&(first, _, _)) = firsts.iter().find(|(_, b, _)| *b == bytes) {
                copies.push((first, i, CopyKind::SameBytes));
            } else if let Some(&(first, _, _)) =
                firsts.iter().find(|(_, _, s)| s.is_some() && *s == sender)
            {
                copies.push((first, i, CopyKind::SameSender));
            } else {
                firsts.push((i, bytes, sender));
            }
        }
    }
    copies.sort_by_key(|&(_, copy, _)| copy);
    let warnings = copies
        .iter()
        .map(|&(first, copy, how)| {
            let sender = one_line_name(&responses[first].respondent);
            let (first, copy) = (&responses[first].file, &responses[copy].file);
            match how {
                CopyKind::SameBytes => format!(
                    "{first} and {copy} are the same file (byte for byte): {copy} is {first} \
                     submitted again and is counted once, as the response of {first} (its \
                     points answered once, one letter); take {copy} out of responses/ to keep \
                     this warning away{}",
                    copy_settings(inbox, first, copy)
                ),
                CopyKind::SameSender => format!(
                    "{first} and {copy} hold the same text from the same sender ({sender}): \
                     if {copy} is {first} sent again (say by e-mail and by post), take it out of \
                     responses/ so that it is counted and answered once; until then their points \
                     are answered once, as of one sender, but both files count as responses and \
                     get a letter (give one of them another respondent in consultation.toml if \
                     they come from two senders)"
                ),
            }
        })
        .collect();
    // Only byte-for-byte copies are taken out: a file of its own (another
    // format) keeps its response, as every file read does.
    let gone: std::collections::HashSet<usize> = copies
        .into_iter()
        .filter(|(_, _, how)| matches!(how, CopyKind::SameBytes))
        .map(|(_, copy, _)| copy)
        .collect();
    let mut i = 0;
    responses.retain(|_| {
        i += 1;
        !gone.contains(&(i - 1))
    });
    warnings
}

/// What becomes of the `[responses."…"]` table of `copy`, a byte-for-byte
/// copy of `first` that is not counted ([`drop_copies`]), as the end of
/// the copy's warning: none, nothing to say; `first` without a table of
/// its own, the copy's settings apply to it ([`Inbox::override_for`]);
/// `first` with another table of its own, the copy's is not used.
fn copy_settings(inbox: &Inbox, first: &str, copy: &str) -> String {
    let Some(copy_table) = inbox.own_table(copy) else {
        return String::new();
    };
    match inbox.own_table(first) {
        None => format!(
            "; the settings of [responses.\"{copy}\"] in consultation.toml apply to the \
             response of {first}: rename that table to [responses.\"{first}\"] before you take \
             {copy} out"
        ),
        Some(own) if own == copy_table => String::new(),
        Some(_) => format!(
            "; the settings of [responses.\"{copy}\"] in consultation.toml are not used, as \
             [responses.\"{first}\"] has its own: move what the copy's table sets into that of \
             {first} and remove it"
        ),
    }
}

/// How a response file is a copy of another ([`drop_copies`]).
#[derive(Clone, Copy)]
enum CopyKind {
    /// Byte for byte the same file.
    SameBytes,
    /// The same text (another format or line endings) from the same sender.
    SameSender,
}

/// `name` on one line with single spaces.
fn one_line_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs stages 1–6 and applies the ledger: the whole consultation in memory.
pub fn build(inbox: &Inbox, ledger: &Ledger) -> Consultation {
    build_with(inbox, ledger, &BuildOptions::default())
}

/// [`build`] with a cache and progress display.
pub fn build_with(inbox: &Inbox, ledger: &Ledger, opts: &BuildOptions) -> Consultation {
    let timings = opts.timings.as_deref();
    if let Some(cache) = &opts.cache {
        cache.load_narrowed_patterns();
        cache.load_split_patterns();
    }
    let mut problems = inbox.skipped.clone();
    for line in &inbox.settings.related_terms {
        if link::topic::parse_related_group(line).is_none() {
            problems.push(Problem {
                kind: crate::model::ProblemKind::Setup,
                file: "consultation.toml".to_string(),
                message: format!(
                    "related_terms entry \"{line}\" has fewer than two terms and is not used: \
                     separate related words with `|`, as in \"pinpas | financiële uitbuiting\""
                ),
            });
        }
    }
    let start = Instant::now();
    let bar = progress_bar(opts.progress, inbox.responses.len());
    // The versions, and what earlier runs derived from them (their
    // comparison and each comment text's links and anchor: only new texts
    // are linked), are read while the responses are.
    type Read = Result<(String, String, split::Letter), Box<Response>>;
    let ((versions, versions_key, mut known), letters): (_, Vec<Read>) = rayon::join(
        || {
            let versions = timings::time(timings, "versions", || {
                read_versions(inbox, opts, &mut problems)
            });
            let versions_key = opts.cache.as_ref().and_then(|cache| {
                let first = versions.first()?;
                let mut key_versions = vec![first];
                if versions.len() > 1 {
                    key_versions.extend(versions.last());
                }
                Some((
                    cache,
                    cache.versions_key(&key_versions, &inbox.settings.related_terms),
                ))
            });
            let known: KeptResults = timings::time(timings, "link/known", || {
                versions_key
                    .as_ref()
                    .and_then(|(cache, key)| cache.get_comment_results(key))
                    .unwrap_or_default()
            });
            (versions, versions_key, known)
        },
        || {
            inbox
                .responses
                .par_iter()
                .map(|p| {
                    let r = read_response_letter(inbox, p, opts.cache.as_ref(), opts.file_limit());
                    bar.inc(1);
                    r
                })
                .collect()
        },
    );
    bar.finish_and_clear();
    // Each response's review notes read against the drafts: a returned
    // draft's are its points, its text is not.
    let drafts: Vec<split::notes::DraftText> = versions
        .par_iter()
        .map(split::notes::DraftText::of)
        .collect();
    let (mut responses, readings): (Vec<Response>, Vec<split::notes::Reading>) = letters
        .into_par_iter()
        .map(|read| match read {
            Ok((file, id, letter)) => response_of(inbox, file, id, letter, &drafts),
            Err(unread) => (*unread, split::notes::Reading::Letter),
        })
        .unzip();
    let drafts_only: HashSet<String> = responses
        .iter()
        .zip(&readings)
        .filter(|(_, r)| **r == split::notes::Reading::DraftOnly)
        .map(|(r, _)| r.file.clone())
        .collect();
    drop(drafts);
    if let Some(t) = timings {
        t.record(
            "responses",
            start.elapsed(),
            Some((responses.len(), "files")),
        );
    }
    let same_files = drop_copies(inbox, ledger, &mut responses);
    for r in &responses {
        let (message, kind) = match &r.error {
            Some(message) => (message.clone(), r.error_kind.unwrap_or_default()),
            None if drafts_only.contains(&r.file)
                && inbox.override_for(&r.file).and_then(|o| o.no_points) != Some(true) =>
            {
                (
                    format!(
                        "`{}` is the draft itself with no notes or comments of its own (its \
                         text is the draft's): no points were read from it; ask the sender for \
                         their comments (in a letter, or as notes or review comments in the \
                         draft); if they changed the text itself, compare the file with the \
                         draft to find the changes",
                        r.file
                    ),
                    ProblemKind::NoComments,
                )
            }
            None if r.comments.is_empty()
                && inbox.override_for(&r.file).and_then(|o| o.no_points) != Some(true) =>
            {
                (
                    format!(
                        "`{}` was read but no comments were found in it: check that it is the \
                         whole letter (open it); {}; if it makes none (a cover note, a \
                         thank-you), set `no_points = true` under `[responses.\"{}\"]` in \
                         consultation.toml",
                        r.file,
                        if r.file.to_lowercase().ends_with(".pdf") {
                            "if it makes points, convert it to a new PDF or copy its text into a \
                             .txt file"
                        } else {
                            "if it makes points, put each point in a paragraph of its own (or \
                             number them 1., 2., ...) and run again"
                        },
                        r.file
                    ),
                    ProblemKind::NoComments,
                )
            }
            None => continue,
        };
        problems.push(Problem {
            file: format!("responses/{}", r.file),
            message,
            kind,
        });
    }
    let lost_numbers = ledger.lost_numbers(&responses);
    ledger.number_responses(&mut responses);
    let mut ledger_warnings: Vec<String> =
        ledger.repeated_numbers(&responses).into_iter().collect();
    ledger_warnings.extend(lost_numbers);
    assign_public_names(&mut responses);
    let start = Instant::now();
    // The comments whose text no earlier run linked with these versions,
    // copied out so that they are linked while campaign letters are
    // grouped (neither needs the other). The index is built once per
    // draft, and only when some text is new; comments are linked in
    // parallel (each one on its own, so the cost is linear in comments).
    let keys: Vec<Vec<String>> = responses
        .par_iter()
        .map(|r| r.comments.iter().map(|c| comment_key(&c.text)).collect())
        .collect();
    let unknown: Vec<(usize, Vec<(usize, Comment)>)> = match versions.first() {
        Some(_) => responses
            .iter()
            .zip(&keys)
            .enumerate()
            .filter_map(|(ri, (r, keys))| {
                let todo: Vec<(usize, Comment)> = r
                    .comments
                    .iter()
                    .zip(keys)
                    .enumerate()
                    .filter(|(_, (_, key))| !known.results.contains_key(*key))
                    .map(|(ci, (c, _))| (ci, c.clone()))
                    .collect();
                (!todo.is_empty()).then_some((ri, todo))
            })
            .collect(),
        None => Vec::new(),
    };
    let ((), linked) = rayon::join(
        || {
            timings::time(timings, "group", || {
                crate::campaigns::group_campaigns_cached(&mut responses, &keys, opts.cache.as_ref())
            })
        },
        || {
            let start = Instant::now();
            let comments = unknown.iter().map(|(_, todo)| todo.len()).sum();
            let linker = OnceLock::new();
            let linked = unknown
                .into_par_iter()
                .filter_map(|(ri, mut todo)| {
                    let draft = versions.first()?;
                    let linked = catch(|| {
                        for (_, c) in &mut todo {
                            linker
                                .get_or_init(|| {
                                    link::Linker::with_related_terms(
                                        draft,
                                        &inbox.settings.related_terms,
                                    )
                                })
                                .link(c);
                        }
                    });
                    Some((ri, linked.map(|()| todo)))
                })
                .collect::<Vec<_>>();
            if let Some(t) = timings {
                t.record("link/new", start.elapsed(), Some((comments, "comments")));
            }
            linked
        },
    );
    // Per response, per comment: linked in this run (not taken from `known`).
    let mut fresh: Vec<Vec<bool>> = responses
        .iter()
        .map(|r| vec![false; r.comments.len()])
        .collect();
    let mut failed = vec![false; responses.len()];
    for (ri, linked) in linked {
        match linked {
            Ok(todo) => {
                for (ci, c) in todo {
                    let target = &mut responses[ri].comments[ci];
                    target.sections = c.sections;
                    target.quotes = c.quotes;
                    fresh[ri][ci] = true;
                }
            }
            Err(failure) => {
                failed[ri] = true;
                let r = &responses[ri];
                problems.push(Problem {
                    file: format!("responses/{}", r.file),
                    message: format!(
                        "{}; its comments are listed without sections",
                        failure.message(&r.file, "linked to sections")
                    ),
                    kind: ProblemKind::Failed,
                });
            }
        }
    }
    responses
        .par_iter_mut()
        .zip(&keys)
        .zip(fresh.par_iter())
        .zip(failed.par_iter())
        .for_each(|(((r, keys), fresh), &failed)| {
            for ((c, key), &fresh) in r.comments.iter_mut().zip(keys).zip(fresh) {
                if !fresh {
                    if let Some(result) = known.results.get(key) {
                        result.apply_to(c);
                    }
                }
                if failed {
                    // Keep the comments; only their links are lost.
                    c.sections.clear();
                }
            }
        });
    if let Some(t) = timings {
        let comments = responses.iter().map(|r| r.comments.len()).sum();
        t.record("link", start.elapsed(), Some((comments, "comments")));
    }
    let mut compared = true;
    let changes = timings::time(timings, "compare", || {
        match (versions.first(), versions.last()) {
            (Some(a), Some(b)) if versions.len() > 1 => catch(|| {
                let cached = versions_key
                    .as_ref()
                    .and_then(|(cache, key)| cache.get_comparison(key));
                let comparison = cached.unwrap_or_else(|| {
                    let alignment = compare::align(a, b);
                    let changes = compare::changes_from_alignment(a, b, &alignment);
                    let comparison = Comparison { alignment, changes };
                    if let Some((cache, key)) = &versions_key {
                        cache.put_comparison(key, &comparison);
                    }
                    comparison
                });
                // Comments taken from `known` carry their anchor already.
                responses
                    .par_iter_mut()
                    .zip(fresh.par_iter())
                    .for_each(|(r, fresh)| {
                        for (c, _) in r.comments.iter_mut().zip(fresh).filter(|(_, f)| **f) {
                            c.anchor_after =
                                compare::anchor::anchor_comment(c, a, b, &comparison.alignment);
                        }
                    });
                comparison.changes
            })
            .unwrap_or_else(|failure| {
                compared = false;
                problems.push(Problem {
                    file: format!("drafts/{}", b.file),
                    message: failure.message(&b.file, "compared with the previous version"),
                    kind: ProblemKind::Failed,
                });
                Vec::new()
            }),
            _ => Vec::new(),
        }
    });
    // What this run keeps for the next: the results of the texts in this
    // run (so the entry does not grow with texts long gone).
    let mut kept: Option<CommentResults> = None;
    // Where the kept results go when they changed: saved while the ledger
    // is applied (nothing in this run reads them back), with the keys of
    // the texts linked in this run and how many kept results went unused.
    let mut save_kept = None;
    let mut added: Vec<&String> = Vec::new();
    if let Some((cache, key)) = &versions_key {
        let linked_now = fresh.iter().flatten().filter(|f| **f).count();
        if compared && (linked_now > 0 || !known.results.is_empty()) {
            // Moved out of `known` (its entries are not needed after
            // this), not copied: a text seen twice is kept once.
            let known_len = known.results.len();
            let mut results = CommentResults::with_capacity(known_len + linked_now);
            for ((r, fresh), keys) in responses.iter().zip(&fresh).zip(&keys) {
                for ((c, &f), key) in r.comments.iter().zip(fresh).zip(keys) {
                    if results.contains_key(key) {
                        continue;
                    }
                    let result = match f {
                        true => {
                            added.push(key);
                            Some(CommentResult::of(c))
                        }
                        false => known.results.remove(key),
                    };
                    if let Some(result) = result {
                        results.insert(key.clone(), result);
                    }
                }
            }
            // Written only when it changed.
            if linked_now > 0 || results.len() != known_len {
                save_kept = Some((cache, key));
            }
            kept = Some(results);
        }
    }
    // Each comment's kept terms by its id, found through the keys at hand
    // (hashing every text again cost more than matching the causes).
    let kept_terms: HashMap<String, &crate::compare::TextTerms> = match &kept {
        Some(kept) => responses
            .iter()
            .zip(&keys)
            .flat_map(|(r, keys)| r.comments.iter().zip(keys))
            .filter_map(|(c, key)| Some((c.id.clone(), &kept.get(key)?.terms)))
            .collect(),
        None => HashMap::new(),
    };
    // What is left of `known`: the kept results no comment of this run has.
    let (unused, appendable) = (known.results.len(), known.whole);
    drop(known);
    let title = inbox
        .settings
        .title
        .clone()
        .or_else(|| versions.first().and_then(own_title))
        .unwrap_or_default();
    // Every output lists the responses in the order of their numbers, as
    // the memo does (a late letter whose file name sorts first is not
    // listed first in the matrix and `consultation.json`); a copy without
    // a number of its own last, in file order.
    responses.sort_by_key(|r| (r.number == 0, r.number));
    let mut consultation = Consultation {
        title,
        period_start: inbox.settings.period_start,
        deadline: inbox.settings.deadline,
        versions,
        responses,
        changes,
        problems,
        orphaned_decisions: Vec::new(),
        reattached_decisions: Vec::new(),
        ledger_warnings,
        settings_warnings: inbox.unmatched_settings(),
        date_warnings: Vec::new(),
        same_files,
        withdrawn_private_names: Vec::new(),
    };
    consultation.date_warnings = date_warnings(inbox, &consultation.responses);
    let save_kept = || {
        if let (Some((cache, key)), Some(results)) = (save_kept, &kept) {
            timings::time(timings, "link/save", || {
                cache.put_comment_results(key, results, &added, appendable, unused)
            });
        }
        if let Some(cache) = &opts.cache {
            timings::time(timings, "cache/file-keys", || cache.save_file_keys());
        }
    };
    let apply_ledger = || {
        timings::time(timings, "ledger", || {
            timings::time(timings, "ledger/apply", || ledger.apply(&mut consultation));
            // After the ledger: adopted decisions and confirmations count.
            let (changes, responses) = (&mut consultation.changes, &consultation.responses);
            if let Err(failure) = timings::time(timings, "ledger/causes", || {
                // The terms of texts linked in this run or an earlier one
                // are kept with their links: only new texts are stemmed.
                let known_terms = |c: &Comment| kept_terms.get(&c.id).copied();
                catch(|| compare::suggest_causes_with(changes, responses, &known_terms))
            }) {
                consultation.problems.push(Problem {
                    file: "drafts/".into(),
                    message: failure.message("drafts/", "matched with the comments"),
                    kind: ProblemKind::Failed,
                });
            }
        })
    };
    rayon::join(save_kept, apply_ledger);
    if let Some(cache) = &opts.cache {
        timings::time(timings, "cache/evict", || {
            cache.evict_when_due(&crate::cache::Eviction::default())
        });
    }
    consultation
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(enabled: bool, len: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !enabled || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} responses read ({eta})")
    {
        bar.set_style(style);
    }
    bar
}

/// Where a run reads and writes.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub inbox: PathBuf,
    pub out: PathBuf,
    pub ledger: PathBuf,
    pub report: crate::report::ReportOptions,
    pub build: BuildOptions,
    /// Files left out of this run as if not there yet: new files that
    /// `run --watch` sees still arriving (read by a later update).
    pub held_back: Vec<PathBuf>,
}

/// What a run did, for the user.
#[derive(Debug)]
pub struct RunSummary {
    pub consultation: Consultation,
    pub files: Vec<PathBuf>,
    /// How many of `files` this run wrote (the others were left as they were).
    pub written: usize,
    /// The ledger as this run read it, with what it wrote to it.
    pub ledger: Ledger,
}

/// The main job: reads the inbox and writes every output. The output folder
/// is built in a temporary folder beside it and swapped in at the end, so
/// an interrupted run never leaves half-written documents.
pub fn run(opts: &RunOptions) -> Result<RunSummary> {
    let timings = opts.build.timings.as_deref();
    let mut inbox = timings::time(timings, "inbox", || Inbox::open(&opts.inbox))?;
    inbox.hold_back(&opts.held_back);
    // An output folder that cannot be written is said before the work.
    check_replaceable(&opts.out)?;
    let mut ledger = timings::time(timings, "ledger/load", || Ledger::load(&opts.ledger))?;
    let mut consultation = build_with(&inbox, &ledger, &opts.build);
    let report = crate::report::ReportOptions {
        sender: opts
            .report
            .sender
            .clone()
            .or_else(|| inbox.settings.sender.clone()),
        ..opts.report.clone()
    };
    // Change references and editorial marks filed under their sections'
    // numbers in the newest version (the documents already follow them).
    let followed = ledger.follow_sections(&consultation) > 0;
    // Before re-attached decisions name their new files.
    let lost_numbers = ledger.lost_numbers(&consultation.responses).is_some();
    let reattached = !consultation.reattached_decisions.is_empty();
    if reattached {
        // File re-attached decisions under their comments' new ids.
        ledger.settle_into(&mut consultation);
    }
    // New responses: record their numbers so that they stay; campaign
    // letters that joined a decided campaign: record them as its members.
    let numbered = timings::time(timings, "ledger/register", || {
        // Numbers lost from the ledger: the new ones are not recorded, so
        // the tables can still be restored (and the warning stays).
        let numbered = if lost_numbers {
            0
        } else {
            ledger.register(&consultation.responses)
        };
        let grown = ledger.record_members(&consultation);
        if grown > 0 {
            ledger.refresh_kept_texts(&mut consultation);
        }
        numbered + grown + ledger.record_private_senders(&consultation.responses) > 0
    });
    let save_numbers = || {
        let at = Instant::now();
        // Not fatal: this run's documents use the numbers anyway, and the
        // next run gives the same ones again unless responses were added.
        let failed = ledger.save().err().map(|e| {
            format!(
                "the numbers of new responses could not be recorded in the ledger ({e}); \
                 they are used in this run's documents, but may change when responses are \
                 added before the next run"
            )
        });
        if let Some(t) = timings {
            t.record("ledger/save", at.elapsed(), None);
        }
        failed
    };
    let write = |consultation: &Consultation| -> Result<Written> {
        let start = Instant::now();
        let written = write_output_with(
            consultation,
            &report,
            &opts.out,
            crate::report::RenderEnv {
                cache: opts.build.cache.as_ref(),
                timings,
                scrubber: None,
                response_keys: None,
            },
        )?;
        if let Some(t) = timings {
            t.record(
                "output",
                start.elapsed(),
                Some((written.stats.written, "files written")),
            );
        }
        Ok(written)
    };
    let written = if reattached || followed {
        // Saved before any document uses the new ids.
        timings::time(timings, "ledger/save", || ledger.save())?;
        write(&consultation)?
    } else if numbered {
        // The documents do not read the ledger's file: written meanwhile.
        let (failed, written) = rayon::join(save_numbers, || write(&consultation));
        consultation.ledger_warnings.extend(failed);
        written?
    } else {
        write(&consultation)?
    };
    if let Some(cache) = &opts.build.cache {
        // Those the splitter and the privacy scrubber made in this run.
        cache.save_narrowed_patterns();
        cache.save_split_patterns();
    }
    Ok(RunSummary {
        consultation,
        written: written.stats.written,
        files: written.files,
        ledger,
    })
}

/// Name of the file that marks a folder as written by inspraak (and holds
/// its manifest, see [`crate::report::staging`]). An
/// existing output folder is only replaced when it carries this mark (or is
/// empty, or holds a `consultation.json` from an older version).
pub const OUTPUT_MARKER: &str = crate::report::staging::MARKER;

/// Renders everything into the output folder `out`, changing only what
/// changed.
///
/// Each new or changed file is written to a temporary file in the folder,
/// flushed to disk and renamed over the old one, so every file is always
/// whole; files the run no longer makes are removed, and the manifest is
/// written last (see [`crate::report::staging`]). Files that come out the
/// same as in the previous output are left as they are. A run interrupted
/// while it changes files leaves a mix of old and new files, each whole,
/// and a manifest marked in progress: the next run writes every file anew.
/// A folder that inspraak did not write is never touched: the run stops
/// with an error instead.
pub fn write_output(
    c: &Consultation,
    report: &crate::report::ReportOptions,
    out: &Path,
) -> Result<Written> {
    write_output_with(c, report, out, crate::report::RenderEnv::default())
}

/// [`write_output`], reusing the parts of the memo that earlier runs kept in
/// `cache` (see [`crate::report::fragments`]).
pub fn write_output_with(
    c: &Consultation,
    report: &crate::report::ReportOptions,
    out: &Path,
    env: crate::report::RenderEnv<'_>,
) -> Result<Written> {
    let name = match out.file_name() {
        Some(name) => name.to_string_lossy().into_owned(),
        None => anyhow::bail!(
            "output folder `{}` has no name of its own: pass a folder such as --out output",
            out.display()
        ),
    };
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(parent)
        .with_context(|| format!("failed to create `{}`", parent.display()))?;
    // One run at a time writes the folder: a second one waits here.
    let _lock = lock_output(parent);
    // Older versions swapped a new folder in; one killed half-way left
    // the old output here.
    let old = parent.join(format!(".inspraak-old-{name}"));
    finish_interrupted_swap(out, &old)?;
    check_replaceable(out)?;
    let staging = crate::timings::time(env.timings, "output/open", || {
        crate::report::staging::Staging::open(out)
    })?;
    // consultation.json is at the top of the output folder: public.
    // The JSON and the documents are independent: written side by side,
    // with one scrubber (it compiles a pattern of every private name).
    let scrubber = crate::timings::time(env.timings, "output/scrubber", || {
        match env.scrubber {
            Some(s) => s.clone(),
            None => crate::privacy::Scrubber::for_consultation(c),
        }
        .keeping(env.cache)
        .learning_groups(c)
        // Placeholders worded in the documents' language, also in
        // consultation.json.
        .worded_in(report.lang)
    });
    // The drafts' texts as public output quotes them (the memo, the
    // redline, consultation.json): without the names of private persons.
    let drafts = crate::privacy::public_drafts(c, &scrubber);
    let c: &Consultation = &drafts;
    let timings = env.timings;
    // Each response's key, for its piece of consultation.json and, with a
    // cache, its letter.
    let response_keys = crate::timings::time(timings, "output/response keys", || {
        crate::public_json::piece_keys(c, &scrubber)
    });
    let env = crate::report::RenderEnv {
        scrubber: Some(&scrubber),
        response_keys: Some(&response_keys),
        ..env
    };
    let (json, documents) = rayon::join(
        || {
            crate::timings::time(env.timings, "output/json", || {
                crate::public_json::write_keyed(c, &scrubber, &response_keys, env.cache, &staging)
            })
        },
        || crate::report::render_into(c, report, &staging, env),
    );
    scrubber.save_kept();
    let mut files = vec![json?];
    files.extend(documents?);
    // Keep the user's placeholder (the repository's `output/.gitkeep`).
    let keep = out.join(".gitkeep");
    if keep.is_file() {
        if let Ok(bytes) = std::fs::read(&keep) {
            staging.put_own(".gitkeep", &bytes)?;
        }
    }
    let stats = crate::timings::time(timings, "output/finish", || staging.finish())?;
    Ok(Written { files, stats })
}

/// An exclusive lock on the folder that holds the output folder, held
/// while a run writes the output, so that two runs at once do not write
/// (and clean up) the same folder: the second waits for the first. It is
/// the parent that is locked, as the output folder itself may be replaced
/// by a new one, and no lock file is left beside the output. The operating
/// system releases the lock when the process ends, also on a crash. Where
/// the folder cannot be locked, the run goes on without it.
fn lock_output(parent: &Path) -> Option<std::fs::File> {
    let folder = std::fs::File::open(parent).ok()?;
    folder.lock().ok()?;
    Some(folder)
}

/// What [`write_output`] did.
#[derive(Debug)]
pub struct Written {
    /// Every file of the output, in the output folder.
    pub files: Vec<PathBuf>,
    /// How many were written and how many reused from the previous output.
    pub stats: crate::report::staging::Stats,
}

/// Completes a swap that an earlier, killed run left half done: the old
/// output moved aside (`old`) and no new one in its place.
fn finish_interrupted_swap(out: &Path, old: &Path) -> Result<()> {
    if std::fs::symlink_metadata(old).is_err() {
        return Ok(());
    }
    if out.exists() {
        std::fs::remove_dir_all(old)
            .with_context(|| format!("failed to remove the old output `{}`", old.display()))
    } else {
        std::fs::rename(old, out).with_context(|| {
            format!(
                "an earlier run was interrupted; failed to put its output `{}` back as `{}`",
                old.display(),
                out.display()
            )
        })
    }
}

/// Refuses to replace `out` when it holds things inspraak did not write.
/// A symbolic link to a folder (`output` → a shared drive's folder) is
/// written through, whether named `output` or `output/`.
pub(crate) fn check_replaceable(out: &Path) -> Result<()> {
    // `output/` follows a link where `output` names the link itself.
    let named: PathBuf = out.components().collect();
    let meta = match std::fs::symlink_metadata(&named) {
        Ok(meta) => meta,
        Err(_) => return Ok(()),
    };
    if meta.file_type().is_symlink() && !std::fs::metadata(&named).is_ok_and(|m| m.is_dir()) {
        anyhow::bail!(
            "output folder `{}` is a link to {}: pass another --out folder, or make the link \
             point to a folder",
            out.display(),
            match std::fs::read_link(&named) {
                Ok(target) if std::fs::metadata(&named).is_ok() =>
                    format!("`{}`, which is no folder", target.display()),
                Ok(target) => format!("`{}`, which does not exist", target.display()),
                Err(_) => "something that cannot be read".to_string(),
            }
        );
    }
    if !meta.is_dir() && !meta.file_type().is_symlink() {
        anyhow::bail!(
            "output folder `{}` exists but is not a folder (a file): pass another --out \
             folder, or move it away",
            out.display()
        );
    }
    let names: Vec<String> = std::fs::read_dir(out)
        .with_context(|| format!("failed to read output folder `{}`", out.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let ours = names
        .iter()
        .any(|n| n == OUTPUT_MARKER || n == "consultation.json");
    let foreign = names.iter().find(|n| n.as_str() != ".gitkeep");
    match foreign {
        Some(example) if !ours => anyhow::bail!(
            "output folder `{}` already exists and was not written by inspraak (it holds \
             `{example}`); a run replaces the whole folder, so it is left alone: pass another \
             --out folder, or empty that one first",
            out.display()
        ),
        _ => Ok(()),
    }
}

pub mod senders_eval;

#[cfg(test)]
mod tests;
