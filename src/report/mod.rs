//! Stage 7, report: the response memo (nota van beantwoording) as HTML,
//! Markdown and Word, a feedback letter per respondent and the redline of
//! the whole document, rendered with handlebars templates.
//!
//! The flow is: [`Consultation`] → typed render contexts ([`context`],
//! personal data scrubbed for public documents by [`crate::privacy`]) →
//! templates ([`templates`], defaults embedded, overridable file by file) →
//! files in the output folder. The Word memo is built from the same
//! context by [`docx`].

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::cache::Cache;
use crate::model::Consultation;
use fragments::Fragments;

pub mod context;
pub mod diff;
pub mod docx;
pub mod fragments;
pub mod letters;
pub mod redline;
pub mod specimen;
pub mod staging;
pub mod templates;

pub use templates::{escape_markdown, TemplateError, Templates};

/// File name of the memo, without extension.
pub const MEMO: &str = "nota-van-beantwoording";
/// File name of the redline.
pub const REDLINE: &str = "wijzigingen.html";
/// Folder of the letters inside the output folder.
pub const LETTERS: &str = "letters";

/// How the memo's body is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    /// By section of the draft, in the draft's order ("Algemeen" first).
    #[default]
    Section,
    /// By respondent, in the order of the inbox.
    Respondent,
    /// By the theme recorded with the decision.
    Theme,
}

impl GroupBy {
    /// The key shown in the render context.
    pub fn key(self) -> &'static str {
        match self {
            GroupBy::Section => "section",
            GroupBy::Respondent => "respondent",
            GroupBy::Theme => "theme",
        }
    }
}

/// The language of the documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Dutch.
    #[default]
    Nl,
    /// English (the `en/` templates).
    En,
}

/// Choices for rendering.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Folder with user templates overriding the embedded defaults.
    pub templates: Option<PathBuf>,
    /// How the memo's body is grouped.
    pub group_by: GroupBy,
    /// Language of the documents.
    pub lang: Lang,
    /// Who signs the letters; `None`: `sender` in consultation.toml (the
    /// main job reads it from the inbox).
    pub sender: Option<String>,
}

/// Renders every output document into `out_dir`; returns the files written.
pub fn render_all(c: &Consultation, opts: &ReportOptions, out_dir: &Path) -> Result<Vec<PathBuf>> {
    let staging = staging::Staging::plain(out_dir);
    let files = render_into(c, opts, &staging, RenderEnv::default())?;
    staging.finish()?;
    Ok(files)
}

/// Each item's part of the memo `doc` (HTML or Markdown): kept in `kept`
/// or rendered with the item partial.
fn item_parts<'k>(
    templates: &Templates,
    items: &[&context::Item],
    keys: &[fragments::Key],
    doc: templates::Doc,
    kept: &'k Fragments,
) -> Result<Vec<std::borrow::Cow<'k, [u8]>>, TemplateError> {
    let salt = format!("{doc:?}:{}", templates.fingerprint());
    items
        .par_iter()
        .zip(keys)
        .map(|(i, k)| {
            let key = fragments::derive(k, salt.as_bytes());
            kept.get_or_render(&key, || {
                templates.render_item(doc, i).map(String::into_bytes)
            })
        })
        .collect()
}

/// Rendered parts as text (they are UTF-8; a damaged one shows as such).
fn as_text<'a>(parts: &'a [std::borrow::Cow<'_, [u8]>]) -> Vec<std::borrow::Cow<'a, str>> {
    parts.iter().map(|p| String::from_utf8_lossy(p)).collect()
}

/// What a render may use besides the consultation: the cache that keeps
/// parts of the memo between runs, and where to record stage times.
#[derive(Clone, Copy, Default)]
pub struct RenderEnv<'a> {
    pub cache: Option<&'a Cache>,
    pub timings: Option<&'a crate::timings::Timings>,
    /// The consultation's scrubber, when made already.
    pub scrubber: Option<&'a crate::privacy::Scrubber>,
    /// The key of each response by that scrubber
    /// ([`crate::public_json::piece_keys`]), when made already: with a
    /// cache, a letter is then known by its inputs ([`letters`]).
    pub response_keys: Option<&'a [Option<crate::public_json::Key>]>,
}

