//! Progress of the working group: what `inspraak status` shows.

use serde::Serialize;

use crate::model::{Comment, Consultation, OrphanedDecision, ReattachedDecision, Response, Status};

/// The comments one decision settles: a campaign group's (its members
/// share the group's decision), or the comments of one id (the same text
/// in two files), or a single comment. `check` and `status` list what is
/// open once per unit, as the memo answers it once.
#[derive(Debug, Clone)]
pub struct Unit<'a> {
    /// Its comments, the one the memo shows first (the lowest memo number).
    pub members: Vec<(&'a Response, &'a Comment)>,
    /// The campaign group's id, for a group.
    pub group: Option<&'a str>,
    /// How many senders made the point (one sender's two files count once,
    /// as in the memo).
    pub senders: usize,
}

impl<'a> Unit<'a> {
    /// The comment that stands for the unit (the memo's).
    pub fn first(&self) -> (&'a Response, &'a Comment) {
        self.members[0]
    }

    /// Whether all its senders sent it late.
    pub fn late(&self) -> bool {
        self.members.iter().all(|(r, _)| r.late)
    }

    /// The id `decide` takes for it: the group's id for a group.
    pub fn id(&self) -> &'a str {
        self.group.unwrap_or(&self.first().1.id)
    }

    /// Who made the point, for the terminal ([`who`]).
    pub fn who(&self) -> String {
        who(
            &self.first().0.respondent,
            self.group.is_some(),
            self.senders,
            self.members.len(),
        )
    }
}

/// Who made a point that `comments` comments make, for the terminal: the
/// `respondent`, or for several `campaign group of 6 senders: Anna Jansen
/// and 5 more` (`Anna Jansen, in 2 files` for one sender's two files).
pub fn who(respondent: &str, group: bool, senders: usize, comments: usize) -> String {
    if comments < 2 {
        return respondent.to_string();
    }
    let named = match senders {
        0 | 1 => format!("{respondent}, in {comments} files"),
        n => format!("{respondent} and {} more", n - 1),
    };
    if group {
        format!("campaign group of {} sender(s): {named}", senders.max(1))
    } else {
        named
    }
}

/// The consultation's comments by decision [`Unit`], in the order of
/// their first comment.
pub fn units(c: &Consultation) -> Vec<Unit<'_>> {
    let mut out: Vec<Unit> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = Default::default();
    for (r, com) in super::all_comments(c) {
        let key = com.group.as_deref().unwrap_or(&com.id);
        match index.get(key) {
            Some(&i) => out[i].members.push((r, com)),
            None => {
                index.insert(key, out.len());
                out.push(Unit {
                    members: vec![(r, com)],
                    group: com.group.as_deref(),
                    senders: 0,
                });
            }
        }
    }
    for u in &mut out {
        // The memo's first: the lowest memo number (responses without one
        // after, in file order).
        u.members.sort_by_key(|(r, com)| {
            let point = r.comments.iter().position(|x| std::ptr::eq(x, *com));
            (r.number == 0, r.number, point)
        });
        let mut keys = std::collections::HashSet::new();
        u.senders = u
            .members
            .iter()
            .filter(|(r, _)| r.sender_key().is_none_or(|k| keys.insert(k)))
            .count();
    }
    out
}

/// Counts per status, per respondent, and the comments still open.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Progress {
    pub comments: usize,
    pub decided: usize,
    pub open: usize,
    /// Every status with its count, in [`Status::ALL`] order.
    pub per_status: Vec<StatusCount>,
    pub per_respondent: Vec<RespondentProgress>,
    /// One entry per point to decide: a campaign group's open point once.
    pub open_comments: Vec<OpenComment>,
    /// How many points are open (`open_comments`): a campaign group's
    /// point counts once, however many senders made it.
    pub open_points: usize,
    pub orphaned: Vec<OrphanedDecision>,
    pub reattached: Vec<ReattachedDecision>,
    /// Decisions re-attached to a reworded comment, not yet confirmed
    /// (filled by `status`, which has the ledger).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<super::Unconfirmed>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusCount {
    pub status: Status,
    pub label: String,
    pub count: usize,
}

/// One response's progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RespondentProgress {
    pub respondent: String,
    pub file: String,
    pub comments: usize,
    pub open: usize,
    pub late: bool,
}

/// A point without a decision: a comment, or a campaign group's point
/// (listed once, under the group's id).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenComment {
    pub id: String,
    pub respondent: String,
    pub text: String,
    pub sections: Vec<String>,
    /// Whether every sender sent it late.
    pub late: bool,
    /// The campaign group's id, for a group's point.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// How many senders made the point (1 for an ordinary comment).
    pub senders: usize,
    /// How many comments it stands for (one per letter of a campaign).
    pub comments: usize,
}

