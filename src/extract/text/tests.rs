#[test]
fn a_double_spaced_text_keeps_its_paragraphs_whole() {
    // QA: the real seed letter, copied from a PDF with a blank line
    // after every line and a blank line with a space between the
    // paragraphs, gave a paragraph per line (`Uit de` / `prevalentie...`).
    let mut text = String::from("Geachte Raad,\n\n \n\n");
    for p in 0..3 {
        for l in 0..4 {
            text.push_str(&format!("Regel {l} van alinea {p} loopt door op de \n\n"));
        }
        text.push_str(" \n\n");
    }
    let lines = text_lines(&text);
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].paragraph_start)
        .collect();
    assert_eq!(starts, [0, 1, 5, 9], "{lines:#?}");
    // Single-spaced text: a paragraph after each blank line.
    let lines = text_lines("Een.\nTwee.\n\nDrie.\n");
    assert!(lines[0].paragraph_start && !lines[1].paragraph_start && lines[2].paragraph_start);
}

use super::*;

#[test]
fn encodings() {
    assert_eq!(decode_text(b"\xEF\xBB\xBFbe\xC3\xABindigd"), "beëindigd");
    assert_eq!(decode_text(b"be\xEBindigd \x80 5"), "beëindigd € 5");
    // QA19: UTF-8 with one stray Windows-1252 byte keeps its accents.
    assert_eq!(
        decode_text(b"co\xC3\xB6rdinatie, caf\xC3\xA9 en \x93tekst\x94"),
        "coördinatie, café en \u{201C}tekst\u{201D}"
    );
    assert_eq!(
        decode_text(b"co\xC3\xB6rdinatie en re\xEBel"),
        "coördinatie en reëel"
    );
    assert_eq!(decode_text(b"\xEF\xBB\xBFcaf\xC3\xA9 \xE9"), "café é");
    assert_eq!(decode_text(b"\xFF\xFEe\x00\xEB\x00"), "eë");
    assert_eq!(decode_text(b"\xFE\xFF\x00e\x00\xEB"), "eë");
    // UTF-16 as some tools save it, without a byte order mark.
    let le: Vec<u8> = "Geachte werkgroep, € 5 ‘kort’"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(decode_text(&le), "Geachte werkgroep, € 5 ‘kort’");
    let be: Vec<u8> = "Beste werkgroep"
        .encode_utf16()
        .flat_map(u16::to_be_bytes)
        .collect();
    assert_eq!(decode_text(&be), "Beste werkgroep");
    // A few stray zero bytes do not make UTF-16.
    assert_eq!(decode_text(b"ab\x00cdef"), "ab\u{0}cdef");
    // Line ends of Windows and of old Macs.
    assert_eq!(decode_text(b"een\r\ntwee\rdrie\n"), "een\ntwee\ndrie\n");
}

#[test]
fn paragraphs() {
    let d = extract_plain_text("a.txt", b"een\ntwee\n\ndrie\r\n");
    let l = &d.pages[0].lines;
    assert_eq!(l.len(), 3);
    assert!(l[0].paragraph_start && !l[1].paragraph_start && l[2].paragraph_start);
}

#[test]
fn eml_plain_and_quoted_printable() {
    let mail = b"Subject: Zienswijze\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nGeachte heer,\n\nWij zijn het on=C3=AB=\nens.\n";
    let d = extract_eml("z.eml", mail).unwrap();
    assert_eq!(d.pages[0].lines[0].text, "Subject: Zienswijze");
    assert_eq!(d.pages[0].lines[2].text, "Wij zijn het onëens.");
    assert_eq!(d.pages[0].header, ["Zienswijze"]);
}

