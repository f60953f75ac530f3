//! `inspraak check` on a small inbox: each kind of finding, the exit
//! status, and `--json`.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn inbox() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("drafts")).unwrap();
    std::fs::create_dir_all(inbox.join("responses")).unwrap();
    let draft =
        "1 Inleiding\n\nDeze regiovisie beschrijft de aanpak van huiselijk geweld in de regio.\n\n\
                 2 Preventie\n\nWe zetten in op preventie en vroegsignalering in alle gemeenten.\n";
    std::fs::write(inbox.join("drafts/01-inspraakversie.txt"), draft).unwrap();
    std::fs::write(
        inbox.join("drafts/02-definitief.txt"),
        draft.replace(
            "huiselijk geweld in",
            "huiselijk geweld en kindermishandeling in",
        ),
    )
    .unwrap();
    std::fs::write(
        inbox.join("responses/gemeente-noord.txt"),
        "De gemeenteraad vraagt om ook kindermishandeling expliciet te noemen in de inleiding.\n\n\
         Daarnaast mist de raad aandacht voor ouderenmishandeling in het hoofdstuk preventie.\n",
    )
    .unwrap();
    std::fs::write(
        inbox.join("responses/laat.txt"),
        "Wij hadden graag gezien dat de wachtlijsten in de opvang worden aangepakt in de visie.\n",
    )
    .unwrap();
    std::fs::write(
        inbox.join("consultation.toml"),
        "[responses.\"laat.txt\"]\nlate = true\n",
    )
    .unwrap();
    dir
}

fn inspraak(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("inspraak").unwrap();
    cmd.current_dir(dir);
    cmd
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
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("drafts")).unwrap();
    std::fs::create_dir_all(inbox.join("responses")).unwrap();
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
    std::fs::write(inbox.join("drafts/01-inspraakversie.txt"), draft).unwrap();
    std::fs::write(inbox.join("drafts/02-definitief.txt"), last).unwrap();
    std::fs::write(
        inbox.join("responses/gemeente-noord.txt"),
        "De gemeenteraad vraagt om ervaringsdeskundigen een vaste plek te geven in de visie.\n",
    )
    .unwrap();
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
    assert!(unexplained[1].1.contains("was renamed"), "{unexplained:?}");
    assert!(
        unexplained[2]
            .1
            .contains("was renumbered and its text changed"),
        "{unexplained:?}"
    );

    inspraak(dir.path()).arg("run").assert().success();
    let memo =
        std::fs::read_to_string(dir.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains("| vernummerd | 2 Preventie | 3 Preventie |"),
        "{memo}"
    );
    assert!(
        memo.contains("| hernoemd | 4 Nazorg | 5 Nazorg en herstel |"),
        "{memo}"
    );
    assert!(!memo.contains("| hernoemd | 2 Preventie"), "{memo}");
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
}
