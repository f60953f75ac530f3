//! Privacy through the command line: `inspraak run` on letters that name
//! private persons in ways the signature does not show (in capitals, in a
//! letter of one paragraph, third parties after a relation word or form of
//! address), and none of those names in any public output.

use std::io::Read;
use std::path::Path;

mod common;

use common::{inspraak, write_inbox};

/// Runs `inspraak run` on an inbox of two text drafts and `responses`
/// (file name, text) in `root`.
fn run(root: &Path, responses: &[(&str, &str)]) {
    let inbox = write_inbox(
        root,
        &[
            (
                "drafts/01-concept.txt",
                "1 Inleiding\n\nDe gemeenten werken samen aan jeugdhulp.\n\n2 Preventie\n\nScholen krijgen voorlichting.\n",
            ),
            (
                "drafts/02-definitief.txt",
                "1 Inleiding\n\nDe gemeenten werken samen aan jeugdhulp.\n\n2 Preventie\n\nScholen en sportclubs krijgen voorlichting.\n",
            ),
        ],
    );
    for (name, text) in responses {
        std::fs::write(inbox.join("responses").join(name), text).unwrap();
    }
    inspraak(root).arg("run").assert().success();
}

/// Every public output as text: the files at the top of `output/` (the
/// memo as HTML and Markdown, the redline, `consultation.json`) and the
/// Word memo's document.
fn public_texts(root: &Path) -> Vec<(String, String)> {
    let out = root.join("output");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !path.is_file() {
            continue; // letters/ carry the names: not public
        }
        if name.ends_with(".docx") {
            let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
            let mut xml = String::new();
            zip.by_name("word/document.xml")
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            texts.push((name, xml));
        } else if name.ends_with(".html") || name.ends_with(".md") || name.ends_with(".json") {
            texts.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
    let names: Vec<&str> = texts.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "consultation.json",
        "nota-van-beantwoording.html",
        "nota-van-beantwoording.md",
        "nota-van-beantwoording.docx",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    texts
}

/// No public file names any of `names`, in any capitals (a link's reason
/// in consultation.json quotes a comment's words in lower case).
fn assert_not_named(root: &Path, names: &[&str]) {
    for (file, text) in public_texts(root) {
        for n in names {
            let re = regex::Regex::new(&format!(r"(?i)\b{}\b", regex::escape(n))).unwrap();
            assert!(!re.is_match(&text), "{file} names {n:?}");
        }
    }
}

#[test]
fn a_residents_name_in_capitals_in_the_body_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[(
            "brief.txt",
            "Zoeterwoude, 3 oktober 2026\n\nGeachte werkgroep,\n\n\
             Ik, HENDRIKA VAN DEN BERG, woon al dertig jaar in het dorp en vind dat de \
             buurthuizen open moeten blijven.\n\n\
             In paragraaf 2 mis ik de buurthuizen, waar Hendrika van den Berg elke week komt.\n\n\
             Hoogachtend,\n\nH. van den Berg\n",
        )],
    );
    assert_not_named(dir.path(), &["HENDRIKA", "Hendrika", "BERG", "Berg"]);
    let json = std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap();
    assert!(json.contains("Ik, [naam], woon al dertig jaar"), "{json}");
}

#[test]
fn the_sender_of_a_letter_in_one_paragraph_is_a_resident_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[(
            "mail.txt",
            "Hallo, ik wil iets zeggen over paragraaf 2 want de scholen krijgen wel voorlichting maar \
             de sportclubs niet en daar zien trainers juist veel, groeten, Bart Hoekstra, \
             Jasmijnstraat 12, Voorbeeld\n",
        )],
    );
    assert_not_named(dir.path(), &["Bart", "Hoekstra", "Jasmijnstraat"]);
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap(),
    )
    .unwrap();
    let r = &json["responses"][0];
    assert_eq!(r["kind"], "resident", "{r}");
    assert_eq!(r["private_person"], true, "{r}");
    assert!(
        r["respondent"].as_str().unwrap().starts_with("Inwoner"),
        "{r}"
    );
}

#[test]
fn third_parties_named_in_letters_are_removed_and_organisations_stay() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            (
                "inwoner.txt",
                "Geachte werkgroep,\n\n\
                 Mijn schoonmoeder Gerda Hofman werd jarenlang geslagen door haar vriend, en de \
                 familie Brinkman naast haar hoorde alles. Gerda belde nooit Veilig Thuis. De \
                 voorlichting in paragraaf 2 moet ook buren bereiken.\n\n\
                 Mijn zoontje Daan hoorde het van meester Koster op school.\n\n\
                 Met vriendelijke groet,\nIngrid Schouten\n",
            ),
            (
                "stichting.txt",
                "Stichting Sportief Samen\n\nGeachte werkgroep,\n\n\
                 1. Onze partner Jeugdfonds Sport en het gezin Centraal programma missen in \
                 paragraaf 2. Neem daarover contact op met mevrouw De Wit van ons bureau.\n\n\
                 2. De sportclubs willen graag voorlichting.\n\n\
                 Met vriendelijke groet,\nStichting Sportief Samen\n",
            ),
        ],
    );
    assert_not_named(
        dir.path(),
        &[
            "Gerda", "Hofman", "Brinkman", "Daan", "Koster", "Ingrid", "Schouten", "De Wit",
        ],
    );
    let json = std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap();
    for kept in [
        "Mijn schoonmoeder [naam] werd",
        "de familie [naam] naast haar",
        "[naam] belde nooit Veilig Thuis",
        "van meester [naam] op school",
        // An organisation's letter keeps what follows its relation words.
        "Onze partner Jeugdfonds Sport en het gezin Centraal programma",
        "met mevrouw [naam] van ons bureau",
    ] {
        assert!(json.contains(kept), "{kept:?} in {json}");
    }
}

