//! The report stage on a consultation built in code: snapshots of the memo
//! and a letter, the Word file's structure, privacy in every public output,
//! escaping of hostile text, template errors and user overrides.

mod report_fixture;

use std::io::Read;
use std::path::Path;

use inspraak::report::{render_all, GroupBy, Lang, ReportOptions};

fn render(opts: &ReportOptions) -> (tempfile::TempDir, Vec<std::path::PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let files = render_all(&report_fixture::consultation(), opts, dir.path()).unwrap();
    (dir, files)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// The text of `word/document.xml` in a .docx file.
fn docx_xml(path: &Path) -> String {
    docx_part(path, "word/document.xml")
}

/// The text of one part of a .docx file.
fn docx_part(path: &Path, part: &str) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    zip.by_name(part).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn memo_markdown_snapshot() {
    let (dir, _) = render(&ReportOptions::default());
    insta::assert_snapshot!(read(&dir.path().join("nota-van-beantwoording.md")));
}

#[test]
fn memo_html_snapshot() {
    let (dir, _) = render(&ReportOptions::default());
    insta::assert_snapshot!(read(&dir.path().join("nota-van-beantwoording.html")));
}

#[test]
fn letter_snapshot() {
    let (dir, _) = render(&ReportOptions {
        sender: Some("Werkgroep Regiovisie Hollands Midden".into()),
        ..ReportOptions::default()
    });
    insta::assert_snapshot!(read(&dir.path().join("letters/inwoner-1.md")));
}

#[test]
fn redline_snapshot() {
    let (dir, _) = render(&ReportOptions::default());
    insta::assert_snapshot!(read(&dir.path().join("wijzigingen.html")));
}

#[test]
fn writes_every_document() {
    let (dir, files) = render(&ReportOptions::default());
    let names: Vec<String> = files
        .iter()
        .map(|f| f.strip_prefix(dir.path()).unwrap().display().to_string())
        .collect();
    for expected in [
        "nota-van-beantwoording.html",
        "nota-van-beantwoording.md",
        "nota-van-beantwoording.docx",
        "wijzigingen.html",
        "letters/gemeenteraad-katwijk.md",
        "letters/gemeenteraad-katwijk.html",
        "letters/inwoner-1.md",
        "letters/stichting-veilig-thuis-hollands-midden.html",
        "letters/inwoner-3.html",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} missing in {names:?}"
        );
    }
    // No letter for the unreadable file, and every file inside the folder.
    assert!(!names.iter().any(|n| n.contains("scan")), "{names:?}");
    for f in &files {
        assert!(f.starts_with(dir.path()) && f.is_file(), "{}", f.display());
    }
}

