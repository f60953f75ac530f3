//! `inspraak status`: progress of the working group.

use anyhow::Result;

/// Show progress: decisions per status and per respondent, the open
/// comments with their ids, and re-attached and orphaned decisions.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Shows decisions per status and per respondent, the open comments with \
    their ids (for `inspraak decide`), decisions re-attached to a comment whose text changed \
    slightly, and orphaned decisions (comment no longer found; kept in the ledger)."
)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: &Args) -> Result<()> {
    let (_, ledger, c) = args.inbox.load()?;
    for w in ledger.conflict_copies() {
        super::warn(w);
    }
    let mut p = crate::ledger::progress::progress(&c);
    p.unconfirmed = ledger.attach(&c).unconfirmed(&ledger, &c);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&p)?);
    } else {
        // Names from submissions: no control or bidi character reaches
        // the terminal.
        print!(
            "{}",
            crate::text::terminal_safe_but(&p.render(), &['\n', '\t'])
        );
    }
    Ok(())
}
