//! Stage 6, compare: versions aligned section by section with word-level
//! diffs, and the comments that may have caused each change.

use crate::model::{Change, ChangeKind, DiffOp, DiffSpan, Response, SectionRef, Version};

/// Changes from `before` to `after` (placeholder: aligned by number only).
pub fn compare(before: &Version, after: &Version) -> Vec<Change> {
    let mut changes = Vec::new();
    for a in &after.sections {
        let sref = SectionRef {
            number: a.number.clone(),
            title: a.title.clone(),
        };
        match before.section(&a.number) {
            Some(b) if b.text == a.text && b.title == a.title => {}
            Some(b) => changes.push(Change {
                kind: ChangeKind::Modified,
                before: Some(SectionRef {
                    number: b.number.clone(),
                    title: b.title.clone(),
                }),
                after: Some(sref),
                diff: vec![
                    DiffSpan {
                        op: DiffOp::Delete,
                        text: b.text.clone(),
                    },
                    DiffSpan {
                        op: DiffOp::Insert,
                        text: a.text.clone(),
                    },
                ],
                words_added: a.text.split_whitespace().count(),
                words_removed: b.text.split_whitespace().count(),
                editorial: false,
                comments: Vec::new(),
            }),
            None => changes.push(Change {
                kind: ChangeKind::Added,
                before: None,
                after: Some(sref),
                diff: vec![DiffSpan {
                    op: DiffOp::Insert,
                    text: a.text.clone(),
                }],
                words_added: a.text.split_whitespace().count(),
                words_removed: 0,
                editorial: false,
                comments: Vec::new(),
            }),
        }
    }
    changes
}

/// Offers, for each change, the comments that may have caused it.
pub fn suggest_causes(changes: &mut [Change], responses: &[Response]) {
    for change in changes.iter_mut() {
        let Some(before) = &change.before else {
            continue;
        };
        for r in responses {
            for c in &r.comments {
                if c.sections.iter().any(|l| l.number == before.number) {
                    change.comments.push(c.id.clone());
                }
            }
        }
    }
}
