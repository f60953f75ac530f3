//! Whether two texts that are similar as texts make the same point
//! ([`same_point`]): campaign grouping shows one text for all members of a
//! group, so two texts are grouped only when the words in which they differ
//! are no part of what they ask or say.
//!
//! The texts are compared word by word (a diff); each stretch in which they
//! differ is judged on its own:
//!
//! - Whole sentences one text has and the other lacks (or has others in
//!   their place) may differ — an own situation, an extra argument —
//!   unless such a sentence asks or states a view of its own (`moet`,
//!   `vraag`, `wil`, `vind`, `pleit`, `zorg dat` …): that is a point the
//!   other text does not make.
//! - A whole clause one text adds (`…, en niet alleen als het uitkomt`,
//!   `… en merken het als eerste`) likewise, unless it asks something or
//!   holds a word that turns or pins down a point (below).
//! - Within a sentence both texts share, the differing words must not be
//!   such words: polarity (`voor`/`tegen`, `niet`, `geen`, `wel`, `nooit`,
//!   `meer`/`minder` …), numbers, days, months, parts of the day and units
//!   of a term or amount (`weken`/`maanden`, `euro`), or a
//!   name for another name (`in Lindeveen`/`in Rijnsaten`). In a sentence
//!   about the writer (`Ik woon al 30 jaar in …`, `Als grootmoeder …`)
//!   numbers, days and names are the writer's own details and may differ,
//!   and so may a story with a polarity word in it (`en zet me in voor
//!   jonge ouders` / `en kom pas tegen de avond thuis`), unless it states a
//!   stance (`ik ben tegen …`) or the polarity words are all that differ.
//! - In a sentence that asks something, no other content word may differ
//!   (`verhoogd`/`verlaagd`, `medewerkers`/`vrijwilligers`): only words
//!   that stress the request (`dringend`), the writer's role (`als
//!   moeder`), a typo, or the reason given after `omdat`/`zodat`. A
//!   sentence asks with a marker (`moet`, `vraag` …) or a verb in the
//!   imperative opening it (`Neem …`, `Zorg ook dat …`).
//! - The sender's own name and place (from the letter's date line) are
//!   personal details wherever they stand (`alle gemeenten, ook
//!   Waddinxveen, …`); but a place that is not the sender's own where the
//!   other text has a name (even its sender's town) is another place.

/// What of a sender counts as personal details: the words of the sender's
/// name and place, lower-cased.
#[derive(Debug, Default, Clone)]
pub(crate) struct Details {
    words: Vec<String>,
    /// The words of the sender's place (also in `words`).
    place: Vec<String>,
}

impl Details {
    /// The details of a sender named `name` writing from `place`.
    pub(crate) fn new(name: &str, place: Option<&str>) -> Details {
        let keep = |w: &&str| w.chars().count() >= 2 && !is_plain_word(w);
        let mut place: Vec<String> = place
            .map(crate::ids::normalize)
            .unwrap_or_default()
            .split(' ')
            .filter(keep)
            .map(str::to_string)
            .collect();
        place.sort_unstable();
        place.dedup();
        let mut words: Vec<String> = crate::ids::normalize(name)
            .split(' ')
            .filter(keep)
            .map(str::to_string)
            .chain(place.iter().cloned())
            .collect();
        words.sort_unstable();
        words.dedup();
        Details { words, place }
    }

    fn has(&self, word: &str) -> bool {
        self.words
            .binary_search_by(|w| w.as_str().cmp(word))
            .is_ok()
    }

    /// Whether `word` is a word of the sender's own place.
    fn is_place(&self, word: &str) -> bool {
        self.place
            .binary_search_by(|w| w.as_str().cmp(word))
            .is_ok()
    }
}

/// Words of names and places that are ordinary words too (`van`, `de`,
/// `aan`, `den`): never taken as a personal detail.
fn is_plain_word(w: &str) -> bool {
    crate::text::STOP_WORDS.contains(&w)
        || matches!(
            w,
            "van" | "der" | "den" | "ter" | "ten" | "aan" | "op" | "la" | "le"
        )
}

/// A word of a text with where it stands.
#[derive(Debug)]
struct Token {
    lower: String,
    /// Begins with a capital.
    capital: bool,
    /// The sentence it is in (index).
    sentence: usize,
    /// First word of its sentence.
    sentence_start: bool,
    /// A clause boundary (punctuation, a line break or the text's start)
    /// comes right before it.
    boundary: bool,
    /// It stands after a word of [`ARGUMENT`] in its sentence: part of the
    /// reason given, not of the request.
    argument: bool,
}

