//! Writing a run's output into the output folder, changing only what
//! changed.
//!
//! Most output files are often the same as in the previous output: a
//! letter whose respondent, comments and decisions did not change, or
//! everything when nothing changed at all. [`Staging`] leaves those as they
//! are and writes only the others, each one atomically: into a temporary
//! file in the folder's `.inspraak-tmp/`, flushed to disk, then renamed over
//! the old file. So a file in the output folder is always whole (the old
//! one or the new one), and a re-run after one new response costs little
//! more than the files that changed, however many there are.
//!
//! What the previous output holds is known from its manifest: the marker
//! file [`MARKER`] lists every file with its size, SHA-256 content hash,
//! modification time and inode number, and for some files a *key* (a hash
//! of everything its rendering depends on: for a letter the render context,
//! the templates and the build of the tool). A file is left as it is when
//!
//! - its key matches (the file is then not even rendered), or
//! - its newly rendered content has the same hash,
//!
//! and the file is still the one the manifest describes (a plain file with
//! the same size, modification time and inode): a file the user edited,
//! replaced or removed is written anew, never kept.
//!
//! [`Staging::finish`] then, in this order: flushes the new files to disk;
//! marks the manifest *in progress* (a small manifest that trusts no file);
//! renames the new files into place; removes whatever else is in the
//! folder (files of earlier runs that this run no longer makes, and
//! anything else that is not this run's output, like the swap of older
//! versions did); flushes the folders; and writes the new manifest, through
//! a temporary file and a rename. A run interrupted anywhere leaves every
//! file whole, and either the old manifest (when no file was changed yet)
//! or one in progress: the next run then trusts no file and writes
//! everything anew, removing what is left over.
//!
//! A first run (no manifest, and a folder holding no output) has nothing to
//! keep or protect: it writes everything into a fresh folder beside the
//! output folder and moves that into place at the end, as one (a rename
//! per file costs more when every file is new).

use std::collections::{BTreeSet, HashMap, HashSet};
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

/// Folder inside the output folder where new files are written before
/// they are renamed into place; removed at the end of a run (and at the
/// start of the next one, when a run was interrupted).
pub const TEMP_DIR: &str = ".inspraak-tmp";

/// Format of the manifest; a manifest of another format is ignored.
const FORMAT: u32 = 1;

/// Files at least this large are flushed to disk as soon as they are
/// written.
const EARLY_SYNC: u64 = 1 << 20;

/// Most threads flushing files to disk at once.
const SYNC_THREADS: usize = 16;

/// What the manifest says about one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Entry {
    /// Path inside the output folder, `/`-separated.
    path: String,
    size: u64,
    /// SHA-256 of the content, hex; empty for a file written under its key
    /// alone ([`Staging::put_by_key`]).
    #[serde(default)]
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
    /// A run was changing the folder: no file is trusted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    in_progress: bool,
    files: Vec<Entry>,
}

/// How many files a run wrote and how many it left as they were.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Files written.
    pub written: usize,
    /// Files of the previous output left as they were (not written).
    pub linked: usize,
    /// Of those, files kept by their key, without rendering them.
    pub not_rendered: usize,
}

/// An output folder being brought up to date.
pub struct Staging {
    /// Where files are written: the output folder, or for a new output a
    /// fresh folder beside it ([`Staging::open`]).
    dir: PathBuf,
    /// The output folder.
    target: PathBuf,
    /// The fresh folder of a new output, moved into place at the end.
    fresh: Option<tempfile::TempDir>,
    /// A lock on the fresh folder while this run writes it, so that another
    /// run's [`remove_abandoned`] leaves it alone (where the file system
    /// can lock folders).
    _fresh_lock: Option<File>,
    /// The previous output's manifest, by path (empty when there is none
    /// to trust).
    prev: HashMap<String, Entry>,
    /// Whether files go through temporary files and a manifest is kept
    /// ([`Staging::open`]), or are written straight ([`Staging::plain`]).
    durable: bool,
    entries: Mutex<Vec<Entry>>,
    /// New files in [`TEMP_DIR`] and where they go.
    pending: Mutex<Vec<(PathBuf, String)>>,
    /// Names of temporary files.
    next_temp: AtomicUsize,
    /// Large new files being flushed to disk while the run goes on.
    early_syncs: Mutex<Vec<EarlySync>>,
    written: AtomicUsize,
    linked: AtomicUsize,
    not_rendered: AtomicUsize,
    /// Removes [`TEMP_DIR`] when the run ends, also when it fails before
    /// [`Staging::finish`] (a template error): the new files there (letters
    /// with real names among them) must not stay in the output folder.
    _temp: TempGuard,
}

