//! The comment table: export → import round trips, Dutch CSV, formula
//! injection, and broken spreadsheets whose messages are pinned.

use std::path::Path;

use inspraak::ledger::matrix::{self, col, ImportError, COLUMNS};
use inspraak::ledger::{Ledger, Update};
use inspraak::model::{Comment, Consultation, Response, Status};

mod common;

use common::{inspraak, temp_inbox};

/// `inspraak args…` in `dir`, to be run or asserted.
fn inspraak_with(dir: &std::path::Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = inspraak(dir);
    cmd.args(args);
    cmd
}

fn comment(id: &str, text: &str) -> Comment {
    Comment {
        id: id.to_string(),
        text: text.to_string(),
        ..Comment::default()
    }
}

/// Three comments of two respondents; one decided.
fn consultation() -> Consultation {
    let mut c = Consultation {
        responses: vec![
            Response {
                id: "r-1".into(),
                file: "gemeente-noord.pdf".into(),
                number: 1,
                respondent: "Gemeente Noord".into(),
                comments: vec![
                    comment("c-11111111", "Noem ook kindermishandeling in de inleiding."),
                    comment("c-22222222", "=SOM(A1:A9) is wat de raad wil; \"aanhalingstekens\"; en ook een;puntkomma"),
                ],
                ..Response::default()
            },
            Response {
                id: "r-2".into(),
                file: "inwoner.txt".into(),
                number: 2,
                respondent: "J. Jansen".into(),
                comments: vec![comment("c-33333333", "- Meer aandacht voor ouderen\n- en mantelzorgers")],
                ..Response::default()
            },
        ],
        ..Consultation::default()
    };
    let mut ledger = Ledger::default();
    let update = Update {
        status: Some(Status::PartlyAdopted),
        answer: Some("+ Deels: zie 1.2.\nTweede regel.".into()),
        theme: Some("@doelgroepen".into()),
        ..Update::default()
    };
    ledger.decide(&c, "c-11111111", &update).unwrap();
    ledger.apply(&mut c);
    c
}

fn plan_csv(csv: &str, c: &Consultation) -> Result<matrix::Plan, String> {
    let table = matrix::table_from_csv(csv.as_bytes()).map_err(|e| e.to_string())?;
    matrix::plan(Path::new("matrix.csv"), &table, c).map_err(|e| e.to_string())
}

