//! The body cut into comments: point markers (labelled, numbered,
//! lettered, bullets, short headings) or paragraphs; framing paragraphs
//! that state no view left out; a short statement joined with the
//! paragraph that elaborates it.

use std::collections::HashMap;

use super::metadata::is_addressee;
use super::parts::word_count;
use super::Row;
use crate::model::Comment;
use crate::text::StaticRegex;

/// This module's regexes, for [`super::prepare`].
pub(super) const PATTERNS: &[&StaticRegex] = &[
    &INSTRUCTION,
    &FORM_WORDS,
    &MARKER_LABEL,
    &MARKER_NUMBER,
    &MARKER_LETTER,
    &MARKER_BULLET,
    &NUMBERED_HEADING,
    &SUBSECTION,
    &ARGUMENT_PART,
    &WRITERS_REQUEST,
    &INTRODUCTION_TITLE,
    &MEMBERS_ARE,
    &NAME_TITLES,
    &MEMBER_ROLE,
    &RECOMMENDS,
    &WRITER_SELF,
    &PROCEDURAL,
    &DATED_OPENING,
    &COUNCIL_PREAMBLE,
    &COUNCIL_CLOSING,
    &MOTION_CLAUSE,
    &MOVED_BY,
    &EXPLANATION,
    &PROCEDURAL_STUDIED,
    &PROCEDURAL_SENT,
    &PROCEDURAL_ON_BEHALF,
    &DENIED,
    &EVALUATION,
    &NAMED_INTRODUCTION,
    &QUOTE_LEAD_IN,
    &NAMES_DRAFT,
    &REACTION_LABEL,
    &VIEW,
    &REQUEST,
    &SELF_INTRODUCTION,
    &POSITION,
    &SPEAKS_FOR,
    &FRAMING,
    &SOFT_FRAMING,
    &ANNOUNCES,
    &ANNOUNCES_REPLY,
    &REQUEST_VERB,
    &CONSIDER_RESPONSE,
    &CRITIQUE,
    &CONTACT,
    &FOR_WRITER,
    &CONTACT_QUESTION,
    &CONTACT_MEANS,
    &COUNTED_LEAD_IN,
    &DECIDES,
    &ENUMERATING_OPENER,
    &ANNOUNCES_POINTS,
    &CONCERN,
    &JUDGEMENT,
    &GENERAL_STANCE,
    &ENDORSED_AIM,
    &POINTS_AHEAD,
    &ORGANISATION_OFFERS,
    &WISH_FRAME,
    &OTHERS_SPARED,
    &CLOSING_HEADING,
    &MOTTO,
    &MOTTO_NOT,
    &SIGNED_BY,
    &LATE,
    &CAMPAIGN_SUPPORT,
    &DISCUSSED_WITH,
    &STAY_WHERE_ONE_LIVES,
    &AFTER_CAMPAIGN_TITLE,
    &ASKS_WHAT_FOLLOWS,
    &APPOSITION,
    &LETTER_TITLE,
    &SUMMARY_HEADING,
    &FURTHER_REMARKS,
    &NOTHING_TO_ADD,
    &ROMAN_GROUP,
    &LETTER_GROUP,
    &NAMED_GROUP,
];

/// A point marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum MarkerKind {
    /// `Advies 3 –`, `Punt 2:`
    Labelled,
    /// `1.`, `1)`, `(1)`
    Number,
    /// `a.`, `a)`, `(a)`
    Letter,
    /// `•`, `-`, `*`
    Bullet,
    /// a short heading line followed by a paragraph
    Heading,
    /// a short heading line followed by bullets: see
    /// [`headed_bullet_groups`]
    HeadedList,
}

#[derive(Debug, Clone)]
pub(super) struct Marker {
    kind: MarkerKind,
    label: Option<String>,
    /// Numeric value for sequence checks (letters: a = 1).
    value: u32,
    /// The letter of a lettered sub-point's number (`1a.` = 1, `1b.` = 2;
    /// 0 for a plain `1.`): see [`Marker::follows`].
    sub: u32,
    /// Byte length of the marker in the line.
    len: usize,
}

impl Marker {
    /// Whether the marker counts points (`1.`, `Punt 1:`, `a)`).
    pub(super) fn counts(&self) -> bool {
        matches!(
            self.kind,
            MarkerKind::Labelled | MarkerKind::Number | MarkerKind::Letter
        )
    }

    /// Whether this marker goes on from the point numbered `last` (its
    /// lettered sub-point `last_sub`, 0 for none): the next number, or a
    /// lettered sub-point (`1a.`, `1b.`, as a council numbers separate
    /// requests) that is the next letter of the same number or the first
    /// of the next number.
    pub(super) fn follows(&self, last: u32, last_sub: u32) -> bool {
        match self.sub {
            0 => self.value == last + 1,
            s => self.value == last && s == last_sub + 1 || self.value == last + 1 && s == 1,
        }
    }
}

pub(super) static MARKER_LABEL: StaticRegex = StaticRegex::new(
    r"^(?i:(advies|punt|opmerking|reactie|aanbeveling|vraag|zienswijze|kanttekening|aandachtspunt|wens|voorstel)\s+(\d{1,5}))\s*[:.\-–—)]?\s*",
);

pub(super) static MARKER_NUMBER: StaticRegex =
    StaticRegex::new(r"^\(?(\d{1,5})(?:([a-z])?[.)]|\s*[-–—:])\s+");

pub(super) static MARKER_LETTER: StaticRegex = StaticRegex::new(r"^\(?([a-z])[.)]\s+");

pub(super) static MARKER_BULLET: StaticRegex = StaticRegex::new(r"^[•●▪◦·\-–*]\s+");

pub(super) fn marker(t: &str) -> Option<Marker> {
    let lab = MARKER_LABEL.get();
    let num = MARKER_NUMBER.get();
    let let_ = MARKER_LETTER.get();
    let bul = MARKER_BULLET.get();
    if let Some(c) = lab.captures(t) {
        let word = &c[1];
        let mut w = word.chars();
        let word: String = w
            .next()
            .map(|f| f.to_uppercase().chain(w).collect())
            .unwrap_or_default();
        return Some(Marker {
            kind: MarkerKind::Labelled,
            label: Some(format!("{word} {}", &c[2])),
            value: c[2].parse().unwrap_or(0),
            sub: 0,
            len: c.get(0).map_or(0, |m| m.end()),
        });
    }
    if let Some(c) = num.captures(t) {
        let letter = c.get(2).map(|l| l.as_str());
        return Some(Marker {
            kind: MarkerKind::Number,
            label: Some(format!("{}{}", &c[1], letter.unwrap_or(""))),
            value: c[1].parse().unwrap_or(0),
            sub: letter
                .and_then(|l| l.chars().next())
                .map_or(0, |ch| ch as u32 - 'a' as u32 + 1),
            len: c.get(0).map_or(0, |m| m.end()),
        });
    }
    if let Some(c) = let_.captures(t) {
        let ch = c[1].chars().next().unwrap_or('a');
        return Some(Marker {
            kind: MarkerKind::Letter,
            label: Some(c[1].to_string()),
            value: ch as u32 - 'a' as u32 + 1,
            sub: 0,
            len: c.get(0).map_or(0, |m| m.end()),
        });
    }
    if let Some(m) = bul.find(t) {
        return Some(Marker {
            kind: MarkerKind::Bullet,
            label: None,
            value: 0,
            sub: 0,
            len: m.end(),
        });
    }
    None
}

/// `t` without the point marker it opens with (`3.`, `(3)`, `b)`, `Punt 3:`,
/// `•`), as [`marker`] reads it.
pub(super) fn strip_marker(t: &str) -> &str {
    let t = t.trim_start();
    match marker(t) {
        Some(m) => t.get(m.len..).unwrap_or(t),
        None => t,
    }
}

/// A heading numbered without a full stop (`3 Wachttijden`): a number of
/// at most two digits before a capitalised word, on a heading line.
pub(super) static NUMBERED_HEADING: StaticRegex = StaticRegex::new(r"^(\d{1,2})\s+\p{Lu}");

/// The point marker of line `i` of `rows`: what [`marker`] reads, or a
/// heading numbered without a full stop (`3 Wachttijden`, see
/// [`NUMBERED_HEADING`]), read as a number.
pub(super) fn marker_at(rows: &[&Row], i: usize) -> Option<Marker> {
    let t = rows[i].text.trim();
    marker(t).or_else(|| {
        let c = NUMBERED_HEADING.get().captures(t)?;
        let number = c.get(1)?;
        let value: u32 = number.as_str().parse().unwrap_or(0);
        let title = t[number.end()..].trim();
        // A chapter's heading right above its first sub-section's (`2
        // Nazorg` / `2.1 Wat de regiovisie zegt`) is one too.
        let over_sub_section = i + 1 < rows.len()
            && subsection_at(rows, i + 1, &[value]) == Some(1)
            && (rows[i].para || i == 0)
            && is_chapter_title(title);
        (titled_line(rows, i, title) || over_sub_section).then(|| Marker {
            kind: MarkerKind::Number,
            label: Some(number.as_str().to_string()),
            value: number.as_str().parse().unwrap_or(0),
            sub: 0,
            len: number.end(),
        })
    })
}

/// A sub-section's number and title at the start of a line: `4.2
/// Overzicht van de kosten`, `4.2. Kosten`, or a level deeper, `4.3.1
/// Grondslag voor verwerking`.
pub(super) static SUBSECTION: StaticRegex =
    StaticRegex::new(r"^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(\p{Lu}.*)$");

/// At most this many words in a sub-section's title (`4.5 Verdere
/// beoordeling van ... de risico's van de verwerking`).
pub(super) const SUBSECTION_TITLE_WORDS: usize = 14;

/// The number of a sub-section of `parent` whose heading is line `i` of
/// `rows` (`4.2 Overzicht van de kosten` under chapter `[4]` gives 2,
/// `4.3.1 Grondslag` under `[4, 3]` gives 1): a line of its own that opens
/// a paragraph or follows a sentence's end, a short title (see
/// [`SUBSECTION_TITLE_WORDS`]) with no sentence or lead-in punctuation at
/// its end, text below it.
pub(super) fn subsection_at(rows: &[&Row], i: usize, parent: &[u32]) -> Option<u32> {
    let t = rows[i].text.trim();
    let c = SUBSECTION.get().captures(t)?;
    let own = sub_number(&c, parent)?;
    let title = c.get(2)?.as_str().trim();
    let after_sentence = i
        .checked_sub(1)
        .is_none_or(|p| rows[p].text.trim_end().ends_with(['.', '!', '?', ':']));
    let heading = (rows[i].para || after_sentence)
        && (1..=SUBSECTION_TITLE_WORDS).contains(&word_count(title))
        && !title.ends_with(['.', ',', ';', ':', '!', '?'])
        && i + 1 < rows.len();
    heading.then_some(own)
}

/// The last part of the number that [`SUBSECTION`] caught in `c` (`2` of
/// `3.2`), when the parts before it are `parent`.
fn sub_number(c: &regex::Captures, parent: &[u32]) -> Option<u32> {
    let number: Vec<u32> = c[1]
        .split('.')
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    let (own, above) = number.split_last()?;
    (above == parent).then_some(*own)
}

/// The number of a numbered sub-point of `parent` on line `i` of `rows`:
/// a sub-section heading (see [`subsection_at`]), or a paragraph that
/// opens with the number and runs on as text, the letter numbering its
/// points within its own chapters (`2 Jeugd` / `2.1 De raad vraagt om
/// ...` / `2.2 De uitbreiding ...`). Whether such a paragraph's first line
/// happens to look like a title (short, a wrapped line with no sentence's
/// end) says nothing: each numbered paragraph is a point. (Where the
/// chapter has text of its own above its first numbered paragraph, only
/// a heading is read so; see the caller.)
fn subpoint_at(rows: &[&Row], i: usize, parent: &[u32]) -> Option<u32> {
    subsection_at(rows, i, parent).or_else(|| {
        if !rows[i].para {
            return None;
        }
        let c = SUBSECTION.get().captures(rows[i].text.trim())?;
        sub_number(&c, parent)
    })
}

/// The title of a part of one argument rather than a topic of its own
/// (`Wat de regiovisie zegt`, `Ons advies`, `Toelichting`, `Onderbouwing`,
/// `Waarom dit nodig is`): a report's chapter that argues one
/// recommendation under such sub-headings is one point.
pub(super) static ARGUMENT_PART: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:wat|hoe|waarom|welke)\b|(?:(?:ons|onze|mijn|het|de)\s+)?(?:advies|adviezen|aanbeveling(?:en)?|toelichting|onderbouwing|motivering|analyse|achtergrond|conclusies?|knelpunt(?:en)?|aanleiding|bevinding(?:en)?|overweging(?:en)?|reactie|standpunt|oordeel|voorstel(?:len)?|huidige situatie|probleemstelling|probleem)\b)",
);

/// Whether line `i` of `rows` is a sub-section heading (see [`SUBSECTION`])
/// whose title names a part of one argument (see [`ARGUMENT_PART`]).
fn argument_part_at(rows: &[&Row], i: usize) -> bool {
    SUBSECTION
        .get()
        .captures(rows[i].text.trim())
        .and_then(|c| c.get(2))
        .is_some_and(|t| ARGUMENT_PART.get().is_match(t.as_str().trim()))
}

/// A short title-like line that opens a paragraph.
pub(super) fn is_heading_line(rows: &[&Row], i: usize) -> bool {
    titled_line(rows, i, rows[i].text.trim())
}

/// Whether line `i` of `rows`, with title `t` (its text, or what follows
/// its number), is a heading line: see [`is_heading_line`].
fn titled_line(rows: &[&Row], i: usize, t: &str) -> bool {
    let next_is_para = rows
        .get(i + 1)
        .is_some_and(|n| n.para || word_count(&n.text) > 6);
    let after_sentence = i == 0 || rows[i - 1].text.trim_end().ends_with(['.', '!', '?', ':']);
    (rows[i].para || after_sentence)
        && (1..=8).contains(&word_count(t))
        && !t.ends_with(['.', ',', ';'])
        && t.chars().next().is_some_and(char::is_uppercase)
        && next_is_para
        && rows.get(i + 1).is_some_and(|n| {
            // A lead-in to a list (`Wij hebben twee punten:`) is no title.
            let lead_in = n.text.trim_end().ends_with(':') && word_count(&n.text) >= 3;
            // A short line that a paragraph goes on below (a narrow
            // column's first line, `Paragraaf 6.1 richt zich op de
            // scholing van` / `thuiszorg en ...`) is text, no heading.
            let wrapped =
                rows.get(i + 2).is_some_and(|r| !r.para) && n.text.split_whitespace().count() >= 4;
            !is_heading_shape(&n.text) || lead_in || wrapped
        })
}

/// Most words of a chapter title on a numbered point's first line (see
/// [`is_chapter_title`]).
const CHAPTER_TITLE_WORDS: usize = 15;

/// Whether `t`, what follows the number on a point's first line, is a
/// chapter title (`De huidige situatie in de regio`, `Mogelijkheden voor
/// verbetering van de aanpak van huiselijk geweld en kindermishandeling`):
/// capitalised, a few words, no sentence or clause end, and not broken off
/// after a function word as a wrapped sentence may be (`De raad mist de
/// rol van`), nor a sentence's end inside (`De wachttijd is te lang. Mijn
/// zoon` is a wrapped point: its next line goes on with the sentence).
pub(super) fn is_chapter_title(t: &str) -> bool {
    let t = t.trim();
    (1..=CHAPTER_TITLE_WORDS).contains(&word_count(t))
        && t.chars().next().is_some_and(char::is_uppercase)
        && !sentence_end_inside(t)
        && !t.ends_with(['.', ',', ';', ':', '!', '?', '-', '–'])
        && t.split_whitespace()
            .last()
            .is_some_and(|w| !crate::text::is_stop_word(&w.to_lowercase()))
}

/// Whether `t` ends a sentence before its end: a word of four lower-case
/// letters or more (no abbreviation: `Art. 5`, `o.a. Jeugd`) and `.`, `!`
/// or `?`, then a space and a capital.
fn sentence_end_inside(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.windows(2).any(|w| {
        let ended = w[0]
            .strip_suffix(['.', '!', '?'])
            .is_some_and(|word| word.chars().count() >= 4 && word.chars().all(char::is_lowercase));
        ended && w[1].chars().next().is_some_and(char::is_uppercase)
    })
}

/// The heading of a letter's closing paragraph: `Tot slot`, `Ten
/// slotte`, `Afsluitend`, `Tot besluit`, `Afronding`, numbered or not
/// (`5. Tot slot`), a colon after it or not.
pub(super) static CLOSING_HEADING: StaticRegex = StaticRegex::new(
    r"(?i)^(?:\d{1,2}[.)]?\s+)?(?:tot slot|ten slotte|tenslotte|tot besluit|tot afsluiting|afsluitend|afsluiting|afronding|slot|slotwoord|slotopmerking(?:en)?|slotbeschouwing|tot slot nog)\s*[:.]?$",
);

/// Whether a paragraph is only the heading of a closing paragraph
/// ([`CLOSING_HEADING`]).
pub(super) fn is_closing_heading(t: &str) -> bool {
    CLOSING_HEADING.get().is_match(t.trim())
}

/// A short line that reads as a title: no sentence end (an exclamation
/// `Voeg de scholen toe!` is a sentence).
pub(super) fn is_heading_shape(t: &str) -> bool {
    word_count(t) <= 8 && !t.ends_with(['.', ',', ';', '!'])
}

/// Openings that only frame the letter (`Hierbij`, `Naar aanleiding van`,
/// `De adviesraad heeft de visie besproken`, `Namens ... sturen wij`): one
/// pattern in four parts ([`PROCEDURAL`], [`PROCEDURAL_STUDIED`],
/// [`PROCEDURAL_SENT`], [`PROCEDURAL_ON_BEHALF`]), a text is procedural when
/// one of them matches ([`is_procedural_opening`]). As one alternation the
/// counted spans (`.{0,200}?`, `[^.!?:;,\n]{0,60}`) made it the splitter's
/// costliest regex to compile (~24 ms for its narrowed form, on one core, in
/// every run that splits a letter); the four parts take ~4 ms together.
pub(super) static PROCEDURAL: StaticRegex = StaticRegex::narrowed(
    r"(?i)^(hierbij|bijgaand|met deze (brief|e-?mail|reactie)|in (deze|onderstaande) (brief|reactie|e-?mail)|naar aanleiding van|in reactie op|bij (uw |de )?(brief|e-?mail|uitnodiging) van|in uw (brief|e-?mail|bericht|uitnodiging)\b|(onze |mijn )?excuses\b|(wij|ik) (bied|bieden) (u )?(onze |mijn )?excuses|op \d{1,2} \w+( \d{4})?|u heeft|wij danken|ik dank|dank voor|in (onze|de|haar|zijn|een) (\w+)?(vergadering|bijeenkomst|overleg) (van|op)\b|(de \w+|wij|ik) (vertrouwt|vertrouwen|vertrouw) erop|(wij|we|ik) (denken|denk|werken|werk) graag (verder )?mee|(wij|ik) (reageren|reageer) (hierbij |graag )?namens\b|reageer (ik|wij) graag|graag maken|graag reageren|wij maken graag|voor (een |nadere )?(vragen|nadere|meer informatie|toelichting|uitleg)|wij vertrouwen|ik vertrouw|wij zien uit|ik zie uit|(wij zien|ik zie) (\S+ ){0,8}tegemoet|wij hopen|ik hoop|wij gaan graag|tot slot danken|(wij zijn|ik ben|(de|het|onze|ons) [^.!?:;,\n]{0,40}? is) (graag |altijd |van harte )?bereid|onze reactie|mijn reactie|hieronder|onderstaand|ons advies is als volgt|wij geven (u )?(graag )?(de volgende|onze)|ik geef (u )?(graag )?(de volgende|mijn))",
);

/// The writer having read or discussed the draft (`Wij hebben de
/// ontwerpnota in onze ledenvergadering besproken`, the draft's name
/// maybe with `ontwerp` or `concept` before it), or reacting or
/// explaining gladly.
pub(super) static PROCEDURAL_STUDIED: StaticRegex = StaticRegex::narrowed(
    r"(?i)^(de (raad|adviesraad|commissie) heeft .{0,80}besproken|(wij hebben|ik heb) (de|het) (ontwerp-?|concept-?)?(concept|regiovisie|visie|nota|plan|agenda|stuk|tekst).{0,60}(gelezen|bestudeerd|besproken)|(de|het|onze) [^.!?:;,\n]{0,60}(reageert|reageren) graag|(wij|we|ik) (?:[^.!?:;\n]{0,40} )?graag\b[^.!?:;\n]{0,60}\b(toe te lichten|toelichten)\b|(wij|we|ik) (lichten|licht) [^.!?:;\n]{0,40}\bgraag toe\b)",
)
.gated();

/// The writer having discussed or read the draft (`De raad heeft de visie
/// besproken`, `De gemeenteraad van X heeft op 3 mei over de ontwerpnota
/// gesproken`; spoken about the draft named, not about anything), its name up to 90 characters long (`Het
/// samenwerkingsverband voor het voortgezet onderwijs in de regio X heeft
/// ... besproken`), or sending its reaction on someone's behalf.
pub(super) static PROCEDURAL_SENT: StaticRegex = StaticRegex::narrowed(
    r"(?i)^((de|het|ons|onze) [^.!?:;,\n]{0,90}? (heeft|hebben) .{0,120}(besproken|behandeld|kennisgenomen|kennis genomen|bestudeerd|gelezen[.,]|over (de|het|dit|deze) ([^\s.!?:;,]+ ){0,2}?(ontwerp[^\s.!?:;,]*|concept[^\s.!?:;,]*|[^\s.!?:;,]*(visie|plan|nota|agenda)) gesproken)|namens .{0,200}?(sturen|stuur|geven|geef|bieden|zenden|stellen) (wij|ik))",
)
.gated();

pub(super) static PROCEDURAL_ON_BEHALF: StaticRegex = StaticRegex::narrowed(
    r"(?i)^(on behalf of .{0,200}?(we|i) (submit|send|give|offer|present|share)\b[^.!?]{0,60}\b(following|our|these|this|my)\b[^.!?]{0,40}[.:]?$|namens [^.!?:;\n]{0,80}?\b(onze|ons|mijn|hun|haar|zijn) (reactie|zienswijze|inspraakreactie|advies|opmerkingen|punten|commentaar|input|inbreng)\b[^.!?:;]{0,60}[.!:]?$)",
)
.gated();

/// Whether `t` opens with words that only frame the letter: one of the
/// parts of [`PROCEDURAL`] matches.
pub(super) fn is_procedural_opening(t: &str) -> bool {
    PROCEDURAL_PARTS.iter().any(|re| re.for_text(t).is_match(t))
}

/// A negation inside the words that tell of discussing or reading the
/// draft (`De gemeente heeft het plan nooit met ons besproken`, `Wij
/// hebben de visie niet kunnen bespreken`): a complaint about how the
/// draft was made, not the letter's framing.
static DENIED: StaticRegex = StaticRegex::new(r"(?i)\b(nooit|niet)\b");

/// Whether the words of [`PROCEDURAL_STUDIED`] or [`PROCEDURAL_SENT`]
/// that open `t` deny what they tell (see [`DENIED`]).
fn denies_discussing(t: &str) -> bool {
    [&PROCEDURAL_STUDIED, &PROCEDURAL_SENT].iter().any(|re| {
        re.for_text(t)
            .find(t)
            .is_some_and(|m| DENIED.get().is_match(m.as_str()))
    })
}

/// The parts of the procedural opening's pattern.
pub(super) const PROCEDURAL_PARTS: [&StaticRegex; 4] = [
    &PROCEDURAL,
    &PROCEDURAL_STUDIED,
    &PROCEDURAL_SENT,
    &PROCEDURAL_ON_BEHALF,
];

pub(super) static VIEW: StaticRegex = StaticRegex::new(
    r"(?i)\b(missen|mis|mist|vinden|vind|pleiten|pleit|adviseren|adviseer|verzoeken|verzoek|vragen (wij|ik|u)|(wij|ik) (vragen|vraag)|stellen (wij|ik)? ?voor|zijn van mening|ben van mening|onvoldoende|ontbreekt|ontbreken|moet|moeten|zou|zouden|onduidelijk|bezorgd|zorgen over|teleurgesteld|niet eens|eens met|steunen|onderschrijven|waarderen|positief|negatief|kritisch|bezwaar)\b",
);

pub(super) static REQUEST: StaticRegex = StaticRegex::new(
    r"(?i)\b(uw|jullie|het) (verzoek|vraag|uitnodiging|oproep)\b|\bgelegenheid (om )?(te )?(adviseren|reageren|advies|een reactie|een zienswijze)\b",
);

/// An opening introducing the writer: who they are (`Ik ben inwoner van
/// ...`, `Wij zijn een vereniging in ...`, `Wij zijn een gezinsbedrijf met
/// 80 zeugen ...`: a noun after the article, so not `Wij zijn blij met`) or
/// where they live or work (`Ik woon in Lindeveen en ben moeder van ...`,
/// `Ik werk bij ...`), or how old they are (`Ik ben 81 jaar en fiets nog
/// elke dag naar de markt.`).
pub(super) static SELF_INTRODUCTION: StaticRegex = StaticRegex::narrowed(
    r"(?i)^((ik ben|wij zijn|we zijn) (\w+ ){0,3}(van|bij|in|uit)|(ik ben|wij zijn|we zijn) \d{1,3} jaar|(ik ben|wij zijn|we zijn) (een|de) (\w+ ){1,2}met|(ik woon|wij wonen|we wonen|ik werk|wij werken|we werken) (\w+ ){0,3}(van|bij|in|uit|aan|op|te))\b",
);

