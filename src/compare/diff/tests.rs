use super::*;

/// The inserted and deleted spans of a diff, trimmed, in order.
fn changed_spans(d: &WordDiff) -> Vec<(DiffOp, &str)> {
    d.spans
        .iter()
        .filter(|s| s.op != DiffOp::Equal)
        .map(|s| (s.op, s.text.trim()))
        .collect()
}

#[test]
fn a_new_title_is_not_paired_with_a_word_of_the_text_below_it() {
    let d = diff_blocks(
        section_blocks(
            "1.2 Bereik van jongeren",
            "Jongeren tot 27 jaar krijgen een regeling.",
        ),
        section_blocks(
            "1.2 Jongeren en schulden",
            "Jongeren tot 27 jaar krijgen een regeling.",
        ),
    );
    let changed = changed_spans(&d);
    assert_eq!(
        changed,
        [
            (DiffOp::Delete, "Bereik van jongeren"),
            (DiffOp::Insert, "Jongeren en schulden")
        ]
    );
    assert_eq!((d.words_added, d.words_removed), (3, 3));
    // The same as one block: what the title block avoids.
    let flat = |h, b| section_tokens(h, b);
    let whole = diff_tokens(
        &flat(
            "1.2 Bereik van jongeren",
            "Jongeren tot 27 jaar krijgen een regeling.",
        ),
        &flat(
            "1.2 Jongeren en schulden",
            "Jongeren tot 27 jaar krijgen een regeling.",
        ),
    );
    assert!(whole.words_added >= d.words_added);
    // A text change is found as before.
    let d = diff_blocks(
        section_blocks("2.1 Loket", "Het loket is open op werkdagen."),
        section_blocks("2.1 Loket", "Het loket is ook op zaterdag open."),
    );
    assert!(d.has_changes());
    assert!(d
        .spans
        .iter()
        .any(|s| s.op == DiffOp::Insert && s.text.contains("zaterdag")));
}

#[test]
fn a_text_opening_with_its_heading_gets_it_once() {
    let texts = |h, b| -> Vec<&str> { section_tokens(h, b).into_iter().map(|t| t.text).collect() };
    assert_eq!(
        texts("Thuis veilig", "Thuis veilig\n\nRegiovisie 2027"),
        ["Thuis", "veilig", "Regiovisie", "2027"]
    );
    // A heading that is only the start of the first line is a heading.
    assert_eq!(
        texts("3.2 Titel", "3.2 Titel en meer\nTekst"),
        ["3.2", "Titel", "3.2", "Titel", "en", "meer", "Tekst"]
    );
    assert_eq!(texts("", "Tekst"), ["Tekst"]);
}

fn keys(text: &str) -> Vec<&str> {
    tokenize(text).into_iter().map(|t| t.text).collect()
}

#[test]
fn tokens_split_words_and_punctuation() {
    assert_eq!(
        keys("3.2 Landelijke  ontwikkelingen,\nen programma's"),
        [
            "3.2",
            "Landelijke",
            "ontwikkelingen",
            ",",
            "en",
            "programma",
            "'",
            "s"
        ]
    );
    let t = tokenize("a\n\nb c\nd");
    let seps: Vec<Sep> = t.iter().map(|t| t.sep).collect();
    assert_eq!(seps, [Sep::None, Sep::Paragraph, Sep::Space, Sep::Space]);
}

/// QA20: the heading of a section split off ran into its text.
#[test]
fn a_joined_sections_heading_is_a_paragraph() {
    let joined = join_sections(vec![
        section_tokens("3.1 Wijkteams", "Elk dorp heeft een wijkteam."),
        section_tokens("3.2 Eén plan", "Het wijkteam werkt met één plan."),
    ]);
    let seps: Vec<(Sep, &str)> = joined
        .iter()
        .filter(|t| t.sep != Sep::Space && t.sep != Sep::None)
        .map(|t| (t.sep, t.text))
        .collect();
    assert_eq!(
        seps,
        [
            (Sep::Line, "Elk"),
            (Sep::Paragraph, "3.2"),
            (Sep::Paragraph, "Het")
        ]
    );
}

