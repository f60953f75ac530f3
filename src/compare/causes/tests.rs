use super::*;

fn modified(number: &str) -> Change {
    Change::modified(number, "Titel")
}

fn link(number: &str, kind: crate::model::LinkReason) -> crate::model::Link {
    crate::model::Link {
        number: number.into(),
        score: 0.2,
        reason: String::new(),
        kinds: vec![kind],
    }
}

/// One rule for `check`, the memo items and the table of changes: a
/// link by shared words alone explains a change only in the comment's
/// first section; a reference, the working group's choice or a change
/// reference do more, shared words without a link (a possible cause in
/// `Change::comments`) nothing.
#[test]
fn a_topical_link_to_a_later_section_explains_nothing() {
    use crate::model::LinkReason::{Reference, Topic};
    let mut comment = Comment {
        id: "c-1".into(),
        sections: vec![link("1", Topic), link("4", Topic)],
        ..Comment::default()
    };
    assert!(explains(&comment, &modified("1"), false));
    assert!(!explains(&comment, &modified("4"), false));
    assert!(!explains(&comment, &modified("4"), true), "named as cause");
    assert_eq!(strong_links(&comment).collect::<Vec<_>>(), ["1"]);
    comment.sections[1] = link("4", Reference);
    assert!(explains(&comment, &modified("4"), false));
    // A new section has no section of the draft to link to: named as its
    // cause, the comment explains it.
    let mut added = modified("5");
    added.before = None;
    assert!(explains(&comment, &added, true));
    assert!(!explains(&comment, &added, false));
    // A change reference says where: nothing else counts.
    comment.decision.change_ref = Some("4".into());
    assert!(!explains(&comment, &modified("1"), true));
    assert!(explains(&comment, &modified("4"), false));
    // Editorial changes are explained by no link.
    comment.decision.change_ref = None;
    let mut editorial = modified("1");
    editorial.editorial = true;
    assert!(!explains(&comment, &editorial, true));
}

/// A comment linked to no section explains no change, however many words
/// it shares with it: `suggest_causes` offers it as a possible cause, but
/// the memo and `check` do not credit it (QA22: an adopted point credited
/// with a new definition in a section it was never linked to).
#[test]
fn an_unlinked_comment_explains_no_change_it_is_offered_for() {
    let mut comment = Comment {
        id: "c-1".into(),
        text: "Wij pleiten voor meer casemanagement en regelmatig casusoverleg tussen politie, \
               jeugdzorg en reclassering."
            .into(),
        ..Comment::default()
    };
    comment.decision.status = Status::PartlyAdopted;
    let mut ch = modified("3");
    ch.text_changed = true;
    ch.diff = vec![crate::model::DiffSpan {
        op: crate::model::DiffOp::Insert,
        text: "Casemanagement: de regie op de hulp, met regelmatig casusoverleg tussen politie, \
               jeugdzorg en reclassering."
            .into(),
    }];
    let responses = vec![Response {
        comments: vec![comment.clone()],
        ..Response::default()
    }];
    let mut changes = vec![ch];
    suggest_causes(&mut changes, &responses);
    assert_eq!(changes[0].comments, ["c-1"], "offered as a possible cause");
    assert!(!explains(&comment, &changes[0], true));
    // Its change reference ties it to the change.
    comment.decision.change_ref = Some("3".into());
    assert!(explains(&comment, &changes[0], false));
}

/// [`suggest_causes`] scoring every comment for every change.
fn suggest_causes_scoring_all(changes: &mut [Change], responses: &[Response]) {
    let analyzer = Analyzer::default();
    let comments: Vec<&Comment> = responses.iter().flat_map(|r| &r.comments).collect();
    let words: Vec<TextTerms> = comments
        .iter()
        .map(|c| TextTerms::new(&analyzer, c))
        .collect();
    for change in changes.iter_mut() {
        let evidence = ChangeProfile::new(&analyzer, change);
        let ranked: Vec<(f64, &str)> = comments
            .iter()
            .zip(&words)
            .filter_map(|(c, w)| {
                let profile = CommentProfile {
                    comment: c,
                    words: w,
                };
                score(&profile, &evidence).map(|s| (s, c.id.as_str()))
            })
            .collect();
        change.comments = strongest(ranked);
    }
}

