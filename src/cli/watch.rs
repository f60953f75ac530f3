//! `inspraak run --watch`: a run, then another each time the inbox,
//! `consultation.toml`, the ledger or the templates change, in one process.
//!
//! The watcher polls the files' metadata (size, times, inode: see
//! [`Stat`]) every `--poll-ms`, portable and without a notification
//! service. A change starts an update once the files have stopped changing
//! (the same metadata at two polls in a row: a PDF still being copied is
//! not read half-way). Each update is a whole run on the inputs as they
//! are then, with the same outputs as a fresh `inspraak run`; what makes it
//! cheap is what the process keeps: the program's compiled patterns, and
//! the cache's entries in memory ([`Cache::in_memory`]).
//!
//! The ledger is read anew by every update. A hand edit (or `inspraak
//! decide`) while an update runs is never overwritten: the ledger's save
//! refuses to replace a file changed since it was read, and the watcher
//! takes the ledger's new state for its own write only when the file holds
//! what the update wrote ([`crate::ledger::Ledger::file_is_current`]);
//! otherwise another update follows.
//!
//! Ctrl-C (or SIGTERM) ends the watcher between updates; during one, once
//! it is written. A second Ctrl-C ends the process at once: every file the
//! tool writes (outputs, ledger, cache) is replaced by a rename, so each is
//! whole, and an output folder left half updated is written anew by the
//! next run.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;

use super::run::{run_once, Args};
use crate::cache::Cache;
use crate::file_keys::Stat;

/// Set by Ctrl-C (SIGINT) or SIGTERM.
static STOP: AtomicBool = AtomicBool::new(false);

#[cfg(unix)]
extern "C" fn on_signal(_: libc::c_int) {
    STOP.store(true, Ordering::SeqCst);
    // SAFETY: `signal` is async-signal-safe; a second signal then ends the
    // process with the default action.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::signal(libc::SIGTERM, libc::SIG_DFL);
    }
}

/// Ctrl-C and SIGTERM set [`STOP`] instead of ending the process.
fn catch_signals() {
    #[cfg(unix)]
    // SAFETY: the handler only stores to an atomic and resets the
    // dispositions, both async-signal-safe.
    unsafe {
        let handler = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::signal(libc::SIGINT, handler);
        libc::signal(libc::SIGTERM, handler);
    }
}

/// The state of every watched file by its path (hashed, not ordered:
/// ordering paths compares them part by part, which cost more than the
/// file system's answers for a thousand files).
pub type Snapshot = HashMap<PathBuf, Stat>;

/// What the watcher looks at.
#[derive(Debug, Clone)]
pub struct Watched {
    /// Folders read whole (the inbox, the templates).
    pub folders: Vec<PathBuf>,
    /// Single files (the ledger).
    pub files: Vec<PathBuf>,
    /// Folders left out wherever they are (the output, the cache), by
    /// their full path.
    pub skip: Vec<PathBuf>,
}

/// How deep below a watched folder files are looked for (the inbox's
/// files are one level down).
const MAX_DEPTH: usize = 4;

impl Watched {
    /// The files of a run with `args`. The templates folder is watched
    /// also while it is not there (`--templates DIR`, or `templates/`): a
    /// run uses `templates/` once it exists (`inspraak templates init`), so
    /// its appearing is a change like any other.
    pub fn of(args: &Args) -> Watched {
        let templates = args
            .templates
            .clone()
            .unwrap_or_else(|| PathBuf::from("templates"));
        let folders = vec![args.inbox.inbox.clone(), templates];
        let cache = Cache::beside(&args.inbox.inbox);
        Watched {
            folders,
            files: vec![args.inbox.ledger_path()],
            skip: [args.out.as_path(), cache.dir()]
                .iter()
                .map(|p| full_path(p))
                .collect(),
        }
    }

    /// Every watched file's state now. Files that cannot be read are left
    /// out (a file being replaced shows up again at the next poll).
    pub fn snapshot(&self) -> Snapshot {
        let mut out = Snapshot::new();
        for file in &self.files {
            if let Some(stat) = stat(file) {
                out.insert(file.clone(), stat);
            }
        }
        for folder in &self.folders {
            self.walk(folder, 0, &mut out);
        }
        out
    }

    fn walk(&self, dir: &Path, depth: usize, out: &mut Snapshot) {
        if depth > MAX_DEPTH || self.skip.contains(&full_path(dir)) {
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            // Hidden and lock files (`.~lock.x.docx#`, `~$x.docx`) are no
            // input: opening a letter in an office program is no change.
            if name.starts_with('.') || name.starts_with("~$") {
                continue;
            }
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => self.walk(&path, depth + 1, out),
                // The entry's own metadata (no lookup of its whole path);
                // a link's is its target's.
                Ok(t) if t.is_file() => {
                    if let Some(stat) = entry.metadata().ok().and_then(|m| Stat::of(&m)) {
                        out.insert(path, stat);
                    }
                }
                _ => {
                    if let Some(stat) = stat(&path) {
                        out.insert(path, stat);
                    }
                }
            }
        }
    }
}

