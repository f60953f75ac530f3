use super::*;
use std::io::Write;

/// A `.docx` archive with `body` as the body of `word/document.xml`
/// and `numbering` as `word/numbering.xml` (when not empty).
pub(crate) fn docx(body: &str, numbering: &str) -> Vec<u8> {
    docx_with(body, numbering, "")
}

/// [`docx`] with `styles` as the body of `word/styles.xml`.
pub(crate) fn docx_with(body: &str, numbering: &str, styles: &str) -> Vec<u8> {
    docx_with_parts(body, numbering, styles, &[])
}

/// [`docx_with`] with further parts, each a name and its whole text.
pub(crate) fn docx_with_parts(
    body: &str,
    numbering: &str,
    styles: &str,
    more: &[(&str, &str)],
) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;
    let mut parts = vec![
            (
                "[Content_Types].xml".to_string(),
                r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.to_string(),
            ),
            (
                "word/document.xml".to_string(),
                format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>"#),
            ),
        ];
    if !styles.is_empty() {
        parts.push((
            "word/styles.xml".to_string(),
            format!(r#"<?xml version="1.0"?><w:styles {ns}>{styles}</w:styles>"#),
        ));
    }
    if !numbering.is_empty() {
        parts.push((
            "word/numbering.xml".to_string(),
            format!(r#"<?xml version="1.0"?><w:numbering {ns}>{numbering}</w:numbering>"#),
        ));
    }
    parts.extend(more.iter().map(|(n, t)| (n.to_string(), t.to_string())));
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn item(num: u32, level: u32, text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Lijstalinea\"/><w:numPr><w:ilvl w:val=\"{level}\"/>\
             <w:numId w:val=\"{num}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
    )
}

const NUMBERING: &str = r#"<w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>"#;

fn lines(doc: &Document) -> Vec<String> {
    doc.pages[0].lines.iter().map(|l| l.text.clone()).collect()
}

#[test]
fn list_numbers_are_counted_as_word_shows_them() {
    let body = [
        p("Geachte werkgroep,"),
        item(1, 0, "Wij steunen de visie."),
        item(1, 1, "in paragraaf 5.1;"),
        item(1, 1, "in paragraaf 5.2."),
        item(1, 2, "diep"),
        item(1, 0, "De regio moet meer doen."),
        item(1, 1, "opnieuw a"),
        item(2, 0, "een opsomming"),
        item(3, 0, "verder genummerd"),
        item(9, 0, "lijst zonder definitie"),
    ]
    .concat();
    let doc = extract_docx("brief.docx", &docx(&body, NUMBERING)).unwrap();
    assert_eq!(
        lines(&doc),
        [
            "Geachte werkgroep,",
            "1. Wij steunen de visie.",
            "a) in paragraaf 5.1;",
            "b) in paragraaf 5.2.",
            "1.b.i diep",
            "2. De regio moet meer doen.",
            "a) opnieuw a",
            "• een opsomming",
            "7. verder genummerd",
            "lijst zonder definitie",
        ]
    );
    assert!(doc.pages[0].lines.iter().all(|l| l.paragraph_start));
}

#[test]
fn deleted_text_field_codes_and_fallbacks_are_left_out() {
    let body = r#"<w:p><w:r><w:t>Wij </w:t></w:r><w:del w:id="1"><w:r><w:delText>niet </w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>wel </w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>eens &amp; blij</w:t></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In het kader</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Na het kader</w:t><w:br/><w:t>tweede regel</w:t><w:tab/><w:t>met tab</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel een</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cel twee</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>"#;
    let doc = extract_docx("brief.docx", &docx(body, "")).unwrap();
    assert_eq!(
        lines(&doc),
        [
            "Wij wel eens & blij",
            "In het kader",
            "Na het kader",
            "tweede regel\tmet tab",
            "cel een",
            "cel twee",
        ]
    );
    let starts: Vec<bool> = doc.pages[0]
        .lines
        .iter()
        .map(|l| l.paragraph_start)
        .collect();
    assert_eq!(starts, [true, true, true, false, true, true]);
}

#[test]
fn tracked_changes_are_notes_describing_them_with_the_text_before() {
    let body = r#"<w:p><w:r><w:t xml:space="preserve">De wachttijd is </w:t></w:r><w:del w:id="1" w:author="Gemeente Noordstad" w:date="2026-10-07T09:00:00Z"><w:r><w:delText>zes</w:delText></w:r></w:del><w:ins w:id="2" w:author="Gemeente Noordstad"><w:r><w:t>twee</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> weken.</w:t></w:r></w:p>
            <w:p><w:pPr><w:rPr><w:del w:id="3" w:author="X"/></w:rPr></w:pPr><w:del w:id="4" w:author="X"><w:r><w:delText>Weg ermee.</w:delText></w:r></w:del></w:p>
            <w:p><w:ins w:id="5" w:author="X"><w:r><w:t>Een nieuwe alinea.</w:t></w:r></w:ins></w:p>
            <w:p><w:r><w:t>Ongewijzigd.</w:t></w:r></w:p>"#;
    let doc = extract_docx("terug.docx", &docx(body, "")).unwrap();
    // The text read is the text with the changes accepted.
    assert_eq!(
        lines(&doc),
        [
            "De wachttijd is twee weken.",
            "Een nieuwe alinea.",
            "Ongewijzigd."
        ]
    );
    let notes: Vec<(&str, Option<&str>, Option<&str>)> = doc
        .notes
        .iter()
        .map(|n| (n.text.as_str(), n.anchor.as_deref(), n.author.as_deref()))
        .collect();
    // A paragraph inserted whole is a proposal to add it where it stands.
    assert_eq!(
        notes,
        [
            (
                "Tekstvoorstel (bijgehouden wijziging): \"zes\" vervangen door \"twee\".",
                Some("De wachttijd is zes weken."),
                Some("Gemeente Noordstad"),
            ),
            (
                "Tekstvoorstel (bijgehouden wijziging): deze tekst schrappen.",
                Some("Weg ermee."),
                Some("X"),
            ),
            (
                "Een nieuwe alinea. — Tekstvoorstel (bijgehouden wijziging): deze alinea \
                 toevoegen na \"Weg ermee.\".",
                None,
                Some("X"),
            ),
        ]
    );
    assert!(doc.notes.iter().all(|n| n.kind == NoteKind::Change));
    assert_eq!(
        doc.notes[0].date,
        chrono::NaiveDate::from_ymd_opt(2026, 10, 7)
    );
}

#[test]
fn a_change_is_described_as_what_is_struck_added_and_replaced() {
    assert_eq!(
        describe_change(
            "Wij werken zo snel mogelijk samen met de partners.",
            "Wij werken samen met alle partners en scholen."
        ),
        "Tekstvoorstel (bijgehouden wijziging): \"zo snel mogelijk\" schrappen; \
         \"de partners.\" vervangen door \"alle partners en scholen.\"."
    );
    assert_eq!(
        describe_change("Wij werken samen.", "Wij werken goed samen."),
        "Tekstvoorstel (bijgehouden wijziging): \"goed\" toevoegen na \"Wij werken\"."
    );
    assert_eq!(
        describe_change("werken samen.", "Alle gemeenten werken samen."),
        "Tekstvoorstel (bijgehouden wijziging): \"Alle gemeenten\" toevoegen aan het begin."
    );
    // A long side is cut, quotes inside made single.
    let long: Vec<String> = (0..60).map(|i| format!("w{i}")).collect();
    let d = describe_change("Kort \"citaat\".", &long.join(" "));
    assert!(d.contains("'citaat'") && d.contains("w39…\""), "{d}");
    assert!(!d.contains("w40"), "{d}");
}

#[test]
fn bold_paragraphs_and_headings_are_marked_bold() {
    let body = r#"<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Zorgen over wachtlijsten</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Vet kopje</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Niet vet</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Deels</w:t></w:r><w:r><w:t> vet</w:t></w:r></w:p>"#;
    let doc = extract_docx("brief.docx", &docx(body, "")).unwrap();
    let bold: Vec<bool> = doc.pages[0].lines.iter().map(|l| l.bold).collect();
    assert_eq!(bold, [true, true, false, false]);
}

/// QA: a draft with unnumbered Word headings (`Title`, `Heading 1`,
/// `Heading 2`) kept no trace of their styles, so its structure was
/// lost. Each line now has the level its style gives it.
#[test]
fn heading_styles_give_their_outline_level() {
    let styles = r#"<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Eigen"><w:name w:val="Eigen kop"/><w:basedOn w:val="Kop2"/></w:style>
            <w:style w:type="paragraph" w:styleId="Koptekst"><w:name w:val="header"/></w:style>"#;
    let p = |style: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
            p("Title", "Sportvisie"),
            p("Heading1", "Sportaccommodaties"),
            p("Kop2", "Zwembaden"),
            p("Eigen", "Eigen kop"),
            p("Koptekst", "Gemeente Westland"),
            r#"<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Eigen niveau</w:t></w:r></w:p>"#.to_string(),
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Geen kop</w:t></w:r></w:p>"#.to_string(),
            "<w:p><w:r><w:t>Gewone tekst.</w:t></w:r></w:p>".to_string(),
        ]
        .concat();
    let doc = extract_docx("visie.docx", &docx_with(&body, "", styles)).unwrap();
    let levels: Vec<Option<u8>> = doc.pages[0].lines.iter().map(|l| l.heading_level).collect();
    assert_eq!(
        levels,
        [
            Some(0),
            Some(1),
            Some(2),
            Some(2),
            None,
            Some(3),
            None,
            None
        ]
    );
}

