use super::*;

#[test]
fn a_second_run_waits_for_the_one_writing_the_output() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let first = lock_output(dir.path()).expect("a folder can be locked");
    let done = std::sync::Arc::new(AtomicBool::new(false));
    let second = {
        let (path, done) = (dir.path().to_path_buf(), done.clone());
        std::thread::spawn(move || {
            let lock = lock_output(&path);
            done.store(true, Ordering::SeqCst);
            lock.is_some()
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(!done.load(Ordering::SeqCst), "the second got the lock");
    drop(first);
    assert!(second.join().unwrap());
    assert!(done.load(Ordering::SeqCst));
    // No lock file is left beside the output.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn output_must_be_a_named_folder() {
    let c = Consultation::default();
    for out in [".", "..", "/"] {
        let err = write_output(&c, &Default::default(), Path::new(out)).unwrap_err();
        assert!(
            err.to_string().contains("has no name of its own"),
            "{out}: {err}"
        );
    }
}

#[test]
fn a_file_in_place_of_the_output_folder_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nota");
    std::fs::write(&out, "mijn aantekeningen").unwrap();
    let err = write_output(&Consultation::default(), &Default::default(), &out).unwrap_err();
    assert!(err.to_string().contains("is not a folder"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mijn aantekeningen");
}

fn inbox_with(settings: crate::inbox::Settings) -> Inbox {
    Inbox {
        root: PathBuf::new(),
        settings,
        drafts: Vec::new(),
        responses: Vec::new(),
        skipped: Vec::new(),
        twin_tables: Default::default(),
    }
}

/// QA 33c: a response dated before `period_start` that the working group
/// accepted with `late = false` was still reported by `run` and `check`;
/// `late` settles it as `date` does (README: "until `date` (or `late`) is
/// set for it").
#[test]
fn late_set_by_hand_settles_a_date_before_the_period() {
    let date = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let mut settings = crate::inbox::Settings {
        period_start: date("2027-02-01"),
        deadline: date("2027-03-31"),
        ..Default::default()
    };
    let early = Response {
        file: "advies.txt".into(),
        date: date("2027-01-25"),
        ..Response::default()
    };
    let warnings = date_warnings(&inbox_with(settings.clone()), std::slice::from_ref(&early));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("before the consultation opened"));
    settings.responses.insert(
        "advies.txt".into(),
        crate::inbox::ResponseOverride {
            late: Some(false),
            ..Default::default()
        },
    );
    let warnings = date_warnings(&inbox_with(settings), &[early]);
    assert!(warnings.is_empty(), "{warnings:?}");
}
