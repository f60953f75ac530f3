//! E-mails (`.eml`) as mail programs save them, through the real binary:
//! multipart messages from Outlook and Gmail, an HTML-only one and one
//! that only covers an attached PDF (QA: all were refused as `HTML or
//! multi-part message`).

use std::fs;

mod common;

use common::{assert_success, comments_json, inspraak, temp_inbox};

const DRAFT: &str = "# Visie Wijkzorg\n\n# 1 Inleiding\n\n## 1.1 Aanleiding\n\n\
                     De wijk wil eenzaamheid onder ouderen eerder signaleren.\n\n# 2 Aanpak\n\n\
                     ## 2.1 Buurthuis\n\nHet buurthuis krijgt een inloop voor ouderen en jongeren.\n";

/// Outlook: mixed, with alternatives (plain quoted-printable Windows-1252,
/// HTML) and a PDF; a reply with the earlier message below
/// `-----Oorspronkelijk bericht-----`.
const OUTLOOK: &str = "From: =?iso-8859-1?Q?Pi=EBtersen=2C_Sanne?= <s.pietersen@example.nl>\r\n\
    To: <wijkzorg@example.nl>\r\nSubject: RE: uw reactie\r\nDate: Wed, 4 Nov 2026 10:00:00 +0100\r\n\
    MIME-Version: 1.0\r\nContent-Type: multipart/mixed;\r\n\tboundary=\"----=_NextPart_000_0001_01DB2E1F.1A2B3C40\"\r\n\r\n\
    This is a multipart message in MIME format.\r\n\r\n\
    ------=_NextPart_000_0001_01DB2E1F.1A2B3C40\r\n\
    Content-Type: multipart/alternative;\r\n\tboundary=\"----=_NextPart_001_0002_01DB2E1F.1A2B3C40\"\r\n\r\n\r\n\
    ------=_NextPart_001_0002_01DB2E1F.1A2B3C40\r\n\
    Content-Type: text/plain;\r\n\tcharset=\"windows-1252\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
    Beste mensen,\r\n\r\nDe inloop in het buurthuis moet ook op zondag open zijn voor ouderen, =\r\n\
    want dan is het caf=E9 dicht en zitten zij alleen thuis.\r\n\r\nGroet,\r\nSanne\r\n\r\n\
    -----Oorspronkelijk bericht-----\r\nVan: Wijkzorg <wijkzorg@example.nl>\r\n\
    Verzonden: dinsdag 3 november 2026 09:00\r\nAan: Sanne <s.pietersen@example.nl>\r\n\
    Onderwerp: uw reactie\r\n\r\nKunt u uitleggen welke inloop u bedoelt?\r\n\r\n\
    ------=_NextPart_001_0002_01DB2E1F.1A2B3C40\r\n\
    Content-Type: text/html;\r\n\tcharset=\"windows-1252\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
    <html><body><p class=3DMsoNormal>HTML-versie<o:p></o:p></p></body></html>\r\n\r\n\
    ------=_NextPart_001_0002_01DB2E1F.1A2B3C40--\r\n\r\n\
    ------=_NextPart_000_0001_01DB2E1F.1A2B3C40\r\n\
    Content-Type: application/pdf;\r\n\tname=\"foto-buurthuis.pdf\"\r\n\
    Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\r\n\tfilename=\"foto-buurthuis.pdf\"\r\n\r\n\
    JVBERi0xLjQKJcfsj6IK\r\n\r\n------=_NextPart_000_0001_01DB2E1F.1A2B3C40--\r\n";

/// Gmail: alternatives, the plain one unencoded, a reply quoted below
/// `Op ... schreef ...:`.
const GMAIL: &str = "MIME-Version: 1.0\nFrom: Bram Vos <bram.vos@example.com>\n\
    Date: Thu, 5 Nov 2026 21:14:03 +0100\nSubject: Re: Visie wijkzorg\nTo: wijkzorg@example.nl\n\
    Content-Type: multipart/alternative; boundary=\"0000000000001a2b3c0631d4e5f6\"\n\n\
    --0000000000001a2b3c0631d4e5f6\nContent-Type: text/plain; charset=\"UTF-8\"\n\n\
    Beste werkgroep,\n\nIk mis in paragraaf 1.1 hoe de huisarts eenzaamheid bij ouderen signaleert.\n\n\
    Met vriendelijke groet,\nBram Vos\n\n\
    Op di 3 nov 2026 om 09:00 schreef Wijkzorg <wijkzorg@example.nl>:\n\n\
    > Kunt u uitleggen welke inloop u bedoelt?\n>\n\n\
    --0000000000001a2b3c0631d4e5f6\nContent-Type: text/html; charset=\"UTF-8\"\n\
    Content-Transfer-Encoding: quoted-printable\n\n<div dir=3D\"ltr\">HTML-versie</div>\n\n\
    --0000000000001a2b3c0631d4e5f6--\n";

