use super::*;

/// The patterns with a form for text of Latin letters and punctuation
/// only ([`StaticRegex::built_narrowed`]).
fn narrowed() -> Vec<&'static StaticRegex> {
    vec![
        email_re(),
        relation_re(),
        relation_quoted_re(),
        relation_dashed_re(),
        address_form_re(),
        street_re(),
        number_before_street_re(),
        titled_street_re(),
        english_street_re(),
        street_after_cue_re(),
        street_before_postcode_re(),
        street_line_re(),
        street_before_place_re(),
        street_after_preposition_re(),
        lived_on_street_re(),
        birth_date_re(),
        date_before_born_re(),
        date_re(),
        bsn_after_cue_re(),
        bsn_re(),
        postcode_re(),
    ]
}

/// Texts with what scrubbing takes out: addresses (Dutch and
/// English), e-mail addresses, names after forms of address and
/// relation words (plain, quoted, between dashes, in lists).
const PERSONAL: &[&str] = &[
    "Ik woon al 12 jaar aan de Lindelaan 12a in Katwijk.",
    "Wij wonen aan de Dijkstraat, naast De Kamp. Mijn adres is Kerkweg.",
    "Mijn adres: Oude Rijn 44, 2312 AB Leiden.",
    "Achterom 4\n2201 AB Noordwijk",
    "Wij wonen op Noordeinde 12 te Zandhoven, naast de Burgemeester de Vlugtlaan 5.",
    "Schrijf mij op het Spui 4 of aan de Laan van Meerdervoort 1023-II.",
    "My address is 221b Baker St. and before that Baker Street 12.",
    "Mail naar j.w.bakker@ziggo.nl of jwbakker at gmail dot com.",
    "Volgens mevrouw Bakker en dhr. P. Jansen en meneer van Dijk en MEVR de Wit.",
    "Mijn buurman Kees Vermeulen belde, en mijn zoon (Noah, 8 jaar) ook.",
    "Onze kinderen Sem (8) en Luuk (5), onze oppas Lotte, my neighbour Tom Harris.",
    "Mijn buurman ‘Kees’ Hoekstra en mijn tante - Riet van Dam - zeggen het ook.",
    "mijn MOEDER, Joke, en mijn kinderen Tim en Eva, mijn buurvrouw dos Santos",
    "De heer 't Hooft en mw. Özdemir en Mevrouw Łukasiewicz schreven.",
    "Mijn BSN is 123456782; burgerservicenummer: 1234.56.782, sofinummer 111 222 333.",
    "Op rekening NL91 ABNA 0417 1643 00 of IBAN DE89 3704 0044 0532 0130 00 graag.",
    "Geboren op 12 maart 1975; geboortedatum van mijn dochter: 08-08-2017, en 1-3-75.",
    "Ik ben op 10 oktober 1988 geboren, zij 3-4-2015 in Gouda geboren; born in London on 3 May 1980.",
    "Postcode: 2312AB 12a; adres is 2201 AB, [adres], 2201AB 4.",
    "Mijn zus woont op huisnummer 27 aan de Vaartweg, mijn ex op Dorpsstraat nr. 12.",
];

#[test]
fn name_parts_are_found_as_often_as_they_occur() {
    // The finder (a DFA) finds each part, in any capitals and without
    // accents, once for each place it occurs, overlapping ones too.
    let names = [
        "Jan de Vries",
        "Çelik Özdemir",
        "Anne-Marie van der Berg",
        "Ann Berg",
        "Vries",
        "Łukasz Nowak",
    ];
    let scrubber = Scrubber::for_names(&names);
    assert!(scrubber.name_parts().len() > names.len());
    let mut texts: Vec<String> = crate::text::narrow_check::letter_corpus()
        .into_iter()
        .take(80)
        .collect();
    texts.extend(
        [
            "Jan de Vries en JAN DE VRIES, celik en Ozdemir, annemarie",
            "Anne-Marie van der Berg schreef; Ann Berg ook, en de Vriesjes",
            "LUKASZ NOWAK en Łukasz, bergen en vriesland",
            // ASCII only (folded without lower-casing first), with a
            // backtick for an apostrophe.
            "JAN DE VRIES zei `t al: Ann Berg en ANNE-MARIE VAN DER BERG, vries",
        ]
        .map(str::to_string),
    );
    let count = |hay: &str, needle: &str| {
        (0..hay.len())
            .filter(|&i| hay.is_char_boundary(i) && hay[i..].starts_with(needle))
            .count()
    };
    let mut any = 0;
    for text in &texts {
        let mut found = Vec::new();
        scrubber.find_parts(text, &mut found);
        let hay = folded(&text.to_lowercase());
        for (i, part) in scrubber.name_parts().iter().enumerate() {
            let want = count(&hay, &folded(&part.to_lowercase()));
            assert_eq!(
                found.iter().filter(|&&f| f == i).count(),
                want,
                "{part} in {text}"
            );
            any += want;
        }
    }
    assert!(any > 10, "{any}");
}

#[test]
fn narrowed_patterns_match_as_the_whole_patterns_do() {
    use crate::text::narrow_check::{assert_same_matches, letter_corpus, units};
    // What scrubbing searches: the responses' texts and parts of them
    // (comments are paragraphs and sentences), accented, upper- and
    // lower-cased, and texts with every kind of personal data.
    let mut texts = letter_corpus();
    assert!(texts.len() > 100, "{}", texts.len());
    texts.extend(PERSONAL.iter().map(|t| t.to_string()));
    let units = units(&texts);
    let res = narrowed();
    let code = include_str!("../privacy.rs");
    let (code, _) = code.split_at(code.find("#[cfg(test)]").unwrap());
    let defined = code.matches("StaticRegex::built_narrowed(").count()
        + code.matches("StaticRegex::narrowed(").count();
    assert_eq!(
        defined,
        res.len(),
        "add the new narrowed regex to narrowed()"
    );
    let counts = assert_same_matches(&res, &units);
    for (re, (compared, found)) in res.iter().zip(counts) {
        assert!(compared > 10_000, "{compared} {}", re.get().as_str());
        assert!(found > 0, "no match of {}", re.get().as_str());
    }
    // Text of other characters gets the whole pattern.
    for text in ["Straße 5 → Kerkstraat 3", "Дмитрий woont op Kerkstraat 3"] {
        assert!(!crate::text::is_narrow_text(text));
        assert!(std::ptr::eq(street_re().for_text(text), street_re().get()));
        assert!(street_re().for_text(text).is_match(text));
    }
}

#[test]
fn patterns_built_from_word_lists_are_static_regexes() {
    // Built at run time from the program's own lists, they compile as
    // `StaticRegex::built` does, with no `expect` of their own.
    let code = include_str!("../privacy.rs");
    let (code, _) = code.split_at(code.find("#[cfg(test)]").unwrap());
    assert!(!code.contains(".expect("), "use StaticRegex::built");
    assert!(!code.contains("RE.get_or_init("), "use StaticRegex::built");
    for (re, text) in [
        (relation_re().get(), "mijn dochter Sanne"),
        (relation_cue_re().get(), "mijn dochter Sanne"),
        (address_form_re().get(), "mevrouw De Vries"),
        (address_form_cue_re().get(), "mevrouw De Vries"),
        (relation_quoted_re().get(), "mijn buurman ‘Kees’ Hoekstra"),
        (relation_dashed_re().get(), "mijn buurman - Kees Hoekstra -"),
        (relation_quoted_cue_re().get(), "mijn buurman \"Kees\""),
        (list_item_words_re(), "baby "),
        (street_after_cue_re().get(), "ik woon aan de Lindelaan 12"),
        (lived_on_street_re().get(), "ik woon aan de Lindelaan"),
        (
            street_before_postcode_re().get(),
            "Oude Rijn 44, 2312 AB Leiden",
        ),
        (street_line_re().get(), "Lindelaan 12"),
        (
            number_before_street_re().get(),
            "huisnummer 27 aan de Vaartweg",
        ),
        (street_before_place_re().get(), "Noordeinde 12 te Zandhoven"),
        (street_after_preposition_re().get(), "op Noordeinde 12"),
        (birth_date_re().get(), "geboortedatum is 10-10-1988"),
        (date_before_born_re().get(), "10-10-1988 geboren"),
        (date_re().get(), "10-10-1988"),
    ] {
        assert!(re.is_match(text), "{re} on {text}");
    }
}

#[test]
fn folding_drops_accents_and_capitals() {
    assert_eq!(
        folded("Çelik-ÖZDEMIR en Anne-Marie"),
        "celik-ozdemir en anne-marie"
    );
    assert_eq!(folded("Jan de Vries"), "jan de vries");
    for (c, want) in [
        ("É", "e"),
        ("ï", "i"),
        ("ñ", "n"),
        ("Z", "z"),
        ("7", "7"),
        ("ß", "ss"),
        ("Ł", "l"),
        ("İ", "i"),
        ("ı", "i"),
        ("ễ", "e"),
        ("Ư", "u"),
        ("ø", "o"),
        ("Æ", "ae"),
        ("đ", "d"),
        ("ą", "a"),
        ("’", "'"),
        ("ʼ", "'"),
        ("´", "'"),
        ("`", "'"),
    ] {
        assert_eq!(folded(c), want, "{c}");
    }
    // The lower case of `İ` has a mark of its own.
    assert_eq!(folded(&"İbrahim".to_lowercase()), "ibrahim");
}

#[test]
fn words_scrubbed_from_a_comment_leave_its_link_reasons_too() {
    let original = "Mijn buurman Kees Vermeulen sloeg zijn vrouw.";
    let scrubbed = "Mijn buurman [naam] sloeg zijn vrouw.";
    let removed = removed_words(original, scrubbed);
    let mut expected: Vec<&str> = vec!["kees", "vermeulen"];
    let mut got: Vec<&str> = removed.iter().map(String::as_str).collect();
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected);
    assert_eq!(
        without_words(
            "zelfde onderwerp (≈ buurman kees vermeulen), Vermeulen",
            &removed
        ),
        "zelfde onderwerp (≈ buurman [naam] [naam]), [naam]"
    );
}

#[test]
fn removes_name_parts_with_initials_and_particles() {
    let s = Scrubber::for_names(&["Jan de Vries"]);
    assert_eq!(
        s.scrub("Ondergetekende, J. de Vries, en ook Jan schreef. De vriesdroger blijft."),
        "Ondergetekende, [naam], en ook [naam] schreef. De vriesdroger blijft."
    );
    assert_eq!(
        s.scrub("Met vriendelijke groet, Jan de Vries"),
        "Met vriendelijke groet, [naam]"
    );
}

#[test]
fn a_given_name_of_the_signatures_initial_goes_with_the_surname() {
    let s = Scrubber::for_names(&["K. Visser", "J.P. de Wit"]);
    assert_eq!(
        s.scrub("Mijn naam is Karin Visser en mijn buurman heet Piet de Wit."),
        "Mijn naam is [naam] en mijn buurman heet [naam]."
    );
    // Another initial, or no name before it: only the surname goes.
    assert_eq!(
        s.scrub("Bij Visser thuis sprak Marloes Visser met de wijkagent."),
        "Bij [naam] thuis sprak Marloes [naam] met de wijkagent."
    );
    // Without initials nothing before the surname is taken.
    let plain = Scrubber::for_names(&["Visser"]);
    assert_eq!(plain.scrub("Karin Visser belde."), "Karin [naam] belde.");
    assert_eq!(initials_of("mevr. K.L. van Dam"), vec!['K', 'L']);
    assert!(initials_of("Karin Visser").is_empty());
    // A call name in brackets after the initials is a name part.
    let s = Scrubber::for_names(&["P.C. (Piet) de Groot"]);
    let scrubbed = s.scrub("Piet schreef het al: P.C. (Piet) de Groot, Piet de Groot.");
    assert!(
        !scrubbed.contains("Piet") && !scrubbed.contains("Groot"),
        "{scrubbed}"
    );
}

#[test]
fn small_patterns_and_the_big_one_remove_the_same() {
    let names: Vec<String> = (0..80)
        .map(|i| format!("Jan{} de Vries{}", i % 9, i))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let texts: Vec<String> = (0..80)
        .map(|i| {
            format!(
                "Ik, J. de Vries{i}, schreef met Jan{} en Vries{}; de Vries{i}x niet.",
                i % 9,
                (i * 7) % 80
            )
        })
        .collect();
    let first = Scrubber::for_names(&names);
    let before: Vec<String> = texts.iter().map(|t| first.scrub(t)).collect();
    // Past the small patterns: the big one.
    assert!(first.names.as_ref().unwrap().all[0].get().is_some());
    let fresh = Scrubber::for_names(&names);
    for (t, b) in texts.iter().zip(&before).rev() {
        assert_eq!(&fresh.scrub(t), b);
    }
    assert!(
        before[3].contains("Ik, [naam], schreef met [naam] en [naam]"),
        "{}",
        before[3]
    );
    assert!(before[3].contains("Vries3x"), "{}", before[3]);
}