#[test]
fn identifiers_dates_of_birth_and_addresses_of_a_resident_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[(
            "brief.txt",
            "Zoeterwoude, 3 oktober 2026\n\nGeachte werkgroep,\n\n\
             1. In paragraaf 2 missen de sportclubs. Mijn burgerservicenummer is 111222333 en \
             mijn rekening NL20 INGB 0001 2345 67; ik ben geboren op 2 april 1961.\n\n\
             2. Wij wonen aan de Oude Singelgracht 40-B, mijn dochter woont op Hooiberg 7a en \
             mijn vader op Burcht 3, 2345 AB. Bel (0252) 41 22 33.\n\n\
             Met vriendelijke groet,\n\nH. Vermeer\n",
        )],
    );
    assert_not_named(
        dir.path(),
        &[
            "111222333",
            "NL20",
            "1961",
            "Singelgracht",
            "Hooiberg",
            "Burcht",
            "0252",
        ],
    );
    let json = std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap();
    for kept in [
        "burgerservicenummer is [BSN]",
        "rekening [rekeningnummer];",
        "geboren op [geboortedatum]",
        "mijn dochter woont op [adres]",
        "Bel [telefoonnummer]",
        "In paragraaf 2 missen",
    ] {
        assert!(json.contains(kept), "{kept:?} in {json}");
    }
}

#[test]
fn a_theme_naming_a_resident_is_scrubbed_and_an_organisation_named_like_one_stays() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            (
                "inwoner.txt",
                "Geachte werkgroep,\n\nIn paragraaf 2 missen de sportclubs.\n\n\
                 Met vriendelijke groet,\n\nMarleen Klein\n",
            ),
            (
                "gemeente.txt",
                "Gemeente Voorbeeld\n\nGeachte werkgroep,\n\n\
                 1. De sportclubs werken samen met Klein Rijnland Kinderopvang.\n\n\
                 2. Klein aantal scholen doet mee aan de voorlichting.\n\n\
                 Met vriendelijke groet,\n\nnamens het college,\n\nP. Smit\nwethouder\n",
            ),
        ],
    );
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap(),
    )
    .unwrap();
    let resident = json["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["private_person"] == true)
        .unwrap();
    let id = resident["comments"][0]["id"].as_str().unwrap().to_string();
    let inbox = dir.path().join("inbox");
    inspraak(dir.path())
        .args(["decide", &id, "--status", "adopted"])
        .args([
            "--answer",
            "Dank, mevrouw Klein.",
            "--theme",
            "Brief Marleen Klein",
        ])
        .arg("--inbox")
        .arg(&inbox)
        .assert()
        .success();
    inspraak(dir.path())
        .args(["run", "--group-by", "theme"])
        .assert()
        .success();
    assert_not_named(dir.path(), &["Marleen", "mevrouw Klein", "Marleen Klein"]);
    let md = std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(md.contains("Brief \\[naam\\]"), "{md}");
    for kept in ["Klein Rijnland Kinderopvang", "Klein aantal scholen"] {
        assert!(md.contains(kept), "{kept:?} in {md}");
    }
}

#[test]
fn names_learnt_from_a_residents_comment_are_removed_from_the_answer_and_theme() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[(
            "reactie.txt",
            "Goedemorgen,\n\nMijn ex-partner Mark heeft jarenlang mijn kinderen Tim en Eva bedreigd. \
             Mijn schoonmoeder, Riet, hielp ons. Zorg voor één vast contactpersoon per gezin en \
             voorlichting op scholen.\n\nGroeten,\nJeroen de Groot\nVoorburg, 3 mei 2019\n",
        )],
    );
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap(),
    )
    .unwrap();
    let id = json["responses"][0]["comments"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    inspraak(dir.path())
        .args(["decide", &id, "--status", "noted"])
        .args([
            "--answer",
            "Wij vinden het erg dat Tim en Eva dit hebben meegemaakt; ook Mark de Groot en Riet Groot worden genoemd.",
            "--theme",
            "Gezin van Tim",
        ])
        .assert()
        .success();
    inspraak(dir.path())
        .args(["run", "--group-by", "theme"])
        .assert()
        .success();
    assert_not_named(
        dir.path(),
        &["Tim", "Eva", "Mark", "Riet", "Jeroen", "Groot"],
    );
    let md = std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        md.contains("Wij vinden het erg dat \\[naam\\] en \\[naam\\] dit hebben meegemaakt"),
        "{md}"
    );
}

