//! Loading and registering the templates.
//!
//! The defaults are real files in the repository's `templates/` folder,
//! embedded in the binary. A user's templates folder overrides them file by
//! file, like mdBook's theme folder: a file that exists there is used, every
//! other file comes from the defaults. `inspraak templates init` writes the
//! defaults out as a starting point.
//!
//! Two handlebars registries are built, both in strict mode: one for HTML
//! (escaping HTML) and one for Markdown (escaping Markdown), so that `{{ }}`
//! is always safe for submission text. Templates are registered under their
//! file path (`memo.html.hbs`, `en/memo.html.hbs`), so an error names the
//! file and the line.

use std::path::{Path, PathBuf};

use handlebars::Handlebars;
use serde::Serialize;

use rayon::prelude::*;

use super::Lang;

/// One default template file.
#[derive(Debug, Clone, Copy)]
pub struct TemplateFile {
    /// Path inside the templates folder (`en/memo.md.hbs`).
    pub path: &'static str,
    pub content: &'static str,
}

macro_rules! default_file {
    ($path:literal) => {
        TemplateFile {
            path: $path,
            content: include_str!(concat!("../../templates/", $path)),
        }
    };
}

/// A byte order mark, as an editor saving "UTF-8 with BOM" starts a file.
const BOM: char = '\u{feff}';

/// The built-in templates.
pub const DEFAULTS: &[TemplateFile] = &[
    default_file!("style.css"),
    default_file!("memo.html.hbs"),
    default_file!("memo.md.hbs"),
    default_file!("letter.html.hbs"),
    default_file!("letter.md.hbs"),
    default_file!("redline.html.hbs"),
    default_file!("partials/item.html.hbs"),
    default_file!("partials/item.md.hbs"),
    default_file!("partials/pieces.html.hbs"),
    default_file!("partials/pieces.md.hbs"),
    default_file!("partials/blocks.html.hbs"),
    default_file!("partials/blocks.md.hbs"),
    default_file!("en/memo.html.hbs"),
    default_file!("en/memo.md.hbs"),
    default_file!("en/letter.html.hbs"),
    default_file!("en/letter.md.hbs"),
    default_file!("en/redline.html.hbs"),
    default_file!("en/partials/item.html.hbs"),
    default_file!("en/partials/item.md.hbs"),
];

/// The `item` partial of the memo templates: the item as the user's (or
/// built-in) item partial rendered it.
const RENDERED_HTML_ITEM: &str = "{{{rendered_html}}}";
const RENDERED_MD_ITEM: &str = "{{{rendered_md}}}";

/// The documents rendered from templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    MemoHtml,
    MemoMd,
    LetterHtml,
    LetterMd,
    RedlineHtml,
}

impl Doc {
    fn file(self) -> &'static str {
        match self {
            Doc::MemoHtml => "memo.html.hbs",
            Doc::MemoMd => "memo.md.hbs",
            Doc::LetterHtml => "letter.html.hbs",
            Doc::LetterMd => "letter.md.hbs",
            Doc::RedlineHtml => "redline.html.hbs",
        }
    }

    fn is_html(self) -> bool {
        !matches!(self, Doc::MemoMd | Doc::LetterMd)
    }

    /// The field of a memo item that holds the item as this memo's own
    /// item partial rendered it (`rendered_html` in the HTML memo,
    /// `rendered_md` in the Markdown one): the tool's output, escaped
    /// already, so written as it is (see [`write_rendered_raw`]).
    fn rendered_field(self) -> Option<&'static str> {
        match self {
            Doc::MemoHtml => Some("rendered_html"),
            Doc::MemoMd => Some("rendered_md"),
            _ => None,
        }
    }
}

/// The files in a templates folder `dir` that look like templates (`.hbs`,
/// `.css`) but are none that inspraak reads, such as `Memo.html.hbs` or
/// `nota.md.hbs`: they would be ignored without a word. One message per
/// file, naming the template it likely meant or the names there are.
pub fn unused_files(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut folders = vec![(dir.to_path_buf(), String::new())];
    while let Some((folder, prefix)) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = format!("{prefix}{name}");
            let path = entry.path();
            if path.is_dir() {
                // `partials/`, `en/`, `en/partials/`: not deeper.
                if prefix.matches('/').count() < 2 {
                    folders.push((path, format!("{rel}/")));
                }
                continue;
            }
            let template_like = name.ends_with(".hbs") || name.ends_with(".css");
            // On a file system that ignores case `Memo.html.hbs` is read
            // as `memo.html.hbs`.
            let read = DEFAULTS.iter().any(|f| {
                f.path == rel
                    || (f.path.eq_ignore_ascii_case(&rel) && same_file(&path, &dir.join(f.path)))
            });
            if template_like && !read {
                found.push(rel);
            }
        }
    }
    found.sort();
    found
        .into_iter()
        .map(|rel| {
            let meant = DEFAULTS
                .iter()
                .find(|f| f.path.eq_ignore_ascii_case(&rel))
                .map(|f| format!("rename it to `{}`", f.path));
            let hint = meant.unwrap_or_else(|| {
                let names: Vec<&str> = DEFAULTS.iter().map(|f| f.path).collect();
                format!("the templates inspraak uses are {}", names.join(", "))
            });
            format!(
                "`{}` is not used: it is no template inspraak reads ({hint})",
                dir.join(&rel).display()
            )
        })
        .collect()
}

/// What is wrong with the templates in the folder `dir`, in either
/// language: a file that cannot be read, is empty, does not parse or is
/// refused, and a field that is misspelt anywhere in it
/// ([`Templates::check`]). One message per problem; none when all is well
/// (or `dir` is no folder).
pub fn problems_in(dir: &Path) -> Vec<String> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut found: Vec<String> = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        let result = Templates::open(Some(dir), lang).and_then(|t| t.check());
        if let Err(e) = result {
            // A file both languages use is named once.
            let message = e.to_string();
            if !found.contains(&message) {
                found.push(message);
            }
        }
    }
    found
}

/// Whether `a` and `b` are the same file (on a file system that ignores
/// case, two spellings of one name).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