fn stat(path: &Path) -> Option<Stat> {
    std::fs::metadata(path).ok().and_then(|m| Stat::of(&m))
}

/// `path` made absolute and its links resolved where it exists, for
/// comparing folders however they were named.
fn full_path(path: &Path) -> PathBuf {
    path.canonicalize()
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// What changed from `before` to `after`, in a few words: the files by
/// name (three at most, then how many more), each added, changed or
/// removed.
pub fn describe(before: &Snapshot, after: &Snapshot) -> String {
    let mut changes: Vec<String> = Vec::new();
    for (path, stat) in after {
        match before.get(path) {
            None => changes.push(format!("{} added", path.display())),
            Some(was) if was != stat => changes.push(format!("{} changed", path.display())),
            Some(_) => {}
        }
    }
    for path in before.keys().filter(|p| !after.contains_key(*p)) {
        changes.push(format!("{} removed", path.display()));
    }
    changes.sort();
    const SHOWN: usize = 3;
    let more = changes.len().saturating_sub(SHOWN);
    changes.truncate(SHOWN);
    let mut text = changes.join(", ");
    if more > 0 {
        text.push_str(&format!(" and {more} more"));
    }
    if text.is_empty() {
        text.push_str("nothing changed");
    }
    crate::text::terminal_safe(&text).into_owned()
}

/// The lines `main` prints for an error that ends a command.
fn error_lines(err: &anyhow::Error) -> Vec<String> {
    let safe = |s: &str| crate::text::terminal_safe_but(s, &['\n']).into_owned();
    let mut lines = vec![format!("error: {}", safe(&err.to_string()))];
    let mut shown = err.to_string();
    for cause in err.chain().skip(1) {
        let cause = cause.to_string();
        if !shown.contains(&cause) {
            lines.push(format!("  caused by: {}", safe(&cause)));
            shown.push_str(&cause);
        }
    }
    lines
}

/// How one run went.
enum Outcome {
    /// Written: how many files, and how many were left as they were.
    Done {
        written: usize,
        unchanged: usize,
        ledger: Box<crate::ledger::Ledger>,
    },
    Failed,
}

/// Runs once with `cache`, leaving the files `held_back` out, printing
/// what a run prints: every line on the first run, on later runs the
/// warnings and notes that the run before did not print (`shown`), without
/// the summary lines.
fn update(
    args: &Args,
    cache: Option<Cache>,
    first: bool,
    held_back: &[PathBuf],
    shown: &mut HashSet<String>,
) -> Outcome {
    let quiet_args;
    let run_args = if first {
        args
    } else {
        // The summary lines are the update's line.
        quiet_args = Args {
            quiet: true,
            ..args.clone()
        };
        &quiet_args
    };
    let progress = first && !args.quiet;
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_once(run_args, cache, progress, held_back)
    }));
    match ran {
        Ok(Ok((summary, lines))) => {
            let mut now = HashSet::new();
            for line in lines {
                let timing = line.starts_with("timing: ");
                if first || timing || !shown.contains(&line) {
                    eprintln!("{line}");
                }
                if !timing {
                    now.insert(line);
                }
            }
            *shown = now;
            let written = summary.written;
            let unchanged = summary.files.len().saturating_sub(written);
            let ledger = Box::new(summary.ledger);
            drop(summary.consultation);
            Outcome::Done {
                written,
                unchanged,
                ledger,
            }
        }
        Ok(Err(err)) => {
            for line in error_lines(&err) {
                eprintln!("{line}");
            }
            Outcome::Failed
        }
        Err(_) => {
            // The panic's message is printed by the panic hook.
            Outcome::Failed
        }
    }
}

/// Sleeps `total`, waking early when Ctrl-C was pressed.
fn nap(total: Duration) {
    let step = Duration::from_millis(50);
    let end = Instant::now() + total;
    while !STOP.load(Ordering::SeqCst) {
        let now = Instant::now();
        if now >= end {
            break;
        }
        std::thread::sleep(step.min(end - now));
    }
}