/// The text lines of an `.eml`.
fn eml_lines(mail: &str) -> Vec<String> {
    let d = extract_eml("m.eml", mail.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    d.pages[0].lines.iter().map(|l| l.text.clone()).collect()
}

/// The message an `.eml` is refused with.
fn eml_refusal(mail: &str) -> String {
    match extract_eml("m.eml", mail.as_bytes()) {
        Err(e @ ExtractError::Unsupported { .. }) => e.to_string(),
        other => panic!("not refused: {other:?}"),
    }
}

#[test]
fn an_outlook_multipart_alternative_is_read() {
    // QA: an e-mail as Outlook saves it (text/plain and text/html as
    // alternatives, quoted-printable, CRLF) was refused as `HTML or
    // multi-part message`.
    let mail = "From: \"Kramer, Joost\" <joost@example.nl>\r\nTo: inspraak@duinstreek.nl\r\n\
                    Subject: reactie\r\nDate: Mon, 12 Oct 2026 20:15:00 +0200\r\n\
                    MIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n\
                    \tboundary=\"----=_NextPart_000_0012_01DB1C2A.5E3F4A20\"\r\n\
                    X-Mailer: Microsoft Outlook 16.0\r\n\r\n\
                    This is a multipart message in MIME format.\r\n\r\n\
                    ------=_NextPart_000_0012_01DB1C2A.5E3F4A20\r\n\
                    Content-Type: text/plain;\r\n\tcharset=\"iso-8859-1\"\r\n\
                    Content-Transfer-Encoding: quoted-printable\r\n\r\n\
                    Beste werkgroep,\r\n\r\nIk vind dat Veilig Thuis ook in het weekend open =\r\n\
                    moet zijn, zeker voor ouderen die alleen wonen.\r\n\r\n\
                    Met vriendelijke groet,\r\n\r\nJoost Kramer\r\n\r\n\
                    ------=_NextPart_000_0012_01DB1C2A.5E3F4A20\r\n\
                    Content-Type: text/html;\r\n\tcharset=\"iso-8859-1\"\r\n\
                    Content-Transfer-Encoding: quoted-printable\r\n\r\n\
                    <html><body><p class=3DMsoNormal>Niet de HTML</p></body></html>\r\n\r\n\
                    ------=_NextPart_000_0012_01DB1C2A.5E3F4A20--\r\n";
    assert_eq!(
            eml_lines(mail),
            [
                "From: Joost Kramer",
                "Date: Mon, 12 Oct 2026 20:15:00 +0200",
                "Subject: reactie",
                "Beste werkgroep,",
                "Ik vind dat Veilig Thuis ook in het weekend open moet zijn, zeker voor ouderen die alleen wonen.",
                "Met vriendelijke groet,",
                "Joost Kramer",
            ]
        );
}

#[test]
fn a_gmail_multipart_alternative_with_a_reply_is_read() {
    // Gmail: a bare boundary, the plain part unencoded, the HTML part
    // quoted-printable; encoded words in `From:` and `Subject:`; the
    // quoted message below `Op ... schreef ...:` stays in the text for
    // the splitter to leave out.
    let mail = "MIME-Version: 1.0\nFrom: =?UTF-8?Q?Jos=C3=A9_M=C3=BCller?= <jose@example.nl>\n\
                    Date: Tue, 13 Oct 2026 09:01:12 +0200\n\
                    Subject: =?UTF-8?B?UmU6IFJlZ2lvdmlzaWUgZW4gYmXDq2luZGlnaW5n?=\n\
                    To: Werkgroep <inspraak@example.nl>\n\
                    Content-Type: multipart/alternative; boundary=\"000000000000a1b2c3062f4e5d6f\"\n\n\
                    --000000000000a1b2c3062f4e5d6f\nContent-Type: text/plain; charset=\"UTF-8\"\n\
                    Content-Transfer-Encoding: quoted-printable\n\n\
                    Hoi,\n\nHet buurthuis moet ook op zondag open, dat is be=C3=ABindigd.\n\n\
                    Op ma 12 okt 2026 om 10:00 schreef Werkgroep <inspraak@example.nl>:\n\n\
                    > Uw reactie is welkom.\n\n\
                    --000000000000a1b2c3062f4e5d6f\nContent-Type: text/html; charset=\"UTF-8\"\n\
                    Content-Transfer-Encoding: quoted-printable\n\n\
                    <div dir=3D\"ltr\">Hoi,<div>HTML</div></div>\n\n\
                    --000000000000a1b2c3062f4e5d6f--\n";
    assert_eq!(
        eml_lines(mail),
        [
            "From: José Müller",
            "Date: Tue, 13 Oct 2026 09:01:12 +0200",
            "Subject: Re: Regiovisie en beëindiging",
            "Hoi,",
            "Het buurthuis moet ook op zondag open, dat is beëindigd.",
            "Op ma 12 okt 2026 om 10:00 schreef Werkgroep <inspraak@example.nl>:",
            "> Uw reactie is welkom.",
        ]
    );
}

/// A PDF attachment named `name`, base64 as mail programs write it.
const PDF_PART: &str = "Content-Type: application/pdf; name=\"zienswijze Pi=?utf-8?Q?=C3=AB?=tersen.pdf\"\n\
                            Content-Disposition: attachment;\n filename*=utf-8''zienswijze%20Pi%C3%ABtersen.pdf\n\
                            Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K\n";

/// A message of `multipart/mixed` with `related` and `alternative`
/// inside, as Outlook sends one with a logo in its signature, with a
/// plain `body` and a PDF attachment.
fn nested_with_pdf(body: &str) -> String {
    format!(
            "From: Sanne Pietersen <s@example.nl>\nSubject: Zienswijze\n\
             Content-Type: multipart/mixed; boundary=\"mixed\"\n\n\
             --mixed\nContent-Type: multipart/related; boundary=\"related\"; type=\"multipart/alternative\"\n\n\
             --related\nContent-Type: multipart/alternative; boundary=\"alt\"\n\n\
             --alt\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{body}\n\
             --alt\nContent-Type: text/html; charset=\"utf-8\"\n\n<p>html</p><img src=\"cid:logo\">\n\
             --alt--\n\n--related\nContent-Type: image/png\nContent-ID: <logo>\n\
             Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--related--\n\n\
             --mixed\n{PDF_PART}--mixed--\n"
        )
}

#[test]
fn a_message_that_only_covers_an_attached_letter_names_the_attachment() {
    for body in [
        "Geachte werkgroep,\n\nIn de bijlage treft u onze zienswijze op de regiovisie aan.\n\n\
             Met vriendelijke groet,\n\nSanne Pietersen\nStichting Wijkbelang\nTel. 06-12345678",
        "Zie bijlage.",
        "",
    ] {
        let msg = eml_refusal(&nested_with_pdf(body));
        assert!(msg.contains("`m.eml`"), "{msg}");
        assert!(msg.contains("`zienswijze Piëtersen.pdf`"), "{msg}");
        assert!(msg.contains("save the attachment"), "{msg}");
        assert!(msg.contains("inbox/responses/"), "{msg}");
    }
    // A Word file: save it as PDF too.
    let word = nested_with_pdf("Zie bijlage.").replace(
            "application/pdf; name=\"zienswijze Pi=?utf-8?Q?=C3=AB?=tersen.pdf\"",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"brief.docx\"",
        ).replace("filename*=utf-8''zienswijze%20Pi%C3%ABtersen.pdf", "filename=\"brief.docx\"");
    let msg = eml_refusal(&word);
    assert!(
        msg.contains("`brief.docx`") && !msg.contains("save or export it as PDF"),
        "a .docx is read as it is: {msg}"
    );
    // An older Word file: save it as PDF (or .docx) too.
    let msg = eml_refusal(&word.replace("brief.docx", "brief.doc"));
    assert!(
        msg.contains("`brief.doc`") && msg.contains("save or export it as PDF"),
        "{msg}"
    );
}

#[test]
fn a_signature_delimiter_ends_a_cover_note_as_the_memo_id_reads_it() {
    // The delimiter `-- ` as a mail program writes it, without its
    // space, or with more: what follows is the signature, not words of
    // the message (as `ids::without_mail_signature` reads it).
    let signature = "Sanne Pietersen | Stichting Wijkbelang | Lange Voorstraat 12, \
                         2312 AB Leiden | 06-12345678 | www.wijkbelang.nl | Wij zijn bereikbaar \
                         op maandag tot en met donderdag van negen tot vijf uur";
    for delimiter in ["-- ", "--", "--   "] {
        let body = format!("Zie bijlage.\n{delimiter}\n{signature}");
        assert!(is_cover_note(&body), "{delimiter:?}");
    }
    // Two dashes opening a line of text, or inside one, are the
    // message's (a dash as a mail program cannot write it): the letter
    // goes on.
    let letter = "wij vinden dat de wachtlijsten voor dagbesteding in paragraaf 2.1 te \
                      weinig aandacht krijgen. Ook de kleine kernen verdienen een eigen inloop, \
                      want ouderen daar reizen niet graag naar de stad. Daarnaast vragen wij om \
                      een avondopening van het buurthuis in de wintermaanden, zodat ook werkende \
                      mantelzorgers kunnen komen.";
    assert!(!is_cover_note(&format!(
        "Zie bijlage.\n-- en verder: {letter}"
    )));
    assert!(!is_cover_note(&format!("Zie bijlage -- {letter}")));
}

#[test]
fn a_letter_in_the_message_is_read_beside_a_pdf_attachment() {
    // More than forty words above the closing: a letter, though it
    // mentions the attachment (at forty or fewer it would be taken
    // for a cover note, see `is_cover_note`).
    let body = "Geachte werkgroep,\n\nWij vinden dat de wachtlijsten voor dagbesteding in \
                    paragraaf 2.1 te weinig aandacht krijgen. Ook de kleine kernen verdienen een \
                    eigen inloop, want ouderen daar reizen niet graag naar de stad. Daarnaast \
                    vragen wij om een avondopening van het buurthuis in de wintermaanden. Meer \
                    staat in de bijlage.\n\nMet vriendelijke groet,\nSanne Pietersen";
    let d = extract_eml("m.eml", nested_with_pdf(body).as_bytes()).unwrap();
    let lines: Vec<&str> = d.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(lines[2], "Geachte werkgroep,");
    assert!(lines[3].starts_with("Wij vinden"), "{lines:?}");
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("html") || l.contains("JVBER")),
        "{lines:?}"
    );
    assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
    assert!(
        d.warnings[0].contains("`zienswijze Piëtersen.pdf`"),
        "{:?}",
        d.warnings
    );
}

