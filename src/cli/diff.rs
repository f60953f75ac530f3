//! `inspraak diff`: a terminal redline between two versions of the vision.
//!
//! Versions are read from `drafts/` in the inbox (oldest first). Deleted
//! text is shown red and inserted text green on a terminal, and as
//! `[-deleted-]{+inserted+}` otherwise (as `git diff --word-diff`), each
//! changed section under a header with its kind and word counts, and a
//! summary for the whole document at the end.

use std::fmt::Write as _;
use std::io::IsTerminal;

use anyhow::{bail, Context, Result};

use crate::compare::{self, split_leading_whitespace};
use crate::inbox::{file_name, Inbox};
use crate::model::{Change, DiffOp, Version};
use crate::pipeline::{read_versions, BuildOptions};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
    /// Older version: its position in drafts/ (1 = oldest), file name or
    /// label [default: the consultation draft]
    #[arg(value_name = "A")]
    pub a: Option<String>,
    /// Newer version, as A [default: the newest version]
    #[arg(value_name = "B")]
    pub b: Option<String>,
    /// Show only the change of this section (number in either version,
    /// e.g. `3.2` or `Bijlage 2`)
    #[arg(long, value_name = "N")]
    pub section: Option<String>,
    /// When to use colours instead of [-…-]{+…+} markers
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print only the words added and removed per section, not the text
    #[arg(long)]
    pub words: bool,
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is not set
    Auto,
    /// Always colour (also into a pipe or file)
    Always,
    /// Never colour: mark changes as [-deleted-]{+inserted+}
    Never,
}

/// How [`render`] prints.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    pub color: bool,
    /// The added and removed words only, not the text around them.
    pub words_only: bool,
}

pub fn execute(args: &Args) -> Result<()> {
    let inbox = Inbox::open(&args.inbox.inbox)?;
    // The order of the drafts is the order of the comparison: unnumbered
    // names (alphabet order) are warned about, as every command does.
    // Responses are not read here, so their folder's set-up is not.
    for p in inbox
        .skipped
        .iter()
        .filter(|p| p.kind == crate::model::ProblemKind::Setup && p.file.starts_with("drafts/"))
    {
        crate::cli::warn(format_args!("{}: {}", p.file, p.message));
    }
    let mut problems = Vec::new();
    let opts = BuildOptions {
        cache: Some(crate::cache::Cache::beside(&args.inbox.inbox)),
        ..BuildOptions::default()
    };
    let versions = read_versions(&inbox, &opts, &mut problems);
    for p in &problems {
        crate::cli::warn(format_args!("{}: {}", p.file, p.message));
    }
    if versions.len() < 2 {
        bail!(
            "`inspraak diff` needs two versions in `{}`, but {} could be read; put the final \
             version beside the consultation draft (file names sort oldest first)",
            inbox.root.join("drafts").display(),
            versions.len()
        );
    }
    let a = pick(&versions, args.a.as_deref(), 0)?;
    let b = pick(&versions, args.b.as_deref(), versions.len() - 1)?;
    let mut changes = compare::compare(&versions[a], &versions[b]);
    if let Some(n) = &args.section {
        changes.retain(|c| touches(c, n));
        if changes.is_empty() {
            let known = versions[a].section(n).is_some() || versions[b].section(n).is_some();
            if !known {
                bail!(
                    "section `{n}` is in neither `{}` nor `{}`; `inspraak sections` lists the \
                     section numbers",
                    versions[a].file,
                    versions[b].file
                );
            }
        }
    }
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let text = render(
        &versions[a],
        &versions[b],
        &changes,
        RenderOptions {
            color,
            words_only: args.words,
        },
    );
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()) {
        // A closed pipe (`inspraak diff | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("failed to write to standard output"),
    }
}

