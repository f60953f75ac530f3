//! `consultation.json`, put together from one piece per response, so that
//! a re-run writes again only the pieces of responses that changed.
//!
//! The file is the consultation's public view ([`privacy::public_view`])
//! as `serde_json` pretty-prints it. Each response's part of it (from its
//! `{` to its `}`, as indented in the file) depends only on the response
//! itself, on the build of the tool, and on the private persons' names that
//! the [`Scrubber`] would remove from its texts. Of the names, only the
//! parts that occur in the response's texts matter (see
//! [`Scrubber::name_parts`]); they are found with one Aho–Corasick pass. A
//! piece's key is a hash of all that, so a new private person whose name
//! occurs in an earlier response's text changes that response's key, and
//! its piece is made again.
//!
//! The pieces of the previous run are not copied into the cache: they are
//! in the previous `consultation.json` itself. The cache keeps an index
//! (`json-pieces.bin`: each piece's key and place in that file), and the
//! output folder's manifest says whether that file is still the one the
//! index describes (see [`Staging::previous`]: the file the run wrote,
//! with its size, modification time and inode, so neither edited nor
//! replaced). Kept pieces are copied from it by the kernel, consecutive
//! ones at once, without passing through memory. Everything else in
//! the file (versions, changes, problems, ...) is serialized on every run:
//! it does not grow with the number of responses. When nothing changed at
//! all, the whole file's key (the rest of the file and every piece's key)
//! matches the previous output's and the file is kept as it is.
//!
//! The result is byte for byte what `serde_json::to_writer_pretty` writes
//! for the whole public view (the tests check that).

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::cache::Cache;
use crate::ids::ContentHash;
use crate::model::{Consultation, Response};
use crate::privacy::{self, Scrubber};
use crate::report::staging::Staging;

/// The file's name in the output folder.
pub const FILE: &str = "consultation.json";

/// What a piece's key starts with besides the tool's stamp: changed when
/// pieces are made differently.
const SALT: &[u8] = b"consultation.json response 2";

/// Name of the index in the cache folder.
const INDEX: &str = "json-pieces.bin";

/// First bytes of the index.
const MAGIC: &[u8] = b"inspraak json pieces 2\n";

/// A piece's key.
pub type Key = [u8; 32];

/// Where the response list goes in the file's pretty-printed rest: a raw
/// line break followed by two spaces is only ever the start of a top-level
/// field (JSON strings hold no raw line breaks).
const RESPONSES: &str = "\n  \"responses\": []";

/// Writes `consultation.json` for `c` through `staging`, reusing the
/// previous run's pieces that `cache` indexes; returns its path.
pub fn write(
    c: &Consultation,
    scrubber: &Scrubber,
    cache: Option<&Cache>,
    staging: &Staging,
) -> Result<PathBuf> {
    write_keyed(c, scrubber, &piece_keys(c, scrubber), cache, staging)
}

/// The key of each response's piece, in the order of `c.responses`: a
/// hash of the response, of the private persons' name parts in its
/// texts and of the names learnt from its campaigns (`None`: it cannot be
/// hashed). The letters are known by it too
/// ([`crate::report::context::Builder::letter_key`]).
pub fn piece_keys(c: &Consultation, scrubber: &Scrubber) -> Vec<Option<Key>> {
    c.responses
        .par_iter()
        .map(|r| piece_key(r, scrubber))
        .collect()
}

