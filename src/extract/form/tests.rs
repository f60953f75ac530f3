use super::*;

use lopdf::{dictionary, Object, StringFormat};

/// A field: its dictionary entries besides `/Rect` and `/P`, and its
/// widget's rectangle (PDF user space).
type Field = (lopdf::Dictionary, [i64; 4]);

/// A one-page PDF (612 × 792) with Helvetica `labels` (x, y, text) drawn
/// on the page and the form `fields` as merged field-widgets.
fn form_pdf(labels: &[(i64, i64, &str)], fields: Vec<Field>) -> Vec<u8> {
    turned_form_pdf(labels, fields, 0)
}

/// [`form_pdf`] with `/Rotate rotate` on the page.
fn turned_form_pdf(labels: &[(i64, i64, &str)], fields: Vec<Field>, rotate: i64) -> Vec<u8> {
    let content: String = labels
        .iter()
        .map(|(x, y, t)| format!("BT /F1 11 Tf {x} {y} Td ({t}) Tj ET\n"))
        .collect();
    crate::extract::test_pdf::one_page(612, 792, content, |doc, page_id| {
        let mut widgets = Vec::new();
        for (mut dict, rect) in fields {
            dict.set("Type", "Annot");
            dict.set("Subtype", "Widget");
            dict.set(
                "Rect",
                rect.iter().map(|&v| Object::Integer(v)).collect::<Vec<_>>(),
            );
            dict.set("P", page_id);
            widgets.push(Object::Reference(doc.add_object(dict)));
        }
        let form_id = doc.add_object(dictionary! { "Fields" => widgets.clone() });
        let mut page = dictionary! { "Annots" => widgets };
        if rotate != 0 {
            page.set("Rotate", rotate);
        }
        (page, dictionary! { "AcroForm" => form_id })
    })
}

fn text(name: &str) -> Object {
    Object::string_literal(name)
}

/// A UTF-16BE text string (with its byte order mark).
fn utf16(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn lines_of(pdf: &[u8]) -> Vec<String> {
    let doc = crate::extract::extract_bytes("formulier.pdf", pdf).unwrap();
    doc.pages
        .iter()
        .flat_map(|p| &p.lines)
        .map(|l| l.text.clone())
        .collect()
}

/// QA25: a filled-in form's values were never read (only the page's
/// labels), so the label `Uw reactie:` was taken for the sender and the
/// response had no points.
#[test]
fn filled_in_text_fields_are_read_under_the_page_labels_that_name_them() {
    filled_in_fields_on_a_page_turned_by(0);
}

/// QA28: on a page turned by `/Rotate` (its content upright), read in its
/// reading direction, the fields still land under their labels.
#[test]
fn filled_in_fields_on_a_turned_page_are_read_under_their_labels() {
    for rotate in [90, 180, 270] {
        filled_in_fields_on_a_page_turned_by(rotate);
    }
}

fn filled_in_fields_on_a_page_turned_by(rotate: i64) {
    let pdf = turned_form_pdf(
        &[
            (72, 760, "Reactieformulier regiovisie"),
            (72, 730, "Naam:"),
            (72, 700, "Organisatie:"),
            (72, 670, "Uw reactie:"),
        ],
        vec![
            (
                dictionary! { "FT" => "Tx", "T" => text("naam"), "V" => text("Karin Visser") },
                [160, 725, 500, 745],
            ),
            (
                dictionary! { "FT" => "Tx", "T" => text("org"), "V" => utf16("Stichting Één") },
                [160, 695, 500, 715],
            ),
            (
                dictionary! {
                    "FT" => "Tx",
                    "T" => text("reactie"),
                    "V" => utf16("De wachttijd is te lang.\r\nVeilig Thuis moet binnen 24 uur reageren."),
                },
                [72, 500, 540, 660],
            ),
        ],
        rotate,
    );
    let lines = lines_of(&pdf);
    assert_eq!(
        lines,
        [
            "Reactieformulier regiovisie",
            "Naam: Karin Visser",
            "Organisatie: Stichting Één",
            "Uw reactie:",
            "De wachttijd is te lang.",
            "Veilig Thuis moet binnen 24 uur reageren.",
        ],
        "/Rotate {rotate}: {lines:#?}"
    );
}

/// A field with a made-up name (`Text1`) takes the page's label just left
/// of it; one with a tooltip is labelled by that; check boxes that are on
/// read `ja`, a choice its option, and a box that is off, a push button
/// and an empty field are not read.
#[test]
fn field_labels_come_from_the_tooltip_or_the_label_beside_it_and_boxes_read_ja() {
    let pdf = form_pdf(
        &[(72, 730, "Woonplaats:"), (72, 600, "Einde formulier")],
        vec![
            (
                dictionary! { "FT" => "Tx", "T" => text("Text1"), "V" => text("Duinstad") },
                [160, 725, 400, 745],
            ),
            (
                dictionary! {
                    "FT" => "Btn",
                    "T" => text("Check Box2"),
                    "TU" => text("Ik wil op de hoogte blijven"),
                    "V" => Object::Name(b"Yes".to_vec()),
                },
                [72, 690, 84, 702],
            ),
            (
                dictionary! {
                    "FT" => "Btn",
                    "T" => text("Check Box3"),
                    "TU" => text("Ik spreek in"),
                    "V" => Object::Name(b"Off".to_vec()),
                },
                [72, 670, 84, 682],
            ),
            (
                dictionary! {
                    "FT" => "Ch",
                    "T" => text("rol"),
                    "V" => text("Inwoner"),
                },
                [72, 640, 300, 660],
            ),
            (
                dictionary! { "FT" => "Btn", "Ff" => 65536, "T" => text("Verstuur") },
                [72, 620, 140, 635],
            ),
            (
                dictionary! { "FT" => "Tx", "T" => text("email"), "V" => text("") },
                [72, 605, 300, 618],
            ),
        ],
    );
    let lines = lines_of(&pdf);
    assert_eq!(
        lines,
        [
            "Woonplaats: Duinstad",
            "Ik wil op de hoogte blijven: ja",
            "Rol: Inwoner",
            "Einde formulier",
        ],
        "{lines:#?}"
    );
}

/// A form printed with its values (the page's text shows them) whose
/// fields were kept is not read twice.
#[test]
fn a_value_the_page_already_shows_is_not_read_twice() {
    let pdf = form_pdf(
        &[
            (72, 730, "Naam: Karin Visser"),
            (72, 700, "De wachttijd is veel te lang."),
        ],
        vec![(
            dictionary! { "FT" => "Tx", "T" => text("opmerking"), "V" => text("De wachttijd is veel te lang.") },
            [72, 690, 500, 712],
        )],
    );
    assert_eq!(
        lines_of(&pdf),
        ["Naam: Karin Visser", "De wachttijd is veel te lang."]
    );
}

#[test]
fn generic_field_names_give_no_label() {
    for generic in [
        "Text1",
        "Tekstveld 3",
        "untitled2",
        "fill_1",
        "Check Box4",
        "12",
    ] {
        assert_eq!(label_of_name(generic), None, "{generic}");
    }
    assert_eq!(
        label_of_name("form1[0].page1[0].naam[0]").as_deref(),
        Some("Naam")
    );
    assert_eq!(label_of_name("uw_reactie").as_deref(), Some("Uw reactie"));
    assert!(label_names("Organisatie:", "Org"));
    assert!(label_names("Uw reactie:", "Reactie"));
    assert!(!label_names("Naam:", "Organisatie"));
}
