//! The folder a run's output is built in, reusing what did not change.
//!
//! A run builds its output in a fresh folder beside the output folder and
//! swaps it in at the end (see [`crate::pipeline::write_output`]). Most
//! files are often the same as in the previous output: a letter whose
//! respondent, comments and decisions did not change, or everything when
//! nothing changed at all. [`Staging`] puts those in the new folder as hard
//! links to the previous output's files instead of writing them again,
//! which costs no writing, no new inode and no `fsync` (the previous run
//! already made them durable).
//!
//! What the previous output holds is known from its manifest: the marker
//! file [`MARKER`] lists every file with its size, SHA-256 content hash,
//! modification time and inode number, and for letters a *key* (a hash of
//! everything its rendering depends on: the render context, the templates
//! and the build of the tool). A file is reused when
//!
//! - its key matches (the letter is then not even rendered), or
//! - its newly rendered content has the same hash,
//!
//! and the previous file is still the one the manifest describes (a plain
//! file with the same size, modification time and inode): a file the user
//! edited, replaced or removed is written anew, never kept. Where hard
//! links are not possible (some file systems) the previous file is copied.
//!
//! Files that are written are flushed to disk by [`Staging::finish`],
//! several at a time, with the folders; hard-linked ones need no flush.

use std::collections::{BTreeSet, HashMap};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::SystemTime;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::ids::{hex, ContentHash};

/// Name of the marker file that says a folder was written by inspraak; it
/// holds the manifest of the folder.
pub const MARKER: &str = ".inspraak-output";

/// Format of the manifest; a manifest of another format is ignored.
const FORMAT: u32 = 1;

/// Most threads flushing files to disk at once.
const SYNC_THREADS: usize = 16;

/// What the manifest says about one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    /// Path inside the output folder, `/`-separated.
    path: String,
    size: u64,
    /// SHA-256 of the content, hex.
    hash: String,
    /// Hash of what the file was rendered from, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    /// Modification time in nanoseconds since 1970 (0 when unknown).
    #[serde(default)]
    mtime: u64,
    /// Inode number (0 when unknown or not on Unix).
    #[serde(default)]
    ino: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: u32,
    files: Vec<Entry>,
}

/// How many files a run wrote and how many it reused.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Files written (or copied) into the new folder.
    pub written: usize,
    /// Files hard-linked from the previous output.
    pub linked: usize,
    /// Files reused by their key, without rendering them.
    pub not_rendered: usize,
}

/// A folder being filled with output files, next to the previous output.
pub struct Staging {
    dir: PathBuf,
    /// The previous output folder and its manifest, by path.
    prev_dir: Option<PathBuf>,
    prev: HashMap<String, Entry>,
    /// Whether to keep a manifest and flush files at [`Staging::finish`].
    durable: bool,
    entries: Mutex<Vec<Entry>>,
    /// Files written that still need a flush.
    unsynced: Mutex<Vec<PathBuf>>,
    written: AtomicUsize,
    linked: AtomicUsize,
    not_rendered: AtomicUsize,
}

impl Staging {
    /// A staging folder `dir` for a new output that replaces `prev` (an
    /// output folder written by inspraak, or none). [`Staging::finish`]
    /// writes the manifest and flushes everything to disk.
    pub fn new(dir: &Path, prev: Option<&Path>) -> Staging {
        let manifest = prev.and_then(|p| read_manifest(&p.join(MARKER)));
        Staging {
            dir: dir.to_path_buf(),
            prev_dir: manifest.as_ref().and(prev).map(Path::to_path_buf),
            prev: manifest
                .map(|m| m.files.into_iter().map(|e| (e.path.clone(), e)).collect())
                .unwrap_or_default(),
            durable: true,
            entries: Mutex::default(),
            unsynced: Mutex::default(),
            written: AtomicUsize::new(0),
            linked: AtomicUsize::new(0),
            not_rendered: AtomicUsize::new(0),
        }
    }

    /// Files written straight into `dir`: nothing reused, no manifest, no
    /// flushing.
    pub fn plain(dir: &Path) -> Staging {
        Staging {
            durable: false,
            ..Staging::new(dir, None)
        }
    }

    /// The folder being filled.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Puts the previous output's `rel` in the new folder if it was
    /// rendered from the same input (`key`) and is unchanged since;
    /// returns its new path, or `None` when it has to be rendered.
    pub fn reuse(&self, rel: &str, key: &str) -> Result<Option<PathBuf>> {
        let Some(entry) = self.unchanged(rel, |e| e.key.as_deref() == Some(key)) else {
            return Ok(None);
        };
        let path = self.take_over(rel, entry)?;
        self.not_rendered.fetch_add(1, Ordering::Relaxed);
        Ok(Some(path))
    }

