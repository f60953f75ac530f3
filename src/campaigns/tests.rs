use super::*;
use crate::model::Comment;

#[test]
fn campaign_comments_are_grouped() {
    let text = "Ik maak mij grote zorgen over het sluiten van de vrouwenopvang in onze regio en vraag u dit te heroverwegen.";
    let mut rs: Vec<Response> = (0..3)
        .map(|i| Response {
            id: format!("r-{i}"),
            comments: vec![Comment {
                id: format!("c-{i}"),
                text: if i == 2 {
                    format!("{text} Groet!")
                } else {
                    text.to_string()
                },
                ..Comment::default()
            }],
            ..Response::default()
        })
        .collect();
    rs.push(Response {
        id: "r-x".into(),
        comments: vec![Comment {
            id: "c-x".into(),
            text: "Iets heel anders over de financiering van preventie in de wijken.".into(),
            ..Comment::default()
        }],
        ..Response::default()
    });
    group_campaigns(&mut rs);
    for r in &rs[..3] {
        assert_eq!(r.comments[0].group.as_deref(), Some("c-0"));
    }
    assert_eq!(rs[3].comments[0].group, None);
}

#[test]
fn only_texts_making_the_same_point_are_one_campaign() {
    let response = |id: &str, name: &str, place: &str, text: String| Response {
        id: id.into(),
        respondent: name.into(),
        place: Some(place.into()),
        comments: vec![Comment {
            id: format!("{id}-0"),
            text,
            ..Comment::default()
        }],
        ..Response::default()
    };
    let loket = |day: &str| {
        format!("Het loket in paragraaf 2.1 moet ook op {day} open, want ik werk doordeweeks.")
    };
    let view = |v: &str| {
        format!("Ik ben {v} het sluiten van het loket in het gemeentehuis van Lindeveen uit paragraaf 2.1.")
    };
    // The template with the sender's own town and an own sentence.
    let town = |place: &str, own: &str| {
        format!(
            "Elk jaar worden in Nederland tientallen vrouwen gedood door hun partner of \
                 ex-partner. In het plan staat daarover alleen een losse tip voor gemeenten om een \
                 tentoonstelling te organiseren. {own}Zorg dat alle gemeenten in de regio, ook \
                 {place}, hier ieder jaar echt aandacht aan besteden."
        )
    };
    let mut rs = vec![
        response("a", "Karin Visser", "Lindeveen", loket("zondag")),
        response("b", "Marieke Jansen", "Lindeveen", loket("zaterdag")),
        response("c", "Piet de Boer", "Rijnsaten", loket("zondag")),
        response("d", "Joop Smit", "Lindeveen", view("tegen")),
        response("e", "Els Mulder", "Lindeveen", view("voor")),
        response(
            "f",
            "Fatima el Amrani",
            "Waddinxveen",
            town("Waddinxveen", ""),
        ),
        response(
            "g",
            "Marieke van Leeuwen",
            "Gouda",
            town("Gouda", "Ik heb dit in mijn eigen omgeving meegemaakt. "),
        ),
    ];
    group_campaigns(&mut rs);
    assert_eq!(
        groups_of(&rs),
        [
            Some("a-0".to_string()),
            None,
            Some("a-0".to_string()),
            None,
            None,
            Some("f-0".to_string()),
            Some("f-0".to_string()),
        ]
    );
}

