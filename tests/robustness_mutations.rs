//! Hundreds of damaged PDFs through the real `inspraak run`.
//!
//! The sample's PDFs are mutated with a seeded generator (so a failure can
//! be reproduced from its file name): truncated, bits flipped, runs of bytes
//! overwritten, chunks spliced elsewhere (all offsets wrong), and objects
//! removed through lopdf. Each run gets an inbox of [`BATCH`] mutants. The
//! run must finish (no crash exit, a generous `--file-timeout`, and a hard
//! kill after [`RUN_LIMIT`] as a hang guard) and every mutant must either
//! give comments or be named in a problem.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

mod common;

/// Mutants per run.
const BATCH: usize = 50;
/// Runs (so `RUNS * BATCH` mutants in all).
const RUNS: usize = 6;
/// Hang guard for one whole run, far above the second or so a run takes:
/// with `--file-timeout 10` even a batch of hanging files ends well within
/// it (two files are waited for at a time on two cores: 25 × 10 s).
const RUN_LIMIT: Duration = Duration::from_secs(300);

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// xorshift64*: small, seeded, good enough to pick offsets.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The well-formed PDFs of the sample inbox: responses and drafts (the
/// sample's deliberately damaged scan is left out: lopdf cannot load it to
/// remove objects).
fn sources() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["inbox/responses", "inbox/drafts"] {
        for entry in fs::read_dir(repo().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let pdf = path.extension().is_some_and(|e| e == "pdf");
            if pdf && lopdf::Document::load(&path).is_ok() {
                let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
                out.push((stem, fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// One mutant of `pdf`: its kind (for the file name) and bytes.
fn mutate(pdf: &[u8], rng: &mut Rng) -> (&'static str, Vec<u8>) {
    let mut bytes = pdf.to_vec();
    match rng.below(5) {
        0 => {
            bytes.truncate(rng.below(pdf.len()));
            ("truncated", bytes)
        }
        1 => {
            for _ in 0..1 + rng.below(16) {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
            ("bitflip", bytes)
        }
        2 => {
            let at = rng.below(bytes.len());
            let end = (at + 1 + rng.below(256)).min(bytes.len());
            for b in &mut bytes[at..end] {
                *b = rng.next() as u8;
            }
            ("overwritten", bytes)
        }
        3 => {
            let from = rng.below(bytes.len());
            let len = (1 + rng.below(2048)).min(bytes.len() - from);
            let chunk = bytes[from..from + len].to_vec();
            let at = rng.below(bytes.len());
            bytes.splice(at..at, chunk);
            ("spliced", bytes)
        }
        _ => ("objects-removed", remove_objects(pdf, rng)),
    }
}

/// `pdf` with one to four of its objects deleted (pages, fonts, content
/// streams, the page tree: whatever the dice say), saved again by lopdf.
fn remove_objects(pdf: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(pdf).unwrap();
    let ids: Vec<_> = doc.objects.keys().copied().collect();
    for _ in 0..1 + rng.below(4) {
        let id = ids[rng.below(ids.len())];
        doc.objects.remove(&id);
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// Builds an inbox of the sample drafts and `BATCH` mutants; returns the
/// mutants' file names.
fn mutant_inbox(root: &Path, run: usize, sources: &[(String, Vec<u8>)]) -> Vec<String> {
    let drafts = root.join("inbox/drafts");
    let responses = root.join("inbox/responses");
    fs::create_dir_all(&drafts).unwrap();
    fs::create_dir_all(&responses).unwrap();
    for entry in fs::read_dir(repo().join("inbox/drafts")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), drafts.join(entry.file_name())).unwrap();
    }
    let mut names = Vec::new();
    for i in 0..BATCH {
        let seed = (run * BATCH + i) as u64;
        let mut rng = Rng::new(seed + 1);
        let (stem, pdf) = &sources[rng.below(sources.len())];
        let (kind, bytes) = mutate(pdf, &mut rng);
        let name = format!("mutant-{seed:03}-{kind}-{stem}.pdf");
        fs::write(responses.join(&name), bytes).unwrap();
        names.push(name);
    }
    names
}

#[test]
fn mutated_pdfs_never_crash_hang_or_vanish() {
    let sources = sources();
    assert!(sources.len() >= 5, "sample PDFs missing");
    let (mut read, mut reported) = (0, 0);
    for run in 0..RUNS {
        let tmp = tempfile::tempdir().unwrap();
        let names = mutant_inbox(tmp.path(), run, &sources);
        let out = cargo_bin_cmd!("inspraak")
            .current_dir(tmp.path())
            .args(["run", "--no-cache", "--quiet", "--file-timeout", "10"])
            .arg("--inbox")
            .arg(tmp.path().join("inbox"))
            .arg("--out")
            .arg(tmp.path().join("output"))
            .timeout(RUN_LIMIT)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "run {run}: {err}");
        assert!(
            !err.contains("panicked"),
            "run {run}: a reader panicked (caught, but a bug): {err}"
        );
        let json = fs::read_to_string(tmp.path().join("output/consultation.json")).unwrap();
        let mut c: Value = serde_json::from_str(&json).unwrap();
        common::with_real_file_names(&tmp.path().join("inbox"), &mut c);
        assert_eq!(c["versions"].as_array().unwrap().len(), 2, "run {run}");
        for name in &names {
            match assert_accounted_for(&c, &err, name) {
                Outcome::Read => read += 1,
                Outcome::Reported => reported += 1,
            }
        }
    }
    // Both paths were exercised: mild mutations still read, bad ones named.
    eprintln!("{read} mutants read, {reported} reported");
    assert!(read > RUNS * BATCH / 10, "{read} read");
    assert!(reported > RUNS * BATCH / 10, "{reported} reported");
}

/// What happened to one mutant.
enum Outcome {
    /// Read, with comments.
    Read,
    /// Named in a problem.
    Reported,
}

/// `name` gave comments, or a problem names it (public output with its
/// short reason, the working group's warning on stderr with the message
/// naming it).
fn assert_accounted_for(c: &Value, err: &str, name: &str) -> Outcome {
    let response = c["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == name)
        .unwrap_or_else(|| panic!("{name}: no response entry"));
    let comments = response["comments"].as_array().map_or(0, |c| c.len());
    if response["status"] == "ok" && comments > 0 {
        return Outcome::Read;
    }
    let key = format!("responses/{name}");
    let problem = c["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"] == key.as_str())
        .unwrap_or_else(|| panic!("{name}: no comments and no problem"));
    assert!(problem["message"].as_str().is_some(), "{problem}");
    let message = err
        .lines()
        .find_map(|l| l.strip_prefix(format!("warning: responses/{name}: ").as_str()))
        .unwrap_or_else(|| panic!("{name}: not on stderr: {err}"));
    assert!(message.contains(&format!("`{name}`")), "{message}");
    Outcome::Reported
}
