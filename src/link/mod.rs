//! Stage 4, link: each comment's sections in the consultation draft, best
//! first, with a score and a reason.
//!
//! Four kinds of evidence, strongest first:
//!
//! 1. **references**: `paragraaf 5.1`, `§ 5.1`, `par. 5.1`, `hoofdstuk 6`,
//!    `bijlage 1`, ranges and lists (`5.1 t/m 5.3`, `hoofdstukken 3 en 4`),
//!    and bare numbers like `5.2` when such a section exists and the number
//!    is not an amount, percentage or date ([`refs`]);
//! 2. **quotes**: text in quotation marks, and long unquoted runs, found in
//!    the draft by word-level approximate matching with prefix and suffix
//!    kept for re-anchoring ([`anchor`]);
//! 3. **pages**: `pag. 13`, `p. 13-14`, `pagina's 13 en 14`, `blz. 13 t/m
//!    14` resolved through the sections' page spans (through printed page
//!    numbers when known): the sections on those pages, ranked by the
//!    comment's words or, without them, by their text there; not used when
//!    the pages hold more than half of the draft's sections;
//! 4. **topic**: BM25 (k1 1.2, b 0.5) over stemmed section texts plus
//!    character 4-grams for compounds ([`topic`]); a section whose title's
//!    distinctive words the comment uses ranks higher (`de titel noemt
//!    "monitoring"`).
//!
//! Weaker forms of the first kind: a section title named in the comment,
//! and `in de bijlage` without a number (the appendices, the topic deciding
//! which).
//!
//! A subsection's topical evidence lends part of its score to its parent
//! (`ook onderwerp van subparagraaf 5.2.2`), and a heading without text
//! of its own whose title words the comment uses is linked too, after the
//! sections whose text the comment matches (unless the comment refers to
//! a section above it).
//!
//! Evidence per section combines as a noisy-or of the scores; the list is
//! sorted by score, a chapter heading without text of its own just below
//! its best linked subsection. A comment whose best topical match covers too little
//! of its content gets no topical link, so a comment about nothing in the
//! draft gets no link at all. The thresholds are constants below, chosen on
//! the evaluation sets in `tests/eval/` (see BENCHMARKS.md).

pub mod anchor;
pub mod eval;
pub mod names;
pub mod refs;
pub mod topic;

use std::collections::HashMap;

use crate::model::{Comment, Link, LinkReason, Quote, Version};

/// How a link's reason says that the reference names a part this version
/// lacks and the link goes to the nearest part it has (`verwijst naar
/// "paragraaf 3.4" (niet in deze versie; dichtstbijzijnde: 3)`).
pub const NEAREST_PART_NOTE: &str = "niet in deze versie; dichtstbijzijnde:";

/// Score of a link from an explicit reference with a word (`paragraaf 5.1`).
pub const REFERENCE_SCORE: f32 = 0.95;
/// Score of each section in a range or list of three or more
/// (`hoofdstukken 4 t/m 6`).
pub const BROAD_REFERENCE_SCORE: f32 = 0.7;
/// Score of a link from a bare number (`5.1`).
pub const BARE_REFERENCE_SCORE: f32 = 0.8;
/// Share of a reference's score its nearest section gets when the draft
/// does not have the section it names (`paragraaf 3.4` → chapter `3`):
/// below a topical link the comment's words make
/// ([`TOPIC_MAX`]), as the chapter is a guess.
pub const MISSING_SECTION_PARENT_SHARE: f32 = 0.6;
/// Quotes found with at least this similarity (0..1) are anchored.
pub const QUOTE_FLOOR: f32 = 0.75;
/// Unquoted runs of the comment must match the draft at least this well.
pub const RUN_FLOOR: f32 = 0.85;
/// A page reference narrows the choice only when its pages hold at most
/// this share of the draft's sections (a text file read as one page
/// holds them all: no evidence).
pub const PAGE_MAX_SHARE: f32 = 0.5;
/// A page reference's reason names at most this many of the sections on
/// its pages.
const PAGE_LISTED: usize = 8;
/// A topical reason names at most this many of the words the comment
/// shares with the section.
const REASON_WORDS: usize = 4;
/// Score of the one section on the pages a comment refers to (when the
/// comment shares no word with it but matches another section confidently,
/// [`PAGE_SHARE_SCORE`]: `Op pagina 11 van de pdf-versie staat wat er in
/// het kindpakket komt` about the section on printed page 6; on the
/// twenty-two evaluation sets the other ten such references share words
/// with their section).
pub const PAGE_SCORE: f32 = 0.8;
/// Score of a section on the referred pages that shares words with the
/// comment, plus up to [`PAGE_TOPIC_RANGE`] as its topical score relative
/// to the best section there.
pub const PAGE_TOPIC_SCORE: f32 = 0.5;
/// See [`PAGE_TOPIC_SCORE`].
pub const PAGE_TOPIC_RANGE: f32 = 0.35;
/// Score of a section on the referred pages when the comment shares words
/// with none of them, plus up to [`PAGE_SHARE_RANGE`] as its text there
/// relative to the section with the most: an explicit reference, so a
/// link, but below one the comment's words confirm.
pub const PAGE_SHARE_SCORE: f32 = 0.45;
/// See [`PAGE_SHARE_SCORE`].
pub const PAGE_SHARE_RANGE: f32 = 0.3;
/// Share of a topical link's score left when the comment refers only to
/// parts the draft does not have.
const ELSEWHERE_SHARE: f32 = 0.5;
/// Highest score a purely topical link gets.
pub const TOPIC_MAX: f32 = 0.7;
/// Least topical strength for a topical link: the best passage's BM25
/// score as a share of the score a passage holding every content word of
/// the comment would get ([`topic::Ranking::ideal`]). Below it the comment
/// shares too little with the draft to be about any part of it.
///
/// Chosen on the three development sets (sample, Haaglanden, Hollands
/// Midden) as the value that gets the most comments right (top-1 right
/// plus off-topic comments left unlinked): comments in plain words
/// (`degene die slaat` for `pleger`) score 0.054–0.103 and comments about
/// nothing in the draft 0.048–0.141, so no value separates the two; 0.105
/// (fitted on two sets) left a third of the Hollands Midden comments
/// without a link. Checked once on the held-out `hlt` set: top-1 0.593 →
/// 0.815, one of its three off-topic comments now linked (BENCHMARKS.md).
pub const TOPIC_MIN_STRENGTH: f32 = 0.065;
/// A comment in everyday words that reaches the groups of related terms
/// ([`topic::Ranking::related_reached`]) through at least
/// [`TOPIC_RELATED_MIN_REACHED`] of its words or phrases is about the
/// field even when its strength is below [`TOPIC_MIN_STRENGTH`]: it gets
/// topical links (suggestions only, as below
/// [`TOPIC_CONFIDENT_STRENGTH`]) from this strength. Residents' stories
/// (`tien dagen het huis uit`, `haar pinpas`, `de buren ... geschreeuw`)
/// scored 0.037–0.064 and reached two to seven groups; the comments
/// about nothing in the draft scored as low but reached at most one
/// (street lighting, a bus stop, a football club's rules), except an
/// aside, which gets no topical link anyway. On the eight evaluation sets
/// (2026-12-02): top-1 0.805 → 0.816, recall@3 0.817 → 0.841, no-link
/// rate unchanged (16/21); lowering [`TOPIC_MIN_STRENGTH`] itself to
/// 0.035 gave 0.820 / 0.845 but linked two of those comments (14/21).
/// 0.03 gave the same as 0.035, 0.04 and 0.045 less; three groups gave
/// 0.812 / 0.834 (BENCHMARKS.md).
pub const TOPIC_RELATED_MIN_STRENGTH: f32 = 0.035;
/// See [`TOPIC_RELATED_MIN_STRENGTH`].
pub const TOPIC_RELATED_MIN_REACHED: usize = 2;
/// Below this strength a topical link is a suggestion
/// ([`LinkReason::WeakTopic`], "zwakke overeenkomst"): shown to the working
/// group, but a comment linked only so is filed under "Algemeen" in the
/// public memo. The former threshold for any topical link: on the first two
/// evaluation sets every comment about nothing in the draft scored below
/// it, but a third of the Hollands Midden comments did too.
pub const TOPIC_CONFIDENT_STRENGTH: f32 = 0.105;
/// Strength at which a topical link gets [`TOPIC_MAX`].
pub const TOPIC_FULL_STRENGTH: f32 = 0.35;
/// A topical link resting on a single shared word needs at least this
/// strength (about three times [`TOPIC_MIN_STRENGTH`]): one rare word the
/// comment and a short section share (`ervaringsdeskundigen`) is evidence
/// when it carries much of the comment's weight. On the evaluation sets
/// any value from 0.15 to 0.21 gave the same links; 0.2 keeps a margin to
/// the off-topic comments (at most 0.099).
pub const TOPIC_SINGLE_WORD_STRENGTH: f32 = 0.2;
/// [`TOPIC_SINGLE_WORD_STRENGTH`] for a shared word that the section's
/// title holds: a confident match ([`TOPIC_CONFIDENT_STRENGTH`]).
pub const TOPIC_SINGLE_TITLE_WORD_STRENGTH: f32 = TOPIC_CONFIDENT_STRENGTH;
/// A comment of fewer words than this is a short remark, and its leading
/// section must share two words with it that are no general words
/// ([`topic::Ranking::content`]): a short aside about something else
/// (`Verder wil ik kwijt dat het gras langs de dijk te laat gemaaid
/// wordt`) meets a section through one word of its own and a general word
/// (`langs`). A longer passage tells its subject in many everyday words,
/// so one word of its own besides general words is the usual match there
/// (`De raad ziet dat inwoners steeds langer moeten wachten op ...`, 42
/// words). On the evaluation sets any value from 34 to 36 left top-1 and
/// recall@3 as they were and unlinked 10 of the 39 comments about nothing
/// still linked; 30 unlinked 7, 40 and 43 lost correct first links
/// (Haaglanden QA32, Hollands Midden).
pub const TOPIC_LEAD_ASIDE_WORDS: usize = 35;
/// Highest score of an appendix from `in de bijlage` without a number
/// (times its topical score relative to the best appendix).
pub const APPENDIX_MENTION_SCORE: f32 = 0.8;
/// Score of a link from a section title named in the comment.
pub const TITLE_SCORE: f32 = 0.75;
/// Other sections are proposed when their BM25 score is at least this
/// share of the best one. Chosen on the evaluation sets: a second labelled
/// section often scores only 0.2–0.4 of the best one (a comment on the
/// time-out facility touches the house ban too), and 0.5 missed them;
/// below 0.2 nothing more was gained (see BENCHMARKS.md).
pub const TOPIC_RELATIVE: f32 = 0.2;
/// Score of a heading without text of its own (`3.2 Uitgangspunten`,
/// followed by `3.2.1`) whose distinctive title words the comment all uses
/// (`per uitgangspunt`), when the comment is topical at all: weaker than a
/// title phrase named ([`TITLE_SCORE`]), as one stem is matched more
/// easily. On the evaluation sets one labelled comment has this case (the
/// Haaglanden draft has no such headings); 0.5 ranks it in the top three,
/// 0.4 does not. Outside a chapter the comment refers to, such a link
/// comes after every other one ([`Linker::title_words_only`]): on the
/// twenty-six evaluation sets (2026-12-08) such a link was made 25 times,
/// none of them labelled, three times above a labelled section (once
/// first: `7 Samenwerking` by `samenwerking`), while the one labelled
/// container link (`in hoofdstuk 3 per uitgangspunt`) is under a chapter
/// referred to.
pub const CONTAINER_TITLE_SCORE: f32 = 0.5;
/// Share of a subsection's topical score its parent gets (when the parent
/// has text of its own). Chosen on the evaluation sets: on the first
/// five 0.2 to 0.5 gave the same links (a parent labelled second, ranked
/// fourth or fifth, moved up) and 0.7 put parents before their
/// subsection; on all eight (2026-12-02) 0.2 gave recall@3 0.812 →
/// 0.816 against 0.3 (hm-burgers and sample: a second topic of the
/// comment's own no longer pushed to fourth by the parent), 0.1 and 0
/// the same as 0.2. A parent lending to its subsections gained nothing
/// (0.2, 0.3) or lost a labelled section (0.4).
pub const PARENT_SHARE: f32 = 0.2;
/// A section the comment refers to (`In hoofdstuk 6 lees ik dat
/// waterstof ...`) yields the first place to the one of its subsections
/// whose words the comment uses most, when that subsection matches at
/// least this share of the comment's best topical score (and better than
/// the referred section's own text, through at least
/// [`REFERRED_PART_MIN_WORDS`] words): see [`Linker::referred_parts`].
/// On the thirteen evaluation sets (2026-12-06) any value from 0 to 0.8
/// gave the same links (top-1 0.823 → 0.828: three points of bw-mo-qa33
/// and merwestroom-energie-qa37 now first at their subsection), 0.9 and
/// 1.0 one point less (a subsection at 0.83 of an appendix sharing the
/// same words); 0.5 is the middle of that range.
pub const REFERRED_PART_MIN_REL: f32 = 0.5;
/// A chapter linked by its words yields its first place to a subsection
/// sharing as many of the comment's own words that scores at least this
/// share of the chapter's topical score (see
/// [`Linker::chapters_yielding`]).
pub const CHAPTER_YIELD_MIN_REL: f32 = 0.5;
/// See [`REFERRED_PART_MIN_REL`]: one shared word (`veilig`) is met in any
/// subsection. Counted are the comment's own words, not the related
/// terms they reach.
const REFERRED_PART_MIN_WORDS: usize = 2;
/// A referred section with text of its own also yields its first place to
/// a subsection sharing fewer of the comment's own words (at least one)
/// or scoring below [`REFERRED_PART_MIN_REL`] of the best section, when
/// that subsection matches the comment at least this many times as well
/// as the referred section's own text, shares every own word of the
/// comment that text shares (and is a topical link itself,
/// [`TOPIC_RELATIVE`]): `de regionale monitor (hoofdstuk 11)` about the
/// monitor a subsection describes, or `in hoofdstuk 9 ook opnemen dat`
/// about the new buildings its first paragraph plans while a section of
/// another chapter matches best. The chapter's own text only leads in, so
/// a subsection that far ahead of it is where the comment points.
pub const REFERRED_PART_CLEAR_RATIO: f32 = 1.5;
/// Weight in the order after the first link of an appendix or the front
/// matter linked by topic only (see
/// [`Linker::secondary_support_below_body`]). At the places after the
/// first, such a link was a labelled section 18 times in 181 on the
/// thirteen evaluation sets, a body section 166 times in 836. Measured
/// there (2026-12-06; recall@3 overall, top-1 unchanged at 0.828 by
/// construction): 1 0.839, 0.9 0.842, 0.8 0.844 (hlt 0.790 → 0.772),
/// 0.7 and 0.6 0.845 (haaglanden 0.958 → 0.988, haaglanden-qa32 0.693 →
/// 0.722, merwestroom-energie-qa37 0.874 → 0.883,
/// vechtstreek-woonagenda-qa35 0.743 → 0.751, no set lower), 0.5 0.843
/// (hollandsmidden and uitvoeringsplan2019 lower), 0.3 0.842. The middle
/// of the flat range.
pub const SECONDARY_SUPPORT_WEIGHT: f32 = 0.65;
/// An introduction (`1 Inleiding`, `1.1 Aanleiding en doel`, see
/// [`is_introduction`]) linked by topic only yields the first place to
/// the best other link scoring at least this share of its score: it
/// sketches every subject of the draft (the reasons for it, the figures,
/// what the chapters say), so it shares words with a comment about any
/// of them, while the chapter on that subject is what the comment is
/// about. The scores, and the order after the first, stay as they are.
/// On the sixteen evaluation sets (2026-12-07) an introduction was the
/// first link 17 times, 5 of them labelled, and at the second or third
/// place 113 times, 2 of them labelled. Measured there (top-1 overall;
/// recall@3 0.869, precision@3 0.412 and no-link 41/58 at each): 1
/// (off) 0.856, 0.8 0.860 (lg-mobiliteit-qa35 +3), 0.6, 0.5 and 0.3
/// 0.863 (haaglanden-qa32 and hg-pdf +1 each as well); no set lower.
/// Weighing an introduction's topical score itself (0.9 to 0) gave the
/// same top-1 and recall@3 up to 0.875, but pushed haaglanden's one
/// comment labelled with its introduction second (`170.000 ouderen`)
/// out of the first three, below that set's recall@3 floor.
pub const INTRODUCTION_FIRST_SHARE: f32 = 0.5;
/// At most this many links per comment.
pub const MAX_LINKS: usize = 5;