/// What can go wrong with templates.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error(
        "templates folder `{0}` does not exist; write the defaults there with \
         `inspraak templates init {0}` or leave out --templates"
    )]
    MissingDir(PathBuf),
    #[error(
        "templates folder `{0}` is a file, not a folder: pass the folder with your templates \
         (`inspraak templates init DIR` writes the defaults into one), or leave out --templates"
    )]
    NotADir(PathBuf),
    /// A file of the user's that holds nothing (or only blank space): an
    /// editor or sync mishap, never a template; used, it would give an
    /// empty memo, or a memo without its comments, without a word.
    #[error(
        "template `{name}` ({origin}) is empty: it would make {what} without a word (an editor \
         or sync mishap?); put its text back, or remove your copy to use the built-in one \
         (a template meant to write nothing says so with a comment: {comment})"
    )]
    Empty {
        name: String,
        origin: String,
        what: &'static str,
        comment: &'static str,
    },
    #[error("failed to read template `{path}`: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A template that does not parse. The message says what is wrong in
    /// words ([`parse_message`]), not in handlebars' (its parser's grammar,
    /// and the end of the file as the place of a block left open).
    #[error(
        "template `{name}` ({origin}) cannot be read: {message}\nfix the template, or remove \
         your copy to use the built-in one"
    )]
    Parse {
        name: String,
        origin: String,
        message: String,
    },
    /// A template that fails while it renders (in strict mode: a field
    /// that does not exist). Said in words by [`render_message`]; the
    /// error is no `source`, as its own text (`Failed to access variable
    /// in strict mode Some("file")`) would be printed below the message.
    #[error(
        "template `{name}` ({origin}) failed: {}\nfix the template (the fields it can \
         use are those of the built-in one: `inspraak templates init`), or remove your copy",
        render_message(.error)
    )]
    Render {
        name: String,
        origin: String,
        error: Box<handlebars::RenderError>,
    },
}

/// The loaded templates for one language.
///
/// [`Templates::open`] reads every template's text (and so knows the
/// [`Templates::fingerprint`] that render keys are made with) but compiles
/// them only when something is first rendered: a run that finds every
/// document unchanged since the previous output renders nothing and does
/// not parse the templates (the parser's time grows with the square of a
/// template's length). [`Templates::load`] compiles them at once.
pub struct Templates {
    /// Compiled on first use ([`Templates::compiled`]).
    compiled: std::sync::OnceLock<std::sync::Arc<Compiled>>,
    /// Held while compiling, so that threads rendering at once compile once.
    compiling: std::sync::Mutex<()>,
    /// Every template's path, origin and text, as read.
    sources: Sources,
    lang: Lang,
    /// Where user templates come from, if any.
    dir: Option<PathBuf>,
    /// Hash of every template's path and text, for render keys.
    fingerprint: String,
}

/// The texts the templates are compiled from.
struct Sources {
    /// The stylesheet: (origin, text).
    css: (String, String),
    /// The partials: (name, html, path, origin, text).
    partials: Vec<(&'static str, bool, String, String, String)>,
    /// The documents: (doc, path, origin, text).
    docs: Vec<(Doc, String, String, String)>,
}

/// The templates this process compiled last, by their language, folder and
/// fingerprint (every template's path and text): a process that renders
/// again with the same templates (`inspraak run --watch`) does not parse
/// them again. One set only, so memory does not grow.
static LAST_COMPILED: std::sync::Mutex<Option<(String, std::sync::Arc<Compiled>)>> =
    std::sync::Mutex::new(None);

/// The templates kept under `key` ([`LAST_COMPILED`]).
fn last_compiled(key: &str) -> Option<std::sync::Arc<Compiled>> {
    let last = LAST_COMPILED.lock().ok()?;
    last.as_ref()
        .filter(|(k, _)| k == key)
        .map(|(_, c)| std::sync::Arc::clone(c))
}

/// Keeps `compiled` as the templates of `key` ([`LAST_COMPILED`]).
fn keep_compiled(key: String, compiled: std::sync::Arc<Compiled>) {
    if let Ok(mut last) = LAST_COMPILED.lock() {
        *last = Some((key, compiled));
    }
}

/// The compiled templates.
struct Compiled {
    html: Handlebars<'static>,
    md: Handlebars<'static>,
    /// The same, with the `item` partial standing for the item already
    /// rendered: the memo's items are rendered one by one (and kept between
    /// runs), then put in place by `{{> item}}`.
    memo_html: Handlebars<'static>,
    memo_md: Handlebars<'static>,
    /// Whether `memo_html` and `memo_md` put the items in place only by
    /// loops `{{#each items}}{{> item}}…{{/each}}` (see [`splice_items`]);
    /// then those loops are rewritten to take each group's items as one
    /// text, with what follows the partial in the loop.
    spliced: Option<Spliced>,
}

impl Templates {
    /// The defaults overridden by the files in `dir`, compiled (a template
    /// that does not parse, or is refused, is an error here).
    pub fn load(dir: Option<&Path>, lang: Lang) -> Result<Templates, TemplateError> {
        let t = Templates::open(dir, lang)?;
        t.compiled()?;
        Ok(t)
    }

    /// The defaults overridden by the files in `dir`, read but compiled on
    /// first use: a template that does not parse, or is refused, is an
    /// error of the first render (or of [`Templates::spliced`]).
    pub fn open(dir: Option<&Path>, lang: Lang) -> Result<Templates, TemplateError> {
        if let Some(d) = dir {
            if d.exists() && !d.is_dir() {
                return Err(TemplateError::NotADir(d.to_path_buf()));
            }
            if !d.is_dir() {
                return Err(TemplateError::MissingDir(d.to_path_buf()));
            }
        }
        let mut t = Templates {
            compiled: std::sync::OnceLock::new(),
            compiling: std::sync::Mutex::new(()),
            sources: Sources {
                css: (String::new(), String::new()),
                partials: Vec::new(),
                docs: Vec::new(),
            },
            lang,
            dir: dir.map(Path::to_path_buf),
            fingerprint: String::new(),
        };
        t.read_all()?;
        Ok(t)
    }