#[test]
fn csv_round_trip_is_a_no_op() {
    let c = consultation();
    let bytes = matrix::export_csv(&c).unwrap();
    assert!(bytes.starts_with("\u{feff}id;nota nr;indiener;".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    // The memo numbers, as `decide 1.2` takes them.
    assert!(text.contains("c-22222222;1.2;Gemeente Noord;"), "{text}");
    assert!(text.contains("c-33333333;2.1;J. Jansen;"), "{text}");
    let plan = plan_csv(&text, &c).unwrap();
    assert_eq!(plan.rows, 3);
    assert_eq!(plan.changes, vec![]);
}

#[test]
fn xlsx_round_trip_is_a_no_op() {
    let c = consultation();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("matrix.xlsx");
    std::fs::write(&path, matrix::export_xlsx(&c).unwrap()).unwrap();
    let table = matrix::read_table(&path).unwrap();
    assert_eq!(table.header_row, 1);
    assert_eq!(table.header[col::STATUS], "status");
    assert_eq!(table.rows.len(), 3);
    let plan = matrix::plan(&path, &table, &c).unwrap();
    assert_eq!(plan.changes, vec![]);
}

#[test]
fn formula_injection_is_neutralised_on_export() {
    let c = consultation();
    let text = String::from_utf8(matrix::export_csv(&c).unwrap()).unwrap();
    assert!(text.contains("\"'=SOM(A1:A9) is wat de raad wil;"));
    assert!(text.contains("'- Meer aandacht voor ouderen"));
    assert!(text.contains(";\"'+ Deels: zie 1.2.\nTweede regel.\";'@doelgroepen;"));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("matrix.xlsx");
    std::fs::write(&path, matrix::export_xlsx(&c).unwrap()).unwrap();
    use calamine::Reader;
    let mut wb = calamine::open_workbook_auto(&path).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    let cells: Vec<String> = range
        .rows()
        .flat_map(|r| r.iter().map(|d| d.to_string()))
        .collect();
    assert!(cells.iter().any(|s| s.starts_with("'=SOM(")));
    assert!(!cells
        .iter()
        .any(|s| s.starts_with('=') || s.starts_with('+') || s.starts_with('@')));
}

#[test]
fn comma_csv_without_bom_and_english_headers_is_read() {
    let c = consultation();
    let csv = "id,respondent,comment,status,answer\n\
               c-33333333,J. Jansen,\"- Meer aandacht voor ouderen - en mantelzorgers\",Niet overgenomen,\"Dat valt buiten de visie.\"\n\
               c-22222222,Gemeente Noord,\"'=SOM(A1:A9) is wat de raad wil; \"\"aanhalingstekens\"\"; en ook een;puntkomma\",already covered,Staat in 2.1\n";
    let plan = plan_csv(csv, &c).unwrap();
    let lines: Vec<String> = plan.changes.iter().map(|ch| ch.describe()).collect();
    assert_eq!(
        lines,
        [
            "row 2: c-33333333 (J. Jansen): open -> niet overgenomen; antwoord: \"Dat valt buiten de visie.\"",
            "row 3: c-22222222 (Gemeente Noord): open -> reeds verwerkt; antwoord: \"Staat in 2.1\"",
        ]
    );
    // Columns absent from the table (thema, ...) are left as they are.
    assert_eq!(plan.changes[0].update.theme, None);
}

#[test]
fn every_problem_of_a_broken_csv_is_reported_with_its_row() {
    let c = consultation();
    let csv = "\u{feff}id;reactie;status;antwoord\n\
               c-11111111;Noem ook kindermishandeling in de inleiding.;overgenomen;Ja\n\
               c-99999999;Iets;open;\n\
               ;Zonder id;open;\n\
               c-11111111;Noem ook kindermishandeling in de inleiding.;open;\n\
               c-33333333;Meer aandacht voor jongeren;misschien;Nee\n\
               \n\
               \"c-22222222\";\"=SOM(A1:A9) is wat de raad wil; aanhalingstekens en ook een puntkomma\";vergeten;\"Dank,\nmet een regel\"\n\
               c-33333333;- Meer aandacht voor ouderen - en mantelzorgers;;\n";
    let err = plan_csv(csv, &c).unwrap_err();
    assert_eq!(
        err,
        "`matrix.csv` has 7 problem(s); nothing was imported:\n  \
         row 3: unknown id `c-99999999`: no such comment in the current responses; export the matrix again and copy the decisions over\n  \
         row 4: no id; every row needs the comment id from the export\n  \
         row 5: duplicate id `c-11111111` (also on row 2) with a different decision; rows of one id are one decision (the same comment, as in a file submitted twice): make them equal\n  \
         row 6: the comment text of `c-33333333` differs from the response; the column `reactie` cannot be edited (put remarks in `antwoord`), or the response changed: export the matrix again\n  \
         row 6: unknown status `misschien`; use one of: open, overgenomen (adopted), deels overgenomen (partly_adopted), niet overgenomen (not_adopted), reeds verwerkt (already_covered), ter kennisname (noted)\n  \
         row 8: unknown status `vergeten`; use one of: open, overgenomen (adopted), deels overgenomen (partly_adopted), niet overgenomen (not_adopted), reeds verwerkt (already_covered), ter kennisname (noted)\n  \
         row 9: duplicate id `c-33333333` (also on row 6) with a different decision; rows of one id are one decision (the same comment, as in a file submitted twice): make them equal\n\
         Correct the spreadsheet and import it again."
    );
}

#[test]
fn missing_columns_are_named() {
    let c = consultation();
    let err = plan_csv("id;indiener;status\nc-11111111;x;open\n", &c).unwrap_err();
    assert_eq!(
        err,
        "`matrix.csv` has 1 problem(s); nothing was imported:\n  \
         row 1: missing required column(s) `reactie`, `antwoord`; the header row must name the columns as `inspraak matrix export` writes them\n\
         Correct the spreadsheet and import it again."
    );
}

#[test]
fn a_broken_xlsx_is_reported_with_sheet_rows() {
    let c = consultation();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kapot.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    // A title row and an empty row before the header, as people do.
    ws.write_string(0, 0, "Reactiematrix regiovisie").unwrap();
    for (i, column) in COLUMNS.iter().enumerate() {
        ws.write_string(2, i as u16, column.header).unwrap();
    }
    let rows = [
        [
            "c-11111111",
            "Noem ook kindermishandeling in de inleiding.",
            "deels overgenomen",
            "Ja",
        ],
        [
            "c-33333333",
            "Meer aandacht voor ouderen en mantelzorgers",
            "afgewezen",
            "Nee",
        ],
        ["c-22222222", "Iets heel anders", "vergeten", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 3;
        ws.write_string(r, col::ID as u16, row[0]).unwrap();
        ws.write_string(r, col::COMMENT as u16, row[1]).unwrap();
        ws.write_string(r, col::STATUS as u16, row[2]).unwrap();
        ws.write_string(r, col::ANSWER as u16, row[3]).unwrap();
    }
    ws.write_number(6, col::ID as u16, 42.0).unwrap();
    wb.save(&path).unwrap();
    let table = matrix::read_table(&path).unwrap();
    let err = matrix::plan(Path::new("kapot.xlsx"), &table, &c)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "`kapot.xlsx` has 3 problem(s); nothing was imported:\n  \
         row 6: the comment text of `c-22222222` differs from the response; the column `reactie` cannot be edited (put remarks in `antwoord`), or the response changed: export the matrix again\n  \
         row 6: unknown status `vergeten`; use one of: open, overgenomen (adopted), deels overgenomen (partly_adopted), niet overgenomen (not_adopted), reeds verwerkt (already_covered), ter kennisname (noted)\n  \
         row 7: unknown id `42`: no such comment in the current responses; export the matrix again and copy the decisions over\n\
         Correct the spreadsheet and import it again."
    );
}

#[test]
fn unreadable_files_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("matrix.xlsx");
    std::fs::write(&path, b"dit is geen excel").unwrap();
    assert!(matches!(
        matrix::read_table(&path),
        Err(ImportError::Read { .. })
    ));
    let ods = dir.path().join("matrix.docx");
    std::fs::write(&ods, b"x").unwrap();
    let err = matrix::read_table(&ods).unwrap_err().to_string();
    assert!(
        err.ends_with(
            "give a file ending in .xlsx or .csv (as written by `inspraak matrix export`)"
        ),
        "{err}"
    );
    let latin1 = dir.path().join("matrix.csv");
    std::fs::write(&latin1, b"id;reactie\nc-1;caf\xe9\n").unwrap();
    let err = matrix::read_table(&latin1).unwrap_err().to_string();
    assert!(err.contains("save it as \"CSV UTF-8\""), "{err}");
}

/// Two residents who sent the same text: one campaign group
/// (`c-00000001`, `c-00000002`).
fn campaign_pair() -> (&'static str, Consultation) {
    let text = "Wij zijn tegen sluiting van de opvang.";
    let mut c = Consultation::default();
    for n in 1..=2 {
        c.responses.push(Response {
            id: format!("r-{n}"),
            file: format!("inwoner-{n}.txt"),
            respondent: format!("Inwoner {n}"),
            comments: vec![Comment {
                group: Some("c-00000001".into()),
                ..comment(&format!("c-0000000{n}"), text)
            }],
            ..Response::default()
        });
    }
    (text, c)
}

#[test]
fn rows_of_one_campaign_group_must_agree() {
    let (text, c) = campaign_pair();
    let csv = format!(
        "id;reactie;status;antwoord\nc-00000001;{text};overgenomen;A\nc-00000002;{text};niet overgenomen;B\n"
    );
    let err = plan_csv(&csv, &c).unwrap_err();
    assert!(
        err.contains(
            "row 3: belongs to the same campaign group as row 2 but gives a different decision"
        ),
        "{err}"
    );
    // One changed row decides the group.
    let csv = format!(
        "id;reactie;status;antwoord\nc-00000001;{text};open;\nc-00000002;{text};overgenomen;A\n"
    );
    let plan = plan_csv(&csv, &c).unwrap();
    assert_eq!(plan.changes.len(), 1);
    assert_eq!(plan.changes[0].key, "c-00000001");
}

/// Importing the same table twice must not undo the group's decision: the
/// first import took it from the one filled-in row, and on the second the
/// other row (still `open`, as exported before the meeting) would set the
/// whole group back to open and wipe its answer.
#[test]
fn a_stale_open_row_does_not_reopen_a_decided_campaign_group() {
    let (text, mut c) = campaign_pair();
    let csv = format!(
        "id;reactie;status;antwoord\nc-00000001;{text};niet overgenomen;Past niet.\nc-00000002;{text};open;\n"
    );
    // First import: the group is open, the filled-in row decides it.
    let plan = plan_csv(&csv, &c).unwrap();
    assert_eq!(plan.changes.len(), 1);
    let mut ledger = Ledger::default();
    matrix::apply(&plan, &mut ledger, &c, None, chrono::NaiveDate::MIN);
    ledger.apply(&mut c);
    for r in &c.responses {
        assert_eq!(r.comments[0].decision.status, Status::NotAdopted);
    }
    // Second import of the same table: the rows disagree about a decided
    // group; nothing is imported.
    let err = plan_csv(&csv, &c).unwrap_err();
    assert!(
        err.contains(
            "row 3: belongs to the same campaign group as row 2 but gives a different decision"
        ),
        "{err}"
    );
}

/// A status cell emptied in the spreadsheet is not taken as `open`: that
/// silently reopened a decided comment (and, with its answer emptied too,
/// wiped the decision). Typing `open` still reopens it.
#[test]
fn an_emptied_status_cell_does_not_reopen_a_decided_comment() {
    let c = consultation();
    let text = "Noem ook kindermishandeling in de inleiding.";
    let emptied = format!("id;reactie;status;antwoord\nc-11111111;{text};;\n");
    let err = plan_csv(&emptied, &c).unwrap_err();
    assert!(
        err.contains("row 2: the status of `c-11111111` is empty, but the ledger records"),
        "{err}"
    );
    let reopened = format!("id;reactie;status;antwoord\nc-11111111;{text};open;\n");
    let plan = plan_csv(&reopened, &c).unwrap();
    assert_eq!(plan.changes.len(), 1);
    assert_eq!(plan.changes[0].update.status, Some(Status::Open));
    // An open comment's empty cell is open, as exported.
    let still_open = "id;reactie;status;antwoord\nc-22222222;\"=SOM(A1:A9) is wat de raad wil; \"\"aanhalingstekens\"\"; en ook een;puntkomma\";;\n";
    assert_eq!(plan_csv(still_open, &c).unwrap().changes, vec![]);
}

/// The whole round through the command line on a small text inbox.
#[test]
fn cli_export_edit_dry_run_and_import() {
    let dir = adviesraad_inbox(
        "De adviesraad vraagt om ook kindermishandeling expliciet te noemen in de inleiding.\n\n\
         =1+1 Daarnaast mist de adviesraad aandacht voor ouderen in het hoofdstuk preventie.\n",
    );
    let run = |args: &[&str]| inspraak_with(dir.path(), args);
    run(&["matrix", "export", "m.csv"]).assert().success();
    run(&["matrix", "export", "m.xlsx"]).assert().success();
    let ledger = dir.path().join("ledger.toml");
    // Unchanged tables import as no-ops.
    for f in ["m.csv", "m.xlsx"] {
        run(&["matrix", "import", f])
            .assert()
            .success()
            .stdout(predicates::str::contains("0 decision(s) changed"));
    }
    let csv = std::fs::read_to_string(dir.path().join("m.csv")).unwrap();
    assert!(
        csv.contains(";\"'=1+1 Daarnaast") || csv.contains(";'=1+1 Daarnaast"),
        "{csv}"
    );
    let edited: String = csv
        .lines()
        .map(|l| {
            if l.contains("kindermishandeling") {
                l.replacen(";open;", ";Overgenomen;Staat nu in de inleiding.", 1)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\r\n");
    std::fs::write(dir.path().join("m.csv"), &edited).unwrap();
    let before = std::fs::read(&ledger).ok();
    run(&["matrix", "import", "m.csv", "--dry-run"])
        .assert()
        .success()
        .stdout(predicates::str::contains("open -> overgenomen"))
        .stdout(predicates::str::contains(
            "1 decision(s) would change (dry run: nothing written)",
        ));
    assert_eq!(std::fs::read(&ledger).ok(), before);
    run(&["matrix", "import", "m.csv", "--author", "Werkgroep"])
        .assert()
        .success()
        .stdout(predicates::str::contains("1 decision(s) changed"));
    let text = std::fs::read_to_string(&ledger).unwrap();
    assert!(
        text.contains("answer = \"Staat nu in de inleiding.\""),
        "{text}"
    );
    assert!(text.contains("author = \"Werkgroep\""));

    // A broken table changes nothing.
    let written = std::fs::read(&ledger).unwrap();
    std::fs::write(
        dir.path().join("m.csv"),
        edited.replace("Overgenomen", "Misschien"),
    )
    .unwrap();
    run(&["matrix", "import", "m.csv"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("unknown status `Misschien`"))
        .stderr(predicates::str::contains("nothing was imported"));
    assert_eq!(std::fs::read(&ledger).unwrap(), written);
}

/// A small text inbox with one response of two comments (memo numbers 1.1
/// and 1.2), and a way to run the real command in it.
fn small_inbox() -> (tempfile::TempDir, impl Fn(&[&str]) -> assert_cmd::Command) {
    let dir = adviesraad_inbox(
        "De adviesraad vraagt om ook kindermishandeling expliciet te noemen in de inleiding.\n\n\
         Daarnaast mist de adviesraad aandacht voor ouderen in het hoofdstuk preventie.\n",
    );
    let root = dir.path().to_path_buf();
    let run = move |args: &[&str]| {
        let mut cmd = inspraak(&root);
        cmd.args(args);
        cmd
    };
    (dir, run)
}

/// A text inbox with a draft of one section and one response,
/// `responses/adviesraad.txt`, of the text `response`.
fn adviesraad_inbox(response: &str) -> tempfile::TempDir {
    temp_inbox(&[
        (
            "drafts/01-concept.txt",
            "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld.\n",
        ),
        ("responses/adviesraad.txt", response),
    ])
}

/// Rewrites the row of the comment containing `needle` in an exported
/// `.csv` or `.xlsx`: `edit` gets the cells (as exported) and the header.
fn edit_row(path: &Path, needle: &str, edit: impl Fn(&mut Vec<String>, &[String])) {
    let table = matrix::read_table(path).unwrap();
    let mut rows: Vec<Vec<String>> = table.rows.iter().map(|(_, r)| r.clone()).collect();
    let mut hit = 0;
    for row in &mut rows {
        if row.iter().any(|c| c.contains(needle)) {
            edit(row, &table.header);
            hit += 1;
        }
    }
    assert_eq!(hit, 1, "no single row with {needle}");
    if path.extension().unwrap() == "csv" {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_path(path)
            .unwrap();
        w.write_record(&table.header).unwrap();
        for row in &rows {
            w.write_record(row).unwrap();
        }
        w.flush().unwrap();
    } else {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (i, h) in table.header.iter().enumerate() {
            ws.write_string(0, i as u16, h).unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            for (i, cell) in row.iter().enumerate() {
                ws.write_string(r as u32 + 1, i as u16, cell).unwrap();
            }
        }
        wb.save(path).unwrap();
    }
}

fn set_cell(row: &mut [String], header: &[String], name: &str, value: &str) {
    let i = header.iter().position(|h| h == name).unwrap();
    row[i] = value.to_string();
}

/// The reported defect: a table exported before a decision was made,
/// imported after it, set the comment back to open and wiped its answer.
/// A row the sheet did not change never overwrites a newer decision.
#[test]
fn an_old_export_does_not_undo_a_decision_made_since() {
    for ext in ["csv", "xlsx"] {
        let (dir, run) = small_inbox();
        let file = format!("m.{ext}");
        run(&["matrix", "export", &file]).assert().success();
        run(&[
            "decide",
            "1.2",
            "--status",
            "adopted",
            "--answer",
            "Ouderen staan nu in hoofdstuk 3.",
        ])
        .assert()
        .success();
        let ledger = dir.path().join("ledger.toml");
        let decided = std::fs::read(&ledger).unwrap();
        for dry in [true, false] {
            let mut args = vec!["matrix", "import", file.as_str()];
            if dry {
                args.push("--dry-run");
            }
            let out = run(&args).assert().success();
            let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
            assert!(!stdout.contains("-> open"), "{ext}: {stdout}");
            assert!(
                stdout.contains(
                    "1 row(s) unchanged in the sheet whose decision changed since the export"
                ),
                "{ext}: {stdout}"
            );
            assert_eq!(std::fs::read(&ledger).unwrap(), decided, "{ext}");
        }
        let text = std::fs::read_to_string(&ledger).unwrap();
        assert!(
            text.contains("answer = \"Ouderen staan nu in hoofdstuk 3.\""),
            "{text}"
        );
        assert!(text.contains("status = \"adopted\""), "{text}");
    }
}

/// A row the sheet changed while the ledger's decision changed since the
/// export is a conflict: the ledger's decision is kept, the row is
/// reported with both decisions and the import fails; `--force` lets the
/// sheet win. Other rows are imported.
#[test]
fn a_row_changed_in_both_sheet_and_ledger_is_a_conflict() {
    for ext in ["csv", "xlsx"] {
        let (dir, run) = small_inbox();
        let file = format!("m.{ext}");
        let path = dir.path().join(&file);
        run(&["matrix", "export", &file]).assert().success();
        run(&[
            "decide",
            "1.2",
            "--status",
            "adopted",
            "--answer",
            "Staat in hoofdstuk 3.",
        ])
        .assert()
        .success();
        edit_row(&path, "ouderen", |row, header| {
            set_cell(row, header, "status", "niet overgenomen");
            set_cell(row, header, "antwoord", "Past niet in deze visie.");
        });
        edit_row(&path, "kindermishandeling", |row, header| {
            set_cell(row, header, "status", "overgenomen");
            set_cell(row, header, "antwoord", "Staat nu in de inleiding.");
        });
        let ledger = dir.path().join("ledger.toml");
        let decided = std::fs::read(&ledger).unwrap();
        let conflict = |out: &std::process::Output| {
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(all.contains("row 3: conflict on 1.2"), "{ext}: {all}");
            assert!(
                all.contains("ledger now: overgenomen; antwoord: \"Staat in hoofdstuk 3.\""),
                "{ext}: {all}"
            );
            assert!(
                all.contains(
                    "sheet:      niet overgenomen; antwoord: \"Past niet in deze visie.\""
                ),
                "{ext}: {all}"
            );
            assert!(all.contains("--force"), "{ext}: {all}");
            all
        };
        let out = run(&["matrix", "import", &file, "--dry-run"])
            .assert()
            .failure();
        let all = conflict(out.get_output());
        assert!(all.contains("1 decision(s) would change"), "{all}");
        assert_eq!(std::fs::read(&ledger).unwrap(), decided);

        // Without --force: the other row is imported, the conflict is not.
        let out = run(&["matrix", "import", &file]).assert().failure();
        let all = conflict(out.get_output());
        assert!(all.contains("1 decision(s) changed"), "{all}");
        let text = std::fs::read_to_string(&ledger).unwrap();
        assert!(
            text.contains("answer = \"Staat in hoofdstuk 3.\""),
            "{text}"
        );
        assert!(
            text.contains("answer = \"Staat nu in de inleiding.\""),
            "{text}"
        );
        assert!(!text.contains("Past niet"), "{text}");

        // The sheet wins with --force.
        run(&["matrix", "import", &file, "--force"])
            .assert()
            .success()
            .stdout(predicates::str::contains("overgenomen -> niet overgenomen"))
            .stdout(predicates::str::contains("1 decision(s) changed"));
        let text = std::fs::read_to_string(&ledger).unwrap();
        assert!(
            text.contains("answer = \"Past niet in deze visie.\""),
            "{text}"
        );
        assert!(!text.contains("Staat in hoofdstuk 3."), "{text}");
        // Imported again, the sheet agrees with the ledger: nothing to do.
        run(&["matrix", "import", &file])
            .assert()
            .success()
            .stdout(predicates::str::contains("0 decision(s) changed"));
    }
}

/// A table exported by an older version has no `basis` column: its rows
/// are applied as before (the sheet wins), with a note that decisions made
/// since the export are not checked.
#[test]
fn a_table_without_basis_column_imports_as_before() {
    let (dir, run) = small_inbox();
    let path = dir.path().join("m.csv");
    run(&["matrix", "export", "m.csv"]).assert().success();
    let table = matrix::read_table(&path).unwrap();
    let basis = table
        .header
        .iter()
        .position(|h| h == "basis")
        .expect("basis column");
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_path(&path)
        .unwrap();
    for row in std::iter::once(&table.header).chain(table.rows.iter().map(|(_, r)| r)) {
        let mut row = row.clone();
        row.remove(basis);
        w.write_record(&row).unwrap();
    }
    w.flush().unwrap();
    drop(w);
    edit_row(&path, "ouderen", |row, header| {
        set_cell(row, header, "status", "niet overgenomen");
        set_cell(row, header, "antwoord", "Past niet.");
    });
    run(&[
        "decide",
        "1.2",
        "--status",
        "adopted",
        "--answer",
        "Later besloten.",
    ])
    .assert()
    .success();
    run(&["matrix", "import", "m.csv"])
        .assert()
        .success()
        .stdout(predicates::str::contains("overgenomen -> niet overgenomen"))
        .stderr(predicates::str::contains("no `basis` column"));
    let text = std::fs::read_to_string(dir.path().join("ledger.toml")).unwrap();
    assert!(text.contains("answer = \"Past niet.\""), "{text}");
}

/// Campaign groups with a `basis` column: the table exported while the
/// group was open, decided on one row at the meeting, imported twice. The
/// second time the row left open (as exported) is skipped instead of
/// reopening the group; a row changed against a newer decision is a
/// conflict and `force` makes it a change.
#[test]
fn campaign_group_rows_with_basis() {
    let (text, mut c) = campaign_pair();
    for (r, n) in c.responses.iter_mut().zip(1..) {
        r.number = n;
    }
    let exported = String::from_utf8(matrix::export_csv(&c).unwrap()).unwrap();
    assert!(exported.starts_with("\u{feff}id;"), "{exported}");
    assert!(
        exported.lines().next().unwrap().ends_with(";basis;versie"),
        "{exported}"
    );
    let open_basis = matrix::basis(&c.responses[0].comments[0].decision);
    assert!(exported.contains(&open_basis), "{exported}");
    let table = |status: &str, answer: &str| {
        format!(
            "id;reactie;status;antwoord;basis\n\
             c-00000001;{text};{status};{answer};{open_basis}\n\
             c-00000002;{text};open;;{open_basis}\n"
        )
    };
    let csv = table("niet overgenomen", "Past niet.");
    let plan = plan_csv(&csv, &c).unwrap();
    assert_eq!(plan.changes.len(), 1);
    assert!(plan.kept.is_empty() && plan.conflicts.is_empty());
    let mut ledger = Ledger::default();
    matrix::apply(&plan, &mut ledger, &c, None, chrono::NaiveDate::MIN);
    ledger.apply(&mut c);
    // Again: row 2 is decided already, row 3 is left as exported.
    let plan = plan_csv(&csv, &c).unwrap();
    assert_eq!(plan.changes, vec![]);
    assert_eq!(plan.kept, vec![3]);
    assert_eq!(plan.conflicts, vec![]);
    // Another decision on row 2 of the same old table: a conflict.
    let csv = table("overgenomen", "Toch wel.");
    let plan = plan_csv(&csv, &c).unwrap();
    assert_eq!(plan.changes, vec![]);
    assert_eq!(plan.kept, vec![3]);
    assert_eq!(plan.conflicts.len(), 1);
    let conflict = &plan.conflicts[0];
    assert_eq!(
        conflict.describe(),
        "row 2: conflict on 1.1 (c-00000001), Inwoner 1: the decision changed in the ledger \
         since the export and the sheet gives another\n  \
         ledger now: niet overgenomen; antwoord: \"Past niet.\"\n  \
         sheet:      overgenomen; antwoord: \"Toch wel.\""
    );
    // Forced, the sheet's row wins; the row left as exported still does not.
    let t = matrix::table_from_csv(csv.as_bytes()).unwrap();
    let plan = matrix::plan_with(Path::new("m.csv"), &t, &c, true).unwrap();
    assert_eq!(plan.changes.len(), 1);
    assert!(plan.changes[0].forced);
    assert_eq!(plan.changes[0].update.status, Some(Status::Adopted));
    assert_eq!(plan.kept, vec![3]);
}

#[test]
fn an_edited_basis_cell_is_a_problem_and_an_empty_one_imports_as_before() {
    let c = consultation();
    let text = "Noem ook kindermishandeling in de inleiding.";
    let err = plan_csv(
        &format!("id;reactie;status;antwoord;basis\nc-11111111;{text};open;;12345\n"),
        &c,
    )
    .unwrap_err();
    assert!(
        err.contains("row 2: the `basis` cell `12345` is not as exported"),
        "{err}"
    );
    // Empty: the sheet wins, as with tables of older versions.
    let plan = plan_csv(
        &format!("id;reactie;status;antwoord;basis\nc-11111111;{text};open;;\n"),
        &c,
    )
    .unwrap();
    assert_eq!(plan.changes.len(), 1);
    assert!(!plan.without_basis);
    assert_eq!(plan.unchecked, vec![2]);
    assert!(
        plan_csv(
            &format!("id;reactie;status;antwoord\nc-11111111;{text};open;\n"),
            &c
        )
        .unwrap()
        .without_basis
    );
}

/// `matrix export` ends CSV lines with CRLF; the row numbers in messages
/// must still be those a spreadsheet shows (before, every CRLF counted as
/// a blank line: the second data row was reported as row 5).
#[test]
fn crlf_csv_rows_are_numbered_as_a_spreadsheet_shows_them() {
    let c = consultation();
    let csv = "id;reactie;status;antwoord\r\n\
               c-11111111;Noem ook kindermishandeling in de inleiding.;open;\r\n\
               c-33333333;\"- Meer aandacht voor ouderen\r\n- en mantelzorgers\";misschien;\r\n\
               \r\n\
               c-22222222;x;vergeten;\r\n";
    let err = plan_csv(csv, &c).unwrap_err();
    assert!(
        err.contains("\n  row 3: unknown status `misschien`"),
        "{err}"
    );
    assert!(
        err.contains("\n  row 5: unknown status `vergeten`"),
        "{err}"
    );
}

/// `secties werkgroep`: the sections the working group chooses in the
/// sheet are imported (a weak suggestion's `?` and `§` accepted), a
/// re-export shows them, an untouched old table does not clear them, and
/// an unknown number is a row problem.
#[test]
fn the_working_groups_sections_are_imported() {
    for ext in ["csv", "xlsx"] {
        let (dir, run) = small_inbox();
        std::fs::write(
            dir.path().join("inbox/drafts/01-concept.txt"),
            "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld.\n\n\
             2 Preventie\n\nWe zetten in op voorlichting op scholen.\n",
        )
        .unwrap();
        let old = format!("old.{ext}");
        let file = format!("m.{ext}");
        run(&["matrix", "export", &old]).assert().success();
        run(&["matrix", "export", &file]).assert().success();
        let path = dir.path().join(&file);
        edit_row(&path, "ouderen", |row, header| {
            set_cell(row, header, "secties werkgroep", "§ 2?")
        });
        let out = run(&["matrix", "import", &file]).assert().success();
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(
            stdout.contains("secties werkgroep: \"2\""),
            "{ext}: {stdout}"
        );
        let ledger = dir.path().join("ledger.toml");
        let chosen = std::fs::read(&ledger).unwrap();
        assert!(
            String::from_utf8_lossy(&chosen).contains("sections = [\"2\"]"),
            "{ext}"
        );
        // The old table, exported before the choice, leaves it alone.
        run(&["matrix", "import", &old]).assert().success();
        assert_eq!(std::fs::read(&ledger).unwrap(), chosen, "{ext}");
        // Exported again: shown, and importing it changes nothing.
        run(&["matrix", "export", &file]).assert().success();
        let table = matrix::read_table(&path).unwrap();
        let i = table
            .header
            .iter()
            .position(|h| h == "secties werkgroep")
            .unwrap();
        assert!(table.rows.iter().any(|(_, r)| r[i] == "2"), "{ext}");
        run(&["matrix", "import", &file]).assert().success();
        assert_eq!(std::fs::read(&ledger).unwrap(), chosen, "{ext}");
        // A section the draft does not have.
        edit_row(&path, "ouderen", |row, header| {
            set_cell(row, header, "secties werkgroep", "2, 9")
        });
        let out = run(&["matrix", "import", &file]).assert().failure();
        let output = out.get_output();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(text.contains("has no section `9`"), "{ext}: {text}");
        assert_eq!(std::fs::read(&ledger).unwrap(), chosen, "{ext}");
    }
}

#[test]
fn error_values_and_formulas_without_a_value_are_problems() {
    let c = consultation();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("formules.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (i, column) in COLUMNS.iter().enumerate() {
        ws.write_string(0, i as u16, column.header).unwrap();
    }
    let rows = [
        ("c-11111111", "Noem ook kindermishandeling in de inleiding."),
        ("c-33333333", "Meer aandacht voor ouderen en mantelzorgers"),
    ];
    for (r, (id, text)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        ws.write_string(r, col::ID as u16, *id).unwrap();
        ws.write_string(r, col::COMMENT as u16, *text).unwrap();
        ws.write_string(r, col::STATUS as u16, "reeds verwerkt")
            .unwrap();
        let formula = rust_xlsxwriter::Formula::new(format!("=MARK{r}()")).set_result("MARKER");
        ws.write_formula(r, col::ANSWER as u16, formula).unwrap();
    }
    // A formula in a column the import does not read is no problem.
    ws.write_formula(
        1,
        30,
        rust_xlsxwriter::Formula::new("=NOTE()").set_result("MARKER"),
    )
    .unwrap();
    wb.save(&path).unwrap();
    // As Excel saves a failing formula (an error value) and as a library
    // writes one it cannot calculate (no value at all).
    let rewrite = |xml: String| -> String {
        let mut xml = xml;
        for (from, to) in [
            (
                r#"t="str"><f>MARK1()</f><v>MARKER</v>"#,
                r#"t="e"><f>MARK1()</f><v>#NAME?</v>"#,
            ),
            (
                r#"t="str"><f>MARK2()</f><v>MARKER</v>"#,
                r#"><f>MARK2()</f>"#,
            ),
            (r#"t="str"><f>NOTE()</f><v>MARKER</v>"#, r#"><f>NOTE()</f>"#),
        ] {
            assert!(xml.contains(from), "{from} not in the sheet: {xml}");
            xml = xml.replace(from, to);
        }
        xml
    };
    let bytes = std::fs::read(&path).unwrap();
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut zout = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut f, &mut data).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            data = rewrite(String::from_utf8(data).unwrap()).into_bytes();
        }
        zout.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zout, &data).unwrap();
    }
    zout.finish().unwrap();
    let table = matrix::read_table(&path).unwrap();
    let err = matrix::plan(Path::new("formules.xlsx"), &table, &c)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("row 2: the cell in column `antwoord` holds the error value #NAME?"),
        "{err}"
    );
    assert!(
        err.contains("row 3: the cell in column `antwoord` holds a formula (=MARK2()) without a calculated value"),
        "{err}"
    );
    assert!(!err.contains("NOTE"), "{err}");
    assert!(err.starts_with("`formules.xlsx` has 2 problem(s)"), "{err}");
}

/// A CSV saved by (Dutch) Excel holds what the cells showed: the error
/// value of a formula (`#NAAM?`, `#NAME?`) as text, and a section typed
/// `5-2` as the date it became (`5-feb`). Both are refused with their row,
/// as in an .xlsx, instead of importing `#NAAM?` as the answer (QA22).
#[test]
fn a_csv_from_excel_with_error_values_and_dates_is_refused() {
    let c = consultation();
    let csv = "\u{feff}id;reactie;status;antwoord;wijziging in\r\n\
               c-11111111;Noem ook kindermishandeling in de inleiding.;overgenomen;#NAAM?;\r\n\
               c-33333333;- Meer aandacht voor ouderen - en mantelzorgers;overgenomen;#NAME?;\r\n\
               c-22222222;\"'=SOM(A1:A9) is wat de raad wil; \"\"aanhalingstekens\"\"; en ook een;puntkomma\";overgenomen;Zie 5.2.;5-feb\r\n";
    let err = plan_csv(csv, &c).unwrap_err();
    assert!(
        err.contains("row 2: the cell in column `antwoord` holds the error value #NAAM?"),
        "{err}"
    );
    assert!(
        err.contains("row 3: the cell in column `antwoord` holds the error value #NAME?"),
        "{err}"
    );
    assert!(
        err.contains(
            "row 4: `wijziging in` of `c-22222222` holds the date 5-feb, not a section number"
        ) && err.contains("('5.2)"),
        "{err}"
    );
    // Text that only looks a little like them is an answer.
    let csv = "id;reactie;status;antwoord\n\
               c-33333333;- Meer aandacht voor ouderen - en mantelzorgers;overgenomen;#NAAM? is geen antwoord, zie 5-2\n";
    let plan = plan_csv(csv, &c).unwrap();
    assert_eq!(plan.changes.len(), 1);
}

/// The reported defect: one letter submitted twice (byte-identical files)
/// gives two comments with one id, and the tool's own unedited export of
/// them was refused as a `duplicate id`, blocking every other row. Rows
/// sharing an id that give the same decision are that one decision; rows
/// that disagree are still refused, naming both rows. (A byte-for-byte
/// copy is now counted once, with one row; the same text saved with other
/// line ends is still two files whose comments share their ids.)
#[test]
fn the_same_file_submitted_twice_exports_and_imports_back() {
    let letter = "Zoeterhout, 16 oktober 2026\n\nGeachte werkgroep,\n\nIk wil vragen om meer \
                  aandacht voor scholen in de inleiding.\n\nMet vriendelijke groet,\n\nHenk Laat\n";
    let dir = temp_inbox(&[
        (
            "drafts/01-concept.txt",
            "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld.\n",
        ),
        ("responses/brief-laat.txt", letter),
        (
            "responses/brief-laat-kopie.txt",
            &letter.replace('\n', "\r\n"),
        ),
        (
            "responses/adviesraad.txt",
            "De adviesraad vraagt om ook ouderen te noemen in de inleiding.\n",
        ),
    ]);
    let run = |args: &[&str]| inspraak_with(dir.path(), args);
    run(&["run", "-q"]).assert().success();
    for f in ["dup.csv", "dup.xlsx"] {
        run(&["matrix", "export", f]).assert().success();
        run(&["matrix", "import", f])
            .assert()
            .success()
            .stdout(predicates::str::contains("0 decision(s) changed"));
    }
    // Both rows decided alike: one decision.
    for needle in ["brief-laat.txt", "brief-laat-kopie.txt"] {
        edit_row(&dir.path().join("dup.csv"), needle, |row, header| {
            set_cell(row, header, "status", "overgenomen");
            set_cell(row, header, "antwoord", "Staat nu in de inleiding.");
        });
    }
    run(&["matrix", "import", "dup.csv"])
        .assert()
        .success()
        .stdout(predicates::str::contains("1 decision(s) changed"));
    // Rows of one id that disagree: refused, naming both rows.
    edit_row(
        &dir.path().join("dup.csv"),
        "brief-laat.txt",
        |row, header| {
            set_cell(row, header, "antwoord", "Iets anders.");
        },
    );
    let table = matrix::read_table(&dir.path().join("dup.csv")).unwrap();
    let rows: Vec<usize> = table
        .rows
        .iter()
        .filter(|(_, r)| r.iter().any(|c| c.starts_with("brief-laat")))
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(rows.len(), 2, "{table:?}");
    run(&["matrix", "import", "dup.csv"])
        .assert()
        .failure()
        .stderr(predicates::str::contains(format!(
            "row {}: duplicate id `c-",
            rows[1]
        )))
        .stderr(predicates::str::contains(format!(
            "(also on row {}) with a different decision",
            rows[0]
        )));
}

/// The reported defect: `5.2` typed in `wijziging in` of an .xlsx is a
/// date to Excel, and import said the newest version has no section
/// `46144` (the date's day number). It names the date and says how to
/// enter the section as text.
#[test]
fn a_section_that_excel_turned_into_a_date_is_named_as_a_date() {
    let (dir, run) = small_inbox();
    run(&["matrix", "export", "m.xlsx"]).assert().success();
    let path = dir.path().join("m.xlsx");
    let table = matrix::read_table(&path).unwrap();
    let change = table
        .header
        .iter()
        .position(|h| h == "wijziging in")
        .unwrap();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (i, h) in table.header.iter().enumerate() {
        ws.write_string(0, i as u16, h).unwrap();
    }
    for (r, (_, row)) in table.rows.iter().enumerate() {
        for (i, cell) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, i as u16, cell).unwrap();
        }
    }
    // Row 2: `5-2` typed, saved by Excel as the day number of 2 May 2026.
    let date = rust_xlsxwriter::Format::new().set_num_format("d-m-yyyy");
    ws.write_number_with_format(1, change as u16, 46144.0, &date)
        .unwrap();
    wb.save(&path).unwrap();
    let out = run(&["matrix", "import", "m.xlsx", "--dry-run"])
        .assert()
        .failure()
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("row 2: `wijziging in` of `c-")
            && stderr.contains("holds the date 2026-05-02, not a section number")
            && stderr.contains("with an apostrophe before it ('5.2)"),
        "{stderr}"
    );
    assert!(!stderr.contains("46144"), "{stderr}");
}