/// Whether a section's title says it introduces the document
/// (`Inleiding`, `Aanleiding en doel`, `Introductie`): its first word.
/// The sections under it keep their subject (`1.2 Totstandkoming en
/// proces`), and so does front matter titled so (`0 Inleiding`, which
/// has the front matter's weight) or an appendix.
pub(crate) fn is_introduction(section: &crate::model::Section) -> bool {
    !crate::model::is_front_matter(&section.number)
        && !section.number.starts_with("Bijlage")
        && crate::text::words(&section.title).next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "inleiding" | "introductie" | "aanleiding" | "introduction"
            )
        })
}

/// A chapter with subsections and fewer words of its own than this only
/// leads in to them (`In dit hoofdstuk beschrijven we de landelijke
/// ontwikkelingen, de cijfers ... en wat inwoners ons hebben verteld.`):
/// see [`Linker::prefer_subsections`].
pub const LEAD_IN_WORDS: usize = 40;

/// Weight of a chapter linked by topic only below one of its own
/// subsections (see [`Linker::demote_parents`]).
pub const PARENT_BELOW_CHILD: f32 = 0.3;

/// A comment that says at its start that it is about something else than
/// the draft (`Los van de visie: ...`, `... een verzoek dat los staat van
/// deze visie`, `Dan nog iets anders.`, `Tot slot nog iets heel anders.`,
/// `En nu ik u toch schrijf: ...`, `Een ander punt, dat er misschien niet
/// helemaal bij hoort: ...`) gets no link by topic: the words it shares
/// with the draft are a coincidence. What it names explicitly (a
/// paragraph, a page, a quote) is still linked.
static ASIDE: crate::text::StaticRegex = crate::text::StaticRegex::new(
    r"(?i)\b(los van (de|deze|het|dit) (inhoud|visie|regiovisie|plan|uitvoeringsplan|nota|concept|conceptvisie|stuk|stukken)\b|(staat|staan|valt|vallen) (hier )?(geheel |helemaal |eigenlijk )?(los van|buiten) (de|deze|het|dit) (inhoud|visie|regiovisie|plan|uitvoeringsplan|nota|concept|stuk|onderwerp)\b|los (staat|staan) van (de|deze|het|dit) (inhoud|visie|regiovisie|plan|uitvoeringsplan|nota|concept|stuk|onderwerp)\b|nog (iets|een punt|wat) (heel |geheel |totaal |compleet |echt )?anders\b|nu (ik|wij|we) (u |jullie |je )?toch (schrijf|schrijven|mail|mailen)\b|(dat|wat) (er |hier )?(misschien |eigenlijk )?niet (helemaal |direct |echt )?(hier)?bij (hoort|past)\b|buiten (het kader|de reikwijdte) van (de|deze|het|dit) (visie|regiovisie|plan|uitvoeringsplan|nota)\b|(heeft|hebben) (niets|weinig) (te maken )?met (de|deze|het|dit) (visie|regiovisie|plan|uitvoeringsplan|nota) (te maken)?)",
);

/// Words at the start of a comment in which it may say that it is an
/// aside ([`ASIDE`]).
const ASIDE_LEAD_WORDS: usize = 30;

/// Whether `text` declares at its start that it is not about the draft.
fn is_aside(text: &str) -> bool {
    let lead: String = text
        .split_whitespace()
        .take(ASIDE_LEAD_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    ASIDE.get().is_match(&lead)
}

/// A request to add a part to the draft (`Neem in hoofdstuk 3 een
/// paragraaf op over ...`, `Voeg aan hoofdstuk 5 een aparte paragraaf
/// toe`, `... een nieuwe paragraaf op te nemen`): the section it names is
/// where the new text goes, and the subsection sharing the comment's
/// words describes what is there already, so the referred section does
/// not yield its place to it ([`Linker::referred_parts`]).
static NEW_PART: crate::text::StaticRegex = crate::text::StaticRegex::new(
    r"(?i)\b(neem|nemen|voeg|voegen)\b[^.?!]{0,60}\b(een|nieuwe|aparte|extra|eigen)\s+(sub)?(paragraaf|hoofdstuk|alinea)\b[^.?!]{0,80}\b(op|toe)\b|\b(een|nieuwe|aparte|extra|eigen)\s+(sub)?(paragraaf|hoofdstuk|alinea)\b[^.?!]{0,80}\b(op te nemen|opnemen|toe te voegen|toevoegen)\b",
);

/// Whether `text` asks for a new part of the draft ([`NEW_PART`]).
fn asks_new_part(text: &str) -> bool {
    NEW_PART.get().is_match(text)
}

/// The quote a comment opens with as its place: `Bij "..."` (also after
/// `Pagina 3, `), up to its closing `":`.
fn place_quote(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let t = match t.strip_prefix("Pagina ") {
        Some(rest) => {
            let digits = rest.find(|c: char| !c.is_ascii_digit())?;
            rest[digits..].strip_prefix(", bij ")?
        }
        None => t.strip_prefix("Bij ")?,
    };
    let quoted = t.strip_prefix('"')?;
    let end = quoted.find("\":")?;
    Some(&quoted[..end])
}

/// A sentence that asks for something: opens with a request (`Zorg dat`,
/// `Er moet`, `Graag`, `Ik vraag`) or asks a question.
static REQUEST: crate::text::StaticRegex = crate::text::StaticRegex::new(
    r"(?i)^\W*(zorg|maak|geef|regel|bied|help|laat|er moet|er moeten|er mag|er mogen|ik wil|wij willen|we willen|ik vraag|wij vragen|we vragen|ik hoop|wij hopen|we hopen|graag|kunnen|kan|kunt|meer van)\b|\?\s*$",
);

/// Least sentences of a comment read as a story that ends in a request
/// ([`request_tail`]).
const STORY_MIN_SENTENCES: usize = 3;

/// The end of a story-like comment (at least [`STORY_MIN_SENTENCES`]
/// sentences) from the sentence before its last request ([`REQUEST`]) on:
/// what a resident asks after telling what happened to them. `None` when
/// no sentence after the first asks for anything.
fn request_tail(text: &str) -> Option<&str> {
    let mut starts: Vec<usize> = vec![0];
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') && bytes.get(i + 1).is_some_and(|b| b.is_ascii_whitespace())
        {
            let next = text[i + 1..]
                .find(|c: char| !c.is_whitespace())
                .map(|k| i + 1 + k);
            if let Some(n) = next {
                starts.push(n);
            }
        }
    }
    if starts.len() < STORY_MIN_SENTENCES {
        return None;
    }
    let sentence = |k: usize| {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        &text[starts[k]..end]
    };
    let last = (1..starts.len())
        .rev()
        .find(|&k| REQUEST.get().is_match(sentence(k).trim_end()))?;
    Some(&text[starts[last - 1]..])
}

