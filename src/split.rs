//! Stage 3, split: a response's letter metadata and its comments.

use chrono::NaiveDate;

use crate::model::{Comment, Document, RespondentKind};

/// What the split stage read from one response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Letter {
    /// Sender as read from the letter (letterhead, `Van:`, signature).
    pub respondent: Option<String>,
    pub kind: RespondentKind,
    pub date: Option<NaiveDate>,
    pub place: Option<String>,
    pub private_person: bool,
    /// Comments in letter order, ids set, links empty.
    pub comments: Vec<Comment>,
}

/// Splits a response into comments (placeholder: one comment per paragraph).
pub fn split_response(doc: &Document, response_id: &str) -> Letter {
    let mut comments = Vec::new();
    for para in doc.text().split("\n\n") {
        let text = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.len() > 40 {
            comments.push(Comment {
                id: crate::ids::comment_id(response_id, &text),
                text,
                ..Comment::default()
            });
        }
    }
    Letter {
        comments,
        ..Letter::default()
    }
}
