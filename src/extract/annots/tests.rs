use lopdf::{dictionary, Object, StringFormat};

/// A one-page PDF (595 × 842, Helvetica 12) with `lines` of text at the
/// given heights (from the bottom) from x = 72, and `annots` on the page.
fn pdf(lines: &[(f32, &str)], annots: Vec<lopdf::Dictionary>) -> Vec<u8> {
    let mut content = String::new();
    for (y, text) in lines {
        content.push_str(&format!("BT /F1 12 Tf 72 {y} Td ({text}) Tj ET\n"));
    }
    crate::extract::test_pdf::one_page(595, 842, content, |doc, _| {
        let annots: Vec<Object> = annots
            .into_iter()
            .map(|a| Object::Reference(doc.add_object(a)))
            .collect();
        (dictionary! { "Annots" => annots }, dictionary! {})
    })
}

fn literal(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

/// UTF-16BE with its byte order mark, as Acrobat writes non-ASCII notes.
fn utf16(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

const LINES: &[(f32, &str)] = &[
    (760.0, "Scholen geven voorlichting over gezonde relaties."),
    (740.0, "De wachttijd voor hulp is zes weken."),
];

#[test]
fn sticky_notes_typed_text_and_highlight_notes_are_read_with_page_author_and_date() {
    let bytes = pdf(
        LINES,
        vec![
            dictionary! {
                "Type" => "Annot", "Subtype" => "Text",
                "Rect" => vec![500.into(), 700.into(), 520.into(), 720.into()],
                "Contents" => utf16("Veilig Thuis moet binnen 24 uur reageren, niet binnen vijf dagen – graag."),
                "T" => literal("Stichting Buurtkracht"),
                "M" => literal("D:20261005140300+02'00'"),
            },
            dictionary! {
                "Type" => "Annot", "Subtype" => "FreeText",
                "Rect" => vec![72.into(), 600.into(), 400.into(), 620.into()],
                "Contents" => literal("Ingevuld: wij missen de rol van de huisarts."),
                "IT" => "FreeTextTypeWriter",
            },
            // A highlight over the second line's last words, with a note.
            dictionary! {
                "Type" => "Annot", "Subtype" => "Highlight",
                "Rect" => vec![150.into(), 735.into(), 300.into(), 752.into()],
                "QuadPoints" => vec![
                    150.into(), 752.into(), 300.into(), 752.into(),
                    150.into(), 737.into(), 300.into(), 737.into(),
                ],
                "Contents" => literal("Veel te lang, maak er twee weken van."),
                "T" => literal("Stichting Buurtkracht"),
            },
            // No notes: a link, a pop-up (its parent has the text), a
            // highlight without text, a form field.
            dictionary! {
                "Type" => "Annot", "Subtype" => "Link",
                "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
                "Contents" => literal("https://example.org"),
            },
            dictionary! {
                "Type" => "Annot", "Subtype" => "Popup",
                "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
                "Contents" => literal("Veel te lang, maak er twee weken van."),
            },
            dictionary! {
                "Type" => "Annot", "Subtype" => "Highlight",
                "Rect" => vec![72.into(), 755.into(), 300.into(), 772.into()],
            },
            dictionary! {
                "Type" => "Annot", "Subtype" => "Widget",
                "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
                "Contents" => literal("veld"),
            },
        ],
    );
    let doc = crate::extract::extract_bytes("reactie.pdf", &bytes).unwrap();
    assert!(
        doc.text().contains("De wachttijd voor hulp"),
        "{}",
        doc.text()
    );
    let notes = &doc.notes;
    assert_eq!(notes.len(), 3, "{notes:#?}");
    assert_eq!(
        notes[0].text,
        "Veilig Thuis moet binnen 24 uur reageren, niet binnen vijf dagen – graag."
    );
    assert_eq!(notes[0].page, Some(1));
    assert_eq!(notes[0].author.as_deref(), Some("Stichting Buurtkracht"));
    assert_eq!(notes[0].date, chrono::NaiveDate::from_ymd_opt(2026, 10, 5));
    assert_eq!(notes[0].anchor, None);
    assert_eq!(
        notes[1].text,
        "Ingevuld: wij missen de rol van de huisarts."
    );
    assert_eq!(notes[2].text, "Veel te lang, maak er twee weken van.");
    let anchor = notes[2].anchor.as_deref().unwrap_or("");
    assert!(anchor.contains("zes weken"), "{anchor}");
    assert!(!anchor.contains("Scholen"), "{anchor}");
    // The notes are no part of the page's text.
    assert!(!doc.text().contains("24 uur"));
}

#[test]
fn rich_text_without_contents_and_bad_annotations_do_not_fail() {
    let bytes = pdf(
        LINES,
        vec![
            dictionary! {
                "Type" => "Annot", "Subtype" => "FreeText",
                "RC" => literal("<?xml version=\"1.0\"?><body><p>Graag <b>eerder</b> &amp; sneller.</p></body>"),
            },
            // A markup with nonsense quad points and an odd date.
            dictionary! {
                "Type" => "Annot", "Subtype" => "Underline",
                "QuadPoints" => vec![Object::Real(1e30), "x".into(), 3.into()],
                "Contents" => literal("Onderstreept."),
                "M" => literal("gisteren"),
            },
            dictionary! { "Subtype" => Object::Integer(3) },
        ],
    );
    let doc = crate::extract::extract_bytes("reactie.pdf", &bytes).unwrap();
    let texts: Vec<&str> = doc.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["Graag eerder & sneller.", "Onderstreept."]);
    assert_eq!(doc.notes[1].date, None);
}

/// QA28: on a page turned by `/Rotate` (its content upright), read in its
/// reading direction, a highlight still marks the words under it.
#[test]
fn a_highlight_on_a_turned_page_marks_its_words() {
    let mut content = String::new();
    for (y, text) in LINES {
        content.push_str(&format!("BT /F1 12 Tf 72 {y} Td ({text}) Tj ET\n"));
    }
    let bytes = crate::extract::test_pdf::one_page(595, 842, content, |doc, _| {
        let highlight = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Highlight",
            "Rect" => vec![150.into(), 735.into(), 300.into(), 752.into()],
            "QuadPoints" => vec![
                150.into(), 752.into(), 300.into(), 752.into(),
                150.into(), 737.into(), 300.into(), 737.into(),
            ],
            "Contents" => literal("Veel te lang."),
        });
        (
            dictionary! { "Rotate" => 90, "Annots" => vec![Object::Reference(highlight)] },
            dictionary! {},
        )
    });
    let doc = crate::extract::extract_bytes("reactie.pdf", &bytes).unwrap();
    let lines: Vec<&str> = doc.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(lines, [LINES[0].1, LINES[1].1]);
    assert_eq!(doc.notes.len(), 1, "{:#?}", doc.notes);
    let anchor = doc.notes[0].anchor.as_deref().unwrap_or("");
    assert!(anchor.contains("zes weken"), "{anchor}");
    assert!(!anchor.contains("Scholen"), "{anchor}");
}

