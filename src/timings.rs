//! Wall-clock time per pipeline stage, shown by `inspraak run --timings`
//! and read by `examples/scale.rs` to show how each stage grows with the
//! size of a consultation.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One measured stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    /// Short stage name (`link`).
    pub name: &'static str,
    pub elapsed: Duration,
    /// How many items the stage handled and what they are (`4312 comments`).
    pub items: Option<(usize, &'static str)>,
    /// When it ended, counted from the making of the [`Timings`]: shows
    /// which stages ran side by side and which one the run waited for.
    pub ended_at: Duration,
}

/// Collects stage times; shared between the pipeline and the caller.
#[derive(Debug)]
pub struct Timings {
    started: Instant,
    stages: Mutex<Vec<Stage>>,
}

impl Default for Timings {
    fn default() -> Timings {
        Timings {
            started: Instant::now(),
            stages: Mutex::default(),
        }
    }
}

impl Timings {
    /// Runs `f` and records its time under `name`.
    pub fn time<T>(&self, name: &'static str, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        self.record(name, start.elapsed(), None);
        out
    }

    /// Records a stage.
    pub fn record(
        &self,
        name: &'static str,
        elapsed: Duration,
        items: Option<(usize, &'static str)>,
    ) {
        if let Ok(mut stages) = self.stages.lock() {
            stages.push(Stage {
                name,
                elapsed,
                items,
                ended_at: self.started.elapsed(),
            });
        }
    }

    /// The stages in the order they were recorded.
    pub fn stages(&self) -> Vec<Stage> {
        self.stages.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// One line per stage:
    /// `timing: link: 12.3 ms (4312 comments), ended at 45.1 ms`.
    pub fn lines(&self) -> Vec<String> {
        self.stages()
            .iter()
            .map(|s| {
                let ms = s.elapsed.as_secs_f64() * 1000.0;
                let end = s.ended_at.as_secs_f64() * 1000.0;
                match s.items {
                    Some((n, what)) => format!(
                        "timing: {}: {ms:.1} ms ({n} {what}), ended at {end:.1} ms",
                        s.name
                    ),
                    None => format!("timing: {}: {ms:.1} ms, ended at {end:.1} ms", s.name),
                }
            })
            .collect()
    }
}

/// Runs `f`, recording its time in `timings` when there is one.
pub fn time<T>(timings: Option<&Timings>, name: &'static str, f: impl FnOnce() -> T) -> T {
    match timings {
        Some(t) => t.time(name, f),
        None => f(),
    }
}

#[cfg(test)]
mod tests;
