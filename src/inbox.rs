//! The inbox: where the drafts, the responses and the consultation's
//! settings are found.
//!
//! ```text
//! inbox/
//!   consultation.toml     optional: title, deadline, per-file overrides
//!   drafts/               versions of the vision, oldest first by file name
//!   responses/            one file per submission (.pdf, .docx, .txt, .md, .eml)
//! ledger.toml             the working group's decisions, beside the inbox
//! ```
//!
//! Only plain files directly in `drafts/` and `responses/` are read. Hidden
//! files (`.DS_Store`), Office owner files (`~$reactie.docx`) and Windows'
//! `Thumbs.db`/`desktop.ini` are ignored; temporary files (`~WRL0005.tmp`)
//! and other files programs leave are skipped with one warning; sub-folders, devices, pipes and links
//! that point outside the inbox are skipped with a problem naming them, so
//! nothing in the inbox can make the tool read a file elsewhere (or hang on
//! a pipe).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::model::{Problem, RespondentKind};

/// Settings from `inbox/consultation.toml`. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Title of the consultation (defaults to the draft's own title, the
    /// first line of its front matter; none when it has no front matter).
    pub title: Option<String>,
    /// First day of the consultation period.
    #[serde(with = "date_opt")]
    pub period_start: Option<NaiveDate>,
    /// Last day on which responses were accepted; later ones are marked late.
    #[serde(with = "date_opt")]
    pub deadline: Option<NaiveDate>,
    /// Name of the working group, used in letters.
    pub sender: Option<String>,
    /// Per-draft settings, keyed by file name in `drafts/`.
    pub drafts: BTreeMap<String, DraftSettings>,
    /// Per-response overrides, keyed by file name in `responses/`.
    pub responses: BTreeMap<String, ResponseOverride>,
    /// Groups of related terms of the consultation's own field, one string
    /// per group with its members separated by `|` (as in
    /// `data/related_terms.txt`), added to the built-in ones when comments
    /// are linked by topic.
    pub related_terms: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DraftSettings {
    /// Label of this version ("Inspraakversie", "Definitief").
    pub label: Option<String>,
}

/// What the working group knows better than the tool about a response.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ResponseOverride {
    pub respondent: Option<String>,
    /// English (`resident`) or Dutch (`inwoner`): see
    /// [`RespondentKind::from_setting`].
    #[serde(deserialize_with = "kind_opt")]
    pub kind: Option<RespondentKind>,
    /// Date of the letter, when the tool misread it or found none.
    #[serde(with = "date_opt")]
    pub date: Option<NaiveDate>,
    /// Date of receipt: decides lateness instead of the letter's date,
    /// which is kept.
    #[serde(with = "date_opt")]
    pub received: Option<NaiveDate>,
    /// Force private-person treatment on or off.
    pub private: Option<bool>,
    /// Force the late mark on or off (e.g. an agreed extension).
    pub late: Option<bool>,
    /// The working group read the file and it makes no point to answer
    /// (a cover note, a thank-you): no warning, no `check` finding.
    pub no_points: Option<bool>,
}

/// A respondent kind by any of its English or Dutch names; an unknown one
/// is an error that lists the accepted names.
fn kind_opt<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<RespondentKind>, D::Error> {
    let name = String::deserialize(d)?;
    RespondentKind::from_setting(&name)
        .map(Some)
        .ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown kind `{name}`; use one of: {}",
                RespondentKind::setting_choices()
            ))
        })
}

/// Dates in TOML either bare (`2026-10-15`) or quoted (`"2026-10-15"`);
/// any other value (`20261015`, `2026`, `true`) is an error that says how
/// to write a date.
pub mod date_opt {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let text = match toml::Value::deserialize(d)? {
            toml::Value::Datetime(dt) => dt.to_string(),
            toml::Value::String(t) => t,
            other => other.to_string(),
        };
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                serde::de::Error::custom(format!("`{text}` is not a date like 2026-10-15"))
            })
    }
}

