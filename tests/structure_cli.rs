//! How `inspraak` reads a draft's structure in less common numberings:
//! chapters in roman numerals (and the references to them), chapters
//! numbered `1.0`, `2.0`, unnumbered Word headings, and a table of contents
//! that must not count as text (QA18).

use std::path::Path;

use serde_json::Value;

mod common;

use common::{assert_success, inspraak, temp_inbox};

fn json(dir: &Path, args: &[&str]) -> Value {
    let out = inspraak(dir).args(args).output().unwrap();
    assert_success(&out);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// The numbers and titles `inspraak sections --json` lists.
fn sections(dir: &Path) -> Vec<(String, String)> {
    json(dir, &["sections", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["number"].as_str().unwrap().to_string(),
                s["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn numbers(sections: &[(String, String)]) -> Vec<&str> {
    sections.iter().map(|(n, _)| n.as_str()).collect()
}

/// Per comment of the first response: the section numbers it is linked to.
fn links(dir: &Path) -> Vec<Vec<String>> {
    let v = json(dir, &["comments", "--json"]);
    v[0]["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            c["sections"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["number"].as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

const LETTER_HEAD: &str = "Tiel, 1 oktober 2026\n\nGeachte werkgroep,\n\n";
const LETTER_END: &str = "Met vriendelijke groet,\n\nStichting Jeugdbelang\n";

#[test]
fn roman_chapters_keep_their_numerals_and_both_forms_of_reference_find_them() {
    let draft = "Regiovisie Jeugd Rivierenland 2027-2030\n\nConcept voor inspraak\n\n\
        I Inleiding\n\nDe gemeenten in Rivierenland werken samen aan de jeugdhulp.\n\n\
        II Jeugdhulp dichtbij\n\nJeugdhulp moet dichtbij en snel beschikbaar zijn.\n\n\
        III Veiligheid\n\nKinderen moeten veilig opgroeien. Wij werken samen met Veilig Thuis.\n\n\
        IV Financiën\n\nHet budget voor jeugdhulp staat onder druk.\n\n\
        Bijlage A Begrippen\n\nJeugdhulp: alle hulp aan jeugdigen en ouders.\n";
    let letter = format!(
        "{LETTER_HEAD}1. In hoofdstuk II staat niets over wachtlijsten. Voeg dat toe.\n\n\
         2. In hoofdstuk 3 mis ik de rol van het onderwijs.\n\n{LETTER_END}"
    );
    let dir = temp_inbox(&[
        ("drafts/01-concept.txt", draft),
        ("responses/r1.txt", &letter),
    ]);
    let s = sections(dir.path());
    assert_eq!(
        numbers(&s),
        ["0", "I", "II", "III", "IV", "Bijlage A"],
        "{s:?}"
    );
    assert_eq!(s[1].1, "Inleiding");
    assert_eq!(s[3].1, "Veiligheid");
    let l = links(dir.path());
    assert_eq!(l.len(), 2, "{l:?}");
    assert_eq!(l[0].first().map(String::as_str), Some("II"), "{l:?}");
    assert_eq!(l[1].first().map(String::as_str), Some("III"), "{l:?}");
    assert!(!l[1].iter().any(|n| n == "IV"), "{l:?}");
}

#[test]
fn chapters_numbered_n_dot_zero_keep_their_sections() {
    let draft = "Regiovisie Wonen Noordkust 2027-2030\n\n\
        1.0 Inleiding\n\nDe gemeenten aan de Noordkust werken samen aan betaalbaar wonen.\n\n\
        1.1 Aanleiding\n\nEr is een groot tekort aan woningen voor starters en senioren.\n\n\
        2.0 Wonen voor senioren\n\nWij bouwen hofjes en levensloopbestendige woningen.\n\n\
        2.1 Aantallen\n\nTot 2030 komen er 400 seniorenwoningen bij.\n\n\
        2.1.1 Verdeling over de kernen\n\nElke kern krijgt naar rato een deel van de woningen.\n\n\
        3.0 Starters\n\nStarters krijgen voorrang bij nieuwbouw.\n\n\
        Bijlage 1 – Begrippenlijst\n\nHofje: een groep woningen rond een tuin.\n";
    let letter = format!(
        "{LETTER_HEAD}1. In hoofdstuk 2.0 mis ik de huurwoningen voor ouderen.\n\n\
         2. In paragraaf 2.1.1 mis ik de kleinste kernen.\n\n{LETTER_END}"
    );
    let dir = temp_inbox(&[
        ("drafts/01-concept.txt", draft),
        ("responses/r.txt", &letter),
    ]);
    let s = sections(dir.path());
    assert_eq!(
        numbers(&s),
        ["0", "1", "1.1", "2", "2.1", "2.1.1", "3", "Bijlage 1"],
        "{s:?}"
    );
    assert_eq!(s[3].1, "Wonen voor senioren");
    let l = links(dir.path());
    assert_eq!(l[0].first().map(String::as_str), Some("2"), "{l:?}");
    assert_eq!(l[1].first().map(String::as_str), Some("2.1.1"), "{l:?}");
}

/// A Word draft (as docx-rs writes it) whose headings carry no numbers,
/// only Word's `Title`, `Heading 1` and `Heading 2` styles.
fn styled_word_draft() -> Vec<u8> {
    use docx_rs::{Docx, Paragraph, Run};
    let p = |style: Option<&str>, text: &str| {
        let p = Paragraph::new().add_run(Run::new().add_text(text));
        match style {
            Some(s) => p.style(s),
            None => p,
        }
    };
    let docx = Docx::new()
        .add_paragraph(p(Some("Title"), "Sportvisie Westland 2027-2030"))
        .add_paragraph(p(
            None,
            "Inleidende tekst over sport en bewegen in het Westland voor alle inwoners.",
        ))
        .add_paragraph(p(Some("Heading1"), "Sportaccommodaties"))
        .add_paragraph(p(
            None,
            "De gemeenten onderhouden sporthallen, kunstgrasvelden en zwembaden.",
        ))
        .add_paragraph(p(Some("Heading2"), "Zwembaden"))
        .add_paragraph(p(
            None,
            "Het zwembad in Naaldwijk wordt in 2028 gerenoveerd.",
        ))
        .add_paragraph(p(Some("Heading1"), "Bewegen voor ouderen"))
        .add_paragraph(p(
            None,
            "Beweegcoaches organiseren wandelgroepen voor 65-plussers.",
        ));
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

#[test]
fn unnumbered_word_headings_are_sections_by_their_level() {
    let dir = temp_inbox(&[(
        "responses/r.txt",
        "Het zwembad in Naaldwijk moet ook een instructiebad krijgen.\n",
    )]);
    std::fs::write(
        dir.path().join("inbox/drafts/01-concept.docx"),
        styled_word_draft(),
    )
    .unwrap();
    let s = sections(dir.path());
    assert_eq!(
        s,
        [
            ("0", "Sportvisie Westland 2027-2030"),
            ("1", "Sportaccommodaties"),
            ("1.1", "Zwembaden"),
            ("2", "Bewegen voor ouderen"),
        ]
        .map(|(n, t)| (n.to_string(), t.to_string())),
    );
    let l = links(dir.path());
    assert_eq!(l[0].first().map(String::as_str), Some("1.1"), "{l:?}");
}

#[test]
fn a_table_of_contents_is_no_text_of_the_title_page() {
    // The entries' page numbers are lost (as when a PDF's reader takes them
    // for the pages' running headers): each entry ends in its dot leader.
    let draft = |ch2: &str| {
        format!(
            "Regiovisie Wonen en Zorg\n\nConcept voor inspraak, september 2026\n\n\
             Inhoudsopgave\n\n1 Inleiding ..............................\n\n\
             2 {ch2} ..............................\n\n\
             1 Inleiding\n\nDeze regiovisie beschrijft hoe de gemeenten samenwerken.\n\n\
             2 {ch2}\n\nJaarlijks verschijnt een monitor met cijfers over wachttijden.\n"
        )
    };
    let dir = temp_inbox(&[
        (
            "drafts/01-inspraakversie.txt",
            &draft("Financiën en monitoring"),
        ),
        ("drafts/02-definitief.txt", &draft("Geld en monitoring")),
        (
            "responses/r.txt",
            "Hoofdstuk 2 moet Geld en monitoring heten.\n",
        ),
    ]);
    let d = dir.path();
    let v = json(d, &["sections", "--json"]);
    let front = v[0]["text"].as_str().unwrap();
    assert_eq!(v[0]["number"], "0");
    assert!(front.contains("Concept voor inspraak"), "{front}");
    assert!(
        !front.contains("Inleiding") && !front.contains("...."),
        "{front}"
    );
    // Renaming chapter 2 is one change: the rename of 2.
    let out = inspraak(d).args(["check", "--json"]).output().unwrap();
    let check: Value = serde_json::from_slice(&out.stdout).unwrap();
    let unexplained: Vec<&str> = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "unexplained_change")
        .map(|f| f["section"].as_str().unwrap())
        .collect();
    assert_eq!(unexplained, ["2"], "{check}");
}

/// QA19: a Markdown draft's links read as their text and its footnote goes
/// with the section holding its mark, so a quote of the link text or of the
/// footnote finds the right section; no Markdown syntax is left in the text.
#[test]
fn markdown_links_and_footnotes_read_as_a_reader_sees_them() {
    let draft = "# Regiovisie Jeugd 2027\n\n\
        # 1 Inleiding\n\n\
        De regio volgt [het landelijke actieplan Geweld hoort nergens thuis](https://www.rijksoverheid.nl/geweld) in de aanpak.\n\n\
        # 2 Wachtlijsten\n\n\
        De wachttijd voor *specialistische* jeugdhulp is te lang[^1].\n\n\
        # 3 Financiën\n\n\
        Het budget voor jeugdhulp staat onder druk, zie [hoofdstuk 2](#wachtlijsten).\n\n\
        [^1]: Gemiddeld veertien weken volgens de regionale monitor van 2025.\n";
    let letter = format!(
        "{LETTER_HEAD}1. U schrijft \"het landelijke actieplan Geweld hoort nergens thuis\". Dat steunen wij van harte.\n\n\
         2. Over \"gemiddeld veertien weken volgens de regionale monitor\" hebben wij twijfels.\n\n{LETTER_END}"
    );
    let dir = temp_inbox(&[
        ("drafts/01-concept.md", draft),
        ("responses/r1.txt", &letter),
    ]);
    let v = json(dir.path(), &["sections", "--json"]);
    let texts: Vec<(String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["number"].as_str().unwrap().to_string(),
                s["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for (n, t) in &texts {
        assert!(
            !t.contains("](") && !t.contains("[^") && !t.contains('*'),
            "{n}: {t}"
        );
    }
    let text = |n: &str| {
        texts
            .iter()
            .find(|(m, _)| m == n)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    assert!(text("2").contains("Gemiddeld veertien weken"), "{texts:?}");
    assert!(text("3").contains("zie hoofdstuk 2."), "{texts:?}");
    let l = links(dir.path());
    assert_eq!(l.len(), 2, "{l:?}");
    assert_eq!(l[0].first().map(String::as_str), Some("1"), "{l:?}");
    assert_eq!(l[1].first().map(String::as_str), Some("2"), "{l:?}");
}

/// A Word draft (as docx-rs writes it) with a tariff table under its
/// second chapter, the 2027 tariff of its first product `tariff`.
fn word_draft_with_table(tariff: &str) -> Vec<u8> {
    use docx_rs::{Docx, Paragraph, Run, Table, TableCell, TableRow};
    let p = |style: Option<&str>, text: &str| {
        let p = Paragraph::new().add_run(Run::new().add_text(text));
        match style {
            Some(s) => p.style(s),
            None => p,
        }
    };
    let row = |cells: [&str; 3]| {
        TableRow::new(
            cells
                .iter()
                .map(|c| TableCell::new().add_paragraph(p(None, c)))
                .collect(),
        )
    };
    let docx = Docx::new()
        .add_paragraph(p(Some("Title"), "Regiovisie Jeugd 2027-2030"))
        .add_paragraph(p(Some("Heading1"), "Inleiding"))
        .add_paragraph(p(None, "De regio werkt samen aan de jeugdhulp."))
        .add_paragraph(p(Some("Heading1"), "Tarieven"))
        .add_paragraph(p(None, "De tarieven per product staan in de tabel."))
        .add_table(Table::new(vec![
            row(["Product", "Tarief 2026", "Tarief 2027"]),
            row(["Ambulante hulp licht", "65,00", tariff]),
            row(["Ambulante hulp zwaar", "95,00", "95,00"]),
        ]))
        .add_paragraph(p(None, "De tarieven gaan in per 1-1-2027."));
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

/// QA28: a Word draft's table was read cell by cell, so the redline and
/// the memo showed each cell on a line of its own and a changed tariff
/// could not be read against its row. A row is one line, as a Markdown
/// table's is.
#[test]
fn a_word_tables_rows_stay_one_to_a_line() {
    let dir = temp_inbox(&[(
        "responses/r.txt",
        "Zienswijze van de gemeenteraad van Zandhoven\n\nZandhoven, 5 oktober 2026\n\n\
         1. De raad vraagt het tarief voor lichte ambulante hulp in hoofdstuk 2 minder te verlagen.\n\n\
         Namens de raad,\nde griffier\n",
    )]);
    let d = dir.path();
    std::fs::write(
        d.join("inbox/drafts/01-inspraakversie.docx"),
        word_draft_with_table("61,75"),
    )
    .unwrap();
    std::fs::write(
        d.join("inbox/drafts/02-definitief.docx"),
        word_draft_with_table("63,05"),
    )
    .unwrap();
    let v = json(d, &["sections", "--json"]);
    let text = v
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["title"] == "Tarieven")
        .and_then(|s| s["text"].as_str())
        .unwrap_or_else(|| panic!("{v}"))
        .to_string();
    assert!(
        text.contains(
            "staan in de tabel.\n\n| Product | Tarief 2026 | Tarief 2027 |\n\
             | Ambulante hulp licht | 65,00 | 61,75 |\n| Ambulante hulp zwaar | 95,00 | 95,00 |\n\n\
             De tarieven gaan in"
        ),
        "{text}"
    );
    assert_success(&inspraak(d).arg("run").output().unwrap());
    let redline = std::fs::read_to_string(d.join("output/wijzigingen.html")).unwrap();
    let lines = ["</p>", "<p", "</li>", "<tr", "</div>"]
        .iter()
        .fold(redline.clone(), |t, end| t.replace(end, "<br"));
    let row = lines
        .split("<br")
        .find(|l| l.contains("Ambulante hulp licht"))
        .unwrap_or_else(|| panic!("{redline}"));
    assert!(
        row.contains("65,00") && row.contains("61,75") && row.contains("63,05"),
        "{row}"
    );
}
