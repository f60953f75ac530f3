//! `inspraak check` on a small inbox: each kind of finding, the exit
//! status, and `--json`.

use std::path::Path;

use serde_json::Value;

mod common;

use common::{assert_success, inspraak, temp_inbox, write_inbox};

fn inbox() -> tempfile::TempDir {
    let draft =
        "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
                 2 Preventie\n\nWe zetten in op preventie en vroegsignalering in alle gemeenten.\n";
    let last = draft.replace(
        "huiselijk geweld in",
        "huiselijk geweld en kindermishandeling in",
    );
    temp_inbox(&[
        ("drafts/01-inspraakversie.txt", draft),
        ("drafts/02-definitief.txt", &last),
        (
            "responses/gemeente-noord.txt",
            "De gemeenteraad vraagt om ook kindermishandeling expliciet te noemen in de inleiding.\n\n\
             Daarnaast mist de raad aandacht voor ouderenmishandeling in het hoofdstuk preventie.\n",
        ),
        (
            "responses/laat.txt",
            "Wij hadden graag gezien dat de wachtlijsten in de opvang worden aangepakt in de visie.\n",
        ),
        (
            "consultation.toml",
            "[responses.\"laat.txt\"]\nlate = true\n",
        ),
    ])
}

fn json(dir: &Path, args: &[&str]) -> (Value, Option<i32>) {
    let out = inspraak(dir).args(args).output().unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (v, out.status.code())
}

/// Open comments as (id, text).
fn open(dir: &Path) -> Vec<(String, String)> {
    let (v, _) = json(dir, &["status", "--json"]);
    v["open_comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn id_with(comments: &[(String, String)], word: &str) -> String {
    comments
        .iter()
        .find(|(_, t)| t.contains(word))
        .map(|(id, _)| id.clone())
        .unwrap_or_else(|| panic!("no comment with `{word}`: {comments:?}"))
}

fn kinds(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap().to_string())
        .collect();
    k.sort();
    k
}

#[test]
fn check_reports_what_needs_attention_and_exits_1() {
    let dir = inbox();
    let comments = open(dir.path());
    let (v, code) = json(dir.path(), &["check", "--json"]);
    assert_eq!(code, Some(1));
    assert_eq!(v["needs_attention"], true);
    let k = kinds(&v);
    assert!(k.contains(&"open".to_string()), "{k:?}");
    assert!(k.contains(&"late_open".to_string()), "{k:?}");
    assert!(k.contains(&"unexplained_change".to_string()), "{k:?}");

    // Adopted with a change reference to a section that did not change,
    // and decided without an answer.
    let child = id_with(&comments, "kindermishandeling");
    inspraak(dir.path())
        .args([
            "decide",
            &child,
            "--status",
            "overgenomen",
            "--answer",
            "Ja.",
        ])
        .args(["--change-ref", "2"])
        .assert()
        .success();
    let elder = id_with(&comments, "ouderenmishandeling");
    inspraak(dir.path())
        .args(["decide", &elder, "--status", "niet overgenomen"])
        .assert()
        .success();
    let (v, _) = json(dir.path(), &["check", "--json"]);
    let k = kinds(&v);
    assert!(k.contains(&"adopted_unchanged".to_string()), "{k:?}");
    assert!(k.contains(&"empty_answer".to_string()), "{k:?}");
    // Which version's numbers a message means: a change reference names
    // the final version's section.
    let adopted = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "adopted_unchanged")
        .unwrap();
    assert!(
        adopted["message"]
            .as_str()
            .unwrap()
            .contains("section 2 of the final version"),
        "{adopted}"
    );

    inspraak(dir.path())
        .arg("check")
        .assert()
        .code(1)
        .stdout(predicates::str::contains("empty answer"))
        .stdout(predicates::str::contains("need attention"));
}

#[test]
fn check_passes_when_everything_is_decided_and_explained() {
    let dir = inbox();
    let comments = open(dir.path());
    let child = id_with(&comments, "kindermishandeling");
    inspraak(dir.path())
        .args([
            "decide",
            &child,
            "--status",
            "adopted",
            "--answer",
            "Aangepast.",
        ])
        .args(["--change-ref", "1"])
        .assert()
        .success();
    let rest: Vec<&str> = comments
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| *id != child)
        .collect();
    inspraak(dir.path())
        .arg("decide")
        .args(&rest)
        .args([
            "--status",
            "ter kennisname",
            "--answer",
            "Dank voor uw reactie.",
        ])
        .assert()
        .success();
    let (v, code) = json(dir.path(), &["check", "--json"]);
    assert_eq!(kinds(&v), Vec::<String>::new(), "{v}");
    assert_eq!(code, Some(0));
    inspraak(dir.path())
        .arg("check")
        .assert()
        .success()
        .stdout("nothing needs attention\n");
}

#[test]
fn editorial_marks_and_orphaned_decisions() {
    let dir = inbox();
    let comments = open(dir.path());
    // Nobody asked for the change in section 1: mark it as editorial.
    inspraak(dir.path())
        .args(["decide", "--editorial", "1"])
        .assert()
        .success();
    let (v, _) = json(dir.path(), &["check", "--json"]);
    assert!(!kinds(&v).contains(&"unexplained_change".to_string()));
    let ledger = std::fs::read_to_string(dir.path().join("ledger.toml")).unwrap();
    assert!(
        ledger.contains("[editorial]\nsections = [\"1\"]"),
        "{ledger}"
    );

    let late = id_with(&comments, "wachtlijsten");
    inspraak(dir.path())
        .args(["decide", &late, "--status", "noted", "--answer", "Dank."])
        .assert()
        .success();
    std::fs::remove_file(dir.path().join("inbox/responses/laat.txt")).unwrap();
    let (v, _) = json(dir.path(), &["check", "--json"]);
    let orphan = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "orphaned")
        .unwrap();
    assert_eq!(orphan["comment"], late.as_str());
    assert!(orphan["message"]
        .as_str()
        .unwrap()
        .contains("kept in the ledger"));
}

#[test]
fn help_documents_the_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    inspraak(dir.path())
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "Exit status: 0 when nothing needs attention, 1 when something does",
        ));
}

#[test]
fn a_submission_that_could_not_be_read_needs_attention() {
    let dir = inbox();
    // Everything decided first, so the unreadable file is all that is left.
    let ids: Vec<String> = open(dir.path()).into_iter().map(|(id, _)| id).collect();
    inspraak(dir.path())
        .arg("decide")
        .args(&ids)
        .args(["--status", "ter kennisname", "--answer", "Dank."])
        .assert()
        .success();
    std::fs::write(dir.path().join("inbox/responses/reactie.pdf"), b"").unwrap();
    let (v, code) = json(dir.path(), &["check", "--json"]);
    assert_eq!(code, Some(1), "{v}");
    let unread: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "unread")
        .collect();
    assert_eq!(unread.len(), 1, "{v}");
    let message = unread[0]["message"].as_str().unwrap();
    assert!(
        message.contains("reactie.pdf") && message.contains("empty"),
        "{message}"
    );
}

/// A section inserted before others renumbers them: a section that only
/// got another number needs no explanation and is called renumbered
/// (`vernummerd`), not renamed; a renumbered section with a new title or
/// text still needs one.
#[test]
fn sections_only_renumbered_need_no_explanation() {
    let dir = tempfile::tempdir().unwrap();
    let draft = "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
                 2 Preventie\n\nWe zetten in op preventie en vroegsignalering in alle gemeenten.\n\n\
                 3 Opvang\n\nDe vrouwenopvang biedt onderdak aan slachtoffers die niet thuis kunnen blijven.\n\n\
                 4 Nazorg\n\nNa de crisis volgt begeleiding door het wijkteam tot de situatie stabiel is.\n\n\
                 5 Monitoring\n\nDe regio meet jaarlijks het aantal meldingen bij Veilig Thuis in de regio.\n";
    let last = "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
                2 Ervaringsdeskundigheid\n\nErvaringsdeskundigen denken mee over elke maatregel uit deze visie en hun advies weegt zwaar.\n\n\
                3 Preventie\n\nWe zetten in op preventie en vroegsignalering in alle gemeenten.\n\n\
                4 Opvang\n\nDe vrouwenopvang biedt onderdak aan slachtoffers die niet thuis kunnen blijven.\n\n\
                5 Nazorg en herstel\n\nNa de crisis volgt begeleiding door het wijkteam tot de situatie stabiel is.\n\n\
                6 Monitoring\n\nDe regio meet elk halfjaar het aantal meldingen bij Veilig Thuis in de regio.\n";
    write_inbox(
        dir.path(),
        &[
            ("drafts/01-inspraakversie.txt", draft),
            ("drafts/02-definitief.txt", last),
            (
                "responses/gemeente-noord.txt",
                "De gemeenteraad vraagt om ervaringsdeskundigen een vaste plek te geven in de visie.\n",
            ),
        ],
    );
    let (v, _) = json(dir.path(), &["check", "--json"]);
    let unexplained: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "unexplained_change")
        .map(|f| {
            (
                f["section"].as_str().unwrap(),
                f["message"].as_str().unwrap(),
            )
        })
        .collect();
    let sections: Vec<&str> = unexplained.iter().map(|(s, _)| *s).collect();
    // 2 added, 5 retitled, 6 with new text; 3 and 4 only renumbered.
    assert_eq!(sections, ["2", "5", "6"], "{v}");
    assert!(
        unexplained[1].1.contains("was renumbered and renamed"),
        "{unexplained:?}"
    );
    assert!(
        unexplained[2].1.contains("was renumbered and modified"),
        "{unexplained:?}"
    );

    inspraak(dir.path()).arg("run").assert().success();
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains("| vernummerd | § 2 Preventie | § 3 Preventie |"),
        "{memo}"
    );
    assert!(
        memo.contains("| vernummerd en hernoemd | § 4 Nazorg | § 5 Nazorg en herstel |"),
        "{memo}"
    );
    assert!(!memo.contains("| hernoemd | § 2 Preventie"), "{memo}");
    let json: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("output/consultation.json")).unwrap(),
    )
    .unwrap();
    let kinds: Vec<&str> = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"renumbered"), "{kinds:?}");
    let redline = std::fs::read_to_string(dir.path().join("output/wijzigingen.html")).unwrap();
    assert!(redline.contains("vernummerd"), "{redline}");

    // Renumbered with new text: the label says both, everywhere; the JSON
    // keeps `kind: renumbered` and says the text changed.
    assert!(
        memo.contains("| vernummerd en gewijzigd | § 5 Monitoring | § 6 Monitoring |"),
        "{memo}"
    );
    let monitoring = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["after"]["number"] == "6")
        .unwrap();
    assert_eq!(monitoring["kind"], "renumbered", "{monitoring}");
    assert_eq!(monitoring["text_changed"], true, "{monitoring}");
    let preventie = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["after"]["number"] == "3")
        .unwrap();
    assert_eq!(preventie["text_changed"], false, "{preventie}");
    assert!(
        redline.contains("<span class=\"badge\">vernummerd en gewijzigd</span>"),
        "{redline}"
    );
    inspraak(dir.path())
        .args(["diff", "--color", "never"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "5 Monitoring → 6 Monitoring (renumbered and modified,",
        ))
        .stdout(predicates::str::contains(
            "2 Preventie → 3 Preventie (renumbered, +",
        ));
}