/// The files of one consultation.
#[derive(Debug, Clone)]
pub struct Inbox {
    pub root: PathBuf,
    pub settings: Settings,
    /// Versions of the vision, oldest first.
    pub drafts: Vec<PathBuf>,
    /// Submissions, sorted by file name.
    pub responses: Vec<PathBuf>,
    /// Entries that are not read, and why (a sub-folder, a link out of the
    /// inbox, no `responses/` folder): reported with the run's problems.
    pub skipped: Vec<Problem>,
    /// For a response file without a `[responses."…"]` table of its own,
    /// the table of a file that is byte for byte the same (the one letter
    /// submitted twice): the settings describe the letter, whichever of
    /// the files is kept as the submission ([`crate::pipeline::drop_copies`]).
    pub twin_tables: BTreeMap<String, String>,
}

impl Inbox {
    /// Reads the inbox at `root`. Fails with a clear message when the folder
    /// or its `drafts/` folder is missing or holds no draft, or when
    /// `consultation.toml` cannot be read.
    pub fn open(root: &Path) -> Result<Inbox> {
        if root.exists() && !root.is_dir() {
            bail!(
                "inbox `{}` is a file, not a folder: pass the folder that holds `drafts/` and \
                 `responses/` with --inbox DIR (a draft goes in its `drafts/`, a response in its \
                 `responses/`; see README: Inbox convention)",
                root.display()
            );
        }
        if !root.is_dir() {
            bail!(
                "inbox folder `{}` not found: create it with `drafts/` and `responses/` inside \
                 (see README: Inbox convention), or pass --inbox DIR",
                root.display()
            );
        }
        let settings_path = root.join("consultation.toml");
        let settings = if settings_path.is_file() {
            read_settings(&settings_path)?
        } else {
            Settings::default()
        };
        let drafts_dir = root.join("drafts");
        for (dir, holds) in [
            (&drafts_dir, "the consultation draft and its later versions"),
            (&root.join("responses"), "one file per submission"),
        ] {
            if dir.exists() && !dir.is_dir() {
                bail!(
                    "`{}` is a file, not a folder: move it aside and make a folder there that \
                     holds {holds}",
                    dir.display()
                );
            }
        }
        if !drafts_dir.is_dir() {
            bail!(
                "no `drafts/` folder in `{}`: put the consultation draft (and later versions, \
                 oldest first by file name) in `{}`",
                root.display(),
                drafts_dir.display()
            );
        }
        let mut skipped = Vec::new();
        let drafts = list_files(root, &drafts_dir, &mut skipped)?;
        if drafts.is_empty() {
            bail!(
                "`{}` holds no draft: put the consultation draft there (PDF, .docx, .txt or .md)",
                drafts_dir.display()
            );
        }
        if let Some(message) = unordered_drafts(&drafts) {
            skipped.push(Problem {
                kind: crate::model::ProblemKind::Setup,
                file: "drafts/".into(),
                message,
            });
        }
        let responses_dir = root.join("responses");
        let responses = if responses_dir.is_dir() {
            list_files(root, &responses_dir, &mut skipped)?
        } else {
            skipped.push(Problem {
                kind: crate::model::ProblemKind::Setup,
                file: "responses/".into(),
                message: format!(
                    "no `responses/` folder in `{}`: the memo has no responses; put one file \
                     per submission in `{}`",
                    root.display(),
                    responses_dir.display()
                ),
            });
            Vec::new()
        };
        if responses.is_empty() && responses_dir.is_dir() {
            skipped.push(Problem {
                kind: crate::model::ProblemKind::Setup,
                file: "responses/".into(),
                message: format!(
                    "`{}` is empty: the memo has no responses; put one file per submission there \
                     (PDF, .docx, .txt, .md or .eml)",
                    responses_dir.display()
                ),
            });
        }
        for (folder, files) in unknown_folders(root) {
            let what = if !responses_dir.is_dir() {
                format!(
                    "if they are the submissions, rename the folder to `responses` (or move them \
                     into `{}`)",
                    responses_dir.display()
                )
            } else if responses.is_empty() {
                format!(
                    "if they are the submissions, move them into `{}`",
                    responses_dir.display()
                )
            } else {
                format!(
                    "move submissions into `{}` and later versions of the vision into `{}`, or \
                     move the folder out of the inbox",
                    responses_dir.display(),
                    drafts_dir.display()
                )
            };
            skipped.push(Problem {
                kind: crate::model::ProblemKind::Setup,
                file: format!("{folder}/"),
                message: format!(
                    "`{folder}/` holds {files} file(s) that are not read: the tool reads only \
                     `drafts/` and `responses/` in the inbox; {what}"
                ),
            });
        }
        let twin_tables = twin_tables(&settings, &responses);
        Ok(Inbox {
            root: root.to_path_buf(),
            settings,
            drafts,
            responses,
            skipped,
            twin_tables,
        })
    }

