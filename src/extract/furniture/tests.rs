use super::*;

fn line(text: &str, y: f32, size: f32) -> RawLine {
    RawLine {
        text: text.into(),
        x: 50.0,
        x_end: 300.0,
        y,
        size,
        ..RawLine::default()
    }
}

/// QA33a: a cover and two contents pages that print no numbers of their
/// own, the last and first entry's page (`... 17`, `... 18`) read as
/// theirs, before a body printed from 2: the front matter showed `p.
/// 17-2`. A number at or above one a later page of the main numbering
/// prints is no page's own; an appendix numbered anew (smaller numbers)
/// keeps its own.
#[test]
fn contents_entries_numbers_are_not_the_contents_pages_numbers() {
    let numbers = [
        None,
        Some("17"),
        Some("18"),
        Some("2"),
        Some("3"),
        Some("4"),
        Some("5"),
        Some("1"),
        Some("2"),
    ];
    let mut pages: Vec<SplitPage> = numbers
        .iter()
        .map(|n| SplitPage {
            printed_number: n.map(str::to_string),
            ..SplitPage::default()
        })
        .collect();
    drop_inconsistent_numbers(&mut pages);
    let got: Vec<Option<&str>> = pages.iter().map(|p| p.printed_number.as_deref()).collect();
    assert_eq!(
        got,
        [
            None,
            None,
            None,
            Some("2"),
            Some("3"),
            Some("4"),
            Some("5"),
            Some("1"),
            Some("2")
        ]
    );
}

#[test]
fn stray_page_number_dropped() {
    let mut pages: Vec<SplitPage> = ["7", "2", "9", "10", "2020", "2020", "1", "2"]
        .iter()
        .map(|n| SplitPage {
            printed_number: Some(n.to_string()),
            ..SplitPage::default()
        })
        .collect();
    drop_inconsistent_numbers(&mut pages);
    let got: Vec<Option<&str>> = pages.iter().map(|p| p.printed_number.as_deref()).collect();
    assert_eq!(
        got,
        [
            Some("7"),
            None,
            Some("9"),
            Some("10"),
            None,
            None,
            Some("1"),
            Some("2")
        ]
    );
}

#[test]
fn note_markers() {
    assert!(starts_with_note_marker("4 Zie de wet"));
    assert!(starts_with_note_marker("12Kamerstukken II"));
    assert!(!starts_with_note_marker("08-2020"));
    assert!(!starts_with_note_marker("2020 was"));
    assert!(!starts_with_note_marker("3.2 Inleiding"));
}

#[test]
fn page_numbers() {
    for t in ["12", "- 3 -", "Pagina 3 van 12", "3 / 24", "page 4", "iv"] {
        assert!(is_page_number(t), "{t}");
    }
    for t in [
        "2020 was een goed jaar",
        "Inleiding",
        "12.5",
        "vergaderjaar",
    ] {
        assert!(!is_page_number(t), "{t}");
    }
}

#[test]
fn running_footer_and_footnotes_removed() {
    let pages: Vec<PageLines> = (1..=4)
        .map(|n| PageLines {
            height: 800.0,
            lines: vec![
                line("Gemeente Voorbeeld, regiovisie 2025", 30.0, 9.0),
                line(
                    &format!("Tekst van pagina {n} loopt hier door."),
                    100.0,
                    11.0,
                ),
                line("Nog een regel lopende tekst.", 114.0, 11.0),
                line("1 Zie de nota van", 650.0, 8.0),
                line("beantwoording.", 660.0, 8.0),
                line(&format!("{n}"), 780.0, 9.0),
            ],
        })
        .collect();
    let split = split_pages(pages);
    assert_eq!(split.len(), 4);
    let p = &split[2];
    assert_eq!(p.header, ["Gemeente Voorbeeld, regiovisie 2025"]);
    assert_eq!(p.footer, ["3"]);
    assert_eq!(p.printed_number.as_deref(), Some("3"));
    assert_eq!(p.footnotes, ["1 Zie de nota van beantwoording."]);
    assert_eq!(p.body.len(), 2);
}

fn bold(text: &str, y: f32, size: f32) -> RawLine {
    RawLine {
        bold: true,
        ..line(text, y, size)
    }
}

#[test]
fn section_numbers_at_the_start_of_a_line() {
    assert_eq!(leading_section_number("2.1 Actielijn 1"), Some(vec![2, 1]));
    assert_eq!(leading_section_number("3. Financiën"), Some(vec![3]));
    assert_eq!(
        leading_section_number("1.1.2  Onderwerp 1-1"),
        Some(vec![1, 1, 2])
    );
    for t in [
        "Pagina 3",
        "2020 Jaarverslag",
        "12",
        "3 / 24",
        "2.1",
        "1..2 x",
        "4 - 5",
    ] {
        assert_eq!(leading_section_number(t), None, "{t}");
    }
}

