use super::*;

#[test]
fn gram_matches_name_the_words_on_both_sides() {
    let section = "Bewegen voor ouderen\nBeweegcoaches organiseren wandelgroepen.";
    assert_eq!(
        gram_matches("Het begrip beweegcoach mist.", section, 4),
        ["beweegcoaches (≈ beweegcoach)"]
    );
    // The same word on both sides is named once; words sharing too
    // few 4-grams are left out.
    assert_eq!(
        gram_matches("Meer wandelgroepen!", section, 4),
        ["wandelgroepen"]
    );
    assert!(gram_matches("De gemeenteraad faalt.", section, 4).is_empty());
}

#[test]
fn running_text_and_title_lines() {
    let cover = "Regiovisie aanpak huiselijk geweld Hollands Midden 2024-2028\nInspraakversie, oktober 2023\nGemeenten Leiden en Gouda\n";
    assert_eq!(prose_words(cover), 0);
    let foreword = "Voorwoord\nHuiselijk geweld is het grootste geweldsprobleem.\nWij willen het voorkomen. Kort.\n";
    // `Voorwoord` opens the first sentence; four words and `Kort.` are
    // no sentence of running text.
    assert_eq!(prose_words(foreword), 7);
    assert_eq!(
        prose_words(&format!("{cover}\n{foreword}")),
        prose_words(foreword)
    );
}

#[test]
fn compounds_split_into_draft_words() {
    let mut d = Version::default();
    d.sections.push(crate::model::Section {
            number: "1".into(),
            title: "Schulden".into(),
            level: 1,
            text: "Bij schulden en armoede is snelle hulpverlening nodig, ook voor de mantelzorg en de ondersteuning van gezinnen in de wijk.".into(),
            pages: (1, 1),
        });
    let ix = TopicIndex::new(&d);
    let a = Analyzer::default();
    let stem = |w: &str| content_terms(&a, &FxHashSet::default(), w).remove(0);
    assert_eq!(
        ix.split_compound("schuldhulpverlening"),
        Some((stem("schuld"), stem("hulpverlening")))
    );
    assert_eq!(
        ix.split_compound("mantelzorgondersteuning"),
        Some((stem("mantelzorg"), stem("ondersteuning")))
    );
    // A word the draft uses is left whole; a word with no known parts too.
    assert_eq!(ix.split_compound("hulpverlening"), None);
    assert_eq!(ix.split_compound("parkeerbeleid"), None);
    // Its parts raise the section's score.
    let with = ix.rank("De schuldhulpverlening moet sneller.").bm25[0];
    let without = ix.rank("De dienstverlening moet sneller.").bm25[0];
    assert!(with > without, "{with} {without}");
}

use crate::model::test_section as section;

#[test]
fn municipality_names_are_left_out_of_the_topical_query() {
    assert_eq!(
        without_places("Ook in Pijnacker-Nootdorp en Den Haag, niet alleen in Delft."),
        "Ook in   en  , niet alleen in  ."
    );
    // One place of a two-part municipality; a name without hyphen.
    assert_eq!(without_places("In Nootdorp"), "In  ");
    assert_eq!(without_places("Midden Delfland helpt"), "  helpt");
    // Written without a capital it is a word, not the place; everyday
    // words that are also municipalities are not in the list; a part
    // that is a word is not a place on its own.
    assert_eq!(without_places("een ede afleggen"), "een ede afleggen");
    assert_eq!(without_places("Houten banken"), "Houten banken");
    assert_eq!(without_places("Midden in de wijk"), "Midden in de wijk");
    // A quote of the draft keeps its places: they are the draft's words.
    assert_eq!(
        without_places("Er staat \"in Hillegom en Lisse minder\" in Lisse."),
        "Er staat \"in Hillegom en Lisse minder\" in  ."
    );
    assert!(matches!(
        without_places("Geen plaats hier."),
        std::borrow::Cow::Borrowed(_)
    ));

    // The introduction that lists the region's municipalities no
    // longer wins over the section about the comment's topic.
    let mut d = Version::default();
    d.sections.push(section(
            "1",
            "Inleiding",
            "De regio bestaat uit de gemeenten Delft, Pijnacker-Nootdorp, Midden-Delfland, Westland en Zoetermeer, die samen deze visie schreven voor de komende jaren.",
        ));
    d.sections.push(section(
            "2",
            "Advies en melding",
            "Inwoners kunnen met zorgen over geweld thuis terecht bij een loket in de eigen gemeente en bij Veilig Thuis voor advies en melding.",
        ));
    let ix = TopicIndex::new(&d);
    let r = ix.rank(
        "Zorg voor een loket in Pijnacker-Nootdorp en Midden-Delfland, niet alleen in Delft.",
    );
    assert_eq!(r.order[0].0, 1, "{:?}", r.order);
    assert_eq!(r.bm25[0], 0.0, "{:?}", r.bm25);
}

