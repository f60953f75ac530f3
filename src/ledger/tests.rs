use super::*;

fn responses(files: &[&str]) -> Vec<Response> {
    files
        .iter()
        .map(|f| Response {
            file: f.to_string(),
            ..Response::default()
        })
        .collect()
}

#[test]
fn response_numbers_are_kept_and_never_reused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    let mut ledger = Ledger::new(&path);
    let mut rs = responses(&["b.pdf", "c.txt"]);
    assert_eq!(ledger.number_responses(&mut rs), 2);
    assert_eq!(ledger.register(&rs), 2);
    ledger.save().unwrap();
    // `c.txt` withdrawn, `a.pdf` (sorting first) and `d.md` arrive.
    let mut ledger = Ledger::load(&path).unwrap();
    let mut rs = responses(&["a.pdf", "b.pdf", "d.md"]);
    assert_eq!(ledger.number_responses(&mut rs), 2);
    let numbers: Vec<u32> = rs.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [3, 1, 4]);
    assert_eq!(ledger.register(&rs), 2);
    assert_eq!(ledger.register(&rs), 0);
    assert_eq!(ledger.respondents.get("c.txt"), Some(&2));
    assert_eq!(ledger.repeated_numbers(&rs), None);
}

/// Two files with one number in `[respondents]` (a git merge that kept
/// both sides: each branch gave its new letter the next number): every
/// other response keeps its number, the file that sorts first keeps the
/// repeated one and the other gets the next number after the highest,
/// recorded for its file and its text; a warning says so.
#[test]
fn a_number_given_to_two_files_renumbers_only_the_second() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    let mut ledger = Ledger::new(&path);
    let with_ids = |files: &[(&str, &str)]| -> Vec<Response> {
        files
            .iter()
            .map(|(f, id)| Response {
                file: f.to_string(),
                id: id.to_string(),
                ..Response::default()
            })
            .collect()
    };
    for (file, id, n) in [
        ("01-raad.txt", "r-1", 1),
        ("02-bakker.txt", "r-2", 2),
        ("99-huurders.txt", "r-9", 3),
        ("00-adviesraad.txt", "r-0", 3),
    ] {
        ledger.respondents.insert(file.into(), n);
        ledger.response_ids.insert(id.into(), n);
    }
    let mut rs = with_ids(&[
        ("00-adviesraad.txt", "r-0"),
        ("01-raad.txt", "r-1"),
        ("02-bakker.txt", "r-2"),
        ("99-huurders.txt", "r-9"),
    ]);
    assert_eq!(ledger.number_responses(&mut rs), 1);
    let numbers: Vec<u32> = rs.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [3, 1, 2, 4]);
    let message = ledger.repeated_numbers(&rs).unwrap();
    assert!(
        message.contains("3 (00-adviesraad.txt, 99-huurders.txt): 99-huurders.txt is now 4"),
        "{message}"
    );
    assert!(ledger.register(&rs) > 0);
    assert_eq!(ledger.respondents.get("99-huurders.txt"), Some(&4));
    assert_eq!(ledger.respondents.get("00-adviesraad.txt"), Some(&3));
    assert_eq!(ledger.response_ids.get("r-9"), Some(&4));
    assert_eq!(ledger.response_ids.get("r-0"), Some(&3));
    // Recorded: the next run numbers the same and has nothing to say.
    let mut again = rs.clone();
    assert_eq!(ledger.number_responses(&mut again), 0);
    let numbers: Vec<u32> = again.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [3, 1, 2, 4]);
    assert_eq!(ledger.repeated_numbers(&again), None);
    assert_eq!(ledger.register(&again), 0);
}

