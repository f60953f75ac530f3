//! Fonts: from the bytes of a shown string to Unicode text and advance
//! widths.
//!
//! Unicode is resolved per code in the order poppler and pdfminer use, plus
//! pdfminer's extra fallback:
//! 1. the `/ToUnicode` CMap;
//! 2. simple fonts: `/Encoding` (Standard, WinAnsi, MacRoman, MacExpert) with
//!    `/Differences` glyph names through the Adobe Glyph List (lopdf's
//!    tables), `uniXXXX`/`uXXXX` and `f_f_i` names; an embedded Type 1
//!    font's built-in encoding when there is no `/Encoding`;
//! 3. composite TrueType fonts without `/ToUnicode`: the embedded font's
//!    Unicode cmap reversed (glyph id → Unicode, through `/CIDToGIDMap`).
//!
//! A code with no mapping yields `None`; the caller counts those.

use std::borrow::Cow;
use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use super::cmap::{CMap, CodeRange};
use super::limits::Limits;

/// What kind of font program a font dictionary describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Type1, TrueType, MMType1: one byte per code.
    Simple,
    /// Type0 with a CIDFont descendant: codes from the code space.
    Composite,
    /// Type3: glyphs drawn by content streams; text only through names.
    Type3,
}

/// A font ready to decode shown strings.
#[derive(Debug)]
pub(crate) struct Font {
    pub kind: Kind,
    /// The base font name without subset prefix (for diagnostics).
    pub name: String,
    pub bold: bool,
    to_unicode: Option<CMap>,
    /// Simple and Type3 fonts: Unicode per byte from the encoding.
    simple: Vec<Option<Box<str>>>,
    /// Composite fonts: the code space (empty means two bytes).
    codespace: Vec<CodeRange>,
    /// Composite fonts: glyph id → Unicode from the embedded font's cmap.
    gid_unicode: HashMap<u16, char>,
    /// Composite fonts: CID → glyph id (`None` is Identity).
    cid_to_gid: Option<Vec<u16>>,
    first_char: u32,
    widths: Vec<f32>,
    cid_widths: HashMap<u32, f32>,
    default_width: f32,
    /// Glyph space → text space for widths (0.001, or a Type3 FontMatrix).
    pub width_scale: f32,
}

/// One decoded code of a shown string.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Code {
    pub code: u32,
    /// A one-byte code 32: word spacing `Tw` applies.
    pub is_space_byte: bool,
}

impl Font {
    /// Loads the font dictionary `dict`. Never fails: missing parts degrade
    /// to fallbacks.
    pub fn load(doc: &Document, dict: &Dictionary, limits: &Limits) -> Font {
        let subtype = name_of(doc, dict, b"Subtype").unwrap_or_default();
        let kind = match subtype.as_slice() {
            b"Type0" => Kind::Composite,
            b"Type3" => Kind::Type3,
            _ => Kind::Simple,
        };
        let base = name_of(doc, dict, b"BaseFont").unwrap_or_default();
        let name = String::from_utf8_lossy(&base).to_string();
        let name = name
            .split_once('+')
            .map_or(name.clone(), |(_, n)| n.to_string());
        let to_unicode = deref(doc, dict.get(b"ToUnicode").ok())
            .and_then(|o| o.as_stream().ok())
            .and_then(|s| limits.stream_content(s))
            .map(|data| CMap::parse(&data))
            .filter(|c| !c.is_empty());
        let mut font = Font {
            kind,
            bold: false,
            to_unicode,
            simple: Vec::new(),
            codespace: Vec::new(),
            gid_unicode: HashMap::new(),
            cid_to_gid: None,
            first_char: 0,
            widths: Vec::new(),
            cid_widths: HashMap::new(),
            default_width: 0.0,
            width_scale: 0.001,
            name,
        };
        let descriptor;
        match kind {
            Kind::Composite => {
                let descendant = deref(doc, dict.get(b"DescendantFonts").ok())
                    .and_then(|o| o.as_array().ok())
                    .and_then(|a| deref(doc, a.first()))
                    .and_then(|o| o.as_dict().ok());
                font.load_codespace(doc, dict, limits);
                if let Some(desc) = descendant {
                    font.load_cid_widths(doc, desc);
                    font.load_cid_to_gid(doc, desc, limits);
                    descriptor = font_descriptor(doc, desc);
                    if font.to_unicode.is_none() {
                        if let Some(fd) = descriptor {
                            font.load_gid_unicode(doc, fd, limits);
                        }
                    }
                } else {
                    descriptor = None;
                    font.default_width = 1000.0;
                }
            }
            Kind::Simple | Kind::Type3 => {
                descriptor = font_descriptor(doc, dict);
                font.load_simple_widths(doc, dict, descriptor);
                font.simple = simple_table(doc, dict, descriptor, &font.name, limits);
                if kind == Kind::Type3 {
                    if let Some(m) = deref(doc, dict.get(b"FontMatrix").ok())
                        .and_then(|o| o.as_array().ok())
                        .and_then(|a| a.first())
                        .and_then(|o| o.as_float().ok())
                    {
                        if m.is_finite() && m.abs() < 10.0 {
                            font.width_scale = m.abs();
                        }
                    }
                }
            }
        }
        font.bold = is_bold(doc, &font.name, descriptor);
        font
    }

