//! Lists and tables inside a response's points (QA31d).

use super::*;

fn split_file(file: &str, text: &str) -> Vec<String> {
    let doc = crate::extract::extract_bytes(file, text.as_bytes()).expect("readable");
    split_response(&doc, "r-1")
        .comments
        .into_iter()
        .map(|c| c.text)
        .collect()
}

fn html_mail(body: &str) -> String {
    format!(
        "From: Ingrid Bos <ingrid.bos@example.nl>\nTo: regiovisie@veenmeer.nl\nSubject: Reactie\n\
         MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<html><body>{body}</body></html>\n"
    )
}

/// A PDF's lines: paragraphs set off by a gap, list items not.
fn split_lines(lines: &[&str]) -> Letter {
    let doc = Document {
        file: "r.pdf".into(),
        pages: vec![crate::model::Page {
            number: 1,
            lines: lines
                .iter()
                .enumerate()
                .map(|(i, t)| crate::model::Line {
                    text: t.to_string(),
                    // Set off by a gap, as a PDF's paragraphs; the items
                    // of a list typed line by line are not.
                    paragraph_start: i == 0 || !t.starts_with('•'),
                    x: 72.0,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }],
        ..Default::default()
    };
    split_response(&doc, "r")
}

const PARTNERS: &str = "De regiovisie noemt te weinig partners. Wij missen in ieder geval:";

#[test]
fn a_lead_in_and_the_list_that_goes_on_with_its_sentence_are_one_point() {
    // A text file, a PDF's lines (no blank lines, `•`), an HTML e-mail.
    let txt = format!(
        "Veenmeer, 10 oktober 2026\n\nGeachte werkgroep,\n\n\
         De term pleger is ongeschikt voor folders voor kinderen. Gebruik liever een ander woord.\n\n\
         {PARTNERS}\n- de huisartsen;\n- de scholen;\n- de sportverenigingen.\n\n\
         Met vriendelijke groet,\n\nStichting Samen Sterk Veenmeer\nnamens het bestuur,\n"
    );
    let t = split_file("r.txt", &txt);
    assert_eq!(
        t,
        [
            "De term pleger is ongeschikt voor folders voor kinderen. Gebruik liever een ander woord."
                .to_string(),
            format!("{PARTNERS}\n\n- de huisartsen;\n\n- de scholen;\n\n- de sportverenigingen."),
        ],
        "{t:#?}"
    );
    let pdf = split_lines(&[
        "Geachte werkgroep,",
        "De term pleger is ongeschikt voor folders voor kinderen. Gebruik liever een ander woord.",
        PARTNERS,
        "• de huisartsen;",
        "• de scholen;",
        "• de sportverenigingen.",
        "Met vriendelijke groet,",
        "Stichting Samen Sterk Veenmeer",
    ]);
    let t: Vec<String> = pdf.comments.iter().map(|c| c.text.clone()).collect();
    assert_eq!(t.len(), 2, "{t:#?}");
    assert!(t[1].starts_with(PARTNERS), "{t:#?}");
    assert!(t[1].ends_with("de sportverenigingen."), "{t:#?}");
    let t = split_file(
        "r.eml",
        &html_mail(&format!(
            "<p>Geachte werkgroep,</p><p>{PARTNERS}</p><ul><li>de huisartsen;</li>\
             <li>de scholen;</li><li>de sportverenigingen.</li></ul><p>Met vriendelijke groet,<br>Ingrid Bos</p>"
        )),
    );
    assert_eq!(t.len(), 1, "{t:#?}");
    assert!(
        t[0].starts_with(PARTNERS) && t[0].contains("de scholen;"),
        "{t:#?}"
    );
}

#[test]
fn a_list_announced_as_separate_points_stays_a_list_of_points() {
    // The lead-in announces points, or the items are sentences of their
    // own: each item is a point, as before.
    for (lead, items) in [
        (
            "Wij hebben de volgende opmerkingen:",
            ["- de opvang is te klein;", "- de wachttijd is te lang."],
        ),
        (
            "Wij vragen de gemeenten:",
            [
                "- Zorg voor meer opvangplekken. Nu zit de opvang vol.",
                "- Maak de wachttijd bij het wijkteam korter. Zes weken is te lang.",
            ],
        ),
    ] {
        let text = format!(
            "Geachte werkgroep,\n\n{lead}\n{}\n\nMet vriendelijke groet,\n\nJan Smit\n",
            items.join("\n")
        );
        let t = split_file("r.txt", &text);
        assert_eq!(t.len(), 2, "{lead}: {t:#?}");
    }
}

const TABLE_LETTER: &str = "Veenmeer, 10 oktober 2026\n\nGeachte werkgroep,\n\n\
    De term pleger is ongeschikt voor folders voor kinderen. Gebruik liever een ander woord.\n\n\
    Wij vinden het budget voor de aanpak te laag.\n\n{TABLE}\n\n\
    Verhoog het budget naar 2 miljoen euro per jaar.\n\n\
    Met vriendelijke groet,\n\nStichting Samen Sterk Veenmeer\nnamens het bestuur,\n";

#[test]
fn a_table_typed_with_spaces_is_kept_as_rows_in_its_point() {
    {
        let table = "Jaar    Budget\n2027    € 1,2 mln\n2028    € 1,0 mln";
        let t = split_file("r.txt", &TABLE_LETTER.replace("{TABLE}", table));
        let all = t.join("\n\n");
        assert!(
            all.contains(
                "te laag.\n\n| Jaar | Budget |\n\n| 2027 | € 1,2 mln |\n\n| 2028 | € 1,0 mln |"
            ),
            "{t:#?}"
        );
        assert!(all.contains("Verhoog het budget"), "{t:#?}");
    }
    // The view, the table and a closing sentence in one paragraph.
    let t = split_file(
        "r.txt",
        "Geachte werkgroep,\n\nHet budget voor de aanpak daalt:\nJaar    Budget\n2027    € 1,2 mln\n\
         2028    € 1,0 mln\nDat is onverstandig.\n\nMet vriendelijke groet,\n\nJan Smit\n",
    );
    assert_eq!(
        t,
        [
            "Het budget voor de aanpak daalt:\n\n| Jaar | Budget |\n\n| 2027 | € 1,2 mln |\n\n\
          | 2028 | € 1,0 mln |\n\nDat is onverstandig."
        ],
        "{t:#?}"
    );
    // Two spaces after a full stop make no table.
    let t = split_file(
        "r.txt",
        "Geachte werkgroep,\n\nDe wachttijd is te lang.  Zes weken is echt te veel voor een gezin.\n\
         Zorg voor hulp binnen een week.  Dat kan met meer mensen.\n\nMet vriendelijke groet,\n\nJan Smit\n",
    );
    assert!(t.iter().all(|c| !c.contains('|')), "{t:#?}");
}

#[test]
fn a_table_pasted_with_tabs_is_kept_as_rows_with_its_lead_in() {
    // Cells cut by one tab each, as a spreadsheet pastes them into a
    // mail: the columns do not line up, the tabs still cut the cells.
    let letter =
        "Geachte werkgroep,\n\nDe cijfers in paragraaf 3.1 kloppen niet. Volgens onze eigen \
                  telling:\n\nGemeente\tWachtenden\tWeken\nLeiden\t120\t14\nKatwijk\t45\t9\n\n\
                  Wij vragen u de tabel aan te passen.\n\nMet vriendelijke groet,\n\
                  Stichting Jeugdbelang Leiden\n";
    for file in ["r.txt", "r.md"] {
        let t = split_file(file, letter);
        let all = t.join("\n\n");
        assert!(
            all.contains(
                "Volgens onze eigen telling:\n\n| Gemeente | Wachtenden | Weken |\n\n\
                 | Leiden | 120 | 14 |\n\n| Katwijk | 45 | 9 |"
            ),
            "{file}: {t:#?}"
        );
        assert!(
            all.contains("De cijfers in paragraaf 3.1"),
            "{file}: {t:#?}"
        );
        assert!(all.contains("de tabel aan te passen"), "{file}: {t:#?}");
    }
    // A tab in a sentence is white space like a space.
    let t = split_file(
        "r.txt",
        "Geachte werkgroep,\n\nDe wachttijd\tis te lang voor gezinnen met jonge kinderen.\n\n\
         Met vriendelijke groet,\n\nJan Smit\n",
    );
    assert_eq!(
        t,
        ["De wachttijd is te lang voor gezinnen met jonge kinderen."]
    );
}

#[test]
fn an_html_mails_table_is_kept_as_rows_in_its_point() {
    let t = split_file(
        "r.eml",
        &html_mail(
            "<p>Geachte werkgroep,</p><p>Wij zien het aantal meldingen in onze wijk stijgen:</p>\
             <table><tr><th>Jaar</th><th>Meldingen</th></tr><tr><td>2024</td><td>41</td></tr>\
             <tr><td>2025</td><td>58</td></tr></table><p>Met vriendelijke groet,<br>Ingrid Bos</p>",
        ),
    );
    assert_eq!(
        t,
        [
            "Wij zien het aantal meldingen in onze wijk stijgen:\n\n| Jaar | Meldingen |\n\n\
          | 2024 | 41 |\n\n| 2025 | 58 |"
        ],
        "{t:#?}"
    );
}

#[test]
fn a_markdown_table_is_quoted_a_row_a_line_without_its_delimiter_row() {
    let md = "# Zienswijze\n\nGeachte werkgroep,\n\n\
              Het budget voor de aanpak daalt volgens de regiovisie:\n\n\
              | Jaar | Budget |\n|------|--------|\n| 2027 | € 1,2 mln |\n| 2028 | € 1,0 mln |\n\n\
              Dat het budget daalt is onbegrijpelijk. Houd het op € 1,2 mln per jaar.\n\n\
              Met vriendelijke groet,\n\nStichting Samen Sterk Veenmeer\n";
    for file in ["r.md", "r.txt"] {
        let t = split_file(file, md);
        let all = t.join("\n\n");
        assert!(
            all.contains(
                "regiovisie:\n\n| Jaar | Budget |\n\n| 2027 | € 1,2 mln |\n\n| 2028 | € 1,0 mln |"
            ),
            "{file}: {t:#?}"
        );
        assert!(!all.contains("---"), "{file}: {t:#?}");
    }
}

#[test]
fn points_counted_in_prose_stay_apart_and_keep_the_list_of_the_second() {
    let body = "<div>Beste werkgroep,<br><br>Ik heb de regiovisie gelezen en heb twee opmerkingen.<br><br>\
        <p>Ten eerste: de scholen krijgen te weinig voorlichting. Organiseer in groep 7 en 8 een gastles over huiselijk geweld.</p>\
        <p>Ten tweede: de meldcode moet ook voor sportverenigingen gelden. Trainers zien kinderen wekelijks, \
        maar weten niet wat ze moeten doen. Geef hen een training van minimaal 2 uur:</p>\
        <ol><li>met een vast aanspreekpunt;</li><li>met een folder in het Arabisch en Turks.</li></ol>\
        <p>Met vriendelijke groet,<br>Sanne Visser</p></div>";
    let t = split_file("r.eml", &html_mail(body));
    assert_eq!(t.len(), 2, "{t:#?}");
    assert!(
        t[0].starts_with("Ten eerste") && !t[0].contains("Ten tweede"),
        "{t:#?}"
    );
    assert!(t[1].starts_with("Ten tweede"), "{t:#?}");
    assert!(
        t[1].ends_with("2 uur:\n\n1. met een vast aanspreekpunt;\n\n2. met een folder in het Arabisch en Turks."),
        "{t:#?}"
    );
}

#[test]
fn a_paragraph_opening_with_a_counting_word_is_a_point_of_its_own_before_a_list() {
    // Before numbered points, the paragraphs above them: `Daarnaast`
    // starts another point.
    let t = split_file(
        "r.txt",
        "Geachte werkgroep,\n\nDe opvang voor vrouwen met kinderen is veel te klein in onze regio.\n\n\
         Daarnaast is de wachttijd bij het wijkteam van zes weken veel te lang.\n\n\
         1. Zorg voor dertig extra opvangplekken.\n2. Zorg voor hulp binnen een week.\n\n\
         Met vriendelijke groet,\n\nJan Smit\n",
    );
    assert_eq!(t.len(), 4, "{t:#?}");
    assert!(t[1].starts_with("Daarnaast"), "{t:#?}");
}

#[test]
fn items_nested_in_a_bullet_belong_to_it() {
    let t = split_file(
        "r.txt",
        "Geachte werkgroep,\n\nEen campagne per jaar is te weinig. Organiseer er minstens twee, ook in het voorjaar.\n\n\
         - Betrek de bibliotheek bij de campagne\n  - met leesboeken over geweld thuis\n  - met een spreekuur van het wijkteam\n\
         - Betrek de huisartsen bij de campagne\n  - met posters in de wachtkamer\n\n\
         Met vriendelijke groet,\n\nRia Smit\n",
    );
    assert_eq!(
        t[t.len() - 2..],
        [
            "Betrek de bibliotheek bij de campagne\n\n- met leesboeken over geweld thuis\n\n- met een spreekuur van het wijkteam",
            "Betrek de huisartsen bij de campagne\n\n- met posters in de wachtkamer",
        ],
        "{t:#?}"
    );
    // An HTML e-mail's `<ul>` in an `<li>`: its items are indented under
    // the item, and belong to it.
    let t = split_file(
        "r.eml",
        &html_mail(
            "<p>Geachte werkgroep,</p><p>De campagne moet dichter bij de mensen komen.</p>\
             <ul><li>Betrek de sportclubs;<ul><li>met een training voor trainers;</li>\
             <li>met een vertrouwenspersoon per club.</li></ul></li><li>Betrek de kerken en moskeeën.</li></ul>\
             <p>Met vriendelijke groet,<br>Ingrid Bos</p>",
        ),
    );
    assert!(
        t.iter().any(|c| c.starts_with("Betrek de sportclubs;")
            && c.ends_with("met een vertrouwenspersoon per club.")),
        "{t:#?}"
    );
    assert!(
        t.iter()
            .all(|c| !c.trim_start_matches("- ").starts_with("met ")),
        "{t:#?}"
    );
}

#[test]
fn two_columns_without_figures_are_no_table() {
    let lines = |texts: &[&str]| -> Vec<crate::model::Line> {
        texts
            .iter()
            .map(|t| crate::model::Line {
                text: t.to_string(),
                ..Default::default()
            })
            .collect()
    };
    // A letterhead or signature typed in two columns stays as typed.
    let head = lines(&[
        "Jan Smit          Gemeente Veenmeer",
        "Beleidsadviseur   Afdeling Zorg",
    ]);
    assert!(aligned_table_rows(&head).iter().all(Option::is_none));
    let table = lines(&["Jaar    Budget", "2027    € 1,2 mln"]);
    assert_eq!(
        aligned_table_rows(&table),
        [
            Some("| Jaar | Budget |".to_string()),
            Some("| 2027 | € 1,2 mln |".to_string())
        ]
    );
}
