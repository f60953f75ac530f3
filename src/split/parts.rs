//! The parts of a letter: where its body starts and ends, and the lines
//! that are letter furniture (salutation, closing, signature, e-mail
//! headers, letterhead), never comments.

use super::metadata::{
    date_in, in_sentence, is_address, is_contact_line, is_person_name, name_with_contact,
    organisation_word, person_part,
};
use super::Row;
use crate::text::StaticRegex;

/// This module's regexes, for [`super::prepare`].
pub(super) const PATTERNS: &[&StaticRegex] = &[
    &SENTENCE_BREAK,
    &SALUTATION,
    &CLOSING,
    &SIGNATURE_FUNCTION,
    &HEADER_LINE,
    &FURNITURE,
    &FORWARD_MARKER,
    &REPLY_ATTRIBUTION,
    &FORWARDING_NOTE,
    &SEND_ON_REQUEST,
    &ERRAND_REMARK,
    &OWN_ADDITION,
    &PAGE_MARKER,
    &PAGE_MARKER_WITH_TEXT,
    &APPENDIX_HEADING,
    &REPORT_ANNEX,
    &SUPPORTING_ANNEX,
    &INSTRUMENT_HEADING,
    &PROPOSAL_TITLE,
    &DECISION_HEADING,
    &POSTCODE_LINE,
];

/// Where the body starts and ends.
pub(super) struct Parts {
    pub(super) body_start: usize,
    pub(super) body_end: usize,
}

impl Parts {
    pub(super) fn find(lines: &[Row]) -> Parts {
        // The salutation opens the body: it comes before the body's first
        // sentence. A body line that merely reads like one (`Hallo`, `Beste
        // ...` further down) moves nothing.
        let first_sentence = lines
            .iter()
            .enumerate()
            .position(|(i, r)| {
                !is_head_line(&r.text)
                    && word_count(&r.text) >= 6
                    && ends_as_sentence(&r.text)
                    && !is_tagline(lines, i)
            })
            .unwrap_or(lines.len());
        let salutation = lines[..first_sentence]
            .iter()
            .position(|r| is_salutation(&r.text));
        let body_start = match salutation {
            Some(i) => i + 1,
            None => {
                // A council's decision, amendment or motion opens with its
                // form (`De raad van de gemeente X, in vergadering bijeen
                // op ...,`, `constaterende dat`): its body, however short
                // or dated its lines.
                let at = lines
                    .iter()
                    .enumerate()
                    .position(|(i, r)| {
                        !is_head_line(&r.text) && word_count(&r.text) >= 6 && !is_tagline(lines, i)
                            || super::metadata::council_deciding(&r.text).is_some()
                            || super::segment::is_motion_clause(&r.text)
                    })
                    .or_else(|| {
                        // A message of one short sentence (`Voeg de scholen
                        // toe!` under an e-mail's headers) has no line of
                        // six words: its body is its first sentence.
                        lines.iter().position(|r| {
                            let t = r.text.trim();
                            word_count(t) >= 2
                                && t.ends_with(['.', '!', '?'])
                                && !is_header_line(t)
                                && !is_furniture(t)
                                && date_in(t).is_none()
                        })
                    })
                    .unwrap_or(lines.len());
                // A short first point's marker line (`1. Inleiding`) above
                // the first sentence opens the body, as does a report's
                // first heading there (see [`opens_report_body`]).
                match at.checked_sub(1) {
                    Some(p)
                        if super::segment::marker(&lines[p].text).is_some_and(|m| m.counts())
                            || opens_report_body(&lines[p].text) =>
                    {
                        p
                    }
                    _ => at,
                }
            }
        };
        let mut body_end = lines
            .iter()
            .enumerate()
            .skip(body_start)
            .find(|(_, r)| is_closing(&r.text))
            .map(|(i, _)| i)
            .unwrap_or(lines.len());
        // Without a closing formula, a signature block at the end (names,
        // functions, the signing body) is not body text either.
        if body_end == lines.len() {
            while body_end > body_start
                && (is_signature_line(&lines[body_end - 1].text)
                    || is_furniture(&lines[body_end - 1].text))
            {
                body_end -= 1;
            }
            // Nor is a name with its address and phone on the lines below
            // it (`Karin Visser` / `Zwanenhof 14` / `3456 CF Zandwijk`):
            // contact lines at the end belong to the signature when a
            // name heads them; without one they stay body.
            let mut top = lines.len();
            let mut named = None;
            while top > body_start {
                let t = &lines[top - 1].text;
                if is_signature_line(t) {
                    named = Some(top - 1);
                } else if !(is_furniture(t) || is_contact_line(t)) {
                    break;
                }
                top -= 1;
            }
            let heads = (top..lines.len()).find(|&i| !is_furniture(&lines[i].text));
            if let Some(n) = named.filter(|n| heads == Some(*n) && *n < body_end) {
                body_end = n;
            }
        }
        Parts {
            body_start,
            body_end,
        }
    }
}

/// Whether a line ends as a sentence does: with `!`, `?` or a full stop
/// that ends no abbreviation with full stops inside it (the legal form of
/// a letterhead's `Van Rijn Bouw & Ontwikkeling B.V.`, `N.V.`, `U.A.`).
fn ends_as_sentence(t: &str) -> bool {
    let t = t.trim_end();
    if t.ends_with(['!', '?']) {
        return true;
    }
    let Some(rest) = t.strip_suffix('.') else {
        return false;
    };
    let last = rest.rsplit(char::is_whitespace).next().unwrap_or(rest);
    let pieces: Vec<&str> = last.split('.').collect();
    let abbreviation = pieces.len() >= 2
        && pieces
            .iter()
            .all(|p| (1..=3).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic));
    !abbreviation
}

pub(super) static FORWARD_MARKER: StaticRegex = StaticRegex::new(
    r"^(?i)[-_\s]*(?:begin )?(doorgestuurd bericht|forwarded message|oorspronkelijk bericht|original message)\b",
);