/// An opening where the writer introduces themself by name (`Ik ben Henk
/// Jansen en woon in X.`, `Mijn naam is Agnieszka Wiśniewska en ...`, `Ik
/// heet ...`): the cue, then capitalised words and particles up to a
/// comma, `en` or the sentence's end. Like [`SELF_INTRODUCTION`] it only
/// introduces the writer when nothing in it states a view.
pub(super) static NAMED_INTRODUCTION: StaticRegex = StaticRegex::new(
    r"^(?i:mijn naam is|ik heet|ik ben|my name is)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|(?i:van|de|der|den|ter|ten|te|het|'t|’t|in|op|el|al|ben|bin|da|dos|das|di|del|della|du|la|le|von)))*\s*(?:,|\.|\s(?:en|uit)\b|$)",
);

/// What turns an opening that reads like a self-introduction (see
/// [`SELF_INTRODUCTION`]) into a point, besides a word of opinion (see
/// [`states_view`]): a position (`Ik ben van mening`, `van oordeel`, `een
/// voorstander van`), a request (`en vraag om`, `wij willen meer`), what
/// the writer sees or lacks (`en zie dat`, `missen`), being for or against
/// something (`Ik ben tegen het sluiten van ...`), or a reference to
/// the draft (`paragraaf 4.2`, `(4.1)`, `in 5.3`).
/// A concern as [`VIEW`] has it (`zorgen over`, `bezorgd`).
pub(super) static CONCERN: StaticRegex = StaticRegex::new(r"(?i)\b(bezorgd|zorgen over)\b");

pub(super) static POSITION: StaticRegex = StaticRegex::new(
    r"(?i)\b(van (mening|oordeel|gedachten) dat|(voorstander|tegenstander|voorstanders|tegenstanders) van|(ik ben|ben ik|wij zijn|we zijn|zijn wij|zijn we) ((sterk|fel|helemaal|erg|daarom|dus|niet) )?(tegen|voor) (het|de|een|dat|meer|minder|geen)\b|(vraag|vragen|verzoek|verzoeken|pleit|pleiten) (om|u|jullie|de|het|dat)|(wil|willen|wilt) (meer|minder|geen|dat|graag dat)|(zie|zien|merk|merken|ervaar|ervaren) (ik |wij |we )?(dat|hoe|te vaak|vaak|steeds)|(paragraaf|par\.|hoofdstuk|§) ?\d|\d{1,2}\.\d{1,2}\b)",
);

/// A judgement of what matters or is wrong (`Snelle hulp is van
/// levensbelang.`, `weet hoe belangrijk snelle hulp is`, `de wachttijd is
/// te lang`): after a self-introduction it is the writer's view, the
/// introduction the experience it rests on.
pub(super) static JUDGEMENT: StaticRegex = StaticRegex::new(
    r"(?i)\b(belangrijk|van (levens)?belang|essentieel|noodzakelijk|cruciaal|onmisbaar|onacceptabel|onaanvaardbaar|onbegrijpelijk|schrijnend|urgent|(hard|dringend|echt) nodig|te (lang|kort|weinig|veel|laat|duur|ver|klein|groot))\b",
);

/// Whether an opening that reads like a self-introduction (see
/// [`SELF_INTRODUCTION`]) states a view, anywhere in it (`Ik ben moeder
/// van drie kinderen en vind dat ...`): a word of opinion (see
/// [`states_view`]), a judgement (see [`JUDGEMENT`]), a position or a
/// reference (see [`POSITION`]), or a request in the imperative after a
/// semicolon or colon (`...; voeg ze toe.`).
pub(super) fn introduction_states_view(text: &str) -> bool {
    let request = REQUEST_VERB.get();
    // A concern in the introducing sentence (`Ik ben inwoner van X en ik
    // maak mij zorgen over ...`) is why the writer writes, not yet a view
    // of the draft; in a later sentence it is one.
    let cut = text.find(['.', '!', '?']).map_or(text.len(), |i| i + 1);
    let (first, rest) = text.split_at(cut);
    let first = CONCERN.get().replace_all(first, "");
    [first.as_ref(), rest]
        .iter()
        .any(|t| states_view(t) || POSITION.get().is_match(t) || JUDGEMENT.get().is_match(t))
        || text.split([';', ':']).skip(1).any(|clause| {
            let clause = clause.trim().trim_end_matches(['.', '!']);
            !clause.is_empty() && request.is_match(&format!("{clause}."))
        })
}

/// An organisation presenting itself: whom it speaks for (`behartigt de
/// belangen van`, `vertegenwoordigt alle 38 huisartsen in de regio`), what it is (`De KBO Noord is een vereniging ...`, `De stichting
/// Kindwijs is het bestuur van twaalf scholen`), whom it serves, how many
/// members or volunteers it counts (`De vereniging telt 450 leden`,
/// `Stichting X zet 30 vrijwillige coaches in`), what it stands for
/// (`Stichting X zet zich in voor ...`), what it has run since when
/// (`Sportfondsen Y exploiteert sinds 2009 het sportpark`), or its part in making
/// the draft (`Het waterschap heeft als partner meegewerkt aan de
/// agenda`, `De GGD is betrokken geweest bij het opstellen van ...`;
/// nothing but a role between the verb and the part, so not `is niet
/// betrokken bij`).
pub(super) static SPEAKS_FOR: StaticRegex = StaticRegex::new(
    r"(?i)\b(telt|tellen|heeft|hebben|zet|zetten|met|van) (ruim |meer dan |circa |zo'n |bijna |ongeveer )?\d[\d.]* (\p{L}+ ){0,2}(leden|vrijwilligers|medewerkers|maatjes|coaches|deelnemers)\b|\b(is|zijn|was|waren|heeft|hebben) (als \p{L}+ )?(nauw |actief )?(betrokken (geweest )?bij|meegewerkt aan|meegeschreven aan|meegedacht (over|bij|aan))\b|\b(behartigt|behartigen|vertegenwoordigt|vertegenwoordigen|verenigt|ondersteunt) (de belangen van|ruim|meer dan|circa|zo'n|((bijna|vrijwel|nagenoeg) )?alle|\d)|^(de|het|onze|ons) [^.!?]{0,60}\b(is|zijn) (een|het) (samenwerkingsverband|vereniging|stichting|netwerk|platform|koepel|organisatie|belangenorganisatie|beroepsvereniging|schoolbestuur|bestuur van|bevoegd gezag van)\b|\b(biedt|bieden) [^.!?]{0,60}\baan (vrouwen|mannen|kinderen|gezinnen|mensen|inwoners|ouderen|jongeren|slachtoffers|cliënten|mantelzorgers)\b|\b(adviseert|adviseren) (het college|de gemeente|de gemeenteraad|de raad|burgemeester en wethouders|het gemeentebestuur)( van \p{Lu}\w*)? (gevraagd en ongevraagd |\w+ en \w+ )?(over|op het gebied van)\b|\b(zet|zetten) zich (al \d+ jaar |sinds \d{4} )?in voor\b|\b(exploiteert|exploiteren|beheert|beheren) (al \d+ jaar|sinds \d{4})\b",
);

pub(super) static FRAMING: StaticRegex = StaticRegex::narrowed(
    r"(?i)\b((reageer|reageren|reageert) (ik|wij|we)? ?graag|graag (reageer|reageren) (ik|wij|we)\b|(geven|geef) (wij|ik) (u )?graag|graag (geven|geef|maken|maak) (wij|ik)\b|met (veel |grote |bijzondere )?(belangstelling|interesse|aandacht)\b[^.!?]{0,80}\b(kennis ?genomen|gelezen|bestudeerd)|(onderstaand|onderstaande|het volgende|de volgende|ons|onze|mijn) (advies|adviezen|reactie|zienswijze|punten|opmerkingen)( \w+){0,3} (te geven|mee te geven|geven|meegeven|sturen)|(hebben|heeft|heb) (wij|ik|de \w+) (de|het|uw) (concept|regiovisie|visie|plan|uitvoeringsplan|stuk|tekst)\b[^.!?]{0,60}\b(gelezen|bestudeerd|besproken))\b",
);

/// Weaker signs of framing, only framing in a paragraph that states no
/// view (see [`is_procedural`]): among them that the writer may react, or
/// was told so (`Mijn mentor zei dat we op de visie mochten reageren`).
pub(super) static SOFT_FRAMING: StaticRegex = StaticRegex::new(
    r"(?i)^(ik|wij|we) (reageer|reageren) ((gezamenlijk|samen|hierbij|graag|bij deze|daarom|ook|alvast|kort) )*op (de|het|uw)\b|\b(reageer|reageren) (ik|wij|we) (hierbij |graag |bij deze |daarom )?op (de|het|uw|deze|dit)\b|^dank (u|je|jullie) (wel )?(voor|dat)\b|^(wij wensen|ik wens) (u|jullie)\b|^(ik|wij) (schrijf|schrijven) (u|jullie)\b|^(ik|wij) (schrijf|schrijven) (deze|dit|een) (brief|e-?mail|bericht|reactie)\b|\b(mag|mogen|kan|kunt|kunnen|kon|konden) (je |u |inwoners )?(daarop |erop |op [^.!?]{0,40})?reageren\b|\b(zei|zeiden|vertelde|vertelden|schreef|schreven|las|lazen|hoorde|hoorden)\b[^.!?]{0,40}\bdat (we|wij|ik|je|jullie|iedereen|inwoners|jongeren|leerlingen) ((daarop|erop|hierop|ook|zelf) |op [^.!?]{0,40}?)?(mocht|mochten|mag|mogen|kon|konden|kan|kunnen) reageren\b|\bmijn naam\b[^.!?]{0,40}\b(niet|anoniem)\b|\bzonder (mijn|onze) naam\b|\bniet dat mijn naam\b|\b(vraagt|vragen) (u|jullie|de gemeente|de regio|de werkgroep) (om )?(reacties|een reactie|zienswijzen|inspraakreacties)|\b(reacties|zienswijzen) (worden )?(gevraagd|vraagt|vragen)\b|\b(ontving|ontvingen|kreeg|kregen) (ik|wij|de \w+) (het|de|uw) (concept|regiovisie|visie|plan|uitvoeringsplan|verzoek|uitnodiging|stuk)|\bvan de gelegenheid gebruik\b|\banoniem (blijven|houden)\b|\b(daarom|waarom) schrijf ik\b|\b(wij beperken ons|ik beperk mij|ik beperk me)\b|\b(stuur|stuurt) (deze|dit|de|onderstaande) (e-?mail|mail|bericht|brief|oproep)\b[^.!?]{0,60}\bdoor\b|\bzet (uw|je|jouw) naam (eronder|erbij|onder)\b|\bhoe meer (mensen|inwoners|reacties)\b|\b(ik sluit me|ik sluit mij|wij sluiten ons|we sluiten ons) (hier |daar )?(erbij|hierbij|daarbij|bij (deze|de|het|die) \w+) aan\b|\b(oproep|bericht|e-?mail|brief) (kreeg|ontving|kregen|ontvingen) (ik|wij|we)\b|^(ik|wij|we) (stuur|sturen|zend|zenden) (u |jullie )?(hieronder|hierna|hierbij|bijgaand|onderstaand)\b[^.!?]{0,60}\b(antwoord|bericht|mail|e-?mail|brief|correspondentie)\b|\b(men|iemand|ze|zij|de gemeente|een medewerker) (zei|zeiden|vertelde|vertelden) (me|mij|ons)\b[^.!?]{0,20}\b(mijn|onze) (reactie|zienswijze|brief|mail|e-?mail)\b[^.!?]{0,60}\b(sturen|mailen|opsturen|indienen)\b|^het is een lang (verhaal|bericht|e-?mail|mail|brief)\b|\b(excuus|excuses|sorry) (daarvoor|voor de lengte)\b",
);

/// The writer supporting a campaign named by its title (`... en steunen de
/// actie Red de Kelder!`, `Ik onderschrijf de petitie „Bus blijft”.`,
/// `Daarom steunen wij de actie Zwembad Open en ...`), up
/// to the sentence's end: the title is the campaign's name, its words
/// (`moet`, `blijft`) no view of the writer's own; the campaign's requests
/// are the letter's points. A campaign named by what it asks (`de oproep
/// om de bibliotheek open te houden`) is not a title.
pub(super) static CAMPAIGN_SUPPORT: StaticRegex = StaticRegex::new(
    r#"(?i:\b(?:steun|steunt|steunen|ondersteun|ondersteunt|ondersteunen|onderschrijf|onderschrijft|onderschrijven)\s+(?:(?:wij|we|ik|daarom|dan ook|ook|graag|van harte)\s+)*(?:de|het|deze)\s+(?:actie|campagne|petitie|oproep|handtekeningenactie|burgerinitiatief|manifest))\s+[„"“‘']?\p{Lu}[^.!?]*[.!?]?"#,
);

/// The writer's wish to grow old or keep living where they live (`Wij
/// wonen in X en willen dat wij hier oud kunnen worden`, `Ik wil graag in
/// mijn eigen huis blijven wonen`): the writer's own life, why they write,
/// no view of the draft; what it asks of the draft is in the points. Only
/// the writer's own (`dat wij`, `ik wil`), not what others should
/// (`dat ouderen hier oud kunnen worden`).
pub(super) static STAY_WHERE_ONE_LIVES: StaticRegex = StaticRegex::new(
    r"(?i:\b(?:wil|willen|hoop|hopen)\s+(?:graag\s+)?(?:dat\s+(?:wij|we|ik)\s+)?)(?:(?i:hier|daar|ook|graag|zelf|nog|lang|thuis|in|op|aan|ons|onze|mijn|eigen|het|de|dorp|wijk|huis|buurt|woning|straat)\s+|\p{Lu}\p{L}*\s+){0,6}?(?i:(?:oud\s+(?:(?:kunnen|kan|mogen|te)\s+)?worden|(?:(?:kunnen|kan|te)\s+)?blijven\s+wonen)\b)",
);

/// What the writer asks after a campaign's title, in the same sentence
/// (`... steunen de actie Bus Blijft en vragen u lijn 12 te behouden`):
/// the writer's own request, so the title ends before it (see
/// [`without_campaign_title`]).
pub(super) static AFTER_CAMPAIGN_TITLE: StaticRegex = StaticRegex::new(
    r"(?i)\s(?:en|maar)\s+(?:(?:wij|we|ik|daarom|dan ook|ook)\s+)*(?:vragen|vraag|verzoeken|verzoek|pleiten|pleit|willen|wil|vinden|vind|eisen|eis)\b",
);

/// The writer announcing the requests below (`... en vragen wij u het
/// volgende.`, `Wij verzoeken u om de volgende punten.`), perhaps saying
/// what the requests are for (`Wij vragen u bij de vaststelling van het
/// plan om het volgende.`, `voor de uitvoering`): the points say what is
/// asked, the announcement no view of its own.
pub(super) static ASKS_WHAT_FOLLOWS: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:vragen|vraag|verzoeken|verzoek)(?:\s+(?:wij|we|ik))?\s+(?:u|jullie)\s+(?:(?:daarom|dan ook|hierbij|graag)\s+)*(?:(?:bij|voor|in|over)\s+(?:[^\s.!?:;,]+\s+){1,6}?)?(?:om\s+)?(?:het volgende|de volgende \p{L}+|onderstaande \p{L}+)\s*[.:]?\s*$",
);

/// `t` without the support for a campaign named by its title (see
/// [`CAMPAIGN_SUPPORT`]), up to what the writer asks after the title in
/// the same sentence (see [`AFTER_CAMPAIGN_TITLE`]), and without an
/// announcement of the requests below (see [`ASKS_WHAT_FOLLOWS`]).
fn without_campaign_title(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut at = 0;
    for m in CAMPAIGN_SUPPORT.get().find_iter(t) {
        out.push_str(&t[at..m.start()]);
        at = AFTER_CAMPAIGN_TITLE
            .get()
            .find(m.as_str())
            .map_or(m.end(), |a| m.start() + a.start());
    }
    out.push_str(&t[at..]);
    sentences(&out)
        .map(|s| ASKS_WHAT_FOLLOWS.get().replace(s, "").into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whom the writer discussed the draft with (`De raad heeft de visie
/// besproken met inwoners die rond moeten komen van een laag inkomen`),
/// up to the sentence's end: who was consulted, the words that describe
/// them (`moeten`) no view of the writer's.
pub(super) static DISCUSSED_WITH: StaticRegex = StaticRegex::new(r"(?i)\bbesproken met\b[^.!?]*");

/// The writer announcing the reaction itself: `... en wil reageren op de
/// regiovisie`, `brengt het volgende naar voren`, `geeft u de volgende
/// zienswijze mee`, `brengt hierbij advies uit`, `dient de volgende
/// zienswijze in`, `reageert als volgt`, `merkt het volgende op`, `Onze
/// zienswijze bestaat uit de volgende punten`, `Hieronder geven wij onze
/// reactie`, `Namens X een korte reactie op het concept`, `De raad heeft
/// ... de volgende zienswijze vastgesteld`, `... en stelt de volgende
/// zienswijze vast`, `Ik wil twee dingen zeggen over
/// de visie`, `De gemeenteraad heeft ... besloten de volgende zienswijze
/// in te dienen`, `Wij maken graag de volgende opmerkingen`, `Wij reageren
/// op het deel over ...`. Also a sentence that only says the writer has remarks, or
/// where they are (`Wij hebben een aantal opmerkingen bij de regiovisie`,
/// `De raad heeft de volgende kanttekeningen`, `Onze opmerkingen staan
/// hieronder per hoofdstuk`, `U vindt onze reactie hieronder`, `Zie onze
/// aanpassingen in de tekst`, `In de bijlage vindt u het concept terug`), and one
/// that hands it over with the writer's name first (`De Adviesraad X geeft
/// hierbij gevraagd advies over de regiovisie`, `Het bestuur van X geeft
/// hierbij namens de leden een zienswijze op de regiovisie`, `Namens onze
/// 312 leden geeft het bestuur van X de volgende zienswijze`): the whole
/// sentence, so that one with more in it (`... punten van kritiek op de
/// wachttijd`) is judged as a point.
pub(super) static ANNOUNCES: StaticRegex = StaticRegex::narrowed(
    r"(?i)\b((wil|willen|wilt|wou|wilde|wilden) (graag )?(\w+ ){0,4}(reageren|een reactie (geven|sturen|indienen)|een zienswijze (geven|indienen))|(wil|willen|wilt|wou|wilde|wilden) (graag )?(u |jullie )?(\w+ ){0,2}(dingen|punten|zaken|opmerkingen|kanttekeningen|het volgende|iets|wat)( \w+){0,4} (zeggen|kwijt|opmerken|meegeven|delen|vertellen|noemen|aankaarten|maken|plaatsen)|(brengt|brengen|breng) [^.!?]{0,40}\b(het volgende|de volgende \w+|onderstaande \w+|een aantal \w+|enkele \w+)( [^.!?]{0,30})? (naar voren|onder (uw |de )?aandacht)|(brengt|brengen|breng) [^.!?]{0,40}\b(advies|adviezen|zienswijze|reactie)\b[^.!?]{0,40}\buit|(dient|dienen|dien) [^.!?]{0,40}\b(zienswijze|reactie|inspraakreactie)\b[^.!?]{0,20}\bin|(reageert|reageren|reageer|luidt|luiden)\b[^.!?]{0,40}\bals volgt|(merkt|merken|merk) [^.!?]{0,40}\bhet volgende op|(besloten|besluit|besluiten|besloot|besloten) [^.!?]{0,40}\b(zienswijze|zienswijzen|reactie|inspraakreactie|advies)\b[^.!?]{0,40}\b(in te dienen|te geven|mee te geven|uit te brengen|te sturen|te zenden|toe te zenden|kenbaar te maken))\b|\b(geeft|geven|geef) [^.!?]{0,80}\b(het volgende|de volgende \w+|onderstaande \w+)( advies| mee)?[.:]?$|\b(bestaat|bestaan) uit (de volgende|onderstaande|een aantal|enkele|\w+) (punten|onderdelen|delen|opmerkingen|adviezen)\b|^(hieronder|hierna|onderstaand)\b[^.!?]{0,60}\b(reactie|zienswijze|advies|adviezen|punten|opmerkingen|commentaar)\b|^namens [^.!?]{0,80}\b(een|onze|ons|mijn) ((korte|beknopte|eerste) )?(reactie|zienswijze|inspraakreactie|advies|commentaar)\b|\b(de volgende|onderstaande|het volgende|deze|dit|onze|ons|haar|zijn)( \w+){0,2} (zienswijze|zienswijzen|reactie|inspraakreactie|advies|adviezen|punten|opmerkingen|standpunt|standpunten|commentaar) (vastgesteld|opgesteld|aangenomen|geformuleerd|uitgebracht|vastgelegd)\b|\b(stelt|stellen|stel) ([^\s.!?]+ ){0,3}?(de volgende|onderstaande|deze|dit|haar|zijn|onze|ons|een)( [^\s.!?]+){0,2} (zienswijze|zienswijzen|reactie|inspraakreactie|advies|standpunt|standpunten) vast\b|^((ik|wij|we)\b[^.!?]{0,40}? (heb|hebben)|[^.!?]{0,60}?\b(heb|hebben|heeft) (ik|wij|we)|(de|het) [^.!?]{0,60}? heeft)( [^\s.!?]+){0,8}? (opmerkingen|opmerking|punten|kanttekeningen|kanttekening|aandachtspunten|suggesties|aanvullingen|adviezen|commentaar)( (bij|over|op|voor|ten aanzien van|met betrekking tot|aangaande|inzake|naar aanleiding van|hierbij|daarbij|hierover|daarover)( [^.!?:;,]{1,80})?)?[.:]?$|^(onze|ons|mijn|de|deze)( [^\s.!?]+){0,3} (opmerkingen|opmerking|punten|reactie|zienswijze|advies|adviezen|kanttekeningen|commentaar|suggesties|aanbevelingen|vragen|inbreng)( [^\s.!?]+){0,4}? (staan|staat|volgen|volgt|zijn|is|komen|worden)\b[^.!?]{0,30}\b(hieronder|hierna|onderstaand|verderop|als volgt|in de bijlage|in bijgaande [^\s.!?]+)\b[^.!?:;]{0,60}[.:]?$|^(u|je|jullie) (vindt|vind|treft|leest|ziet)\b[^.!?]{0,60}\b(opmerkingen|punten|reactie|zienswijze|advies|adviezen|kanttekeningen|commentaar|suggesties|vragen)\b[^.!?]{0,60}\b(hieronder|hierna|onderstaand|verderop|bijgaand|in de bijlage|als bijlage)\b[^.!?:;]{0,40}[.:]?$|^zie (onze|ons|mijn|de|het)( [^\s.!?]+){0,2}? (aanpassingen|aanpassing|wijzigingen|opmerkingen|reacties|commentaar|notities|correcties|aantekeningen|suggesties|tekstvoorstellen)( (in|bij|op) (de|het) (tekst|document|concept|bijlage|kantlijn|stuk|regiovisie|visie)( zelf)?)?[.:]?$|^(in de bijlage|bijgaand|als bijlage|hierbij)\b[^.!?:;]{0,40}\b(concept|regiovisie|visie|stuk|document|tekst|versie)\b[^.!?:;]{0,40}\b(terug|retour)[.:]?$|\b(geeft|geven|geef) (wij|we|ik) (u |jullie )?((graag|hierbij|daarom|dan ook|ook|bij deze) )*((dit|dat|ons|onze|mijn|het|een) )?((on)?gevraagde? )?(advies|zienswijze|reactie|inspraakreactie|commentaar)( (over|op|bij|inzake|aangaande) [^.!?:;,]{1,80})?[.:]?$|^(ik|wij|we) (reageer|reageren) ((graag|hierbij|daarom|alleen|slechts|vooral|met name|kort|bij deze|hieronder) )*op (de|het|een aantal|enkele|twee|drie|vier|vijf|die|deze|onderstaande|volgende)( [^\s.!?:;,]+){0,2}? (onderdelen|onderdeel|deel|punten|passages|hoofdstukken|paragrafen|delen|thema's|aspecten|voorstellen)\b[^.!?:;]{0,80}[.:]?$|\b(maken|maakt|maak|plaatsen|plaatst|plaats) (wij |we |ik )?((graag|hierbij|daarom|dan ook|nog) )*(de volgende|onderstaande|enkele|een aantal) (opmerkingen|kanttekeningen|punten)[.:]?$|\b(geeft|geven|geef|stuurt|sturen|stuur|zendt|zenden) (u )?(namens [^.!?:;,]{1,60}? )?(hierbij|hiermee|bij deze|bijgaand) (u )?(namens [^.!?:;,]{1,60}? )?((het|een|haar|zijn|ons|onze) )?((on)?gevraagde? )?(advies|zienswijze|reactie|inspraakreactie|commentaar)( (over|op|bij|inzake|aangaande|met betrekking tot|ten aanzien van) [^.!?:;,]{1,80})?[.:]?$|^(wij|we|ik) (geven|geef) (u |jullie )?((graag|hierbij|daarom|hieronder|hierna|puntsgewijs|kort|per \w+) )*(onze|ons|mijn) ((korte|beknopte) )?(reactie|zienswijze|inspraakreactie|advies|commentaar|opmerkingen|punten)( (over|op|bij) [^.!?:;,]{1,80})?[.:]?$|\bvan de gelegenheid (\w+ ){0,2}(gebruik ?maken|gebruik|te baat nemen)\b[^.!?]{0,10}\bom\b[^.!?]{0,30}\b(te )?(reageren|een (reactie|zienswijze) (te )?(geven|sturen|indienen))\b",
)
.gated();

/// A sentence that only announces the reaction or thanks for a reply,
/// with nothing of its own in it: the writer answering the draft's
/// questions (`Graag beantwoorden wij de vragen die u in de regiovisie
/// stelt.`), reacting with no object but how or when (`Dan reageren wij
/// alsnog inhoudelijk.`, `Hieronder reageer ik per hoofdstuk.`), or thanks
/// for a reply, the chance to react or the reader's time (`Bedankt voor uw
/// snelle antwoord.`; not `Dank voor de aandacht voor mantelzorgers.`). A paragraph of such
/// sentences only is no point (see [`only_announces`]).
pub(super) static ANNOUNCES_REPLY: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:graag|hierbij|hieronder|hierna|bij deze|dan|nu|daarom|alsnog|ook|tot slot|vervolgens|eerst) )*(?:(?:beantwoorden|beantwoord|beantwoordt|reageren|reageer|reageert) (?:wij|we|ik|de \w+|het \w+)|(?:wij|we|ik) (?:beantwoorden|beantwoord|reageren|reageer))(?: (?:graag|hierbij|hieronder|hierna|bij deze|dan|nu|daarom|alsnog|inhoudelijk|ook|kort|kortweg|uitgebreid|uitgebreider|alvast|nogmaals|opnieuw|schriftelijk|als volgt|per (?:punt|hoofdstuk|paragraaf|vraag|thema|onderwerp)|puntsgewijs|op volgorde|in volgorde))*(?: (?:de|uw|jullie|alle|onderstaande|volgende|gestelde|deze|die|uw eigen)(?: [^\s.!?:;]+){0,2}? (?:vragen|vraag|consultatievragen|inspraakvragen)(?: (?:die|uit|in|van|over|bij|aan|zoals|per|op volgorde)\b[^.!?:;]{0,60})?)?\s*[.:]?$|^(?:(?:hartelijk|heel|erg|zeer|veel|alvast|nogmaals|allereerst|eerst) )*(?:bedankt|dank (?:u|je|jullie) (?:wel )?|dank) voor (?:uw|je|jullie|het|de|een)(?: [^\s.!?:;,]+){0,2}? (?:antwoord|reactie|bericht|mail|e-mail|brief|uitnodiging|gelegenheid|mogelijkheid|toelichting|uitleg|informatie|moeite|tijd|aandacht)(?: (?:van|op|om|over|aan)\b[^.!?:;,]{0,50})?[.!]$",
);

