//! Reading a filled-in comment table back into the ledger.
//!
//! Every row is validated before anything is written: unknown, ambiguous
//! or duplicate ids (rows of one id that give different decisions; the
//! same decision on two rows of one id, as the export of a file submitted
//! twice has, is one decision), unknown status words, a changed comment
//! text, missing columns, and campaign-group rows that disagree. All
//! problems are reported with their row numbers; one problem means nothing
//! is imported.
//!
//! Rows are then compared three ways: with the ledger's decision now, and
//! with the decision the row was exported with (the `basis` column):
//!
//! - the row equals the ledger now: nothing to do;
//! - the ledger still holds the basis (nobody decided since the export):
//!   the row is applied;
//! - the ledger changed since the export and the row still equals its
//!   basis (the sheet did not touch it): the ledger's newer decision is
//!   kept ([`Plan::kept`]);
//! - the ledger changed since the export and so did the row: a conflict
//!   ([`Plan::conflicts`]); the ledger's decision is kept unless the import
//!   is forced (`--force`, the sheet wins).
//!
//! A row without a basis (a table exported by an older version, or a cell
//! left empty) is applied as before: the sheet wins.
//!
//! A table exported while an older version of the document was the newest
//! numbers `wijziging in` as that version did; its rows whose basis is the
//! ledger's decision with the reference so numbered tell which version
//! that was, and every `wijziging in` typed into the table is read as that
//! version's section and written with its number in the newest version.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use calamine::{Data, Reader};
use regex::Regex;

use super::{basis, clean_text, col, is_basis, restore, COLUMNS};
use crate::ids::normalize;
use crate::ledger::attach::same_text;
use crate::ledger::{decision_key, find_comment, status_choices, Ledger, Update};
use crate::model::{Consultation, DecisionView, Status};

/// A problem with one row (or the header: row 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    pub message: String,
}

/// Why an import did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read `{path}`: {message}")]
    Read { path: PathBuf, message: String },
    #[error("{}", render_problems(.path, .problems))]
    Invalid {
        path: PathBuf,
        problems: Vec<RowProblem>,
    },
}

fn render_problems(path: &Path, problems: &[RowProblem]) -> String {
    let mut out = format!(
        "`{}` has {} problem(s); nothing was imported:",
        path.display(),
        problems.len()
    );
    for p in problems {
        out.push_str(&format!("\n  row {}: {}", p.row, p.message));
    }
    out.push_str("\nCorrect the spreadsheet and import it again.");
    out
}

/// The cells of a table as read, with spreadsheet row numbers (1-based).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub header_row: usize,
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
    /// Cells whose value cannot be used, by row and column (0-based):
    /// an error value (`#NAME?`) or a formula the program that saved the
    /// sheet did not calculate. A problem where the import reads them.
    pub unusable: Vec<(usize, usize, String)>,
    /// Cells that hold a date, by row and column (0-based), with the date
    /// (`2026-05-02`): a spreadsheet program turns `5.2` or `5-2` typed in
    /// a cell into a date, whose text is then a day number (`46144`). A
    /// problem where a section number is read.
    pub dates: Vec<(usize, usize, String)>,
    /// Cells of a workbook that hold a number with a fraction, by row and
    /// column (0-based), with the number as shown (`2.1`): a spreadsheet
    /// program with `.` as its decimal separator turns `2.10` typed in a
    /// cell into the number 2.1, so whether `2.1`, `2.10` or `2.100` was
    /// meant cannot be told. A problem where a section number is read.
    pub numbers: Vec<(usize, usize, String)>,
}

/// Reads `.xlsx`/`.xls`/`.ods` (first sheet) or `.csv` (`,` or `;`, BOM
/// allowed).
pub fn read_table(path: &Path) -> Result<Table, ImportError> {
    let read_err = |message: String| ImportError::Read {
        path: path.to_path_buf(),
        message,
    };
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => {
            let bytes = std::fs::read(path).map_err(|e| read_err(e.to_string()))?;
            table_from_csv(&bytes).map_err(read_err)
        }
        "xlsx" | "xlsm" | "xls" | "ods" => table_from_workbook(path).map_err(read_err),
        _ => Err(read_err(
            "give a file ending in .xlsx or .csv (as written by `inspraak matrix export`)"
                .to_string(),
        )),
    }
}

/// Parses CSV bytes: UTF-8 (BOM stripped), delimiter `;` or `,` detected
/// from the header line.
pub fn table_from_csv(bytes: &[u8]) -> Result<Table, String> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| {
        "the file is not UTF-8 text; save it as \"CSV UTF-8\" in your spreadsheet program"
            .to_string()
    })?;
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() >= first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // Row numbers as a spreadsheet program shows them: blank lines (which
    // the reader skips; a record's position is where skipping started)
    // count, line breaks inside quoted cells do not.
    let mut records: Vec<(usize, Vec<String>)> = Vec::new();
    let mut row = 0;
    for rec in reader.records() {
        let rec = rec.map_err(|e| format!("row {}: {e}", row + 1))?;
        let start = rec.position().map_or(0, |p| p.byte() as usize);
        let rest = text.get(start..).unwrap_or("");
        // After a CRLF line end the position is on its `\n`: the end of the
        // previous record, not a blank line.
        let rest = match start.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
            Some(b'\r') => rest.strip_prefix('\n').unwrap_or(rest),
            _ => rest,
        };
        let blank = rest
            .chars()
            .take_while(|c| *c == '\n' || *c == '\r')
            .filter(|c| *c == '\n')
            .count();
        row += 1 + blank;
        records.push((row, rec.iter().map(str::to_string).collect()));
    }
    // A CSV holds what the spreadsheet program showed: an error value's
    // text (`#NAAM?`) and a date as it was shown (`5-feb`).
    let mut unusable = Vec::new();
    let mut dates = Vec::new();
    for (row, cells) in &records {
        for (j, cell) in cells.iter().enumerate() {
            if let Some(e) = excel_error(cell) {
                unusable.push((*row, j, format!("holds the error value {e}")));
            }
            if shown_as_date(cell) {
                dates.push((*row, j, cell.trim().to_string()));
            }
        }
    }
    Ok(Table {
        unusable,
        dates,
        ..into_table(records)
    })
}