/// A folder removed, with all it holds, when the guard is dropped.
struct TempGuard(Option<PathBuf>);

impl Drop for TempGuard {
    fn drop(&mut self) {
        if let Some(path) = &self.0 {
            if std::fs::symlink_metadata(path).is_ok() {
                let _ = remove_any(path);
            }
        }
    }
}

impl Staging {
    /// The output folder `dir` (created when missing), to be brought up to
    /// date: files are written through temporary files, and
    /// [`Staging::finish`] puts them in place and writes the manifest.
    /// Temporary files an interrupted run left are removed, in the folder
    /// and beside it (the fresh folder of a first run that was killed:
    /// it may hold letters with real names; [`remove_abandoned`]). The
    /// caller holds the lock on the folder's parent
    /// ([`crate::pipeline::write_output`]), and a run holds its own fresh
    /// folder locked, so no folder another run is writing is removed.
    pub fn open(dir: &Path) -> Result<Staging> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("failed to create `{}`", dir.display()))?;
        let temp = dir.join(TEMP_DIR);
        if std::fs::symlink_metadata(&temp).is_ok() {
            remove_any(&temp).with_context(|| format!("failed to remove `{}`", temp.display()))?;
        }
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parent = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        let fresh_prefix = format!(".inspraak-new-{name}-");
        remove_abandoned(parent, &fresh_prefix)?;
        let manifest = read_manifest(&dir.join(MARKER));
        if manifest.is_none() && holds_no_output(dir) && !is_mount_point(dir) && !is_link(dir) {
            // Nothing to keep and nothing to protect (a first run): every
            // file is new, written in a fresh folder beside it that is
            // moved into place at the end, as one (cheaper than a rename
            // per file, and a killed run leaves no files at all).
            // A folder beside it that cannot be made (the parent is not
            // writable, only the output folder is): files written in place.
            if let Ok(fresh) = tempfile::Builder::new()
                .prefix(&fresh_prefix)
                .rand_bytes(FRESH_RANDOM)
                .tempdir_in(parent)
            {
                let lock = File::open(fresh.path())
                    .ok()
                    .filter(|f| f.try_lock().is_ok());
                return Ok(Staging {
                    dir: fresh.path().to_path_buf(),
                    target: dir.to_path_buf(),
                    fresh: Some(fresh),
                    _fresh_lock: lock,
                    durable: true,
                    ..Staging::plain(dir)
                });
            }
        }
        Ok(Staging {
            prev: manifest
                .map(|m| m.files.into_iter().map(|e| (e.path.clone(), e)).collect())
                .unwrap_or_default(),
            durable: true,
            _temp: TempGuard(Some(temp)),
            ..Staging::plain(dir)
        })
    }

    /// Files written straight into `dir`: nothing reused, no manifest, no
    /// flushing.
    pub fn plain(dir: &Path) -> Staging {
        Staging {
            dir: dir.to_path_buf(),
            target: dir.to_path_buf(),
            fresh: None,
            _fresh_lock: None,
            prev: HashMap::new(),
            durable: false,
            entries: Mutex::default(),
            pending: Mutex::default(),
            next_temp: AtomicUsize::new(0),
            early_syncs: Mutex::default(),
            written: AtomicUsize::new(0),
            linked: AtomicUsize::new(0),
            not_rendered: AtomicUsize::new(0),
            _temp: TempGuard(None),
        }
    }

    /// The folder files are written in (a folder of their own, such as
    /// `letters`, is to be made there).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Keeps the previous output's `rel` if it was rendered from the same
    /// input (`key`) and is unchanged since; returns its path, or `None`
    /// when it has to be rendered.
    pub fn reuse(&self, rel: &str, key: &str) -> Result<Option<PathBuf>> {
        let Some(entry) = self.unchanged(rel, |e| e.key.as_deref() == Some(key)) else {
            return Ok(None);
        };
        self.keep(entry.clone());
        self.not_rendered.fetch_add(1, Ordering::Relaxed);
        Ok(Some(self.target.join(rel)))
    }

    /// The previous output's `rel`, when it was written with `key` and is
    /// unchanged since (see [`Staging::reuse`]). It stays in place until
    /// [`Staging::finish`].
    pub fn previous(&self, rel: &str, key: &str) -> Option<PathBuf> {
        self.unchanged(rel, |e| e.key.as_deref() == Some(key))?;
        Some(self.dir.join(rel))
    }

    /// Puts `bytes` in the folder as `rel`: the previous output's file is
    /// kept when it has the same content, else `bytes` are written.
    pub fn put(&self, rel: &str, key: Option<&str>, bytes: &[u8]) -> Result<PathBuf> {
        let hash = hex(&Sha256::digest(bytes));
        let size = bytes.len() as u64;
        if let Some(entry) = self.unchanged(rel, |e| e.hash == hash && e.size == size) {
            let mut entry = entry.clone();
            entry.key = key.map(str::to_string);
            self.keep(entry);
            return Ok(self.target.join(rel));
        }
        // Written under its key alone (no content hash): the same bytes
        // on disk are kept too (a run without the cache after one with it
        // rewrote the memo unchanged).
        if let Some(entry) = self.same_on_disk(rel, bytes) {
            self.keep(Entry {
                hash,
                key: key.map(str::to_string),
                ..entry
            });
            return Ok(self.target.join(rel));
        }
        self.write(rel, key, hash, bytes)
    }

    /// The previous output's entry for `rel` when it has no content hash
    /// (written under a key), is unchanged since, and holds `bytes`.
    fn same_on_disk(&self, rel: &str, bytes: &[u8]) -> Option<Entry> {
        let entry = self.unchanged(rel, |e| e.hash.is_empty() && e.size == bytes.len() as u64)?;
        let on_disk = std::fs::read(self.dir.join(rel)).ok()?;
        (on_disk == bytes).then(|| entry.clone())
    }

    /// Puts the user's own file `rel` (the repository's placeholder
    /// `output/.gitkeep`) back in the folder with `bytes`, as [`Staging::put`]
    /// does, but without counting it in [`Stats`]: those count the run's
    /// output, the files `run` lists, and a placeholder counted as written
    /// gave "27 file(s) in output: 28 written".
    pub fn put_own(&self, rel: &str, bytes: &[u8]) -> Result<PathBuf> {
        let hash = hex(&Sha256::digest(bytes));
        let size = bytes.len() as u64;
        if let Some(entry) = self.unchanged(rel, |e| e.hash == hash && e.size == size) {
            let entry = Entry {
                key: None,
                ..entry.clone()
            };
            self.push(entry);
            return Ok(self.target.join(rel));
        }
        let (path, mut file) = self.create(rel)?;
        file.write_all(bytes)
            .with_context(|| format!("failed to write `{}`", path.display()))?;
        let written = self.record_written(rel, None, &file, &path, size, hash);
        self.written.fetch_sub(1, Ordering::Relaxed);
        written
    }

    /// Writes `bytes` as `rel`, known by `key` alone: no content hash (for
    /// a large file whose key says all, see [`Staging::reuse`]).
    pub fn put_by_key(&self, rel: &str, key: &str, bytes: &[u8]) -> Result<PathBuf> {
        // The previous file holds the same bytes though its key differs
        // (written without a key by a run without the cache, or under a key
        // of inputs that do not change these bytes: only a letter template
        // edited): kept, now known by this key. Only a file of the same
        // size is compared, by its hash or else its bytes on disk.
        let size = bytes.len() as u64;
        match self.prev.get(rel) {
            Some(e) if e.size == size && !e.hash.is_empty() => {
                let hash = hex(&Sha256::digest(bytes));
                if let Some(entry) = self.unchanged(rel, |e| e.hash == hash && e.size == size) {
                    let mut entry = entry.clone();
                    entry.key = Some(key.to_string());
                    self.keep(entry);
                    return Ok(self.target.join(rel));
                }
            }
            Some(e) if e.size == size => {
                if let Some(entry) = self.same_on_disk(rel, bytes) {
                    self.keep(Entry {
                        key: Some(key.to_string()),
                        ..entry
                    });
                    return Ok(self.target.join(rel));
                }
            }
            _ => {}
        }
        self.put_by_key_with(rel, key, |f| Ok(f.write_all(bytes)?))
    }

    /// [`Staging::put_by_key`] with the file written by `write`, straight
    /// into the file (no buffer: it may copy from other files).
    pub fn put_by_key_with(
        &self,
        rel: &str,
        key: &str,
        write: impl FnOnce(&mut File) -> Result<()>,
    ) -> Result<PathBuf> {
        let (path, mut file) = self.create(rel)?;
        write(&mut file).with_context(|| format!("failed to write `{}`", path.display()))?;
        let size = file
            .metadata()
            .with_context(|| format!("failed to read `{}`", path.display()))?
            .len();
        self.record_written(rel, Some(key), &file, &path, size, String::new())
    }

    /// Writes `rel` with `write`, which streams into a buffered writer;
    /// when the result is the same as the previous output's file, that one
    /// is kept.
    pub fn put_with(
        &self,
        rel: &str,
        key: Option<&str>,
        write: impl FnOnce(&mut dyn Write) -> Result<()>,
    ) -> Result<PathBuf> {
        let (path, file) = self.create(rel)?;
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
                .with_context(|| format!("failed to remove `{}`", path.display()))?;
            let mut entry = entry.clone();
            entry.key = key.map(str::to_string);
            self.keep(entry);
            return Ok(self.target.join(rel));
        }
        self.record_written(rel, key, &hashing.inner, &path, size, hash)
    }

    /// Writes `bytes` for `rel` (through a temporary file when durable).
    fn write(&self, rel: &str, key: Option<&str>, hash: String, bytes: &[u8]) -> Result<PathBuf> {
        let (path, mut file) = self.create(rel)?;
        file.write_all(bytes)
            .with_context(|| format!("failed to write `{}`", path.display()))?;
        self.record_written(rel, key, &file, &path, bytes.len() as u64, hash)
    }

    /// A new file for `rel`: a temporary one when durable, else `rel`
    /// itself.
    fn create(&self, rel: &str) -> Result<(PathBuf, File)> {
        let path = if self.durable && self.fresh.is_none() {
            let temp = self.dir.join(TEMP_DIR);
            std::fs::create_dir_all(&temp)
                .with_context(|| format!("failed to create `{}`", temp.display()))?;
            temp.join(self.next_temp.fetch_add(1, Ordering::Relaxed).to_string())
        } else {
            self.dir.join(rel)
        };
        let file =
            File::create(&path).with_context(|| format!("failed to write `{}`", path.display()))?;
        Ok((path, file))
    }

    /// The previous output's entry for `rel` when `matches` holds for it
    /// and the file is still the one the manifest describes.
    fn unchanged(&self, rel: &str, matches: impl Fn(&Entry) -> bool) -> Option<&Entry> {
        let entry = self.prev.get(rel).filter(|e| matches(e))?;
        let meta = std::fs::symlink_metadata(self.dir.join(rel)).ok()?;
        (meta.is_file()
            && meta.len() == entry.size
            && mtime(&meta) == entry.mtime
            && entry.mtime != 0
            && inode(&meta) == entry.ino)
            .then_some(entry)
    }

    /// Keeps the previous output's file of `entry` as it is.
    fn keep(&self, entry: Entry) {
        self.linked.fetch_add(1, Ordering::Relaxed);
        self.push(entry);
    }

    /// Records a file written to `path` (temporary when durable) for `rel`;
    /// returns where it ends up.
    fn record_written(
        &self,
        rel: &str,
        key: Option<&str>,
        file: &File,
        path: &Path,
        size: u64,
        hash: String,
    ) -> Result<PathBuf> {
        self.written.fetch_add(1, Ordering::Relaxed);
        if !self.durable {
            return Ok(path.to_path_buf());
        }
        // A rename keeps the modification time and the inode.
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
        if let Ok(mut pending) = self.pending.lock() {
            pending.push((path.to_path_buf(), rel.to_string()));
        }
        if size >= EARLY_SYNC {
            // Flushed meanwhile, on a thread of its own (waiting for the
            // disk, not computing).
            if let (Ok(file), Ok(mut early)) = (file.try_clone(), self.early_syncs.lock()) {
                early.push((
                    path.to_path_buf(),
                    std::thread::spawn(move || file.sync_all()),
                ));
            }
        }
        Ok(self.target.join(rel))
    }

    fn push(&self, entry: Entry) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.push(entry);
        }
    }

    /// Puts the new files in place, removes everything else that is not
    /// this run's output, and writes the manifest (see the module's
    /// documentation for the order, which makes an interrupted run safe).
    pub fn finish(self) -> Result<Stats> {
        let stats = Stats {
            written: self.written.load(Ordering::Relaxed),
            linked: self.linked.load(Ordering::Relaxed),
            not_rendered: self.not_rendered.load(Ordering::Relaxed),
        };
        if !self.durable {
            return Ok(stats);
        }
        let dir = &self.dir;
        let mut files = self.entries.into_inner().unwrap_or_default();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files.dedup_by(|a, b| a.path == b.path);
        let pending = self.pending.into_inner().unwrap_or_default();
        let early = self.early_syncs.into_inner().unwrap_or_default();
        if let Some(fresh) = self.fresh {
            finish_fresh(fresh, &self.target, files, &pending, early)?;
            return Ok(stats);
        }
        let produced: HashSet<&str> = files.iter().map(|e| e.path.as_str()).collect();
        let stale = stale_paths(dir, &produced)
            .with_context(|| format!("failed to read `{}`", dir.display()))?;
        let marker = dir.join(MARKER);
        let temp = dir.join(TEMP_DIR);
        let touches_files = !pending.is_empty() || !stale.is_empty();
        if !touches_files
            && files.len() == self.prev.len()
            && files.iter().all(|e| self.prev.get(&e.path) == Some(e))
        {
            // Nothing changed; the manifest says it all already.
            let _ = std::fs::remove_dir(&temp);
            return Ok(stats);
        }
        // The manifest, the mark and the new files go to disk together
        // (flushing several at once costs about as much as one); none is
        // in place yet.
        let new_manifest = temp.join("manifest");
        std::fs::create_dir_all(&temp)
            .with_context(|| format!("failed to write `{}`", marker.display()))?;
        write_manifest(&new_manifest, files, &marker)?;
        let mut unsynced = not_synced_early(&pending, &early);
        unsynced.push(new_manifest.clone());
        if touches_files {
            write_in_progress(&marker)
                .with_context(|| format!("failed to write `{}`", marker.display()))?;
            unsynced.push(marker.clone());
        }
        sync_all(&unsynced, early, dir)?;
        // Now into place: the files, then the manifest.
        let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
        dirs.insert(dir.clone());
        for (from, rel) in &pending {
            let to = dir.join(rel);
            if let Some(parent) = to.parent() {
                if dirs.insert(parent.to_path_buf()) {
                    real_dir(parent)
                        .with_context(|| format!("failed to create `{}`", parent.display()))?;
                }
            }
            // A file written again keeps the permissions it had.
            crate::file_mode::copy_permissions(&to, from)
                .with_context(|| format!("failed to write `{}`", to.display()))?;
            if std::fs::rename(from, &to).is_err() {
                // A folder in the way (a file never is: renamed over).
                if std::fs::symlink_metadata(&to).is_ok_and(|m| m.is_dir()) {
                    remove_any(&to)
                        .with_context(|| format!("failed to remove `{}`", to.display()))?;
                }
                std::fs::rename(from, &to)
                    .with_context(|| format!("failed to write `{}`", to.display()))?;
            }
        }
        for path in &stale {
            remove_any(path).with_context(|| format!("failed to remove `{}`", path.display()))?;
            if let Some(parent) = path.parent() {
                dirs.insert(parent.to_path_buf());
            }
        }
        std::fs::rename(&new_manifest, &marker)
            .with_context(|| format!("failed to write `{}`", marker.display()))?;
        let _ = std::fs::remove_dir_all(&temp);
        // A manifest on disk before some renames is harmless: a file it
        // lists that is not (yet) there as listed is not trusted.
        sync_dirs(&dirs);
        Ok(stats)
    }
}

