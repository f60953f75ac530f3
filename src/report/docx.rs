//! The memo as a Word document (docx-rs), built from the same
//! [`MemoContext`] as the HTML and Markdown memo.
//!
//! The document uses named styles (`Title`, `Heading1`…`Heading4`,
//! `TableGrid`, character styles for inserted and deleted text) rather than
//! direct formatting, so a team can apply its house style by changing the
//! styles. Inserted text is underlined and marked `[+ ]`, deleted text
//! struck through and marked `[- ]`, readable without colour.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, BreakType, BuildXML, Docx, IndentLevel, Level, LevelJc, LevelText,
    NumberFormat, Numbering, NumberingId, Paragraph, Run, RunFonts, SpecialIndentType, Start,
    Style, StyleType, Table, TableCell, TableRow, WidthType,
};

use super::context::{ChangeRow, Item, MemoContext};
use super::diff::{Block, Piece, Row};

/// What can go wrong building the Word file.
#[derive(Debug, thiserror::Error)]
#[error("could not write the Word document: {0}")]
pub struct DocxError(String);

/// The memo as the bytes of a `.docx` file.
///
/// The body is turned into XML paragraph by paragraph as it is built
/// ([`Body`]), so the document never exists as a whole tree of docx-rs
/// elements (at 10,000 responses that tree took some 600 MB); the package
/// around it (styles, settings, relationships) comes from docx-rs.
pub fn memo(m: &MemoContext) -> Result<Vec<u8>, DocxError> {
    let en = m.lang == "en";
    let parts: Vec<Vec<u8>> = m.items().map(|i| item_xml(i, en)).collect();
    memo_with(m, parts)
}

/// The XML of one comment of the memo's body (language `en` or Dutch), as
/// [`memo_with`] takes it.
pub fn item_xml(i: &Item, en: bool) -> Vec<u8> {
    item_paragraphs(Body::default(), i, &Texts { en }).xml
}

/// The memo as a `.docx` file, with `parts[i]` the [`item_xml`] of the
/// `i`th item of [`MemoContext::items`] (made earlier, or kept from an
/// earlier run).
/// Each part is dropped once it is in the body.
pub fn memo_with<P: AsRef<[u8]>>(m: &MemoContext, parts: Vec<P>) -> Result<Vec<u8>, DocxError> {
    if parts.len() != m.items().count() {
        return Err(DocxError(format!(
            "internal error: {} comments but {} parts; please report it",
            m.items().count(),
            parts.len()
        )));
    }
    let t = Texts { en: m.lang == "en" };
    // Room for the whole body, so that it is not copied as it grows.
    let size: usize =
        parts.iter().map(|p| p.as_ref().len()).sum::<usize>() + m.open.len() * 256 + (1 << 16);
    let mut doc = Body {
        xml: Vec::with_capacity(size),
    };
    doc = doc.add_paragraph(para(
        "Title",
        &t.pick("Nota van beantwoording", "Response memo"),
    ));
    if !m.title.trim().is_empty() {
        doc = doc.add_paragraph(para("Subtitle", &m.title));
    }
    if let Some(period) = period(m, &t) {
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(clean(&period))));
    }
    doc = introduction(doc, m, &t);
    doc = body(doc, m, &t, parts);
    doc = changes(doc, m, &t);
    doc = appendix(doc, m, &t);
    let title = match m.title.trim() {
        "" => t.pick("Nota van beantwoording", "Response memo"),
        title => format!(
            "{} – {title}",
            t.pick("Nota van beantwoording", "Response memo")
        ),
    };
    package(doc.xml, &title, m.lang)
}

/// Marks the place of the body in the package's document part.
const BODY_MARK: &str = "inspraak-body-d5c1a4";

/// The `.docx` file with `body` (the XML of the body's paragraphs and
/// tables) as its document, and `title` and `lang` in its properties.
fn package(body: Vec<u8>, title: &str, lang: &str) -> Result<Vec<u8>, DocxError> {
    let t = Texts { en: lang == "en" };
    let mut skeleton = styled(Docx::new(), &t)
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(BODY_MARK)));
    // The body is spliced in as XML, past docx-rs's own bookkeeping: the
    // relationship from the document to its numbering part is written
    // only for paragraphs docx-rs saw with a numbering. Without it Word
    // finds no list definitions and shows the memo's lists bare.
    if find(&body, b"<w:numPr>", 0).is_some() {
        skeleton.document_rels.has_numberings = true;
    }
    let mut xml = skeleton.build();
    let document = std::mem::take(&mut xml.document);
    let missing = || DocxError("the document part has no place for the body".into());
    let mark = find(&document, BODY_MARK.as_bytes(), 0).ok_or_else(missing)?;
    let start = document[..mark]
        .windows(5)
        .rposition(|w| w == b"<w:p ")
        .ok_or_else(missing)?;
    let end = find(&document, b"</w:p>", mark).ok_or_else(missing)? + "</w:p>".len();
    let mut spliced = Vec::with_capacity(document.len() + body.len());
    // The body's parts are in schema order already ([`Body`]).
    spliced.extend_from_slice(&schema_order(&document[..start], Part::Document));
    spliced.extend_from_slice(&body);
    drop(body);
    spliced.extend_from_slice(&schema_order(&document[end..], Part::Document));
    xml.document = spliced;
    xml.styles = schema_order(
        &with_language(std::mem::take(&mut xml.styles), lang),
        Part::Definitions,
    );
    xml.numberings = schema_order(&xml.numberings, Part::Definitions);
    xml.doc_props.core = core_properties(title, lang).into_bytes();
    let size = xml.document.len() + (1 << 16);
    let mut buf = Cursor::new(Vec::with_capacity(size));
    xml.pack(&mut buf).map_err(|e| DocxError(e.to_string()))?;
    Ok(buf.into_inner())
}

/// The package's core properties: the memo's title and language. No
/// author or dates: docx-rs would write `unknown` and 1970, and a date of
/// the run would make every run's file differ.
fn core_properties(title: &str, lang: &str) -> String {
    let escape = |s: &str| {
        clean(s)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:language>{}</dc:language></cp:coreProperties>",
        escape(title),
        escape(lang)
    )
}

/// Where `needle` first occurs in `hay` at or after `from`.
fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// The body of the document as XML, written as paragraphs and tables are
/// added (the same calls as on a [`Docx`]).
#[derive(Default)]
struct Body {
    xml: Vec<u8>,
}

impl Body {
    fn add_paragraph(mut self, p: Paragraph) -> Body {
        push_without_para_ids(&mut self.xml, &p.build());
        self
    }

    fn add_table(mut self, t: Table) -> Body {
        push_without_para_ids(&mut self.xml, &with_header_row(t.build()));
        self
    }
}

