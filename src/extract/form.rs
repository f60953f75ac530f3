//! Filled-in PDF forms (AcroForm): the values of a form's fields are no
//! part of the page's content stream (a viewer draws them from the
//! field's appearance), so the page's text alone holds only the form's
//! labels (`Naam:`, `Uw reactie:`). Each filled-in field is read as a
//! line `Label: value` at the place of its widget, its label from the
//! page's label for it (a label line naming the field, or the label just
//! left of the widget), the field's tooltip (`/TU`) or its name (`/T`).

use std::collections::{HashMap, HashSet};

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::deref;
use super::layout::RawLine;

/// At most this many fields are read (a form has tens).
const MAX_FIELDS: usize = 2000;
/// Depth of the field tree (`/Kids`) followed.
const MAX_DEPTH: usize = 32;
/// A value of more words than this is a paragraph of its own below its
/// label.
const LONG_VALUE_WORDS: usize = 12;
/// A value longer than this (in characters) is cut.
const MAX_VALUE: usize = 20_000;

/// A filled-in field, where it is shown.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FieldValue {
    /// 1-based page number.
    pub page: u32,
    /// Widget's rectangle in display space: left, top, right, bottom
    /// (y from the top of the page).
    pub rect: [f32; 4],
    /// The tooltip (`/TU`), when given.
    pub tooltip: Option<String>,
    /// The field's own name (`/T`, the last part of a dotted name).
    pub name: String,
    /// The value as text (lines kept).
    pub value: String,
}

/// The filled-in fields of `doc`'s form, in the order the form lists
/// them. `pages` maps page object ids to their 1-based numbers.
pub(crate) fn field_values(doc: &Document, pages: &[(u32, ObjectId)]) -> Vec<FieldValue> {
    let Some(fields) = doc
        .catalog()
        .ok()
        .and_then(|c| deref(doc, c.get(b"AcroForm").ok()))
        .and_then(|a| a.as_dict().ok())
        .and_then(|a| deref(doc, a.get(b"Fields").ok()))
        .and_then(|f| f.as_array().ok())
    else {
        return Vec::new();
    };
    let number_of: HashMap<ObjectId, u32> = pages.iter().map(|&(n, id)| (id, n)).collect();
    // Which page shows each widget: the page's `/Annots` (a widget's own
    // `/P` is optional and sometimes wrong).
    let mut widget_page: HashMap<ObjectId, u32> = HashMap::new();
    for &(n, id) in pages {
        let annots = doc
            .get_dictionary(id)
            .ok()
            .and_then(|p| deref(doc, p.get(b"Annots").ok()))
            .and_then(|a| a.as_array().ok());
        for a in annots.into_iter().flatten() {
            if let Ok(r) = a.as_reference() {
                widget_page.entry(r).or_insert(n);
            }
        }
    }
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut stack: Vec<(ObjectId, Inherited, usize)> = fields
        .iter()
        .rev()
        .filter_map(|f| f.as_reference().ok())
        .map(|id| (id, Inherited::default(), 0))
        .collect();
    while let Some((id, parent, depth)) = stack.pop() {
        if out.len() >= MAX_FIELDS || !seen.insert(id) {
            continue;
        }
        let Ok(dict) = doc.get_dictionary(id) else {
            continue;
        };
        let inherited = parent.with(doc, dict);
        let kids: Vec<ObjectId> = deref(doc, dict.get(b"Kids").ok())
            .and_then(|k| k.as_array().ok())
            .map(|k| k.iter().filter_map(|o| o.as_reference().ok()).collect())
            .unwrap_or_default();
        // Kids with a name of their own are fields; kids without are the
        // field's widgets.
        let (fields, widgets): (Vec<ObjectId>, Vec<ObjectId>) = kids.into_iter().partition(|&k| {
            doc.get_dictionary(k)
                .is_ok_and(|d| d.get(b"T").is_ok() || d.get(b"Kids").is_ok())
        });
        if depth < MAX_DEPTH {
            for k in fields.into_iter().rev() {
                stack.push((k, inherited.clone(), depth + 1));
            }
        }
        let Some(value) = inherited.value_text(doc) else {
            continue;
        };
        let widgets = if widgets.is_empty() && dict.get(b"Rect").is_ok() {
            vec![id]
        } else {
            widgets
        };
        // The first widget on a page shows the value (a field shown on
        // several pages is read once).
        let placed = widgets.iter().find_map(|&w| {
            let wd = doc.get_dictionary(w).ok()?;
            let page = widget_page.get(&w).copied().or_else(|| {
                wd.get(b"P")
                    .ok()
                    .and_then(|p| p.as_reference().ok())
                    .and_then(|p| number_of.get(&p).copied())
            })?;
            let page_id = pages.iter().find(|(n, _)| *n == page)?.1;
            let rect = display_rect(doc, page_id, wd)?;
            Some((page, rect))
        });
        let (page, rect) = placed.unwrap_or((pages.first().map_or(1, |p| p.0), [0.0; 4]));
        out.push(FieldValue {
            page,
            rect,
            tooltip: inherited.tooltip.clone(),
            name: inherited.name.clone(),
            value,
        });
    }
    out
}

