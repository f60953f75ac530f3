//! Hostile input: hundreds of mutated PDFs (truncated at random offsets,
//! bytes flipped, objects deleted, streams replaced by a decompression
//! bomb) go through `extract_bytes`, which must return `Ok` or an error
//! that names the file, never panic; a handful also go through the
//! `inspraak extract` binary, which must exit with an error message that
//! names the file (exit code 1, not a panic's 101).

use assert_cmd::Command;
use inspraak::extract::extract_bytes;
use lopdf::{dictionary, Document, Object, Stream};

/// xorshift64*: a small seeded generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A small two-page PDF with a compressed content stream, a font with a
/// ToUnicode CMap and a Form XObject, so mutations hit every code path.
fn base_pdf(compress: bool) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let cmap = b"begincmap 1 begincodespacerange <00> <FF> endcodespacerange
        1 beginbfrange <20> <7E> <0020> endbfrange 1 beginbfchar <80> <20AC> endbfchar endcmap"
        .to_vec();
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap));
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding", "ToUnicode" => to_unicode,
    });
    let form = Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 500.into(), 100.into()] },
        b"BT /F1 9 Tf 72 40 Td (Regiovisie Jeugd \x80 2025) Tj ET".to_vec(),
    );
    let form_id = doc.add_object(form);
    let resources = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
        "XObject" => dictionary! { "X1" => form_id },
    });
    let mut kids = Vec::new();
    for n in 1..=2 {
        let body = format!(
            "BT /F1 11 Tf 72 700 Td (De gemeenten werken samen-) Tj 0 -14 Td (werking uit op pagina {n}.) Tj ET /X1 Do"
        );
        let mut stream = Stream::new(dictionary! {}, body.into_bytes());
        if compress {
            stream.compress().unwrap();
        }
        let content = doc.add_object(stream);
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        });
        kids.push(Object::Reference(page));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => 2, "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// One mutation of `base`, chosen by `rng`.
fn mutate(base: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = base.to_vec();
    match rng.below(4) {
        0 => b.truncate(rng.below(b.len())),
        1 => {
            for _ in 0..1 + rng.below(12) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        2 => {
            // Delete one "N 0 obj ... endobj" object.
            let text = String::from_utf8_lossy(&b).into_owned();
            let starts: Vec<usize> = text.match_indices(" 0 obj").map(|(i, _)| i).collect();
            if let Some(&s) = starts.get(rng.below(starts.len())) {
                let s = text[..s].rfind('\n').map_or(0, |i| i + 1);
                if let Some(e) = text[s..].find("endobj") {
                    b.drain(s..s + e + 6);
                }
            }
        }
        _ => {
            // Overwrite a random span with random bytes.
            let start = rng.below(b.len());
            let len = rng.below(64).min(b.len() - start);
            for x in &mut b[start..start + len] {
                *x = rng.next() as u8;
            }
        }
    }
    b
}

#[test]
fn base_files_read() {
    for compress in [false, true] {
        let doc = extract_bytes("basis.pdf", &base_pdf(compress)).unwrap();
        let text = doc.text();
        assert!(text.contains("samenwerking\nuit op pagina 2."), "{text}");
        assert_eq!(doc.pages[0].footer, ["Regiovisie Jeugd € 2025"]);
    }
}

#[test]
fn mutated_pdfs_never_panic() {
    let bases = [base_pdf(false), base_pdf(true)];
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let (mut ok, mut err) = (0, 0);
    for i in 0..400 {
        let base = &bases[i % 2];
        let bytes = mutate(base, &mut rng);
        let name = format!("mutant-{i}.pdf");
        match extract_bytes(&name, &bytes) {
            Ok(_) => ok += 1,
            Err(e) => {
                assert!(
                    e.to_string().contains(&name),
                    "message without file name: {e}"
                );
                err += 1;
            }
        }
    }
    assert_eq!(ok + err, 400);
    assert!(
        err > 20 && ok > 20,
        "ok {ok}, errors {err}: mutations too weak or too strong"
    );
}

#[test]
fn decompression_bomb_is_refused() {
    // 16 MiB of spaces compress to a few KiB; a 1 MiB stream limit stops it.
    let mut bomb = Stream::new(dictionary! {}, vec![b' '; 16 * 1024 * 1024]);
    bomb.compress().unwrap();
    let data = bomb.content;
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(dictionary! { "Filter" => "FlateDecode" }, data));
    let page = doc
        .add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    let limits = inspraak::extract::Limits {
        max_stream_bytes: 1024 * 1024,
        ..Default::default()
    };
    let err = inspraak::extract::extract_pdf_with("bom.pdf", &out, limits).unwrap_err();
    assert!(
        matches!(err, inspraak::extract::ExtractError::TooComplex { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("bom.pdf"), "{err}");
}

#[test]
fn cli_names_the_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(0xC11_0000_0042);
    let base = base_pdf(true);
    let mut failures = 0;
    for i in 0..12 {
        let name = format!("zienswijze {i} ë.pdf");
        let path = dir.path().join(&name);
        let bytes = if i == 0 {
            base[..base.len() / 3].to_vec()
        } else {
            mutate(&base, &mut rng)
        };
        std::fs::write(&path, bytes).unwrap();
        let out = Command::cargo_bin("inspraak")
            .unwrap()
            .arg("extract")
            .arg(&path)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        let code = out.status.code();
        assert!(code == Some(0) || code == Some(1), "{name}: exit {code:?}");
        if code == Some(1) {
            failures += 1;
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains(&name), "{name}: {stderr}");
        }
    }
    assert!(failures >= 1);
}

#[test]
fn operator_and_time_limits_stop_a_page() {
    let pdf = base_pdf(false);
    let few_ops = inspraak::extract::Limits {
        max_ops_per_page: 3,
        ..Default::default()
    };
    let err = inspraak::extract::extract_pdf_with("veel.pdf", &pdf, few_ops).unwrap_err();
    assert!(err.to_string().contains("drawing operations"), "{err}");
    // A page of 20 000 operators with no time left hits the deadline.
    let mut doc = Document::load_mem(&pdf).unwrap();
    let page = *doc.get_pages().get(&1).unwrap();
    doc.add_page_contents(page, "q Q ".repeat(20_000).into_bytes())
        .unwrap();
    let mut slow = Vec::new();
    doc.save_to(&mut slow).unwrap();
    let no_time = inspraak::extract::Limits {
        time_budget: std::time::Duration::ZERO,
        ..Default::default()
    };
    let err = inspraak::extract::extract_pdf_with("traag.pdf", &slow, no_time).unwrap_err();
    assert!(err.to_string().contains("longer than"), "{err}");
}