/// A table's XML (as docx-rs writes it) with its first row marked as the
/// header row (`w:tblHeader`): Word repeats it on every page, screen
/// readers read its cells as column headers and a tagged PDF gets `TH`
/// cells. Every table of the memo ([`table`]) starts with its header row.
fn with_header_row(xml: Vec<u8>) -> Vec<u8> {
    const FIRST_ROW: &[u8] = b"<w:tr><w:trPr />";
    const HEADER_ROW: &[u8] = b"<w:tr><w:trPr><w:tblHeader /></w:trPr>";
    match find(&xml, FIRST_ROW, 0) {
        Some(at) => {
            let mut out = Vec::with_capacity(xml.len() + HEADER_ROW.len());
            out.extend_from_slice(&xml[..at]);
            out.extend_from_slice(HEADER_ROW);
            out.extend_from_slice(&xml[at + FIRST_ROW.len()..]);
            out
        }
        None => xml,
    }
}

/// The styles part with the memo's language as the text's default
/// (`w:lang` in the run property defaults): without it the text takes the
/// language of the program that opens it (a PDF exported by LibreOffice
/// says `en-US`, a screen reader reads Dutch with an English voice).
fn with_language(styles: Vec<u8>, lang: &str) -> Vec<u8> {
    let tag = match lang {
        "en" => "en-GB",
        _ => "nl-NL",
    };
    let lang_xml = format!("<w:lang w:val=\"{tag}\" />");
    const DEFAULT_RPR: &[u8] = b"<w:rPrDefault><w:rPr>";
    let Some(at) = find(&styles, DEFAULT_RPR, 0) else {
        return styles;
    };
    let at = at + DEFAULT_RPR.len();
    let mut out = Vec::with_capacity(styles.len() + lang_xml.len());
    out.extend_from_slice(&styles[..at]);
    out.extend_from_slice(lang_xml.as_bytes());
    out.extend_from_slice(&styles[at..]);
    out
}

/// Appends `xml` to `out` without its paragraph ids (`w14:paraId`): docx-rs
/// numbers paragraphs with a counter of the whole process, so the ids would
/// depend on what else was built before and repeat where parts of the body
/// are kept from an earlier run. They are optional; Word adds its own.
/// The properties' children are put in the schema's order on the way
/// ([`schema_order`]).
fn push_without_para_ids(out: &mut Vec<u8>, xml: &[u8]) {
    const ATTR: &[u8] = b" w14:paraId=\"";
    let xml = schema_order(xml, Part::Document);
    let mut rest = xml.as_slice();
    while let Some(at) = find(rest, ATTR, 0) {
        out.extend_from_slice(&rest[..at]);
        let value = at + ATTR.len();
        match rest[value..].iter().position(|&b| b == b'"') {
            Some(end) => rest = &rest[value + end + 1..],
            None => {
                // Not an attribute after all: keep it as it is.
                out.extend_from_slice(&rest[at..value]);
                rest = &rest[value..];
            }
        }
    }
    out.extend_from_slice(rest);
}

/// Which part of the package an XML text is: the document, or the style
/// and numbering definitions (whose paragraph properties, `CT_PPrGeneral`,
/// hold no run properties).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Document,
    Definitions,
}

/// Children of `w:pPr` in the order of `CT_PPr`.
const PPR_ORDER: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
];

/// Children of `w:rPr` in the order of `CT_ParaRPr` (`CT_RPr` is the same
/// without its first four).
const RPR_ORDER: &[&str] = &[
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
];

/// Children of `w:tblPr` in the order of `CT_TblPr`.
const TBLPR_ORDER: &[&str] = &[
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
];

/// Children of `w:style` in the order of `CT_Style`.
const STYLE_ORDER: &[&str] = &[
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
];

/// The schema order of the children of element `name` (without `w:`),
/// when it is one whose children docx-rs writes out of order.
fn child_order(name: &[u8]) -> Option<&'static [&'static str]> {
    match name {
        b"pPr" => Some(PPR_ORDER),
        b"rPr" => Some(RPR_ORDER),
        b"tblPr" => Some(TBLPR_ORDER),
        b"style" => Some(STYLE_ORDER),
        _ => None,
    }
}

/// A tag of `xml` starting at `at` (a `<`): its end (after `>`), its local
/// name in the `w:` namespace (empty for another namespace), whether it is
/// a closing tag and whether it closes itself.
struct Tag<'a> {
    end: usize,
    name: &'a [u8],
    closing: bool,
    empty: bool,
}

fn tag_at(xml: &[u8], at: usize) -> Option<Tag<'_>> {
    #[cfg(test)]
    tests::TAGS_READ.with(|n| n.set(n.get() + 1));
    let mut i = at + 1;
    let closing = xml.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < xml.len() && !matches!(xml[i], b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    let qname = &xml[name_start..i];
    // To the tag's `>`, past quoted attribute values.
    let mut quote = None;
    while i < xml.len() {
        match (quote, xml[i]) {
            (None, b'"' | b'\'') => quote = Some(xml[i]),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => break,
            _ => {}
        }
        i += 1;
    }
    if i >= xml.len() {
        return None;
    }
    Some(Tag {
        end: i + 1,
        name: qname.strip_prefix(b"w:").unwrap_or(&[]),
        closing,
        empty: xml[i - 1] == b'/',
    })
}

/// Where the element opened by `open` (at `at`) ends, past its closing tag.
fn element_end(xml: &[u8], open: &Tag<'_>) -> Option<usize> {
    if open.empty {
        return Some(open.end);
    }
    let mut depth = 1usize;
    let mut i = open.end;
    while let Some(lt) = xml[i..].iter().position(|&b| b == b'<') {
        let tag = tag_at(xml, i + lt)?;
        if xml.get(i + lt + 1).is_some_and(|&b| b == b'?' || b == b'!') {
            i = tag.end;
            continue;
        }
        if tag.closing {
            depth -= 1;
        } else if !tag.empty {
            depth += 1;
        }
        i = tag.end;
        if depth == 0 {
            return Some(i);
        }
    }
    None
}

/// `xml` (a document, styles or numbering part, or a piece of one) with
/// the children of every `w:pPr`, `w:rPr`, `w:tblPr` and `w:style` in the
/// order the schema prescribes (docx-rs writes `<w:rPr/>` before
/// `<w:pStyle>`, `<w:u>` before `<w:rStyle>`, `<w:tblStyle>` last); in the
/// definitions, paragraph properties lose their empty run properties,
/// which `CT_PPrGeneral` does not allow. Anything it cannot follow is left
/// as it is.
fn schema_order(xml: &[u8], part: Part) -> Vec<u8> {
    let mut out = Vec::with_capacity(xml.len());
    push_in_schema_order(&mut out, xml, part);
    out
}

