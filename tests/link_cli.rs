//! `inspraak sections` and `inspraak comments` on an inbox built from the
//! Haaglanden evaluation set.

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
    let notes = v["missing_references"].as_array().unwrap();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0]
            .as_str()
            .unwrap()
            .contains("refers to \"Bijlage 7\""),
        "{notes:?}"
    );
}