    /// Reads every template's text and makes the fingerprint.
    fn read_all(&mut self) -> Result<(), TemplateError> {
        use sha2::{Digest, Sha256};
        let mut fingerprint = Sha256::new();
        let mut source = |t: &Templates, path: &str| -> Result<(String, String), TemplateError> {
            let (origin, text) = t.source(path)?;
            for part in [path, text.as_str()] {
                fingerprint.update((part.len() as u64).to_le_bytes());
                fingerprint.update(part.as_bytes());
            }
            Ok((origin, text))
        };
        let css = source(self, "style.css")?;
        let mut partials = Vec::new();
        for (partial, ext) in [
            ("item", "html"),
            ("item", "md"),
            ("pieces", "html"),
            ("pieces", "md"),
            ("blocks", "html"),
            ("blocks", "md"),
        ] {
            let path = self.localised(&format!("partials/{partial}.{ext}.hbs"));
            let (origin, text) = source(self, &path)?;
            partials.push((partial, ext == "html", path, origin, text));
        }
        let docs = [
            Doc::MemoHtml,
            Doc::MemoMd,
            Doc::LetterHtml,
            Doc::LetterMd,
            Doc::RedlineHtml,
        ]
        .into_iter()
        .map(|doc| {
            let path = self.localised(doc.file());
            let (origin, text) = source(self, &path)?;
            Ok((doc, path, origin, text))
        })
        .collect::<Result<Vec<_>, TemplateError>>()?;
        self.fingerprint = crate::ids::hex(&fingerprint.finalize());
        self.sources = Sources {
            css,
            partials,
            docs,
        };
        Ok(())
    }

    /// The compiled templates, compiled on the first call.
    fn compiled(&self) -> Result<&Compiled, TemplateError> {
        if let Some(c) = self.compiled.get() {
            return Ok(&**c);
        }
        // Another thread may be compiling: wait for it rather than compile
        // twice (a poisoned lock only means that thread panicked).
        let _guard = self
            .compiling
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(c) = self.compiled.get() {
            return Ok(&**c);
        }
        let key = format!("{:?}\0{:?}\0{}", self.lang, self.dir, self.fingerprint);
        let compiled = match last_compiled(&key) {
            Some(kept) => kept,
            None => {
                let compiled = std::sync::Arc::new(self.compile()?);
                keep_compiled(key, std::sync::Arc::clone(&compiled));
                compiled
            }
        };
        Ok(&**self.compiled.get_or_init(|| compiled))
    }

    fn compile(&self) -> Result<Compiled, TemplateError> {
        let mut html = registry(escape_html);
        let mut md = registry(escape_markdown);
        let (css_origin, css) = &self.sources.css;
        // The stylesheet is plain CSS, not a template: register it raw.
        let raw = format!("{{{{{{{{raw}}}}}}}}{css}{{{{{{{{/raw}}}}}}}}");
        register_partial(&mut html, "style", "style.css", &raw, css_origin)?;
        for (partial, is_html, path, origin, text) in &self.sources.partials {
            let reg = if *is_html { &mut html } else { &mut md };
            register_partial(reg, partial, path, text, origin)?;
        }
        let docs = &self.sources.docs;
        // Compiled side by side, each in chunks (the parser's time grows
        // with the square of a template's length: see `chunked`), to what
        // `register_template_string` would compile.
        let compiled: Vec<_> = docs
            .par_iter()
            .map(|(_, path, _, text)| chunked::compile(text, path))
            .collect();
        for ((doc, path, origin, text), template) in docs.iter().zip(compiled) {
            let mut template = template.map_err(|e| TemplateError::Parse {
                name: path.clone(),
                origin: origin.clone(),
                message: parse_message(&e, text),
            })?;
            let rendered = doc.rendered_field();
            if let Some(field) = rendered {
                write_rendered_raw(&mut template, field);
            }
            refuse_unescaped(&template, path, origin, rendered)?;
            let reg = if doc.is_html() { &mut html } else { &mut md };
            reg.register_template(path, template);
        }
        let (mut memo_html, mut memo_md) = memo_registries(&html, &md)?;
        let spliced = self.splice_memos(&mut memo_html, &mut memo_md);
        Ok(Compiled {
            html,
            md,
            memo_html,
            memo_md,
            spliced,
        })
    }

    /// Rewrites both memo templates for [`Spliced`] when both allow it.
    fn splice_memos(
        &self,
        memo_html: &mut Handlebars<'static>,
        memo_md: &mut Handlebars<'static>,
    ) -> Option<Spliced> {
        let html_path = self.localised(Doc::MemoHtml.file());
        let md_path = self.localised(Doc::MemoMd.file());
        let (html, html_after) = splice_items(memo_html.get_template(&html_path)?, SPLICED_HTML)?;
        let (md, md_after) = splice_items(memo_md.get_template(&md_path)?, SPLICED_MD)?;
        memo_html.register_template(&html_path, html);
        memo_md.register_template(&md_path, md);
        Some(Spliced {
            html_after,
            md_after,
        })
    }

    /// How the memo templates put the items in place, when they only do
    /// so by `{{#each items}}{{> item}}…{{/each}}`: then each group of the
    /// memo's context needs, instead of `items`, the texts
    /// [`SPLICED_HTML`] and [`SPLICED_MD`]: every item's rendered part,
    /// each followed by [`Spliced::html_after`] or [`Spliced::md_after`].
    /// Compiles the templates when they are not yet.
    pub fn spliced(&self) -> Result<Option<&Spliced>, TemplateError> {
        Ok(self.compiled()?.spliced.as_ref())
    }

    /// Renders the item partial of the memo `doc` (HTML or Markdown) for
    /// one comment, with `item` as its whole context.
    pub fn render_item<T: Serialize>(&self, doc: Doc, item: &T) -> Result<String, TemplateError> {
        let compiled = self.compiled()?;
        let (reg, ext) = if doc.is_html() {
            (&compiled.html, "html")
        } else {
            (&compiled.md, "md")
        };
        reg.render("item", item).map_err(|e| {
            let path = self.file_of(&e, &format!("partials/item.{ext}.hbs"), doc.is_html());
            TemplateError::Render {
                origin: self.origin(&path),
                name: path,
                error: Box::new(e),
            }
        })
    }