#[test]
fn a_short_message_with_a_point_of_its_own_beside_an_attached_letter_is_read() {
    // QA: a message that says a letter is attached and makes a point of
    // its own was refused whole as a cover note; its point was lost, and
    // the advice to take the .eml out would lose it for good.
    for body in [
        "Geachte werkgroep,\n\nIn de bijlage vindt u mijn zienswijze. Ik wil er alvast op \
         wijzen dat de wachtlijst voor de vrouwenopvang in paragraaf 2 veel te lang is; er \
         moeten dit jaar nog twintig plaatsen bij.\n\nMet vriendelijke groet,\nMarieke Jansen",
        "Geachte werkgroep,\n\nDe wachtlijst voor de vrouwenopvang is veel te lang. Er moeten \
         meer plaatsen komen.\n\nMijn overige punten staan in de bijlage.\n\nGroet,\nMarieke",
        "Meer opvangplaatsen moeten er komen!",
    ] {
        let d = extract_eml("m.eml", nested_with_pdf(body).as_bytes())
            .unwrap_or_else(|e| panic!("refused: {e}"));
        let text: String = d.pages[0].lines.iter().map(|l| l.text.as_str()).collect();
        assert!(text.contains("plaatsen"), "{text}");
        assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
        assert!(
            d.warnings[0].contains("`zienswijze Piëtersen.pdf` is not read")
                && !d.warnings[0].contains("take this .eml out"),
            "{:?}",
            d.warnings
        );
    }
    // What only frames the attached letter stays a cover note: a word of
    // the attachment, a request to take it into account, how to reach
    // the sender.
    for body in [
        "Geachte werkgroep,\n\nHierbij ontvangt u namens het bestuur onze reactie op de \
         regiovisie. Zie de bijlage.\n\nHeeft u vragen? Bel mij gerust op 06-12345678.\n\n\
         Met vriendelijke groet,\nSanne Pietersen",
        "Beste werkgroep,\n\nBijgaand mijn zienswijze. Ik hoop dat u deze meeneemt.\n\nGroet,\nJan",
        "Mijn reactie vindt u in de bijlage; voor vragen kunt u mij bereiken op 06-12345678.",
    ] {
        let msg = eml_refusal(&nested_with_pdf(body));
        assert!(msg.contains("save the attachment"), "{body}: {msg}");
    }
}