/// The error value a spreadsheet program shows in a cell (`#NAME?`, in
/// Dutch Excel `#NAAM?`; LibreOffice `Err:502`), which a CSV it saves holds
/// as the cell's text: no one types it as an answer.
fn excel_error(cell: &str) -> Option<&str> {
    const ERRORS: &[&str] = &[
        // Excel, English and Dutch.
        "#NULL!",
        "#LEEG!",
        "#DIV/0!",
        "#DEEL/0!",
        "#VALUE!",
        "#WAARDE!",
        "#REF!",
        "#VERW!",
        "#NAME?",
        "#NAAM?",
        "#NUM!",
        "#GETAL!",
        "#N/A",
        "#N/B",
        "#SPILL!",
        "#OVERLOOP!",
        "#CALC!",
        "#BEREKENING!",
        "#FIELD!",
        "#VELD!",
        "#BLOCKED!",
        "#GEBLOKKEERD!",
        "#CONNECT!",
        "#VERBINDING!",
        "#BUSY!",
        "#BEZET!",
        "#UNKNOWN!",
        "#ONBEKEND!",
        "#GETTING_DATA",
    ];
    let t = cell.trim();
    let libre = t
        .strip_prefix("Err:")
        .is_some_and(|n| n.len() == 3 && n.bytes().all(|b| b.is_ascii_digit()));
    (libre || ERRORS.iter().any(|e| e.eq_ignore_ascii_case(t))).then_some(t)
}

/// Whether a CSV cell holds a date as a spreadsheet program shows one
/// (`5-feb`, `05-02-2024`, `2024-02-05`): what `5-2` or `5.2` typed in a
/// cell became, never a section number.
fn shown_as_date(cell: &str) -> bool {
    static DATE: OnceLock<Option<Regex>> = OnceLock::new();
    DATE.get_or_init(|| {
        Regex::new(
            r"(?ix)^(?:
                \d{1,2}[-/\ ](?:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?(?:[-/\ ]\d{2,4})?
              | (?:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?[-/\ ]\d{1,4}
              | \d{1,2}[-/]\d{1,2}[-/]\d{4}
              | \d{4}-\d{1,2}-\d{1,2}
            )$",
        )
        .ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(cell.trim()))
}

fn table_from_workbook(path: &Path) -> Result<Table, String> {
    let mut wb = calamine::open_workbook_auto(path).map_err(|e| e.to_string())?;
    let range = wb
        .worksheet_range_at(0)
        .ok_or_else(|| "the workbook has no sheets".to_string())?
        .map_err(|e| e.to_string())?;
    // Formulas, to tell a formula saved without its value from an empty cell.
    let formulas = wb
        .sheet_names()
        .first()
        .cloned()
        .and_then(|name| wb.worksheet_formula(&name).ok());
    let (start_row, start_col) = range.start().unwrap_or((0, 0));
    let mut unusable = Vec::new();
    let mut dates = Vec::new();
    let mut numbers = Vec::new();
    let records = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let at_row = start_row as usize + i;
            for (j, cell) in cells.iter().enumerate() {
                let at = (at_row as u32, start_col + j as u32);
                let formula = formulas
                    .as_ref()
                    .and_then(|f| f.get_value(at))
                    .filter(|f| !f.trim().is_empty());
                let why = match (cell, formula) {
                    (Data::Error(e), _) => Some(format!("holds the error value {e}")),
                    (Data::Empty, Some(f)) => Some(format!(
                        "holds a formula (={f}) without a calculated value; open and save the \
                         sheet in Excel or LibreOffice so it has one"
                    )),
                    _ => None,
                };
                if let Some(why) = why {
                    unusable.push((at_row + 1, at.1 as usize, why));
                }
                if let Some(date) = cell_date(cell) {
                    dates.push((at_row + 1, at.1 as usize, date));
                }
                if let Some(number) = cell_fraction(cell) {
                    numbers.push((at_row + 1, at.1 as usize, number));
                }
            }
            let mut row: Vec<String> = vec![String::new(); start_col as usize];
            row.extend(cells.iter().map(cell_text));
            (at_row + 1, row)
        })
        .collect();
    Ok(Table {
        unusable,
        dates,
        numbers,
        ..into_table(records)
    })
}

/// The number a cell holds as shown (`2.1`), if it is one with a fraction:
/// a whole number (`6`, a chapter) reads the same however it was typed.
fn cell_fraction(d: &Data) -> Option<String> {
    match d {
        Data::Float(f) if f.is_finite() && f.fract() != 0.0 => Some(cell_text(d)),
        _ => None,
    }
}

/// The date a cell holds (`2026-05-02`), if it is one. A day number is
/// counted as Excel's 1900 date system counts (day 1 is 1 January 1900,
/// with its phantom 29 February 1900: day 61 is 1 March 1900).
fn cell_date(d: &Data) -> Option<String> {
    match d {
        Data::DateTime(t) if t.is_datetime() => {
            let days = t.as_f64().floor();
            let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
            let days = if days < 61.0 { days + 1.0 } else { days };
            (0.0..3_000_000.0)
                .contains(&days)
                .then(|| epoch + chrono::Days::new(days as u64))
                .map(|date| date.format("%Y-%m-%d").to_string())
        }
        Data::DateTimeIso(s) => Some(s.chars().take(10).collect()),
        _ => None,
    }
}