/// HTML only (a web mailer's).
const HTML_ONLY: &str = "From: Karin Visser <karin@example.org>\nSubject: Inspraak\n\
    Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n\
    PGh0bWw+PGJvZHk+PHA+R2VhY2h0ZSB3ZXJrZ3JvZXAsPC9wPjxwPkRlIGlubG9vcCB2b29yIGpv\n\
    bmdlcmVuIGluIGhldCBidXVydGh1aXMgbW9ldCBvb2sgJmVhY3V0ZTtuIGF2b25kIGluIGRlIHdl\n\
    ZWsgbGFuZ2VyIG9wZW4gYmxpanZlbi48L3A+PHA+TWV0IHZyaWVuZGVsaWprZSBncm9ldCw8YnI+\n\
    S2FyaW4gVmlzc2VyPC9wPjwvYm9keT48L2h0bWw+\n";

/// Only `zie bijlage` and a PDF.
const COVER_NOTE: &str = "From: Jan de Vries <jan@example.org>\nSubject: Zienswijze\n\
    Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n\
    Content-Type: text/plain; charset=utf-8\n\nZie bijlage.\n\nGroet,\nJan\n--b1\n\
    Content-Type: application/octet-stream; name=\"zienswijze de Vries.pdf\"\n\
    Content-Disposition: attachment; filename=\"zienswijze de Vries.pdf\"\n\
    Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1--\n";

/// The `field` (`text`, `id`) of each comment of response `file` in
/// `inspraak comments --json`'s responses.
fn comment_fields(responses: &serde_json::Value, file: &str, field: &str) -> Vec<String> {
    let r = responses
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == file)
        .unwrap_or_else(|| panic!("no {file}: {responses:#}"));
    r["comments"]
        .as_array()
        .map(|c| {
            c.iter()
                .map(|c| c[field].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn emails_as_mail_programs_save_them_are_read() {
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        ("responses/outlook.eml", OUTLOOK),
        ("responses/gmail.eml", GMAIL),
        ("responses/html.eml", HTML_ONLY),
        ("responses/bijlage.eml", COVER_NOTE),
    ]);
    let out = inspraak(tmp.path())
        .args(["run", "--inbox", "inbox", "--out", "out", "--no-cache"])
        .output()
        .unwrap();
    assert_success(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let responses = comments_json(&tmp.path().join("inbox"));
    let comments = |file: &str| comment_fields(&responses, file, "text");
    let outlook = comments("outlook.eml");
    assert_eq!(outlook.len(), 1, "{outlook:#?}");
    assert!(outlook[0].contains("op zondag open") && outlook[0].contains("café"));
    let gmail = comments("gmail.eml");
    assert_eq!(gmail.len(), 1, "{gmail:#?}");
    assert!(gmail[0].contains("huisarts"), "{gmail:#?}");
    let html = comments("html.eml");
    assert_eq!(html.len(), 1, "{html:#?}");
    assert!(html[0].contains("ook én avond"), "{html:#?}");
    for text in [&outlook, &gmail, &html].into_iter().flatten() {
        assert!(
            !text.contains("uitleggen") && !text.contains("HTML-versie"),
            "{text}"
        );
    }
    // The sender from the encoded `From:`, surname first.
    let letters: Vec<String> = fs::read_dir(tmp.path().join("out/letters"))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(
        letters.iter().any(|l| l.contains("Sanne Piëtersen")),
        "{letters:#?}"
    );
    // The cover note: what to do with its attachment.
    assert!(
        stderr.contains("bijlage.eml")
            && stderr.contains("`zienswijze de Vries.pdf`")
            && stderr.contains("inbox/responses/"),
        "{stderr}"
    );
}

/// QA: one organisation's letter arrived by e-mail (`.eml`) and by post
/// (`.txt`) with the same text, yet its points got other ids: the e-mail's
/// `From:`, `Date:` and `Subject:` lines counted as the letter's text. It
/// was grouped as a campaign without a word, counted twice and answered
/// with two letters. The same letter in both is one submission: the same
/// ids, and `run` and `check` name both files.
#[test]
fn the_same_letter_by_email_and_by_post_gets_the_same_ids_and_both_files_are_named() {
    let letter = "Oudewaard, 14 oktober 2026\n\nGeachte werkgroep,\n\n1. Wij vragen om \
                  ouderen te betrekken bij de inloop in paragraaf 2.1, bijvoorbeeld via \
                  buurtavonden.\n2. De wijk moet eenzaamheid ook bij jongeren signaleren.\n\n\
                  Met vriendelijke groet,\n\nStichting Buurtkracht\n";
    let mail = format!(
        "From: Stichting Buurtkracht <info@bk.example.nl>\nTo: wijkzorg@example.nl\n\
         Subject: Reactie\nDate: Wed, 14 Oct 2026 10:00:00 +0200\n\
         Content-Type: text/plain; charset=utf-8\n\n{letter}"
    );
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        ("responses/a-post.txt", letter),
        ("responses/b-mail.eml", &mail),
    ]);
    let out = inspraak(tmp.path()).args(["run"]).output().unwrap();
    assert_success(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "a-post.txt and b-mail.eml hold the same text from the same sender (Stichting \
             Buurtkracht)"
        ),
        "{stderr}"
    );
    let responses = comments_json(&tmp.path().join("inbox"));
    let ids = |file: &str| comment_fields(&responses, file, "id");
    let by_post = ids("a-post.txt");
    assert_eq!(by_post.len(), 2, "{responses:#}");
    assert_eq!(by_post, ids("b-mail.eml"));
    let out = inspraak(tmp.path()).args(["check"]).output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("a-post.txt") && said.contains("b-mail.eml"),
        "{said}"
    );
}

