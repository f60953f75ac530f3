//! A comment table (*reactieformulier*: `Nr | Paragraaf | Opmerking |
//! Voorstel`) in a PDF. Laid out as lines, each cell is a line of its own
//! (or part of one), in the order the writer drew them, cell by cell and
//! row by row: read so, the place cells are loose numbers and each row's
//! comment and proposal two paragraphs. Here a header row whose cells are
//! a comment table's ([`super::table::is_comment_table_header`]) gives
//! the columns (where each header cell starts), the lines below it whose
//! words keep within those columns are its rows (a row starts where the
//! writer goes back to the number or place column), and the table is read
//! as its points ([`super::table::comment_table_points`]), one line each,
//! as a Word or Markdown table is.

use super::layout::RawLine;
use super::table;

/// A gap between words (× font size) that parts two cells: wider than
/// any space between words of one line of text.
const CELL_GAP: f32 = 0.8;
/// How far (× font size) a cell's text may start left of its header.
const LEFT_TOLERANCE: f32 = 0.6;

/// A word of a line with its place.
#[derive(Debug, Clone)]
struct Word<'a> {
    text: &'a str,
    x0: f32,
    x1: f32,
}

/// The words of `line` from its word positions, in order of place.
fn words(line: &RawLine) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(line.words.len());
    for (k, &(start, x0, x1)) in line.words.iter().enumerate() {
        let end = line
            .words
            .get(k + 1)
            .map_or(line.text.len(), |w| w.0 as usize);
        let Some(text) = line.text.get(start as usize..end) else {
            return Vec::new();
        };
        let text = text.trim();
        if !text.is_empty() {
            out.push(Word { text, x0, x1 });
        }
    }
    out.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    out
}

