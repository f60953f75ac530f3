//! The whole run: inbox → [`Consultation`] → output folder.
//!
//! Every file is processed in isolation: an error or a panic while reading
//! one file is recorded as that file's problem and the others go on.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::cache::Cache;
use crate::inbox::{file_name, Inbox};
use crate::ledger::Ledger;
use crate::model::{
    Consultation, Document, FileStatus, Problem, RespondentKind, Response, Version,
};
use crate::{compare, extract, ids, link, split, structure, timings};

/// How stages 1–6 run.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Reuse extraction results of unchanged files.
    pub cache: Option<Cache>,
    /// Show a progress bar (only when stderr is a terminal).
    pub progress: bool,
    /// Record the time of each stage here.
    pub timings: Option<std::sync::Arc<crate::timings::Timings>>,
}

/// Reads one file, turning errors and panics into a message.
pub fn read_document(path: &Path, cache: Option<&Cache>) -> Result<Document, String> {
    let file = file_name(path);
    let bytes = std::fs::read(path).map_err(|e| format!("`{file}` could not be read: {e}"))?;
    let key = cache.map(|c| c.key(&bytes));
    if let (Some(cache), Some(key)) = (cache, &key) {
        if let Some(doc) = cache.get_document(key, &file) {
            return Ok(doc);
        }
    }
    match extract_guarded(&file, &bytes) {
        Ok(doc) => {
            if let (Some(cache), Some(key)) = (cache, &key) {
                cache.put_document(key, &doc);
            }
            Ok(doc)
        }
        Err(e) => Err(e),
    }
}

/// Extracts `bytes`, turning errors and panics into a message.
fn extract_guarded(file: &str, bytes: &[u8]) -> Result<Document, String> {
    match catch_unwind(AssertUnwindSafe(|| extract::extract_bytes(file, bytes))) {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!(
            "`{file}` could not be read: the reader crashed on it (an internal error; please report it \
             with the file). Convert it to a new PDF and try again"
        )),
    }
}

/// Label for a version from settings or its position.
fn version_label(inbox: &Inbox, index: usize, path: &Path) -> String {
    let name = file_name(path);
    if let Some(label) = inbox
        .settings
        .drafts
        .get(&name)
        .and_then(|d| d.label.clone())
    {
        return label;
    }
    let n = inbox.drafts.len();
    if index == 0 {
        "Inspraakversie".to_string()
    } else if index + 1 == n {
        "Definitief".to_string()
    } else {
        format!("Versie {}", index + 1)
    }
}

/// Reads the versions of the vision. Drafts that cannot be read are problems.
pub fn read_versions(
    inbox: &Inbox,
    opts: &BuildOptions,
    problems: &mut Vec<Problem>,
) -> Vec<Version> {
    let docs: Vec<_> = inbox
        .drafts
        .par_iter()
        .map(|p| (p, read_document(p, opts.cache.as_ref())))
        .collect();
    let mut versions = Vec::new();
    for (i, (path, doc)) in docs.into_iter().enumerate() {
        match doc {
            Ok(doc) => {
                let label = version_label(inbox, i, path);
                versions.push(structure::parse_version(&doc, &label));
            }
            Err(message) => problems.push(Problem {
                file: format!("drafts/{}", file_name(path)),
                message,
            }),
        }
    }
    versions
}

/// Reads and splits one response: its id and letter, from the cache when
/// the same bytes were split before by the same build of the tool. The
/// file's bytes are dropped before returning.
pub fn read_letter(path: &Path, cache: Option<&Cache>) -> Result<(String, split::Letter), String> {
    let file = file_name(path);
    let bytes = std::fs::read(path).map_err(|e| format!("`{file}` could not be read: {e}"))?;
    let key = cache.map(|c| c.key(&bytes));
    if let (Some(cache), Some(key)) = (cache, &key) {
        if let Some(entry) = cache.get_response(key) {
            return Ok(entry.into_parts());
        }
    }
    let doc = extract_guarded(&file, &bytes)?;
    drop(bytes);
    let id = ids::response_id(&doc.text());
    let letter =
        catch_unwind(AssertUnwindSafe(|| split::split_response(&doc, &id))).map_err(|_| {
            format!("`{file}` could not be split into comments (internal error; please report it)")
        })?;
    if let (Some(cache), Some(key)) = (cache, &key) {
        let entry = crate::cache::ResponseEntry::new(id, letter);
        cache.put_response(key, &entry);
        return Ok(entry.into_parts());
    }
    Ok((id, letter))
}

