//! A content-addressed cache of extraction results, so a re-run after
//! adding one response re-reads only that response.
//!
//! Entries are keyed by the SHA-256 of the file's bytes together with the
//! tool's version and a format number, so a changed file or a new release
//! never gets a stale result. The cache is only an accelerator: any error
//! reading or writing it is ignored and the file is extracted again.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::model::Document;

/// Bump when the extraction output for the same bytes may change.
const FORMAT: u32 = 1;

/// A cache folder (created on first write).
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// The default cache folder: `.inspraak-cache` beside the inbox.
    pub fn beside(inbox: &Path) -> Cache {
        let parent = inbox
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."));
        Cache::new(parent.join(".inspraak-cache"))
    }

    /// Cache key of a file's bytes.
    pub fn key(bytes: &[u8]) -> String {
        let mut h = Sha256::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        h.update(FORMAT.to_le_bytes());
        h.update(bytes);
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The cached document for `key`, if present and readable.
    pub fn get(&self, key: &str, file: &str) -> Option<Document> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        let mut doc: Document = serde_json::from_slice(&bytes).ok()?;
        // The same bytes may come under another name.
        doc.file = file.to_string();
        Some(doc)
    }

    /// Stores `doc` under `key` (write to a temp file, then rename, so a
    /// concurrent reader never sees half an entry).
    pub fn put(&self, key: &str, doc: &Document) {
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let Ok(json) = serde_json::to_vec(doc) else {
            return;
        };
        let Ok(mut tmp) = tempfile::NamedTempFile::new_in(&self.dir) else {
            return;
        };
        if std::io::Write::write_all(&mut tmp, &json).is_ok() {
            let _ = tmp.persist(self.path(key));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Line, Page};

    #[test]
    fn round_trip_and_key_changes_with_content() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().join("c"));
        let doc = Document {
            file: "a.pdf".into(),
            pages: vec![Page {
                number: 1,
                lines: vec![Line {
                    text: "Geachte werkgroep".into(),
                    ..Line::default()
                }],
                ..Page::default()
            }],
            warnings: vec![],
        };
        let k = Cache::key(b"bytes one");
        assert_ne!(k, Cache::key(b"bytes two"));
        assert!(cache.get(&k, "a.pdf").is_none());
        cache.put(&k, &doc);
        let back = cache.get(&k, "renamed.pdf").unwrap();
        assert_eq!(back.file, "renamed.pdf");
        assert_eq!(back.pages, doc.pages);
    }
}
