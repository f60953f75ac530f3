//! Helpers shared by the integration tests that run the binary on a copy of
//! the sample consultation.

#![allow(dead_code)] // each test crate uses its own subset

use std::fs;
use std::path::{Path, PathBuf};

use tempfile::TempDir;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies `inbox/` into a fresh temporary folder: `<tmp>/inbox`.
pub fn sample_copy() -> TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("inbox"), &tmp.path().join("inbox"));
    tmp
}

/// Copies the folder `from` to `to`, recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The public `consultation.json` names a private person's file by their
/// pseudonym (`inwoner-1.pdf`). Tests that look responses up by their real
/// file name put the real names back: `inspraak comments --json` (the
/// working group's own view) gives each response number its file.
pub fn with_real_file_names(inbox: &Path, json: &mut serde_json::Value) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_inspraak"))
        .args(["comments", "--json", "--inbox"])
        .arg(inbox)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let internal: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: std::collections::HashMap<u64, String> = internal
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| Some((r["number"].as_u64()?, r["file"].as_str()?.to_string())))
        .collect();
    for r in json["responses"].as_array_mut().unwrap() {
        if let Some(file) = r["number"].as_u64().and_then(|n| files.get(&n)) {
            r["file"] = serde_json::Value::String(file.clone());
        }
    }
}
