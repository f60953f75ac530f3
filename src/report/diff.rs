//! Word diffs prepared for display: the title line taken off, long
//! unchanged stretches shortened to an excerpt, and the text cut into
//! pieces that every output format can mark up (`<ins>`/`<del>`, `**`/`~~`,
//! underlined/struck runs in Word).

use serde::Serialize;

use crate::model::{DiffOp, DiffSpan};

/// Words of unchanged context kept on each side of a change in an excerpt.
pub const CONTEXT_WORDS: usize = 12;

/// One piece of a diff as shown: a run of text of one kind, or a
/// paragraph break.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Piece {
    /// Unchanged text.
    pub equal: bool,
    /// Inserted text.
    pub insert: bool,
    /// Deleted text.
    pub delete: bool,
    /// A paragraph break (the other fields are empty).
    pub br: bool,
    /// Stretch of unchanged text left out of an excerpt (`…`).
    pub gap: bool,
    /// Whitespace before `text` (kept outside the markup, so Markdown
    /// emphasis stays valid).
    pub pre: String,
    /// The text, without leading or trailing whitespace.
    pub text: String,
    /// Whitespace after `text`.
    pub post: String,
}

/// Takes the first line (the section title) off a diff whose text starts
/// with the title, in both the old and the new text.
pub fn without_title_line(spans: &[DiffSpan]) -> Vec<DiffSpan> {
    let mut old_done = !spans
        .iter()
        .any(|s| s.op != DiffOp::Insert && !s.text.is_empty());
    let mut new_done = !spans
        .iter()
        .any(|s| s.op != DiffOp::Delete && !s.text.is_empty());
    let mut out = Vec::new();
    for s in spans {
        let (old, new) = match s.op {
            DiffOp::Equal => (true, true),
            DiffOp::Delete => (true, false),
            DiffOp::Insert => (false, true),
        };
        let pending = (old && !old_done) || (new && !new_done);
        if !pending {
            out.push(s.clone());
            continue;
        }
        if let Some(i) = s.text.find('\n') {
            old_done |= old;
            new_done |= new;
            let rest = &s.text[i + 1..];
            if !rest.is_empty() {
                out.push(DiffSpan {
                    op: s.op,
                    text: rest.to_string(),
                });
            }
        }
    }
    out
}

/// Whether the diff's first line is the title (as the compare stage
/// writes it), so that [`without_title_line`] applies.
pub fn starts_with_title(spans: &[DiffSpan], titles: &[&str]) -> bool {
    let old: String = spans
        .iter()
        .filter(|s| s.op != DiffOp::Insert)
        .map(|s| s.text.as_str())
        .collect();
    let new: String = spans
        .iter()
        .filter(|s| s.op != DiffOp::Delete)
        .map(|s| s.text.as_str())
        .collect();
    let first = |t: &str| t.lines().next().unwrap_or("").trim().to_string();
    let (old, new) = (first(&old), first(&new));
    titles
        .iter()
        .filter(|t| !t.trim().is_empty())
        .any(|t| old.ends_with(t.trim()) || new.ends_with(t.trim()))
}

/// The whole diff as pieces.
pub fn pieces(spans: &[DiffSpan]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut prev = None;
    for (k, s) in spans.iter().enumerate() {
        push_span(&mut out, s.op, &shown_text(spans, k), prev);
        prev = last_char(&s.text).or(prev);
    }
    out
}

/// The text of span `k` as shown. An insertion that replaces the deletion
/// right before it shares that deletion's leading whitespace (both sides
/// start a paragraph at the same place): a paragraph break there is shown
/// once, before the deletion, and the insertion follows it on its line
/// (`<del>Inspraakversie</del> <ins>Definitieve versie</ins>`).
fn shown_text(spans: &[DiffSpan], k: usize) -> std::borrow::Cow<'_, str> {
    let text = spans[k].text.as_str();
    let lead = |t: &str| t.len() - t.trim_start().len();
    let replaces = spans[k].op == DiffOp::Insert
        && k > 0
        && spans[k - 1].op == DiffOp::Delete
        && text[..lead(text)].contains('\n')
        && spans[k - 1].text[..lead(&spans[k - 1].text)].contains('\n');
    if replaces {
        format!(" {}", text.trim_start()).into()
    } else {
        text.into()
    }
}

/// Words of an added section shown in an excerpt at most: its first
/// sentence when that is no longer, else this many words and `…`.
pub const ADDED_WORDS: usize = 2 * CONTEXT_WORDS;

