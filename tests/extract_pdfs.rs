//! PDF extraction on small PDFs built here with lopdf, so the behaviour is
//! pinned without the corpus: spaces from gaps, dehyphenation, running
//! headers/footers and page numbers, two columns, WinAnsi diacritics,
//! `/Differences` glyph names, footnotes, and bad input; numbered headings
//! that open each page and a cover title that the running header repeats
//! (PDFs from the project's own writer, through `inspraak sections`).

use inspraak::extract::{extract_bytes, ExtractError};
use lopdf::{dictionary, Document, Object, Stream};

/// One text run: x, y (from the bottom, PDF style), size, raw string bytes.
type Run<'a> = (f32, f32, f32, &'a [u8]);

/// Builds a PDF with one font (`font`) and one page per entry of `pages`.
fn build_pdf(font: lopdf::Dictionary, pages: &[Vec<Run>], compress: bool) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(font);
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids = Vec::new();
    for runs in pages {
        let mut content = String::new();
        for (x, y, size, bytes) in runs {
            let escaped: String = bytes
                .iter()
                .map(|&b| match b {
                    b'(' | b')' | b'\\' => format!("\\{}", b as char),
                    32..=126 => (b as char).to_string(),
                    _ => format!("\\{b:03o}"),
                })
                .collect();
            content.push_str(&format!("BT /F1 {size} Tf {x} {y} Td ({escaped}) Tj ET\n"));
        }
        let mut stream = Stream::new(dictionary! {}, content.into_bytes());
        if compress {
            stream.compress().unwrap();
        }
        let content_id = doc.add_object(stream);
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
        });
        kids.push(Object::Reference(page_id));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn helvetica() -> lopdf::Dictionary {
    dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    }
}

fn text_of(bytes: &[u8]) -> String {
    extract_bytes("test.pdf", bytes).unwrap().text()
}

#[test]
fn spaces_come_from_gaps_between_runs() {
    // Three runs on one baseline with no space characters (as groff and
    // Quartz write them); the gap alone separates words.
    let pdf = build_pdf(
        helvetica(),
        &[vec![
            (72.0, 700.0, 12.0, b"Het"),
            (95.0, 700.0, 12.0, b"college"),
            (143.0, 700.0, 12.0, b"besluit"),
        ]],
        false,
    );
    assert_eq!(text_of(&pdf).trim(), "Het college besluit");
}

#[test]
fn hyphenated_words_joined_compounds_kept() {
    let pdf = build_pdf(
        helvetica(),
        &[vec![
            (72.0, 700.0, 11.0, b"De regio zet in op goede samen-"),
            (72.0, 686.0, 11.0, b"werking tussen gemeenten in Midden-"),
            (72.0, 672.0, 11.0, b"Holland en op kind- en"),
            (72.0, 658.0, 11.0, b"gezinsbescherming."),
        ]],
        false,
    );
    let text = text_of(&pdf);
    assert!(text.contains("goede samenwerking\ntussen"), "{text}");
    assert!(text.contains("in Midden-Holland\nen op"), "{text}");
    assert!(text.contains("kind- en\ngezinsbescherming"), "{text}");
}

#[test]
fn running_header_footer_and_page_numbers_removed() {
    let pages: Vec<Vec<Run>> = (1..=3)
        .map(|n| {
            let number: &'static [u8] = match n {
                1 => b"1",
                2 => b"2",
                _ => b"3",
            };
            vec![
                (
                    72.0,
                    810.0,
                    9.0,
                    b"Regiovisie Jeugd Midden-Holland".as_slice(),
                ),
                (
                    72.0,
                    700.0,
                    11.0,
                    b"Lopende tekst van de regiovisie.".as_slice(),
                ),
                (290.0, 30.0, 9.0, number),
            ]
        })
        .collect();
    let doc = extract_bytes("visie.pdf", &build_pdf(helvetica(), &pages, true)).unwrap();
    assert_eq!(doc.pages.len(), 3);
    for (i, page) in doc.pages.iter().enumerate() {
        assert_eq!(page.header, ["Regiovisie Jeugd Midden-Holland"]);
        assert_eq!(page.printed_number, Some((i + 1).to_string()));
        assert_eq!(page.lines.len(), 1);
        assert_eq!(page.lines[0].text, "Lopende tekst van de regiovisie.");
        assert!((page.lines[0].font_size - 11.0).abs() < 0.01);
        assert!((page.lines[0].x - 72.0).abs() < 0.01);
        assert!((page.lines[0].y - 142.0).abs() < 0.01);
    }
}

