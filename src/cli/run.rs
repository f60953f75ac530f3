//! `inspraak run`: the main job.

use std::path::PathBuf;

use anyhow::Result;

use crate::cache::Cache;
use crate::pipeline::{run, BuildOptions, RunOptions};
use crate::report::{GroupBy, Lang, ReportOptions};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
    /// Output folder (updated in place, file by file: see the README, Outputs)
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    /// Folder with templates overriding the built-in ones [default: templates/ if present]
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// How the memo's comments are grouped
    #[arg(long, value_enum, default_value_t = GroupBy::Section)]
    pub group_by: GroupBy,
    /// Language of the memo, letters and redline
    #[arg(long, value_enum, default_value_t = Lang::Nl)]
    pub lang: Lang,
    /// Re-read every file instead of reusing results of unchanged files
    #[arg(long)]
    pub no_cache: bool,
    /// Print nothing but errors and warnings (no progress bar, no summary)
    #[arg(short, long)]
    pub quiet: bool,
    /// Print the time each stage took to stderr (`timing: STAGE: MS ms`)
    #[arg(long)]
    pub timings: bool,
    /// Give up on a file after this many seconds of reading or splitting; it is
    /// reported as a problem and the run goes on
    #[arg(long, value_name = "SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..))]
    pub file_timeout: u64,
    /// After the run, keep watching the inbox, consultation.toml, the
    /// ledger and the templates, and run again when they change (Ctrl-C
    /// ends it)
    #[arg(long)]
    pub watch: bool,
    /// How often `--watch` looks for changes, in milliseconds
    #[arg(long, value_name = "MS", default_value_t = 1000, requires = "watch",
          value_parser = clap::value_parser!(u64).range(10..=60_000))]
    pub poll_ms: u64,
}

pub fn execute(args: &Args) -> Result<()> {
    args.inbox.check_ledger_place()?;
    if args.watch {
        return super::watch::execute(args);
    }
    let cache = (!args.no_cache).then(|| Cache::beside(&args.inbox.inbox));
    if let Some(warning) = cache.as_ref().and_then(Cache::unwritable_warning) {
        eprintln!("{warning}");
    }
    let (summary, messages) = run_once(args, cache, !args.quiet, &[])?;
    for line in &messages {
        eprintln!("{line}");
    }
    // Not freed: the process ends right after (`main`), and freeing every
    // comment, link and text of a large consultation one by one cost a few
    // milliseconds at the end of each run.
    std::mem::forget(summary);
    Ok(())
}

/// The templates folder in effect: `--templates`, or `templates/` when
/// there is one.
pub fn templates_dir(args: &Args) -> Option<PathBuf> {
    args.templates.clone().or_else(|| {
        let default = PathBuf::from("templates");
        default.is_dir().then_some(default)
    })
}