/// Renders every output document into the folder of `staging`, reusing the
/// previous output's files that stay the same, and the parts of the memo
/// kept in `cache` by earlier runs ([`fragments`]); returns the files.
///
/// Each comment of the memo is rendered on its own (item partial, Word
/// paragraphs) unless an earlier run rendered the same; then the memo is put
/// together. Each document is dropped before the next is rendered.
pub fn render_into(
    c: &Consultation,
    opts: &ReportOptions,
    staging: &staging::Staging,
    env: RenderEnv<'_>,
) -> Result<Vec<PathBuf>> {
    let RenderEnv {
        cache,
        timings,
        scrubber,
        response_keys,
    } = env;
    let scrubber = scrubber
        .cloned()
        .unwrap_or_else(|| crate::privacy::Scrubber::for_consultation(c).learning_groups(c));
    // The drafts' texts as public output quotes them: without the names
    // of private persons (a version that credits a resident's idea).
    let drafts = crate::privacy::public_drafts(c, &scrubber);
    let c: &Consultation = &drafts;
    let builder = crate::timings::time(timings, "output/builder", || {
        context::Builder::with_scrubber(c, opts.lang, opts.group_by, scrubber)
            .with_sender(opts.sender.as_deref())
    });
    // The templates are read while the memo's context is built; they are
    // compiled when something is first rendered (a re-run that finds every
    // file unchanged compiles none).
    let (templates, memo) = rayon::join(
        || {
            let templates = Templates::open(opts.templates.as_deref(), opts.lang)?;
            crate::timings::time(timings, "output/check templates", || {
                check_templates(&templates, cache)
            })?;
            Ok::<_, TemplateError>(templates)
        },
        || crate::timings::time(timings, "output/memo context", || builder.memo()),
    );
    let templates = templates?;
    // The memo and the letters side by side: neither uses the other.
    let (memo_files, letter_files) = rayon::join(
        || {
            crate::timings::time(timings, "output/memo", || {
                write_memo(&memo, &templates, staging, cache, timings)
            })
        },
        || {
            crate::timings::time(timings, "output/letters", || {
                let known = letters::Known {
                    cache,
                    response_keys,
                };
                letters::write_all(c, &builder, &templates, opts, staging, known)
            })
        },
    );
    drop(memo);
    let mut files = memo_files?.to_vec();
    if c.versions.len() > 1 {
        // Known by its context's key, as a letter is: rendered (and the
        // templates compiled) only when it changed.
        let ctx = builder.redline();
        let key = staging::KeyHasher::new(templates.fingerprint()).key_of(&ctx)?;
        let path = match staging.reuse(REDLINE, &key)? {
            Some(path) => path,
            None => {
                let redline = templates.render(templates::Doc::RedlineHtml, &ctx)?;
                staging.put(REDLINE, Some(&key), redline.as_bytes())?
            }
        };
        files.push(path);
    }
    files.extend(letter_files?);
    Ok(files)
}

/// Checks custom templates against every field they may use
/// ([`Templates::check`]) before anything is written, unless an earlier run
/// of this tool checked the same templates (kept in `cache` by their
/// fingerprint). The built-in templates are checked by the tests.
fn check_templates(templates: &Templates, cache: Option<&Cache>) -> Result<(), TemplateError> {
    if !templates.custom() {
        return Ok(());
    }
    if cache.is_some_and(|c| c.templates_checked(templates.fingerprint())) {
        return Ok(());
    }
    templates.check()?;
    if let Some(c) = cache {
        c.put_templates_checked(templates.fingerprint());
    }
    Ok(())
}

