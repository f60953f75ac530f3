//! Stage 5, ledger: the working group's decisions per comment, kept in a
//! human-readable TOML file beside the inbox and carried across re-runs.
//!
//! The ledger is the working group's only copy of weeks of work, so it is
//! handled with care:
//!
//! - decisions are keyed on stable comment ids ([`crate::ids`]); a decision
//!   whose id is gone is re-attached by text similarity ([`attach`]) or kept
//!   as orphaned, never dropped;
//! - writes are atomic with a backup and refuse to overwrite a file another
//!   program changed since it was read ([`store`]);
//! - a decision on one comment of a campaign group applies to the group.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{Comment, Consultation, MemoNumber, Response, Status};

pub mod attach;
pub mod check;
pub mod matrix;
pub mod progress;
pub mod refs;
pub mod store;

pub use attach::{Attachment, GroupConflict, Unconfirmed};
pub use store::{Error, PreparedWrite};

/// Keeps `text`, a text `d`'s point read before (not `now`), in its
/// `scrub_also`: the names in it stay out of its answer, summary and theme
/// in public output once the point reads without them.
fn keep_for_scrubbing(d: &mut Decision, text: String, now: &str) {
    if !text.trim().is_empty() && text != now && !d.scrub_also.contains(&text) {
        d.scrub_also.push(text);
    }
}

/// Keeps in a campaign decision's `scrub_also` the other texts of the
/// letter it was made on (while that letter is in the inbox), when the
/// decision has a text of the working group (an answer, a summary, a
/// theme) that may name someone that letter named (`mijn zus Fleur` in a
/// paragraph of its own). While the letter is there its names stay out of
/// the group's answer anyway ([`crate::privacy::Scrubber::learning_groups`]);
/// once it is withdrawn and the decision passes to another member's point,
/// the names learnt from these texts still do. Whether any was new.
fn keep_letter_texts(d: &mut Decision, consultation: &Consultation) -> bool {
    let campaign = d.group_size.is_some_and(|n| n > 1) || d.members.len() > 1;
    let has_text = |t: Option<&str>| t.is_some_and(|t| !t.trim().is_empty());
    if !campaign
        || !(has_text(Some(&d.answer))
            || has_text(d.summary.as_deref())
            || has_text(d.theme.as_deref()))
    {
        return false;
    }
    let Some(letter) = consultation
        .responses
        .iter()
        .find(|r| attach::same_letter(d, r))
    else {
        return false;
    };
    let before = d.scrub_also.len();
    let now = d.comment.clone();
    for com in &letter.comments {
        keep_for_scrubbing(d, com.text.clone(), &now);
    }
    d.scrub_also.len() > before
}

/// One recorded decision, with the comment text it was made on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    #[serde(with = "status_words")]
    pub status: Status,
    #[serde(default)]
    pub answer: String,
    /// Theme or label for grouping in the memo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Section (of the newest version) that carries the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_ref: Option<String>,
    /// Title of that section when it was recorded: when a newer version
    /// renumbers its sections, the reference follows it (see [`refs`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_ref_title: Option<String>,
    /// The file of the newest version when `change_ref` was recorded: a
    /// section that version had and a later one removed is a reference
    /// lost, not a reference to a removed section (see [`refs`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_ref_version: Option<String>,
    /// The sections of the consultation draft the comment is about, as the
    /// working group chose them: they replace the tool's links (an empty
    /// list: about no section, "Algemeen" in the memo). Absent: the tool's
    /// links stand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<String>>,
    /// The consultation draft's titles of `sections` when they were
    /// chosen, in their order: when the draft is replaced by one that
    /// numbers differently, a chosen section follows its title, and one
    /// whose number now names another section is reported, never silently
    /// moved (see [`refs::follow_chosen`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub section_titles: Vec<String>,
    /// Short summary replacing the full comment text in the memo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Day the decision was last changed.
    #[serde(
        default,
        with = "crate::inbox::date_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<NaiveDate>,
    /// Respondent when the decision was made.
    #[serde(default)]
    pub respondent: String,
    /// Response file when the decision was made.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// Number of comments of the campaign group the decision applied to
    /// when it was made (absent for a single comment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_size: Option<usize>,
    /// Response files whose comments this campaign decision has covered
    /// (recorded when it is made and by each run that finds more members):
    /// a member whose point changed so that it left the campaign is
    /// reported, not silently reopened (see [`Attachment::apply`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// Ids this decision was filed under before it was re-attached.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_ids: Vec<String>,
    /// The comment text the decision was made on (updated on re-attachment).
    #[serde(default)]
    pub comment: String,
    /// The text the decision was made on when a re-attachment moved it to
    /// a comment whose words changed (more than layout): kept until the
    /// working group confirms the decision for the new text (`inspraak
    /// decide ID --confirm`, or a new status or answer); `check`, `status`
    /// and `run` report it until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<String>,
    /// Texts this decision was made on that its point no longer reads: the
    /// point before `inspraak decide --move` or a confirmed rewording, and
    /// another respondent's texts when `--to-other-respondent` moved it
    /// here. The names scrubbing learns from them go from its answer,
    /// summary and theme in public output too (they were written to that
    /// text: `Wij hebben met Joop gesproken` after the letter dropped
    /// `mijn man Joop`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scrub_also: Vec<String>,
    /// Day an orphaned decision was dropped with `inspraak decide --drop`
    /// (only in the ledger's `[dropped]` table, kept there as a record).
    #[serde(
        default,
        with = "crate::inbox::date_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub dropped: Option<NaiveDate>,
}

impl Decision {
    /// Whether the comment counts as decided (a status other than open).
    pub fn is_decided(&self) -> bool {
        self.status != Status::Open
    }
}

/// What a `decide` or an import changes in a decision; `None` leaves the
/// field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Update {
    pub status: Option<Status>,
    pub answer: Option<String>,
    pub theme: Option<String>,
    pub change_ref: Option<String>,
    /// The title of the section `change_ref` names, as it was given (a
    /// removed section whose number another took); `None`: the title of
    /// the section with that number (see [`refs::title_of`]).
    pub change_ref_title: Option<String>,
    pub summary: Option<String>,
    /// `Some(None)` clears the working group's sections (the tool's links
    /// stand again), `Some(Some(list))` sets them.
    pub sections: Option<Option<Vec<String>>>,
    pub author: Option<String>,
    pub date: Option<NaiveDate>,
    /// Confirms a decision re-attached to a reworded comment for its new
    /// text (clears [`Decision::decided_on`]); a new status or answer
    /// does so too.
    pub confirm: bool,
}

