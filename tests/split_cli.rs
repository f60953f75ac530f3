//! The splitter through the real binary: a letter typed without a blank
//! line after its salutation keeps its first point (a QA report: it was
//! dropped without a warning).

use std::fs;
use std::path::PathBuf;

use assert_cmd::cargo::cargo_bin_cmd;

mod common;

use common::{assert_success, comments_json, sample_copy};

/// A copy of the sample consultation ([`sample_copy`]) with no responses;
/// also its `inbox/` and `inbox/responses/`.
fn sample_without_responses() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = sample_copy();
    let inbox = tmp.path().join("inbox");
    let responses = inbox.join("responses");
    for entry in fs::read_dir(&responses).unwrap() {
        fs::remove_file(entry.unwrap().path()).unwrap();
    }
    (tmp, inbox, responses)
}

#[test]
fn the_point_right_after_the_salutation_is_a_comment() {
    let (tmp, inbox, responses) = sample_without_responses();
    fs::write(
        responses.join("mail.txt"),
        "Geachte werkgroep,\nIn paragraaf 4.1 mis ik aandacht voor sportclubs. Graag toevoegen.\n\n\
         Verder vind ik de opvang in paragraaf 5.3 te klein.\n\nMet vriendelijke groet,\nStichting Wijkkracht\n",
    )
    .unwrap();
    let run = cargo_bin_cmd!("inspraak")
        .current_dir(tmp.path())
        .arg("run")
        .arg("--inbox")
        .arg(&inbox)
        .arg("--out")
        .arg(tmp.path().join("output"))
        .args(["--no-cache", "--quiet"])
        .output()
        .unwrap();
    assert_success(&run);
    let listed = comments_json(&inbox);
    let texts: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["comments"].as_array().unwrap())
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "In paragraaf 4.1 mis ik aandacht voor sportclubs. Graag toevoegen.",
            "Verder vind ik de opvang in paragraaf 5.3 te klein.",
        ],
        "{listed:#}"
    );
}

