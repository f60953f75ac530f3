use super::*;
use crate::model::Page;

fn doc(pages: &[&str]) -> Document {
    Document {
        file: "test.txt".into(),
        pages: pages
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut lines = Vec::new();
                let mut para = true;
                for l in p.lines() {
                    if l.trim().is_empty() {
                        para = true;
                        continue;
                    }
                    lines.push(Line {
                        text: l.to_string(),
                        paragraph_start: para,
                        ..Line::default()
                    });
                    para = false;
                }
                Page {
                    number: i as u32 + 1,
                    lines,
                    ..Page::default()
                }
            })
            .collect(),
        warnings: vec![],
        scanned_pages: Vec::new(),
        notes: Vec::new(),
        ..Default::default()
    }
}

#[test]
fn markdown_drafts_are_read_by_their_headings() {
    let md = "# Beleidsplan Jeugd en Veiligheid\n\n# 1 Waarom dit plan\n\n\
                  Het vorige plan is **verlopen**; een nieuw plan is nodig.\n\n\
                  ## 1.1 Wat we willen bereiken\n\nMinder _geweld_ in gezinnen.\n\n\
                  ## 1.2 Hoe we samenwerken\n\nScholen en wijkteams werken samen.\n\n\
                  # Bijlage 1: Begrippen\n\nHuiselijk geweld is geweld door iemand uit de huiselijke kring.\n";
    let v = parse_version(
        &crate::extract::extract_plain_text("concept.md", md.as_bytes()),
        "concept",
    );
    assert_eq!(numbers(&v), ["0", "1", "1.1", "1.2", "Bijlage 1"], "{v:#?}");
    let s = v.section("1.1").unwrap();
    assert_eq!(s.title, "Wat we willen bereiken");
    assert!(s.text.contains("Minder geweld in gezinnen."), "{}", s.text);
    // The same lines in a .txt file are what was typed: `# 1 ...` is
    // no numbered heading there.
    let txt = parse_version(
        &crate::extract::extract_plain_text("concept.txt", md.as_bytes()),
        "concept",
    );
    assert!(txt.section("1.1").is_none(), "{:?}", numbers(&txt));
}

#[test]
fn a_markdown_heading_never_runs_on_into_a_line_in_lower_case() {
    // Headings without a blank line below them, a section's text starting
    // in lower case (`ggz-instellingen`, `e-health`): still headings.
    let md = "# Regiovisie Test 2027-2030\n\n## 1 Inleiding\nDeze visie beschrijft de aanpak.\n\n\
              ## 2 Samenwerking\n\n### 2.1 Zorg en veiligheid\n\
              ggz-instellingen, wijkteams en politie werken samen.\n\n\
              ### 2.2 Onderwijs\nScholen gebruiken de meldcode.\n\n\
              ## 3 Financiën\ne-health wordt betaald door de centrumgemeente.\n";
    let v = parse_version(
        &crate::extract::extract_plain_text("concept.md", md.as_bytes()),
        "concept",
    );
    assert_eq!(numbers(&v), ["0", "1", "2", "2.1", "2.2", "3"], "{v:#?}");
    let s = v.section("2.1").unwrap();
    assert_eq!(s.title, "Zorg en veiligheid");
    assert!(s.text.starts_with("ggz-instellingen"), "{}", s.text);
    // In a .txt file the same line in lower case still continues the
    // line before it: no heading mark ends it there.
    let txt = "Plan\n\n1 Inleiding\nDeze visie beschrijft de aanpak.\n\n\
               2 Zorg en veiligheid voor\nggz-instellingen, wijkteams en politie.\n";
    let t = parse_version(
        &crate::extract::extract_plain_text("concept.txt", txt.as_bytes()),
        "concept",
    );
    assert!(t.section("2").is_none(), "{:?}", numbers(&t));
}

#[test]
fn markdown_links_and_footnotes_are_read_as_a_reader_sees_them() {
    let md = "# 1 Inleiding\n\n\
                  Zie [de Jeugdwet](https://wetten.overheid.nl/jeugdwet) en [hoofdstuk 2](#doelen).\n\
                  Het aantal meldingen steeg[^1] vorig jaar.\n\n\
                  # 2 Doelen\n\n\
                  We willen *minder* geweld en **snellere** hulp[^bron].\n\
                  Meer in het [rapport][r].\n\n\
                  [^1]: Bron: Veilig Thuis, jaarcijfers 2025.\n\
                  [^bron]: Zie de [monitor](https://example.org/monitor_2025).\n\n\
                  [r]: https://example.org/rapport\n";
    let v = parse_version(
        &crate::extract::extract_plain_text("concept.md", md.as_bytes()),
        "concept",
    );
    assert_eq!(numbers(&v), ["1", "2"], "{v:#?}");
    let one = &v.sections[0].text;
    let two = &v.sections[1].text;
    assert!(
        one.contains("Zie de Jeugdwet en hoofdstuk 2.")
            && one.contains("Het aantal meldingen steeg vorig jaar."),
        "{one}"
    );
    // The footnote goes with the section holding its mark, though it
    // is defined at the end of the file.
    assert!(
        one.contains("Bron: Veilig Thuis, jaarcijfers 2025."),
        "{one}"
    );
    assert!(
        two.contains("We willen minder geweld en snellere hulp.")
            && two.contains("Meer in het rapport.")
            && two.contains("Zie de monitor."),
        "{two}"
    );
    assert!(!two.contains("Veilig Thuis"), "{two}");
    for s in &v.sections {
        assert!(
            !s.text.contains(['[', ']', '(', '*']) && !s.text.contains("https"),
            "{}",
            s.text
        );
    }
}

/// QA19: a footnote at the bottom of a page belongs with the section
/// whose text holds its mark, not with the one that ends the page; a
/// footnote whose mark is not on the page stays out of the text.
#[test]
fn a_footnote_goes_with_the_section_holding_its_mark() {
    let mut d = doc(&[
        "1 Inleiding\n\nHet plan volgt op de evaluatie.1 Zie verder hieronder.\n\n\
             2 Doelen\n\nWe willen minder geweld in 2026, met CO2 als voorbeeld.\n",
        "Nog meer over de doelen¹².\n\n3 Uitvoering\n\nDe regio voert uit (Wpg)3, samen.\n",
    ]);
    d.pages[0].footnotes = vec![
        "1 Evaluatie van de regiovisie 2022.".to_string(),
        "2 Een noot zonder teken in de tekst.".to_string(),
    ];
    d.pages[1].footnotes = vec![
        "12 Monitor huiselijk geweld.".to_string(),
        "3 Wet publieke gezondheid.".to_string(),
    ];
    let v = parse_version(&d, "Concept");
    assert_eq!(numbers(&v), ["1", "2", "3"], "{v:#?}");
    let text = |n: &str| v.section(n).map(|s| s.text.clone()).unwrap_or_default();
    assert!(
        text("1").contains("Evaluatie van de regiovisie 2022."),
        "{v:#?}"
    );
    assert!(!text("2").contains("Evaluatie"), "{v:#?}");
    assert!(text("2").contains("Monitor huiselijk geweld."), "{v:#?}");
    assert!(text("3").contains("Wet publieke gezondheid."), "{v:#?}");
    assert!(
        !v.sections.iter().any(|s| s.text.contains("zonder teken")),
        "{v:#?}"
    );
    // The marks are out of the running text and the labels out of the
    // notes, as in a Markdown draft.
    assert!(text("1").contains("op de evaluatie. Zie verder"), "{v:#?}");
    assert!(!text("1").contains("1 Evaluatie"), "{v:#?}");
    assert!(text("2").contains("over de doelen."), "{v:#?}");
    assert!(text("3").contains("uit (Wpg), samen."), "{v:#?}");
    // An unmarked footnote's number stays where it is.
    assert!(text("2").contains("met CO2 als"), "{v:#?}");
    assert!(holds_note_mark("in Ierland.4 en", "4"));
    assert!(holds_note_mark("samen4, en", "4"));
    assert!(!holds_note_mark("paragraaf 3.4 en", "4"));
    assert!(!holds_note_mark("met CO2 als", "2"));
    assert!(!holds_note_mark("in 2024 en 14 gevallen", "4"));
    assert!(holds_note_mark("de doelen¹².", "12") && !holds_note_mark("de doelen¹².", "2"));
}

fn holds_note_mark(text: &str, label: &str) -> bool {
    note_mark_at(text, label).is_some()
}

/// QA20: a footnote added before the others renumbers them all; the
/// sections whose text did not change read the same in both versions.
#[test]
fn renumbered_footnotes_leave_the_text_unchanged() {
    let page = "1 Inleiding\n\nHet plan volgt op de evaluatie.{a} Zie verder.\n\n\
                    2 Doelen\n\nWe willen minder geweld.{b}\n";
    let mut old = doc(&[&page.replace("{a}", "").replace("{b}", "1")]);
    old.pages[0].footnotes = vec!["1 Monitor huiselijk geweld.".to_string()];
    let mut new = doc(&[&page.replace("{a}", "1").replace("{b}", "2")]);
    new.pages[0].footnotes = vec![
        "1 Evaluatie van de regiovisie 2022.".to_string(),
        "2 Monitor huiselijk geweld.".to_string(),
    ];
    let (old, new) = (
        parse_version(&old, "Concept"),
        parse_version(&new, "Definitief"),
    );
    let text = |v: &Version, n: &str| v.section(n).map(|s| s.text.clone()).unwrap_or_default();
    assert_eq!(text(&old, "2"), text(&new, "2"), "{old:#?}\n{new:#?}");
    assert!(text(&new, "2").contains("Monitor huiselijk geweld."));
    let (old1, new1) = (text(&old, "1"), text(&new, "1"));
    assert!(new1.starts_with(old1.trim_end()), "{old1:?} {new1:?}");
    assert!(
        new1.trim_end()
            .ends_with("\nEvaluatie van de regiovisie 2022."),
        "{new1:?}"
    );
}

fn numbers(v: &Version) -> Vec<&str> {
    v.sections.iter().map(|s| s.number.as_str()).collect()
}

