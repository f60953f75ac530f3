//! Explicit references in a comment: sections (`paragraaf 5.1`, `§ 5.1`,
//! `hoofdstuk 6`, `bijlage 1`, bare `5.2`) and pages (`pag. 13`,
//! `p. 13-14`).

/// A reference to a section number as written.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionRef {
    /// Normalised number: `5.1`, `6`, `Bijlage 1`, `B`.
    pub number: String,
    /// The reference as written in the comment (`paragraaf 5.1`).
    pub written: String,
    /// A number without a word before it (`5.2`): weaker evidence.
    pub bare: bool,
    /// Part of a range or list of three or more (`hoofdstuk 4 t/m 6`):
    /// broad, so weaker evidence for each.
    pub broad: bool,
}

/// A reference to pages `from..=to`.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRef {
    pub from: u32,
    pub to: u32,
    pub written: String,
    /// The number counts the sheets of a PDF as its viewer does (`pagina
    /// 14 van de pdf`, `p. 14 in het pdf-bestand`, `pagina 11 van de
    /// pdf-versie`), not the numbers printed on the pages.
    pub viewer: bool,
}

/// Every reference in a text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Refs {
    pub sections: Vec<SectionRef>,
    pub pages: Vec<PageRef>,
}

use crate::text::StaticRegex;
use crate::text::{roman_numeral, roman_value};

const NUM: &str = r"\d{1,2}(?:\.\d{1,2}){0,3}";

/// The English words for a part of a text before its number (`Chapter 4`,
/// `Section 4.1`, `paragraph 2.3`), read beside the Dutch ones: a letter
/// written in English refers to the draft so.
const ENGLISH_SECTION: &str = r"chapters?|ch\.|sections?|sec\.|subsections?|paragraphs?|para\.";

/// English words joining numbers in a list or range (`sections 3 and 4`,
/// `chapters 2 to 4`).
const ENGLISH_AND: &str = r"\b(?i:and|or|to|through)\b";

fn section_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?:\b(?i:hoofdstuk(?:ken)?|hfdst\.?|hfst\.?|hoofdst\.|hst\.|h\.|paragra(?:af|fen)|par\.|sectie(?:s)?|onderde(?:el|len)|subparagraaf|deelparagraaf|{ENGLISH_SECTION})|§§?)\s*({NUM}|[A-H]\b)((?:\s*(?:,|\ben\b|\bof\b|\bt/m\b|\btot en met\b|{ENGLISH_AND}|-|–)\s*(?:{NUM}|[A-H]\b))*)"
        )
    });
    &R
}

/// `H6`, `H6.2`, `H6 en H7`: a chapter in the short form letters use
/// (a capital `H` right before the number; `H2O`, `H1N1` are words).
fn chapter_short_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(r"\bH({NUM})\b((?:\s*(?:,|\ben\b|\bof\b|\bt/m\b|\btot en met\b|-|–)\s*H?{NUM}\b)*)")
    });
    &R
}

/// `hoofdstuk III`, `hoofdstukken II en IV`: chapters numbered in roman
/// numerals (capitals, after the word for a chapter only: `paragraaf I`
/// may be English).
fn roman_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"\b(?i:hoofdstuk(?:ken)?|hfdst\.?|hfst\.?|hoofdst\.|hst\.|chapters?)\s*([IVX]{{1,7}})\b((?:\s*(?:,|\ben\b|\bof\b|\bt/m\b|\btot en met\b|{ENGLISH_AND}|-|–)\s*[IVX]{{1,7}}\b)*)"
        )
    });
    &R
}

/// `paragraaf II.2`, `§ III.1 en III.2`: sections of chapters in roman
/// numerals written with their chapter's numeral (capitals).
fn roman_section_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?:\b(?i:hoofdstuk(?:ken)?|hfdst\.?|paragra(?:af|fen)|par\.|sectie(?:s)?|onderde(?:el|len)|subparagraaf|deelparagraaf|{ENGLISH_SECTION})|§§?)\s*([IVX]{{1,7}}(?:\.\d{{1,2}}){{1,3}})\b((?:\s*(?:,|\ben\b|\bof\b|\bt/m\b|\btot en met\b|{ENGLISH_AND}|-|–)\s*[IVX]{{1,7}}(?:\.\d{{1,2}}){{1,3}}\b)*)"
        )
    });
    &R
}

