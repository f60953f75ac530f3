//! Cache keys of input files remembered by their metadata, so a re-run does
//! not read and hash every unchanged PDF again.
//!
//! A [`Cache`](crate::cache::Cache) key is the SHA-256 of a file's bytes:
//! computing it means reading the whole file, which for a consultation of
//! thousands of letters costs more than everything else a re-run does with
//! them. Like git's index, [`FileKeys`] remembers for each file path the
//! key computed in an earlier run together with the file's metadata at
//! that moment (size, modification and change time, inode). When all of
//! them are still the same, the file was not written since, and the key is
//! taken without reading the file.
//!
//! Safety rules:
//!
//! - the metadata is taken *before* the bytes are read, so a file changed
//!   while it was being read is remembered with its old metadata and
//!   hashed again next time;
//! - a file whose modification time is less than [`SETTLE`] before the
//!   moment it was looked at is not remembered: a second write in the same
//!   tick of a coarse file-system clock (FAT: 2 s) could leave its
//!   metadata unchanged ("racily clean" in git's words);
//! - the change time (`ctime`) cannot be set by `touch` or by copying tools
//!   that keep modification times, so such a copy is hashed again;
//! - the index is kept per tool build (its stamp): another build starts
//!   from an empty index, as it has other keys.
//!
//! The index lives in the cache folder as `file-keys.bin` (postcard with a
//! CRC-32, like the entries); a damaged or missing index only means every
//! file is read again.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

/// File name of the index in the cache folder.
pub const INDEX_FILE: &str = "file-keys.bin";

/// How long a file must have been left alone before its key is remembered.
pub const SETTLE: Duration = Duration::from_secs(2);

/// What identifies one state of a file without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stat {
    len: u64,
    /// Nanoseconds since the Unix epoch.
    modified: i128,
    /// Change time in nanoseconds (0 where the platform has none).
    changed: i128,
    /// Inode (or file index) and device (0 where unknown).
    inode: u64,
    device: u64,
}

impl Stat {
    /// The state of the file behind `meta`; `None` for anything but a
    /// regular file or when the modification time is unknown.
    pub fn of(meta: &std::fs::Metadata) -> Option<Stat> {
        if !meta.is_file() {
            return None;
        }
        let modified = nanos(meta.modified().ok()?);
        let (changed, inode, device) = platform_ids(meta);
        Some(Stat {
            len: meta.len(),
            modified,
            changed,
            inode,
            device,
        })
    }

    /// Was the file last written long enough before `now` that a later
    /// write must change its times?
    fn settled(&self, now: SystemTime) -> bool {
        let settle = i128::try_from(SETTLE.as_nanos()).unwrap_or(i128::MAX);
        let latest = self.modified.max(self.changed);
        latest.saturating_add(settle) < nanos(now)
    }
}

#[cfg(unix)]
fn platform_ids(meta: &std::fs::Metadata) -> (i128, u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let changed = i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec());
    (changed, meta.ino(), meta.dev())
}

#[cfg(not(unix))]
fn platform_ids(_meta: &std::fs::Metadata) -> (i128, u64, u64) {
    (0, 0, 0)
}

/// Nanoseconds since the Unix epoch (negative before it).
fn nanos(t: SystemTime) -> i128 {
    match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => i128::try_from(d.as_nanos()).unwrap_or(i128::MAX),
        Err(e) => -i128::try_from(e.duration().as_nanos()).unwrap_or(i128::MAX),
    }
}

/// The index as stored.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    /// The tool build the keys were computed by.
    stamp: String,
    files: Vec<(PathBuf, Stat, String)>,
}

/// Keys remembered from the last run and those found in this one.
#[derive(Debug, Default)]
pub struct FileKeys {
    known: HashMap<PathBuf, (Stat, String)>,
    /// What this run saw: written back by [`FileKeys::save`].
    seen: Mutex<HashMap<PathBuf, (Stat, String)>>,
}

impl FileKeys {
    /// The index in `dir` for the tool build `stamp` (empty when missing,
    /// damaged or written by another build).
    pub fn load(dir: &Path, stamp: &str) -> FileKeys {
        let stored: Option<Stored> = std::fs::read(dir.join(INDEX_FILE))
            .ok()
            .and_then(|bytes| crate::cache::decode(&bytes));
        let known = match stored {
            Some(s) if s.stamp == stamp => s
                .files
                .into_iter()
                .map(|(path, stat, key)| (path, (stat, key)))
                .collect(),
            _ => HashMap::new(),
        };
        FileKeys {
            known,
            seen: Mutex::default(),
        }
    }

    /// The key remembered for `path` when the file is still as it was
    /// (`stat`, taken now); it counts as seen again.
    pub fn get(&self, path: &Path, stat: &Stat) -> Option<String> {
        let (was, key) = self.known.get(path)?;
        if was != stat {
            return None;
        }
        self.remember(path, *stat, key.clone());
        Some(key.clone())
    }

    /// The index a next run of the same process starts from: the files this
    /// run saw, as [`FileKeys::save`] writes them (so an unchanged index is
    /// not written again), without reading the folder.
    pub fn carried(&self) -> FileKeys {
        let seen = self.seen.lock().map(|s| s.clone()).unwrap_or_default();
        FileKeys {
            known: seen,
            seen: Mutex::default(),
        }
    }

    /// Records that the file at `path`, in the state `stat` taken before
    /// its bytes were read, has `key`; kept only once settled.
    pub fn remember(&self, path: &Path, stat: Stat, key: String) {
        if !stat.settled(SystemTime::now()) {
            return;
        }
        if let Ok(mut seen) = self.seen.lock() {
            seen.insert(path.to_path_buf(), (stat, key));
        }
    }

    /// Writes the files seen in this run (and only those) to `dir`, when
    /// that differs from what was loaded. Errors are ignored: the index is
    /// only an accelerator.
    pub fn save(&self, dir: &Path, stamp: &str) {
        let Ok(seen) = self.seen.lock() else {
            return;
        };
        if *seen == self.known {
            return;
        }
        let mut files: Vec<(PathBuf, Stat, String)> = seen
            .iter()
            .map(|(path, (stat, key))| (path.clone(), *stat, key.clone()))
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let stored = Stored {
            stamp: stamp.to_string(),
            files,
        };
        if let Some(bytes) = crate::cache::encode(&stored) {
            let _ = crate::cache::write_atomically(&dir.join(INDEX_FILE), &bytes);
        }
    }
}

#[cfg(test)]
mod tests;