/// `inspraak run --watch`.
pub fn execute(args: &Args) -> Result<()> {
    catch_signals();
    let watched = Watched::of(args);
    let ledger_path = args.inbox.ledger_path();
    let poll = Duration::from_millis(args.poll_ms);
    // One cache for the process: its entries stay in memory.
    let mut cache = (!args.no_cache).then(|| Cache::beside(&args.inbox.inbox).in_memory());
    if let Some(warning) = cache.as_ref().and_then(Cache::unwritable_warning) {
        eprintln!("{warning}");
    }
    let mut shown = HashSet::new();
    let mut baseline = watched.snapshot();
    let outcome = update(args, cache.clone(), true, &[], &mut shown);
    settle_ledger(&mut baseline, &ledger_path, &outcome);
    eprintln!(
        "watching {} for changes (Ctrl-C ends)",
        watched
            .folders
            .iter()
            .chain(&watched.files)
            .map(|p| if p.exists() {
                p.display().to_string()
            } else {
                format!("{} (not there yet)", p.display())
            })
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut pending: Option<Snapshot> = None;
    let mut arrival = Arrival::default();
    arrival.saw(&baseline, Instant::now());
    let mut count = 0usize;
    loop {
        nap(poll);
        if STOP.load(Ordering::SeqCst) {
            break;
        }
        let now = watched.snapshot();
        arrival.saw(&now, Instant::now());
        if now == baseline {
            pending = None;
            continue;
        }
        // Only once the files have stopped changing; new files still
        // growing (being copied in) are left for later once the rest has.
        let growing = match pending.as_ref() {
            Some(before) if *before != now => growing(&baseline, before, &now),
            Some(_) => Vec::new(),
            None => {
                pending = Some(now);
                continue;
            }
        };
        let settled = pending.as_ref() == Some(&now);
        let rest_settled = settled
            || (!growing.is_empty()
                && pending
                    .as_ref()
                    .is_some_and(|before| without(before, &growing) == without(&now, &growing)));
        if !settled {
            pending = Some(now.clone());
        }
        if !rest_settled {
            continue;
        }
        // A file that stopped changing but reads as cut off is most likely
        // still being copied (a share that pauses): waited for a while.
        let mut arriving = arrival.still_arriving(&baseline, &now, Instant::now());
        arriving.extend(growing);
        arriving.sort();
        arriving.dedup();
        // The rest is updated without the new files still arriving (a
        // decision is not held back by a big PDF being copied in); a file
        // being written over is waited for, its old state gone.
        let now = match without_arriving(&baseline, &now, &arriving) {
            _ if arriving.is_empty() => now,
            Some(rest) => {
                if arrival.announce(&arriving) {
                    eprintln!("{}", arriving_line(&arriving, true));
                }
                rest
            }
            None => {
                if settled && arrival.announce(&arriving) {
                    eprintln!("{}", arriving_line(&arriving, false));
                }
                continue;
            }
        };
        pending = None;
        if arriving.is_empty() {
            arrival.announced.clear();
        }
        count += 1;
        let what = describe(&baseline, &now);
        let started = Instant::now();
        cache = cache.map(|c| c.next_run());
        let outcome = update(args, cache.clone(), false, &arriving, &mut shown);
        let took = started.elapsed();
        baseline = now;
        settle_ledger(&mut baseline, &ledger_path, &outcome);
        let line = match &outcome {
            Outcome::Done {
                written, unchanged, ..
            } => format!(
                "update {count}: {what}: {written} file(s) written, {unchanged} unchanged in {} \
                 ({} ms)",
                args.out.display(),
                took.as_millis()
            ),
            Outcome::Failed => format!(
                "update {count}: {what}: failed ({} ms, see above); the outputs are as they \
                 were; watching on",
                took.as_millis()
            ),
        };
        eprintln!("{line}");
    }
    eprintln!("stopped watching");
    Ok(())
}

/// How long a changed file that reads as cut off ([`looks_cut_off`]) is
/// waited for: until it has been unchanged this long, it is taken to be
/// still arriving; after that it is read, and reported as damaged.
pub const ARRIVAL_WAIT: Duration = Duration::from_secs(10);

/// When each watched file was last seen changing, and which files the
/// watcher last said are still arriving.
#[derive(Debug, Default)]
pub struct Arrival {
    last: Snapshot,
    changed_at: HashMap<PathBuf, Instant>,
    announced: Vec<PathBuf>,
}

impl Arrival {
    /// Notes the files of `snapshot` (taken at `at`) that differ from the
    /// poll before.
    pub fn saw(&mut self, snapshot: &Snapshot, at: Instant) {
        for (path, stat) in snapshot {
            if self.last.get(path) != Some(stat) {
                self.changed_at.insert(path.clone(), at);
            }
        }
        self.changed_at.retain(|p, _| snapshot.contains_key(p));
        self.last.clone_from(snapshot);
    }

    /// The files changed from `baseline` to `now` that read as cut off and
    /// changed less than [`ARRIVAL_WAIT`] before `at`, by name.
    pub fn still_arriving(&self, baseline: &Snapshot, now: &Snapshot, at: Instant) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = now
            .iter()
            .filter(|(path, stat)| baseline.get(*path) != Some(*stat))
            .filter(|(path, _)| {
                self.changed_at
                    .get(*path)
                    .is_none_or(|t| at.saturating_duration_since(*t) < ARRIVAL_WAIT)
            })
            .map(|(path, _)| path)
            .filter(|path| looks_cut_off(path))
            .cloned()
            .collect();
        out.sort();
        out
    }

    /// Whether `arriving` is news to say (not the files said last time).
    pub fn announce(&mut self, arriving: &[PathBuf]) -> bool {
        if self.announced == arriving {
            return false;
        }
        self.announced = arriving.to_vec();
        true
    }
}

