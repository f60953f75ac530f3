//! `inspraak run --watch`: an update after a new response writes what a
//! fresh `inspraak run` writes, a hand edit of the ledger while watching is
//! kept, and Ctrl-C ends the watcher cleanly.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// Generous: a debug build on a loaded machine reads the sample slowly.
const DEADLINE: Duration = Duration::from_secs(600);

/// Waits for a line of the watcher's stderr that `wanted` accepts; every
/// line read is kept in `seen`.
fn wait_for(lines: &Receiver<String>, seen: &mut Vec<String>, wanted: impl Fn(&str) -> bool) {
    let end = Instant::now() + DEADLINE;
    loop {
        let left = end.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) => {
                let found = wanted(&line);
                seen.push(line);
                if found {
                    return;
                }
            }
            Err(e) => panic!("no such line ({e}); stderr so far:\n{}", seen.join("\n")),
        }
    }
}

/// Every file of the output folder `dir` by its path below it, but the
/// manifest (which records the files' times).
fn outputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else if path.file_name().unwrap() != ".inspraak-output" {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                files.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

struct Watcher(Child);

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `inspraak run --watch --poll-ms 100 EXTRA` started in `root`, and its
/// stderr line by line.
fn watch(root: &Path, extra: &[&str]) -> (Watcher, Receiver<String>) {
    let child = Command::new(env!("CARGO_BIN_EXE_inspraak"))
        .args(["run", "--watch", "--poll-ms", "100"])
        .args(extra)
        .current_dir(root)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut watcher = Watcher(child);
    let stderr = watcher.0.stderr.take().unwrap();
    let (tx, lines) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (watcher, lines)
}

#[test]
fn an_update_writes_what_a_fresh_run_writes_and_keeps_a_hand_edited_ledger() {
    let tmp = common::sample_copy();
    let root = tmp.path();
    let (mut watcher, lines) = watch(root, &[]);
    let mut seen = Vec::new();
    wait_for(&lines, &mut seen, |l| l.starts_with("watching "));

    // A new response: one update, which numbers it in the ledger.
    std::fs::write(
        root.join("inbox/responses/12-inwoner-extra.txt"),
        "Geachte werkgroep,\n\n1. De wachttijd voor jeugdhulp is te lang; zorg dat \
         ouders binnen vier weken hulp krijgen.\n\n2. Paragraaf 5.2 noemt de \
         mantelzorgers niet. Voeg ze toe.\n\nMet vriendelijke groet,\n\nJ. Pietersen\n",
    )
    .unwrap();
    wait_for(&lines, &mut seen, |l| l.starts_with("update 1: "));
    let update = seen.last().unwrap().clone();
    assert!(
        update.contains("12-inwoner-extra.txt added") && !update.contains("failed"),
        "{update}"
    );
    let ledger = root.join("ledger.toml");
    let numbered = std::fs::read_to_string(&ledger).unwrap();
    assert!(numbered.contains("12-inwoner-extra.txt"), "{numbered}");

    // A hand edit of the ledger: read by the next update, never lost.
    let edited = format!("{numbered}\n# aantekening van de werkgroep\n");
    std::fs::write(&ledger, &edited).unwrap();
    wait_for(&lines, &mut seen, |l| l.starts_with("update 2: "));
    assert!(
        seen.last().unwrap().contains("ledger.toml changed"),
        "{seen:?}"
    );
    assert_eq!(std::fs::read_to_string(&ledger).unwrap(), edited);

    // Ctrl-C ends it cleanly.
    // SAFETY: sending a signal to the child this test started.
    let pid = libc::pid_t::try_from(watcher.0.id()).unwrap();
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    wait_for(&lines, &mut seen, |l| l == "stopped watching");
    let status = watcher.0.wait().unwrap();
    assert!(status.success(), "{status:?}\n{}", seen.join("\n"));

    // A fresh run on the same inputs writes the same files.
    let fresh = tempfile::tempdir().unwrap();
    common::copy_dir(&root.join("inbox"), &fresh.path().join("inbox"));
    std::fs::copy(&ledger, fresh.path().join("ledger.toml")).unwrap();
    let out = common::inspraak(fresh.path())
        .args(["run", "--quiet"])
        .output()
        .unwrap();
    common::assert_success(&out);
    let watched = outputs(&root.join("output"));
    let fresh_files = outputs(&fresh.path().join("output"));
    assert_eq!(
        watched.iter().map(|(n, _)| n).collect::<Vec<_>>(),
        fresh_files.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    for ((name, a), (_, b)) in watched.iter().zip(&fresh_files) {
        assert!(a == b, "{name} differs from a fresh run's");
    }
    assert_eq!(
        std::fs::read_to_string(fresh.path().join("ledger.toml")).unwrap(),
        edited,
        "the fresh run found nothing to record"
    );
}

/// A small consultation: a draft and one organisation's letter.
const DRAFT: &str = "Visie Test\n\n1 Inleiding\nDe wachttijd voor jeugdhulp is zes weken.\n\n\
                     2 Opvang\nEr zijn tien opvangplaatsen.\n";
const LETTER: &str = "Katwijk, 1 oktober 2026\n\nGeachte werkgroep,\n\nDe wachttijd in \
                      hoofdstuk 1 is te lang. Maak er vier weken van.\n\nMet vriendelijke \
                      groet,\n\nStichting Jeugdzorg Katwijk\n";

#[test]
fn a_templates_folder_made_while_watching_is_watched() {
    let tmp = common::temp_inbox(&[
        ("drafts/01-concept.txt", DRAFT),
        ("responses/01-stichting.txt", LETTER),
    ]);
    let root = tmp.path();
    let (_watcher, lines) = watch(root, &[]);
    let mut seen = Vec::new();
    wait_for(&lines, &mut seen, |l| l.starts_with("watching "));

    common::assert_success(
        &common::inspraak(root)
            .args(["templates", "init"])
            .output()
            .unwrap(),
    );
    wait_for(&lines, &mut seen, |l| l.starts_with("update 1: "));
    let template = root.join("templates/letter.md.hbs");
    let text = std::fs::read_to_string(&template).unwrap();
    assert!(text.contains("Met vriendelijke groet,"), "{text}");
    std::fs::write(
        &template,
        text.replace(
            "Met vriendelijke groet,",
            "Met hartelijke groet van de werkgroep,",
        ),
    )
    .unwrap();
    wait_for(&lines, &mut seen, |l| l.starts_with("update 2: "));
    assert!(
        seen.last().unwrap().contains("letter.md.hbs changed"),
        "{seen:?}"
    );
    let letters = root.join("output/letters");
    let edited = std::fs::read_dir(&letters)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
        .any(|t| t.contains("Met hartelijke groet van de werkgroep,"));
    assert!(
        edited,
        "no letter in {} uses the edited template",
        letters.display()
    );
}

/// A PDF of the sample inbox.
fn sample_pdf() -> Vec<u8> {
    std::fs::read(common::repo().join("inbox/responses/11-vrouwenopvang-rijnstreek.pdf")).unwrap()
}

#[test]
fn a_pdf_whose_copy_pauses_is_waited_for_not_reported_as_damaged() {
    let tmp = common::temp_inbox(&[("drafts/01-concept.txt", DRAFT)]);
    let root = tmp.path();
    let (_watcher, lines) = watch(root, &[]);
    let mut seen = Vec::new();
    wait_for(&lines, &mut seen, |l| l.starts_with("watching "));

    // Copied in two pieces, with a pause far longer than the settling.
    let pdf = sample_pdf();
    let target = root.join("inbox/responses/brief.pdf");
    std::fs::write(&target, &pdf[..2500]).unwrap();
    wait_for(&lines, &mut seen, |l| l.starts_with("waiting: "));
    assert!(
        seen.last().unwrap().contains("brief.pdf still arriving"),
        "{seen:?}"
    );
    std::thread::sleep(Duration::from_millis(1500));
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&target)
        .unwrap();
    std::io::Write::write_all(&mut file, &pdf[2500..]).unwrap();
    drop(file);
    wait_for(&lines, &mut seen, |l| l.starts_with("update 1: "));
    assert!(
        !seen.iter().any(|l| l.contains("damaged or incomplete")),
        "{}",
        seen.join("\n")
    );
    assert!(seen.last().unwrap().contains("brief.pdf added"), "{seen:?}");
}

#[test]
fn a_damaged_pdf_is_reported_once_it_stopped_changing_a_while() {
    let tmp = common::temp_inbox(&[("drafts/01-concept.txt", DRAFT)]);
    let root = tmp.path();
    let (_watcher, lines) = watch(root, &[]);
    let mut seen = Vec::new();
    wait_for(&lines, &mut seen, |l| l.starts_with("watching "));
    let started = Instant::now();
    std::fs::write(
        root.join("inbox/responses/brief.pdf"),
        &sample_pdf()[..2500],
    )
    .unwrap();
    wait_for(&lines, &mut seen, |l| l.starts_with("update 1: "));
    assert!(started.elapsed() >= Duration::from_secs(9), "{seen:?}");
    assert!(
        seen.iter().any(|l| l.contains("still arriving"))
            && seen.iter().any(|l| l.contains("damaged or incomplete")),
        "{}",
        seen.join("\n")
    );
}

#[test]
fn a_file_still_arriving_does_not_hold_back_the_other_changes() {
    let tmp = common::temp_inbox(&[("drafts/01-concept.txt", DRAFT)]);
    let root = tmp.path();
    let (_watcher, lines) = watch(root, &[]);
    let mut seen = Vec::new();
    wait_for(&lines, &mut seen, |l| l.starts_with("watching "));

    // A big PDF whose copy pauses half-way ...
    let pdf = sample_pdf();
    let target = root.join("inbox/responses/brief.pdf");
    std::fs::write(&target, &pdf[..2500]).unwrap();
    wait_for(&lines, &mut seen, |l| l.starts_with("waiting: "));
    // ... while a mail is saved: read at once, without the PDF.
    std::fs::write(
        root.join("inbox/responses/mail.txt"),
        "Geachte werkgroep,\n\nDe wachttijd voor hulp is te lang.\n\nMet vriendelijke \
         groet,\n\nJ. Pietersen\n",
    )
    .unwrap();
    wait_for(&lines, &mut seen, |l| l.starts_with("update 1: "));
    let update = seen.last().unwrap().clone();
    assert!(
        update.contains("mail.txt added") && !update.contains("brief.pdf"),
        "{}",
        seen.join("\n")
    );
    let json = std::fs::read_to_string(root.join("output/consultation.json")).unwrap();
    assert!(
        json.contains("De wachttijd voor hulp") && !json.contains("damaged"),
        "{json}"
    );

    // The rest of the PDF: read by the next update, not as damaged.
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&target)
        .unwrap();
    std::io::Write::write_all(&mut file, &pdf[2500..]).unwrap();
    drop(file);
    wait_for(&lines, &mut seen, |l| l.starts_with("update 2: "));
    assert!(seen.last().unwrap().contains("brief.pdf added"), "{seen:?}");
    assert!(
        !seen.iter().any(|l| l.contains("damaged or incomplete")),
        "{}",
        seen.join("\n")
    );
}