    /// Leaves the files `held_back` out, as if they were not there yet
    /// (a new file still being copied in while `run --watch` updates the
    /// rest). Paths are compared however they were named.
    pub fn hold_back(&mut self, held_back: &[PathBuf]) {
        if held_back.is_empty() {
            return;
        }
        let full = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        let held: Vec<PathBuf> = held_back.iter().map(|p| full(p)).collect();
        self.responses.retain(|p| !held.contains(&full(p)));
        self.drafts.retain(|p| !held.contains(&full(p)));
    }

    /// The default ledger path: `ledger.toml` beside the inbox folder.
    pub fn default_ledger_path(root: &Path) -> PathBuf {
        folder_beside(root).join("ledger.toml")
    }

    /// What `consultation.toml` sets for the response file `file`: a
    /// `respondent` of only spaces names nobody and is not used (the name
    /// read from the letter stands; [`Inbox::unmatched_settings`] warns
    /// about it), and one with spaces around it is trimmed.
    pub fn override_for(&self, file: &str) -> Option<ResponseOverride> {
        let mut ov = table_for(&self.settings.responses, file)
            .or_else(|| {
                let twin = self.twin_tables.get(file)?;
                self.settings.responses.get(twin)
            })?
            .clone();
        ov.respondent = ov
            .respondent
            .as_deref()
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_string);
        Some(ov)
    }

    /// The `[responses."…"]` table of the response file `file` itself
    /// (not one of a file it is a copy of).
    pub fn own_table(&self, file: &str) -> Option<&ResponseOverride> {
        table_for(&self.settings.responses, file)
    }

    /// What `consultation.toml` sets for the draft file `file`.
    pub fn draft_settings(&self, file: &str) -> Option<&DraftSettings> {
        table_for(&self.settings.drafts, file)
    }

    /// A message for each `[drafts."…"]` or `[responses."…"]` table of
    /// `consultation.toml` that names no file in its folder (the file was
    /// renamed or taken out): its settings no longer apply. Nothing for a
    /// folder without files (that is reported on its own). And one for
    /// each `respondent` that is empty or only spaces: it is not used.
    pub fn unmatched_settings(&self) -> Vec<String> {
        let mut out = self.unmatched_tables();
        out.extend(
            self.settings
                .responses
                .iter()
                .filter(|(_, ov)| ov.respondent.as_ref().is_some_and(|n| n.trim().is_empty()))
                .map(|(key, _)| {
                    format!(
                        "[responses.\"{key}\"] sets an empty respondent, which names nobody, so \
                         it is not used: the sender read from the letter stands; fill in the \
                         sender's name or remove the line"
                    )
                }),
        );
        out
    }

    /// The tables of [`Inbox::unmatched_settings`] that name no file.
    fn unmatched_tables(&self) -> Vec<String> {
        let names = |files: &[PathBuf]| -> HashSet<String> {
            files.iter().map(|p| name_key(&file_name(p))).collect()
        };
        let (drafts, responses) = (names(&self.drafts), names(&self.responses));
        let tables = self
            .settings
            .drafts
            .keys()
            .map(|k| ("drafts", k, &drafts))
            .chain(
                self.settings
                    .responses
                    .keys()
                    .map(|k| ("responses", k, &responses)),
            );
        // A folder with no file at all is reported as such already.
        tables
            .filter(|(_, key, files)| !files.is_empty() && !files.contains(&name_key(key)))
            .map(|(folder, key, _)| {
                format!(
                    "[{folder}.\"{key}\"] names no file in {folder}/, so its settings are not \
                     used; if the file was renamed, rename the table to the new file name, \
                     otherwise remove it"
                )
            })
            .collect()
    }
}

