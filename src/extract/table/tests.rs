use super::*;

fn rows(t: &[&[&str]]) -> Vec<Vec<String>> {
    t.iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn a_comment_table_reads_as_numbered_points_with_their_place() {
    let t = rows(&[
        &["Nr", "Paragraaf", "Opmerking"],
        &[
            "1",
            "2.2",
            "Dit is te vrijblijvend geformuleerd; noem een concreet getal.",
        ],
        &["2", "algemeen", "De visie is te lang."],
        &["3", "", "Voeg een begrippenlijst toe."],
        &["4", "5.1", ""],
    ]);
    assert_eq!(
        comment_table_points(&t).unwrap_or_default(),
        [
            "1. Paragraaf 2.2: Dit is te vrijblijvend geformuleerd; noem een concreet getal.",
            "2. Algemeen: De visie is te lang.",
            "3. Voeg een begrippenlijst toe.",
        ]
    );
    let t = rows(&[
        &["Pagina", "Reactie"],
        &["13", "Te weinig aandacht voor ouderen."],
    ]);
    assert_eq!(
        comment_table_points(&t).unwrap_or_default(),
        ["1. Pagina 13: Te weinig aandacht voor ouderen."]
    );
    // Any other table is read as it was.
    let t = rows(&[&["Jaar", "Meldingen"], &["2024", "1200"]]);
    assert_eq!(comment_table_points(&t), None);
    assert_eq!(comment_table_points(&[]), None);
}
