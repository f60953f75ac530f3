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
    let letter = only_letter(tmp.path());
    assert!(letter.contains("de indiener van inzending 1"), "{letter}");
    assert!(!letter.to_lowercase().contains("karel"), "{letter}");
}

/// A `respondent` in consultation.toml that is empty or only spaces names
/// nobody: `run` warns and does not use it, so the sender read from the
/// letter stands (here the e-mail's `From:` name), and without one the
/// letter goes to `de indiener van inzending N`; never to nobody.
#[test]
fn an_empty_respondent_setting_is_warned_about_and_not_used() {
    for (blank, mail, addressee) in [
        (
            "\"\"",
            "From: \"Karel\" <karel@example.nl>\nSubject: inloop\nDate: Mon, 5 Oct 2026 \
             10:00:00 +0200\n\nDe inloop in het buurthuis moet ook op zondag open zijn.\n",
            "**Aan:** Karel",
        ),
        (
            "\"   \"",
            "Subject: inloop\n\nDe inloop in het buurthuis moet ook op zondag open zijn.\n",
            "**Aan:** de indiener van inzending 1",
        ),
    ] {
        let settings = format!(
            "title = \"Visie Wijkzorg\"\n\n[responses.\"mail.eml\"]\nrespondent = {blank}\n\
             kind = \"organisation\"\n"
        );
        let tmp = temp_inbox(&[
            ("drafts/01-concept.md", DRAFT),
            ("consultation.toml", &settings),
            ("responses/mail.eml", mail),
        ]);
        let out = run(tmp.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("[responses.\"mail.eml\"] sets an empty respondent"),
            "{err}"
        );
        let letter = only_letter(tmp.path());
        assert!(letter.contains(addressee), "{letter}");
    }
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

#[test]
fn an_organisations_letter_signed_by_its_name_or_below_a_job_title_is_the_organisations() {
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        (
            "responses/01.txt",
            "Oostmeer, 8 mei 2019\n\nGeachte werkgroep,\n\nNamens onze organisatie: wij vragen \
             om de inloop in het buurthuis ook op zondag te openen; onze cliënten zijn dan alleen.\n\n\
             Met vriendelijke groet,\n\nZonnehof De Bilt\n",
        ),
        (
            "responses/02.txt",
            "Oostmeer, 8 mei 2019\n\nGeachte werkgroep,\n\nBetrek de wijkverpleging bij het \
             signaleren van eenzaamheid onder ouderen.\n\nMet vriendelijke groet,\n\nWoonzorg Oostmeer\n",
        ),
        (
            "responses/03.txt",
            "Van: Secretariaat GGD Oostkust <secretariaat@ggd.example.nl>\n\
             Verzonden: vrijdag 10 mei 2019 16:42\nAan: wijkzorg@oostmeer.example.nl\n\
             Onderwerp: Reactie GGD Oostkust\n\nBeste werkgroep,\n\n\
             Namens GGD Oostkust onze reactie op het concept.\n\n\
             - Het buurthuis moet een inloop voor jonge ouders krijgen.\n\
             - Neem de jeugdgezondheidszorg op bij het signaleren van eenzaamheid.\n\n\
             Met vriendelijke groet,\n\nDr. S. el Amrani\nSectorhoofd Jeugd, GGD Oostkust\n",
        ),
    ]);
    run(tmp.path());
    let json: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(tmp.path().join("out/consultation.json")).unwrap(),
    )
    .unwrap();
    let responses = json["responses"].as_array().unwrap();
    let names: Vec<&str> = responses
        .iter()
        .map(|r| r["respondent"].as_str().unwrap())
        .collect();
    for name in ["Zonnehof De Bilt", "Woonzorg Oostmeer", "GGD Oostkust"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    for r in responses {
        assert_eq!(r["private_person"], false, "{r}");
    }
    let ggd = responses
        .iter()
        .find(|r| r["respondent"] == "GGD Oostkust")
        .unwrap();
    let comments = ggd["comments"].as_array().unwrap();
    assert_eq!(comments.len(), 2, "{comments:#?}");
    assert!(tmp.path().join("out/letters/ggd-oostkust.md").exists());
}

#[test]
fn a_date_in_a_sentence_of_the_body_does_not_make_a_letter_late() {
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        ("consultation.toml", "deadline = 2023-12-15\n"),
        (
            "responses/01-college.txt",
            "Geachte Raad,\n\nDe visie bouwt voort op de vorige. Per 1 januari 2024 start het \
             buurthuis als inloop voor ouderen. Wij vragen om in paragraaf 2 de rol van het \
             buurthuis te beschrijven.\n\nMet vriendelijke groet,\n\n\
             het college van burgemeester en wethouders,\nE. van Dam, gemeentesecretaris\n",
        ),
    ]);
    let out = run(tmp.path());
    let json: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(tmp.path().join("out/consultation.json")).unwrap(),
    )
    .unwrap();
    let r = &json["responses"][0];
    assert_eq!(r["late"], false, "{r}");
    assert!(r["date"].is_null(), "{r}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no date found"), "{stderr}");
}