/// The header cells (text and left end) of the words of a header row, or
/// `None` when they are no comment table's header.
fn header_cells(words: &[Word<'_>], size: f32) -> Option<Vec<(String, f32)>> {
    // Groups of words parted by wide gaps.
    let mut groups: Vec<Vec<&Word<'_>>> = Vec::new();
    for w in words {
        match groups.last_mut() {
            Some(g) if g.last().is_some_and(|p| w.x0 - p.x1 < CELL_GAP * size) => g.push(w),
            _ => groups.push(vec![w]),
        }
    }
    let several = groups.len() >= 2;
    let mut cells = Vec::new();
    for g in &groups {
        match split_header(g) {
            Some(found) => cells.extend(found),
            // A column of another kind (`Naam`, `Motivatie`), set apart.
            None if several && g.len() <= 3 => cells.push(joined(g)),
            None => return None,
        }
    }
    let texts: Vec<String> = cells.iter().map(|c| c.0.clone()).collect();
    (cells.len() >= 2 && table::is_comment_table_header(&texts)).then_some(cells)
}

fn joined(words: &[&Word<'_>]) -> (String, f32) {
    let text = words.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    (text, words.first().map_or(0.0, |w| w.x0))
}

/// `words` read as one or more header cells in a row (`Nr Paragraaf`
/// with too narrow a gap to part them by), longest first.
fn split_header(words: &[&Word<'_>]) -> Option<Vec<(String, f32)>> {
    if words.is_empty() {
        return Some(Vec::new());
    }
    for k in (1..=words.len().min(4)).rev() {
        let (cell, _) = joined(&words[..k]);
        if table::is_header_cell(&cell) {
            if let Some(mut rest) = split_header(&words[k..]) {
                rest.insert(0, joined(&words[..k]));
                return Some(rest);
            }
        }
    }
    None
}

/// A row being read: its cells and where it starts.
struct Row {
    cells: Vec<String>,
    /// Index of its first line.
    first: usize,
    y: f32,
}

/// Reads each comment table on a page's `lines` as its points.
pub(crate) fn comment_tables_as_points(lines: &mut Vec<RawLine>) {
    let mut i = 0;
    while i < lines.len() {
        match read_table(lines, i) {
            Some((end, points)) => {
                let size = lines[i].size;
                let x = lines[i].x;
                let new: Vec<RawLine> = points
                    .into_iter()
                    .map(|(text, y)| RawLine {
                        text,
                        x,
                        x_end: x,
                        y,
                        size,
                        para: true,
                        ..RawLine::default()
                    })
                    .collect();
                let n = new.len();
                lines.splice(i..end, new);
                i += n;
            }
            None => i += 1,
        }
    }
}

/// The table whose header row starts at line `start`: the index after its
/// last line, and its points with the baseline of each row's first line.
fn read_table(lines: &[RawLine], start: usize) -> Option<(usize, Vec<(String, f32)>)> {
    let first = &lines[start];
    let size = first.size.max(1.0);
    let y = first.y;
    // The header row: the lines on its baseline, in a run.
    let mut end = start;
    while lines
        .get(end)
        .is_some_and(|l| (l.y - y).abs() <= 0.35 * size && !l.words.is_empty())
    {
        end += 1;
    }
    let header_words: Vec<Word<'_>> = {
        let mut all: Vec<Word<'_>> = lines[start..end].iter().flat_map(words).collect();
        all.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        all
    };
    let header = header_cells(&header_words, size)?;
    let starts: Vec<f32> = header.iter().map(|c| c.1).collect();
    let names: Vec<String> = header.iter().map(|c| c.0.clone()).collect();
    let keys = table::key_columns(&names);
    let width = starts.len();
    let mut rows: Vec<Row> = Vec::new();
    let mut last_col = 0usize;
    let mut k = end;
    while let Some(line) = lines.get(k) {
        let size = line.size.max(1.0);
        if line.y < y - 0.35 * size {
            break;
        }
        let ws = words(line);
        if ws.is_empty() {
            break;
        }
        // Each word's column; a word left of the table, across a
        // column's start, or a change of column at a gap between words
        // of one cell ends the table.
        let mut cols = Vec::with_capacity(ws.len());
        let mut fits = true;
        for (n, w) in ws.iter().enumerate() {
            let Some(c) = starts
                .iter()
                .rposition(|&s| w.x0 >= s - LEFT_TOLERANCE * size)
            else {
                fits = false;
                break;
            };
            if starts
                .get(c + 1)
                .is_some_and(|&next| w.x1 > next - 0.2 * size)
            {
                fits = false;
                break;
            }
            if n > 0 && cols.last() != Some(&c) && w.x0 - ws[n - 1].x1 < CELL_GAP * size {
                fits = false;
                break;
            }
            cols.push(c);
        }
        if !fits {
            break;
        }
        let lowest = cols.iter().copied().min().unwrap_or(0);
        let names_key = cols.iter().any(|c| keys.contains(c));
        let new_row = rows.is_empty() || (lowest < last_col && names_key);
        if new_row {
            rows.push(Row {
                cells: vec![String::new(); width],
                first: k,
                y: line.y,
            });
        }
        let Some(row) = rows.last_mut() else {
            break;
        };
        for c in 0..width {
            let text = ws
                .iter()
                .zip(&cols)
                .filter(|(_, &col)| col == c)
                .map(|(w, _)| w.text)
                .collect::<Vec<_>>()
                .join(" ");
            if text.is_empty() {
                continue;
            }
            let cell = &mut row.cells[c];
            if cell.is_empty() {
                cell.push_str(&text);
            } else {
                super::dehyphen::append_continuation(cell, &text);
            }
        }
        last_col = cols.iter().copied().max().unwrap_or(0);
        k += 1;
    }
    // Rows at the end with nothing but a number or place (a closing line
    // that happens to fit a narrow column) are no part of it.
    while rows.last().is_some_and(|r| {
        r.cells
            .iter()
            .enumerate()
            .all(|(c, t)| keys.contains(&c) || t.trim().is_empty())
    }) {
        if let Some(r) = rows.pop() {
            k = r.first;
        }
    }
    if rows.is_empty() {
        return None;
    }
    let mut table = vec![names];
    table.extend(rows.iter().map(|r| r.cells.clone()));
    let points = table::comment_table_points(&table, &[])?;
    // Each point at its row's place (rows without text give no point;
    // then all go at the table's first row).
    let ys: Vec<f32> = rows
        .iter()
        .filter(|r| {
            r.cells
                .iter()
                .enumerate()
                .any(|(c, t)| !keys.contains(&c) && !t.trim().is_empty())
        })
        .map(|r| r.y)
        .collect();
    let placed = points
        .into_iter()
        .enumerate()
        .map(|(n, p)| (p, ys.get(n).copied().unwrap_or(y)))
        .collect();
    Some((k, placed))
}

#[cfg(test)]
mod tests;