/// A text's words and, per sentence, what it is.
#[derive(Debug)]
pub(crate) struct Words {
    tokens: Vec<Token>,
    /// Per sentence: whether it asks or states a view ([`MARKERS`]).
    asks: Vec<bool>,
    /// Per sentence: whether it is about the writer and asks nothing.
    personal: Vec<bool>,
}

/// Words with which a sentence asks something or states a view.
const MARKERS: &[&str] = &[
    "moet",
    "moeten",
    "moest",
    "moesten",
    "vraag",
    "vragen",
    "verzoek",
    "verzoeken",
    "wil",
    "wilt",
    "willen",
    "wens",
    "wensen",
    "pleit",
    "pleiten",
    "graag",
    "eens",
    "oneens",
    "steun",
    "steunt",
    "steunen",
    "vind",
    "vindt",
    "vinden",
    "zou",
    "zouden",
    "hoop",
    "hopen",
    "dient",
    "dienen",
    "verwacht",
    "verwachten",
    "adviseer",
    "adviseert",
    "adviseren",
    "bepleit",
    "eis",
    "eisen",
    "protesteer",
    "bezwaar",
];

/// Verbs that open a request in the imperative (`Neem deze termijn op
/// ...`, `Zorg ook dat ...`, `Trek extra geld uit ...`): a sentence opening
/// with one (after an adverb of [`LEADING`]) asks something. The
/// splitter's (`request_verbs!`) and these more.
fn is_imperative(word: &str) -> bool {
    const MORE: &[&str] = &[
        "hou",
        "trek",
        "leg",
        "stel",
        "zet",
        "richt",
        "bied",
        "organiseer",
        "financier",
        "betaal",
        "verbeter",
        "verkort",
        "verleng",
        "vergroot",
        "verklein",
        "verminder",
        "bespreek",
        "onderzoek",
        "kijk",
        "let",
        "laat",
        "doe",
        "ga",
        "blijf",
        "reserveer",
        "besteed",
        "train",
        "informeer",
        "help",
        "luister",
        "bouw",
        "werk",
        "schaf",
        "voer",
        "ontwikkel",
        "creëer",
    ];
    request_verbs!().split('|').any(|v| v == word) || MORE.contains(&word)
}

/// Adverbs that may open a request in the imperative (`Ook: zorg ...`,
/// `Daarnaast neem ...`).
const LEADING: &[&str] = &[
    "ook",
    "daarnaast",
    "verder",
    "tevens",
    "en",
    "dus",
    "daarom",
    "vooral",
    "alstublieft",
    "alsjeblieft",
    "graag",
];

/// Words that only stress or link a request (`Ik vraag u **dringend**
/// ...`): a member may add or change them without changing what is asked.
const FILLERS: &[&str] = &[
    "dringend",
    "echt",
    "heel",
    "erg",
    "zeer",
    "zeker",
    "alstublieft",
    "alsjeblieft",
    "nogmaals",
    "even",
    "vriendelijk",
    "vriendelijke",
    "klem",
    "nadrukkelijk",
    "eigenlijk",
    "gewoon",
    "beslist",
    "absoluut",
    "hartelijk",
    "vooral",
    "juist",
    "tevens",
    "bovendien",
    "daarnaast",
    "verder",
    "ten",
    "zeerste",
    "dan",
    "jullie",
    "hierom",
    "daarvoor",
    "hiervoor",
];

/// Words after which a sentence gives its reason, not its request
/// (`..., zodat vrouwen niet ver hoeven te reizen`).
const ARGUMENT: &[&str] = &["omdat", "want", "zodat", "doordat", "aangezien"];

/// Words that turn a point around or set its direction.
const POLARITY: &[&str] = &[
    "voor", "tegen", "niet", "geen", "wel", "nooit", "altijd", "meer", "minder", "hoger", "lager",
    "langer", "korter", "eerder", "later", "groter", "kleiner", "sneller", "vaker", "zonder",
    "behouden", "sluiten", "openen", "open", "dicht",
];