#[test]
fn kept_texts_are_what_scrubbing_gives() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let text = "Jan de Vries en Piet Bakker wonen aan de Dorpsstraat 3, 2311 AB.";
    let first = Scrubber::for_names(&["Jan de Vries"]).keeping(Some(&cache));
    assert_eq!(
        first.scrub(text),
        Scrubber::for_names(&["Jan de Vries"]).scrub(text)
    );
    first.save_kept();
    // Kept: the same text comes back without scrubbing.
    let again = Scrubber::for_names(&["Jan de Vries"]).keeping(Some(&cache));
    assert!(again
        .kept
        .as_ref()
        .unwrap()
        .get(&again.kept_key(text, true))
        .is_some());
    assert_eq!(
        again.scrub(text),
        "[naam] en Piet Bakker wonen aan de [adres], [adres]."
    );
    // A new private person named in the text: scrubbed anew.
    let names = ["Jan de Vries", "Piet Bakker"];
    let more = Scrubber::for_names(&names).keeping(Some(&cache));
    assert_eq!(more.scrub(text), Scrubber::for_names(&names).scrub(text));
    assert_eq!(
        more.scrub(text),
        "[naam] en [naam] wonen aan de [adres], [adres]."
    );
    // One not named in it changes nothing: kept.
    let other = Scrubber::for_names(&["Jan de Vries", "Kees Jansen"]).keeping(Some(&cache));
    assert!(other
        .kept
        .as_ref()
        .unwrap()
        .get(&other.kept_key(text, true))
        .is_some());
}

/// A draft's public texts are kept between runs like scrubbed texts, and
/// are what scrubbing gives for the names and wording of each run: a name
/// no longer among the private persons, or another language, is not
/// served from what an earlier run kept.
#[test]
fn kept_draft_texts_follow_the_names_and_the_wording() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let text = "Op voorstel van Karin Visser komt er een buurtbus in Duinstad.";
    let plain = "De regio werkt samen aan vervoer voor iedereen.";
    let first = Scrubber::for_names(&["Karin Visser"]).keeping(Some(&cache));
    let public = first.draft_text(text);
    assert_eq!(
        public,
        Scrubber::for_names(&["Karin Visser"]).draft_text(text)
    );
    assert_eq!(
        public.as_deref(),
        Some("Op voorstel van [naam] komt er een buurtbus in Duinstad.")
    );
    assert_eq!(first.draft_text(plain), None);
    first.save_kept();
    // Kept: the next run finds it.
    let again = Scrubber::for_names(&["Karin Visser"]).keeping(Some(&cache));
    let key = again.salted_key(KEPT_DRAFT_SALT, b"Nl", text, false);
    assert!(again.kept.as_ref().unwrap().get(&key).is_some());
    assert_eq!(again.draft_text(text), public);
    // Karin Visser withdrew her response: her name is no private
    // person's any more, and the text goes as the draft has it.
    let withdrawn = Scrubber::for_names(&["Piet Bakker"]).keeping(Some(&cache));
    assert_eq!(withdrawn.draft_text(text), None);
    // Worded in English: the placeholder in English.
    let english = Scrubber::for_names(&["Karin Visser"])
        .keeping(Some(&cache))
        .worded_in(crate::report::Lang::En);
    assert_eq!(
        english.draft_text(text),
        Scrubber::for_names(&["Karin Visser"])
            .worded_in(crate::report::Lang::En)
            .draft_text(text)
    );
    assert_ne!(english.draft_text(text), public);
}

#[test]
fn a_damaged_kept_file_only_means_scrubbing_again() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let text = "Groet, Jan de Vries (06-12345678)";
    let first = Scrubber::for_names(&["Jan de Vries"]).keeping(Some(&cache));
    let expected = first.scrub(text);
    first.save_kept();
    let path = dir.path().join(format!("fragments-{KEPT}.bin"));
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 6;
    bytes[last] ^= 0xff;
    std::fs::write(&path, &bytes).unwrap();
    let second = Scrubber::for_names(&["Jan de Vries"]).keeping(Some(&cache));
    assert_eq!(second.scrub(text), expected);
}

#[test]
fn lower_case_guess_removes_nothing() {
    let s = Scrubber::for_names(&["reactie inwoner"]);
    assert_eq!(
        s.scrub("Een reactie van een inwoner."),
        "Een reactie van een inwoner."
    );
}

#[test]
fn removes_phone_numbers_with_spaced_dashes_and_foreign_ones() {
    // QA: `071 - 512 34 56` and `06 - 12 34 56 78` were published.
    let s = Scrubber::default();
    let out = s.scrub(
        "Bel 071 - 512 34 56 of 071-5123456 of 0715123456 of 071 5123456 of (071) 512 3456 \
             of 06 - 12 34 56 78 of 071/5123456 of +44 7700 900123 of +447700900123 of 0049 30 \
             1234567.",
    );
    assert_eq!(out.matches(PHONE).count(), 10, "{out}");
    assert!(!out.chars().any(|c| c.is_ascii_digit()), "{out}");
    // Not phone numbers: a range of dates, an amount.
    for text in [
        "In de periode 01-01-2025 - 31-12-2025 en 2024 - 2026.",
        "Een tekort van +15.000.000 euro, of 0,5 - 1,2 miljoen.",
    ] {
        assert_eq!(s.scrub(text), text);
    }
}

#[test]
fn every_name_of_a_list_with_ages_goes() {
    // QA: `Sem (8) en Luuk (5)` kept Luuk.
    let s = Scrubber::default();
    assert_eq!(
            s.scrub("Onze kinderen Sem (8) en Luuk (5) ook. Mijn kinderen Tim (8 jaar), Eva (5) en Bas zagen het."),
            "Onze kinderen [naam] (8) en [naam] (5) ook. Mijn kinderen [naam] (8 jaar), [naam] (5) en [naam] zagen het."
        );
}

#[test]
fn names_after_child_carers_go() {
    // QA: the children's carers' names were published.
    let s = Scrubber::default();
    assert_eq!(
        s.scrub(
            "Onze oppas Lotte, onze gastouder Yvonne, de babysitter Roos, de kinderoppas \
                 Anne en de peuterleidster Fatima wisten het."
        ),
        "Onze oppas [naam], onze gastouder [naam], de babysitter [naam], de kinderoppas \
             [naam] en de peuterleidster [naam] wisten het."
    );
}

#[test]
fn a_letter_in_english_loses_its_third_parties_and_address() {
    // QA: an English letter kept its street, phone number and family.
    let s = Scrubber::default();
    assert_eq!(
        s.scrub(
            "I live at 12 Baker Street, Zoeterhout. My daughter Emily waited after my wife \
                 Sarah was assaulted. My neighbour Tom Harris called. Or write to 221b Baker St. \
                 or Baker Street 12 or Bahnhofstraße 5."
        ),
        "I live at [adres], Zoeterhout. My daughter [naam] waited after my wife [naam] was \
             assaulted. My neighbour [naam] called. Or write to [adres] or [adres] or [adres]."
    );
}

#[test]
fn a_street_named_after_a_title_goes_whole() {
    // QA: `Burgemeester de [adres]`, `v. [adres]`.
    let s = Scrubber::default();
    assert_eq!(
        s.scrub(
            "Post: Burgemeester de Vlugtlaan 5, of v. Heemstraweg 3, of Dr. van Noortstraat 3."
        ),
        "Post: [adres], of [adres], of [adres]."
    );
    // A capitalised word in general does not take a particle along.
    assert_eq!(
        s.scrub("In de Kerkstraat 5 woont niemand."),
        "In de [adres] woont niemand."
    );
}

#[test]
fn a_particle_before_a_given_name_stays() {
    // QA: the theme `Buurt van Petra Jansen` became `Buurt [naam]`.
    let s = Scrubber::for_names(&["Petra Jansen-de Wit", "M. van der Linden"]);
    assert_eq!(
        s.scrub("Buurt van Petra Jansen, en van Petra Jansen-de Wit zelf."),
        "Buurt van [naam], en van [naam] zelf."
    );
    // A surname takes its particles along, a given name before it too.
    assert_eq!(
        s.scrub("Buurt van Marieke van der Linden en de heer Van der Linden."),
        "Buurt van [naam] en de heer [naam]."
    );
}

#[test]
fn removes_contact_details() {
    let s = Scrubber::default();
    let out = s.scrub(
        "Ik woon aan de Lange Nieuwstraat 12a, 2312 BK Leiden. Mail j.devries@example.nl \
             of bel 06-12345678 of +31 (0)71 123 45 67.",
    );
    assert_eq!(
        out,
        "Ik woon aan de [adres], [adres] Leiden. Mail [e-mailadres] of bel [telefoonnummer] \
             of [telefoonnummer]."
    );
}

#[test]
fn postcodes_go_in_lower_case_or_with_a_hyphen_where_they_are_surely_one() {
    let s = Scrubber::default();
    for (text, scrubbed) in [
        (
            "Mijn postcode is 2345 ab, huisnummer 12.",
            "Mijn postcode is [adres], huisnummer 12.",
        ),
        (
            "Ons adres: 2345ab 12. Of 2345-AB 12.",
            "Ons adres: [adres] 12. Of [adres] 12.",
        ),
        (
            "Woonadres 2345 ab te Zoeterhout.",
            "Woonadres [adres] te Zoeterhout.",
        ),
        (
            "Stuur het naar 2345ab 12 in Zoeterhout.",
            "Stuur het naar [adres] 12 in Zoeterhout.",
        ),
        (
            "Kerkstraat 3, 2345 ab Zoeterhout",
            "[adres], [adres] Zoeterhout",
        ),
        ("Postcode: 2345 - AB", "Postcode: [adres]"),
    ] {
        assert_eq!(s.scrub(text), scrubbed, "{text}");
    }
    // A year before a lower-case word is no postcode.
    for text in [
        "In 2024 en 2025 is er 1500 km gereden; in 2026 op school.",
        "De adressen van 2024 en 2025 staan in de bijlage.",
    ] {
        assert_eq!(s.scrub(text), text);
    }
}

#[test]
fn invisible_characters_and_hyphen_look_alikes_hide_no_personal_data() {
    let s = Scrubber::for_names(&["Petra Brinkman"]);
    assert_eq!(
            s.scrub(
                "Mail m.verhoeven\u{200B}@ziggo.nl of bel 06\u{2011}12345678; zegt ook Brink\u{AD}man zelf."
            ),
            "Mail [e-mailadres] of bel [telefoonnummer]; zegt ook [naam] zelf."
        );
    // What is not personal data stays as written, its invisible
    // characters and hyphens too.
    let text = "De ge\u{AD}meente en de zorg\u{2011}aanbieders \u{200B}overleggen; \u{1F468}\u{200D}\u{1F469}.";
    assert_eq!(s.scrub(text), text);
    let text = "Vol\u{AD}gens Brinkman\u{200B} moet de zorg\u{2011}aanbieder bellen.";
    assert_eq!(
        s.scrub(text),
        "Vol\u{AD}gens [naam]\u{200B} moet de zorg\u{2011}aanbieder bellen."
    );
}

#[test]
fn a_shared_text_in_a_letter_goes_without_the_other_private_persons() {
    let s = Scrubber::for_names(&["Anna Visser", "Bert Kok", "Carla Smit"]);
    let text = "Dank aan Anna Visser en Bert Kok, die ons belden (bert.kok@example.nl); \
                    mail ons op jeugd@gemeente.example.nl.";
    assert_eq!(
        s.for_letter_of(text, "Carla Smit"),
        "Dank aan [naam] en [naam], die ons belden ([e-mailadres]); \
             mail ons op jeugd@gemeente.example.nl."
    );
    // The letter's own respondent keeps their name.
    assert_eq!(
        s.for_letter_of(text, "Anna Visser"),
        "Dank aan Anna Visser en [naam], die ons belden ([e-mailadres]); \
             mail ons op jeugd@gemeente.example.nl."
    );
}

#[test]
fn placeholders_are_bracketed_words() {
    // What `Scrubber::name_parts` relies on.
    for p in [ADDRESS, EMAIL, PHONE] {
        let inner = p
            .strip_prefix('[')
            .and_then(|p| p.strip_suffix(']'))
            .unwrap();
        assert!(could_come_from_placeholders(inner), "{p}");
        assert!(!inner.contains(['[', ']']), "{p}");
    }
    assert!(!could_come_from_placeholders("Vries"));
    assert!(!could_come_from_placeholders("Adresse"));
    assert!(could_come_from_placeholders("x]y"));
    // Parts are found in any capitals.
    assert!(could_come_from_placeholders("Naam"));
    assert!(could_come_from_placeholders("Adres"));
    assert!(could_come_from_placeholders("Telefoon"));
}

