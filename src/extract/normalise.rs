//! Character clean-up applied to every glyph's text: ligatures expanded
//! (NFKC on U+FB00–FB06 only), bullets from the Private Use Area of
//! Symbol/Wingdings fonts mapped to real bullets, control characters and
//! U+FFFD dropped, no-break spaces made plain.

use unicode_normalization::UnicodeNormalization;

/// Soft hyphen: a hyphenation point, removed inside lines.
pub(crate) const SOFT_HYPHEN: char = '\u{AD}';

/// Appends the cleaned-up form of `text` to `out`.
pub(crate) fn push_normalised(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\u{FB00}'..='\u{FB06}' => out.extend(c.to_string().nfkc()),
            '\u{A0}' | '\u{2007}' | '\u{202F}' | '\u{2002}'..='\u{200A}' => out.push(' '),
            '\u{FFFE}' => out.push(SOFT_HYPHEN),
            '\u{FFFD}' | '\u{200B}' | '\u{FEFF}' => {}
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            '\u{F0B7}' | '\u{F0A8}' | '\u{F06C}' | '\u{F09F}' => out.push('•'),
            '\u{F0A7}' | '\u{F06E}' => out.push('▪'),
            '\u{F076}' => out.push('❖'),
            '\u{F0D8}' => out.push('➢'),
            '\u{F0FC}' => out.push('✓'),
            '\u{F0E0}' | '\u{F0E8}' => out.push('→'),
            '\u{F02D}' => out.push('-'),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests;