fn push_in_schema_order(out: &mut Vec<u8>, xml: &[u8], part: Part) {
    let mut i = 0;
    while let Some(lt) = xml[i..].iter().position(|&b| b == b'<') {
        let at = i + lt;
        let Some(tag) = tag_at(xml, at) else { break };
        let order = (!tag.closing && !tag.empty)
            .then(|| child_order(tag.name))
            .flatten();
        // Only an element whose children are put in order is followed to
        // its end: following every tag (a closing `</w:r>` to the end of its
        // paragraph) made a paragraph of n runs cost n² (60,000 lines).
        let end = order.and_then(|_| element_end(xml, &tag));
        let (Some(order), Some(end)) = (order, end) else {
            out.extend_from_slice(&xml[i..tag.end]);
            i = tag.end;
            continue;
        };
        let closing_tag = [b"</w:".as_slice(), tag.name, b">"].concat();
        let close = end - closing_tag.len();
        let mut children = Vec::new();
        let mut j = tag.end;
        let mut whole = xml[close..end] == closing_tag[..];
        while whole && j < close {
            // Only elements between the children (docx-rs writes no text).
            let Some(lt) = xml[j..close].iter().position(|&b| b == b'<') else {
                whole = xml[j..close].iter().all(u8::is_ascii_whitespace);
                break;
            };
            if !xml[j..j + lt].iter().all(u8::is_ascii_whitespace) {
                whole = false;
                break;
            }
            let child_at = j + lt;
            match tag_at(xml, child_at).and_then(|t| element_end(xml, &t).map(|e| (t, e))) {
                Some((t, e)) if !t.closing && t.name != b"" && e <= close => {
                    // No children: `<w:rPr />` or `<w:rPr></w:rPr>`.
                    let bare = t.empty || e - t.end == t.name.len() + b"</w:>".len();
                    children.push((t.name, child_at, e, bare));
                    j = e;
                }
                _ => whole = false,
            }
        }
        if !whole {
            out.extend_from_slice(&xml[i..tag.end]);
            i = tag.end;
            continue;
        }
        out.extend_from_slice(&xml[i..tag.end]);
        let rank = |name: &[u8]| {
            order
                .iter()
                .position(|o| o.as_bytes() == name)
                .unwrap_or(order.len())
        };
        // A stable sort: children of one name keep their order.
        children.sort_by_key(|c| rank(c.0));
        for (name, start, stop, bare) in children {
            if part == Part::Definitions && tag.name == b"pPr" && name == b"rPr" && bare {
                continue;
            }
            push_in_schema_order(out, &xml[start..stop], part);
        }
        out.extend_from_slice(&xml[close..end]);
        i = end;
    }
    out.extend_from_slice(&xml[i..]);
}

/// Mark between texts in [`paragraphs_xml`]: a control character, which
/// [`clean`] takes out of every text.
const BETWEEN: char = '\u{1}';

/// The XML of a paragraph [`para`]`(style, text)` for each of `texts`, as
/// [`Body::add_paragraph`] writes it. Thousands of them (the open
/// comments) would each take docx-rs's whole builder: they are built as
/// one paragraph with the texts between marks, then cut apart at the
/// marks (its text escaping is character by character).
fn paragraphs_xml(style: &str, texts: &[String]) -> Vec<u8> {
    let mut joined = String::from(BETWEEN);
    for text in texts {
        joined.push_str(&clean(text));
        joined.push(BETWEEN);
    }
    let one = styled_paragraph(style).add_run(Run::new().add_text(joined));
    let mut xml = Vec::new();
    push_without_para_ids(&mut xml, &one.build());
    let mut mark = [0; 4];
    let mark = BETWEEN.encode_utf8(&mut mark).as_bytes();
    let pieces: Vec<&[u8]> = split_at_mark(&xml, mark);
    match pieces.as_slice() {
        [prefix, middle @ .., suffix] if middle.len() == texts.len() => {
            let size = middle
                .iter()
                .map(|m| prefix.len() + m.len() + suffix.len())
                .sum();
            let mut out = Vec::with_capacity(size);
            for text in middle {
                out.extend_from_slice(prefix);
                out.extend_from_slice(text);
                out.extend_from_slice(suffix);
            }
            out
        }
        // Not as expected: one by one.
        _ => {
            let mut out = Vec::new();
            for text in texts {
                push_without_para_ids(&mut out, &para(style, text).build());
            }
            out
        }
    }
}

/// `bytes` cut at every `mark`.
fn split_at_mark<'a>(bytes: &'a [u8], mark: &[u8]) -> Vec<&'a [u8]> {
    let mut pieces = Vec::new();
    let mut rest = bytes;
    while let Some(at) = find(rest, mark, 0) {
        pieces.push(&rest[..at]);
        rest = &rest[at + mark.len()..];
    }
    pieces.push(rest);
    pieces
}

/// Dutch or English words.
struct Texts {
    en: bool,
}

impl Texts {
    fn pick(&self, nl: &str, en: &str) -> String {
        if self.en { en } else { nl }.to_string()
    }
}

/// `doc` with the memo's styles, named in the memo's language where Word
/// shows the name (the change marks; Word words the built-in ones itself).
fn styled(doc: Docx, t: &Texts) -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .bold()
            .size(size)
            .color("154273")
            .outline_lvl(level)
    };
    doc.default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
        .default_size(22)
        // docx-rs writes the `Normal` style itself.
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .bold()
                .size(48)
                .color("154273"),
        )
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .size(32),
        )
        .add_style(heading("Heading1", "heading 1", 32, 0))
        .add_style(heading("Heading2", "heading 2", 26, 1))
        .add_style(heading("Heading3", "heading 3", 24, 2))
        .add_style(heading("Heading4", "heading 4", 22, 3))
        .add_style(Style::new("TableGrid", StyleType::Table).name("Table Grid"))
        .add_style(
            Style::new(LIST, StyleType::Paragraph)
                .name("List Bullet")
                .based_on("Normal"),
        )
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(360),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_style(
            Style::new("Inserted", StyleType::Character)
                .name(t.pick("Ingevoegde tekst", "Inserted text"))
                .underline("single"),
        )
        .add_style(
            Style::new("Deleted", StyleType::Character)
                .name(t.pick("Verwijderde tekst", "Deleted text")),
        )
}

/// Text that XML can carry: characters XML 1.0 forbids
/// ([`crate::text::is_xml_char`]: C0 controls, U+FFFE, U+FFFF) and control
/// characters other than tab and line breaks removed (docx-rs escapes `<`,
/// `&` and quotes itself), and so are bidirectional controls (a file name
/// must not turn a heading around).
fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| crate::text::is_xml_char(c))
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .filter(|&c| !crate::text::is_bidi_control(c))
        .collect()
}

fn para(style: &str, text: &str) -> Paragraph {
    styled_paragraph(style).add_run(Run::new().add_text(clean(text)))
}

/// The paragraph style of a list's items: a Word list (a bullet from the
/// numbering definitions, [`BULLETS`]), not a typed `•`, so that screen
/// readers announce a list and a tagged PDF has list items.
const LIST: &str = "ListBullet";

/// The numbering definition of the bullets of [`LIST`] paragraphs (docx-rs
/// writes a decimal numbering of its own as number 1).
const BULLETS: usize = 2;

/// An empty paragraph in `style`, a list item's numbering with it.
fn styled_paragraph(style: &str) -> Paragraph {
    let p = Paragraph::new().style(style);
    if style == LIST {
        p.numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
    } else {
        p
    }
}

/// A run with line breaks for the `\n`s in `text`.
fn text_run(text: &str) -> Run {
    let mut run = Run::new();
    for (i, line) in clean(text).split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

/// A paragraph `Label: text`.
fn labelled(label: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(format!("{}: ", clean(label))).bold())
        .add_run(text_run(text))
}