impl Update {
    /// Applies the update; returns whether anything changed (author and
    /// date do not count as a change on their own).
    pub fn apply_to(&self, d: &mut Decision) -> bool {
        let before = d.clone();
        if let Some(s) = self.status {
            d.status = s;
        }
        if let Some(a) = &self.answer {
            d.answer = unix_line_ends(a);
        }
        set_opt(&mut d.theme, &self.theme);
        set_opt(&mut d.change_ref, &self.change_ref);
        if self.change_ref.is_some() && self.change_ref_title.is_some() {
            // The same number for another section (a removed one whose
            // number another took) is a change too.
            d.change_ref_title = self.change_ref_title.clone();
        }
        set_opt(&mut d.summary, &self.summary);
        if let Some(sections) = &self.sections {
            d.sections = sections.clone();
        }
        let changed = *d != before;
        if changed {
            set_opt(&mut d.author, &self.author);
            if self.date.is_some() {
                d.date = self.date;
            }
        }
        changed
    }
}

/// The working group's sections of a comment as given on the command line
/// or in the comment table: `""` clears them (`None`: the tool's links
/// stand), `-` (or `geen`, `none`) is no section, otherwise the
/// consultation draft's section numbers separated by `,` or `;` (`5.2`,
/// `§ 5.2`, `bijlage 1`, a weak suggestion's `5.3?` as exported), written
/// as the draft numbers them. Unknown numbers are an error naming the
/// draft's sections.
pub fn parse_sections(c: &Consultation, given: &str) -> Result<Option<Vec<String>>, String> {
    let given = given.trim();
    if given.is_empty() {
        return Ok(None);
    }
    if ["-", "geen", "none"].contains(&given.to_lowercase().as_str()) {
        return Ok(Some(Vec::new()));
    }
    let Some(draft) = c.versions.first() else {
        return Err(
            "no consultation draft was read (see `inspraak check`): sections cannot be chosen"
                .to_string(),
        );
    };
    let norm = |s: &str| {
        s.trim()
            .trim_start_matches('§')
            .trim_end_matches('?')
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut chosen: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for part in given.split([',', ';']).filter(|p| !p.trim().is_empty()) {
        match draft
            .sections
            .iter()
            .find(|s| norm(&s.number) == norm(part))
        {
            Some(s) if !chosen.contains(&s.number) => chosen.push(s.number.clone()),
            Some(_) => {}
            None => unknown.push(format!("`{}`", part.trim())),
        }
    }
    if !unknown.is_empty() {
        let known: Vec<&str> = draft.sections.iter().map(|s| s.number.as_str()).collect();
        return Err(format!(
            "the consultation draft `{}` has no section {}; its sections are: {}",
            draft.file,
            unknown.join(", "),
            known.join(", ")
        ));
    }
    Ok(Some(chosen))
}

/// An empty string clears an optional field.
fn set_opt(field: &mut Option<String>, value: &Option<String>) {
    if let Some(v) = value {
        let v = unix_line_ends(v.trim());
        *field = (!v.is_empty()).then_some(v);
    }
}

/// `text` with Windows (`\r\n`) and old Mac (`\r`) line ends as `\n`: an
/// answer typed in Notepad is recorded as the memo shows it, and the
/// ledger and `consultation.json` hold no carriage returns.
fn unix_line_ends(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

/// The decisions file.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub path: PathBuf,
    /// Decisions keyed by comment id (for a campaign group: the group id).
    pub decisions: BTreeMap<String, Decision>,
    /// Response file name → its number in the memo (see
    /// [`Ledger::number_responses`]).
    pub respondents: BTreeMap<String, u32>,
    /// Response id (from its text) → its number: a renamed file keeps its
    /// number (see [`Ledger::number_responses`]).
    pub response_ids: BTreeMap<String, u32>,
    /// Response id → the sender read from that text (not for a letter
    /// whose sender nobody knows): a file name that holds another
    /// person's letter later does not pass the number on (see
    /// [`Ledger::number_responses`]).
    pub response_senders: BTreeMap<String, String>,
    /// Response id → the private person (a resident) read as the sender of
    /// that text: once their letter is taken out of the inbox (withdrawn),
    /// their name still stays out of every public output and the other
    /// respondents' letters, where an answer of the working group may name
    /// them (see [`Ledger::withdrawn_private_names`]). Never published.
    pub private_senders: BTreeMap<String, String>,
    /// Section numbers whose changes are editorial (ambtshalve) and need no
    /// comment to explain them.
    pub editorial: BTreeSet<String>,
    /// Editorial mark → the title of its section when it was marked, so
    /// the mark follows its section when a newer version renumbers (see
    /// [`refs`]).
    pub editorial_titles: BTreeMap<String, String>,
    /// Orphaned decisions the working group dropped (`inspraak decide
    /// --drop`), by the id they were filed under: a record, applied to
    /// nothing and published nowhere.
    pub dropped: BTreeMap<String, Decision>,
    /// Hash of the file's bytes when it was read (`None`: no file).
    loaded: Option<[u8; 32]>,
}

impl Ledger {
    /// An empty ledger that will be written to `path`.
    pub fn new(path: &Path) -> Ledger {
        Ledger {
            path: path.to_path_buf(),
            ..Ledger::default()
        }
    }

    /// Loads the ledger; a missing file is an empty ledger. Invalid TOML is
    /// an error naming the file, line and column.
    pub fn load(path: &Path) -> Result<Ledger, Error> {
        store::load(path)
    }

    /// Writes the ledger atomically, keeping the previous version as
    /// `ledger.toml.bak`. Refuses when the file changed on disk since it
    /// was loaded.
    pub fn save(&mut self) -> Result<(), Error> {
        self.prepare()?.commit(self)
    }

    /// Whether the file holds what this ledger last read from it or wrote
    /// to it: false once another program (a hand edit, `inspraak decide`)
    /// changed it since, or when it cannot be read.
    pub fn file_is_current(&self) -> bool {
        store::is_current(self)
    }

    /// First half of [`Ledger::save`]: checks the file is unchanged and
    /// writes the new content to a synced temporary file beside it.
    pub fn prepare(&self) -> Result<PreparedWrite, Error> {
        store::prepare(self)
    }

    /// Warnings about conflict copies of the ledger beside it (`ledger
    /// (1).toml`, `ledger-DESKTOP-BRAM.toml`) that hold decisions it lacks.
    pub fn conflict_copies(&self) -> Vec<String> {
        store::conflict_copies(self)
    }

    /// Text of the file as [`Ledger::save`] writes it.
    pub fn to_toml(&self) -> Result<String, Error> {
        store::render(self)
    }

    /// Gives every response its number in the memo (`reactie 12.3` is point
    /// 3 of response 12): the number recorded for its file, unless the file
    /// holds another letter now ([`Ledger::another_letter`]: scanners and
    /// web forms reuse names); for a file the ledger does not know, or one
    /// that holds another letter, the number recorded for its text (a
    /// renamed file, a letter put back) or the number of a corrected letter
    /// ([`Ledger::corrected_number`]) when no file of this run has that
    /// number; otherwise the next number after the highest ever given (in
    /// file order). Numbers of removed files are not reused, so a number
    /// once published keeps meaning the same response, and a letter's
    /// number (and pseudonym) never passes to another person's letter under
    /// its file name. Returns how many responses got a new number;
    /// [`Ledger::register`] records them.
    pub fn number_responses(&self, responses: &mut [Response]) -> usize {
        // Above every number recorded for a text too: a file name whose
        // number stayed with the letter it held no longer holds it.
        let mut next = self
            .respondents
            .values()
            .chain(self.response_ids.values())
            .max()
            .copied()
            .unwrap_or(0);
        // Two files with one number by name (a merge that kept both sides,
        // a hand edit): the first in file order keeps it, the others are
        // numbered as files the ledger does not know (the number of their
        // text when that is free, else a new one), and
        // [`Ledger::repeated_numbers`] says so.
        let mut seen: BTreeSet<u32> = BTreeSet::new();
        let own: Vec<Option<u32>> = responses
            .iter()
            .map(|r| {
                self.respondents
                    .get(&r.file)
                    .copied()
                    .filter(|&n| !self.another_letter(r, n))
                    .filter(|&n| seen.insert(n))
            })
            .collect();
        let mut taken: BTreeSet<u32> = own.iter().flatten().copied().collect();
        // Files that hold the letter numbered by their name; a file that
        // holds another letter now counts as gone (its letter may be back
        // under another name, corrected).
        let present: BTreeSet<String> = responses
            .iter()
            .zip(&own)
            .filter(|(_, n)| n.is_some())
            .map(|(r, _)| r.file.clone())
            .collect();
        let mut new = 0;
        for (r, own) in responses.iter_mut().zip(own) {
            r.number = match own {
                Some(n) => n,
                None => match self
                    .renamed_number(r)
                    .or_else(|| self.corrected_number(r, &present))
                    .filter(|n| taken.insert(*n))
                {
                    Some(n) => n,
                    None => {
                        next += 1;
                        new += 1;
                        next
                    }
                },
            };
        }
        new
    }

    /// A message when the ledger gives two of `responses` (numbered by
    /// [`Ledger::number_responses`]) the same number by file name (a merge
    /// that kept both sides of a conflict, a hand edit of `[respondents]`):
    /// the number, its files, and the number each file but the first got.
    pub fn repeated_numbers(&self, responses: &[Response]) -> Option<String> {
        let mut by_number: BTreeMap<u32, Vec<&Response>> = BTreeMap::new();
        for r in responses {
            if let Some(&n) = self.respondents.get(&r.file) {
                by_number.entry(n).or_default().push(r);
            }
        }
        let repeated: Vec<String> = by_number
            .iter()
            .filter(|(_, rs)| rs.len() > 1)
            .map(|(n, rs)| {
                let files: Vec<&str> = rs.iter().map(|r| r.file.as_str()).collect();
                let moved: Vec<String> = rs
                    .iter()
                    .filter(|r| r.number != *n)
                    .map(|r| format!("{} is now {}", r.file, r.number))
                    .collect();
                format!("{n} ({}): {}", files.join(", "), moved.join(", "))
            })
            .collect();
        (!repeated.is_empty()).then(|| {
            format!(
                "[respondents] gives more than one response the same number: {} (a merge that \
                 kept both sides of a conflict, or a hand edit). The file that sorts first keeps \
                 the number and every other response its own; the new number is recorded with \
                 the next write of the ledger: check it before publishing, as a number or \
                 pseudonym published for that file before now names the response that kept it",
                repeated.join("; ")
            )
        })
    }

    /// Whether `r`, a file the ledger numbers `n` by its name, holds
    /// another letter than the one numbered `n` now (a scanner or web form
    /// that reuses its file names: `scan001.pdf`): its text is not one
    /// recorded for `n`, and the sender recorded for those texts is
    /// another than the letter's. A letter corrected in place (same
    /// sender) keeps its number, and so does one whose sender cannot be
    /// compared (not recorded, not known, or a file that cannot be read):
    /// nothing tells it is another letter (a sender's reworded point does
    /// not).
    fn another_letter(&self, r: &Response, n: u32) -> bool {
        if r.id.is_empty()
            || r.status == crate::model::FileStatus::Error
            || self.response_ids.get(&r.id) == Some(&n)
        {
            return false;
        }
        self.sender_matches(r, n) == Some(false)
    }

    /// Whether the sender of `r` is the one recorded for the texts
    /// numbered `n` (any of them: a corrected letter has several); `None`
    /// when either is not known.
    fn sender_matches(&self, r: &Response, n: u32) -> Option<bool> {
        let sender = sender_of(r)?;
        let recorded: Vec<&str> = self
            .response_ids
            .iter()
            .filter(|(_, &m)| m == n)
            .filter_map(|(id, _)| self.response_senders.get(id))
            .map(String::as_str)
            .collect();
        (!recorded.is_empty()).then(|| recorded.iter().any(|s| same_sender(s, sender)))
    }

    /// The file the ledger records as response `number` when none of
    /// `responses` (those in the inbox now) has that number: the file was
    /// removed from the inbox (or renamed away).
    pub fn removed_file(&self, responses: &[Response], number: u32) -> Option<&str> {
        if responses.iter().any(|r| r.number == number) {
            return None;
        }
        self.respondents
            .iter()
            .find(|(file, &n)| n == number && !responses.iter().any(|r| r.file == **file))
            .map(|(file, _)| file.as_str())
    }

    /// A warning when the ledger holds decisions on responses in `responses`
    /// but records no number for them (neither by file nor by text): its
    /// `[respondents]` and `[response_ids]` tables were lost (a hand edit,
    /// a ledger restored from an early copy), so the responses are numbered
    /// anew and a published memo number or pseudonym (`Inwoner 1`) may
    /// now name another response.
    pub fn lost_numbers(&self, responses: &[Response]) -> Option<String> {
        let decided: BTreeSet<&str> = self
            .decisions
            .values()
            .map(|d| d.file.as_str())
            .filter(|f| !f.is_empty())
            .collect();
        let lost: Vec<&str> = responses
            .iter()
            .filter(|r| decided.contains(r.file.as_str()))
            .filter(|r| {
                !self.respondents.contains_key(&r.file)
                    && (r.id.is_empty() || !self.response_ids.contains_key(&r.id))
            })
            .map(|r| r.file.as_str())
            .collect();
        (!lost.is_empty()).then(|| {
            format!(
                "the ledger holds decisions on {} response(s) ({}) but records no number for \
                 them: its [respondents] and [response_ids] tables are missing or incomplete, so \
                 the responses are numbered anew and a memo number or pseudonym (`Inwoner 1`) \
                 published before may now name another response. Restore those tables from \
                 `{}` or an earlier copy of the ledger and run again; `inspraak run` does not \
                 record the new numbers until then (`inspraak decide` or `matrix import` \
                 records them)",
                lost.len(),
                lost.join(", "),
                store::backup_path(&self.path)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "ledger.toml.bak".to_string())
            )
        })
    }

    /// The number recorded for the text of `r`, a file the ledger does not
    /// know by name.
    fn renamed_number(&self, r: &Response) -> Option<u32> {
        (!r.id.is_empty())
            .then(|| self.response_ids.get(&r.id).copied())
            .flatten()
    }

    /// The number of a file that is gone whose decided comments are in `r`
    /// again: a corrected letter saved under another name. At least half
    /// of that file's decided comments (and at least one) must have a
    /// comment in `r` whose text is as alike as a re-attached decision's
    /// ([`attach::THRESHOLD`]); of several such files, the one with the
    /// largest share. A campaign member's points were decided through its
    /// group (the decision filed on another member's point, recording the
    /// file among its `members`): those decisions count for it when the
    /// letter is known to be from the same sender, as other members' letters
    /// make the same points.
    fn corrected_number(&self, r: &Response, present: &BTreeSet<String>) -> Option<u32> {
        if r.comments.is_empty() {
            return None;
        }
        let mut texts: Option<Vec<attach::Prepared>> = None;
        let mut best: Option<(f32, u32)> = None;
        for (file, &n) in &self.respondents {
            // Not its own file (it holds another letter now), nor another
            // person's letter (a campaign letter makes the same points).
            if present.contains(file) || *file == r.file || self.sender_matches(r, n) == Some(false)
            {
                continue;
            }
            let same_sender = self.sender_matches(r, n) == Some(true);
            let decided: Vec<&Decision> = self
                .decisions
                .values()
                .filter(|d| {
                    (d.file == *file || (same_sender && d.members.contains(file)))
                        && !d.comment.is_empty()
                })
                .collect();
            if decided.is_empty() {
                continue;
            }
            let texts = texts.get_or_insert_with(|| {
                r.comments
                    .iter()
                    .map(|c| attach::Prepared::new(&c.text))
                    .collect()
            });
            let found = decided
                .iter()
                .filter(|d| {
                    let old = attach::Prepared::new(&d.comment);
                    texts
                        .iter()
                        .any(|t| t.similarity_if_close(&old) >= attach::THRESHOLD)
                })
                .count();
            let share = found as f32 / decided.len() as f32;
            if share >= 0.5 && best.is_none_or(|(s, _)| share > s) {
                best = Some((share, n));
            }
        }
        best.map(|(_, n)| n)
    }

    /// Records the numbers of responses the ledger does not know yet (as
    /// given by [`Ledger::number_responses`]) and the number of each
    /// response's text; returns how many entries were added. A number the
    /// ledger already gives another file is not recorded again (numbers
    /// are never reused), except for a renamed or corrected file: its old
    /// name, no longer among `responses`, gives its number to the new name.
    /// A file that holds another letter now (numbered anew by
    /// [`Ledger::number_responses`]) is recorded with its new number; its
    /// old number stays with the old letter's text. The sender of each
    /// text is recorded with its number.
    pub fn register(&mut self, responses: &[Response]) -> usize {
        let present: BTreeSet<&str> = responses.iter().map(|r| r.file.as_str()).collect();
        // A file numbered anew (it holds another letter now, or it had a
        // number another file keeps): its entry goes, and it is recorded
        // below with its new number.
        let mut renumbered: BTreeMap<&str, u32> = BTreeMap::new();
        for r in responses.iter().filter(|r| r.number > 0) {
            if let Some(n) = self
                .respondents
                .get(&r.file)
                .copied()
                .filter(|&n| n != r.number)
            {
                self.respondents.remove(&r.file);
                renumbered.insert(&r.file, n);
            }
        }
        let mut used: BTreeSet<u32> = self.respondents.values().copied().collect();
        let mut added = 0;
        for r in responses {
            if r.number == 0 {
                continue;
            }
            if !self.respondents.contains_key(&r.file) {
                // Renamed or corrected: the number of a file that is gone
                // passes to its new name.
                let from_gone = self
                    .respondents
                    .iter()
                    .any(|(f, n)| *n == r.number && !present.contains(f.as_str()));
                if from_gone {
                    self.respondents
                        .retain(|f, n| *n != r.number || present.contains(f.as_str()));
                    used.remove(&r.number);
                }
                if used.insert(r.number) {
                    self.respondents.insert(r.file.clone(), r.number);
                    added += 1;
                }
            }
            if !r.id.is_empty() && self.respondents.get(&r.file) == Some(&r.number) {
                match self.response_ids.entry(r.id.clone()) {
                    std::collections::btree_map::Entry::Vacant(e) => {
                        e.insert(r.number);
                        added += 1;
                    }
                    // Its text had the number another file keeps (two
                    // files given one number): the text has the new one.
                    std::collections::btree_map::Entry::Occupied(mut e)
                        if renumbered.get(r.file.as_str()) == Some(e.get()) =>
                    {
                        e.insert(r.number);
                        added += 1;
                    }
                    std::collections::btree_map::Entry::Occupied(_) => {}
                }
                if let Some(sender) =
                    sender_of(r).filter(|_| self.response_ids.get(&r.id) == Some(&r.number))
                {
                    if let std::collections::btree_map::Entry::Vacant(e) =
                        self.response_senders.entry(r.id.clone())
                    {
                        e.insert(sender.to_string());
                        added += 1;
                    }
                }
            }
        }
        added
    }

    /// Records the private person who sent each of `responses` (by its
    /// text's id, see [`Ledger::private_senders`]); returns how many were
    /// added.
    pub fn record_private_senders(&mut self, responses: &[Response]) -> usize {
        let mut added = 0;
        for r in responses
            .iter()
            .filter(|r| r.private_person && !r.id.is_empty())
        {
            let Some(sender) = sender_of(r) else {
                continue;
            };
            if let std::collections::btree_map::Entry::Vacant(e) =
                self.private_senders.entry(r.id.clone())
            {
                e.insert(sender.to_string());
                added += 1;
            }
        }
        added
    }

    /// The names of private persons whose letters the ledger recorded
    /// ([`Ledger::private_senders`]) and that are no longer among
    /// `responses` (withdrawn, or corrected: the sender of the new text is
    /// among them anyway), sorted, each once. A name that is now a sender
    /// who is no private person (the working group set the letter's `kind`
    /// to an organisation) is left out: it is published as that sender's.
    pub fn withdrawn_private_names(&self, responses: &[Response]) -> Vec<String> {
        let present: BTreeSet<&str> = responses.iter().map(|r| r.id.as_str()).collect();
        let public: BTreeSet<String> = responses
            .iter()
            .filter(|r| !r.private_person)
            .map(|r| crate::ids::normalize(&r.respondent))
            .collect();
        let names: BTreeSet<&str> = self
            .private_senders
            .iter()
            .filter(|(id, _)| !present.contains(id.as_str()))
            .map(|(_, name)| name.trim())
            .filter(|name| !name.is_empty() && !public.contains(&crate::ids::normalize(name)))
            .collect();
        names.into_iter().map(str::to_string).collect()
    }

    /// Records, for each campaign decision, the response files whose
    /// comments it covers now (a campaign letter that arrived since it was
    /// made joins its members); returns how many decisions got a new
    /// member. Members are never removed here: one whose point left the
    /// campaign stays, so that runs keep reporting it until its comment is
    /// decided on its own or its file leaves the inbox.
    ///
    /// It also keeps the texts of the letter each campaign decision was
    /// made on (see [`keep_letter_texts`]), so that the names that letter
    /// gave stay out of the group's answer after it is withdrawn.
    pub fn record_members(&mut self, consultation: &Consultation) -> usize {
        let mut grown = 0;
        for (key, d) in self.decisions.iter_mut() {
            if !d.is_decided() {
                continue;
            }
            let files = group_files(consultation, key);
            let members = files.len() > 1 && add_members(d, files);
            let texts = keep_letter_texts(d, consultation);
            if members || texts {
                grown += 1;
            }
        }
        grown
    }

    /// Brings the comments' copies of their decisions' kept texts
    /// ([`crate::model::DecisionView::scrub_also`]) up to date with the ledger, after
    /// [`Self::record_members`] kept new ones in this run: the comments'
    /// decisions were copied before ([`Self::apply`]), and their public
    /// texts and the keys of the output built from them must be what the
    /// next run, reading them from the ledger, gives (else that run writes
    /// `consultation.json` again, the same bytes under another key).
    pub fn refresh_kept_texts(&self, c: &mut Consultation) {
        for com in c.responses.iter_mut().flat_map(|r| r.comments.iter_mut()) {
            let d = self
                .decisions
                .get(&com.id)
                .or_else(|| com.group.as_deref().and_then(|g| self.decisions.get(g)));
            if let Some(d) = d {
                com.decision.scrub_also = attach::scrub_also_of(d);
            }
        }
    }

    /// Works out which comment each decision belongs to (re-attaching
    /// decisions whose id changed) without changing the ledger.
    pub fn attach(&self, consultation: &Consultation) -> Attachment {
        attach::attach(self, consultation)
    }

    /// Copies each comment's decision into the consultation (campaign
    /// group members inherit the group's decision) and lists re-attached
    /// and orphaned decisions.
    pub fn apply(&self, consultation: &mut Consultation) {
        let attachment = self.attach(consultation);
        attachment.apply(self, consultation);
        consultation.withdrawn_private_names =
            self.withdrawn_private_names(&consultation.responses);
    }

    /// Files re-attached decisions under their comment's new id, keeping
    /// the old id in `previous_ids` and the current text; when the words
    /// changed, the text the decision was made on is kept in `decided_on`
    /// until confirmed. Returns how many moved.
    pub fn settle(&mut self, attachment: &Attachment, consultation: &Consultation) -> usize {
        let texts: BTreeMap<&str, (&Response, &Comment)> = consultation
            .responses
            .iter()
            .flat_map(|r| r.comments.iter().map(move |c| (c.id.as_str(), (r, c))))
            .collect();
        let mut moved = 0;
        for re in &attachment.reattached {
            let Some(mut d) = self.decisions.remove(&re.old_id) else {
                continue;
            };
            if self.decisions.contains_key(&re.new_id) {
                // Cannot happen (re-attachment only targets undecided
                // comments); keep the decision where it was.
                self.decisions.insert(re.old_id.clone(), d);
                continue;
            }
            if let Some((r, c)) = texts.get(re.new_id.as_str()) {
                // Words changed (not only layout): the text the decision
                // was made on is kept until the working group confirms it.
                if !attach::same_source(&d, &r.file, &r.respondent) {
                    // Passed to another sender's point (a campaign member's,
                    // the letter it was made on taken out): the names in
                    // the text it was made on stay out of its answer (see
                    // `scrub_also`).
                    let before = d.comment.clone();
                    keep_for_scrubbing(&mut d, before, &c.text);
                }
                if attach::needs_confirmation(&d, r, c) {
                    if d.decided_on.is_none() {
                        d.decided_on = Some(d.comment.clone());
                    } else {
                        // Reworded again: the names of the text between
                        // stay out of the answer (see `scrub_also`).
                        let between = d.comment.clone();
                        keep_for_scrubbing(&mut d, between, &c.text);
                    }
                }
                if d.decided_on
                    .as_deref()
                    .is_some_and(|old| attach::same_text(old, &c.text))
                {
                    // Reworded back to the text decided on.
                    d.decided_on = None;
                }
                d.comment = c.text.clone();
                d.respondent = r.respondent.clone();
                d.file = r.file.clone();
            }
            if !d.previous_ids.contains(&re.old_id) {
                d.previous_ids.push(re.old_id.clone());
            }
            self.decisions.insert(re.new_id.clone(), d);
            moved += 1;
        }
        moved
    }

    /// Records `update` on the comment with id `comment_id` (or its
    /// campaign group); returns the ledger keys changed (the first is the
    /// decision the group shows) and whether anything changed.
    ///
    /// A group is decided once: when members of the group hold decisions
    /// (filed under whichever member was the group's first comment when it
    /// was decided, see [`Attachment::group`]), the update is applied to
    /// each of them, so the group keeps one decision and differing
    /// decisions are brought together by a full update. A group without a
    /// decision gets one under its id.
    pub fn decide(
        &mut self,
        consultation: &Consultation,
        comment_id: &str,
        update: &Update,
    ) -> Option<(Vec<String>, bool)> {
        let (response, comment) = find_comment(consultation, comment_id)?;
        let group = decision_key(consultation, comment);
        let group_size = group_members(consultation, &group);
        let mut keys = self.group_keys(consultation, comment);
        if keys.is_empty() {
            keys.push(group.clone());
        }
        let mut changed = false;
        for key in &keys {
            let (filed_response, filed) =
                find_comment(consultation, key).unwrap_or((response, comment));
            let entry = self.decisions.entry(key.clone()).or_default();
            // The comment id is found now: the stored text follows the
            // comment the decision is filed under.
            entry.comment = filed.text.clone();
            entry.respondent = filed_response.respondent.clone();
            entry.file = filed_response.file.clone();
            entry.group_size = (group_size > 1).then_some(group_size);
            if group_size > 1 {
                add_members(entry, group_files(consultation, &group));
            }
            changed |= update.apply_to(entry);
            // The names of the letter it was made on stay out of its
            // answer should that letter be withdrawn before the next run.
            changed |= keep_letter_texts(entry, consultation);
            if update.confirm || update.status.is_some() || update.answer.is_some() {
                if let Some(old) = entry.decided_on.take() {
                    // The point no longer reads so, but the names in what
                    // it read stay out of the answer (see `scrub_also`).
                    let now = entry.comment.clone();
                    keep_for_scrubbing(entry, old, &now);
                    changed = true;
                }
            }
            if update.sections.is_some() {
                entry.section_titles =
                    refs::chosen_titles(consultation, entry.sections.as_deref().unwrap_or(&[]));
            }
            if update.change_ref.is_some() {
                entry.change_ref_title = match (&entry.change_ref, &update.change_ref_title) {
                    (Some(_), Some(t)) => Some(t.clone()),
                    (n, _) => n.as_deref().and_then(|n| refs::title_of(consultation, n)),
                };
                entry.change_ref_version = entry
                    .change_ref
                    .as_ref()
                    .and(consultation.versions.last())
                    .map(|v| v.file.clone());
            }
        }
        Some((keys, changed))
    }

    /// The ledger keys of the decisions held by `comment`'s campaign group
    /// (by the comment itself when it is in no group): the group's first
    /// comment first, then its members in response order. Decisions are
    /// filed under their comment's current id (see [`Ledger::settle`]).
    pub fn group_keys(&self, consultation: &Consultation, comment: &Comment) -> Vec<String> {
        let Some(group) = &comment.group else {
            return self
                .decisions
                .contains_key(&comment.id)
                .then(|| comment.id.clone())
                .into_iter()
                .collect();
        };
        let mut keys: Vec<String> = Vec::new();
        if self.decisions.contains_key(group) && find_comment(consultation, group).is_some() {
            keys.push(group.clone());
        }
        for (_, c) in all_comments(consultation) {
            if c.group.as_ref() == Some(group)
                && self.decisions.contains_key(&c.id)
                && !keys.contains(&c.id)
            {
                keys.push(c.id.clone());
            }
        }
        keys
    }
}

