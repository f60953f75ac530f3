use super::*;

#[test]
fn slug_is_safe() {
    assert_eq!(slug("Gemeente Noordwijk"), "gemeente-noordwijk");
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(
        slug("Stichting Zorg & Welzijn (Zuid)"),
        "stichting-zorg-welzijn-zuid"
    );
    assert_eq!(
        slug("Adviesraad Sociaal Domein Ede–Wageningen"),
        "adviesraad-sociaal-domein-ede-wageningen"
    );
    assert_eq!(slug("Inwoner 1"), "inwoner-1");
    assert_eq!(slug("Ångström é"), "angstrom-e");
    assert_eq!(slug("/\\:*?\"<>|"), "");
    // Long names are cut between words.
    assert_eq!(
        slug("College van burgemeester en wethouders van Pijnacker-Nootdorp"),
        "college-van-burgemeester-en-wethouders-van-pijnacker"
    );
    let long = "a".repeat(MAX_STEM + 5);
    assert_eq!(slug(&long).len(), MAX_STEM);
    assert!(slug(&"woord ".repeat(30)).len() <= MAX_STEM);
    assert!(!slug(&"woord ".repeat(30)).ends_with('-'));
}

#[test]
fn stems_are_unique() {
    let mut used = HashSet::new();
    assert_eq!(unique_stem("a", "x1", &mut used), "a");
    assert_eq!(unique_stem("a", "x2", &mut used), "a-x2-2");
    assert_eq!(unique_stem("", "x3", &mut used), "reactie-x3");
}

#[test]
fn kept_letter_keys_are_read_back_and_a_damaged_file_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    assert!(KeptLetters::load(&cache).get(&[1; 32]).is_none());
    let key = "ab".repeat(32);
    let entries = vec![([1; 32], key.clone()), ([2; 32], "kort".to_string())];
    KeptLetters::default().save_if_changed(&cache, entries);
    let kept = KeptLetters::load(&cache);
    assert_eq!(kept.get(&[1; 32]), Some(key.as_str()));
    // Only a context's key is kept.
    assert_eq!(kept.get(&[2; 32]), None);
    // The same entries again: the file is left as it is.
    let path = dir.path().join(KEPT);
    let written = std::fs::read(&path).unwrap();
    std::fs::write(&path, &written).unwrap();
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    kept.save_if_changed(&cache, vec![([1; 32], key.clone())]);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
    // A damaged file keeps nothing.
    let mut damaged = written;
    damaged[MAGIC.len()] ^= 1;
    std::fs::write(&path, damaged).unwrap();
    assert!(KeptLetters::load(&cache).get(&[1; 32]).is_none());
}
