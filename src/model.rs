//! The domain model shared by every pipeline stage.
//!
//! Each stage takes and returns these types; `consultation.json` is the
//! serialised [`Consultation`]. Field names here are a public contract: other
//! tools read the JSON, so renaming a field is a breaking change.

use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------
// extract
// ---------------------------------------------------------------------------

/// The text of one input file as the `extract` stage read it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// File name as in the inbox (no directories).
    pub file: String,
    /// Pages in order. Text files are one page.
    pub pages: Vec<Page>,
    /// Non-fatal remarks about the extraction (a font without mapping, ...).
    #[serde(default)]
    pub warnings: Vec<String>,
    /// Physical pages that are a scanned image without a text layer (or
    /// with no more than a stamp's worth of text): what they say is not in
    /// `pages` ([`Document::scanned_pages_warning`]). Always written: the
    /// cache keeps documents in a format without field names.
    #[serde(default)]
    pub scanned_pages: Vec<u32>,
    /// Review notes the file holds beside its text: a PDF's annotations
    /// with text (sticky notes, typed text, a highlight's note) and a Word
    /// document's review comments. Not part of `pages`; the pipeline
    /// decides how they are read ([`crate::split::notes`]). Always written,
    /// as `scanned_pages` is.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Read from a Word document: its pages' lines are its body, which
    /// holds no running headers, footers or page numbers (Word keeps those
    /// in parts of their own), so no line of it is page furniture
    /// ([`crate::text::page_furniture`]). Always written, as
    /// `scanned_pages` is.
    #[serde(default)]
    pub word: bool,
    /// How many lines at the start of the first page are the file's page
    /// header rather than its body: a Word document's first-page header,
    /// read above the text as a letter's letterhead (the splitter reads
    /// the sender from it); a draft's reader leaves them out. Always
    /// written, as `scanned_pages` is.
    #[serde(default)]
    pub header_lines: usize,
    /// Paragraphs holding tracked changes not yet accepted or rejected (a
    /// Word file), those inserted or deleted whole too: read accepted.
    #[serde(default)]
    pub tracked_paragraphs: usize,
}

/// A review note in a file: a PDF annotation with text, a Word review
/// comment, or a Word tracked change (text deleted or inserted with
/// "Wijzigingen bijhouden" on) described in words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// A note someone wrote, or a tracked change described.
    #[serde(default)]
    pub kind: NoteKind,
    /// What the note says (lines joined with spaces).
    pub text: String,
    /// The physical page it sits on (PDF; `None` for Word).
    #[serde(default)]
    pub page: Option<u32>,
    /// The text it is attached to: a Word comment's commented range, the
    /// page text under a PDF highlight; `None` when not known.
    #[serde(default)]
    pub anchor: Option<String>,
    /// Who made it, as the program recorded it (Word's `w:author`, a PDF
    /// annotation's `/T`).
    #[serde(default)]
    pub author: Option<String>,
    /// When it was made or last changed, when recorded.
    #[serde(default)]
    pub date: Option<chrono::NaiveDate>,
}

/// What a [`Note`] is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// A comment someone wrote (a sticky note, a Word review comment).
    #[default]
    Comment,
    /// A tracked change to the text (Word's `w:del`/`w:ins`), its words
    /// what was deleted and inserted: in a returned draft, a proposal to
    /// change the draft's text; in a letter of its own, the writer's
    /// unaccepted editing, no comment.
    Change,
}

/// One page of extracted text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// Physical page number, 1-based.
    pub number: u32,
    /// The page number printed on the page (from the footer/header), if found.
    #[serde(default)]
    pub printed_number: Option<String>,
    /// Running text lines in reading order, furniture removed, hyphenation
    /// at line ends already joined.
    pub lines: Vec<Line>,
    /// Running header lines detected and removed from `lines`.
    #[serde(default)]
    pub header: Vec<String>,
    /// Running footer lines (page numbers included) detected and removed.
    #[serde(default)]
    pub footer: Vec<String>,
    /// Footnote texts found at the bottom of the page, removed from `lines`.
    #[serde(default)]
    pub footnotes: Vec<String>,
}

impl Page {
    /// The page at 0-based position `index` of a document, holding `lines`
    /// and nothing else.
    pub fn numbered(index: usize, lines: Vec<Line>) -> Page {
        Page {
            number: u32::try_from(index + 1).unwrap_or(u32::MAX),
            lines,
            ..Page::default()
        }
    }
}

/// One line of running text with the layout facts later stages use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub text: String,
    /// Left edge in points (0 for text files).
    #[serde(default)]
    pub x: f32,
    /// Baseline from the top of the page in points (0 for text files).
    #[serde(default)]
    pub y: f32,
    /// Dominant font size in points (0 when unknown, e.g. text files).
    #[serde(default)]
    pub font_size: f32,
    /// Dominant font is bold.
    #[serde(default)]
    pub bold: bool,
    /// This line starts a new paragraph (vertical gap, indent, blank line
    /// in a text file).
    #[serde(default)]
    pub paragraph_start: bool,
    /// The outline level the file's own paragraph style gives the line: `0`
    /// a title (Word's `Title`), `1` a heading (`Heading 1`), `2` a
    /// subheading; `None` for body text and where the format says nothing
    /// (a PDF, a text file). Always written: the cache keeps documents in
    /// a format without field names.
    #[serde(default)]
    pub heading_level: Option<u8>,
    /// The table cell the line is in (table, row, column, counted from 0
    /// through the document), where the format says (a Word document);
    /// `None` elsewhere. A draft's reader puts a table row on one line.
    /// Always written, as [`Line::heading_level`].
    #[serde(default)]
    pub table_cell: Option<(u32, u32, u32)>,
}