/// Why an orphaned decision could not be moved or dropped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct OrphanError(pub String);

impl Ledger {
    /// The ledger key of the orphaned decision `given` names (its id or a
    /// unique prefix of it); `c` has the ledger applied.
    pub fn orphan_key(&self, c: &Consultation, given: &str) -> Result<String, OrphanError> {
        let given = given.trim();
        let orphans: Vec<&str> = c
            .orphaned_decisions
            .iter()
            .map(|o| o.comment_id.as_str())
            .filter(|k| self.decisions.contains_key(*k))
            .collect();
        if orphans.contains(&given) {
            return Ok(given.to_string());
        }
        let hits: Vec<&str> = orphans
            .iter()
            .copied()
            .filter(|k| {
                !given.is_empty()
                    && (k.starts_with(given) || k.get(2..).is_some_and(|t| t.starts_with(given)))
            })
            .collect();
        match hits.as_slice() {
            [one] => Ok(one.to_string()),
            [] if self.decisions.contains_key(given) || find_comment(c, given).is_some() => {
                Err(OrphanError(format!(
                    "`{given}` is not an orphaned decision: its comment is in the inbox; change \
                     its decision with `inspraak decide {given} --status ...`"
                )))
            }
            [] => Err(OrphanError(format!(
                "no orphaned decision has id `{given}`; {}",
                if orphans.is_empty() {
                    "there are none".to_string()
                } else {
                    format!("the orphaned decisions are: {}", orphans.join(", "))
                }
            ))),
            many => Err(OrphanError(format!(
                "`{given}` matches {} orphaned decisions ({}); give more characters",
                many.len(),
                many.join(", ")
            ))),
        }
    }

