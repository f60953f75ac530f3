use super::*;

#[test]
fn mount_points_are_read_from_mountinfo() {
    let mounts = "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n\
                      99 22 8:1 /tmp/qa/out /tmp/qa/out rw - ext4 /dev/sda1 rw\n\
                      100 22 0:5 / /srv/my\\040output rw - nfs srv:/x rw\n";
    assert!(listed_as_mount(mounts, Path::new("/tmp/qa/out")));
    assert!(listed_as_mount(mounts, Path::new("/srv/my output")));
    assert!(!listed_as_mount(mounts, Path::new("/tmp/qa")));
    assert!(!listed_as_mount(mounts, Path::new("/tmp/qa/out/letters")));
    assert!(!is_mount_point(
        &std::env::temp_dir().join("no-such-folder-inspraak")
    ));
}

/// QA19: a first run killed before moving its fresh folder into place
/// left `.inspraak-new-output-*` (letters with real names) beside the
/// output folder for good; the next run removes it, and only it.
#[test]
fn a_killed_first_runs_fresh_folder_is_removed_by_the_next_run() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("output");
    let left = tmp.path().join(".inspraak-new-output-abc123");
    std::fs::create_dir_all(left.join("letters")).unwrap();
    std::fs::write(left.join("brief.md"), "Geachte mevrouw Jansen").unwrap();
    let empty = tmp.path().join(".inspraak-new-output-def456");
    std::fs::create_dir(&empty).unwrap();
    // Another output folder's and a file of the same shape stay.
    let other = tmp.path().join(".inspraak-new-other-xyz");
    std::fs::create_dir(&other).unwrap();
    let file = tmp.path().join(".inspraak-new-output-notes.txt");
    std::fs::write(&file, "eigen notities").unwrap();
    let staging = Staging::open(&out).unwrap();
    assert!(!left.exists() && !empty.exists());
    assert!(other.exists() && file.exists());
    // The run's own fresh folder is made after the clean-up.
    assert!(staging.dir.exists(), "{}", staging.dir.display());
}

/// Review: the clean-up took every folder whose name began with
/// `.inspraak-new-output-`, so a run writing `output` removed the
/// fresh folder of `output-2` or `output-old` beside it; and a fresh
/// folder another run is still writing (where the lock on the parent
/// is not to be had) stays too.
#[cfg(unix)]
#[test]
fn only_this_output_folders_abandoned_fresh_folders_are_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("output");
    let mut kept = Vec::new();
    for name in [
        ".inspraak-new-output-2-abc123",
        ".inspraak-new-output-old-Xy9zQ1",
        ".inspraak-new-output-abc12",
        ".inspraak-new-output-abc1234",
    ] {
        let path = tmp.path().join(name);
        std::fs::create_dir_all(path.join("letters")).unwrap();
        kept.push(path);
    }
    // Another run's fresh folder for `output`, still being written.
    let busy = Staging::open(&tmp.path().join("output-busy")).unwrap();
    assert!(busy._fresh_lock.is_some(), "folders can be locked here");
    let running = tmp.path().join(".inspraak-new-output-Run123");
    std::fs::rename(&busy.dir, &running).unwrap();
    kept.push(running);
    let abandoned = tmp.path().join(".inspraak-new-output-Dead01");
    std::fs::create_dir(&abandoned).unwrap();
    let _staging = Staging::open(&out).unwrap();
    for path in &kept {
        assert!(path.exists(), "{} was removed", path.display());
    }
    assert!(!abandoned.exists());
}

/// QA22: a run that failed after writing some new files (a template with
/// a misspelt field) left them in `.inspraak-tmp/` in the output folder
/// (letters with real names among them) until the next good run. A
/// staging dropped without [`Staging::finish`] removes them; the previous
/// output stays as it was.
#[test]
fn a_run_that_fails_before_finishing_leaves_no_temporary_files() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("output");
    let staging = Staging::open(&out).unwrap();
    staging.put("brief.md", None, b"oud").unwrap();
    staging.finish().unwrap();
    let staging = Staging::open(&out).unwrap();
    staging
        .put("brief.md", None, b"Geachte mevrouw Jansen")
        .unwrap();
    staging.put("nota.md", None, b"nieuw").unwrap();
    assert!(out.join(TEMP_DIR).is_dir());
    drop(staging);
    assert!(!out.join(TEMP_DIR).exists());
    assert_eq!(
        std::fs::read_to_string(out.join("brief.md")).unwrap(),
        "oud"
    );
    assert!(!out.join("nota.md").exists());
    // The next run finds the previous output as it was and trusts it.
    let staging = Staging::open(&out).unwrap();
    assert!(staging.prev.contains_key("brief.md"));
}