/// QA report: a forwarded submission, a letter with a table of contents,
/// an e-mail from a phone with an English header and disclaimer, a running
/// header typed into a letter, a Markdown response and a .txt with
/// Markdown-like marks, read through the binary.
#[test]
fn forwards_contents_disclaimers_and_markdown() {
    let (_tmp, inbox, responses) = sample_without_responses();
    let files = [
        (
            "doorgestuurd.txt",
            "Van: Informatiebalie Gemeente Noordwaard <info@noordwaard.example.nl>\n\
             Verzonden: donderdag 22 oktober 2026 14:05\nAan: werkgroep@example.nl\n\
             Onderwerp: FW: onze reactie\n\nGraag doorsturen naar de werkgroep.\n\n\
             -----Oorspronkelijk bericht-----\nVan: Vereniging Wijkbelang Noord <secretaris@wijkbelang.example.nl>\n\
             Verzonden: maandag 12 oktober 2026 19:30\nAan: info@noordwaard.example.nl\n\
             Onderwerp: onze reactie\n\nGeachte werkgroep,\n\n\
             1. Wij vragen de wijkteams ook 's avonds bereikbaar te maken.\n\n\
             2. Wij missen de rol van de huisarts bij ouderenmishandeling.\n\n\
             Met vriendelijke groet,\nVereniging Wijkbelang Noord\n",
        ),
        (
            "inhoud.txt",
            "Seniorenraad Noordwaard\nNoordwaard, 5 oktober 2026\n\nAdvies over de concept-regiovisie huiselijk geweld\n\n\
             Inhoudsopgave\n1. Ouderen ............ 2\n2. Mantelzorg .......... 3\n\n\
             1. Ouderen\n\nDe seniorenraad adviseert meer aandacht voor financiële uitbuiting van ouderen.\n\n\
             2. Mantelzorg\n\nDe seniorenraad adviseert overbelaste mantelzorgers actief te ondersteunen.\n\n\
             Met vriendelijke groet,\nSeniorenraad Noordwaard\n",
        ),
        (
            "telefoon.txt",
            "From: Stichting Jongerenwerk Noord <info@jongerenwerk.example.com>\n\
             Sent: Thursday, October 8, 2026 10:01 PM\nTo: werkgroep@example.nl\nSubject: visie\n\n\
             Hoi,\n\n1) Zet de hulplijn ook op Snapchat, daar zitten de jongeren.\n\
             2) Laat jongerenwerkers de meldcode leren.\n\nMvg Stichting Jongerenwerk Noord\n\n\
             Sent from my iPhone\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.\n",
        ),
        (
            "koptekst.txt",
            "Stichting Vrouwenopvang Noord\nNoordwaard, 6 oktober 2026\nOnderwerp: reactie regiovisie huiselijk geweld\n\n\
             Geachte werkgroep,\n\n1. De opvang voor vrouwen met kinderen moet groter worden.\n\n\
             Pagina 1 van 2\n\nReactie Stichting Vrouwenopvang Noord — regiovisie huiselijk geweld\n\n\
             Nu wachten vrouwen soms weken op een plek.\n\n2. Wij vragen om nazorg na de opvang.\n\n\
             Met vriendelijke groet,\nStichting Vrouwenopvang Noord\n",
        ),
        (
            "reactie.md",
            "# Reactie van Stichting Buurtsport Noord\n\n## Sport\n\n\
             De meldcode is bij *sportclubs* onbekend; **maak een korte versie**.\n\n---\n\n\
             Met groet,\nStichting Buurtsport Noord\n",
        ),
        (
            "platte-tekst.txt",
            "Geachte werkgroep,\n\n#MeToo heeft laten zien dat **niemand** veilig is; noem dat in de visie.\n\n\
             Met vriendelijke groet,\nStichting Wijkkracht\n",
        ),
    ];
    for (name, text) in files {
        fs::write(responses.join(name), text).unwrap();
    }
    let listed = comments_json(&inbox);
    let response = |file: &str| response_in(&listed, file);
    let fw = response("doorgestuurd.txt");
    assert_eq!(fw["respondent"], "Vereniging Wijkbelang Noord", "{fw:#}");
    assert_eq!(fw["date"], "2026-10-12", "{fw:#}");
    assert_eq!(comment_texts(&fw).len(), 2, "{fw:#}");
    let toc = response("inhoud.txt");
    assert_eq!(
        comment_texts(&toc),
        [
            "1. Ouderen\n\nDe seniorenraad adviseert meer aandacht voor financiële uitbuiting van ouderen.",
            "2. Mantelzorg\n\nDe seniorenraad adviseert overbelaste mantelzorgers actief te ondersteunen.",
        ],
        "{toc:#}"
    );
    let phone = response("telefoon.txt");
    assert_eq!(phone["date"], "2026-10-08", "{phone:#}");
    assert_eq!(
        comment_texts(&phone),
        [
            "1) Zet de hulplijn ook op Snapchat, daar zitten de jongeren.",
            "2) Laat jongerenwerkers de meldcode leren.",
        ],
        "{phone:#}"
    );
    let header = response("koptekst.txt");
    assert_eq!(
        comment_texts(&header),
        [
            "1. De opvang voor vrouwen met kinderen moet groter worden.\n\nNu wachten vrouwen soms weken op een plek.",
            "2. Wij vragen om nazorg na de opvang.",
        ],
        "{header:#}"
    );
    let md = response("reactie.md");
    assert_eq!(
        comment_texts(&md),
        ["De meldcode is bij sportclubs onbekend; maak een korte versie."],
        "{md:#}"
    );
    let txt = response("platte-tekst.txt");
    assert_eq!(
        comment_texts(&txt),
        ["#MeToo heeft laten zien dat **niemand** veilig is; noem dat in de visie."],
        "{txt:#}"
    );
}