#[test]
fn an_html_only_message_is_read_as_text() {
    let mail = "From: Bram Vos <bram@example.nl>\nContent-Type: text/html; charset=windows-1252\n\
                    Content-Transfer-Encoding: quoted-printable\n\n\
                    <html><head><style>p{margin:0}</style></head><body>\n\
                    <p>Geachte werkgroep,</p>\n<p>Het caf=E9 &amp; het buurthuis moeten open:<br>ook =\n\
                    op zondag&nbsp;&#8211; zeker in de winter.</p><ul><li>meer vrijwilligers</li>\
                    <li>een vaste &eacute;&eacute;n-op-&#233;&#xE9;n koffie</li></ul>\
                    <p>Groet,<br>Bram</p></body></html>\n";
    assert_eq!(
        eml_lines(mail),
        [
            "From: Bram Vos",
            "Geachte werkgroep,",
            "Het café & het buurthuis moeten open:",
            "ook op zondag – zeker in de winter.",
            "- meer vrijwilligers",
            "- een vaste één-op-één koffie",
            "Groet,",
            "Bram",
        ]
    );
}

#[test]
fn a_base64_text_part_is_read() {
    // Thunderbird and web forms send non-ASCII text as base64, in
    // lines of 76.
    let mail = "Subject: Zienswijze\nContent-Type: text/plain; charset=UTF-8; format=flowed\n\
                    Content-Transfer-Encoding: base64\n\n\
                    R2VhY2h0ZSB3ZXJrZ3JvZXAsCgpEZSBpbmxvb3AgbW9ldCBvb2sgb3Agem9uZGFnIG9wZW4s\n\
                    IGRhdCBpcyBiZcOraW5kaWdkLgo=\n";
    assert_eq!(
        eml_lines(mail),
        [
            "Subject: Zienswijze",
            "Geachte werkgroep,",
            "De inloop moet ook op zondag open, dat is beëindigd."
        ]
    );
}

