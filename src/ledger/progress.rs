//! Progress of the working group: what `inspraak status` shows.

use serde::Serialize;

use crate::model::{Consultation, OrphanedDecision, ReattachedDecision, Status};

/// Counts per status, per respondent, and the comments still open.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Progress {
    pub comments: usize,
    pub decided: usize,
    pub open: usize,
    /// Every status with its count, in [`Status::ALL`] order.
    pub per_status: Vec<StatusCount>,
    pub per_respondent: Vec<RespondentProgress>,
    pub open_comments: Vec<OpenComment>,
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

/// A comment without a decision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenComment {
    pub id: String,
    pub respondent: String,
    pub text: String,
    pub sections: Vec<String>,
    pub late: bool,
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
                p.open_comments.push(OpenComment {
                    id: comment.id.clone(),
                    respondent: r.respondent.clone(),
                    text: comment.text.clone(),
                    sections: comment.sections.iter().map(|l| l.number.clone()).collect(),
                    late: r.late,
                });
            }
        }
        p.comments += rp.comments;
        p.open += rp.open;
        p.per_respondent.push(rp);
    }
    p.decided = p.comments - p.open;
    p
}

impl Progress {
    /// The human-readable report.
    pub fn render(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let pct = (self.decided * 100)
            .checked_div(self.comments)
            .unwrap_or(100);
        let _ = writeln!(
            out,
            "{} comment(s): {} decided, {} open ({pct}% done)",
            self.comments, self.decided, self.open
        );
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
            let _ = writeln!(out, "\nopen comments:");
            for o in &self.open_comments {
                let _ = writeln!(
                    out,
                    "  {}  {}: {}",
                    o.id,
                    crate::cli::shorten(&o.respondent, 30),
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
