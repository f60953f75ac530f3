//! A response written as a comment table (*reactietabel*): a header row
//! naming a column for the place in the draft (`Paragraaf`, `Hoofdstuk`,
//! `Pagina`) and one for the comment (`Opmerking`, `Reactie`), a row per
//! point. Read cell by cell, the place would be lost or glued to the
//! comment before; read as points, each row becomes `1. Paragraaf 2.2:
//! <comment>`, which the splitter takes as a numbered point and the linker
//! as an explicit reference.

use crate::text::StaticRegex;

/// A header cell naming the place in the draft a row is about.
static PLACE_HEADER: StaticRegex = StaticRegex::new(
    r"(?i)^(paragraaf|par\.?|§|hoofdstuk|hfst\.?|h\.?|pagina|pag\.?|blz\.?|p\.|onderdeel|tekstdeel|tekstpassage|passage|plaats( in de tekst)?|plek|locatie|verwijzing|betreft|artikel|nummer in de visie)\b",
);

/// A header cell naming the comment itself.
static COMMENT_HEADER: StaticRegex = StaticRegex::new(
    r"(?i)\b(opmerking|opmerkingen|reactie|reacties|commentaar|toelichting|zienswijze|advies|adviezen|suggestie|suggesties|vraag|vragen|inbreng|voorstel|tekstvoorstel|punt)\b",
);

/// A header cell numbering the rows.
static NUMBER_HEADER: StaticRegex = StaticRegex::new(r"(?i)^(nr\.?|nummer|no\.?|#|volgnummer)$");

/// A typed row label with a letter (`1a`, `12b`, `b`): kept in front of
/// the point's text when the points are counted anew.
static LETTERED_LABEL: StaticRegex = StaticRegex::new(r"^(?i)(\d{1,3}[a-z]|[a-z])$");

/// A place cell that is a bare number (`2.2`, `5`, `13-14`).
static BARE_NUMBER: StaticRegex =
    StaticRegex::new(r"^\d{1,3}(\.\d{1,3}){0,3}\.?(\s*[-–]\s*\d{1,3})?$");

/// Whether `text` is a comment table's header cell: a number, place or
/// comment column's (`Nr`, `Paragraaf`, `Opmerking`, `Uw reactie`), of
/// at most four words.
pub(crate) fn is_header_cell(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim();
    !t.is_empty()
        && t.split_whitespace().count() <= 4
        && (NUMBER_HEADER.get().is_match(t)
            || PLACE_HEADER.get().is_match(t)
            || COMMENT_HEADER.get().is_match(t))
}

/// Whether `header` (a table's first row) is a comment table's: a place
/// column and a comment column ([`comment_table_points`]).
pub(crate) fn is_comment_table_header(header: &[String]) -> bool {
    let number = header
        .iter()
        .position(|h| NUMBER_HEADER.get().is_match(h.trim()));
    let places: Vec<usize> = (0..header.len())
        .filter(|&i| Some(i) != number && PLACE_HEADER.get().is_match(header[i].trim()))
        .collect();
    !places.is_empty()
        && (0..header.len()).any(|i| {
            Some(i) != number
                && !places.contains(&i)
                && COMMENT_HEADER.get().is_match(header[i].trim())
        })
}

/// The columns of `header` that number the rows or name a place.
pub(crate) fn key_columns(header: &[String]) -> Vec<usize> {
    (0..header.len())
        .filter(|&i| {
            let h = header[i].trim();
            NUMBER_HEADER.get().is_match(h) || PLACE_HEADER.get().is_match(h)
        })
        .collect()
}

