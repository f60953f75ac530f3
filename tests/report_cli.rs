//! The report through the command line: `inspraak templates init/list` and
//! `inspraak run` with `--group-by`, `--lang` and `--templates` on a small
//! inbox of text files.

use std::path::Path;

use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

mod common;

use common::{inspraak, write_inbox};

/// An inbox with a draft, a final version and two responses as text files.
fn small_inbox(root: &Path) {
    write_inbox(
        root,
        &[
            (
                "consultation.toml",
                "title = \"Regiovisie Jeugd 2027\"\ndeadline = 2026-10-15\nsender = \"Werkgroep Jeugd\"\n\n\
                 [responses.\"reactie-inwoner.txt\"]\nrespondent = \"Karin Bos\"\nkind = \"resident\"\n",
            ),
            (
                "drafts/01-concept.txt",
                "1 Inleiding\n\nDe gemeenten werken samen aan jeugdhulp.\n\n2 Preventie\n\nScholen krijgen voorlichting.\n",
            ),
            (
                "drafts/02-definitief.txt",
                "1 Inleiding\n\nDe gemeenten werken samen aan jeugdhulp.\n\n2 Preventie\n\nScholen en buurthuizen krijgen voorlichting.\n",
            ),
            (
                "responses/reactie-inwoner.txt",
                "Geachte werkgroep,\n\nIn paragraaf 2 mis ik de buurthuizen. Ik woon aan de Dorpsstraat 4, 1234 AB Voorbeeld; \
                 mail k.bos@example.nl.\n\nMet vriendelijke groet,\nKarin Bos\n",
            ),
            (
                "responses/zienswijze-raad.txt",
                "Zienswijze van de gemeenteraad van Voorbeeld\n\n1. De raad steunt paragraaf 1.\n\n2. Voeg een paragraaf over monitoring toe.\n",
            ),
        ],
    );
}

#[test]
fn templates_init_writes_defaults_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    inspraak(dir.path())
        .args(["templates", "init", "mijn-sjablonen"])
        .assert()
        .success()
        .stdout(contains("memo.html.hbs"));
    let memo = dir.path().join("mijn-sjablonen/memo.md.hbs");
    assert!(std::fs::read_to_string(&memo)
        .unwrap()
        .contains("{{title}}"));
    assert!(dir.path().join("mijn-sjablonen/en/letter.md.hbs").is_file());
    std::fs::write(&memo, "eigen").unwrap();
    inspraak(dir.path())
        .args(["templates", "init", "mijn-sjablonen"])
        .assert()
        .failure()
        .stderr(contains("--force"));
    assert_eq!(std::fs::read_to_string(&memo).unwrap(), "eigen");
    inspraak(dir.path())
        .args(["templates", "list", "mijn-sjablonen"])
        .assert()
        .success()
        .stdout(contains("(yours)"));
    // QA29 (left): a removed default written back beside the kept ones is
    // a success (it exited 1 because the others existed).
    let letter = dir.path().join("mijn-sjablonen/letter.md.hbs");
    std::fs::remove_file(&letter).unwrap();
    inspraak(dir.path())
        .args(["templates", "init", "mijn-sjablonen"])
        .assert()
        .success()
        .stdout(contains("letter.md.hbs"))
        .stderr(contains("left alone"));
    assert!(letter.is_file());
    assert_eq!(std::fs::read_to_string(&memo).unwrap(), "eigen");
    inspraak(dir.path())
        .args(["templates", "init", "mijn-sjablonen", "--force"])
        .assert()
        .success();
    assert_ne!(std::fs::read_to_string(&memo).unwrap(), "eigen");
}

#[test]
fn run_writes_memo_letters_and_redline_with_flags() {
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    inspraak(dir.path())
        .args(["run", "--quiet", "--group-by", "respondent", "--lang", "en"])
        .assert()
        .success();
    let out = dir.path().join("output");
    for f in [
        "nota-van-beantwoording.html",
        "nota-van-beantwoording.md",
        "nota-van-beantwoording.docx",
        "wijzigingen.html",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    let md = std::fs::read_to_string(out.join("nota-van-beantwoording.md")).unwrap();
    assert!(
        md.starts_with("# Response memo: Regiovisie Jeugd 2027"),
        "{md}"
    );
    assert!(md.contains("### Inwoner 1 (resident)"), "{md}");
    for secret in ["Karin", "Bos", "Dorpsstraat", "1234 AB", "k.bos@example.nl"] {
        assert!(!md.contains(secret), "memo contains {secret}");
    }
    let letter = std::fs::read_to_string(out.join("letters/inwoner-1.md")).unwrap();
    assert!(letter.contains("Karin Bos"));
    assert!(letter.contains("Werkgroep Jeugd"));
}

#[test]
fn run_uses_the_templates_folder_and_reports_typos() {
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    std::fs::create_dir_all(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/memo.md.hbs"),
        "# Eigen nota: {{title}}\n",
    )
    .unwrap();
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .success();
    let md = std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert_eq!(md, "# Eigen nota: Regiovisie Jeugd 2027\n");
    std::fs::write(
        dir.path().join("templates/memo.md.hbs"),
        "# Eigen nota: {{title}}\n\n{{titel}}\n",
    )
    .unwrap();
    inspraak(dir.path())
        .args(["run", "--quiet", "--out", "other"])
        .assert()
        .failure()
        .stderr(contains("memo.md.hbs"))
        .stderr(contains("line 3"));
    // The earlier output is untouched by the failed run.
    assert!(dir
        .path()
        .join("output/nota-van-beantwoording.md")
        .is_file());
}

/// Without a title in consultation.toml the memo takes the draft's own
/// title (its first line before the first numbered heading), never the
/// version's label; a Dutch `kind` is accepted.
#[test]
fn without_a_title_the_memo_uses_the_drafts_own() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    small_inbox(root);
    let inbox = root.join("inbox");
    std::fs::write(
        inbox.join("consultation.toml"),
        "[responses.\"reactie-inwoner.txt\"]\nrespondent = \"Karin Bos\"\nkind = \"inwoner\"\n\n\
         [responses.\"zienswijze-raad.txt\"]\nkind = \"gemeenteraad\"\n",
    )
    .unwrap();
    for file in ["01-concept.txt", "02-definitief.txt"] {
        let path = inbox.join("drafts").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            format!(
                "Visie Jeugdhulp Voorbeeld\n\nVastgesteld door de gemeenten in 2026.\n\n{text}"
            ),
        )
        .unwrap();
    }
    inspraak(root).arg("run").assert().success();
    let md = std::fs::read_to_string(root.join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        md.starts_with("# Nota van beantwoording: Visie Jeugdhulp Voorbeeld\n"),
        "{md}"
    );
    assert!(
        md.contains("De inspraakversie van ‘Visie Jeugdhulp Voorbeeld’ heeft ter inzage gelegen"),
        "{md}"
    );
    assert!(!md.contains("van de Inspraakversie"), "{md}");
    assert!(md.contains("Inwoner 1 (inwoner)"), "{md}");
    assert!(md.contains("(gemeenteraad)"), "{md}");

    // An unknown kind stops the run with the kinds there are.
    std::fs::write(
        inbox.join("consultation.toml"),
        "[responses.\"zienswijze-raad.txt\"]\nkind = \"burger\"\n",
    )
    .unwrap();
    inspraak(root)
        .arg("run")
        .assert()
        .failure()
        .stderr(predicates::str::contains("unknown kind `burger`"))
        .stderr(predicates::str::contains("resident (inwoner, bewoner)"));
}

