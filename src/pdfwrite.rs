//! A small typesetter that writes real, deterministic PDF files.
//!
//! Used to build the sample consultation (`examples/make_sample.rs`) and test
//! fixtures: text-only A4 documents in the standard-14 fonts Helvetica and
//! Helvetica-Bold with WinAnsi encoding, so no font is embedded and every PDF
//! reader (and text extractor) can read them.
//!
//! What it does:
//! - headings (bold, larger, with space before and kept with what follows),
//!   paragraphs (a `\n` inside the text forces a line break, e.g. for an
//!   address block), bullets and numbered points with a hanging indent, and
//!   explicit page breaks;
//! - line wrapping measured with the Adobe AFM advance widths of the fonts,
//!   which are also written to the font dictionaries (`/Widths`);
//! - a running header and a page number footer on every page, so extraction
//!   can detect page furniture;
//! - Dutch diacritics and typographic quotes and dashes through WinAnsi,
//!   other characters replaced by a close equivalent (`ĳ` → `ij`, `č` → `c`,
//!   `→` → `->`) or `?`;
//! - Flate-compressed content streams, no dates and a content-derived `/ID`,
//!   so rendering the same document twice gives identical bytes.

use lopdf::xref::XrefType;
use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// A document to typeset.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfDoc {
    /// Written to the document information dictionary (`/Title`); not printed.
    pub title: String,
    /// Printed at the top of every page, above a thin rule.
    pub running_header: Option<String>,
    /// Print the page number at the bottom of every page.
    pub page_numbers: bool,
    /// The content, in order.
    pub blocks: Vec<Block>,
}

/// One block of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; level 1 is the largest. Levels above 3 look like level 3.
    Heading { level: u8, text: String },
    /// A paragraph of running text; `\n` forces a line break.
    Paragraph(String),
    /// A bulleted item with a hanging indent.
    Bullet(String),
    /// A numbered item (`label` is e.g. `1.` or `a)`) with a hanging indent.
    Numbered { label: String, text: String },
    /// Start a new page.
    PageBreak,
}

/// A4 in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN_LEFT: f32 = 72.0;
const MARGIN_RIGHT: f32 = 72.0;
/// Baseline of the first body line on a page, from the bottom.
const BODY_TOP: f32 = PAGE_HEIGHT - 84.0;
/// Lowest allowed baseline of a body line.
const BODY_BOTTOM: f32 = 72.0;
const HEADER_BASELINE: f32 = PAGE_HEIGHT - 42.0;
const FOOTER_BASELINE: f32 = 38.0;
const FURNITURE_SIZE: f32 = 8.5;

const BODY_SIZE: f32 = 10.5;
const BODY_LEADING: f32 = 14.5;
const PARAGRAPH_GAP: f32 = 6.0;
const BULLET_INDENT: f32 = 10.0;
const BULLET_TEXT_INDENT: f32 = 24.0;
const MIN_LABEL_INDENT: f32 = 22.0;
/// WinAnsi code of the bullet glyph.
const BULLET: u8 = 0x95;

/// The two fonts used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Font {
    Regular,
    Bold,
}

impl Font {
    /// Resource name in the content stream.
    fn resource(self) -> &'static str {
        match self {
            Font::Regular => "F1",
            Font::Bold => "F2",
        }
    }

    fn base_font(self) -> &'static str {
        match self {
            Font::Regular => "Helvetica",
            Font::Bold => "Helvetica-Bold",
        }
    }

    fn widths(self) -> &'static [u16; 224] {
        match self {
            Font::Regular => &HELVETICA_WIDTHS,
            Font::Bold => &HELVETICA_BOLD_WIDTHS,
        }
    }

    /// Advance width of one WinAnsi byte in 1/1000 em.
    fn glyph_width(self, byte: u8) -> u16 {
        if byte < 32 {
            return 0;
        }
        self.widths()[usize::from(byte - 32)]
    }

    /// Width of WinAnsi `text` at `size` points.
    fn text_width(self, text: &[u8], size: f32) -> f32 {
        let units: u32 = text.iter().map(|&b| u32::from(self.glyph_width(b))).sum();
        units as f32 * size / 1000.0
    }
}