/// `II.2` as `2.2` (its chapter's numeral as a number), or `None` when it
/// does not start with one.
fn roman_section_as_arabic(number: &str) -> Option<String> {
    let (first, rest) = number.split_once('.')?;
    Some(format!("{}.{rest}", roman_value(first)?))
}

fn roman_item_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::narrowed(r"\b[IVX]{1,7}\b");
    &R
}

fn roman_section_item_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::narrowed(r"\b[IVX]{1,7}(?:\.\d{1,2}){1,3}\b");
    &R
}

/// `Bijlage 2`, `bijlagen 1 en 3`, `bijl. 2` (the abbreviation, as `hfst.`
/// for a chapter), `bijlage II` (roman numerals, also in a list:
/// `bijlagen II en III`); in English `Appendix 2`, `Annex B`, `appendices
/// 1 and 3`.
fn appendix_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"\b(?:(?i:bijlagen?|appendix|appendices|annex(?:es)?)\s+|(?i:bijl\.)\s*)(\d{{1,2}}|[A-H]\b|[IVX]{{1,4}}\b)((?:\s*(?:,|\ben\b|\bt/m\b|{ENGLISH_AND})\s*(?:\d{{1,2}}|[A-H]\b|[IVX]{{1,4}}\b))*)"
        )
    });
    &R
}

/// `pag. 13`, `p. 13-14`, `pagina's 13 en 14`, `blz. 13 t/m 14`; in
/// English `page 3`, `pages 10-11`, `pages 10 to 11`.
fn page_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::narrowed(
        r"(?:\b(?i:pagina(?:'s|’s)?|pag\.?|pg\.|blz\.?|bladzijden?|pages?|pp\.|p\.))\s*(\d{1,3})(?:\s*(?:-|–|t/m|tot en met|en|(?i:and|to|through))\s*(\d{1,3}))?",
    );
    &R
}

/// What follows a page number that names the PDF it counts in: `van de
/// pdf`, `in het pdf-bestand`, `van de PDF-versie`, `uit de pdf`.
fn pdf_after_re() -> &'static StaticRegex {
    static R: StaticRegex =
        StaticRegex::narrowed(r"^\s*(?i:van|in|uit)\s+(?i:de|het|deze)\s+(?i:pdf)\b");
    &R
}

fn bare_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::narrowed(r"\d{1,2}(?:\.\d{1,2}){1,2}");
    &R
}

/// A part of a law or treaty (`artikel 2.1 van de Jeugdwet`, `art. 2.2
/// Wet verplichte meldcode`, `artikel 2.1.3, lid 2 van de Wmo 2015`,
/// `hoofdstuk 4 van de Awb`, in English `Article 2.1 of the Youth Act`,
/// `section 4 of the Wmo`): its numbers are the law's, no section of the
/// draft.
fn law_part_re() -> &'static StaticRegex {
    const LAW_NUM: &str = r"\d{1,3}[a-z]?(?:[.:]\d{1,3}[a-z]?){0,3}";
    static R: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"(?:\b(?i:artikel(?:en)?|artt?\.|art\b|hoofdstuk(?:ken)?|hfdst\.?|hfst\.?|hoofdst\.|hst\.|paragra(?:af|fen)|par\.|afdeling|articles?|{ENGLISH_SECTION})|§§?)\s*{LAW_NUM}(?:\s*(?:,|\ben\b|\bt/m\b|{ENGLISH_AND}|-|–)\s*{LAW_NUM})*(?:\s*,?\s*(?i:lid|leden|sub|onder)\s+[\w.]{{1,4}}(?:\s*(?:,|\ben\b)\s*[\w.]{{1,4}})*)*\s*,?\s*(?:(?i:van|uit|in|der|of)\s+(?:(?i:de|het|the)\s+)?)?(?:(?i:[\w-]*wet(?:ten|boek)?|wet|[\w-]*verdrag|[\w-]*besluit|grondwet)\b|(?:\p{{Lu}}[\w-]*\s+){{1,4}}Act\b|(?:Wmo|WMO|Wlz|Zvw|Wzd|Wvggz|Awb|BW|Sr|Sv|WvS|WvSr|IVRK|EVRM|AVG|UAVG|Wpg|Wgbo|WGBO|Wjz|Wkkgz|Wet)\b)"
        )
    });
    &R
}

/// A chapter's word before its number (`hoofdstuk`, `H`), in
/// [`chapter_paragraph_re`] and [`paragraph_of_chapter_re`].
const CHAPTER_WORD: &str = r"(?:\b(?i:hoofdstuk|hfdst\.?|hfst\.?|hoofdst\.|hst\.|h\.|chapter)|\bH)";