/// Whether a topical ranking is strong enough for a topical link at all
/// (see [`Linker::add_topic`]).
fn links_by_topic(topical: &topic::Ranking) -> bool {
    let Some(&(_, top)) = topical.order.first() else {
        return false;
    };
    let strength = if topical.ideal > 0.0 {
        top / topical.ideal
    } else {
        0.0
    };
    strength >= TOPIC_MIN_STRENGTH
        || strength >= TOPIC_RELATED_MIN_STRENGTH
            && topical.related_reached >= TOPIC_RELATED_MIN_REACHED
}

/// Whether a topical ranking's best section is a confident match.
fn confident(topical: &topic::Ranking) -> bool {
    topical.ideal > 0.0
        && topical
            .order
            .first()
            .is_some_and(|&(_, s)| s / topical.ideal >= TOPIC_CONFIDENT_STRENGTH)
}

/// An index over the sections of the consultation draft, built once.
pub struct Linker<'a> {
    draft: &'a Version,
    topic: topic::TopicIndex,
    anchor: anchor::Anchorer<'a>,
    /// Printed page label → physical page, when the extractor read them.
    printed: HashMap<String, u32>,
    /// Per section: normalised title phrases that name it, whether the
    /// phrase is the whole title, and the phrase between spaces (as it is
    /// sought in a comment).
    titles: Vec<Vec<(String, bool, String)>>,
    /// Sections numbered by a label of their own (`Maatregel 2`): section,
    /// the normalised label between spaces, and the reason of a link.
    labels: Vec<(usize, String, String)>,
    /// Per section: the words of its text.
    words: Vec<usize>,
    /// Per section: a heading with subsections and (almost) no text of
    /// its own.
    containers: Vec<bool>,
    /// Per section: the sections over it that name it with its title, when
    /// another section has the same title (see [`title_paths`]).
    paths: Vec<Vec<usize>>,
    /// Per section: the content words of its title, normalised.
    title_words: Vec<Vec<String>>,
    /// Sections that are a named part of the document (see
    /// [`document_parts`]), with that name.
    parts: Vec<(usize, &'static str)>,
}

/// Names of the parts of a policy document that are no topic of their
/// own: a comment naming one (`In de samenvatting staat ...`, `het
/// voorwoord`) is about that part. Normalised, one word each.
const DOCUMENT_PARTS: &[&str] = &[
    "samenvatting",
    "managementsamenvatting",
    "voorwoord",
    "leeswijzer",
    "summary",
    "preface",
];