/// Where a forwarded message starts in an e-mail: the line after which the
/// sender passes on a message (a campaign text, a neighbour's letter) as
/// theirs too. `Doorgestuurd bericht` and `Forwarded message` always mark
/// one; Outlook's `Oorspronkelijk bericht` marks replies as well, so only
/// under a forwarding subject (`FW:`, `Fwd:`, `Doorst:`). A reply's quoted
/// messages are not the sender's words and stay out.
pub(super) fn forwarded_at(lines: &[Row]) -> Option<usize> {
    let marker = lines
        .iter()
        .position(|r| FORWARD_MARKER.get().is_match(&r.text));
    // Outlook forwards without a marker line too: the forwarded message's
    // own header block below the sender's text (its rule, `____`, is no
    // text).
    let at = match (marker, header_block_at(lines)) {
        (Some(m), Some(b)) => m.min(b),
        (m, b) => m.or(b)?,
    };
    let explicit = is_explicit_forward(&lines[at].text);
    let forwarding_subject = lines[..at]
        .iter()
        .find_map(|r| header_value(&r.text, &["onderwerp", "subject"]))
        .is_some_and(|s| {
            let s = s.to_lowercase();
            ["fw:", "fwd:", "doorst:", "tr:"]
                .iter()
                .any(|p| s.starts_with(p))
        });
    (explicit || forwarding_subject).then_some(at)
}

/// The header lines (`Van:`, `Onderwerp:`, at most six) that open the
/// message forwarded below the sender's own at line `at` (see
/// [`forwarded_at`]).
fn forwarded_headers(lines: &[Row], at: usize) -> Vec<&str> {
    let start = message_start(lines, at);
    lines[start.min(lines.len())..]
        .iter()
        .take(6)
        .map(|r| r.text.trim())
        .take_while(|t| is_header_line(t))
        .collect()
}

/// Whether the message forwarded below the sender's own at line `at`
/// (see [`forwarded_at`]) is a reply the sender received: its subject
/// answers an earlier message (`RE: klacht houtstook`, `Antw:`, `AW:`),
/// and its `Van:` is someone else than the sender's own `Van:` above. The
/// sender passes on what was answered to them (the municipality's reply,
/// its steps to file a report): context, not the sender's words.
pub(super) fn answers_sender(lines: &[Row], at: usize) -> bool {
    let headers = forwarded_headers(lines, at);
    let reply = headers
        .iter()
        .find_map(|t| header_value(t, &["onderwerp", "subject"]))
        .is_some_and(|s| {
            let s = s.to_lowercase();
            ["re:", "antw:", "aw:", "sv:", "r:"]
                .iter()
                .any(|p| s.starts_with(p))
        });
    let from = headers
        .iter()
        .find_map(|t| header_value(t, &["van", "from"]));
    let sender = lines[..at]
        .iter()
        .find_map(|r| header_value(&r.text, &["van", "from"]));
    let other = match (from, sender) {
        (Some(f), Some(s)) => {
            let name = sender_name(&s).to_lowercase();
            !name.is_empty() && !f.to_lowercase().contains(&name)
        }
        (Some(_), None) => true,
        (None, _) => false,
    };
    reply && other
}

/// Whether the message forwarded below the sender's own at line `at`
/// (see [`forwarded_at`]) comes from the one the sender writes to: its
/// `Van:` names who the salutation above addresses (`Geachte werkgroep,`
/// over the forwarded `Van: Werkgroep Armoede en Schulden`). That is the
/// addressee's own message passed back (the invitation to respond, an
/// earlier letter of theirs) as context, not the sender's words; a
/// campaign text or a neighbour's letter forwarded as the sender's own
/// comes from someone else.
pub(super) fn from_addressee(lines: &[Row], at: usize) -> bool {
    let from = forwarded_headers(lines, at)
        .into_iter()
        .find_map(|t| header_value(t, &["van", "from"]));
    let Some(from) = from else {
        return false;
    };
    let from_words: Vec<String> = sender_name(&from)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_string)
        .collect();
    let addressee = lines[..at]
        .iter()
        .map(|r| r.text.trim())
        .find(|t| is_salutation(t))
        .map(addressee_words)
        .unwrap_or_default();
    addressee.iter().any(|w| from_words.contains(w))
}

/// The words of a salutation that name whom it addresses (`Geachte
/// werkgroep,` → `werkgroep`; `Beste leden van de stuurgroep,` →
/// `stuurgroep`): none for a salutation to a person or to anyone
/// (`Geachte heer, mevrouw`, `Beste allen`, `L.S.`).
fn addressee_words(salutation: &str) -> Vec<String> {
    /// Words of four letters or more in a salutation that name no one in
    /// particular.
    const NO_ADDRESSEE: &[&str] = &[
        "geachte",
        "geacht",
        "hooggeachte",
        "zeer",
        "beste",
        "lieve",
        "dear",
        "hallo",
        "hello",
        "goedemiddag",
        "goedemorgen",
        "goedenavond",
        "leden",
        "heer",
        "heren",
        "mevrouw",
        "dames",
        "allen",
        "mensen",
        "iedereen",
        "voorzitter",
        "secretaris",
        "madam",
        "betreft",
    ];
    salutation
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !NO_ADDRESSEE.contains(w))
        .map(str::to_string)
        .collect()
}

pub(super) static FORWARDING_NOTE: StaticRegex = StaticRegex::new(
    r"(?i)\b(doorgestuurd|doorsturen|doorgezonden|doorzenden|(stuur|stuurt|sturen|zend|zendt|zenden)\b[^.!?]{0,40}\bdoor|ter (behandeling|info|informatie|afhandeling|kennisname|attentie|beoordeling|verwerking)|fyi|f\.y\.i|zie (onder|hieronder|onderstaand|onderstaande|beneden|bijgaand)|(onderstaande?|hieronder|hierbij|bijgaande?) (de |een |het )?(door\w+ )?(reactie|reacties|bericht|berichten|mail|e-mail|mailtje|brief|zienswijze|vraag|klacht|melding)|forwarding|forwarded|see below|for your (information|attention))\b",
);

