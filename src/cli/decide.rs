//! `inspraak decide`: record the working group's decision on comments.

use anyhow::{bail, Result};

use crate::ledger::{find_comment, resolve_id, IdMatch, Ledger, Update};
use crate::model::{Consultation, Status};

/// Record a decision on one or more comments.
///
/// A decision on one comment of a campaign group (near-identical comments
/// from several respondents) applies to the whole group. Fields not given
/// stay as they were. The ledger is written atomically; the previous
/// version is kept as ledger.toml.bak.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  inspraak decide c-1a2b3c4d --status overgenomen \
    --answer \"De tekst van 5.2 is aangepast.\" --change-ref 5.2\n  \
    inspraak decide 1a2b 9f8e --status \"ter kennisname\" --answer \"Dank voor uw reactie.\"\n  \
    inspraak decide 12.3 --status \"niet overgenomen\" --answer \"...\"\n  \
    inspraak decide 12.4 --sections \"5.2,Bijlage 1\"\n  \
    inspraak decide --editorial 3.1"
)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
    /// Comment ids, unique prefixes of them, or memo numbers (`12.3`; see
    /// `inspraak comments`)
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// open, overgenomen/adopted, deels overgenomen/partly adopted, niet
    /// overgenomen/not adopted, reeds verwerkt/already covered, ter
    /// kennisname/noted
    #[arg(long, short, value_parser = parse_status)]
    pub status: Option<Status>,
    /// The working group's answer (for the memo; may start with `-`, e.g.
    /// a list of `- ` items)
    #[arg(long, short, allow_hyphen_values = true)]
    pub answer: Option<String>,
    /// Theme or label to group the comment under in the memo ("" clears it)
    #[arg(long, allow_hyphen_values = true)]
    pub theme: Option<String>,
    /// Section of the newest version that carries the change ("" clears it)
    #[arg(long, value_name = "SECTION")]
    pub change_ref: Option<String>,
    /// Short summary replacing the comment text in the memo ("" clears it;
    /// may start with `-`)
    #[arg(long, allow_hyphen_values = true)]
    pub summary: Option<String>,
    /// Sections of the consultation draft the comment is about, replacing
    /// the tool's links (`5.2,Bijlage 1`; `-` for none: "Algemeen" in the
    /// memo; "" clears them and the tool's links stand again)
    #[arg(long, value_name = "SECTIONS")]
    pub sections: Option<String>,
    /// Who made the decision
    #[arg(long, allow_hyphen_values = true)]
    pub author: Option<String>,
    /// Confirm a decision that was re-attached to a reworded comment for
    /// its new text (`inspraak check` lists them); a new --status or
    /// --answer confirms it too
    #[arg(long)]
    pub confirm: bool,
    /// Mark changes to this section (newest version) as editorial
    /// (ambtshalve): `inspraak check` then asks no comment to explain them
    #[arg(long, value_name = "SECTION")]
    pub editorial: Vec<String>,
    /// Remove the editorial mark from a section
    #[arg(long, value_name = "SECTION")]
    pub not_editorial: Vec<String>,
    /// Re-attach an orphaned decision (its comment is gone, e.g. the sender
    /// reworded the point) to a current comment, keeping its status,
    /// answer and the rest: `--move c-OLD 1.1`
    #[arg(
        long = "move",
        num_args = 2,
        value_names = ["ORPHAN", "COMMENT"],
        conflicts_with_all = ["ids", "drop", "status", "answer", "theme", "change_ref", "summary", "sections", "editorial", "not_editorial"]
    )]
    pub move_to: Option<Vec<String>>,
    /// With --move: move the decision to a point of another respondent than
    /// the one it was made on (refused without it; its answer then goes
    /// without the names learnt from both responses in public output)
    #[arg(long, requires = "move_to")]
    pub to_other_respondent: bool,
    /// Drop an orphaned decision: it is kept as a record in the ledger's
    /// `[dropped]` table and applies to nothing
    #[arg(
        long,
        value_name = "ORPHAN",
        conflicts_with_all = ["ids", "status", "answer", "theme", "change_ref", "summary", "sections", "editorial", "not_editorial"]
    )]
    pub drop: Vec<String>,
}

