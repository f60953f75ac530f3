//! The redline (`wijzigingen.html`): the whole newest version in its own
//! order, each changed section shown as its word diff against the
//! consultation draft, removed sections at their old place.

use std::collections::{HashMap, HashSet};

use super::context::{body_of, join_heading, RedlineSection};
use super::diff;
use crate::model::{Change, ChangeKind, Consultation, DiffOp, DiffSpan, Section};

/// The sections of the redline in reading order.
pub fn sections(c: &Consultation, kind_label: impl Fn(&Change) -> String) -> Vec<RedlineSection> {
    let (Some(draft), Some(last)) = (c.versions.first(), c.versions.last()) else {
        return Vec::new();
    };
    let by_after: HashMap<&str, &Change> = c
        .changes
        .iter()
        .filter_map(|ch| ch.after.as_ref().map(|a| (a.number.as_str(), ch)))
        .collect();
    let mut out: Vec<RedlineSection> = Vec::new();
    let mut placed: HashSet<usize> = HashSet::new();
    // Removed sections in the draft's order, so that several removed in a
    // row come back in that order.
    let draft_pos = |ch: &&Change| {
        ch.before
            .as_ref()
            .and_then(|b| draft.sections.iter().position(|s| s.number == b.number))
            .unwrap_or(usize::MAX)
    };
    let mut removed: Vec<&Change> = c.changes.iter().filter(|ch| ch.after.is_none()).collect();
    removed.sort_by_key(draft_pos);
    // Sections split off from another: the diff of the section they were
    // split from shows them (heading and text), so they are not shown
    // again as sections of their own.
    let split_off: HashSet<&str> = c
        .changes
        .iter()
        .filter(|ch| ch.after.is_some())
        .flat_map(|ch| ch.split_into.iter().map(|s| s.number.as_str()))
        .filter(|n| !by_after.contains_key(n))
        .collect();
    // Removed sections before the first section the newest version kept.
    place_removed(c, &removed, None, &mut placed, &mut out, &kind_label);
    for s in &last.sections {
        if split_off.contains(s.number.as_str()) {
            continue;
        }
        let section = match by_after.get(s.number.as_str()) {
            Some(ch) => changed(out.len(), s.level, ch, &kind_label),
            None => unchanged(out.len(), s),
        };
        out.push(section);
        let draft_number = by_after
            .get(s.number.as_str())
            .and_then(|ch| ch.before.as_ref().map(|b| b.number.as_str()))
            .or_else(|| draft.section(&s.number).map(|d| d.number.as_str()));
        place_removed(
            c,
            &removed,
            draft_number,
            &mut placed,
            &mut out,
            &kind_label,
        );
    }
    out
}

/// Appends the removed sections whose nearest kept predecessor in the
/// draft is `after` (the draft section number; `None`: the start).
fn place_removed(
    c: &Consultation,
    removed: &[&Change],
    after: Option<&str>,
    placed: &mut HashSet<usize>,
    out: &mut Vec<RedlineSection>,
    kind_label: &impl Fn(&Change) -> String,
) {
    let Some(draft) = c.versions.first() else {
        return;
    };
    let removed_numbers: HashSet<&str> = removed
        .iter()
        .filter_map(|ch| ch.before.as_ref().map(|b| b.number.as_str()))
        .collect();
    for (i, ch) in removed.iter().enumerate() {
        if placed.contains(&i) {
            continue;
        }
        let Some(before) = &ch.before else {
            continue;
        };
        let Some(pos) = draft
            .sections
            .iter()
            .position(|s| s.number == before.number)
        else {
            if after.is_none() {
                continue;
            }
            // Not found in the draft: keep it at the end, after the last.
            if c.versions
                .last()
                .and_then(|v| v.sections.last())
                .map(|s| s.number.as_str())
                == after
            {
                placed.insert(i);
                out.push(changed(out.len(), 1, ch, kind_label));
            }
            continue;
        };
        let predecessor = draft.sections[..pos]
            .iter()
            .rev()
            .map(|s| s.number.as_str())
            .find(|n| !removed_numbers.contains(n));
        if predecessor == after {
            placed.insert(i);
            let level = draft.sections[pos].level;
            out.push(changed(out.len(), level, ch, kind_label));
        }
    }
}