/// QA33d: a sticky note placed on page 1 beside a sentence of § 2.1 was
/// read without the text it sits beside, and a reply to a note (`/IRT`)
/// without the text of the note it answers: both were linked by their
/// words alone, away from the place. A sticky note is attached to the
/// line at its height; a reply to what its note is attached to.
#[test]
fn a_sticky_note_is_attached_to_the_line_beside_it_and_a_reply_to_its_note() {
    let mut content = String::new();
    for (y, text) in LINES {
        content.push_str(&format!("BT /F1 12 Tf 72 {y} Td ({text}) Tj ET\n"));
    }
    let bytes = crate::extract::test_pdf::one_page(595, 842, content, |doc, _| {
        let note = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Text",
            "Rect" => vec![540.into(), 735.into(), 560.into(), 755.into()],
            "Contents" => literal("Zes weken is te lang."),
        });
        let reply = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Text",
            "Rect" => vec![540.into(), 600.into(), 560.into(), 620.into()],
            "Contents" => literal("Eens; ook ons team ziet dit."),
            "IRT" => Object::Reference(note),
        });
        // A note in the margin where no text is: attached to nothing.
        let alone = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Text",
            "Rect" => vec![540.into(), 400.into(), 560.into(), 420.into()],
            "Contents" => literal("Algemeen: mooi stuk."),
        });
        let annots: Vec<Object> = [reply, note, alone]
            .into_iter()
            .map(Object::Reference)
            .collect();
        (dictionary! { "Annots" => annots }, dictionary! {})
    });
    let doc = crate::extract::extract_bytes("reactie.pdf", &bytes).unwrap();
    let notes: Vec<(&str, Option<&str>)> = doc
        .notes
        .iter()
        .map(|n| (n.text.as_str(), n.anchor.as_deref()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                "Eens; ook ons team ziet dit.",
                Some("De wachttijd voor hulp is zes weken.")
            ),
            (
                "Zes weken is te lang.",
                Some("De wachttijd voor hulp is zes weken.")
            ),
            ("Algemeen: mooi stuk.", None),
        ]
    );
}

