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

/// A form's organisation field with the acronym the name spells out in
/// brackets after it: the name without it; other brackets stay.
#[test]
fn a_forms_organisation_is_named_without_its_own_acronym() {
    let answers = "1. Herkent u zich in de centrale ambitie (hoofdstuk 3)?\n\nGrotendeels. Wij missen de sport als vindplaats van signalen.\n";
    for (field, name) in [
        (
            "Sportraad Kaagwoude Noord (SKN)",
            "Sportraad Kaagwoude Noord",
        ),
        (
            "Sportraad Kaagwoude (afdeling Noord)",
            "Sportraad Kaagwoude (afdeling Noord)",
        ),
        ("Sportraad Kaagwoude (SR)", "Sportraad Kaagwoude (SR)"),
    ] {
        let l = split_file(
            "vragenlijst.txt",
            &format!("Naam organisatie: {field}\nDatum: 9 oktober 2026\n\n{answers}"),
        );
        assert_eq!(l.respondent.as_deref(), Some(name), "{field}");
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
    // People who each sign with their function in another organisation,
    // on their line or the line below their name: those organisations
    // together.
    for officers in [
        "Jan de Boer, voorzitter Stichting Mantelzorg Leiden
Anne Visser, voorzitter Stichting Jeugdbelang Katwijk
",
        "Jan de Boer
voorzitter Stichting Mantelzorg Leiden

Anne Visser
secretaris Stichting Jeugdbelang Katwijk
",
    ] {
        let l = split(&format!("{body}{officers}"));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Stichting Mantelzorg Leiden en Stichting Jeugdbelang Katwijk"),
            "{officers}"
        );
        assert_eq!(l.kind, RespondentKind::Organisation, "{officers}");
        assert!(!l.private_person, "{officers}");
    }
    // Two officers of one organisation: that organisation.
    let l = split(&format!(
        "{body}Jan de Boer, voorzitter Stichting Mantelzorg Leiden
Anne Visser, secretaris Stichting Mantelzorg Leiden
"
    ));
    assert_eq!(l.respondent.as_deref(), Some("Stichting Mantelzorg Leiden"));
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

/// QA33a: an organisation that signs with its name above its director's
/// name in office, or with nothing but the name it heads the letter with,
/// writing `wij`, is that organisation, not a private person.
#[test]
fn an_organisation_signing_by_name_is_no_resident() {
    let l = split(
        "Rijnhart Wonen\nPostbus 1200\n2300 BA Leiden\n\nLeiden, 12 oktober 2026\n\n\
         Geachte heer, mevrouw,\n\nWij staan achter het principe dat mensen na beschermd wonen \
         snel een eigen woning krijgen. Wel zijn wij terughoudend over vaste aantallen.\n\n\
         Met vriendelijke groet,\nRijnhart Wonen\nir. M. de Graaf, directeur-bestuurder\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("Rijnhart Wonen"));
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
    let l = split(
        "SchuldHulpMaatje Leiden\n\nLeiden, 11 oktober 2026\n\nGeacht college,\n\n\
         Wij zijn blij met de aandacht voor vroegsignalering. Neem vrijwillige schuldhulp op \
         als partner bij het voorkomen van huisuitzettingen.\n\n\
         Met vriendelijke groet,\nSchuldHulpMaatje Leiden\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("SchuldHulpMaatje Leiden"));
    assert_eq!(l.kind, RespondentKind::Organisation);
    // A person heading the letter with their own name and writing `ik`
    // stays a private person, and so does a couple signing one a line.
    let l = split(
        "Karin Visser\nZwanenhof 14\n\nLeiden, 11 oktober 2026\n\nGeachte werkgroep,\n\n\
         Ik vind de wachttijd van zes weken veel te lang voor gezinnen.\n\n\
         Met vriendelijke groet,\nKarin Visser\n",
    );
    assert!(l.private_person, "{:?}", l.respondent);
    let l = split(
        "Geachte werkgroep,\n\nWij vinden de wachttijd van zes weken veel te lang.\n\n\
         Met vriendelijke groet,\nPeter de Wit\nSandra Bakker\n",
    );
    assert!(l.private_person, "{:?}", l.respondent);
}

/// QA33c: a council's zienswijze headed by its title line and signed by
/// the griffier alone is the council's the title names, not the title's.
#[test]
fn a_title_line_names_the_council_not_the_respondent() {
    let l = split(
        "Zienswijze van de gemeenteraad van Noordwijk op de concept-regiovisie Jeugdhulp \
         Duinstreek\n\nNoordwijk, 25 maart 2027\n\nGeachte werkgroep,\n\n\
         1. De raad vraagt een maximale wachttijd van acht weken in paragraaf 2.2.\n\
         2. De raad vraagt extra middelen voor preventie in hoofdstuk 4.\n\n\
         De griffier,\nJ. Pietersen\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("Gemeenteraad van Noordwijk"));
    assert_eq!(l.kind, RespondentKind::Council);
}

pub(super) const RAADSBESLUIT: &str = "Gemeenteraad van Zoeterhout\n\nRAADSBESLUIT\n\n\
Raadsvergadering: 8 oktober 2026\nOnderwerp: Zienswijze op de concept-Regiovisie\n\n\
De raad van de gemeente Zoeterhout;\n\n\
gelezen het voorstel van burgemeester en wethouders van 15 september 2026;\n\n\
gelet op artikel 5 van de Gemeenschappelijke regeling Sociaal Domein Rijnland;\n\n\
besluit:\n\n\
1. in te stemmen met de concept-Regiovisie Sociaal Domein Rijnland 2027-2030;\n\n\
2. de volgende zienswijze kenbaar te maken aan de werkgroep regiovisie:\n\
a. de wachttijd voor een eerste gesprek met het sociaal wijkteam (paragraaf 2.1) moet worden teruggebracht van zes naar twee weken;\n\
b. de reservering voor innovatie in hoofdstuk 4 wordt verhoogd van 2 naar 5 procent van het budget;\n\n\
3. het college op te dragen deze zienswijze voor 15 oktober 2026 aan de werkgroep te zenden.\n\n\
Aldus besloten in de openbare vergadering van 8 oktober 2026.\n\n\
De griffier,                    De voorzitter,\n\
mr. A.M. de Graaf               drs. P.J. Verhoef\n\n";

pub(super) const AMENDEMENT: &str = "AMENDEMENT A1 – Cliëntondersteuning voor jongeren\n\n\
De raad van de gemeente Zoeterhout, in vergadering bijeen op 8 oktober 2026,\n\
behandelend het raadsvoorstel Zienswijze concept-Regiovisie Sociaal Domein Rijnland 2027-2030;\n\n\
besluit het ontwerpbesluit als volgt te wijzigen:\n\
aan beslispunt 2 wordt toegevoegd:\n\
c. de regio neemt in paragraaf 2.2 op dat jongeren tot 23 jaar recht hebben op gratis onafhankelijke cliëntondersteuning.\n\n\
Toelichting:\n\
Jongeren die 18 worden vallen nu tussen wal en schip bij de overgang van Jeugdwet naar Wmo.\n\n\
Aangenomen met 17 stemmen voor en 6 tegen.\n\n\
Ingediend door: CDA, GroenLinks, PvdA\n\n";

pub(super) const MOTIE: &str = "MOTIE M3 – Vaste contactpersoon voor speciaal onderwijs\n\n\
De raad van de gemeente Zoeterhout, in vergadering bijeen op 8 oktober 2026,\n\n\
constaterende dat:\n\
- de concept-regiovisie in paragraaf 3.2 elke school een vaste contactpersoon van het wijkteam belooft;\n\
- het speciaal onderwijs in de regio buiten de gemeentegrenzen is gevestigd;\n\n\
overwegende dat:\n\
- leerlingen van het speciaal onderwijs vaak de zwaarste ondersteuningsvraag hebben;\n\n\
verzoekt het college:\n\
- bij de werkgroep regiovisie erop aan te dringen dat ook scholen voor speciaal onderwijs een vaste contactpersoon krijgen;\n\
- de raad voor 1 januari 2027 te informeren over de uitkomst;\n\n\
en gaat over tot de orde van de dag.\n\n\
Aangenomen met algemene stemmen.\n\n\
Ingediend door: VVD, D66\n";

/// QA33d: a council's decision with the amendment and motion it adopted
/// is the council's, never the parties' that moved them (`Ingediend door:
/// VVD, D66`: a label is never part of a name).
#[test]
fn a_council_decision_package_is_the_councils_not_its_movers() {
    let package = format!("{RAADSBESLUIT}{AMENDEMENT}{MOTIE}");
    for text in [package.as_str(), MOTIE, AMENDEMENT] {
        let l = split(text);
        let r = l.respondent.clone().unwrap_or_default();
        assert!(!r.to_lowercase().contains("ingediend"), "{r}");
        assert!(!r.contains("VVD") && !r.contains("CDA"), "{r}");
    }
    // The council the decision names as who decides.
    for text in [package.as_str(), RAADSBESLUIT, MOTIE] {
        let l = split(text);
        let r = l.respondent.clone().unwrap_or_default();
        assert!(
            [
                "Gemeenteraad van Zoeterhout",
                "Raad van de gemeente Zoeterhout"
            ]
            .contains(&r.as_str()),
            "{r}"
        );
        assert_eq!(l.kind, RespondentKind::Council, "{r}");
    }
}

/// QA34b eml-from-name-with-org: an unsigned e-mail whose From name is a
/// person's with their organisation after it (`Pieter Bakker (Gemeente
/// X)`, `Bakker, Marja | Buurtteam Noord`), written with `ik`, is the
/// person's, a resident's; written as the organisation (`wij`, `namens`)
/// it is the organisation's. The person's name never becomes an
/// organisation's.
#[test]
fn a_from_name_with_an_organisation_is_the_persons_who_writes_ik() {
    for from in [
        "\"Pieter Bakker (Gemeente Kaagwoude)\" <p.bakker@kaagwoude.example.nl>",
        "\"Bakker, Pieter (Gemeente Kaagwoude)\" <p.bakker@kaagwoude.example.nl>",
        "\"Bakker, Marja | Buurtteam Noord\" <m.bakker@example.nl>",
    ] {
        let l = split_file(
            "r.eml",
            &format!(
                "From: {from}\nSubject: reactie\nContent-Type: text/plain; charset=utf-8\n\n\
                 Hallo,\n\nIk vind dat de meldcode in paragraaf 4.3 ook voor \
                 sportverenigingen moet gelden.\n\nGroet\n"
            ),
        );
        assert_eq!(
            l.kind,
            RespondentKind::Resident,
            "{from}: {:?}",
            l.respondent
        );
        assert!(l.private_person, "{from}: {:?}", l.respondent);
        let r = l.respondent.unwrap_or_default();
        assert!(!r.contains(['(', '|']), "{from}: {r}");
        assert!(r.ends_with("Bakker"), "{from}: {r}");
    }
    let l = split_file(
        "r.eml",
        "From: \"Pieter Bakker (Gemeente Kaagwoude)\" <p@example.nl>\nSubject: reactie\n\
         Content-Type: text/plain; charset=utf-8\n\nGeachte werkgroep,\n\nNamens de gemeente \
         Kaagwoude vragen wij de meldcode in paragraaf 4.3 ook voor sportverenigingen te laten \
         gelden. Wij werken hier graag aan mee.\n\nGroet\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("Gemeente Kaagwoude"));
    assert!(!l.private_person);
}

/// QA35: a letter signed `Het bestuur van KBO Zandveen`, written `wij`,
/// was read as a private person's (the secretary's name below it): only
/// an organisation has a board, so the name after `Het bestuur van` is an
/// organisation's whatever its words (an acronym and a place).
#[test]
fn a_board_signing_makes_an_acronym_and_a_place_an_organisation() {
    let body = "Zandveen, 2 april 2027\n\nAan de werkgroep mobiliteitsvisie\n\n\
                Geachte dames en heren,\n\nNamens onze 640 leden reageren wij op de visie.\n\n\
                1. Plaats bij alle bushaltes een bankje.\n\n\
                2. Het bestellen van de belbus moet ook telefonisch kunnen.\n\n\
                Met vriendelijke groet,\n\n";
    for (org, signer) in [
        ("KBO Zandveen", "A. Verhoef-Smits, secretaris"),
        ("FNV Lek en Giessen", "P. de Boer, voorzitter"),
        ("ZLTO Zandveen", "J. Jansen"),
        ("CDA-fractie Zandveen", "K. Brouwer"),
    ] {
        for head in ["", &format!("{org}\n\n")] {
            let l = split(&format!("{head}{body}Het bestuur van {org}\n{signer}\n"));
            assert_eq!(l.respondent.as_deref(), Some(org), "{org} {head:?}");
            assert_eq!(l.kind, RespondentKind::Organisation, "{org}");
            assert!(!l.private_person, "{org}");
        }
    }
    // Not a council's college, nor a line that names no one.
    assert_eq!(
        metadata::board_of("Het bestuur van Burgemeester en wethouders"),
        None
    );
    assert_eq!(metadata::board_of("Het bestuur van de vereniging"), None);
    assert_eq!(
        metadata::board_of("Het dagelijks bestuur van KBO Zandveen"),
        Some("KBO Zandveen")
    );
}

/// QA35: the letterhead `KBO Zandveen` with a descriptive line under it
/// (`Seniorenvereniging voor Zandveen en omstreken`): the name that heads
/// and signs the letter is the sender, not the line that describes it.
#[test]
fn the_name_that_heads_and_signs_wins_over_a_tagline_below_it() {
    let l = split(
        "KBO Zandveen\nSeniorenvereniging voor Zandveen en omstreken\n\n\
         Zandveen, 2 april 2027\n\nAan de werkgroep mobiliteitsvisie\n\n\
         Geachte dames en heren,\n\nNamens onze 640 leden reageren wij op de visie.\n\n\
         1. Plaats bij alle bushaltes een bankje.\n\n\
         2. Het bestellen van de belbus moet ook telefonisch kunnen.\n\n\
         Met vriendelijke groet,\n\nHet bestuur van KBO Zandveen\nA. Verhoef-Smits, secretaris\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("KBO Zandveen"));
    assert_eq!(l.kind, RespondentKind::Organisation);
}

/// QA35: an informal closing with a full name on its line (`gr Emre
/// Kaya`, `groetjes emre kaya`) lost the given name (`Kaya`): all the
/// words after the closing are the name.
#[test]
fn an_informal_closing_keeps_the_full_name_after_it() {
    let body = "hallo,\n\nik vind het echt belachelijk dat er overal 30 km/u moet komen. steek dat geld liever in betere bussen.\n\n";
    for (closing, name) in [
        ("gr Emre Kaya", "Emre Kaya"),
        ("Gr Emre Kaya", "Emre Kaya"),
        ("groetjes emre kaya", "Emre Kaya"),
        ("groeten, ria de groot", "Ria de Groot"),
        ("Groet, Emre Kaya", "Emre Kaya"),
        ("Gr Joris", "Joris"),
        ("groet, ahmed", "Ahmed"),
    ] {
        let l = split(&format!("{body}{closing}\n"));
        assert_eq!(l.respondent.as_deref(), Some(name), "{closing}");
        assert!(l.private_person, "{closing}");
        assert_eq!(l.comments.len(), 1, "{closing}: {:#?}", texts(&l));
    }
}

/// QA35: an organisation's letterhead with a tagline below its name
/// (`Fietsersbond Lek en Giessen` / `Samen voor veilig fietsen`): the
/// name is the sender, the tagline neither the sender nor a comment,
/// whoever signs and whether a salutation follows or not.
#[test]
fn a_tagline_below_the_letterheads_name_is_neither_sender_nor_comment() {
    let points = "Wij steunen de snelfietsroute tussen Alblasmeer en Lekkerdam.\n\n\
                  Leg bij de bushaltes overdekte fietsenstallingen aan.\n\n";
    for tagline in ["Samen voor veilig fietsen", "Samen sterk voor de fiets!"] {
        for salutation in [
            "Aan de werkgroep Regionale Mobiliteitsvisie\n\nGeachte werkgroep,\n\n",
            "Aan de werkgroep Regionale Mobiliteitsvisie\n\nBetreft: reactie op de mobiliteitsvisie\n\n",
            "Geachte werkgroep,\n\n",
            "",
        ] {
            for signature in [
                "Jan de Wit, voorzitter\n",
                "Fietsersbond Lek en Giessen\nJan de Wit, voorzitter\n",
                "Jan de Wit\n",
            ] {
                let l = split(&format!(
                    "Fietsersbond Lek en Giessen\n{tagline}\n\nAlblasmeer, 9 april 2027\n\n\
                     {salutation}{points}Met vriendelijke groet,\n\n{signature}"
                ));
                let case = format!("{tagline:?} {salutation:?} {signature:?}");
                assert_eq!(
                    l.respondent.as_deref(),
                    Some("Fietsersbond Lek en Giessen"),
                    "{case}"
                );
                assert_eq!(l.kind, RespondentKind::Organisation, "{case}");
                let t = texts(&l);
                assert_eq!(t.len(), 2, "{case}: {t:#?}");
                assert!(t[0].starts_with("Wij steunen"), "{case}: {t:#?}");
            }
        }
    }
}

/// QA35c: an e-mail from `Bakker, Marja | Organisation` that writes `wij`
/// on the organisation's behalf is the organisation's, also with a part of
/// it set off by commas after its name (`Namens X, team Y, reageren wij`)
/// and signed with the organisation above the signer in office.
#[test]
fn an_email_on_an_organisations_behalf_is_no_residents() {
    let head = "From: Bakker, Marja | Vluchtelingenhulp Midden-Nederland <m.bakker@example.nl>\n\
                To: agenda@example.nl\nDate: Mon, 12 Oct 2026 09:40:11 +0200\nSubject: Zienswijze\n\n\
                Beste werkgroep,\n\n";
    let body = "Wij waarderen dat de agenda de huisvesting van statushouders benoemt. Wij vragen \
                de gemeenten de taakstelling tijdig te halen.\n\nMet vriendelijke groet,\n\n";
    for (opening, signature) in [
        (
            "Namens Vluchtelingenhulp Midden-Nederland, team Vechtstreek, reageren wij op de agenda.\n\n",
            "Marja Bakker\nregiomanager Vluchtelingenhulp Midden-Nederland\n",
        ),
        (
            "Namens Vluchtelingenhulp Midden-Nederland, team Vechtstreek, reageren wij op de agenda.\n\n",
            "Vluchtelingenhulp Midden-Nederland\nMarja Bakker, regiomanager\n",
        ),
        (
            "Graag reageren wij op de agenda.\n\n",
            "Marja Bakker\nregiomanager\n",
        ),
    ] {
        let l = split_file("r.eml", &format!("{head}{opening}{body}{signature}"));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Vluchtelingenhulp Midden-Nederland"),
            "{opening}{signature}"
        );
        assert_eq!(l.kind, RespondentKind::Organisation, "{opening}{signature}");
        assert!(!l.private_person);
    }
    assert_eq!(
        on_behalf_of_named("Namens Stichting Y, afdeling Noord, sturen wij u onze reactie.")
            .as_deref(),
        Some("Stichting Y")
    );
}

/// QA35c: a company's letter written `wij`, its name with a legal form
/// (`B.V.`) or an `&` in the letterhead and above its director in office,
/// is the company's; the letterhead is no point and the subject line no
/// part of the first point.
#[test]
fn a_company_with_a_legal_form_or_ampersand_is_an_organisation() {
    for name in [
        "Rijnhart Bouw B.V.",
        "Rijnhart Bouw & Ontwikkeling",
        "Van Rijn Bouw & Ontwikkeling B.V.",
        "Bouwbedrijf Jansen & Zn",
    ] {
        let l = split(&format!(
            "{name}\n\nIndustrieweg 22, 3627 AB Maarsveld\n\nMaarsveld, 13 oktober 2026\n\n\
             Betreft: reactie op de Regionale Woonagenda 2027-2031\n\n\
             Geachte leden van de werkgroep,\n\n\
             Als ontwikkelaar in de regio steunen wij het doel om meer betaalbaar te bouwen. \
             Wij vragen om per project te kunnen afwijken.\n\n\
             Vergunningprocedures duren in de regio gemiddeld twee jaar. Een projectregisseur \
             per groot project zou veel tijd schelen.\n\n\
             Hoogachtend,\n\n{name}\n\nK. van Rijn, directeur\n"
        ));
        assert_eq!(l.respondent.as_deref(), Some(name));
        assert_eq!(l.kind, RespondentKind::Organisation, "{name}");
        assert!(!l.private_person);
        let t = texts(&l);
        assert_eq!(t.len(), 2, "{name}: {t:?}");
        assert!(t[0].starts_with("Als ontwikkelaar"), "{name}: {t:?}");
    }
    assert!(organisation_word("Rijnhart Bouw B.V."));
    assert!(organisation_word("Zuivel Coöperatie Noord U.A."));
    assert!(!organisation_word("Organisatie: n.v.t."[14..].trim()));
    // A couple signing with `&` writes as residents.
    let l = split(
        "Geachte werkgroep,\n\nWij wonen al dertig jaar in de wijk en vragen om meer bankjes \
         langs het water.\n\nMet vriendelijke groet,\n\nJan & Els de Vries\n",
    );
    assert!(l.private_person, "{:?} {:?}", l.respondent, l.kind);
}

const DECISION: &str = "Raadsbesluit\n\nDe raad van de gemeente Hoeveland;\n\n\
gelezen het voorstel van burgemeester en wethouders van 22 september 2026;\nbesluit:\n\n\
1. een zienswijze in te dienen op de concept-regiovisie Aanpak Huiselijk Geweld, conform bijgevoegde brief.\n\
Aldus besloten in de openbare vergadering van 8 oktober 2026.\n\n\
De griffier, mr. W. de Lange\nDe voorzitter, mr. H. Smeets\n\n";

const COUNCIL_LETTER: &str =
    "Regionaal Bestuurlijk Overleg Sociaal Domein\n\nPostbus 100\n\n2400 AA Veenmeer\n\n\
Hoeveland, 9 oktober 2026\n\nOnderwerp: zienswijze concept-regiovisie\n\nGeacht bestuur,\n\n\
De gemeenteraad van Hoeveland heeft in zijn vergadering van 8 oktober 2026 besloten de \
volgende zienswijze in te dienen op de concept-regiovisie.\n\n\
1. Nazorg. De raad vraagt u in paragraaf 5.2 vast te leggen dat de lokale teams het gezin \
ten minste twaalf maanden volgen.\n\n\
2. Financiën. De raad twijfelt of de ambities binnen de budgetten passen en vraagt u een \
meerjarenraming op te nemen.\n\n\
Met vriendelijke groet,\n\nDe raad van de gemeente Hoeveland,\n\n\
de griffier, mr. W. de Lange\n\nde voorzitter, mr. H. Smeets\n";

/// QA35d: a council's decision signed by its griffier and chairman, with
/// the letter it adopts below it, is the council's (an office alone names
/// no body), dated by the meeting that decided it; a proposal to the
/// council above it (`Raadsvoorstel`) is none of its points; and the
/// letter's opening that only announces the zienswijze is no point.
#[test]
fn a_council_decision_package_is_the_councils() {
    let proposal = "Raadsvoorstel\n\nOnderwerp: Zienswijze op de concept-regiovisie\n\n\
        Datum collegebesluit: 22 september 2026\n\nBeslispunten\n\n\
        1. Een zienswijze in te dienen op de concept-regiovisie conform bijgevoegde conceptbrief.\n\n\
        Argumenten\n\n1.1 De nazorg na afsluiting van de hulp verdient meer aandacht. Het college \
        stelt voor de raad te laten vragen om een nazorgperiode.\n\n\
        Financiën\n\nDit voorstel heeft geen financiële gevolgen.\n\n\
        Burgemeester en wethouders van Hoeveland,\n\nde secretaris, drs. P. Koster\n\n\
        de burgemeester, mr. H. Smeets\n\n";
    for text in [
        format!("{DECISION}{COUNCIL_LETTER}"),
        format!("{proposal}{DECISION}{COUNCIL_LETTER}"),
    ] {
        let l = split(&text);
        let r = l.respondent.clone().unwrap_or_default();
        assert!(r.contains("Hoeveland"), "{r}");
        assert_eq!(l.kind, RespondentKind::Council, "{r}");
        assert!(
            [
                chrono::NaiveDate::from_ymd_opt(2026, 10, 8),
                chrono::NaiveDate::from_ymd_opt(2026, 10, 9)
            ]
            .contains(&l.date),
            "{:?}",
            l.date
        );
        let t = texts(&l);
        assert!(
            !t.iter().any(|c| c.contains("college")
                || c.contains("financiële gevolgen")
                || c.contains("besloten de volgende zienswijze")),
            "{t:?}"
        );
        assert!(t.iter().any(|c| c.contains("twaalf maanden")), "{t:?}");
    }
    let t = texts(&split(COUNCIL_LETTER));
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(t[0].starts_with("1. Nazorg"), "{t:?}");
}

/// QA35c: an e-mail sent by a person (`From: Petra de Boer`) whose letter
/// writes `Namens Huurdersvereniging X reageren wij` (or `willen wij`),
/// `wij` throughout, signed by the person alone, is the organisation's;
/// one that also writes `ik` stays the person's.
#[test]
fn an_email_namens_an_organisation_signed_by_a_person_is_the_organisations() {
    let mail = |body: &str| {
        split_file(
            "r.eml",
            &format!(
                "From: Petra de Boer <petra@example.nl>\nTo: visie@example.nl\n\
                 Date: Mon, 12 Oct 2026 09:40:11 +0200\nSubject: Reactie regiovisie\n\n\
                 Geachte werkgroep,\n\n{body}\n\nOok vragen wij de corporaties vaker met \
                 huurders te overleggen over renovaties.\n\nMet vriendelijke groet,\n\n\
                 Petra de Boer\nsecretaris\n"
            ),
        )
    };
    for opening in [
        "Namens Huurdersvereniging De Linde reageren wij op de concept-regiovisie.",
        "Namens Huurdersvereniging De Linde willen wij graag reageren op de regiovisie.",
    ] {
        let l = mail(&format!(
            "{opening} Wij vragen meer aandacht voor betaalbare huurwoningen in de kernen."
        ));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Huurdersvereniging De Linde"),
            "{opening}"
        );
        assert_eq!(l.kind, RespondentKind::Organisation, "{opening}");
        assert!(!l.private_person);
    }
    let l = mail(
        "Namens Huurdersvereniging De Linde reageren wij op de concept-regiovisie. Zelf woon ik \
         al twintig jaar in de kern en ik zie de huren stijgen.",
    );
    assert_eq!(l.respondent.as_deref(), Some("Petra de Boer"));
}

/// QA35c: a company's letter, `wij` throughout, signed by its director
/// with the company's name and legal form (`Bouwbedrijf Jansen B.V.`)
/// above, below or beside the name, is the company's: the legal form is
/// read with or without its last full stop (a signature's line loses it).
#[test]
fn a_company_signed_by_its_director_is_the_companys() {
    for signature in [
        "Bouwbedrijf Jansen B.V.\nK. Jansen, directeur\n",
        "K. Jansen\ndirecteur Bouwbedrijf Jansen B.V.\n",
        "K. Jansen\ndirecteur\nBouwbedrijf Jansen B.V.\n",
        "K. Jansen, directeur Bouwbedrijf Jansen B.V.\n",
    ] {
        let l = split(&format!(
            "Geachte leden van de werkgroep,\n\nAls bouwbedrijf in de regio steunen wij het doel \
             om meer betaalbaar te bouwen. Wij vragen om per project te kunnen afwijken.\n\n\
             Vergunningprocedures duren in de regio gemiddeld twee jaar. Een projectregisseur \
             per groot project zou veel tijd schelen.\n\nMet vriendelijke groet,\n\n{signature}"
        ));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Bouwbedrijf Jansen B.V."),
            "{signature}"
        );
        assert_eq!(l.kind, RespondentKind::Organisation, "{signature}");
        assert!(!l.private_person, "{signature}");
        assert_eq!(texts(&l).len(), 2, "{signature}");
    }
    assert!(organisation_word("Bouwbedrijf Jansen B.V"));
    assert!(organisation_word("Jansen B.V, Maarsveld"));
    assert!(!organisation_word("n.v.t"));
}

/// QA35c: a firm's name with `&` heading the letter (`Van Dijk &
/// Partners`, `Wonen & Zorg Advies`) is its letterhead and sender, not a
/// point, and the letter signed by a person is the firm's; a couple's
/// names heading their own letter (`Jan & Els de Vries`) stay theirs.
#[test]
fn a_firms_name_with_an_ampersand_heads_the_letter() {
    for (name, below) in [
        (
            "Van Dijk & Partners",
            "Industrieweg 4\n3600 AB Maarsveld\n\n",
        ),
        ("Van Dijk & Partners", "\n"),
        (
            "Van Dijk & Partners",
            "Betreft: reactie op de regiovisie\n\n",
        ),
        ("Wonen & Zorg Advies", "\nMaarsveld, 12 oktober 2026\n\n"),
    ] {
        let l = split(&format!(
            "{name}\n{below}Geachte leden van de werkgroep,\n\nAls adviesbureau in de regio \
             steunen wij het doel om meer betaalbaar te bouwen. Wij vragen om per project te \
             kunnen afwijken.\n\nMet vriendelijke groet,\n\nK. Jansen\ndirecteur\n"
        ));
        assert_eq!(l.respondent.as_deref(), Some(name), "{name} {below}");
        assert_eq!(l.kind, RespondentKind::Organisation, "{name} {below}");
        let t = texts(&l);
        assert!(t.iter().all(|c| !c.contains(name)), "{t:?}");
    }
    assert!(!metadata::is_couple_name("Wonen & Zorg Advies"));
    assert!(metadata::is_couple_name("Jan & Els de Vries"));
    let l = split(
        "Jan & Els de Vries\nDorpsstraat 4\n3600 AB Maarsveld\n\nGeachte werkgroep,\n\nWij wonen \
         al dertig jaar in de wijk en vragen om meer bankjes langs het water.\n\n\
         Met vriendelijke groet,\n\nJan de Vries\n",
    );
    assert!(l.private_person, "{:?} {:?}", l.respondent, l.kind);
}

/// A council that signs or names itself `(de) Raad van de gemeente X` is
/// named `Gemeenteraad van X`, whichever part of the letter names it.
#[test]
fn a_council_signing_as_raad_van_de_gemeente_is_its_gemeenteraad() {
    for (opening, signer) in [
        (
            "De raad van de gemeente Hoeveland heeft de volgende zienswijze vastgesteld.",
            "De raad van de gemeente Hoeveland\n\nDe griffier,\nW. de Lange\n",
        ),
        (
            "Hierbij ontvangt u de zienswijze van onze raad op de concept-regiovisie.",
            "de raad van de gemeente Hoeveland,\n\nde griffier, W. de Lange\n\
             de voorzitter, H. Smeets\n",
        ),
    ] {
        let l = split(&format!(
            "Geacht bestuur,\n\n{opening}\n\n1. De raad vraagt meer nazorg voor gezinnen na \
             afsluiting van de hulp.\n\n2. De raad vraagt een meerjarenraming in de visie op te \
             nemen.\n\nMet vriendelijke groet,\n\n{signer}"
        ));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Gemeenteraad van Hoeveland"),
            "{signer}"
        );
        assert_eq!(l.kind, RespondentKind::Council);
        assert_eq!(texts(&l).len(), 2, "{:?}", texts(&l));
    }
}

const MOBILITY_DECISION: &str = "Raadsbesluit\n\nDe raad van de gemeente Hoeveland;\n\n\
gelezen het voorstel van het college van 1 oktober 2026;\n\nbesluit:\n\n\
1. De raad vraagt het snelfietspad tussen Hoeveland en Oosterlek voor 2028 aan te leggen (paragraaf 2.1).\n\
2. De raad wil dat de buurtbus ook op zaterdag rijdt.\n\n\
Aldus besloten in de openbare vergadering van 30 oktober 2026.\n\n\
de griffier,            de voorzitter,\nmr. P. de Boer          J. Smit\n\n";

const MOBILITY_LETTER: &str = "Aan de werkgroep Regionale Mobiliteitsvisie\n\n\
Datum: 3 november 2026\nOnderwerp: zienswijze concept-mobiliteitsvisie\n\n\
Geachte werkgroep,\n\n\
Hierbij ontvangt u de zienswijze van onze raad op de concept-mobiliteitsvisie.\n\n\
Hoogachtend,\n\nDe raad van de gemeente Hoeveland,\nde griffier, mr. P. de Boer\n\n";

/// A council's decision package in one file, its covering letter first or
/// last: the decision's numbered points are the council's comments, the
/// sender is the council (never the letter's addressee line, `Aan de
/// werkgroep ...`), dated by the letter or the meeting. A decision below
/// the letter's signature is the council's part, no enclosure of nothing.
#[test]
fn a_council_decision_package_reads_its_points_whichever_part_comes_first() {
    for (order, text) in [
        (
            "decision first",
            format!("{MOBILITY_DECISION}\n{MOBILITY_LETTER}"),
        ),
        (
            "letter first",
            format!("{MOBILITY_LETTER}\n{MOBILITY_DECISION}"),
        ),
    ] {
        let l = split(&text);
        assert_eq!(
            l.respondent.as_deref(),
            Some("Gemeenteraad van Hoeveland"),
            "{order}"
        );
        assert_eq!(l.kind, RespondentKind::Council, "{order}");
        assert!(
            [
                chrono::NaiveDate::from_ymd_opt(2026, 11, 3),
                chrono::NaiveDate::from_ymd_opt(2026, 10, 30)
            ]
            .contains(&l.date),
            "{order}: {:?}",
            l.date
        );
        let t = texts(&l);
        assert_eq!(t.len(), 2, "{order}: {t:#?}");
        assert!(t[0].contains("snelfietspad"), "{order}: {t:#?}");
        assert!(t[1].contains("zaterdag"), "{order}: {t:#?}");
        assert!(
            !t.iter().any(|c| c.contains("Aldus besloten")
                || c.contains("griffier")
                || c.contains("werkgroep")),
            "{order}: {t:#?}"
        );
    }
}

/// An addressee line below a closing (the next part's `Aan de werkgroep
/// ...`, `t.a.v. ...`) never signs; `De leden van` a body do.
#[test]
fn an_addressee_line_below_the_closing_never_signs() {
    let rows = |lines: &[&str]| -> Vec<Row> {
        lines
            .iter()
            .map(|t| Row {
                text: t.to_string(),
                ..Row::default()
            })
            .collect()
    };
    for addressee in [
        "Aan de werkgroep Regionale Mobiliteitsvisie",
        "t.a.v. de werkgroep Regionale Mobiliteitsvisie",
    ] {
        let r = rows(&[
            "Aldus besloten in de openbare vergadering van 30 oktober 2026.",
            "de griffier,            de voorzitter,",
            "mr. P. de Boer          J. Smit",
            addressee,
        ]);
        let sig = metadata::read_signature(&r.iter().collect::<Vec<_>>());
        assert!(
            sig.organisation
                .as_deref()
                .is_none_or(|o| !o.contains("werkgroep")),
            "{addressee}: {:?}",
            sig.organisation
        );
    }
    let r = rows(&[
        "Met vriendelijke groet,",
        "De leden van de Wmo-raad Hoeveland",
    ]);
    let sig = metadata::read_signature(&r.iter().collect::<Vec<_>>());
    assert!(sig.organisation.is_some() || sig.person.is_some());
}

/// An e-mail whose body opens with the organisation's letterhead (its
/// name, street, postcode and place, a phone and web line) below the
/// headers, perhaps a slogan under it (`Samen sterk voor een veilige
/// buurt.`), and is signed by a person whose private address sent it:
/// the organisation's, as the same letter in a text file is; the slogan
/// states no view and is no comment, nor is the contact line.
#[test]
fn an_emails_letterhead_names_the_sender_and_its_slogan_is_no_comment() {
    let head = "From: Marieke Jansen <m.jansen@mail.example.com>\n\
                To: regiovisie@veenmeer.example.nl\nSubject: Reactie op de regiovisie\n\
                Date: Mon, 12 Oct 2026 16:42:00 +0200\nContent-Type: text/plain; charset=utf-8\n\n";
    let letterhead = "Stichting Buurtkracht Veenmeer\nDorpsstraat 12\n2371 AB Roelofarendsveen\n";
    let body = "Geachte werkgroep,\n\n\
                De wachttijd voor een eerste gesprek met het wijkteam is veel te lang. Wij vragen \
                de werkgroep die wachttijd in paragraaf 2.1 te halveren.\n\n\
                Daarnaast missen wij in de visie de rol van buurtvrijwilligers bij het signaleren \
                van huiselijk geweld. Neem die rol op in hoofdstuk 3.\n\n\
                Met vriendelijke groet,\n\nMarieke Jansen\n";
    for contact in ["", "T 071 331 22 44 | www.buurtkrachtveenmeer.example.nl\n"] {
        for slogan in ["", "\nSamen sterk voor een veilige buurt.\n"] {
            let letter = format!("{letterhead}{contact}{slogan}\n{body}");
            for (file, text) in [
                ("r.eml", format!("{head}{letter}")),
                ("r.txt", letter.clone()),
            ] {
                let case = format!("{file} {contact:?} {slogan:?}");
                let l = split_file(file, &text);
                assert_eq!(
                    l.respondent.as_deref(),
                    Some("Stichting Buurtkracht Veenmeer"),
                    "{case}"
                );
                assert_eq!(l.kind, RespondentKind::Organisation, "{case}");
                let t = texts(&l);
                assert_eq!(t.len(), 2, "{case}: {t:#?}");
                assert!(t[0].starts_with("De wachttijd"), "{case}: {t:#?}");
            }
        }
    }
    // A short sentence under the letterhead with the body right below it,
    // no head between, is the letter's first point.
    let l = split(
        "Stichting Buurtkracht Veenmeer\nDorpsstraat 12\n2371 AB Roelofarendsveen\n\n\
         Het inloophuis aan de Dorpsstraat moet blijven.\n\n\
         Voor veel gezinnen is dat de enige plek waar zij zonder afspraak terecht kunnen.\n\n\
         Met vriendelijke groet,\n\nMarieke Jansen\n",
    );
    assert!(
        texts(&l).iter().any(|c| c.contains("inloophuis")),
        "{:#?}",
        texts(&l)
    );
}

/// An advisory council's letter with its members listed below the
/// signature under a heading that is no `Leden:` (`De adviesraad bestaat
/// uit de volgende leden`, `Samenstelling adviesraad`, `Leden van de
/// adviesraad`, `De adviesraad bestaat uit:`): the heading is no sender,
/// the names no comment; a letter that calls itself `de adviesraad` under
/// the letterhead `Adviesraad Sociaal Domein Hoeveland` is that council's.
#[test]
fn a_member_list_below_the_signature_names_no_sender() {
    let letter = "Adviesraad Sociaal Domein Hoeveland\nRaadhuisplein 1\n2371 AA Hoeveland\n\n\
                  Hoeveland, 10 oktober 2026\n\nGeachte werkgroep,\n\n\
                  De adviesraad vindt de wachttijd voor een eerste gesprek met het wijkteam in \
                  paragraaf 2.1 te lang. Wij adviseren die wachttijd te halveren.\n\n\
                  Daarnaast adviseren wij in hoofdstuk 3 de rol van ervaringsdeskundigen op te \
                  nemen.\n\nMet vriendelijke groet,\n\nA. de Graaf\nvoorzitter\n\n";
    for list in [
        "",
        "De adviesraad bestaat uit de volgende leden\nAnnemiek de Graaf, voorzitter\n\
         Pinar Yilmaz, secretaris\nSanne van der Linden, lid\nKees Bakker, lid\n",
        "Samenstelling adviesraad\nAnnemiek de Graaf (voorzitter)\nPinar Yilmaz (secretaris)\n\
         Sanne van der Linden (lid)\nKees Bakker (lid)\n",
        "Leden van de adviesraad\nMw. A. de Graaf (voorzitter)\nDhr. P. Yilmaz (secretaris)\n\
         Mw. S. van der Linden\nDhr. K. Bakker\n",
        "De adviesraad bestaat uit:\n- Annemiek de Graaf (voorzitter)\n- Pinar Yilmaz\n\
         - Sanne van der Linden\n",
    ] {
        let l = split(&format!("{letter}{list}"));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Adviesraad Sociaal Domein Hoeveland"),
            "{list}"
        );
        assert_eq!(l.kind, RespondentKind::AdvisoryCouncil, "{list}");
        let t = texts(&l);
        assert_eq!(t.len(), 2, "{list}: {t:#?}");
        assert!(
            !t.iter()
                .any(|c| c.contains("Yilmaz") || c.contains("Bakker") || c.contains("bestaat")),
            "{list}: {t:#?}"
        );
    }
}

/// QA37: a council signing `Namens de raad,` whose title names it as the
/// author (`Zienswijze van de gemeenteraad van Arkelstein op ...`) is that
/// council, though a point mentions a village council (`de dorpsraad`) or
/// another municipality's council in passing.
#[test]
fn a_council_named_in_the_body_does_not_override_the_title() {
    for mention in [
        "een gebiedsfonds waarover de dorpsraad mee beslist",
        "een afspraak zoals de gemeenteraad van Giessenburcht die al maakte",
    ] {
        let text = format!(
            "Zienswijze van de gemeenteraad van Arkelstein op de Energieagenda Merwestroom\n\n\
             Geachte leden van de stuurgroep,\n\n\
             1. Omgevingsbijdrage\n\n\
             De raad vraagt ten minste 1 euro per MWh en {mention}.\n\n\
             2. Lokaal eigendom\n\n\
             De raad onderschrijft de ambitie van 50 procent lokaal eigendom.\n\n\
             Namens de raad,\n\n\
             de griffier,\n\
             drs. M. Verhoef\n"
        );
        let l = split(&text);
        assert_eq!(
            l.respondent.as_deref(),
            Some("Gemeenteraad van Arkelstein"),
            "{mention}"
        );
        assert_eq!(l.kind, RespondentKind::Council, "{mention}");
    }
    // Another council in the title itself keeps the bare name.
    let l = split(
        "Zienswijze van de Wmo-raad Arkelstein aan de gemeenteraad van Arkelstein\n\n\
         Geachte leden van de stuurgroep,\n\n\
         De raad vraagt meer aandacht voor toegankelijkheid.\n\n\
         Namens de raad,\n\n\
         de voorzitter,\n\
         J. de Wit\n",
    );
    assert_ne!(l.respondent.as_deref(), Some("Gemeenteraad van Arkelstein"));
}

/// QA37: an e-mail signed with the signer's name, their job title and
/// then the organisation (`ir. B. Koster` / `omgevingsmanager regio
/// Merwestroom` / `Rivierland Netwerken`) is the organisation's, though its
/// name has no legal form nor organisation's word; a resident's name over
/// their street and place stays private.
#[test]
fn the_organisation_below_the_signers_job_title_signs() {
    let body = "Geachte leden van de stuurgroep,\n\n\
                Als netbeheerder in de regio reageren wij graag op de inspraakversie. \
                Wij stellen voor te schrijven: naar verwachting vanaf 2031.\n\n\
                Met vriendelijke groet,\n\n";
    let l = split(&format!(
        "{body}ir. B. Koster\nomgevingsmanager regio Merwestroom\nRivierland Netwerken\n"
    ));
    assert_eq!(l.respondent.as_deref(), Some("Rivierland Netwerken"));
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
    // No job title between: a name over an address is a resident's.
    let l = split(
        "Geachte leden van de stuurgroep,\n\n\
         Ik vind de windturbines te dicht bij mijn huis staan.\n\n\
         Met vriendelijke groet,\n\n\
         Karin Visser\nDorpsstraat 12\n4201 AB Arkelstein\n",
    );
    assert_eq!(l.kind, RespondentKind::Resident);
    assert!(l.private_person);
}

/// QA38: a letter written `wij`, signed by a person with their office and
/// the organisation on one line below the name (`voorzitter LTO Zuid
/// afdeling Maasdal`), or `Namens het bestuur van X`, is the
/// organisation's, though its name has no organisation's word; so is an
/// e-mail from X that opens `Namens de ruim 450 leden van X geven wij`,
/// signed by a person and a bare `voorzitter`. A bare office, a resident's
/// address lines, or an office line under a letter written `ik` keep the
/// letter a resident's.
#[test]
fn an_officer_with_the_organisation_on_one_line_signs_for_it() {
    let letter = |opening: &str, signature: &str| {
        format!(
            "Geachte gebiedsteam,\n\n{opening}\n\n\
             1. Wij missen een perspectief voor bedrijven die willen blijven. Neem daar een \
             paragraaf over op.\n\n\
             2. De vergoeding voor bufferstroken moet marktconform zijn.\n\n\
             Met vriendelijke groet,\n\n{signature}"
        )
    };
    let opening = "Wij geven graag onze reactie op de gebiedsagenda.";
    for signature in [
        "Jan-Willem Dijkhuis\nvoorzitter LTO Zuid afdeling Maasdal\n",
        "Jan-Willem Dijkhuis\nsecretaris LTO Zuid afdeling Maasdal\n",
        "J.W. Dijkhuis\ndirecteur LTO Zuid afdeling Maasdal\n",
        "Namens het bestuur van LTO Zuid afdeling Maasdal,\nJan-Willem Dijkhuis\n",
    ] {
        let l = split(&letter(opening, signature));
        assert_eq!(
            l.respondent.as_deref(),
            Some("LTO Zuid afdeling Maasdal"),
            "{signature}"
        );
        assert_eq!(l.kind, RespondentKind::Organisation, "{signature}");
        assert!(!l.private_person, "{signature}");
    }
    let l = split_file(
        "r.eml",
        &format!(
            "From: LTO Zuid afdeling Maasdal <maasdal@example.nl>\nTo: agenda@example.nl\n\
             Date: Mon, 26 Oct 2026 16:48:22 +0100\nSubject: Zienswijze\n\n{}",
            letter(
                "Namens de ruim 450 leden van LTO Zuid afdeling Maasdal geven wij onze \
                 zienswijze op de gebiedsagenda.",
                "Jan-Willem Dijkhuis\nvoorzitter\n"
            )
        ),
    );
    assert_eq!(l.respondent.as_deref(), Some("LTO Zuid afdeling Maasdal"));
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
    assert_eq!(
        on_behalf_of_named("Namens de 120 leden van Boerenkring Maasdal sturen wij u dit.")
            .as_deref(),
        Some("Boerenkring Maasdal")
    );
    // A bare office, a resident's address, an office line under `ik`.
    for (opening, signature) in [
        (opening, "Jan-Willem Dijkhuis\nvoorzitter\n"),
        (
            opening,
            "Jan-Willem Dijkhuis\nDorpsstraat 12\n9531 AB Maasdal\n",
        ),
        (
            "Ik woon al dertig jaar aan de rand van het dorp en ik maak mij zorgen over mijn huis.",
            "Jan-Willem Dijkhuis\nvoorzitter Tennisclub De Kaats\n",
        ),
    ] {
        let l = split(&letter(opening, signature));
        assert_eq!(l.kind, RespondentKind::Resident, "{signature}");
        assert!(l.private_person, "{signature}");
    }
}

/// QA38: a letterhead naming a business by its legal form (`Maatschap
/// Bakker`, `Bakker vof`) is the business's letter, as one with `B.V.`
/// is, though a couple signs it.
#[test]
fn a_maatschap_or_vof_letterhead_is_a_business() {
    for name in ["Maatschap Bakker", "Bakker vof", "Bakker B.V."] {
        let l = split(&format!(
            "{name}\nVarkenshouderij De Vlakte\nVeenweg 3\n9531 AB Maasdal\n\n\
             Maasdal, 18 oktober 2026\n\nAan het Gebiedsteam Maasdal\n\n\
             Betreft: zienswijze gebiedsagenda\n\nGeacht gebiedsteam,\n\n\
             Wij zijn een familiebedrijf met 900 zeugen. Onze zoon wil het bedrijf overnemen.\n\n\
             Wij vragen een garantie dat bedrijven die zelf hun uitstoot verminderen niet \
             gedwongen worden te stoppen.\n\n\
             Met vriendelijke groet,\n\nGert en Ria Bakker\n"
        ));
        assert_eq!(l.respondent.as_deref(), Some(name), "{name}");
        assert_eq!(l.kind, RespondentKind::Organisation, "{name}");
        assert!(!l.private_person, "{name}");
    }
    assert!(organisation_word("Maatschap Van der Veen"));
    assert!(!organisation_word("maatschappij"));
}

/// QA38: the board signing before the organisation's name without `van`
/// (`bestuur Vereniging X`, `Het bestuur Stichting X`) is the organ, no
/// part of the name, as `Het bestuur van X` is not.
#[test]
fn a_leading_bestuur_is_no_part_of_the_organisations_name() {
    for line in [
        "bestuur Vereniging Recreatie Maasdal",
        "Bestuur Vereniging Recreatie Maasdal",
        "Het bestuur Vereniging Recreatie Maasdal",
        "Het bestuur van Vereniging Recreatie Maasdal",
    ] {
        let l = split(&format!(
            "Geachte heer, mevrouw,\n\nWij zijn blij dat de vrijetijdseconomie een eigen \
             hoofdstuk heeft gekregen. Wel missen wij een concreet doel.\n\n\
             Met vriendelijke groet,\n\n{line}\nM. Smeenge, voorzitter\n"
        ));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Vereniging Recreatie Maasdal"),
            "{line}"
        );
        assert_eq!(l.kind, RespondentKind::Organisation, "{line}");
    }
    assert_eq!(
        metadata::strip_organ("Bestuur Stichting Hunzeland"),
        "Stichting Hunzeland"
    );
    // No organisation after it: the line stays whole.
    assert_eq!(
        metadata::strip_organ("Bestuur en directie"),
        "Bestuur en directie"
    );
}

