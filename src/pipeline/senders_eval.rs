//! Evaluation of what is read about each response's sender against what
//! the maker of a labelled set expected (`tests/eval/<set>/gen/expected_meta.toml`):
//!
//! ```toml
//! deadline = "2026-10-26"        # optional: the consultation's deadline
//! [meta."12-campagnebrief-bewoner-1.txt"]
//! respondent = "H. de Boer"
//! accept = ["Henk de Boer"]      # optional: other right readings
//! kind = "resident"              # council, executive_board, advisory_council, organisation, resident
//! accept_kind = ["organisation"] # optional
//! date = "2026-10-18"
//! private = true                 # optional: a private person (default false)
//! campaign = "julianapark"       # optional: files with the same tag are one campaign
//! late = true                    # optional: by default late when `date` is after `deadline`
//! ```
//!
//! The set is read as the `run` command reads an inbox (the set's folder
//! holds `drafts/` and `responses/`), with an empty ledger and the
//! expected file's deadline as the consultation's, so the respondent, kind
//! and date are what the working group sees. Measures,
//! per set, each over the files of the expected list:
//! - respondent: the name read is the expected one or one of `accept`
//!   (case and spacing aside);
//! - kind: the kind read is `kind` or one of `accept_kind`;
//! - date: the letter's date read is `date`;
//! - private: whether the sender is read as a private person (whose name
//!   public output hides) is as expected (only in a set that says
//!   `private` for some file; there a file without it is no private
//!   person);
//! - late: marked late as expected (only in a set with a `deadline`);
//! - campaign: the other files whose comments share a campaign group with
//!   this file's are exactly the files with the same `campaign` tag (none
//!   for a file without a tag; only in a set that tags some file).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::model::{Consultation, RespondentKind};

/// Where a set keeps what its maker expected, relative to the set's folder.
pub const EXPECTED: &str = "gen/expected_meta.toml";

/// An expected-metadata file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    #[serde(default)]
    deadline: Option<chrono::NaiveDate>,
    meta: BTreeMap<String, ExpectedSender>,
}

/// What is expected of one response file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedSender {
    respondent: String,
    #[serde(default)]
    accept: Vec<String>,
    kind: RespondentKind,
    #[serde(default)]
    accept_kind: Vec<RespondentKind>,
    /// `""` for a letter without a date.
    #[serde(deserialize_with = "date_or_none")]
    date: Option<chrono::NaiveDate>,
    #[serde(default)]
    private: Option<bool>,
    #[serde(default)]
    campaign: Option<String>,
    #[serde(default)]
    late: Option<bool>,
}

/// A date, or none for `""`.
fn date_or_none<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<chrono::NaiveDate>, D::Error> {
    let text = String::deserialize(d)?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    text.trim()
        .parse()
        .map(Some)
        .map_err(serde::de::Error::custom)
}

/// How many files of a set were read right, per measure.
#[derive(Debug, Clone, Default)]
pub struct SenderScores {
    /// The set's name (its folder).
    pub name: String,
    /// Files with an expectation.
    pub files: usize,
    pub respondent: usize,
    pub kind: usize,
    pub date: usize,
    /// Files whose being a private person was measured (none in a set that
    /// says `private` of no file), and how many were read as expected.
    pub private_measured: usize,
    pub private: usize,
    /// Likewise for campaigns (none in a set that tags no file).
    pub campaign_measured: usize,
    pub campaign: usize,
    /// Files whose lateness was measured (none in a set without a
    /// deadline) and how many of them were marked as expected.
    pub late_measured: usize,
    pub late: usize,
    /// One line per measure a file missed: file, measure, read, expected.
    pub misses: Vec<String>,
}

impl SenderScores {
    /// Every measure's misses together.
    pub fn missed(&self) -> usize {
        3 * self.files + self.private_measured + self.campaign_measured + self.late_measured
            - (self.respondent + self.kind + self.date + self.private + self.campaign + self.late)
    }

    /// Sums `other` into `self` (for the overall line).
    pub fn add(&mut self, other: &SenderScores) {
        self.files += other.files;
        self.respondent += other.respondent;
        self.kind += other.kind;
        self.date += other.date;
        self.private_measured += other.private_measured;
        self.private += other.private;
        self.campaign_measured += other.campaign_measured;
        self.campaign += other.campaign;
        self.late_measured += other.late_measured;
        self.late += other.late;
    }
}

/// The sets under `root/tests/eval` that hold an expected-metadata file,
/// sorted.
pub fn sets(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root.join("tests/eval"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join(EXPECTED).is_file())
        .collect();
    out.sort();
    out
}

/// Reads the set in folder `set` and scores it against its expectations.
pub fn evaluate(set: &Path) -> Result<SenderScores> {
    let path = set.join(EXPECTED);
    let raw = std::fs::read_to_string(&path)
        .with_context(|| format!("failed to read `{}`", path.display()))?;
    let expected: Expected =
        toml::from_str(&raw).with_context(|| format!("failed to parse `{}`", path.display()))?;
    let mut inbox = crate::inbox::Inbox::open(set)?;
    inbox.settings.deadline = expected.deadline;
    // An empty ledger that is never saved: its path is not written.
    let ledger = crate::ledger::Ledger::new(&set.join("ledger-of-the-eval.toml"));
    let c = super::build(&inbox, &ledger);
    let name = set
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(score(&name, &expected, &c))
}

