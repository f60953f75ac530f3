//! Reading and writing the ledger file.
//!
//! A write goes to a temporary file in the same folder, is synced to disk
//! and then renamed over the ledger, so a crash at any moment leaves either
//! the old or the new file, never a mix; the new file keeps the ledger's
//! permissions ([`crate::file_mode`]). The previous version is kept as
//! `ledger.toml.bak` (with the same permissions). The file's hash is remembered at load; a save refuses
//! to overwrite a file that changed in between (another `inspraak` or an
//! editor), instead of silently losing that program's work; a lock file
//! makes the final check and the rename one step among `inspraak`
//! processes.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Decision, Ledger};

/// Why the ledger could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("failed to read ledger `{path}`: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "ledger `{path}` is not valid at line {line}, column {column}: {message}\n\
         Fix the file by hand{} and run the command again; nothing was written",
        backup.as_ref().map(|b| format!(
            " (the version before inspraak last wrote it is kept in `{}`)",
            b.display()
        )).unwrap_or_default()
    )]
    Syntax {
        path: PathBuf,
        /// The ledger's backup, when there is one (it is made by the
        /// second write of the ledger: the first has nothing to keep).
        backup: Option<PathBuf>,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "ledger `{path}` changed by another program since it was read; run the command again \
         (nothing was written)"
    )]
    ChangedOnDisk { path: PathBuf },
    #[error("failed to write ledger `{path}`: {source}; the previous ledger is unchanged")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("failed to write ledger `{path}`: {message}")]
    Serialize { path: PathBuf, message: String },
    #[error(
        "ledger `{path}` {}, but its backup `{backup}` holds {}: the ledger was probably \
         emptied or removed by a sync client, an editor or a shell (`> ledger.toml`). Restore it \
         (copy `{backup}` to `{path}`; decisions recorded after that backup was made must be \
         made again) and run the command again; nothing was written. To start a new ledger on \
         purpose, move `{backup}` away first",
        if *missing { "does not exist" } else { "is empty" },
        held_by(*decisions, *numbers)
    )]
    Emptied {
        path: PathBuf,
        backup: PathBuf,
        /// The file is missing (not empty).
        missing: bool,
        decisions: usize,
        numbers: usize,
    },
    #[error(
        "ledger `{path}` is read-only; nothing was written. Make it writable (`chmod u+w`, or \
         clear the file's read-only attribute) to change the decisions, or leave it as it is"
    )]
    ReadOnly { path: PathBuf },
}

/// "2 decision(s) and the numbers of 3 response(s)".
fn held_by(decisions: usize, numbers: usize) -> String {
    match (decisions, numbers) {
        (0, n) => format!("the numbers of {n} response(s)"),
        (d, 0) => format!("{d} decision(s)"),
        (d, n) => format!("{d} decision(s) and the numbers of {n} response(s)"),
    }
}

/// Explains the format at the top of the file.
const HEADER: &str = "\
# inspraak ledger: the working group's decisions on the comments of the consultation.
#
# Written by `inspraak decide` and `inspraak matrix import`; you may edit it by hand.
# One [decisions.\"<comment id>\"] table per decided comment, sorted by id:
#   status      open, adopted (overgenomen), partly_adopted (deels overgenomen),
#               not_adopted (niet overgenomen), already_covered (reeds verwerkt),
#               noted (ter kennisname); Dutch words are accepted too
#   answer      the working group's answer (multi-line text between ''' ''')
#   theme, change_ref (section carrying the change), summary, author, date: optional
#   change_ref_title  the title of the change_ref section when it was recorded: when a
#               newer version renumbers, change_ref follows the section with that title
#   sections    the draft's sections the comment is about, as the working group chose
#               them (replacing the tool's links; [] for none): optional
#   respondent, file, comment: what the decision was made on; used to find the
#               comment again when its id changes. Do not edit.
#   group_size, members: for a campaign, how many comments and which response files
#               the decision covers; a member whose point changes and leaves the
#               campaign is reported instead of silently reopened. Do not edit.
# A decision whose comment can no longer be found is kept and reported as orphaned;
# `inspraak decide --move <old id> <comment>` re-attaches it to a comment,
# `inspraak decide --drop <old id>` moves it to a [dropped.\"<old id>\"] table (with the
# day it was dropped), kept as a record and applied to nothing.
# [respondents] \"<file>\" = 12 is the number of each response in the memo (reactie
# 12.3 is its third point), given by `inspraak run` when a file first appears and
# never reused, so numbers stay the same when later responses arrive.
# [response_ids] \"r-<id>\" = 12 is the same number by the response's text, so a
# renamed file keeps its number.
# [response_senders] \"r-<id>\" = \"...\" is the sender read from that text, so a file
# name that later holds another person's letter (scan001.pdf) gets a new number.
# [private_senders] \"r-<id>\" = \"...\" is the private person who sent that text, so
# their name stays out of the public memo and the other letters once their letter is
# withdrawn (an answer may name them). This file is not public: keep it so.
# [editorial] sections = [\"3.1\"] marks changes to those sections as editorial
# (ambtshalve): `inspraak check` does not ask for a comment explaining them; titles
# = { \"3.1\" = \"...\" } holds their titles, so a mark follows its section when a newer
# version renumbers.
# The previous version of this file is kept as ledger.toml.bak.
";