#[test]
fn a_short_campaign_sentence_naming_each_senders_own_town_is_one_point() {
    // One word of twelve differs: too few shingles in common to be found
    // as near-identical, unless the town counts as a name.
    let towns = [
        ("Ahmed Bakkali", "Zoeterhout"),
        ("Linda Smit", "Rijnwoude"),
        ("Kees Vermeulen", "Alphen"),
        ("Bart Hendriks", "Katwijk"),
    ];
    let mut rs: Vec<Response> = towns
        .iter()
        .enumerate()
        .map(|(i, (name, town))| Response {
            id: format!("r-{i}"),
            respondent: name.to_string(),
            place: Some(town.to_string()),
            comments: vec![Comment {
                id: format!("c-{i}"),
                text: format!("Ik woon in {town} en maak mij grote zorgen over de vrouwenopvang."),
                ..Comment::default()
            }],
            ..Response::default()
        })
        .collect();
    // Another text with names in it is not made the same by them.
    rs.push(Response {
        id: "r-x".into(),
        respondent: "Els Mulder".into(),
        place: Some("Lindeveen".into()),
        comments: vec![Comment {
            id: "c-x".into(),
            text: "Veilig Thuis Hollands Midden moet in Lindeveen een spreekuur houden.".into(),
            ..Comment::default()
        }],
        ..Response::default()
    });
    group_campaigns(&mut rs);
    let groups = groups_of(&rs);
    assert_eq!(
        groups[..4],
        [
            Some("c-0".to_string()),
            Some("c-0".to_string()),
            Some("c-0".to_string()),
            Some("c-0".to_string())
        ]
    );
    assert_eq!(groups[4], None);
}

#[test]
fn one_senders_repeated_text_is_no_campaign_until_another_sends_it() {
    let text =
        "Wij vragen de regio om de wachtlijsten in de jeugdhulp binnen een jaar terug te dringen.";
    let response = |id: &str, texts: &[&str]| Response {
        id: id.into(),
        comments: texts
            .iter()
            .enumerate()
            .map(|(i, t)| Comment {
                id: format!("{id}-{i}"),
                text: t.to_string(),
                ..Comment::default()
            })
            .collect(),
        ..Response::default()
    };
    let mut rs = vec![response("a", &[text, text])];
    group_campaigns(&mut rs);
    assert!(rs[0].comments.iter().all(|c| c.group.is_none()));
    rs.push(response(
        "b",
        &["Iets anders over preventie en scholen in de wijk.", text],
    ));
    group_campaigns(&mut rs);
    let groups: Vec<Option<&str>> = rs
        .iter()
        .flat_map(|r| &r.comments)
        .map(|c| c.group.as_deref())
        .collect();
    assert_eq!(groups, [Some("a-0"), Some("a-0"), None, Some("a-0")]);
}

#[test]
fn one_short_shared_bullet_of_two_letters_is_no_campaign() {
    let spec = |id: &str, texts: &[&str]| {
        (
            id.to_string(),
            texts.iter().map(|t| t.to_string()).collect(),
        )
    };
    let shared = "Politie: oneens, te veel registratielast.";
    let mut rs = responses_of(&[
        spec("a", &["Inleiding: eens.", "Samenwerking: eens.", shared]),
        spec(
            "b",
            &[
                "Akkoord met paragraaf 1 van de visie.",
                "Niet akkoord met paragraaf 2.",
                shared,
            ],
        ),
    ]);
    group_campaigns(&mut rs);
    assert!(rs
        .iter()
        .flat_map(|r| &r.comments)
        .all(|c| c.group.is_none()));
    // A short text that is the whole letter of each is a campaign.
    let mut rs = responses_of(&[
        spec("a", &["Geen windmolens in de polder!"]),
        spec("b", &["Geen windmolens in de polder!"]),
    ]);
    group_campaigns(&mut rs);
    assert!(rs
        .iter()
        .flat_map(|r| &r.comments)
        .all(|c| c.group.as_deref() == Some("a-0")));
}

/// Responses `(id, texts)` with comment ids `<id>-<i>`.
fn responses_of(spec: &[(String, Vec<String>)]) -> Vec<Response> {
    spec.iter()
        .map(|(id, texts)| Response {
            id: id.clone(),
            comments: texts
                .iter()
                .enumerate()
                .map(|(i, t)| Comment {
                    id: format!("{id}-{i}"),
                    text: t.clone(),
                    ..Comment::default()
                })
                .collect(),
            ..Response::default()
        })
        .collect()
}

fn groups_of(rs: &[Response]) -> Vec<Option<String>> {
    rs.iter()
        .flat_map(|r| &r.comments)
        .map(|c| c.group.clone())
        .collect()
}