#[test]
fn chapters_sections_and_pages() {
    let d = doc(&[
        "Regiovisie Veilig Thuis\n\nConcept, mei 2026\n\n1 Inleiding\n\nDit is de inleiding.\n",
        "2. Doelen\n\nWe willen minder geweld.\n\n2.1 Preventie\n\nVoorkomen is beter.\n",
        "Nog meer over preventie.\n\n2.2 Hulp\nSnelle hulp.\n\nHoofdstuk 3: Financiën\n\nGeld.\n",
    ]);
    let v = parse_version(&d, "Concept");
    assert_eq!(numbers(&v), ["0", "1", "2", "2.1", "2.2", "3"]);
    let s = v.section("2.1").unwrap();
    assert_eq!(s.title, "Preventie");
    assert_eq!(s.pages, (2, 3));
    assert!(s.text.contains("Nog meer over preventie"));
    assert!(!v.section("2").unwrap().text.contains("Voorkomen"));
    assert_eq!(v.section("3").unwrap().title, "Financiën");
    assert_eq!(v.section("0").unwrap().title, "Regiovisie Veilig Thuis");
    assert_eq!(v.section("2").unwrap().level, 1);
    assert_eq!(v.section("2.2").unwrap().level, 2);
}

#[test]
fn toc_lines_are_skipped() {
    let d = doc(&[
            "Inhoudsopgave\n1 Inleiding 3\n2 Doelen 4\n2.1 Preventie 4\nBijlage 1 Begrippen 9\n",
            "1 Inleiding\n\nTekst van de inleiding die lang genoeg is om te tellen.\n\n2 Doelen\n\nDoelen.\n\n2.1 Preventie\n\nMeer.\n",
        ]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["1", "2", "2.1"]);
    assert_eq!(v.section("1").unwrap().pages, (2, 2));
    // Dot leaders without a title block, and a TOC restart.
    let d = doc(&[
        "1 Inleiding ........ 3\n2 Doelen ..... 5\n",
        "1 Inleiding\nEcht.\n\n2 Doelen\nOok echt.\n",
    ]);
    assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2"]);
    let d = doc(&[
        "1 Inleiding\n2 Doelen\n3 Geld\n\n1 Inleiding\n\nTekst.\n\n2 Doelen\n\nMeer tekst.\n",
    ]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["1", "2"]);
    assert!(v.section("1").unwrap().text.contains("Tekst."));
}

/// The reported defect (a report's PDF): the extractor put each entry's
/// page number, and its dot leader, on lines of their own, so the
/// contents page gave the sections (one or two words each, all on its
/// page) and the last entry swallowed the whole report, whose own
/// headings repeat numbers already seen.
#[test]
fn toc_entries_with_page_numbers_on_lines_of_their_own_are_skipped() {
    // Two pages of the body, each opening with a heading (a text that
    // opens half the pages is a running header).
    let body = [
        "1 Samenvatting\n\nDit document bevat adviezen over het onderzoek.\n\n\
             2 Inleiding\n\nOp verzoek van de aanbieder is onderzoek gedaan.\n",
        "2.1 Opdracht\n\nDe opdracht was een onderzoek naar toegankelijkheid.\n\n\
             3 Het onderzoek\n\nHet onderzoek is gedaan met een steekproef.\n",
    ];
    let d = doc(&[
        "Rapport over het onderzoek\n\nOktober 2021\n",
        "Inhoudsopgave\n\nVoorwoord\n\n2\n1 Samenvatting\n\n4\n2 Inleiding\n\n5\n\
             2.1 Opdracht\n\n.........................\n\n5\nPrincipe 1: Waarneembaar\n\n\
             ..............\n\n9\n3 Het onderzoek\n\n......................\n\n7\n",
        body[0],
        body[1],
    ]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["0", "1", "2", "2.1", "3"], "{v:#?}");
    assert_eq!(v.section("1").unwrap().pages, (3, 3));
    assert!(v.section("3").unwrap().text.contains("steekproef"));
    // The same contents without a title: from the first entry with a
    // dot leader on the line below it.
    let d = doc(&[
        "Rapport over het onderzoek\n\nOktober 2021\n",
        "Voorwoord\n\n..........\n\n2\n1 Samenvatting\n\n..........\n\n4\n\
             2 Inleiding\n\n........\n\n5\n2.1 Opdracht\n\n........\n\n5\n\
             3 Het onderzoek\n\n.........\n\n7\n",
        body[0],
        body[1],
    ]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["0", "1", "2", "2.1", "3"], "{v:#?}");
    assert_eq!(v.section("2.1").unwrap().pages, (4, 4));
}

#[test]
fn numbered_list_items_are_not_headings() {
    let d = doc(&[
            "1 Inleiding\n\nDe gemeenten spreken af:\n1. De gemeente zorgt voor opvang.\n2. Iedere melding wordt binnen vijf dagen opgepakt.\n3 Professionals en vrijwilligers kennen de risicofactoren van huiselijk geweld bij\nspecifieke doelgroepen.\n\n2 Aanpak\n\nTekst.\n",
        ]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["1", "2"]);
    assert!(v.section("1").unwrap().text.contains("binnen vijf dagen"));
}

#[test]
fn dates_amounts_and_footnotes_are_not_headings() {
    let d = doc(&[
            "1 Inleiding\n\n14 oktober 2026 is de deadline.\n2019 2020 2021 2022\n1.000 euro per jaar\n17 Thans het Ministerie van Justitie\n\n2 Slot\n\nEinde.\n",
        ]);
    assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2"]);
}

#[test]
fn footnotes_that_explain_an_abbreviation_are_not_headings() {
    // Plain text whose only numbered lines are footnotes: they do not
    // make it a numbered document, so its plain headings are read.
    let d = doc(&[
            "Aanpak\n\nDe gemeenten werken in de wijken samen met het CJG1 en met de GGD2.\n\nPlanning\n\nIn het voorjaar van 2025 start in twee wijken de eerste pilot.\n\nFinanciering\n\nDe kosten worden naar het aantal inwoners over de deelnemende gemeenten verdeeld.\n\n1 CJG = Centrum voor Jeugd en Gezin\n2 GGD = Gemeentelijke Gezondheidsdienst\n",
        ]);
    let v = parse_version(&d, "x");
    let titles: Vec<&str> = v.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(
        !titles.iter().any(|t| t.contains(" = ")),
        "footnotes read as headings: {titles:?}"
    );
    assert_eq!(titles[1..], ["Planning", "Financiering"], "{titles:?}");
}

#[test]
fn headings_of_double_spaced_text() {
    // Every line followed by an empty one, except a heading, which
    // runs straight into its first line of text.
    let body = |words: &str| -> String {
        words
            .split('|')
            .map(|l| format!("{l}\n\n"))
            .collect::<String>()
    };
    let text = format!(
            "Werkplan wijkteams 2026\n\n{}Bereikbaarheid\n{}Scholing van medewerkers\n{}",
            body("De wijkteams zijn er voor alle inwoners van de gemeente en werken|vanuit vier locaties. Zij bieden hulp bij vragen over opvoeden, geld|en gezondheid, en verwijzen door waar dat nodig is."),
            body("De wijkteams zijn op werkdagen telefonisch bereikbaar van negen tot|vijf uur. Buiten die tijden kunnen inwoners terecht bij de|crisisdienst. In het eerste kwartaal komt er een avondspreekuur in|twee wijken, zodat werkende ouders makkelijker binnenlopen."),
            body("Alle medewerkers volgen in 2026 een training in het herkennen van|signalen van geweld achter de voordeur. De training wordt gegeven|door het regionale expertisecentrum en duurt twee dagdelen. Nieuwe|medewerkers volgen haar binnen drie maanden na hun start."),
        );
    let v = parse_version(&doc(&[&text]), "x");
    let titles: Vec<&str> = v.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles[1..],
        ["Bereikbaarheid", "Scholing van medewerkers"],
        "{titles:?}"
    );
    assert!(v.sections[2].text.contains("expertisecentrum"));
}

#[test]
fn appendices_and_letters() {
    let d = doc(&[
            "1 Inleiding\n\nTekst.\n\nA. Preventie\n\nVoorkomen.\n\nB. Vroegsignalering\n\nSignalen.\n\n2 Slot\n\nEinde.\n",
            "Bijlagen\nBijlage 1 Begrippenlijst\nBijlage 2 – Cijfers\n\nBijlage 1: Begrippenlijst\n\nAWBZ: een wet.\n\nBijlage 2 – Cijfers\n\n1 Schattingen\nVeel.\n",
        ]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["1", "A", "B", "2", "Bijlage 1", "Bijlage 2"]);
    assert_eq!(v.section("Bijlage 1").unwrap().title, "Begrippenlijst");
    assert_eq!(v.section("Bijlage 2").unwrap().title, "Cijfers");
    assert!(v
        .section("Bijlage 2")
        .unwrap()
        .text
        .contains("1 Schattingen"));
    assert_eq!(v.section("A").unwrap().level, 2);
}

#[test]
fn layout_hints_reject_plain_body_lines() {
    let mut d = doc(&["1 Inleiding\nTekst hier.\n2 Aanpak\nMeer tekst.\n3 Geld\n"]);
    for l in &mut d.pages[0].lines {
        l.font_size = 10.0;
    }
    d.pages[0].lines[0].bold = true;
    d.pages[0].lines[0].font_size = 14.0;
    d.pages[0].lines[2].font_size = 14.0;
    // "3 Geld" is body size and not bold, but fits the sequence.
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["1", "2", "3"]);
    // A skipped number in body size is not accepted.
    d.pages[0].lines[4].text = "5 Geld".into();
    assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2"]);
}

const BODY: &str = "Dit is gewone tekst van de nota, lang genoeg om als lopende tekst te tellen.";

