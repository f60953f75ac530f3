//! The typed render contexts: what the templates (and the Word writer) can
//! use, built from a [`Consultation`].
//!
//! Every text that comes from a submission passes through the
//! [`Scrubber`] here for public documents; letters get the respondent's own
//! words unchanged. Templates escape the text themselves (HTML or
//! Markdown, by the registry's escape function).

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::diff::{self, Block, Piece};
use super::{GroupBy, Lang};
use crate::model::{Change, Comment, Consultation, MemoNumber, Response, Status};
use crate::privacy::{LearntNames, Scrubber};

/// A further linked section is named in the memo when its score is at least
/// this share of the best link's score.
pub const SHOWN_LINK_SHARE: f32 = 0.6;
/// At most this many linked sections are named per comment in the memo.
pub const MAX_SHOWN_LINKS: usize = 3;

/// What a letter's key by its inputs ([`Builder::letter_key`]) starts
/// with besides the tool's stamp: changed when letters are keyed
/// differently.
const LETTER_INPUTS: &[u8] = b"letter inputs 1";

/// Most excerpts shown per comment.
const MAX_EXCERPTS: usize = 3;

/// The response memo (nota van beantwoording).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MemoContext {
    /// `nl` or `en`.
    pub lang: &'static str,
    pub title: String,
    /// Start of the consultation period, written out (`1 september 2026`).
    pub period_start: Option<String>,
    pub deadline: Option<String>,
    /// Label of the consultation draft (first version).
    pub draft_label: Option<String>,
    /// Label of the newest version, when there are two or more.
    pub final_label: Option<String>,
    /// The consultation draft as a sentence names it (`de inspraakversie`,
    /// `versie 0.9`, `‘Concept maart’`: see [`Words::version_in_sentence`]).
    #[serde(default)]
    pub draft_in_sentence: Option<String>,
    /// The opening sentence without its period and full stop: which text
    /// was open for comments (`De inspraakversie van ‘Regiovisie’ heeft ter
    /// inzage gelegen`), made from any version label.
    pub opening: String,
    /// Who answers the responses (`sender` in consultation.toml) as the
    /// subject at the start of a sentence (`De werkgroep`, `Projectgroep
    /// regiovisie`).
    pub sender: String,
    /// The same inside a sentence (`de werkgroep`).
    pub sender_in_sentence: String,
    pub responses_total: usize,
    pub responses_ok: usize,
    pub comments_total: usize,
    /// Responses and comments per kind of respondent (kinds with none left out).
    pub by_kind: Vec<KindRow>,
    /// Comments per decision.
    pub by_status: Vec<StatusRow>,
    pub late: Vec<LateRow>,
    /// Points of late submissions still without a decision.
    pub late_open: usize,
    /// Late submissions without any point (a cover note read with
    /// `no_points`, a file that could not be read): read, but nothing in
    /// them was answered, so the memo does not say it was.
    pub late_without_points: usize,
    /// Responses dated after the deadline that the working group did not
    /// mark late (`late = false` in consultation.toml: an agreed
    /// extension): the memo then does not say all came in time.
    pub accepted_late: usize,
    /// Responses whose date nobody knows while a deadline is set (none
    /// read, none set, nor `late`): whether they came in time cannot be
    /// told, so the memo does not say all did.
    pub undated: usize,
    /// Campaign groups (identical comments by several senders).
    pub campaigns: usize,
    /// `section`, `respondent` or `theme`.
    pub group_by: &'static str,
    /// Not in the templates' context as such: they see [`MemoView`].
    #[serde(skip)]
    pub groups: Vec<Group>,
    /// The largest changes that follow from comments.
    pub main_changes: Vec<ChangeRow>,
    /// Every change but the editorial ones, in document order.
    pub changes: Vec<ChangeRow>,
    /// Editorial changes (ambtshalve wijzigingen).
    pub editorial: Vec<ChangeRow>,
    pub problems: Vec<ProblemRow>,
    /// Comments without a decision.
    pub open: Vec<OpenRow>,
    pub orphaned: Vec<OrphanRow>,
}

/// The memo as its templates see it: the fields of [`MemoContext`], with
/// each comment of `groups` as the item partials rendered it
/// (`rendered_html`, `rendered_md`, put in place by `{{> item}}`) and the
/// fields that say where it belongs.
#[derive(Debug, Serialize)]
pub struct MemoView<'a> {
    #[serde(flatten)]
    pub memo: &'a MemoContext,
    pub groups: Vec<GroupView<'a>>,
}

/// A heading of the memo's body, as the memo templates see it.
#[derive(Debug, Serialize)]
pub struct GroupView<'a> {
    pub title: &'a str,
    pub anchor: &'a str,
    pub see_also: &'a [SeeAlso],
    pub items: Vec<ItemView<'a>>,
}

/// One comment as the memo templates see it: rendered by the item partial
/// on its own, with the [`Item`] as its context.
#[derive(Debug, Serialize)]
pub struct ItemView<'a> {
    pub number: MemoNumber,
    pub id: &'a str,
    pub respondent: &'a str,
    pub kind: &'a str,
    pub late: bool,
    pub campaign: bool,
    pub senders: usize,
    pub status: &'a str,
    pub status_key: &'static str,
    pub open: bool,
    pub changes_text: bool,
    /// The HTML item partial's output for this comment.
    pub rendered_html: &'a str,
    /// The Markdown item partial's output for this comment.
    pub rendered_md: &'a str,
}

impl MemoContext {
    /// Every comment of the memo's body, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.groups.iter().flat_map(|g| &g.items)
    }

    /// The view for the templates, with `html[i]` and `md[i]` the rendered
    /// `i`th item of [`MemoContext::items`].
    pub fn view<'a>(
        &'a self,
        html: &'a [std::borrow::Cow<'a, str>],
        md: &'a [std::borrow::Cow<'a, str>],
    ) -> MemoView<'a> {
        let (mut html, mut md) = (html.iter(), md.iter());
        let groups = self
            .groups
            .iter()
            .map(|g| GroupView {
                title: &g.title,
                anchor: &g.anchor,
                see_also: &g.see_also,
                items: g
                    .items
                    .iter()
                    .map(|i| ItemView {
                        number: i.number,
                        id: &i.id,
                        respondent: &i.respondent,
                        kind: &i.kind,
                        late: i.late,
                        campaign: i.campaign,
                        senders: i.senders,
                        status: &i.status,
                        status_key: i.status_key,
                        open: i.open,
                        changes_text: i.changes_text,
                        rendered_html: html.next().map_or("", |r| r.as_ref()),
                        rendered_md: md.next().map_or("", |r| r.as_ref()),
                    })
                    .collect(),
            })
            .collect();
        MemoView { memo: self, groups }
    }
}

/// The memo as templates rewritten by [`super::templates::Templates::spliced`]
/// see it: each group's items as one text per document.
#[derive(Debug, Serialize)]
pub struct SplicedView<'a> {
    #[serde(flatten)]
    pub memo: &'a MemoContext,
    pub groups: Vec<SplicedGroup<'a>>,
}

/// A heading of the memo's body with its items' rendered parts joined.
#[derive(Debug, Serialize)]
pub struct SplicedGroup<'a> {
    pub title: &'a str,
    pub anchor: &'a str,
    pub see_also: &'a [SeeAlso],
    /// Field [`super::templates::SPLICED_HTML`].
    pub inspraak_spliced_items_html: String,
    /// Field [`super::templates::SPLICED_MD`].
    pub inspraak_spliced_items_md: String,
}

impl MemoContext {
    /// The view for spliced templates, with `html[i]` and `md[i]` the
    /// rendered `i`th item of [`MemoContext::items`], each followed by
    /// `html_after` or `md_after` (what the templates' item loops write
    /// after each item).
    pub fn spliced_view<'a>(
        &'a self,
        html: &[std::borrow::Cow<'_, str>],
        md: &[std::borrow::Cow<'_, str>],
        spliced: &super::templates::Spliced,
    ) -> SplicedView<'a> {
        let join = |parts: &[std::borrow::Cow<'_, str>], after: &str| {
            let size = parts.iter().map(|p| p.len() + after.len()).sum();
            let mut out = String::with_capacity(size);
            for p in parts {
                out.push_str(p);
                out.push_str(after);
            }
            out
        };
        let mut start = 0;
        let groups = self
            .groups
            .iter()
            .map(|g| {
                let end = start + g.items.len();
                let group = SplicedGroup {
                    title: &g.title,
                    anchor: &g.anchor,
                    see_also: &g.see_also,
                    inspraak_spliced_items_html: join(
                        html.get(start..end).unwrap_or_default(),
                        &spliced.html_after,
                    ),
                    inspraak_spliced_items_md: join(
                        md.get(start..end).unwrap_or_default(),
                        &spliced.md_after,
                    ),
                };
                start = end;
                group
            })
            .collect();
        SplicedView { memo: self, groups }
    }
}

/// One row of the table of responses by kind.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KindRow {
    pub label: String,
    pub responses: usize,
    pub comments: usize,
}

/// One row of the table of decisions.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatusRow {
    pub label: String,
    pub key: &'static str,
    pub count: usize,
}

/// A late submission.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LateRow {
    pub respondent: String,
    pub date: Option<String>,
    pub comments: usize,
    /// Its points still without a decision.
    pub open: usize,
}

/// A heading of the memo's body with its comments.
#[derive(Debug, Clone, Serialize, Deserialize)]
// Its items' `&'static str` fields: a specimen only (see `specimen`).
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Group {
    pub title: String,
    /// HTML id (`groep-3`).
    pub anchor: String,
    /// Grouped by respondent: this respondent's points that are answered
    /// under another respondent's heading (the same campaign letter, the
    /// same text sent earlier by someone else), so a reader looking for
    /// this respondent finds where they are answered.
    pub see_also: Vec<SeeAlso>,
    pub items: Vec<Item>,
}

/// A point answered under another heading of the memo (see
/// [`Group::see_also`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SeeAlso {
    /// The memo number it is answered under (`9.1`).
    pub number: MemoNumber,
    /// Public name of the respondent it is shown with.
    pub respondent: String,
}

/// Sentences that only some senders of a campaign's point added to it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Addition {
    /// Their public names (`Inwoner 16`).
    pub senders: Vec<String>,
    pub text: String,
}

