//! QA25 through the command line: a filled-in PDF form (AcroForm) whose
//! fields hold the response, filed under the name of the person who filled
//! it in, and a comment table (`Nr | Paragraaf | Opmerking | Voorstel`)
//! sent as PDF. PDFs built here with lopdf.

use lopdf::{dictionary, Object, Stream};

mod common;

use common::{comments_json, inspraak, write_inbox};

const DRAFT: &str = "# Regiovisie Testregio 2027-2030\n\n## 1 Inleiding\n\nDeze visie beschrijft de aanpak van huiselijk geweld in de regio.\n\n## 2 Preventie\n\n### 2.1 Voorlichting\n\nScholen geven voorlichting. De wachttijd voor hulp is zes weken.\n\n### 2.2 Wijkteams\n\nWijkteams signaleren vroeg.\n\n## 3 Veiligheid\n\nVeilig Thuis neemt meldingen aan binnen vijf dagen.\n";

/// A one-page PDF: Helvetica `runs` (x, y from the bottom, size, text) in
/// the order given, and `fields` (name, value, rect) as filled-in text
/// fields of a form.
fn pdf(runs: &[(f32, f32, f32, &str)], fields: &[(&str, &str, [i64; 4])]) -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let page_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let content: String = runs
        .iter()
        .map(|(x, y, size, t)| format!("BT /F1 {size} Tf {x} {y} Td ({t}) Tj ET\n"))
        .collect();
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let widgets: Vec<Object> = fields
        .iter()
        .map(|(name, value, rect)| {
            Object::Reference(doc.add_object(dictionary! {
                "Type" => "Annot",
                "Subtype" => "Widget",
                "FT" => "Tx",
                "T" => Object::string_literal(*name),
                "V" => Object::string_literal(*value),
                "Rect" => rect.iter().map(|&v| Object::Integer(v)).collect::<Vec<_>>(),
                "P" => page_id,
            }))
        })
        .collect();
    doc.objects.insert(
        page_id,
        Object::Dictionary(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "MediaBox" => vec![0.into(), 0.into(), 842.into(), 595.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
            "Annots" => widgets.clone(),
        }),
    );
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![Object::Reference(page_id)],
            "Count" => 1,
        }),
    );
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
    if !widgets.is_empty() {
        catalog.set("AcroForm", dictionary! { "Fields" => widgets });
    }
    let catalog = doc.add_object(catalog);
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn a_filled_in_form_and_a_comment_table_as_pdf_are_read_as_their_points() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = write_inbox(dir.path(), &[("drafts/01-inspraakversie.md", DRAFT)]);
    let form = pdf(
        &[
            (72.0, 560.0, 12.0, "Reactieformulier Regiovisie Testregio"),
            (72.0, 530.0, 12.0, "Naam:"),
            (72.0, 500.0, 12.0, "Uw reactie:"),
        ],
        &[
            ("naam", "Karin Visser", [160, 525, 500, 545]),
            (
                "reactie",
                "De wachttijd van zes weken in paragraaf 2 is veel te lang. Maak er twee weken \
                 van. Veilig Thuis moet binnen 24 uur reageren.",
                [72, 300, 540, 490],
            ),
        ],
    );
    std::fs::write(inbox.join("responses/reactie-karin-visser.pdf"), form).unwrap();
    let table = pdf(
        &[
            (
                31.0,
                548.0,
                13.0,
                "Reactieformulier - Stichting Buurtkracht",
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
                "Scholen geven te weinig voorlichting over",
            ),
            (135.0, 485.0, 10.0, "gezonde relaties."),
            (490.0, 505.0, 10.0, "Geef elk jaar voorlichting in groep 8."),
            (31.0, 455.0, 10.0, "2"),
            (61.0, 455.0, 10.0, "3"),
            (135.0, 455.0, 10.0, "Vijf dagen is te lang."),
            (490.0, 455.0, 10.0, "Maak het binnen 24 uur."),
        ],
        &[],
    );
    std::fs::write(inbox.join("responses/buurtkracht.pdf"), table).unwrap();
    inspraak(dir.path()).arg("run").assert().success();
    let json = comments_json(&inbox);
    let responses = json.as_array().unwrap();
    let by_file = |file: &str| {
        responses
            .iter()
            .find(|r| r["file"] == file)
            .unwrap_or_else(|| panic!("{file} in {json:#}"))
    };
    // The form: the sender from its `Naam:` field (a resident, shown by
    // a pseudonym), not its label `Uw reactie:`; its reaction a point.
    let form = by_file("reactie-karin-visser.pdf");
    assert_eq!(form["kind"], "resident", "{form:#}");
    assert!(
        !form["respondent"].as_str().unwrap().contains(':'),
        "{form:#}"
    );
    let texts: Vec<&str> = form["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("binnen 24 uur reageren")),
        "{texts:?}"
    );
    // The table: one point per row, linked by its place cell.
    let table = by_file("buurtkracht.pdf");
    let comments = table["comments"].as_array().unwrap();
    assert_eq!(comments.len(), 2, "{table:#}");
    let first = &comments[0];
    assert!(
        first["text"]
            .as_str()
            .unwrap()
            .contains("Voorstel: Geef elk jaar"),
        "{first:#}"
    );
    assert!(
        first["sections"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["number"] == "2.1"
                && s["kinds"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|k| k == "reference")),
        "{first:#}"
    );
    // No public output names the private person the form's file is named
    // after.
    for entry in std::fs::read_dir(dir.path().join("output")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).to_lowercase();
            assert!(!text.contains("karin"), "{}", path.display());
        }
    }
}