/// A file name as it is compared with the names of `consultation.toml`'s
/// tables and with a name typed on the command line: in Unicode NFC. A
/// name looks the same in either form, but a Mac (and a zip made on one)
/// writes `é` as `e` and an accent (NFD), where an editor or a terminal
/// writes the one character `é`.
pub fn name_key(name: &str) -> String {
    name.nfc().collect()
}

/// The table of `tables` for the file `file`: the one named exactly so,
/// else one whose name is the same in Unicode NFC ([`name_key`]).
fn table_for<'a, T>(tables: &'a BTreeMap<String, T>, file: &str) -> Option<&'a T> {
    tables.get(file).or_else(|| {
        let key = name_key(file);
        tables
            .iter()
            .find(|(name, _)| name_key(name) == key)
            .map(|(_, table)| table)
    })
}

/// [`Inbox::twin_tables`]: each response file without a table of its own
/// that is byte for byte the same as a file with one, and that table's
/// key. Only files with a table are read, and only the files of their size
/// compared with them; empty files are no letter and have no twins.
fn twin_tables(settings: &Settings, responses: &[PathBuf]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if settings.responses.is_empty() {
        return out;
    }
    let size = |p: &PathBuf| std::fs::metadata(p).map(|m| m.len()).ok();
    let named: Vec<(String, &PathBuf)> = responses.iter().map(|p| (file_name(p), p)).collect();
    let (with, without): (Vec<_>, Vec<_>) = named
        .iter()
        .partition(|(name, _)| table_for(&settings.responses, name).is_some());
    for (name, path) in &with {
        let Some(key) = settings
            .responses
            .keys()
            .find(|k| k.as_str() == name || name_key(k) == name_key(name))
        else {
            continue;
        };
        let Some(len) = size(path).filter(|&n| n > 0) else {
            continue;
        };
        let mut bytes = None;
        for (other, other_path) in &without {
            if out.contains_key(other) || size(other_path) != Some(len) {
                continue;
            }
            if bytes.is_none() {
                bytes = std::fs::read(path).ok();
            }
            let same = bytes
                .as_ref()
                .is_some_and(|b| std::fs::read(other_path).is_ok_and(|o| o == *b));
            if same {
                out.insert(other.clone(), key.clone());
            }
        }
    }
    out
}

/// Reads `consultation.toml` at `path`: settings that cannot be used are
/// an error naming the file and what to correct.
fn read_settings(path: &Path) -> Result<Settings> {
    let bytes =
        std::fs::read(path).with_context(|| format!("failed to read `{}`", path.display()))?;
    let text = match settings_text(&bytes) {
        Ok(text) => text,
        Err(message) => bail!("invalid settings in `{}`: {message}", path.display()),
    };
    let settings: Settings = toml::from_str(text)
        .with_context(|| format!("invalid settings in `{}`", path.display()))?;
    if let Some(message) = settings.period_error() {
        bail!("invalid settings in `{}`: {message}", path.display());
    }
    Ok(settings)
}

/// The text of `consultation.toml`, or where and why it is not UTF-8
/// text: the line and column of the first byte that is not (a file saved
/// as "ANSI", Windows-1252, or as "Unicode", UTF-16, by Notepad), and how
/// to save it as UTF-8. The settings are not guessed from another
/// encoding: file names in them must match exactly.
fn settings_text(bytes: &[u8]) -> std::result::Result<&str, String> {
    let e = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e,
    };
    let what = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        "UTF-16 text (\"Unicode\" in Notepad)"
    } else {
        "in another encoding (such as Windows-1252, \"ANSI\" in Notepad)"
    };
    let before = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Err(format!(
        "line {line}, column {column}: the file is not UTF-8 text but {what}; save it as UTF-8 \
         (in Notepad: File, Save as, Encoding: UTF-8) and run again"
    ))
}

