//! Benchmark of version comparison on a generated 100-page document pair.
//!
//! Run with `cargo bench --bench compare`. The draft has 60 sections
//! (chapters with subsections and appendices, about 30,000 words, the
//! size of a 100-page policy document); the final version renumbers,
//! renames, moves, splits, merges, adds and removes sections and edits
//! about 4 % of the words. Timed: `compare::compare` (alignment and all
//! section diffs), `compare::reanchor` and `compare::suggest_causes` for
//! 400 comments. Prints the median and fastest of several runs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use inspraak::compare;
use inspraak::model::{Comment, Link, LinkReason, Quote, Response, Section, Version};

/// A small deterministic random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const FUNCTION: &[&str] = &[
    "de", "het", "een", "en", "van", "in", "op", "met", "voor", "door", "dat", "die", "wij", "is",
    "zijn", "worden", "wordt", "aan", "bij", "naar", "om", "te", "ook", "als", "of",
];
const GENERAL: &[&str] = &[
    "regio",
    "gemeenten",
    "inwoners",
    "ondersteuning",
    "samenwerking",
    "partners",
    "visie",
    "uitvoering",
    "beleid",
    "afspraken",
    "zorgaanbieders",
    "cliënten",
    "wijkteams",
    "toegang",
    "kwaliteit",
    "middelen",
    "opgave",
    "ontwikkeling",
    "aanpak",
    "ambitie",
];
const PREFIX: &[&str] = &[
    "zorg",
    "woon",
    "jeugd",
    "wijk",
    "opvang",
    "schuld",
    "werk",
    "huis",
    "straat",
    "nacht",
    "dag",
    "herstel",
    "crisis",
    "budget",
    "cliënt",
    "mantel",
    "buurt",
    "school",
    "vrijwilligers",
    "gezins",
];
const SUFFIX: &[&str] = &[
    "plan",
    "team",
    "beleid",
    "aanpak",
    "budget",
    "route",
    "regeling",
    "voorziening",
    "traject",
    "coach",
    "netwerk",
    "overleg",
    "monitor",
    "functie",
    "plek",
];

/// A sentence of 8 to 20 words from the section's topic words.
fn sentence(rng: &mut Rng, topic: &[String]) -> String {
    let n = 8 + rng.below(13);
    let mut words = Vec::with_capacity(n);
    for _ in 0..n {
        let w = match rng.below(10) {
            0..=4 => rng.pick(FUNCTION).to_string(),
            5..=7 => topic[rng.below(topic.len())].clone(),
            _ => rng.pick(GENERAL).to_string(),
        };
        words.push(w);
    }
    let mut s = words.join(" ");
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    s + "."
}

/// Section text of about `words` words in paragraphs, with PDF-like line
/// breaks every ten words or so.
fn body(rng: &mut Rng, topic: &[String], words: usize) -> String {
    let mut paras = Vec::new();
    let mut count = 0;
    while count < words {
        let mut para = Vec::new();
        for _ in 0..3 + rng.below(4) {
            let s = sentence(rng, topic);
            count += s.split(' ').count();
            para.push(s);
        }
        paras.push(para.join(" "));
    }
    paras.join("\n\n")
}

