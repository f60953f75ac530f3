//! Stage 3, split: a response's letter metadata and its comments.
//!
//! A response is read as a letter: a head (letterhead, address block,
//! date line, `Betreft`, e-mail headers), a salutation (`Geachte ...`), a
//! body, a closing (`Met vriendelijke groet`) and a signature. Only the body
//! holds comments; the head and signature give the respondent, kind, date
//! and place. Letters without salutation or closing are read as all body,
//! with furniture lines still removed.
//!
//! The body is cut at the strongest kind of point marker that occurs at
//! least twice in sequence: labelled points (`Advies 3 –`, `Punt 2:`),
//! numbers (`1.`, `1)`), letters (`a.`), bullets, short headings; without
//! markers, at paragraphs. Text before the first point is a comment only
//! when it states a view; procedural paragraphs (`Hierbij ontvangt u ...`,
//! `Voor vragen kunt u ...`) never are.

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::model::{Comment, Document, Note, RespondentKind};

/// What the split stage read from one response.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Letter {
    /// Sender as read from the letter (letterhead, `Van:`, signature).
    pub respondent: Option<String>,
    pub kind: RespondentKind,
    pub date: Option<NaiveDate>,
    /// The letter's date as written without a year (`16 oktober`), when
    /// `date` is `None`: the year follows from the consultation's period
    /// ([`DayMonth::in_year_near`]).
    pub date_without_year: Option<DayMonth>,
    pub place: Option<String>,
    pub private_person: bool,
    /// A private person's message that the sender passes on with words of
    /// their own (an organisation forwarding a resident's e-mail): its
    /// text is among the comments, so every text of the response is
    /// scrubbed as a private person's, whoever the sender is
    /// ([`crate::model::Response::passes_on_private`]).
    pub passes_on_private: bool,
    /// The names that sign such passed-on messages (`Henk de Boer`):
    /// private persons' names, never published
    /// ([`crate::model::Response::passed_on_names`]).
    pub passed_on_names: Vec<String>,
    /// Comments in letter order, ids set, links empty.
    pub comments: Vec<Comment>,
    /// The street names of the address under the signature (`Brédestraat`
    /// of `Brédestraat 22`): the sender's own, personal data wherever the
    /// letter writes them ([`crate::model::Response::own_streets`]).
    pub own_streets: Vec<String>,
    /// The letter's head and signature block as written (the sender's own
    /// address, e-mail address, phone number): what their own letter
    /// gives ([`crate::model::Response::own_details`]).
    pub own_details: Vec<String>,
    /// What reading the file left out or could not read that the working
    /// group must know (an attachment of an e-mail not read, characters
    /// without a mapping): [`crate::model::Document::warnings`].
    pub reading_warnings: Vec<String>,
    /// Pages that are scans without text: what they say is not among the
    /// comments ([`crate::model::Document::scanned_pages`]).
    pub scanned_pages: Vec<u32>,
    /// The file's review notes ([`crate::model::Document::notes`]): read
    /// as points or not once the drafts are known ([`notes::settle`]).
    pub notes: Vec<Note>,
    /// The file's whole text as read ([`Document::text`]), letterhead,
    /// furniture and all: what a draft sent back holds of the draft's
    /// text, to tell what the sender left out ([`notes::settle`]).
    pub text: String,
}

/// A day of a month, of no particular year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DayMonth {
    pub month: u32,
    pub day: u32,
}

impl DayMonth {
    /// The date in the year that puts it nearest to the consultation's
    /// period (from `start` to `end`, either may be missing): a letter
    /// dated `16 oktober` in a consultation closing on 15 October 2026 is
    /// of 16 October 2026, one dated `3 januari` in a consultation closing
    /// in December is of the next year. `None` without a period.
    pub fn in_year_near(
        self,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        let (from, to) = match (start, end) {
            (Some(s), Some(e)) => (s.min(e), s.max(e)),
            (Some(d), None) | (None, Some(d)) => (d, d),
            (None, None) => return None,
        };
        let distance = |d: NaiveDate| {
            if d < from {
                (from - d).num_days()
            } else if d > to {
                (d - to).num_days()
            } else {
                0
            }
        };
        use chrono::Datelike;
        (to.year() - 1..=to.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, self.month, self.day))
            .min_by_key(|d| distance(*d))
    }
}

/// Splits a response into its metadata and comments.
pub fn split_response(doc: &Document, response_id: &str) -> Letter {
    let mut letter = split_rows(&flatten(doc), response_id);
    if letter.date.is_none() && letter.date_without_year.is_none() {
        letter.date = running_header_date(doc);
    }
    let mut reading_warnings = doc.warnings.clone();
    reading_warnings.append(&mut letter.reading_warnings);
    Letter {
        reading_warnings,
        scanned_pages: doc.scanned_pages.clone(),
        notes: doc.notes.clone(),
        text: doc.text(),
        ..letter
    }
}

/// The date a letter gives only in its running header (`Datum: 8 oktober
/// 2026 | Pagina 1 van 2` atop every page of a council's template), left
/// out of the text as the header it is: a date line there (labelled
/// `Datum:`/`Date:`, the date first, or a place and the date) is the
/// letter's date, as it is in the letter's head. A date in other words
/// (an e-mail's subject, `Reactie op de avond van 3 oktober`) is not.
fn running_header_date(doc: &Document) -> Option<NaiveDate> {
    doc.pages.iter().flat_map(|p| &p.header).find_map(|h| {
        let t = h.trim();
        // When a browser printed the page, not when the letter was written.
        if crate::text::is_print_stamp(t) {
            return None;
        }
        let (_, at) = date_in(t)?;
        let before = t.get(..at).unwrap_or("").trim_end();
        let date_line = header_value(t, &["datum", "date"]).is_some()
            || before.is_empty()
            || before.ends_with(',') && parts::word_count(before) <= 4;
        let row = Row {
            text: t.to_string(),
            ..Row::default()
        };
        date_line.then(|| find_date(&[&row], &[], &[]).0).flatten()
    })
}