/// QA18: subsections that each open a page (`2.1 Actielijn 1`, `2.2
/// Actielijn 2`, ...) differ only in digits and were removed as a
/// running header with a page number. The running header and footer
/// around them still go.
#[test]
fn numbered_headings_opening_each_page_are_kept() {
    let pages: Vec<PageLines> = (1..=6)
        .map(|n| PageLines {
            height: 800.0,
            lines: vec![
                line("Regiovisie Veilig Thuis", 30.0, 8.0),
                bold(&format!("2.{n} Actielijn {n}"), 70.0, 12.0),
                line(
                    &format!("Tekst over actielijn {n} loopt hier door."),
                    100.0,
                    10.0,
                ),
                line("Nog een regel lopende tekst van de visie.", 114.0, 10.0),
                line(&format!("Pagina {}", n + 3), 780.0, 8.0),
            ],
        })
        .collect();
    let split = split_pages(pages);
    for (i, p) in split.iter().enumerate() {
        let n = i + 1;
        assert_eq!(p.header, ["Regiovisie Veilig Thuis"], "page {n}");
        assert_eq!(p.footer, [format!("Pagina {}", n + 3)], "page {n}");
        assert_eq!(p.body[0].text, format!("2.{n} Actielijn {n}"), "page {n}");
        assert_eq!(p.printed_number, Some((n + 3).to_string()));
    }
}

/// QA19: unnumbered headings that each open a page (`Actielijn 1`,
/// `Actielijn 2`, ...) in bold differ only in their number and were
/// removed as a running header. A bold running header with a year, and
/// one ending in the page number, still go.
#[test]
fn labelled_headings_opening_each_page_are_kept() {
    let pages: Vec<PageLines> = (1..=6)
        .map(|n| PageLines {
            height: 800.0,
            lines: vec![
                bold("Regiovisie Hollands Midden 2026", 30.0, 10.0),
                bold(&format!("Actielijn {n}"), 70.0, 10.0),
                line(
                    &format!("Tekst over actielijn {n} loopt hier door."),
                    100.0,
                    10.0,
                ),
                line("Nog een regel lopende tekst van de visie.", 114.0, 10.0),
                line(&format!("{}", n + 3), 780.0, 8.0),
            ],
        })
        .collect();
    let split = split_pages(pages);
    for (i, p) in split.iter().enumerate() {
        let n = i + 1;
        assert_eq!(p.header, ["Regiovisie Hollands Midden 2026"], "page {n}");
        assert_eq!(p.body[0].text, format!("Actielijn {n}"), "page {n}");
    }
    // In larger type, on every other page, without page numbers.
    let pages: Vec<PageLines> = (1..=6)
        .map(|n| PageLines {
            height: 800.0,
            lines: if n % 2 == 1 {
                vec![
                    line(&format!("Thema {}", (n as usize).div_ceil(2)), 60.0, 14.0),
                    line("Tekst over het thema loopt hier door.", 100.0, 10.0),
                ]
            } else {
                vec![line("Meer tekst over het thema.", 100.0, 10.0)]
            },
        })
        .collect();
    let split = split_pages(pages);
    for p in split.iter().step_by(2) {
        assert!(p.header.is_empty(), "{p:?}");
        assert!(p.body[0].text.starts_with("Thema "), "{p:?}");
    }
    // A bold running header ending in the page number is furniture.
    let pages: Vec<PageLines> = (1..=6)
        .map(|n| PageLines {
            height: 800.0,
            lines: vec![
                bold(&format!("Regiovisie Veilig Thuis {}", n + 10), 30.0, 10.0),
                line("Tekst van de pagina loopt hier door.", 100.0, 10.0),
                line("Nog een regel lopende tekst van de visie.", 114.0, 10.0),
            ],
        })
        .collect();
    let split = split_pages(pages);
    for (i, p) in split.iter().enumerate() {
        assert_eq!(p.header, [format!("Regiovisie Veilig Thuis {}", i + 11)]);
    }
    assert_eq!(trailing_label_number("Actielijn 3"), Some(3));
    assert_eq!(trailing_label_number("Thema 2:"), Some(2));
    for t in ["Pagina 3", "blz. 4", "Regiovisie 2026", "3", "Versie 1.2"] {
        assert_eq!(trailing_label_number(t), None, "{t}");
    }
}

