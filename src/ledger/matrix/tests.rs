use super::*;

#[test]
fn formula_prefix_round_trips() {
    for cell in ["=1+1", "+31 6", "-- lijst", "@user", "gewoon", "'quote", ""] {
        assert_eq!(restore(&neutralise(cell)), cell);
    }
    assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
    assert_eq!(neutralise("gewoon"), "gewoon");
}

#[test]
fn basis_is_stable_and_reads_as_import_does() {
    let d = DecisionView {
        status: Status::Adopted,
        answer: "Ja.\r\nTweede regel. ".into(),
        theme: Some(" wonen".into()),
        ..DecisionView::default()
    };
    let b = basis(&d);
    assert!(is_basis(&b), "{b}");
    assert_eq!(b.len(), 15);
    // What import reads back from the cells gives the same fingerprint.
    let read = DecisionView {
        answer: "Ja.\nTweede regel.".into(),
        theme: Some("wonen".into()),
        summary: Some(String::new()),
        ..d.clone()
    };
    assert_eq!(basis(&read), b);
    // Every editable field counts.
    for other in [
        DecisionView {
            status: Status::Open,
            ..d.clone()
        },
        DecisionView {
            answer: "Nee.".into(),
            ..d.clone()
        },
        DecisionView {
            theme: None,
            ..d.clone()
        },
        DecisionView {
            change_ref: Some("3.1".into()),
            ..d.clone()
        },
        DecisionView {
            summary: Some("Kort".into()),
            ..d.clone()
        },
    ] {
        assert_ne!(basis(&other), b);
    }
    // Fields do not run into each other.
    let a = DecisionView {
        answer: "ab".into(),
        ..DecisionView::default()
    };
    let t = DecisionView {
        answer: "a".into(),
        theme: Some("b".into()),
        ..DecisionView::default()
    };
    assert_ne!(basis(&a), basis(&t));
    assert!(!is_basis("v1:12345"));
    assert!(!is_basis("1234567890ab"));
}

/// QA 33c: the table had neither the response's date nor its late mark,
/// so a late response could not be told from one in time in the meeting.
#[test]
fn a_row_gives_its_responses_date_and_late_mark() {
    use crate::model::{Comment, Response};
    let date = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let comment = Comment {
        id: "c-1".into(),
        text: "De voorlichting moet ook over online pesten gaan.".into(),
        ..Comment::default()
    };
    let mut r = Response {
        file: "beta.txt".into(),
        respondent: "Stichting Beta".into(),
        date: date("2027-04-09"),
        late: true,
        comments: vec![comment.clone()],
        ..Response::default()
    };
    let cells = row(&r, &comment);
    assert_eq!(cells.len() + 1, COLUMNS.len());
    assert_eq!(COLUMNS[col::DATE].header, "datum");
    assert_eq!(COLUMNS[col::LATE].header, "te laat");
    assert_eq!(cells[col::DATE], "2027-04-09");
    assert_eq!(cells[col::LATE], "ja");
    assert_eq!(cells[col::COMMENT], comment.text);
    // A date of receipt is the date that counts; in time: no mark.
    r.received = date("2027-03-30");
    r.late = false;
    let cells = row(&r, &comment);
    assert_eq!(cells[col::DATE], "2027-03-30");
    assert_eq!(cells[col::LATE], "");
    assert!(!COLUMNS[col::DATE].editable && !COLUMNS[col::LATE].editable);
}
