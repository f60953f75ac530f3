//! Who sent a letter: respondent, kind and date (QA32d).

use super::*;

fn split(text: &str) -> Letter {
    let doc = crate::extract::extract_plain_text("r.txt", text.as_bytes());
    split_response(&doc, "r-1")
}

fn split_file(file: &str, text: &str) -> Letter {
    let doc = crate::extract::extract_bytes(file, text.as_bytes()).expect("readable");
    split_response(&doc, "r-1")
}

fn texts(l: &Letter) -> Vec<String> {
    l.comments.iter().map(|c| c.text.clone()).collect()
}

#[test]
fn a_given_name_after_the_closing_ends_a_one_paragraph_letter() {
    let body = "hoi ik heb die visie gelezen. de opvang moet dichterbij want nu moeten vrouwen naar leiden ;) verder vind ik het goed hoor";
    for (end, name) in [
        (" 👍 groetjes Priya", "Priya"),
        (" :) groetjes priya", "Priya"),
        (". Groeten Sanne", "Sanne"),
        (" Groetjes Jan-Willem", "Jan-Willem"),
        (" groetjes priya", "Priya"),
        (" met vriendelijke groet Sanne", "Sanne"),
    ] {
        let l = split(&format!("{body}{end}\n"));
        assert_eq!(l.respondent.as_deref(), Some(name), "{end}");
        assert_eq!(l.kind, RespondentKind::Resident, "{end}");
        assert!(l.private_person, "{end}");
        let t = texts(&l);
        assert!(
            t.iter().all(|c| !c.to_lowercase().contains("groet")
                && !c.contains(name)
                && c.contains("goed hoor")),
            "{end}: {t:#?}"
        );
    }
    // A greeting passed on in the sentence names no signer, and a word of
    // the language after the closing is none.
    for end in [" en doe de groeten aan Sanne", " groetjes allemaal"] {
        let l = split(&format!("{body}{end}\n"));
        assert!(!l.private_person, "{end}: {:?}", l.respondent);
        assert!(texts(&l).concat().contains(end.trim()), "{end}");
    }
}

#[test]
fn an_office_named_in_full_signs_for_the_organisation_after_van() {
    for (office, org) in [
        (
            "De directeur publieke gezondheid van GGD Hollands Midden,",
            "GGD Hollands Midden",
        ),
        (
            "De voorzitter van de Raad van Bestuur van Alrijne Zorggroep,",
            "Alrijne Zorggroep",
        ),
        (
            "De directeur-bestuurder van GGD Hollands Midden,",
            "GGD Hollands Midden",
        ),
    ] {
        let l = split(&format!(
            "Leiden, 9 oktober 2026\n\nGeachte werkgroep,\n\n1. Wij vragen u in paragraaf 7.3 ook gezondheidsgegevens te monitoren.\n\n\
             Met vriendelijke groet,\n\n{office}\n\ndr. M. Verbeek\n"
        ));
        assert_eq!(l.respondent.as_deref(), Some(org), "{office}");
        assert_eq!(l.kind, RespondentKind::Organisation, "{office}");
        assert!(!l.private_person, "{office}");
    }
}

#[test]
fn a_forms_compound_label_is_no_part_of_the_respondents_name() {
    let answers = "1. Herkent u zich in de centrale ambitie (hoofdstuk 3)?\n\nGrotendeels. Wij missen de sport als vindplaats van signalen.\n";
    for label in [
        "Naam organisatie",
        "Naam organisatie/instelling",
        "Naam van de organisatie",
        "Organisatie",
        "Namens",
    ] {
        for (file, text) in [
            (
                "vragenlijst.txt",
                format!("{label}: Sportraad Kaagwoude\nDatum: 9 oktober 2026\n\n{answers}"),
            ),
            (
                "vragenlijst.md",
                format!(
                    "**{label}:** Sportraad Kaagwoude\n\n**Datum:** 9 oktober 2026\n\n{answers}"
                ),
            ),
        ] {
            let l = split_file(file, &text);
            assert_eq!(
                l.respondent.as_deref(),
                Some("Sportraad Kaagwoude"),
                "{file}: {label}"
            );
            assert_eq!(l.kind, RespondentKind::Organisation, "{file}: {label}");
            assert_eq!(
                l.date,
                chrono::NaiveDate::from_ymd_opt(2026, 10, 9),
                "{file}: {label}"
            );
            assert!(
                texts(&l).iter().all(|c| !c.contains("Sportraad")),
                "{file}: {label}: {:#?}",
                texts(&l)
            );
        }
    }
}