/// Rewraps text as another PDF layout would (line breaks elsewhere).
fn rewrap(rng: &mut Rng, text: &str) -> String {
    text.split("\n\n")
        .map(|p| {
            let mut out = String::new();
            for (i, w) in p.split_whitespace().enumerate() {
                if i > 0 {
                    out.push(if rng.chance(9) { '\n' } else { ' ' });
                }
                out.push_str(w);
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Edits about `percent` % of the words: replacements, insertions and
/// deletions.
fn edit(rng: &mut Rng, text: &str, percent: u64, topic: &[String]) -> String {
    text.split("\n\n")
        .map(|p| {
            let mut out: Vec<String> = Vec::new();
            for w in p.split(' ') {
                if rng.chance(percent) {
                    match rng.below(3) {
                        0 => out.push(topic[rng.below(topic.len())].clone()),
                        1 => {
                            out.push(w.to_string());
                            out.push(rng.pick(GENERAL).to_string());
                        }
                        _ => {}
                    }
                } else {
                    out.push(w.to_string());
                }
            }
            out.join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn topic(rng: &mut Rng) -> Vec<String> {
    (0..25)
        .map(|_| format!("{}{}", rng.pick(PREFIX), rng.pick(SUFFIX)))
        .collect()
}

fn section(number: String, title: String, level: u8, text: String) -> Section {
    Section {
        number,
        title,
        level,
        text,
        pages: (1, 1),
    }
}

/// The draft and final version of a 100-page vision.
fn document_pair() -> (Version, Version) {
    let mut rng = Rng(0x5EED_1234_ABCD_0042);
    // 8 chapters with 6 subsections each (56 sections) and 4 appendices.
    let mut draft = Vec::new();
    let mut topics = Vec::new();
    for ch in 1..=8 {
        let t = topic(&mut rng);
        let title = format!("Hoofdstuk over {}", t[0]);
        draft.push(section(ch.to_string(), title, 1, String::new()));
        topics.push(t);
        for sub in 1..=6 {
            let t = topic(&mut rng);
            let words = 450 + rng.below(200);
            let text = body(&mut rng, &t, words);
            let title = format!("{} en {}", t[1], t[2]);
            draft.push(section(format!("{ch}.{sub}"), title, 2, text));
            topics.push(t);
        }
    }
    for b in 1..=4 {
        let t = topic(&mut rng);
        let text = body(&mut rng, &t, 300);
        draft.push(section(
            format!("Bijlage {b}"),
            format!("Overzicht {}", t[3]),
            1,
            text,
        ));
        topics.push(t);
    }

    let mut fin: Vec<Section> = Vec::new();
    for (s, t) in draft.iter().zip(&topics) {
        let mut s = s.clone();
        let edited = edit(&mut rng, &s.text, 4, t);
        s.text = rewrap(&mut rng, &edited);
        fin.push(s);
    }
    // Rename 3.2, split 4.3 into two, merge 5.4 and 5.5, move 6.6 into
    // chapter 2, remove 7.2, add a new 8.7, and insert a new Bijlage 1
    // (renumbering the appendices).
    if let Some(s) = fin.iter_mut().find(|s| s.number == "3.2") {
        s.title.push_str(" en programma's");
    }
    if let Some(i) = fin.iter().position(|s| s.number == "4.3") {
        let paras: Vec<String> = fin[i].text.split("\n\n").map(str::to_string).collect();
        let half = paras.len() / 2;
        fin[i].text = paras[..half].join("\n\n");
        let rest = section(
            "4.3a".into(),
            "Uitwerking".into(),
            2,
            paras[half..].join("\n\n"),
        );
        fin.insert(i + 1, rest);
    }
    if let Some(i) = fin.iter().position(|s| s.number == "5.4") {
        let next = fin.remove(i + 1);
        fin[i].text = format!("{}\n\n{}", fin[i].text, next.text);
    }
    if let Some(i) = fin.iter().position(|s| s.number == "6.6") {
        let moved = fin.remove(i);
        let at = fin.iter().position(|s| s.number == "3").unwrap_or(0);
        fin.insert(at, moved);
    }
    fin.retain(|s| s.number != "7.2");
    let t = topic(&mut rng);
    let at = fin
        .iter()
        .position(|s| s.number == "Bijlage 1")
        .unwrap_or(fin.len());
    fin.insert(
        at,
        section("8.7".into(), "Nieuw".into(), 2, body(&mut rng, &t, 500)),
    );
    let t = topic(&mut rng);
    fin.insert(
        at + 1,
        section(
            "Bijlage 0".into(),
            "Reacties".into(),
            1,
            body(&mut rng, &t, 300),
        ),
    );
    renumber(&mut fin);
    (
        Version {
            file: "concept.pdf".into(),
            label: "Concept".into(),
            sections: draft,
            ..Version::default()
        },
        Version {
            file: "definitief.pdf".into(),
            label: "Definitief".into(),
            sections: fin,
            ..Version::default()
        },
    )
}

/// Numbers the final version's sections in order, as an author would.
fn renumber(sections: &mut [Section]) {
    let (mut ch, mut sub, mut app) = (0, 0, 0);
    for s in sections {
        if s.number.starts_with("Bijlage") {
            app += 1;
            s.number = format!("Bijlage {app}");
        } else if s.level == 1 {
            ch += 1;
            sub = 0;
            s.number = ch.to_string();
        } else {
            sub += 1;
            s.number = format!("{ch}.{sub}");
        }
    }
}

/// 400 comments on the draft, each linked to a section, half quoting it.
fn responses(draft: &Version) -> Vec<Response> {
    let mut rng = Rng(7);
    let mut comments = Vec::new();
    for k in 0..400 {
        let s = &draft.sections[rng.below(draft.sections.len())];
        let words: Vec<&str> = s.text.split_whitespace().collect();
        let mut quotes = Vec::new();
        if k % 2 == 0 && words.len() > 20 {
            let start = rng.below(words.len() - 12);
            quotes.push(Quote {
                text: words[start..start + 10].join(" "),
                section: Some(s.number.clone()),
                score: 1.0,
                prefix: String::new(),
                suffix: String::new(),
            });
        }
        comments.push(Comment {
            id: format!("c{k}"),
            text: format!(
                "Wij stellen voor om toe te voegen: {} {}",
                rng.pick(GENERAL),
                words.iter().take(12).copied().collect::<Vec<_>>().join(" ")
            ),
            quotes,
            sections: vec![Link {
                number: s.number.clone(),
                score: 1.0,
                reason: String::new(),
                kinds: vec![LinkReason::Reference],
            }],
            ..Comment::default()
        });
    }
    vec![Response {
        id: "r".into(),
        comments,
        ..Response::default()
    }]
}

/// CPU time this process used so far (Linux: from `/proc/self/stat`, in
/// clock ticks of 10 ms); `None` elsewhere. Reported beside wall-clock
/// time because a loaded machine stretches wall-clock time.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(Duration::from_millis((utime + stime) * 10))
}

/// Runs `f` `n` times: (median wall time, fastest wall time, mean CPU
/// time when known).
fn time<T>(n: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, Option<Duration>) {
    let cpu_start = cpu_time();
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .collect();
    let cpu = match (cpu_start, cpu_time()) {
        (Some(a), Some(b)) => Some((b.saturating_sub(a)) / n as u32),
        _ => None,
    };
    times.sort();
    (times[n / 2], times[0], cpu)
}

fn main() {
    // `cargo test --benches` runs this with `--bench` absent: keep it quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let runs = if quick { 1 } else { 30 };
    let (draft, fin) = document_pair();
    let words = |v: &Version| -> usize {
        v.sections
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .sum()
    };
    println!(
        "document pair: {} → {} sections, {} → {} words",
        draft.sections.len(),
        fin.sections.len(),
        words(&draft),
        words(&fin)
    );
    let changes = compare::compare(&draft, &fin);
    let s = compare::summarize(&changes);
    println!(
        "changes: {} ({} modified, {} renamed, {} moved, {} added, {} removed, {} split/merged), +{} −{} words",
        s.changes(), s.modified, s.renamed, s.moved, s.added, s.removed, s.split_or_merged,
        s.words_added, s.words_removed
    );
    let report = |name: &str, (median, min, cpu): (Duration, Duration, Option<Duration>)| {
        let cpu = cpu.map_or_else(String::new, |c| {
            format!("   CPU {:>6.1} ms/run", c.as_secs_f64() * 1e3)
        });
        println!(
            "{name:<30} median {:>8.2} ms   fastest {:>8.2} ms{cpu}   ({runs} runs)",
            median.as_secs_f64() * 1e3,
            min.as_secs_f64() * 1e3
        );
    };
    report("align only", time(runs, || compare::align(&draft, &fin)));
    report(
        "compare (align + diffs)",
        time(runs, || compare::compare(&draft, &fin)),
    );
    let rs = responses(&draft);
    report(
        "reanchor 400 comments",
        time(runs, || {
            let mut rs = rs.clone();
            compare::reanchor(&mut rs, &draft, &fin);
            rs
        }),
    );
    report(
        "suggest_causes 400 comments",
        time(runs, || {
            let mut ch = changes.clone();
            compare::suggest_causes(&mut ch, &rs);
            ch
        }),
    );
}