/// Grouping with `kept` and the groups and kept data of grouping
/// without: the same groups, and, when the run keeps its results, the
/// same sets and pairs.
fn assert_as_without_kept(
    spec: &[(String, Vec<String>)],
    kept: Option<&KeptCampaigns>,
) -> Option<KeptCampaigns> {
    let mut full = responses_of(spec);
    let keys = text_keys(&full);
    let all = group_campaigns_with(&mut full, &keys, None).expect("kept without earlier");
    let mut rs = responses_of(spec);
    let next = group_campaigns_with(&mut rs, &keys, kept);
    assert_eq!(groups_of(&rs), groups_of(&full));
    if let Some(next) = &next {
        let sorted = |k: &KeptCampaigns| {
            let mut pairs = k.pairs.clone();
            pairs.sort_unstable();
            (k.texts.clone(), k.shingles.clone(), k.ends.clone(), pairs)
        };
        assert_eq!(sorted(next), sorted(&all));
    }
    next
}

/// A campaign text with `changes` of its words replaced.
fn variant(template: &str, changes: &[(usize, usize)]) -> String {
    const WORDS: [&str; 8] = [
        "jeugd", "ouderen", "wijk", "school", "zorg", "opvang", "geld", "regio",
    ];
    let mut words: Vec<&str> = template.split(' ').collect();
    for &(at, w) in changes {
        let n = words.len();
        words[at % n] = WORDS[w % WORDS.len()];
    }
    words.join(" ")
}

