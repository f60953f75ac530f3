//! The scale curve: runs the whole pipeline on generated consultations of
//! growing size and prints time and peak memory per size next to
//! `pdftotext` over the same PDFs.
//!
//! ```sh
//! cargo run --release --example scale -- --sizes 10,100,1000,10000
//! ```
//!
//! Per size it generates (once; kept in `target/scale/`) a consultation
//! with [`inspraak::synth`], then runs `target/release/inspraak run` as a
//! subprocess:
//!
//! - **cold**: `--no-cache`, every file extracted and split, with no output
//!   folder or ledger from an earlier run;
//! - **warm**: with the cache filled by a previous run, nothing changed;
//! - **+1**: with the cache, after adding one new response (then removed);
//!
//! each `--repeat` times (default 3; the table shows the median and the
//! range), and reports wall time and peak resident memory (`ru_maxrss` from
//! `wait4`), the stage timings of `--timings` (linking time per comment
//! shows whether linking grows linearly), and the time of `pdftotext` over
//! the same PDFs, sequential and with 2 parallel workers.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::Parser;
use inspraak::synth::{self, Spec};

/// Measure the pipeline on generated consultations of growing size.
#[derive(Debug, Parser)]
struct Args {
    /// Numbers of responses, comma separated
    #[arg(long, value_delimiter = ',', default_value = "10,100,1000,10000")]
    sizes: Vec<usize>,
    /// Pages of the generated draft
    #[arg(long, default_value_t = 40)]
    pages: usize,
    /// Generator seed
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The inspraak binary [default: build and use target/release/inspraak]
    #[arg(long, value_name = "FILE")]
    bin: Option<PathBuf>,
    /// Workers for the parallel pdftotext yardstick
    #[arg(long, default_value_t = 2)]
    jobs: usize,
    /// Skip the pdftotext yardstick
    #[arg(long)]
    no_pdftotext: bool,
    /// Largest size for which pdftotext also runs sequentially (it starts
    /// one process per file, which takes minutes for 10,000 files)
    #[arg(long, default_value_t = 1000)]
    sequential_max: usize,
    /// Cold, warm and +1 runs per size; the table shows the median and the
    /// range (this machine's timings drift by ±20%)
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Measure nothing: copy the consultation of each size (generated once)
    /// to `DIR/r<size>/inbox` and write `--extra` further responses, never
    /// in it, to `DIR/r<size>/extra/responses`, for timing warm and +1 runs
    /// by hand (`inspraak run --inbox DIR/r1000/inbox --timings`, adding one
    /// extra response before a run)
    #[arg(long, value_name = "DIR")]
    prepare: Option<PathBuf>,
    /// Extra responses written by `--prepare`
    #[arg(long, default_value_t = 20)]
    extra: usize,
    /// Measure one +1 update inside `inspraak run --watch` against a fresh
    /// process's +1 run and a cold run, on the consultations that
    /// `--prepare DIR` made (`DIR/r<size>`; it needs 2 × `--rounds` extra
    /// responses)
    #[arg(long, value_name = "DIR")]
    watch_bench: Option<PathBuf>,
    /// +1 updates (and fresh +1 runs) measured by `--watch-bench`
    #[arg(long, default_value_t = 20)]
    rounds: usize,
    /// Cold runs measured by `--watch-bench`
    #[arg(long, default_value_t = 2)]
    colds: usize,
    /// `--poll-ms` of the watcher in `--watch-bench`
    #[arg(long, default_value_t = 200)]
    poll_ms: u64,
}

/// One measured run of a subprocess.
#[derive(Debug, Clone, Default)]
struct Measured {
    wall: Duration,
    /// Peak resident set size in bytes (0 when unknown).
    peak_rss: u64,
    /// CPU time (user and system) of the process and its threads.
    cpu: Duration,
    /// `timing: ...` lines printed by `inspraak run --timings`.
    stages: Vec<(String, f64, Option<usize>)>,
}

impl Measured {
    fn stage_ms(&self, name: &str) -> Option<f64> {
        self.stages.iter().find(|s| s.0 == name).map(|s| s.1)
    }