#[test]
fn a_windows_1252_quoted_printable_part_is_read() {
    let mail = "Content-Type: multipart/mixed; boundary=b\n\n--b\n\
                    Content-Type: text/plain; charset=windows-1252\n\
                    Content-Transfer-Encoding: quoted-printable\n\n\
                    Wij zijn het on=EBens: =80 5 per maand is te veel =96 zeker =\n\
                    voor ouderen.\n--b\nContent-Type: text/plain; charset=iso-8859-2\n\
                    Content-Transfer-Encoding: quoted-printable\n\nPozdrav od B=B3a=BFeja.\n--b--\n";
    assert_eq!(
        eml_lines(mail),
        [
            "Wij zijn het onëens: € 5 per maand is te veel – zeker voor ouderen.",
            "Pozdrav od Błażeja."
        ]
    );
}

#[test]
fn what_an_email_without_text_is_refused_with() {
    let image_only = "Content-Type: multipart/mixed; boundary=b\n\n--b\n\
                          Content-Type: image/jpeg; name=\"brief.jpg\"\n\
                          Content-Transfer-Encoding: base64\n\n/9j/4AAQ\n--b--\n";
    let msg = eml_refusal(image_only);
    assert!(msg.contains("`brief.jpg`") && msg.contains("OCR"), "{msg}");
    let nothing = "Content-Type: multipart/mixed; boundary=b\n\npreamble only\n";
    assert!(eml_refusal(nothing).contains("no text or HTML part"));
    let unknown = "Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644\n";
    assert!(eml_refusal(unknown).contains("unknown transfer encoding `x-uuencode`"));
    assert!(eml_refusal("Subject: x\n").contains("no message body"));
}