    /// Re-attaches the orphaned decision `old` (a ledger key) to the
    /// current comment `new_id`: its status, answer and the rest are kept,
    /// `old` goes into its `previous_ids`, and it is filed under the
    /// comment's decision key (its campaign group's). Refused when that
    /// comment (or its group) already has a decision, and when it is a
    /// point of another respondent than the one the decision was made on
    /// unless `to_other_respondent` (then the names learnt from that
    /// respondent's texts are kept in `scrub_also`, so its answer goes
    /// without them). Returns the key it is filed under now.
    pub fn move_orphan(
        &mut self,
        c: &Consultation,
        old: &str,
        new_id: &str,
        to_other_respondent: bool,
    ) -> Result<String, OrphanError> {
        let (response, comment) = find_comment(c, new_id)
            .ok_or_else(|| OrphanError(format!("no comment has id `{new_id}`")))?;
        let attachment = self.attach(c);
        if let Some(key) = attachment.key_for(&comment.id, comment.group.as_deref()) {
            let status = self
                .decisions
                .get(key)
                .map(|d| d.status.label_nl())
                .unwrap_or_default();
            return Err(OrphanError(format!(
                "comment {} already has a decision ({status}, filed under {key}); nothing was \
                 moved: change that decision with `inspraak decide {}`, or drop the orphaned \
                 one with `inspraak decide --drop {old}`",
                comment.id, comment.id
            )));
        }
        let Some(orphan) = self.decisions.get(old) else {
            return Err(OrphanError(format!("no decision has id `{old}`")));
        };
        let known = !orphan.file.is_empty() || !orphan.respondent.is_empty();
        let other = known && !attach::same_letter(orphan, response);
        if other && !to_other_respondent {
            let of = |respondent: &str, file: &str| {
                if file.is_empty() {
                    respondent.to_string()
                } else {
                    format!("{respondent} ({file})")
                }
            };
            let successor = c
                .orphaned_decisions
                .iter()
                .find(|o| o.comment_id == old)
                .and_then(|o| o.successor.as_ref())
                .map(|s| format!(" (its likely successor is {} {})", s.number, s.id))
                .unwrap_or_default();
            return Err(OrphanError(format!(
                "`{old}` was decided on a point of {}, but comment {} is a point of another \
                 respondent, {}: nothing was moved. Check the comment's number{successor}; to \
                 give that point this decision all the same, add --to-other-respondent (read \
                 its answer again: it was written to {})",
                of(&orphan.respondent, &orphan.file),
                comment.id,
                of(&response.respondent, &response.file),
                if orphan.respondent.is_empty() {
                    &orphan.file
                } else {
                    &orphan.respondent
                }
            )));
        }
        // The texts it was made on (the point as it read then, and for
        // another respondent's point that respondent's texts): the names
        // in them stay out of the answer wherever it is published, though
        // the point now reads without them.
        let mut scrub_also: Vec<String> = Vec::new();
        let mut keep = |text: &str| {
            if !text.trim().is_empty()
                && text != comment.text
                && !scrub_also.iter().any(|t| t == text)
            {
                scrub_also.push(text.to_string());
            }
        };
        if !other {
            for text in std::iter::once(orphan.comment.as_str())
                .chain(orphan.decided_on.as_deref())
                .chain(orphan.scrub_also.iter().map(String::as_str))
            {
                keep(text);
            }
        } else {
            // (Not a file that holds another sender's letter now.)
            let origin = c
                .responses
                .iter()
                .filter(|r| !attach::holds_another_letter(orphan, r))
                .find(|r| !orphan.file.is_empty() && r.file == orphan.file)
                .or_else(|| {
                    c.responses.iter().find(|r| {
                        !orphan.respondent.is_empty() && r.respondent == orphan.respondent
                    })
                });
            let texts = std::iter::once(orphan.comment.as_str())
                .chain(orphan.decided_on.as_deref())
                .chain(orphan.scrub_also.iter().map(String::as_str))
                .chain(
                    origin
                        .into_iter()
                        .flat_map(|r| r.comments.iter().map(|com| com.text.as_str())),
                );
            for text in texts {
                keep(text);
            }
        }
        let key = decision_key(c, comment);
        let (filed_response, filed) = find_comment(c, &key).unwrap_or((response, comment));
        let Some(mut d) = self.decisions.remove(old) else {
            return Err(OrphanError(format!("no decision has id `{old}`")));
        };
        d.comment = filed.text.clone();
        d.respondent = filed_response.respondent.clone();
        d.file = filed_response.file.clone();
        d.scrub_also = scrub_also;
        let size = group_members(c, &key);
        d.group_size = (size > 1).then_some(size);
        if size > 1 {
            add_members(&mut d, group_files(c, &key));
        }
        if !d.previous_ids.iter().any(|p| p == old) {
            d.previous_ids.push(old.to_string());
        }
        self.decisions.insert(key.clone(), d);
        Ok(key)
    }