/// A request to the one a message is written to to send it on (`Ingrid,
/// wil jij dit namens het bestuur naar de regio sturen?`, `Kun je dit
/// vandaag nog indienen?`): the writer asks the reader to pass it on, the
/// way a chair hands a reaction to the secretary who forwards it. An
/// errand, not a view on the draft.
pub(super) static SEND_ON_REQUEST: StaticRegex = StaticRegex::new(
    r"(?i)^(?:\p{L}+,\s*)?(?:wil|wilt|kun|kunt|kan|zou|zoudt|mag)\s+(?:jij|je|u)\s+(?:dit|deze|dat|het|onderstaande|hem|ze)\b[^.!?]{0,80}\b(?:doorsturen|sturen|versturen|opsturen|insturen|doorzenden|zenden|indienen|mailen|doormailen|doorgeven)\b[^.!?]{0,30}[.?!]?$",
);

/// The most words a request to send a message on ([`SEND_ON_REQUEST`])
/// has: a sentence of its own, not a paragraph that argues.
const SEND_ON_REQUEST_WORDS: usize = 25;

/// A short remark beside a request to send a message on (see
/// [`SEND_ON_REQUEST`]) that says nothing of the draft: that the board
/// agreed to send it (`Het bestuur is akkoord.`, `Ons bestuur heeft ermee
/// ingestemd.`, `Akkoord van het bestuur.`), thanks (`Dank je wel!`,
/// `Alvast bedankt, Wim.`) or a greeting (`Groet, Gerard`). What follows
/// `akkoord` or `eens` may only be a name: `Het bestuur is akkoord met de
/// visie` is a stance on the draft.
pub(super) static ERRAND_REMARK: StaticRegex = StaticRegex::new(
    r"(?i)^(?:(?:het|ons|de)\s+(?:dagelijks\s+)?(?:bestuur|directie|college|team)\s+(?:is|gaat|heeft)\s+(?:er\s*mee\s+)?(?:akkoord|accoord|eens|ingestemd)(?:\s+mee)?|akkoord\s+van\s+(?:het|ons|de)\s+(?:dagelijks\s+)?(?:bestuur|directie)|(?:alvast\s+)?(?:(?:hartelijk\s+)?dank(?:\s+je|\s+u)?(?:\s+wel)?|bedankt|dankjewel|thanks)|(?:met\s+)?(?:vriendelijke\s+|hartelijke\s+)?groet(?:en|jes)?)(?:,?\s+(?-i:\p{Lu})\p{L}*)?\s*[.!]*$",
);

/// The most words of a remark beside a request to send a message on (see
/// [`ERRAND_REMARK`]).
const ERRAND_REMARK_WORDS: usize = 6;

/// Whether every sentence of `t` is a request to send the message on (one
/// such request, see [`SEND_ON_REQUEST`]) or a short remark beside it that
/// says nothing of the draft ([`ERRAND_REMARK`]).
fn is_send_on_request(t: &str) -> bool {
    let all: Vec<&str> = super::segment::sentences(t).collect();
    let requests = all
        .iter()
        .filter(|s| word_count(s) <= SEND_ON_REQUEST_WORDS && SEND_ON_REQUEST.get().is_match(s))
        .count();
    requests == 1
        && all
            .iter()
            .all(|s| is_errand_remark(s) || SEND_ON_REQUEST.get().is_match(s))
}

/// Whether sentence `s` is a short remark beside a request to send a
/// message on ([`ERRAND_REMARK`], at most [`ERRAND_REMARK_WORDS`] words).
fn is_errand_remark(s: &str) -> bool {
    word_count(s) <= ERRAND_REMARK_WORDS && ERRAND_REMARK.get().is_match(s)
}

/// How many of the first rows of a forwarded message's body (`body`) are
/// its writer's request to the one who forwards it to send it on (see
/// [`SEND_ON_REQUEST`]): a short paragraph of that one sentence above the
/// message itself, perhaps with a remark that the board agreed, thanks or a
/// greeting beside it ([`ERRAND_REMARK`]; `Wim, kun jij dit naar de regio
/// sturen? Het bestuur is akkoord.`). The forwarder did what it asks; it is
/// no point of the message. None (0) when the body opens otherwise.
pub(super) fn send_on_request_rows(body: &[&Row]) -> usize {
    let Some(first) = body.iter().position(|r| !r.text.trim().is_empty()) else {
        return 0;
    };
    // The paragraph's rows up to the one that ends its first sentence.
    let Some(mut last) = body[first..]
        .iter()
        .position(|r| r.text.trim_end().ends_with(['.', '?', '!']))
        .map(|k| k + first)
    else {
        return 0;
    };
    let joined = |rows: &[&Row]| {
        rows.iter()
            .map(|r| r.text.trim())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The remarks on the lines right below it.
    while body.get(last + 1).is_some_and(|r| {
        let t = r.text.trim();
        !t.is_empty() && super::segment::sentences(t).all(is_errand_remark)
    }) {
        last += 1;
    }
    if is_send_on_request(&joined(&body[first..=last])) {
        last + 1
    } else {
        0
    }
}

/// Where the message passed on below the sender's own starts, given
/// where the sender's own ends (see [`forwarded_at`]): after a marker line,
/// or at the forwarded message's own header block.
pub(super) fn message_start(lines: &[Row], at: usize) -> usize {
    let marker = lines
        .get(at)
        .is_some_and(|r| FORWARD_MARKER.get().is_match(&r.text));
    if marker {
        at + 1
    } else {
        at
    }
}

/// Where an earlier e-mail quoted or forwarded below the sender's text
/// starts without a marker line (Outlook: no `>`, no `Oorspronkelijk
/// bericht`, at most a rule): a `Van:`/`From:` header below a sentence of
/// the message or below its own `Van:`, followed within four lines by two
/// more headers, one of
/// them when it was sent (`Verzonden:`, `Datum:`, `Sent:`) or to whom
/// (`Aan:`, `To:`). A letter's own head (`Aan:`, `Van:`, `Datum:` above
/// the text) comes before any sentence and is not one.
pub(super) fn header_block_at(lines: &[Row]) -> Option<usize> {
    let sentence = |t: &str| {
        let t = t.trim();
        !is_header_line(t) && word_count(t) >= 2 && t.ends_with(['.', '!', '?'])
    };
    let from = |t: &str| header_value(t, &["van", "from"]).is_some();
    // Below a sentence of the message (`Ter info.`), or below the
    // message's own `Van:` (a forward without a note).
    let first_sentence = lines.iter().position(|r| sentence(&r.text));
    let first_from = lines.iter().position(|r| from(&r.text));
    let after = [first_sentence, first_from].into_iter().flatten().min()?;
    (after + 1..lines.len()).find(|&i| {
        from(&lines[i].text) && {
            let below: Vec<String> = lines[i + 1..]
                .iter()
                .take(4)
                .map(|r| r.text.trim().to_lowercase())
                .take_while(|t| is_header_line(t))
                .collect();
            let named = |names: &[&str]| {
                below.iter().any(|t| {
                    t.split_once(':')
                        .is_some_and(|(n, _)| names.contains(&n.trim()))
                })
            };
            below.len() >= 2
                && named(&[
                    "verzonden",
                    "verstuurd",
                    "datum",
                    "sent",
                    "date",
                    "aan",
                    "to",
                ])
        }
    })
}

/// Whether the top message of a forward (the lines above its marker) is
/// no more than a forwarding note: headers, perhaps a salutation, closing
/// and signature, and at most a short note that says it passes the
/// message on (`Ter behandeling doorgestuurd.`, `Graag doorsturen naar
/// de werkgroep.`) without a view. A sender who adds words of their own
/// (`ik sluit me erbij aan`) forwards as the submitter.
pub(super) fn is_forwarding_note(top: &[Row]) -> bool {
    let own: Vec<&str> = top
        .iter()
        .map(|r| r.text.trim())
        .filter(|t| {
            !(t.is_empty()
                || is_header_line(t)
                || is_furniture(t)
                || is_salutation(t)
                || is_closing(t)
                || is_signature_line(t))
        })
        .collect();
    let note = own.join(" ");
    note.is_empty()
        || word_count(&note) <= 25
            && FORWARDING_NOTE.get().is_match(&note)
            && !super::segment::VIEW.get().is_match(&note)
            && !OWN_ADDITION.get().is_match(&note)
}

/// A forwarder agreeing with or adding to what they pass on (`ik deel
/// haar zorgen`, `en voeg daaraan toe dat ...`, `ik wil graag aanvullen`):
/// words of their own, whatever else the note says.
pub(super) static OWN_ADDITION: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:(?:ik|wij|we)\s+(?:deel|delen|onderschrijf|onderschrijven|steun|steunen)\s+(?:de|die|deze|dit|haar|zijn|hun|uw|het)\s+(?:\w+\s+)?(?:zorg|zorgen|mening|standpunt|opvatting|kritiek|bezwaar|bezwaren|oproep|punt|punten|reactie|verzoek)|(?:voeg|voegen)\s+(?:er\s*aan\s+|daar\s*aan\s+)?toe\s*(?:dat|:)|(?:wil|willen)\s+(?:ik|wij|we)\s+(?:graag\s+|nog\s+)*(?:toevoegen|aanvullen|benadrukken|opmerken)|ook\s+(?:ik|wij)\s+(?:vind|vinden|maak|maken|wil|willen|zie|zien))",
);