/// Whether every sentence of a paragraph only announces the reaction or
/// thanks for a reply (see [`ANNOUNCES_REPLY`]).
pub(super) fn only_announces(t: &str) -> bool {
    let re = ANNOUNCES_REPLY.get();
    let mut any = false;
    sentences(t).all(|s| {
        any = true;
        re.is_match(s)
    }) && any
}

/// A paragraph of at most this many words that ends by announcing the
/// reaction (see [`ANNOUNCES`]) only introduces the writer when it states
/// no view.
pub(super) const ANNOUNCING_MAX_WORDS: usize = 40;

/// A paragraph of at most this many words whose last words frame the
/// letter (`Graag reageren wij ...`) is framing when it states no view.
pub(super) const FRAMING_TAIL_MAX_WORDS: usize = 80;

/// One sentence asking the addressee to take the response as a whole into
/// account: a request (`verzoekt`, `vragen`, `hopen`, `vertrouwen`), the
/// response named (`deze zienswijze`, `onze reactie`, `bovenstaande
/// punten`) and what to do with it (`te betrekken bij`, `mee te nemen`,
/// `te verwerken`, `in overweging te nemen`).
pub(super) static CONSIDER_RESPONSE: StaticRegex = StaticRegex::new(
    r"(?i)^[^.!?]{0,80}\b(verzoek|verzoeken|verzoekt|vraag|vragen|vraagt|hoop|hopen|hoopt|vertrouw|vertrouwen|vertrouwt)\b[^.!?]{0,40}\b(deze|dit|onze|ons|mijn|haar|bovenstaande|onderstaande|voornoemde|genoemde)\s+(?:[^\s.!?]+\s+){0,2}?(zienswijze|zienswijzen|reactie|reacties|inspraakreactie|advies|adviezen|opmerkingen|punten|brief|kanttekeningen|suggesties|aanbevelingen|overwegingen)\b[^.!?]{0,40}\b(te betrekken|betrekt|betrekken|mee te wegen|laten meewegen|mee te nemen|meeneemt|meenemen|te verwerken|verwerkt|verwerken|in overweging te nemen|in overweging neemt|ter harte te nemen|ter harte neemt|in acht te nemen|te overwegen|overweegt)\b[^.!?]{0,100}[.!]?$",
)
.gated();

/// Critique without a word of opinion: something the draft lacks after
/// `maar` or `helaas` (`..., maar er staat niet wat er gedaan wordt`), or
/// too much or too little of something (`te vaag`, `te weinig`, a price
/// `te hoog`).
pub(super) static CRITIQUE: StaticRegex = StaticRegex::new(
    r"(?i)\b(maar|echter|helaas)\b[^.!?]{0,80}\b(niet|geen|niets|nergens|nauwelijks)\b|\bte (weinig|veel|vaag|algemeen|laat|lang|klein|beperkt|abstract|smal|mager|hoog|laag|duur)\b",
);

/// A lead-in to a quote from the draft (`In de regiovisie staat:`, `Op
/// pagina 5 lees ik:`, `U schrijft in paragraaf 4.2:`, `Citaat:`): a short
/// line ending in a colon (a section's number, `4.2`, inside) with a verb
/// of saying or reading (or `citaat`)
/// and the draft, a place in it or its writers named; not a list's lead-in
/// (`... het volgende:`, `... de volgende punten:`, `Wij stellen voor:`).
pub(super) static QUOTE_LEAD_IN: StaticRegex = StaticRegex::new(
    r"(?i)^(?:citaat|quote|(?:[^.!?:]|\.\d){0,80}\b(?:staat|stond|staan|lees|lezen|leest|las|schrijft|schrijven|schreef|zegt|zeggen|zei|citeer|citeren|citeert)\b(?:[^.!?:]|\.\d){0,60})\s*:$",
)
.gated();

/// What the lead-in to a quote names (see [`QUOTE_LEAD_IN`]): the draft,
/// a place in it, or its writers.
pub(super) static NAMES_DRAFT: StaticRegex = StaticRegex::new(
    r"(?i)^(?:citaat|quote)\s*:$|\b(?:regiovisie|visie|concept\w*|inspraakversie|plan|nota|stuk|tekst|document|paragraaf|par|hoofdstuk|pagina|blz|bijlage|u|jullie|gemeente|gemeenten|regio|werkgroep|college)\b|§|\b\d+(?:\.\d+)+\b",
);

/// Whether paragraph `t` only leads in to a quote from the draft (see
/// [`QUOTE_LEAD_IN`]): what follows it is the draft's words, and the
/// writer's reaction to them after that.
pub(super) fn is_quote_lead_in(t: &str) -> bool {
    let t = t.trim();
    word_count(t) <= 15
        && QUOTE_LEAD_IN.for_text(t).is_match(t)
        && NAMES_DRAFT.get().is_match(t)
        && !crate::text::words(t).any(|w| matches!(w.as_str(), "volgende" | "onderstaande"))
}

/// Whether paragraph `t` is set in quotation marks already (or quoted
/// with `>`, a Markdown blockquote).
fn in_quotation_marks(t: &str) -> bool {
    let t = t.trim();
    t.starts_with(['„', '“', '"', '\'', '‘', '‚', '«', '>'])
}

/// The label a writer sets before their answer to a passage of the draft
/// they quoted above it (`Mijn reactie: dat klopt, maar ...`, `Onze
/// reactie:`, `Reactie:`): the point is what comes after it.
pub(super) static REACTION_LABEL: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:mijn|onze)\s+(?:reactie|opmerking|antwoord|commentaar)|reactie)\s*:\s*",
);

/// Whether paragraph `t` is one quotation and nothing else: it opens with
/// a quotation mark and the mark that closes it ends the paragraph (maybe
/// with a full stop or the place it was taken from in brackets after it:
/// `„...” (pag. 12)`), as a writer who answers the draft passage by
/// passage copies each passage above their answer.
fn is_whole_quote(t: &str) -> bool {
    let t = t.trim();
    // A place in brackets after the quote (`(pag. 12)`, `(paragraaf 4.1)`).
    let mut end = t.trim_end_matches('.').trim_end();
    if end.ends_with(')') {
        if let Some(at) = end.rfind('(').filter(|&at| end.len() - at <= 30) {
            end = end[..at].trim_end();
        }
    }
    let end = end.trim_end_matches(['.', ',']);
    // One quotation (as the linker finds them: `‘regio’s’` is one, `„a” en
    // „b”` two), its marks the paragraph's first and last characters.
    let one_mark = |s: &str| s.chars().count() == 1;
    matches!(
        crate::link::anchor::quoted_spans(end).as_slice(),
        [(a, b)] if one_mark(&end[..*a]) && one_mark(&end[*b..])
    ) && word_count(end) >= 3
}

/// Paragraphs (one draft each, a letter without markers) that lead in to a
/// quote from the draft (see [`is_quote_lead_in`]) with the quote below
/// them and the reaction below that: one point, the quote marked as one
/// (in quotation marks, unless it is already), so that the draft's words
/// are never a point of their own, read as the writer's.
fn join_quotes(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut it = drafts.into_iter().peekable();
    while let Some(mut d) = it.next() {
        let lead = d.paras.len() == 1 && is_quote_lead_in(&d.paras[0]);
        // A passage of the draft copied as a paragraph of its own with no
        // lead-in, the writer's answer below it (`„...”` / `Mijn reactie:
        // ...`): the quote shows what the answer is about.
        if !lead && d.label.is_none() && d.paras.len() == 1 && is_whole_quote(&d.paras[0]) {
            if let Some(reaction) = it.next_if(|r| {
                r.label.is_none()
                    && !r.paras.is_empty()
                    && !r
                        .paras
                        .iter()
                        .any(|p| is_quote_lead_in(p) || is_whole_quote(p))
                    && !r.paras.iter().any(|p| is_procedural(p))
            }) {
                d.paras.extend(reaction.paras);
            }
            out.push(d);
            continue;
        }
        if lead {
            if let Some(quote) = it.next_if(|q| q.label.is_none() && !q.paras.is_empty()) {
                let mut paras = quote.paras;
                mark_quote(&mut paras);
                d.paras.extend(paras);
                if let Some(reaction) = it.next_if(|r| {
                    r.label.is_none()
                        && !r.paras.iter().any(|p| is_quote_lead_in(p))
                        && !r.paras.iter().any(|p| is_procedural(p))
                }) {
                    d.paras.extend(reaction.paras);
                }
            }
        }
        out.push(d);
    }
    out
}

/// The quote's paragraphs set in quotation marks (`„...”`), unless the
/// first already is.
fn mark_quote(paras: &mut [String]) {
    if paras.first().is_some_and(|p| in_quotation_marks(p)) {
        return;
    }
    let n = paras.len();
    for (i, p) in paras.iter_mut().enumerate() {
        let mut q = p.trim().to_string();
        if i == 0 {
            q.insert(0, '„');
        }
        if i + 1 == n {
            q.push('”');
        }
        *p = q;
    }
}

/// Paragraphs of one draft (an introduction before a letter's first point)
/// with each quote after its lead-in (see [`is_quote_lead_in`]) marked as
/// a quote.
fn mark_quotes_in(paras: &mut [String]) {
    for i in 1..paras.len() {
        if is_quote_lead_in(&paras[i - 1]) && !is_quote_lead_in(&paras[i]) {
            mark_quote(&mut paras[i..=i]);
        }
    }
}

/// How to reach the writer (`U kunt mij bereiken op ...`, `Voor vragen kunt
/// u contact met ons opnemen`, `Ik ben bereikbaar op 06-...`, `Bel mij
/// gerust: +31 6 ...`): what a contact line is, not any sentence with
/// `ons` and `bereiken` in it. The writer is the one to reach: addressed
/// to the reader with the writer's pronoun right before the verb (`U kunt
/// mij (gerust) bellen`, not `kun je de halte vanuit ons dorp niet
/// bereiken`), the writer the subject (`Ik ben bereikbaar`, `Telefonisch
/// ben ik bereikbaar`, not `Het station is vanuit ons dorp slecht
/// bereikbaar`), an invitation (`Bel mij gerust`, `Neem contact met ons
/// op`), or a phone number or e-mail address after `bereikbaar`/`contact`.
pub(super) static CONTACT: StaticRegex = StaticRegex::new(
    r"(?i)\b(u|je|jij)\s+([^\s.!?]+\s+)?(mij|ons|me)\s+([^\s.!?]+\s+){0,2}(bereiken|bellen|mailen|appen|contacteren)\b|\b(ik ben|wij zijn|we zijn|ben ik|zijn wij|zijn we)\b[^.!?]{0,30}\b(bereikbaar|te bereiken)\b|\b(bel|belt|mail|mailt|app|appt|sms)\s+(mij|ons|me)\s+(gerust\b|maar\b|gewoon\b|even\b|op\b|via\b|:|\+?\d)|\b(mij|ons|me)\b[^.!?]{0,40}\bcontact\b|\b(bereikbaar|contact)\b[^!?]{0,60}(\d{2,4}-?\s?\d{6,8}|@)|\bcontact\b[^!?]{0,60}\b(mij|ons|me|ondergetekende)\b",
);

/// A contact paragraph (see [`CONTACT`]) of at most this many words.
pub(super) const CONTACT_MAX_WORDS: usize = 40;

/// The writer as the one something is (not) there for or a place
/// (`Het wijkteam is voor mij niet bereikbaar`, `vanuit ons dorp`, `bij ons
/// in de straat`): no way to reach the writer, so no contact line (see
/// [`CONTACT`]).
pub(super) static FOR_WRITER: StaticRegex =
    StaticRegex::new(r"(?i)\b(voor|vanuit|uit|naar|in|bij|rond) (mij|ons|me)\b");

/// Whether a paragraph only says how to reach the writer (see
/// [`CONTACT`]): short, no word of opinion or critique, the writer the one
/// to reach (not `voor mij`, see [`FOR_WRITER`]), and no sentence beside
/// the contact line that asks for something or asks a question of its own
/// (`... niet bereikbaar, want ik werk overdag. Zorg dat ik 's avonds
/// iemand kan spreken.`).
pub(super) fn is_contact(t: &str) -> bool {
    let contact = CONTACT.get();
    let reached = FOR_WRITER.get().replace_all(t, "voor");
    word_count(t) <= CONTACT_MAX_WORDS
        && contact.is_match(&reached)
        && !VIEW.get().is_match(t)
        && !CRITIQUE.get().is_match(t)
        && !sentences(&reached)
            .any(|s| !contact.is_match(s) && !CONTACT_QUESTION.get().is_match(s) && states_view(s))
}

/// A short question that only asks whether the reader has questions,
/// opening a paragraph (`Heeft u nog vragen?`, `Vragen?`, `Nog vragen over
/// deze reactie?`): see [`CONTACT_MEANS`].
pub(super) static CONTACT_QUESTION: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:heeft|hebt|heb) (?:u|je|jij) |zijn er )?(?:nog )?(?:vragen|een vraag)(?: of opmerkingen)?(?: over [^.!?]{0,40})?\s*\?",
);

/// The means to ask them (`Bel mij gerust op 06-...`, `Mail naar
/// info@...`, `Neem contact op`), after a [`CONTACT_QUESTION`].
pub(super) static CONTACT_MEANS: StaticRegex = StaticRegex::new(
    r"(?i)\b(bel|bellen|belt|mail|mailen|mailt|e-?mail|app|appen|stuur|bereiken|bereikbaar|contact)\b|\d{2,4}-?\s?\d{6,8}|@",
);

/// Whether a paragraph states a view of the writer's: a word of opinion
/// (see [`VIEW`]), critique (see [`CRITIQUE`]), a question, or a sentence
/// that asks for something in the imperative (`Zorg dat ...`, see
/// [`REQUEST_VERB`]). Text is only left out as framing when it states none.
pub(super) fn states_view(text: &str) -> bool {
    VIEW.get().is_match(text)
        || CRITIQUE.get().is_match(text)
        || sentences(text).any(|s| {
            let request = REQUEST_VERB.get();
            s.ends_with('?')
                || request.is_match(s)
                || !s.ends_with(['.', '!']) && request.is_match(&format!("{s}."))
        })
}

/// A sentence that tells whoever fills in a form what to do: an
/// imperative (`Vul`, `Gebruik`, `Vermeld`, `Stuur`, `Geef aan`) first.
static INSTRUCTION: StaticRegex = StaticRegex::new(
    r"(?i)^(vul|gebruik|vermeld|noteer|stuur|mail|e-mail|zend|lever|geef|schrijf|beschrijf|noem|licht|onderteken|kruis)\b",
);

/// The words of a form's instruction about the form and the comments in
/// it (`per opmerking`, `uw opmerking`, `het formulier`).
static FORM_WORDS: StaticRegex = StaticRegex::new(
    r"(?i)\b(formulier|reactieformulier|per (opmerking|punt|reactie)|uw (opmerking|opmerkingen|reactie|gegevens)|onderstaande tabel|deze tabel)\b",
);

/// Whether `t` is only a form's instructions to whoever fills it in: every
/// sentence an imperative ([`INSTRUCTION`]), one of them about the form
/// or the comments in it ([`FORM_WORDS`]). A request to the draft's
/// writers (`Neem in de tabel ook de school op.`) names neither.
pub(super) fn is_form_instruction(t: &str) -> bool {
    let all: Vec<&str> = sentences(t).collect();
    !all.is_empty()
        && word_count(t) <= 60
        && all.iter().all(|s| INSTRUCTION.get().is_match(s))
        && all.iter().any(|s| FORM_WORDS.get().is_match(s))
}