/// QA34b pdf-embedded-letter: files attached inside a PDF (the
/// document's `/EmbeddedFiles`, a page's `/FileAttachment`) are named in
/// a warning, not lost without a word.
#[test]
fn files_attached_inside_a_pdf_are_named() {
    let content = "BT /F1 12 Tf 72 760 Td (In de bijlage van deze PDF vindt u onze zienswijze.) \
                   Tj ET\n"
        .to_string();
    let bytes = crate::extract::test_pdf::one_page(595, 842, content, |doc, _| {
        let data = doc.add_object(lopdf::Stream::new(
            dictionary! { "Type" => "EmbeddedFile" },
            b"Ik vind dat elk kind een eigen hulpverlener moet krijgen.".to_vec(),
        ));
        let spec = doc.add_object(dictionary! {
            "Type" => "Filespec",
            "F" => literal("zienswijze-kinderrechten.txt"),
            "UF" => utf16("zienswijze-kinderrechten.txt"),
            "EF" => dictionary! { "F" => data },
        });
        let names = doc.add_object(dictionary! {
            "Names" => vec![literal("zienswijze-kinderrechten.txt"), Object::Reference(spec)],
        });
        let annot = doc.add_object(dictionary! {
            "Type" => "Annot",
            "Subtype" => "FileAttachment",
            "Rect" => vec![72.into(), 700.into(), 90.into(), 720.into()],
            "FS" => dictionary! { "Type" => "Filespec", "F" => literal("C:\\brieven\\bijlage 2.docx") },
        });
        (
            dictionary! { "Annots" => vec![Object::Reference(annot)] },
            dictionary! { "Names" => dictionary! { "EmbeddedFiles" => names } },
        )
    });
    let doc = crate::extract::extract_bytes("r.pdf", &bytes).expect("readable");
    let named: Vec<&String> = doc
        .warnings
        .iter()
        .filter(|w| w.contains("attached inside the PDF is not read"))
        .collect();
    assert_eq!(named.len(), 2, "{:?}", doc.warnings);
    assert!(
        named[0].contains("`zienswijze-kinderrechten.txt`"),
        "{named:?}"
    );
    assert!(named[1].contains("`bijlage 2.docx`"), "{named:?}");
    // A PDF with nothing attached names nothing.
    let plain = pdf(LINES, vec![]);
    let doc = crate::extract::extract_bytes("r.pdf", &plain).expect("readable");
    assert!(
        !doc.warnings.iter().any(|w| w.contains("attached")),
        "{:?}",
        doc.warnings
    );
}