fn parse_status(s: &str) -> Result<Status, String> {
    Status::parse(s).ok_or_else(|| {
        format!(
            "unknown status `{s}`; use one of: {}",
            crate::ledger::status_choices()
        )
    })
}

/// The options of `decide` whose value is free text and may start with `-`
/// (`--answer "- een reserve"`): such an option takes the next word even
/// when it is another option, so a value that is exactly one of this
/// command's option names is refused (the text was forgotten), rather than
/// recorded as the answer.
fn check_free_text_values(args: &Args) -> Result<()> {
    use clap::CommandFactory;
    let mut cmd = crate::cli::Cli::command();
    // Built, the command knows the options clap adds itself (`--help`,
    // `-h`, `--version`, `-V`): option names here as well.
    cmd.build();
    let Some(decide) = cmd.find_subcommand("decide") else {
        return Ok(());
    };
    let is_option = |v: &str| {
        let v = v.trim();
        let v = v.split_once('=').map_or(v, |(name, _)| name);
        decide.get_arguments().any(|a| {
            a.get_long().is_some_and(|l| v == format!("--{l}"))
                || a.get_short().is_some_and(|s| v == format!("-{s}"))
        })
    };
    for (name, value) in [
        ("--answer", &args.answer),
        ("--theme", &args.theme),
        ("--summary", &args.summary),
        ("--author", &args.author),
    ] {
        if let Some(v) = value.as_deref().filter(|v| is_option(v)) {
            bail!(
                "{name} has no text: it took the next option `{}` as its value; give the text \
                 after {name}, e.g. {name} \"...\"\nnothing was recorded",
                v.trim()
            );
        }
    }
    Ok(())
}

