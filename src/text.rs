//! Dutch text utilities shared by linking, comparison and the ledger:
//! tokenising, stop words, stemming and set similarity.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use regex::Regex;
use rust_stemmers::{Algorithm, Stemmer};

/// Dutch weekday names, Monday first.
pub const DUTCH_WEEKDAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Dutch month names, January first.
pub const DUTCH_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// A regex compiled once, on first use, from a pattern that is part of the
/// program (never from input): a mistake in it fails every test that uses
/// it, so compiling cannot fail for a user.
pub fn static_regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| compile_static(pattern))
}

/// The superscript digits, `⁰` to `⁹` (`SUPERSCRIPT_DIGITS[d]` is digit
/// `d`): a footnote's mark as Word shows it and as some PDFs set it.
pub const SUPERSCRIPT_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// Compiles a pattern of the program (see [`static_regex`]).
fn compile_static(pattern: &str) -> Regex {
    Regex::new(pattern).expect(
        "a pattern of the program, never of input: a mistake in it fails every test that uses it",
    )
}

/// A regex written in the program, compiled on first use (like
/// [`static_regex`]), that can also be compiled ahead of use: see
/// [`crate::split::prepare`].
///
/// One made with [`StaticRegex::narrowed`] has a second form for text of
/// the [`NARROW_TEXT`] characters only (Latin letters, general punctuation,
/// the euro sign), got with [`StaticRegex::for_text`]: the same pattern
/// with each character class cut down to those characters. On such text it
/// matches exactly as the whole pattern does (a class can only ever meet
/// those characters there), and it compiles faster: counted repetitions of
/// Unicode classes (`(\w+ ){0,3}`, `[^.!?]{0,40}`) are what make a pattern
/// costly to compile, and the splitter's costliest patterns are compiled
/// for every re-run that splits a new letter (the twelve narrowed ones take
/// ~45 instead of ~60 ms on one core, the first time in a process). Other
/// text gets the whole pattern, compiled when first needed.
pub struct StaticRegex {
    cell: OnceLock<Regex>,
    narrow: OnceLock<Regex>,
    pattern: Pattern,
    narrowed: bool,
    /// Searched with in this process (not only compiled ahead of use).
    used: AtomicBool,
    /// [`pattern_key`] of the pattern, made on first need.
    key: OnceLock<PatternKey>,
    /// Searched through its gate first ([`StaticRegex::gated`]).
    gated: bool,
    /// The gate: the pattern with its counted repetitions unbounded.
    gate: OnceLock<Regex>,
}

enum Pattern {
    Fixed(&'static str),
    /// Put together from constants of the program.
    Built(fn() -> String),
}

/// The characters a [`StaticRegex::narrowed`] regex has a cheaper form for:
/// Latin (U+0000–U+024F), general punctuation (U+2000–U+206F: typographic
/// quotes, dashes, bullets, the ellipsis) and the euro sign.
pub const NARROW_TEXT: [(char, char); 3] = [
    ('\u{0}', '\u{24F}'),
    ('\u{2000}', '\u{206F}'),
    ('\u{20AC}', '\u{20AC}'),
];

/// Whether every character of `text` is one of [`NARROW_TEXT`].
pub fn is_narrow_text(text: &str) -> bool {
    text.is_ascii()
        || text
            .chars()
            .all(|c| NARROW_TEXT.iter().any(|&(lo, hi)| lo <= c && c <= hi))
}

impl StaticRegex {
    /// The regex of `pattern`.
    pub const fn new(pattern: &'static str) -> StaticRegex {
        StaticRegex {
            cell: OnceLock::new(),
            narrow: OnceLock::new(),
            pattern: Pattern::Fixed(pattern),
            narrowed: false,
            used: AtomicBool::new(false),
            key: OnceLock::new(),
            gated: false,
            gate: OnceLock::new(),
        }
    }

    /// The regex of `pattern`, with a form for [`NARROW_TEXT`] (see
    /// [`StaticRegex::for_text`]).
    pub const fn narrowed(pattern: &'static str) -> StaticRegex {
        StaticRegex {
            cell: OnceLock::new(),
            narrow: OnceLock::new(),
            pattern: Pattern::Fixed(pattern),
            narrowed: true,
            used: AtomicBool::new(false),
            key: OnceLock::new(),
            gated: false,
            gate: OnceLock::new(),
        }
    }

    /// The regex of the pattern `build` returns.
    pub const fn built(build: fn() -> String) -> StaticRegex {
        StaticRegex {
            cell: OnceLock::new(),
            narrow: OnceLock::new(),
            pattern: Pattern::Built(build),
            narrowed: false,
            used: AtomicBool::new(false),
            key: OnceLock::new(),
            gated: false,
            gate: OnceLock::new(),
        }
    }

    /// The regex of the pattern `build` returns, with a form for
    /// [`NARROW_TEXT`] (see [`StaticRegex::for_text`]).
    pub const fn built_narrowed(build: fn() -> String) -> StaticRegex {
        StaticRegex {
            cell: OnceLock::new(),
            narrow: OnceLock::new(),
            pattern: Pattern::Built(build),
            narrowed: true,
            used: AtomicBool::new(false),
            key: OnceLock::new(),
            gated: false,
            gate: OnceLock::new(),
        }
    }

    /// The same regex, searched through a gate: a text is searched with it
    /// only when the gate, the pattern with each counted repetition
    /// unbounded (`[^.!?]{0,40}` as `[^.!?]*`, see [`relax_pattern`]),
    /// matches the text; where the gate does not, [`StaticRegex::for_text`]
    /// gives a regex that matches nothing. The gate matches wherever the
    /// pattern does (each count it allows is allowed by the gate too), so
    /// no match changes, but the pattern itself is compiled only when a
    /// text passes its gate: counted repetitions of wide classes are what
    /// make a pattern costly to compile (`(?:[^;:.]|\.\d){0,250}`: ~50 ms,
    /// its gate ~1.5), and a run that splits one new letter compiles every
    /// pattern the letter reaches. For patterns whose texts seldom pass the
    /// gate (an opening, a closing formula), searched with
    /// [`StaticRegex::for_text`] only.
    pub const fn gated(mut self) -> StaticRegex {
        self.gated = true;
        self
    }

    /// Was it made with [`StaticRegex::gated`]?
    pub fn is_gated(&self) -> bool {
        self.gated
    }

    /// Was it made with [`StaticRegex::narrowed`] or
    /// [`StaticRegex::built_narrowed`]?
    pub fn is_narrowed(&self) -> bool {
        self.narrowed
    }

    /// Has it been compiled? (For a narrowed one: its form for
    /// [`NARROW_TEXT`].)
    pub fn is_compiled(&self) -> bool {
        if self.gated {
            self.gate.get().is_some()
        } else if self.narrowed {
            self.narrow.get().is_some()
        } else {
            self.cell.get().is_some()
        }
    }

    /// Compiles the form that text is most likely to need: for a narrowed
    /// regex the one for [`NARROW_TEXT`], else the regex. Compiling ahead
    /// does not count as a use ([`StaticRegex::was_used`]).
    pub fn compile(&self) {
        if self.gated {
            self.gate_form();
        } else if self.narrowed {
            self.narrow_form();
        } else {
            self.whole();
        }
    }

    /// The compiled regex.
    pub fn get(&self) -> &Regex {
        self.mark_used();
        self.whole()
    }