/// QA20: amounts, percentages, dates and section numbers were diffed
/// digit group by digit group (`€ [-48-]{+51+}.[-250-]{+300+}.000`).
#[test]
fn a_number_is_one_token() {
    assert_eq!(
        keys("€ 48.250.000, 12,5% op 1-1-2027 in 3.2 en 2027–2030, 1/2. Zie 4."),
        [
            "€",
            "48.250.000",
            ",",
            "12,5",
            "%",
            "op",
            "1-1-2027",
            "in",
            "3.2",
            "en",
            "2027–2030",
            ",",
            "1/2",
            ".",
            "Zie",
            "4",
            "."
        ]
    );
    // Words keep their hyphens and dots as separate tokens.
    assert_eq!(
        keys("e-mail 2e-lijns"),
        ["e", "-", "mail", "2e", "-", "lijns"]
    );
    let d = diff_texts(
        "De regio besteedt € 48.250.000, waarvan 12,5% aan preventie, vanaf 1-1-2027.",
        "De regio besteedt € 51.300.000, waarvan 15,0% aan preventie, vanaf 1-7-2027.",
    );
    let changed = changed_spans(&d);
    assert_eq!(
        changed,
        [
            (DiffOp::Delete, "48.250.000"),
            (DiffOp::Insert, "51.300.000"),
            (DiffOp::Delete, "12,5"),
            (DiffOp::Insert, "15,0"),
            (DiffOp::Delete, "1-1-2027"),
            (DiffOp::Insert, "1-7-2027"),
        ]
    );
    assert_eq!((d.words_added, d.words_removed), (3, 3));
    // A renumbered heading counts one word.
    let d = diff_texts("2.3 Vroegsignalering", "3.4 Vroegsignalering");
    assert_eq!((d.words_added, d.words_removed), (1, 1));
}

/// QA20: the items of a Markdown list and the rows of a table ran
/// together on one line in the redline and the memo.
#[test]
fn list_items_and_table_rows_keep_their_line_breaks() {
    let d = diff_texts(
            "Wij gebruiken:\n\n- de websites;\n- de schoolgids.\n\n| Gemeente | Budget |\n|---|---:|\n| Katwijk | 14,2 |",
            "Wij gebruiken:\n\n- de websites;\n- de schoolgids;\n- sociale media.\n\n| Gemeente | Budget |\n|---|---:|\n| Katwijk | 14,2 |\n| Teylingen | 11,1 |",
        );
    let new = new_text(&d.spans);
    assert_eq!(
        new,
        "Wij gebruiken:\n\n- de websites;\n- de schoolgids;\n- sociale media.\n\n\
             | Gemeente | Budget |\n|---|---:|\n| Katwijk | 14,2 |\n| Teylingen | 11,1 |"
    );
    // A wrapped line stays one line, also when it starts with a dash
    // that is no bullet.
    let t = tokenize("de regio\nwerkt samen\n-werken");
    let seps: Vec<Sep> = t.iter().map(|t| t.sep).collect();
    assert_eq!(
        seps,
        [
            Sep::None,
            Sep::Space,
            Sep::Space,
            Sep::Space,
            Sep::Space,
            Sep::None
        ]
    );
}

#[test]
fn layout_differences_are_no_change() {
    let d = diff_texts(
        "De regio werkt\nsamen aan  preventie.",
        "De regio werkt samen\naan preventie.",
    );
    assert!(!d.has_changes());
    assert!(!d.editorial);
    assert_eq!((d.words_added, d.words_removed), (0, 0));
}

