use super::*;

fn mail(header: &str, body: &str) -> Mail {
    read_mail(&header_fields(header), body.as_bytes())
}

#[test]
fn delimiters_per_rfc_2046() {
    let body = b"preamble\n--b \n\none\n--bx\n--b\n\ntwo\n\n--b--\nepilogue\n--b\n\nthree";
    let parts = split_multipart(body, "b");
    assert_eq!(parts, [&b"\none\n--bx"[..], b"\ntwo\n"]);
    // Cut off before the closing delimiter.
    assert_eq!(split_multipart(b"--b\n\nhalf", "b"), [&b"\nhalf"[..]]);
    assert!(split_multipart(b"no delimiters", "b").is_empty());
}

#[test]
fn parameters() {
    let (mime, params) = parse_params(
        "Multipart/Mixed; boundary=\"a;b\\\"c\"; Name*0*=utf-8''Pi%C3%AB; name*1=\"ters.pdf\"",
    );
    assert_eq!(mime, "multipart/mixed");
    assert_eq!(raw_param(&params, "boundary"), Some("a;b\"c"));
    assert_eq!(param(&params, "name").as_deref(), Some("Piëters.pdf"));
    let (_, params) = parse_params("attachment; filename=\"=?utf-8?B?UGnDq3RlcnMucGRm?=\"");
    assert_eq!(param(&params, "filename").as_deref(), Some("Piëters.pdf"));
    assert_eq!(content_type(Some("garbage")).0, "text/plain");
    assert_eq!(content_type(None).0, "text/plain");
}

#[test]
fn deep_nesting_is_cut_off() {
    let mut body = String::from("Tekst\n");
    for depth in (0..20).rev() {
        body = format!(
            "--b{depth}\nContent-Type: multipart/mixed; boundary=b{}\n\n{body}\n--b{depth}--\n",
            depth + 1
        );
    }
    let m = mail("Content-Type: multipart/mixed; boundary=b0", &body);
    assert!(m.text.is_none(), "{m:?}");
    assert_eq!(m.skipped, ["parts nested deeper than 8 levels"]);
}

#[test]
fn hostile_input_ends() {
    let inputs = [
        "--b\n",
        "--b",
        "--b\nContent-Type: multipart/alternative\n\n--c--",
        "--b\nContent-Transfer-Encoding: base64\n\n!!!=\n--b--",
        "--b\nContent-Type: text/plain; charset=\"\n\n=\n--b--",
    ];
    for body in inputs {
        let _ = mail("Content-Type: multipart/mixed; boundary=b", body);
    }
    let many = "--b\n\nx\n".repeat(MAX_PARTS + 10);
    let m = mail("Content-Type: multipart/mixed; boundary=b", &many);
    assert_eq!(m.skipped, [format!("parts after the first {MAX_PARTS}")]);
}

/// QA31d: `format=flowed; delsp=yes` (RFC 3676): the space the sender's
/// program put before a soft break inside a word or link goes when the
/// lines are joined; with `delsp=no` it is the space between two words.
#[test]
fn flowed_text_is_joined_as_the_mail_program_shows_it() {
    let body = "Zie https://www.example.nl/documenten/2024/ \r\nrapport-aanpak en zorg voor samen \r\nwerking.\r\n\r\n> Een geciteerde \r\n> regel.\r\n-- \r\nAnna\r\n";
    let m = mail(
        "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes",
        body,
    );
    let text = m.text.unwrap();
    assert!(
        text.contains(
            "https://www.example.nl/documenten/2024/rapport-aanpak en zorg voor samenwerking."
        ),
        "{text}"
    );
    assert!(text.contains("> Een geciteerderegel."), "{text}");
    assert!(
        text.contains("\n-- \n"),
        "the signature separator stays: {text}"
    );
    let m = mail(
        "Content-Type: text/plain; charset=utf-8; format=flowed",
        "Wij vragen u om meer \r\ngeld.\r\nTweede regel.\r\n",
    );
    let text = m.text.unwrap();
    assert!(
        text.contains("Wij vragen u om meer geld.\nTweede regel."),
        "{text}"
    );
}