#[test]
fn a_schools_college_van_bestuur_is_no_municipal_college() {
    // A school's (hospital's, corporation's) executive board on the
    // letterhead below the organisation's name, and its chair signing as
    // `voorzitter College van Bestuur`: the organisation on the letterhead
    // sends, and it is no college van burgemeester en wethouders.
    for (org, board) in [
        ("ROC Zandwijk", "College van Bestuur"),
        ("Hogeschool Zandwijk", "College van Bestuur"),
        ("Woonstichting De Linde", "Raad van Bestuur"),
    ] {
        let l = split(&format!(
            "{org}\n{board}\nPostbus 300\n4140 AK Zandwijk\n\n\
             Aan de werkgroep Economische Agenda\n\nZandwijk, 15 oktober 2026\n\n\
             Geachte leden van de werkgroep,\n\n\
             Wij delen het doel om meer leerlingen in het techniekonderwijs op te leiden. \
             Wij vragen de gemeenten om samen met de scholen een plan te maken.\n\n\
             Met vriendelijke groet,\n\ndrs. L.M. Verbeek\nvoorzitter {board}\n"
        ));
        assert_eq!(l.respondent.as_deref(), Some(org), "{org} / {board}");
        assert_eq!(l.kind, RespondentKind::Organisation, "{org} / {board}");
    }
    // A municipality's college stays one.
    assert_eq!(
        metadata::kind_of("College van burgemeester en wethouders van Zandwijk"),
        RespondentKind::ExecutiveBoard
    );
    assert_eq!(
        metadata::kind_of("college van B&W"),
        RespondentKind::ExecutiveBoard
    );
    assert_eq!(
        metadata::kind_of("College van Bestuur"),
        RespondentKind::Organisation
    );
}