impl Settings {
    /// What is wrong with the consultation period: a `deadline` before
    /// `period_start` (a typo in a year, say) would mark every response
    /// late and print a period that ends before it begins.
    pub fn period_error(&self) -> Option<String> {
        let (start, deadline) = (self.period_start?, self.deadline?);
        (deadline < start).then(|| {
            format!(
                "deadline = {deadline} lies before period_start = {start}, so the \
                 consultation would close before it opened (and every response would count as \
                 late): correct the year or date of one of them"
            )
        })
    }
}

/// A warning when two or more drafts have no number in front of their
/// names (`inspraakversie.pdf`, `definitief.pdf`): versions are read oldest
/// first by file name, which orders such names by the alphabet, not by
/// when they were written, and nothing else (not `consultation.toml`)
/// sets the order.
fn unordered_drafts(drafts: &[PathBuf]) -> Option<String> {
    let names: Vec<String> = drafts.iter().map(|p| file_name(p)).collect();
    let unnumbered: Vec<&String> = names
        .iter()
        .filter(|n| !n.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    if unnumbered.len() < 2 {
        return None;
    }
    let quoted = |list: &[&String]| {
        list.iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let all: Vec<&String> = names.iter().collect();
    Some(format!(
        "the drafts {} have no number in front of their names, so their order is that of the \
         alphabet: the versions are read in the order {} (oldest first, the last is the newest \
         version). If that is not the order in which they were written, put a number in front \
         of each draft's name, oldest first (`01-inspraakversie.pdf`, `02-definitief.pdf`; see \
         README: Inbox convention), and rename their `[drafts.\"…\"]` tables in \
         `consultation.toml` with them; the order cannot be set in `consultation.toml`",
        quoted(&unnumbered),
        quoted(&all)
    ))
}

/// The inbox's sub-folders other than `drafts/` and `responses/` that hold
/// files, with how many (not counting system files or files programs
/// leave): files in them are read by no command, so letters put in
/// `reacties/` instead of `responses/` are named rather than silently
/// left out. Hidden folders are not counted, nor the tool's own output
/// (a folder holding `consultation.json`, made with `--out` inside the
/// inbox).
fn unknown_folders(root: &Path) -> Vec<(String, usize)> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return Vec::new();
    };
    // `Responses/` on a file system that ignores case is `responses/`.
    let known: Vec<PathBuf> = ["drafts", "responses"]
        .iter()
        .filter_map(|n| root.join(n).canonicalize().ok())
        .collect();
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = os_text(&entry.file_name());
        if name.starts_with('.') || name == "drafts" || name == "responses" {
            continue;
        }
        let path = entry.path();
        if !path.is_dir()
            || path.join("consultation.json").is_file()
            || path.canonicalize().is_ok_and(|p| known.contains(&p))
        {
            continue;
        }
        let Ok(inside) = std::fs::read_dir(&path) else {
            continue;
        };
        let files = inside
            .flatten()
            .filter(|e| {
                let n = os_text(&e.file_name());
                !is_system_file(&n) && !is_program_file(&n) && e.path().is_file()
            })
            .count();
        if files > 0 {
            out.push((name, files));
        }
    }
    out.sort();
    out
}

/// Files no one submits: hidden files (`.DS_Store`, LibreOffice's
/// `.~lock.*#`), the owner files Word and Excel leave beside an open
/// document (`~$reactie.docx`) and Windows' folder files (`Thumbs.db`,
/// `desktop.ini`).
fn is_system_file(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with("~$")
        || name.eq_ignore_ascii_case("thumbs.db")
        || name.eq_ignore_ascii_case("desktop.ini")
}

/// Files programs leave behind in a folder that no one submits, but that
/// are not hidden: Word's temporary save files (`~WRL0005.tmp`, any
/// `.tmp`), the `Icon\r` of a Mac folder with a custom icon, Windows'
/// `ehthumbs.db`, a Mac's save-backups (`reactie.docx.sb-1a2b3c4d-XyZ`),
/// Word's backup and AutoRecover copies (`.wbk`, `.asd`), the backups
/// and autosaves text editors leave beside the file being edited
/// (`brief.txt~`, `#brief.txt#`) and alternate data streams copied out as
/// files (`reactie.pdf:Zone.Identifier`). Left after a crash or on a shared
/// folder; skipped with one warning.
fn is_program_file(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".tmp")
        || lower.ends_with(".wbk")
        || lower.ends_with(".asd")
        || (name.len() > 1 && name.ends_with('~'))
        || (name.len() > 2 && name.starts_with('#') && name.ends_with('#'))
        || name == "Icon\r"
        || lower == "ehthumbs.db"
        || lower == "ehthumbs_vista.db"
        || lower
            .rsplit_once(".sb-")
            .is_some_and(|(stem, tail)| !stem.is_empty() && !tail.is_empty() && !tail.contains('.'))
        || is_stream_copy(name)
}