    fn whole(&self) -> &Regex {
        match &self.pattern {
            Pattern::Fixed(p) => self.cell.get_or_init(|| compile_static(p)),
            Pattern::Built(build) => self.cell.get_or_init(|| compile_static(&build())),
        }
    }

    /// The compiled regex to search `haystack` with: for a narrowed regex
    /// and a haystack of [`NARROW_TEXT`] only, its narrow form (which
    /// matches there exactly as [`StaticRegex::get`]'s does); else
    /// [`StaticRegex::get`]'s. Search only `haystack` with it.
    ///
    /// For a gated regex ([`StaticRegex::gated`]) whose form for `haystack`
    /// is not compiled yet: a regex that matches nothing where its gate
    /// does not match `haystack` (nor would the regex).
    pub fn for_text(&self, haystack: &str) -> &Regex {
        self.mark_used();
        let narrow = self.narrowed && is_narrow_text(haystack);
        // A narrowed regex's gate is made of its narrow form: it gates
        // text of [`NARROW_TEXT`] only.
        if self.gated && (narrow || !self.narrowed) {
            let compiled = if narrow {
                self.narrow.get().is_some()
            } else {
                self.cell.get().is_some()
            };
            if !compiled && !self.gate_form().is_match(haystack) {
                return never();
            }
        }
        if narrow {
            self.narrow_form()
        } else {
            self.whole()
        }
    }

    /// The gate of a gated regex ([`StaticRegex::gated`]): its pattern
    /// relaxed ([`relax_pattern`]); for a narrowed regex its narrow form
    /// relaxed (a Unicode `\w` unbounded still costs more than counted
    /// Latin letters). Kept among the narrowed forms like them.
    fn gate_form(&self) -> &Regex {
        self.gate.get_or_init(|| {
            let pattern = match &self.pattern {
                Pattern::Fixed(p) => (*p).to_string(),
                Pattern::Built(build) => build(),
            };
            let key = pattern_key(&format!("gate {}\0{pattern}", self.narrowed));
            if let Some(known) = known_narrowed(&key) {
                if let Ok(re) = Regex::new(&known) {
                    return re;
                }
            }
            let relaxed = if self.narrowed {
                relax_pattern(&narrow_pattern(&pattern))
            } else {
                relax_pattern(&pattern)
            };
            remember_narrowed(key, &relaxed);
            compile_static(&relaxed)
        })
    }

    fn mark_used(&self) {
        // A load first: the flag's cache line stays shared between threads.
        if !self.used.load(Ordering::Relaxed) {
            self.used.store(true, Ordering::Relaxed);
        }
    }

    /// Has this process searched with it ([`StaticRegex::get`],
    /// [`StaticRegex::for_text`]), not only compiled it ahead of use?
    pub fn was_used(&self) -> bool {
        self.used.load(Ordering::Relaxed)
    }

    /// The key of its pattern ([`pattern_key`]).
    pub fn key(&self) -> PatternKey {
        *self.key.get_or_init(|| match &self.pattern {
            Pattern::Fixed(p) => pattern_key(p),
            Pattern::Built(build) => pattern_key(&build()),
        })
    }

    fn narrow_form(&self) -> &Regex {
        self.narrow.get_or_init(|| {
            let pattern = match &self.pattern {
                Pattern::Fixed(p) => (*p).to_string(),
                Pattern::Built(build) => build(),
            };
            let key = pattern_key(&pattern);
            // Kept by an earlier run of this build: no parse and print. One
            // that does not compile (a damaged cache) is made again.
            if let Some(known) = known_narrowed(&key) {
                if let Ok(re) = Regex::new(&known) {
                    return re;
                }
            }
            let narrowed = narrow_pattern(&pattern);
            remember_narrowed(key, &narrowed);
            compile_static(&narrowed)
        })
    }
}

/// The key of a pattern among the narrowed forms ([`keep_narrowed_forms`]):
/// its SHA-256 hash.
pub type PatternKey = [u8; 32];

/// The key of `pattern` among the narrowed forms.
pub fn pattern_key(pattern: &str) -> PatternKey {
    use sha2::{Digest, Sha256};
    Sha256::digest(pattern.as_bytes()).into()
}

/// The narrowed forms ([`narrow_pattern`]) this process knows, by their
/// pattern's key: made here, or kept by an earlier run of the same build
/// (see [`crate::cache::Cache::load_narrowed_patterns`]).
fn narrowed_forms() -> std::sync::MutexGuard<'static, HashMap<PatternKey, String>> {
    static FORMS: OnceLock<std::sync::Mutex<HashMap<PatternKey, String>>> = OnceLock::new();
    FORMS
        .get_or_init(Default::default)
        .lock()
        // Plain data: a thread that panicked holding it left it whole.
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn known_narrowed(key: &PatternKey) -> Option<String> {
    narrowed_forms().get(key).cloned()
}

fn remember_narrowed(key: PatternKey, narrowed: &str) {
    narrowed_forms().insert(key, narrowed.to_string());
}

/// Makes `forms` (pattern key, narrowed form) known to this process, as
/// made by [`narrow_pattern`] in an earlier run of the same build: a
/// narrowed regex whose form is known is compiled from it without parsing
/// and printing its pattern (~8 ms of a re-run that splits a new letter).
/// Returns how many forms the process knows.
pub fn keep_narrowed_forms(forms: impl IntoIterator<Item = (PatternKey, String)>) -> usize {
    let mut known = narrowed_forms();
    for (key, form) in forms {
        known.entry(key).or_insert(form);
    }
    known.len()
}

/// Every narrowed form this process knows, when it knows more than
/// `known` (none otherwise), by key.
pub fn narrowed_forms_beyond(known: usize) -> Option<Vec<(PatternKey, String)>> {
    let forms = narrowed_forms();
    if forms.len() <= known {
        return None;
    }
    let mut all: Vec<(PatternKey, String)> = forms.iter().map(|(k, f)| (*k, f.clone())).collect();
    all.sort();
    Some(all)
}

/// `pattern` with each Unicode character class cut down to
/// [`NARROW_TEXT`]: the same matches in text of those characters only. A
/// class with none of them stays whole (it matches nothing there either
/// way); a pattern that does not parse is returned as it is.
pub fn narrow_pattern(pattern: &str) -> String {
    match regex_syntax::parse(pattern) {
        Ok(hir) => printed_compactly(&narrowed_hir(&hir, &narrow_text_class())),
        Err(_) => pattern.to_string(),
    }
}

/// `hir` with each Unicode character class cut down to `to`; a class with
/// none of `to` stays whole.
fn narrowed_hir(
    hir: &regex_syntax::hir::Hir,
    to: &regex_syntax::hir::ClassUnicode,
) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Class, Hir, HirKind};
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let mut cut = class.clone();
            cut.intersect(to);
            if cut.ranges().is_empty() {
                hir.clone()
            } else {
                Hir::class(Class::Unicode(cut))
            }
        }
        HirKind::Repetition(rep) => {
            let mut rep = rep.clone();
            rep.sub = Box::new(narrowed_hir(&rep.sub, to));
            Hir::repetition(rep)
        }
        HirKind::Capture(cap) => {
            let mut cap = cap.clone();
            cap.sub = Box::new(narrowed_hir(&cap.sub, to));
            Hir::capture(cap)
        }
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(|h| narrowed_hir(h, to)).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(|h| narrowed_hir(h, to)).collect())
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
    }
}

