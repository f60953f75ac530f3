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
    let templates = Templates::load(opts.templates.as_deref(), opts.lang)?;
    let builder = context::Builder::new(c, opts.lang, opts.group_by);
    let memo = builder.memo();
    let mut files = Vec::new();
    let html = templates.render(templates::Doc::MemoHtml, &memo)?;
    files.push(write(out_dir, &format!("{MEMO}.html"), html.as_bytes())?);
    let md = templates.render(templates::Doc::MemoMd, &memo)?;
    files.push(write(out_dir, &format!("{MEMO}.md"), md.as_bytes())?);
    let word = docx::memo(&memo).context("failed to build the Word memo")?;
    files.push(write(out_dir, &format!("{MEMO}.docx"), &word)?);
    if c.versions.len() > 1 {
        let redline = templates.render(templates::Doc::RedlineHtml, &builder.redline())?;
        files.push(write(out_dir, REDLINE, redline.as_bytes())?);
    }
    files.extend(letters::write_all(c, &builder, &templates, opts, out_dir)?);
    Ok(files)
}

/// Writes one file, naming it in the error.
pub(crate) fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, bytes)
        .with_context(|| format!("failed to write `{}`", path.display()))?;
    Ok(path)
}