#[test]
fn a_full_passage_is_not_buried_under_a_short_one_by_its_length() {
    // The same word once in a long section and once in a short one:
    // the short one ranks first, but the long one keeps most of the
    // score (about 0.65 of it with b 0.5; about 0.54 with b 0.75, which
    // let short sections that happen to use a comment's word outrank
    // the one whose passage is about it).
    let long = format!(
            "{} Voor de wachtlijsten komt een plan.",
            "De regionale samenwerking tussen partners vraagt afspraken over taken, rollen en verantwoordelijkheden. "
                .repeat(7)
        );
    let mut d = Version::default();
    d.sections.push(section("1", "Uitvoering", &long));
    d.sections.push(section(
            "2",
            "Opvang",
            "Voor de wachtlijsten in de opvang komen extra plaatsen beschikbaar in de regio dit jaar en volgend jaar.",
        ));
    d.sections.push(section(
            "3",
            "Preventie",
            "Scholen en sportclubs krijgen lessen over gezonde relaties, grenzen stellen en hulp zoeken bij zorgen thuis.",
        ));
    let ix = TopicIndex::new(&d);
    let r = ix.rank("De wachtlijsten zijn veel te lang.");
    let (long, short) = (r.bm25[0], r.bm25[1]);
    assert_eq!(r.order[0].0, 1, "{:?}", r.order);
    assert!(long / short > 0.6, "{long} {short}");
    assert_eq!(r.bm25[2], 0.0);
}

#[test]
fn everyday_words_reach_the_drafts_terms_through_related_groups() {
    let mut d = Version::default();
    d.sections.push(section(
            "1",
            "Ouderen",
            "Financiële uitbuiting van ouderen komt vaak voor. Een lokale alliantie van banken, notarissen en de gemeente helpt om het eerder te zien.",
        ));
    d.sections.push(section(
            "2",
            "Jeugd",
            "Scholen en kinderopvang zien signalen bij kinderen. Het onderwijs krijgt training in de meldcode en het gesprek met ouders.",
        ));
    d.sections.push(section(
            "3",
            "Opvang",
            "De vrouwenopvang biedt een veilige plek. Er is een tekort aan woonruimte voor uitstroom, zodat de wachttijden oplopen.",
        ));
    let ix = TopicIndex::new(&d);
    // None of these comments uses a word of the draft.
    let story = "Een vriend van mijn vader had zijn pinpas en nam elke week geld op.";
    let r = ix.rank(story);
    assert_eq!(r.order.first().map(|o| o.0), Some(0), "{:?}", r.order);
    assert!(
        r.shared[0].iter().any(|w| w.contains("(≈ pinpas)")),
        "the reason names the word it came from: {:?}",
        r.shared[0]
    );
    let school = ix.rank("De juf van mijn dochter merkte niets.");
    assert_eq!(
        school.order.first().map(|o| o.0),
        Some(1),
        "{:?}",
        school.order
    );
    // A phrase of the list (`weg wil`).
    let shelter = ix.rank("Als een vrouw weg wil, weet ze niet waarheen.");
    assert_eq!(
        shelter.order.first().map(|o| o.0),
        Some(2),
        "{:?}",
        shelter.order
    );
    // A comment about nothing in the draft stays without a score.
    assert!(ix
        .rank("De lantaarnpaal in onze straat is kapot.")
        .order
        .is_empty());
}