/// An inbox whose draft has sections 1-3 and whose final version changes
/// 2 and 3; the one response names both.
fn two_changes() -> tempfile::TempDir {
    let dir = three_sections();
    std::fs::write(
        dir.path().join("inbox/responses/gemeente-noord.txt"),
        "De raad vraagt om voorlichting op scholen op te nemen in hoofdstuk 2 en om de opvang \
         in hoofdstuk 3 ook open te stellen voor mannen.\n",
    )
    .unwrap();
    dir
}

#[test]
fn a_change_reference_explains_only_the_section_it_names() {
    let dir = two_changes();
    let d = dir.path();
    let id = open(d)[0].0.clone();
    // Adopted, no change reference: the links to 2 and 3 explain both.
    inspraak(d)
        .args(["decide", &id, "-s", "adopted", "-a", "Aangepast."])
        .assert()
        .success();
    let (v, _) = json(d, &["check", "--json"]);
    assert!(unexplained(&v).is_empty(), "{v}");

    // The working group says the change was made in 2: the comment no
    // longer explains the change in 3, in check and in the memo alike.
    inspraak(d)
        .args(["decide", &id, "--change-ref", "2"])
        .assert()
        .success();
    let (v, _) = json(d, &["check", "--json"]);
    assert_eq!(unexplained(&v), ["3"], "{v}");
    run_json(d);
    let memo = memo_md(d);
    let row = |n: &str| {
        memo.lines()
            .find(|l| l.starts_with("| gewijzigd | ") && l.contains(&format!("| § {n} ")))
            .unwrap_or_else(|| panic!("no row for {n}: {memo}"))
            .to_string()
    };
    assert!(row("2 Preventie").contains("reactie 1.1"), "{memo}");
    assert!(row("3 Opvang").ends_with("| — |"), "{memo}");
}

#[test]
fn a_link_by_shared_words_alone_explains_only_the_first_section() {
    let draft = "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de \
        regio. Achttien gemeenten werken samen aan een gezamenlijke koers voor de komende jaren \
        en leggen die vast in deze visie.\n\n2 Preventie\n\nWe zetten in op preventie en \
        vroegsignalering in alle gemeenten. Scholen, huisartsen en sportclubs leren signalen \
        herkennen. Voorlichting aan ouders en leerlingen maakt het onderwerp bespreekbaar.\n\n\
        3 Opvang\n\nDe opvang biedt een veilige plek aan iedereen die thuis niet veilig is. \
        Slachtoffers kunnen dag en nacht terecht. De wachtlijsten voor de vrouwenopvang zijn \
        lang door een tekort aan woningen.\n";
    // Only chapter 2 changes, in words the comment did not use.
    let fin = draft.replace("bespreekbaar.", "bespreekbaar. Ook bibliotheken doen mee.");
    let dir = temp_inbox(&[
        ("drafts/01-inspraakversie.txt", draft),
        ("drafts/02-definitief.txt", &fin),
        (
            "responses/01-reactie.txt",
            "De wachtlijsten in de vrouwenopvang baren zorgen: slachtoffers moeten dag en \
             nacht terecht kunnen. Ook scholen en sportclubs moeten signalen leren herkennen.\n",
        ),
    ]);
    let d = dir.path();
    let id = open(d)[0].0.clone();
    let (v, _) = json(d, &["comments", "--json"]);
    let links: Vec<(&str, &Value)> = v[0]["comments"][0]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["number"].as_str().unwrap(), &l["kinds"]))
        .collect();
    // The comment is linked to 3 first and to 2 by shared words alone.
    assert_eq!(
        links.iter().map(|l| l.0).collect::<Vec<_>>(),
        ["3", "2"],
        "{v}"
    );
    assert!(
        links[1]
            .1
            .as_array()
            .unwrap()
            .iter()
            .all(|k| k.as_str().unwrap().contains("topic")),
        "{v}"
    );
    inspraak(d)
        .args(["decide", &id, "-s", "adopted", "-a", "Meegenomen."])
        .assert()
        .success();
    // The memo's table of changes names no cause for 2, and check agrees.
    let (v, _) = json(d, &["check", "--json"]);
    assert_eq!(unexplained(&v), ["2"], "{v}");
    run_json(d);
    let memo = memo_md(d);
    let row = memo
        .lines()
        .find(|l| l.starts_with("| gewijzigd | ") && l.contains("| § 2 Preventie"))
        .unwrap_or_else(|| panic!("no row for 2: {memo}"));
    assert!(row.ends_with("| — |"), "{memo}");
}

/// The draft of `renumbered_only`: two chapters that swap places in the
/// final version, text unchanged.
const SWAP_DRAFT: &str =
    "1 Stoppen\n\n1.1 Opvang\n\nDe vrouwenopvang biedt 34 plaatsen. De wachtlijst \
    is gegroeid omdat woningen ontbreken.\n\n2 Specifieke aandacht\n\n2.1 Ouderenmishandeling\n\n\
    Ouderen worden vaak financieel uitgebuit door mensen in hun omgeving.\n";
const SWAP_FINAL: &str = "1 Specifieke aandacht\n\n1.1 Ouderenmishandeling\n\nOuderen worden vaak \
    financieel uitgebuit door mensen in hun omgeving.\n\n2 Stoppen\n\n2.1 Opvang\n\nDe \
    vrouwenopvang biedt 34 plaatsen. De wachtlijst is gegroeid omdat woningen ontbreken.\n";

#[test]
fn a_change_reference_to_a_section_only_renumbered_is_adopted_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let inbox = d.join("inbox");
    std::fs::create_dir_all(inbox.join("drafts")).unwrap();
    std::fs::create_dir_all(inbox.join("responses")).unwrap();
    std::fs::write(inbox.join("drafts/01-concept.txt"), SWAP_DRAFT).unwrap();
    std::fs::write(inbox.join("drafts/02-definitief.txt"), SWAP_FINAL).unwrap();
    std::fs::write(
        inbox.join("responses/01-reactie.txt"),
        "Maak in paragraaf 2.1 afspraken met banken over financiele uitbuiting van ouderen.\n",
    )
    .unwrap();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args(["decide", &id, "-s", "adopted", "-a", "Afspraken opgenomen."])
        .args(["--change-ref", "2.1"])
        .assert()
        .success();
    let (v, _) = json(d, &["check", "--json"]);
    let adopted: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "adopted_unchanged")
        .collect();
    assert_eq!(adopted.len(), 1, "{v}");
    assert_eq!(adopted[0]["section"], "2.1", "{v}");
    let message = adopted[0]["message"].as_str().unwrap();
    assert!(
        message.contains("section 2.1 of the final version"),
        "{message}"
    );
    assert!(message.contains("only renumbered"), "{message}");
    // The moved section is no longer explained by the comment's link: its
    // change reference says where its change was made.
    assert!(unexplained(&v).contains(&"1.1".to_string()), "{v}");

    run_json(d);
    let memo = memo_md(d);
    assert!(!memo.contains("naar aanleiding van reactie"), "{memo}");
    assert!(
        memo.contains("| vernummerd | § 1.1 Opvang | § 2.1 Opvang | +1 / −1 | — |"),
        "{memo}"
    );
}

/// A draft with three sections, a final version that changes 2 and 3, and
/// one response asking for the change in 2.
fn three_sections() -> tempfile::TempDir {
    temp_inbox(&[
        (
            "drafts/01-inspraakversie.txt",
            "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
             2 Preventie\n\nWe zetten in op preventie en vroegsignalering in alle gemeenten.\n\n\
             3 Opvang\n\nDe opvang biedt een veilige plek aan iedereen die thuis niet veilig is.\n",
        ),
        ("drafts/02-definitief.txt", &final_text(None)),
        (
            "responses/gemeente-noord.txt",
            "De raad vraagt om voorlichting op scholen op te nemen in het hoofdstuk preventie.\n",
        ),
    ])
}