    fn stage_items(&self, name: &str) -> Option<usize> {
        self.stages.iter().find(|s| s.0 == name).and_then(|s| s.2)
    }
}

/// Runs `cmd` to completion, measuring wall time and peak memory.
fn measure(cmd: &mut Command) -> Result<Measured> {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("failed to start {cmd:?}"))?;
    let pid = child.id();
    let mut stderr = child.stderr.context("no stderr")?;
    // Read stderr on a thread so a chatty child never blocks on the pipe.
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut s);
        s
    });
    let (ok, peak_rss, cpu) = wait(pid)?;
    let wall = start.elapsed();
    let err = reader.join().unwrap_or_default();
    if !ok {
        bail!("{cmd:?} failed:\n{err}");
    }
    Ok(Measured {
        wall,
        peak_rss,
        cpu,
        stages: err.lines().filter_map(parse_timing).collect(),
    })
}

/// Waits for `pid`; whether it succeeded, its peak RSS in bytes and its
/// CPU time.
#[cfg(unix)]
fn wait(pid: u32) -> Result<(bool, u64, Duration)> {
    let mut status = 0;
    // SAFETY: rusage is plain old data; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    if r < 0 {
        bail!("wait4 failed: {}", std::io::Error::last_os_error());
    }
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    let cpu = time(usage.ru_utime) + time(usage.ru_stime);
    // Linux reports kilobytes.
    Ok((ok, usage.ru_maxrss as u64 * 1024, cpu))
}

#[cfg(not(unix))]
fn wait(_pid: u32) -> Result<(bool, u64, Duration)> {
    bail!("the scale benchmark measures memory with wait4 and runs on Unix only")
}

/// `timing: link: 12.3 ms (4312 comments)` → (`link`, 12.3, Some(4312)).
fn parse_timing(line: &str) -> Option<(String, f64, Option<usize>)> {
    let rest = line.strip_prefix("timing: ")?;
    let (name, rest) = rest.split_once(": ")?;
    let (ms, rest) = rest.split_once(" ms")?;
    let items = rest
        .trim()
        .strip_prefix('(')
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok());
    Some((name.to_string(), ms.parse().ok()?, items))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The inspraak binary: the given one, or a fresh release build.
