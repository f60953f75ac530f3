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

use crate::model::Consultation;

pub mod context;
pub mod diff;
pub mod docx;
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
    /// Who signs the letters (`sender` in consultation.toml).
    pub sender: Option<String>,
}

/// Renders every output document into `out_dir`; returns the files written.
pub fn render_all(c: &Consultation, opts: &ReportOptions, out_dir: &Path) -> Result<Vec<PathBuf>> {
    let staging = staging::Staging::plain(out_dir);
    let files = render_into(c, opts, &staging)?;
    staging.finish()?;
    Ok(files)
}

/// Renders every output document into the folder of `staging`, reusing the
/// previous output's files that stay the same; returns the files.
///
/// Each document is dropped before the next is rendered, and the memo's
/// context is converted for the templates once, for both the HTML and the
/// Markdown memo.
pub fn render_into(
    c: &Consultation,
    opts: &ReportOptions,
    staging: &staging::Staging,
) -> Result<Vec<PathBuf>> {
    let templates = Templates::load(opts.templates.as_deref(), opts.lang)?;
    let builder = context::Builder::new(c, opts.lang, opts.group_by);
    let mut files = Vec::new();
    {
        let memo = builder.memo();
        // The Word memo and the templated ones side by side.
        let (word, templated) = rayon::join(
            || -> Result<PathBuf> {
                let word = docx::memo(&memo).context("failed to build the Word memo")?;
                staging.put(&format!("{MEMO}.docx"), None, &word)
            },
            || -> Result<[PathBuf; 2]> {
                let ctx = handlebars::Context::wraps(&memo).map_err(|e| TemplateError::Render {
                    name: "memo".into(),
                    origin: "built-in".into(),
                    source: Box::new(e),
                })?;
                // HTML and Markdown from the same context, side by side too.
                let render = |doc, name: String| -> Result<PathBuf> {
                    let text = templates.render_context(doc, &ctx)?;
                    staging.put(&name, None, text.as_bytes())
                };
                let (html, md) = rayon::join(
                    || render(templates::Doc::MemoHtml, format!("{MEMO}.html")),
                    || render(templates::Doc::MemoMd, format!("{MEMO}.md")),
                );
                Ok([html?, md?])
            },
        );
        drop(memo);
        let [html, md] = templated?;
        files.extend([html, md, word?]);
    }
    if c.versions.len() > 1 {
        let redline = templates.render(templates::Doc::RedlineHtml, &builder.redline())?;
        files.push(staging.put(REDLINE, None, redline.as_bytes())?);
    }
    files.extend(letters::write_all(c, &builder, &templates, opts, staging)?);
    Ok(files)
}
