use super::*;

#[test]
fn empty_and_non_pdf_inputs_give_clear_errors() {
    assert!(matches!(
        extract_bytes("a.pdf", b""),
        Err(ExtractError::Empty { .. })
    ));
    for blank in [&b"   \n\n  \t\r\n"[..], b"\xEF\xBB\xBF \n", b"\n"] {
        let err = extract_bytes("spaties.txt", blank).unwrap_err();
        assert!(matches!(err, ExtractError::Blank { .. }), "{err}");
        assert_eq!(err.kind(), crate::model::ProblemKind::Empty);
        let message = err.to_string();
        assert!(message.contains("spaties.txt"), "{message}");
        assert!(message.contains("ask the sender"), "{message}");
    }
    assert!(extract_bytes("kort.txt", b"  Ja.\n").is_ok());
    let err = extract_bytes("brief.pdf", b"hello, not a pdf").unwrap_err();
    assert!(matches!(err, ExtractError::Corrupt { .. }));
    assert!(err.to_string().contains("brief.pdf"));
    let err = extract_bytes("x.pdf", b"PK\x03\x04....word/document.xml").unwrap_err();
    assert!(err.to_string().contains("Word"), "{err}");
    let err = extract_bytes("x.docx", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").unwrap_err();
    assert!(matches!(err, ExtractError::Unsupported { .. }));
    // A password-protected .docx is an OLE file with an
    // `EncryptedPackage` stream.
    let mut protected = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    protected.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let err = extract_bytes("beveiligd.docx", &protected).unwrap_err();
    assert!(matches!(err, ExtractError::Encrypted { .. }), "{err}");
    assert!(err.to_string().contains("password"), "{err}");
    let err = extract_bytes("x.msg", b"some bytes").unwrap_err();
    assert!(err.to_string().contains("Outlook"), "{err}");
    // A damaged Word or OpenDocument file (a ZIP without its parts)
    // is named by its extension, with a Word user's advice.
    for name in ["reactie Jan.docx", "brief.odt"] {
        let err = extract_bytes(name, b"PK\x03\x04 damaged").unwrap_err();
        let message = err.to_string();
        assert!(message.contains("export it as PDF"), "{message}");
        assert!(message.contains("new copy"), "{message}");
        assert!(!message.contains("unpack"), "{message}");
    }
    let err = extract_bytes("stukken.zip", b"PK\x03\x04 archive").unwrap_err();
    assert!(err.to_string().contains("unpack"), "{err}");
}

/// QA19: a photo of a letter saved as `.txt` was read as Windows-1252
/// text, its bytes published as comments; now it is named for what it
/// is, as are other binary files with a text name.
#[test]
fn images_and_binary_files_named_as_text_are_refused_with_advice() {
    // Bytes of every value but the text ones, as compressed data has.
    let noise: Vec<u8> = (0..4000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let with = |magic: &[u8]| [magic, &noise[..]].concat();
    for (name, bytes, says) in [
        ("foto.txt", with(&[0xFF, 0xD8, 0xFF, 0xE0]), "image"),
        ("scan.md", with(b"\x89PNG\r\n\x1a\n"), "image"),
        ("brief.txt", with(b"\x7fELF"), "program"),
        ("brief.txt", noise.clone(), "binary"),
    ] {
        let err = extract_bytes(name, &bytes).unwrap_err();
        assert!(
            matches!(err, ExtractError::Unsupported { .. }),
            "{name}: {err}"
        );
        let message = err.to_string();
        assert!(
            message.contains(name) && message.contains(says),
            "{message}"
        );
    }
    // Text stays text: UTF-16 with its NULs, Windows-1252, a form feed.
    let utf16: Vec<u8> = "1. Meer licht in het park, zegt Şahin.\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    // Review: UTF-16 without a byte order mark whose names have letters
    // of U+0100-U+017F (a byte 0x01 each: 3.3% of the bytes) was refused
    // as binary; it is counted as the text it reads as.
    let names: Vec<u8> =
        "1. Reactie van Łukasz Wiśniewski, Zdeněk Dvořák en Şükrü Çelik: meer licht.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
    let doc = extract_bytes("namen.txt", &names).unwrap();
    assert!(
        doc.pages[0].lines[0].text.contains("Dvořák"),
        "{:?}",
        doc.pages[0].lines
    );
    for text in [
        &utf16[..],
        b"1. Co\xf6rdinatie moet beter.\n",
        b"1. Punt.\x0c\n2. Punt.\n",
    ] {
        assert!(extract_bytes("brief.txt", text).is_ok());
    }
}

/// A one-page letter PDF with `objects` 1-5 as the QA cases build it:
/// catalog, page tree `kids`, the page, a font and its text.
fn letter_pdf(kids: &str, lines: &[&str]) -> (Vec<u8>, Vec<usize>) {
    let mut cs = String::from("BT /F1 11 Tf 72 780 Td 14 TL\n");
    for l in lines {
        cs.push_str(&format!("({l}) Tj T*\n"));
    }
    cs.push_str("ET");
    let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            format!("<< /Type /Pages /Kids [{kids}] /Count 1 >>"),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_string(),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
            format!("<< /Length {} >>\nstream\n{cs}\nendstream", cs.len()),
        ];
    pdf_of(&objects)
}

/// A PDF of `objects` (numbered from 1) with a right table of objects.
fn pdf_of(objects: &[String]) -> (Vec<u8>, Vec<usize>) {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in &offsets {
        pdf.extend(format!("{o:010} 00000 n \n").bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    (pdf, offsets)
}

const LETTER: [&str; 4] = [
    "Geachte werkgroep,",
    "1. Paragraaf 2.1 moet meer aandacht geven aan voorlichting.",
    "2. Voeg een norm voor de wachttijden toe.",
    "Stichting Heel",
];

/// QA19 truncated-pdf-called-scan: a PDF cut off in transfer (its
/// page's content, the xref and the trailer missing) was called a scan
/// needing OCR; it is damaged, and the sender is asked for it again.
#[test]
fn a_pdf_cut_off_in_transfer_is_damaged_not_a_scan() {
    let (pdf, offsets) = letter_pdf("3 0 R", &LETTER);
    assert!(extract_bytes("heel.pdf", &pdf).is_ok());
    for cut in [offsets[4] + 20, offsets[4] + 60] {
        let err = extract_bytes("afgebroken.pdf", &pdf[..cut]).unwrap_err();
        assert!(matches!(err, ExtractError::Damaged { .. }), "{err}");
        assert_eq!(err.kind(), crate::model::ProblemKind::Corrupt);
        let message = err.to_string();
        assert!(message.contains("afgebroken.pdf"), "{message}");
        assert!(message.contains("ask the sender"), "{message}");
        assert!(
            !message.contains("OCR") && !message.contains("scan"),
            "{message}"
        );
    }
    // Cut off before the page tree is complete, the file does not load:
    // still damaged, as it stops before its end marker.
    let err = extract_bytes("kort.pdf", &pdf[..offsets[1] + 10]).unwrap_err();
    assert!(matches!(err, ExtractError::Damaged { .. }), "{err}");
    // Content that is no content-stream syntax at all (nesting far
    // deeper than any real page): damaged too, not a scan.
    let deep = format!("{}BT /F1 11 Tf (tekst) Tj ET", "[".repeat(200_000));
    let (pdf, _) = letter_pdf("3 0 R", &[]);
    let text = String::from_utf8_lossy(&pdf).replace("BT /F1 11 Tf 72 780 Td 14 TL\nET", &deep);
    let text = text.replace("/Length 32", &format!("/Length {}", deep.len()));
    let err = extract_bytes("kapot.pdf", text.as_bytes()).unwrap_err();
    assert!(matches!(err, ExtractError::Damaged { .. }), "{err}");
}

/// QA23 truncated-pdf-called-scan: a PDF cut off after its last page
/// object (its xref and trailer missing) whose text still reads keeps
/// that text and says the file is incomplete; one whose remaining part
/// holds no text is damaged, not a scan needing OCR.
#[test]
fn a_pdf_cut_off_after_its_pages_keeps_its_text_and_says_it_is_incomplete() {
    let (pdf, _) = letter_pdf("3 0 R", &LETTER);
    let xref = String::from_utf8_lossy(&pdf)
        .find("xref\n")
        .unwrap_or(pdf.len());
    let doc = extract_bytes("half.pdf", &pdf[..xref]).unwrap();
    assert!(doc.text().contains("wachttijden"), "{}", doc.text());
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.contains("incomplete") && w.contains("ask the sender")),
        "{:?}",
        doc.warnings
    );
    // The same page without text: whole, a scan; cut off, damaged.
    let (pdf, _) = letter_pdf("3 0 R", &[]);
    let err = extract_bytes("leeg.pdf", &pdf).unwrap_err();
    assert!(matches!(err, ExtractError::NoText { .. }), "{err}");
    let xref = String::from_utf8_lossy(&pdf)
        .find("xref\n")
        .unwrap_or(pdf.len());
    let err = extract_bytes("leeg-half.pdf", &pdf[..xref]).unwrap_err();
    assert!(matches!(err, ExtractError::Damaged { .. }), "{err}");
    assert_eq!(err.kind(), crate::model::ProblemKind::Corrupt);
    let message = err.to_string();
    assert!(message.contains("ask the sender"), "{message}");
    assert!(
        !message.contains("OCR") && !message.contains("scan"),
        "{message}"
    );
}

/// A page whose content is missing beside pages that read: the text of
/// the complete pages is kept and the missing page is named.
#[test]
fn the_pages_that_survive_are_read_and_the_missing_page_named() {
    let (pdf, _) = letter_pdf("3 0 R 6 0 R", &LETTER);
    let text = String::from_utf8_lossy(&pdf).replace(
        "xref\n",
        "6 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>\nendobj\nxref\n",
    );
    // The xref no longer points right: lopdf rebuilds it by scanning.
    let doc = extract_bytes("half.pdf", text.as_bytes()).unwrap();
    assert!(doc.text().contains("wachttijden"), "{}", doc.text());
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.contains("page 2") && w.contains("ask the sender")),
        "{:?}",
        doc.warnings
    );
}