/// What to tell about `pages` of `file` that are scanned images without
/// text: what they say is missing, and how to get it. `None` when there
/// are none.
pub fn scanned_pages_warning(pages: &[u32]) -> Option<String> {
    let (last, rest) = pages.split_last()?;
    let listed = if rest.is_empty() {
        format!("page {last} has")
    } else {
        let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
        format!("pages {} and {last} have", rest.join(", "))
    };
    Some(format!(
        "{listed} no text layer (a scanned image?), so what {} is not read: run OCR on the \
         file (e.g. `ocrmypdf --skip-text in.pdf out.pdf`) and put the result in its place, or \
         ask the sender for a text version",
        if rest.is_empty() {
            "it says"
        } else {
            "they say"
        }
    ))
}

impl Document {
    /// [`scanned_pages_warning`] for this document's scanned pages.
    pub fn scanned_pages_warning(&self) -> Option<String> {
        scanned_pages_warning(&self.scanned_pages)
    }

    /// All running text, lines joined with `\n`, paragraphs separated by a
    /// blank line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for page in &self.pages {
            for line in &page.lines {
                if line.paragraph_start && !out.is_empty() && !out.ends_with("\n\n") {
                    out.push('\n');
                }
                out.push_str(&line.text);
                out.push('\n');
            }
        }
        out
    }

    /// Number of characters of running text (used to detect scans).
    pub fn char_count(&self) -> usize {
        self.pages
            .iter()
            .flat_map(|p| &p.lines)
            .map(|l| l.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum()
    }
}

// ---------------------------------------------------------------------------
// structure
// ---------------------------------------------------------------------------

/// One version of the vision (draft, revised draft, final).
///
/// Serialized (`consultation.json`, `inspraak sections --json`) with each
/// section's pages twice more, named: `sheets` (the file's pages counted
/// from 1, as `pages`) and `printed_pages` (the numbers printed on those
/// pages, where the draft prints them), see [`SectionOut`].
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Version {
    /// File name in `inbox/drafts/`.
    pub file: String,
    /// Human label ("Concept", "Definitief", or from the file name).
    pub label: String,
    /// Sections in document order (a flattened tree; `level` gives depth).
    pub sections: Vec<Section>,
    /// Page numbers printed on the pages, where they differ from the
    /// physical page number or are known: `pag. 13` in a response means the
    /// page that shows "13".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub page_labels: Vec<PageLabel>,
    /// What reading the draft's file could not read (characters without a
    /// mapping). `run` and `check` show it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reading_warnings: Vec<String>,
    /// Pages of the draft's file that are scans without text: what they
    /// say is in no section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scanned_pages: Vec<u32>,
}

/// The page number printed on a physical page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageLabel {
    /// Physical page, 1-based.
    pub page: u32,
    /// As printed (`13`, `iv`).
    pub printed: String,
}

/// A numbered chapter, section or appendix of a version.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Number as written, without trailing dot: `5`, `5.2`, `5.2.1`,
    /// `Bijlage 1`. Text before the first heading gets number `0`
    /// ("Voorwoord"/front matter) when it has content; a heading of the
    /// front matter without a number that the table of contents lists is
    /// numbered by its title (`Samenvatting`, see [`is_front_heading`]).
    pub number: String,
    pub title: String,
    /// 1 for chapters and appendices, 2 for `5.2`, 3 for `5.2.1`, ...
    pub level: u8,
    /// The section's own text (not including subsections' text).
    pub text: String,
    /// First and last physical page (1-based, inclusive).
    pub pages: (u32, u32),
}

/// Whether `number` is that of a front matter heading numbered by its
/// title (`Samenvatting`, `Voorwoord`): words without a digit, not an
/// appendix (`Bijlage A`), a lettered part (`A`) or a roman numeral (`IV`).
pub fn is_front_heading(number: &str) -> bool {
    let n = number.trim();
    !n.starts_with("Bijlage")
        && !n.chars().any(|c| c.is_ascii_digit())
        && n.chars().any(char::is_lowercase)
}

/// Whether `number` is the front matter's: the text before the first
/// heading (`0`) or a heading of it numbered by its title.
pub fn is_front_matter(number: &str) -> bool {
    number == "0" || is_front_heading(number)
}

/// Whether a heading shows its number before its title: not for the
/// front matter `0`, nor for a number that is the title itself
/// (`Samenvatting`).
pub fn shows_number(number: &str, title: &str) -> bool {
    let n = number.trim();
    !n.is_empty() && n != "0" && n.to_lowercase() != title.trim().to_lowercase()
}

impl Version {
    pub fn section(&self, number: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.number == number)
    }

    /// The number printed on physical page `page`, where known.
    pub fn printed_page(&self, page: u32) -> Option<&str> {
        self.page_labels
            .iter()
            .find(|l| l.page == page)
            .map(|l| l.printed.as_str())
    }

    /// The sections as they are written out: with their sheets and
    /// printed pages named ([`SectionOut`]).
    pub fn sections_out(&self) -> Vec<SectionOut<'_>> {
        self.sections
            .iter()
            .map(|section| {
                let (first, last) = section.pages;
                let printed: Vec<&str> = (first..=last)
                    .filter_map(|p| self.printed_page(p))
                    .collect();
                SectionOut {
                    section,
                    sheets: section.pages,
                    printed_pages: printed.first().zip(printed.last()).map(|(a, b)| (*a, *b)),
                }
            })
            .collect()
    }
}

/// A section as written out: its fields (`pages` the physical pages, the
/// sheets of the file), then `sheets` (the same, by a name that says
/// so) and `printed_pages`: the first and last page number printed on its
/// sheets (`["2", "3"]`, `["iv", "iv"]`: as printed, so text), absent where
/// none of its sheets prints a number the tool read.
#[derive(Debug, Serialize)]
pub struct SectionOut<'a> {
    #[serde(flatten)]
    pub section: &'a Section,
    pub sheets: (u32, u32),
    #[serde(skip_serializing_if = "Option::is_none")]
    pub printed_pages: Option<(&'a str, &'a str)>,
}