#[test]
fn two_columns_drawn_row_by_row_are_read_column_by_column() {
    let mut runs: Vec<Run> = Vec::new();
    let left: [&[u8]; 6] = [
        b"links een lange regel met wat meer tekst erin",
        b"links twee lange regel met wat meer tekst erin",
        b"links drie lange regel met wat meer tekst erin",
        b"links vier lange regel met wat meer tekst erin",
        b"links vijf lange regel met wat meer tekst erin",
        b"links zes lange regel met wat meer tekst.",
    ];
    let right: [&[u8]; 6] = [
        b"rechts een lange regel met wat meer tekst erin",
        b"rechts twee lange regel met wat meer tekst erin",
        b"rechts drie lange regel met wat meer tekst erin",
        b"rechts vier lange regel met wat meer tekst erin",
        b"rechts vijf lange regel met wat meer tekst erin",
        b"rechts zes lange regel met wat meer tekst.",
    ];
    for i in 0..6 {
        let y = 700.0 - 14.0 * i as f32;
        runs.push((60.0, y, 11.0, left[i]));
        runs.push((320.0, y, 11.0, right[i]));
    }
    let doc = extract_bytes("kolom.pdf", &build_pdf(helvetica(), &[runs], false)).unwrap();
    let texts: Vec<&str> = doc.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts.len(), 12, "{texts:?}");
    assert!(
        texts[..6].iter().all(|t| t.starts_with("links")),
        "{texts:?}"
    );
    assert!(
        texts[6..].iter().all(|t| t.starts_with("rechts")),
        "{texts:?}"
    );
}

#[test]
fn winansi_diacritics_and_euro() {
    let pdf = build_pdf(
        helvetica(),
        &[vec![(
            72.0,
            700.0,
            11.0,
            b"financi\xEBle co\xF6rdinatie \x80 100, \x93citaat\x94",
        )]],
        false,
    );
    assert_eq!(
        text_of(&pdf).trim(),
        "financiële coördinatie € 100, “citaat”"
    );
}

#[test]
fn differences_glyph_names_and_ligatures() {
    let font = dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Times-Roman",
        "Encoding" => dictionary! {
            "Type" => "Encoding",
            "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![
                Object::Integer(1),
                Object::Name(b"edieresis".to_vec()),
                Object::Name(b"fi".to_vec()),
                Object::Name(b"uni20AC".to_vec()),
            ],
        },
    };
    let pdf = build_pdf(
        font,
        &[vec![(72.0, 700.0, 11.0, b"be\x01indigd \x02nancieel \x03")]],
        false,
    );
    assert_eq!(text_of(&pdf).trim(), "beëindigd financieel €");
}

#[test]
fn footnotes_are_separated() {
    let pdf = build_pdf(
        helvetica(),
        &[vec![
            (
                72.0,
                700.0,
                11.0,
                b"De gemeenten werken samen in de regio.".as_slice(),
            ),
            (
                72.0,
                686.0,
                11.0,
                b"Dit is de tweede regel van de tekst.".as_slice(),
            ),
            (
                72.0,
                672.0,
                11.0,
                b"En dit is nog een regel lopende tekst.".as_slice(),
            ),
            (
                72.0,
                100.0,
                8.0,
                b"1 Zie de Jeugdwet, artikel 2.1.".as_slice(),
            ),
        ]],
        false,
    );
    let doc = extract_bytes("noot.pdf", &pdf).unwrap();
    assert_eq!(doc.pages[0].footnotes, ["1 Zie de Jeugdwet, artikel 2.1."]);
    assert_eq!(doc.pages[0].lines.len(), 3);
}

#[test]
fn page_without_text_is_no_text() {
    let pdf = build_pdf(helvetica(), &[vec![]], false);
    let err = extract_bytes("scan.pdf", &pdf).unwrap_err();
    assert!(matches!(err, ExtractError::NoText { .. }), "{err}");
    assert!(err.to_string().contains("scan.pdf") && err.to_string().contains("OCR"));
}

#[test]
fn truncated_pdf_is_a_clear_error() {
    let pdf = build_pdf(helvetica(), &[vec![(72.0, 700.0, 11.0, b"tekst")]], true);
    let err = extract_bytes("kapot.pdf", &pdf[..20]).unwrap_err();
    assert!(err.to_string().contains("kapot.pdf"), "{err}");
}