    /// The previous output's `rel`, when it was written with `key` and is
    /// unchanged since (see [`Staging::reuse`]).
    pub fn previous(&self, rel: &str, key: &str) -> Option<PathBuf> {
        self.unchanged(rel, |e| e.key.as_deref() == Some(key))?;
        Some(self.prev_dir.as_ref()?.join(rel))
    }

    /// Puts `bytes` in the new folder as `rel`: as a link to the previous
    /// output's file when that has the same content, else written.
    pub fn put(&self, rel: &str, key: Option<&str>, bytes: &[u8]) -> Result<PathBuf> {
        let hash = hex(&Sha256::digest(bytes));
        let size = bytes.len() as u64;
        if let Some(entry) = self.unchanged(rel, |e| e.hash == hash && e.size == size) {
            let mut entry = entry.clone();
            entry.key = key.map(str::to_string);
            return self.take_over(rel, &entry);
        }
        let path = self.dir.join(rel);
        let mut file =
            File::create(&path).with_context(|| format!("failed to write `{}`", path.display()))?;
        file.write_all(bytes)
            .with_context(|| format!("failed to write `{}`", path.display()))?;
        self.record_written(rel, key, &file, &path, size, hash)?;
        Ok(path)
    }

    /// Writes `rel` with `write`, which streams into a buffered writer;
    /// when the result is the same as the previous output's file, that one
    /// takes the new file's place (no flush needed).
    pub fn put_with(
        &self,
        rel: &str,
        key: Option<&str>,
        write: impl FnOnce(&mut dyn Write) -> Result<()>,
    ) -> Result<PathBuf> {
        let path = self.dir.join(rel);
        let file =
            File::create(&path).with_context(|| format!("failed to write `{}`", path.display()))?;
        let mut w = BufWriter::with_capacity(
            1 << 16,
            HashingWriter {
                inner: file,
                hasher: Sha256::new(),
                size: 0,
            },
        );
        write(&mut w).with_context(|| format!("failed to write `{}`", path.display()))?;
        let hashing = w
            .into_inner()
            .map_err(|e| e.into_error())
            .with_context(|| format!("failed to write `{}`", path.display()))?;
        let hash = hex(&hashing.hasher.finalize());
        let size = hashing.size;
        if let Some(entry) = self.unchanged(rel, |e| e.hash == hash && e.size == size) {
            drop(hashing.inner);
            std::fs::remove_file(&path)
                .with_context(|| format!("failed to replace `{}`", path.display()))?;
            let mut entry = entry.clone();
            entry.key = key.map(str::to_string);
            return self.take_over(rel, &entry);
        }
        self.record_written(rel, key, &hashing.inner, &path, size, hash)?;
        Ok(path)
    }

    /// The previous output's entry for `rel` when `matches` holds for it
    /// and the file is still the one the manifest describes.
    fn unchanged(&self, rel: &str, matches: impl Fn(&Entry) -> bool) -> Option<&Entry> {
        let entry = self.prev.get(rel).filter(|e| matches(e))?;
        let meta = std::fs::symlink_metadata(self.prev_dir.as_ref()?.join(rel)).ok()?;
        (meta.is_file()
            && meta.len() == entry.size
            && mtime(&meta) == entry.mtime
            && entry.mtime != 0
            && inode(&meta) == entry.ino)
            .then_some(entry)
    }

    /// Links (or copies) the previous output's `rel` into the new folder.
    fn take_over(&self, rel: &str, entry: &Entry) -> Result<PathBuf> {
        let path = self.dir.join(rel);
        let Some(prev_dir) = &self.prev_dir else {
            anyhow::bail!("internal error: no previous output to take `{rel}` from");
        };
        let old = prev_dir.join(rel);
        if std::fs::hard_link(&old, &path).is_ok() {
            self.linked.fetch_add(1, Ordering::Relaxed);
            self.push(entry.clone());
            return Ok(path);
        }
        // Another file system, or one without hard links: copy it.
        std::fs::copy(&old, &path).with_context(|| {
            format!("failed to copy `{}` to `{}`", old.display(), path.display())
        })?;
        let file =
            File::open(&path).with_context(|| format!("failed to read `{}`", path.display()))?;
        self.record_written(
            rel,
            entry.key.as_deref(),
            &file,
            &path,
            entry.size,
            entry.hash.clone(),
        )?;
        Ok(path)
    }