/// QA19 pdf-pagetree-loop-text-dropped: a page tree listing itself among
/// its kids read the one page three times, and every line then counted
/// as a running header. Each node is visited once, and the damage named.
#[test]
fn a_page_tree_that_loops_reads_each_page_once_and_says_so() {
    let (pdf, _) = letter_pdf("3 0 R 2 0 R", &LETTER);
    let doc = extract_bytes("lus.pdf", &pdf).unwrap();
    assert_eq!(doc.pages.len(), 1);
    let text = doc.text();
    for line in LETTER {
        assert!(text.contains(line), "{line} missing from {text}");
    }
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.contains("page tree is damaged")),
        "{:?}",
        doc.warnings
    );
    let (pdf, _) = letter_pdf("3 0 R", &LETTER);
    assert!(extract_bytes("heel.pdf", &pdf).unwrap().warnings.is_empty());
}

/// QA23 control-chars-in-filename-warnings: an error naming a file
/// showed its name raw, and the error is printed with its own line
/// breaks kept: a name's line feed or escape sequence shows escaped.
#[test]
fn an_error_shows_a_file_name_with_control_characters_escaped() {
    let err =
        extract_bytes("evil\nwarning: forged\u{1b}[2J\t.pdf", b"hello, not a pdf").unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with("`evil\\nwarning: forged\\x1b[2J\\t.pdf` is not a readable PDF"),
        "{message}"
    );
    assert!(!message.contains(['\n', '\u{1b}', '\t']), "{message}");
}