/// The opening of a section that was added whole: its first sentence (at
/// most [`ADDED_WORDS`] words, else that many words), with `…` when more
/// follows; and whether it was shortened. A letter or memo says that the
/// section was added; the whole section is in `wijzigingen.html`.
pub fn opening(spans: &[DiffSpan]) -> (Vec<Piece>, bool) {
    let text: String = spans
        .iter()
        .filter(|s| s.op != DiffOp::Delete)
        .map(|s| s.text.as_str())
        .collect();
    let words = word_spans(&text);
    if words.is_empty() {
        return (Vec::new(), false);
    }
    let sentence = words
        .iter()
        .take(ADDED_WORDS)
        .position(|&(a, b)| text[a..b].ends_with(['.', '!', '?', ':']));
    let keep = sentence.map_or(ADDED_WORDS, |i| i + 1).min(words.len());
    let mut out = Vec::new();
    push_span(&mut out, DiffOp::Insert, &text[..words[keep - 1].1], None);
    let shortened = keep < words.len();
    if shortened {
        out.push(Piece {
            gap: true,
            pre: " ".into(),
            text: "…".into(),
            ..Piece::default()
        });
    }
    (out, shortened)
}

/// The byte ranges of the words (runs of non-whitespace) of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(a)) => {
                out.push((a, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((a, text.len()));
    }
    out
}

/// The last character of `text` that is not whitespace.
fn last_char(text: &str) -> Option<char> {
    text.trim_end().chars().last()
}

/// The diff as an excerpt: unchanged stretches longer than twice
/// [`CONTEXT_WORDS`] shortened to their ends. Returns no pieces when the
/// diff changes nothing.
pub fn excerpt(spans: &[DiffSpan]) -> Vec<Piece> {
    if !spans
        .iter()
        .any(|s| s.op != DiffOp::Equal && !s.text.trim().is_empty())
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let last = spans.len().saturating_sub(1);
    let mut prev = None;
    for (i, s) in spans.iter().enumerate() {
        let before = prev;
        prev = last_char(&s.text).or(prev);
        if s.op != DiffOp::Equal {
            push_span(&mut out, s.op, &shown_text(spans, i), before);
            continue;
        }
        // Cut at word boundaries, so that the kept context keeps its
        // breaks between items and paragraphs.
        let words = word_spans(&s.text);
        let keep_head = if i == 0 { 0 } else { CONTEXT_WORDS };
        let keep_tail = if i == last { 0 } else { CONTEXT_WORDS };
        if words.len() <= keep_head + keep_tail {
            push_span(&mut out, DiffOp::Equal, &s.text, before);
            continue;
        }
        if keep_head > 0 {
            push_span(
                &mut out,
                DiffOp::Equal,
                &s.text[..words[keep_head - 1].1],
                before,
            );
        }
        out.push(Piece {
            gap: true,
            pre: " ".into(),
            text: "…".into(),
            post: " ".into(),
            ..Piece::default()
        });
        if keep_tail > 0 {
            push_span(
                &mut out,
                DiffOp::Equal,
                &s.text[words[words.len() - keep_tail].0..],
                None,
            );
        }
    }
    out
}

/// Whether the line break before `next` (the text after it) ends an item
/// or paragraph, rather than wrapping a line: `next` starts with a bullet
/// (`• `, `- `, `– `, `* `, `▪ `) or is a table row (`| Katwijk | 14,2 |`,
/// see [`crate::compare::diff::starts_item_line`]), or a blank line (the document's
/// paragraph break, as the structure stage wrote it) comes before it. A
/// paragraph need not end in punctuation: a subheading (`Wat willen we
/// bereiken`) or a title-page line (`Inspraakversie, september 2026`) is a
/// paragraph of its own. Only a blank line inside a sentence is no break:
/// a `.txt` copied from a PDF may have a blank line after every line
/// (`sluit` / `hulp daarop aan.`), where the line before ends without a
/// sentence's or list's punctuation (`before`: its last character) and
/// the next starts in lower case.
fn is_item_break(before: Option<char>, blank: bool, next: &str) -> bool {
    let first = next.chars().next();
    let bullet = crate::compare::diff::starts_item_line(next);
    let ends_sentence = before.is_some_and(|c| matches!(c, '.' | ':' | ';' | '!' | '?'));
    let runs_on = !ends_sentence && first.is_some_and(char::is_lowercase);
    bullet || blank && !runs_on
}