/// What stays a running header though it starts with a number: a
/// chapter's number and title repeated on its pages, and a page number
/// before the title in the type of the running text.
#[test]
fn running_headers_with_numbers_are_still_removed() {
    let chapter = |n: usize| {
        if n <= 3 {
            "2 Actielijnen"
        } else {
            "3 Financiën en uitvoering"
        }
    };
    let pages: Vec<PageLines> = (1..=6)
        .map(|n| PageLines {
            height: 800.0,
            lines: vec![
                bold(chapter(n), 30.0, 12.0),
                bold(&format!("{} Regiovisie Veilig Thuis", n + 10), 45.0, 10.0),
                line(
                    &format!("Tekst van pagina {n} loopt hier door."),
                    100.0,
                    10.0,
                ),
                line("Nog een regel lopende tekst van de visie.", 114.0, 10.0),
            ],
        })
        .collect();
    let split = split_pages(pages);
    for (i, p) in split.iter().enumerate() {
        let n = i + 1;
        assert_eq!(
            p.header,
            [
                chapter(n).to_string(),
                format!("{} Regiovisie Veilig Thuis", n + 10)
            ],
            "page {n}"
        );
        assert_eq!(p.body.len(), 2, "page {n}");
    }
}

/// QA18: where the running header repeats the title, the title on the
/// cover page, in much larger type, is not the running header.
#[test]
fn the_cover_title_stays_though_the_running_header_repeats_it() {
    let pages: Vec<PageLines> = (1..=5)
        .map(|n| PageLines {
            height: 800.0,
            lines: if n == 1 {
                vec![
                    bold("Regiovisie Welzijn Duinstreek", 40.0, 20.0),
                    line("Concept voor inspraak, september 2026", 70.0, 10.0),
                ]
            } else {
                vec![
                    line("Regiovisie Welzijn Duinstreek", 30.0, 8.0),
                    line(
                        &format!("Tekst van pagina {n} loopt hier door."),
                        100.0,
                        10.0,
                    ),
                    line("Nog een regel lopende tekst van de visie.", 114.0, 10.0),
                ]
            },
        })
        .collect();
    let split = split_pages(pages);
    assert!(split[0].header.is_empty(), "{:?}", split[0]);
    assert_eq!(split[0].body[0].text, "Regiovisie Welzijn Duinstreek");
    for p in &split[1..] {
        assert_eq!(p.header, ["Regiovisie Welzijn Duinstreek"]);
        assert_eq!(p.body.len(), 2);
    }
    assert!(larger_than_furniture(20.0, 8.0));
    assert!(!larger_than_furniture(8.5, 8.0));
    assert!(!larger_than_furniture(12.0, 0.0));
}

#[test]
fn a_running_header_on_the_second_page_only_is_furniture() {
    // A two-page letter: the letterhead on page 1, a running header in
    // small type (the sender, the subject, the reference) on page 2 only,
    // so no other page repeats it.
    let pages = vec![
        PageLines {
            height: 842.0,
            lines: vec![
                bold("Gemeenteraad Delft", 88.0, 20.0),
                line("Griffie · Postbus 78, 2600 ME Delft", 100.0, 8.0),
                line("Ons kenmerk RG/2019/0412", 200.0, 11.0),
                line("Onderwerp Zienswijze concept-regiovisie", 230.0, 11.0),
                line("Geachte leden van de werkgroep,", 300.0, 11.0),
                line(
                    "4. In de financiële paragraaf staat een bijdrage van de",
                    650.0,
                    11.0,
                ),
            ],
        },
        PageLines {
            height: 842.0,
            lines: vec![
                line(
                    "Gemeenteraad Delft – zienswijze concept-regiovisie",
                    42.5,
                    8.0,
                ),
                RawLine {
                    x: 476.0,
                    ..line("RG/2019/0412", 43.2, 8.0)
                },
                line(
                    "regiovisie, maar de raad hecht eraan dat deze bijdrage",
                    79.4,
                    11.0,
                ),
                line("niet stilzwijgend structureel wordt.", 94.2, 11.0),
            ],
        },
    ];
    let split = split_pages(pages);
    // The first page keeps its letterhead as text.
    assert!(split[0].header.is_empty(), "{:?}", split[0]);
    assert_eq!(
        split[1].header,
        [
            "Gemeenteraad Delft – zienswijze concept-regiovisie",
            "RG/2019/0412"
        ]
    );
    assert_eq!(split[1].body.len(), 2);
    assert!(split[1].body[0].text.starts_with("regiovisie, maar"));
}

