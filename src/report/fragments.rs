//! Rendered pieces of the memo kept between runs, so that a re-run renders
//! only the comments whose content changed.
//!
//! The memo changes with every new response, but each comment's part of it
//! (its heading, text, sections, decision, answer and changed text) depends
//! on that comment alone. Each such part is rendered once and kept in the
//! cache folder under a key: the hash of everything it is rendered from (the
//! comment's memo context, the templates, the language and the tool's
//! stamp), so a kept part is only used where rendering again would give the
//! same bytes.
//!
//! One file per kind of part (`fragments-memo-html.bin`, ...) holds the
//! parts of the last runs. It starts with a format line, followed by
//! segments, each with its length and a CRC-32 of its entries. A run that
//! renders new parts appends them as one segment (a re-run after one new
//! response writes a few kilobytes, not the whole memo again); when the
//! parts no run used any more would make up more than half of the file,
//! or the file was not whole, it writes the file anew with the parts it
//! used (to a temporary file, then renamed). A damaged or truncated
//! segment ends the file where it starts; a file from another format is
//! ignored; both only mean rendering again. Like the rest of the cache it
//! is an accelerator: failing to read or write it never fails a run.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use super::staging::KeyHasher;
use crate::cache::Cache;
use crate::ids::ContentHash;

/// First bytes of a fragments file.
const MAGIC: &[u8] = b"inspraak fragments 2\n";

/// A fragment's key: a SHA-256 hash.
pub type Key = [u8; 32];

/// The key of a part rendered from `value` with `salt` (what else it
/// depends on: templates, language, kind of document) by the running tool:
/// the same key as the letters' render keys ([`KeyHasher`]).
pub fn key_of<T: serde::Serialize + ?Sized>(salt: &str, value: &T) -> Key {
    KeyHasher::new(salt)
        .key_bytes_of(value)
        // Cannot fail for the memo's plain data; a key of its own at worst
        // renders again.
        .unwrap_or_else(|e| {
            let mut h = ContentHash::default();
            h.part(e.to_string().as_bytes());
            h.bytes()
        })
}

/// The key `key` combined with `salt`: one part rendered in several ways.
pub fn derive(key: &Key, salt: &[u8]) -> Key {
    let mut h = ContentHash::default();
    h.part(key).part(salt);
    h.bytes()
}

/// The kept fragments of one kind, and those of this run.
#[derive(Debug)]
pub struct Fragments {
    /// Where they are kept (none without a cache).
    path: Option<PathBuf>,
    /// The file as read: the previous runs' parts are in it.
    file: Vec<u8>,
    /// Where each part of the previous runs is in `file`, with whether
    /// this run used it.
    old: Kept,
    /// Whether the file was whole (new parts may be appended to it).
    whole: bool,
    /// Rendered in this run.
    new: Mutex<Vec<(Key, Vec<u8>)>>,
}

impl Fragments {
    /// Fragments that keep nothing: every part is rendered.
    pub fn none() -> Fragments {
        Fragments {
            path: None,
            file: Vec::new(),
            old: Kept::default(),
            whole: false,
            new: Mutex::new(Vec::new()),
        }
    }

    /// The fragments named `name` in `cache` (none when `cache` is none).
    pub fn open(cache: Option<&Cache>, name: &str) -> Fragments {
        let Some(cache) = cache else {
            return Fragments::none();
        };
        let path = cache.dir().join(format!("fragments-{name}.bin"));
        let file = std::fs::read(&path).unwrap_or_default();
        let (old, whole) = decode(&file).unwrap_or_default();
        Fragments {
            path: Some(path),
            file,
            old,
            whole,
            new: Mutex::new(Vec::new()),
        }
    }

    /// The kept part for `key`.
    pub fn get(&self, key: &Key) -> Option<&[u8]> {
        let (place, used) = self.old.get(key)?;
        let bytes = self.file.get(place.clone())?;
        used.store(true, Ordering::Relaxed);
        Some(bytes)
    }

    /// Keeps `bytes`, rendered in this run, for `key`.
    pub fn add(&self, key: Key, bytes: &[u8]) {
        if self.path.is_none() {
            return;
        }
        if let Ok(mut new) = self.new.lock() {
            new.push((key, bytes.to_vec()));
        }
    }