/// A header part `name` holding `text` as one paragraph.
fn header_part(text: &str) -> String {
    format!(
        r#"<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{}</w:hdr>"#,
        p(text)
    )
}

const HEADER_RELS: &str = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
        <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="/word/header2.xml"/>
        <Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/header3.xml" TargetMode="External"/>
      </Relationships>"#;

/// A document with two header parts (`header1.xml` by `rId8`,
/// `header2.xml` by `rId9`) whose first section's properties are
/// `section`.
fn with_headers(section: &str) -> Vec<u8> {
    let body = format!(
        "{}{}<w:sectPr xmlns:r=\"r\">{section}</w:sectPr>",
        p("Geachte werkgroep,"),
        p("Wij vragen aandacht voor de buurtwerkers.")
    );
    docx_with_parts(
        &body,
        "",
        "",
        &[
            ("word/_rels/document.xml.rels", HEADER_RELS),
            (
                "word/header1.xml",
                &header_part("Stichting Buurtwerk Rijnstreek"),
            ),
            (
                "word/header2.xml",
                &header_part("Eerste pagina: Buurtwerk Noord"),
            ),
        ],
    )
}

#[test]
fn the_first_pages_header_is_read_above_the_text_as_a_letterhead() {
    let read = |section: &str| lines(&extract_docx("brief.docx", &with_headers(section)).unwrap());
    // The default header, when the first page has none of its own.
    assert_eq!(
        read(r#"<w:headerReference w:type="default" r:id="rId8"/>"#),
        [
            "Stichting Buurtwerk Rijnstreek",
            "Geachte werkgroep,",
            "Wij vragen aandacht voor de buurtwerkers."
        ]
    );
    // A title page of its own shows the `first` header (an absolute
    // target), not the default one.
    let own_first = r#"<w:headerReference w:type="default" r:id="rId8"/>
            <w:headerReference w:type="first" r:id="rId9"/><w:titlePg/>"#;
    assert_eq!(read(own_first)[0], "Eerste pagina: Buurtwerk Noord");
    // `titlePg` switched off: the default header again.
    let off = r#"<w:headerReference w:type="first" r:id="rId9"/>
            <w:headerReference w:type="default" r:id="rId8"/><w:titlePg w:val="0"/>"#;
    assert_eq!(read(off)[0], "Stichting Buurtwerk Rijnstreek");
    // A title page without a first header shows none; a header that is
    // missing, outside the package or of another kind is no text.
    for section in [
        r#"<w:headerReference w:type="default" r:id="rId8"/><w:titlePg/>"#,
        r#"<w:headerReference w:type="default" r:id="rId7"/>"#,
        r#"<w:headerReference w:type="default" r:id="rId10"/>"#,
        r#"<w:headerReference w:type="even" r:id="rId8"/>"#,
        "",
    ] {
        assert_eq!(read(section)[0], "Geachte werkgroep,", "{section}");
    }
}

/// Review: a letterhead laid out in a table, with the page number in
/// a field and a logo: the table's cells are lines, the page number and
/// the picture are none (the page number was read as the letter's
/// first line).
#[test]
fn a_letterhead_table_is_read_without_its_page_number_or_picture() {
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let header = format!(
        r#"<?xml version="1.0"?><w:hdr {ns}><w:p><w:r><w:drawing><wp:inline xmlns:wp="wp"/></w:drawing></w:r></w:p><w:tbl><w:tr><w:tc>{}</w:tc><w:tc><w:p><w:r><w:t>Postbus 12</w:t><w:br/><w:t>2300 AA Leiden</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t xml:space="preserve">Pagina </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> van 2</w:t></w:r></w:p></w:hdr>"#,
        p("Stichting Buurtwerk Rijnstreek")
    );
    let body = format!(
            "{}<w:sectPr xmlns:r=\"r\"><w:headerReference w:type=\"default\" r:id=\"rId8\"/></w:sectPr>",
            p("Geachte werkgroep,")
        );
    let bytes = docx_with_parts(
        &body,
        "",
        "",
        &[
            ("word/_rels/document.xml.rels", HEADER_RELS),
            ("word/header1.xml", &header),
        ],
    );
    let doc = extract_docx("brief.docx", &bytes).unwrap();
    assert_eq!(
        lines(&doc),
        [
            "Stichting Buurtwerk Rijnstreek",
            "Postbus 12",
            "2300 AA Leiden",
            "Geachte werkgroep,"
        ]
    );
    // The row after a line break continues its paragraph, as in the text.
    let starts: Vec<bool> = doc.pages[0]
        .lines
        .iter()
        .map(|l| l.paragraph_start)
        .collect();
    assert_eq!(starts, [true, true, false, true]);
}

#[test]
fn a_document_with_only_a_header_is_blank() {
    let body = r#"<w:p/><w:sectPr xmlns:r="r"><w:headerReference w:type="default" r:id="rId8"/></w:sectPr>"#;
    let bytes = docx_with_parts(
        body,
        "",
        "",
        &[
            ("word/_rels/document.xml.rels", HEADER_RELS),
            (
                "word/header1.xml",
                &header_part("Stichting Buurtwerk Rijnstreek"),
            ),
        ],
    );
    assert!(matches!(
        extract_docx("leeg.docx", &bytes),
        Err(ExtractError::Blank { .. })
    ));
}

/// Review: a paragraph in Dutch Word's page header style `Koptekst`
/// was read as bold, a heading's type, though it gets no heading level.
#[test]
fn the_page_header_style_is_no_heading() {
    assert!(!is_heading_name("Koptekst"));
    assert!(!is_heading_name("Koptekst Char"));
    for style in ["Kop1", "heading 2", "Heading", "Kopje", "Title", "Titel"] {
        assert!(is_heading_name(style), "{style}");
    }
    let body = [
            r#"<w:p><w:pPr><w:pStyle w:val="Koptekst"/></w:pPr><w:r><w:t>Gemeente Westland</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Inleiding</w:t></w:r></w:p>"#,
        ]
        .concat();
    let doc = extract_docx("visie.docx", &docx_with(&body, "", "")).unwrap();
    let bold: Vec<bool> = doc.pages[0].lines.iter().map(|l| l.bold).collect();
    assert_eq!(bold, [false, true]);
}

#[test]
fn damaged_and_empty_documents_are_named_with_advice() {
    let err = extract_docx("reactie.docx", b"PK\x03\x04 kapot").unwrap_err();
    let message = err.to_string();
    assert!(message.contains("reactie.docx"), "{message}");
    assert!(message.contains("save it again"), "{message}");
    // A ZIP archive without Word's main part.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("iets.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"tekst").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let err = extract_docx("reactie.docx", &bytes).unwrap_err();
    assert!(err.to_string().contains("word/document.xml"), "{err}");
    // Only empty paragraphs: blank.
    let err = extract_docx("leeg.docx", &docx("<w:p/><w:p></w:p>", "")).unwrap_err();
    assert!(matches!(err, ExtractError::Blank { .. }), "{err}");
    // Broken XML.
    let err = extract_docx("kapot.docx", &docx("<w:p><w:r><w:t>a</w:x>", "")).unwrap_err();
    assert!(err.to_string().contains("not valid XML"), "{err}");
}

/// QA28: a cut-off or broken `.docx` is damaged (a supported format whose
/// copy is broken), not "unsupported": the memo says *het bestand is
/// beschadigd* and the advice is to save it again or ask for a new copy.
#[test]
fn a_cut_off_or_broken_docx_is_damaged_not_unsupported() {
    let whole = docx(
        &p("Geachte werkgroep, de wachttijd is te lang.").repeat(200),
        "",
    );
    let broken_xml = docx("<w:p><w:r><w:t>a</w:x>", "");
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("iets.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"tekst").unwrap();
    let no_main = zip.finish().unwrap().into_inner();
    for (what, bytes) in [
        ("cut off", &whole[..whole.len() / 2]),
        ("broken XML", &broken_xml[..]),
        ("no main part", &no_main[..]),
    ] {
        let err = extract_docx("zienswijze-buurtkracht.docx", bytes).unwrap_err();
        assert!(
            matches!(err, ExtractError::DamagedWord { .. }),
            "{what}: {err}"
        );
        assert_eq!(err.kind(), crate::model::ProblemKind::Corrupt, "{what}");
        let message = err.to_string();
        assert!(message.contains("damaged"), "{what}: {message}");
        assert!(!message.contains("unsupported"), "{what}: {message}");
        assert!(message.contains("new copy"), "{what}: {message}");
        assert_eq!(
            err.kind().label_for("zienswijze-buurtkracht.docx", true),
            Some("het bestand is beschadigd")
        );
    }
}

/// QA28: a `.docx` whose text is an imported part (`w:altChunk`, as web
/// editors' "Download als Word" writes it) is read where the part stands:
/// an HTML page's paragraphs and numbered items, a web archive (`.mht`),
/// plain text. A part that is not read (RTF) is named, never "empty".
#[test]
fn imported_alt_chunks_are_read_where_they_stand() {
    let ns_r = r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
    let rels = |targets: &[(&str, &str)]| {
        let rows: String = targets
            .iter()
            .map(|(id, target)| {
                format!(
                    r#"<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="{target}"/>"#
                )
            })
            .collect();
        format!(
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rows}</Relationships>"#
        )
    };
    let chunk = |id: &str| format!(r#"<w:altChunk {ns_r} r:id="{id}"/>"#);
    let html = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>x</title></head><body>\
                <p>Geachte werkgroep,</p><ol><li>De wachttijd bij Veilig Thuis is te lang.</li>\
                <li>Voeg opvang voor vaders toe.</li></ol><p>Met vriendelijke groet,</p></body></html>";
    let mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n\
               --b\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\
               Content-Transfer-Encoding: quoted-printable\r\n\r\n\
               <html><body><p>Uit het archief: =C3=A9=C3=A9n punt.</p></body></html>\r\n--b--\r\n";
    let body = [
        p("Boven het stuk."),
        chunk("h"),
        chunk("m"),
        chunk("t"),
        p("Onder het stuk."),
    ]
    .concat();
    let doc_rels = rels(&[
        ("h", "/word/afchunk.htm"),
        ("m", "afchunk.mht"),
        ("t", "chunk.txt"),
    ]);
    let bytes = docx_with_parts(
        &body,
        "",
        "",
        &[
            ("word/_rels/document.xml.rels", &doc_rels),
            ("word/afchunk.htm", html),
            ("word/afchunk.mht", mht),
            ("word/chunk.txt", "Platte tekst.\r\n\r\nTweede alinea."),
        ],
    );
    let doc = extract_docx("zienswijze.docx", &bytes).unwrap();
    assert_eq!(
        lines(&doc),
        [
            "Boven het stuk.",
            "Geachte werkgroep,",
            "1. De wachttijd bij Veilig Thuis is te lang.",
            "2. Voeg opvang voor vaders toe.",
            "Met vriendelijke groet,",
            "Uit het archief: één punt.",
            "Platte tekst.",
            "Tweede alinea.",
            "Onder het stuk.",
        ]
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    // Only an RTF part: not read, and said so (not "empty").
    let only_rtf = docx_with_parts(
        &chunk("r"),
        "",
        "",
        &[
            ("word/_rels/document.xml.rels", &rels(&[("r", "chunk.rtf")])),
            ("word/chunk.rtf", r"{\rtf1\ansi De wachttijd is te lang.}"),
        ],
    );
    let err = extract_docx("zienswijze.docx", &only_rtf).unwrap_err();
    assert!(!matches!(err, ExtractError::Blank { .. }), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("RTF") && message.contains("altChunk"),
        "{message}"
    );
    assert!(!message.contains("empty"), "{message}");
    // Beside text of its own: the text is read, the part named as not read.
    let beside = docx_with_parts(
        &[p("Eigen tekst van de brief."), chunk("r"), chunk("weg")].concat(),
        "",
        "",
        &[
            ("word/_rels/document.xml.rels", &rels(&[("r", "chunk.rtf")])),
            ("word/chunk.rtf", r"{\rtf1\ansi De wachttijd is te lang.}"),
        ],
    );
    let doc = extract_docx("zienswijze.docx", &beside).unwrap();
    assert_eq!(lines(&doc), ["Eigen tekst van de brief."]);
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.contains("RTF") && w.contains("missing")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_part_larger_than_its_limit_is_refused_unread() {
    // Highly compressible: a few KiB packed, more than the limit unpacked.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/numbering.xml", options).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..=(MAX_NUMBERING >> 20) {
        zip.write_all(&chunk).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 1 << 20);
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
    let err = read_part(&mut archive, "word/numbering.xml", MAX_NUMBERING).unwrap_err();
    assert!(
        matches!(&err, PartError::TooLarge(what) if what.contains("larger than 8 MiB")),
        "{err:?}"
    );
}

#[test]
fn a_truncated_or_garbled_document_gives_an_error_not_a_panic() {
    let body = [
        p("Geachte werkgroep,"),
        item(1, 0, "Wij steunen de visie."),
        item(1, 1, "in paragraaf 5.1;"),
    ]
    .concat();
    let bytes = docx(&body, NUMBERING);
    for cut in (0..bytes.len()).step_by(13) {
        let _ = extract_docx("kapot.docx", &bytes[..cut]);
    }
    for at in (0..bytes.len()).step_by(11) {
        let mut garbled = bytes.clone();
        garbled[at] ^= 0x5A;
        let _ = extract_docx("kapot.docx", &garbled);
    }
    // Unbalanced nesting and stray end tags in the XML itself.
    for body in [
            "<w:p><w:del><w:r><w:t>x</w:t></w:r></w:p>",
            "</w:p></w:r><w:t>los</w:t>",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>diep</w:t></w:r></w:p>",
        ] {
            let _ = extract_docx("raar.docx", &docx(body, NUMBERING));
        }
}

/// Word's numbered headings: the numbering is in the heading styles
/// (Dutch Word's ids `Kop1`, `Kop2`), each list level linked back to
/// its style; `List Number` numbers through its style too.
#[test]
fn numbering_through_paragraph_styles_is_counted() {
    let styles = r#"<w:style w:type="paragraph" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Kop1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="heading 3"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Lijstnummering"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Lus"><w:basedOn w:val="Lus"/></w:style>"#;
    let numbering = r#"<w:abstractNum w:abstractNumId="10">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Kop1"/><w:lvlText w:val="%1"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Kop2"/><w:lvlText w:val="%1.%2"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Kop3"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
          </w:abstractNum>
          <w:abstractNum w:abstractNumId="11">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num>
          <w:num w:numId="6"><w:abstractNumId w:val="11"/></w:num>"#;
    let styled = |style: &str, text: &str| {
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    };
    let body = [
        styled("Kop1", "Inleiding"),
        p("Tekst."),
        styled("Kop2", "Aanleiding"),
        styled("Kop3", "Details"),
        styled("Kop1", "Samenwerken"),
        styled("Kop2", "Regio"),
        styled("Lijstnummering", "Eerste punt"),
        styled("Lijstnummering", "Tweede punt"),
        styled("Lus", "Stijl die op zichzelf berust"),
    ]
    .concat();
    let doc = extract_docx("visie.docx", &docx_with(&body, numbering, styles)).unwrap();
    assert_eq!(
        lines(&doc),
        [
            "1 Inleiding",
            "Tekst.",
            "1.1 Aanleiding",
            "1.1.1 Details",
            "2 Samenwerken",
            "2.1 Regio",
            "1. Eerste punt",
            "2. Tweede punt",
            "Stijl die op zichzelf berust",
        ]
    );
    let bold: Vec<bool> = doc.pages[0].lines.iter().map(|l| l.bold).collect();
    assert_eq!(bold[..4], [true, false, true, true]);
    // A paragraph taken off its style's list (`numId` 0) has no number.
    let off = "<w:p><w:pPr><w:pStyle w:val=\"Kop1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Bijlage</w:t></w:r></w:p>";
    let doc = extract_docx("visie.docx", &docx_with(off, numbering, styles)).unwrap();
    assert_eq!(lines(&doc), ["Bijlage"]);
}

/// The properties a tracked change replaced (an old list, old bold)
/// are not the paragraph's.
#[test]
fn properties_before_a_tracked_change_are_not_read() {
    let body = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>\
             <w:pPrChange w:id=\"1\"><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/>\
             </w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:rPr><w:b w:val=\"0\"/><w:rPrChange w:id=\"2\">\
             <w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>Nu genummerd, niet vet</w:t></w:r></w:p>";
    let doc = extract_docx("brief.docx", &docx(body, NUMBERING)).unwrap();
    assert_eq!(lines(&doc), ["1. Nu genummerd, niet vet"]);
    assert!(!doc.pages[0].lines[0].bold);
}

/// A point deleted as a tracked change (text and paragraph mark) takes
/// no number: Word shows 1, 2 once the change is accepted.
#[test]
fn a_deleted_numbered_paragraph_takes_no_number() {
    let deleted = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>\
             <w:rPr><w:del w:id=\"7\" w:author=\"x\"/></w:rPr></w:pPr><w:del w:id=\"8\" w:author=\"x\">\
             <w:r><w:delText>Geschrapt punt</w:delText></w:r></w:del></w:p>";
    let body = [item(1, 0, "Een"), deleted.to_string(), item(1, 0, "Twee")].concat();
    let doc = extract_docx("brief.docx", &docx(&body, NUMBERING)).unwrap();
    assert_eq!(lines(&doc), ["1. Een", "2. Twee"]);
}

#[test]
fn another_office_file_named_docx_is_named_for_what_it_is() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("_rels/.rels", options).unwrap();
    zip.write_all(br#"<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#).unwrap();
    zip.start_file("xl/workbook.xml", options).unwrap();
    zip.write_all(b"<workbook/>").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let err = extract_docx("reactie.docx", &bytes).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("Excel workbook, not a Word document"),
        "{message}"
    );
    assert!(message.contains("export it as PDF"), "{message}");
}

#[test]
fn numbers_in_word_formats() {
    assert_eq!(format_number(4, "upperRoman"), "IV");
    assert_eq!(format_number(1994, "lowerRoman"), "mcmxciv");
    assert_eq!(format_number(27, "lowerLetter"), "aa");
    assert_eq!(format_number(3, "decimalZero"), "03");
    assert_eq!(format_number(12, "decimal"), "12");
}

/// QA21: a response written as a comment table (`Nr | Paragraaf |
/// Opmerking`) reads as numbered points that name their place; any other
/// table is read cell by cell as before.
#[test]
fn a_comment_table_reads_as_points_with_their_place() {
    let row = |cells: &[&str]| {
        let tcs: String = cells
            .iter()
            .map(|c| format!("<w:tc><w:tcPr/>{}</w:tc>", p(c)))
            .collect();
        format!("<w:tr>{tcs}</w:tr>")
    };
    let table = |rows: &[&[&str]]| {
        let trs: String = rows.iter().map(|r| row(r)).collect();
        format!("<w:tbl><w:tblPr/>{trs}</w:tbl>")
    };
    let body = format!(
        "{}{}{}{}",
        p("Geachte werkgroep,"),
        table(&[
            &["Nr", "Paragraaf", "Opmerking"],
            &[
                "1",
                "2.2",
                "Dit is te vrijblijvend geformuleerd; noem een concreet getal."
            ],
            &["2", "algemeen", "De visie is te lang."],
        ]),
        table(&[&["Jaar", "Meldingen"], &["2024", "1200"]]),
        p("Met vriendelijke groet,"),
    );
    let doc = extract_docx("reactie.docx", &docx(&body, "")).unwrap();
    let texts: Vec<&str> = doc.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Geachte werkgroep,",
            "1. 2.2: Dit is te vrijblijvend geformuleerd; noem een concreet getal.",
            "2. Algemeen: De visie is te lang.",
            "Jaar",
            "Meldingen",
            "2024",
            "1200",
            "Met vriendelijke groet,",
        ]
    );
}

