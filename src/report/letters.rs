//! The feedback letters: one per respondent in `letters/`, as Markdown
//! (to paste into an e-mail) and as self-contained HTML (to print on
//! letterhead or save as PDF). Word was not chosen: the letters are short
//! and sent as they are; the memo is the document the team restyles.
//!
//! Letters carry the respondent's real name and own words, so they are not
//! public. File names come from the public name (`inwoner-1.md`), never
//! from the real name or from a path in a submission, and always stay
//! inside the letters folder.

use std::collections::HashSet;
use std::path::PathBuf;

use anyhow::{Context, Result};
use unicode_normalization::UnicodeNormalization;

use super::context::Builder;
use super::staging::{KeyHasher, Staging};
use super::templates::{Doc, Templates};
use super::{ReportOptions, LETTERS};
use crate::model::{Consultation, FileStatus, Response};
use rayon::prelude::*;

/// Longest file name stem of a letter.
const MAX_STEM: usize = 60;

/// Writes a letter for every response that could be read (also one
/// without separate comments: its sender is thanked all the same).
///
/// A letter whose context (and templates, and build of the tool) is the
/// same as in the previous output is not rendered again: the previous
/// file is reused (see [`Staging`]).
pub fn write_all(
    c: &Consultation,
    builder: &Builder<'_>,
    templates: &Templates,
    opts: &ReportOptions,
    staging: &Staging,
) -> Result<Vec<PathBuf>> {
    let dir = staging.dir().join(LETTERS);
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    let mut used = HashSet::new();
    // Names first (in file order, so they are stable), then the letters in
    // parallel: they are independent of each other.
    let named: Vec<(&Response, String)> = c
        .responses
        .iter()
        .filter(|r| r.status == FileStatus::Ok)
        .map(|r| (r, unique_stem(&slug(&r.public_name), &r.id, &mut used)))
        .collect();
    let written: Vec<Result<[PathBuf; 2]>> = named
        .par_iter()
        .map(|(r, stem)| {
            let ctx = builder.letter(r, opts.sender.as_deref());
            let key = KeyHasher::new(templates.fingerprint()).key_of(&ctx)?;
            let md_name = format!("{LETTERS}/{stem}.md");
            let html_name = format!("{LETTERS}/{stem}.html");
            let md = staging.reuse(&md_name, &key)?;
            let html = staging.reuse(&html_name, &key)?;
            if let (Some(md), Some(html)) = (&md, &html) {
                return Ok([md.clone(), html.clone()]);
            }
            let ctx =
                handlebars::Context::wraps(&ctx).map_err(|e| super::TemplateError::Render {
                    name: "letter".into(),
                    origin: "built-in".into(),
                    error: Box::new(e),
                })?;
            let md = match md {
                Some(md) => md,
                None => {
                    let text = templates.render_context(Doc::LetterMd, &ctx)?;
                    staging.put(&md_name, Some(&key), text.as_bytes())?
                }
            };
            let html = match html {
                Some(html) => html,
                None => {
                    let text = templates.render_context(Doc::LetterHtml, &ctx)?;
                    staging.put(&html_name, Some(&key), text.as_bytes())?
                }
            };
            Ok([md, html])
        })
        .collect();
    let mut files = Vec::new();
    for pair in written {
        files.extend(pair?);
    }
    Ok(files)
}

/// A safe file name stem: ASCII letters and digits, words joined by `-`,
/// accents dropped (`Gemeente Noordwijk-Binnen/..` → `gemeente-noordwijk-binnen`).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for ch in name.nfd() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if unicode_normalization::char::is_combining_mark(ch) || ch.is_alphanumeric() {
            // An accent (`é` is `e` and an accent here), or a letter
            // with no ASCII form: left out.
        } else if !out.ends_with('-') {
            // Spaces, punctuation and dashes (`Ede–Wageningen`) part words.
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    if out.len() <= MAX_STEM {
        return out.to_string();
    }
    // Cut between words (`...-van-pijnacker`, not `...-pijnacker-nootdor`),
    // unless the first word alone is too long.
    let cut = &out[..MAX_STEM];
    let cut = match out.as_bytes()[MAX_STEM] {
        b'-' => cut,
        _ => cut.rfind('-').map_or(cut, |at| &cut[..at]),
    };
    cut.trim_end_matches('-').to_string()
}

/// `stem`, or `stem-<id>` when taken or empty.
fn unique_stem(stem: &str, id: &str, used: &mut HashSet<String>) -> String {
    let id = slug(id);
    let mut candidate = if stem.is_empty() {
        format!("reactie-{id}")
    } else {
        stem.to_string()
    };
    let mut n = 2;
    while !used.insert(candidate.clone()) {
        candidate = format!("{stem}-{id}-{n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests;