/// The sentences of `t`, trimmed, each with its closing punctuation.
pub(super) fn sentences(t: &str) -> impl Iterator<Item = &str> {
    t.split_inclusive(['.', '!', '?'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A closing request (see [`CONSIDER_RESPONSE`]) of at most this many words.
pub(super) const CONSIDER_MAX_WORDS: usize = 40;

/// A paragraph that only frames the letter and states no view.
///
/// The name parts (`de adviesraad sociaal domein ... heeft`) are spans of
/// anything but sentence punctuation, not `[\w\s]`: a counted Unicode `\w`
/// compiles to tens of thousands of automaton states, and the matcher's
/// cache for them cost ~35 MB per thread (measured with heaptrack).
pub(super) fn is_procedural(text: &str) -> bool {
    let view = states_view;
    let t = text.trim();
    // An answer under its label (`Mijn reactie: ik wil graag ...`): the
    // words after the label, not the label, say whether it frames.
    if let Some(label) = REACTION_LABEL.get().find(t) {
        let answer = &t[label.end()..];
        if !answer.trim().is_empty() {
            return is_procedural(answer);
        }
    }
    // Who signed the letter (`Deze brief is ondertekend door: Anna Bos,
    // Bram Meijer en ...`): a signature, and the co-signers' names are
    // private persons' that no public document shows.
    if is_signer_list(t) {
        return true;
    }
    // The writers named after the opening pronoun (`Wij, Stichting X, Y en
    // Z, reageren gezamenlijk op ...`): the sentence read without them.
    if let Some((pronoun, verb)) = APPOSITION
        .get()
        .captures(t)
        .and_then(|c| Some((c.get(1)?, c.get(2)?)))
    {
        let rest = format!("{} {}", pronoun.as_str(), &t[verb.start()..]);
        if is_procedural(&rest) {
            return true;
        }
    }
    // `uw verzoek om een zienswijze`, `met het verzoek deze in te brengen`:
    // the request of the letter's addressee, or one about the letter
    // itself, is no view of the writer's.
    let own = REQUEST.get().replace_all(t, "");
    // That the reaction comes late (`Ik ben helaas te laat, maar ...`) is
    // about the letter, no view of the draft.
    let own = LATE.get().replace_all(&own, "");
    // Support for a campaign named by its title and whom the draft was
    // discussed with (see [`CAMPAIGN_SUPPORT`], [`DISCUSSED_WITH`]) state
    // no view of the writer's own.
    let own = without_campaign_title(&own);
    let own = DISCUSSED_WITH.get().replace_all(&own, "");
    // Nor does the writer's wish to grow old where they live (see
    // [`STAY_WHERE_ONE_LIVES`]).
    let own = STAY_WHERE_ONE_LIVES
        .get()
        .replace_all(&own, "")
        .into_owned();
    // An apology for coming late with its reason (`Wij zijn helaas te laat
    // met onze reactie, omdat wij pas via de krant van de agenda
    // hoorden.`), and after it no more than framing (`Wij hopen dat u onze
    // punten toch wilt meenemen.`): about the letter, no point.
    if late_apology(t) && !view(&own) && word_count(t) <= ANNOUNCING_MAX_WORDS {
        let framing_only = sentences(t)
            .skip(1)
            .all(|s| CONSIDER_RESPONSE.for_text(s).is_match(s) || is_procedural(s));
        if framing_only {
            return true;
        }
    }
    // A form's instructions to whoever fills it in (`Vul per opmerking een
    // regel in de tabel in.`, `Stuur het formulier ... naar ...`).
    if is_form_instruction(t) {
        return true;
    }
    // A short lead-in to a list (`... de volgende punten mee:`), not to a
    // quote from the draft (`In de regiovisie staat:`).
    if t.ends_with(':') && word_count(t) <= 25 && !is_quote_lead_in(t) {
        return true;
    }
    // The closing request to take the response into account (`De raad
    // verzoekt u deze zienswijze te betrekken bij de vaststelling ...`):
    // one sentence about the letter as a whole, no point of its own.
    if word_count(t) <= CONSIDER_MAX_WORDS && CONSIDER_RESPONSE.for_text(t).is_match(t) {
        return true;
    }
    // The addressee on a line of its own below the date (`Aan de werkgroep
    // van de gemeenten Gouda en Leiden`).
    if is_addressee(t) && word_count(t) <= 15 && !t.ends_with(['.', '!', '?']) {
        return true;
    }
    // How to reach the writer (`U kunt mij bereiken op ...`), with no word
    // of opinion: not a point, even when put as a request (`Neem gerust
    // contact met ons op.`).
    if is_contact(t) {
        return true;
    }
    // A question whether the reader has questions, and how to ask them
    // (`Heeft u nog vragen? Bel mij gerust op 06-...`, `Vragen? Mail naar
    // info@...`): an invitation to contact, no question about the plan.
    if let Some(q) = CONTACT_QUESTION.get().find(t) {
        let rest = &t[q.end()..];
        if word_count(t) <= CONTACT_MAX_WORDS
            && CONTACT_MEANS.get().is_match(rest)
            && !rest.contains('?')
            && !VIEW.get().is_match(rest)
            && !CRITIQUE.get().is_match(rest)
        {
            return true;
        }
    }
    // A self-introduction (`Ik ben inwoner van ...`, `Wij zijn een
    // vereniging in ...`) opening the letter.
    let first = first_sentence(t);
    // Only when no part of it states a view: `Ik ben inwoner van X. De
    // opvang ... ontbreekt.`, `Ik ben moeder van drie kinderen en vind dat
    // ...` and `Ik ben van mening dat ...` are points.
    // Where the writer lives or works (`Ik woon in ...`) only introduces
    // the writer in a sentence of its own with no concern in it (`Ik woon
    // al twintig jaar in de wijk en maak me zorgen over ...` is a point).
    let lives = {
        let l = first.to_lowercase();
        [
            "ik woon",
            "wij wonen",
            "we wonen",
            "ik werk",
            "wij werken",
            "we werken",
        ]
        .iter()
        .any(|p| l.starts_with(p))
    };
    let lives_only = !lives || first.len() == t.len() && !CONCERN.get().is_match(t);
    if word_count(t) <= 45
        && ((SELF_INTRODUCTION.for_text(t).is_match(t) || NAMED_INTRODUCTION.get().is_match(t))
            && lives_only
            && !introduction_states_view(&own)
            // `De KBO ... behartigt de belangen van ...`: an organisation
            // presenting itself.
            || !view(t) && SPEAKS_FOR.get()
            .is_match(first))
    {
        return true;
    }
    let lead: String = t.split_whitespace().take(16).collect::<Vec<_>>().join(" ");
    // An organisation presenting itself may end with the framing (`...
    // Graag reageren wij daarom vanuit onze praktijk op het concept.`).
    let words: Vec<&str> = t.split_whitespace().collect();
    let tail = words[words.len().saturating_sub(16)..].join(" ");
    let framing = FRAMING.for_text(&lead).is_match(&lead)
        || words.len() <= FRAMING_TAIL_MAX_WORDS && FRAMING.for_text(&tail).is_match(&tail);
    // Weaker signs of framing, only in a paragraph that states no view: a
    // resident saying why they write (`Ik reageer op de regiovisie omdat
    // ...`, `daarom schrijf ik u`), asking to stay anonymous, a writer
    // saying what the letter is limited to, that it forwards a reply below
    // (`Ik stuur u hieronder het antwoord dat ik kreeg.`), who told them
    // where to send it (`Men zei me dat ik mijn reactie naar dit adres moest
    // sturen.`), apologising for its length, or supporting a campaign
    // named by its title (see [`CAMPAIGN_SUPPORT`]).
    let soft = SOFT_FRAMING.get();
    if (soft.is_match(t) || CAMPAIGN_SUPPORT.get().is_match(t))
        && !view(&own)
        && !wish_with_substance(t)
        && word_count(t) <= 60
    {
        return true;
    }
    // A supplement to the writer's earlier reaction announced, and no more
    // (`Als aanvulling op mijn reactie van 12 oktober nog het volgende.`,
    // `Graag wil ik mijn reactie van vorige week aanvullen.`).
    if announces_supplement(t) && !view(&own) {
        return true;
    }
    // An opening that introduces the writer and announces the reaction
    // (`Ik woon aan de Dorpsstraat 14 en wil reageren op de regiovisie.`,
    // `Ondergetekende, ..., brengt het volgende naar voren.`, `De
    // cliëntenraad brengt hierbij gevraagd advies uit.`): the
    // announcement ends it, so a point after it is not taken along.
    let last = t
        .trim_end_matches(['.', '!', ':'])
        .rsplit_once(". ")
        .map_or(t, |(_, l)| l);
    if word_count(t) <= ANNOUNCING_MAX_WORDS
        && (ANNOUNCES.for_text(last).is_match(last) || only_announces(t))
        && !view(&own)
    {
        return true;
    }
    // An announcement followed by no more than the writer telling of
    // themself (see [`announces_then_tells_of_writer`]).
    if announces_then_tells_of_writer(t) {
        return true;
    }
    // A date opening a paragraph (`Op 12 oktober ontvingen wij uw
    // brief.`) frames it only in a sentence of its own, or with no more
    // framing after it: the date of an event the writer tells of (`Op 15
    // maart was ik bij de informatieavond. Daar werd gezegd dat ...`)
    // opens a point like any other sentence.
    let opening = is_procedural_opening(t)
        && !denies_discussing(t)
        && !(DATED_OPENING.get().is_match(t) && tells_more_than_the_date(t, &own));
    // Any view keeps it a point, however short (`Ik schrijf u omdat de
    // opvang ontbreekt.`), and so does a wish that says what it wishes
    // for (`Ik hoop dat de wachttijd korter wordt.`).
    (opening || framing) && !view(&own) && !wish_with_substance(t)
}

/// A general stance on the draft, or on what the letter is about, in a
/// letter's opening: agreeing with it (`Wij onderschrijven de hoofdlijnen`,
/// `Wij zijn positief over de koers`, `Wij waarderen de aandacht voor
/// ...`, `Wij zijn blij dat jeugdhulp een eigen hoofdstuk krijgt`) or
/// objecting to or worrying about it (`Ik maak bezwaar tegen ...`, `Wij
/// maken ons zorgen over ...`). Above points that say what the writer
/// agrees or objects to, it is the letter's opening, no point of its own
/// (see [`introduces_points`]).
pub(super) static GENERAL_STANCE: StaticRegex = StaticRegex::new(
    r"(?i)\b(onderschrijven|onderschrijft|onderschrijf|steunen|steunt|waarderen|waardeert|waardeer|positief over|blij met|blij dat|bezwaar|bezorgd|zorgen over)\b",
);

/// The aim the draft sets that a stance endorses, with what it aims at,
/// up to the clause's end (`De raad onderschrijft de ambitie dat iedere
/// nieuwkomer zich snel thuis moet voelen, en ...`, `Wij steunen het
/// uitgangspunt om ouderen thuis te laten wonen`): the draft's words,
/// whatever they hold (`moet`), not a view of the writer's besides the
/// stance (see [`introduces_points`]). A conjunction that may open the
/// writer's own clause (`en vindt dat ...`, `maar`) ends it too: see
/// [`without_endorsed_aim`].
pub(super) static ENDORSED_AIM: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:de|het|deze|dit)\s+(?:ambitie|ambities|doel|doelen|doelstelling|uitgangspunt|uitgangspunten|gedachte|streven|principe)\s+(?:dat|om)\b[^,.!?;:]*",
);

/// The words that may open the writer's own clause after an endorsed aim
/// without a comma (`... te laten sporten en vindt dat ...`): the aim
/// ends before them (see [`without_endorsed_aim`]).
const AFTER_ENDORSED_AIM: &[&str] = &[" en ", " maar ", " want ", " omdat ", " terwijl "];

/// `s` without the aims of the draft's it endorses (see
/// [`ENDORSED_AIM`]), each up to its clause's end or the first
/// conjunction in it (see [`AFTER_ENDORSED_AIM`]).
fn without_endorsed_aim(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for m in ENDORSED_AIM.get().find_iter(s) {
        out.push_str(&s[at..m.start()]);
        // A conjunction inside a sentence is written in lower case.
        let aim = m.as_str();
        let cut = AFTER_ENDORSED_AIM
            .iter()
            .filter_map(|c| aim.find(c))
            .min()
            .unwrap_or(aim.len());
        at = m.start() + cut;
    }
    out.push_str(&s[at..]);
    out
}

/// A sentence that only points at the points below it (`Op een aantal
/// punten vragen wij om een aanscherping.`, `Op twee punten hebben wij
/// een vraag.`), or counts them (`Over de visie hebben wij drie
/// verzoeken.`, `Wij hebben twee vragen over de logeeropvang.`, `Eerst
/// twee hoofdpunten`, a clause before a semicolon): the points say what
/// is asked. A count it needs: `Wij hebben vragen over de financiering`
/// may be all the writer says about it.
pub(super) static POINTS_AHEAD: StaticRegex = StaticRegex::new(
    r"(?i)^(op|over|bij) (een aantal|enkele|twee|drie|vier|vijf|de volgende|onderstaande) (punten|onderdelen|onderwerpen)\b[^.!?:;]*[.:]?$|^(over|bij|op|voor) (de|het|uw|deze|dit|jullie) [^.!?:;]{0,60}? (hebben|heb) (wij|we|ik) (nog )?(een aantal|enkele|twee|drie|vier|vijf|zes|zeven|acht|\d{1,2}) (\p{L}+ )?(verzoeken|vragen|punten|opmerkingen|wensen|suggesties|voorstellen|aandachtspunten|kanttekeningen|adviezen)\s*[.:]?$|^(wij|we|ik) (hebben|heb) (nog )?(een aantal|enkele|twee|drie|vier|vijf|zes|zeven|acht|\d{1,2}) (\p{L}+ )?(verzoeken|vragen|punten|opmerkingen|wensen|suggesties|voorstellen|aandachtspunten|kanttekeningen|adviezen)( (over|bij|op|voor) (de|het|uw|deze|dit|jullie) [^.!?:;]{0,60})?\s*[.:]?$|^(eerst|allereerst|hieronder|hierna|daarna|dan|nu)( eerst)?( de| onze| mijn)? (twee|drie|vier|vijf|zes|zeven|acht|\d{1,2}) (\p{L}+ )?(hoofdpunten|punten|verzoeken|vragen|opmerkingen|adviezen|kanttekeningen)\s*[.:]?$",
);

/// Most words of a sentence that points at the points below it (see
/// [`POINTS_AHEAD`]).
const POINTS_AHEAD_WORDS: usize = 14;

/// Most words of an opening paragraph above a letter's marked points that
/// only introduces them (see [`introduces_points`]).
const OPENING_MAX_WORDS: usize = 60;

/// Whether `p`, a paragraph above a letter's first marked point (numbered,
/// lettered, a bullet or a heading), only introduces the points: each
/// sentence frames the letter (see [`is_procedural`]: the writer presenting
/// itself, having read the draft, announcing its remarks), points at the
/// points below (see [`POINTS_AHEAD`]), tells of the writer (see
/// [`tells_of_writer`]), or gives the writer's general stance (see
/// [`GENERAL_STANCE`]) and, read without the stance and the aim of the
/// draft's it endorses (see [`ENDORSED_AIM`]), says nothing more or only
/// frames (`Wij onderschrijven de hoofdlijnen en hebben de volgende
/// opmerkingen.`, `Ik ben inwoner van X en maak bezwaar tegen de agenda,
/// voor zover het gaat om het zoekgebied.`). One such stance at most: a
/// second is an argument. The points below say what the writer agrees or
/// objects to, asks and proposes; a paragraph that asks, criticises,
/// judges or names a place in the draft besides is a point. A sentence of
/// clauses set apart by semicolons is read clause by clause.
pub(super) fn introduces_points(p: &str) -> bool {
    let all: Vec<&str> = sentences(p).collect();
    if all.is_empty() || word_count(p) > OPENING_MAX_WORDS {
        return false;
    }
    let stance = GENERAL_STANCE.get();
    let only_frames = |s: &str| {
        is_procedural(s) || word_count(s) <= POINTS_AHEAD_WORDS && POINTS_AHEAD.get().is_match(s)
    };
    let mut stances = 0;
    let mut frames = false;
    let each = all.iter().all(|s| {
        // What a quotation mark left after a title's `!` (`„De Boei moet
        // blijven!”.`) is no sentence.
        if !s.chars().any(char::is_alphanumeric) {
            return true;
        }
        if only_frames(s) {
            frames = true;
            return true;
        }
        if stance.is_match(s) {
            stances += 1;
            let rest = stance.replace_all(s, "");
            let rest = without_endorsed_aim(&rest);
            let only_stance = !states_view(&rest)
                && !JUDGEMENT.get().is_match(&rest)
                && !names_draft_place(&rest);
            frames = true;
            return is_procedural(&rest) || only_stance;
        }
        if tells_of_writer(s) {
            return true;
        }
        // A sentence of clauses set apart by a semicolon (`Eerst twee
        // hoofdpunten; onze overige opmerkingen staan in de bijlage.`):
        // each clause frames or tells of the writer.
        let clauses: Vec<&str> = s
            .split(';')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let framed = clauses.iter().any(|c| only_frames(c));
        if clauses.len() > 1
            && framed
            && clauses.iter().all(|c| only_frames(c) || tells_of_writer(c))
        {
            frames = true;
            return true;
        }
        false
    });
    each && frames && stances <= 1
}

/// At most this many sentences of the writer telling of themself after
/// an announcement (see [`announces_then_tells_of_writer`]).
const WRITER_LINES_AFTER_ANNOUNCEMENT: usize = 2;

/// Most words of such a sentence: room for an experience told in two
/// clauses (`Mijn vader lag vorig jaar zes weken in het ziekenhuis in X,
/// en ik kon hem maar één keer per week bezoeken.`).
const WRITER_LINE_WORDS: usize = 25;

/// An organisation presenting itself by what it offers or does in the
/// area (`Zorggroep De Lindehof biedt in de regio dagbesteding en
/// casemanagement dementie`, `Onze stichting organiseert in drie dorpen
/// maaltijden voor ouderen`, `Thuiszorgorganisatie X levert sinds 2012
/// wijkverpleging`): the subject a kind of organisation by name or the
/// writer's own (`ons bedrijf`; not `de gemeente`, not a facility of the
/// draft such as `het steunpunt`, not `het vervoerbedrijf`), then the verb
/// and where or since when. Who writes, no view (see
/// [`tells_of_writer`]).
pub(super) static ORGANISATION_OFFERS: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:(?:de|het) )?[\p{L}\-]*(?:stichting|vereniging|organisatie|coöperatie|zorggroep|praktijk)\b|(?:onze|ons) [\p{L}\-]+)(?: [^\s.!?,;:]+){0,5}? (?:biedt|bieden|levert|leveren|verzorgt|verzorgen|organiseert|organiseren|verleent|verlenen|exploiteert|beheert|runt) (?:(?:al|nu|sinds|in|op|binnen|vanuit|voor|aan|ruim|zo'n|ongeveer|jaarlijks|dagelijks|wekelijks)\b|\d)",
);

/// Words of a limit or a lack in a sentence where an organisation
/// presents itself (`biedt in Brakelo geen dagopvang`, `alleen op
/// dinsdag`): that is what the writer finds wanting, not who writes.
const OFFER_LIMITS: &[&str] = &[
    "niet",
    "geen",
    "niets",
    "alleen",
    "slechts",
    "maar",
    "nauwelijks",
    "weinig",
    "minder",
    "meer",
    "nog",
    "helaas",
    "straks",
];

/// Whether a paragraph announces the reaction (see [`ANNOUNCES`]; what
/// comes before the announcement states no view) and then only tells of
/// the writer in a sentence or two (`Ik steun de oproep van X en geef u
/// de volgende zienswijze. Ik woon met mijn gezin op 300 meter van een
/// varkenshouderij.`, `... Als longarts in ruste weet ik wat fijnstof met
/// longen doet.`): the opening of a campaign letter with the sender's own
/// line added is framing as the opening without it is; the points follow
/// it. A sentence tells of the writer when it opens with the writer
/// (`Ik`, `Wij`, `Mijn`, `Onze`, `Als ...`), is short, asks no question
/// and addresses no one (`u`, `jullie`) nor asks, wishes or judges
/// (`vraag`, `wil`, `vind`, `steun`, `mis`, `zorgen` ...).
fn announces_then_tells_of_writer(t: &str) -> bool {
    let all: Vec<&str> = sentences(t).collect();
    let Some(k) = all.iter().position(|s| ANNOUNCES.for_text(s).is_match(s)) else {
        return false;
    };
    let before = all[..=k].join(" ");
    let after = &all[k + 1..];
    !after.is_empty()
        && after.len() <= WRITER_LINES_AFTER_ANNOUNCEMENT
        && word_count(&before) <= ANNOUNCING_MAX_WORDS
        && !states_view(&before)
        && after.iter().all(|s| tells_of_writer(s))
}

/// Whether sentence `s` only tells of the writer (see
/// [`announces_then_tells_of_writer`]).
fn tells_of_writer(s: &str) -> bool {
    let words: Vec<String> = crate::text::words(s).collect();
    let opens_with_writer = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "ik" | "wij" | "we" | "mijn" | "onze" | "ons" | "als"
        )
    });
    // `eens` agrees only as `het eens`, `niet eens` or `eens met` (not
    // `eens per maand`), `zorgen` worries unless the writer cares for
    // someone (`Wij zorgen al zes jaar voor onze zoon`).
    let word_at = |k: Option<usize>| k.and_then(|k| words.get(k)).map_or("", String::as_str);
    let asks_or_judges = words.iter().enumerate().any(|(k, w)| {
        let before = word_at(k.checked_sub(1));
        let after = word_at(Some(k + 1));
        match w.as_str() {
            "eens" => matches!(before, "het" | "niet") || after == "met",
            "zorgen" => {
                let cares = words.iter().skip(k + 1).take(4).any(|w| w == "voor");
                !cares || words.iter().any(|w| w == "over")
            }
            _ => false,
        }
    }) || words.iter().any(|w| {
        matches!(
            w.as_str(),
            "u" | "uw"
                | "jullie"
                | "vraag"
                | "vragen"
                | "verzoek"
                | "verzoeken"
                | "pleit"
                | "pleiten"
                | "wil"
                | "wilt"
                | "willen"
                | "hoop"
                | "hopen"
                | "vind"
                | "vinden"
                | "steun"
                | "steunen"
                | "mis"
                | "missen"
                | "oneens"
                | "tegen"
                | "bezwaar"
                | "graag"
        )
    });
    // An organisation presenting itself by what it offers (see
    // [`ORGANISATION_OFFERS`]), with no limit or lack in it.
    let presents_offer = ORGANISATION_OFFERS.get().is_match(s)
        && !words.iter().any(|w| OFFER_LIMITS.contains(&w.as_str()));
    (opens_with_writer || presents_offer)
        && word_count(s) <= WRITER_LINE_WORDS
        && !s.trim_end().ends_with('?')
        && !asks_or_judges
}

/// The formal clauses that open a council's decision, amendment or
/// motion: the council named as who decides (`De raad van de gemeente X;`,
/// `..., in vergadering bijeen op 8 oktober 2026,`), what it read and
/// considered (`gelezen het voorstel van ...;`, `gelet op artikel 5 ...;`,
/// `behandelend het raadsvoorstel ...;`), that it decides (`besluit:`,
/// `besluit het ontwerpbesluit als volgt te wijzigen:`) and where an
/// amendment changes the decision (`aan beslispunt 2 wordt toegevoegd:`).
/// Each clause, with the `;`, `:` or `,` that ends it, at the start.
pub(super) static COUNCIL_PREAMBLE: StaticRegex = StaticRegex::new(
    r"^(?:(?i:de\s+(?:gemeente)?raad\s+van\s+(?:de\s+gemeente\s+)?)\p{Lu}[\p{L}\-'’ ]{0,60}?(?i:,\s*in\s+(?:openbare\s+)?vergadering\s+bijeen(?:\s+op\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?)?)?\s*[;,]|(?:gelezen|gelet\s+op|gehoord|behandelend|gezien)\b(?:[^;:.]|\.\d){0,250}(?:;|$)|(?i:besluit)\s*:|besluit\s+(?:(?:het\s+)?(?:ontwerp)?(?:besluit|raadsvoorstel|voorstel)\s+)?(?:als\s+volgt\s+)?te\s+(?:wijzigen|amenderen)\s*(?::|$)|(?:aan|in)\s+(?:beslispunt|het\s+besluit|het\s+ontwerpbesluit|het\s+dictum)\b[^.:;]{0,80}\b(?:toegevoegd|vervangen|gewijzigd|geschrapt|luiden)\s*(?::|$))\s*",
)
.gated();

/// The formal words that close a council's motion or record its vote:
/// `en gaat over tot de orde van de dag.`, `Aangenomen met 17 stemmen voor
/// en 6 tegen.`, `Verworpen.`, at the end of a paragraph, after its
/// last sentence or clause (or all of it).
pub(super) static COUNCIL_CLOSING: StaticRegex = StaticRegex::new(
    r"(?:^|[.!?;:]\s+|\n)(?:(?i:en\s+)?gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag|(?i:aangenomen|verworpen|ingetrokken|aangehouden)(?:\s+met\s+(?:algemene\s+stemmen|\d+\s+(?:stemmen\s+)?(?:voor|tegen)[^.!?]{0,60}|[^.!?]{0,40}\bstemmen\b[^.!?]{0,40}))?)\s*[.!]?\s*$",
)
.gated();

/// A line that opens a clause of a council's motion, with or without the
/// colon that leads in to its list: its considerations (`constaterende
/// dat`, `overwegende dat`, `van mening dat`, `gehoord de
/// beraadslaging`) and its dictum (`verzoekt het college`, `draagt het
/// college op`, `roept het college op`, `spreekt uit`). The list below it
/// goes on with its sentence, as a lead-in's does.
pub(super) static MOTION_CLAUSE: StaticRegex = StaticRegex::new(
    r"^(?i)(?:constaterende|overwegende|van\s+(?:oordeel|mening)|(?:nog\s+)?gehoord\s+de\s+beraadslaging(?:en)?|verzoekt\s+(?:het\s+college|de\s+burgemeester|burgemeester\s+en\s+wethouders)|draagt\s+(?:het\s+college|burgemeester\s+en\s+wethouders)\s+op|roept\s+(?:het\s+college|burgemeester\s+en\s+wethouders)\s+op|spreekt\s+(?:als\s+(?:haar|zijn)\s+(?:mening|oordeel)\s+)?uit)(?:\s+dat)?\s*[:,]?\s*$",
);

/// Whether line `t` opens a clause of a motion ([`MOTION_CLAUSE`]).
pub(super) fn is_motion_clause(t: &str) -> bool {
    MOTION_CLAUSE.get().is_match(t.trim())
}

/// Who moved a council's motion or amendment (`Ingediend door:`, the
/// parties or members on the lines below): the form, no point.
pub(super) static MOVED_BY: StaticRegex =
    StaticRegex::new(r"^(?i)(?:ingediend|voorgesteld|ondertekend)\s+door\s*:");

/// A paragraph without the formal clauses of a council's decision,
/// amendment or motion at its start ([`COUNCIL_PREAMBLE`]) and end
/// ([`COUNCIL_CLOSING`]): what the council says in it, or `None` where
/// it says nothing else. They are the form of the decision, no view.
pub(super) fn without_formalities(p: &str) -> Option<String> {
    let mut t = p.trim();
    if MOVED_BY.get().is_match(t) && word_count(t) <= 20 {
        return None;
    }
    while let Some(m) = COUNCIL_PREAMBLE.for_text(t).find(t) {
        // A clause that runs to the paragraph's end without its `;` is
        // formal only where it states no view.
        if m.end() == 0 || m.end() == t.len() && states_view(t) {
            break;
        }
        t = t[m.end()..].trim_start();
    }
    while let Some(m) = COUNCIL_CLOSING.for_text(t).find(t) {
        let keep = t[..m.start()].trim_end();
        // The sentence's end before the closing words stays.
        let end = m
            .as_str()
            .trim_start()
            .chars()
            .next()
            .filter(|c| ".!?".contains(*c));
        t = match end {
            Some(_) => &t[..m.start() + 1],
            None => keep,
        };
        if t.is_empty() {
            break;
        }
    }
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The heading of a point's explanation: `Toelichting`, `Motivering`,
/// `Onderbouwing`, `Argumentatie`, on a line of its own or before a colon.
pub(super) static EXPLANATION: StaticRegex =
    StaticRegex::new(r"^(?i:toelichting|motivering|onderbouwing|argumentatie)\s*(?::|$)");

/// Whether paragraph `p` opens a point's explanation (see
/// [`EXPLANATION`]).
fn is_explanation(p: &str) -> bool {
    EXPLANATION.get().is_match(p.trim())
}

/// A paragraph opening with a date (`Op 15 maart 2027 ...`), the one
/// alternative of [`PROCEDURAL`] that names no letter or framing word.
pub(super) static DATED_OPENING: StaticRegex = StaticRegex::new(r"(?i)^op \d{1,2} \w+( \d{4})?\b");

/// Whether a paragraph that opens with a date (see [`DATED_OPENING`])
/// states a view (critique, a request, a question: see [`states_view`])
/// or names a place in the draft (`paragraaf 2.1`, `hoofdstuk 4`): what
/// happened that day is then the writer's point, not the letter's
/// occasion (`Op 31 oktober organiseerde de adviesraad een bijeenkomst
/// ...` tells only that). `own` is the paragraph without the addressee's
/// request (`uw verzoek`, `de gelegenheid om te adviseren`: see
/// [`REQUEST`]).
fn tells_more_than_the_date(t: &str, own: &str) -> bool {
    let names_place = crate::text::words(t).any(|w| {
        matches!(
            w.as_str(),
            "paragraaf" | "par" | "hoofdstuk" | "hfst" | "pagina" | "blz" | "bijlage" | "maatregel"
        )
    }) || t.contains('§');
    names_place || states_view(own)
}

/// The writer saying the reaction comes late (`Ik ben helaas te laat`,
/// `Mijn reactie is wat later dan de termijn`, in a clause `dat onze
/// reactie wat later komt`, `Wij zijn na de
/// sluitingsdatum`), or that the period is over (`de termijn is
/// verstreken`, `dat de inspraaktermijn voorbij is`, also with what it
/// was for, `dat de termijn voor reacties voorbij is`): about the letter,
/// not the draft, so no view (see [`is_procedural`]).
pub(super) static LATE: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:(?:ik ben|ben ik|wij zijn|we zijn|zijn wij|zijn we|ik was|wij waren|we waren|(?:mijn|onze|deze|de) (?:reactie|zienswijze|inspraakreactie|brief|mail|e-mail) (?:is|komt|was|kwam)|dit (?:is|komt))\s+(?:(?:helaas|wat|iets|een beetje|een paar dagen|een dag|een week|erg|veel|ruim|nog|dus|wel|al|jammer genoeg)\s+)*(?:te laat|later dan (?:de|het) \w+|na (?:de|het) (?:deadline|termijn|sluitingsdatum|sluitingstermijn))|(?:de|het) (?:\w*termijn|deadline|sluitingsdatum|\w*periode)(?:\s+(?:voor|om)\s+(?:(?:de|het|te)\s+)?(?:reacties|reactie|inspraakreacties|zienswijzen|inspraak|reageren|inzendingen))?\s+(?:(?:is|was|al|inmiddels|helaas|net|ruim|eigenlijk)\s+)*(?:voorbij|verstreken|verlopen|gesloten|afgelopen)(?:\s+(?:is|was))?|(?:mijn|onze|deze|de) (?:reactie|zienswijze|inspraakreactie|brief|mail|e-mail)\s+(?:(?:helaas|wat|iets|een beetje|een paar dagen|een dag|een week|erg|veel|ruim|nog|dus|wel|al|jammer genoeg)\s+)*(?:te laat|later)\s+(?:komt|kwam|is|was|binnenkomt|binnenkwam))\b",
);

/// What a writer says before telling that the reaction comes late (see
/// [`late_apology`]): an apology (`Helaas`, `Excuses,`, `Excuus dat`,
/// `Het spijt ons dat`) or that they know it (`Ik besef dat`, `Ik weet
/// dat`, `Wij realiseren ons dat`).
const BEFORE_LATE: &[&str] = &[
    "helaas",
    "sorry",
    "excuses",
    "excuus",
    "sorry dat",
    "excuses dat",
    "excuus dat",
    "onze excuses dat",
    "mijn excuses dat",
    "het spijt ons dat",
    "het spijt me dat",
    "het spijt mij dat",
    "jammer genoeg",
    "ik besef dat",
    "ik besef me dat",
    "ik besef mij dat",
    "ik weet dat",
    "ik realiseer me dat",
    "ik realiseer mij dat",
    "ik ben me ervan bewust dat",
    "ik ben mij ervan bewust dat",
    "wij beseffen dat",
    "we beseffen dat",
    "wij weten dat",
    "we weten dat",
    "wij realiseren ons dat",
    "we realiseren ons dat",
    "wij zijn ons ervan bewust dat",
    "we zijn ons ervan bewust dat",
];

/// Whether paragraph `t` opens by saying the reaction comes late (see
/// [`LATE`]), maybe after an apology or the writer knowing it (see
/// [`BEFORE_LATE`]).
fn late_apology(t: &str) -> bool {
    LATE.get().find(t).is_some_and(|m| {
        let before = t[..m.start()].trim().trim_end_matches(',').to_lowercase();
        before.is_empty() || BEFORE_LATE.contains(&before.as_str())
    })
}

/// The opening pronoun with the writers named after it, set off by
/// commas, up to the verb (`Wij, Stichting X, Y en Z, reageren`): the
/// pronoun, then the verb's first letter (lower case) after the comma
/// that closes the names.
pub(super) static APPOSITION: StaticRegex =
    StaticRegex::new(r"^((?i:wij|we|ik)),\s+[^.!?]{3,200}?,\s+(\p{Ll})");