fn binary(args: &Args) -> Result<PathBuf> {
    if let Some(bin) = &args.bin {
        return Ok(bin.clone());
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--quiet", "--bin", "inspraak"])
        .current_dir(root())
        .status()
        .context("failed to run cargo build")?;
    if !status.success() {
        bail!("cargo build --release failed");
    }
    Ok(root().join("target/release/inspraak"))
}

/// The generated consultation for `spec`, generated on first use.
fn consultation(spec: &Spec) -> Result<PathBuf> {
    let dir = root().join("target/scale").join(format!(
        "r{}-p{}-s{}-g{}",
        spec.responses,
        spec.pages,
        spec.seed,
        synth::VERSION
    ));
    let inbox = dir.join("inbox");
    let done = dir.join(".complete");
    if done.exists() {
        return Ok(inbox);
    }
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    let start = Instant::now();
    let s = synth::generate(spec, &inbox)
        .with_context(|| format!("failed to generate into `{}`", inbox.display()))?;
    std::fs::write(&done, b"")?;
    eprintln!(
        "  generated {} responses ({} PDF, {:.1} MiB) in {:.1} s",
        spec.responses,
        s.pdf_responses,
        s.bytes as f64 / (1 << 20) as f64,
        start.elapsed().as_secs_f64()
    );
    Ok(inbox)
}

fn run_cmd(bin: &Path, inbox: &Path, out: &Path, cache: bool) -> Command {
    let mut cmd = Command::new(bin);
    cmd.arg("run")
        .arg("--inbox")
        .arg(inbox)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--timings"]);
    if !cache {
        cmd.arg("--no-cache");
    }
    cmd
}

/// All PDFs of an inbox (drafts and responses).
fn pdfs(inbox: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for sub in ["drafts", "responses"] {
        for e in std::fs::read_dir(inbox.join(sub))? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Time of `pdftotext FILE -` over `files` with `jobs` parallel workers.
fn pdftotext(files: &[PathBuf], jobs: usize) -> Result<Duration> {
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    std::thread::scope(|s| -> Result<()> {
        let workers: Vec<_> = (0..jobs.max(1))
            .map(|_| {
                s.spawn(|| -> Result<()> {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(f) = files.get(i) else { return Ok(()) };
                        let st = Command::new("pdftotext")
                            .arg("-q")
                            .arg(f)
                            .arg("-")
                            .stdout(Stdio::null())
                            .status()?;
                        if !st.success() {
                            bail!("pdftotext failed on {}", f.display());
                        }
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().map_err(|_| anyhow::anyhow!("worker panicked"))??;
        }
        Ok(())
    })?;
    Ok(start.elapsed())
}

fn have_pdftotext() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// Everything measured for one size.
struct Row {
    size: usize,
    pdfs: usize,
    comments: usize,
    cold: Measured,
    warm: Measured,
    plus_one: Measured,
    /// Fastest and slowest of the repeated runs.
    cold_range: (Duration, Duration),
    warm_range: (Duration, Duration),
    plus_one_range: (Duration, Duration),
    pdftotext_seq: Option<Duration>,
    pdftotext_par: Option<Duration>,
}

/// The generated consultation of `size` responses the arguments ask for.
fn spec_of(args: &Args, size: usize) -> Spec {
    Spec {
        responses: size,
        pages: args.pages,
        seed: args.seed,
        ..Spec::default()
    }
}

fn measure_size(args: &Args, bin: &Path, size: usize, yardstick: bool) -> Result<Row> {
    eprintln!("size {size}:");
    let spec = spec_of(args, size);
    let inbox = consultation(&spec)?;
    let base = inbox.parent().context("inbox has a parent")?;
    let out = base.join("output");
    let cache_dir = base.join(".inspraak-cache");
    let repeat = args.repeat.max(1);
    // Cold: nothing from an earlier run, no cache, no previous output to
    // reuse, no ledger (it records the response numbers).
    let mut colds = Vec::new();
    for _ in 0..repeat {
        if cache_dir.exists() {
            std::fs::remove_dir_all(&cache_dir)?;
        }
        if out.exists() {
            std::fs::remove_dir_all(&out)?;
        }
        for ledger in ["ledger.toml", "ledger.toml.bak"] {
            let path = base.join(ledger);
            if path.exists() {
                std::fs::remove_file(path)?;
            }
        }
        let cold = measure(&mut run_cmd(bin, &inbox, &out, false))?;
        eprintln!("  cold run {:.2} s", cold.wall.as_secs_f64());
        colds.push(cold);
    }
    // Fill the cache, then measure runs that find everything in it.
    measure(&mut run_cmd(bin, &inbox, &out, true))?;
    let mut warms = Vec::new();
    for _ in 0..repeat {
        let warm = measure(&mut run_cmd(bin, &inbox, &out, true))?;
        eprintln!("  warm run {:.2} s", warm.wall.as_secs_f64());
        warms.push(warm);
    }
    // +1: each time another new response (a true miss), removed again
    // and the state restored by a run that is not measured.
    let draft = synth::draft(spec.seed, spec.pages);
    let mut plus_ones = Vec::new();
    for k in 0..repeat {
        let added = synth::write_response(&spec, &draft, size + k, &inbox)?;
        let plus_one = measure(&mut run_cmd(bin, &inbox, &out, true));
        std::fs::remove_file(&added)?;
        let plus_one = plus_one?;
        eprintln!("  +1 response {:.2} s", plus_one.wall.as_secs_f64());
        plus_ones.push(plus_one);
        measure(&mut run_cmd(bin, &inbox, &out, true))?;
    }
    let (cold, cold_range) = median(colds);
    let (warm, warm_range) = median(warms);
    let (plus_one, plus_one_range) = median(plus_ones);
    let files = pdfs(&inbox)?;
    let (pdftotext_seq, pdftotext_par) = if yardstick {
        let seq = if size <= args.sequential_max {
            Some(pdftotext(&files, 1)?)
        } else {
            None
        };
        let par = pdftotext(&files, args.jobs)?;
        eprintln!(
            "  pdftotext {} s sequential, {:.2} s with {} workers",
            seq.map_or_else(|| "(skipped)".to_string(), secs),
            par.as_secs_f64(),
            args.jobs
        );
        (seq, Some(par))
    } else {
        (None, None)
    };
    Ok(Row {
        size,
        pdfs: files.len(),
        comments: cold.stage_items("link").unwrap_or(0),
        cold,
        warm,
        plus_one,
        cold_range,
        warm_range,
        plus_one_range,
        pdftotext_seq,
        pdftotext_par,
    })
}

/// The run of median wall time, with the fastest and slowest times.
fn median(mut runs: Vec<Measured>) -> (Measured, (Duration, Duration)) {
    runs.sort_by_key(|m| m.wall);
    let range = (
        runs.first().map_or(Duration::ZERO, |m| m.wall),
        runs.last().map_or(Duration::ZERO, |m| m.wall),
    );
    let mid = runs.len() / 2;
    (runs.swap_remove(mid), range)
}

/// `1.23 (1.10–1.40)` for more than one run.
fn spread(d: Duration, range: (Duration, Duration)) -> String {
    if range.0 == range.1 {
        secs(d)
    } else {
        format!("{} ({}–{})", secs(d), secs(range.0), secs(range.1))
    }
}

fn secs(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64())
}

fn table(rows: &[Row], jobs: usize) -> String {
    let mut t = String::new();
    t.push_str(&format!(
        "| responses | PDFs | comments | cold run s, median (range) | peak RSS MiB | warm run s | +1 response s (% of cold, medians) | pdftotext s (1 / {jobs} workers) | cold ÷ pdftotext ({jobs}) | link ms | link µs/comment |\n"
    ));
    t.push_str("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for r in rows {
        let yard = match (r.pdftotext_seq, r.pdftotext_par) {
            (Some(s), Some(p)) => format!("{} / {}", secs(s), secs(p)),
            (None, Some(p)) => format!("– / {}", secs(p)),
            _ => "skipped".to_string(),
        };
        let ratio = r
            .pdftotext_par
            .map(|p| format!("{:.2}", r.cold.wall.as_secs_f64() / p.as_secs_f64()))
            .unwrap_or_else(|| "–".into());
        let link = r.cold.stage_ms("link").unwrap_or(0.0);
        let per_comment = if r.comments > 0 {
            format!("{:.2}", link * 1000.0 / r.comments as f64)
        } else {
            "–".into()
        };
        t.push_str(&format!(
            "| {} | {} | {} | {} | {:.0} | {} | {} ({:.1}%) | {} | {} | {:.1} | {} |\n",
            r.size,
            r.pdfs,
            r.comments,
            spread(r.cold.wall, r.cold_range),
            r.cold.peak_rss as f64 / (1 << 20) as f64,
            spread(r.warm.wall, r.warm_range),
            spread(r.plus_one.wall, r.plus_one_range),
            100.0 * r.plus_one.wall.as_secs_f64() / r.cold.wall.as_secs_f64(),
            yard,
            ratio,
            link,
            per_comment
        ));
    }
    t
}

/// Stage times of one kind of run, one row per size.
fn stage_table(rows: &[Row], run: fn(&Row) -> &Measured) -> String {
    let mut names: Vec<String> = Vec::new();
    for r in rows {
        for (n, _, _) in &run(r).stages {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
    }
    let mut t = format!("| responses | {} |\n", names.join(" ms | ") + " ms");
    t.push_str(&format!("|---:|{}\n", "---:|".repeat(names.len())));
    for r in rows {
        let cells: Vec<String> = names
            .iter()
            .map(|n| {
                run(r)
                    .stage_ms(n)
                    .map_or_else(|| "–".into(), |ms| format!("{ms:.0}"))
            })
            .collect();
        t.push_str(&format!("| {} | {} |\n", r.size, cells.join(" | ")));
    }
    t
}

/// `--prepare`: the consultation of `size` copied to `dir/r<size>/inbox`,
/// and `extra` new responses in `dir/r<size>/extra/responses`.
fn prepare(args: &Args, dir: &Path, size: usize) -> Result<()> {
    let spec = spec_of(args, size);
    let inbox = consultation(&spec)?;
    let base = dir.join(format!("r{size}"));
    if base.exists() {
        bail!("`{}` exists already: remove it first", base.display());
    }
    copy_dir(&inbox, &base.join("inbox"))?;
    let draft = synth::draft(spec.seed, spec.pages);
    let extra = base.join("extra");
    for k in 0..args.extra {
        synth::write_response(&spec, &draft, size + k, &extra)?;
    }
    eprintln!(
        "size {size}: consultation in {}, {} extra responses in {}",
        base.join("inbox").display(),
        args.extra,
        extra.join("responses").display()
    );
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), &target)?;
        }
    }
    Ok(())
}

fn main() -> Result<()> {
    let args = Args::parse();
    if let Some(dir) = &args.watch_bench {
        let bin = binary(&args)?;
        for &size in &args.sizes {
            watch_bench(&args, &bin, &dir.join(format!("r{size}")))?;
        }
        return Ok(());
    }
    if let Some(dir) = &args.prepare {
        for &size in &args.sizes {
            prepare(&args, dir, size)?;
        }
        return Ok(());
    }
    let bin = binary(&args)?;
    let yardstick = !args.no_pdftotext && have_pdftotext();
    if !args.no_pdftotext && !yardstick {
        eprintln!("note: pdftotext not found (apt-get install poppler-utils); yardstick skipped");
    }
    let mut rows = Vec::new();
    for &size in &args.sizes {
        rows.push(measure_size(&args, &bin, size, yardstick)?);
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let report = format!(
        "Draft of {} pages, seed {}, {} CPU core(s) available.\n\n{}\nStage times of the cold runs:\n\n{}\nStage times of the +1 runs:\n\n{}",
        args.pages,
        args.seed,
        cores,
        table(&rows, args.jobs),
        stage_table(&rows, |r| &r.cold),
        stage_table(&rows, |r| &r.plus_one)
    );
    std::io::stdout().write_all(report.as_bytes())?;
    let path = root().join("target/scale/report.md");
    std::fs::write(&path, &report)
        .with_context(|| format!("failed to write `{}`", path.display()))?;
    eprintln!("(also written to {})", path.display());
    Ok(())
}

/// CPU time (user and system, all threads, finished ones too) of the
/// running process `pid`, from `/proc/<pid>/stat` (in clock ticks of
/// 10 ms).
fn proc_cpu(pid: u32) -> Result<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .with_context(|| format!("failed to read /proc/{pid}/stat (Linux only)"))?;
    // After the command name in brackets: state is field 3, utime 14, stime 15.
    let after = stat
        .rsplit_once(')')
        .map(|(_, a)| a)
        .context("odd /proc stat")?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| -> Result<u64> {
        fields
            .get(i)
            .context("short /proc stat")?
            .parse::<u64>()
            .context("odd /proc stat field")
    };
    // utime and stime are fields 14 and 15: 12 and 13 after the name.
    // SAFETY: sysconf only reads a system constant.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Ok(Duration::from_millis((ticks(11)? + ticks(12)?) * 1000 / hz))
}

/// A running `inspraak run --watch` with its stderr lines on a channel.
struct Watcher {
    child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Watcher {
    fn start(bin: &Path, base: &Path, poll_ms: u64) -> Result<Watcher> {
        let mut child = Command::new(bin)
            .args([
                "run", "--inbox", "inbox", "--out", "output", "--quiet", "--watch",
            ])
            .args(["--poll-ms", &poll_ms.to_string()])
            .current_dir(base)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .context("failed to start the watcher")?;
        let stderr = child.stderr.take().context("no stderr")?;
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Watcher { child, lines })
    }

    /// The next line that starts with `prefix` (others are echoed).
    fn wait_for(&self, prefix: &str) -> Result<String> {
        loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(600))
                .with_context(|| format!("no `{prefix}` line from the watcher"))?;
            if line.starts_with(prefix) {
                return Ok(line);
            }
            eprintln!("  watcher: {line}");
        }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `update 3: ... (412 ms)` → 412 ms.
fn update_ms(line: &str) -> Option<Duration> {
    let (_, tail) = line.rsplit_once('(')?;
    let ms = tail.strip_suffix(" ms)")?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ms))
}

