//! A content-addressed cache of per-file results, so a re-run after adding
//! one response re-reads and re-splits only that response.
//!
//! These entries live in one folder:
//!
//! - `d-<key>.bin`: the extracted [`Document`] of a draft;
//! - `s-<key>.bin`: that draft divided into sections ([`Version`]), keyed
//!   by the document's key, file name and label;
//! - `r-<key>.bin`: what the split stage read from a response
//!   ([`ResponseEntry`]: the response id, the letter's metadata and its
//!   comments), so a cached response needs neither extraction nor splitting;
//! - `v-<key>.bin`: the comparison of the first and last version
//!   ([`Comparison`]), keyed by both versions' content;
//! - `c-<key>.bin`: what linking and re-anchoring derived from each
//!   comment text for those versions ([`CommentResults`]), so a re-run
//!   links only comments it has not seen; a run that links new texts
//!   appends them to it ([`Cache::put_comment_results`]);
//! - `g-<key>.bin`: what campaign grouping derived from the comment texts
//!   of the last run (their shingle sets and which are similar), so a
//!   re-run compares only new texts ([`crate::campaigns::KeptCampaigns`]);
//! - `file-keys.bin`: the key of each input file by its metadata
//!   ([`crate::file_keys`]), so an unchanged file is not read to find it;
//! - `narrowed-patterns.bin`: the narrowed forms of the program's costliest
//!   patterns ([`crate::text::narrow_pattern`]) for the tool's stamp, so a
//!   re-run that splits a new letter compiles them without making them
//!   ([`Cache::load_narrowed_patterns`]);
//! - `split-patterns.bin`: which of the splitter's patterns the letters of
//!   earlier runs of this tool stamp reached, so a re-run that splits a new
//!   letter compiles only those ahead ([`Cache::load_split_patterns`]).
//!
//! The key is the SHA-256 of the file's bytes together with the tool's
//! *stamp*: its version, a format number and the identity of the running
//! executable (size and modification time). A changed file gets a new key,
//! and so does every file after a new release or a rebuild of the tool (a
//! developer changing the extractor without bumping the version never sees
//! stale results either). Entries are never looked up by file name.
//!
//! The cache is only an accelerator: any error reading or writing it is
//! ignored and the file is processed again. Entries are written to a
//! temporary file and renamed, so a concurrent reader never sees half an
//! entry. [`Cache::evict`] removes entries the current run did not use once
//! they are old or the folder is over its size cap, so the folder does not
//! grow forever; a run evicts at most once an hour ([`Cache::evict_when_due`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::compare::align::Alignment;
use crate::file_keys::{FileKeys, Stat};
use crate::ids::ContentHash;
use crate::model::{Anchor, Change, Comment, Document, Link, Quote, RespondentKind, Version};
use crate::split::Letter;

/// Bump when the cached output for the same bytes and version may change.
const FORMAT: u32 = 14;

/// Bump when what campaign grouping keeps ([`crate::campaigns::KeptCampaigns`]) changes
/// meaning for the same tool stamp.
const CAMPAIGNS_FORMAT: u32 = 4;

/// Name of the file with the narrowed forms of the program's patterns
/// ([`Cache::save_narrowed_patterns`]).
const NARROWED_PATTERNS: &str = "narrowed-patterns.bin";

/// What `narrowed-patterns.bin` holds: the narrowed forms
/// ([`crate::text::narrow_pattern`]) of the program's patterns by their
/// pattern's key, made by the tool of this stamp (they depend on its
/// build only).
#[derive(Debug, Serialize, Deserialize)]
struct KeptNarrowed {
    stamp: String,
    tool: String,
    forms: Vec<(crate::text::PatternKey, String)>,
}

/// Name of the file with the splitter's patterns that earlier runs reached
/// ([`Cache::save_split_patterns`]).
const SPLIT_PATTERNS: &str = "split-patterns.bin";

/// What `split-patterns.bin` holds: the keys ([`crate::text::pattern_key`])
/// of the splitter's patterns that letters split by the tool of this stamp
/// reached.
#[derive(Debug, Serialize, Deserialize)]
struct KeptReached {
    stamp: String,
    tool: String,
    reached: Vec<crate::text::PatternKey>,
}

/// A cache folder (created on first write).
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    stamp: String,
    /// Entry file names looked up or written by this process.
    used: Arc<Mutex<HashSet<String>>>,
    /// Keys of input files by their metadata, loaded on first use.
    file_keys: Arc<OnceLock<FileKeys>>,
    /// How many narrowed forms of patterns the process knew when this
    /// cache last loaded or saved them ([`Cache::save_narrowed_patterns`]).
    narrowed_known: Arc<AtomicUsize>,
    /// Entries kept in memory between the runs of one process
    /// (`inspraak run --watch`, [`Cache::in_memory`]); none otherwise.
    memory: Option<Arc<Memory>>,
}