/// QA24 (seen): text formatted hidden (`<w:vanish/>`) is neither shown
/// nor printed by Word, so it is no part of the letter; `w:val="0"` turns
/// it off again.
#[test]
fn hidden_text_is_left_out() {
    let body = r#"<w:p><w:r><w:t xml:space="preserve">Wij vragen </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>[Instructie: vul hier uw naam in]</w:t><w:tab/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>meer plaatsen</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> in de opvang.</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Geheel verborgen alinea</w:t></w:r></w:p>"#;
    let doc = extract_docx("brief.docx", &docx(body, "")).unwrap();
    assert_eq!(lines(&doc), ["Wij vragen meer plaatsen in de opvang."]);
}

/// QA28: a content control (`w:sdt`) left empty shows Word's placeholder
/// (`<w:showingPlcHdr/>`: `Klik of tik om tekst in te voeren.`), no text
/// of the writer's: left out, block-level and inside a paragraph; a
/// filled-in control is read.
#[test]
fn content_control_placeholders_are_left_out() {
    let control = |placeholder: bool, inner: &str| {
        format!(
            "<w:sdt><w:sdtPr><w:alias w:val=\"Reactie\"/>{}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>",
            if placeholder { "<w:showingPlcHdr/>" } else { "" }
        )
    };
    let run = |t: &str| format!("<w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r>");
    let body = [
        p("Uw reactie op hoofdstuk 5:"),
        control(false, &p("De wachttijd is te lang.")),
        p("Uw reactie op de overige hoofdstukken:"),
        control(true, &p("Klik of tik om tekst in te voeren.")),
        format!(
            "<w:p>{}{}{}</w:p>",
            run("Naam:"),
            control(true, &run("Click or tap here to enter text.")),
            run(" (verplicht)")
        ),
        format!(
            "<w:p>{}{}</w:p>",
            run("Plaats: "),
            control(false, &run("Zoeterhout"))
        ),
        // `w:val="0"`: the placeholder is not shown.
        control(false, &control(false, &p("Binnenste veld."))),
        "<w:sdt><w:sdtPr><w:showingPlcHdr w:val=\"0\"/></w:sdtPr><w:sdtContent>".to_string()
            + &p("Ingevuld.")
            + "</w:sdtContent></w:sdt>",
        p("Met vriendelijke groet,"),
    ]
    .concat();
    let doc = extract_docx("formulier.docx", &docx(&body, "")).unwrap();
    assert_eq!(
        lines(&doc),
        [
            "Uw reactie op hoofdstuk 5:",
            "De wachttijd is te lang.",
            "Uw reactie op de overige hoofdstukken:",
            "Naam: (verplicht)",
            "Plaats: Zoeterhout",
            "Binnenste veld.",
            "Ingevuld.",
            "Met vriendelijke groet,",
        ]
    );
}