/// QA25: a submission's escape sequences reached the terminal (`comments`,
/// `status`) and the memo raw.
#[test]
fn control_characters_and_escape_sequences_are_not_part_of_the_text() {
    assert_eq!(
        without_control_characters("De opvang\u{1b}[2J\u{1b}[H is te klein.\u{7}"),
        "De opvang is te klein."
    );
    assert_eq!(
        without_control_characters("Titel\u{1b}]0;Alles goed\u{7} hier\u{1b}]2;x\u{1b}\\ en daar"),
        "Titel hier en daar"
    );
    assert_eq!(without_control_characters("a\tb\u{c}c\u{1b}7d"), "a\tbcd");
    assert_eq!(
        without_control_characters("Gewoon €, é en 😀."),
        "Gewoon €, é en 😀."
    );
    let doc = extract_bytes(
        "reactie.txt",
        b"De wachttijd\x1b[31m is te lang.\x1b[0m\n\nGroet,\nPetra\n",
    )
    .unwrap();
    let text: Vec<&str> = doc.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
    assert!(text.contains(&"De wachttijd is te lang."), "{text:?}");
}

/// QA26: an Apple Pages document (a ZIP of `Index/*.iwa` parts) was called
/// a "Word or OpenDocument file (possibly damaged)", with advice to open it
/// in the word processor or ask for a new copy; it is named for what it is.
#[test]
fn an_apple_pages_document_is_named_with_advice_that_works() {
    let pages = b"PK\x03\x04\x14\0\0\0\x08\0Index/Document.iwa compressed parts";
    for (name, what) in [
        ("reactie buurtvereniging.pages", "Apple Pages document"),
        ("reactie.zip", "Apple Pages, Numbers or Keynote document"),
        ("begroting.numbers", "Apple Numbers spreadsheet"),
    ] {
        let err = extract_bytes(name, pages).unwrap_err();
        assert!(matches!(err, ExtractError::Unsupported { .. }), "{err}");
        let message = err.to_string();
        assert!(message.contains(what), "{message}");
        assert!(message.contains("export it as PDF"), "{message}");
        assert!(
            !message.contains("damaged") && !message.contains("Word"),
            "{message}"
        );
    }
    // A Pages file that is no ZIP (or an older one) is named by its extension.
    let err = extract_bytes("oud.pages", b"some bytes").unwrap_err();
    assert!(err.to_string().contains("Pages"), "{err}");
}

/// QA28: a page turned by `/Rotate` over upright content (turned in a
/// viewer and saved), and text drawn turned on an upright page (a letter
/// printed sideways, an upside-down scan's OCR layer), are read in their
/// reading direction, line by line, as the upright page is; a short
/// sideways margin stamp on an upright page stays a line of its own at
/// the page's end.
#[test]
fn turned_pages_are_read_in_their_reading_direction() {
    use lopdf::dictionary;
    const LINES: &[&str] = &[
        "Zoeterhout, 10 oktober 2026",
        "Geachte leden van de werkgroep,",
        "1. In paragraaf 4.1 staat dat de voorlichting via scholen loopt. Ik vraag u ook de",
        "bibliotheken mee te nemen.",
        "Met vriendelijke groet,",
        "Dorpsstraat 12",
        "2316 XB Zoeterhout",
    ];
    let stream = |tm: &str, extra: &str| {
        let mut s = format!("BT /F1 11 Tf 14 TL {tm} Tm\n");
        for l in LINES {
            s.push_str(&format!("({l}) Tj T*\n"));
        }
        s.push_str("ET\n");
        s.push_str(extra);
        s
    };
    let read = |content: String, rotate: i64| -> Vec<String> {
        let bytes = test_pdf::one_page(595, 842, content, |_, _| {
            let page = if rotate == 0 {
                dictionary! {}
            } else {
                dictionary! { "Rotate" => rotate }
            };
            (page, dictionary! {})
        });
        let doc = extract_pdf("brief.pdf", &bytes).unwrap();
        doc.pages[0].lines.iter().map(|l| l.text.clone()).collect()
    };
    let upright = read(stream("1 0 0 1 60 790", ""), 0);
    assert_eq!(upright, LINES);
    for rotate in [90, 180, 270, -90, 450] {
        assert_eq!(
            read(stream("1 0 0 1 60 790", ""), rotate),
            upright,
            "/Rotate {rotate}"
        );
    }
    // Drawn turned: running up, upside down, running down.
    for tm in ["0 1 -1 0 60 60", "-1 0 0 -1 535 52", "0 -1 1 0 535 790"] {
        assert_eq!(read(stream(tm, ""), 0), upright, "Tm {tm}");
    }
    // Content drawn turned and compensated by `/Rotate` (as ocrmypdf
    // writes it) reads upright too.
    assert_eq!(read(stream("0 1 -1 0 60 60", ""), 90), upright);
    // A margin stamp running up beside upright text.
    let stamped = read(
        stream(
            "1 0 0 1 60 790",
            "BT /F1 8 Tf 0 1 -1 0 580 300 Tm (Ingekomen 12-10-2026) Tj ET\n",
        ),
        0,
    );
    assert_eq!(stamped[..LINES.len()], *LINES);
    assert_eq!(stamped[LINES.len()..], ["Ingekomen 12-10-2026"]);
}

