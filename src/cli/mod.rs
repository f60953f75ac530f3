//! The command line: one file per subcommand, each with its clap `Args`
//! and an `execute` function.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub mod check;
pub mod comments;
pub mod decide;
pub mod diff;
pub mod extract;
pub mod matrix;
pub mod run;
pub mod sections;
pub mod status;
pub mod templates;
pub mod watch;

/// From a public consultation to a response memo (nota van beantwoording).
#[derive(Debug, Parser)]
#[command(name = "inspraak", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Process the inbox and write every output (memo, letters, redline, JSON)
    Run(run::Args),
    /// Print the text the tool reads from a file (pages marked)
    Extract(extract::Args),
    /// List the sections of a version of the vision
    Sections(sections::Args),
    /// List the comments of the responses with their linked sections
    Comments(comments::Args),
    /// Record the working group's decision on a comment
    Decide(decide::Args),
    /// Show progress: decisions per status and per respondent, open comments
    Status(status::Args),
    /// Export or import the comment table (reactiematrix) as .xlsx or .csv
    Matrix(matrix::Args),
    /// Check decisions against the text: open comments, unexplained changes, ...
    Check(check::Args),
    /// Show the changes between two versions in the terminal
    Diff(diff::Args),
    /// Work with the document templates
    Templates(templates::Args),
}

/// Where the consultation lives; shared by most subcommands.
#[derive(Debug, Clone, Args)]
pub struct InboxArgs {
    /// The inbox folder (drafts/, responses/, consultation.toml)
    #[arg(long, value_name = "DIR", default_value = "inbox")]
    pub inbox: PathBuf,
    /// The decisions file [default: ledger.toml beside the inbox]
    #[arg(long, value_name = "FILE")]
    pub ledger: Option<PathBuf>,
}

impl InboxArgs {
    pub fn ledger_path(&self) -> PathBuf {
        self.ledger
            .clone()
            .unwrap_or_else(|| crate::inbox::Inbox::default_ledger_path(&self.inbox))
    }

    /// Refuses a `--ledger` inside the inbox's `responses/` or `drafts/`
    /// folder: the next run would read the ledger as a response (or a
    /// version of the draft).
    pub fn check_ledger_place(&self) -> anyhow::Result<()> {
        let Some(ledger) = &self.ledger else {
            return Ok(());
        };
        // The folder the ledger is (or will be) in, as a real path.
        let folder = match ledger.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let Ok(folder) = folder.canonicalize() else {
            return Ok(());
        };
        for inside in ["responses", "drafts"] {
            let Ok(sub) = self.inbox.join(inside).canonicalize() else {
                continue;
            };
            if folder.starts_with(&sub) {
                anyhow::bail!(
                    "the ledger `{}` is inside the inbox's `{inside}/` folder, where every file is \
                     read as {}: keep it outside that folder (the default is `ledger.toml` \
                     beside the inbox); nothing was read or written",
                    ledger.display(),
                    if inside == "responses" {
                        "a response"
                    } else {
                        "a version of the draft"
                    }
                );
            }
        }
        Ok(())
    }

    /// Opens the inbox and ledger and builds the consultation in memory.
    pub fn load(
        &self,
    ) -> anyhow::Result<(
        crate::inbox::Inbox,
        crate::ledger::Ledger,
        crate::model::Consultation,
    )> {
        self.check_ledger_place()?;
        let inbox = crate::inbox::Inbox::open(&self.inbox)?;
        // What `run` warns about the inbox's set-up (no `responses/`
        // folder, an empty one), every command says: `status` would
        // otherwise report an empty consultation as 100% done.
        for p in inbox
            .skipped
            .iter()
            .filter(|p| p.kind == crate::model::ProblemKind::Setup)
        {
            crate::cli::warn(format_args!("{}: {}", p.file, p.message));
        }
        if let Some(path) = self.ledger.as_deref().filter(|p| !p.exists()) {
            // A mistyped `--ledger` would otherwise show every point open.
            eprintln!(
                "note: the ledger `{}` does not exist: no decisions are read (a new ledger is \
                 made there when a decision is recorded); check the path if decisions were \
                 expected",
                path.display()
            );
        }
        let ledger = crate::ledger::Ledger::load(&self.ledger_path())?;
        let opts = crate::pipeline::BuildOptions {
            cache: Some(crate::cache::Cache::beside(&self.inbox)),
            progress: false,
            timings: None,
            file_timeout: None,
        };
        let consultation = crate::pipeline::build_with(&inbox, &ledger, &opts);
        Ok((inbox, ledger, consultation))
    }
}

/// Runs the parsed command.
pub fn execute(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Run(a) => run::execute(&a),
        Command::Extract(a) => extract::execute(&a),
        Command::Sections(a) => sections::execute(&a),
        Command::Comments(a) => comments::execute(&a),
        Command::Decide(a) => decide::execute(&a),
        Command::Status(a) => status::execute(&a),
        Command::Matrix(a) => matrix::execute(&a),
        Command::Check(a) => check::execute(&a),
        Command::Diff(a) => diff::execute(&a),
        Command::Templates(a) => templates::execute(&a),
    }
}

/// Prints `warning: {message}` on stderr, control characters escaped
/// ([`crate::text::terminal_safe`]): warnings name files, and a file name
/// from outside may hold a line feed or an escape sequence.
pub fn warn(message: impl std::fmt::Display) {
    eprintln!("{}", warning_line(message));
}

/// The line [`warn`] prints.
pub fn warning_line(message: impl std::fmt::Display) -> String {
    format!(
        "warning: {}",
        crate::text::terminal_safe(&message.to_string())
    )
}

/// An argument of a command line that advice prints, as it must be typed
/// in a POSIX shell: bare when it is one word of safe characters (`5.2`,
/// `c-1a2b3c4d`), in double quotes when it has spaces or other special
/// characters (`"Bijlage 1"`), in single quotes when it has characters that
/// double quotes still interpret (`$`, `` ` ``, `\`, `"`, `!`).
pub fn shell_quote(arg: &str) -> String {
    let safe = |c: char| c.is_alphanumeric() || "._,:/=@%+-".contains(c);
    if !arg.is_empty() && arg.chars().all(safe) {
        return arg.to_string();
    }
    if !arg.contains(['$', '`', '\\', '"', '!']) {
        return format!("\"{arg}\"");
    }
    format!("'{}'", arg.replace('\'', r"'\''"))
}

/// First `max` characters of `text` on one line, with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests;
