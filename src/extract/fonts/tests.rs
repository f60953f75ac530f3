use super::*;

#[test]
fn glyph_names() {
    assert_eq!(glyph_name_to_unicode(b"edieresis").as_deref(), Some("ë"));
    assert_eq!(glyph_name_to_unicode(b"uni00EB").as_deref(), Some("ë"));
    assert_eq!(glyph_name_to_unicode(b"u1F600").as_deref(), Some("😀"));
    assert_eq!(glyph_name_to_unicode(b"f_f_i").as_deref(), Some("\u{FB03}"));
    assert_eq!(glyph_name_to_unicode(b"T_h").as_deref(), Some("Th"));
    assert_eq!(glyph_name_to_unicode(b"a.sc").as_deref(), Some("a"));
    assert_eq!(glyph_name_to_unicode(b"g123"), None);
    assert_eq!(glyph_name_to_unicode(b".notdef"), None);
    assert_eq!(glyph_name_to_unicode("uniaaaéaaa".as_bytes()), None);
}

#[test]
fn winansi_table() {
    let t = base_encoding(b"WinAnsiEncoding");
    assert_eq!(t[0xEB].as_deref(), Some("ë"));
    assert_eq!(t[0x80].as_deref(), Some("€"));
    assert_eq!(t[0x93].as_deref(), Some("\u{201C}"));
}
