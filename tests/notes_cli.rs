//! QA25: review notes in a returned draft, through the real `inspraak run`
//! and `check`: Word review comments and PDF sticky notes are the points of
//! a draft sent back with them; a letter's own notes follow its points; a
//! draft sent back without notes gives no points and is reported.

use std::fs;
use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use lopdf::{dictionary, Object, Stream, StringFormat};
use serde_json::Value;

mod common;

const DRAFT: &str = "# Regiovisie Testregio 2027-2030

## 1 Inleiding

Deze visie beschrijft de aanpak van huiselijk geweld in de regio. Gemeenten werken samen met \
partners aan veiligheid voor iedereen.

## 2 Preventie

Scholen geven voorlichting over gezonde relaties. De wachttijd voor hulp is zes weken. Wijkteams \
signaleren vroeg en werken samen met de huisarts.

## 3 Veiligheid

Veilig Thuis neemt meldingen aan en zorgt voor veiligheid binnen vijf dagen.
";

/// The draft's paragraphs as a returned copy has them.
const PARAGRAPHS: &[&str] = &[
    "Regiovisie Testregio 2027-2030",
    "1 Inleiding",
    "Deze visie beschrijft de aanpak van huiselijk geweld in de regio. Gemeenten werken samen met partners aan veiligheid voor iedereen.",
    "2 Preventie",
    "Scholen geven voorlichting over gezonde relaties. De wachttijd voor hulp is zes weken. Wijkteams signaleren vroeg en werken samen met de huisarts.",
    "3 Veiligheid",
    "Veilig Thuis neemt meldingen aan en zorgt voor veiligheid binnen vijf dagen.",
];

/// A Word document of `paragraphs`, with a review comment by `author` on
/// each paragraph whose index `comments` names.
fn word(paragraphs: &[&str], comments: &[(usize, &str, &str)]) -> Vec<u8> {
    use docx_rs::{Comment, Docx, Paragraph, Run};
    let mut docx = Docx::new();
    for (i, text) in paragraphs.iter().enumerate() {
        let mut p = Paragraph::new();
        let mine: Vec<_> = comments.iter().filter(|(at, ..)| *at == i).collect();
        for (n, (_, author, note)) in mine.iter().enumerate() {
            p = p.add_comment_start(
                Comment::new(i * 10 + n + 1)
                    .author(*author)
                    .date("2026-10-05T10:00:00Z")
                    .add_paragraph(Paragraph::new().add_run(Run::new().add_text(*note))),
            );
        }
        p = p.add_run(Run::new().add_text(*text));
        for (n, _) in mine.iter().enumerate() {
            p = p.add_comment_end(i * 10 + n + 1);
        }
        docx = docx.add_paragraph(p);
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

/// A PDF of `paragraphs`, a line each, with a sticky note per `notes`.
fn pdf(paragraphs: &[&str], notes: &[&str]) -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut content = String::new();
    for (i, text) in paragraphs.iter().enumerate() {
        let y = 780.0 - 30.0 * i as f32;
        content.push_str(&format!("BT /F1 9 Tf 40 {y} Td ({text}) Tj ET\n"));
    }
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let annots: Vec<Object> = notes
        .iter()
        .map(|n| {
            Object::Reference(doc.add_object(dictionary! {
                "Type" => "Annot", "Subtype" => "Text",
                "Rect" => vec![560.into(), 700.into(), 580.into(), 720.into()],
                "Contents" => Object::String(n.as_bytes().to_vec(), StringFormat::Literal),
                "T" => Object::String(b"Stichting Buurtkracht".to_vec(), StringFormat::Literal),
            }))
        })
        .collect();
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id, "Annots" => annots,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![Object::Reference(page_id)], "Count" => 1,
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn inspraak(tmp: &Path, args: &[&str]) -> (String, String) {
    let out = cargo_bin_cmd!("inspraak")
        .current_dir(tmp)
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `inspraak run --no-cache` in `dir`: its standard error, and the
/// consultation it wrote, with the real file names.
fn run(dir: &Path) -> (String, Value) {
    let (_, err) = inspraak(dir, &["run", "--no-cache"]);
    let mut c: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("output/consultation.json")).unwrap())
            .unwrap();
    common::with_real_file_names(&dir.join("inbox"), &mut c);
    (err, c)
}

fn response<'a>(c: &'a Value, file: &str) -> &'a Value {
    c["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == file)
        .unwrap_or_else(|| panic!("{file} missing: {c:#}"))
}