/// The reported defect: `2.10` typed in `secties werkgroep` of an .xlsx
/// is the number 2.1 to a spreadsheet program with `.` as its decimal
/// separator, and import filed the comment under § 2.1 without a word. A
/// number with a fraction in a column of sections is refused, as a date
/// is, in `secties werkgroep` and `wijziging in` alike; nothing is
/// imported. A whole number (a chapter) reads the same however typed.
#[test]
fn a_section_that_excel_turned_into_a_number_is_refused() {
    let (dir, run) = small_inbox();
    run(&["matrix", "export", "m.xlsx"]).assert().success();
    let path = dir.path().join("m.xlsx");
    let table = matrix::read_table(&path).unwrap();
    let at = |name: &str| table.header.iter().position(|h| h == name).unwrap() as u16;
    let write = |cells: &[(u32, u16, f64)]| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (i, h) in table.header.iter().enumerate() {
            ws.write_string(0, i as u16, h).unwrap();
        }
        for (r, (_, row)) in table.rows.iter().enumerate() {
            for (i, cell) in row.iter().enumerate() {
                ws.write_string(r as u32 + 1, i as u16, cell).unwrap();
            }
        }
        for &(r, c, n) in cells {
            ws.write_number(r, c, n).unwrap();
        }
        wb.save(&path).unwrap();
    };
    let ledger = std::fs::read_to_string(dir.path().join("ledger.toml")).unwrap_or_default();
    write(&[
        (1, at("secties werkgroep"), 2.1),
        (2, at("wijziging in"), 1.5),
    ]);
    let out = run(&["matrix", "import", "m.xlsx"])
        .assert()
        .failure()
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("row 2: `secties werkgroep` of `c-")
            && stderr.contains("holds the number 2.1, not a section number as text")
            && stderr.contains("('2.1 or '2.10)")
            && stderr.contains("row 3: `wijziging in` of `c-")
            && stderr.contains("holds the number 1.5")
            && stderr.contains("nothing was imported"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ledger.toml")).unwrap_or_default(),
        ledger
    );
    // A whole number is a chapter, as typed.
    write(&[(1, at("secties werkgroep"), 1.0)]);
    run(&["matrix", "import", "m.xlsx"]).assert().success();
    let ledger = std::fs::read_to_string(dir.path().join("ledger.toml")).unwrap();
    assert!(ledger.contains("sections = [\"1\"]"), "{ledger}");
}

