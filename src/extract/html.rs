//! HTML e-mail bodies as plain text: what a mail program shows, in the
//! lines and paragraphs a text file would have. No layout: scripts,
//! styles and the `<head>` are left out, block elements (`<p>`, headings,
//! `<blockquote>`, tables, lists) set off paragraphs, `<div>` and `<br>`
//! break lines, a list item is a line of its own (`- ` or its number,
//! counted from the list's `start` in its `type`, `1.`, `a.`, `A.`, `i.`,
//! `I.`, on the line of the item's first text even where that text is in
//! a block of its own), and character references (`&amp;`, `&nbsp;`, `&#233;`, `&eacute;`) are
//! decoded. Linear in the length of the HTML, whatever it holds.

/// Elements that set off a paragraph, before and after.
const BLOCK: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "table",
    "ul",
    "ol",
    "dl",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "address",
    "center",
    "form",
    "fieldset",
    "main",
    "nav",
    "aside",
    "figure",
];

/// Elements that start and end a line.
const LINE: &[&str] = &["div", "tr", "dt", "dd", "caption", "figcaption", "li"];

/// Elements whose content is not shown.
const HIDDEN: &[&str] = &[
    "script", "style", "head", "title", "template", "xml", "object", "svg",
];

/// Elements without content or end tag: hiding one hides nothing after it.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// How many levels a nested list is indented at most: deeper levels stay
/// at this indent (a mail nesting lists thousands deep would otherwise
/// make text that grows with the square of its length).
const MAX_INDENT: usize = 8;

/// Whether the element opened by `tag` is hidden from the reader: the
/// `hidden` attribute, or an inline style `display: none`, `visibility:
/// hidden` or Outlook's `mso-hide: all`. A mail program shows none of its
/// content, so neither does the text.
fn hidden_by_attributes(tag: &str) -> bool {
    if attribute(tag, "hidden").is_some() {
        return true;
    }
    attribute(tag, "style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none")
            || style.contains("visibility:hidden")
            || style.contains("mso-hide:all")
    })
}

/// The text an HTML message shows, lines and paragraphs as in a text file
/// (one blank line between paragraphs, no trailing spaces).
pub(super) fn html_to_text(html: &str) -> String {
    // Outlook writes each line typed as a `<p class=MsoNormal>` without
    // margins, and an empty line as a paragraph of `&nbsp;`: there a
    // paragraph element is a line.
    let outlook = html.to_ascii_lowercase().contains("msonormal");
    let mut out = Out::default();
    // The hidden element open, and how many elements of its name are open
    // inside it (its end is the end tag that closes the last of them).
    let mut hidden: Option<(String, usize)> = None;
    let mut pre = 0usize;
    // Per open list: `None` for bullets, the next number and its style
    // for `<ol>`.
    let mut lists: Vec<Option<(u32, char)>> = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            let end = html[i..].find('<').map_or(html.len(), |n| i + n);
            if hidden.is_none() {
                out.text(&decode_entities(&html[i..end]), pre > 0);
            }
            i = end;
            continue;
        }
        let rest = &html[i..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = comment.find("-->").map_or(html.len(), |n| i + 4 + n + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = rest.find('>').map_or(html.len(), |n| i + n + 1);
            continue;
        }
        let closing = rest.starts_with("</");
        let name_start = if closing { 2 } else { 1 };
        let name: String = rest[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '-'))
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // A `<` that opens no tag (`3 < 4`) is text.
            if hidden.is_none() {
                out.text("<", pre > 0);
            }
            i += 1;
            continue;
        }
        let end = i + tag_end(rest);
        let tag = &html[i..end];
        let self_closing = tag.trim_end_matches('>').ends_with('/');
        i = end;
        if let Some((h, depth)) = &mut hidden {
            // A `<head>` left open ends where the body starts.
            if *h == "head" && name == "body" && !closing {
                hidden = None;
            } else if *h == name && closing {
                if *depth == 0 {
                    hidden = None;
                } else {
                    *depth -= 1;
                }
            } else if *h == name && !self_closing {
                *depth += 1;
            }
            continue;
        }
        let name = name.as_str();
        let void = VOID.contains(&name) || self_closing;
        if !closing && !void && (HIDDEN.contains(&name) || hidden_by_attributes(tag)) {
            hidden = Some((name.to_string(), 0));
            continue;
        }
        if HIDDEN.contains(&name) {
            continue;
        }
        if closing && matches!(name, "li" | "ol" | "ul") {
            // An item that showed no text leaves no number behind.
            out.marker = None;
        }
        match name {
            "br" => out.line_break(),
            "p" if outlook => out.new_line(),
            "li" if !closing => {
                // An item whose first content is a list of its own shows
                // its number on a line of its own.
                out.write_marker();
                out.new_line();
                let marker = match lists.last_mut() {
                    Some(Some((n, style))) => {
                        if let Some(value) = attribute(tag, "value").and_then(|v| number(&v)) {
                            *n = value;
                        }
                        let label = list_label(*n, *style);
                        *n = n.saturating_add(1);
                        format!("{label}. ")
                    }
                    _ => "- ".to_string(),
                };
                // A list nested in an item is indented under it, two spaces
                // a level, as a text file sets a nested list.
                let depth = lists.len().saturating_sub(1).min(MAX_INDENT);
                out.marker = Some(format!("{}{marker}", "  ".repeat(depth)));
            }
            "td" | "th" if !closing => {
                if let Some((_, cells)) = out.row.as_mut() {
                    cells.push(out.text.len());
                }
                out.text(" ", false)
            }
            "tr" | "table" => {
                out.finish_row();
                out.new_line();
                if name == "tr" && !closing {
                    out.row = Some((out.text.len(), Vec::new()));
                }
                if name == "table" {
                    out.paragraph();
                }
            }
            _ if LINE.contains(&name) => out.new_line(),
            _ if BLOCK.contains(&name) => {
                out.paragraph();
                match (name, closing) {
                    ("pre", false) => pre += 1,
                    ("pre", true) => pre = pre.saturating_sub(1),
                    ("ul", false) => lists.push(None),
                    ("ol", false) => {
                        let start = attribute(tag, "start").and_then(|v| number(&v));
                        let style = attribute(tag, "type")
                            .and_then(|t| t.trim().chars().next())
                            .filter(|c| matches!(c, 'a' | 'A' | 'i' | 'I'))
                            .unwrap_or('1');
                        lists.push(Some((start.unwrap_or(1), style)));
                    }
                    ("ul" | "ol", true) => {
                        lists.pop();
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    out.finish_row();
    tidy(&out.text)
}

/// The length of the tag at the start of `rest` (up to and with its `>`,
/// quoted attribute values may hold one); a tag left open runs to the
/// first `>`, or to the end.
fn tag_end(rest: &str) -> usize {
    let mut quote: Option<u8> = None;
    for (i, &b) in rest.as_bytes().iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    rest.find('>').map_or(rest.len(), |n| n + 1)
}

/// The value of attribute `name` in `tag` (`<ol start="3" type=a>`),
/// quoted or not; names compare without case.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let mut rest = inner
        .trim_start_matches(|c: char| !c.is_whitespace() && c != '/')
        .trim_start();
    while !rest.is_empty() {
        let key_len = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let key = &rest[..key_len];
        rest = rest[key_len..].trim_start();
        let mut value = None;
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, remaining) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(q).unwrap_or(body.len());
                    (&body[..close], body.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let close = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..close], &after[close..])
                }
            };
            value = Some(v);
            rest = remaining.trim_start();
        } else if key_len == 0 {
            // A stray `/` or other character: skip it.
            let skip = rest.chars().next().map_or(0, char::len_utf8);
            rest = rest[skip..].trim_start();
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(decode_entities(value.unwrap_or("")));
        }
    }
    None
}