/// The rows of a comment table as numbered points, or `None` when `rows`
/// (cell texts, the first row the header) is no comment table.
///
/// Every place column that is filled in is named (`1. Pagina 4, paragraaf
/// 2.2: ...`), and every other column with text (a proposal, a motivation)
/// stays part of the point under its header (`... Voorstel: ...`): nothing
/// the sender wrote is left out. `merged` lists the cells (row, column;
/// row 0 the header) merged with the cell above (a Word cell merged
/// vertically over rows): a place or number cell so merged names the place
/// or number of the row above.
pub(crate) fn comment_table_points(
    rows: &[Vec<String>],
    merged: &[(usize, usize)],
) -> Option<Vec<String>> {
    let (header, _) = rows.split_first()?;
    let number = header
        .iter()
        .position(|h| NUMBER_HEADER.get().is_match(h.trim()));
    let places: Vec<usize> = (0..header.len())
        .filter(|&i| Some(i) != number && PLACE_HEADER.get().is_match(header[i].trim()))
        .collect();
    if places.is_empty() {
        return None;
    }
    let comment = (0..header.len()).find(|&i| {
        Some(i) != number && !places.contains(&i) && COMMENT_HEADER.get().is_match(header[i].trim())
    })?;
    let place_word = |i: usize| {
        let h = header[i].trim().to_lowercase();
        if h.starts_with("hoofdstuk") || h.starts_with("hfst") || h.starts_with("h.") || h == "h" {
            "hoofdstuk"
        } else if h.starts_with("pag") || h.starts_with("blz") || h.starts_with("p.") {
            "pagina"
        } else {
            "paragraaf"
        }
    };
    // A place or number cell merged with the one above reads as it.
    let mut rows = rows.to_vec();
    for r in 1..rows.len() {
        let width = rows[r].len();
        for c in 0..width {
            let inherits = (places.contains(&c) || Some(c) == number)
                && merged.contains(&(r, c))
                && rows[r][c].trim().is_empty();
            if inherits {
                let above = rows[r - 1].get(c).cloned().unwrap_or_default();
                rows[r][c] = above;
            }
        }
    }
    // Each row with text: its typed number, its places, its text.
    let mut entries: Vec<(String, Vec<String>, String)> = Vec::new();
    for (r, row) in rows.iter().enumerate().skip(1) {
        let cell = |i: usize| row.get(i).map_or("", |c| c.trim());
        let at: Vec<String> = places
            .iter()
            .filter(|&&i| !cell(i).is_empty())
            .map(|&i| {
                let at = cell(i);
                // A number with its parts (`4.2`) is shown as the writer
                // typed it, a section's number all the same; a single
                // number (`6` under `Hoofdstuk`) says what it counts only
                // with the column's word.
                if BARE_NUMBER.get().is_match(at) && !at.trim_end_matches('.').contains('.') {
                    format!("{} {}", place_word(i), at.trim_end_matches('.'))
                } else {
                    at.trim_end_matches([':', '.']).to_string()
                }
            })
            .collect();
        // A row whose comment cell is merged with the one above (a comment
        // over two places) adds its places to the row above's point.
        let continues = merged.contains(&(r, comment)) && cell(comment).is_empty();
        if continues {
            if let Some((_, above, _)) = entries.last_mut() {
                for a in at {
                    if !above.contains(&a) {
                        above.push(a);
                    }
                }
                continue;
            }
        }
        // The comment, then each other column with text under its header.
        let mut text = cell(comment).to_string();
        for (i, h) in header.iter().enumerate() {
            if i == comment || Some(i) == number || places.contains(&i) || cell(i).is_empty() {
                continue;
            }
            if !text.is_empty() {
                let ends_sentence = text.ends_with(['.', '!', '?', ';', ':', '…']);
                text.push_str(if ends_sentence { " " } else { ". " });
            }
            let h = h.trim().trim_end_matches(':').trim();
            if !h.is_empty() {
                text.push_str(h);
                text.push_str(": ");
            }
            text.push_str(cell(i));
        }
        if text.is_empty() {
            continue;
        }
        let typed = number
            .map(cell)
            .map(|c| c.trim_end_matches('.').to_string())
            .unwrap_or_default();
        entries.push((typed, at, text));
    }
    // The typed numbers count the points when they are plain numbers in
    // rising order; otherwise (`1a`, `1b`, `2`; a number twice) the points
    // are counted anew, so no two read as one, and a typed label of a
    // letter (`1a`, `b`) stays in front of the point's text.
    let plain = |t: &str| !t.is_empty() && t.len() <= 5 && t.chars().all(|c| c.is_ascii_digit());
    let typed_count = entries
        .iter()
        .map(|(t, _, _)| plain(t).then(|| t.parse::<u32>().ok()).flatten())
        .collect::<Option<Vec<u32>>>()
        .filter(|ns| ns.windows(2).all(|w| w[0] < w[1]));
    let mut points = Vec::new();
    for (k, (typed, at, text)) in entries.into_iter().enumerate() {
        let n = typed_count
            .as_ref()
            .and_then(|ns| ns.get(k))
            .map_or_else(|| (k + 1).to_string(), u32::to_string);
        let label = if typed_count.is_none() && LETTERED_LABEL.get().is_match(&typed) {
            format!("({typed}) ")
        } else {
            String::new()
        };
        let at = if at.is_empty() {
            String::new()
        } else {
            format!("{}: ", at.join(", "))
        };
        let mut chars = at.chars();
        let at: String = chars
            .next()
            .map(|f| f.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        points.push(format!("{n}. {label}{at}{text}"));
    }
    (!points.is_empty()).then_some(points)
}

#[cfg(test)]
mod tests;