#[test]
fn a_renamed_file_keeps_its_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    let mut ledger = Ledger::new(&path);
    let with_ids = |files: &[(&str, &str)]| -> Vec<Response> {
        files
            .iter()
            .map(|(f, id)| Response {
                file: f.to_string(),
                id: id.to_string(),
                ..Response::default()
            })
            .collect()
    };
    let mut rs = with_ids(&[("scan001.pdf", "r-1"), ("scan002.pdf", "r-2")]);
    ledger.number_responses(&mut rs);
    assert_eq!(ledger.register(&rs), 4);
    ledger.save().unwrap();
    // Renamed; a copy of the second under a new name comes in too.
    let mut ledger = Ledger::load(&path).unwrap();
    let mut rs = with_ids(&[
        ("01-gemeente-noord.pdf", "r-1"),
        ("02-kopie.pdf", "r-2"),
        ("scan002.pdf", "r-2"),
    ]);
    assert_eq!(ledger.number_responses(&mut rs), 1);
    let numbers: Vec<u32> = rs.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [1, 3, 2]);
    ledger.register(&rs);
    assert_eq!(ledger.respondents.get("01-gemeente-noord.pdf"), Some(&1));
    assert_eq!(ledger.respondents.get("scan001.pdf"), None);
    assert_eq!(ledger.respondents.get("02-kopie.pdf"), Some(&3));
    assert_eq!(ledger.repeated_numbers(&rs), None);
    ledger.save().unwrap();
    let again = Ledger::load(&path).unwrap();
    assert_eq!(again.respondents, ledger.respondents);
    assert_eq!(again.response_ids.get("r-1"), Some(&1));
}

#[test]
fn a_file_name_holding_another_letter_gets_a_new_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    let letter = |file: &str, id: &str, sender: &str, points: &[&str]| Response {
        file: file.to_string(),
        id: id.to_string(),
        respondent: sender.to_string(),
        comments: points
            .iter()
            .map(|p| Comment {
                text: p.to_string(),
                ..Comment::default()
            })
            .collect(),
        ..Response::default()
    };
    let numbered = |ledger: &mut Ledger, mut rs: Vec<Response>| -> Vec<u32> {
        ledger.number_responses(&mut rs);
        ledger.register(&rs);
        rs.iter().map(|r| r.number).collect()
    };
    let stichting = || letter("a.txt", "r-a", "Stichting A", &["Wij steunen de visie."]);
    let de_vries = |file: &str| letter(file, "r-m", "Marieke de Vries", &["Meer opvang."]);
    let kramer = |id: &str, sender: &str| letter("scan001.txt", id, sender, &["Een wijkagent."]);
    let mut ledger = Ledger::new(&path);
    assert_eq!(
        numbered(&mut ledger, vec![stichting(), de_vries("scan001.txt")]),
        [1, 2]
    );
    assert_eq!(
        ledger.response_senders.get("r-m").map(String::as_str),
        Some("Marieke de Vries")
    );
    ledger.save().unwrap();
    // Taken out; another person's letter comes in under its file name.
    let mut ledger = Ledger::load(&path).unwrap();
    assert_eq!(numbered(&mut ledger, vec![stichting()]), [1]);
    let b = numbered(&mut ledger, vec![stichting(), kramer("r-k", "Kees Kramer")]);
    assert_eq!(b, [1, 3]);
    assert_eq!(ledger.respondents.get("scan001.txt"), Some(&3));
    assert_eq!(ledger.response_ids.get("r-m"), Some(&2));
    // The first letter put back gets its own number again.
    let rs = vec![
        stichting(),
        de_vries("de-vries.txt"),
        kramer("r-k", "Kees Kramer"),
    ];
    assert_eq!(numbered(&mut ledger, rs), [1, 2, 3]);
    assert_eq!(ledger.respondents.get("de-vries.txt"), Some(&2));
    // Corrected in place by its sender (the name read a little
    // differently): it keeps its number.
    let rs = vec![stichting(), kramer("r-k2", "K. Kramer")];
    assert_eq!(numbered(&mut ledger, rs), [1, 3]);
    ledger.save().unwrap();
    let again = Ledger::load(&path).unwrap();
    assert_eq!(again.response_senders, ledger.response_senders);
    assert_eq!(again.respondents, ledger.respondents);

    // Without a sender's name (one made from the file name tells
    // nothing), the number stays, also when the points changed.
    let mut ledger = Ledger::new(&dir.path().join("other.toml"));
    let unsigned = |id: &str, points: &[&str]| letter("scan002.txt", id, "scan002", points);
    let first = unsigned("r-1", &["De opvang heeft te weinig plaatsen voor moeders."]);
    assert_eq!(numbered(&mut ledger, vec![first]), [1]);
    assert!(ledger.response_senders.is_empty());
    assert_eq!(
        numbered(&mut ledger, vec![unsigned("r-2", &["Iets anders."])]),
        [1]
    );
}