    fn record_written(
        &self,
        rel: &str,
        key: Option<&str>,
        file: &File,
        path: &Path,
        size: u64,
        hash: String,
    ) -> Result<()> {
        self.written.fetch_add(1, Ordering::Relaxed);
        if !self.durable {
            return Ok(());
        }
        let meta = file
            .metadata()
            .with_context(|| format!("failed to read `{}`", path.display()))?;
        self.push(Entry {
            path: rel.to_string(),
            size,
            hash,
            key: key.map(str::to_string),
            mtime: mtime(&meta),
            ino: inode(&meta),
        });
        if let Ok(mut unsynced) = self.unsynced.lock() {
            unsynced.push(path.to_path_buf());
        }
        Ok(())
    }

    fn push(&self, entry: Entry) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.push(entry);
        }
    }

    /// Writes the manifest (the marker file) and flushes every written
    /// file and the folders to disk.
    pub fn finish(self) -> Result<Stats> {
        let stats = Stats {
            written: self.written.load(Ordering::Relaxed),
            linked: self.linked.load(Ordering::Relaxed),
            not_rendered: self.not_rendered.load(Ordering::Relaxed),
        };
        if !self.durable {
            return Ok(stats);
        }
        let mut files = self.entries.into_inner().unwrap_or_default();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
        dirs.insert(self.dir.clone());
        for e in &files {
            if let Some(parent) = self.dir.join(&e.path).parent() {
                dirs.insert(parent.to_path_buf());
            }
        }
        let marker = self.dir.join(MARKER);
        let manifest = Manifest {
            format: FORMAT,
            files,
        };
        let write_marker = || -> std::io::Result<()> {
            let mut w = BufWriter::new(File::create(&marker)?);
            serde_json::to_writer(&mut w, &manifest)?;
            w.flush()
        };
        write_marker().with_context(|| format!("failed to write `{}`", marker.display()))?;
        let mut unsynced = self.unsynced.into_inner().unwrap_or_default();
        unsynced.push(marker);
        sync_files(&unsynced)
            .with_context(|| format!("failed to write `{}` to disk", self.dir.display()))?;
        for d in dirs.iter().rev() {
            sync_dir(d);
        }
        Ok(stats)
    }
}

/// The manifest in `marker`, if it is one this version understands (an
/// older version left the marker empty).
fn read_manifest(marker: &Path) -> Option<Manifest> {
    let bytes = std::fs::read(marker).ok()?;
    let m: Manifest = serde_json::from_slice(&bytes).ok()?;
    (m.format == FORMAT).then_some(m)
}

/// Flushes `files` to disk, several at a time (the disk gets them
/// together, and waiting for one does not hold up the others).
fn sync_files(files: &[PathBuf]) -> std::io::Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let threads = files.len().div_ceil(32).clamp(1, SYNC_THREADS);
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|s| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || -> std::io::Result<()> {
                    for f in part {
                        File::open(f)?.sync_all()?;
                    }
                    Ok(())
                })
            })
            .collect();
        workers.into_iter().try_for_each(|w| {
            w.join()
                .unwrap_or_else(|_| Err(std::io::Error::other("panicked")))
        })
    })
}

/// Syncs a folder's entries where the platform allows it (best effort).
pub fn sync_dir(dir: &Path) {
    if let Ok(f) = File::open(dir) {
        let _ = f.sync_all();
    }
}

/// A writer that hashes and counts what passes through.
struct HashingWriter {
    inner: File,
    hasher: Sha256,
    size: u64,
}

impl Write for HashingWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A hasher for render keys: everything a file is rendered from.
pub struct KeyHasher(ContentHash);

impl KeyHasher {
    /// A hasher that starts with the running tool's identity and `salt`
    /// (the templates).
    pub fn new(salt: &str) -> KeyHasher {
        let mut h = ContentHash::default();
        h.part(crate::cache::tool_stamp().as_bytes())
            .part(salt.as_bytes());
        KeyHasher(h)
    }

    /// The key of `value` (serialized as JSON into the hash).
    pub fn key_of<T: Serialize>(mut self, value: &T) -> Result<String> {
        self.0.json(value)?;
        Ok(self.0.hex())
    }

    /// [`KeyHasher::key_of`] as bytes.
    pub fn key_bytes_of<T: Serialize + ?Sized>(mut self, value: &T) -> Result<[u8; 32]> {
        self.0.json(value)?;
        Ok(self.0.bytes())
    }
}

fn mtime(meta: &std::fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

#[cfg(unix)]
fn inode(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(meta)
}

#[cfg(not(unix))]
fn inode(_meta: &std::fs::Metadata) -> u64 {
    0
}
