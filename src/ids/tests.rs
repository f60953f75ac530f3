use super::*;

#[test]
fn normalize_lower_cases_as_char_to_lowercase_does() {
    let text = "Het ÉÉN-loket, ΣΟΦΊΑ İstanbul ẞTRASSE Ǆ Ⅻ KELVIN k ſ 5.2 § ‘Zo’n’ regio’s";
    let old: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(char::to_lowercase).collect())
        .collect();
    assert_eq!(normalize(text), old.join(" "));
}

fn value_hash<T: serde::Serialize>(v: &T) -> [u8; 32] {
    let mut h = ContentHash::default();
    h.value(v).unwrap();
    h.bytes()
}

#[test]
fn different_values_hash_differently() {
    let values = [
        value_hash(&vec!["ab", "c"]),
        value_hash(&vec!["a", "bc"]),
        value_hash(&vec![vec!["a"], vec![]]),
        value_hash(&vec![vec![], vec!["a"]]),
        value_hash(&(Some(1u32), None::<u32>)),
        value_hash(&(None::<u32>, Some(1u32))),
        value_hash(&1u32),
        value_hash(&2u32),
        value_hash(&1.0f32),
        value_hash(&"x".repeat((1 << 16) + 10)),
        value_hash(&"x".repeat((1 << 16) + 11)),
    ];
    for (i, a) in values.iter().enumerate() {
        for b in &values[i + 1..] {
            assert_ne!(a, b);
        }
    }
    assert_eq!(value_hash(&vec!["ab", "c"]), value_hash(&vec!["ab", "c"]));
}

#[test]
fn layout_does_not_change_ids() {
    let a = comment_id("r-1", "De samen-\nwerking moet beter.");
    let b = comment_id("r-1", "De samen- werking  moet beter");
    assert_eq!(a, b);
    assert_ne!(a, comment_id("r-2", "De samen- werking moet beter"));
    assert!(a.starts_with("c-") && a.len() == 10);
}

#[test]
fn an_emails_header_lines_do_not_change_the_response_id() {
    let letter = "Geachte werkgroep,\n\nDe opvang moet ook plaatsen voor mannen hebben.\n";
    let mail = format!(
        "From: Stichting Buurtkracht\nDate: Wed, 14 Oct 2026 10:00:00 +0200\n\
             Subject: Reactie\n\n{letter}"
    );
    let pasted = format!("Van: Stichting Buurtkracht\nOnderwerp: Reactie\n\n{letter}");
    assert_eq!(without_mail_head(&mail), letter);
    assert_eq!(without_mail_head(&pasted), letter);
    // A letter's own date, or a field further down, is the letter's.
    let dated = format!("Datum: 14 oktober 2026\n\n{letter}");
    assert_eq!(without_mail_head(&dated), dated);
    let below = format!("{letter}\nOnderwerp: opvang\n");
    assert_eq!(without_mail_head(&below), below);
    // An e-mail whose sender and subject were left out: a date with a
    // time of day is the envelope's.
    let dated_mail = format!("Date: Wed, 14 Oct 2026 10:00:00 +0200\n\n{letter}");
    assert_eq!(without_mail_head(&dated_mail), letter);
    let dated_at = format!("Datum: 14-10-2026 10:00\n\n{letter}");
    assert_eq!(without_mail_head(&dated_at), letter);
}

#[test]
fn an_emails_signature_block_does_not_change_the_response_id() {
    let letter = "Geachte werkgroep,\n\nDe opvang moet ook plaatsen voor mannen hebben.\n\nMet vriendelijke groet,\nSanne Pietersen\n";
    for signed in [
        format!("{letter}-- \nSanne Pietersen | Buurtkracht\n06-12345678\n"),
        format!("{letter}--\nVerstuurd vanaf mijn iPhone\n"),
    ] {
        assert_eq!(without_mail_signature(&signed), letter);
    }
    // Dashes inside a line, or a longer rule, are the letter's.
    for kept in [
        format!("{letter}Zie ook -- hieronder\n"),
        format!("{letter}---\nP.S. nog iets\n"),
        letter.to_string(),
    ] {
        assert_eq!(without_mail_signature(&kept), kept);
    }
}

#[test]
fn dedupe_suffixes_repeats() {
    let mut ids = vec!["a".to_string(), "b".into(), "a".into(), "a".into()];
    dedupe(&mut ids);
    assert_eq!(ids, ["a", "b", "a-2", "a-3"]);
}
