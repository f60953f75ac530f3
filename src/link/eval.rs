//! Evaluation of splitting and linking against hand-labelled sets
//! (`tests/eval/<set>/labels.toml`).
//!
//! ```toml
//! draft = "inbox/drafts/01-inspraakversie.pdf"   # relative to the repo root
//! responses = "inbox/responses"                   # optional
//! [[comment]]
//! file = "01-gemeenteraad-voorbeeld.pdf"
//! start = "De raad mist in paragraaf 5.2"
//! sections = ["5.2", "4"]                         # best first; [] = about nothing
//! ```
//!
//! Measures, per set:
//! - segmentation recall: a labelled comment is found when exactly one
//!   predicted comment of its file contains its `start` (whitespace,
//!   hyphens and case normalised) and no earlier labelled point of its
//!   file starts in that comment too (two points read as one comment are
//!   one found, one lost);
//! - segmentation precision: share of predicted comments that contain the
//!   start of some labelled comment of their file;
//! - top-1: the first linked section is one of the labelled sections;
//! - recall@3: share of the labelled sections (at most 3) among the first
//!   three links; both over labelled comments with sections, a comment
//!   that was not found counting as a miss;
//! - no-link rate: share of comments labelled `[]` that got no link.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::{Comment, Version};

/// A labels file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub draft: String,
    #[serde(default)]
    pub responses: Option<String>,
    #[serde(default)]
    pub comment: Vec<Label>,
}

/// One labelled comment.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub file: String,
    pub start: String,
    #[serde(default)]
    pub sections: Vec<String>,
}

/// Why a set could not be evaluated.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("`{path}` could not be read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("`{path}` is not a valid labels file: {message}")]
    Parse { path: PathBuf, message: String },
    #[error(transparent)]
    Extract(#[from] crate::extract::ExtractError),
}

/// The numbers for one set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub name: String,
    pub labelled: usize,
    pub found: usize,
    pub predicted: usize,
    pub predicted_matching: usize,
    pub linkable: usize,
    pub top1: usize,
    pub recall3: f64,
    /// Links shown among the first three of linkable comments, and how
    /// many of them are labelled sections (for precision@3).
    pub shown3: usize,
    pub shown3_labelled: usize,
    pub no_link_labelled: usize,
    pub no_link_ok: usize,
    /// Comments labelled `[]` with at most weak suggestions
    /// ([`crate::model::Link::is_suggestion`]): nothing in the public memo.
    pub no_confident_link_ok: usize,
    /// Human-readable misses for `--verbose`.
    pub misses: Vec<String>,
}

impl Scores {
    pub fn seg_recall(&self) -> f64 {
        ratio(self.found as f64, self.labelled)
    }
    pub fn seg_precision(&self) -> f64 {
        ratio(self.predicted_matching as f64, self.predicted)
    }
    pub fn top1_accuracy(&self) -> f64 {
        ratio(self.top1 as f64, self.linkable)
    }
    pub fn recall_at_3(&self) -> f64 {
        ratio(self.recall3, self.linkable)
    }
    /// Share of the first three links (of comments with labelled
    /// sections) that are labelled sections: the price of proposing
    /// secondary sections.
    pub fn precision_at_3(&self) -> f64 {
        ratio(self.shown3_labelled as f64, self.shown3)
    }
    pub fn no_link_rate(&self) -> f64 {
        ratio(self.no_link_ok as f64, self.no_link_labelled)
    }
    /// Share of comments labelled `[]` that got no link other than weak
    /// suggestions, so the public memo files them under "Algemeen".
    pub fn no_confident_link_rate(&self) -> f64 {
        ratio(self.no_confident_link_ok as f64, self.no_link_labelled)
    }

    /// Sums `other` into `self` (for the overall line).
    pub fn add(&mut self, other: &Scores) {
        self.labelled += other.labelled;
        self.found += other.found;
        self.predicted += other.predicted;
        self.predicted_matching += other.predicted_matching;
        self.linkable += other.linkable;
        self.top1 += other.top1;
        self.recall3 += other.recall3;
        self.shown3 += other.shown3;
        self.shown3_labelled += other.shown3_labelled;
        self.no_link_labelled += other.no_link_labelled;
        self.no_link_ok += other.no_link_ok;
        self.no_confident_link_ok += other.no_confident_link_ok;
    }
}

fn ratio(a: f64, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a / b as f64
    }
}

/// Lower case, hyphens at line breaks joined, whitespace collapsed, then
/// reduced to its words (punctuation such as the dash in `Advies 1 –`
/// ignored).
pub fn normalize(text: &str) -> String {
    crate::ids::normalize(&join_hyphens(text))
}