/// The working group's sections go in `secties werkgroep`; an edit of
/// `secties` (inspraak's own links) is not read, and the plan says so
/// instead of dropping it without a word. An unedited cell, in another
/// order or without the `?` of a suggestion, is no edit.
#[test]
fn an_edit_of_the_tools_sections_column_is_reported_not_dropped() {
    let mut c = consultation();
    c.responses[0].comments[0].sections = vec![inspraak::model::Link {
        number: "1".into(),
        score: 0.95,
        reason: "verwijst naar \"paragraaf 1\"".into(),
        kinds: Vec::new(),
    }];
    let text = String::from_utf8(matrix::export_csv(&c).unwrap()).unwrap();
    let plan = plan_csv(&text, &c).unwrap();
    assert_eq!(plan.not_read, Vec::<String>::new());
    let edited = text.replacen(
        ";Noem ook kindermishandeling in de inleiding.;1;",
        ";Noem ook kindermishandeling in de inleiding.;7.2;",
        1,
    );
    assert_ne!(edited, text, "{text}");
    let plan = plan_csv(&edited, &c).unwrap();
    assert_eq!(plan.not_read.len(), 1, "{:?}", plan.not_read);
    assert!(
        plan.not_read[0].contains("`secties werkgroep`"),
        "{:?}",
        plan.not_read
    );
    assert!(plan.not_read[0].contains("7.2"), "{:?}", plan.not_read);
    assert_eq!(plan.changes, vec![]);
}