#[test]
fn memo_numbers_resolve_to_their_comment() {
    let mut c = Consultation::default();
    let mut r = responses(&["a.pdf"]).remove(0);
    r.number = 12;
    for id in ["c-aa", "c-bb", "c-cc"] {
        r.comments.push(Comment {
            id: id.into(),
            ..Comment::default()
        });
    }
    c.responses.push(r);
    assert_eq!(resolve_id(&c, "12.3"), IdMatch::One("c-cc".into()));
    assert_eq!(resolve_id(&c, "Reactie 12.1"), IdMatch::One("c-aa".into()));
    assert_eq!(resolve_id(&c, "12.4"), IdMatch::None);
    assert_eq!(resolve_id(&c, "12.0"), IdMatch::None);
    assert_eq!(resolve_id(&c, "3.1"), IdMatch::None);
    assert_eq!(resolve_id(&c, "c-b"), IdMatch::One("c-bb".into()));
    // A bare number is a response, never an id prefix (`12` for
    // `c-12ab…` would decide another respondent's point).
    c.responses[0].comments[0].id = "c-12ab".into();
    assert_eq!(resolve_id(&c, "12"), IdMatch::None);
    assert_eq!(resolve_id(&c, "reactie 12"), IdMatch::None);
    assert_eq!(resolve_id(&c, "c-12"), IdMatch::One("c-12ab".into()));
    assert_eq!(resolve_id(&c, "12a"), IdMatch::One("c-12ab".into()));
}

/// An answer or summary with Windows or old Mac line ends is recorded with
/// `\n`, as every text file is read.
#[test]
fn recorded_text_has_unix_line_ends() {
    let mut d = Decision::default();
    let update = Update {
        answer: Some(
            "Wij passen hoofdstuk 2 aan.\r\n\r\nDe wachttijd wordt vier weken.\r\n".into(),
        ),
        summary: Some("Eerste regel\rtweede regel".into()),
        ..Update::default()
    };
    assert!(update.apply_to(&mut d));
    assert_eq!(
        d.answer,
        "Wij passen hoofdstuk 2 aan.\n\nDe wachttijd wordt vier weken.\n"
    );
    assert_eq!(d.summary.as_deref(), Some("Eerste regel\ntweede regel"));
}

