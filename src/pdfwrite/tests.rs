use super::*;

fn load(bytes: &[u8]) -> lopdf::Document {
    lopdf::Document::load_mem(bytes).expect("output loads with lopdf")
}

fn sample(paragraphs: usize) -> PdfDoc {
    let mut blocks = vec![Block::Heading {
        level: 1,
        text: "1 Inleiding".to_string(),
    }];
    for i in 0..paragraphs {
        blocks.push(Block::Paragraph(format!(
            "Alinea {i}: de regio werkt samen met het Veilig Thuis-team aan een sluitende \
                 aanpak van huiselijk geweld, zodat slachtoffers snel en duurzaam geholpen worden."
        )));
    }
    PdfDoc {
        title: "Proef".to_string(),
        running_header: Some("Regiovisie – proef".to_string()),
        page_numbers: true,
        blocks,
    }
}

fn all_text(doc: &lopdf::Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text extracts")
}

#[test]
fn output_loads_and_has_one_page_for_little_text() {
    let pdf = load(&render(&sample(2)));
    assert_eq!(pdf.get_pages().len(), 1);
    assert_eq!(pdf.version, "1.4");
}

#[test]
fn page_count_grows_with_text() {
    let short = load(&render(&sample(5))).get_pages().len();
    let long = load(&render(&sample(120))).get_pages().len();
    assert!(
        long > short,
        "{long} pages for long text, {short} for short"
    );
    assert!(long >= 5, "120 paragraphs fit on {long} pages");
}

#[test]
fn empty_document_is_one_valid_page() {
    let pdf = load(&render(&PdfDoc::default()));
    assert_eq!(pdf.get_pages().len(), 1);
}

#[test]
fn page_break_starts_a_new_page() {
    let doc = PdfDoc {
        blocks: vec![
            Block::Paragraph("een".into()),
            Block::PageBreak,
            Block::PageBreak,
            Block::Paragraph("twee".into()),
        ],
        ..PdfDoc::default()
    };
    let pdf = load(&render(&doc));
    assert_eq!(
        pdf.get_pages().len(),
        2,
        "a second break on an empty page is ignored"
    );
    assert!(pdf.extract_text(&[2]).unwrap().contains("twee"));
}

#[test]
fn words_and_dutch_characters_round_trip() {
    let doc = PdfDoc {
            title: "Test".into(),
            running_header: None,
            page_numbers: false,
            blocks: vec![
                Block::Heading {
                    level: 2,
                    text: "5.2 Samenwerken en duurzaam oplossen".into(),
                },
                Block::Paragraph("De coördinatie van zorg – ook ‘s nachts – kost € 12, zegt “de regio”; ruïne, café, hüt.".into()),
                Block::Bullet("Veiligheid (voorop)".into()),
                Block::Numbered {
                    label: "1.".into(),
                    text: "Back\\slash".into(),
                },
            ],
        };
    let text = all_text(&load(&render(&doc)));
    for word in [
        "Samenwerken",
        "coördinatie",
        "–",
        "€",
        "“de regio”",
        "ruïne",
        "café",
        "hüt",
        "Veiligheid (voorop)",
        "Back\\slash",
        "1.",
    ] {
        assert!(text.contains(word), "{word:?} missing from {text:?}");
    }
}

#[test]
fn header_and_page_number_on_every_page() {
    let pdf = load(&render(&sample(120)));
    let pages = pdf.get_pages();
    for n in pages.keys() {
        let text = pdf.extract_text(&[*n]).unwrap();
        assert!(text.contains("Regiovisie – proef"), "page {n}: {text:?}");
        let last = text.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
        assert_eq!(last.trim(), n.to_string(), "page {n} ends with its number");
    }
}

#[test]
fn rendering_is_deterministic_and_content_dependent() {
    let a = render(&sample(30));
    assert_eq!(a, render(&sample(30)));
    assert_ne!(a, render(&sample(31)));
    let text = String::from_utf8_lossy(&a);
    assert!(text.contains("/FlateDecode"));
    assert!(!text.contains("CreationDate"));
}

#[test]
fn fonts_carry_widths() {
    let pdf = load(&render(&sample(1)));
    let mut seen = 0;
    for obj in pdf.objects.values() {
        if let Ok(dict) = obj.as_dict() {
            if dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Font".as_slice()) {
                let widths = dict.get(b"Widths").unwrap().as_array().unwrap();
                assert_eq!(widths.len(), 224);
                assert_eq!(dict.get(b"FirstChar").unwrap().as_i64().unwrap(), 32);
                assert_eq!(dict.get(b"LastChar").unwrap().as_i64().unwrap(), 255);
                seen += 1;
            }
        }
    }
    assert_eq!(seen, 2);
}

#[test]
fn winansi_replacements() {
    assert_eq!(to_winansi("ë é ï ü"), b"\xeb \xe9 \xef \xfc");
    assert_eq!(to_winansi("‘’“”–€"), b"\x91\x92\x93\x94\x96\x80");
    assert_eq!(to_winansi("ĳs"), b"ijs");
    assert_eq!(to_winansi("Dvořák"), b"Dvor\xe1k");
    assert_eq!(to_winansi("ﬁets → a"), b"fiets -> a");
    assert_eq!(to_winansi("a\tb\u{7}"), b"a b");
    assert_eq!(
        to_winansi("zorg\u{AD}co\u{200B}ördinatie"),
        b"zorgco\xf6rdinatie"
    );
    assert_eq!(to_winansi("a\u{A0}b"), b"a\xa0b");
    assert_eq!(to_winansi("漢"), b"?");
}

