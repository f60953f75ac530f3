use super::*;

fn page(glyphs: &[(&str, f32, f32, f32)]) -> PageGlyphs {
    let mut p = PageGlyphs {
        width: 600.0,
        height: 800.0,
        ..PageGlyphs::default()
    };
    for (t, x, y, adv) in glyphs {
        let start = p.text.len() as u32;
        p.text.push_str(t);
        p.glyphs.push(Glyph {
            start,
            end: p.text.len() as u32,
            x: *x,
            y: *y,
            adv: *adv,
            size: 10.0,
            bold: false,
            artifact: false,
            rotated: false,
            tilt: 0.0,
        });
    }
    p
}

/// Which lines start a paragraph, on a page of `lines` (text, baseline,
/// advance) that each start at x = 78.
fn paragraph_starts(lines: &[(&str, f32, f32)]) -> Vec<bool> {
    let glyphs: Vec<_> = lines.iter().map(|&(t, y, adv)| (t, 78.0, y, adv)).collect();
    build_lines(&page(&glyphs)).iter().map(|l| l.para).collect()
}

#[test]
fn spaces_from_gaps_and_lines_from_baselines() {
    let p = page(&[
        ("ab", 10.0, 100.0, 10.0),
        ("cd", 20.5, 100.0, 10.0),
        ("ef", 33.0, 100.0, 10.0),
        ("gh", 10.0, 112.0, 10.0),
    ]);
    let lines = build_lines(&p);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["abcd ef", "gh"]);
    assert!(lines[0].para && !lines[1].para);
}

#[test]
fn duplicates_dropped_superscript_kept() {
    let p = page(&[
        ("A", 10.0, 100.0, 7.0),
        ("A", 10.3, 100.0, 7.0),
        ("4", 17.0, 96.0, 4.0),
    ]);
    let mut p = p;
    p.glyphs[2].size = 6.0;
    assert_eq!(build_lines(&p)[0].text, "A4");
}

/// QA35c: a footnote's mark raised in a smaller size right after a figure
/// (`circa 5.900¹`) is written in superscript digits, not read into the
/// figure (`5.9001`); a digit in the line's own size and baseline stays a
/// digit, and so does a small raised one after a letter.
#[test]
fn a_raised_mark_after_a_figure_is_no_digit_of_it() {
    let mut p = page(&[
        ("5", 10.0, 100.0, 5.0),
        (".", 15.0, 100.0, 2.5),
        ("9", 17.5, 100.0, 5.0),
        ("0", 22.5, 100.0, 5.0),
        ("0", 27.5, 100.0, 5.0),
        ("1", 32.5, 96.0, 3.0),
        ("2", 35.5, 96.0, 3.0),
        (".", 38.5, 100.0, 2.5),
    ]);
    p.glyphs[5].size = 6.0;
    p.glyphs[6].size = 6.0;
    assert_eq!(build_lines(&p)[0].text, "5.900¹².");
    let p = page(&[
        ("5", 10.0, 100.0, 5.0),
        (".", 15.0, 100.0, 2.5),
        ("9", 17.5, 100.0, 5.0),
        ("0", 22.5, 100.0, 5.0),
        ("1", 27.5, 100.0, 5.0),
    ]);
    assert_eq!(build_lines(&p)[0].text, "5.901");
}

/// QA27: a footnote's number raised in the note's own size (`¹ Uit
/// onze ...`) opens the note's line, on the note's baseline; a lone number
/// a line above, or far to the left, stays a line of its own.
#[test]
fn a_raised_note_number_in_the_notes_size_opens_its_line() {
    let p = page(&[
        ("1", 10.0, 696.0, 5.0),
        (" ", 15.0, 700.0, 2.5),
        ("Uit", 17.5, 700.0, 15.0),
        ("onze", 35.0, 700.0, 20.0),
    ]);
    let lines = build_lines(&p);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["1 Uit onze"]);
    assert_eq!(lines[0].y, 700.0);
    // A number on the line above, and one set apart before a column.
    for glyphs in [
        [("12", 10.0, 690.0, 10.0), ("Uit", 10.0, 700.0, 15.0)],
        [("12", 10.0, 696.0, 10.0), ("Uit", 40.0, 700.0, 15.0)],
    ] {
        let lines = build_lines(&page(&glyphs));
        assert_eq!(lines.len(), 2, "{glyphs:?}");
    }
}