/// The text of the Word memo's paragraphs, one line each.
fn docx_text(path: &Path) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let para = regex::Regex::new(r"(?s)<w:p[ >].*?</w:p>").unwrap();
    let text = regex::Regex::new(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>").unwrap();
    para.find_iter(&xml)
        .map(|p| {
            text.captures_iter(p.as_str())
                .map(|c| c[1].to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Section 1 of the Word memo says what the HTML and Markdown memo say:
/// that campaign points are answered once, the deadline a late response
/// missed, and not that all came in time when one dated after the
/// deadline was accepted (`late = false`).
#[test]
fn the_word_memo_introduces_as_the_other_memos_do() {
    let letter = |name: &str| {
        format!(
            "Lindeveen, 9 oktober 2026\n\nGeachte werkgroep,\n\n1. Kinderen in armoede moeten gratis kunnen sporten en zwemmen.\n2. Schaf de eigen bijdrage voor schuldhulpverlening af.\n\nMet vriendelijke groet,\n{name}\n"
        )
    };
    let (a, b) = (letter("Pieter de Groot"), letter("Johan Smit"));
    let files = |late: &str| {
        vec![
            (
                "consultation.toml".to_string(),
                format!("deadline = 2026-10-15\n\n[responses.\"laat.txt\"]\n{late}\n"),
            ),
            (
                "drafts/01.txt".to_string(),
                "Visie\n\n1. Inleiding\n\n1.1 Aanleiding\nDe gemeenten willen armoede en schulden samen aanpakken.\n\n2. Uitvoering\n\n2.1 Schuldhulp\nDe eigen bijdrage voor schuldhulp is 50 euro per traject.\n".to_string(),
            ),
            ("responses/campagne-groot.txt".to_string(), a.clone()),
            ("responses/campagne-smit.txt".to_string(), b.clone()),
            (
                "responses/laat.txt".to_string(),
                "Lindeveen, 2 november 2026\n\nGeachte werkgroep,\n\nDe aanpak van armoede in paragraaf 1.1 moet ook over energiearmoede gaan.\n\nMet vriendelijke groet,\nStichting Energiebank\n".to_string(),
            ),
        ]
    };
    for (late, said) in [
        ("late = false", "door de werkgroep als tijdig aangemerkt"),
        ("", "na de termijn van 15 oktober 2026 ontvangen"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let files = files(late);
        let files: Vec<(&str, &str)> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        write_inbox(dir.path(), &files);
        inspraak(dir.path()).arg("run").assert().success();
        let md =
            std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
        let word = docx_text(&dir.path().join("output/nota-van-beantwoording.docx"));
        for text in [&md, &word] {
            assert!(text.contains(said), "{late}: {text}");
            assert!(
                !text.contains("Alle reacties zijn binnen de termijn"),
                "{text}"
            );
            assert!(
                text.contains("punten zijn door meerdere indieners"),
                "{text}"
            );
        }
    }
}

/// `templates list` with a folder that does not exist says so (a typo
/// would otherwise list every template as built-in without a word).
#[test]
fn templates_list_names_a_missing_folder() {
    let dir = tempfile::tempdir().unwrap();
    inspraak(dir.path())
        .args(["templates", "list", "sjablonen-typo"])
        .assert()
        .success()
        .stdout(contains("built-in"))
        .stderr(contains("there is no folder `sjablonen-typo`"));
    // A file of that name is named as a file (QA22).
    std::fs::write(dir.path().join("sjablonen.zip"), "x").unwrap();
    inspraak(dir.path())
        .args(["templates", "list", "sjablonen.zip"])
        .assert()
        .success()
        .stderr(contains("`sjablonen.zip` is a file, not a folder"));
}

/// A template that writes a value unescaped (`{{{text}}}`) is refused with
/// its file and line, in a partial and in a whole-document template alike:
/// a respondent's `<script>` must never reach the public memo.
#[test]
fn a_template_writing_a_value_unescaped_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    std::fs::write(
        dir.path().join("inbox/responses/reactie-script.txt"),
        "Geachte werkgroep,\n\nIn paragraaf 2 <script>alert('x')</script> mis ik de sport.\n",
    )
    .unwrap();
    inspraak(dir.path())
        .args(["templates", "init"])
        .assert()
        .success();
    let item = dir.path().join("templates/partials/item.html.hbs");
    let original = std::fs::read_to_string(&item).unwrap();
    assert!(original.contains("{{text}}"), "{original}");
    std::fs::write(&item, original.replacen("{{text}}", "{{{text}}}", 1)).unwrap();
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .failure()
        .stderr(contains("item.html.hbs"))
        .stderr(contains("without escaping"))
        .stderr(contains("line "));
    assert!(!dir
        .path()
        .join("output/nota-van-beantwoording.html")
        .exists());
    std::fs::write(&item, &original).unwrap();
    let memo = dir.path().join("templates/memo.md.hbs");
    let text = std::fs::read_to_string(&memo).unwrap();
    std::fs::write(
        &memo,
        format!("{text}\n{{{{#if title}}}}{{{{{{title}}}}}}{{{{/if}}}}\n"),
    )
    .unwrap();
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .failure()
        .stderr(contains("memo.md.hbs"))
        .stderr(contains("without escaping"));
    std::fs::write(&memo, &text).unwrap();
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .success();
    let html =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.html")).unwrap();
    assert!(
        !html.contains("<script>alert"),
        "unescaped script in the memo"
    );
}

/// QA18: where the final version merges 3.1.1 and 3.1.2 into 3.1, the
/// memo's table of changes said only `gewijzigd | § 3.1 Wijkteams`: the
/// merged sections were in no row. The row says where they went, in every
/// memo (Markdown, HTML, Word), in the redline, and in English with
/// `--lang en`.
#[test]
fn the_table_of_changes_names_the_sections_merged_into_one() {
    let head = "Regiovisie Zorg Kustregio\n\n1 Inleiding\n\nDeze regiovisie beschrijft de samenwerking.\n\n\
                3 Zorg en ondersteuning\n\nZorg moet dichtbij en laagdrempelig zijn.\n\n\
                3.1 Wijkteams\n\nElke kern heeft een wijkteam met een sociaal werker.\n\n";
    let tail =
        "3.2 Mantelzorg\n\nMantelzorgers krijgen respijtzorg en een jaarlijkse waardering.\n";
    let draft = format!(
        "{head}3.1.1 Toegang\n\nInwoners melden zich via een centraal telefoonnummer of het inlooppunt.\n\n\
         3.1.2 Wachttijden\n\nDe wachttijd voor een keukentafelgesprek is ten hoogste zes weken.\n\n{tail}"
    );
    let last = format!(
        "{head}Inwoners melden zich via een centraal telefoonnummer of het inlooppunt.\n\n\
         De wachttijd voor een keukentafelgesprek is ten hoogste vier weken.\n\n{tail}"
    );
    let dir = tempfile::tempdir().unwrap();
    write_inbox(
        dir.path(),
        &[
            ("drafts/01-inspraakversie.txt", &draft),
            ("drafts/02-definitief.txt", &last),
            (
                "responses/r.txt",
                "Zeedorp, 1 oktober 2026\n\nGeachte werkgroep,\n\n1. In paragraaf 3.1.2 staat een wachttijd \
                 van zes weken. Wij vragen om ten hoogste drie weken.\n\nMet vriendelijke groet,\n\nOuderenraad Zeedorp\n",
            ),
        ],
    );
    let output = dir.path().join("output");
    let read = |name: &str| std::fs::read_to_string(output.join(name)).unwrap();
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .success();
    let md = read("nota-van-beantwoording.md");
    assert!(
        md.contains(
            "| gewijzigd; 3.1.1 en 3.1.2 samengevoegd in 3.1 | § 3.1 Wijkteams | § 3.1 Wijkteams |"
        ),
        "{md}"
    );
    let merged = "3.1.1 en 3.1.2 samengevoegd in 3.1";
    assert!(read("nota-van-beantwoording.html").contains(merged));
    assert!(docx_text(&output.join("nota-van-beantwoording.docx")).contains(merged));
    assert!(read("wijzigingen.html").contains(merged));

    inspraak(dir.path())
        .args(["run", "--quiet", "--lang", "en"])
        .assert()
        .success();
    let md = read("nota-van-beantwoording.md");
    assert!(
        md.contains(
            "| modified; 3.1.1 and 3.1.2 merged into 3.1 | § 3.1 Wijkteams | § 3.1 Wijkteams |"
        ),
        "{md}"
    );
}

/// QA22: an empty (0-byte or blank) template of the user's, an editor or
/// sync mishap, gave an empty memo (`memo.md.hbs`) or one without a
/// comment (`partials/item.html.hbs`) with exit status 0. The run now stops
/// naming the file, the output is left as it was, and `templates list`
/// marks the file.
#[test]
fn an_empty_template_stops_the_run() {
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .success();
    let memo_path = dir.path().join("output/nota-van-beantwoording.md");
    let before = std::fs::read_to_string(&memo_path).unwrap();
    inspraak(dir.path())
        .args(["templates", "init"])
        .assert()
        .success();
    for file in ["memo.md.hbs", "partials/item.html.hbs"] {
        let path = dir.path().join("templates").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, "").unwrap();
        inspraak(dir.path())
            .args(["run", "--quiet"])
            .assert()
            .failure()
            .stderr(contains(format!("template `{file}`")))
            .stderr(contains("is empty"));
        assert_eq!(std::fs::read_to_string(&memo_path).unwrap(), before);
        inspraak(dir.path())
            .args(["templates", "list"])
            .assert()
            .success()
            .stdout(contains("EMPTY"));
        std::fs::write(&path, text).unwrap();
    }
    inspraak(dir.path())
        .args(["templates", "list"])
        .assert()
        .success()
        .stdout(contains("EMPTY").not());
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .success();
}

/// QA25: a misspelt field in a part of a custom template that the data
/// does not reach yet (no orphaned decisions) passed `run`; now `run`
/// stops before writing anything, and `check` and `templates list` name
/// it too. Once fixed, the check's result is kept: a second run does not
/// check again.
#[test]
fn a_misspelt_field_in_an_unreached_part_stops_run_and_check() {
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    inspraak(dir.path())
        .args(["templates", "init"])
        .assert()
        .success();
    let memo = dir.path().join("templates/memo.md.hbs");
    let good = std::fs::read_to_string(&memo).unwrap();
    let typo = good.replacen(
        "{{#each orphaned}}- {{comment_id}}",
        "{{#each orphaned}}- {{coment_id}}",
        1,
    );
    assert_ne!(good, typo);
    std::fs::write(&memo, typo).unwrap();
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .failure()
        .stderr(contains("templates/memo.md.hbs"))
        .stderr(contains("`coment_id`"))
        .stderr(contains("line "));
    assert!(!dir.path().join("output/nota-van-beantwoording.md").exists());
    inspraak(dir.path())
        .args(["check"])
        .assert()
        .code(1)
        .stdout(contains("template: template `memo.md.hbs`").and(contains("`coment_id`")));
    inspraak(dir.path())
        .args(["templates", "list"])
        .assert()
        .success()
        .stderr(contains("`coment_id`"));
    std::fs::write(&memo, good).unwrap();
    for _ in 0..2 {
        inspraak(dir.path())
            .args(["run", "--quiet"])
            .assert()
            .success();
    }
}

/// The `### ` headings of the memo's chapter 2 (after its introduction's).
fn theme_headings(root: &Path) -> Vec<String> {
    let md = std::fs::read_to_string(root.join("output/nota-van-beantwoording.md")).unwrap();
    md.lines()
        .filter_map(|l| l.strip_prefix("### "))
        // Not the introduction's `1.1 Ontvangen reacties`.
        .filter(|h| !(h.starts_with("1.") && h[2..].starts_with(|c: char| c.is_ascii_digit())))
        .map(str::to_string)
        .collect()
}

fn decide_theme(root: &Path, id: &str, theme: &str) -> String {
    let out = inspraak(root)
        .args(["decide", id, "-s", "noted", "-a", "Dank.", "--theme", theme])
        .output()
        .unwrap();
    common::assert_success(&out);
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn themes_differing_in_capitals_or_accents_are_one_heading() {
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .success();
    assert!(decide_theme(dir.path(), "1.1", "Wachttijden").is_empty());
    // A tie: the first in the memo's order is the heading.
    let note = decide_theme(dir.path(), "2.1", "wachttijden");
    assert!(
        note.contains("theme \"wachttijden\" is recorded as \"Wachttijden\" too")
            && note.contains("one heading, \"Wachttijden\"")
            && note.contains("keeps \"wachttijden\" as typed"),
        "{note}"
    );
    // Now the spelling used most.
    let note = decide_theme(dir.path(), "2.2", "  wachttijden ");
    assert!(note.contains("one heading, \"wachttijden\""), "{note}");
    assert!(!note.contains("as typed"), "{note}");
    inspraak(dir.path())
        .args(["run", "--quiet", "--group-by", "theme"])
        .assert()
        .success();
    let h = theme_headings(dir.path());
    assert_eq!(h[0], "wachttijden", "{h:?}");
    let spellings = h.iter().filter(|t| t.to_lowercase() == "wachttijden");
    assert_eq!(spellings.count(), 1, "{h:?}");
    // The ledger keeps what was typed.
    let ledger = std::fs::read_to_string(dir.path().join("ledger.toml")).unwrap();
    assert!(ledger.contains("theme = \"Wachttijden\""), "{ledger}");
    assert!(ledger.contains("theme = \"wachttijden\""), "{ledger}");
    // Accents too.
    decide_theme(dir.path(), "1.1", "Financiën");
    let note = decide_theme(dir.path(), "2.1", "financien");
    assert!(note.contains("one heading, \"Financiën\""), "{note}");
}

#[test]
fn theme_chapters_are_ordered_as_a_dutch_index() {
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    inspraak(dir.path())
        .args(["run", "--quiet"])
        .assert()
        .success();
    decide_theme(dir.path(), "1.1", "Zorg");
    decide_theme(dir.path(), "2.1", "Één loket");
    decide_theme(dir.path(), "2.2", "opvang");
    inspraak(dir.path())
        .args(["run", "--quiet", "--group-by", "theme"])
        .assert()
        .success();
    let h = theme_headings(dir.path());
    assert_eq!(h[..3], ["Één loket", "opvang", "Zorg"], "{h:?}");
    // Numbered themes in the order of their numbers.
    decide_theme(dir.path(), "1.1", "10. Voorlichting");
    decide_theme(dir.path(), "2.1", "2. Nazorg");
    decide_theme(dir.path(), "2.2", "1. Ambitie");
    inspraak(dir.path())
        .args(["run", "--quiet", "--group-by", "theme"])
        .assert()
        .success();
    let h = theme_headings(dir.path());
    assert_eq!(
        h[..3],
        // Markdown escapes the heading's number (`1\.`), so it is no list.
        ["1\\. Ambitie", "2\\. Nazorg", "10\\. Voorlichting"],
        "{h:?}"
    );
}

/// QA28: a point adopted by renaming a section, or by moving it, showed no
/// change in its memo item or letter while the memo's table of changes
/// named it as the cause. The heading is what changed: the old title or
/// number struck beside the new one, in every memo format and the letter.
/// A move changes no words: it counts for a point once its change
/// reference names the moved section (QA31c), as a rename does by its link.
#[test]
fn a_point_adopted_by_a_rename_or_a_move_shows_the_new_heading() {
    let draft = |final_: bool| {
        let (title, school, youth) = if final_ {
            ("Huisarts en praktijkondersteuner", "### 1.3", "### 2.1")
        } else {
            ("De rol van de huisarts", "### 2.1", "### 2.2")
        };
        let school = format!(
            "{school} Samenwerking met scholen\n\nElke school krijgt een vaste contactpersoon van het wijkteam. Scholen zien problemen vaak als eerste.\n\n"
        );
        let (in1, in2) = if final_ {
            (school.as_str(), "")
        } else {
            ("", school.as_str())
        };
        format!(
            "# Regiovisie Jeugd en Gezin 2027-2030\n\n## 1 Toegang\n\n### 1.1 Het wijkteam\n\n\
             Elke gemeente heeft een wijkteam voor vragen over opvoeden en opgroeien.\n\n\
             ### 1.2 {title}\n\nHuisartsen verwijzen veel kinderen naar jeugdhulp. Wij maken afspraken over een praktijkondersteuner jeugd.\n\n\
             {in1}## 2 Preventie\n\n{in2}{youth} Jongerenwerk\n\nHet jongerenwerk is in alle kernen aanwezig.\n"
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_inbox(
        root,
        &[
            ("drafts/01-concept.md", &draft(false)),
            ("drafts/02-definitief.md", &draft(true)),
            (
                "responses/raad.txt",
                "Zienswijze van de gemeenteraad van Zandhoven\n\nZandhoven, 5 oktober 2026\n\n\
                 1. De raad vindt de titel van paragraaf 1.2 te smal: noem ook de praktijkondersteuner.\n\n\
                 2. De raad vraagt de samenwerking met scholen (paragraaf 2.1) onder toegang op te nemen.\n\n\
                 Namens de raad,\nde griffier\n",
            ),
        ],
    );
    inspraak(root).arg("run").assert().success();
    for (n, answer, change_ref) in [
        ("1.1", "De titel is aangepast.", None),
        ("1.2", "De paragraaf staat nu onder toegang.", Some("1.3")),
    ] {
        inspraak(root)
            .args(["decide", n, "--status", "adopted", "--answer", answer])
            .args(
                change_ref
                    .map(|r| ["--change-ref", r])
                    .into_iter()
                    .flatten(),
            )
            .assert()
            .success();
    }
    inspraak(root).arg("run").assert().success();
    let out = root.join("output");
    let md = std::fs::read_to_string(out.join("nota-van-beantwoording.md")).unwrap();
    let item = |n: &str| {
        let start = md
            .find(&format!("#### Reactie {n}"))
            .unwrap_or_else(|| panic!("{md}"));
        let rest = &md[start + 4..];
        rest[..rest.find("\n#").unwrap_or(rest.len())].to_string()
    };
    let (renamed, moved) = (item("1.1"), item("1.2"));
    assert!(
        renamed.contains(
            "**Aanpassing in § 1.2 Huisarts en praktijkondersteuner:**\n\n\
             § 1.2 ~~[-De rol van de huisarts]~~ **[+Huisarts en praktijkondersteuner]**"
        ),
        "{renamed}"
    );
    assert!(
        moved.contains(
            "**Aanpassing in § 1.3 Samenwerking met scholen:**\n\n\
             § ~~[-2.1]~~ **[+1.3]** Samenwerking met scholen"
        ),
        "{moved}"
    );
    let html = std::fs::read_to_string(out.join("nota-van-beantwoording.html")).unwrap();
    assert!(
        html.contains(
            "<del>De rol van de huisarts</del> <ins>Huisarts en praktijkondersteuner</ins>"
        ),
        "{html}"
    );
    assert!(html.contains("<del>2.1</del> <ins>1.3</ins>"), "{html}");
    let word = docx_text(&out.join("nota-van-beantwoording.docx"));
    assert!(
        word.contains("Aanpassing in: § 1.3 Samenwerking met scholen\n§ [-2.1] [+1.3] Samenwerking met scholen"),
        "{word}"
    );
    let letter = std::fs::read_to_string(out.join("letters/gemeenteraad-van-zandhoven.md"))
        .unwrap_or_else(|_| {
            let dir = std::fs::read_dir(out.join("letters")).unwrap();
            let names: Vec<_> = dir.map(|e| e.unwrap().file_name()).collect();
            panic!("{names:?}")
        });
    assert!(
        letter.contains("**Zo is de tekst van § 1.2 Huisarts en praktijkondersteuner aangepast:**")
            && letter.contains("**Zo is de tekst van § 1.3 Samenwerking met scholen aangepast:**"),
        "{letter}"
    );
}

/// QA28: the Word memo's campaign item only said `Aantal indieners: 3 (1
/// te laat ingediend)`, so the other senders (and which one was late)
/// were found nowhere in its chapter 2. It names them as the HTML and
/// Markdown memo do.
#[test]
fn the_word_memo_names_a_campaigns_other_senders() {
    let letter = |day: u32, name: &str| {
        format!(
            "Zandhoven, {day} oktober 2026\n\nGeachte werkgroep,\n\nIk maak mij grote zorgen over het budget voor jeugdhulp in hoofdstuk 3. \
             Als het budget gelijk blijft, worden de wachtlijsten nog langer. Ik vraag u het budget te verhogen.\n\n\
             Met vriendelijke groet,\n\n{name}\n"
        )
    };
    let (a, b, c) = (
        letter(10, "Kees Jansen"),
        letter(12, "Annemiek van Dijk"),
        letter(20, "Yasmina El Amrani"),
    );
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    youth_campaign_inbox(root, [&a, &b, &c]);
    inspraak(root).arg("run").assert().success();
    let md = std::fs::read_to_string(root.join("output/nota-van-beantwoording.md")).unwrap();
    let said = "Deze reactie is door 3 indieners ingediend, ook door Inwoner 2, Inwoner 3 (te laat ingediend).";
    assert!(md.contains(said), "{md}");
    let word = docx_text(&root.join("output/nota-van-beantwoording.docx"));
    assert!(word.contains(said), "{word}");
    inspraak(root)
        .args(["run", "--lang", "en"])
        .assert()
        .success();
    let word = docx_text(&root.join("output/nota-van-beantwoording.docx"));
    assert!(
        word.contains(
            "This comment was sent by 3 respondents, also by Inwoner 2, Inwoner 3 (late)."
        ),
        "{word}"
    );
}

/// QA28: with only `period_start` set the memo said `heeft ter inzage
/// gelegen van 1 september 2026.` and `Inspraakperiode: 1 september 2026`
/// (a day), and with no dates `In die periode` about no period. The
/// Markdown, HTML and Word memo all read as Dutch.
#[test]
fn the_memo_words_a_period_without_an_end_or_without_dates() {
    for (toml, head, opening, during) in [
        (
            "period_start = 2026-09-01\n",
            Some("Inspraakperiode: vanaf 1 september 2026"),
            "heeft ter inzage gelegen vanaf 1 september 2026.",
            "In die periode konden",
        ),
        (
            "",
            None,
            "heeft ter inzage gelegen.",
            "Tijdens de inspraak konden",
        ),
        (
            "period_start = 2026-09-01\ndeadline = 2026-10-15\n",
            Some("Inspraakperiode: 1 september 2026 tot en met 15 oktober 2026"),
            "heeft ter inzage gelegen van 1 september 2026 tot en met 15 oktober 2026.",
            "In die periode konden",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write_inbox(
            root,
            &[
                ("consultation.toml", toml),
                (
                    "drafts/01-concept.md",
                    "# Regiovisie Jeugd 2027-2030\n\n## 1 Inleiding\n\nDe gemeenten werken samen aan de jeugdhulp.\n\n## 2 Financien\n\nHet budget blijft gelijk.\n",
                ),
                (
                    "responses/raad.txt",
                    "Zienswijze van de gemeenteraad van Zandhoven\n\nZandhoven, 5 oktober 2026\n\n\
                     1. De raad vraagt het budget in hoofdstuk 2 te verhogen.\n\nNamens de raad,\nde griffier\n",
                ),
            ],
        );
        inspraak(root).arg("run").assert().success();
        let out = root.join("output");
        let md = std::fs::read_to_string(out.join("nota-van-beantwoording.md")).unwrap();
        let html = std::fs::read_to_string(out.join("nota-van-beantwoording.html")).unwrap();
        let word = docx_text(&out.join("nota-van-beantwoording.docx"));
        for text in [&md, &html, &word] {
            assert!(text.contains(opening), "{toml}: {text}");
            assert!(text.contains(during), "{toml}: {text}");
            assert!(!text.contains("gelegen van 1 september 2026."), "{text}");
            if let Some(head) = head {
                assert!(text.contains(head), "{toml}: {text}");
            }
            // No statement of a numbering the tool does not follow.
            assert!(!text.contains("volgorde van binnenkomst"), "{text}");
            assert!(
                text.contains("Iedere reactie heeft een vast nummer"),
                "{text}"
            );
        }
        assert!(!md.contains("Inspraakperiode: 1 september 2026\n"), "{md}");
    }
}

/// QA29 (left): after a run with the cache, a run with `--no-cache` and the
/// run after it each rewrote the three memo files, their bytes unchanged:
/// a file is kept when its bytes are the same, whether the previous run
/// knew it by its key or by its content.
#[test]
fn runs_with_and_without_the_cache_rewrite_no_unchanged_file() {
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    let run = |extra: &[&str]| {
        let out = inspraak(dir.path())
            .args(["run"])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        all.lines()
            .find(|l| l.contains("file(s) in output"))
            .unwrap_or_default()
            .to_string()
    };
    run(&[]);
    run(&[]);
    for extra in [
        &["--no-cache"][..],
        &[],
        &["--no-cache"],
        &["--no-cache"],
        &[],
    ] {
        let line = run(extra);
        assert!(line.contains(": 0 written"), "{extra:?}: {line}");
    }
}

/// QA30c: editing only a letter template (a comment added to
/// `letter.html.hbs`) rewrote the three memo files with the same bytes
/// (new inodes, `3 written`): their keys hold every template's
/// fingerprint. A memo file whose bytes come out the same is left as it
/// is, and the Word memo, built in code, is not even built again.
#[cfg(unix)]
#[test]
fn a_letter_template_edit_leaves_the_memo_files_as_they_are() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    small_inbox(dir.path());
    let run = || {
        let out = inspraak(dir.path()).args(["run"]).output().unwrap();
        assert!(out.status.success(), "{out:?}");
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    };
    let init = inspraak(dir.path())
        .args(["templates", "init"])
        .output()
        .unwrap();
    assert!(init.status.success(), "{init:?}");
    run();
    run();
    let memos = ["html", "md", "docx"].map(|ext| {
        dir.path()
            .join(format!("output/nota-van-beantwoording.{ext}"))
    });
    let stamp = |p: &Path| {
        let m = std::fs::metadata(p).unwrap();
        (m.ino(), m.mtime_nsec(), m.mtime())
    };
    let before: Vec<_> = memos.iter().map(|p| stamp(p)).collect();
    let letter = dir.path().join("templates/letter.html.hbs");
    let mut text = std::fs::read_to_string(&letter).unwrap();
    text.push_str("{{!-- aangepast door de werkgroep --}}\n");
    std::fs::write(&letter, text).unwrap();
    let all = run();
    let after: Vec<_> = memos.iter().map(|p| stamp(p)).collect();
    assert_eq!(before, after, "{all}");
    // The letters are rendered again (their template changed) but come out
    // the same: nothing is written.
    let line = all
        .lines()
        .find(|l| l.contains("file(s) in output"))
        .unwrap_or_default();
    assert!(line.contains(": 0 written"), "{all}");
}

/// WCAG 1.3.1 (QA30d): the redline keeps the document's paragraphs as
/// paragraphs (`<p>` each), not lines of one paragraph joined by `<br>`,
/// and a chapter without text of its own gets no empty paragraph.
#[test]
fn the_redline_keeps_paragraphs_as_paragraphs() {
    let draft = |final_: bool| {
        format!(
            "# Regiovisie Jeugd 2027-2030\n\n## 1 Toegang\n\n### 1.1 Het wijkteam\n\n\
             Elke gemeente heeft een wijkteam voor vragen over opvoeden.\n\n\
             Het wijkteam is op werkdagen bereikbaar{}.\n\n## 2 Preventie\n\n### 2.1 Scholen\n\n\
             Elke school krijgt een contactpersoon.\n",
            if final_ { " en op twee avonden" } else { "" }
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_inbox(
        root,
        &[
            ("drafts/01-concept.md", &draft(false)),
            ("drafts/02-definitief.md", &draft(true)),
        ],
    );
    inspraak(root).arg("run").assert().success();
    let html = std::fs::read_to_string(root.join("output/wijzigingen.html")).unwrap();
    assert!(!html.contains("<br>"), "{html}");
    assert!(!html.contains("<p></p>"), "{html}");
    assert!(
        html.contains(
            "<p>Elke gemeente heeft een wijkteam voor vragen over opvoeden.</p>\n\
             <p>Het wijkteam is op werkdagen bereikbaar<ins>en op twee avonden</ins>.</p>"
        ) || html.contains(
            "<p>Elke gemeente heeft een wijkteam voor vragen over opvoeden.</p>\n\
             <p>Het wijkteam is op werkdagen bereikbaar <ins>en op twee avonden</ins>.</p>"
        ),
        "{html}"
    );
}

/// WCAG 3.1.2 (QA30d): a passage in another language than the page's is
/// marked with its `lang`: an English letter quoted in the Dutch memo, and
/// the Dutch draft's text in the English memo and redline.
#[test]
fn a_passage_in_another_language_carries_its_lang() {
    let draft = |final_: bool| {
        format!(
            "# Regiovisie Jeugd 2027-2030\n\n## 1 Toegang\n\n### 1.1 Het wijkteam\n\n\
             Elke gemeente heeft een wijkteam voor vragen over opvoeden en opgroeien. Het wijkteam \
             is op werkdagen bereikbaar{} en het helpt ouders met een vraag.\n",
            if final_ {
                " en ook op twee avonden"
            } else {
                ""
            }
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_inbox(
        root,
        &[
            ("drafts/01-concept.md", &draft(false)),
            ("drafts/02-definitief.md", &draft(true)),
            (
                "responses/network.txt",
                "Dear working group,\n\nOn behalf of the International Parents Network we submit the following.\n\n\
                 1. Many expat parents cannot read Dutch. Please publish the information about the \
                 neighbourhood teams (section 1.1) in English as well, so that they can find the help they need.\n\n\
                 Kind regards,\n\nInternational Parents Network\n",
            ),
        ],
    );
    inspraak(root).arg("run").assert().success();
    let nl = std::fs::read_to_string(root.join("output/nota-van-beantwoording.html")).unwrap();
    assert!(
        nl.contains(r#"<dd class="text" lang="en">1. Many expat parents"#),
        "{nl}"
    );
    inspraak(root)
        .args(["decide", "1.1", "--status", "adopted", "--answer", "Done."])
        .args(["--change-ref", "1.1"])
        .assert()
        .success();
    inspraak(root)
        .args(["run", "--lang", "en"])
        .assert()
        .success();
    let en = std::fs::read_to_string(root.join("output/nota-van-beantwoording.html")).unwrap();
    assert!(!en.contains(r#"<dd class="text" lang="en">"#), "{en}");
    assert!(en.contains(r#"<div lang="nl"><p>"#), "{en}");
    let redline = std::fs::read_to_string(root.join("output/wijzigingen.html")).unwrap();
    assert!(redline.contains(r#"<main lang="nl">"#), "{redline}");
}

/// QA 33c: memo 1.3 in all three formats. A response received after the
/// deadline and accepted (`late = false`) was left out as soon as another
/// one was late; responses without any date were covered by *Alle
/// reacties zijn binnen de termijn ontvangen*. A date of receipt
/// (`received`) decides lateness and is shown as such, beside the
/// letter's own date in its letter.
#[test]
fn the_late_section_accounts_for_accepted_and_undated_responses() {
    let draft = "Visie\n\n1. Inleiding\n\n1.1 Aanleiding\nDe gemeenten willen armoede en schulden samen aanpakken.\n\n2. Uitvoering\n\n2.1 Schuldhulp\nDe eigen bijdrage voor schuldhulp is 50 euro per traject.\n";
    let letter = |date: &str, name: &str| {
        format!(
            "{date}\n\nGeachte werkgroep,\n\nDe eigen bijdrage voor schuldhulp in paragraaf 2.1 \
             moet omlaag, vindt {name}.\n\nMet vriendelijke groet,\n\n{name}\n"
        )
    };
    let memo_texts = |dir: &std::path::Path| {
        let out = dir.join("output");
        let md = std::fs::read_to_string(out.join("nota-van-beantwoording.md")).unwrap();
        let html = std::fs::read_to_string(out.join("nota-van-beantwoording.html")).unwrap();
        let word = docx_text(&out.join("nota-van-beantwoording.docx"));
        let md13 = md
            .split("### 1.3")
            .nth(1)
            .and_then(|s| s.split("### 1.4").next())
            .unwrap()
            .to_string();
        [md13, html, word]
    };
    // One late, one accepted after the deadline, one without a date.
    let dir = tempfile::tempdir().unwrap();
    write_inbox(
        dir.path(),
        &[
            (
                "consultation.toml",
                "deadline = 2026-10-15\n\n[responses.\"b-uitstel.txt\"]\nlate = false\n",
            ),
            ("drafts/01.txt", draft),
            (
                "responses/a-laat.txt",
                &letter("Lindeveen, 20 oktober 2026", "Stichting Laat"),
            ),
            (
                "responses/b-uitstel.txt",
                &letter("Lindeveen, 28 oktober 2026", "Stichting Uitstel"),
            ),
            ("responses/c-zonder.txt", &letter("", "Stichting Zonder")),
        ],
    );
    inspraak(dir.path()).arg("run").assert().success();
    for text in memo_texts(dir.path()) {
        assert!(text.contains("Stichting Laat"), "{text}");
        assert!(
            text.contains(
                "Daarnaast is één reactie na de termijn ontvangen en door de werkgroep als \
                 tijdig aangemerkt."
            ),
            "{text}"
        );
        assert!(
            text.contains("Van één reactie is de datum van ontvangst onbekend"),
            "{text}"
        );
    }
    // Nothing late: without the undated one the memo would say all came
    // in time; with it, it says what is not known.
    std::fs::remove_file(dir.path().join("inbox/responses/a-laat.txt")).unwrap();
    std::fs::remove_file(dir.path().join("inbox/responses/b-uitstel.txt")).unwrap();
    inspraak(dir.path()).arg("run").assert().success();
    for text in memo_texts(dir.path()) {
        assert!(
            !text.contains("Alle reacties zijn binnen de termijn"),
            "{text}"
        );
        assert!(
            text.contains("Geen reactie is als te laat aangemerkt. Van één reactie is de datum"),
            "{text}"
        );
    }
    // The date of receipt: late by it, the letter's own date kept.
    std::fs::write(
        dir.path().join("inbox/responses/d-post.txt"),
        letter("Leiden, 13 oktober 2026", "Gerda Smits"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("inbox/consultation.toml"),
        "deadline = 2026-10-15\n\n[responses.\"d-post.txt\"]\nreceived = 2026-10-19\n\n\
         [responses.\"c-zonder.txt\"]\nlate = false\n",
    )
    .unwrap();
    inspraak(dir.path()).arg("run").assert().success();
    let [md13, _, _] = memo_texts(dir.path());
    assert!(md13.contains("| 19 oktober 2026 | 1 |"), "{md13}");
    assert!(!md13.contains("datum van ontvangst onbekend"), "{md13}");
    let letters: Vec<String> = std::fs::read_dir(dir.path().join("output/letters"))
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .filter(|t| t.contains("Gerda Smits"))
        .collect();
    assert!(!letters.is_empty());
    for l in &letters {
        assert!(l.contains("13 oktober 2026"), "{l}");
        assert!(l.contains("19 oktober 2026"), "{l}");
        assert!(l.contains("Ontvangen op"), "{l}");
    }
}

/// The other side of QA 33c: the same point sent after the deadline by
/// another sender is a late submission all the same (the sender is
/// compared, not only the point), listed as late in 1.3.
#[test]
fn another_senders_late_copy_of_a_point_made_in_time_is_a_late_submission() {
    let body = |name: &str| {
        format!(
            "Geachte werkgroep,\n\nDe eigen bijdrage voor schuldhulp in paragraaf 2.1 is veel \
             te hoog voor gezinnen in nood. Schaf haar af.\n\nMet vriendelijke groet,\n\n{name}\n"
        )
    };
    let dir = tempfile::tempdir().unwrap();
    write_inbox(
        dir.path(),
        &[
            ("consultation.toml", "deadline = 2026-10-15\n"),
            (
                "drafts/01.txt",
                "Visie\n\n1. Inleiding\n\n1.1 Aanleiding\nDe gemeenten willen armoede en schulden samen aanpakken.\n\n2. Uitvoering\n\n2.1 Schuldhulp\nDe eigen bijdrage voor schuldhulp is 50 euro per traject.\n",
            ),
            (
                "responses/01-brief-post.txt",
                &format!("Katwijk, 14 oktober 2026\n\n{}", body("Wendy Brouwer")),
            ),
            (
                "responses/02-brief-mail.eml",
                &format!(
                    "From: Piet Jansen <piet@example.nl>\nTo: inspraak@example.nl\n\
                     Subject: reactie\nDate: Mon, 19 Oct 2026 10:02:00 +0200\n\
                     Content-Type: text/plain; charset=utf-8\n\n{}",
                    body("Piet Jansen")
                ),
            ),
        ],
    );
    inspraak(dir.path()).arg("run").assert().success();
    let md = std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(md.contains("te laat ingediend"), "{md}");
    let late = md
        .split("### 1.3 Te laat ingediende reacties")
        .nth(1)
        .and_then(|s| s.split("\n### ").next())
        .unwrap_or_default();
    assert!(late.contains("| Inwoner 2 |"), "{late}");
    assert!(!late.contains("Inwoner 1"), "{late}");
}

/// QA 33c: the same letter on time by post and again by e-mail after the
/// deadline. The memo answers its points once, as made in time; its 1.3
/// listed the e-mail as a late response (`Ze is in deze nota gemarkeerd
/// als ‘te laat ingediend’`) under a pseudonym found nowhere else, and
/// `check` reported the points as a late submission's.
#[test]
fn a_late_copy_of_a_letter_made_in_time_is_no_late_submission() {
    let body = "Geachte werkgroep,\n\nDe eigen bijdrage voor schuldhulp in paragraaf 2.1 is veel \
                te hoog voor gezinnen in nood. Schaf haar af.\n\nMet vriendelijke groet,\n\n\
                Wendy Brouwer\n";
    let dir = tempfile::tempdir().unwrap();
    write_inbox(
        dir.path(),
        &[
            ("consultation.toml", "deadline = 2026-10-15\n"),
            (
                "drafts/01.txt",
                "Visie\n\n1. Inleiding\n\n1.1 Aanleiding\nDe gemeenten willen armoede en schulden samen aanpakken.\n\n2. Uitvoering\n\n2.1 Schuldhulp\nDe eigen bijdrage voor schuldhulp is 50 euro per traject.\n",
            ),
            (
                "responses/01-brief-post.txt",
                &format!("Katwijk, 14 oktober 2026\n\n{body}"),
            ),
            (
                "responses/02-brief-mail.eml",
                &format!(
                    "From: Wendy Brouwer <wendy@example.nl>\nTo: inspraak@example.nl\n\
                     Subject: reactie\nDate: Mon, 19 Oct 2026 10:02:00 +0200\n\
                     Content-Type: text/plain; charset=utf-8\n\n{body}"
                ),
            ),
        ],
    );
    inspraak(dir.path()).arg("run").assert().success();
    let md = std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(!md.contains("Inwoner 2"), "{md}");
    assert!(!md.contains("te laat ingediend"), "{md}");
    let out = inspraak(dir.path())
        .args(["check", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["kind"] == "open" || f["kind"] == "late_open"),
        "{v:#}"
    );
    assert!(!findings.iter().any(|f| f["kind"] == "late_open"), "{v:#}");
}

/// QA39: a campaign's point showed its first sender's own sentence (`Ik
/// woon zelf ...`) as the text of all three senders, and another sender's
/// own sentence nowhere. The memo shows the sentences all wrote, and each
/// sender's own apart as theirs (`Aanvulling van Inwoner 3: ...`), in the
/// Markdown, HTML and Word memo.
#[test]
fn a_campaigns_point_shows_each_senders_own_sentences_as_theirs() {
    let letter = |name: &str, own: &str| {
        format!(
            "Zandhoven, 10 oktober 2026\n\nGeachte werkgroep,\n\nIk maak mij grote zorgen over het budget voor jeugdhulp in hoofdstuk 3. \
             Als het budget gelijk blijft, worden de wachtlijsten nog langer. Ik vraag u het budget te verhogen.{own}\n\n\
             Met vriendelijke groet,\n\n{name}\n"
        )
    };
    let (a, b, c) = (
        letter(
            "Kees Jansen",
            " Ik woon zelf naast het wijkteam en zie de rij elke dag.",
        ),
        letter("Annemiek van Dijk", ""),
        letter(
            "Yasmina El Amrani",
            " Mijn zoon wacht al een jaar op hulp van het wijkteam.",
        ),
    );
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    youth_campaign_inbox(root, [&a, &b, &c]);
    inspraak(root).arg("run").assert().success();
    let md = std::fs::read_to_string(root.join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        md.contains("Deze reactie is door 3 indieners ingediend"),
        "{md}"
    );
    assert!(
        md.contains("Ik vraag u het budget te verhogen.\n\n**Aanvulling van Inwoner 1:** Ik woon zelf naast het wijkteam en zie de rij elke dag.\n\n**Aanvulling van Inwoner 3:** Mijn zoon wacht al een jaar op hulp van het wijkteam.\n"),
        "{md}"
    );
    assert!(!md.contains("verhogen. Ik woon zelf"), "{md}");
    let html = std::fs::read_to_string(root.join("output/nota-van-beantwoording.html")).unwrap();
    assert!(
        html.contains("<dt>Aanvulling van Inwoner 3</dt>\n<dd class=\"text\">Mijn zoon wacht al een jaar op hulp van het wijkteam.</dd>"),
        "{html}"
    );
    let word = docx_text(&root.join("output/nota-van-beantwoording.docx"));
    assert!(word.contains("Aanvulling van Inwoner 1"), "{word}");
    assert!(word.contains("Mijn zoon wacht al een jaar"), "{word}");
}

/// An inbox with a short youth-care draft and three campaign letters
/// (`responses/campagne-a.txt` ... `-c.txt`), deadline 15 October 2026.
fn youth_campaign_inbox(root: &Path, [a, b, c]: [&str; 3]) {
    write_inbox(
        root,
        &[
            ("consultation.toml", "period_start = 2026-09-01\ndeadline = 2026-10-15\n"),
            (
                "drafts/01-concept.md",
                "# Regiovisie Jeugd 2027-2030\n\n## 1 Inleiding\n\nDe gemeenten werken samen aan de jeugdhulp.\n\n\
                 ## 2 Wijkteam\n\nHet wijkteam is op werkdagen open.\n\n## 3 Financien\n\nHet budget voor jeugdhulp blijft gelijk.\n",
            ),
            ("responses/campagne-a.txt", a),
            ("responses/campagne-b.txt", b),
            ("responses/campagne-c.txt", c),
        ],
    );
}