    /// Splits a shown string into codes.
    pub fn codes(&self, bytes: &[u8], out: &mut Vec<Code>) {
        out.clear();
        if self.kind != Kind::Composite {
            out.extend(bytes.iter().map(|&b| Code {
                code: u32::from(b),
                is_space_byte: b == 32,
            }));
            return;
        }
        let mut i = 0;
        while i < bytes.len() {
            let len = self.code_len(&bytes[i..]);
            let end = (i + len).min(bytes.len());
            let code = bytes[i..end]
                .iter()
                .fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
            out.push(Code {
                code,
                is_space_byte: end - i == 1 && code == 32,
            });
            i = end;
        }
    }

    fn code_len(&self, rest: &[u8]) -> usize {
        if self.codespace.is_empty() {
            return 2;
        }
        for len in 1..=4usize {
            if rest.len() < len {
                break;
            }
            let code = rest[..len]
                .iter()
                .fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
            if self
                .codespace
                .iter()
                .any(|r| usize::from(r.len) == len && (r.lo..=r.hi).contains(&code))
            {
                return len;
            }
        }
        1
    }

    /// The Unicode text of `code`, or `None` when nothing maps it.
    pub fn unicode(&self, code: u32) -> Option<Cow<'_, str>> {
        if let Some(cmap) = &self.to_unicode {
            if let Some(s) = cmap.get(code) {
                if !s.is_empty() && s != "\0" {
                    return Some(Cow::Borrowed(s));
                }
            } else if let Some(s) = cmap.lookup(code) {
                if !s.is_empty() && s != "\0" {
                    return Some(Cow::Owned(s));
                }
            }
        }
        match self.kind {
            Kind::Simple | Kind::Type3 => self
                .simple
                .get(code as usize)
                .and_then(|s| s.as_deref())
                .map(Cow::Borrowed),
            Kind::Composite => {
                let gid = match &self.cid_to_gid {
                    Some(map) => *map.get(code as usize)?,
                    None => u16::try_from(code).ok()?,
                };
                self.gid_unicode
                    .get(&gid)
                    .map(|c| Cow::Owned(c.to_string()))
            }
        }
    }

    /// Advance width of `code` in glyph space units (1/1000 em for all but
    /// Type3 fonts).
    pub fn width(&self, code: u32) -> f32 {
        match self.kind {
            Kind::Composite => self
                .cid_widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width),
            Kind::Simple | Kind::Type3 => code
                .checked_sub(self.first_char)
                .and_then(|i| self.widths.get(i as usize))
                .copied()
                .filter(|w| *w > 0.0 || self.kind == Kind::Type3)
                .unwrap_or_else(|| {
                    if self.default_width > 0.0 {
                        self.default_width
                    } else {
                        standard_width(&self.name, code)
                    }
                }),
        }
    }

    fn load_codespace(&mut self, doc: &Document, dict: &Dictionary, limits: &Limits) {
        match deref(doc, dict.get(b"Encoding").ok()) {
            Some(Object::Stream(s)) => {
                if let Some(data) = limits.stream_content(s) {
                    self.codespace = CMap::parse(&data).codespace;
                }
            }
            Some(Object::Name(n)) if n.starts_with(b"Identity") => {}
            _ => {}
        }
    }

    fn load_cid_widths(&mut self, doc: &Document, desc: &Dictionary) {
        self.default_width = deref(doc, desc.get(b"DW").ok())
            .and_then(|o| o.as_float().ok())
            .unwrap_or(1000.0);
        let Some(w) = deref(doc, desc.get(b"W").ok()).and_then(|o| o.as_array().ok()) else {
            return;
        };
        let mut i = 0;
        while i < w.len() && self.cid_widths.len() < 200_000 {
            let Some(first) = deref(doc, Some(&w[i])).and_then(|o| o.as_float().ok()) else {
                break;
            };
            let first = first.max(0.0) as u32;
            match deref(doc, w.get(i + 1)) {
                Some(Object::Array(list)) => {
                    for (k, o) in list.iter().enumerate() {
                        if let Some(v) = deref(doc, Some(o)).and_then(|o| o.as_float().ok()) {
                            self.cid_widths.insert(first.saturating_add(k as u32), v);
                        }
                    }
                    i += 2;
                }
                Some(o) => {
                    let last = o.as_float().unwrap_or(0.0).max(0.0) as u32;
                    let v = deref(doc, w.get(i + 2))
                        .and_then(|o| o.as_float().ok())
                        .unwrap_or(self.default_width);
                    let last = last.min(first.saturating_add(65_535));
                    for c in first..=last {
                        self.cid_widths.insert(c, v);
                    }
                    i += 3;
                }
                None => break,
            }
        }
    }

    fn load_cid_to_gid(&mut self, doc: &Document, desc: &Dictionary, limits: &Limits) {
        if let Some(Object::Stream(s)) = deref(doc, desc.get(b"CIDToGIDMap").ok()) {
            if let Some(data) = limits.stream_content(s) {
                self.cid_to_gid = Some(
                    data.chunks_exact(2)
                        .map(|c| u16::from_be_bytes([c[0], c[1]]))
                        .collect(),
                );
            }
        }
    }

    fn load_gid_unicode(&mut self, doc: &Document, fd: &Dictionary, limits: &Limits) {
        let Some(Object::Stream(s)) = deref(doc, fd.get(b"FontFile2").ok()) else {
            return;
        };
        let Some(data) = limits.stream_content(s) else {
            return;
        };
        self.gid_unicode = reverse_cmap(&data);
    }

    fn load_simple_widths(
        &mut self,
        doc: &Document,
        dict: &Dictionary,
        descriptor: Option<&Dictionary>,
    ) {
        self.first_char = deref(doc, dict.get(b"FirstChar").ok())
            .and_then(|o| o.as_float().ok())
            .map_or(0, |f| f.clamp(0.0, 255.0) as u32);
        if let Some(ws) = deref(doc, dict.get(b"Widths").ok()).and_then(|o| o.as_array().ok()) {
            self.widths = ws
                .iter()
                .take(256)
                .map(|o| {
                    deref(doc, Some(o))
                        .and_then(|o| o.as_float().ok())
                        .unwrap_or(0.0)
                })
                .collect();
        }
        self.default_width = descriptor
            .and_then(|d| deref(doc, d.get(b"MissingWidth").ok()))
            .and_then(|o| o.as_float().ok())
            .unwrap_or(0.0);
    }
}