/// QA28: an Outlook message in rich-text format has its text in
/// `winmail.dat` (`application/ms-tnef`), no document to save as PDF or
/// scan: the advice is to ask for it as HTML or plain text, or save it
/// from Outlook; the same for `winmail.dat` saved as a file of its own.
#[test]
fn a_message_whose_text_is_in_winmail_dat_is_refused_with_advice_that_works() {
    for part in [
        "Content-Type: application/ms-tnef; name=\"winmail.dat\"",
        "Content-Type: application/octet-stream\n\
         Content-Disposition: attachment; filename=\"WINMAIL.DAT\"",
    ] {
        let mail = format!(
            "Content-Type: multipart/mixed; boundary=b\n\n--b\n\
             Content-Type: text/plain\n\n\n--b\n{part}\n\
             Content-Transfer-Encoding: base64\n\neJ8+IgEGkAgAEAAAAAAAAQ==\n--b--\n"
        );
        let msg = eml_refusal(&mail);
        assert!(
            msg.contains("winmail.dat") || msg.contains("WINMAIL.DAT"),
            "{msg}"
        );
        assert!(msg.contains("HTML or plain text"), "{msg}");
        assert!(!msg.contains("OCR") && !msg.contains("as a PDF"), "{msg}");
    }
    let err = crate::extract::extract_bytes("winmail.dat", b"\x78\x9f\x3e\x22\x01\x06\x90\x08")
        .unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("HTML or plain text"), "{msg}");
    assert!(!msg.contains("OCR"), "{msg}");
}

#[test]
fn an_emls_sender_and_date_head_its_lines() {
    // QA: an e-mail from `Sanne Pietersen <...>` signed `Sanne` had no
    // sender, and one sent after the deadline no date: `From:` and
    // `Date:` were not read.
    let lines = |mail: &str| -> Vec<String> {
        let d = extract_eml("m.eml", mail.as_bytes()).unwrap();
        d.pages[0].lines.iter().map(|l| l.text.clone()).collect()
    };
    let body = "\n\nHoi,\n\nDe wachtlijsten zijn te lang.\n";
    let l = lines(&format!(
        "From: Sanne Pietersen <s.pietersen@example.nl>\nTo: inspraak@example.nl\n\
             Subject: Reactie\nDate: Mon, 2 Nov 2026 10:12:00 +0100\n\
             Content-Type: text/plain; charset=utf-8{body}"
    ));
    assert_eq!(
        l,
        [
            "From: Sanne Pietersen",
            "Date: Mon, 2 Nov 2026 10:12:00 +0100",
            "Subject: Reactie",
            "Hoi,",
            "De wachtlijsten zijn te lang."
        ]
    );
    let from = |value: &str| lines(&format!("From: {value}{body}")).remove(0);
    // Encoded words (a folded header too), surname first, quotes.
    assert_eq!(
        from("=?utf-8?q?Sanne_Pi=C3=ABtersen?= <s@example.nl>"),
        "From: Sanne Piëtersen"
    );
    assert_eq!(
        from("=?UTF-8?B?U2FubmUgUGnDq3RlcnNlbg==?=\n <s@example.nl>"),
        "From: Sanne Piëtersen"
    );
    assert_eq!(
        from("=?iso-8859-1?q?Pi=EBtersen=2C?= =?iso-8859-1?q?_Sanne?= <s@example.nl>"),
        "From: Sanne Piëtersen"
    );
    // Review: an encoded word is read as a MIME part in its charset is
    // (decode_charset): a Windows-1252 byte in a word labelled UTF-8
    // was U+FFFD, UTF-8 in an unknown charset Windows-1252 (`Ã«`).
    assert_eq!(
        from("=?utf-8?q?Sanne_Pi=EBtersen?= <s@example.nl>"),
        "From: Sanne Piëtersen"
    );
    assert_eq!(
        from("=?x-onbekend?q?Sanne_Pi=C3=ABtersen?= <s@example.nl>"),
        "From: Sanne Piëtersen"
    );
    assert_eq!(
        from("\"Pietersen, Sanne\" <s@example.nl>"),
        "From: Sanne Pietersen"
    );
    assert_eq!(
        from("\"Vries, Jan de\" <j@example.nl>"),
        "From: Jan de Vries"
    );
    assert_eq!(from("\"de Vries, J.\" <j@example.nl>"), "From: J. de Vries");
    // QA34b: a call name in brackets after the initials stays after them;
    // a surname-first name before an organisation is turned round too.
    assert_eq!(
        from("\"Bakker, P.J. (Pieter)\" <pj@example.nl>"),
        "From: P.J. (Pieter) Bakker"
    );
    assert_eq!(
        from("\"Vries, P.J. de (Pieter)\" <pj@example.nl>"),
        "From: P.J. (Pieter) de Vries"
    );
    assert_eq!(
        from("\"Bakker, Marja | Buurtteam Noord\" <m@example.nl>"),
        "From: Marja Bakker | Buurtteam Noord"
    );
    assert_eq!(
        from("\"Bakker, Pieter (Gemeente Kaagwoude)\" <p@example.nl>"),
        "From: Pieter Bakker (Gemeente Kaagwoude)"
    );
    assert_eq!(
        from("\"Stichting Wonen, afdeling Beheer\" <b@example.nl>"),
        "From: Stichting Wonen, afdeling Beheer"
    );
    assert_eq!(
        from("s@example.nl (Sanne Pietersen)"),
        "From: Sanne Pietersen"
    );
    // A bare address names no one.
    assert_eq!(from("<s.pietersen@example.nl>"), "Hoi,");
    assert_eq!(from("s.pietersen@example.nl"), "Hoi,");
    // Nor does a system's.
    assert_eq!(
        from("Gemeente Zandwijk <no-reply@zandwijk.example.nl>"),
        "Hoi,"
    );
}