/// [`write`] with the pieces' keys made already ([`piece_keys`] of the
/// same `c` and `scrubber`).
pub fn write_keyed(
    c: &Consultation,
    scrubber: &Scrubber,
    keys: &[Option<Key>],
    cache: Option<&Cache>,
    staging: &Staging,
) -> Result<PathBuf> {
    let made;
    let keys = if keys.len() == c.responses.len() {
        keys
    } else {
        made = piece_keys(c, scrubber);
        &made
    };
    let head = serde_json::to_vec_pretty(&privacy::public_head(c, scrubber))
        .context("failed to serialize the consultation")?;
    let Some(split) = find_responses(&head) else {
        // Cannot happen with the model as it is; the whole view then.
        let bytes = serde_json::to_vec_pretty(&privacy::public_view_with(c, scrubber))?;
        return staging.put(FILE, None, &bytes);
    };
    let file_key = file_key(&head, keys);
    // The previous file is kept as it is when its key says it is the same,
    // unless the cache has no index of its pieces (a run with `--no-cache`
    // wrote it, the cache was lost): then it is put together once more, to
    // index it, so that the next run with a changed response reuses the
    // other pieces (and left as it is when it comes out the same).
    let indexed =
        |key: &String| cache.is_none_or(|cache| Index::file_key(cache) == Some(key.clone()));
    if let Some(path) = file_key
        .as_ref()
        .filter(|k| indexed(k))
        .and_then(|k| staging.reuse(FILE, k).transpose())
    {
        return path;
    }
    let index = cache.and_then(|cache| Index::load(cache, staging));
    let pieces: Vec<Piece> = c
        .responses
        .par_iter()
        .zip(keys)
        .map(|(r, key)| {
            if let Some(place) = key.and_then(|k| index.as_ref()?.place(&k)) {
                return Ok(Piece::Kept(place));
            }
            render_piece(r, scrubber).map(Piece::New)
        })
        .collect::<Result<_>>()?;
    let prev = index.as_ref().map(|i| &i.file);
    let mut places = Vec::new();
    let path = match &file_key {
        // No index of the previous file's pieces (the cache was lost, or a
        // run with `--no-cache` wrote the file): put together in memory and
        // left as it is when it holds the same bytes, only indexed now.
        Some(key) if index.is_none() => {
            let mut out = Vec::new();
            places = assemble(&head, split, &pieces, prev, &mut out)?;
            staging.put_by_key(FILE, key, &out)?
        }
        // Its key says all: no content hash of some megabytes.
        Some(key) => staging.put_by_key_with(FILE, key, |out| {
            places = assemble(&head, split, &pieces, prev, out)?;
            Ok(())
        })?,
        None => {
            let mut out = Vec::new();
            assemble(&head, split, &pieces, prev, &mut out)?;
            staging.put(FILE, None, &out)?
        }
    };
    if let (Some(cache), Some(file_key)) = (cache, &file_key) {
        let entries: Vec<(Key, Place)> = keys
            .iter()
            .zip(places)
            .filter_map(|(k, p)| Some(((*k)?, p)))
            .collect();
        Index::save(cache, file_key, &entries);
    }
    Ok(path)
}

/// A response's piece: kept in the previous file, or made in this run.
enum Piece {
    Kept(Place),
    New(Vec<u8>),
}

/// Where a piece is in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    offset: u64,
    len: u64,
}

/// Writes the file to `out`: the rest (`head`) with the pieces as the
/// response list, kept ones copied from `prev` (by the kernel where it can,
/// consecutive ones at once); returns where each piece is.
fn assemble(
    head: &[u8],
    split: usize,
    pieces: &[Piece],
    prev: Option<&std::fs::File>,
    out: &mut impl Write,
) -> Result<Vec<Place>> {
    // `"responses": ` stays, the `[]` after it is replaced.
    let (before, after) = head.split_at(split);
    let after = after.get(2..).unwrap_or_default();
    let mut w = Output {
        out,
        buf: Vec::with_capacity(1 << 16),
        written: 0,
    };
    w.put(before)?;
    let mut places = Vec::with_capacity(pieces.len());
    if pieces.is_empty() {
        w.put(b"[]")?;
    } else {
        w.put(b"[")?;
        // A run of kept pieces that follow each other in `prev`: start
        // and end there.
        let mut run: Option<(u64, u64)> = None;
        for (i, piece) in pieces.iter().enumerate() {
            let sep: &[u8] = if i == 0 { b"\n    " } else { b",\n    " };
            match piece {
                Piece::Kept(place) => {
                    match &mut run {
                        Some((_, end)) if *end + SEPARATOR == place.offset => {
                            *end = place.offset + place.len;
                        }
                        _ => {
                            if let Some((start, end)) = run.take() {
                                w.copy(prev, start, end - start)?;
                            }
                            w.put(sep)?;
                            run = Some((place.offset, place.offset + place.len));
                        }
                    }
                    let start = run.map_or(0, |(s, _)| s);
                    places.push(Place {
                        offset: w.written + w.buf.len() as u64 + (place.offset - start),
                        len: place.len,
                    });
                }
                Piece::New(bytes) => {
                    if let Some((start, end)) = run.take() {
                        w.copy(prev, start, end - start)?;
                    }
                    w.put(sep)?;
                    places.push(Place {
                        offset: w.written + w.buf.len() as u64,
                        len: bytes.len() as u64,
                    });
                    w.put(bytes)?;
                }
            }
        }
        if let Some((start, end)) = run.take() {
            w.copy(prev, start, end - start)?;
        }
        w.put(b"\n  ]")?;
    }
    w.put(after)?;
    w.flush()?;
    Ok(places)
}

