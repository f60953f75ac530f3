//! Stage 6, compare: versions aligned section by section with word-level
//! diffs, the comments that may have caused each change, and each
//! comment's place found again in the newest version.
//!
//! - [`align`] pairs the sections of two versions by content and title,
//!   so renumbered, renamed, moved, split and merged sections are
//!   recognised;
//! - [`diff`] makes word-level diffs that ignore layout whitespace;
//! - [`causes`] ranks the comments that may explain a change;
//! - [`anchor`] re-finds each comment's quotation or section.
//!
//! [`compare`] is the main entry; [`compare_chain`] handles more than two
//! versions.

pub mod align;
pub mod anchor;
pub mod causes;
pub mod diff;

use crate::model::{Change, ChangeKind, DiffOp, Section, SectionRef, Version};

pub use align::{align, Alignment, Pair};
pub use anchor::{reanchor, reanchor_with};
pub use causes::{suggest_causes, suggest_causes_with, TextTerms};
pub use diff::{diff_texts, excerpt, split_leading_whitespace, WordDiff};

/// Changes from `before` to `after`, in the reading order of `after`
/// (removed sections where they used to be). Sections that did not change
/// at all (layout whitespace aside) give no change.
pub fn compare(before: &Version, after: &Version) -> Vec<Change> {
    let alignment = align::align(before, after);
    changes_from_alignment(before, after, &alignment)
}

/// Builds the changes of an alignment.
pub fn changes_from_alignment(
    before: &Version,
    after: &Version,
    alignment: &Alignment,
) -> Vec<Change> {
    // (sort key, change): the key is the position in `after`, with removed
    // sections placed just after the aligned section that preceded them.
    let mut keyed: Vec<((usize, usize), Change)> = Vec::new();
    for pair in &alignment.pairs {
        let merged: Vec<usize> = alignment
            .merges
            .iter()
            .filter(|(_, a)| *a == pair.after)
            .map(|&(b, _)| b)
            .collect();
        let split: Vec<usize> = alignment
            .splits
            .iter()
            .filter(|(b, _)| *b == pair.before)
            .map(|&(_, a)| a)
            .collect();
        if let Some(change) = pair_change(before, after, pair, &merged, &split) {
            keyed.push(((pair.after, 0), change));
        }
    }
    for &j in &alignment.added {
        if let Some(s) = after.sections.get(j) {
            keyed.push(((j, 0), one_sided(ChangeKind::Added, s)));
        }
    }
    for &i in &alignment.removed {
        if let Some(s) = before.sections.get(i) {
            let anchor = (0..i)
                .rev()
                .find_map(|k| alignment.after_of(k))
                .map_or(0, |(a, _)| a + 1);
            let mut removed = one_sided(ChangeKind::Removed, s);
            removed.number_reused = after.section(&s.number).is_some();
            keyed.push(((anchor, 1 + i), removed));
        }
    }
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, c)| c).collect()
}

/// `3.2 Landelijke ontwikkelingen` (number left out for front matter `0`).
pub fn heading(s: &Section) -> String {
    if !crate::model::shows_number(&s.number, &s.title) {
        s.title.clone()
    } else if s.title.is_empty() {
        s.number.clone()
    } else {
        format!("{} {}", s.number, s.title)
    }
}

fn section_ref(s: &Section) -> SectionRef {
    SectionRef {
        number: s.number.clone(),
        title: s.title.clone(),
    }
}

/// An added or removed section: its whole text inserted or deleted.
fn one_sided(kind: ChangeKind, s: &Section) -> Change {
    let head = heading(s);
    let tokens = diff::section_tokens(&head, &s.text);
    let empty: Vec<diff::Token<'_>> = Vec::new();
    let d = if kind == ChangeKind::Added {
        diff::diff_tokens(&empty, &tokens)
    } else {
        diff::diff_tokens(&tokens, &empty)
    };
    let sref = Some(section_ref(s));
    Change {
        kind,
        before: if kind == ChangeKind::Removed {
            sref.clone()
        } else {
            None
        },
        after: if kind == ChangeKind::Added {
            sref
        } else {
            None
        },
        diff: d.spans,
        words_added: d.words_added,
        words_removed: d.words_removed,
        editorial: false,
        comments: Vec::new(),
        renumbered: false,
        retitled: false,
        text_changed: true,
        split_into: Vec::new(),
        merged_from: Vec::new(),
        number_reused: false,
    }
}

