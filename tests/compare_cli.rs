//! `inspraak diff` run as a user would.

use assert_cmd::Command;
use predicates::prelude::*;

const CONCEPT: &str = "1 Inleiding
Deze regiovisie beschrijft de samenwerking van de gemeenten op het gebied van beschermd wonen.

2 Uitgangspunten
Wij werken vanuit drie uitgangspunten. De inwoner staat centraal en niet het aanbod.

3 Financiën
De regio ontvangt een decentralisatie-uitkering van ongeveer zestig miljoen euro per jaar.
";

const DEFINITIEF: &str = "1 Inleiding
Deze regiovisie beschrijft de samenwerking van de gemeenten op het gebied van beschermd wonen.

2 Uitgangspunten
Wij werken vanuit drie uitgangspunten. De inwoner staat centraal en niet het aanbod. De regio
betrekt ervaringsdeskundigen bij de uitvoering.

3 Financiën en verantwoording
De regio ontvangt een decentralisatie-uitkering van ongeveer zestig miljoen euro per jaar.
";

fn inbox(drafts: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("inbox").join("drafts");
    std::fs::create_dir_all(&d).unwrap();
    for (name, text) in drafts {
        std::fs::write(d.join(name), text).unwrap();
    }
    dir
}

fn diff(dir: &tempfile::TempDir) -> Command {
    let mut cmd = Command::cargo_bin("inspraak").unwrap();
    cmd.arg("diff")
        .arg("--inbox")
        .arg(dir.path().join("inbox"))
        .env_remove("NO_COLOR");
    cmd
}

#[test]
fn redline_with_markers_and_summary() {
    let dir = inbox(&[("1-concept.txt", CONCEPT), ("2-definitief.txt", DEFINITIEF)]);
    diff(&dir)
        .args(["--color", "never"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Inspraakversie (1-concept.txt) → Definitief (2-definitief.txt)",
        ))
        .stdout(predicate::str::contains(
            "== 2 Uitgangspunten (modified, +7 −0 words)",
        ))
        .stdout(predicate::str::contains(
            "het aanbod. {+De regio betrekt ervaringsdeskundigen bij de uitvoering.+}",
        ))
        .stdout(predicate::str::contains(
            "3 Financiën {+en verantwoording+}",
        ))
        .stdout(predicate::str::contains(
            "2 change(s): 1 modified, 1 renamed",
        ))
        .stdout(predicate::str::contains("Inleiding").not())
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn one_section_coloured_and_word_counts_only() {
    let dir = inbox(&[("1-concept.txt", CONCEPT), ("2-definitief.txt", DEFINITIEF)]);
    diff(&dir)
        .args(["1", "2", "--section", "3", "--color", "always"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "\u{1b}[32men verantwoording\u{1b}[0m",
        ))
        .stdout(predicate::str::contains("Uitgangspunten").not());
    diff(&dir)
        .args(["--words", "--color", "never"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "== 2 Uitgangspunten (modified, +7 −0 words)",
        ))
        .stdout(predicate::str::contains("ervaringsdeskundigen").not());
}

#[test]
fn versions_in_reverse_and_unknown_ones() {
    let dir = inbox(&[("1-concept.txt", CONCEPT), ("2-definitief.txt", DEFINITIEF)]);
    diff(&dir)
        .args(["2-definitief.txt", "1-concept", "--color", "never"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "[-De regio betrekt ervaringsdeskundigen bij de uitvoering.-]",
        ));
    diff(&dir)
        .args(["3"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no version 3"));
    diff(&dir)
        .args(["--section", "9.9"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("section `9.9` is in neither"));
}

#[test]
fn a_single_version_is_a_clear_error() {
    let dir = inbox(&[("1-concept.txt", CONCEPT)]);
    diff(&dir)
        .assert()
        .failure()
        .stderr(predicate::str::contains("needs two versions"));
}
