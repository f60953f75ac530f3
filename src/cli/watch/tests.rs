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

#[test]
fn a_pdf_or_zip_without_its_end_looks_cut_off_and_other_files_never_do() {
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    assert!(looks_cut_off(&at("empty.pdf", b"")));
    assert!(looks_cut_off(&at(
        "half.pdf",
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"
    )));
    assert!(!looks_cut_off(&at(
        "whole.pdf",
        b"%PDF-1.7\n1 0 obj\n%%EOF\n"
    )));
    assert!(looks_cut_off(&at("half.docx", b"PK\x03\x04 some entries")));
    assert!(!looks_cut_off(&at(
        "whole.docx",
        b"PK\x03\x04 entries PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
    )));
    // A text can't tell, nor can a file that is not there.
    assert!(!looks_cut_off(&at("brief.txt", b"Geachte werkgroep,")));
    assert!(!looks_cut_off(&dir.path().join("gone.pdf")));
}

#[test]
fn a_cut_off_file_is_still_arriving_until_it_has_been_unchanged_a_while() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let w = watched(dir.path());
    let baseline = w.snapshot();
    let mut arrival = Arrival::default();
    let start = Instant::now();
    arrival.saw(&baseline, start);
    std::fs::write(inbox.join("brief.pdf"), b"%PDF-1.7\n1 0 obj").unwrap();
    std::fs::write(inbox.join("brief.txt"), b"Geachte werkgroep,").unwrap();
    let now = w.snapshot();
    arrival.saw(&now, start);
    let arriving = arrival.still_arriving(&baseline, &now, start + Duration::from_secs(1));
    assert_eq!(arriving, vec![inbox.join("brief.pdf")]);
    assert!(arrival.announce(&arriving));
    assert!(!arrival.announce(&arriving), "said once");
    assert!(arriving_line(&arriving, false).contains("brief.pdf still arriving"));
    // Unchanged long enough: read, and reported as damaged by the run.
    let later = start + ARRIVAL_WAIT + Duration::from_millis(1);
    arrival.saw(&now, later);
    assert!(arrival.still_arriving(&baseline, &now, later).is_empty());
    // Whole: not waited for.
    std::fs::write(inbox.join("brief.pdf"), b"%PDF-1.7\n1 0 obj\n%%EOF\n").unwrap();
    let whole = w.snapshot();
    arrival.saw(&whole, later);
    assert!(arrival.still_arriving(&baseline, &whole, later).is_empty());
}

#[test]
fn new_files_still_arriving_are_left_out_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("responses")).unwrap();
    std::fs::write(inbox.join("responses/a.txt"), "a").unwrap();
    std::fs::write(dir.path().join("ledger.toml"), "").unwrap();
    let w = watched(dir.path());
    let baseline = w.snapshot();
    let pdf = inbox.join("responses/b.pdf");

    // A new PDF growing between two polls: growing, the rest unchanged.
    std::fs::write(&pdf, "%PDF-1.4 part").unwrap();
    let before = w.snapshot();
    std::fs::write(&pdf, "%PDF-1.4 part, more").unwrap();
    let now = w.snapshot();
    assert_eq!(growing(&baseline, &before, &now), vec![pdf.clone()]);
    // Nothing else changed: nothing to read yet.
    assert_eq!(
        without_arriving(&baseline, &now, std::slice::from_ref(&pdf)),
        None
    );

    // A decision recorded meanwhile: read without the PDF.
    std::fs::write(dir.path().join("ledger.toml"), "# besluit").unwrap();
    let now = w.snapshot();
    let rest = without_arriving(&baseline, &now, std::slice::from_ref(&pdf)).unwrap();
    assert!(!rest.contains_key(&pdf));
    assert!(describe(&baseline, &rest).contains("ledger.toml changed"));

    // A file being written over is waited for: its old state is gone.
    let a = inbox.join("responses/a.txt");
    assert_eq!(without_arriving(&baseline, &now, &[a]), None);
}
