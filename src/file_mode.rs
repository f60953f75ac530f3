//! Permissions of files written through a temporary file renamed over
//! them (the ledger, its backup, the cache, the output): the new file keeps
//! the permissions of the file it replaces, so colleagues who share the
//! folder keep access, and a file that did not exist yet gets the mode any
//! new file gets (`0o666` less the umask), not the owner-only `0o600` of a
//! temporary file.

use std::path::Path;

/// A new temporary file in `dir` (named `prefix…suffix`) that is to be
/// renamed over `like`: with `like`'s permissions when it is a file, else
/// with those of a new file.
pub fn temp_file_like(
    dir: &Path,
    prefix: &str,
    suffix: &str,
    like: &Path,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(suffix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Less the umask, as for any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let temp = builder.tempfile_in(dir)?;
    copy_permissions(like, temp.path())?;
    Ok(temp)
}

/// Gives the file `to` the permissions of the file `from` when `from` is
/// one (on Unix; elsewhere a new file's defaults are kept).
pub fn copy_permissions(from: &Path, to: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(from) {
        if meta.is_file() {
            std::fs::set_permissions(to, meta.permissions())?;
        }
    }
    #[cfg(not(unix))]
    let _ = (from, to);
    Ok(())
}

#[cfg(all(test, unix))]
mod tests;