    /// The file that holds the place `e` names: the partial it happened in
    /// (`partials/pieces.md.hbs`, included by the item partial or a
    /// letter), else `path`, the template rendered.
    fn file_of(&self, e: &handlebars::RenderError, path: &str, html: bool) -> String {
        let ext = if html { "html" } else { "md" };
        match e.template_name.as_deref() {
            Some(name) if self.sources.docs.iter().any(|d| d.1 == name) => name.to_string(),
            Some(name) if self.sources.partials.iter().any(|p| p.0 == name) => {
                self.localised(&format!("partials/{name}.{ext}.hbs"))
            }
            _ => path.to_string(),
        }
    }

    /// Whether a template in use is the user's (not the built-in one; the
    /// stylesheet is no template).
    pub fn custom(&self) -> bool {
        let user = |origin: &String| origin != "built-in";
        self.sources.partials.iter().any(|p| user(&p.3))
            || self.sources.docs.iter().any(|d| user(&d.2))
    }

    /// Checks every template against all the fields it may use, whatever
    /// the consultation's data reaches: each is rendered once (and the
    /// output dropped) with a specimen of its context ([`super::specimen`]:
    /// every field filled, every list with one item), every `{{#if}}`,
    /// `{{#unless}}` and comparison taking both branches and the
    /// `{{else}}` of `{{#each}}` and `{{#with}}` rendered too. A misspelt
    /// field in the list of orphaned decisions, a late response's lines or
    /// a private person's letter is so an error now, with its file, line
    /// and name, not in the run where such data first appears.
    /// Compiles the templates when they are not yet.
    pub fn check(&self) -> Result<(), TemplateError> {
        use super::context::{Group, Item, LetterContext, MemoContext, RedlineContext};
        use super::specimen::specimen;
        let compiled = self.compiled()?;
        let no_specimen = |e: super::specimen::Error| TemplateError::Render {
            name: "specimen".into(),
            origin: "built-in".into(),
            error: Box::new(handlebars::RenderErrorReason::Other(e.to_string()).into()),
        };
        let html = checking(&compiled.html, escape_html);
        let md = checking(&compiled.md, escape_markdown);
        let item: Item = specimen().map_err(no_specimen)?;
        for (reg, html) in [(&html, true), (&md, false)] {
            let ext = if html { "html" } else { "md" };
            reg.render("item", &item).map_err(|e| {
                let path = self.file_of(&e, &format!("partials/item.{ext}.hbs"), html);
                TemplateError::Render {
                    origin: self.origin(&path),
                    name: path,
                    error: Box::new(e),
                }
            })?;
        }
        let letter: LetterContext = specimen().map_err(no_specimen)?;
        let redline: RedlineContext = specimen().map_err(no_specimen)?;
        let mut memo: MemoContext = specimen().map_err(no_specimen)?;
        memo.groups = vec![specimen::<Group>().map_err(no_specimen)?];
        let rendered = [std::borrow::Cow::Borrowed("")];
        let view = memo.view(&rendered, &rendered);
        let (memo_html, memo_md) = memo_registries(&html, &md)?;
        let render = |reg: &Handlebars<'static>, doc: Doc, ctx: &dyn erased::Context| {
            let path = self.localised(doc.file());
            ctx.render(reg, &path)
                .map(drop)
                .map_err(|e| self.render_error(doc, e))
        };
        render(&memo_html, Doc::MemoHtml, &view)?;
        render(&memo_md, Doc::MemoMd, &view)?;
        render(&html, Doc::LetterHtml, &letter)?;
        render(&md, Doc::LetterMd, &letter)?;
        render(&html, Doc::RedlineHtml, &redline)?;
        Ok(())
    }

    /// A hash of every template in use (path and text): documents rendered
    /// from the same context with templates of the same fingerprint are
    /// the same.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The path of a file for the chosen language: `en/…` for English when
    /// such a file exists (in the user's folder or the defaults).
    fn localised(&self, file: &str) -> String {
        match self.lang {
            Lang::Nl => file.to_string(),
            Lang::En => {
                let en = format!("en/{file}");
                let user = self.dir.as_ref().is_some_and(|d| d.join(&en).is_file());
                if user || DEFAULTS.iter().any(|f| f.path == en) {
                    en
                } else {
                    file.to_string()
                }
            }
        }
    }

    /// The text of a template file and where it came from.
    fn source(&self, path: &str) -> Result<(String, String), TemplateError> {
        if let Some(dir) = &self.dir {
            let p = dir.join(path);
            if p.is_file() {
                let text = std::fs::read_to_string(&p).map_err(|source| TemplateError::Read {
                    path: p.clone(),
                    source,
                })?;
                // Saved "UTF-8 with BOM" (Notepad): the mark is no text.
                // Copied, it would start the `<style>` element (killing
                // its first rule) or each letter.
                let text = match text.strip_prefix(BOM) {
                    Some(rest) => rest.to_string(),
                    None => text,
                };
                if text.trim().is_empty() {
                    return Err(empty_template(path, &p));
                }
                return Ok((p.display().to_string(), text));
            }
        }
        DEFAULTS
            .iter()
            .find(|f| f.path == path)
            .map(|f| ("built-in".to_string(), f.content.to_string()))
            .ok_or_else(|| TemplateError::Read {
                path: PathBuf::from(path),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such template"),
            })
    }

    /// Renders `doc` with `ctx`.
    pub fn render<T: Serialize>(&self, doc: Doc, ctx: &T) -> Result<String, TemplateError> {
        let ctx = handlebars::Context::wraps(ctx).map_err(|e| self.render_error(doc, e))?;
        self.render_context(doc, &ctx)
    }