#[test]
fn small_type_at_the_top_of_a_page_stays_unless_it_repeats_the_first_page() {
    // A table in small type opening page 2, its rows close together; a
    // small-type line closely followed by the running text; a heading in
    // small type that names its own part, not the first page: no header.
    let table = PageLines {
        height: 842.0,
        lines: vec![
            line("Gemeente Aantal meldingen", 50.0, 8.0),
            line("Delft 120", 60.0, 8.0),
            line("Rijswijk 80", 70.0, 8.0),
            line("Tekst na de tabel loopt hier door.", 120.0, 11.0),
        ],
    };
    let close = PageLines {
        height: 842.0,
        lines: vec![
            line("Bron: monitor 2024", 50.0, 8.0),
            line("De tekst loopt hier door op de pagina.", 62.0, 11.0),
        ],
    };
    let heading = PageLines {
        height: 842.0,
        lines: vec![
            line("Conclusies gegevensverwerking", 68.0, 9.0),
            line(
                "De installatie van de app vindt plaats via de winkel.",
                96.0,
                11.0,
            ),
        ],
    };
    let first = PageLines {
        height: 842.0,
        lines: vec![line("Titel van de visie over gegevens", 100.0, 11.0)],
    };
    let split = split_pages(vec![first, table, close, heading]);
    assert!(split[3].header.is_empty(), "{:?}", split[3]);
    assert_eq!(split[3].body.len(), 2);
    assert!(split[1].header.is_empty(), "{:?}", split[1]);
    assert_eq!(split[1].body.len(), 4);
    assert!(split[2].header.is_empty(), "{:?}", split[2]);
    assert_eq!(split[2].body.len(), 2);
}

/// QA34b: a one-page e-mail printed from the browser (Gmail, Outlook on
/// the web) carries the browser's print stamp, `20-10-2026 09:41`, atop
/// the page and the page count at its foot: furniture, though nothing
/// repeats it, never the letter's date. The message's own date line in
/// the text stays.
#[test]
fn a_browsers_print_stamp_on_a_one_page_print_is_furniture() {
    for stamp in [
        "20-10-2026 09:41",
        "20-10-2026 09:41 | Gmail - Reactie op de regiovisie",
        "20/10/2026, 09:41",
        "10/20/26, 9:41 AM",
    ] {
        let page = PageLines {
            height: 842.0,
            lines: vec![
                line(stamp, 24.0, 8.0),
                line("Gmail - Reactie op de regiovisie", 24.0, 8.0),
                line("Marloes Terpstra <m.terpstra@example.nl>", 130.0, 10.0),
                line("9 oktober 2026 om 22:14", 130.0, 9.0),
                line("Beste mensen van de werkgroep,", 170.0, 10.0),
                line("De wijkverpleging wordt nergens genoemd.", 190.0, 10.0),
                line("1/1", 818.0, 8.0),
            ],
        };
        let split = split_pages(vec![page]);
        assert_eq!(split[0].header, [stamp], "{stamp}");
        assert!(
            split[0]
                .body
                .iter()
                .any(|l| l.text == "9 oktober 2026 om 22:14"),
            "{stamp}"
        );
    }
    // A date and time in the running text is text.
    let page = PageLines {
        height: 842.0,
        lines: vec![
            line("Titel", 24.0, 8.0),
            line("20-10-2026 09:41 begon de avond.", 300.0, 10.0),
        ],
    };
    assert_eq!(split_pages(vec![page])[0].body.len(), 2);
}

/// A body line of running text at baseline `y`.
fn body_lines(from: f32, n: usize) -> Vec<RawLine> {
    (0..n)
        .map(|k| {
            line(
                "De sportvereniging traint op dinsdag en donderdag in de hal.",
                from + 15.0 * k as f32,
                11.0,
            )
        })
        .collect()
}