/// The sections that are a named part of the document ([`DOCUMENT_PARTS`]):
/// one titled so (`Samenvatting`), or the front matter (section `0`,
/// titled with the document's title) under whose title block a line with
/// only that name opens the part (`Samenvatting` after the title page). A
/// name that titles a section is that section's only.
fn document_parts(draft: &Version) -> Vec<(usize, &'static str)> {
    let mut out: Vec<(usize, &'static str)> = Vec::new();
    for (i, s) in draft.sections.iter().enumerate() {
        let title = crate::ids::normalize(&s.title);
        if let Some(p) = DOCUMENT_PARTS.iter().find(|p| **p == title) {
            out.push((i, p));
        }
    }
    if let Some(i) = draft.sections.iter().position(|s| s.number == "0") {
        for line in draft.sections[i].text.lines() {
            let line = crate::ids::normalize(line);
            if let Some(p) = DOCUMENT_PARTS.iter().find(|p| **p == line) {
                if !out.iter().any(|(_, q)| q == p) {
                    out.push((i, p));
                }
            }
        }
    }
    // A name several sections have (`Samenvatting` closing each chapter)
    // names none of them.
    let once: Vec<(usize, &'static str)> = out
        .iter()
        .filter(|(_, p)| out.iter().filter(|(_, q)| q == p).count() == 1)
        .copied()
        .collect();
    once
}

/// Evidence for one section, collected before ranking.
#[derive(Default)]
struct Evidence {
    parts: Vec<(f32, LinkReason, String)>,
    /// How many of `parts` are the comment naming the section's title
    /// (`noemt de titel`): a reference by words, not by number, page or
    /// quote.
    by_title: usize,
    /// Whether one of `parts` is a heading without text of its own whose
    /// title words the comment uses ([`CONTAINER_TITLE_SCORE`]).
    by_container_title: bool,
}

impl<'a> Linker<'a> {
    /// Builds the indexes over `draft` (cost linear in the draft's length).
    pub fn new(draft: &'a Version) -> Self {
        Self::with_related_terms(draft, &[])
    }

    /// [`Linker::new`] with the consultation's own groups of related terms
    /// (lines as in `data/related_terms.txt`: members separated by `|`);
    /// lines with fewer than two members are left out.
    pub fn with_related_terms(draft: &'a Version, related: &[String]) -> Self {
        let extra: Vec<topic::RelatedGroup> = related
            .iter()
            .filter_map(|l| topic::parse_related_group(l))
            .collect();
        let (topic, (anchor, titles)) = rayon::join(
            || topic::TopicIndex::with_related(draft, &extra),
            || rayon::join(|| anchor::Anchorer::new(draft), || title_index(draft)),
        );
        let words: Vec<usize> = draft
            .sections
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .collect();
        Linker {
            draft,
            topic,
            anchor,
            printed: draft
                .page_labels
                .iter()
                .map(|l| (l.printed.clone(), l.page))
                .collect(),
            titles,
            containers: draft
                .sections
                .iter()
                .zip(&words)
                .map(|(s, &words)| {
                    let prefix = format!("{}.", s.number);
                    words < topic::MIN_SECTION_WORDS
                        && draft.sections.iter().any(|c| c.number.starts_with(&prefix))
                })
                .collect(),
            labels: draft_labels(draft),
            words,
            paths: title_paths(draft),
            title_words: draft
                .sections
                .iter()
                .map(|s| content_words(&s.title))
                .collect(),
            parts: document_parts(draft),
        }
    }

    /// Uses printed page numbers (`Page::printed_number`) for page
    /// references: `(physical page, printed label)` pairs.
    pub fn with_printed_pages(mut self, pages: impl IntoIterator<Item = (u32, String)>) -> Self {
        self.printed = pages.into_iter().map(|(p, l)| (l, p)).collect();
        self
    }

    /// Fills `comment.sections` and `comment.quotes`.
    ///
    /// The letter's own number of the comment at its start (`4.1 Vooraf`,
    /// a sub-section of the respondent's letter, see [`Comment::label`]) is
    /// not read as a bare reference to the draft's section 4.1; a title
    /// the draft has is still found.
    ///
    /// So are the numbers of the comment's own sub-headings under that
    /// number (`3.1 Wat de regiovisie zegt` in the letter's chapter `3`):
    /// a heading of the response's own structure, no reference.
    ///
    /// The number opens the comment's text, or a paragraph below the
    /// letter's headings that open it (`3 Toezicht` / `3.1 De raad is geen
    /// voorstander van ...`, a letter numbering its points within its own
    /// chapters): never a reference, wherever it stands; a number in the
    /// point's text still is.
    pub fn link(&self, comment: &mut Comment) {
        let mut own = vec![(0, 0)];
        if let Some(label) = comment.label.as_deref() {
            let rest = comment.text.trim_start();
            if rest.starts_with(label) {
                own[0].1 = comment.text.len() - rest.len() + label.len();
            } else if let Some(at) = own_number_below_headings(&comment.text, label) {
                own.push((at, at + label.len()));
            }
            own.extend(own_sub_headings(&comment.text, label));
        }
        let (links, quotes) = self.links_skipping(&comment.text, &own);
        comment.sections = links;
        comment.quotes = quotes;
    }

    /// The ranked links and the quotes for a comment text.
    pub fn links_for(&self, text: &str) -> (Vec<Link>, Vec<Quote>) {
        self.links_skipping(text, &[])
    }

    /// [`Linker::links_for`], reading no bare number (`5.2`) that starts
    /// in one of the byte ranges `own` of `text`.
    fn links_skipping(&self, text: &str, own: &[(usize, usize)]) -> (Vec<Link>, Vec<Quote>) {
        let mut ev: Vec<Evidence> = (0..self.draft.sections.len())
            .map(|_| Evidence::default())
            .collect();
        let found = refs::find_except(text, own);
        let norm = format!(" {} ", crate::ids::normalize(text));
        // References to parts the draft does not have (`Bijlage 4` of a
        // draft with three appendices, `Maatregel 4` of a plan with three,
        // `p. 13` of a draft of ten pages): what the comment is about is
        // not in this version, so shared words make suggestions only.
        let missing = missing_parts(
            self.draft,
            &found,
            text,
            |n| self.resolve(n).is_some_and(|(_, exact)| exact),
            self.labels
                .iter()
                .any(|(_, l, _)| norm.contains(l.as_str())),
            |p, n| page_sheet(self.draft, &self.printed, p, n),
        );
        let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
        for r in &found.sections {
            if let Some((idx, exact)) = self.resolve(&r.number) {
                let base = if r.bare {
                    BARE_REFERENCE_SCORE
                } else if r.broad {
                    BROAD_REFERENCE_SCORE
                } else {
                    REFERENCE_SCORE
                };
                // A section the draft does not have under one it has
                // (`paragraaf 3.4` where chapter 3 has 3.1 and 3.2): the
                // chapter may be meant, but the reference names nothing.
                let reason = if exact {
                    format!("verwijst naar \"{}\"", r.written)
                } else {
                    format!(
                        "verwijst naar \"{}\" ({NEAREST_PART_NOTE} {})",
                        r.written, self.draft.sections[idx].number
                    )
                };
                let score = if exact {
                    base
                } else {
                    base * MISSING_SECTION_PARENT_SHARE
                };
                ev[idx].parts.push((score, LinkReason::Reference, reason));
            }
        }
        // Sections numbered by a label of their own (`Maatregel 2`, `Actie
        // 3`, read from unnumbered plans) are referred to by that label.
        for (i, label, reason) in &self.labels {
            if norm.contains(label.as_str()) {
                ev[*i]
                    .parts
                    .push((REFERENCE_SCORE, LinkReason::Reference, reason.clone()));
            }
        }
        let said: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
        for &(i, part) in &self.parts {
            if said.contains(&part) {
                ev[i].parts.push((
                    TITLE_SCORE,
                    LinkReason::Reference,
                    format!("noemt \"{part}\""),
                ));
            }
        }
        let named = |i: usize| names_title(&said, &self.title_words[i]);
        // A title that several sections have is named for those of them
        // whose part (the nearest section over it, see [`title_paths`]) the
        // comment names too, when it names any (`doel 2 van de actielijn
        // Preventie en vroegsignalering`: the `Doelen` under that part).
        let part_named: Vec<bool> = self
            .paths
            .iter()
            .map(|path| path.first().is_some_and(|&p| named(p)))
            .collect();
        let same_title = |i: usize, j: usize| {
            crate::ids::normalize(&self.draft.sections[i].title)
                == crate::ids::normalize(&self.draft.sections[j].title)
        };
        let other_part_named = |i: usize| {
            !part_named[i]
                && (0..self.paths.len()).any(|j| j != i && part_named[j] && same_title(i, j))
        };
        for (i, path) in self.paths.iter().enumerate() {
            if part_named[i] && named(i) {
                let mut titles: Vec<&str> = path
                    .iter()
                    .rev()
                    .map(|&p| self.draft.sections[p].title.as_str())
                    .collect();
                titles.push(&self.draft.sections[i].title);
                ev[i].by_title += 1;
                ev[i].parts.push((
                    TITLE_SCORE,
                    LinkReason::Reference,
                    format!("noemt de titel \"{}\"", titles.join(" > ")),
                ));
            }
        }
        for (i, phrases) in self.titles.iter().enumerate() {
            if other_part_named(i) {
                continue;
            }
            if let Some((p, whole, _)) = phrases
                .iter()
                .find(|(_, _, needle)| norm.contains(needle.as_str()))
            {
                let own_text = self.words[i] >= 15;
                let score = TITLE_SCORE
                    - if *whole { 0.0 } else { 0.05 }
                    - if own_text { 0.0 } else { 0.05 };
                ev[i].by_title += 1;
                ev[i].parts.push((
                    score,
                    LinkReason::Reference,
                    format!("noemt de titel \"{p}\""),
                ));
            }
        }
        let anchored = self.anchor.quotes_found_elsewhere(text);
        // The place a comment names as it opens, as review notes and
        // tracked changes are written (`Bij "...": ...`, `Pagina 3, bij
        // "...": ...`): the one section holding that quote.
        let place = place_quote(text).and_then(|p| {
            let p = crate::ids::normalize(p);
            anchored
                .iter()
                .find(|(q, others)| others.is_empty() && crate::ids::normalize(&q.text) == p)
                .and_then(|(q, _)| q.section.clone())
        });
        for (q, others) in &anchored {
            // A quote the draft holds in several sections credits each of
            // them alike: which one the comment means is for the rest of
            // the evidence to say.
            let all: Vec<&String> = q.section.iter().chain(others).collect();
            for &n in &all {
                let also: Vec<&str> = all
                    .iter()
                    .filter(|o| **o != n)
                    .map(|o| o.as_str())
                    .collect();
                let also = if also.is_empty() {
                    String::new()
                } else {
                    format!("; ook in {}", also.join(", "))
                };
                if let Some(idx) = self.index_of(n) {
                    ev[idx].parts.push((
                        0.9 * q.score,
                        LinkReason::Quote,
                        format!(
                            "citeert \"{}\" (overeenkomst {:.0}%{also})",
                            crate::cli::shorten(&q.text, 50),
                            q.score * 100.0
                        ),
                    ));
                }
            }
        }
        let quotes: Vec<Quote> = anchored.into_iter().map(|(q, _)| q).collect();
        let mut topical = self.topic.rank(text);
        let aside = is_aside(text);
        // A story that ends in a request and matches no section as a
        // whole: the story's words dilute the comment, the request says
        // what it is about.
        if !aside && !links_by_topic(&topical) {
            if let Some(tail) = request_tail(text) {
                let t = self.topic.rank(tail);
                if confident(&t) {
                    topical = t;
                }
            }
        }
        if !aside
            && !found
                .sections
                .iter()
                .any(|r| r.number.starts_with("Bijlage"))
            && refs::mentions_appendix_of_draft(text)
        {
            self.add_appendix_mention(&norm, &topical, &mut ev);
        }
        if !aside {
            let elsewhere = (!missing.is_empty()).then(|| missing_note(&missing));
            self.add_topic(text, &topical, elsewhere.as_deref(), &mut ev);
        }
        self.add_pages(text, &found.pages, &topical, &mut ev);
        let referred = if aside || !missing.is_empty() || asks_new_part(text) {
            Vec::new()
        } else {
            self.referred_parts(&found, &topical)
        };
        for &(_, part, ref written) in &referred {
            ev[part].parts.push((
                REFERENCE_SCORE,
                LinkReason::Reference,
                format!(
                    "verwijst naar \"{written}\"; deze subparagraaf deelt er de meeste woorden mee"
                ),
            ));
        }
        self.add_parents(&mut ev);
        let mut referred = referred;
        referred.extend(self.chapters_yielding(&topical, &ev, &referred));
        let (mut links, quotes) = self.rank(ev, quotes, &referred);
        // A comment is first of all about the place it opens by naming:
        // other text it quotes (where a move would take it) comes after.
        if let Some(k) = place.and_then(|n| links.iter().position(|l| l.number == n)) {
            let l = links.remove(k);
            links.insert(0, l);
        }
        // A page reference to a draft without pages resolves to nothing:
        // the reasons say so, as the page is no evidence for them.
        let unpaged = unpaged_pages(self.draft, &found);
        if !unpaged.is_empty() {
            let note = unpaged_note(&unpaged);
            for l in &mut links {
                l.reason = format!("{}; {note}", l.reason);
            }
        }
        (links, quotes)
    }

    /// Page references (`pag. 4`, `p. 7-8`): the sections on those pages
    /// are the candidates. One section there gets the link outright, at
    /// [`PAGE_SHARE_SCORE`] when it shares no word with a comment that
    /// matches another section confidently.
    /// Several are ranked by the words the comment shares with them (one
    /// sharing none then drops out) and, when the comment shares words
    /// with none of them, by how much of the pages' text each holds; the
    /// reason names the pages' sections and what decided. Pages holding
    /// more than [`PAGE_MAX_SHARE`] of the draft's sections narrow
    /// nothing (a text file read as one page holds them all).
    fn add_pages(
        &self,
        text: &str,
        pages: &[refs::PageRef],
        topical: &topic::Ranking,
        ev: &mut [Evidence],
    ) {
        let total = self.draft.sections.len();
        for p in pages {
            let physical: Vec<u32> = (p.from..=p.to)
                .filter_map(|n| page_sheet(self.draft, &self.printed, p, n))
                .collect();
            let on_pages = |s: &crate::model::Section| {
                physical
                    .iter()
                    .filter(|&&n| s.pages.0 <= n && n <= s.pages.1)
                    .count()
            };
            let holders: Vec<usize> = self
                .draft
                .sections
                .iter()
                .enumerate()
                .filter(|(_, s)| on_pages(s) > 0)
                .map(|(i, _)| i)
                .collect();
            if holders.is_empty()
                || holders.len() == total
                || holders.len() > 1 && holders.len() as f32 > PAGE_MAX_SHARE * total as f32
            {
                continue;
            }
            if let [i] = holders[..] {
                let what = if p.from == p.to {
                    "die pagina valt"
                } else {
                    "die pagina's vallen"
                };
                // The one section there shares no word with the comment,
                // whose words match another section confidently: the
                // number may count the PDF viewer's sheets rather than the
                // printed pages, or be a slip, so the page is evidence
                // below the section the words confirm.
                let unconfirmed = confident(topical)
                    && topical.order.first().is_some_and(|&(best, _)| best != i)
                    && (topical.bm25.get(i).copied().unwrap_or(0.0) <= 0.0
                        || self.shared_words(topical, i, text).is_empty());
                let (score, note) = if unconfirmed {
                    (PAGE_SHARE_SCORE, "; de reactie deelt er geen woorden mee")
                } else {
                    (PAGE_SCORE, "")
                };
                ev[i].parts.push((
                    score,
                    LinkReason::Page,
                    format!(
                        "verwijst naar \"{}\"; {what} in deze paragraaf{note}",
                        p.written
                    ),
                ));
                continue;
            }
            let mut listed: Vec<&str> = holders
                .iter()
                .take(PAGE_LISTED)
                .map(|&i| self.draft.sections[i].number.as_str())
                .collect();
            if holders.len() > PAGE_LISTED {
                listed.push("…");
            }
            let pages_named = if p.from == p.to {
                format!("pagina {} (§ {} op die pagina)", p.from, listed.join(", "))
            } else {
                format!(
                    "pagina's {}-{} (§ {} op die pagina's)",
                    p.from,
                    p.to,
                    listed.join(", ")
                )
            };
            let bm = |i: usize| topical.bm25.get(i).copied().unwrap_or(0.0);
            // Only what a reason can name counts as shared.
            let named: Vec<Vec<String>> = holders
                .iter()
                .map(|&i| {
                    if bm(i) > 0.0 {
                        self.shared_words(topical, i, text)
                    } else {
                        Vec::new()
                    }
                })
                .collect();
            let best = holders
                .iter()
                .zip(&named)
                .filter(|(_, w)| !w.is_empty())
                .map(|(&i, _)| bm(i))
                .fold(0.0f32, f32::max);
            // The text each section has on those pages, estimated from its
            // words spread evenly over its pages.
            let on_page_words: Vec<f32> = holders
                .iter()
                .map(|&i| {
                    let s = &self.draft.sections[i];
                    let span = (s.pages.1.saturating_sub(s.pages.0) + 1) as f32;
                    self.words[i] as f32 * on_pages(s) as f32 / span
                })
                .collect();
            let page_words: f32 = on_page_words.iter().sum();
            let most = on_page_words.iter().copied().fold(0.0f32, f32::max);
            for (k, &i) in holders.iter().enumerate() {
                let (score, why) = if best > 0.0 {
                    let rel = bm(i) / best;
                    let words = &named[k];
                    if rel <= 0.0 || words.is_empty() {
                        continue;
                    }
                    // The topical reason names the words already.
                    let why = if ev[i]
                        .parts
                        .iter()
                        .any(|p| matches!(p.1, LinkReason::Topic | LinkReason::WeakTopic))
                    {
                        "de reactie deelt er woorden mee".to_string()
                    } else {
                        format!("gedeelde woorden: {}", words.join(", "))
                    };
                    (PAGE_TOPIC_SCORE + PAGE_TOPIC_RANGE * rel, why)
                } else {
                    // A heading without text there holds none of the page.
                    if page_words > 0.0 && on_page_words[k] <= 0.0 {
                        continue;
                    }
                    let share = if page_words > 0.0 {
                        on_page_words[k] / page_words
                    } else {
                        0.0
                    };
                    let rel = if most > 0.0 {
                        on_page_words[k] / most
                    } else {
                        0.0
                    };
                    (
                        PAGE_SHARE_SCORE + PAGE_SHARE_RANGE * rel,
                        format!(
                            "deze paragraaf beslaat ongeveer {:.0}% van de tekst daar",
                            share * 100.0
                        ),
                    )
                };
                ev[i].parts.push((
                    score,
                    LinkReason::Page,
                    format!("verwijst naar \"{}\": {pages_named}; {why}", p.written),
                ));
            }
        }
    }

    /// `in de bijlage` without a number: the appendices are meant, and the
    /// topic decides which. Like a page reference, the mention narrows the
    /// choice; an appendix sharing no word with the comment gets nothing.
    fn add_appendix_mention(&self, norm: &str, topical: &topic::Ranking, ev: &mut [Evidence]) {
        let Some(word) = [" bijlage ", " bijlagen "]
            .into_iter()
            .find(|w| norm.contains(w))
        else {
            return;
        };
        let appendices: Vec<usize> = self
            .draft
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.number.starts_with("Bijlage"))
            .map(|(i, _)| i)
            .collect();
        let bm = |i: usize| topical.bm25.get(i).copied().unwrap_or(0.0);
        let best = appendices.iter().map(|&i| bm(i)).fold(0.0f32, f32::max);
        if best <= 0.0 {
            return;
        }
        for &i in &appendices {
            let rel = bm(i) / best;
            if rel < TOPIC_RELATIVE || topical.shared[i].is_empty() {
                continue;
            }
            ev[i].parts.push((
                APPENDIX_MENTION_SCORE * rel,
                LinkReason::Reference,
                format!(
                    "noemt \"{}\" en deelt woorden met deze bijlage",
                    word.trim()
                ),
            ));
        }
    }

    /// Topical evidence; with `elsewhere` (the comment refers only to
    /// parts the draft does not have, see [`missing_note`]) every topical
    /// link is a weak suggestion whose reason says so.
    fn add_topic(
        &self,
        text: &str,
        topical: &topic::Ranking,
        elsewhere: Option<&str>,
        ev: &mut [Evidence],
    ) {
        // Shared words that are general words (`onderzoeken`,
        // `plaatsvinden`, `maak`) say nothing of the topic: a section
        // sharing no other word is not linked. (A section met through
        // parts of words only shares no word at all.)
        let general_only = |i: usize| {
            !topical.shared[i].is_empty() && topical.content.get(i).copied().unwrap_or(0) == 0
        };
        let strength_of = |score: f32| {
            if topical.ideal > 0.0 {
                score / topical.ideal
            } else {
                0.0
            }
        };
        // One shared word is evidence enough when it carries much of the
        // comment's weight, or, for the leading section, when it is a word
        // of the section's title and the match is confident (`de buurtbus`
        // for `7.3 Buurtbus en vervoer op maat`); other sections sharing
        // one title word are no more than sections sharing any one word.
        // For the leading section of a short remark general words do not
        // count ([`TOPIC_LEAD_ASIDE_WORDS`]).
        let single = |i: usize, score: f32, lead: bool| {
            let least = if !lead || topical.title_shared[i].is_empty() {
                TOPIC_SINGLE_WORD_STRENGTH
            } else {
                TOPIC_SINGLE_TITLE_WORD_STRENGTH
            };
            let short = text.split_whitespace().count() < TOPIC_LEAD_ASIDE_WORDS;
            let words = if lead && short {
                topical.content.get(i).copied().unwrap_or(0)
            } else {
                topical.shared[i].len()
            };
            words < 2 && strength_of(score) < least
        };
        // The leading section is the best one, or, when that is no
        // evidence by itself (one word of its text only, `aanwezig`, or
        // general words only), the best section below it whose title holds
        // a word of the comment and that is evidence by itself: the title
        // names the comment's subject (`De boa's moeten ook 's avonds in
        // het park zijn` for `10.2 Boa's en toezicht`). A lower section
        // sharing words of its text only does not lead: the comment shares
        // as little with it as with the one above.
        let Some(lead) = topical
            .order
            .iter()
            .enumerate()
            .position(|(k, &(i, score))| {
                (k == 0 || !topical.title_shared[i].is_empty())
                    && !general_only(i)
                    && !single(i, score, true)
            })
        else {
            return;
        };
        let (top, top_score) = topical.order[lead];
        let strength = strength_of(top_score);
        let enough = strength >= TOPIC_MIN_STRENGTH
            || strength >= TOPIC_RELATED_MIN_STRENGTH
                && topical.related_reached >= TOPIC_RELATED_MIN_REACHED;
        if !enough {
            return;
        }
        for &(i, score) in topical.order.iter().skip(lead).take(MAX_LINKS) {
            let rel = score / top_score;
            if rel < TOPIC_RELATIVE || general_only(i) || single(i, score, i == top) {
                continue;
            }
            let mut s = TOPIC_MAX * (strength / TOPIC_FULL_STRENGTH).min(1.0) * rel;
            let (kind, what) = if let Some(note) = elsewhere {
                s *= ELSEWHERE_SHARE;
                (
                    LinkReason::WeakTopic,
                    format!("mogelijk zelfde onderwerp; {note}"),
                )
            } else if strength < TOPIC_CONFIDENT_STRENGTH {
                (
                    LinkReason::WeakTopic,
                    "mogelijk zelfde onderwerp, zwakke overeenkomst".to_string(),
                )
            } else {
                (LinkReason::Topic, "zelfde onderwerp".to_string())
            };
            let terms = self.shared_words(topical, i, text);
            let terms = if terms.is_empty() {
                // Nothing to name (parts of words met that no pair of
                // words shows): say so rather than list nothing.
                " (overeenkomst in delen van woorden)".to_string()
            } else {
                format!(" (gedeelde woorden: {})", terms.join(", "))
            };
            let title = if topical.title_shared[i].is_empty() {
                String::new()
            } else {
                format!(
                    "; de titel noemt \"{}\"",
                    topical.title_shared[i].join("\", \"")
                )
            };
            ev[i].parts.push((s, kind, format!("{what}{terms}{title}")));
        }
        // A heading without text of its own has no passage to rank, but
        // its title can still be what the comment names (`per
        // uitgangspunt` for `3.2 Uitgangspunten`).
        for (i, &container) in self.containers.iter().enumerate() {
            if container && topical.title_cover[i] >= 0.999 && elsewhere.is_none() {
                ev[i].by_container_title = true;
                ev[i].parts.push((
                    CONTAINER_TITLE_SCORE,
                    LinkReason::Topic,
                    format!(
                        "de titel noemt \"{}\"",
                        topical.title_shared[i].join("\", \"")
                    ),
                ));
            }
        }
    }

    /// The words a reason names for section `i`'s topical match with the
    /// comment `text`: the comment's words whose stems the section uses
    /// ([`topic::Ranking::shared`], at most [`REASON_WORDS`]), or, when it shares no
    /// stem, the words met through character 4-grams only
    /// (`beweegcoaches (≈ beweegcoach)`, [`topic::gram_matches`]).
    fn shared_words(&self, topical: &topic::Ranking, i: usize, text: &str) -> Vec<String> {
        let shared = topical.shared.get(i).map(Vec::as_slice).unwrap_or(&[]);
        if !shared.is_empty() {
            // General words (`nergens`, `weten`) weigh little and are no
            // evidence a reader checks: named only when nothing else is.
            let topical_words: Vec<String> = shared
                .iter()
                .filter(|w| !topic::is_general_in_letters(w))
                .take(REASON_WORDS)
                .cloned()
                .collect();
            if !topical_words.is_empty() {
                return topical_words;
            }
            return shared.iter().take(REASON_WORDS).cloned().collect();
        }
        let s = &self.draft.sections[i];
        topic::gram_matches(text, &format!("{}\n{}", s.title, s.text), REASON_WORDS)
    }

    /// A section's topical evidence lends [`PARENT_SHARE`] of its score
    /// to its parent when the parent has text of its own: a comment on the
    /// house ban (`5.2.2`) is also about cooperation after the violence
    /// (`5.2`). Chapters without text are left to [`Self::prefer_subsections`].
    fn add_parents(&self, ev: &mut [Evidence]) {
        // A subsection's best topical part, passed on with its kind (weak
        // stays weak).
        let own: Vec<Option<(f32, LinkReason)>> = ev
            .iter()
            .map(|e| {
                e.parts
                    .iter()
                    .filter(|p| matches!(p.1, LinkReason::Topic | LinkReason::WeakTopic))
                    .map(|p| (p.0, p.1))
                    .reduce(|a, b| if b.0 > a.0 { b } else { a })
            })
            .collect();
        for (i, s) in self.draft.sections.iter().enumerate() {
            let (Some((score, kind)), Some((parent, _))) = (own[i], s.number.rsplit_once('.'))
            else {
                continue;
            };
            let Some(p) = self.index_of(parent) else {
                continue;
            };
            if self.words[p] < topic::MIN_SECTION_WORDS {
                continue;
            }
            ev[p].parts.push((
                PARENT_SHARE * score,
                kind,
                format!("ook onderwerp van subparagraaf {}", s.number),
            ));
        }
    }

    /// The subsections a referred section yields its first place to: per
    /// exact, single reference (`hoofdstuk 6`, `paragraaf 3.2`; no bare
    /// number, range or list) to a section with subsections, the
    /// subsection (at any depth) with the best topical score, when the
    /// comment is a confident topical match
    /// ([`TOPIC_CONFIDENT_STRENGTH`]), that subsection shares at least
    /// [`REFERRED_PART_MIN_WORDS`] of the comment's own words (no general
    /// words, no related terms) with it, scores at least
    /// [`REFERRED_PART_MIN_REL`] of the comment's best section and better
    /// than the referred section's own text: the
    /// reference says where to look, the words say which part of it the
    /// comment is about. Failing that, a referred section with text of its
    /// own yields to the subsection sharing at least one of the comment's
    /// own words, and each one its own text shares, that matches
    /// [`REFERRED_PART_CLEAR_RATIO`] times as well as its own text and is
    /// a topical link itself. `(referred section,
    /// subsection, reference as written)`.
    /// The subsection of section `of` (at any depth: `5.2`, `5.2.1` of `5`)
    /// that `keep` accepts with the highest `score`, and that score.
    fn best_part(
        &self,
        of: usize,
        score: impl Fn(usize) -> f32,
        keep: impl Fn(usize) -> bool,
    ) -> Option<(usize, f32)> {
        let prefix = format!("{}.", self.draft.sections[of].number);
        self.draft
            .sections
            .iter()
            .enumerate()
            .filter(|(i, s)| s.number.starts_with(&prefix) && keep(*i))
            .map(|(i, _)| (i, score(i)))
            .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal))
    }

    fn referred_parts(
        &self,
        found: &refs::Refs,
        topical: &topic::Ranking,
    ) -> Vec<(usize, usize, String)> {
        let Some(&(_, top)) = topical.order.first() else {
            return Vec::new();
        };
        if !confident(topical) || top <= 0.0 {
            return Vec::new();
        }
        let bm = |i: usize| topical.bm25.get(i).copied().unwrap_or(0.0);
        let own_words = |i: usize| own_words(topical, i);
        let mut out: Vec<(usize, usize, String)> = Vec::new();
        for r in &found.sections {
            if r.bare || r.broad {
                continue;
            }
            let Some((referred, true)) = self.resolve(&r.number) else {
                continue;
            };
            if out.iter().any(|(c, _, _)| *c == referred) {
                continue;
            }
            let best = self.best_part(referred, bm, |i| own_words(i) >= REFERRED_PART_MIN_WORDS);
            if let Some((part, score)) = best {
                if score >= REFERRED_PART_MIN_REL * top && score > bm(referred) {
                    out.push((referred, part, r.written.clone()));
                    continue;
                }
            }
            if self.words[referred] < topic::MIN_SECTION_WORDS {
                continue;
            }
            // Every word the referred section's own text shares, the
            // subsection shares too: it says what the chapter says, and
            // more.
            let covers = |i: usize| {
                own_shared(topical, referred).all(|w| own_shared(topical, i).any(|o| o == w))
            };
            let clear = self.best_part(referred, bm, |i| own_words(i) >= 1 && covers(i));
            if let Some((part, score)) = clear {
                if score >= TOPIC_RELATIVE * top
                    && score >= REFERRED_PART_CLEAR_RATIO * bm(referred)
                {
                    out.push((referred, part, r.written.clone()));
                }
            }
        }
        out
    }

    /// The subsections a chapter linked by its words yields its first
    /// place to: a section with subsections whose evidence is topical or
    /// its title named (no number, page or quote) ranks just below the one
    /// of its subsections (at any depth) that shares at least as many of
    /// the comment's words of its subject with it ([`subject_words`]), at least
    /// [`REFERRED_PART_MIN_WORDS`], and scores at least
    /// [`CHAPTER_YIELD_MIN_REL`] of its topical score. A chapter's own text
    /// sketches what its subsections go into, with examples (`op plekken
    /// als het Julianapark en de skatebaan`), and takes a share of each
    /// subsection's score ([`Self::add_parents`]); the subsection whose
    /// words the comment uses as much is where the plan says what it will
    /// do. `(chapter, subsection, "")` as [`Self::referred_parts`] gives
    /// them; chapters already yielding there are left out.
    fn chapters_yielding(
        &self,
        topical: &topic::Ranking,
        ev: &[Evidence],
        referred: &[(usize, usize, String)],
    ) -> Vec<(usize, usize, String)> {
        let bm = |i: usize| topical.bm25.get(i).copied().unwrap_or(0.0);
        let by_words = |e: &Evidence| {
            e.parts
                .iter()
                .filter(|p| !matches!(p.1, LinkReason::Topic | LinkReason::WeakTopic))
                .count()
                == e.by_title
        };
        let mut out = Vec::new();
        for (c, e) in ev.iter().enumerate() {
            if e.parts.is_empty()
                || !by_words(e)
                || bm(c) <= 0.0
                || referred.iter().any(|(r, _, _)| *r == c)
            {
                continue;
            }
            let words = subject_words(topical, c);
            let best = self.best_part(c, bm, |i| {
                let w = subject_words(topical, i);
                w >= words && w >= REFERRED_PART_MIN_WORDS && !ev[i].parts.is_empty()
            });
            if let Some((part, score)) = best {
                if score >= CHAPTER_YIELD_MIN_REL * bm(c) {
                    out.push((c, part, String::new()));
                }
            }
        }
        out
    }

    fn rank(
        &self,
        ev: Vec<Evidence>,
        quotes: Vec<Quote>,
        referred: &[(usize, usize, String)],
    ) -> (Vec<Link>, Vec<Quote>) {
        let title_words_only = self.title_words_only(&ev);
        let mut links: Vec<Link> = Vec::new();
        for (i, mut e) in ev.into_iter().enumerate() {
            if e.parts.is_empty() {
                continue;
            }
            e.parts
                .sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
            let miss: f32 = e
                .parts
                .iter()
                .map(|(s, _, _)| 1.0 - s.clamp(0.0, 1.0))
                .product();
            let mut kinds: Vec<LinkReason> = Vec::new();
            let mut reasons: Vec<String> = Vec::new();
            for (_, k, r) in &e.parts {
                if !kinds.contains(k) {
                    kinds.push(*k);
                }
                if !reasons.contains(r) {
                    reasons.push(r.clone());
                }
            }
            links.push(Link {
                number: self.draft.sections[i].number.clone(),
                score: ((1.0 - miss) * 1000.0).round() / 1000.0,
                reason: reasons.join("; "),
                kinds,
            });
        }
        self.prefer_subsections(&mut links);
        self.demote_parents(&mut links);
        // A referred section just below the subsection it yields to (see
        // [`Self::referred_parts`]).
        for (referred, part, _) in referred {
            let number = |i: usize| self.draft.sections[i].number.as_str();
            let part_score = links
                .iter()
                .find(|l| l.number == number(*part))
                .map(|l| l.score);
            if let (Some(p), Some(l)) = (
                part_score,
                links.iter_mut().find(|l| l.number == number(*referred)),
            ) {
                if l.score >= p {
                    l.score = ((p - 0.001).max(0.0) * 1000.0).round() / 1000.0;
                }
            }
        }
        links.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        self.introduction_yields_first_place(&mut links);
        self.secondary_support_below_body(&mut links);
        // A heading linked by its title words only comes after the
        // sections the comment has more to say about, its score just below
        // the last of them (a stable sort: each group keeps its order).
        let title_only = |l: &Link| {
            self.index_of(&l.number)
                .is_some_and(|i| title_words_only[i])
        };
        links.sort_by_key(title_only);
        let last = links
            .iter()
            .filter(|l| !title_only(l))
            .map(|l| l.score)
            .reduce(f32::min);
        if let Some(last) = last {
            for l in links.iter_mut().filter(|l| title_only(l)) {
                l.score = l
                    .score
                    .min(((last - 0.001).max(0.0) * 1000.0).round() / 1000.0);
            }
        }
        links.truncate(MAX_LINKS);
        (links, quotes)
    }

    /// Per section: whether it is a heading without text of its own linked
    /// only because the comment uses its title's words
    /// ([`CONTAINER_TITLE_SCORE`]), under no section the comment refers
    /// to (by number, title or name). Such a link ranks after every other
    /// link, its score just below the last of them (so the memo, which
    /// names the links close to the best, leaves it out): one word of a chapter's title (`werken` for `7 Mantelzorg en
    /// werk`, `dementie` for `8 Mantelzorg bij dementie`) is met in
    /// comments on many subjects, and the chapter's text is all in its
    /// paragraphs, so a section whose own text the comment matches says
    /// more of what it is about. Under a chapter the comment refers to
    /// (`in hoofdstuk 3 per uitgangspunt` for `3.2 Uitgangspunten`) the
    /// title word tells which part of it is meant, and the link keeps its
    /// place; so does a heading the comment names by number or title.
    fn title_words_only(&self, ev: &[Evidence]) -> Vec<bool> {
        let sections = &self.draft.sections;
        let referred: Vec<&str> = ev
            .iter()
            .zip(sections)
            .filter(|(e, _)| e.parts.iter().any(|p| p.1 == LinkReason::Reference))
            .map(|(_, s)| s.number.as_str())
            .collect();
        ev.iter()
            .zip(sections)
            .map(|(e, s)| {
                e.by_container_title
                    && e.parts.len() == 1
                    && !referred.iter().any(|above| {
                        s.number
                            .strip_prefix(above)
                            .is_some_and(|rest| rest.starts_with('.'))
                    })
            })
            .collect()
    }

    /// An introduction linked by topic only in the first place yields it
    /// to the best link that is none, when that scores at least
    /// [`INTRODUCTION_FIRST_SHARE`] of the introduction's score: it moves
    /// to the front, the rest keep their order and every score stays.
    fn introduction_yields_first_place(&self, links: &mut Vec<Link>) {
        let intro = |l: &Link| {
            self.index_of(&l.number)
                .is_some_and(|i| is_introduction(&self.draft.sections[i]))
                && l.kinds
                    .iter()
                    .all(|k| matches!(k, LinkReason::Topic | LinkReason::WeakTopic))
        };
        let Some(first) = links.first() else {
            return;
        };
        if !intro(first) {
            return;
        }
        let least = first.score * INTRODUCTION_FIRST_SHARE;
        // Sorted by score: the first link that is no introduction is the
        // best of them.
        if let Some(k) = links.iter().position(|l| !intro(l)) {
            if links[k].score >= least {
                let l = links.remove(k);
                links.insert(0, l);
            }
        }
    }

    /// After the first link, an appendix or the front matter (section
    /// `0`) linked by topic only is ordered by
    /// [`SECONDARY_SUPPORT_WEIGHT`] of its score (the score shown is
    /// kept): it supports the body (figures, a table of the state of
    /// affairs, a summary), so it shares words with a comment whose second
    /// topic a body section states. The first link is left as it is, and
    /// an appendix the comment names, quotes or refers to by page keeps
    /// its place.
    fn secondary_support_below_body(&self, links: &mut [Link]) {
        if links.len() < 3 {
            return;
        }
        let w = SECONDARY_SUPPORT_WEIGHT;
        let support = |l: &Link| {
            (crate::model::is_front_matter(&l.number) || l.number.starts_with("Bijlage"))
                && l.kinds
                    .iter()
                    .all(|k| matches!(k, LinkReason::Topic | LinkReason::WeakTopic))
        };
        let key = |l: &Link| if support(l) { l.score * w } else { l.score };
        links[1..].sort_by(|a, b| {
            key(b)
                .partial_cmp(&key(a))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }

    /// A chapter heading without text of its own (`3 Centrale ambitie en
    /// uitgangspunten` followed directly by `3.1`) is a container: a
    /// comment about it is about what its subsections say. When one of its
    /// subsections is linked too, the container ranks just below the best
    /// of them, so the specific section comes first and the chapter stays
    /// in the list. A section with a few words of its own that the comment
    /// names (`paragraaf 2.1` over a short 2.1 with a 2.1.1) is what it is
    /// about: it keeps its place above a subsection that only shares words.
    /// So does a chapter without text of its own that the comment names
    /// (`hoofdstuk 2`) when its subsections only share words with the
    /// comment and another section, outside the chapter, shares as much or
    /// more: the shared words do not tell which subsection is meant, and the
    /// explicit reference ranks above them.
    fn prefer_subsections(&self, links: &mut [Link]) {
        let topical = |c: &Link| {
            c.kinds
                .iter()
                .all(|k| matches!(k, LinkReason::Topic | LinkReason::WeakTopic))
        };
        let best_child: Vec<Option<(f32, bool, bool)>> = links
            .iter()
            .map(|l| {
                let prefix = format!("{}.", l.number);
                let inside = |c: &Link| c.number.starts_with(&prefix);
                let children = links.iter().filter(|c| inside(c));
                let best = children
                    .clone()
                    .map(|c| c.score)
                    .fold(None, |m: Option<f32>, s| Some(m.map_or(s, |m| m.max(s))))?;
                // Shared words alone, and they point outside the chapter as
                // much as into it.
                let undecided = children.clone().all(topical)
                    && links.iter().any(|o| {
                        o.number != l.number && !inside(o) && topical(o) && o.score >= best
                    });
                // A subsection the comment names itself (its title, its
                // number, a quote).
                let child_named = children.clone().any(|c| !topical(c));
                Some((best, undecided, child_named))
            })
            .collect();
        for (l, child) in links.iter_mut().zip(best_child) {
            let Some((child, undecided, child_named)) = child else {
                continue;
            };
            let own_text = self.index_of(&l.number).map(|i| self.words[i]).unwrap_or(0);
            let named = (own_text > 0 || undecided) && l.kinds.contains(&LinkReason::Reference);
            // A chapter whose own text only leads in to its subsections
            // (`In dit hoofdstuk beschrijven we ...`) is represented by
            // them as one without text is: below the subsection when it
            // shares words only, or when the comment names that subsection
            // as well as the chapter (`de landelijke ontwikkelingen in
            // hoofdstuk 2`).
            let lead_in_only =
                own_text < LEAD_IN_WORDS && child < l.score && (topical(l) || child_named);
            if own_text < topic::MIN_SECTION_WORDS && child < l.score && !named || lead_in_only {
                l.score = ((child - 0.001).max(0.0) * 1000.0).round() / 1000.0;
            }
        }
    }

    /// A chapter with text of its own that is linked by topic only, below
    /// one of its own subsections, weighs [`PARENT_BELOW_CHILD`] of its
    /// score: the subsection says what the comment is about, and the
    /// chapter shares its words with it (its introduction, the parent
    /// share of [`Self::add_parents`]) rather than naming a second topic,
    /// so the places after the first go to other sections. A chapter named
    /// by reference, page or quote keeps its score; one without text of
    /// its own is left to [`Self::prefer_subsections`].
    fn demote_parents(&self, links: &mut [Link]) {
        let below: Vec<bool> = links
            .iter()
            .map(|l| {
                let prefix = format!("{}.", l.number);
                let own_text = self.index_of(&l.number).map_or(0, |i| self.words[i]);
                own_text >= topic::MIN_SECTION_WORDS
                    && l.kinds
                        .iter()
                        .all(|k| matches!(k, LinkReason::Topic | LinkReason::WeakTopic))
                    && links
                        .iter()
                        .any(|c| c.number.starts_with(&prefix) && c.score > l.score)
            })
            .collect();
        for (l, below) in links.iter_mut().zip(below) {
            if below {
                l.score = (l.score * PARENT_BELOW_CHILD * 1000.0).round() / 1000.0;
            }
        }
    }

    fn index_of(&self, number: &str) -> Option<usize> {
        self.draft.sections.iter().position(|s| s.number == number)
    }

    /// The section a written number refers to: itself, or its nearest
    /// existing ancestor (`5.2.4` → `5.2`). The flag says whether it was
    /// found as written.
    fn resolve(&self, number: &str) -> Option<(usize, bool)> {
        resolve_with(number, |n| self.index_of(n))
    }
}

/// The comment's own words it shares with section `i`: no general words,
/// no related terms reached (`jeugd (≈ jongeren)`), which a chapter's
/// other parts and its introduction meet as easily.
fn own_words(topical: &topic::Ranking, i: usize) -> usize {
    own_shared(topical, i).count()
}

/// The words [`own_words`] counts.
fn own_shared(topical: &topic::Ranking, i: usize) -> impl Iterator<Item = &String> {
    topical
        .shared
        .get(i)
        .into_iter()
        .flatten()
        .filter(|w| !w.contains('≈') && !topic::is_general_in_letters(w))
}

/// [`own_words`] without the draft's own place names
/// ([`names::NAME_WEIGHT`]): the comment's words that say what it is about
/// (`Julianapark`, `vernielingen`), not where (`Nieuwhorst`, which a
/// chapter's overview names with its other places).
fn subject_words(topical: &topic::Ranking, i: usize) -> usize {
    let content = topical.content.get(i).copied().unwrap_or(0);
    let related = topical
        .shared
        .get(i)
        .map_or(0, |ws| ws.iter().filter(|w| w.contains('≈')).count());
    content.saturating_sub(related)
}

/// Per section: the sections above it whose titles name it together with
/// its own (nearest first), for a section whose title another section has
/// too. A plan whose parts share their sub-headings (`Doelen`, `Hollands
/// Midden` under every goal) names such a sub-section by its path
/// (`Preventie & vroegsignalering > Doelen`): its own title alone does
/// not tell it from the others. Sections with a title of their own keep
/// an empty path.
///
/// The parents are the numbered ancestors (`5` and `5.2` for `5.2.1`),
/// or, in a draft numbered `1`, `2`, ... without sub-numbers (unnumbered
/// headings read in order), the nearest section before it whose title is
/// its own: the part heading over the repeated sub-headings.
fn title_paths(draft: &Version) -> Vec<Vec<usize>> {
    let secs = &draft.sections;
    let norm: Vec<String> = secs
        .iter()
        .map(|s| crate::ids::normalize(&s.title))
        .collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for t in norm.iter().filter(|t| !t.is_empty()) {
        *count.entry(t.as_str()).or_insert(0) += 1;
    }
    let repeated = |i: usize| count.get(norm[i].as_str()).is_some_and(|&n| n > 1);
    let flat = |i: usize| {
        let n = &secs[i].number;
        n != "0" && !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
    };
    let index_of = |n: &str| secs.iter().position(|s| s.number == n);
    let dotted = secs.iter().any(|s| s.number.contains('.'));
    (0..secs.len())
        .map(|i| {
            if !repeated(i) {
                return Vec::new();
            }
            let mut path = Vec::new();
            let mut number = secs[i].number.as_str();
            while let Some((up, _)) = number.rsplit_once('.') {
                if let Some(p) = index_of(up) {
                    path.push(p);
                }
                number = up;
            }
            if path.is_empty() && !dotted && flat(i) {
                if let Some(p) = (0..i).rev().find(|&j| flat(j) && !repeated(j)) {
                    path.push(p);
                }
            }
            path
        })
        .collect()
}

/// Per section: its title with the titles of its path (see
/// [`title_paths`]) after it, as the topical index reads it.
fn path_titles(draft: &Version) -> Vec<String> {
    title_paths(draft)
        .iter()
        .zip(&draft.sections)
        .map(|(path, s)| {
            let mut t = s.title.clone();
            for &p in path {
                t.push_str(" \n ");
                t.push_str(&draft.sections[p].title);
            }
            t
        })
        .collect()
}

/// Labels of sections in a series whose titles share their first word
/// (`A Ontwikkelopgaven preventie`, `B Ontwikkelopgaven vroegsignalering`):
/// that word, singular or plural, before the section's number is a
/// reference to it (`ontwikkelopgave B`). Only a word of at least five
/// letters, not a stop word, that heads the titles of two or more sections
/// numbered by one letter or number.
fn series_labels(draft: &Version) -> Vec<(usize, String, String)> {
    let heads: Vec<Option<String>> = draft
        .sections
        .iter()
        .map(|s| {
            let single = !s.number.contains([' ', '.']);
            let head = crate::ids::normalize(&s.title)
                .split(' ')
                .next()
                .map(str::to_string)?;
            (single && head.chars().count() >= 5 && !crate::text::is_stop_word(&head))
                .then_some(head)
        })
        .collect();
    let mut out = Vec::new();
    for (i, head) in heads.iter().enumerate() {
        let Some(head) = head else { continue };
        if heads.iter().flatten().filter(|h| *h == head).count() < 2 {
            continue;
        }
        let number = crate::ids::normalize(&draft.sections[i].number);
        let mut forms = vec![head.clone()];
        for suffix in ["en", "n", "s"] {
            if let Some(stem) = head.strip_suffix(suffix) {
                forms.push(stem.to_string());
            }
        }
        forms.push(format!("{head}en"));
        forms.push(format!("{head}s"));
        forms.sort();
        forms.dedup();
        for form in forms {
            out.push((
                i,
                format!(" {form} {number} "),
                format!("verwijst naar \"{form} {}\"", draft.sections[i].number),
            ));
        }
    }
    out
}

/// The section `number` names, found by `find`: `(it, true)`, or its
/// nearest parent that exists (`(5, false)` for `5.7` when the draft stops
/// at `5.4`).
fn resolve_with<T>(number: &str, find: impl Fn(&str) -> Option<T>) -> Option<(T, bool)> {
    // A chapter has one number in two forms (`3` and `III`, `2` and
    // `2.0`): the draft numbers it in one of them, a comment may use the
    // other.
    let find = |n: &str| find(n).or_else(|| other_form(n).and_then(|m| find(&m)));
    if let Some(i) = find(number) {
        return Some((i, true));
    }
    let mut parts: Vec<&str> = number.split('.').collect();
    while parts.len() > 1 {
        parts.pop();
        if let Some(i) = find(&parts.join(".")) {
            return Some((i, false));
        }
    }
    None
}

/// Sections numbered by a label of their own (`Maatregel 2`, and a series
/// of titles with the same first word, see [`series_labels`]): section,
/// the normalised label between spaces, and the reason of a link.
fn draft_labels(draft: &Version) -> Vec<(usize, String, String)> {
    draft
        .sections
        .iter()
        .enumerate()
        .filter_map(|(i, sec)| {
            part_label(&sec.number)?;
            let label = crate::ids::normalize(&sec.number);
            Some((
                i,
                format!(" {label} "),
                format!("verwijst naar \"{}\"", sec.number.to_lowercase()),
            ))
        })
        .chain(series_labels(draft))
        .collect()
}

/// A section number that is a label of its own, word and number
/// (`Maatregel 2`: `Maatregel`, `2`); not an appendix (`Bijlage 1`), which
/// references find as such.
fn part_label(number: &str) -> Option<(&str, &str)> {
    let (word, n) = number.split_once(' ')?;
    (!word.eq_ignore_ascii_case("bijlage")
        && !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit()))
    .then_some((word, n))
}