#[test]
fn unnumbered_headings_in_plain_text() {
    let text = format!(
            "Uitvoeringsplan veilig thuis\n\nInleidende tekst over het plan en de aanleiding daarvan.\n\nKader\n\n{BODY}\n\nAdvies\n\n{BODY}\nNog een regel van dezelfde alinea.\n\nMaatregel 1: Meldcode bij partners\n\n{BODY}\n\nMaatregel 2 – Training\n\n{BODY}\n\nBijlage 1\n\nCijfers\n\n{BODY}\n\nRisicofactoren\n\n{BODY}\n"
        );
    let v = parse_version(&doc(&[&text]), "x");
    assert_eq!(
        numbers(&v),
        ["0", "1", "2", "Maatregel 1", "Maatregel 2", "Bijlage 1"]
    );
    assert_eq!(
        v.section("0").unwrap().title,
        "Uitvoeringsplan veilig thuis"
    );
    assert!(v.section("0").unwrap().text.contains("Inleidende tekst"));
    assert_eq!(v.section("1").unwrap().title, "Kader");
    assert_eq!(v.section("2").unwrap().title, "Advies");
    assert!(v.section("2").unwrap().text.contains("dezelfde alinea"));
    assert_eq!(
        v.section("Maatregel 1").unwrap().title,
        "Meldcode bij partners"
    );
    assert_eq!(v.section("Maatregel 2").unwrap().title, "Training");
    assert_eq!(v.section("Maatregel 2").unwrap().level, 1);
    // Inside the appendices the usual rules hold: no unnumbered
    // subsections.
    let b1 = v.section("Bijlage 1").unwrap();
    assert_eq!(b1.title, "Cijfers");
    assert!(b1.text.contains("Risicofactoren"));
}

#[test]
fn short_paragraphs_that_are_not_headings_stay_text() {
    // A list of short items, a table row and a signature block, each
    // between paragraphs, with two real headings around them.
    let text = format!(
            "Nota lokale aanpak\n\nInleiding van de nota, met wat zinnen over het doel ervan.\n\nAchtergrond\n\n{BODY}\n\nWe werken samen met deze partners:\n\nVeilig Thuis\n\nGGD Hollands Midden\n\nPolitie\n\n{BODY}\n\nJaar Periode Thema\n\n2024 Orange the World\n\nGeweld tegen vrouwen\n\n{BODY}\n\nAanpak\n\n{BODY}\n\nMet vriendelijke groet,\n\nJan de Vries\n\nWethouder Zorg\n\n{BODY}\n\nTabel 1: Meldingen per jaar\n\n{BODY}\n\nMaatregel 2: Zonder maatregel 1\n\n{BODY}\n"
        );
    let v = parse_version(&doc(&[&text]), "x");
    assert_eq!(numbers(&v), ["0", "1", "2"]);
    assert_eq!(v.section("1").unwrap().title, "Achtergrond");
    assert_eq!(v.section("2").unwrap().title, "Aanpak");
    let t1 = &v.section("1").unwrap().text;
    for item in ["Veilig Thuis", "Politie", "Geweld tegen vrouwen"] {
        assert!(t1.contains(item), "{item}");
    }
    let t2 = &v.section("2").unwrap().text;
    for item in ["Jan de Vries", "Wethouder Zorg", "Tabel 1", "Maatregel 2"] {
        assert!(t2.contains(item), "{item}");
    }
    // Without two headings there is no structure: one short line
    // between sentences is not enough.
    let text = format!("Memo\n\n{BODY}\n\nSamen sterk\n\n{BODY}\n");
    assert_eq!(numbers(&parse_version(&doc(&[&text]), "x")), ["0"]);
}

#[test]
fn numbered_documents_ignore_unnumbered_headings() {
    let text = format!(
            "Regiovisie\n\n1 Inleiding\n\n{BODY}\n\nKader\n\n{BODY}\n\nMaatregel 1: Meldcode\n\n{BODY}\n\n2 Aanpak\n\n{BODY}\n\nAdvies\n\n{BODY}\n"
        );
    let v = parse_version(&doc(&[&text]), "x");
    assert_eq!(numbers(&v), ["0", "1", "2"]);
    assert!(v.section("1").unwrap().text.contains("Kader"));
    assert!(v
        .section("1")
        .unwrap()
        .text
        .contains("Maatregel 1: Meldcode"));
    assert!(v.section("2").unwrap().text.contains("Advies"));
}

#[test]
fn unnumbered_headings_with_layout_hints() {
    let text = format!(
            "Plan van aanpak\n\n{BODY}\n\nKader\n\n{BODY}\n\nSamen sterk\n\n{BODY}\n\nAdvies\n\n{BODY}\n"
        );
    let mut d = doc(&[&text]);
    for l in &mut d.pages[0].lines {
        l.font_size = 10.0;
    }
    d.pages[0].lines[0].font_size = 16.0;
    d.pages[0].lines[2].bold = true; // Kader
    d.pages[0].lines[6].font_size = 12.0; // Advies
    let v = parse_version(&d, "x");
    // `Samen sterk` in body size and not bold stays text.
    assert_eq!(numbers(&v), ["0", "1", "2"]);
    assert_eq!(v.section("1").unwrap().title, "Kader");
    assert!(v.section("1").unwrap().text.contains("Samen sterk"));
    assert_eq!(v.section("2").unwrap().title, "Advies");
}

/// QA: a chapter heading over two lines (`... ouderenmishandeling en`
/// / `complexe scheidingen`) was read as a wrapped sentence, its
/// chapter lost and its text added to the chapter before.
#[test]
fn headings_over_two_lines_in_plain_text() {
    let d = doc(&[
            "Regiovisie Testregio 2025-2028\n\n1. Inleiding\nDeze regiovisie beschrijft de aanpak.\n\n\
             2. Specifieke aandacht voor gendergerelateerd geweld, ouderenmishandeling en\n\
             complexe scheidingen\nOuderenmishandeling blijft vaak verborgen. Gemeenten werken samen.\n\n\
             3. Financiën\nDe gemeenten spreken af:\n\
             4. De raad vraagt om meer geld en\nextra menskracht\n\
             5. De gemeenten maken afspraken met\nde politie.\n\
             2 gemeenten doen mee aan\nhet project\nDat is een begin.\n\n\
             4 Uitvoering\nDe regio voert uit.\n",
        ]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["0", "1", "2", "3", "4"], "{v:#?}");
    let s2 = v.section("2").unwrap();
    assert_eq!(
            s2.title,
            "Specifieke aandacht voor gendergerelateerd geweld, ouderenmishandeling en complexe scheidingen"
        );
    assert!(s2.text.contains("blijft vaak verborgen"), "{}", s2.text);
    assert!(!s2.text.contains("complexe scheidingen"), "{}", s2.text);
    assert!(!v.section("1").unwrap().text.contains("verborgen"));
    // A numbered list in a chapter stays its text.
    let s3 = v.section("3").unwrap();
    assert_eq!(s3.title, "Financiën");
    for item in [
        "4. De raad vraagt",
        "5. De gemeenten",
        "extra menskracht",
        "2 gemeenten",
    ] {
        assert!(s3.text.contains(item), "{item}: {}", s3.text);
    }
    assert_eq!(v.section("4").unwrap().title, "Uitvoering");
}

/// The same in a PDF (a BNC fiche): both lines of the heading bold,
/// the second indented and in the same paragraph.
#[test]
fn headings_over_two_lines_in_a_pdf() {
    let line = |text: &str, bold: bool, para: bool| Line {
        text: text.to_string(),
        font_size: 9.0,
        bold,
        paragraph_start: para,
        ..Line::default()
    };
    let page = |number: u32, lines: Vec<Line>| Page {
        number,
        lines,
        ..Page::default()
    };
    // Each line of text its own, or it would be read as a running
    // header or footer.
    let body = |n: u32| {
        format!("Dit voorstel heeft naar verwachting geen gevolgen voor de begroting, punt {n}.")
    };
    let d = Document {
            file: "fiche.pdf".into(),
            pages: vec![
                page(
                    8,
                    vec![
                        line("3. Nederlandse positie ten aanzien van het voorstel", true, true),
                        line(&body(1), false, true),
                    ],
                ),
                page(
                    9,
                    vec![
                        line("4. Beoordeling bevoegdheid, subsidiariteit en proportionaliteit", true, true),
                        line("a) Bevoegdheid", false, true),
                        line(&body(2), false, false),
                        line(&body(3), false, false),
                    ],
                ),
                page(
                    10,
                    vec![
                        line(&body(4), false, true),
                        line(
                            "5. Financiële consequenties, gevolgen voor regeldruk, concurrentiekracht en",
                            true,
                            true,
                        ),
                        line("geopolitieke aspecten", true, false),
                        line("a) Consequenties EU-begroting", false, true),
                        line(&body(5), false, false),
                        line(&body(6), false, false),
                        line("6. Implicaties juridisch", true, true),
                        line("a) Consequenties voor nationale en decentrale regelgeving (inclusief", false, true),
                        line("toepassing van de lex silencio positivo)", false, false),
                        line(&body(7), false, true),
                    ],
                ),
            ],
            warnings: vec![],
            scanned_pages: Vec::new(),
            notes: Vec::new(),
            ..Default::default()
        };
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["3", "4", "5", "6"], "{v:#?}");
    let s5 = v.section("5").unwrap();
    assert_eq!(
            s5.title,
            "Financiële consequenties, gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten"
        );
    assert_eq!(s5.pages, (10, 10));
    assert!(
        s5.text.starts_with("a) Consequenties EU-begroting"),
        "{}",
        s5.text
    );
    assert_eq!(v.section("4").unwrap().pages, (9, 10));
    assert!(!v.section("4").unwrap().text.contains("geopolitieke"));
    assert_eq!(v.section("6").unwrap().title, "Implicaties juridisch");
}