fn stats(label: &str, cpu: &[Duration], wall: &[Duration]) -> String {
    let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
    let median = |v: &[Duration]| {
        let mut v: Vec<f64> = v.iter().map(ms).collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    let mean = |v: &[Duration]| v.iter().map(ms).sum::<f64>() / v.len().max(1) as f64;
    format!(
        "| {label} | {} | {:.0} | {:.0} | {:.0} | {:.0} |\n",
        cpu.len(),
        median(cpu),
        mean(cpu),
        median(wall),
        mean(wall)
    )
}

/// `--watch-bench`: on `base` (from `--prepare`), `--rounds` +1 updates in
/// one watching process (add an extra response, wait for the update's
/// line, remove it, wait again: only the adds are measured; CPU from
/// `/proc/<pid>/stat` before the add and after the line, so it includes
/// the polls while the new file settles), each followed by a fresh-process
/// +1 run in a copy of the consultation (`<base>-fresh`, another extra
/// response: each a true miss; removed again and restored by an
/// unmeasured run), so the two are measured side by side in time; then
/// `--colds` cold runs.
fn watch_bench(args: &Args, bin: &Path, base: &Path) -> Result<()> {
    let mut extras: Vec<PathBuf> = std::fs::read_dir(base.join("extra/responses"))
        .with_context(|| format!("no extra responses in `{}`: run --prepare", base.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    extras.sort();
    let rounds = args.rounds.max(1);
    if extras.len() < 2 * rounds {
        bail!(
            "{} extra responses for {rounds} rounds: prepare with --extra {}",
            extras.len(),
            2 * rounds
        );
    }
    let fresh_base = base.with_file_name(format!(
        "{}-fresh",
        base.file_name().context("a name")?.to_string_lossy()
    ));
    if !fresh_base.exists() {
        copy_dir(&base.join("inbox"), &fresh_base.join("inbox"))?;
    }
    let plain = |bin: &Path, dir: &Path| {
        let mut cmd = Command::new(bin);
        cmd.args(["run", "--inbox", "inbox", "--out", "output", "--quiet"])
            .current_dir(dir);
        cmd
    };
    // Warm up: the cache and output as a warm run leaves them.
    measure(&mut plain(bin, base))?;
    measure(&mut plain(bin, &fresh_base))?;
    let add = |extra: &Path, dir: &Path| -> Result<PathBuf> {
        let to = dir
            .join("inbox/responses")
            .join(extra.file_name().context("a name")?);
        std::fs::copy(extra, &to)?;
        Ok(to)
    };

    // One watching process.
    let watcher = Watcher::start(bin, base, args.poll_ms)?;
    watcher.wait_for("watching ")?;
    let pid = watcher.child.id();
    // What polling costs: CPU over an idle stretch.
    let idle = Duration::from_secs(5);
    let before = proc_cpu(pid)?;
    std::thread::sleep(idle);
    let per_poll = (proc_cpu(pid)? - before).as_secs_f64() * 1000.0
        / (idle.as_millis() as f64 / args.poll_ms as f64);
    let (mut w_cpu, mut w_wall, mut w_seen) = (Vec::new(), Vec::new(), Vec::new());
    let (mut f_cpu, mut f_wall) = (Vec::new(), Vec::new());
    for i in 0..rounds {
        let cpu0 = proc_cpu(pid)?;
        let t0 = Instant::now();
        let added = add(&extras[i], base)?;
        let line = watcher.wait_for("update ")?;
        let seen = t0.elapsed();
        let cpu1 = proc_cpu(pid)?;
        if line.contains("failed") {
            bail!("update failed: {line}");
        }
        let took = update_ms(&line).context("no time in the update line")?;
        w_cpu.push(cpu1 - cpu0);
        w_wall.push(took);
        w_seen.push(seen);
        std::fs::remove_file(&added)?;
        watcher.wait_for("update ")?;

        let added = add(&extras[rounds + i], &fresh_base)?;
        let m = measure(&mut plain(bin, &fresh_base))?;
        std::fs::remove_file(&added)?;
        measure(&mut plain(bin, &fresh_base))?;
        eprintln!(
            "  #{}: watch +1 update {} ms, cpu {} ms (line after {} ms); fresh +1 wall {} ms, \
             cpu {} ms",
            i + 1,
            took.as_millis(),
            (cpu1 - cpu0).as_millis(),
            seen.as_millis(),
            m.wall.as_millis(),
            m.cpu.as_millis()
        );
        f_cpu.push(m.cpu);
        f_wall.push(m.wall);
    }
    // SAFETY: a signal to the child this bench started.
    unsafe { libc::kill(pid as libc::pid_t, libc::SIGINT) };
    watcher.wait_for("stopped watching")?;
    drop(watcher);
    let warm = measure(&mut plain(bin, &fresh_base))?;
    let inbox = base.join("inbox");

    // Cold runs: a copy with no cache, output or ledger.
    let cold_base = base.join("cold");
    let (mut c_cpu, mut c_wall) = (Vec::new(), Vec::new());
    for i in 0..args.colds {
        if cold_base.exists() {
            std::fs::remove_dir_all(&cold_base)?;
        }
        copy_dir(&inbox, &cold_base.join("inbox"))?;
        let mut cmd = Command::new(bin);
        cmd.args([
            "run",
            "--inbox",
            "inbox",
            "--out",
            "output",
            "--quiet",
            "--no-cache",
        ])
        .current_dir(&cold_base);
        let m = measure(&mut cmd)?;
        eprintln!(
            "  cold #{}: wall {:.2} s, cpu {:.2} s",
            i + 1,
            m.wall.as_secs_f64(),
            m.cpu.as_secs_f64()
        );
        c_cpu.push(m.cpu);
        c_wall.push(m.wall);
    }
    if cold_base.exists() {
        std::fs::remove_dir_all(&cold_base)?;
    }
    let mut report = format!(
        "{}: watcher polling every {} ms costs {per_poll:.1} ms CPU per poll; a warm fresh run \
         (nothing changed) {} ms CPU, {} ms wall\n\n| run | n | CPU median ms | CPU mean ms | \
         wall median ms | wall mean ms |\n|---|---|---|---|---|---|\n",
        base.display(),
        args.poll_ms,
        warm.cpu.as_millis(),
        warm.wall.as_millis()
    );
    report.push_str(&stats("watch +1 (update)", &w_cpu, &w_wall));
    report.push_str(&stats("watch +1 (add to line)", &w_cpu, &w_seen));
    report.push_str(&stats("fresh +1", &f_cpu, &f_wall));
    if !c_cpu.is_empty() {
        report.push_str(&stats("cold", &c_cpu, &c_wall));
    }
    let mut diffs: Vec<f64> = w_cpu
        .iter()
        .zip(&f_cpu)
        .map(|(w, f)| (w.as_secs_f64() - f.as_secs_f64()) * 1000.0)
        .collect();
    let lower = diffs.iter().filter(|d| **d < 0.0).count();
    diffs.sort_by(f64::total_cmp);
    report.push_str(&format!(
        "\npaired (watch +1 update − fresh +1, same round): CPU median {:+.0} ms, watch lower in \
         {lower} of {}\n",
        diffs.get(diffs.len() / 2).copied().unwrap_or(0.0),
        diffs.len()
    ));
    std::io::stdout().write_all(report.as_bytes())?;
    Ok(())
}