pub fn execute(args: &Args) -> Result<()> {
    check_free_text_values(args)?;
    if args.move_to.is_some() || !args.drop.is_empty() {
        return resolve_orphans(args);
    }
    let mut update = Update {
        status: args.status,
        answer: args.answer.clone(),
        theme: args.theme.clone(),
        change_ref: args.change_ref.clone(),
        change_ref_title: None,
        summary: args.summary.clone(),
        sections: None,
        author: args.author.clone(),
        date: Some(chrono::Local::now().date_naive()),
        confirm: args.confirm,
    };
    let has_fields = update.status.is_some()
        || update.answer.is_some()
        || update.theme.is_some()
        || update.change_ref.is_some()
        || update.summary.is_some()
        || args.sections.is_some()
        || args.confirm;
    let marks = !args.editorial.is_empty() || !args.not_editorial.is_empty();
    if args.ids.is_empty() && !marks {
        bail!(
            "give the id of a comment to decide on (see `inspraak status`), or --editorial SECTION"
        );
    }
    if !args.ids.is_empty() && !has_fields {
        bail!(
            "say what to record: --status, --answer, --theme, --change-ref, --summary, \
             --sections or --confirm"
        );
    }
    let (_, mut ledger, mut c) = args.inbox.load()?;
    if let Some(given) = &args.sections {
        update.sections = Some(
            crate::ledger::parse_sections(&c, given)
                .map_err(|e| anyhow::anyhow!("{e}\nnothing was recorded"))?,
        );
    }
    if let Some(given) = args.change_ref.as_deref().filter(|g| !g.trim().is_empty()) {
        let (number, title) = crate::ledger::refs::parse_change_ref(&c, given)
            .map_err(|e| anyhow::anyhow!("--change-ref: {e}\nnothing was recorded"))?;
        update.change_ref = Some(number);
        update.change_ref_title = title;
    }
    for r in ledger.settle_into(&mut c) {
        eprintln!("note: {}", r.note());
    }
    let ids = resolve_all(&c, &ledger, &args.ids)?;
    let editorial = editorial_sections(&c, &args.editorial)?;
    for (s, title) in &editorial {
        ledger.editorial.insert(s.clone());
        match title {
            Some(t) => ledger.editorial_titles.insert(s.clone(), t.clone()),
            None => ledger.editorial_titles.remove(s),
        };
    }
    let editorial: Vec<String> = editorial
        .into_iter()
        .map(|(s, title)| match title {
            Some(t) if crate::ledger::refs::removed_reused(&c, &s, Some(&t)).is_some() => {
                format!("{s} {t} (removed)")
            }
            _ => s,
        })
        .collect();
    let mut unmarked = Vec::new();
    let mut not_marked = Vec::new();
    for given in &args.not_editorial {
        let marked = ledger
            .editorial
            .iter()
            .find(|m| {
                let title = ledger.editorial_titles.get(*m).map(|t| format!("{m} {t}"));
                crate::ledger::refs::norm_number(m) == crate::ledger::refs::norm_number(given)
                    || title.is_some_and(|t| {
                        crate::ledger::refs::norm_number(&t)
                            == crate::ledger::refs::norm_number(given)
                    })
            })
            .cloned();
        match marked {
            Some(m) => {
                ledger.editorial.remove(&m);
                ledger.editorial_titles.remove(&m);
                unmarked.push(m);
            }
            None => not_marked.push(given.trim().to_string()),
        }
    }
    let mut lines = Vec::new();
    let attachment = ledger.attach(&c);
    let to_confirm: Vec<String> = attachment
        .unconfirmed(&ledger, &c)
        .into_iter()
        .map(|u| u.key)
        .collect();
    for id in &ids {
        let pending = ledger
            .group_keys(
                &c,
                find_comment(&c, id).map(|(_, com)| com).ok_or_else(|| {
                    anyhow::anyhow!("no comment has id `{id}`\nnothing was recorded")
                })?,
            )
            .iter()
            .any(|k| to_confirm.contains(k));
        if let Some((keys, changed)) = ledger.decide(&c, id, &update) {
            let mut line = describe(&c, &ledger, &keys, id, changed, &update);
            // The memo number too, so a point other than the one meant shows.
            if let Some(n) = find_comment(&c, id)
                .and_then(|(r, com)| r.memo_number(r.comments.iter().position(|x| x.id == com.id)?))
            {
                line = format!("reactie {n} {line}");
            }
            if pending && (update.confirm || update.status.is_some() || update.answer.is_some()) {
                line.push_str("; confirmed for the point's current (reworded) text");
            } else if update.confirm {
                line.push_str("; nothing to confirm (not re-attached to a reworded text)");
            }
            lines.push(line);
        }
    }
    // The memo numbers the ids were resolved against stay as they are.
    ledger.register(&c.responses);
    ledger.save()?;
    for l in lines {
        println!("{l}");
    }
    if let Some(note) = update
        .theme
        .as_deref()
        .filter(|_| !ids.is_empty())
        .and_then(|t| theme_note(&c, &ledger, t))
    {
        eprintln!("note: {note}");
    }
    for s in &editorial {
        println!("section {s} marked as editorial (ambtshalve)");
    }
    for s in &unmarked {
        println!("section {s} no longer marked as editorial");
    }
    for s in &not_marked {
        let marked: Vec<&str> = ledger.editorial.iter().map(String::as_str).collect();
        let list = if marked.is_empty() {
            "no section is marked".to_string()
        } else {
            format!("marked are: {}", marked.join(", "))
        };
        println!("section {s} was not marked as editorial; nothing to remove ({list})");
    }
    Ok(())
}

/// When `theme` is recorded in the ledger in other spellings too (other
/// capitals, accents or spacing: one theme, see [`crate::themes`]): which,
/// and the one heading the memo files them under. The ledger keeps each
/// as typed.
pub(super) fn theme_note(c: &Consultation, ledger: &Ledger, theme: &str) -> Option<String> {
    // The ledger's themes in the memo's order (a decision whose comment is
    // not found last), as the memo picks the heading.
    let mut recorded: Vec<(Option<crate::model::MemoNumber>, &str)> = ledger
        .decisions
        .iter()
        .filter_map(|(key, d)| {
            let t = d.theme.as_deref().filter(|t| !t.trim().is_empty())?;
            let number = crate::ledger::find_comment(c, key).and_then(|(r, com)| {
                r.memo_number(r.comments.iter().position(|x| x.id == com.id)?)
            });
            Some((number, t))
        })
        .collect();
    recorded.sort_by_key(|&(n, _)| (n.is_none(), n));
    let others = crate::themes::other_spellings(theme, recorded.iter().map(|&(_, t)| t));
    if others.is_empty() {
        return None;
    }
    let typed = crate::themes::tidy(theme);
    let heading = crate::themes::headings(recorded.iter().map(|&(_, t)| t))
        .remove(&crate::themes::key(&typed))
        .unwrap_or_else(|| typed.clone());
    let others = others
        .iter()
        .map(|o| format!("\"{o}\""))
        .collect::<Vec<_>>()
        .join(" and ");
    let keep = if heading == typed {
        String::new()
    } else {
        format!(
            "; the ledger keeps \"{typed}\" as typed (`--theme {}` writes it alike)",
            super::shell_quote(&heading)
        )
    };
    Some(format!(
        "theme \"{typed}\" is recorded as {others} too, which differ only in capitals, accents \
         or spacing: the memo files them under one heading, \"{heading}\" (the spelling used \
         most; on a tie the first in the memo){keep}"
    ))
}

