//! HTML e-mail bodies as plain text: what a mail program shows, in the
//! lines and paragraphs a text file would have. No layout: scripts,
//! styles and the `<head>` are left out, block elements (`<p>`, headings,
//! `<blockquote>`, tables, lists) set off paragraphs, `<div>` and `<br>`
//! break lines, a list item is a line of its own (`- ` or its number),
//! and character references (`&amp;`, `&nbsp;`, `&#233;`, `&eacute;`) are
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

/// The text an HTML message shows, lines and paragraphs as in a text file
/// (one blank line between paragraphs, no trailing spaces).
pub(super) fn html_to_text(html: &str) -> String {
    // Outlook writes each line typed as a `<p class=MsoNormal>` without
    // margins, and an empty line as a paragraph of `&nbsp;`: there a
    // paragraph element is a line.
    let outlook = html.to_ascii_lowercase().contains("msonormal");
    let mut out = Out::default();
    let mut hidden: Option<String> = None;
    let mut pre = 0usize;
    // Per open list: `None` for bullets, the next number for `<ol>`.
    let mut lists: Vec<Option<u32>> = Vec::new();
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
        let self_closing = html[i..end].trim_end_matches('>').ends_with('/');
        i = end;
        if let Some(h) = &hidden {
            // A `<head>` left open ends where the body starts.
            if closing && *h == name || *h == "head" && name == "body" && !closing {
                hidden = None;
            }
            continue;
        }
        let name = name.as_str();
        if HIDDEN.contains(&name) {
            if !closing && !self_closing {
                hidden = Some(name.to_string());
            }
            continue;
        }
        match name {
            "br" => out.line_break(),
            "p" if outlook => out.new_line(),
            "li" if !closing => {
                out.new_line();
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_string(),
                };
                out.text(&marker, false);
            }
            "td" | "th" if !closing => out.text(" ", false),
            _ if LINE.contains(&name) => out.new_line(),
            _ if BLOCK.contains(&name) => {
                out.paragraph();
                match (name, closing) {
                    ("pre", false) => pre += 1,
                    ("pre", true) => pre = pre.saturating_sub(1),
                    ("ul", false) => lists.push(None),
                    ("ol", false) => lists.push(Some(1)),
                    ("ul" | "ol", true) => {
                        lists.pop();
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
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

/// The text being written.
#[derive(Default)]
struct Out {
    text: String,
}

impl Out {
    /// Running text: white space is one space (none at a line's start),
    /// except in `<pre>`. A no-break space is kept (it makes an Outlook
    /// empty line a line), and made a space by [`tidy`].
    fn text(&mut self, t: &str, pre: bool) {
        if pre {
            self.text.push_str(t);
            return;
        }
        for c in t.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                    self.text.push(' ');
                }
            } else {
                self.text.push(c);
            }
        }
    }

    /// `<br>`: always a new line, so two make an empty one.
    fn line_break(&mut self) {
        self.trim_spaces();
        self.text.push('\n');
    }

    /// A new line unless at one already.
    fn new_line(&mut self) {
        self.trim_spaces();
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    /// An empty line unless after one already.
    fn paragraph(&mut self) {
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
        let line = line
            .replace('\u{ad}', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
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
