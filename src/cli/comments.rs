//! `inspraak comments`: each comment with its id, label, linked sections,
//! scores and reasons.

use anyhow::{bail, Result};
use serde::Serialize;

use crate::model::{Comment, Response};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub inbox: super::InboxArgs,
    /// Only this response (its file name in responses/)
    #[arg(long, value_name = "FILE")]
    pub response: Option<String>,
    /// Print JSON: per response its file, name, kind and comments with links
    #[arg(long)]
    pub json: bool,
}

/// One response as printed with `--json`.
#[derive(Serialize)]
struct JsonResponse<'a> {
    file: &'a str,
    /// Memo number of the response (`reactie 12.3` is its third comment).
    number: u32,
    respondent: &'a str,
    kind: crate::model::RespondentKind,
    date: Option<chrono::NaiveDate>,
    /// Date of receipt, when set in consultation.toml (`received`).
    #[serde(skip_serializing_if = "Option::is_none")]
    received: Option<chrono::NaiveDate>,
    /// Received after the deadline, as the memo marks it.
    late: bool,
    comments: &'a [Comment],
}

pub fn execute(args: &Args) -> Result<()> {
    let (_, _, c) = args.inbox.load()?;
    let chosen = select(&c.responses, args.response.as_deref())?;
    if args.json {
        let out: Vec<JsonResponse> = chosen
            .iter()
            .map(|r| JsonResponse {
                file: &r.file,
                number: r.number,
                respondent: &r.public_name,
                kind: r.kind,
                date: r.date,
                received: r.received,
                late: r.late,
                comments: &r.comments,
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    for r in chosen {
        // Names and texts from submissions: no control or bidi character
        // reaches the terminal.
        print!(
            "{}",
            crate::text::terminal_safe_but(&render(r), &['\n', '\t'])
        );
    }
    Ok(())
}

fn select<'a>(responses: &'a [Response], file: Option<&str>) -> Result<Vec<&'a Response>> {
    let Some(file) = file else {
        return Ok(responses.iter().collect());
    };
    let name = std::path::Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string());
    let mut found: Vec<&Response> = responses.iter().filter(|r| r.file == name).collect();
    if found.is_empty() {
        // The name as typed, its accents written otherwise than in the
        // file's name (one made on a Mac): see `inbox::name_key`.
        let key = crate::inbox::name_key(&name);
        found = responses
            .iter()
            .filter(|r| crate::inbox::name_key(&r.file) == key)
            .collect();
    }
    if found.is_empty() {
        bail!(
            "no response named `{name}` in responses/; the responses are: {}",
            responses
                .iter()
                .map(|r| r.file.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(found)
}

/// One response and its comments as text.
pub fn render(r: &Response) -> String {
    let mut out = format!(
        "{} — {} ({}{}){}\n",
        crate::text::terminal_safe(&r.file),
        r.public_name,
        r.kind.label_nl(),
        r.date.map(|d| format!(", {d}")).unwrap_or_default(),
        if r.late { " [te laat]" } else { "" }
    );
    if let Some(e) = &r.error {
        out.push_str(&format!(
            "  niet verwerkt: {}\n",
            crate::text::terminal_safe(e)
        ));
    }
    for (point, c) in r.comments.iter().enumerate() {
        let label = c
            .label
            .as_deref()
            .filter(|l| !c.text.starts_with(l))
            .map(|l| format!("[{l}] "))
            .unwrap_or_default();
        let group = c
            .group
            .as_deref()
            .map(|g| format!(" (campagne {g})"))
            .unwrap_or_default();
        // The memo number (`12.3`), which `decide` also accepts.
        let number = r
            .memo_number(point)
            .map(|n| format!("{n} "))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {number}{} {label}{}{group}\n",
            c.id,
            super::shorten(&c.text, 90)
        ));
        if c.sections.is_empty() {
            out.push_str(if c.decision.sections.is_some() {
                "      → geen paragraaf (gekozen door de werkgroep)\n"
            } else {
                "      → geen paragraaf gevonden\n"
            });
        }
        for l in &c.sections {
            out.push_str(&format!(
                "      → {:<10} {:.2}  {}\n",
                l.number, l.score, l.reason
            ));
        }
    }
    out
}