/// The file as serialised.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LedgerFile {
    #[serde(default, skip_serializing_if = "Editorial::is_empty")]
    editorial: Editorial,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    respondents: BTreeMap<String, u32>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    response_ids: BTreeMap<String, u32>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    response_senders: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    private_senders: BTreeMap<String, String>,
    #[serde(default)]
    decisions: BTreeMap<String, Decision>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    dropped: BTreeMap<String, Decision>,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Editorial {
    #[serde(default)]
    sections: BTreeSet<String>,
    /// Section → its title when it was marked.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    titles: BTreeMap<String, String>,
}

impl Editorial {
    fn is_empty(&self) -> bool {
        self.sections.is_empty() && self.titles.is_empty()
    }
}

/// `ledger.toml` → `ledger.toml.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "ledger.toml".into());
    name.push(".bak");
    path.with_file_name(name)
}

fn hash(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Reads the file's bytes; `None` when it does not exist.
fn read_bytes(path: &Path) -> Result<Option<Vec<u8>>, Error> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// See [`Ledger::file_is_current`].
pub fn is_current(ledger: &Ledger) -> bool {
    read_bytes(&ledger.path).is_ok_and(|bytes| bytes.as_deref().map(hash) == ledger.loaded)
}

/// Whether a ledger file's bytes hold nothing: empty, or only white space
/// (or the zero bytes of a sync client's placeholder), after a BOM.
fn is_blank(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    bytes
        .iter()
        .all(|b| b.is_ascii_whitespace() || *b == 0 || *b == b'\x0b')
}

/// A ledger that is missing or blank (`current`: its bytes) while its
/// backup holds decisions or response numbers was emptied or removed by
/// accident (a sync client's placeholder, an editor's failed save, `>
/// ledger.toml`): taking it for a new ledger would lose them, and its
/// first write would replace the backup. An error says so; a backup that
/// cannot be read or holds nothing lets a new ledger start.
fn refuse_over_backup(path: &Path, current: Option<&[u8]>) -> Result<(), Error> {
    if current.is_some_and(|b| !is_blank(b)) {
        return Ok(());
    }
    let target = link_target(path).unwrap_or_else(|_| path.to_path_buf());
    let backup = backup_path(&target);
    let Ok(Some(bytes)) = read_bytes(&backup) else {
        return Ok(());
    };
    let Ok(file) = parse(&backup, &bytes) else {
        return Ok(());
    };
    let decisions = file.decisions.len() + file.dropped.len();
    let numbers = file.respondents.len();
    if decisions == 0 && numbers == 0 {
        return Ok(());
    }
    Err(Error::Emptied {
        path: path.to_path_buf(),
        backup,
        missing: current.is_none(),
        decisions,
        numbers,
    })
}

/// See [`Ledger::load`].
pub fn load(path: &Path) -> Result<Ledger, Error> {
    let bytes = read_bytes(path)?;
    refuse_over_backup(path, bytes.as_deref())?;
    let Some(bytes) = bytes else {
        return Ok(Ledger::new(path));
    };
    let file = parse(path, &bytes)?;
    Ok(Ledger {
        path: path.to_path_buf(),
        decisions: file.decisions,
        respondents: file.respondents,
        response_ids: file.response_ids,
        response_senders: file.response_senders,
        private_senders: file.private_senders,
        editorial: file.editorial.sections,
        editorial_titles: file.editorial.titles,
        dropped: file.dropped,
        loaded: Some(hash(&bytes)),
    })
}

/// Parses the ledger text (a UTF-8 BOM is allowed).
fn parse(path: &Path, bytes: &[u8]) -> Result<LedgerFile, Error> {
    let syntax = |offset: usize, message: String, text: &str| {
        let (line, column) = line_column(text, offset);
        Error::Syntax {
            path: path.to_path_buf(),
            backup: Some(backup_path(path)).filter(|b| b.is_file()),
            line,
            column,
            message,
        }
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
            return Err(syntax(
                e.valid_up_to(),
                "the file is not UTF-8 text (save it as UTF-8)".to_string(),
                &valid,
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    toml::from_str::<LedgerFile>(text).map_err(|e| {
        let offset = e.span().map(|s| s.start).unwrap_or(0);
        syntax(offset, e.message().trim().to_string(), text)
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, before[line_start..].chars().count() + 1)
}

/// See [`Ledger::to_toml`].
pub fn render(ledger: &Ledger) -> Result<String, Error> {
    let file = LedgerFile {
        editorial: Editorial {
            sections: ledger.editorial.clone(),
            titles: ledger
                .editorial_titles
                .iter()
                .filter(|(n, _)| ledger.editorial.contains(*n))
                .map(|(n, t)| (n.clone(), t.clone()))
                .collect(),
        },
        respondents: ledger.respondents.clone(),
        response_ids: ledger.response_ids.clone(),
        response_senders: ledger.response_senders.clone(),
        private_senders: ledger.private_senders.clone(),
        decisions: ledger.decisions.clone(),
        dropped: ledger.dropped.clone(),
    };
    let body = toml::to_string_pretty(&file).map_err(|e| Error::Serialize {
        path: ledger.path.clone(),
        message: e.to_string(),
    })?;
    Ok(format!("{HEADER}\n{body}"))
}

/// `new` (a rendered ledger) with the comments people wrote in `old` (the
/// file it replaces) kept where they were: above a table or key, or after
/// a value on its line (`answer = "Dank."  # uitbreiden`), and at the end.
/// Comments of a table or key the new ledger no longer has go with it; a
/// decision filed under another id (re-attached to its comment's new id,
/// `decide --move`: the old id is in its `previous_ids`) or dropped (`decide
/// --drop`) takes the comments of the table it was filed under along.
fn keep_comments(old: &str, new: String) -> String {
    let own = old.strip_prefix(HEADER).unwrap_or(old);
    if !own.contains('#') {
        return new;
    }
    let (Ok(old), Ok(mut doc)) = (
        old.parse::<toml_edit::DocumentMut>(),
        new.parse::<toml_edit::DocumentMut>(),
    ) else {
        return new;
    };
    fn commented(decor: &toml_edit::Decor) -> bool {
        let has = |s: Option<&toml_edit::RawString>| {
            s.and_then(|s| s.as_str()).is_some_and(|s| s.contains('#'))
        };
        has(decor.prefix()) || has(decor.suffix())
    }
    fn carry(old: &toml_edit::Table, new: &mut toml_edit::Table) {
        if commented(old.decor()) {
            *new.decor_mut() = old.decor().clone();
        }
        for (mut key, item) in new.iter_mut() {
            let Some((old_key, old_item)) = old.get_key_value(key.get()) else {
                continue;
            };
            if commented(old_key.leaf_decor()) {
                *key.leaf_decor_mut() = old_key.leaf_decor().clone();
            }
            match (item, old_item) {
                (toml_edit::Item::Table(t), toml_edit::Item::Table(o)) => carry(o, t),
                (toml_edit::Item::Value(v), toml_edit::Item::Value(o)) if commented(o.decor()) => {
                    *v.decor_mut() = o.decor().clone();
                }
                _ => {}
            }
        }
    }
    carry(old.as_table(), doc.as_table_mut());
    refiled(old.as_table(), doc.as_table_mut(), carry);
    if old.trailing().as_str().is_some_and(|s| s.contains('#')) {
        doc.set_trailing(old.trailing().as_str().unwrap_or_default());
    }
    doc.to_string()
}

/// Carries (with `carry`) the comments of each decision table of `old`
/// that `new` files under another key: a decision's table under
/// `[decisions]` or `[dropped]` that `old` does not have there takes those
/// of the table in `old`'s `[decisions]` it was filed under before (its key
/// for a dropped decision, else the last of its `previous_ids` found
/// there), when `new` no longer files a decision under that key.
fn refiled(
    old: &toml_edit::Table,
    new: &mut toml_edit::Table,
    carry: fn(&toml_edit::Table, &mut toml_edit::Table),
) {
    use toml_edit::Item;
    let Some(old_decisions) = old.get("decisions").and_then(Item::as_table) else {
        return;
    };
    let filed: BTreeSet<String> = new
        .get("decisions")
        .and_then(Item::as_table)
        .map(|t| t.iter().map(|(k, _)| k.to_string()).collect())
        .unwrap_or_default();
    let mut taken: BTreeSet<String> = BTreeSet::new();
    for section in ["decisions", "dropped"] {
        let before = old.get(section).and_then(Item::as_table);
        let Some(tables) = new.get_mut(section).and_then(Item::as_table_mut) else {
            continue;
        };
        for (key, item) in tables.iter_mut() {
            if before.is_some_and(|b| b.contains_key(key.get())) {
                // Carried under its own key.
                continue;
            }
            let Some(table) = item.as_table_mut() else {
                continue;
            };
            let previous: Vec<String> = table
                .get("previous_ids")
                .and_then(Item::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            let own = (section == "dropped").then(|| key.get().to_string());
            let from = own
                .into_iter()
                .chain(previous.into_iter().rev())
                .filter(|id| !filed.contains(id) && !taken.contains(id))
                .find_map(|id| {
                    old_decisions
                        .get(&id)
                        .and_then(Item::as_table)
                        .map(|t| (id, t))
                });
            if let Some((id, old_table)) = from {
                carry(old_table, table);
                taken.insert(id);
            }
        }
    }
}

/// A new ledger written to a synced temporary file, not yet in place.
/// Dropping it without [`PreparedWrite::commit`] leaves the ledger as it
/// was (this is what a crash between write and rename amounts to).
#[derive(Debug)]
pub struct PreparedWrite {
    temp: tempfile::NamedTempFile,
    /// The file the rename replaces: the ledger, or the file it links to.
    target: PathBuf,
    hash: [u8; 32],
    previous: Option<Vec<u8>>,
}

/// See [`Ledger::prepare`].
pub fn prepare(ledger: &Ledger) -> Result<PreparedWrite, Error> {
    let path = &ledger.path;
    let current = read_bytes(path)?;
    if current.as_deref().map(hash) != ledger.loaded {
        return Err(Error::ChangedOnDisk { path: path.clone() });
    }
    let text = render(ledger)?;
    let text = match current.as_deref().map(std::str::from_utf8) {
        Some(Ok(old)) => keep_comments(old, text),
        _ => text,
    };
    let write_err = |source| Error::Write {
        path: path.clone(),
        source,
    };
    let target = link_target(path).map_err(write_err)?;
    if read_only(&target) {
        return Err(Error::ReadOnly { path: path.clone() });
    }
    // The temporary file is made and locked under the ledger's lock, so
    // that a write cleaning up after a killed one never takes it for a
    // left-over ([`remove_stale_temps`]).
    let _lock = if folder(&target).is_dir() {
        Some(lock(&target).map_err(write_err)?)
    } else {
        None
    };
    let temp = write_temp(&target, &target, text.as_bytes()).map_err(write_err)?;
    Ok(PreparedWrite {
        temp,
        target,
        hash: hash(text.as_bytes()),
        previous: current,
    })
}

/// The file a write to `path` is to replace: `path` itself, or, when it is
/// a symbolic link (a ledger kept in a shared folder and linked in), the
/// file the link points to, so that the rename replaces that file and the
/// link stays. A dangling link is followed to where it points when that
/// folder exists; otherwise an error says where it points.
fn link_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    // As the operating system: at most 40 links in a row.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = std::fs::read_link(&p)?;
                p = if to.is_absolute() {
                    to
                } else {
                    folder(&p).join(to)
                };
            }
            _ => {
                if p != path && !folder(&p).is_dir() {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        format!(
                            "it is a link to {}, whose folder does not exist",
                            p.display()
                        ),
                    ));
                }
                return Ok(p);
            }
        }
    }
    Err(std::io::Error::other("too many symbolic links in a row"))
}