impl Serialize for Version {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The fields as derived, sections written with their pages named.
        #[derive(Serialize)]
        struct Out<'a> {
            file: &'a str,
            label: &'a str,
            sections: Vec<SectionOut<'a>>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            page_labels: &'a Vec<PageLabel>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            reading_warnings: &'a Vec<String>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            scanned_pages: &'a Vec<u32>,
        }
        Out {
            file: &self.file,
            label: &self.label,
            sections: self.sections_out(),
            page_labels: &self.page_labels,
            reading_warnings: &self.reading_warnings,
            scanned_pages: &self.scanned_pages,
        }
        .serialize(serializer)
    }
}

// ---------------------------------------------------------------------------
// responses, comments, links
// ---------------------------------------------------------------------------

/// Who sent a response.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RespondentKind {
    /// gemeenteraad (zienswijze)
    Council,
    /// college van B&W
    ExecutiveBoard,
    /// adviesraad (sociaal domein, WMO, ...)
    AdvisoryCouncil,
    /// partner organisation, company, foundation
    Organisation,
    /// private person (inwoner); anonymised in public output
    Resident,
    #[default]
    Unknown,
}

impl RespondentKind {
    /// Dutch label for documents.
    pub fn label_nl(self) -> &'static str {
        match self {
            RespondentKind::Council => "gemeenteraad",
            RespondentKind::ExecutiveBoard => "college van B&W",
            RespondentKind::AdvisoryCouncil => "adviesraad",
            RespondentKind::Organisation => "organisatie",
            RespondentKind::Resident => "inwoner",
            RespondentKind::Unknown => "onbekend",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            RespondentKind::Council => "municipal council",
            RespondentKind::ExecutiveBoard => "executive board",
            RespondentKind::AdvisoryCouncil => "advisory council",
            RespondentKind::Organisation => "organisation",
            RespondentKind::Resident => "resident",
            RespondentKind::Unknown => "unknown",
        }
    }

    pub const ALL: [RespondentKind; 6] = [
        RespondentKind::Council,
        RespondentKind::ExecutiveBoard,
        RespondentKind::AdvisoryCouncil,
        RespondentKind::Organisation,
        RespondentKind::Resident,
        RespondentKind::Unknown,
    ];

    /// The names a `kind` in consultation.toml may have: the English name
    /// as in consultation.json first, then its Dutch names.
    pub const SETTING_NAMES: [(RespondentKind, &'static [&'static str]); 6] = [
        (
            RespondentKind::Council,
            &["council", "gemeenteraad", "raad"],
        ),
        (
            RespondentKind::ExecutiveBoard,
            &[
                "executive_board",
                "college",
                "college van b&w",
                "college van burgemeester en wethouders",
            ],
        ),
        (
            RespondentKind::AdvisoryCouncil,
            &["advisory_council", "adviesraad"],
        ),
        (
            RespondentKind::Organisation,
            &["organisation", "organization", "organisatie"],
        ),
        (
            RespondentKind::Resident,
            &["resident", "inwoner", "bewoner"],
        ),
        (RespondentKind::Unknown, &["unknown", "onbekend"]),
    ];

    /// The kind a `kind` setting names, in English or Dutch, any case,
    /// with spaces, `-` or `_` between words (`adviesraad`,
    /// `executive-board`, `College van B&W`).
    pub fn from_setting(name: &str) -> Option<RespondentKind> {
        let norm = |s: &str| {
            s.to_lowercase()
                .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let given = norm(name);
        RespondentKind::SETTING_NAMES
            .iter()
            .find(|(_, names)| names.iter().any(|n| norm(n) == given))
            .map(|(k, _)| *k)
    }

    /// The accepted `kind` settings, for messages:
    /// `council (gemeenteraad, raad), ...`.
    pub fn setting_choices() -> String {
        RespondentKind::SETTING_NAMES
            .iter()
            .map(|(_, names)| match names.split_first() {
                Some((first, rest)) if !rest.is_empty() => {
                    format!("{first} ({})", rest.join(", "))
                }
                _ => names.join(", "),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Whether a file could be processed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    #[default]
    Ok,
    Error,
}

/// One submission (one file in `inbox/responses/`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// Stable id derived from the content (survives renames).
    pub id: String,
    /// File name as in the inbox.
    pub file: String,
    /// Number in the memo (`reactie 12.3` is point 3 of response 12),
    /// stable across runs (see [`crate::ledger::Ledger::number_responses`]);
    /// 0 when not numbered.
    #[serde(default)]
    pub number: u32,
    /// Name of the sender as read from the letter or the override. For
    /// private persons this is the real name: never put it in public output,
    /// use [`Response::public_name`].
    pub respondent: String,
    pub kind: RespondentKind,
    /// Date of the letter (ISO `YYYY-MM-DD`), if found (or set as `date`
    /// in consultation.toml).
    pub date: Option<chrono::NaiveDate>,
    /// Place from the date line (`Katwijk, 14 december 2023`).
    #[serde(default)]
    pub place: Option<String>,
    /// Date of receipt, when the working group set it (`received` in
    /// consultation.toml): it decides lateness instead of `date`, which
    /// stays the letter's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<chrono::NaiveDate>,
    /// Received after the deadline.
    pub late: bool,
    /// The working group set `late` for it in consultation.toml (an agreed
    /// extension, a response without a date it accepted): its lateness is
    /// settled, whatever its date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub late_by_hand: bool,
    pub private_person: bool,
    /// The response passes on a private person's message with words of its
    /// sender's own (an organisation forwarding a resident's e-mail and
    /// adding a point): the sender is not hidden, but its texts are
    /// scrubbed as a private person's ([`Response::private_texts`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub passes_on_private: bool,
    /// The names of the private persons whose messages it passes on
    /// (`Henk de Boer`): removed from public output as a private
    /// respondent's name is. Never published.
    #[serde(skip)]
    pub passed_on_names: Vec<String>,
    /// Neither the letter nor `consultation.toml` says who sent it or what
    /// kind of sender it is (a file that could not be read, or a letter
    /// without a sender's name): its `respondent` is made from the file
    /// name, which may be a person's, so public output does not show it
    /// ([`Response::sender_hidden`]).
    #[serde(default)]
    pub sender_unknown: bool,
    /// Pseudonym for public output (`Inwoner 12`, see
    /// [`crate::pipeline::assign_public_names`]); equals `respondent` for
    /// organisations and councils.
    pub public_name: String,
    pub status: FileStatus,
    /// Why the file could not be processed and what to do, when `status` is
    /// `error`.
    pub error: Option<String>,
    /// The kind of that problem.
    #[serde(default)]
    pub error_kind: Option<ProblemKind>,
    pub comments: Vec<Comment>,
    /// The street names of the sender's own address, from under the
    /// signature (`Brédestraat`): personal data of a private person
    /// wherever their letter writes them (`in de Brédestraat`), removed
    /// from public output and never published
    /// ([`crate::privacy::public_response`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own_streets: Vec<String>,
    /// The letter's head and signature block as the sender wrote them
    /// (their own address, e-mail address, phone number): what their own
    /// letter gives, which the working group's answer keeps in the letter
    /// to them ([`crate::privacy::as_known_to`]). Never published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own_details: Vec<String>,
    /// What reading the file left out or could not read (an e-mail's
    /// attachment, characters without a mapping): for the working group
    /// (`run` and `check` show it), never published, as a message may
    /// name a file after a person.
    #[serde(skip)]
    pub reading_warnings: Vec<String>,
    /// Pages of the file that are scans without text: what they say is not
    /// among the comments until the file is read with OCR (`check` lists
    /// it as needing attention). Not published.
    #[serde(skip)]
    pub scanned_pages: Vec<u32>,
}

/// The number of a comment in the memo: `12.3` is point 3 of response 12.
/// Response numbers are kept in the ledger and points counted within the
/// response, so a comment keeps its number when other responses arrive (a
/// letter or a council paper that cites `reactie 12.3` stays right).
/// Written as the string `12.3` in template contexts and JSON.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MemoNumber {
    pub response: u32,
    pub point: u32,
}

impl MemoNumber {
    /// `12.3` or `reactie 12.3` (any case); `None` for anything else.
    pub fn parse(text: &str) -> Option<MemoNumber> {
        let lower = text.trim().to_lowercase();
        let rest = lower.strip_prefix("reactie").unwrap_or(&lower).trim();
        let (r, p) = rest.split_once('.')?;
        Some(MemoNumber {
            response: r.parse().ok().filter(|&n| n > 0)?,
            point: p.parse().ok().filter(|&n| n > 0)?,
        })
    }
}

impl std::fmt::Display for MemoNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.response, self.point)
    }
}

