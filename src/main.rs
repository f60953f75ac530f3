//! The `inspraak` command.

use clap::Parser;

/// A faster allocator: the pipeline allocates many small strings.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // Rust ignores SIGPIPE, so `inspraak comments | head` made the next
    // `println!` panic ("failed printing to stdout: Broken pipe"). With the
    // default action the process ends quietly when its reader goes away, as
    // other command-line tools do. Output files are never pipes: only stdout
    // and stderr are affected.
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to the default before any other
    // thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = inspraak::cli::Cli::parse();
    let code = match inspraak::cli::execute(cli) {
        Ok(()) => 0,
        Err(err) => {
            // Errors name files: control characters but the message's own
            // line breaks are shown escaped.
            let safe = |s: &str| inspraak::text::terminal_safe_but(s, &['\n']).into_owned();
            eprintln!("error: {}", safe(&err.to_string()));
            // A cause the messages above already say is not repeated.
            let mut shown = err.to_string();
            for cause in err.chain().skip(1) {
                let cause = cause.to_string();
                if !shown.contains(&cause) {
                    eprintln!("  caused by: {}", safe(&cause));
                    shown.push_str(&cause);
                }
            }
            1
        }
    };
    exit_now(code)
}

/// Ends the process once what it printed is flushed, without the
/// allocator's clean-up at exit: returning the heap of a large run to the
/// system page by page cost a few milliseconds that nobody waits for. Every
/// file is written and closed before the command returns.
fn exit_now(code: i32) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    #[cfg(unix)]
    // SAFETY: `_exit` only ends the process; nothing of Rust's runs after
    // it, and the standard streams were flushed above.
    unsafe {
        libc::_exit(code)
    }
    #[cfg(not(unix))]
    std::process::exit(code)
}