pub(super) static REPLY_ATTRIBUTION: StaticRegex =
    StaticRegex::new(r"^(?i)(op|on) \S.* (schreef|wrote|het volgende geschreven)\b");

/// Where the quoted history of an e-mail reply starts (`Op wo 3 apr. 2019
/// om 09:12 schreef ...:`, or Outlook's `Oorspronkelijk bericht` under a
/// subject that does not forward): the earlier messages below it are not
/// the sender's words, nor is their signature the sender's.
///
/// An attribution names the earlier sender's address or the time it was
/// sent and ends with a colon (on this line or, wrapped, the next): `Op
/// de bijeenkomst van 3 maart schreef de wethouder dat ...` in a letter's
/// body is no attribution.
pub(super) fn history_at(lines: &[Row]) -> Option<usize> {
    (0..lines.len())
        .find(|&i| {
            let t = lines[i].text.trim();
            let attribution = REPLY_ATTRIBUTION.get().is_match(t) && word_count(t) <= 30 && {
                let next = lines.get(i + 1).map_or("", |r| r.text.trim());
                let whole = if t.ends_with(':') {
                    t.to_string()
                } else {
                    format!("{t} {next}")
                };
                let time = whole
                    .as_bytes()
                    .windows(3)
                    .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
                whole.ends_with(':') && (whole.contains('@') || time)
            };
            attribution || FORWARD_MARKER.get().is_match(t) && !is_explicit_forward(t)
        })
        // An earlier message's own header block below the reply (Outlook).
        .into_iter()
        .chain(header_block_at(lines))
        .min()
}

pub(super) fn is_explicit_forward(marker: &str) -> bool {
    let t = marker.to_lowercase();
    t.contains("doorgestuurd") || t.contains("forwarded")
}

pub(super) fn word_count(t: &str) -> usize {
    t.split_whitespace().count()
}

pub(super) static SALUTATION: StaticRegex = StaticRegex::new(
    r"^(?i)(geachte?|beste|hooggeachte|zeer geachte|lieve|l\.s\.|dear|hallo|hoi|hee|hey|hi|hello|goedemiddag|goedemorgen|goedenavond|aan de leden)\b.{0,100}[,:]?$",
);

/// A salutation line (`Geachte werkgroep,`, `Beste mensen,`, `L.S.,`).
/// Only the formal words open one whatever follows; `Beste`, `Lieve`,
/// `Hallo` and the like also open sentences (`Beste is om ...`), so with
/// them the line ends as a salutation does (`,`, `:`, `!`) or is short.
/// A line that ends a sentence of more than a few words is not one.
pub(super) fn is_salutation(t: &str) -> bool {
    let t = t.trim();
    let words = word_count(t);
    if !SALUTATION.get().is_match(t) || words > 14 {
        return false;
    }
    if t.ends_with(['.', '?']) && words > 4 {
        return false;
    }
    let lower = t.to_lowercase();
    let formal = [
        "geachte",
        "geacht ",
        "hooggeachte",
        "zeer geachte",
        "l.s.",
        "dear",
        "aan de leden",
    ]
    .iter()
    .any(|w| lower.starts_with(w));
    formal || t.ends_with([',', ':', '!']) || words <= 4 && !t.ends_with(['.', '?'])
}