#[test]
fn a_private_name_is_removed_in_any_capitals() {
    let s = Scrubber::for_names(&["J. de Boer", "Thomas Bakker"]);
    assert_eq!(
        s.scrub("Ik, JOHANNA DE BOER, woon hier al twintig jaar; Johanna de Boer dus."),
        "Ik, [naam], woon hier al twintig jaar; [naam] dus."
    );
    assert_eq!(
        s.scrub("Zo schreef THOMAS BAKKER, en ook thomas zei het: Thomas."),
        "Zo schreef [naam], en ook thomas zei het: [naam]."
    );
    assert_eq!(s.scrub("Van Der BOER, De Boer."), "[naam], [naam].");
    // Written in lower case a name part is an ordinary word: the baker
    // on the corner, the farmer.
    assert_eq!(
        s.scrub("De bakker op de hoek en de boer verderop."),
        "De bakker op de hoek en de boer verderop."
    );
    // Another initial before the surname stays, in capitals too.
    assert_eq!(s.scrub("PIETER DE BOER"), "PIETER [naam]");
}

#[test]
fn a_name_after_a_relation_word_is_a_third_party_in_a_private_letter() {
    let s = Scrubber::default();
    assert_eq!(
        s.scrub_as(
            "Toen mijn ex-vriend Jeroen de Graaf ons bedreigde, belde oma Ria de politie.",
            true
        ),
        "Toen mijn ex-vriend [naam] ons bedreigde, belde oma [naam] de politie."
    );
    assert_eq!(
        s.scrub_as(
            "Onze overbuurvrouw Fatima El Amrani en meester Van Leeuwen wisten het.",
            true
        ),
        "Onze overbuurvrouw [naam] en meester [naam] wisten het."
    );
    assert_eq!(
        s.scrub_as(
            "De familie TER HORST en collega J.P. van der Wal zwegen.",
            true
        ),
        "De familie [naam] en collega [naam] zwegen."
    );
    // `ex` and the relation written as one word.
    assert_eq!(
        s.scrub_as(
            "Mijn exman Rick sloeg; mijn exvriend Bas en mijn exschoonvader Kees en \
             mijn Exvrouw Anouk wisten het.",
            true
        ),
        "Mijn exman [naam] sloeg; mijn exvriend [naam] en mijn exschoonvader [naam] en \
         mijn Exvrouw [naam] wisten het."
    );
    // The name's words go elsewhere in the text too.
    assert_eq!(
        s.scrub_as(
            "Mijn zwager Sander Kok sloeg. Sander kreeg geen straf.",
            true
        ),
        "Mijn zwager [naam] sloeg. [naam] kreeg geen straf."
    );
    // A form of address names a person in every letter.
    assert_eq!(
        s.scrub_as(
            "Wij spraken met mevrouw Van Dijk, dhr. P. Smit en mw. De Wit.",
            false
        ),
        "Wij spraken met mevrouw [naam], dhr. [naam] en mw. [naam]."
    );
    // A name followed by the organisation the person works for: the
    // name goes, the organisation stays, and no particle is left.
    assert_eq!(
        s.scrub_as(
            "Ook mevrouw Van Dijk van Veilig Thuis hielp. Mevrouw Van Dijk nam de tijd.",
            false
        ),
        "Ook mevrouw [naam] van Veilig Thuis hielp. Mevrouw [naam] nam de tijd."
    );
    assert_eq!(
        s.scrub_as("Wij belden met dhr. P. de Boer van de GGD.", false),
        "Wij belden met dhr. [naam] van de GGD."
    );
    // A relation word in an organisation's letter is no private matter.
    let org = "Onze partner Jeugdfonds Sport en het gezin Centraal programma.";
    assert_eq!(s.scrub_as(org, false), org);
}

#[test]
fn organisations_places_and_common_words_after_a_relation_word_stay() {
    let s = Scrubber::default();
    for text in [
        "Mijn moeder Veilig Thuis belde niet terug.",
        "De familie van instanties die hulp bieden is groot.",
        "Mijn zus in Leiden en mijn broer uit Gouda weten ervan.",
        "Mijn gemeente Katwijk doet te weinig.",
        "Mijn vader. Daarna kwam de politie.",
        "Ik heb mijn huisarts Dat ook verteld.",
        "Mijn dochter Wijkteam Noord hielp niet.",
        "Geachte heer, mevrouw, ik schrijf u over de opvang.",
        "Vrouw en Kind in de opvang, man en vrouw gelijk.",
    ] {
        assert_eq!(s.scrub_as(text, true), text);
    }
}

#[test]
fn a_third_party_who_is_also_a_respondent_is_one_name() {
    let s = Scrubber::for_names(&["M. van der Linden"]);
    assert_eq!(
        s.scrub("Mijn zoon Ruben van der Linden en MARIEKE VAN DER LINDEN zelf."),
        "Mijn zoon [naam] en [naam] zelf."
    );
}

#[test]
fn every_third_party_match_is_one_of_its_cue() {
    // The cues only save compiling the full patterns: wherever those
    // match, the cue must too (else a name would stay).
    let texts = [
        "Mijn buurman Kees Vermeulen belde, en mijn zoon (Noah, 8 jaar) ook.",
        "mijn MOEDER, Joke, en mijn kinderen Tim en Eva",
        "Mijn vriendin 't Hart en mijn oom J. de Vries en mijn tante ’t Lam.",
        "Volgens mevrouw Bakker en dhr. P. Jansen en meneer van Dijk en MEVR de Wit.",
        "De heer 't Hooft en mw. Özdemir en Mevrouw Ölmez schreven.",
        "Mijn buurvrouw\tÇelik en mijn collega:Ruben.",
        // Words of every kind `relation_words` builds: by age, a
        // diminutive, a care role alone and in a compound.
        "Mijn oudste, Emre, heeft nachtmerries; mijn nichtje Fleur ook.",
        "Onze casemanager Joyce en de speltherapeut Ingrid wisten het.",
        "Onze kinderen Sem (8) en Luuk (5), onze oppas Lotte, my neighbour Tom Harris.",
    ];
    for t in texts {
        assert!(
            !relation_re().get().is_match(t) || relation_cue_re().get().is_match(t),
            "{t}"
        );
        assert!(
            !address_form_re().get().is_match(t) || address_form_cue_re().get().is_match(t),
            "{t}"
        );
        for m in relation_re().get().find_iter(t) {
            assert!(
                relation_cue_re().get().is_match(m.as_str()),
                "{}",
                m.as_str()
            );
        }
        for m in address_form_re().get().find_iter(t) {
            assert!(
                address_form_cue_re().get().is_match(m.as_str()),
                "{}",
                m.as_str()
            );
        }
    }
    let none = "Wij onderschrijven de ambitie; de man van de regio en het beheer blijven.";
    assert!(!relation_cue_re().get().is_match(none));
    assert!(!address_form_cue_re().get().is_match(none));
}

#[test]
fn leaves_ordinary_numbers_alone() {
    let s = Scrubber::default();
    let text = "In 2026 zijn 1200 meldingen gedaan; zie paragraaf 5.2 en pag. 13. Bel 0800-2000.";
    assert_eq!(s.scrub(text), text);
}

#[test]
fn citizen_service_numbers_accounts_and_dates_of_birth_go() {
    let s = Scrubber::default();
    // 111222333 passes the eleven test; 111222334 does not.
    assert!(elfproef("111222333"));
    assert!(!elfproef("111222334"));
    assert_eq!(
        s.scrub("Zaak van 111222333 en burgerservicenummer: 1112.22.334 (typo)."),
        "Zaak van [BSN] en burgerservicenummer: [BSN] (typo)."
    );
    // Other nine-digit numbers, and amounts, stay.
    let other = "Dossier 111222334 kost € 111222333 en telt 1.250.000 inwoners.";
    assert_eq!(s.scrub(other), other);
    assert_eq!(
        s.scrub("Stort het op nl20 ingb 0001 2345 67 of DE89370400440532013000, dank."),
        "Stort het op [rekeningnummer] of [rekeningnummer], dank."
    );
    // A street named after a person, numbered (`1e`, `2de`), goes
    // whole.
    assert_eq!(
        s.scrub("Ik woon op 1e Hugo de Grootstraat 3 en hij aan de 2de Jan Steenstraat 12."),
        "Ik woon op [adres] en hij aan de [adres]."
    );
    // Groups of four joined by hyphens go whole.
    assert_eq!(
        s.scrub("Rekening NL91-ABNA-0417-1643-00, t.n.v. de club."),
        "Rekening [rekeningnummer], t.n.v. de club."
    );
    // A Dutch account number by its form; a wrong check digit elsewhere stays.
    assert!(is_iban("NL02ABNA0123456789"));
    assert!(!is_iban("DE88370400440532013000"));
    assert_eq!(
            s.scrub("Mijn dochter (geb. 3-7-2011) en ik, geboren op 14 februari 1980, geboortedatum: 1980-02-14."),
            "Mijn dochter (geb. [geboortedatum]) en ik, geboren op [geboortedatum], geboortedatum: [geboortedatum]."
        );
    // A date without such words is no date of birth.
    let date = "Op 14-02-1980 en 3 maart 2026 was er overleg.";
    assert_eq!(s.scrub(date), date);
}

#[test]
fn a_date_of_birth_cue_takes_any_space_in_any_capitals_but_no_line_break() {
    // The spaces inside the cue are kept out of its case-insensitive
    // group (see `birth_date_re`): still every space but a line break.
    let s = Scrubber::default();
    for (text, cue) in [
        ("GEBOREN\u{a0}OP 12-03-1975.", "GEBOREN\u{a0}OP "),
        (
            "Date\tof\u{2003}Birth: 1975-03-12.",
            "Date\tof\u{2003}Birth: ",
        ),
        ("Geb.\u{2009}Datum 1.3.1975.", "Geb.\u{2009}Datum "),
        ("Born  On 3 May 1980.", "Born  On "),
    ] {
        assert_eq!(s.scrub(text), format!("{cue}{BIRTH_DATE}."), "{text:?}");
    }
    for text in ["Geboren\nop 12-03-1975.", "date of\nbirth 1975-03-12."] {
        assert!(!s.scrub(text).contains(BIRTH_DATE), "{text:?}");
    }
}

#[test]
fn streets_without_a_street_ending_and_house_number_suffixes_go() {
    let s = Scrubber::default();
    assert_eq!(
            s.scrub("Hij woont op de Vismarkt 4a, bij de Kade 7-II, Nieuwe Gracht 2 huis en Dorpsstraat 5bis."),
            "Hij woont op de [adres], bij de [adres], [adres] en [adres]."
        );
    assert_eq!(
        s.scrub("Bel (071) 512 34 56 of (0252) 41 22 33."),
        "Bel [telefoonnummer] of [telefoonnummer]."
    );
    // In a private person's letter: after words saying where someone
    // lives, before a postcode, on a line of its own.
    assert_eq!(
        s.scrub_as(
            "Wij wonen sinds kort aan de Hooiberg 3. Mijn broer woont op Prins Hendrikhoeve 12.",
            true
        ),
        "Wij wonen sinds kort aan de [adres]. Mijn broer woont op [adres]."
    );
    assert_eq!(
        s.scrub_as(
            "Stuur post naar Breestraat 9, of naar Oude Vest 21, 2312 XZ.",
            true
        ),
        "Stuur post naar [adres], of naar [adres], [adres]."
    );
    assert_eq!(
        s.scrub_as("Met groet,\nA. Bakker\nOude Vest 21\nLeiden", true),
        "Met groet,\nA. Bakker\n[adres]\nLeiden"
    );
    // Not in an organisation's letter, nor numbers of documents, laws,
    // years, counts.
    let org = "Wij wonen in Oude Vest 21.";
    assert_eq!(s.scrub_as(org, false), org);
    for text in [
        "Zie paragraaf 5.1, hoofdstuk 6, artikel 12, Bijlage 2 en pagina 13.",
        "De Wmo 2015 en de Jeugdwet 2015 gelden in 18 gemeenten; 3 punten.",
        "Ik woon in Leiden 12 jaar en mijn ouders wonen in Gouda 30 jaar.",
        "Ons adres is bekend.\nBijlage 2\nVisie 2030\nGroep 8",
        "Tijdens de vergadering 12 maart gaf het antwoord 3 de doorslag; de arbeidsmarkt 2026.",
    ] {
        assert_eq!(s.scrub_as(text, true), text);
    }
}

