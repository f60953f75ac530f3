use super::*;
use proptest::prelude::*;

fn key(n: u8) -> Key {
    [n; 32]
}

#[test]
fn kept_parts_come_back_in_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let first = Fragments::open(Some(&cache), "t");
    let mut renders = 0;
    let part = first
        .get_or_render::<()>(&key(1), || {
            renders += 1;
            Ok(b"<p>een</p>".to_vec())
        })
        .unwrap();
    assert_eq!(&*part, b"<p>een</p>");
    first.save();
    let second = Fragments::open(Some(&cache), "t");
    let part = second
        .get_or_render::<()>(&key(1), || {
            renders += 1;
            Ok(Vec::new())
        })
        .unwrap();
    assert_eq!(&*part, b"<p>een</p>");
    assert_eq!(renders, 1);
}

#[test]
fn parts_a_run_did_not_use_are_dropped_once_they_are_most_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let first = Fragments::open(Some(&cache), "t");
    first.add(key(1), b"een");
    first.add(key(2), b"twee");
    first.add(key(3), b"drie");
    first.save();
    // Two of three used: the unused one stays (no rewrite).
    let second = Fragments::open(Some(&cache), "t");
    assert!(second.get(&key(2)).is_some());
    assert!(second.get(&key(3)).is_some());
    second.save();
    let kept = |n: u8| {
        let bytes = std::fs::read(dir.path().join("fragments-t.bin")).unwrap();
        decode(&bytes).unwrap().0.contains_key(&key(n))
    };
    assert!(kept(1));
    // One of three used: the file is written anew with it.
    let third = Fragments::open(Some(&cache), "t");
    assert!(third.get(&key(3)).is_some());
    third.save();
    assert!(!kept(1) && !kept(2) && kept(3));
    let fourth = Fragments::open(Some(&cache), "t");
    assert_eq!(fourth.get(&key(3)), Some(&b"drie"[..]));
}

#[test]
fn new_parts_are_appended() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let path = dir.path().join("fragments-t.bin");
    let first = Fragments::open(Some(&cache), "t");
    first.add(key(1), b"een");
    first.save();
    let before = std::fs::read(&path).unwrap();
    let second = Fragments::open(Some(&cache), "t");
    assert!(second.get(&key(1)).is_some());
    second.add(key(2), b"twee");
    second.save();
    let after = std::fs::read(&path).unwrap();
    assert!(after.starts_with(&before));
    let third = Fragments::open(Some(&cache), "t");
    assert_eq!(third.get(&key(1)), Some(&b"een"[..]));
    assert_eq!(third.get(&key(2)), Some(&b"twee"[..]));
    // A segment cut short is ignored from there on; the next save
    // writes the file anew.
    std::fs::write(&path, &after[..after.len() - 2]).unwrap();
    let fourth = Fragments::open(Some(&cache), "t");
    assert_eq!(fourth.get(&key(1)), Some(&b"een"[..]));
    assert!(fourth.get(&key(2)).is_none());
    fourth.add(key(2), b"twee");
    fourth.save();
    let fifth = Fragments::open(Some(&cache), "t");
    assert_eq!(fifth.get(&key(2)), Some(&b"twee"[..]));
    assert!(fifth.whole);
}

#[test]
fn a_damaged_file_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let first = Fragments::open(Some(&cache), "t");
    first.add(key(1), b"een");
    first.save();
    let path = dir.path().join("fragments-t.bin");
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 6;
    bytes[last] ^= 1;
    std::fs::write(&path, &bytes).unwrap();
    assert!(Fragments::open(Some(&cache), "t").get(&key(1)).is_none());
    std::fs::write(&path, &bytes[..10]).unwrap();
    assert!(Fragments::open(Some(&cache), "t").get(&key(1)).is_none());
}

#[test]
fn without_a_cache_nothing_is_kept() {
    let f = Fragments::none();
    f.add(key(1), b"een");
    assert!(f.get(&key(1)).is_none());
    f.save();
}

#[test]
fn keys_depend_on_salt_and_value() {
    assert_ne!(key_of("html", "a"), key_of("md", "a"));
    assert_ne!(key_of("html", "a"), key_of("html", "b"));
    assert_eq!(key_of("html", "a"), key_of("html", "a"));
    let k = key_of("", "a");
    assert_ne!(derive(&k, b"x"), derive(&k, b"y"));
}

proptest! {
    #[test]
    fn encoding_round_trips(parts in proptest::collection::vec(
        (any::<u8>(), proptest::collection::vec(any::<u8>(), 0..40)), 0..20)
    ) {
        let entries: Vec<(Key, Vec<u8>)> =
            parts.into_iter().map(|(k, v)| (key(k), v)).collect();
        let bytes = encode(&entries);
        let (decoded, whole) = decode(&bytes).unwrap();
        prop_assert!(whole);
        let expected: HashMap<Key, Vec<u8>> = entries.into_iter().collect();
        prop_assert_eq!(decoded.len(), expected.len());
        for (k, v) in expected {
            prop_assert_eq!(&bytes[decoded[&k].0.clone()], &v[..]);
        }
    }

    #[test]
    fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(&bytes);
    }
}
