use super::*;

fn span(op: DiffOp, text: &str) -> DiffSpan {
    DiffSpan {
        op,
        text: text.into(),
    }
}

#[test]
fn title_line_is_taken_off_both_sides() {
    let spans = vec![
        span(DiffOp::Equal, "5.2 "),
        span(DiffOp::Delete, "Oud"),
        span(DiffOp::Insert, "Nieuw"),
        span(DiffOp::Equal, "\nDe tekst "),
        span(DiffOp::Insert, "blijft"),
    ];
    assert!(starts_with_title(&spans, &["Oud"]));
    let rest = without_title_line(&spans);
    assert_eq!(
        rest,
        vec![
            span(DiffOp::Equal, "De tekst "),
            span(DiffOp::Insert, "blijft")
        ]
    );
}

#[test]
fn excerpt_shortens_long_context_and_keeps_changes() {
    let long = (1..=40)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    let spans = vec![
        span(DiffOp::Equal, &format!("{long} ")),
        span(DiffOp::Insert, "nieuw"),
        span(DiffOp::Equal, &format!(" {long}")),
    ];
    let p = excerpt(&spans);
    let text: String = p
        .iter()
        .map(|p| format!("{}{}{}", p.pre, p.text, p.post))
        .collect();
    assert!(text.starts_with(" … w29"), "{text}");
    assert!(text.contains("w40 nieuw w1 "), "{text}");
    assert!(text.ends_with("w12 … "), "{text}");
    assert!(p.iter().any(|p| p.insert && p.text == "nieuw"));
}

fn shown(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| {
            if p.br {
                " | ".to_string()
            } else {
                format!("{}{}{}", p.pre, p.text, p.post)
            }
        })
        .collect()
}

/// QA: a line break taken out of the context left a double space, and
/// the items of a list (a `.txt` copied from a PDF: a blank line after
/// every line, the bullets lost) ran together in one line.
#[test]
fn excerpt_keeps_items_apart_and_one_space_between_words() {
    let spans = vec![
        span(
            DiffOp::Equal,
            "uitgangspunten:\n\nElkaars expertise vertrouwen.\n\nBetrokkenen voelen zich \
                 gehoord. Daarmee staat het gezin centraal en sluit\n\nhulp daarop aan.\n\n\
                 Inzetten ervaringsdeskundigen.",
        ),
        span(DiffOp::Insert, "\n\nOog voor mantelzorgers en naasten."),
        span(
            DiffOp::Equal,
            "\n\nWerken volgens de visie gefaseerd samenwerken aan veiligheid en een \
                 gezamenlijke visie op\n\ngezinsgericht werken en op regie.",
        ),
        span(
            DiffOp::Insert,
            " Ook \n de partners:\n• het onderwijs\n• de huisarts",
        ),
    ];
    let text = shown(&excerpt(&spans));
    assert!(!text.contains("  "), "{text}");
    assert!(
        text.contains("sluit hulp daarop aan. | Inzetten ervaringsdeskundigen. | Oog voor"),
        "{text}"
    );
    assert!(text.contains("naasten. | Werken volgens"), "{text}");
    assert!(
        text.contains("Ook de partners: | • het onderwijs | • de huisarts"),
        "{text}"
    );
}

/// QA: a letter showed the whole of a section that was added as the
/// change; it shows the section's first sentence (or its first words).
#[test]
fn an_added_section_shows_its_opening() {
    let long = (1..=60)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    let (p, shortened) = opening(&[span(DiffOp::Insert, &format!("Eerste zin.\n{long}."))]);
    assert!(shortened);
    assert_eq!(shown(&p), "Eerste zin. …");
    let (p, shortened) = opening(&[span(DiffOp::Insert, &long)]);
    assert!(shortened);
    assert_eq!(words(&p).len(), ADDED_WORDS);
    let (p, shortened) = opening(&[span(DiffOp::Insert, "Kort.")]);
    assert!(!shortened);
    assert_eq!(shown(&p), "Kort.");
}

