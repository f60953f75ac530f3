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
        comment_table_points(&t, &[]).unwrap_or_default(),
        [
            "1. 2.2: Dit is te vrijblijvend geformuleerd; noem een concreet getal.",
            "2. Algemeen: De visie is te lang.",
            "3. Voeg een begrippenlijst toe.",
        ]
    );
    let t = rows(&[
        &["Pagina", "Reactie"],
        &["13", "Te weinig aandacht voor ouderen."],
    ]);
    assert_eq!(
        comment_table_points(&t, &[]).unwrap_or_default(),
        ["1. Pagina 13: Te weinig aandacht voor ouderen."]
    );
    // Any other table is read as it was.
    let t = rows(&[&["Jaar", "Meldingen"], &["2024", "1200"]]);
    assert_eq!(comment_table_points(&t, &[]), None);
    assert_eq!(comment_table_points(&[], &[]), None);
}

/// QA24: a proposal column (`Voorstel`, `Tekstvoorstel`) and a second
/// place column are part of the point, not dropped.
#[test]
fn a_comment_tables_other_columns_and_places_stay_part_of_the_point() {
    let t = rows(&[
        &["Nr", "Pagina", "Paragraaf", "Opmerking", "Voorstel"],
        &[
            "1",
            "1",
            "2",
            "Veilig Thuis moet ook in het weekend bereikbaar zijn.",
            "Voeg toe: Veilig Thuis is 24/7 bereikbaar.",
        ],
        &[
            "2",
            "",
            "3",
            "De financiering is onvoldoende",
            "Verhoog het budget.",
        ],
        &["3", "", "", "", "Schrap de laatste zin."],
        &["4", "5", "", "", ""],
    ]);
    assert_eq!(
        comment_table_points(&t, &[]).unwrap_or_default(),
        [
            "1. Pagina 1, paragraaf 2: Veilig Thuis moet ook in het weekend bereikbaar zijn. \
             Voorstel: Voeg toe: Veilig Thuis is 24/7 bereikbaar.",
            "2. Paragraaf 3: De financiering is onvoldoende. Voorstel: Verhoog het budget.",
            "3. Voorstel: Schrap de laatste zin.",
        ]
    );
    // A place cell merged with the one above (Word) names the same place.
    let t = rows(&[
        &["Nr", "Paragraaf", "Opmerking", "Tekstvoorstel"],
        &["1", "2.2", "Te vaag.", ""],
        &["2", "", "Noem een getal.", "Veertig plaatsen."],
        &["3", "", "Algemeen punt.", ""],
    ]);
    assert_eq!(
        comment_table_points(&t, &[(2, 1)]).unwrap_or_default(),
        [
            "1. 2.2: Te vaag.",
            "2. 2.2: Noem een getal. Tekstvoorstel: Veertig plaatsen.",
            "3. Algemeen punt.",
        ]
    );
}

/// QA24 seen: rows numbered `1a`, `1b`, `2` were counted `1`, `2`, `2`,
/// and the splitter read the two `2.` points as one comment.
#[test]
fn rows_numbered_with_letters_or_twice_are_counted_anew_keeping_their_label() {
    let t = rows(&[
        &["Nr", "Paragraaf", "Opmerking"],
        &["1a", "5.1", "De wachttijden ontbreken."],
        &["1b", "5.2", "De huisartsen ontbreken."],
        &["2", "6", "De financiering is onduidelijk."],
    ]);
    assert_eq!(
        comment_table_points(&t, &[]).unwrap_or_default(),
        [
            "1. (1a) 5.1: De wachttijden ontbreken.",
            "2. (1b) 5.2: De huisartsen ontbreken.",
            "3. Paragraaf 6: De financiering is onduidelijk.",
        ]
    );
    // A number typed twice, or numbers out of order: counted anew.
    let t = rows(&[
        &["Nr", "Pagina", "Reactie"],
        &["2", "4", "Eerste punt."],
        &["2", "5", "Tweede punt."],
    ]);
    assert_eq!(
        comment_table_points(&t, &[]).unwrap_or_default(),
        ["1. Pagina 4: Eerste punt.", "2. Pagina 5: Tweede punt."]
    );
    // Plain numbers in rising order, gaps and all, stay as typed.
    let t = rows(&[
        &["Nr", "Pagina", "Reactie"],
        &["3", "4", "Eerste punt."],
        &["7", "5", "Tweede punt."],
    ]);
    assert_eq!(
        comment_table_points(&t, &[]).unwrap_or_default(),
        ["3. Pagina 4: Eerste punt.", "7. Pagina 5: Tweede punt."]
    );
}

/// QA24 seen: a comment cell merged over two rows (one comment about two
/// places) lost the second row's place.
#[test]
fn a_comment_merged_over_rows_names_every_rows_place() {
    let t = rows(&[
        &["Nr", "Paragraaf", "Opmerking"],
        &["1", "2.2", "Dit geldt voor beide paragrafen."],
        &["", "3.1", ""],
        &["2", "4", "Nog een punt."],
    ]);
    assert_eq!(
        comment_table_points(&t, &[(2, 0), (2, 2)]).unwrap_or_default(),
        [
            "1. 2.2, 3.1: Dit geldt voor beide paragrafen.",
            "2. Paragraaf 4: Nog een punt.",
        ]
    );
    // Not merged: an empty comment cell is a row without a point.
    assert_eq!(
        comment_table_points(&t, &[]).unwrap_or_default(),
        [
            "1. 2.2: Dit geldt voor beide paragrafen.",
            "2. Paragraaf 4: Nog een punt.",
        ]
    );
}