/// Words between `woon` and the street: how long, since when, the
/// subject after the verb (`woon ik`), a comma; a street of several
/// words.
#[test]
fn a_home_address_after_words_on_how_long_or_since_when_goes() {
    let s = Scrubber::default();
    for (text, scrubbed) in [
        (
            "Ik woon al 12 jaar aan de Oude Rijn 44 en ik vind dat de opvang beter moet.",
            "Ik woon al 12 jaar aan de [adres] en ik vind dat de opvang beter moet.",
        ),
        (
            "Sinds 2019 woon ik aan de Oude Rijn 12 in Leiden.",
            "Sinds 2019 woon ik aan de [adres] in Leiden.",
        ),
        (
            "Ik woon sinds 12 jaar aan de Oude Rijn 44 in Leiden.",
            "Ik woon sinds 12 jaar aan de [adres] in Leiden.",
        ),
        (
            "Wij wonen, samen met onze kinderen, al jaren op Lange Hoogstraat West 3a.",
            "Wij wonen, samen met onze kinderen, al jaren op [adres].",
        ),
        (
            "Mijn moeder woonde tot haar dood in 2021 op de Hoge Rijndijk Oost 120.",
            "Mijn moeder woonde tot haar dood in 2021 op de [adres].",
        ),
        (
            "Ik woon aan de Rijn 7 sinds vorig jaar. Mijn adres is Vliet 3.",
            "Ik woon aan de [adres] sinds vorig jaar. Mijn adres is [adres].",
        ),
    ] {
        assert_eq!(s.scrub_as(text, true), scrubbed, "{text:?}");
    }
    // Counts, documents, years and places without a house number stay.
    for text in [
        "Ik woon al 12 jaar in Leiden en werk in Gouda.",
        "Wij wonen hier sinds 2019 en lezen in paragraaf 5 dat Groep 8 meedoet.",
        "Ik woon nu 3 jaar in Leiden 12 jaar na mijn verhuizing.",
        "Sinds 2019 woon ik in Leiden; Visie 2030 noemt dat niet.",
    ] {
        assert_eq!(s.scrub_as(text, true), text);
    }
}

/// A date of birth with a verb, whose it is, a place or a parenthesis
/// between the cue and the date, or the date before `geboren`.
#[test]
fn a_date_of_birth_after_a_few_words_or_a_parenthesis_goes() {
    let s = Scrubber::default();
    for (text, scrubbed) in [
            (
                "Mijn geboortedatum is 10-10-1988 en ik wacht al lang.",
                "Mijn geboortedatum is [geboortedatum] en ik wacht al lang.",
            ),
            (
                "mijn geboortedatum was 12-12-1986.",
                "mijn geboortedatum was [geboortedatum].",
            ),
            (
                "geboortedatum van mijn dochter: 08-08-2017, en geboortedatum (09-09-1984).",
                "geboortedatum van mijn dochter: [geboortedatum], en geboortedatum ([geboortedatum]).",
            ),
            (
                "De geboortedata van mijn kinderen zijn 3-4-2015, 5-6-2017 en 1 mei 2020.",
                "De geboortedata van mijn kinderen zijn [geboortedatum], [geboortedatum] en [geboortedatum].",
            ),
            (
                "Mijn zoon, die geboren is op 3 mei 2012, en ik, geboren in Den Haag op 1-2-1980.",
                "Mijn zoon, die geboren is op [geboortedatum], en ik, geboren in Den Haag op [geboortedatum].",
            ),
            (
                "Ik ben op 10 oktober 1988 geboren; mijn dochter is 8-8-2017 in Gouda geboren.",
                "Ik ben op [geboortedatum] geboren; mijn dochter is [geboortedatum] in Gouda geboren.",
            ),
            (
                "My date of birth is 3 May 1980.",
                "My date of birth is [geboortedatum].",
            ),
        ] {
            assert_eq!(s.scrub(text), scrubbed, "{text:?}");
        }
    // Dates that are no dates of birth stay: a letter's own date, a
    // meeting, a document's; and after `geboren` only the words above
    // lead to a date.
    for text in [
        "Zandhoven, 12 oktober 2026",
        "Op de bijeenkomst van 12 maart 2025 bleek dat de visie van 12 maart 2025 te vaag is.",
        "Het plan is geboren op de bijeenkomst van 12 maart 2025.",
        "Ik ben geboren en getogen in Zandhoven. Op 14-02-2026 sprak ik in.",
        "Mijn geboortedatum staat in het dossier; de vergadering is 3-4-2026.",
        "Geboren in 1988, woon ik sinds 1 mei 2020 hier.",
    ] {
        assert_eq!(s.scrub(text), text);
    }
}

/// A street without a street word in running text: before `te` and a
/// place, or right after `op`/`aan`, in a private person's text.
#[test]
fn a_street_before_te_and_a_place_or_after_op_or_aan_goes() {
    let s = Scrubber::default();
    for (text, scrubbed) in [
        (
            "Ik vind dat de inleiding korter kan; schrijf mij op Noordeinde 12 te Zandhoven.",
            "Ik vind dat de inleiding korter kan; schrijf mij op [adres] te Zandhoven.",
        ),
        (
            "Mijn buren op Achterom 4 te Zandhoven en ik maken ons zorgen.",
            "Mijn buren op [adres] te Zandhoven en ik maken ons zorgen.",
        ),
        (
            "Noordeinde 12a te Zandhoven is ons huis. In Achterom 4-II te Zandhoven ook.",
            "[adres] te Zandhoven is ons huis. In [adres] te Zandhoven ook.",
        ),
        (
            "Buren op Achterom 4, te Zandhoven, klagen.",
            "Buren op [adres], te Zandhoven, klagen.",
        ),
        (
            "Wij zitten aan het Spui 4 en hij op Rapenburg 70. Kom langs op Oude Rijn 44.",
            "Wij zitten aan het [adres] en hij op [adres]. Kom langs op [adres].",
        ),
    ] {
        assert_eq!(s.scrub_as(text, true), scrubbed, "{text:?}");
    }
    // Organisations' texts keep it (their own address is public).
    let org = "Ons kantoor is op Noordeinde 12 te Zandhoven.";
    assert_eq!(s.scrub_as(org, false), org);
}

/// A house number written with a word for it (`nr.`, `no.`,
/// `huisnummer`) or as a range (`2 t/m 4`) goes whole with its street.
#[test]
fn house_numbers_with_nr_or_as_a_range_go_with_the_street() {
    let s = Scrubber::default();
    assert_eq!(
        s.scrub(
            "Mijn ex woont op Dorpsstraat nr. 12 en ik bij mijn moeder op Kerkweg no. 14. \
             Mijn zus woont op huisnummer 27 aan de Vaartweg en mijn tante op Lange Mare 2 t/m 4; \
             mijn oom aan de Markt nummer 3, Kerkstraat nr.5 en Stationsweg 2 tot en met 6."
        ),
        "Mijn ex woont op [adres] en ik bij mijn moeder op [adres]. \
         Mijn zus woont op [adres] en mijn tante op [adres]; \
         mijn oom aan de [adres], [adres] en [adres]."
    );
    // Without a street word only in a private person's letter, where it
    // stands as an address.
    assert_eq!(
        s.scrub_as(
            "Mijn broer woont op Oude Rijn nr. 44 en ik op Achterom 2 t/m 4.",
            true
        ),
        "Mijn broer woont op [adres] en ik op [adres]."
    );
    // A number after a word for one that names no street stays.
    for text in [
        "Zie punt nr. 3 in de visie en huisnummer 12 in de tabel.",
        "Actie 2 t/m 4 en paragraaf 3 tot 5 gaan over de opvang.",
    ] {
        assert_eq!(s.scrub_as(text, true), text, "{text:?}");
    }
}

/// An organisation's name with a count after it (`aan Fier 2 meldingen`)
/// is no street without a street word.
#[test]
fn a_name_with_a_count_after_op_or_aan_is_no_street() {
    let s = Scrubber::default();
    for text in [
        "Wij hebben aan Veilig Thuis 3 meldingen gedaan, aan Sterk Huis 4 meldingen, \
         aan Fier 2 meldingen en aan De Waag 5 meldingen.",
        "Ik heb aan Kwadraad 6 klachten gestuurd en aan Kompas 3 brieven geschreven.",
    ] {
        assert_eq!(s.scrub_as(text, true), text, "{text:?}");
    }
    // What follows an address is no count.
    for (text, scrubbed) in [
        (
            "Mijn buren op Achterom 4 wonen er al lang.",
            "Mijn buren op [adres] wonen er al lang.",
        ),
        (
            "Mijn buren op Achterom 4 hebben geklaagd.",
            "Mijn buren op [adres] hebben geklaagd.",
        ),
        (
            "Ik ben op Achterom 4 geboren.",
            "Ik ben op [adres] geboren.",
        ),
    ] {
        assert_eq!(s.scrub_as(text, true), scrubbed, "{text:?}");
    }
}

/// References to documents, laws, days and counts after `op`/`aan` or
/// before `te` are no street.
#[test]
fn references_after_op_or_aan_or_before_te_are_no_street() {
    let s = Scrubber::default();
    for text in [
        "Ik reageer op paragraaf 5, op Bijlage 2, op hoofdstuk 6 en op Artikel 4.",
        "Ik reageer op Maatregel 3, op Advies 1, op Punt 2, op Actie 4 en op Fase 2.",
        "Zie de tekst op pagina 13; ik denk aan Wmo 2015, aan Jeugdwet 2015 en aan Agenda 2030.",
        "Sinds COVID-19 is het druk. Denk aan COVID 19 en aan Corona 2.",
        "Ik heb aan Veilig Thuis 3 meldingen gedaan en op Maandag 12 oktober gebeld.",
        "Wij denken aan de Regiovisie Duinstreek 2027-2030 en aan het Uitvoeringsplan 2.",
        "Op Koningsdag 27 april en aan Inwoner 12 dacht ik; het Speerpunt 3 te lezen.",
        "Ik reageer op Stelling 4 te Zandhoven en op Thema 2 te Zandhoven.",
        "Ik reageer op Vraag 5, op Doelstelling 3 en op Scenario 2, op Zondag 5 november.",
        "Ik reageer op de Ontwikkelopgave 3 en op Programma 2.",
    ] {
        assert_eq!(s.scrub_as(text, true), text, "{text:?}");
    }
}

#[test]
fn third_parties_after_a_particle_a_plural_or_punctuation_go() {
    let s = Scrubber::default();
    assert_eq!(
        s.scrub_as(
            "De heer 't Hart en mw. van der Berg en mevrouw van 't Veer belden.",
            false
        ),
        "De heer [naam] en mw. [naam] en mevrouw [naam] belden."
    );
    assert_eq!(
        s.scrub_as(
            "Onze dochters Lotte, Sanne en Iris, en mijn kleinkinderen Mees en Fenna.",
            true
        ),
        "Onze dochters [naam], [naam] en [naam], en mijn kleinkinderen [naam] en [naam]."
    );
    assert_eq!(
        s.scrub_as(
            "Mijn dochter (Lotte, 12) en mijn vader: Henk. Mijn buurman, Ahmed, ook.",
            true
        ),
        "Mijn dochter ([naam], 12) en mijn vader: [naam]. Mijn buurman, [naam], ook."
    );
    // Organisations, common words and what is no aside stay.
    for text in [
        "Mijn moeder, Veilig Thuis en de huisarts wisten het.",
        "Mijn zoon (Groep 8) en mijn vader, Daarom schreef ik.",
        "Mevrouw van de Gemeente belde, meneer van het Wijkteam ook.",
    ] {
        assert_eq!(s.scrub_as(text, true), text);
    }
}

#[test]
fn the_senders_name_goes_in_its_variants() {
    let s = Scrubber::for_names(&["A.M. Öztürk"]);
    assert_eq!(
        s.scrub("Ik, Anne-Marie Öztürk, en (A.M. Ozturk) en OZTURK."),
        "Ik, [naam], en ([naam]) en [naam]."
    );
    let s = Scrubber::for_names(&["Ozturk"]);
    assert_eq!(
        s.scrub("Dat zei Öztürk gisteren."),
        "Dat zei [naam] gisteren."
    );
    // A family's signature: a given name before the surname goes, and
    // that name alone further on; a common word before it stays.
    let s = Scrubber::for_names(&["familie Bakker"]);
    assert_eq!(
        s.scrub(
            "Wij, Sanne Bakker en Joost Bakker, vinden dit. Sanne werkt hier. Volgens Bakker niet."
        ),
        "Wij, [naam] en [naam], vinden dit. [naam] werkt hier. Volgens [naam] niet."
    );
}