/// Marks where [`printed_compactly`] writes `(?i:`: characters of a
/// private use plane that no pattern of the program holds (one that does is
/// printed as it is).
const CASELESS_OPEN: char = '\u{F0000}';
/// Marks where [`printed_compactly`] closes a `(?i:` group.
const CASELESS_CLOSE: char = '\u{F0001}';

/// `hir` printed, each run of character classes that are one ASCII letter
/// in either case (`[Hh][Uu][Ii][Ssſ]`, as a case-insensitive word prints)
/// written as one case-insensitive group (`(?i:huis)`) instead.
///
/// The group's class for a letter is the letter's simple case folding: a
/// class is written so only when it is that folding or holds less of it
/// outside [`NARROW_TEXT`] only (`[Kk]` for `k`, whose folding also holds
/// the Kelvin sign). So the printed pattern matches as `hir` does in text
/// of [`NARROW_TEXT`] (where a narrowed form is searched), and anywhere
/// else matches at least where `hir` does (what a gate must). The regex it
/// compiles to is the same there; the text to parse is about half as long:
/// parsing a narrowed form's bracketed letters was about half of its
/// compile (a word list of ~250 relations: ~1.9 → ~1.1 ms parsing, 2.5–7.9
/// → ~1.6–2.6 ms compiling, one core), paid on every re-run that splits or
/// scrubs a new letter. A pattern that does not parse back is printed as
/// `hir` prints.
fn printed_compactly(hir: &regex_syntax::hir::Hir) -> String {
    use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};
    /// The letter whose case-insensitive group may stand for `class`.
    fn caseless_letter(
        class: &ClassUnicode,
        folds: &[(char, ClassUnicode, ClassUnicode)],
    ) -> Option<char> {
        let first = class.ranges().first()?.start();
        let letter = first.to_ascii_lowercase();
        let (_, fold, narrow_fold) = folds.iter().find(|(c, _, _)| *c == letter)?;
        let mut within = class.clone();
        within.difference(fold);
        let mut narrow = class.clone();
        narrow.intersect(&narrow_text_class());
        (within.ranges().is_empty() && narrow == *narrow_fold).then_some(letter)
    }
    fn mark(hir: &Hir, folds: &[(char, ClassUnicode, ClassUnicode)]) -> Hir {
        match hir.kind() {
            HirKind::Class(Class::Unicode(class)) => match caseless_letter(class, folds) {
                Some(letter) => {
                    Hir::literal(format!("{CASELESS_OPEN}{letter}{CASELESS_CLOSE}").into_bytes())
                }
                None => hir.clone(),
            },
            HirKind::Repetition(rep) => {
                let mut rep = rep.clone();
                rep.sub = Box::new(mark(&rep.sub, folds));
                Hir::repetition(rep)
            }
            HirKind::Capture(cap) => {
                let mut cap = cap.clone();
                cap.sub = Box::new(mark(&cap.sub, folds));
                Hir::capture(cap)
            }
            HirKind::Concat(subs) => Hir::concat(subs.iter().map(|h| mark(h, folds)).collect()),
            HirKind::Alternation(subs) => {
                Hir::alternation(subs.iter().map(|h| mark(h, folds)).collect())
            }
            HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {
                hir.clone()
            }
        }
    }
    let plain = hir.to_string();
    if plain.contains([CASELESS_OPEN, CASELESS_CLOSE]) {
        return plain;
    }
    let folds: Vec<(char, ClassUnicode, ClassUnicode)> = ('a'..='z')
        .filter_map(|c| {
            let mut fold = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            fold.try_case_fold_simple().ok()?;
            let mut narrow = fold.clone();
            narrow.intersect(&narrow_text_class());
            Some((c, fold, narrow))
        })
        .collect();
    let compact = mark(hir, &folds)
        .to_string()
        .replace(&format!("{CASELESS_CLOSE}{CASELESS_OPEN}"), "")
        .replace(CASELESS_OPEN, "(?i:")
        .replace(CASELESS_CLOSE, ")");
    if regex_syntax::parse(&compact).is_ok() {
        compact
    } else {
        plain
    }
}

/// [`NARROW_TEXT`] as a class.
fn narrow_text_class() -> regex_syntax::hir::ClassUnicode {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    ClassUnicode::new(
        NARROW_TEXT
            .iter()
            .map(|&(lo, hi)| ClassUnicodeRange::new(lo, hi)),
    )
}

/// A regex that matches no text (what a gated regex is where its gate
/// does not match, see [`StaticRegex::gated`]).
fn never() -> &'static Regex {
    static NEVER: OnceLock<Regex> = OnceLock::new();
    static_regex(&NEVER, r"[^\x00-\x{10FFFF}]")
}

/// `pattern` with each counted repetition that allows more than one count
/// (`{0,40}`, `{2,5}?`) unbounded (`*`, `{2,}?`) and without capture
/// groups: it matches wherever `pattern` matches (and more), and compiles
/// much faster where wide classes are counted. The gate of a
/// [`StaticRegex::gated`] regex; a pattern that does not parse is
/// returned as it is.
pub fn relax_pattern(pattern: &str) -> String {
    use regex_syntax::hir::{Hir, HirKind};
    fn relax(hir: &Hir) -> Hir {
        match hir.kind() {
            HirKind::Repetition(rep) => {
                let mut rep = rep.clone();
                rep.sub = Box::new(relax(&rep.sub));
                if rep.max.is_some_and(|max| max > rep.min.max(1)) {
                    rep.max = None;
                }
                Hir::repetition(rep)
            }
            HirKind::Capture(cap) => relax(&cap.sub),
            HirKind::Concat(subs) => Hir::concat(subs.iter().map(relax).collect()),
            HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(relax).collect()),
            HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {
                hir.clone()
            }
        }
    }
    match regex_syntax::parse(pattern) {
        Ok(hir) => printed_compactly(&relax(&hir)),
        Err(_) => pattern.to_string(),
    }
}

/// Common Dutch function words that carry no topic.
pub const STOP_WORDS: &[&str] = &[
    "aan", "al", "alle", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "daarom", "dan",
    "dat", "de", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er",
    "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij",
    "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar",
    "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu",
    "of", "om", "omdat", "onder", "ons", "onze", "ook", "op", "over", "reeds", "te", "tegen",
    "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat",
    "we", "wel", "werd", "wezen", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zei",
    "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou", "binnen", "zoals", "welke", "waar",
    "waarin", "waarbij", "hierbij", "hiervan", "daarbij", "daarvan", "deel", "graag", "vinden",
    "vindt", "wordt", "werden", "zullen", "kunt", "mogen", "moeten", "gaat", "gaan",
];

/// Whether `c` is a bidirectional embedding, override or isolate control
/// (U+202A–U+202E, U+2066–U+2069): invisible, they reorder the text around
/// them (`\u{202E}fdp.exe` shows as `exe.pdf`), so public documents leave
/// them out.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` as it may be shown in a terminal: control characters (C0, DEL,
/// C1: a line feed, an ANSI escape sequence that clears the screen or
/// colours what follows) and bidirectional controls are written escaped
/// (`\n`, `\x1b`, `\u{202e}`), so a file name from outside cannot break a
/// warning into lines that read as other warnings, or rewrite the screen.
/// Every message that names a file on the terminal goes through it;
/// borrowed when there is nothing to escape.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    terminal_safe_but(text, &[])
}

