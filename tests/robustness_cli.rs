//! Bad input through the real `inspraak run`: damaged, encrypted, scanned,
//! empty and mislabelled files, odd file names, a broken ledger, a missing
//! drafts folder and output folders that are not ours.
//!
//! Each test copies the sample `inbox/` into a temporary folder, adds the
//! bad files there, runs the binary and checks three things: the file is
//! named in a message that says why and what to do, the exit status, and
//! that every other file was still processed (`consultation.json`).

use std::fs;
use std::path::Path;
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

mod common;

use common::{repo, sample_copy, with_real_file_names};

/// `inspraak run` on `<tmp>/inbox` writing `<tmp>/output`, without cache.
fn run(tmp: &Path, extra: &[&str]) -> Output {
    cargo_bin_cmd!("inspraak")
        .current_dir(tmp)
        .arg("run")
        .arg("--inbox")
        .arg(tmp.join("inbox"))
        .arg("--out")
        .arg(tmp.join("output"))
        .args(["--no-cache", "--quiet"])
        .args(extra)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The `warning:` lines of stderr, with the temporary folder as `[TMP]`.
fn warnings(out: &Output, tmp: &Path) -> String {
    stderr(out)
        .replace(&tmp.display().to_string(), "[TMP]")
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn json(tmp: &Path) -> Value {
    let text = fs::read_to_string(tmp.join("output/consultation.json")).unwrap();
    let mut json = serde_json::from_str(&text).unwrap();
    with_real_file_names(&tmp.join("inbox"), &mut json);
    json
}

/// The problem reported for `responses/<name>`, if any.
fn problem<'a>(c: &'a Value, name: &str) -> Option<&'a str> {
    let key = format!("responses/{name}");
    c["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"] == key.as_str())
        .and_then(|p| p["message"].as_str())
}

fn response<'a>(c: &'a Value, name: &str) -> Option<&'a Value> {
    c["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == name)
}

fn comment_count(r: &Value) -> usize {
    r["comments"].as_array().map_or(0, |c| c.len())
}

/// The working group's message about `responses/<name>`: its `warning:`
/// line on stderr.
fn warning_for<'a>(err: &'a str, name: &str) -> Option<&'a str> {
    let prefix = format!("warning: responses/{name}: ");
    err.lines().find_map(|l| l.strip_prefix(prefix.as_str()))
}

/// Asserts that `name` failed with a message naming it and containing one
/// of `reasons` on stderr, and that public output lists it with a short
/// reason that names no file.
fn assert_reported(c: &Value, err: &str, name: &str, reasons: &[&str]) {
    let msg = warning_for(err, name).unwrap_or_else(|| panic!("{name} not on stderr: {err}"));
    assert!(msg.contains(&format!("`{name}`")), "{name}: {msg}");
    assert!(
        reasons.iter().any(|r| msg.contains(r)),
        "{name}: none of {reasons:?} in: {msg}"
    );
    let public = problem(c, name).unwrap_or_else(|| panic!("no problem for {name}: {c:#}"));
    assert!(!public.contains('`'), "{name}: {public}");
    let r = response(c, name).unwrap_or_else(|| panic!("no response entry for {name}"));
    assert_eq!(r["status"], "error", "{name}");
    assert_eq!(r["error"].as_str(), Some(public), "{name}");
}

/// The sample's readable responses: each must still have its comments.
fn assert_sample_processed(c: &Value) {
    let names: Vec<String> = fs::read_dir(repo().join("inbox/responses"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "reactie-scan.pdf")
        .collect();
    assert!(names.len() >= 10);
    for name in names {
        let r = response(c, &name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(r["status"], "ok", "{name}: {r:#}");
        assert!(comment_count(r) > 0, "{name} has no comments");
    }
    assert_eq!(c["versions"].as_array().unwrap().len(), 2);
}

/// A one-page PDF whose only page content is an image (like a scan).
fn image_only_pdf() -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let pixels = vec![0x80u8; 16 * 16];
    let image = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 16, "Height" => 16,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        pixels,
    ));
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"q 595 0 0 842 0 0 cm /Im0 Do Q".to_vec(),
    ));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image } },
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A page of [`pdf_of`]: lines of text in Helvetica, or a scan (a
/// full-page image) with a stamp's line of text on it, or without.
enum PdfPage<'a> {
    Text(&'a [&'a str]),
    Scan(Option<&'a str>),
}

/// A PDF of `pages`, as a letter partly typed and partly scanned.
fn pdf_of(pages: &[PdfPage]) -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let image = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 16, "Height" => 16,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![0x80u8; 16 * 16],
    ));
    let text = |lines: &[&str], top: i32| {
        let mut ops = format!("BT /F1 11 Tf 72 {top} Td 14 TL");
        for line in lines {
            let escaped = line
                .replace('\\', "\\\\")
                .replace('(', "\\(")
                .replace(')', "\\)");
            ops.push_str(&format!(" ({escaped}) Tj T*"));
        }
        ops.push_str(" ET");
        ops
    };
    let mut kids = Vec::new();
    for page in pages {
        let ops = match page {
            PdfPage::Text(lines) => text(lines, 760),
            PdfPage::Scan(stamp) => {
                let stamp = stamp.map(|s| text(&[s], 815)).unwrap_or_default();
                format!("q 595 0 0 842 0 0 cm /Im0 Do Q {stamp}")
            }
        };
        let content = doc.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! {
                "XObject" => dictionary! { "Im0" => image },
                "Font" => dictionary! { "F1" => font },
            },
        });
        kids.push(Object::from(page));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A letter whose second page is a scan is processed as far as it can be