#[test]
fn footer_block_drawn_first_goes_last() {
    let p = page(&[
        ("voetregel", 10.0, 780.0, 40.0),
        ("titel", 10.0, 100.0, 20.0),
        ("tekst", 10.0, 112.0, 20.0),
    ]);
    let texts: Vec<String> = build_lines(&p).into_iter().map(|l| l.text).collect();
    assert_eq!(texts, ["titel", "tekst", "voetregel"]);
}

#[test]
fn one_line_paragraphs_of_a_short_letter_are_paragraphs() {
    // Every line is its own paragraph, evenly spaced: no line shows
    // where the text block ends, the page's width does.
    let paras = paragraph_starts(&[
        ("Ik reageer op de visie.", 100.0, 120.0),
        ("De wachttijd is te lang, dat moet korter.", 124.0, 250.0),
        ("Ook mis ik aandacht voor ouderen.", 148.0, 190.0),
        ("Met vriendelijke groet,", 172.0, 110.0),
    ]);
    assert_eq!(paras, [true, true, true, true]);
    // A sentence ending at the end of a full line does not end the
    // paragraph; one ending halfway along the next does.
    let paras = paragraph_starts(&[
        (
            "De wachttijd is te lang, dat moet echt korter worden.",
            100.0,
            440.0,
        ),
        (
            "Want wie belt wil dezelfde week geholpen worden en",
            112.0,
            438.0,
        ),
        ("niet pas na zes weken. Dat is nu de regel.", 124.0, 441.0),
        ("Dat moet anders.", 136.0, 90.0),
        ("Ook mis ik aandacht voor ouderen.", 148.0, 190.0),
    ]);
    assert_eq!(paras, [true, false, false, false, true]);
}

#[test]
fn space_after_short_paragraphs_is_a_paragraph_gap() {
    // Two-line paragraphs, 12 pt apart inside, 16 pt between: most
    // steps are gaps, and the last line of each paragraph is full.
    let mut lines = Vec::new();
    let mut y = 100.0;
    for i in 0..4 {
        lines.push((
            "Een volle regel tekst van de alinea die tot de rand",
            y,
            440.0,
        ));
        y += 12.0;
        let end = if i % 2 == 0 {
            "loopt. Zo gaat het verder."
        } else {
            "loopt en eindigt hier wel."
        };
        lines.push((end, y, 439.0));
        y += 16.0;
    }
    let paras = paragraph_starts(&lines);
    assert_eq!(paras, [true, false, true, false, true, false, true, false]);
}

#[test]
fn list_items() {
    assert!(starts_list_item("• punt"));
    assert!(starts_list_item("1. Inleiding"));
    assert!(starts_list_item("a) onderdeel"));
    assert!(!starts_list_item("2020 was"));
    assert!(!starts_list_item("Midden-Holland"));
}

/// QA34b: an e-mail printed from Outlook sets its header labels in a
/// wide column (`Van:` at the margin, the value at the column's edge,
/// further apart than a line's largest gap): the label and its value are
/// one line, `Van: Kees Donker <...>`, as in the same header typed in a
/// `.txt`. A row of more cells stays as it is.
#[test]
fn a_label_in_a_wide_column_joins_its_value() {
    let p = page(&[
        ("Van:", 31.0, 100.0, 20.0),
        ("Kees Donker <kees@example.nl>", 116.0, 100.0, 150.0),
        ("Verzonden:", 31.0, 114.0, 50.0),
        ("vrijdag 9 oktober 2026 14:12", 116.0, 114.0, 140.0),
        ("Onderwerp:", 31.0, 128.0, 50.0),
        ("reactie", 116.0, 128.0, 35.0),
        ("Groet", 31.0, 160.0, 25.0),
    ]);
    let texts: Vec<String> = build_lines(&p).into_iter().map(|l| l.text).collect();
    assert_eq!(
        texts,
        [
            "Van: Kees Donker <kees@example.nl>",
            "Verzonden: vrijdag 9 oktober 2026 14:12",
            "Onderwerp: reactie",
            "Groet"
        ]
    );
    // A table row of three cells keeps its cells.
    let p = page(&[
        ("Thema:", 31.0, 100.0, 30.0),
        ("Opvang", 116.0, 100.0, 30.0),
        ("2027", 300.0, 100.0, 20.0),
    ]);
    assert_eq!(build_lines(&p).len(), 3);
}