/// QA (a regional vision, part D): the results of a part, numbered
/// `1` to `4` anew inside chapter 2, were read on from `3` as chapters
/// 3 and 4, and the real chapter `4 Leidende principes` after them was
/// lost (a number already seen).
#[test]
fn a_numbered_list_restarting_inside_a_chapter_is_no_chapter() {
    let d = doc(&[
        "Regiovisie\n\n1 Inleiding\n\nDit is de inleiding van de visie.\n\n\
             2 Regiovisie\n\nWij willen het volgende bereiken.\n\n\
             A. Ontwikkelopgaven preventie\n\nPreventie voorkomt geweld.\n\n\
             B. Ontwikkelopgaven interventies\n\nResultaten in 2022\n\
             1 Ketenpartners werken systeemgericht samen\n\
             2 Het is duidelijk wie de regisseur is\n\
             3 De aanpak Veiligheid eerst is ingevoerd\n\
             4 Slachtoffers krijgen een traumascreening\n\n\
             C. Ontwikkelopgaven monitoring\n\nKetenpartners hebben zicht op de impact.\n\n\
             4 Leidende principes bij de uitvoering\n\nDe aanpak is systeemgericht.\n\n\
             5 Tot slot\n\nWij danken iedereen.\n",
    ]);
    let v = parse_version(&d, "x");
    assert_eq!(
        numbers(&v),
        ["0", "1", "2", "A", "B", "C", "4", "5"],
        "{v:#?}"
    );
    assert_eq!(
        v.section("4").unwrap().title,
        "Leidende principes bij de uitvoering"
    );
    assert!(v.section("B").unwrap().text.contains("4 Slachtoffers"));
    // A chapter after a list that ends in the number before it is a
    // chapter all the same: no later heading claims its number.
    let d = doc(&[
        "1 Inleiding\n\nTekst.\n\n2 Aanpak\n\nWe doen twee dingen:\n\
             1 Wij maken afspraken\n2 Wij voeren ze uit\n\n\
             3 Financiën\n\nGeld.\n\n4 Uitvoering\n\nDe regio voert uit.\n",
    ]);
    assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2", "3", "4"]);
}

/// QA: a list item broken over lines (as a PDF of a plain text breaks
/// it), its sentence going on in lower case after an empty line or at
/// the top of the next page, was read as a heading over two lines, or
/// as a heading standing alone.
#[test]
fn a_sentence_going_on_after_an_empty_line_or_a_page_break_is_no_heading() {
    let d = doc(&["1 Inleiding\n\nTekst.\n\n2 Aanpak\n\nWe bereiken dit:\n\
             3 De aanpak van de keten\nis ingevoerd en wordt\n\nvoortdurend verbeterd.\n\n\
             3 Financiën\n\nGeld.\n"]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["1", "2", "3"], "{v:#?}");
    assert_eq!(v.section("3").unwrap().title, "Financiën");
    let d = doc(&[
        "1 Inleiding\n\nTekst.\n\n2 Aanpak\n\nWe bereiken dit:\n\
             3 De MDA-aanpak voor onveilige situaties is",
        "ontwikkeld en duidelijk belegd.\n\n3 Financiën\n\nGeld.\n",
    ]);
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["1", "2", "3"], "{v:#?}");
    assert_eq!(v.section("3").unwrap().title, "Financiën");
    assert_eq!(v.section("3").unwrap().pages, (2, 2));
}

/// QA: a plain text converted to PDF (one font, nothing bold) lost its
/// chapters `2.`, `3.`: a chapter in body size had to fit the
/// numbering strictly, as if the layout said it was body text. A
/// layout without any line bold or larger says nothing; the text is
/// read as the plain text is.
#[test]
fn a_pdf_in_one_font_is_read_as_plain_text() {
    // With a footnote cut off at the end of its line in front.
    let text = "Inleiding\n\nDe regio werkt samen aan de aanpak van huiselijk geweld.\n\n\
                    3 Bron: Regiovisie huiselijk geweld Hollands Midden 2019 –\n2023. Pag. 14.\n\n\
                    2. Projecten voor 2019\n\nProjecten waarop we sturen.\n\n\
                    3. Korte beschrijving van de projecten\n\nIeder project kent een eigen aanpak.\n";
    let mut d = doc(&[text]);
    for l in &mut d.pages[0].lines {
        l.font_size = 11.0;
    }
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["0", "2", "3"], "{v:#?}");
    // With a heading in larger type the layout is evidence again: a
    // first chapter `2.` in body size is not taken.
    d.pages[0].lines[0].font_size = 16.0;
    assert_eq!(numbers(&parse_version(&d, "x")), ["0"]);
}

/// QA: chapters `I` to `IV` lost `I` into the front matter and were
/// numbered `1`, `2`, `3` by position (so `hoofdstuk 3` went to `IV`).
/// They are chapters with their numerals; arabic numbers under them
/// are their sections; `Bijlage I` stays an appendix, and a numeral
/// seen before (`I. Jansen`) or out of sequence (`X Factor`) is text.
#[test]
fn chapters_in_roman_numerals_keep_their_numerals() {
    let text = "Regiovisie Jeugd 2027-2030\n\nConcept voor inspraak\n\n\
            I Inleiding\n\nDe gemeenten werken samen aan de jeugdhulp.\n\n\
            II. Jeugdhulp dichtbij\n\nJeugdhulp moet dichtbij zijn.\n\nI. Jansen\n\n\
            III Veiligheid\n\nKinderen groeien veilig op.\n\nX Factor\n\n\
            3.1 Veilig Thuis\n\nWij werken samen met Veilig Thuis.\n\n\
            Hoofdstuk IV: Financiën\n\nHet budget staat onder druk.\n\n\
            Bijlage I Begrippen\n\nJeugdhulp: alle hulp aan jeugdigen.\n";
    let v = parse_version(&doc(&[text]), "x");
    assert_eq!(
        numbers(&v),
        ["0", "I", "II", "III", "3.1", "IV", "Bijlage I"],
        "{v:#?}"
    );
    assert_eq!(v.section("I").unwrap().title, "Inleiding");
    assert_eq!(v.section("II").unwrap().title, "Jeugdhulp dichtbij");
    assert_eq!(v.section("IV").unwrap().title, "Financiën");
    assert_eq!(v.section("IV").unwrap().level, 1);
    assert_eq!(v.section("3.1").unwrap().level, 2);
    assert!(!v.section("0").unwrap().text.contains("samen"));
    assert!(v.section("II").unwrap().text.contains("I. Jansen"));
    assert!(v.section("III").unwrap().text.contains("X Factor"));
    // A document numbered in arabic numbers is read by them alone: the
    // numerals in it are text.
    let text = "1 Inleiding\n\nTekst.\n\nI Eerste punt\n\nMeer tekst.\n\n\
                    II Tweede punt\n\nNog meer.\n\n2 Aanpak\n\nDe aanpak.\n";
    let v = parse_version(&doc(&[text]), "x");
    assert_eq!(numbers(&v), ["1", "2"]);
    assert!(v.section("1").unwrap().text.contains("II Tweede punt"));
    // One numeral is no numbering: an initial, an English `I`.
    let text = format!("Memo\n\nI. Jansen\n\n{BODY}\n\nI Want More\n\n{BODY}\n");
    assert!(!roman_chapters(&flatten(&doc(&[&text]))));
    assert_eq!(numbers(&parse_version(&doc(&[&text]), "x")), ["0"]);
}

/// QA: in the numbering `1.0 Inleiding`, `1.1`, `2.0`, no chapter was
/// read and `2.1`, `2.1.1` were lost with them (not following `1.1`).
/// `N.0` is chapter `N`.
#[test]
fn chapters_numbered_n_dot_zero_are_chapters() {
    let text = "Regiovisie Wonen\n\n1.0 Inleiding\n\nDe gemeenten werken samen.\n\n\
            1.1 Aanleiding\n\nEr is een tekort.\n\n2.0 Wonen voor senioren\n\nWij bouwen hofjes.\n\n\
            2.1 Aantallen\n\nTot 2030 komen er 400 woningen bij.\n\n\
            2.1.1 Verdeling over de kernen\n\nNaar rato.\n\n3.0 Starters\n\nVoorrang.\n\n\
            Bijlage 1 – Begrippenlijst\n\nHofje: woningen rond een tuin.\n";
    let v = parse_version(&doc(&[text]), "x");
    assert_eq!(
        numbers(&v),
        ["0", "1", "1.1", "2", "2.1", "2.1.1", "3", "Bijlage 1"],
        "{v:#?}"
    );
    assert_eq!(v.section("2").unwrap().title, "Wonen voor senioren");
    assert_eq!(v.section("2").unwrap().level, 1);
    assert!(!v.section("1.1").unwrap().text.contains("hofjes"));
    assert_eq!(parse_number("2.0"), Some(vec![2]));
    assert_eq!(parse_number("2.0.1"), None);
    assert_eq!(parse_number("0.0"), None);
}

/// Review: `2.0` read as chapter `2` in any document, so a line
/// `2.0 Inspraakversie` of a list of versions in chapter `1` opened
/// chapter `2`, and the real `2 Aanpak` no longer followed.
#[test]
fn a_number_n_dot_zero_under_plain_chapters_is_text() {
    let text = "1 Inleiding\n\nDit stuk kende twee versies.\n\n2.0 Inspraakversie\n\n\
                    Deze versie lag ter inzage.\n\n2 Aanpak\n\nDe aanpak.\n\n\
                    2.1 Uitvoering\n\nDe regio voert uit.\n";
    let v = parse_version(&doc(&[text]), "x");
    assert_eq!(numbers(&v), ["1", "2", "2.1"], "{v:#?}");
    assert_eq!(v.section("2").unwrap().title, "Aanpak");
    assert!(v.section("1").unwrap().text.contains("2.0 Inspraakversie"));
}