fn split_rows(all: &[Row], response_id: &str) -> Letter {
    // A council's proposal (`Raadsvoorstel`: the college's beslispunten,
    // argumenten, kanttekeningen, signed by the college) above the
    // council's decision in one file: the decision and the letter it
    // adopts are the council's reaction, the proposal is none of it.
    if let Some(at) = decision_after_proposal(all) {
        return split_rows(&all[at..], response_id);
    }
    // A forwarded message is read as a letter of its own; the sender's
    // part before it gives the metadata.
    let forwarded = forwarded_at(all);
    // Outlook's `Oorspronkelijk bericht` under a forwarding subject opens
    // the forwarded message, not a reply's history: the history is what
    // comes after it.
    let history = match (forwarded, history_at(all)) {
        (Some(f), Some(h)) if f == h => {
            let from = message_start(all, f);
            history_at(&all[from..]).map(|h| h + from)
        }
        (_, h) => h,
    };
    // A forward whose top message is no more than a forwarding note (`Ter
    // behandeling doorgestuurd.`, none at all): the forwarded message is
    // the submission, with its sender and date.
    if let Some(at) = forwarded.filter(|f| history.is_none_or(|h| *f < h)) {
        if is_forwarding_note(&all[..at]) {
            let message = &all[message_start(all, at)..];
            // Its writer's request to the forwarder to send it on (see
            // [`parts::send_on_request_rows`]) is no part of it.
            let start = Parts::find(message).body_start;
            let request = parts::send_on_request_rows(&message[start..].iter().collect::<Vec<_>>());
            if request > 0 {
                let rest: Vec<Row> = message[..start]
                    .iter()
                    .chain(&message[start + request..])
                    .cloned()
                    .collect();
                return split_rows(&rest, response_id);
            }
            return split_rows(message, response_id);
        }
    }
    // A reply the sender received, passed on below their own letter (see
    // [`parts::answers_sender`]), or a message of the one they write to
    // ([`parts::from_addressee`]: the invitation to respond) is read as an
    // earlier message is: not the sender's words.
    let answered = forwarded.filter(|f| {
        history.is_none_or(|h| *f < h)
            && (parts::answers_sender(all, *f) || parts::from_addressee(all, *f))
    });
    let (forwarded, history) = match answered {
        Some(a) => (None, Some(history.map_or(a, |h| h.min(a)))),
        None => (forwarded, history),
    };
    let own_end = [forwarded, history].into_iter().flatten().min();
    let own = &all[..own_end.unwrap_or(all.len())];
    let parts = Parts::find(own);
    // A letter the sender encloses below their own signature (a college's
    // cover letter, then the advice it passes on): its points are the
    // sender's comments too, its head and signature not the sender's.
    let mut enclosed: Vec<usize> = Vec::new();
    let mut from = enclosed_letter_at(own, &parts);
    while let Some(at) = from.filter(|a| enclosed.last().is_none_or(|l| a > l)) {
        enclosed.push(at);
        let rest = &own[at..];
        from = enclosed_letter_at(rest, &Parts::find(rest)).map(|k| k + at);
    }
    // A council's amendment or motion set below its decision in one file
    // (`AMENDEMENT A1 – ...`, `MOTIE M3 – ...` heading it): a part of its
    // own, read as an enclosed letter is, whose preamble, vote and
    // signers are no part of the decision's last point.
    for (k, row) in own.iter().enumerate().skip(parts.body_start + 1) {
        if parts::is_instrument_heading(&row.text) && !enclosed.contains(&k) {
            enclosed.push(k);
        }
    }
    // A council's decision below the closing of its covering letter
    // (`Hoogachtend,` / the council and its griffier, then `Raadsbesluit`
    // / `De raad van de gemeente X;` / `besluit:` / its points): a part of
    // its own, read as an enclosed letter is, whose points are the
    // council's, not an enclosure of the signature. It starts at its
    // heading right above the line naming the council deciding.
    if lines_close(own, &parts) {
        let first_enclosed = enclosed.iter().min().copied().unwrap_or(own.len());
        if let Some(at) = (parts.body_end + 1..first_enclosed)
            .find(|&k| metadata::council_deciding(&own[k].text).is_some())
        {
            let heading = own[..at]
                .iter()
                .rposition(|r| !r.text.trim().is_empty())
                .filter(|&k| {
                    k > parts.body_end && parts::DECISION_HEADING.get().is_match(own[k].text.trim())
                });
            enclosed.push(heading.unwrap_or(at));
        }
    }
    enclosed.sort_unstable();
    let lines = &own[..enclosed.first().copied().unwrap_or(own.len())];
    // The letter's own part ends above the first such part.
    let parts = if parts.body_end > lines.len() {
        Parts::find(lines)
    } else {
        parts
    };
    let head: Vec<&Row> = lines[..parts.body_start].iter().collect();
    // A postscript below the closing and signature (`P.S. Ook ...`) is
    // the sender's too: read as body after the letter's own, and kept out
    // of the signature.
    let after = &lines[parts.body_end..];
    let postscript = after.iter().position(|r| is_postscript(&r.text));
    // An appendix of the letter's own below the signature (`Bijlage:
    // aanvullende punten ...` over points `a.`, `b.`): its points are the
    // sender's comments, its lines no part of the signature.
    let appendix = after
        .iter()
        .skip(1)
        .position(|r| is_appendix_heading(&r.text))
        .map(|k| k + 1);
    let tail_end = [postscript, appendix]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(after.len());
    let tail: Vec<&Row> = after[..tail_end].iter().collect();
    // Where the postscript and the appendix end: where the other starts,
    // when that is below it.
    let end_of = |start: usize| {
        [postscript, appendix]
            .into_iter()
            .flatten()
            .filter(|&s| s > start)
            .min()
            .unwrap_or(after.len())
    };
    let mut signature = read_signature(&tail);
    // What is left of the body's last line when its closing is cut off.
    let cut_line: Option<Row>;
    let mut body = body_of(lines, &parts);
    let body_text: String = body
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    // A postscript that names the second person below the signer's name
    // tells they sign too, as the body would.
    let postscript_text: String = postscript
        .map(|p| {
            after[p..end_of(p)]
                .iter()
                .map(|r| r.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();
    signature.with_second_signer(&format!("{body_text} {postscript_text}"));
    // A letter written as one paragraph signs at the end of it: the
    // closing and signature are cut off its last comment.
    let inline = (signature.person.is_none() && signature.organisation.is_none())
        .then(|| inline_signature_at(&body_text))
        .flatten();
    match inline {
        Some((name, at)) => {
            signature.person = Some(name);
            let (keep, rest) = cut_rows(&body, at);
            body.truncate(keep);
            cut_line = rest;
        }
        // The closing at the end of the body's last line, the name below
        // it (read as the signature): the closing is cut off too.
        // Or its first words there and the rest on the closing's line
        // (`... Hartelijke` / `groeten, Karel de Wit`).
        None => match trailing_closing_at(&body_text).or_else(|| {
            tail.first()
                .filter(|r| is_closing(r.text.trim()))
                .and_then(|r| split_closing_at(&body_text, &r.text))
        }) {
            Some(at) if !body_text[..at].trim().is_empty() => {
                let (keep, rest) = cut_rows(&body, at);
                body.truncate(keep);
                cut_line = rest;
            }
            _ => cut_line = None,
        },
    }
    body.extend(cut_line.as_ref());
    // The annexes of a report that no signature closes (`Bijlage 1
    // Samenstelling van de Wmo-raad`, `Bijlage 2 Bronnen`, `Colofon` below
    // its last chapter) are no part of its last point: back matter (who
    // its members are, how it worked, its sources) holds none, and
    // another annex is read as an appendix below a signature is.
    // A letter's own annexes come after its closing and signature: such
    // a heading with a closing below it, in the middle of the letter's
    // points, heads a point about the draft's own appendix (`Bijlage 2
    // Begrippenlijst` over `In de begrippenlijst ontbreken ...`).
    let closed = signature.person.is_some()
        || signature.organisation.is_some()
        || tail.iter().any(|r| is_closing(r.text.trim()));
    let annex_rows: Vec<&Row> = match parts::report_annexes_at(&body).filter(|_| !closed) {
        Some(k) => body.split_off(k),
        None => Vec::new(),
    };
    let mut annexes: Vec<Vec<&Row>> = Vec::new();
    for (k, r) in annex_rows.iter().enumerate() {
        if k == 0 || parts::is_report_annex_heading(&annex_rows, k) {
            annexes.push(Vec::new());
        }
        if let Some(a) = annexes.last_mut() {
            a.push(*r);
        }
    }
    // Back matter left out is said so: nothing of a letter goes unread
    // unsaid.
    let mut left_out = Vec::new();
    annexes.retain(|a| {
        let keep = a
            .first()
            .is_some_and(|h| !parts::is_supporting_annex(&h.text));
        if !keep {
            if let Some(h) = a.first() {
                left_out.push(format!(
                    "the part '{}' ({}) was read as the report's back matter \
                     (its members, sources or working method) and is in no comment",
                    h.text.trim(),
                    if a.len() == 1 {
                        "1 line".to_string()
                    } else {
                        format!("{} lines", a.len())
                    },
                ));
            }
        }
        keep
    });
    let mut bodies = vec![body.clone()];
    if let Some(p) = postscript {
        bodies.push(
            after[p..end_of(p)]
                .iter()
                .filter(|r| !is_furniture(&r.text))
                .collect(),
        );
    }
    let mut appendices = Vec::new();
    for a in annexes {
        appendices.push(bodies.len());
        bodies.push(a.into_iter().filter(|r| !is_furniture(&r.text)).collect());
    }
    if let Some(a) = appendix {
        appendices.push(bodies.len());
        bodies.push(
            after[a + 1..end_of(a)]
                .iter()
                .filter(|r| !is_furniture(&r.text))
                .collect(),
        );
    }
    for (n, &at) in enclosed.iter().enumerate() {
        let letter = &own[at..enclosed.get(n + 1).copied().unwrap_or(own.len())];
        bodies.push(body_of(letter, &Parts::find(letter)));
    }
    let mut passes_on_private = false;
    let mut passed_on_names = Vec::new();
    let mut passed_on_streets: Vec<String> = Vec::new();
    if let Some(at) = forwarded.filter(|f| history.is_none_or(|h| *f < h)) {
        let passed_on = &all[message_start(all, at)..];
        // Its writer's request to the forwarder to send it on (`Ingrid,
        // wil jij dit naar de regio sturen?`) was done, not argued.
        let mut message = body_of(passed_on, &Parts::find(passed_on));
        message.drain(..parts::send_on_request_rows(&message));
        bodies.push(message);
        // Who wrote the message passed on: a private person's words stay
        // a private person's, whoever passes them on.
        let writer = split_rows(passed_on, response_id);
        passes_on_private = writer.private_person || writer.passes_on_private;
        if writer.private_person || writer.passes_on_private {
            // The writer's own street (under their signature) is their
            // address, as a sender's is.
            passed_on_streets.extend(writer.own_streets);
        }
        if writer.private_person {
            passed_on_names.extend(writer.respondent);
        }
        passed_on_names.extend(writer.passed_on_names);
    }

    let (date, place) = find_date(&head, &tail, lines);
    let (date_without_year, place) = match date {
        Some(_) => (None, place),
        None => match find_date_without_year(&head, &tail) {
            Some((d, p)) => (Some(d), place.or(p)),
            None => (None, place),
        },
    };
    let email_from = head
        .iter()
        .chain(lines.iter().take(12).collect::<Vec<_>>().iter())
        .find_map(|r| header_value(&r.text, &["van", "from"]))
        .or_else(|| webmail_sender(&head));
    // A web form's fields (`Naam: ...`, `Organisatie: ...`, the value on
    // the label's line or the next one); an organisation field that says
    // there is none (`(geen, ik reageer als inwoner)`, `n.v.t.`) is none.
    let form = |label: fn(&str) -> bool| {
        let top = &lines[..lines.len().min(FORM_LINES)];
        top.iter().enumerate().find_map(|(i, r)| {
            let (name, value) = r.text.split_once(':')?;
            if !label(&name.trim().to_lowercase()) {
                return None;
            }
            let value = value.trim();
            if !value.is_empty() {
                return Some(value.to_string());
            }
            top.get(i + 1)
                .map(|n| n.text.trim())
                .filter(|n| !n.is_empty() && !is_header_line(n) && parts::word_count(n) <= 8)
                .map(str::to_string)
        })
    };
    // A form's field for who submits it (`Ingediend door: Veiligheidsregio
    // X, afdeling Y`, `Naam: Stichting X`): an organisation it names, the
    // unit after the comma left off, is the form's sender.
    let submitted_org = form(|l| parts::names_submitter_label(l) || l == "naam").and_then(|v| {
        let first = v.split([',', '(']).next().unwrap_or("").trim().to_string();
        (organisation_word(&first)
            && !is_person_name(&first)
            && (2..=8).contains(&parts::word_count(&first)))
        .then_some(first)
    });
    let form_org = form(parts::names_organisation_label)
        .filter(|v| !names_no_organisation(v))
        .map(|v| without_own_acronym(&v))
        .or(submitted_org);
    let form_name = form(|l| l == "naam").filter(|v| is_person_name(v));
    // A web form relayed by e-mail (`Van: Gemeente X <...>` above its
    // `Naam:` field) is sent by the form, not by whom the form names.
    let email_from = email_from.filter(|_| form_name.is_none());
    // A From name that is a person's with their organisation after it
    // (`Pieter Bakker (Gemeente X)`, `Marja Bakker | Buurtteam Noord`):
    // the person's, who writes as a resident, unless the letter speaks
    // as the organisation (`wij` and never `ik`, `namens onze ...`),
    // which is then the sender.
    let sender_parts = email_from
        .as_deref()
        .and_then(|f| parts::person_with_organisation(&sender_name(f)));
    let from_person = sender_parts.is_some();
    // Whether the From name's organisation sends the letter: a letter
    // that is then an organisation's, whoever signs it.
    let mut from_organisation = false;
    let email_from = match sender_parts {
        Some((_, Some(org)))
            if speaks_as_organisation(&body_text)
                || metadata::writes_in_plural_only(&body_text) =>
        {
            from_organisation = true;
            Some(org)
        }
        Some((person, _)) => Some(person),
        None => email_from,
    };
    // The letterhead: an organisation named above the addressee and date.
    // The letter's title line (`Zienswijze van de gemeenteraad van X op
    // de concept-regiovisie ...`) is no letterhead: the body it names
    // after `van` is (`Gemeenteraad van X`).
    let titled = head
        .iter()
        .map(|r| r.text.trim())
        .take_while(|t| !is_addressee(t) && date_in(t).is_none() && !is_salutation(t))
        .find_map(titled_sender);
    // An e-mail's headers (`From:`, `Date: ...`) above its body's
    // letterhead (`Stichting X` / `Dorpsstraat 12` / ...) end no head: the
    // letterhead is read below them as in a letter.
    let head_lines: Vec<&str> = head
        .iter()
        .map(|r| r.text.trim())
        .skip_while(|t| t.is_empty() || is_header_line(t))
        .take_while(|t| !is_addressee(t) && date_in(t).is_none() && !is_salutation(t))
        .collect();
    let letterhead = head_lines
        .iter()
        .enumerate()
        .find(|(_, t)| {
            !t.is_empty()
                && !t.ends_with(':')
                && !is_header_line(t)
                && (organisation_word(t) || t.contains('&') && metadata::company_name(t))
                && !is_address(t)
                && !segment::is_letter_title(t)
        })
        .map(|(i, t)| {
            // `ROC Rivierstroom` / `College van Bestuur`: a board by the
            // name of its kind names no organisation; the name on the
            // line above it does, whatever its words.
            let above = i.checked_sub(1).and_then(|j| head_lines.get(j)).copied();
            // `Lekwonen` / `Woningcorporatie voor de Lekvallei`: a line
            // that says what kind of organisation it is and for whom
            // describes the name on the line above it.
            match above {
                Some(name)
                    if (metadata::is_bare_board(t)
                        || describes_kind(t) && !is_person_name(name))
                        && names_organisation_above(name) =>
                {
                    name
                }
                _ => *t,
            }
        })
        .or(titled.as_deref());
    // A report with no letter head names its writer on its cover, among
    // the short lines above its first paragraph of prose (`Advies
    // 2026-07` / `Concept-regiovisie ...` / `Wmo-raad Noordeveen` /
    // `Datum: ...`): the sender when nothing above the body names one.
    let cover = lines
        .iter()
        .map(|r| r.text.trim())
        .take_while(|t| {
            parts::word_count(t) <= 8
                && !t.ends_with(['.', '!', '?', ';', ','])
                && !is_addressee(t)
                && !is_salutation(t)
        })
        .take(FORM_LINES)
        .find(|t| {
            (2..=6).contains(&parts::word_count(t))
                && t.chars().next().is_some_and(char::is_uppercase)
                && !t.contains(':')
                && !t.chars().any(|c| c.is_ascii_digit())
                && organisation_word(t)
                && !is_address(t)
                && !is_header_line(t)
                && !segment::is_letter_title(t)
        });
    let letterhead = letterhead.or(cover.filter(|_| head.is_empty()));
    // A letter its board signs (`namens het bestuur,` over the chair's
    // name) under a name that no organisation's word marks (`Harmonie Sint
    // Caecilia Hoogbrugge` above its secretariat's address): that name,
    // the head's first line, is the letterhead of the organisation the
    // board signs for when the letter names it too (`Harmonie Sint
    // Caecilia bestaat 112 jaar`), not the chair a private person.
    let letterhead = letterhead.or_else(|| {
        let name = head_lines.iter().copied().find(|t| !t.is_empty())?;
        let opening: Vec<&str> = name.split_whitespace().take(2).collect();
        (signature.on_behalf
            && signature.organisation.is_none()
            && (2..=8).contains(&parts::word_count(name))
            && name.chars().next().is_some_and(char::is_uppercase)
            && !name.chars().any(|c| c.is_ascii_digit())
            && !name.ends_with([':', '.', ','])
            && !is_address(name)
            && opening.len() == 2
            && body_text
                .to_lowercase()
                .contains(&opening.join(" ").to_lowercase()))
        .then_some(name)
    });
    // A household's letterhead (`Familie Van den Berg` over its street and
    // place): private persons writing together, the sender when no one
    // signs by a full name.
    let household = head_lines
        .iter()
        .copied()
        .find(|t| metadata::is_household(t));
    let head_block: String = head
        .iter()
        .map(|r| r.text.trim())
        .take_while(|t| !is_addressee(t) && date_in(t).is_none() && !is_salutation(t))
        .filter(|t| !is_address(t))
        .filter(|t| {
            form_name.is_none() && !from_person || header_value(t, &["van", "from"]).is_none()
        })
        .take(4)
        .collect::<Vec<_>>()
        .join(" | ");
    // A council's decision, amendment or motion names the council that
    // decides in its preamble, which may stand above the body
    // (`De raad van de gemeente X, in vergadering bijeen op ...,`).
    let self_named = self_designation(&body_text).or_else(|| {
        lines
            .iter()
            .take(FORM_LINES)
            .find_map(|r| metadata::council_deciding(&r.text))
    });
    // A writer who names themself (`Mijn naam is Petra Smit`, `Ik ben
    // Joris Hendriks, vader van ...`): the sender when nothing else names
    // one.
    let introduced = self_introduction(&body_text);
    // A member signing with their own name, `lid <organisation>` below
    // it, or a person signing with a job line (`medewerker Stichting X`,
    // `Voorzitter Bewonersvereniging Y`), who writes in the first person
    // singular and not on the organisation's behalf: a resident writing
    // for themselves, not the organisation.
    if (signature.member || signature.function || writes_as_resident(&body_text))
        && signature.person.is_some()
        && !signature.on_behalf
        && writes_for_self(&body_text)
    {
        // Nor is the letter the organisation's by the way it signed.
        signature.organisation = None;
        signature.by_organisation = false;
    }

    // A letter that writes on behalf of an organisation it names
    // (`Namens Jeugdbescherming west sturen wij ...`), signed or sent by a
    // line naming it (`Secretariaat Jeugdbescherming west`): that
    // organisation's, also when the signature was read as an organisation
    // of its own, a part of it (`Secretariaat Veilig Thuis Hollands
    // Midden` for `Namens Veilig Thuis Hollands Midden`): the part that
    // sends the letter is not who responds. (`Stichting X` is X's own full
    // name, and stays.)
    let behalf = on_behalf_of_named(&body_text);
    let signed_by_part = |org: &str| {
        behalf
            .as_deref()
            .is_some_and(|name| metadata::part_of(org, name))
    };
    if signature.organisation.as_deref().is_none_or(signed_by_part) && !writes_for_self(&body_text)
    {
        if let Some(name) = behalf {
            let lower = name.to_lowercase();
            let signs = tail
                .iter()
                .map(|r| r.text.to_lowercase())
                .chain(email_from.as_deref().map(str::to_lowercase))
                .any(|l| l.contains(&lower));
            // `Namens Huurdersvereniging X reageren wij ...`, signed by a
            // person alone (`Petra de Boer`, `secretaris`): a name an
            // organisation's word marks, in a letter that writes `wij`
            // and never `ik`, is who writes, signed or not.
            let named_body =
                organisation_word(&name) && metadata::writes_in_plural_only(&body_text);
            if signs || named_body {
                signature.organisation = Some(tidy_org(&name));
                signature.by_organisation = true;
                if signature
                    .person
                    .as_deref()
                    .is_some_and(|p| p.to_lowercase().contains(&lower))
                {
                    signature.person = None;
                }
            }
        }
    }

    // A letter that speaks as an organisation (`Namens onze organisatie:
    // wij vragen ...`), signed by a name that is no person's (`Humanitas
    // Den Haag`): the organisation's.
    // So is one that heads the letter with the name it signs with
    // (`SchuldHulpMaatje Leiden` above the date and below the closing) and
    // writes `wij`, never `ik`.
    let heads_letter = |p: &str| {
        head.iter()
            .map(|r| r.text.trim())
            .find(|t| !t.is_empty())
            .is_some_and(|t| t.eq_ignore_ascii_case(p))
    };
    if signature.organisation.is_none()
        && !signature.on_behalf
        && signature
            .person
            .as_deref()
            .is_some_and(|p| organisation_signing(p, place.as_deref()))
        && (speaks_as_organisation(&body_text)
            || signature.person.as_deref().is_some_and(heads_letter)
                && metadata::writes_in_plural_only(&body_text))
    {
        signature.organisation = signature.person.take().map(|p| tidy_org(&p));
        signature.by_organisation = true;
    }

    // A letter that signs or calls itself by an acronym (`Namens de
    // ASDV`) whose `Van:` header or letterhead spells it out (`Adviesraad
    // Sociaal Domein Voorschoten`) is that name's.
    // So is one that calls itself by its kind alone (`De adviesraad
    // vindt ...`, `namens de adviesraad,`) under a letterhead that names
    // it in full (`Adviesraad Sociaal Domein Hoeveland`).
    let all_text: String = lines
        .iter()
        .map(|r| r.text.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let spelled = |short: String| {
        let generic = parts::word_count(&short) == 1 && organisation_word(&short);
        let names_kind = |full: &str| {
            generic
                && parts::word_count(full) >= 2
                && full
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(short.trim()))
        };
        [
            email_from.as_deref().map(sender_name),
            letterhead.map(str::to_string),
            acronym_defined(&all_text, &short),
        ]
        .into_iter()
        .flatten()
        .find(|full| spells_out(full, &short))
        .or_else(|| letterhead.filter(|l| names_kind(l)).map(str::to_string))
        .unwrap_or(short)
    };
    let self_named = self_named.map(spelled);
    // A council's decision signed by its officers (`De griffier, mr. W.
    // de Lange` / `De voorzitter, ...`): an office alone names no body;
    // the council the decision names is the sender.
    let bare_office = self_named.is_some()
        && signature
            .organisation
            .as_deref()
            .is_some_and(metadata::is_function_only);
    // A board signing by the name of its kind (`voorzitter College van
    // Bestuur`) under a letterhead that names its organisation: the
    // organisation's.
    // So is one that signs as the board of the organisation by the short
    // name the letterhead gives with its full one (`College van Bestuur
    // SPO Beekdal` under `Stichting Primair Onderwijs Beekdal (SPO
    // Beekdal)`): the letterhead's full name is the organisation's.
    let board_only = |o: &str| {
        metadata::is_bare_board(o) && letterhead.is_some_and(|l| !metadata::is_bare_board(l))
            || letterhead.is_some_and(|l| metadata::board_of_letterhead(o, l))
    };
    // A department named before its organisation on the signature line
    // (`manager Wijkverpleging Zorggroep Noordveen`) that the letterhead
    // puts on a line of its own under the organisation's name (`Zorggroep
    // Noordveen` / `Wijkverpleging`): the organisation responds; the
    // department is where the signer works in it.
    let without_department = |o: String| -> String {
        let organisation = letterhead.filter(|l| {
            o.strip_suffix(l).is_some_and(|department| {
                let department = department.trim_end();
                !department.is_empty()
                    && head_lines
                        .iter()
                        .any(|t| t.eq_ignore_ascii_case(department))
            })
        });
        organisation.map_or(o, str::to_string)
    };
    // The letter's text, for the names the respondent is completed and
    // written with.
    let letter_text: String = lines
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let respondent = signature
        .organisation
        .clone()
        .filter(|o| !bare_office && !board_only(o))
        .map(spelled)
        .map(without_department)
        .or_else(|| self_named.clone())
        .or_else(|| {
            letterhead.map(|l| {
                // The short name in brackets after the full one, that the
                // signature uses, is no part of the name.
                let signed = signature.organisation.as_deref().unwrap_or("");
                metadata::without_short_name(l, signed)
            })
        })
        .or_else(|| form_org.clone())
        .or_else(|| {
            // `Van: Sanne <...>` names less than the signature's `Sanne
            // Pietersen` does.
            email_from
                .as_deref()
                .map(sender_name)
                .filter(|f| signature.person.is_none() || parts::word_count(f) >= 2)
        })
        .or_else(|| form_name.clone())
        // A given name alone (`Groetjes, Sanne`) names less than the
        // writer's own `Mijn naam is Sanne de Vries` or the household's
        // letterhead.
        .or_else(|| {
            signature.person.clone().filter(|p| {
                parts::word_count(p) >= 2 || introduced.is_none() && household.is_none()
            })
        })
        .or_else(|| household.map(str::to_string))
        .or_else(|| introduced.clone())
        .filter(|s| !s.is_empty())
        .map(|r| {
            // The organisation whose board, management or secretariat
            // signs or sends is who responds.
            let r = metadata::without_sending_body(&r).to_string();
            // `het college van burgemeester en wethouders` signs: of the
            // municipality the letter names as its own.
            metadata::council_as_named(with_council_name(
                with_municipality(r, &letter_text, place.as_deref()),
                &letter_text,
            ))
        });
    let evidence = [
        signature.organisation.as_deref().unwrap_or(""),
        self_named.as_deref().unwrap_or(""),
        letterhead.unwrap_or(""),
        form_org.as_deref().unwrap_or(""),
        email_from.as_deref().unwrap_or(""),
        &head_block,
    ]
    .join(" | ");
    // The kind the chosen name says comes first: a college's letter that
    // mentions the advisory council's advice (`De Adviesraad sociaal
    // domein adviseert het college ...`) is the college's.
    let mut kind = match respondent.as_deref().map(kind_of) {
        Some(
            named @ (RespondentKind::AdvisoryCouncil
            | RespondentKind::ExecutiveBoard
            | RespondentKind::Council),
        ) => named,
        _ => kind_of(&evidence),
    };
    if kind == RespondentKind::Unknown
        && (signature.on_behalf
            || signature.by_organisation
            || form_org.is_some()
            || from_organisation
            || letterhead.is_some() && respondent.as_deref() == letterhead)
    {
        kind = RespondentKind::Organisation;
    } else if kind == RespondentKind::Unknown
        && (signature.person.is_some()
            || email_from.is_some()
            || form_name.is_some()
            || introduced.is_some()
            || household.is_some())
    {
        kind = RespondentKind::Resident;
    }
    let comments = segment(&bodies, &appendices, response_id);
    let mut own_streets: Vec<String> = tail.iter().flat_map(|r| street_names(&r.text)).collect();
    // The street of the sender's own address block in the letterhead
    // (`J. de Vries` / `Dorpsstraat 4` / `1234 AB Dorp`): theirs too. Not
    // that of the addressee's block (`Aan ...`, `t.a.v. ...`, or one that
    // opens with an organisation's name).
    own_streets.extend(letterhead_streets(&head));
    if passes_on_private && !matches!(kind, RespondentKind::Resident | RespondentKind::Unknown) {
        // An organisation passing on a private person's message: its own
        // address is no personal data; the writer's is.
        own_streets.clear();
    }
    // The street the writer says they live on (`Ik woon aan de
    // Dijkstraat`) is theirs wherever the letter names it again.
    own_streets.extend(crate::privacy::lived_on_streets(&body_text));
    own_streets.extend(passed_on_streets);
    own_streets.sort();
    own_streets.dedup();
    // A private person's name without the form of address before it
    // (`mevrouw T. Janssen-Coolen` is `T. Janssen-Coolen`): the letters
    // address the person by name; the form is no part of it.
    // A household signing in lower case (`familie Aydin`) is named as
    // its letterhead would write it: `Familie Aydin`.
    let respondent =
        match kind {
            RespondentKind::Resident => respondent.map(|r| without_form_of_address(&r)).map(|r| {
                match metadata::family_surname(&r) {
                    Some(_) => crate::text::capitalize_first(&r),
                    None => r,
                }
            }),
            _ => respondent,
        };
    // A name read from a line in capitals is written as a name is.
    let respondent = respondent.map(|r| metadata::in_normal_case(&r, &letter_text));
    let own_details: Vec<String> = head
        .iter()
        .chain(&tail)
        .map(|r| r.text.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    Letter {
        respondent,
        kind,
        date,
        date_without_year,
        place,
        private_person: kind == RespondentKind::Resident,
        passes_on_private,
        passed_on_names,
        comments,
        own_streets,
        own_details,
        reading_warnings: left_out,
        scanned_pages: Vec::new(),
        notes: Vec::new(),
        text: String::new(),
    }
}

/// Where the council's decision starts in a file that opens with the
/// proposal to the council ([`parts::PROPOSAL_TITLE`] among its first three
/// lines): the line that names the council deciding (`De raad van de
/// gemeente X;`), or its heading right above it (`Raadsbesluit`).
fn decision_after_proposal(all: &[Row]) -> Option<usize> {
    let mut filled = all
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.text.trim().is_empty());
    let title = filled
        .by_ref()
        .take(3)
        .find(|(_, r)| parts::PROPOSAL_TITLE.get().is_match(r.text.trim()))?;
    let at = all
        .iter()
        .enumerate()
        .skip(title.0 + 1)
        .find(|(_, r)| metadata::council_deciding(&r.text).is_some())?
        .0;
    let above = all[..at]
        .iter()
        .rposition(|r| !r.text.trim().is_empty())
        .filter(|&k| k > title.0 && parts::DECISION_HEADING.get().is_match(all[k].text.trim()));
    Some(above.unwrap_or(at))
}

/// The sender line of a message printed from webmail (Gmail, Outlook on
/// the web), which gives no `Van:` label: the sender's name with the
/// address in angle brackets (`Wendy Mol <wendy.mol@...>`), then the
/// message's date line or none, then its `Aan:`/`To:` header. As `Van:
/// Wendy Mol <...>` would be. Another name with an address above it (the
/// mailbox owner's atop a Gmail print, the subject below it) is no sender.
fn webmail_sender(head: &[&Row]) -> Option<String> {
    let rows: Vec<&str> = head
        .iter()
        .map(|r| r.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    rows.iter().enumerate().find_map(|(i, t)| {
        let name = name_with_address(t)?;
        let next = rows.get(i + 1..).unwrap_or_default();
        let addressed = |t: &&str| header_value(t, &["aan", "to"]).is_some();
        let dated = |t: &&str| date_in(t).is_some() && header_value(t, &["aan", "to"]).is_none();
        let to_follows = next.first().is_some_and(addressed)
            || next.first().is_some_and(dated) && next.get(1).is_some_and(addressed);
        to_follows.then(|| name.to_string())
    })
}

/// `Wendy Mol <wendy.mol@example.nl>` (also with `‹...›`) → `Wendy Mol`:
/// a line of a name and an e-mail address in angle brackets only.
fn name_with_address(t: &str) -> Option<&str> {
    let t = t.strip_suffix('>').or_else(|| t.strip_suffix('›'))?;
    let open = t.rfind(['<', '‹'])?;
    let address = &t[open..].trim_start_matches(['<', '‹']);
    let name = t[..open].trim().trim_matches('"').trim();
    let address_ok = address.contains('@') && !address.contains(char::is_whitespace);
    let name_ok = !name.is_empty()
        && !name.contains([':', '@', '<', '>'])
        && parts::word_count(name) <= 6
        && name.chars().any(char::is_alphabetic);
    (address_ok && name_ok).then_some(name)
}

/// The body a letter's title line names as whose the letter is:
/// `Zienswijze van de gemeenteraad van Noordwijk op de concept-regiovisie
/// ...` → `Gemeenteraad van Noordwijk` (what follows `van` up to `op`,
/// `inzake`, `over`, `bij`, `betreffende`), when it names an
/// organisation. A title that names none (`Reactie op de regiovisie`)
/// gives none.
fn titled_sender(t: &str) -> Option<String> {
    if !segment::is_letter_title(t) {
        return None;
    }
    // The name right after the title's word (`Reactie Reizigersoverleg
    // Lek en Giessen op de ...`).
    if let Some(name) = segment::LETTER_TITLE
        .get()
        .captures(t)
        .and_then(|c| c.name("name"))
    {
        let named = name.as_str().trim();
        // A person's name before `van` (`Reactie Jan de Vries van de
        // Fietsersbond op ...`) is the writer's, not the body's: the body
        // after `van` is read below.
        let person_first = named
            .split_once(" van ")
            .is_some_and(|(p, _)| metadata::is_person_name(p));
        if organisation_word(named) && !person_first {
            return Some(tidy_org(named));
        }
    }
    let lower = t.to_lowercase();
    // Offsets in `lower` are offsets in `t` only where lower-casing kept
    // every character's length.
    if lower.len() != t.len() {
        return None;
    }
    let at = lower.find(" van ")? + " van ".len();
    let ends = [
        " op ",
        " inzake ",
        " over ",
        " bij ",
        " betreffende ",
        " aangaande ",
    ];
    let end = ends
        .iter()
        .filter_map(|e| lower[at..].find(e).map(|k| k + at))
        .min()
        .unwrap_or(t.len());
    let named = t.get(at..end)?.trim().trim_end_matches([',', ':']);
    (organisation_word(named) && !named.is_empty()).then(|| tidy_org(named))
}

/// Whether `full` is what the acronym `short` stands for: the initials of
/// its capitalised words (`Adviesraad Sociaal Domein Voorschoten` for
/// `ASDV`).
/// A name without the forms of address written before it (`mevrouw`,
/// `mevr.`, `mw.`, `de heer`, `dhr.`, `meneer`): `mevrouw T. Jansen` is
/// `T. Jansen`. Titles (`dr.`, `drs.`) stay; a name that is no more than
/// the form stays whole.
fn without_form_of_address(name: &str) -> String {
    const FORMS: &[&str] = &[
        "mevrouw", "mevr.", "mevr", "mw.", "mw", "de heer", "dhr.", "dhr", "hr.", "meneer",
    ];
    let mut rest = name.trim();
    while let Some(after) = FORMS.iter().find_map(|f| {
        metadata::strip_prefix_ci(rest, f)
            .filter(|a| a.starts_with(char::is_whitespace))
            .map(str::trim_start)
    }) {
        rest = after;
    }
    if rest.chars().any(char::is_alphabetic) {
        rest.to_string()
    } else {
        name.trim().to_string()
    }
}

/// A line that says what kind of organisation the name above it is and
/// for whom or where (`Woningcorporatie voor de Lekvallei`, `Stichting
/// voor ...`): a word of an organisation's kind, then `voor`, `in` or
/// `van`, in at most [`DESCRIPTION_WORDS`] words.
fn describes_kind(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let (Some(kind), Some(joint)) = (words.next(), words.next()) else {
        return false;
    };
    parts::word_count(t) <= DESCRIPTION_WORDS
        && organisation_word(kind)
        && matches!(joint, "voor" | "in" | "van")
}

/// Most words of a line describing the organisation above it (see
/// [`describes_kind`]).
const DESCRIPTION_WORDS: usize = 8;

/// The full name the letter gives an acronym `short` it defines in
/// brackets (`De Ondernemersvereniging Lekstede Centrum (OLC)
/// vertegenwoordigt ...`): the fewest words before `(OLC)`, the first
/// capitalised, whose capitals spell it (see [`spells_out`]).
fn acronym_defined(text: &str, short: &str) -> Option<String> {
    let short = short.trim();
    if short.is_empty() {
        return None;
    }
    let mark = format!("({short})");
    let at = text.find(&mark)?;
    let before: Vec<&str> = text[..at].split_whitespace().collect();
    (1..=ACRONYM_WORDS.min(before.len())).find_map(|n| {
        let words = &before[before.len() - n..];
        let full = words.join(" ");
        let capital = words[0].chars().next().is_some_and(char::is_uppercase);
        (capital && spells_out(&full, short)).then_some(full)
    })
}

/// Most words of a name that an acronym in brackets stands for (see
/// [`acronym_defined`]).
const ACRONYM_WORDS: usize = 8;

fn spells_out(full: &str, short: &str) -> bool {
    let short = short.trim();
    let acronym = (2..=8).contains(&short.chars().count())
        && short.chars().all(|c| c.is_uppercase() && c.is_alphabetic());
    let initials: String = full
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    acronym && initials == short
}

/// An organisation's name without the acronym it spells out in brackets
/// after it (`Stichting Openbaar Onderwijs Veenoord (SOOV)` is `Stichting
/// Openbaar Onderwijs Veenoord`, see [`spells_out`]): the name, as the
/// memo writes it; brackets that say something else (`Basisteam Oost
/// (Politie Midden)`) stay.
fn without_own_acronym(name: &str) -> String {
    let name = name.trim();
    let Some(open) = name.strip_suffix(')').and_then(|n| n.rfind('(')) else {
        return name.to_string();
    };
    let full = name[..open].trim_end();
    let short = &name[open + 1..name.len() - 1];
    if spells_out(full, short) {
        full.to_string()
    } else {
        name.to_string()
    }
}

/// Lines at the top of a response searched for a web form's fields.
pub(super) const FORM_LINES: usize = 16;

/// A web form's organisation field that names none (`(geen, ik reageer
/// als inwoner)`, `geen`, `n.v.t.`, `-`, `particulier`).
fn names_no_organisation(v: &str) -> bool {
    let v = v
        .trim()
        .trim_matches(|c: char| c == '(' || c == ')' || c == '-' || c.is_whitespace())
        .to_lowercase();
    v.is_empty()
        || [
            "geen",
            "nvt",
            "n.v.t",
            "n.v.t.",
            "niet van toepassing",
            "particulier",
            "inwoner",
            "none",
            "n/a",
        ]
        .iter()
        .any(|w| v == *w || v.starts_with(&format!("{w},")) || v.starts_with(&format!("{w} ")))
}

/// Where a second letter starts below the closing of the letter whose
/// parts are `parts` (a letter enclosed in the same file: the advice a
/// college passes on, the invitation it answers): a salutation after the
/// closing with a sentence below it, the letter starting at its head
/// above the salutation (`Aan:`, `Van:`, `Betreft:` headers, the date
/// line), or at the first header line after the closing.
fn enclosed_letter_at(lines: &[Row], parts: &Parts) -> Option<usize> {
    if !lines
        .get(parts.body_end)
        .is_some_and(|r| is_closing(r.text.trim()))
    {
        return None;
    }
    let after = parts.body_end + 1;
    let salutation = (after..lines.len()).find(|&k| {
        is_salutation(&lines[k].text)
            && lines[k + 1..].iter().any(|r| {
                let t = r.text.trim();
                !is_header_line(t) && parts::word_count(t) >= 6 && !is_closing(t)
            })
    })?;
    let mut start = salutation;
    while start > after && {
        let t = lines[start - 1].text.trim();
        is_header_line(t) || date_in(t).is_some() && parts::word_count(t) <= 6
    } {
        start -= 1;
    }
    // The enclosed letter's address block above its headers (`Aan de
    // werkgroep X`, perhaps a street and postcode below it) is its head,
    // not the signature above it: an addressee line never signs.
    if let Some(a) = (start.saturating_sub(4).max(after)..start)
        .rev()
        .take_while(|&k| {
            let t = lines[k].text.trim();
            is_addressee(t) || parts::word_count(t) <= 6 && !t.ends_with(['.', ',', ';'])
        })
        .find(|&k| is_addressee(&lines[k].text))
    {
        start = a;
    }
    let first_header = (after..start).find(|&k| {
        header_value(
            &lines[k].text,
            &[
                "aan",
                "van",
                "betreft",
                "onderwerp",
                "to",
                "from",
                "subject",
            ],
        )
        .is_some()
    });
    Some(first_header.unwrap_or(start))
}

/// Whether the body of `lines` (whose parts are `parts`) ends at a
/// closing formula (`Hoogachtend,`), with the signature below it.
fn lines_close(lines: &[Row], parts: &Parts) -> bool {
    lines
        .get(parts.body_end)
        .is_some_and(|r| is_closing(r.text.trim()))
}

/// `body` up to byte `at` of its lines joined with spaces: how many whole
/// lines come before `at`, and what comes before `at` of the line it falls
/// in (trailing commas and spaces left out), if anything.
fn cut_rows(body: &[&Row], at: usize) -> (usize, Option<Row>) {
    let mut start = 0;
    for (i, r) in body.iter().enumerate() {
        let end = start + r.text.len();
        if at <= end {
            let head = r
                .text
                .get(..at - start)
                .unwrap_or("")
                .trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–')
                });
            let rest = (!head.is_empty()).then(|| Row {
                text: head.to_string(),
                ..(*r).clone()
            });
            return (i, rest);
        }
        start = end + 1;
    }
    (body.len(), None)
}

/// Whether a line opens a postscript: `P.S.`, `PS:`, `Naschrift:`, `N.B.`.
fn is_postscript(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(10)
        .collect::<String>()
        .to_uppercase();
    [
        "P.S.",
        "P.S ",
        "P.S:",
        "PS:",
        "PS.",
        "PS ",
        "NASCHRIFT",
        "N.B.",
        "NB:",
    ]
    .iter()
    .any(|p| head.starts_with(p))
        && text.split_whitespace().count() > 1
}

/// Which lines of a PDF page go on at the page's usual line spacing below
/// the line above (same left edge, same font size), on a page that sets
/// its paragraphs apart by a gap (a line below a sentence's end set lower
/// than that spacing): there a paragraph ends where the PDF leaves a gap,
/// not where a line happens to end a sentence. All `false` on a page
/// without positions (a text file, a Word document).
fn wrapped_lines(lines: &[crate::model::Line]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let same_column = |i: usize| {
        let (a, b) = (&lines[i - 1], &lines[i]);
        (a.x - b.x).abs() < 1.0 && (a.font_size - b.font_size).abs() < 0.5 && b.font_size > 0.0
    };
    let gap = |i: usize| lines[i].y - lines[i - 1].y;
    let spacing = (1..lines.len())
        .filter(|&i| same_column(i) && gap(i) > 0.6 * lines[i].font_size)
        .map(gap)
        .fold(f32::INFINITY, f32::min);
    if !spacing.is_finite() {
        return out;
    }
    let gap_marked = (1..lines.len()).any(|i| {
        same_column(i)
            && lines[i - 1].text.trim_end().ends_with(['.', '!', '?'])
            && (1.4 * spacing..=4.0 * spacing).contains(&gap(i))
    });
    if !gap_marked {
        return out;
    }
    for (i, w) in out.iter_mut().enumerate().skip(1) {
        *w = same_column(i) && gap(i) <= 1.15 * spacing && gap(i) > 0.0;
    }
    out
}

/// The street names of the sender's own address in a letter's head
/// (`Kersenhofstraat` of `Kersenhofstraat 27` over `5481 GT Beekvliet`): a
/// street line right above a postcode line, in an address block that is
/// not the addressee's (none of its lines above it opens with `Aan`,
/// `t.a.v.`, and its first line names no organisation).
fn letterhead_streets(head: &[&Row]) -> Vec<String> {
    let mut out = Vec::new();
    let mut addressee = false;
    for (i, r) in head.iter().enumerate() {
        let t = r.text.trim();
        if r.set_off || i == 0 {
            addressee = organisation_word(t) || kind_of(t) != RespondentKind::Unknown;
        }
        if is_addressee(t) {
            addressee = true;
        }
        let above_postcode = head
            .get(i + 1)
            .is_some_and(|n| !n.set_off && parts::is_postcode_line(&n.text));
        if !addressee && above_postcode {
            out.extend(street_names(t));
        }
    }
    out
}

/// The body lines of `lines`, furniture left out.
fn body_of<'a>(lines: &'a [Row], parts: &Parts) -> Vec<&'a Row> {
    let head_words: std::collections::HashSet<String> = lines[..parts.body_start]
        .iter()
        .flat_map(|r| name_words(&r.text))
        .collect();
    (parts.body_start..parts.body_end)
        .filter(|&i| {
            (!is_furniture(&lines[i].text) || is_table_figure(lines, i))
                && !is_running_header(lines, i, &head_words)
                // The heading of a council's amendment or motion names
                // the document, as a letter's title line does.
                && !parts::is_instrument_heading(&lines[i].text)
        })
        .map(|i| &lines[i])
        .collect()
}

