//! The splitter through the real binary: a letter typed without a blank
//! line after its salutation keeps its first point (a QA report: it was
//! dropped without a warning).

use std::fs;

use assert_cmd::cargo::cargo_bin_cmd;

mod common;

use common::{comments_json, sample_copy};

#[test]
fn the_point_right_after_the_salutation_is_a_comment() {
    let tmp = sample_copy();
    let inbox = tmp.path().join("inbox");
    let responses = inbox.join("responses");
    for entry in fs::read_dir(&responses).unwrap() {
        fs::remove_file(entry.unwrap().path()).unwrap();
    }
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
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
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
