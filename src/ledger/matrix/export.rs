//! Writing the comment table as `.xlsx` or `.csv`.

use std::path::Path;

use anyhow::{bail, Context, Result};
use rust_xlsxwriter::{Color, DataValidation, Format, FormatBorder, Note, Workbook};

use super::{col, neutralise, rows, COLUMNS};
use crate::model::{Consultation, Status};

/// Writes the table; the format follows the extension (`.xlsx` or `.csv`).
pub fn export(c: &Consultation, path: &Path) -> Result<usize> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let bytes = match ext.as_str() {
        "xlsx" => export_xlsx(c)?,
        "csv" => export_csv(c)?,
        _ => bail!(
            "cannot write `{}`: give a file name ending in .xlsx or .csv",
            path.display()
        ),
    };
    std::fs::write(path, bytes).with_context(|| format!("failed to write `{}`", path.display()))?;
    Ok(rows(c).len())
}

/// The table as CSV for Dutch spreadsheets: `;`-separated, UTF-8 with BOM.
pub fn export_csv(c: &Consultation) -> Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(COLUMNS.iter().map(|c| c.header))?;
        for row in rows(c) {
            w.write_record(row.iter().map(|cell| neutralise(cell)))?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// The table as an Excel workbook: frozen header, editable columns
/// coloured and explained in notes, a status dropdown, column widths.
pub fn export_xlsx(c: &Consultation) -> Result<Vec<u8>> {
    let editable_fill = Color::RGB(0xFFF2CC);
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9D9D9))
        .set_border_bottom(FormatBorder::Thin);
    let header_editable = header.clone().set_background_color(Color::RGB(0xFFD966));
    let fixed = Format::new().set_text_wrap();
    let editable = Format::new()
        .set_text_wrap()
        .set_background_color(editable_fill);
    // Section numbers typed stay text: as a number or a date `2.10` would
    // lose its zero or become 2 October. Only these short cells: Excel
    // shows a text-formatted cell of over 255 characters as `####`.
    let editable_text = editable.clone().set_num_format("@");
    // The fingerprint of the decision at the export: for the import, not
    // for reading; grey and narrow.
    let basis = Format::new().set_font_color(Color::RGB(0xA6A6A6));

    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Reactiematrix")?;
    for (i, column) in COLUMNS.iter().enumerate() {
        let i = i as u16;
        let fmt = if column.editable {
            &header_editable
        } else {
            &header
        };
        ws.write_string_with_format(0, i, column.header, fmt)?;
        ws.set_column_width(i, column.width)?;
        if column.editable {
            ws.insert_note(
                0,
                i,
                &Note::new(format!("Bewerkbaar. {}", column.note)).add_author_prefix(false),
            )?;
        } else if !column.note.is_empty() {
            ws.insert_note(0, i, &Note::new(column.note).add_author_prefix(false))?;
        }
    }
    let data = rows(c);
    for (r, row) in data.iter().enumerate() {
        let r = r as u32 + 1;
        for (i, cell) in row.iter().enumerate() {
            let fmt = if i == col::CHANGE_REF || i == col::CHOSEN_SECTIONS {
                &editable_text
            } else if COLUMNS[i].editable {
                &editable
            } else if i == col::BASIS {
                &basis
            } else {
                &fixed
            };
            ws.write_string_with_format(r, i as u16, neutralise(cell), fmt)?;
        }
    }
    let last = (data.len() as u32).max(1);
    let words: Vec<&str> = Status::ALL.iter().map(|s| s.label_nl()).collect();
    let validation = DataValidation::new()
        .allow_list_strings(&words)?
        .set_input_title("Status")?
        .set_input_message("Kies een status uit de lijst")?
        .set_error_title("Onbekende status")?
        .set_error_message(format!("Kies een van: {}", words.join(", ")))?;
    ws.add_data_validation(1, col::STATUS as u16, last, col::STATUS as u16, &validation)?;
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last, (COLUMNS.len() - 1) as u16)?;
    Ok(wb.save_to_buffer()?)
}