/// QA24: a comment table's proposal column and second place column stay
/// part of each point, and a place cell merged vertically over two rows
/// (`w:vMerge`) names its place for both; a cell spanning two grid columns
/// (`w:gridSpan`) moves the next cell two columns on.
#[test]
fn a_comment_tables_proposals_and_merged_places_are_kept() {
    let cell = |c: &str| format!("<w:tc><w:tcPr/>{}</w:tc>", p(c));
    let body = format!(
        "{}<w:tbl><w:tblPr/>\
         <w:tr>{}{}{}{}{}</w:tr>\
         <w:tr>{}<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>{}</w:tc>{}{}{}</w:tr>\
         <w:tr>{}<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>{}{}{}</w:tr>\
         <w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>{}</w:tc>{}{}{}</w:tr>\
         </w:tbl>{}",
        p("Geachte werkgroep,"),
        cell("Nr"),
        cell("Paragraaf"),
        cell("Pagina"),
        cell("Opmerking"),
        cell("Tekstvoorstel"),
        cell("1"),
        p("2.2"),
        cell("4"),
        cell("De opvang is te klein."),
        cell("Schrijf: vijftig plaatsen."),
        cell("2"),
        cell(""),
        cell("De wachtlijst is lang."),
        cell("Noem de wachttijd."),
        p("3"),
        cell("7"),
        cell("Te weinig geld."),
        cell(""),
        p("Met vriendelijke groet,"),
    );
    let doc = extract_docx("reactie.docx", &docx(&body, "")).unwrap();
    let texts: Vec<&str> = doc.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Geachte werkgroep,",
            "1. 2.2, pagina 4: De opvang is te klein. Tekstvoorstel: Schrijf: vijftig plaatsen.",
            "2. 2.2: De wachtlijst is lang. Tekstvoorstel: Noem de wachttijd.",
            "3. Pagina 7: Te weinig geld.",
            "Met vriendelijke groet,",
        ]
    );
}