#[test]
fn phrases_match_with_a_few_words_between() {
    let w = |t: &str| -> Vec<String> { t.split(' ').map(str::to_string).collect() };
    let member = w("zelf doorgemaakt");
    assert_eq!(
        phrase_end(&w("wij hebben zelf doorgemaakt"), 2, &member),
        Some(4)
    );
    assert_eq!(
        phrase_end(&w("zelf geweld in hun gezin doorgemaakt"), 0, &member),
        Some(6)
    );
    assert_eq!(
        phrase_end(&w("zelf geweld in hun eigen gezin doorgemaakt"), 0, &member),
        None
    );
    assert_eq!(phrase_end(&w("doorgemaakt zelf"), 0, &member), None);
    assert_eq!(phrase_end(&w("zelf"), 0, &member), None);
}

#[test]
fn stop_words_never_meet_stems_of_the_related_groups() {
    // `meten` stems to `met`, a stop word: the stop word is marked.
    let a = Analyzer::default();
    assert_ne!(norm(&a, "met"), norm(&a, "meten"));
    assert_eq!(norm(&a, "die"), "=die");
}

#[test]
fn every_related_group_has_two_members() {
    let groups = related_groups();
    assert!(groups.len() > 50);
    for g in groups {
        assert!(g.len() > 1, "{g:?}");
        assert!(g.iter().all(|m| !m.is_empty()), "{g:?}");
    }
}

#[test]
fn participles_meet_the_drafts_words() {
    let mut d = Version::default();
    d.sections.push(crate::model::Section {
            number: "1".into(),
            title: "Opvang".into(),
            level: 1,
            text: "De opvang van slachtoffers, het signaleren van financiële uitbuiting en de aanpak van mishandeling in de wijk.".into(),
            pages: (1, 1),
        });
    let ix = TopicIndex::new(&d);
    let a = Analyzer::default();
    let stem = |w: &str| content_terms(&a, &FxHashSet::default(), w).remove(0);
    for (word, draft_word) in [
        ("opgevangen", "opvang"),
        ("uitgebuit", "uitbuiting"),
        ("aangepakt", "aanpak"),
        ("gesignaleerd", "signaleren"),
        ("financieel", "financiële"),
    ] {
        assert_eq!(
            ix.inflection_variant(word),
            Some(stem(draft_word)),
            "{word}"
        );
    }
    // Words that only look like participles, or whose base the draft
    // does not use, are left alone.
    for word in ["geleden", "gewoon", "gemiddeld", "opgehaald"] {
        assert_eq!(ix.inflection_variant(word), None, "{word}");
    }
    let with = ix.rank("Zij werd financieel uitgebuit.").bm25[0];
    let without = ix.rank("Zij werd financieel benadeeld.").bm25[0];
    assert!(with > without, "{with} {without}");
}

#[test]
fn present_tense_meets_the_drafts_infinitive_or_participle() {
    let mut d = Version::default();
    d.sections.push(crate::model::Section {
            number: "1".into(),
            title: "Grond".into(),
            level: 1,
            text: "Vrijgekomen grond wordt verpacht. Wij ondersteunen de dorpen en de maatregelen worden uitgevoerd.".into(),
            pages: (1, 1),
        });
    let ix = TopicIndex::new(&d);
    let a = Analyzer::default();
    let stem = |w: &str| content_terms(&a, &FxHashSet::default(), w).remove(0);
    for (word, draft_word) in [
        ("vrijkomt", "vrijgekomen"),
        ("vrijkomen", "vrijgekomen"),
        ("ondersteunt", "ondersteunen"),
        ("uitvoeren", "uitgevoerd"),
        ("uitvoert", "uitgevoerd"),
    ] {
        assert_eq!(
            ix.inflection_variant(word),
            Some(stem(draft_word)),
            "{word}"
        );
    }
    // No form the draft uses: left alone.
    for word in ["vrijkopen", "meent", "opbouwen"] {
        assert_eq!(ix.inflection_variant(word), None, "{word}");
    }
}