#[test]
fn a_surname_alone_in_an_organisations_name_or_as_a_word_stays() {
    let s = Scrubber::for_names(&["K. de Boer", "Anna Klein"]);
    for text in [
        "Wij werken met De Boer Kinderopvang en Klein Duinrand Voetbalclub.",
        "Stichting De Boer helpt. Klein aantal gezinnen weet het.",
    ] {
        assert_eq!(s.scrub(text), text);
    }
    // As the person it goes: with a verb, mid-sentence, with a name.
    assert_eq!(
        s.scrub("Klein schreef ons. Ook De Boer en Klein vinden het. Anna Klein, K. de Boer."),
        "[naam] schreef ons. Ook [naam] en [naam] vinden het. [naam], [naam]."
    );
    assert_eq!(
        s.scrub("Klein en De Boer belden."),
        "[naam] en [naam] belden."
    );
}

#[test]
fn names_after_age_family_care_and_school_words_go_in_a_private_letter() {
    let s = Scrubber::default();
    for (text, name) in [
        ("Mijn oudste, Emre, heeft nog steeds nachtmerries.", "Emre"),
        ("Mijn jongste Noah ook.", "Noah"),
        ("Onze middelste Sem wacht.", "Sem"),
        ("Mijn nichtje Fleur had het moeilijk.", "Fleur"),
        ("Mijn neefjes Bram en Daan hadden het moeilijk.", "Bram"),
        ("Haar klasgenoot Lieke wist het.", "Lieke"),
        ("Mijn hulpverlener Milan belde niet.", "Milan"),
        ("De speltherapeut Jesse hielp.", "Jesse"),
        (
            "Onze casemanager Joyce en de jeugdconsulent Ingrid wisten het.",
            "Joyce",
        ),
        (
            "Onze casemanager Joyce en de jeugdconsulent Ingrid wisten het.",
            "Ingrid",
        ),
        ("De schoolmaatschappelijk werker Yara belde.", "Yara"),
        ("Mijn schoolmaatschappelijk-werker Yara belde.", "Yara"),
        ("Mijn begeleider Mila had het moeilijk.", "Mila"),
        ("De begeleiders Mila en Stijn zwegen.", "Stijn"),
        ("De gezinsvoogd Karin kwam niet.", "Karin"),
    ] {
        let out = s.scrub_as(text, true);
        assert!(!out.contains(name), "{text} → {out}");
        assert!(out.contains(NAME), "{text} → {out}");
    }
}

#[test]
fn organisations_sections_and_ordinary_words_after_role_words_stay() {
    let s = Scrubber::default();
    for text in [
        "De casemanager Veilig Thuis belde niet terug.",
        "De jeugdconsulent GGD kwam langs.",
        "De begeleider Wmo kwam niet.",
        "Onze oudste werd geholpen door de hulpverlener in Delft.",
        "De jongste Regiovisie is beter dan de oudste.",
        "Vraag de therapeut: Hoofdstuk 3 gaat hierover.",
        "De coach van het team belde.",
    ] {
        assert_eq!(s.scrub_as(text, true), text);
    }
    // In an organisation's letter a role word names no private matter.
    let org = "Onze casemanager Joyce belt elk gezin.";
    assert_eq!(s.scrub_as(org, false), org);
}

#[test]
fn a_names_possessive_goes_with_it() {
    // The sender's own name, a third party's learnt in the same text,
    // and one learnt from another text of the letter.
    let s = Scrubber::for_names(&["Kees Janssen", "Carla Müller-Smit"]);
    assert_eq!(
        s.scrub("Ook Janssens buurman wacht. Müllers buren ook, en Anna's moeder."),
        "Ook [naam] buurman wacht. [naam] buren ook, en Anna's moeder."
    );
    assert_eq!(
        s.scrub("Mijn vrouw Marieke Bos werkt er. Mariekes collega's zeggen het."),
        "Mijn vrouw [naam] werkt er. [naam] collega's zeggen het."
    );
    assert_eq!(
        replace_words(
            "Zeyneps moeder en Zeynep's vader; Zeynepse",
            &["Zeynep".to_string()],
            NAME
        )
        .as_deref(),
        Some("[naam] moeder en [naam] vader; Zeynepse")
    );
    // A surname that is a common word, with an `s` starting a
    // sentence, stays as the word.
    let s = Scrubber::for_names(&["Piet de Groot"]);
    assert_eq!(s.scrub("Groots plan, dat."), "Groots plan, dat.");
}

#[test]
fn lower_case_particles_of_other_languages_stay_in_the_name() {
    let s = Scrubber::default();
    for (text, expected) in [
        (
            "Onze buurman, dhr. Ahmed el Amrani, deed niets.",
            "Onze buurman, dhr. [naam], deed niets.",
        ),
        (
            "Mijn buurvrouw Maria dos Santos ook niet. Mevrouw Fatima al Hassan evenmin.",
            "Mijn buurvrouw [naam] ook niet. Mevrouw [naam] evenmin.",
        ),
        ("Wij belden dhr. el Amrani.", "Wij belden dhr. [naam]."),
        (
            "Mijn buurvrouw dos Santos wacht.",
            "Mijn buurvrouw [naam] wacht.",
        ),
        ("Mijn oom Ali ben Salah helpt.", "Mijn oom [naam] helpt."),
        // Ordinary words stay: `al` before an organisation, a Dutch
        // article, `ben` as a verb.
        (
            "Als moeder al Veilig Thuis gebeld.",
            "Als moeder al Veilig Thuis gebeld.",
        ),
        (
            "Ik ben al jaren buurman de Efteling aan het vertellen.",
            "Ik ben al jaren buurman de Efteling aan het vertellen.",
        ),
    ] {
        assert_eq!(s.scrub(text), expected, "{text}");
    }
    // The sender's own `Ben` is still a name.
    let s = Scrubber::for_names(&["Ben de Vries"]);
    assert_eq!(s.scrub("Groet van Ben."), "Groet van [naam].");
}

#[test]
fn a_quoted_name_or_one_between_dashes_after_a_relation_word_goes() {
    let s = Scrubber::default();
    for (text, expected) in [
        (
            "Mijn buurman ‘Kees’ Hoekstra zegt dat. Kees weet het.",
            "Mijn buurman [naam] zegt dat. [naam] weet het.",
        ),
        (
            "Mijn buurman \"Kees\" zegt dat.",
            "Mijn buurman [naam] zegt dat.",
        ),
        (
            "Mijn buurman 'Kees Hoekstra' zegt dat. Hoekstra weet het.",
            "Mijn buurman [naam] zegt dat. [naam] weet het.",
        ),
        (
            "Mijn buurman - Kees Hoekstra - zegt dat.",
            "Mijn buurman - [naam] - zegt dat.",
        ),
        (
            "Mijn buurman (Kees Hoekstra) zegt dat.",
            "Mijn buurman ([naam]) zegt dat.",
        ),
        // Not a name in quotes, nor a dash that opens no name.
        (
            "Mijn moeder \"Veilig Thuis\" belde.",
            "Mijn moeder \"Veilig Thuis\" belde.",
        ),
        (
            "Mijn buurman - de Kerk - zegt.",
            "Mijn buurman - de Kerk - zegt.",
        ),
    ] {
        assert_eq!(s.scrub(text), expected, "{text}");
    }
}

#[test]
fn a_list_of_children_with_a_baby_goes_whole() {
    let s = Scrubber::default();
    for (text, expected) in [
        (
            "Onze kinderen, Daan (9), Femke (6) en baby Sem, kunnen niet mee.",
            "Onze kinderen, [naam] (9), [naam] (6) en baby [naam], kunnen niet mee.",
        ),
        (
            "Mijn dochter Lisa en onze baby Noor slapen slecht.",
            "Mijn dochter [naam] en onze baby [naam] slapen slecht.",
        ),
        (
            "Mijn kinderen Daan en baby Sem.",
            "Mijn kinderen [naam] en baby [naam].",
        ),
        ("Onze baby Noor huilt.", "Onze baby [naam] huilt."),
        (
            "De peuter Bram en kleuter Anouk.",
            "De peuter [naam] en kleuter [naam].",
        ),
        ("De tweeling Sem en Luuk.", "De tweeling [naam] en [naam]."),
    ] {
        assert_eq!(s.scrub(text), expected, "{text}");
    }
}

#[test]
fn initials_and_particles_before_a_learnt_name_go_with_it() {
    let words = ["Linden".to_string(), "Kees".to_string()];
    for (text, expected) in [
        ("zei M. van der Linden dat", "zei [naam] dat"),
        ("zei M. Linden dat", "zei [naam] dat"),
        ("zei J.W. van der Linden dat", "zei [naam] dat"),
        ("zei Van der Linden dat", "zei [naam] dat"),
        ("Van der Linden zei dat", "[naam] zei dat"),
        // Lower-case particles without initials, and prepositions,
        // are words of the sentence.
        ("ik hoorde het van Kees", "ik hoorde het van [naam]"),
        ("wachten op Kees", "wachten op [naam]"),
        ("Op Kees kun je rekenen", "Op [naam] kun je rekenen"),
        ("de roos van der Linden", "de roos van der [naam]"),
    ] {
        assert_eq!(
            replace_words(text, &words, NAME).as_deref(),
            Some(expected),
            "{text}"
        );
        assert_eq!(
            remove_words(Cow::Borrowed(text), &words),
            expected,
            "{text}"
        );
    }
    // In a response: a name learnt in one point, written with initials
    // in another.
    let r = private_response(
        &[
            "Mevrouw Van der Linden van de gemeente zei dat ook al.",
            "Bij navraag zei M. van der Linden dat het kwijt was.",
        ],
        &["", ""],
    );
    let public = public_response(&r, &Scrubber::for_names(&["J.W. Çelik"]));
    assert_eq!(
        public.comments[1].text,
        "Bij navraag zei [naam] dat het kwijt was."
    );
}

#[test]
fn a_particle_of_a_removed_name_stays_in_a_link_reason() {
    let removed = removed_words(
        "Mijn buurvrouw Ineke de Wit en dhr. el Amrani wachten.",
        "Mijn buurvrouw [naam] en dhr. [naam] wachten.",
    );
    let mut got: Vec<&str> = removed.iter().map(String::as_str).collect();
    got.sort_unstable();
    assert_eq!(got, ["amrani", "ineke", "wit"]);
    assert_eq!(
        without_words("de titel noemt \"wachtlijsten\" (≈ ineke wit)", &removed),
        "de titel noemt \"wachtlijsten\" (≈ [naam] [naam])"
    );
}

#[test]
fn a_private_persons_own_street_goes_from_all_their_texts() {
    let mut r = private_response(
        &["De energiecoach komt nooit bij ons in de Brédestraat."],
        &["De coach komt naar de Brédestraat."],
    );
    r.own_streets = vec!["Brédestraat".into()];
    let s = Scrubber::for_names(&["Carla Müller-Smit"]);
    let public = public_response(&r, &s);
    let com = &public.comments[0];
    assert_eq!(
        com.text,
        "De energiecoach komt nooit bij ons in de [adres]."
    );
    assert_eq!(com.decision.answer, "De coach komt naar de [adres].");
    assert!(public.own_streets.is_empty());
    // An organisation's street is no private person's.
    r.private_person = false;
    r.kind = crate::model::RespondentKind::Organisation;
    let public = public_response(&r, &s);
    assert!(public.comments[0].text.contains("Brédestraat"));
    assert!(public.own_streets.is_empty());
}

fn private_response(comments: &[&str], answers: &[&str]) -> Response {
    Response {
        id: "r1".into(),
        file: "01.txt".into(),
        number: 1,
        respondent: "Jeroen de Groot".into(),
        private_person: true,
        public_name: "Inwoner 1".into(),
        comments: comments
            .iter()
            .zip(answers)
            .enumerate()
            .map(|(i, (t, a))| {
                let mut com = crate::model::Comment {
                    id: format!("c{i}"),
                    text: t.to_string(),
                    ..crate::model::Comment::default()
                };
                com.decision.answer = a.to_string();
                // Decided: an open point's answer is not published.
                com.decision.status = crate::model::Status::Noted;
                com.decision.theme = Some(format!("Over {a}"));
                com
            })
            .collect(),
        ..Response::default()
    }
}

#[test]
fn the_working_groups_texts_go_without_every_name_learnt_from_the_response() {
    let r = private_response(
            &[
                "Mijn ex-partner Mark heeft jarenlang mijn kinderen Tim en Eva bedreigd.",
                "Mijn schoonmoeder, Riet, hielp ons.",
            ],
            &[
                "Wij vinden het erg dat Tim en Eva dit hebben meegemaakt; ook Mark de Groot wordt genoemd.",
                "Wij danken Riet Jansen en Jeroen.",
            ],
        );
    let s = Scrubber::for_names(&["Jeroen de Groot", "Piet Jansen"]);
    let learnt = s.learnt_names(&r);
    for name in ["Mark", "Tim", "Eva", "Riet"] {
        assert!(learnt.names().iter().any(|l| l == name), "{learnt:?}");
    }
    let public = public_response(&r, &s);
    let answers: Vec<&str> = public
        .comments
        .iter()
        .map(|c| c.decision.answer.as_str())
        .collect();
    assert_eq!(
            answers,
            [
                "Wij vinden het erg dat [naam] en [naam] dit hebben meegemaakt; ook [naam] wordt genoemd.",
                "Wij danken [naam] en [naam].",
            ]
        );
    for com in &public.comments {
        let theme = com.decision.theme.as_deref().unwrap_or("");
        for name in ["Mark", "Tim", "Eva", "Riet", "Jansen", "Groot"] {
            assert!(!theme.contains(name), "{theme}");
        }
    }
}