/// One run with `cache`, leaving the files `held_back` out: what it did
/// and the lines it has to say on stderr, in order (timings, the summary
/// when not `--quiet`, warnings and notes).
pub fn run_once(
    args: &Args,
    cache: Option<Cache>,
    progress: bool,
    held_back: &[PathBuf],
) -> Result<(crate::pipeline::RunSummary, Vec<String>)> {
    let templates = templates_dir(args);
    let timings = args
        .timings
        .then(|| std::sync::Arc::new(crate::timings::Timings::default()));
    let started = std::time::Instant::now();
    let summary = run(&RunOptions {
        inbox: args.inbox.inbox.clone(),
        out: args.out.clone(),
        ledger: args.inbox.ledger_path(),
        report: ReportOptions {
            templates: templates.clone(),
            group_by: args.group_by,
            lang: args.lang,
            // From consultation.toml, once the run has read it.
            sender: None,
        },
        build: BuildOptions {
            cache,
            progress,
            timings: timings.clone(),
            file_timeout: Some(std::time::Duration::from_secs(args.file_timeout)),
        },
        held_back: held_back.to_vec(),
    })?;
    if let Some(t) = &timings {
        t.record("run", started.elapsed(), None);
    }
    let mut lines: Vec<String> = timings.iter().flat_map(|t| t.lines()).collect();
    let warn = |lines: &mut Vec<String>, message: std::fmt::Arguments<'_>| {
        lines.push(crate::cli::warning_line(message));
    };
    let c = &summary.consultation;
    let comments: usize = c.responses.iter().map(|r| r.comments.len()).sum();
    let open = c
        .responses
        .iter()
        .flat_map(|r| &r.comments)
        .filter(|c| c.decision.status == crate::model::Status::Open)
        .count();
    if !args.quiet {
        lines.push(format!(
            "{} version(s), {} response(s), {} comment(s) ({} open), {} change(s)",
            c.versions.len(),
            c.responses.len(),
            comments,
            open,
            c.changes.len()
        ));
    }
    for p in &c.problems {
        warn(&mut lines, format_args!("{}: {}", p.file, p.message));
    }
    // Files read in part: the rest of each was processed.
    for (file, w) in crate::pipeline::reading_warnings(c) {
        warn(&mut lines, format_args!("{file}: {w}"));
    }
    // Namesakes are common in a large consultation: a few examples here,
    // all of them in `inspraak check`.
    const SAME_SENDERS_SHOWN: usize = 3;
    let same = crate::pipeline::same_senders(c);
    for w in same.iter().take(SAME_SENDERS_SHOWN) {
        warn(&mut lines, format_args!("{w}"));
    }
    if same.len() > SAME_SENDERS_SHOWN {
        warn(
            &mut lines,
            format_args!(
                "{} more groups of responses are signed with the same name; \
                 `inspraak check` lists them all",
                same.len() - SAME_SENDERS_SHOWN
            ),
        );
    }
    // A file submitted twice: the warning says which is the copy.
    for w in &c.same_files {
        warn(&mut lines, format_args!("{w}"));
    }
    for w in templates
        .as_deref()
        .map(crate::report::templates::unused_files)
        .unwrap_or_default()
    {
        warn(&mut lines, format_args!("{w}"));
    }
    for w in &c.settings_warnings {
        warn(&mut lines, format_args!("consultation.toml: {w}"));
    }
    for w in &c.date_warnings {
        warn(&mut lines, format_args!("{w}"));
    }
    let ledger_name = crate::inbox::file_name(&args.inbox.ledger_path());
    for w in &c.ledger_warnings {
        warn(&mut lines, format_args!("{ledger_name}: {w}"));
    }
    for w in summary.ledger.conflict_copies() {
        warn(&mut lines, format_args!("{w}"));
    }
    for o in &c.orphaned_decisions {
        warn(&mut lines, format_args!("{}", o.message()));
    }
    // Once per decision (a campaign group's comments share theirs).
    let mut warned = std::collections::HashSet::new();
    for (_, comment) in crate::ledger::all_comments(c) {
        let missing = crate::ledger::check::unknown_sections(c, comment);
        if !missing.is_empty() && warned.insert(crate::ledger::decision_key(c, comment)) {
            warn(
                &mut lines,
                format_args!(
                    "{ledger_name}: comment {} is linked by the working group to section(s) \
                     {} that the consultation draft does not have; choose again with `inspraak \
                     decide {} --sections ...`",
                    comment.id,
                    missing.join(", "),
                    comment.id
                ),
            );
        }
    }
    for r in &c.reattached_decisions {
        lines.push(format!(
            "note: {}; the ledger now files it under the new id",
            r.note()
        ));
    }
    if !args.quiet {
        let unchanged = summary.files.len().saturating_sub(summary.written);
        lines.push(format!(
            "{} file(s) in {}: {} written, {} unchanged",
            summary.files.len(),
            args.out.display(),
            summary.written,
            unchanged
        ));
    }
    Ok((summary, lines))
}