impl Serialize for MemoNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MemoNumber {
    /// From the string it is written as (`12.3`).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<MemoNumber, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        MemoNumber::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is no memo number such as `12.3`"))
        })
    }
}

impl Response {
    /// Who sent it, compared without case and spacing, when known: the
    /// respondent named by the letter or the inbox's overrides, not a name
    /// made from the file name.
    pub fn sender_key(&self) -> Option<String> {
        if self.sender_unknown {
            return None;
        }
        let key = self
            .respondent
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        (!key.is_empty()).then(|| key.to_lowercase())
    }

    /// Whether public output must not name the sender: a private person,
    /// or an unknown sender ([`Response::sender_unknown`]). Such a
    /// response is shown by its [`Response::public_name`], and its file by
    /// a name made from it.
    pub fn sender_hidden(&self) -> bool {
        self.private_person || self.sender_unknown
    }

    /// Whether its texts are scrubbed as a private person's: its sender is
    /// hidden ([`Response::sender_hidden`]), or it passes on a private
    /// person's message ([`Response::passes_on_private`]).
    pub fn private_texts(&self) -> bool {
        self.sender_hidden() || self.passes_on_private
    }

    /// The memo number of its comment at `index` (0-based); `None` while
    /// the response has no number.
    pub fn memo_number(&self, index: usize) -> Option<MemoNumber> {
        (self.number > 0).then(|| MemoNumber {
            response: self.number,
            point: u32::try_from(index + 1).unwrap_or(u32::MAX),
        })
    }
}

/// One point made in a response.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Comment {
    /// Stable id (see [`crate::ids`]); the ledger keys decisions on it.
    pub id: String,
    /// The point's own label in the letter (`1`, `a`, `Advies 3`), if any.
    #[serde(default)]
    pub label: Option<String>,
    /// The comment's text as written (furniture removed).
    pub text: String,
    /// Physical page of the response where the comment starts (1-based).
    #[serde(default)]
    pub page: Option<u32>,
    /// Quotations from the draft found in the comment.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Linked sections of the consultation draft, best first.
    pub sections: Vec<Link>,
    /// Id of the campaign group when near-identical comments were sent by
    /// several respondents (the id of the group's first comment).
    #[serde(default)]
    pub group: Option<String>,
    /// The working group's decision (filled from the ledger).
    pub decision: DecisionView,
    /// Where the comment's place is in the newest version (see
    /// [`crate::compare::reanchor`]); `None` when there is a single version
    /// or the comment has neither a quote nor a linked section.
    #[serde(default)]
    pub anchor_after: Option<Anchor>,
}

/// How a comment's place was found again in the newest version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorStatus {
    /// The comment's quotation was found (exactly or nearly) in the newest
    /// version.
    Quote,
    /// The linked section was found (aligned) in the newest version; the
    /// quotation, if any, was not.
    Section,
    /// The place the comment was about was removed from the text.
    Removed,
}

/// A comment's place in the newest version of the vision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    pub status: AnchorStatus,
    /// Section number in the newest version (`None` when removed).
    pub section: Option<String>,
    /// Section title in the newest version (`None` when removed).
    #[serde(default)]
    pub title: Option<String>,
    /// The text at that place in the newest version: the re-found quotation
    /// or the start of the section (empty when removed).
    pub excerpt: String,
    /// Similarity of the re-found quotation (1.0 exact); for a section
    /// anchor the alignment score of the section.
    pub score: f32,
}

