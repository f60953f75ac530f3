use super::*;

fn numbers(t: &str) -> Vec<String> {
    find(t).sections.into_iter().map(|r| r.number).collect()
}

#[test]
fn forms() {
    assert_eq!(numbers("paragraaf 5.1"), ["5.1"]);
    assert_eq!(numbers("§5.1 en § 6"), ["5.1", "6"]);
    assert_eq!(numbers("Par. 3.2.1"), ["3.2.1"]);
    assert_eq!(numbers("hoofdstuk 6"), ["6"]);
    assert_eq!(numbers("Bijlage 2"), ["Bijlage 2"]);
    assert_eq!(numbers("bijlagen 1 en 3"), ["Bijlage 1", "Bijlage 3"]);
    assert_eq!(numbers("paragrafen 5.1 t/m 5.3"), ["5.1", "5.2", "5.3"]);
    assert_eq!(numbers("hoofdstukken 3 en 4"), ["3", "4"]);
    assert_eq!(numbers("onderdeel B"), ["B"]);
    // Chapters in roman numerals, named as written.
    assert_eq!(numbers("In hoofdstuk II staat"), ["II"]);
    assert_eq!(numbers("hoofdstukken II t/m IV"), ["II", "III", "IV"]);
    assert!(find("hoofdstukken II t/m IV").sections[0].broad);
    assert_eq!(numbers("Hfdst. IX en X"), ["IX", "X"]);
    // QA27: their sections, written with the chapter's numeral.
    assert_eq!(numbers("In paragraaf II.2 staat"), ["II.2"]);
    assert_eq!(numbers("§ III.1 t/m III.3"), ["III.1", "III.2", "III.3"]);
    assert_eq!(numbers("hoofdstuk II.2.1"), ["II.2.1"]);
    assert!(!find("paragraaf II.2").sections[0].bare);
    assert!(numbers("paragraaf IIII.2").is_empty());
    assert_eq!(numbers("zie 5.2 hierover"), ["5.2"]);
    assert!(find("zie 5.2").sections[0].bare);
    // QA24 (seen): the short form letters use for a chapter.
    assert_eq!(numbers("In H6 staat"), ["6"]);
    assert_eq!(numbers("zie H6.2 en H7"), ["6.2", "7"]);
    assert_eq!(numbers("H3-5"), ["3", "4", "5"]);
    assert!(!find("In H6 staat").sections[0].bare);
    for word in ["H2O", "het H1N1-virus", "h6", "PH7", "HH6"] {
        assert!(numbers(word).is_empty(), "{word}");
    }
}

#[test]
fn not_references() {
    assert!(numbers("een stijging van 2.5% en € 1.4 miljoen").is_empty());
    assert!(numbers("op 14.10.2026 om 10.30 uur").is_empty());
    assert!(numbers("1.000 meldingen").is_empty());
    assert!(numbers("hoofdstuk over geld").is_empty());
    // No roman numeral: a word, lower case, a wrong form, no chapter.
    assert_eq!(
        numbers("hoofdstuk ii en hoofdstuk IIII, Bijlage IV"),
        ["Bijlage IV"]
    );
    assert!(numbers("Zie Willem III en paragraaf I").is_empty());
}

#[test]
fn pages() {
    let p = find("zie pag. 13, p. 14-15 en blz.2 en pagina 20 t/m 21").pages;
    let spans: Vec<_> = p.iter().map(|p| (p.from, p.to)).collect();
    assert_eq!(spans, [(13, 13), (14, 15), (2, 2), (20, 21)]);
}

#[test]
fn page_ranges_in_every_form() {
    for (text, written) in [
        ("Op pag. 7-8 is het onduidelijk.", "pag. 7-8"),
        ("Op p. 7-8 is het onduidelijk.", "p. 7-8"),
        ("Op p. 7–8 is het onduidelijk.", "p. 7–8"),
        ("Op pagina's 7 en 8 is het onduidelijk.", "pagina's 7 en 8"),
        ("Op pagina’s 7 en 8 is het onduidelijk.", "pagina’s 7 en 8"),
        ("Op blz. 7 t/m 8 is het onduidelijk.", "blz. 7 t/m 8"),
        ("Op pp. 7-8 is het onduidelijk.", "pp. 7-8"),
    ] {
        let p = find(text).pages;
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert_eq!((p[0].from, p[0].to), (7, 8), "{text}");
        assert_eq!(p[0].written, written, "{text}");
        assert!(find(text).sections.is_empty(), "{text}");
    }
}