/// A file being flushed to disk on a thread of its own since it was written.
type EarlySync = (PathBuf, std::thread::JoinHandle<std::io::Result<()>>);

/// Writes the manifest of `files` (not in progress) to `path`; errors name
/// `shown`, the marker file it becomes.
fn write_manifest(path: &Path, files: Vec<Entry>, shown: &Path) -> Result<()> {
    let manifest = Manifest {
        format: FORMAT,
        in_progress: false,
        files,
    };
    let write = || -> std::io::Result<()> {
        let mut w = BufWriter::with_capacity(1 << 16, File::create(path)?);
        serde_json::to_writer(&mut w, &manifest)?;
        w.flush()
    };
    write().with_context(|| format!("failed to write `{}`", shown.display()))
}

/// The written files that are not being flushed already.
fn not_synced_early(pending: &[(PathBuf, String)], early: &[EarlySync]) -> Vec<PathBuf> {
    pending
        .iter()
        .filter(|(t, _)| !early.iter().any(|(e, _)| e == t))
        .map(|(t, _)| t.clone())
        .collect()
}

/// Whether `dir` is a symbolic link (to a folder on a shared drive):
/// replacing it would put a folder in the link's place, so its files are
/// written in place, through the link (also where it is named `output/`).
fn is_link(dir: &Path) -> bool {
    let named: PathBuf = dir.components().collect();
    std::fs::symlink_metadata(named).is_ok_and(|m| m.file_type().is_symlink())
}