/// [`terminal_safe`], leaving the characters in `keep` as they are (an
/// error message's own line breaks).
pub fn terminal_safe_but<'a>(text: &'a str, keep: &[char]) -> std::borrow::Cow<'a, str> {
    // The line and paragraph separators break a line in some terminals
    // and log viewers.
    let escaped = |c: char| {
        (c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}'))
            && !keep.contains(&c)
    };
    if !text.chars().any(escaped) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !escaped(c) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether XML 1.0 allows `c` in a document (its `Char` production:
/// tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
/// U+10000 and up; surrogates cannot occur in a Rust `char`). The
/// noncharacters U+FFFE and U+FFFF (from PDFs that map unknown glyphs to
/// `<FFFF>`, or a byte-swapped BOM) and C0 controls are not: one of them
/// makes the whole part unreadable, so the Word memo's writer drops them
/// (`report::docx`; the spreadsheet writer escapes them as `_xFFFF_`).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` without bidirectional controls ([`is_bidi_control`]); borrowed
/// when it has none.
pub fn strip_bidi(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_bidi_control) {
        text.chars().filter(|&c| !is_bidi_control(c)).collect()
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Splits text into lower-cased word tokens (letters and digits; inner
/// hyphens split compounds like `Midden-Holland` into two tokens).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

pub fn is_stop_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
        .contains(word)
}

/// Most stems one thread remembers (a vocabulary far larger than any
/// consultation's; the memory stays bounded on any input).
const MAX_REMEMBERED_STEMS: usize = 200_000;

/// Words to which the Dutch Snowball stemmer gives the stem of a word of
/// another meaning, each with a stem of its own (word as written, lower
/// case → stem). A suffix rule cannot tell them apart, so they are listed:
/// general Dutch, not the vocabulary of one draft or letter. Each group
/// keeps the stem Snowball gives the word it collided with; the other
/// word's forms get a stem no other Dutch word has.
///
/// - `ouderen`, `oudere` (the elderly) from `ouders`, `ouder` (parents,
///   `ouder`).
/// - `middels` (by means of) from `middelen` (means, funds, `middel`).
///   (`middelbare`, secondary as in `middelbare school`, shares the stem
///   too; apart, it lost more links on the evaluation sets than it won:
///   BENCHMARKS.md, twenty-third session.)
/// - `geweldig` (terrific) from `geweld` (violence).
/// - `weten`, `weet` (to know) from `wet`, `wetten` (law).
/// - `gelden`, `geldt` (to apply) from `geld` (money).
/// - `overheid`, `overheden` (government) and `overig`, `overige` (other):
///   Snowball makes all four `over`.
/// - `naam`, `namen` (name) from `nam`, `name` (took, `met name`).
/// - `slechts` (only) from `slecht` (bad).
/// - `kennissen` (acquaintances) from `kennis` (knowledge).
/// - `sekse` (gender) from `seks`.
/// - `jongen`, `jongens` (boy) from `jong` (young).
/// - `openbaar`, `openbare` (public, `openbaar ministerie`) from `open`.
/// - `schuldig`, `schuldige` (guilty) from `schuld` (debt).
pub const STEM_EXCEPTIONS: &[(&str, &str)] = &[
    ("ouderen", "oudere"),
    ("oudere", "oudere"),
    ("middels", "middels"),
    ("geweldig", "geweldig"),
    ("geweldige", "geweldig"),
    ("weten", "weten"),
    ("weet", "weten"),
    ("gelden", "gelden"),
    ("geldt", "gelden"),
    ("overheid", "overheid"),
    ("overheden", "overheid"),
    ("overig", "overig"),
    ("overige", "overig"),
    ("naam", "naam"),
    ("namen", "naam"),
    ("slechts", "slechts"),
    ("kennissen", "kennissen"),
    ("sekse", "sekse"),
    ("seksen", "sekse"),
    ("jongen", "jongen"),
    ("jongens", "jongen"),
    ("openbaar", "openbaar"),
    ("openbare", "openbaar"),
    ("schuldig", "schuldig"),
    ("schuldige", "schuldig"),
];

/// Forms of one word to which the Dutch Snowball stemmer gives different
/// stems, each with the stem they share (word as written, lower case →
/// stem): irregular plurals (Snowball stems `kind` `kind` but `kinderen`
/// `kinder`; likewise `stad`/`steden`, `lid`/`leden`, `huis`/`huizen`,
/// `bedrijf`/`bedrijven`) and words Snowball stems apart in the singular
/// (`mens` → `men`, as `menen`, to think, while `mensen` → `mens`; `keus`,
/// `keuze`). General Dutch, not the vocabulary of one draft or letter. The
/// stem is the one Snowball gives the singular (or its other form), so a
/// word not listed (`kind`, `ziekenhuis`, `keuze`) meets a listed one.
/// Plurals Snowball joins already (`dag`/`dagen`, `weg`/`wegen`,
/// `gelegenheid`/`gelegenheden`) are not listed.
///
/// A listed form also ends a compound (`kleinkinderen` → `kleinkind`,
/// `ziekenhuizen` → `ziekenhuis`): the part before it, of at least
/// [`JOIN_MIN_PREFIX`] letters, is kept in front of the stem; for the forms
/// marked `false` only after a linking `s` (`raadsleden`, `gezinsleden`),
/// as `geleden`, `verleden` and `overleden` are no compounds of `leden`,
/// nor `examens` of `mens`. [`JOIN_NOT_COMPOUNDS`] lists the other words
/// that end in a listed form without being a compound of it.
pub const STEM_JOINS: &[(&str, &str, bool)] = &[
    // Plurals in `-eren`.
    ("kinderen", "kind", true),
    ("eieren", "ei", true),
    ("bladeren", "blad", true),
    ("liederen", "lied", true),
    ("kalveren", "kalf", true),
    ("lammeren", "lam", true),
    ("runderen", "rund", true),
    ("volkeren", "volk", true),
    // A short vowel made long.
    ("steden", "stad", true),
    ("schepen", "schip", true),
    ("leden", "lid", false),
    // `s` → `z`, `f` → `v` before the plural ending.
    ("huizen", "huis", true),
    ("prijzen", "prijs", true),
    ("reizen", "reis", true),
    ("glazen", "glas", true),
    ("bedrijven", "bedrijf", true),
    ("brieven", "brief", true),
    ("dieven", "dief", true),
    // Singulars Snowball cuts short, and their other forms.
    ("mens", "mens", false),
    ("keus", "keuz", true),
    ("keuzes", "keuz", true),
];

/// Fewest letters before a [`STEM_JOINS`] form for a word to be read as a
/// compound ending in it (`tehuizen`).
pub const JOIN_MIN_PREFIX: usize = 2;

/// Endings of words that end in a [`STEM_JOINS`] form without being a
/// compound of it: verbs (`besteden` and `uitbesteden`, to spend;
/// `verhuizen`, to move house, which keeps the stem of `verhuizing`;
/// `aanprijzen`, to praise; `verreizen`, to spend on travel).
pub const JOIN_NOT_COMPOUNDS: &[&str] = &["besteden", "verhuizen", "aanprijzen", "verreizen"];

/// The shared stem of `word` if it is a [`STEM_JOINS`] form or a compound
/// ending in one. The part in front loses its diacritics, as Snowball's
/// stems do (`ééngezinshuizen` → `eengezinshuis`).
fn joined_stem(word: &str) -> Option<String> {
    if JOIN_NOT_COMPOUNDS.iter().any(|e| word.ends_with(e)) {
        return None;
    }
    STEM_JOINS.iter().find_map(|(form, stem, any_compound)| {
        let prefix = word.strip_suffix(form)?;
        let whole = prefix.is_empty();
        let compound =
            prefix.chars().count() >= JOIN_MIN_PREFIX && (*any_compound || prefix.ends_with('s'));
        (whole || compound).then(|| format!("{}{stem}", plain_letters(prefix)))
    })
}

/// `text` with the diacritics Snowball's Dutch stemmer removes taken off.
fn plain_letters(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ä' | 'á' => 'a',
            'ë' | 'é' => 'e',
            'ï' | 'í' => 'i',
            'ö' | 'ó' => 'o',
            'ü' | 'ú' => 'u',
            c => c,
        })
        .collect()
}