/// A file's alternate data stream copied out as a file of its own
/// (`reactie.pdf:Zone.Identifier`, Windows' mark on a downloaded file,
/// left when copying to a Samba share or WSL; `brief.docx:com.dropbox.attrs`,
/// `reactie.pdf:Zone.Identifier:$DATA`): a file name with its extension,
/// a colon, and the stream's name. Windows allows no colon in a file name,
/// so no one names a letter so; a Mac's name with a colon (`reactie
/// 12:10.pdf`, a slash in Finder) has no extension before it.
fn is_stream_copy(name: &str) -> bool {
    let Some((file, stream)) = name.split_once(':') else {
        return false;
    };
    let extension = file.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.trim().is_empty()
            && (1..=5).contains(&ext.len())
            && ext.chars().all(|c| c.is_ascii_alphanumeric())
    });
    let lower = stream.to_lowercase();
    !stream.trim().is_empty()
        && (extension || lower == "zone.identifier" || lower.ends_with(":$data"))
}

/// Plain files in `dir` (not hidden, not recursive), sorted by name. Links
/// are followed only when they lead to a file inside `root`; other entries
/// are listed in `skipped`.
fn list_files(root: &Path, dir: &Path, skipped: &mut Vec<Problem>) -> Result<Vec<PathBuf>> {
    let folder = dir.file_name().map(|n| n.to_string_lossy().into_owned());
    let folder = folder.unwrap_or_default();
    let real_root = root
        .canonicalize()
        .with_context(|| format!("failed to read folder `{}`", root.display()))?;
    let mut files = Vec::new();
    let mut left_by_programs = Vec::new();
    for entry in std::fs::read_dir(dir)
        .with_context(|| format!("failed to read folder `{}`", dir.display()))?
    {
        let entry = entry.with_context(|| format!("failed to read folder `{}`", dir.display()))?;
        let name = os_text(&entry.file_name());
        if is_system_file(&name) {
            continue;
        }
        if is_program_file(&name) {
            left_by_programs.push(format!("`{}`", name.escape_debug()));
            continue;
        }
        let path = entry.path();
        // The kind as the folder listing gives it (no system call per file
        // on most file systems).
        let kind = entry
            .file_type()
            .or_else(|_| std::fs::symlink_metadata(&path).map(|meta| meta.file_type()));
        match why_not_read(&path, kind, &real_root) {
            None => files.push(path),
            Some((kind, reason)) => skipped.push(Problem {
                kind,
                file: format!("{folder}/{name}"),
                message: format!("`{name}` is skipped: {reason}"),
            }),
        }
    }
    if !left_by_programs.is_empty() {
        left_by_programs.sort();
        skipped.push(Problem {
            kind: crate::model::ProblemKind::Skipped,
            file: format!("{folder}/"),
            message: format!(
                "{} {} skipped: temporary or system files that programs (Word, Finder, \
                 Windows) leave beside documents, no submission; delete them to keep this \
                 warning away",
                left_by_programs.join(", "),
                if left_by_programs.len() == 1 {
                    "is"
                } else {
                    "are"
                }
            ),
        });
    }
    files.sort();
    Ok(without_twin_names(files, &folder, skipped))
}