/// The references of `text` (as written) to labelled parts the draft does
/// not have: `Maatregel 4` of a plan whose parts are `Maatregel 1` ..
/// `Maatregel 3` (a word the draft numbers its parts by, see
/// [`draft_labels`], and a number none of them has).
fn missing_labels(draft: &Version, text: &str) -> Vec<String> {
    let words: Vec<String> = draft
        .sections
        .iter()
        .filter_map(|s| part_label(&s.number).map(|(word, _)| word.to_lowercase()))
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<String> = Vec::new();
    for pair in tokens.windows(2) {
        let (word, n) = (pair[0], pair[1]);
        if n.len() > 3 || !n.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let lower = word.to_lowercase();
        if !words.contains(&lower) {
            continue;
        }
        let n = n.trim_start_matches('0');
        let has = draft.sections.iter().any(|s| {
            s.number
                .split_once(' ')
                .is_some_and(|(w, m)| w.eq_ignore_ascii_case(&lower) && m == n)
        });
        let written = format!("{word} {n}");
        if !has && !n.is_empty() && !out.contains(&written) {
            out.push(written);
        }
    }
    out
}

/// The references of `text` (as written) to parts the draft does not
/// have, when it refers to none that it has: sections and appendices
/// (`found`, `known` telling those the draft has; see [`unresolved`]),
/// labelled parts ([`missing_labels`]; `names_label`: the text names a
/// label the draft has) and pages past the draft's last (`physical`: the
/// physical page a page number names, see [`page_sheet`]), when the
/// draft has pages.
fn missing_parts(
    draft: &Version,
    found: &refs::Refs,
    text: &str,
    known: impl Fn(&str) -> bool,
    names_label: bool,
    physical: impl Fn(&refs::PageRef, u32) -> Option<u32>,
) -> Vec<String> {
    if names_label || found.sections.iter().any(|r| known(&r.number)) {
        return Vec::new();
    }
    let mut out: Vec<String> = unresolved(found, known)
        .into_iter()
        .map(str::to_string)
        .collect();
    out.extend(missing_labels(draft, text));
    // A page past the last is a part this version lacks only where the
    // pages are laid out (a PDF). A Word document's pages are its hard
    // breaks when Word's own layout marks are not in the file (one written
    // by another program): the pages it prints on are more, so `pag. 12`
    // of a file with three breaks may be any of its pages.
    let last = draft.sections.iter().map(|s| s.pages.1).max().unwrap_or(0);
    if last > 1 && draft.file.to_lowercase().ends_with(".pdf") {
        for p in &found.pages {
            let past = (p.from..=p.to).all(|n| physical(p, n).is_none_or(|n| n > last));
            if past && !out.contains(&p.written) {
                out.push(p.written.clone());
            }
        }
    }
    out
}