/// One comment as shown in the memo or a letter.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Item {
    /// Number of the comment in the memo (`Reactie 12.3`).
    pub number: MemoNumber,
    pub id: String,
    /// Public name in the memo; real name in letters.
    pub respondent: String,
    pub kind: String,
    pub late: bool,
    /// The comment's own label in the letter (`1`, `Advies 3`).
    pub label: Option<String>,
    /// How a letter refers to the point by its label: `uw punt 3`, `uw
    /// advies 1` (the letter's own word for it), `your point 3`.
    pub label_ref: Option<String>,
    /// Comment text (in the memo the working group's summary instead,
    /// when `summary` is true; a letter always has the sender's words).
    pub text: String,
    /// The language of `text` when it is clearly not the document's
    /// (`lang` on its element: an English letter quoted in the Dutch memo).
    pub text_lang: Option<String>,
    /// `text` as paragraphs, lists and tables when it holds a table
    /// ([`diff::text_blocks`]), so that the table shows as one; empty
    /// otherwise.
    #[serde(default)]
    pub text_blocks: Vec<Block>,
    pub summary: bool,
    /// Sent by several respondents (campaign).
    pub campaign: bool,
    /// Number of senders (1 for an ordinary comment).
    pub senders: usize,
    /// The other senders' public names (a late one marked so).
    pub other_senders: Vec<String>,
    /// A campaign's point in the memo: the sentences only some of its
    /// senders wrote, apart from `text` (which holds those all wrote).
    #[serde(default)]
    pub additions: Vec<Addition>,
    /// How many of the senders sent it late (all of a campaign group's).
    pub late_senders: usize,
    pub sections: Vec<SectionRow>,
    /// Status label in the chosen language (`deels overgenomen`).
    pub status: String,
    pub status_key: &'static str,
    pub open: bool,
    /// Whether the decision changes the text.
    pub changes_text: bool,
    /// The decision in plain words (`leidt tot aanpassing`).
    pub decision: String,
    pub answer: String,
    pub has_answer: bool,
    /// The changed text that follows from the comment.
    pub excerpts: Vec<Excerpt>,
}

/// A section reference (`5.2 Preventie`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SectionRow {
    pub number: String,
    pub title: String,
    /// Number and title as the memo names the section: `§ 5.2 Preventie`
    /// ([`section_heading`]).
    pub heading: String,
}

/// A diff excerpt of one changed section.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Excerpt {
    /// `5.2 Preventie` (in the newest version when it still exists).
    pub section: String,
    /// The section is new: all of its text was added (the letter says
    /// so instead of "the text of ... was changed").
    pub added: bool,
    /// Only the opening of an added section is shown (`…`): the letter
    /// says so.
    pub shortened: bool,
    /// The draft's language when it is clearly not the document's (a Dutch
    /// draft quoted in the English memo).
    #[serde(default)]
    pub text_lang: Option<String>,
    pub pieces: Vec<Piece>,
    /// `pieces` as paragraphs, lists and tables ([`diff::blocks`]).
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// A change in the overview table.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChangeRow {
    /// `gewijzigd`, `toegevoegd`, ...
    pub kind: String,
    pub before: String,
    pub after: String,
    /// The section as the newest version has it, or as the older one had
    /// it when the change removed it: what a list of changes names.
    pub section: String,
    pub words_added: usize,
    pub words_removed: usize,
    /// Comments (memo numbers) behind the change.
    pub comments: Vec<CommentRef>,
}

/// A reference to a comment in the memo (`12.3 (Gemeente Katwijk)`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CommentRef {
    pub number: MemoNumber,
    pub respondent: String,
}

/// A file that could not be processed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProblemRow {
    pub file: String,
    pub message: String,
}

/// A comment still without a decision.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OpenRow {
    pub number: MemoNumber,
    pub respondent: String,
    /// How many responses sent it (a campaign's point is listed once, as
    /// the memo answers it, while the count of open points counts each).
    pub senders: usize,
}

/// A decision whose comment was not found again.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrphanRow {
    pub comment_id: String,
    pub text: String,
    pub status: String,
}

/// A feedback letter to one respondent.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LetterContext {
    pub lang: &'static str,
    pub title: String,
    /// The respondent's real name (letters are not public).
    pub respondent: String,
    pub public_name: String,
    pub kind: String,
    /// The letter's own date.
    pub date: Option<String>,
    /// The date of receipt, when the working group set one (`received`)
    /// other than the letter's date.
    pub received: Option<String>,
    pub deadline: Option<String>,
    pub late: bool,
    /// Whether the respondent is a private person (known in the public
    /// memo only by `public_name`).
    pub private_person: bool,
    /// `Geachte heer, mevrouw,` or `Geachte leden van de raad,`.
    pub salutation: String,
    /// Who signs the letter (`sender` in consultation.toml).
    pub sender: String,
    /// The sender at the start of a sentence (`De Werkgroep regiovisie`),
    /// as [`MemoContext::sender`].
    pub sender_start: String,
    /// The sender inside a sentence (`de werkgroep`), as
    /// [`MemoContext::sender_in_sentence`].
    pub sender_in_sentence: String,
    pub items: Vec<Item>,
    /// Number of comments that led to a change.
    pub changed: usize,
    /// Number of comments still without a decision.
    pub open: usize,
    /// Number of comments with a decision.
    pub decided: usize,
}

/// The redline of the whole document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RedlineContext {
    pub lang: &'static str,
    /// The draft's language when it is clearly not the page's
    /// ([`draft_language`]): `lang` of the redline's text.
    pub text_lang: Option<String>,
    pub title: String,
    pub draft_label: String,
    pub final_label: String,
    /// Changed sections, for the table of contents.
    pub toc: Vec<TocRow>,
    pub sections: Vec<RedlineSection>,
}

/// A changed section in the table of contents.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TocRow {
    pub anchor: String,
    pub heading: String,
    pub kind: String,
    pub editorial: bool,
}

/// One section of the redline.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RedlineSection {
    pub anchor: String,
    /// `5.2 Preventie`; for a renamed section the new heading.
    pub heading: String,
    /// 1..=6, for the HTML heading level (`h2` for chapters).
    pub level: u8,
    pub changed: bool,
    pub removed: bool,
    /// Only punctuation, whitespace or capitals changed.
    pub editorial: bool,
    pub kind: String,
    /// A kept section whose number or title changed: its heading as a
    /// diff (draft's number and title deleted, the new ones inserted);
    /// empty otherwise.
    pub heading_pieces: Vec<Piece>,
    /// A moved section: its heading in the consultation draft; empty
    /// otherwise.
    pub moved_from: String,
    pub pieces: Vec<Piece>,
    /// `pieces` as paragraphs, lists and tables ([`diff::blocks`]).
    pub blocks: Vec<Block>,
}

impl RedlineSection {
    /// With its `blocks` made from its `pieces`.
    pub fn with_blocks(mut self) -> RedlineSection {
        self.blocks = diff::blocks(&self.pieces);
        self
    }
}

/// Words that depend on the language.
struct Words {
    lang: Lang,
}

impl Words {
    fn status(&self, s: Status) -> String {
        match self.lang {
            Lang::Nl => s.label_nl().to_string(),
            Lang::En => s.label_en().to_string(),
        }
    }

    fn kind(&self, k: crate::model::RespondentKind) -> String {
        match self.lang {
            Lang::Nl => k.label_nl().to_string(),
            Lang::En => k.label_en().to_string(),
        }
    }

    /// A problem's short description, naming no file (`file` is the
    /// problem's, for its kind of file); `None` for a kind whose message
    /// has to speak for itself.
    fn problem(&self, k: crate::model::ProblemKind, file: &str) -> Option<String> {
        k.label_for(file, self.lang == Lang::Nl).map(capitalised)
    }

    fn decision(&self, s: Status) -> String {
        let (nl, en) = match s {
            Status::Open => ("nog geen besluit", "not yet decided"),
            Status::PartlyAdopted => (
                "leidt gedeeltelijk tot aanpassing",
                "leads in part to a change",
            ),
            s if s.changes_text() => ("leidt tot aanpassing", "leads to a change"),
            _ => ("leidt niet tot aanpassing", "does not lead to a change"),
        };
        self.pick(nl, en)
    }

    /// The kind of a change in words, every way the section changed
    /// (`vernummerd, hernoemd en gewijzigd`); a split or merge says where
    /// the sections went (`gewijzigd; 3.1.1 en 3.1.2 samengevoegd in 3.1`).
    fn change_kind(&self, ch: &Change) -> String {
        let nl = self.lang == Lang::Nl;
        let kind = ch.describe(nl);
        match ch.regrouping(nl) {
            Some(r) => format!("{kind}; {r}"),
            None => kind,
        }
    }

    fn salutation(&self, k: crate::model::RespondentKind) -> String {
        use crate::model::RespondentKind as K;
        match k {
            K::Council => self.pick("Geachte leden van de raad,", "Dear members of the council,"),
            K::ExecutiveBoard => {
                self.pick("Geacht college,", "Dear members of the executive board,")
            }
            K::AdvisoryCouncil => self.pick(
                "Geachte leden van de adviesraad,",
                "Dear members of the advisory council,",
            ),
            _ => self.pick("Geachte heer, mevrouw,", "Dear Sir or Madam,"),
        }
    }

    /// Who answers the responses: `configured` (its first line), else the
    /// working group; as the subject opening a sentence and inside one (an
    /// article of its own in lower case there: `de projectgroep`).
    fn sender(&self, configured: Option<&str>) -> (String, String) {
        let name = configured
            .and_then(|s| s.lines().map(str::trim).find(|l| !l.is_empty()))
            .map(one_line);
        let Some(name) = name else {
            return (
                self.pick("De werkgroep", "The working group"),
                self.pick("de werkgroep", "the working group"),
            );
        };
        let start = capitalised(&name);
        let article = ["De ", "Het ", "The "]
            .iter()
            .find(|a| start.starts_with(*a) && start.len() > a.len());
        let inside = match article {
            Some(a) => format!("{}{}", a.to_lowercase(), &start[a.len()..]),
            None => match self.article_for(&name) {
                // A group named by its kind takes the article inside a
                // sentence too (`hoe de Werkgroep regiovisie ... reageert`).
                Some(a) => return (format!("{} {name}", capitalised(a)), format!("{a} {name}")),
                None => name.clone(),
            },
        };
        (start, inside)
    }

