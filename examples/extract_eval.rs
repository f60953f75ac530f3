//! Scores PDF extraction on the held-out corpus against ground truth and
//! against `pdftotext` (poppler-utils), side by side in one run.
//!
//! ```text
//! cargo run --release --example extract_eval [-- CORPUS_DIR]
//! ```
//!
//! Per file: Levenshtein ratio (indel-normalised, as python-Levenshtein's
//! `ratio`) and word error rate against `<name>.gt.txt`, substring checks
//! against `<name>.gt-substrings.txt`, the expected outcome for files that
//! must fail, unmapped characters, diacritic-word recall against pdftotext
//! and pages per second. Texts are compared after NFKC, with soft hyphens
//! removed and whitespace collapsed. Without pdftotext on the PATH the
//! pdftotext columns show "–" and a note is printed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use inspraak::extract::{extract_bytes, ExtractError};
use unicode_normalization::UnicodeNormalization;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("../shared/corpus"), PathBuf::from);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
            .collect(),
        Err(e) => {
            eprintln!("cannot read corpus folder {}: {e}", dir.display());
            std::process::exit(2);
        }
    };
    files.sort();
    let have_pdftotext = Command::new("pdftotext").arg("-v").output().is_ok();
    if !have_pdftotext {
        println!("note: pdftotext not found (apt-get install poppler-utils); its columns show –\n");
    }
    println!("| file | pages | ours: ratio / WER / substr / status | pdftotext: ratio / WER / substr | unmapped | diacritic recall | ours ms | pdftotext ms |");
    println!("|---|---|---|---|---|---|---|---|");
    let (mut our_time, mut pt_time) = (Duration::ZERO, Duration::ZERO);
    let (mut our_pages, mut pt_pages) = (0usize, 0usize);
    for path in &files {
        let row = evaluate(path, have_pdftotext);
        if row.ok {
            our_time += row.ours_time;
            our_pages += row.pages;
            if let Some(t) = row.pt_time {
                pt_time += t;
                pt_pages += row.pages;
            }
        }
        println!("{}", row.line);
    }
    let rate = |p: usize, t: Duration| p as f64 / t.as_secs_f64().max(1e-9);
    println!();
    println!(
        "throughput (files both read): ours {:.0} pages/s ({our_pages} pages, {:.2} s); pdftotext {}",
        rate(our_pages, our_time),
        our_time.as_secs_f64(),
        if have_pdftotext {
            format!(
                "{:.0} pages/s ({pt_pages} pages, {:.2} s, one process per file)",
                rate(pt_pages, pt_time),
                pt_time.as_secs_f64()
            )
        } else {
            "–".into()
        }
    );
}

struct Row {
    line: String,
    ok: bool,
    pages: usize,
    ours_time: Duration,
    pt_time: Option<Duration>,
}

fn evaluate(path: &Path, have_pdftotext: bool) -> Row {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let bytes = std::fs::read(path).unwrap_or_default();
    let file = format!("{name}.pdf");
    // Best of three runs (the first warms caches).
    let mut best = Duration::MAX;
    let mut result = extract_bytes(&file, &bytes);
    for _ in 0..3 {
        let t = Instant::now();
        result = extract_bytes(&file, &bytes);
        best = best.min(t.elapsed());
    }
    let gt = std::fs::read_to_string(path.with_extension("gt.txt")).ok();
    let substrings: Vec<String> = std::fs::read_to_string(path.with_extension("gt-substrings.txt"))
        .map(|s| {
            s.lines()
                .filter(|l| !l.trim().is_empty())
                .map(normalise)
                .collect()
        })
        .unwrap_or_default();
    let (pt_text, pt_time) = if have_pdftotext {
        run_pdftotext(path)
    } else {
        (None, None)
    };
    let expected = expected_error(&name);
    let (ours_text, status, pages, unmapped) = match &result {
        Ok(doc) => {
            let unmapped: usize = doc
                .warnings
                .iter()
                .filter_map(|w| w.split_whitespace().next()?.parse::<usize>().ok())
                .sum();
            let status = match expected {
                Some(e) => format!("✗ expected {e}"),
                None => "ok".into(),
            };
            (
                Some((doc.text(), all_text(doc))),
                status,
                doc.pages.len(),
                unmapped,
            )
        }
        Err(e) => {
            let kind = error_kind(e);
            let status = match expected {
                Some(x) if x == kind => format!("✓ {kind}"),
                Some(x) => format!("✗ {kind} (expected {x})"),
                None => format!("✗ {kind}"),
            };
            (None, status, 0, 0)
        }
    };
    let score = |text: &Option<String>| -> String {
        let Some(text) = text else {
            return "–".into();
        };
        let norm = normalise(text);
        let mut parts = Vec::new();
        if let Some(gt) = &gt {
            let g = normalise(gt);
            parts.push(format!("{:.4}", ratio(&g, &norm)));
            parts.push(format!("{:.3}", wer(&g, &norm)));
        }
        if !substrings.is_empty() {
            let hits = substrings
                .iter()
                .filter(|s| norm.contains(s.as_str()))
                .count();
            parts.push(format!("{hits}/{} substr", substrings.len()));
        }
        if parts.is_empty() {
            "no GT".into()
        } else {
            parts.join(" / ")
        }
    };
    let recall = match (&ours_text, &pt_text) {
        (Some((_, all)), Some(p)) => {
            diacritic_recall(all, p).map_or("–".into(), |r| format!("{r:.2}"))
        }
        _ => "–".into(),
    };
    let ours_text = ours_text.map(|(running, _)| running);
    let line = format!(
        "| {name} | {pages} | {} / {status} | {} | {unmapped} | {recall} | {:.1} | {} |",
        score(&ours_text),
        score(&pt_text),
        best.as_secs_f64() * 1000.0,
        pt_time.map_or("–".into(), |t| format!("{:.1}", t.as_secs_f64() * 1000.0)),
    );
    Row {
        line,
        ok: result.is_ok(),
        pages,
        ours_time: best,
        pt_time: pt_text.as_ref().and(pt_time),
    }
}