/// A one-page PDF whose content draws `(x, y, size, text)` with `/F1`.
fn drawn(items: &[(f32, f32, f32, &str)], extra: &str) -> Vec<u8> {
    let mut content = String::new();
    for (x, y, size, text) in items {
        content.push_str(&format!(
            "BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET\n"
        ));
    }
    content.push_str(extra);
    test_pdf::one_page(595, 842, content, |_, _| Default::default())
}

fn texts(doc: &Document) -> Vec<String> {
    doc.pages[0].lines.iter().map(|l| l.text.clone()).collect()
}

const BODY: &[&str] = &[
    "De vraag naar woningen met zorg neemt snel toe in de regio.",
    "Het aantal inwoners van 75 jaar en ouder verdubbelt tot 2040,",
    "terwijl het aantal verpleeghuisplaatsen nauwelijks groeit.",
    "Tegelijk stromen meer mensen uit de maatschappelijke opvang.",
    "Deze regiovisie is opgesteld door een ambtelijke werkgroep",
    "van de acht gemeenten, met inbreng van de woningcorporaties.",
    "Rijnland heeft een groot tekort aan betaalbare huurwoningen.",
    "De gemiddelde inschrijfduur is opgelopen tot ruim negen jaar.",
];

/// An OCR layer as tesseract draws it over a scan turned slightly: each
/// line one text object whose matrix runs along the line's tilt
/// (`rise` per point), each word one string in invisible text (`3 Tr`),
/// squeezed by `Tz` to its box and placed by `Td` with a small step of
/// its own baseline.
fn ocr_layer(lines: &[&str], rise: f32) -> Vec<u8> {
    let mut content = String::from("BT 3 Tr /F1 10 Tf\n");
    let mut y = 700.0;
    for (i, line) in lines.iter().enumerate() {
        content.push_str(&format!("1 {rise} {} 1 72 {y} Tm\n", -rise));
        let mut steps = [-0.3f32, 0.2, -0.1, 0.25].iter().cycle().skip(i);
        for (k, word) in line.split(' ').enumerate() {
            if k > 0 {
                let step = steps.next().copied().unwrap_or(0.0);
                let prev = line.split(' ').nth(k - 1).unwrap_or("");
                content.push_str(&format!("{} {step} Td\n", 5.2 * prev.len() as f32 + 3.0));
            }
            let scale = 92 + 3 * (k % 4);
            content.push_str(&format!("{scale} Tz [({word} )] TJ\n"));
        }
        y -= 15.0;
    }
    content.push_str("ET\n");
    test_pdf::one_page(595, 842, content, |_, _| Default::default())
}

/// QA51: the OCR layer of a scan turned a degree or more reads as its
/// lines, each whole and in order: a line rising some points from its
/// first word to its last does not break inside a word (`Fem` / `ke`)
/// where its baseline has drifted a third of the font size away.
#[test]
fn a_tilted_scans_ocr_lines_stay_whole() {
    const LETTER: &[&str] = &[
        "Onze dochter Femke woont sinds 2019 in het woonzorgcentrum aan de Lindelaan.",
        "Zij gaat elke dinsdag met de buurtbus naar de dagbesteding in Oosterwolde.",
        "Wij vragen u die rit ook na 2027 te blijven betalen.",
    ];
    for rise in [0.02f32, -0.02, 0.035] {
        let doc = extract_pdf("scan.pdf", &ocr_layer(LETTER, rise)).unwrap();
        assert_eq!(texts(&doc), LETTER, "rise {rise}");
    }
}

/// QA30a: a diagonal watermark (`CONCEPT` at 45° across the page, as
/// Word's Design > Watermark prints it) is no text of the page.
#[test]
fn a_diagonal_watermark_is_no_text() {
    let items: Vec<(f32, f32, f32, &str)> = BODY
        .iter()
        .enumerate()
        .map(|(i, t)| (72.0, 760.0 - 16.0 * i as f32, 10.5, *t))
        .collect();
    let mark = "BT /F1 80 Tf 0.7071 0.7071 -0.7071 0.7071 150 250 Tm (CONCEPT) Tj ET\n";
    let doc = extract_pdf("concept.pdf", &drawn(&items, mark)).unwrap();
    assert_eq!(texts(&doc), BODY);
}