/// QA report: items of a list typed one per line inside a chapter were
/// joined into one run-on paragraph (or some of them); a chapter with
/// numbered sub-sections was one huge comment; a closing split over two
/// lines left its first word in the comment.
#[test]
fn list_lines_sub_sections_and_a_split_closing() {
    let (_tmp, inbox, responses) = sample_without_responses();
    fs::write(
        responses.join("lijst.txt"),
        "Geachte werkgroep,\n\n1. Algemeen\n\nDe raad onderschrijft de uitgangspunten.\n\n\
         2. Signalering\n\nDe raad vraagt drie dingen:\n\n1. Train de medewerkers van de bibliotheek.\n\
         2. Geef de huisartsen een vaste contactpersoon.\n3. Houd de meldcode kort.\n\n\
         3. Nazorg\n\n3.1 Duur\n\nDe nazorg na een melding moet minstens een jaar duren.\n\n\
         3.2 Uitvoering\n\nHet wijkteam moet de nazorg uitvoeren, niet een nieuwe organisatie.\n\n\
         Met vriendelijke groet,\n\nAdviesraad Noordwaard\n",
    )
    .unwrap();
    fs::write(
        responses.join("groet.txt"),
        "Beste mensen,\n\nZet de buurtsportcoach in hoofdstuk 3, hij ziet de kinderen elke week. Met vriendelijke\n\
         groet, Anna Kok\n",
    )
    .unwrap();
    let listed = comments_json(&inbox);
    let texts = |file: &str| -> Vec<String> {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["file"] == file)
            .unwrap_or_else(|| panic!("{file} in {listed:#}"))["comments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        texts("lijst.txt"),
        [
            "1. Algemeen\n\nDe raad onderschrijft de uitgangspunten.",
            "2. Signalering\n\nDe raad vraagt drie dingen:\n\n1. Train de medewerkers van de bibliotheek.\n\n\
             2. Geef de huisartsen een vaste contactpersoon.\n\n3. Houd de meldcode kort.",
            "3. Nazorg\n\n3.1 Duur\n\nDe nazorg na een melding moet minstens een jaar duren.",
            "3.2 Uitvoering\n\nHet wijkteam moet de nazorg uitvoeren, niet een nieuwe organisatie.",
        ],
        "{listed:#}"
    );
    assert_eq!(
        texts("groet.txt"),
        ["Zet de buurtsportcoach in hoofdstuk 3, hij ziet de kinderen elke week."],
        "{listed:#}"
    );
}