/// QA: a heading over two lines whose second line starts with a year
/// (`... in de periode van` / `2027 tot en met het jaar 2030 en
/// daarna`) was cut in two, the year's line made the section's text.
#[test]
fn a_heading_going_on_with_a_year_is_one_heading() {
    let line = |text: &str, size: f32, bold: bool, para: bool| Line {
        text: text.to_string(),
        font_size: size,
        bold,
        paragraph_start: para,
        ..Line::default()
    };
    let d = Document {
        file: "visie.pdf".into(),
        pages: vec![Page {
            number: 1,
            lines: vec![
                line("3 Financiën en monitoring", 15.0, true, true),
                line(
                    "De gemeenten dragen samen bij aan de uitvoering.",
                    10.0,
                    false,
                    true,
                ),
                line(
                    "3.1 Financiering van de maatregelen uit deze regiovisie in de periode van",
                    12.0,
                    true,
                    true,
                ),
                line("2027 tot en met het jaar 2030 en daarna", 12.0, true, false),
                line(
                    "Elke gemeente draagt 4 euro per inwoner bij aan een fonds.",
                    10.0,
                    false,
                    true,
                ),
                line("3.2 Monitoring", 12.0, true, true),
                line(
                    "Jaarlijks verschijnt een monitor met cijfers.",
                    10.0,
                    false,
                    true,
                ),
            ],
            ..Page::default()
        }],
        warnings: vec![],
        scanned_pages: Vec::new(),
        notes: Vec::new(),
        ..Default::default()
    };
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["3", "3.1", "3.2"], "{v:#?}");
    let s = v.section("3.1").unwrap();
    assert_eq!(
            s.title,
            "Financiering van de maatregelen uit deze regiovisie in de periode van 2027 tot en met het jaar 2030 en daarna"
        );
    assert!(s.text.starts_with("Elke gemeente"), "{}", s.text);
    // In plain text, as a line of words would be.
    let text = "1 Inleiding\n\nTekst.\n\n2 Aanpak in de periode van\n2027 tot en met 2030\n\n\
                    De regio voert uit.\n";
    let v = parse_version(&doc(&[text]), "x");
    assert_eq!(numbers(&v), ["1", "2"]);
    assert_eq!(
        v.section("2").unwrap().title,
        "Aanpak in de periode van 2027 tot en met 2030"
    );
    // A sentence going on with a year, or a list's number, is none.
    let text = "1 Inleiding\n\nTekst.\n\n2 Wij werken in de periode van\n\
                    2027 tot 2030 samen met de politie.\n\n3 Aanpak met\n2 gemeenten\n\nMeer.\n";
    let v = parse_version(&doc(&[text]), "x");
    assert_eq!(numbers(&v), ["1"], "{v:#?}");
}

/// QA: a table of contents whose page numbers the reader lost (read as
/// the page's running header) kept its entries, dot leaders and all,
/// as the text of the front matter `0`, so renaming a chapter changed
/// `0` too. Such entries are no text.
#[test]
fn toc_entries_ending_in_their_dot_leader_are_no_text() {
    let d = |ch2: &str, toc_title: &str| {
        doc(&[
            "Regiovisie Wonen en Zorg\n\nConcept voor inspraak\n",
            &format!(
                "{toc_title}\n\n1 Inleiding ..............................\n\n\
                     2 {ch2} ..........................\n"
            ),
            "1 Inleiding\n\nDeze regiovisie beschrijft de samenwerking.\n",
            &format!("2 {ch2}\n\nJaarlijks verschijnt een monitor.\n"),
        ])
    };
    for toc_title in ["Inhoudsopgave", ""] {
        let a = parse_version(&d("Financiën en monitoring", toc_title), "a");
        let b = parse_version(&d("Geld en monitoring", toc_title), "b");
        assert_eq!(numbers(&a), ["0", "1", "2"], "{a:#?}");
        let front = &a.section("0").unwrap().text;
        assert_eq!(front, &b.section("0").unwrap().text);
        assert!(
            !front.contains("Inleiding") && !front.contains("...."),
            "{front}"
        );
        assert!(front.contains("Concept voor inspraak"), "{front}");
    }
}

/// Review: a leader running to the line's end made any line ending in
/// four dots a table of contents' entry, and such a line was dropped
/// from the draft's text wherever it stood.
#[test]
fn a_sentence_ending_in_an_ellipsis_is_text() {
    let text = "1 Inleiding\n\nDe gemeenten bouwen meer woningen, maar dan....\n\n\
                    2 Aanpak\n\nDe aanpak.\n";
    let v = parse_version(&doc(&[text]), "x");
    assert_eq!(numbers(&v), ["1", "2"], "{v:#?}");
    assert!(v.section("1").unwrap().text.contains("maar dan"), "{v:#?}");
    assert!(!has_dot_leader("maar dan . . . ."));
    assert!(has_dot_leader("2 Aanpak . . . . . . . . . ."));
    assert!(has_dot_leader("2 Aanpak .... 7"));
}

/// QA: a Word draft with unnumbered `Title`, `Heading 1` and `Heading
/// 2` paragraphs was one section. Styled headings are sections, numbered
/// by their level as a reader counts them.
#[test]
fn styled_headings_without_numbers_are_numbered_by_their_level() {
    let styled = |lines: &[(&str, Option<u8>)]| Document {
        file: "visie.docx".into(),
        pages: vec![Page {
            number: 1,
            lines: lines
                .iter()
                .map(|(text, level)| Line {
                    text: text.to_string(),
                    bold: level.is_some(),
                    paragraph_start: true,
                    heading_level: *level,
                    ..Line::default()
                })
                .collect(),
            ..Page::default()
        }],
        warnings: vec![],
        scanned_pages: Vec::new(),
        notes: Vec::new(),
        ..Default::default()
    };
    let v = parse_version(
        &styled(&[
            ("Sportvisie Westland 2027-2030", Some(0)),
            ("Inleidende tekst over sport.", None),
            ("Sportaccommodaties", Some(1)),
            ("De gemeenten onderhouden sporthallen.", None),
            ("Zwembaden", Some(2)),
            ("Het zwembad wordt gerenoveerd.", None),
            ("Naaldwijk", Some(4)),
            ("In Naaldwijk komt een instructiebad.", None),
            ("Bewegen voor ouderen", Some(1)),
            ("Beweegcoaches organiseren wandelgroepen.", None),
            ("Bijlage 1 Begrippen", Some(1)),
            ("Sport", Some(2)),
            ("Sport: bewegen in verenigingsverband.", None),
        ]),
        "x",
    );
    assert_eq!(
        numbers(&v),
        ["0", "1", "1.1", "1.1.1", "2", "Bijlage 1"],
        "{v:#?}"
    );
    assert_eq!(
        v.section("0").unwrap().title,
        "Sportvisie Westland 2027-2030"
    );
    assert_eq!(v.section("1.1").unwrap().title, "Zwembaden");
    assert_eq!(v.section("1.1").unwrap().level, 2);
    assert_eq!(v.section("1.1.1").unwrap().title, "Naaldwijk");
    assert!(v.section("2").unwrap().text.contains("wandelgroepen"));
    assert!(v.section("Bijlage 1").unwrap().text.contains("Sport"));
    // The first line in the top level, alone there, names the document.
    let v = parse_version(
        &styled(&[
            ("Sportvisie Westland", Some(1)),
            ("Inleidende tekst.", None),
            ("Accommodaties", Some(2)),
            ("Sporthallen.", None),
            ("Ouderen", Some(2)),
            ("Wandelgroepen.", None),
        ]),
        "x",
    );
    assert_eq!(numbers(&v), ["0", "1", "2"], "{v:#?}");
    assert_eq!(v.section("2").unwrap().title, "Ouderen");
    // Headings that carry numbers are read by them.
    let v = parse_version(
        &styled(&[
            ("1 Inleiding", Some(1)),
            ("Tekst.", None),
            ("2 Aanpak", Some(1)),
            ("Tekst.", None),
            ("2.1 Doelen", Some(1)),
            ("Tekst.", None),
        ]),
        "x",
    );
    assert_eq!(numbers(&v), ["1", "2", "2.1"], "{v:#?}");
}

#[test]
fn empty_document() {
    assert!(parse_version(&Document::default(), "x").sections.is_empty());
}

/// QA24: a title wrapped over two or three lines is the whole title (a line
/// starting in lower case, or closing the quote the title opened); a
/// line of its own after it (a subtitle, a date) is not part of it.
#[test]
fn a_title_wrapped_over_lines_is_whole() {
    let title = |text: &str| {
        parse_version(&doc(&[text]), "x")
            .section("0")
            .map(|s| s.title.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        title(
            "Uitvoeringsplan ‘Huiselijk geweld: vroeg signaleren, adequaat reageren, duurzaam \n\
             stoppen’ \n\nIn het najaar is de MAG vastgesteld.\n\nKader\n\nTekst over het kader.\n"
        ),
        "Uitvoeringsplan ‘Huiselijk geweld: vroeg signaleren, adequaat reageren, duurzaam stoppen’"
    );
    assert_eq!(
        title(
            "Programma van Eisen voor een digitale\noplossing ter aanvulling op bron- en\n\
             contactonderzoek\n\nVersie 1.0\n\n1 Inleiding\n\nTekst van de inleiding.\n"
        ),
        "Programma van Eisen voor een digitale oplossing ter aanvulling op bron- en contactonderzoek"
    );
    assert_eq!(
        title("Regiovisie Huiselijk Geweld\nConcept, 12 mei 2026\n\n1 Inleiding\n\nTekst.\n"),
        "Regiovisie Huiselijk Geweld"
    );
    assert_eq!(
        title("Regiovisie Huiselijk Geweld.\nde gemeenten\n\n1 Inleiding\n\nTekst.\n"),
        "Regiovisie Huiselijk Geweld."
    );
    // A line stopping on `en`, `van`, `voor` is continued, in capitals too.
    assert_eq!(
        title(
            "Regiovisie Aanpak Huiselijk Geweld en\nKindermishandeling Hollands Midden\n\
             Concept, 12 mei 2026\n\n1 Inleiding\n\nTekst.\n"
        ),
        "Regiovisie Aanpak Huiselijk Geweld en Kindermishandeling Hollands Midden"
    );
}

/// QA26b: a cover's title in large type wrapping over lines that start in
/// capitals is whole: the lines in the first line's type go on with it; a
/// line in body type after it (`Inspraakversie, oktober 2023`) does not.
#[test]
fn a_cover_title_wrapped_in_its_own_type_is_whole() {
    let mut d = doc(&[
        "Regiovisie Aanpak Huiselijk\nGeweld Hollands Midden 2024-\n2028\n\nInspraakversie, oktober 2023\n\n\
         1 Inleiding\n\nIn de Wmo hebben gemeenten de opdracht om een regiovisie te maken.\n\n\
         2 Preventie\n\nScholen geven voorlichting over relaties en grenzen.\n",
    ]);
    for l in &mut d.pages[0].lines {
        l.font_size = 11.0;
    }
    for l in &mut d.pages[0].lines[..3] {
        l.font_size = 22.0;
        l.bold = true;
    }
    for i in [4, 6] {
        d.pages[0].lines[i].font_size = 16.0;
        d.pages[0].lines[i].bold = true;
    }
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["0", "1", "2"], "{v:#?}");
    assert_eq!(
        v.section("0").unwrap().title,
        "Regiovisie Aanpak Huiselijk Geweld Hollands Midden 2024-2028"
    );
    // A wrapped title whose lines each open a paragraph (wide line spacing).
    for l in &mut d.pages[0].lines[1..3] {
        l.paragraph_start = true;
    }
    assert_eq!(
        parse_version(&d, "x").section("0").unwrap().title,
        "Regiovisie Aanpak Huiselijk Geweld Hollands Midden 2024-2028"
    );
    // The second line in another type is no part of the title.
    d.pages[0].lines[1].font_size = 14.0;
    assert_eq!(
        parse_version(&d, "x").section("0").unwrap().title,
        "Regiovisie Aanpak Huiselijk"
    );
}