/// The stem of one word: its [`STEM_EXCEPTIONS`] entry, else its
/// [`STEM_JOINS`] stem, else Snowball's.
fn stem_word(stemmer: &Stemmer, word: &str) -> String {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    match MAP
        .get_or_init(|| STEM_EXCEPTIONS.iter().copied().collect())
        .get(word)
    {
        Some(stem) => (*stem).to_string(),
        None => joined_stem(word).unwrap_or_else(|| stemmer.stem(word).into_owned()),
    }
}

/// A Dutch Snowball stemmer with the stop-word filter and two short lists:
/// words kept apart ([`STEM_EXCEPTIONS`]) and forms joined ([`STEM_JOINS`]).
pub struct Analyzer {
    stemmer: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            stemmer: Stemmer::create(Algorithm::Dutch),
        }
    }
}

impl Analyzer {
    /// Stemmed content words of `text` (stop words and one-letter tokens
    /// dropped).
    ///
    /// Stems are remembered per thread (a text's words are mostly words
    /// seen before, and the stemmer costs more than a lookup).
    pub fn terms(&self, text: &str) -> Vec<String> {
        thread_local! {
            static STEMS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
        }
        STEMS.with(|stems| {
            let mut stems = stems.borrow_mut();
            words(text)
                .filter(|w| w.chars().count() > 1 && !is_stop_word(w))
                .map(|w| {
                    if let Some(stem) = stems.get(&w) {
                        return stem.clone();
                    }
                    let stem = stem_word(&self.stemmer, &w);
                    if stems.len() < MAX_REMEMBERED_STEMS {
                        stems.insert(w, stem.clone());
                    }
                    stem
                })
                .collect()
        })
    }

    pub fn term_set(&self, text: &str) -> HashSet<String> {
        self.terms(text).into_iter().collect()
    }
}

/// The highest chapter number read in roman numerals, `XXXIX`: a
/// chapter's numeral is written with `I`, `V` and `X` alone (see
/// [`roman_value`]).
pub const MAX_ROMAN_CHAPTER: u32 = 39;

/// The language a text is written in, `nl` or `en`, when its common
/// function words say so clearly: at least four of them, three times as
/// many of one language as of the other. Short texts, names, numbers and
/// mixed texts give `None`. For marking a passage in another language than
/// the page's (`lang`, WCAG 3.1.2).
pub fn language_of(text: &str) -> Option<&'static str> {
    // Function words only (`is`, which both languages have, counts for
    // neither), all ASCII and at most six letters: a word is looked up in
    // lower case without an allocation.
    #[rustfmt::skip]
    fn dutch(w: &[u8]) -> bool {
        matches!(
            w,
            b"de" | b"het" | b"een" | b"en" | b"van" | b"dat" | b"niet" | b"voor" | b"op" | b"met"
                | b"zijn" | b"wij" | b"ik" | b"ook" | b"naar" | b"bij" | b"worden" | b"wordt"
                | b"die" | b"aan" | b"er" | b"om" | b"te" | b"uit" | b"kan" | b"kunnen" | b"moet"
                | b"geen" | b"als" | b"nog" | b"meer" | b"hun" | b"deze" | b"onze"
        )
    }
    #[rustfmt::skip]
    fn english(w: &[u8]) -> bool {
        matches!(
            w,
            b"the" | b"and" | b"of" | b"to" | b"that" | b"not" | b"for" | b"on" | b"with" | b"are"
                | b"i" | b"you" | b"also" | b"be" | b"this" | b"our" | b"should" | b"would"
                | b"from" | b"by" | b"it" | b"an" | b"as" | b"they" | b"can" | b"about" | b"have"
                | b"has" | b"will" | b"was" | b"if" | b"their" | b"there" | b"which" | b"these"
                | b"more" | b"please"
        )
    }
    let (mut nl, mut en) = (0usize, 0usize);
    let mut buf = [0u8; 6];
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(400)
    {
        if w.len() > buf.len() || !w.is_ascii() {
            continue;
        }
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        let (in_nl, in_en) = (dutch(lower), english(lower));
        if in_nl && !in_en {
            nl += 1;
        } else if in_en && !in_nl {
            en += 1;
        }
    }
    if nl + en < 4 {
        None
    } else if nl >= 3 * en.max(1) {
        Some("nl")
    } else if en >= 3 * nl.max(1) {
        Some("en")
    } else {
        None
    }
}

/// The value of a roman numeral as a chapter is numbered: `I` to `XXXIX`
/// ([`MAX_ROMAN_CHAPTER`]), in capitals and in its one correct form
/// (`IV`, not `IIII` or `VX`).
pub fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 7 {
        return None;
    }
    let digits: Option<Vec<i32>> = s
        .chars()
        .map(|c| match c {
            'I' => Some(1),
            'V' => Some(5),
            'X' => Some(10),
            _ => None,
        })
        .collect();
    let digits = digits?;
    let mut total = 0i32;
    for (k, &d) in digits.iter().enumerate() {
        if digits.get(k + 1).is_some_and(|&n| n > d) {
            total -= d;
        } else {
            total += d;
        }
    }
    let n = u32::try_from(total)
        .ok()
        .filter(|n| (1..=MAX_ROMAN_CHAPTER).contains(n))?;
    (roman_numeral(n) == s).then_some(n)
}

/// `n` in roman numerals (`3` → `III`, `1994` → `MCMXCIV`); `0` and
/// numbers above 3999 in digits.
pub fn roman_numeral(n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    const PARTS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, numeral) in PARTS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// Jaccard similarity of two sets (0 when both are empty).
pub fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// Share of `a` contained in `b` (0 when `a` is empty).
pub fn containment(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    a.intersection(b).count() as f64 / a.len() as f64
}

/// An e-mail line quoted from an earlier message: `>` (nested `>>`,
/// `> >`) at its start, then a space, a letter or nothing (`> Beste
/// werkgroep,`, `>`, `>Hoi`). `>18 jaar` or `>= 3` is no quoting.
pub fn is_quoted_line(line: &str) -> bool {
    line.trim_start().strip_prefix('>').is_some_and(|rest| {
        rest.chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || c == '>' || c.is_alphabetic())
    })
}

/// `line` without its quoting marks (`> > Tekst` is `Tekst`).
pub fn unquoted(line: &str) -> &str {
    let mut t = line.trim_start();
    while is_quoted_line(t) {
        t = t.trim_start()[1..].trim_start();
    }
    t
}