#[test]
fn names_after_age_care_and_school_words_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[(
            "reactie.txt",
            "Hallo,\n\nIk heb zelf in de opvang gezeten. Zorg voor nazorg na de opvang.\n\n\
             Mijn oudste, Emre, heeft nog steeds nachtmerries. Mijn jongste Noah ook. Onze \
             casemanager Joyce en de jeugdconsulent Ingrid wisten het, net als haar klasgenoot \
             Lieke en mijn nichtje Fleur. De schoolmaatschappelijk werker Yara belde nooit.\n\n\
             Fatma\nDen Haag, 8 mei 2019\n",
        )],
    );
    assert_not_named(
        dir.path(),
        &[
            "Emre", "Noah", "Joyce", "Ingrid", "Lieke", "Fleur", "Yara", "Fatma",
        ],
    );
}

#[test]
fn a_third_party_named_in_one_point_is_removed_from_the_letters_other_points() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[(
            "inwoner.txt",
            "Geachte werkgroep,\n\n\
             Mijn dochter Sanne woonde drie jaar bij haar vriend Ricardo, die haar sloeg. Niemand \
             greep in, ook niet toen de buren belden. Er moet veel eerder worden ingegrepen.\n\n\
             Toen Sanne eindelijk wegging, moest zij maanden wachten op een plek in de opvang. \
             Ricardo bleef haar berichten sturen. De voorlichting in paragraaf 2 moet dat noemen.\n\n\
             Met vriendelijke groet,\nMieke de Boer\n",
        )],
    );
    assert_not_named(dir.path(), &["Sanne", "Ricardo", "Mieke", "Boer"]);
    let json = std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap();
    assert!(json.contains("Toen [naam] eindelijk wegging"), "{json}");
}

/// QA: a campaign group's one answer (and theme) was scrubbed, for each
/// member, only with the names that member's letter gave: the memo showed
/// `ook voor [naam] en Fleur` and consultation.json `Henk en Fleur` under
/// the third member. Now every member's public texts go without the names
/// any member named, and each member's letter without the names the others
/// named (its own stay: it is their letter).
#[test]
fn a_campaign_answer_goes_without_the_names_any_member_gave() {
    let dir = tempfile::tempdir().unwrap();
    let letter = |place: &str, relation: &str, sender: &str| {
        format!(
            "{place}, 1 oktober 2026\n\nGeachte werkgroep,\n\nWij vragen u om scholen in \
             paragraaf 2 meer voorlichting te laten geven over geweld in het gezin. Veel \
             kinderen in {place} krijgen die nu niet, ook {relation} niet.\n\nMet vriendelijke \
             groet,\n{sender}\n"
        )
    };
    let letters = [
        (
            "campagne-a.txt",
            letter("Zandwijk", "mijn buurman Henk Mol", "Anna Bos"),
        ),
        (
            "campagne-b.txt",
            letter("Lindeveen", "mijn zus Fleur", "Bert Kok"),
        ),
        (
            "campagne-c.txt",
            letter("Oosterbroek", "mijn vriend Teun", "Cor Dam"),
        ),
    ];
    let responses: Vec<(&str, &str)> = letters.iter().map(|(n, t)| (*n, t.as_str())).collect();
    run(dir.path(), &responses);
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap(),
    )
    .unwrap();
    let groups: Vec<&str> = json["responses"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["comments"][0]["group"].as_str())
        .collect();
    assert_eq!(groups.len(), 3, "one campaign: {json}");
    let id = json["responses"][0]["comments"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    inspraak(dir.path())
        .args(["decide", &id, "--status", "not_adopted"])
        .args([
            "--answer",
            "Voorlichting komt er; ook voor Henk, Fleur en Teun geldt dat.",
            "--theme",
            "Voorlichting voor Fleur",
        ])
        .assert()
        .success();
    inspraak(dir.path())
        .args(["run", "--group-by", "theme"])
        .assert()
        .success();
    assert_not_named(dir.path(), &["Henk", "Mol", "Fleur", "Teun"]);
    // The letters: each keeps the name its own sender gave.
    let letters = dir.path().join("output/letters");
    let answers: Vec<String> = std::fs::read_dir(&letters)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter_map(|l| {
            l.lines()
                .find(|line| line.starts_with("**Antwoord:**"))
                .map(str::to_string)
        })
        .collect();
    assert_eq!(answers.len(), 3, "{answers:?}");
    for own in ["Henk", "Fleur", "Teun"] {
        let naming: Vec<&String> = answers.iter().filter(|a| a.contains(own)).collect();
        assert_eq!(naming.len(), 1, "{own} in {answers:?}");
    }
}