/// A draft section by number and title, as the tests of renumbering
/// write them.
fn renumbering_version(sections: &[(&str, &str)]) -> String {
    let mut text = "# Regiovisie\n".to_string();
    for (i, (title, body)) in sections.iter().enumerate() {
        text.push_str(&format!("\n## {} {title}\n\n{body}\n", i + 1));
    }
    text
}

const INLEIDING: (&str, &str) = (
    "Inleiding",
    "De regio wil huiselijk geweld aanpakken met lokale teams.",
);
const PREVENTIE: (&str, &str) = (
    "Preventie",
    "Wij investeren in voorlichting op scholen en sportclubs.",
);
const OPVANG: (&str, &str) = (
    "Opvang",
    "Er komen meer opvangplaatsen voor vrouwen en kinderen, en ook voor vaders met kinderen.",
);

/// An inbox whose newest version (`02-definitief.md`) has Opvang as
/// section 3, with one response of two comments (1.1 on the inleiding,
/// 1.2 on the opvang).
fn renumbering_inbox() -> tempfile::TempDir {
    temp_inbox(&[
        (
            "drafts/01-inspraakversie.md",
            &renumbering_version(&[
                INLEIDING,
                (
                    "Opvang",
                    "Er komen meer opvangplaatsen voor vrouwen en kinderen.",
                ),
            ]),
        ),
        (
            "drafts/02-definitief.md",
            &renumbering_version(&[INLEIDING, PREVENTIE, OPVANG]),
        ),
        (
            "responses/stichting.txt",
            "Wij steunen de inleiding van de visie en de rol van de lokale teams.\n\n\
             De opvang heeft te weinig plaatsen voor vaders met kinderen.\n",
        ),
    ])
}