/// Where a salutation written on one line with the first sentence of the
/// body (`Geachte werkgroep, in paragraaf 4 mis ik ...`) ends: the byte
/// offset after its comma or colon, when what follows is a sentence of at
/// least four words: the rest ends as a sentence does, or its first
/// sentence ends after four words or more (a letter typed as one
/// paragraph, its closing and signature after the body on the same line:
/// `Geachte werkgroep, de wachttijd ... Met vriendelijke groet, Gerda`).
/// `Geachte heer, mevrouw,` is a salutation only.
pub(super) fn salutation_end(t: &str) -> Option<usize> {
    let t = t.trim_end();
    // The salutation is looked for in the line's first words: a line of
    // any length may go on after it (the whole letter on one line).
    t.match_indices([',', ':'])
        .take_while(|&(i, _)| word_count(&t[..=i]) <= 8)
        .find_map(|(i, _)| {
            let (head, rest) = (&t[..=i], t[i + 1..].trim());
            if !is_salutation(head) || word_count(rest) < 4 {
                return None;
            }
            let sentence = rest.ends_with(['.', '!', '?'])
                || rest
                    .find(['.', '!', '?'])
                    .is_some_and(|end| word_count(&rest[..end]) >= 4);
            sentence.then_some(i + 1)
        })
}

/// A line that is letter furniture as a whole (a salutation, a closing, a
/// header, a date or address line, page furniture): it ends at its line
/// end, so the line after it starts a paragraph even without a blank line
/// or a gap above it.
pub(super) fn ends_at_line_end(t: &str) -> bool {
    let t = t.trim();
    is_salutation(t)
        || is_closing(t) && word_count(t) <= 4
        || is_header_line(t)
        || is_furniture(t)
        || word_count(t) <= 6
            && !t.ends_with(['.', '!', '?'])
            && (is_address(t) || date_in(t).is_some())
}

pub(super) static CLOSING: StaticRegex = StaticRegex::narrowed(
    r"^(?i:aldus (besloten|vastgesteld)|(wij vertrouwen|ik vertrouw) erop (u|jullie) hiermee (voldoende )?(te hebben (geïnformeerd|ingelicht)|van dienst te (zijn|hebben))|(wij hopen|ik hoop) (u|jullie) hiermee (voldoende )?(te hebben (geïnformeerd|ingelicht)|van dienst te (zijn|hebben))|met (vriendelijke|hartelijke|beste|collegiale|respectvolle|sportieve|\w+e) groet(en|jes)?|(vriendelijke|hartelijke) groet(en|jes)?|hoogachtend|groeten|groetjes|groet,?|(kind|best|warm) regards|met dank en groet|met groet(en)?)\b|^(?i:m\.?v\.?g|vr\.?\s?gr|gr|grt|grtz|grts|groet(en|jes)?|regards|cheers)\.?[,!]?(\s+(\p{Lu}[\p{L}.'’\-]*|van|de|der|den|te|ten|ter)){0,4}\s*$",
);

pub(super) fn is_closing(t: &str) -> bool {
    CLOSING.for_text(t).is_match(t)
}

pub(super) static SIGNATURE_FUNCTION: StaticRegex = StaticRegex::new(
    r"(?i)^((de|het) )?(secretaris|burgemeester|voorzitter|griffier|directeur|wethouder|namens|hoogachtend)\b",
);

/// A short line of a signature block: a signing body, a name or a function.
pub(super) fn is_signature_line(t: &str) -> bool {
    let t = t.trim();
    let function = SIGNATURE_FUNCTION.get();
    // `Karin Visser | 06-12345678 | Zwanenhof 14, 3456 CF Zandwijk`.
    if name_with_contact(t).is_some() {
        return true;
    }
    word_count(t) <= 10
        && !t.ends_with(['.', '!', '?', ':'])
        && (function.is_match(t)
            || is_person_name(t.trim_end_matches(','))
            // `Karin Visser, huisarts`, `Karin Visser (buurtbewoner)` (what
            // follows a bar is a signature only as contact details, above).
            || (!t.contains('|') && is_person_name(person_part(t.trim_end_matches(','))))
            || (organisation_word(t) && t.ends_with(','))
            // An organisation signing with its name alone (`Comité Veilig
            // Thuis Oost`).
            || (organisation_word(t)
                && word_count(t) <= 6
                && t.chars().next().is_some_and(char::is_uppercase))
            || t.split(',').filter(|p| !p.trim().is_empty()).all(|p| {
                let p = p.trim();
                function.is_match(p) || is_person_name(p) || abbreviated(p)
            })
            || signers_with_roles(t))
}

