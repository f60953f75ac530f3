//! Stage 4, link: each comment's sections in the consultation draft, best
//! first, with a score and a reason.

use crate::model::{Comment, Link, LinkReason, Version};

/// An index over the sections of the consultation draft.
pub struct Linker<'a> {
    draft: &'a Version,
}

impl<'a> Linker<'a> {
    pub fn new(draft: &'a Version) -> Self {
        Linker { draft }
    }

    /// Fills `comment.sections` (and `comment.quotes`).
    pub fn link(&self, comment: &mut Comment) {
        comment.sections.clear();
        for s in &self.draft.sections {
            if comment.text.contains(&format!("paragraaf {}", s.number)) {
                comment.sections.push(Link {
                    number: s.number.clone(),
                    score: 1.0,
                    reason: format!("verwijst naar \"paragraaf {}\"", s.number),
                    kinds: vec![LinkReason::Reference],
                });
            }
        }
    }
}