/// Works out the progress of a consultation with the ledger applied.
pub fn progress(c: &Consultation) -> Progress {
    let mut p = Progress {
        per_status: Status::ALL
            .iter()
            .map(|s| StatusCount {
                status: *s,
                label: s.label_nl().to_string(),
                count: 0,
            })
            .collect(),
        orphaned: c.orphaned_decisions.clone(),
        reattached: c.reattached_decisions.clone(),
        ..Progress::default()
    };
    for r in &c.responses {
        let mut rp = RespondentProgress {
            respondent: r.respondent.clone(),
            file: r.file.clone(),
            comments: r.comments.len(),
            open: 0,
            late: r.late,
        };
        for comment in &r.comments {
            let status = comment.decision.status;
            if let Some(sc) = p.per_status.iter_mut().find(|s| s.status == status) {
                sc.count += 1;
            }
            if status == Status::Open {
                rp.open += 1;
            }
        }
        p.comments += rp.comments;
        p.open += rp.open;
        p.per_respondent.push(rp);
    }
    p.decided = p.comments - p.open;
    // A campaign group's open point once: one decision settles it.
    for u in units(c) {
        let open: Vec<&(&Response, &Comment)> = u
            .members
            .iter()
            .filter(|(_, com)| com.decision.status == Status::Open)
            .collect();
        let Some(&&(r, comment)) = open.first() else {
            continue;
        };
        let several = open.len() > 1;
        p.open_comments.push(OpenComment {
            id: if several { u.id() } else { &comment.id }.to_string(),
            respondent: r.respondent.clone(),
            text: comment.text.clone(),
            sections: comment.sections.iter().map(|l| l.number.clone()).collect(),
            late: open.iter().all(|(r, _)| r.late),
            group: u.group.map(str::to_string),
            senders: u.senders.max(1),
            comments: open.len(),
        });
    }
    p.open_points = p.open_comments.len();
    p
}

impl Progress {
    /// The human-readable report.
    pub fn render(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        match (self.decided * 100).checked_div(self.comments) {
            Some(pct) => {
                let _ = writeln!(
                    out,
                    "{} comment(s): {} decided, {} open ({pct}% done)",
                    self.comments, self.decided, self.open
                );
            }
            // No comments is nothing done: no responses were read (or
            // none made a point), not a finished consultation.
            None => {
                let _ = writeln!(out, "0 comment(s): nothing to decide (no points were read)");
            }
        }
        if self.open_points != self.open {
            let _ = writeln!(
                out,
                "{} open point(s) to decide: a campaign group's point counts once",
                self.open_points
            );
        }
        let _ = writeln!(out, "\nper status:");
        for s in &self.per_status {
            let _ = writeln!(out, "  {:<20} {:>5}", s.label, s.count);
        }
        let _ = writeln!(out, "\nper respondent (comments, open):");
        for r in &self.per_respondent {
            let late = if r.late { "  [late]" } else { "" };
            let _ = writeln!(
                out,
                "  {:<40} {:>4} {:>4}{late}",
                crate::cli::shorten(&r.respondent, 40),
                r.comments,
                r.open
            );
        }
        if !self.open_comments.is_empty() {
            let _ = writeln!(out, "\nopen comments (one line per point to decide):");
            for o in &self.open_comments {
                let who = who(
                    &crate::cli::shorten(&o.respondent, 30),
                    o.group.is_some(),
                    o.senders,
                    o.comments,
                );
                let _ = writeln!(
                    out,
                    "  {}  {who}: {}",
                    o.id,
                    crate::cli::shorten(&o.text, 70)
                );
            }
        }
        if !self.reattached.is_empty() {
            let _ = writeln!(
                out,
                "\nre-attached decisions (the comment's text changed slightly):"
            );
            for r in &self.reattached {
                let _ = writeln!(
                    out,
                    "  {} -> {}  {} ({:.0}% similar)",
                    r.old_id,
                    r.new_id,
                    r.respondent,
                    r.score * 100.0
                );
            }
        }
        if !self.unconfirmed.is_empty() {
            let _ = writeln!(
                out,
                "\nre-attached decisions to confirm (the point was reworded since the decision):"
            );
            for u in &self.unconfirmed {
                let _ = writeln!(out, "  {}  {}", u.comment_id, u.message());
            }
        }
        if !self.orphaned.is_empty() {
            let _ = writeln!(
                out,
                "\norphaned decisions (comment no longer found; kept in the ledger):"
            );
            for o in &self.orphaned {
                if o.records_nothing() {
                    let _ = writeln!(
                        out,
                        "  {}  [{}]\n    {}",
                        o.comment_id,
                        o.status.label_nl(),
                        o.hint()
                    );
                    continue;
                }
                let _ = writeln!(
                    out,
                    "  {}  {} [{}]: \"{}\"\n    {}",
                    o.comment_id,
                    o.respondent,
                    o.status.label_nl(),
                    crate::cli::shorten(&o.text, 60),
                    o.hint()
                );
            }
        }
        out
    }
}