/// read, and `run` and `check` say which page is missing and what to do;
/// one scanned throughout with only a mail room's stamp as text is not
/// read at all (it would otherwise count as a response without comments);
/// a typed letter whose last page is a line on a letterhead image is read
/// without a warning.
#[test]
fn a_letter_with_a_scanned_page_is_read_in_part_and_run_and_check_say_so() {
    let tmp = sample_copy();
    let responses = tmp.path().join("inbox/responses");
    let typed: &[&str] = &[
        "Stichting Buurtkracht Veenland",
        "Veenland, 2 oktober 2026",
        "Geachte werkgroep,",
        "1. Wij vragen u in paragraaf 5.2 ook de buurtteams te noemen.",
        "2. Wij missen in hoofdstuk 6 een plan voor de financiering.",
    ];
    fs::write(
        responses.join("buurtkracht.pdf"),
        pdf_of(&[PdfPage::Text(typed), PdfPage::Scan(None)]),
    )
    .unwrap();
    // A typed letter whose closing page is a line of text on a letterhead
    // that is a full-page image: no scan.
    fs::write(
        responses.join("briefpapier.pdf"),
        pdf_of(&[
            PdfPage::Text(typed),
            PdfPage::Scan(Some("Hoogachtend, het bestuur")),
        ]),
    )
    .unwrap();
    let stamp = Some("Ingekomen 03-10-2026 nr. 2026/01412");
    fs::write(
        responses.join("gescande brief.pdf"),
        pdf_of(&[PdfPage::Scan(stamp), PdfPage::Scan(stamp)]),
    )
    .unwrap();
    let out = run(tmp.path(), &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let c = json(tmp.path());
    assert_sample_processed(&c);
    let partly = response(&c, "buurtkracht.pdf").expect("buurtkracht.pdf read");
    assert_eq!(partly["status"], "ok", "{partly:#}");
    assert_eq!(comment_count(partly), 2, "{partly:#}");
    assert!(
        err.contains(
            "warning: responses/buurtkracht.pdf: page 2 has no text layer (a scanned image?), \
             so what it says is not read: run OCR"
        ),
        "{err}"
    );
    assert_reported(&c, &err, "gescande brief.pdf", &["no text layer"]);
    assert!(!err.contains("briefpapier.pdf"), "{err}");
    let letterhead = response(&c, "briefpapier.pdf").expect("briefpapier.pdf read");
    assert_eq!(comment_count(letterhead), 2, "{letterhead:#}");
    // Not in the public JSON: a message may name a file after a person.
    assert!(partly.get("scanned_pages").is_none(), "{partly:#}");

    let check = cargo_bin_cmd!("inspraak")
        .current_dir(tmp.path())
        .args(["check", "--inbox"])
        .arg(tmp.path().join("inbox"))
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&check.stdout);
    assert_eq!(check.status.code(), Some(1), "{report}");
    let line = report
        .lines()
        .find(|l| l.contains("buurtkracht.pdf") && l.contains("partly read"))
        .unwrap_or_else(|| panic!("check does not name the file: {report}"));
    assert!(line.contains("page 2 has no text layer"), "{line}");
}

