use super::*;
use crate::model::{Comment, Response};

fn response(file: &str, respondent: &str, kind: RespondentKind, groups: &[&str]) -> Response {
    Response {
        file: file.into(),
        respondent: respondent.into(),
        kind,
        date: chrono::NaiveDate::from_ymd_opt(2026, 10, 18),
        private_person: kind == RespondentKind::Resident,
        comments: groups
            .iter()
            .map(|g| Comment {
                group: (!g.is_empty()).then(|| g.to_string()),
                ..Comment::default()
            })
            .collect(),
        ..Response::default()
    }
}

fn expected(text: &str) -> Expected {
    toml::from_str::<Expected>(text).unwrap()
}

/// Each measure counts a file right only when what was read is what was
/// expected; a name is compared case and spacing aside and may be any of
/// the accepted ones; a miss names the file, the measure and both values.
#[test]
fn each_measure_counts_what_was_read_as_expected() {
    let want = expected(
        r#"
[meta."01-raad.pdf"]
respondent = "Gemeenteraad van Dalsum"
accept = ["Raad van de gemeente Dalsum"]
kind = "council"
date = "2026-10-18"
[meta."02-bewoner.txt"]
respondent = "H. de Boer"
kind = "resident"
date = "2026-10-18"
private = true
[meta."03-waterschap.pdf"]
respondent = "Waterschap Dalsum"
kind = "organisation"
accept_kind = ["executive_board"]
date = "2026-10-19"
"#,
    );
    let c = Consultation {
        responses: vec![
            response(
                "01-raad.pdf",
                "raad van de  gemeente Dalsum",
                RespondentKind::Council,
                &[],
            ),
            response(
                "02-bewoner.txt",
                "Inwoner 2",
                RespondentKind::Organisation,
                &[],
            ),
            response(
                "03-waterschap.pdf",
                "Waterschap Dalsum",
                RespondentKind::ExecutiveBoard,
                &[],
            ),
        ],
        ..Consultation::default()
    };
    let s = score("set", &want, &c);
    assert_eq!(s.files, 3);
    assert_eq!(s.respondent, 2, "{:#?}", s.misses);
    assert_eq!(s.kind, 2, "{:#?}", s.misses);
    assert_eq!(s.date, 2, "{:#?}", s.misses);
    assert_eq!((s.private, s.private_measured), (2, 3), "{:#?}", s.misses);
    // No file is tagged as a campaign's, no deadline: neither measured.
    assert_eq!((s.campaign, s.campaign_measured), (0, 0));
    assert_eq!((s.late, s.late_measured), (0, 0));
    assert_eq!(s.missed(), 4);
    assert!(s.misses.contains(
        &"set/02-bewoner.txt: respondent \"Inwoner 2\", expected \"H. de Boer\"".to_string()
    ));
    assert!(s
        .misses
        .contains(&"set/03-waterschap.pdf: date 2026-10-18, expected 2026-10-19".to_string()));
}

/// A campaign is right for a file when the files it shares a group with
/// are exactly the others with its tag: a member left out and a file
/// grouped that is no member are both misses, for each file concerned.
#[test]
fn a_campaign_is_right_when_exactly_its_members_share_a_group() {
    let want = expected(
        r#"
[meta."12-a.txt"]
respondent = "A"
kind = "resident"
date = "2026-10-18"
private = true
campaign = "park"
[meta."13-b.txt"]
respondent = "B"
kind = "resident"
date = "2026-10-18"
private = true
campaign = "park"
[meta."14-c.txt"]
respondent = "C"
kind = "resident"
date = "2026-10-18"
private = true
campaign = "park"
[meta."15-d.txt"]
respondent = "D"
kind = "resident"
date = "2026-10-18"
private = true
"#,
    );
    let all_right = Consultation {
        responses: vec![
            response("12-a.txt", "A", RespondentKind::Resident, &["g1", "g2"]),
            response("13-b.txt", "B", RespondentKind::Resident, &["g1", ""]),
            response("14-c.txt", "C", RespondentKind::Resident, &["g2"]),
            response("15-d.txt", "D", RespondentKind::Resident, &[""]),
        ],
        ..Consultation::default()
    };
    let s = score("set", &want, &all_right);
    assert_eq!(s.campaign, 4, "{:#?}", s.misses);
    assert_eq!(s.missed(), 0);
    // 14 not grouped, 15 grouped with 12: 12, 13 (misses 14), 14 and 15 wrong.
    let wrong = Consultation {
        responses: vec![
            response("12-a.txt", "A", RespondentKind::Resident, &["g1", "g3"]),
            response("13-b.txt", "B", RespondentKind::Resident, &["g1"]),
            response("14-c.txt", "C", RespondentKind::Resident, &[""]),
            response("15-d.txt", "D", RespondentKind::Resident, &["g3"]),
        ],
        ..Consultation::default()
    };
    let s = score("set", &want, &wrong);
    assert_eq!(s.campaign, 0, "{:#?}", s.misses);
}

/// A file the set expects but the inbox lacks misses every measure the
/// set measures.
#[test]
fn an_expected_file_not_read_misses_every_measure() {
    let want = expected(
        r#"
[meta."01-raad.pdf"]
respondent = "Gemeenteraad van Dalsum"
kind = "council"
date = "2026-10-18"
"#,
    );
    let s = score("set", &want, &Consultation::default());
    assert_eq!(s.missed(), 3);
    assert_eq!(s.misses.len(), 1);
}

/// With a deadline, a file is expected late when its expected date is
/// after it (or as its `late` says); without one lateness is not measured.
#[test]
fn lateness_is_measured_against_the_deadline() {
    let meta = r#"
[meta."01-raad.pdf"]
respondent = "R"
kind = "council"
date = "2026-10-18"
[meta."02-raad.pdf"]
respondent = "S"
kind = "council"
date = "2026-10-20"
[meta."03-raad.pdf"]
respondent = "T"
kind = "council"
date = "2026-10-21"
late = false
"#;
    let mut late = response("02-raad.pdf", "S", RespondentKind::Council, &[]);
    late.late = true;
    let c = Consultation {
        responses: vec![
            response("01-raad.pdf", "R", RespondentKind::Council, &[]),
            late,
            response("03-raad.pdf", "T", RespondentKind::Council, &[]),
        ],
        ..Consultation::default()
    };
    let s = score(
        "set",
        &expected(&format!("deadline = \"2026-10-19\"\n{meta}")),
        &c,
    );
    assert_eq!((s.late_measured, s.late), (3, 3), "{:#?}", s.misses);
    let s = score("set", &expected(meta), &c);
    assert_eq!((s.late_measured, s.late), (0, 0));
    assert_eq!(s.missed(), 2, "dates 02 and 03 are off: {:#?}", s.misses);
}