/// Typeset `doc` and return the bytes of the PDF file.
///
/// Never panics; every text is accepted (characters outside WinAnsi are
/// replaced). Rendering the same document twice gives identical bytes.
pub fn render(doc: &PdfDoc) -> Vec<u8> {
    let pages = layout(&doc.blocks);
    let streams: Vec<Vec<u8>> = pages
        .iter()
        .enumerate()
        .map(|(i, page)| page_content(page, i + 1, doc))
        .collect();
    assemble(doc, streams)
}

/// Encode text as WinAnsi (Windows-1252) bytes, replacing what it cannot
/// encode by a close equivalent or `?`. Control characters are dropped, tabs
/// become spaces.
pub fn to_winansi(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        encode_char(c, &mut out);
    }
    out
}

fn encode_char(c: char, out: &mut Vec<u8>) {
    // Invisible characters first: the soft hyphen is in WinAnsi but would
    // print as a visible hyphen in the middle of a line.
    if matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    ) {
        return;
    }
    if c == '\t' {
        out.push(b' ');
        return;
    }
    if let Some(b) = winansi_byte(c) {
        out.push(b);
        return;
    }
    if c.is_control() {
        return;
    }
    if let Some(s) = substitute(c) {
        out.extend_from_slice(s);
        return;
    }
    // Compatibility decomposition without the combining marks: `č` → `c`,
    // `ﬁ` → `fi`, `²` stays (it is in WinAnsi already).
    let base: Vec<u8> = c
        .nfkd()
        .filter(|d| !is_combining_mark(*d))
        .filter_map(winansi_byte)
        .collect();
    if base.is_empty() {
        out.push(b'?');
    } else {
        out.extend(base);
    }
}

/// The WinAnsi byte of `c`, if the encoding has it.
fn winansi_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    match code {
        0x20..=0x7E | 0xA0..=0xFF => u8::try_from(code).ok(),
        _ => WINANSI_HIGH
            .iter()
            .find(|(ch, _)| *ch == c)
            .map(|(_, b)| *b),
    }
}

/// Replacements (as WinAnsi bytes) for common characters outside WinAnsi
/// that have no useful decomposition.
fn substitute(c: char) -> Option<&'static [u8]> {
    Some(match c {
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2043}' | '\u{2212}' => b"-",
        '\u{2015}' => b"\x97",
        '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => b" ",
        '\u{2032}' => b"'",
        '\u{2033}' => b"\"",
        '\u{201B}' => b"\x91",
        '\u{201F}' => b"\x93",
        '\u{2190}' => b"<-",
        '\u{2192}' => b"->",
        '\u{2194}' => b"<->",
        '\u{21D2}' => b"=>",
        '\u{2264}' => b"<=",
        '\u{2265}' => b">=",
        '\u{2260}' => b"!=",
        '\u{2248}' => b"~",
        '\u{25CF}' | '\u{25AA}' | '\u{2023}' => b"\x95",
        '\u{0133}' => b"ij",
        '\u{0132}' => b"IJ",
        '\u{0142}' => b"l",
        '\u{0141}' => b"L",
        '\u{0111}' => b"d",
        '\u{0110}' => b"D",
        '\u{0131}' => b"i",
        '\u{2713}' | '\u{2714}' => b"v",
        _ => return None,
    })
}

fn is_combining_mark(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Unicode characters of the WinAnsi range 0x80–0x9F.
const WINANSI_HIGH: [(char, u8); 27] = [
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8A),
    ('‹', 0x8B),
    ('Œ', 0x8C),
    ('Ž', 0x8E),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9A),
    ('›', 0x9B),
    ('œ', 0x9C),
    ('ž', 0x9E),
    ('Ÿ', 0x9F),
];

