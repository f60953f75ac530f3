//! `inspraak diff`.

use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
}

pub fn execute(_args: &Args) -> Result<()> {
    anyhow::bail!("`inspraak diff` is not available yet")
}