/// How many hard links the file `path` has (1 elsewhere than on Unix).
fn hard_links(path: &Path) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).map(|m| m.nlink()).unwrap_or(1)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        1
    }
}

/// Folder of `path` for temporary files (`.` for a bare file name).
fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A synced temporary file holding `bytes`, to be renamed over `path`,
/// with the permissions of the file `like` (the ledger: also for its
/// backup, which is a copy of it), or of a new file when there is none.
fn write_temp(path: &Path, like: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = folder(path);
    if !dir.is_dir() {
        // A mistyped `--ledger` folder would otherwise be made silently and
        // the decision recorded where nobody looks for it.
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!(
                "the folder `{}` does not exist: check the ledger's path, or make the folder \
                 first",
                dir.display()
            ),
        ));
    }
    let mut temp = crate::file_mode::temp_file_like(&dir, TEMP_PREFIX, TEMP_SUFFIX, like)?;
    // Locked while this process may still rename it into place; the
    // system releases the lock when the process ends, also when it is
    // killed: a temporary file that can be locked is a left-over.
    temp.as_file().lock()?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    Ok(temp)
}

impl PreparedWrite {
    /// Checks once more that nobody changed the file, keeps the old version
    /// as the backup and renames the new file into place.
    pub fn commit(self, ledger: &mut Ledger) -> Result<(), Error> {
        let path = ledger.path.clone();
        let write_err = |source| Error::Write {
            path: path.clone(),
            source,
        };
        // Through a link: lock, back up and replace the file it points to
        // (members linking one shared ledger share its lock).
        let target = self.target;
        // Held until the rename is done: two `inspraak` processes cannot
        // both pass the check below and overwrite each other.
        let _lock = lock(&target).map_err(write_err)?;
        if read_bytes(&path)?.as_deref().map(hash) != ledger.loaded {
            return Err(Error::ChangedOnDisk { path });
        }
        let links = hard_links(&target);
        if links > 1 {
            crate::cli::warn(format_args!(
                "{} has {links} hard links; it is replaced by a new file, so the other \
                 links keep the old version (use a symbolic link to share a ledger)",
                path.display()
            ));
        }
        // A blank ledger has nothing to keep: the backup stays as it is
        // (it may hold what the file held before it was emptied).
        if let Some(previous) = self.previous.as_deref().filter(|p| !is_blank(p)) {
            let bak = backup_path(&target);
            let temp = write_temp(&bak, &target, previous).map_err(write_err)?;
            let _ = temp.as_file().unlock();
            temp.persist(&bak).map_err(|e| write_err(e.error))?;
        }
        // (The ledger itself is not kept locked: on Windows a lock keeps
        // other programs from reading it.)
        let _ = self.temp.as_file().unlock();
        self.temp.persist(&target).map_err(|e| write_err(e.error))?;
        let dir = folder(&target);
        sync_folder(&dir);
        ledger.loaded = Some(self.hash);
        let removed = remove_stale_temps(&dir);
        if removed > 0 {
            eprintln!(
                "note: removed {removed} unfinished copy(ies) of the ledger (`{TEMP_PREFIX}…{TEMP_SUFFIX}`) \
                 that an interrupted write left in `{}`",
                dir.display()
            );
        }
        Ok(())
    }
}