/// QA23 eml-date-utc-deadline: an e-mail's `Date:` in Dutch local time,
/// +01:00 in winter and +02:00 from 01:00 UTC on the last Sunday of
/// March to 01:00 UTC on the last Sunday of October.
#[test]
fn an_emls_date_is_shown_in_dutch_local_time() {
    for (header, local) in [
        (
            "Mon, 15 Jan 2024 23:30:00 +0000",
            "Tue, 16 Jan 2024 00:30:00 +0100",
        ),
        (
            "Mon, 15 Jan 2024 10:00:00 +0100",
            "Mon, 15 Jan 2024 10:00:00 +0100",
        ),
        (
            "Sun, 29 Mar 2026 00:59:00 +0000",
            "Sun, 29 Mar 2026 01:59:00 +0100",
        ),
        (
            "Sun, 29 Mar 2026 01:00:00 +0000",
            "Sun, 29 Mar 2026 03:00:00 +0200",
        ),
        (
            "Sun, 25 Oct 2026 00:59:00 +0000",
            "Sun, 25 Oct 2026 02:59:00 +0200",
        ),
        (
            "Sun, 25 Oct 2026 01:00:00 +0000",
            "Sun, 25 Oct 2026 02:00:00 +0100",
        ),
        (
            "Thu, 15 Oct 2026 18:30:00 -0500",
            "Fri, 16 Oct 2026 01:30:00 +0200",
        ),
    ] {
        assert_eq!(dutch_local_date(header).as_deref(), Some(local), "{header}");
    }
    assert_eq!(dutch_local_date("gisteren"), None);
    let lines = eml_lines(
        "From: Sanne <s@example.nl>\nDate: Mon, 15 Jan 2024 23:30:00 +0000\n\nDe inloop moet open.\n",
    );
    assert!(
        lines.contains(&"Date: Tue, 16 Jan 2024 00:30:00 +0100".to_string()),
        "{lines:?}"
    );
}