/// The final version; `inserted` (title, text) is a new section 2 that
/// renumbers Preventie and Opvang to 3 and 4.
fn final_text(inserted: Option<(&str, &str)>) -> String {
    let (new, shift) = match inserted {
        Some((title, text)) => (format!("2 {title}\n\n{text}\n\n"), 1),
        None => (String::new(), 0),
    };
    format!(
        "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
         {new}{} Preventie\n\nWe zetten in op preventie, vroegsignalering en voorlichting op \
         scholen in alle gemeenten.\n\n{} Opvang\n\nDe opvang biedt een veilige plek aan iedereen \
         die thuis niet veilig is, ook aan mannen en hun kinderen.\n",
        2 + shift,
        3 + shift
    )
}

fn run_json(dir: &Path) -> (Value, String) {
    let out = inspraak(dir).arg("run").output().unwrap();
    assert_success(&out);
    let json = std::fs::read_to_string(dir.join("output/consultation.json")).unwrap();
    (
        serde_json::from_str(&json).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn memo_md(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("output/nota-van-beantwoording.md")).unwrap()
}

/// Sections of the newest version whose changes check says nobody explains.
fn unexplained(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "unexplained_change")
        .map(|f| f["section"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn change_references_and_editorial_marks_follow_a_renumbered_section() {
    let dir = three_sections();
    let d = dir.path();
    let id = open(d)[0].0.clone();
    let out = inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--answer", "Ja."])
        .args(["--change-ref", "2"])
        .output()
        .unwrap();
    assert_success(&out);
    // What was recorded is echoed, the change reference included.
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("change in 2"), "{said}");
    assert!(said.contains("status overgenomen"), "{said}");
    inspraak(d)
        .args(["decide", "--editorial", "3"])
        .assert()
        .success();
    let (v, _) = json(d, &["check", "--json"]);
    assert_eq!(unexplained(&v), Vec::<String>::new(), "{v}");

    // A newer final version inserts a section before Preventie.
    std::fs::write(
        d.join("inbox/drafts/03-definitief-2.txt"),
        final_text(Some((
            "Samenwerking",
            "Gemeenten werken samen met politie, Veilig Thuis en het onderwijs.",
        ))),
    )
    .unwrap();
    let (json_out, _) = run_json(d);
    let decision = &json_out["responses"][0]["comments"][0]["decision"];
    assert_eq!(decision["change_ref"], "3", "{decision}");
    let opvang = json_out["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["after"]["number"] == "4")
        .unwrap();
    assert_eq!(opvang["editorial"], true, "{opvang}");
    let memo = memo_md(d);
    assert!(memo.contains("Aanpassing in § 3 Preventie"), "{memo}");
    assert!(!memo.contains("Aanpassing in § 2 Samenwerking"), "{memo}");
    let ledger = std::fs::read_to_string(d.join("ledger.toml")).unwrap();
    assert!(ledger.contains("change_ref = \"3\""), "{ledger}");
    assert!(ledger.contains("sections = [\"4\"]"), "{ledger}");
    // Only the new section needs explaining.
    let (v, _) = json(d, &["check", "--json"]);
    assert_eq!(unexplained(&v), ["2"], "{v}");
    assert!(!kinds(&v).contains(&"lost_reference".to_string()), "{v}");

    // Renamed as well as renumbered: reported, not guessed.
    std::fs::write(
        d.join("inbox/drafts/03-definitief-2.txt"),
        final_text(Some((
            "Samenwerking",
            "Gemeenten werken samen met politie.",
        )))
        .replace("3 Preventie", "3 Voorkomen"),
    )
    .unwrap();
    let (_, stderr) = run_json(d);
    assert!(stderr.contains("recorded as ‘Preventie’"), "{stderr}");
    let (v, code) = json(d, &["check", "--json"]);
    assert_eq!(code, Some(1));
    let lost: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "lost_reference")
        .collect();
    assert_eq!(lost.len(), 1, "{v}");
    assert_eq!(lost[0]["comment"], id.as_str());
}

#[test]
fn a_change_reference_follows_a_section_that_was_only_renamed() {
    let dir = three_sections();
    let d = dir.path();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--answer", "Ja."])
        .args(["--change-ref", "2"])
        .assert()
        .success();
    // A newer final version gives Preventie a longer title, same number
    // and text: the comparison pairs it (`hernoemd`), so the reference
    // still names it.
    std::fs::write(
        d.join("inbox/drafts/03-definitief-2.txt"),
        final_text(None).replace("2 Preventie", "2 Preventie en vroegsignalering"),
    )
    .unwrap();
    let (json_out, stderr) = run_json(d);
    assert!(!stderr.contains("recorded as"), "{stderr}");
    let decision = &json_out["responses"][0]["comments"][0]["decision"];
    assert_eq!(decision["change_ref"], "2", "{decision}");
    let (v, _) = json(d, &["check", "--json"]);
    assert!(!kinds(&v).contains(&"lost_reference".to_string()), "{v}");
    let memo = memo_md(d);
    assert!(
        memo.contains("Aanpassing in § 2 Preventie en vroegsignalering"),
        "{memo}"
    );

    // Recorded on a version after the draft (the title the draft does not
    // have), then renamed again in a newer one: compared from that version.
    inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--answer", "Ja."])
        .args(["--change-ref", "2"])
        .assert()
        .success();
    let ledger = std::fs::read_to_string(d.join("ledger.toml")).unwrap();
    assert!(
        ledger.contains("change_ref_title = \"Preventie en vroegsignalering\""),
        "{ledger}"
    );
    std::fs::write(
        d.join("inbox/drafts/04-definitief-3.txt"),
        final_text(None).replace("2 Preventie", "2 Voorkomen en vroegsignalering"),
    )
    .unwrap();
    let (json_out, stderr) = run_json(d);
    assert!(!stderr.contains("recorded as"), "{stderr}");
    let decision = &json_out["responses"][0]["comments"][0]["decision"];
    assert_eq!(decision["change_ref"], "2", "{decision}");
}

#[test]
fn change_references_to_unknown_sections_are_refused() {
    let dir = three_sections();
    let d = dir.path();
    let id = open(d)[0].0.clone();
    let out = inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--change-ref", "99.9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("has no section `99.9`"), "{err}");
    assert!(err.contains("its sections are: 1, 2, 3"), "{err}");
    assert!(err.contains("nothing was recorded"), "{err}");
    // `§ 3` is section 3.
    inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--change-ref", "§ 3"])
        .assert()
        .success()
        .stdout(predicates::str::contains("change in 3"));

    // The comment table's `wijziging in` the same.
    let table = d.join("matrix.csv");
    inspraak(d)
        .args(["matrix", "export"])
        .arg(&table)
        .assert()
        .success();
    let text = std::fs::read_to_string(&table).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let header: Vec<&str> = lines[0].trim_start_matches('\u{feff}').split(';').collect();
    let column = header
        .iter()
        .position(|h| h.trim_matches('"') == "wijziging in")
        .unwrap_or_else(|| panic!("{header:?}"));
    let mut cells: Vec<String> = lines[1].split(';').map(str::to_string).collect();
    cells[column] = "99.9".to_string();
    lines[1] = cells.join(";");
    std::fs::write(&table, lines.join("\n") + "\n").unwrap();
    let out = inspraak(d)
        .args(["matrix", "import"])
        .arg(&table)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("`wijziging in`"), "{err}");
    assert!(err.contains("has no section `99.9`"), "{err}");
}

#[test]
fn sections_marked_editorial_are_listed_as_ambtshalve_in_the_memo_and_json() {
    let dir = inbox();
    let d = dir.path();
    inspraak(d)
        .args(["decide", "--editorial", "1"])
        .assert()
        .success();
    let (v, _) = run_json(d);
    let change = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["after"]["number"] == "1")
        .unwrap();
    assert_eq!(change["editorial"], true, "{change}");
    let memo = memo_md(d);
    assert!(
        !memo.contains("Er zijn geen ambtshalve wijzigingen"),
        "{memo}"
    );
    let editorial = memo.split("### Ambtshalve wijzigingen").nth(1).unwrap();
    assert!(editorial.contains("- § 1 Inleiding"), "{memo}");
    // Not in the table of changes of substance.
    assert!(!memo.contains("| gewijzigd | § 1 Inleiding"), "{memo}");

    // Taking the mark away: said so, and said so when it was not there.
    inspraak(d)
        .args(["decide", "--not-editorial", "1"])
        .assert()
        .success()
        .stdout(predicates::str::contains("no longer marked"));
    inspraak(d)
        .args(["decide", "--not-editorial", "2"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "section 2 was not marked as editorial",
        ));
}

#[test]
fn the_memo_says_late_points_are_answered_only_when_they_are() {
    let dir = inbox();
    let d = dir.path();
    run_json(d);
    let memo = memo_md(d);
    assert!(memo.contains("1 punt is nog niet beantwoord"), "{memo}");
    assert!(
        !memo.contains("heeft ook deze reactie inhoudelijk beantwoord"),
        "{memo}"
    );
    let late = id_with(&open(d), "wachtlijsten");
    inspraak(d)
        .args(["decide", &late, "--status", "noted", "--answer", "Dank."])
        .args(["--theme", "Opvang", "--summary", "Wachtlijsten"])
        .assert()
        .success()
        .stdout(predicates::str::contains("theme \"Opvang\""))
        .stdout(predicates::str::contains("summary \"Wachtlijsten\""));
    run_json(d);
    let memo = memo_md(d);
    assert!(
        memo.contains("heeft ook deze reactie inhoudelijk beantwoord"),
        "{memo}"
    );
    assert!(!memo.contains("nog niet beantwoord"), "{memo}");
}