/// A paragraph's word before its number (`paragraaf`, `par.`, `§`).
const PARAGRAPH_WORD: &str =
    r"(?:\b(?i:paragraaf|par\.|subparagraaf|deelparagraaf|sectie|section|paragraph|para\.)|§)";

/// `hoofdstuk 5, paragraaf 2`, `H6 par. 4`: a paragraph numbered within
/// the chapter named before it.
fn chapter_paragraph_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(r"{CHAPTER_WORD}\s*(\d{{1,2}})\s*,?\s*{PARAGRAPH_WORD}\s*({NUM})\b")
    });
    &R
}

/// `paragraaf 4 van hoofdstuk 6`, `§ 2 uit H5`: a paragraph numbered
/// within the chapter named after it.
fn paragraph_of_chapter_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::built_narrowed(|| {
        format!(
            r"{PARAGRAPH_WORD}\s*({NUM})\s+(?i:van|uit|in|of)\s+(?:(?i:het|the)\s+)?{CHAPTER_WORD}\s*(\d{{1,2}})\b"
        )
    });
    &R
}

/// The section a paragraph number names within chapter `chapter`: `2`
/// in chapter 5 is `5.2`; `5.2` already is one (`hoofdstuk 5, paragraaf
/// 5.2`). `None` for a number of another chapter (`hoofdstuk 5,
/// paragraaf 6.1`: two references).
fn within_chapter(chapter: &str, paragraph: &str) -> Option<String> {
    if !paragraph.contains('.') {
        return Some(format!("{chapter}.{paragraph}"));
    }
    paragraph
        .strip_prefix(chapter)
        .is_some_and(|rest| rest.starts_with('.'))
        .then(|| paragraph.to_string())
}

fn item_re() -> &'static StaticRegex {
    static R: StaticRegex = StaticRegex::built_narrowed(|| format!(r"({NUM}|\b[A-H]\b)"));
    &R
}

/// One more appendix in a list after the first (`bijlagen 1 en 3`,
/// `bijlagen II en III`).
fn appendix_item_re() -> &'static StaticRegex {
    static R: StaticRegex =
        StaticRegex::built_narrowed(|| format!(r"({NUM}|\b[A-H]\b|\b[IVX]{{1,4}}\b)"));
    &R
}

/// Finds the section and page references in `text`.
pub fn find(text: &str) -> Refs {
    find_after(text, 0)
}

/// [`find`], without the bare numbers that start in the first `skip`
/// bytes (the letter's own number of the comment).
pub fn find_after(text: &str, skip: usize) -> Refs {
    find_except(text, &[(0, skip)])
}

