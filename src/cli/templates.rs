//! `inspraak templates`: write the default templates out to edit, or list
//! them.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::report::templates::{problems_in, unused_files, write_defaults, DEFAULTS};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Write the built-in templates into a folder to edit them; `inspraak run`
    /// uses every file found there instead of the built-in one
    Init {
        /// The folder to write to
        #[arg(value_name = "DIR", default_value = "templates")]
        dir: PathBuf,
        /// Overwrite files that already exist
        #[arg(long)]
        force: bool,
    },
    /// List the templates and whether a folder overrides them
    List {
        /// The folder with your templates
        #[arg(value_name = "DIR", default_value = "templates")]
        dir: PathBuf,
    },
}

pub fn execute(args: &Args) -> Result<()> {
    match &args.command {
        Command::Init { dir, force } => init(dir, *force),
        Command::List { dir } => {
            if dir.exists() && !dir.is_dir() {
                eprintln!(
                    "note: `{}` is a file, not a folder: all templates are the built-in ones",
                    dir.display()
                );
            } else if !dir.is_dir() {
                // A mistyped folder would otherwise list everything as
                // built-in without a word.
                eprintln!(
                    "note: there is no folder `{}`: all templates are the built-in ones \
                     (`inspraak templates init {}` writes them there to edit)",
                    dir.display(),
                    dir.display()
                );
            }
            for f in DEFAULTS {
                let path = dir.join(f.path);
                let blank = || {
                    std::fs::read_to_string(&path)
                        .is_ok_and(|t| t.trim_start_matches('\u{feff}').trim().is_empty())
                };
                let origin = if path.is_file() && blank() {
                    // `run` refuses it (an editor or sync mishap).
                    format!(
                        "{} (yours, EMPTY: `inspraak run` stops on it)",
                        path.display()
                    )
                } else if path.is_file() {
                    format!("{} (yours)", path.display())
                } else {
                    "built-in".to_string()
                };
                println!("{:<28} {origin}", f.path);
            }
            for w in unused_files(dir) {
                crate::cli::warn(format_args!("{w}"));
            }
            // Every field of every template, also in parts today's data
            // does not reach: `run` stops on these.
            // (`inspraak check` counts them as findings.)
            for p in problems_in(dir) {
                eprintln!("warning: {}", crate::text::terminal_safe_but(&p, &['\n']));
            }
            Ok(())
        }
    }
}

fn init(dir: &Path, force: bool) -> Result<()> {
    let (written, skipped) = write_defaults(dir, force)
        .with_context(|| format!("failed to write the templates to `{}`", dir.display()))?;
    for p in &written {
        println!("wrote {}", p.display());
    }
    if skipped.is_empty() {
        return Ok(());
    }
    for p in &skipped {
        eprintln!("kept {} (exists)", p.display());
    }
    // Missing files written beside the kept ones: done, as asked. Nothing
    // written: every file is there already, which `--force` would replace.
    if written.is_empty() {
        anyhow::bail!(
            "{} file(s) in `{}` already exist and were left alone; use --force to overwrite them",
            skipped.len(),
            dir.display()
        );
    }
    eprintln!(
        "note: {} file(s) in `{}` already existed and were left alone (--force overwrites them)",
        skipped.len(),
        dir.display()
    );
    Ok(())
}