#[test]
fn a_signature_of_a_name_and_contact_details_without_a_closing_is_not_published() {
    // QA: `Karin Visser | 06-... | Zwanenhof 14, ...` under a letter
    // without a closing was published as a comment with her name.
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            (
                "reactie.txt",
                "Zandwijk, 6 oktober 2026\n\nBeste werkgroep,\n\n\
                 Ik vind dat de voorlichting in paragraaf 2 ook naar de sportclubs moet gaan.\n\n\
                 Karin Visser | 06-98765432 | Zwanenhof 14, 3456 CF Zandwijk\n",
            ),
            (
                "brief.txt",
                "Zandwijk, 7 oktober 2026\n\nBeste werkgroep,\n\n\
                 De jeugdhulp in paragraaf 1 moet dichter bij huis, zegt de familie Smit-Bakker.\n\n\
                 Piet Smit-Bakker\nZwanenhof 16\n3456 CF Zandwijk\n",
            ),
        ],
    );
    assert_not_named(
        dir.path(),
        &["Visser", "Karin", "Smit-Bakker", "Smit", "98765432"],
    );
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains("Inwoner 1") && memo.contains("Inwoner 2"),
        "{memo}"
    );
}

#[test]
fn a_resident_who_names_themself_in_the_text_is_not_published() {
    // QA21: `Mijn naam is ...` / `Ik ben ...,` without a signature of a
    // full name: the writer is the sender, a private person.
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            (
                "reactie-a.txt",
                "Zoeterhout, 3 oktober 2026\n\nMijn naam is Petra Smit-Kuipers en ik vind dat \
                 scholen meer voorlichting moeten geven.\n\nOok moet de jeugdhulp sneller, vind ik.\n",
            ),
            (
                "reactie-b.txt",
                "Zoeterhout, 3 oktober 2026\n\nGeachte werkgroep,\n\nIk ben Joris Hendriks, vader \
                 van twee kinderen, en ik vind dat scholen meer voorlichting moeten geven.\n\n\
                 Ook moet de jeugdhulp sneller, vind ik.\n\nGr Joris\n",
            ),
        ],
    );
    assert_not_named(
        dir.path(),
        &["Petra", "Smit", "Kuipers", "Joris", "Hendriks"],
    );
}

#[test]
fn a_second_signer_on_a_line_of_their_own_is_not_published() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[(
            "reactie.txt",
            "Zoeterhout, 3 oktober 2026\n\nGeachte werkgroep,\n\n1. Scholen moeten meer \
             voorlichting geven. Peter de Wit en Sandra Bakker hebben dat zelf meegemaakt.\n\n\
             2. De jeugdhulp moet sneller, vindt vooral Sandra Bakker, die leerkracht is.\n\n\
             Met vriendelijke groet,\n\nPeter de Wit\nSandra Bakker\n",
        )],
    );
    assert_not_named(dir.path(), &["Peter", "Wit", "Sandra", "Bakker"]);
    let letter = std::fs::read_to_string(dir.path().join("output/letters/inwoner-1.md")).unwrap();
    assert!(letter.contains("Peter de Wit en Sandra Bakker"), "{letter}");
}

/// The `**Antwoord:**` lines of letter `name` (`inwoner-3`), in Markdown
/// and HTML.
fn letter_texts(root: &Path, name: &str) -> String {
    let letters = root.join("output/letters");
    let md = std::fs::read_to_string(letters.join(format!("{name}.md"))).unwrap();
    let html = std::fs::read_to_string(letters.join(format!("{name}.html"))).unwrap();
    format!("{md}\n{html}")
}

#[test]
fn a_campaign_members_letter_goes_without_the_other_members_names_and_addresses() {
    // QA21: the shared answer thanks two members by name and gives one's
    // e-mail address; the third member's letter shows neither.
    let dir = tempfile::tempdir().unwrap();
    let letter = |sender: &str| {
        format!(
            "Zoeterhout, 3 oktober 2026\n\nGeachte werkgroep,\n\nWij vragen u om scholen in \
             paragraaf 2 meer voorlichting te laten geven over geweld in het gezin.\n\n\
             Met vriendelijke groet,\n{sender}\n"
        )
    };
    let letters = [
        ("01-campagne.txt", letter("Anna Visser")),
        ("02-campagne.txt", letter("Bert Kok")),
        ("03-campagne.txt", letter("Carla Smit")),
    ];
    let responses: Vec<(&str, &str)> = letters.iter().map(|(n, t)| (*n, t.as_str())).collect();
    run(dir.path(), &responses);
    inspraak(dir.path())
        .args(["decide", "1.1", "--status", "adopted", "--answer"])
        .arg("Dank aan Anna Visser en Bert Kok, die ons belden (bert.kok@example.nl).")
        .assert()
        .success();
    inspraak(dir.path()).arg("run").assert().success();
    assert_not_named(dir.path(), &["Anna", "Visser", "Bert", "Kok"]);
    let carla = letter_texts(dir.path(), "inwoner-3");
    for other in ["Anna Visser", "Bert Kok", "bert.kok@"] {
        assert!(!carla.contains(other), "{other} in {carla}");
    }
    assert!(carla.contains("Dank aan [naam] en [naam]"), "{carla}");
    // Anna's own letter keeps her name, not Bert's.
    let anna = letter_texts(dir.path(), "inwoner-1");
    assert!(anna.contains("Dank aan Anna Visser en [naam]"), "{anna}");
}