/// QA report (round 6): a college letter with the advice it encloses, short
/// bullets (one of them in two organisations' letters), a list numbered from
/// 12, a closing request after the last point, a running header on page 2
/// and a letter of one verbless sentence, read through the binary: no point
/// is dropped or merged, no furniture is in a comment.
#[test]
fn enclosed_letters_short_bullets_and_lists_from_any_number() {
    let (_tmp, inbox, responses) = sample_without_responses();
    let files = [
        (
            "college.txt",
            "Voorschoten, 28 november 2023\n\nGeachte Raad,\n\nWij informeren u over de concept-regiovisie. Het college vraagt de regio wel om in paragraaf 2 de rol van het Zorg- en Veiligheidshuis te beschrijven.\n\n\
             Met vriendelijke groet,\n\nhet college van burgemeester en wethouders,\nE.A. van Wattingen, gemeentesecretaris\n\n\
             Aan: het College van Burgemeester en Wethouders\nVan: Adviesraad Sociaal Domein Voorschoten\nBetreft: Advies m.b.t. concept-regiovisie\n\n\
             Voorschoten, 26 november 2023\n\nGeacht College,\n\nDe ASDV geeft u ongevraagd het volgende advies.\n\n\
             1. Stel een lokaal plan van aanpak huiselijk geweld op en leg dat aan de gemeenteraad voor.\n\
             2. Zorg dat professionals multidisciplinair worden geschoold in de systeemaanpak.\n\
             3. Richt een spoedeisende hulplijn in voor acute onveiligheid.\n\nNamens de ASDV,\n\nBruno van Dunné, voorzitter\n",
        ),
        (
            "a-bullets.txt",
            "Den Haag, 5 mei 2019\n\nGeachte projectgroep,\n\nOnze reactie per paragraaf:\n\n- Inleiding: eens.\n- Samenwerking: eens.\n- Politie: oneens, te veel registratielast.\n\nMet vriendelijke groet,\nStichting Buurtwerk Laak\n",
        ),
        (
            "b-bullets.txt",
            "Den Haag, 5 mei 2019\n\nGeachte projectgroep,\n\n- Akkoord met paragraaf 1.\n- Niet akkoord met paragraaf 2.\n- Politie: oneens, te veel registratielast.\n\nMet vriendelijke groet,\nStichting Welzijn Escamp\n",
        ),
        (
            "vanaf-12.txt",
            "Den Haag, 4 mei 2019\n\nGeachte projectgroep,\n\nIn aanvulling op onze brief van 1 april (punten 1 t/m 11) geven wij nog het volgende mee.\n\n\
             12. Huurders melden overlast die soms huiselijk geweld is; betrek de corporaties.\n13. Geef huismeesters een training signaleren.\n\n\
             Pagina 2 van 2          Reactie Vereniging Huurders\n\n14. Zorg voor een meldpunt bij de corporatie.\n\n\
             De vereniging verzoekt u deze reactie te betrekken bij de vaststelling van de definitieve regiovisie.\n\n\
             Met vriendelijke groet,\nVereniging Huurders Haaglanden\n",
        ),
        (
            "een-zin.txt",
            "Delft, 2 mei 2019\n\nGeachte projectgroep,\n\nMeer geld voor de vrouwenopvang.\n\nMet vriendelijke groet,\nStichting Vrouwenopvang Delft\n",
        ),
    ];
    for (name, text) in files {
        fs::write(responses.join(name), text).unwrap();
    }
    let listed = comments_json(&inbox);
    let response = |file: &str| response_in(&listed, file);
    let college = response("college.txt");
    assert_eq!(comment_texts(&college).len(), 4, "{college:#}");
    assert!(
        comment_texts(&college)[3].contains("spoedeisende hulplijn"),
        "{college:#}"
    );
    assert_eq!(college["kind"], "executive_board", "{college:#}");
    let a = response("a-bullets.txt");
    assert_eq!(
        comment_texts(&a),
        [
            "Inleiding: eens.",
            "Samenwerking: eens.",
            "Politie: oneens, te veel registratielast."
        ],
        "{a:#}"
    );
    // One short bullet shared by two organisations is no campaign.
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["comments"].as_array().unwrap())
            .all(|c| c["group"].is_null()),
        "{listed:#}"
    );
    let twelve = response("vanaf-12.txt");
    assert_eq!(
        comment_texts(&twelve),
        [
            "12. Huurders melden overlast die soms huiselijk geweld is; betrek de corporaties.",
            "13. Geef huismeesters een training signaleren.",
            "14. Zorg voor een meldpunt bij de corporatie.",
        ],
        "{twelve:#}"
    );
    assert_eq!(
        comment_texts(&response("een-zin.txt")),
        ["Meer geld voor de vrouwenopvang."]
    );
}

/// The response of `file` in the listing of `inspraak comments --json`.
fn response_in(listed: &serde_json::Value, file: &str) -> serde_json::Value {
    listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == file)
        .unwrap_or_else(|| panic!("{file} in {listed:#}"))
        .clone()
}

