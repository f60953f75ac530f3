//! A run reuses the previous output's unchanged files (hard links, no
//! rendering for unchanged letters) and rewrites everything that changed,
//! including files the user edited in the output folder.

mod report_fixture;

use std::path::Path;

use inspraak::model::Consultation;
use inspraak::pipeline::{write_output, Written};
use inspraak::report::ReportOptions;

fn write(c: &Consultation, out: &Path) -> Written {
    write_output(c, &ReportOptions::default(), out).unwrap()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).unwrap())
}

/// The fixture consultation written once into `output/` of a fresh folder.
fn written_fixture() -> (tempfile::TempDir, std::path::PathBuf, Consultation) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("output");
    let c = report_fixture::consultation();
    write(&c, &out);
    (dir, out, c)
}

/// Sets a file's modification time.
fn set_mtime(path: &Path, time: std::time::SystemTime) {
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(time).unwrap();
}

/// Every file's path (relative) and content, sorted.
fn snapshot(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut dirs = vec![out.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if !p.ends_with(".inspraak-output") {
                let rel = p.strip_prefix(out).unwrap().display().to_string();
                files.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn a_second_run_without_changes_writes_nothing_and_renders_no_letter() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("output");
    let c = report_fixture::consultation();
    let first = write(&c, &out);
    assert_eq!(first.stats.linked, 0);
    assert_eq!(first.stats.written, first.files.len());
    let before = snapshot(&out);
    #[cfg(unix)]
    let letter_inode = inode(&out.join("letters/inwoner-1.md"));
    let second = write(&c, &out);
    assert_eq!(second.stats.written, 0, "{:?}", second.stats);
    assert_eq!(second.stats.linked, second.files.len());
    let letters = second
        .files
        .iter()
        .filter(|f| f.parent().is_some_and(|p| p.ends_with("letters")))
        .count();
    assert!(letters >= 8, "{letters}");
    // The letters, the redline and consultation.json (kept by their keys).
    assert!(out.join("wijzigingen.html").exists());
    assert_eq!(second.stats.not_rendered, letters + 2);
    assert_eq!(snapshot(&out), before);
    #[cfg(unix)]
    assert_eq!(inode(&out.join("letters/inwoner-1.md")), letter_inode);
    // Nothing left beside the output folder.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("output")]);
}

#[test]
fn a_changed_answer_rewrites_that_letter_and_the_memo_only() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("output");
    let mut c = report_fixture::consultation();
    write(&c, &out);
    let letter = out.join("letters/stichting-veilig-thuis-hollands-midden.md");
    let other = out.join("letters/inwoner-1.md");
    let other_text = read(&other);
    #[cfg(unix)]
    let other_inode = inode(&other);
    let org = c
        .responses
        .iter_mut()
        .find(|r| r.respondent == "Stichting Veilig Thuis Hollands Midden")
        .unwrap();
    org.comments[0].decision.answer = "Een geheel nieuw antwoord van de werkgroep.".into();
    let second = write(&c, &out);
    assert!(read(&letter).contains("Een geheel nieuw antwoord van de werkgroep."));
    assert!(read(&out.join("nota-van-beantwoording.md"))
        .contains("Een geheel nieuw antwoord van de werkgroep."));
    assert!(read(&out.join("consultation.json"))
        .contains("Een geheel nieuw antwoord van de werkgroep."));
    assert_eq!(read(&other), other_text);
    #[cfg(unix)]
    assert_eq!(inode(&other), other_inode);
    // The organisation's two letters, the memo (three files) and the JSON.
    assert_eq!(second.stats.written, 6, "{:?}", second.stats);
    // The result is the same as a run from scratch.
    let fresh = dir.path().join("fresh");
    write(&c, &fresh);
    assert_eq!(snapshot(&out), snapshot(&fresh));
}

#[test]
fn output_files_edited_or_removed_by_the_user_are_written_anew() {
    let (_dir, out, c) = written_fixture();
    let expected = snapshot(&out);
    let letter = out.join("letters/inwoner-1.md");
    let memo = out.join("nota-van-beantwoording.html");
    let html_letter = out.join("letters/inwoner-1.html");
    // A different size; the same size, written later; removed.
    std::fs::write(&letter, "mijn aantekeningen").unwrap();
    let same_size = "x".repeat(read(&memo).len());
    std::fs::write(&memo, &same_size).unwrap();
    set_mtime(
        &memo,
        std::time::SystemTime::now() + std::time::Duration::from_secs(5),
    );
    std::fs::remove_file(&html_letter).unwrap();
    let second = write(&c, &out);
    assert_eq!(second.stats.written, 3, "{:?}", second.stats);
    assert_eq!(snapshot(&out), expected);
}

#[test]
fn a_replaced_output_file_is_not_kept() {
    // An editor that saves by writing a new file and renaming it over the
    // old one: same size, but another file.
    let (_dir, out, c) = written_fixture();
    let expected = snapshot(&out);
    let letter = out.join("letters/inwoner-1.md");
    let text = read(&letter);
    let tmp = out.join("letters/.inwoner-1.md.swp");
    std::fs::write(&tmp, "y".repeat(text.len())).unwrap();
    let modified = std::fs::metadata(&letter).unwrap().modified().unwrap();
    set_mtime(&tmp, modified);
    std::fs::rename(&tmp, &letter).unwrap();
    write(&c, &out);
    assert_eq!(snapshot(&out), expected);
}

#[test]
fn changed_templates_render_the_letters_again() {
    let (dir, out, c) = written_fixture();
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let letter = inspraak::report::templates::DEFAULTS
        .iter()
        .find(|f| f.path == "letter.md.hbs")
        .unwrap();
    std::fs::write(
        templates.join("letter.md.hbs"),
        format!("{}\nP.S. Eigen sjabloon.\n", letter.content),
    )
    .unwrap();
    let opts = ReportOptions {
        templates: Some(templates),
        ..ReportOptions::default()
    };
    let second = write_output(&c, &opts, &out).unwrap();
    // Only consultation.json, which does not depend on the templates.
    assert_eq!(second.stats.not_rendered, 1, "{:?}", second.stats);
    assert!(read(&out.join("letters/inwoner-1.md")).contains("P.S. Eigen sjabloon."));
    assert!(!read(&out.join("letters/inwoner-1.html")).contains("Eigen sjabloon"));
}

#[test]
fn a_changed_redline_template_or_comparison_renders_the_redline_again() {
    let (dir, out, mut c) = written_fixture();
    let redline = out.join("wijzigingen.html");
    let before = read(&redline);
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let source = inspraak::report::templates::DEFAULTS
        .iter()
        .find(|f| f.path == "redline.html.hbs")
        .unwrap();
    std::fs::write(
        templates.join("redline.html.hbs"),
        format!("{}\n<!-- eigen sjabloon -->\n", source.content),
    )
    .unwrap();
    let opts = ReportOptions {
        templates: Some(templates),
        ..ReportOptions::default()
    };
    write_output(&c, &opts, &out).unwrap();
    assert!(read(&redline).contains("eigen sjabloon"));
    // Back to the built-in template: as before.
    write(&c, &out);
    assert_eq!(read(&redline), before);
    // Another title: the redline (which carries it) follows.
    c.title = format!("{} (herzien)", c.title);
    write(&c, &out);
    let fresh = dir.path().join("fresh");
    write(&c, &fresh);
    assert_eq!(read(&redline), read(&fresh.join("wijzigingen.html")));
    assert_ne!(read(&redline), before);
}

#[test]
fn an_output_of_an_older_version_is_replaced_without_reuse() {
    // Older versions left the marker empty: no manifest, nothing reused.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("output");
    std::fs::create_dir_all(out.join("letters")).unwrap();
    std::fs::write(out.join(".inspraak-output"), "").unwrap();
    std::fs::write(out.join("letters/inwoner-1.md"), "oud").unwrap();
    let c = report_fixture::consultation();
    let first = write(&c, &out);
    assert_eq!(first.stats.linked, 0);
    assert!(read(&out.join("letters/inwoner-1.md")).contains("Jan de Vries"));
    // A damaged manifest counts as none.
    std::fs::write(out.join(".inspraak-output"), "{\"format\": 1, \"files\": [").unwrap();
    let second = write(&c, &out);
    assert_eq!(second.stats.linked, 0);
    assert_eq!(second.stats.written, second.files.len());
}

#[test]
fn outputs_no_longer_made_and_stray_files_are_removed() {
    let (dir, out, mut c) = written_fixture();
    let gone = out.join("letters/inwoner-1.md");
    assert!(gone.exists());
    std::fs::write(out.join("notities.txt"), "van mij").unwrap();
    std::fs::create_dir_all(out.join("extra/diep")).unwrap();
    std::fs::write(out.join("extra/diep/a.txt"), "a").unwrap();
    let respondent = c
        .responses
        .iter()
        .position(|r| r.public_name == "Inwoner 1")
        .unwrap();
    c.responses.remove(respondent);
    write(&c, &out);
    assert!(!gone.exists());
    assert!(!out.join("notities.txt").exists());
    assert!(!out.join("extra").exists());
    let fresh = dir.path().join("fresh");
    write(&c, &fresh);
    assert_eq!(snapshot(&out), snapshot(&fresh));
    assert!(!out.join(".inspraak-tmp").exists());
}

#[test]
fn an_interrupted_run_is_repaired_by_the_next() {
    // What a run killed while it puts files in place leaves: the manifest
    // marked in progress, some files new (here one that the manifest could
    // not tell from the old one: same size and time), a file of its own
    // that the next run does not make, and temporary files.
    let (_dir, out, c) = written_fixture();
    let expected = snapshot(&out);
    let marker = out.join(".inspraak-output");
    let manifest = read(&marker);
    std::fs::write(&marker, r#"{"format":1,"in_progress":true,"files":[]}"#).unwrap();
    let letter = out.join("letters/inwoner-1.md");
    let modified = std::fs::metadata(&letter).unwrap().modified().unwrap();
    let size = read(&letter).len();
    std::fs::write(&letter, "z".repeat(size)).unwrap();
    set_mtime(&letter, modified);
    std::fs::write(out.join("letters/inwoner-99.md"), "half").unwrap();
    std::fs::create_dir_all(out.join(".inspraak-tmp")).unwrap();
    std::fs::write(out.join(".inspraak-tmp/3"), "half").unwrap();
    let second = write(&c, &out);
    // Nothing trusted: everything written anew.
    assert_eq!(second.stats.linked, 0, "{:?}", second.stats);
    assert_eq!(snapshot(&out), expected);
    assert!(!out.join(".inspraak-tmp").exists());
    // The manifest is whole again, and the next run trusts it.
    assert!(!read(&marker).contains("in_progress"));
    assert_ne!(read(&marker), manifest);
    let third = write(&c, &out);
    assert_eq!(third.stats.written, 0, "{:?}", third.stats);
}

#[test]
fn a_run_changes_files_in_place_and_leaves_nothing_behind() {
    let (dir, out, mut c) = written_fixture();
    let json = out.join("consultation.json");
    #[cfg(unix)]
    let memo_inode = inode(&out.join("wijzigingen.html"));
    c.responses[0].comments[0].decision.answer = "Ander antwoord.".into();
    let second = write(&c, &out);
    assert!(
        second.stats.written > 0 && second.stats.linked > 0,
        "{:?}",
        second.stats
    );
    assert!(read(&json).contains("Ander antwoord."));
    // Unchanged files are the same files.
    #[cfg(unix)]
    assert_eq!(inode(&out.join("wijzigingen.html")), memo_inode);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("output")]);
    assert!(!out.join(".inspraak-tmp").exists());
    assert!(!read(&out.join(".inspraak-output")).contains("in_progress"));
}