/// Takes an exclusive lock on `.ledger.toml.lock` beside the ledger (the
/// ledger itself is replaced by the rename, so it cannot carry the lock).
/// The operating system releases it when the process ends, also on a
/// crash.
fn lock(path: &Path) -> std::io::Result<std::fs::File> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "ledger.toml".to_string());
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(folder(path).join(format!(".{name}.lock")))?;
    file.lock()?;
    Ok(file)
}

/// How the ledger's temporary files are named: `.ledger-XXXXXX.tmp`.
const TEMP_PREFIX: &str = ".ledger-";
const TEMP_SUFFIX: &str = ".tmp";

/// Whether the file at `path` exists and may not be written (`chmod a-w`,
/// the read-only attribute): the working group froze it.
fn read_only(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().readonly())
}

/// Removes the temporary files that killed writes left in `dir` (copies of
/// a ledger, with the names in `[private_senders]`); returns how many.
/// Called holding the ledger's lock, under which every write makes and
/// locks its temporary file ([`prepare`]): one that can be locked belongs
/// to no live process. (Best effort: a file that cannot be opened or
/// removed is left.)
fn remove_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX);
        if !ours || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let Ok(file) = std::fs::File::open(entry.path()) else {
            continue;
        };
        if file.try_lock().is_err() {
            // A write in progress.
            continue;
        }
        drop(file);
        if std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Whether `name` looks like a sync client's or editor's conflict copy of