/// [`find`], without the bare numbers that start in one of the byte
/// ranges `own` (the letter's own numbers: the comment's, and those of
/// its sub-headings, `3.1 Wat de regiovisie zegt` in chapter `3`).
pub fn find_except(text: &str, own: &[(usize, usize)]) -> Refs {
    let mut out = Refs::default();
    // A law's parts (`artikel 2.1 van de Jeugdwet`) are no references.
    // (`Wmo-regiovisie` names no law, `Wmo` does).
    let mut taken: Vec<(usize, usize)> = law_part_re()
        .for_text(text)
        .find_iter(text)
        .filter(|m| !text[m.end()..].starts_with(['-', '‑']))
        .map(|m| (m.start(), m.end()))
        .collect();
    let laws = taken.clone();
    let in_law = |a: usize, b: usize| laws.iter().any(|&(x, y)| a < y && b > x);
    // A paragraph within a named chapter (`hoofdstuk 5, paragraaf 2`,
    // `paragraaf 4 van hoofdstuk 6`) is that chapter's section (`5.2`),
    // not two references (chapters 2 and 5). The linker links the chapter
    // where the draft has no such section.
    let before = chapter_paragraph_re()
        .for_text(text)
        .captures_iter(text)
        .filter_map(|c| Some((c.get(0)?, within_chapter(&c[1], &c[2])?)));
    let after = paragraph_of_chapter_re()
        .for_text(text)
        .captures_iter(text)
        .filter_map(|c| Some((c.get(0)?, within_chapter(&c[2], &c[1])?)));
    let mut combined: Vec<(usize, usize)> = Vec::new();
    for (all, number) in before.chain(after) {
        if in_law(all.start(), all.end())
            || combined
                .iter()
                .any(|&(a, b)| all.start() < b && all.end() > a)
        {
            continue;
        }
        combined.push((all.start(), all.end()));
        push(&mut out.sections, number, all.as_str().trim(), false);
    }
    taken.extend(combined.iter().copied());
    let in_combined = |a: usize, b: usize| combined.iter().any(|&(x, y)| a < y && b > x);
    let sections = section_re().for_text(text).captures_iter(text);
    let short = chapter_short_re().for_text(text).captures_iter(text);
    for c in sections.chain(short) {
        let Some(all) = c.get(0) else { continue };
        if in_law(all.start(), all.end()) || in_combined(all.start(), all.end()) {
            continue;
        }
        taken.push((all.start(), all.end()));
        if of_own_document(text, all.start(), all.end()) {
            continue;
        }
        let written = all.as_str().trim().to_string();
        let first = c[1].to_string();
        let rest = c.get(2).map(|m| m.as_str()).unwrap_or("");
        let numbers = expand(&first, rest);
        let broad = numbers.len() >= 3;
        for number in numbers {
            push(&mut out.sections, number, &written, false);
            if let Some(last) = out.sections.last_mut() {
                last.broad |= broad;
            }
        }
    }
    for (start, end, number) in ordinal_chapters(text) {
        if in_law(start, end) || taken.iter().any(|&(a, b)| start < b && end > a) {
            continue;
        }
        taken.push((start, end));
        if of_own_document(text, start, end) || names_a_law_after(text, end) {
            continue;
        }
        push(
            &mut out.sections,
            number.to_string(),
            &text[start..end],
            false,
        );
    }
    for c in roman_section_re().for_text(text).captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if in_law(all.start(), all.end()) {
            continue;
        }
        let Some(first) = roman_section_as_arabic(&c[1]) else {
            continue;
        };
        taken.push((all.start(), all.end()));
        let written = all.as_str().trim().to_string();
        // Expanded as arabic numbers (`II.1 t/m II.3`), named as written.
        let rest = c.get(2).map_or("", |m| m.as_str());
        let rest = roman_section_item_re()
            .for_text(rest)
            .replace_all(rest, |m: &regex::Captures| {
                roman_section_as_arabic(&m[0]).unwrap_or_default()
            });
        let numbers = expand(&first, &rest);
        let broad = numbers.len() >= 3;
        for n in numbers {
            let Some((chapter, sub)) = n.split_once('.') else {
                continue;
            };
            let Ok(chapter) = chapter.parse::<u32>() else {
                continue;
            };
            push(
                &mut out.sections,
                format!("{}.{sub}", roman_numeral(chapter)),
                &written,
                false,
            );
            if let Some(last) = out.sections.last_mut() {
                last.broad |= broad;
            }
        }
    }
    for c in roman_re().for_text(text).captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if in_law(all.start(), all.end())
            || taken.iter().any(|&(a, b)| all.start() < b && all.end() > a)
        {
            continue;
        }
        let Some(first) = roman_value(&c[1]) else {
            continue;
        };
        taken.push((all.start(), all.end()));
        let written = all.as_str().trim().to_string();
        // Read as arabic numbers (`II t/m IV` as `2 t/m 4`), named as
        // written: `III`.
        let rest = c.get(2).map_or("", |m| m.as_str());
        let rest = roman_item_re()
            .for_text(rest)
            .replace_all(rest, |m: &regex::Captures| {
                roman_value(&m[0]).map_or_else(String::new, |n| n.to_string())
            });
        let numbers = expand(&first.to_string(), &rest);
        let broad = numbers.len() >= 3;
        for n in numbers.iter().filter_map(|n| n.parse().ok()) {
            push(&mut out.sections, roman_numeral(n), &written, false);
            if let Some(last) = out.sections.last_mut() {
                last.broad |= broad;
            }
        }
    }
    for c in appendix_re().for_text(text).captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        taken.push((all.start(), all.end()));
        if of_own_document(text, all.start(), all.end()) {
            continue;
        }
        let written = all.as_str().trim().to_string();
        let rest = c.get(2).map(|m| m.as_str()).unwrap_or("");
        let first = c[1].to_string();
        // Roman numerals continue a list that starts with one (`bijlagen
        // II en III`), not one in digits (`appendix 2 and I think`).
        let roman = roman_value(&first).is_some();
        let mut labels = vec![first];
        labels.extend(
            appendix_item_re()
                .for_text(rest)
                .find_iter(rest)
                .map(|m| m.as_str().to_string())
                .filter(|l| roman || roman_value(l).is_none()),
        );
        for l in labels {
            push(&mut out.sections, format!("Bijlage {l}"), &written, false);
        }
    }
    for c in page_re().for_text(text).captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        taken.push((all.start(), all.end()));
        let from: u32 = c[1].parse().unwrap_or(0);
        let to: u32 = c
            .get(2)
            .and_then(|m| m.as_str().parse().ok())
            .unwrap_or(from);
        if from == 0 {
            continue;
        }
        let to = if to >= from && to - from <= 20 {
            to
        } else {
            from
        };
        out.pages.push(PageRef {
            from,
            to,
            written: all.as_str().trim().to_string(),
            viewer: {
                let after = &text[all.end()..];
                pdf_after_re().for_text(after).is_match(after)
            },
        });
    }
    for m in bare_re().for_text(text).find_iter(text) {
        if own.iter().any(|&(a, b)| (a..b).contains(&m.start()))
            || taken.iter().any(|&(a, b)| m.start() < b && m.end() > a)
        {
            continue;
        }
        if is_quantity(text, m.start(), m.end()) {
            continue;
        }
        push(&mut out.sections, m.as_str().to_string(), m.as_str(), true);
    }
    out
}