/// Running text plus furniture and footnotes (what pdftotext prints).
fn all_text(doc: &inspraak::model::Document) -> String {
    let mut out = doc.text();
    for p in &doc.pages {
        for l in p.header.iter().chain(&p.footer).chain(&p.footnotes) {
            out.push('\n');
            out.push_str(l);
        }
    }
    out
}

/// What a corpus file must produce when it cannot give text (SOURCES.md).
fn expected_error(name: &str) -> Option<&'static str> {
    match name {
        "bad-encrypted-user-password" => Some("Encrypted"),
        "bad-not-a-pdf" => Some("Corrupt"),
        "bad-truncated-102-bytes" => Some("Damaged"),
        "nl-blg-1007826-scan-image-only" | "en-type3-font-nomapping" => Some("NoText"),
        _ => None,
    }
}

fn error_kind(e: &ExtractError) -> &'static str {
    match e {
        ExtractError::Io { .. } => "Io",
        ExtractError::Empty { .. } => "Empty",
        ExtractError::Blank { .. } => "Blank",
        ExtractError::Corrupt { .. } => "Corrupt",
        ExtractError::Damaged { .. } => "Damaged",
        ExtractError::DamagedWord { .. } => "DamagedWord",
        ExtractError::Encrypted { .. } => "Encrypted",
        ExtractError::NoText { .. } => "NoText",
        ExtractError::Unsupported { .. } => "Unsupported",
        ExtractError::TooComplex { .. } => "TooComplex",
    }
}

/// Best of three pdftotext runs, one process each (start-up included).
fn run_pdftotext(path: &Path) -> (Option<String>, Option<Duration>) {
    let mut best = Duration::MAX;
    let mut text = None;
    for _ in 0..3 {
        let t = Instant::now();
        let out = Command::new("pdftotext")
            .args(["-q", "-enc", "UTF-8"])
            .arg(path)
            .arg("-")
            .output();
        let elapsed = t.elapsed();
        match out {
            Ok(o) if o.status.success() => {
                best = best.min(elapsed);
                text = Some(String::from_utf8_lossy(&o.stdout).into_owned());
            }
            _ => return (None, None),
        }
    }
    (text, Some(best))
}

