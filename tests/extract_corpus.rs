//! Extraction over the held-out corpus in `../shared/corpus` (skipped with
//! a note when the folder is absent): substring ground truths, expected
//! errors for the bad files, no U+FFFD and Dutch diacritics on the
//! born-digital files.

use std::path::{Path, PathBuf};

use inspraak::extract::{extract_bytes, ExtractError};

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} not found; corpus tests skipped", dir.display());
        None
    }
}

fn extract(dir: &Path, name: &str) -> Result<inspraak::model::Document, ExtractError> {
    let bytes = std::fs::read(dir.join(name)).unwrap();
    extract_bytes(name, &bytes)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn substring_ground_truths() {
    let Some(dir) = corpus() else { return };
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(stem) = name.strip_suffix(".gt-substrings.txt") else {
            continue;
        };
        let pdf = format!("{stem}.pdf");
        let doc = extract(&dir, &pdf).unwrap_or_else(|e| panic!("{pdf}: {e}"));
        let text = collapse(&doc.text());
        for want in std::fs::read_to_string(&path).unwrap().lines() {
            if want.trim().is_empty() {
                continue;
            }
            assert!(
                text.contains(&collapse(want)),
                "{pdf}: missing {want:?} in\n{text}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} substrings checked");
}

#[test]
fn bad_files_give_the_right_errors() {
    let Some(dir) = corpus() else { return };
    type Check = fn(&ExtractError) -> bool;
    let cases: [(&str, Check); 5] = [
        ("bad-encrypted-user-password.pdf", |e| {
            matches!(e, ExtractError::Encrypted { .. })
        }),
        ("bad-not-a-pdf.pdf", |e| {
            matches!(e, ExtractError::Corrupt { .. })
        }),
        // Cut off: damaged, ask the sender for the file again.
        ("bad-truncated-102-bytes.pdf", |e| {
            matches!(e, ExtractError::Damaged { .. })
        }),
        ("nl-blg-1007826-scan-image-only.pdf", |e| {
            matches!(e, ExtractError::NoText { .. })
        }),
        ("en-type3-font-nomapping.pdf", |e| {
            matches!(e, ExtractError::NoText { .. })
        }),
    ];
    for (name, expected) in cases {
        let err = extract(&dir, name).expect_err(name);
        assert!(expected(&err), "{name}: unexpected error {err}");
        assert!(err.to_string().contains(name), "{name}: {err}");
    }
    // The fuzzed groff file still reads, with spaces from positions.
    let doc = extract(&dir, "bad-groff-fuzz-crash-121-1.pdf").unwrap();
    assert!(collapse(&doc.text()).contains("Generate a texmf tree"));
}

#[test]
fn born_digital_dutch_files_read_cleanly() {
    let Some(dir) = corpus() else { return };
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if !(name.starts_with("nl-") && name.ends_with(".pdf")) || name.contains("scan") {
            continue;
        }
        let doc = extract(&dir, &name).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = doc.text();
        assert!(!text.contains('\u{FFFD}'), "{name}: U+FFFD in output");
        assert!(doc.char_count() > 500, "{name}: too little text");
        assert!(
            doc.warnings
                .iter()
                .all(|w| !w.contains("could not be mapped")),
            "{name}: {:?}",
            doc.warnings
        );
        files += 1;
    }
    assert!(files >= 14, "{files} Dutch files");
}

#[test]
fn dutch_layout_facts() {
    let Some(dir) = corpus() else { return };
    // XPP Kamerstuk: Type1C WinAnsi diacritics, € from a Custom-encoded font.
    let doc = extract(&dir, "nl-kst-32545-143-motie.pdf").unwrap();
    let text = collapse(&doc.text());
    for want in ["financiële instellingen", "definiëren", "vanaf € 100.000"] {
        assert!(text.contains(want), "kst: missing {want}");
    }
    // Kamervragen: line-end compounds keep their hyphen, words are joined.
    let doc = extract(&dir, "nl-ah-tk-20202021-3235-kamervragen.pdf").unwrap();
    let text = collapse(&doc.text());
    assert!(text.contains("Tozo-lening"));
    assert!(text.contains("(BBZ)-krediet"));
    // Running footers are removed and page numbers kept.
    assert!(doc.pages.iter().all(|p| p
        .lines
        .iter()
        .all(|l| !l.text.starts_with("Tweede Kamer, vergaderjaar"))));
    // Word for Mac (Quartz) fragments words; spaces come from positions.
    let doc = extract(&dir, "nl-leeswijzer-word-mac-quartz.pdf").unwrap();
    let text = collapse(&doc.text());
    assert!(text.contains("De beveiligingsonderzoeken die hier beschikbaar zijn gemaakt"));
    // Raad van State: footnotes leave the running text.
    let doc = extract(&dir, "nl-rvs-advies-kst-35538-4.pdf").unwrap();
    let notes: usize = doc.pages.iter().map(|p| p.footnotes.len()).sum();
    assert!(notes >= 5, "only {notes} footnotes");
    // Print-to-PDF: "x / 24" headers become printed page numbers.
    let doc = extract(&dir, "nl-second-opinion-dpia-printtopdf.pdf").unwrap();
    assert_eq!(doc.pages[4].printed_number.as_deref(), Some("5"));
    assert!(doc.pages[4].lines.iter().all(|l| l.text != "5 / 24"));
}
