//! Consistency checks before publishing: what `inspraak check` reports.
//!
//! Each finding needs the working group's attention: a comment still
//! open, an adopted comment whose section did not change, a change no
//! decided comment explains, an empty answer, a late submission not yet
//! decided, an orphaned decision, a submission that could not be read.

use serde::Serialize;

use super::Ledger;
use crate::model::{Change, ChangeKind, Comment, Consultation, ProblemKind, Status};

/// The kind of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A comment without a decision.
    Open,
    /// A comment of a late submission without a decision.
    LateOpen,
    /// Decided, but the answer is empty.
    EmptyAnswer,
    /// Adopted or partly adopted, but none of its sections changed.
    AdoptedUnchanged,
    /// A change in the newest version that no decided comment explains.
    UnexplainedChange,
    /// A decision whose comment is gone.
    Orphaned,
    /// A problem with the ledger's response numbers.
    Numbers,
    /// A setting in consultation.toml that applies to nothing.
    Settings,
    /// A response without a date while a deadline is set, or dated before
    /// the consultation opened.
    Date,
    /// A submission that could not be read: none of it is answered.
    Unread,
    /// A file with pages that are scans without text: what they say is
    /// not among the comments (a response) or in no section (a draft).
    PartlyRead,
    /// Sections the working group chose for a comment that the
    /// consultation draft no longer has.
    UnknownSection,
    /// A campaign group whose members hold different decisions.
    GroupConflict,
    /// A change reference or editorial mark whose section the newest
    /// version no longer has under its number or title.
    LostReference,
    /// A campaign letter whose point left a decided campaign.
    LeftCampaign,
    /// A submission read, but without a point found in it: nothing of it
    /// is answered.
    NoPoints,
    /// A decision re-attached to a reworded comment, not yet confirmed.
    Unconfirmed,
    /// No responses were read while the inbox is not set up to hold them
    /// (no `responses/` folder, files in a folder the tool does not read).
    Inbox,
    /// A sync client's conflict copy of the ledger beside it, holding
    /// decisions the ledger lacks.
    ConflictCopy,
}

/// One thing that needs attention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: Kind,
    /// Comment id (or ledger key of an orphaned decision).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Section number (newest version for changes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub message: String,
    /// The campaign group a finding about its point is for: listed once
    /// for the group, as one decision settles it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// How many senders made the point, when several did (a campaign
    /// group, or one text in several files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub senders: Option<usize>,
}