// ---------------------------------------------------------------------------
// layout
// ---------------------------------------------------------------------------

/// One typeset line of text at a fixed position.
#[derive(Debug, Clone, PartialEq)]
struct PlacedText {
    font: Font,
    size: f32,
    x: f32,
    /// Baseline, from the bottom of the page.
    y: f32,
    text: Vec<u8>,
}

/// The text of one page, before the page furniture is added.
#[derive(Debug, Clone, Default, PartialEq)]
struct PageLayout {
    texts: Vec<PlacedText>,
}

/// A line of a block before it is placed on a page: its pieces share a baseline.
#[derive(Debug, Clone, PartialEq)]
struct BlockLine {
    pieces: Vec<(f32, Font, Vec<u8>)>,
    size: f32,
    leading: f32,
}

/// How a block is set.
struct Style {
    font: Font,
    size: f32,
    leading: f32,
    space_before: f32,
    space_after: f32,
    /// Lines of the next block that must fit on the same page.
    keep_with_next: bool,
}

fn heading_style(level: u8) -> Style {
    let (size, space_before) = match level {
        0 | 1 => (16.0, 20.0),
        2 => (13.0, 14.0),
        _ => (11.0, 10.0),
    };
    Style {
        font: Font::Bold,
        size,
        leading: size * 1.3,
        space_before,
        space_after: 4.0,
        keep_with_next: true,
    }
}

fn body_style() -> Style {
    Style {
        font: Font::Regular,
        size: BODY_SIZE,
        leading: BODY_LEADING,
        space_before: 0.0,
        space_after: PARAGRAPH_GAP,
        keep_with_next: false,
    }
}

/// Width available to body text.
fn text_width() -> f32 {
    PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
}

/// Places lines on pages top to bottom.
struct Pager {
    pages: Vec<PageLayout>,
    current: PageLayout,
    /// Baseline of the previous line; `None` at the top of a page.
    y: Option<f32>,
}

impl Pager {
    fn new() -> Self {
        Pager {
            pages: Vec::new(),
            current: PageLayout::default(),
            y: None,
        }
    }

    fn new_page(&mut self) {
        let page = std::mem::take(&mut self.current);
        self.pages.push(page);
        self.y = None;
    }

    /// Baseline the next line of `leading` would get after `gap` of space.
    fn next_baseline(&self, gap: f32, leading: f32) -> f32 {
        match self.y {
            None => BODY_TOP,
            Some(y) => y - gap - leading,
        }
    }

    /// Would `height` of content (after `gap`) still fit on this page?
    fn fits(&self, gap: f32, first_leading: f32, height: f32) -> bool {
        self.y.is_none()
            || self.next_baseline(gap, first_leading) - (height - first_leading) >= BODY_BOTTOM
    }

    /// Place one line, starting a new page when it does not fit.
    fn place(&mut self, line: BlockLine, gap: f32) {
        if !self.fits(gap, line.leading, line.leading) {
            self.new_page();
        }
        let y = self.next_baseline(gap, line.leading);
        for (x, font, text) in line.pieces {
            if !text.is_empty() {
                self.current.texts.push(PlacedText {
                    font,
                    size: line.size,
                    x,
                    y,
                    text,
                });
            }
        }
        self.y = Some(y);
    }

    fn finish(mut self) -> Vec<PageLayout> {
        if !self.current.texts.is_empty() || self.pages.is_empty() {
            self.new_page();
        }
        self.pages
    }
}

