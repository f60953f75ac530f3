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