/// A draft whose lines carry Word heading styles (`Some(1)`, `Some(2)`)
/// or none (body text).
fn styled_doc(lines: &[(&str, Option<u8>)]) -> Document {
    Document {
        file: "visie.docx".into(),
        pages: vec![Page {
            number: 1,
            lines: lines
                .iter()
                .map(|(text, level)| Line {
                    text: text.to_string(),
                    paragraph_start: true,
                    heading_level: *level,
                    ..Line::default()
                })
                .collect(),
            ..Page::default()
        }],
        warnings: vec![],
        scanned_pages: Vec::new(),
        notes: Vec::new(),
        word: true,
        header_lines: 0,
        tracked_paragraphs: 0,
    }
}

/// QA27: headings set as headings whose typed numbers skip one (`2`,
/// `2.2`, `2.3`: 2.1 was cut) were no sections, and after a bigger jump
/// (`1.`, `5.`, `5.2`, `6.`) the whole draft was chapter 1. A heading the
/// file sets as one (Word heading style, Markdown `#`, bold or larger in
/// a PDF) keeps its number; plain lines keep to the strict sequence.
#[test]
fn headings_set_as_headings_keep_numbers_that_skip() {
    let body = "De regio werkt samen aan goede jeugdhulp voor alle kinderen.";
    let v = parse_version(
        &styled_doc(&[
            ("1 Inleiding", Some(1)),
            (body, None),
            ("2 Jeugdhulp", Some(1)),
            (body, None),
            ("2.2 Wachttijden", Some(2)),
            (body, None),
            ("2.3 Pleegzorg", Some(2)),
            (body, None),
            ("3 Financiering", Some(1)),
            (body, None),
        ]),
        "x",
    );
    assert_eq!(numbers(&v), ["1", "2", "2.2", "2.3", "3"], "{v:#?}");
    assert_eq!(v.section("2.3").unwrap().title, "Pleegzorg");
    let v = parse_version(
        &styled_doc(&[
            ("1. Inleiding", Some(1)),
            (body, None),
            ("5. Jeugdhulp", Some(1)),
            (body, None),
            ("5.2 Pleegzorg", Some(2)),
            (body, None),
            ("6. Financiering", Some(1)),
            (body, None),
            // Backwards is no heading, styled or not.
            ("4. Oud", Some(1)),
            (body, None),
        ]),
        "x",
    );
    assert_eq!(numbers(&v), ["1", "5", "5.2", "6"], "{v:#?}");
    assert!(v.section("6").unwrap().text.contains("4. Oud"));
    // Nor a section under a chapter that was not read (`3.2` after `2`).
    let v = parse_version(
        &styled_doc(&[
            ("1 Inleiding", Some(1)),
            (body, None),
            ("3.2 Los", Some(2)),
            (body, None),
        ]),
        "x",
    );
    assert_eq!(numbers(&v), ["1"], "{v:#?}");
    // Markdown headings alike.
    let md = format!(
        "# Regiovisie\n\n## 1 Inleiding\n\n{body}\n\n## 2 Jeugdhulp\n\n{body}\n\n\
         ### 2.2 Wachttijden\n\n{body}\n\n## 5 Financiering\n\n{body}\n"
    );
    let v = parse_version(
        &crate::extract::extract_plain_text("concept.md", md.as_bytes()),
        "concept",
    );
    assert_eq!(numbers(&v), ["0", "1", "2", "2.2", "5"], "{v:#?}");
    // Plain text lines may be items of a list: the sequence stays strict.
    let txt = md.replace('#', "");
    let v = parse_version(
        &crate::extract::extract_plain_text("concept.txt", txt.as_bytes()),
        "concept",
    );
    assert!(v.section("2.2").is_none(), "{:?}", numbers(&v));
    assert!(v.section("5").is_none(), "{:?}", numbers(&v));
    // A PDF: bold headings skip, body-size lines do not.
    let mut d = doc(&[&format!(
        "1 Inleiding\n{body}\n2 Jeugdhulp\n{body}\n2.2 Wachttijden\n{body}\n5 Geld\n{body}\n"
    )]);
    for l in &mut d.pages[0].lines {
        l.font_size = 10.0;
        l.bold = !l.text.contains("samen");
    }
    assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2", "2.2", "5"]);
    for l in &mut d.pages[0].lines {
        l.bold = l.text.starts_with('1');
    }
    assert_eq!(numbers(&parse_version(&d, "x")), ["1", "2"]);
}

/// QA27: chapters `I`, `II`, `III` were read but their sections `II.1`,
/// `II.2` were text of chapter II. They are sections, numbered as printed.
#[test]
fn sections_of_roman_chapters_written_with_the_numeral() {
    let md = "# Regiovisie Jeugd\n\n## I Inleiding\n\nDe regio werkt samen.\n\n\
              ## II Jeugdhulp\n\nSnelle hulp voor ieder kind.\n\n### II.1 Wachttijden\n\nZes weken.\n\n\
              ### II.2 Pleegzorg\n\nVoorrang.\n\n## III Financiering\n\nNaar rato.\n";
    let v = parse_version(
        &crate::extract::extract_plain_text("concept.md", md.as_bytes()),
        "concept",
    );
    assert_eq!(
        numbers(&v),
        ["0", "I", "II", "II.1", "II.2", "III"],
        "{v:#?}"
    );
    let s = v.section("II.2").unwrap();
    assert_eq!((s.title.as_str(), s.level), ("Pleegzorg", 2));
    assert_eq!(
        v.section("II").unwrap().text.trim(),
        "Snelle hulp voor ieder kind."
    );
    // In plain text too, and a numeral out of its chapter is text.
    let text = "Regiovisie\n\nI Inleiding\n\nDe regio werkt samen.\n\nII Jeugdhulp\n\nSnel.\n\n\
                II.1 Wachttijden\n\nZes weken.\n\nIV.1 Los\n\nTekst.\n\nIII Geld\n\nNaar rato.\n";
    let v = parse_version(&doc(&[text]), "x");
    assert_eq!(numbers(&v), ["0", "I", "II", "II.1", "III"], "{v:#?}");
    assert!(v.section("II.1").unwrap().text.contains("IV.1 Los"));
}

/// QA30a: a table of contents without page numbers that lists the
/// appendices is no list of sections: each heading seen again with its
/// title, after the run of entries without text, is the real one.
#[test]
fn a_contents_list_without_page_numbers_listing_appendices_is_no_section() {
    let v = parse_version(
        &doc(&[
            "Regiovisie Wonen 2027\n\nInhoud\n1 Inleiding\n1.1 Aanleiding\n2 Wonen\n\
                2.1 Betaalbare woningen\n3 Zorg\nBijlage A Begrippenlijst\n\
                Bijlage B Betrokken partijen\n\n1 Inleiding\n\n1.1 Aanleiding\n\n\
                De vraag naar woningen met zorg neemt toe.\n\n2 Wonen\n\n\
                2.1 Betaalbare woningen\n\nRijnland heeft een tekort aan huurwoningen.\n\n\
                3 Zorg\n\nHet wijkteam werkt samen.\n\nBijlage A Begrippenlijst\n\n\
                Uitstroom: de overgang naar een woning.\n\nBijlage B Betrokken partijen\n\n\
                Gemeenten en corporaties.\n",
        ]),
        "concept",
    );
    assert_eq!(
        numbers(&v),
        ["0", "1", "1.1", "2", "2.1", "3", "Bijlage A", "Bijlage B"],
        "{v:#?}"
    );
    assert!(v.section("2.1").unwrap().text.contains("huurwoningen"));
    assert_eq!(
        v.section("Bijlage B").unwrap().text.trim(),
        "Gemeenten en corporaties."
    );
}

/// QA30a: text between a contents list without page numbers and the first
/// heading (a foreword under an unnumbered heading) went into the last
/// entry; it is kept. Since QA47 the contents list's unnumbered entry
/// `Voorwoord` makes it a section of its own, as a contents list with page
/// numbers does.
#[test]
fn a_foreword_after_a_contents_list_without_page_numbers_is_kept() {
    let v = parse_version(
        &doc(&[
            "Regiovisie Beschermd Thuis\n\nInhoudsopgave\nVoorwoord\n1 Inleiding\n\
             1.1 Aanleiding\n2 Wonen\n2.1 Beschikbaarheid\n3 Financien\
             \n\nVoorwoord\n\nVoor u ligt de inspraakversie van de regiovisie.\n\n1 Inleiding\n\n\
             1.1 Aanleiding\n\nDe verantwoordelijkheid gaat over naar alle gemeenten.\n\n\
             2 Wonen\n\n2.1 Beschikbaarheid\n\nEr is een groot tekort aan woningen.\n\n\
             3 Financien\n\nHet budget bedraagt 48 miljoen.\n",
        ]),
        "concept",
    );
    assert_eq!(
        numbers(&v),
        ["0", "Voorwoord", "1", "1.1", "2", "2.1", "3"],
        "{v:#?}"
    );
    assert!(v.section("2.1").unwrap().text.contains("tekort"));
    assert_eq!(
        v.section("3").unwrap().text.trim(),
        "Het budget bedraagt 48 miljoen."
    );
    let foreword = v.section("Voorwoord").unwrap();
    assert!(foreword.text.contains("Voor u ligt"), "{}", foreword.text);
}

