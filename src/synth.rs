//! Synthetic consultations of any size, for benchmarks and tests.
//!
//! [`generate`] writes an inbox like a real one: a draft vision of `pages`
//! pages (numbered chapters, sections, subsections and appendices in Dutch
//! policy language) plus a revised final version, and `responses` responses
//! as PDFs and `.txt` files with letter furniture (letterhead, date line,
//! `Betreft`, salutation, closing, signature, the odd disclaimer or e-mail
//! header), numbered points that refer to the draft (`paragraaf 3.2`,
//! `pag. 12`, quotations copied from the draft) and campaign clusters of
//! near-identical letters from different residents.
//!
//! Everything comes from a seeded generator with its own PRNG ([`Rng`],
//! SplitMix64), not from `rand`, so the same seed gives the same bytes on
//! every platform and with every dependency version. Text is mixed from
//! built-in word lists with sentence patterns; no real documents are copied.
//! Responses are generated independently per index (the seed and the index
//! give the response's own stream), so they can be written in parallel and
//! one more response can be added later without changing the others.
//!
//! This module is not part of the user-facing pipeline: it is used by
//! `examples/synth.rs`, `examples/scale.rs` and the tests.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::pdfwrite::{self, Block, PdfDoc};

/// Version of the generator's output: bump when the same spec gives other
/// bytes, so cached generated consultations (`target/scale/`) are renewed.
pub const VERSION: u32 = 2;

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// Number of responses.
    pub responses: usize,
    /// Number of pages of the consultation draft (at least 4).
    pub pages: usize,
    /// Seed of the generator; the same spec gives the same bytes.
    pub seed: u64,
    /// Share of responses written as PDF (the rest are `.txt`), 0..=1.
    pub pdf_share: f64,
    /// Share of responses that are campaign letters, 0..=1.
    pub campaign_share: f64,
}

impl Default for Spec {
    fn default() -> Self {
        Spec {
            responses: 20,
            pages: 24,
            seed: 1,
            pdf_share: 0.6,
            campaign_share: 0.3,
        }
    }
}

/// What [`generate`] wrote.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Files written, relative to the inbox.
    pub files: Vec<PathBuf>,
    /// Total bytes written.
    pub bytes: u64,
    /// Pages of the consultation draft.
    pub draft_pages: usize,
    /// Number of responses written as PDF.
    pub pdf_responses: usize,
}

// ---------------------------------------------------------------------------
// random numbers
// ---------------------------------------------------------------------------

/// A small deterministic PRNG (SplitMix64). Not for cryptography.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// An independent generator for `(seed, stream)`, e.g. one per response.
    pub fn stream(seed: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA24B_AED4_963E_E407));
        r.next_u64();
        r
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// A random element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// vocabulary
// ---------------------------------------------------------------------------

const TOWNS: &[&str] = &[
    "Katwijk",
    "Noordwijk",
    "Leiden",
    "Oegstgeest",
    "Teylingen",
    "Lisse",
    "Hillegom",
    "Leiderdorp",
    "Zoeterwoude",
    "Voorschoten",
    "Wassenaar",
    "Kaag en Braassem",
    "Alphen aan den Rijn",
    "Nieuwkoop",
];

const FIRST_NAMES: &[&str] = &[
    "Jan", "Fatima", "Pieter", "Sanne", "Mohamed", "Anouk", "Kees", "Esra", "Daan", "Lotte",
    "Willem", "Noor", "Henk", "Inge", "Youssef", "Marloes", "Ruud", "Sevda", "Bram", "Ilse",
];

const LAST_NAMES: &[&str] = &[
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "El Amrani",
    "van Dijk",
    "Mulder",
    "de Boer",
    "Bos",
    "Vermeulen",
    "van den Berg",
    "Kök",
    "Hendriks",
    "van Leeuwen",
];

const STREETS: &[&str] = &[
    "Kerkstraat",
    "Molenweg",
    "Zeeweg",
    "Rijnsburgerweg",
    "Dorpsstraat",
    "Julianalaan",
    "Duinstraat",
    "Havenkade",
];

/// Chapter themes of the vision.
const THEMES: &[&str] = &[
    "Preventie en vroegsignalering",
    "Samenwerking in de keten",
    "Veiligheid en bescherming",
    "Herstel en nazorg",
    "Wonen en opvang",
    "Financiering en monitoring",
    "Inwonersparticipatie",
    "Jeugd en gezin",
    "Onderwijs en arbeidsmarkt",
    "Bereikbaarheid en mobiliteit",
    "Duurzaamheid en klimaatadaptatie",
    "Digitale dienstverlening",
    "Gezondheid en welzijn",
    "Sport en bewegen",
    "Cultuur en erfgoed",
];