/// The change of an aligned pair (with sections merged into it or split
/// off from it), or `None` when nothing changed.
fn pair_change(
    before: &Version,
    after: &Version,
    pair: &Pair,
    merged: &[usize],
    split: &[usize],
) -> Option<Change> {
    let b = before.sections.get(pair.before)?;
    let a = after.sections.get(pair.after)?;
    let mut olds: Vec<usize> = merged.to_vec();
    olds.push(pair.before);
    olds.sort_unstable();
    let mut news: Vec<usize> = split.to_vec();
    news.push(pair.after);
    news.sort_unstable();
    let old_sections: Vec<&Section> = olds
        .iter()
        .filter_map(|&i| before.sections.get(i))
        .collect();
    let new_sections: Vec<&Section> = news.iter().filter_map(|&j| after.sections.get(j)).collect();
    let old_heads: Vec<String> = old_sections.iter().map(|s| heading(s)).collect();
    let new_heads: Vec<String> = new_sections.iter().map(|s| heading(s)).collect();
    let d = match (old_sections.as_slice(), new_sections.as_slice()) {
        // One section on each side: its title and its text each compared
        // with their own.
        ([o], [n]) => diff::diff_blocks(
            diff::section_blocks(&old_heads[0], &o.text),
            diff::section_blocks(&new_heads[0], &n.text),
        ),
        _ => {
            let new_tokens = diff::join_sections(
                new_sections
                    .iter()
                    .zip(&new_heads)
                    .map(|(s, h)| diff::section_tokens(h, &s.text))
                    .collect(),
            );
            // Sections merged: each compared where its text went.
            let old_parts: Vec<Vec<diff::Token<'_>>> = old_sections
                .iter()
                .zip(&old_heads)
                .map(|(s, h)| diff::section_tokens(h, &s.text))
                .collect();
            let old_tokens = diff::join_sections(diff::order_by_place(old_parts, &new_tokens));
            diff::diff_tokens(&old_tokens, &new_tokens)
        }
    };
    let renumbered = b.number != a.number;
    let retitled = crate::text::words(&b.title).ne(crate::text::words(&a.title));
    // New words, not only punctuation or capitals: a section renumbered,
    // renamed or moved whose text got only a comma is not *gewijzigd* (the
    // same edit in a section that kept its number is editorial).
    let (old_body, new_body) = (diff::tokenize(&b.text), diff::tokenize(&a.text));
    let body_changed =
        !merged.is_empty() || !split.is_empty() || !diff::same_words(&old_body, &new_body);
    // An edit of punctuation or capitals only is editorial in any section:
    // one renumbered or moved too (its heading's number is no edit of its
    // text) as one that kept its number.
    let editorial = if renumbered {
        !body_changed
            && !retitled
            && (old_body
                .iter()
                .map(|t| t.text)
                .ne(new_body.iter().map(|t| t.text))
                || b.title.trim() != a.title.trim())
    } else {
        d.editorial
    };
    if !d.has_changes() && !pair.moved && !renumbered {
        return None;
    }
    let kind = if pair.moved {
        ChangeKind::Moved
    } else if retitled {
        ChangeKind::Renamed
    } else if renumbered {
        ChangeKind::Renumbered
    } else {
        ChangeKind::Modified
    };
    let refs = |ids: &[usize], v: &Version| -> Vec<SectionRef> {
        ids.iter()
            .filter_map(|&k| v.sections.get(k))
            .map(section_ref)
            .collect()
    };
    Some(Change {
        kind,
        before: Some(section_ref(b)),
        after: Some(section_ref(a)),
        diff: d.spans,
        words_added: d.words_added,
        words_removed: d.words_removed,
        editorial,
        comments: Vec::new(),
        renumbered,
        retitled,
        text_changed: body_changed,
        split_into: refs(split, after),
        merged_from: refs(merged, before),
        number_reused: false,
    })
}

/// The changes between consecutive versions and overall.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VersionChain {
    /// `steps[k]`: changes from version `k` to version `k + 1`.
    pub steps: Vec<Vec<Change>>,
    /// Changes from the first version to the last (empty with fewer than
    /// two versions).
    pub overall: Vec<Change>,
}