fn cell(text: &str, header: bool) -> TableCell {
    let run = if header {
        text_run(text).bold()
    } else {
        text_run(text)
    };
    TableCell::new().add_paragraph(Paragraph::new().add_run(run))
}

fn table(header: &[String], rows: Vec<Vec<String>>) -> Table {
    let widths = column_widths(header, &rows);
    let row = |texts: &[String], header: bool| {
        TableRow::new(
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let c = cell(t, header);
                    match widths.get(i) {
                        Some(&w) => c.width(w, WidthType::Dxa),
                        None => c,
                    }
                })
                .collect(),
        )
    };
    let mut all = vec![row(header, true)];
    all.extend(rows.iter().map(|r| row(r, false)));
    Table::new(all)
        .style("TableGrid")
        .width(5000, WidthType::Pct)
        .set_grid(widths)
}

/// The page's text width in twips: A4 between the default margins.
const TEXT_WIDTH: usize = 8500;

/// Column widths in twips for a table across the text width: each column
/// a share by the text it holds, and at least its longest word, so that
/// no word is broken. Without them (an empty grid) Word fits the columns
/// itself, but LibreOffice draws equal columns and breaks words
/// (`Inspraakversi|e`).
fn column_widths(header: &[String], rows: &[Vec<String>]) -> Vec<usize> {
    // Twips per character of 11 pt text, roughly; a cell's margins.
    const CHAR: usize = 130;
    const MARGIN: usize = 230;
    let n = header.len();
    let mut text = vec![0usize; n];
    let mut word = vec![0usize; n];
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        for (i, t) in row.iter().enumerate().take(n) {
            // A long text wraps anyway: it counts as a few lines' worth.
            text[i] += t.chars().count().min(240);
            let longest = t.split_whitespace().map(|w| w.chars().count());
            word[i] = word[i].max(longest.max().unwrap_or(0));
        }
    }
    // Each column its longest word first, then the rest of the width by
    // text. When the words alone are too wide, the columns of the longest
    // words give way (a word is broken in them only), down to one width.
    let least: Vec<usize> = word.iter().map(|w| w * CHAR + MARGIN).collect();
    let needed: usize = least.iter().sum();
    if needed >= TEXT_WIDTH {
        let mut sorted = least.clone();
        sorted.sort_unstable();
        let mut cap = TEXT_WIDTH / n.max(1);
        let mut below = 0;
        for (i, l) in sorted.iter().enumerate() {
            let wider = n - i;
            if below + l * wider > TEXT_WIDTH {
                cap = (TEXT_WIDTH - below) / wider;
                break;
            }
            below += l;
        }
        return least.iter().map(|&l| l.min(cap)).collect();
    }
    let rest = TEXT_WIDTH - needed;
    let total: usize = text.iter().map(|t| (*t).max(1)).sum();
    least
        .iter()
        .zip(&text)
        .map(|(l, t)| l + rest * (*t).max(1) / total)
        .collect()
}

fn period(m: &MemoContext, t: &Texts) -> Option<String> {
    match (&m.period_start, &m.deadline) {
        (Some(s), Some(d)) => Some(format!(
            "{} {s} {} {d}",
            t.pick("Inspraakperiode:", "Consultation period:"),
            t.pick("tot en met", "to")
        )),
        (None, Some(d)) => Some(format!(
            "{} {d}",
            t.pick("Reacties tot en met", "Responses until")
        )),
        (Some(s), None) => Some(format!(
            "{} {s}",
            t.pick("Inspraakperiode: vanaf", "Consultation period: from")
        )),
        (None, None) => None,
    }
}

/// `Er zijn 12 reacties ontvangen met samen 40 afzonderlijke punten.`,
/// in the singular for one.
fn received(m: &MemoContext, t: &Texts) -> String {
    let (r, c) = (m.responses_total, m.comments_total);
    if r == 0 {
        return t.pick(
            "Er zijn geen reacties ontvangen.",
            "No responses were received.",
        );
    }
    let responses = match (r, t.en) {
        (1, false) => "Er is 1 reactie ontvangen".to_string(),
        (_, false) => format!("Er zijn {r} reacties ontvangen"),
        (1, true) => "1 response was received".to_string(),
        (_, true) => format!("{r} responses were received"),
    };
    let comments = match (c, t.en) {
        (1, false) => "1 punt".to_string(),
        (_, false) => format!("samen {c} afzonderlijke punten"),
        (1, true) => "1 comment".to_string(),
        (_, true) => format!("{c} separate comments in all"),
    };
    let with = t.pick("met", "with");
    let campaigns = match (m.campaigns, t.en) {
        (0, _) => String::new(),
        (1, false) => " Eén punt is door meerdere indieners in (vrijwel) gelijke bewoordingen \
                       ingediend; dit wordt hieronder één keer beantwoord, met het aantal \
                       indieners."
            .to_string(),
        (n, false) => format!(
            " {n} punten zijn door meerdere indieners in (vrijwel) gelijke bewoordingen \
             ingediend; deze worden hieronder elk één keer beantwoord, met het aantal indieners."
        ),
        (1, true) => " One comment was sent by several respondents in (nearly) the same words; \
                      it is answered once below, with the number of senders."
            .to_string(),
        (n, true) => format!(
            " {n} comments were sent by several respondents in (nearly) the same words; each is \
             answered once below, with the number of senders."
        ),
    };
    format!("{responses} {with} {comments}.{campaigns}")
}

/// The memo's opening paragraph, as the HTML and Markdown memo have it.
fn opening(m: &MemoContext, t: &Texts) -> String {
    let mut when = String::new();
    match (&m.period_start, &m.deadline) {
        (Some(s), Some(d)) => {
            when = t.pick(
                &format!(" van {s} tot en met {d}"),
                &format!(" from {s} to {d}"),
            )
        }
        (Some(s), None) => when = t.pick(&format!(" vanaf {s}"), &format!(" from {s}")),
        (None, Some(d)) => when = t.pick(&format!(" tot en met {d}"), &format!(" to {d}")),
        (None, None) => {}
    }
    let sender = &m.sender_in_sentence;
    // Without dates there is no period for `die periode` to refer to.
    let (during, tijdens) = if m.period_start.is_none() && m.deadline.is_none() {
        ("During the consultation", "Tijdens de inspraak")
    } else {
        ("During that time", "In die periode")
    };
    let rest = if t.en {
        format!(
            "{during} councils, executive boards, advisory councils, organisations and \
             residents could respond. This memo lists the responses received, the answer of \
             {sender} to each point and the changes made to the text as a result."
        )
    } else {
        format!(
            "{tijdens} konden gemeenteraden, colleges, adviesraden, organisaties en \
             inwoners hun reactie geven. In deze nota van beantwoording leest u welke reacties \
             zijn ontvangen, hoe {sender} op elk punt reageert en welke wijzigingen dat in de \
             tekst heeft opgeleverd."
        )
    };
    format!("{}{when}. {rest}", m.opening)
}

