//! `inspraak status`: progress of the working group.

use anyhow::Result;

/// Show progress: decisions per status and per respondent, the open
/// comments with their ids, and re-attached and orphaned decisions.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: &Args) -> Result<()> {
    let (_, _, c) = args.inbox.load()?;
    let p = crate::ledger::progress::progress(&c);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&p)?);
    } else {
        print!("{}", p.render());
    }
    Ok(())
}