/// QA25: a draft returned with Word review comments (`word/comments.xml`,
/// anchored by `w:commentRangeStart`/`End`): each comment is a note with
/// the commented text, its author and date; the body is read as before.
#[test]
fn review_comments_are_read_as_notes_with_the_commented_text() {
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let body = concat!(
        "<w:p><w:r><w:t>Scholen geven voorlichting. </w:t></w:r>",
        "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>De wachttijd</w:t></w:r>",
        "<w:r><w:t xml:space=\"preserve\"> voor hulp is zes weken.</w:t></w:r>",
        "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>",
        "<w:p><w:commentRangeStart w:id=\"1\"/><w:r><w:t>Veilig Thuis reageert</w:t></w:r></w:p>",
        "<w:p><w:r><w:t>binnen vijf dagen.</w:t></w:r><w:commentRangeEnd w:id=\"1\"/></w:p>",
        "<w:p><w:r><w:t>Geen opmerking hier.</w:t></w:r><w:r><w:commentReference w:id=\"2\"/></w:r></w:p>",
    );
    let comments = format!(
        r#"<?xml version="1.0"?><w:comments {ns}>
        <w:comment w:id="0" w:author="Stichting Buurtkracht" w:date="2026-10-05T14:03:00Z" w:initials="SB">
          <w:p><w:r><w:annotationRef/></w:r><w:r><w:t>De wachttijd is veel te lang.</w:t></w:r></w:p>
          <w:p><w:r><w:t>Maak er twee weken van &amp; meld dat.</w:t></w:r></w:p>
        </w:comment>
        <w:comment w:id="1" w:author="Stichting Buurtkracht"><w:p><w:r><w:t>Binnen 24 uur!</w:t></w:r></w:p></w:comment>
        <w:comment w:id="2" w:author=""><w:p><w:r><w:t>Zonder bereik.</w:t></w:r></w:p></w:comment>
        <w:comment w:id="3" w:author="X"><w:p><w:r><w:t>  </w:t></w:r></w:p></w:comment>
        </w:comments>"#
    );
    let bytes = docx_with_parts(body, "", "", &[("word/comments.xml", &comments)]);
    let doc = extract_docx("reactie.docx", &bytes).unwrap();
    assert!(!doc.text().contains("24 uur"), "{}", doc.text());
    let notes = &doc.notes;
    assert_eq!(notes.len(), 3, "{notes:#?}");
    assert_eq!(
        notes[0].text,
        "De wachttijd is veel te lang. Maak er twee weken van & meld dat."
    );
    assert_eq!(
        notes[0].anchor.as_deref(),
        Some("De wachttijd voor hulp is zes weken.")
    );
    assert_eq!(notes[0].author.as_deref(), Some("Stichting Buurtkracht"));
    assert_eq!(notes[0].date, chrono::NaiveDate::from_ymd_opt(2026, 10, 5));
    assert_eq!(notes[0].page, None);
    assert_eq!(
        notes[1].anchor.as_deref(),
        Some("Veilig Thuis reageert binnen vijf dagen.")
    );
    assert_eq!(notes[2].text, "Zonder bereik.");
    assert_eq!(
        (notes[2].anchor.as_deref(), notes[2].author.as_deref()),
        (None, None)
    );
    // Without a comments part: no notes; a damaged one: none, text read.
    assert!(extract_docx("a.docx", &docx(body, ""))
        .unwrap()
        .notes
        .is_empty());
    let bad = docx_with_parts(
        body,
        "",
        "",
        &[("word/comments.xml", "<w:comments><w:comment")],
    );
    let doc = extract_docx("a.docx", &bad).unwrap();
    assert!(doc.notes.is_empty() && doc.text().contains("zes weken"));
}

fn texts_by_page(doc: &Document) -> Vec<Vec<String>> {
    doc.pages
        .iter()
        .map(|p| p.lines.iter().map(|l| l.text.clone()).collect())
        .collect()
}

/// QA26b: a Word draft's pages are the ones its file holds: Word's own
/// marks of where it laid out each page, else the hard breaks.
#[test]
fn pages_come_from_the_breaks_the_file_holds() {
    let brk = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
    let rendered = |t: &str| {
        format!("<w:p><w:r><w:lastRenderedPageBreak/></w:r><w:r><w:t>{t}</w:t></w:r></w:p>")
    };
    // Hard breaks and the marks Word adds after them: one page each.
    let body = [
        p("1 Inleiding"),
        p("Tekst."),
        brk.to_string(),
        rendered("2 Preventie"),
        p("Meer tekst."),
        brk.to_string(),
        rendered("3 Opvang"),
        brk.to_string(),
    ]
    .concat();
    let doc = extract_docx("x.docx", &docx(&body, "")).unwrap();
    assert_eq!(
        texts_by_page(&doc),
        [
            vec!["1 Inleiding", "Tekst."],
            vec!["2 Preventie", "Meer tekst."],
            vec!["3 Opvang"]
        ]
    );
    assert!(doc.pages[1].lines[0].paragraph_start);
    assert_eq!(doc.pages[2].number, 3);
    // Without Word's marks: hard breaks, a paragraph set to start a page,
    // and a section ending (not a continuous one).
    let before = "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Twee</w:t></w:r></w:p>";
    let section = |kind: &str| {
        format!("<w:p><w:pPr><w:sectPr><w:type w:val=\"{kind}\"/></w:sectPr></w:pPr><w:r><w:t>Einde</w:t></w:r></w:p>")
    };
    let body = [
        p("Een"),
        before.to_string(),
        section("nextPage"),
        p("Drie"),
        section("continuous"),
        "<w:p><w:r><w:t>Nog drie</w:t><w:br w:type=\"page\"/><w:t>Vier</w:t></w:r></w:p>"
            .to_string(),
    ]
    .concat();
    let doc = extract_docx("x.docx", &docx(&body, "")).unwrap();
    assert_eq!(
        texts_by_page(&doc),
        [
            vec!["Een"],
            vec!["Twee", "Einde"],
            vec!["Drie", "Einde", "Nog drie"],
            vec!["Vier"]
        ]
    );
    // The rest of a paragraph after a break goes on with the paragraph.
    assert!(!doc.pages[3].lines[0].paragraph_start);
    // A document without breaks is one page.
    let doc = extract_docx("x.docx", &docx(&[p("Een"), p("Twee")].concat(), "")).unwrap();
    assert_eq!(texts_by_page(&doc), [vec!["Een", "Twee"]]);
}

/// QA: a Word draft whose table ends a page (the next chapter starts on
/// a new page) lost the last row's year, `2028`, from the section text:
/// a number alone among a page's last lines was taken for a page number.
/// A Word document's body holds no page numbers (they are in its
/// footer), so its text is kept whole.
#[test]
fn a_number_in_a_table_at_a_page_end_stays_text_of_a_word_draft() {
    let cell = |t: &str| format!("<w:tc>{}</w:tc>", p(t));
    let row = |a: &str, b: &str| format!("<w:tr>{}{}</w:tr>", cell(a), cell(b));
    let heading = |t: &str| {
        format!("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>")
    };
    let body = format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Regiovisie X</w:t></w:r></w:p>\
         {}{}<w:tbl>{}{}{}</w:tbl>\
         <w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>{}{}",
        heading("1 Inleiding"),
        p("Tekst over de aanpak van jeugdhulp in de regio."),
        row("Jaar", "Budget"),
        row("2027", "12,5 miljoen"),
        row("2028", "11,8 miljoen"),
        heading("2 Slot"),
        p("Dit is het slot van de visie."),
    );
    let doc = extract_docx("visie.docx", &docx(&body, "")).unwrap();
    assert_eq!(doc.pages.len(), 2);
    let v = crate::structure::parse_version(&doc, "x");
    let text = &v.section("1").unwrap().text;
    assert!(text.contains("2028") && text.contains("2027"), "{v:#?}");
    // Read from a PDF, the same bare number at a page's end is its number.
    let pdf = Document { word: false, ..doc };
    let v = crate::structure::parse_version(&pdf, "x");
    assert!(!v.section("1").unwrap().text.contains("2028"), "{v:#?}");
}