    /// Drops the orphaned decision `old` (a ledger key): it leaves the
    /// decisions and is kept, whole and dated, in the `[dropped]` table.
    pub fn drop_orphan(&mut self, old: &str, today: NaiveDate) -> Result<Decision, OrphanError> {
        let Some(mut d) = self.decisions.remove(old) else {
            return Err(OrphanError(format!("no decision has id `{old}`")));
        };
        d.dropped = Some(today);
        // A key dropped before (an orphan of the same id again): the older
        // record is kept under a suffixed key.
        let mut key = old.to_string();
        let mut n = 2;
        while self.dropped.contains_key(&key) {
            key = format!("{old}~{n}");
            n += 1;
        }
        self.dropped.insert(key, d.clone());
        Ok(d)
    }
}

/// The campaign group a comment is decided with: its group's id when the
/// group's first comment exists, else its own id. A new group decision is
/// filed under it; an existing one stays where it is ([`Ledger::decide`]).
pub fn decision_key(consultation: &Consultation, comment: &Comment) -> String {
    match &comment.group {
        Some(g) if find_comment(consultation, g).is_some() => g.clone(),
        _ => comment.id.clone(),
    }
}

/// Number of comments decided together under `key` (1 for no group).
pub fn group_members(consultation: &Consultation, key: &str) -> usize {
    let n = all_comments(consultation)
        .filter(|(_, c)| c.group.as_deref() == Some(key) && c.id != key)
        .count();
    n + 1
}