/// QA30a: line numbers printed in the margin (Word's line numbering) are
/// no text; numbers at the text's own left edge (a numbered list) are.
#[test]
fn margin_line_numbers_are_left_out() {
    let mut items: Vec<(f32, f32, f32, String)> = vec![(72.0, 790.0, 14.0, "1 Inleiding".into())];
    for (i, t) in BODY.iter().chain(BODY).enumerate() {
        let y = 760.0 - 16.0 * i as f32;
        items.push((52.0, y, 8.0, format!("{}", i + 1)));
        items.push((72.0, y, 10.5, t.to_string()));
    }
    let items: Vec<(f32, f32, f32, &str)> = items
        .iter()
        .map(|(x, y, s, t)| (*x, *y, *s, t.as_str()))
        .collect();
    let doc = extract_pdf("concept.pdf", &drawn(&items, "")).unwrap();
    let mut want = vec!["1 Inleiding".to_string()];
    want.extend(BODY.iter().chain(BODY).map(|t| t.to_string()));
    assert_eq!(texts(&doc), want);
    // A numbered list at the text's left edge keeps its numbers.
    let list: Vec<String> = (1..=6)
        .map(|n| format!("{n} Afspraak nummer {n}."))
        .collect();
    let mut items: Vec<(f32, f32, f32, &str)> = vec![(72.0, 790.0, 10.5, "Wij spreken af:")];
    for (i, t) in list.iter().enumerate() {
        items.push((72.0, 770.0 - 16.0 * i as f32, 10.5, t.as_str()));
    }
    items.push((72.0, 500.0, 10.5, "Tot zover de afspraken."));
    let doc = extract_pdf("concept.pdf", &drawn(&items, "")).unwrap();
    assert!(
        texts(&doc).iter().any(|t| t == "3 Afspraak nummer 3."),
        "{:?}",
        texts(&doc)
    );
}

/// QA30a: a table drawn cell by cell, row by row (as Word and LibreOffice
/// export one), keeps each row's cells together: a draft's row is one
/// line, its cells in order, never glued to the next row.
#[test]
fn a_tables_rows_drawn_cell_by_cell_stay_rows() {
    let rows = [
        ["Gemeente", "2027", "2028"],
        ["Alphen aan den Rijn", "45", "50"],
        ["Katwijk", "30", "32"],
        ["Leiden", "60", "65"],
    ];
    let mut items: Vec<(f32, f32, f32, &str)> = vec![
        (72.0, 790.0, 14.0, "2 Wonen"),
        (72.0, 770.0, 12.0, "2.1 Betaalbare woningen"),
        (
            72.0,
            750.0,
            10.5,
            "De verdeling staat in de tabel hieronder.",
        ),
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            items.push((72.0 + 150.0 * c as f32, 725.0 - 15.0 * r as f32, 10.0, cell));
        }
    }
    items.push((72.0, 640.0, 12.0, "2.2 Voorraad"));
    items.push((72.0, 620.0, 10.5, "Ouderen krijgen voorrang."));
    let doc = extract_pdf("concept.pdf", &drawn(&items, "")).unwrap();
    let v = crate::structure::parse_version(&doc, "concept");
    let text = &v.section("2.1").unwrap().text;
    assert!(
        text.contains("| Alphen aan den Rijn | 45 | 50 |\n| Katwijk | 30 | 32 |\n"),
        "{text}"
    );
    assert_eq!(
        v.section("2.2").unwrap().text.trim(),
        "Ouderen krijgen voorrang."
    );
    // A heading's number and title side by side is no table.
    let doc = extract_pdf(
        "concept.pdf",
        &drawn(
            &[
                (72.0, 790.0, 14.0, "1"),
                (120.0, 790.0, 14.0, "Inleiding"),
                (72.0, 770.0, 10.5, "De vraag neemt toe."),
            ],
            "",
        ),
    )
    .unwrap();
    assert!(doc.pages[0].lines.iter().all(|l| l.table_cell.is_none()));
}

/// QA33b pdf-deep-nesting-misreported: a whole PDF whose page dictionary
/// nests arrays beyond what the parser reads was called cut off in
/// transfer (ask the sender again: no help); it is too complex, and
/// printing it to a new PDF is the advice.
#[test]
fn a_whole_pdf_whose_page_cannot_be_parsed_is_too_complex_not_cut_off() {
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    let cs = "BT /F1 11 Tf 72 780 Td (Geachte werkgroep,) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /PieceInfo {deep} >>"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        format!("<< /Length {} >>\nstream\n{cs}\nendstream", cs.len()),
    ];
    let (pdf, _) = pdf_of(&objects);
    let err = extract_bytes("diep.pdf", &pdf).unwrap_err();
    assert_eq!(err.kind(), crate::model::ProblemKind::TooComplex, "{err}");
    let message = err.to_string();
    assert!(
        message.contains("diep.pdf")
            && !message.contains("cut off")
            && !message.contains("ask the sender"),
        "{message}"
    );
}

/// QA33b txt-response-no-size-limit: a text file of many megabytes (a
/// data dump, or one made to stop the run) is refused by name, not split
/// into tens of thousands of points for minutes.
#[test]
fn a_text_too_large_for_a_letter_is_refused_by_name() {
    let line = "1. De wachttijd voor jeugdhulp moet korter, want het duurt te lang.\n\n";
    let big = line.repeat(2 * MAX_TEXT_BYTES / line.len());
    let err = extract_bytes("groot.txt", big.as_bytes()).unwrap_err();
    assert_eq!(err.kind(), crate::model::ProblemKind::TooComplex, "{err}");
    assert!(err.to_string().contains("groot.txt"), "{err}");
    let fits = line.repeat(1000);
    assert!(extract_bytes("gewoon.txt", fits.as_bytes()).is_ok());
}