/// QA30b: a campaign member's corrected letter (the old file taken out)
/// got a new number and pseudonym, while an ordinary corrected letter
/// keeps its own: its decided points were decided through the campaign
/// group, on another member's point. The decisions that record its file
/// among their `members` count for it, when the sender is the same; a
/// new campaign letter of another person does not take the number.
#[test]
fn a_corrected_campaign_letter_keeps_its_number() {
    let p1 = "De regiovisie gaat in paragraaf 5.3 uit van één opvanglocatie. Ik vraag u een tweede opvanglocatie in Rijnsaten op te nemen.";
    let p2 = "Kinderen in de opvang moeten binnen twee weken een eigen hulpverlener krijgen.";
    let letter = |file: &str, id: &str, sender: &str, points: &[&str]| Response {
        file: file.to_string(),
        id: id.to_string(),
        respondent: sender.to_string(),
        comments: points
            .iter()
            .map(|p| Comment {
                text: p.to_string(),
                ..Comment::default()
            })
            .collect(),
        ..Response::default()
    };
    let numbered = |ledger: &mut Ledger, mut rs: Vec<Response>| -> Vec<u32> {
        ledger.number_responses(&mut rs);
        ledger.register(&rs);
        rs.iter().map(|r| r.number).collect()
    };
    let bram = || letter("1-bram.txt", "r-b", "Bram Jansen", &[p1, p2]);
    let mut ledger = Ledger::default();
    let first = vec![
        bram(),
        letter("2-carla.txt", "r-c", "Carla Smit", &[p1, p2]),
    ];
    assert_eq!(numbered(&mut ledger, first), [1, 2]);
    for (id, text) in [("c-1", p1), ("c-2", p2)] {
        ledger.decisions.insert(
            id.into(),
            Decision {
                status: crate::model::Status::Noted,
                respondent: "Bram Jansen".into(),
                file: "1-bram.txt".into(),
                comment: text.into(),
                group_size: Some(2),
                members: vec!["1-bram.txt".into(), "2-carla.txt".into()],
                ..Decision::default()
            },
        );
    }
    let extra = "Zorg voor een vast aanspreekpunt voor scholen.";
    let corrected = letter("4-carla-2.txt", "r-c2", "Carla Smit", &[p1, p2, extra]);
    // Another resident's campaign letter arriving meanwhile is no
    // correction of Carla's.
    let other = letter("3-dirk.txt", "r-d", "Dirk de Boer", &[p1, p2]);
    assert_eq!(
        numbered(&mut ledger.clone(), vec![bram(), other.clone()]),
        [1, 3]
    );
    assert_eq!(
        numbered(&mut ledger, vec![bram(), other, corrected]),
        [1, 3, 2]
    );
    assert_eq!(ledger.respondents.get("4-carla-2.txt"), Some(&2));
    assert_eq!(ledger.respondents.get("2-carla.txt"), None);
}

/// QA30c: a resident named in an answer stays hidden once their letter is
/// withdrawn: the ledger records each private person who sent a text,
/// and names those whose texts are gone; not an organisation, and not a
/// name that is now an organisation's letter.
#[test]
fn the_names_of_withdrawn_residents_are_kept_privately() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    let letter = |file: &str, id: &str, sender: &str, private: bool| Response {
        file: file.to_string(),
        id: id.to_string(),
        respondent: sender.to_string(),
        private_person: private,
        ..Response::default()
    };
    let anna = letter("01.txt", "r-a", "Anna Visser", true);
    let bert = letter("02.txt", "r-b", "Bert Kok", true);
    let raad = letter("03.txt", "r-r", "Gemeenteraad Katwijk", false);
    let unknown = Response {
        sender_unknown: true,
        ..letter("04.txt", "r-u", "04", true)
    };
    let mut ledger = Ledger::new(&path);
    let all = [anna.clone(), bert.clone(), raad.clone(), unknown.clone()];
    assert_eq!(ledger.record_private_senders(&all), 2);
    assert_eq!(ledger.record_private_senders(&all), 0);
    assert!(ledger.withdrawn_private_names(&all).is_empty());
    ledger.save().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("[private_senders]"), "{text}");
    let ledger = Ledger::load(&path).unwrap();
    // Anna withdraws; the council too (no private person's name).
    let now = [bert.clone(), unknown];
    assert_eq!(ledger.withdrawn_private_names(&now), ["Anna Visser"]);
    let mut c = Consultation {
        responses: now.to_vec(),
        ..Consultation::default()
    };
    ledger.apply(&mut c);
    assert_eq!(c.withdrawn_private_names, ["Anna Visser"]);
    // Not published in consultation.json's model.
    let json = serde_json::to_string(&c).unwrap();
    assert!(!json.contains("Anna"), "{json}");
    // Anna's letter read again, now set to be an organisation's: named.
    let org = letter("01b.txt", "r-a2", "Anna Visser", false);
    assert!(ledger.withdrawn_private_names(&[bert, org]).is_empty());
}