/// Splits a span at the breaks between items and paragraphs
/// ([`is_item_break`]; `prev` is the last character before the span) and
/// makes every other run of whitespace one space, trimmed into
/// `pre`/`post`.
fn push_span(out: &mut Vec<Piece>, op: DiffOp, text: &str, prev: Option<char>) {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while let Some(found) = text[at..].find('\n') {
        let nl = at + found;
        let run_start = text[..nl].trim_end().len();
        let run_end = text.len() - text[nl..].trim_start().len();
        let blank = text[run_start..run_end].matches('\n').count() > 1;
        let before = last_char(&text[..run_start]).or(prev);
        if is_item_break(before, blank, &text[run_end..]) {
            parts.push(&text[start..run_start]);
            start = run_end;
        }
        at = run_end.max(nl + 1);
    }
    parts.push(&text[start..]);
    let count = parts.len();
    for (i, part) in parts.into_iter().enumerate() {
        let words: Vec<&str> = part.split_whitespace().collect();
        if words.is_empty() {
            if !part.is_empty() {
                out.push(Piece {
                    equal: true,
                    pre: " ".into(),
                    ..Piece::default()
                });
            }
        } else {
            let start = part.len() - part.trim_start().len();
            let end = part.trim_end().len();
            out.push(Piece {
                equal: op == DiffOp::Equal,
                insert: op == DiffOp::Insert,
                delete: op == DiffOp::Delete,
                pre: ws(&part[..start]),
                text: words.join(" "),
                post: ws(&part[end..]),
                ..Piece::default()
            });
        }
        if i + 1 < count {
            out.push(Piece {
                br: true,
                ..Piece::default()
            });
        }
    }
}

