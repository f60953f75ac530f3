//! Fuzz target: any bytes named `.pdf` go through the whole PDF path
//! (lopdf load, interpreter, layout, furniture, dehyphenation), and the
//! same bytes as a text file and as a Word document (ZIP, XML, list
//! numbers). Each must return `Ok` or an error, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = inspraak::extract::Limits {
        time_budget: std::time::Duration::from_secs(5),
        ..Default::default()
    };
    let _ = inspraak::extract::extract_pdf_with("fuzz.pdf", data, limits);
    let _ = inspraak::extract::extract_bytes("fuzz.txt", data);
    let _ = inspraak::extract::extract_bytes("fuzz.docx", data);
});