#[test]
fn cli_prints_pages_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let pages: Vec<Vec<Run>> = (1..=2)
        .map(|n| {
            let number: &'static [u8] = if n == 1 { b"1" } else { b"2" };
            vec![
                (72.0, 700.0, 14.0, b"1. Inleiding".as_slice()),
                (72.0, 680.0, 11.0, b"De regio werkt samen.".as_slice()),
                (290.0, 30.0, 9.0, number),
            ]
        })
        .collect();
    let path = dir.path().join("visie ë.pdf");
    std::fs::write(&path, build_pdf(helvetica(), &pages, false)).unwrap();
    let out = assert_cmd::Command::cargo_bin("inspraak")
        .unwrap()
        .arg("extract")
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("=== page 2 (printed 2) ==="), "{text}");
    assert!(
        text.contains("1. Inleiding\n\nDe regio werkt samen."),
        "{text}"
    );
    assert!(text.contains("  [footer] 2"), "{text}");

    let out = assert_cmd::Command::cargo_bin("inspraak")
        .unwrap()
        .args(["extract", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: inspraak::model::Document = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc.file, "visie ë.pdf");
    assert_eq!(doc.pages.len(), 2);
    let heading = &doc.pages[0].lines[0];
    assert_eq!(heading.text, "1. Inleiding");
    assert!((heading.font_size - 14.0).abs() < 0.01);
    assert_eq!(doc.pages[1].footer, ["2"]);

    let missing = dir.path().join("weg.pdf");
    let out = assert_cmd::Command::cargo_bin("inspraak")
        .unwrap()
        .arg("extract")
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("weg.pdf"));
}