/// Whether a draft has pages to resolve page references with: a PDF, or
/// a file whose sections lie on more than one page (a Word document with
/// page breaks). A text or Markdown file, or a Word document without
/// breaks, is read as one page.
fn has_pages(draft: &Version) -> bool {
    let last = draft.sections.iter().map(|s| s.pages.1).max().unwrap_or(0);
    last > 1 || draft.file.to_lowercase().ends_with(".pdf")
}

/// The page references of `found` (as written) when the draft has no
/// pages ([`has_pages`]): they cannot be resolved against it.
fn unpaged_pages(draft: &Version, found: &refs::Refs) -> Vec<String> {
    if has_pages(draft) {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for p in &found.pages {
        if !out.contains(&p.written) {
            out.push(p.written.clone());
        }
    }
    out
}

/// The note for page references to a draft without pages:
/// `verwijst naar "pagina 3" (deze versie heeft geen paginanummers)`.
fn unpaged_note(written: &[String]) -> String {
    let quoted: Vec<String> = written.iter().map(|w| format!("\"{w}\"")).collect();
    format!(
        "verwijst naar {} (deze versie heeft geen paginanummers)",
        quoted.join(" en ")
    )
}

/// The page references of `text` (as written) that cannot be resolved
/// because `draft` has no pages (a Word document without page breaks, a
/// text or Markdown file), when none of its section references resolves
/// either. For `inspraak check`.
pub fn unpaged_references(draft: &Version, text: &str) -> Vec<String> {
    let found = refs::find(text);
    if found
        .sections
        .iter()
        .any(|r| resolve_with(&r.number, |m| draft.section(m)).is_some())
    {
        return Vec::new();
    }
    unpaged_pages(draft, &found)
}

/// The other form of a chapter's number: `III` for `3` and back (of an
/// appendix's too: `Bijlage II` for `Bijlage 2`), `2` for
/// `2.0` (a draft numbered `1.0`, `2.0` reads those as chapters `1`, `2`),
/// and so of a section's chapter: `II.2` for `2.2` and back (a draft with
/// chapters in roman numerals writes its sections either way).
fn other_form(number: &str) -> Option<String> {
    // An appendix numbered one way by the draft, the other by a comment
    // (`Bijlage II` for `Bijlage 2` and back).
    if let Some(label) = number.strip_prefix("Bijlage ") {
        let other = match crate::text::roman_value(label) {
            Some(n) => n.to_string(),
            None => {
                let n: u32 = label.parse().ok().filter(|&n| n > 0)?;
                (n <= crate::text::MAX_ROMAN_CHAPTER).then(|| crate::text::roman_numeral(n))?
            }
        };
        return Some(format!("Bijlage {other}"));
    }
    if let Some(n) = crate::text::roman_value(number) {
        return Some(n.to_string());
    }
    let chapter = number.strip_suffix(".0").unwrap_or(number);
    if chapter == number {
        // A section of a chapter in roman numerals: `II.2` or `2.2`.
        if let Some((first, rest)) = number.split_once('.') {
            if let Some(n) = crate::text::roman_value(first) {
                return Some(format!("{n}.{rest}"));
            }
            let n: u32 = first.parse().ok().filter(|&n| n > 0)?;
            return (n <= crate::text::MAX_ROMAN_CHAPTER)
                .then(|| format!("{}.{rest}", crate::text::roman_numeral(n)));
        }
    }
    let n: u32 = chapter.parse().ok().filter(|&n| n > 0)?;
    if chapter != number {
        return Some(n.to_string());
    }
    (n <= crate::text::MAX_ROMAN_CHAPTER).then(|| crate::text::roman_numeral(n))
}

/// The references of `found` (as written) that `known` does not resolve,
/// when none of its references does: the comment is about parts the
/// draft does not have (`Bijlage 4` of a draft with three appendices).
/// Bare numbers (`2.5`) are left out: they may be anything.
fn unresolved(found: &refs::Refs, known: impl Fn(&str) -> bool) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for r in &found.sections {
        if known(&r.number) {
            return Vec::new();
        }
        if !r.bare && !out.contains(&r.written.as_str()) {
            out.push(&r.written);
        }
    }
    out
}