    /// The article a sender's name without one takes in a sentence, when
    /// it starts with the kind of group, maybe after adjectives
    /// (`Werkgroep regiovisie`, `Ambtelijke projectgroep`, `Regionaal
    /// Bestuurlijk Overleg`, `Adviesraad Sociaal Domein`); `None` for a
    /// proper name (`Veilig Thuis Hollands Midden`, `Stichting Kinderteam`).
    fn article_for(&self, name: &str) -> Option<&'static str> {
        const DE: &[&str] = &[
            "groep",
            "commissie",
            "redactie",
            "projectleiding",
            "raad",
            "regio",
        ];
        const HET: &[&str] = &[
            "college",
            "bestuur",
            "overleg",
            "team",
            "secretariaat",
            "samenwerkingsverband",
            "platform",
            "bureau",
        ];
        // Adjectives before the kind (`Ambtelijke`, `Regionaal
        // Bestuurlijk`); any other word first makes it a proper name.
        let adjective = |w: &str| {
            ["e", "aal", "lijk", "isch", "ief"]
                .iter()
                .any(|end| w.ends_with(end))
        };
        let mut first = None;
        for word in name.split_whitespace().take(3) {
            let w = word
                .trim_matches(|c: char| !c.is_alphabetic())
                .to_lowercase();
            if HET.iter().any(|n| w.ends_with(n)) {
                first = Some("het");
            } else if DE.iter().any(|n| w.ends_with(n)) {
                first = Some("de");
            } else if adjective(&w) {
                continue;
            }
            break;
        }
        let first = first?;
        Some(if self.lang == Lang::En { "the" } else { first })
    }

    /// The opening sentence of the memo up to its period: which text was
    /// open for comments, in which version (`label`, any text) when known.
    fn opening(&self, title: &str, label: Option<&str>) -> String {
        let en = self.lang == Lang::En;
        let doc = match (title.trim(), en) {
            ("", false) => "de ontwerptekst".to_string(),
            ("", true) => "the draft".to_string(),
            (t, _) => format!("‘{t}’"),
        };
        let Some(label) = label.map(str::trim).filter(|l| !l.is_empty()) else {
            return match en {
                false => format!("Over {doc} is inspraak gehouden"),
                true => format!("{} was open for consultation", capitalised(&doc)),
            };
        };
        if en {
            let label = self.version_label(label);
            // The consultation draft is the version that was open for
            // consultation: no need to name it.
            if label == "consultation draft" {
                return format!("{} was open for consultation", capitalised(&doc));
            }
            if let Some(number) = label.strip_prefix("version ") {
                return format!(
                    "{} was open for consultation as version {number}",
                    capitalised(&doc)
                );
            }
            return format!(
                "{} was open for consultation in the version ‘{label}’",
                capitalised(&doc)
            );
        }
        let lower = label.to_lowercase();
        let words: Vec<&str> = label.split_whitespace().collect();
        match words.as_slice() {
            // `Inspraakversie`, `ontwerpversie`: a noun that takes `de`.
            [_] if lower.ends_with("versie") && lower != "versie" => {
                format!("De {lower} van {doc} heeft ter inzage gelegen")
            }
            // `Versie 0.9`.
            [versie, number] if versie.to_lowercase() == "versie" => {
                format!(
                    "{} heeft in versie {number} ter inzage gelegen",
                    capitalised(&doc)
                )
            }
            _ => format!(
                "{} heeft in de versie ‘{label}’ ter inzage gelegen",
                capitalised(&doc)
            ),
        }
    }

    fn general(&self) -> String {
        self.pick("Algemeen", "General")
    }

    fn no_theme(&self) -> String {
        self.pick("Overige reacties", "Other comments")
    }

    /// A letter's reference to its point labelled `label`: `uw punt 3`,
    /// and for a label with a word of its own (`Advies 1`) that word: `uw
    /// advies 1`.
    fn label_ref(&self, label: &str) -> String {
        let label = label.trim();
        let worded = label.starts_with(char::is_alphabetic)
            && label.contains(char::is_whitespace)
            && label.chars().any(|c| c.is_ascii_digit());
        match (self.lang, worded) {
            (Lang::Nl, true) => {
                let (word, rest) = label.split_once(char::is_whitespace).unwrap_or((label, ""));
                format!("uw {} {}", word.to_lowercase(), rest.trim_start())
            }
            (Lang::Nl, false) => format!("uw punt {label}"),
            (Lang::En, true) => format!("your {label}"),
            (Lang::En, false) => format!("your point {label}"),
        }
    }

    /// A version's label as the documents show it. Without a label in
    /// `consultation.toml` a version is called by the tool's Dutch
    /// defaults (`Inspraakversie`, `Definitief`, `Versie 2`); in English
    /// those are `consultation draft`, `final version`, `version 2`. Any
    /// other label is the working group's own and stays as written.
    fn version_label(&self, label: &str) -> String {
        if self.lang == Lang::Nl {
            return label.to_string();
        }
        let lower = label.trim().to_lowercase();
        match lower.split_whitespace().collect::<Vec<_>>().as_slice() {
            ["inspraakversie"] => "consultation draft".to_string(),
            // The tool's own names only: a label the working group wrote
            // (`Definitieve versie`) stays as written.
            ["definitief"] => "final version".to_string(),
            ["versie", n] if n.chars().all(|c| c.is_ascii_digit() || c == '.') => {
                format!("version {n}")
            }
            _ => label.to_string(),
        }
    }

    /// A version's label as a sentence names the version: a noun of the
    /// tool's or one like it in lower case with its article (`de
    /// inspraakversie`, `the consultation draft`), a numbered version as
    /// `versie 0.9`, any other label quoted (`‘Concept maart’`).
    fn version_in_sentence(&self, label: &str) -> String {
        let label = self.version_label(label.trim());
        let lower = label.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        match (self.lang, words.as_slice()) {
            (Lang::Nl, [w]) if w.ends_with("versie") && *w != "versie" => format!("de {lower}"),
            (Lang::Nl, ["versie", n]) | (Lang::En, ["version", n])
                if n.chars().all(|c| c.is_ascii_digit() || c == '.') =>
            {
                lower
            }
            (Lang::En, ["consultation", "draft"] | ["final", "version"]) => format!("the {lower}"),
            _ => format!("‘{label}’"),
        }
    }

    fn pick(&self, nl: &str, en: &str) -> String {
        match self.lang {
            Lang::Nl => nl.to_string(),
            Lang::En => en.to_string(),
        }
    }

    fn date(&self, d: NaiveDate) -> String {
        const NL: [&str; 12] = crate::text::DUTCH_MONTHS;
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let months = match self.lang {
            Lang::Nl => NL,
            Lang::En => EN,
        };
        format!(
            "{} {} {}",
            d.day(),
            months[d.month0() as usize % 12],
            d.year()
        )
    }

    fn code(&self) -> &'static str {
        match self.lang {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// The campaign groups and numbering of the memo: which comment stands
/// for which, and each shown comment's number.
struct Index<'a> {
    /// Comments shown in the memo with their response, in response order.
    shown: Vec<(&'a Response, &'a Comment)>,
    /// Comment id → memo number (campaign members get their group's).
    number: HashMap<&'a str, MemoNumber>,
    /// Representative comment id → public names of all senders, each with
    /// whether its submission was late.
    senders: HashMap<&'a str, Vec<(&'a str, bool)>>,
    /// Campaign member comment id → the group's representative comment.
    representative: HashMap<&'a str, &'a Comment>,
    /// Representative comment id → the comments of its senders (one per
    /// sender, in response order), each with its response.
    members: HashMap<&'a str, Vec<(&'a Response, &'a Comment)>>,
    /// Shown comment id → its position in `shown`.
    position: HashMap<&'a str, usize>,
    /// Each response's own number, in the consultation's order.
    response_numbers: Vec<u32>,
    /// Points (response index, point index) that their sender made already
    /// in another file (the letter sent by e-mail and by post): answered
    /// once, and counted once.
    repeated: HashSet<(usize, usize)>,
}

impl<'a> Index<'a> {
    fn new(c: &'a Consultation) -> Index<'a> {
        // Response numbers from the ledger; a consultation not built from
        // an inbox (numbers missing or repeated) is numbered in file order.
        let numbered = {
            let mut seen = HashSet::new();
            c.responses
                .iter()
                .all(|r| r.number > 0 && seen.insert(r.number))
        };
        let response_number = |i: usize, r: &Response| {
            if numbered {
                r.number
            } else {
                u32::try_from(i + 1).unwrap_or(u32::MAX)
            }
        };
        let number_of = |i: usize, r: &Response, p: usize| MemoNumber {
            response: response_number(i, r),
            point: u32::try_from(p + 1).unwrap_or(u32::MAX),
        };
        // A campaign is shown once, under its member with the lowest
        // number: the earliest response, which later arrivals do not
        // displace.
        let mut group_rep: HashMap<&'a str, (MemoNumber, &'a Comment)> = HashMap::new();
        for (i, r) in c.responses.iter().enumerate() {
            for (p, com) in r.comments.iter().enumerate() {
                if let Some(g) = &com.group {
                    let n = number_of(i, r, p);
                    let e = group_rep.entry(g.as_str()).or_insert((n, com));
                    if n < e.0 {
                        *e = (n, com);
                    }
                }
            }
        }
        let mut shown = Vec::new();
        let mut number = HashMap::new();
        let mut senders: HashMap<&'a str, Vec<(&'a str, bool)>> = HashMap::new();
        let mut known_senders: std::collections::HashSet<(&'a str, String)> = Default::default();
        let mut representative = HashMap::new();
        let mut members: HashMap<&'a str, Vec<(&'a Response, &'a Comment)>> = HashMap::new();
        let mut repeated = HashSet::new();
        for (i, r) in c.responses.iter().enumerate() {
            let sender_key = r.sender_key();
            for (p, com) in r.comments.iter().enumerate() {
                let rep = com.group.as_deref().and_then(|g| group_rep.get(g));
                let (n, rep) = match rep {
                    Some(&(n, rep)) => (n, rep),
                    None => (number_of(i, r, p), com),
                };
                if rep.id != com.id {
                    number.insert(com.id.as_str(), n);
                    representative.insert(com.id.as_str(), rep);
                } else if !number.contains_key(com.id.as_str()) {
                    number.insert(com.id.as_str(), n);
                    shown.push((r, com));
                }
                // Else the same text (the same id) in another response,
                // shown already: it shares that decision, so it is
                // answered there, once, with both senders, under the
                // number it was shown with.
                // One sender of the same text in two files (by e-mail and
                // by post) is one sender.
                let again = sender_key
                    .as_ref()
                    .is_some_and(|k| !known_senders.insert((rep.id.as_str(), k.clone())));
                if again {
                    repeated.insert((i, p));
                } else {
                    senders
                        .entry(rep.id.as_str())
                        .or_default()
                        .push((r.public_name.as_str(), r.late));
                    members.entry(rep.id.as_str()).or_default().push((r, com));
                }
            }
        }
        let position = shown
            .iter()
            .enumerate()
            .map(|(i, (_, com))| (com.id.as_str(), i))
            .collect();
        let response_numbers = c
            .responses
            .iter()
            .enumerate()
            .map(|(i, r)| response_number(i, r))
            .collect();
        Index {
            shown,
            number,
            senders,
            representative,
            members,
            position,
            response_numbers,
            repeated,
        }
    }