#[test]
fn learnt_words_go_as_whole_words_with_their_capital() {
    let words = [
        "Berg-Smit".to_string(),
        "Roos".to_string(),
        "Eva".to_string(),
    ];
    assert_eq!(
        replace_words(
            "Roos en EVA, de roos van Berg-Smit; Evaluatie.",
            &words,
            NAME
        )
        .as_deref(),
        Some("[naam] en [naam], de roos van [naam]; Evaluatie.")
    );
    assert_eq!(replace_words("Niets hier.", &words, NAME), None);
    assert_eq!(
        replace_words("Élise", &["Élise".to_string()], NAME).as_deref(),
        Some("[naam]")
    );
}

#[test]
fn a_name_learnt_in_one_comment_goes_from_the_others_of_the_letter() {
    let mut r = private_response(
        &[
            "Ik schrijf over mijn dochter Sanne en haar vriend Ricardo, die haar sloeg.",
            "Toen Sanne wegging, moest zij maanden wachten. Ricardo bleef berichten sturen.",
            "Het Sociaal Team Oudewaard reageerde pas na weken.",
        ],
        &["", "", ""],
    );
    for com in &mut r.comments {
        com.decision.theme = None;
    }
    r.comments[1].quotes.push(crate::model::Quote {
        text: "Sanne wegging".into(),
        ..Default::default()
    });
    let s = Scrubber::for_names(&["Mieke de Boer"]);
    let public = public_response(&r, &s);
    let texts: Vec<&str> = public.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Ik schrijf over mijn dochter [naam] en haar vriend [naam], die haar sloeg.",
            "Toen [naam] wegging, moest zij maanden wachten. [naam] bleef berichten sturen.",
            // Nothing learnt from it: its words stay.
            "Het Sociaal Team Oudewaard reageerde pas na weken.",
        ]
    );
    assert_eq!(public.comments[1].quotes[0].text, "[naam] wegging");
    // An organisation's letter learns only what scrubbing takes out
    // there (a name after a form of address), and keeps the rest.
    let mut org = r.clone();
    org.private_person = false;
    org.comments[0].text = "Wij spraken mevrouw Jansen van het wijkteam.".into();
    org.comments[1].text = "Jansen gaf aan dat de wachttijd 8 weken is; Sanne ook.".into();
    org.comments[1].quotes.clear();
    let public = public_response(&org, &s);
    assert_eq!(
        public.comments[1].text,
        "[naam] gaf aan dat de wachttijd 8 weken is; Sanne ook."
    );
}

/// A decision re-attached to a resident's comment names the resident
/// by their pseudonym in `consultation.json`, as everywhere else.
#[test]
fn a_reattached_decision_names_a_resident_by_pseudonym() {
    let mut org = private_response(&["Meer voorlichting."], &[""]);
    org.id = "r2".into();
    org.file = "02-ouderenbond.txt".into();
    org.number = 2;
    org.respondent = "Ouderenbond Veenmeer".into();
    org.private_person = false;
    org.public_name = "Ouderenbond Veenmeer".into();
    let reattached = |r: &Response| crate::model::ReattachedDecision {
        old_id: "c-old".into(),
        new_id: "c0".into(),
        respondent: r.respondent.clone(),
        file: r.file.clone(),
        score: 0.9,
        decided_respondent: r.respondent.clone(),
        decided_file: r.file.clone(),
    };
    let resident = private_response(&["Hulp voor kinderen."], &[""]);
    let c = Consultation {
        reattached_decisions: vec![reattached(&resident), reattached(&org)],
        responses: vec![resident, org],
        ..Consultation::default()
    };
    let public = public_head(&c, &Scrubber::for_consultation(&c));
    let shown: Vec<(&str, &str)> = public
        .reattached_decisions
        .iter()
        .map(|r| (r.respondent.as_str(), r.file.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Inwoner 1", "inwoner-1.txt"),
            ("Ouderenbond Veenmeer", "02-ouderenbond.txt")
        ]
    );
}

#[test]
fn e_mail_addresses_written_against_harvesters_are_scrubbed() {
    let s = Scrubber::for_names(&[]);
    for text in [
        "Mailen kan ook: jwbakker at gmail dot com of via de site.",
        "Mailen kan ook: jw.bakker [at] ziggo [punt] nl of via de site.",
        "Mailen kan ook: jwbakker(at)gmail(dot)com of via de site.",
        "Mailen kan ook: p.dewit(at)gmail.com of via de site.",
        "Mailen kan ook: a.dewit[at]ziggo.nl of via de site.",
        "Mailen kan ook: a.dewit{at}ziggo.nl of via de site.",
        "Mailen kan ook: a.dewit<AT>ziggo.nl of via de site.",
        "Mailen kan ook: anne.dewit@hotmail(dot)com of via de site.",
        "Mailen kan ook: anne.dewit@hotmail[dot]com of via de site.",
        "Mailen kan ook: p.dewit (at) gmail.com of via de site.",
        "Mailen kan ook: p.dewit ( at ) gmail ( dot ) com of via de site.",
        "Mailen kan ook: p.dewit(a)gmail.com of via de site.",
        "Mailen kan ook: p.dewit＠gmail.com of via de site.",
        "Mailen kan ook: p.dewit at gmail.com of via de site.",
        "Mailen kan ook: p.dewit [apenstaartje] kpn [punt] nl of via de site.",
        "Mailen kan ook: p_dewit2(at)mail.kpn(dot)nl of via de site.",
        // The Dutch word for `@`, dots spelled out before it too, and
        // spaces around `@` and `.`.
        "Mailen kan ook: femke punt jansen apenstaartje gmail punt com of via de site.",
        "Mailen kan ook: fjansen apenstaartje hotmail.com of via de site.",
        "Mailen kan ook: fjansen @ hotmail . com of via de site.",
        "Mailen kan ook: f.jansen @hotmail.com of via de site.",
    ] {
        assert_eq!(
            s.scrub(text),
            "Mailen kan ook: [e-mailadres] of via de site.",
            "{text}"
        );
    }
    // Words that only look like it stay.
    for plain in [
        "Kijk naar wat de punt is; at is Engels.",
        "We meet at 10.30 in Leiden, zie bijlage (a) en onderdeel 2.b.",
        "Punt (a) gaat over de opvang. Dat is at least een punt van zorg.",
        "Onder a) en b) staan de 3.4 miljoen euro [dot] niet genoemd.",
        "Het punt is: @ staat voor apenstaartje, punt 3 gaat over de opvang.",
    ] {
        assert_eq!(s.scrub(plain), plain);
    }
}

/// A decision whose point was reworded keeps its answer in the ledger
/// and, published, loses the names its old text taught, as it did
/// while attached (found in QA: the neighbour's name was published).
#[test]
fn an_orphaned_answer_goes_without_the_names_its_old_text_taught() {
    let resident = private_response(&["Hang het nummer van Veilig Thuis op."], &[""]);
    let orphan = OrphanedDecision {
        comment_id: "gone".into(),
        respondent: resident.respondent.clone(),
        text: "Mijn buurman Henk Jansen slaat zijn kinderen.".into(),
        status: crate::model::Status::Noted,
        answer: "Henk Jansen kan altijd bellen met Veilig Thuis.".into(),
        file: resident.file.clone(),
        ..OrphanedDecision::default()
    };
    let c = Consultation {
        orphaned_decisions: vec![orphan],
        responses: vec![resident],
        ..Consultation::default()
    };
    let public = public_head(&c, &Scrubber::for_consultation(&c));
    let shown = &public.orphaned_decisions[0];
    assert_eq!(shown.respondent, "Inwoner 1");
    for text in [&shown.text, &shown.answer] {
        assert!(!text.contains("Henk") && !text.contains("Jansen"), "{text}");
    }
    assert_eq!(shown.answer, "[naam] kan altijd bellen met Veilig Thuis.");
}

/// Entries of the inbox that are no submission's file (a folder, a
/// link out of the inbox) are the working group's to fix: they stay out
/// of `consultation.json` (and the memo, which lists the same
/// problems), so their names, often a person's, are not published.
#[test]
fn problems_with_entries_that_are_no_response_are_not_published() {
    use crate::model::{Problem, ProblemKind};
    let mut unread = private_response(&[], &[]);
    unread.file = "brief-jan-de-vries.pdf".into();
    unread.private_person = false;
    unread.sender_unknown = true;
    unread.public_name = "Inzending 1".into();
    let problem = |kind, file: &str| Problem {
        kind,
        file: file.into(),
        message: format!("`{file}` could not be read"),
    };
    let c = Consultation {
        responses: vec![unread],
        problems: vec![
            problem(ProblemKind::Skipped, "responses/Reactie Jan de Vries"),
            problem(ProblemKind::Skipped, "responses/brief-karin-visser.txt"),
            problem(ProblemKind::Unreadable, "responses/Karin Visser.pdf"),
            problem(ProblemKind::Setup, "consultation.toml"),
            problem(ProblemKind::Scan, "responses/brief-jan-de-vries.pdf"),
            problem(ProblemKind::Corrupt, "drafts/02-definitief.pdf"),
        ],
        ..Consultation::default()
    };
    let public = public_head(&c, &Scrubber::for_consultation(&c));
    let files: Vec<&str> = public.problems.iter().map(|p| p.file.as_str()).collect();
    assert_eq!(
        files,
        ["responses/inzending-1.pdf", "drafts/02-definitief.pdf"]
    );
    let json = serde_json::to_string(&public).unwrap();
    for name in ["Jan", "Karin", "Visser", "Vries"] {
        assert!(!json.contains(name), "{name} in {json}");
    }
    let shown: Vec<&crate::model::Problem> = public_problems(&c).collect();
    assert_eq!(shown.len(), 2);
}

/// A title between a role word and a name (`huisarts dr. Pieterse`), or
/// before a name anywhere, is a form of address: the name goes, in every
/// letter; words that only look like a title stay.
#[test]
fn a_name_after_a_title_goes() {
    let s = Scrubber::default();
    assert_eq!(
        s.scrub("Onze huisarts dr. Pieterse zegt hetzelfde."),
        "Onze huisarts dr. [naam] zegt hetzelfde."
    );
    assert_eq!(
        s.scrub("Mijn huisarts, drs. Ilse Maas, heeft dat ook gemerkt."),
        "Mijn huisarts, drs. [naam], heeft dat ook gemerkt."
    );
    // Learnt: the name goes further on too.
    assert_eq!(
        s.scrub("Volgens Dr Pieterse klopt het. Pieterse is huisarts."),
        "Volgens Dr [naam] klopt het. [naam] is huisarts."
    );
    // In an organisation's letter too, also after two titles.
    assert_eq!(
        s.scrub_as("Zie het advies van prof. dr. A. de Wit van de GGD.", false),
        "Zie het advies van prof. dr. [naam] van de GGD."
    );
    assert_eq!(
        s.scrub_as("Mr. Visser en ir. Hoekstra.", false),
        "Mr. [naam] en ir. [naam]."
    );
    for kept in [
        "Wij bankieren bij de ING. Daarna volgt paragraaf 2.",
        "De drempel is hoog; de prof. Wat vindt u?",
        "Zie Mr. Wat u wilt.",
    ] {
        assert_eq!(s.scrub_as(kept, false), kept);
    }
}