#[test]
fn a_decision_moved_to_another_residents_point_leaves_the_first_ones_names_out_of_the_letter() {
    // QA21: `decide --move OLD N.M --to-other-respondent`: the answer was
    // written to the first resident; the second one's letter shows it
    // without his name and his son's.
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            (
                "01-mulder.txt",
                "Zoeterhout, 3 oktober 2026\n\nGeachte werkgroep,\n\n1. Mijn zoon Daan wacht al \
                 veertien weken op jeugdhulp; de wachttijd moet korter.\n\n2. De voorlichting op \
                 scholen moet al in groep 5 beginnen.\n\nMet vriendelijke groet,\n\nGerrit Mulder\n",
            ),
            (
                "02-bos.txt",
                "Veenmeer, 4 oktober 2026\n\nGeachte werkgroep,\n\n1. Huisartsen moeten beter \
                 samenwerken met de scholen.\n\n2. De regio moet een jongerenraad instellen.\n\n\
                 Met vriendelijke groet,\n\nBea Bos\n",
            ),
        ],
    );
    inspraak(dir.path())
        .args(["decide", "1.1", "--status", "adopted", "--answer"])
        .arg("Geachte heer Mulder, wij begrijpen dat Daan lang wacht.")
        .assert()
        .success();
    let ledger = std::fs::read_to_string(dir.path().join("ledger.toml")).unwrap();
    let old = regex::Regex::new(r"decisions\.(c-[0-9a-f]+)")
        .unwrap()
        .captures(&ledger)
        .map(|c| c[1].to_string())
        .unwrap();
    let file = dir.path().join("inbox/responses/01-mulder.txt");
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "1. Mijn zoon Daan wacht al veertien weken op jeugdhulp; de wachttijd moet korter.",
        "1. Iets anders: de regio moet meer jongerenwerkers aanstellen.",
    );
    std::fs::write(&file, text).unwrap();
    inspraak(dir.path()).arg("run").assert().success();
    inspraak(dir.path())
        .args(["decide", "--move", &old, "2.2", "--to-other-respondent"])
        .assert()
        .success();
    inspraak(dir.path()).arg("run").assert().success();
    assert_not_named(dir.path(), &["Mulder", "Daan"]);
    let bos = letter_texts(dir.path(), "inwoner-2");
    assert!(bos.contains("wij begrijpen dat"), "{bos}");
    for name in ["Mulder", "Daan"] {
        assert!(!bos.contains(name), "{name} in {bos}");
    }
}

#[test]
fn an_answer_naming_another_resident_reaches_no_letter_with_the_name() {
    // QA23: the answer to a council's point names a resident who asked the
    // same, and his phone number; the memo scrubs both, and so must the
    // council's letter (it ends up public) and every other letter, while
    // the resident's own letter keeps his own name.
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            (
                "01-jansen.txt",
                "Leiden, 3 oktober 2026\n\nGeachte werkgroep,\n\n1. De voorlichting in \
                 paragraaf 2 moet al in groep 5 beginnen.\n\nMet vriendelijke groet,\n\n\
                 Pieter Jansen\n",
            ),
            (
                "02-raad.txt",
                "Katwijk, 10 oktober 2026\n\nGeachte werkgroep,\n\n1. De raad wil dat de \
                 voorlichting in paragraaf 2 jaarlijks wordt gemonitord.\n\nMet vriendelijke \
                 groet,\n\nDe raad van de gemeente Katwijk,\nde griffier\n",
            ),
        ],
    );
    let answer = "Net als de heer Pieter Jansen vraagt de raad om monitoring. Jansen is \
                  bereikbaar via 06-12345678.";
    for point in ["1.1", "2.1"] {
        inspraak(dir.path())
            .args(["decide", point, "--status", "adopted", "--answer", answer])
            .assert()
            .success();
    }
    inspraak(dir.path()).arg("run").assert().success();
    assert_not_named(dir.path(), &["Pieter", "Jansen", "12345678"]);
    let letters = dir.path().join("output/letters");
    let council = std::fs::read_dir(&letters)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            // `De raad van de gemeente Katwijk` is the Gemeenteraad van Katwijk.
            name.contains("raad") && name.ends_with(".md")
        })
        .unwrap();
    let stem = council.file_stem().unwrap().to_string_lossy().to_string();
    let council = letter_texts(dir.path(), &stem);
    for leak in ["Pieter", "Jansen", "06-12345678"] {
        assert!(!council.contains(leak), "{leak} in {council}");
    }
    assert!(
        council.contains("Net als de heer [naam] vraagt de raad om monitoring"),
        "{council}"
    );
    // His own name stays in his own letter; the number he never gave goes.
    let own = letter_texts(dir.path(), "inwoner-1");
    assert!(
        own.contains("Net als de heer Pieter Jansen vraagt"),
        "{own}"
    );
    assert!(!own.contains("06-12345678"), "{own}");
}