/// QA27: the other usual abbreviations of `hoofdstuk` (`hfst.`, the
/// dictionary's, `hoofdst.`, `hst.`) and of `pagina` (`pg.`) are
/// references as `hfdst.` and `pag.` are; without their full stop the
/// rarer ones are words (`HST`, a train; `PG`, a prosecutor).
#[test]
fn every_usual_abbreviation_of_chapter_and_page() {
    for text in [
        "In hfst. 4 is het vaag.",
        "In hfst 4 is het vaag.",
        "In Hoofdst. 4 ontbreekt het.",
        "In hst. 4 staat het niet.",
    ] {
        assert_eq!(numbers(text), ["4"], "{text}");
        assert!(!find(text).sections[0].bare, "{text}");
    }
    assert_eq!(numbers("hfst. II en III"), ["II", "III"]);
    assert_eq!(numbers("hst. 4.2"), ["4.2"]);
    let p = find("Over pg. 6: te vaag; ook pg. 7-8.").pages;
    let spans: Vec<_> = p.iter().map(|p| (p.from, p.to)).collect();
    assert_eq!(spans, [(6, 6), (7, 8)]);
    assert_eq!(p[0].written, "pg. 6");
    // A law's chapter stays the law's; the words without their stop
    // stay words.
    assert!(numbers("Zie hfst. 4 van de Awb.").is_empty());
    assert!(numbers("De HST 4 rijdt, de PG 6 meldt het.").is_empty());
    assert!(find("De PG 6 meldt het, het pgb 4 keer.").pages.is_empty());
}

/// QA48: a page counted in the PDF viewer says so after its number (`van
/// de pdf`, `in het pdf-bestand`, `van de PDF-versie`); a page number
/// followed by other words counts the printed pages.
#[test]
fn pages_of_the_pdf() {
    for text in [
        "Op pagina 9 van de pdf staat het.",
        "Op p. 9 in het pdf-bestand staat het.",
        "Zie blz. 9 van de PDF-versie.",
        "Op pag. 9 uit deze pdf lees ik het.",
    ] {
        let p = find(text).pages;
        assert!(p.len() == 1 && p[0].viewer, "{text}: {p:?}");
    }
    for text in [
        "Op pagina 9 van de visie staat het.",
        "Op pagina 9 staat het, de pdf stuur ik mee.",
        "Op pagina 9 van de pdfjes staat het.",
    ] {
        let p = find(text).pages;
        assert!(p.len() == 1 && !p[0].viewer, "{text}: {p:?}");
    }
}

/// QA24: the parts of a law (`artikel 2.1 van de Jeugdwet`) are no
/// references to the draft's sections; a draft's own parts still are.
#[test]
fn a_laws_articles_are_no_references() {
    for text in [
        "Artikel 2.1 van de Jeugdwet vraagt om een zorgvuldige afweging.",
        "Zie art. 2.2 Wet verplichte meldcode: de meldcode is ook verplicht.",
        "Volgens artikel 2.1.3 van de Wmo 2015 moet dat.",
        "Artikel 4.1, lid 2 van de Jeugdwet en artikelen 2.3 en 2.4 Wmo 2015.",
        "Zie hoofdstuk 4 van de Awb en art. 7:658 BW.",
        "Artikel 3.2 uit het Besluit Jeugdwet geldt hier.",
    ] {
        assert!(numbers(text).is_empty(), "{text}: {:?}", numbers(text));
    }
    // Without a law named, or with the draft's own part beside it.
    assert_eq!(numbers("In paragraaf 2.1 staat het niet."), ["2.1"]);
    assert_eq!(
        numbers("Paragraaf 3 noemt artikel 2.1 van de Jeugdwet niet, zie ook 2.2."),
        ["3", "2.2"]
    );
    assert_eq!(numbers("Artikel 2.1 is onduidelijk."), ["2.1"]);
    assert_eq!(numbers("Paragraaf 3 van de Wmo-regiovisie."), ["3"]);
}