/// `files` less those whose name, read as text, is the name of another
/// file: one whose name is not UTF-8 is read as Windows-1252 ([`os_text`]),
/// and may come out as the UTF-8 name of a file beside it. Responses are
/// known by their names (ledger, `consultation.toml`), so the UTF-8 one is
/// read and the other reported.
fn without_twin_names(
    files: Vec<PathBuf>,
    folder: &str,
    skipped: &mut Vec<Problem>,
) -> Vec<PathBuf> {
    let is_utf8 = |p: &PathBuf| p.file_name().is_none_or(|n| n.to_str().is_some());
    let taken: HashSet<String> = files
        .iter()
        .filter(|p| is_utf8(p))
        .map(|p| file_name(p))
        .collect();
    files
        .into_iter()
        .filter(|p| {
            let name = file_name(p);
            let twin = !is_utf8(p) && taken.contains(&name);
            if twin {
                skipped.push(Problem {
                    kind: crate::model::ProblemKind::Skipped,
                    file: format!("{folder}/{name}"),
                    message: format!(
                        "`{name}` is skipped: its name is not UTF-8 and reads as the name of \
                         another file in {folder}/; rename one of them"
                    ),
                });
            }
            !twin
        })
        .collect()
}

/// Why the inbox entry at `path`, of the kind `kind` (not following a
/// link), is not read, or `None` to read it.
fn why_not_read(
    path: &Path,
    kind: std::io::Result<std::fs::FileType>,
    real_root: &Path,
) -> Option<(crate::model::ProblemKind, String)> {
    use crate::model::ProblemKind;
    let kind = match kind {
        Ok(kind) => kind,
        Err(e) => {
            return Some((
                ProblemKind::Skipped,
                format!("it could not be inspected ({e})"),
            ))
        }
    };
    if kind.is_file() {
        return None;
    }
    why_not_a_file(path, kind, real_root).map(|reason| (ProblemKind::Skipped, reason))
}

/// Why an entry that is not a plain file is not read; `None` for a link
/// to a file inside the inbox.
fn why_not_a_file(path: &Path, kind: std::fs::FileType, real_root: &Path) -> Option<String> {
    if kind.is_dir() {
        return Some(
            "it is a folder; sub-folders are not read: move its files up into the folder".into(),
        );
    }
    if !kind.is_symlink() {
        return Some("it is not a regular file (a pipe or device): replace it by a file".into());
    }
    match path.canonicalize() {
        Err(_) => Some("it is a link to nothing (broken link): replace it by the file".into()),
        // The target is not named: the message reaches the public outputs,
        // and a path on the working group's computer does not belong there.
        Ok(target) if !target.starts_with(real_root) => Some(
            "it is a link to a file outside the inbox: copy the file into the inbox instead".into(),
        ),
        Ok(target) if !target.is_file() => Some(
            "it is a link to something that is not a file: replace it by the file itself".into(),
        ),
        Ok(_) => None,
    }
}

/// File name of `path` as text (see [`os_text`]).
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(os_text)
        .unwrap_or_else(|| path.display().to_string())
}

/// A file name as text. A name that is not UTF-8 was, in practice, written
/// by a system using a Western single-byte encoding (an old Windows share,
/// a zip file unpacked as is), so it is read as Windows-1252: `M\xfcller`
/// is `Müller`, not `M�ller`. Every byte has its own character there, so
/// two such names never read the same.
pub fn os_text(name: &std::ffi::OsStr) -> String {
    if let Some(text) = name.to_str() {
        return text.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(name.as_bytes())
            .0
            .into_owned()
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
}

/// The folder that holds the inbox `root`, where the ledger and the cache
/// live. A path such as `inbox` or `../inbox` names it as written; one
/// that ends in `.` or `..` (`--inbox .` from inside the inbox) has no
/// such parent in its text, so the path is resolved first: `.` is beside
/// `..`, not inside the inbox itself.
pub fn folder_beside(root: &Path) -> PathBuf {
    use std::path::Component;
    if let Some(Component::Normal(_)) = root.components().next_back() {
        let parent = root.parent().unwrap_or(Path::new(""));
        return if parent.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            parent.to_path_buf()
        };
    }
    match std::fs::canonicalize(root) {
        Ok(full) => full.parent().map_or(full.clone(), Path::to_path_buf),
        // An inbox that cannot be resolved is not read either; its
        // parent in the text is the best guess.
        Err(_) => root.join(".."),
    }
}

#[cfg(test)]
mod tests;
