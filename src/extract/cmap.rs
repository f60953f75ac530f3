//! A small, lenient parser for CMap streams: `/ToUnicode` maps (bfchar,
//! bfrange with array targets, UTF-16 surrogates, multi-character targets)
//! and the code space ranges of embedded encoding CMaps.

use std::collections::HashMap;

/// Ranges wider than this are kept as ranges instead of being expanded.
const EXPAND_LIMIT: u32 = 4096;
/// Upper bound on the number of mappings read from one CMap (hostile input).
const MAX_ENTRIES: usize = 400_000;

/// One code space range: codes of `len` bytes between `lo` and `hi`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CodeRange {
    pub lo: u32,
    pub hi: u32,
    pub len: u8,
}

/// A parsed CMap: code space ranges and code → Unicode mappings.
#[derive(Debug, Default)]
pub(crate) struct CMap {
    pub codespace: Vec<CodeRange>,
    chars: HashMap<u32, Box<str>>,
    /// Wide bfranges: (lo, hi, UTF-16 units of the target for `lo`).
    ranges: Vec<(u32, u32, Vec<u16>)>,
}

impl CMap {
    /// The Unicode text for `code`, if the CMap maps it.
    pub fn get(&self, code: u32) -> Option<&str> {
        if let Some(s) = self.chars.get(&code) {
            return Some(s);
        }
        None
    }

    /// Like [`CMap::get`], but also looks in wide ranges (allocates).
    pub fn lookup(&self, code: u32) -> Option<String> {
        if let Some(s) = self.get(code) {
            return Some(s.to_string());
        }
        self.ranges
            .iter()
            .find(|(lo, hi, _)| (*lo..=*hi).contains(&code))
            .map(|(lo, _, base)| utf16_offset(base, code - lo))
    }

    /// Whether the CMap maps nothing.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty() && self.ranges.is_empty()
    }

    /// Parses CMap source text; never fails, unreadable parts are skipped.
    pub fn parse(data: &[u8]) -> CMap {
        let tokens = tokenize(data);
        let mut cmap = CMap::default();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                Tok::Word(w) if w == b"begincodespacerange" => {
                    i += 1;
                    while i + 1 < tokens.len() {
                        match (&tokens[i], &tokens[i + 1]) {
                            (Tok::Hex(lo), Tok::Hex(hi)) => {
                                if let (Some(l), Some(h)) = (be(lo), be(hi)) {
                                    cmap.codespace.push(CodeRange {
                                        lo: l,
                                        hi: h,
                                        len: lo.len().clamp(1, 4) as u8,
                                    });
                                }
                                i += 2;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(w) if w == b"beginbfchar" => {
                    i += 1;
                    while i + 1 < tokens.len() && cmap.chars.len() < MAX_ENTRIES {
                        match (&tokens[i], &tokens[i + 1]) {
                            (Tok::Hex(src), Tok::Hex(dst)) => {
                                if let Some(code) = be(src) {
                                    cmap.insert(code, &utf16_units(dst));
                                }
                                i += 2;
                            }
                            (Tok::Hex(src), Tok::Name(name)) => {
                                if let (Some(code), Some(text)) =
                                    (be(src), super::fonts::glyph_name_to_unicode(name))
                                {
                                    cmap.chars.insert(code, text.into_boxed_str());
                                }
                                i += 2;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(w) if w == b"beginbfrange" => {
                    i += 1;
                    i = cmap.parse_bfranges(&tokens, i);
                }
                _ => i += 1,
            }
        }
        cmap
    }

    fn parse_bfranges(&mut self, tokens: &[Tok], mut i: usize) -> usize {
        while i + 2 < tokens.len() && self.chars.len() < MAX_ENTRIES {
            let (Tok::Hex(lo), Tok::Hex(hi)) = (&tokens[i], &tokens[i + 1]) else {
                break;
            };
            let (Some(lo), Some(hi)) = (be(lo), be(hi)) else {
                i += 3;
                continue;
            };
            match &tokens[i + 2] {
                Tok::Hex(dst) => {
                    let base = utf16_units(dst);
                    if hi >= lo && hi - lo < EXPAND_LIMIT {
                        for off in 0..=(hi - lo) {
                            let text = utf16_offset(&base, off);
                            self.chars.insert(lo + off, text.into_boxed_str());
                        }
                    } else if hi >= lo {
                        self.ranges.push((lo, hi, base));
                    }
                    i += 3;
                }
                Tok::Open => {
                    let mut j = i + 3;
                    let mut code = lo;
                    while j < tokens.len() {
                        match &tokens[j] {
                            Tok::Hex(dst) => {
                                if code <= hi {
                                    self.insert(code, &utf16_units(dst));
                                }
                                code = code.saturating_add(1);
                            }
                            Tok::Close => break,
                            _ => {}
                        }
                        j += 1;
                    }
                    i = j + 1;
                }
                _ => break,
            }
        }
        i
    }

    fn insert(&mut self, code: u32, units: &[u16]) {
        let text = String::from_utf16_lossy(units);
        self.chars.insert(code, text.into_boxed_str());
    }
}

/// The target of a bfrange for `lo + off`: the last UTF-16 unit incremented.
fn utf16_offset(base: &[u16], off: u32) -> String {
    let mut units = base.to_vec();
    if let Some(last) = units.last_mut() {
        *last = last.wrapping_add(off as u16);
    }
    String::from_utf16_lossy(&units)
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    if bytes.len() == 1 {
        return vec![u16::from(bytes[0])];
    }
    bytes
        .chunks(2)
        .map(|c| {
            if c.len() == 2 {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                u16::from(c[0])
            }
        })
        .collect()
}

/// A big-endian code of 1 to 4 bytes.
fn be(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    Some(bytes.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)))
}

#[derive(Debug, PartialEq)]
enum Tok {
    Hex(Vec<u8>),
    Name(Vec<u8>),
    Word(Vec<u8>),
    Open,
    Close,
}

fn tokenize(data: &[u8]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        match c {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' => i += 1,
            b'<' => {
                i += 1;
                let mut digits = Vec::new();
                while i < data.len() && data[i] != b'>' {
                    if data[i].is_ascii_hexdigit() {
                        digits.push(data[i]);
                    }
                    i += 1;
                }
                i += 1;
                if digits.len() % 2 == 1 {
                    digits.push(b'0');
                }
                let bytes = digits
                    .chunks(2)
                    .map(|p| (hex_val(p[0]) << 4) | hex_val(p[1]))
                    .collect();
                out.push(Tok::Hex(bytes));
            }
            b'[' => {
                out.push(Tok::Open);
                i += 1;
            }
            b']' => {
                out.push(Tok::Close);
                i += 1;
            }
            b'(' => {
                // Literal strings occur in the CIDSystemInfo; skip them.
                let mut depth = 0usize;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'/' => {
                let start = i + 1;
                i += 1;
                while i < data.len() && is_regular(data[i]) {
                    i += 1;
                }
                out.push(Tok::Name(data[start..i].to_vec()));
            }
            c if c.is_ascii_whitespace() || c == 0 => i += 1,
            _ => {
                let start = i;
                while i < data.len() && is_regular(data[i]) {
                    i += 1;
                }
                if i == start {
                    i += 1;
                } else {
                    out.push(Tok::Word(data[start..i].to_vec()));
                }
            }
        }
    }
    out
}

fn is_regular(c: u8) -> bool {
    !c.is_ascii_whitespace() && c != 0 && !b"()<>[]{}/%".contains(&c)
}

fn hex_val(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0,
    }
}

#[cfg(test)]
mod tests;
