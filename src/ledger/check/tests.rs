use super::*;
use crate::model::{Link, LinkReason, Response, Version};

fn link(number: &str) -> Link {
    Link {
        number: number.into(),
        score: 0.2,
        reason: String::new(),
        kinds: vec![LinkReason::Topic],
    }
}

/// QA19: a damaged final version left `check` saying nothing needs
/// attention while the memo lost every change; a draft that could not
/// be read is a finding that names it.
#[test]
fn a_draft_that_could_not_be_read_needs_attention() {
    let problem = |file: &str| crate::model::Problem {
        file: file.into(),
        message: format!("`{file}` is not a readable PDF"),
        kind: crate::model::ProblemKind::Unreadable,
    };
    let c = Consultation {
        versions: vec![Version::default()],
        problems: vec![
            problem("drafts/02-definitief.pdf"),
            problem("responses/03-brief.pdf"),
            // Review: a version read but not compared, and the matching
            // of changes with comments failing (`drafts/`), were said
            // to be drafts that "could not be read".
            crate::model::Problem {
                kind: crate::model::ProblemKind::Failed,
                message: "02-definitief.pdf could not be compared".into(),
                ..problem("drafts/02-definitief.pdf")
            },
            crate::model::Problem {
                kind: crate::model::ProblemKind::Failed,
                ..problem("drafts/")
            },
        ],
        ..Consultation::default()
    };
    let findings = check(&c, &Ledger::default());
    let unread: Vec<&Finding> = findings.iter().filter(|f| f.kind == Kind::Unread).collect();
    assert_eq!(unread.len(), 1, "{findings:#?}");
    assert!(
        unread[0]
            .message
            .starts_with("drafts/02-definitief.pdf could not be read"),
        "{}",
        unread[0].message
    );
}

/// An adopted comment whose first section did not change and whose
/// only link to the changed section is by shared words is *adopted,
/// unchanged*, and the change stays unexplained: the rule of the memo's
/// table of changes.
#[test]
fn a_topical_link_to_a_changed_later_section_explains_no_adoption() {
    let mut c = Consultation {
        versions: vec![Version::default(), Version::default()],
        ..Consultation::default()
    };
    c.changes.push(Change::modified("4", "Leidende principes"));
    let mut comment = Comment {
        id: "c-1".into(),
        text: "Ook onze schoonmoeder werd financieel uitgebuit.".into(),
        sections: vec![link("1"), link("4")],
        ..Comment::default()
    };
    comment.decision.status = Status::Adopted;
    comment.decision.answer = "Dank.".into();
    c.responses.push(Response {
        comments: vec![comment.clone()],
        ..Response::default()
    });
    let ledger = Ledger::default();
    let findings = check(&c, &ledger);
    let unchanged = findings
        .iter()
        .find(|f| f.kind == Kind::AdoptedUnchanged)
        .expect("adopted, unchanged");
    assert!(
        unchanged.message.contains("section(s) 1 of the draft"),
        "{}",
        unchanged.message
    );
    assert!(
        unchanged.message.contains("section(s) 4 changed"),
        "{}",
        unchanged.message
    );
    assert!(findings.iter().any(|f| f.kind == Kind::UnexplainedChange));
    // Linked by a reference, the change explains it.
    comment.sections[1].kinds = vec![LinkReason::Reference];
    c.responses[0].comments[0] = comment;
    let findings = check(&c, &ledger);
    assert!(!findings
        .iter()
        .any(|f| matches!(f.kind, Kind::AdoptedUnchanged | Kind::UnexplainedChange)));
}

/// A section the working group chose that the draft no longer has is
/// an unknown section, and is not also said to be unchanged (QA: both
/// findings for `Bijlage 3` after the draft was replaced).
#[test]
fn a_chosen_section_the_draft_lacks_is_unknown_not_unchanged() {
    let draft = Version {
        sections: vec![crate::model::Section {
            number: "1".into(),
            title: "Inleiding".into(),
            ..crate::model::Section::default()
        }],
        ..Version::default()
    };
    let mut c = Consultation {
        versions: vec![draft.clone(), draft],
        ..Consultation::default()
    };
    let chosen = vec!["Bijlage 3".to_string()];
    let mut comment = Comment {
        id: "c-1".into(),
        text: "Voeg de Blijf Groep toe aan bijlage 3.".into(),
        sections: crate::ledger::attach::chosen_links(&chosen),
        ..Comment::default()
    };
    comment.decision.status = Status::Adopted;
    comment.decision.answer = "Gedaan.".into();
    comment.decision.sections = Some(chosen);
    c.responses.push(Response {
        comments: vec![comment],
        ..Response::default()
    });
    let findings = check(&c, &Ledger::default());
    assert!(
        findings.iter().any(|f| f.kind == Kind::UnknownSection),
        "{findings:?}"
    );
    assert!(
        !findings.iter().any(|f| f.kind == Kind::AdoptedUnchanged),
        "{findings:?}"
    );
}

/// QA23 control-chars-in-filename-warnings: `check` printed a finding's
/// message with its file name's line feed kept, so a name holding
/// `\nwarning: ...` forged a line of its own. A finding is one line, its
/// control characters shown escaped.
#[test]
fn a_file_name_with_control_characters_cannot_forge_a_line_of_check() {
    let findings = [Finding {
        kind: Kind::Unread,
        comment: None,
        section: None,
        message: "evil\nwarning: forged\u{1b}[2J.pdf could not be read".into(),
        group: None,
        senders: None,
    }];
    let out = render(&findings);
    assert!(
        out.contains("evil\\nwarning: forged\\x1b[2J.pdf could not be read"),
        "{out}"
    );
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(!out.lines().any(|l| l.starts_with("warning:")), "{out}");
}