/// Entries kept in memory by their entry name, the bytes as read from or
/// written to the folder (see [`Cache::in_memory`]).
#[derive(Debug, Default)]
struct Memory {
    entries: Mutex<std::collections::HashMap<String, Kept>>,
}

/// One entry kept in memory.
#[derive(Debug, Clone)]
struct Kept {
    bytes: Arc<[u8]>,
    /// The file's state when the bytes were read or written, for the
    /// entries that runs rewrite under the same name ([`rewritten`]): kept
    /// bytes are only used while the file is still in that state.
    stat: Option<Stat>,
}

/// Entries that runs replace or append to under the same name (the kept
/// links, `c-`, and campaign grouping, `g-`). Every other entry's name
/// holds the key of its content (and the tool's stamp), so what is kept
/// under it never changes.
fn rewritten(kind: &str) -> bool {
    matches!(kind, "c" | "g")
}

/// The state of the file at `path` now, when it is a regular file.
fn stat_of(path: &Path) -> Option<Stat> {
    std::fs::metadata(path).ok().and_then(|m| Stat::of(&m))
}

/// What the cache keeps for a response: the split stage's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseEntry {
    /// The response id (derived from the extracted text).
    pub id: String,
    pub respondent: Option<String>,
    pub kind: RespondentKind,
    pub date: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub date_without_year: Option<crate::split::DayMonth>,
    pub place: Option<String>,
    pub private_person: bool,
    #[serde(default)]
    pub passes_on_private: bool,
    #[serde(default)]
    pub passed_on_names: Vec<String>,
    pub comments: Vec<Comment>,
    #[serde(default)]
    pub own_streets: Vec<String>,
    #[serde(default)]
    pub own_details: Vec<String>,
    #[serde(default)]
    pub reading_warnings: Vec<String>,
    #[serde(default)]
    pub scanned_pages: Vec<u32>,
    #[serde(default)]
    pub notes: Vec<crate::model::Note>,
    #[serde(default)]
    pub text: String,
}

impl ResponseEntry {
    /// The entry for a response with id `id` split into `letter`.
    pub fn new(id: String, letter: Letter) -> ResponseEntry {
        // Destructured in full, so a field added to `Letter` fails to
        // compile here instead of being silently lost from the cache.
        let Letter {
            respondent,
            kind,
            date,
            date_without_year,
            place,
            private_person,
            passes_on_private,
            passed_on_names,
            comments,
            own_streets,
            own_details,
            reading_warnings,
            scanned_pages,
            notes,
            text,
        } = letter;
        ResponseEntry {
            id,
            respondent,
            kind,
            date,
            date_without_year,
            place,
            private_person,
            passes_on_private,
            passed_on_names,
            comments,
            own_streets,
            own_details,
            reading_warnings,
            scanned_pages,
            notes,
            text,
        }
    }

    /// The response id and the letter back.
    pub fn into_parts(self) -> (String, Letter) {
        let ResponseEntry {
            id,
            respondent,
            kind,
            date,
            date_without_year,
            place,
            private_person,
            passes_on_private,
            passed_on_names,
            comments,
            own_streets,
            own_details,
            reading_warnings,
            scanned_pages,
            notes,
            text,
        } = self;
        let letter = Letter {
            respondent,
            kind,
            date,
            date_without_year,
            place,
            private_person,
            passes_on_private,
            passed_on_names,
            comments,
            own_streets,
            own_details,
            reading_warnings,
            scanned_pages,
            notes,
            text,
        };
        (id, letter)
    }
}

/// A draft divided into sections ([`crate::structure::parse_version`]).
#[derive(Serialize, Deserialize)]
struct KeptVersion {
    /// Sections and pages leave empty lists out of their JSON: kept as JSON.
    #[serde(with = "as_json")]
    version: Version,
}

/// The comparison of two versions, before comments are credited.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Comparison {
    pub alignment: Alignment,
    #[serde(with = "as_json")]
    pub changes: Vec<Change>,
}

/// A value kept as JSON inside a binary entry: [`Change`] leaves empty
/// lists out of its JSON (`skip_serializing_if`), which a format without
/// field names (postcard) cannot read back.
mod as_json {
    use serde::de::{DeserializeOwned, Error as _};
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
        serde_json::to_vec(value)
            .map_err(S::Error::custom)?
            .serialize(s)
    }

    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(
        d: D,
    ) -> Result<T, D::Error> {
        let json = Vec::<u8>::deserialize(d)?;
        serde_json::from_slice(&json).map_err(D::Error::custom)
    }
}

/// What linking (and re-anchoring in the newest version) derived from one
/// comment text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommentResult {
    pub sections: Vec<Link>,
    pub quotes: Vec<Quote>,
    pub anchor_after: Option<Anchor>,
    /// The text's terms as the causes of changes compare them.
    pub terms: crate::compare::TextTerms,
}

impl CommentResult {
    /// The results a comment carries now.
    pub fn of(c: &Comment) -> CommentResult {
        CommentResult {
            sections: c.sections.clone(),
            quotes: c.quotes.clone(),
            anchor_after: c.anchor_after.clone(),
            terms: crate::compare::TextTerms::of(c),
        }
    }