/// Whether `dir` is a mount point (a Docker volume, a network share
/// mounted there): it cannot be replaced by a folder moved into its place,
/// so its files are written in place.
fn is_mount_point(dir: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let parent = match std::fs::canonicalize(dir) {
            Ok(full) => match full.parent() {
                Some(p) => p.to_path_buf(),
                None => return true,
            },
            Err(_) => return false,
        };
        let other_device = match (std::fs::metadata(dir), std::fs::metadata(&parent)) {
            (Ok(d), Ok(p)) => d.dev() != p.dev(),
            _ => false,
        };
        // A bind mount within one file system has its parent's device:
        // Linux lists it among the mounts.
        other_device
            || std::fs::canonicalize(dir).is_ok_and(|full| {
                std::fs::read_to_string("/proc/self/mountinfo")
                    .is_ok_and(|mounts| listed_as_mount(&mounts, &full))
            })
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        false
    }
}

/// Whether `/proc/self/mountinfo` text `mounts` has a mount at `path`
/// (its fifth field; spaces and the like written as octal escapes).
fn listed_as_mount(mounts: &str, path: &Path) -> bool {
    let Some(path) = path.to_str() else {
        return false;
    };
    mounts.lines().any(|line| {
        line.split(' ')
            .nth(4)
            .is_some_and(|point| unescape_mount(point) == path)
    })
}