const TEMPLATES: [&str; 3] = [
    "wij maken ons grote zorgen over het sluiten van de vrouwenopvang in onze regio",
    "de wachtlijsten in de jeugdhulp moeten binnen een jaar worden teruggedrongen door de regio",
    "ik vraag u de buurtteams ook in de avond bereikbaar te maken voor alle inwoners",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Kept grouping of an earlier set of responses (with responses
    /// added and removed since, kept or not by the run in between)
    /// gives the groups of grouping from scratch.
    #[test]
    fn kept_grouping_gives_the_groups_of_grouping_anew(
        letters in proptest::collection::vec(
            proptest::collection::vec(
                (0usize..4, proptest::collection::vec((0usize..20, 0usize..8), 0..5)),
                1..4,
            ),
            2..14,
        ),
        first in proptest::collection::vec(proptest::bool::ANY, 14),
        flips in proptest::collection::vec(0usize..14, 0..3),
    ) {
        let spec: Vec<(String, Vec<String>)> = letters
            .iter()
            .enumerate()
            .map(|(i, comments)| {
                let texts = comments
                    .iter()
                    .map(|(t, changes)| match TEMPLATES.get(*t) {
                        Some(template) => variant(template, changes),
                        // Short texts (no shingles) and unrelated ones.
                        None if changes.len() < 2 => "eens".to_string(),
                        None => format!("iets heel anders over punt {} en {}", changes[0].0, changes[1].1),
                    })
                    .collect();
                (format!("r{i}"), texts)
            })
            .collect();
        let pick = |which: &[bool]| -> Vec<(String, Vec<String>)> {
            spec.iter().zip(which).filter(|(_, k)| **k).map(|(r, _)| r.clone()).collect()
        };
        let a = pick(&first);
        let kept_a = assert_as_without_kept(&a, None);
        // A few responses added or removed.
        let mut second = first.clone();
        for i in flips {
            second[i] = !second[i];
        }
        let b = pick(&second);
        let kept_b = assert_as_without_kept(&b, kept_a.as_ref());
        // The kept grouping of `a` again, or `b`'s when it kept one.
        let kept = kept_b.as_ref().or(kept_a.as_ref());
        assert_as_without_kept(&spec, kept);
    }
}

#[test]
fn a_shingle_becoming_common_makes_grouping_compare_all() {
    // Texts sharing a stock phrase; two of them similar only through it.
    let stock = "in het kader van de regionale samenwerking";
    let mut spec: Vec<(String, Vec<String>)> = (0..COMMON_SHINGLE)
        .map(|i| {
            (
                format!("r{i}"),
                vec![format!("{stock} punt nummer {i} x{i} y{i}")],
            )
        })
        .collect();
    spec[0].1 = vec![format!("{stock} vraagt aandacht")];
    spec[1].1 = vec![format!("{stock} vraagt zorg")];
    let kept = assert_as_without_kept(&spec, None).unwrap();
    let mut rs = responses_of(&spec);
    assert!(groups_of(&rs).iter().all(Option::is_none));
    group_campaigns(&mut rs);
    assert_eq!(rs[0].comments[0].group.as_deref(), Some("r0-0"));
    // One more text with the phrase: its shingles become common, so the
    // pair of the first two is no longer similar.
    spec.push(("extra".into(), vec![format!("{stock} en nog iets")]));
    let next = assert_as_without_kept(&spec, Some(&kept));
    assert!(next.is_some(), "grouping anew keeps its results");
    let mut rs = responses_of(&spec);
    group_campaigns(&mut rs);
    assert!(groups_of(&rs).iter().all(Option::is_none));
    // And back.
    spec.pop();
    assert_as_without_kept(&spec, next.as_ref());
}

#[test]
fn a_small_change_does_not_keep_grouping_again() {
    let spec: Vec<(String, Vec<String>)> = (0..40)
        .map(|i| (format!("r{i}"), vec![variant(TEMPLATES[i % 3], &[(i, i)])]))
        .collect();
    let kept = assert_as_without_kept(&spec[..39], None).unwrap();
    assert!(assert_as_without_kept(&spec, Some(&kept)).is_none());
    // Without anything kept the results are kept.
    assert!(assert_as_without_kept(&spec, None).is_some());
}

#[test]
fn inconsistent_kept_grouping_is_not_used() {
    let spec: Vec<(String, Vec<String>)> = (0..6)
        .map(|i| (format!("r{i}"), vec![variant(TEMPLATES[i % 2], &[(i, i)])]))
        .collect();
    let mut kept = assert_as_without_kept(&spec, None).unwrap();
    assert!(kept.is_consistent());
    kept.pairs.push((0, u32::MAX - 1));
    assert!(!kept.is_consistent());
    assert!(assert_as_without_kept(&spec, Some(&kept)).is_some());
    let bytes = crate::cache::encode(&kept).unwrap();
    assert_eq!(crate::cache::decode::<KeptCampaigns>(&bytes), Some(kept));
}

#[test]
fn campaign_texts_with_a_sentence_of_the_senders_own_put_in_are_one_campaign() {
    // A campaign point of 26 words, sent plain, and by two others with a
    // sentence of their own situation put in the middle: against the plain
    // text each is below the Jaccard threshold (the put-in sentence breaks
    // and adds shingles), against each other far below; all of the plain
    // text is in both.
    let point = |own: &str| {
        format!(
            "2. De afstand van 500 meter tot woningen is onvoldoende om gezondheidsschade door \
             geluid en slagschaduw te voorkomen.{own} Ik vraag een minimale afstand van 1.500 meter."
        )
    };
    let texts = [
        point(" Mijn man heeft nu al last van migraine door het geluid van de snelweg."),
        point(""),
        point(" Wij wonen met vier kinderen op nog geen 700 meter van de polder."),
    ];
    let mut rs: Vec<Response> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| Response {
            id: format!("r-{i}"),
            respondent: format!("Inwoner {i}"),
            comments: vec![Comment {
                id: format!("c-{i}"),
                text: text.clone(),
                ..Comment::default()
            }],
            ..Response::default()
        })
        .collect();
    let sets: Vec<Vec<u64>> = texts.iter().map(|t| shingle_set(t)).collect();
    let jaccard = |a: &[u64], b: &[u64]| {
        let common = a.iter().filter(|h| b.contains(h)).count();
        common as f64 / (a.len() + b.len() - common) as f64
    };
    assert!(jaccard(&sets[0], &sets[1]) < CAMPAIGN_SIMILARITY);
    assert!(jaccard(&sets[0], &sets[2]) < CAMPAIGN_SIMILARITY);
    group_campaigns(&mut rs);
    for r in &rs {
        assert_eq!(r.comments[0].group.as_deref(), Some("c-0"), "{}", r.id);
    }
}