fn introduction(mut doc: Body, m: &MemoContext, t: &Texts) -> Body {
    doc = doc
        .add_paragraph(para("Heading1", &t.pick("1 Inleiding", "1 Introduction")))
        .add_paragraph(para("Normal", &opening(m, t)))
        .add_paragraph(para(
            "Heading2",
            &t.pick("1.1 Ontvangen reacties", "1.1 Responses received"),
        ))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(received(m, t))));
    let mut rows: Vec<Vec<String>> = m
        .by_kind
        .iter()
        .map(|k| {
            vec![
                k.label.clone(),
                k.responses.to_string(),
                k.comments.to_string(),
            ]
        })
        .collect();
    rows.push(vec![
        t.pick("Totaal", "Total"),
        m.responses_total.to_string(),
        m.comments_total.to_string(),
    ]);
    let head = [
        t.pick("Indiener", "Respondent"),
        t.pick("Reacties", "Responses"),
        t.pick("Punten", "Comments"),
    ];
    doc = doc
        .add_table(table(&head, rows))
        .add_paragraph(para(
            "Heading2",
            &t.pick("1.2 Werkwijze", "1.2 How the responses were processed"),
        ))
        .add_paragraph(para("Normal", &method(m, t)));
    let rows = m
        .by_status
        .iter()
        .map(|s| vec![s.label.clone(), s.count.to_string()])
        .collect();
    doc = doc.add_table(table(
        &[t.pick("Besluit", "Decision"), t.pick("Punten", "Comments")],
        rows,
    ));
    if m.campaigns > 0 {
        doc = doc.add_paragraph(para(
            "Normal",
            &t.pick(
                "Gelijkluidende punten van meerdere indieners zijn hierboven één keer geteld.",
                "Points sent in by several senders in (nearly) the same words are counted once \
                 above.",
            ),
        ));
    }
    doc = doc.add_paragraph(para(
        "Heading2",
        &t.pick("1.3 Te laat ingediende reacties", "1.3 Late submissions"),
    ));
    doc = if m.late.is_empty() {
        let text = in_time(m.deadline.is_some(), t.en);
        let text = match (m.accepted_late, m.undated, t.en) {
            (0, 0, _) => text,
            (0, _, false) => "Geen reactie is als te laat aangemerkt.".to_string(),
            (0, _, true) => "No response is marked as late.".to_string(),
            (1, _, false) => format!(
                "Geen reactie is als te laat aangemerkt: één reactie is na de termijn ontvangen \
                 en door {} als tijdig aangemerkt.",
                m.sender_in_sentence
            ),
            (n, _, false) => format!(
                "Geen reactie is als te laat aangemerkt: {n} reacties zijn na de termijn \
                 ontvangen en door {} als tijdig aangemerkt.",
                m.sender_in_sentence
            ),
            (1, _, true) => format!(
                "No response is marked as late: one response arrived after the deadline and was \
                 accepted as in time by {}.",
                m.sender_in_sentence
            ),
            (n, _, true) => format!(
                "No response is marked as late: {n} responses arrived after the deadline and \
                 were accepted as in time by {}.",
                m.sender_in_sentence
            ),
        };
        let text = match undated_sentence(m.undated, t.en) {
            Some(undated) if m.deadline.is_some() => format!("{text} {undated}"),
            _ => text,
        };
        doc.add_paragraph(para("Normal", &text))
    } else {
        let rows = m
            .late
            .iter()
            .map(|l| {
                vec![
                    l.respondent.clone(),
                    l.date.clone().unwrap_or_default(),
                    l.comments.to_string(),
                ]
            })
            .collect();
        let lead = late_lead(
            m.late.len(),
            m.late_without_points,
            m.late_open,
            m.deadline.as_deref(),
            &m.sender,
            t.en,
        );
        let doc = doc.add_paragraph(para("Normal", &lead)).add_table(table(
            &[
                t.pick("Indiener", "Respondent"),
                t.pick("Datum", "Date"),
                t.pick("Punten", "Comments"),
            ],
            rows,
        ));
        // Beside the late ones: those received after the deadline and
        // accepted as in time, and those whose date nobody knows.
        let accepted = match (m.accepted_late, t.en) {
            (0, _) => None,
            (1, false) => Some(format!(
                "Daarnaast is één reactie na de termijn ontvangen en door {} als tijdig \
                 aangemerkt.",
                m.sender_in_sentence
            )),
            (n, false) => Some(format!(
                "Daarnaast zijn {n} reacties na de termijn ontvangen en door {} als tijdig \
                 aangemerkt.",
                m.sender_in_sentence
            )),
            (1, true) => Some(format!(
                "In addition, one response arrived after the deadline and was accepted as in \
                 time by {}.",
                m.sender_in_sentence
            )),
            (n, true) => Some(format!(
                "In addition, {n} responses arrived after the deadline and were accepted as in \
                 time by {}.",
                m.sender_in_sentence
            )),
        };
        let more: Vec<String> = accepted
            .into_iter()
            .chain(undated_sentence(m.undated, t.en))
            .collect();
        if more.is_empty() {
            doc
        } else {
            doc.add_paragraph(para("Normal", &more.join(" ")))
        }
    };
    main_changes(doc, m, t)
}

/// The sentence above the table of late responses, as the HTML and
/// Markdown memo have it: `responses` of them, after the `deadline`,
/// `without_points` of them without any point (read, nothing answered),
/// `open` points of theirs not answered yet by `sender`.
fn late_lead(
    responses: usize,
    without_points: usize,
    open: usize,
    deadline: Option<&str>,
    sender: &str,
    en: bool,
) -> String {
    let one = responses == 1;
    let of = match (deadline, en) {
        (Some(d), false) => format!(" van {d}"),
        (Some(d), true) => format!(" of {d}"),
        (None, _) => String::new(),
    };
    let first = match (en, one) {
        (false, true) => format!("De volgende reactie is na de termijn{of} ontvangen."),
        (false, false) => format!("De volgende reacties zijn na de termijn{of} ontvangen."),
        (true, true) => format!("The following response arrived after the deadline{of}."),
        (true, false) => format!("The following responses arrived after the deadline{of}."),
    };
    let points = match (en, open) {
        (false, 1) => "1 punt is".to_string(),
        (false, n) => format!("{n} punten zijn"),
        (true, 1) => "1 point is".to_string(),
        (true, n) => format!("{n} points are"),
    };
    let rest = match (en, one, open > 0) {
        (false, true, true) => format!(
            "{sender} beantwoordt ook deze reactie inhoudelijk; {points} nog niet beantwoord. Ze \
             is in deze nota gemarkeerd als ‘te laat ingediend’."
        ),
        (false, true, false) => format!(
            "{sender} heeft ook deze reactie inhoudelijk beantwoord; ze is in deze nota \
             gemarkeerd als ‘te laat ingediend’."
        ),
        (false, false, true) => format!(
            "{sender} beantwoordt ook deze reacties inhoudelijk; {points} nog niet beantwoord. \
             Ze zijn in deze nota gemarkeerd als ‘te laat ingediend’."
        ),
        (false, false, false) => format!(
            "{sender} heeft ook deze reacties inhoudelijk beantwoord; ze zijn in deze nota \
             gemarkeerd als ‘te laat ingediend’."
        ),
        (true, true, true) => format!(
            "{sender} answers it all the same; {points} not answered yet. It is marked ‘late \
             submission’ in this memo."
        ),
        (true, true, false) => format!(
            "{sender} answered it all the same; it is marked ‘late submission’ in this memo."
        ),
        (true, false, true) => format!(
            "{sender} answers them all the same; {points} not answered yet. They are marked \
             ‘late submission’ in this memo."
        ),
        (true, false, false) => format!(
            "{sender} answered them all the same; they are marked ‘late submission’ in this \
             memo."
        ),
    };
    if without_points >= responses {
        let read = match (en, one) {
            (false, true) => "Ze is gelezen en bevatte geen punten die om een antwoord vragen.",
            (false, false) => "Ze zijn gelezen en bevatten geen punten die om een antwoord vragen.",
            (true, true) => "It was read and made no points that call for an answer.",
            (true, false) => "They were read and made no points that call for an answer.",
        };
        return format!("{first} {read}");
    }
    let unanswered = match (en, without_points) {
        (_, 0) => String::new(),
        (false, 1) => {
            " Eén ervan bevatte geen punten die om een antwoord vragen; ook die is gelezen."
                .to_string()
        }
        (false, n) => format!(
            " {n} ervan bevatten geen punten die om een antwoord vragen; ook die zijn gelezen."
        ),
        (true, 1) => {
            " One of them made no points that call for an answer; it was read too.".to_string()
        }
        (true, n) => {
            format!(" {n} of them made no points that call for an answer; they were read too.")
        }
    };
    format!("{first} {rest}{unanswered}")
}