#[test]
fn inline_word_change() {
    let d = diff_texts(
        "De gemeenten werken samen aan preventie.",
        "De gemeenten werken nauw samen aan vroegsignalering.",
    );
    let ops: Vec<(DiffOp, &str)> = d.spans.iter().map(|s| (s.op, s.text.as_str())).collect();
    assert_eq!(
        ops,
        [
            (DiffOp::Equal, "De gemeenten werken"),
            (DiffOp::Insert, " nauw"),
            (DiffOp::Equal, " samen aan"),
            (DiffOp::Delete, " preventie"),
            (DiffOp::Insert, " vroegsignalering"),
            (DiffOp::Equal, "."),
        ]
    );
    assert_eq!((d.words_added, d.words_removed), (2, 1));
    assert!(!d.editorial);
}

#[test]
fn punctuation_and_case_only_is_editorial() {
    let d = diff_texts(
        "de regio, en de gemeenten werken samen",
        "De regio en de gemeenten werken samen.",
    );
    assert!(d.has_changes());
    assert!(d.editorial);
}

#[test]
fn a_hyphen_put_into_a_compound_is_editorial() {
    let d = diff_texts(
        "De jeugdverpleegkundige ziet elk kind.",
        "De jeugd-verpleegkundige ziet elk kind.",
    );
    assert!(d.has_changes());
    assert!(d.editorial, "{d:?}");
    // Other letters are no punctuation-only edit; a hyphen before a
    // space joins nothing.
    assert!(!diff_texts("jeugdverpleegkundige", "jeugd-verpleegkundigen").editorial);
    assert_eq!(
        normalized_words(&tokenize("jeugd- en gezins-zorg, Noord-Holland")),
        ["jeugd", "en", "gezinszorg", "noordholland"]
    );
}

#[test]
fn rewritten_sentence_reads_as_one_change() {
    let d = diff_texts(
        "Wij bouwen het aantal plekken af voor alle inwoners van de regio.",
        "Gemeenten breiden ambulante begeleiding uit voor alle inwoners van de regio.",
    );
    let ops: Vec<(DiffOp, &str)> = d.spans.iter().map(|s| (s.op, s.text.as_str())).collect();
    assert_eq!(
        ops,
        [
            (DiffOp::Delete, "Wij bouwen het aantal plekken af"),
            (
                DiffOp::Insert,
                "Gemeenten breiden ambulante begeleiding uit"
            ),
            (DiffOp::Equal, " voor alle inwoners van de regio."),
        ]
    );
    // A small edit between small equalities stays fine-grained.
    let d = diff_texts(
        "werken samen aan preventie",
        "werken nauw aan vroegsignalering",
    );
    let ops: Vec<DiffOp> = d.spans.iter().map(|s| s.op).collect();
    use DiffOp::*;
    assert_eq!(ops, [Equal, Delete, Insert, Equal, Delete, Insert]);
}