#[test]
fn a_short_text_inside_a_long_one_or_a_point_that_asks_more_is_no_campaign() {
    let response = |i: usize, text: &str| Response {
        id: format!("r-{i}"),
        respondent: format!("Inwoner {i}"),
        comments: vec![Comment {
            id: format!("c-{i}"),
            text: text.to_string(),
            ..Comment::default()
        }],
        ..Response::default()
    };
    // All of the short text is in the long one, but the long one is more
    // than twice its length: a stock sentence inside another point.
    let short = "Wij vragen de werkgroep om in paragraaf 2.2 meer aandacht te geven aan ervaringsdeskundigen uit de regio.";
    let long = format!(
        "{short} Daarnaast ontbreekt in hoofdstuk 4 een uitwerking van de financiering: wie \
         betaalt de trainingen van de vrijwilligers, hoe lang loopt de subsidie voor het \
         steunpunt, en wat gebeurt er met de afspraken als een gemeente uit de regeling stapt?"
    );
    // All of the short text is in this one too, but the sentence it adds
    // asks something of its own.
    let asks = format!("{short} Wij vragen u ook de subsidie voor het steunpunt te verdubbelen.");
    for other in [long.as_str(), asks.as_str()] {
        let mut rs = vec![response(0, short), response(1, other)];
        group_campaigns(&mut rs);
        assert_eq!(rs[0].comments[0].group, None, "{other}");
        assert_eq!(rs[1].comments[0].group, None, "{other}");
    }
}

/// QA39: a campaign group's shown text is the sentences all its senders
/// wrote; a sentence only some added is set apart as theirs, whichever
/// text it is in (the representative's or another's), each once.
#[test]
fn a_campaigns_shared_text_leaves_out_a_senders_own_sentences() {
    let base = "Een distributiecentrum levert vooral laagbetaalde banen op. Dat past niet bij de eigen criteria van de agenda.";
    let own = format!("{base} Ik woon zelf op 300 meter van de polder en zie de vrachtwagens.");
    let other = "Een distributiecentrum levert vooral laagbetaalde banen op. Dat past niet bij de eigen criteria van de agenda!";
    let kids = format!("{base} Mijn kinderen leren er elk jaar de weidevogels kennen.");
    let s = shared_text(&[&own, other, &kids]).unwrap();
    assert_eq!(s.text, base);
    assert_eq!(
        s.additions,
        vec![
            (
                vec![0],
                "Ik woon zelf op 300 meter van de polder en zie de vrachtwagens.".to_string()
            ),
            (
                vec![2],
                "Mijn kinderen leren er elk jaar de weidevogels kennen.".to_string()
            ),
        ]
    );
    // Texts that differ only within their sentences (a typo, a word of
    // stress): nothing set apart.
    let typo = base
        .replace("laagbetaalde", "laagbetaalde,")
        .replace("eigen", "eigen duidelijke");
    assert_eq!(shared_text(&[base, &typo]), None);
    // Nothing all share: shown as before, the representative's text.
    assert_eq!(
        shared_text(&["Sluit de opvang niet.", "Houd het zwembad open."]),
        None
    );
    // A sentence two of three have is theirs, listed once; an initial is
    // no sentence's end.
    let two = format!("{base} Vraag A. Visser om advies.");
    let s = shared_text(&[&two, base, &two]).unwrap();
    assert_eq!(
        s.additions,
        vec![(vec![0, 2], "Vraag A. Visser om advies.".to_string())]
    );
    // A point's number one sender left in (`2.`) is nobody's addition.
    let numbered = format!("{base} 2.");
    assert_eq!(shared_text(&[&numbered, base, base]), None);
    assert_eq!(shared_text(&[base, &numbered]), None);
}
