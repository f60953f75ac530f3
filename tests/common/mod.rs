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