#[test]
fn excerpts_cut_long_unchanged_text() {
    let long = |n: usize| {
        (0..n)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let spans = vec![
        DiffSpan {
            op: DiffOp::Equal,
            text: long(20),
        },
        DiffSpan {
            op: DiffOp::Insert,
            text: " nieuw".into(),
        },
        DiffSpan {
            op: DiffOp::Equal,
            text: format!(" {}", long(20)),
        },
        DiffSpan {
            op: DiffOp::Delete,
            text: " oud".into(),
        },
        DiffSpan {
            op: DiffOp::Equal,
            text: format!(" {}", long(20)),
        },
    ];
    let e = excerpt(&spans, 3);
    assert_eq!(e[0].text, "… w17 w18 w19");
    assert_eq!(e[1].text, " nieuw");
    assert_eq!(e[2].text, " w0 w1 w2 … w17 w18 w19");
    assert_eq!(e[4].text, " w0 w1 w2 …");
    // Short stretches stay whole.
    let short = vec![DiffSpan {
        op: DiffOp::Equal,
        text: "a b c".into(),
    }];
    assert_eq!(excerpt(&short, 3), short);
}

#[test]
fn leading_whitespace_split() {
    assert_eq!(split_leading_whitespace("\n\n nauw"), ("\n\n ", "nauw"));
    assert_eq!(split_leading_whitespace("nauw"), ("", "nauw"));
}

/// The spans of a diff as `(op, text)`.
fn ops(d: &WordDiff) -> Vec<(DiffOp, &str)> {
    d.spans.iter().map(|s| (s.op, s.text.as_str())).collect()
}

/// QA26: a list item added in the middle was word-matched into its
/// neighbours: the insertion started after the new item's dash and took
/// the next item's (`- {+een item;⏎-+} betere nazorg.`).
#[test]
fn an_added_list_item_is_inserted_as_a_whole_line() {
    let d = diff_texts(
        "Doelen:\n\n- meer meldingen;\n- kortere wachttijden;\n- betere nazorg.",
        "Doelen:\n\n- meer meldingen;\n- kortere wachttijden;\n- een contactpersoon;\n- betere nazorg.",
    );
    use DiffOp::*;
    assert_eq!(
        ops(&d),
        [
            (
                Equal,
                "Doelen:\n\n- meer meldingen;\n- kortere wachttijden;"
            ),
            (Insert, "\n- een contactpersoon;"),
            (Equal, "\n- betere nazorg."),
        ]
    );
    assert_eq!((d.words_added, d.words_removed), (2, 0));
}

/// QA26: a paragraph inserted at the start of a section, or deleted there,
/// ran into the paragraph after it.
#[test]
fn a_paragraph_added_or_deleted_at_the_start_is_a_block() {
    use DiffOp::*;
    let body = "Scholen geven voorlichting.\n\nDe GGD helpt.";
    let added = "De wachttijd is lang.\n\nScholen geven voorlichting.\n\nDe GGD helpt.";
    let d = diff_blocks(
        section_blocks("1 Voorlichting", body),
        section_blocks("1 Voorlichting", added),
    );
    assert_eq!(
        ops(&d),
        [
            (Equal, "1 Voorlichting"),
            (Insert, "\nDe wachttijd is lang."),
            (Equal, "\n\nScholen geven voorlichting.\n\nDe GGD helpt."),
        ]
    );
    // Deleted: the paragraph after it keeps the draft's paragraph break.
    let d = diff_blocks(
        section_blocks("1 Voorlichting", added),
        section_blocks("1 Voorlichting", body),
    );
    assert_eq!(
        ops(&d),
        [
            (Equal, "1 Voorlichting"),
            (Delete, "\nDe wachttijd is lang."),
            (Equal, "\n\nScholen geven voorlichting.\n\nDe GGD helpt."),
        ]
    );
    // A paragraph deleted in the middle.
    let d = diff_texts(
        "Scholen geven voorlichting.\n\nDe GGD helpt.\n\nDe wachttijd is lang.",
        "Scholen geven voorlichting.\n\nDe wachttijd is lang.",
    );
    assert_eq!(
        ops(&d),
        [
            (Equal, "Scholen geven voorlichting."),
            (Delete, "\n\nDe GGD helpt."),
            (Equal, "\n\nDe wachttijd is lang."),
        ]
    );
}

/// Changed lines both texts have are still diffed word by word, also
/// where a paragraph was reflowed or split.
#[test]
fn changed_paragraphs_are_diffed_word_by_word() {
    use DiffOp::*;
    let d = diff_texts(
        "Scholen geven voorlichting.\n\nDe GGD helpt de scholen.\n\nDe wachttijd is lang.",
        "Scholen geven voorlichting.\n\nDe GGD helpt alle scholen.\n\nDe wachttijd is lang.",
    );
    assert_eq!(
        ops(&d),
        [
            (Equal, "Scholen geven voorlichting.\n\nDe GGD helpt"),
            (Delete, " de"),
            (Insert, " alle"),
            (Equal, " scholen.\n\nDe wachttijd is lang."),
        ]
    );
    // A paragraph split in two: no word changed.
    let d = diff_texts(
        "Scholen geven voorlichting. De GGD helpt.\n\nEinde.",
        "Scholen geven voorlichting.\n\nDe GGD helpt.\n\nEinde.",
    );
    assert!(!d.has_changes(), "{d:?}");
}

/// QA30a: an item inserted in a numbered list, typed one to a line (a
/// Markdown draft) or a paragraph each (a Word list), is inserted whole on
/// a line of its own, and the items after it, renumbered, pair by their
/// text: the renumbering is no change of words.
#[test]
fn an_item_inserted_in_a_numbered_list_is_a_line_of_its_own() {
    let old = "Wij maken deze afspraken:\n1. Elk jaar gaan 40 woningen naar uitstromers.\n\
               2. De corporaties wijzen een contactpersoon aan.\n3. Bij overlast is er overleg.";
    let new = "Wij maken deze afspraken:\n1. Elk jaar gaan 40 woningen naar uitstromers.\n\
               2. Jongeren krijgen voorrang.\n3. De corporaties wijzen een contactpersoon aan.\n\
               4. Bij overlast is er overleg.";
    for (old, new) in [
        (old.to_string(), new.to_string()),
        (old.replace('\n', "\n\n"), new.replace('\n', "\n\n")),
    ] {
        let d = diff_texts(&old, &new);
        assert_eq!(
            changed_spans(&d),
            [(DiffOp::Insert, "2. Jongeren krijgen voorrang.")],
            "{old:?}"
        );
        assert_eq!((d.words_added, d.words_removed), (4, 0));
        let inserted = d.spans.iter().find(|s| s.op == DiffOp::Insert).unwrap();
        assert!(inserted.text.starts_with('\n'), "{:?}", inserted.text);
    }
    // A wrapped line that starts with a year is no item.
    assert!(!starts_item_line("2040. Tegelijk"));
    assert!(starts_item_line("12) Tegelijk"));
}

/// QA31c: a paragraph deleted right after one with an edit is deleted
/// whole, full stop and all, and the edited paragraph keeps its full
/// stop: the deletion does not run across the paragraph break. The same
/// for a paragraph inserted after an edited one, and for one deleted
/// before an edited one.
#[test]
fn a_paragraph_deleted_after_an_edited_one_is_deleted_whole() {
    use DiffOp::*;
    let old = "Wij bouwen tot 2030 ten minste 600 levensloopbestendige woningen.\n\n\
               Corporaties maken per gemeente prestatieafspraken over woningen voor ouderen.\n\n\
               De gemeenten zorgen voor voldoende bouwgrond.";
    let new = "Wij bouwen tot 2030 ten minste 800 levensloopbestendige woningen.\n\n\
               De gemeenten zorgen voor voldoende bouwgrond.";
    let d = diff_texts(old, new);
    assert_eq!(
        ops(&d),
        [
            (Equal, "Wij bouwen tot 2030 ten minste"),
            (Delete, " 600"),
            (Insert, " 800"),
            (Equal, " levensloopbestendige woningen."),
            (
                Delete,
                "\n\nCorporaties maken per gemeente prestatieafspraken over woningen voor ouderen."
            ),
            (Equal, "\n\nDe gemeenten zorgen voor voldoende bouwgrond."),
        ]
    );
    assert_eq!((d.words_added, d.words_removed), (1, 10));
    // Inserted after an edited paragraph: inserted whole.
    let d = diff_texts(new, old);
    assert!(
        changed_spans(&d).contains(&(
            Insert,
            "Corporaties maken per gemeente prestatieafspraken over woningen voor ouderen."
        )),
        "{d:?}"
    );
    // Deleted before an edited paragraph.
    let d = diff_texts(
        "Scholen geven voorlichting.\n\nDe GGD helpt de scholen bij de voorlichting.",
        "De GGD helpt alle scholen bij de voorlichting.",
    );
    assert_eq!(
        changed_spans(&d),
        [
            (Delete, "Scholen geven voorlichting."),
            (Delete, "de"),
            (Insert, "alle")
        ],
        "{d:?}"
    );
}