/// Every narrowed regex of this module.
fn narrowed() -> Vec<&'static StaticRegex> {
    vec![
        section_re(),
        chapter_short_re(),
        roman_re(),
        roman_item_re(),
        roman_section_re(),
        roman_section_item_re(),
        appendix_re(),
        page_re(),
        pdf_after_re(),
        bare_re(),
        law_part_re(),
        item_re(),
        appendix_item_re(),
        chapter_paragraph_re(),
        paragraph_of_chapter_re(),
    ]
}

#[test]
fn narrowed_patterns_match_as_the_whole_patterns_do() {
    use crate::text::narrow_check::{assert_same_matches, letter_corpus, units};
    // What linking searches: the responses' comments (paragraphs and
    // sentences of their texts), accented, upper- and lower-cased, and
    // texts with every kind of reference.
    let mut texts = letter_corpus();
    assert!(texts.len() > 100, "{}", texts.len());
    texts.extend(
        [
            "Zie paragraaf 5.1, § 6 en §§ 2.3 t/m 2.5; hfdst. 4 of h. 7; onderdelen A en C.",
            "In H6, H6.2 en H7 staat het; H2O en H1N1 niet.",
            "In hoofdstuk II staat het, ook in hoofdstukken II t/m IV en hfdst. IX of X.",
            "In paragraaf II.2 staat het, ook in §§ III.1 t/m III.3 en hoofdstuk IV.2.1.",
            "Bijlage 1, bijlagen 2 en 3, bijlage B, bijlage IV, bijl. 2, Bijl.3, bijlagen II en III.",
            "Op pag. 13, p. 13-14, blz. 7 tot en met 9, pagina's 3 en 4, pp. 20–22, pg. 6.",
            "In hfst. 4, hoofdst. 5 en hst. 6; hfst. IV, Hst. II.",
            "Punt 5.2 en 3.1.4, niet 12.5 procent of 10.30 uur.",
            "Artikel 2.1 van de Jeugdwet, art. 2.2 Wet verplichte meldcode, artikel 2.1.3, lid 2 van de Wmo 2015, hoofdstuk 4 van de Awb, artt. 7:400 en 7:401 BW.",
            "paragrafen 5.1 t/m 5.3 en hoofdstukken 3 en 4 (sectie 2, subparagraaf 1.2)",
            "In hoofdstuk 5, paragraaf 2, in paragraaf 4 van hoofdstuk 6 en in H6 par. 4 mist het.",
            "van de pdf: op pagina 14 van de PDF, p. 3 in het pdf-bestand, blz. 2 uit deze pdf.",
        ]
        .iter()
        .map(|t| t.to_string()),
    );
    let units = units(&texts);
    let res = narrowed();
    let code = include_str!("../refs.rs");
    let (code, _) = code.split_at(code.find("#[cfg(test)]").unwrap());
    let defined = code.matches("StaticRegex::built_narrowed(").count()
        + code.matches("StaticRegex::narrowed(").count();
    assert_eq!(
        defined,
        res.len(),
        "add the new narrowed regex to narrowed()"
    );
    let counts = assert_same_matches(&res, &units);
    for (re, (compared, found)) in res.iter().zip(counts) {
        assert!(compared > 10_000, "{compared} {}", re.get().as_str());
        assert!(found > 0, "no match of {}", re.get().as_str());
    }
    // Text of other characters gets the whole pattern, and finds what it
    // finds in narrow text.
    let text = "Zie § 5.1 en hoofdstuk ٣ — Дмитрий";
    assert!(!crate::text::is_narrow_text(text));
    assert!(std::ptr::eq(
        section_re().for_text(text),
        section_re().get()
    ));
    assert_eq!(numbers(text), ["5.1", "٣"]);
}