/// Whether `t` is a figure and nothing else: digits, with thousands or
/// decimal separators, a sign, a percent or euro sign (`23`, `640`,
/// `1.250`, `78%`, `€ 12,50`, `-3`).
fn is_figure(t: &str) -> bool {
    let t = t.trim();
    let t = t.strip_prefix(['-', '+', '−']).unwrap_or(t);
    let t = t.strip_prefix('€').unwrap_or(t).trim_start();
    let t = t.strip_suffix('%').unwrap_or(t).trim_end();
    t.chars().next().is_some_and(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Whether line `i` of `lines`, a figure alone on its line (see
/// [`is_figure`]), is a cell of a table of figures, not a page number left
/// in the text: a line next to it on its page is a figure too (`23` / `8`,
/// `640` / `600`, `78%`), as in a table whose cells are lines of their own.
/// The sender's figures are never left out as furniture.
fn is_table_figure(lines: &[Row], i: usize) -> bool {
    let figure = |j: usize| {
        lines
            .get(j)
            .is_some_and(|r| r.page == lines[i].page && is_figure(&r.text))
    };
    is_figure(&lines[i].text) && (i.checked_sub(1).is_some_and(figure) || figure(i + 1))
}

/// The row of a Word table that line `i` of `lines` opens (see
/// [`crate::model::Line::table_cell`]): where the row's lines end and the
/// row as one line, its cells between pipes, when two or more of them
/// hold text.
fn word_table_row(lines: &[crate::model::Line], i: usize) -> Option<(usize, String)> {
    let (table, row, _) = lines[i].table_cell?;
    let mut end = i;
    let mut cells: Vec<(u32, String)> = Vec::new();
    while let Some(l) = lines.get(end) {
        let Some((_, _, col)) = l.table_cell.filter(|&(t, r, _)| t == table && r == row) else {
            break;
        };
        let text = l.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            match cells.iter_mut().find(|(c, _)| *c == col) {
                Some((_, c)) => {
                    c.push(' ');
                    c.push_str(&text);
                }
                None => cells.push((col, text)),
            }
        }
        end += 1;
    }
    (cells.len() >= 2).then(|| {
        let cells: Vec<String> = cells.into_iter().map(|(_, t)| t).collect();
        (end, format!("| {} |", cells.join(" | ")))
    })
}

/// One line of the response.
#[derive(Debug, Clone, Default)]
struct Row {
    text: String,
    page: u32,
    para: bool,
    /// Set off from the line above by a blank line (or a layout gap), not
    /// only read as a paragraph's start from the line lengths.
    set_off: bool,
    /// How far the line is indented: its left edge in a PDF, its leading
    /// spaces (a tab four) in a text (five points each). A bullet indented
    /// deeper than the one above is nested in it.
    indent: f32,
    /// A row of a table (`| 2027 | € 1,2 mln |`, see [`table_row`]): a
    /// line of its own in the point it stands in, never a point.
    table: bool,
}

fn flatten(doc: &Document) -> Vec<Row> {
    let mut out = Vec::new();
    let furniture = crate::text::document_furniture(doc);
    let markdown = crate::text::is_markdown(&doc.file);
    // A line that only rules off (`---`, `____`) ends the paragraph above.
    let mut ruled = false;
    // Each footnote with the row holding its mark.
    let mut notes: Vec<(usize, String)> = Vec::new();
    for (pi, page) in doc.pages.iter().enumerate() {
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        let inferred = crate::text::inferred_paragraph_starts(&texts);
        let wrapped = wrapped_lines(&page.lines);
        // A PDF's footnotes go with the paragraph whose line holds their
        // mark (`crisis.1`), the mark taken out, as a draft's do; one
        // whose mark is not found is left out.
        let skip = |n: usize| furniture.get(pi).is_some_and(|f| f.contains(&n));
        let page_notes = crate::structure::footnotes_by_mark(page, &skip);
        // Lines up to here were read as a comment table.
        let mut table_end = 0;
        // A table typed with its columns lined up (spaces or tabs), a row
        // a line: each row as the PDF reader writes one.
        // Only where the text's own spaces lay it out (a text file, an
        // e-mail), not a PDF's.
        let aligned = if page.lines.iter().all(|l| l.x == 0.0 && l.y == 0.0) {
            aligned_table_rows(&page.lines)
        } else {
            vec![None; page.lines.len()]
        };
        for (i, l) in page.lines.iter().enumerate() {
            if i < table_end || furniture.get(pi).is_some_and(|f| f.contains(&i)) {
                continue;
            }
            if let Some((end, points)) = pipe_comment_table(&texts, i) {
                for text in points {
                    out.push(Row {
                        text,
                        page: page.number,
                        para: true,
                        set_off: true,
                        ..Row::default()
                    });
                }
                table_end = end;
                ruled = true;
                continue;
            }
            // A row of a Word table, a cell a paragraph: one line, `| 2024 |
            // 34 | 29 |`, as a draft's table is read (a row with text in
            // one cell only stays as it is).
            if let Some((end, row)) = word_table_row(&page.lines, i) {
                let first = i == 0
                    || page.lines[i - 1]
                        .table_cell
                        .is_none_or(|(t, ..)| Some(t) != l.table_cell.map(|(t, ..)| t));
                out.push(Row {
                    table: table_row(&row),
                    text: row,
                    page: page.number,
                    para: first,
                    set_off: first,
                    indent: l.x,
                });
                table_end = end;
                continue;
            }
            // A Markdown table's delimiter row (`|---|---|`) is no text.
            if is_pipe_delimiter(&l.text) {
                continue;
            }
            if is_rule(&l.text) {
                ruled = true;
                continue;
            }
            // Markdown emphasis and heading marks are not text in a
            // Markdown file; in any other file they are what was typed.
            let mut raw = if markdown {
                crate::text::strip_markdown(&l.text)
            } else {
                l.text.clone()
            };
            let line_notes = page_notes.get(&i).map(Vec::as_slice).unwrap_or(&[]);
            for (label, _) in line_notes {
                if let Some((start, end)) = crate::structure::note_mark_at(&raw, label) {
                    raw = raw
                        .chars()
                        .take(start)
                        .chain(raw.chars().skip(end))
                        .collect();
                }
            }
            let text: String = raw
                .chars()
                .map(|c| {
                    if matches!(c as u32, 0xE000..=0xF8FF) {
                        '•'
                    } else {
                        c
                    }
                })
                .collect();
            let text = match aligned.get(i).and_then(Option::as_ref) {
                Some(row) => row.clone(),
                None => text.split_whitespace().collect::<Vec<_>>().join(" "),
            };
            if text.is_empty() {
                continue;
            }
            let indent = l.x + 5.0 * leading_width(&l.text) as f32;
            let set_off = l.paragraph_start || i == 0 || std::mem::take(&mut ruled);
            // A line at the usual spacing below a sentence's end, on a page
            // that sets its paragraphs apart by a gap, goes on with the
            // paragraph: the line above was filled, whatever its count of
            // letters says (a short title-like line above still ends).
            let heading_above = i > 0 && parts::word_count(&page.lines[i - 1].text) <= 8;
            let inferred_here = inferred.get(i).copied().unwrap_or(false)
                && (heading_above || !wrapped.get(i).copied().unwrap_or(false));
            let para = set_off || inferred_here;
            // A salutation on the line of the body's first sentence is a
            // line of its own: the sentence is the body's.
            if let Some(end) = salutation_end(&text) {
                let (salutation, rest) = text.split_at(end);
                for (text, para) in [(salutation, para), (rest, true)] {
                    out.push(Row {
                        text: text.trim().to_string(),
                        page: page.number,
                        para,
                        set_off: para,
                        indent,
                        table: false,
                    });
                }
                continue;
            }
            let table = table_row(&text);
            out.push(Row {
                text,
                page: page.number,
                para,
                set_off,
                indent,
                table,
            });
            let at = out.len() - 1;
            notes.extend(line_notes.iter().map(|(_, note)| (at, note.clone())));
        }
    }
    // Each note after the last line of its paragraph, in the order of
    // their marks: a paragraph that runs on to the next page (its next
    // line there opening in lower case after no sentence's end, `... de
    // school van het kind` / `binnen twee weken ...`) ends there, so the
    // note never cuts its sentence.
    for (at, note) in notes.into_iter().rev() {
        let end = (at + 1..out.len())
            .find(|&j| out[j].para && !runs_on_to_next_page(&out, j))
            .unwrap_or(out.len());
        let page = out[at].page;
        out.insert(
            end,
            Row {
                text: note,
                page,
                ..Row::default()
            },
        );
    }
    // A reply's `>`-quoted history is not the sender's.
    let mut out = quoted::without_quoted_history(out, markdown);
    drop_contents(&mut out);
    // A salutation, closing, header, date or address line ends at its line
    // end: what follows it starts a paragraph, blank line or gap above it
    // or not (a PDF's one-line paragraphs, a letter typed without blank
    // lines).
    for i in 1..out.len() {
        if !out[i].para && ends_at_line_end(&out[i - 1].text) {
            out[i].para = true;
        }
    }
    without_form_questions(out)
}

/// `rows` without a form's question whether there is more to say on a
/// line of its own (`Heeft u verder nog opmerkingen?`, see
/// [`segment::is_form_question`]): the form's label, not the sender's
/// words, also where no blank line sets it off from the answer above it.
/// An answer that there is nothing to add (`Nee.`) goes with it; an answer
/// that says something starts a paragraph of its own.
fn without_form_questions(rows: Vec<Row>) -> Vec<Row> {
    if !rows.iter().any(|r| segment::is_form_question(&r.text)) {
        return rows;
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut rows = rows.into_iter().peekable();
    while let Some(row) = rows.next() {
        if !segment::is_form_question(&row.text) || row.table {
            out.push(row);
            continue;
        }
        if rows
            .peek()
            .is_some_and(|next| segment::says_nothing_to_add(&next.text))
        {
            rows.next();
        } else if let Some(next) = rows.peek_mut() {
            next.para = true;
        }
    }
    out
}

/// Whether row `j` of `rows`, the first of its page, goes on with the
/// sentence of the row above it on the page before: that row ends in no
/// sentence's end and `j` opens in lower case.
fn runs_on_to_next_page(rows: &[Row], j: usize) -> bool {
    j > 0
        && rows[j].page != rows[j - 1].page
        && !rows[j - 1]
            .text
            .trim_end()
            .ends_with(['.', '!', '?', ':', ';'])
        && rows[j].text.chars().next().is_some_and(char::is_lowercase)
}

/// A comment table typed as a Markdown pipe table (`| Nr | Paragraaf |
/// Opmerking |`, a delimiter row `|---|---|---|`, a row per point) that
/// starts at line `start`: the line after it and its rows as numbered
/// points naming their place (`1. Paragraaf 2.2: ...`, see
/// [`crate::extract::table::comment_table_points`]), so each row is a
/// comment linked to its place. A table of another kind stays as typed.
fn pipe_comment_table(lines: &[&str], start: usize) -> Option<(usize, Vec<String>)> {
    let cells = |line: &str| -> Option<Vec<String>> {
        let t = line.trim();
        let inner = t.strip_prefix('|')?;
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        Some(
            inner
                .split('|')
                .map(|c| crate::text::strip_markdown(c.trim()).trim().to_string())
                .collect(),
        )
    };
    let is_delimiter = |line: &str| {
        cells(line).is_some_and(|cs| {
            !cs.is_empty()
                && cs.iter().all(|c| {
                    let c = c.trim();
                    c.contains('-') && c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))
                })
        })
    };
    let header = cells(lines.get(start)?)?;
    if !is_delimiter(lines.get(start + 1)?) {
        return None;
    }
    let mut rows = vec![header];
    let mut end = start + 2;
    while let Some(row) = lines.get(end).and_then(|l| cells(l)) {
        rows.push(row);
        end += 1;
    }
    let points = crate::extract::table::comment_table_points(&rows, &[])?;
    Some((end, points))
}

/// Whether `t` is a row of a table as the PDF reader, an HTML e-mail's
/// reader or a Markdown writer sets one: two cells or more between pipes,
/// `| 2027 | € 1,2 mln |`.
fn table_row(t: &str) -> bool {
    let t = t.trim();
    t.len() >= 5 && t.starts_with('|') && t.ends_with('|') && t.matches('|').count() >= 3
}

/// A Markdown table's delimiter row, `|------|:---:|`: no text of the
/// writer's.
fn is_pipe_delimiter(t: &str) -> bool {
    let t = t.trim();
    t.starts_with('|')
        && t.contains('-')
        && t.matches('|').count() >= 2
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The width of a line's indentation: its leading spaces, a tab four.
fn leading_width(t: &str) -> usize {
    t.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// Most words in a cell of a table typed with its columns lined up (see
/// [`aligned_table_rows`]).
const ALIGNED_CELL_WORDS: usize = 8;

/// The rows of tables typed with their columns lined up by spaces (or tabs,
/// where a reader keeps them),
/// as people type one in a mail program (`Jaar    Budget` / `2027    €
/// 1,2 mln`), each as the PDF reader writes a table row, `| 2027 | € 1,2
/// mln |`; `None` for every other line. A table: two lines or more in a
/// row, no blank line between them, each cut by a tab or a run of two
/// spaces or more into the same number of cells (two or more, each of a
/// few words), the columns lined up where spaces cut them, a figure in a
/// cell. Two spaces after a sentence's full stop line up with nothing.
fn aligned_table_rows(lines: &[crate::model::Line]) -> Vec<Option<String>> {
    // Each line's cells with the column each starts at.
    let cells_of = |t: &str| -> Option<(bool, Vec<(usize, String)>)> {
        if t.trim().is_empty() || table_row(t) {
            return None;
        }
        let chars: Vec<char> = t.chars().collect();
        let mut cells: Vec<(usize, String)> = Vec::new();
        let mut i = chars.iter().take_while(|c| c.is_whitespace()).count();
        let mut start = i;
        let tab = t.trim().contains('\t');
        while i < chars.len() {
            let gap = chars[i] == '\t'
                || chars[i] == ' ' && chars.get(i + 1).is_some_and(|c| *c == ' ' || *c == '\t');
            if gap {
                let cell: String = chars[start..i].iter().collect();
                if !cell.trim().is_empty() {
                    cells.push((start, cell.trim().to_string()));
                }
                while i < chars.len() && chars[i].is_whitespace() {
                    i += 1;
                }
                start = i;
            } else {
                i += 1;
            }
        }
        let cell: String = chars[start.min(chars.len())..].iter().collect();
        if !cell.trim().is_empty() {
            cells.push((start, cell.trim().to_string()));
        }
        (cells.len() >= 2
            && cells
                .iter()
                .all(|(_, c)| c.split_whitespace().count() <= ALIGNED_CELL_WORDS))
        .then_some((tab, cells))
    };
    let parsed: Vec<_> = lines.iter().map(|l| cells_of(&l.text)).collect();
    let mut out = vec![None; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let Some((tab, first)) = &parsed[i] else {
            i += 1;
            continue;
        };
        let lined_up = |(t, cells): &(bool, Vec<(usize, String)>)| {
            cells.len() == first.len()
                && (*tab && *t
                    || cells
                        .iter()
                        .zip(first)
                        .skip(1)
                        .all(|((a, _), (b, _))| a.abs_diff(*b) <= 1))
        };
        let mut j = i + 1;
        while j < lines.len()
            && !lines[j].paragraph_start
            && parsed[j].as_ref().is_some_and(lined_up)
        {
            j += 1;
        }
        // A table of figures: a cell with a digit in it (two columns of
        // a letterhead or signature, `Jan Smit    Gemeente X`, are none).
        let figures = (i..j).any(|k| {
            parsed[k].as_ref().is_some_and(|(_, cells)| {
                cells
                    .iter()
                    .any(|(_, c)| c.chars().any(|ch| ch.is_ascii_digit()))
            })
        });
        // Labels and their values (`Datum:<tab>12 april 2027`, `Uw brief
        // van:<tab>3 maart 2027`): a letterhead's fields, read line by line
        // as the letter's furniture, no table.
        let fields = (i..j).all(|k| {
            parsed[k]
                .as_ref()
                .is_some_and(|(_, cells)| cells.first().is_some_and(|(_, c)| c.ends_with(':')))
        });
        if j - i >= 2 && figures && !fields {
            for k in i..j {
                if let Some((_, cells)) = &parsed[k] {
                    let texts: Vec<&str> = cells.iter().map(|(_, c)| c.as_str()).collect();
                    out[k] = Some(format!("| {} |", texts.join(" | ")));
                }
            }
        }
        i = j;
    }
    out
}

/// A line that only rules off: `---`, `***`, `___`, `====`, `- - -`.
fn is_rule(t: &str) -> bool {
    let t = t.trim();
    t.chars().filter(|c| !c.is_whitespace()).count() >= 3
        && t.chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '_' | '=' | '*' | '~' | '—' | '–'))
}

/// The heading of a table of contents.
fn is_contents_heading(t: &str) -> bool {
    let t = t.trim().trim_end_matches(':').trim().to_lowercase();
    matches!(
        t.as_str(),
        "inhoud"
            | "inhoudsopgave"
            | "inhoudstafel"
            | "inhoudsopgaaf"
            | "contents"
            | "table of contents"
    )
}

/// A contents entry: a short title ending in a page number (`2.1
/// Opvang 7`), no sentence before it.
fn is_contents_entry(t: &str) -> bool {
    let t = t.trim();
    let Some((title, page)) = t.rsplit_once(' ') else {
        return false;
    };
    let title = title.trim_end_matches(['.', '…', ' ', '·']);
    page.len() <= 3
        && page.chars().all(|c| c.is_ascii_digit())
        && parts::word_count(title) <= 14
        && !title.is_empty()
        && !title.ends_with(['.', '!', '?', ',', ';', ':'])
}

/// A contents entry set on two lines (a PDF's): a short title, then its
/// page number on a line of its own.
fn titled_page(rows: &[Row], j: usize) -> bool {
    let t = rows[j].text.trim();
    let bare_number = |r: &Row| {
        let n = r.text.trim();
        (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit())
    };
    rows.get(j + 1).is_some_and(bare_number)
        && (1..=16).contains(&parts::word_count(t))
        && !t.ends_with(['.', '!', '?', ',', ';', ':'])
}

/// Leaves out a table of contents: its heading (`Inhoudsopgave`) and the
/// entries below it (a title and a page number, dot leaders or not; lines
/// with dot leaders are furniture anywhere). A heading that no entry
/// follows stays.
fn drop_contents(rows: &mut Vec<Row>) {
    let mut keep = vec![true; rows.len()];
    let mut i = 0;
    while i < rows.len() {
        if is_contents_heading(&rows[i].text) {
            let mut j = i + 1;
            while j < rows.len()
                && (is_contents_entry(&rows[j].text)
                    || is_furniture(&rows[j].text)
                    || titled_page(rows, j))
            {
                j += 1;
            }
            if j > i + 1 {
                keep[i..j].iter_mut().for_each(|k| *k = false);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    let mut k = keep.into_iter();
    rows.retain(|_| k.next().unwrap_or(true));
}

/// Every regex of the splitter, by module, for [`prepare`].
const PATTERNS: [&[&StaticRegex]; 3] = [parts::PATTERNS, metadata::PATTERNS, segment::PATTERNS];

/// Compiles the splitter's regexes on all threads at once. They are
/// otherwise compiled one by one on first use, ~20 ms on one core: most of
/// what splitting the first new response of a re-run costs. Call it when a
/// response is about to be split (reading the file can go on meanwhile).
///
/// When earlier runs of this build told which patterns their letters
/// reached ([`keep_reached_patterns`]), only those are compiled ahead; one
/// that a new letter reaches for the first time compiles on first use, as
/// it would anyway. What is compiled ahead never changes a match, only
/// when the compile happens.
pub fn prepare() {
    PREPARED.store(true, std::sync::atomic::Ordering::Relaxed);
    let reached = reached_patterns();
    to_prepare(reached.as_ref()).par_iter().for_each(|r| {
        r.compile();
    });
}

/// The splitter's regexes that [`prepare`] compiles ahead: those whose key
/// is among `reached`, or all of them when nothing is known.
fn to_prepare(reached: Option<&HashSet<PatternKey>>) -> Vec<&'static StaticRegex> {
    PATTERNS
        .iter()
        .flat_map(|p| p.iter().copied())
        .filter(|r| reached.is_none_or(|keys| keys.contains(&r.key())))
        .collect()
}

/// Keys of the splitter's patterns that letters of earlier runs of this
/// build reached (kept in the cache, see
/// [`crate::cache::Cache::load_split_patterns`]); `None` when not known.
static REACHED: Mutex<Option<HashSet<PatternKey>>> = Mutex::new(None);

/// Whether [`prepare`] ran in this process: a response was split.
static PREPARED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn reached_patterns() -> Option<HashSet<PatternKey>> {
    REACHED
        .lock()
        // Plain data: a thread that panicked holding it left it whole.
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
}

/// Makes `keys` known as the splitter's patterns that earlier runs of this
/// build reached: [`prepare`] compiles only those (and the others on first
/// use).
pub fn keep_reached_patterns(keys: impl IntoIterator<Item = PatternKey>) {
    let mut reached = REACHED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    reached.get_or_insert_with(HashSet::new).extend(keys);
}

/// Keys of the splitter's patterns that this process searched with.
pub fn used_patterns() -> Vec<PatternKey> {
    PATTERNS
        .iter()
        .flat_map(|p| p.iter().copied())
        .filter(|r| r.was_used())
        .map(StaticRegex::key)
        .collect()
}

/// The patterns to keep for the next run ([`keep_reached_patterns`]): those
/// known from earlier runs and those this process searched with, sorted;
/// `None` when this process split no response or reached no pattern that
/// is not known already (other code searches with some of them too).
pub fn reached_patterns_to_keep() -> Option<Vec<PatternKey>> {
    if !PREPARED.load(std::sync::atomic::Ordering::Relaxed) {
        return None;
    }
    let used = used_patterns();
    let known = reached_patterns();
    if used.is_empty()
        || known
            .as_ref()
            .is_some_and(|keys| used.iter().all(|k| keys.contains(k)))
    {
        return None;
    }
    let mut all: Vec<PatternKey> = known.unwrap_or_default().into_iter().collect();
    all.extend(used);
    all.sort_unstable();
    all.dedup();
    Some(all)
}

/// A comment's text without the point marker it opens with (`3.`, `(3)`,
/// `b)`, `Punt 3:`, `•`): the sender's own words, so that a point that only
/// got another number (a point inserted before it) is not taken for a
/// reworded one.
pub fn without_point_marker(text: &str) -> &str {
    segment::strip_marker(text)
}

/// Whether `text` (a sentence or paragraph of a letter) states a view of
/// the writer's, as a point of a letter does (a word of opinion, critique,
/// a question or a request), and is no framing of the letter (`Hierbij
/// ontvangt u ...`, `Voor vragen kunt u ...`): a comment the splitter would
/// keep.
pub fn states_own_view(text: &str) -> bool {
    segment::states_view(text) && !segment::is_procedural(text)
}

/// Whether a letterhead's line above its board's (`ROC Rivierstroom`
/// above `College van Bestuur`) names the organisation: a short line of
/// words, the first capitalised, with no digits, no address, no header,
/// no letter title and no date.
fn names_organisation_above(t: &str) -> bool {
    let words = parts::word_count(t);
    (1..=6).contains(&words)
        && t.chars().next().is_some_and(char::is_uppercase)
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with([':', '.', ',', ';', '!', '?'])
        && !metadata::is_bare_board(t)
        && !is_address(t)
        && !is_header_line(t)
        && !is_addressee(t)
        && !segment::is_letter_title(t)
}

mod metadata;
pub mod notes;
mod parts;
mod quoted;
mod segment;

use crate::text::{PatternKey, StaticRegex};
use metadata::{
    date_in, find_date, find_date_without_year, inline_signature_at, is_address, is_addressee,
    is_person_name, kind_of, on_behalf_of_named, organisation_signing, organisation_word,
    read_signature, self_designation, self_introduction, speaks_as_organisation, split_closing_at,
    street_names, tidy_org, trailing_closing_at, with_council_name, with_municipality,
    writes_as_resident, writes_for_self,
};
use parts::{
    ends_at_line_end, forwarded_at, header_value, history_at, is_appendix_heading, is_closing,
    is_forwarding_note, is_furniture, is_header_line, is_running_header, is_salutation,
    message_start, name_words, salutation_end, sender_name, Parts,
};
use segment::segment;
use std::collections::HashSet;
use std::sync::Mutex;

#[cfg(test)]
mod list_tests;
#[cfg(test)]
mod respondent_tests;
#[cfg(test)]
mod tests;