/// Bytes between two pieces in the file (`,\n    `).
const SEPARATOR: u64 = 6;

/// Where the file goes, with a buffer for small writes.
struct Output<'w, W: Write> {
    out: &'w mut W,
    buf: Vec<u8>,
    /// Bytes written to `out` so far.
    written: u64,
}

impl<W: Write> Output<'_, W> {
    fn put(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        if self.buf.len() + bytes.len() > self.buf.capacity() {
            self.flush()?;
        }
        if bytes.len() >= self.buf.capacity() {
            self.out.write_all(bytes)?;
            self.written += bytes.len() as u64;
        } else {
            self.buf.extend_from_slice(bytes);
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.written += self.buf.len() as u64;
        self.buf.clear();
        Ok(())
    }

    /// Copies `len` bytes from `offset` in `from`.
    fn copy(&mut self, from: Option<&std::fs::File>, offset: u64, len: u64) -> Result<()> {
        let Some(mut from) = from else {
            anyhow::bail!("internal error: no previous consultation.json to copy from");
        };
        self.flush()?;
        from.seek(SeekFrom::Start(offset))?;
        let copied = std::io::copy(&mut from.take(len), self.out)?;
        if copied != len {
            anyhow::bail!("the previous consultation.json changed while it was read");
        }
        self.written += len;
        Ok(())
    }
}

/// The offset of the `[]` after `"responses": ` in the pretty-printed rest.
fn find_responses(head: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(head).ok()?;
    let start = text.find(RESPONSES)?;
    // Once only (it cannot be there twice; checked all the same).
    if text[start + 1..].contains(RESPONSES) {
        return None;
    }
    Some(start + RESPONSES.len() - 2)
}

/// The piece of `r`: its public view pretty-printed as in the file (at the
/// depth of the response list's elements).
fn render_piece(r: &Response, scrubber: &Scrubber) -> Result<Vec<u8>> {
    let public = privacy::public_response(r, scrubber);
    let mut formatter = PrettyFormatter::new();
    // In the file a response is inside the top-level object and the
    // response list: two levels deep.
    formatter.begin_object(&mut std::io::sink())?;
    formatter.begin_array(&mut std::io::sink())?;
    let mut out = Vec::with_capacity(4096);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    public
        .serialize(&mut ser)
        .context("failed to serialize a response")?;
    Ok(out)
}

/// The key of `r`'s piece: the tool's stamp, the response, and the name
/// parts that could be removed from its texts. `None` when the response cannot be hashed (its piece is then
/// always made anew).
fn piece_key(r: &Response, scrubber: &Scrubber) -> Option<Key> {
    let mut h = ContentHash::default();
    h.part(crate::cache::tool_stamp().as_bytes()).part(SALT);
    h.value(r).ok()?;
    // The placeholders' wording.
    h.part(format!("{:?}", scrubber.wording()).as_bytes());
    let relevant = scrubber.relevant_parts(privacy::scrubbed_texts(r));
    h.part(&(relevant.len() as u64).to_le_bytes());
    for id in relevant {
        h.part(scrubber.part_signature(id)?.as_bytes());
    }
    // The texts whose names go from a decision's answer too (not
    // serialised with the response).
    for com in &r.comments {
        h.part(&(com.decision.scrub_also.len() as u64).to_le_bytes());
        for text in &com.decision.scrub_also {
            h.part(text.as_bytes());
        }
    }
    // The names learnt from the other members of its campaign groups.
    for com in &r.comments {
        if let Some(learnt) = scrubber.group_names(com.group.as_deref()) {
            h.part(&(learnt.names().len() as u64).to_le_bytes());
            for name in learnt.names() {
                h.part(name.as_bytes());
            }
            h.part(&(learnt.streets().len() as u64).to_le_bytes());
            for street in learnt.streets() {
                h.part(street.as_bytes());
            }
        }
    }
    Some(h.bytes())
}

