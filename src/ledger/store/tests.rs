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