/// QA: a neighbourhood team forwarded a client's e-mail and added a point
/// of its own. The team stays the sender, but the client's text was then
/// scrubbed as an organisation's: his daughter's and his neighbour's
/// names were published in the memo and `consultation.json`. A private
/// person's words stay a private person's, whoever passes them on; the
/// forwarded writer's own name goes too.
#[test]
fn a_residents_message_forwarded_by_an_organisation_is_scrubbed_as_a_residents() {
    let mail = "From: Wijkteam Noord <info@wijkteamnoord.nl>\nTo: wijkzorg@example.nl\n\
        Subject: FW: zienswijze\nDate: Thu, 15 Oct 2026 08:00:00 +0200\n\
        Content-Type: text/plain; charset=utf-8\n\nBeste werkgroep,\n\n\
        Wij sturen deze reactie van een cliënt door; wij delen zijn zorgen en voegen toe dat \
        ook de inloop in paragraaf 2.1 te kort open is. Henk de Boer komt er elke week.\n\n\
        Met vriendelijke groet,\nWijkteam Noord\n\n\
        ---------- Forwarded message ---------\nFrom: Henk de Boer <henk@example.nl>\n\
        Date: Wed, 14 Oct 2026 at 22:10\nSubject: zienswijze\n\nGeachte heer, mevrouw,\n\n\
        Het buurthuis in paragraaf 2.1 is onvoldoende. Mijn dochter Sanne wacht al een jaar \
        op hulp en mijn buurman Kees Brouwer ook; hier in de Lindelaan is niets.\n\n\
        Met vriendelijke groet,\nHenk de Boer\nLindelaan 7\n2313 BC Leiden\n";
    let tmp = temp_inbox(&[
        ("drafts/01-concept.md", DRAFT),
        ("responses/fw-wijkteam.eml", mail),
    ]);
    let out = inspraak(tmp.path())
        .args(["run", "--inbox", "inbox", "--out", "out", "--no-cache"])
        .output()
        .unwrap();
    assert_success(&out);
    let memo = fs::read_to_string(tmp.path().join("out/nota-van-beantwoording.md")).unwrap();
    let json = fs::read_to_string(tmp.path().join("out/consultation.json")).unwrap();
    for public in [&memo, &json] {
        assert!(public.contains("Wijkteam Noord"), "{public}");
        assert!(
            public.contains("Mijn dochter") && public.contains("naam"),
            "{public}"
        );
        // Names, and the writer's street (their address).
        for name in ["Sanne", "Brouwer", "Henk", "de Boer", "Lindelaan"] {
            assert!(!public.contains(name), "{name}: {public}");
        }
    }
}