/// A quotation in a comment and where it was found in the draft.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted text as written in the comment.
    pub text: String,
    /// Section of the draft where it was found, if found.
    pub section: Option<String>,
    /// Similarity of the best match (1.0 exact).
    pub score: f32,
    /// Context before and after the match in the draft (for re-anchoring
    /// in a later version).
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

/// Why a comment was linked to a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkReason {
    /// `paragraaf 5.1`, `hoofdstuk 6`, `bijlage 1`
    Reference,
    /// `pag. 13`, resolved through the sections' page spans
    Page,
    /// a quotation from the draft
    Quote,
    /// lexical similarity
    Topic,
    /// lexical similarity too weak to be sure: a suggestion for the
    /// working group to check, not named in public documents on its own
    WeakTopic,
    /// chosen by the working group (`inspraak decide --sections`),
    /// replacing the tool's links
    Chosen,
}

/// A link from a comment to a section of the consultation draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Section number in the consultation draft.
    pub number: String,
    /// 0..=1, higher is more certain.
    pub score: f32,
    /// Human-readable explanation: `verwijst naar "paragraaf 5.1"`.
    pub reason: String,
    /// Machine-readable kinds of evidence, strongest first.
    #[serde(default)]
    pub kinds: Vec<LinkReason>,
}

impl Link {
    /// Only weak topical evidence: a suggestion for the working group to
    /// check, not named in public documents.
    pub fn is_suggestion(&self) -> bool {
        !self.kinds.is_empty() && self.kinds.iter().all(|k| *k == LinkReason::WeakTopic)
    }
}

// ---------------------------------------------------------------------------
// ledger / decisions
// ---------------------------------------------------------------------------

/// How a comment was handled.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Open,
    /// overgenomen
    Adopted,
    /// deels overgenomen
    PartlyAdopted,
    /// niet overgenomen
    NotAdopted,
    /// reeds verwerkt / al opgenomen
    AlreadyCovered,
    /// ter kennisname
    Noted,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Open,
        Status::Adopted,
        Status::PartlyAdopted,
        Status::NotAdopted,
        Status::AlreadyCovered,
        Status::Noted,
    ];

    /// The key used in files (`partly_adopted`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Adopted => "adopted",
            Status::PartlyAdopted => "partly_adopted",
            Status::NotAdopted => "not_adopted",
            Status::AlreadyCovered => "already_covered",
            Status::Noted => "noted",
        }
    }

    /// Dutch label (`deels overgenomen`).
    pub fn label_nl(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Adopted => "overgenomen",
            Status::PartlyAdopted => "deels overgenomen",
            Status::NotAdopted => "niet overgenomen",
            Status::AlreadyCovered => "reeds verwerkt",
            Status::Noted => "ter kennisname",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Adopted => "adopted",
            Status::PartlyAdopted => "partly adopted",
            Status::NotAdopted => "not adopted",
            Status::AlreadyCovered => "already covered",
            Status::Noted => "noted",
        }
    }

    /// Whether the decision leads to a change in the text.
    pub fn changes_text(self) -> bool {
        matches!(self, Status::Adopted | Status::PartlyAdopted)
    }

    /// Parse Dutch or English words, keys, with any case, spaces, dashes or
    /// underscores: `Deels overgenomen`, `partly-adopted`, `reeds verwerkt`.
    pub fn parse(s: &str) -> Option<Status> {
        let norm: String = s
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c == '-' || c == '_' { ' ' } else { c })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Some(match norm.as_str() {
            "open" | "openstaand" | "nog open" | "" => Status::Open,
            "adopted" | "overgenomen" | "aangepast" | "verwerkt" => Status::Adopted,
            "partly adopted"
            | "partially adopted"
            | "partly"
            | "partially"
            | "deels"
            | "gedeeltelijk"
            | "deels overgenomen"
            | "gedeeltelijk overgenomen" => Status::PartlyAdopted,
            "not adopted" | "niet overgenomen" | "afgewezen" => Status::NotAdopted,
            "already covered" | "reeds verwerkt" | "al verwerkt" | "reeds opgenomen"
            | "al opgenomen" => Status::AlreadyCovered,
            "noted" | "ter kennisname" | "kennisgenomen" | "voor kennisgeving aangenomen" => {
                Status::Noted
            }
            _ => return None,
        })
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// The decision on a comment as shown in outputs (taken from the ledger).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DecisionView {
    pub status: Status,
    pub answer: String,
    #[serde(default)]
    pub theme: Option<String>,
    /// Section (in the final version) that carries the change, if recorded.
    #[serde(default)]
    pub change_ref: Option<String>,
    /// The sections the working group linked the comment to, replacing the
    /// tool's links (see [`crate::ledger::Decision::sections`]).
    #[serde(default)]
    pub sections: Option<Vec<String>>,
    /// The draft's titles of `sections` when they were chosen
    /// ([`crate::ledger::Decision::section_titles`]). Not published.
    #[serde(skip)]
    pub section_titles: Vec<String>,
    /// Short summary replacing the full comment text in the memo.
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    /// Texts of another respondent's point the decision was made on before
    /// it was moved here ([`crate::ledger::Decision::scrub_also`]): the
    /// names learnt from them are scrubbed from its texts too. Never
    /// published.
    #[serde(skip)]
    pub scrub_also: Vec<String>,
}

// ---------------------------------------------------------------------------
// compare
// ---------------------------------------------------------------------------

/// What happened to a section between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Modified,
    Added,
    Removed,
    Moved,
    /// The title changed (the number may have changed too).
    Renamed,
    /// Only the number changed, in place: a section was inserted, removed,
    /// split off or merged before it (the text may have changed too).
    Renumbered,
}

/// A section as referred to from a change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionRef {
    pub number: String,
    pub title: String,
}

/// One piece of a word-level diff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiffSpan {
    /// `equal`, `insert` or `delete`.
    pub op: DiffOp,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffOp {
    Equal,
    Insert,
    Delete,
}