/// A line that attributes the quoted message below it to its writer, as
/// mail programs write it: `Op 10 okt. 2026 om 09:12 schreef X <x@...>:`,
/// `Op ... heeft X het volgende geschreven:` (Apple Mail), `X <x@...>
/// schreef op 10 oktober 2026 09:12:` (K-9, Android), `X wrote:`. It ends
/// with a colon and names the writing; whether a quoted message follows
/// is for the caller to see.
pub fn is_reply_attribution(line: &str) -> bool {
    let t = line.trim();
    t.ends_with(':')
        && t.split_whitespace().count() <= 30
        && t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "schreef" | "geschreven" | "wrote" | "schrieb" | "écrit"))
}

/// Whether a file is Markdown by its name (`.md`, `.markdown`).
pub fn is_markdown(file: &str) -> bool {
    let lower = file.to_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// Whether a Markdown line is a heading (ATX: `#` to `######`, then a
/// space or the line's end, indented three spaces at most). A heading is
/// one line: it never runs on into the next.
pub fn is_markdown_heading(line: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    static_regex(&R, r"^ {0,3}#{1,6}(?:[ \t]|$)").is_match(line)
}

/// A footnote definition of Markdown, `[^1]: De tekst van de noot.`: its
/// label (`1`) and text.
pub fn markdown_footnote_definition(line: &str) -> Option<(String, String)> {
    static R: OnceLock<Regex> = OnceLock::new();
    let c = static_regex(&R, r"^\s{0,3}\[\^([^\]\s]{1,40})\]:\s*(.*)$").captures(line)?;
    Some((c[1].to_string(), c[2].trim().to_string()))
}

/// The labels of the footnote marks (`[^1]`, `[^bron]`) in a Markdown line,
/// in order.
pub fn markdown_footnote_marks(line: &str) -> Vec<String> {
    footnote_mark_re()
        .captures_iter(line)
        .map(|c| c[1].to_string())
        .collect()
}

fn footnote_mark_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    static_regex(&R, r"\[\^([^\]\s]{1,40})\]")
}

/// Markdown links as a reader sees them: `[tekst](#anker)`,
/// `[tekst](https://...)`, `![alt](beeld.png)` and `[tekst][ref]` as their
/// text, `<https://...>` as its address; footnote marks (`[^1]`) left out.
fn markdown_links_as_text(line: &str) -> String {
    static INLINE: OnceLock<Regex> = OnceLock::new();
    static REFERENCE: OnceLock<Regex> = OnceLock::new();
    static AUTO: OnceLock<Regex> = OnceLock::new();
    if !line.contains(['[', '<']) {
        return line.to_string();
    }
    let t = footnote_mark_re().replace_all(line, "");
    let t = static_regex(
        &INLINE,
        r#"!?\[([^\[\]]*)\]\(\s*<?[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)"#,
    )
    .replace_all(&t, "$1");
    let t = static_regex(&REFERENCE, r"!?\[([^\[\]]+)\]\[[^\[\]]*\]").replace_all(&t, "$1");
    static_regex(&AUTO, r"<((?:https?://|mailto:)[^<>\s]+)>")
        .replace_all(&t, "$1")
        .into_owned()
}

/// A link reference definition of Markdown (`[1]: https://...`): no text.
fn is_markdown_link_definition(line: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    static_regex(
        &R,
        r#"^\s{0,3}\[[^\]^][^\]]*\]:\s*<?\S+>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$"#,
    )
    .is_match(line)
}

/// A Markdown line as text: heading marks (`## `), strong and emphasis
/// marks (`**x**`, `__x__`, `*x*`, `_x_`) and code ticks left out; a
/// bullet's `* ` stays (a point marker). Links read as their text (see
/// [`markdown_links_as_text`]), footnote marks are left out, a footnote
/// definition (`[^1]: tekst`) is its text and a link definition
/// (`[1]: https://...`) nothing.
pub fn strip_markdown(line: &str) -> String {
    if is_markdown_link_definition(line) {
        return String::new();
    }
    let owned;
    let line = match markdown_footnote_definition(line) {
        Some((_, text)) => {
            owned = text;
            owned.as_str()
        }
        None => line,
    };
    let t = line.trim_start();
    let t = if t.starts_with('#') {
        t.trim_start_matches('#').trim_start()
    } else {
        t
    };
    let t = markdown_links_as_text(t);
    let t = t.replace("**", "").replace("__", "").replace('`', "");
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' || c == '_' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            let opens = !word(before) && after.is_some_and(|a| !a.is_whitespace());
            let closes = before.is_some_and(|b| !b.is_whitespace()) && !word(after);
            // `2 * 3`, `snake_case`, a bullet's `* `: not emphasis.
            if (opens || closes) && !(opens && closes) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// [`page_furniture`] of `doc`'s pages; none for a Word document, whose
/// pages hold its body only (its headers, footers and page numbers are
/// parts of their own, left out when it is read): a number alone at the
/// end of a page there is text, a table's last year or amount.
pub fn document_furniture(doc: &crate::model::Document) -> Vec<HashSet<usize>> {
    if doc.word {
        return vec![HashSet::new(); doc.pages.len()];
    }
    page_furniture(&doc.pages)
}

/// Running headers and footers left in the lines of a document: texts
/// (whitespace-normalised) that open at least half of the pages and at
/// least two (three from six pages on), or close as many, lines that are
/// only a page number at the top or bottom of a page (not where the page
/// already printed its number, read with its running header or footer, and
/// this is another: see [`is_other_page_number`]), and a letter's
/// continuation header at the top of a later page (see
/// [`is_continuation_header`]). A text that opens some pages and closes
/// others counts only from three pages on: an organisation's letterhead
/// atop page 1 and its name in the signature at the foot of a short last
/// page are no running header. Returns, per page, the indexes of such
/// lines.
pub fn page_furniture(pages: &[crate::model::Page]) -> Vec<HashSet<usize>> {
    use std::collections::HashMap;
    let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let top = |i: usize| i < 2;
    let bottom = |n: usize, i: usize| i + 2 >= n;
    // Per text: pages it opens, pages it closes, pages it does either.
    let mut counts: HashMap<String, [usize; 3]> = HashMap::new();
    for p in pages {
        let n = p.lines.len();
        let mut seen: [HashSet<String>; 3] = Default::default();
        for (i, l) in p.lines.iter().enumerate() {
            let t = norm(&l.text);
            if t.is_empty() {
                continue;
            }
            for (k, at) in [top(i), bottom(n, i), top(i) || bottom(n, i)]
                .into_iter()
                .enumerate()
            {
                if at && seen[k].insert(t.clone()) {
                    counts.entry(t.clone()).or_insert([0; 3])[k] += 1;
                }
            }
        }
    }
    let min = (pages.len().div_ceil(2)).max(if pages.len() < 6 { 2 } else { 3 });
    let repeats = |t: &str, i: usize, n: usize| {
        let [opens, closes, either] = counts.get(t).copied().unwrap_or([0; 3]);
        top(i) && opens >= min || bottom(n, i) && closes >= min || either >= min.max(3)
    };
    pages
        .iter()
        .map(|p| {
            let n = p.lines.len();
            p.lines
                .iter()
                .enumerate()
                .filter(|(i, l)| {
                    let t = norm(&l.text);
                    (top(*i) || bottom(n, *i))
                        && (repeats(&t, *i, n)
                            || (n > 1 && is_page_number(&t) && !is_other_page_number(p, &t)))
                        || *i < 2 && p.number > 1 && is_continuation_header(&t)
                })
                .map(|(i, _)| i)
                .collect()
        })
        .collect()
}

/// Whether the page-number line `t` ([`is_page_number`]) names another
/// number than the one `page` prints, where the extractor read that one
/// with the page's running header or footer (`iii` atop a contents list's
/// second page). A page prints its number once, so such a line is text:
/// the page of a contents entry set apart from its title on a row of its
/// own (`7 Vervoer en mobiliteit` / `14` at the top of the page, `Bijlage
/// 1: Begrippenlijst` / `17` at its foot).
fn is_other_page_number(page: &crate::model::Page, t: &str) -> bool {
    let Some(printed) = page.printed_number.as_deref() else {
        return false;
    };
    t.split(|c: char| !c.is_ascii_digit())
        .find(|s| !s.is_empty())
        .is_some_and(|n| n.trim_start_matches('0') != printed.trim().trim_start_matches('0'))
}

/// A browser's or mail program's print stamp, set in the top or bottom
/// band of each printed page: a date in figures and a clock time, then at
/// most the page's title (`20-10-2026 09:41`, `20-10-2026 09:41 | Gmail -
/// Reactie`, `20/10/2026, 09:41`, `10/20/26, 9:41 AM`, `2026-10-20
/// 09:41`). It says when the page was printed, never when the letter or
/// message on it was written (a letter's date has no clock time; a
/// message's own date line names its weekday or month, `wo 14-10-2026
/// 21:47`, `9 oktober 2026 om 22:14`).
pub fn is_print_stamp(t: &str) -> bool {
    PRINT_STAMP.get().is_match(t.trim())
}

static PRINT_STAMP: StaticRegex = StaticRegex::new(
    r"^(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:$|\s)",
);

/// The header of a letter's later page, which names the letter rather than
/// saying anything: short, no sentence, and with the letter's reference
/// (`Gemeente Rijswijk · ons kenmerk 2019-0047812`) or a page number
/// (`Datum 9 april 2019 · blad 2`).
pub fn is_continuation_header(t: &str) -> bool {
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let page_word = words.windows(2).any(|w| {
        matches!(w[0], "pagina" | "blad" | "page" | "blz.")
            && w[1].chars().next().is_some_and(|c| c.is_ascii_digit())
    });
    words.len() <= 14
        && !t.trim_end().ends_with(['.', '!', '?', ',', ';'])
        && (words.iter().any(|w| w.trim_matches(':') == "kenmerk") || page_word)
}

/// `7`, `- 7 -`, `Pagina 7`, `pagina 7 van 12`, `7/12`.
pub fn is_page_number(t: &str) -> bool {
    let t = t
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let lower = t.to_lowercase();
    let rest = lower
        .strip_prefix("pagina")
        .or_else(|| lower.strip_prefix("page"))
        .or_else(|| lower.strip_prefix("blz."))
        .unwrap_or(&lower)
        .trim();
    let mut parts = rest
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|s| !s.is_empty() && *s != "van" && *s != "of");
    let first_ok = parts
        .next()
        .is_some_and(|p| p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()));
    first_ok && parts.all(|p| p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
}