/// Words that pin a point down: numbers, days, parts of the day (and the
/// months, [`crate::text::DUTCH_MONTHS`]).
const PINS: &[&str] = &[
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "honderd",
    "duizend",
    "half",
    "helft",
    "maandagen",
    "dinsdagen",
    "woensdagen",
    "donderdagen",
    "vrijdagen",
    "zaterdagen",
    "zondagen",
    "weekend",
    "weekends",
    "werkdagen",
    "doordeweeks",
    "feestdagen",
    "ochtend",
    "ochtends",
    "middag",
    "middags",
    "avond",
    "avonds",
    "nacht",
    "nachts",
    "dagelijks",
    "wekelijks",
    "maandelijks",
    "jaarlijks",
    "uur",
    "uren",
    "minuut",
    "minuten",
    "dag",
    "dagen",
    "week",
    "weken",
    "maand",
    "maanden",
    "kwartaal",
    "jaar",
    "jaren",
    "euro",
    "procent",
    "keer",
];

impl Words {
    pub(crate) fn new(text: &str) -> Words {
        let mut tokens: Vec<Token> = Vec::new();
        let mut sentence = 0usize;
        let mut gap_start = 0usize;
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            let word = &text[start..end];
            let gap = &text[gap_start..start];
            gap_start = end;
            let prev = tokens.last();
            // `2.1`, `1.000`: a point between digits ends nothing.
            let between_digits = gap == "."
                && prev.is_some_and(|p| p.lower.chars().all(|c| c.is_ascii_digit()))
                && word.chars().all(|c| c.is_ascii_digit());
            let ends_sentence = prev.is_none()
                || (!between_digits && gap.contains(['.', '!', '?']))
                || gap.contains("\n\n")
                || gap.contains("\r\n\r\n");
            if ends_sentence && prev.is_some() {
                sentence += 1;
            }
            let boundary = ends_sentence
                || (!between_digits
                    && gap.contains([',', ';', ':', '(', ')', '–', '—', '\n', '"', '“', '”']))
                || gap.contains(" - ");
            let mut lower = String::with_capacity(word.len());
            crate::ids::push_lowercase(&mut lower, word);
            let argument = !ends_sentence
                && prev.is_some_and(|p| p.argument || ARGUMENT.contains(&p.lower.as_str()));
            tokens.push(Token {
                lower,
                capital: c.is_uppercase(),
                sentence,
                sentence_start: ends_sentence,
                boundary,
                argument,
            });
        }
        let sentences = tokens.last().map_or(0, |t| t.sentence + 1);
        let mut asks = vec![false; sentences];
        let mut personal = vec![false; sentences];
        let mut s = 0;
        while s < tokens.len() {
            let n = tokens[s].sentence;
            let e = tokens[s..]
                .iter()
                .position(|t| t.sentence != n)
                .map_or(tokens.len(), |p| s + p);
            let words: Vec<&str> = tokens[s..e].iter().map(|t| t.lower.as_str()).collect();
            asks[n] = asks_something(&words)
                && !(about_the_writer(&words) && only_reports_a_must(&words));
            personal[n] = !asks[n] && about_the_writer(&words);
            s = e;
        }
        Words {
            tokens,
            asks,
            personal,
        }
    }

    /// The words at `at`, lower-cased.
    fn words_at(&self, at: &[usize]) -> Vec<&str> {
        at.iter().map(|&i| self.tokens[i].lower.as_str()).collect()
    }

    fn lower(&self) -> Vec<&str> {
        self.tokens.iter().map(|t| t.lower.as_str()).collect()
    }

    /// Whether `range` holds whole sentences.
    fn whole_sentences(&self, range: &std::ops::Range<usize>) -> bool {
        !range.is_empty()
            && self.tokens[range.start].sentence_start
            && self.tokens.get(range.end).is_none_or(|t| t.sentence_start)
    }

    /// Whether `range` is a whole clause: a boundary (or a conjunction)
    /// at its start and a boundary after it.
    fn whole_clause(&self, range: &std::ops::Range<usize>) -> bool {
        range.len() >= 3
            && (self.tokens[range.start].boundary
                || CONJUNCTIONS.contains(&self.tokens[range.start].lower.as_str()))
            && self.tokens.get(range.end).is_none_or(|t| t.boundary)
    }
}

/// Words that start a clause.
const CONJUNCTIONS: &[&str] = &[
    "en", "maar", "want", "omdat", "zodat", "doordat", "terwijl", "als", "wanneer", "die", "dat",
    "waardoor", "waarbij", "zoals", "ook", "of",
];

