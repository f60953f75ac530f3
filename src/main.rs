//! The `inspraak` command.

use clap::Parser;

fn main() {
    let cli = inspraak::cli::Cli::parse();
    if let Err(err) = inspraak::cli::execute(cli) {
        eprintln!("error: {err}");
        for cause in err.chain().skip(1) {
            eprintln!("  caused by: {cause}");
        }
        std::process::exit(1);
    }
}