/// A reaction form's field naming who submits it (`Ingediend door:
/// Veiligheidsregio X, afdeling Y`) gives the sender, the unit after the
/// comma left off.
#[test]
fn a_forms_submitted_by_field_names_the_sender() {
    for top in ["Veiligheidsregio Veenland\n\n", ""] {
        let l = split(&format!(
            "{top}Reactieformulier ontwerp adaptatiestrategie\n\
             Ingediend door: Veiligheidsregio Veenland, afdeling Risico- en Crisisbeheersing\n\
             Datum: 23 oktober 2026\n\n\
             1. H6: De evacuatieplannen gaan ervan uit dat alle inwoners kunnen evacueren. \
             Voorstel: neem ook schuilen op hoger gelegen verdiepingen op.\n\n\
             2. H4: Bij hitte neemt het aantal natuurbranden toe. Voorstel: neem dit op.\n\n\
             Contact: K. Lammers, adviseur risicobeheersing\n"
        ));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Veiligheidsregio Veenland"),
            "{top}"
        );
        assert_eq!(l.kind, RespondentKind::Organisation, "{top}");
    }
}

/// A board signing by the organisation's short name (`College van
/// Bestuur SOO Veenland`) under a letterhead that gives its full name
/// with that short name: the organisation's full name.
#[test]
fn a_board_signing_by_the_short_name_is_the_letterheads_organisation() {
    let l = split(
        "Stichting Openbaar Onderwijs Veenland (SOO Veenland)\n\n\
         Bestuursbureau, Schoolstraat 1, 1234 AB Veenland\n\n\
         Veenland, 30 oktober 2026\n\nGeachte werkgroep,\n\n\
         Wij vragen om de groene schoolpleinen ook bij onze scholen in Veenland aan te leggen.\n\n\
         Met vriendelijke groet,\n\ndrs. I. Wouters\n\nvoorzitter College van Bestuur SOO Veenland\n",
    );
    assert_eq!(
        l.respondent.as_deref(),
        Some("Stichting Openbaar Onderwijs Veenland")
    );
    assert_eq!(l.kind, RespondentKind::Organisation);
}

