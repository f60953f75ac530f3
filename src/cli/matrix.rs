//! `inspraak matrix`: the comment table (reactiematrix) as a spreadsheet.

use std::path::PathBuf;

use anyhow::Result;

use crate::ledger::matrix;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: MatrixCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum MatrixCommand {
    /// Write the comment table as .xlsx (status dropdown, editable columns
    /// coloured) or .csv (`;`-separated, UTF-8 with BOM, for Dutch Excel)
    Export {
        #[command(flatten)]
        inbox: super::InboxArgs,
        /// The file to write: FILE.xlsx or FILE.csv
        file: PathBuf,
    },
    /// Read a filled-in table back into the ledger. Every row is checked
    /// first; on any problem nothing is written. A row whose decision was
    /// changed in the ledger since the export is not applied: left as
    /// exported it is skipped, changed in the sheet too it is a conflict
    /// (reported; exit status 1)
    Import {
        #[command(flatten)]
        inbox: super::InboxArgs,
        /// The table: .xlsx or .csv (`,` or `;`)
        file: PathBuf,
        /// Show what would change without writing the ledger
        #[arg(long)]
        dry_run: bool,
        /// Who made the decisions
        #[arg(long)]
        author: Option<String>,
        /// On a conflict (a decision changed both in the ledger since the
        /// export and in the sheet) let the sheet win; rows the sheet left
        /// as exported still never replace a newer decision
        #[arg(long)]
        force: bool,
    },
}

pub fn execute(args: &Args) -> Result<()> {
    match &args.command {
        MatrixCommand::Export { inbox, file } => {
            let (_, _, c) = inbox.load()?;
            let n = matrix::export(&c, file)?;
            println!("wrote {n} comment(s) to {}", file.display());
            Ok(())
        }
        MatrixCommand::Import {
            inbox,
            file,
            dry_run,
            author,
            force,
        } => import(inbox, file, *dry_run, *force, author.as_deref()),
    }
}

fn import(
    inbox: &super::InboxArgs,
    file: &std::path::Path,
    dry_run: bool,
    force: bool,
    author: Option<&str>,
) -> Result<()> {
    let table = matrix::read_table(file)?;
    let (_, mut ledger, mut c) = inbox.load()?;
    let reattached = ledger.settle_into(&mut c);
    // Ids of an export made before a response changed: the ledger knows
    // the ids its decisions were filed under before.
    let previous: std::collections::HashMap<String, String> = ledger
        .decisions
        .iter()
        .flat_map(|(key, d)| d.previous_ids.iter().map(move |p| (p.clone(), key.clone())))
        .collect();
    let plan = matrix::plan_resolving(file, &table, &c, force, &previous)?;
    for line in plan.resolved.iter().chain(&plan.not_read) {
        eprintln!("note: {line}");
    }
    if plan.without_basis && !plan.changes.is_empty() {
        eprintln!(
            "note: `{}` has no `basis` column (exported by an older version): its rows are \
             applied without checking for decisions made in the ledger since the export",
            file.display()
        );
    }
    if !plan.unchecked.is_empty() {
        eprintln!(
            "note: row(s) {} of `{}` have an empty `basis` cell: applied without checking for \
             decisions made in the ledger since the export",
            plan.unchecked
                .iter()
                .map(|r| r.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            file.display()
        );
    }
    for ch in &plan.changes {
        println!("{}", ch.describe());
    }
    for conflict in &plan.conflicts {
        println!("{}", conflict.describe());
    }
    if !plan.kept.is_empty() {
        println!(
            "{} row(s) unchanged in the sheet whose decision changed since the export: the \
             ledger's newer decision is kept (row(s) {})",
            plan.kept.len(),
            plan.kept
                .iter()
                .map(|r| r.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if dry_run {
        println!(
            "{} row(s) read, {} decision(s) would change (dry run: nothing written)",
            plan.rows,
            plan.changes.len()
        );
    } else {
        let today = chrono::Local::now().date_naive();
        let n = matrix::apply(&plan, &mut ledger, &c, author, today);
        if n > 0 || !reattached.is_empty() {
            ledger.register(&c.responses);
            ledger.save()?;
        }
        println!(
            "{} row(s) read, {n} decision(s) changed in {}",
            plan.rows,
            ledger.path.display()
        );
        // A theme typed in the sheet that the ledger holds in other
        // spellings too: noted as `decide --theme` notes it.
        let mut seen = std::collections::HashSet::new();
        for theme in plan
            .changes
            .iter()
            .filter_map(|ch| ch.update.theme.as_deref())
            .filter(|t| !t.trim().is_empty())
        {
            if seen.insert(crate::themes::key(&crate::themes::tidy(theme))) {
                if let Some(note) = super::decide::theme_note(&c, &ledger, theme) {
                    eprintln!("note: {note}");
                }
            }
        }
    }
    if !plan.conflicts.is_empty() {
        anyhow::bail!(
            "{} conflict(s): the decision changed in the ledger since `{}` was exported and \
             the sheet gives another; the ledger's decision {} kept. Make the row equal to \
             the ledger's decision (or export the matrix again), or import with --force to let \
             the sheet win",
            plan.conflicts.len(),
            file.display(),
            if dry_run { "would be" } else { "was" }
        );
    }
    Ok(())
}