/// Dates the tool cannot settle alone: a date line without a year takes
/// the year of the consultation period (so a letter of the day after the
/// deadline is late), a response without any date and one dated before
/// the consultation opened are reported by `run` and `check`, until the
/// working group sets a date for them.
#[test]
fn dates_without_a_year_or_before_the_period_are_settled_or_reported() {
    let draft = "1 Inleiding\n\nDe regio pakt huiselijk geweld aan.\n\n2 Opvang\n\nDe opvang wordt uitgebreid.\n";
    let letter = |date_line: &str, name: &str| {
        format!(
            "{date_line}\n\nGeachte werkgroep,\n\nDe opvang moet dichter bij huis komen, vinden wij.\n\n\
             Met vriendelijke groet,\n\n{name}\n"
        )
    };
    let dir = temp_inbox(&[
        (
            "consultation.toml",
            "title = \"Visie\"\nperiod_start = 2026-09-01\ndeadline = 2026-10-15\n",
        ),
        ("drafts/01-concept.txt", draft),
        (
            "responses/a-zonder-jaar.txt",
            &letter("Utrecht, 20 oktober", "Stichting Opvang Utrecht"),
        ),
        (
            "responses/b-zonder-datum.txt",
            &letter("", "Stichting Opvang Zeist"),
        ),
        (
            "responses/c-voor-opening.txt",
            &letter("Utrecht, 15 augustus 2026", "Stichting Opvang Baarn"),
        ),
    ]);
    let run = inspraak(dir.path())
        .args(["run", "--quiet"])
        .output()
        .unwrap();
    assert_success(&run);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!stderr.contains("a-zonder-jaar.txt"), "{stderr}");
    assert!(
        stderr.contains("b-zonder-datum.txt: no date found"),
        "{stderr}"
    );
    assert!(
        stderr.contains("c-voor-opening.txt: dated 2026-08-15, before the consultation opened"),
        "{stderr}"
    );
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains("| Stichting Opvang Utrecht | 20 oktober 2026 | 1 |"),
        "{memo}"
    );
    let (findings, _) = json(dir.path(), &["check", "--json"]);
    let dates: Vec<&str> = findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "date")
        .filter_map(|f| f["message"].as_str())
        .collect();
    assert_eq!(dates.len(), 2, "{findings:#}");
    // Settled by hand: nothing left to report.
    std::fs::write(
        dir.path().join("inbox/consultation.toml"),
        "title = \"Visie\"\nperiod_start = 2026-09-01\ndeadline = 2026-10-15\n\n\
         [responses.\"b-zonder-datum.txt\"]\ndate = 2026-10-01\n\n\
         [responses.\"c-voor-opening.txt\"]\ndate = 2026-08-15\n",
    )
    .unwrap();
    let run = inspraak(dir.path())
        .args(["run", "--quiet"])
        .output()
        .unwrap();
    assert_success(&run);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!stderr.contains("date"), "{stderr}");
}

/// QA: a letter submitted twice (two files, byte for byte the same) was
/// counted as two responses in the memo, both headed `Reactie 1.1`, and
/// given two letters; `check` did not repeat `run`'s warning. Now the copy
/// is counted once: one response, one letter, and both commands say so.
#[test]
fn a_file_submitted_twice_is_counted_once_and_check_says_so() {
    let letter = "Teststad, 1 oktober 2026\n\nGeachte werkgroep,\n\n1. Betrek ook de \
                  bibliotheken bij de preventie.\n\n2. Verdeel de kosten eerlijker over de \
                  gemeenten.\n\nMet vriendelijke groet,\n\nStichting Lezen Teststad\n";
    let dir = temp_inbox(&[
        (
            "drafts/01-concept.txt",
            "1 Inleiding\n\nDeze visie beschrijft de preventie en de kosten.\n",
        ),
        ("responses/brief-a.txt", letter),
        ("responses/brief-b.txt", letter),
        (
            "responses/brief-c.txt",
            "Teststad, 2 oktober 2026\n\nGeachte werkgroep,\n\nGeef de sportclubs een \
             trainer-coach.\n\nMet vriendelijke groet,\n\nStichting Sport Teststad\n",
        ),
    ]);
    let warning = "brief-a.txt and brief-b.txt are the same file (byte for byte): brief-b.txt \
                   is brief-a.txt submitted again and is counted once";
    let out = inspraak(dir.path()).args(["run"]).output().unwrap();
    assert_success(&out);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(warning),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains("Er zijn 2 reacties ontvangen met samen 3 afzonderlijke punten"),
        "{memo}"
    );
    assert_eq!(memo.matches("#### Reactie 1.1:").count(), 1, "{memo}");
    assert!(
        memo.contains("#### Reactie 2.1: Stichting Sport Teststad"),
        "{memo}"
    );
    let letters: Vec<_> = std::fs::read_dir(dir.path().join("output/letters"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .collect();
    assert_eq!(letters.len(), 2, "{letters:?}");
    let out = inspraak(dir.path()).args(["check"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&format!("note: {warning}")), "{stdout}");
    let (v, _) = json(dir.path(), &["check", "--json"]);
    assert!(
        v["same_files"][0]
            .as_str()
            .unwrap_or("")
            .starts_with(warning),
        "{v}"
    );
}

/// QA: a letter arrived twice, byte for byte the same, and the working
/// group set its sender in `consultation.toml` for the copy that sorts
/// second: the table was dropped without a word. The copy's settings
/// describe the one letter and apply to it; the copy's warning says so and
/// where to move them; with a table of its own, the kept file's stands and
/// the warning says the copy's is not used.
#[test]
fn settings_for_a_byte_for_byte_copy_apply_to_the_letter_counted() {
    let letter = "Geachte werkgroep,\n\nIedere school moet een getrainde \
                  aandachtsfunctionaris hebben. Neem dit op in paragraaf 1.\n\nMet \
                  vriendelijke groet,\n\nJ. de Groot\n";
    let dir = temp_inbox(&[
        (
            "drafts/01-concept.txt",
            "1 Inleiding\n\nScholen signaleren zorgen over kinderen.\n",
        ),
        ("responses/formulier-0412.txt", letter),
        ("responses/mail-actiegroep.txt", letter),
        (
            "consultation.toml",
            "[responses.\"mail-actiegroep.txt\"]\nrespondent = \"Actiegroep Kind Veilig\"\n\
             kind = \"organisatie\"\n",
        ),
    ]);
    let out = inspraak(dir.path()).args(["run"]).output().unwrap();
    assert_success(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "the settings of [responses.\"mail-actiegroep.txt\"] in consultation.toml apply \
             to the response of formulier-0412.txt"
        ),
        "{stderr}"
    );
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains("#### Reactie 1.1: Actiegroep Kind Veilig"),
        "{memo}"
    );
    std::fs::write(
        dir.path().join("inbox/consultation.toml"),
        "[responses.\"mail-actiegroep.txt\"]\nrespondent = \"Actiegroep Kind Veilig\"\n\
         [responses.\"formulier-0412.txt\"]\nrespondent = \"Stichting Veilig\"\n",
    )
    .unwrap();
    let out = inspraak(dir.path()).args(["check"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(
            "the settings of [responses.\"mail-actiegroep.txt\"] in \
             consultation.toml are not used"
        ),
        "{stdout}"
    );
}

/// QA: one organisation's letter arrived twice, by e-mail and by post (the
/// same text, other line endings): the memo answered its points "door 2
/// indieners". The same text from the same sender is answered as of one
/// sender, and `run` says how to count it once; the same text from two
/// named senders stays two senders, answered once with both.
#[test]
fn the_same_letter_from_one_sender_in_two_files_is_counted_once() {
    let letter = "Adviesraad Sociaal Domein Lindeveen\n\nDatum: 12 oktober 2026\n\nGeachte \
                  werkgroep,\n\nDe adviesraad adviseert om de wachttijd voor \
                  schuldhulpverlening in paragraaf 2.1 terug te brengen naar twee weken.\n\nMet \
                  vriendelijke groet,\n\nnamens de Adviesraad Sociaal Domein Lindeveen,\nA. de \
                  Voorzitter\n";
    let draft = "1 Inleiding\n\nDe gemeenten pakken schulden samen aan.\n\n2 Hulp\n\n2.1 \
                 Schuldhulpverlening\n\nDe wachttijd voor schuldhulpverlening is vier weken.\n";
    let by_post = letter.replace('\n', "\r\n");
    let dir = temp_inbox(&[
        ("drafts/01-concept.txt", draft),
        ("responses/advies-mail.txt", letter),
        ("responses/advies-post.txt", &by_post),
    ]);
    let out = inspraak(dir.path()).args(["run"]).output().unwrap();
    assert_success(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "advies-mail.txt and advies-post.txt hold the same text from the same sender \
             (Adviesraad Sociaal Domein Lindeveen): if advies-post.txt is advies-mail.txt sent \
             again"
        ),
        "{stderr}"
    );
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    // Both files are responses; their point is answered once, of one sender.
    assert!(memo.contains("Er zijn 2 reacties ontvangen"), "{memo}");
    assert!(!memo.contains("indieners"), "{memo}");
    assert_eq!(memo.matches("**Reactie:**").count(), 1, "{memo}");
    // QA34: and counted once, as the memo answers it (1.1 said "met samen
    // 2 afzonderlijke punten" beside one point in the decision table).
    assert!(
        memo.contains("Er zijn 2 reacties ontvangen met 1 punt."),
        "{memo}"
    );
    let html =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.html")).unwrap();
    assert!(
        html.contains("Er zijn 2 reacties ontvangen met 1 punt."),
        "{html}"
    );

    // Two councils that send the same text each under their own name:
    // two senders, one answer naming both.
    let dir = temp_inbox(&[
        ("drafts/01-concept.txt", draft),
        ("responses/advies-mail.txt", letter),
        ("responses/advies-post.txt", &by_post),
        (
            "consultation.toml",
            "[responses.\"advies-post.txt\"]\nrespondent = \"Adviesraad Sociaal Domein \
             Buurdorp\"\n",
        ),
    ]);
    let out = inspraak(dir.path()).args(["run"]).output().unwrap();
    assert_success(&out);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("same sender"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(memo.contains("Er zijn 2 reacties ontvangen"), "{memo}");
    assert!(memo.contains("door 2 indieners ingediend"), "{memo}");
    assert!(memo.contains("samen 2 afzonderlijke punten"), "{memo}");
}