/// Reads and splits one response file into a [`Response`].
pub fn read_response(inbox: &Inbox, path: &Path, cache: Option<&Cache>) -> Response {
    let file = file_name(path);
    let (id, letter) = match read_letter(path, cache) {
        Ok(read) => read,
        Err(message) => {
            return Response {
                id: ids::response_id(&file),
                respondent: file.clone(),
                public_name: file.clone(),
                file,
                status: FileStatus::Error,
                error: Some(message),
                ..Response::default()
            }
        }
    };
    let ov = inbox.override_for(&file).cloned().unwrap_or_default();
    let kind = ov.kind.unwrap_or(letter.kind);
    let private_person = ov
        .private
        .unwrap_or(letter.private_person || kind == RespondentKind::Resident);
    let date = ov.date.or(letter.date);
    let late = ov.late.unwrap_or(match (date, inbox.settings.deadline) {
        (Some(d), Some(deadline)) => d > deadline,
        _ => false,
    });
    let respondent = ov
        .respondent
        .or(letter.respondent)
        .unwrap_or_else(|| respondent_from_file_name(&file));
    Response {
        id,
        file,
        public_name: respondent.clone(),
        respondent,
        kind,
        date,
        place: letter.place,
        late,
        private_person,
        status: FileStatus::Ok,
        error: None,
        comments: letter.comments,
    }
}

/// `zienswijze-gemeente-katwijk.pdf` → `zienswijze gemeente katwijk`.
fn respondent_from_file_name(file: &str) -> String {
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    stem.replace(['-', '_'], " ").trim().to_string()
}

/// Gives private persons stable pseudonyms (`Inwoner 1`, ...) in file order.
pub fn assign_public_names(responses: &mut [Response]) {
    let mut n = 0;
    for r in responses.iter_mut() {
        if r.private_person {
            n += 1;
            r.public_name = format!("Inwoner {n}");
        } else {
            r.public_name = r.respondent.clone();
        }
    }
}

/// Runs stages 1–6 and applies the ledger: the whole consultation in memory.
pub fn build(inbox: &Inbox, ledger: &Ledger) -> Consultation {
    build_with(inbox, ledger, &BuildOptions::default())
}