    /// Renders `doc` with a context already converted for the templates
    /// (to render several documents from one context without converting it
    /// for each).
    pub fn render_context(
        &self,
        doc: Doc,
        ctx: &handlebars::Context,
    ) -> Result<String, TemplateError> {
        let path = self.localised(doc.file());
        let compiled = self.compiled()?;
        let reg = match doc {
            Doc::MemoHtml => &compiled.memo_html,
            Doc::MemoMd => &compiled.memo_md,
            _ if doc.is_html() => &compiled.html,
            _ => &compiled.md,
        };
        let text = reg
            .render_with_context(&path, ctx)
            .map_err(|e| self.render_error(doc, e))?;
        Ok(if doc.is_html() {
            text
        } else {
            tidy_markdown(&text)
        })
    }

    fn render_error(&self, doc: Doc, e: handlebars::RenderError) -> TemplateError {
        let path = self.file_of(&e, &self.localised(doc.file()), doc.is_html());
        TemplateError::Render {
            origin: self.origin(&path),
            name: path,
            error: Box::new(e),
        }
    }

    fn origin(&self, path: &str) -> String {
        match &self.dir {
            Some(d) if d.join(path).is_file() => d.join(path).display().to_string(),
            _ => "built-in".to_string(),
        }
    }
}

/// The error for the user's template `path` (at `file`) that is empty:
/// what it would have made, and how to say that nothing is meant.
fn empty_template(path: &str, file: &Path) -> TemplateError {
    let what = if path.ends_with(".css") {
        "the documents without their styling"
    } else if path.contains("partials/item.") {
        "a memo without its comments and answers"
    } else if path.contains("partials/") {
        "the documents without the changed texts it writes"
    } else if path.contains("memo.") {
        "an empty memo"
    } else if path.contains("letter.") {
        "empty letters"
    } else {
        "an empty document"
    };
    TemplateError::Empty {
        name: path.to_string(),
        origin: file.display().to_string(),
        what,
        comment: if path.ends_with(".css") {
            "`/* none */`"
        } else {
            "`{{!-- none --}}`"
        },
    }
}

/// What is wrong with a template that does not parse, in words: a block
/// left open (`{{#if late}}` without `{{/if}}`: handlebars reports the end
/// of the file, and its grammar), closed by another name, or closed
/// without being opened, found by [`block_problem`] with the line it is
/// on; else the place handlebars gives and its reason, without the
/// grammar of its parser.
fn parse_message(e: &handlebars::TemplateError, text: &str) -> String {
    if let Some(problem) = block_problem(text) {
        return problem;
    }
    let at = e
        .pos()
        .map(|(line, column)| format!("line {line}, column {column}: "))
        .unwrap_or_default();
    match e.reason() {
        handlebars::TemplateErrorReason::InvalidSyntax(_) => {
            let shown = e
                .pos()
                .and_then(|(line, _)| text.lines().nth(line.saturating_sub(1)))
                .map(|l| format!(" (`{}`)", l.trim()))
                .unwrap_or_default();
            format!(
                "{at}this is not handlebars syntax{shown}: look for a `{{{{` without its `}}}}`, \
                 or a `{{{{` or `}}}}` too many"
            )
        }
        other => format!("{at}{other}"),
    }
}

/// The first block of `text` that is not closed as it was opened: a
/// `{{/name}}` that closes another block than the innermost open one, or
/// none, or a `{{#name ...}}` never closed (`{{#> partial}}`,
/// `{{#*inline "x"}}` and `{{{{raw}}}}` blocks too). Comments are left out.
fn block_problem(text: &str) -> Option<String> {
    static TAG: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // A comment; a raw block's `{{{{name}}}}` or `{{{{/name}}}}`; a
    // block's `{{#name`, `{{#> name`, `{{#*inline` or `{{/name}}`.
    let tag = crate::text::static_regex(
        &TAG,
        r"(?s)\{\{!--.*?--\}\}|\{\{![^}]*\}\}|\{\{\{\{(/?)([^\s}]+)|\{\{~?\s*(#\*?>?|/)\s*([^\s}~]+)",
    );
    let line_of = |at: usize| text[..at].matches('\n').count() + 1;
    let mut open: Vec<(&str, usize)> = Vec::new();
    for m in tag.captures_iter(text) {
        let (Some(mark), Some(name)) = (m.get(1).or(m.get(3)), m.get(2).or(m.get(4))) else {
            continue; // a comment
        };
        let line = line_of(m.get(0).map_or(0, |t| t.start()));
        if mark.as_str() != "/" {
            open.push((name.as_str(), line));
            continue;
        }
        let name = name.as_str();
        match open.pop() {
            Some((opened, _)) if opened == name => {}
            Some((opened, at)) => {
                return Some(format!(
                    "`{{{{/{name}}}}}` on line {line} closes the block `{{{{#{opened}}}}}` opened \
                     on line {at}; close that one with `{{{{/{opened}}}}}` first"
                ))
            }
            None => {
                return Some(format!(
                    "`{{{{/{name}}}}}` on line {line} closes a block that was not opened"
                ))
            }
        }
    }
    open.first().map(|(name, line)| {
        format!(
            "the block `{{{{#{name}}}}}` opened on line {line} is not closed: `{{{{/{name}}}}}` is \
             missing"
        )
    })
}

/// What went wrong while a template rendered, in words: a field that does
/// not exist (strict mode) by its name, with the line and column.
fn render_message(e: &handlebars::RenderError) -> String {
    let at = match (e.line_no, e.column_no) {
        (Some(line), Some(column)) => format!("line {line}, column {column}: "),
        _ => String::new(),
    };
    match e.reason() {
        handlebars::RenderErrorReason::MissingVariable(Some(field)) => format!(
            "{at}there is no field `{field}` here (misspelt, or not a field of this template)"
        ),
        handlebars::RenderErrorReason::MissingVariable(None) => {
            format!("{at}a field it uses does not exist here")
        }
        other => format!("{at}{other}"),
    }
}

/// What a memo template's item loops write after each item, for
/// [`Templates::spliced`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spliced {
    pub html_after: String,
    pub md_after: String,
}

/// The field of a memo group with its items' HTML, when spliced.
pub const SPLICED_HTML: &str = "inspraak_spliced_items_html";
/// The field of a memo group with its items' Markdown, when spliced.
pub const SPLICED_MD: &str = "inspraak_spliced_items_md";