/// QA: a Word draft's running header (`Concept - niet verspreiden`) was
/// read above page 1 as a letter's letterhead is, and so became the
/// front matter's title and the memo's. The draft's reader leaves the
/// header out: its `Title` names it.
#[test]
fn a_word_drafts_page_header_is_no_text_nor_title_of_the_draft() {
    let body = format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Regiovisie Jeugd 2027-2030</w:t></w:r></w:p>\
         {}<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Inleiding</w:t></w:r></w:p>{}\
         <w:sectPr xmlns:r=\"r\"><w:headerReference w:type=\"default\" r:id=\"rId8\"/></w:sectPr>",
        p("De regio werkt samen."),
        p("De wachttijd is zes weken."),
    );
    let bytes = docx_with_parts(
        &body,
        "",
        "",
        &[
            ("word/_rels/document.xml.rels", HEADER_RELS),
            (
                "word/header1.xml",
                &header_part("Concept - niet verspreiden - versie 0.9"),
            ),
        ],
    );
    let doc = extract_docx("visie.docx", &bytes).unwrap();
    // Read above the text (a letter's letterhead), marked as the header.
    assert_eq!(lines(&doc)[0], "Concept - niet verspreiden - versie 0.9");
    assert_eq!(doc.header_lines, 1);
    let v = crate::structure::parse_version(&doc, "x");
    assert_eq!(
        v.section("0").unwrap().title,
        "Regiovisie Jeugd 2027-2030",
        "{v:#?}"
    );
    assert!(
        v.sections
            .iter()
            .all(|s| !s.text.contains("verspreiden") && !s.title.contains("verspreiden")),
        "{v:#?}"
    );
}