/// Whether `text` has the placeholder `[word]` (Markdown escapes its
/// brackets).
fn placeholder(text: &str, word: &str) -> bool {
    text.contains(&format!("[{word}]")) || text.contains(&format!("\\[{word}\\]"))
}

/// The file `part` of the Word file at `path`.
fn docx_part(path: &Path, part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name(part).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn english_output_words_the_placeholders_and_styles_in_english_and_dutch_output_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let inbox = write_inbox(
        root,
        &[(
            "drafts/01-concept.txt",
            "Visie Test\n\n1 Inleiding\nDe gemeenten werken samen.\n\n2 Wachttijden\nDe \
             wachttijd voor jeugdhulp is zes weken.\n",
        )],
    );
    std::fs::write(
        inbox.join("responses/reaction.txt"),
        "Leiden, 3 October 2026\n\nDear working group,\n\nMy daughter Emily has been waiting \
         eight weeks for help. The waiting time in section 2 must be reduced to four weeks. \
         You can reach me at 06-12345678 or emma.clark@example.com.\n\nKind regards,\n\n\
         Emma Clark\n",
    )
    .unwrap();
    let dutch = ["[naam]", "naam\\]", "telefoonnummer", "e-mailadres"];
    inspraak(root)
        .args(["run", "-q", "--lang", "en"])
        .assert()
        .success();
    for (file, text) in public_texts(root) {
        for word in dutch {
            assert!(!text.contains(word), "{file} has {word:?}:\n{text}");
        }
        assert!(
            !text.contains("Emily") && !text.contains("06-12345678"),
            "{file}"
        );
        assert!(
            placeholder(&text, "name") && placeholder(&text, "phone number"),
            "{file}:\n{text}"
        );
    }
    let styles = docx_part(
        &root.join("output/nota-van-beantwoording.docx"),
        "word/styles.xml",
    );
    assert!(
        styles.contains("Inserted text") && !styles.contains("Ingevoegde"),
        "{styles}"
    );

    // The same inputs in Dutch (what the first run kept reused): Dutch
    // placeholders.
    inspraak(root).args(["run", "-q"]).assert().success();
    for (file, text) in public_texts(root) {
        assert!(
            placeholder(&text, "naam") && placeholder(&text, "telefoonnummer"),
            "{file}:\n{text}"
        );
        assert!(!text.contains("phone number"), "{file}");
    }
}

/// QA28: the address and e-mail address a resident gave under their
/// signature became `[adres]` and `[e-mailadres]` in the answer of their
/// own (confidential) letter, while the phone number they wrote in the
/// text stayed. What their own letter gives, its signature block too,
/// stays in their letter; the memo still scrubs all of it.
#[test]
fn a_residents_own_letter_keeps_the_address_and_e_mail_under_their_signature() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[(
            "reactie-de-vries.txt",
            "Zandhoven, 3 oktober 2026\n\nGeachte werkgroep,\n\nDe voorlichting in paragraaf 2 \
             komt te laat. Mijn dochter Sanne wacht al vier maanden. Bel mij op 06-12345678.\n\n\
             Met vriendelijke groet,\n\nJ.H. de Vries\nKerkstraat 14\n2211 XK Zandhoven\n\
             jh.devries@ziggo.nl\n",
        )],
    );
    inspraak(dir.path())
        .args([
            "decide",
            "1.1",
            "--status",
            "noted",
            "--answer",
            "Wij bellen u op 06-12345678 en sturen een bevestiging naar jh.devries@ziggo.nl \
             en per post naar Kerkstraat 14.",
        ])
        .assert()
        .success();
    inspraak(dir.path()).arg("run").assert().success();
    assert_not_named(
        dir.path(),
        &["12345678", "jh.devries", "Kerkstraat", "Vries"],
    );
    let own = letter_texts(dir.path(), "inwoner-1");
    assert!(
        own.contains(
            "Wij bellen u op 06-12345678 en sturen een bevestiging naar jh.devries@ziggo.nl \
             en per post naar Kerkstraat 14."
        ),
        "{own}"
    );
}