/// A list number as an attribute writes it (`3`, ` 3 `); none that is not
/// a number. Browsers take a negative or zero `start` as written; a list
/// that counts from below 1 is so rare in a letter that it is read as 1.
fn number(value: &str) -> Option<u32> {
    value.trim().parse::<u32>().ok().map(|n| n.max(1))
}

/// The label of item `n` in list style `style` (`1`, `a`, `A`, `i`, `I`).
fn list_label(n: u32, style: char) -> String {
    match style {
        'a' | 'A' => {
            let mut label = Vec::new();
            let mut k = n;
            while k > 0 {
                k -= 1;
                let base = if style == 'a' { b'a' } else { b'A' };
                label.push(char::from(base + u8::try_from(k % 26).unwrap_or(0)));
                k /= 26;
            }
            label.iter().rev().collect()
        }
        'i' | 'I' if (1..4000).contains(&n) => {
            let roman = crate::text::roman_numeral(n);
            if style == 'i' {
                roman.to_lowercase()
            } else {
                roman
            }
        }
        _ => n.to_string(),
    }
}

/// The text being written.
#[derive(Default)]
struct Out {
    text: String,
    /// A list item's number (or `- `) not written yet: it goes before the
    /// item's first text, so that an item whose text is in a block of its
    /// own (`<li><div>`, `<li><p>`) shows its number on the text's line.
    marker: Option<String>,
    /// The table row being written: where its line starts and where each
    /// of its cells does (see [`Out::finish_row`]).
    row: Option<(usize, Vec<usize>)>,
}