/// A change of one section between two versions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub before: Option<SectionRef>,
    pub after: Option<SectionRef>,
    /// Word-level diff of the section text (title included as first line).
    pub diff: Vec<DiffSpan>,
    pub words_added: usize,
    pub words_removed: usize,
    /// Only punctuation, whitespace or capitalisation changed.
    pub editorial: bool,
    /// Ids of comments offered as the change's cause, most likely first.
    pub comments: Vec<String>,
    /// The section number changed (`Bijlage 1` became `Bijlage 2`).
    #[serde(default)]
    pub renumbered: bool,
    /// The section title changed (number aside).
    #[serde(default)]
    pub retitled: bool,
    /// The section's own text changed (not only number, title or place):
    /// its words, not only their punctuation or capitals.
    #[serde(default)]
    pub text_changed: bool,
    /// A split: further sections of the newer version that took text from
    /// `before`; their text is part of `diff`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub split_into: Vec<SectionRef>,
    /// A merge: further sections of the older version whose text went into
    /// `after`; their text is part of `diff`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged_from: Vec<SectionRef>,
    /// A removed section whose number the newer version gives another
    /// section: a change reference or editorial mark with that number
    /// names that section of the newer version, not this one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub number_reused: bool,
}

impl Change {
    /// A section whose text changed, under the same number and title (for
    /// tests).
    #[cfg(test)]
    pub(crate) fn modified(number: &str, title: &str) -> Change {
        let r = SectionRef {
            number: number.into(),
            title: title.into(),
        };
        Change {
            kind: ChangeKind::Modified,
            before: Some(r.clone()),
            after: Some(r),
            diff: Vec::new(),
            words_added: 14,
            words_removed: 0,
            editorial: false,
            comments: Vec::new(),
            renumbered: false,
            retitled: false,
            text_changed: true,
            split_into: Vec::new(),
            merged_from: Vec::new(),
            number_reused: false,
        }
    }

    /// What happened to the section, in words (`nl` Dutch, else English):
    /// `verplaatst`, `vernummerd`, `hernoemd` or `gewijzigd`, and for a
    /// section that kept its place every other way it changed too, joined
    /// (`vernummerd, hernoemd en gewijzigd`; `renumbered, renamed and
    /// modified`). A moved section's new number comes with its new place
    /// and is not named apart.
    pub fn describe(&self, nl: bool) -> String {
        let word =
            |nl_word: &'static str, en_word: &'static str| if nl { nl_word } else { en_word };
        let mut parts = Vec::new();
        match self.kind {
            ChangeKind::Modified => parts.push(word("gewijzigd", "modified")),
            ChangeKind::Added => parts.push(word("toegevoegd", "added")),
            ChangeKind::Removed => parts.push(word("verwijderd", "removed")),
            ChangeKind::Moved | ChangeKind::Renamed | ChangeKind::Renumbered => {
                if self.kind == ChangeKind::Moved {
                    parts.push(word("verplaatst", "moved"));
                } else if self.renumbered || self.kind == ChangeKind::Renumbered {
                    parts.push(word("vernummerd", "renumbered"));
                }
                if self.retitled || self.kind == ChangeKind::Renamed {
                    parts.push(word("hernoemd", "renamed"));
                }
                if self.text_changed {
                    parts.push(word("gewijzigd", "modified"));
                }
            }
        }
        let and = word(" en ", " and ");
        join_and(&parts, and)
    }

    /// Where sections went in a split or merge, by number (`nl` Dutch,
    /// else English): `3.1.1 en 3.1.2 samengevoegd in 3.1` (`3.1.1 and
    /// 3.1.2 merged into 3.1`), `3 gesplitst in 3 en 4` (`3 split into 3
    /// and 4`); `None` for a section that was neither. A merge names the
    /// older section the change compares with only where its number is not
    /// the one the merged text went into.
    pub fn regrouping(&self, nl: bool) -> Option<String> {
        let and = if nl { " en " } else { " and " };
        if !self.merged_from.is_empty() {
            let into = self.after.as_ref()?;
            let from: Vec<&str> = self
                .before
                .iter()
                .filter(|b| b.number != into.number)
                .chain(&self.merged_from)
                .map(SectionRef::short_name)
                .collect();
            let verb = if nl { "samengevoegd in" } else { "merged into" };
            return Some(format!(
                "{} {verb} {}",
                join_and(&from, and),
                into.short_name()
            ));
        }
        if !self.split_into.is_empty() {
            let from = self.before.as_ref()?;
            let into: Vec<&str> = self
                .after
                .iter()
                .chain(&self.split_into)
                .map(SectionRef::short_name)
                .collect();
            let verb = if nl { "gesplitst in" } else { "split into" };
            return Some(format!(
                "{} {verb} {}",
                from.short_name(),
                join_and(&into, and)
            ));
        }
        None
    }
}

impl SectionRef {
    /// The section's number, or its title where it has none (the opening
    /// before the first heading is section `0`).
    pub fn short_name(&self) -> &str {
        match self.number.trim() {
            "" | "0" => self.title.trim(),
            n => n,
        }
    }
}

/// `a`, `a en b`, `a, b en c`.
fn join_and<S: AsRef<str>>(parts: &[S], and: &str) -> String {
    match parts.split_last() {
        Some((last, [])) => last.as_ref().to_string(),
        Some((last, rest)) => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{}{and}{}", rest.join(", "), last.as_ref())
        }
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------
// the whole result
// ---------------------------------------------------------------------------

/// A file that could not be processed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub file: String,
    /// What happened and what to do, for the working group (English, names
    /// the file).
    pub message: String,
    /// The kind of problem, for a short description in the memo's language
    /// that names no file; `other` where the message has to speak for
    /// itself.
    #[serde(default)]
    pub kind: ProblemKind,
}