/// Glyph id → Unicode from the Unicode subtables of a TrueType/OpenType
/// font's cmap (first code point wins).
pub(crate) fn reverse_cmap(data: &[u8]) -> HashMap<u16, char> {
    let mut map = HashMap::new();
    let Ok(face) = ttf_parser::Face::parse(data, 0) else {
        return map;
    };
    let Some(cmap) = face.tables().cmap else {
        return map;
    };
    for sub in cmap.subtables {
        if !sub.is_unicode() {
            continue;
        }
        sub.codepoints(|cp| {
            if map.len() > 70_000 {
                return;
            }
            if let (Some(gid), Some(ch)) = (sub.glyph_index(cp), char::from_u32(cp)) {
                map.entry(gid.0).or_insert(ch);
            }
        });
    }
    map
}

fn font_descriptor<'a>(doc: &'a Document, dict: &'a Dictionary) -> Option<&'a Dictionary> {
    deref(doc, dict.get(b"FontDescriptor").ok()).and_then(|o| o.as_dict().ok())
}

fn is_bold(doc: &Document, name: &str, descriptor: Option<&Dictionary>) -> bool {
    let lower = name.to_ascii_lowercase();
    if ["bold", "black", "heavy", "semibd", "demi", ",bd", "-bd"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return true;
    }
    let Some(fd) = descriptor else {
        return false;
    };
    let weight = deref(doc, fd.get(b"FontWeight").ok()).and_then(|o| o.as_float().ok());
    let flags = deref(doc, fd.get(b"Flags").ok()).and_then(|o| o.as_i64().ok());
    weight.is_some_and(|w| w >= 600.0) || flags.is_some_and(|f| f & (1 << 18) != 0)
}