/// QA48: a LaTeX book-style draft prints `HOOFDSTUK 1. SPORT` with the
/// page number at the outer edge above every page that opens no chapter,
/// in the body's type, a little below the top band; its text changes per
/// chapter, so no line repeats on enough pages. The header was read as
/// running text and its number as no page's. A top row with a page number
/// at its end, at the same height on three pages or more with rising
/// numbers and the text well below it, is a running header; the chapter
/// heading that opens a page without one stays running text.
#[test]
fn a_running_header_naming_each_chapter_is_furniture() {
    let header = |title: &str, n: &str| {
        vec![
            line(title, 102.0, 11.0),
            RawLine {
                x: 470.0,
                ..line(n, 102.0, 11.0)
            },
        ]
    };
    let opener = |n: u32, title: &str, page: &str| {
        let mut lines = vec![
            bold(&format!("Hoofdstuk {n}"), 215.0, 20.5),
            bold(title, 269.0, 25.0),
        ];
        lines.extend(body_lines(324.0, 20));
        lines.push(line(page, 780.0, 11.0));
        lines
    };
    let running = |title: &str, n: &str| {
        let mut lines = header(title, n);
        lines.extend(body_lines(138.0, 40));
        lines
    };
    let contents = |n: &str| {
        let mut lines = header("INHOUDSOPGAVE", n);
        lines.push(line("3 Cultuur 6", 138.0, 11.0));
        lines.push(line("4 Groen 8", 153.0, 11.0));
        lines
    };
    let pages: Vec<PageLines> = [
        contents("ii"),
        opener(1, "Sport", "1"),
        running("HOOFDSTUK 1. SPORT", "2"),
        running("HOOFDSTUK 1. SPORT", "3"),
        opener(2, "Cultuur en erfgoed", "4"),
        running("HOOFDSTUK 2. CULTUUR EN ERFGOED", "5"),
        opener(3, "Groen", "6"),
    ]
    .into_iter()
    .map(|lines| PageLines {
        lines,
        height: 842.0,
    })
    .collect();
    let split = split_pages(pages);
    for i in [0, 2, 3, 5] {
        assert_eq!(split[i].header.len(), 2, "page {i}: {:?}", split[i].header);
    }
    assert_eq!(split[0].body[0].text, "3 Cultuur 6");
    for i in [2, 3, 5] {
        assert!(split[i].body[0].text.starts_with("De sport"), "page {i}");
    }
    let numbers: Vec<Option<&str>> = split.iter().map(|p| p.printed_number.as_deref()).collect();
    assert_eq!(
        numbers,
        [
            Some("ii"),
            Some("1"),
            Some("2"),
            Some("3"),
            Some("4"),
            Some("5"),
            Some("6")
        ]
    );
    for i in [1, 4, 6] {
        assert!(
            split[i].header.is_empty(),
            "page {i}: {:?}",
            split[i].header
        );
        assert!(split[i].body[0].text.starts_with("Hoofdstuk"), "page {i}");
    }
}

/// Lines at the top of three pages that begin with a number but whose
/// numbers do not rise, or that lie at different heights, are running
/// text: a list that opens each page, not a running header.
#[test]
fn numbers_opening_pages_that_do_not_rise_are_no_header() {
    let pages: Vec<PageLines> = [(102.0, "3"), (102.0, "2"), (102.0, "4"), (130.0, "5")]
        .into_iter()
        .map(|(y, n)| {
            let mut lines = vec![line(&format!("{n} keer per week trainen"), y, 11.0)];
            lines.extend(body_lines(y + 30.0, 30));
            PageLines {
                lines,
                height: 842.0,
            }
        })
        .collect();
    let split = split_pages(pages);
    for p in &split {
        assert!(p.header.is_empty(), "{:?}", p.header);
        assert!(p.body[0].text.ends_with("keer per week trainen"));
    }
}

/// QA49 (fix59): a running header of two halves on one baseline, the
/// document's title left and the current chapter right (CSS string-set,
/// WeasyPrint draws the right half last on the page): the chapter's half
/// changes from chapter to chapter, so it repeats on too few pages to be
/// found by itself, and was read as running text at the end of the page.
/// A line on the baseline of a repeated running header, in its type, in
/// the band, is part of it; a heading in the body's type is not.
#[test]
fn a_running_headers_chapter_half_beside_the_title_is_furniture() {
    let chapters = [
        "1. Inleiding",
        "1. Inleiding",
        "2. Taal en werk voor nieuwkomers",
        "3. Wonen in de regio",
        "3. Wonen in de regio",
        "4. Financien",
    ];
    let pages: Vec<PageLines> = chapters
        .iter()
        .map(|chapter| {
            let mut lines = body_lines(100.0, 6);
            lines.push(line("Regiovisie Integratie 2027-2030", 30.0, 8.0));
            lines.push(RawLine {
                x: 380.0,
                ..line(chapter, 30.0, 8.0)
            });
            PageLines {
                height: 800.0,
                lines,
            }
        })
        .collect();
    let split = split_pages(pages);
    for (p, chapter) in split.iter().zip(chapters) {
        assert_eq!(p.header, ["Regiovisie Integratie 2027-2030", chapter]);
        assert_eq!(p.body.len(), 6);
    }
}
