//! `inspraak sections`: the sections of a version of the vision, with
//! their pages.

use anyhow::{bail, Result};

use crate::model::Version;

#[derive(Debug, clap::Args)]
#[command(disable_version_flag = true)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
    /// Which version: its position (1 = the consultation draft), its file
    /// name in drafts/ (with or without extension) or its label [default: 1]
    #[arg(long, value_name = "N|FILE|LABEL")]
    pub version: Option<String>,
    /// Print the sections as JSON (number, title, level, text, pages and
    /// sheets: the file's pages; printed_pages: the numbers printed on them)
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: &Args) -> Result<()> {
    let (_, _, c) = args.inbox.load()?;
    let v = pick(&c.versions, args.version.as_deref())?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&v.sections_out())?);
        return Ok(());
    }
    print!("{}", render(v));
    Ok(())
}

/// The version chosen by position, file name (with or without extension)
/// or label, as `diff` chooses them ([`super::diff::pick`]).
fn pick<'a>(versions: &'a [Version], which: Option<&str>) -> Result<&'a Version> {
    if versions.is_empty() {
        bail!("no readable version in drafts/: put the draft (PDF, .docx, .txt or .md) in the inbox's drafts/ folder");
    }
    let i = super::diff::pick(versions, which, 0)?;
    Ok(&versions[i])
}

/// A section's pages as a respondent cites them: the page numbers printed
/// on them (the numbers `pag. 15` in a comment is read by), with the
/// sheets of the file after them where those differ (`p. 3-4 (blad 5-6)`);
/// the sheets alone (`blad 1-2`) where no page in the span prints its
/// number and the printed numbers are not the sheets'.
fn page_span(v: &Version, (first, last): (u32, u32)) -> String {
    let span = |a: &str, b: &str| {
        if a == b {
            a.to_string()
        } else {
            format!("{a}-{b}")
        }
    };
    let sheets = span(&first.to_string(), &last.to_string());
    // Printed numbers that are the sheets' own say nothing new.
    if v.page_labels
        .iter()
        .all(|l| l.printed == l.page.to_string())
    {
        return format!("p. {sheets}");
    }
    let labelled: Vec<&str> = (first..=last).filter_map(|p| v.printed_page(p)).collect();
    match (labelled.first(), labelled.last()) {
        (Some(a), Some(b)) => format!("p. {} (blad {sheets})", span(a, b)),
        // No printed number in the span (a cover): the sheets, named so.
        _ => format!("blad {sheets}"),
    }
}

/// The section list as text, indented by level.
pub fn render(v: &Version) -> String {
    let mut out = format!(
        "{} ({}): {} section(s)\n",
        v.label,
        crate::text::terminal_safe(&v.file),
        v.sections.len()
    );
    for s in &v.sections {
        let indent = "  ".repeat(s.level.saturating_sub(1) as usize);
        let pages = page_span(v, s.pages);
        let number = format!("{indent}{}", s.number);
        let words = s.text.split_whitespace().count();
        out.push_str(&format!(
            "  {number:<14} {:<60} {pages:<9} {words} words\n",
            super::shorten(&s.title, 60)
        ));
    }
    out
}

#[cfg(test)]
mod tests;