/// The per-byte Unicode table of a simple font from its encoding.
fn simple_table(
    doc: &Document,
    dict: &Dictionary,
    descriptor: Option<&Dictionary>,
    name: &str,
    limits: &Limits,
) -> Vec<Option<Box<str>>> {
    let symbolic = descriptor
        .and_then(|d| deref(doc, d.get(b"Flags").ok()))
        .and_then(|o| o.as_i64().ok())
        .is_some_and(|f| f & 4 != 0);
    let is_truetype = name_of(doc, dict, b"Subtype").as_deref() == Some(b"TrueType".as_slice());
    let encoding = deref(doc, dict.get(b"Encoding").ok());
    let (base_name, differences): (Option<Vec<u8>>, Option<&Vec<Object>>) = match encoding {
        Some(Object::Name(n)) => (Some(n.clone()), None),
        Some(Object::Dictionary(d)) => (
            name_of(doc, d, b"BaseEncoding"),
            deref(doc, d.get(b"Differences").ok()).and_then(|o| o.as_array().ok()),
        ),
        _ => (None, None),
    };
    let mut table: Vec<Option<Box<str>>> = match &base_name {
        Some(n) => base_encoding(n),
        None => {
            let builtin = descriptor.and_then(|fd| {
                type1_builtin_encoding(doc, fd, limits)
                    .or_else(|| cff_builtin_encoding(doc, fd, limits))
            });
            match builtin {
                Some(t) => t,
                None if lower_contains(name, "symbol") => symbol_table(),
                None if lower_contains(name, "wingding") || lower_contains(name, "dingbat") => {
                    wingdings_table()
                }
                None if symbolic && is_truetype => latin1_table(),
                None if is_truetype => base_encoding(b"WinAnsiEncoding"),
                None => base_encoding(b"StandardEncoding"),
            }
        }
    };
    if let Some(diffs) = differences {
        let mut code: usize = 0;
        for item in diffs {
            match deref(doc, Some(item)) {
                Some(Object::Integer(n)) => code = (*n).clamp(0, 255) as usize,
                Some(Object::Name(glyph)) => {
                    if code < 256 {
                        table[code] = glyph_name_to_unicode(glyph).map(String::into_boxed_str);
                    }
                    code += 1;
                }
                _ => {}
            }
        }
    }
    table
}

fn lower_contains(name: &str, needle: &str) -> bool {
    name.to_ascii_lowercase().contains(needle)
}

/// A base encoding by name as a per-byte table, from lopdf's tables.
fn base_encoding(name: &[u8]) -> Vec<Option<Box<str>>> {
    let name: &[u8] = match name {
        b"WinAnsiEncoding" | b"MacRomanEncoding" | b"MacExpertEncoding" | b"StandardEncoding" => {
            name
        }
        _ => b"StandardEncoding",
    };
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Font".to_vec()));
    dict.set("Encoding", Object::Name(name.to_vec()));
    let doc = Document::new();
    let Ok(enc) = dict.get_font_encoding(&doc) else {
        return vec![None; 256];
    };
    (0u8..=255)
        .map(|b| {
            enc.bytes_to_string(&[b])
                .ok()
                .filter(|s| !s.is_empty())
                .map(String::into_boxed_str)
        })
        .collect()
}