/// Typeset the blocks onto pages.
fn layout(blocks: &[Block]) -> Vec<PageLayout> {
    let mut pager = Pager::new();
    let mut pending_gap = 0.0f32;
    let mut iter = blocks.iter().peekable();
    while let Some(block) = iter.next() {
        let (style, lines) = match block {
            Block::PageBreak => {
                if pager.y.is_some() {
                    pager.new_page();
                }
                pending_gap = 0.0;
                continue;
            }
            Block::Heading { level, text } => {
                let style = heading_style(*level);
                let lines = wrap_plain(
                    text,
                    style.font,
                    style.size,
                    style.leading,
                    MARGIN_LEFT,
                    text_width(),
                );
                (style, lines)
            }
            Block::Paragraph(text) => {
                let style = body_style();
                let lines = wrap_plain(
                    text,
                    style.font,
                    style.size,
                    style.leading,
                    MARGIN_LEFT,
                    text_width(),
                );
                (style, lines)
            }
            Block::Bullet(text) => {
                let style = body_style();
                let lines = hanging(&[BULLET], BULLET_INDENT, BULLET_TEXT_INDENT, text, &style);
                (style, lines)
            }
            Block::Numbered { label, text } => {
                let style = body_style();
                let label = to_winansi(label.trim());
                let indent = (style.font.text_width(&label, style.size) + 6.0)
                    .clamp(MIN_LABEL_INDENT, text_width() / 2.0);
                let lines = hanging(&label, 0.0, indent, text, &style);
                (style, lines)
            }
        };
        if lines.is_empty() {
            continue;
        }
        let gap = pending_gap.max(style.space_before);
        // A heading keeps its own lines and the first two lines of what
        // follows together; other blocks never leave a single first line at
        // the bottom of a page.
        let own: f32 = lines.iter().map(|l| l.leading).sum();
        let needed = if style.keep_with_next
            && iter.peek().is_some_and(|b| !matches!(b, Block::PageBreak))
        {
            own + PARAGRAPH_GAP + 2.0 * BODY_LEADING
        } else {
            own.min(2.0 * style.leading)
        };
        if needed <= BODY_TOP - BODY_BOTTOM && !pager.fits(gap, lines[0].leading, needed) {
            pager.new_page();
        }
        for (i, line) in lines.into_iter().enumerate() {
            let g = if i == 0 { gap } else { 0.0 };
            pager.place(line, g);
        }
        pending_gap = style.space_after;
    }
    pager.finish()
}

/// Wrap `text` into lines of `width` starting at `x`; `\n` forces a break and
/// an empty line between two `\n` gives an empty line.
fn wrap_plain(
    text: &str,
    font: Font,
    size: f32,
    leading: f32,
    x: f32,
    width: f32,
) -> Vec<BlockLine> {
    let mut out = Vec::new();
    let trimmed = text.trim_matches(|c: char| c == '\n' || c == '\r');
    if trimmed.trim().is_empty() {
        return out;
    }
    for hard_line in trimmed.lines() {
        let wrapped = wrap_words(&to_winansi(hard_line), font, size, width);
        if wrapped.is_empty() {
            out.push(BlockLine {
                pieces: Vec::new(),
                size,
                leading,
            });
        }
        for line in wrapped {
            out.push(BlockLine {
                pieces: vec![(x, font, line)],
                size,
                leading,
            });
        }
    }
    out
}

/// A label (bullet or number) at `label_x` and the text with a hanging
/// indent at `text_x`, both from the left margin.
fn hanging(label: &[u8], label_x: f32, text_x: f32, text: &str, style: &Style) -> Vec<BlockLine> {
    let x = MARGIN_LEFT + text_x;
    let mut lines = wrap_plain(
        text,
        style.font,
        style.size,
        style.leading,
        x,
        text_width() - text_x,
    );
    if lines.is_empty() {
        lines.push(BlockLine {
            pieces: Vec::new(),
            size: style.size,
            leading: style.leading,
        });
    }
    lines[0]
        .pieces
        .insert(0, (MARGIN_LEFT + label_x, style.font, label.to_vec()));
    lines
}

