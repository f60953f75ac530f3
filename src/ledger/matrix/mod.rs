//! The comment table (reactiematrix): export to `.xlsx`/`.csv` for the
//! working group's meeting, and import of the filled-in table.
//!
//! One row per comment. The editable columns are status, antwoord, thema,
//! wijziging in, samenvatting and secties werkgroep (the sections the
//! working group chooses instead of the tool's links); the others identify
//! the comment (or, as datum and te laat, inform) and are checked on
//! import (a changed comment text is refused).
//!
//! The column `basis` holds a fingerprint of the decision as it was
//! when the table was exported ([`basis`]). Import compares it with the
//! ledger's decision now, so that a row of an old table never silently
//! undoes a decision made since the export (see [`plan`]). The column
//! `versie` records the newest version at the export, whose numbering the
//! table's `wijziging in` follows.

use crate::model::{Comment, Consultation, DecisionView, Response, Status};

mod export;
mod import;

pub use export::{export, export_csv, export_xlsx};
pub use import::{
    apply, plan, plan_resolving, plan_with, read_table, table_from_csv, Conflict, ImportError,
    Plan, PlannedChange, RowProblem, Table,
};

/// A column of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// Header as exported (Dutch).
    pub header: &'static str,
    /// Other header names accepted on import (English, variants).
    pub aliases: &'static [&'static str],
    /// The working group fills this column in.
    pub editable: bool,
    /// Import refuses a table without this column.
    pub required: bool,
    /// Width in characters in the xlsx.
    pub width: f64,
    /// Shown to the user as the header's note in the xlsx.
    pub note: &'static str,
}

/// Index of each column in [`COLUMNS`].
pub mod col {
    pub const ID: usize = 0;
    pub const MEMO_NUMBER: usize = 1;
    pub const RESPONDENT: usize = 2;
    pub const FILE: usize = 3;
    pub const DATE: usize = 4;
    pub const LATE: usize = 5;
    pub const LABEL: usize = 6;
    pub const COMMENT: usize = 7;
    pub const SECTIONS: usize = 8;
    pub const GROUP: usize = 9;
    pub const STATUS: usize = 10;
    pub const ANSWER: usize = 11;
    pub const THEME: usize = 12;
    pub const CHANGE_REF: usize = 13;
    pub const SUMMARY: usize = 14;
    pub const CHOSEN_SECTIONS: usize = 15;
    pub const BASIS: usize = 16;
    pub const VERSION: usize = 17;
}

const fn column(header: &'static str, aliases: &'static [&'static str], width: f64) -> Column {
    Column {
        header,
        aliases,
        editable: false,
        required: false,
        width,
        note: "",
    }
}

/// The columns in table order.
pub const COLUMNS: [Column; 18] = [
    Column {
        required: true,
        ..column("id", &["comment id", "kenmerk"], 13.0)
    },
    column("nota nr", &["memo number", "nummer"], 8.0),
    column("indiener", &["respondent", "afzender"], 28.0),
    column("bestand", &["file", "bestandsnaam"], 22.0),
    Column {
        note: "De datum van de reactie (of van ontvangst, als die is opgegeven); alleen ter \
               informatie",
        ..column("datum", &["date"], 11.0)
    },
    Column {
        note: "`ja`: na de termijn ingediend (zoals de nota het markeert); alleen ter informatie",
        ..column("te laat", &["late"], 7.0)
    },
    column("nr", &["label", "punt"], 6.0),
    Column {
        required: true,
        ..column("reactie", &["comment", "opmerking", "tekst"], 70.0)
    },
    column("secties", &["sections", "paragrafen", "paragraaf"], 12.0),
    column("campagne", &["group", "groep"], 13.0),
    Column {
        editable: true,
        required: true,
        note: "Kies: open, overgenomen, deels overgenomen, niet overgenomen, reeds verwerkt, \
               ter kennisname",
        ..column("status", &[], 20.0)
    },
    Column {
        editable: true,
        required: true,
        note: "Het antwoord van de werkgroep (komt in de nota van beantwoording)",
        ..column("antwoord", &["answer", "reactie werkgroep"], 70.0)
    },
    Column {
        editable: true,
        note: "Thema of label om reacties te groeperen (optioneel)",
        ..column("thema", &["theme", "label werkgroep"], 18.0)
    },
    Column {
        editable: true,
        note: "Paragraaf van de definitieve versie waarin de wijziging staat (optioneel)",
        ..column(
            "wijziging in",
            &["change ref", "change_ref", "wijziging"],
            12.0,
        )
    },
    Column {
        editable: true,
        note: "Korte samenvatting van de reactie voor de nota (optioneel)",
        ..column("samenvatting", &["summary"], 40.0)
    },
    Column {
        editable: true,
        note: "Paragrafen waar de reactie over gaat, als de werkgroep andere kiest dan in \
               `secties` (gescheiden door komma's; - voor geen; leeg: die van inspraak)",
        ..column(
            "secties werkgroep",
            &["chosen sections", "sections chosen"],
            14.0,
        )
    },
    Column {
        note: "Niet wijzigen. De beslissing zoals die bij de export was (een vingerafdruk); \
               bij import ziet inspraak hiermee of de beslissing sindsdien is gewijzigd",
        ..column("basis", &["basis bij export"], 9.0)
    },
    Column {
        note: "Niet wijzigen. De nieuwste versie van de visie bij de export: bij import leest \
               inspraak `wijziging in` met de nummering van die versie",
        ..column("versie", &["version", "versie bij export"], 16.0)
    },
];

/// Version prefix of a [`basis`] fingerprint.
const BASIS_PREFIX: &str = "v1:";

/// A compact fingerprint of a decision's editable fields (status, answer,
/// theme, change reference, summary), normalised as import reads them back:
/// `v1:` and 12 hex digits. Starts with a letter so that no spreadsheet
/// reads it as a number.
pub fn basis(d: &DecisionView) -> String {
    basis_of(
        d.status,
        &d.answer,
        d.theme.as_deref().unwrap_or(""),
        d.change_ref.as_deref().unwrap_or(""),
        d.summary.as_deref().unwrap_or(""),
        d.sections.as_deref(),
    )
}

/// The fingerprint; the working group's sections count only when chosen,
/// so a decision without them has the fingerprint it had before the
/// column existed.
fn basis_of(
    status: Status,
    answer: &str,
    theme: &str,
    change_ref: &str,
    summary: &str,
    sections: Option<&[String]>,
) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for field in [
        status.key(),
        &clean_text(answer),
        theme.trim(),
        change_ref.trim(),
        &clean_text(summary),
    ] {
        h.update(field.as_bytes());
        h.update([0u8]);
    }
    if let Some(sections) = sections {
        h.update(b"sections\0");
        h.update(chosen_cell(Some(sections)).as_bytes());
        h.update([0u8]);
    }
    let digest = h.finalize();
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("{BASIS_PREFIX}{hex}")
}