/// The repository's `output/.gitkeep` is kept in the output folder, and
/// not counted as a file the run wrote: `run` said "27 file(s) in output:
/// 28 written" on a fresh clone.
#[test]
fn a_placeholder_gitkeep_is_kept_and_not_counted() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("output");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join(".gitkeep"), "").unwrap();
    let c = report_fixture::consultation();
    let first = write(&c, &out);
    assert!(out.join(".gitkeep").is_file());
    assert_eq!(first.stats.written, first.files.len(), "{:?}", first.stats);
    let second = write(&c, &out);
    assert!(out.join(".gitkeep").is_file());
    assert_eq!(second.stats.written, 0, "{:?}", second.stats);
    assert_eq!(
        second.stats.linked,
        second.files.len(),
        "{:?}",
        second.stats
    );
}

/// QA28: an output folder that is a symbolic link to a folder (the team's
/// shared drive) is written through the link, file by file, whether
/// named `output` or `output/` (the shell's completion): the link stays
/// a link, and a second run reuses what the first wrote there. A link to
/// nothing is refused with a message that says so.
#[cfg(unix)]
#[test]
fn an_output_folder_that_is_a_link_is_written_through_it() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("gedeeld/nota");
    std::fs::create_dir_all(&shared).unwrap();
    let link = dir.path().join("output");
    std::os::unix::fs::symlink(&shared, &link).unwrap();
    let c = report_fixture::consultation();
    for (i, name) in ["output/", "output"].into_iter().enumerate() {
        let written = write_output(&c, &ReportOptions::default(), &dir.path().join(name))
            .unwrap_or_else(|e| panic!("--out {name}: {e:#}"));
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink(),
            "--out {name}"
        );
        assert!(shared.join("consultation.json").is_file(), "--out {name}");
        assert!(shared.join(".inspraak-output").is_file(), "--out {name}");
        if i == 1 {
            assert_eq!(
                written.stats.written, 0,
                "--out {name}: {:?}",
                written.stats
            );
        }
    }
    let dangling = dir.path().join("weg");
    std::os::unix::fs::symlink(dir.path().join("bestaat-niet"), &dangling).unwrap();
    for name in ["weg", "weg/"] {
        let err = write_output(&c, &ReportOptions::default(), &dir.path().join(name)).unwrap_err();
        let message = format!("{err:#}");
        assert!(message.contains("does not exist"), "{message}");
    }
}