/// 1.2 of the memo, as the HTML and Markdown memo have it (with the
/// statement on how residents are named).
fn method(m: &MemoContext, t: &Texts) -> String {
    let of = match (&m.draft_in_sentence, t.en) {
        (Some(l), _) => l.clone(),
        (None, false) => "de tekst".to_string(),
        (None, true) => "the text".to_string(),
    };
    let sender = &m.sender;
    if t.en {
        format!(
            "Every response was read and divided into separate comments. Each response \
             has a fixed number; ‘comment 12.3’ is the third comment of response 12. \
             Each comment was linked to the section of {of} it concerns. {sender} \
             decided for each comment whether it leads to a change in the text and wrote an \
             answer. Residents are not named in this memo but referred to as ‘Inwoner’ with the \
             number of their response (such as ‘Inwoner 12’), and a response whose sender is \
             not known as ‘Inzending’ (submission) with its number; personal details in their \
             responses have been left out. Every respondent also receives a personal letter."
        )
    } else {
        format!(
            "Elke reactie is gelezen en opgedeeld in afzonderlijke punten. Iedere reactie heeft \
             een vast nummer; ‘reactie 12.3’ is het derde punt van \
             reactie 12. Elk punt is gekoppeld aan de paragraaf van {of} waarop het betrekking \
             heeft. {sender} heeft per punt besloten of het leidt tot aanpassing van de \
             tekst en heeft een antwoord geformuleerd. Inwoners worden in deze nota niet bij \
             naam genoemd maar aangeduid als ‘Inwoner’ met het nummer van hun reactie (zoals \
             ‘Inwoner 12’); persoonsgegevens in hun reacties zijn weggelaten. Iedere indiener \
             ontvangt daarnaast een persoonlijke brief."
        )
    }
}

/// 1.3 about the responses whose date of receipt is unknown (`undated`
/// of them): whether they came in time is not established.
fn undated_sentence(undated: usize, en: bool) -> Option<String> {
    Some(match (undated, en) {
        (0, _) => return None,
        (1, false) => "Van één reactie is de datum van ontvangst onbekend; of die binnen de \
                       termijn is ontvangen, is niet vastgesteld."
            .to_string(),
        (n, false) => format!(
            "Van {n} reacties is de datum van ontvangst onbekend; of die binnen de termijn zijn \
             ontvangen, is niet vastgesteld."
        ),
        (1, true) => "The date of receipt of one response is unknown; whether it arrived in \
                      time has not been established."
            .to_string(),
        (n, true) => format!(
            "The date of receipt of {n} responses is unknown; whether they arrived in time has \
             not been established."
        ),
    })
}

/// 1.3 without late responses: that all came in time only when there was
/// a deadline to meet.
pub fn in_time(deadline: bool, en: bool) -> String {
    match (deadline, en) {
        (true, false) => "Alle reacties zijn binnen de termijn ontvangen.",
        (true, true) => "All responses were received in time.",
        (false, false) => {
            "Er is geen termijn voor het indienen van reacties vastgesteld; geen reactie is \
             als te laat aangemerkt."
        }
        (false, true) => "No deadline for responses was set; no response is marked as late.",
    }
    .to_string()
}

/// 1.4 of the memo: the main changes, as the HTML and Markdown memo have
/// them.
fn main_changes(mut doc: Body, m: &MemoContext, t: &Texts) -> Body {
    doc = doc.add_paragraph(para(
        "Heading2",
        &t.pick("1.4 Belangrijkste wijzigingen", "1.4 Main changes"),
    ));
    if m.main_changes.is_empty() {
        let text = match (&m.final_label, t.en) {
            (Some(_), false) => "De reacties hebben niet geleid tot wijzigingen in de tekst.",
            (Some(_), true) => "The responses did not lead to changes in the text.",
            (None, false) => "Er is nog geen herziene versie van de tekst.",
            (None, true) => "There is no revised version of the text yet.",
        };
        return doc.add_paragraph(para("Normal", text));
    }
    let lead = match (&m.final_label, t.en) {
        (Some(l), false) => {
            format!("De reacties hebben onder meer geleid tot de volgende wijzigingen in ‘{l}’:")
        }
        (Some(l), true) => {
            format!("The responses led to the following changes, among others, in ‘{l}’:")
        }
        (None, false) => "De reacties hebben onder meer geleid tot de volgende wijzigingen:".into(),
        (None, true) => "The responses led to the following changes, among others:".into(),
    };
    doc = doc.add_paragraph(para("Normal", &lead));
    for ch in &m.main_changes {
        let refs: Vec<String> = ch
            .comments
            .iter()
            .map(|c| format!("{} {}", t.pick("reactie", "comment"), c.number))
            .collect();
        doc = doc.add_paragraph(para(
            LIST,
            &format!(
                "{} ({}; {} {})",
                ch.section,
                ch.kind,
                t.pick("naar aanleiding van", "following"),
                refs.join(", ")
            ),
        ));
    }
    doc
}