/// Files of the responses with a comment decided under `key`: the
/// comment filed under it and the members of its campaign group.
pub fn group_files<'a>(consultation: &'a Consultation, key: &str) -> BTreeSet<&'a str> {
    all_comments(consultation)
        .filter(|(_, c)| c.id == key || c.group.as_deref() == Some(key))
        .map(|(r, _)| r.file.as_str())
        .collect()
}

/// Adds `files` to the members `d` records; whether any was new.
fn add_members(d: &mut Decision, files: BTreeSet<&str>) -> bool {
    let before = d.members.len();
    for f in files {
        if !d.members.iter().any(|m| m == f) {
            d.members.push(f.to_string());
        }
    }
    d.members.sort();
    d.members.len() > before
}

/// Every comment with its response.
pub fn all_comments(c: &Consultation) -> impl Iterator<Item = (&Response, &Comment)> {
    c.responses
        .iter()
        .flat_map(|r| r.comments.iter().map(move |c| (r, c)))
}

/// The comment with exactly this id.
pub fn find_comment<'a>(c: &'a Consultation, id: &str) -> Option<(&'a Response, &'a Comment)> {
    all_comments(c).find(|(_, c)| c.id == id)
}

/// How an id given on the command line or in a spreadsheet resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdMatch {
    /// Exactly one comment.
    One(String),
    /// No comment starts with it.
    None,
    /// Several comments start with it (their ids).
    Ambiguous(Vec<String>),
}

