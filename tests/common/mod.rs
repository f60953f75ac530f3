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
/// pseudonym (`inwoner-1.pdf`), and an unread file of an unknown sender by
/// its number (`inzending-12.pdf`). Tests that look responses up by their
/// real file name put the real names back (in the responses' files and
/// errors and in the problems): `inspraak comments --json` (the working
/// group's own view) gives each response number its file.
pub fn with_real_file_names(inbox: &Path, json: &mut serde_json::Value) {
    let internal = comments_json(inbox);
    let files: std::collections::HashMap<u64, String> = internal
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| Some((r["number"].as_u64()?, r["file"].as_str()?.to_string())))
        .collect();
    // Public name → real name, for the files, the responses' errors and
    // the problems that name them.
    let mut renamed: Vec<(String, String)> = Vec::new();
    for r in json["responses"].as_array_mut().unwrap() {
        if let Some(file) = r["number"].as_u64().and_then(|n| files.get(&n)) {
            if let Some(public) = r["file"].as_str().filter(|p| p != file) {
                renamed.push((public.to_string(), file.clone()));
            }
            r["file"] = serde_json::Value::String(file.clone());
        }
    }
    let restore = |v: &mut serde_json::Value| {
        if let Some(text) = v.as_str() {
            let mut text = text.to_string();
            for (public, real) in &renamed {
                text = text.replace(public, real);
            }
            *v = serde_json::Value::String(text);
        }
    };
    for r in json["responses"].as_array_mut().unwrap() {
        restore(&mut r["error"]);
    }
    if let Some(problems) = json["problems"].as_array_mut() {
        for p in problems {
            restore(&mut p["file"]);
            restore(&mut p["message"]);
        }
    }
}

/// What `inspraak comments --json --inbox INBOX` prints (the responses
/// with their real file names and comments); it must succeed.
pub fn comments_json(inbox: &Path) -> serde_json::Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_inspraak"))
        .args(["comments", "--json", "--inbox"])
        .arg(inbox)
        .output()
        .unwrap();
    assert_success(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Asserts that a finished command succeeded; when it did not, the failure
/// shows what it wrote to stderr.
#[track_caller]
pub fn assert_success(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `inspraak`, to run in `dir` (the folder that holds `inbox/`).
pub fn inspraak(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("inspraak").unwrap();
    cmd.current_dir(dir);
    cmd
}

/// Writes a consultation of text files into `<root>/inbox`: first its
/// `drafts/` and `responses/` folders (both, even when `files` puts nothing
/// in one), then each of `files` (path below the inbox, text), in order.
/// Returns the inbox.
pub fn write_inbox(root: &Path, files: &[(&str, &str)]) -> PathBuf {
    let inbox = root.join("inbox");
    fs::create_dir_all(inbox.join("drafts")).unwrap();
    fs::create_dir_all(inbox.join("responses")).unwrap();
    for (path, text) in files {
        fs::write(inbox.join(path), text).unwrap();
    }
    inbox
}

/// A fresh temporary folder with an inbox of `files` in it (see
/// [`write_inbox`]).
pub fn temp_inbox(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_inbox(dir.path(), files);
    dir
}