/// The words that open a list of who signed a letter: `Deze brief is
/// ondertekend door:`, `Ondertekend door`, `Mede namens:`, `De
/// ondertekenaars:`, `Ondergetekenden:`.
static SIGNED_BY: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:deze|onze|de|dit|het) (?:brief|petitie|reactie|zienswijze|e-?mail|mail|bericht|oproep|inspraakreactie) (?:is|wordt|werd|zijn|worden|werden) (?:mede )?(?:ondertekend|getekend) door|(?:mede[- ]?)?(?:ondertekend|getekend) door|(?:mede[- ]?)?ingediend door|mede namens|namens|(?:de )?(?:mede[- ]?)?(?:ondertekenaars|ondergetekenden)(?: zijn| waren)?)\s*:?\s+",
);

/// The words that open a list of the writer's members (`Leden:`,
/// `Samenstelling van de raad:`, `De adviesraad bestaat uit de volgende
/// leden:`): private persons' names, as a list of signers holds, no point.
pub(super) static MEMBERS_ARE: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:de\s+)?(?:leden|ledenlijst|samenstelling)(?:\s+van\s+(?:de|het)\s+[^.!?:;,\n]{1,60}?)?|(?:de|het|onze|ons)\s+[^.!?:;,\n]{1,60}?\s+(?:bestaat|bestond)\s+uit(?:\s+de\s+volgende\s+(?:leden|personen))?)\s*:\s*",
);

/// A form of address or title before a name (`mw.`, `dhr.`, `de heer`,
/// `drs.`), and a role in brackets after it (`(voorzitter)`), in a list of
/// names (see [`is_signer_list`]).
pub(super) static NAME_TITLES: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:mw|mevr|mevrouw|dhr|hr|de heer|drs|dr|ir|mr|prof|ing|ds)\.?\s+)+|\s*\([^()]{1,40}\)$",
);

/// A member's role standing alone in a list of names (`voorzitter`).
pub(super) static MEMBER_ROLE: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:vice-?)?voorzitter|(?:ambtelijk\s+)?secretaris|penningmeester|lid|leden|adviseur)$",
);

/// Whether `t` only lists who signed the letter (see [`SIGNED_BY`]) or
/// who its writer's members are (see [`MEMBERS_ARE`]): the
/// opening words, then names only (each one to six words, capitalised but
/// for particles such as `de`, `van`, see
/// [`crate::privacy::is_name_particle`]; initials
/// allowed), separated by commas, semicolons or `en`, perhaps ending with
/// a count of the others (`en 37 anderen`).
pub(super) fn is_signer_list(t: &str) -> bool {
    let Some(m) = SIGNED_BY
        .get()
        .find(t)
        .or_else(|| MEMBERS_ARE.get().find(t))
    else {
        return false;
    };
    let rest = t[m.end()..].trim().trim_end_matches(['.', ';', ',']);
    let rest = rest.replace(" en ", ", ").replace(" & ", ", ");
    let parts: Vec<String> = rest
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty() && !MEMBER_ROLE.get().is_match(p))
        .map(|p| NAME_TITLES.get().replace_all(p, "").trim().to_string())
        .collect();
    let count = parts.len();
    count >= 1
        && parts.iter().enumerate().all(|(i, part)| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let others = i + 1 == count
                && count > 1
                && words
                    .first()
                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
                && words.len() <= 4;
            others
                || (1..=6).contains(&words.len())
                    && words[0].chars().next().is_some_and(char::is_uppercase)
                    && words.iter().all(|w| {
                        let w = w.trim_matches(['(', ')']);
                        w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars().all(|c| c.is_alphabetic() || "-.'’".contains(c))
                            || crate::privacy::is_name_particle(&w.to_lowercase())
                    })
        })
}

/// Words that say a letter supplements an earlier one: `aanvulling`,
/// `aanvullen`, `toevoegen` (`vul ... aan` is found as `vul` with `aan`).
const SUPPLEMENT_WORDS: &[&str] = &[
    "aanvulling",
    "aanvullingen",
    "aanvullen",
    "aanvullend",
    "aanvullende",
    "aanvul",
    "aanvult",
    "toevoegen",
    "toevoeging",
    "toevoegingen",
];

/// Words that say a letter replaces the writer's earlier one (`Deze brief
/// vervangt mijn brief van 5 oktober.`, `Deze reactie komt in de plaats van
/// mijn eerdere reactie.`): a notice of the same kind as a supplement's.
const REPLACEMENT_WORDS: &[&str] = &["vervangt", "vervang", "vervangen", "vervanging", "plaats"];

/// The other words only a replacement notice uses (`Hierbij mijn
/// gecorrigeerde reactie; deze treedt in de plaats van ...`).
const REPLACEMENT_FRAME_WORDS: &[&str] = &[
    "vervangende",
    "treedt",
    "komt",
    "gecorrigeerde",
    "verbeterde",
    "aangepaste",
    "nieuwe",
    "versie",
    "correctie",
    "hetzelfde",
];

/// The writer's earlier letter that a supplement refers to.
const EARLIER_LETTER_WORDS: &[&str] = &[
    "reactie",
    "reacties",
    "inspraakreactie",
    "zienswijze",
    "brief",
    "bericht",
    "mail",
    "e-mail",
    "email",
    "mailtje",
    "schrijven",
    "inzending",
    "advies",
];

/// The other words a sentence announcing a supplement uses (`In aanvulling
/// op mijn brief van 12 oktober aan de werkgroep wil ik nog het volgende
/// toevoegen`): function words, when (besides months and weekdays) and how the earlier letter was sent,
/// what the draft is called, and the announcing verbs. Deliberately short:
/// a word outside it (`wijkteam`, `niet`) makes the paragraph a point.
const SUPPLEMENT_FRAME_WORDS: &[&str] = &[
    "als",
    "in",
    "ter",
    "op",
    "aan",
    "bij",
    "van",
    "met",
    "over",
    "per",
    "de",
    "het",
    "een",
    "mijn",
    "onze",
    "ons",
    "mij",
    "me",
    "ik",
    "wij",
    "we",
    "u",
    "uw",
    "jullie",
    "dat",
    "die",
    "deze",
    "dit",
    "hierbij",
    "hiermee",
    "hier",
    "nu",
    "ook",
    "even",
    "kort",
    "nog",
    "graag",
    "wil",
    "wilde",
    "willen",
    "wilt",
    "wou",
    "zou",
    "zouden",
    "heb",
    "hebben",
    "heeft",
    "had",
    "is",
    "was",
    "d",
    "dd",
    "dato",
    "datum",
    "eerdere",
    "eerder",
    "vorige",
    "vorig",
    "week",
    "maand",
    "dag",
    "jongstleden",
    "jl",
    "afgelopen",
    "gisteren",
    "onlangs",
    "recente",
    "gestuurd",
    "gestuurde",
    "verstuurd",
    "verstuurde",
    "stuurde",
    "ingediend",
    "ingediende",
    "gezonden",
    "toegezonden",
    "ingezonden",
    "stuur",
    "sturen",
    "stuurt",
    "volgende",
    "iets",
    "wat",
    "enkele",
    "paar",
    "twee",
    "drie",
    "punt",
    "punten",
    "opmerking",
    "opmerkingen",
    "zaken",
    "melden",
    "opmerken",
    "meegeven",
    "geven",
    "geef",
    "kwijt",
    "zeggen",
    "noemen",
    "delen",
    "laten",
    "weten",
    "mee",
    "vul",
    "vult",
    "vullen",
    "voeg",
    "toe",
    "regiovisie",
    "visie",
    "conceptvisie",
    "concept",
    "inspraakversie",
    "ontwerp",
    "werkgroep",
    "gemeente",
    "nader",
    "inzien",
];

/// Whether a paragraph only announces a supplement to the writer's
/// earlier reaction (`Als aanvulling op mijn reactie van 12 oktober nog
/// het volgende.`, `In aanvulling op mijn brief van 12 oktober wil ik nog
/// iets toevoegen.`, `Graag wil ik mijn reactie van vorige week
/// aanvullen.`): it speaks of supplementing ([`SUPPLEMENT_WORDS`]) an
/// earlier letter ([`EARLIER_LETTER_WORDS`]) and has no word besides
/// those, the frame's ([`SUPPLEMENT_FRAME_WORDS`]), months and numbers.
/// `In aanvulling op mijn reactie: het wijkteam moet 's avonds open.` is
/// a point. So does one that only says it replaces the writer's earlier
/// letter ([`REPLACEMENT_WORDS`]: `Deze brief vervangt mijn brief van 5
/// oktober.`, `Deze reactie vervangt mijn eerdere reactie.`).
pub(super) fn announces_supplement(t: &str) -> bool {
    if word_count(t) > 30 {
        return false;
    }
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let word = |w: &str| words.iter().any(|x| x == w);
    let supplements = has(SUPPLEMENT_WORDS)
        || (word("vul") || word("vult")) && word("aan")
        || word("voeg") && word("toe");
    // Or replaces it (`Deze brief vervangt mijn brief van 5 oktober.`).
    let replaces = has(REPLACEMENT_WORDS);
    (supplements || replaces)
        && has(EARLIER_LETTER_WORDS)
        && words.iter().all(|w| {
            let w = w.as_str();
            SUPPLEMENT_WORDS.contains(&w)
                || EARLIER_LETTER_WORDS.contains(&w)
                || SUPPLEMENT_FRAME_WORDS.contains(&w)
                || replaces
                    && (REPLACEMENT_WORDS.contains(&w) || REPLACEMENT_FRAME_WORDS.contains(&w))
                || crate::text::DUTCH_MONTHS.contains(&w)
                || crate::text::DUTCH_WEEKDAYS.contains(&w)
                || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// A wish, trust or expectation that may frame a letter (`Ik hoop dat
/// ...`, `Wij vertrouwen erop dat ...`, `Ik wens u veel wijsheid`, `Ik zie
/// uw reactie graag tegemoet`, `Wij zien uit naar ...`), or the letter
/// handed over with a reason (`Hierbij stuur ik mijn reactie, want ...`).
pub(super) static WISH_FRAME: StaticRegex = StaticRegex::new(
    r"(?i)^(ik hoop|wij hopen|we hopen|ik vertrouw erop|wij vertrouwen erop|we vertrouwen erop|ik wens|wij wensen|we wensen|(ik|wij|we) (zie|zien) [^.!?]{0,60}?tegemoet|(ik|wij|we) (zie|zien) uit naar|hierbij\b[^.!?]*?\b(want|omdat|aangezien))\b",
);

/// Words a framing wish uses about the letter itself and how its reader
/// handles it (`dat u iets met mijn brief doet`, `dat onze reactie
/// bijdraagt aan een betere regiovisie`, `u hiermee van dienst te zijn`,
/// `veel succes bij de uitvoering`), besides function words and common
/// non-nouns.
const HANDLING_WORDS: &[&str] = &[
    "reactie",
    "reacties",
    "zienswijze",
    "zienswijzen",
    "inspraakreactie",
    "brief",
    "mail",
    "e-mail",
    "bericht",
    "verhaal",
    "punten",
    "opmerkingen",
    "suggesties",
    "advies",
    "adviezen",
    "aanbevelingen",
    "kanttekeningen",
    "input",
    "inbreng",
    "bijdrage",
    "bijdraagt",
    "bijdragen",
    "visie",
    "regiovisie",
    "plan",
    "uitvoeringsplan",
    "concept",
    "conceptvisie",
    "stuk",
    "tekst",
    "definitieve",
    "versie",
    "beleid",
    "iets",
    "meeneemt",
    "meenemen",
    "overneemt",
    "overnemen",
    "doet",
    "gaat",
    "slag",
    "serieus",
    "neemt",
    "verwerkt",
    "verwerken",
    "overweging",
    "betrekt",
    "betrekken",
    "dienst",
    "geïnformeerd",
    "ingelicht",
    "hiermee",
    "geweest",
    "gehoord",
    "succes",
    "uitvoering",
    "uitwerking",
    "samenwerking",
    "wijsheid",
    "goede",
    "betere",
    "antwoord",
    "tegemoet",
    "spoedig",
    "binnenkort",
    "vaststelling",
    "besluitvorming",
    "behandeling",
    "denken",
    "bereid",
    "toelichten",
    "lichten",
    "stuur",
    "sturen",
    "zend",
    "zenden",
    "bijgaand",
    "werkgroep",
    "gemeente",
    "gemeenten",
    "regio",
    "aandacht",
    "ontvangt",
    "ontvangen",
    "gemeenteraad",
    "raad",
    "college",
    "leveren",
    "daaraan",
    "toelichting",
    "contact",
    "belangstelling",
    "programma",
    "uitvoeringsprogramma",
];

/// A wish that others in the writer's place fare better, and no more
/// (`Ik hoop dat andere ouders het straks makkelijker hebben dan wij.`,
/// `Ik hoop dat anderen dit niet hoeven mee te maken.`): a closing after
/// the writer's story, nothing asked of the draft.
pub(super) static OTHERS_SPARED: StaticRegex = StaticRegex::new(
    r"(?i)^(?:ik hoop|wij hopen|we hopen) dat (?:anderen|andere \p{L}+|niemand|geen \p{L}+ meer)\b(?: (?:het|dit|dat|hetzelfde|zoiets|straks|later|ooit|in de toekomst|nog|meer))* (?:(?:makkelijker|gemakkelijker|beter) (?:hebben|krijgen|zullen hebben)(?: dan (?:ik|wij|we|mij|ons))?|(?:niet )?(?:hoeven|hoeft) (?:mee te maken|door te maken|te beleven)|(?:meemaken|meemaakt|doormaken|doormaakt))\s*[.!]?$",
);

/// Whether a paragraph opening with a wish (see [`WISH_FRAME`]) says what it
/// wishes for: at least two words after the opening that are neither
/// function words, common non-nouns, names (a capital inside the sentence)
/// nor words about the letter and its handling (see [`HANDLING_WORDS`]). `Ik hoop dat de wachttijd voor
/// jeugdhulp korter wordt dan vier weken.` and `Ik hoop dat u hier iets
/// mee doet, want mijn zoon wacht al een half jaar op jeugdhulp.` say
/// something of their own; `Ik hoop dat u iets met mijn brief doet.` does
/// not.
pub(super) fn wish_with_substance(t: &str) -> bool {
    let Some(m) = WISH_FRAME.get().find(t) else {
        return false;
    };
    // That others fare better than the writer (see [`OTHERS_SPARED`]).
    if OTHERS_SPARED.get().is_match(first_sentence(t)) {
        return false;
    }
    // The wish's own sentence: a sentence after it is judged on its own
    // (`Voor een toelichting kunt u contact opnemen ...`).
    let rest = &t[m.end()..];
    let end = rest.find(['.', '!', '?']).unwrap_or(rest.len());
    rest[..end]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= 4 && !w.starts_with(char::is_uppercase))
        .map(str::to_lowercase)
        .filter(|w| {
            !crate::text::is_stop_word(w)
                && !crate::link::topic::is_general_word(w)
                && !HANDLING_WORDS.contains(&w.as_str())
        })
        .nth(1)
        .is_some()
}

/// A letter's title line: what the letter is (`Zienswijze`, `Reactie`,
/// `Inspraakreactie`, `Advies`) and whose or on what (`van de
/// gemeenteraad van X op de concept-regiovisie ...`, `inzake ...`), also
/// with the writer's name right after it (`Reactie Reizigersoverleg Lek en
/// Giessen op de ...`, `Zienswijze GGD Hollands Midden inzake ...`): a name
/// of capitalised words, joined by `en`, `de`, `van`, ..., captured as
/// `name`.
pub(super) static LETTER_TITLE: StaticRegex = StaticRegex::new(
    r"^(?i:(?:(?:gezamenlijke|schriftelijke|formele|(?:on)?gevraagde?)\s+)?(?:zienswijze|zienswijzen|inspraakreactie|reactie|advies|commentaar|consultatiereactie))(?:\s+(?P<name>\p{Lu}[^\s.!?:,]*(?:\s+(?:(?i:en|de|der|den|het|van|voor|in|uit|&)|\p{Lu}[^\s.!?:,]*|\d+))*))?(?:\s+(?i:van|op|inzake|over|bij|betreffende|aangaande)\b|\s*[:–-])",
);

/// Whether paragraph `t`, the first of a letter's body, is the letter's
/// title (see [`LETTER_TITLE`]): one line with no sentence's end, no view
/// and no place in the draft named (`Reactie op hoofdstuk 3` says what
/// the points are about). It introduces the letter; it is no point.
pub(super) fn is_letter_title(t: &str) -> bool {
    let t = t.trim();
    !t.contains('\n')
        && word_count(t) <= 30
        && !t.ends_with(['.', '!', '?', ';', ':', ','])
        && !sentence_end_inside(t)
        && LETTER_TITLE.get().is_match(t)
        && !states_view(t)
        && !crate::text::words(t).any(|w| {
            matches!(
                w.as_str(),
                "paragraaf" | "par" | "hoofdstuk" | "hfst" | "pagina" | "blz" | "maatregel"
            )
        })
        && !t.contains('§')
}

/// The heading of a letter's summary (`Samenvatting`, `Samengevat`, `In
/// het kort`, `Kernpunten`), or the word opening one (`Samengevat: ...`,
/// `Kortom, ...`).
pub(super) static SUMMARY_HEADING: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:onze|mijn)\s+(?:\p{L}+\s+){0,2})?(?:(?:korte\s+)?samenvatting|samengevat|samenvattend|kortom|in het kort|in (?:het )?kort gezegd|(?:onze\s+)?kernpunten|summary)\b",
);

/// Whether paragraph `p` of a letter's introduction, below `above` (the
/// paragraph before it, if any), summarises the points below it (`points`,
/// their texts): headed or opened as a summary (see [`SUMMARY_HEADING`])
/// and enumerating them in its own sentence (`(1) ..., (2) ... en (3)
/// ...`, no more than there are points), or saying little besides what
/// they say (two thirds of its words of five letters or more recur in
/// them). The points answer it; it is no point of its own.
fn summarises_points(above: Option<&str>, p: &str, points: &[String]) -> bool {
    let summary = SUMMARY_HEADING.get();
    let headed = above.is_some_and(|a| is_heading_shape(a) && summary.is_match(a.trim()))
        || summary.is_match(p.trim());
    if !headed || points.len() < 2 {
        return false;
    }
    let enumerated = (1..=points.len() + 1)
        .take_while(|k| p.contains(&format!("({k})")) || p.contains(&format!(" {k})")))
        .count();
    if (2..=points.len()).contains(&enumerated) {
        return true;
    }
    let analyzer = crate::text::Analyzer::default();
    let said = analyzer.term_set(&points.join(" "));
    let own: Vec<String> = analyzer
        .term_set(p)
        .into_iter()
        .filter(|w| w.chars().count() >= 5)
        .collect();
    own.len() >= 3 && own.iter().filter(|w| said.contains(*w)).count() * 3 >= own.len() * 2
}

/// A question asking whether the respondent has anything to add
/// (`Heeft u verder nog opmerkingen?`, `Overige opmerkingen`, `Wilt u nog
/// iets kwijt?`).
pub(super) static FURTHER_REMARKS: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:overig|overige|verder|nog|andere|aanvullende|laatste)\b[^?]{0,60}\b(?:opmerking|opmerkingen|aanvulling|aanvullingen|suggestie|suggesties|toevoeging|toevoegingen|op- of aanmerkingen|vragen|iets (?:toe te voegen|kwijt|te melden|te zeggen))\b",
);

/// An answer that there is nothing to add: `Nee.`, `Geen.`, `Niets.`,
/// `n.v.t.`, `-`, `Geen opmerkingen.`, `Nee, dank u.`
pub(super) static NOTHING_TO_ADD: StaticRegex = StaticRegex::new(
    r"(?i)^(?:antwoord\s*:?\s*)?(?:nee|neen|geen|niets|niks|nvt|n\.v\.t|niet van toepassing|-|–|—|geen (?:verdere |overige |aanvullende |andere )?(?:opmerkingen|aanvullingen|suggesties|vragen)|(?:nee|neen),? (?:geen|niet|dank u(?: wel)?|dank je(?: wel)?|bedankt|hoor|verder niet|niets))[.!]?$",
);

/// A form's question whether the respondent has more to say, on a line of
/// its own (`Heeft u verder nog opmerkingen?`, `Vraag 3: Overige
/// opmerkingen:`, `4. Wilt u nog iets kwijt?`): it asks (ends in `?` or
/// `:`), is short, and the question opens it (at most a marker and a few
/// words before it). A label of the form, not the sender's words.
pub(super) fn is_form_question(t: &str) -> bool {
    let t = t.trim();
    if word_count(t) > 12 || !t.ends_with(['?', ':']) {
        return false;
    }
    FURTHER_REMARKS
        .get()
        .find(t)
        .is_some_and(|m| word_count(&t[..m.start()]) <= 4)
}

/// Whether `t` only answers that there is nothing to add (`Nee.`,
/// `Antwoord: Geen.`, see [`NOTHING_TO_ADD`]).
pub(super) fn says_nothing_to_add(t: &str) -> bool {
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    NOTHING_TO_ADD.get().is_match(t.trim())
}

/// Whether a point only answers a question whether there is more to say
/// (see [`FURTHER_REMARKS`]) with nothing (see [`NOTHING_TO_ADD`]):
/// `Vraag 3: Heeft u verder nog opmerkingen? Antwoord: Nee.`, `4.
/// Overige opmerkingen` / `Geen.`. It states no view (`Nee.` to another
/// question does: it answers that question).
pub(super) fn adds_nothing(text: &str) -> bool {
    let t = strip_marker(text.trim()).trim();
    let lower = t.to_lowercase();
    let split = lower
        .rfind("antwoord")
        .or_else(|| lower.rfind('?').map(|q| q + 1))
        .or_else(|| lower.rfind("\n\n"));
    let Some(at) = split else {
        return false;
    };
    // Cut where it was found: in the lower-cased text (lower-casing may
    // change a letter's length in bytes, `İ`), which the patterns read
    // without regard to case anyway.
    let (question, answer) = lower.split_at(at);
    let answer = answer.split_whitespace().collect::<Vec<_>>().join(" ");
    word_count(question) <= 20
        && FURTHER_REMARKS.get().is_match(question)
        && NOTHING_TO_ADD.get().is_match(answer.trim())
}

/// Words of thanks and good wishes (`Alvast bedankt.`, `Bij voorbaat
/// dank.`, `Succes!`): a courtesy, not what the writer has to say.
const COURTESY_WORDS: &[&str] = &[
    "alvast",
    "bedankt",
    "dank",
    "dankjewel",
    "dankuwel",
    "hartelijk",
    "hartelijke",
    "voorbaat",
    "vriendelijk",
    "vriendelijke",
    "groet",
    "groeten",
    "groetjes",
    "fijne",
    "fijn",
    "moeite",
];

/// How many words of `t` say something: four letters or more, neither
/// function words, common non-nouns, words about the letter's handling
/// nor courtesies (`Schrijf hem in eenvoudige taal.`: three; `Alvast
/// bedankt voor het lezen.`: none).
fn content_words(t: &str) -> usize {
    t.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| {
            !crate::text::is_stop_word(w)
                && !crate::link::topic::is_general_word(w)
                && !HANDLING_WORDS.contains(&w.as_str())
                && !COURTESY_WORDS.contains(&w.as_str())
        })
        .count()
}

/// A first chapter of the letter that only frames it: a title stating no view
/// (`1. Inleiding`) over paragraphs that are all letter framing (the
/// writer presenting itself, `Wij hebben de concept-regiovisie gelezen en
/// geven de volgende punten mee.`). Its title alone is no point either.
///
/// Under an introduction's title (`1 Inleiding`, `Vooraf`, see
/// [`INTRODUCTION_TITLE`]) a paragraph that describes the writer or how it
/// worked (`De adviesraad bestaat uit elf leden ...`, `Een werkgroep heeft
/// de visie besproken.`) frames the letter too: it states no view and
/// names no place in the draft (the writer's own annexes aside).
fn framing_chapter(paras: &[String]) -> bool {
    match paras.split_first() {
        Some((title, body)) => {
            let introduction = INTRODUCTION_TITLE
                .get()
                .is_match(strip_marker(title).trim());
            // The request the writer received (`het verzoek om advies`)
            // is what it answers, no request of its own.
            let own_words = |p: &str| {
                ["het verzoek", "een verzoek", "uw verzoek", "dit verzoek"]
                    .iter()
                    .fold(p.to_lowercase(), |t, noun| t.replace(noun, "het bericht"))
            };
            let frames = |p: &String| {
                is_procedural(p)
                    || introduction
                        && WRITER_SELF.get().is_match(p)
                        && !states_view(&own_words(p))
                        && !RECOMMENDS.get().is_match(p)
                        && !names_draft_place(p)
            };
            !body.is_empty()
                && is_heading_shape(title)
                && !states_view(title)
                && body.iter().all(frames)
        }
        None => false,
    }
}

/// A recommendation in the third person (`De raad adviseert de visie te
/// beginnen met ...`, `beveelt aan om ...`, `vraagt de colleges dat
/// ...`): a view, where what the writer does in general (`De adviesraad
/// adviseert het college over het sociaal domein.`) is none.
pub(super) static RECOMMENDS: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:adviseert|raadt|beveelt|verzoekt|vraagt|pleit|stelt)\b[^.!?;]{0,120}?\b(?:te|om|dat|aan|voor)\b",
);

/// Words by which a paragraph speaks of the writer itself (`wij`, `onze
/// leden`, `de adviesraad`, `de werkgroep`): an introduction's paragraph
/// that frames the letter is about the writer, not about the draft (`Deze
/// visie beschrijft de aanpak ...` in a returned draft's own introduction).
pub(super) static WRITER_SELF: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:wij|we|ons|onze|ik|mijn|\w*raad|commissie|werkgroep|platform|panel|leden|werkwijze)\b",
);