#[test]
fn common_non_nouns_weigh_less_than_nouns() {
    for w in ["krijgen", "eigen", "weten", "eerste", "hen", "drie"] {
        assert!(is_general_word(w), "{w}");
    }
    for w in ["kinderen", "school", "mishandeling", "trainer", "cursus"] {
        assert!(!is_general_word(w), "{w}");
    }
    let mut d = Version::default();
    for (n, title, text) in [
            ("1", "Voorlichting", "Ouders krijgen bij het consultatiebureau de eerste informatie, zodat zij weten wat zij van de jeugdarts en de wijkverpleging kunnen verwachten."),
            ("2", "Sport", "Sportverenigingen en hun trainers leren signalen van misbruik herkennen; de gemeente betaalt de cursus voor de vrijwilligers van de club."),
            ("3", "Wonen", "Woningcorporaties en de wijkagent bespreken elk kwartaal de overlast in portieken en de veiligheid van de buurt."),
        ] {
            d.sections.push(crate::model::Section {
                number: n.into(),
                title: title.into(),
                level: 1,
                text: text.into(),
                pages: (1, 1),
            });
        }
    let ix = TopicIndex::new(&d);
    // Two general words shared with `1`, two nouns with `2`: equal
    // at full weight.
    let r = ix.rank("Als trainer wil ik weten of wij die cursus krijgen.");
    assert_eq!(r.order[0].0, 1, "{r:?}");
    assert!(r.bm25[0] < 0.8 * r.bm25[1], "{r:?}");
}

#[test]
fn zorgen_and_keer_weigh_as_general_words() {
    for w in ["zorgen", "keer"] {
        assert!(is_general_in_letters(w), "{w}");
    }
    // Care itself is a topic.
    assert!(!is_general_in_letters("zorg"));
    let mut d = Version::default();
    for (n, title, text) in [
            ("1", "Voorlichting", "Het consultatiebureau laat ouders elke keer weten dat zij hun zorgen over de opvoeding kunnen bespreken met de jeugdarts."),
            ("2", "Sport", "Sportverenigingen en hun trainers leren signalen van misbruik herkennen; de gemeente betaalt de cursus voor de vrijwilligers van de club."),
            ("3", "Wonen", "Woningcorporaties en de wijkagent bespreken elk kwartaal de overlast in portieken en de veiligheid van de buurt."),
        ] {
            d.sections.push(crate::model::Section {
                number: n.into(),
                title: title.into(),
                level: 1,
                text: text.into(),
                pages: (1, 1),
            });
        }
    let ix = TopicIndex::new(&d);
    // `zorgen` and `keer` shared with `1`, two nouns with `2`.
    let r = ix.rank("Als trainer van de cursus maak ik mij elke keer zorgen.");
    assert_eq!(r.order[0].0, 1, "{r:?}");
    assert!(r.bm25[0] < 0.8 * r.bm25[1], "{r:?}");
}

#[test]
fn stems_snowball_leaves_apart_are_joined() {
    let a = Analyzer::default();
    let d = FxHashSet::default();
    for (x, y) in [
        ("aandachtsfunctionarissen", "aandachtsfunctionaris"),
        ("interventies", "interventie"),
    ] {
        assert_eq!(
            content_terms(&a, &d, x),
            content_terms(&a, &d, y),
            "{x} {y}"
        );
    }
}

#[test]
fn a_definitions_section_ranks_below_the_body_section_sharing_the_words() {
    // The same words in a section defining the field's terms and in the
    // section on what is done: the latter is the link, and the
    // definitions stay in the list.
    let text = "Financiële uitbuiting van ouderen door een familielid komt vaak voor en blijft lang verborgen voor de omgeving.";
    let mut d = Version::default();
    d.sections.push(section("2.1", "De definitie", text));
    d.sections.push(section("5.3", "Specifieke aandacht", text));
    d.sections
        .push(section("Bijlage 1", "Begrippenlijst", text));
    let ix = TopicIndex::new(&d);
    let r = ix.rank("Mijn vader werd door mijn broer financieel uitgebuit.");
    assert_eq!(r.order[0].0, 1, "{:?}", r.order);
    assert!(r.bm25[0] > 0.0 && r.bm25[2] > 0.0, "{:?}", r.bm25);
    assert!(is_definitional("Definities en begrippen"));
    assert!(is_definitional("Bijlage 1: Begrippenlijst"));
    assert!(!is_definitional("Specifieke aandacht"));
}

