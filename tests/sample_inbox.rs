//! The whole pipeline on the sample consultation in `inbox/`.
//!
//! Each test runs the real `inspraak` binary on a copy of `inbox/` in a
//! temporary folder (the repository is never written to) and checks
//! `consultation.json` and the memo against what the sample texts in
//! `examples/sample/` say. The hand labels in `tests/eval/sample/labels.toml`
//! are checked against the sample too.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use assert_cmd::cargo::cargo_bin_cmd;
use serde::Deserialize;
use serde_json::Value;
use tempfile::TempDir;

mod common;

use common::{repo, sample_copy, with_real_file_names};

/// `inspraak run` on `<tmp>/inbox`, writing `<tmp>/output`; returns the JSON.
fn run(tmp: &Path) -> Value {
    cargo_bin_cmd!("inspraak")
        .current_dir(tmp)
        .arg("run")
        .arg("--inbox")
        .arg(tmp.join("inbox"))
        .arg("--out")
        .arg(tmp.join("output"))
        .assert()
        .success();
    let json = fs::read_to_string(tmp.join("output").join("consultation.json")).unwrap();
    let mut json = serde_json::from_str(&json).unwrap();
    with_real_file_names(&tmp.join("inbox"), &mut json);
    json
}

/// `inspraak decide ID --status STATUS --answer ANSWER` on `<tmp>/inbox`.
fn decide(tmp: &Path, id: &str, status: &str, answer: &str) {
    cargo_bin_cmd!("inspraak")
        .current_dir(tmp)
        .args([
            "decide", id, "--status", status, "--answer", answer, "--inbox",
        ])
        .arg(tmp.join("inbox"))
        .assert()
        .success();
}

/// One run of the untouched sample, shared by the read-only tests.
fn shared() -> &'static (TempDir, Value) {
    static RUN: OnceLock<(TempDir, Value)> = OnceLock::new();
    RUN.get_or_init(|| {
        let tmp = sample_copy();
        let json = run(tmp.path());
        (tmp, json)
    })
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn response<'a>(json: &'a Value, file: &str) -> &'a Value {
    json["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == file)
        .unwrap_or_else(|| panic!("no response for {file}"))
}

/// The comment of `file` whose text contains `start` (whitespace squashed).
fn comment<'a>(json: &'a Value, file: &str, start: &str) -> &'a Value {
    let start = squash(start);
    response(json, file)["comments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| squash(c["text"].as_str().unwrap_or("")).contains(&start))
        .unwrap_or_else(|| panic!("no comment of {file} contains {start:?}"))
}