fn asks_something(words: &[&str]) -> bool {
    // A marker after `te` is an infinitive inside the sentence (`om de weg
    // te vinden`), not the writer's view (`wij vinden`).
    words
        .iter()
        .enumerate()
        .any(|(i, w)| MARKERS.contains(w) && (i == 0 || words[i - 1] != "te"))
        || words.windows(2).any(|p| {
            matches!(p[0], "zorg" | "zorgt" | "zorgen") && matches!(p[1], "dat" | "ervoor")
        })
        || words
            .iter()
            .find(|w| !LEADING.contains(w))
            .is_some_and(|w| is_imperative(w))
}

/// Forms of `moeten` (must): a marker of [`MARKERS`] that also tells what
/// someone had to do.
const MUST: &[&str] = &["moet", "moeten", "moest", "moesten"];

/// Words that open a clause telling what happened or where (`waar zij
/// heen moet`, `toen ik moest wachten`), not what is asked.
const REPORTING: &[&str] = &[
    "waar", "waarheen", "wat", "wie", "hoe", "toen", "waarom", "omdat", "doordat", "want",
];

/// Auxiliaries of the perfect (`heeft ... moeten bellen`): what had to be
/// done, not what is asked.
const PERFECT: &[&str] = &["heb", "heeft", "hebben", "had", "hadden"];

/// Whether the sentence `words` (about the writer) asks nothing but for
/// its `moet`: each form of `moeten` in it tells what someone had to do
/// (`Mijn buurman heeft de politie moeten bellen`) or stands in a clause
/// that tells what happened or where (`Mijn zus wist niet waar ze heen
/// moest`), and without them it asks nothing.
fn only_reports_a_must(words: &[&str]) -> bool {
    let mut any = false;
    for (i, w) in words.iter().enumerate() {
        if !MUST.contains(w) {
            continue;
        }
        any = true;
        let before = &words[..i];
        let reported = before
            .iter()
            .any(|b| PERFECT.contains(b) || REPORTING.contains(b));
        if !reported {
            return false;
        }
    }
    let rest: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !MUST.contains(w))
        .collect();
    any && !asks_something(&rest)
}

/// A sentence about the writer: `Ik woon …`, `Ik ben …`, `Als grootmoeder
/// …`, one with `mijn`/`onze`.
fn about_the_writer(words: &[&str]) -> bool {
    let starts = match words {
        [first, second, ..] => {
            matches!(*first, "ik" | "wij" | "we")
                && matches!(
                    *second,
                    "ben" | "woon" | "werk" | "heb" | "zijn" | "wonen" | "werken" | "hebben"
                )
        }
        _ => false,
    };
    starts
        || words.first() == Some(&"als")
        || words.iter().any(|w| matches!(*w, "mijn" | "onze" | "ons"))
}

/// Whether the texts `a` and `b` of senders with details `da` and `db`
/// make the same point (see the module).
pub(crate) fn same_point(a: &Words, da: &Details, b: &Words, db: &Details) -> bool {
    let (la, lb) = (a.lower(), b.lower());
    if la == lb {
        return true;
    }
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &la, &lb);
    // Runs of changed words, as ranges in `a` and `b`.
    let mut hunks: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    let mut open: Option<(std::ops::Range<usize>, std::ops::Range<usize>)> = None;
    for op in &ops {
        let (tag, ra, rb) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            hunks.extend(open.take());
            continue;
        }
        open = Some(match open.take() {
            Some((oa, ob)) => (oa.start..ra.end.max(oa.end), ob.start..rb.end.max(ob.end)),
            None => (ra, rb),
        });
    }
    hunks.extend(open);
    hunks
        .iter()
        .all(|(ra, rb)| same_in_hunk(a, da, ra, b, db, rb))
}