/// Break WinAnsi text into lines no wider than `width`, at spaces; a word
/// longer than a line is broken between characters. Runs of spaces collapse.
fn wrap_words(text: &[u8], font: Font, size: f32, width: f32) -> Vec<Vec<u8>> {
    let space = font.text_width(b" ", size);
    let mut lines = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    let mut line_width = 0.0f32;
    for word in text.split(|&b| b == b' ').filter(|w| !w.is_empty()) {
        let word_width = font.text_width(word, size);
        if !line.is_empty() && line_width + space + word_width <= width {
            line.push(b' ');
            line.extend_from_slice(word);
            line_width += space + word_width;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if word_width <= width {
            line.extend_from_slice(word);
            line_width = word_width;
            continue;
        }
        // A word wider than the line: break it where it overflows.
        line_width = 0.0;
        for &b in word {
            let w = font.text_width(&[b], size);
            if !line.is_empty() && line_width + w > width {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            line.push(b);
            line_width += w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

// ---------------------------------------------------------------------------
// output
// ---------------------------------------------------------------------------

/// The content stream of one page: furniture and text.
fn page_content(page: &PageLayout, number: usize, doc: &PdfDoc) -> Vec<u8> {
    let mut ops = String::new();
    if let Some(header) = doc
        .running_header
        .as_deref()
        .filter(|h| !h.trim().is_empty())
    {
        let text = to_winansi(header.trim());
        let width = text_width();
        let text = wrap_words(&text, Font::Regular, FURNITURE_SIZE, width)
            .into_iter()
            .next()
            .unwrap_or_default();
        ops.push_str("0.35 g\n");
        push_text(
            &mut ops,
            Font::Regular,
            FURNITURE_SIZE,
            MARGIN_LEFT,
            HEADER_BASELINE,
            &text,
        );
        ops.push_str("0 g\n");
        let rule_y = HEADER_BASELINE - 6.0;
        ops.push_str(&format!(
            "0.5 w 0.6 G {} {} m {} {} l S 0 G\n",
            num(MARGIN_LEFT),
            num(rule_y),
            num(PAGE_WIDTH - MARGIN_RIGHT),
            num(rule_y)
        ));
    }
    for t in &page.texts {
        push_text(&mut ops, t.font, t.size, t.x, t.y, &t.text);
    }
    if doc.page_numbers {
        let label = number.to_string().into_bytes();
        let w = Font::Regular.text_width(&label, FURNITURE_SIZE + 0.5);
        let x = (PAGE_WIDTH - w) / 2.0;
        push_text(
            &mut ops,
            Font::Regular,
            FURNITURE_SIZE + 0.5,
            x,
            FOOTER_BASELINE,
            &label,
        );
    }
    ops.into_bytes()
}

/// Append a `BT … ET` object showing `text` at (`x`, `y`).
fn push_text(ops: &mut String, font: Font, size: f32, x: f32, y: f32, text: &[u8]) {
    ops.push_str(&format!(
        "BT /{} {} Tf {} {} Td ({}) Tj ET\n",
        font.resource(),
        num(size),
        num(x),
        num(y),
        pdf_literal(text)
    ));
}

/// A PDF literal string body: printable ASCII as is, `\`, `(` and `)`
/// escaped, every other byte as an octal escape (keeps the stream ASCII).
fn pdf_literal(text: &[u8]) -> String {
    let mut s = String::with_capacity(text.len());
    for &b in text {
        match b {
            b'\\' | b'(' | b')' => {
                s.push('\\');
                s.push(char::from(b));
            }
            0x20..=0x7E => s.push(char::from(b)),
            _ => s.push_str(&format!("\\{b:03o}")),
        }
    }
    s
}

/// A number for a content stream: at most two decimals, no trailing zeros.
fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// The font dictionary of a standard-14 font with its WinAnsi widths.
fn font_dict(font: Font) -> Dictionary {
    let widths: Vec<Object> = font
        .widths()
        .iter()
        .map(|&w| Object::Integer(i64::from(w)))
        .collect();
    dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => font.base_font(),
        "Encoding" => "WinAnsiEncoding",
        "FirstChar" => 32,
        "LastChar" => 255,
        "Widths" => widths,
    }
}

/// Build the PDF objects and serialise them.
fn assemble(doc: &PdfDoc, streams: Vec<Vec<u8>>) -> Vec<u8> {
    let mut hasher = Sha256::new();
    hasher.update(doc.title.as_bytes());
    for s in &streams {
        hasher.update((s.len() as u64).to_le_bytes());
        hasher.update(s);
    }
    let file_id: Vec<u8> = hasher.finalize()[..16].to_vec();

    let mut pdf = Document::with_version("1.4");
    // A classic cross-reference table: read by every tool, old ones included.
    pdf.reference_table.cross_reference_type = XrefType::CrossReferenceTable;
    let pages_id: ObjectId = pdf.new_object_id();
    let regular = pdf.add_object(font_dict(Font::Regular));
    let bold = pdf.add_object(font_dict(Font::Bold));
    let resources = pdf.add_object(dictionary! {
        "Font" => dictionary! { "F1" => regular, "F2" => bold },
    });
    let media_box: Vec<Object> = vec![
        0.into(),
        0.into(),
        Object::Real(PAGE_WIDTH),
        Object::Real(PAGE_HEIGHT),
    ];
    let mut kids: Vec<Object> = Vec::with_capacity(streams.len());
    for content in streams {
        let mut stream = Stream::new(Dictionary::new(), content);
        // Compression cannot fail on in-memory data; should it, the stream
        // simply stays uncompressed and the file is still valid.
        let _ = stream.compress();
        let content_id = pdf.add_object(stream);
        let page_id = pdf.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Resources" => resources,
            "Contents" => content_id,
        });
        kids.push(page_id.into());
    }
    let count = kids.len() as i64;
    pdf.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "MediaBox" => media_box,
        }),
    );
    let catalog = pdf.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    let info = pdf.add_object(dictionary! {
        "Title" => Object::String(info_string(&doc.title), StringFormat::Literal),
        "Producer" => Object::string_literal("inspraak pdfwrite"),
    });
    pdf.trailer.set("Root", catalog);
    pdf.trailer.set("Info", info);
    pdf.trailer.set(
        "ID",
        vec![
            Object::String(file_id.clone(), StringFormat::Hexadecimal),
            Object::String(file_id, StringFormat::Hexadecimal),
        ],
    );
    let mut out = Vec::new();
    // Writing to a Vec cannot fail with an I/O error; lopdf reports no other.
    if pdf.save_to(&mut out).is_err() {
        out.clear();
    }
    out
}