/// `--move ORPHAN COMMENT` and `--drop ORPHAN`: all or nothing, in one
/// atomic write of the ledger.
fn resolve_orphans(args: &Args) -> Result<()> {
    let (_, mut ledger, mut c) = args.inbox.load()?;
    for r in ledger.settle_into(&mut c) {
        eprintln!("note: {}", r.note());
    }
    let nothing = |e: crate::ledger::OrphanError| anyhow::anyhow!("{e}\nnothing was recorded");
    let mut lines = Vec::new();
    if let Some([old, new]) = args.move_to.as_deref() {
        let old = ledger.orphan_key(&c, old).map_err(nothing)?;
        let new = match resolve_id(&c, new) {
            IdMatch::One(id) => id,
            _ => resolve_all(&c, &ledger, std::slice::from_ref(new))?.remove(0),
        };
        let key = ledger
            .move_orphan(&c, &old, &new, args.to_other_respondent)
            .map_err(nothing)?;
        let d = &ledger.decisions[&key];
        let number = crate::ledger::find_comment(&c, &new)
            .and_then(|(r, com)| {
                let i = r.comments.iter().position(|x| x.id == com.id)?;
                Some(format!("{}.{} ", r.number, i + 1))
            })
            .unwrap_or_default();
        lines.push(format!(
            "{old}: decision ({}) moved to comment {number}{key}; `{old}` is kept in its \
             previous_ids",
            d.status.label_nl()
        ));
    }
    let today = chrono::Local::now().date_naive();
    let mut keys = Vec::new();
    for given in &args.drop {
        let key = ledger.orphan_key(&c, given).map_err(nothing)?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    for key in &keys {
        let d = ledger.drop_orphan(key, today).map_err(nothing)?;
        lines.push(format!(
            "{key}: orphaned decision ({}) dropped; kept in the ledger under [dropped.\"{key}\"]: \
             \"{}\"",
            d.status.label_nl(),
            super::shorten(&d.comment, 60)
        ));
    }
    ledger.register(&c.responses);
    ledger.save()?;
    for l in lines {
        println!("{l}");
    }
    Ok(())
}

/// The sections given to `--editorial` as the versions number them (`§
/// 5.2` is `5.2`, `bijlage 1` is `Bijlage 1`). A section is marked by its
/// number in the newest version, or in an older one for a section that was
/// removed; a number no version has is refused, with the newest version's
/// sections.
fn editorial_sections(c: &Consultation, given: &[String]) -> Result<Vec<(String, Option<String>)>> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for g in given {
        match crate::ledger::refs::parse_mark(c, g) {
            Ok(n) if !found.contains(&n) => found.push(n),
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        bail!("{}\nnothing was recorded", errors.join("\n"));
    }
    Ok(found)
}

/// Resolves every id or prefix; all unknown and ambiguous ones in one error.
fn resolve_all(c: &Consultation, ledger: &Ledger, given: &[String]) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    let mut errors = Vec::new();
    for g in given {
        match resolve_id(c, g) {
            IdMatch::One(id) => {
                if !ids.contains(&id) {
                    ids.push(id)
                }
            }
            IdMatch::Ambiguous(hits) => errors.push(format!(
                "`{g}` matches {} comments; give more characters:\n{}",
                hits.len(),
                candidates(c, &hits)
            )),
            IdMatch::None if crate::model::MemoNumber::parse(g).is_some() => {
                errors.push(no_such_point(c, ledger, g));
            }
            IdMatch::None if crate::ledger::is_response_number(g) => {
                errors.push(not_a_point(c, ledger, g));
            }
            IdMatch::None => {
                if let Some(o) = c
                    .orphaned_decisions
                    .iter()
                    .find(|o| o.comment_id == g.trim())
                {
                    errors.push(format!(
                        "`{}` is an orphaned decision: its comment is no longer found; {}",
                        o.comment_id,
                        o.hint()
                    ));
                    continue;
                }
                let near = nearest_ids(c, g);
                let hint = if near.is_empty() {
                    "  (no comments; run `inspraak run` and check the inbox)".to_string()
                } else {
                    format!("did you mean one of:\n{}", candidates(c, &near))
                };
                errors.push(format!("no comment has id `{g}`; {hint}"));
            }
        }
    }
    if errors.is_empty() {
        Ok(ids)
    } else {
        bail!("{}\nnothing was recorded", errors.join("\n"))
    }
}