fn body<P: AsRef<[u8]>>(mut doc: Body, m: &MemoContext, t: &Texts, parts: Vec<P>) -> Body {
    doc = doc.add_paragraph(para(
        "Heading1",
        &t.pick("2 Reacties en beantwoording", "2 Comments and answers"),
    ));
    doc = doc.add_paragraph(para(
        "Normal",
        &t.pick(
            "Waar een antwoord de tekst aanpast, is toegevoegde tekst onderstreept en gemarkeerd \
             met [+ ], verwijderde tekst doorgehaald en gemarkeerd met [- ].",
            "Where an answer changes the text, added text is underlined and marked [+ ], \
             deleted text struck through and marked [- ].",
        ),
    ));
    let mut parts = parts.into_iter();
    for g in &m.groups {
        doc = doc.add_paragraph(para("Heading2", &g.title));
        if !g.see_also.is_empty() {
            let list: Vec<String> = g
                .see_also
                .iter()
                .map(|s| {
                    format!(
                        "{} {} ({})",
                        t.pick("reactie", "comment"),
                        s.number,
                        s.respondent
                    )
                })
                .collect();
            let lead = t.pick(
                "Ook ingediend door deze indiener en beantwoord bij",
                "Also sent by this respondent and answered under",
            );
            doc = doc.add_paragraph(para("Normal", &format!("{lead} {}.", list.join(", "))));
        }
        for part in parts.by_ref().take(g.items.len()) {
            doc.xml.extend_from_slice(part.as_ref());
        }
    }
    doc
}

fn item_paragraphs(mut doc: Body, i: &Item, t: &Texts) -> Body {
    let mut heading = format!(
        "{} {}: {} ({})",
        t.pick("Reactie", "Comment"),
        i.number,
        i.respondent,
        i.kind
    );
    if i.late {
        heading.push_str(&t.pick(", te laat ingediend", ", late"));
    }
    doc = doc.add_paragraph(para("Heading3", &heading));
    // As the HTML and Markdown memo say it: how many sent it and who else
    // (a late one marked so), so that each sender is found in the memo.
    if i.campaign {
        let also = if i.other_senders.is_empty() {
            String::new()
        } else {
            format!(
                ", {} {}",
                t.pick("ook door", "also by"),
                i.other_senders.join(", ")
            )
        };
        doc = doc.add_paragraph(para(
            "Normal",
            &if t.en {
                format!("This comment was sent by {} respondents{also}.", i.senders)
            } else {
                format!(
                    "Deze reactie is door {} indieners ingediend{also}.",
                    i.senders
                )
            },
        ));
    }
    let label = if i.summary {
        t.pick("Samenvatting", "Summary")
    } else {
        t.pick("Reactie", "Comment")
    };
    let sections: Vec<String> = i.sections.iter().map(|s| s.heading.clone()).collect();
    let sections = if sections.is_empty() {
        t.pick("algemeen", "general")
    } else {
        sections.join("; ")
    };
    doc = if i.text_blocks.is_empty() {
        doc.add_paragraph(labelled(&label, &i.text))
    } else {
        labelled_blocks(doc, &label, &i.text_blocks)
    };
    // A campaign's sentences that only some of its senders wrote.
    for a in &i.additions {
        let by = format!(
            "{} {}",
            t.pick("Aanvulling van", "Added by"),
            a.senders.join(", ")
        );
        doc = doc.add_paragraph(labelled(&by, &a.text));
    }
    doc = doc
        .add_paragraph(labelled(&t.pick("Betreft", "Concerns"), &sections))
        .add_paragraph(labelled(
            &t.pick("Besluit", "Decision"),
            &if i.open {
                i.decision.clone()
            } else {
                format!("{} ({})", i.decision, i.status)
            },
        ));
    // As the HTML and Markdown memo say it: a decided point without an
    // answer shows its decision only, never "not answered yet" under it.
    let answer = if i.has_answer {
        Some(i.answer.clone())
    } else {
        i.open
            .then(|| t.pick("Nog niet beantwoord.", "Not answered yet."))
    };
    if let Some(answer) = answer {
        doc = doc.add_paragraph(labelled(&t.pick("Antwoord", "Answer"), &answer));
    }
    for e in &i.excerpts {
        doc = doc
            .add_paragraph(labelled(
                &if e.added {
                    t.pick("Toegevoegd als", "Added as")
                } else {
                    t.pick("Aanpassing in", "Change in")
                },
                &e.section,
            ))
            .add_paragraph(diff_paragraph(&e.pieces));
    }
    doc
}

/// A comment's text that holds a table ([`Item::text_blocks`]) after
/// `label`: its paragraphs as paragraphs (the first one labelled), its
/// lists as list items and its tables as Word tables, the first row the
/// header, every row as wide as the widest.
fn labelled_blocks(mut doc: Body, label: &str, blocks: &[Block]) -> Body {
    let text_of = |pieces: &[Piece]| -> String {
        pieces
            .iter()
            .map(|p| {
                let text = if p.gap { "…" } else { p.text.as_str() };
                format!("{}{text}{}", p.pre, p.post)
            })
            .collect()
    };
    let mut labelled_yet = false;
    for b in blocks {
        if b.paragraph {
            let text = text_of(&b.pieces);
            doc = doc.add_paragraph(if labelled_yet {
                para("Normal", &text)
            } else {
                labelled(label, &text)
            });
            labelled_yet = true;
            continue;
        }
        if !labelled_yet {
            doc = doc.add_paragraph(labelled(label, ""));
            labelled_yet = true;
        }
        for item in b.list.then_some(&b.items).into_iter().flatten() {
            doc = doc.add_paragraph(para(LIST, &text_of(&item.pieces)));
        }
        if b.table {
            let cells = |row: &Row| -> Vec<String> {
                row.cells.iter().map(|c| text_of(&c.pieces)).collect()
            };
            let mut rows: Vec<Vec<String>> = b.head.iter().chain(&b.rows).map(cells).collect();
            let width = rows.iter().map(Vec::len).max().unwrap_or(0);
            rows.iter_mut().for_each(|r| r.resize(width, String::new()));
            if !rows.is_empty() {
                let head = rows.remove(0);
                doc = doc.add_table(table(&head, rows));
            }
        }
    }
    doc
}

/// A diff as one paragraph: inserted runs underlined with `[+ ]`, deleted
/// runs struck through with `[- ]`.
fn diff_paragraph(pieces: &[Piece]) -> Paragraph {
    let mut p = Paragraph::new();
    for piece in pieces {
        if piece.br {
            p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
            continue;
        }
        if !piece.pre.is_empty() {
            p = p.add_run(Run::new().add_text(" "));
        }
        let text = clean(&piece.text);
        p = if piece.insert {
            p.add_run(
                Run::new()
                    .style("Inserted")
                    .underline("single")
                    .add_text(format!("[+{text}]")),
            )
        } else if piece.delete {
            p.add_run(
                Run::new()
                    .style("Deleted")
                    .strike()
                    .add_text(format!("[-{text}]")),
            )
        } else {
            p.add_run(Run::new().add_text(text))
        };
        if !piece.post.is_empty() {
            p = p.add_run(Run::new().add_text(" "));
        }
    }
    p
}