    /// The points of response `i` that the memo counts: those its sender
    /// did not make already in another file.
    fn counted_points(&self, i: usize, r: &Response) -> usize {
        (0..r.comments.len())
            .filter(|&p| !self.repeated.contains(&(i, p)))
            .count()
    }

    fn number_of(&self, com: &Comment) -> MemoNumber {
        self.number
            .get(com.id.as_str())
            .copied()
            .unwrap_or_default()
    }
}

/// Builds the item contexts of a consultation; shared by the memo and the
/// letters.
pub struct Builder<'a> {
    c: &'a Consultation,
    words: Words,
    scrub: Scrubber,
    index: Index<'a>,
    group_by: GroupBy,
    /// Comment id (and its campaign's first comment id) → the changes
    /// that name it as cause.
    caused: HashMap<&'a str, Vec<&'a Change>>,
    /// The excerpt of each change (by position in `changes`), made once.
    excerpt_of: Vec<Option<Excerpt>>,
    /// Section number in a decision's `change_ref` → shown comments
    /// (positions in `index.shown`) that refer to it.
    referring: HashMap<&'a str, Vec<usize>>,
    /// Section number of the consultation draft → shown comments
    /// (positions in `index.shown`) linked to it strongly enough to explain
    /// its change (see [`crate::compare::causes::strong_links`]).
    linking: HashMap<&'a str, Vec<usize>>,
    /// Response file → the names scrubbing learns from its texts
    /// ([`Scrubber::learnt_names`]), taken out of all its texts and the
    /// working group's texts about it; learnt when first needed.
    learnt: HashMap<&'a str, std::sync::OnceLock<LearntNames>>,
    /// Who answers the responses (`sender` in consultation.toml).
    sender: Option<String>,
    /// The draft's language when it is clearly not the documents'
    /// ([`draft_language`]).
    draft_lang: Option<&'static str>,
    /// Section number of the consultation draft → its title and heading
    /// ([`section_heading`]), made once for every item that names it.
    section_titles: HashMap<&'a str, (String, String)>,
}