/// Most comments of a response listed when a memo number names a point
/// it does not have.
const MAX_POINTS_LISTED: usize = 12;

/// The message for a memo number (`1.99`) that names no comment: the
/// comments of that response, or the responses there are.
fn no_such_point(c: &Consultation, ledger: &Ledger, given: &str) -> String {
    let Some(n) = crate::model::MemoNumber::parse(given) else {
        return format!("no comment has number `{given}`");
    };
    points_of(
        c,
        ledger,
        n.response,
        &format!("no comment has number `{}`", given.trim()),
    )
}

/// The message for a bare number (`8`): a response, not one of its
/// points, listing the points it has.
fn not_a_point(c: &Consultation, ledger: &Ledger, given: &str) -> String {
    let digits: String = given.chars().filter(char::is_ascii_digit).collect();
    let Ok(number) = digits.parse::<u32>() else {
        return format!(
            "`{}` is not a comment: give a memo number like 3.1",
            given.trim()
        );
    };
    // A response without points: no `8.1` to suggest.
    if let Some(r) = c
        .responses
        .iter()
        .find(|r| r.number == number && r.comments.is_empty())
    {
        return format!(
            "`{}` is a response number, not a comment, and response {} ({}) has no comments \
             to decide on: {}",
            given.trim(),
            r.number,
            super::shorten(&r.respondent, 30),
            no_points_why(r)
        );
    }
    points_of(
        c,
        ledger,
        number,
        &format!(
            "`{}` is a response number, not a comment: give the memo number of a point \
             (like {number}.1) or a comment id (`c-…`)",
            given.trim()
        ),
    )
}

/// `head`, then the points of response `number` (or, when there is none,
/// the file the ledger records for it that was removed from the inbox, or
/// the responses there are).
fn points_of(c: &Consultation, ledger: &Ledger, number: u32, head: &str) -> String {
    if let Some(file) = ledger.removed_file(&c.responses, number) {
        return format!(
            "{head}: response {number} (reactie {number}) was the file `{file}`, which is no \
             longer in the inbox; put it back in the inbox's `responses` folder to decide on \
             its points (see `inspraak comments` for the responses there are)"
        );
    }
    let Some(r) = c.responses.iter().find(|r| r.number == number) else {
        let mut numbers: Vec<u32> = c.responses.iter().map(|r| r.number).collect();
        numbers.sort_unstable();
        let range = match (numbers.first(), numbers.last()) {
            (Some(a), Some(b)) => format!("responses are numbered {a} to {b}"),
            _ => "there are no responses; run `inspraak run` and check the inbox".to_string(),
        };
        return format!("{head}: there is no response {number}; {range} (see `inspraak comments`)");
    };
    if r.comments.is_empty() {
        return format!(
            "{head}: response {} ({}) has no comments: {}",
            r.number,
            super::shorten(&r.respondent, 30),
            no_points_why(r)
        );
    }
    let mut lines: Vec<String> = r
        .comments
        .iter()
        .enumerate()
        .take(MAX_POINTS_LISTED)
        .map(|(i, com)| {
            format!(
                "  {}.{}  {}  {}",
                r.number,
                i + 1,
                com.id,
                super::shorten(&com.text, 60)
            )
        })
        .collect();
    if r.comments.len() > MAX_POINTS_LISTED {
        lines.push(format!(
            "  ... and {} more (see `inspraak comments`)",
            r.comments.len() - MAX_POINTS_LISTED
        ));
    }
    format!(
        "{head}: response {} ({}) has {} comment(s), {}.1 to {}.{}:\n{}",
        r.number,
        super::shorten(&r.respondent, 30),
        r.comments.len(),
        r.number,
        r.number,
        r.comments.len(),
        lines.join("\n")
    )
}

