use super::*;
use std::os::unix::fs::PermissionsExt;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

#[test]
fn a_temp_file_takes_the_mode_of_the_file_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let probe = dir.path().join("probe");
    std::fs::write(&probe, "x").unwrap();
    let target = dir.path().join("ledger.toml");
    let fresh = temp_file_like(dir.path(), ".t-", ".tmp", &target).unwrap();
    assert_eq!(mode(fresh.path()), mode(&probe), "a new file's mode");
    std::fs::write(&target, "x").unwrap();
    for wanted in [0o664, 0o640, 0o600, 0o644] {
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(wanted)).unwrap();
        let temp = temp_file_like(dir.path(), ".t-", ".tmp", &target).unwrap();
        assert_eq!(mode(temp.path()), wanted);
    }
}