/// A cell's text as the user sees it.
fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

/// Skips empty rows. The header is the first row that names the `id`
/// column and another known column (a title above the table is allowed),
/// else the first non-empty row.
fn into_table(records: Vec<(usize, Vec<String>)>) -> Table {
    let rows: Vec<_> = records
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .collect();
    let is_header = |cells: &[String]| {
        let found = map_columns(cells);
        found[col::ID].is_some() && found.iter().flatten().count() >= 2
    };
    let at = rows
        .iter()
        .take(10)
        .position(|(_, cells)| is_header(cells))
        .unwrap_or(0);
    let mut rows = rows.into_iter().skip(at);
    let Some((header_row, header)) = rows.next() else {
        return Table::default();
    };
    Table {
        header_row,
        header,
        rows: rows.collect(),
        unusable: Vec::new(),
        dates: Vec::new(),
        numbers: Vec::new(),
    }
}

/// One decision the import changes.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedChange {
    pub row: usize,
    /// The comment on the row.
    pub comment_id: String,
    /// Ledger key (the campaign group's id for a group member).
    pub key: String,
    pub respondent: String,
    pub before: DecisionView,
    pub update: Update,
    /// The ledger's decision changed since the export too; the row wins
    /// because the import was forced.
    pub forced: bool,
}

/// A row the sheet changed while the ledger's decision changed since the
/// export: the ledger's decision is kept (unless forced).
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub row: usize,
    pub comment_id: String,
    /// Memo number (`1.3`), empty while the response has none.
    pub memo_number: String,
    pub respondent: String,
    /// The ledger's decision now.
    pub ledger: DecisionView,
    /// The decision the sheet gives (columns it lacks as in the ledger).
    pub sheet: DecisionView,
}

/// What an import will do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub rows: usize,
    pub changes: Vec<PlannedChange>,
    /// Rows the sheet did not change whose decision changed in the ledger
    /// since the export: the ledger's newer decision is kept.
    pub kept: Vec<usize>,
    /// Rows changed both in the sheet and in the ledger since the export,
    /// not applied.
    pub conflicts: Vec<Conflict>,
    /// The table has no `basis` column (exported by an older version):
    /// decisions made since the export cannot be recognised.
    pub without_basis: bool,
    /// Rows of a table with a `basis` column whose cell is empty, changed
    /// without that check.
    pub unchecked: Vec<usize>,
    /// Rows whose id no current comment has, read as the comment it is now
    /// (see [`plan_resolving`]): one line each.
    pub resolved: Vec<String>,
    /// Edits in a column the import does not read (`secties`, inspraak's
    /// own links), one line each: the cell was changed, nothing of it is
    /// applied.
    pub not_read: Vec<String>,
}

/// The section numbers of a `secties` cell, as a set (`5.2?, 6` and
/// `6,5.2` are the same).
fn section_set(cell: &str) -> std::collections::BTreeSet<String> {
    cell.split([',', ';', ' '])
        .map(|s| s.trim().trim_end_matches('?').to_lowercase())
        .filter(|s| !s.is_empty())
        .collect()
}