/// An inbox of one draft and a campaign letter per `(sender, relation)`,
/// `0N-reactie.txt` in that order.
fn campaign_inbox(root: &Path, senders: &[(&str, &str)]) -> std::path::PathBuf {
    let inbox = write_inbox(
        root,
        &[
            (
                "drafts/01-inspraakversie.md",
                "# Regiovisie Wonen en Welzijn Duinstreek 2027-2030\n\n## 1 Inleiding\n\nDe regio vergrijst snel.\n\n\
                 ## 2 Welzijn en eenzaamheid\n\nEenzaamheid onder ouderen wordt aangepakt met een regionale campagne en \
                 vrijwilligers die op huisbezoek gaan.\n",
            ),
            ("consultation.toml", "deadline = 2026-10-15\n"),
        ],
    );
    for (i, (name, relation)) in senders.iter().enumerate() {
        std::fs::write(
            inbox.join(format!("responses/0{}-reactie.txt", i + 1)),
            format!(
                "Duinstad, 9 oktober 2026\n\nGeachte werkgroep,\n\nEenzaamheid onder ouderen is een groot probleem. \
                 Mijn {relation} woont alleen en ziet soms dagen niemand. Een campagne alleen helpt niet. Zorg dat \
                 elke oudere boven de 75 jaar minstens eens per jaar een huisbezoek krijgt.\n\nMet vriendelijke \
                 groet,\n\n{name}\n"
            ),
        )
        .unwrap();
    }
    inbox
}

/// QA30c: a campaign's answer names its senders (`Dank aan Anna Visser,
/// Bert Kok en Carla Smit`); once Anna Visser withdrew her letter, her name
/// was published in the memo and `consultation.json` and shown in the
/// other members' letters, as only the senders of letters in the inbox
/// were known. The ledger keeps the names of private persons it read
/// (`[private_senders]`), so a withdrawn resident's name stays hidden, and
/// so do the names her letter gave (`zus Fleur`).
#[test]
fn a_withdrawn_residents_name_stays_out_of_public_output() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = campaign_inbox(
        dir.path(),
        &[
            ("Anna Visser", "zus Fleur"),
            ("Bert Kok", "buurman Henk"),
            ("Carla Smit", "moeder Joke"),
        ],
    );
    inspraak(dir.path()).arg("run").assert().success();
    inspraak(dir.path())
        .args([
            "decide",
            "1.1",
            "--status",
            "not_adopted",
            "--answer",
            "Een jaarlijks huisbezoek is niet haalbaar. Dank aan Anna Visser, Bert Kok en Carla Smit; \
             Fleur, Henk en Joke wensen wij het beste.",
        ])
        .assert()
        .success();
    inspraak(dir.path()).arg("run").assert().success();
    let ledger = std::fs::read_to_string(dir.path().join("ledger.toml")).unwrap();
    assert!(ledger.contains("[private_senders]"), "{ledger}");
    std::fs::remove_file(inbox.join("responses/01-reactie.txt")).unwrap();
    inspraak(dir.path()).arg("run").assert().success();
    let mut texts = public_texts(dir.path());
    for entry in std::fs::read_dir(dir.path().join("output/letters")).unwrap() {
        let path = entry.unwrap().path();
        texts.push((
            path.display().to_string(),
            std::fs::read_to_string(&path).unwrap(),
        ));
    }
    let md = &texts
        .iter()
        .find(|(n, _)| n == "nota-van-beantwoording.md")
        .unwrap()
        .1;
    assert!(
        md.contains("Een jaarlijks huisbezoek is niet haalbaar."),
        "{md}"
    );
    for (name, text) in &texts {
        for gone in ["Anna", "Visser", "Fleur"] {
            assert!(!text.contains(gone), "{gone} in {name}: {text}");
        }
    }
}

/// QA35b: the first member of a campaign wrote `Mijn zus Fleur ...` in a
/// paragraph of its own, and the group's answer named her (`van u en
/// Fleur`): `[naam]` while that letter was in the inbox, but once it was
/// withdrawn the decision passed to the next member's point and `Fleur`
/// was published, as only the point's own text was kept. The ledger now
/// keeps the other texts of the letter a campaign decision was made on.
#[test]
fn names_of_a_withdrawn_campaign_letter_stay_out_of_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = campaign_inbox(dir.path(), &[]);
    let personal = [
        (
            "Sanne de Jong",
            "Mijn zus Fleur wist ook niet waar ze heen moest.",
        ),
        (
            "Ahmed el Khatib",
            "Mijn buurman belde vorig jaar de politie.",
        ),
        (
            "Marieke van der Linden",
            "Als opa zie ik hoe lastig het is.",
        ),
    ];
    for (i, (name, own)) in personal.iter().enumerate() {
        std::fs::write(
            inbox.join(format!("responses/0{}-reactie.txt", i + 1)),
            format!(
                "Duinstad, 9 oktober 2026\n\nGeachte werkgroep,\n\nEenzaamheid onder ouderen is een groot \
                 probleem in paragraaf 2. Een campagne alleen helpt niet. Zorg dat elke oudere boven de 75 \
                 jaar minstens eens per jaar een huisbezoek krijgt.\n\n{own}\n\nMet vriendelijke \
                 groet,\n\n{name}\n"
            ),
        )
        .unwrap();
    }
    inspraak(dir.path()).arg("run").assert().success();
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap(),
    )
    .unwrap();
    let point = json["responses"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["comments"].as_array().unwrap())
        .find(|c| c["text"].as_str().unwrap_or("").contains("huisbezoek") && c["group"].is_string())
        .unwrap_or_else(|| panic!("no campaign point: {json}"));
    let id = point["id"].as_str().unwrap().to_string();
    inspraak(dir.path())
        .args(["decide", &id, "--status", "partly_adopted"])
        .args([
            "--answer",
            "Wij begrijpen de zorgen van u en Fleur; er komen meer huisbezoeken.",
        ])
        .assert()
        .success();
    inspraak(dir.path()).arg("run").assert().success();
    assert_not_named(dir.path(), &["Fleur"]);
    std::fs::remove_file(inbox.join("responses/01-reactie.txt")).unwrap();
    inspraak(dir.path()).arg("run").assert().success();
    let md = std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(md.contains("er komen meer huisbezoeken"), "{md}");
    assert_not_named(dir.path(), &["Fleur"]);
    for entry in std::fs::read_dir(dir.path().join("output/letters")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("Fleur"), "{}: {text}", path.display());
    }
}