/// Runs every check on a consultation with the ledger applied.
pub fn check(c: &Consultation, ledger: &Ledger) -> Vec<Finding> {
    let mut out = Vec::new();
    let marks = ledger.editorial_marks(c);
    // A campaign group's point is settled by one decision: its findings
    // are listed once, where the memo shows it (see `check_unit`).
    let units = super::progress::units(c);
    let unit_at: std::collections::HashMap<*const Comment, &super::progress::Unit> = units
        .iter()
        .map(|u| (std::ptr::from_ref(u.first().1), u))
        .collect();
    for r in &c.responses {
        if let Some(error) = &r.error {
            out.push(Finding {
                kind: Kind::Unread,
                comment: None,
                section: None,
                message: format!(
                    "{} could not be read, so nothing of it is answered: {error}",
                    r.file
                ),
                group: None,
                senders: None,
            });
        }
        if let Some(scanned) = crate::model::scanned_pages_warning(&r.scanned_pages) {
            out.push(Finding {
                kind: Kind::PartlyRead,
                comment: None,
                section: None,
                message: format!(
                    "responses/{}: {scanned}; the comments of the pages read are listed",
                    r.file
                ),
                group: None,
                senders: None,
            });
        }
        for comment in &r.comments {
            if let Some(u) = unit_at.get(&std::ptr::from_ref(comment)) {
                check_unit(c, &marks, u, &mut out);
            }
        }
    }
    // A draft that could not be read is no version: the memo compares
    // nothing with it and change references into it are not used. (A
    // draft's `Failed` problem is a version that was read but could not be
    // compared or matched: its message says so in the memo.)
    let unread_draft =
        |p: &&crate::model::Problem| p.file.starts_with("drafts/") && p.kind != ProblemKind::Failed;
    for p in c.problems.iter().filter(unread_draft) {
        out.push(Finding {
            kind: Kind::Unread,
            comment: None,
            section: None,
            message: format!(
                "{} could not be read, so it is no version of the text: the memo shows no \
                 changes made in it and change references into it are not used: {}",
                p.file, p.message
            ),
            group: None,
            senders: None,
        });
    }
    // A response read without a point found in it (and not marked
    // `no_points` in consultation.toml): the memo lists it as not
    // processed, so it needs a look as an unread one does.
    for p in c
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::NoComments)
    {
        out.push(Finding {
            kind: Kind::NoPoints,
            comment: None,
            section: None,
            message: p.message.clone(),
            group: None,
            senders: None,
        });
    }
    for v in &c.versions {
        if let Some(scanned) = crate::model::scanned_pages_warning(&v.scanned_pages) {
            out.push(Finding {
                kind: Kind::PartlyRead,
                comment: None,
                section: None,
                message: format!(
                    "drafts/{}: {scanned}; comments on what they say cannot be linked to it",
                    v.file
                ),
                group: None,
                senders: None,
            });
        }
    }
    if c.versions.len() > 1 {
        for change in &c.changes {
            if let Some(f) = check_change(c, &marks, change) {
                out.push(f);
            }
        }
    }
    for o in &c.orphaned_decisions {
        out.push(Finding {
            kind: Kind::Orphaned,
            comment: Some(o.comment_id.clone()),
            section: None,
            message: o.message(),
            group: None,
            senders: None,
        });
    }
    for w in &c.settings_warnings {
        out.push(Finding {
            kind: Kind::Settings,
            comment: None,
            section: None,
            message: format!("consultation.toml: {w}"),
            group: None,
            senders: None,
        });
    }
    for w in &c.date_warnings {
        out.push(Finding {
            kind: Kind::Date,
            comment: None,
            section: None,
            message: w.clone(),
            group: None,
            senders: None,
        });
    }
    let attachment = ledger.attach(c);
    let conflicts: Vec<(String, String)> = attachment
        .conflicts
        .iter()
        .map(|g| (g.group.clone(), g.message(ledger)))
        .collect();
    let unconfirmed: Vec<String> = attachment
        .unconfirmed(ledger, c)
        .iter()
        .map(|u| {
            out.push(Finding {
                kind: Kind::Unconfirmed,
                comment: Some(u.comment_id.clone()),
                section: None,
                message: u.message(),
                group: None,
                senders: None,
            });
            u.message()
        })
        .collect();
    let left = attachment.left_campaigns(ledger, c);
    for (comment, message) in &left {
        out.push(Finding {
            kind: Kind::LeftCampaign,
            comment: Some(comment.clone()),
            section: None,
            message: message.clone(),
            group: None,
            senders: None,
        });
    }
    for (group, message) in &conflicts {
        out.push(Finding {
            kind: Kind::GroupConflict,
            comment: Some(group.clone()),
            section: None,
            message: message.clone(),
            group: None,
            senders: None,
        });
    }
    let references = ledger.reference_warnings(c);
    for (key, message) in &references {
        out.push(Finding {
            kind: Kind::LostReference,
            comment: ledger.decisions.contains_key(key).then(|| key.clone()),
            section: (!ledger.decisions.contains_key(key)).then(|| key.clone()),
            message: message.clone(),
            group: None,
            senders: None,
        });
    }
    for w in &c.ledger_warnings {
        if conflicts.iter().any(|(_, m)| m == w)
            || references.iter().any(|(_, m)| m == w)
            || left.iter().any(|(_, m)| m == w)
            || unconfirmed.contains(w)
        {
            continue;
        }
        out.push(Finding {
            kind: Kind::Numbers,
            comment: None,
            section: None,
            message: w.clone(),
            group: None,
            senders: None,
        });
    }
    for message in ledger.conflict_copies() {
        out.push(Finding {
            kind: Kind::ConflictCopy,
            comment: None,
            section: None,
            message,
            group: None,
            senders: None,
        });
    }
    out
}