/// The reported defect: a change reference followed into a newer version
/// that renumbers and renames its section was written back by `run` with
/// the new number but the old title, so that from the next command on it
/// counted as lost. The same for an editorial mark.
#[test]
fn a_reference_followed_to_a_renumbered_and_renamed_section_stays_followed() {
    let dir = three_sections();
    let d = dir.path();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--answer", "Ja."])
        .args(["--change-ref", "2"])
        .assert()
        .success();
    inspraak(d)
        .args(["decide", "--editorial", "3"])
        .assert()
        .success();
    // A newer version inserts a section before both and renames them
    // (same text).
    std::fs::write(
        d.join("inbox/drafts/03-definitief-2.txt"),
        final_text(Some((
            "Samenwerking",
            "Gemeenten werken samen met politie, Veilig Thuis en het onderwijs.",
        )))
        .replace("3 Preventie", "3 Preventie en voorlichting")
        .replace("4 Opvang", "4 Opvang en herstel"),
    )
    .unwrap();
    let (v, _) = json(d, &["check", "--json"]);
    assert!(!kinds(&v).contains(&"lost_reference".to_string()), "{v}");
    for round in 0..2 {
        let (json_out, stderr) = run_json(d);
        assert!(!stderr.contains("recorded as"), "{round}: {stderr}");
        let decision = &json_out["responses"][0]["comments"][0]["decision"];
        assert_eq!(decision["change_ref"], "3", "{round}: {decision}");
        let ledger = std::fs::read_to_string(d.join("ledger.toml")).unwrap();
        assert!(ledger.contains("change_ref = \"3\""), "{ledger}");
        assert!(
            ledger.contains("change_ref_title = \"Preventie en voorlichting\""),
            "{ledger}"
        );
        assert!(ledger.contains("sections = [\"4\"]"), "{ledger}");
        assert!(ledger.contains("Opvang en herstel"), "{ledger}");
        let (v, _) = json(d, &["check", "--json"]);
        assert!(
            !kinds(&v).contains(&"lost_reference".to_string()),
            "{round}: {v}"
        );
        assert_eq!(unexplained(&v), ["2"], "{round}: {v}");
    }
}

/// The reported defect: an adopted comment whose change reference names a
/// section that changed and is marked editorial too was reported as if
/// the section had no change of text. The finding says what is so: the
/// section changed, but the mark keeps its change from counting for the
/// comment.
#[test]
fn an_editorially_marked_change_reference_is_not_called_unchanged() {
    let dir = three_sections();
    let d = dir.path();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--answer", "Ja."])
        .args(["--change-ref", "2"])
        .assert()
        .success();
    inspraak(d)
        .args(["decide", "--editorial", "2", "--editorial", "3"])
        .assert()
        .success();
    let (v, code) = json(d, &["check", "--json"]);
    assert_eq!(code, Some(1), "{v}");
    let adopted: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "adopted_unchanged")
        .collect();
    assert_eq!(adopted.len(), 1, "{v}");
    let message = adopted[0]["message"].as_str().unwrap();
    assert!(!message.contains("no change of text"), "{message}");
    assert!(!message.contains("did not change"), "{message}");
    assert!(
        message.contains("section 2 of the final version (its change reference) changed"),
        "{message}"
    );
    assert!(message.contains("marked editorial"), "{message}");
    assert!(message.contains("--not-editorial 2"), "{message}");

    // Without a change reference, linked to the marked section: the same.
    inspraak(d)
        .args(["decide", &id, "--change-ref", ""])
        .assert()
        .success();
    let (v, _) = json(d, &["check", "--json"]);
    let message = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "adopted_unchanged")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("{v}"));
    assert!(!message.contains("did not change"), "{message}");
    assert!(
        message.contains("section(s) 2 of the draft changed"),
        "{message}"
    );
}

/// A draft whose section 2 the final version removes, so that its section
/// 3 (with `old3`, reworded to `new3`) takes the number 2, and one response
/// asking for the change in (the draft's) section 3.
fn removed_and_renumbered(old3: &str, new3: &str) -> tempfile::TempDir {
    let draft = format!(
        "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van jeugdhulp in de regio.\n\n\
         2 Opvoedondersteuning\n\nHet centrum voor jeugd en gezin biedt cursussen voor ouders.\n\n\
         3 Vroegsignalering\n\n{old3}\n\n\
         4 Wijkteams\n\nElk dorp heeft een wijkteam met jeugdconsulenten.\n"
    );
    let last = draft
        .replace(
            "2 Opvoedondersteuning\n\nHet centrum voor jeugd en gezin biedt cursussen voor ouders.\n\n",
            "",
        )
        .replace("3 Vroegsignalering", "2 Vroegsignalering")
        .replace("4 Wijkteams", "3 Wijkteams")
        .replace(old3, new3);
    temp_inbox(&[
        ("drafts/01-inspraakversie.txt", &draft),
        ("drafts/02-definitief.txt", &last),
        (
            "responses/stichting.txt",
            "Paragraaf 3 over vroegsignalering noemt alleen professionals in het algemeen. Noem \
             de leerkrachten uitdrukkelijk, want zij zien de kinderen elke dag.\n",
        ),
    ])
}

/// A change reference and an editorial mark name a section of the newest
/// version by its number: the final's 2 (the draft's 3, renumbered after
/// the draft's 2 was removed), not the removed section that had the number
/// in the draft. A removal used to be matched by its old number too, so
/// the comment was credited with (and the mark covered) the removal.
#[test]
fn a_reference_to_a_renumbered_section_does_not_name_the_removed_one_it_replaced() {
    let dir = removed_and_renumbered(
        "Wij investeren in scholing van professionals in het herkennen van signalen.",
        "Wij investeren in scholing van leerkrachten en andere professionals in het herkennen \
         van signalen.",
    );
    let d = dir.path();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--answer", "Ja."])
        .args(["--change-ref", "2"])
        .assert()
        .success();
    let (v, _) = json(d, &["check", "--json"]);
    let unexplained: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "unexplained_change")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(unexplained.len(), 1, "{v}");
    assert!(unexplained[0].contains("Opvoedondersteuning"), "{v}");
    run_json(d);
    let memo = memo_md(d);
    assert!(
        memo.contains("Aanpassing in § 2 Vroegsignalering"),
        "{memo}"
    );
    assert!(
        !memo.contains("Aanpassing in § 2 Opvoedondersteuning"),
        "{memo}"
    );

    // An editorial mark on the final's 2 (a spelling fix only) leaves the
    // removal a change of substance, explained by the comment that asked
    // for it.
    let dir = removed_and_renumbered(
        "Wij investeren in scholing van profesionals in het herkennen van signalen.",
        "Wij investeren in scholing van professionals in het herkennen van signalen.",
    );
    let d = dir.path();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--answer", "Ja."])
        .assert()
        .success();
    inspraak(d)
        .args(["decide", "--editorial", "2"])
        .assert()
        .success();
    let (json_out, _) = run_json(d);
    let removed = json_out["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "removed")
        .unwrap_or_else(|| panic!("{json_out}"));
    assert_eq!(removed["editorial"], false, "{removed}");
    let renumbered = json_out["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["after"]["title"] == "Vroegsignalering")
        .unwrap_or_else(|| panic!("{json_out}"));
    assert_eq!(renumbered["editorial"], true, "{renumbered}");
    let memo = memo_md(d);
    let ambtshalve = memo
        .split("### Ambtshalve")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_else(|| panic!("{memo}"));
    assert!(ambtshalve.contains("Vroegsignalering"), "{memo}");
    assert!(!ambtshalve.contains("Opvoedondersteuning"), "{memo}");
}

/// A section merged into a section marked editorial did change: `check`
/// said the comment's section "did not change between draft and final"
/// when a newer version merged it into the marked section, which sent the
/// working group looking for a missing edit. It says that the section
/// changed and its change is marked editorial, and how to take the mark
/// away.
#[test]
fn a_section_merged_into_an_editorial_section_is_not_called_unchanged() {
    let draft = "1 Inleiding\n\nDe gemeenten in de regio werken sinds 2015 samen in de jeugdhulp.\n\n\
                 2 Budget\n\nDe regio besteedt jaarlijks ongeveer 48 miljoen euro aan jeugdhulp. De \
                 kosten stijgen sneler dan de bijdrage van het Rijk.\n\n\
                 3 Monitoring\n\nWij volgen de voortgang met een jaarlijkse monitor. De \
                 gemeenteraden ontvangen de monitor elk voorjaar.\n";
    let revised = draft
        .replace("sneler", "sneller")
        .replace("elk voorjaar.", "elk voorjaar en elk najaar.");
    let dir = temp_inbox(&[
        ("drafts/01-inspraakversie.txt", draft),
        ("drafts/02-herzien.txt", &revised),
        (
            "responses/raad.txt",
            "Paragraaf 3 Monitoring: wij willen de monitor twee keer per jaar ontvangen in plaats \
             van een keer.\n",
        ),
    ]);
    let d = dir.path();
    inspraak(d)
        .args(["decide", "--editorial", "2"])
        .assert()
        .success();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args(["decide", &id, "--status", "adopted", "--answer", "Ja."])
        .assert()
        .success();
    // The final version merges 3 into 2, now `Budget en monitoring`.
    let merged = revised
        .replace("2 Budget", "2 Budget en monitoring")
        .replace("\n\n3 Monitoring\n\n", "\n\n");
    std::fs::write(d.join("inbox/drafts/03-definitief.txt"), merged).unwrap();
    run_json(d);
    let (v, _) = json(d, &["check", "--json"]);
    let message = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "adopted_unchanged")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("{v}"));
    assert!(!message.contains("did not change"), "{message}");
    assert!(
        message.contains("section(s) 3 (merged into 2)"),
        "{message}"
    );
    assert!(message.contains("marked editorial"), "{message}");
    assert!(message.contains("--not-editorial 2"), "{message}");
}

