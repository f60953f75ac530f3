use super::*;

fn d(p: &str, n: &str) -> Hyphen {
    decide(p, n, &HashSet::new())
}

#[test]
fn dutch_rules() {
    assert_eq!(d("samen-", "werking"), Hyphen::Join);
    assert_eq!(d("Midden-", "Holland"), Hyphen::Keep);
    assert_eq!(d("EU-", "niveau"), Hyphen::Keep);
    assert_eq!(d("COVID-19-", "patiënten"), Hyphen::Keep);
    assert_eq!(d("notificatie-app-", "software"), Hyphen::Keep);
    assert_eq!(d("kind-", "en"), Hyphen::Leave);
    assert_eq!(d("17-", "08-2020"), Hyphen::Keep);
    assert_eq!(d("samen\u{AD}", "werking"), Hyphen::Join);
    assert_eq!(d("risico-", "inschatting"), Hyphen::Keep);
    assert_eq!(d("ide-", "aal"), Hyphen::Join);
}

#[test]
fn a_compounds_own_hyphen_at_a_line_end_is_kept() {
    // A single letter before the hyphen, and two adjectives side by
    // side (a coordinated compound), are written with a hyphen.
    assert_eq!(d("e-", "mail"), Hyphen::Keep);
    assert_eq!(d("x-", "as"), Hyphen::Keep);
    assert_eq!(d("sociaal-", "emotionele"), Hyphen::Keep);
    assert_eq!(d("medisch-", "specialistische"), Hyphen::Keep);
    assert_eq!(d("juridisch-", "financieel,"), Hyphen::Keep);
    // A word broken at a syllable, or a noun compound, is joined.
    assert_eq!(d("taal-", "ontwikkeling"), Hyphen::Join);
    assert_eq!(d("professi-", "onele"), Hyphen::Join);
    assert_eq!(d("maal-", "tijden"), Hyphen::Join);
    // The document's own spelling still decides first.
    let v = vocabulary(["de sociaalemotionele ontwikkeling"].into_iter());
    assert_eq!(decide("sociaal-", "emotionele", &v), Hyphen::Join);
}

#[test]
fn vocabulary_decides() {
    let v = vocabulary(["de zorg-aanbieder en"].into_iter());
    assert_eq!(decide("zorg-", "aanbieder", &v), Hyphen::Keep);
    let v = vocabulary(["de GGD-en zijn"].into_iter());
    assert_eq!(decide("GGD-", "en", &v), Hyphen::Keep);
    let v = vocabulary(["de zorgaanbieder"].into_iter());
    assert_eq!(decide("zorg-", "aanbieder", &v), Hyphen::Join);
}

#[test]
fn lines_are_joined() {
    let mut a = RawLine {
        text: "goede samen-".into(),
        ..RawLine::default()
    };
    let mut b = RawLine {
        text: "werking in Midden-".into(),
        ..RawLine::default()
    };
    let mut c = RawLine {
        text: "Holland.".into(),
        ..RawLine::default()
    };
    let mut refs = vec![&mut a, &mut b, &mut c];
    dehyphenate(&mut refs, &HashSet::new());
    assert_eq!(a.text, "goede samenwerking");
    assert_eq!(b.text, "in Midden-Holland.");
    assert_eq!(c.text, "");
}

/// QA31d: prefixes Dutch writes with a hyphen keep it at a line end, and an
/// e-mail or web address keeps its own hyphen; a syllable `ex-` is joined.
#[test]
fn hyphenated_prefixes_and_addresses_keep_their_hyphen() {
    let none = HashSet::new();
    for (prefix, next) in [
        ("niet-", "westerse"),
        ("oud-", "slachtoffers"),
        ("ex-", "partner"),
        ("Ex-", "partners"),
        ("info@veilig-", "opgroeien.nl"),
        ("https://www.example.nl/bereik-", "baarheid"),
    ] {
        assert_eq!(decide(prefix, next, &none), Hyphen::Keep, "{prefix}{next}");
    }
    assert_eq!(decide("ex-", "tra", &none), Hyphen::Join);
    assert_eq!(decide("samen-", "werking", &none), Hyphen::Join);
    assert!(is_address("(https://www.example.nl/"));
    assert!(is_address("info@example.nl"));
    assert!(!is_address("@werkgroep"));
    assert!(!is_address("en/of"));
}