#[test]
fn docx_has_headings_tables_and_escaped_text() {
    let (dir, _) = render(&ReportOptions::default());
    let xml = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    for style in ["Title", "Heading1", "Heading2", "Heading3"] {
        assert!(
            xml.contains(&format!(r#"<w:pStyle w:val="{style}" />"#))
                || xml.contains(&format!(r#"<w:pStyle w:val="{style}"/>"#)),
            "no {style} paragraph"
        );
    }
    assert!(xml.matches("<w:tbl>").count() >= 4, "expected the tables");
    assert!(xml.contains("Reacties en beantwoording"));
    // The same sections and texts as the HTML and Markdown memo.
    for text in [
        "heeft ter inzage gelegen",
        "1.2 Werkwijze",
        "persoonsgegevens in hun reacties zijn weggelaten",
        "1.4 Belangrijkste wijzigingen",
    ] {
        assert!(xml.contains(text), "the Word memo lacks {text:?}");
    }
    assert!(xml.contains("[+en in buurthuizen]"));
    // A table in a comment is a Word table, not lines of bars.
    let table = xml.find("Eigen meldpunt").expect("the comment's table");
    assert!(xml[..table].rfind("<w:tbl>") > xml[..table].rfind("</w:tbl>"));
    assert!(!xml.contains("| Katwijk"));
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!xml.contains("<script>"));
    // No paragraph ids: docx-rs numbers them with a counter of the whole
    // process, so the same memo rendered twice would differ, and parts kept
    // between runs would repeat them.
    assert!(!xml.contains("paraId"), "paragraph ids left in");
    let (again, _) = render(&ReportOptions::default());
    assert_eq!(
        xml,
        docx_xml(&again.path().join("nota-van-beantwoording.docx")),
        "the same memo twice gives the same Word document"
    );
    // Every style once, so Word opens the file without repairs.
    let styles = docx_part(
        &dir.path().join("nota-van-beantwoording.docx"),
        "word/styles.xml",
    );
    for id in [
        "Normal",
        "Title",
        "Heading1",
        "Heading2",
        "TableGrid",
        "Inserted",
    ] {
        let n = styles.matches(&format!(r#"w:styleId="{id}""#)).count();
        assert_eq!(n, 1, "style {id} defined {n} times");
    }
    // The file's properties name the memo, not an author `unknown` of 1970.
    let core = docx_part(
        &dir.path().join("nota-van-beantwoording.docx"),
        "docProps/core.xml",
    );
    assert!(
        core.contains("<dc:title>Nota van beantwoording – "),
        "{core}"
    );
    assert!(core.contains("<dc:language>nl</dc:language>"), "{core}");
    assert!(
        !core.contains("unknown") && !core.contains("1970"),
        "{core}"
    );
}

/// Accessibility of the Word memo (WCAG 1.3.1, 3.1.1): every table's first
/// row is marked as its header row, lists are Word lists, and the text's
/// language is set in the style defaults (not left to the program that
/// opens the file).
#[test]
fn docx_tables_have_header_rows_and_the_text_a_language() {
    for (lang, tag) in [(Lang::Nl, "nl-NL"), (Lang::En, "en-GB")] {
        let options = ReportOptions {
            lang,
            ..ReportOptions::default()
        };
        let (dir, _) = render(&options);
        let path = dir.path().join("nota-van-beantwoording.docx");
        let xml = docx_xml(&path);
        let tables: Vec<&str> = xml.split("<w:tbl>").skip(1).collect();
        assert!(tables.len() >= 4, "expected the tables");
        for t in &tables {
            let first_row = t.split("</w:tr>").next().unwrap_or_default();
            assert!(
                first_row.contains("<w:tblHeader />"),
                "a table without its header row marked: {first_row}"
            );
            let second_row = t.split("</w:tr>").nth(1).unwrap_or_default();
            assert!(!second_row.contains("tblHeader"), "{second_row}");
        }
        // Lists are Word lists, not paragraphs with a typed bullet.
        assert!(!xml.contains(">• "), "a typed bullet left");
        let items: Vec<&str> = xml
            .split("<w:p>")
            .filter(|p| p.contains(r#"<w:pStyle w:val="ListBullet" />"#))
            .collect();
        assert!(!items.is_empty(), "no list items");
        for p in &items {
            assert!(p.contains(r#"<w:numId w:val="2" />"#), "{p}");
        }
        let numbering = docx_part(&path, "word/numbering.xml");
        assert!(
            numbering.contains(r#"<w:numFmt w:val="bullet" />"#),
            "{numbering}"
        );
        // The document part points to the numbering part, and the package
        // declares its type: without both Word shows the lists bare.
        let rels = docx_part(&path, "word/_rels/document.xml.rels");
        assert!(
            rels.contains("/relationships/numbering\" Target=\"numbering.xml\""),
            "{rels}"
        );
        let types = docx_part(&path, "[Content_Types].xml");
        assert!(
            types.contains(r#"PartName="/word/numbering.xml""#)
                && types.contains("wordprocessingml.numbering+xml"),
            "{types}"
        );
        let styles = docx_part(&path, "word/styles.xml");
        let defaults = styles
            .split("<w:rPrDefault>")
            .nth(1)
            .and_then(|s| s.split("</w:rPrDefault>").next())
            .unwrap_or_default();
        assert!(
            defaults.contains(&format!(r#"<w:lang w:val="{tag}" />"#)),
            "{lang:?}: {defaults}"
        );
    }
}

/// Every public file at the top of the output folder, as text.
fn public_texts(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = if name.ends_with(".docx") {
            docx_xml(&path)
        } else {
            read(&path)
        };
        out.push((name, text));
    }
    out
}

#[test]
fn public_outputs_name_no_private_person() {
    for group_by in [GroupBy::Section, GroupBy::Respondent, GroupBy::Theme] {
        for lang in [Lang::Nl, Lang::En] {
            let (dir, _) = render(&ReportOptions {
                group_by,
                lang,
                ..ReportOptions::default()
            });
            let texts = public_texts(dir.path());
            assert_eq!(texts.len(), 4, "memo ×3 and redline");
            for (name, text) in &texts {
                for secret in report_fixture::PRIVATE {
                    assert!(!text.contains(secret), "{name} contains {secret:?}");
                }
            }
            let memo = &texts
                .iter()
                .find(|(n, _)| n == "nota-van-beantwoording.html")
                .unwrap()
                .1;
            // The placeholders are worded in the memo's language; the
            // pseudonym `Inwoner N` is the same in both.
            let (address, email, phone) = match lang {
                Lang::Nl => ("[adres]", "[e-mailadres]", "[telefoonnummer]"),
                Lang::En => ("[address]", "[e-mail address]", "[phone number]"),
            };
            assert!(
                memo.contains("Inwoner 1") && memo.contains(address),
                "{lang:?}"
            );
            assert!(memo.contains(email) && memo.contains(phone), "{lang:?}");
        }
    }
}

#[test]
fn letters_carry_the_real_name() {
    let (dir, _) = render(&ReportOptions::default());
    let letter = read(&dir.path().join("letters/inwoner-1.html"));
    assert!(letter.contains("Jan de Vries"));
    assert!(letter.contains("aangeduid als Inwoner 1"));
}

#[test]
fn campaign_members_share_the_group_decision() {
    let (dir, _) = render(&ReportOptions::default());
    let letter = read(&dir.path().join("letters/inwoner-3.md"));
    assert!(letter.contains("Mohamed El Amrani"));
    assert!(letter.contains("**Besluit:** leidt niet tot aanpassing (niet overgenomen)"));
    assert!(letter.contains("centrumgemeente"));
}

/// `--summary` replaces the comment text in the memo only: the letter
/// answers the sender's own words and quotes them.
#[test]
fn a_letter_quotes_the_senders_words_not_the_summary() {
    let (dir, _) = render(&ReportOptions::default());
    for ext in ["md", "html"] {
        let letter = std::fs::read_dir(dir.path().join("letters"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .map(|p| read(&p))
            .find(|l| l.contains("Stichting Veilig Thuis Hollands Midden"))
            .expect("a letter to Veilig Thuis");
        assert!(
            letter.contains("Wij denken graag mee over de uitvoering van de regiovisie"),
            "{letter}"
        );
        assert!(!letter.contains("biedt aan mee te denken"), "{letter}");
    }
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    assert!(md.contains("Veilig Thuis biedt aan mee te denken"));
}

#[test]
fn hostile_text_is_escaped() {
    let (dir, _) = render(&ReportOptions::default());
    let html = read(&dir.path().join("nota-van-beantwoording.html"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>"));
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    assert!(md.contains(r"\<script\>alert(1)\</script\>"));
    assert!(md.contains(r"\# Kop"));
    assert!(md.contains(r"\[klik hier\](http\://example.org)"));
}

#[test]
fn memo_follows_the_decisions_and_changes() {
    let (dir, _) = render(&ReportOptions::default());
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    // Grouped by section in the draft's order, unlinked comments first.
    let algemeen = md.find("### Algemeen").unwrap();
    let voorlichting = md.find("### § 2.1 Voorlichting").unwrap();
    let samenwerking = md.find("### § 3 Samenwerking").unwrap();
    assert!(algemeen < voorlichting && voorlichting < samenwerking);
    assert!(md.contains("**Besluit:** leidt tot aanpassing (overgenomen)"));
    assert!(md.contains("**Besluit:** leidt niet tot aanpassing (niet overgenomen)"));
    assert!(md.contains("gemeenten geven voorlichting op scholen **[+en in buurthuizen]**."));
    // The campaign once, with its number of senders.
    assert_eq!(md.matches("Investeer meer in opvangplekken").count(), 1);
    assert!(md.contains("door 2 indieners ingediend, ook door Inwoner 3"));
    // The summary replaces the text; the late submission is marked.
    assert!(md.contains("Veilig Thuis biedt aan mee te denken"));
    assert!(md.contains("Stichting Veilig Thuis Hollands Midden (organisatie), te laat ingediend"));
    assert!(md.contains("### Ambtshalve wijzigingen"));
    assert!(md.contains("- § 3 Samenwerking"));
    // An unread file of an unknown sender: by number, with a Dutch reason
    // that names no file (its name may be a person's).
    assert!(md.contains(
        "| responses/inzending-6.pdf | Het bestand is een scan zonder tekst; tekstherkenning \
         (OCR) is nodig |"
    ));
    assert!(!md.contains("reactie-scan"));
    assert!(md.contains("c-oud00001"));
}

#[test]
fn group_by_respondent_and_theme() {
    let (dir, _) = render(&ReportOptions {
        group_by: GroupBy::Respondent,
        ..ReportOptions::default()
    });
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    assert!(md.contains("### Gemeenteraad Katwijk (gemeenteraad)"));
    assert!(md.contains("### Inwoner 1 (inwoner)"));
    // A campaign member whose points are answered under the first
    // sender's heading has a heading of its own that says where.
    let member = md
        .find("### Inwoner 3 (inwoner)\n\nOok ingediend door deze indiener en beantwoord bij reactie ")
        .unwrap_or_else(|| panic!("no heading for the campaign member: {md}"));
    let first = md.find("### Inwoner 1 (inwoner)").unwrap();
    assert!(first < member, "respondents in number order");
    let html = read(&dir.path().join("nota-van-beantwoording.html"));
    assert!(html.contains("<p class=\"see-also\">Ook ingediend door deze indiener en beantwoord bij <a href=\"#reactie-"), "{html}");
    let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    assert!(docx.contains("Ook ingediend door deze indiener en beantwoord bij reactie "));
    let (dir, _) = render(&ReportOptions {
        group_by: GroupBy::Theme,
        ..ReportOptions::default()
    });
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    let monitoring = md.find("### Monitoring").unwrap();
    let other = md.find("### Overige reacties").unwrap();
    assert!(monitoring < other);
}

/// QA17: a letter to a council or an organisation was headed
/// `Vertrouwelijk – persoonlijke brief` as a resident's is; it answers
/// points that the public memo carries under the sender's own name.
#[test]
fn only_a_private_persons_letter_is_headed_confidential() {
    for (lang, confidential) in [
        (Lang::Nl, "Vertrouwelijk – persoonlijke brief"),
        (Lang::En, "Confidential – personal letter"),
    ] {
        let (dir, _) = render(&ReportOptions {
            lang,
            ..ReportOptions::default()
        });
        let resident = read(&dir.path().join("letters/inwoner-1.html"));
        assert!(resident.contains(confidential), "{resident}");
        // QA30c: the Markdown letter (pasted into a mail, converted to
        // Word) is headed so too.
        let resident = read(&dir.path().join("letters/inwoner-1.md"));
        assert!(
            resident.starts_with(&format!("**{confidential}**\n\n# ")),
            "{resident}"
        );
        for org in [
            "letters/gemeenteraad-katwijk.html",
            "letters/stichting-veilig-thuis-hollands-midden.html",
        ] {
            let letter = read(&dir.path().join(org));
            assert!(!letter.contains(confidential), "{org}: {letter}");
            assert!(letter.contains("<header class=\"letter-head\">"), "{org}");
        }
        for org in [
            "letters/gemeenteraad-katwijk.md",
            "letters/stichting-veilig-thuis-hollands-midden.md",
        ] {
            let letter = read(&dir.path().join(org));
            assert!(!letter.contains(confidential), "{org}: {letter}");
            assert!(letter.starts_with("# "), "{org}: {letter}");
        }
    }
}

/// QA30c: a late response without points (a cover note marked
/// `no_points`) got a letter saying it was answered in substance
/// (`wij hebben haar toch inhoudelijk beantwoord`) next to `Zij bevatte
/// geen afzonderlijke punten`, and the memo's 1.3 said so too. It says
/// that it came in late and was read.
#[test]
fn a_late_response_without_points_is_read_not_answered() {
    let mut c = report_fixture::consultation();
    let vt = c
        .responses
        .iter_mut()
        .find(|r| r.id == "r-veiligthuis")
        .unwrap();
    assert!(vt.late);
    vt.comments.clear();
    for (lang, claim, read_words, letter_late) in [
        (
            Lang::Nl,
            "inhoudelijk",
            "Ze is gelezen en bevatte geen punten die om een antwoord vragen.",
            "Uw reactie is na de termijn van 15 oktober 2026 ontvangen.",
        ),
        (
            Lang::En,
            "all the same",
            "It was read and made no points that call for an answer.",
            "Your response arrived after the deadline of 15 October 2026.",
        ),
    ] {
        let (dir, md, _) = render_this(
            &c,
            &ReportOptions {
                lang,
                ..ReportOptions::default()
            },
        );
        let html = read(&dir.path().join("nota-van-beantwoording.html"));
        let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
        for (doc, text) in [("md", &md), ("html", &html), ("docx", &docx)] {
            assert!(text.contains(read_words), "{doc}: {text}");
            assert!(!text.contains(claim), "{doc}: {text}");
        }
        for ext in ["md", "html"] {
            let letter = read(&dir.path().join(format!(
                "letters/stichting-veilig-thuis-hollands-midden.{ext}"
            )));
            assert!(letter.contains(letter_late), "{letter}");
            assert!(!letter.contains(claim), "{letter}");
        }
    }

    // Beside a late response with points, the one without is named apart.
    let mut late = c.responses[0].clone();
    late.id = "r-late2".into();
    late.late = true;
    late.date = c.responses[2].date;
    late.respondent = "Gemeenteraad Noordwijk".into();
    late.public_name = "Gemeenteraad Noordwijk".into();
    late.file = "zienswijze-noordwijk.pdf".into();
    for com in &mut late.comments {
        com.id = format!("{}-noordwijk", com.id);
    }
    c.responses.push(late);
    let (dir, md, _) = render_this(&c, &ReportOptions::default());
    let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    for (doc, text) in [("md", &md), ("docx", &docx)] {
        assert!(
            text.contains("heeft ook deze reacties inhoudelijk beantwoord")
                || text.contains("beantwoordt ook deze reacties inhoudelijk"),
            "{doc}: {text}"
        );
        assert!(
            text.contains(
                "Eén ervan bevatte geen punten die om een antwoord vragen; ook die is gelezen."
            ),
            "{doc}: {text}"
        );
    }
}

#[test]
fn english_templates() {
    let (dir, _) = render(&ReportOptions {
        lang: Lang::En,
        ..ReportOptions::default()
    });
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    assert!(md.starts_with("# Response memo: "));
    assert!(md.contains("**Decision:** leads to a change (adopted)"));
    assert!(md.contains("15 October 2026"));
    assert!(!md.contains("Besluit"));
}

#[test]
fn redline_shows_every_section_in_final_order() {
    let (dir, _) = render(&ReportOptions::default());
    let html = read(&dir.path().join("wijzigingen.html"));
    let order: Vec<usize> = [
        "1 Inleiding",
        "2.1 Voorlichting",
        "3 Samenwerking",
        "Bijlage 1 Begrippenlijst",
        "4 Monitoring",
    ]
    .iter()
    .map(|h| {
        let main = html.find("<main>").unwrap();
        main + html[main..]
            .find(&format!(">{h}"))
            .unwrap_or_else(|| panic!("{h} missing"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(html.contains("<ins>en in buurthuizen</ins>"));
    assert!(
        html.contains("<del>Huiselijk geweld: geweld door iemand uit de huiselijke kring.</del>")
    );
}

#[test]
fn template_typo_names_the_template_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("memo.md.hbs"),
        "# {{title}}\n\nTotaal: {{responses_totaal}}\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let err = render_all(
        &report_fixture::consultation(),
        &ReportOptions {
            templates: Some(dir.path().to_path_buf()),
            ..ReportOptions::default()
        },
        out.path(),
    )
    .unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("memo.md.hbs"), "{message}");
    assert!(message.contains("line 3"), "{message}");
    assert!(message.contains("responses_totaal"), "{message}");
}

#[test]
fn template_syntax_error_names_the_template() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("letter.html.hbs"), "<p>\n{{#each items}}\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let err = render_all(
        &report_fixture::consultation(),
        &ReportOptions {
            templates: Some(dir.path().to_path_buf()),
            ..ReportOptions::default()
        },
        out.path(),
    )
    .unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("letter.html.hbs"), "{message}");
}

#[test]
fn user_template_overrides_one_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("memo.md.hbs"),
        "# Eigen sjabloon voor {{title}}\n{{#each groups}}- {{title}}\n{{/each}}",
    )
    .unwrap();
    let (out, _) = render(&ReportOptions {
        templates: Some(dir.path().to_path_buf()),
        ..ReportOptions::default()
    });
    let md = read(&out.path().join("nota-van-beantwoording.md"));
    assert!(md.starts_with("# Eigen sjabloon voor Regiovisie"), "{md}");
    // The other templates are still the built-in ones.
    let html = read(&out.path().join("nota-van-beantwoording.html"));
    assert!(html.contains("<h2>1 Inleiding</h2>"));
}

#[test]
fn missing_templates_folder_is_an_error() {
    let out = tempfile::tempdir().unwrap();
    let err = render_all(
        &report_fixture::consultation(),
        &ReportOptions {
            templates: Some("does/not/exist".into()),
            ..ReportOptions::default()
        },
        out.path(),
    )
    .unwrap_err();
    assert!(format!("{err:#}").contains("inspraak templates init"));
}

#[test]
fn draft_only_has_no_redline_and_says_so() {
    let mut c = report_fixture::consultation();
    c.versions.truncate(1);
    c.changes.clear();
    c.responses[2].comments.clear();
    let out = tempfile::tempdir().unwrap();
    let files = render_all(&c, &ReportOptions::default(), out.path()).unwrap();
    assert!(!out.path().join("wijzigingen.html").exists());
    assert!(!files.iter().any(|f| f.ends_with("wijzigingen.html")));
    let md = read(&out.path().join("nota-van-beantwoording.md"));
    assert!(md.contains("Er is nog geen herziene versie van de tekst."));
    assert!(!md.contains("wijzigingen.html"));
    let letter = read(
        &out.path()
            .join("letters/stichting-veilig-thuis-hollands-midden.md"),
    );
    assert!(letter.contains("geen afzonderlijke punten"), "{letter}");
}

/// The working group's own change reference wins over the changes the
/// comparison merely suggested as caused by the comment.
#[test]
fn change_reference_selects_the_excerpt_shown() {
    let mut c = report_fixture::consultation();
    let comment = c
        .responses
        .iter_mut()
        .flat_map(|r| r.comments.iter_mut())
        .find(|com| com.id == "c-raad0001")
        .unwrap();
    comment.decision.change_ref = Some("4".into());
    let dir = tempfile::tempdir().unwrap();
    render_all(&c, &ReportOptions::default(), dir.path()).unwrap();
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    let start = md.find("De raad vraagt ook buurthuizen").unwrap();
    let entry = &md[start..start + md[start..].find("####").unwrap_or(md.len() - start)];
    assert!(entry.contains("jaarlijks het aantal meldingen"), "{entry}");
    assert!(!entry.contains("buurthuizen**"), "{entry}");
}

/// The memo as rendered with templates whose item loops the renderer
/// cannot take as one text per group (a comment before the partial) is
/// the same as with the defaults, which it can: both ways of putting the
/// items in place write the same, in both languages and groupings.
#[test]
fn memo_items_spliced_or_one_by_one_are_the_same() {
    for (lang, prefix) in [(Lang::Nl, ""), (Lang::En, "en/")] {
        for group_by in [GroupBy::Section, GroupBy::Respondent, GroupBy::Theme] {
            let defaults = ReportOptions {
                lang,
                group_by,
                ..ReportOptions::default()
            };
            let (plain, _) = render(&defaults);
            let templates = tempfile::tempdir().unwrap();
            inspraak::report::templates::write_defaults(templates.path(), false).unwrap();
            for ext in ["html", "md"] {
                let path = templates.path().join(format!("{prefix}memo.{ext}.hbs"));
                let text = read(&path);
                assert!(text.contains("{{#each items}}{{> item}}"));
                let text = text.replace(
                    "{{#each items}}{{> item}}",
                    "{{#each items}}{{!-- x --}}{{> item}}",
                );
                std::fs::write(&path, text).unwrap();
            }
            let (one_by_one, _) = render(&ReportOptions {
                templates: Some(templates.path().to_path_buf()),
                ..defaults
            });
            for file in ["nota-van-beantwoording.html", "nota-van-beantwoording.md"] {
                assert_eq!(
                    read(&plain.path().join(file)),
                    read(&one_by_one.path().join(file)),
                    "{file} ({lang:?}, {group_by:?})"
                );
            }
        }
    }
}

/// A memo template that shows item fields around the partial is rendered
/// item by item, with those fields.
#[test]
fn memo_template_with_item_fields_in_the_loop() {
    let templates = tempfile::tempdir().unwrap();
    inspraak::report::templates::write_defaults(templates.path(), false).unwrap();
    let path = templates.path().join("memo.md.hbs");
    let text = read(&path).replace(
        "{{#each items}}{{> item}}",
        "{{#each items}}<!-- punt {{number}} {{status_key}} -->\n{{> item}}",
    );
    std::fs::write(&path, text).unwrap();
    let (dir, _) = render(&ReportOptions {
        templates: Some(templates.path().to_path_buf()),
        ..ReportOptions::default()
    });
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    let marks = md.matches("<!-- punt ").count();
    assert!(marks > 0);
    assert_eq!(marks, md.matches("#### Reactie ").count());
}

fn render_this(
    c: &inspraak::model::Consultation,
    opts: &ReportOptions,
) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    render_all(c, opts, dir.path()).unwrap();
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    let redline = read(&dir.path().join("wijzigingen.html"));
    (dir, md, redline)
}

/// Each "Aanpassing in" block of a comment with several changed sections
/// is a paragraph of its own, not glued to the diff before it.
#[test]
fn every_change_of_a_comment_is_its_own_paragraph() {
    let mut c = report_fixture::consultation();
    // The council's adopted comment also explains the new section 4.
    c.changes
        .iter_mut()
        .find(|ch| ch.after.as_ref().is_some_and(|s| s.number == "4"))
        .unwrap()
        .comments
        .push("c-raad0001".into());
    let (_, md, _) = render_this(&c, &ReportOptions::default());
    assert!(
        md.contains("**Aanpassing in § 2.1 Voorlichting:**")
            && md.matches("**Toegevoegd als § 4 Monitoring:**").count() == 2,
        "{md}"
    );
    let lines: Vec<&str> = md.lines().collect();
    for (k, line) in lines.iter().enumerate() {
        if line.starts_with("**Aanpassing in") || line.starts_with("**Toegevoegd als") {
            assert_eq!(lines[k - 1], "", "no blank line before {line:?}:\n{md}");
        }
    }
    let (_, md, _) = render_this(
        &c,
        &ReportOptions {
            lang: Lang::En,
            ..ReportOptions::default()
        },
    );
    let lines: Vec<&str> = md.lines().collect();
    assert!(
        lines
            .iter()
            .filter(|l| l.starts_with("**Change in") || l.starts_with("**Added as"))
            .count()
            >= 3
    );
    for (k, line) in lines.iter().enumerate() {
        if line.starts_with("**Change in") || line.starts_with("**Added as") {
            assert_eq!(lines[k - 1], "", "no blank line before {line:?}:\n{md}");
        }
    }
}

/// A removed section is named by its old heading in the memo's main
/// changes (and among the editorial changes), never as "—" (QA: "- —
/// (verwijderd; naar aanleiding van reactie 4.4)").
#[test]
fn a_removed_section_is_named_in_the_lists_of_changes() {
    let mut c = report_fixture::consultation();
    let removed = c.changes.iter_mut().find(|ch| ch.after.is_none()).unwrap();
    removed.comments.push("c-raad0001".into());
    // Explained by a comment linked to the removed section (a cause by
    // shared words alone explains no change of a section of the draft).
    let old = removed.before.as_ref().unwrap().number.clone();
    let raad = c
        .responses
        .iter_mut()
        .flat_map(|r| &mut r.comments)
        .find(|com| com.id == "c-raad0001")
        .unwrap();
    let mut linked = raad.sections[0].clone();
    linked.number = old;
    raad.sections.push(linked);
    let (dir, md, _) = render_this(&c, &ReportOptions::default());
    let line = md
        .lines()
        .find(|l| l.contains("(verwijderd; naar aanleiding van"))
        .unwrap_or_else(|| panic!("{md}"));
    assert!(
        line.starts_with("- Bijlage 1 Begrippenlijst (verwijderd;"),
        "{line}"
    );
    let html = read(&dir.path().join("nota-van-beantwoording.html"));
    assert!(
        html.contains("<li>Bijlage 1 Begrippenlijst (verwijderd;"),
        "{html}"
    );
    let xml = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    assert!(
        xml.contains(">Bijlage 1 Begrippenlijst (verwijderd;"),
        "{xml}"
    );
    // Marked editorial instead: named there the same way.
    let mut c = report_fixture::consultation();
    for ch in c.changes.iter_mut().filter(|ch| ch.after.is_none()) {
        ch.editorial = true;
    }
    let (_, md, _) = render_this(&c, &ReportOptions::default());
    assert!(md.contains("\n- Bijlage 1 Begrippenlijst\n"), "{md}");
    assert!(!md.contains("\n- —"), "{md}");
}

/// The appendix of files that could not be processed lists them by
/// number, not by their (hidden) file names.
#[test]
fn unprocessed_files_are_listed_by_number() {
    let mut c = report_fixture::consultation();
    for (i, r) in c.responses.iter_mut().enumerate() {
        r.number = i as u32 + 1;
    }
    let mut other = c.responses.last().unwrap().clone();
    other.file = "a-brief-van-piet.pdf".into();
    other.respondent = other.file.clone();
    other.public_name = "Inzending 7".into();
    other.number = 7;
    c.responses.push(other);
    let mut problem = c.problems[0].clone();
    problem.file = "responses/a-brief-van-piet.pdf".into();
    c.problems.insert(0, problem);
    let (_, md, _) = render_this(&c, &ReportOptions::default());
    let six = md
        .find("/inzending-6.pdf |")
        .unwrap_or_else(|| panic!("{md}"));
    let seven = md
        .find("/inzending-7.pdf |")
        .unwrap_or_else(|| panic!("{md}"));
    assert!(six < seven, "{md}");
    assert!(!md.contains("piet"), "{md}");
}

/// One late response is spoken of in the singular, several in the
/// plural, in every memo format and both languages.
#[test]
fn one_late_response_is_one_reactie() {
    let one = report_fixture::consultation();
    assert_eq!(one.responses.iter().filter(|r| r.late).count(), 1);
    let mut two = one.clone();
    for r in &mut two.responses {
        r.late = true;
    }
    for (c, nl, en) in [
        (
            &one,
            "De volgende reactie is na de termijn",
            "The following response arrived",
        ),
        (
            &two,
            "De volgende reacties zijn na de termijn",
            "The following responses arrived",
        ),
    ] {
        let (dir, md, _) = render_this(c, &ReportOptions::default());
        assert!(md.contains(nl), "{md}");
        assert!(read(&dir.path().join("nota-van-beantwoording.html")).contains(nl));
        assert!(docx_xml(&dir.path().join("nota-van-beantwoording.docx")).contains(nl));
        let opts = ReportOptions {
            lang: Lang::En,
            ..ReportOptions::default()
        };
        let (dir, md, _) = render_this(c, &opts);
        assert!(md.contains(en), "{md}");
        assert!(read(&dir.path().join("nota-van-beantwoording.html")).contains(en));
        assert!(docx_xml(&dir.path().join("nota-van-beantwoording.docx")).contains(en));
    }
}

/// Counts of one in the singular, one campaign point as "dit wordt",
/// version labels that need no article, and no title: a neutral wording.
#[test]
fn sentences_read_right_for_one_and_for_any_label_or_no_title() {
    let mut c = report_fixture::consultation();
    c.responses.truncate(1);
    c.responses[0].comments.truncate(1);
    // The unread file is gone with its response (else the appendix lists
    // it, and table 1.1 counts it).
    c.problems.clear();
    let (_, md, _) = render_this(&c, &ReportOptions::default());
    assert!(md.contains("Er is 1 reactie ontvangen met 1 punt."), "{md}");
    let (_, md, _) = render_this(
        &c,
        &ReportOptions {
            lang: Lang::En,
            ..ReportOptions::default()
        },
    );
    assert!(
        md.contains("1 response was received with 1 comment."),
        "{md}"
    );

    let mut c = report_fixture::consultation();
    let (_, md, _) = render_this(&c, &ReportOptions::default());
    assert!(
        md.contains(
            "Eén punt is door meerdere indieners in (vrijwel) gelijke bewoordingen \
             ingediend; dit wordt hieronder één keer beantwoord"
        ),
        "{md}"
    );
    c.title = String::new();
    c.versions.last_mut().unwrap().label = "Definitief".into();
    let (dir, md, redline) = render_this(&c, &ReportOptions::default());
    assert!(md.starts_with("# Nota van beantwoording\n"), "{md}");
    assert!(
        md.contains("De inspraakversie van de ontwerptekst heeft ter inzage gelegen"),
        "{md}"
    );
    assert!(md.contains("wijzigingen in ‘Definitief’:"), "{md}");
    assert!(!md.contains("de Definitief"), "{md}");
    assert!(
        redline.contains("de volledige tekst van ‘Definitief’"),
        "{redline}"
    );
    let letter = read(&dir.path().join("letters/inwoner-1.md"));
    assert!(letter.contains("uw reactie op de ontwerptekst"), "{letter}");
    let html = read(&dir.path().join("nota-van-beantwoording.html"));
    assert!(
        html.contains("<title>Nota van beantwoording</title>"),
        "{html}"
    );
    let (_, md, redline) = render_this(
        &c,
        &ReportOptions {
            lang: Lang::En,
            ..ReportOptions::default()
        },
    );
    assert!(md.starts_with("# Response memo\n"), "{md}");
    assert!(
        md.contains("The draft was open for consultation from"),
        "{md}"
    );
    // The tool's Dutch names for versions without a label, in English.
    assert!(!md.contains("Inspraakversie"), "{md}");
    assert!(
        redline.contains("the full text of ‘final version’"),
        "{redline}"
    );
}

/// Bidirectional controls in a name (`\u{202E}` turns `fdp.exe` into
/// `exe.pdf` on screen) stay out of the public documents.
#[test]
fn bidi_controls_stay_out_of_public_documents() {
    let mut c = report_fixture::consultation();
    let org = c
        .responses
        .iter_mut()
        .find(|r| r.kind == inspraak::model::RespondentKind::Organisation)
        .unwrap();
    org.respondent = "Stichting \u{202E}fdp.exe\u{202C} \u{2066}Noord\u{2069}".into();
    org.public_name = org.respondent.clone();
    let (dir, md, _) = render_this(&c, &ReportOptions::default());
    let html = read(&dir.path().join("nota-van-beantwoording.html"));
    let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    let bidi = |t: &str| {
        t.chars()
            .any(|ch| matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    };
    for (name, text) in [("md", &md), ("html", &html), ("docx", &docx)] {
        assert!(!bidi(text), "{name} holds a bidi control");
        assert!(text.contains("Stichting fdp.exe Noord"), "{name}: {text}");
    }
}

/// The memo's opening says which text was open for comments in natural
/// words for any version label, the same in Markdown, HTML and Word, and
/// in English.
#[test]
fn opening_sentence_reads_naturally_for_any_label() {
    let cases = [
        (
            "Inspraakversie",
            "De inspraakversie van ‘Regiovisie’ heeft ter inzage gelegen van",
            "‘Regiovisie’ was open for consultation from",
        ),
        (
            "Concept 2.1",
            "‘Regiovisie’ heeft in de versie ‘Concept 2.1’ ter inzage gelegen van",
            "‘Regiovisie’ was open for consultation in the version ‘Concept 2.1’ from",
        ),
        (
            "versie 0.9",
            "‘Regiovisie’ heeft in versie 0.9 ter inzage gelegen van",
            "‘Regiovisie’ was open for consultation as version 0.9 from",
        ),
    ];
    for (label, nl, en) in cases {
        let mut c = report_fixture::consultation();
        c.title = "Regiovisie".into();
        c.versions[0].label = label.into();
        for (lang, want) in [(Lang::Nl, nl), (Lang::En, en)] {
            let (dir, md, _) = render_this(
                &c,
                &ReportOptions {
                    lang,
                    ..ReportOptions::default()
                },
            );
            let html = read(&dir.path().join("nota-van-beantwoording.html"));
            let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
            for (doc, text) in [("md", &md), ("html", &html), ("docx", &docx)] {
                assert!(text.contains(want), "{label} {lang:?} {doc}: {text}");
                assert!(!text.contains("Versie ‘"), "{label} {doc}: {text}");
                assert!(!text.contains("Version ‘"), "{label} {doc}: {text}");
            }
        }
    }
}

/// Where the memo and the letters speak of who answers the responses,
/// they name the configured sender, not "de werkgroep"; an article of its
/// own is written in lower case inside a sentence.
#[test]
fn the_configured_sender_is_named_where_the_text_speaks_of_it() {
    let c = report_fixture::consultation();
    let render_with = |sender: &str, lang| {
        render_this(
            &c,
            &ReportOptions {
                sender: Some(sender.into()),
                lang,
                ..ReportOptions::default()
            },
        )
    };
    let (dir, md, _) = render_with("Projectgroep regiovisie", Lang::Nl);
    let html = read(&dir.path().join("nota-van-beantwoording.html"));
    let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    let letter = read(&dir.path().join("letters/inwoner-1.md"));
    for (doc, text) in [("md", &md), ("html", &html), ("docx", &docx)] {
        assert!(
            text.contains("hoe de Projectgroep regiovisie op elk punt reageert"),
            "{doc}: {text}"
        );
        assert!(
            text.contains("De Projectgroep regiovisie heeft per punt besloten"),
            "{doc}: {text}"
        );
        // The answers are the sender's own words; the memo's are not.
        for generated in [
            "hoe de werkgroep",
            "De werkgroep heeft",
            "De werkgroep beantwoordt",
        ] {
            assert!(!text.contains(generated), "{doc}: {text}");
        }
    }
    assert!(
        md.contains("De Projectgroep regiovisie heeft ook deze reactie inhoudelijk beantwoord"),
        "{md}"
    );
    assert!(
        letter.contains("De Projectgroep regiovisie heeft alle reacties gelezen"),
        "{letter}"
    );
    assert!(!letter.contains("De werkgroep"), "{letter}");

    let (dir, md, _) = render_with("De projectgroep", Lang::Nl);
    assert!(
        md.contains("hoe de projectgroep op elk punt reageert"),
        "{md}"
    );
    assert!(
        md.contains("De projectgroep heeft per punt besloten"),
        "{md}"
    );
    let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    assert!(docx.contains("hoe de projectgroep op elk punt reageert"));

    let (dir, md, _) = render_with("Projectgroep regiovisie", Lang::En);
    let letter = read(&dir.path().join("letters/inwoner-1.md"));
    assert!(
        md.contains("the answer of the Projectgroep regiovisie to each point"),
        "{md}"
    );
    assert!(
        md.contains("The Projectgroep regiovisie decided for each comment"),
        "{md}"
    );
    assert!(!md.contains("working group"), "{md}");
    assert!(
        letter.contains("The Projectgroep regiovisie read every response"),
        "{letter}"
    );
    // A proper name takes no article; a kind of group after adjectives
    // does.
    let (_, md, _) = render_with("Veilig Thuis Hollands Midden", Lang::Nl);
    assert!(
        md.contains("hoe Veilig Thuis Hollands Midden op elk punt reageert"),
        "{md}"
    );
    let (_, md, _) = render_with("Regionaal Bestuurlijk Overleg", Lang::Nl);
    assert!(
        md.contains("Het Regionaal Bestuurlijk Overleg heeft per punt besloten"),
        "{md}"
    );
    // Without a sender: the working group.
    let (_, md, _) = render_this(&c, &ReportOptions::default());
    assert!(md.contains("hoe de werkgroep op elk punt reageert"), "{md}");
    assert!(md.contains("De werkgroep heeft per punt besloten"), "{md}");
}

/// A letter says "Hieronder leest u wat wij met uw punten hebben gedaan"
/// only when its points have decisions; when only some have, it says how
/// many are still open; when none has, that nothing is decided yet.
#[test]
fn letters_say_what_was_done_only_with_decided_points() {
    let letter_of = |c: &inspraak::model::Consultation, lang| {
        let (dir, _, _) = render_this(
            c,
            &ReportOptions {
                lang,
                ..ReportOptions::default()
            },
        );
        let name = std::fs::read_dir(dir.path().join("letters"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.extension().is_some_and(|e| e == "md") && read(p).contains("Gemeenteraad Katwijk")
            })
            .unwrap();
        read(&name)
    };
    let mut c = report_fixture::consultation();
    let council = |c: &mut inspraak::model::Consultation| {
        c.responses
            .iter_mut()
            .find(|r| r.respondent == "Gemeenteraad Katwijk")
            .unwrap()
            .comments
            .clone()
    };
    assert_eq!(council(&mut c).len(), 2);
    let all = letter_of(&c, Lang::Nl);
    assert!(
        all.contains("heeft alle reacties gelezen en per punt besloten of het leidt tot aanpassing van de tekst. Hieronder leest u wat wij met uw punten hebben gedaan."),
        "{all}"
    );
    let set_open = |c: &mut inspraak::model::Consultation, n: usize| {
        let r = c
            .responses
            .iter_mut()
            .find(|r| r.respondent == "Gemeenteraad Katwijk")
            .unwrap();
        for com in r.comments.iter_mut().take(n) {
            com.decision = inspraak::model::DecisionView::default();
        }
        // The changes no longer follow from an open point.
        for ch in &mut c.changes {
            ch.comments.retain(|id| !id.starts_with("c-raad"));
        }
    };
    set_open(&mut c, 1);
    let some = letter_of(&c, Lang::Nl);
    assert!(
        some.contains("besluit per punt of het leidt tot aanpassing van de tekst. Hieronder leest u wat wij met uw punten hebben gedaan; over 1 van uw punten is nog niet besloten."),
        "{some}"
    );
    let some_en = letter_of(&c, Lang::En);
    assert!(
        some_en.contains("Below you can read what we did with your points; 1 of your points has no decision yet."),
        "{some_en}"
    );
    set_open(&mut c, 2);
    for (lang, not_said, said) in [
        (
            Lang::Nl,
            "Hieronder leest u wat wij met uw punten hebben gedaan",
            "Over uw punten is nog niet besloten",
        ),
        (
            Lang::En,
            "Below you can read what we did with your points",
            "No decision has been taken on your points yet",
        ),
    ] {
        let none = letter_of(&c, lang);
        assert!(!none.contains(not_said), "{none}");
        assert!(none.contains(said), "{none}");
        assert!(!none.contains("(open)"), "{none}");
    }
}

/// Every decision reads as plain words in the memo (Markdown, HTML, Word)
/// and the letters, in Dutch and English: "deels overgenomen" leads to a
/// change in part, an open point says only that nothing is decided yet.
#[test]
fn every_status_reads_well() {
    use inspraak::model::Status;
    let cases = [
        (
            Status::Adopted,
            "leidt tot aanpassing (overgenomen)",
            "leads to a change (adopted)",
        ),
        (
            Status::PartlyAdopted,
            "leidt gedeeltelijk tot aanpassing (deels overgenomen)",
            "leads in part to a change (partly adopted)",
        ),
        (
            Status::NotAdopted,
            "leidt niet tot aanpassing (niet overgenomen)",
            "does not lead to a change (not adopted)",
        ),
        (
            Status::AlreadyCovered,
            "leidt niet tot aanpassing (reeds verwerkt)",
            "does not lead to a change (already covered)",
        ),
        (
            Status::Noted,
            "leidt niet tot aanpassing (ter kennisname)",
            "does not lead to a change (noted)",
        ),
        (Status::Open, "nog geen besluit", "not yet decided"),
    ];
    for (status, nl, en) in cases {
        let mut c = report_fixture::consultation();
        let r = c
            .responses
            .iter_mut()
            .find(|r| r.public_name == "Inwoner 1")
            .unwrap();
        r.comments[0].decision.status = status;
        for (lang, want, label) in [(Lang::Nl, nl, "Besluit"), (Lang::En, en, "Decision")] {
            let (dir, md, _) = render_this(
                &c,
                &ReportOptions {
                    lang,
                    ..ReportOptions::default()
                },
            );
            let line = format!("**{label}:** {want}\n");
            assert!(md.contains(&line), "{status:?} {lang:?}: {md}");
            let html = read(&dir.path().join("nota-van-beantwoording.html"));
            let tail = if status == Status::Open {
                "</strong></dd>".to_string()
            } else {
                let (words, rest) = want.split_once(" (").unwrap();
                format!("{words}</strong> ({rest}</dd>")
            };
            assert!(html.contains(&tail), "{status:?} {lang:?}: {html}");
            let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
            assert!(docx.contains(want), "{status:?} {lang:?}: {docx}");
            let letter = read(&dir.path().join("letters/inwoner-1.md"));
            assert!(letter.contains(&line), "{status:?} {lang:?}: {letter}");
            for text in [&md, &letter] {
                assert!(!text.contains("leidt tot aanpassing (deels"), "{text}");
                assert!(!text.contains(" (open)"), "{text}");
            }
        }
    }
}

/// Under chapter 2 the draft's sections are named with `§`, so the
/// outline does not read "1 Inleiding / 2 Reacties en beantwoording /
/// 1 Inleiding": in Markdown, HTML (headings and table of contents) and
/// Word (headings), and in the comments' references.
#[test]
fn draft_sections_are_told_apart_from_the_memos_chapters() {
    let c = report_fixture::consultation();
    let (dir, md, _) = render_this(&c, &ReportOptions::default());
    let html = read(&dir.path().join("nota-van-beantwoording.html"));
    let docx = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    let chapter2 = md
        .split("## 2 Reacties en beantwoording")
        .nth(1)
        .unwrap()
        .split("\n## 3 ")
        .next()
        .unwrap();
    for line in chapter2.lines().filter(|l| l.starts_with("### ")) {
        assert!(
            line == "### Algemeen" || line.starts_with("### § "),
            "a draft section under chapter 2 without §: {line}\n{md}"
        );
    }
    assert!(chapter2.contains("### § 2.1 Voorlichting"), "{md}");
    assert!(md.contains("**Betreft:** § 2.1 Voorlichting"), "{md}");
    assert!(md.contains("**Aanpassing in § 2.1 Voorlichting:**"), "{md}");
    assert!(html.contains("\">§ 2.1 Voorlichting</a></li>"), "{html}");
    assert!(html.contains("§ 2.1 Voorlichting</h3>"), "{html}");
    // Word's navigation pane: the memo's chapters bare, the draft's with §.
    let headings: Vec<&str> = docx
        .split("<w:pStyle w:val=\"Heading2\" />")
        .skip(1)
        .filter_map(|p| p.split("xml:space=\"preserve\">").nth(1))
        .filter_map(|p| p.split("</w:t>").next())
        .collect();
    assert!(headings.contains(&"§ 2.1 Voorlichting"), "{headings:?}");
    assert!(headings.contains(&"1.1 Ontvangen reacties"), "{headings:?}");
    assert!(!headings.contains(&"2.1 Voorlichting"), "{headings:?}");
    // A number that is a word of its own stays as it is.
    assert_eq!(
        inspraak::report::context::section_heading("Bijlage 1", "Cijfers"),
        "Bijlage 1 Cijfers"
    );
    assert_eq!(
        inspraak::report::context::section_heading("B", "Samenwerking"),
        "§ B Samenwerking"
    );
    assert_eq!(
        inspraak::report::context::section_heading("", "Voorwoord"),
        "Voorwoord"
    );
    let (_, md, _) = render_this(
        &c,
        &ReportOptions {
            lang: Lang::En,
            ..ReportOptions::default()
        },
    );
    assert!(md.contains("### § 2.1 Voorlichting"), "{md}");
    assert!(md.contains("**Concerns:** § 2.1 Voorlichting"), "{md}");
}

/// The direct children of every element named in `orders` (by its name
/// without `w:`) in `xml`, checked against that element's schema order:
/// the first child out of order, if any.
fn out_of_order(xml: &str, orders: &[(&str, &[&str])]) -> Option<String> {
    // (name, children so far) of each open element.
    let mut stack: Vec<(String, Vec<String>)> = Vec::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        let end = rest[lt..].find('>').unwrap() + lt;
        let tag = &rest[lt + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap()
            .to_string();
        if closing {
            let (open, children) = stack.pop().unwrap();
            assert_eq!(open, name);
            let local = name.strip_prefix("w:").unwrap_or("");
            if let Some((_, order)) = orders.iter().find(|(n, _)| *n == local) {
                let ranks: Vec<usize> = children
                    .iter()
                    .map(|c| {
                        let c = c.strip_prefix("w:").unwrap_or(c);
                        order.iter().position(|o| *o == c).unwrap_or(usize::MAX)
                    })
                    .collect();
                if ranks.windows(2).any(|w| w[0] > w[1]) || ranks.contains(&usize::MAX) {
                    return Some(format!("{name}: {children:?}"));
                }
            }
            continue;
        }
        if let Some((_, children)) = stack.last_mut() {
            children.push(name.clone());
        }
        if !tag.ends_with('/') {
            stack.push((name, Vec::new()));
        }
    }
    None
}

/// The Word memo follows the schema's sequence order: `w:pStyle` first in
/// every `w:pPr`, `w:rStyle` first in `w:rPr`, `w:tblStyle` first in
/// `w:tblPr`, the children of a style in `CT_Style` order, and no run
/// properties in the paragraph properties of a style (`CT_PPrGeneral`).
#[test]
fn docx_elements_follow_the_schema_order() {
    const PPR: &[&str] = &[
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ];
    const RPR: &[&str] = &[
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "rStyle",
        "rFonts",
        "b",
        "bCs",
        "i",
        "iCs",
        "caps",
        "smallCaps",
        "strike",
        "dstrike",
        "outline",
        "shadow",
        "emboss",
        "imprint",
        "noProof",
        "snapToGrid",
        "vanish",
        "webHidden",
        "color",
        "spacing",
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
        "rPrChange",
    ];
    const TBLPR: &[&str] = &[
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "bidiVisual",
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
        "tblPrChange",
    ];
    const STYLE: &[&str] = &[
        "name",
        "aliases",
        "basedOn",
        "next",
        "link",
        "autoRedefine",
        "uiPriority",
        "semiHidden",
        "unhideWhenUsed",
        "qFormat",
        "locked",
        "personal",
        "personalCompose",
        "personalReply",
        "rsid",
        "pPr",
        "rPr",
        "tblPr",
        "trPr",
        "tcPr",
        "tblStylePr",
    ];
    // The paragraph properties of styles and numbering (`CT_PPrGeneral`):
    // the same without `rPr` and `sectPr`.
    let ppr_general: Vec<&str> = PPR
        .iter()
        .copied()
        .filter(|e| !["rPr", "sectPr"].contains(e))
        .collect();
    for lang in [Lang::Nl, Lang::En] {
        let (dir, _) = render(&ReportOptions {
            lang,
            ..ReportOptions::default()
        });
        let path = dir.path().join("nota-van-beantwoording.docx");
        let document = docx_xml(&path);
        // What QA saw: an empty `w:rPr` before `w:pStyle`, `w:u` before
        // `w:rStyle`, `w:tblStyle` last.
        assert!(
            document.contains("<w:pPr><w:pStyle w:val=\"Heading1\" />"),
            "{document}"
        );
        assert!(
            document.contains("<w:rPr><w:rStyle w:val=\"Inserted\" /><w:u"),
            "{document}"
        );
        assert!(document.contains("<w:tblPr><w:tblStyle w:val=\"TableGrid\" />"));
        let orders: &[(&str, &[&str])] = &[
            ("pPr", PPR),
            ("rPr", RPR),
            ("tblPr", TBLPR),
            ("style", STYLE),
        ];
        assert_eq!(out_of_order(&document, orders), None);
        for part in ["word/styles.xml", "word/numbering.xml"] {
            let xml = docx_part(&path, part);
            let orders: &[(&str, &[&str])] = &[
                ("pPr", ppr_general.as_slice()),
                ("rPr", RPR),
                ("tblPr", TBLPR),
                ("style", STYLE),
            ];
            assert_eq!(out_of_order(&xml, orders), None, "{part}: {xml}");
        }
    }
}

/// A point with a decision but no answer shows its decision and nothing
/// that says it is undecided: the letter does not add "nog niet besloten"
/// (so the intro's count of open points is the number of points that say
/// so) and the memo (Markdown, HTML, Word) does not say "nog niet
/// beantwoord" under a decision. An open point still says both.
#[test]
fn a_decision_without_an_answer_is_not_called_undecided() {
    use inspraak::model::{DecisionView, Status};
    let mut c = report_fixture::consultation();
    let r = c
        .responses
        .iter_mut()
        .find(|r| r.respondent == "Gemeenteraad Katwijk")
        .unwrap();
    assert_eq!(r.comments.len(), 2);
    r.comments[0].decision.status = Status::Adopted;
    r.comments[0].decision.answer = "  ".into();
    r.comments[1].decision = DecisionView::default();
    let open_letter = [
        (
            Lang::Nl,
            "Over dit punt is nog niet besloten",
            "over 1 van uw punten is nog niet besloten",
            "leidt tot aanpassing (overgenomen)",
        ),
        (
            Lang::En,
            "No decision has been taken on this point yet",
            "1 of your points has no decision yet",
            "leads to a change (adopted)",
        ),
    ];
    for (lang, undecided, intro, decided) in open_letter {
        let (dir, md, _) = render_this(
            &c,
            &ReportOptions {
                lang,
                ..ReportOptions::default()
            },
        );
        // HTML puts the decision in bold, the status after it.
        let decided_html = decided.replace(" (", "</strong> (");
        for name in [
            "letters/gemeenteraad-katwijk.md",
            "letters/gemeenteraad-katwijk.html",
        ] {
            let decided = if name.ends_with(".html") {
                decided_html.as_str()
            } else {
                decided
            };
            let letter = read(&dir.path().join(name));
            assert!(letter.contains(intro), "{lang:?} {name}: {letter}");
            assert!(letter.contains(decided), "{lang:?} {name}: {letter}");
            // Only the open point says it is undecided.
            assert_eq!(
                letter.matches(undecided).count(),
                1,
                "{lang:?} {name}: {letter}"
            );
            let (first, second) = letter.split_once(decided).unwrap();
            assert!(!first.contains(undecided), "{lang:?} {name}: {letter}");
            let first_point_end = second.find(undecided).unwrap();
            assert!(
                second[..first_point_end].contains(match lang {
                    Lang::Nl => "nog geen besluit",
                    Lang::En => "not yet decided",
                }),
                "{lang:?} {name}: {letter}"
            );
        }
        // The memo says "not answered yet" as often as with an answer on
        // the adopted point: under open points only.
        let not_answered = match lang {
            Lang::Nl => "Nog niet beantwoord.",
            Lang::En => "Not answered yet.",
        };
        let mut answered = c.clone();
        answered
            .responses
            .iter_mut()
            .find(|r| r.respondent == "Gemeenteraad Katwijk")
            .unwrap()
            .comments[0]
            .decision
            .answer = "Verwerkt.".into();
        let (answered_dir, answered_md, _) = render_this(
            &answered,
            &ReportOptions {
                lang,
                ..ReportOptions::default()
            },
        );
        let memos = |dir: &Path, md: &str| {
            [
                md.to_string(),
                read(&dir.join("nota-van-beantwoording.html")),
                docx_xml(&dir.join("nota-van-beantwoording.docx")),
            ]
        };
        let now = memos(dir.path(), &md);
        let want = memos(answered_dir.path(), &answered_md);
        for (what, (now, want)) in ["md", "html", "docx"].iter().zip(now.iter().zip(&want)) {
            assert!(want.contains(not_answered), "{lang:?} {what}: {want}");
            assert_eq!(
                now.matches(not_answered).count(),
                want.matches(not_answered).count(),
                "{lang:?} {what}: {now}"
            );
            let decided = if *what == "html" {
                decided_html.as_str()
            } else {
                decided
            };
            assert!(now.contains(decided), "{lang:?} {what}: {now}");
        }
    }
}

/// The user's copy of the built-in `partials/item.md.hbs` with `edit`
/// applied, in a templates folder of its own; the error of rendering the
/// fixture with it.
fn item_template_error(edit: impl Fn(&str) -> String) -> String {
    let dir = tempfile::tempdir().unwrap();
    inspraak::report::templates::write_defaults(dir.path(), false).unwrap();
    let item = dir.path().join("partials/item.md.hbs");
    let text = std::fs::read_to_string(&item).unwrap();
    std::fs::write(&item, edit(&text)).unwrap();
    let out = tempfile::tempdir().unwrap();
    let err = render_all(
        &report_fixture::consultation(),
        &ReportOptions {
            templates: Some(dir.path().to_path_buf()),
            ..ReportOptions::default()
        },
        out.path(),
    )
    .unwrap_err();
    // As `main` prints it: the message and each cause it does not contain.
    let mut message = err.to_string();
    for cause in err.chain().skip(1) {
        if !message.contains(&cause.to_string()) {
            message.push_str(&format!("\n  caused by: {cause}"));
        }
    }
    message
}

/// The reported defect: `{{#if late}}` added to line 1 of the item
/// partial was reported at the end of the file, with the grammar of the
/// handlebars parser (`expected escape, expression, html_expression, …`).
/// The message names the template and the block left open, with its line.
#[test]
fn an_unclosed_block_is_named_with_its_line() {
    let message = item_template_error(|text| {
        let (first, rest) = text.split_once('\n').unwrap();
        format!("{first}{{{{#if late}}}}\n{rest}")
    });
    assert!(message.contains("partials/item.md.hbs"), "{message}");
    assert!(
        message
            .contains("the block `{{#if}}` opened on line 1 is not closed: `{{/if}}` is missing"),
        "{message}"
    );
    assert!(!message.contains("expected"), "{message}");
    assert!(!message.contains("html_expression"), "{message}");
}

/// The reported defect: a misspelt field said `Failed to access variable
/// in strict mode Some("file")`. The message names the field and the
/// template.
#[test]
fn a_missing_field_is_named_with_its_template() {
    let message = item_template_error(|text| format!("{{{{file}}}}\n{text}"));
    assert!(message.contains("partials/item.md.hbs"), "{message}");
    assert!(
        message.contains("line 1") && message.contains("there is no field `file` here"),
        "{message}"
    );
    assert!(!message.contains("Some("), "{message}");
    assert!(!message.contains("strict mode"), "{message}");
}

/// Table 1.1 counts as *niet te verwerken* exactly what the appendix
/// lists under `responses/`: both take the problems the memo may show
/// from `privacy::public_problems`. A problem about an entry of
/// `responses/` that is no response (of a public kind) is listed by
/// neither; the count took it from `ProblemKind::is_public` alone.
#[test]
fn the_unprocessed_count_is_the_appendix_list() {
    let mut c = report_fixture::consultation();
    c.problems.push(inspraak::model::Problem {
        file: "responses/brief-jan-de-vries.pdf".into(),
        message: "`brief-jan-de-vries.pdf` could not be read".into(),
        kind: inspraak::model::ProblemKind::Unreadable,
    });
    let out = tempfile::tempdir().unwrap();
    render_all(&c, &ReportOptions::default(), out.path()).unwrap();
    let md = read(&out.path().join("nota-van-beantwoording.md"));
    let table = md.split("### 1.1").nth(1).unwrap();
    let table = table.split("### 1.2").next().unwrap();
    let unread: usize = table
        .lines()
        .find(|l| l.starts_with("| niet te verwerken"))
        .map(|l| l.split('|').nth(2).unwrap().trim().parse().unwrap())
        .unwrap_or(0);
    let listed = md.lines().filter(|l| l.starts_with("| responses/")).count();
    assert_eq!(listed, 1, "{md}");
    assert_eq!(unread, listed, "{table}");
    assert!(!md.contains("jan-de-vries"), "{md}");
}

/// QA: the same letter read from two files (its text, so its comment ids,
/// the same) was shown twice in the memo, both times as `Reactie 1.1`,
/// as the memo looks a comment's number up by its id. Now each point is
/// answered once, under the first response's number, naming both senders.
#[test]
fn the_same_text_in_two_files_is_answered_once() {
    let mut c = report_fixture::consultation();
    let mut again = c.responses[0].clone();
    again.file = "zienswijze-katwijk-per-post.txt".into();
    c.responses.insert(1, again);
    let dir = tempfile::tempdir().unwrap();
    render_all(&c, &ReportOptions::default(), dir.path()).unwrap();
    let memo = read(&dir.path().join("nota-van-beantwoording.md"));
    for heading in ["#### Reactie 1.1:", "#### Reactie 1.2:"] {
        assert_eq!(memo.matches(heading).count(), 1, "{heading} in:\n{memo}");
    }
    assert!(!memo.contains("#### Reactie 2.1:"), "{memo}");
}

/// A late letter that joins a campaign group is marked late in the group's
/// item (the memo says late submissions are marked), in Markdown, HTML and
/// Word, while the on-time sender heading the item is not.
#[test]
fn a_late_member_of_a_campaign_is_marked_late() {
    let mut c = report_fixture::consultation();
    let late = c
        .responses
        .iter_mut()
        .find(|r| r.public_name == "Inwoner 3")
        .unwrap();
    late.late = true;
    let dir = tempfile::tempdir().unwrap();
    render_all(&c, &ReportOptions::default(), dir.path()).unwrap();
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    assert!(
        md.contains("door 2 indieners ingediend, ook door Inwoner 3 (te laat ingediend)"),
        "{md}"
    );
    assert!(
        !md.contains("Inwoner 2 (inwoner), te laat ingediend"),
        "{md}"
    );
    let html = read(&dir.path().join("nota-van-beantwoording.html"));
    assert!(html.contains("ook door Inwoner 3 (te laat ingediend)"));
    let xml = docx_xml(&dir.path().join("nota-van-beantwoording.docx"));
    assert!(
        xml.contains(
            "Deze reactie is door 2 indieners ingediend, ook door Inwoner 3 (te laat ingediend)."
        ),
        "{xml}"
    );
}

/// A reopened point (status open again, its earlier answer kept in the
/// ledger) has no answer yet: memo, letter and JSON do not publish the
/// withdrawn answer next to "nog geen besluit".
#[test]
fn a_reopened_point_publishes_no_answer() {
    let mut c = report_fixture::consultation();
    let answer = "De opvang valt onder de centrumgemeente";
    for r in &mut c.responses {
        for com in &mut r.comments {
            if com.decision.answer.contains(answer) {
                com.decision.status = inspraak::model::Status::Open;
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    render_all(&c, &ReportOptions::default(), dir.path()).unwrap();
    let md = read(&dir.path().join("nota-van-beantwoording.md"));
    assert!(!md.contains(answer), "{md}");
    assert!(md.contains("Nog niet beantwoord"), "{md}");
    let letter = read(&dir.path().join("letters/inwoner-3.md"));
    assert!(!letter.contains(answer), "{letter}");
    let json = serde_json::to_string(&inspraak::privacy::public_view(&c)).unwrap();
    assert!(!json.contains(answer));
}

/// Characters XML 1.0 forbids in a response (U+FFFF from a PDF's unmapped
/// glyphs, U+FFFE from a byte-swapped BOM, C0 controls) are dropped from
/// the Word memo: every part stays well-formed and the rest of the text is
/// kept.
#[test]
fn characters_xml_forbids_stay_out_of_the_word_memo() {
    let mut c = report_fixture::consultation();
    for r in &mut c.responses {
        for cm in &mut r.comments {
            cm.text = format!("Meer\u{FFFF} aandacht\u{FFFE} voor\u{1} {}", cm.text);
            cm.decision.answer = format!("Verwerkt\u{FFFF}. {}", cm.decision.answer);
        }
        r.respondent = format!("{}\u{FFFE}", r.respondent);
        r.public_name = format!("{}\u{FFFF}", r.public_name);
    }
    c.title = format!("{}\u{FFFF}", c.title);
    let (dir, _, _) = render_this(&c, &ReportOptions::default());
    let path = dir.path().join("nota-van-beantwoording.docx");
    let file = std::fs::File::open(&path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    for name in names
        .iter()
        .filter(|n| n.ends_with(".xml") || n.ends_with(".rels"))
    {
        let mut xml = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
        let bad: Vec<char> = xml
            .chars()
            .filter(|&ch| !inspraak::text::is_xml_char(ch))
            .collect();
        assert!(bad.is_empty(), "{name} holds {bad:?}");
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{name} is not well-formed: {e}"),
            }
        }
    }
    let xml = docx_xml(&path);
    assert!(xml.contains("Meer aandacht voor"), "{xml}");
}

/// Every key path of `v` (list items as `[]`).
fn key_paths(v: &serde_json::Value, at: &str, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Array(a) => {
            for x in a {
                key_paths(x, &format!("{at}[]"), out);
            }
        }
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let path = format!("{at}.{k}");
                out.insert(path.clone());
                key_paths(x, &path, out);
            }
        }
        _ => {}
    }
}

/// The specimens the custom templates are checked with (`Templates::check`)
/// have every field that the real contexts give the templates: a field
/// added to a context cannot be missing from its specimen (a check would
/// then refuse a template that uses it).
#[test]
fn the_template_specimens_have_every_field_of_the_real_contexts() {
    use inspraak::report::context::{Builder, Group, Item, LetterContext, MemoContext};
    use inspraak::report::specimen::specimen;
    let c = report_fixture::consultation();
    let paths = |v: serde_json::Value| {
        let mut out = std::collections::BTreeSet::new();
        key_paths(&v, "", &mut out);
        out
    };
    let missing = |real: &std::collections::BTreeSet<String>,
                   spec: &std::collections::BTreeSet<String>| {
        real.difference(spec).cloned().collect::<Vec<_>>()
    };
    for lang in [Lang::Nl, Lang::En] {
        let builder = Builder::new(&c, lang, GroupBy::Section);
        let memo = builder.memo();
        let parts: Vec<std::borrow::Cow<str>> = memo.items().map(|_| "".into()).collect();
        let real = paths(serde_json::to_value(memo.view(&parts, &parts)).unwrap());
        let mut spec_memo: MemoContext = specimen().unwrap();
        spec_memo.groups = vec![specimen::<Group>().unwrap()];
        let one = [std::borrow::Cow::Borrowed("")];
        let spec = paths(serde_json::to_value(spec_memo.view(&one, &one)).unwrap());
        assert!(real.len() > 20);
        assert_eq!(missing(&real, &spec), Vec::<String>::new());
        let spec_item = paths(serde_json::to_value(specimen::<Item>().unwrap()).unwrap());
        let spec_letter =
            paths(serde_json::to_value(specimen::<LetterContext>().unwrap()).unwrap());
        for r in &c.responses {
            let letter = builder.letter(r, None);
            for item in &letter.items {
                let real = paths(serde_json::to_value(item).unwrap());
                assert_eq!(missing(&real, &spec_item), Vec::<String>::new());
            }
            let real = paths(serde_json::to_value(&letter).unwrap());
            assert_eq!(missing(&real, &spec_letter), Vec::<String>::new());
        }
        let real = paths(serde_json::to_value(builder.redline()).unwrap());
        let spec = paths(
            serde_json::to_value(specimen::<inspraak::report::context::RedlineContext>().unwrap())
                .unwrap(),
        );
        assert_eq!(missing(&real, &spec), Vec::<String>::new());
    }
}

/// The lines of `md` that follow a Markdown table's row without a blank
/// line between: CommonMark's table extension (GitHub, pandoc) reads such a
/// line as one more row of the table, so a sentence below a table has to be
/// set off by a blank line.
fn lines_run_into_a_table(md: &str) -> Vec<String> {
    md.lines()
        .zip(md.lines().skip(1))
        .filter(|(row, next)| {
            row.starts_with('|') && !next.trim().is_empty() && !next.starts_with('|')
        })
        .map(|(_, next)| next.to_string())
        .collect()
}

/// The memo's `Gelijkluidende punten ... één keer geteld` sentence stood
/// right under the table of decisions, so Markdown renderers showed it as a
/// last row of that table. Every Markdown output, in both languages and
/// every grouping, sets each table off from the text after it.
#[test]
fn no_text_runs_into_a_markdown_table() {
    for lang in [Lang::Nl, Lang::En] {
        for group_by in [GroupBy::Section, GroupBy::Respondent, GroupBy::Theme] {
            let (dir, files) = render(&ReportOptions {
                lang,
                group_by,
                ..ReportOptions::default()
            });
            let mds: Vec<_> = files
                .iter()
                .filter(|f| f.extension().is_some_and(|e| e == "md"))
                .collect();
            assert!(mds.len() > 1, "memo and letters: {files:?}");
            for md in mds {
                let text = read(md);
                let run_in = lines_run_into_a_table(&text);
                assert!(
                    run_in.is_empty(),
                    "{} ({lang:?}, {group_by:?}): text under a table without a blank line: {run_in:?}",
                    md.strip_prefix(dir.path()).unwrap().display()
                );
            }
        }
    }
    assert_eq!(
        lines_run_into_a_table("| a | b |\n|---|---|\n| 1 | 2 |\nZin.\n"),
        vec!["Zin.".to_string()]
    );
}