#[test]
fn a_title_noun_in_ing_is_named_by_its_verb() {
    let mut d = Version::default();
    let sec = |number: &str, title: &str, text: &str| crate::model::Section {
        number: number.into(),
        title: title.into(),
        level: 1,
        text: text.into(),
        pages: (1, 1),
    };
    d.sections.push(sec(
        "A",
        "Ontwikkelopgaven advies en melding",
        "Professionals en burgers kunnen advies vragen bij Veilig Thuis. Het afwegingskader helpt bij de vraag wanneer een vermoeden wordt doorgegeven aan het advies- en meldpunt.",
    ));
    d.sections.push(sec(
        "B",
        "Ontwikkelopgaven vroegsignalering",
        "Buren, familie en omstanders zien vaak als eerste dat het thuis niet goed gaat. Wij willen dat zij weten wat zij kunnen doen en bij wie zij terecht kunnen.",
    ));
    // More sections, so that the title words are rare enough in the
    // draft to be title terms (`TITLE_TERM_MAX_SHARE`).
    for (n, t, x) in [
        ("C", "Opvang", "De vrouwenopvang biedt een veilige plek aan vrouwen en kinderen die niet thuis kunnen blijven."),
        ("D", "Financiën", "De regio ontvangt een decentralisatie-uitkering; de centrumgemeente verdeelt het budget over de partners."),
        ("E", "Monitoring", "Jaarlijks rapporteren wij over de voortgang aan de raden, met cijfers over wachttijden en doorlooptijden."),
        ("F", "Scholen", "Leerkrachten op basisscholen leren signalen van kindermishandeling herkennen in een training."),
    ] {
        d.sections.push(sec(n, t, x));
    }
    let ix = TopicIndex::new(&d);
    let r = ix.rank("Je moet echt kunnen melden zonder dat je naam genoemd wordt.");
    assert_eq!(r.title_shared[0], ["melden"]);
    assert!(r.title_cover[0] > 0.0);
    assert!(r.title_shared[1].is_empty());
    // The same stem still counts as before.
    let r = ix.rank("Over de melding zelf hebben wij geen opmerkingen.");
    assert_eq!(r.title_shared[0], ["melding"]);
    // A verb stem shorter than four letters is not taken from a title
    // noun (`won` from `woning` would meet `wonen`, but also `won`).
    let written: FxHashMap<String, String> = [("won".to_string(), "wonen".to_string())]
        .into_iter()
        .collect();
    assert_eq!(title_term_named("woning", &written), None);
    let written: FxHashMap<String, String> = [("meld".to_string(), "meld".to_string())]
        .into_iter()
        .collect();
    assert_eq!(
        title_term_named("melding", &written).map(String::as_str),
        Some("meld")
    );
}

#[test]
fn a_table_of_short_fragments_ranks_below_running_text_with_the_same_words() {
    // The same words as a planning table (a fragment per line) and as
    // running text: the text working the topics out is the link, the
    // table stays in the list at the summary's weight.
    let rows = [
        "Preventie en vroegsignalering",
        "Inzet landelijke campagnes",
        "Verbinding met dierenartsen",
        "Trainingen ouderenmishandeling voor thuiszorg",
        "Samenwerking schuldhulpverlening",
        "Een gezinsplan voor ieder gezin",
        "Inzet van ervaringsdeskundigen",
        "Aanpak van stalking",
        "Kennisuitwisseling ketenpartners",
    ];
    let table = rows.join("\n");
    let prose = format!("{}.", rows.join(", "));
    let mut d = Version::default();
    d.sections.push(section("6", "Overzicht", &table));
    d.sections.push(section("7", "Overzicht", &prose));
    assert!(is_table_like(&table));
    assert!(!is_table_like(&prose));
    let ix = TopicIndex::new(&d);
    let r = ix.rank("Zet de trainingen over ouderenmishandeling voor de thuiszorg voort.");
    assert_eq!(r.order[0].0, 1, "{:?}", r.order);
    assert!(
        (r.bm25[0] - TABLE_WEIGHT * r.bm25[1]).abs() < 1e-4,
        "{:?}",
        r.bm25
    );
    // An appendix that is a list keeps the appendix weight alone.
    let mut d = Version::default();
    d.sections.push(section("Bijlage 1", "Overzicht", &table));
    d.sections.push(section("7", "Overzicht", &prose));
    let r = TopicIndex::new(&d)
        .rank("Zet de trainingen over ouderenmishandeling voor de thuiszorg voort.");
    assert!(
        (r.bm25[0] - APPENDIX_WEIGHT * r.bm25[1]).abs() < 1e-4,
        "{:?}",
        r.bm25
    );
    // Running text broken over lines, and a short list, are no tables.
    let broken = "De regio zet de trainingen over ouderenmishandeling voort\nvoor medewerkers van de thuiszorg en de huishoudelijke hulp,\nzodat zij signalen eerder herkennen en bespreekbaar maken.\n".repeat(3);
    assert!(!is_table_like(&broken));
    assert!(!is_table_like("Doelen\n1. Minder geweld\n2. Eerder hulp\n"));
}