/// A mount point as mountinfo writes it: `\040` for a space, and so on.
fn unescape_mount(point: &str) -> String {
    let bytes = point.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| bytes[i] == b'\\' && d.iter().all(|b| (b'0'..=b'7').contains(b)));
        match octal {
            Some(d) => {
                let value = d.iter().fold(0u32, |v, b| v * 8 + u32::from(b - b'0'));
                out.push(u8::try_from(value).unwrap_or(b'?'));
                i += 4;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Flushes `unsynced` to disk and waits for the files flushed early.
fn sync_all(unsynced: &[PathBuf], early: Vec<EarlySync>, folder: &Path) -> Result<()> {
    sync_files(unsynced)
        .with_context(|| format!("failed to write `{}` to disk", folder.display()))?;
    for (path, sync) in early {
        sync.join()
            .unwrap_or_else(|_| Err(std::io::Error::other("panicked")))
            .with_context(|| format!("failed to write `{}` to disk", path.display()))?;
    }
    Ok(())
}

/// Finishes a new output built in `fresh`: manifest, everything to disk,
/// then moved into place as `target` (which holds no output; see
/// [`holds_no_output`]).
fn finish_fresh(
    fresh: tempfile::TempDir,
    target: &Path,
    files: Vec<Entry>,
    pending: &[(PathBuf, String)],
    early: Vec<EarlySync>,
) -> Result<()> {
    let dir = fresh.path();
    let marker = dir.join(MARKER);
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    dirs.insert(dir.to_path_buf());
    for (path, _) in pending {
        if let Some(parent) = path.parent() {
            dirs.insert(parent.to_path_buf());
        }
    }
    write_manifest(&marker, files, &marker)?;
    let mut unsynced = not_synced_early(pending, &early);
    unsynced.push(marker);
    sync_all(&unsynced, early, target)?;
    sync_dirs(&dirs);
    if std::fs::symlink_metadata(target).is_ok() {
        if !holds_no_output(target) {
            anyhow::bail!(
                "output folder `{}` was changed while inspraak wrote it; run again",
                target.display()
            );
        }
        std::fs::remove_dir_all(target)
            .with_context(|| format!("failed to replace `{}`", target.display()))?;
    }
    let staged = fresh.keep();
    if let Err(e) = std::fs::rename(&staged, target) {
        let _ = std::fs::remove_dir_all(&staged);
        return Err(e).with_context(|| format!("failed to write `{}`", target.display()));
    }
    if let Some(parent) = target.parent() {
        sync_dir(if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        });
    }
    Ok(())
}

/// Whether `dir` holds nothing but the marker, a placeholder `.gitkeep`
/// and temporary files of inspraak: no output to keep or protect.
fn holds_no_output(dir: &Path) -> bool {
    let Ok(read) = std::fs::read_dir(dir) else {
        return false;
    };
    read.flatten().all(|e| {
        let name = e.file_name();
        (name == MARKER || name == ".gitkeep" || name == TEMP_DIR)
            && e.file_type().is_ok_and(|t| !t.is_dir() || name == TEMP_DIR)
    })
}

/// Marks the manifest in progress: a run is about to change files, and
/// until its own manifest is written no file may be trusted. Written in
/// place: a marker cut short by a crash is no manifest either. Not flushed
/// here: the caller flushes it together with the new files, before any of
/// them is renamed into place (one flush less, one after the other).
fn write_in_progress(marker: &Path) -> std::io::Result<()> {
    let mut f = File::create(marker)?;
    serde_json::to_writer(
        &mut f,
        &Manifest {
            format: FORMAT,
            in_progress: true,
            files: Vec::new(),
        },
    )
    .map_err(std::io::Error::from)
}

/// Everything in `dir` that is not among `produced` (paths relative to
/// `dir`), the marker or the temporary folder: files, links, and folders
/// holding none of `produced` (empty folders are left).
fn stale_paths(dir: &Path, produced: &HashSet<&str>) -> std::io::Result<Vec<PathBuf>> {
    // Folders that hold a produced file, relative.
    let mut parents: HashSet<&str> = HashSet::new();
    for p in produced {
        let mut rest = *p;
        while let Some((parent, _)) = rest.rsplit_once('/') {
            if !parents.insert(parent) {
                break;
            }
            rest = parent;
        }
    }
    let mut stale = Vec::new();
    let mut todo = vec![(dir.to_path_buf(), String::new())];
    while let Some((path, rel)) = todo.pop() {
        for entry in std::fs::read_dir(&path)? {
            let entry = entry?;
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                stale.push(entry.path());
                continue;
            };
            if rel.is_empty() && (name == MARKER || name == TEMP_DIR) {
                continue;
            }
            let child = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            let kind = entry.file_type()?;
            if kind.is_dir() {
                if parents.contains(child.as_str()) {
                    todo.push((entry.path(), child));
                } else if std::fs::read_dir(entry.path())?.next().is_some() {
                    stale.push(entry.path());
                }
            } else if !produced.contains(child.as_str()) {
                stale.push(entry.path());
            }
        }
    }
    Ok(stale)
}

