//! Who sent a response, through the real binary: an Outlook reply's
//! quoted message is not the sender, a response without a sender's name is
//! answered without the file name as addressee, and the same resident
//! writing twice is pointed out in `run` and `check` (QA reports).

use std::fs;

mod common;

use common::{assert_success, inspraak, temp_inbox};

const DRAFT: &str = "# Visie Wijkzorg\n\n# 1 Inleiding\n\n## 1.1 Aanleiding\n\n\
                     De wijk wil eenzaamheid onder ouderen eerder signaleren.\n\n# 2 Aanpak\n\n\
                     ## 2.1 Buurthuis\n\nHet buurthuis krijgt een inloop voor ouderen en jongeren.\n";

fn run(dir: &std::path::Path) -> std::process::Output {
    let out = inspraak(dir)
        .args(["run", "--inbox", "inbox", "--out", "out", "--no-cache"])
        .output()
        .unwrap();
    assert_success(&out);
    out
}

#[test]
fn an_outlook_replys_quoted_message_does_not_make_the_sender() {
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        (
            "responses/antwoord-bea-smit.txt",
            "Van: Bea Smit <bea@example.nl>\nVerzonden: woensdag 4 november 2026 10:00\n\
             Aan: wijkzorg@oostmeer.example.nl\nOnderwerp: RE: uw reactie\n\nBeste mensen,\n\n\
             De inloop in het buurthuis moet ook op zondag open zijn voor ouderen.\n\nGroet,\nBea\n\n\
             Van: Wijkzorg Oostmeer <wijkzorg@oostmeer.example.nl>\n\
             Verzonden: dinsdag 3 november 2026 09:00\nAan: Bea Smit <bea@example.nl>\n\
             Onderwerp: uw reactie\n\nBeste mevrouw Smit,\n\n\
             Kunt u uitleggen welke inloop van het buurthuis u bedoelt?\n\n\
             Met vriendelijke groet,\nGemeente Oostmeer\n",
        ),
    ]);
    run(tmp.path());
    let json = fs::read_to_string(tmp.path().join("out/consultation.json")).unwrap();
    assert!(
        !json.contains("bea-smit") && !json.contains("Bea"),
        "{json}"
    );
    assert!(!json.contains("uitleggen"), "{json}");
    assert!(json.contains("Inwoner 1"), "{json}");
    let letter = fs::read_to_string(tmp.path().join("out/letters/inwoner-1.md")).unwrap();
    assert!(letter.contains("Bea Smit"), "{letter}");
}

#[test]
fn a_letter_to_an_unknown_sender_is_not_addressed_to_the_file_name() {
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        (
            "responses/07 brief karel appel.txt",
            "Geachte werkgroep,\n\nDe inloop in het buurthuis moet ook op zondag open zijn.\n",
        ),
    ]);
    run(tmp.path());
    let letters: Vec<_> = fs::read_dir(tmp.path().join("out/letters"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert_eq!(letters.len(), 1, "{letters:?}");
    let letter = fs::read_to_string(&letters[0]).unwrap();
    assert!(letter.contains("de indiener van inzending 1"), "{letter}");
    assert!(!letter.to_lowercase().contains("karel"), "{letter}");
}

#[test]
fn the_same_resident_writing_twice_is_pointed_out() {
    let letter = |date: &str, point: &str| {
        format!(
            "Oostmeer, {date}\n\nGeachte werkgroep,\n\n{point}\n\nMet vriendelijke groet,\n\n\
             Fenna Hoekstra\nLindelaan 8\n1234 AB Oostmeer\n"
        )
    };
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        (
            "responses/a.txt",
            &letter(
                "2 november 2026",
                "Het buurthuis moet ook op zondag open zijn.",
            ),
        ),
        (
            "responses/b.txt",
            &letter(
                "5 november 2026",
                "Nog een punt: de inloop moet ook voor jongeren zijn.",
            ),
        ),
    ]);
    let out = run(tmp.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let warning = stderr
        .lines()
        .find(|l| l.contains("same name"))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(
        warning.contains("a.txt (Inwoner 1)") && warning.contains("b.txt (Inwoner 2)"),
        "{warning}"
    );
    assert!(!warning.contains("Hoekstra"), "{warning}");
    let check = inspraak(tmp.path())
        .args(["check", "--inbox", "inbox"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        text.contains("same name") && text.contains("a.txt") && text.contains("b.txt"),
        "{text}"
    );
    // One resident per name: no warning.
    let memo = fs::read_to_string(tmp.path().join("out/nota-van-beantwoording.md")).unwrap();
    assert!(!memo.contains("same name"), "{memo}");
}