/// The note for a comment that refers to parts the draft does not have:
/// `verwijst naar "Bijlage 4" (niet in deze versie)`.
pub fn missing_note(written: &[&str]) -> String {
    let quoted: Vec<String> = written.iter().map(|w| format!("\"{w}\"")).collect();
    format!(
        "verwijst naar {} (niet in deze versie)",
        quoted.join(" en ")
    )
}

/// The references of `text` (as written) to sections that `draft` does not
/// have, when it refers to none that it has: [`Linker::link`] then makes
/// its topical links suggestions only. For `inspraak check`.
pub fn missing_references(draft: &Version, text: &str) -> Vec<String> {
    let found = refs::find(text);
    let norm = format!(" {} ", crate::ids::normalize(text));
    let names_label = draft_labels(draft)
        .iter()
        .any(|(_, l, _)| norm.contains(l.as_str()));
    let printed: HashMap<String, u32> = draft
        .page_labels
        .iter()
        .map(|l| (l.printed.clone(), l.page))
        .collect();
    missing_parts(
        draft,
        &found,
        text,
        |n| resolve_with(n, |m| draft.section(m)).is_some_and(|(_, exact)| exact),
        names_label,
        |p, n| page_sheet(draft, &printed, p, n),
    )
}

/// The sheet (physical page) that page `n` of reference `p` names in
/// `draft`: for a PDF draft, the sheet `n` itself where the writer counts
/// in the PDF viewer (`pagina 14 van de pdf`, [`refs::PageRef::viewer`]),
/// whatever number that page prints; otherwise the page that prints `n`
/// ([`sheet_of`]). A Word or text draft has no such sheets: `pagina 11
/// van de pdf-versie` names a page of a file the tool was not given, read
/// as the page that prints 11 (its words decide where they disagree, see
/// [`Linker::add_pages`]).
fn page_sheet(
    draft: &Version,
    printed: &HashMap<String, u32>,
    p: &refs::PageRef,
    n: u32,
) -> Option<u32> {
    if p.viewer && draft.file.to_lowercase().ends_with(".pdf") {
        return (n > 0).then_some(n);
    }
    sheet_of(printed, n)
}