/// A newer version that inserts a section before Opvang: 3 is Nazorg now,
/// Opvang 4.
fn add_nazorg_version(d: &Path) {
    std::fs::write(
        d.join("inbox/drafts/03-definitief-v2.md"),
        renumbering_version(&[
            INLEIDING,
            PREVENTIE,
            (
                "Nazorg",
                "Na het geweld krijgen gezinnen een vaste contactpersoon.",
            ),
            OPVANG,
        ]),
    )
    .unwrap();
}

/// The reported defect: a table exported while an older version was the
/// newest holds that version's section numbers in `wijziging in`. After a
/// newer version renumbered the section (and the ledger's reference
/// followed it), a row whose answer alone was edited was a conflict nobody
/// caused, and `--force` wrote the old number, another section now. The
/// cell is read against the version the table was exported for.
#[test]
fn a_change_reference_in_a_table_exported_before_a_new_version_is_read_as_exported() {
    for ext in ["csv", "xlsx"] {
        let dir = renumbering_inbox();
        let d = dir.path();
        let run = |args: &[&str]| inspraak_with(d, args);
        run(&[
            "decide",
            "1.2",
            "-s",
            "adopted",
            "-a",
            "Overgenomen.",
            "--change-ref",
            "3",
        ])
        .assert()
        .success();
        let file = format!("m.{ext}");
        run(&["matrix", "export", &file]).assert().success();
        // A newer version inserts a section before Opvang: 3 is Nazorg now.
        add_nazorg_version(d);
        run(&["run", "--quiet"]).assert().success();
        let ledger = d.join("ledger.toml");
        let text = std::fs::read_to_string(&ledger).unwrap();
        assert!(text.contains("change_ref = \"4\""), "{ext}: {text}");
        // The meeting rewrites only the answer.
        let path = d.join(&file);
        edit_row(&path, "vaders", |row, header| {
            set_cell(
                row,
                header,
                "antwoord",
                "Overgenomen: ook plaatsen voor vaders.",
            )
        });
        let out = run(&["matrix", "import", &file]).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{ext}: {stdout}");
        assert!(!stdout.contains("conflict"), "{ext}: {stdout}");
        let text = std::fs::read_to_string(&ledger).unwrap();
        assert!(
            text.contains("answer = \"Overgenomen: ook plaatsen voor vaders.\""),
            "{ext}: {text}"
        );
        assert!(text.contains("change_ref = \"4\""), "{ext}: {text}");
        assert!(
            text.contains("change_ref_title = \"Opvang\""),
            "{ext}: {text}"
        );
    }
}