#[test]
fn a_letter_signed_by_several_bodies_is_all_of_theirs() {
    let body = "Alphen, 12 oktober 2026\n\nGeacht bestuur,\n\nDe gemeenteraden hebben de regiovisie besproken en dienen hierbij een gezamenlijke zienswijze in.\n\n\
                1. Wij vragen u in paragraaf 7.1 op te nemen dat de raden jaarlijks een voortgangsrapportage ontvangen.\n\n\
                2. Wij vragen u de bijdrage per gemeente in paragraaf 7.2 in een tabel op te nemen.\n\nMet vriendelijke groet,\n\n";
    let councils = "De gemeenteraad van Oudewaard,\nde griffier, mr. P. Jansen\nde voorzitter, drs. K. de Groot\n\n\
                    De gemeenteraad van Kaagwoude,\nde griffier, L. Smit\nde voorzitter, J.A. Veldman\n\n\
                    De gemeenteraad van Veenmeer,\nde griffier, R. Boer\nde voorzitter, H. de Ruiter\n";
    let l = split(&format!("{body}{councils}"));
    assert_eq!(
        l.respondent.as_deref(),
        Some("Gemeenteraden van Oudewaard, Kaagwoude en Veenmeer")
    );
    assert_eq!(l.kind, RespondentKind::Council);
    assert!(!l.private_person);
    assert_eq!(texts(&l).len(), 2, "{:#?}", texts(&l));
    // Organisations, each above who signs for it.
    let orgs = "Stichting Veilig Opgroeien Rijnstreek\nA.M. de Wit-Bakker, voorzitter\n\n\
                Vereniging Vrouwenopvang Veenland\nJ. Jansen, secretaris\n\n\
                GGD Hollands Midden\ndr. M. Verbeek, directeur\n";
    let l = split(&format!("{body}{orgs}"));
    assert_eq!(
        l.respondent.as_deref(),
        Some("Stichting Veilig Opgroeien Rijnstreek, Vereniging Vrouwenopvang Veenland en GGD Hollands Midden")
    );
    assert_eq!(l.kind, RespondentKind::Organisation);
    // One body, its name again in the footer or a second signer below it,
    // is one respondent.
    for one in [
        "De gemeenteraad van Oudewaard,\nde griffier, mr. P. Jansen\nde voorzitter, drs. K. de Groot\n",
        "Namens het bestuur van Stichting Veilig Opgroeien Rijnstreek,\nA.M. de Wit-Bakker, voorzitter\n\nStichting Veilig Opgroeien Rijnstreek\nJ. Jansen, secretaris\n",
        "Stichting Veilig Opgroeien Rijnstreek\nA.M. de Wit-Bakker\nvoorzitter\nKerkstraat 5\n2316 XB Veenmeer\n",
    ] {
        let l = split(&format!("{body}{one}"));
        let r = l.respondent.unwrap_or_default();
        assert!(!r.contains(" en ") && !r.contains(','), "{one}: {r}");
    }
}

