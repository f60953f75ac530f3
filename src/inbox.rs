//! The inbox: where the drafts, the responses and the consultation's
//! settings are found.
//!
//! ```text
//! inbox/
//!   consultation.toml     optional: title, deadline, per-file overrides
//!   drafts/               versions of the vision, oldest first by file name
//!   responses/            one file per submission (.pdf, .txt, .md)
//! ledger.toml             the working group's decisions, beside the inbox
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::RespondentKind;

/// Settings from `inbox/consultation.toml`. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Title of the consultation (defaults to the draft's title).
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
    pub kind: Option<RespondentKind>,
    /// Date of receipt or of the letter.
    #[serde(with = "date_opt")]
    pub date: Option<NaiveDate>,
    /// Force private-person treatment on or off.
    pub private: Option<bool>,
    /// Force the late mark on or off (e.g. an agreed extension).
    pub late: Option<bool>,
}

/// Dates in TOML either bare (`2026-10-15`) or quoted (`"2026-10-15"`).
pub mod date_opt {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Toml(toml::value::Datetime),
        Text(String),
    }

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let text = match Raw::deserialize(d)? {
            Raw::Toml(dt) => dt.to_string(),
            Raw::Text(t) => t,
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
}

impl Inbox {
    /// Reads the inbox at `root`. Fails with a clear message when the folder
    /// or its `drafts/` folder is missing or holds no draft, or when
    /// `consultation.toml` cannot be read.
    pub fn open(root: &Path) -> Result<Inbox> {
        if !root.is_dir() {
            bail!(
                "inbox folder `{}` not found: create it with `drafts/` and `responses/` inside \
                 (see README: Inbox convention), or pass --inbox DIR",
                root.display()
            );
        }
        let settings_path = root.join("consultation.toml");
        let settings = if settings_path.is_file() {
            let text = std::fs::read_to_string(&settings_path)
                .with_context(|| format!("failed to read `{}`", settings_path.display()))?;
            toml::from_str(&text)
                .with_context(|| format!("invalid settings in `{}`", settings_path.display()))?
        } else {
            Settings::default()
        };
        let drafts_dir = root.join("drafts");
        if !drafts_dir.is_dir() {
            bail!(
                "no `drafts/` folder in `{}`: put the consultation draft (and later versions, \
                 oldest first by file name) in `{}`",
                root.display(),
                drafts_dir.display()
            );
        }
        let drafts = list_files(&drafts_dir)?;
        if drafts.is_empty() {
            bail!(
                "`{}` is empty: put the consultation draft there (PDF, .txt or .md)",
                drafts_dir.display()
            );
        }
        let responses_dir = root.join("responses");
        let responses = if responses_dir.is_dir() {
            list_files(&responses_dir)?
        } else {
            Vec::new()
        };
        Ok(Inbox {
            root: root.to_path_buf(),
            settings,
            drafts,
            responses,
        })
    }

    /// The default ledger path: `ledger.toml` beside the inbox folder.
    pub fn default_ledger_path(root: &Path) -> PathBuf {
        let parent = root
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        parent.join("ledger.toml")
    }

    pub fn override_for(&self, file: &str) -> Option<&ResponseOverride> {
        self.settings.responses.get(file)
    }
}

/// Plain files in `dir` (not hidden, not recursive), sorted by name.
fn list_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)
        .with_context(|| format!("failed to read folder `{}`", dir.display()))?
    {
        let entry = entry.with_context(|| format!("failed to read folder `{}`", dir.display()))?;
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if path.is_file() && !hidden {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// File name of `path` as text (lossy for non-UTF-8 names).
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_parse_and_reject_unknown_keys() {
        let s: Settings = toml::from_str(
            r#"
            title = "Regiovisie"
            deadline = 2026-10-15
            [responses."brief jansen.pdf"]
            kind = "resident"
            date = 2026-10-20
            "#,
        )
        .unwrap();
        assert_eq!(s.deadline, NaiveDate::from_ymd_opt(2026, 10, 15));
        assert_eq!(
            s.responses["brief jansen.pdf"].kind,
            Some(RespondentKind::Resident)
        );
        let err = toml::from_str::<Settings>("titel = 'x'").unwrap_err();
        assert!(err.to_string().contains("unknown field"));
    }

    #[test]
    fn missing_drafts_folder_is_explained() {
        let dir = tempfile::tempdir().unwrap();
        let err = Inbox::open(dir.path()).unwrap_err().to_string();
        assert!(err.contains("no `drafts/` folder"), "{err}");
    }
}