/// QA41: a letter signed by a person with their function and the
/// organisation after a comma (`manager Zorginkoop, Zorgverzekeraar X`)
/// is the organisation's, for the kinds of partner a health or welfare
/// policy hears (a health insurer, a GPs' cooperative, a sports service)
/// as for any other.
#[test]
fn a_signature_naming_a_partner_organisation_after_the_function_is_the_organisations() {
    let body = "Geachte heer, mevrouw,\n\n\
                Wij reageren graag op de ontwerpnota.\n\n\
                Wij stellen voor om de afspraken over preventie in een convenant vast te leggen.\n\n\
                Met vriendelijke groet,\n\n";
    for org in [
        "Zorgverzekeraar Noordwaard",
        "Huisartsencoöperatie Rivierland",
        "Sportservice Maasdal",
    ] {
        let l = split(&format!(
            "{org}\nAfdeling Zorginkoop\nPostbus 12\n1234 AB Noordwaard\n\n{body}\
             drs. K.A. de Vries\nmanager Zorginkoop en Preventie, {org}\n"
        ));
        assert_eq!(l.respondent.as_deref(), Some(org), "{org}");
        assert_eq!(l.kind, RespondentKind::Organisation, "{org}");
        assert!(!l.private_person, "{org}");
    }
}

/// QA43: a household signs in lower case (`familie Aydin`, `fam. de
/// Wit`, `gezin Yilmaz`) as it does capitalised: the household is the
/// sender, a private person; its letterhead may write it capitalised.
#[test]
fn a_household_signing_in_lower_case_is_the_sender() {
    for (head, signed, name) in [
        ("", "familie Aydin", "Familie Aydin"),
        (
            "Familie Aydin\nBeukenlaan 21\n4853 AB Ooldijk\n\n",
            "familie Aydin",
            "Familie Aydin",
        ),
        ("", "fam. de Wit", "Fam. de Wit"),
        ("", "gezin Yilmaz", "Gezin Yilmaz"),
        ("", "Familie van der Berg", "Familie van der Berg"),
    ] {
        let l = split(&format!(
            "{head}Ooldijk, 10 november 2026\n\nGeachte werkgroep,\n\n\
             1. Wij vragen u om van de dorpsschool een kindcentrum te maken, met peuteropvang.\n\n\
             2. Ook vragen wij om een veilige oversteekplaats bij de kerk.\n\n\
             Met vriendelijke groet,\n{signed}\n"
        ));
        assert_eq!(l.respondent.as_deref(), Some(name), "{signed}");
        assert_eq!(l.kind, RespondentKind::Resident, "{signed}");
        assert!(l.private_person, "{signed}");
        assert_eq!(texts(&l).len(), 2, "{signed}: {:#?}", texts(&l));
    }
}