/// Makes `path` a folder of its own: created when missing, and a link or
/// file in its place removed first (a file is never written through a
/// link out of the output folder).
fn real_dir(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => {
            std::fs::remove_file(path)?;
            std::fs::create_dir(path)
        }
        Err(_) => std::fs::create_dir_all(path),
    }
}

/// Random characters that end the name of a fresh output folder
/// (`.inspraak-new-<out>-` and these): [`remove_abandoned`] knows its
/// folders by them.
const FRESH_RANDOM: usize = 6;

/// Removes the fresh folders (`prefix` and [`FRESH_RANDOM`] letters or
/// digits) in `parent` that a first run killed before moving its fresh
/// folder into place left behind. Only folders of exactly that shape
/// (those of an output folder `output-2` beside `output`,
/// `.inspraak-new-output-2-…`, have a `-` after the prefix), never what a
/// link points to, and never one another run still holds locked while it
/// writes it.
fn remove_abandoned(parent: &Path, prefix: &str) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let abandoned = entry
            .file_name()
            .to_str()
            .and_then(|n| n.strip_prefix(prefix))
            .is_some_and(|rest| {
                rest.len() == FRESH_RANDOM && rest.bytes().all(|b| b.is_ascii_alphanumeric())
            })
            && entry.file_type().is_ok_and(|t| t.is_dir());
        if !abandoned {
            continue;
        }
        let path = entry.path();
        // A run still writing it holds it locked (released when that run
        // ends, also when it is killed).
        if let Ok(folder) = File::open(&path) {
            if matches!(folder.try_lock(), Err(std::fs::TryLockError::WouldBlock)) {
                continue;
            }
        }
        std::fs::remove_dir_all(&path).with_context(|| {
            format!(
                "failed to remove `{}`, left by an interrupted run: remove it by hand",
                path.display()
            )
        })?;
    }
    Ok(())
}