/// `memo` with every loop `{{#each items}}{{> item}}TEXT{{/each}}` (the
/// same TEXT in all, no `{{else}}`, block parameters, arguments or
/// indented partial) replaced by `{{{field}}}`, and TEXT; none when there
/// is no such loop or when the template could see that a group has no
/// `items` any more: it names `items` (or `field`) elsewhere, looks at a
/// group as a whole (`this`, `.`, `lookup`, block parameters, a path
/// into `groups`) or uses a partial other than `style`.
///
/// The rewritten template then writes the same as the original, given
/// each group's items as that one text: each item's output is its
/// rendered part (the `item` partial of the memo registries is
/// `{{{rendered_…}}}`) followed by TEXT.
fn splice_items(
    memo: &handlebars::template::Template,
    field: &str,
) -> Option<(handlebars::template::Template, String)> {
    let mut out = memo.clone();
    let replacement = handlebars::template::Template::compile(&format!("{{{{{{{field}}}}}}}"))
        .ok()?
        .elements
        .into_iter()
        .next()?;
    // The loops left out, the rest is checked; then they are replaced.
    let mut without = memo.clone();
    let mut after: Option<String> = None;
    let gone = handlebars::template::TemplateElement::Comment(String::new());
    if !replace_loops(&mut without, &gone, &mut after) {
        return None;
    }
    let after = after?;
    let mut safe = true;
    check_template(&without, field, &mut safe);
    if !safe {
        return None;
    }
    let mut again = None;
    replace_loops(&mut out, &replacement, &mut again);
    Some((out, after))
}

/// Replaces the item loops of `t` (see [`splice_items`]); false when one
/// cannot be replaced.
fn replace_loops(
    t: &mut handlebars::template::Template,
    replacement: &handlebars::template::TemplateElement,
    after: &mut Option<String>,
) -> bool {
    use handlebars::template::TemplateElement as E;
    for e in &mut t.elements {
        let E::HelperBlock(h) = e else {
            continue;
        };
        if let Some(text) = item_loop(h) {
            if after.as_ref().is_some_and(|a| *a != text) {
                return false;
            }
            *after = Some(text);
            *e = replacement.clone();
            continue;
        }
        for inner in [&mut h.template, &mut h.inverse].into_iter().flatten() {
            if !replace_loops(inner, replacement, after) {
                return false;
            }
        }
    }
    true
}

/// TEXT when `h` is `{{#each items}}{{> item}}TEXT{{/each}}`.
fn item_loop(h: &handlebars::template::HelperTemplate) -> Option<String> {
    use handlebars::template::{Parameter, TemplateElement as E};
    let is = |p: &Parameter, name: &str| {
        matches!(p, Parameter::Name(_) | Parameter::Path(_)) && p.as_name() == Some(name)
    };
    if !(h.block
        && !h.chain
        && is(&h.name, "each")
        && h.params.len() == 1
        && is(&h.params[0], "items")
        && h.hash.is_empty()
        && h.block_param.is_none()
        && h.inverse.is_none())
    {
        return None;
    }
    let body = h.template.as_ref()?;
    let (first, rest) = body.elements.split_first()?;
    let E::PartialExpression(p) = first else {
        return None;
    };
    if !(is(&p.name, "item")
        && p.params.is_empty()
        && p.hash.is_empty()
        && p.template.is_none()
        && p.indent.is_none())
    {
        return None;
    }
    let mut text = String::new();
    for e in rest {
        match e {
            E::RawString(s) => text.push_str(s),
            E::Comment(_) => {}
            _ => return None,
        }
    }
    Some(text)
}

