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
            "== 2 Uitgangspunten (modified, +7 −0 words)\n\
             + De regio betrekt ervaringsdeskundigen bij de uitvoering.\n",
        ))
        .stdout(predicate::str::contains("+ en verantwoording\n"))
        // Only the changed words, not the unchanged text around them.
        .stdout(predicate::str::contains("uitgangspunten.").not());
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

/// The redline shows a kept section's old number and title struck through
/// and the new ones inserted, and where a moved section came from; the
/// draft's words stay escaped.
#[test]
fn redline_headings_show_old_and_new_numbers_and_titles() {
    let concept = "1 Organisatie\n\n1.1 Rollen\n\nDe centrumgemeente voert de regie op de \
        regionale taken.\n\n1.2 Financiën & <kosten>\n\nDe regionale taken worden betaald uit \
        de decentralisatie-uitkering.\n\n2 Uitvoering\n\n2.1 Wijkteams\n\nDe wijkteams \
        voeren de hulp uit in de wijken van alle gemeenten.\n\n2.2 Monitoring\n\nDe regio \
        volgt de resultaten met een jaarlijkse monitor.\n";
    let definitief = "1 Organisatie\n\n1.1 Nieuw\n\nEen nieuwe paragraaf over de samenwerking.\n\n\
        1.2 Rollen\n\nDe centrumgemeente voert de regie op de regionale taken.\n\n1.3 \
        Financiering\n\nDe regionale taken worden betaald uit de decentralisatie-uitkering.\n\n\
        1.4 Monitoring\n\nDe regio volgt de resultaten met een jaarlijkse monitor.\n\n2 \
        Uitvoering\n\n2.1 Wijkteams\n\nDe wijkteams voeren de hulp uit in de wijken van alle \
        gemeenten.\n";
    let dir = inbox(&[
        ("01-concept.txt", concept),
        ("02-definitief.txt", definitief),
    ]);
    std::fs::create_dir_all(dir.path().join("inbox/responses")).unwrap();
    Command::cargo_bin("inspraak")
        .unwrap()
        .current_dir(dir.path())
        .args(["run", "-q"])
        .assert()
        .success();
    let html = std::fs::read_to_string(dir.path().join("output/wijzigingen.html")).unwrap();
    assert!(
        html.contains(
            "<del>1.1</del> <ins>1.2</ins> Rollen <span class=\"badge\">vernummerd</span>"
        ),
        "{html}"
    );
    assert!(
        html.contains(
            "<del>1.2</del> <ins>1.3</ins> <del>Financiën &amp; &lt;kosten&gt;</del> \
             <ins>Financiering</ins>"
        ),
        "{html}"
    );
    assert!(!html.contains("<kosten>"), "{html}");
    assert!(
        html.contains("<del>2.2</del> <ins>1.4</ins> Monitoring"),
        "{html}"
    );
    assert!(
        html.contains("Verplaatst; stond in de inspraakversie als 2.2 Monitoring."),
        "{html}"
    );
}

/// A chapter split in two takes its subsection along to the part split
/// off: the subsection only gets a new number (`renumbered`, which needs
/// no explanation), it did not move (QA: it was called moved and counted
/// as a change made for a comment).
#[test]
fn a_subsection_that_goes_with_the_part_split_off_is_renumbered_not_moved() {
    let concept = "1 Inleiding\n\nDeze visie beschrijft de aanpak van huiselijk geweld in de \
        regio.\n\n2 Aanpak\n\n2.1 Samenwerken en duurzaam oplossen\n\nGeen enkele organisatie \
        kan huiselijk geweld alleen oplossen. De lokale teams, Veilig Thuis en de politie \
        werken samen in complexe situaties.\n\nDe lokale teams volgen de veiligheid in het \
        gezin nog een periode na afsluiting van de hulp.\n\n2.1.1 Tijdelijk huisverbod\n\nDe \
        burgemeester kan een tijdelijk huisverbod opleggen aan een pleger. Binnen drie \
        werkdagen start de hulp aan de pleger en aan de achterblijvers.\n\n3 Opvang\n\nDe \
        opvang wordt uitgebreid met tien plaatsen voor vrouwen en kinderen.\n";
    let definitief = concept
        .replace("2.1 Samenwerken en duurzaam oplossen", "2.1 Samenwerken")
        .replace(
            "De lokale teams volgen",
            "2.2 Duurzaam oplossen\n\nDe lokale teams volgen",
        )
        .replace("2.1.1 Tijdelijk", "2.2.1 Tijdelijk");
    let dir = inbox(&[
        ("01-concept.txt", concept),
        ("02-definitief.txt", &definitief),
    ]);
    let out = diff(&dir)
        .args(["--words", "--color", "never"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("split into 2.2 Duurzaam oplossen"),
        "{stdout}"
    );
    let line = stdout
        .lines()
        .find(|l| l.contains("Tijdelijk huisverbod"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("(renumbered"), "{line}");
    assert!(!line.contains("moved"), "{line}");
}

/// Drafts without a number in front of their names are compared in the
/// alphabet's order: `diff` warns so, as every command does, listing the
/// order; it does not warn about the responses it does not read.
#[test]
fn unnumbered_drafts_are_warned_about() {
    let dir = inbox(&[
        ("inspraakversie.txt", CONCEPT),
        ("definitief.txt", DEFINITIEF),
    ]);
    diff(&dir)
        .args(["--color", "never"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "the drafts `definitief.txt`, `inspraakversie.txt` have no number in front",
        ))
        .stderr(predicate::str::contains("responses/").not());
    let numbered = inbox(&[("1-concept.txt", CONCEPT), ("2-definitief.txt", DEFINITIEF)]);
    diff(&numbered)
        .args(["--color", "never"])
        .assert()
        .success()
        .stderr(predicate::str::contains("no number in front").not());
}

/// File names from a Mac write their accents decomposed (NFD: `u` and a
/// combining accent); named on the command line as a terminal types them
/// (NFC), `diff`, `sections --version` and `comments --response` still
/// find them.
#[test]
fn file_names_are_found_whatever_the_form_of_their_accents() {
    let nfd = |s: &str| unicode_normalization::UnicodeNormalization::nfd(s).collect::<String>();
    let draft = nfd("2-definitief-Súdwest.txt");
    let response = nfd("reactie Súdwest-Fryslân.txt");
    assert_ne!(draft, "2-definitief-Súdwest.txt");
    let dir = inbox(&[("1-concept.txt", CONCEPT), (&draft, DEFINITIEF)]);
    let responses = dir.path().join("inbox/responses");
    std::fs::create_dir_all(&responses).unwrap();
    std::fs::write(
        responses.join(&response),
        "Geachte werkgroep,\n\nDe wachttijd voor beschermd wonen is veel te lang voor inwoners.\n",
    )
    .unwrap();
    diff(&dir)
        .args(["--color", "never", "1", "2-definitief-Súdwest.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2 change(s)"));
    for args in [
        ["sections", "--version", "2-definitief-Súdwest.txt"],
        ["comments", "--response", "reactie Súdwest-Fryslân.txt"],
    ] {
        Command::cargo_bin("inspraak")
            .unwrap()
            .args(args)
            .arg("--inbox")
            .arg(dir.path().join("inbox"))
            .assert()
            .success();
    }
}