/// the ledger file named `ledger` (`ledger.toml`): the ledger's stem, a
/// separator and more, and its extension: `ledger (1).toml` (OneDrive,
/// Google Drive), `ledger-DESKTOP-BRAM.toml` (OneDrive), `ledger (Bram's
/// conflicted copy).toml` (Dropbox, Nextcloud),
/// `ledger.sync-conflict-20261001-101500-ABC.toml` (Syncthing).
fn conflict_copy_name(ledger: &str, name: &str) -> bool {
    let (stem, ext) = match ledger.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (ledger, String::new()),
    };
    let lower = name.to_lowercase();
    let (stem, ext) = (stem.to_lowercase(), ext.to_lowercase());
    if lower == ledger.to_lowercase() || !lower.ends_with(&ext) {
        return false;
    }
    let Some(rest) = lower.strip_prefix(&stem).and_then(|r| r.strip_suffix(&ext)) else {
        return false;
    };
    rest.len() > 1 && rest.starts_with([' ', '-', '_', '.', '('])
}

/// Files beside the ledger that look like conflict copies of it (see
/// [`conflict_copy_name`]) and hold decisions the ledger lacks or records
/// otherwise: two members saved at the same time and a sync client kept
/// one version as the ledger and the other beside it. One message per
/// copy, naming it, how many such decisions it holds, and how to merge.
pub fn conflict_copies(ledger: &Ledger) -> Vec<String> {
    let target = link_target(&ledger.path).unwrap_or_else(|_| ledger.path.clone());
    let Some(own) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(folder(&target)) else {
        return Vec::new();
    };
    let mut copies: Vec<(String, Vec<String>)> = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !conflict_copy_name(&own, &name) || !entry.path().is_file() {
            continue;
        }
        // (A copy that cannot be read as a ledger is none to merge.)
        let Ok(Some(bytes)) = read_bytes(&entry.path()) else {
            continue;
        };
        let Ok(file) = parse(&entry.path(), &bytes) else {
            continue;
        };
        let differ =
            |a: &Decision, b: &Decision| a.status != b.status || a.answer.trim() != b.answer.trim();
        let lacking: Vec<String> = file
            .decisions
            .iter()
            .filter(|(_, d)| d.is_decided())
            .filter(|(id, d)| {
                let here = ledger.decisions.get(*id).or_else(|| {
                    // Filed under its comment's new id since.
                    ledger
                        .decisions
                        .values()
                        .find(|l| l.previous_ids.iter().any(|p| p == *id))
                });
                here.is_none_or(|l| differ(l, d))
            })
            .map(|(id, _)| id.clone())
            .collect();
        if !lacking.is_empty() {
            copies.push((name, lacking));
        }
    }
    copies.sort();
    copies
        .into_iter()
        .map(|(name, ids)| {
            format!(
                "`{name}` beside the ledger holds {} decision(s) that `{own}` lacks or records \
                 otherwise ({}): it is likely a sync client's conflict copy (two members saved \
                 the ledger at the same time). Merge them into `{own}`: copy those \
                 [decisions.\"…\"] tables over (or record them with `inspraak decide`), then \
                 move `{name}` out of the folder",
                ids.len(),
                ids.join(", ")
            )
        })
        .collect()
}

/// Makes the rename durable (best effort: not every platform can sync a
/// folder).
fn sync_folder(dir: &Path) {
    if let Ok(f) = std::fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

#[cfg(test)]
mod tests;