/// Any whitespace becomes one space.
fn ws(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        " ".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(op: DiffOp, text: &str) -> DiffSpan {
        DiffSpan {
            op,
            text: text.into(),
        }
    }

    #[test]
    fn title_line_is_taken_off_both_sides() {
        let spans = vec![
            span(DiffOp::Equal, "5.2 "),
            span(DiffOp::Delete, "Oud"),
            span(DiffOp::Insert, "Nieuw"),
            span(DiffOp::Equal, "\nDe tekst "),
            span(DiffOp::Insert, "blijft"),
        ];
        assert!(starts_with_title(&spans, &["Oud"]));
        let rest = without_title_line(&spans);
        assert_eq!(
            rest,
            vec![
                span(DiffOp::Equal, "De tekst "),
                span(DiffOp::Insert, "blijft")
            ]
        );
    }

    #[test]
    fn excerpt_shortens_long_context_and_keeps_changes() {
        let long = (1..=40)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let spans = vec![
            span(DiffOp::Equal, &format!("{long} ")),
            span(DiffOp::Insert, "nieuw"),
            span(DiffOp::Equal, &format!(" {long}")),
        ];
        let p = excerpt(&spans);
        let text: String = p
            .iter()
            .map(|p| format!("{}{}{}", p.pre, p.text, p.post))
            .collect();
        assert!(text.starts_with(" … w29"), "{text}");
        assert!(text.contains("w40 nieuw w1 "), "{text}");
        assert!(text.ends_with("w12 … "), "{text}");
        assert!(p.iter().any(|p| p.insert && p.text == "nieuw"));
    }

    fn shown(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| {
                if p.br {
                    " | ".to_string()
                } else {
                    format!("{}{}{}", p.pre, p.text, p.post)
                }
            })
            .collect()
    }

    /// QA: a line break taken out of the context left a double space, and
    /// the items of a list (a `.txt` copied from a PDF: a blank line after
    /// every line, the bullets lost) ran together in one line.
    #[test]
    fn excerpt_keeps_items_apart_and_one_space_between_words() {
        let spans = vec![
            span(
                DiffOp::Equal,
                "uitgangspunten:\n\nElkaars expertise vertrouwen.\n\nBetrokkenen voelen zich \
                 gehoord. Daarmee staat het gezin centraal en sluit\n\nhulp daarop aan.\n\n\
                 Inzetten ervaringsdeskundigen.",
            ),
            span(DiffOp::Insert, "\n\nOog voor mantelzorgers en naasten."),
            span(
                DiffOp::Equal,
                "\n\nWerken volgens de visie gefaseerd samenwerken aan veiligheid en een \
                 gezamenlijke visie op\n\ngezinsgericht werken en op regie.",
            ),
            span(
                DiffOp::Insert,
                " Ook \n de partners:\n• het onderwijs\n• de huisarts",
            ),
        ];
        let text = shown(&excerpt(&spans));
        assert!(!text.contains("  "), "{text}");
        assert!(
            text.contains("sluit hulp daarop aan. | Inzetten ervaringsdeskundigen. | Oog voor"),
            "{text}"
        );
        assert!(text.contains("naasten. | Werken volgens"), "{text}");
        assert!(
            text.contains("Ook de partners: | • het onderwijs | • de huisarts"),
            "{text}"
        );
    }

    /// QA: a letter showed the whole of a section that was added as the
    /// change; it shows the section's first sentence (or its first words).
    #[test]
    fn an_added_section_shows_its_opening() {
        let long = (1..=60)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let (p, shortened) = opening(&[span(DiffOp::Insert, &format!("Eerste zin.\n{long}."))]);
        assert!(shortened);
        assert_eq!(shown(&p), "Eerste zin. …");
        let (p, shortened) = opening(&[span(DiffOp::Insert, &long)]);
        assert!(shortened);
        assert_eq!(words(&p).len(), ADDED_WORDS);
        let (p, shortened) = opening(&[span(DiffOp::Insert, "Kort.")]);
        assert!(!shortened);
        assert_eq!(shown(&p), "Kort.");
    }

    /// QA20: a paragraph without final punctuation (a subheading, a
    /// title-page line) ran into the next one in the redline.
    #[test]
    fn a_paragraph_without_final_punctuation_stays_a_paragraph() {
        let text = "Inspraakversie, september 2026\n\nGemeenten Katwijk en Teylingen\n\n\
                    Voorwoord\n\nJeugdhulp gaat ons allemaal aan.\n\nWat willen we bereiken\n\n\
                    Kinderen groeien veilig op.";
        assert_eq!(
            shown(&pieces(&[span(DiffOp::Equal, text)])),
            "Inspraakversie, september 2026 | Gemeenten Katwijk en Teylingen | Voorwoord | \
             Jeugdhulp gaat ons allemaal aan. | Wat willen we bereiken | Kinderen groeien veilig op."
        );
        // Also where a change ends the paragraph before.
        let spans = vec![
            span(DiffOp::Equal, "Inspraakversie, "),
            span(DiffOp::Delete, "september"),
            span(DiffOp::Insert, "december"),
            span(DiffOp::Equal, " 2026\n\nVoorwoord\n\nJeugdhulp."),
        ];
        assert_eq!(
            shown(&pieces(&spans)),
            "Inspraakversie, septemberdecember 2026 | Voorwoord | Jeugdhulp."
        );
        // A blank line inside a sentence (a double-spaced `.txt`) is none.
        assert_eq!(
            shown(&pieces(&[span(
                DiffOp::Equal,
                "en sluit\n\nhulp daarop aan."
            )])),
            "en sluit hulp daarop aan."
        );
    }

    /// A paragraph replaced by another starts one line, not two.
    #[test]
    fn a_replaced_paragraph_breaks_once() {
        let spans = vec![
            span(DiffOp::Equal, "Regiovisie 2027-2030"),
            span(DiffOp::Delete, "\n\nInspraakversie"),
            span(DiffOp::Insert, "\n\nDefinitieve versie"),
            span(DiffOp::Equal, ", december 2026"),
        ];
        assert_eq!(
            shown(&pieces(&spans)),
            "Regiovisie 2027-2030 | Inspraakversie Definitieve versie, december 2026"
        );
        assert_eq!(shown(&excerpt(&spans)), shown(&pieces(&spans)));
    }

    /// QA20: a Markdown draft's table rows ran together on one line.
    #[test]
    fn table_rows_stay_rows() {
        let text = "| Gemeente | Budget |\n|---|---:|\n| Katwijk | 14,2 |";
        assert_eq!(
            shown(&pieces(&[span(DiffOp::Equal, text)])),
            "| Gemeente | Budget | | |---|---:| | | Katwijk | 14,2 |"
        );
    }

    #[test]
    fn no_excerpt_without_change() {
        assert!(excerpt(&[span(DiffOp::Equal, "alles gelijk")]).is_empty());
    }

    fn words(pieces: &[Piece]) -> Vec<String> {
        pieces
            .iter()
            .filter(|p| !p.br && !p.gap)
            .flat_map(|p| {
                p.text
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn op() -> impl proptest::strategy::Strategy<Value = DiffOp> {
        proptest::prop_oneof![
            proptest::strategy::Just(DiffOp::Equal),
            proptest::strategy::Just(DiffOp::Insert),
            proptest::strategy::Just(DiffOp::Delete),
        ]
    }

    proptest::proptest! {
        #[test]
        fn pieces_keep_every_word(parts in proptest::collection::vec((op(), "[a-zé \\n]{0,30}"), 0..8)) {
            let spans: Vec<DiffSpan> = parts.iter().map(|(o, t)| span(*o, t)).collect();
            let all: Vec<String> = spans
                .iter()
                .flat_map(|s| s.text.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                .collect();
            proptest::prop_assert_eq!(words(&pieces(&spans)), all);
            // Excerpts and title removal never panic and keep every changed word.
            let ex = excerpt(&spans);
            let changed = spans.iter().filter(|s| s.op != DiffOp::Equal).map(|s| s.text.split_whitespace().count()).sum::<usize>();
            let shown = ex.iter().filter(|p| p.insert || p.delete).map(|p| p.text.split_whitespace().count()).sum::<usize>();
            proptest::prop_assert_eq!(shown, changed);
            let _ = without_title_line(&spans);
        }
    }
}