/// Records the time from its making to its drop (also when the closure
/// it is in returns early).
struct Timer<'a> {
    timings: Option<&'a crate::timings::Timings>,
    name: &'static str,
    start: std::time::Instant,
}

impl<'a> Timer<'a> {
    fn new(timings: Option<&'a crate::timings::Timings>, name: &'static str) -> Timer<'a> {
        Timer {
            timings,
            name,
            start: std::time::Instant::now(),
        }
    }
}

impl Drop for Timer<'_> {
    fn drop(&mut self) {
        if let Some(t) = self.timings {
            t.record(self.name, self.start.elapsed(), None);
        }
    }
}

/// Writes the memo in HTML, Markdown and Word; returns the three files.
///
/// Each comment is rendered on its own (item partials, Word paragraphs)
/// unless `cache` keeps the same part from an earlier run; then the memos
/// are put together. Word and the templated memos are built side by side.
/// With a cache, each memo file is known by its key ([`memo_file_key`]):
/// one whose key matches the previous output's is left as it is without
/// being put together, and one written anew needs no content hash.
fn write_memo(
    memo: &context::MemoContext,
    templates: &Templates,
    staging: &staging::Staging,
    cache: Option<&Cache>,
    timings: Option<&crate::timings::Timings>,
) -> Result<[PathBuf; 3]> {
    let items: Vec<&context::Item> = memo.items().collect();
    // Without a cache nothing is kept: no keys needed.
    let keys: Option<Vec<fragments::Key>> =
        crate::timings::time(timings, "output/memo keys", || {
            cache.map(|_| {
                items
                    .par_iter()
                    .map(|i| fragments::key_of(memo.lang, i))
                    .collect()
            })
        });
    let file_key = |doc: &str| {
        keys.as_deref()
            .and_then(|keys| memo_file_key(memo, keys, doc, templates))
    };
    let [docx_key, html_key, md_key] = ["docx", "html", "md"].map(file_key);
    let keys = keys.unwrap_or_else(|| vec![[0; 32]; items.len()]);
    let (word, templated) = rayon::join(
        || -> Result<PathBuf> {
            let _word = Timer::new(timings, "output/memo word");
            let name = format!("{MEMO}.docx");
            let key = docx_key;
            if let Some(path) = reuse_all(staging, &[(&name, key.as_deref())])? {
                return Ok(path[0].clone());
            }
            let kept = Fragments::open(cache, "memo-docx");
            let en = memo.lang == "en";
            let parts: Vec<_> = items
                .par_iter()
                .zip(&keys)
                .map(|(i, k)| {
                    match kept.get_or_render(k, || {
                        Ok::<_, std::convert::Infallible>(docx::item_xml(i, en))
                    }) {
                        Ok(part) => part,
                        Err(never) => match never {},
                    }
                })
                .collect();
            let word = docx::memo_with(memo, parts).context("failed to build the Word memo")?;
            kept.save();
            put_keyed(staging, &name, key.as_deref(), &word)
        },
        || -> Result<[PathBuf; 2]> {
            let _templated = Timer::new(timings, "output/memo html+md");
            let names = [format!("{MEMO}.html"), format!("{MEMO}.md")];
            let file_keys = [html_key, md_key];
            if let Some(paths) = reuse_all(
                staging,
                &[
                    (&names[0], file_keys[0].as_deref()),
                    (&names[1], file_keys[1].as_deref()),
                ],
            )? {
                return Ok([paths[0].clone(), paths[1].clone()]);
            }
            // Each comment's part in HTML and Markdown, side by side; then
            // both memos from one context, side by side too.
            let (html_kept, md_kept) = (
                Fragments::open(cache, "memo-html"),
                Fragments::open(cache, "memo-md"),
            );
            let (html_parts, md_parts) = rayon::join(
                || {
                    item_parts(
                        templates,
                        &items,
                        &keys,
                        templates::Doc::MemoHtml,
                        &html_kept,
                    )
                },
                || item_parts(templates, &items, &keys, templates::Doc::MemoMd, &md_kept),
            );
            let (html_parts, md_parts) = (html_parts?, md_parts?);
            let (html_text, md_text) = (as_text(&html_parts), as_text(&md_parts));
            let ctx = match templates.spliced()? {
                Some(spliced) => {
                    handlebars::Context::wraps(memo.spliced_view(&html_text, &md_text, spliced))
                }
                None => handlebars::Context::wraps(memo.view(&html_text, &md_text)),
            }
            .map_err(|e| TemplateError::Render {
                name: "memo".into(),
                origin: "built-in".into(),
                error: Box::new(e),
            })?;
            drop((html_text, md_text));
            drop((html_parts, md_parts));
            let render = |doc, name: &str, key: Option<&str>| -> Result<PathBuf> {
                let text = templates.render_context(doc, &ctx)?;
                put_keyed(staging, name, key, text.as_bytes())
            };
            let (html, md) = rayon::join(
                || render(templates::Doc::MemoHtml, &names[0], file_keys[0].as_deref()),
                || render(templates::Doc::MemoMd, &names[1], file_keys[1].as_deref()),
            );
            drop(ctx);
            rayon::join(|| html_kept.save(), || md_kept.save());
            Ok([html?, md?])
        },
    );
    let [html, md] = templated?;
    Ok([html, md, word?])
}