/// QA30a: chapters in roman numerals over sections in arabic numbers
/// (`Hoofdstuk II – Wonen`, `2.1`), Word's legal style numbering.
#[test]
fn roman_chapters_with_arabic_sections_are_read() {
    let v = parse_version(
        &doc(&[
            "Regiovisie Wonen en Zorg\n\nHoofdstuk I – Inleiding\n\n1.1 Aanleiding\n\n\
                De vraag neemt toe.\n\n1.2 Totstandkoming\n\nDe werkgroep schreef dit.\n\n\
                Hoofdstuk II – Wonen\n\n2.1 Betaalbare woningen\n\nEr is een tekort.\n\n\
                2.2 Voorraad\n\nOuderen krijgen voorrang.\n\nHoofdstuk III – Zorg\n\n\
                3.1 Langer thuis\n\nOuderen blijven thuis.\n\nBijlage A Begrippen\n\n\
                Uitstroom: de overgang.\n",
        ]),
        "concept",
    );
    assert_eq!(
        numbers(&v),
        [
            "0",
            "I",
            "1.1",
            "1.2",
            "II",
            "2.1",
            "2.2",
            "III",
            "3.1",
            "Bijlage A"
        ],
        "{v:#?}"
    );
    assert_eq!(
        v.section("1.2").unwrap().text.trim(),
        "De werkgroep schreef dit."
    );
}

/// QA30a: a heading set as one two levels below the one before it (a Word
/// `Heading 3` right under a `Heading 1`, numbered `3.1.1`) is a section
/// of its own; a plain numbered line that skips so is text.
#[test]
fn a_heading_that_skips_a_level_is_a_section() {
    let md = "# Regiovisie\n\n# 3 Ondersteuning\n\nWat inwoners krijgen.\n\n\
              ### 3.1.1 Begeleiding in de wijk\n\nEen vaste begeleider.\n\n\
              ### 3.1.2 Ervaringsdeskundigen\n\nZij werken mee in elk team.\n\n\
              # 4 Financien\n\nHet budget.\n";
    let v = parse_version(
        &crate::extract::extract_plain_text("concept.md", md.as_bytes()),
        "concept",
    );
    assert_eq!(numbers(&v), ["0", "3", "3.1.1", "3.1.2", "4"], "{v:#?}");
    assert_eq!(v.section("3").unwrap().text.trim(), "Wat inwoners krijgen.");
    let txt = parse_version(
        &doc(&["Regiovisie\n\n1 Inleiding\n\nTekst.\n\n1.1.1 Begeleiding\n\nMeer tekst.\n"]),
        "concept",
    );
    assert!(txt.section("1.1.1").is_none(), "{:?}", numbers(&txt));
}

/// A part of a larger document whose first Markdown heading is chapter 4
/// (`## 4 Toegang`) is read by its headings, not as one section 0.
#[test]
fn a_markdown_draft_may_start_at_a_later_chapter() {
    let md = "# Regiovisie Jeugd, deel 2\n\n## 4 Toegang\n\nDe toegang loopt via de wijkteams.\n\n\
              ### 4.1 Wijkteams\n\nElk wijkteam heeft een vast aanspreekpunt.\n\n\
              ### 4.2 Huisartsen\n\nHuisartsen verwijzen rechtstreeks.\n\n\
              ## 5 Financiën\n\nDe gemeenten delen de kosten.\n";
    let v = parse_version(
        &crate::extract::extract_plain_text("concept.md", md.as_bytes()),
        "concept",
    );
    assert_eq!(numbers(&v), ["0", "4", "4.1", "4.2", "5"], "{v:#?}");
}

/// QA39: an unnumbered heading of the front matter that the table of
/// contents lists (`Samenvatting`, its page number on a line of its own
/// as a PDF gives it) is a section of its own, numbered by its title; the
/// cover before it stays the front matter `0` with the draft's title.
#[test]
fn a_summary_the_contents_list_is_a_section_of_its_own() {
    let mut d = doc(&[
        "Economische Agenda Lingedal\n\nInspraakversie, september 2026\n",
        "Inhoudsopgave\n\n4\nSamenvatting\n\n5\n1 Inleiding\n\n6\n2 Werklocaties\n",
        "Samenvatting\n\nDe regio kiest voor werk dichtbij huis en voor bedrijventerreinen die meegaan.\n\n\
         1 Inleiding\n\nDe gemeenten stellen samen een agenda op voor de economie.\n\n\
         2 Werklocaties\n\nNieuwe terreinen komen alleen bij de snelweg.\n\n\
         Bestaande terreinen worden vernieuwd.\n\nDe regio bewaakt de ruimte voor bedrijven.\n",
    ]);
    for p in &mut d.pages {
        for l in &mut p.lines {
            l.font_size = 11.0;
        }
    }
    d.pages[0].lines[0].font_size = 22.0;
    for i in [0, 2, 4] {
        d.pages[2].lines[i].font_size = 16.0;
        d.pages[2].lines[i].bold = true;
    }
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["0", "Samenvatting", "1", "2"], "{v:#?}");
    assert_eq!(v.section("0").unwrap().title, "Economische Agenda Lingedal");
    let s = v.section("Samenvatting").unwrap();
    assert_eq!(
        (s.title.as_str(), s.level, s.pages),
        ("Samenvatting", 1, (3, 3))
    );
    assert!(s.text.contains("werk dichtbij huis"), "{}", s.text);
    assert!(!v.section("0").unwrap().text.contains("werk dichtbij huis"));
    // Not set as a heading (body type): no heading, the front matter's text.
    d.pages[2].lines[0].bold = false;
    d.pages[2].lines[0].font_size = 11.0;
    assert_eq!(numbers(&parse_version(&d, "x")), ["0", "1", "2"]);
}

/// QA50: front matter numbered in small roman figures (Typst, LaTeX's
/// `\frontmatter`): the contents list gives the `Voorwoord` its page `ii`
/// on a line of its own, and the Voorwoord is a section of its own as
/// with a page in figures.
#[test]
fn a_foreword_on_a_roman_numbered_page_is_a_section_of_its_own() {
    let pages = [
        "Regio Brakeveld\n\nSamen sterk in de wijk\n",
        "Inhoud\n\nVoorwoord\n\nii\n1 Inleiding\n\n1\n2 Wijkteams\n\n2\n",
        "Voorwoord\n\nMet deze visie kiezen de vier gemeenten voor wijkteams dichtbij.\n",
        "1 Inleiding\n\nDe gemeenten stellen samen een visie op de wijkteams op.\n",
        "2 Wijkteams\n\nElk wijkteam heeft een vaste contactpersoon.\n\n\
         De wijkteams werken vanuit de buurthuizen.\n",
    ];
    let v = parse_version(&doc(&pages), "x");
    assert_eq!(numbers(&v), ["0", "Voorwoord", "1", "2"], "{v:#?}");
    let foreword = v.section("Voorwoord").unwrap();
    assert_eq!(foreword.pages, (3, 3));
    assert!(
        foreword.text.contains("wijkteams dichtbij"),
        "{}",
        foreword.text
    );
    let front = v.section("0").unwrap();
    assert!(!front.text.contains("wijkteams dichtbij"), "{}", front.text);
    // The contents entries are no headings: each chapter starts on its page.
    assert_eq!(v.section("1").unwrap().pages, (4, 4));
    assert_eq!(v.section("2").unwrap().pages, (5, 5));
}

/// Without a table of contents listing it, a `Samenvatting` line stays
/// in the front matter `0` (the sets labelled so keep their meaning);
/// plain text with a contents and dot leaders reads it as a section.
#[test]
fn only_a_front_heading_the_contents_list_is_a_section() {
    let plain = "Regiovisie Jeugd\n\nSamenvatting\n\nDe regio kiest voor hulp dichtbij.\n\n\
                 1 Inleiding\n\nDe gemeenten werken samen.\n\n2 Hulp\n\nHulp komt snel.\n";
    let v = parse_version(&doc(&[plain]), "x");
    assert_eq!(numbers(&v), ["0", "1", "2"], "{v:#?}");
    let with_toc = "Regiovisie Jeugd\n\nInhoud\n\nVoorwoord ........ 2\nSamenvatting ....... 3\n\
                    1 Inleiding ........ 4\n2 Hulp ........ 5\n\n\
                    Voorwoord\n\nMet trots bieden wij deze visie aan.\n\n\
                    Samenvatting\n\nDe regio kiest voor hulp dichtbij.\n\n\
                    1 Inleiding\n\nDe gemeenten werken samen.\n\n2 Hulp\n\nHulp komt snel.\n";
    let v = parse_version(&doc(&[with_toc]), "x");
    assert_eq!(
        numbers(&v),
        ["0", "Voorwoord", "Samenvatting", "1", "2"],
        "{v:#?}"
    );
    assert!(v.section("Voorwoord").unwrap().text.contains("Met trots"));
    // A line with a listed title after the first numbered heading is text.
    let late = with_toc.replace("Hulp komt snel.", "Samenvatting\n\nHulp komt snel.");
    let v = parse_version(&doc(&[&late]), "x");
    assert_eq!(
        numbers(&v),
        ["0", "Voorwoord", "Samenvatting", "1", "2"],
        "{v:#?}"
    );
}

/// QA47: a web page printed to PDF lists its headings as links, without
/// page numbers, so its `Voorwoord` entry was not seen as one and the
/// foreword stayed in the front matter `0`. Unnumbered titles at the head
/// of a contents list, before its first numbered entry, are entries all
/// the same; a title followed by a sentence is not.
#[test]
fn a_contents_list_without_page_numbers_lists_its_front_headings() {
    let linked = "Regionale Cultuurvisie Rijnweide\n\nInhoud\n\nVoorwoord\n\nSamenvatting\n\
                  1 Inleiding\n2 Musea\n\n\
                  Voorwoord\n\nMet trots bieden wij deze visie aan.\n\n\
                  Samenvatting\n\nDe regio kiest voor cultuur dichtbij.\n\n\
                  1 Inleiding\n\nDe gemeenten werken samen.\n\n2 Musea\n\nMusea blijven open.\n";
    let v = parse_version(&doc(&[linked]), "x");
    assert_eq!(
        numbers(&v),
        ["0", "Voorwoord", "Samenvatting", "1", "2"],
        "{v:#?}"
    );
    assert!(v.section("Voorwoord").unwrap().text.contains("Met trots"));
    assert!(!v.section("0").unwrap().text.contains("Met trots"));
}