/// Paragraph starts inferred from line shapes, for extractors that give
/// none: a line starts a paragraph when the line before it ends a sentence
/// and was broken early (the next word would have fit on it), or is a
/// short title-like line.
pub fn inferred_paragraph_starts(lines: &[&str]) -> Vec<bool> {
    let mut lens: Vec<usize> = lines.iter().map(|l| l.trim().chars().count()).collect();
    let mut sorted = lens.clone();
    sorted.sort_unstable();
    // The usual full width: the 95th percentile of line lengths.
    let typical = sorted
        .get(sorted.len().saturating_sub(1) * 19 / 20)
        .copied()
        .unwrap_or(0) as f32;
    let mut out = vec![false; lines.len()];
    for i in 1..lines.len() {
        let prev = lines[i - 1].trim();
        let cur = lines[i].trim();
        let plen = lens[i - 1] as f32;
        let starts_upper = cur
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "•-–*(“\"‘".contains(c));
        // The line before was broken early: the next word would have fit
        // on it (greedy line filling never does that inside a paragraph).
        let first_word = cur
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count()) as f32;
        let broken_early = plen + 1.0 + first_word < typical;
        let sentence_end = prev.ends_with(['.', '!', '?', ':', '”', '"']) && broken_early;
        let title_like = prev.split_whitespace().count() <= 8
            && !prev.ends_with([',', ';', '-'])
            && plen < 0.6 * typical;
        out[i] = starts_upper && (sentence_end || title_like);
    }
    lens.clear();
    out
}

#[cfg(test)]
mod furniture_tests {
    use super::*;
    use crate::model::{Line, Page};

    #[test]
    fn running_headers_and_page_numbers() {
        let texts: Vec<Vec<String>> = (1..=4)
            .map(|n| {
                vec![
                    "Regiovisie – inspraakversie".to_string(),
                    format!("Tekst van pagina {n}."),
                    n.to_string(),
                ]
            })
            .collect();
        let pages = pages_of(&texts);
        let f = page_furniture(&pages);
        assert!(f
            .iter()
            .all(|s| s.contains(&0) && s.contains(&2) && !s.contains(&1)));
        assert!(
            is_page_number("Pagina 3 van 12")
                && is_page_number("- 4 -")
                && !is_page_number("2026 jaar")
        );
    }

    /// A contents list's second page, its number `iv` read with its running
    /// header, opens with a chapter's entry whose page number is a line of
    /// its own (`5 Sport en bewegen` / `9`) and ends with an appendix's
    /// (`Bijlage 2: Adressen` / `21`): those numbers are the entries', not
    /// the page's, which prints its number once. A page whose number was
    /// not read, or that prints its own number again, still loses it.
    #[test]
    fn a_number_other_than_the_page_prints_is_no_page_number() {
        let mut pages = pages_of(&[
            vec![
                "5 Sport en bewegen",
                "9",
                "5.1 Zwembaden . . . . . . . . . 9",
                "Bijlage 2: Adressen",
                "21",
            ],
            vec![
                "12",
                "Het zwembad in Wiekerveen sluit.",
                "Er komt een nieuw bad.",
            ],
            vec!["13", "De sporthal krijgt zonnepanelen.", "Ook de kantine."],
        ]);
        pages[0].printed_number = Some("iv".into());
        pages[1].printed_number = Some("12".into());
        let f = page_furniture(&pages);
        assert!(f[0].is_empty(), "{:?}", f[0]);
        assert_eq!(f[1], HashSet::from([0]));
        assert_eq!(f[2], HashSet::from([0]));
    }

    /// Pages numbered from 1 with the given lines.
    fn pages_of<S: AsRef<str>>(texts: &[Vec<S>]) -> Vec<Page> {
        texts
            .iter()
            .zip(1..)
            .map(|(lines, n)| Page {
                number: n,
                lines: lines
                    .iter()
                    .map(|t| Line {
                        text: t.as_ref().to_string(),
                        ..Line::default()
                    })
                    .collect(),
                ..Page::default()
            })
            .collect()
    }

    #[test]
    fn a_two_page_letters_footer_and_continuation_header() {
        let pages = pages_of(&[
            vec![
                "Gemeente Oostwaard",
                "Geachte werkgroep,",
                "Wij vragen aandacht voor de wachttijden bij de",
                "Stadhuisplein 1 · 1234 AB Oostwaard",
            ],
            vec![
                "Gemeente Oostwaard | uw kenmerk WG-2026/14",
                "toegang, die nu te lang zijn.",
                "Met vriendelijke groet,",
                "Stadhuisplein 1 · 1234 AB Oostwaard",
            ],
        ]);
        let f = page_furniture(&pages);
        // The footer of both pages, and the header naming the letter on
        // the second; the letterhead of the first page is not furniture.
        assert_eq!(f[0], HashSet::from([3]));
        assert_eq!(f[1], HashSet::from([0, 3]));
        assert!(is_continuation_header("Datum 3 maart 2026 · blad 2"));
        assert!(!is_continuation_header(
            "Het kenmerk van goed beleid is dat het werkt."
        ));
        assert!(!is_continuation_header("Gemeente Oostwaard"));
    }