/// What a memo file is rendered from, for its key: the memo's context,
/// its grouping, and the key of each comment's part.
#[derive(serde::Serialize)]
struct MemoFileInputs<'a> {
    /// The kind of file (`html`, `md`, `docx`).
    doc: &'a str,
    memo: &'a context::MemoContext,
    /// Each group's title, anchor and number of items.
    groups: Vec<(&'a str, &'a str, usize)>,
    items: &'a [fragments::Key],
}

/// The key of the memo file `doc` rendered from `memo` (whose comments'
/// parts have the keys `items`) with `templates`; none when it cannot be
/// made (the file is then compared by content).
fn memo_file_key(
    memo: &context::MemoContext,
    items: &[fragments::Key],
    doc: &str,
    templates: &Templates,
) -> Option<String> {
    let inputs = MemoFileInputs {
        doc,
        memo,
        groups: memo
            .groups
            .iter()
            .map(|g| (g.title.as_str(), g.anchor.as_str(), g.items.len()))
            .collect(),
        items,
    };
    // The Word memo is built in code: no template changes it, so a
    // template edited (a letter's) leaves it as it is, not even built.
    let salt = if doc == "docx" {
        "docx"
    } else {
        templates.fingerprint()
    };
    staging::KeyHasher::new(salt).key_of(&inputs).ok()
}

/// The previous output's files `(name, key)`, kept as they are when every
/// one has a key and is unchanged since it was written with it; none when
/// one of them has to be made again (then none is kept).
fn reuse_all(
    staging: &staging::Staging,
    files: &[(&str, Option<&str>)],
) -> Result<Option<Vec<PathBuf>>> {
    let unchanged = files
        .iter()
        .all(|(name, key)| key.is_some_and(|k| staging.previous(name, k).is_some()));
    if !unchanged {
        return Ok(None);
    }
    let mut paths = Vec::with_capacity(files.len());
    for (name, key) in files {
        match key.map(|k| staging.reuse(name, k)).transpose()?.flatten() {
            Some(path) => paths.push(path),
            // Changed since it was looked at: written anew.
            None => return Ok(None),
        }
    }
    Ok(Some(paths))
}

/// Puts `bytes` as `name`: under `key` when there is one (no content
/// hash), else by content.
fn put_keyed(
    staging: &staging::Staging,
    name: &str,
    key: Option<&str>,
    bytes: &[u8],
) -> Result<PathBuf> {
    match key {
        Some(key) => staging.put_by_key(name, key, bytes),
        None => staging.put(name, None, bytes),
    }
}