/// What went wrong with a file, as far as a reader of the memo needs to
/// know.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The file could not be opened or read from disk.
    Unreadable,
    /// The file is empty.
    Empty,
    /// Damaged, or not the format its name says.
    Corrupt,
    /// Protected with a password.
    Encrypted,
    /// A scan without a text layer: needs OCR.
    Scan,
    /// A format the tool does not read (Word, image, ...).
    Unsupported,
    /// Too large or complex to read safely, or reading it took too long.
    TooComplex,
    /// Read, but no comments were found in it.
    NoComments,
    /// The tool failed on it (an internal error).
    Failed,
    /// Anything else: the message says.
    #[default]
    Other,
    /// Not a regular file (a folder, a link out of the inbox, a pipe), or a
    /// file whose name reads as another's: not read. About how the working
    /// group filled the inbox, and named as it is there (a folder or link
    /// is often named after a person): reported to the working group, left
    /// out of the public outputs like [`ProblemKind::Setup`].
    Skipped,
    /// About the working group's own set-up (the inbox's folders,
    /// `consultation.toml`), not about a submission: reported to the
    /// working group, left out of the public outputs.
    Setup,
}

impl ProblemKind {
    /// Whether a problem of this kind belongs in the public outputs (the
    /// memo's appendix, `consultation.json`): every kind about a submitted
    /// or draft file, not the working group's own set-up nor an inbox
    /// entry that was not read as a file (see [`ProblemKind::Skipped`]).
    pub fn is_public(self) -> bool {
        !matches!(self, ProblemKind::Setup | ProblemKind::Skipped)
    }

    /// A short description in Dutch, naming no file.
    pub fn label_nl(self) -> Option<&'static str> {
        Some(match self {
            ProblemKind::Unreadable => "het bestand kon niet worden geopend",
            ProblemKind::Empty => "het bestand is leeg",
            ProblemKind::Corrupt => "het bestand is beschadigd of geen geldig PDF-bestand",
            ProblemKind::Encrypted => "het bestand is met een wachtwoord beveiligd",
            ProblemKind::Scan => {
                "het bestand is een scan zonder tekst; tekstherkenning (OCR) is nodig"
            }
            ProblemKind::Unsupported => "het bestandsformaat wordt niet ondersteund",
            ProblemKind::TooComplex => "het bestand is te groot of te complex om te lezen",
            ProblemKind::NoComments => {
                "het bestand is gelezen, maar er zijn geen punten in gevonden"
            }
            ProblemKind::Failed => "het bestand kon door een interne fout niet worden verwerkt",
            ProblemKind::Skipped => {
                "geen gewoon bestand (een map of een koppeling) en daarom niet gelezen"
            }
            ProblemKind::Other | ProblemKind::Setup => return None,
        })
    }

    /// [`ProblemKind::label_nl`] or [`ProblemKind::label_en`] (`nl`
    /// false) for a problem with the file `file`: a damaged file that is
    /// no PDF (a cut-off Word file) is not called an invalid PDF.
    pub fn label_for(self, file: &str, nl: bool) -> Option<&'static str> {
        let pdf = std::path::Path::new(file)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        match (self, nl) {
            (ProblemKind::Corrupt, true) if !pdf => Some("het bestand is beschadigd"),
            (ProblemKind::Corrupt, false) if !pdf => Some("the file is damaged"),
            (_, true) => self.label_nl(),
            (_, false) => self.label_en(),
        }
    }

    /// A short description in English, naming no file.
    pub fn label_en(self) -> Option<&'static str> {
        Some(match self {
            ProblemKind::Unreadable => "the file could not be opened",
            ProblemKind::Empty => "the file is empty",
            ProblemKind::Corrupt => "the file is damaged or not a valid PDF",
            ProblemKind::Encrypted => "the file is protected with a password",
            ProblemKind::Scan => "the file is a scan without text; it needs OCR",
            ProblemKind::Unsupported => "the file format is not supported",
            ProblemKind::TooComplex => "the file is too large or complex to read",
            ProblemKind::NoComments => "the file was read, but no points were found in it",
            ProblemKind::Failed => "the file could not be processed because of an internal error",
            ProblemKind::Skipped => "not a regular file (a folder or a link), so it was not read",
            ProblemKind::Other | ProblemKind::Setup => return None,
        })
    }
}

/// Why a file could not be read: its [`ProblemKind`] and the message for
/// the working group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub kind: ProblemKind,
    pub message: String,
}