/// QA35b: a final version that credits a resident's idea named her (`een
/// idee van Karin Visser uit Duinstad`), and the memo's excerpt of the
/// change, the redline, consultation.json and the letters quoted it as it
/// was. The drafts' texts in public output now go without the names of
/// the consultation's private persons; organisations stay named.
#[test]
fn a_residents_name_in_a_newer_draft_stays_out_of_public_output() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = write_inbox(
        dir.path(),
        &[
            (
                "drafts/01-concept.txt",
                "1 Inleiding\n\nDe gemeenten werken samen aan jeugdhulp.\n\n2 Armoede\n\nOuders met geldzorgen \
                 krijgen hulp van het wijkteam.\n",
            ),
            (
                "drafts/02-definitief.txt",
                "1 Inleiding\n\nDe gemeenten werken samen aan jeugdhulp.\n\n2 Armoede\n\nOuders met geldzorgen \
                 krijgen hulp van het wijkteam. Met Stichting Leergeld Duinstreek komt er een financieel café \
                 in de bibliotheek, een idee van Karin Visser uit Duinstad.\n",
            ),
            (
                "responses/brief-visser.txt",
                "Duinstad, 2 oktober 2026\n\nGeachte werkgroep,\n\nOuders met geldzorgen weten de weg niet \
                 (paragraaf 2). Organiseer een financieel café in de bibliotheek.\n\nMet vriendelijke groet,\n\n\
                 Karin Visser\n",
            ),
        ],
    );
    inspraak(dir.path()).arg("run").assert().success();
    inspraak(dir.path())
        .args([
            "decide",
            "1.1",
            "--status",
            "adopted",
            "--answer",
            "Er komt een financieel café.",
        ])
        .args(["--change-ref", "2"])
        .assert()
        .success();
    inspraak(dir.path()).arg("run").assert().success();
    let texts = public_texts(dir.path());
    let memo = &texts
        .iter()
        .find(|(n, _)| n == "nota-van-beantwoording.md")
        .unwrap()
        .1;
    assert!(
        // The Markdown memo escapes brackets (`\[naam\]`).
        memo.contains("Stichting Leergeld Duinstreek")
            && memo.replace('\\', "").contains("[naam] uit Duinstad"),
        "the excerpt of the change, without her name: {memo}"
    );
    assert!(texts.iter().any(|(n, _)| n == "wijzigingen.html"));
    assert_not_named(dir.path(), &["Karin", "Visser"]);
    for entry in std::fs::read_dir(dir.path().join("output/letters")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("idee van Karin"),
            "{}: {text}",
            path.display()
        );
    }
    // The draft file itself is left as it is.
    let draft = std::fs::read_to_string(inbox.join("drafts/02-definitief.txt")).unwrap();
    assert!(draft.contains("een idee van Karin Visser uit Duinstad"));
}

#[test]
fn a_full_name_after_an_informal_closing_is_not_published() {
    // QA35: `gr Emre Kaya` under a resident's letter was read as `Kaya`
    // alone, so the given name the writer uses in the text was published.
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &[
            (
                "reactie-a.txt",
                "hallo,\n\nde voorlichting in paragraaf 2 moet ook naar de sportclubs. bij ons \
                 op de club noemen ze dat al jaren het plan van Emre.\n\ngr Emre Kaya\n",
            ),
            (
                "reactie-b.txt",
                "hallo,\n\nde jeugdhulp moet dichter bij huis. mijn buren zeggen het ook: Saskia \
                 heeft gelijk.\n\ngroetjes saskia de bruin\n",
            ),
        ],
    );
    assert_not_named(dir.path(), &["Emre", "Kaya", "Saskia", "Bruin"]);
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains("Inwoner 1") && memo.contains("Inwoner 2"),
        "{memo}"
    );
}