/// The ordinals a chapter is counted with in words (`het vijfde
/// hoofdstuk`), first to twelfth: a draft has no more chapters than that
/// a writer would count out.
const CHAPTER_ORDINALS: [&str; 12] = [
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
    "tiende", "elfde", "twaalfde",
];

/// `het vijfde hoofdstuk`, `in het derde hoofdstuk`: a chapter counted in
/// words, the chapter with that number (`hoofdstuk 5`) as a writer means
/// it. Byte span of `<ordinal> hoofdstuk` and the chapter's number.
fn ordinal_chapters(text: &str) -> Vec<(usize, usize, usize)> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut word_start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), word_start) {
            (true, None) => word_start = Some(at),
            (false, Some(start)) => {
                words.push((start, &text[start..at]));
                word_start = None;
            }
            _ => {}
        }
    }
    words
        .windows(2)
        .filter_map(|pair| {
            let [(start, ordinal), (chapter_at, chapter)] = pair else {
                return None;
            };
            if !chapter.eq_ignore_ascii_case("hoofdstuk") {
                return None;
            }
            let number = CHAPTER_ORDINALS
                .iter()
                .position(|o| o.eq_ignore_ascii_case(ordinal))?
                + 1;
            Some((*start, chapter_at + chapter.len(), number))
        })
        .collect()
}

/// Whether a law is named in the few words after `end` (`het vijfde
/// hoofdstuk van de Jeugdwet`): the chapter is the law's.
fn names_a_law_after(text: &str, end: usize) -> bool {
    text[end..].split_whitespace().take(4).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        w.ends_with("wet") || w.ends_with("verdrag") || w.ends_with("besluit") || w == "awb"
    })
}

/// Whether the reference at `start..end` of `text` names a part of the
/// writer's own document, not of the draft: `bijlage 2 bij dit advies`,
/// `hoofdstuk 3 van deze brief`, `bijlage 1 van ons rapport`, `onze
/// bijlage 2`. An advisory report refers to its own annexes and chapters
/// so; the draft's numbering says nothing about them.
fn of_own_document(text: &str, start: usize, end: usize) -> bool {
    let after: Vec<String> = text[end..]
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .collect();
    // What the writer calls their own text: after `dit`/`deze` only a
    // word for a reply (`dit advies`, `deze brief`: `dit rapport` may be
    // the draft), after `ons`/`onze`/`mijn` a report too.
    let reply = |w: &str| {
        [
            "advies",
            "brief",
            "reactie",
            "inspraakreactie",
            "zienswijze",
            "e-mail",
            "mail",
            "letter",
            "response",
        ]
        .iter()
        .any(|d| w.starts_with(d))
    };
    let report = |w: &str| {
        reply(w)
            || ["rapport", "notitie", "verslag", "report"]
                .iter()
                .any(|d| w.starts_with(d))
    };
    let named_after = match after.as_slice() {
        [prep, pron, doc, ..]
            if matches!(
                prep.as_str(),
                "bij" | "van" | "in" | "uit" | "achter" | "to" | "of"
            ) =>
        {
            match pron.as_str() {
                "dit" | "deze" | "this" => reply(doc),
                "ons" | "onze" | "mijn" | "our" => report(doc),
                _ => false,
            }
        }
        _ => false,
    };
    let before = text[..start]
        .split_whitespace()
        .next_back()
        .map(|w| w.to_lowercase());
    named_after
        || before
            .as_deref()
            .is_some_and(|w| matches!(w, "onze" | "mijn" | "our"))
}