#[test]
fn an_emls_from_and_date_headers_give_sender_and_date() {
    // QA: an `.eml` from `Sanne Pietersen <...>` signed `Sanne`, sent on 2
    // November after a 15 October deadline: no sender, no date, not late.
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        ("consultation.toml", "deadline = 2026-10-15\n"),
        (
            "responses/mail.eml",
            "From: Sanne Pietersen <s.pietersen@example.nl>\nTo: inspraak@example.nl\n\
             Subject: Reactie visie\nDate: Mon, 2 Nov 2026 21:14:03 +0100\n\
             Content-Type: text/plain; charset=utf-8\n\nHoi,\n\n\
             De inloop in het buurthuis moet ook op zondag open. Bij Pietersen thuis zitten \
             we dan alleen.\n\nGroet,\nSanne\n",
        ),
    ]);
    run(tmp.path());
    let text = fs::read_to_string(tmp.path().join("out/consultation.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let r = &json["responses"][0];
    assert_eq!(r["date"], "2026-11-02", "{r}");
    assert_eq!(r["late"], true, "{r}");
    assert_eq!(r["respondent"], "Inwoner 1", "{r}");
    let memo = fs::read_to_string(tmp.path().join("out/nota-van-beantwoording.md")).unwrap();
    for public in [&text, &memo] {
        assert!(!public.contains("Pietersen"), "{public}");
        assert!(!public.contains("s.pietersen"), "{public}");
    }
    assert_eq!(r["comments"].as_array().map(Vec::len), Some(1), "{r}");
    let letter = fs::read_to_string(tmp.path().join("out/letters/inwoner-1.md")).unwrap();
    assert!(letter.contains("Sanne Pietersen"), "{letter}");
}

/// QA23 eml-date-utc-deadline: an `.eml` sent at 23:30 UTC on the
/// deadline day was judged on time by the header's own date; in the
/// Netherlands it was 00:30 the next day (+01:00 in winter, +02:00 in
/// summer): late, and dated so.
#[test]
fn an_emls_date_is_judged_in_dutch_local_time() {
    for (deadline, sent, date, late) in [
        (
            "2024-01-15",
            "Mon, 15 Jan 2024 23:30:00 +0000",
            "2024-01-16",
            true,
        ),
        (
            "2024-01-15",
            "Mon, 15 Jan 2024 22:30:00 +0000",
            "2024-01-15",
            false,
        ),
        (
            "2026-10-15",
            "Thu, 15 Oct 2026 22:30:00 +0000",
            "2026-10-16",
            true,
        ),
        (
            "2026-10-15",
            "Thu, 15 Oct 2026 21:30:00 +0000",
            "2026-10-15",
            false,
        ),
        (
            "2026-10-16",
            "Thu, 15 Oct 2026 18:30:00 -0500",
            "2026-10-16",
            false,
        ),
    ] {
        let tmp = temp_inbox(&[
            ("drafts/01-concept.md", DRAFT),
            ("consultation.toml", &format!("deadline = {deadline}\n")),
            (
                "responses/mail.eml",
                &format!(
                    "From: Sanne Pietersen <s.pietersen@example.nl>\nSubject: Reactie visie\n\
                     Date: {sent}\nContent-Type: text/plain; charset=utf-8\n\nHoi,\n\n\
                     De inloop in het buurthuis moet ook op zondag open.\n\nGroet,\nSanne\n"
                ),
            ),
        ]);
        run(tmp.path());
        let text = fs::read_to_string(tmp.path().join("out/consultation.json")).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let r = &json["responses"][0];
        assert_eq!(r["date"], date, "{sent}: {r}");
        assert_eq!(r["late"], late, "{sent}: {r}");
    }
}

/// The one Markdown letter a run wrote under `dir/out/letters`.
fn only_letter(dir: &std::path::Path) -> String {
    let letters: Vec<_> = fs::read_dir(dir.join("out/letters"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert_eq!(letters.len(), 1, "{letters:?}");
    fs::read_to_string(&letters[0]).unwrap()
}

/// QA26: a response saved on a Mac has a decomposed `é` in its name (NFD);
/// the table in consultation.toml names it as typed (NFC). The table was
/// said to name no file and dropped. And a letter signed by a person that
/// the working group sets to `kind = "organisatie"` stayed a private
/// person's (`Inwoner 1`): the kind set decides, `private` aside.
#[test]
fn a_table_names_a_mac_file_name_and_its_kind_decides_who_is_named() {
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        (
            "responses/reactie-sportclub-Jose\u{301}.txt",
            "Geachte werkgroep,\n\nHet buurthuis moet ook op zondag open zijn voor de \
             jongeren van de sportclub.\n\nMet sportieve groet,\n\nJosé Pereira\n",
        ),
        (
            "consultation.toml",
            "[responses.\"reactie-sportclub-Jos\u{e9}.txt\"]\nrespondent = \"Voetbalvereniging \
             Zoeterhout\"\nkind = \"organisatie\"\n",
        ),
    ]);
    let out = run(tmp.path());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("names no file"), "{err}");
    let memo = fs::read_to_string(tmp.path().join("out/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains("#### Reactie 1.1: Voetbalvereniging Zoeterhout"),
        "{memo}"
    );
}