/// Resolves a full id, a unique prefix of one (`c-1a2b`) or a memo number
/// (`12.3`, `reactie 12.3`: comment 3 of response 12).
pub fn resolve_id(c: &Consultation, given: &str) -> IdMatch {
    let given = given.trim();
    if given.is_empty() {
        return IdMatch::None;
    }
    if let Some(n) = MemoNumber::parse(given) {
        return c
            .responses
            .iter()
            .find(|r| r.number == n.response)
            .and_then(|r| r.comments.get(usize::try_from(n.point).ok()? - 1))
            .map_or(IdMatch::None, |com| IdMatch::One(com.id.clone()));
    }
    if find_comment(c, given).is_some() {
        return IdMatch::One(given.to_string());
    }
    if is_response_number(given) {
        // `8` is response 8 (its `.1` forgotten), never the prefix of an id
        // that happens to start with `c-8`: that would decide a point of
        // someone else.
        return IdMatch::None;
    }
    let with_prefix = if given.starts_with("c-") {
        given.to_string()
    } else {
        format!("c-{given}")
    };
    let hits: Vec<String> = all_comments(c)
        .filter(|(_, c)| c.id.starts_with(&with_prefix))
        .map(|(_, c)| c.id.clone())
        .collect();
    match hits.len() {
        0 => IdMatch::None,
        1 => IdMatch::One(hits[0].clone()),
        _ => IdMatch::Ambiguous(hits),
    }
}

