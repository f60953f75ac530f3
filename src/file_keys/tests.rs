use super::*;

fn settled_stat(path: &Path) -> Stat {
    let f = std::fs::File::options().append(true).open(path).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
    let mut stat = Stat::of(&std::fs::metadata(path).unwrap()).unwrap();
    // The change time moves with set_modified; tests stand in for a
    // file written a minute ago.
    stat.changed = stat.modified;
    stat
}

#[test]
fn remembers_a_settled_file_until_it_changes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.pdf");
    std::fs::write(&file, b"one").unwrap();
    let stat = settled_stat(&file);
    let keys = FileKeys::load(dir.path(), "s");
    assert_eq!(keys.get(&file, &stat), None);
    keys.remember(&file, stat, "k1".into());
    keys.save(dir.path(), "s");

    let again = FileKeys::load(dir.path(), "s");
    assert_eq!(again.get(&file, &stat), Some("k1".into()));
    let mut grown = stat;
    grown.len += 1;
    assert_eq!(again.get(&file, &grown), None);
    let mut touched = stat;
    touched.modified += 1;
    assert_eq!(again.get(&file, &touched), None);
    let mut rewritten = stat;
    rewritten.changed += 1;
    assert_eq!(again.get(&file, &rewritten), None);
    let mut replaced = stat;
    replaced.inode += 1;
    assert_eq!(again.get(&file, &replaced), None);
    // Another build of the tool has other keys.
    assert_eq!(FileKeys::load(dir.path(), "t").get(&file, &stat), None);
}

#[test]
fn a_file_written_just_now_is_not_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.pdf");
    std::fs::write(&file, b"one").unwrap();
    let stat = Stat::of(&std::fs::metadata(&file).unwrap()).unwrap();
    let keys = FileKeys::load(dir.path(), "s");
    keys.remember(&file, stat, "k1".into());
    keys.save(dir.path(), "s");
    assert_eq!(FileKeys::load(dir.path(), "s").get(&file, &stat), None);
}

#[test]
fn files_not_seen_in_a_run_are_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    std::fs::write(&a, b"a").unwrap();
    std::fs::write(&b, b"b").unwrap();
    let (sa, sb) = (settled_stat(&a), settled_stat(&b));
    let first = FileKeys::load(dir.path(), "s");
    first.remember(&a, sa, "ka".into());
    first.remember(&b, sb, "kb".into());
    first.save(dir.path(), "s");
    let second = FileKeys::load(dir.path(), "s");
    assert_eq!(second.get(&a, &sa), Some("ka".into()));
    second.save(dir.path(), "s");
    let third = FileKeys::load(dir.path(), "s");
    assert_eq!(third.get(&a, &sa), Some("ka".into()));
    assert_eq!(third.get(&b, &sb), None);
}

#[test]
fn a_damaged_index_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(INDEX_FILE), b"garbage").unwrap();
    let keys = FileKeys::load(dir.path(), "s");
    assert!(keys.known.is_empty());
}