/// A text string for the information dictionary: UTF-16BE with BOM, so any
/// title survives.
fn info_string(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    bytes
}

// ---------------------------------------------------------------------------
// markup
// ---------------------------------------------------------------------------

/// A problem in a markup text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarkupError {
    /// A `%` line at the top that is not a known directive.
    #[error("line {line}: unknown directive `%{name}` (known: %title, %header, %pagenumbers)")]
    UnknownDirective { line: usize, name: String },
}

/// Parse a text in the small markup below into a document.
///
/// ```text
/// %title Title for the document information   (directives: first lines only)
/// %header Running header text
/// %pagenumbers
/// # Heading level 1      ## level 2      ### level 3
/// - bullet item
/// 1. numbered item       (also `12.`, `3)`, `a)`)
/// | a hard line          (consecutive `|` lines form one block with line breaks)
/// ---                    page break
/// ```
///
/// Other lines are running text; consecutive lines join into one paragraph
/// and a blank line ends it. A line starting with two spaces continues the
/// bullet or numbered item above it.
pub fn parse_markup(text: &str) -> Result<PdfDoc, MarkupError> {
    let mut doc = PdfDoc::default();
    let mut lines = text.lines().enumerate().peekable();
    while let Some((index, line)) = lines.peek() {
        let Some(directive) = line.strip_prefix('%') else {
            break;
        };
        let (key, value) = directive.split_once(' ').unwrap_or((directive, ""));
        match key {
            "title" => doc.title = value.trim().to_string(),
            "header" => doc.running_header = Some(value.trim().to_string()),
            "pagenumbers" => doc.page_numbers = true,
            other => {
                return Err(MarkupError::UnknownDirective {
                    line: index + 1,
                    name: other.to_string(),
                })
            }
        }
        lines.next();
    }

    let mut builder = Builder::default();
    for (_, line) in lines {
        builder.line(line);
    }
    builder.flush();
    doc.blocks = builder.blocks;
    Ok(doc)
}