    /// The part for `key`: the kept one, or `render`'s (then kept).
    pub fn get_or_render<E>(
        &self,
        key: &Key,
        render: impl FnOnce() -> Result<Vec<u8>, E>,
    ) -> Result<std::borrow::Cow<'_, [u8]>, E> {
        if let Some(bytes) = self.get(key) {
            return Ok(std::borrow::Cow::Borrowed(bytes));
        }
        let bytes = render()?;
        self.add(*key, &bytes);
        Ok(std::borrow::Cow::Owned(bytes))
    }

    /// Keeps the parts this run rendered: appended to the file, or the
    /// file written anew with the parts this run used (see the module
    /// documentation). Errors are ignored: the next run renders again.
    pub fn save(self) {
        let Some(path) = self.path else {
            return;
        };
        let new = self.new.into_inner().unwrap_or_default();
        let (mut used, mut unused) = (0, 0);
        for (place, was_used) in self.old.values() {
            if was_used.load(Ordering::Relaxed) {
                used += place.len() + 36;
            } else {
                unused += place.len() + 36;
            }
        }
        let added: usize = new.iter().map(|(_, b)| b.len() + 36).sum();
        if self.whole && unused <= used + added {
            if new.is_empty() {
                return;
            }
            let mut file = std::fs::OpenOptions::new().append(true).open(&path);
            if let Ok(file) = &mut file {
                let _ = std::io::Write::write_all(file, &segment(&new));
            }
            return;
        }
        let file = &self.file;
        let mut entries: Vec<(Key, &[u8])> = self
            .old
            .into_iter()
            .filter(|(_, (_, used))| used.load(Ordering::Relaxed))
            .filter_map(|(k, (place, _))| Some((k, file.get(place)?)))
            .collect();
        entries.extend(new.iter().map(|(k, b)| (*k, b.as_slice())));
        let _ = crate::cache::write_atomically(&path, &encode(&entries));
    }
}

/// A whole file's bytes: magic and one segment with `entries`.
fn encode<B: AsRef<[u8]>>(entries: &[(Key, B)]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&segment(entries));
    out
}

/// One segment: the length of its entries (key, length, bytes), the
/// entries and their CRC-32.
fn segment<B: AsRef<[u8]>>(entries: &[(Key, B)]) -> Vec<u8> {
    let size: usize = entries.iter().map(|(_, b)| 36 + b.as_ref().len()).sum();
    let mut body = Vec::with_capacity(size);
    for (key, bytes) in entries {
        let bytes = bytes.as_ref();
        body.extend_from_slice(key);
        body.extend_from_slice(&u32::try_from(bytes.len()).unwrap_or(u32::MAX).to_le_bytes());
        body.extend_from_slice(bytes);
    }
    crate::cache::segment(&body)
}

/// Kept parts by key: where each is in the file, and whether this run
/// used it.
type Kept = HashMap<Key, (Range<usize>, AtomicBool), BuildHasherDefault<PartsHasher>>;

/// Hashes a [`Key`] for a map by folding its bytes: keys are SHA-256
/// hashes already (SipHash over each of the tens of thousands of keys read
/// per run showed in profiles), and made by this tool, so hash flooding is
/// no concern.
#[derive(Default)]
struct PartsHasher(u64);

impl Hasher for PartsHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = self.0.rotate_left(5) ^ u64::from_le_bytes(word);
        }
    }
}

/// The entries of a file of this format (where each one's bytes are in
/// `bytes`), and whether all of it was whole (a damaged or truncated
/// segment ends it there); none when it is not of this format.
fn decode(bytes: &[u8]) -> Option<(Kept, bool)> {
    let mut at = bytes.strip_prefix(MAGIC).map(|_| MAGIC.len())?;
    let mut out = Kept::default();
    while at < bytes.len() {
        let Some(entries) = next_segment(bytes, &mut at) else {
            return Some((out, false));
        };
        for (key, place) in entries {
            out.insert(key, (place, AtomicBool::new(false)));
        }
    }
    Some((out, true))
}

/// The entries (key and place in `bytes`) of the segment at `at` in
/// `bytes`; `at` then is after it. None when it is damaged or cut short.
fn next_segment(bytes: &[u8], at: &mut usize) -> Option<Vec<(Key, Range<usize>)>> {
    let start = *at + 4;
    let mut next = *at;
    let body = crate::cache::next_segment(bytes, &mut next)?;
    let mut entries = Vec::new();
    let mut pos = 0;
    while pos < body.len() {
        let (key, next) = body.get(pos..)?.split_first_chunk::<32>()?;
        let (len, _) = next.split_first_chunk::<4>()?;
        let len = usize::try_from(u32::from_le_bytes(*len)).ok()?;
        let value = pos + 36;
        let end = value.checked_add(len).filter(|&e| e <= body.len())?;
        entries.push((*key, start + value..start + end));
        pos = end;
    }
    *at = next;
    Some(entries)
}

#[cfg(test)]
mod tests;