/// Why a response has no points, and what to do.
fn no_points_why(r: &crate::model::Response) -> String {
    if r.error.is_some() {
        format!(
            "its file `{}` could not be read (`inspraak check` says why); put a readable copy \
             in the inbox's `responses` folder and run `inspraak run` again",
            r.file
        )
    } else {
        format!(
            "no points were read from `{}`; `inspraak extract` on that file shows the text the \
             tool reads from it",
            r.file
        )
    }
}

/// Ids sharing the longest prefix with `given` (at most 5).
fn nearest_ids(c: &Consultation, given: &str) -> Vec<String> {
    let given = given.trim();
    let common = |id: &str| {
        id.chars()
            .zip(given.chars())
            .take_while(|(a, b)| a == b)
            .count()
    };
    let mut all: Vec<(usize, String)> = crate::ledger::all_comments(c)
        .map(|(_, c)| (common(&c.id), c.id.clone()))
        .collect();
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    all.into_iter().take(5).map(|(_, id)| id).collect()
}

fn candidates(c: &Consultation, ids: &[String]) -> String {
    ids.iter()
        .filter_map(|id| crate::ledger::find_comment(c, id))
        .map(|(r, c)| {
            format!(
                "  {}  {}: {}",
                c.id,
                super::shorten(&r.respondent, 30),
                super::shorten(&c.text, 60)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What `decide` recorded on `id`: every field it was given, as the
/// ledger now holds it, and the campaign group it applies to.
fn describe(
    c: &Consultation,
    ledger: &crate::ledger::Ledger,
    keys: &[String],
    id: &str,
    changed: bool,
    update: &Update,
) -> String {
    let Some(d) = keys.first().and_then(|k| ledger.decisions.get(k)) else {
        return format!("{id}: not recorded");
    };
    let opt = |v: &Option<String>| match v {
        Some(v) => format!("\"{}\"", super::shorten(v, 60)),
        None => "none".to_string(),
    };
    let mut fields = vec![format!("status {}", d.status.label_nl())];
    if update.answer.is_some() {
        fields.push(if d.answer.trim().is_empty() {
            "answer empty".to_string()
        } else {
            format!("answer \"{}\"", super::shorten(&d.answer, 60))
        });
    }
    if update.change_ref.is_some() {
        fields.push(match &d.change_ref {
            // A removed section whose number another took: by its title.
            Some(r) => {
                match crate::ledger::refs::removed_reused(c, r, d.change_ref_title.as_deref()) {
                    Some(key) => format!("change in {key} (removed)"),
                    None => format!("change in {r}"),
                }
            }
            None => "change ref none".to_string(),
        });
    }
    if update.theme.is_some() {
        fields.push(format!("theme {}", opt(&d.theme)));
    }
    if update.summary.is_some() {
        fields.push(format!("summary {}", opt(&d.summary)));
    }
    if update.sections.is_some() {
        fields.push(match &d.sections {
            Some(list) if list.is_empty() => "no section (Algemeen)".to_string(),
            Some(list) => format!("sections {}", list.join(", ")),
            None => "the tool's sections".to_string(),
        });
    }
    let what = if changed { "recorded" } else { "unchanged" };
    let group = match (keys.len(), d.group_size) {
        (1, Some(n)) if n > 1 => format!(" (campaign group: applies to {n} comments)"),
        (1, _) => String::new(),
        (k, n) => {
            let mut differ: Vec<&str> = Vec::new();
            for x in keys.iter().filter_map(|k| ledger.decisions.get(k)) {
                for field in crate::ledger::attach::differences(x, d) {
                    if !differ.contains(&field) {
                        differ.push(field);
                    }
                }
            }
            format!(
                " (campaign group of {} comments: its {k} decisions, filed under {}, were all \
                 updated{})",
                n.unwrap_or(k),
                keys.join(", "),
                if differ.is_empty() {
                    " and are the same now".to_string()
                } else {
                    format!(
                        "; they still differ in {}: give --{} to make them one",
                        differ.join(", "),
                        differ.join(", --")
                    )
                }
            )
        }
    };
    format!("{id}: {what}: {}{group}", fields.join(", "))
}