/// A letterhead whose second line says what kind of organisation the
/// first is and for whom (`Dijkwonen` / `Woningstichting voor de
/// Polderstreek`): the name is the first line's.
#[test]
fn a_line_describing_the_organisation_below_its_name_is_no_name() {
    let text = "Dijkwonen\nWoningstichting voor de Polderstreek\nKade 4\n2345 AB Polderdam\n\n\
                Polderdam, 3 november 2026\n\nBeste werkgroep,\n\n\
                Wij vragen om de huismeesters te betrekken bij het buurtoverleg.\n\n\
                Met vriendelijke groet,\n\nDijkwonen\nA. Bakker, directeur\n";
    let l = split(text);
    assert_eq!(
        l.respondent.as_deref(),
        Some("Dijkwonen"),
        "{:?}",
        texts(&l)
    );
    assert_eq!(l.kind, RespondentKind::Organisation);
}

/// A letter signed by an acronym (`Namens het bestuur van de WVO`) that it
/// defines in brackets after the full name (`De Winkeliersvereniging
/// Oostmeer (WVO) ...`) is the full name's.
#[test]
fn an_acronym_the_letter_defines_is_signed_by_its_full_name() {
    let text = "Oostmeer, 3 november 2026\n\nGeachte werkgroep,\n\n\
                De Winkeliersvereniging Voorstraat Oostmeer (WVO) vertegenwoordigt 80 winkeliers.\n\n\
                Wij vragen om meer cameratoezicht in de Voorstraat.\n\n\
                Namens het bestuur van de WVO,\nK. Demir, voorzitter\n";
    let l = split(text);
    assert_eq!(
        l.respondent.as_deref(),
        Some("Winkeliersvereniging Voorstraat Oostmeer"),
        "{:?}",
        texts(&l)
    );
}