/// Removes a file, a link or a folder with everything in it (links are
/// removed, never followed).
fn remove_any(path: &Path) -> std::io::Result<()> {
    if std::fs::symlink_metadata(path)?.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        std::fs::remove_file(path)
    }
}

/// The manifest in `marker`, if it is one this version understands (an
/// older version left the marker empty) and no run was interrupted while
/// changing the folder.
fn read_manifest(marker: &Path) -> Option<Manifest> {
    let bytes = std::fs::read(marker).ok()?;
    let m: Manifest = serde_json::from_slice(&bytes).ok()?;
    (m.format == FORMAT && !m.in_progress).then_some(m)
}

/// Flushes `files` to disk, several at a time (the disk gets them
/// together, and waiting for one does not hold up the others).
fn sync_files(files: &[PathBuf]) -> std::io::Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    // A thread per file up to the limit: flushes that wait together share
    // the file system's journal commit (a +1 run's four small files and the
    // manifest took one commit each, ~17 ms one after the other).
    let threads = files.len().clamp(1, SYNC_THREADS);
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

/// Syncs folders' entries, all at once (best effort).
fn sync_dirs(dirs: &BTreeSet<PathBuf>) {
    std::thread::scope(|s| {
        for d in dirs {
            s.spawn(move || sync_dir(d));
        }
    });
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

    /// The key of `value`, serialized into the hash in a compact binary
    /// encoding ([`ContentHash::value`]: about twice as fast as JSON, and
    /// as unambiguous for the render contexts, whose fields are never
    /// skipped).
    pub fn key_of<T: Serialize>(mut self, value: &T) -> Result<String> {
        self.0.value(value)?;
        Ok(self.0.hex())
    }

    /// [`KeyHasher::key_of`] as bytes.
    pub fn key_bytes_of<T: Serialize + ?Sized>(mut self, value: &T) -> Result<[u8; 32]> {
        self.0.value(value)?;
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

#[cfg(test)]
mod tests;