    /// Puts the results on a comment.
    pub fn apply_to(&self, c: &mut Comment) {
        c.sections = self.sections.clone();
        c.quotes = self.quotes.clone();
        c.anchor_after = self.anchor_after.clone();
    }
}

/// Per-comment results for one set of versions, by [`comment_key`].
pub type CommentResults = std::collections::HashMap<String, CommentResult>;

/// First bytes of a `c-<key>.bin` file: after it come segments, each the
/// length of its body (4 bytes), the body (the [postcard] encoding of
/// `(key, result)` pairs) and the CRC-32 of the body. A run that links
/// new texts appends one segment; a file that has become mostly results
/// no run uses any more is written anew.
const RESULTS_MAGIC: &[u8] = b"inspraak comment results 1\n";

/// Kept per-comment results as read, and whether the file was whole (so
/// new results may be appended to it).
#[derive(Debug, Default)]
pub struct KeptResults {
    pub results: CommentResults,
    pub whole: bool,
}

/// The bytes of a `c-<key>.bin` file with `results` only.
pub fn encode_comment_results(results: &CommentResults) -> Option<Vec<u8>> {
    let entries: Vec<(&String, &CommentResult)> = results.iter().collect();
    let mut out = RESULTS_MAGIC.to_vec();
    out.extend_from_slice(&results_segment(&entries)?);
    Some(out)
}

/// One segment of a `c-<key>.bin` file.
fn results_segment(entries: &[(&String, &CommentResult)]) -> Option<Vec<u8>> {
    Some(segment(&postcard::to_allocvec(entries).ok()?))
}

/// One segment of a file that runs append to (kept links, the memo's kept
/// parts): the length of `body` (4 bytes), `body` and its CRC-32.
pub(crate) fn segment(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 8);
    out.extend_from_slice(&u32::try_from(body.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(&crc32fast::hash(body).to_le_bytes());
    out
}

/// The body of the [`segment`] at `at` in `bytes`, `at` then after it;
/// none (and `at` unchanged) when it is damaged or cut short.
pub(crate) fn next_segment<'a>(bytes: &'a [u8], at: &mut usize) -> Option<&'a [u8]> {
    let (len, after) = bytes.get(*at..)?.split_first_chunk::<4>()?;
    let len = usize::try_from(u32::from_le_bytes(*len)).ok()?;
    let (body, after) = after.split_at_checked(len)?;
    let (crc, _) = after.split_first_chunk::<4>()?;
    if crc32fast::hash(body).to_le_bytes() != *crc {
        return None;
    }
    *at += 4 + len + 4;
    Some(body)
}

/// The results in the bytes of a `c-<key>.bin` file: those of every whole
/// segment up to the first damaged or cut-off one (`whole` is then false);
/// `None` when it is not such a file at all.
pub fn decode_comment_results(bytes: &[u8]) -> Option<KeptResults> {
    let mut at = bytes
        .strip_prefix(RESULTS_MAGIC)
        .map(|_| RESULTS_MAGIC.len())?;
    let mut kept = KeptResults {
        results: CommentResults::new(),
        whole: true,
    };
    while at < bytes.len() {
        let entries = next_segment(bytes, &mut at)
            .and_then(|body| postcard::from_bytes::<Vec<(String, CommentResult)>>(body).ok());
        let Some(entries) = entries else {
            kept.whole = false;
            break;
        };
        kept.results.extend(entries);
    }
    Some(kept)
}

/// The key of a comment's text in [`CommentResults`].
pub fn comment_key(text: &str) -> String {
    crate::ids::hex(&Sha256::digest(text.as_bytes())[..16])
}

/// An entry's bytes: a compact binary encoding ([postcard]), several times
/// faster to read and write than JSON (a re-run reads every entry), and
/// the CRC-32 of those bytes, so a damaged entry is a miss, not a value.
pub fn encode<T: Serialize>(value: &T) -> Option<Vec<u8>> {
    let mut bytes = postcard::to_allocvec(value).ok()?;
    let crc = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    Some(bytes)
}

/// The value of an entry's bytes ([`encode`]); `None` when damaged.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    let (body, crc) = bytes.split_last_chunk::<4>()?;
    if crc32fast::hash(body) != u32::from_le_bytes(*crc) {
        return None;
    }
    postcard::from_bytes(body).ok()
}

/// Writes `bytes` to the file at `path` (creating its folder) through a
/// temporary file beside it renamed over it, so a concurrent reader never
/// sees half of it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = crate::file_mode::temp_file_like(dir, ".tmp-", "", path)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// All bytes of `file` from where it stands, `len` (its length, when
/// known) only sizing the buffer: read through [`std::io::Read::take`],
/// whose `read_to_end` does not ask the file system for the length again.
fn read_all(file: &std::fs::File, len: Option<u64>) -> Option<Vec<u8>> {
    let hint = len.and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
    let mut bytes = Vec::new();
    bytes.try_reserve_exact(hint.saturating_add(1)).ok()?;
    std::io::Read::read_to_end(&mut std::io::Read::take(file, u64::MAX), &mut bytes).ok()?;
    Some(bytes)
}