/// QA: an added glossary (`Respijtzorg: tijdelijke overname van de zorg
/// ...`) showed only `Respijtzorg:` as its opening. A colon after a term on
/// its line is no sentence end; one that ends a line (above a list) is.
#[test]
fn an_added_section_opening_runs_past_a_colon_inside_its_line() {
    let (p, shortened) = opening(&[span(
        DiffOp::Insert,
        "Respijtzorg: tijdelijke overname van de zorg van een mantelzorger.\n\n\
         Regisseur: de vaste contactpersoon.",
    )]);
    assert!(shortened);
    assert_eq!(
        shown(&p),
        "Respijtzorg: tijdelijke overname van de zorg van een mantelzorger. …"
    );
    let (p, _) = opening(&[span(
        DiffOp::Insert,
        "De regio doet het volgende:\n- wijkteams langer open;\n- meer respijtzorg.",
    )]);
    assert_eq!(shown(&p), "De regio doet het volgende: …");
}

/// QA20: a paragraph without final punctuation (a subheading, a
/// title-page line) ran into the next one in the redline.
#[test]
fn a_paragraph_without_final_punctuation_stays_a_paragraph() {
    let text = "Inspraakversie, september 2026\n\nGemeenten Katwijk en Teylingen\n\n\
                    Voorwoord\n\nJeugdhulp gaat ons allemaal aan.\n\nWat willen we bereiken\n\n\
                    Kinderen groeien veilig op.";
    assert_eq!(
            shown(&pieces(&[span(DiffOp::Equal, text)])),
            "Inspraakversie, september 2026 | Gemeenten Katwijk en Teylingen | Voorwoord | \
             Jeugdhulp gaat ons allemaal aan. | Wat willen we bereiken | Kinderen groeien veilig op."
        );
    // Also where a change ends the paragraph before.
    let spans = vec![
        span(DiffOp::Equal, "Inspraakversie, "),
        span(DiffOp::Delete, "september"),
        span(DiffOp::Insert, "december"),
        span(DiffOp::Equal, " 2026\n\nVoorwoord\n\nJeugdhulp."),
    ];
    assert_eq!(
        shown(&pieces(&spans)),
        "Inspraakversie, septemberdecember 2026 | Voorwoord | Jeugdhulp."
    );
    // A blank line inside a sentence (a double-spaced `.txt`) is none.
    assert_eq!(
        shown(&pieces(&[span(
            DiffOp::Equal,
            "en sluit\n\nhulp daarop aan."
        )])),
        "en sluit hulp daarop aan."
    );
}

/// A paragraph replaced by another starts one line, not two.
#[test]
fn a_replaced_paragraph_breaks_once() {
    let spans = vec![
        span(DiffOp::Equal, "Regiovisie 2027-2030"),
        span(DiffOp::Delete, "\n\nInspraakversie"),
        span(DiffOp::Insert, "\n\nDefinitieve versie"),
        span(DiffOp::Equal, ", december 2026"),
    ];
    assert_eq!(
        shown(&pieces(&spans)),
        "Regiovisie 2027-2030 | Inspraakversie Definitieve versie, december 2026"
    );
    assert_eq!(shown(&excerpt(&spans)), shown(&pieces(&spans)));
}

/// QA20: a Markdown draft's table rows ran together on one line.
#[test]
fn table_rows_stay_rows() {
    let text = "| Gemeente | Budget |\n|---|---:|\n| Katwijk | 14,2 |";
    assert_eq!(
        shown(&pieces(&[span(DiffOp::Equal, text)])),
        "| Gemeente | Budget | | |---|---:| | | Katwijk | 14,2 |"
    );
}

#[test]
fn no_excerpt_without_change() {
    assert!(excerpt(&[span(DiffOp::Equal, "alles gelijk")]).is_empty());
}