/// What needs attention in how the inbox is set up: when no response was
/// read, a missing `responses/` folder and each folder of files the tool
/// does not read (`reacties/`), as the memo would say that nobody
/// responded. (With responses read, such a folder is a warning only: it
/// may hold what the working group keeps beside them.)
pub fn inbox_findings(inbox: &crate::inbox::Inbox, c: &Consultation) -> Vec<Finding> {
    if !c.responses.is_empty() {
        return Vec::new();
    }
    let responses_folder = inbox.root.join("responses").is_dir();
    inbox
        .skipped
        .iter()
        .filter(|p| p.kind == ProblemKind::Setup && p.file.ends_with('/'))
        .filter(|p| p.file != "drafts/" && (p.file != "responses/" || !responses_folder))
        .map(|p| Finding {
            kind: Kind::Inbox,
            comment: None,
            section: None,
            message: format!("{}: {}", p.file, p.message),
            group: None,
            senders: None,
        })
        .collect()
}

/// The sections the working group chose for `comment` that the
/// consultation draft does not have (any longer): a number it lacks, or a
/// number that now names another section than the one chosen (the draft
/// was replaced by one that numbers differently), described with the
/// title it was chosen with and the one it has now.
pub fn unknown_sections(c: &Consultation, comment: &Comment) -> Vec<String> {
    let d = &comment.decision;
    let (Some(chosen), Some(_)) = (&d.sections, c.versions.first()) else {
        return Vec::new();
    };
    super::refs::chosen_with_titles(chosen, &d.section_titles)
        .filter_map(|(n, t)| match super::refs::follow_chosen(c, n, t) {
            super::refs::Followed::Lost { now: None, .. } => Some(n.to_string()),
            super::refs::Followed::Lost { now: Some(now), .. } => Some(format!(
                "{n} ‘{}’ (the draft's {n} is now ‘{now}’)",
                t.unwrap_or("")
            )),
            _ => None,
        })
        .collect()
}