fn anchor(n: usize) -> String {
    format!("sectie-{}", n + 1)
}

fn changed(
    n: usize,
    level: u8,
    ch: &Change,
    kind_label: &impl Fn(&Change) -> String,
) -> RedlineSection {
    RedlineSection {
        anchor: anchor(n),
        heading: super::context::heading_of(ch),
        level: heading_level(level),
        changed: true,
        removed: ch.kind == ChangeKind::Removed || ch.after.is_none(),
        editorial: ch.editorial,
        kind: kind_label(ch),
        heading_pieces: heading_pieces(ch),
        moved_from: match (ch.kind, &ch.before) {
            (ChangeKind::Moved, Some(b)) => join_heading(&b.number, &b.title),
            _ => String::new(),
        },
        pieces: diff::pieces(&body_of(ch)),
        blocks: Vec::new(),
    }
    .with_blocks()
}

/// The heading of a section kept in the newest version whose number or
/// title changed, as a diff: the draft's number and title struck through,
/// the new ones inserted (`<del>1.2</del> <ins>1.3</ins> <del>Financiën</del>
/// <ins>Financiering</ins>`). Empty when the heading did not change.
fn heading_pieces(ch: &Change) -> Vec<super::diff::Piece> {
    let (Some(b), Some(a)) = (&ch.before, &ch.after) else {
        return Vec::new();
    };
    let same_title = crate::text::words(&b.title).eq(crate::text::words(&a.title));
    if b.number == a.number && same_title {
        return Vec::new();
    }
    let span = |op, text: String| DiffSpan { op, text };
    let mut spans = Vec::new();
    // The front matter (`0`) and a front-matter heading numbered by its
    // title (`Samenvatting`, `Voorwoord`) show their title only.
    let shown = |s: &crate::model::SectionRef| {
        crate::model::shows_number(&s.number, &s.title)
            && !crate::model::is_front_heading(&s.number)
    };
    if b.number == a.number {
        if shown(a) {
            spans.push(span(DiffOp::Equal, a.number.clone()));
        }
    } else {
        if shown(b) {
            spans.push(span(DiffOp::Delete, b.number.clone()));
        }
        if shown(a) {
            spans.push(span(DiffOp::Insert, format!(" {}", a.number)));
        }
    }
    let title = |t: &str, first: bool| {
        if first {
            t.trim().to_string()
        } else {
            format!(" {}", t.trim())
        }
    };
    if same_title {
        if !a.title.trim().is_empty() {
            let t = title(&a.title, spans.is_empty());
            spans.push(span(DiffOp::Equal, t));
        }
    } else {
        if !b.title.trim().is_empty() {
            let t = title(&b.title, spans.is_empty());
            spans.push(span(DiffOp::Delete, t));
        }
        if !a.title.trim().is_empty() {
            let t = title(&a.title, spans.is_empty());
            spans.push(span(DiffOp::Insert, t));
        }
    }
    diff::pieces(&spans)
}

fn unchanged(n: usize, s: &Section) -> RedlineSection {
    RedlineSection {
        anchor: anchor(n),
        heading: join_heading(&s.number, &s.title),
        level: heading_level(s.level),
        changed: false,
        removed: false,
        editorial: false,
        kind: String::new(),
        heading_pieces: Vec::new(),
        moved_from: String::new(),
        pieces: diff::pieces(&[DiffSpan {
            op: DiffOp::Equal,
            text: s.text.clone(),
        }]),
        blocks: Vec::new(),
    }
    .with_blocks()
}

/// Chapters are `h2` (the document title is `h1`), deeper levels follow,
/// at most `h6`.
fn heading_level(level: u8) -> u8 {
    level.saturating_add(1).clamp(2, 6)
}

#[cfg(test)]
mod tests;