fn latin1_table() -> Vec<Option<Box<str>>> {
    (0u32..256)
        .map(|b| {
            let b = if b >= 0x20 { b } else { 0 };
            char::from_u32(b)
                .filter(|c| !c.is_control())
                .map(|c| c.to_string().into_boxed_str())
        })
        .collect()
}

/// The few Symbol-font codes that matter in letters: bullets and dashes.
fn symbol_table() -> Vec<Option<Box<str>>> {
    let mut t = latin1_table();
    for (code, s) in [
        (0xB7, "•"),
        (0x2D, "−"),
        (0xAE, "→"),
        (0xD7, "·"),
        (0xA7, "♣"),
    ] {
        t[code] = Some(s.into());
    }
    t
}

/// Wingdings codes used as bullets in Word documents.
fn wingdings_table() -> Vec<Option<Box<str>>> {
    let mut t: Vec<Option<Box<str>>> = vec![None; 256];
    for (code, s) in [
        (0x6C, "●"),
        (0x6E, "■"),
        (0x71, "❑"),
        (0x76, "❖"),
        (0x77, "⬥"),
        (0xA7, "▪"),
        (0xD8, "➢"),
        (0xE0, "→"),
        (0xE8, "➔"),
        (0xF0, "⇨"),
        (0xFB, "✗"),
        (0xFC, "✓"),
        (0x9F, "•"),
    ] {
        t[code] = Some(s.into());
    }
    t
}

/// The built-in encoding of an embedded Type 1 font (`dup 65 /A put`).
fn type1_builtin_encoding(
    doc: &Document,
    fd: &Dictionary,
    limits: &Limits,
) -> Option<Vec<Option<Box<str>>>> {
    let Some(Object::Stream(s)) = deref(doc, fd.get(b"FontFile").ok()) else {
        return None;
    };
    let data = limits.stream_content(s)?;
    let clear_len = deref(doc, s.dict.get(b"Length1").ok())
        .and_then(|o| o.as_i64().ok())
        .map_or(data.len(), |l| (l.max(0) as usize).min(data.len()));
    let clear = &data[..clear_len];
    let text = String::from_utf8_lossy(clear);
    if text.contains("/Encoding StandardEncoding") {
        return None;
    }
    let mut table: Vec<Option<Box<str>>> = vec![None; 256];
    let mut found = false;
    let mut words = text.split_ascii_whitespace().peekable();
    while let Some(w) = words.next() {
        if w != "dup" {
            continue;
        }
        let (Some(code), Some(name)) = (words.next(), words.next()) else {
            break;
        };
        let (Ok(code), Some(name)) = (code.parse::<usize>(), name.strip_prefix('/')) else {
            continue;
        };
        if code < 256 {
            table[code] = glyph_name_to_unicode(name.as_bytes()).map(String::into_boxed_str);
            found = true;
        }
    }
    found.then_some(table)
}

/// The built-in encoding of an embedded CFF font (`/FontFile3`, Type1C):
/// code → glyph id (CFF encoding and charset) → glyph name → Unicode.
fn cff_builtin_encoding(
    doc: &Document,
    fd: &Dictionary,
    limits: &Limits,
) -> Option<Vec<Option<Box<str>>>> {
    let Some(Object::Stream(s)) = deref(doc, fd.get(b"FontFile3").ok()) else {
        return None;
    };
    let data = limits.stream_content(s)?;
    let table = ttf_parser::cff::Table::parse(&data)?;
    let mut found = false;
    let out = (0u8..=255)
        .map(|code| {
            let gid = table.glyph_index(code).filter(|g| g.0 != 0)?;
            let name = table.glyph_name(gid)?;
            let text = glyph_name_to_unicode(name.as_bytes())?;
            found = true;
            Some(text.into_boxed_str())
        })
        .collect();
    found.then_some(out)
}