/// Whether `cell` looks like a fingerprint [`basis`] writes.
pub fn is_basis(cell: &str) -> bool {
    cell.strip_prefix(BASIS_PREFIX)
        .is_some_and(|h| h.len() == 12 && h.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Trims and turns Windows line ends into `\n`.
pub(crate) fn clean_text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_string()
}

/// The cells of one comment's row, in [`COLUMNS`] order but the last
/// (`versie`, see [`rows`]), not yet neutralised against formula
/// injection.
pub fn row(r: &Response, c: &Comment) -> Vec<String> {
    let d = &c.decision;
    // `12.3`, as in the memo and `inspraak decide 12.3`.
    let memo_number = r
        .comments
        .iter()
        .position(|x| x.id == c.id)
        .and_then(|p| r.memo_number(p))
        .map(|n| n.to_string())
        .unwrap_or_default();
    vec![
        c.id.clone(),
        memo_number,
        r.respondent.clone(),
        r.file.clone(),
        r.received
            .or(r.date)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        if r.late { "ja" } else { "" }.to_string(),
        c.label.clone().unwrap_or_default(),
        c.text.clone(),
        // A weak suggestion is marked `?`.
        c.sections
            .iter()
            .map(|l| {
                if l.is_suggestion() {
                    format!("{}?", l.number)
                } else {
                    l.number.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        c.group.clone().unwrap_or_default(),
        d.status.label_nl().to_string(),
        d.answer.clone(),
        d.theme.clone().unwrap_or_default(),
        d.change_ref.clone().unwrap_or_default(),
        d.summary.clone().unwrap_or_default(),
        chosen_cell(d.sections.as_deref()),
        basis(d),
    ]
}

/// The `secties werkgroep` cell: empty when the tool's links stand, `-`
/// for no section.
pub fn chosen_cell(sections: Option<&[String]>) -> String {
    match sections {
        None => String::new(),
        Some([]) => "-".to_string(),
        Some(list) => list.join(", "),
    }
}

/// Every comment's row, each with the file of the newest version in its
/// `versie` cell: the version whose numbering the table's section numbers
/// (`wijziging in`) follow, so that an import after a newer version
/// arrived reads them as that version numbered its sections.
pub fn rows(c: &Consultation) -> Vec<Vec<String>> {
    let version = c
        .versions
        .last()
        .map(|v| v.file.clone())
        .unwrap_or_default();
    super::all_comments(c)
        .map(|(r, com)| {
            let mut cells = row(r, com);
            cells.push(version.clone());
            cells
        })
        .collect()
}

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Prefixes a cell that a spreadsheet would read as a formula with `'`.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(FORMULA_START) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Removes the prefix [`neutralise`] added.
pub fn restore(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest.to_string(),
        _ => cell.to_string(),
    }
}

#[cfg(test)]
mod tests;