#[test]
fn words_one_comment_word_reaches_count_with_diminishing_weight() {
    // `woning` reaches five words of the housing section through one
    // group of related terms; the comment's own rare words (`tiny
    // houses`) are in the other section. Counted fully, the five
    // reached words outweighed them.
    let mut d = Version::default();
    for (number, title, text) in [
        (
            "1",
            "Huisvesting",
            "Voor de uitstroom uit de opvang is huisvesting nodig. Woningcorporaties geven met voorrang een urgentieverklaring af, zodat de doorstroming naar een huurwoning op gang komt. Zo ontstaat ruimte in de opvang voor wie daar echt moet zijn.",
        ),
        (
            "2",
            "Kleinschalig wonen",
            "Voor mensen die niet in een gewone straat passen komen er tiny houses: kleine losse huisjes aan de rand van het dorp, met rust en begeleiding op afstand. We beginnen in twee gemeenten.",
        ),
        (
            "3",
            "Dagbesteding",
            "Iedereen heeft recht op een zinvolle dag. De dagbesteding wordt uitgebreid met werkplaatsen en een moestuin, zodat bewoners overdag iets te doen hebben.",
        ),
    ] {
        d.sections.push(crate::model::Section {
            number: number.into(),
            title: title.into(),
            level: 2,
            text: text.into(),
            pages: (1, 1),
        });
    }
    let ix = TopicIndex::new(&d);
    let r = ix.rank(
        "Mijn broer woont in een van de tiny houses en het gaat goed met hem. Er moeten er meer komen, want een woning in de stad lukt hem niet.",
    );
    let order: Vec<usize> = r.order.iter().map(|o| o.0).collect();
    assert_eq!(order.first(), Some(&1), "{:?}", r.order);
    // The housing section still ranks, through the related words.
    assert_eq!(order.get(1), Some(&0), "{:?}", r.order);
    assert!(r.shared[0].iter().any(|w| w.contains("(≈ woning)")));
}

/// The function words (`ten slotte`, `steeds`, `vaak`) are left out as
/// the words they are: by their stems they took the nouns that stem the
/// same out of every draft and comment, `sloten` (ditches, stem of
/// `slotte`), `steden` (of `steeds`), `vakken` (of `vaak`), so a comment
/// on `stuwen in sloten` did not meet the section saying it (QA40).
#[test]
fn function_words_do_not_take_nouns_of_the_same_stem() {
    let mut d = Version::default();
    for (number, title, text) in [
        ("1", "Water vasthouden", "Het waterschap plaatst stuwen in sloten en verondiept greppels, zodat het water langer blijft."),
        ("2", "Binnensteden", "In de steden komen meer bomen en minder stenen, ten slotte ook groene daken."),
        ("3", "Onderwijs", "Scholen geven de vakken natuur en techniek vaak buiten, steeds vaker in de wijk."),
    ] {
        d.sections.push(crate::model::Section {
            number: number.into(),
            title: title.into(),
            level: 1,
            text: text.into(),
            pages: (1, 1),
        });
    }
    let ix = TopicIndex::new(&d);
    for (comment, section, word) in [
        ("Maak meer sloten in de polder.", 0, "sloten"),
        ("Onze steden hebben meer schaduw nodig.", 1, "steden"),
        ("Welke vakken krijgen de kinderen?", 2, "vakken"),
    ] {
        let r = ix.rank(comment);
        assert!(
            r.shared[section].iter().any(|w| w == word),
            "{comment}: {:?}",
            r.shared
        );
        assert_eq!(r.order.first().map(|(i, _)| *i), Some(section), "{comment}");
    }
    // The function words themselves are still no shared word.
    let r = ix.rank("Ten slotte, steeds en vaak.");
    assert!(
        r.shared
            .iter()
            .flatten()
            .all(|w| !["slotte", "steeds", "vaak"].contains(&w.as_str())),
        "{:?}",
        r.shared
    );
}