/// The files new since `baseline` that changed from `before` to `now`
/// (still being copied in), by name.
pub fn growing(baseline: &Snapshot, before: &Snapshot, now: &Snapshot) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = now
        .iter()
        .filter(|(path, stat)| !baseline.contains_key(*path) && before.get(*path) != Some(*stat))
        .map(|(path, _)| path.clone())
        .collect();
    out.sort();
    out
}

/// `snapshot` without the files `left_out`.
fn without(snapshot: &Snapshot, left_out: &[PathBuf]) -> Snapshot {
    let mut rest = snapshot.clone();
    for path in left_out {
        rest.remove(path);
    }
    rest
}

/// `now` without the files `arriving`, when they are all new since
/// `baseline` and something else changed: what an update can read now.
/// `None` when one of them was there before (being written over) or
/// nothing else changed: then the update waits for them.
pub fn without_arriving(
    baseline: &Snapshot,
    now: &Snapshot,
    arriving: &[PathBuf],
) -> Option<Snapshot> {
    if arriving.iter().any(|p| baseline.contains_key(p)) {
        return None;
    }
    let rest = without(now, arriving);
    (rest != *baseline).then_some(rest)
}

/// The line that says which files are still arriving; `rest_read` when
/// the other changes are read without them.
fn arriving_line(arriving: &[PathBuf], rest_read: bool) -> String {
    let names: Vec<String> = arriving.iter().map(|p| p.display().to_string()).collect();
    let rest = if rest_read {
        "; the other changes are read now"
    } else {
        ""
    };
    let text = format!(
        "waiting: {} still arriving (not complete yet); read once complete, or once unchanged \
         for {} s{rest}",
        names.join(", "),
        ARRIVAL_WAIT.as_secs()
    );
    crate::text::terminal_safe(&text).into_owned()
}

/// Whether the file at `path` reads as cut off: empty, a PDF without its
/// end marker `%%EOF` near its end, or a zip file (a `.docx`, `.odt`,
/// ...) without the end record of its central directory. Other files
/// (text, e-mail) cannot tell, and never do.
pub fn looks_cut_off(path: &Path) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    /// How far from its end a PDF's `%%EOF` may be (trailing bytes some
    /// writers add).
    const PDF_TAIL: u64 = 2048;
    /// A zip file's end record (22 bytes) and its comment (at most 65535).
    const ZIP_TAIL: u64 = 22 + 65_535;
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let Ok(len) = file.metadata().map(|m| m.len()) else {
        return false;
    };
    if len == 0 {
        return true;
    }
    let mut head = [0u8; 5];
    let Ok(n) = file.read(&mut head) else {
        return false;
    };
    let head = &head[..n];
    let (tail, marker): (u64, &[u8]) = if head.starts_with(b"%PDF") {
        (PDF_TAIL, b"%%EOF")
    } else if head.starts_with(b"PK\x03\x04") {
        (ZIP_TAIL, b"PK\x05\x06")
    } else {
        return false;
    };
    let from = len.saturating_sub(tail);
    if file.seek(SeekFrom::Start(from)).is_err() {
        return false;
    }
    let mut bytes = Vec::new();
    if file.take(tail).read_to_end(&mut bytes).is_err() {
        return false;
    }
    !bytes.windows(marker.len()).any(|w| w == marker)
}

/// After a run: when the ledger holds what the run left in it (read or
/// wrote), its state now is the baseline's, so the run's own write is no
/// change; when another program wrote it meanwhile, the baseline keeps the
/// state the run read, and the next poll starts another update. The state
/// is taken before the content is compared: a write in between shows as a
/// change.
fn settle_ledger(baseline: &mut Snapshot, path: &Path, outcome: &Outcome) {
    let Outcome::Done { ledger, .. } = outcome else {
        return;
    };
    let now = stat(path);
    if !ledger.file_is_current() {
        return;
    }
    match now {
        Some(stat) => baseline.insert(path.to_path_buf(), stat),
        None => baseline.remove(path),
    };
}

#[cfg(test)]
mod tests;