/// QA: a sentence moved with tracked changes on (`w:moveFrom` in 2.2,
/// `w:moveTo` at the end of chapter 4) was proposed as `deze tekst
/// schrappen`, where it went nowhere. A move whose ends share a name is
/// one proposal, told where the text was: what is moved, and after which
/// words (under which heading) it goes; where it went is no insertion.
#[test]
fn a_tracked_move_is_proposed_as_a_move_to_where_it_went() {
    let heading = |t: &str| {
        format!("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>")
    };
    let by = r#"w:author="Piet Jansen" w:date="2026-10-01T10:00:00Z""#;
    let body = format!(
        "{}<w:p><w:moveFromRangeStart w:id=\"10\" w:name=\"move1\" {by}/>\
         <w:moveFrom w:id=\"11\" {by}><w:r><w:t>Residentiele hulp wordt afgebouwd.</w:t></w:r></w:moveFrom>\
         <w:moveFromRangeEnd w:id=\"10\"/></w:p>\
         <w:p><w:r><w:t xml:space=\"preserve\">Pleegzorg krijgt voorrang. </w:t></w:r>\
         <w:moveFromRangeStart w:id=\"12\" w:name=\"move2\" {by}/>\
         <w:moveFrom w:id=\"13\" {by}><w:r><w:t xml:space=\"preserve\">Ook voor broers en zussen. </w:t></w:r></w:moveFrom>\
         <w:moveFromRangeEnd w:id=\"12\"/><w:r><w:t>Dat is de kern.</w:t></w:r></w:p>\
         {}{}<w:p><w:moveToRangeStart w:id=\"20\" w:name=\"move1\" {by}/>\
         <w:moveTo w:id=\"21\" {by}><w:r><w:t>Residentiele hulp wordt afgebouwd.</w:t></w:r></w:moveTo>\
         <w:moveToRangeEnd w:id=\"20\"/></w:p>\
         <w:p><w:r><w:t xml:space=\"preserve\">Het gezin staat centraal. </w:t></w:r>\
         <w:moveToRangeStart w:id=\"22\" w:name=\"move2\" {by}/>\
         <w:moveTo w:id=\"23\" {by}><w:r><w:t>Ook voor broers en zussen.</w:t></w:r></w:moveTo>\
         <w:moveToRangeEnd w:id=\"22\"/></w:p>\
         <w:p><w:moveFrom w:id=\"30\" {by}><w:r><w:t>Zonder bestemming.</w:t></w:r></w:moveFrom></w:p>",
        heading("Residentiele hulp"),
        heading("Ambities na 2030"),
        p("Na 2030 wordt de visie opnieuw bekeken met alle partners."),
    );
    let doc = extract_docx("terug.docx", &docx(&body, "")).unwrap();
    let notes: Vec<(&str, &str)> = doc
        .notes
        .iter()
        .map(|n| (n.text.as_str(), n.anchor.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        notes,
        [
            (
                "Tekstvoorstel (bijgehouden wijziging): deze tekst verplaatsen naar na \
                 \"opnieuw bekeken met alle partners.\" (onder \"Ambities na 2030\").",
                "Residentiele hulp wordt afgebouwd.",
            ),
            (
                "Tekstvoorstel (bijgehouden wijziging): \"Ook voor broers en zussen.\" \
                 verplaatsen naar na \"Het gezin staat centraal.\" (onder \"Ambities na 2030\").",
                "Pleegzorg krijgt voorrang. Ook voor broers en zussen. Dat is de kern.",
            ),
            // A move without its other end reads as the deletion it looks like.
            (
                "Tekstvoorstel (bijgehouden wijziging): deze tekst schrappen.",
                "Zonder bestemming.",
            ),
        ]
    );
    assert_eq!(doc.notes[0].author.as_deref(), Some("Piet Jansen"));
    // The text read has the moves made.
    let text = lines(&doc).join("\n");
    assert!(
        text.ends_with("Het gezin staat centraal. Ook voor broers en zussen."),
        "{text}"
    );
}

/// A run holding the reference to footnote (or endnote) `id`.
fn note_ref(element: &str, id: u32) -> String {
    format!(
        r#"<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{element} w:id="{id}"/></w:r>"#
    )
}

/// A paragraph with text, a note reference, and text after it.
fn p_with_ref(before: &str, reference: &str, after: &str) -> String {
    format!(
        "<w:p><w:r><w:t xml:space=\"preserve\">{before}</w:t></w:r>{reference}<w:r><w:t xml:space=\"preserve\">{after}</w:t></w:r></w:p>"
    )
}

fn notes_part(element: &str, notes: &[(u32, &str)]) -> String {
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let body: String = notes
        .iter()
        .map(|(id, text)| {
            format!(
                r#"<w:{element} w:id="{id}"><w:p><w:r><w:{element}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{element}>"#
            )
        })
        .collect();
    format!(
        r#"<?xml version="1.0"?><w:{element}s {ns}><w:{element} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{element}>{body}</w:{element}s>"#
    )
}

/// QA: a Word response's footnotes were left out (only warned about).
/// They are read as a PDF's are: the mark numbered in superscript where
/// the reference stands, the note's text on the page holding it, so the
/// splitter puts it with the point that refers to it. Endnotes are
/// numbered on after the footnotes; a reference deleted as a tracked
/// change is gone.
#[test]
fn footnotes_and_endnotes_are_read_with_their_marks() {
    let body = [
        p_with_ref(
            "Wij vragen aandacht voor de wachttijden",
            &note_ref("footnoteReference", 2),
            ".",
        ),
        p_with_ref(
            "De jeugdwet",
            &note_ref("endnoteReference", 1),
            " geldt ook hier.",
        ),
        p_with_ref(
            "Het budget",
            &note_ref("footnoteReference", 3),
            " is te krap.",
        ),
        format!(
            r#"<w:p><w:r><w:t>Geschrapt</w:t></w:r><w:del w:id="9" w:author="X">{}</w:del></w:p>"#,
            note_ref("footnoteReference", 4)
        ),
    ]
    .concat();
    let footnotes = notes_part(
        "footnote",
        &[
            (2, "Cijfers van het CBS."),
            (3, "Begroting 2026, p. 4."),
            (4, "Een noot die met haar teken is geschrapt."),
        ],
    );
    let endnotes = notes_part("endnote", &[(1, "Jeugdwet, artikel 2.3.")]);
    let doc = extract_docx(
        "reactie.docx",
        &docx_with_parts(
            &body,
            "",
            "",
            &[
                ("word/footnotes.xml", &footnotes),
                ("word/endnotes.xml", &endnotes),
            ],
        ),
    )
    .unwrap();
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    assert_eq!(
        lines(&doc),
        [
            "Wij vragen aandacht voor de wachttijden¹.",
            "De jeugdwet³ geldt ook hier.",
            "Het budget² is te krap.",
            "Geschrapt",
        ]
    );
    assert_eq!(
        doc.pages[0].footnotes,
        [
            "1 Cijfers van het CBS.",
            "3 Jeugdwet, artikel 2.3.",
            "2 Begroting 2026, p. 4."
        ]
    );
    // Without notes parts nothing is added, and nothing is warned.
    let doc = extract_docx("reactie.docx", &docx(&body, "")).unwrap();
    assert!(doc.warnings.is_empty() && doc.pages[0].footnotes.is_empty());
    assert_eq!(lines(&doc)[0], "Wij vragen aandacht voor de wachttijden¹.");
}

/// A note with a mark of its own (`w:customMarkFollows`, the `*` typed
/// after the reference) is known by that mark; one whose mark is no sign
/// goes at the end of the text, so nothing of it is lost. Private
/// characters typed in the text are no references.
#[test]
fn a_custom_marked_note_keeps_its_mark_and_none_is_lost() {
    let custom = |id: u32| {
        format!(
            r#"<w:r><w:footnoteReference w:customMarkFollows="1" w:id="{id}"/><w:t>{}</w:t></w:r>"#,
            if id == 1 { "*" } else { "a" }
        )
    };
    let body = [
        p_with_ref("De regio", &custom(1), " moet samenwerken."),
        p_with_ref("Zie ook de bijlage", &custom(2), "."),
        p("Tekst met \u{E0F0}7\u{E0F1} privétekens."),
    ]
    .concat();
    let footnotes = notes_part("footnote", &[(1, "Alle 18 gemeenten."), (2, "Bijlage A.")]);
    let doc = extract_docx(
        "reactie.docx",
        &docx_with_parts(&body, "", "", &[("word/footnotes.xml", &footnotes)]),
    )
    .unwrap();
    let text = lines(&doc);
    assert_eq!(text[0], "De regio* moet samenwerken.");
    assert_eq!(text[1], "Zie ook de bijlagea.");
    assert_eq!(text[2], "Tekst met  privétekens.");
    assert_eq!(text[3], "Bijlage A.");
    assert_eq!(doc.pages[0].footnotes, ["* Alle 18 gemeenten."]);
}

/// QA: a version of the draft saved with tracked changes not accepted
/// was read with them accepted, without a word; `run` now warns.
#[test]
fn a_draft_version_with_tracked_changes_is_warned_about() {
    let body = r#"<w:p><w:r><w:t xml:space="preserve">De wachttijd is </w:t></w:r><w:del w:id="1" w:author="X"><w:r><w:delText>zes</w:delText></w:r></w:del><w:ins w:id="2" w:author="X"><w:r><w:t>vier</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> weken.</w:t></w:r></w:p>"#;
    let doc = extract_docx("02-definitief.docx", &docx(body, "")).unwrap();
    let v = crate::structure::parse_version(&doc, "Definitief");
    assert!(
        v.reading_warnings
            .iter()
            .any(|w| w.contains("tracked changes") && w.contains("read with them accepted")),
        "{:?}",
        v.reading_warnings
    );
    // A paragraph inserted whole (a note proposing to add it) is a
    // tracked change too.
    let inserted = format!(
        "{}{}",
        p("De wachttijd is zes weken."),
        r#"<w:p><w:pPr><w:rPr><w:ins w:id="3" w:author="X"/></w:rPr></w:pPr><w:ins w:id="4" w:author="X"><w:r><w:t>Wijkteams zijn ook 's avonds open.</w:t></w:r></w:ins></w:p>"#
    );
    let doc = extract_docx("02-definitief.docx", &docx(&inserted, "")).unwrap();
    assert_eq!(doc.notes.len(), 1, "{:?}", doc.notes);
    let v = crate::structure::parse_version(&doc, "Definitief");
    assert!(
        v.reading_warnings
            .iter()
            .any(|w| w.contains("tracked changes") && w.contains("in 1 paragraph;")),
        "{:?}",
        v.reading_warnings
    );
    let clean = extract_docx("01.docx", &docx(&p("De wachttijd is zes weken."), "")).unwrap();
    assert!(crate::structure::parse_version(&clean, "x")
        .reading_warnings
        .is_empty());
}

/// QA28 left: a Word document imported whole into another
/// (`w:altChunk` of a `.docx`) was only named as not read; its text is
/// read where it stands, its footnotes with it, and a document that
/// imports itself is not read forever.
#[test]
fn an_imported_word_document_is_read_where_it_stands() {
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
    let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="c" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.docx"/></Relationships>"#;
    let footnotes = notes_part("footnote", &[(1, "Cijfers van het CBS.")]);
    let inner = docx_with_parts(
        &[
            p("1. De wachttijd is te lang."),
            p_with_ref(
                "2. Het budget",
                &note_ref("footnoteReference", 1),
                " is te krap.",
            ),
        ]
        .concat(),
        "",
        "",
        &[("word/footnotes.xml", &footnotes)],
    );
    let outer = |chunk: &[u8]| {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        let body = format!(
            r#"<?xml version="1.0"?><w:document {ns}><w:body>{}<w:altChunk r:id="c"/>{}</w:body></w:document>"#,
            p("Geachte werkgroep,"),
            p("Met vriendelijke groet,")
        );
        for (name, bytes) in [
            ("word/document.xml", body.as_bytes()),
            ("word/_rels/document.xml.rels", rels.as_bytes()),
            ("word/chunk.docx", chunk),
        ] {
            zip.start_file(name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    };
    let doc = extract_docx("zienswijze.docx", &outer(&inner)).unwrap();
    assert_eq!(
        lines(&doc),
        [
            "Geachte werkgroep,",
            "1. De wachttijd is te lang.",
            "2. Het budget¹ is te krap.",
            "¹ Cijfers van het CBS.",
            "Met vriendelijke groet,",
        ]
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    // Nested deeper and deeper: read to a depth, then named, never a loop.
    let mut nested = inner;
    for _ in 0..5 {
        nested = outer(&nested);
    }
    let doc = extract_docx("zienswijze.docx", &nested).unwrap();
    assert!(
        doc.warnings.iter().any(|w| w.contains("imported too deep")),
        "{:?}",
        doc.warnings
    );
}

/// QA30a: a table of contents is no text of a Word document: paragraphs
/// in its styles (`TOC 1`, `toc 2`), inside a `TOC` field (also without
/// page numbers, `\n`) or in a content control holding one. The contents'
/// headings are the document's own, read where they stand.
#[test]
fn a_table_of_contents_is_no_text() {
    let styles = r#"<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Inhopg2"><w:name w:val="toc 2"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>"#;
    let styled = |style: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let field = concat!(
        r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \n </w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 Inleiding</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:t>2 Wonen</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
    );
    let control = concat!(
        r#"<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>"#,
        r#"<w:sdtContent><w:p><w:r><w:t>3 Zorg</w:t></w:r></w:p></w:sdtContent></w:sdt>"#,
    );
    let body = [
        p("Inhoudsopgave"),
        styled("TOC1", "Voorwoord"),
        styled("Inhopg2", "1.1 Aanleiding"),
        field.to_string(),
        control.to_string(),
        styled("Heading1", "Inleiding"),
        p("Gewone tekst."),
        // Another field (a page reference) is text as before.
        r#"<w:p><w:r><w:t xml:space="preserve">Zie pagina </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#.to_string(),
    ]
    .concat();
    let doc = extract_docx("visie.docx", &docx_with(&body, "", styles)).unwrap();
    assert_eq!(
        lines(&doc),
        [
            "Inhoudsopgave",
            "Inleiding",
            "Gewone tekst.",
            "Zie pagina 4"
        ]
    );
}

/// A footer part holding a `PAGE` field (as a complex field, or
/// `fldSimple` when `simple`), or plain text.
fn footer_part(field: Option<bool>) -> String {
    let inner = match field {
        Some(false) => "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>".to_string(),
        Some(true) => "<w:p><w:fldSimple w:instr=\" PAGE \\* MERGEFORMAT \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>".to_string(),
        None => p("Regiovisie Kustregio"),
    };
    format!(
        r#"<?xml version="1.0"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{inner}</w:ftr>"#
    )
}

const FOOTER_RELS: &str = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId20" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
        <Relationship Id="rId21" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>
        <Relationship Id="rId22" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer3.xml"/>
      </Relationships>"#;

/// QA31c: a Word draft's page numbers are the ones it prints: a cover and
/// a contents page in a first section whose footer prints no number, the
/// body a section restarting at 1 (`w:pgNumType w:start`) with a `PAGE`
/// field in its footer: the body's third sheet prints 1.
#[test]
fn printed_page_numbers_follow_the_sections_numbering() {
    let brk = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
    let body = |first_sect: &str, last_sect: &str| {
        [
            p("Regiovisie Wonen en Zorg"),
            brk.to_string(),
            p("Inhoud"),
            format!("<w:p><w:pPr><w:sectPr xmlns:r=\"r\">{first_sect}</w:sectPr></w:pPr></w:p>"),
            p("1 Inleiding"),
            brk.to_string(),
            p("2 Opgave"),
            brk.to_string(),
            p("3 Uitvoering"),
            format!("<w:sectPr xmlns:r=\"r\">{last_sect}</w:sectPr>"),
        ]
        .concat()
    };
    let parts = |simple: bool| {
        vec![
            ("word/_rels/document.xml.rels", FOOTER_RELS.to_string()),
            ("word/footer1.xml", footer_part(None)),
            ("word/footer2.xml", footer_part(Some(simple))),
            ("word/footer3.xml", footer_part(Some(!simple))),
        ]
    };
    let read = |first_sect: &str, last_sect: &str, simple: bool| {
        let parts = parts(simple);
        let more: Vec<(&str, &str)> = parts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let doc = extract_docx(
            "x.docx",
            &docx_with_parts(&body(first_sect, last_sect), "", "", &more),
        )
        .unwrap();
        assert_eq!(doc.pages.len(), 5, "{:?}", texts_by_page(&doc));
        doc.pages
            .iter()
            .map(|p| p.printed_number.clone())
            .collect::<Vec<_>>()
    };
    let s = |v: &[Option<&str>]| v.iter().map(|x| x.map(String::from)).collect::<Vec<_>>();
    let cover = r#"<w:footerReference w:type="default" r:id="rId20"/><w:type w:val="nextPage"/>"#;
    let restart = r#"<w:footerReference w:type="default" r:id="rId21"/><w:pgNumType w:start="1"/>"#;
    for simple in [false, true] {
        assert_eq!(
            read(cover, restart, simple),
            s(&[None, None, Some("1"), Some("2"), Some("3")])
        );
    }
    // No restart: the body goes on counting from the cover.
    let on = r#"<w:footerReference w:type="default" r:id="rId21"/>"#;
    assert_eq!(
        read(cover, on, false),
        s(&[None, None, Some("3"), Some("4"), Some("5")])
    );
    // A footer taken over from the section before (no reference of its
    // own), numbered in roman numerals.
    let numbered =
        r#"<w:footerReference w:type="default" r:id="rId21"/><w:type w:val="nextPage"/>"#;
    assert_eq!(
        read(
            numbered,
            r#"<w:pgNumType w:fmt="lowerRoman" w:start="1"/>"#,
            false
        ),
        s(&[Some("1"), Some("2"), Some("i"), Some("ii"), Some("iii")])
    );
    // A title page of its own (`w:titlePg`) shows the `first` footer.
    let title = r#"<w:footerReference w:type="default" r:id="rId21"/><w:footerReference w:type="first" r:id="rId20"/><w:titlePg/><w:pgNumType w:start="1"/>"#;
    assert_eq!(
        read(cover, title, false),
        s(&[None, None, None, Some("2"), Some("3")])
    );
    // No footer with a page number: no printed numbers (the sheets).
    assert_eq!(read(cover, "", false), s(&[None; 5]));
}

/// QA33d: a paragraph inserted whole as a tracked change whose words echo
/// the draft's (`... een vaste contactpersoon van het wijkteam.` below
/// `Elke school krijgt een vaste contactpersoon van het wijkteam.`) was
/// taken for the draft's own text and lost; one inserted in § 2.1 had no
/// place. Each is a proposal to add it, naming the words before it and
/// the heading above; its paragraph mark tracked or not.
#[test]
fn a_paragraph_inserted_whole_is_a_proposal_naming_where_it_goes() {
    let heading = |t: &str| {
        format!("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>")
    };
    let by = r#"w:author="GGD Hollands Midden" w:date="2026-10-01T10:00:00Z""#;
    let body = format!(
        "{}{}<w:p><w:pPr><w:rPr><w:ins w:id=\"1\" {by}/></w:rPr></w:pPr>\
         <w:ins w:id=\"2\" {by}><w:r><w:t>Ook kinderopvang en peuterspeelzalen krijgen een vaste contactpersoon van het wijkteam.</w:t></w:r></w:ins></w:p>\
         {}<w:p><w:ins w:id=\"3\" {by}><w:r><w:t>Zonder gemarkeerde alineamarkering.</w:t></w:r></w:ins></w:p>",
        heading("Samenwerking met het onderwijs"),
        p("Elke school krijgt een vaste contactpersoon van het wijkteam."),
        heading("Financi\u{eb}n"),
    );
    let doc = extract_docx("terug.docx", &docx(&body, "")).unwrap();
    let notes: Vec<(&str, Option<&str>)> = doc
        .notes
        .iter()
        .map(|n| (n.text.as_str(), n.author.as_deref()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                "Ook kinderopvang en peuterspeelzalen krijgen een vaste contactpersoon van het \
                 wijkteam. — Tekstvoorstel (bijgehouden wijziging): deze alinea toevoegen na \
                 \"vaste contactpersoon van het wijkteam.\" (onder \"Samenwerking met het onderwijs\").",
                Some("GGD Hollands Midden"),
            ),
            (
                "Zonder gemarkeerde alineamarkering. — Tekstvoorstel (bijgehouden wijziging): \
                 deze alinea toevoegen na \"Financi\u{eb}n\".",
                Some("GGD Hollands Midden"),
            ),
        ]
    );
    assert!(doc.notes.iter().all(|n| n.kind == NoteKind::Change));
}

/// QA33d: a review comment on words a tracked change replaced quoted the
/// sender's inserted word (`Bij "twee"`) as the draft's, one on deleted
/// words quoted nothing, and one on a sentence holding a change quoted it
/// changed (`... is twee weken.`). A comment whose range holds a tracked
/// change is attached to its paragraphs' text before the changes.
#[test]
fn a_comment_on_changed_text_is_attached_to_the_text_before_the_change() {
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let by = r#"w:author="GGD" w:date="2026-10-01T10:00:00Z""#;
    let body = format!(
        "<w:p><w:r><w:t xml:space=\"preserve\">De wachttijd is </w:t></w:r>\
         <w:commentRangeStart w:id=\"1\"/><w:del w:id=\"11\" {by}><w:r><w:delText>zes</w:delText></w:r></w:del>\
         <w:ins w:id=\"12\" {by}><w:r><w:t>twee</w:t></w:r></w:ins><w:commentRangeEnd w:id=\"1\"/>\
         <w:r><w:t xml:space=\"preserve\"> weken.</w:t></w:r></w:p>\
         <w:p><w:r><w:t xml:space=\"preserve\">De norm is maximaal </w:t></w:r>\
         <w:commentRangeStart w:id=\"2\"/><w:del w:id=\"13\" {by}><w:r><w:delText>twaalf weken</w:delText></w:r></w:del>\
         <w:commentRangeEnd w:id=\"2\"/><w:ins w:id=\"14\" {by}><w:r><w:t>acht weken</w:t></w:r></w:ins>\
         <w:r><w:t xml:space=\"preserve\"> voor jeugdhulp.</w:t></w:r></w:p>\
         <w:p><w:commentRangeStart w:id=\"3\"/><w:r><w:t xml:space=\"preserve\">Het wijkteam is </w:t></w:r>\
         <w:del w:id=\"15\" {by}><w:r><w:delText>soms</w:delText></w:r></w:del>\
         <w:ins w:id=\"16\" {by}><w:r><w:t>altijd</w:t></w:r></w:ins>\
         <w:r><w:t xml:space=\"preserve\"> open.</w:t></w:r><w:commentRangeEnd w:id=\"3\"/></w:p>\
         <w:p><w:commentRangeStart w:id=\"4\"/><w:r><w:t>Ongewijzigd blijft dit.</w:t></w:r><w:commentRangeEnd w:id=\"4\"/></w:p>"
    );
    let comment = |id: u32, text: &str| {
        format!(
            r#"<w:comment w:id="{id}" w:author="GGD"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>"#
        )
    };
    let comments = format!(
        r#"<?xml version="1.0"?><w:comments {ns}>{}{}{}{}</w:comments>"#,
        comment(1, "Twee is haalbaar."),
        comment(2, "Acht weken is de norm."),
        comment(3, "Zes weken is te lang."),
        comment(4, "Goed zo."),
    );
    let bytes = docx_with_parts(&body, "", "", &[("word/comments.xml", &comments)]);
    let doc = extract_docx("terug.docx", &bytes).unwrap();
    let anchors: Vec<(&str, Option<&str>)> = doc
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Comment)
        .map(|n| (n.text.as_str(), n.anchor.as_deref()))
        .collect();
    assert_eq!(
        anchors,
        [
            ("Twee is haalbaar.", Some("De wachttijd is zes weken.")),
            (
                "Acht weken is de norm.",
                Some("De norm is maximaal twaalf weken voor jeugdhulp.")
            ),
            ("Zes weken is te lang.", Some("Het wijkteam is soms open.")),
            ("Goed zo.", Some("Ongewijzigd blijft dit.")),
        ]
    );
}
