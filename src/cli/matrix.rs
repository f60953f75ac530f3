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
    /// first; on any problem nothing is written
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
        } => import(inbox, file, *dry_run, author.as_deref()),
    }
}

fn import(
    inbox: &super::InboxArgs,
    file: &std::path::Path,
    dry_run: bool,
    author: Option<&str>,
) -> Result<()> {
    let table = matrix::read_table(file)?;
    let (_, mut ledger, mut c) = inbox.load()?;
    let reattached = ledger.settle_into(&mut c);
    let plan = matrix::plan(file, &table, &c)?;
    for ch in &plan.changes {
        println!("{}", ch.describe());
    }
    if dry_run {
        println!(
            "{} row(s) read, {} decision(s) would change (dry run: nothing written)",
            plan.rows,
            plan.changes.len()
        );
        return Ok(());
    }
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
    Ok(())
}