/// A sample response PDF encrypted with RC4-128 and `user_password`.
fn encrypted_pdf(source: &Path, user_password: &str) -> Vec<u8> {
    use lopdf::{EncryptionState, EncryptionVersion, Object, Permissions};
    let mut doc = lopdf::Document::load(source).unwrap();
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::string_literal(b"0123456789abcdef".to_vec()),
            Object::string_literal(b"fedcba9876543210".to_vec()),
        ]),
    );
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: "eigenaar",
        user_password,
        key_length: 128,
        permissions: Permissions::all(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn every_bad_file_is_named_with_advice_and_the_rest_is_processed() {
    let tmp = sample_copy();
    let responses = tmp.path().join("inbox/responses");
    let good_pdf = repo().join("inbox/responses/07-ouderenbond-kbo.pdf");
    let good = fs::read(&good_pdf).unwrap();
    let add = |name: &str, bytes: &[u8]| fs::write(responses.join(name), bytes).unwrap();
    add(
        "beveiligd met wachtwoord.pdf",
        &encrypted_pdf(&good_pdf, "geheim"),
    );
    add("scan zonder tekst.pdf", &image_only_pdf());
    add("afgebroken.pdf", &good[..good.len() / 2]);
    add("leeg.pdf", b"");
    add(
        "geen-pdf.pdf",
        b"<html><body>Dit is een webpagina</body></html>",
    );
    add(
        "brief.docx",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml word/document.xml",
    );
    add(
        "brief.odt",
        b"PK\x03\x04\x14\x00\x00\x08\x00\x00mimetypeapplication/vnd.oasis.opendocument.text",
    );
    add(
        "mail.msg",
        &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
    );
    let out = run(tmp.path(), &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let c = json(tmp.path());
    assert_sample_processed(&c);
    assert_reported(
        &c,
        &err,
        "beveiligd met wachtwoord.pdf",
        &["password", "wachtwoord"],
    );
    assert_reported(&c, &err, "scan zonder tekst.pdf", &["no text layer"]);
    // A reader may recover the first half of a truncated PDF: then it must
    // yield comments; otherwise it is reported.
    let half = response(&c, "afgebroken.pdf").unwrap();
    if half["status"] == "ok" && comment_count(half) > 0 {
        assert!(problem(&c, "afgebroken.pdf").is_none());
    } else {
        assert!(
            problem(&c, "afgebroken.pdf").is_some(),
            "truncated PDF reported"
        );
        let msg = warning_for(&err, "afgebroken.pdf").expect("truncated PDF on stderr");
        assert!(msg.contains("`afgebroken.pdf`"), "{msg}");
    }
    assert_reported(&c, &err, "leeg.pdf", &["empty (0 bytes)"]);
    assert_reported(
        &c,
        &err,
        "geen-pdf.pdf",
        &["not a readable PDF", "not a PDF"],
    );
    for name in ["brief.odt", "mail.msg"] {
        assert_reported(
            &c,
            &err,
            name,
            &["save it as PDF", "save or export it as PDF"],
        );
    }
    // A Word document is read; a damaged one is named with what to do.
    assert_reported(&c, &err, "brief.docx", &["save it again", "new copy"]);
}

/// A Word document (`.docx`, as docx-rs writes it, like Word: list numbers
/// in the numbering part, not in the text) with a letterhead line, a
/// salutation, the numbered `points` and a closing.
fn word_letter(points: &[&str]) -> Vec<u8> {
    use docx_rs::{
        AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering,
        NumberingId, Paragraph, Run, Start,
    };
    let mut docx =
        Docx::new()
            .add_abstract_numbering(AbstractNumbering::new(1).add_level(Level::new(
                0,
                Start::new(1),
                NumberFormat::new("decimal"),
                LevelText::new("%1."),
                LevelJc::new("left"),
            )))
            .add_numbering(Numbering::new(1, 1))
            .add_paragraph(
                Paragraph::new().add_run(Run::new().add_text("Veenmeer, 2 oktober 2026")),
            )
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Geachte werkgroep,")))
            .add_paragraph(Paragraph::new().add_run(Run::new().add_text(
                "Hierbij ontvangt u de reactie van onze vereniging op de conceptvisie.",
            )));
    for point in points {
        docx = docx.add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(*point))
                .numbering(NumberingId::new(1), IndentLevel::new(0)),
        );
    }
    docx = docx
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Met vriendelijke groet,")))
        .add_paragraph(
            Paragraph::new().add_run(Run::new().add_text("Vereniging Dorpsbelang Veenmeer")),
        );
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

#[test]
fn a_word_document_is_read_with_its_numbered_points() {
    let tmp = sample_copy();
    let points = [
        "In paragraaf 5.2 mist de rol van de huisarts bij het signaleren van huiselijk geweld \
         bij ouderen; neem die op.",
        "De termijn in hoofdstuk 6 is te krap voor de kleine gemeenten van de regio; geef \
         hun een jaar langer.",
        "Betrek de dorpsraden bij de uitvoering, zodat inwoners van de kernen weten waar zij \
         terechtkunnen.",
    ];
    fs::write(
        tmp.path().join("inbox/responses/12-dorpsbelang.docx"),
        word_letter(&points),
    )
    .unwrap();
    let out = run(tmp.path(), &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("12-dorpsbelang.docx"), "{err}");
    let c = json(tmp.path());
    assert_sample_processed(&c);
    let r = response(&c, "12-dorpsbelang.docx").unwrap();
    assert_eq!(r["status"], "ok", "{r:#}");
    let comments = r["comments"].as_array().unwrap();
    let texts: Vec<&str> = comments
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    // One comment per numbered point, numbered as Word shows them; the
    // letterhead, salutation, introduction and closing are no comment.
    assert_eq!(texts.len(), 3, "{texts:#?}");
    for (i, (text, point)) in texts.iter().zip(points).enumerate() {
        assert!(text.starts_with(&format!("{}. ", i + 1)), "{text}");
        assert!(text.contains(&point[..40]), "{text}");
    }
    let first: Vec<&str> = comments[0]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["number"].as_str().unwrap())
        .collect();
    assert_eq!(first.first(), Some(&"5.2"), "{:#}", comments[0]);
    assert!(
        r["respondent"]
            .as_str()
            .is_some_and(|n| n.contains("Dorpsbelang")),
        "{r:#}"
    );
}

