//! The `inspraak` command.

use clap::Parser;

/// A faster allocator: the pipeline allocates many small strings.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