/// QA14: a row in a real conflict (its answer changed in the ledger and in
/// a table exported while an older version was the newest), imported with
/// `--force`, wrote the table's old number of the change's section: Nazorg
/// now. The table's version is known from its rows left as exported (1.1
/// here), and the cell is read as that version numbered its sections.
#[test]
fn a_forced_conflict_in_an_old_table_writes_the_current_number() {
    for ext in ["csv", "xlsx"] {
        let dir = renumbering_inbox();
        let d = dir.path();
        let run = |args: &[&str]| inspraak_with(d, args);
        for (id, answer) in [("1.1", "Verwerkt."), ("1.2", "Overgenomen.")] {
            run(&[
                "decide",
                id,
                "-s",
                "adopted",
                "-a",
                answer,
                "--change-ref",
                "3",
            ])
            .assert()
            .success();
        }
        let file = format!("m.{ext}");
        run(&["matrix", "export", &file]).assert().success();
        add_nazorg_version(d);
        run(&["run", "--quiet"]).assert().success();
        run(&["decide", "1.2", "-a", "Overgenomen in de opvang."])
            .assert()
            .success();
        edit_row(&d.join(&file), "vaders", |row, header| {
            set_cell(row, header, "antwoord", "Overgenomen: ook voor vaders.")
        });
        let out = run(&["matrix", "import", &file, "--force"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{ext}: {stdout}");
        assert!(stdout.contains("forced"), "{ext}: {stdout}");
        let text = std::fs::read_to_string(d.join("ledger.toml")).unwrap();
        assert!(
            text.contains("answer = \"Overgenomen: ook voor vaders.\""),
            "{ext}: {text}"
        );
        assert!(!text.contains("change_ref = \"3\""), "{ext}: {text}");
        assert!(!text.contains("Nazorg"), "{ext}: {text}");
        assert_eq!(
            text.matches("change_ref = \"4\"").count(),
            2,
            "{ext}: {text}"
        );
    }
}

/// QA14: a change reference typed into a table exported while an older
/// version was the newest, for a comment that had none, was read with the
/// newest version's numbers (3: Nazorg, where the meeting meant Opvang).
/// It is read as the table's version numbered it, with a note.
#[test]
fn a_change_reference_typed_into_an_old_table_is_read_as_its_version() {
    for ext in ["csv", "xlsx"] {
        let dir = renumbering_inbox();
        let d = dir.path();
        let run = |args: &[&str]| inspraak_with(d, args);
        run(&[
            "decide",
            "1.1",
            "-s",
            "adopted",
            "-a",
            "Verwerkt.",
            "--change-ref",
            "3",
        ])
        .assert()
        .success();
        let text = import_typed_change_ref(d, ext);
        assert!(!text.contains("change_ref = \"3\""), "{ext}: {text}");
        assert!(!text.contains("Nazorg"), "{ext}: {text}");
        assert_eq!(
            text.matches("change_ref = \"4\"").count(),
            2,
            "{ext}: {text}"
        );
    }
}

/// Exports the table of `d` as `ext`, adds a version that numbers section
/// 3 as 4, types `3` as the `vaders` row's `wijziging in`, imports it
/// (which must succeed, reading it as section 4 of the newest version)
/// and returns the ledger's text.
fn import_typed_change_ref(d: &std::path::Path, ext: &str) -> String {
    let run = |args: &[&str]| inspraak_with(d, args);
    let file = format!("m.{ext}");
    run(&["matrix", "export", &file]).assert().success();
    add_nazorg_version(d);
    run(&["run", "--quiet"]).assert().success();
    edit_row(&d.join(&file), "vaders", |row, header| {
        set_cell(row, header, "status", "overgenomen");
        set_cell(row, header, "antwoord", "Overgenomen.");
        set_cell(row, header, "wijziging in", "3");
    });
    let out = run(&["matrix", "import", &file]).output().unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0), "{ext}: {all}");
    assert!(
        all.contains("read as section 4 of the newest version"),
        "{ext}: {all}"
    );
    std::fs::read_to_string(d.join("ledger.toml")).unwrap()
}