/// Compares each consecutive pair of `versions` (oldest first) and the
/// first with the last.
pub fn compare_chain(versions: &[Version]) -> VersionChain {
    let steps = versions.windows(2).map(|w| compare(&w[0], &w[1])).collect();
    let overall = match versions {
        [first, .., last] => compare(first, last),
        _ => Vec::new(),
    };
    VersionChain { steps, overall }
}

/// Totals over the changes of one comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub modified: usize,
    pub added: usize,
    pub removed: usize,
    pub moved: usize,
    pub renamed: usize,
    pub renumbered: usize,
    /// Changes that are only punctuation or capitalisation.
    pub editorial: usize,
    /// Aligned sections with text split off or merged in.
    pub split_or_merged: usize,
    pub words_added: usize,
    pub words_removed: usize,
}

impl Summary {
    /// Number of changes counted.
    pub fn changes(&self) -> usize {
        self.modified + self.added + self.removed + self.moved + self.renamed + self.renumbered
    }
}

/// Per-document summary of `changes`.
pub fn summarize(changes: &[Change]) -> Summary {
    let mut s = Summary::default();
    for c in changes {
        match c.kind {
            ChangeKind::Modified => s.modified += 1,
            ChangeKind::Added => s.added += 1,
            ChangeKind::Removed => s.removed += 1,
            ChangeKind::Moved => s.moved += 1,
            ChangeKind::Renamed => s.renamed += 1,
            ChangeKind::Renumbered => s.renumbered += 1,
        }
        s.editorial += usize::from(c.editorial);
        s.split_or_merged += usize::from(!c.split_into.is_empty() || !c.merged_from.is_empty());
        s.words_added += c.words_added;
        s.words_removed += c.words_removed;
    }
    s
}

/// Whether a change only gave a section another number, in place: same
/// title, same text (`vernummerd`). Such a change is never the change made
/// for a comment.
pub fn only_renumbered(ch: &Change) -> bool {
    ch.kind == ChangeKind::Renumbered && !ch.text_changed
}

/// Whether a change only moved a section to another place (another
/// chapter, another number), word for word and under the same title
/// (`verplaatst`, nothing else). Its text is unchanged: only a change
/// reference naming it makes it the change made for a comment (one that
/// asked for the move); a link to the section does not.
pub fn only_moved(ch: &Change) -> bool {
    ch.kind == ChangeKind::Moved
        && !ch.text_changed
        && !ch.retitled
        && ch.merged_from.is_empty()
        && ch.split_into.is_empty()
}

/// Whether a working group's change reference (`change_ref`, a section
/// number of the newest version) names `ch` and `ch` can be the change
/// made for that comment: a change of the section's text, title or place,
/// not only its number or punctuation. A change reference is an explicit
/// statement of where the change was made, so a comment that has one
/// explains no other change (see [`causes`] and `inspraak check`).
pub fn reference_explains(change_ref: &str, ch: &Change) -> bool {
    reference_names(change_ref, ch) && !ch.editorial && !only_renumbered(ch)
}

/// Whether a change reference (a section number of the newest version)
/// names the section `ch` changed, whatever the change was.
pub fn reference_names(change_ref: &str, ch: &Change) -> bool {
    names_section(change_ref.trim(), ch)
        || ch.split_into.iter().any(|s| s.number == change_ref.trim())
}

/// Whether `number`, a section number as the working group gives it (a
/// change reference, an editorial mark), names the section of `ch`: the
/// newest version's section, or for a removed section the older one's,
/// but only when the newest version has no section with that number (the
/// section that took the number is the one named).
///
/// A removed section whose number the newest version gave another section
/// is named by its [`removed_key`] (`3.1 Terugblik`), as an editorial mark
/// recorded with its title stands for it.
pub fn names_section(number: &str, ch: &Change) -> bool {
    match (&ch.after, &ch.before) {
        (Some(a), _) => a.number == number,
        (None, Some(b)) if ch.number_reused => removed_key(b) == number,
        (None, b) => b.as_ref().is_some_and(|b| b.number == number),
    }
}

/// How a removed section whose number another section took is named: its
/// number and title (`3.1 Terugblik`).
pub fn removed_key(before: &crate::model::SectionRef) -> String {
    format!("{} {}", before.number, before.title.trim())
}

/// Whether a change's diff holds any insertion or deletion.
pub fn has_edits(change: &Change) -> bool {
    change.diff.iter().any(|s| s.op != DiffOp::Equal)
}

#[cfg(test)]
mod tests;
