//! Runs one file's work in isolation: a panic is caught and a time limit is
//! enforced, so one damaged or hostile file can never stop the others.
//!
//! The job runs on a worker thread of its own (with a private rayon pool for
//! any parallel code inside it); the caller waits for its answer on a
//! channel with a deadline. A job past its deadline cannot be
//! stopped from outside (Rust threads cannot be killed): it is left to run
//! in the background, its result is thrown away when it arrives, and the
//! process ends it when the run is over. The limit bounds how long the run
//! *waits*, which is what the user sees.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

/// Time limit per input file when none is configured (`--file-timeout`).
/// Generous: the slowest real PDF in the reference corpus takes well under a
/// second; a file that needs a minute is broken or built to hang a reader.
pub const DEFAULT_FILE_TIMEOUT: Duration = Duration::from_secs(60);

/// Why an isolated job gave no result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The job panicked; the panic's message when it had one.
    Panicked(Option<String>),
    /// The job was still running when the limit passed.
    TimedOut(Duration),
}

impl Failure {
    /// The kind of problem, for the memo: a file that took too long is
    /// treated as too complex, a crash as an internal error.
    pub fn kind(&self) -> crate::model::ProblemKind {
        match self {
            Failure::Panicked(_) => crate::model::ProblemKind::Failed,
            Failure::TimedOut(_) => crate::model::ProblemKind::TooComplex,
        }
    }

    /// [`Failure::message`] with its kind.
    pub fn error(&self, file: &str, stage: &str) -> crate::model::FileError {
        crate::model::FileError::new(self.kind(), self.message(file, stage))
    }

    /// A message for the user about `file` at `stage` ("read", "split into
    /// comments"), saying what to do.
    pub fn message(&self, file: &str, stage: &str) -> String {
        match self {
            Failure::Panicked(detail) => {
                let detail = detail
                    .as_deref()
                    .map(|d| format!(" ({})", shorten(d, 120)))
                    .unwrap_or_default();
                format!(
                    "`{file}` could not be {stage}: inspraak crashed on it{detail}. This is an \
                     internal error; please report it with the file. Meanwhile convert it to a \
                     new PDF (print to PDF) and try again"
                )
            }
            Failure::TimedOut(limit) => format!(
                "`{file}` could not be {stage}: it took longer than {} s; the file may be damaged \
                 or hostile; convert it to a new PDF (print to PDF) and replace it, or raise the \
                 limit with --file-timeout",
                limit.as_secs_f64()
            ),
        }
    }
}

/// Runs `job` on a worker thread, catching panics and waiting at most
/// `limit` for it. When no thread can be started (the system is out of
/// threads) the job runs here, still with panics caught but without the
/// time limit.
pub fn isolated<T, F>(name: &str, limit: Duration, job: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (tx, rx) = mpsc::sync_channel(1);
    // Shared so that the job can still run here when no thread starts.
    let job = Arc::new(Mutex::new(Some(job)));
    let spawned = std::thread::Builder::new()
        .name(format!("inspraak: {}", shorten(name, 40)))
        .spawn({
            let job = Arc::clone(&job);
            move || {
                if let Some(job) = take(&job) {
                    // The receiver may be gone (timed out): nothing to do then.
                    let _ = tx.send(in_private_pool(job));
                }
            }
        });
    match spawned {
        Ok(_detached) => match rx.recv_timeout(limit) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => Err(Failure::TimedOut(limit)),
            // The thread ended without sending: only a panic while sending.
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(Failure::Panicked(None)),
        },
        Err(_) => match take(&job) {
            Some(job) => catch(job),
            None => Err(Failure::Panicked(None)),
        },
    }
}

/// Runs `job` (panics caught) in a one-thread rayon pool of its own.
///
/// Parallel code inside the job (lopdf parses objects with rayon) must not
/// wait for the global pool: its threads may all be blocked waiting for
/// isolated jobs, one of which would be this one — a deadlock that only the
/// time limit would end.
fn in_private_pool<T: Send>(job: impl FnOnce() -> T + Send) -> Result<T, Failure> {
    match rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "inspraak: isolated".into())
        .build()
    {
        Ok(pool) => pool.install(|| catch(job)),
        Err(_) => catch(job),
    }
}

/// Takes the job out of its slot (a poisoned lock still holds it).
fn take<F>(slot: &Mutex<Option<F>>) -> Option<F> {
    match slot.lock() {
        Ok(mut guard) => guard.take(),
        Err(poisoned) => poisoned.into_inner().take(),
    }
}

/// Runs `job` here, turning a panic into [`Failure::Panicked`].
pub fn catch<T>(job: impl FnOnce() -> T) -> Result<T, Failure> {
    catch_unwind(AssertUnwindSafe(job)).map_err(|payload| {
        let detail = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned());
        Failure::Panicked(detail)
    })
}

/// `text` on one line, at most `max` characters.
fn shorten(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

#[cfg(test)]
mod tests;