/// Whether `given` is a bare number (`8`, `reactie 8`): a response, not a
/// comment, so never read as the prefix of a comment id.
pub fn is_response_number(given: &str) -> bool {
    let lower = given.trim().to_lowercase();
    let rest = lower.strip_prefix("reactie").unwrap_or(&lower).trim();
    !rest.is_empty() && rest.chars().all(|ch| ch.is_ascii_digit())
}

/// The sender of `r` as the letter (or `consultation.toml`) names it; not
/// one made from the file name, which tells nothing about who wrote it.
fn sender_of(r: &Response) -> Option<&str> {
    let sender = r.respondent.trim();
    (!r.sender_unknown
        && !sender.is_empty()
        && sender != crate::pipeline::respondent_from_file_name(&r.file))
    .then_some(sender)
}

/// Whether two sender names name the same sender, as far as a name read
/// from two letters tells: the same last word (`M. de Vries`, `Marieke de
/// Vries`) or the words of one all in the other (`Stichting Voorbeeld`,
/// `Stichting Voorbeeld Oudewaard`), in any case and punctuation.
fn same_sender(a: &str, b: &str) -> bool {
    let (a, b) = (crate::ids::normalize(a), crate::ids::normalize(b));
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    a.last() == b.last() || a.iter().all(|w| b.contains(w)) || b.iter().all(|w| a.contains(w))
}

/// Status values in the ledger: written as keys (`partly_adopted`), read in
/// any form [`Status::parse`] accepts (`deels overgenomen`), so a hand edit
/// in Dutch is understood.
mod status_words {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::model::Status;

    pub fn serialize<S: Serializer>(s: &Status, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(s.key())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Status, D::Error> {
        let text = String::deserialize(d)?;
        Status::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown status `{text}`, expected one of: {}",
                crate::ledger::status_choices()
            ))
        })
    }
}

/// The accepted status words for messages: `open, overgenomen (adopted), ...`.
pub fn status_choices() -> String {
    Status::ALL
        .iter()
        .map(|s| {
            if s.label_nl() == s.key() {
                s.key().to_string()
            } else {
                format!("{} ({})", s.label_nl(), s.key())
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl Ledger {
    /// Applies the ledger to the consultation and files re-attached
    /// decisions under their new ids (in memory; written by the next
    /// save). Returns the re-attachments for reporting.
    pub fn settle_into(&mut self, c: &mut Consultation) -> Vec<crate::model::ReattachedDecision> {
        self.follow_sections(c);
        let attachment = self.attach(c);
        self.settle(&attachment, c);
        let reattached = attachment.reattached;
        self.apply(c);
        c.reattached_decisions = reattached.clone();
        reattached
    }
}

#[cfg(test)]
mod tests;