fn change_rows(rows: &[ChangeRow], t: &Texts) -> Vec<Vec<String>> {
    rows.iter()
        .map(|c| {
            let refs: Vec<String> = c
                .comments
                .iter()
                .map(|r| {
                    format!(
                        "{} {} ({})",
                        t.pick("reactie", "comment"),
                        r.number,
                        r.respondent
                    )
                })
                .collect();
            vec![
                c.kind.clone(),
                c.before.clone(),
                c.after.clone(),
                format!("+{} / −{}", c.words_added, c.words_removed),
                if refs.is_empty() {
                    "—".to_string()
                } else {
                    refs.join("\n")
                },
            ]
        })
        .collect()
}

fn changes(mut doc: Body, m: &MemoContext, t: &Texts) -> Body {
    let head = [
        t.pick("Wijziging", "Change"),
        m.draft_label
            .clone()
            .unwrap_or_else(|| t.pick("Was", "Before")),
        m.final_label
            .clone()
            .unwrap_or_else(|| t.pick("Wordt", "After")),
        t.pick("Woorden +/−", "Words +/−"),
        t.pick("Naar aanleiding van", "Following"),
    ];
    doc = doc.add_paragraph(para(
        "Heading1",
        &t.pick(
            "3 Overzicht van de wijzigingen",
            "3 Overview of the changes",
        ),
    ));
    let mut legend = t.pick(
        "Toegevoegde tekst is onderstreept en gemarkeerd met [+ ], verwijderde tekst is \
         doorgehaald en gemarkeerd met [- ].",
        "Added text is underlined and marked [+ ], deleted text is struck through and marked [- ].",
    );
    if m.final_label.is_some() {
        legend.push_str(&t.pick(
            " De volledige wijzigingen staan in het document wijzigingen.html.",
            " All changes are shown in wijzigingen.html.",
        ));
    }
    doc = doc.add_paragraph(para("Normal", &legend));
    doc = if m.changes.is_empty() {
        doc.add_paragraph(para(
            "Normal",
            &t.pick(
                "Er zijn geen inhoudelijke wijzigingen.",
                "There are no changes of substance.",
            ),
        ))
    } else {
        doc.add_table(table(&head, change_rows(&m.changes, t)))
    };
    doc = doc.add_paragraph(para(
        "Heading2",
        &t.pick("Ambtshalve wijzigingen", "Editorial changes"),
    ));
    if m.editorial.is_empty() {
        return doc.add_paragraph(para(
            "Normal",
            &t.pick(
                "Er zijn geen ambtshalve wijzigingen.",
                "There are no editorial changes.",
            ),
        ));
    }
    doc = doc.add_paragraph(para(
        "Normal",
        &t.pick(
            &format!(
                "Daarnaast zijn de volgende wijzigingen ambtshalve aangebracht, niet naar \
                 aanleiding van een reactie (redactionele wijzigingen zoals spelling, interpunctie \
                 en opmaak, en wat {} als ambtshalve heeft aangemerkt):",
                m.sender_in_sentence
            ),
            &format!(
                "The following changes were also made by {0} on its own initiative, not in \
                 response to a comment (editorial changes such as spelling, punctuation and \
                 layout, and changes {0} marked as such):",
                m.sender_in_sentence
            ),
        ),
    ));
    for e in &m.editorial {
        doc = doc.add_paragraph(para(LIST, &e.section));
    }
    doc
}

fn appendix(mut doc: Body, m: &MemoContext, t: &Texts) -> Body {
    doc = doc
        .add_paragraph(para(
            "Heading1",
            &t.pick(
                "Bijlage: niet verwerkte bestanden en openstaande punten",
                "Appendix: files not processed and open comments",
            ),
        ))
        .add_paragraph(para(
            "Heading2",
            &t.pick(
                "Bestanden die niet konden worden verwerkt",
                "Files that could not be processed",
            ),
        ));
    doc = if m.problems.is_empty() {
        doc.add_paragraph(para(
            "Normal",
            &t.pick("Alle bestanden zijn verwerkt.", "All files were processed."),
        ))
    } else {
        let rows = m
            .problems
            .iter()
            .map(|p| vec![p.file.clone(), p.message.clone()])
            .collect();
        doc.add_table(table(
            &[t.pick("Bestand", "File"), t.pick("Reden", "Reason")],
            rows,
        ))
    };
    doc = doc.add_paragraph(para(
        "Heading2",
        &t.pick("Punten zonder besluit", "Comments without a decision"),
    ));
    if m.open.is_empty() {
        doc = doc.add_paragraph(para(
            "Normal",
            &t.pick(
                "Over alle punten is besloten.",
                "All comments have a decision.",
            ),
        ));
    }
    let word = t.pick("reactie", "comment");
    let open: Vec<String> = m
        .open
        .iter()
        .map(|o| {
            let senders = match o.senders {
                0 | 1 => String::new(),
                n => format!("; {n} {}", t.pick("indieners", "respondents")),
            };
            format!("{word} {} ({}{senders})", o.number, o.respondent)
        })
        .collect();
    doc.xml.extend_from_slice(&paragraphs_xml(LIST, &open));
    if !m.orphaned.is_empty() {
        doc = doc.add_paragraph(para(
            "Heading2",
            &t.pick(
                "Besluiten zonder bijbehorende reactie",
                "Decisions whose comment was not found",
            ),
        ));
        for o in &m.orphaned {
            doc = doc.add_paragraph(labelled(
                &format!("{} ({})", o.comment_id, o.status),
                &o.text,
            ));
        }
    }
    doc
}

#[cfg(test)]
mod paragraph_tests {
    use super::*;
    use proptest::prelude::*;

    fn one_by_one(style: &str, texts: &[String]) -> Vec<u8> {
        let mut out = Vec::new();
        for text in texts {
            push_without_para_ids(&mut out, &para(style, text).build());
        }
        out
    }

    #[test]
    fn without_a_deadline_no_response_is_said_to_be_in_time() {
        assert!(in_time(true, false).contains("binnen de termijn"));
        assert!(!in_time(false, false).contains("binnen de termijn"));
        assert!(in_time(false, false).contains("geen termijn"));
        assert!(in_time(false, true).contains("No deadline"));
    }

    #[test]
    fn paragraphs_at_once_are_those_one_by_one() {
        let texts: Vec<String> = [
            "• reactie 1.2 (Inwoner 3)",
            "",
            "<b>&amp; \"quoted\" 'single'</b>",
            "line\nbreak\r\ttab \u{1} mark \u{7}",
            "  spaces  ",
            "ë ü ‘x’ – 😀",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        assert_eq!(
            paragraphs_xml("Normal", &texts),
            one_by_one("Normal", &texts)
        );
        assert_eq!(paragraphs_xml("Normal", &[]), one_by_one("Normal", &[]));
    }

    proptest! {
        #[test]
        fn paragraphs_at_once_are_those_one_by_one_for_any_text(
            texts in proptest::collection::vec("[a-z <>&\"'\\n\\t\\u{1}\\u{80}-\\u{10ffff}]{0,12}", 0..6)
        ) {
            prop_assert_eq!(paragraphs_xml("Normal", &texts), one_by_one("Normal", &texts));
        }
    }
}

#[cfg(test)]
mod tests;
