use super::*;

/// A ledger kept in a shared folder and linked in: the write replaces
/// the file the link points to, the link stays, and so does a dangling
/// link whose folder exists; one whose folder does not is an error.
#[cfg(unix)]
#[test]
fn a_write_through_a_symbolic_link_replaces_its_target() {
    use crate::ledger::Ledger;
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("gedeeld");
    let project = dir.path().join("proj");
    std::fs::create_dir_all(&shared).unwrap();
    std::fs::create_dir_all(&project).unwrap();
    let target = shared.join("ledger.toml");
    let mut first = Ledger::new(&target);
    first.respondents.insert("01-heel.txt".into(), 1);
    first.save().unwrap();
    let link = project.join("ledger.toml");
    std::os::unix::fs::symlink("../gedeeld/ledger.toml", &link).unwrap();
    let mut ledger = Ledger::load(&link).unwrap();
    ledger.respondents.insert("02-gedeeld.txt".into(), 2);
    ledger.save().unwrap();
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let shared_text = std::fs::read_to_string(&target).unwrap();
    assert!(shared_text.contains("02-gedeeld.txt"), "{shared_text}");
    // Saved again through the link: the change is seen, no conflict.
    let mut again = Ledger::load(&link).unwrap();
    again.respondents.insert("03-nog.txt".into(), 3);
    again.save().unwrap();
    assert!(std::fs::read_to_string(&target)
        .unwrap()
        .contains("03-nog.txt"));
    // The backup lies beside the shared ledger.
    assert!(shared.join("ledger.toml.bak").is_file());
    assert!(!project.join("ledger.toml.bak").exists());
    // A dangling link into an existing folder: written there.
    let dangling = project.join("nieuw.toml");
    std::os::unix::fs::symlink("../gedeeld/nieuw.toml", &dangling).unwrap();
    let mut fresh = Ledger::new(&dangling);
    fresh.respondents.insert("01-heel.txt".into(), 1);
    fresh.save().unwrap();
    assert!(std::fs::symlink_metadata(&dangling)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(shared.join("nieuw.toml").is_file());
    // Into a folder that does not exist: an error, the link kept.
    let nowhere = project.join("weg.toml");
    std::os::unix::fs::symlink("../bestaat-niet/weg.toml", &nowhere).unwrap();
    let mut lost = Ledger::new(&nowhere);
    lost.respondents.insert("01-heel.txt".into(), 1);
    let err = lost.save().unwrap_err().to_string();
    assert!(err.contains("bestaat-niet"), "{err}");
    assert!(std::fs::symlink_metadata(&nowhere)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(!dir.path().join("bestaat-niet").exists());
}

#[test]
fn line_and_column_are_one_based() {
    let t = "a = 1\nbc = x\n";
    assert_eq!(line_column(t, 0), (1, 1));
    assert_eq!(line_column(t, 11), (2, 6));
    assert_eq!(line_column("é=x", 2), (1, 2));
}

#[test]
fn comments_people_wrote_are_kept() {
    let old = format!(
        "{HEADER}\n# besproken op 12 november\n[decisions.c-1]\n# Jan vindt dit te kort\n\
             status = \"noted\"\nanswer = \"Dank.\"  # uitbreiden\n\n\
             # aanpak ouderen\n[decisions.c-2]\nstatus = \"open\"\n\n[decisions.c-9]\n\
             status = \"open\" # weg\n# aan het eind\n"
    );
    let new = format!(
        "{HEADER}\n[decisions.c-1]\nstatus = \"adopted\"\nanswer = \"Dank, aangepast.\"\n\n\
             [decisions.c-2]\nstatus = \"open\"\n\n[decisions.c-3]\nstatus = \"noted\"\n"
    );
    let kept = keep_comments(&old, new);
    for comment in [
        "# besproken op 12 november\n[decisions.c-1]",
        "# Jan vindt dit te kort\nstatus = \"adopted\"",
        "answer = \"Dank, aangepast.\"  # uitbreiden",
        "# aanpak ouderen\n[decisions.c-2]",
        "# aan het eind",
    ] {
        assert!(kept.contains(comment), "{comment:?} not in:\n{kept}");
    }
    assert!(kept.starts_with(HEADER) && kept.contains("[decisions.c-3]"));
    assert!(!kept.contains("# weg"), "{kept}");
    // Without comments of one's own the new text is taken as it is.
    let plain = format!("{HEADER}\n[decisions.c-1]\nstatus = \"open\"\n");
    assert_eq!(keep_comments(&plain, "x = 1\n".into()), "x = 1\n");
}

#[test]
fn comments_follow_a_decision_filed_under_another_id() {
    let old = format!(
            "{HEADER}\n# besproken op 12 november\n[decisions.c-1]\nstatus = \"adopted\"\n\
             answer = \"Dank.\"  # uitbreiden\n\n# navragen\n[decisions.c-2]\nstatus = \"noted\"\n\n\
             # wachtlijst\n[decisions.c-3]\nstatus = \"noted\"\nanswer = \"Ja.\" # kort\n"
        );
    // c-1 re-attached as c-9, c-3 dropped; c-2 stays.
    let new = format!(
        "{HEADER}\n[decisions.c-2]\nstatus = \"noted\"\n\n[decisions.c-9]\n\
             status = \"adopted\"\nanswer = \"Dank.\"\nprevious_ids = [\"c-0\", \"c-1\"]\n\n\
             [dropped.c-3]\nstatus = \"noted\"\nanswer = \"Ja.\"\n"
    );
    let kept = keep_comments(&old, new);
    for comment in [
        "# besproken op 12 november\n[decisions.c-9]",
        "answer = \"Dank.\"  # uitbreiden",
        "# navragen\n[decisions.c-2]",
        "# wachtlijst\n[dropped.c-3]",
        "answer = \"Ja.\" # kort",
    ] {
        assert!(kept.contains(comment), "{comment:?} not in:\n{kept}");
    }
    assert_eq!(kept.matches("besproken").count(), 1, "{kept}");
    // A previous id still filed on its own keeps its comments there.
    let new = format!(
        "{HEADER}\n[decisions.c-1]\nstatus = \"adopted\"\n\n[decisions.c-9]\n\
             status = \"adopted\"\nprevious_ids = [\"c-1\"]\n"
    );
    let kept = keep_comments(&old, new);
    assert!(
        kept.contains("# besproken op 12 november\n[decisions.c-1]"),
        "{kept}"
    );
    assert_eq!(kept.matches("besproken").count(), 1, "{kept}");
}

#[test]
fn backup_sits_beside_the_ledger() {
    assert_eq!(
        backup_path(Path::new("/x/ledger.toml")),
        Path::new("/x/ledger.toml.bak")
    );
}

/// A ledger path into a folder that does not exist (a mistyped
/// `--ledger`) is refused naming the folder; no folder is made.
#[test]
fn a_ledger_in_a_missing_folder_is_refused_not_made() {
    use crate::ledger::Ledger;
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("verkeerd").join("ledger.toml");
    let mut ledger = Ledger::new(&missing);
    ledger.respondents.insert("01-heel.txt".into(), 1);
    let err = ledger.save().unwrap_err().to_string();
    assert!(
        err.contains("verkeerd") && err.contains("does not exist"),
        "{err}"
    );
    assert!(!dir.path().join("verkeerd").exists());
}

/// A ledger with one decision on `c-1` (and `01.txt` numbered), saved
/// twice so that its backup holds the decision too.
fn decided_twice(path: &Path) -> crate::ledger::Ledger {
    use crate::ledger::{Decision, Ledger};
    use crate::model::Status;
    let mut ledger = Ledger::new(path);
    ledger.respondents.insert("01.txt".into(), 1);
    ledger.decisions.insert(
        "c-1".into(),
        Decision {
            status: Status::Noted,
            answer: "Dank.".into(),
            ..Decision::default()
        },
    );
    ledger.save().unwrap();
    ledger.respondents.insert("02.txt".into(), 2);
    ledger.save().unwrap();
    ledger
}

/// QA31b: a ledger emptied by a sync client, an editor or `> ledger.toml`
/// (or removed) beside a backup holding decisions is not taken for a new
/// ledger: loading it is an error naming both files, so nothing is written
/// and the backup keeps the decisions. Without such a backup a blank file
/// is a new ledger, as before.
#[test]
fn an_emptied_or_removed_ledger_beside_a_backup_with_decisions_is_refused() {
    use crate::ledger::Ledger;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    decided_twice(&path);
    let bak = backup_path(&path);
    let kept = std::fs::read(&bak).unwrap();
    for blank in ["", "  \n\n", "\u{feff}\n", "\0\0\0\0"] {
        std::fs::write(&path, blank).unwrap();
        let err = Ledger::load(&path).unwrap_err();
        assert!(
            matches!(err, Error::Emptied { missing: false, .. }),
            "{err}"
        );
        let message = err.to_string();
        assert!(
            message.contains("is empty")
                && message.contains("ledger.toml.bak")
                && message.contains("1 decision(s)")
                && message.contains("Restore it"),
            "{message}"
        );
    }
    std::fs::remove_file(&path).unwrap();
    let err = Ledger::load(&path).unwrap_err().to_string();
    assert!(err.contains("does not exist"), "{err}");
    assert_eq!(std::fs::read(&bak).unwrap(), kept);
    // The backup moved away: a new ledger starts.
    std::fs::rename(&bak, dir.path().join("weg.toml")).unwrap();
    std::fs::write(&path, "").unwrap();
    assert!(Ledger::load(&path).unwrap().decisions.is_empty());
}

/// A blank ledger is never copied over a backup: a save keeps the backup
/// as it was (here a blank file made after the load check, as a race
/// would).
#[test]
fn a_blank_ledger_is_not_kept_as_the_backup() {
    use crate::ledger::Ledger;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    let bak = backup_path(&path);
    std::fs::write(&path, "\n").unwrap();
    std::fs::write(&bak, "[decisions.c-9]\nstatus = \"noted\"\n").unwrap();
    let mut ledger = Ledger::new(&path);
    // As loaded from the blank file (the load itself refuses it).
    ledger.loaded = Some(hash(b"\n"));
    ledger.respondents.insert("01.txt".into(), 1);
    ledger.save().unwrap();
    assert!(std::fs::read_to_string(&bak).unwrap().contains("c-9"));
    assert!(std::fs::read_to_string(&path).unwrap().contains("01.txt"));
}

/// QA31b: a read-only ledger (`chmod a-w`: the decisions frozen) is not
/// replaced: the save is refused, naming it, and the file is unchanged.
#[cfg(unix)]
#[test]
fn a_read_only_ledger_is_not_replaced() {
    use crate::ledger::Ledger;
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    decided_twice(&path);
    let before = std::fs::read(&path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut ledger = Ledger::load(&path).unwrap();
    ledger.respondents.insert("03.txt".into(), 3);
    let err = ledger.save().unwrap_err();
    assert!(matches!(err, Error::ReadOnly { .. }), "{err}");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Writable again: saved.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    ledger.save().unwrap();
    assert!(std::fs::read_to_string(&path).unwrap().contains("03.txt"));
}

/// QA31b: the temporary files a killed write left (copies of the ledger,
/// with residents' names) are removed by the next save, however recent;
/// one a live write holds (locked) is left alone.
#[test]
fn a_save_removes_the_temporary_files_of_killed_writes() {
    use crate::ledger::Ledger;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    let mut ledger = Ledger::new(&path);
    ledger.save().unwrap();
    let left = dir.path().join(".ledger-AbC123.tmp");
    std::fs::write(&left, "[private_senders]\nr-1 = \"Marieke de Vries\"\n").unwrap();
    let live = dir.path().join(".ledger-XyZ789.tmp");
    std::fs::write(&live, "").unwrap();
    let held = std::fs::File::open(&live).unwrap();
    held.lock().unwrap();
    // Not ours: another name.
    let other = dir.path().join("ledger-notes.tmp");
    std::fs::write(&other, "x").unwrap();
    ledger.respondents.insert("01.txt".into(), 1);
    ledger.save().unwrap();
    assert!(!left.exists());
    assert!(live.exists());
    assert!(other.exists());
    drop(held);
    ledger.respondents.insert("02.txt".into(), 2);
    ledger.save().unwrap();
    assert!(!live.exists());
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(names, ["ledger-notes.tmp"]);
}

#[test]
fn conflict_copies_are_told_by_their_names() {
    for name in [
        "ledger (1).toml",
        "ledger-DESKTOP-BRAM.toml",
        "ledger (Bram's conflicted copy).toml",
        "ledger (conflicted copy 2026-10-01).toml",
        "ledger.sync-conflict-20261001-101500-ABCDEF.toml",
        "Ledger_kopie.TOML",
    ] {
        assert!(conflict_copy_name("ledger.toml", name), "{name}");
    }
    for name in [
        "ledger.toml",
        "ledger.toml.bak",
        ".ledger-AbC123.tmp",
        ".ledger.toml.lock",
        "ledgers.toml",
        "consultation.toml",
        "ledger-.toml",
    ] {
        assert!(!conflict_copy_name("ledger.toml", name), "{name}");
    }
}

/// QA31b: a sync client's conflict copy beside the ledger holding
/// decisions the ledger lacks (or records otherwise) is reported, naming
/// the copy and the decisions; a copy holding nothing new is not.
#[test]
fn a_conflict_copy_holding_other_decisions_is_reported() {
    use crate::ledger::{Decision, Ledger};
    use crate::model::Status;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ledger.toml");
    let ledger = decided_twice(&path);
    assert!(ledger.conflict_copies().is_empty());
    // Bram's copy: the same decision on c-1, and c-2 decided.
    let mut bram = Ledger::new(&dir.path().join("ledger (1).toml"));
    bram.decisions = ledger.decisions.clone();
    bram.decisions.insert(
        "c-2".into(),
        Decision {
            status: Status::Adopted,
            answer: "Opgenomen.".into(),
            ..Decision::default()
        },
    );
    bram.save().unwrap();
    // A copy with nothing the ledger lacks.
    std::fs::copy(&path, dir.path().join("ledger-DESKTOP-ANNA.toml")).unwrap();
    let warnings = ledger.conflict_copies();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("`ledger (1).toml`")
            && warnings[0].contains("1 decision(s)")
            && warnings[0].contains("c-2")
            && !warnings[0].contains("c-1")
            && warnings[0].contains("conflict copy"),
        "{warnings:?}"
    );
}