/// Finds a version by 1-based position, file name (with or without
/// extension) or label; `default` (0-based) when not given.
pub fn pick(versions: &[Version], wanted: Option<&str>, default: usize) -> Result<usize> {
    let Some(w) = wanted.map(str::trim) else {
        return Ok(default);
    };
    if let Ok(n) = w.parse::<usize>() {
        if (1..=versions.len()).contains(&n) {
            return Ok(n - 1);
        }
        bail!(
            "there is no version {n}: drafts/ holds {} version(s), numbered 1 (oldest) to {}",
            versions.len(),
            versions.len()
        );
    }
    // Names and labels compared in Unicode NFC and lower case: a name from
    // a Mac writes its accents otherwise than a terminal (`inbox::name_key`).
    let key = |f: &str| crate::inbox::name_key(f).to_lowercase();
    let stem = |f: &str| {
        std::path::Path::new(f)
            .file_stem()
            .map(|s| key(&s.to_string_lossy()))
            .unwrap_or_default()
    };
    let wl = key(w);
    let wanted_name = key(&file_name(std::path::Path::new(w)));
    let listed = |list: &mut dyn Iterator<Item = (usize, &Version)>| {
        list.map(|(i, v)| format!("{} = {} ({})", i + 1, v.file, v.label))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // A label two versions share (`Definitief`) names neither.
    let labelled: Vec<(usize, &Version)> = versions
        .iter()
        .enumerate()
        .filter(|(_, v)| key(&v.label) == wl)
        .collect();
    let by_name = versions
        .iter()
        .position(|v| key(&v.file) == wanted_name || stem(&v.file) == wl);
    if by_name.is_none() && labelled.len() > 1 {
        bail!(
            "{} versions have the label `{w}`: give a number or file name: {}",
            labelled.len(),
            listed(&mut labelled.iter().copied())
        );
    }
    by_name
        .or_else(|| labelled.first().map(|(i, _)| *i))
        .with_context(|| {
            let names: Vec<String> = versions
                .iter()
                .enumerate()
                .map(|(i, v)| format!("{} = {} ({})", i + 1, v.file, v.label))
                .collect();
            format!(
                "no version `{w}` in drafts/; give a number, file name or label: {}",
                names.join(", ")
            )
        })
}

/// Whether a change concerns section `n` in either version.
fn touches(c: &Change, n: &str) -> bool {
    let n = n.trim();
    c.before
        .iter()
        .chain(&c.after)
        .chain(&c.split_into)
        .chain(&c.merged_from)
        .any(|s| s.number.eq_ignore_ascii_case(n))
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Unchanged stretches longer than this many words are shortened.
const MAX_EQUAL_WORDS: usize = 40;
/// Words kept at each side of a shortened stretch.
const CONTEXT_WORDS: usize = 12;

/// The terminal redline of `changes` from `a` to `b`.
pub fn render(a: &Version, b: &Version, changes: &[Change], opts: RenderOptions) -> String {
    let mut out = String::new();
    let style = |code: &'static str| if opts.color { code } else { "" };
    let _ = writeln!(
        out,
        "{}{} ({}) → {} ({}){}",
        style(BOLD),
        a.label,
        a.file,
        b.label,
        b.file,
        style(RESET)
    );
    for c in changes {
        out.push('\n');
        let _ = writeln!(out, "{}{}{}", style(BOLD), header(c), style(RESET));
        if opts.words_only {
            out.push_str(&changed_words(c, opts.color));
        } else {
            out.push_str(&redline(c, opts.color));
            out.push('\n');
        }
    }
    let s = compare::summarize(changes);
    out.push('\n');
    if changes.is_empty() {
        out.push_str("no changes\n");
    } else {
        let _ = writeln!(
            out,
            "{} change(s): {} modified, {} renamed, {} renumbered, {} moved, {} added, {} removed \
             ({} editorial only, {} split/merged); +{} −{} words",
            s.changes(),
            s.modified,
            s.renamed,
            s.renumbered,
            s.moved,
            s.added,
            s.removed,
            s.editorial,
            s.split_or_merged,
            s.words_added,
            s.words_removed
        );
    }
    out
}

/// `3.2 Titel → 3.3 Titel (moved, +4 −2 words)`.
fn header(c: &Change) -> String {
    let name = |s: &crate::model::SectionRef| {
        if !crate::model::shows_number(&s.number, &s.title) {
            s.title.clone()
        } else {
            format!("{} {}", s.number, s.title)
        }
    };
    let place = match (&c.before, &c.after) {
        (Some(x), Some(y)) if x == y => name(x),
        (Some(x), Some(y)) => format!("{} → {}", name(x), name(y)),
        (Some(x), None) => name(x),
        (None, Some(y)) => name(y),
        (None, None) => String::new(),
    };
    let mut notes = vec![c.describe(false)];
    if c.editorial {
        notes.push("editorial".into());
    }
    if !c.split_into.is_empty() {
        let parts: Vec<String> = c.split_into.iter().map(name).collect();
        notes.push(format!("split into {}", parts.join(", ")));
    }
    if !c.merged_from.is_empty() {
        let parts: Vec<String> = c.merged_from.iter().map(name).collect();
        notes.push(format!("merged with {}", parts.join(", ")));
    }
    notes.push(format!("+{} −{} words", c.words_added, c.words_removed));
    format!("== {place} ({})", notes.join(", "))
}

/// The redline of one change: deletions and insertions marked, long
/// unchanged stretches shortened.
fn redline(c: &Change, color: bool) -> String {
    let mut out = String::new();
    let n = c.diff.len();
    for (k, span) in c.diff.iter().enumerate() {
        let (ws, text) = split_leading_whitespace(&span.text);
        // An insertion replacing a deletion sits right after it, sharing
        // the whitespace before the deletion: `[-oud-]{+nieuw+}`.
        let replaces = span.op == DiffOp::Insert
            && k > 0
            && c.diff[k - 1].op == DiffOp::Delete
            && c.diff[k - 1].text.starts_with(char::is_whitespace);
        if !replaces {
            out.push_str(ws);
        }
        match span.op {
            DiffOp::Equal => out.push_str(&shorten_equal(text, k == 0, k + 1 == n, color)),
            DiffOp::Delete if color => {
                let _ = write!(out, "{RED}{}{RESET}", text);
            }
            DiffOp::Insert if color => {
                let _ = write!(out, "{GREEN}{}{RESET}", text);
            }
            DiffOp::Delete => {
                let _ = write!(out, "[-{text}-]");
            }
            DiffOp::Insert => {
                let _ = write!(out, "{{+{text}+}}");
            }
        }
    }
    out
}

/// The words a change removed and added, in reading order, one changed
/// stretch a line: `− twee weken` / `+ vijf werkdagen` (red and green on
/// a terminal), whitespace made single spaces.
fn changed_words(c: &Change, color: bool) -> String {
    let mut out = String::new();
    for span in &c.diff {
        let text = span.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            continue;
        }
        let (mark, code) = match span.op {
            DiffOp::Equal => continue,
            DiffOp::Delete => ('−', RED),
            DiffOp::Insert => ('+', GREEN),
        };
        if color {
            let _ = writeln!(out, "{code}{mark} {text}{RESET}");
        } else {
            let _ = writeln!(out, "{mark} {text}");
        }
    }
    out
}

/// An unchanged stretch, with its middle left out when long (the start is
/// kept whole for the first span, which holds the heading, and the end for
/// the last).
fn shorten_equal(text: &str, first: bool, last: bool, color: bool) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    if words.len() <= MAX_EQUAL_WORDS {
        return text.to_string();
    }
    let gap = if color {
        format!("{DIM}…{RESET}")
    } else {
        "…".to_string()
    };
    // The heading line is kept in full.
    let head_end = if first {
        text.find('\n')
            .map_or(CONTEXT_WORDS, |i| text[..i].split(' ').count())
    } else {
        0
    };
    let keep_head = if first {
        head_end.max(1)
    } else {
        CONTEXT_WORDS
    };
    let keep_tail = if last { 0 } else { CONTEXT_WORDS };
    if keep_head + keep_tail + 4 >= words.len() {
        return text.to_string();
    }
    let head = words[..keep_head].join(" ");
    let tail = words[words.len() - keep_tail..].join(" ");
    if keep_tail == 0 {
        format!("{head} {gap}")
    } else {
        format!("{head} {gap} {tail}")
    }
}

#[cfg(test)]
mod tests;