/// The texts of a listed response's comments.
fn comment_texts(r: &serde_json::Value) -> Vec<String> {
    r["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap().to_string())
        .collect()
}

/// QA report: two residents asking different or opposite things in
/// otherwise identical words (`ook op zondag open` / `ook op zaterdag
/// open`; `Ik ben tegen` / `Ik ben voor`) were one campaign, so the memo
/// showed only the first request. Campaign letters that differ only in
/// the sender's own details (town, role) stay one campaign.
#[test]
fn only_letters_making_the_same_point_are_one_campaign() {
    let (tmp, inbox, responses) = sample_without_responses();
    let letter = |place: &str, body: &str, name: &str| {
        format!(
            "{place}, 3 oktober 2026\n\nGeachte werkgroep,\n\n{body}\n\nMet vriendelijke groet,\n{name}\n"
        )
    };
    let loket = |day: &str| {
        format!("Het loket in paragraaf 4.1 moet ook op {day} open, want ik werk doordeweeks.")
    };
    let sluiten = |view: &str| {
        format!(
            "Ik ben {view} het sluiten van het steunpunt in het gemeentehuis uit paragraaf 4.1."
        )
    };
    let zorgen = |role: &str, place: &str| {
        format!(
            "Als {role} uit {place} maak ik mij grote zorgen over kinderen die klem zitten tussen \
             ouders die na hun scheiding blijven vechten. Ik vraag de gemeenten om ieder kind in \
             zo'n situatie een eigen vertrouwenspersoon te geven."
        )
    };
    for (file, place, body, name) in [
        ("a.txt", "Veenmeer", loket("zondag"), "Karin Visser"),
        ("b.txt", "Veenmeer", loket("zaterdag"), "Marieke Jansen"),
        ("c.txt", "Rijnsaten", loket("zondag"), "Piet de Boer"),
        ("d.txt", "Veenmeer", sluiten("tegen"), "Joop Smit"),
        ("e.txt", "Veenmeer", sluiten("voor"), "Els Mulder"),
        (
            "f.txt",
            "Rijnsaten",
            zorgen("grootmoeder", "Rijnsaten"),
            "Ans Kok",
        ),
        (
            "g.txt",
            "Westerlaak",
            zorgen("grootvader", "Westerlaak"),
            "Kees Kok",
        ),
    ] {
        fs::write(responses.join(file), letter(place, &body, name)).unwrap();
    }
    let run = cargo_bin_cmd!("inspraak")
        .current_dir(tmp.path())
        .args(["run", "--no-cache", "--quiet", "--inbox"])
        .arg(&inbox)
        .arg("--out")
        .arg(tmp.path().join("output"))
        .output()
        .unwrap();
    assert_success(&run);
    let listed = comments_json(&inbox);
    let group = |file: &str| {
        let r = response_in(&listed, file);
        assert_eq!(r["comments"].as_array().unwrap().len(), 1, "{r:#}");
        r["comments"][0]["group"].as_str().map(str::to_string)
    };
    // The same request from two towns is one campaign; another day is not.
    assert!(group("a.txt").is_some(), "{listed:#}");
    assert_eq!(group("a.txt"), group("c.txt"), "{listed:#}");
    assert_ne!(group("b.txt"), group("a.txt"), "{listed:#}");
    // Against and for are no campaign.
    assert!(
        group("d.txt").is_none() || group("d.txt") != group("e.txt"),
        "{listed:#}"
    );
    // Grandmother and grandfather from their own towns ask the same.
    assert!(group("f.txt").is_some(), "{listed:#}");
    assert_eq!(group("f.txt"), group("g.txt"), "{listed:#}");
    // The memo shows each different request.
    let memo = fs::read_to_string(tmp.path().join("output/nota-van-beantwoording.md")).unwrap();
    for text in [
        "ook op zaterdag open",
        "ook op zondag open",
        "Ik ben voor",
        "Ik ben tegen",
    ] {
        assert!(memo.contains(text), "{text} in {memo}");
    }
}

/// QA28: an adviesraad's opening `De Adviesraad X geeft hierbij gevraagd
/// advies over de regiovisie.` was published as a point to answer; it only
/// hands the advice over, as `Hierbij geeft de Adviesraad ...` does.
#[test]
fn an_advisory_councils_handing_over_of_its_advice_is_no_point() {
    let dir = common::temp_inbox(&[
        (
            "drafts/01-concept.md",
            "# Regiovisie Jeugd en Gezin 2027-2030\n\n## 1 Inleiding\n\n\
             De gemeenten werken samen aan hulp voor kinderen, jongeren en gezinnen.\n\n\
             ## 2 Toegang tot hulp\n\nElke gemeente heeft een wijkteam voor vragen over opvoeden en opgroeien.\n\n\
             ## 3 Financiën\n\nHet budget voor jeugdhulp blijft gelijk.\n",
        ),
        (
            "responses/advies-adviesraad.txt",
            "Adviesraad Sociaal Domein Zandhoven\n\nZandhoven, 12 oktober 2026\n\n\
             Betreft: advies over de Regiovisie Jeugd en Gezin 2027-2030\n\nGeachte werkgroep,\n\n\
             De Adviesraad Sociaal Domein Zandhoven geeft hierbij gevraagd advies over de regiovisie.\n\n\
             Advies 1\nDe adviesraad mist in hoofdstuk 2 aandacht voor jongeren van 18 tot 23 jaar.\n\n\
             Advies 2\nDe adviesraad adviseert het budget in hoofdstuk 3 te verhogen.\n\n\
             Met vriendelijke groet,\n\nAdviesraad Sociaal Domein Zandhoven\nmw. drs. E. Brouwer, voorzitter\n",
        ),
    ]);
    let v = common::comments_json(&dir.path().join("inbox"));
    let texts: Vec<&str> = v[0]["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(
        texts[0].contains("jongeren van 18 tot 23 jaar"),
        "{texts:#?}"
    );
    assert!(texts[1].contains("budget in hoofdstuk 3"), "{texts:#?}");
}

/// The lead's report: a council's motion as a file of its own (`MOTIE`,
/// its clauses without colons, its requests numbered, `Ingediend door:`
/// with the movers on the line below and the vote under that) was the
/// file's (`motie`), an organisation's, undated, and its `constaterende
/// dat` a comment of its own. It is the council's, dated by its meeting,
/// and its comment holds its requests with their considerations.
#[test]
fn a_councils_motion_in_a_file_of_its_own_is_the_councils() {
    let (_tmp, inbox, responses) = sample_without_responses();
    fs::write(
        responses.join("motie.txt"),
        "MOTIE\n\nOnderwerp: Regiovisie 2027-2030\n\n\
         Vergadering van de gemeenteraad van Oudewaard op 12 maart 2027\n\n\
         De raad van de gemeente Oudewaard, in vergadering bijeen op 12 maart 2027,\n\n\
         constaterende dat\n\
         - de regiovisie in paragraaf 2 de samenwerking met de huisartsen nauwelijks noemt;\n\
         - huisartsen signalen van huiselijk geweld vaak als eersten zien;\n\n\
         overwegende dat\n\
         - vroeg ingrijpen erger voorkomt;\n\n\
         verzoekt het college\n\
         1. bij de regio erop aan te dringen dat de huisartsen in paragraaf 2 een vaste rol krijgen;\n\
         2. de raad voor 1 juni 2027 te informeren over de uitkomst;\n\n\
         en gaat over tot de orde van de dag.\n\n\
         Ingediend door:\nVVD, J. Pieters\n\n\
         Aangenomen met 15 stemmen voor en 4 tegen.\n",
    )
    .unwrap();
    let listed = comments_json(&inbox);
    let motion = response_in(&listed, "motie.txt");
    assert_eq!(
        motion["respondent"], "Gemeenteraad van Oudewaard",
        "{motion:#}"
    );
    assert_eq!(motion["kind"], "council", "{motion:#}");
    assert_eq!(motion["date"], "2027-03-12", "{motion:#}");
    let texts = comment_texts(&motion);
    assert!(!texts.is_empty(), "{motion:#}");
    for t in &texts {
        assert!(t.contains("verzoekt het college"), "{motion:#}");
        assert!(
            !t.contains("Ingediend") && !t.contains("Aangenomen"),
            "{motion:#}"
        );
    }
    assert!(
        texts
            .iter()
            .any(|t| t.contains("een vaste rol krijgen") && t.contains("als eersten zien")),
        "{motion:#}"
    );
}