/// QA42/QA43: a council that signs `namens de raad van X,` under a
/// letterhead or a sentence naming `gemeenteraad (van) X` is `Gemeenteraad
/// van X`; `Raad van State` with no such council named stays itself.
#[test]
fn a_council_signing_as_de_raad_van_x_is_the_gemeenteraad_of_x() {
    for head in [
        "GEMEENTERAAD WOLDERVEEN\n\nWolderveen, 4 november 2026\n\nGeachte werkgroep,\n\nDe raad van Wolderveen heeft het plan besproken.",
        "Wolderveen, 4 november 2026\n\nGeachte werkgroep,\n\nDe gemeenteraad van Wolderveen heeft het plan besproken.",
    ] {
        let l = split(&format!(
            "{head}\n\n1. De raad vraagt om een extra zwembad in het noorden van de gemeente.\n\n\
             2. De raad mist in hoofdstuk 4 een plan voor de sporthal.\n\n\
             Met vriendelijke groet,\nnamens de raad van Wolderveen,\nB. Kaya, griffier\n"
        ));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Gemeenteraad van Wolderveen"),
            "{head}"
        );
        assert_eq!(l.kind, RespondentKind::Council, "{head}");
    }
    assert_eq!(
        metadata::with_council_name("Raad van State".into(), "De Raad van State adviseert."),
        "Raad van State"
    );
}

/// QA43: a letter under the letterhead of a samenwerkingsverband, signed by
/// its director with a title and a function only (`drs. J. Hoekstra` /
/// `directeur-bestuurder`), is the samenwerkingsverband's, no private
/// person's.
#[test]
fn a_samenwerkingsverband_letterhead_names_the_sender() {
    let l = split(
        "Samenwerkingsverband Voortgezet Onderwijs Rijnmond-Oost\nKanaalweg 12\n3011 AB Rijnstad\n\n\
         Rijnstad, 3 november 2026\n\nGeachte werkgroep,\n\n\
         1. Wij vragen om de overstap van het speciaal onderwijs naar het mbo in paragraaf 2.3 te regelen.\n\n\
         2. Het samenwerkingsverband mist een plan voor leerlingen die thuiszitten.\n\n\
         Met vriendelijke groet,\n\ndrs. J. Hoekstra\ndirecteur-bestuurder\n",
    );
    assert_eq!(
        l.respondent.as_deref(),
        Some("Samenwerkingsverband Voortgezet Onderwijs Rijnmond-Oost")
    );
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
}