#[test]
fn lines_stay_within_the_margins() {
    let word = "zorgcoördinatieverantwoordelijkheden";
    let long = vec![word; 80].join(" ") + " " + &"x".repeat(300);
    let lines = wrap_words(&to_winansi(&long), Font::Regular, BODY_SIZE, text_width());
    assert!(lines.len() > 10);
    for line in &lines {
        assert!(Font::Regular.text_width(line, BODY_SIZE) <= text_width() + 0.01);
    }
}

#[test]
fn hostile_text_never_panics() {
    let doc = PdfDoc {
        title: "\u{0}\u{FFFF}".into(),
        running_header: Some("x".repeat(5000)),
        page_numbers: true,
        blocks: vec![
            Block::Heading {
                level: 0,
                text: "\n\n".into(),
            },
            Block::Heading {
                level: 200,
                text: "ok".into(),
            },
            Block::Paragraph(String::new()),
            Block::Bullet(String::new()),
            Block::Numbered {
                label: String::new(),
                text: "\r\n)(\\".into(),
            },
            Block::Paragraph("😀 \u{202E}".repeat(2000)),
        ],
    };
    let pdf = load(&render(&doc));
    assert!(pdf.get_pages().len() >= 2);
}

#[test]
fn markup_parses_every_construct() {
    let text = "%title T\n%header Kop\n%pagenumbers\n# 1 Inleiding\n## 1.1 Aanleiding\n\
                    Eerste regel\nloopt door.\n\n- punt een\n  vervolg\n1. genummerd\na) letter\n\
                    | adres 1\n| adres 2\n---\n### 1.1.1 Diep\n2027 is een jaartal.\n";
    let doc = parse_markup(text).unwrap();
    assert_eq!(doc.title, "T");
    assert_eq!(doc.running_header.as_deref(), Some("Kop"));
    assert!(doc.page_numbers);
    let heading = |level: u8, text: &str| Block::Heading {
        level,
        text: text.into(),
    };
    assert_eq!(
        doc.blocks,
        vec![
            heading(1, "1 Inleiding"),
            heading(2, "1.1 Aanleiding"),
            Block::Paragraph("Eerste regel loopt door.".into()),
            Block::Bullet("punt een vervolg".into()),
            Block::Numbered {
                label: "1.".into(),
                text: "genummerd".into()
            },
            Block::Numbered {
                label: "a)".into(),
                text: "letter".into()
            },
            Block::Paragraph("adres 1\nadres 2".into()),
            Block::PageBreak,
            heading(3, "1.1.1 Diep"),
            Block::Paragraph("2027 is een jaartal.".into()),
        ]
    );
}

#[test]
fn markup_rejects_unknown_directives_with_the_line() {
    let err = parse_markup("%title x\n%colour red\n").unwrap_err();
    assert_eq!(
        err,
        MarkupError::UnknownDirective {
            line: 2,
            name: "colour".into()
        }
    );
    assert!(err.to_string().contains("line 2"));
}

mod properties {
    use super::super::*;
    use proptest::prelude::*;

    fn block() -> impl Strategy<Value = Block> {
        prop_oneof![
            (any::<u8>(), any::<String>()).prop_map(|(level, text)| Block::Heading { level, text }),
            any::<String>().prop_map(Block::Paragraph),
            any::<String>().prop_map(Block::Bullet),
            (any::<String>(), any::<String>())
                .prop_map(|(label, text)| Block::Numbered { label, text }),
            Just(Block::PageBreak),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any text gives a PDF that lopdf loads, with every page
        /// reachable.
        #[test]
        fn any_document_renders_to_a_valid_pdf(
            title in any::<String>(),
            header in proptest::option::of(any::<String>()),
            page_numbers in any::<bool>(),
            blocks in proptest::collection::vec(block(), 0..12),
        ) {
            let doc = PdfDoc { title, running_header: header, page_numbers, blocks };
            let bytes = render(&doc);
            let pdf = lopdf::Document::load_mem(&bytes).unwrap();
            prop_assert!(!pdf.get_pages().is_empty());
        }

        /// Wrapped lines never exceed the width, and no word is lost.
        #[test]
        fn wrapping_keeps_words_within_the_width(text in "[a-zA-Zëé’ ]{0,400}", width in 20.0f32..450.0) {
            let encoded = to_winansi(&text);
            let lines = wrap_words(&encoded, Font::Bold, 12.0, width);
            for line in &lines {
                let fits = Font::Bold.text_width(line, 12.0) <= width + 0.01;
                prop_assert!(fits || line.len() == 1);
            }
            let joined: Vec<u8> = lines.concat().into_iter().filter(|b| *b != b' ').collect();
            let original: Vec<u8> = encoded.into_iter().filter(|b| *b != b' ').collect();
            prop_assert_eq!(joined, original);
        }
    }
}