/// Licence plates go: in a sidecode's form anywhere, in any writing after
/// the word for one; dates, postcodes, numbers and codes that are no
/// sidecode stay.
#[test]
fn licence_plates_go() {
    let s = Scrubber::default();
    for (text, want) in [
        (
            "Ik kom met mijn auto (kenteken GZ-123-K) naar het loket.",
            "Ik kom met mijn auto (kenteken [kenteken]) naar het loket.",
        ),
        (
            "Hij gaf mijn kenteken 12-ABC-3 door.",
            "Hij gaf mijn kenteken [kenteken] door.",
        ),
        (
            "De auto met XX-99-99 stond er.",
            "De auto met [kenteken] stond er.",
        ),
        (
            "Plaatjes 99-XX-99, 99-XXX-9, X-999-XX en XX-999-X.",
            "Plaatjes [kenteken], [kenteken], [kenteken] en [kenteken].",
        ),
        (
            "Mijn kenteken is gz 123 k en de oude kentekenplaat: GZ123K.",
            "Mijn kenteken is [kenteken] en de oude kentekenplaat: [kenteken].",
        ),
        ("kenteken: ab-12-cd", "kenteken: [kenteken]"),
    ] {
        assert_eq!(s.scrub(text), want, "{text}");
    }
    for kept in [
        "Zie artikel 2.1, paragraaf 3.4.5 en bijlage B-12.",
        "Vergadering op 12-10-2026 en 3-4-26; postcode-gebied 2316-XB is ruim.",
        "COVID-19-AB en A-GZ-123-K of GZ-123-KL zijn geen kentekens.",
        "Het kenteken 12 keer laten zien; de ab-12-cd in kleine letters.",
        "Wet 2015-AB-12 en Regiovisie 2027-2030.",
    ] {
        let out = s.scrub(kept);
        assert!(!out.contains(PLATE), "{kept} → {out}");
    }
}

/// The working group's answer in a letter: as the memo has it, but with
/// what the letter's sender wrote themselves.
#[test]
fn a_letter_shows_the_answer_without_other_peoples_data() {
    let mut council = private_response(
        &["De raad wil monitoring, zegt mevrouw Verbeek (griffie, 071-5123456)."],
        &[""],
    );
    council.private_person = false;
    council.kind = crate::model::RespondentKind::Council;
    council.respondent = "Raad van de gemeente Katwijk".into();
    let resident = private_response(&["Maak er vier weken van."], &[""]);
    let s = Scrubber::for_names(&["Pieter Jansen", &resident.respondent]);
    let answer = "Net als de heer Pieter Jansen vraagt de raad om monitoring. Jansen is \
                  bereikbaar via 06-12345678; mevrouw Verbeek via 071-5123456.";
    let public = s.scrub_of(answer, &council);
    assert_eq!(
        public,
        "Net als de heer [naam] vraagt de raad om monitoring. [naam] is bereikbaar via \
         [telefoonnummer]; mevrouw [naam] via [telefoonnummer]."
    );
    // The council named Verbeek and gave her number itself.
    assert_eq!(
        as_known_to(answer, &public, &council),
        "Net als de heer [naam] vraagt de raad om monitoring. [naam] is bereikbaar via \
         [telefoonnummer]; mevrouw Verbeek via 071-5123456."
    );
    // A resident's own name and child stay in their own letter.
    let mut mine = private_response(&["Mijn zoon Daan wacht al maanden."], &[""]);
    mine.respondent = "Gerrit Mulder".into();
    let s = Scrubber::for_names(&["Gerrit Mulder", "Pieter Jansen"]);
    let answer = "Beste heer Mulder, wij begrijpen dat Daan wacht; ook Pieter Jansen schreef.";
    let public = s.scrub_learnt(answer, &mine, &s.learnt_names(&mine));
    assert_eq!(
        public,
        "Beste heer [naam], wij begrijpen dat [naam] wacht; ook [naam] schreef."
    );
    assert_eq!(
        as_known_to(answer, &public, &mine),
        "Beste heer Mulder, wij begrijpen dat Daan wacht; ook [naam] schreef."
    );
    assert_eq!(
        as_known_to("Geen namen.", "Geen namen.", &mine),
        "Geen namen."
    );
}

#[test]
fn a_date_of_birth_with_a_two_digit_year_after_an_apostrophe_goes() {
    let s = Scrubber::default();
    for (text, cue) in [
        ("Geboren op 3-4-'85.", "Geboren op "),
        ("Geboortedatum: 16/10/’85.", "Geboortedatum: "),
        ("Geboren op 16 oktober '85.", "Geboren op "),
    ] {
        assert_eq!(s.scrub(text), format!("{cue}{BIRTH_DATE}."), "{text:?}");
    }
    // Without a cue it is a date like any other.
    assert_eq!(
        s.scrub("Op 16-10-'26 is vergaderd."),
        "Op 16-10-'26 is vergaderd."
    );
}

/// The cue's words ([`plate_cue_re`]) are in every text where a plate
/// follows a cue ([`plate_after_cue_re`]), so checking them first never
/// leaves a plate in: in every match's cue, in any case (the Kelvin sign
/// folds to `k`, the long s to `s`), and on the letters of the corpus.
#[test]
fn a_plate_after_a_cue_always_has_the_cues_words() {
    use crate::text::narrow_check::{letter_corpus, units};
    let mut texts = letter_corpus();
    texts.extend(PERSONAL.iter().map(|t| t.to_string()));
    for cue in [
        "kenteken",
        "Kentekenplaat",
        "KENTEKENNUMMER",
        "kentekenbewijs",
        "nummerbord",
        "Nummerplaat",
        "licence plate",
        "License  Plate",
        "number plate",
        "registration",
        "Registration number",
        "\u{212A}enteken",
        "licen\u{17F}e plate",
        "regi\u{17F}tration",
    ] {
        for sep in [" ", ": ", " is ", " (nr.) "] {
            for plate in ["GZ-123-K", "gz 123 k", "GZ123K", "12-ABC-3"] {
                texts.push(format!("Mijn {cue}{sep}{plate} en meer."));
            }
        }
    }
    let mut matched = 0;
    for text in units(&texts) {
        for c in plate_after_cue_re().captures_iter(&text) {
            matched += 1;
            let cue = c.name("cue").map_or("", |m| m.as_str());
            assert!(plate_cue_re().is_match(cue), "{cue:?} in {text:?}");
        }
        if plate_after_cue_re().is_match(&text) {
            assert!(plate_cue_re().is_match(&text), "{text:?}");
        }
    }
    assert!(matched >= 14 * 4 * 4, "{matched}");
}

/// QA25: an organisation's response filed under the name of the person
/// who filled in its form (`reactie-karin-visser.pdf`) published that
/// name in the memo's appendix; an organisation's file keeps its name only
/// when that names nothing but the organisation.
#[test]
fn an_organisations_file_name_is_published_only_when_it_names_only_the_organisation() {
    assert!(file_names_only(
        "zienswijze-gemeente-katwijk.pdf",
        "Gemeente Katwijk"
    ));
    assert!(file_names_only(
        "ASDV_advies_regiovisie_2027 v2.pdf",
        "Adviesraad Sociaal Domein Voorschoten"
    ));
    assert!(file_names_only(
        "Reactie Stichting Buurtkracht (def).docx",
        "Stichting Buurtkracht"
    ));
    assert!(!file_names_only(
        "reactie-karin-visser.pdf",
        "Stichting Buurtkracht"
    ));
    assert!(!file_names_only(
        "buurtkracht-jansen.pdf",
        "Stichting Buurtkracht"
    ));
    let mut r = Response {
        file: "reactie-karin-visser.pdf".into(),
        respondent: "Stichting Buurtkracht".into(),
        public_name: "Stichting Buurtkracht".into(),
        number: 3,
        ..Response::default()
    };
    assert_eq!(public_file_name(&r), "stichting-buurtkracht-3.pdf");
    r.file = "zienswijze stichting buurtkracht.pdf".into();
    assert_eq!(public_file_name(&r), "zienswijze stichting buurtkracht.pdf");
}

#[test]
fn placeholders_are_worded_in_the_output_language_and_scrubbing_keeps_one_set() {
    assert_eq!(
        worded("Bel [naam] op [telefoonnummer] of [e-mailadres].", Lang::En),
        "Bel [name] op [phone number] of [e-mail address]."
    );
    assert_eq!(
        worded(
            "[adres], [BSN], [rekeningnummer], [geboortedatum], [kenteken]",
            Lang::En
        ),
        "[address], [citizen service number], [bank account number], [date of birth], \
         [licence plate]"
    );
    assert!(matches!(
        worded("[naam]", Lang::Nl),
        Cow::Borrowed("[naam]")
    ));
    assert!(matches!(
        worded("no placeholder", Lang::En),
        Cow::Borrowed(_)
    ));
    assert_eq!(PLACEHOLDERS.len(), PLACEHOLDERS_EN.len());

    let r = private_response(
        &["My daughter Emily waits. Call 06-12345678."],
        &["We asked mevrouw Bakker about it."],
    );
    let s = Scrubber::for_names(&["Emma Clark"]);
    let nl = public_response(&r, &s);
    let en = public_response(&r, &s.clone().worded_in(Lang::En));
    assert_eq!(
        nl.comments[0].text,
        "My daughter [naam] waits. Call [telefoonnummer]."
    );
    assert_eq!(
        en.comments[0].text,
        "My daughter [name] waits. Call [phone number]."
    );
    let answer = &en.comments[0].decision.answer;
    assert!(
        answer.contains("[name]") && !answer.contains("Bakker"),
        "{answer}"
    );
    let theme = en.comments[0].decision.theme.as_deref().unwrap_or_default();
    assert!(theme.contains("[name]"), "{theme}");
    // Scrubbing itself is the same in either language.
    let scrubbed = s.clone().worded_in(Lang::En).scrub("mevrouw Bakker");
    assert!(scrubbed.contains("[naam]"), "{scrubbed}");
}

/// QA28: an unread file's message for the working group names files (an
/// e-mail's attachment, `zienswijze Marieke van der Linden.pdf`):
/// `consultation.json` gives the kind's short reason instead, for the
/// response's `error` and in `problems`, as the memo's appendix does; a
/// damaged Word file is damaged, not "no valid PDF".
#[test]
fn an_unread_files_public_error_is_its_kinds_short_reason() {
    use crate::model::{FileStatus, Problem, ProblemKind};
    let message = "`mail-0412.eml` has an unsupported format (.eml whose response is in its \
                   attachment `zienswijze Marieke van der Linden Dorpsstraat 12.pdf`, not in \
                   the message): save the attachment";
    let unread = |file: &str, kind, number| Response {
        id: format!("r{number}"),
        file: file.into(),
        number,
        respondent: file.into(),
        public_name: format!("Inzending {number}"),
        sender_unknown: true,
        status: FileStatus::Error,
        error: Some(message.into()),
        error_kind: Some(kind),
        ..Response::default()
    };
    let c = Consultation {
        responses: vec![
            unread("mail-0412.eml", ProblemKind::Unsupported, 1),
            unread("zienswijze-buurtkracht.docx", ProblemKind::Corrupt, 2),
            unread("brief.pdf", ProblemKind::Corrupt, 3),
        ],
        problems: vec![Problem {
            kind: ProblemKind::Unsupported,
            file: "responses/mail-0412.eml".into(),
            message: message.into(),
        }],
        ..Consultation::default()
    };
    let public = public_view(&c);
    let errors: Vec<&str> = public
        .responses
        .iter()
        .map(|r| r.error.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        errors,
        [
            "Het bestandsformaat wordt niet ondersteund",
            "Het bestand is beschadigd",
            "Het bestand is beschadigd of geen geldig PDF-bestand",
        ]
    );
    assert_eq!(
        public.problems[0].message,
        "Het bestandsformaat wordt niet ondersteund"
    );
    let json = serde_json::to_string(&public).unwrap();
    for name in ["Marieke", "Linden", "Dorpsstraat", "mail-0412"] {
        assert!(!json.contains(name), "{name} in {json}");
    }
    // In English wording, in English.
    let english = public_view_with(
        &c,
        &Scrubber::for_consultation(&c).worded_in(crate::report::Lang::En),
    );
    assert_eq!(
        english.responses[1].error.as_deref(),
        Some("The file is damaged")
    );
}

#[test]
fn a_name_is_found_in_either_spelling_of_its_special_letters() {
    // QA31a: `Lukasz`, `Michal Dabrowski`, `Ibrahim`, `Strasse`, `Nguyen`
    // and `Tran Thi` were published for residents who signed with
    // `Ł`, `ł`, `ą`, `İ`, `ß` and the stacked marks of Vietnamese.
    let s = Scrubber::for_names(&[
        "Łukasz Wróbel",
        "Michał Dąbrowski",
        "İbrahim Çelik",
        "Jürgen Straße",
        "Nguyễn Văn An",
        "Trần Thị Mai",
        "Søren Østergaard",
        "Æsa Ðorđević",
    ]);
    for (text, gone) in [
        ("Beste Lukasz, dank.", "Lukasz"),
        ("Beste Michal Dabrowski, dank.", "Dabrowski"),
        ("Beste Ibrahim, dank.", "Ibrahim"),
        ("Beste IBRAHIM, dank.", "IBRAHIM"),
        ("Beste Jurgen Strasse, dank.", "Strasse"),
        ("Beste Nguyen Van An, dank.", "Nguyen"),
        ("Net als Tran Thi Mai wijzen meer inwoners erop.", "Tran"),
        ("Soren Ostergaard schreef.", "Ostergaard"),
        ("Aesa Djordjevic en Aesa Dorđevic schreven.", "Dorđevic"),
    ] {
        let out = s.scrub(text);
        assert!(!out.contains(gone), "{text} → {out}");
        assert!(out.contains(NAME), "{text} → {out}");
    }
    // And the other way round: a name signed without them.
    let s = Scrubber::for_names(&["Jurgen Strasse", "Lukasz Nowak"]);
    assert_eq!(
        s.scrub("Dank aan Straße en Łukasz."),
        "Dank aan [naam] en [naam]."
    );
    // Lower-case words stay as they were.
    assert_eq!(s.scrub("de strasse en lukasz"), "de strasse en lukasz");
}