/// `path` made absolute as [`std::path::absolute`] does, with the working
/// folder asked once per process rather than once per file.
fn absolute(path: &Path) -> PathBuf {
    static CWD: OnceLock<Option<PathBuf>> = OnceLock::new();
    let joined = match CWD.get_or_init(|| std::env::current_dir().ok()) {
        Some(cwd) if path.is_relative() => cwd.join(path),
        _ => path.to_path_buf(),
    };
    std::path::absolute(&joined).unwrap_or(joined)
}

/// Is `name` an entry of the cache folder (one that eviction may remove)?
/// Entries of earlier formats (`*.json`) count, so they go once unused.
fn is_entry_name(name: &str) -> bool {
    let kind = name.split_once('-').map(|(kind, _)| kind);
    (name.ends_with(".bin") && matches!(kind, Some("d" | "s" | "r" | "v" | "c" | "g" | "t")))
        || (name.ends_with(".json") && !name.starts_with('.'))
}

/// File in the cache folder whose modification time is the last eviction.
const EVICTED_STAMP: &str = ".evicted";

/// Least time between two evictions ([`Cache::evict_when_due`]).
pub const EVICTION_INTERVAL: Duration = Duration::from_secs(3600);

/// When [`Cache::evict`] removes entries the current run did not use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Eviction {
    /// Unused entries last used longer ago than this are removed.
    pub max_age: Duration,
    /// When the folder is larger than this, unused entries are removed,
    /// least recently used first, until it is not.
    pub max_bytes: u64,
}

impl Default for Eviction {
    fn default() -> Self {
        Eviction {
            max_age: Duration::from_secs(14 * 24 * 3600),
            max_bytes: 512 << 20,
        }
    }
}

/// What [`Cache::evict`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evicted {
    pub removed: usize,
    pub kept: usize,
    /// Bytes left in the folder.
    pub bytes: u64,
}

/// The running tool's identity: version, cache format and executable.
pub fn tool_stamp() -> &'static str {
    static STAMP: OnceLock<String> = OnceLock::new();
    STAMP.get_or_init(|| {
        let exe = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| {
                let mtime = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("{}:{mtime}", m.len())
            })
            .unwrap_or_default();
        format!("{}/{FORMAT}/{exe}", env!("CARGO_PKG_VERSION"))
    })
}