#[test]
fn a_reply_below_or_between_the_quote_is_no_cover_note() {
    // Bottom-posting: the attribution and the `>`-quoted question first,
    // the sender's letter below it.
    let below = "Op 10 okt. 2026 om 09:12 schreef Werkgroep <inspraak@regio.nl>:\n\
                 > Wilt u toelichten wat u bedoelt met de opvang?\n\n\
                 Beste werkgroep,\n\nDe vrouwenopvang heeft te weinig plaatsen voor moeders met \
                 oudere zoons. Zij worden nu geweigerd en moeten terug naar huis. Ook moet de \
                 opvang rolstoeltoegankelijk zijn; nu is dat niet zo.\n\nGroet,\nPetra Smit\n";
    assert!(!is_cover_note(below));
    // Only `Zie bijlage.` above a quoted message: a cover note still.
    let above = "Zie bijlage.\n\nOp 10 okt. 2026 om 09:12 schreef Werkgroep <inspraak@regio.nl>:\n\
                 > Wilt u toelichten wat u bedoelt met de opvang? Wij horen graag van u, want \
                 > de regiovisie wordt in november vastgesteld en uw reactie telt mee.\n";
    assert!(is_cover_note(above));
}

/// QA34b eml-holding-two-messages: messages one after the other in one
/// `.eml` (a mailbox's `From ` separator line, or a sent message's header
/// block) are named in a warning; only the first's text is read as the
/// letter, not the others' glued to it. A message attached to a message,
/// or a reply's quoted header, is no message after it.
#[test]
fn messages_one_after_the_other_in_one_eml_are_named() {
    let message = |from: &str, text: &str| {
        format!(
            "From: {from} <x@example.nl>\nSubject: reactie\n\
             Content-Type: text/plain; charset=utf-8\n\n\
             Beste werkgroep,\n\n{text}\n\nGroet,\n{from}\n"
        )
    };
    let first = message("Anton Graaf", "Betrek de banken bij financiële uitbuiting.");
    let second = message(
        "Bea Kuiper",
        "De opvang moet plek hebben voor oudere zonen.",
    );
    let third = message("Cor Smit", "Meer geld voor preventie.");
    for (mail, count) in [
        (
            format!(
                "From a@example.nl Mon Oct 12 10:00:00 2026\n{first}\n\
                 From b@example.nl Tue Oct 13 10:00:00 2026\n{second}"
            ),
            2,
        ),
        (
            format!("{first}\nFrom c@example.nl Tue Oct 13 10:00:00 2026\n{second}\n{third}"),
            3,
        ),
        (
            format!(
                "{first}\n{}",
                second.replace("Subject:", "MIME-Version: 1.0\nSubject:")
            ),
            2,
        ),
    ] {
        let d = extract_eml("m.eml", mail.as_bytes()).unwrap();
        let text: String = d.pages[0]
            .lines
            .iter()
            .map(|l| format!("{}\n", l.text))
            .collect();
        assert!(text.contains("banken"), "{text}");
        assert!(!text.contains("oudere zonen"), "{text}");
        let w = d.warnings.join("\n");
        assert!(w.contains(&format!("holds {count} e-mail messages")), "{w}");
    }
    // A reply quoting the message it answers, and a message forwarded as
    // an attachment: one message each.
    let reply = format!(
        "{}\n-----Original Message-----\nFrom: Bea Kuiper <b@example.nl>\nSent: Monday\n\
         To: werkgroep\nSubject: vraag\n\nHoe zit het?\n",
        first.trim_end()
    );
    let attached = format!(
        "From: Anton Graaf <a@example.nl>\nSubject: Fwd\nMIME-Version: 1.0\n\
         Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n\
         Content-Type: text/plain; charset=utf-8\n\nIk sluit mij aan bij de brief van Bea: de opvang in paragraaf 5.3 moet ruimer.\n--b1\n\
         Content-Type: message/rfc822\n\n{}\n--b1--\n",
        second.replace("Subject:", "MIME-Version: 1.0\nSubject:")
    );
    for mail in [reply, attached] {
        let d = extract_eml("m.eml", mail.as_bytes()).unwrap();
        assert!(
            !d.warnings.iter().any(|w| w.contains("e-mail messages")),
            "{:?}",
            d.warnings
        );
    }
}