/// QA42: a police team's chief signs with the function before the team
/// (`Teamchef basisteam Rijnoever`): the team is the organisation, not a
/// name that holds the function.
#[test]
fn a_teamchef_signs_for_the_team() {
    let l = split(
        "Beste werkgroep,\n\nNamens het basisteam een korte reactie.\n\n\
         Wij steunen het plan voor meer straatverlichting bij het station van harte.\n\n\
         Met vriendelijke groet,\n\nK. Bosman\nTeamchef basisteam Rijnoever\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("Basisteam Rijnoever"));
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(metadata::is_function_only("districtschef"));
}

/// QA44 06: a volunteers' organisation's letter signed `A. Kuipers,
/// coordinator SchuldHulpMaatje Aamerland` on one line was read as that
/// private person. An officer (chair, secretary, director, coordinator)
/// naming the organisation after their name on the same line signs for
/// it, as on the line below; a name with only a function stays a person.
#[test]
fn an_officer_naming_the_organisation_on_the_signature_line_signs_for_it() {
    let letter = |signed: &str| {
        split(&format!(
            "Geachte werkgroep,\n\nWij begeleiden veertig vrijwillige taalmaatjes in de regio.\n\n\
             Wij vragen om een vaste vergoeding voor de reiskosten van onze vrijwilligers.\n\n\
             Met vriendelijke groet,\n\n{signed}\n"
        ))
    };
    for (signed, org) in [
        (
            "B. Smeets, coördinator TaalMaatje Duinstreek",
            "TaalMaatje Duinstreek",
        ),
        (
            "B. Smeets, voorzitter Buurtkracht Noord",
            "Buurtkracht Noord",
        ),
    ] {
        let l = letter(signed);
        assert_eq!(l.respondent.as_deref(), Some(org), "{signed}");
        assert_eq!(l.kind, RespondentKind::Organisation, "{signed}");
    }
    let l = letter("B. Smeets, coördinator");
    assert_eq!(l.respondent.as_deref(), Some("B. Smeets"));
    assert_eq!(l.kind, RespondentKind::Resident);
}

/// QA45: a council whose letterhead and signature are typed in capitals
/// is named as a name is written: joining words in lower case, the rest
/// capitalised, abbreviations kept.
#[test]
fn a_sender_named_in_capitals_is_written_in_normal_case() {
    let text = "DORPSRAAD VAN ESSENBURG
Kerkplein 1
4410 AA Essenburg

Essenburg, 2 maart 2027

Geachte werkgroep,

De dorpsraad van Essenburg heeft de ontwerp-omgevingsvisie besproken en geeft de volgende reactie.

1. In paragraaf 4.1 ontbreekt het fietspad naar de school in het buurdorp.

2. De dorpsraad vraagt om een bushalte bij het dorpshuis.

Hoogachtend,

DE DORPSRAAD VAN ESSENBURG,
de secretaris, K. Wouters
";
    let l = split(text);
    assert_eq!(
        l.respondent.as_deref(),
        Some("Dorpsraad van Essenburg"),
        "{l:#?}"
    );
    // `de jeugd` in the text: `JEUGD` is a word; `KWIEK` is not in it.
    let text = "Essenburg, 2 maart 2027\n\nHet bestuur vraagt aandacht voor de jeugd \
                (info@ggd-noordvelderland.example.nl).";
    for (capitals, normal) in [
        (
            "DE RAAD VOOR HET ONDERWIJS EN DE JEUGD",
            "De Raad voor het Onderwijs en de Jeugd",
        ),
        ("GGD NOORD-VELDERLAND", "GGD Noord-Velderland"),
        ("COLLEGE VAN B&W ESSENBURG", "College van B&W Essenburg"),
        ("STICHTING KWIEK ESSENBURG", "Stichting KWIEK Essenburg"),
        (
            "RAAD VOOR DE KINDERBESCHERMING",
            "Raad voor de Kinderbescherming",
        ),
        ("Stichting KWIEK", "Stichting KWIEK"),
    ] {
        assert_eq!(metadata::in_normal_case(capitals, text), normal);
    }
}

/// QA45: the signer's department named before the organisation on the
/// signature line (`hoofd Wijkverpleging Zorggroep Noordveen`), the
/// letterhead giving the organisation with the department on the line
/// below: the organisation responds.
#[test]
fn a_department_before_its_organisation_on_the_signature_is_the_organisations() {
    let letter = |department_line: &str| {
        format!(
            "Zorggroep Noordveen
{department_line}
Postbus 12
9400 AB Noordveen

Noordveen, 3 februari 2027

Geachte leden van de werkgroep,

1. Wij missen in paragraaf 2.3 de rol van de wijkverpleging bij ouderen die thuis wonen.

2. De zorg in de avond moet ook in de kleine kernen geregeld zijn.

Met vriendelijke groet,

T. Hoekstra
hoofd Wijkverpleging Zorggroep Noordveen
"
        )
    };
    let l = split(&letter("Wijkverpleging"));
    assert_eq!(
        l.respondent.as_deref(),
        Some("Zorggroep Noordveen"),
        "{l:#?}"
    );
    // Without the department on the letterhead, the signature's name is
    // all the letter says of who responds.
    let l = split(&letter("Afdeling Zorg"));
    assert_eq!(
        l.respondent.as_deref(),
        Some("Wijkverpleging Zorggroep Noordveen"),
        "{l:#?}"
    );
}

/// QA46 12: a household's letterhead (`Familie Van den Berg` over its
/// street and place), signed by the parents with the children's names
/// after them, had no sender read (the file's name, kind unknown). A
/// letterhead `Familie X` / `Fam. X` / `Gezin X` is a household of private
/// persons: the sender when no one signs by a full name (a given name
/// alone names less).
#[test]
fn a_households_letterhead_is_the_sender_when_no_one_signs_by_name() {
    let letter = |head: &str, signed: &str| {
        split(&format!(
            "{head}\nLindelaan 7\n8123 KL Veendorp\ntel. 0521-334455\n\n\
             Veendorp, 3 november 2026\n\nAan de stuurgroep Speelruimteplan\n\n\
             Beste mensen,\n\n\
             Wij wonen met vier kinderen aan de rand van het dorp en lezen het plan samen.\n\n\
             • Het trapveldje achter de school is al twee jaar afgesloten. Wij vragen om het weer open te stellen.\n\n\
             • Langs de Lindelaan rijden auto's te hard. Een drempel bij de speeltuin zou helpen.\n\n\
             Hartelijke groet,\n\n{signed}\n"
        ))
    };
    for (head, signed) in [
        (
            "Familie De Groot",
            "Peter en Anouk de Groot, met Fenna, Jurre en Sil",
        ),
        ("Fam. Bosman", "Anouk"),
        ("Gezin Yildiz", ""),
    ] {
        let l = letter(head, signed);
        assert_eq!(l.respondent.as_deref(), Some(head), "{head} / {signed}");
        assert_eq!(l.kind, RespondentKind::Resident, "{head} / {signed}");
        assert!(l.private_person, "{head} / {signed}");
        assert!(
            l.own_streets.iter().any(|s| s == "Lindelaan"),
            "{head}: {:?}",
            l.own_streets
        );
        let t = texts(&l);
        assert!(t.iter().all(|c| !c.contains(head)), "{head}: {t:#?}");
    }
    // A full name signing under it still signs.
    let l = letter("Familie De Groot", "Anouk de Groot");
    assert_eq!(l.respondent.as_deref(), Some("Anouk de Groot"));
    assert!(l.private_person);
    // A family's firm is no household.
    let l = letter("Familiebedrijf De Groot", "P. de Groot, directeur");
    assert_ne!(l.kind, RespondentKind::Resident, "{:?}", l.respondent);
}

/// QA46 07: a club's secretariat (`Secretariaat vv X` on the `From:`
/// line) forwarding its chair's message, signed `voorzitter vv X`, was
/// read as a private person. A sports club by its abbreviation before its
/// name (`vv`, `sv`, `v.v.`) is an organisation, and the secretariat that
/// sends for it is no part of its name.
#[test]
fn a_clubs_secretariat_forwarding_its_chairs_message_is_the_club() {
    let mail = "From: Secretariaat sv De Meeuwen <secretariaat@demeeuwen.example.nl>
To: inspraak@westhoek.example.nl
Date: Mon, 9 Nov 2026 19:05:00 +0100
Subject: Fwd: reactie op de sportnota

Goedenavond,

Namens onze club stuur ik de reactie van het bestuur hieronder door.

Groet,
L. Verhoef
secretaris sv De Meeuwen

-------- Doorgestuurd bericht --------
Van: J. Kramer <voorzitter@demeeuwen.example.nl>
Datum: zo 8 nov 2026 om 21:12
Onderwerp: reactie op de sportnota
Aan: Secretariaat sv De Meeuwen <secretariaat@demeeuwen.example.nl>

Lotte, wil jij dit morgen naar de gemeente sturen? Het bestuur is akkoord.

De kleedkamers van ons sportpark zijn veertig jaar oud. Wij vragen de gemeente om de renovatie in paragraaf 4.1 op te nemen.

Het kunstgrasveld wordt door drie verenigingen gebruikt. Vervang de verlichting van het veld door ledlampen.

Namens het bestuur,
J. Kramer, voorzitter sv De Meeuwen
";
    let doc = crate::extract::extract_bytes("r.eml", mail.as_bytes()).expect("readable");
    let l = split_response(&doc, "r-1");
    // (Its first letter capitalised, as a name read from a line in lower
    // case is.)
    assert!(
        l.respondent
            .as_deref()
            .is_some_and(|r| r.eq_ignore_ascii_case("sv De Meeuwen")),
        "{l:#?}"
    );
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
    // A job in lower case before the club is no part of its name.
    assert_eq!(
        metadata::strip_job("secretaris vv De Zwaluwen"),
        "vv De Zwaluwen"
    );
    for club in [
        "vv De Zwaluwen",
        "SV Westhoek",
        "v.v. Rood-Wit",
        "Hockeyclub Duinrand",
    ] {
        assert!(organisation_word(club), "{club}");
    }
    // A person's initials, a bare `vv` and the `v.v.` of `vice versa` name
    // no club.
    for no_club in [
        "V.V. Jansen",
        "vv",
        "de bus rijdt naar de stad en v.v. terug",
        "van het dorp naar de stad en v.v.",
    ] {
        assert!(!organisation_word(no_club), "{no_club}");
    }
}

/// QA46 09: a school board's chair signing `voorzitter college van
/// bestuur Stichting X` gave the respondent `college van bestuur Stichting
/// X`. The organisation whose board, management or secretariat signs or
/// sends is who responds; a name the body's words do not open stays whole.
#[test]
fn the_organisation_whose_board_signs_responds_without_the_board() {
    let letter = |signed: &str| {
        split(&format!(
            "Westhoek, 2 november 2026\n\nGeachte leden van de stuurgroep,\n\n\
             1. De gymzalen van onze scholen in Duinrand zijn te klein voor twee klassen tegelijk. \
             Wij vragen om in paragraaf 3.2 een uitbreiding op te nemen.\n\n\
             2. Het zwemonderwijs voor groep 5 moet terugkomen in de nota.\n\n\
             Met vriendelijke groet,\n\nmr. H. Dijkstra\n{signed}\n"
        ))
    };
    let l = letter("voorzitter college van bestuur Stichting Katholiek Onderwijs Westhoek");
    assert_eq!(
        l.respondent.as_deref(),
        Some("Stichting Katholiek Onderwijs Westhoek"),
        "{l:#?}"
    );
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
    for (name, organisation) in [
        (
            "College van Bestuur Stichting Voortgezet Onderwijs Duinrand",
            "Stichting Voortgezet Onderwijs Duinrand",
        ),
        ("Raad van Toezicht Zorggroep Westhoek", "Zorggroep Westhoek"),
        (
            "De raad van bestuur van het Ziekenhuis Westhoek",
            "Ziekenhuis Westhoek",
        ),
        ("Secretariaat vv De Zwaluwen", "vv De Zwaluwen"),
        // Nothing that names an organisation after the body's words.
        (
            "Secretariaat Sportnota Westhoek",
            "Secretariaat Sportnota Westhoek",
        ),
        ("Bestuur Tennisclub", "Bestuur Tennisclub"),
        (
            "Directie ruimte en wonen gemeente Westhoek",
            "Directie ruimte en wonen gemeente Westhoek",
        ),
        (
            "College van burgemeester en wethouders van Westhoek",
            "College van burgemeester en wethouders van Westhoek",
        ),
    ] {
        assert_eq!(metadata::without_sending_body(name), organisation, "{name}");
    }
}

/// A private person's letter that names a secretariat and writes `v.v.`
/// (`vice versa`) in its sentences is still theirs.
#[test]
fn a_secretariat_or_vice_versa_in_a_residents_letter_names_no_organisation() {
    let l = split(
        "Westhoek, 4 november 2026\n\nGeachte heer, mevrouw,\n\n\
         De bus van Duinrand naar Westhoek en v.v. rijdt na acht uur 's avonds niet meer. \
         Ik vraag u om in paragraaf 2.3 een avondbus op te nemen.\n\n\
         Graag ontvang ik een bevestiging van het secretariaat.\n\n\
         Met vriendelijke groet,\n\nRuud Vermeer\nDuinweg 8\n4456 KL Westhoek\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("Ruud Vermeer"), "{l:#?}");
    assert_eq!(l.kind, RespondentKind::Resident);
    assert!(l.private_person);
}

/// QA47: a club's letter under its name alone (no organisation's word in
/// it, its secretariat's address below), naming itself in the opening and
/// signed by its chair `namens het bestuur`: the club's, not the chair's
/// as a private person.
#[test]
fn a_letter_signed_on_behalf_of_the_board_is_the_organisation_of_its_letterhead() {
    let letter = |signed: &str| {
        format!(
            "Schutterij Sint Joris Veldbroek\nSecretariaat: Kapelweg 3, 5512 KL Veldbroek\n\n\
             Veldbroek, 2 maart 2027\n\nGeachte werkgroep,\n\n\
             Schutterij Sint Joris telt 45 leden en schiet al een eeuw op het kerkplein.\n\n\
             1. Wij vragen om een vaste plek voor het schuttersfeest in de evenementenkalender.\n\n\
             2. De bijdrage voor kleine evenementen moet ook voor ons gelden.\n\n\
             Met vriendelijke groet,\n\n{signed}M.J. Peeters, voorzitter\n"
        )
    };
    for board in ["namens het bestuur,\n", "Namens het dagelijks bestuur,\n"] {
        let l = split(&letter(board));
        assert_eq!(
            l.respondent.as_deref(),
            Some("Schutterij Sint Joris Veldbroek"),
            "{board}"
        );
        assert_eq!(l.kind, RespondentKind::Organisation, "{board}");
        assert!(!l.private_person, "{board}");
    }
}

/// QA49: a Markdown letter titled with a name no organisation's word
/// marks, signed `Namens <that name>,` over a person in office (a name
/// and a function after a comma): the organisation's, not the signer's as
/// a private person.
#[test]
fn a_letter_signed_on_behalf_of_a_named_body_by_someone_in_office_is_the_bodys() {
    let letter = |signed: &str| {
        format!(
            "# Reactie Speeltuinwerk Zuid, team Westwijk\n\n\
             Datum: 4 maart 2027  \nBetreft: ontwerp-speelruimteplan\n\n\
             Wij beheren met 40 vrijwilligers vijf speeltuinen in de Westwijk.\n\n\
             ## Speeltuinen\n\n\
             - De speeltuin aan de Esdoornlaan moet ook na 2028 blijven.\n\
             - Wij vragen om een vast onderhoudsbudget per speeltuin.\n\n\
             Met vriendelijke groet,\n\n{signed}"
        )
    };
    for signed in [
        "Namens Speeltuinwerk Zuid, team Westwijk,  \nK. Doorn, coördinator\n",
        "Namens Speeltuinwerk Zuid,  \nK. Doorn, teamleider\n",
    ] {
        let l = split_file("reactie.md", &letter(signed));
        let named = l.respondent.as_deref().unwrap_or("");
        assert!(named.starts_with("Speeltuinwerk Zuid"), "{signed}: {l:#?}");
        assert_eq!(l.kind, RespondentKind::Organisation, "{signed}");
        assert!(!l.private_person, "{signed}");
    }
    // A couple on whose behalf one of them signs is no body.
    let l = split_file(
        "reactie.md",
        &letter("Namens Karin en Piet Doorn,  \nK. Doorn, penningmeester\n"),
    );
    assert_ne!(l.kind, RespondentKind::Organisation, "{l:#?}");
}

/// QA50: a branch `e.o.` (en omstreken) signed `namens het bestuur van
/// Zonnebloem, afdeling Veldhoven e.o.` over its chair was read as the
/// chair, a private person: the branch's name ends in `e.o.`.
#[test]
fn a_board_signing_for_a_branch_and_its_surroundings_is_that_branch() {
    assert_eq!(
        metadata::board_of("het bestuur van De Zonnebloem, afdeling Veldhoven e.o."),
        Some("Zonnebloem, afdeling Veldhoven e.o.")
    );
    let l = split(
        "DE ZONNEBLOEM\nafdeling Veldhoven e.o.\n\nVeldhoven, 3 maart 2027\n\n\
         Geachte werkgroep,\n\nWij bezoeken met onze vrijwilligers ouderen thuis.\n\n\
         1) Noem de vrijwilligers van de bezoekdiensten in hoofdstuk 4.\n\n\
         2) Houd de vervoersregeling voor uitjes in stand.\n\n\
         Met vriendelijke groet,\n\n\
         namens het bestuur van De Zonnebloem, afdeling Veldhoven e.o.\nT. Smulders, voorzitter\n",
    );
    assert!(!l.private_person, "{:?}", l.respondent);
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert_eq!(
        l.respondent.as_deref(),
        Some("Zonnebloem, afdeling Veldhoven e.o.")
    );
}

/// QA51: an adviesraad's letter whose address block (`Aan het college
/// van burgemeester en wethouders van X`) is the body's first line was
/// read as that college: who a letter is addressed to never writes it.
#[test]
fn the_college_a_letter_is_addressed_to_is_not_who_writes_it() {
    let designated = metadata::self_designation(
        "Aan het college van burgemeester en wethouders van Dronterveld, \
         De Adviesraad Wonen Dronterveld heeft het ontwerp besproken.",
    );
    assert_eq!(designated.as_deref(), Some("Adviesraad Wonen Dronterveld"));
    assert_eq!(
        metadata::self_designation("t.a.v. de gemeenteraad van Dronterveld, over het plan."),
        None
    );
    // The other side: a college that names itself writes the letter.
    let college = metadata::self_designation(
        "Het college van burgemeester en wethouders van Dronterveld heeft kennisgenomen van het ontwerp.",
    );
    assert!(
        college
            .as_deref()
            .is_some_and(|c| c.to_lowercase().starts_with("college van burgemeester")
                && c.ends_with("Dronterveld")),
        "{college:?}"
    );
}

/// QA51: a manager signing with her function at the organisation on the
/// line below her name (`Manager Leerwerkloket X`) in a letter written
/// on its behalf was read as a private person.
#[test]
fn a_manager_signing_with_the_organisation_below_her_name_writes_for_it() {
    let l = split(
        "Geachte leden van de stuurgroep,\n\n\
         Namens het Leerwerkloket Friesmeer reageer ik op het ontwerp. Wij hebben het besproken met onze adviseurs.\n\n\
         - Wij vragen om een vast budget voor de scholing van werkzoekenden.\n\n\
         - De wachttijd voor een intake moet korter; wij stellen vier weken voor.\n\n\
         Met vriendelijke groet,\n\n\
         Marloes Dijkstra\nManager Leerwerkloket Friesmeer\nBrugstraat 3 | 9001 AB Friesmeer\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("Leerwerkloket Friesmeer"));
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
    // The other side: a resident who names an organisation in her letter,
    // and signs with her name alone, writes for herself.
    let l = split(
        "Geachte stuurgroep,\n\n\
         Ik ben werkzoekende en heb vorig jaar via het Leerwerkloket Friesmeer een cursus gedaan. \
         Ik vind dat de wachttijd voor een intake veel korter moet.\n\n\
         Met vriendelijke groet,\n\nMarloes Dijkstra\nBrugstraat 3, Friesmeer\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("Marloes Dijkstra"));
    assert_eq!(l.kind, RespondentKind::Resident);
    assert!(l.private_person);
}

/// QA51: a company's letter signed `namens X,` over its director (`algemeen
/// directeur`) and the chair of its works council was read as the works
/// council: an office with an adjective before it is an office.
#[test]
fn a_letter_signed_for_a_company_by_its_director_and_works_council_is_the_companys() {
    assert!(metadata::is_function_only("algemeen directeur"));
    assert!(metadata::is_function_only("waarnemend voorzitter"));
    assert!(!metadata::is_function_only("Algemeen Belang Friesmeer"));
    let l = split_file(
        "reactie.md",
        "# Reactie Meerwerk op het ontwerp\n\n\
         Geachte stuurgroep,\n\n\
         De directie en de ondernemingsraad van Meerwerk hebben het ontwerp gelezen.\n\n\
         - Wij vragen om een opdracht van ten minste vier jaar.\n\
         - De ondernemingsraad vraagt om een gesprek met iedere medewerker over de nieuwe locatie.\n\n\
         Met vriendelijke groet,  \nnamens Meerwerk,  \nir. P.J. Hoekstra, algemeen directeur  \n\
         M. Zijlstra, voorzitter ondernemingsraad\n",
    );
    assert_eq!(l.respondent.as_deref(), Some("Meerwerk"), "{l:#?}");
    assert_eq!(l.kind, RespondentKind::Organisation);
    assert!(!l.private_person);
}