/// QA34b: a form feed in a text file (a page break, as `pdftotext` and a
/// scanner's text export write one) starts a new page, so that the
/// letter's running header atop page 2 (`Stichting X - pagina 2`) is read
/// as furniture and kept out of the point it stands above.
#[test]
fn a_form_feed_in_a_text_file_starts_a_page() {
    let text = "Stichting Welzijn Oudewaard\nOudewaard, 7 oktober 2026\n\nGeachte werkgroep,\n\n\
                1. Voeg voorlichting in de bibliotheek toe aan paragraaf 4.1.\n\n\
                \u{c}Stichting Welzijn Oudewaard - pagina 2\n\n\
                2. Betrek de ouderenbond bij paragraaf 4.2.\n\nMet vriendelijke groet,\n\n\
                H. Kramer\n\u{c}";
    let doc = extract_bytes("brief.txt", text.as_bytes()).unwrap();
    assert_eq!(doc.pages.len(), 2);
    assert_eq!(doc.pages[1].number, 2);
    assert_eq!(
        doc.pages[1].lines[0].text,
        "Stichting Welzijn Oudewaard - pagina 2"
    );
    let letter = crate::split::split_response(&doc, "r-1");
    assert!(
        letter.comments.iter().all(|c| !c.text.contains("pagina 2")),
        "{:?}",
        letter.comments
    );
    assert_eq!(letter.comments.len(), 2, "{:?}", letter.comments);
    // A text without a form feed is one page.
    let doc = extract_bytes("brief.txt", b"Een.\n\nTwee.\n").unwrap();
    assert_eq!(doc.pages.len(), 1);
}

/// A message's source as the mail program shows it (MIME headers, a
/// base64 body), saved under `.txt`.
const MAIL_SOURCE: &str = "Content-Type: text/plain; charset=\"utf-8\"\n\
    MIME-Version: 1.0\nContent-Transfer-Encoding: base64\n\
    From: Jeroen Maes <jmaes@example.nl>\nSubject: Zienswijze regiovisie\n\
    Date: Sat, 10 Oct 2026 09:00:00 +0200\nTo: regiovisie@example.nl\n\n";

/// QA34b: an e-mail's source saved as `.txt` (Gmail's `Origineel
/// weergeven`, Outlook's `Bron weergeven`) is read as the e-mail it is:
/// its decoded text, its sender and date. A message's text pasted with
/// its `Van:`/`From:` lines (no MIME fields) stays a text file.
#[test]
fn an_e_mail_source_saved_as_text_is_read_as_the_e_mail() {
    let body = "Geachte werkgroep,\n\nIn paragraaf 5.3 mis ik een aantal plaatsen.\n\n\
                Met vriendelijke groet,\n\nJeroen Maes\n";
    let source = format!("{MAIL_SOURCE}{}\n", base64_encode(body.as_bytes()));
    let doc = extract_bytes("origineel.txt", source.as_bytes()).unwrap();
    let text = doc.text();
    assert!(text.contains("From: Jeroen Maes"), "{text}");
    assert!(text.contains("In paragraaf 5.3 mis ik"), "{text}");
    assert!(!text.contains("MIME-Version"), "{text}");
    let pasted = "From: Jeroen Maes <jmaes@example.nl>\nSubject: Zienswijze\n\n\
                  Geachte werkgroep,\n\nIn paragraaf 5.3 mis ik plaatsen.\n";
    let doc = extract_bytes("plak.txt", pasted.as_bytes()).unwrap();
    assert!(doc.text().contains("Subject: Zienswijze"));
}

/// QA34b: a message forwarded as an attachment (`message/rfc822`,
/// `Doorsturen als bijlage`) with no more than a forwarding note is read
/// as the attached message, with its own sender and date; one whose
/// cover states views of its own is read as itself.
#[test]
fn a_message_forwarded_as_attachment_is_read_as_the_submission() {
    let inner = "From: Marieke van der Linden <marieke@example.nl>\n\
                 Subject: Mijn reactie regiovisie\nDate: Wed, 07 Oct 2026 20:00:00 +0200\n\n\
                 Geachte werkgroep,\n\nZorg dat de wachttijd korter wordt dan vier weken.\n\n\
                 Met vriendelijke groet,\n\nMarieke van der Linden\n";
    let forward = |note: &str| {
        format!(
            "Content-Type: multipart/mixed; boundary=\"b1\"\nMIME-Version: 1.0\n\
             From: KCC Kaagwoude <kcc@example.nl>\nSubject: FW: Mijn reactie regiovisie\n\
             Date: Thu, 08 Oct 2026 08:30:00 +0200\n\n--b1\n\
             Content-Type: text/plain; charset=\"utf-8\"\n\n{note}\n\n--b1\n\
             Content-Type: message/rfc822\n\n{inner}\n--b1--\n"
        )
    };
    let doc = extract_bytes(
        "fw.eml",
        forward("Ter behandeling doorgestuurd.\n\nGemeente Kaagwoude, KCC").as_bytes(),
    )
    .unwrap();
    let text = doc.text();
    assert!(text.contains("From: Marieke van der Linden"), "{text}");
    assert!(text.contains("wachttijd korter"), "{text}");
    assert!(!text.contains("KCC"), "{text}");
    let letter = crate::split::split_response(&doc, "r-1");
    assert_eq!(
        letter.date,
        chrono::NaiveDate::from_ymd_opt(2026, 10, 7),
        "{letter:?}"
    );
    // A cover with a view of its own is the sender's; the attached
    // message is named by its subject as not read.
    let doc = extract_bytes(
        "fw.eml",
        forward(
            "Wij sturen deze reactie door. De opvang in paragraaf 5.3 is te klein; \
             breid die uit met tien plaatsen voor moeders met kinderen.",
        )
        .as_bytes(),
    )
    .unwrap();
    assert!(doc.text().contains("From: KCC Kaagwoude"), "{}", doc.text());
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.contains("the e-mail \"Mijn reactie regiovisie\"")),
        "{:?}",
        doc.warnings
    );
}