/// What is being collected from consecutive lines.
#[derive(Default)]
enum Open {
    #[default]
    Nothing,
    Paragraph(String),
    HardLines(String),
    Bullet(String),
    Numbered(String, String),
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    open: Open,
}

impl Builder {
    fn line(&mut self, line: &str) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            self.flush();
            return;
        }
        if line.starts_with("  ") {
            if let Open::Bullet(text) | Open::Numbered(_, text) = &mut self.open {
                text.push(' ');
                text.push_str(trimmed);
                return;
            }
        }
        if trimmed == "---" {
            self.flush();
            self.blocks.push(Block::PageBreak);
            return;
        }
        if let Some((level, text)) = heading(trimmed) {
            self.flush();
            self.blocks.push(Block::Heading {
                level,
                text: text.to_string(),
            });
            return;
        }
        if let Some(rest) = trimmed.strip_prefix("- ") {
            self.flush();
            self.open = Open::Bullet(rest.trim().to_string());
            return;
        }
        if let Some((label, rest)) = numbered(trimmed) {
            self.flush();
            self.open = Open::Numbered(label.to_string(), rest.trim().to_string());
            return;
        }
        if let Some(rest) = trimmed.strip_prefix('|') {
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            if let Open::HardLines(text) = &mut self.open {
                text.push('\n');
                text.push_str(rest);
            } else {
                self.flush();
                self.open = Open::HardLines(rest.to_string());
            }
            return;
        }
        match &mut self.open {
            Open::Paragraph(text) => {
                text.push(' ');
                text.push_str(trimmed);
            }
            _ => {
                self.flush();
                self.open = Open::Paragraph(trimmed.to_string());
            }
        }
    }

    fn flush(&mut self) {
        match std::mem::take(&mut self.open) {
            Open::Nothing => {}
            Open::Paragraph(text) | Open::HardLines(text) => {
                self.blocks.push(Block::Paragraph(text))
            }
            Open::Bullet(text) => self.blocks.push(Block::Bullet(text)),
            Open::Numbered(label, text) => self.blocks.push(Block::Numbered { label, text }),
        }
    }
}

/// `# Title` → (1, "Title"), up to level 3.
fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=3).contains(&hashes) {
        return None;
    }
    let rest = line[hashes..].strip_prefix(' ')?;
    Some((hashes as u8, rest.trim()))
}

/// `12. text`, `3) text` or `a) text` → (label, text).
fn numbered(line: &str) -> Option<(&str, &str)> {
    let (label, rest) = line.split_once(' ')?;
    let body = label.strip_suffix(['.', ')'])?;
    let is_number = !body.is_empty() && body.len() <= 2 && body.bytes().all(|b| b.is_ascii_digit());
    let is_letter =
        body.len() == 1 && body.bytes().all(|b| b.is_ascii_lowercase()) && label.ends_with(')');
    (is_number || is_letter).then_some((label, rest))
}

// ---------------------------------------------------------------------------
// metrics
// ---------------------------------------------------------------------------

/// Helvetica advance widths (Adobe AFM, 1/1000 em) for WinAnsi codes 32–255.
/// Codes WinAnsi leaves undefined (127, 129, 141, 143, 144, 157) are 0 and
/// never written.
#[rustfmt::skip]
const HELVETICA_WIDTHS: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

/// Helvetica-Bold advance widths (Adobe AFM, 1/1000 em) for WinAnsi codes 32–255.
#[rustfmt::skip]
const HELVETICA_BOLD_WIDTHS: [u16; 224] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
    556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

#[cfg(test)]
mod tests;