/// The sections `inspraak sections --json` finds in the draft of the inbox
/// under `root`: (number, title) pairs.
fn section_list(root: &std::path::Path) -> Vec<(String, String)> {
    let out = assert_cmd::Command::cargo_bin("inspraak")
        .unwrap()
        .current_dir(root)
        .args(["sections", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sections: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    sections
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["number"].as_str().unwrap().to_string(),
                s["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// QA18: a draft whose running header repeats its title (on every page,
/// the cover too) and whose subsections each open a page with headings
/// that differ only in their digits (`2.1 Actielijn 1`, `2.2 Actielijn
/// 2`, ...). The headings were removed as a running header with a page
/// number, and the cover's title with the running header. Both stay; the
/// running header and the page numbers still go.
#[test]
fn headings_opening_each_page_and_the_cover_title_are_no_running_header() {
    use inspraak::pdfwrite::{render, Block, PdfDoc};
    let title = "Regiovisie Veilig Thuis Zuidrand";
    let heading = |level: u8, text: &str| Block::Heading {
        level,
        text: text.to_string(),
    };
    let para = |text: &str| Block::Paragraph(text.to_string());
    let mut blocks = vec![
        heading(1, title),
        para("Concept voor inspraak, september 2026"),
        Block::PageBreak,
        heading(1, "1 Inleiding"),
        para("Deze regiovisie beschrijft de aanpak van huiselijk geweld in vijf actielijnen."),
        Block::PageBreak,
        heading(1, "2 Actielijnen"),
        para("De vijf actielijnen vormen samen de aanpak."),
    ];
    let topics = [
        "preventie en voorlichting op scholen",
        "vroegsignalering door huisartsen",
        "hulpverlening door wijkteams",
        "opvang en beschermd wonen",
        "nazorg en herstel na een crisis",
    ];
    for (i, topic) in topics.iter().enumerate() {
        let n = i + 1;
        blocks.push(Block::PageBreak);
        blocks.push(heading(2, &format!("2.{n} Actielijn {n}")));
        blocks.push(para(
            &format!("Actielijn {n} gaat over {topic}. ").repeat(4),
        ));
    }
    blocks.push(Block::PageBreak);
    blocks.push(heading(1, "3 Financiën"));
    blocks.push(para("De gemeenten trekken jaarlijks 3 miljoen euro uit."));
    let pdf = render(&PdfDoc {
        title: title.to_string(),
        running_header: Some(title.to_string()),
        page_numbers: true,
        blocks,
    });

    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("drafts")).unwrap();
    std::fs::create_dir_all(inbox.join("responses")).unwrap();
    std::fs::write(inbox.join("drafts/01-concept.pdf"), &pdf).unwrap();
    std::fs::write(
        inbox.join("responses/r.txt"),
        "Zuidstad, 1 oktober 2026\n\nGeachte werkgroep,\n\n\
         1. In paragraaf 2.3 mis ik de rol van de huisarts.\n\n\
         Met vriendelijke groet,\n\nStichting Zuid\n",
    )
    .unwrap();

    let sections = section_list(dir.path());
    let want: Vec<(String, String)> = [
        ("0", title),
        ("1", "Inleiding"),
        ("2", "Actielijnen"),
        ("2.1", "Actielijn 1"),
        ("2.2", "Actielijn 2"),
        ("2.3", "Actielijn 3"),
        ("2.4", "Actielijn 4"),
        ("2.5", "Actielijn 5"),
        ("3", "Financiën"),
    ]
    .iter()
    .map(|(n, t)| (n.to_string(), t.to_string()))
    .collect();
    assert_eq!(sections, want);

    // The running header and page numbers are still furniture.
    let doc = extract_bytes("01-concept.pdf", &pdf).unwrap();
    assert_eq!(doc.pages.len(), 9);
    for page in &doc.pages[1..] {
        assert_eq!(page.header, [title], "page {}", page.number);
        assert_eq!(page.footer, [page.number.to_string()]);
        assert!(!page.lines.iter().any(|l| l.text == title));
    }
    assert_eq!(doc.pages[0].lines[0].text, title);

    // The letter's `paragraaf 2.3` finds its section.
    let out = assert_cmd::Command::cargo_bin("inspraak")
        .unwrap()
        .current_dir(dir.path())
        .args(["comments", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let responses: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let comment = &responses[0]["comments"][0];
    assert_eq!(comment["sections"][0]["number"], "2.3", "{comment:#}");

    // The memo carries the draft's title.
    let out = assert_cmd::Command::cargo_bin("inspraak")
        .unwrap()
        .current_dir(dir.path())
        .args(["run", "--quiet"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.starts_with(&format!("# Nota van beantwoording: {title}\n")),
        "{memo}"
    );
}

/// QA29: an adviesraad's two-page advice whose last page holds only the
/// end of its last point and the signature, each a one-line paragraph set
/// off by space: the page has no line spacing of its own to compare with,
/// so its breaks were lost, and the letter was read as a resident's
/// (`Inwoner 1`). The document's line spacing sets them off.
#[test]
fn a_short_last_page_keeps_its_paragraph_breaks_and_its_signature() {
    let advice = [
        (
            b"Advies 1 - Maak het wijkteam ook buiten kantoortijd bereikbaar. Voor werkende"
                .as_slice(),
            b"ouders is een bereikbaarheid tot 17.00 uur te beperkt.".as_slice(),
        ),
        (
            b"Advies 2 - Verhoog de risicoreserve. De reserve van 5 procent is te laag gelet op"
                .as_slice(),
            b"de stijging van de kosten. Wij adviseren een reserve van 8 procent.".as_slice(),
        ),
        (
            b"Advies 3 - Ook in de kernen horen wij dat inwoners het wijkteam moeilijk vinden en"
                .as_slice(),
            b"dat zij pas na lang zoeken de juiste hulp krijgen.".as_slice(),
        ),
        (
            b"Advies 4 - Maak de informatie over respijtzorg ook beschikbaar op papier, in de"
                .as_slice(),
            b"bibliotheek en bij de huisarts, voor ouderen zonder computer.".as_slice(),
        ),
    ];
    let mut first: Vec<Run> = Vec::new();
    let mut y = 772.0;
    for text in [
        b"Adviesraad Sociaal Domein Veenmeer".as_slice(),
        b"Veenmeer, 9 oktober 2026".as_slice(),
        b"Geachte werkgroep,".as_slice(),
    ] {
        first.push((70.0, y, 10.5, text));
        y -= 21.0;
    }
    for (a, b) in advice {
        first.push((70.0, y, 10.5, a));
        first.push((70.0, y - 14.0, 10.5, b));
        y -= 35.0;
    }
    first.push((
        70.0,
        y,
        10.5,
        b"Advies 5 - Wij adviseren dat iedere inwoner binnen twee weken een gesprek krijgt met",
    ));
    first.push((
        70.0,
        y - 14.0,
        10.5,
        b"een vaste medewerker van het wijkteam, die ook het",
    ));
    first.push((525.0, 40.0, 8.0, b"1"));
    let second: Vec<Run> = vec![
        (70.0, 772.0, 10.5, b"contact met de huisarts onderhoudt."),
        (70.0, 751.0, 10.5, b"Met vriendelijke groet,"),
        (70.0, 730.0, 10.5, b"Adviesraad Sociaal Domein Veenmeer"),
        (70.0, 709.0, 10.5, b"W. Verbeek, voorzitter"),
        (525.0, 40.0, 8.0, b"2"),
    ];
    let doc = extract_bytes(
        "advies.pdf",
        &build_pdf(helvetica(), &[first, second], true),
    )
    .unwrap();
    let last: Vec<(bool, &str)> = doc.pages[1]
        .lines
        .iter()
        .map(|l| (l.paragraph_start, l.text.as_str()))
        .collect();
    assert_eq!(
        last[1..],
        [
            (true, "Met vriendelijke groet,"),
            (true, "Adviesraad Sociaal Domein Veenmeer"),
            (true, "W. Verbeek, voorzitter"),
        ],
        "{last:?}"
    );
    // Page 1's two-line paragraphs stay whole.
    assert!(
        doc.pages[0]
            .lines
            .iter()
            .filter(|l| l.paragraph_start)
            .count()
            <= 8,
        "{:?}",
        doc.pages[0].lines
    );
    let letter = inspraak::split::split_response(&doc, "r1");
    assert_eq!(
        letter.respondent.as_deref(),
        Some("Adviesraad Sociaal Domein Veenmeer")
    );
    assert!(!letter.private_person);
}