/// QA29: a letter written in English refers to the draft in English;
/// `Appendix 2`, `Chapter 4`, `page 3` found nothing.
#[test]
fn english_references() {
    assert_eq!(numbers("Appendix 2 lacks the figures."), ["Bijlage 2"]);
    assert_eq!(
        numbers("annex B and appendices 1 and 3"),
        ["Bijlage B", "Bijlage 1", "Bijlage 3"]
    );
    assert_eq!(numbers("Chapter 4 does not mention it."), ["4"]);
    assert_eq!(numbers("chapters 2 to 4"), ["2", "3", "4"]);
    assert_eq!(numbers("In chapter III"), ["III"]);
    assert_eq!(numbers("Sections 3.1 and 3.2"), ["3.1", "3.2"]);
    assert_eq!(numbers("paragraph 2.3"), ["2.3"]);
    let r = find("Section 4.1 should mention it.");
    assert_eq!(r.sections[0].number, "4.1");
    assert!(!r.sections[0].bare, "{r:?}");
    assert_eq!(r.sections[0].written, "Section 4.1");
    for (text, span, written) in [
        ("as stated on page 3", (3, 3), "page 3"),
        ("On pages 10-11 the plan", (10, 11), "pages 10-11"),
        ("on pages 10 to 11", (10, 11), "pages 10 to 11"),
        ("pp. 4 and 5", (4, 5), "pp. 4 and 5"),
    ] {
        let p = find(text).pages;
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert_eq!((p[0].from, p[0].to), span, "{text}");
        assert_eq!(p[0].written, written, "{text}");
    }
    // A law's parts in English are the law's.
    assert!(numbers("Article 2.1 of the Youth Act applies.").is_empty());
    assert!(numbers("section 4 of the Social Support Act").is_empty());
    assert!(numbers("section 2.3 of the Wmo").is_empty());
    // No number, no reference.
    assert!(numbers("the chapter on finance and the appendix").is_empty());
}

/// QA31c: a paragraph numbered within a chapter named with it is that
/// chapter's section, not two chapters.
#[test]
fn a_paragraph_of_a_named_chapter_is_its_section() {
    assert_eq!(numbers("In hoofdstuk 5, paragraaf 2 mist"), ["5.2"]);
    assert_eq!(numbers("In paragraaf 4 van hoofdstuk 6 mist"), ["6.4"]);
    assert_eq!(numbers("In H6 par. 4 mist"), ["6.4"]);
    assert_eq!(numbers("hoofdstuk 5 paragraaf 5.3"), ["5.3"]);
    assert!(!find("hoofdstuk 5, paragraaf 2").sections[0].bare);
    // A paragraph of another chapter: two references.
    assert_eq!(numbers("hoofdstuk 5, paragraaf 6.1"), ["5", "6.1"]);
    // A law's chapter is none of the draft's.
    assert!(!numbers("paragraaf 4 van hoofdstuk 6 van de Jeugdwet").contains(&"6.4".to_string()));
}

#[test]
fn a_part_of_the_writers_own_document_is_no_reference() {
    for own in [
        "De wachttijden per gemeente staan in bijlage 2 bij dit advies.",
        "Zie bijlage 1 van ons rapport.",
        "Hoofdstuk 3 van deze brief gaat over de opvang.",
        "De cijfers staan in onze bijlage 2.",
    ] {
        assert!(find(own).sections.is_empty(), "{own}");
    }
    // The draft's own annex and chapter stay references.
    let draft = find("In bijlage 2 van de regiovisie ontbreekt de huisarts; hoofdstuk 3 van dit document is vaag.");
    let nums: Vec<&str> = draft.sections.iter().map(|r| r.number.as_str()).collect();
    assert_eq!(nums, ["3", "Bijlage 2"]);
}

/// QA42: a chapter counted in words (`in het vijfde hoofdstuk`) is the
/// chapter with that number, as `hoofdstuk 5` is.
#[test]
fn a_chapter_counted_in_words_is_its_number() {
    assert_eq!(
        numbers("In het vierde hoofdstuk ontbreekt de fietsenstalling bij het station."),
        ["4"]
    );
    assert_eq!(numbers("Het Twaalfde hoofdstuk is te vaag."), ["12"]);
    assert!(!find("het eerste hoofdstuk").sections[0].bare);
    // No ordinal, another word after it, the writer's own or a law's
    // chapter: no reference.
    for text in [
        "het laatste hoofdstuk over de haven",
        "de eerste hoofdstukken lezen prettig",
        "het tweede hoofdpunt van onze zorg",
        "het derde hoofdstuk van deze brief",
        "het vijfde hoofdstuk van de Omgevingswet",
    ] {
        assert!(numbers(text).is_empty(), "{text}");
    }
}
