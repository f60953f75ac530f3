//! `inspraak check`: consistency checks before publishing.

use anyhow::Result;

/// Check decisions against the text before publishing.
///
/// Lists comments still open, late submissions not yet decided, decided
/// comments without an answer, adopted or partly adopted comments whose
/// change reference (or, without one, linked sections) did not change
/// between draft and final, changes no adopted comment explains (unless
/// editorial, or marked with `inspraak decide --editorial SECTION`),
/// orphaned decisions, submissions that could not be read, and files with
/// pages that are scans without text.
///
/// Exit status: 0 when nothing needs attention, 1 when something does (or
/// on an error).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Checks: comments still open; late submissions not yet decided; decided \
    comments without an answer; adopted or partly adopted comments whose --change-ref section \
    (a number of the final version) or, without one, linked sections (numbers of the draft) \
    did not change between draft and final (a new number alone is no change, nor, \
    without --change-ref, a section only moved word for word); changes no \
    adopted comment explains (a comment with --change-ref explains only that section's change; \
    unless editorial, or marked with `inspraak decide --editorial SECTION`); orphaned \
    decisions; submissions that could not be read; files with pages that are scans without \
    text; no responses read while the inbox has no responses/ folder or files in a folder the \
    tool does not read; a misspelt field anywhere in the templates (templates/ or --templates), also in a part \
    the data does not reach yet.\n\nExit status: 0 when nothing needs attention, 1 when something does (or on \
    an error)."
)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
    /// Folder with templates to check as `run` would use them [default: templates/ if present]
    #[arg(long, value_name = "DIR")]
    pub templates: Option<std::path::PathBuf>,
}

pub fn execute(args: &Args) -> Result<()> {
    let (inbox, ledger, c) = args.inbox.load()?;
    let mut findings = crate::ledger::check::check(&c, &ledger);
    findings.extend(crate::ledger::check::inbox_findings(&inbox, &c));
    // Perhaps one sender under two pseudonyms: a note, not a finding, as
    // two people may share a name and nothing can mark that as seen.
    let same = crate::pipeline::same_senders(&c);
    // A comment about a part the draft does not have (`Bijlage 4`): its
    // links are suggestions only; the working group may want to answer
    // that the part is missing, or link it by hand. A note: it may be
    // answered without any change.
    let elsewhere = missing_references(&c);
    // What reading a file left out that may need no action (an e-mail's
    // attachment that is a photo): a note. Scanned pages are findings.
    let reading: Vec<String> = crate::pipeline::reading_notes(&c)
        .into_iter()
        .map(|(file, w)| format!("{file}: {w}"))
        .collect();
    // A misspelt field anywhere in the user's templates, also in a part
    // the data does not reach yet: `run` stops on it.
    let templates = match &args.templates {
        Some(dir) if !dir.is_dir() => vec![format!(
            "templates folder `{}` does not exist (or is no folder)",
            dir.display()
        )],
        Some(dir) => crate::report::templates::problems_in(dir),
        None => crate::report::templates::problems_in(std::path::Path::new("templates")),
    };
    if args.json {
        let out = serde_json::json!({
            "needs_attention": !findings.is_empty() || !templates.is_empty(),
            "templates": templates,
            "findings": findings,
            "reattached_decisions": c.reattached_decisions,
            "same_senders": same,
            "same_files": c.same_files,
            "missing_references": elsewhere,
            "reading_notes": reading,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for r in &c.reattached_decisions {
            println!("note: {}", crate::text::terminal_safe(&r.note()));
        }
        // A file submitted twice, counted once (as `run` says).
        for w in c
            .same_files
            .iter()
            .chain(&same)
            .chain(&elsewhere)
            .chain(&reading)
        {
            println!("note: {}", crate::text::terminal_safe(w));
        }
        for t in &templates {
            println!("template: {}", crate::text::terminal_safe_but(t, &['\n']));
        }
        if findings.is_empty() && !templates.is_empty() {
            println!("\n{} template problem(s) need attention", templates.len());
        } else {
            print!(
                "{}",
                crate::text::terminal_safe_but(&crate::ledger::check::render(&findings), &['\n'])
            );
            if !templates.is_empty() {
                println!("and {} template problem(s)", templates.len());
            }
        }
    }
    if !findings.is_empty() || !templates.is_empty() {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        std::process::exit(1);
    }
    Ok(())
}

/// One line per comment that refers only to sections the consultation
/// draft does not have ([`crate::link::missing_references`]).
fn missing_references(c: &crate::model::Consultation) -> Vec<String> {
    let Some(draft) = c.versions.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for r in &c.responses {
        // Sections chosen by the working group settle it.
        for comment in r.comments.iter().filter(|c| c.decision.sections.is_none()) {
            let missing = crate::link::missing_references(draft, &comment.text);
            if missing.is_empty() {
                continue;
            }
            // A subsection the draft lacks under a part it has is linked to
            // that part, weakly: a guess, not a suggestion from shared words.
            let nearest: Vec<String> = comment
                .sections
                .iter()
                .filter(|l| l.reason.contains(crate::link::NEAREST_PART_NOTE))
                .map(|l| format!("`{}`", l.number))
                .collect();
            let links = if nearest.is_empty() {
                "its links are suggestions only".to_string()
            } else {
                format!(
                    "its link to {} (the nearest part it has) is a guess",
                    nearest.join(" and ")
                )
            };
            out.push(format!(
                "{} ({}) refers to {}, which the consultation draft `{}` does not have; \
                 {links} (choose with `inspraak decide {} --sections ...`): \"{}\"",
                comment.id,
                r.respondent,
                quoted_and(&missing),
                draft.file,
                comment.id,
                crate::cli::shorten(&comment.text, 60)
            ));
        }
        // A page reference to a draft read without pages (a Word document
        // without page breaks, a text file) links to nothing, silently.
        for comment in r.comments.iter().filter(|c| c.decision.sections.is_none()) {
            let pages = crate::link::unpaged_references(draft, &comment.text);
            if pages.is_empty() {
                continue;
            }
            out.push(format!(
                "{} ({}) refers to {}, but the consultation draft `{}` has no page numbers (it is \
                 read as one page), so page references cannot be resolved: put the PDF the \
                 respondents read in drafts/ in its place, or choose with `inspraak decide {} \
                 --sections ...`: \"{}\"",
                comment.id,
                r.respondent,
                quoted_and(&pages),
                draft.file,
                comment.id,
                crate::cli::shorten(&comment.text, 60)
            ));
        }
    }
    out
}

/// `"a" and "b"`: references as a finding quotes them.
fn quoted_and(items: &[String]) -> String {
    items
        .iter()
        .map(|m| format!("\"{m}\""))
        .collect::<Vec<_>>()
        .join(" and ")
}
