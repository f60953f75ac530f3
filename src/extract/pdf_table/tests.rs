use lopdf::dictionary;

/// A one-page landscape PDF with Helvetica runs (x, y from the bottom,
/// size, text), drawn in the order given.
fn pdf(runs: &[(f32, f32, f32, &str)]) -> Vec<u8> {
    let content: String = runs
        .iter()
        .map(|(x, y, size, t)| format!("BT /F1 {size} Tf {x} {y} Td ({t}) Tj ET\n"))
        .collect();
    crate::extract::test_pdf::one_page(842, 595, content, |_, _| (dictionary! {}, dictionary! {}))
}

fn lines_of(bytes: &[u8]) -> Vec<String> {
    let doc = crate::extract::extract_bytes("tabel.pdf", bytes).unwrap();
    doc.pages
        .iter()
        .flat_map(|p| &p.lines)
        .map(|l| l.text.clone())
        .collect()
}

/// The comment table as a Word form printed to PDF draws it: cell by
/// cell, row by row, the narrow number and place cells close together,
/// the number and place of a row centred on its height.
fn comment_table() -> Vec<(f32, f32, f32, &'static str)> {
    vec![
        (
            31.0,
            548.0,
            13.0,
            "Reactieformulier regiovisie - Stichting Buurtkracht",
        ),
        (31.0, 525.0, 10.0, "Nr"),
        (61.0, 525.0, 10.0, "Paragraaf"),
        (135.0, 525.0, 10.0, "Opmerking"),
        (490.0, 525.0, 10.0, "Voorstel"),
        (31.0, 495.0, 10.0, "1"),
        (61.0, 495.0, 10.0, "2.1"),
        (
            135.0,
            505.0,
            10.0,
            "De wachttijd van zes weken voor hulp is veel te",
        ),
        (135.0, 485.0, 10.0, "lang voor gezinnen in acute nood."),
        (
            490.0,
            505.0,
            10.0,
            "Verkort de wachttijd naar maximaal vier",
        ),
        (490.0, 485.0, 10.0, "weken."),
        (31.0, 455.0, 10.0, "2"),
        (61.0, 455.0, 10.0, "3"),
        (135.0, 455.0, 10.0, "Veilig Thuis reageert te laat."),
        (490.0, 455.0, 10.0, "Maak het binnen 24 uur."),
        (
            31.0,
            420.0,
            10.0,
            "Met vriendelijke groet, Stichting Buurtkracht",
        ),
    ]
}

/// QA25: the PDF of a comment table lost its place cells and gave each
/// row's comment and proposal as two points; it reads as the same table
/// in Word does: a numbered point per row naming its place.
#[test]
fn a_comment_table_in_a_pdf_reads_as_its_numbered_points() {
    let lines = lines_of(&pdf(&comment_table()));
    assert_eq!(
        lines,
        [
            "Reactieformulier regiovisie - Stichting Buurtkracht",
            "1. 2.1: De wachttijd van zes weken voor hulp is veel te lang voor gezinnen \
             in acute nood. Voorstel: Verkort de wachttijd naar maximaal vier weken.",
            "2. Paragraaf 3: Veilig Thuis reageert te laat. Voorstel: Maak het binnen 24 uur.",
            "Met vriendelijke groet, Stichting Buurtkracht",
        ]
        .map(|s| s.replace("             ", "")),
        "{lines:#?}"
    );
}

/// Text that only mentions the headers' words, and a table of another
/// kind (no place column), stay as they are.
#[test]
fn prose_and_other_tables_are_left_alone() {
    let runs = [
        (
            31.0,
            548.0,
            10.0,
            "In paragraaf 2.1 staat een opmerking over het voorstel.",
        ),
        (31.0, 530.0, 10.0, "Naam"),
        (200.0, 530.0, 10.0, "Opmerking"),
        (31.0, 515.0, 10.0, "Jan"),
        (200.0, 515.0, 10.0, "Te laat."),
    ];
    let lines = lines_of(&pdf(&runs));
    assert_eq!(
        lines,
        [
            "In paragraaf 2.1 staat een opmerking over het voorstel.",
            "Naam",
            "Opmerking",
            "Jan",
            "Te laat.",
        ],
        "{lines:#?}"
    );
}