#[test]
fn every_apostrophe_is_the_same_letter_of_a_name() {
    // QA31a: `N'Diaye` of `Fatou N’Diaye`, `O’Brien` of `Seán O'Brien`.
    let s = Scrubber::for_names(&["Fatou N’Diaye", "Seán O'Brien", "Priya D´Souza"]);
    for text in [
        "Dank. N'Diaye wijst terecht op de taal.",
        "Dank. N‘Diaye wijst terecht op de taal.",
        "Dank. NʼDiaye wijst terecht op de taal.",
        "Dank. O’Brien heeft gelijk.",
        "Dank. O`Brien heeft gelijk.",
        "Dank. D'Souza heeft gelijk.",
        "Dank. Sean O’Brien heeft gelijk.",
    ] {
        let out = s.scrub(text);
        assert!(
            !out.contains("Diaye") && !out.contains("Brien") && !out.contains("Souza"),
            "{text} → {out}"
        );
        assert!(out.contains(NAME), "{text} → {out}");
    }
    // A third party's name learnt in a letter goes in the other spelling.
    let learnt = LearntNames::new(vec!["N’Diaye".to_string()], Default::default());
    assert_eq!(
        learnt.scrub_plain("Toen N'Diaye belde."),
        "Toen [naam] belde."
    );
}

#[test]
fn names_after_the_care_roles_of_the_social_domain_go() {
    // QA31a: names after mantelzorger, bewindvoerder, zorgverlener,
    // verzorgster and huishoudelijke hulp were published.
    let s = Scrubber::default();
    for role in [
        "mantelzorger",
        "mantelzorgster",
        "bewindvoerder",
        "beschermingsbewindvoerder",
        "zorgverlener",
        "zorgverleenster",
        "verzorger",
        "verzorgster",
        "verzorgende",
        "thuiszorgmedewerker",
        "thuiszorgmedewerkster",
        "huishoudelijke hulp",
        "huishoudelijk hulp",
        "thuishulp",
        "huishoudster",
        "curator",
        "ouderenadviseur",
        "mediator",
        "notaris",
        "begeleider",
        "casemanager",
    ] {
        let text = format!("Haar {role} Wendy Verbeek nam haar pinpas af.");
        let out = s.scrub_as(&text, true);
        assert_eq!(
            out,
            format!("Haar {role} [naam] nam haar pinpas af."),
            "{text}"
        );
        assert!(is_role_word(role) || role.contains(' '), "{role}");
    }
    // Not a name after them: an organisation, a lower-case word.
    for text in [
        "De zorgverlener Veilig Thuis belde niet.",
        "Haar bewindvoerder in Delft merkte het niet.",
    ] {
        assert_eq!(s.scrub_as(text, true), text);
    }
}

#[test]
fn in_a_text_in_capitals_a_name_ends_at_a_common_word() {
    // QA31a: `MIJN BUURMAN KEES HEEFT DE POLITIE GEBELD` kept `KEES`,
    // while `SARA WOONT NU IN` and `ÖZTÜRK HEEFT OOK GEBELD` went whole.
    let s = Scrubber::default();
    for (text, want) in [
        (
            "MIJN DOCHTER SARA WOONT NU IN DE OPVANG.",
            "MIJN DOCHTER [naam] WOONT NU IN DE OPVANG.",
        ),
        (
            "MIJN BUURMAN KEES HEEFT DE POLITIE GEBELD MAAR DIE KWAM NIET.",
            "MIJN BUURMAN [naam] HEEFT DE POLITIE GEBELD MAAR DIE KWAM NIET.",
        ),
        (
            "ONZE BUURVROUW MEVROUW ÖZTÜRK HEEFT OOK GEBELD.",
            "ONZE BUURVROUW MEVROUW [naam] HEEFT OOK GEBELD.",
        ),
        (
            "MIJN BUURMAN KEES VAN DER VELDE BELDE DE POLITIE.",
            "MIJN BUURMAN [naam] BELDE DE POLITIE.",
        ),
        (
            "MIJN DOCHTER WOONT IN DE OPVANG.",
            "MIJN DOCHTER WOONT IN DE OPVANG.",
        ),
    ] {
        assert_eq!(s.scrub_as(text, true), want, "{text}");
    }
    // The name's words go where the letter writes them again, the common
    // words stay.
    let (_, learnt) = third_parties(
        "MIJN BUURMAN KEES HEEFT DE POLITIE GEBELD MAAR DIE KWAM NIET.",
        true,
    );
    assert_eq!(learnt, vec!["KEES".to_string()]);
}

#[test]
fn a_street_named_after_a_person_goes_whole() {
    // QA31a: `Willem de [adres]`, `Mr. P.J. [adres]`.
    let s = Scrubber::default();
    for (text, want) in [
        (
            "Ik woon op de Willem de Zwijgerlaan 14 en de opvang is ver.",
            "Ik woon op de [adres] en de opvang is ver.",
        ),
        (
            "Mijn adres is Hugo de Grootstraat 3, maar post kwam niet.",
            "Mijn adres is [adres], maar post kwam niet.",
        ),
        (
            "Mijn moeder woont aan de Jan van Galenstraat 88 en is bedreigd.",
            "Mijn moeder woont aan de [adres] en is bedreigd.",
        ),
        (
            "Mijn zus woont op Mr. P.J. Troelstraweg 5 en wacht.",
            "Mijn zus woont op [adres] en wacht.",
        ),
        (
            "Post naar Van 't Hoffstraat 2 of Prof. dr. Zernikeplein 7 of Kon. Wilhelminaweg 1.",
            "Post naar [adres] of [adres] of [adres].",
        ),
        // A common word before particles is no part of the street.
        (
            "In de Kerkstraat 5 woont niemand, op de Dorpsstraat 3 wel.",
            "In de [adres] woont niemand, op de [adres] wel.",
        ),
        (
            "Naast de Kerkstraat 5 en Tegenover de Dorpsstraat 3.",
            "Naast de [adres] en Tegenover de [adres].",
        ),
    ] {
        assert_eq!(s.scrub(text), want, "{text}");
    }
}

#[test]
fn a_surname_that_is_a_place_stays_where_it_names_the_place() {
    // QA31a: `Ik woon [naam] aan den Rijn` (Eva Alphen), `wijkverpleegkundigen
    // [naam]` (Dirk van Leiden), `in` taken as a particle.
    let s = Scrubber::for_names(&[
        "Eva Alphen",
        "Dirk van Leiden",
        "Sanne Haag",
        "Karin van den Bosch",
        "Ans van Bergen",
        "Piet van Rijn",
    ]);
    for text in [
        "Ik woon in Alphen aan den Rijn en vrouwen uit Alphen aan den Rijn ook.",
        "Ik woon al dertig jaar in Leiden.",
        "Wijkverpleegkundigen in Leiden en Zoeterhout kunnen doorverwijzen.",
        "De opvang in Den Haag heeft plek, net als in Den Haag.",
        "Mijn zus woont in Den Bosch, neem het over van de regio Den Bosch.",
        "In Bergen op Zoom werkt de opvang samen met de moskee.",
        "De gemeente Leiden doet het beter.",
    ] {
        assert_eq!(s.scrub(text), text);
    }
    // The person still goes: the full name, the name after initials or a
    // form of address, the surname where it names no place.
    for (text, want) in [
        ("Eva Alphen schreef.", "[naam] schreef."),
        ("D. van Leiden schreef.", "[naam] schreef."),
        (
            "Dirk van Leiden woont in Leiden.",
            "[naam] woont in Leiden.",
        ),
        ("Volgens Van Leiden is het zo.", "Volgens [naam] is het zo."),
        ("Dank. Alphen heeft gelijk.", "Dank. [naam] heeft gelijk."),
        ("De heer Van Leiden belde.", "De heer [naam] belde."),
    ] {
        assert_eq!(s.scrub(text), want, "{text}");
    }
}

#[test]
fn a_surname_that_is_a_title_or_starts_a_compound_stays_there() {
    // QA31a: `[naam] Willem-Alexander` (Mirjam Koning), `[naam]-Russische`
    // (Kees de Wit).
    let s = Scrubber::for_names(&["Mirjam Koning", "Kees de Wit"]);
    for text in [
        "Koning Willem-Alexander opende de opvang.",
        "De Wit-Russische en Oekraïense vrouwen vinden de opvang niet.",
    ] {
        assert_eq!(s.scrub(text), text);
    }
    for (text, want) in [
        ("Mevrouw Koning schreef.", "Mevrouw [naam] schreef."),
        ("Dank. Koning heeft gelijk.", "Dank. [naam] heeft gelijk."),
        ("Mirjam Koning schreef.", "[naam] schreef."),
        ("Volgens De Wit is het zo.", "Volgens [naam] is het zo."),
    ] {
        assert_eq!(s.scrub(text), want, "{text}");
    }
}

/// A private person's own street without a house number, after words
/// saying they live on it (`Ik woon aan de Dijkstraat`), goes as the
/// letterhead's address does; the words around it, an organisation's
/// letter and a street no one lives on stay.
#[test]
fn the_street_a_resident_says_they_live_on_goes_without_a_number() {
    let s = Scrubber::default();
    for (text, scrubbed) in [
        (
            "Ik woon aan de Dijkstraat, direct naast bedrijventerrein De Kamp.",
            "Ik woon aan de [adres], direct naast bedrijventerrein De Kamp.",
        ),
        (
            "Wij wonen al twintig jaar op het Marktplein en horen de bassen.",
            "Wij wonen al twintig jaar op het [adres] en horen de bassen.",
        ),
        (
            "Sinds 2019 woon ik in de Lange Nieuwstraat.",
            "Sinds 2019 woon ik in de [adres].",
        ),
        ("Mijn adres is Kerkweg.", "Mijn adres is [adres]."),
        (
            "Wij wonen aan de Markt, boven de bakker.",
            "Wij wonen aan de [adres], boven de bakker.",
        ),
    ] {
        assert_eq!(s.scrub_as(text, true), scrubbed, "{text:?}");
        // An organisation's letter keeps it.
        assert_eq!(s.scrub_as(text, false), text, "{text:?}");
    }
    // No street word, lower case, or no one living on it: nothing goes.
    for text in [
        "Ik woon aan de rand van het dorp, naast bedrijventerrein De Kamp.",
        "Ik woon aan de snelweg en hoor het verkeer.",
        "Ik woon in Lingestein en fiets over de Dijkstraat.",
        "De straatverlichting in de Dijkstraat is kapot.",
        "Ik woon op de Veluwe.",
    ] {
        assert_eq!(s.scrub_as(text, true), text, "{text:?}");
    }
}

/// QA45: a given name used to address someone (`Ingrid, wil jij ...`,
/// `Hoi Ingrid,`) is a person's name in every letter, and goes wherever
/// else the text writes it; a group or body greeted stays.
#[test]
fn a_given_name_used_to_address_someone_is_a_name() {
    let s = Scrubber::default();
    for (text, gone) in [
        (
            "Marloes, kun je dit namens het bestuur indienen? Marloes weet ervan.",
            "Marloes",
        ),
        (
            "Hoi Joost,\nHier de punten. Zoals Joost al zei, de brug moet blijven.",
            "Joost",
        ),
        ("Beste Fenna,\n\nDe speeltuin moet blijven.", "Fenna"),
        ("Klaar. Anne-Wil, wil jij de brief sturen?", "Anne-Wil"),
        ("Hallo Sven\nDe brug moet blijven.", "Sven"),
    ] {
        for private in [false, true] {
            let out = s.scrub_as(text, private);
            assert!(!out.contains(gone), "{text} -> {out}");
            assert!(out.contains(NAME), "{text} -> {out}");
        }
    }
    for text in [
        "Beste Bewoners,\n\nDe speeltuin moet blijven.",
        "Beste Werkgroep,\n\nDe speeltuin moet blijven.",
        "Hallo Allemaal!",
        "Mevrouw, kunt u dit doorsturen?",
        "Daarom, wil je iets bereiken, kom dan.",
        "In Essenburg, wil je daar wonen, is geen huis te krijgen.",
    ] {
        assert_eq!(s.scrub_as(text, false), text);
    }
}