#[test]
fn joint_names_put_a_shared_body_word_in_the_plural() {
    let names = |v: &[&str]| {
        super::metadata::joint_name(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    };
    assert_eq!(
        names(&["Gemeenteraad van A", "Gemeenteraad van B"]),
        "Gemeenteraden van A en B"
    );
    assert_eq!(
        names(&["Gemeente Aa", "Gemeente Bee", "Gemeente Cee"]),
        "Gemeenten Aa, Bee en Cee"
    );
    assert_eq!(
        names(&[
            "College van burgemeester en wethouders van A",
            "College van burgemeester en wethouders van B"
        ]),
        "Colleges van burgemeester en wethouders van A en B"
    );
    assert_eq!(names(&["Stichting A", "GGD B"]), "Stichting A en GGD B");
}

#[test]
fn a_forward_with_only_a_note_about_the_message_below_is_the_forwarded_senders() {
    let mail = "From: Wijkteam Noord <wijkteamnoord@veenmeer.nl>\nTo: regiovisie@veenland.nl\n\
                Subject: FW: Mijn reactie op de regiovisie\nDate: Wed, 14 Oct 2026 10:00:00 +0200\n\
                MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHallo,\n\n{NOTE}\n\nGroet,\nWijkteam Noord\n\n\
                Van: Gerda Molenaar <gerda.molenaar@kpnmail.nl>\nVerzonden: dinsdag 13 oktober 2026 19:22\n\
                Aan: Wijkteam Noord <wijkteamnoord@veenmeer.nl>\nOnderwerp: Mijn reactie op de regiovisie\n\n\
                Beste mensen,\n\nIk ben 78 en woon alleen. In paragraaf 6.1 staat dat ouderenmishandeling aandacht krijgt, maar niemand heeft mij ooit gevraagd hoe het gaat. Zorg dat de wijkverpleging ouderen hier naar vraagt.\n\n\
                Groetjes,\nGerda Molenaar\nLindelaan 4, Veenmeer\n";
    for note in [
        "Onderstaande reactie kregen wij van een bewoner. Kunnen jullie die meenemen?",
        "Hieronder een reactie van een bewoner uit onze wijk.",
        "Bijgaande mail is voor jullie.",
    ] {
        let l = split_file("fw.eml", &mail.replace("{NOTE}", note));
        assert_eq!(l.respondent.as_deref(), Some("Gerda Molenaar"), "{note}");
        assert_eq!(l.kind, RespondentKind::Resident, "{note}");
        assert_eq!(
            l.date,
            chrono::NaiveDate::from_ymd_opt(2026, 10, 13),
            "{note}"
        );
        let t = texts(&l);
        assert_eq!(t.len(), 1, "{note}: {t:#?}");
        assert!(t[0].starts_with("Ik ben 78"), "{note}: {t:#?}");
    }
    // A forwarder with a view of their own stays the sender.
    let l = split_file(
        "fw.eml",
        &mail.replace(
            "{NOTE}",
            "Onderstaande reactie kregen wij van een bewoner. Wij vinden dat de wijkteams hier meer tijd voor moeten krijgen.",
        ),
    );
    assert_eq!(l.respondent.as_deref(), Some("Wijkteam Noord"));
}

#[test]
fn a_date_only_in_the_running_header_is_the_letters() {
    let lines = [
        "Zienswijze van de gemeenteraad van Oudewaard op de regiovisie",
        "Geacht college,",
        "1. Wij vragen u op te nemen dat elke basisschool minimaal eens per jaar een gastles krijgt.",
        "Met vriendelijke groet,",
        "De raad van de gemeente Oudewaard,",
        "mr. P. Jansen, griffier",
    ];
    let page = |n: u32, lines: &[&str]| crate::model::Page {
        number: n,
        lines: lines
            .iter()
            .enumerate()
            .map(|(i, t)| crate::model::Line {
                text: t.to_string(),
                x: 70.0,
                y: 100.0 + 20.0 * i as f32,
                font_size: 10.0,
                paragraph_start: true,
                ..Default::default()
            })
            .collect(),
        header: vec![
            "Gemeenteraad Oudewaard Ons kenmerk: RG/2026/0412".into(),
            format!("Datum: 8 oktober 2026 Pagina {n} van 2"),
        ],
        ..Default::default()
    };
    let doc = Document {
        file: "r.pdf".into(),
        pages: vec![page(1, &lines[..3]), page(2, &lines[3..])],
        ..Default::default()
    };
    let l = split_response(&doc, "r-1");
    assert_eq!(l.date, chrono::NaiveDate::from_ymd_opt(2026, 10, 8));
    // A header that only mentions a date (an e-mail's subject) gives none.
    let mut subject = doc.clone();
    for p in &mut subject.pages {
        p.header = vec!["Reactie op de avond van 3 oktober 2026".into()];
    }
    assert_eq!(split_response(&subject, "r-1").date, None);
    // A date in the letter itself comes first.
    let mut dated = doc.clone();
    dated.pages[0].lines[0].text = "Oudewaard, 6 oktober 2026".into();
    assert_eq!(
        split_response(&dated, "r-1").date,
        chrono::NaiveDate::from_ymd_opt(2026, 10, 6)
    );
}