impl Out {
    /// A table row of two cells or more with text, all on one line, as
    /// the PDF reader writes a row: `| 2024 | 41 |`. A row of one cell (a
    /// layout table's) or one whose cells hold paragraphs stays as written.
    fn finish_row(&mut self) {
        let Some((start, cells)) = self.row.take() else {
            return;
        };
        let Some(line) = self.text.get(start..) else {
            return;
        };
        if line.trim().contains('\n') || cells.len() < 2 {
            return;
        }
        let texts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(k, &from)| {
                let to = cells.get(k + 1).copied().unwrap_or(self.text.len());
                self.text
                    .get(from.min(to)..to)
                    .unwrap_or("")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        if texts.iter().filter(|t| !t.is_empty()).count() < 2 {
            return;
        }
        self.text.truncate(start);
        self.text.push_str(&format!("| {} |", texts.join(" | ")));
    }

    /// Running text: white space is one space (none at a line's start),
    /// except in `<pre>`. A no-break space is kept (it makes an Outlook
    /// empty line a line), and made a space by [`tidy`].
    fn text(&mut self, t: &str, pre: bool) {
        if pre {
            if !t.trim().is_empty() {
                self.write_marker();
            }
            self.text.push_str(t);
            return;
        }
        for c in t.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                    self.text.push(' ');
                }
            } else {
                self.write_marker();
                self.text.push(c);
            }
        }
    }

    /// The pending list marker, at the start of its line.
    fn write_marker(&mut self) {
        if let Some(marker) = self.marker.take() {
            self.trim_spaces();
            self.text.push_str(&marker);
        }
    }

    /// `<br>`: always a new line, so two make an empty one.
    fn line_break(&mut self) {
        if self.marker.is_some() {
            // Nothing of the item is shown yet: its line is still empty.
            return;
        }
        self.trim_spaces();
        self.text.push('\n');
    }

    /// A new line unless at one already.
    fn new_line(&mut self) {
        if self.marker.is_some() {
            return;
        }
        self.trim_spaces();
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    /// An empty line unless after one already.
    fn paragraph(&mut self) {
        if self.marker.is_some() {
            return;
        }
        self.new_line();
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    fn trim_spaces(&mut self) {
        let kept = self.text.trim_end_matches(' ').len();
        self.text.truncate(kept);
    }
}

/// Lines trimmed, spaces within them single, at most one empty line in a
/// row and none at the start or end.
fn tidy(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut gap = false;
    for line in text.lines() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let line = line
            .replace('\u{ad}', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // A nested list's item keeps its indentation.
        let line = if indent > 0 && starts_with_list_marker(&line) {
            format!("{}{line}", " ".repeat(indent))
        } else {
            line
        };
        if line.is_empty() {
            gap = !lines.is_empty();
            continue;
        }
        if gap {
            lines.push(String::new());
            gap = false;
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// Whether `line` opens with a list item's marker as [`html_to_text`]
/// writes one: `- `, or a number or letter and `. `.
fn starts_with_list_marker(line: &str) -> bool {
    line.starts_with("- ")
        || line.split_once(". ").is_some_and(|(label, _)| {
            (1..=8).contains(&label.len()) && label.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Named character references a Dutch (or English) e-mail uses.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("shy", "\u{ad}"),
    ("euro", "€"),
    ("aacute", "á"),
    ("agrave", "à"),
    ("acirc", "â"),
    ("auml", "ä"),
    ("aring", "å"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("euml", "ë"),
    ("iacute", "í"),
    ("igrave", "ì"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("oacute", "ó"),
    ("ograve", "ò"),
    ("ocirc", "ô"),
    ("ouml", "ö"),
    ("oslash", "ø"),
    ("uacute", "ú"),
    ("ugrave", "ù"),
    ("ucirc", "û"),
    ("uuml", "ü"),
    ("ccedil", "ç"),
    ("ntilde", "ñ"),
    ("Aacute", "Á"),
    ("Agrave", "À"),
    ("Auml", "Ä"),
    ("Eacute", "É"),
    ("Egrave", "È"),
    ("Euml", "Ë"),
    ("Iuml", "Ï"),
    ("Oacute", "Ó"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("Ccedil", "Ç"),
    ("szlig", "ß"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("bull", "•"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("sect", "§"),
    ("para", "¶"),
    ("times", "×"),
    ("divide", "÷"),
    ("plusmn", "±"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("sup2", "²"),
    ("cent", "¢"),
    ("pound", "£"),
];

/// Character references decoded: named ones of [`ENTITIES`], decimal and
/// hexadecimal ones (`&#233;`, `&#xE9;`; 128-159 as Windows-1252, as
/// browsers read them). Anything else stays as written.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let name = rest[1..]
            .char_indices()
            .take(32)
            .find(|(_, c)| *c == ';')
            .map(|(n, _)| &rest[1..1 + n]);
        match name.and_then(entity) {
            Some(decoded) => {
                out.push_str(&decoded);
                rest = &rest[name.map_or(1, |n| n.len() + 2)..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of one reference's name (`amp`, `#233`, `#xE9`).
fn entity(name: &str) -> Option<String> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        if (0x80..=0x9f).contains(&code) {
            let byte = [u8::try_from(code).ok()?];
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            return Some(text.into_owned());
        }
        return char::from_u32(code)
            .filter(|c| *c != '\0')
            .map(String::from);
    }
    ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| (*t).to_string())
}

#[cfg(test)]
mod tests;