/// The whole file's key: its rest and every piece's key (none when a piece
/// has no key).
fn file_key(head: &[u8], keys: &[Option<Key>]) -> Option<String> {
    let mut h = ContentHash::default();
    h.part(crate::cache::tool_stamp().as_bytes())
        .part(SALT)
        .part(head);
    for k in keys {
        h.part(&(*k)?);
    }
    Some(crate::ids::hex(&h.bytes()))
}

/// The previous run's pieces: the index from the cache and the file it
/// describes.
struct Index {
    file: std::fs::File,
    pieces: std::collections::HashMap<Key, Place>,
}

impl Index {
    /// The index in `cache`, when the previous output's `consultation.json`
    /// is still the file it describes (the output's manifest says so).
    fn load(cache: &Cache, staging: &Staging) -> Option<Index> {
        let bytes = std::fs::read(cache.dir().join(INDEX)).ok()?;
        let (body, crc) = bytes.split_at_checked(bytes.len().checked_sub(4)?)?;
        if crc32fast::hash(body).to_le_bytes() != crc {
            return None;
        }
        let rest = body.strip_prefix(MAGIC)?;
        let (file_key, mut rest) = rest.split_first_chunk::<64>()?;
        let file_key = std::str::from_utf8(file_key).ok()?;
        let path = staging.previous(FILE, file_key)?;
        let file = std::fs::File::open(path).ok()?;
        let size = file.metadata().ok()?.len();
        let mut pieces = std::collections::HashMap::new();
        while !rest.is_empty() {
            let (key, after) = rest.split_first_chunk::<32>()?;
            let (offset, after) = after.split_first_chunk::<8>()?;
            let (len, after) = after.split_first_chunk::<8>()?;
            let place = Place {
                offset: u64::from_le_bytes(*offset),
                len: u64::from_le_bytes(*len),
            };
            if place.offset.checked_add(place.len)? > size {
                return None;
            }
            pieces.insert(*key, place);
            rest = after;
        }
        Some(Index { file, pieces })
    }

    /// The key of the file that the index in `cache` describes, if any.
    fn file_key(cache: &Cache) -> Option<String> {
        let bytes = std::fs::read(cache.dir().join(INDEX)).ok()?;
        let (body, crc) = bytes.split_at_checked(bytes.len().checked_sub(4)?)?;
        if crc32fast::hash(body).to_le_bytes() != crc {
            return None;
        }
        let (file_key, _) = body.strip_prefix(MAGIC)?.split_first_chunk::<64>()?;
        Some(std::str::from_utf8(file_key).ok()?.to_string())
    }

    /// Where the piece for `key` is in the file.
    fn place(&self, key: &Key) -> Option<Place> {
        self.pieces.get(key).copied()
    }

    /// Keeps the index of the file written with `file_key` in `cache`.
    /// Errors are ignored: the next run then makes every piece anew.
    fn save(cache: &Cache, file_key: &str, entries: &[(Key, Place)]) {
        let mut out = Vec::with_capacity(MAGIC.len() + 64 + entries.len() * 48 + 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(file_key.as_bytes());
        for (key, place) in entries {
            out.extend_from_slice(key);
            out.extend_from_slice(&place.offset.to_le_bytes());
            out.extend_from_slice(&place.len.to_le_bytes());
        }
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        let _ = crate::cache::write_atomically(&cache.dir().join(INDEX), &out);
    }
}

#[cfg(test)]
mod tests;