/// The draft's 2 is removed and its 3 becomes 2: `2` names the renumbered
/// section, so `check` advises naming the removal by number and title,
/// which resolves it (QA22: the old advice `--editorial 2` marked the
/// renumbered section and the finding stayed). The number alone names the
/// removal too while the section that took it changed in nothing but its
/// number; once it changed text, `2` is that section.
#[test]
fn a_removed_section_whose_number_another_took_is_marked_by_number_and_title() {
    let draft = "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
                 2 Terugblik\n\nDe vorige regiovisie liep van 2019 tot 2023 en veel doelen zijn bereikt.\n\n\
                 3 Landelijke ontwikkelingen\n\nHet landelijke programma Geweld hoort nergens thuis geeft richting.\n";
    let renumbered = "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
                      2 Landelijke ontwikkelingen\n\nHet landelijke programma Geweld hoort nergens thuis geeft richting.\n";
    let changed = renumbered.replace("geeft richting", "geeft de regio richting en houvast");
    for (last, plain_names_removal) in [(renumbered.to_string(), true), (changed, false)] {
        let dir = temp_inbox(&[
            ("drafts/01-inspraakversie.txt", draft),
            ("drafts/02-definitief.txt", &last),
        ]);
        let (v, _) = json(dir.path(), &["check", "--json"]);
        let message = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "unexplained_change" && f["section"] == "2")
            .map(|f| f["message"].as_str().unwrap().to_string())
            .find(|m| m.contains("Terugblik"))
            .unwrap_or_default();
        assert!(
            message.contains("was removed")
                && message.contains("`inspraak decide --editorial \"2 Terugblik\"`")
                && message.contains("--sections 2")
                && !message.contains("--change-ref 2"),
            "{message}"
        );
        let removal_marked = |v: &Value| {
            !v["findings"].as_array().unwrap().iter().any(|f| {
                f["kind"] == "unexplained_change"
                    && f["message"].as_str().unwrap().contains("Terugblik")
            })
        };
        // The number alone.
        let out = inspraak(dir.path())
            .args(["decide", "--editorial", "2"])
            .output()
            .unwrap();
        assert_success(&out);
        let (v, _) = json(dir.path(), &["check", "--json"]);
        assert_eq!(removal_marked(&v), plain_names_removal, "{v}");
        let out = inspraak(dir.path())
            .args(["decide", "--not-editorial", "2"])
            .output()
            .unwrap();
        assert_success(&out);
        // Number and title, as check advises.
        let out = inspraak(dir.path())
            .args(["decide", "--editorial", "2 Terugblik"])
            .output()
            .unwrap();
        assert_success(&out);
        let (v, _) = json(dir.path(), &["check", "--json"]);
        assert!(removal_marked(&v), "{v}");
        // No warning that the mark's section is lost, and the memo lists
        // the removal as ambtshalve.
        assert!(
            !v["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["kind"] == "lost_reference"),
            "{v}"
        );
        let out = inspraak(dir.path())
            .args(["decide", "--not-editorial", "2 Terugblik"])
            .output()
            .unwrap();
        assert_success(&out);
        let (v, _) = json(dir.path(), &["check", "--json"]);
        assert!(!removal_marked(&v), "{v}");
    }
}

/// The reported defect: the final version splits 2.1 into 2.1 and 2.2,
/// changing text in both. A comment whose change reference is 2.2 was
/// shown "Aanpassing in § 2.1" with the whole split section, the other
/// comment's change included. Each memo item (and letter) now shows the
/// part its reference names, under that part's heading.
#[test]
fn a_change_reference_to_a_split_off_part_shows_that_part_only() {
    let draft = "Regiovisie\n\n1 Inleiding\nDeze regiovisie gaat over jeugdhulp in de regio.\n\n\
                 2 Toegang\n2.1 Wachttijden en wijkteams\nDe wachttijd voor jeugdhulp is nu \
                 gemiddeld twaalf weken. Wij streven naar acht weken. Elke gemeente heeft een \
                 wijkteam dat ouders en kinderen ondersteunt en overdag bereikbaar is voor \
                 vragen.\n";
    let last = "Regiovisie\n\n1 Inleiding\nDeze regiovisie gaat over jeugdhulp in de regio.\n\n\
                2 Toegang\n2.1 Wachttijden\nDe wachttijd voor jeugdhulp is nu gemiddeld twaalf \
                weken. Wij streven naar vier weken.\n\n2.2 Wijkteams\nElke gemeente heeft een \
                wijkteam dat ouders en kinderen ondersteunt en ook 's avonds bereikbaar is voor \
                vragen.\n";
    let dir = temp_inbox(&[
        ("drafts/01-inspraakversie.txt", draft),
        ("drafts/02-definitief.txt", last),
        (
            "responses/jansen.txt",
            "Leiden, 3 oktober 2026\n\nGeachte werkgroep,\n\n1. De wachttijd in paragraaf 2.1 \
             is te lang. Maak er vier weken van.\n2. Het wijkteam in paragraaf 2.1 moet ook \
             's avonds bereikbaar zijn.\n\nMet vriendelijke groet,\n\nPieter Jansen\n",
        ),
    ]);
    let d = dir.path();
    let comments = open(d);
    for (word, section) in [("wachttijd", "2.1"), ("avonds", "2.2")] {
        inspraak(d)
            .args(["decide", &id_with(&comments, word), "--status", "adopted"])
            .args(["--answer", "Ja.", "--change-ref", section])
            .assert()
            .success();
    }
    run_json(d);
    let memo = memo_md(d);
    let item = |n: &str| -> String {
        let from = memo.find(&format!("#### Reactie {n}")).unwrap();
        let rest = &memo[from + 4..];
        let to = rest.find("\n#").unwrap_or(rest.len());
        rest[..to].to_string()
    };
    let (wait, team) = (item("1.1"), item("1.2"));
    assert!(
        wait.contains("**Aanpassing in § 2.1 Wachttijden:**"),
        "{wait}"
    );
    assert!(wait.contains("~~[-acht]~~ **[+vier]**"), "{wait}");
    assert!(!wait.contains("avonds**"), "{wait}");
    assert!(!wait.contains("Wijkteams"), "{wait}");
    assert!(
        team.contains("**Aanpassing in § 2.2 Wijkteams:**"),
        "{team}"
    );
    assert!(
        team.contains("~~[-overdag]~~ **[+ook 's avonds]**"),
        "{team}"
    );
    assert!(!team.contains("streven"), "{team}");
    assert!(!team.contains("§ 2.1 Wachttijden:"), "{team}");
}