fn words(pieces: &[Piece]) -> Vec<String> {
    pieces
        .iter()
        .filter(|p| !p.br && !p.gap)
        .flat_map(|p| {
            p.text
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn op() -> impl proptest::strategy::Strategy<Value = DiffOp> {
    proptest::prop_oneof![
        proptest::strategy::Just(DiffOp::Equal),
        proptest::strategy::Just(DiffOp::Insert),
        proptest::strategy::Just(DiffOp::Delete),
    ]
}

proptest::proptest! {
    #[test]
    fn pieces_keep_every_word(parts in proptest::collection::vec((op(), "[a-zé \\n]{0,30}"), 0..8)) {
        let spans: Vec<DiffSpan> = parts.iter().map(|(o, t)| span(*o, t)).collect();
        let all: Vec<String> = spans
            .iter()
            .flat_map(|s| s.text.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .collect();
        proptest::prop_assert_eq!(words(&pieces(&spans)), all);
        // Excerpts and title removal never panic and keep every changed word.
        let ex = excerpt(&spans);
        let changed = spans.iter().filter(|s| s.op != DiffOp::Equal).map(|s| s.text.split_whitespace().count()).sum::<usize>();
        let shown = ex.iter().filter(|p| p.insert || p.delete).map(|p| p.text.split_whitespace().count()).sum::<usize>();
        proptest::prop_assert_eq!(shown, changed);
        let _ = without_title_line(&spans);
    }
}

/// A section split in two, as the compare stage joins the parts: each
/// part's text with its own changes, without its heading; a deletion just
/// before the next heading stays with the part before it.
#[test]
fn a_split_sections_parts_are_cut_at_their_headings() {
    let spans = vec![
        span(DiffOp::Equal, "2.1 Wachttijden"),
        span(DiffOp::Delete, " en wijkteams"),
        span(DiffOp::Equal, "\nWij streven naar "),
        span(DiffOp::Delete, "acht"),
        span(DiffOp::Insert, "vier"),
        span(DiffOp::Equal, " weken."),
        span(DiffOp::Delete, " Snel."),
        span(DiffOp::Insert, "\n\n2.2 Wijkteams"),
        span(DiffOp::Equal, "\n\nElk wijkteam is "),
        span(DiffOp::Delete, "overdag"),
        span(DiffOp::Insert, "ook 's avonds"),
        span(DiffOp::Equal, " bereikbaar."),
    ];
    let heads = ["2.1 Wachttijden", "2.2 Wijkteams"];
    assert_eq!(
        section_part(&spans, &heads, "2.1 Wachttijden").unwrap(),
        vec![
            span(DiffOp::Equal, "Wij streven naar "),
            span(DiffOp::Delete, "acht"),
            span(DiffOp::Insert, "vier"),
            span(DiffOp::Equal, " weken."),
            span(DiffOp::Delete, " Snel."),
        ]
    );
    assert_eq!(
        section_part(&spans, &heads, "2.2 Wijkteams").unwrap(),
        vec![
            span(DiffOp::Equal, "Elk wijkteam is "),
            span(DiffOp::Delete, "overdag"),
            span(DiffOp::Insert, "ook 's avonds"),
            span(DiffOp::Equal, " bereikbaar."),
        ]
    );
    // A heading that is not where the compare stage puts it: no part.
    assert_eq!(
        section_part(&spans, &["2.1 Wachttijden", "2.3 Elders"], "2.3 Elders"),
        None
    );
    assert_eq!(section_part(&spans, &heads, "2.4 Geen"), None);
}

/// The text of a line's pieces as the HTML shows it, with `[+…]`/`[-…]`.
fn marked(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| {
            let t = if p.insert {
                format!("[+{}]", p.text)
            } else if p.delete {
                format!("[-{}]", p.text)
            } else {
                p.text.clone()
            };
            format!("{}{t}{}", p.pre, p.post)
        })
        .collect()
}

#[test]
fn blocks_make_paragraphs_lists_and_tables() {
    let spans = [
        span(
            DiffOp::Equal,
            "Wij werken vanuit drie uitgangspunten:\n\n- dichtbij huis;\n- één gezin, één plan;\n- ervaringsdeskundigen denken mee.",
        ),
        span(DiffOp::Insert, " Zij krijgen een vergoeding."),
        span(
            DiffOp::Equal,
            "\n\n| Gemeente | 2027 | 2028 |\n|---|---|---|\n| Zandhoven | 4.250.000 | ",
        ),
        span(DiffOp::Delete, "4.300.000"),
        span(DiffOp::Insert, " 4.600.000"),
        span(DiffOp::Equal, " |\n| Duinwijk | 2.100.000 | 2.150.000 |\n\nTot slot."),
    ];
    let blocks = blocks(&pieces(&spans));
    let kinds: Vec<&str> = blocks
        .iter()
        .map(|b| match (b.paragraph, b.list, b.table) {
            (true, false, false) => "p",
            (false, true, false) => "ul",
            (false, false, true) => "table",
            _ => "?",
        })
        .collect();
    assert_eq!(kinds, ["p", "ul", "table", "p"]);
    assert_eq!(
        marked(&blocks[0].pieces),
        "Wij werken vanuit drie uitgangspunten:"
    );
    let items: Vec<String> = blocks[1].items.iter().map(|i| marked(&i.pieces)).collect();
    assert_eq!(
        items,
        [
            "dichtbij huis;",
            "één gezin, één plan;",
            "ervaringsdeskundigen denken mee. [+Zij krijgen een vergoeding.]"
        ]
    );
    let cells = |r: &Row| {
        r.cells
            .iter()
            .map(|c| marked(&c.pieces))
            .collect::<Vec<_>>()
    };
    let table = &blocks[2];
    assert_eq!(table.head.len(), 1, "the rows above |---| are the header");
    assert_eq!(cells(&table.head[0]), ["Gemeente", "2027", "2028"]);
    assert_eq!(table.rows.len(), 2, "the |---| line is no row");
    assert_eq!(
        cells(&table.rows[0]),
        ["Zandhoven", "4.250.000", "[-4.300.000] [+4.600.000]"]
    );
    assert_eq!(
        cells(&table.rows[1]),
        ["Duinwijk", "2.100.000", "2.150.000"]
    );
    assert_eq!(marked(&blocks[3].pieces), "Tot slot.");
}

#[test]
fn a_table_without_a_rule_has_its_first_row_as_header_and_a_replaced_item_loses_both_bullets() {
    let spans = [
        span(DiffOp::Equal, "| Fase | Wanneer |\n| Inspraak | maart |"),
        span(DiffOp::Delete, "\n\n• oud punt"),
        span(DiffOp::Insert, "\n\n• nieuw punt"),
        span(DiffOp::Equal, "\n\n\n\n"),
    ];
    let blocks = blocks(&pieces(&spans));
    assert_eq!(blocks.len(), 2, "{blocks:#?}");
    assert!(blocks[0].table);
    assert_eq!(blocks[0].head.len(), 1);
    assert_eq!(blocks[0].rows.len(), 1);
    assert!(blocks[1].list);
    assert_eq!(blocks[1].items.len(), 1, "{:#?}", blocks[1]);
    assert_eq!(
        marked(&blocks[1].items[0].pieces),
        "[-oud punt] [+nieuw punt]"
    );
}

/// QA38: a table inside a comment (rows as the extraction writes them,
/// between blank lines) is shown as a table, its head the first row.
#[test]
fn a_comment_with_a_table_has_blocks_and_one_without_none() {
    let text = "Bufferstroken\n\nZoals in de tabel:\n\n| Type | Breedte |\n\n| Beek | 10 meter |\n\n| Wijk | 3 meter |\n\nGraag samen uitwerken.";
    let blocks = text_blocks(text);
    let kinds: Vec<(bool, bool)> = blocks.iter().map(|b| (b.paragraph, b.table)).collect();
    assert_eq!(
        kinds,
        [(true, false), (true, false), (false, true), (true, false)]
    );
    let table = &blocks[2];
    let cells =
        |row: &Row| -> Vec<String> { row.cells.iter().map(|c| marked(&c.pieces)).collect() };
    assert_eq!(
        table.head.iter().map(cells).collect::<Vec<_>>(),
        [["Type", "Breedte"]]
    );
    assert_eq!(
        table.rows.iter().map(cells).collect::<Vec<_>>(),
        [["Beek", "10 meter"], ["Wijk", "3 meter"]]
    );
    assert_eq!(marked(&blocks[3].pieces), "Graag samen uitwerken.");
    // No table: shown as written.
    assert!(text_blocks("Een punt.\n\n- met een lijst\n- van twee").is_empty());
    // One bar line, or bars that make no cells, is no table.
    assert!(text_blocks("| Alleen deze regel |\n\nen tekst.").is_empty());
    assert!(text_blocks("a | b\n\nc | d").is_empty());
}