impl Cache {
    /// A cache in `dir` for the running tool.
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache::with_stamp(dir, tool_stamp())
    }

    /// A cache in `dir` for a tool identified by `stamp` (tests use this to
    /// stand for another version of the tool).
    pub fn with_stamp(dir: impl Into<PathBuf>, stamp: &str) -> Cache {
        Cache {
            dir: dir.into(),
            stamp: stamp.to_string(),
            used: Arc::default(),
            file_keys: Arc::default(),
            narrowed_known: Arc::default(),
            memory: None,
        }
    }

    /// This cache with its entries also kept in memory, for a process that
    /// runs again and again (`inspraak run --watch`): a later run reads
    /// them without opening files. An entry named by its content's key is
    /// used as kept; one that runs rewrite under one name (the kept links,
    /// campaign grouping) only while its file is as it was when kept, so
    /// another process's write is read from the folder. Call
    /// [`Cache::next_run`] between runs.
    pub fn in_memory(mut self) -> Cache {
        self.memory = Some(Arc::default());
        self
    }

    /// The cache for the next run of the same process: the entries the
    /// last run did not use are dropped from memory (so it holds what one
    /// run of the consultation uses, no more), and the keys of input files
    /// the last run found are carried over (not read from the folder
    /// again). Nothing counts as used yet.
    pub fn next_run(&self) -> Cache {
        let used = self.used.lock().map(|u| u.clone()).unwrap_or_default();
        if let Some(memory) = &self.memory {
            if let Ok(mut entries) = memory.entries.lock() {
                entries.retain(|name, _| used.contains(name));
            }
        }
        let file_keys = match self.file_keys.get() {
            Some(keys) => Arc::new(OnceLock::from(keys.carried())),
            None => Arc::default(),
        };
        Cache {
            dir: self.dir.clone(),
            stamp: self.stamp.clone(),
            used: Arc::default(),
            file_keys,
            narrowed_known: Arc::clone(&self.narrowed_known),
            memory: self.memory.clone(),
        }
    }

    /// How many entries are kept in memory (tests).
    pub fn in_memory_len(&self) -> usize {
        self.memory
            .as_ref()
            .and_then(|m| m.entries.lock().ok().map(|e| e.len()))
            .unwrap_or(0)
    }

    /// The kept bytes of the entry `name` (of `kind`), when they may be used.
    fn remembered(&self, kind: &str, name: &str, path: &Path) -> Option<Arc<[u8]>> {
        let memory = self.memory.as_ref()?;
        let kept = memory.entries.lock().ok()?.get(name).cloned()?;
        if rewritten(kind) && (kept.stat.is_none() || stat_of(path) != kept.stat) {
            return None;
        }
        Some(kept.bytes)
    }

    /// Keeps `bytes` as the entry `name` (of `kind`) in memory, when this
    /// cache keeps entries there; `stat` is the file's state they match.
    fn remember(&self, kind: &str, name: &str, bytes: Arc<[u8]>, stat: Option<Stat>) {
        let Some(memory) = &self.memory else {
            return;
        };
        let stat = if rewritten(kind) { stat } else { None };
        if let Ok(mut entries) = memory.entries.lock() {
            entries.insert(name.to_string(), Kept { bytes, stat });
        }
    }

    /// Keeps in memory what the entry `name` (of `kind`) holds after
    /// `segment` was appended to its file: the bytes it held `before`
    /// followed by the segment, as on disk. Only when memory did not keep
    /// them is the whole entry made anew by `encode`: a watcher's update
    /// after one new response then copies the kept links' bytes instead of
    /// encoding every comment's links again (3.6% of such an update's CPU
    /// at 1,000 responses).
    fn remember_appended(
        &self,
        kind: &str,
        name: &str,
        before: Option<Arc<[u8]>>,
        segment: Option<Vec<u8>>,
        encode: impl FnOnce() -> Option<Vec<u8>>,
    ) {
        let bytes = match (before, segment) {
            (Some(before), Some(segment)) => Some([&before[..], &segment[..]].concat()),
            _ => encode(),
        };
        if let Some(bytes) = bytes {
            self.remember(kind, name, bytes.into(), stat_of(&self.dir.join(name)));
        }
    }

    /// The default cache folder: `.inspraak-cache` beside the inbox.
    pub fn beside(inbox: &Path) -> Cache {
        Cache::new(crate::inbox::folder_beside(inbox).join(".inspraak-cache"))
    }

    /// Why the folder cannot be written, when it cannot (a read-only
    /// folder holds it, a file stands in its place): then every run reads,
    /// splits and links all files again, which the user should hear once.
    /// Probed by creating the folder and a temporary file in it.
    pub fn unwritable(&self) -> Option<String> {
        if let Err(e) = std::fs::create_dir_all(&self.dir) {
            return Some(e.to_string());
        }
        match tempfile::Builder::new()
            .prefix(".probe-")
            .tempfile_in(&self.dir)
        {
            Ok(_) => None,
            Err(e) => Some(e.to_string()),
        }
    }

    /// The warning for a cache that cannot be written ([`Cache::unwritable`]).
    pub fn unwritable_warning(&self) -> Option<String> {
        self.unwritable().map(|why| {
            format!(
                "warning: the cache folder `{}` cannot be written ({why}): every run reads, \
                 splits and links all files again; make the folder beside the inbox writable \
                 (or remove what stands in the cache folder's place)",
                self.dir.display()
            )
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Makes the narrowed forms of the program's patterns that an earlier
    /// run of this tool kept (`narrowed-patterns.bin`) known to this
    /// process ([`crate::text::keep_narrowed_forms`]). Those of another
    /// tool stamp, or a damaged file, are ignored.
    pub fn load_narrowed_patterns(&self) {
        let Ok(bytes) = std::fs::read(self.dir.join(NARROWED_PATTERNS)) else {
            return;
        };
        let Some(kept) = decode::<KeptNarrowed>(&bytes) else {
            return;
        };
        if kept.stamp == self.stamp && kept.tool == tool_stamp() {
            let known = crate::text::keep_narrowed_forms(kept.forms);
            self.narrowed_known.store(known, Ordering::Relaxed);
        }
    }

    /// Keeps the narrowed forms this process knows for the next run, when
    /// it knows more than this cache loaded or saved. Errors are ignored:
    /// the next run makes them again.
    pub fn save_narrowed_patterns(&self) {
        let known = self.narrowed_known.load(Ordering::Relaxed);
        let Some(forms) = crate::text::narrowed_forms_beyond(known) else {
            return;
        };
        self.narrowed_known.store(forms.len(), Ordering::Relaxed);
        let kept = KeptNarrowed {
            stamp: self.stamp.clone(),
            tool: tool_stamp().to_string(),
            forms,
        };
        if let Some(bytes) = encode(&kept) {
            let _ = write_atomically(&self.dir.join(NARROWED_PATTERNS), &bytes);
        }
    }

    /// The splitter's patterns that earlier runs of this tool reached, as
    /// kept in `split-patterns.bin`; `None` for a file of another tool
    /// stamp, a damaged one or none.
    pub fn kept_split_patterns(&self) -> Option<Vec<crate::text::PatternKey>> {
        let bytes = std::fs::read(self.dir.join(SPLIT_PATTERNS)).ok()?;
        let kept = decode::<KeptReached>(&bytes)?;
        (kept.stamp == self.stamp && kept.tool == tool_stamp()).then_some(kept.reached)
    }

    /// Makes the splitter's patterns that earlier runs of this tool reached
    /// known to this process ([`crate::split::keep_reached_patterns`]), so
    /// a new letter's split compiles only those ahead. Only when to compile
    /// depends on it, never a match: a pattern left out compiles on first
    /// use.
    pub fn load_split_patterns(&self) {
        if let Some(reached) = self.kept_split_patterns() {
            crate::split::keep_reached_patterns(reached);
        }
    }

    /// Keeps the splitter's patterns reached so far for the next run, when
    /// this process split a letter that reached one not known before.
    /// Errors are ignored: the next run compiles them all again.
    pub fn save_split_patterns(&self) {
        let Some(reached) = crate::split::reached_patterns_to_keep() else {
            return;
        };
        let kept = KeptReached {
            stamp: self.stamp.clone(),
            tool: tool_stamp().to_string(),
            reached,
        };
        if let Some(bytes) = encode(&kept) {
            let _ = write_atomically(&self.dir.join(SPLIT_PATTERNS), &bytes);
        }
    }

    /// Cache key of a file's bytes for this tool.
    pub fn key(&self, bytes: &[u8]) -> String {
        let mut h = Sha256::new();
        h.update(self.stamp.as_bytes());
        h.update([0u8]);
        h.update(bytes);
        crate::ids::hex(&h.finalize())
    }

    /// The cache key of a file's `bytes` read from `path`: [`Cache::key`]
    /// of the bytes and the file's type (its extension, in lower case), as
    /// the type decides how the bytes are read (a `.txt` renamed `.eml` is
    /// decoded as an e-mail, a `.md` renamed `.txt` keeps its marks).
    pub fn file_key(&self, path: &Path, bytes: &[u8]) -> String {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let mut h = Sha256::new();
        h.update(self.stamp.as_bytes());
        h.update([0u8]);
        h.update(b"file type ");
        h.update(ext.as_bytes());
        h.update([0u8]);
        h.update(bytes);
        crate::ids::hex(&h.finalize())
    }

    /// The cache key of the file at `path` ([`Cache::file_key`] of its bytes),
    /// with the bytes when they had to be read for it. A file unchanged
    /// since an earlier run (by its metadata, see [`crate::file_keys`]) is
    /// not read: the key comes from the index.
    pub fn key_file(&self, path: &Path) -> std::io::Result<(String, Option<Vec<u8>>)> {
        // Before reading: a write during the read makes the next run
        // hash the file again. A file known by its metadata is not opened.
        let stat = std::fs::metadata(path).ok().and_then(|m| Stat::of(&m));
        let at = absolute(path);
        let keys = self.file_keys();
        if let Some(key) = stat.as_ref().and_then(|stat| keys.get(&at, stat)) {
            return Ok((key, None));
        }
        let mut file = std::fs::File::open(path)?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes)?;
        let key = self.file_key(path, &bytes);
        if let Some(stat) = stat {
            keys.remember(&at, stat, key.clone());
        }
        Ok((key, Some(bytes)))
    }

    /// Writes the index of file keys for the next run (the files this run
    /// keyed through [`Cache::key_file`]).
    pub fn save_file_keys(&self) {
        if let Some(keys) = self.file_keys.get() {
            keys.save(&self.dir, &self.stamp);
        }
    }

    fn file_keys(&self) -> &FileKeys {
        self.file_keys
            .get_or_init(|| FileKeys::load(&self.dir, &self.stamp))
    }

    /// The cached document for `key`, renamed to `file`.
    pub fn get_document(&self, key: &str, file: &str) -> Option<Document> {
        let mut doc: Document = self.get("d", key)?;
        // The same bytes may come under another name.
        doc.file = file.to_string();
        Some(doc)
    }

    /// Stores a draft's document under `key`.
    pub fn put_document(&self, key: &str, doc: &Document) {
        self.put("d", key, doc);
    }

    /// The sections of the draft `file` whose document is kept under
    /// `key`, divided with the label `label`.
    /// Its document's entry counts as used too (eviction keeps it for
    /// when the label changes).
    pub fn get_version(&self, key: &str, file: &str, label: &str) -> Option<Version> {
        let kept: KeptVersion = self.get("s", &self.version_key(key, file, label))?;
        self.mark_used(&Cache::entry_name("d", key));
        Some(kept.version)
    }

    /// Keeps the sections of a draft ([`Cache::get_version`]).
    pub fn put_version(&self, key: &str, file: &str, label: &str, version: &Version) {
        let kept = KeptVersion {
            version: version.clone(),
        };
        self.put("s", &self.version_key(key, file, label), &kept);
    }

    /// The key of a divided draft: the document's key, its file name and
    /// its label (both are in the [`Version`]).
    fn version_key(&self, key: &str, file: &str, label: &str) -> String {
        let mut h = ContentHash::default();
        h.part(key.as_bytes())
            .part(file.as_bytes())
            .part(label.as_bytes());
        crate::ids::hex(&h.bytes())
    }

    /// The cached split result of a response for `key`.
    pub fn get_response(&self, key: &str) -> Option<ResponseEntry> {
        self.get("r", key)
    }

    /// Stores a response's split result under `key`.
    pub fn put_response(&self, key: &str, entry: &ResponseEntry) {
        self.put("r", key, entry);
    }

    /// Key of results derived from `versions` (their whole content, file
    /// names and labels included) for this tool.
    pub fn versions_key(&self, versions: &[&Version], related_terms: &[String]) -> String {
        let mut h = ContentHash::default();
        h.part(self.stamp.as_bytes());
        for v in versions {
            // A version that cannot be serialized gets a key of its own
            // (the error text), which at worst misses the cache.
            if let Err(e) = h.json(v) {
                h.part(e.to_string().as_bytes());
            }
            h.part(b"");
        }
        // The consultation's own related terms change the links.
        for line in related_terms {
            h.part(line.as_bytes());
        }
        h.hex()
    }

    /// The cached comparison for `key` ([`Cache::versions_key`]).
    pub fn get_comparison(&self, key: &str) -> Option<Comparison> {
        self.get("v", key)
    }

    /// Stores a comparison under `key`.
    pub fn put_comparison(&self, key: &str, value: &Comparison) {
        self.put("v", key, value);
    }

    /// The kept per-comment results for `key` ([`Cache::versions_key`]).
    pub fn get_comment_results(&self, key: &str) -> Option<KeptResults> {
        self.read_entry("c", key, decode_comment_results)
    }

    /// Keeps this run's per-comment results `results` under `key`, of
    /// which those with the keys `added` were not in the file read (with
    /// `unused` of its results not in `results`): they are appended to it
    /// when it was read whole (`appendable`, see [`KeptResults::whole`])
    /// and at most half of it would be results no run uses; else the file
    /// is written anew with `results`.
    /// A run after one new response so writes a few kilobytes, not every
    /// comment's results again.
    pub fn put_comment_results(
        &self,
        key: &str,
        results: &CommentResults,
        added: &[&String],
        appendable: bool,
        unused: usize,
    ) {
        let name = Cache::entry_name("c", key);
        let path = self.dir.join(&name);
        if appendable && unused <= results.len() {
            if added.is_empty() {
                return;
            }
            let entries: Vec<(&String, &CommentResult)> = added
                .iter()
                .filter_map(|k| Some((*k, results.get(*k)?)))
                .collect();
            // The file's bytes before the append, when memory keeps them
            // (and the file is still what they were read from).
            let before = self.remembered("c", &name, &path);
            let segment = results_segment(&entries);
            let appended = segment.as_ref().is_some_and(|segment| {
                std::fs::OpenOptions::new()
                    .append(true)
                    .open(&path)
                    .and_then(|mut f| std::io::Write::write_all(&mut f, segment))
                    .is_ok()
            });
            if appended {
                self.mark_used(&name);
                if self.memory.is_some() {
                    self.remember_appended("c", &name, before, segment, || {
                        encode_comment_results(results)
                    });
                }
                return;
            }
        }
        if let Some(bytes) = encode_comment_results(results) {
            if write_atomically(&path, &bytes).is_ok() {
                self.mark_used(&name);
                self.remember("c", &name, bytes.into(), stat_of(&path));
            }
        }
    }

    /// Whether the templates with `fingerprint` passed
    /// [`crate::report::Templates::check`] in an earlier run of this tool.
    pub fn templates_checked(&self, fingerprint: &str) -> bool {
        self.get::<bool>("t", &self.templates_key(fingerprint))
            .unwrap_or(false)
    }

    /// Records that the templates with `fingerprint` passed the check.
    pub fn put_templates_checked(&self, fingerprint: &str) {
        self.put("t", &self.templates_key(fingerprint), &true);
    }

    fn templates_key(&self, fingerprint: &str) -> String {
        self.key(format!("templates checked/{fingerprint}").as_bytes())
    }

    /// Key of the kept campaign grouping (`g-<key>.bin`): one entry for
    /// the running tool, replaced by each run that changes it. Its content
    /// is keyed by text inside ([`crate::campaigns::KeptCampaigns`]), so it needs no key of
    /// the inbox's content.
    fn campaigns_key(&self) -> String {
        self.key(format!("campaigns/{CAMPAIGNS_FORMAT}").as_bytes())
    }

    /// What campaign grouping kept from an earlier run; `None` when
    /// missing or damaged.
    pub fn get_campaigns(&self) -> Option<crate::campaigns::KeptCampaigns> {
        self.get::<crate::campaigns::KeptCampaigns>("g", &self.campaigns_key())
            .filter(crate::campaigns::KeptCampaigns::is_consistent)
    }

    /// Keeps campaign grouping's results for the next run.
    pub fn put_campaigns(&self, value: &crate::campaigns::KeptCampaigns) {
        self.put("g", &self.campaigns_key(), value);
    }

    fn entry_name(kind: &str, key: &str) -> String {
        format!("{kind}-{key}.bin")
    }

    fn mark_used(&self, name: &str) {
        if let Ok(mut used) = self.used.lock() {
            used.insert(name.to_string());
        }
    }

    fn get<T: DeserializeOwned>(&self, kind: &str, key: &str) -> Option<T> {
        self.read_entry(kind, key, |bytes| decode(bytes))
    }

    /// The value `decode` makes of the entry's bytes, the entry marked as
    /// used.
    fn read_entry<T>(
        &self,
        kind: &str,
        key: &str,
        decode: impl Fn(&[u8]) -> Option<T>,
    ) -> Option<T> {
        let name = Cache::entry_name(kind, key);
        let path = self.dir.join(&name);
        if let Some(bytes) = self.remembered(kind, &name, &path) {
            if let Some(value) = decode(&bytes) {
                self.mark_used(&name);
                return Some(value);
            }
        }
        let file = std::fs::File::open(&path).ok()?;
        // The metadata once, for the length and the last use: a run reads
        // ~1,000 entries, and `File::read_to_end` would ask for the length
        // (and the position) again.
        let meta = file.metadata().ok();
        let bytes = read_all(&file, meta.as_ref().map(std::fs::Metadata::len))?;
        let value = decode(&bytes)?;
        self.mark_used(&name);
        if self.memory.is_some() {
            let stat = meta.as_ref().and_then(Stat::of);
            self.remember(kind, &name, bytes.into(), stat);
        }
        // Record the use for eviction (at most once a day, to save a
        // write per hit); failure only makes the entry look older.
        let mtime = meta.and_then(|m| m.modified().ok());
        let day = Duration::from_secs(24 * 3600);
        if mtime.is_none_or(|t| t.elapsed().unwrap_or_default() > day) {
            if let Ok(f) = std::fs::File::options().append(true).open(&path) {
                let _ = f.set_modified(SystemTime::now());
            }
        }
        Some(value)
    }

    fn put<T: Serialize>(&self, kind: &str, key: &str, value: &T) {
        let Some(encoded) = encode(value) else {
            return;
        };
        let name = Cache::entry_name(kind, key);
        let path = self.dir.join(&name);
        if write_atomically(&path, &encoded).is_ok() {
            self.mark_used(&name);
            if self.memory.is_some() {
                self.remember(kind, &name, encoded.into(), stat_of(&path));
            }
        }
    }

    /// [`Cache::evict`], unless an earlier run did so less than
    /// [`EVICTION_INTERVAL`] ago (listing the folder costs a few ms per
    /// thousand entries, on every run otherwise). `None` when not due. The
    /// folder may so grow past `policy.max_bytes` by what the runs of one
    /// interval write, until the next eviction.
    pub fn evict_when_due(&self, policy: &Eviction) -> Option<Evicted> {
        let stamp = self.dir.join(EVICTED_STAMP);
        let last = std::fs::metadata(&stamp).and_then(|m| m.modified());
        // A stamp in the future (clock changed) counts as due.
        if last.is_ok_and(|t| t.elapsed().is_ok_and(|age| age < EVICTION_INTERVAL)) {
            return None;
        }
        let evicted = self.evict(policy);
        if self.dir.is_dir() {
            if let Ok(f) = std::fs::File::create(&stamp) {
                let _ = f.set_modified(SystemTime::now());
            }
        }
        Some(evicted)
    }

    /// Removes entries this process did not use when they are older than
    /// `policy.max_age`, then, while the folder is over `policy.max_bytes`,
    /// the least recently used of the rest. Entries this process used are
    /// always kept. Leftover temporary files older than an hour go too.
    pub fn evict(&self, policy: &Eviction) -> Evicted {
        let Ok(read) = std::fs::read_dir(&self.dir) else {
            return Evicted::default();
        };
        let used = self.used.lock().map(|u| u.clone()).unwrap_or_default();
        let now = SystemTime::now();
        let age = |t: SystemTime| now.duration_since(t).unwrap_or_default();
        let mut out = Evicted::default();
        let mut candidates = Vec::new();
        for entry in read.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(meta) = entry.metadata() else { continue };
            if !meta.is_file() {
                continue;
            }
            let mtime = meta.modified().unwrap_or(now);
            let stale_tmp = name.starts_with(".tmp-") && age(mtime) > Duration::from_secs(3600);
            let is_entry = is_entry_name(&name);
            if (stale_tmp || (is_entry && !used.contains(&name) && age(mtime) > policy.max_age))
                && std::fs::remove_file(entry.path()).is_ok()
            {
                out.removed += 1;
                continue;
            }
            out.bytes += meta.len();
            out.kept += 1;
            if is_entry && !used.contains(&name) {
                candidates.push((mtime, meta.len(), entry.path()));
            }
        }
        candidates.sort();
        for (_, len, path) in candidates {
            if out.bytes <= policy.max_bytes {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                out.bytes -= len;
                out.kept -= 1;
                out.removed += 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