thread_local! {
    static GLYPH_CACHE: std::cell::RefCell<HashMap<Vec<u8>, Option<String>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// Unicode for a glyph name: the Adobe Glyph List (through lopdf), then
/// `uniXXXX…`, `uXXXX[XX]`, `a_b_c` ligature names and `name.suffix`.
pub(crate) fn glyph_name_to_unicode(name: &[u8]) -> Option<String> {
    if let Some(hit) = GLYPH_CACHE.with(|c| c.borrow().get(name).cloned()) {
        return hit;
    }
    let result = resolve_glyph_name(name, 0);
    GLYPH_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() < 100_000 {
            c.insert(name.to_vec(), result.clone());
        }
    });
    result
}

fn resolve_glyph_name(name: &[u8], depth: u8) -> Option<String> {
    if name.is_empty() || name == b".notdef" || depth > 3 || name.len() > 128 {
        return None;
    }
    if let Some(s) = agl_lookup(name) {
        return Some(s);
    }
    let text = std::str::from_utf8(name).ok()?;
    if let Some((base, _suffix)) = text.split_once('.') {
        return resolve_glyph_name(base.as_bytes(), depth + 1);
    }
    if text.contains('_') {
        let parts: Option<String> = text
            .split('_')
            .map(|p| resolve_glyph_name(p.as_bytes(), depth + 1))
            .collect();
        return parts;
    }
    if let Some(hex) = text.strip_prefix("uni") {
        if hex.len() >= 4 && hex.len() % 4 == 0 && hex.is_ascii() {
            let units: Option<Vec<u16>> = (0..hex.len() / 4)
                .map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).ok())
                .collect();
            return units.map(|u| String::from_utf16_lossy(&u));
        }
    }
    if let Some(hex) = text.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) && hex.is_ascii() {
            return u32::from_str_radix(hex, 16)
                .ok()
                .and_then(char::from_u32)
                .map(String::from);
        }
    }
    None
}

/// The Adobe Glyph List lookup that lopdf has built in, reached through a
/// one-entry `/Differences` encoding.
fn agl_lookup(name: &[u8]) -> Option<String> {
    let mut enc = Dictionary::new();
    enc.set(
        "Differences",
        Object::Array(vec![Object::Integer(0), Object::Name(name.to_vec())]),
    );
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Font".to_vec()));
    dict.set("Encoding", Object::Dictionary(enc));
    let doc = Document::new();
    let enc = dict.get_font_encoding(&doc).ok()?;
    if !matches!(enc, lopdf::Encoding::Differences(_)) {
        return None;
    }
    enc.bytes_to_string(&[0]).ok().filter(|s| !s.is_empty())
}

/// Follows a reference (bounded) to the object it names.
pub(crate) fn deref<'a>(doc: &'a Document, mut obj: Option<&'a Object>) -> Option<&'a Object> {
    for _ in 0..16 {
        match obj? {
            Object::Reference(id) => obj = doc.get_object(*id).ok(),
            other => return Some(other),
        }
    }
    None
}

fn name_of(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<Vec<u8>> {
    deref(doc, dict.get(key).ok())
        .and_then(|o| o.as_name().ok())
        .map(<[u8]>::to_vec)
}

/// Approximate widths for the standard 14 fonts when a PDF gives none.
fn standard_width(name: &str, code: u32) -> f32 {
    const HELVETICA: [u16; 95] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
        556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
        722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
        667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
        556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
        500, 334, 260, 334, 584,
    ];
    const TIMES: [u16; 95] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500,
        500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
        722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
        722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
        500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
        444, 480, 200, 480, 541,
    ];
    let lower = name.to_ascii_lowercase();
    if lower.contains("courier") || lower.contains("mono") {
        return 600.0;
    }
    let table = if lower.contains("times") || lower.contains("roman") || lower.contains("serif") {
        &TIMES
    } else {
        &HELVETICA
    };
    match code {
        32..=126 => f32::from(table[(code - 32) as usize]),
        _ => f32::from(table[(u32::from(b'e') - 32) as usize]),
    }
}

#[cfg(test)]
mod tests;