fn base64_encode(bytes: &[u8]) -> String {
    use ::base64::Engine;
    ::base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// QA34b decomposed-accents-nfd: a letter whose accents are stored
/// decomposed (`e` + U+0308, as a Mac's copy-paste gives) is read
/// composed (NFC) in every format, as the same letter typed elsewhere.
#[test]
fn decomposed_accents_are_read_composed_in_every_format() {
    let nfd = "Mijn dochter Chloe\u{308} zag e\u{301}e\u{301}n keer ruzie.";
    let nfc = "Mijn dochter Chloë zag één keer ruzie.";
    let html = format!(
        "From: a@example.nl\nSubject: reactie\nContent-Type: text/html; charset=utf-8\n\n\
         <html><body><p>{nfd}</p></body></html>\n"
    );
    let eml = format!(
        "From: Noe\u{308}l <n@example.nl>\nSubject: reactie\n\
         Content-Type: text/plain; charset=utf-8\n\n{nfd}\n"
    );
    for (file, bytes) in [
        ("r.txt", nfd.to_string()),
        ("r.md", nfd.to_string()),
        ("html.eml", html),
        ("r.eml", eml),
    ] {
        let doc = extract_bytes(file, bytes.as_bytes()).expect("readable");
        let text: Vec<&str> = doc.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
        assert!(text.contains(&nfc), "{file}: {text:?}");
        assert!(!text.concat().contains('\u{308}'), "{file}: {text:?}");
        if file == "r.eml" {
            assert_eq!(text[0], "From: Noël", "{file}");
        }
    }
}

/// QA45: a contents list whose dot leader and page number the writer drew
/// before the entry's title (reportlab's `TableOfContents`) reads as the
/// list reads on paper, title first: `Woord vooraf . . . . 3`. A page
/// number alone right of a text on its baseline stays where it was drawn.
#[test]
fn a_contents_leader_drawn_before_its_title_follows_it() {
    let items: Vec<(f32, f32, f32, &str)> = vec![
        (72.0, 780.0, 16.0, "Inhoudsopgave"),
        (
            200.0,
            750.0,
            10.0,
            ". . . . . . . . . . . . . . . . . . . 3",
        ),
        (72.0, 750.0, 10.0, "Woord vooraf"),
        (
            200.0,
            734.0,
            10.0,
            ". . . . . . . . . . . . . . . . . . . 4",
        ),
        (72.0, 734.0, 10.0, "Hoofdstuk 1 Waar we staan"),
        (72.0, 700.0, 10.0, "De regio telt zes gemeenten."),
        (400.0, 684.0, 10.0, "12"),
        (72.0, 684.0, 10.0, "Tabel van de wachttijden"),
    ];
    let doc = extract_pdf("visie.pdf", &drawn(&items, "")).unwrap();
    let lines = texts(&doc);
    assert!(
        lines.contains(&"Woord vooraf . . . . . . . . . . . . . . . . . . . 3".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(
            &"Hoofdstuk 1 Waar we staan . . . . . . . . . . . . . . . . . . . 4".to_string()
        ),
        "{lines:?}"
    );
    let twelve = lines.iter().position(|l| l == "12");
    let table = lines.iter().position(|l| l == "Tabel van de wachttijden");
    assert!(twelve.is_some() && twelve < table, "{lines:?}");
}

/// QA49: WeasyPrint draws a contents entry's `leader('.')` dot by dot,
/// from the page number back towards the title, each dot on its own.
/// The entry reads as on paper: title, leader and page number one line.
#[test]
fn a_contents_leader_drawn_right_to_left_is_one_line_with_its_entry() {
    let mut items: Vec<(f32, f32, f32, &str)> = vec![(72.0, 780.0, 16.0, "Inhoud")];
    // The leader runs from the page number back to just after the title.
    for (y, title, number, until) in [
        (750.0, "Voorwoord", "3", 125.0),
        (734.0, "2 Wonen en zorg", "11", 150.0),
    ] {
        items.push((72.0, y, 10.0, title));
        let mut x = 480.0;
        while x > until {
            items.push((x, y, 10.0, "."));
            x -= 2.78;
        }
        items.push((490.0, y, 10.0, number));
    }
    items.push((72.0, 700.0, 10.0, "De regio telt zes gemeenten."));
    let doc = extract_pdf("visie.pdf", &drawn(&items, "")).unwrap();
    let lines = texts(&doc);
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(lines[1].starts_with("Voorwoord ....."), "{lines:?}");
    assert!(lines[1].ends_with(". 3"), "{lines:?}");
    assert!(lines[2].starts_with("2 Wonen en zorg ....."), "{lines:?}");
    assert!(lines[2].ends_with(". 11"), "{lines:?}");
    // A sentence's own dots drawn left to right stay as they are.
    let items = [(72.0, 700.0, 10.0, "Daar wachten we nog op....")];
    let doc = extract_pdf("brief.pdf", &drawn(&items, "")).unwrap();
    assert_eq!(texts(&doc), ["Daar wachten we nog op...."]);
}

/// QA49: WeasyPrint draws the bullets and numbers of a list (`::marker`)
/// after the page's text. Each goes before its item, on whose baseline
/// and at whose left it stands; a sign drawn late that is no list's
/// marker (a formula's minus), or a bullet far from any text, stays
/// where it was drawn.
#[test]
fn list_markers_drawn_after_their_items_go_before_them() {
    let items = [
        (72.0, 780.0, 10.0, "De belangrijkste keuzes zijn:"),
        (
            90.0,
            766.0,
            10.0,
            "iedere nieuwkomer krijgt binnen tien weken een brede intake;",
        ),
        (90.0, 752.0, 10.0, "taal en werk beginnen tegelijk."),
        (72.0, 730.0, 10.0, "De intake verloopt in vaste stappen:"),
        (90.0, 716.0, 10.0, "kennismaking in de eerste week;"),
        (90.0, 702.0, 10.0, "het persoonlijk plan binnen tien weken."),
        (100.0, 680.0, 10.0, "x + y = 2"),
        (90.0, 660.0, 10.0, "Een regel zonder opsommingsteken."),
        (80.0, 766.0, 10.0, "\\225"),
        (80.0, 752.0, 10.0, "\\225"),
        (76.0, 716.0, 10.0, "1."),
        (76.0, 702.0, 10.0, "2."),
        (90.0, 680.0, 10.0, "-"),
        (20.0, 660.0, 10.0, "\\225"),
    ];
    let doc = extract_pdf("visie.pdf", &drawn(&items, "")).unwrap();
    assert_eq!(
        texts(&doc),
        [
            "De belangrijkste keuzes zijn:",
            "\u{2022} iedere nieuwkomer krijgt binnen tien weken een brede intake;",
            "\u{2022} taal en werk beginnen tegelijk.",
            "De intake verloopt in vaste stappen:",
            "1. kennismaking in de eerste week;",
            "2. het persoonlijk plan binnen tien weken.",
            "x + y = 2",
            "Een regel zonder opsommingsteken.",
            "-",
            "\u{2022}",
        ]
    );
}

/// QA49: WeasyPrint draws a box floated right of the text (a `kader`
/// with key figures) before the page's text; it is read after the text
/// that flows beside it, in the paragraph it stands in, not before the
/// page's first heading, and after the sentence beside it that runs on
/// below it. A table drawn right column first has no text above it drawn
/// later and stays as drawn.
#[test]
fn a_box_floated_beside_the_text_follows_the_text_beside_it() {
    let items = [
        (330.0, 600.0, 11.0, "Kerncijfers Regio Hoekwater"),
        (330.0, 586.0, 10.0, "186.000 inwoners in vijf gemeenten"),
        (330.0, 572.0, 10.0, "1.240 inburgeraars sinds 2022"),
        (72.0, 700.0, 16.0, "2 Nieuwkomers in de regio"),
        (
            72.0,
            676.0,
            10.0,
            "In dit hoofdstuk staat wie de nieuwkomers zijn.",
        ),
        (72.0, 640.0, 12.0, "2.1 Cijfers en ontwikkelingen"),
        (72.0, 600.0, 10.0, "Sinds de invoering van de wet zijn"),
        (72.0, 586.0, 10.0, "in de regio 1.240 mensen gestart."),
        (72.0, 572.0, 10.0, "Driekwart van hen is statushouder,"),
        (72.0, 558.0, 10.0, "de anderen zijn"),
        (72.0, 544.0, 10.0, "gezinsmigranten."),
        (
            72.0,
            530.0,
            10.0,
            "Het aantal nieuwkomers schommelt sterk van jaar tot jaar.",
        ),
    ];
    let doc = extract_pdf("visie.pdf", &drawn(&items, "")).unwrap();
    assert_eq!(
        texts(&doc),
        [
            "2 Nieuwkomers in de regio",
            "In dit hoofdstuk staat wie de nieuwkomers zijn.",
            "2.1 Cijfers en ontwikkelingen",
            "Sinds de invoering van de wet zijn",
            "in de regio 1.240 mensen gestart.",
            "Driekwart van hen is statushouder,",
            "de anderen zijn",
            "gezinsmigranten.",
            "Kerncijfers Regio Hoekwater",
            "186.000 inwoners in vijf gemeenten",
            "1.240 inburgeraars sinds 2022",
            "Het aantal nieuwkomers schommelt sterk van jaar tot jaar.",
        ]
    );
    let table = [
        (330.0, 600.0, 10.0, "2.150"),
        (330.0, 586.0, 10.0, "1.240"),
        (330.0, 572.0, 10.0, "310"),
        (72.0, 600.0, 10.0, "Oekraiense ontheemden"),
        (72.0, 586.0, 10.0, "Inburgeraars"),
        (72.0, 572.0, 10.0, "Gezinsmigranten"),
        (
            72.0,
            540.0,
            10.0,
            "Bron: eigen registratie van de gemeenten.",
        ),
    ];
    let doc = extract_pdf("visie.pdf", &drawn(&table, "")).unwrap();
    assert_eq!(texts(&doc)[..3], ["2.150", "1.240", "310"]);
}