/// A registry for [`Templates::check`]: the templates of `from`, each
/// `{{else}}` of `{{#each}}` and `{{#with}}` moved out of its block (see
/// [`hoist_else`]), with helpers that render both branches.
fn checking(from: &Handlebars<'static>, escape: fn(&str) -> String) -> Handlebars<'static> {
    let mut h = Handlebars::new();
    h.set_strict_mode(true);
    h.register_escape_fn(escape);
    helpers::register(&mut h, true);
    for (name, template) in from.get_templates() {
        let mut template = template.clone();
        hoist_else(&mut template);
        h.register_template(name, template);
    }
    h
}

/// Moves the `{{else}}` of every `{{#each}}` and `{{#with}}` of `t` out
/// of its block, to right after it: the block renders its item (a
/// specimen's list has one) and the `{{else}}` part is then rendered too,
/// in the same context as it would be (the one around the block).
fn hoist_else(t: &mut handlebars::template::Template) {
    use handlebars::template::TemplateElement as E;
    let mapping = std::mem::take(&mut t.mapping);
    let elements = std::mem::take(&mut t.elements);
    let mut places = Vec::with_capacity(mapping.len());
    for (i, mut e) in elements.into_iter().enumerate() {
        let at = mapping.get(i).cloned();
        let mut moved = None;
        match &mut e {
            E::HelperBlock(h) => {
                for inner in [&mut h.template, &mut h.inverse].into_iter().flatten() {
                    hoist_else(inner);
                }
                if matches!(h.name.as_name(), Some("each" | "with")) {
                    moved = h.inverse.take();
                }
            }
            E::PartialBlock(d) | E::DecoratorBlock(d) => {
                if let Some(inner) = &mut d.template {
                    hoist_else(inner);
                }
            }
            _ => {}
        }
        t.elements.push(e);
        places.push(at.clone());
        if let Some(inverse) = moved {
            let mut inner_places = inverse.mapping.into_iter();
            for e in inverse.elements {
                t.elements.push(e);
                places.push(inner_places.next().or_else(|| at.clone()));
            }
        }
    }
    // An element without a place (none in a compiled template) ends the
    // places: the ones after it would be taken for its.
    t.mapping = places.into_iter().map_while(|p| p).collect();
}

/// Rendering a context of any type through a `&dyn` (for
/// [`Templates::check`]'s list of documents).
mod chunked;
mod erased {
    pub trait Context {
        fn render(
            &self,
            reg: &handlebars::Handlebars<'static>,
            name: &str,
        ) -> Result<String, handlebars::RenderError>;
    }

    impl<T: serde::Serialize> Context for T {
        fn render(
            &self,
            reg: &handlebars::Handlebars<'static>,
            name: &str,
        ) -> Result<String, handlebars::RenderError> {
            reg.render(name, self)
        }
    }
}

/// Whether `p` names the item field `field` itself (`rendered_html`,
/// `this.rendered_html`, `./rendered_html`).
fn names_field(p: &handlebars::template::Parameter, field: &str) -> bool {
    use handlebars::template::Parameter as P;
    if !matches!(p, P::Name(_) | P::Path(_)) {
        return false;
    }
    let name = p.as_name().unwrap_or_default();
    let name = name
        .strip_prefix("this.")
        .or_else(|| name.strip_prefix("./"))
        .unwrap_or(name);
    name == field
}

/// Makes `{{field}}` (the memo item's part as the memo's own item partial
/// rendered it, see [`Doc::rendered_field`]) write its value as it is, as
/// `{{> item}}` does: escaped again, the memo would show the part's markup
/// as text (`<h4>…`). The value is the tool's own output, in which every
/// text of a submission is escaped already; no other field is touched.
fn write_rendered_raw(t: &mut handlebars::template::Template, field: &str) {
    use handlebars::template::TemplateElement as E;
    for e in &mut t.elements {
        match e {
            E::Expression(h)
                if h.params.is_empty()
                    && h.hash.is_empty()
                    && !h.block
                    && names_field(&h.name, field) =>
            {
                *e = E::HtmlExpression(h.clone());
            }
            E::HelperBlock(h) => {
                for inner in [&mut h.template, &mut h.inverse].into_iter().flatten() {
                    write_rendered_raw(inner, field);
                }
            }
            E::PartialBlock(d) | E::DecoratorBlock(d) => {
                if let Some(inner) = &mut d.template {
                    write_rendered_raw(inner, field);
                }
            }
            _ => {}
        }
    }
}

/// Refuses a template that writes a value unescaped (`{{{text}}}`): the
/// values are the respondents' texts, and unescaped they could put script
/// or links into the public memo and letters. The built-in templates have
/// none; the tool's own pre-rendered parts are put in place by partials of
/// its own, which are not checked here, or by the memo's field `rendered`
/// (`{{{rendered_html}}}` in the HTML memo), which is allowed.
fn refuse_unescaped(
    t: &handlebars::template::Template,
    path: &str,
    origin: &str,
    rendered: Option<&str>,
) -> Result<(), TemplateError> {
    match unescaped_output(t, rendered) {
        None => Ok(()),
        Some((line, column)) => Err(TemplateError::Parse {
            name: path.to_string(),
            origin: origin.to_string(),
            message: format!(
                "line {line}, column {column}: `{{{{{{…}}}}}}` writes a value without escaping it, \
                 so a respondent's text could put script or links into the public documents; \
                 write `{{{{…}}}}` (two braces) instead"
            ),
        }),
    }
}

/// Where `t` first writes a value unescaped (`{{{…}}}`), also inside its
/// blocks: line and column; the field `rendered` written so is allowed.
fn unescaped_output(
    t: &handlebars::template::Template,
    rendered: Option<&str>,
) -> Option<(usize, usize)> {
    use handlebars::template::TemplateElement as E;
    for (i, e) in t.elements.iter().enumerate() {
        let inner: Vec<&handlebars::template::Template> = match e {
            E::HtmlExpression(h)
                if rendered.is_some_and(|field| {
                    h.params.is_empty() && h.hash.is_empty() && names_field(&h.name, field)
                }) =>
            {
                Vec::new()
            }
            E::HtmlExpression(_) => {
                let at = t.mapping.get(i).map_or((0, 0), |m| (m.0, m.1));
                return Some(at);
            }
            E::HelperBlock(h) => [&h.template, &h.inverse].into_iter().flatten().collect(),
            E::PartialBlock(d) | E::DecoratorBlock(d) => d.template.iter().collect(),
            _ => Vec::new(),
        };
        if let Some(at) = inner
            .into_iter()
            .find_map(|inner| unescaped_output(inner, rendered))
        {
            return Some(at);
        }
    }
    None
}

/// Clears `safe` when `t` could tell a spliced group from one with
/// `items` (see [`splice_items`]).
fn check_template(t: &handlebars::template::Template, field: &str, safe: &mut bool) {
    for e in &t.elements {
        check_element(e, field, safe);
    }
}

fn check_element(e: &handlebars::template::TemplateElement, field: &str, safe: &mut bool) {
    use handlebars::template::TemplateElement as E;
    match e {
        E::RawString(_) | E::Comment(_) => {}
        E::HtmlExpression(h) | E::Expression(h) | E::HelperBlock(h) => {
            if h.block_param.is_some() {
                *safe = false;
            }
            check_param(&h.name, field, safe);
            for p in h.params.iter().chain(h.hash.values()) {
                check_param(p, field, safe);
            }
            for t in [&h.template, &h.inverse].into_iter().flatten() {
                check_template(t, field, safe);
            }
        }
        E::PartialExpression(d) | E::PartialBlock(d) => {
            if d.name.as_name() != Some("style") || d.template.is_some() {
                *safe = false;
            }
            for p in d.params.iter().chain(d.hash.values()) {
                check_param(p, field, safe);
            }
        }
        E::DecoratorExpression(d) | E::DecoratorBlock(d) => {
            check_param(&d.name, field, safe);
            for p in d.params.iter().chain(d.hash.values()) {
                check_param(p, field, safe);
            }
            if let Some(t) = &d.template {
                check_template(t, field, safe);
            }
        }
        _ => *safe = false,
    }
}

fn check_param(p: &handlebars::template::Parameter, field: &str, safe: &mut bool) {
    use handlebars::template::Parameter as P;
    match p {
        P::Name(_) | P::Path(_) => {
            let raw = p.as_name().unwrap_or_default();
            let path = raw.trim_start_matches("../");
            if raw.contains("items")
                || raw.contains(field)
                || raw.contains("this")
                || raw == "lookup"
                || path.is_empty()
                || path == "."
                || path.starts_with("./")
                || (raw.contains("groups") && raw != "groups")
            {
                *safe = false;
            }
        }
        P::Literal(json) => {
            let text = json.to_string();
            if text.contains("items") || text.contains(field) || text.contains("groups") {
                *safe = false;
            }
        }
        P::Subexpression(s) => check_element(s.as_element(), field, safe),
        _ => *safe = false,
    }
}

/// Registers the partial `name` (from `path`, `origin`) in `reg`, compiled
/// once: refused when it prints a field unescaped.
fn register_partial(
    reg: &mut Handlebars<'static>,
    name: &str,
    path: &str,
    text: &str,
    origin: &str,
) -> Result<(), TemplateError> {
    // As `register_partial` compiles it (the registries do not prevent
    // indenting).
    let template = chunked::compile(text, name).map_err(|e| TemplateError::Parse {
        name: path.to_string(),
        origin: origin.to_string(),
        message: parse_message(&e, text),
    })?;
    refuse_unescaped(&template, path, origin, None)?;
    reg.register_template(name, template);
    Ok(())
}

fn registry(escape: fn(&str) -> String) -> Handlebars<'static> {
    let mut h = Handlebars::new();
    h.set_strict_mode(true);
    h.register_escape_fn(escape);
    helpers::register(&mut h, false);
    h
}