/// Whether `text` mentions an appendix (`bijlage`, `bijlagen`) other than
/// one of the writer's own (`bijlage 2 bij dit advies`, see
/// [`of_own_document`]).
pub fn mentions_appendix_of_draft(text: &str) -> bool {
    let own: Vec<(usize, usize)> = appendix_re()
        .for_text(text)
        .find_iter(text)
        .filter(|m| of_own_document(text, m.start(), m.end()))
        .map(|m| (m.start(), m.end()))
        .collect();
    let lower = text.to_lowercase();
    // Lower-casing keeps the byte offsets of the ASCII word.
    if lower.len() != text.len() {
        return lower.contains("bijlage");
    }
    lower.match_indices("bijlage").any(|(at, _)| {
        let word_start = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        word_start && !own.iter().any(|&(a, b)| (a..b).contains(&at))
    })
}

fn push(list: &mut Vec<SectionRef>, number: String, written: &str, bare: bool) {
    if !list.iter().any(|r| r.number == number) {
        list.push(SectionRef {
            number,
            written: written.to_string(),
            bare,
            broad: false,
        });
    }
}

/// `5.1` with rest ` t/m 5.3` → 5.1, 5.2, 5.3; `3` with ` en 4` → 3, 4.
fn expand(first: &str, rest: &str) -> Vec<String> {
    let mut out = vec![first.to_string()];
    let mut prev = first.to_string();
    let mut range_next = false;
    let mut pos = 0;
    for m in item_re().for_text(rest).find_iter(rest) {
        let between = &rest[pos..m.start()];
        pos = m.end();
        let is_range = between.contains("t/m")
            || between.contains("tot en met")
            || between.contains('-')
            || between.contains('–')
            || between
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("through"));
        let item = m.as_str().to_string();
        if is_range || range_next {
            out.extend(range(&prev, &item));
        }
        range_next = false;
        if !out.contains(&item) {
            out.push(item.clone());
        }
        prev = item;
    }
    out
}

/// The numbers strictly between `a` and `b` when they are siblings.
fn range(a: &str, b: &str) -> Vec<String> {
    let pa: Vec<&str> = a.split('.').collect();
    let pb: Vec<&str> = b.split('.').collect();
    if pa.len() != pb.len() || pa[..pa.len() - 1] != pb[..pb.len() - 1] {
        return Vec::new();
    }
    let (Some(x), Some(y)) = (
        pa.last().and_then(|s| s.parse::<u32>().ok()),
        pb.last().and_then(|s| s.parse::<u32>().ok()),
    ) else {
        return Vec::new();
    };
    if y <= x + 1 || y - x > 10 {
        return Vec::new();
    }
    let prefix = pa[..pa.len() - 1].join(".");
    (x + 1..y)
        .map(|n| {
            if prefix.is_empty() {
                n.to_string()
            } else {
                format!("{prefix}.{n}")
            }
        })
        .collect()
}

/// Whether a bare number is an amount, percentage, time or date.
fn is_quantity(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().rev().find(|c| !c.is_whitespace());
    let just_before = text[..start].chars().next_back();
    if just_before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || before.is_some_and(|c| c == '€' || c == '$')
    {
        return true;
    }
    let after = &text[end..];
    let mut chars = after.chars();
    match (chars.next(), chars.next()) {
        (Some(c), _) if c.is_ascii_digit() || c == '%' => return true,
        (Some('.' | ',' | ':'), Some(d)) if d.is_ascii_digit() => return true,
        _ => {}
    }
    let next_word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '%')
        .collect::<String>()
        .to_lowercase();
    matches!(
        next_word.as_str(),
        "%" | "procent"
            | "euro"
            | "miljoen"
            | "miljard"
            | "uur"
            | "km"
            | "kilometer"
            | "jaar"
            | "fte"
            | "keer"
            | "mln"
            | "mld"
            | "m2"
            | "x"
    ) || text[..start].to_lowercase().trim_end().ends_with("versie")
}

#[cfg(test)]
mod tests;