/// QA25: a response read without a point found in it was listed in the
/// memo as not processed while `check` said nothing needs attention.
#[test]
fn a_response_without_points_needs_attention_until_marked_as_such() {
    let dir = temp_inbox(&[
        (
            "drafts/01-inspraakversie.txt",
            "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld.\n",
        ),
        (
            "responses/begeleidend.txt",
            "Met vriendelijke groet,\nJan Smit\n",
        ),
    ]);
    let (v, code) = json(dir.path(), &["check", "--json"]);
    assert_eq!(code, Some(1), "{v:#}");
    assert_eq!(kinds(&v), ["no_points"], "{v:#}");
    let message = v["findings"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("begeleidend.txt") && message.contains("no_points = true"),
        "{message}"
    );
    // Marked as read and pointless: no finding, no warning from `run`.
    write_inbox(
        dir.path(),
        &[(
            "consultation.toml",
            "[responses.\"begeleidend.txt\"]\nno_points = true\n",
        )],
    );
    let (v, code) = json(dir.path(), &["check", "--json"]);
    assert_eq!(code, Some(0), "{v:#}");
    let out = inspraak(dir.path()).arg("run").output().unwrap();
    assert_success(&out);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("no comments were found"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The text of the first command in backquotes that starts with `start`
/// in `message`.
fn advised(message: &str, start: &str) -> Option<String> {
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .find(|c| c.starts_with(start))
        .map(str::to_string)
}

/// `check`'s advice for a changed appendix quotes its number (`"Bijlage
/// 1"`): the printed command works when pasted into a POSIX shell.
#[test]
fn advice_for_a_section_with_a_space_in_its_number_works_when_pasted() {
    let draft = "# Regiovisie\n\n## 1 Inleiding\n\nDit is de inleiding van de regiovisie over jeugdhulp.\n\n\
                 ## 2 Wachttijden\n\nDe wachttijd voor jeugdhulp is nu zes weken.\n\n\
                 ## Bijlage 1: Begrippenlijst\n\nJeugdhulp: hulp aan kinderen en jongeren tot 18 jaar.\n";
    let last = draft.replace("tot 18 jaar.", "tot 18 jaar en hun ouders.");
    let dir = temp_inbox(&[
        ("drafts/01-inspraakversie.md", draft),
        ("drafts/02-definitief.md", &last),
    ]);
    let d = dir.path();
    let (v, _) = json(d, &["check", "--json"]);
    let message = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "unexplained_change")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .find(|m| m.contains("Bijlage 1"))
        .unwrap_or_else(|| panic!("{v}"));
    assert!(
        message.contains("`--change-ref \"Bijlage 1\"`"),
        "{message}"
    );
    let command =
        advised(&message, "inspraak decide --editorial").unwrap_or_else(|| panic!("{message}"));
    let bin = assert_cmd::cargo::cargo_bin("inspraak");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(&command)
        .current_dir(d)
        .env("PATH", path)
        .output()
        .unwrap();
    assert_success(&out);
    let (v, _) = json(d, &["check", "--json"]);
    assert!(
        !v["findings"].as_array().unwrap().iter().any(|f| {
            f["kind"] == "unexplained_change"
                && f["message"].as_str().unwrap().contains("Bijlage 1")
        }),
        "{v}"
    );
}

fn two_versions_and_one_point(draft: &str, last: &str, point: &str) -> (tempfile::TempDir, String) {
    let dir = temp_inbox(&[
        ("drafts/01-inspraakversie.md", draft),
        ("drafts/02-definitief.md", last),
        (
            "responses/reactie.txt",
            &format!("Geachte werkgroep,\n\n{point}\n\nMet vriendelijke groet,\n\nAnke de Wit\n"),
        ),
    ]);
    let d = dir.path();
    run_json(d);
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args([
            "decide",
            &id,
            "--status",
            "adopted",
            "--answer",
            "Dat doen we.",
        ])
        .assert()
        .success();
    (dir, id)
}

/// A `change_ref` typed into the ledger by hand is read as `decide
/// --change-ref` reads it (`§ 2.1`, `2.1.` name 2.1); one that names no
/// section is reported by `run` and `check` as such, never as a section
/// that "has no change of text".
#[test]
fn a_change_ref_typed_by_hand_is_read_or_reported_as_naming_no_section() {
    let draft = "# Regiovisie\n\n## 1 Inleiding\n\nDit is de inleiding van de regiovisie over jeugdhulp.\n\n\
                 ## 2 Wachttijden\n\n### 2.1 Jeugdhulp\n\nDe wachttijd voor jeugdhulp is nu zes weken. Wij willen die verkorten.\n\n\
                 ### 2.2 Opvang\n\nDe opvang heeft twintig plaatsen.\n";
    let last = draft.replace(
        "Wij willen die verkorten.",
        "Wij brengen die in 2028 terug naar vier weken.",
    );
    let point = "In paragraaf 2.1 staat dat de wachttijd zes weken is. Breng de wachttijd terug naar vier weken.";
    for (typed, found) in [
        ("§ 2.1", true),
        ("2.1.", true),
        ("2.1 Jeugdhulp", true),
        ("21", false),
        ("5.2 Samenwerken", false),
    ] {
        let (dir, id) = two_versions_and_one_point(draft, &last, point);
        let d = dir.path();
        let ledger = std::fs::read_to_string(d.join("ledger.toml")).unwrap();
        let edited = ledger.replacen(
            "answer = ",
            &format!("change_ref = \"{typed}\"\nanswer = "),
            1,
        );
        assert_ne!(ledger, edited);
        std::fs::write(d.join("ledger.toml"), edited).unwrap();
        let (_, stderr) = run_json(d);
        let out = inspraak(d).arg("check").output().unwrap();
        let check = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!check.contains("has no change of text"), "{typed}: {check}");
        if found {
            assert!(!stderr.contains("change_ref"), "{typed}: {stderr}");
            let ledger = std::fs::read_to_string(d.join("ledger.toml")).unwrap();
            assert!(ledger.contains("change_ref = \"2.1\""), "{typed}: {ledger}");
            assert!(memo_md(d).contains("Aanpassing in § 2.1"), "{typed}");
        } else {
            for said in [&stderr, &check] {
                assert!(
                    said.contains(&format!(
                        "the decision on {id} (change_ref) names section `{typed}`"
                    )) && said.contains("has no section"),
                    "{typed}: {said}"
                );
            }
        }
    }
}

/// A section moved (3.2 → 2.3) that got only a full stop: the edit is
/// editorial as in a section that kept its place, so the letter and memo do
/// not show it as the adaptation made for an adopted point, and `check`
/// says the section changed only in punctuation.
#[test]
fn a_punctuation_edit_in_a_moved_section_is_editorial() {
    let draft = "# Regiovisie\n\n## 1 Inleiding\n\nDeze regiovisie beschrijft hoe de gemeenten samenwerken.\n\n\
                 ## 2 Hulp\n\n### 2.1 Wachttijden\n\nDe wachttijd voor jeugdhulp is nu zes weken.\n\n\
                 ### 2.2 Opvang\n\nDe vrouwenopvang in Veenmeer biedt 34 plaatsen.\n\n\
                 ## 3 Groepen\n\n### 3.1 Ouderen\n\nOuderenmishandeling krijgt meer aandacht in de lokale teams.\n\n\
                 ### 3.2 Kinderen in de opvang\n\nKinderen in de opvang krijgen een veilige plek. De opvang zorgt voor een eigen begeleider voor ieder kind\n";
    let last = "# Regiovisie\n\n## 1 Inleiding\n\nDeze regiovisie beschrijft hoe de gemeenten samenwerken.\n\n\
                ## 2 Hulp\n\n### 2.1 Wachttijden\n\nDe wachttijd voor jeugdhulp is nu zes weken.\n\n\
                ### 2.2 Opvang\n\nDe vrouwenopvang in Veenmeer biedt 34 plaatsen.\n\n\
                ### 2.3 Kinderen in de opvang\n\nKinderen in de opvang krijgen een veilige plek. De opvang zorgt voor een eigen begeleider voor ieder kind.\n\n\
                ## 3 Groepen\n\n### 3.1 Ouderen\n\nOuderenmishandeling krijgt meer aandacht in de lokale teams.\n";
    let point = "In paragraaf 3.2 over kinderen in de opvang staat dat ieder kind een eigen begeleider krijgt. \
                 Financier de kinderbegeleiding structureel.";
    let (dir, _) = two_versions_and_one_point(draft, last, point);
    let d = dir.path();
    let (v, _) = run_json(d);
    let moved = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|ch| ch["after"]["number"] == "2.3")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(moved["editorial"], true, "{moved}");
    let memo = memo_md(d);
    assert!(!memo.contains("ieder kind**.**"), "{memo}");
    for letter in std::fs::read_dir(d.join("output/letters")).unwrap() {
        let path = letter.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(!text.contains("ieder kind**.**"), "{text}");
        }
    }
    let out = inspraak(d).arg("check").output().unwrap();
    let check = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        check.contains("changed only in punctuation or capitals"),
        "{check}"
    );
}

/// A campaign of six letters making one point, and one other letter.
fn campaign_inbox() -> tempfile::TempDir {
    let mut files: Vec<(String, String)> = vec![
        (
            "drafts/01-concept.txt".into(),
            "Visie Test\n\n1 Inleiding\nDe gemeenten werken samen.\n\n2 Wachttijden\n2.1 \
             Jeugdhulp\nDe wachttijd voor jeugdhulp is zes weken.\n"
                .into(),
        ),
        (
            "responses/zz-raad.txt".into(),
            "Zienswijze van de gemeenteraad van Katwijk\n\n1. De raad steunt de samenwerking \
             in paragraaf 1.\n"
                .into(),
        ),
    ];
    let names = [
        "Anna Jansen",
        "Bram de Vries",
        "Carla Bakker",
        "Daan Visser",
        "Eva Smit",
        "Fleur Meijer",
    ];
    for (i, name) in names.iter().enumerate() {
        files.push((
            format!("responses/c{}.txt", i + 1),
            format!(
                "Leiden, 5 oktober 2026\n\nGeachte werkgroep,\n\nDe wachttijd voor jeugdhulp in \
                 paragraaf 2.1 is veel te lang. Zes weken wachten is onaanvaardbaar; maak er \
                 maximaal vier weken van.\n\nMet vriendelijke groet,\n\n{name}\n"
            ),
        ));
    }
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    temp_inbox(&files)
}