/// The table records the version it was exported for (`versie`), so a
/// change reference typed into an old table is read with that version's
/// numbering also when no row's decision tells (none had a change
/// reference at the export); before the column, such a table was read
/// with the newest version's numbering.
#[test]
fn the_version_column_says_how_an_old_table_numbers_its_sections() {
    for ext in ["csv", "xlsx"] {
        let dir = renumbering_inbox();
        let text = import_typed_change_ref(dir.path(), ext);
        assert!(text.contains("change_ref = \"4\""), "{ext}: {text}");
        assert!(!text.contains("change_ref = \"3\""), "{ext}: {text}");
    }
}

/// A theme typed in the sheet that the ledger holds in another spelling
/// (other capitals or accents) is noted as `decide --theme` notes it: one
/// heading in the memo, the spelling used most.
#[test]
fn a_theme_typed_in_another_spelling_is_noted_on_import() {
    let (dir, run) = small_inbox();
    run(&[
        "decide",
        "1.1",
        "--status",
        "adopted",
        "--answer",
        "Staat nu in de inleiding.",
        "--theme",
        "Preventie",
    ])
    .assert()
    .success();
    let path = dir.path().join("m.csv");
    run(&["matrix", "export", "m.csv"]).assert().success();
    edit_row(&path, "ouderen", |row, header| {
        set_cell(row, header, "status", "overgenomen");
        set_cell(row, header, "antwoord", "Ouderen staan nu in hoofdstuk 2.");
        set_cell(row, header, "thema", "preventie");
    });
    let out = run(&["matrix", "import", "m.csv"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("theme \"preventie\" is recorded as \"Preventie\" too"),
        "{stderr}"
    );
    // The same sheet again changes nothing and notes nothing.
    let out = run(&["matrix", "import", "m.csv"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("recorded as"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An inbox whose newest version drops section 2 (Preventie) and gives its
/// number to a new, unrelated section (Nazorg), with one response whose
/// second comment asked to drop the preventie section.
fn removed_and_reused_inbox() -> tempfile::TempDir {
    temp_inbox(&[
        (
            "drafts/01-inspraakversie.md",
            &renumbering_version(&[INLEIDING, PREVENTIE, OPVANG]),
        ),
        (
            "drafts/02-definitief.md",
            &renumbering_version(&[
                INLEIDING,
                (
                    "Nazorg",
                    "Na het geweld krijgen gezinnen een vaste contactpersoon.",
                ),
                OPVANG,
            ]),
        ),
        (
            "responses/stichting.txt",
            "Wij steunen de inleiding van de visie en de rol van de lokale teams.\n\n\
             De paragraaf over voorlichting op scholen kan beter vervallen.\n",
        ),
    ])
}

/// The defect: a change reference to a removed section whose number the
/// newest version gave another section is exported as `2 Preventie`; a
/// row whose answer alone was edited read that cell by its number, so the
/// import silently moved the reference to the new section 2 (Nazorg) and
/// the memo credited the comment with adding it. A cell left as exported
/// keeps the ledger's reference; a number and title typed into the cell
/// name the section with that title, as `decide --change-ref` reads them.
#[test]
fn a_reference_to_a_removed_section_survives_the_table_and_is_read_by_title() {
    for ext in ["csv", "xlsx"] {
        let dir = removed_and_reused_inbox();
        let d = dir.path();
        let run = |args: &[&str]| inspraak_with(d, args);
        run(&[
            "decide",
            "1.2",
            "-s",
            "adopted",
            "-a",
            "De paragraaf is geschrapt.",
            "--change-ref",
            "2 Preventie",
        ])
        .assert()
        .success();
        let ledger = d.join("ledger.toml");
        let recorded = std::fs::read_to_string(&ledger).unwrap();
        assert!(
            recorded.contains("change_ref_title = \"Preventie\""),
            "{ext}: {recorded}"
        );
        let file = format!("m.{ext}");
        run(&["matrix", "export", &file]).assert().success();
        let path = d.join(&file);
        edit_row(&path, "voorlichting", |row, header| {
            set_cell(row, header, "antwoord", "De paragraaf is geschrapt, zie 2.")
        });
        let out = run(&["matrix", "import", &file]).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{ext}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&ledger).unwrap();
        assert!(text.contains("zie 2."), "{ext}: {text}");
        assert!(
            text.contains("change_ref_title = \"Preventie\"") && !text.contains("\"Nazorg\""),
            "{ext}: the reference moved to the new section 2: {text}"
        );
        run(&["run", "--quiet"]).assert().success();
        let memo = std::fs::read_to_string(d.join("output/nota-van-beantwoording.md")).unwrap();
        assert!(
            !memo.contains("Toegevoegd als § 2 Nazorg"),
            "{ext}: the memo credits the comment with the new section: {memo}"
        );

        // Typed anew by number and title: the removed section, also after
        // another value was there; a title no version has is refused.
        for (typed, ok) in [
            ("3", true),
            ("2 Preventie", true),
            ("2 Voorlichting", false),
        ] {
            run(&["matrix", "export", &file]).assert().success();
            edit_row(&path, "voorlichting", |row, header| {
                set_cell(row, header, "wijziging in", typed)
            });
            let out = run(&["matrix", "import", &file]).output().unwrap();
            let text = std::fs::read_to_string(&ledger).unwrap();
            if !ok {
                assert_ne!(out.status.code(), Some(0), "{ext} {typed}: {text}");
                continue;
            }
            assert_eq!(out.status.code(), Some(0), "{ext} {typed}");
            let want = if typed == "3" { "Opvang" } else { "Preventie" };
            assert!(
                text.contains(&format!("change_ref_title = \"{want}\"")),
                "{ext} {typed}: {text}"
            );
        }
    }
}