fn items(texts: &[&str]) -> Vec<Item> {
    texts
        .iter()
        .map(|t| Item {
            text: t.to_string(),
            paragraph_start: true,
            ..Item::default()
        })
        .collect()
}

#[test]
fn entries_without_page_numbers_run_to_a_numbered_entry() {
    let (titles, consumed) =
        entries_without_page_numbers(&items(&["Voorwoord", "", "Leeswijzer", "1 Inleiding"]));
    assert_eq!(
        (titles, consumed),
        (vec!["Voorwoord".to_string(), "Leeswijzer".into()], 3)
    );
    // A title followed by a sentence, a numbered entry first, a sentence:
    // no run of entries.
    for lines in [
        &["Voorwoord", "Dit is de visie van de regio."][..],
        &["1 Inleiding", "2 Musea"],
        &["De regio kiest voor cultuur.", "1 Inleiding"],
        &["Voorwoord"],
    ] {
        assert_eq!(
            entries_without_page_numbers(&items(lines)),
            (vec![], 0),
            "{lines:?}"
        );
    }
}

#[test]
fn titles_of_unnumbered_contents_entries() {
    assert_eq!(
        unnumbered_toc_title("Samenvatting ........ 4").as_deref(),
        Some("Samenvatting")
    );
    assert_eq!(
        unnumbered_toc_title("Woord vooraf 3").as_deref(),
        Some("Woord vooraf")
    );
    assert_eq!(
        unnumbered_toc_title("Agenda 2030").as_deref(),
        Some("Agenda 2030")
    );
    assert_eq!(unnumbered_toc_title("3.1 Methode ..... 7"), None);
    assert_eq!(unnumbered_toc_title("Bijlage 1 Begrippen ..... 17"), None);
    assert_eq!(unnumbered_toc_title("12"), None);
    assert_eq!(unnumbered_toc_title("......"), None);
    assert_eq!(unnumbered_toc_title("Inhoudsopgave"), None);
}

/// QA44: a Word draft's `Voorwoord` and `Samenvatting`, set in `Heading
/// 1` without a number and without a table of contents listing them, were
/// part of the cover `0`, so a comment on the summary could not name it.
/// A line in a heading style before the first numbered heading is a front
/// matter heading of its own; the cover's title (`Title` style) stays `0`,
/// and a styled line that is a sentence or too long a title is no heading.
#[test]
fn styled_front_headings_of_a_word_draft_are_sections() {
    let cover = ("Regionale Sportvisie Duinstreek 2027-2031", Some(0));
    let lines = [
        cover,
        ("Inspraakversie, vastgesteld door de colleges", None),
        ("Voorwoord", Some(1)),
        ("Sport verbindt de inwoners van de Duinstreek.", None),
        ("Samenvatting", Some(1)),
        (
            "De gemeenten bouwen samen aan een sporthal en een zwembad.",
            None,
        ),
        ("1 Inleiding", Some(1)),
        ("De visie volgt op de sportnota van 2019.", None),
        ("2 Accommodaties", Some(1)),
        ("Het zwembad in Noordwijkerzand wordt gerenoveerd.", None),
    ];
    let v = parse_version(&styled_doc(&lines), "x");
    assert_eq!(
        numbers(&v),
        ["0", "Voorwoord", "Samenvatting", "1", "2"],
        "{v:#?}"
    );
    assert!(v.section("Samenvatting").unwrap().text.contains("sporthal"));
    assert!(v.section("0").unwrap().text.contains("Inspraakversie"));
    assert!(!v.section("0").unwrap().text.contains("Sport verbindt"));

    // No cover text before it: the styled line is the document's start,
    // front matter `0` as before.
    let v = parse_version(&styled_doc(&lines[2..]), "x");
    assert_eq!(numbers(&v), ["0", "Samenvatting", "1", "2"], "{v:#?}");

    // A styled line that is a sentence or a long title is no front heading.
    let mut sentence = lines;
    sentence[4] = (
        "Wij vragen de raden om deze visie in de komende maanden vast te stellen.",
        Some(1),
    );
    let v = parse_version(&styled_doc(&sentence), "x");
    assert_eq!(numbers(&v), ["0", "Voorwoord", "1", "2"], "{v:#?}");

    // After the first numbered heading a styled unnumbered line is no
    // front heading.
    let mut late = lines.to_vec();
    late.insert(8, ("Samenvatting", Some(1)));
    late.remove(4);
    late.remove(4);
    let v = parse_version(&styled_doc(&late), "x");
    assert_eq!(numbers(&v), ["0", "Voorwoord", "1", "2"], "{v:#?}");
}

/// QA49: a chapter heading printed from HTML (WeasyPrint) wraps wherever
/// its line is full, `3 Inburgering volgens de Wet inburgering` / `2021`:
/// no open word ends the first line and the rest starts with a year, so
/// only the type says that the second line is the title's rest (it lost
/// `2021`, left in no section). A line in the heading's own size and
/// weight, with the body text below it, goes on with the title; a line in
/// the body's type after a heading stays text.
#[test]
fn a_heading_wrapped_in_its_own_type_is_whole() {
    let line = |text: &str, size: f32, bold: bool| Line {
        text: text.to_string(),
        font_size: size,
        bold,
        paragraph_start: true,
        ..Line::default()
    };
    let d = Document {
        file: "beleid.pdf".into(),
        pages: vec![Page {
            number: 1,
            lines: vec![
                line("1 Wonen in de kernen", 16.0, true),
                line("Dit hoofdstuk gaat over wonen.", 10.0, false),
                line("2 Bereikbaarheid volgens het Mobiliteitsplan", 16.0, true),
                line("Noordkwartier 2030", 16.0, true),
                line("De wegen in het noorden raken vol.", 10.0, false),
                line("2.1 Fiets", 12.0, true),
                line("Het fietspad langs de dijk wordt breder.", 10.0, false),
            ],
            ..Page::default()
        }],
        ..Default::default()
    };
    let v = parse_version(&d, "x");
    assert_eq!(numbers(&v), ["1", "2", "2.1"], "{v:#?}");
    assert_eq!(
        v.section("2").unwrap().title,
        "Bereikbaarheid volgens het Mobiliteitsplan Noordkwartier 2030"
    );
    assert!(v
        .section("2")
        .unwrap()
        .text
        .starts_with("De wegen in het noorden"));
    assert_eq!(v.section("1").unwrap().title, "Wonen in de kernen");
    assert!(v.section("1").unwrap().text.starts_with("Dit hoofdstuk"));
}

/// A sentence cut off at the foot of a page goes on at the top of the
/// next: in lower case, or where the file's reader found the line to go on
/// in the same type (a name in capitals, `Stichting ...`). The section's
/// text keeps that paragraph whole. A page that opens with a new item of a
/// list (`- ...`), or with a heading, starts anew.
#[test]
fn a_paragraph_over_a_page_break_stays_one_paragraph() {
    let mut d = doc(&[
        "1 Sport\n\n1.1 Zwembaden\n\nHet bad in Wiekerveen gaat in 2028 dicht. De gemeente zoekt een\n\
         plek voor een nieuw bad en praat daarover met de\n",
        "zwemverenigingen en de scholen. Ook de\nbuurgemeenten denken mee, zoals\n",
        "Stichting Sportpark Oost en de\nvereniging De Dolfijn.\n\n\
         De sporthal krijgt zonnepanelen op het dak en een nieuwe\nvloer, en bij\n",
        "2 Groen\n\nDe parken worden vaker gemaaid. In de parken komen:\n\n- een speeltuin\n",
        "- een hondenlosloopgebied\n",
    ]);
    // The reader found these first lines to go on the page before's
    // paragraph (as a PDF's same type, a Word paragraph over a break).
    d.pages[2].lines[0].paragraph_start = false;
    d.pages[3].lines[0].paragraph_start = false;
    let v = parse_version(&d, "concept");
    assert_eq!(numbers(&v), ["1", "1.1", "2"], "{v:#?}");
    let pools = &v.section("1.1").unwrap().text;
    assert_eq!(
        pools.split("\n\n").count(),
        2,
        "one paragraph over three pages, then the hall's: {pools}"
    );
    assert!(pools.contains("met de\nzwemverenigingen"), "{pools}");
    assert!(pools.contains("zoals\nStichting Sportpark"), "{pools}");
    let green = &v.section("2").unwrap().text;
    assert!(
        green.contains("- een speeltuin\n\n- een hondenlosloopgebied"),
        "{green}"
    );
}

/// A web page printed from a browser ends with the site's own footer, a
/// row of the owner's address, e-mail and when the page was last changed:
/// no text of the last section. A last paragraph that is a sentence, or a
/// table's row, is the draft's own.
#[test]
fn a_web_pages_footer_is_no_text_of_the_last_section() {
    let page = |last: &str| {
        doc(&[&format!(
            "Sportvisie Wiekerland\n\n1 Inleiding\n\nDe gemeente wil dat iedereen kan sporten.\n\n\
             Bijlage 1: Begrippen\n\nBeweegtuin – een tuin met toestellen om te bewegen.\n\n{last}\n"
        )])
    };
    let v = parse_version(
        &page(
            "Gemeente Wiekerland | Postbus 40, 7411 KX Wiekerland | sport@wiekerland.nl |\n\
             Privacy | Laatst bijgewerkt op 3 maart 2027",
        ),
        "concept",
    );
    let appendix = &v.section("Bijlage 1").unwrap().text;
    assert!(!appendix.contains("Postbus"), "{appendix}");
    assert!(appendix.contains("Beweegtuin"), "{appendix}");
    for own in [
        "Vragen? Mail sport@wiekerland.nl of schrijf naar Postbus 40, 7411 KX Wiekerland.",
        "| Gemeente Wiekerland | Postbus 40 | sport@wiekerland.nl |",
    ] {
        let v = parse_version(&page(own), "concept");
        let appendix = &v.section("Bijlage 1").unwrap().text;
        assert!(appendix.contains("Postbus 40"), "{appendix}");
    }
}