fn header_key(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Column index in the table of each of [`COLUMNS`] (if present).
fn map_columns(header: &[String]) -> Vec<Option<usize>> {
    COLUMNS
        .iter()
        .map(|column| {
            header.iter().position(|h| {
                let h = header_key(h);
                h == column.header || column.aliases.iter().any(|a| header_key(a) == h)
            })
        })
        .collect()
}

/// Validates every row against the consultation (ledger applied) and
/// works out the changes; conflicts are left out of the changes.
pub fn plan(path: &Path, table: &Table, c: &Consultation) -> Result<Plan, ImportError> {
    plan_with(path, table, c, false)
}

/// [`plan`]; with `force`, a row in conflict is a change (the sheet wins).
/// A row the sheet did not change never overrides a newer decision.
pub fn plan_with(
    path: &Path,
    table: &Table,
    c: &Consultation,
    force: bool,
) -> Result<Plan, ImportError> {
    plan_resolving(path, table, c, force, &HashMap::new())
}

/// [`plan_with`], reading a row's id that no current comment has (its
/// response changed since the export, which changes the ids of all its
/// comments) as the comment it is now: through `previous` (an id a
/// decision was filed under before it was re-attached → the comment it is
/// filed under now, from the ledger's `previous_ids`), or the comment the
/// row's memo number names when its text is the row's text. Each such row
/// is listed in [`Plan::resolved`].
pub fn plan_resolving(
    path: &Path,
    table: &Table,
    c: &Consultation,
    force: bool,
    previous: &HashMap<String, String>,
) -> Result<Plan, ImportError> {
    let mut problems = Vec::new();
    let invalid = |problems| ImportError::Invalid {
        path: path.to_path_buf(),
        problems,
    };
    let columns = map_columns(&table.header);
    let missing: Vec<&str> = COLUMNS
        .iter()
        .zip(&columns)
        .filter(|(column, found)| column.required && found.is_none())
        .map(|(column, _)| column.header)
        .collect();
    if !missing.is_empty() {
        problems.push(RowProblem {
            row: table.header_row.max(1),
            message: format!(
                "missing required column(s) {}; the header row must name the columns as \
                 `inspraak matrix export` writes them",
                missing
                    .iter()
                    .map(|m| format!("`{m}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
        return Err(invalid(problems));
    }
    // The first row of each id, with its decision cells. Rows that share
    // an id are one decision: the same comment in two responses (a file
    // submitted twice gives its comments the same ids, and the export a
    // row to each), so rows that give it the same decision are read once
    // and rows that disagree are a problem.
    let mut seen: HashMap<String, (usize, Vec<String>)> = HashMap::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    // The status on every valid row, per ledger key (changed or not).
    let mut statuses: HashMap<String, Vec<(usize, Status)>> = HashMap::new();
    let mut plan = Plan {
        without_basis: columns[col::BASIS].is_none(),
        ..Plan::default()
    };
    for (row, column, why) in &table.unusable {
        if *row > table.header_row && columns.contains(&Some(*column)) {
            let name = table.header.get(*column).map_or("", String::as_str);
            problems.push(RowProblem {
                row: *row,
                message: format!("the cell in column `{name}` {why}; type the text instead"),
            });
        }
    }
    let table_versions = recorded_version(table, &columns, c)
        .unwrap_or_else(|| exported_versions(table, &columns, c));
    for (row, cells) in &table.rows {
        let cell = |i: usize| -> Option<String> {
            columns[i].map(|j| restore(cells.get(j).map(String::as_str).unwrap_or("")))
        };
        let mut problem = |message: String| {
            problems.push(RowProblem { row: *row, message });
        };
        plan.rows += 1;
        let id = cell(col::ID).unwrap_or_default().trim().to_string();
        if id.is_empty() {
            problem("no id; every row needs the comment id from the export".to_string());
            continue;
        }
        // The sheet's id when it is read as another comment's (its
        // response changed since the export), with the note saying so.
        let mut stale: Option<(String, String)> = None;
        let id = match find_comment(c, &id) {
            Some(_) => id,
            None => match stale_id(c, previous, &id, &cell) {
                Some((now, how)) => {
                    let note = format!(
                        "row {row}: `{id}` is comment `{now}` now ({how}; its response changed \
                         since the export)"
                    );
                    stale = Some((id, note));
                    now
                }
                None => id,
            },
        };
        let decision: Vec<String> = COLUMNS
            .iter()
            .enumerate()
            .filter(|(i, column)| column.editable || *i == col::BASIS)
            .map(|(i, _)| cell(i).unwrap_or_default().trim().to_string())
            .collect();
        match seen.get(&id) {
            Some((_, earlier)) if *earlier == decision => continue,
            Some((first, _)) => {
                problem(format!(
                    "duplicate id `{id}` (also on row {first}) with a different decision; rows \
                     of one id are one decision (the same comment, as in a file submitted \
                     twice): make them equal"
                ));
                continue;
            }
            None => {
                seen.insert(id.clone(), (*row, decision));
            }
        }
        let Some((response, comment)) = find_comment(c, &id) else {
            if untouched(c, &cell) {
                // Nothing the sheet says is lost: the row is as exported.
                plan.resolved.push(format!(
                    "row {row}: no current comment has id `{id}` (its point changed or is gone \
                     since the export); the row is as exported, so it is skipped"
                ));
                continue;
            }
            problem(format!(
                "unknown id `{id}`: no such comment in the current responses; export the \
                 matrix again and copy the decisions over"
            ));
            continue;
        };
        let text = cell(col::COMMENT).unwrap_or_default();
        // Not changed when only its list number did (`2.` → `3.`: a point
        // inserted before it), as for the ledger's re-attachment.
        let text_changed = !same_text(&text, &comment.text);
        if let Some((old, note)) = stale {
            if text_changed {
                // The point was reworded since the export: its decision
                // was re-attached to the new text (the ledger's previous
                // ids), and the row still shows the old one.
                let number = memo_number(c, &id);
                if untouched(c, &cell) {
                    // Nothing the sheet says is lost: the ledger holds the
                    // decision the row shows.
                    plan.resolved.push(format!(
                        "row {row}: the point of `{old}` was reworded since the export (it is \
                         point {number}, `{id}`, now, and its decision went with it); the row \
                         is as exported, so it is skipped"
                    ));
                } else {
                    problem(format!(
                        "the point of `{old}` was reworded since the export (it is point \
                         {number}, `{id}`, now); the row's decision was typed for the text as \
                         exported: decide the reworded point with `inspraak decide {id}`, and \
                         leave the row as exported or export the matrix again"
                    ));
                }
                continue;
            }
            plan.resolved.push(note);
        }
        if text_changed {
            problem(format!(
                "the comment text of `{id}` differs from the response; the column `reactie` \
                 cannot be edited (put remarks in `antwoord`), or the response changed: export \
                 the matrix again"
            ));
        }
        let status_cell = cell(col::STATUS).unwrap_or_default();
        let Some(status) = Status::parse(&status_cell) else {
            problem(format!(
                "unknown status `{}`; use one of: {}",
                status_cell.trim(),
                status_choices()
            ));
            continue;
        };
        // An emptied cell is no choice to reopen: that would wipe a
        // decision (and with the answer emptied too, all of it) without a
        // word. Reopening is typing `open`.
        if status_cell.trim().is_empty()
            && columns[col::STATUS].is_some()
            && comment.decision.status != Status::Open
        {
            problem(format!(
                "the status of `{id}` is empty, but the ledger records `{}`: type `open` to \
                 reopen the comment, or fill in the status it keeps",
                comment.decision.status.label_nl()
            ));
            continue;
        }
        let basis_cell = cell(col::BASIS).unwrap_or_default();
        let basis_cell = basis_cell.trim().to_ascii_lowercase();
        if !basis_cell.is_empty() && !is_basis(&basis_cell) {
            problem(format!(
                "the `basis` cell `{basis_cell}` is not as exported; it records the decision at \
                 the export and cannot be edited (empty it to import the row without checking \
                 for decisions made since the export)"
            ));
            continue;
        }
        if text_changed {
            continue;
        }
        // What this row's cell of column `i` holds when `cells` (the
        // table's dates or numbers) lists it.
        let held = |cells: &[(usize, usize, String)], i: usize| {
            let j = columns[i]?;
            cells
                .iter()
                .find(|(r, c, _)| r == row && *c == j)
                .map(|(_, _, held)| held.clone())
        };
        // The first section cell (change reference, then the chosen
        // sections) that `cells` lists, and what it holds.
        let section_cell = |cells: &[(usize, usize, String)]| {
            [col::CHANGE_REF, col::CHOSEN_SECTIONS]
                .into_iter()
                .find_map(|i| held(cells, i).map(|h| (i, h)))
        };
        // `5.2` typed in a cell of a section is a date to the spreadsheet:
        // its day number is no section, and the date is what the user saw.
        if let Some((i, date)) = section_cell(&table.dates) {
            problem(format!(
                "`{}` of `{id}` holds the date {date}, not a section number: the spreadsheet \
                 program turned what was typed (such as 5.2 or 5-2) into a date; enter the \
                 section as text, with an apostrophe before it ('5.2)",
                COLUMNS[i].header
            ));
            continue;
        }
        // `2.10` typed in a cell of a section is the number 2.1 to a
        // spreadsheet program with `.` as its decimal separator: the
        // trailing zeros are gone, and with them which section was meant.
        if let Some((i, n)) = section_cell(&table.numbers) {
            problem(format!(
                "`{}` of `{id}` holds the number {n}, not a section number as text: the \
                 spreadsheet program dropped any zeros at its end (2.10 becomes 2.1), so which \
                 section was meant cannot be told; enter the section as text, with an apostrophe \
                 before it ('{n} or '{n}0)",
                COLUMNS[i].header
            ));
            continue;
        }
        // The working group's sections go in `secties werkgroep`; an edit
        // of `secties` (inspraak's links) is not read, and said so.
        if let Some(given) = cell(col::SECTIONS) {
            let now = super::row(response, comment)[col::SECTIONS].clone();
            let chosen_empty = cell(col::CHOSEN_SECTIONS).is_none_or(|t| t.trim().is_empty());
            if chosen_empty
                && held(&table.dates, col::SECTIONS).is_none()
                && held(&table.numbers, col::SECTIONS).is_none()
                && section_set(&given) != section_set(&now)
            {
                plan.not_read.push(format!(
                    "row {row}: the column `secties` of `{id}` reads `{}`, not inspraak's links \
                     (`{now}`); it is not read: put the working group's sections in `secties \
                     werkgroep`",
                    given.trim()
                ));
            }
        }
        let sections = match cell(col::CHOSEN_SECTIONS)
            .map(|t| crate::ledger::parse_sections(c, &t))
            .transpose()
        {
            Ok(sections) => sections,
            Err(e) => {
                problem(format!("`secties werkgroep` of `{id}`: {e}"));
                continue;
            }
        };
        let now = &comment.decision;
        // A row exported while an older version was the newest, whose
        // decision the ledger still holds: its `wijziging in` numbers
        // that version's sections (the ledger's reference followed its
        // section to its number in the newest version since). So do the
        // other rows of its table (`table_versions`).
        let exported_for = stale_export(c, now, &basis_cell);
        let typed = cell(col::CHANGE_REF).map(|t| t.trim().to_string());
        let (change_ref, change_ref_title) = match (&typed, &exported_for) {
            (Some(t), Some((_, then)))
                if crate::ledger::refs::norm_number(t)
                    == crate::ledger::refs::norm_number(then) =>
            {
                // Left as exported: the ledger's reference stands.
                (None, None)
            }
            (Some(t), None) if same_cell(t, now.change_ref.as_deref()) => {
                // Left as exported (`2.3 Terugblik`, a removed section
                // whose number another took, shown by number and title):
                // the ledger's reference stands, never read again by its
                // number alone.
                (None, None)
            }
            (Some(t), _) if !t.is_empty() => {
                // Read as the version the table was exported for numbered
                // its sections: the row's own, else the table's.
                let versions = match &exported_for {
                    Some((at, _)) => vec![*at],
                    None => table_versions.clone(),
                };
                match read_change_ref(c, &versions, t, &id, *row, &mut plan.resolved) {
                    Ok((n, title)) => (Some(n), title),
                    Err(e) => {
                        problem(e);
                        continue;
                    }
                }
            }
            (other, _) => (other.clone(), None),
        };
        let update = Update {
            status: Some(status),
            answer: cell(col::ANSWER).map(|a| clean_text(&a)),
            theme: cell(col::THEME).map(|t| t.trim().to_string()),
            change_ref,
            change_ref_title,
            summary: cell(col::SUMMARY).map(|t| clean_text(&t)),
            sections,
            ..Update::default()
        };
        let key = decision_key(c, comment);
        statuses
            .entry(key.clone())
            .or_default()
            .push((*row, status));
        if !differs(&update, now) {
            continue;
        }
        let mut forced = false;
        if !basis_cell.is_empty() && basis(now) != basis_cell && exported_for.is_none() {
            // The ledger's decision changed since the export.
            let sheet = merged(&update, now);
            // As typed: an old table's numbers are what its basis records.
            let as_typed = Update {
                change_ref: typed.clone(),
                ..update.clone()
            };
            if basis(&sheet) == basis_cell || basis(&merged(&as_typed, now)) == basis_cell {
                plan.kept.push(*row);
                continue;
            }
            if !force {
                let position = response.comments.iter().position(|x| x.id == comment.id);
                plan.conflicts.push(Conflict {
                    row: *row,
                    comment_id: id,
                    memo_number: position
                        .and_then(|p| response.memo_number(p))
                        .map(|n| n.to_string())
                        .unwrap_or_default(),
                    respondent: response.respondent.clone(),
                    ledger: now.clone(),
                    sheet,
                });
                continue;
            }
            forced = true;
        } else if basis_cell.is_empty() && !plan.without_basis {
            plan.unchecked.push(*row);
        }
        if let Some(&other) = by_key.get(&key) {
            let earlier: &PlannedChange = &plan.changes[other];
            if earlier.update != update {
                problem(format!(
                    "belongs to the same campaign group as row {} but gives a different \
                     decision; a group is decided once: make the rows equal",
                    earlier.row
                ));
            }
            continue;
        }
        by_key.insert(key.clone(), plan.changes.len());
        plan.changes.push(PlannedChange {
            row: *row,
            comment_id: id,
            key,
            respondent: response.respondent.clone(),
            before: comment.decision.clone(),
            update,
            forced,
        });
    }
    // One changed row decides a group while the others are left as they
    // are, but a row that would set a decided group back to open while
    // another row of it keeps a decision is not a choice: it is the row
    // left open before the group was decided (the same table imported
    // again). Importing it would undo the decision and wipe its answer.
    for change in &plan.changes {
        if change.update.status != Some(Status::Open) || change.before.status == Status::Open {
            continue;
        }
        let decided = statuses.get(&change.key).and_then(|rows| {
            rows.iter()
                .find(|(row, status)| *row != change.row && *status != Status::Open)
        });
        if let Some((other, _)) = decided {
            problems.push(RowProblem {
                row: change.row,
                message: format!(
                    "belongs to the same campaign group as row {other} but gives a different \
                     decision; a group is decided once: make the rows equal"
                ),
            });
        }
    }
    problems.sort_by_key(|p| p.row);
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(invalid(problems))
    }
}

/// For a row whose `basis` is not the ledger's decision `now`: the version
/// (its index) that was the newest when the row was exported, and the
/// number it gave the section of `now`'s change reference, when the
/// decision is otherwise as exported (the ledger's reference followed its
/// section when a newer version numbered it differently; nobody changed
/// the decision).
fn stale_export(c: &Consultation, now: &DecisionView, basis_cell: &str) -> Option<(usize, String)> {
    let number = now.change_ref.as_deref()?;
    if !is_basis(basis_cell) || basis(now) == basis_cell {
        return None;
    }
    (0..c.versions.len().saturating_sub(1))
        .rev()
        .find_map(|at| {
            let then = crate::ledger::refs::number_in_version(c, at, number)?;
            let exported = DecisionView {
                change_ref: Some(then.clone()),
                ..now.clone()
            };
            (then != number && basis(&exported) == basis_cell).then_some((at, then))
        })
}

/// The version that was the newest when the table was exported, as its
/// `versie` column records it: `Some(vec![index])` for an older version,
/// `Some(vec![])` for the newest; `None` when the table has no such column
/// (exported by an older inspraak) or its cells name no version read now
/// (then the rows tell, [`exported_versions`]).
fn recorded_version(
    table: &Table,
    columns: &[Option<usize>],
    c: &Consultation,
) -> Option<Vec<usize>> {
    let j = columns[col::VERSION]?;
    let newest = c.versions.len().checked_sub(1)?;
    table
        .rows
        .iter()
        .filter_map(|(_, cells)| cells.get(j))
        .map(|cell| restore(cell).trim().to_string())
        .find_map(|file| c.versions.iter().position(|v| v.file == file))
        .map(|at| if at == newest { Vec::new() } else { vec![at] })
}

/// The versions (indices, none the newest) one of which was the newest
/// when the table was exported, as its rows tell: each row whose `basis`
/// is the ledger's decision with its change reference numbered as some
/// versions numbered it (see [`stale_export`]) leaves those versions; the
/// table's are those all such rows leave. Empty when no row tells, when
/// the rows disagree, or when the newest version is one of them.
fn exported_versions(table: &Table, columns: &[Option<usize>], c: &Consultation) -> Vec<usize> {
    let cell = |cells: &[String], i: usize| {
        columns[i]
            .and_then(|j| cells.get(j))
            .map(|t| restore(t).trim().to_string())
            .unwrap_or_default()
    };
    let newest = c.versions.len().saturating_sub(1);
    let mut left: Option<Vec<usize>> = None;
    for (_, cells) in &table.rows {
        let Some((_, comment)) = find_comment(c, &cell(cells, col::ID)) else {
            continue;
        };
        let now = &comment.decision;
        let Some(number) = now.change_ref.as_deref() else {
            continue;
        };
        let basis_cell = cell(cells, col::BASIS).to_ascii_lowercase();
        if !is_basis(&basis_cell) {
            continue;
        }
        let fits: Vec<usize> = (0..=newest)
            .filter(|&at| {
                let then = if at == newest {
                    Some(number.to_string())
                } else {
                    crate::ledger::refs::number_in_version(c, at, number)
                };
                then.is_some_and(|then| {
                    let exported = DecisionView {
                        change_ref: Some(then),
                        ..now.clone()
                    };
                    basis(&exported) == basis_cell
                })
            })
            .collect();
        if fits.is_empty() || fits.len() == newest + 1 {
            // Changed since the export, or the same number in every version.
            continue;
        }
        left = Some(match left {
            None => fits,
            Some(before) => before.into_iter().filter(|at| fits.contains(at)).collect(),
        });
    }
    match left {
        Some(left) if !left.contains(&newest) => left,
        _ => Vec::new(),
    }
}

/// A `wijziging in` cell `given` of a table exported while one of
/// `versions` (indices, none the newest; empty when the newest was) was
/// the newest version: a section number of that version, numbered as the
/// newest version numbers the section (a note in `resolved` when the
/// number changes); a number that version does not have is read as
/// [`parse_change_ref`] reads it (a removed section whose number another
/// took by its number and title, with that title). The error is the row
/// problem's message:
/// an unknown section, one the newest version no longer has, or versions
/// that read the cell as different sections.
///
/// [`parse_change_ref`]: crate::ledger::refs::parse_change_ref
fn read_change_ref(
    c: &Consultation,
    versions: &[usize],
    given: &str,
    id: &str,
    row: usize,
    resolved: &mut Vec<String>,
) -> Result<(String, Option<String>), String> {
    let file = |at: usize| c.versions.get(at).map_or("", |v| v.file.as_str());
    // As `decide --change-ref` reads it: a removed section whose number
    // another took by its number and title.
    let as_newest = || {
        crate::ledger::refs::parse_change_ref(c, given)
            .map_err(|e| format!("`wijziging in` of `{id}`: {e}"))
    };
    // Each version's reading, and whether that version has the number.
    let mut read: Vec<(usize, (String, Option<String>), bool)> = Vec::new();
    for &at in versions {
        match crate::ledger::refs::renumbered_since(c, at, given) {
            Ok(Some(n)) => read.push((at, (n, None), true)),
            Ok(None) => read.push((at, as_newest()?, false)),
            Err(title) => {
                return Err(format!(
                    "`wijziging in` of `{id}`: {given} numbers the sections of `{}` (the newest \
                     version when the table was exported), whose section {given} ‘{title}’ the \
                     newest version no longer has; give a section of the newest version",
                    file(at)
                ))
            }
        }
    }
    match read.as_slice() {
        [] => as_newest(),
        [(at, n, had), rest @ ..] if rest.iter().all(|(_, m, _)| m.0 == n.0) => {
            if *had && n.0 != given {
                resolved.push(format!(
                    "row {row}: `wijziging in` {given} of `{id}` numbers the sections of `{}` \
                     (the newest version when the table was exported): read as section {n} of \
                     the newest version",
                    file(*at),
                    n = n.0
                ));
            }
            Ok(n.clone())
        }
        _ => Err(format!(
            "`wijziging in` of `{id}`: the table was exported while one of {} was the newest \
             version, and they read {given} as different sections ({}); give the section's \
             number in the newest version `{}`",
            read.iter()
                .map(|(at, _, _)| format!("`{}`", file(*at)))
                .collect::<Vec<_>>()
                .join(", "),
            read.iter()
                .map(|(at, n, _)| format!("{} of the newest version by `{}`", n.0, file(*at)))
                .collect::<Vec<_>>()
                .join(", "),
            c.versions.last().map_or("", |v| v.file.as_str()),
        )),
    }
}

/// The decision the row gives: its cells, and the current decision's
/// values for the columns the table lacks.
/// Whether a `wijziging in` cell holds what the table was exported with:
/// the reference as shown (its number, or a removed section's number and
/// title), spaces, case and a leading `§` aside.
fn same_cell(typed: &str, shown: Option<&str>) -> bool {
    let norm = |s: &str| {
        s.trim()
            .trim_start_matches('§')
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    shown.is_some_and(|shown| norm(typed) == norm(shown))
}

fn merged(u: &Update, d: &DecisionView) -> DecisionView {
    let or = |new: &Option<String>, old: &Option<String>| new.clone().or_else(|| old.clone());
    DecisionView {
        status: u.status.unwrap_or(d.status),
        answer: u.answer.clone().unwrap_or_else(|| d.answer.clone()),
        theme: or(&u.theme, &d.theme),
        change_ref: or(&u.change_ref, &d.change_ref),
        summary: or(&u.summary, &d.summary),
        sections: u.sections.clone().unwrap_or_else(|| d.sections.clone()),
        ..d.clone()
    }
}

/// The current comment a row's `id`, which no comment has, names: the one
/// a re-attached decision filed under that id is filed under now, the one
/// the row's memo number names when its text is the row's, or else the one
/// point of the memo number's response whose text is the row's (a point
/// inserted before it shifted its number); with how it was found.
fn stale_id(
    c: &Consultation,
    previous: &HashMap<String, String>,
    id: &str,
    cell: &dyn Fn(usize) -> Option<String>,
) -> Option<(String, &'static str)> {
    if let Some(now) = previous
        .get(id)
        .filter(|now| find_comment(c, now).is_some())
    {
        return Some((now.clone(), "the ledger's previous ids"));
    }
    let number = cell(col::MEMO_NUMBER)?;
    let text = cell(col::COMMENT)?;
    if normalize(&text).is_empty() {
        return None;
    }
    if let crate::ledger::IdMatch::One(now) = crate::ledger::resolve_id(c, number.trim()) {
        if find_comment(c, &now).is_some_and(|(_, comment)| same_text(&comment.text, &text)) {
            return Some((now, "same memo number and text"));
        }
    }
    // A point inserted or removed before it shifted its memo number
    // (`2.2` is `2.3` now): the one point of the same response (the
    // number before the dot) with the row's text (but for its list
    // number, `2.` → `3.`, which shifted with it).
    let response: u32 = number.trim().split_once('.')?.0.trim().parse().ok()?;
    let mut same = c
        .responses
        .iter()
        .filter(|r| r.number == response)
        .flat_map(|r| &r.comments)
        .filter(|comment| same_text(&comment.text, &text));
    match (same.next(), same.next()) {
        (Some(comment), None) => Some((comment.id.clone(), "same response and text")),
        _ => None,
    }
}

/// The memo number of comment `id` (`2.3`), or the id when it has none.
fn memo_number(c: &Consultation, id: &str) -> String {
    c.responses
        .iter()
        .find_map(|r| {
            let i = r.comments.iter().position(|com| com.id == id)?;
            Some(format!("{}.{}", r.number, i + 1))
        })
        .unwrap_or_else(|| id.to_string())
}

/// Whether a row's decision cells are as exported: they give the decision
/// its `basis` cell records.
fn untouched(c: &Consultation, cell: &dyn Fn(usize) -> Option<String>) -> bool {
    let Some(basis_cell) = cell(col::BASIS).map(|b| b.trim().to_ascii_lowercase()) else {
        return false;
    };
    let Some(status) = Status::parse(&cell(col::STATUS).unwrap_or_default()) else {
        return false;
    };
    let text = |i: usize| cell(i).map(|t| clean_text(&t)).filter(|t| !t.is_empty());
    let view = DecisionView {
        status,
        answer: text(col::ANSWER).unwrap_or_default(),
        theme: text(col::THEME),
        change_ref: text(col::CHANGE_REF),
        summary: text(col::SUMMARY),
        sections: text(col::CHOSEN_SECTIONS)
            .and_then(|s| crate::ledger::parse_sections(c, &s).ok().flatten()),
        ..DecisionView::default()
    };
    is_basis(&basis_cell) && basis(&view) == basis_cell
}

/// Whether the row's values differ from the current decision.
fn differs(u: &Update, d: &DecisionView) -> bool {
    let opt = |new: &Option<String>, old: &Option<String>| {
        new.as_ref()
            .is_some_and(|n| n.as_str() != old.as_deref().unwrap_or(""))
    };
    u.status.is_some_and(|s| s != d.status)
        || u.answer
            .as_ref()
            .is_some_and(|a| a.as_str() != d.answer.trim())
        || opt(&u.theme, &d.theme)
        || opt(&u.change_ref, &d.change_ref)
        || opt(&u.summary, &d.summary)
        || u.sections.as_ref().is_some_and(|s| *s != d.sections)
}

/// Applies a validated plan to the ledger; returns the number of
/// decisions changed.
pub fn apply(
    plan: &Plan,
    ledger: &mut Ledger,
    c: &Consultation,
    author: Option<&str>,
    date: chrono::NaiveDate,
) -> usize {
    let mut n = 0;
    for change in &plan.changes {
        let mut update = change.update.clone();
        update.author = author.map(str::to_string);
        update.date = Some(date);
        if let Some((_, true)) = ledger.decide(c, &change.comment_id, &update) {
            n += 1;
        }
    }
    n
}

impl PlannedChange {
    /// One line for `--dry-run`.
    pub fn describe(&self) -> String {
        let status = self.update.status.unwrap_or(self.before.status);
        let mut s = format!(
            "row {}: {} ({}): {}",
            self.row,
            self.comment_id,
            self.respondent,
            if status == self.before.status {
                status.label_nl().to_string()
            } else {
                format!("{} -> {}", self.before.status.label_nl(), status.label_nl())
            }
        );
        if let Some(a) = &self.update.answer {
            if a.trim() != self.before.answer.trim() {
                s.push_str(&format!("; antwoord: \"{}\"", crate::cli::shorten(a, 60)));
            }
        }
        for (name, new, old) in [
            ("thema", &self.update.theme, &self.before.theme),
            (
                "wijziging in",
                &self.update.change_ref,
                &self.before.change_ref,
            ),
            ("samenvatting", &self.update.summary, &self.before.summary),
        ] {
            if let Some(n) = new {
                if n.as_str() != old.as_deref().unwrap_or("") {
                    s.push_str(&format!("; {name}: \"{}\"", crate::cli::shorten(n, 40)));
                }
            }
        }
        if let Some(sections) = &self.update.sections {
            if *sections != self.before.sections {
                s.push_str(&format!(
                    "; secties werkgroep: \"{}\"",
                    super::chosen_cell(sections.as_deref())
                ));
            }
        }
        if self.key != self.comment_id {
            s.push_str(&format!(" (campaign group {})", self.key));
        }
        if self.forced {
            s.push_str(" (forced: replaces a decision made since the export)");
        }
        s
    }
}

impl Conflict {
    /// Three lines: the row, the ledger's decision now, the sheet's.
    pub fn describe(&self) -> String {
        let number = if self.memo_number.is_empty() {
            self.comment_id.clone()
        } else {
            format!("{} ({})", self.memo_number, self.comment_id)
        };
        format!(
            "row {}: conflict on {number}, {}: the decision changed in the ledger since the \
             export and the sheet gives another\n  ledger now: {}\n  sheet:      {}",
            self.row,
            self.respondent,
            decision_line(&self.ledger, &self.sheet),
            decision_line(&self.sheet, &self.ledger),
        )
    }
}

/// `status; antwoord: "…"` and the other fields where `d` differs from
/// `other`.
fn decision_line(d: &DecisionView, other: &DecisionView) -> String {
    let mut s = format!(
        "{}; antwoord: \"{}\"",
        d.status.label_nl(),
        crate::cli::shorten(d.answer.trim(), 60)
    );
    for (name, mine, theirs) in [
        ("thema", &d.theme, &other.theme),
        ("wijziging in", &d.change_ref, &other.change_ref),
        ("samenvatting", &d.summary, &other.summary),
    ] {
        let mine = mine.as_deref().unwrap_or("").trim();
        if mine != theirs.as_deref().unwrap_or("").trim() {
            s.push_str(&format!("; {name}: \"{}\"", crate::cli::shorten(mine, 40)));
        }
    }
    if d.sections != other.sections {
        s.push_str(&format!(
            "; secties werkgroep: \"{}\"",
            super::chosen_cell(d.sections.as_deref())
        ));
    }
    s
}
