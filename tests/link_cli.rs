//! `inspraak sections` and `inspraak comments` on an inbox built from the
//! Haaglanden evaluation set.

mod common;

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn inbox() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/haaglanden");
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    for sub in ["drafts", "responses"] {
        std::fs::create_dir_all(inbox.join(sub)).unwrap();
        for e in std::fs::read_dir(root.join(sub)).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), inbox.join(sub).join(e.file_name())).unwrap();
        }
    }
    dir
}

fn cmd(dir: &tempfile::TempDir) -> Command {
    let mut c = Command::cargo_bin("inspraak").unwrap();
    c.current_dir(dir.path());
    c
}

#[test]
fn sections_lists_chapters_and_appendices() {
    let dir = inbox();
    cmd(&dir)
        .arg("sections")
        .assert()
        .success()
        .stdout(predicate::str::contains("Inleiding"))
        .stdout(predicate::str::contains(
            "Ontwikkelopgaven vroegsignalering",
        ))
        .stdout(predicate::str::contains("Bijlage 2"))
        .stdout(predicate::str::contains("Betrokken organisaties"));
    cmd(&dir)
        .args(["sections", "--version", "01-concept.txt", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"number\": \"Bijlage 3\""));
    cmd(&dir)
        .args(["sections", "--version", "7"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no version 7"));
}

#[test]
fn comments_show_sections_and_reasons() {
    let dir = inbox();
    cmd(&dir)
        .args([
            "comments",
            "--response",
            "01-zienswijze-gemeenteraad-rijswijk.txt",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Gemeenteraad van Rijswijk"))
        .stdout(predicate::str::contains(
            "3. Bij onderdeel B (vroegsignalering)",
        ))
        .stdout(predicate::str::contains("verwijst naar \"onderdeel B\""))
        .stdout(predicate::str::contains("Postbus").not());
    let out = cmd(&dir).args(["comments", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 7);
    // Private persons are shown by pseudonym: `Inwoner` and their number.
    assert!(list
        .iter()
        .any(|r| r["respondent"]
            == format!("Inwoner {}", r["number"].as_u64().unwrap_or(0)).as_str()));
    let park = list
        .iter()
        .flat_map(|r| r["comments"].as_array().unwrap())
        .find(|c| {
            c["text"]
                .as_str()
                .unwrap()
                .contains("verlichting in het park")
        })
        .unwrap();
    // About nothing in the draft: at most a weak suggestion, which the
    // public memo does not name.
    for link in park["sections"].as_array().unwrap() {
        assert_eq!(link["kinds"], serde_json::json!(["weak_topic"]), "{park}");
        assert!(link["reason"]
            .as_str()
            .unwrap()
            .contains("zwakke overeenkomst"));
    }
    cmd(&dir)
        .args(["comments", "--response", "nope.txt"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no response named `nope.txt`"));
}

/// A comment about an appendix the draft does not have: its topical links
/// are suggestions (the memo files it under "algemeen"), and `check`
/// names the missing reference.
#[test]
fn a_reference_to_a_missing_appendix_is_reported_and_links_only_suggestions() {
    let dir = inbox();
    std::fs::write(
        dir.path()
            .join("inbox/responses/99-college-ontbrekende-bijlage.txt"),
        "Van: gemeente@example.nl\n\nGeachte werkgroep,\n\n\
         De visie verwijst naar Bijlage 7 over de budgetten voor huiselijk geweld, \
         maar die bijlage ontbreekt in het concept. Voeg de begroting van de opvang toe.\n\n\
         Met vriendelijke groet,\n\nCollege van burgemeester en wethouders van Rijswijk\n",
    )
    .unwrap();
    let out = cmd(&dir)
        .args([
            "comments",
            "--json",
            "--response",
            "99-college-ontbrekende-bijlage.txt",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = v.to_string();
    assert!(text.contains("Bijlage 7"), "{text}");
    assert!(text.contains("(niet in deze versie)"), "{text}");
    assert!(!text.contains("\"zelfde onderwerp"), "{text}");
    let out = cmd(&dir).args(["check", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The sample's text draft has no pages: a page reference is noted too.
    let notes: Vec<&serde_json::Value> = v["missing_references"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| !n.as_str().unwrap().contains("has no page numbers"))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0]
            .as_str()
            .unwrap()
            .contains("refers to \"Bijlage 7\""),
        "{notes:?}"
    );
    assert!(
        notes[0]
            .as_str()
            .unwrap()
            .contains("its links are suggestions only"),
        "{notes:?}"
    );
}

/// A subsection the draft lacks under a chapter it has (`paragraaf 4.9`,
/// chapter 4 of the Haaglanden draft): the comment is linked to the chapter by that
/// reference, weakly, and `check` calls that link a guess, not a
/// suggestion from shared words.
#[test]
fn a_reference_to_a_missing_subsection_is_noted_as_a_guess_at_its_chapter() {
    let dir = inbox();
    std::fs::write(
        dir.path().join("inbox/responses/98-college-paragraaf.txt"),
        "Van: gemeente@example.nl\n\nGeachte werkgroep,\n\n\
         In paragraaf 4.9 moet een termijn voor de terugkoppeling aan de melder komen. \
         Voeg die toe.\n\n\
         Met vriendelijke groet,\n\nCollege van burgemeester en wethouders van Rijswijk\n",
    )
    .unwrap();
    let out = cmd(&dir).args(["check", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes: Vec<&str> = v["missing_references"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .filter(|n| n.contains("paragraaf 4.9"))
        .collect();
    assert_eq!(notes.len(), 1, "{v}");
    assert!(
        notes[0].contains("its link to `4` (the nearest part it has) is a guess"),
        "{notes:?}"
    );
    assert!(!notes[0].contains("suggestions only"), "{notes:?}");
}

/// Page references on the sample draft, whose pages each hold several
/// sections (page 4: chapter 2 without text of its own, 2.1–2.3; page 7:
/// chapter 5 with its sections): a page or a range of pages offers the
/// sections on it, ranked by the comment's words or, without them, by
/// their text on the page, and the reason names the page's sections.
#[test]
fn page_references_and_ranges_offer_the_sections_on_their_pages() {
    let dir = common::sample_copy();
    let responses = dir.path().join("inbox/responses");
    for e in std::fs::read_dir(&responses).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
    std::fs::write(
        responses.join("brief.txt"),
        "Zeedorp, 2 oktober 2026\n\nGeachte werkgroep,\n\n\
         1. Op pag. 4 mist iets, graag aanvullen.\n\n\
         2. Op p. 7-8 is het verhaal over het tijdelijk huisverbod onduidelijk, graag aanpassen.\n\n\
         3. Op blz. 7 t/m 8 mist iets, graag aanvullen.\n\n\
         Met vriendelijke groet,\n\nStichting Testers\n",
    )
    .unwrap();
    let v = common::comments_json(&dir.path().join("inbox"));
    let comments: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["comments"].as_array().unwrap())
        .collect();
    assert_eq!(comments.len(), 3, "{v:#}");
    let links = |c: &serde_json::Value| -> Vec<(String, String)> {
        c["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["number"].as_str().unwrap().to_string(),
                    l["reason"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // A page with several sections and no other evidence: its sections
    // with text, the one with the most text first.
    let page4 = links(comments[0]);
    let numbers: Vec<&str> = page4.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(numbers, ["2.1", "2.2", "2.3"], "{page4:?}");
    assert!(
        page4[0].1.contains(
            "pagina 4 (§ 2, 2.1, 2.2, 2.3 op die pagina); deze paragraaf beslaat ongeveer"
        ),
        "{}",
        page4[0].1
    );
    // A range, with the comment's words: the section they name.
    let range = links(comments[1]);
    assert_eq!(
        range.first().map(|l| l.0.as_str()),
        Some("5.2.2"),
        "{range:?}"
    );
    assert!(
        range[0]
            .1
            .starts_with("verwijst naar \"p. 7-8\": pagina's 7-8 (§ 5, 5.1,"),
        "{}",
        range[0].1
    );
    // A range without other evidence: sections on those pages only.
    let bare = links(comments[2]);
    assert!(!bare.is_empty());
    for (n, reason) in &bare {
        assert!(n.starts_with('5') || n.starts_with('6'), "{bare:?}");
        assert!(
            reason.starts_with("verwijst naar \"blz. 7 t/m 8\""),
            "{reason}"
        );
    }
}

/// QA28: `Ik ben moeder van een dochter en vind dat hoofdstuk 2 ...`: the
/// chapter, which has no text of its own, was put just below its
/// subsection 2.2 (that only shares words with the comment), and so below
/// the introduction, which shares a few more: the memo filed the point
/// under § 1. An explicit reference to a chapter whose subsections only
/// share words comes first.
#[test]
fn a_named_chapter_without_text_of_its_own_comes_before_shared_words() {
    let dir = common::temp_inbox(&[
        (
            "drafts/01-concept.md",
            "# Regiovisie Jeugd en Gezin 2027-2030\n\n## 1 Inleiding\n\n\
             De gemeenten werken samen aan hulp voor kinderen, jongeren en gezinnen. Deze visie beschrijft de komende vier jaar.\n\n\
             ## 2 Toegang tot hulp\n\n### 2.1 Het wijkteam\n\n\
             Elke gemeente heeft een wijkteam voor vragen over opvoeden en opgroeien.\n\n\
             ### 2.2 De rol van de huisarts\n\n\
             Huisartsen verwijzen veel kinderen en jongeren naar jeugdhulp. Er komt een praktijkondersteuner jeugd.\n\n\
             ## 3 Financiën\n\nHet budget voor jeugdhulp blijft gelijk.\n",
        ),
        (
            "responses/a.txt",
            "Zandhoven, 3 oktober 2026\n\nBeste werkgroep,\n\nIk ben moeder van een dochter en vind dat \
             hoofdstuk 2 te weinig zegt over de GGZ voor jongeren.\n\nGroet,\nAnna de Boer\n",
        ),
        (
            "responses/b.txt",
            "Zandhoven, 3 oktober 2026\n\nBeste werkgroep,\n\nIk vind dat hoofdstuk 2 te weinig zegt \
             over de GGZ voor jongeren.\n\nGroet,\nAnna de Boer\n",
        ),
    ]);
    let out = cmd(&dir).args(["comments", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for r in v.as_array().unwrap() {
        let first = &r["comments"][0]["sections"][0];
        assert_eq!(first["number"], "2", "{r}");
        assert!(
            first["reason"].as_str().unwrap().contains("hoofdstuk 2"),
            "{r}"
        );
    }
    cmd(&dir).arg("run").assert().success();
    let md = std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(md.contains("**Betreft:** § 2 Toegang tot hulp"), "{md}");
}