/// NFKC, soft hyphens removed, whitespace collapsed.
fn normalise(s: &str) -> String {
    let nfkc: String = s.nfkc().filter(|c| *c != '\u{AD}').collect();
    nfkc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Share of pdftotext's words with a diacritic (À–ſ) that we also produce.
fn diacritic_recall(ours: &str, reference: &str) -> Option<f64> {
    let has_diacritic = |w: &&str| w.chars().any(|c| ('\u{C0}'..='\u{17F}').contains(&c));
    let clean = |w: &str| -> String { w.trim_matches(|c: char| !c.is_alphanumeric()).to_string() };
    let ours: HashSet<String> = ours.split_whitespace().map(clean).collect();
    let words: Vec<String> = reference
        .split_whitespace()
        .filter(has_diacritic)
        .map(clean)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let hits = words.iter().filter(|w| ours.contains(*w)).count();
    Some(hits as f64 / words.len() as f64)
}

/// Indel-normalised similarity: 1 − (|a| + |b| − 2·LCS) / (|a| + |b|).
fn ratio(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let (a_ids, b_ids) = symbols(&a, &b);
    let lcs = lcs_len(&a_ids, &b_ids);
    1.0 - (total - 2 * lcs) as f64 / total as f64
}

/// Word error rate: word-level Levenshtein distance / words in the GT.
fn wer(gt: &str, ours: &str) -> f64 {
    let g: Vec<&str> = gt.split_whitespace().collect();
    let o: Vec<&str> = ours.split_whitespace().collect();
    if g.is_empty() {
        return if o.is_empty() { 0.0 } else { 1.0 };
    }
    let (g_ids, o_ids) = symbols(&g, &o);
    levenshtein(&g_ids, &o_ids) as f64 / g.len() as f64
}

/// Maps the items of both sequences to dense ids.
fn symbols<T: std::hash::Hash + Eq + Clone>(a: &[T], b: &[T]) -> (Vec<u32>, Vec<u32>) {
    let mut ids: HashMap<T, u32> = HashMap::new();
    let mut map = |s: &[T]| -> Vec<u32> {
        s.iter()
            .map(|x| {
                let n = ids.len() as u32;
                *ids.entry(x.clone()).or_insert(n)
            })
            .collect()
    };
    let a = map(a);
    let b = map(b);
    (a, b)
}

/// Match masks of `pattern`: for each symbol, one bit per pattern position.
fn match_masks(pattern: &[u32], words: usize) -> HashMap<u32, Vec<u64>> {
    let mut peq: HashMap<u32, Vec<u64>> = HashMap::new();
    for (i, s) in pattern.iter().enumerate() {
        peq.entry(*s).or_insert_with(|| vec![0; words])[i / 64] |= 1 << (i % 64);
    }
    peq
}

/// Length of the longest common subsequence, bit-parallel (Hyyrö 2004).
fn lcs_len(a: &[u32], b: &[u32]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let words = a.len().div_ceil(64);
    let peq = match_masks(a, words);
    let mut v = vec![u64::MAX; words];
    for s in b {
        let Some(m) = peq.get(s) else { continue };
        let mut carry = false;
        for k in 0..words {
            let u = v[k] & m[k];
            let (sum1, c1) = v[k].overflowing_add(u);
            let (sum, c2) = sum1.overflowing_add(u64::from(carry));
            carry = c1 || c2;
            v[k] = sum | (v[k] - u);
        }
    }
    let mut zeros = 0;
    for (k, w) in v.iter().enumerate() {
        let bits = if k + 1 == words && !a.len().is_multiple_of(64) {
            a.len() % 64
        } else {
            64
        };
        let mask = if bits == 64 {
            u64::MAX
        } else {
            (1u64 << bits) - 1
        };
        zeros += (!w & mask).count_ones() as usize;
    }
    zeros
}

/// Levenshtein distance, bit-parallel in blocks (Myers 1999, as in edlib).
fn levenshtein(a: &[u32], b: &[u32]) -> usize {
    if a.is_empty() {
        return b.len();
    }
    let m = a.len();
    let words = m.div_ceil(64);
    let peq = match_masks(a, words);
    let zero = vec![0u64; words];
    let mut pv = vec![u64::MAX; words];
    let mut mv = vec![0u64; words];
    let mut score = (words * 64) as i64;
    for s in b {
        let eqs = peq.get(s).unwrap_or(&zero);
        let mut hin: i64 = 1;
        for k in 0..words {
            let (p, mm, h) = block(pv[k], mv[k], eqs[k], hin);
            pv[k] = p;
            mv[k] = mm;
            hin = h;
        }
        score += hin;
    }
    // Undo the padding rows below the pattern's last row.
    let last = words - 1;
    for bit in (m - last * 64)..64 {
        score -= ((pv[last] >> bit) & 1) as i64;
        score += ((mv[last] >> bit) & 1) as i64;
    }
    score.max(0) as usize
}

fn block(pv: u64, mv: u64, mut eq: u64, hin: i64) -> (u64, u64, i64) {
    let hin_neg = u64::from(hin < 0);
    let hin_pos = u64::from(hin > 0);
    let xv = eq | mv;
    eq |= hin_neg;
    let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
    let mut ph = mv | !(xh | pv);
    let mut mh = pv & xh;
    let hout = (ph >> 63) as i64 - (mh >> 63) as i64;
    ph = (ph << 1) | hin_pos;
    mh = (mh << 1) | hin_neg;
    (mh | !(xv | ph), ph & xv, hout)
}
