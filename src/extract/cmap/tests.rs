use super::*;

#[test]
fn bfchar_bfrange_and_arrays() {
    let src = b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange
            2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar
            2 beginbfrange <0041> <0043> <0061> <0050> <0051> [<00EB> <D835DC00>] endbfrange
            endcmap";
    let c = CMap::parse(src);
    assert_eq!(
        c.codespace,
        vec![CodeRange {
            lo: 0,
            hi: 0xFFFF,
            len: 2
        }]
    );
    assert_eq!(c.get(3), Some(" "));
    assert_eq!(c.get(0x11), Some("fi"));
    assert_eq!(c.get(0x42), Some("b"));
    assert_eq!(c.get(0x50), Some("ë"));
    assert_eq!(c.get(0x51), Some("𝐀"));
    assert_eq!(c.get(0x44), None);
}

#[test]
fn garbage_does_not_panic() {
    let c = CMap::parse(b"beginbfrange <00> <01> [<0041>] endbfrange <<<< ((( /x <12");
    assert_eq!(c.get(0), Some("A"));
    assert_eq!(c.get(5), None);
}