/// Section title words.
const SECTION_TOPICS: &[&str] = &[
    "Aanleiding",
    "Uitgangspunten",
    "Ambitie",
    "Huidige situatie",
    "Opgaven",
    "Maatregelen",
    "Rolverdeling",
    "Werkwijze",
    "Middelen",
    "Planning",
    "Risico's",
    "Resultaten",
    "Doelgroepen",
    "Samenwerkingspartners",
    "Kwaliteit en toezicht",
    "Communicatie",
];

/// Subjects with their grammatical number (true: plural).
const SUBJECTS: &[(&str, bool)] = &[
    ("de regio", false),
    ("de gemeenten", true),
    ("de werkgroep", false),
    ("het samenwerkingsverband", false),
    ("Veilig Thuis", false),
    ("de wijkteams", true),
    ("de ketenpartners", true),
    ("het college", false),
    ("de provincie", false),
    ("de zorgaanbieders", true),
    ("de onderwijsinstellingen", true),
    ("de huisartsen", true),
    ("de woningcorporaties", true),
    ("de centrumgemeente", false),
    ("het sociaal domein", false),
];

/// Modal verbs, singular and plural.
const MODALS: &[(&str, &str)] = &[
    ("moet", "moeten"),
    ("wil", "willen"),
    ("gaat", "gaan"),
    ("kan", "kunnen"),
    ("zal", "zullen"),
];

const ADJECTIVES: &[&str] = &[
    "structurele",
    "regionale",
    "integrale",
    "heldere",
    "duurzame",
    "betaalbare",
    "toegankelijke",
    "passende",
    "laagdrempelige",
    "gezamenlijke",
    "lokale",
    "betere",
    "snellere",
    "concrete",
    "meetbare",
    "doorlopende",
];

const NOUNS_PLURAL: &[&str] = &[
    "afspraken",
    "werkprocessen",
    "voorzieningen",
    "meldingen",
    "trajecten",
    "netwerken",
    "maatregelen",
    "doelstellingen",
    "wachtlijsten",
    "opvangplekken",
    "gesprekken",
    "signalen",
    "budgetten",
    "voorlichtingscampagnes",
    "woningen",
    "verbindingen",
    "ervaringsdeskundigen",
    "professionals",
    "jongeren",
    "mantelzorgers",
];

/// Verb phrases: the infinitive form and the `te` form.
const VERB_PHRASES: &[(&str, &str)] = &[
    ("investeren in {obj}", "te investeren in {obj}"),
    ("zorgen voor {obj}", "te zorgen voor {obj}"),
    ("inzetten op {obj}", "in te zetten op {obj}"),
    (
        "afspraken maken over {obj}",
        "afspraken te maken over {obj}",
    ),
    ("{obj} versterken", "{obj} te versterken"),
    ("{obj} ontwikkelen", "{obj} te ontwikkelen"),
    ("{obj} monitoren", "{obj} te monitoren"),
    ("{obj} borgen", "{obj} te borgen"),
    ("{obj} uitbreiden", "{obj} uit te breiden"),
    ("{obj} evalueren", "{obj} te evalueren"),
    ("sturen op {obj}", "te sturen op {obj}"),
    ("werken aan {obj}", "te werken aan {obj}"),
];

const ADVERBIALS: &[&str] = &[
    "in 2028",
    "de komende jaren",
    "samen met de partners",
    "waar mogelijk",
    "op regionaal niveau",
    "binnen de bestaande middelen",
    "in alle gemeenten",
    "vanaf 2027",
    "stap voor stap",
    "in overleg met inwoners",
    "voor het einde van de looptijd",
];

const CONNECTORS: &[&str] = &[
    "Daarnaast",
    "Bovendien",
    "Tegelijkertijd",
    "Om die reden",
    "In de praktijk",
    "Op dit moment",
    "Concreet",
    "Vanuit die gedachte",
    "In de komende periode",
];

const ORGANISATIONS: &[&str] = &[
    "Stichting Welzijn",
    "GGD Hollands Midden",
    "Woningstichting",
    "Vrouwenopvang",
    "Huisartsencoöperatie",
    "Jeugdbescherming",
    "Sportvereniging",
    "Ondernemersvereniging",
    "Reclassering",
    "Bibliotheek",
];

const MONTHS: &[&str] = &crate::text::DUTCH_MONTHS;

/// The `{obj}` of a verb phrase: adjective and plural noun.
fn object(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(ADJECTIVES), rng.pick(NOUNS_PLURAL))
}

/// `investeren in passende voorzieningen`.
fn verb_phrase(rng: &mut Rng) -> String {
    let obj = object(rng);
    rng.pick(VERB_PHRASES).0.replace("{obj}", &obj)
}

