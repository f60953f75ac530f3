//! The working group's decisions on a copy of the sample consultation with
//! its `ledger.toml`: campaign group decisions that must follow the group
//! when its members change, editorial marks in the memo, one change block
//! per changed section, and what `decide` says it recorded.

use std::fs;
use std::path::Path;
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use tempfile::TempDir;

mod common;

use common::{comments_json, repo, sample_copy};

/// The sample's inbox and ledger in a temporary folder.
fn sample_with_ledger() -> TempDir {
    let tmp = sample_copy();
    fs::copy(repo().join("ledger.toml"), tmp.path().join("ledger.toml")).unwrap();
    tmp
}

/// `inspraak <args> --inbox <tmp>/inbox` (and `--out` for `run`).
fn inspraak(tmp: &Path, args: &[&str]) -> Output {
    let mut cmd = cargo_bin_cmd!("inspraak");
    cmd.current_dir(tmp).args(args);
    cmd.arg("--inbox").arg(tmp.join("inbox"));
    if args.first() == Some(&"run") {
        cmd.arg("--out").arg(tmp.join("output"));
    }
    cmd.output().unwrap()
}

/// [`inspraak`], which must succeed.
fn ok(tmp: &Path, args: &[&str]) -> Output {
    let out = inspraak(tmp, args);
    assert!(
        out.status.success(),
        "inspraak {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn status_json(tmp: &Path) -> Value {
    serde_json::from_slice(&ok(tmp, &["status", "--json"]).stdout).unwrap()
}

/// `inspraak check --json` (exit status 0 or 1).
fn check_json(tmp: &Path) -> Value {
    let out = inspraak(tmp, &["check", "--json"]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The findings of `check` of one kind: (comment or section, message).
fn findings(check: &Value, kind: &str) -> Vec<(String, String)> {
    check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .map(|f| {
            let at = f["comment"]
                .as_str()
                .or(f["section"].as_str())
                .unwrap_or("");
            (at.to_string(), f["message"].as_str().unwrap().to_string())
        })
        .collect()
}

/// The comments of the campaign group of the point that starts with
/// `start` (file, comment id, group id, status, answer), from `comments
/// --json`.
fn campaign(tmp: &Path, start: &str) -> Vec<(String, String, String, String, String)> {
    let json = comments_json(&tmp.join("inbox"));
    let all: Vec<(String, &Value)> = json
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            let file = r["file"].as_str().unwrap().to_string();
            r["comments"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |c| (file.clone(), c))
        })
        .collect();
    let group = all
        .iter()
        .find(|(_, c)| c["text"].as_str().unwrap().starts_with(start))
        .and_then(|(_, c)| c["group"].as_str())
        .expect("the point is in a campaign group")
        .to_string();
    all.iter()
        .filter(|(_, c)| c["group"].as_str() == Some(group.as_str()))
        .map(|(file, c)| {
            (
                file.clone(),
                c["id"].as_str().unwrap().to_string(),
                group.clone(),
                c["decision"]["status"].as_str().unwrap_or("").to_string(),
                c["decision"]["answer"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The sample's campaign: every child witnessing violence gets help soon.
const CAMPAIGN: &str = "Ieder kind dat getuige";

/// A copy of Emre Yılmaz's campaign letter sent by another resident under
/// a name that sorts before every other response.
fn add_first_campaign_letter(tmp: &Path) {
    let responses = tmp.join("inbox/responses");
    let text = fs::read_to_string(responses.join("10-campagne-yilmaz.txt")).unwrap();
    assert!(text.contains("Emre Yılmaz"));
    fs::write(
        responses.join("00-campagne-jansen.txt"),
        text.replace("Emre Yılmaz", "Petra Jansen"),
    )
    .unwrap();
}

/// Every member of the campaign shows the group's decision, and nothing
/// needs attention about it.
fn assert_group_decided(tmp: &Path, members: usize) {
    let group = campaign(tmp, CAMPAIGN);
    assert_eq!(group.len(), members, "{group:?}");
    for (file, id, _, status, answer) in &group {
        assert_eq!(status, "partly_adopted", "{file} {id}");
        assert!(
            answer.starts_with("Kinderen krijgen eigen hulp"),
            "{answer}"
        );
    }
    let check = check_json(tmp);
    let open: Vec<String> = findings(&check, "open")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for (_, id, ..) in &group {
        assert!(!open.contains(id), "{id} listed as open: {open:?}");
    }
    assert!(findings(&check, "group_conflict").is_empty());
}

/// The README's main job on the sample: every decision of the committed
/// ledger still matches its comment (a splitter change that keeps a
/// letter's closing in its last comment detaches that comment's decision).
#[test]
fn every_decision_of_the_sample_ledger_matches_a_comment() {
    let tmp = sample_with_ledger();
    let out = ok(tmp.path(), &["run"]);
    let err = stderr(&out);
    assert!(!err.contains("no longer matches"), "{err}");
    assert!(!err.contains("Besluiten zonder"), "{err}");
    let memo =
        fs::read_to_string(tmp.path().join("output").join("nota-van-beantwoording.md")).unwrap();
    assert!(!memo.contains("Besluiten zonder bijbehorende reactie"));
    // The college's closing formula and signature are no comment text.
    assert!(!memo.contains("hiermee van dienst"));
    assert!(!memo.contains("de secretaris, de burgemeester"));
}

#[test]
fn a_campaign_decision_follows_the_group_when_a_letter_sorting_first_arrives() {
    let tmp = sample_with_ledger();
    let t = tmp.path();
    ok(t, &["run"]);
    let decided = status_json(t)["decided"].as_u64().unwrap();
    assert_group_decided(t, 2);

    add_first_campaign_letter(t);
    ok(t, &["run"]);
    // The new sender's point shares the group's decision.
    assert_eq!(status_json(t)["decided"].as_u64().unwrap(), decided + 1);
    assert_group_decided(t, 3);
    let memo = fs::read_to_string(t.join("output/nota-van-beantwoording.md")).unwrap();
    assert!(memo.contains("Kinderen krijgen eigen hulp"));

    // `decide` on the new first member updates the group's one decision.
    let group = campaign(t, CAMPAIGN);
    let first = group
        .iter()
        .find(|(file, ..)| file == "00-campagne-jansen.txt")
        .unwrap();
    assert_eq!(first.1, first.2, "the new letter's point is the group's id");
    let before = fs::read_to_string(t.join("ledger.toml")).unwrap();
    let out = ok(
        t,
        &[
            "decide",
            &first.1,
            "--status",
            "adopted",
            "--answer",
            "Wij nemen de termijn van vier weken over.",
        ],
    );
    assert!(
        stdout(&out).contains("applies to 3 comments"),
        "{}",
        stdout(&out)
    );
    let after = fs::read_to_string(t.join("ledger.toml")).unwrap();
    assert_eq!(
        before.matches("[decisions.").count(),
        after.matches("[decisions.").count(),
        "no second decision for the group:\n{after}"
    );
    for (file, _, _, status, answer) in campaign(t, CAMPAIGN) {
        assert_eq!(status, "adopted", "{file}");
        assert_eq!(
            answer, "Wij nemen de termijn van vier weken over.",
            "{file}"
        );
    }
    assert!(findings(&check_json(t), "group_conflict").is_empty());
}

#[test]
fn a_campaign_decision_follows_the_group_when_a_member_is_renamed() {
    let tmp = sample_with_ledger();
    let t = tmp.path();
    ok(t, &["run"]);
    let decided = status_json(t)["decided"].as_u64().unwrap();
    let responses = t.join("inbox/responses");
    fs::rename(
        responses.join("09-campagne-van-leeuwen.txt"),
        responses.join("scan001.txt"),
    )
    .unwrap();
    ok(t, &["run"]);
    assert_eq!(status_json(t)["decided"].as_u64().unwrap(), decided);
    assert_group_decided(t, 2);
}

#[test]
fn differing_decisions_in_one_campaign_group_are_a_conflict_until_decided_again() {
    let tmp = sample_with_ledger();
    let t = tmp.path();
    add_first_campaign_letter(t);
    ok(t, &["run"]);
    // The new letter's point gets a decision of its own, by hand.
    let group = campaign(t, CAMPAIGN);
    let first = group
        .iter()
        .find(|(file, ..)| file == "00-campagne-jansen.txt")
        .unwrap()
        .1
        .clone();
    let mut ledger = fs::read_to_string(t.join("ledger.toml")).unwrap();
    ledger.push_str(&format!(
        "\n[decisions.{first}]\nstatus = \"not_adopted\"\nanswer = \"Nee.\"\ntheme = \
         \"Kinderen\"\nrespondent = \"Petra Jansen\"\nfile = \"00-campagne-jansen.txt\"\ncomment \
         = \"x\"\n"
    ));
    fs::write(t.join("ledger.toml"), ledger).unwrap();

    let run = ok(t, &["run"]);
    assert!(
        stderr(&run).contains("holds 2 different decisions"),
        "{}",
        stderr(&run)
    );
    let check = inspraak(t, &["check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stdout(&check).contains("campaign group conflict"),
        "{}",
        stdout(&check)
    );
    let conflicts = findings(&check_json(t), "group_conflict");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert!(conflicts[0].1.contains(&first), "{}", conflicts[0].1);

    // Deciding any member again updates both decisions: one answer.
    let other = group
        .iter()
        .find(|(_, id, ..)| *id != first)
        .unwrap()
        .1
        .clone();
    let out = ok(
        t,
        &[
            "decide",
            &other,
            "--status",
            "partly_adopted",
            "--answer",
            "Eén antwoord.",
        ],
    );
    assert!(
        stdout(&out).contains("are the same now"),
        "{}",
        stdout(&out)
    );
    assert!(findings(&check_json(t), "group_conflict").is_empty());
    for (file, _, _, status, answer) in campaign(t, CAMPAIGN) {
        assert_eq!(
            (status.as_str(), answer.as_str()),
            ("partly_adopted", "Eén antwoord."),
            "{file}"
        );
    }
}

/// The lines of `text` that start with `prefix`, per part of `text`
/// between two `separator`s, each part's repeated lines.
fn repeated_lines(text: &str, separator: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split(separator) {
        let mut seen = std::collections::HashSet::new();
        for line in part
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with(prefix))
        {
            if !seen.insert(line) {
                out.push(line.to_string());
            }
        }
    }
    out
}

#[test]
fn a_campaign_item_shows_each_changed_section_once() {
    let tmp = sample_with_ledger();
    let t = tmp.path();
    ok(t, &["run"]);
    let md = fs::read_to_string(t.join("output/nota-van-beantwoording.md")).unwrap();
    // The campaign's item has its change at most once (the sample's
    // moved 5.5 got only a full stop, an editorial change it does not show).
    let item = md
        .split("Reactie 9.1")
        .nth(1)
        .and_then(|rest| rest.split("Reactie ").next())
        .unwrap_or_else(|| panic!("no Reactie 9.1 in the memo:\n{md}"));
    assert!(item.matches("**Aanpassing in").count() <= 1, "{item}");
    assert_eq!(
        repeated_lines(&md, "Reactie ", "**Aanpassing in"),
        Vec::<String>::new()
    );
    let html = fs::read_to_string(t.join("output/nota-van-beantwoording.html")).unwrap();
    for part in html.split("Reactie ") {
        let figures: Vec<&str> = part
            .split("<figure class=\"diff\">")
            .skip(1)
            .map(|f| f.split("</figure>").next().unwrap())
            .collect();
        let distinct: std::collections::HashSet<&&str> = figures.iter().collect();
        assert_eq!(distinct.len(), figures.len(), "{part}");
    }
    for entry in fs::read_dir(t.join("output/letters")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let letter = fs::read_to_string(&path).unwrap();
            assert_eq!(
                repeated_lines(&letter, "\n\n\n", "Zo is de tekst van"),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
        }
    }
    let letter = fs::read_dir(t.join("output/letters"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| fs::read_to_string(p).unwrap())
        .find(|l| l.contains("Anna van Leeuwen"))
        .expect("a letter to Anna van Leeuwen");
    assert!(
        letter.matches("Zo is de tekst van").count() <= 1,
        "{letter}"
    );
    // The full stop added to the moved 5.5 is editorial: never shown as
    // the change made for the campaign's point.
    assert!(!letter.contains("ieder kind**.**"), "{letter}");
}

#[test]
fn a_re_attached_decision_is_named_by_the_sender_it_was_made_on() {
    let tmp = sample_with_ledger();
    let t = tmp.path();
    ok(t, &["run"]);
    // Anna van Leeuwen's campaign letter is taken out: the group's
    // decision, made on her point, goes to Emre Yılmaz's point.
    fs::remove_file(t.join("inbox/responses/09-campagne-van-leeuwen.txt")).unwrap();
    let run = ok(t, &["run"]);
    let note = stderr(&run)
        .lines()
        .find(|l| l.contains("re-attached"))
        .map(str::to_string)
        .unwrap_or_else(|| panic!("{}", stderr(&run)));
    assert!(
        note.contains("(Anna van Leeuwen, 09-campagne-van-leeuwen.txt) re-attached to comment"),
        "{note}"
    );
    assert!(
        note.contains("(Emre Yılmaz, 10-campagne-yilmaz.txt)"),
        "{note}"
    );
}