/// Whether one stretch in which the texts differ leaves their point the
/// same.
fn same_in_hunk(
    a: &Words,
    da: &Details,
    ra: &std::ops::Range<usize>,
    b: &Words,
    db: &Details,
    rb: &std::ops::Range<usize>,
) -> bool {
    let differing = |w: &Words, d: &Details, r: &std::ops::Range<usize>| -> Vec<usize> {
        r.clone().filter(|&i| !d.has(&w.tokens[i].lower)).collect()
    };
    let (xa, xb) = (differing(a, da, ra), differing(b, db, rb));
    if xa.is_empty() && xb.is_empty() {
        return true;
    }
    // Someone of the writer's own circle, named by relation (`mijn zus
    // Fleur` / `mijn buurman Henk` / `mijn collega Ruud`): a detail of the
    // writer's own situation, whatever the sentence goes on to say.
    // Not a name swapped for another after the same words (`mijn zoon
    // Daan` / `mijn zoon Tim`): each resident's own child, two residents'
    // own points, as without a relation word.
    let only_names = |w: &Words, x: &[usize]| {
        !x.is_empty()
            && x.iter().all(|&i| {
                let t = &w.tokens[i];
                (t.capital && !t.sentence_start) || NAME_PARTICLES.contains(&t.lower.as_str())
            })
    };
    if own_relation(a, &xa) && own_relation(b, &xb) && !(only_names(a, &xa) && only_names(b, &xb)) {
        return true;
    }
    let asks = |w: &Words, r: &std::ops::Range<usize>| {
        let mut seen = r.clone().map(|i| w.tokens[i].sentence).collect::<Vec<_>>();
        seen.dedup();
        seen.iter().any(|&s| w.asks[s])
    };
    // Whole sentences added, dropped or replaced.
    let sentences_or_none =
        |w: &Words, r: &std::ops::Range<usize>| r.is_empty() || w.whole_sentences(r);
    if sentences_or_none(a, ra) && sentences_or_none(b, rb) {
        return !asks(a, ra) && !asks(b, rb);
    }
    // A whole clause added or dropped.
    let clause_only = |w: &Words, r: &std::ops::Range<usize>, other: &std::ops::Range<usize>| {
        other.is_empty() && w.whole_clause(r)
    };
    if clause_only(a, ra, rb) || clause_only(b, rb, ra) {
        let (w, r) = if ra.is_empty() { (b, rb) } else { (a, ra) };
        let words: Vec<&str> = r.clone().map(|i| w.tokens[i].lower.as_str()).collect();
        let personal = w.personal[w.tokens[r.start].sentence];
        let x: Vec<usize> = r.clone().collect();
        return !asks_something(&words)
            && (!has_polarity(&words) || personal && own_story(w, &x, &[]))
            && (personal || !words.iter().any(|x| is_pin(x)));
    }
    // Words within a sentence.
    let sentence_of = |w: &Words, r: &std::ops::Range<usize>| {
        let at = r.start.min(w.tokens.len().saturating_sub(1));
        w.tokens.get(at).map(|t| t.sentence)
    };
    let personal = [(a, ra), (b, rb)]
        .iter()
        .all(|(w, r)| sentence_of(w, r).is_none_or(|s| w.personal[s]));
    // A stance in a sentence about the writer (`Ik woon hier en ben tegen
    // het plan`) that the other text's sentence does not take, whatever
    // the diff aligned.
    let stances_a = sentence_of(a, ra).map(|s| stance_words(a, s));
    let stances_b = sentence_of(b, rb).map(|s| stance_words(b, s));
    if personal && stances_a.unwrap_or_default() != stances_b.unwrap_or_default() {
        return false;
    }
    let (wa, wb) = (a.words_at(&xa), b.words_at(&xb));
    if (has_polarity(&wa) || has_polarity(&wb))
        && !(personal && own_story(a, &xa, &wb) && own_story(b, &xb, &wa))
    {
        return false;
    }
    if personal {
        return true;
    }
    if wa.iter().chain(&wb).any(|w| is_pin(w)) {
        return false;
    }
    // A name for another (or a name added): `in Lindeveen`/`in Rijnsaten`.
    // The sender's own name is a detail wherever it stands, and so is the
    // own town where each writes their own (`ook Gouda`/`ook Waddinxveen`)
    // or one adds it; a place that is not the sender's own put where the
    // other has a name (its own town, `in Rijnsaten`/`in Westerlaak`) is
    // another place asked for.
    let names = |w: &Words, d: &Details, r: &std::ops::Range<usize>| {
        let mut other = false;
        let mut any = false;
        for i in r.clone() {
            let t = &w.tokens[i];
            if !t.capital || t.sentence_start || d.has(&t.lower) && !d.is_place(&t.lower) {
                continue;
            }
            any = true;
            other |= !d.is_place(&t.lower);
        }
        (other, any)
    };
    let (oa, na) = names(a, da, ra);
    let (ob, nb) = names(b, db, rb);
    if oa && (nb || rb.is_empty()) || ob && (na || ra.is_empty()) {
        return false;
    }
    // In a sentence that asks something, another word in what it asks
    // (`verhoogd`/`verlaagd`, `medewerkers`/`vrijwilligers`,
    // `structureel`/`eenmalig`) asks something else; words that only stress
    // it, a typo, or the reason given after `omdat`/`zodat` do not.
    let asks = |w: &Words, r: &std::ops::Range<usize>| {
        let first = sentence_of(w, r);
        let last = r
            .end
            .checked_sub(1)
            .and_then(|i| w.tokens.get(i))
            .map(|t| t.sentence);
        first.is_some_and(|f| (f..=last.unwrap_or(f)).any(|s| w.asks.get(s) == Some(&true)))
    };
    if asks(a, ra) || asks(b, rb) {
        return same_request(a, &xa, b, &xb);
    }
    true
}