/// `te investeren in passende voorzieningen`, `in te zetten op ...`.
fn te_phrase(rng: &mut Rng) -> String {
    let obj = object(rng);
    rng.pick(VERB_PHRASES).1.replace("{obj}", &obj)
}

/// A subject of a sentence with the fitting form of a random modal verb.
fn subject_and_modal(rng: &mut Rng) -> (&'static str, &'static str) {
    let (subject, plural) = *rng.pick(SUBJECTS);
    let (sg, pl) = *rng.pick(MODALS);
    (subject, if plural { pl } else { sg })
}

/// A verb phrase with its modal in subordinate-clause order: `structurele
/// afspraken wil borgen`, `wil investeren in passende voorzieningen`.
fn subordinate(rng: &mut Rng, modal: &str) -> String {
    let obj = object(rng);
    let phrase = rng.pick(VERB_PHRASES).0;
    match phrase.strip_prefix("{obj} ") {
        Some(verb) => format!("{obj} {modal} {verb}"),
        None => format!("{modal} {}", phrase.replace("{obj}", &obj)),
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One sentence of policy prose, from one of several patterns.
fn sentence(rng: &mut Rng) -> String {
    let (subject, modal) = subject_and_modal(rng);
    match rng.below(6) {
        0 => format!(
            "{} {} {} {}.",
            capitalize(subject),
            modal,
            rng.pick(ADVERBIALS),
            verb_phrase(rng)
        ),
        1 => format!(
            "{} {} {} {} {}.",
            rng.pick(CONNECTORS),
            modal,
            subject,
            rng.pick(ADVERBIALS),
            verb_phrase(rng)
        ),
        2 => format!(
            "Uit de monitor blijkt dat {} procent van de {} {} is.",
            rng.range(5, 95),
            rng.pick(NOUNS_PLURAL),
            rng.pick(&[
                "toegenomen",
                "afgenomen",
                "gelijk gebleven",
                "onvoldoende bekend"
            ])
        ),
        3 => format!("Dit vraagt om {} en {}.", object(rng), object(rng)),
        4 => format!(
            "In {} werden {} {} geregistreerd in de regio.",
            rng.range(2019, 2025),
            rng.range(40, 4000),
            rng.pick(NOUNS_PLURAL)
        ),
        _ => format!(
            "Het doel is dat {} {} {}, zodat {} {} ontstaan.",
            subject,
            rng.pick(ADVERBIALS),
            subordinate(rng, modal),
            rng.pick(ADJECTIVES),
            rng.pick(NOUNS_PLURAL)
        ),
    }
}

fn paragraph(rng: &mut Rng, sentences: usize) -> String {
    (0..sentences)
        .map(|_| sentence(rng))
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------
// the draft
// ---------------------------------------------------------------------------

/// A section of a generated draft, for references from responses.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftSection {
    /// `3`, `3.2`, `3.2.1` or `Bijlage 1`.
    pub number: String,
    pub title: String,
    /// First and last physical page (1-based).
    pub pages: (usize, usize),
    /// Paragraph texts, for quotations.
    pub paragraphs: Vec<String>,
}

/// A generated version of the vision: its blocks and where its sections are.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub title: String,
    pub blocks: Vec<Block>,
    pub sections: Vec<DraftSection>,
    /// Number of pages.
    pub pages: usize,
}

/// Lines of running text a page holds, by the estimate of [`block_lines`].
/// Kept well below what an A4 page with 11 pt text holds, so a page of
/// blocks never overflows and page numbers are known here.
const PAGE_LINES: usize = 34;

/// Estimated lines a block takes (wrapping at ~70 characters, plus the
/// spacing after it).
fn block_lines(block: &Block) -> usize {
    let chars = |s: &str| s.chars().count().div_ceil(70);
    match block {
        Block::Heading { level, text } => chars(text) + if *level == 1 { 3 } else { 2 },
        Block::Paragraph(t) | Block::Bullet(t) => chars(t) + 1,
        Block::Numbered { text, .. } => chars(text) + 1,
        Block::PageBreak => 0,
    }
}

/// Lays blocks out on pages: a page break before a block that does not fit.
struct Pager {
    blocks: Vec<Block>,
    page: usize,
    used: usize,
}

impl Pager {
    fn new() -> Pager {
        Pager {
            blocks: Vec::new(),
            page: 1,
            used: 0,
        }
    }

    fn new_page(&mut self) {
        if self.used > 0 {
            self.blocks.push(Block::PageBreak);
            self.page += 1;
            self.used = 0;
        }
    }

    /// Whether `block` still fits on the current page.
    fn fits(&self, block: &Block) -> bool {
        self.used + block_lines(block) <= PAGE_LINES
    }

    /// Adds `block`, starting a new page when needed; returns its page.
    fn push(&mut self, block: Block) -> usize {
        if !self.fits(&block) {
            self.new_page();
        }
        self.used += block_lines(&block);
        self.blocks.push(block);
        self.page
    }
}

/// Generates the consultation draft (`pages` pages) for `seed`.
pub fn draft(seed: u64, pages: usize) -> Draft {
    let mut rng = Rng::stream(seed, u64::MAX);
    let pages = pages.max(4);
    let region = format!("Regio {}", rng.pick(TOWNS));
    let title = format!("Regiovisie {} {}-{}", THEME_TITLE, 2027, 2030);
    let mut pager = Pager::new();
    pager.push(Block::Heading {
        level: 1,
        text: title.clone(),
    });
    pager.push(Block::Paragraph(format!("{region} — inspraakversie")));
    pager.push(Block::Paragraph(format!(
        "Vastgesteld voor inspraak door het bestuurlijk overleg op {} {} 2026.",
        rng.range(1, 28),
        rng.pick(&MONTHS[5..8])
    )));
    let appendix_pages = (pages / 12).clamp(1, 4);
    let body_pages = pages - 1 - appendix_pages;
    let chapters = (body_pages / 5).clamp(1, THEMES.len());
    let mut sections = Vec::new();
    for c in 0..chapters {
        let end_page = 1 + (c + 1) * body_pages / chapters;
        chapter(&mut rng, &mut pager, &mut sections, c, end_page);
    }
    appendices(&mut rng, &mut pager, &mut sections, appendix_pages, pages);
    Draft {
        title,
        pages: pager.page,
        blocks: pager.blocks,
        sections,
    }
}

/// The theme of every generated vision.
const THEME_TITLE: &str = "Sociaal Domein en Leefbaarheid";

/// One chapter: sections (some with subsections) filled with paragraphs
/// until page `end_page` is full.
fn chapter(
    rng: &mut Rng,
    pager: &mut Pager,
    sections: &mut Vec<DraftSection>,
    c: usize,
    end_page: usize,
) {
    pager.new_page();
    let number = (c + 1).to_string();
    let title = THEMES[c % THEMES.len()].to_string();
    let page = pager.push(Block::Heading {
        level: 1,
        text: format!("{number} {title}"),
    });
    let intro = paragraph(rng, 3);
    pager.push(Block::Paragraph(intro.clone()));
    sections.push(DraftSection {
        number: number.clone(),
        title,
        pages: (page, pager.page),
        paragraphs: vec![intro],
    });
    let mut s = 0;
    let mut topics: Vec<&str> = SECTION_TOPICS.to_vec();
    loop {
        s += 1;
        let num = format!("{number}.{s}");
        let topic = topics.remove(rng.below(topics.len()));
        if topics.is_empty() {
            topics = SECTION_TOPICS.to_vec();
        }
        let heading = Block::Heading {
            level: 2,
            text: format!("{num} {topic}"),
        };
        if pager.page >= end_page && !pager.fits(&heading) {
            break;
        }
        let start = pager.push(heading);
        let mut sec = DraftSection {
            number: num.clone(),
            title: topic.to_string(),
            pages: (start, start),
            paragraphs: Vec::new(),
        };
        let wanted = rng.range(2, 5);
        let sub = rng.chance(0.25);
        let done = fill(rng, pager, &mut sec, wanted, end_page);
        sec.pages.1 = pager.page;
        sections.push(sec);
        if done {
            break;
        }
        if sub {
            for k in 1..=rng.range(2, 3) {
                let subnum = format!("{num}.{k}");
                let adjective = *rng.pick(ADJECTIVES);
                let subtitle = format!("{} {}", capitalize(adjective), rng.pick(NOUNS_PLURAL));
                let start = pager.push(Block::Heading {
                    level: 3,
                    text: format!("{subnum} {subtitle}"),
                });
                let mut sec = DraftSection {
                    number: subnum,
                    title: subtitle,
                    pages: (start, start),
                    paragraphs: Vec::new(),
                };
                let n = rng.range(1, 3);
                let done = fill(rng, pager, &mut sec, n, end_page);
                sec.pages.1 = pager.page;
                sections.push(sec);
                if done {
                    return;
                }
            }
        }
    }
}

/// Adds up to `wanted` paragraphs (and the odd bullet list) to a section
/// without going past page `end_page`; true when the chapter is full.
fn fill(
    rng: &mut Rng,
    pager: &mut Pager,
    sec: &mut DraftSection,
    wanted: usize,
    end_page: usize,
) -> bool {
    for _ in 0..wanted {
        let n = rng.range(2, 6);
        let text = paragraph(rng, n);
        let block = Block::Paragraph(text.clone());
        if pager.page >= end_page && !pager.fits(&block) {
            return true;
        }
        pager.push(block);
        sec.paragraphs.push(text);
        if rng.chance(0.15) {
            for _ in 0..rng.range(2, 4) {
                let b = Block::Bullet(format!("{}.", capitalize(&verb_phrase(rng))));
                if pager.page >= end_page && !pager.fits(&b) {
                    return true;
                }
                pager.push(b);
            }
        }
    }
    false
}

/// The appendices: a glossary and a table of measures, up to page `pages`.
fn appendices(
    rng: &mut Rng,
    pager: &mut Pager,
    sections: &mut Vec<DraftSection>,
    count: usize,
    pages: usize,
) {
    let titles = [
        "Begrippenlijst",
        "Overzicht maatregelen",
        "Financieel kader",
        "Betrokken partners",
    ];
    for (i, title) in titles.iter().take(count).enumerate() {
        pager.new_page();
        let number = format!("Bijlage {}", i + 1);
        let start = pager.push(Block::Heading {
            level: 1,
            text: format!("{number}: {title}"),
        });
        let end_page = pages - count + i + 1;
        let mut paragraphs = Vec::new();
        loop {
            let noun = rng.pick(NOUNS_PLURAL);
            let adjective = rng.pick(ADJECTIVES);
            let (subject, modal) = subject_and_modal(rng);
            let text = format!(
                "{}: {adjective} {noun} waarmee {subject} {}.",
                capitalize(noun),
                subordinate(rng, modal)
            );
            let block = Block::Paragraph(text.clone());
            if pager.page >= end_page && !pager.fits(&block) {
                break;
            }
            pager.push(block);
            paragraphs.push(text);
        }
        sections.push(DraftSection {
            number,
            title: title.to_string(),
            pages: (start, pager.page),
            paragraphs,
        });
    }
}

/// The final version: the draft with one sentence rewritten in ~15% of its
/// paragraphs, laid out again.
pub fn revise(draft: &Draft, seed: u64) -> Draft {
    let mut rng = Rng::stream(seed, u64::MAX - 1);
    let mut pager = Pager::new();
    for block in &draft.blocks {
        let block = match block {
            Block::PageBreak => {
                continue;
            }
            Block::Heading { level: 1, .. } => {
                pager.new_page();
                block.clone()
            }
            Block::Paragraph(text) if rng.chance(0.15) => {
                let mut sentences: Vec<String> =
                    text.split_inclusive(". ").map(str::to_string).collect();
                let i = rng.below(sentences.len());
                sentences[i] = format!("{} ", sentence(&mut rng));
                Block::Paragraph(sentences.concat().trim_end().to_string())
            }
            _ => block.clone(),
        };
        pager.push(block);
    }
    Draft {
        title: draft.title.clone(),
        pages: pager.page,
        blocks: pager.blocks,
        sections: Vec::new(),
    }
}

fn draft_pdf(draft: &Draft) -> Vec<u8> {
    pdfwrite::render(&PdfDoc {
        title: draft.title.clone(),
        running_header: Some(draft.title.clone()),
        page_numbers: true,
        blocks: draft.blocks.clone(),
    })
}

// ---------------------------------------------------------------------------
// responses
// ---------------------------------------------------------------------------

/// Who sends a response.
#[derive(Debug, Clone)]
enum Sender {
    Council(&'static str),
    Board(&'static str),
    AdvisoryCouncil(&'static str),
    Organisation { name: String, town: &'static str },
    Resident { name: String, town: &'static str },
}

impl Sender {
    fn random(rng: &mut Rng) -> Sender {
        let town = *rng.pick(TOWNS);
        match rng.below(10) {
            0 => Sender::Council(town),
            1 => Sender::Board(town),
            2 => Sender::AdvisoryCouncil(town),
            3 | 4 => Sender::Organisation {
                name: format!("{} {}", rng.pick(ORGANISATIONS), town),
                town,
            },
            _ => Sender::resident(rng),
        }
    }

    fn resident(rng: &mut Rng) -> Sender {
        Sender::Resident {
            name: format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)),
            town: rng.pick::<&str>(TOWNS),
        }
    }

    fn name(&self) -> String {
        match self {
            Sender::Council(t) => format!("De gemeenteraad van {t}"),
            Sender::Board(t) => {
                format!("Het college van burgemeester en wethouders van {t}")
            }
            Sender::AdvisoryCouncil(t) => format!("Adviesraad Sociaal Domein {t}"),
            Sender::Organisation { name, .. } | Sender::Resident { name, .. } => name.clone(),
        }
    }

    fn town(&self) -> &'static str {
        match self {
            Sender::Council(t) | Sender::Board(t) | Sender::AdvisoryCouncil(t) => t,
            Sender::Organisation { town, .. } | Sender::Resident { town, .. } => town,
        }
    }

    /// Lower-case words for the file name.
    fn slug(&self) -> String {
        let raw = match self {
            Sender::Council(t) => format!("zienswijze gemeenteraad {t}"),
            Sender::Board(t) => format!("reactie college {t}"),
            Sender::AdvisoryCouncil(t) => format!("advies adviesraad {t}"),
            Sender::Organisation { name, .. } => format!("reactie {name}"),
            Sender::Resident { .. } => "inspraakreactie".to_string(),
        };
        crate::ids::normalize(&raw).replace(' ', "-")
    }
}

/// A response letter before it is written as PDF or text.
#[derive(Debug, Clone, PartialEq)]
pub struct Letter {
    /// Furniture lines before the points (letterhead, date, subject, salutation).
    pub head: Vec<String>,
    /// Introduction paragraph (states no view).
    pub intro: String,
    /// Numbered points (label, text).
    pub points: Vec<(String, String)>,
    /// Closing lines (greeting, signature, disclaimer).
    pub tail: Vec<String>,
    /// Written as an e-mail (`Van:`/`Aan:` header) rather than a letter.
    pub email: bool,
    /// How many of the first `head` lines form the address block.
    pub address_lines: usize,
}

/// A quotation of 6-12 consecutive words from a paragraph of `sec`.
fn quote(rng: &mut Rng, sec: &DraftSection) -> Option<String> {
    let para = sec.paragraphs.get(rng.below(sec.paragraphs.len()))?;
    let sentences: Vec<&str> = para
        .split_inclusive(". ")
        .filter(|s| s.split_whitespace().count() >= 8)
        .collect();
    let words: Vec<&str> = sentences
        .get(rng.below(sentences.len()))?
        .split_whitespace()
        .collect();
    if words.len() < 8 {
        return None;
    }
    let len = rng.range(6, 12.min(words.len()));
    let start = rng.below(words.len() - len + 1);
    let text = words[start..start + len].join(" ");
    Some(text.trim_end_matches(['.', ',']).to_string())
}

/// One point of a response, referring to the draft in one of several ways.
fn point(rng: &mut Rng, draft: &Draft) -> String {
    let sec = rng.pick(&draft.sections);
    let page = rng.range(sec.pages.0, sec.pages.1);
    let obj = object(rng);
    let ask = te_phrase(rng);
    match rng.below(7) {
        0 => format!(
            "In paragraaf {} ontbreekt aandacht voor {obj}. Wij vragen de werkgroep om {ask}.",
            sec.number
        ),
        1 => {
            let (subject, modal) = subject_and_modal(rng);
            format!(
                "Op pag. {page} staat dat {subject} {}. Wij vinden dit te vrijblijvend en stellen voor om {} {ask}.",
                subordinate(rng, modal),
                rng.pick(ADVERBIALS),
            )
        }
        2 => match quote(rng, sec) {
            Some(q) => format!(
                "De zin “{q}” roept vragen op. Wat betekent dit concreet voor {obj}? Wij adviseren om {ask}."
            ),
            None => format!(
                "Wij missen in hoofdstuk {} een uitwerking van {obj}.",
                sec.number.split('.').next().unwrap_or("1")
            ),
        },
        3 => format!(
            "Wij onderschrijven de ambitie in {} ({}), maar missen een concrete planning. {}",
            if sec.number.starts_with("Bijlage") {
                sec.number.to_lowercase()
            } else {
                format!("paragraaf {}", sec.number)
            },
            sec.title.to_lowercase(),
            sentence(rng)
        ),
        4 => {
            let (subject, modal) = subject_and_modal(rng);
            format!(
                "Het is ons niet duidelijk hoe {subject} {}. Graag zien wij dit uitgewerkt voor {}.",
                subordinate(rng, modal),
                rng.pick(TOWNS)
            )
        }
        5 => match quote(rng, sec) {
            Some(q) => format!(
                "Op pagina {page} lezen wij: \"{q}\". Wij stellen voor deze passage te schrappen of te verduidelijken."
            ),
            None => format!("Wij vragen u om {ask}."),
        },
        _ => format!(
            "Wij maken ons zorgen over {obj}. {} Wij verzoeken u {} {ask}.",
            sentence(rng),
            rng.pick(ADVERBIALS),
        ),
    }
}

/// A Dutch date line within (or just after) the consultation period.
fn date_line(rng: &mut Rng, town: &str) -> String {
    let (month, day) = if rng.chance(0.5) {
        (8, rng.range(1, 30))
    } else {
        let last = if rng.chance(0.9) { 15 } else { 31 };
        (9, rng.range(1, last))
    };
    match rng.below(3) {
        0 => format!("{town}, {day} {} 2026", MONTHS[month]),
        1 => format!("Datum: {day} {} 2026", MONTHS[month]),
        _ => format!("{town}, {day:02}-{:02}-2026", month + 1),
    }
}

fn letter(rng: &mut Rng, sender: &Sender, points: Vec<String>, draft: &Draft) -> Letter {
    let name = sender.name();
    let town = sender.town();
    let mut head = Vec::new();
    let email = matches!(sender, Sender::Resident { .. }) && rng.chance(0.3);
    let mut address_lines = 1;
    if email {
        let local = crate::ids::normalize(&name).replace(' ', ".");
        head.push(format!("Van: {name} <{local}@example.nl>"));
        head.push("Aan: inspraak@regio.example.nl".to_string());
        head.push(format!(
            "Verzonden: {} {} oktober 2026 {:02}:{:02}",
            rng.pick(&["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]),
            rng.range(1, 15),
            rng.range(8, 22),
            rng.range(0, 59)
        ));
        head.push(format!("Onderwerp: Reactie op {}", draft.title));
    } else {
        head.push(name.clone());
        if let Sender::Resident { .. } | Sender::Organisation { .. } = sender {
            address_lines = 3;
            head.push(format!("{} {}", rng.pick(STREETS), rng.range(1, 180)));
            head.push(format!(
                "{} {} {}",
                rng.range(2200, 2399),
                rng.pick(&["AB", "CD", "KL", "XR", "PT"]),
                town
            ));
        }
        head.push(date_line(rng, town));
        if !matches!(sender, Sender::Resident { .. }) {
            head.push(format!("Kenmerk: 2026/{:05}", rng.range(100, 99999)));
        }
        head.push(format!("Betreft: zienswijze op de {}", draft.title));
    }
    head.push(
        rng.pick(&[
            "Geachte leden van de werkgroep,",
            "Geachte heer, mevrouw,",
            "Beste werkgroep,",
            "Geacht bestuur,",
        ])
        .to_string(),
    );
    let intro = format!(
        "Met belangstelling hebben wij kennisgenomen van de {}. Hieronder geven wij onze reactie.",
        draft.title
    );
    let points = points
        .into_iter()
        .enumerate()
        .map(|(i, t)| (format!("{}.", i + 1), t))
        .collect();
    let mut tail = vec![rng
        .pick(&[
            "Met vriendelijke groet,",
            "Hoogachtend,",
            "Met vriendelijke groeten,",
        ])
        .to_string()];
    match sender {
        Sender::Council(_) => {
            tail.push("De griffier, mr. A. Jansen".to_string());
            tail.push("De voorzitter, drs. B. de Boer".to_string());
        }
        Sender::Board(_) => tail.push("burgemeester en wethouders van ".to_string() + town),
        _ => tail.push(name),
    }
    if !matches!(sender, Sender::Resident { .. }) && rng.chance(0.3) {
        tail.push(
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend."
                .to_string(),
        );
    }
    Letter {
        head,
        intro,
        points,
        tail,
        email,
        address_lines,
    }
}

/// A campaign's shared points, from the campaign's own stream.
fn campaign_points(seed: u64, campaign: usize, draft: &Draft) -> Vec<String> {
    let mut rng = Rng::stream(seed, (1 << 40) + campaign as u64);
    (0..rng.range(2, 4))
        .map(|_| point(&mut rng, draft))
        .collect()
}

/// Number of campaigns for a spec: about one per 40 campaign letters.
fn campaigns(spec: &Spec) -> usize {
    ((spec.responses as f64 * spec.campaign_share) / 40.0).ceil() as usize
}

/// The letter for response `index` and whether it is written as PDF.
pub fn response_letter(spec: &Spec, draft: &Draft, index: usize) -> (String, Letter, bool) {
    let mut rng = Rng::stream(spec.seed, index as u64);
    let n_campaigns = campaigns(spec);
    let campaign =
        (n_campaigns > 0 && rng.chance(spec.campaign_share)).then(|| rng.below(n_campaigns));
    let (sender, points) = match campaign {
        Some(c) => {
            let mut points = campaign_points(spec.seed, c, draft);
            // Near-identical: some senders add a sentence or drop a point.
            if rng.chance(0.3) {
                let last = points.len() - 1;
                points[last].push_str(&format!(" {}", sentence(&mut rng)));
            }
            if points.len() > 2 && rng.chance(0.2) {
                points.remove(rng.below(points.len()));
            }
            (Sender::resident(&mut rng), points)
        }
        None => {
            let sender = Sender::random(&mut rng);
            let n = match sender {
                Sender::Resident { .. } => rng.range(1, 4),
                _ => rng.range(3, 9),
            };
            (sender, (0..n).map(|_| point(&mut rng, draft)).collect())
        }
    };
    let pdf = rng.chance(spec.pdf_share);
    let name = format!("{:05}-{}", index + 1, sender.slug());
    let letter = letter(&mut rng, &sender, points, draft);
    (name, letter, pdf)
}

/// The letter as plain text (blank lines between paragraphs).
pub fn letter_text(letter: &Letter) -> String {
    let mut out = String::new();
    for (i, line) in letter.head.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        if !letter.email && i + 1 >= letter.address_lines {
            out.push('\n');
        }
    }
    if letter.email {
        out.push('\n');
    }
    out.push_str(&letter.intro);
    out.push_str("\n\n");
    for (label, text) in &letter.points {
        out.push_str(&format!("{label} {text}\n\n"));
    }
    for line in &letter.tail {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The letter as a PDF.
pub fn letter_pdf(letter: &Letter, title: &str) -> Vec<u8> {
    let mut blocks: Vec<Block> = letter.head.iter().cloned().map(Block::Paragraph).collect();
    blocks.push(Block::Paragraph(letter.intro.clone()));
    for (label, text) in &letter.points {
        blocks.push(Block::Numbered {
            label: label.clone(),
            text: text.clone(),
        });
    }
    blocks.extend(letter.tail.iter().cloned().map(Block::Paragraph));
    pdfwrite::render(&PdfDoc {
        title: title.to_string(),
        running_header: None,
        page_numbers: false,
        blocks,
    })
}

/// File name and bytes of response `index`.
pub fn response_file(spec: &Spec, draft: &Draft, index: usize) -> (String, Vec<u8>) {
    let (name, letter, pdf) = response_letter(spec, draft, index);
    if pdf {
        let title = format!("Reactie {}", index + 1);
        (format!("{name}.pdf"), letter_pdf(&letter, &title))
    } else {
        (format!("{name}.txt"), letter_text(&letter).into_bytes())
    }
}

/// Writes response `index` into `inbox/responses/`; returns its path.
pub fn write_response(
    spec: &Spec,
    draft: &Draft,
    index: usize,
    inbox: &Path,
) -> std::io::Result<PathBuf> {
    let dir = inbox.join("responses");
    std::fs::create_dir_all(&dir)?;
    let (name, bytes) = response_file(spec, draft, index);
    let path = dir.join(name);
    std::fs::write(&path, bytes)?;
    Ok(path)
}

/// Writes a whole consultation into `inbox` (created if needed): the draft
/// and the final version in `drafts/`, the responses in `responses/` and a
/// `consultation.toml`.
pub fn generate(spec: &Spec, inbox: &Path) -> std::io::Result<Summary> {
    let draft = draft(spec.seed, spec.pages);
    let final_version = revise(&draft, spec.seed);
    let drafts = inbox.join("drafts");
    std::fs::create_dir_all(&drafts)?;
    std::fs::create_dir_all(inbox.join("responses"))?;
    let mut summary = Summary {
        draft_pages: draft.pages,
        ..Summary::default()
    };
    let toml = format!(
        "title = \"{}\"\nperiod_start = 2026-09-01\ndeadline = 2026-10-15\nsender = \"Werkgroep regiovisie\"\n",
        draft.title
    );
    for (name, bytes) in [
        ("consultation.toml".to_string(), toml.into_bytes()),
        (
            "drafts/01-inspraakversie.pdf".to_string(),
            draft_pdf(&draft),
        ),
        (
            "drafts/02-definitief.pdf".to_string(),
            draft_pdf(&final_version),
        ),
    ] {
        std::fs::write(inbox.join(&name), &bytes)?;
        summary.bytes += bytes.len() as u64;
        summary.files.push(PathBuf::from(name));
    }
    let written: Vec<std::io::Result<(PathBuf, u64, bool)>> = (0..spec.responses)
        .into_par_iter()
        .map(|i| {
            let (name, bytes) = response_file(spec, &draft, i);
            std::fs::write(inbox.join("responses").join(&name), &bytes)?;
            let pdf = name.ends_with(".pdf");
            Ok((Path::new("responses").join(name), bytes.len() as u64, pdf))
        })
        .collect();
    for w in written {
        let (path, len, pdf) = w?;
        summary.files.push(path);
        summary.bytes += len;
        summary.pdf_responses += usize::from(pdf);
    }
    Ok(summary)
}

#[cfg(test)]
mod tests;