/// What a field takes from its ancestors.
#[derive(Debug, Clone, Default)]
struct Inherited {
    kind: Option<Vec<u8>>,
    flags: i64,
    value: Option<Object>,
    name: String,
    tooltip: Option<String>,
}

impl Inherited {
    fn with(&self, doc: &Document, dict: &Dictionary) -> Inherited {
        let text = |key: &[u8]| {
            deref(doc, dict.get(key).ok())
                .and_then(|o| lopdf::decode_text_string(o).ok())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let mut out = self.clone();
        if let Some(kind) = deref(doc, dict.get(b"FT").ok()).and_then(|o| o.as_name().ok()) {
            out.kind = Some(kind.to_vec());
        }
        if let Some(f) = deref(doc, dict.get(b"Ff").ok()).and_then(|o| o.as_i64().ok()) {
            out.flags = f;
        }
        if let Some(v) = deref(doc, dict.get(b"V").ok()) {
            out.value = Some(v.clone());
        }
        if let Some(name) = text(b"T") {
            out.name = name;
            out.tooltip = None;
        }
        if let Some(tip) = text(b"TU") {
            out.tooltip = Some(tip);
        }
        out
    }

    /// The field's value as text, `None` when it is empty, off or no
    /// value a person typed or chose (a push button, a signature).
    fn value_text(&self, doc: &Document) -> Option<String> {
        let value = self.value.as_ref()?;
        let text = |o: &Object| -> Option<String> {
            match deref(doc, Some(o))? {
                s @ Object::String(..) => lopdf::decode_text_string(s).ok(),
                Object::Name(n) => Some(String::from_utf8_lossy(n).into_owned()),
                Object::Stream(s) => lopdf::decode_text_string(&Object::String(
                    s.decompressed_content().ok()?,
                    lopdf::StringFormat::Literal,
                ))
                .ok(),
                _ => None,
            }
        };
        let value = match self.kind.as_deref() {
            Some(b"Btn") => {
                const PUSH_BUTTON: i64 = 1 << 16;
                const RADIO: i64 = 1 << 15;
                if self.flags & PUSH_BUTTON != 0 {
                    return None;
                }
                let chosen = text(value)?;
                if chosen.is_empty() || chosen.eq_ignore_ascii_case("off") {
                    return None;
                }
                let generic = ["yes", "on", "ja", "1", "true", "aan", "x"]
                    .iter()
                    .any(|g| chosen.eq_ignore_ascii_case(g));
                if self.flags & RADIO == 0 && generic {
                    "ja".to_string()
                } else {
                    chosen.replace('_', " ")
                }
            }
            Some(b"Sig") => return None,
            _ => match deref(doc, Some(value))? {
                Object::Array(items) => items
                    .iter()
                    .filter_map(text)
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
                other => text(other)?,
            },
        };
        let value = value.replace("\r\n", "\n").replace('\r', "\n");
        let value: String = value.chars().take(MAX_VALUE).collect();
        (!value.trim().is_empty()).then_some(value)
    }
}

/// A widget's `/Rect` in display space (left, top, right, bottom; y from
/// the top of the page).
fn display_rect(doc: &Document, page: ObjectId, widget: &Dictionary) -> Option<[f32; 4]> {
    let r: Vec<f32> = deref(doc, widget.get(b"Rect").ok())?
        .as_array()
        .ok()?
        .iter()
        .filter_map(|o| deref(doc, Some(o)).and_then(|o| o.as_float().ok()))
        .filter(|f| f.is_finite())
        .collect();
    let [x0, y0, x1, y1] = r[..] else {
        return None;
    };
    let (a, b) = (
        super::interp::display_point(doc, page, x0, y0),
        super::interp::display_point(doc, page, x1, y1),
    );
    Some([a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1)])
}