#[test]
fn candidates_give_the_ranking_of_scoring_all() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    let spec = crate::synth::Spec {
        responses: 60,
        pages: 12,
        seed: 7,
        ..crate::synth::Spec::default()
    };
    crate::synth::generate(&spec, &inbox).unwrap();
    let ledger = crate::ledger::Ledger::load(&dir.path().join("ledger.toml")).unwrap();
    let inbox = crate::inbox::Inbox::open(&inbox).unwrap();
    let mut c = crate::pipeline::build(&inbox, &ledger);
    assert!(c.changes.len() > 3, "the final version changes the draft");
    // Decisions count: some adopted, some not, one tied to a change.
    let target = c.changes[0].after.as_ref().map(|s| s.number.clone());
    for (i, comment) in c
        .responses
        .iter_mut()
        .flat_map(|r| &mut r.comments)
        .enumerate()
    {
        comment.decision.status = match i % 3 {
            0 => Status::Adopted,
            1 => Status::NotAdopted,
            _ => Status::Open,
        };
        if i == 5 {
            comment.decision.change_ref = target.clone();
        }
    }
    let mut expected = c.changes.clone();
    suggest_causes_scoring_all(&mut expected, &c.responses);
    suggest_causes(&mut c.changes, &c.responses);
    let offered: usize = expected.iter().map(|ch| ch.comments.len()).sum();
    assert!(offered > 10, "comments are offered as causes ({offered})");
    for (got, want) in c.changes.iter().zip(&expected) {
        assert_eq!(got.comments, want.comments);
    }
}

#[test]
fn request_phrases_are_found() {
    let c = Comment {
        text: "Wij verzoeken u de volgende zin toe te voegen: de regio betrekt \
                   ervaringsdeskundigen bij de uitvoering. Ook \"aandacht voor mantelzorgers\" \
                   graag opnemen."
            .into(),
        ..Comment::default()
    };
    let r = requested_text(&c);
    assert!(
        r.iter().any(|t| t.contains("ervaringsdeskundigen")),
        "{r:?}"
    );
    assert!(
        r.iter().any(|t| t == "aandacht voor mantelzorgers"),
        "{r:?}"
    );
}

#[test]
fn draft_quotes_are_not_requests() {
    let c = Comment {
        text: "In de zin \"de regio kiest voor preventie\" mist de jeugd.".into(),
        quotes: vec![crate::model::Quote {
            text: "de regio kiest voor preventie".into(),
            section: Some("2.1".into()),
            score: 1.0,
            ..Default::default()
        }],
        ..Comment::default()
    };
    assert!(requested_text(&c).is_empty());
}

/// A section only moved, word for word, to another place (QA31c: 4.2
/// moved unchanged to chapter 5 as 5.1) has no new text: a link to it
/// does not make the move the change made for an adopted comment (as a
/// mere renumbering does not); a change reference naming it does (the
/// comment asked for the move). A moved section whose text changed is
/// explained by the link as before.
#[test]
fn a_section_only_moved_is_explained_by_a_change_reference_only() {
    use crate::model::LinkReason::Reference;
    let mut comment = Comment {
        id: "c-1".into(),
        sections: vec![link("4.2", Reference)],
        ..Comment::default()
    };
    let mut moved = Change::modified("4.2", "Wachttijden");
    moved.kind = crate::model::ChangeKind::Moved;
    moved.renumbered = true;
    moved.after.as_mut().unwrap().number = "5.1".into();
    moved.text_changed = false;
    moved.words_added = 1;
    moved.words_removed = 1;
    assert!(super::super::only_moved(&moved));
    assert!(!explains(&comment, &moved, false));
    assert!(!explains(&comment, &moved, true));
    comment.decision.change_ref = Some("5.1".into());
    assert!(explains(&comment, &moved, false));
    comment.decision.change_ref = None;
    moved.text_changed = true;
    assert!(!super::super::only_moved(&moved));
    assert!(explains(&comment, &moved, false));
}
