//! Compiling a template in chunks, to the same [`Template`] as a whole.
//!
//! handlebars asks pest for the line and column of every element of a
//! template as it compiles it, and pest counts them from the start of the
//! template each time, so compiling grows with the square of a template's
//! length: the memo's templates (~10 kB, ~2,000 parsed pairs) took ~6% of
//! a re-run after one new response. [`compile`] cuts a template where no
//! block is open, between two lines of plain text, compiles the chunks
//! apart, and joins them: the plain text around each cut is one raw string
//! again, and each chunk's lines are counted on from the lines before it.
//! Around such a cut nothing of handlebars' whitespace handling reaches
//! across (a standalone tag, `~` or a partial's indent only looks as far as
//! the nearest text that is not white space, and both lines at a cut have
//! some), so the result equals what compiling the whole gives; where a
//! chunk does not compile (a cut the scan below misjudged, or a template
//! with an error) the whole template is compiled instead, so its errors
//! are reported as ever.

use handlebars::template::{Template, TemplateElement};
use handlebars::TemplateError;

/// Chunks are at least this long (bytes), where a template allows cuts.
const CHUNK: usize = 256;

/// Compiles `source` named `name`, as `Template::compile_with_name` does.
pub fn compile(source: &str, name: &str) -> Result<Template, TemplateError> {
    match compile_at(source, name, &cuts(source, CHUNK)) {
        Some(joined) => Ok(joined),
        None => Template::compile_with_name(source, name.to_string()),
    }
}

/// `source` compiled in the chunks between `cuts` and joined; `None` where
/// there are no cuts or a chunk does not compile or join.
fn compile_at(source: &str, name: &str, cuts: &[usize]) -> Option<Template> {
    if cuts.is_empty() {
        return None;
    }
    let mut joined = Template::new();
    let mut start = 0;
    let mut lines = 0;
    for &end in cuts.iter().chain(std::iter::once(&source.len())) {
        let part = source.get(start..end)?;
        let mut chunk = Template::compile(part).ok()?;
        shift_lines(&mut chunk, lines);
        if !append(&mut joined, chunk) {
            return None;
        }
        lines += part.bytes().filter(|&b| b == b'\n').count();
        start = end;
    }
    joined.name = Some(name.to_string());
    Some(joined)
}

/// Appends `chunk` to `joined`, its first raw string to `joined`'s last
/// one; false where either side of the cut is not a raw string (the cut
/// was misjudged).
fn append(joined: &mut Template, chunk: Template) -> bool {
    let mut elements = chunk.elements.into_iter();
    let mut mapping = chunk.mapping.into_iter();
    if !joined.elements.is_empty() {
        let (Some(TemplateElement::RawString(last)), Some(TemplateElement::RawString(first))) =
            (joined.elements.last_mut(), elements.next())
        else {
            return false;
        };
        last.push_str(&first);
        mapping.next();
    }
    joined.elements.extend(elements);
    joined.mapping.extend(mapping);
    true
}

/// Counts the lines of `template` and of every template nested in it on
/// by `by`.
fn shift_lines(template: &mut Template, by: usize) {
    if by == 0 {
        return;
    }
    for mapping in &mut template.mapping {
        mapping.0 += by;
    }
    for element in &mut template.elements {
        match element {
            TemplateElement::HelperBlock(helper) => {
                for nested in [&mut helper.template, &mut helper.inverse]
                    .into_iter()
                    .flatten()
                {
                    shift_lines(nested, by);
                }
            }
            TemplateElement::DecoratorBlock(decorator)
            | TemplateElement::PartialBlock(decorator) => {
                if let Some(nested) = &mut decorator.template {
                    shift_lines(nested, by);
                }
            }
            _ => {}
        }
    }
}

/// Where `source` may be cut, each chunk at least `min` bytes: at the start
/// of a line where no block is open and the last tag before it (comments
/// aside) does not end in `~}}`, when that line and the one before it hold
/// text that is not white space and no `{{`, `}}` or backslash. No cut in
/// a template with a raw block (`{{{{`), whose text the scan does not
/// follow.
///
/// handlebars carries two things from one tag to the text after the next:
/// a standalone tag's trimming of the next text's start (the plain line
/// before the cut takes it) and a `~}}`'s trimming, which the texts and
/// comments after it keep until the next tag that is no comment.
pub fn cuts(source: &str, min: usize) -> Vec<usize> {
    if source.contains("{{{{") {
        return Vec::new();
    }
    let mut tags = tags(source).peekable();
    let mut cuts = Vec::new();
    let mut depth: i64 = 0;
    let mut strip = false;
    let mut last = 0;
    let mut previous_plain = false;
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        while let Some(tag) = tags.next_if(|t| t.at < at) {
            depth += tag.depth;
            if let Some(s) = tag.strip {
                strip = s;
            }
        }
        let plain = is_plain(line);
        if plain
            && previous_plain
            && depth == 0
            && !strip
            && at - last >= min
            && source.len() - at >= min
        {
            cuts.push(at);
            last = at;
        }
        previous_plain = plain;
        at += line.len();
    }
    cuts
}

/// A line of plain text: something other than white space, and no tag,
/// tag end or escape.
fn is_plain(line: &str) -> bool {
    !line.trim().is_empty() && !line.contains("{{") && !line.contains("}}") && !line.contains('\\')
}

/// A tag as [`cuts`] follows it.
struct Tag {
    /// Where its `{{` is.
    at: usize,
    /// How it changes the depth of open blocks.
    depth: i64,
    /// Whether it ends in `~}}`; `None` for a comment, which leaves that as
    /// the tag before it left it.
    strip: Option<bool>,
}

/// The tags of `source`: `{{#…}}` (also `{{#>…}}`, `{{#*inline…}}`) opens a
/// block, `{{/…}}` closes one; `{{else}}`, `{{^}}` and comments change
/// nothing. A comment's text is not scanned for tags, so a tag written in
/// a comment counts (a cut it misleads breaks a chunk's parse, and the
/// whole is compiled).
fn tags(source: &str) -> impl Iterator<Item = Tag> + '_ {
    source.match_indices("{{").map(move |(at, _)| {
        let tag = source[at + 2..].trim_start_matches('~');
        if tag.starts_with('!') {
            return Tag {
                at,
                depth: 0,
                strip: None,
            };
        }
        let depth = if tag.starts_with('#') {
            1
        } else if tag.starts_with('/') {
            -1
        } else {
            0
        };
        let strip = source[at..]
            .find("}}")
            .is_some_and(|end| source[..at + end].ends_with('~'));
        Tag {
            at,
            depth,
            strip: Some(strip),
        }
    })
}

#[cfg(test)]
mod tests;