impl<'a> Builder<'a> {
    /// The builder with `sender` as who answers the responses in the memo
    /// (`sender` in consultation.toml; none: the working group).
    pub fn with_sender(mut self, sender: Option<&str>) -> Builder<'a> {
        self.sender = sender.map(str::to_string);
        self
    }

    /// A builder for `c` in language `lang`, the memo's comments grouped
    /// by `group_by` and numbered in that order.
    pub fn new(c: &'a Consultation, lang: Lang, group_by: GroupBy) -> Builder<'a> {
        Builder::with_scrubber(
            c,
            lang,
            group_by,
            Scrubber::for_consultation(c).learning_groups(c),
        )
    }

    /// [`Builder::new`] with the scrubber for `c` made already (it compiles
    /// a pattern of every private person's name).
    pub fn with_scrubber(
        c: &'a Consultation,
        lang: Lang,
        group_by: GroupBy,
        scrub: Scrubber,
    ) -> Builder<'a> {
        let mut b = Builder {
            c,
            words: Words { lang },
            // Placeholders worded in the documents' language.
            scrub: scrub.worded_in(lang),
            index: Index::new(c),
            group_by,
            caused: HashMap::new(),
            excerpt_of: c.changes.iter().map(excerpt_of).collect(),
            referring: HashMap::new(),
            linking: HashMap::new(),
            learnt: HashMap::new(),
            sender: None,
            draft_lang: draft_language(c).filter(|l| *l != Words { lang }.code()),
            section_titles: section_titles(c),
        };
        // Learnt when a response's texts are first scrubbed.
        b.learnt = c
            .responses
            .iter()
            .map(|r| (r.file.as_str(), std::sync::OnceLock::new()))
            .collect();
        b.caused = b.causes();
        b.referring = b.referring();
        b.linking = b.linking();
        b
    }

    fn linking(&self) -> HashMap<&'a str, Vec<usize>> {
        let mut map: HashMap<&'a str, Vec<usize>> = HashMap::new();
        for (i, (_, com)) in self.index.shown.iter().enumerate() {
            for n in crate::compare::causes::strong_links(com) {
                let list = map.entry(n).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        map
    }

    fn referring(&self) -> HashMap<&'a str, Vec<usize>> {
        let mut map: HashMap<&'a str, Vec<usize>> = HashMap::new();
        for (i, (_, com)) in self.index.shown.iter().enumerate() {
            if let Some(r) = self.decision_of(com).change_ref.as_deref() {
                map.entry(r).or_default().push(i);
            }
        }
        map
    }

    /// Comment id → the changes that name it (or, for a campaign's
    /// representative, any member of its group) as a cause, each once: a
    /// change caused by several senders of one campaign is one change.
    fn causes(&self) -> HashMap<&'a str, Vec<&'a Change>> {
        let mut caused: HashMap<&'a str, Vec<&'a Change>> = HashMap::new();
        let mut add = |id: &'a str, ch: &'a Change| {
            let list = caused.entry(id).or_default();
            if !list.iter().any(|c| std::ptr::eq(*c, ch)) {
                list.push(ch);
            }
        };
        for ch in &self.c.changes {
            for id in &ch.comments {
                add(id.as_str(), ch);
                if let Some(rep) = self.index.representative.get(id.as_str()) {
                    if rep.id != *id {
                        add(rep.id.as_str(), ch);
                    }
                }
            }
        }
        caused
    }

    /// The memo's context.
    pub fn memo(&self) -> MemoContext {
        let group_by = self.group_by;
        let c = self.c;
        let w = &self.words;
        let items: Vec<Item> = self
            .index
            .shown
            .par_iter()
            .map(|(r, com)| self.item(r, com, true))
            .collect();
        let (changes, editorial): (Vec<&Change>, Vec<&Change>) =
            c.changes.iter().partition(|ch| !ch.editorial);
        let change_rows: Vec<ChangeRow> = changes.iter().map(|ch| self.change_row(ch)).collect();
        let raw_draft_label = c.versions.first().map(|v| v.label.as_str());
        let draft_label = raw_draft_label.map(|l| w.version_label(l));
        let (sender, sender_in_sentence) = w.sender(self.sender.as_deref());
        MemoContext {
            lang: w.code(),
            title: c.title.clone(),
            period_start: c.period_start.map(|d| w.date(d)),
            deadline: c.deadline.map(|d| w.date(d)),
            opening: w.opening(&c.title, raw_draft_label),
            sender,
            sender_in_sentence,
            draft_in_sentence: raw_draft_label.map(|l| w.version_in_sentence(l)),
            draft_label,
            final_label: (c.versions.len() > 1)
                .then(|| c.versions.last().map(|v| w.version_label(&v.label)))
                .flatten(),
            // Every response, and whatever else in `responses/` the
            // appendix lists (a folder, a link): table 1.1 counts each row
            // of the appendix about `responses/` once.
            responses_total: c.responses.len() + self.listed_non_responses(),
            responses_ok: c.responses.iter().filter(|r| r.error.is_none()).count(),
            // A sender's point made in two files (by e-mail and by post)
            // once, as the memo answers it.
            comments_total: c
                .responses
                .iter()
                .enumerate()
                .map(|(i, r)| self.index.counted_points(i, r))
                .sum(),
            by_kind: self.by_kind(),
            by_status: self.by_status(),
            late: self.late(),
            late_without_points: c
                .responses
                .iter()
                .filter(|r| r.late && r.comments.is_empty())
                .count(),
            late_open: c
                .responses
                .iter()
                .filter(|r| r.late && !self.repeats_in_time(r))
                .map(|r| self.open_points(r))
                .sum(),
            accepted_late: c.deadline.map_or(0, |deadline| {
                c.responses
                    .iter()
                    .filter(|r| !r.late && r.received.or(r.date).is_some_and(|d| d > deadline))
                    .count()
            }),
            undated: c.deadline.map_or(0, |_| {
                c.responses
                    .iter()
                    .filter(|r| {
                        !r.late && !r.late_by_hand && r.received.is_none() && r.date.is_none()
                    })
                    .count()
            }),
            campaigns: self.index.senders.values().filter(|s| s.len() > 1).count(),
            group_by: group_by.key(),
            groups: self.groups(items, group_by),
            main_changes: main_changes(&changes, &change_rows),
            changes: change_rows,
            editorial: editorial.iter().map(|ch| self.change_row(ch)).collect(),
            problems: problems_by_number(c)
                .into_iter()
                .map(|p| ProblemRow {
                    file: one_line(
                        &self.scrub.word(
                            self.scrub
                                .scrub(&crate::privacy::public_file_of(c, &p.file)),
                        ),
                    ),
                    message: match w.problem(p.kind, &p.file) {
                        Some(reason) => reason,
                        None => {
                            one_line(&self.scrub.word(
                                self.scrub.scrub(&crate::privacy::public_message_of(
                                    c, &p.file, &p.message,
                                )),
                            ))
                        }
                    },
                })
                .collect(),
            open: self.open(),
            // A decision on a response withdrawn from the inbox is not
            // published as if it were current (the ledger keeps it).
            orphaned: c
                .orphaned_decisions
                .iter()
                .filter(|o| !o.withdrawn)
                .map(|o| crate::privacy::public_orphan(c, &self.scrub, o))
                .map(|o| OrphanRow {
                    comment_id: o.comment_id,
                    text: one_line(&o.text),
                    status: w.status(o.status),
                })
                .collect(),
        }
    }

    /// The letter to the sender of `r` (real name, own words unscrubbed).
    pub fn letter(&self, r: &Response, sender: Option<&str>) -> LetterContext {
        let w = &self.words;
        let items: Vec<Item> = r
            .comments
            .iter()
            .map(|com| self.item(r, com, false))
            .collect();
        LetterContext {
            lang: w.code(),
            title: self.c.title.clone(),
            respondent: self.addressee(r),
            public_name: r.public_name.clone(),
            kind: w.kind(r.kind),
            date: r.date.map(|d| w.date(d)),
            received: r.received.filter(|d| r.date != Some(*d)).map(|d| w.date(d)),
            deadline: self.c.deadline.map(|d| w.date(d)),
            late: r.late,
            private_person: r.private_person,
            salutation: w.salutation(r.kind),
            sender: sender
                .map(str::to_string)
                .unwrap_or_else(|| w.pick("De werkgroep", "The working group")),
            sender_start: w.sender(sender).0,
            sender_in_sentence: w.sender(sender).1,
            changed: items.iter().filter(|i| !i.excerpts.is_empty()).count(),
            open: items.iter().filter(|i| i.open).count(),
            decided: items.iter().filter(|i| !i.open).count(),
            items,
        }
    }

    /// What the key of every letter ([`Builder::letter_key`]) starts with:
    /// the tool's stamp, the templates' fingerprint, the language, who
    /// signs, the consultation's title and deadline, and what the draft
    /// gives the items (section titles, the changes and their excerpts,
    /// the draft's language). `None` when it cannot be hashed (no letter is
    /// then known by its inputs).
    pub fn letter_base(&self, templates: &str, sender: Option<&str>) -> Option<[u8; 32]> {
        let mut h = crate::ids::ContentHash::default();
        h.part(crate::cache::tool_stamp().as_bytes())
            .part(LETTER_INPUTS)
            .part(templates.as_bytes())
            .part(self.words.code().as_bytes());
        h.value(&sender).ok()?;
        h.value(&self.sender).ok()?;
        h.value(&self.c.title).ok()?;
        h.value(&self.c.deadline).ok()?;
        h.value(&self.draft_lang).ok()?;
        let mut titles: Vec<_> = self.section_titles.iter().collect();
        titles.sort_unstable();
        h.value(&titles).ok()?;
        h.value(&self.c.changes).ok()?;
        h.value(&self.excerpt_of).ok()?;
        Some(h.bytes())
    }

    /// The key of the letter to `r` by its inputs, so that a letter whose
    /// inputs are those of the previous run need not be built to be known
    /// ([`super::letters`]): `base` ([`Builder::letter_base`]), `response`
    /// (the key of `r` itself and of the private persons' name parts in
    /// its texts, the names learnt from its campaigns:
    /// [`crate::public_json::piece_keys`]), and for each point what the
    /// rest of the consultation gives it: its memo number, its campaign's
    /// senders (how many, how many late), the decision it shows (its
    /// group's first point's, taken on another response, with the name
    /// parts of that decision's texts), and the changes that name it.
    pub fn letter_key(
        &self,
        base: &[u8; 32],
        r: &Response,
        response: &[u8; 32],
    ) -> Option<[u8; 32]> {
        let mut h = crate::ids::ContentHash::default();
        h.part(base).part(response);
        let count = |h: &mut crate::ids::ContentHash, n: usize| {
            h.part(&(n as u64).to_le_bytes());
        };
        for com in &r.comments {
            let number = self.index.number_of(com);
            h.part(&number.response.to_le_bytes())
                .part(&number.point.to_le_bytes());
            let senders = self.index.senders.get(com.id.as_str());
            count(&mut h, senders.map_or(0, Vec::len));
            count(
                &mut h,
                senders.map_or(0, |s| s.iter().filter(|(_, late)| *late).count()),
            );
            let decision = self.decision_of(com);
            h.value(decision).ok()?;
            count(&mut h, decision.scrub_also.len());
            for text in &decision.scrub_also {
                h.part(text.as_bytes());
            }
            // The names that could go from the texts scrubbed for this
            // letter that the response's own key does not scan: another
            // response's decision, and the texts whose names go from an
            // answer too (scrubbed to learn them).
            let shared = !std::ptr::eq(decision, &com.decision);
            if shared || !decision.scrub_also.is_empty() {
                let texts = shared
                    .then_some(decision.answer.as_str())
                    .into_iter()
                    .chain(decision.summary.as_deref().filter(|_| shared))
                    .chain(decision.scrub_also.iter().map(String::as_str));
                let relevant = self.scrub.relevant_parts(texts);
                count(&mut h, relevant.len());
                for id in relevant {
                    h.part(self.scrub.part_signature(id)?.as_bytes());
                }
            }
            let caused = self.caused.get(com.id.as_str());
            count(&mut h, caused.map_or(0, Vec::len));
            for ch in caused.into_iter().flatten() {
                let at = self.c.changes.iter().position(|c| std::ptr::eq(c, *ch))?;
                count(&mut h, at);
            }
        }
        Some(h.bytes())
    }

    /// Whom the letter to `r` is addressed to: the sender's name, or, when
    /// nobody knows it and the name is only made from the file name
    /// (`01 reactie`, `brief annemarie van der berg`), the sender of the
    /// response as the memo numbers it (`de indiener van inzending 5`):
    /// a file name is no addressee, and may name someone else.
    fn addressee(&self, r: &Response) -> String {
        let from_file = r.respondent == crate::pipeline::respondent_from_file_name(&r.file);
        if !(r.sender_unknown || from_file) {
            return r.respondent.clone();
        }
        let number = if r.number > 0 {
            r.number.to_string()
        } else {
            r.public_name
                .rsplit(' ')
                .next()
                .filter(|n| n.chars().all(|c| c.is_ascii_digit()))
                .unwrap_or("")
                .to_string()
        };
        match (self.words.lang, number.is_empty()) {
            (Lang::Nl, false) => format!("de indiener van inzending {number}"),
            (Lang::Nl, true) => "de indiener".to_string(),
            (Lang::En, false) => format!("the sender of submission {number}"),
            (Lang::En, true) => "the sender".to_string(),
        }
    }

    /// One comment; `public` scrubs personal data and uses public names.
    fn item(&self, r: &Response, com: &Comment, public: bool) -> Item {
        let w = &self.words;
        let text_of = |t: &str| {
            if public {
                self.scrub
                    .word(self.scrub.scrub_learnt(t, r, self.learnt_of(r)))
            } else {
                t.to_string()
            }
        };
        // The working group's own texts (summary, answer) about `r`; a
        // decision moved here from another respondent's point also goes
        // without the names learnt from that respondent's texts.
        let moved_from = &self.decision_of(com).scrub_also;
        let extra = (!moved_from.is_empty()).then(|| {
            self.scrub
                .learnt_from(moved_from.iter().map(String::as_str), true)
        });
        let public_text = |t: &str| {
            let once = self.scrub.scrub_learnt(t, r, self.learnt_of(r));
            let once = match &extra {
                Some(e) => self.scrub.scrub_learnt_as(&once, true, e),
                None => once,
            };
            self.scrub.without_group_names(&once, com.group.as_deref())
        };
        let decision_text_of = |t: &str| {
            let scrubbed = public_text(t);
            // Placeholders worded last: the letter's own data is found by
            // them.
            self.scrub.word(if public {
                scrubbed
            } else {
                // A letter to `r` shows the working group's text as the
                // memo does, but with what `r`'s own letter writes (their
                // name, the names and numbers they gave): no other
                // person's name or personal data (a campaign's shared
                // answer, one moved here from another respondent's point,
                // an answer that names another resident), also not in a
                // letter to a council, which ends up public.
                crate::privacy::as_known_to(t, &scrubbed, r)
            })
        };
        let names = self.index.senders.get(com.id.as_str());
        let senders = names.map_or(1, Vec::len).max(1);
        // A late sender among them is marked, so the memo's word that late
        // submissions are marked holds for campaign letters too.
        let other_senders = names
            .map(|n| {
                n.iter()
                    .filter(|(s, _)| *s != r.public_name)
                    .map(|(s, late)| {
                        if *late {
                            format!("{} ({})", one_line(s), w.pick("te laat ingediend", "late"))
                        } else {
                            one_line(s)
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let late_senders = names.map_or(0, |n| n.iter().filter(|(_, late)| *late).count());
        // The working group's summary replaces the comment text in the
        // memo only: a letter quotes the sender's own words (it answers
        // them, and a summary is no text of theirs).
        let summary = com
            .decision
            .summary
            .as_deref()
            .filter(|s| public && !s.trim().is_empty());
        let decision = self.decision_of(com);
        let status = decision.status;
        // A campaign's point in the memo: the sentences all its senders
        // wrote, each sender's own sentences apart as theirs.
        let shared = public.then(|| self.shared_text(com)).flatten();
        let text = match (summary, &shared) {
            (Some(s), _) => decision_text_of(s),
            (None, Some((t, _))) => text_of(t),
            (None, None) => text_of(&com.text),
        };
        let additions = shared.map(|(_, a)| a).unwrap_or_default();
        Item {
            number: self.index.number_of(com),
            id: com.id.clone(),
            respondent: one_line(if public {
                &r.public_name
            } else {
                &r.respondent
            }),
            kind: w.kind(r.kind),
            late: r.late,
            label: com.label.clone(),
            label_ref: com.label.as_deref().map(|l| w.label_ref(l)),
            text_lang: crate::text::language_of(&text)
                .filter(|l| *l != w.code())
                .map(str::to_string),
            text_blocks: diff::text_blocks(&text),
            text,
            summary: summary.is_some(),
            campaign: senders > 1,
            senders,
            other_senders: if public { other_senders } else { Vec::new() },
            additions,
            late_senders,
            sections: self.sections_of(com),
            status: w.status(status),
            status_key: status.key(),
            open: status == Status::Open,
            changes_text: status.changes_text(),
            decision: w.decision(status),
            // An open point has no answer yet: one drafted (or kept from
            // before it was reopened) stays in the ledger, unpublished.
            answer: if status == Status::Open {
                String::new()
            } else {
                decision_text_of(&decision.answer)
            },
            has_answer: status != Status::Open && !decision.answer.trim().is_empty(),
            excerpts: self.excerpts(com),
        }
    }

    /// The text the senders of campaign point `com` (its group's shown
    /// comment) share, and each sender's own sentences as their
    /// additions, public (see [`crate::campaigns::shared_text`]); `None`
    /// when all wrote the same sentences.
    fn shared_text(&self, com: &Comment) -> Option<(String, Vec<Addition>)> {
        let members = self.index.members.get(com.id.as_str())?;
        let mut texts: Vec<(&Response, &str)> = members
            .iter()
            .filter(|(_, c)| c.id == com.id)
            .take(1)
            .map(|(r, c)| (*r, c.text.as_str()))
            .collect();
        texts.extend(
            members
                .iter()
                .filter(|(_, c)| c.id != com.id)
                .map(|(r, c)| (*r, c.text.as_str())),
        );
        if texts.len() < 2 {
            return None;
        }
        let plain: Vec<&str> = texts.iter().map(|(_, t)| *t).collect();
        let shared = crate::campaigns::shared_text(&plain)?;
        let additions = shared
            .additions
            .iter()
            .filter_map(|(holders, text)| {
                let (first, _) = texts.get(*holders.first()?)?;
                let once = self.scrub.scrub_learnt(text, first, self.learnt_of(first));
                let text = self
                    .scrub
                    .word(self.scrub.without_group_names(&once, com.group.as_deref()));
                Some(Addition {
                    senders: holders
                        .iter()
                        .filter_map(|&h| texts.get(h))
                        .map(|(r, _)| one_line(&r.public_name))
                        .collect(),
                    text,
                })
            })
            .collect();
        Some((shared.text, additions))
    }

    /// The names learnt from `r`'s texts ([`Builder::learnt`]).
    fn learnt_of(&self, r: &Response) -> &LearntNames {
        static NONE: std::sync::OnceLock<LearntNames> = std::sync::OnceLock::new();
        match self.learnt.get(r.file.as_str()) {
            Some(cell) => cell.get_or_init(|| self.scrub.learnt_names(r)),
            None => NONE.get_or_init(LearntNames::default),
        }
    }

    /// A comment's decision; a campaign member without a decision of its
    /// own shares the decision on its group's first comment.
    fn decision_of(&self, com: &'a Comment) -> &'a crate::model::DecisionView {
        match self.index.representative.get(com.id.as_str()) {
            Some(rep) if com.decision.status == Status::Open => &rep.decision,
            _ => &com.decision,
        }
    }

    /// The linked sections worth naming in a public document, with their
    /// titles in the draft: the best link and those close to it (at least
    /// [`SHOWN_LINK_SHARE`] of its score), at most [`MAX_SHOWN_LINKS`]. The
    /// weaker topical suggestions stay in `consultation.json` and
    /// `inspraak comments`.
    fn sections_of(&self, com: &Comment) -> Vec<SectionRow> {
        // A weak topical match alone is a suggestion for the working group,
        // not a claim to publish.
        let confident = com.sections.iter().filter(|l| !l.is_suggestion());
        let best = confident.clone().next().map_or(0.0, |l| l.score);
        confident
            .enumerate()
            .filter(|(i, l)| *i == 0 || l.score >= best * SHOWN_LINK_SHARE)
            .map(|(_, l)| l)
            .take(MAX_SHOWN_LINKS)
            .map(|l| match self.section_titles.get(l.number.as_str()) {
                Some((title, heading)) => SectionRow {
                    heading: heading.clone(),
                    number: l.number.clone(),
                    title: title.clone(),
                },
                // Not a section of the draft: named by its number alone.
                None => SectionRow {
                    heading: section_heading(&l.number, ""),
                    number: l.number.clone(),
                    title: String::new(),
                },
            })
            .collect()
    }

    /// The changes made for a comment whose decision changes the text, by
    /// the rule `check` and the memo's table of changes use
    /// ([`crate::compare::causes::explains`]): the change of the section the
    /// decision refers to (the working group's own word), else those that
    /// name it as a likely cause and those of sections it is linked to by
    /// more than shared words, or of its first section.
    fn changes_for(&self, com: &Comment) -> Vec<&'a Change> {
        let decision = self.decision_of(com);
        if !decision.status.changes_text() {
            return Vec::new();
        }
        let change_ref = decision.change_ref.as_deref();
        // The rule `check` and the table of changes use: a change naming
        // the comment (or its campaign) as a cause, or one of a section it
        // is linked to by more than shared words, or of its first section.
        let caused: &[&Change] = self
            .caused
            .get(com.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default();
        self.c
            .changes
            .iter()
            .filter(|ch| {
                let named = caused.iter().any(|c| std::ptr::eq(*c, *ch));
                crate::compare::causes::explains_as(com, change_ref, ch, named)
            })
            .collect()
    }

    fn excerpts(&self, com: &Comment) -> Vec<Excerpt> {
        let change_ref = self.decision_of(com).change_ref.as_deref();
        self.changes_for(com)
            .into_iter()
            .filter_map(|ch| {
                // A section split into parts is one change; the working
                // group's reference names the part made for the comment.
                if let Some(part) = change_ref.and_then(|r| split_part_excerpt(ch, r)) {
                    return Some(part);
                }
                let pos = self.c.changes.iter().position(|c| std::ptr::eq(c, ch))?;
                self.excerpt_of.get(pos)?.clone()
            })
            .take(MAX_EXCERPTS)
            .map(|e| Excerpt {
                text_lang: self.draft_lang.map(str::to_string),
                ..e
            })
            .collect()
    }

    /// The files under `responses/` that the memo's appendix lists
    /// ("Bestanden die niet konden worden verwerkt"): of the problems it
    /// shows, [`crate::privacy::public_problems`], as the appendix itself
    /// does, so table 1.1 counts what the appendix lists.
    fn listed_in_appendix(&self) -> HashSet<&str> {
        crate::privacy::public_problems(self.c)
            .filter_map(|p| p.file.strip_prefix("responses/"))
            .collect()
    }

    /// Entries of `responses/` that the appendix lists and that are no
    /// response (a folder, a link, a file skipped for its name).
    fn listed_non_responses(&self) -> usize {
        let responses: HashSet<&str> = self.c.responses.iter().map(|r| r.file.as_str()).collect();
        self.listed_in_appendix()
            .into_iter()
            .filter(|f| !responses.contains(f))
            .count()
    }

    /// Responses per kind; what could not be processed in a row of its
    /// own (its kind is unknown): as many as the appendix lists under
    /// `responses/`, namely the files that could not be read, those read
    /// without any point found in them, and what is no file.
    fn by_kind(&self) -> Vec<KindRow> {
        let listed = self.listed_in_appendix();
        let read = |r: &&Response| {
            r.status == crate::model::FileStatus::Ok
                && !(r.comments.is_empty() && listed.contains(r.file.as_str()))
        };
        let mut rows: Vec<KindRow> = crate::model::RespondentKind::ALL
            .iter()
            .filter_map(|&k| {
                let rs: Vec<(usize, &Response)> = self
                    .c
                    .responses
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| read(r))
                    .filter(|(_, r)| r.kind == k)
                    .collect();
                (!rs.is_empty()).then(|| KindRow {
                    label: self.words.kind(k),
                    responses: rs.len(),
                    comments: rs
                        .iter()
                        .map(|&(i, r)| self.index.counted_points(i, r))
                        .sum(),
                })
            })
            .collect();
        let unread =
            self.c.responses.iter().filter(|r| !read(r)).count() + self.listed_non_responses();
        if unread > 0 {
            rows.push(KindRow {
                label: self.words.pick(
                    "niet te verwerken (zie bijlage)",
                    "could not be processed (see appendix)",
                ),
                responses: unread,
                comments: self
                    .c
                    .responses
                    .iter()
                    .filter(|r| !read(r))
                    .map(|r| r.comments.len())
                    .sum(),
            });
        }
        rows
    }

    /// The points as the memo shows and lists them (a campaign's point and
    /// a text sent twice once), by decision.
    fn by_status(&self) -> Vec<StatusRow> {
        let mut counts: BTreeMap<Status, usize> = BTreeMap::new();
        for (_, com) in &self.index.shown {
            *counts.entry(self.decision_of(com).status).or_default() += 1;
        }
        Status::ALL
            .iter()
            .filter_map(|s| {
                counts.get(s).map(|&count| StatusRow {
                    label: self.words.status(*s),
                    key: s.key(),
                    count,
                })
            })
            .collect()
    }

    /// Whether every point of response `r` was also made in time by its
    /// sender in another file (the letter sent by post in time and again
    /// by e-mail after the deadline; the same point, or one of its campaign
    /// group, which one sender's copies form): the memo answers those points once,
    /// as made in time, so it does not list `r` as a late submission.
    fn repeats_in_time(&self, r: &Response) -> bool {
        let Some(key) = r.sender_key() else {
            return false;
        };
        !r.comments.is_empty()
            && r.comments.iter().all(|com| {
                // The sender's key (made anew each time) is compared
                // last: few responses share a point with `r`.
                self.c.responses.iter().any(|o| {
                    !o.late
                        && o.file != r.file
                        && o.comments.iter().any(|oc| {
                            oc.id == com.id || com.group.is_some() && oc.group == com.group
                        })
                        && o.sender_key().as_deref() == Some(key.as_str())
                })
            })
    }

    fn late(&self) -> Vec<LateRow> {
        self.c
            .responses
            .iter()
            .filter(|r| r.late && !self.repeats_in_time(r))
            .map(|r| LateRow {
                respondent: one_line(&r.public_name),
                date: r.received.or(r.date).map(|d| self.words.date(d)),
                comments: r.comments.len(),
                open: self.open_points(r),
            })
            .collect()
    }

    /// Points of `r` without a decision (a campaign member's is its
    /// group's).
    fn open_points(&self, r: &Response) -> usize {
        r.comments
            .iter()
            .filter(|com| self.decision_of(com).status == Status::Open)
            .count()
    }

    fn open(&self) -> Vec<OpenRow> {
        let mut rows: Vec<OpenRow> = self
            .index
            .shown
            .iter()
            .filter(|(_, com)| com.decision.status == Status::Open)
            .map(|(r, com)| OpenRow {
                number: self.index.number_of(com),
                respondent: one_line(&r.public_name),
                senders: self
                    .index
                    .senders
                    .get(com.id.as_str())
                    .map_or(1, Vec::len)
                    .max(1),
            })
            .collect();
        rows.sort_by_key(|r| r.number);
        rows
    }

    /// The comments that explain a change, by the rule `check` and the
    /// memo's items use ([`crate::compare::causes::explains`]): of those
    /// whose decision changes the text, those it names as cause, those
    /// whose decision refers to it, and those linked to the changed
    /// section by more than shared words (or as their first section).
    fn comment_refs(&self, ch: &Change) -> Vec<CommentRef> {
        let shown = &self.index.shown;
        let named: Vec<usize> = ch
            .comments
            .iter()
            .filter_map(|id| {
                let rep = self
                    .index
                    .representative
                    .get(id.as_str())
                    .map_or(id.as_str(), |c| c.id.as_str());
                self.index.position.get(rep).copied()
            })
            .collect();
        let mut candidates = named.clone();
        // A change reference names the section changed for the comment.
        let after = ch.after.iter().chain(&ch.split_into);
        for a in after {
            candidates.extend(self.referring.get(a.number.as_str()).into_iter().flatten());
        }
        for b in ch.before.iter().chain(&ch.merged_from) {
            candidates.extend(self.linking.get(b.number.as_str()).into_iter().flatten());
        }
        candidates.sort_unstable();
        candidates.dedup();
        let candidates: Vec<usize> = candidates
            .into_iter()
            .filter(|i| {
                shown.get(*i).is_some_and(|(_, com)| {
                    let d = self.decision_of(com);
                    d.status.changes_text()
                        && crate::compare::causes::explains_as(
                            com,
                            d.change_ref.as_deref(),
                            ch,
                            named.contains(i),
                        )
                })
            })
            .collect();
        let mut refs: Vec<CommentRef> = candidates
            .into_iter()
            .filter_map(|i| shown.get(i))
            .filter(|(_, com)| self.decision_of(com).status.changes_text())
            .map(|(r, com)| CommentRef {
                number: self.index.number_of(com),
                respondent: one_line(&r.public_name),
            })
            .collect();
        refs.sort_by_key(|r| r.number);
        refs
    }

    fn change_row(&self, ch: &Change) -> ChangeRow {
        let fmt = |s: &Option<crate::model::SectionRef>| {
            s.as_ref()
                .map(|s| section_heading(&s.number, &s.title))
                .unwrap_or_else(|| "—".to_string())
        };
        // A section moved or renumbered is named with its number in the
        // older version too: the comments on it are filed under that one.
        let section = match (&ch.before, &ch.after) {
            (Some(b), Some(a)) if b.number.trim() != a.number.trim() => {
                format!("{} → {}", section_heading(&b.number, ""), fmt(&ch.after))
            }
            (_, Some(_)) => fmt(&ch.after),
            _ => fmt(&ch.before),
        };
        ChangeRow {
            kind: self.words.change_kind(ch),
            before: fmt(&ch.before),
            after: fmt(&ch.after),
            section,
            words_added: ch.words_added,
            words_removed: ch.words_removed,
            comments: self.comment_refs(ch),
        }
    }

    fn groups(&self, mut items: Vec<Item>, group_by: GroupBy) -> Vec<Group> {
        // By number within each group (respondents in number order).
        items.sort_by_key(|i| i.number);
        let mut see_also: HashMap<String, Vec<SeeAlso>> = HashMap::new();
        let keyed: Vec<(String, Item)> = match group_by {
            GroupBy::Section => items
                .into_iter()
                .map(|i| {
                    let key = i.sections.first().map(|s| s.heading.clone());
                    (key.unwrap_or_else(|| self.words.general()), i)
                })
                .collect(),
            GroupBy::Respondent => {
                see_also = self.answered_elsewhere();
                items
                    .into_iter()
                    .map(|i| (respondent_key(&i.respondent, &i.kind), i))
                    .collect()
            }
            GroupBy::Theme => {
                // The theme is the working group's text, scrubbed like its
                // answer: it may name the sender (`Reactie Karin Visser`).
                let themes: HashMap<&str, String> = self
                    .index
                    .shown
                    .iter()
                    .filter_map(|(r, com)| {
                        com.decision
                            .theme
                            .as_deref()
                            .filter(|t| !t.trim().is_empty())
                            .map(|t| {
                                let theme = self.scrub.scrub_learnt(t.trim(), r, self.learnt_of(r));
                                let theme = self.scrub.word(
                                    self.scrub.without_group_names(&theme, com.group.as_deref()),
                                );
                                (com.id.as_str(), theme)
                            })
                    })
                    .collect();
                // One heading per theme, however its spellings differ in
                // capitals, accents or spacing: the spelling used most, on
                // a tie the first in the memo's order (the ledger keeps a
                // decision's last day only, not when its theme was typed).
                let headings = crate::themes::headings(
                    self.index
                        .shown
                        .iter()
                        .filter_map(|(_, com)| themes.get(com.id.as_str()))
                        .map(String::as_str),
                );
                items
                    .into_iter()
                    .map(|i| {
                        let t = themes.get(i.id.as_str()).map(|t| {
                            headings
                                .get(&crate::themes::key(t))
                                .cloned()
                                .unwrap_or_else(|| t.clone())
                        });
                        (t.unwrap_or_else(|| self.words.no_theme()), i)
                    })
                    .collect()
            }
        };
        let order = self.group_order(group_by, &keyed);
        let mut by_key: HashMap<String, Vec<Item>> = HashMap::new();
        for (k, i) in keyed {
            by_key.entry(k).or_default().push(i);
        }
        order
            .into_iter()
            .filter_map(|k| {
                let see_also = see_also.remove(&k).unwrap_or_default();
                let items = by_key.remove(&k).unwrap_or_default();
                (!items.is_empty() || !see_also.is_empty()).then_some((k, see_also, items))
            })
            .enumerate()
            .map(|(n, (title, see_also, items))| Group {
                title,
                anchor: format!("groep-{}", n + 1),
                see_also,
                items,
            })
            .collect()
    }

    /// Per respondent heading (see [`respondent_key`]): the points of that
    /// respondent answered under another respondent's heading, a campaign
    /// letter's under its first sender's.
    fn answered_elsewhere(&self) -> HashMap<String, Vec<SeeAlso>> {
        let index = &self.index;
        let mut out: HashMap<String, Vec<SeeAlso>> = HashMap::new();
        for r in &self.c.responses {
            let key = respondent_key(&one_line(&r.public_name), &self.words.kind(r.kind));
            for com in &r.comments {
                let rep = index
                    .representative
                    .get(com.id.as_str())
                    .copied()
                    .unwrap_or(com);
                let Some(&(shown, _)) = index
                    .position
                    .get(rep.id.as_str())
                    .and_then(|&p| index.shown.get(p))
                else {
                    continue;
                };
                let shown_name = one_line(&shown.public_name);
                if std::ptr::eq(shown, r)
                    || respondent_key(&shown_name, &self.words.kind(shown.kind)) == key
                {
                    continue;
                }
                let number = index.number_of(com);
                let list = out.entry(key.clone()).or_default();
                if !list.iter().any(|s| s.number == number) {
                    list.push(SeeAlso {
                        number,
                        respondent: shown_name,
                    });
                }
            }
        }
        for list in out.values_mut() {
            list.sort_by_key(|s| s.number);
        }
        out
    }

    /// Group headings in display order: "Algemeen" and then the draft's
    /// section order; respondents in number order; themes alphabetically
    /// ([`crate::themes::compare`]) with "Overige reacties" last.
    fn group_order(&self, group_by: GroupBy, keyed: &[(String, Item)]) -> Vec<String> {
        let mut order: Vec<String> = Vec::new();
        match group_by {
            GroupBy::Section => {
                order.push(self.words.general());
                if let Some(draft) = self.c.versions.first() {
                    order.extend(
                        draft
                            .sections
                            .iter()
                            .map(|s| section_heading(&s.number, &s.title)),
                    );
                }
                order.extend(keyed.iter().map(|(k, _)| k.clone()));
            }
            GroupBy::Respondent => {
                // In response number order, with the respondents whose
                // points are all answered under another's heading.
                let mut numbered: Vec<(u32, String)> = keyed
                    .iter()
                    .map(|(k, i)| (i.number.response, k.clone()))
                    .collect();
                numbered.extend(
                    self.c
                        .responses
                        .iter()
                        .zip(&self.index.response_numbers)
                        .map(|(r, &n)| {
                            let key =
                                respondent_key(&one_line(&r.public_name), &self.words.kind(r.kind));
                            (n, key)
                        }),
                );
                numbered.sort_by_key(|(n, _)| *n);
                order.extend(numbered.into_iter().map(|(_, k)| k));
            }
            GroupBy::Theme => {
                let other = self.words.no_theme();
                let mut themes: Vec<String> = keyed
                    .iter()
                    .map(|(k, _)| k.clone())
                    .filter(|k| *k != other)
                    .collect();
                // As a Dutch index: accents and capitals do not count, numbers
                // as numbers (`2.` before `10.`): themes can be numbered to
                // set the order of the chapters.
                themes.sort_by(|a, b| crate::themes::compare(a, b));
                order.extend(themes);
                order.push(other);
            }
        }
        let mut seen = HashSet::new();
        order.retain(|k| seen.insert(k.clone()));
        order
    }

    /// The redline context of the whole document, draft → newest version.
    pub fn redline(&self) -> RedlineContext {
        let c = self.c;
        let w = &self.words;
        let (draft, last) = (c.versions.first(), c.versions.last());
        let sections = super::redline::sections(c, |ch| w.change_kind(ch));
        RedlineContext {
            lang: w.code(),
            text_lang: draft_language(c)
                .filter(|l| *l != w.code())
                .map(str::to_string),
            title: c.title.clone(),
            draft_label: draft.map(|v| w.version_label(&v.label)).unwrap_or_default(),
            final_label: last.map(|v| w.version_label(&v.label)).unwrap_or_default(),
            toc: sections
                .iter()
                .filter(|s| s.changed)
                .map(|s| TocRow {
                    anchor: s.anchor.clone(),
                    heading: s.heading.clone(),
                    kind: s.kind.clone(),
                    editorial: s.editorial,
                })
                .collect(),
            sections,
        }
    }
}

/// Text on one line: runs of whitespace (line breaks included) become one
/// space. For names and messages shown in tables.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The problems public documents list ([`crate::privacy::public_problems`]):
/// those of the drafts and the set-up first, then the responses' by their
/// number, the order in which the memo names them (a file's own name may
/// be hidden, so its order says nothing to a reader).
fn problems_by_number(c: &Consultation) -> Vec<&crate::model::Problem> {
    let number = |file: &str| {
        file.strip_prefix("responses/")
            .and_then(|name| c.responses.iter().find(|r| r.file == name))
            .map_or(0, |r| r.number)
    };
    let mut problems: Vec<_> = crate::privacy::public_problems(c).collect();
    problems.sort_by_key(|p| number(&p.file));
    problems
}

/// Up to five changes with comments behind them, largest first.
fn main_changes(changes: &[&Change], rows: &[ChangeRow]) -> Vec<ChangeRow> {
    let mut sized: Vec<(usize, &ChangeRow)> = changes
        .iter()
        .zip(rows)
        .filter(|(_, row)| !row.comments.is_empty())
        .map(|(ch, row)| (ch.words_added + ch.words_removed, row))
        .collect();
    sized.sort_by_key(|(size, _)| std::cmp::Reverse(*size));
    sized
        .into_iter()
        .take(5)
        .map(|(_, row)| row.clone())
        .collect()
}

/// A change's diff excerpt, if it changes any words.
fn excerpt_of(ch: &Change) -> Option<Excerpt> {
    let added = ch.kind == crate::model::ChangeKind::Added;
    // An added section is all new text: its opening, not the whole of it.
    let (mut pieces, shortened) = if added {
        diff::opening(&body_of(ch))
    } else {
        (diff::excerpt(&body_of(ch)), false)
    };
    // A section renamed or moved and nothing more: its heading is what
    // changed, the old number or title struck beside the new one as the
    // redline shows it.
    if pieces.is_empty() && !added {
        pieces = heading_pieces(ch);
    }
    let section = ch
        .after
        .as_ref()
        .or(ch.before.as_ref())
        .map(|s| section_heading(&s.number, &s.title))
        .unwrap_or_default();
    (!pieces.is_empty()).then_some(Excerpt {
        text_lang: None,
        section,
        added,
        shortened,
        blocks: diff::blocks(&pieces),
        pieces,
    })
}

/// The heading of a section renamed or moved (not only renumbered, nor
/// renamed in punctuation or capitals only) as a diff: `§ 1.2 ~~[-De rol van
/// de huisarts]~~ **[+Huisarts en praktijkondersteuner]**`, `§ ~~[-2.1]~~ **[+1.3]**
/// Samenwerking met scholen`. None for any other change.
fn heading_pieces(ch: &Change) -> Vec<diff::Piece> {
    use crate::model::{ChangeKind, DiffOp, DiffSpan};
    let (Some(before), Some(after)) = (&ch.before, &ch.after) else {
        return Vec::new();
    };
    let renamed = ch.retitled && before.title.trim() != after.title.trim();
    let moved = ch.kind == ChangeKind::Moved && before.number.trim() != after.number.trim();
    if ch.editorial
        || !(renamed || moved)
        || !matches!(ch.kind, ChangeKind::Renamed | ChangeKind::Moved)
    {
        return Vec::new();
    }
    let span = |op, text: String| DiffSpan { op, text };
    let mut spans = Vec::new();
    let (old_n, new_n) = (before.number.trim(), after.number.trim());
    // The front matter (`0`) and a front-matter heading numbered by its
    // title (`Samenvatting`, `Voorwoord`) show their title only.
    let numbered =
        |n: &str, t: &str| crate::model::shows_number(n, t) && !crate::model::is_front_heading(n);
    let (old_num, new_num) = (
        numbered(old_n, &before.title),
        numbered(new_n, &after.title),
    );
    if section_heading(new_n, "").starts_with('§') || section_heading(old_n, "").starts_with('§')
    {
        spans.push(span(DiffOp::Equal, "§ ".into()));
    }
    if old_n == new_n {
        if new_num {
            spans.push(span(DiffOp::Equal, new_n.into()));
        }
    } else {
        if old_num {
            spans.push(span(DiffOp::Delete, old_n.into()));
        }
        if new_num {
            spans.push(span(DiffOp::Insert, format!(" {new_n}")));
        }
    }
    let (old_t, new_t) = (before.title.trim(), after.title.trim());
    if old_t == new_t {
        spans.push(span(DiffOp::Equal, format!(" {new_t}")));
    } else {
        spans.push(span(DiffOp::Delete, format!(" {old_t}")));
        spans.push(span(DiffOp::Insert, format!(" {new_t}")));
    }
    spans.retain(|s| !s.text.trim().is_empty());
    if let Some(first) = spans.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    diff::pieces(&spans)
}

/// The excerpt of the part of a split section (`ch` with
/// [`Change::split_into`]) that `change_ref` names: that section's heading
/// and the changes in its text only, not those of the other parts. `None`
/// when `ch` is no split, the reference names none of its parts, the part
/// cannot be told from the diff, or its text did not change (the split
/// alone is the change then: the whole diff shows it).
fn split_part_excerpt(ch: &Change, change_ref: &str) -> Option<Excerpt> {
    if ch.split_into.is_empty() {
        return None;
    }
    let parts: Vec<&crate::model::SectionRef> = ch.after.iter().chain(&ch.split_into).collect();
    let part = parts.iter().find(|s| s.number == change_ref.trim())?;
    let headings: Vec<String> = parts
        .iter()
        .map(|s| join_heading(&s.number, &s.title))
        .collect();
    let heads: Vec<&str> = headings.iter().map(String::as_str).collect();
    let spans = diff::section_part(&ch.diff, &heads, &join_heading(&part.number, &part.title))?;
    let pieces = diff::excerpt(&spans);
    (!pieces.is_empty()).then(|| Excerpt {
        text_lang: None,
        section: section_heading(&part.number, &part.title),
        added: false,
        shortened: false,
        blocks: diff::blocks(&pieces),
        pieces,
    })
}

/// A section of the draft as the memo names it: `§ 5.2 Preventie`,
/// `§ B Samenwerking`, so that it is not taken for one of the memo's own
/// chapters (`1 Inleiding`, `2 Reacties en beantwoording`). A number that
/// is a word of its own (`Bijlage 1`) or none is shown as it is
/// ([`join_heading`]).
pub fn section_heading(number: &str, title: &str) -> String {
    let n = number.trim();
    let first = n.split(['.', '-']).next().unwrap_or("");
    let numbered = !first.is_empty()
        && n != "0"
        && !crate::model::is_front_heading(n)
        && (first.chars().all(|c| c.is_ascii_digit())
            || (first.chars().count() <= 4 && first.chars().all(char::is_alphabetic)))
        && !n.contains(char::is_whitespace);
    let heading = join_heading(number, title);
    if numbered {
        format!("§ {heading}")
    } else {
        heading
    }
}

/// Each section number of the consultation draft (the first version) with
/// the title and heading ([`section_heading`]) that a comment linked to it
/// shows: the first section of that number, as [`crate::model::Version::section`]
/// finds it.
fn section_titles(c: &Consultation) -> HashMap<&str, (String, String)> {
    let mut titles = HashMap::new();
    for s in c.versions.first().map_or(&[][..], |v| &v.sections[..]) {
        titles
            .entry(s.number.as_str())
            .or_insert_with(|| (s.title.clone(), section_heading(&s.number, &s.title)));
    }
    titles
}

/// `5.2 Preventie`, or just one of them when the other is empty.
pub fn join_heading(number: &str, title: &str) -> String {
    match (number.trim(), title.trim()) {
        ("", t) => t.to_string(),
        (n, "") => n.to_string(),
        (n, t) if !crate::model::shows_number(n, t) => t.to_string(),
        (n, t) => format!("{n} {t}"),
    }
}

/// The heading of a change's section, newest version first.
pub fn heading_of(ch: &Change) -> String {
    ch.after
        .as_ref()
        .or(ch.before.as_ref())
        .map(|s| join_heading(&s.number, &s.title))
        .unwrap_or_default()
}

/// A change's diff without the title line when the diff carries it.
pub fn body_of(ch: &Change) -> Vec<crate::model::DiffSpan> {
    let titles: Vec<&str> = [ch.before.as_ref(), ch.after.as_ref()]
        .into_iter()
        .flatten()
        .map(|s| s.title.as_str())
        .collect();
    if diff::starts_with_title(&ch.diff, &titles) {
        diff::without_title_line(&ch.diff)
    } else {
        ch.diff.clone()
    }
}

/// `s` with its first letter a capital.
fn capitalised(s: &str) -> String {
    let mut cs = s.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// The memo's heading for a respondent when grouped by respondent:
/// `Inwoner 10 (inwoner)`.
fn respondent_key(respondent: &str, kind: &str) -> String {
    format!("{respondent} ({kind})")
}

#[cfg(test)]
mod tests;

/// The language of the newest version's text ([`crate::text::language_of`]
/// over its first sections).
fn draft_language(c: &Consultation) -> Option<&'static str> {
    let last = c.versions.last()?;
    let mut text = String::new();
    for s in &last.sections {
        text.push_str(&s.text);
        text.push('\n');
        if text.len() > 4000 {
            break;
        }
    }
    crate::text::language_of(&text)
}
