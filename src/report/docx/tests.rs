use super::*;

thread_local! {
    /// Tags [`tag_at`] has read on this thread: the work of
    /// [`schema_order`], counted.
    pub(super) static TAGS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A response of 60,000 numbered lines took 44 s: every closing tag of
/// a paragraph was followed to the paragraph's end while putting
/// properties in order, n² for n lines. Each tag is now read a bounded
/// number of times, and every line is there.
#[test]
fn a_long_comment_is_written_in_work_linear_in_its_lines() {
    for lines in [500usize, 4_000] {
        let text: String = (1..=lines)
            .map(|i| format!("{i}. Punt nummer {i}.\n"))
            .collect();
        TAGS_READ.with(|n| n.set(0));
        let body = Body::default().add_paragraph(labelled("Reactie", &text));
        let read = TAGS_READ.with(|n| n.get());
        let tags = body.xml.iter().filter(|&&b| b == b'<').count();
        assert!(
            read <= 4 * tags + 64,
            "{lines} lines: {read} tag reads for {tags} tags"
        );
        let xml = String::from_utf8_lossy(&body.xml);
        for i in [1, lines / 2, lines] {
            assert!(
                xml.contains(&format!(">{i}. Punt nummer {i}.<")),
                "line {i}"
            );
        }
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn table_columns_fit_their_words_and_share_the_page_by_text() {
    let header = strings(&["Versie", "Bestand", "Secties"]);
    let rows = vec![
        strings(&["Inspraakversie", "01-inspraakversie.pdf", "24"]),
        strings(&["Ouderenmishandeling", "02-definitief.pdf", "25"]),
    ];
    let w = column_widths(&header, &rows);
    assert_eq!(w.len(), 3);
    assert!(w.iter().sum::<usize>() <= TEXT_WIDTH, "{w:?}");
    // `Ouderenmishandeling` (19 letters) fits on one line.
    assert!(w[0] >= 19 * 130, "{w:?}");
    assert!(w[2] < w[1], "{w:?}");
    // Too many long words: the columns of the longest give way, a
    // column of short words keeps them whole.
    let mut wide = strings(&["Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"; 4]);
    wide.push("vernummerd".to_string());
    let w = column_widths(&wide, &[]);
    assert!(w.iter().sum::<usize>() <= TEXT_WIDTH && w.iter().all(|&x| x > 0));
    assert_eq!(w[4], 10 * 130 + 230, "{w:?}");
    assert!(w[0] < 30 * 130, "{w:?}");
    // The grid is written.
    let xml = String::from_utf8(
        docx_rs::Docx::new()
            .add_table(table(&header, rows))
            .build()
            .document,
    )
    .unwrap();
    assert_eq!(xml.matches("<w:gridCol").count(), 3, "{xml}");
}
