use super::*;

fn watched(dir: &Path) -> Watched {
    Watched {
        folders: vec![dir.join("inbox")],
        files: vec![dir.join("ledger.toml")],
        skip: vec![full_path(&dir.join("inbox/output"))],
    }
}

#[test]
fn a_snapshot_sees_added_changed_and_removed_files_but_not_hidden_or_skipped_ones() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("responses")).unwrap();
    std::fs::create_dir_all(inbox.join("output")).unwrap();
    std::fs::write(inbox.join("responses/a.txt"), "a").unwrap();
    std::fs::write(dir.path().join("ledger.toml"), "").unwrap();
    let w = watched(dir.path());
    let before = w.snapshot();
    assert_eq!(before.len(), 2);
    assert_eq!(describe(&before, &before), "nothing changed");

    // Not inputs: an office program's lock files, the output folder.
    std::fs::write(inbox.join("responses/.~lock.a.docx#"), "x").unwrap();
    std::fs::write(inbox.join("responses/~$a.docx"), "x").unwrap();
    std::fs::write(inbox.join("output/memo.html"), "x").unwrap();
    assert_eq!(w.snapshot(), before);

    std::fs::write(inbox.join("responses/b.txt"), "b").unwrap();
    std::fs::write(inbox.join("responses/a.txt"), "a, longer").unwrap();
    std::fs::remove_file(dir.path().join("ledger.toml")).unwrap();
    let after = w.snapshot();
    let text = describe(&before, &after);
    assert!(text.contains("b.txt added"), "{text}");
    assert!(text.contains("a.txt changed"), "{text}");
    assert!(text.contains("ledger.toml removed"), "{text}");
}

#[test]
fn many_changes_are_counted_not_listed() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let w = watched(dir.path());
    let before = w.snapshot();
    for i in 0..5 {
        std::fs::write(inbox.join(format!("r{i}.txt")), "x").unwrap();
    }
    let text = describe(&before, &w.snapshot());
    assert!(text.ends_with(" and 2 more"), "{text}");
}
