//! Fuzz target: any bytes as `ledger.toml` go through `Ledger::load`, the
//! function every command uses to read the working group's decisions. It
//! must return the ledger or an error, never panic.
//!
//! The ledger's parse-from-string function is private, so the bytes are
//! written to a file in a private temporary folder and loaded from there
//! (the file system cost is small next to TOML parsing).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// `ledger.toml` in a temporary folder of this process.
fn ledger_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("inspraak-fuzz-ledger-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary folder for the fuzz target");
        dir.join("ledger.toml")
    })
}

fuzz_target!(|data: &[u8]| {
    let path = ledger_path();
    std::fs::write(path, data).expect("write the fuzz input");
    let _ = inspraak::ledger::Ledger::load(path);
});
