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
use crate::cache::Cache;
use crate::model::{Consultation, FileStatus, Response};
use rayon::prelude::*;

/// Longest file name stem of a letter.
const MAX_STEM: usize = 60;

/// What lets a letter be known without being built: the cache, where the
/// previous run left the key of each letter's context by the key of its
/// inputs ([`Builder::letter_key`]), and each response's key
/// ([`crate::public_json::piece_keys`], in the order of the responses).
#[derive(Clone, Copy, Default)]
pub struct Known<'a> {
    pub cache: Option<&'a Cache>,
    pub response_keys: Option<&'a [Option<crate::public_json::Key>]>,
}

/// Writes a letter for every response that could be read (also one
/// without separate comments: its sender is thanked all the same).
///
/// A letter whose context (and templates, and build of the tool) is the
/// same as in the previous output is not rendered again: the previous
/// file is reused (see [`Staging`]). With `known`, a letter whose inputs
/// are those of a letter of the previous run is not even built: the
/// cache says the key its context had, and the previous files are reused
/// when the output's manifest still has them under that key.
pub fn write_all(
    c: &Consultation,
    builder: &Builder<'_>,
    templates: &Templates,
    opts: &ReportOptions,
    staging: &Staging,
    known: Known<'_>,
) -> Result<Vec<PathBuf>> {
    let dir = staging.dir().join(LETTERS);
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    let mut used = HashSet::new();
    // Names first (in file order, so they are stable), then the letters in
    // parallel: they are independent of each other.
    let named: Vec<(usize, &Response, String)> = c
        .responses
        .iter()
        .enumerate()
        .filter(|(_, r)| r.status == FileStatus::Ok)
        .map(|(i, r)| (i, r, unique_stem(&slug(&r.public_name), &r.id, &mut used)))
        .collect();
    // Letters are known by their inputs only with a cache and a key of
    // every response.
    let inputs = match (known.cache, known.response_keys) {
        (Some(cache), Some(keys)) if keys.len() == c.responses.len() => builder
            .letter_base(templates.fingerprint(), opts.sender.as_deref())
            .map(|base| (cache, keys, base)),
        _ => None,
    };
    let kept = inputs
        .map(|(cache, _, _)| KeptLetters::load(cache))
        .unwrap_or_default();
    let written: Vec<Result<([PathBuf; 2], Option<Entry>)>> = named
        .par_iter()
        .map(|(i, r, stem)| {
            let input = inputs
                .and_then(|(_, keys, base)| builder.letter_key(&base, r, keys.get(*i)?.as_ref()?));
            let md_name = format!("{LETTERS}/{stem}.md");
            let html_name = format!("{LETTERS}/{stem}.html");
            // The Markdown letter kept under the key the cache gives, when
            // the HTML one is not (edited since): the context is built for
            // it, and has that key.
            let mut md_kept = None;
            if let Some((input, key)) = input.and_then(|k| Some((k, kept.get(&k)?))) {
                if let Some(md) = staging.reuse(&md_name, key)? {
                    if let Some(html) = staging.reuse(&html_name, key)? {
                        return Ok(([md, html], Some((input, key.to_string()))));
                    }
                    md_kept = Some((md, key));
                }
            }
            let ctx = builder.letter(r, opts.sender.as_deref());
            let key = KeyHasher::new(templates.fingerprint()).key_of(&ctx)?;
            let entry = input.map(|input| (input, key.clone()));
            let md = match md_kept {
                Some((md, kept_key)) if kept_key == key => Some(md),
                _ => staging.reuse(&md_name, &key)?,
            };
            let html = staging.reuse(&html_name, &key)?;
            if let (Some(md), Some(html)) = (&md, &html) {
                return Ok(([md.clone(), html.clone()], entry));
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
            Ok(([md, html], entry))
        })
        .collect();
    let mut files = Vec::new();
    let mut entries = Vec::with_capacity(written.len());
    for pair in written {
        let (pair, entry) = pair?;
        files.extend(pair);
        entries.extend(entry);
    }
    if let Some((cache, _, _)) = inputs {
        kept.save_if_changed(cache, entries);
    }
    Ok(files)
}

/// A letter's key by its inputs and the key of its context.
type Entry = ([u8; 32], String);

/// The file in the cache folder that keeps, for the letters of the last
/// run, the key of each one's context by the key of its inputs.
const KEPT: &str = "letter-keys.bin";

/// First bytes of [`KEPT`]: changed when it is written differently.
const MAGIC: &[u8] = b"inspraak letter keys 1\n";

/// Length of a context's key (hex of a SHA-256).
const CONTEXT_KEY: usize = 64;

/// The letters' keys kept by the last run ([`KEPT`]).
#[derive(Default)]
struct KeptLetters(std::collections::HashMap<[u8; 32], String>);

impl KeptLetters {
    /// The keys in `cache`; none when missing or damaged.
    fn load(cache: &Cache) -> KeptLetters {
        Self::read(cache).unwrap_or_default()
    }

    fn read(cache: &Cache) -> Option<KeptLetters> {
        let bytes = std::fs::read(cache.dir().join(KEPT)).ok()?;
        let (body, crc) = bytes.split_at_checked(bytes.len().checked_sub(4)?)?;
        if crc32fast::hash(body).to_le_bytes() != crc {
            return None;
        }
        let mut rest = body.strip_prefix(MAGIC)?;
        let mut map = std::collections::HashMap::new();
        while !rest.is_empty() {
            let (input, after) = rest.split_first_chunk::<32>()?;
            let (key, after) = after.split_first_chunk::<CONTEXT_KEY>()?;
            map.insert(*input, std::str::from_utf8(key).ok()?.to_string());
            rest = after;
        }
        Some(KeptLetters(map))
    }

    /// The context's key of the letter whose inputs have the key `input`.
    fn get(&self, input: &[u8; 32]) -> Option<&str> {
        self.0.get(input).map(String::as_str)
    }

    /// Keeps `entries` (this run's letters) in `cache` unless they are
    /// what it holds already. Errors are ignored: the next run then
    /// builds every letter to know it.
    fn save_if_changed(&self, cache: &Cache, mut entries: Vec<Entry>) {
        entries.retain(|(_, key)| key.len() == CONTEXT_KEY);
        entries.sort_unstable();
        entries.dedup_by(|a, b| a.0 == b.0);
        let same = entries.len() == self.0.len()
            && entries
                .iter()
                .all(|(input, key)| self.get(input) == Some(key.as_str()));
        if same {
            return;
        }
        let mut out = Vec::with_capacity(MAGIC.len() + entries.len() * (32 + CONTEXT_KEY) + 4);
        out.extend_from_slice(MAGIC);
        for (input, key) in &entries {
            out.extend_from_slice(input);
            out.extend_from_slice(key.as_bytes());
        }
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        let _ = crate::cache::write_atomically(&cache.dir().join(KEPT), &out);
    }
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