/// [`build`] with a cache and progress display.
pub fn build_with(inbox: &Inbox, ledger: &Ledger, opts: &BuildOptions) -> Consultation {
    let timings = opts.timings.as_deref();
    let mut problems = Vec::new();
    let versions = timings::time(timings, "versions", || {
        read_versions(inbox, opts, &mut problems)
    });
    let start = Instant::now();
    let bar = progress_bar(opts.progress, inbox.responses.len());
    let mut responses: Vec<Response> = inbox
        .responses
        .par_iter()
        .map(|p| {
            let r = read_response(inbox, p, opts.cache.as_ref());
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    if let Some(t) = timings {
        t.record(
            "responses",
            start.elapsed(),
            Some((responses.len(), "files")),
        );
    }
    for r in &responses {
        if let Some(message) = &r.error {
            problems.push(Problem {
                file: format!("responses/{}", r.file),
                message: message.clone(),
            });
        }
    }
    assign_public_names(&mut responses);
    timings::time(timings, "group", || split::group_campaigns(&mut responses));
    let start = Instant::now();
    if let Some(draft) = versions.first() {
        // The index is built once per draft; comments are linked in
        // parallel (each one on its own, so the cost is linear in comments).
        let linker = link::Linker::new(draft);
        responses.par_iter_mut().for_each(|r| {
            for c in &mut r.comments {
                linker.link(c);
            }
        });
    }
    if let Some(t) = timings {
        let comments = responses.iter().map(|r| r.comments.len()).sum();
        t.record("link", start.elapsed(), Some((comments, "comments")));
    }
    let changes = timings::time(timings, "compare", || {
        match (versions.first(), versions.last()) {
            (Some(a), Some(b)) if versions.len() > 1 => {
                let alignment = compare::align(a, b);
                compare::reanchor_with(&mut responses, a, b, &alignment);
                compare::changes_from_alignment(a, b, &alignment)
            }
            _ => Vec::new(),
        }
    });
    let title = inbox
        .settings
        .title
        .clone()
        .or_else(|| versions.first().map(|v| v.label.clone()))
        .unwrap_or_else(|| "Consultatie".to_string());
    let mut consultation = Consultation {
        title,
        period_start: inbox.settings.period_start,
        deadline: inbox.settings.deadline,
        versions,
        responses,
        changes,
        problems,
        orphaned_decisions: Vec::new(),
        reattached_decisions: Vec::new(),
    };
    timings::time(timings, "ledger", || {
        ledger.apply(&mut consultation);
        // After the ledger: adopted decisions and confirmations count.
        compare::suggest_causes(&mut consultation.changes, &consultation.responses);
    });
    if let Some(cache) = &opts.cache {
        cache.evict(&crate::cache::Eviction::default());
    }
    consultation
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress_bar(enabled: bool, len: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !enabled || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} reacties gelezen ({eta})")
    {
        bar.set_style(style);
    }
    bar
}

/// Where a run reads and writes.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub inbox: PathBuf,
    pub out: PathBuf,
    pub ledger: PathBuf,
    pub report: crate::report::ReportOptions,
    pub build: BuildOptions,
}

/// What a run did, for the user.
#[derive(Debug)]
pub struct RunSummary {
    pub consultation: Consultation,
    pub files: Vec<PathBuf>,
}

/// The main job: reads the inbox and writes every output. The output folder
/// is built in a temporary folder beside it and swapped in at the end, so
/// an interrupted run never leaves half-written documents.
pub fn run(opts: &RunOptions) -> Result<RunSummary> {
    let inbox = Inbox::open(&opts.inbox)?;
    let mut ledger = Ledger::load(&opts.ledger)?;
    let mut consultation = build_with(&inbox, &ledger, &opts.build);
    if !consultation.reattached_decisions.is_empty() {
        // File re-attached decisions under their comments' new ids.
        ledger.settle_into(&mut consultation);
        ledger.save()?;
    }
    let files = timings::time(opts.build.timings.as_deref(), "output", || {
        write_output(&consultation, &opts.report, &opts.out)
    })?;
    Ok(RunSummary {
        consultation,
        files,
    })
}

/// Renders everything into a fresh folder and replaces `out` with it.
pub fn write_output(
    c: &Consultation,
    report: &crate::report::ReportOptions,
    out: &Path,
) -> Result<Vec<PathBuf>> {
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(parent)
        .with_context(|| format!("failed to create `{}`", parent.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".inspraak-output-")
        .tempdir_in(parent)
        .with_context(|| {
            format!(
                "failed to create a temporary folder in `{}`",
                parent.display()
            )
        })?;
    // consultation.json is at the top of the output folder: public.
    let json = serde_json::to_string_pretty(&crate::privacy::public_view(c))?;
    std::fs::write(tmp.path().join("consultation.json"), json)?;
    let mut files = vec![out.join("consultation.json")];
    for f in crate::report::render_all(c, report, tmp.path())? {
        if let Ok(rel) = f.strip_prefix(tmp.path()) {
            files.push(out.join(rel));
        }
    }
    // Keep the user's own files (like .gitkeep) out of harm: only the folder
    // contents we generate are replaced.
    let staged = tmp.keep();
    let old = parent.join(format!(".inspraak-old-{}", std::process::id()));
    if out.exists() {
        std::fs::rename(out, &old)
            .with_context(|| format!("failed to move old output `{}` aside", out.display()))?;
    }
    if let Err(e) = std::fs::rename(&staged, out) {
        // Put the old output back so the user loses nothing.
        let _ = std::fs::rename(&old, out);
        let _ = std::fs::remove_dir_all(&staged);
        return Err(e)
            .with_context(|| format!("failed to write output folder `{}`", out.display()));
    }
    if old.exists() {
        if old.join(".gitkeep").exists() {
            let _ = std::fs::copy(old.join(".gitkeep"), out.join(".gitkeep"));
        }
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(files)
}