/// The sheet (physical page) that page number `n`, as a respondent
/// writes it, names in a draft with `printed` page numbers (label →
/// sheet): the sheet that prints `n`; else counted on from the sheet that
/// prints the nearest number (a page whose number was not read, or one
/// past the printed pages: `pag. 8` of a draft printed 1-6 after a cover
/// and a contents page is no sheet of it, not its 8th sheet); `None`
/// before the first sheet. Without printed numbers, the sheet `n`.
fn sheet_of(printed: &HashMap<String, u32>, n: u32) -> Option<u32> {
    if let Some(&sheet) = printed.get(&n.to_string()) {
        return Some(sheet);
    }
    let nearest = printed
        .iter()
        .filter_map(|(label, &sheet)| Some((label.parse::<i64>().ok()?, sheet)))
        .min_by_key(|&(label, sheet)| ((label - i64::from(n)).abs(), sheet));
    match nearest {
        None => Some(n),
        Some((label, sheet)) => u32::try_from(i64::from(sheet) + i64::from(n) - label)
            .ok()
            .filter(|&s| s > 0),
    }
}

/// Title phrases per section that are distinctive: used at most twice in
/// the text of the other sections, so that a title like `Huiselijk geweld en
/// kindermishandeling in de regio` does not claim every comment about
/// huiselijk geweld.
fn title_index(draft: &Version) -> Vec<Vec<(String, bool, String)>> {
    let texts: Vec<String> = draft
        .sections
        .iter()
        .map(|s| format!(" {} ", crate::ids::normalize(&s.text)))
        .collect();
    let phrases: Vec<Vec<String>> = draft
        .sections
        .iter()
        .map(|s| {
            // A title block's title is the document's: naming it (`de
            // concept-regiovisie Geweld thuis samen aanpakken`) names the
            // whole draft, no part of it.
            if topic::is_title_block(s) {
                Vec::new()
            } else {
                title_phrases(&s.title)
            }
        })
        .collect();
    let wholes: Vec<&String> = phrases.iter().filter_map(|p| p.first()).collect();
    // An opening that is another section's whole title names that section
    // (`Centrale ambitie` of `Centrale ambitie en uitgangspunten` is the
    // title of its subsection).
    let kept: Vec<Vec<(&String, bool)>> = phrases
        .iter()
        .map(|ps| {
            let whole = ps.first();
            ps.iter()
                .filter(|p| Some(*p) == whole || !wholes.contains(p))
                .map(|p| (p, Some(p) == whole))
                .collect()
        })
        .collect();
    let needles: Vec<String> = kept
        .iter()
        .flatten()
        .map(|(p, _)| format!(" {p} "))
        .collect();
    let total = uses(&texts, &needles);
    let mut k = 0;
    kept.into_iter()
        .enumerate()
        .map(|(i, ps)| {
            ps.into_iter()
                .filter_map(|(p, is_whole)| {
                    // Uses in other sections' text (a section may repeat
                    // its own title freely).
                    let needle = &needles[k];
                    let elsewhere = total[k] - texts[i].matches(needle.as_str()).count();
                    k += 1;
                    (elsewhere <= 2).then(|| (p.clone(), is_whole, needle.clone()))
                })
                .collect()
        })
        .collect()
}

/// The content words of a title, normalised: words of three letters or
/// more, no stop words, no numbers.
fn content_words(title: &str) -> Vec<String> {
    crate::ids::normalize(title)
        .split(' ')
        .filter(|w| {
            w.chars().count() > 2
                && !crate::text::is_stop_word(w)
                && !w.chars().all(|c| c.is_ascii_digit())
        })
        .map(str::to_string)
        .collect()
}

/// Whether the words of a comment (`said`, normalised) name a title by
/// its content words (`title`, see [`content_words`]): each of them is
/// used, also with another ending (`doel` for `Doelen`: the shorter of at
/// least four letters, the longer at most two letters more).
fn names_title(said: &[&str], title: &[String]) -> bool {
    let like = |a: &str, b: &str| {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        a == b
            || short.chars().count() >= 4
                && long.starts_with(short)
                && long.len() - short.len() <= 2
    };
    !title.is_empty() && title.iter().all(|t| said.iter().any(|w| like(w, t)))
}

/// Per needle: its uses in all `texts`, as [`str::matches`] counts them
/// (from the left, not overlapping) in each text. Every text is searched
/// once for all needles.
fn uses(texts: &[String], needles: &[String]) -> Vec<usize> {
    let Ok(ac) = aho_corasick::AhoCorasick::new(needles) else {
        return needles
            .iter()
            .map(|n| texts.iter().map(|t| t.matches(n.as_str()).count()).sum())
            .collect();
    };
    let mut total = vec![0; needles.len()];
    let mut free_from = vec![0; needles.len()];
    for t in texts {
        free_from.fill(0);
        // Every occurrence of every needle, in order of their ends (so of
        // their starts for each needle); one starting within the needle's
        // last counted use is passed over, as `str::matches` does.
        for m in ac.find_overlapping_iter(t.as_str()) {
            let n = m.pattern().as_usize();
            if m.start() >= free_from[n] {
                total[n] += 1;
                free_from[n] = m.end();
            }
        }
    }
    total
}

/// Phrases that name a section by its title: the whole title and its
/// shortest opening with two content words (`Leidende principes` for
/// `Leidende principes bij de uitvoering`), normalised; none for titles
/// with fewer than two content words, which would match too easily.
fn title_phrases(title: &str) -> Vec<String> {
    let norm = crate::ids::normalize(title);
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    let content = |w: &&str| {
        w.chars().count() > 2
            && !crate::text::is_stop_word(w)
            && !w.chars().all(|c| c.is_ascii_digit())
    };
    if words.iter().filter(|w| content(w)).count() < 2 {
        return Vec::new();
    }
    let mut out = vec![words.join(" ")];
    let mut seen = 0;
    for (k, w) in words.iter().enumerate() {
        if content(w) {
            seen += 1;
        }
        if seen == 2 {
            let prefix = words[..=k].join(" ");
            if !out.contains(&prefix) {
                out.push(prefix);
            }
            break;
        }
    }
    out
}

/// Where the comment's own number `label` opens a paragraph of `text`
/// that follows only headings (`3 Toezicht` above `3.1 De raad ...`: the
/// chapter's heading opens its first sub-point's comment): the number
/// standing alone, not the start of a longer one (`3.1` is not `3.12`).
fn own_number_below_headings(text: &str, label: &str) -> Option<usize> {
    let mut at = 0;
    for para in text.split("\n\n") {
        let start = at + (para.len() - para.trim_start().len());
        at += para.len() + 2;
        let p = para.trim();
        if let Some(after) = p.strip_prefix(label) {
            let digit = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
            let alone = !(digit(after) || after.strip_prefix('.').is_some_and(digit));
            return alone.then_some(start);
        }
        let heading = !p.contains('\n')
            && (1..=HEADING_WORDS).contains(&p.split_whitespace().count())
            && !p.ends_with(['.', '!', '?', ':', ';', ',']);
        if !heading {
            return None;
        }
    }
    None
}

/// Most words of a heading of the letter's own above a comment's first
/// paragraph (see [`own_number_below_headings`]).
const HEADING_WORDS: usize = 12;

/// The byte ranges of the numbers of a comment's own sub-headings: a
/// paragraph of `text` that is only a title numbered under the comment's
/// number `label` (`3.1 Wat de regiovisie zegt`, `3.2. Ons advies` in
/// chapter `3`): no sentence's end, at most fourteen words.
fn own_sub_headings(text: &str, label: &str) -> Vec<(usize, usize)> {
    if label.is_empty() || !label.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Vec::new();
    }
    let prefix = format!("{label}.");
    let mut out = Vec::new();
    let mut at = 0;
    for para in text.split("\n\n") {
        let start = at + (para.len() - para.trim_start().len());
        at += para.len() + 2;
        let p = para.trim();
        let Some(rest) = p.strip_prefix(&prefix) else {
            continue;
        };
        let digits = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .count();
        let title = rest[digits..].trim_start_matches('.');
        let heading = digits > 0
            && title.starts_with(char::is_whitespace)
            && !p.ends_with(['.', '!', '?', ':', ';', ','])
            && !p.contains('\n')
            && (2..=15).contains(&p.split_whitespace().count());
        if heading {
            out.push((start, start + prefix.len() + digits));
        }
    }
    out
}

#[cfg(test)]
mod tests;