/// A field name made by a form program, no label for a person
/// (`Text1`, `Tekstveld 3`, `untitled2`, `fill_1`, `Check Box4`).
fn generic_name(name: &str) -> bool {
    let n = name.trim().to_lowercase();
    let stem = n.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ' ' | '_' | '-'));
    stem.chars().filter(|c| c.is_alphabetic()).count() < 2
        || [
            "text",
            "tekst",
            "tekstveld",
            "textfield",
            "text field",
            "field",
            "veld",
            "fill",
            "untitled",
            "check box",
            "checkbox",
            "selectievakje",
            "keuzevak",
            "radio",
            "radio button",
            "keuzerondje",
            "button",
            "knop",
            "dropdown",
            "combo box",
            "list box",
            "keuzelijst",
        ]
        .contains(&stem)
}

/// A field name as a label: the last part of a dotted name without an
/// index (`form1[0].page1[0].naam[0]` → `naam`), `_` and `-` as spaces,
/// a capital first.
fn label_of_name(name: &str) -> Option<String> {
    let last = name.rsplit('.').next().unwrap_or(name);
    let last = match last.find('[') {
        Some(at) if last.ends_with(']') => &last[..at],
        _ => last,
    };
    if generic_name(last) {
        return None;
    }
    let words = last.replace(['_', '-'], " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = words.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// A line of the page that is a form's label only: short, ending in `:`.
fn is_label_line(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(':') && t.split_whitespace().count() <= 6 && t.chars().count() <= 60
}

/// Whether the page label `label` (`Uw reactie:`) is the one for a field
/// labelled `field` (`Reactie`, `Org` for `Organisatie:`).
fn label_names(label: &str, field: &str) -> bool {
    let norm = |s: &str| {
        s.trim()
            .trim_end_matches(':')
            .trim()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (l, f) = (norm(label), norm(field));
    if l.is_empty() || f.chars().count() < 2 {
        return false;
    }
    l == f
        || (f.chars().count() >= 3 && l.starts_with(&f))
        || l.rsplit(' ').next() == Some(f.as_str())
}

/// Puts the filled-in `fields` of one page among its `lines` (in reading
/// order by their place): each as `Label: value`, a value of several
/// lines on lines of its own below. A page label line naming the field
/// (`Naam:`, `Uw reactie:`) takes the value and gives its words as the
/// label. Returns how many fields were read.
pub(crate) fn place_fields(lines: &mut Vec<RawLine>, fields: &[FieldValue]) -> usize {
    if fields.is_empty() {
        return 0;
    }
    let size = body_size(lines);
    let mut used_labels: HashSet<usize> = HashSet::new();
    // (index of the line to put it after, or at; replace?, new lines)
    let mut inserts: Vec<(usize, bool, Vec<RawLine>)> = Vec::new();
    // A value the page's own text already shows (a form printed with its
    // values, its fields kept) is not read twice.
    let squeeze = |s: &str| -> String { s.split_whitespace().collect::<Vec<_>>().join(" ") };
    let page_text = squeeze(
        &lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    );
    for f in fields {
        let value = squeeze(&f.value);
        let head: String = value.chars().take(40).collect();
        if head.chars().count() >= 12 && page_text.contains(&head) {
            continue;
        }
        let [left, top, right, bottom] = f.rect;
        let own = f
            .tooltip
            .clone()
            .filter(|t| t.chars().count() <= 80)
            .or_else(|| label_of_name(&f.name));
        // A label line of the page naming the field.
        let named = own.as_deref().and_then(|own| {
            lines.iter().enumerate().position(|(i, l)| {
                !used_labels.contains(&i) && is_label_line(&l.text) && label_names(&l.text, own)
            })
        });
        // Or the label line just left of the widget, on its band.
        let beside = || {
            lines
                .iter()
                .enumerate()
                .filter(|(i, l)| {
                    !used_labels.contains(i)
                        && is_label_line(&l.text)
                        && l.y >= top - 0.2 * l.size
                        && l.y <= bottom + 0.2 * l.size
                        && l.x_end <= left + l.size
                        && right > left
                })
                .max_by(|a, b| a.1.x_end.total_cmp(&b.1.x_end))
                .map(|(i, _)| i)
        };
        let at = named.or_else(|| if own.is_none() { beside() } else { None });
        let label = match at {
            Some(i) => lines[i]
                .text
                .trim()
                .trim_end_matches(':')
                .trim()
                .to_string(),
            None => own.unwrap_or_else(|| f.name.trim().to_string()),
        };
        let mut rows: Vec<&str> = f.value.split('\n').collect();
        while rows.first().is_some_and(|r| r.trim().is_empty()) {
            rows.remove(0);
        }
        while rows.last().is_some_and(|r| r.trim().is_empty()) {
            rows.pop();
        }
        let (x, y, line_size) = match at {
            Some(i) => (lines[i].x, lines[i].y, lines[i].size),
            None => (left, (top + size).min(bottom.max(top)), size),
        };
        let mut new = Vec::new();
        let mut para = true;
        // A long or multi-line value (the reaction itself) goes below its
        // label, as a paragraph of its own, as a web form's e-mail has it
        // (`Uw reactie:` / `De wachttijd ...`); a short one on the
        // label's line (`Naam: Karin Visser`).
        let words: usize = rows.iter().map(|r| r.split_whitespace().count()).sum();
        let own_paragraph = rows.len() > 1 || words > LONG_VALUE_WORDS;
        if own_paragraph && !label.is_empty() {
            rows.insert(0, "");
        }
        for (k, row) in rows.iter().enumerate() {
            let row = row.trim_end();
            if row.trim().is_empty() && !(k == 0 && own_paragraph) {
                para = true;
                continue;
            }
            let text = match k {
                0 if own_paragraph && !label.is_empty() => format!("{label}:"),
                0 if !label.is_empty() => format!("{label}: {}", row.trim()),
                _ => row.trim().to_string(),
            };
            let para = std::mem::replace(&mut para, false)
                || (k == 1 && own_paragraph && !label.is_empty());
            new.push(RawLine {
                text,
                x,
                x_end: right.max(x),
                y: y + new.len() as f32 * line_size * 1.2,
                size: line_size,
                bold: false,
                artifact: false,
                para,
                cell: None,
                words: Vec::new(),
            });
        }
        if new.is_empty() {
            continue;
        }
        match at {
            Some(i) => {
                used_labels.insert(i);
                inserts.push((i, true, new));
            }
            None => {
                // Before the first line below the widget's top.
                let i = lines
                    .iter()
                    .position(|l| l.y > y + 0.3 * line_size)
                    .unwrap_or(lines.len());
                inserts.push((i, false, new));
            }
        }
    }
    let read = inserts.len();
    // From the back, so earlier indices hold; a replaced label line goes
    // before a line put in at its place.
    inserts.sort_by_key(|&(i, replace, _)| (i, replace));
    for (i, replace, new) in inserts.into_iter().rev() {
        if replace {
            lines.splice(i..=i, new);
        } else {
            lines.splice(i..i, new);
        }
    }
    read
}

/// The most common font size of `lines` (10 pt when there are none).
fn body_size(lines: &[RawLine]) -> f32 {
    let mut counts: Vec<(f32, usize)> = Vec::new();
    for l in lines {
        let s = (l.size * 2.0).round() / 2.0;
        match counts.iter_mut().find(|c| c.0 == s) {
            Some(c) => c.1 += l.text.chars().count(),
            None => counts.push((s, l.text.chars().count())),
        }
    }
    counts
        .into_iter()
        .max_by_key(|c| c.1)
        .map_or(10.0, |c| c.0)
        .max(1.0)
}

#[cfg(test)]
mod tests;