/// Possessives before a word for a relation (`mijn zus`, `onze buurman`;
/// `m'n` is read as `m` and `n`).
const POSSESSIVES: &[&str] = &["mijn", "m", "n", "onze", "ons", "zijn", "z", "haar", "hun"];

/// Whether the words `x` of `w` (none at all included) are only someone the
/// writer names by their relation to them: the possessive and the word for
/// the relation (`mijn zus`, `mijn oudere zus`), and a name right after it
/// (`Fleur`, `Fleur de Vries`), in any mix (`zus Fleur` / `buurman Henk`).
fn own_relation(w: &Words, x: &[usize]) -> bool {
    let possessive_at = |j: usize| -> bool { POSSESSIVES.contains(&w.tokens[j].lower.as_str()) };
    // A word for a relation after a possessive (one adjective between).
    let relation_at = |j: usize| -> bool {
        let t = &w.tokens[j];
        crate::privacy::is_role_word(&t.lower)
            && (1..=2).any(|back| {
                j.checked_sub(back).is_some_and(|k| {
                    w.tokens[k].sentence == t.sentence
                        && possessive_at(k)
                        && (back == 1 || !w.tokens[k + 1].capital)
                })
            })
    };
    // A name (capitalised words, particles between them) right after a
    // relation word.
    let name_at = |j: usize| -> bool {
        let t = &w.tokens[j];
        if !t.capital || t.sentence_start {
            return false;
        }
        let mut k = j;
        while let Some(prev) = k.checked_sub(1) {
            let p = &w.tokens[prev];
            if p.sentence != t.sentence {
                return false;
            }
            if relation_at(prev) {
                return true;
            }
            let part_of_name =
                (p.capital && !p.sentence_start) || NAME_PARTICLES.contains(&p.lower.as_str());
            if !part_of_name {
                return false;
            }
            k = prev;
        }
        false
    };
    x.iter().all(|&i| {
        let next_is_relation = || i + 1 < w.tokens.len() && relation_at(i + 1);
        let particle_in_name = || {
            NAME_PARTICLES.contains(&w.tokens[i].lower.as_str())
                && i + 1 < w.tokens.len()
                && name_at(i + 1)
        };
        relation_at(i) || name_at(i) || possessive_at(i) && next_is_relation() || particle_in_name()
    })
}

/// Particles inside a person's name (`Fleur de Vries`, `Ruud van 't Hof`).
const NAME_PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "te", "het", "t", "la", "le", "du", "da", "el", "al",
];

/// Whether the differing words `xa` of `a` and `xb` of `b`, within a
/// sentence that asks something, leave the request the same: no content
/// word outside the reason given (stop words, [`MARKERS`] and
/// [`FILLERS`] are none), apart from typos (a word that another differing
/// word is one edit from, or words written together or apart), and no
/// role the writer names (`als moeder`) that is more than that.
fn same_request(a: &Words, xa: &[usize], b: &Words, xb: &[usize]) -> bool {
    let joined = |w: &Words, x: &[usize]| -> String {
        x.iter().map(|&i| w.tokens[i].lower.as_str()).collect()
    };
    if !xa.is_empty() && !xb.is_empty() && typo(&joined(a, xa), &joined(b, xb)) {
        return true;
    }
    let content = |w: &Words, x: &[usize]| -> Vec<usize> {
        x.iter()
            .copied()
            .filter(|&i| {
                let t = &w.tokens[i];
                let l = t.lower.as_str();
                !t.argument
                    && l.chars().count() >= 2
                    && !crate::text::STOP_WORDS.contains(&l)
                    && !MARKERS.contains(&l)
                    && !FILLERS.contains(&l)
                    && !is_plain_word(l)
                    && !writers_role(w, i)
            })
            .collect()
    };
    let (ca, cb) = (content(a, xa), content(b, xb));
    let near = |w: &Words, i: usize, o: &Words, x: &[usize]| {
        x.iter()
            .any(|&j| typo(&w.tokens[i].lower, &o.tokens[j].lower))
    };
    ca.iter().all(|&i| near(a, i, b, xb)) && cb.iter().all(|&i| near(b, i, a, xa))
}