/// Scores consultation `c` against the expectations per file.
fn score(name: &str, set: &Expected, c: &Consultation) -> SenderScores {
    let expected = &set.meta;
    let mut s = SenderScores {
        name: name.to_string(),
        files: expected.len(),
        ..SenderScores::default()
    };
    let campaign_mates = campaign_mates(c);
    let measures_private = expected.values().any(|e| e.private.is_some());
    let measures_campaigns = expected.values().any(|e| e.campaign.is_some());
    for (file, want) in expected {
        let Some(r) = c.responses.iter().find(|r| &r.file == file) else {
            s.misses
                .push(format!("{name}/{file}: not read (no such response file)"));
            s.private_measured += usize::from(measures_private);
            s.campaign_measured += usize::from(measures_campaigns);
            s.late_measured += usize::from(set.deadline.is_some());
            continue;
        };
        let mut check = |measure: &str, right: bool, read: String, wanted: String| {
            tally(
                &mut s.misses,
                &format!("{name}/{file}"),
                measure,
                right,
                read,
                wanted,
            )
        };
        let same_name = |a: &str| plain(a) == plain(&r.respondent);
        s.respondent += check(
            "respondent",
            same_name(&want.respondent) || want.accept.iter().any(|a| same_name(a)),
            format!("{:?}", r.respondent),
            format!("{:?}", want.respondent),
        );
        s.kind += check(
            "kind",
            r.kind == want.kind || want.accept_kind.contains(&r.kind),
            format!("{:?}", r.kind),
            format!("{:?}", want.kind),
        );
        s.date += check(
            "date",
            r.date == want.date,
            r.date.map_or("none".to_string(), |d| d.to_string()),
            want.date.map_or("none".to_string(), |d| d.to_string()),
        );
        if measures_private {
            let private = want.private.unwrap_or(false);
            s.private_measured += 1;
            s.private += check(
                "private person",
                r.private_person == private,
                r.private_person.to_string(),
                private.to_string(),
            );
        }
        if let Some(deadline) = set.deadline {
            let late = want.late.unwrap_or(want.date.is_some_and(|d| d > deadline));
            s.late_measured += 1;
            s.late += check("late", r.late == late, r.late.to_string(), late.to_string());
        }
        if measures_campaigns {
            let wanted_mates: BTreeSet<&str> = match &want.campaign {
                Some(tag) => expected
                    .iter()
                    .filter(|(f, e)| *f != file && e.campaign.as_ref() == Some(tag))
                    .map(|(f, _)| f.as_str())
                    .collect(),
                None => BTreeSet::new(),
            };
            let read_mates: BTreeSet<&str> = campaign_mates
                .get(r.file.as_str())
                .map(|m| m.iter().copied().collect())
                .unwrap_or_default();
            s.campaign_measured += 1;
            s.campaign += check(
                "campaign with",
                read_mates == wanted_mates,
                format!("{read_mates:?}"),
                format!("{wanted_mates:?}"),
            );
        }
    }
    s
}

/// 1 when `right`; else 0, and a line in `misses` saying what `at` read
/// for `measure` and what was expected.
fn tally(
    misses: &mut Vec<String>,
    at: &str,
    measure: &str,
    right: bool,
    read: String,
    wanted: String,
) -> usize {
    if !right {
        misses.push(format!("{at}: {measure} {read}, expected {wanted}"));
    }
    usize::from(right)
}

/// Per response file, the other files of its campaign: those whose
/// comments share a campaign group with one of its comments, and so on
/// (a letter whose first point is grouped with a second letter's and whose
/// second point with a third's is one campaign with both).
fn campaign_mates(c: &Consultation) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut files_of_group: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for r in &c.responses {
        for group in r.comments.iter().filter_map(|k| k.group.as_deref()) {
            files_of_group
                .entry(group)
                .or_default()
                .insert(r.file.as_str());
        }
    }
    // Campaigns as disjoint sets of files: each group's files join the
    // campaigns they touch into one.
    let mut campaigns: Vec<BTreeSet<&str>> = Vec::new();
    for files in files_of_group.into_values() {
        let (touched, mut rest): (Vec<_>, Vec<_>) = campaigns
            .into_iter()
            .partition(|campaign| !campaign.is_disjoint(&files));
        let mut joined = files;
        joined.extend(touched.into_iter().flatten());
        rest.push(joined);
        campaigns = rest;
    }
    let mut mates = BTreeMap::new();
    for campaign in &campaigns {
        for &f in campaign {
            let others: BTreeSet<&str> = campaign.iter().copied().filter(|&g| g != f).collect();
            mates.insert(f, others);
        }
    }
    mates
}

/// A name compared case and spacing aside.
fn plain(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests;