fn section_numbers(comment: &Value) -> Vec<String> {
    comment["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["number"].as_str().unwrap().to_string())
        .collect()
}

fn change(json: &Value, pred: impl Fn(&Value) -> bool) -> Option<&Value> {
    json["changes"].as_array().unwrap().iter().find(|c| pred(c))
}

fn inserted(change: &Value) -> String {
    spans(change, "insert")
}

fn spans(change: &Value, op: &str) -> String {
    change["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["op"] == op)
        .map(|s| s["text"].as_str().unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------
// the labels
// ---------------------------------------------------------------------------

#[derive(Deserialize)]
struct Labels {
    draft: String,
    comment: Vec<Label>,
}

#[derive(Deserialize)]
struct Label {
    file: String,
    start: String,
    sections: Vec<String>,
}

fn labels() -> Labels {
    let text = fs::read_to_string(repo().join("tests/eval/sample/labels.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

/// The text of an inbox file as lopdf reads it (PDF) or as written (text).
fn file_text(path: &Path) -> String {
    if path.extension().is_some_and(|e| e == "pdf") {
        let doc = lopdf::Document::load(path).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        doc.extract_text(&pages).unwrap()
    } else {
        fs::read_to_string(path).unwrap()
    }
}

#[test]
fn labels_match_the_sample() {
    let labels = labels();
    let draft = file_text(&repo().join(&labels.draft));
    let headings: BTreeSet<String> = draft
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            if let Some(rest) = line.strip_prefix("Bijlage ") {
                return rest.split_once(':').map(|(n, _)| format!("Bijlage {n}"));
            }
            let (number, title) = line.split_once(' ')?;
            let numbered = number
                .split('.')
                .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
            let titled = title.chars().next().is_some_and(char::is_uppercase);
            (numbered && titled).then(|| number.to_string())
        })
        .collect();
    assert!(
        headings.contains("5.2.1") && headings.contains("Bijlage 2"),
        "{headings:?}"
    );

    let mut per_file = std::collections::BTreeMap::<&str, usize>::new();
    for label in &labels.comment {
        let path = repo().join("inbox/responses").join(&label.file);
        assert!(
            path.is_file(),
            "labelled file {} is not in inbox/responses",
            label.file
        );
        let text = squash(&file_text(&path));
        assert!(
            text.contains(&squash(&label.start)),
            "{}: {:?} not in its text",
            label.file,
            label.start
        );
        let words = label.start.split_whitespace().count();
        assert!(
            (5..=10).contains(&words),
            "{:?}: start should be 5-10 words",
            label.start
        );
        for section in &label.sections {
            assert!(
                headings.contains(section),
                "{}: section {section} is not in the draft",
                label.file
            );
        }
        *per_file.entry(&label.file).or_default() += 1;
    }
    let responses = fs::read_dir(repo().join("inbox/responses"))
        .unwrap()
        .count();
    assert_eq!(
        per_file.len(),
        responses - 1,
        "every response but the broken scan is labelled"
    );
    assert!((40..=50).contains(&labels.comment.len()));
}

/// The committed `inbox/` is what `cargo run --example make_sample` writes
/// from `examples/sample/`: regenerate it after editing a source.
#[test]
fn inbox_is_in_sync_with_its_sources() {
    let mut checked = 0;
    for sub in ["drafts", "responses"] {
        let sources = repo().join("examples/sample").join(sub);
        for entry in fs::read_dir(&sources).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            let (target, expected) = match name.strip_suffix(".pdf.txt") {
                Some(stem) => {
                    let doc = inspraak::pdfwrite::parse_markup(&fs::read_to_string(&path).unwrap())
                        .unwrap();
                    (format!("{stem}.pdf"), inspraak::pdfwrite::render(&doc))
                }
                None => (name.clone(), fs::read(&path).unwrap()),
            };
            let actual = fs::read(repo().join("inbox").join(sub).join(&target)).unwrap_or_default();
            assert!(
                actual == expected,
                "inbox/{sub}/{target} is out of date: run `cargo run --example make_sample`"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 13);
    assert_eq!(
        fs::read(repo().join("inbox/consultation.toml")).unwrap(),
        fs::read(repo().join("examples/sample/consultation.toml")).unwrap(),
        "inbox/consultation.toml is out of date: run `cargo run --example make_sample`"
    );
    let scan = repo().join("inbox/responses/reactie-scan.pdf");
    assert!(
        lopdf::Document::load(&scan).is_err(),
        "the scan stays broken"
    );
}

// ---------------------------------------------------------------------------
// the run
// ---------------------------------------------------------------------------

#[test]
fn broken_file_is_reported_by_name_and_the_rest_processed() {
    let (_, json) = shared();
    let responses = json["responses"].as_array().unwrap();
    assert_eq!(responses.len(), 12);
    for r in responses {
        if r["file"] == "reactie-scan.pdf" {
            assert_eq!(r["status"], "error");
            // The kind's short reason, as the memo gives it: the message
            // for the working group names files.
            assert_eq!(
                r["error"],
                "Het bestand is beschadigd of geen geldig PDF-bestand"
            );
            assert!(r["comments"].as_array().unwrap().is_empty());
        } else {
            assert_eq!(r["status"], "ok", "{}: {}", r["file"], r["error"]);
            assert!(r["error"].is_null());
            assert!(
                !r["comments"].as_array().unwrap().is_empty(),
                "{} has comments",
                r["file"]
            );
        }
    }
}

#[test]
fn versions_have_the_sections_of_the_drafts() {
    let (_, json) = shared();
    let versions = json["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["file"], "01-inspraakversie.pdf");
    assert_eq!(versions[0]["label"], "Inspraakversie");
    assert_eq!(versions[1]["label"], "Definitieve versie");
    let numbers = |v: &Value| -> Vec<String> {
        v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["number"].as_str().unwrap().to_string())
            .filter(|n| n != "0")
            .collect()
    };
    let chapters = |extra: &[&str]| -> Vec<String> {
        let mut all: Vec<&str> = vec![
            "1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.2.1",
            "3.2.2", "3.2.3", "4", "4.1", "4.2", "4.3", "5", "5.1", "5.2", "5.2.1", "5.2.2",
        ];
        all.extend_from_slice(extra);
        all.into_iter().map(String::from).collect()
    };
    assert_eq!(
        numbers(&versions[0]),
        chapters(&[
            "5.3",
            "6",
            "6.1",
            "6.2",
            "6.3",
            "6.4",
            "7",
            "7.1",
            "7.2",
            "7.3",
            "Bijlage 1",
            "Bijlage 2"
        ])
    );
    // A wrapped line starting with "2029 wordt ..." is running text, not a section.
    assert_eq!(
        numbers(&versions[1]),
        chapters(&[
            "5.3",
            "5.4",
            "5.5",
            "6",
            "6.1",
            "6.2",
            "6.3",
            "7",
            "7.1",
            "7.2",
            "7.3",
            "Bijlage 1",
            "Bijlage 2",
            "Bijlage 3"
        ])
    );
    let draft52 = versions[0]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["number"] == "5.2")
        .unwrap();
    assert_eq!(draft52["title"], "Samenwerken en duurzaam oplossen");
    assert_eq!(
        draft52["pages"][0], 7,
        "5.2 starts on page 7: {}",
        draft52["pages"]
    );
}

#[test]
fn respondents_kinds_dates_and_late_submissions() {
    let (_, json) = shared();
    let expect = [
        (
            "01-zienswijze-gemeenteraad-oudewaard.pdf",
            "council",
            "2026-10-08",
            false,
            false,
        ),
        (
            "02-college-kaagwoude.pdf",
            "executive_board",
            "2026-10-13",
            false,
            false,
        ),
        (
            "03-adviesraad-sociaal-domein-veenmeer.pdf",
            "advisory_council",
            "2026-10-09",
            false,
            false,
        ),
        (
            "04-email-steunpunt-mantelzorg.txt",
            "organisation",
            "2026-10-12",
            false,
            false,
        ),
        (
            "05-reactie-inwoner-de-vries.pdf",
            "resident",
            "2026-10-10",
            false,
            true,
        ),
        (
            "06-inwoner-bakker.md",
            "resident",
            "2026-10-14",
            false,
            true,
        ),
        (
            "07-ouderenbond-kbo.pdf",
            "organisation",
            "2026-10-15",
            false,
            false,
        ),
        (
            "08-huisartsenkring-veenland.pdf",
            "organisation",
            "2026-10-29",
            true,
            false,
        ),
        (
            "09-campagne-van-leeuwen.txt",
            "resident",
            "2026-10-06",
            false,
            true,
        ),
        (
            "10-campagne-yilmaz.txt",
            "resident",
            "2026-10-07",
            false,
            true,
        ),
        (
            "11-vrouwenopvang-rijnstreek.pdf",
            "organisation",
            "2026-10-14",
            false,
            false,
        ),
    ];
    for (file, kind, date, late, private) in expect {
        let r = response(json, file);
        assert_eq!(r["kind"], kind, "{file}");
        assert_eq!(r["date"], date, "{file}");
        assert_eq!(r["late"], late, "{file}: deadline is 2026-10-15");
        assert_eq!(r["private_person"], private, "{file}");
    }
    assert_eq!(
        response(json, "04-email-steunpunt-mantelzorg.txt")["respondent"],
        "Steunpunt Mantelzorg Rijnstreek"
    );
}

#[test]
fn comments_are_split_like_a_careful_reader() {
    let (_, json) = shared();
    let labels = labels();
    for label in &labels.comment {
        let c = comment(json, &label.file, &label.start);
        // No two labelled comments end up in one comment.
        let text = squash(c["text"].as_str().unwrap());
        for other in labels
            .comment
            .iter()
            .filter(|o| o.file == label.file && o.start != label.start)
        {
            assert!(
                !text.contains(&squash(&other.start)),
                "{}: {:?} and {:?} are one comment",
                label.file,
                label.start,
                other.start
            );
        }
        // Letter furniture is not part of a comment.
        for furniture in [
            "Geachte",
            "Met vriendelijke groet",
            "Postbus 2000",
            "uitsluitend bestemd",
        ] {
            assert!(
                !text.contains(furniture),
                "{}: {furniture:?} in {text:?}",
                label.file
            );
        }
    }
}

#[test]
fn council_reference_to_paragraph_5_2_links_it_first() {
    let (_, json) = shared();
    let c = comment(
        json,
        "01-zienswijze-gemeenteraad-oudewaard.pdf",
        "De raad mist in paragraaf 5.2",
    );
    assert_eq!(
        section_numbers(c).first().map(String::as_str),
        Some("5.2"),
        "{}",
        c["sections"]
    );
    assert!(!c["sections"][0]["reason"].as_str().unwrap().is_empty());
}

#[test]
fn literal_quote_links_the_quoted_section() {
    let (_, json) = shared();
    let c = comment(json, "07-ouderenbond-kbo.pdf", "In de visie staat:");
    assert_eq!(
        section_numbers(c).first().map(String::as_str),
        Some("6.1"),
        "{}",
        c["sections"]
    );
}

#[test]
fn private_persons_are_not_named_in_public_files() {
    let (tmp, _) = shared();
    let output = tmp.path().join("output");
    let private = [
        "Marieke de Vries",
        "Populierenlaan",
        "m.devries@example.nl",
        "06-12345678",
        "Thomas Bakker",
        "Kerkstraat 3",
        "Anna van Leeuwen",
        "Molenweg 8",
        "Yılmaz",
        "Sluisstraat 21",
        // A resident's file name that carries her name.
        "inwoner-de-vries",
    ];
    let mut checked = 0;
    for entry in fs::read_dir(&output).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue; // letters/ carry the name: not public
        }
        let bytes = fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for p in private {
            assert!(!text.contains(p), "{} names {p:?}", path.display());
        }
        checked += 1;
    }
    assert!(checked >= 2, "consultation.json and the memo are checked");
}

#[test]
fn changes_show_the_words_the_final_version_inserted() {
    let (_, json) = shared();
    let council = comment(
        json,
        "01-zienswijze-gemeenteraad-oudewaard.pdf",
        "De raad mist in paragraaf 5.2",
    );
    let c52 = change(json, |c| {
        c["before"]["number"] == "5.2" && c["after"]["number"] == "5.2"
    })
    .expect("a change of 5.2");
    assert_eq!(c52["kind"], "modified");
    assert!(inserted(c52).contains("twaalf maanden"), "{}", c52["diff"]);
    assert!(
        squash(&spans(c52, "equal")).contains("De lokale teams volgen de veiligheid in het gezin"),
        "the diff is word-level: unchanged words stay equal: {}",
        c52["diff"]
    );
    assert!(
        c52["comments"].as_array().unwrap().contains(&council["id"]),
        "the council's comment is offered as a cause: {}",
        c52["comments"]
    );

    // A new section 5.3 renumbers the old 5.3 to 5.4.
    let added = change(json, |c| c["after"]["title"] == "Nazorg en herstel").expect("5.3 added");
    assert_eq!(added["kind"], "added");
    assert!(added["before"].is_null());
    assert_eq!(added["after"]["number"], "5.3");
    let opvang =
        change(json, |c| c["before"]["title"] == "Opvang en wonen").expect("opvang changed");
    assert_eq!(opvang["before"]["number"], "5.3");
    assert_eq!(opvang["after"]["number"], "5.4");
    assert!(
        inserted(opvang).contains("uitgebreid naar 40"),
        "{}",
        opvang["diff"]
    );

    // 6.4 moved into chapter 5; 6.3 renamed; the glossary became Bijlage 2.
    let moved = change(json, |c| c["before"]["number"] == "6.4").expect("6.4 changed");
    assert_eq!(moved["kind"], "moved");
    assert_eq!(moved["after"]["number"], "5.5");
    let renamed =
        change(json, |c| c["before"]["title"] == "Gendergerelateerd geweld").expect("6.3");
    assert_eq!(renamed["kind"], "renamed");
    assert_eq!(
        renamed["after"]["title"],
        "Gendergerelateerd en eergerelateerd geweld"
    );
    let glossary = change(json, |c| c["before"]["title"] == "Begrippenlijst");
    if let Some(g) = glossary {
        assert_eq!(g["after"]["number"], "Bijlage 2", "{g}");
    }
    let appendix =
        change(json, |c| c["after"]["title"] == "Verantwoording inspraak").expect("new appendix");
    assert_eq!(appendix["kind"], "added");
    assert_eq!(appendix["after"]["number"], "Bijlage 1");
}

// ---------------------------------------------------------------------------
// decisions
// ---------------------------------------------------------------------------

const ANSWER: &str =
    "De lokale teams volgen gezinnen voortaan ten minste twaalf maanden na afsluiting van de hulp.";

fn assert_decision_shown(tmp: &Path, json: &Value) {
    let c = comment(
        json,
        "01-zienswijze-gemeenteraad-oudewaard.pdf",
        "De raad mist in paragraaf 5.2",
    );
    assert_eq!(c["decision"]["status"], "adopted");
    assert_eq!(c["decision"]["answer"], ANSWER);
    let memo = fs::read_to_string(tmp.join("output").join("nota-van-beantwoording.md")).unwrap();
    assert!(memo.contains(ANSWER), "the answer is in the memo");
}

#[test]
fn decision_recorded_with_decide_shows_in_json_and_memo() {
    let tmp = sample_copy();
    let first = run(tmp.path());
    let id = comment(
        &first,
        "01-zienswijze-gemeenteraad-oudewaard.pdf",
        "De raad mist in paragraaf 5.2",
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    decide(tmp.path(), &id, "adopted", ANSWER);
    assert!(
        tmp.path().join("ledger.toml").is_file(),
        "the ledger sits beside the inbox"
    );
    let second = run(tmp.path());
    assert_decision_shown(tmp.path(), &second);
}

#[test]
fn decision_in_a_hand_written_ledger_shows_in_json_and_memo() {
    let tmp = sample_copy();
    let first = run(tmp.path());
    let id = comment(
        &first,
        "01-zienswijze-gemeenteraad-oudewaard.pdf",
        "De raad mist in paragraaf 5.2",
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    let ledger = format!("[decisions.\"{id}\"]\nstatus = \"adopted\"\nanswer = \"{ANSWER}\"\n");
    fs::write(tmp.path().join("ledger.toml"), ledger).unwrap();
    let second = run(tmp.path());
    assert_decision_shown(tmp.path(), &second);
}

/// Every `Reactie 12.3` heading of the Markdown memo with the line after
/// the number (respondent and kind).
fn memo_numbers(tmp: &Path) -> BTreeSet<String> {
    let memo = fs::read_to_string(tmp.join("output/nota-van-beantwoording.md")).unwrap();
    memo.lines()
        .filter_map(|l| l.strip_prefix("#### Reactie "))
        .map(str::to_string)
        .collect()
}

#[test]
fn numbers_and_pseudonyms_stay_when_a_response_arrives() {
    let tmp = sample_copy();
    let first = run(tmp.path());
    // The run records each response's number in the ledger.
    let ledger = fs::read_to_string(tmp.path().join("ledger.toml")).unwrap();
    let recorded = ledger
        .lines()
        .filter(|l| l.contains(".pdf\" = ") || l.contains(".txt\" = ") || l.contains(".md\" = "))
        .count();
    let files = first["responses"].as_array().unwrap().len();
    assert_eq!(recorded, files, "{ledger}");
    let before = memo_numbers(tmp.path());
    assert!(before.len() >= 20, "{before:?}");
    let letters_before: Vec<(String, String)> = letters(tmp.path());
    // A late resident letter whose file name sorts before all others.
    fs::write(
        tmp.path().join("inbox/responses/00-inwoner-aardema.txt"),
        "Geachte werkgroep,\n\nIk ben inwoner van Veenmeer. De opvang voor mannen die \
         slachtoffer zijn van huiselijk geweld ontbreekt in paragraaf 5.3; ook zij moeten \
         een veilige plek kunnen krijgen.\n\nMet vriendelijke groet,\n\nPieter Aardema\n",
    )
    .unwrap();
    let second = run(tmp.path());
    let new = response(&second, "00-inwoner-aardema.txt");
    assert_eq!(new["number"], files + 1, "{new}");
    // Every earlier number still names the same respondent's point.
    let after = memo_numbers(tmp.path());
    let missing: Vec<&String> = before.difference(&after).collect();
    assert!(missing.is_empty(), "numbers changed: {missing:?}");
    assert!(
        after
            .iter()
            .any(|n| n.starts_with(&format!("{}.1: Inwoner", files + 1))),
        "{after:?}"
    );
    // The pseudonyms of earlier residents are unchanged; the newcomer's
    // is after its own number.
    for r in first["responses"].as_array().unwrap() {
        let again = response(&second, r["file"].as_str().unwrap());
        assert_eq!(again["public_name"], r["public_name"]);
        assert_eq!(again["number"], r["number"]);
    }
    assert_eq!(new["public_name"], format!("Inwoner {}", files + 1));
    // So no earlier respondent's letter changes.
    let letters_after: Vec<(String, String)> = letters(tmp.path());
    for (name, text) in &letters_before {
        let again = letters_after.iter().find(|(n, _)| n == name);
        assert_eq!(again.map(|(_, t)| t), Some(text), "letter {name} changed");
    }
    assert_eq!(
        letters_after.len(),
        letters_before.len() + 2,
        "html and md letter"
    );
}

/// The letters in the output: (file name, text), sorted.
fn letters(tmp: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir(tmp.join("output/letters"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "html"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_number_given_twice_by_hand_is_reported_and_only_the_second_file_renumbered() {
    use predicates::prelude::PredicateBooleanExt;
    let tmp = sample_copy();
    run(tmp.path());
    let path = tmp.path().join("ledger.toml");
    let ledger = fs::read_to_string(&path).unwrap();
    let edited = ledger.replace(
        "\"02-college-kaagwoude.pdf\" = 2",
        "\"02-college-kaagwoude.pdf\" = 1",
    );
    assert_ne!(edited, ledger);
    fs::write(&path, edited).unwrap();
    let out = cargo_bin_cmd!("inspraak")
        .current_dir(tmp.path())
        .args(["run", "--inbox"])
        .arg(tmp.path().join("inbox"))
        .arg("--out")
        .arg(tmp.path().join("output"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("more than one response the same number: 1 (01-"),
        "{stderr}"
    );
    // Only the second file is numbered anew: by its text, its own number
    // again; recorded, so `check` has nothing more to say about it.
    assert!(
        stderr.contains("02-college-kaagwoude.pdf is now 2"),
        "{stderr}"
    );
    let ledger = fs::read_to_string(&path).unwrap();
    assert!(
        ledger.contains("\"02-college-kaagwoude.pdf\" = 2"),
        "{ledger}"
    );
    // Not in the public files.
    let json = fs::read_to_string(tmp.path().join("output/consultation.json")).unwrap();
    assert!(!json.contains("same number"));
    let memo = fs::read_to_string(tmp.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(!memo.contains("same number"));
    cargo_bin_cmd!("inspraak")
        .current_dir(tmp.path())
        .args(["check", "--inbox"])
        .arg(tmp.path().join("inbox"))
        .assert()
        .stdout(predicates::str::contains("response numbers").not());
}

/// The public files at the top of the output folder (the memo, the JSON,
/// the redline), as text.
fn public_texts(tmp: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(tmp.join("output")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let text = String::from_utf8_lossy(&fs::read(&path).unwrap()).into_owned();
            out.push((path.display().to_string(), text));
        }
    }
    out
}

#[test]
fn a_residents_pseudonym_stays_when_another_goes_and_comes_back() {
    let tmp = sample_copy();
    let pseudonyms = |json: &Value| -> Vec<(String, String)> {
        json["responses"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["private_person"] == true)
            .map(|r| {
                let file = r["file"].as_str().unwrap().to_string();
                (file, r["public_name"].as_str().unwrap().to_string())
            })
            .collect()
    };
    let first = pseudonyms(&run(tmp.path()));
    assert!(first.len() >= 3, "{first:?}");
    // The first resident's letter is taken out, then put back.
    let (gone, _) = first[0].clone();
    let path = tmp.path().join("inbox/responses").join(&gone);
    let bytes = fs::read(&path).unwrap();
    fs::remove_file(&path).unwrap();
    let without = pseudonyms(&run(tmp.path()));
    assert_eq!(
        without,
        first[1..].to_vec(),
        "no one takes over a pseudonym"
    );
    fs::write(&path, bytes).unwrap();
    assert_eq!(pseudonyms(&run(tmp.path())), first);
}

#[test]
fn a_letter_that_names_no_sender_is_not_published_by_its_file_name() {
    let tmp = sample_copy();
    fs::write(
        tmp.path().join("inbox/responses/brief-jan-de-vries.txt"),
        "Geachte werkgroep,\n\nIn paragraaf 4.1 ontbreekt aandacht voor sportverenigingen; \
         trainers zien vaak als eersten dat een kind thuis geweld meemaakt. Neem hen op in \
         de voorlichting.\n\nMet vriendelijke groet,\n",
    )
    .unwrap();
    let json = run(tmp.path());
    let r = response(&json, "brief-jan-de-vries.txt");
    let n = r["number"].as_u64().unwrap();
    assert_eq!(r["public_name"], format!("Inzending {n}"));
    assert!(r["comments"].to_string().contains("sportverenigingen"));
    for (path, text) in public_texts(tmp.path()) {
        let lower = text.to_lowercase();
        assert!(!lower.contains("jan de vries"), "{path} names the file");
        assert!(!lower.contains("jan-de-vries"), "{path} names the file");
    }
    // Its letter goes by the public name too.
    let letters: Vec<String> = fs::read_dir(tmp.path().join("output/letters"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        letters.iter().any(|l| l == &format!("inzending-{n}.md")),
        "{letters:?}"
    );
    assert!(!letters.iter().any(|l| l.contains("jan")), "{letters:?}");
}

#[test]
fn an_orphaned_decision_on_a_residents_comment_names_nobody_in_public() {
    let tmp = sample_copy();
    let first = run(tmp.path());
    let resident = "06-inwoner-bakker.md";
    let id = response(&first, resident)["comments"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    decide(tmp.path(), &id, "noted", "Dank u.");
    fs::remove_file(tmp.path().join("inbox/responses").join(resident)).unwrap();
    let json = run(tmp.path());
    // Its response is gone from the inbox: the decision is not published as
    // if it were current (it was listed, without a sender, before `decide
    // --drop` existed).
    let orphans = json["orphaned_decisions"].as_array().map_or(0, Vec::len);
    assert_eq!(orphans, 0, "{json}");
    for (path, text) in public_texts(tmp.path()) {
        for name in ["Thomas Bakker", "Bakker"] {
            assert!(!text.contains(name), "{path} names {name:?}");
        }
    }
    // The working group still sees whose it was.
    let ledger = fs::read_to_string(tmp.path().join("ledger.toml")).unwrap();
    assert!(ledger.contains("Thomas Bakker"));
}