/// Whether token `i` of `w` is the role a writer names (`als moeder`, `als
/// inwoner van`): one or two words right after `als`.
fn writers_role(w: &Words, i: usize) -> bool {
    (1..=2).any(|back| {
        i.checked_sub(back).is_some_and(|j| {
            w.tokens[j].lower == "als" && w.tokens[j].sentence == w.tokens[i].sentence
        })
    })
}

/// Whether `x` and `y` differ by a typo: at most one letter added, left
/// out, replaced, or two letters swapped, in words of four letters or more.
fn typo(x: &str, y: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
    if x == y {
        return true;
    }
    if x.len().min(y.len()) < 4 || x.len().abs_diff(y.len()) > 1 {
        return false;
    }
    // Optimal string alignment distance, stopped above 1.
    let (n, m) = (x.len(), y.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(x[i - 1] != y[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m] <= 1
}

/// Forms of `zijn` before which `voor`/`tegen` states a stance (`ik ben
/// tegen het plan`, `wij zijn er voor`).
const COPULA: &[&str] = &[
    "ben", "bent", "is", "zijn", "was", "waren", "blijf", "blijft", "blijven",
];

/// Words that may stand between a copula and its `voor`/`tegen` (`ik
/// ben er fel tegen`).
const STANCE_FILLERS: &[&str] = &[
    "er", "dus", "echt", "helemaal", "fel", "sterk", "absoluut", "juist", "zeker", "wel", "niet",
    "ook", "daarom", "nog", "steeds",
];

/// Whether the differing words `x` of `w`, in a sentence about the
/// writer, only tell the writer's own story (`en zet me in voor jonge
/// ouders` / `en kom pas tegen de avond thuis`), though a polarity word
/// stands among them: it is no stance (`ben tegen`, `ben er voor`), and
/// neither these words nor the other text's `other` (of the same hunk)
/// are the polarity words alone (`voor`/`tegen`, `niet` added): there
/// the point is turned round.
fn own_story(w: &Words, x: &[usize], other: &[&str]) -> bool {
    let words = w.words_at(x);
    let only_polarity = |ws: &[&str]| {
        ws.iter().any(|v| POLARITY.contains(v))
            && ws
                .iter()
                .all(|v| POLARITY.contains(v) || STANCE_FILLERS.contains(v))
    };
    let stance = x.iter().any(|&i| is_stance(w, i));
    !stance && !only_polarity(&words) && !only_polarity(other)
}

/// Whether token `i` of `w` is a polarity word after a copula (`ben
/// tegen`, `ben er fel voor`): a stance.
fn is_stance(w: &Words, i: usize) -> bool {
    POLARITY.contains(&w.tokens[i].lower.as_str())
        && (0..i)
            .rev()
            .take_while(|&k| w.tokens[k].sentence == w.tokens[i].sentence)
            .map(|k| w.tokens[k].lower.as_str())
            .find(|t| !STANCE_FILLERS.contains(t))
            .is_some_and(|t| COPULA.contains(&t))
}

/// The stances ([`is_stance`]) sentence `s` of `w` takes, in order.
fn stance_words(w: &Words, s: usize) -> Vec<&str> {
    (0..w.tokens.len())
        .filter(|&i| w.tokens[i].sentence == s && is_stance(w, i))
        .map(|i| w.tokens[i].lower.as_str())
        .collect()
}

/// Whether `words` hold a polarity word ([`POLARITY`]); `niet alleen`
/// (not only) is none.
fn has_polarity(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        POLARITY.contains(w)
            && !(matches!(*w, "niet")
                && matches!(words.get(i + 1), Some(&("alleen" | "enkel" | "slechts"))))
    })
}

/// A number, day, month or part of the day ([`PINS`]).
fn is_pin(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        || PINS.contains(&w)
        || crate::text::DUTCH_MONTHS.contains(&w)
        || crate::text::DUTCH_WEEKDAYS.contains(&w)
}

#[cfg(test)]
mod tests;
