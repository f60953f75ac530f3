use super::*;
use crate::model::{Comment, Problem, Quote};
use proptest::prelude::*;

fn response(n: u32, name: &str, private: bool, texts: &[&str]) -> Response {
    Response {
        id: format!("r{n}"),
        file: format!("{n:03}.txt"),
        number: n,
        respondent: name.to_string(),
        place: Some("Katwijk".into()),
        private_person: private,
        public_name: if private {
            format!("Inwoner {n}")
        } else {
            name.to_string()
        },
        comments: texts
            .iter()
            .enumerate()
            .map(|(i, t)| Comment {
                id: format!("c{n}-{i}"),
                text: t.to_string(),
                quotes: vec![Quote {
                    text: format!("citaat {t}"),
                    ..Quote::default()
                }],
                ..Comment::default()
            })
            .collect(),
        ..Response::default()
    }
}

fn consultation(responses: Vec<Response>) -> Consultation {
    Consultation {
        title: "Visie \"opvang\"\nregel".into(),
        responses,
        problems: vec![Problem {
            file: "x.pdf".into(),
            message: "Jan de Vries kon niet\tgelezen worden".into(),
            kind: crate::model::ProblemKind::Other,
        }],
        ..Consultation::default()
    }
}

/// What `consultation.json` has always been.
fn expected(c: &Consultation) -> Vec<u8> {
    serde_json::to_vec_pretty(&privacy::public_view(c)).unwrap()
}

/// The file as [`write`] makes it, with `cache` (a fresh output folder
/// `out` each time unless the same is passed).
fn written(c: &Consultation, cache: Option<&Cache>, out: &std::path::Path) -> Vec<u8> {
    let staging = Staging::open(out).unwrap();
    let scrubber = Scrubber::for_consultation(c);
    let path = write(c, &scrubber, cache, &staging).unwrap();
    staging.finish().unwrap();
    std::fs::read(path).unwrap()
}

#[test]
fn pieces_put_together_are_the_pretty_printed_view() {
    let dir = tempfile::tempdir().unwrap();
    for (i, c) in [
        consultation(Vec::new()),
        Consultation::default(),
        consultation(vec![response(1, "Jan de Vries", true, &[])]),
        consultation(vec![
            response(
                1,
                "Jan de Vries",
                true,
                &["Ik, J. de Vries,\nwil \"meer\"."],
            ),
            response(
                2,
                "Stichting Noord",
                false,
                &["Jan de Vries woont hier. \u{1}é"],
            ),
        ]),
    ]
    .iter()
    .enumerate()
    {
        let out = dir.path().join(format!("out{i}"));
        assert_eq!(
            String::from_utf8(written(c, None, &out)).unwrap(),
            String::from_utf8(expected(c)).unwrap()
        );
    }
}

#[test]
fn a_new_private_name_in_an_old_response_makes_its_piece_again() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path().join("cache"));
    let out = dir.path().join("out");
    let mut c = consultation(vec![
        response(1, "Stichting Noord", false, &["Piet Bakker belde ons."]),
        response(2, "Jan de Vries", true, &["Over de opvang."]),
    ]);
    let first = written(&c, Some(&cache), &out);
    assert_eq!(first, expected(&c));
    assert!(String::from_utf8(first).unwrap().contains("Piet Bakker"));
    // Piet Bakker writes in too, as a private person.
    c.responses
        .push(response(3, "Piet Bakker", true, &["Ik ben het eens."]));
    let second = written(&c, Some(&cache), &out);
    assert_eq!(second, expected(&c));
    let text = String::from_utf8(second).unwrap();
    assert!(!text.contains("Bakker"), "{text}");
    // And out again: the name is back.
    c.responses.pop();
    let third = written(&c, Some(&cache), &out);
    assert_eq!(third, expected(&c));
    assert!(String::from_utf8(third).unwrap().contains("Piet Bakker"));
}

#[test]
fn a_file_written_without_the_cache_is_indexed_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path().join("cache"));
    let out = dir.path().join("out");
    let c = consultation(
        (1..=4)
            .map(|n| response(n, &format!("Org {n}"), false, &["Tekst."]))
            .collect(),
    );
    written(&c, None, &out);
    assert!(Index::load(&cache, &Staging::open(&out).unwrap()).is_none());
    // Nothing changed, but the file is written again to index it.
    assert_eq!(written(&c, Some(&cache), &out), expected(&c));
    let index = Index::load(&cache, &Staging::open(&out).unwrap()).unwrap();
    assert_eq!(index.pieces.len(), 4);
}

#[test]
fn kept_pieces_are_used_and_a_changed_response_is_made_again() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path().join("cache"));
    let out = dir.path().join("out");
    let mut c = consultation(
        (1..=5)
            .map(|n| response(n, &format!("Org {n}"), false, &["Tekst."]))
            .collect(),
    );
    written(&c, Some(&cache), &out);
    let index = Index::load(&cache, &Staging::open(&out).unwrap()).unwrap();
    assert_eq!(index.pieces.len(), 5);
    drop(index);
    c.responses[2].comments[0].decision.answer = "Nieuw antwoord".into();
    c.responses
        .insert(0, response(9, "Anna Smit", true, &["Smit."]));
    let again = written(&c, Some(&cache), &out);
    assert_eq!(again, expected(&c));
    // A damaged previous file is not trusted: its pieces are made anew.
    let file = out.join(FILE);
    let mut bytes = std::fs::read(&file).unwrap();
    let at = bytes.len() / 2;
    bytes[at] = b'#';
    std::fs::write(&file, &bytes).unwrap();
    c.responses.pop();
    assert_eq!(written(&c, Some(&cache), &out), expected(&c));
}

#[test]
fn the_response_list_is_found_once() {
    let head = br#"{
  "title": "\n  \"responses\": []",
  "responses": [],
  "changes": []
}"#;
    let at = find_responses(head).unwrap();
    assert_eq!(&head[at..at + 2], b"[]");
    assert_eq!(&head[at - 13..at], b"\"responses\": ");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_texts_and_names_come_out_as_serde_writes_them(
        people in proptest::collection::vec(
            ("[A-Z][a-z]{2,6}( [A-Z][a-z]{2,6})?", any::<bool>()), 0..4),
        texts in proptest::collection::vec(".{0,40}", 0..6),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().join("cache"));
        let out = dir.path().join("out");
        let mut c = consultation(Vec::new());
        for (i, (name, private)) in people.iter().enumerate() {
            let mine: Vec<String> = texts
                .iter()
                .enumerate()
                .map(|(j, t)| format!("{t} {}", people[(i + j) % people.len()].0))
                .collect();
            let mine: Vec<&str> = mine.iter().map(String::as_str).collect();
            c.responses.push(response(i as u32 + 1, name, *private, &mine));
            prop_assert_eq!(written(&c, Some(&cache), &out), expected(&c));
        }
        // Taken away one by one, from the front.
        while !c.responses.is_empty() {
            c.responses.remove(0);
            prop_assert_eq!(written(&c, Some(&cache), &out), expected(&c));
        }
    }
}