/// The findings on the point of a decision unit: a comment's, or a
/// campaign group's once (each kind the first member that has it gives,
/// named as the group: its id and how many senders it has), as one
/// decision settles the group.
fn check_unit(
    c: &Consultation,
    marks: &std::collections::BTreeSet<String>,
    u: &super::progress::Unit,
    out: &mut Vec<Finding>,
) {
    const LATE: &str = "late submission, not yet decided";
    if let [(r, comment)] = u.members.as_slice() {
        let late = r.late.then(|| LATE.to_string());
        check_comment(c, marks, comment, (&r.respondent, late.as_deref()), out);
        return;
    }
    let who = u.who();
    // Some late senders in a group: one decision settles their letters
    // too, so they are named before it is taken (the working group may
    // treat late letters apart).
    // A sender who made the point in time as well (the same letter by post
    // and, after the deadline, by e-mail) made it in time.
    let in_time = |late: &crate::model::Response| {
        let key = late.sender_key();
        key.is_some()
            && u.members
                .iter()
                .any(|(r, _)| !r.late && r.sender_key() == key)
    };
    let late_senders: Vec<&str> = u
        .members
        .iter()
        .filter(|(r, _)| r.late && !in_time(r))
        .map(|(r, _)| r.respondent.as_str())
        .collect();
    let late = if u.late() {
        Some(LATE.to_string())
    } else if late_senders.is_empty() {
        None
    } else {
        let mut names: Vec<&str> = Vec::new();
        for name in &late_senders {
            if !names.contains(name) {
                names.push(name);
            }
        }
        let shown = names.iter().take(3).copied().collect::<Vec<_>>().join(", ");
        let more = match names.len().saturating_sub(3) {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        Some(format!(
            "not yet decided, with {} late submission(s) ({shown}{more})",
            late_senders.len()
        ))
    };
    let mut found = Vec::new();
    for (_, comment) in &u.members {
        check_comment(c, marks, comment, (&who, late.as_deref()), &mut found);
    }
    let mut kinds = Vec::new();
    for mut f in found {
        if kinds.contains(&f.kind) {
            continue;
        }
        kinds.push(f.kind);
        f.comment = Some(u.id().to_string());
        f.group = u.group.map(str::to_string);
        f.senders = Some(u.senders);
        out.push(f);
    }
}

/// The findings on one comment, its sender named `who`; `late` says
/// what the open finding of a late submission says (for a campaign group
/// with late senders among its members).
fn check_comment(
    c: &Consultation,
    marks: &std::collections::BTreeSet<String>,
    comment: &Comment,
    (who, late): (&str, Option<&str>),
    out: &mut Vec<Finding>,
) {
    let d = &comment.decision;
    let finding = |kind, message| Finding {
        kind,
        comment: Some(comment.id.clone()),
        section: None,
        message,
        group: None,
        senders: None,
    };
    let short = crate::cli::shorten(&comment.text, 60);
    let missing = unknown_sections(c, comment);
    if let Some(draft) = c.versions.first() {
        if !missing.is_empty() {
            out.push(finding(
                Kind::UnknownSection,
                format!(
                    "linked by the working group to section(s) {} that the consultation draft \
                     `{}` does not have; choose again with `inspraak decide {} --sections ...` \
                     (\"\" for the tool's links): {who}: \"{short}\"",
                    missing.join(", "),
                    draft.file,
                    comment.id
                ),
            ));
        }
    }
    if d.status == Status::Open {
        let (kind, what) = match late {
            Some(what) => (Kind::LateOpen, what),
            None => (Kind::Open, "still open"),
        };
        // Its answer (drafted, or kept from before it was reopened) is not
        // published while it is open.
        let drafted = if d.answer.trim().is_empty() {
            ""
        } else {
            " (its answer is not published until it is decided)"
        };
        out.push(finding(
            kind,
            format!("{what}{drafted}: {who}: \"{short}\""),
        ));
        return;
    }
    if d.answer.trim().is_empty() {
        out.push(finding(
            Kind::EmptyAnswer,
            format!(
                "{} without an answer: {who}: \"{short}\"",
                d.status.label_nl()
            ),
        ));
    }
    if d.status.changes_text() && c.versions.len() > 1 && !comment_changed_text(c, comment) {
        // The sections whose change would explain it (see
        // `compare::causes::explains`), and those linked by shared words
        // alone whose change does not.
        // Sections the draft does not have are reported as unknown
        // (above): saying that they did not change would contradict it.
        let sections: Vec<&str> = crate::compare::causes::strong_links(comment)
            .filter(|n| !missing.iter().any(|m| m == n))
            .collect();
        let topical_changed: Vec<&str> = comment
            .sections
            .iter()
            .map(|l| l.number.as_str())
            .filter(|n| !sections.contains(n))
            .filter(|n| {
                c.changes.iter().any(|ch| {
                    !ch.editorial
                        && !only_renumbered(ch)
                        && !crate::compare::only_moved(ch)
                        && ch
                            .before
                            .iter()
                            .chain(&ch.merged_from)
                            .any(|b| b.number == *n)
                })
            })
            .collect();
        // Changes at the comment's sections that are editorial (marked
        // so, or punctuation and capitals only): the section did change,
        // but such a change is not counted as made for a comment.
        let editorial: Vec<&Change> = c
            .changes
            .iter()
            .filter(|ch| ch.editorial && !only_renumbered(ch))
            .filter(|ch| match &d.change_ref {
                Some(r) => crate::compare::reference_names(r, ch),
                // A section merged into the marked one changed too.
                None => ch
                    .before
                    .iter()
                    .chain(&ch.merged_from)
                    .any(|b| sections.contains(&b.number.as_str())),
            })
            .collect();
        let message = if !editorial.is_empty() {
            let which = match &d.change_ref {
                Some(r) => format!("section {r} of the final version (its change reference)"),
                None => {
                    let mut changed: Vec<String> = Vec::new();
                    for ch in &editorial {
                        let own = ch
                            .before
                            .iter()
                            .filter(|b| sections.contains(&b.number.as_str()))
                            .map(|b| b.number.clone());
                        // A section merged into another: where it went.
                        let merged = ch
                            .merged_from
                            .iter()
                            .filter(|b| sections.contains(&b.number.as_str()))
                            .map(|b| match &ch.after {
                                Some(a) => format!("{} (merged into {})", b.number, a.number),
                                None => b.number.clone(),
                            });
                        for n in own.chain(merged) {
                            if !changed.contains(&n) {
                                changed.push(n);
                            }
                        }
                    }
                    format!("section(s) {} of the draft", changed.join(", "))
                }
            };
            let marked: Vec<&str> = marks
                .iter()
                .filter(|n| {
                    editorial
                        .iter()
                        .any(|ch| crate::compare::names_section(n, ch))
                })
                .map(String::as_str)
                .collect();
            let words: Vec<String> = editorial
                .iter()
                .map(|ch| format!("+{} −{} words", ch.words_added, ch.words_removed))
                .collect();
            if marked.is_empty() {
                format!(
                    "{} but {which} changed only in punctuation or capitals ({}), an editorial \
                     change that is not counted as made for a comment; record where the text \
                     changed with `inspraak decide {} --change-ref SECTION`: {who}: \"{short}\"",
                    d.status.label_nl(),
                    words.join(", "),
                    comment.id
                )
            } else {
                format!(
                    "{} but {which} changed ({}) and is marked editorial (ambtshalve), so its \
                     change is not counted as made for this comment (the memo lists it as \
                     ambtshalve); if it was made for it, remove the mark with `inspraak decide \
                     {}`: {who}: \"{short}\"",
                    d.status.label_nl(),
                    words.join(", "),
                    marked
                        .iter()
                        .map(|n| format!("--not-editorial {}", crate::cli::shell_quote(n)))
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            }
        } else if let Some(r) = &d.change_ref {
            // A change reference names the newest version's section.
            format!(
                "{} but section {r} of the final version (its change reference) has no change \
                 of text{}: {who}: \"{short}\"",
                d.status.label_nl(),
                if c.changes.iter().any(|ch| {
                    ch.after.as_ref().is_some_and(|a| a.number == *r)
                        && crate::compare::only_renumbered(ch)
                }) {
                    " (it was only renumbered)"
                } else {
                    ""
                }
            )
        } else if sections.is_empty() && !missing.is_empty() {
            // Only sections the draft does not have: chosen again first.
            return;
        } else if sections.is_empty() {
            format!(
                "{} but not linked to a section; record where the text changed with \
                 `inspraak decide {} --change-ref SECTION`: {who}: \"{short}\"",
                d.status.label_nl(),
                comment.id
            )
        } else {
            // Links name the consultation draft's sections.
            let topical = if topical_changed.is_empty() {
                String::new()
            } else {
                format!(
                    " (section(s) {} changed, but a link by shared words alone explains no \
                     change)",
                    topical_changed.join(", ")
                )
            };
            // Sections only moved, word for word: a place changed, no
            // text; the move counts once a change reference names it.
            let moved: Vec<String> = c
                .changes
                .iter()
                .filter(|ch| crate::compare::only_moved(ch))
                .filter_map(|ch| Some((ch.before.as_ref()?, ch.after.as_ref()?)))
                .filter(|(b, _)| sections.contains(&b.number.as_str()))
                .map(|(b, a)| format!("{} was only moved to {}", b.number, a.number))
                .collect();
            let moved = if moved.is_empty() {
                String::new()
            } else {
                format!(
                    " ({}, word for word; if the move was the change made for it, give it \
                     that section as change reference)",
                    moved.join(", ")
                )
            };
            format!(
                "{} but section(s) {} of the draft did not change between draft and \
                 final{topical}{moved}; record where the text changed with `inspraak decide {} \
                 --change-ref SECTION`: {who}: \"{short}\"",
                d.status.label_nl(),
                sections.join(", "),
                comment.id
            )
        };
        let mut f = finding(Kind::AdoptedUnchanged, message);
        f.section = d
            .change_ref
            .clone()
            .or_else(|| comment.sections.first().map(|l| l.number.clone()));
        out.push(f);
    }
}

/// Whether a real change (not editorial, not only a new number) was made
/// for the comment, by the rule the memo uses too
/// ([`crate::compare::causes::explains`]): at its change reference when it
/// has one, otherwise a change of a section it is linked to by more than
/// shared words, or of its first section, or a new section naming it as a
/// cause.
fn comment_changed_text(c: &Consultation, comment: &Comment) -> bool {
    c.changes
        .iter()
        .any(|ch| crate::compare::causes::explains(comment, ch, ch.comments.contains(&comment.id)))
}

fn check_change(
    c: &Consultation,
    marks: &std::collections::BTreeSet<String>,
    ch: &Change,
) -> Option<Finding> {
    let before = ch.before.as_ref().map(|s| s.number.as_str());
    let after = ch.after.as_ref().map(|s| s.number.as_str());
    // A mark names the newest version's section, or an older one's for a
    // removed section whose number no section of the newest version took
    // (see `Ledger::editorial_marks`).
    if ch.editorial || marks.iter().any(|n| crate::compare::names_section(n, ch)) {
        return None;
    }
    // A section that only got another number because a section was
    // inserted, removed, split off, merged or moved before it: nothing to
    // explain (a new title or text still is).
    if only_renumbered(ch) && c.changes.iter().any(shifts_numbers) {
        return None;
    }
    // A comment with a change reference explains only the change at that
    // section (as the memo's table of changes names it): the reference
    // says where its change was made, whatever else it is linked to.
    // The rule the memo's table of changes and its items use: a change
    // reference explains only the change at that section; a link by shared
    // words alone explains only a change in the comment's first section.
    let explains = |comment: &Comment| {
        comment.decision.status.changes_text()
            && crate::compare::causes::explains(comment, ch, ch.comments.contains(&comment.id))
    };
    if super::all_comments(c).any(|(_, comment)| explains(comment)) {
        return None;
    }
    let section = after.or(before).unwrap_or("?").to_string();
    let title = ch
        .after
        .as_ref()
        .or(ch.before.as_ref())
        .map(|s| s.title.as_str())
        .unwrap_or("");
    // A removed section whose number another section took: `3.1` names
    // that section, so the advice names the removal by number and title,
    // and a comment by the draft's section it was linked to.
    // Arguments quoted as a shell needs them (`"Bijlage 1"`): the advice
    // works when pasted.
    let arg = crate::cli::shell_quote(&section);
    let advice = match (&ch.before, &ch.after) {
        (Some(b), None) if ch.number_reused => format!(
            "link an adopted comment to the draft's section with `inspraak decide ID --sections \
             {arg}` (a change reference `{section}` names the section that now has that \
             number), or mark it as editorial with `inspraak decide --editorial {}`",
            crate::cli::shell_quote(&crate::compare::removed_key(b))
        ),
        _ => format!(
            "give an adopted comment `--change-ref {arg}`, or mark it as editorial with \
             `inspraak decide --editorial {arg}`"
        ),
    };
    Some(Finding {
        kind: Kind::UnexplainedChange,
        comment: None,
        section: Some(section.clone()),
        message: format!(
            "section {section} {title} was {} (+{} -{} words) but no adopted comment explains it; \
             {advice}",
            what_happened(ch),
            ch.words_added,
            ch.words_removed
        ),
        group: None,
        senders: None,
    })
}

pub use crate::compare::only_renumbered;

/// Whether a change makes the sections after it number differently: a
/// section added, removed, moved, split off or merged.
fn shifts_numbers(ch: &Change) -> bool {
    matches!(
        ch.kind,
        ChangeKind::Added | ChangeKind::Removed | ChangeKind::Moved
    ) || !ch.split_into.is_empty()
        || !ch.merged_from.is_empty()
}

/// What happened to the section, as past participles for messages.
fn what_happened(ch: &Change) -> String {
    ch.describe(false)
}

/// The human-readable report, one line per finding, grouped by kind.
pub fn render(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return "nothing needs attention\n".to_string();
    }
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| f.kind);
    let mut out = String::new();
    for f in sorted {
        let id = f.comment.as_deref().or(f.section.as_deref()).unwrap_or("");
        // One line a finding: a file name's line feed or escape sequence
        // in its message is shown escaped, not as a line of its own.
        let message = crate::text::terminal_safe(&f.message);
        let id = crate::text::terminal_safe(id);
        out.push_str(&format!("{:<18} {id}  {message}\n", kind_label(f.kind)));
    }
    out.push_str(&format!("\n{} thing(s) need attention\n", findings.len()));
    out
}

fn kind_label(k: Kind) -> &'static str {
    match k {
        Kind::Open => "open",
        Kind::LateOpen => "late, open",
        Kind::EmptyAnswer => "empty answer",
        Kind::AdoptedUnchanged => "adopted, unchanged",
        Kind::UnexplainedChange => "unexplained change",
        Kind::Orphaned => "orphaned decision",
        Kind::Numbers => "response numbers",
        Kind::Settings => "settings",
        Kind::Date => "date",
        Kind::Unread => "not read",
        Kind::PartlyRead => "partly read",
        Kind::UnknownSection => "unknown section",
        Kind::GroupConflict => "campaign group conflict",
        Kind::LostReference => "section reference",
        Kind::LeftCampaign => "left campaign",
        Kind::NoPoints => "no points",
        Kind::Unconfirmed => "to confirm",
        Kind::Inbox => "inbox",
        Kind::ConflictCopy => "ledger copy",
    }
}

#[cfg(test)]
mod tests;