/// The title of a letter's introduction: `Inleiding`, `Vooraf`,
/// `Voorwoord`, `Introductie`, `Over de adviesraad`, `Wie zijn wij`, a
/// number before it or not (`1 Inleiding`).
pub(super) static INTRODUCTION_TITLE: StaticRegex = StaticRegex::new(
    r"(?i)^(?:\d{1,2}\.?\s+)?(?:inleiding|vooraf|voorwoord|introductie|over (?:de|het|ons|onze)\b.*|wie (?:zijn|is) .*)$",
);

/// Whether `p` names a place in the draft: a section or page (an annex
/// may be the writer's own, `de samenstelling staat in bijlage 1`).
fn names_draft_place(p: &str) -> bool {
    let refs = crate::link::refs::find(p);
    !refs.pages.is_empty()
        || refs
            .sections
            .iter()
            .any(|r| !r.number.starts_with("Bijlage"))
}

/// Whether a numbered chapter (`paras`, its title first) only summarises
/// the other points (`others`, their texts): titled as a summary (`1 Onze
/// adviezen in het kort`, `Samenvatting`, see [`SUMMARY_HEADING`]) and
/// listing as many items as there are other points, or saying little
/// besides what they say (see [`summarises_points`]). The points answer
/// it; counted as one of its own every recommendation would be counted
/// twice.
fn summary_chapter(paras: &[String], others: &[String]) -> bool {
    let Some((title, body)) = paras.split_first() else {
        return false;
    };
    let title = strip_marker(title).trim();
    let title = NUMBERED_HEADING
        .get()
        .captures(title)
        .and_then(|c| c.get(1))
        .map_or(title, |n| title[n.end()..].trim());
    if body.is_empty() || !is_heading_shape(title) || !SUMMARY_HEADING.get().is_match(title) {
        return false;
    }
    let items = body.iter().filter(|p| marker(p.trim()).is_some()).count();
    items >= 2 && items == others.len() || summarises_points(Some(title), &body.join(" "), others)
}

/// A judgement in a word or two (`te moeilijk`, `veel te laat`,
/// `onverstandig`, `slecht`, `jammer`, `een goed idee`): in a short
/// paragraph (see [`short_view`]) the writer's view of what it names.
/// `te` before a word after a verb or an adverb of degree (`is te
/// moeilijk`, `veel te duur`), not the `te` of an infinitive (`om te
/// helpen`).
pub(super) static EVALUATION: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:(?:is|zijn|wordt|worden|blijft|blijven|lijkt|lijken|was|waren|veel|echt|nog|ook|wel|erg|heel|zo|nu|al|gewoon|helemaal|veels|vind|vinden) te \p{L}{3,}|(?:on)?(?:verstandig|redelijk|wenselijk|haalbaar|realistisch|begrijpelijk|acceptabel|aanvaardbaar|terecht|eerlijk|logisch|duidelijk|betaalbaar|bereikbaar|toegankelijk|voldoende|juist|rechtvaardig|nodig|verantwoord)|slecht|slechter|goed|beter|prima|uitstekend|jammer|zonde|kwalijk|verkeerd|fout|onzin|belachelijk|schandalig|schande|triest|treurig|zorgelijk|zorgwekkend|raar|vreemd|absurd|teleurstellend|onmogelijk|moeilijk|ingewikkeld|lastig|vaag|overbodig|zinloos|nutteloos|waardeloos|gevaarlijk|riskant|oneens|mis)\b",
);

/// A paragraph too short to be a point by its length (three to five
/// words) that still states a view in a sentence (a title is a heading):
/// a word of opinion or critique ([`states_view`]), a judgement
/// ([`JUDGEMENT`], [`EVALUATION`]: `De folder is te moeilijk.`, `Dit is
/// echt onverstandig.`) or a request.
pub(super) fn short_view(text: &str) -> bool {
    (3..6).contains(&word_count(text))
        && !is_heading_shape(text)
        && (states_view(text)
            || JUDGEMENT.get().is_match(text)
            || EVALUATION.get().is_match(text)
            || {
                // What follows the point's marker, if any.
                let sentence = marker(text).map_or(text, |m| text.get(m.len..).unwrap_or(""));
                REQUEST_VERB.get().is_match(sentence.trim_start())
            })
}

/// Most words of a closing motto ([`is_motto`]).
pub(super) const MOTTO_MAX_WORDS: usize = 6;

/// The forms of a campaign's motto: a rallying cry opening with `Samen`
/// (`Samen tegen geweld!`, `Samen maken we het verschil!`), or a call
/// against a harm as such rather than a measure (`Stop geweld achter de
/// voordeur.`, `Nee tegen kindermishandeling!`, `Geen geweld in huis!`;
/// `Stop de bezuinigingen.` names no harm and stays a request).
pub(super) static MOTTO: StaticRegex = StaticRegex::new(
    r"(?i)^(samen\b|(stop|stop met|nee tegen|zeg nee tegen|weg met|tegen|geen|doorbreek) (het |de |alle |elk |elke |ieder |iedere )?([^\s.!?]+ )?(geweld|mishandeling|kindermishandeling|ouderenmishandeling|partnergeweld|misbruik|uitbuiting|pesten|discriminatie|armoede|eenzaamheid|stalking|zwijgen|stilte|taboe)\b)",
);

/// Words that make a short line a point rather than a motto: more or less
/// of something (`Samen zorgen voor meer opvang!`), a must, the addressee,
/// the draft, the writer, a number or a question.
pub(super) static MOTTO_NOT: StaticRegex = StaticRegex::new(
    r"(?i)\b(meer|minder|genoeg|voldoende|extra|sneller|eerder|beter|langer|korter|te|moet|moeten|graag|vragen|vraag|wil|willen|u|uw|jullie|gemeente|gemeenten|regio|college|raad|werkgroep|visie|regiovisie|plan|hoofdstuk|paragraaf|bijlage|pagina|ik|mij|mijn)\b|\d|\?",
);

/// A campaign's closing motto, set off below its last point: one short
/// sentence (at most [`MOTTO_MAX_WORDS`] words, no clause after a colon
/// or comma: `Stop geweld: geef scholen geld.` asks something) in one of
/// the forms of [`MOTTO`], with none of the words of [`MOTTO_NOT`] and no
/// marker. It
/// says what the campaign stands for, not what it asks of the draft, so it
/// is letter furniture, not part of the last point.
pub(super) fn is_motto(text: &str) -> bool {
    let t = text.trim();
    (2..=MOTTO_MAX_WORDS).contains(&word_count(t))
        && sentences(t).count() == 1
        && !t.contains([':', ';', ','])
        && marker(t).is_none()
        && MOTTO.get().is_match(t)
        && !MOTTO_NOT.get().is_match(t)
}

/// A sentence that opens with a request in the imperative (`Schrap
/// paragraaf 1.1.`, `Voeg de scholen toe.`; after its point marker, see
/// [`short_view`]): a view however short.
pub(super) static REQUEST_VERB: StaticRegex =
    StaticRegex::new(concat!(r"(?i)^(", request_verbs!(), r")\b[^.!?]*[.!]$"));

/// A paragraph of one short sentence at most this long may be the opening
/// of a point that the next paragraph elaborates.
pub(super) const SHORT_STATEMENT_WORDS: usize = 15;

/// In a letter without markers, a one-sentence statement followed by a
/// paragraph that refers back to it (`Wij steunen het voornemen om X te
/// onderzoeken.` then why, and an offer to help with `dat onderzoek`) is
/// one point. Referring back: a demonstrative (`dat`, `dit`, `deze`, `die`,
/// `zo'n`) before a word whose stem the statement used, so `onderzoeken`
/// meets `dat onderzoek`; merely sharing a word (the respondent naming
/// itself in both) is not enough.
pub(super) fn join_elaborations(drafts: Vec<Draft>) -> Vec<Draft> {
    let analyzer = crate::text::Analyzer::default();
    let mut out: Vec<Draft> = Vec::new();
    for d in drafts {
        if let Some(prev) = out.last_mut() {
            let text = prev.text();
            let short = prev.paras.len() == 1
                && word_count(&text) <= SHORT_STATEMENT_WORDS
                && first_sentence(&text).len() == text.len()
                && !is_heading_shape(&text);
            if short && refers_back(&analyzer, &text, &d.text()) {
                prev.paras.extend(d.paras);
                continue;
            }
        }
        out.push(d);
    }
    out
}

/// Whether `next` names something of `statement` with a demonstrative.
/// `dat` and `dit` point to one thing only (`dat onderzoek`): before a
/// plural (`Wij willen niet dat ouders onder druk komen.`) `dat` is the
/// conjunction that opens a clause, and names nothing again.
pub(super) fn refers_back(analyzer: &crate::text::Analyzer, statement: &str, next: &str) -> bool {
    let said: std::collections::HashSet<String> = analyzer
        .term_set(statement)
        .into_iter()
        .filter(|w| w.chars().count() >= 5)
        .collect();
    let words: Vec<String> = crate::text::words(next).collect();
    words.windows(2).any(|w| {
        let stems = analyzer.terms(&w[1]);
        let demonstrative = match w[0].as_str() {
            "dat" | "dit" => !stems.first().is_some_and(|s| is_plural_form(&w[1], s)),
            "deze" | "die" | "zo'n" | "zulke" => true,
            _ => false,
        };
        demonstrative && stems.iter().any(|t| said.contains(t))
    })
}

/// Whether `word` reads as a plural: it ends in `-s` or `-en` and its
/// stem (`stem`) drops that ending (`ouders` → `ouder`, `scholen` →
/// `schol`), where a singular keeps it (`proces`, `huis`).
fn is_plural_form(word: &str, stem: &str) -> bool {
    let ending = if word.ends_with("en") {
        2
    } else if word.ends_with('s') {
        1
    } else {
        return false;
    };
    stem.len() + ending <= word.len()
}

/// The text up to and including the first sentence's full stop.
pub(super) fn first_sentence(t: &str) -> &str {
    t.find(". ").map_or(t, |i| &t[..=i])
}

/// One comment under construction.
#[derive(Debug, Default)]
pub(super) struct Draft {
    label: Option<String>,
    /// Started by a bullet of the body's list of points.
    bullet: bool,
    /// A plain paragraph after the last item of a list typed line by line
    /// (see [`ends_list`]).
    after_list: bool,
    page: Option<u32>,
    paras: Vec<String>,
    /// Whether its second paragraph was set off by a blank line (see
    /// [`own_paragraph_below`]).
    second_set_off: bool,
    /// The indentation of the bullet that started it (see [`Row::indent`]).
    indent: f32,
    /// The bullet sign that started it (`-`, `•`).
    bullet_sign: Option<char>,
    /// Whether its first line was set off (a blank line above it), not
    /// only read as a paragraph's start by its line.
    set_off: bool,
}

impl Draft {
    /// The comment this draft becomes (its id set later).
    fn into_comment(self) -> Comment {
        Comment {
            id: String::new(),
            text: self.text(),
            label: self.label,
            page: self.page,
            ..Comment::default()
        }
    }

    fn push_line(&mut self, row: &Row, text: &str, new_para: bool) {
        if self.page.is_none() {
            self.page = Some(row.page);
        }
        if new_para || self.paras.is_empty() {
            self.paras.push(String::new());
            if self.paras.len() == 2 {
                self.second_set_off = row.set_off;
            }
        }
        if let Some(p) = self.paras.last_mut() {
            // A word broken at a hyphen at the line's end is joined as
            // the extraction of a PDF joins one: `samen-` + `werking`
            // without it, a compound or double name with it (`Sophie-` +
            // `Marie`, `Midden-` + `Holland`), an elided part before a
            // conjunction (`kind-` + `en`) and a dash apart.
            // A web address broken after a `/` goes on without a space
            // (`https://www.example.nl/` + `methode/signaleren`).
            use crate::extract::dehyphen::{decide, is_address, Hyphen};
            let prefix = p.split_whitespace().next_back().unwrap_or("");
            let first = text.split_whitespace().next().unwrap_or("");
            let action = if p.ends_with('-') {
                decide(prefix, first, &Default::default())
            } else if prefix.ends_with('/')
                && is_address(prefix)
                && first.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            {
                Hyphen::Keep
            } else {
                Hyphen::Leave
            };
            match action {
                Hyphen::Join => {
                    p.pop();
                }
                Hyphen::Keep => {}
                Hyphen::Leave if !p.is_empty() => p.push(' '),
                Hyphen::Leave => {}
            }
            p.push_str(text.trim());
        }
    }

    /// A line of its own in the paragraph being read: an item of the list
    /// its lead-in introduces, a row of a table in it (see
    /// [`attached_lines`]). It stays with the paragraph wherever that goes
    /// (kept or left out with it), set on a line of its own.
    fn push_sub_line(&mut self, row: &Row, text: &str) {
        match self.paras.last_mut() {
            Some(p) if !p.is_empty() => {
                p.push_str("\n\n");
                p.push_str(text.trim());
            }
            _ => self.push_line(row, text, true),
        }
    }