    /// QA29: an organisation's letterhead atop page 1 and its name in the
    /// signature on a short last page were taken for a running header and
    /// left out: the letter was read as a resident's.
    #[test]
    fn a_letterhead_and_the_signature_below_it_are_no_running_header() {
        let pages = pages_of(&[
            vec![
                "Adviesraad Sociaal Domein Nieuwkoop",
                "Nieuwkoop, 9 oktober 2026",
                "Geachte werkgroep,",
                "Advies 1 - Maak het wijkteam ook 's avonds bereikbaar.",
                "Advies 2 - Wij adviseren een vaste medewerker, die ook het",
            ],
            vec![
                "contact met de huisarts onderhoudt.",
                "Met vriendelijke groet,",
                "Adviesraad Sociaal Domein Nieuwkoop",
                "W. Verbeek, voorzitter",
            ],
        ]);
        let f = page_furniture(&pages);
        assert!(f.iter().all(HashSet::is_empty), "{f:?}");
        // A footer closing both pages still is one, and a header opening
        // both.
        let pages = pages_of(&[
            vec!["Adviesraad Nieuwkoop", "Tekst.", "Meer tekst.", "Postbus 1"],
            vec!["Adviesraad Nieuwkoop", "Tekst.", "Meer tekst.", "Postbus 1"],
        ]);
        let f = page_furniture(&pages);
        assert!(f.iter().all(|s| s.contains(&0) && s.contains(&3)), "{f:?}");
    }

    #[test]
    fn paragraphs_from_line_shapes() {
        let lines = [
            "Hulp aan plegers tijdens het huisverbod",
            "Wij steunen het streven om de hulp aan plegers tijdens een tijdelijk",
            "huisverbod binnen drie werkdagen te laten starten, zoals de visie zegt.",
            "Dat is kort.",
            "Een nieuwe alinea begint hier met een lange regel tekst erin om de",
            "breedte te halen.",
        ];
        assert_eq!(
            inferred_paragraph_starts(&lines),
            [false, true, false, false, true, false]
        );
    }

    /// QA19 control-chars-in-filename-warnings: names with a line feed or an
    /// ANSI escape were printed raw.
    #[test]
    fn terminal_text_shows_control_characters_escaped() {
        assert_eq!(
            terminal_safe("reactie\nwarning: x.pdf"),
            "reactie\\nwarning: x.pdf"
        );
        assert_eq!(
            terminal_safe("brief\u{1b}[2J\u{1b}[31m.pdf"),
            "brief\\x1b[2J\\x1b[31m.pdf"
        );
        assert_eq!(
            terminal_safe("a\u{202e}fdp.exe\u{9b}"),
            "a\\u{202e}fdp.exe\\x9b"
        );
        assert!(matches!(
            terminal_safe("Reactie Müller.pdf"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(
            terminal_safe_but("één\ntwee\u{7}", &['\n']),
            "één\ntwee\\x07"
        );
    }
}

/// For tests of [`StaticRegex::narrowed`] regexes: what they search, and
/// a check that their narrow forms match there as the whole patterns do.
#[cfg(test)]
pub(crate) mod narrow_check {
    use super::{is_narrow_text, StaticRegex};

    /// The texts of the test consultations' responses (eval sets and the
    /// sample inbox) and of generated letters: what the splitter reads and
    /// what scrubbing gets of it.
    pub fn letter_corpus() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut folders = vec![root.join("inbox/responses")];
        if let Ok(sets) = std::fs::read_dir(root.join("tests/eval")) {
            folders.extend(sets.flatten().map(|e| e.path().join("responses")));
        }
        let mut texts = Vec::new();
        for folder in folders {
            let Ok(files) = std::fs::read_dir(folder) else {
                continue;
            };
            for file in files.flatten() {
                if let Ok(doc) = crate::extract::extract_path(&file.path()) {
                    let lines: Vec<&str> = doc
                        .pages
                        .iter()
                        .flat_map(|p| p.lines.iter().map(|l| l.text.as_str()))
                        .collect();
                    texts.push(lines.join("\n"));
                }
            }
        }
        let spec = crate::synth::Spec::default();
        let draft = crate::synth::draft(spec.seed, spec.pages);
        for i in 0..60 {
            let (_, letter, _) = crate::synth::response_letter(&spec, &draft, i);
            texts.push(crate::synth::letter_text(&letter));
        }
        texts
    }

    /// What is searched in `texts`: whole texts, lines, paragraphs and
    /// sentences, as written and with their letters accented (`e` → `é`,
    /// `a` → `ä`, `o` → `ø`, `s` → `ş`, `z` → `ž`), upper- and
    /// lower-cased; sorted, each once.
    pub fn units(texts: &[String]) -> Vec<String> {
        let accent = |t: &str| {
            t.chars()
                .map(|c| match c {
                    'e' => 'é',
                    'a' => 'ä',
                    'o' => 'ø',
                    's' => 'ş',
                    'z' => 'ž',
                    'E' => 'Ė',
                    'I' => 'İ',
                    c => c,
                })
                .collect::<String>()
        };
        let mut units: Vec<String> = Vec::new();
        for text in texts {
            let mut parts: Vec<&str> = vec![text];
            parts.extend(text.lines());
            parts.extend(text.split("\n\n"));
            parts.extend(text.split_inclusive(['.', '!', '?']));
            for part in parts {
                units.push(part.to_string());
                units.push(part.trim().to_string());
                units.push(accent(part.trim()));
                units.push(part.trim().to_uppercase());
                units.push(part.trim().to_lowercase());
            }
        }
        units.sort();
        units.dedup();
        units
    }

    /// Each match of `re` in `text`: every group's span.
    pub fn matches(re: &regex::Regex, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        re.captures_iter(text)
            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            .collect()
    }

    /// Asserts that on every unit of [`NARROW_TEXT`](super::NARROW_TEXT)
    /// characters each regex of `res` (all narrowed) finds with its narrow
    /// form exactly the matches and groups its whole pattern finds; gives,
    /// per regex, how many units it was compared on and how many of them
    /// had a match.
    pub fn assert_same_matches(res: &[&StaticRegex], units: &[String]) -> Vec<(usize, usize)> {
        res.iter()
            .map(|re| {
                assert!(re.is_narrowed());
                let (mut compared, mut found) = (0, 0);
                for unit in units.iter().filter(|u| is_narrow_text(u)) {
                    let (whole, narrow) = (re.get(), re.for_text(unit));
                    assert!(!std::ptr::eq(whole, narrow));
                    let expected = matches(whole, unit);
                    assert_eq!(
                        matches(narrow, unit),
                        expected,
                        "{} on {unit:?}",
                        whole.as_str()
                    );
                    compared += 1;
                    found += usize::from(!expected.is_empty());
                }
                (compared, found)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;

/// `s` with its first letter upper-cased (`familie Aydin` → `Familie
/// Aydin`).
pub fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