#[test]
fn a_campaign_point_is_listed_and_counted_once() {
    let dir = campaign_inbox();
    assert_success(&inspraak(dir.path()).args(["run", "-q"]).output().unwrap());
    // status: six comments open, two points to decide.
    let (s, _) = json(dir.path(), &["status", "--json"]);
    assert_eq!(s["open"], 7, "{s}");
    assert_eq!(s["open_points"], 2, "{s}");
    let open = s["open_comments"].as_array().unwrap();
    assert_eq!(open.len(), 2, "{s}");
    let group = open
        .iter()
        .find(|o| o["senders"] == 6)
        .expect("the campaign's point");
    assert_eq!(group["comments"], 6, "{s}");
    let id = group["group"].as_str().unwrap().to_string();
    assert_eq!(group["id"].as_str(), Some(id.as_str()));
    let text = inspraak(dir.path()).arg("status").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(text.contains("2 open point(s) to decide"), "{text}");
    assert!(
        text.contains(&format!("{id}  campaign group of 6 sender(s): ")),
        "{text}"
    );
    // check: one finding for the group, naming it and its senders.
    let (v, code) = json(dir.path(), &["check", "--json"]);
    assert_eq!(code, Some(1));
    let open: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "open")
        .collect();
    assert_eq!(open.len(), 2, "{v}");
    let f = open
        .iter()
        .find(|f| f["group"].is_string())
        .expect("the group's finding");
    assert_eq!(
        (f["comment"].as_str(), f["senders"].as_u64()),
        (Some(id.as_str()), Some(6))
    );
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("campaign group of 6 sender(s)"),
        "{f}"
    );
    let out = inspraak(dir.path()).arg("check").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(text.matches("still open").count(), 2, "{text}");
    assert!(text.contains("\n2 thing(s) need attention"), "{text}");
    // One decision settles it.
    assert_success(
        &inspraak(dir.path())
            .args(["decide", &id, "-s", "noted", "-a", "Dank."])
            .output()
            .unwrap(),
    );
    let (v, _) = json(dir.path(), &["check", "--json"]);
    assert_eq!(kinds(&v), ["open"], "{v}");
    let (s, _) = json(dir.path(), &["status", "--json"]);
    assert_eq!(
        (s["open"].as_u64(), s["open_points"].as_u64()),
        (Some(1), Some(1))
    );
}

/// A campaign group whose letters came in partly after the deadline: its
/// open finding is a late one naming the late senders, as one decision
/// settles their letters too; once decided it is no finding.
#[test]
fn a_campaign_group_with_a_late_letter_is_a_late_finding() {
    let dir = campaign_inbox();
    std::fs::write(
        dir.path().join("inbox/consultation.toml"),
        "[responses.\"c3.txt\"]\nlate = true\n",
    )
    .unwrap();
    let (v, code) = json(dir.path(), &["check", "--json"]);
    assert_eq!(code, Some(1));
    let group = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["group"].is_string())
        .expect("the group's finding")
        .clone();
    assert_eq!(group["kind"], "late_open", "{v}");
    let message = group["message"].as_str().unwrap();
    assert!(
        message.contains("with 1 late submission(s) (Carla Bakker)")
            && message.contains("campaign group of 6 sender(s)"),
        "{message}"
    );
    let id = group["comment"].as_str().unwrap().to_string();
    let out = inspraak(dir.path()).arg("check").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(text.contains(&format!("late, open         {id}")), "{text}");
    assert_success(
        &inspraak(dir.path())
            .args(["decide", &id, "-s", "noted", "-a", "Dank."])
            .output()
            .unwrap(),
    );
    let (v, _) = json(dir.path(), &["check", "--json"]);
    assert_eq!(kinds(&v), ["open"], "{v}");
}

/// Letters put in `inbox/reacties/` instead of `responses/`: every command
/// names the folder and what to do, `check` counts it as needing
/// attention (no response is read), and `status` does not call it done.
#[test]
fn letters_in_a_folder_the_tool_does_not_read_need_attention() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("drafts")).unwrap();
    std::fs::create_dir_all(inbox.join("reacties")).unwrap();
    std::fs::write(
        inbox.join("drafts/01-concept.txt"),
        "1 Inleiding\n\nDe gemeenten werken samen aan de jeugdhulp in de regio.\n",
    )
    .unwrap();
    for n in ["01-raad.txt", "02-stichting.txt"] {
        std::fs::write(
            inbox.join("reacties").join(n),
            "Geachte werkgroep,\n\nDe wachttijd voor jeugdhulp is veel te lang voor gezinnen.\n",
        )
        .unwrap();
    }
    let out = inspraak(dir.path()).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.contains("reacties/: `reacties/` holds 2 file(s) that are not read")
            && text.contains("rename the folder to `responses`"),
        "{text}"
    );
    assert!(text.contains("no `responses/` folder"), "{text}");
    let (v, _) = json(dir.path(), &["check", "--json"]);
    assert_eq!(v["needs_attention"], true, "{v}");
    let out = inspraak(dir.path()).arg("status").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!text.contains("100% done"), "{text}");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(err.contains("`reacties/` holds 2 file(s)"), "{err}");

    // An empty `responses/` beside it: still nothing read, the folder named.
    std::fs::create_dir_all(inbox.join("responses")).unwrap();
    let out = inspraak(dir.path()).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.contains("`reacties/` holds 2 file(s)") && text.contains("move them into"),
        "{text}"
    );
    assert!(text.contains("1 thing(s) need attention"), "{text}");

    // With the letters where they belong, a folder beside them is a
    // warning, not a finding: it may hold the working group's own files.
    std::fs::remove_dir(inbox.join("responses")).unwrap();
    std::fs::rename(inbox.join("reacties"), inbox.join("responses")).unwrap();
    std::fs::create_dir_all(inbox.join("archief")).unwrap();
    std::fs::write(inbox.join("archief/oud.txt"), "Oude aantekeningen.\n").unwrap();
    let (v, _) = json(dir.path(), &["check", "--json"]);
    assert!(!kinds(&v).contains(&"inbox".to_string()), "{v}");
    let out = inspraak(dir.path()).arg("status").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        err.contains("warning: archief/: `archief/` holds 1 file(s) that are not read"),
        "{err}"
    );
}

/// QA34: the final version drops `2 Terugblik` and has an unrelated new
/// `2 Inwonersparticipatie`. A change reference to the removal, given by
/// number and title while the final version is newest, or by number while
/// a working version (without any 2) was newest, names the removal: it is
/// never filed as the new section that took the number, nor reported
/// lost when a newer version reuses the number; a number and title that
/// name no section are refused.
#[test]
fn a_change_reference_to_a_removed_section_whose_number_another_took_names_the_removal() {
    let draft = "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
                 2 Terugblik\n\nDe vorige regiovisie liep van 2019 tot 2023 en veel doelen zijn bereikt.\n\n\
                 3 Landelijke ontwikkelingen\n\nHet landelijke programma Geweld hoort nergens thuis geeft richting.\n";
    let working = draft.replace(
        "2 Terugblik\n\nDe vorige regiovisie liep van 2019 tot 2023 en veel doelen zijn bereikt.\n\n",
        "",
    );
    let last = draft.replace(
        "2 Terugblik\n\nDe vorige regiovisie liep van 2019 tot 2023 en veel doelen zijn bereikt.",
        "2 Inwonersparticipatie\n\nInwoners denken mee in een panel dat twee keer per jaar bijeenkomt.",
    );
    let response = "De terugblik op de vorige regiovisie voegt niets toe. Schrap die terugblik.\n";
    let removal_row = |memo: &str| {
        memo.lines()
            .find(|l| l.starts_with('|') && l.contains("Terugblik") && l.contains("verwijderd"))
            .unwrap_or_default()
            .to_string()
    };
    let check = |d: &Path| {
        let (v, _) = json(d, &["check", "--json"]);
        let findings = v["findings"].as_array().unwrap().clone();
        assert!(
            !findings.iter().any(|f| f["kind"] == "lost_reference"
                || f["kind"] == "unexplained_change"
                    && f["message"].as_str().unwrap_or("").contains("Terugblik")),
            "{v}"
        );
    };
    // Recorded by number and title while the final version is newest.
    let dir = temp_inbox(&[
        ("drafts/01-inspraakversie.txt", draft),
        ("drafts/02-definitief.txt", &last),
        ("responses/stichting.txt", response),
    ]);
    let d = dir.path();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args(["decide", &id, "-s", "adopted", "-a", "Geschrapt."])
        .assert()
        .success();
    // A title that names no section is refused, not filed under 2.
    let out = inspraak(d)
        .args([
            "decide",
            &id,
            "--change-ref",
            "2 Terugblikken en vooruitzien",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let out = inspraak(d)
        .args(["decide", &id, "--change-ref", "2 Terugblik"])
        .output()
        .unwrap();
    assert_success(&out);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("recorded") && said.contains("change in 2 Terugblik (removed)"),
        "{said}"
    );
    run_json(d);
    check(d);
    let memo = memo_md(d);
    assert!(removal_row(&memo).contains("reactie 1.1"), "{memo}");
    assert!(
        !memo.contains("Toegevoegd als § 2 Inwonersparticipatie"),
        "{memo}"
    );
    let ledger = std::fs::read_to_string(d.join("ledger.toml")).unwrap();
    assert!(
        ledger.contains("change_ref_title = \"Terugblik\""),
        "{ledger}"
    );

    // Recorded by number while a working version without any 2 was the
    // newest; then the final version with a new 2 arrives.
    let dir = temp_inbox(&[
        ("drafts/01-inspraakversie.txt", draft),
        ("drafts/02-werkversie.txt", &working),
        ("responses/stichting.txt", response),
    ]);
    let d = dir.path();
    let id = open(d)[0].0.clone();
    inspraak(d)
        .args([
            "decide",
            &id,
            "-s",
            "adopted",
            "-a",
            "Geschrapt.",
            "--change-ref",
            "2",
        ])
        .assert()
        .success();
    std::fs::write(d.join("inbox/drafts/03-definitief.txt"), &last).unwrap();
    run_json(d);
    check(d);
    let memo = memo_md(d);
    assert!(removal_row(&memo).contains("reactie 1.1"), "{memo}");
    assert!(
        !memo.contains("Toegevoegd als § 2 Inwonersparticipatie"),
        "{memo}"
    );
}
