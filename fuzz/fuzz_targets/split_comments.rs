//! Fuzz target: any bytes as a text response go through
//! `extract::extract_plain_text` and `split::split_response`. Splitting
//! must never panic, and every comment it finds has an id and text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = inspraak::extract::extract_plain_text("fuzz.txt", data);
    let id = inspraak::ids::response_id_of(&doc);
    let letter = inspraak::split::split_response(&doc, &id);
    for comment in &letter.comments {
        assert!(!comment.id.is_empty(), "comment without id");
        assert!(!comment.text.trim().is_empty(), "empty comment");
    }
});