fn join_hyphens(text: &str) -> String {
    let t = text.replace('\u{ad}', "");
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut out = String::new();
    for w in words {
        if out.ends_with('-') {
            out.pop();
        } else if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A predicted comment's text with its label in front (`Advies 1 ...`),
/// normalised, so labels may or may not include the point's marker.
fn comment_key(c: &Comment) -> String {
    match &c.label {
        Some(l) => normalize(&format!("{l} {}", c.text)),
        None => normalize(&c.text),
    }
}

/// Every `tests/eval/*/labels.toml` under `root`, sorted.
pub fn label_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(dir) = std::fs::read_dir(root.join("tests/eval")) {
        for e in dir.flatten() {
            let p = e.path().join("labels.toml");
            if p.is_file() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Evaluates one labels file; paths in it are relative to `root`.
pub fn evaluate(root: &Path, labels_path: &Path) -> Result<Scores, EvalError> {
    let raw = std::fs::read_to_string(labels_path).map_err(|source| EvalError::Io {
        path: labels_path.to_path_buf(),
        source,
    })?;
    let labels: Labels = toml::from_str(&raw).map_err(|e| EvalError::Parse {
        path: labels_path.to_path_buf(),
        message: e.to_string(),
    })?;
    let draft_path = root.join(&labels.draft);
    let responses = match &labels.responses {
        Some(r) => root.join(r),
        None => draft_path
            .parent()
            .and_then(Path::parent)
            .map(|p| p.join("responses"))
            .unwrap_or_else(|| root.join("responses")),
    };
    let doc = crate::extract::extract_path(&draft_path)?;
    let draft = crate::structure::parse_version(&doc, "draft");
    let name = labels_path
        .parent()
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut files: Vec<String> = labels.comment.iter().map(|l| l.file.clone()).collect();
    files.sort();
    files.dedup();
    let mut predicted: Vec<(String, Vec<Comment>)> = Vec::new();
    for f in &files {
        let doc = crate::extract::extract_path(&responses.join(f))?;
        let id = crate::ids::response_id_of(&doc);
        let mut letter = crate::split::split_response(&doc, &id);
        let linker = super::Linker::new(&draft);
        for c in &mut letter.comments {
            linker.link(c);
        }
        predicted.push((f.clone(), letter.comments));
    }
    Ok(score(&name, &draft, &labels.comment, &predicted))
}

/// Scores predictions against labels.
pub fn score(
    name: &str,
    draft: &Version,
    labels: &[Label],
    predicted: &[(String, Vec<Comment>)],
) -> Scores {
    let mut s = Scores {
        name: name.to_string(),
        ..Scores::default()
    };
    for (file, comments) in predicted {
        let starts: Vec<String> = labels
            .iter()
            .filter(|l| &l.file == file)
            .map(|l| normalize(&l.start))
            .collect();
        for c in comments {
            s.predicted += 1;
            let t = comment_key(c);
            if starts.iter().any(|st| t.contains(st.as_str())) {
                s.predicted_matching += 1;
            } else {
                s.misses.push(format!(
                    "{name}/{file}: extra comment \"{}\"",
                    crate::cli::shorten(&c.text, 70)
                ));
            }
        }
    }
    let places = places_of(labels, predicted);
    for (l, place) in labels.iter().zip(&places) {
        s.labelled += 1;
        let found = match place {
            Place::Found(c) => Some(*c),
            Place::Merged(first) => {
                s.misses.push(format!(
                    "{name}/{}: comment \"{}\" merged into the comment of \"{first}\"",
                    l.file, l.start
                ));
                None
            }
            Place::Hits(n) => {
                s.misses.push(format!(
                    "{name}/{}: comment \"{}\" found in {n} predicted comments",
                    l.file, l.start
                ));
                None
            }
        };
        if found.is_some() {
            s.found += 1;
        }
        let got: Vec<&str> = found
            .map(|c| c.sections.iter().map(|x| x.number.as_str()).collect())
            .unwrap_or_default();
        if l.sections.is_empty() {
            s.no_link_labelled += 1;
            if found.is_some_and(|c| c.sections.iter().all(|x| x.is_suggestion())) {
                s.no_confident_link_ok += 1;
            }
            if found.is_some() && got.is_empty() {
                s.no_link_ok += 1;
            } else if found.is_some() {
                s.misses.push(format!(
                    "{name}/{}: \"{}\" should have no link, got {got:?}",
                    l.file, l.start
                ));
            }
            if let (Some(c), true) = (found, std::env::var_os("EVAL_EXPLAIN").is_some()) {
                s.misses.push(format!(
                    "{name}/{}: (no-link labelled) \"{}\"{}",
                    l.file,
                    l.start,
                    explain(draft, c, &[])
                ));
            }
            continue;
        }
        s.linkable += 1;
        let known: Vec<&String> = l
            .sections
            .iter()
            .filter(|n| draft.section(n).is_some())
            .collect();
        if known.len() < l.sections.len() {
            s.misses.push(format!(
                "{name}/{}: label names sections not in the draft: {:?}",
                l.file, l.sections
            ));
        }
        let top1 = got
            .first()
            .is_some_and(|g| l.sections.iter().any(|x| x == g));
        if top1 {
            s.top1 += 1;
        }
        let want = l.sections.len().min(3);
        let in3 = l
            .sections
            .iter()
            .take(3)
            .filter(|x| got.iter().take(3).any(|g| g == x))
            .count();
        s.recall3 += in3 as f64 / want as f64;
        s.shown3 += got.len().min(3);
        s.shown3_labelled += got
            .iter()
            .take(3)
            .filter(|g| l.sections.iter().any(|x| x == *g))
            .count();
        if !top1 || in3 < want || std::env::var_os("EVAL_ALL").is_some() {
            let mut m = format!(
                "{name}/{}: \"{}\" labelled {:?}, got {:?}",
                l.file, l.start, l.sections, got
            );
            if let (Some(c), true) = (found, std::env::var_os("EVAL_EXPLAIN").is_some()) {
                m.push_str(&explain(draft, c, &l.sections));
            }
            s.misses.push(m);
        }
    }
    s
}

/// Where a labelled comment was found among the predicted comments.
enum Place<'a> {
    /// In exactly one predicted comment, as its only labelled point.
    Found(&'a Comment),
    /// In exactly one predicted comment, which holds an earlier labelled
    /// point too (its start is named): two points read as one comment.
    Merged(String),
    /// In this many predicted comments other than one.
    Hits(usize),
}

/// For each label, where it was found. A predicted comment that contains
/// the starts of several labelled points of its file is a merge: it counts
/// as the comment of the point whose start comes first in it, and the
/// others are not found (so a merge lowers segmentation recall).
fn places_of<'a>(labels: &[Label], predicted: &'a [(String, Vec<Comment>)]) -> Vec<Place<'a>> {
    let keys: Vec<Vec<String>> = predicted
        .iter()
        .map(|(_, comments)| comments.iter().map(comment_key).collect())
        .collect();
    // (file, comment) and the start's position in the comment, per label.
    let hits: Vec<Result<(usize, usize, usize), usize>> = labels
        .iter()
        .map(|l| {
            let Some(f) = predicted.iter().position(|(file, _)| file == &l.file) else {
                return Err(0);
            };
            let start = normalize(&l.start);
            let found: Vec<(usize, usize)> = keys[f]
                .iter()
                .enumerate()
                .filter_map(|(i, key)| key.find(start.as_str()).map(|at| (i, at)))
                .collect();
            match found[..] {
                [(i, at)] => Ok((f, i, at)),
                _ => Err(found.len()),
            }
        })
        .collect();
    hits.iter()
        .map(|hit| match *hit {
            Err(n) => Place::Hits(n),
            Ok((f, i, at)) => {
                let first = labels
                    .iter()
                    .zip(&hits)
                    .filter(|(_, h)| matches!(h, Ok((f2, i2, _)) if (*f2, *i2) == (f, i)))
                    .min_by_key(|(_, h)| h.as_ref().map_or(usize::MAX, |h| h.2));
                match first {
                    Some((l, Ok((_, _, first_at)))) if *first_at < at => {
                        Place::Merged(l.start.clone())
                    }
                    _ => Place::Found(&predicted[f].1[i]),
                }
            }
        })
        .collect()
}

/// For `EVAL_EXPLAIN`: the comment's text, its topical strength (best
/// score over the ideal score), the related-term groups it reached, the
/// topical top 8, the topical rank of each labelled section outside it,
/// and its links with their reasons.
fn explain(draft: &Version, c: &Comment, labelled: &[String]) -> String {
    let mut m = format!("\n    text: {}", c.text.replace('\n', " "));
    let linker = super::Linker::new(draft);
    let r = linker.topic.rank(&c.text);
    let top: Vec<String> = r
        .order
        .iter()
        .take(8)
        .map(|(i, sc)| {
            format!(
                "{} {:.3} [{}]",
                draft.sections[*i].number,
                sc / r.ideal.max(1e-6),
                r.shared[*i]
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(",")
            )
        })
        .collect();
    let strength = r
        .order
        .first()
        .map_or(0.0, |(_, sc)| sc / r.ideal.max(1e-6));
    m.push_str(&format!(
        "\n    strength {strength:.3}, related groups {}",
        r.related_reached
    ));
    m.push_str(&format!("\n    topic: {}", top.join(" | ")));
    for n in labelled {
        let Some(i) = draft.sections.iter().position(|s| &s.number == n) else {
            continue;
        };
        let rank = r.order.iter().position(|(k, _)| *k == i);
        if rank.is_some_and(|k| k < 8) {
            continue;
        }
        let score = r.bm25.get(i).copied().unwrap_or(0.0) / r.ideal.max(1e-6);
        m.push_str(&format!(
            "\n    labelled {n}: topical rank {}, {score:.3} [{}]",
            rank.map_or("none".to_string(), |k| (k + 1).to_string()),
            r.shared.get(i).map(|w| w.join(",")).unwrap_or_default()
        ));
    }
    for x in &c.sections {
        m.push_str(&format!("\n    {} {:.3}: {}", x.number, x.score, x.reason));
    }
    m
}

#[cfg(test)]
mod tests;