fn texts(r: &Value) -> Vec<String> {
    r["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn notes_in_a_returned_draft_are_its_points_and_a_bare_draft_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::create_dir_all(dir.join("inbox/drafts")).unwrap();
    fs::create_dir_all(dir.join("inbox/responses")).unwrap();
    fs::write(dir.join("inbox/drafts/01-inspraakversie.md"), DRAFT).unwrap();
    let responses = dir.join("inbox/responses");
    fs::write(
        responses.join("buurtkracht.docx"),
        word(
            PARAGRAPHS,
            &[
                (
                    4,
                    "Stichting Buurtkracht",
                    "De wachttijd is veel te lang. Maak er twee weken van.",
                ),
                (
                    6,
                    "Stichting Buurtkracht",
                    "Veilig Thuis moet binnen 24 uur reageren.",
                ),
            ],
        ),
    )
    .unwrap();
    fs::write(
        responses.join("petra.docx"),
        word(
            PARAGRAPHS,
            &[(4, "Petra de Boer", "Mijn dochter wachtte drie maanden.")],
        ),
    )
    .unwrap();
    fs::write(responses.join("leeg.docx"), word(PARAGRAPHS, &[])).unwrap();
    fs::write(
        responses.join("notities.pdf"),
        pdf(
            PARAGRAPHS,
            &["Betrek ook de sportclubs bij de voorlichting."],
        ),
    )
    .unwrap();
    let own = [
        "Geachte werkgroep,",
        "Ik vind dat de wijkteams ook in de avond en in het weekend bereikbaar moeten zijn, want veel ouders werken overdag.",
        "Verder moet de gemeente de jeugdwerkers in de wijk meer tijd geven om met jongeren te praten over relaties.",
        "Met vriendelijke groet,",
        "Stichting Jeugdwerk Noord",
    ];
    fs::write(
        responses.join("eigen-brief.docx"),
        word(
            &own,
            &[(
                1,
                "Stichting Jeugdwerk Noord",
                "Dit geldt ook voor de huisarts.",
            )],
        ),
    )
    .unwrap();

    let (err, c) = run(dir);

    let r = response(&c, "buurtkracht.docx");
    assert_eq!(r["respondent"], "Stichting Buurtkracht", "{r:#}");
    assert_eq!(r["kind"], "organisation");
    let t = texts(r);
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(
        t[0].starts_with("Bij \"Scholen geven voorlichting"),
        "{t:?}"
    );
    assert!(t[0].ends_with("De wachttijd is veel te lang. Maak er twee weken van."));
    assert!(t[1].contains("binnen 24 uur"));
    // The note links by the commented text.
    let first = &r["comments"][0]["sections"][0]["number"];
    assert_eq!(first, "2", "{r:#}");
    assert!(
        err.contains("responses/buurtkracht.docx") && err.contains("draft itself"),
        "{err}"
    );

    // A private person's name is the sender's, and never published.
    let r = response(&c, "petra.docx");
    assert_eq!(r["private_person"], true, "{r:#}");
    assert_eq!(texts(r).len(), 1);
    let memo = fs::read_to_string(dir.join("output/nota-van-beantwoording.md"))
        .or_else(|_| {
            fs::read_dir(dir.join("output"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.extension().is_some_and(|e| e == "md"))
                .map(fs::read_to_string)
                .unwrap()
        })
        .unwrap();
    assert!(memo.contains("drie maanden"), "{memo}");
    assert!(!memo.contains("Petra"), "{memo}");

    // The draft sent back without notes: no points, a problem naming it.
    let r = response(&c, "leeg.docx");
    assert!(texts(r).is_empty(), "{r:#}");
    let problem = c["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"] == "responses/leeg.docx")
        .unwrap_or_else(|| panic!("no problem for leeg.docx: {c:#}"));
    // Public output gives the short reason; the working group's message
    // (stderr) says what it is.
    assert_eq!(
        problem["message"],
        "Het bestand is gelezen, maar er zijn geen punten in gevonden"
    );
    let message = err
        .lines()
        .find_map(|l| l.strip_prefix("warning: responses/leeg.docx: "))
        .unwrap_or_else(|| panic!("leeg.docx not on stderr: {err}"));
    assert!(
        message.contains("the draft itself") && message.contains("ask the sender"),
        "{message}"
    );

    // A PDF returned with a sticky note: the note, on its page, attached
    // to the paragraph beside it.
    let r = response(&c, "notities.pdf");
    let t = texts(r);
    assert_eq!(t.len(), 1, "{r:#}");
    assert!(
        t[0].starts_with("Pagina 1, bij \"Deze visie beschrijft")
            && t[0].ends_with("\": Betrek ook de sportclubs bij de voorlichting."),
        "{r:#}"
    );
    assert_eq!(r["respondent"], "Stichting Buurtkracht");

    // A letter of its own: its points, then the note, and a warning.
    let r = response(&c, "eigen-brief.docx");
    let t = texts(r);
    assert_eq!(t.len(), 3, "{t:?}");
    assert!(t[0].contains("avond en in het weekend"), "{t:?}");
    assert_eq!(
        t[2],
        "Bij \"Ik vind dat de wijkteams ook in de avond en in het weekend bereikbaar moeten \
         zijn, want veel ouders werken overdag.\": Dit geldt ook voor de huisarts."
    );
    assert!(
        err.contains("responses/eigen-brief.docx") && err.contains("check them"),
        "{err}"
    );

    // `run` names the bare draft and what to do (`check` lists the same
    // problem as a finding where responses without points are findings).
    assert!(
        err.contains("responses/leeg.docx") && err.contains("the draft itself"),
        "{err}"
    );
}

/// A piece of a paragraph with tracked changes: kept, deleted or inserted.
enum Piece<'a> {
    Kept(&'a str),
    Deleted(&'a str),
    Inserted(&'a str),
}

/// A Word document of paragraphs made of pieces, the changes by `author`.
fn word_with_changes(paragraphs: &[Vec<Piece>], author: &str) -> Vec<u8> {
    use docx_rs::{Delete, Docx, Insert, Paragraph, Run};
    let date = "2026-10-07T09:00:00Z";
    let mut docx = Docx::new();
    for pieces in paragraphs {
        let mut p = Paragraph::new();
        for piece in pieces {
            p = match piece {
                Piece::Kept(t) => p.add_run(Run::new().add_text(*t)),
                Piece::Deleted(t) => p.add_delete(
                    Delete::new()
                        .author(author)
                        .date(date)
                        .add_run(Run::new().add_delete_text(*t)),
                ),
                Piece::Inserted(t) => p.add_insert(
                    Insert::new(Run::new().add_text(*t))
                        .author(author)
                        .date(date),
                ),
            };
        }
        docx = docx.add_paragraph(p);
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

#[test]
fn tracked_changes_in_a_returned_draft_are_its_points_and_a_letters_own_are_read_accepted() {
    use Piece::*;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::create_dir_all(dir.join("inbox/drafts")).unwrap();
    fs::create_dir_all(dir.join("inbox/responses")).unwrap();
    fs::write(dir.join("inbox/drafts/01-inspraakversie.md"), DRAFT).unwrap();
    let responses = dir.join("inbox/responses");
    // The draft sent back with "Wijzigingen bijhouden" on: a word replaced,
    // a paragraph struck, a paragraph typed in whole.
    let mut draft: Vec<Vec<Piece>> = PARAGRAPHS.iter().map(|p| vec![Kept(p)]).collect();
    draft[4] = vec![
        Kept("Scholen geven voorlichting over gezonde relaties. De wachttijd voor hulp is "),
        Deleted("zes"),
        Inserted("twee"),
        Kept(" weken. Wijkteams signaleren vroeg en werken samen met de huisarts."),
    ];
    draft[6] = vec![Deleted(PARAGRAPHS[6])];
    draft.insert(
        5,
        vec![Inserted(
            "Wij willen dat ook sportverenigingen een rol krijgen in de voorlichting aan jongeren.",
        )],
    );
    fs::write(
        responses.join("wijzigingen.docx"),
        word_with_changes(&draft, "Stichting Buurtkracht"),
    )
    .unwrap();
    // A letter of its own sent with a change its writer did not accept.
    let own = vec![
        vec![Kept("Geachte werkgroep,")],
        vec![
            Kept("Wij vragen de regio om de wijkteams "),
            Deleted("soms"),
            Inserted("ook"),
            Kept(" in de avond bereikbaar te maken, omdat veel ouders overdag werken."),
        ],
        vec![Kept("Met vriendelijke groet,")],
        vec![Kept("Stichting Jeugdwerk Noord")],
    ];
    fs::write(
        responses.join("brief.docx"),
        word_with_changes(&own, "Stichting Jeugdwerk Noord"),
    )
    .unwrap();

    let (err, c) = run(dir);

    let r = response(&c, "wijzigingen.docx");
    assert_eq!(r["respondent"], "Stichting Buurtkracht", "{r:#}");
    let t = texts(r);
    assert_eq!(t.len(), 3, "{t:?}");
    assert!(
        t[0].starts_with("Bij \"Scholen geven voorlichting")
            && t[0].contains("\"zes\" vervangen door \"twee\""),
        "{t:?}"
    );
    // The paragraph typed in whole stands as written, with where it goes.
    assert!(
        t[1].starts_with("Wij willen dat ook sportverenigingen een rol")
            && t[1].contains("deze alinea toevoegen na \""),
        "{t:?}"
    );
    assert!(
        t[2].starts_with("Bij \"Veilig Thuis neemt meldingen aan")
            && t[2].contains("deze tekst schrappen"),
        "{t:?}"
    );
    // Each change links by the draft's text it changes, the paragraph
    // typed in by where it goes.
    assert_eq!(r["comments"][0]["sections"][0]["number"], "2", "{r:#}");
    assert_eq!(r["comments"][1]["sections"][0]["number"], "2", "{r:#}");
    assert_eq!(r["comments"][2]["sections"][0]["number"], "3", "{r:#}");
    assert!(
        err.contains("responses/wijzigingen.docx") && err.contains("tracked changes"),
        "{err}"
    );

    // The letter: its own point with the change accepted, nothing more.
    let r = response(&c, "brief.docx");
    let t = texts(r);
    assert_eq!(t.len(), 1, "{t:?}");
    assert!(t[0].contains("wijkteams ook in de avond"), "{t:?}");
    assert!(!t.iter().any(|t| t.contains("Tekstvoorstel")), "{t:?}");
    assert!(
        err.contains("responses/brief.docx") && err.contains("not yet accepted"),
        "{err}"
    );
}