impl FileError {
    pub fn new(kind: ProblemKind, message: impl Into<String>) -> Self {
        FileError {
            kind,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The machine-readable result written as `consultation.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Consultation {
    pub title: String,
    #[serde(default)]
    pub period_start: Option<chrono::NaiveDate>,
    pub deadline: Option<chrono::NaiveDate>,
    pub versions: Vec<Version>,
    pub responses: Vec<Response>,
    /// Changes from the consultation draft (first version) to the newest.
    pub changes: Vec<Change>,
    /// Files in the inbox that could not be processed (drafts included).
    #[serde(default)]
    pub problems: Vec<Problem>,
    /// Decisions in the ledger whose comment no longer exists.
    #[serde(default)]
    pub orphaned_decisions: Vec<OrphanedDecision>,
    /// Decisions in the ledger found again under a new comment id (the
    /// comment's text changed slightly).
    #[serde(default)]
    pub reattached_decisions: Vec<ReattachedDecision>,
    /// Warnings about the ledger itself (response numbers repeated or not
    /// recorded): for the working group, not for the public memo.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ledger_warnings: Vec<String>,
    /// Warnings about `consultation.toml` (settings for a file that is not
    /// in the inbox): for the working group, not for the public memo.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settings_warnings: Vec<String>,
    /// Responses without a date while a deadline is set, or dated before
    /// the consultation opened: for the working group (they name files).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub date_warnings: Vec<String>,
    /// Response files that are byte for byte another's, taken out of
    /// `responses` (see [`crate::pipeline::drop_copies`]): for the working
    /// group (they name files).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub same_files: Vec<String>,
    /// Names of private persons whose letters were read before and are no
    /// longer in the inbox (withdrawn), from the ledger
    /// ([`crate::ledger::Ledger::withdrawn_private_names`]): scrubbed from
    /// public output as any private person's name. Never published.
    #[serde(skip)]
    pub withdrawn_private_names: Vec<String>,
}

/// A decision kept in the ledger whose comment can no longer be found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OrphanedDecision {
    pub comment_id: String,
    pub respondent: String,
    pub text: String,
    pub status: Status,
    pub answer: String,
    /// The response file the decision was made on (for the working group;
    /// not in public output).
    #[serde(skip)]
    pub file: String,
    /// Whether the response it was made on is gone from the inbox (no file
    /// of that name, no response of that sender): a withdrawn response,
    /// left out of public output.
    #[serde(skip)]
    pub withdrawn: bool,
    /// Whether its file is in the inbox but holds another sender's letter
    /// now (a reused file name: `scan001.pdf`): the decision does not pass
    /// to that letter's points (working group only).
    #[serde(skip)]
    pub file_reused: bool,
    /// The current comment of the same response most like the text the
    /// decision was made on: the likely successor of a reworded point, to
    /// re-attach it to with `inspraak decide --move` (working group only).
    #[serde(skip)]
    pub successor: Option<Successor>,
    /// For a decision that records no respondent, file or comment text (a
    /// decision typed into the ledger by hand): the current comment whose
    /// id is one or two typing errors from its id (working group only).
    #[serde(skip)]
    pub near_id: Option<Successor>,
}

/// A current comment suggested as the new place of an orphaned decision.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Successor {
    pub id: String,
    /// Its memo number (`1.1`).
    pub number: String,
    /// Share of the text's characters the two have in common, in order
    /// (the measure re-attachment decides on).
    pub similarity: f32,
}

impl OrphanedDecision {
    /// Whether the decision records neither respondent, file nor comment
    /// text: nothing tells what it was made on.
    pub fn records_nothing(&self) -> bool {
        self.respondent.trim().is_empty() && self.file.is_empty() && self.text.trim().is_empty()
    }

    /// One line for `run` and `check`: what the decision is and what to do.
    pub fn message(&self) -> String {
        if self.records_nothing() {
            return format!(
                "decision {} ({}) is kept in the ledger, but {}",
                self.comment_id,
                self.status.label_nl(),
                self.hint()
            );
        }
        format!(
            "decision on {} ({}, {}) no longer matches a comment; it is kept in the ledger: \
             \"{}\"; {}",
            self.comment_id,
            self.respondent,
            self.status.label_nl(),
            crate::cli::shorten(&self.text, 60),
            self.hint()
        )
    }

    /// What the working group can do about it, for `run`, `check` and
    /// `status`: re-attach it to its likely successor or another comment,
    /// or drop it (kept in the ledger's `[dropped]` table).
    pub fn hint(&self) -> String {
        let id = &self.comment_id;
        if self.records_nothing() {
            let near = match &self.near_id {
                Some(n) => format!("perhaps it is meant for {} {}; ", n.number, n.id),
                None => String::new(),
            };
            return format!(
                "no comment has the id {id} and the decision records no respondent, file or \
                 comment text (typed by hand with a wrong id?): {near}correct the id in the \
                 ledger, or re-attach it with `inspraak decide --move {id} COMMENT`, or drop it \
                 with `inspraak decide --drop {id}`"
            );
        }
        match &self.successor {
            Some(s) => format!(
                "perhaps it belongs to {} {} now ({:.0}% of the text the same): \
                 `inspraak decide --move {id} {}`; or drop it with `inspraak decide --drop {id}`",
                s.number,
                s.id,
                s.similarity * 100.0,
                s.id
            ),
            None if self.withdrawn && self.file_reused => format!(
                "`{file}` holds another sender's letter now, so the decision does not pass to its \
                 points; it is attached again when the letter it was made on is put back (under \
                 any name); drop it with `inspraak decide --drop {id}`, or give it to a point of \
                 the new letter with `inspraak decide --move {id} COMMENT --to-other-respondent`",
                file = self.file
            ),
            None if self.withdrawn => format!(
                "its response is no longer in the inbox (it is attached again when the response \
                 is put back); drop it with `inspraak decide --drop {id}`, or re-attach it with \
                 `inspraak decide --move {id} COMMENT`"
            ),
            None => format!(
                "re-attach it with `inspraak decide --move {id} COMMENT`, or drop it with \
                 `inspraak decide --drop {id}`"
            ),
        }
    }
}

/// A decision whose comment id changed and that was re-attached by the
/// similarity of the comment text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReattachedDecision {
    /// Id the decision was filed under.
    pub old_id: String,
    /// Id of the comment it now belongs to.
    pub new_id: String,
    /// Respondent and file of the comment it now belongs to.
    pub respondent: String,
    pub file: String,
    /// Similarity of the stored and the current comment text (0..=1).
    pub score: f32,
    /// Respondent and file the decision was made on (from the ledger), for
    /// the working group's notes; not in public output.
    #[serde(skip)]
    pub decided_respondent: String,
    #[serde(skip)]
    pub decided_file: String,
}

impl ReattachedDecision {
    /// The note `run`, `check` and `decide` print: which decision (made
    /// on whose comment) went to which comment (of whom).
    pub fn note(&self) -> String {
        let of = |respondent: &str, file: &str| match (respondent.is_empty(), file.is_empty()) {
            (false, false) => format!(" ({respondent}, {file})"),
            (false, true) => format!(" ({respondent})"),
            (true, false) => format!(" ({file})"),
            (true, true) => String::new(),
        };
        format!(
            "decision on {}{} re-attached to comment {}{} (text {:.0}% the same)",
            self.old_id,
            of(&self.decided_respondent, &self.decided_file),
            self.new_id,
            of(&self.respondent, &self.file),
            self.score * 100.0
        )
    }
}

/// A top-level section on page 1, for tests.
#[cfg(test)]
pub(crate) fn test_section(number: &str, title: &str, text: &str) -> Section {
    Section {
        number: number.into(),
        title: title.into(),
        level: 1,
        text: text.into(),
        pages: (1, 1),
    }
}

#[cfg(test)]
mod tests;