/// Escapes text for HTML, bidirectional controls left out (see
/// [`crate::text::is_bidi_control`]: a file name must not turn a heading
/// around).
pub fn escape_html(text: &str) -> String {
    handlebars::html_escape(&crate::text::strip_bidi(text))
}

/// Escapes text for Markdown so that it shows as written: punctuation with
/// a meaning anywhere (`*`, `_`, `` ` ``, `[`, `]`, `<`, `>`, `~`, `\`,
/// `&`, `#`, `|`: a bar would end a table's cell) gets a backslash, and so
/// do line starts that would make a list, heading or rule (`-`, `+`, `=`,
/// `1. `) and what makes a web address a link where Markdown is rendered
/// with autolinks (GitHub's, a CMS's): the colon of `https://`, the dot
/// of `www.`. Whitespace is kept as it is (the diff pieces rely on it); a
/// line break inside a paragraph becomes a hard break (two spaces), as the
/// writer meant it.
pub fn escape_markdown(text: &str) -> String {
    let text = &*crate::text::strip_bidi(text);
    let mut out = String::with_capacity(text.len() + 8);
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            // A line break inside a paragraph stays a line break.
            if !lines[i - 1].trim().is_empty() && !line.trim().is_empty() {
                out.push_str("  ");
            }
            out.push('\n');
        }
        let indent = line.len() - line.trim_start().len();
        let (lead, line) = line.split_at(indent);
        out.push_str(lead);
        let chars: Vec<char> = line.chars().collect();
        let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        for (j, &ch) in chars.iter().enumerate() {
            let at_start = j == 0 && matches!(ch, '-' | '+' | '=');
            let list_number = digits > 0
                && j == digits
                && matches!(ch, '.' | ')')
                && chars.get(j + 1).is_none_or(|c| c.is_whitespace());
            // `https://`, `ftp://`: the colon after a scheme's letters.
            let scheme = ch == ':'
                && j > 0
                && chars[j - 1].is_ascii_alphabetic()
                && chars.get(j + 1..j + 3) == Some(&['/', '/'][..]);
            // `www.` at a word's start.
            let www = ch == '.'
                && j >= 3
                && chars[j - 3..j].iter().all(|c| c.eq_ignore_ascii_case(&'w'))
                && (j == 3 || !chars[j - 4].is_alphanumeric());
            if at_start
                || list_number
                || scheme
                || www
                || matches!(
                    ch,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '&' | '#' | '!' | '|'
                )
            {
                out.push('\\');
            }
            out.push(ch);
        }
    }
    out
}

/// Markdown with at most one blank line in a row and one final newline
/// (templates are easier to read with generous line breaks).
fn tidy_markdown(text: &str) -> String {
    let text = text.trim_end();
    if text.is_empty() || text.contains('\r') {
        return tidy_markdown_by_line(text);
    }
    // Runs of lines that are not blank are copied as they are, each run
    // at once (a memo has tens of thousands of lines).
    let mut out = String::with_capacity(text.len() + 1);
    let mut blank = 0;
    let mut run = 0;
    let mut start = 0;
    while start <= text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if text[start..end].trim().is_empty() {
            out.push_str(&text[run..start]);
            blank += 1;
            if blank == 1 {
                out.push('\n');
            }
            run = end + 1;
        } else {
            blank = 0;
        }
        start = end + 1;
    }
    if run < text.len() {
        out.push_str(&text[run..]);
    }
    out.push('\n');
    out
}

/// [`tidy_markdown`] line by line (also for `\r\n` line ends).
fn tidy_markdown_by_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim_end().lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
            out.push('\n');
        } else {
            blank = 0;
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Writes the default templates into `dir`. Existing files are left alone
/// unless `force`; returns the files written and those skipped.
pub fn write_defaults(dir: &Path, force: bool) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut written = Vec::new();
    let mut skipped = Vec::new();
    for f in DEFAULTS {
        let path = dir.join(f.path);
        if path.exists() && !force {
            skipped.push(path);
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, f.content)?;
        written.push(path);
    }
    Ok((written, skipped))
}

mod helpers;

/// Copies of the HTML and Markdown registries for the memo, whose `item`
/// partial is the item already rendered (spliced in afterwards).
fn memo_registries(
    html: &Handlebars<'static>,
    md: &Handlebars<'static>,
) -> Result<(Handlebars<'static>, Handlebars<'static>), TemplateError> {
    let mut memo_html = html.clone();
    let mut memo_md = md.clone();
    for (reg, rendered) in [
        (&mut memo_html, RENDERED_HTML_ITEM),
        (&mut memo_md, RENDERED_MD_ITEM),
    ] {
        reg.register_partial("item", rendered)
            .map_err(|e| TemplateError::Parse {
                name: "item".into(),
                origin: "built-in".into(),
                message: parse_message(&e, rendered),
            })?;
    }
    Ok((memo_html, memo_md))
}

#[cfg(test)]
mod tests;
