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

/// A place cell that is a bare number (`2.2`, `5`, `13-14`).
static BARE_NUMBER: StaticRegex =
    StaticRegex::new(r"^\d{1,3}(\.\d{1,3}){0,3}\.?(\s*[-–]\s*\d{1,3})?$");

/// The rows of a comment table as numbered points, or `None` when `rows`
/// (cell texts, the first row the header) is no comment table.
pub(crate) fn comment_table_points(rows: &[Vec<String>]) -> Option<Vec<String>> {
    let (header, body) = rows.split_first()?;
    let find = |re: &StaticRegex, skip: Option<usize>| {
        header
            .iter()
            .enumerate()
            .find(|(i, h)| Some(*i) != skip && re.get().is_match(h.trim()))
            .map(|(i, _)| i)
    };
    let place = find(&PLACE_HEADER, None)?;
    let comment = find(&COMMENT_HEADER, Some(place))?;
    let number = find(&NUMBER_HEADER, None).filter(|n| *n != place && *n != comment);
    let place_word = {
        let h = header[place].trim().to_lowercase();
        if h.starts_with("hoofdstuk") || h.starts_with("hfst") || h.starts_with("h.") || h == "h" {
            "hoofdstuk"
        } else if h.starts_with("pag") || h.starts_with("blz") || h.starts_with("p.") {
            "pagina"
        } else {
            "paragraaf"
        }
    };
    let mut points = Vec::new();
    for row in body {
        let cell = |i: usize| row.get(i).map_or("", |c| c.trim());
        let text = cell(comment);
        if text.is_empty() {
            continue;
        }
        let n = number
            .map(cell)
            .map(|c| c.trim_end_matches('.'))
            .filter(|c| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit()))
            .map_or_else(|| (points.len() + 1).to_string(), str::to_string);
        let at = cell(place);
        let at = if at.is_empty() {
            String::new()
        } else if BARE_NUMBER.get().is_match(at) {
            format!("{place_word} {}: ", at.trim_end_matches('.'))
        } else {
            format!("{}: ", at.trim_end_matches([':', '.']))
        };
        let mut chars = at.chars();
        let at: String = chars
            .next()
            .map(|f| f.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        points.push(format!("{n}. {at}{text}"));
    }
    (!points.is_empty()).then_some(points)
}

#[cfg(test)]
mod tests;