    fn text(&self) -> String {
        self.paras
            .iter()
            .filter(|p| !p.trim().is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// The marker kind that structures the body: the strongest kind with at
/// least two markers that follow each other in sequence.
pub(super) fn primary_kind(rows: &[&Row]) -> Option<MarkerKind> {
    let mut seen: HashMap<MarkerKind, Vec<u32>> = HashMap::new();
    for i in 0..rows.len() {
        if let Some(m) = marker_at(rows, i) {
            seen.entry(m.kind).or_default().push(m.value);
        } else if is_heading_line(rows, i) {
            seen.entry(MarkerKind::Heading).or_default().push(0);
        }
    }
    let in_sequence = |vals: &[u32]| vals.windows(2).any(|w| w[1] == w[0] + 1) || vals.len() >= 3;
    let mut kinds: Vec<_> = seen.into_iter().collect();
    kinds.sort_by_key(|(k, _)| *k);
    let kind = kinds.into_iter().find_map(|(k, vals)| match k {
        MarkerKind::Bullet | MarkerKind::Heading => (vals.len() >= 2).then_some(k),
        _ => (vals.len() >= 2 && in_sequence(&vals)).then_some(k),
    });
    // Numbers from 1 before labelled points that go on from them (`1.`,
    // `2.`, `Punt 3:`, `Punt 4:`): the numbers start the sequence.
    let kind = match kind {
        Some(MarkerKind::Labelled) if numbers_lead(rows) => Some(MarkerKind::Number),
        // Numbered headings that each group lettered points (`1.
        // Bibliotheken en archief` / `a. ...` / `b. ...`): the lettered
        // points are the letter's points, the numbers their groups.
        Some(MarkerKind::Number) if numbers_group_letters(rows) => Some(MarkerKind::Letter),
        k => k,
    };
    // Numbered or labelled points structure the letter even when a point
    // holds headed bullet lists of its own.
    match kind {
        None | Some(MarkerKind::Bullet | MarkerKind::Heading) if headed_bullet_groups(rows) => {
            Some(MarkerKind::HeadedList)
        }
        _ => kind,
    }
}

/// Whether plain numbers from 1 come before the first labelled point and
/// run up to it (`1.`, `2.`, then `Punt 3:`).
fn numbers_lead(rows: &[&Row]) -> bool {
    let mut last = 0;
    for r in rows {
        match marker(&r.text) {
            Some(m) if m.kind == MarkerKind::Number && m.value == last + 1 => last = m.value,
            Some(m) if m.kind == MarkerKind::Labelled => return last >= 1 && m.value == last + 1,
            _ => {}
        }
    }
    false
}

/// Whether the numbered lines of `rows` that open a paragraph are all
/// headings of groups of lettered points (see [`numbered_group_at`]), two
/// or more of them: `1. Bibliotheken en archief` / `a. ...` / `b. ...` /
/// `2. Cultuureducatie` / `a. ...`.
fn numbers_group_letters(rows: &[&Row]) -> bool {
    let numbered: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            rows[i].para && marker_at(rows, i).is_some_and(|m| m.kind == MarkerKind::Number)
        })
        .collect();
    numbered.len() >= 2
        && numbered
            .iter()
            .all(|&i| numbered_group_at(rows, i, Some(MarkerKind::Letter)).is_some())
}

/// Bullets grouped under short headings (`Doorstroom uit de opvang` and
/// three bullets, `Nazorg` and two): each heading with its bullets is one
/// point, the bullets being its parts. So when at least two headings open
/// a bullet list (see [`is_group_heading`]) and no bullet comes before the
/// first of them.
pub(super) fn headed_bullet_groups(rows: &[&Row]) -> bool {
    let Some(first_bullet) = rows.iter().position(|r| is_bullet(r)) else {
        return false;
    };
    let headings: Vec<usize> = (0..rows.len())
        .filter(|&i| is_group_heading(rows, i))
        .collect();
    headings.len() >= 2 && headings[0] < first_bullet
}

fn is_bullet(r: &Row) -> bool {
    marker(&r.text).is_some_and(|m| m.kind == MarkerKind::Bullet)
}

/// Most words of a short heading over a group of bullets or paragraphs
/// (see [`is_group_heading`]).
const GROUP_HEADING_WORDS: usize = 12;

/// A heading of a bullet list: a short title line (at most 12 words,
/// capitalised, no sentence or lead-in punctuation at its end) directly
/// followed by a bullet, or by a one-line lead-in (`Wij hebben twee
/// verzoeken:`) and then a bullet.
pub(super) fn is_group_heading(rows: &[&Row], i: usize) -> bool {
    let t = rows[i].text.trim();
    let title = marker(t).is_none()
        && (1..=GROUP_HEADING_WORDS).contains(&word_count(t))
        && !t.ends_with(['.', ',', ';', ':', '!', '?'])
        && t.chars().next().is_some_and(char::is_uppercase);
    let lead_in = |r: &Row| r.text.trim_end().ends_with(':') && word_count(&r.text) <= 25;
    title
        && (rows.get(i + 1).is_some_and(|n| is_bullet(n))
            || rows.get(i + 1).is_some_and(|n| lead_in(n))
                && rows.get(i + 2).is_some_and(|n| is_bullet(n)))
}

/// A lead-in that counts the items below it as separate requests (`Over de
/// samenwerking hebben wij twee verzoeken:`, `Wij hebben drie vragen:`).
static COUNTED_LEAD_IN: StaticRegex = StaticRegex::new(
    r"(?i)\b(twee|drie|vier|vijf|zes|[2-9]) (aparte |afzonderlijke |concrete |korte )?(verzoeken|vragen|wensen|punten|aandachtspunten|opmerkingen|adviezen|aanbevelingen|voorstellen|suggesties)\s*:$",
);

/// A council's dictum leading in to its decision points (`besluit:`,
/// `besluit de volgende zienswijze te geven:`), perhaps after the
/// preamble's clauses on the same lines (`...; gelezen ...; besluit:`):
/// each point below it is a decision of its own (`1. de werkgroep te
/// vragen ...;` / `2. in te stemmen met ...;`), however much it reads as
/// part of the lead-in's sentence. (A point that leads in to lettered
/// points of its own, `2. de volgende zienswijze te geven:` / `a. ...`,
/// leaves its lettered points the council's points, as before.)
static DECIDES: StaticRegex =
    StaticRegex::new(r"(?i)(?:^|[;,]\s+)besluit(?:\s+[^.;:!?]{1,100}?)?\s*:$");

/// A request of the writer's (`Wij vragen de gemeente ...`, `Wij
/// adviseren om ...`, `De raad pleit voor ...`, `Meld ze aan.`): what
/// makes a point complete.
static WRITERS_REQUEST: StaticRegex = StaticRegex::new(
    r"(?i)\b(wij|we|ik) (vragen|vraag|verzoeken|verzoek|adviseren|adviseer|pleiten|pleit)\b|\b(vragen|verzoeken|adviseren|pleiten) (wij|we|ik)\b",
);

/// Whether the paragraph or bullet at line `i`, under a heading of the
/// letter's own whose point `current` is being read, is a point of its
/// own: the point above already holds a request of the writer's
/// ([`WRITERS_REQUEST`], [`RECOMMENDS`], an imperative), so it is
/// complete, and this one does not go on with it (see [`goes_on`]: no
/// `Daarom ...`, no demonstrative before a word of it). A paragraph must
/// state a view of its own besides (see [`states_view`]); a bullet, an
/// item the writer set apart, need not (`Winkeldiefstal wordt nauwelijks
/// opgevolgd.` below a bullet with a request). A bullet is a point of its
/// own too below a bullet argued in full, two sentences or more, when it
/// is a sentence itself, does not go on with it and does not open with the
/// writer's request about it. A problem sketched above its request
/// (`Gezinnen wachten drie maanden.` / `Wij vragen ...`), or a request
/// explained below it (`Dat is nodig omdat ...`), stays one point.
fn own_point_under_heading(
    analyzer: &crate::text::Analyzer,
    current: Option<&Draft>,
    rows: &[&Row],
    i: usize,
) -> bool {
    let Some(d) = current else {
        return false;
    };
    // The point's text below its heading (a title of up to
    // [`GROUP_HEADING_WORDS`] words without a sentence's end: `Zorg zo lang
    // als nodig, ook na de opvang` asks nothing).
    let above: Vec<&str> = d
        .paras
        .iter()
        .map(String::as_str)
        .filter(|p| word_count(p) > GROUP_HEADING_WORDS || p.trim_end().ends_with(['.', '!', '?']))
        .collect();
    let above = above.join("\n\n");
    let bullet = is_bullet(rows[i]);
    let mut next = strip_marker(rows[i].text.trim()).to_string();
    for r in rows[i + 1..]
        .iter()
        .take_while(|r| !r.para && marker(r.text.trim()).is_none())
    {
        next.push(' ');
        next.push_str(r.text.trim());
    }
    let complete = WRITERS_REQUEST.get().is_match(&above)
        || RECOMMENDS.get().is_match(&above)
        || sentences(&above).any(|s| REQUEST_VERB.get().is_match(s));
    if complete {
        return (bullet || states_view(&next)) && !goes_on(analyzer, &above, &next);
    }
    // A bullet of two sentences or more right above (`Minder
    // openingsdagen is een verslechtering. Werken op afspraak lost dat maar
    // half op.`) is a point argued in full, a paragraph the writer set
    // apart: a bullet below it that is a sentence of its own is another
    // point, unless it goes on with it or asks what the problem above
    // needs. The bullet above is a bullet line read into the point, or the
    // bullet that opened it (its sign left off).
    let Some(item) = d
        .paras
        .last()
        .filter(|p| {
            marker(p.trim()).is_some_and(|m| m.kind == MarkerKind::Bullet)
                || d.bullet && d.paras.len() == 1
        })
        .map(|p| strip_marker(p))
    else {
        return false;
    };
    let sentence = |t: &str| {
        t.chars().next().is_some_and(char::is_uppercase) && t.trim_end().ends_with(['.', '!', '?'])
    };
    // The writer's request for the problem argued above (`Ambulante
    // trajecten zijn te kort. ...` / `Wij pleiten voor nazorg ...`) is
    // part of its point.
    let opening = first_sentence(&next);
    let answers = WRITERS_REQUEST.get().is_match(opening)
        || RECOMMENDS.get().is_match(opening)
        || REQUEST_VERB.get().is_match(opening);
    bullet
        && sentences(item)
            .filter(|s| word_count(s) >= ARGUED_SENTENCE_WORDS)
            .count()
            >= 2
        && sentence(&next)
        && !answers
        && !goes_on(analyzer, item, &next)
}

/// Fewest words of a sentence counted in a bullet argued in full (see
/// [`own_point_under_heading`]): an abbreviation's full stop (`o.a.`, `nr.
/// 5`) ends none.
const ARGUED_SENTENCE_WORDS: usize = 3;

/// Whether line `i` is the second or a later bullet under a group heading
/// whose lead-in counts its bullets as separate requests
/// ([`COUNTED_LEAD_IN`]): each such bullet is a point of its own (the
/// heading and the lead-in open the first), as the writer announced,
/// where the bullets under a heading are otherwise one point.
fn counted_item(rows: &[&Row], i: usize) -> bool {
    if !is_bullet(rows[i]) {
        return false;
    }
    let mut bullets = 0;
    let mut j = i;
    while j > 0 {
        j -= 1;
        let r = rows[j];
        if is_bullet(r) {
            bullets += 1;
        } else if r.para || marker(&r.text).is_some() {
            // Not a wrapped line of an item: the lead-in, or no list of
            // counted items.
            return bullets >= 1
                && j >= 1
                && is_group_heading(rows, j - 1)
                && COUNTED_LEAD_IN.get().is_match(r.text.trim());
        }
    }
    false
}

/// A paragraph's opening that counts the writer's points (`Ten eerste:`,
/// `Ten tweede`, `Allereerst`, `Daarnaast`, `Tot slot`): the paragraph is
/// a point of its own, not part of the one above.
pub(super) static ENUMERATING_OPENER: StaticRegex = StaticRegex::new(
    r"(?i)^(ten (eerste|tweede|derde|vierde|vijfde|zesde|slotte)|tenslotte|tot slot|allereerst|verder|daarnaast|voorts|als laatste|tot besluit|een (tweede|derde|vierde|laatste) punt)\b",
);

/// A lead-in that announces the items below it as the writer's separate
/// points (`Wij hebben de volgende opmerkingen:`, `Onze punten:`, `Wij
/// vragen het volgende:`): its list is a list of points, not part of it.
pub(super) static ANNOUNCES_POINTS: StaticRegex = StaticRegex::new(
    r"(?i)\b((de |het )?volgende|onderstaande|deze|onze|ons|mijn|enkele|een aantal|twee|drie|vier|vijf|zes|[2-9])( \w+)? (punten|opmerkingen|aandachtspunten|adviezen|aanbevelingen|voorstellen|suggesties|verzoeken|vragen|kanttekeningen|bezwaren|reacties|wensen|zorgpunten|knelpunten|zorgen)\b|\bhet volgende\s*:$|\bpuntsgewijs\b",
);

/// Whether `item` (a list item without its marker, its wrapped lines
/// joined) reads as part of the sentence that leads in to the list: one
/// sentence at most, and it opens in lower case, or ends in `;` or `,`,
/// or in no sentence's end at all (`de huisartsen;`, `met een folder in
/// het Arabisch.`, `• nazorg na een melding`).
fn continues_lead_in(item: &str, last: bool) -> bool {
    let t = item.trim();
    let one_sentence = [". ", "! ", "? "].iter().all(|p| !t.contains(p));
    one_sentence
        && !t.is_empty()
        && (t.chars().next().is_some_and(char::is_lowercase)
            || t.ends_with([';', ','])
            || !t.ends_with(['.', '!', '?']) && word_count(t) <= LEAD_IN_ITEM_WORDS
            || last && t.ends_with('.') && word_count(t) <= LEAD_IN_ITEM_WORDS)
}

/// Most words of a capitalised list item that still reads as part of its
/// lead-in's sentence (see [`continues_lead_in`]).
const LEAD_IN_ITEM_WORDS: usize = 10;

/// The lines of `rows` that belong to the paragraph above them, each on a
/// line of its own, and those that go on with such a line (a wrapped
/// item): rows of a table (see [`Row::table`]), and the items of a list
/// that a lead-in ending in `:` introduces and that read as part of its
/// sentence (`Wij missen in ieder geval:` / `- de huisartsen;` / `- de
/// scholen.`, see [`continues_lead_in`]), unless the lead-in announces
/// them as separate points ([`ANNOUNCES_POINTS`], [`COUNTED_LEAD_IN`]).
/// The lead-in with its list is one point: the list says what the
/// lead-in's view is about.
pub(super) fn attached_lines(rows: &[&Row]) -> (Vec<bool>, Vec<bool>) {
    let mut own_line: Vec<bool> = rows.iter().map(|r| r.table).collect();
    let mut goes_on = vec![false; rows.len()];
    let mut i = 1;
    while i < rows.len() {
        let lead = rows[i - 1];
        let first = marker_at(rows, i).filter(|m| {
            matches!(
                m.kind,
                MarkerKind::Bullet | MarkerKind::Number | MarkerKind::Letter
            ) && (m.kind == MarkerKind::Bullet || m.value == 1)
        });
        let Some(first) = first.filter(|_| {
            !lead.table
                && marker(lead.text.trim()).is_none()
                && (lead.text.trim_end().ends_with(':') || is_motion_clause(&lead.text))
        }) else {
            i += 1;
            continue;
        };
        // The lead-in's paragraph, and its last sentence.
        let start = (0..i).rev().find(|&k| rows[k].para).unwrap_or(0);
        let lead_text: String = rows[start..i]
            .iter()
            .map(|r| r.text.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let last_sentence = sentences(&lead_text)
            .last()
            .unwrap_or(lead_text.as_str())
            .trim();
        // The items: lines of the list's kind (a bullet indented deeper
        // is nested in the item above), each with its wrapped lines.
        let mut items: Vec<String> = Vec::new();
        let mut item_rows: Vec<usize> = Vec::new();
        let mut cont_rows: Vec<usize> = Vec::new();
        let mut next = first.value;
        let mut j = i;
        while j < rows.len() {
            let r = rows[j];
            match marker_at(rows, j) {
                Some(m)
                    if m.kind == first.kind
                        && (m.kind == MarkerKind::Bullet || m.value == next) =>
                {
                    next = m.value + 1;
                    items.push(r.text.trim().get(m.len..).unwrap_or("").to_string());
                    item_rows.push(j);
                }
                Some(m)
                    if m.kind == MarkerKind::Bullet
                        && r.indent > rows[i].indent + NESTED_INDENT
                        && !items.is_empty() =>
                {
                    item_rows.push(j);
                }
                None if !r.para && !r.table && !items.is_empty() => {
                    if let Some(last) = items.last_mut() {
                        last.push(' ');
                        last.push_str(r.text.trim());
                    }
                    cont_rows.push(j);
                }
                _ => break,
            }
            j += 1;
        }
        let n = items.len();
        let decision_points = DECIDES.get().is_match(last_sentence)
            && items.iter().all(|t| !t.trim_end().ends_with(':'));
        let part_of_lead_in = n >= 1
            && !ANNOUNCES_POINTS.get().is_match(last_sentence)
            && !COUNTED_LEAD_IN.get().is_match(last_sentence)
            && !decision_points
            && items
                .iter()
                .enumerate()
                .all(|(k, t)| continues_lead_in(t, k + 1 == n));
        if part_of_lead_in {
            item_rows.iter().for_each(|&k| own_line[k] = true);
            cont_rows.iter().for_each(|&k| goes_on[k] = true);
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    (own_line, goes_on)
}

/// How much deeper a bullet is indented than the bullet above it to be
/// nested in it (see [`Row::indent`]): more than a space.
pub(super) const NESTED_INDENT: f32 = 4.0;

/// Cuts the bodies of a letter (its own, and that of a message it passes
/// on) into comments, with ids unique in the response.
/// The bodies whose index is in `appendices` are appendices of the
/// letter's own below its signature: of those only the points that say
/// something are comments (see [`appendix_point`]).
pub(super) fn segment(
    bodies: &[Vec<&Row>],
    appendices: &[usize],
    response_id: &str,
) -> Vec<Comment> {
    let mut comments: Vec<Comment> = bodies
        .iter()
        .enumerate()
        .flat_map(|(n, b)| {
            let mut c = comments_of(b);
            if appendices.contains(&n) {
                c.retain(|c| appendix_point(&c.text));
            }
            c
        })
        .collect();
    let mut ids: Vec<String> = comments
        .iter()
        .map(|c| crate::ids::comment_id(response_id, &c.text))
        .collect();
    crate::ids::dedupe(&mut ids);
    for (c, id) in comments.iter_mut().zip(ids) {
        c.id = id;
    }
    comments
}

/// Whether a comment read from a letter's own appendix below its
/// signature (`Bijlage: aanvullende punten ...` / `a. Jongeren willen een
/// chatfunctie ...`) is a point: it states a view, or it is a sentence of
/// six words or more. A list of what the letter encloses (`1. Verslag van
/// de bijeenkomst`), of who signed it (`Anna Bos, Dorpsstraat 1`) or
/// framing is none.
fn appendix_point(text: &str) -> bool {
    let t = strip_marker(text.trim());
    !is_procedural(t)
        && (states_view(t)
            || short_view(t)
            || word_count(t) >= 6 && t.ends_with(['.', '!', '?']) && !is_signer_list(t))
}

/// Words with which a paragraph goes on with the one above it (`Dit geldt
/// ook voor ...`, `Daarom ...`, `Want ...`).
const GOES_ON: &[&str] = &[
    "dit",
    "dat",
    "deze",
    "die",
    "daarom",
    "daardoor",
    "daarmee",
    "hierdoor",
    "hiermee",
    "hierbij",
    "daarbij",
    "want",
    "zo",
    "bovendien",
    "immers",
    "dus",
];

/// Whether paragraph `next` goes on with `point` above it: it opens with a
/// word of [`GOES_ON`] (`Dit is echt onverstandig.`, `Daarom ...`) or
/// names something of it with a demonstrative (see [`refers_back`]).
fn goes_on(analyzer: &crate::text::Analyzer, point: &str, next: &str) -> bool {
    let opens = crate::text::words(next).next().unwrap_or_default();
    GOES_ON.contains(&opens.as_str()) || refers_back(analyzer, point, next)
}

/// The paragraphs set off (a blank line above them) below the last point
/// of a list whose points (`primary`, numbered, lettered or labelled; two
/// or more) are each one paragraph, taken off that point when they are the writer's own: the first of them
/// states a view, is not about the letter as a whole (`deze zienswijze`,
/// `onze punten`) and does not go on with the point (no word of
/// [`GOES_ON`] opening it, no demonstrative before a word of the point,
/// see [`refers_back`]). `1. ...` / `2. ...` / `Daarnaast mis ik ...
/// huisdieren ...` is three points; a member who adds such a paragraph to
/// a campaign letter's last point keeps that point the campaign's.
fn own_paragraph_below(drafts: &mut [Draft], primary: Option<MarkerKind>) -> Option<Draft> {
    if !matches!(
        primary,
        Some(MarkerKind::Number | MarkerKind::Letter | MarkerKind::Labelled)
    ) {
        return None;
    }
    let (last, before) = drafts.split_last_mut()?;
    let points: Vec<&Draft> = before.iter().filter(|d| d.label.is_some()).collect();
    if last.label.is_none()
        || last.paras.len() < 2
        || !last.second_set_off
        || points.is_empty()
        || points.iter().any(|d| d.paras.len() != 1)
        || is_heading_shape(&last.paras[0])
    {
        return None;
    }
    let below = &last.paras[1];
    let opens = below
        .split_whitespace()
        .next()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    // One about the letter as a whole (`Wij verzoeken u deze zienswijze te
    // betrekken bij ...`, `... wat u met onze punten heeft gedaan`) closes
    // it, as before.
    let words: Vec<String> = crate::text::words(below).collect();
    let about_letter = words.windows(2).any(|w| {
        matches!(
            w[0].as_str(),
            "deze" | "dit" | "onze" | "ons" | "mijn" | "bovenstaande" | "genoemde"
        ) && matches!(
            w[1].as_str(),
            "zienswijze"
                | "reactie"
                | "inspraakreactie"
                | "brief"
                | "punten"
                | "opmerkingen"
                | "advies"
                | "mail"
                | "e-mail"
        )
    });
    let analyzer = crate::text::Analyzer::default();
    if !below.chars().next().is_some_and(char::is_uppercase)
        || about_letter
        || GOES_ON.contains(&opens.as_str())
        || !states_view(below)
        || is_procedural(below)
        || refers_back(&analyzer, &last.paras[0], below)
    {
        return None;
    }
    Some(Draft {
        page: last.page,
        paras: last.paras.split_off(1),
        ..Draft::default()
    })
}

/// Whether line `i` of `rows` comes after the last point of the body's
/// list (points of kind `primary`, the last read numbered `last`): no
/// point below it goes on from `last`.
fn ends_list(rows: &[&Row], i: usize, primary: MarkerKind, last: u32, last_sub: u32) -> bool {
    matches!(
        primary,
        MarkerKind::Number | MarkerKind::Letter | MarkerKind::Labelled
    ) && rows[i].text.chars().next().is_some_and(char::is_uppercase)
        && !(i + 1..rows.len()).any(|j| {
            marker_at(rows, j).is_some_and(|n| {
                let kind = n.kind == primary
                    || n.kind == MarkerKind::Labelled && primary == MarkerKind::Number;
                kind && n.follows(last, last_sub)
            })
        })
}

/// Most words of a heading of the letter's own between two points (see
/// [`heading_between_points`]).
const LETTER_HEADING_WORDS: usize = 12;

/// Whether line `i` of `rows` is a heading of the letter's own between two
/// of its points (`Hoofdstuk 3 Toegang tot ondersteuning`, `Financiën`): a
/// body of counted points (`primary`, the last read numbered `last`, its
/// letter `last_sub`), a line that opens a paragraph, a title's shape (a
/// few words, capitalised, no sentence or lead-in punctuation at its end)
/// that states no view, and right below it, opening a paragraph, the
/// point that goes on from the last.
fn heading_between_points(
    rows: &[&Row],
    i: usize,
    primary: Option<MarkerKind>,
    last: u32,
    last_sub: u32,
) -> bool {
    let Some(primary) = primary.filter(|p| {
        matches!(
            p,
            MarkerKind::Number | MarkerKind::Letter | MarkerKind::Labelled
        )
    }) else {
        return false;
    };
    title_between_points(rows, i, last)
        && marker_at(rows, i + 1).is_some_and(|n| {
            (n.kind == primary || n.kind == MarkerKind::Labelled && primary == MarkerKind::Number)
                && n.follows(last, last_sub)
        })
}

/// A group heading numbered in Roman numerals on a line of its own: `II.
/// Leefstijl`, `III Leefomgeving`, `IV`, `Ad II`, its title (if any) a few
/// capitalised words with no sentence's end.
pub(super) static ROMAN_GROUP: StaticRegex =
    StaticRegex::new(r"^(?:(?i:ad)\s+)?([IVX]{1,6})(?:[.)]|\s*[:\-–—])?(?:\s+(\p{Lu}[^.!?;:]*))?$");

/// The value of a Roman numeral from I to XXXIX written as usual (`IV`,
/// not `IIII`), else `None`.
fn roman_value(t: &str) -> Option<u32> {
    const FORMS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let tens = t.chars().take_while(|c| *c == 'X').count();
    let units = &t[tens..];
    let unit = FORMS.iter().position(|f| *f == units)?;
    let value = u32::try_from(tens * 10 + unit).ok()?;
    (tens <= 3 && value >= 1).then_some(value)
}

/// The numeral of a group heading numbered in Roman numerals on line `i`
/// of `rows` (`II. Leefstijl`, `III`, `Ad II`: see [`ROMAN_GROUP`]) with
/// the points below it counted afresh: it opens a paragraph, and the line
/// right below it is the first point of the body's own kind (`primary`,
/// lettered or numbered) starting again at `a.` or `1.`. The groups
/// number the points: `a.` under `II.` is point II.a, no item of a list
/// in the last point above.
fn roman_group_at(rows: &[&Row], i: usize, primary: Option<MarkerKind>) -> Option<String> {
    let primary = primary.filter(|p| matches!(p, MarkerKind::Letter | MarkerKind::Number))?;
    let row = rows[i];
    let t = row.text.trim();
    let c = ROMAN_GROUP.get().captures(t)?;
    let numeral = c.get(1)?.as_str();
    roman_value(numeral)?;
    let title_ok = c
        .get(2)
        .is_none_or(|title| (1..=LETTER_HEADING_WORDS).contains(&word_count(title.as_str())));
    let below = rows.get(i + 1)?;
    (row.para && title_ok && below.para && restarts_below(rows, i, primary))
        .then(|| numeral.to_string())
}

/// A topic heading lettered in capitals on a line of its own: `B.
/// Waardering en jonge mantelzorgers`, `C) Financiën`, `A:`, its title (if
/// any) a few capitalised words with no sentence's end.
pub(super) static LETTER_GROUP: StaticRegex =
    StaticRegex::new(r"^([A-Z])(?:[.)]|\s*[:\-–—])(?:\s+(\p{Lu}[^.!?;:]*))?$");

/// A topic heading named by its number on a line of its own: `Thema 2`,
/// `Onderwerp B: Vervoer`, `Deel 3 – Wonen`, its title (if any) a few
/// capitalised words with no sentence's end.
pub(super) static NAMED_GROUP: StaticRegex = StaticRegex::new(
    r"^((?i:thema|onderwerp|deel|categorie)\s+(?:\d{1,2}|[A-Z]))(?:[.)]|\s*[:\-–—])?(?:\s+(\p{Lu}[^.!?;:]*))?$",
);

/// The name of a topic heading on line `i` of `rows` with the points below
/// it counted afresh, as [`roman_group_at`] reads one in Roman numerals:
/// lettered in capitals (`B. Waardering`, see [`LETTER_GROUP`]) or named by
/// its number (`Thema 2`, see [`NAMED_GROUP`]), opening a paragraph, its
/// title a few words, and right below it, opening a paragraph, the first
/// point of the body's own kind (`primary`) starting again at `1.` or
/// `a.`. The topics number the points: `1.` under `B.` is point B.1.
fn topic_group_at(rows: &[&Row], i: usize, primary: Option<MarkerKind>) -> Option<String> {
    let primary = primary.filter(|p| matches!(p, MarkerKind::Letter | MarkerKind::Number))?;
    let row = rows[i];
    let t = row.text.trim();
    let c = LETTER_GROUP
        .get()
        .captures(t)
        .or_else(|| NAMED_GROUP.get().captures(t))?;
    let name = c.get(1)?.as_str();
    let title_ok = c
        .get(2)
        .is_none_or(|title| (1..=LETTER_HEADING_WORDS).contains(&word_count(title.as_str())));
    let below = rows.get(i + 1)?;
    (row.para && title_ok && below.para && restarts_below(rows, i, primary))
        .then(|| name.to_string())
}

/// Whether the line below line `i` of `rows` is the first point of kind
/// `primary` counted afresh: `1.` or `a.`, no lettered sub-point (`1a.`).
fn restarts_below(rows: &[&Row], i: usize, primary: MarkerKind) -> bool {
    i + 1 < rows.len()
        && marker_at(rows, i + 1).is_some_and(|m| m.kind == primary && m.value == 1 && m.sub == 0)
}

/// Whether line `i` of `rows` is a topic heading of the letter's own with
/// no number (`Waardering en jonge mantelzorgers`, a bold or capitals line
/// in the letter) over points counted afresh: a body of counted points
/// (`primary`, numbered or lettered) of which one is read (`last` its
/// number), a line that opens a paragraph, a title's shape (a few words,
/// capitalised, no sentence or lead-in punctuation at its end) that states
/// no view, closes nothing and names no part of one argument (`Toelichting`,
/// see [`ARGUMENT_PART`]), and right below it, opening a paragraph, the
/// point `1.` (or `a.`) again. A list that a point leads in to (`De raad
/// vraagt om:` / `1. ...`) has no such title above it and stays in the
/// point.
fn topic_heading_at(rows: &[&Row], i: usize, primary: Option<MarkerKind>, last: u32) -> bool {
    let Some(primary) = primary.filter(|p| matches!(p, MarkerKind::Letter | MarkerKind::Number))
    else {
        return false;
    };
    let t = rows[i].text.trim();
    title_between_points(rows, i, last)
        && !is_closing_heading(t)
        && !ARGUMENT_PART.get().is_match(t)
        && restarts_below(rows, i, primary)
}

/// Whether line `i` of `rows`, after the point numbered `last`, has the
/// shape of a title of the letter's own between its points: it opens a
/// paragraph, a few words, capitalised, no sentence or lead-in punctuation
/// at its end, no view stated, and a paragraph opens right below it (see
/// [`heading_between_points`], [`topic_heading_at`]).
fn title_between_points(rows: &[&Row], i: usize, last: u32) -> bool {
    let t = rows[i].text.trim();
    rows[i].para
        && last >= 1
        && (1..=LETTER_HEADING_WORDS).contains(&word_count(t))
        && !t.ends_with(['.', ',', ';', ':', '!', '?'])
        && t.chars().next().is_some_and(char::is_uppercase)
        && !states_view(t)
        && rows.get(i + 1).is_some_and(|n| n.para)
}

/// The number of a group heading numbered in arabic numerals on line `i`
/// of `rows` over lettered points counted afresh (`1. Bibliotheken en
/// archief` above `a.`, `b.`), as [`roman_group_at`] reads one in Roman
/// numerals: in a body whose points are lettered (`primary`), a line that
/// opens a paragraph with a plain number (`1.`, `2)`, not `1a.`) and a
/// title (a few capitalised words, no sentence or lead-in punctuation at
/// its end, no view), and right below it, opening a paragraph, the point
/// `a.`. The groups number the points: `b.` under `2.` is point 2.b.
fn numbered_group_at(rows: &[&Row], i: usize, primary: Option<MarkerKind>) -> Option<String> {
    if primary != Some(MarkerKind::Letter) {
        return None;
    }
    let row = rows[i];
    let m = marker_at(rows, i).filter(|m| m.kind == MarkerKind::Number && m.sub == 0)?;
    let t = row.text.trim();
    let title = t.get(m.len..)?.trim();
    let heading = (1..=LETTER_HEADING_WORDS).contains(&word_count(title))
        && !title.ends_with(['.', ',', ';', ':', '!', '?'])
        && title.chars().next().is_some_and(char::is_uppercase)
        && !states_view(title);
    let below = rows.get(i + 1)?;
    let restarts =
        marker_at(rows, i + 1).is_some_and(|n| n.kind == MarkerKind::Letter && n.value == 1);
    (row.para && heading && below.para && restarts).then(|| m.value.to_string())
}

/// Whether the next marker of `m`'s kind below line `i` of `rows` has
/// the next number: a list that starts at any number.
fn continued(rows: &[&Row], i: usize, m: &Marker) -> bool {
    (i + 1..rows.len())
        .find_map(|j| marker_at(rows, j).filter(|n| n.kind == m.kind))
        .is_some_and(|n| n.value == m.value + 1)
}

/// Most numbers a list of points may leave out between two points (see
/// [`skips_numbers`]).
pub(super) const MAX_SKIPPED_NUMBERS: u32 = 2;

/// Whether a point numbered `value` goes on from the last point, numbered
/// `last`, though numbers are left out (a point struck by amendment or
/// withdrawn: `1.`, `2.`, `3.`, `5.`): at most [`MAX_SKIPPED_NUMBERS`] of
/// them. [`comments_of`] takes it so only for a marker of the list's own
/// form (see [`marker_form`]) that opens a paragraph as the last point
/// did, so a number in a wrapped sentence, a date or an amount at a line's
/// start, or a nested list's item starts no point.
fn skips_numbers(last: u32, value: u32) -> bool {
    last >= 1 && value > last + 1 && value - last - 1 <= MAX_SKIPPED_NUMBERS
}

/// The form of a point's marker on `line` (`#.`, `#)`, `(#)`, `punt #:`):
/// the marker with its number (any number of digits, or a list's letter)
/// one `#`, lower-cased, without spaces.
fn marker_form(line: &str, m: &Marker) -> String {
    let t = line.trim();
    let mut out = String::new();
    for c in t.get(..m.len).unwrap_or(t).chars() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() || m.kind == MarkerKind::Letter && c.is_alphabetic() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether a paragraph that is the whole body of a letter is a point
/// however short: one sentence of at least two words (`Meer geld voor de
/// vrouwenopvang.`, `Geen windmolens!`) that frames nothing and is not
/// about the response itself with no view (`Tot zover mijn reactie.`,
/// `Zie bijlage.`). A point's marker in front (`1. Meer geld voor
/// jeugdhulp.`) is no part of the sentence.
fn whole_letter_point(text: &str) -> bool {
    let t = text.trim();
    let t = marker(t).map_or(t, |m| t.get(m.len..).unwrap_or("").trim_start());
    let about_letter = crate::text::words(t).any(|w| {
        matches!(
            w.as_str(),
            "reactie"
                | "zienswijze"
                | "brief"
                | "mail"
                | "e-mail"
                | "bericht"
                | "bijlage"
                | "bijlagen"
        )
    }) && !VIEW.get().is_match(t)
        && !REQUEST_VERB.get().is_match(t);
    word_count(t) >= 2
        && t.ends_with(['.', '!', '?'])
        && first_sentence(t).len() == t.len()
        && !is_procedural(t)
        && !about_letter
}

/// Whether the bullet on `line` (its marker `m`) is an item of a list
/// nested in the bullet point `d` read so far, as a two-level list has it
/// (`- De wachttijd is te lang:` / `  - ouders krijgen geen hulp;` / `  -
/// scholen weten niet wat te doen.`): the point leads in to it with a
/// colon, or has such items already and the last ends in `;` or `,` or
/// this one starts in lower case. The point is the top-level bullet with
/// its items, so no item loses its subject and the lead-in is not left
/// out as one.
fn nested_bullet(d: &Draft, line: &str, m: &Marker) -> bool {
    let (Some(first), Some(last)) = (d.paras.first(), d.paras.last()) else {
        return false;
    };
    let leads_in = first.trim_end().ends_with(':');
    if d.paras.len() == 1 {
        return leads_in;
    }
    let item = line.trim().get(m.len..).unwrap_or("");
    leads_in
        && (last.trim_end().ends_with([';', ',', ':'])
            || item.chars().next().is_some_and(char::is_lowercase))
}

/// Whether the bullet on `row` is nested in the bullet point `d`: indented
/// deeper than the bullet that started it (see [`NESTED_INDENT`]), or set
/// with a sign of a list's second level (`◦`, `▪`, `·`) under a point set
/// with another.
fn nested_deeper(d: &Draft, row: &Row) -> bool {
    let sign = row.text.trim_start().chars().next();
    row.indent > d.indent + NESTED_INDENT
        || row.indent + NESTED_INDENT >= d.indent
            && sign.is_some_and(|c| matches!(c, '◦' | '▪' | '·'))
            && d.bullet_sign != sign
}

/// Cuts one body into comments (ids not set).
fn comments_of(body: &[&Row]) -> Vec<Comment> {
    // A table's rows and the items of a list that is part of its lead-in's
    // sentence are lines of the paragraph above them, no points: the
    // letter's structure is read without them.
    let (own_line, carries_on) = attached_lines(body);
    let structure: Vec<&Row> = body
        .iter()
        .enumerate()
        .filter(|(i, _)| !own_line[*i] && !carries_on[*i])
        .map(|(_, r)| *r)
        .collect();
    let primary = primary_kind(&structure);
    let analyzer = crate::text::Analyzer::default();
    // Whether the line above was such a line: the next line that is not
    // one starts a paragraph of the point (`Dat is onverstandig.` below a
    // table), though no point.
    let mut sub_line_above = false;
    let mut drafts: Vec<Draft> = Vec::new();
    let mut intro = Draft::default();
    let mut current: Option<Draft> = None;
    let mut last_value = 0u32;
    // The letter of the last point's number when it was a lettered
    // sub-point (`1b.`: 2), else 0 (see [`Marker::follows`]).
    let mut last_letter = 0u32;
    // The form of the last point's marker (see [`marker_form`]) when that
    // point opened a paragraph: a point numbered a little further on in the
    // same form goes on with the list ([`skips_numbers`]).
    let mut last_form: Option<String> = None;
    // A list numbered inside a point (`1.`, `2.`, `3.` under chapter `2.`)
    // is counted apart from the points: its last number, and whether it is
    // still running (no plain paragraph since its last item).
    let mut list: Option<u32> = None;
    let mut list_running = false;
    // Whether the current point's last line belongs to a list item typed
    // on a line of its own (see `item` below).
    let mut items_running = false;
    // The number of the numbered point being read (`4.`), and the last of
    // its numbered sub-sections (`4.2 Title`) so far; the sub-section being
    // read and the last of its own sub-sections (`4.2.3 Title`).
    let mut chapter: Option<u32> = None;
    let mut last_sub = 0u32;
    let mut sub_read: Option<u32> = None;
    let mut last_subsub = 0u32;
    // Whether the point being read was typed on the line right below the
    // previous one (no blank line before its marker).
    let mut point_tight = false;
    let mut list_ended = false;
    // Whether the line before was a numbered point's chapter title (see
    // [`is_chapter_title`]): the chapter's text starts below it.
    let mut below_title = false;
    // Whether the line before was a closing heading set below a sentence
    // (see `closing_heading` below).
    let mut below_closing_heading = false;
    // A heading of the letter's own on the line before, with its page (see
    // [`heading_between_points`]).
    let mut heading_below: Option<(String, u32)> = None;
    // The numeral of the group heading the points are under (`II` of `II.
    // Leefstijl`, see [`roman_group_at`]).
    let mut group: Option<String> = None;
    for (i, row) in body.iter().enumerate() {
        if own_line[i] || carries_on[i] {
            let target = match current.as_mut() {
                Some(d) => Some(d),
                None if !intro.paras.is_empty() => Some(&mut intro),
                None => None,
            };
            if let Some(d) = target {
                if carries_on[i] {
                    d.push_line(row, &row.text, false);
                } else {
                    d.push_sub_line(row, &row.text);
                }
                sub_line_above = true;
                continue;
            }
        }
        let after_sub_line = std::mem::take(&mut sub_line_above) && !row.para;
        let m = marker_at(body, i);
        let title_above = std::mem::take(&mut below_title);
        let closing_above = std::mem::take(&mut below_closing_heading);
        // A heading of the letter's own between two points (`Hoofdstuk 3
        // Toegang tot ondersteuning` above `3.`) is no text of the point
        // above, nor a reference it makes: it opens the point below it.
        let heading_above = heading_below.take();
        // A group heading numbered in Roman numerals (`II. Leefstijl`
        // above `a.`, see [`roman_group_at`]) opens the next group: its
        // points are counted afresh and numbered by the group (`II.a`),
        // the heading opening the group's first point.
        // So does one numbered in arabic numerals over lettered points
        // (`1. Bibliotheken en archief` above `a.`, see
        // [`numbered_group_at`]).
        // So does a topic heading lettered in capitals or named by its
        // number (`B. Waardering`, `Thema 2`, see [`topic_group_at`]), and
        // one with no number at all over points numbered afresh (see
        // [`topic_heading_at`]): its points keep the numbers they have.
        let group_heading = if m.is_none() {
            roman_group_at(body, i, primary)
                .or_else(|| topic_group_at(body, i, primary))
                .map(Some)
                .or_else(|| {
                    (current.is_some() && topic_heading_at(body, i, primary, last_value))
                        .then_some(None)
                })
        } else {
            numbered_group_at(body, i, primary).map(Some)
        };
        if let Some(numeral) = group_heading {
            group = numeral;
            last_value = 0;
            last_letter = 0;
            list = None;
            list_running = false;
            heading_below = Some((row.text.clone(), row.page));
            continue;
        }
        if m.is_none()
            && current.is_some()
            && heading_between_points(body, i, primary, last_value, last_letter)
        {
            heading_below = Some((row.text.clone(), row.page));
            continue;
        }
        if m.is_none() && row.para {
            list_running = false;
        }
        // A numbered point's next sub-section heading (`4.1 Vooraf` under
        // `4. Beoordeling`) starts a point of its own: a reader takes each
        // sub-section as a point, and a long chapter is otherwise one
        // comment of thousands of words.
        // A sub-section's own next sub-section (`4.3.1` in `4.3`) likewise.
        let sub: Option<Vec<u32>> = match (primary, chapter, &m) {
            (Some(MarkerKind::Number), Some(ch), None)
                if current.is_some() && !argument_part_at(body, i) =>
            {
                // A numbered paragraph is a sub-point where the chapter
                // is only its heading or the sub-points have begun
                // (`1 Wonen` / `1.1 De raad ...`), not below the
                // chapter's own text (`1. Wonen` / `De nota ...` / `1.1
                // De telling ...` goes on with it).
                let points_begun = last_sub > 0
                    || current
                        .as_ref()
                        .is_some_and(|c| c.paras.iter().all(|p| is_heading_shape(p)));
                let at = if points_begun {
                    subpoint_at
                } else {
                    subsection_at
                };
                at(body, i, &[ch])
                    .filter(|s| *s == last_sub + 1)
                    .map(|s| vec![ch, s])
                    .or_else(|| {
                        let s = sub_read?;
                        subsection_at(body, i, &[ch, s])
                            .filter(|k| *k == last_subsub + 1)
                            .map(|k| vec![ch, s, k])
                    })
            }
            _ => None,
        };
        // A closing heading of the letter's own on a line of its own with
        // a paragraph below it (`Tot slot` over `De raad vraagt u ...`)
        // opens a part of its own, not text of the point above: kept when
        // it states a view, left out when it only closes (see the closing
        // paragraphs below).
        let closing_part = m.is_none()
            && current.is_some()
            && matches!(
                primary,
                Some(MarkerKind::Number | MarkerKind::Letter | MarkerKind::Labelled)
            )
            && row.para
            && is_closing_heading(&row.text)
            && body.get(i + 1).is_some_and(|n| n.para);
        let starts = sub.is_some()
            || closing_part
            || match (primary, &m) {
                (Some(MarkerKind::Heading), _) => {
                    is_heading_line(body, i)
                        || m.is_none()
                            && row.para
                            && own_point_under_heading(&analyzer, current.as_ref(), body, i)
                }
                (Some(MarkerKind::HeadedList), _) => {
                    is_group_heading(body, i)
                        || counted_item(body, i)
                        || is_bullet(row)
                            && own_point_under_heading(&analyzer, current.as_ref(), body, i)
                }
                // `Punt 3:` after `1.` and `2.` (or `3.` after `Punt 2:`)
                // continues the sequence: labelled and plain numbers are one
                // kind of point marker when the number is the next one.
                (Some(MarkerKind::Number), Some(m))
                    if m.kind == MarkerKind::Labelled
                        && current.is_some()
                        && m.value == last_value + 1 =>
                {
                    last_value = m.value;
                    last_letter = 0;
                    last_form = row.para.then(|| marker_form(&row.text, m));
                    true
                }
                (Some(p), Some(m)) if m.kind == p => match p {
                    MarkerKind::Number | MarkerKind::Letter | MarkerKind::Labelled => {
                        // The nested list's own next number: `3.` right after
                        // list items `1.` and `2.` under point 2 goes on with
                        // the list, not with the points; after a paragraph
                        // of its own it is the next point.
                        let next_item = current.is_some()
                            && match list {
                                None => m.value == 1,
                                Some(l) => m.value == l + 1,
                            };
                        // A number or two left out (a point struck by
                        // amendment: `3.`, then `5.`): see [`skips_numbers`].
                        let skipped = current.is_some()
                            && row.para
                            && !(next_item && list.is_some())
                            && skips_numbers(last_value, m.value)
                            && last_form.as_deref() == Some(marker_form(&row.text, m).as_str());
                        // Sequence: the next number (or one a little further
                        // on, `skipped`), or a restart at 1 is not accepted
                        // after the first point (a nested list). The first
                        // point may have any number when the next marker
                        // goes on from it (`12.`, `13.` in an addendum;
                        // `101.`, `102.`).
                        let next_point = current.is_none()
                            && (m.value <= 2 || continued(body, i, m))
                            || m.follows(last_value, last_letter)
                            || skipped;
                        let ok = next_point && !(next_item && list.is_some() && list_running);
                        if ok {
                            last_value = m.value;
                            last_letter = m.sub;
                            last_form = row.para.then(|| marker_form(&row.text, m));
                            list = None;
                            list_running = false;
                        } else if next_item {
                            list = Some(m.value);
                            list_running = true;
                        }
                        ok
                    }
                    // An item of a list nested in the bullet point above
                    // goes on with that point.
                    MarkerKind::Bullet => !current.as_ref().is_some_and(|d| {
                        d.bullet && (nested_bullet(d, &row.text[..], m) || nested_deeper(d, row))
                    }),
                    _ => true,
                },
                // The body's first line starts its first paragraph, however
                // it was set (no blank line after the salutation, a lower-case
                // word after `Geachte werkgroep,`): nothing is left before it.
                // A paragraph in lower case after a sentence's end (a letter
                // typed without capitals) opens one too; only one that
                // follows no sentence's end goes on with it. A quote below
                // its lead-in (`Op pagina 11 lees ik:` / `een kleine bus
                // die ...`, a fragment of the draft's sentence) is no part
                // of the lead-in's sentence: it opens a paragraph, which
                // [`join_quotes`] joins to the lead-in as the quote.
                (None, _) => {
                    current.is_none()
                        || row.para
                            && (!row.text.chars().next().is_some_and(char::is_lowercase)
                                || m.is_none()
                                    && i.checked_sub(1).is_some_and(|p| {
                                        body[p].text.trim_end().ends_with(['.', '!', '?'])
                                    })
                                || m.is_none()
                                    && current.as_ref().is_some_and(|d| {
                                        d.paras.len() == 1 && is_quote_lead_in(&d.paras[0])
                                    }))
                }
                // A plain paragraph after a bullet ends the bullet list.
                (Some(MarkerKind::Bullet), None) => row.para && current.is_some(),
                // And one set off below the last item of a list typed line
                // by line ends that list.
                (Some(p), None) => {
                    list_ended = point_tight
                        && row.set_off
                        && current.as_ref().is_some_and(|c| {
                            // An item, not a chapter's heading (`4. Advies`).
                            c.label.is_some()
                                && c.paras.len() == 1
                                && !is_heading_shape(&c.paras[0])
                        })
                        && ends_list(body, i, p, last_value, last_letter);
                    list_ended
                }
                _ => false,
            };
        if starts {
            list = None;
            list_running = false;
            items_running = false;
            let mut d = Draft {
                set_off: row.set_off,
                ..Draft::default()
            };
            if let Some(number) = sub {
                match number[..] {
                    [_, s] => {
                        last_sub = s;
                        sub_read = Some(s);
                        last_subsub = 0;
                    }
                    [_, _, k] => last_subsub = k,
                    _ => {}
                }
                let parts: Vec<String> = number.iter().map(u32::to_string).collect();
                d.label = Some(parts.join("."));
                // A chapter (or sub-section) with no text of its own before
                // its first sub-section (`4. Beoordeling`, then `4.1
                // Vooraf`): its headings open the sub-section's comment.
                match current.take() {
                    Some(c) if c.paras.iter().all(|p| is_heading_shape(p)) => {
                        d.page = c.page;
                        d.paras = c.paras;
                    }
                    Some(c) => drafts.push(c),
                    None => {}
                }
                if let Some((heading, _)) = heading_above {
                    d.paras.insert(0, heading);
                }
                d.push_line(row, &row.text, true);
                current = Some(d);
                point_tight = false;
                continue;
            }
            match current.take() {
                // A numbered title with nothing under it but its lettered
                // sub-points (`1. Wachttijden`, then `1a. ...`, `1b. ...`):
                // the title opens the first sub-point's comment.
                Some(c)
                    if m.as_ref().is_some_and(|m| {
                        m.sub == 1 && c.label.as_deref() == Some(m.value.to_string().as_str())
                    }) && c.paras.iter().all(|p| is_heading_shape(p)) =>
                {
                    d.page = c.page;
                    d.paras = c.paras;
                }
                Some(c) => drafts.push(c),
                None => {}
            }
            if let Some((heading, page)) = heading_above {
                d.paras.insert(0, heading);
                d.page = Some(page);
            }
            d.after_list = std::mem::take(&mut list_ended);
            point_tight = m.is_some() && !row.set_off;
            chapter = m
                .as_ref()
                .filter(|m| m.counts() && primary == Some(MarkerKind::Number))
                .map(|m| m.value);
            last_sub = 0;
            sub_read = None;
            last_subsub = 0;
            let text = match (&m, primary) {
                // A counted item under a group heading (`counted_item`).
                (Some(m), Some(MarkerKind::HeadedList)) if m.kind == MarkerKind::Bullet => {
                    d.bullet = true;
                    row.text.get(m.len..).unwrap_or("").to_string()
                }
                (Some(m), Some(p))
                    if (m.kind == p
                        || m.kind == MarkerKind::Labelled && p == MarkerKind::Number)
                        && p != MarkerKind::Heading =>
                {
                    d.label = match (&group, &m.label) {
                        (Some(g), Some(l)) if m.kind == p => Some(format!("{g}.{l}")),
                        _ => m.label.clone(),
                    };
                    d.bullet = m.kind == MarkerKind::Bullet;
                    d.indent = row.indent;
                    d.bullet_sign = row.text.trim_start().chars().next();
                    // The point's own marker stays in the text as written
                    // (`Advies 1 – ...`, `2. ...`); bullets do not.
                    if m.kind == MarkerKind::Bullet {
                        row.text.get(m.len..).unwrap_or("").to_string()
                    } else {
                        row.text.clone()
                    }
                }
                _ => row.text.clone(),
            };
            if !text.trim().is_empty() {
                d.push_line(row, &text, true);
            } else {
                d.page = Some(row.page);
            }
            below_title = d.label.is_some()
                && m.as_ref().is_some_and(|m| {
                    m.counts() && is_chapter_title(row.text.get(m.len..).unwrap_or(""))
                });
            current = Some(d);
            continue;
        }
        // A chapter's text below its title line is a paragraph of its own,
        // also when the title filled the line (`3. Mogelijkheden voor
        // verbetering van de aanpak ...` / `De deelnemers ...`): the title
        // is not glued to its first sentence.
        let after_title = title_above
            && row
                .text
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        // The heading of a closing paragraph on a line of its own after a
        // sentence's end (`... blijft volgen.` / `Tot slot` / `De raad is
        // graag bereid ...`) is a paragraph of its own, and so is the line
        // below it, also where the layout lost their breaks (a short last
        // page): it goes with the closing, not with the point above.
        let closing_heading = is_closing_heading(&row.text)
            && i.checked_sub(1)
                .is_some_and(|p| body[p].text.trim_end().ends_with(['.', '!', '?']));
        let new_para =
            row.para || after_title || closing_heading || closing_above || after_sub_line;
        below_closing_heading = closing_heading;
        // An item of a list inside the point (`1.`, `a)`, `•`) typed one
        // per line, no blank line between the items, is a paragraph of its
        // own: after a sentence or a lead-in (`... drie punten:`), or
        // after the list's previous item. A dash that a wrapped sentence
        // brings to the start of a line (`de opvang` / `– die vol zit –`)
        // follows no sentence's end and stays in the sentence.
        // A bullet nested in the bullet point being read is an item too.
        let nested = current.as_ref().is_some_and(|d| d.bullet)
            && m.as_ref().is_some_and(|m| m.kind == MarkerKind::Bullet);
        let item = current.is_some()
            && m.is_some()
            && (items_running
                || nested
                || i.checked_sub(1)
                    .is_some_and(|p| body[p].text.trim_end().ends_with(['.', '!', '?', ':', ';'])));
        if item {
            items_running = true;
        } else if row.para {
            items_running = false;
        }
        if let Some((heading, _)) = heading_above {
            match current.as_mut() {
                Some(d) => d.paras.push(heading),
                None => intro.paras.push(heading),
            }
        }
        match current.as_mut() {
            Some(d) => {
                // A page break inside a sentence continues it (an item
                // `a) ...` starts with a lower-case letter too); a paragraph
                // in lower case after a sentence's end is one of its own.
                let cont = row.text.chars().next().is_some_and(char::is_lowercase)
                    && !i
                        .checked_sub(1)
                        .is_some_and(|p| body[p].text.trim_end().ends_with(['.', '!', '?']));
                d.push_line(row, &row.text, item || new_para && !cont || after_sub_line);
            }
            None => intro.push_line(row, &row.text, new_para),
        }
    }
    if let Some(d) = current.take() {
        drafts.push(d);
    }
    // A quote from the draft with its lead-in and the reaction below it.
    if primary.is_none() {
        drafts = join_quotes(drafts);
    }
    // The formal clauses of a council's decision, amendment or motion
    // (see [`without_formalities`]) are no part of a point.
    for d in &mut drafts {
        d.paras = d
            .paras
            .iter()
            .map(String::as_str)
            .filter_map(without_formalities)
            .collect();
    }
    drafts.retain(|d| !d.paras.is_empty());
    // The explanation of a point under its own heading (`Toelichting:`,
    // `Motivering:`, as an amendment gives one below what it changes)
    // goes with the point it explains, and so does the paragraph below
    // such a heading on a line of its own.
    let mut explained: Vec<Draft> = Vec::new();
    let mut below_heading = false;
    for d in drafts {
        let heads = d.paras.first().is_some_and(|p| is_explanation(p));
        match explained.last_mut() {
            Some(prev) if heads || below_heading => {
                below_heading = heads && d.paras.len() == 1 && word_count(&d.paras[0]) <= 2;
                prev.paras.extend(d.paras);
            }
            _ => {
                below_heading = false;
                explained.push(d);
            }
        }
    }
    let mut drafts = explained;
    intro.paras = intro
        .paras
        .iter()
        .map(String::as_str)
        .filter_map(without_formalities)
        .collect();
    for d in &mut drafts {
        mark_quotes_in(&mut d.paras);
    }
    // The introduction: only its paragraphs that state a view.
    let mut out_drafts: Vec<Draft> = Vec::new();
    let points: Vec<String> = drafts
        .iter()
        .filter(|d| d.label.is_some())
        .map(Draft::text)
        .collect();
    let intro_paras: Vec<String> = intro
        .paras
        .iter()
        .enumerate()
        .filter(|(k, p)| {
            let above = k.checked_sub(1).map(|a| intro.paras[a].as_str());
            // An opening that only introduces the points (see
            // [`introduces_points`]), the letter's title line (see
            // [`is_letter_title`]), a summary of the points below (see
            // [`summarises_points`]).
            let left_out = is_procedural(p)
                || introduces_points(p)
                || is_heading_shape(p)
                || *k == 0 && is_letter_title(p)
                || summarises_points(above, p, &points);
            is_quote_lead_in(p) || !left_out && (word_count(p) >= 6 || short_view(p))
        })
        .map(|(_, p)| p.clone())
        .collect();
    // A lead-in with nothing after it leads in to nothing.
    let mut intro_paras = intro_paras;
    if intro_paras.last().is_some_and(|p| is_quote_lead_in(p)) {
        intro_paras.pop();
    }
    mark_quotes_in(&mut intro_paras);
    if !intro_paras.is_empty() && primary.is_some() {
        // One point, except that a paragraph opening with a word that
        // counts the writer's points (`Ten eerste`, `Ten tweede`,
        // `Daarnaast`) starts another.
        for p in intro_paras {
            match out_drafts.last_mut() {
                Some(d) if !ENUMERATING_OPENER.get().is_match(&p) => d.paras.push(p),
                _ => out_drafts.push(Draft {
                    page: intro.page,
                    paras: vec![p],
                    ..Draft::default()
                }),
            }
        }
    }
    // Closing paragraphs after the last point are not part of it.
    if let Some(last) = drafts.last_mut() {
        // A list item (`3. Wij denken graag mee.`) is the point's own.
        let mut closed = false;
        while let Some(p) = last.paras.last().filter(|_| last.paras.len() > 1) {
            if is_procedural(p) && marker(p).is_none() || is_motto(p) {
                last.paras.pop();
                closed = true;
            } else if closed && is_closing_heading(p) {
                // The heading of the closing paragraph (`Tot slot` above
                // `De raad is graag bereid ... toe te lichten.`) goes with
                // the paragraph below it.
                last.paras.pop();
            } else {
                break;
            }
        }
        // A last chapter that held only the closing (`4. Tot slot` above
        // `Wij werken graag mee ...`): its title alone is no point.
        let title = last.text();
        if closed && last.paras.len() == 1 && is_heading_shape(&title) && !states_view(&title) {
            drafts.pop();
        }
    }
    // In a list whose points are each one paragraph, a paragraph set off
    // below the last point is a point of its own when it states a view
    // and does not go on with that point (see [`own_paragraph_below`]).
    if let Some(own) = own_paragraph_below(&mut drafts, primary) {
        drafts.push(own);
    }
    // A body of one paragraph and nothing else: the letter's one point.
    let whole_letter = primary.is_none() && drafts.len() == 1 && drafts[0].paras.len() == 1;
    let analyzer = crate::text::Analyzer::default();
    let count = drafts.len();
    // The points' texts, for a chapter that summarises the others.
    let point_texts: Vec<Option<String>> = drafts
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let framing = k == 0 && framing_chapter(&d.paras);
            d.label.as_ref().filter(|_| !framing).map(|_| d.text())
        })
        .collect();
    // Whether the draft before was kept (a point, or part of one).
    let mut kept_above = false;
    for (i, d) in drafts.into_iter().enumerate() {
        let text = d.text();
        let was_kept_above = std::mem::take(&mut kept_above);
        // A motto closing a letter without markers (see [`is_motto`]).
        if primary.is_none() && i + 1 == count && i > 0 && is_motto(&text) {
            continue;
        }
        if d.after_list {
            // Below the list: a view of its own is a point (`Ik voeg daar
            // aan toe dat ...`); closing words are left out; what goes on
            // with the last item (`Dat nummer ...`) or states no view stays
            // with it.
            if is_procedural(&text) || is_motto(&text) && i + 1 == count {
                continue;
            }
            match out_drafts.last_mut() {
                Some(prev)
                    if !states_view(&text) || refers_back(&analyzer, &prev.text(), &text) =>
                {
                    prev.paras.extend(d.paras)
                }
                _ => out_drafts.push(d),
            }
            kept_above = true;
            continue;
        }
        let keep = if primary.is_none() {
            // The letter's first paragraph only introduces the paragraphs
            // below (see [`introduces_points`]) when it frames the letter
            // besides (`Wij reageren graag op de agenda. Wij waarderen ...
            // en hebben de volgende opmerkingen.`): without a marker, a
            // stance alone may be the letter's point.
            let opening = i == 0 && introduces_points(&text) && sentences(&text).any(is_procedural);
            let left_out = is_procedural(&text)
                || i == 0 && is_letter_title(&text)
                || opening
                || adds_nothing(&text);
            word_count(&text) >= 6 && !left_out
        } else {
            // A numbered point in a list of points is a point however
            // short (`3. Sneller.`), and so is a bullet (`- Inleiding:
            // eens.`, the marker not in the text): a position the memo
            // answers.
            let least = if d.bullet {
                1
            } else if d.label.is_some() {
                2
            } else {
                3
            };
            // Only the letter's first chapter can be its introduction.
            let others: Vec<String> = point_texts
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != i)
                .filter_map(|(_, t)| t.clone())
                .collect();
            let left_out = d.label.is_none() && is_procedural(&text)
                || adds_nothing(&text)
                || i == 0 && framing_chapter(&d.paras)
                || d.label.is_some() && summary_chapter(&d.paras, &others);
            word_count(&text) >= least && !left_out
        };
        kept_above = true;
        if keep {
            out_drafts.push(d);
        } else if primary.is_none() && short_view(&text) && !is_procedural(&text) {
            // A short paragraph that states a view (`Ik mis de sportclubs.`,
            // `De folder is te moeilijk.`, `Dat moet anders.`) is never left
            // out: it adds to the point before it when it goes on with it
            // (`Dit is echt onverstandig.`, see [`goes_on`]), else it is one
            // of its own.
            match out_drafts.last_mut() {
                Some(prev) if goes_on(&analyzer, &prev.text(), &text) => prev.paras.extend(d.paras),
                _ => out_drafts.push(d),
            }
        } else if whole_letter && whole_letter_point(&text) {
            out_drafts.push(d);
        } else if let Some(prev) = out_drafts.last_mut().filter(|_| {
            primary.is_none()
                && was_kept_above
                && !d.set_off
                && text.trim_end().ends_with(['.', '!', '?'])
                && content_words(&text) >= 2
                && !is_procedural(&text)
                && !is_motto(&text)
        }) {
            // A short sentence read as a paragraph of its own only by its
            // line (a letter typed a sentence a line, no blank line above
            // it: `Verder vind ik de folder te moeilijk.` / `Schrijf hem in
            // eenvoudige taal.`) goes on with the point above it: never
            // left out.
            prev.paras.extend(d.paras);
        } else {
            kept_above = false;
        }
    }
    if primary.is_none() {
        out_drafts = join_elaborations(out_drafts);
    }
    // Headings alone (a title with nothing under it) join the next comment.
    let mut comments: Vec<Comment> = Vec::new();
    let mut pending: Option<Draft> = None;
    for mut d in out_drafts {
        if let Some(p) = pending.take() {
            let mut paras = p.paras;
            paras.append(&mut d.paras);
            d.paras = paras;
            d.page = p.page.or(d.page);
            d.label = d.label.or(p.label);
        }
        if primary.is_none() && d.paras.len() == 1 && is_heading_shape(&d.paras[0]) {
            pending = Some(d);
            continue;
        }
        comments.push(d.into_comment());
    }
    // A question with nothing after it (`Waarom doen de sportclubs niet
    // mee?`) was no heading: it asks something.
    if let Some(d) = pending.filter(|d| d.text().trim_end().ends_with('?')) {
        comments.push(d.into_comment());
    }
    comments
}