/// Signers named with their roles in brackets on one line (`Sanne
/// (voorzitter) en Youssef (secretaris)`, `Ahmed (penningmeester), Lotte
/// (lid)`), given names alone or full names: a signature, never a point.
fn signers_with_roles(t: &str) -> bool {
    let t = t.trim().trim_end_matches(',');
    let signers: Vec<&str> = t
        .split(',')
        .flat_map(|p| p.split(" en "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    !signers.is_empty()
        && signers.iter().all(|p| {
            let name = person_part(p);
            name.len() < p.len()
                && p.ends_with(')')
                && (is_person_name(name) || super::metadata::given_name_alone(name).is_some())
        })
}

/// A part of a signature line with abbreviations or initials in it
/// (`drs. A.B. Smit`, `namens mr. K.`), not a sentence that ends in it
/// (`signalen oppikt. Hartelijke groeten`).
fn abbreviated(p: &str) -> bool {
    p.contains('.') && !SENTENCE_BREAK.get().is_match(p)
}

/// A sentence's end inside a line: a word of three or more lower-case
/// letters, a full stop, then a capital.
pub(super) static SENTENCE_BREAK: StaticRegex = StaticRegex::new(r"\p{Ll}{3,}[.!?]\s+\p{Lu}");

/// A letter's or form's label row (`Van:`, `Naam:`, `Postcode en
/// woonplaats:`): an address label may join several parts (`Straat en
/// huisnummer:`, `Postcode/plaats:`).
pub(super) static HEADER_LINE: StaticRegex = StaticRegex::new(
    r"^(?i)(van|aan|cc|bcc|verzonden|verstuurd|datum|onderwerp|betreft|kenmerk|ons kenmerk|uw kenmerk|uw brief van|bijlage\(n\)|bijlagen|from|to|sent|date|subject|telefoon|tel\.|e-mail|email|doorkiesnummer|behandeld door|contactpersoon|zaaknummer|registratienummer|(?:naam|organisatie|instelling)(?:\s*(?:/|\ben\b|\s)\s*(?:van\s+(?:de|uw|het)\s+)?(?:naam|organisatie|instelling|vereniging|bedrijf))*|voornaam|achternaam|namens|e-?mailadres|telefoonnummer|(adres|postcode|woonplaats|plaats|straat|straatnaam|huisnummer|huisnr\.?)(\s*(,|/|&|\+|\ben\b)\s*(adres|postcode|woonplaats|plaats|straat|straatnaam|huisnummer|huisnr\.?))*)\s*:",
);

/// The heading of a letter's own appendix (`Bijlage: aanvullende punten
/// ...`, `Bijlage 1 – Verslag`, `Bijlagen`, `Appendix A`): the word on a
/// line of its own or before a colon, dash or full stop.
pub(super) static APPENDIX_HEADING: StaticRegex = StaticRegex::new(
    r"^(?i)(?:bijlage|bijlagen|appendix|annex|addendum)(?:\s+(?:\d{1,2}|[a-z]|[ivx]{1,4}))?\s*(?:[:.\-–—]|$)",
);

/// Whether a line heads a letter's own appendix (see [`APPENDIX_HEADING`]).
pub(super) fn is_appendix_heading(t: &str) -> bool {
    APPENDIX_HEADING.get().is_match(t.trim())
}

/// A council's proposal's title (`Raadsvoorstel`, `Voorstel aan de raad`).
pub(super) static PROPOSAL_TITLE: StaticRegex =
    StaticRegex::new(r"^(?i)(?:raadsvoorstel|voorstel\s+aan\s+de\s+(?:gemeente)?raad)\b");

/// A decision's heading above its preamble (`Raadsbesluit`, `Besluit`).
pub(super) static DECISION_HEADING: StaticRegex =
    StaticRegex::new(r"^(?i)(?:raadsbesluit|besluit|ontwerpbesluit)\b[^.;:]{0,60}$");

/// The heading of a report's own annex or back matter on a line of its
/// own (`Bijlage 1 Samenstelling van de Wmo-raad`, `Bijlage 2: Bronnen`,
/// `Colofon`, `Bronnen`, `Verantwoording`): what a report sets after its
/// last chapter.
pub(super) static REPORT_ANNEX: StaticRegex = StaticRegex::new(
    r"^(?i:(?:bijlage|appendix|annex)\s+(?:\d{1,2}|[a-h]|[ivx]{1,4})\b\s*(?:[:.\-–—]\s*)?(?:\p{Lu}[^.!?;]*)?|colofon|(?:geraadpleegde\s+)?bronnen(?:lijst)?|bronvermelding|literatuur(?:lijst)?|verantwoording|lijst van afkortingen|afkortingen(?:lijst)?|begrippenlijst|samenstelling\b[^.!?;]*)$",
);

/// Back matter of a report that holds no point (see [`REPORT_ANNEX`]):
/// who its members are, how it worked, its sources, its colophon.
pub(super) static SUPPORTING_ANNEX: StaticRegex = StaticRegex::new(
    r"(?i)\b(?:samenstelling|leden|ledenlijst|werkwijze|bronnen|bronnenlijst|bronvermelding|literatuur|literatuurlijst|colofon|verantwoording|afkortingen|begrippen|begrippenlijst|gesprekspartners|geraadpleegde)\b",
);

/// Where the annexes of a report end its body (see [`REPORT_ANNEX`]): the
/// first such heading below some text, opening a paragraph, with text
/// below it.
pub(super) fn report_annexes_at(body: &[&Row]) -> Option<usize> {
    (1..body.len()).find(|&k| is_report_annex_heading(body, k))
}

/// Whether line `k` of `body` heads a report's annex (see
/// [`REPORT_ANNEX`]): a line of its own with a paragraph below it.
pub(super) fn is_report_annex_heading(body: &[&Row], k: usize) -> bool {
    let t = body[k].text.trim();
    body[k].para
        && word_count(t) <= 12
        && body.get(k + 1).is_some_and(|n| n.para)
        && REPORT_ANNEX.get().is_match(t)
}

/// Whether a report's annex heading (see [`REPORT_ANNEX`]) heads back
/// matter that holds no point (see [`SUPPORTING_ANNEX`]).
pub(super) fn is_supporting_annex(t: &str) -> bool {
    SUPPORTING_ANNEX.get().is_match(t.trim())
}

/// The heading of a council's amendment or motion (`AMENDEMENT A1 –
/// Cliëntondersteuning voor jongeren`, `Motie M3: ...`, `Motie vreemd aan
/// de orde van de dag`): the word opening a line of no sentence, perhaps
/// with its number and title.
pub(super) static INSTRUMENT_HEADING: StaticRegex = StaticRegex::new(
    r"^(?:AMENDEMENT|MOTIE|Amendement|Motie)(?:\s+(?:nr\.?\s*)?[A-Za-z]{0,2}\d{1,3}[a-z]?)?(?:\s+(?i:vreemd\s+aan\s+de\s+orde(?:\s+van\s+de\s+dag)?))?(?:\s*[–—:-]\s*[^.!?;:]*)?\s*$",
);

pub(super) fn is_instrument_heading(t: &str) -> bool {
    let t = t.trim();
    word_count(t) <= 16 && INSTRUMENT_HEADING.get().is_match(t)
}

/// A report's first heading right above its first sentence, where no
/// salutation opens the body: a chapter numbered without a full stop (`1
/// Inleiding`, `1 Wachtlijst vrouwenopvang`), a summary's title
/// (`Samenvatting`) or an introduction's (`Inleiding`, `Vooraf`). It
/// heads the first chapter, not the letter head: kept out of the body,
/// the chapter lost its number and the summary its title.
fn opens_report_body(t: &str) -> bool {
    let t = t.trim();
    word_count(t) <= 8
        && !t.ends_with(['.', ',', ';', ':', '!', '?'])
        && date_in(t).is_none()
        && !is_header_line(t)
        && !is_furniture(t)
        && (super::segment::NUMBERED_HEADING.get().is_match(t)
            || word_count(t) <= 4 && super::segment::SUMMARY_HEADING.get().is_match(t)
            || super::segment::INTRODUCTION_TITLE.get().is_match(t))
}

/// E-mail header (`Van:`, `Aan:`, ...).
pub(super) fn is_header_line(t: &str) -> bool {
    HEADER_LINE.get().is_match(t)
}

/// A line of the letter head: headers, addresses, dates, contact lines
/// (`T 071 331 22 44 | www.stichting.nl`), short lines.
pub(super) fn is_head_line(t: &str) -> bool {
    is_header_line(t)
        || is_furniture(t)
        || is_dated_head_line(t)
        || word_count(t) < 6
        || is_contact_line(t)
}

/// Whether line `i` of `lines` is an organisation's tagline under its
/// letterhead (`Stichting X` / `Dorpsstraat 12` / `2371 AB Plaats` /
/// `Samen sterk voor een veilige buurt.`): a short paragraph of one line
/// that states no view and speaks for no one (no `ik`, `wij`, `u`), with
/// only letter-head lines above it, an organisation's name among them,
/// and more of the head below it (a date, the addressee, the
/// salutation). A slogan, no sentence of the letter: the body starts
/// below it.
fn is_tagline(lines: &[Row], i: usize) -> bool {
    const PERSONAL: &[&str] = &[
        "ik", "wij", "we", "mijn", "ons", "onze", "u", "uw", "jullie", "je", "jouw",
    ];
    let Some(r) = lines.get(i) else {
        return false;
    };
    let t = r.text.trim();
    let one_line = lines.get(i + 1).is_some_and(|n| n.para || n.set_off);
    let above = &lines[..i];
    one_line
        && (r.para || r.set_off || i == 0)
        && word_count(t) <= 10
        && !super::segment::states_view(t)
        && !crate::text::words(t).any(|w| PERSONAL.contains(&w.as_str()))
        && !above.is_empty()
        && above.iter().all(|a| is_head_line(&a.text))
        && above
            .iter()
            .any(|a| organisation_word(a.text.trim()) && !is_address(a.text.trim()))
        && lines.get(i + 1).is_some_and(|n| {
            let n = n.text.trim();
            is_salutation(n)
                || super::metadata::is_addressee(n)
                || is_header_line(n)
                || date_in(n).is_some()
        })
}

/// A line with a date that is not a sentence about that date: a sentence
/// that mentions one (`1. Op 30 september 2026 is gezegd dat ...`, a
/// line that ends as a sentence does, with the date after `op`, `per`,
/// ... or with more than eight words) is body text, as the same sentence
/// without the date is.
fn is_dated_head_line(t: &str) -> bool {
    date_in(t).is_some_and(|(_, at)| {
        let sentence =
            t.trim_end().ends_with(['.', '!', '?']) && (in_sentence(t, at) || word_count(t) > 8);
        !sentence
    })
}

pub(super) static FURNITURE: StaticRegex = StaticRegex::narrowed(
    r"(?ix)^(
            (pagina|blad|page)\s+\d+(\s+(van|of|/)\s+\d+)?
          | \d+\s*(/|van)\s*\d+
          | -\s*\d+\s*-
          | \d{1,3}
          | (postbus|postadres|bezoekadres)\b.*
          | \d{4}\s?[a-z]{2}\s+[a-z].*
          | (www\.|https?://)\S+
          | [\w.+-]+@[\w-]+(\.[\w-]+)+
          | (dit|deze)\s+(e-?mail(bericht)?|bericht)\s+(is|kan)\b.*
          | (disclaimer|vertrouwelijk(heids)?(verklaring)?)\b.*
          | -{2,}\s*(oorspronkelijk|original|doorgestuurd|forwarded).*
          | (verzonden\s+(vanaf|met)|sent\s+from)\b.*
          | (this|the)\s+(e-?mail|message|communication)\b.{0,60}\b(is|are|may\s+be|contains?)\s+(strictly\s+)?(confidential|intended|privileged)\b.*
          | (confidentiality\s+notice|if\s+you\s+(are\s+not|have\s+received)\s+(the|this)\b).*
          | .{1,150}?(\.\s?){4,}\s*\d{1,4}
          | .{1,150}?…+\s*\d{1,4}
        )\s*$",
);

/// Page furniture and boilerplate that is never part of a comment.
pub(super) fn is_furniture(t: &str) -> bool {
    FURNITURE.for_text(t.trim()).is_match(t.trim()) || is_marked_page_header(t.trim())
}

/// A page's number of pages (`Pagina 2 van 3`, `Page 2 of 3`, `Blad 2/3`)
/// at the start or the end of a line, with a short title next to it:
/// `group 1` is the text before the marker, `group 2` the text after.
pub(super) static PAGE_MARKER_WITH_TEXT: StaticRegex = StaticRegex::new(
    r"^(.*?)\b(?:Pagina|PAGINA|Blad|BLAD|Page|PAGE)\s+\d{1,3}\s*(?:van|of|/)\s*\d{1,3}\b(.*)$",
);

/// A running header or footer typed on one line with its page marker
/// (`Pagina 2 van 2   Reactie Stichting Wonen`, `Advies Wmo-raad - Page 1
/// of 3`): the marker, capitalised, at the line's start or end, with at
/// most ten words next to it that make no sentence (no sentence end, no
/// lower-case word right after the marker). A sentence that names a page
/// (`Op pagina 2 van 5 staat ...`) is none.
fn is_marked_page_header(t: &str) -> bool {
    let Some(c) = PAGE_MARKER_WITH_TEXT.get().captures(t) else {
        return false;
    };
    let before = c[1]
        .trim()
        .trim_end_matches(['-', '–', '|', ',', ':'])
        .trim();
    let after = c[2]
        .trim()
        .trim_start_matches(['-', '–', '|', ',', ':'])
        .trim();
    let other = match (before.is_empty(), after.is_empty()) {
        (true, _) => after,
        (false, true) => before,
        // Text on both sides: a sentence that names a page.
        (false, false) => return false,
    };
    let starts_lower = other.chars().next().is_some_and(char::is_lowercase);
    !other.is_empty()
        && word_count(other) <= 10
        && !starts_lower
        && !other.ends_with(['.', '!', '?', ':', ';', ','])
}

pub(super) static PAGE_MARKER: StaticRegex = StaticRegex::new(
    r"^(?i)((pagina|blad|page)\s+\d+(\s+(van|of|/)\s+\d+)?|\d+\s*(/|van)\s*\d+|-\s*\d+\s*-)$",
);

/// The words of a text that name something (four letters or more),
/// lower-cased: for comparing a line with the letter's head.
pub(super) fn name_words(t: &str) -> Vec<String> {
    t.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| w.chars().count() >= 4)
        .collect()
}

/// A running header or footer typed into a letter's text (a `.txt` pasted
/// from a word processor): a line next to a page marker (`Pagina 1 van
/// 2`, `- 2 -`) that is no sentence and repeats the letter's own title,
/// sender or subject: at least three of its words, and four in five of
/// them, are in the letter's head (`head_words`), or the same line occurs
/// again in the letter.
pub(super) fn is_running_header(
    lines: &[Row],
    i: usize,
    head_words: &std::collections::HashSet<String>,
) -> bool {
    let t = lines[i].text.trim();
    let page_marker = |j: usize| {
        lines
            .get(j)
            .is_some_and(|r| PAGE_MARKER.get().is_match(r.text.trim()))
    };
    let next_to_page = page_marker(i + 1) || i > 0 && page_marker(i - 1);
    if !next_to_page || t.ends_with(['.', '!', '?', ':', ',', ';']) || word_count(t) > 16 {
        return false;
    }
    let words = name_words(t);
    let known = words.iter().filter(|w| head_words.contains(*w)).count();
    let repeated = lines
        .iter()
        .enumerate()
        .any(|(j, r)| j != i && r.text.trim() == t);
    repeated || words.len() >= 3 && known * 5 >= words.len() * 4
}

/// A form's label for the organisation that responds (`Organisatie`,
/// `Namens`, `Naam organisatie`, `Naam organisatie/instelling`, `Naam van
/// de instelling`), in lower case without its colon.
pub(super) fn names_organisation_label(label: &str) -> bool {
    const BODY: [&str; 4] = ["organisatie", "instelling", "vereniging", "bedrijf"];
    let words: Vec<&str> = label
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    label == "namens"
        || words.iter().any(|w| BODY.contains(w))
            && words.iter().all(|w| {
                BODY.contains(w) || matches!(*w, "naam" | "van" | "de" | "uw" | "het" | "en")
            })
}

/// A postcode line (`5481 GT Beekvliet`, `5481GT  BEEKVLIET`).
pub(super) static POSTCODE_LINE: StaticRegex = StaticRegex::new(r"^\d{4}\s?[A-Z]{2}\b");

/// Whether `t` is a postcode line ([`POSTCODE_LINE`]).
pub(super) fn is_postcode_line(t: &str) -> bool {
    POSTCODE_LINE.get().is_match(t.trim())
}

/// A form's label for who submits it (`Ingediend door`, `Ingezonden
/// door`, `Afzender`, `Inzender`), in lower case without its colon.
pub(super) fn names_submitter_label(label: &str) -> bool {
    matches!(
        label,
        "ingediend door" | "ingezonden door" | "verzonden door" | "afzender" | "inzender"
    )
}

pub(super) fn header_value(t: &str, names: &[&str]) -> Option<String> {
    let (name, value) = t.split_once(':')?;
    let name = name.trim().to_lowercase();
    names
        .contains(&name.as_str())
        .then(|| value.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// A sender's name that is a person's with what they belong to after it
/// (`Pieter Bakker (Gemeente Kaagwoude)`, `Marja Bakker | Buurtteam
/// Noord`, `Karin Visser | 06-12345678`): the person's name, and the
/// organisation when what follows names one (capitalised, no digits).
/// `None` when no person's name comes first.
pub(super) fn person_with_organisation(name: &str) -> Option<(String, Option<String>)> {
    let name = name.trim();
    let (person, rest) = match name.split_once(" | ") {
        Some((p, r)) => (p.trim(), r.split(" | ").next().unwrap_or(r).trim()),
        None => name
            .strip_suffix(')')
            .and_then(|inner| inner.rsplit_once(" ("))
            .map(|(p, b)| (p.trim(), b.trim()))?,
    };
    let person = person_part(person);
    if !is_person_name(person) {
        return None;
    }
    let org = (rest.chars().next().is_some_and(char::is_uppercase)
        && !rest.chars().any(|c| c.is_ascii_digit())
        && !rest.contains('@'))
    .then(|| rest.to_string());
    Some((person.to_string(), org))
}

/// `Jan de Vries <jan@example.nl>` → `Jan de Vries`.
pub(super) fn sender_name(v: &str) -> String {
    let name = v
        .split('<')
        .next()
        .unwrap_or(v)
        .trim()
        .trim_matches('"')
        .trim();
    if name.is_empty() || name.contains('@') {
        return v.trim().trim_matches(['<', '>']).to_string();
    }
    // `Thomas Bakker, Kerkstraat 3, Zoeterhout`: the address after the name
    // is not part of it, nor is the place alone after a person's name
    // (`Thomas Bakker, Zoeterhout-Oost`).
    let all: Vec<&str> = name.split(',').map(str::trim).collect();
    let first = all.first().copied().unwrap_or(name);
    let rest = &all[1..];
    let address = rest
        .iter()
        .any(|p| p.chars().any(|c| c.is_ascii_digit()) || is_address(p));
    let place = matches!(rest, [p] if is_place_name(p)) && is_person_name(first);
    if !first.is_empty() && (address || place) {
        first.to_string()
    } else {
        name.to_string()
    }
}

/// Most words of a place's name after a sender's (see [`is_place_name`]).
const PLACE_WORDS: usize = 3;

/// Whether `t` reads as a place's name: a few capitalised words (a
/// hyphen or particle inside: `Abcoude-Polder`, `Bergen op Zoom`), no
/// digits, no organisation's word (`Gemeente Oost`) and no initials.
fn is_place_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=PLACE_WORDS).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && (w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "aan" | "op" | "de" | "den" | "bij" | "in"))
        })
        && !organisation_word(t)
}
