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
    } = env;
    let templates = Templates::load(opts.templates.as_deref(), opts.lang)?;
    let scrubber = scrubber
        .cloned()
        .unwrap_or_else(|| crate::privacy::Scrubber::for_consultation(c));
    let builder = context::Builder::with_scrubber(c, opts.lang, opts.group_by, scrubber);
    let mut files = crate::timings::time(timings, "output/memo", || {
        let memo = crate::timings::time(timings, "output/memo context", || builder.memo());
        write_memo(&memo, &templates, staging, cache, timings)
    })?
    .to_vec();
    if c.versions.len() > 1 {
        let redline = templates.render(templates::Doc::RedlineHtml, &builder.redline())?;
        files.push(staging.put(REDLINE, None, redline.as_bytes())?);
    }
    files.extend(crate::timings::time(timings, "output/letters", || {
        letters::write_all(c, &builder, &templates, opts, staging)
    })?);
    Ok(files)
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
fn write_memo(
    memo: &context::MemoContext,
    templates: &Templates,
    staging: &staging::Staging,
    cache: Option<&Cache>,
    timings: Option<&crate::timings::Timings>,
) -> Result<[PathBuf; 3]> {
    let items: Vec<&context::Item> = memo.items().collect();
    // Without a cache nothing is kept: no keys needed.
    let keys: Vec<fragments::Key> =
        crate::timings::time(timings, "output/memo keys", || match cache {
            Some(_) => items
                .par_iter()
                .map(|i| fragments::key_of(memo.lang, i))
                .collect(),
            None => vec![[0; 32]; items.len()],
        });
    let (word, templated) = rayon::join(
        || -> Result<PathBuf> {
            let _word = Timer::new(timings, "output/memo word");
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
            staging.put(&format!("{MEMO}.docx"), None, &word)
        },
        || -> Result<[PathBuf; 2]> {
            let _templated = Timer::new(timings, "output/memo html+md");
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
            let ctx = match templates.spliced() {
                Some(spliced) => {
                    handlebars::Context::wraps(memo.spliced_view(&html_text, &md_text, spliced))
                }
                None => handlebars::Context::wraps(memo.view(&html_text, &md_text)),
            }
            .map_err(|e| TemplateError::Render {
                name: "memo".into(),
                origin: "built-in".into(),
                source: Box::new(e),
            })?;
            drop((html_text, md_text));
            drop((html_parts, md_parts));
            let render = |doc, name: String| -> Result<PathBuf> {
                let text = templates.render_context(doc, &ctx)?;
                staging.put(&name, None, text.as_bytes())
            };
            let (html, md) = rayon::join(
                || render(templates::Doc::MemoHtml, format!("{MEMO}.html")),
                || render(templates::Doc::MemoMd, format!("{MEMO}.md")),
            );
            drop(ctx);
            rayon::join(|| html_kept.save(), || md_kept.save());
            Ok([html?, md?])
        },
    );
    let [html, md] = templated?;
    Ok([html, md, word?])
}
