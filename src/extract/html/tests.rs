use super::*;

#[test]
fn paragraphs_lines_and_lists() {
    let html = "<html><head><title>x</title><style>p {margin:0}</style></head>\
                    <body><h1>Reactie</h1><p>Beste   werkgroep,</p>\
                    <p>Ik vind dat<br>het anders moet:</p><ul><li>meer geld</li><li>minder regels</li></ul>\
                    <ol><li>een</li><li>twee</li></ol>\
                    <script>alert('<p>no</p>')</script><p>Groet,<br>Joost</p></body></html>";
    assert_eq!(
        html_to_text(html),
        "Reactie\n\nBeste werkgroep,\n\nIk vind dat\nhet anders moet:\n\n- meer geld\n\
             - minder regels\n\n1. een\n2. twee\n\nGroet,\nJoost"
    );
}

#[test]
fn entities() {
    assert_eq!(
        html_to_text(
            "<p>caf&eacute; &amp; caf&#233; &#xE9;&nbsp;&euro;&#128; 3 &lt; 4 &unknown; &amp</p>"
        ),
        "café & café é €€ 3 < 4 &unknown; &amp"
    );
}

#[test]
fn outlook_and_gmail_lines() {
    // Outlook: a paragraph per typed line, `&nbsp;` for an empty one.
    let outlook = "<html><head><!--[if gte mso 9]><xml><o:OfficeDocumentSettings>\
                       </o:OfficeDocumentSettings></xml><![endif]--></head><body lang=NL>\
                       <div class=WordSection1><p class=MsoNormal>Beste werkgroep,<o:p></o:p></p>\
                       <p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Het moet \
                       anders.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>\
                       <p class=MsoNormal>Groet,<o:p></o:p></p><p class=MsoNormal>Bram<o:p></o:p></p>\
                       </div></body></html>";
    assert_eq!(
        html_to_text(outlook),
        "Beste werkgroep,\n\nHet moet anders.\n\nGroet,\nBram"
    );
    // Gmail: a `<div>` per line, `<div><br></div>` for an empty one.
    let gmail = "<div dir=\"ltr\">Beste werkgroep,<div><br></div><div>Het moet anders.</div>\
                     <div><br></div><div>Groet,</div><div>Bram</div></div>";
    assert_eq!(
        html_to_text(gmail),
        "Beste werkgroep,\n\nHet moet anders.\n\nGroet,\nBram"
    );
}

#[test]
fn broken_html_ends() {
    for html in [
        "<p",
        "<p class=\"x>tekst",
        "<!-- open",
        "&#99999999;",
        "<head>tekst",
        "<",
        "&",
    ] {
        let _ = html_to_text(html);
    }
    assert_eq!(html_to_text("<head><title>t</title><body>tekst"), "tekst");
    assert_eq!(html_to_text("a <b>vet</b> woord"), "a vet woord");
}

#[test]
fn list_numbers_from_start_and_type() {
    // A list continued after a paragraph counts on from `start`.
    let html = "<ol><li>een</li><li>twee</li></ol><p>Toelichting.</p>\
                <ol start=\"3\"><li>drie</li></ol>";
    assert_eq!(
        html_to_text(html),
        "1. een\n2. twee\n\nToelichting.\n\n3. drie"
    );
    assert_eq!(
        html_to_text("<ol type=a><li>x</li><li>y</li></ol><ol TYPE='I' start=4><li>z</li></ol>"),
        "a. x\nb. y\n\nIV. z"
    );
    // `value` sets an item's number; an attribute named like another
    // (`data-start`) is not read; a start that is not a number is 1.
    assert_eq!(
        html_to_text("<ol data-start=\"7\"><li>x</li><li value=\"5\">y</li><li>z</li></ol>"),
        "1. x\n5. y\n6. z"
    );
    assert_eq!(html_to_text("<ol start=\"drie\"><li>x</li></ol>"), "1. x");
    assert_eq!(list_label(27, 'a'), "aa");
    assert_eq!(list_label(1999, 'i'), "mcmxcix");
}

#[test]
fn list_item_number_on_its_first_block() {
    // Webmail writes an item's text in a block of its own: the number is
    // on the text's line, not on a line alone before it.
    let html = "<ol><li><div>De wachtlijst is te lang.</div></li>\
                <li><p>De meldcode moet beter.</p></li></ol><p>Groet</p>";
    assert_eq!(
        html_to_text(html),
        "1. De wachtlijst is te lang.\n2. De meldcode moet beter.\n\nGroet"
    );
    // An empty item leaves no number at the next paragraph; an item that
    // opens with a list of its own shows its number alone.
    assert_eq!(html_to_text("<ul><li></li></ul><p>tekst</p>"), "tekst");
    assert_eq!(
        html_to_text("<ol><li><ul><li>a</li></ul></li></ol>"),
        "1.\n  - a"
    );
}

#[test]
fn nested_lists_are_indented_and_table_rows_keep_their_cells_apart() {
    assert_eq!(
        html_to_text(
            "<ul><li>Betrek de sportclubs;<ul><li>met een training;</li><li>met een folder.</li></ul></li>\
             <li>Betrek de kerken.</li></ul>"
        ),
        "- Betrek de sportclubs;\n\n  - met een training;\n  - met een folder.\n\n- Betrek de kerken."
    );
    assert_eq!(
        html_to_text(
            "<p>Meldingen:</p><table><tr><th>Jaar</th><th>Meldingen</th></tr>\
             <tr><td>2024</td><td> 41 </td></tr></table><table><tr><td>Alleen een cel</td></tr></table>"
        ),
        "Meldingen:\n\n| Jaar | Meldingen |\n| 2024 | 41 |\n\nAlleen een cel"
    );
}

#[test]
fn text_a_mail_program_hides_is_left_out() {
    let html = "<p>Zichtbaar punt.</p>\
        <div style=\"display: none\">Verborgen <div>ook dit</div> en dit.</div>\
        <p hidden>Ook verborgen.</p>\
        <span style=\"VISIBILITY:hidden\">weg</span>\
        <p style=\"mso-hide:all\">Outlook verbergt dit.</p>\
        <img hidden src=x><p>Weer zichtbaar.</p>";
    assert_eq!(html_to_text(html), "Zichtbaar punt.\n\nWeer zichtbaar.");
}

#[test]
fn deeply_nested_lists_stay_linear_in_size() {
    let depth = 20_000;
    let html = format!(
        "{}x{}",
        "<ul><li>".repeat(depth),
        "</li></ul>".repeat(depth)
    );
    let text = html_to_text(&html);
    // Indented at most MAX_INDENT levels: the text grows with the depth,
    // not with its square.
    assert!(text.len() < depth * (2 * MAX_INDENT + 8), "{}", text.len());
    assert!(text.ends_with("- x"), "{}", &text[text.len() - 40..]);
}