/// A letter written on an organisation's Word template: the letterhead is
/// in the page header, the signature a person's with a function. The
/// sender is the organisation the header names, as on a printed letter.
#[test]
fn a_word_letter_with_its_letterhead_in_the_page_header_is_the_organisations() {
    use docx_rs::{Docx, Header, Paragraph, Run};
    let para = |t: &str| Paragraph::new().add_run(Run::new().add_text(t));
    let mut docx = Docx::new().header(
        Header::new()
            .add_paragraph(para("Stichting Buurtwerk Rijnstreek"))
            .add_paragraph(para("Postbus 120, 2400 AC Veenmeer")),
    );
    for t in [
        "Veenmeer, 1 oktober 2026",
        "Geachte leden van de werkgroep,",
        "Wij hebben de inspraakversie met belangstelling gelezen.",
        "In paragraaf 4.2 ontbreekt de rol van buurtwerkers bij het signaleren van huiselijk \
         geweld. Wij vragen u die rol op te nemen.",
        "Met vriendelijke groet,",
        "Anna de Vries",
        "beleidsadviseur",
    ] {
        docx = docx.add_paragraph(para(t));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).unwrap();
    let tmp = sample_copy();
    fs::write(
        tmp.path().join("inbox/responses/12-buurtwerk.docx"),
        bytes.into_inner(),
    )
    .unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = json(tmp.path());
    let r = response(&c, "12-buurtwerk.docx").unwrap();
    assert_eq!(r["respondent"], "Stichting Buurtwerk Rijnstreek", "{r:#}");
    assert_eq!(r["kind"], "organisation", "{r:#}");
    let texts: Vec<&str> = r["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert!(texts[0].contains("buurtwerkers"), "{texts:#?}");
}

#[test]
fn a_pdf_encrypted_with_an_empty_user_password_is_read() {
    let tmp = sample_copy();
    let source = repo().join("inbox/responses/07-ouderenbond-kbo.pdf");
    fs::write(
        tmp.path()
            .join("inbox/responses/alleen-eigenaarswachtwoord.pdf"),
        encrypted_pdf(&source, ""),
    )
    .unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = json(tmp.path());
    let r = response(&c, "alleen-eigenaarswachtwoord.pdf").unwrap();
    assert_eq!(r["status"], "ok", "{r:#}");
    let original = response(&c, "07-ouderenbond-kbo.pdf").unwrap();
    assert_eq!(comment_count(r), comment_count(original));
}

#[test]
fn an_email_file_is_read_or_explained() {
    let tmp = sample_copy();
    let eml = "From: Jan de Vries <jan@example.org>\r\nTo: regiovisie@example.org\r\n\
               Subject: Zienswijze regiovisie\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
               Geachte werkgroep,\r\n\r\nIk mis in paragraaf 3.2 de rol van de huisarts bij \
               het signaleren van eenzaamheid onder ouderen in de kleine kernen.\r\n";
    fs::write(tmp.path().join("inbox/responses/zienswijze.eml"), eml).unwrap();
    let out = run(tmp.path(), &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let c = json(tmp.path());
    assert_sample_processed(&c);
    let r = response(&c, "zienswijze.eml").unwrap();
    if r["status"] == "ok" {
        assert!(comment_count(r) > 0, "{r:#}");
    } else {
        assert_reported(&c, &err, "zienswijze.eml", &["save it as PDF", ".txt"]);
    }
}

#[test]
fn odd_file_names_work_end_to_end() {
    let tmp = sample_copy();
    let name = "reactie van José Müller.txt";
    let text = "Veenmeer, 3 oktober 2026\n\nGeachte werkgroep,\n\n\
                Ik vind dat paragraaf 2.1 te weinig zegt over de wachtlijsten voor dagbesteding \
                in de kleinere dorpen van de regio.\n\nMet vriendelijke groet,\n\nJosé Müller\n";
    fs::write(tmp.path().join("inbox/responses").join(name), text).unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = json(tmp.path());
    assert_sample_processed(&c);
    let r = response(&c, name).unwrap_or_else(|| panic!("{name} missing: {c:#}"));
    assert_eq!(r["status"], "ok");
    let all: String = r["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(all.contains("wachtlijsten voor dagbesteding"), "{all}");
}

/// Windows-1252 is what Notepad and older mail clients write. This needs
/// the encoding detection of the `extract` stage (branch `extract`; main
/// still reads text files as UTF-8 only).
#[test]
fn a_windows_1252_text_file_is_read_correctly() {
    let tmp = sample_copy();
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "Geachte werkgroep,\n\nIn paragraaf 4.2 ontbreekt de coördinatie van het \
         mantelzorgcafé; dat moet beter geregeld worden.\n\nMet groet, Zoë Jansen\n",
    );
    assert!(std::str::from_utf8(&bytes).is_err(), "not UTF-8 on purpose");
    fs::write(tmp.path().join("inbox/responses/brief-1252.txt"), &bytes).unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = json(tmp.path());
    let r = response(&c, "brief-1252.txt").unwrap();
    let text = r["comments"].to_string();
    assert!(text.contains("coördinatie"), "{text}");
    assert!(text.contains("mantelzorgcafé"), "{text}");
    assert!(!text.contains('\u{FFFD}'), "{text}");
}

#[test]
fn an_empty_or_missing_inbox_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out).replace(&tmp.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!(err.trim(), @"error: inbox folder `[TMP]/inbox` not found: create it with `drafts/` and `responses/` inside (see README: Inbox convention), or pass --inbox DIR");

    fs::create_dir_all(tmp.path().join("inbox")).unwrap();
    let out = run(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out).replace(&tmp.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!(err.trim(), @"error: no `drafts/` folder in `[TMP]/inbox`: put the consultation draft (and later versions, oldest first by file name) in `[TMP]/inbox/drafts`");
    assert!(!tmp.path().join("output").exists());

    fs::create_dir_all(tmp.path().join("inbox/drafts")).unwrap();
    let out = run(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out).replace(&tmp.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!(err.trim(), @"error: `[TMP]/inbox/drafts` holds no draft: put the consultation draft there (PDF, .docx, .txt or .md)");
}

/// QA22: an inbox that is a file (a draft or a zip given by mistake) was
/// reported as "not found: create it", and mkdir then failed; a
/// `responses` that is a file (an unpacked mail export) gave a memo without
/// responses, exit 0; `--templates FILE` said the folder does not exist.
/// Each is now named as a file where a folder is expected.
#[test]
fn a_file_where_a_folder_is_expected_is_named_as_such() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(
        tmp.path().join("inbox"),
        "Regiovisie\n\n## 1 Inleiding\n\nTekst.\n",
    )
    .unwrap();
    let out = run(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("is a file, not a folder"), "{err}");
    assert!(!err.contains("not found"), "{err}");
    assert!(!tmp.path().join("output").exists());

    fs::remove_file(tmp.path().join("inbox")).unwrap();
    fs::create_dir_all(tmp.path().join("inbox/drafts")).unwrap();
    fs::write(
        tmp.path().join("inbox/drafts/01-concept.txt"),
        "Regiovisie\n\n## 1 Inleiding\n\nTekst.\n",
    )
    .unwrap();
    fs::write(tmp.path().join("inbox/responses"), "x").unwrap();
    let out = run(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out).replace(&tmp.path().display().to_string(), "[TMP]");
    assert!(
        err.contains("`[TMP]/inbox/responses` is a file, not a folder"),
        "{err}"
    );
    assert!(!err.contains("no `responses/` folder"), "{err}");
    assert!(!tmp.path().join("output").exists());

    fs::remove_file(tmp.path().join("inbox/responses")).unwrap();
    fs::write(tmp.path().join("sjablonen"), "x").unwrap();
    let out = run(tmp.path(), &["--templates", "sjablonen"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("templates folder `sjablonen` is a file, not a folder"),
        "{err}"
    );
}

#[test]
fn a_missing_drafts_folder_stops_the_run_without_touching_the_output() {
    let tmp = sample_copy();
    assert!(run(tmp.path(), &[]).status.success());
    let before = fs::read(tmp.path().join("output/consultation.json")).unwrap();
    fs::remove_dir_all(tmp.path().join("inbox/drafts")).unwrap();
    let out = run(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no `drafts/` folder"),
        "{}",
        stderr(&out)
    );
    let after = fs::read(tmp.path().join("output/consultation.json")).unwrap();
    assert_eq!(before, after);
}

#[test]
fn missing_or_empty_responses_folder_is_a_warning() {
    let tmp = sample_copy();
    fs::remove_dir_all(tmp.path().join("inbox/responses")).unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = warnings(&out, tmp.path());
    insta::assert_snapshot!(err, @"warning: responses/: no `responses/` folder in `[TMP]/inbox`: the memo has no responses; put one file per submission in `[TMP]/inbox/responses`");
    let c = json(tmp.path());
    assert_eq!(c["versions"].as_array().unwrap().len(), 2);
    // The working group's own set-up, with a path on its computer: not in
    // the public outputs.
    let tmp_path = tmp.path().display().to_string();
    assert_eq!(c["problems"], serde_json::json!([]));
    let memo = fs::read_to_string(tmp.path().join("output/nota-van-beantwoording.html")).unwrap();
    assert!(!memo.contains(&tmp_path));
    assert!(memo.contains("Alle bestanden zijn verwerkt."));
    // `status` and `check` say it too (QA: `status` reported "100% done"
    // and `check` "nothing needs attention" without a word about it).
    for command in ["status", "check"] {
        let out = cargo_bin_cmd!("inspraak")
            .current_dir(tmp.path())
            .args([command, "--inbox"])
            .arg(tmp.path().join("inbox"))
            .output()
            .unwrap();
        assert!(
            stderr(&out).contains("warning: responses/: no `responses/` folder"),
            "{command}: {}",
            stderr(&out)
        );
    }

    fs::create_dir_all(tmp.path().join("inbox/responses")).unwrap();
    let out = run(tmp.path(), &[]);
    let err = warnings(&out, tmp.path());
    insta::assert_snapshot!(err, @"warning: responses/: `[TMP]/inbox/responses` is empty: the memo has no responses; put one file per submission there (PDF, .docx, .txt, .md or .eml)");
}

#[test]
fn a_ledger_edited_into_invalid_toml_is_reported_with_line_and_column() {
    let tmp = sample_copy();
    let ledger = tmp.path().join("ledger.toml");
    let broken = "[decisions.c-1234]\nstatus = \"adopted\"\nanswer = \"Wordt aangepast\n";
    fs::write(&ledger, broken).unwrap();
    let out = run(tmp.path(), &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("ledger.toml"), "{err}");
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("column"), "{err}");
    assert_eq!(fs::read_to_string(&ledger).unwrap(), broken);
    assert!(!tmp.path().join("output").exists());
}

#[cfg(unix)]
#[test]
fn links_out_of_the_inbox_are_not_followed() {
    let tmp = sample_copy();
    let secret = tmp.path().join("wachtwoorden.txt");
    fs::write(
        &secret,
        "Het geheime wachtwoord van de gemeente is hunter2, niet doorvertellen.",
    )
    .unwrap();
    let responses = tmp.path().join("inbox/responses");
    std::os::unix::fs::symlink(&secret, responses.join("link.txt")).unwrap();
    fs::create_dir_all(responses.join("map")).unwrap();
    let out = run(tmp.path(), &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let c = json(tmp.path());
    assert_sample_processed(&c);
    assert!(!c.to_string().contains("hunter2"));
    // The working group is told, by name; public output names neither
    // (a folder or link is often named after a person) nor where the link
    // leads.
    assert!(
        err.contains("warning: responses/link.txt: `link.txt` is skipped: it is a link to a file outside the inbox"),
        "{err}"
    );
    assert!(
        err.contains("warning: responses/map: `map` is skipped: it is a folder"),
        "{err}"
    );
    assert_eq!(problem(&c, "link.txt"), None);
    assert_eq!(problem(&c, "map"), None);
    let tmp_path = tmp.path().display().to_string();
    assert!(!c.to_string().contains(&tmp_path));
    assert!(!c["problems"].to_string().contains("link.txt"));
    for memo in ["nota-van-beantwoording.html", "nota-van-beantwoording.md"] {
        let memo = fs::read_to_string(tmp.path().join("output").join(memo)).unwrap();
        assert!(!memo.contains(&tmp_path));
        assert!(!memo.contains("link.txt"), "{memo}");
        assert!(!memo.contains("responses/map"), "{memo}");
        assert!(!memo.contains("Geen gewoon bestand"), "{memo}");
    }
}

/// A folder or a link out of the inbox named after a person: the
/// warning names it, the memo and `consultation.json` do not (QA: they
/// showed `responses/brief-karin-visser.txt` and `responses/Reactie Jan
/// [naam]`).
#[cfg(unix)]
#[test]
fn a_folder_or_link_named_after_a_person_is_not_published() {
    let tmp = sample_copy();
    let responses = tmp.path().join("inbox/responses");
    fs::create_dir_all(responses.join("Reactie Jan de Vries")).unwrap();
    let outside = tmp.path().join("elders.txt");
    fs::write(&outside, "Geachte werkgroep, graag meer voorlichting.").unwrap();
    std::os::unix::fs::symlink(&outside, responses.join("brief-karin-visser.txt")).unwrap();
    let out = run(tmp.path(), &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("`Reactie Jan de Vries` is skipped"), "{err}");
    assert!(err.contains("`brief-karin-visser.txt` is skipped"), "{err}");
    for public in [
        "consultation.json",
        "nota-van-beantwoording.md",
        "nota-van-beantwoording.html",
    ] {
        let text = fs::read_to_string(tmp.path().join("output").join(public)).unwrap();
        for name in ["Reactie Jan", "karin", "visser"] {
            assert!(
                !text.to_lowercase().contains(&name.to_lowercase()),
                "{public} names {name}"
            );
        }
    }
}

#[test]
fn output_is_swapped_in_and_a_foreign_folder_is_left_alone() {
    let tmp = sample_copy();
    let output = tmp.path().join("output");
    // A folder of someone else's: refused, untouched.
    fs::create_dir_all(&output).unwrap();
    fs::write(output.join("begroting.xlsx"), "cijfers").unwrap();
    let out = run(tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out).replace(&tmp.path().display().to_string(), "[TMP]");
    insta::assert_snapshot!(err.trim(), @"error: output folder `[TMP]/output` already exists and was not written by inspraak (it holds `begroting.xlsx`); a run replaces the whole folder, so it is left alone: pass another --out folder, or empty that one first");
    assert_eq!(
        fs::read_to_string(output.join("begroting.xlsx")).unwrap(),
        "cijfers"
    );

    // An empty folder with .gitkeep is fine, and .gitkeep is kept.
    fs::remove_file(output.join("begroting.xlsx")).unwrap();
    fs::write(output.join(".gitkeep"), "").unwrap();
    assert!(run(tmp.path(), &[]).status.success());
    assert!(output.join(".gitkeep").exists());
    assert!(output.join(".inspraak-output").exists());
    assert!(output.join("consultation.json").exists());

    // A run killed between moving the old output aside and moving the new
    // one in: the next run finds the old output and carries on from there.
    fs::write(output.join("stale.txt"), "from the previous run").unwrap();
    fs::rename(&output, tmp.path().join(".inspraak-old-output")).unwrap();
    assert!(run(tmp.path(), &[]).status.success());
    assert!(output.join("consultation.json").exists());
    assert!(!output.join("stale.txt").exists(), "old files replaced");
    let leftovers: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".inspraak-old") || n.starts_with(".inspraak-new"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn file_timeout_must_be_a_positive_number_of_seconds() {
    let tmp = sample_copy();
    let out = run(tmp.path(), &["--file-timeout", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--file-timeout"), "{}", stderr(&out));
}

/// A file name that is not valid UTF-8 (possible on Linux, e.g. from an old
/// Latin-1 archive) is read; messages show it with a replacement character.
#[cfg(target_os = "linux")]
#[test]
fn a_file_name_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = sample_copy();
    let name = std::ffi::OsStr::from_bytes(b"reactie-Mu\xefller.txt");
    let text = "Geachte werkgroep,\n\nIn paragraaf 6.2 staat niets over de nazorg na een \
                crisisopvang; graag een alinea daarover toevoegen.\n";
    fs::write(tmp.path().join("inbox/responses").join(name), text).unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = json(tmp.path());
    assert_sample_processed(&c);
    // Read as Windows-1252 (0xEF is `ï`), not with a replacement character.
    let r = response(&c, "reactie-Muïller.txt").expect("the name read as Windows-1252");
    assert_eq!(r["status"], "ok");
    assert!(r["comments"].to_string().contains("nazorg"));

    // A file beside it whose UTF-8 name reads the same is the one read;
    // the other is reported, not merged with it or silently dropped.
    let twin = "Geachte werkgroep,\n\nIn paragraaf 5.1 mist de wachttijd voor de \
                schuldhulpverlening; graag een streefdatum opnemen.\n";
    fs::write(tmp.path().join("inbox/responses/reactie-Muïller.txt"), twin).unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = json(tmp.path());
    assert_sample_processed(&c);
    let r = response(&c, "reactie-Muïller.txt").unwrap();
    assert!(r["comments"].to_string().contains("schuldhulpverlening"));
    assert!(!c["responses"]
        .to_string()
        .contains("nazorg na een crisisopvang"));
    // Reported to the working group (how the inbox was filled: not in
    // public output, see `links_out_of_the_inbox_are_not_followed`).
    assert!(
        stderr(&out).contains(
            "warning: responses/reactie-Muïller.txt: `reactie-Muïller.txt` is skipped: its name \
             is not UTF-8"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!c["problems"].to_string().contains("not UTF-8"));
}

/// `inspraak comments | head` (the reader closes the pipe early) ends
/// quietly, as other command-line tools do, instead of panicking with
/// "failed printing to stdout: Broken pipe".
#[cfg(unix)]
#[test]
fn output_into_a_closed_pipe_does_not_panic() {
    let tmp = sample_copy();
    for args in [&["comments"][..], &["status"], &["sections"]] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin!("inspraak"))
            .current_dir(tmp.path())
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(!err.contains("Broken pipe"), "{args:?}: {err}");
    }
}

/// A per-file setting in consultation.toml whose file was renamed or taken
/// out no longer applies (here the e-mail's sender; it could be
/// `private = true` or an agreed extension): `run` and `check` say so
/// instead of dropping it silently.
#[test]
fn a_setting_for_a_file_that_is_gone_is_reported() {
    let tmp = sample_copy();
    let responses = tmp.path().join("inbox/responses");
    fs::rename(
        responses.join("04-email-steunpunt-mantelzorg.txt"),
        responses.join("04-email.txt"),
    )
    .unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let w = warnings(&out, tmp.path());
    assert!(
        w.lines()
            .any(|l| l.starts_with("warning: consultation.toml:")
                && l.contains("[responses.\"04-email-steunpunt-mantelzorg.txt\"]")
                && l.contains("no file")),
        "{w}"
    );
    let check = cargo_bin_cmd!("inspraak")
        .current_dir(tmp.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    let text = String::from_utf8_lossy(&check.stdout);
    assert!(
        text.contains("[responses.\"04-email-steunpunt-mantelzorg.txt\"]"),
        "{text}"
    );
    // The working group's own file: not in the public JSON.
    let public = fs::read_to_string(tmp.path().join("output/consultation.json")).unwrap();
    assert!(!public.contains("04-email-steunpunt-mantelzorg.txt"));
}

#[test]
fn an_error_says_its_cause_once() {
    let tmp = tempfile::tempdir().unwrap();
    let out = cargo_bin_cmd!("inspraak")
        .current_dir(tmp.path())
        .args(["extract", "er-is-geen-bestand.pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("`er-is-geen-bestand.pdf` could not be read"),
        "{err}"
    );
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
}

/// An unread file whose name may be a person's: public output (memo,
/// `consultation.json`) calls it by its number with a reason in Dutch; the
/// working group still sees the name on stderr. Once `consultation.toml`
/// says who sent it, that is used.
#[test]
fn an_unread_file_of_an_unknown_sender_is_public_by_number() {
    let tmp = sample_copy();
    let responses = tmp.path().join("inbox/responses");
    fs::write(
        responses.join("20-brief-jan-de-vries.pdf"),
        b"%PDF-1.4 garbage",
    )
    .unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: responses/20-brief-jan-de-vries.pdf: "),
        "{}",
        stderr(&out)
    );
    let memo = fs::read_to_string(tmp.path().join("output/nota-van-beantwoording.md")).unwrap();
    let public = fs::read_to_string(tmp.path().join("output/consultation.json")).unwrap();
    for text in [&memo, &public] {
        assert!(!text.to_lowercase().contains("vries"), "{text}");
    }
    let row = memo
        .lines()
        .find(|l| l.starts_with("| responses/inzending-"))
        .unwrap_or_else(|| panic!("no row for the unread file: {memo}"));
    assert!(
        row.ends_with("| Het bestand is beschadigd of geen geldig PDF-bestand |"),
        "{row}"
    );
    let c: Value = serde_json::from_str(&public).unwrap();
    let hidden = c["responses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["status"] == "error" && r["error_kind"] == "corrupt")
        .unwrap();
    let n = hidden["number"].as_u64().unwrap();
    assert_eq!(hidden["public_name"], format!("Inzending {n}"));
    assert_eq!(hidden["file"], format!("inzending-{n}.pdf"));

    // The working group knows the sender: an organisation is named, its
    // file by the organisation's name, as the file's own name names a
    // person besides it (`jan`).
    let toml = tmp.path().join("inbox/consultation.toml");
    let mut settings = fs::read_to_string(&toml).unwrap();
    settings.push_str(
        "\n[responses.\"20-brief-jan-de-vries.pdf\"]\nrespondent = \"Stichting De Vries\"\n\
         kind = \"organisation\"\n",
    );
    fs::write(&toml, settings).unwrap();
    let out = run(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let memo = fs::read_to_string(tmp.path().join("output/nota-van-beantwoording.md")).unwrap();
    assert!(
        memo.contains(&format!(
            "| responses/stichting-de-vries-{n}.pdf | Het bestand is beschadigd"
        )),
        "{memo}"
    );
    assert!(!memo.to_lowercase().contains("jan-de-vries"), "{memo}");
}

/// A text file of only spaces and empty lines is reported as empty (by
/// name, saying what to do), not as read without points or without a
/// date; and table 1.1 of the memo counts as many files that could not
/// be processed as its appendix lists under `responses/`, each once (the
/// totals add up).
#[test]
fn a_blank_text_file_is_empty_and_the_memo_counts_what_its_appendix_lists() {
    let tmp = sample_copy();
    let responses = tmp.path().join("inbox/responses");
    fs::write(responses.join("spaties.txt"), "   \n\n \t \r\n  \n").unwrap();
    fs::write(responses.join("leeg.txt"), "").unwrap();
    fs::create_dir(responses.join("submap")).unwrap();
    fs::write(responses.join("submap/brief.txt"), "Een brief in een map.").unwrap();
    let out = run(tmp.path(), &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let c = json(tmp.path());
    assert_sample_processed(&c);
    assert_reported(&c, &err, "spaties.txt", &["only blank space"]);
    assert_reported(&c, &err, "leeg.txt", &["empty (0 bytes)"]);
    for line in err.lines().filter(|l| l.contains("spaties.txt")) {
        assert!(!line.contains("no comments"), "{line}");
        assert!(!line.contains("no date"), "{line}");
    }
    let md = fs::read_to_string(tmp.path().join("output/nota-van-beantwoording.md")).unwrap();
    let table: Vec<(String, usize)> = md
        .split("### 1.1")
        .nth(1)
        .unwrap()
        .split("### 1.2")
        .next()
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Indiener"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            (
                cells[1].to_string(),
                cells[2].trim_matches('*').parse().unwrap(),
            )
        })
        .collect();
    let unread = table
        .iter()
        .find(|(label, _)| label.starts_with("niet te verwerken"))
        .unwrap_or_else(|| panic!("{md}"))
        .1;
    let (_, total) = table.last().unwrap();
    let rows: usize = table[..table.len() - 1].iter().map(|(_, n)| n).sum();
    assert_eq!(rows, *total, "{md}");
    assert!(
        md.contains(&format!("Er zijn {total} reacties ontvangen")),
        "{md}"
    );
    let appendix = md
        .split("### Bestanden die niet konden worden verwerkt")
        .nth(1)
        .unwrap()
        .split("### ")
        .next()
        .unwrap();
    let listed = appendix
        .lines()
        .filter(|l| l.starts_with("| responses/"))
        .count();
    // reactie-scan.pdf, leeg.txt and spaties.txt; the folder is no
    // response and stays out of the public memo (its name could name a
    // person), and out of the counts.
    assert_eq!(listed, 3, "{appendix}");
    assert!(!md.contains("submap"), "{md}");
    assert_eq!(unread, listed, "{md}");
    assert_eq!(
        appendix.matches("Het bestand is leeg").count(),
        2,
        "{appendix}"
    );
}
