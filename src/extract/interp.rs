//! The content-stream interpreter: runs the graphics and text state machine
//! of one page (CTM, `Tm`/`Tlm`, `Tf`, `Tc`, `Tw`, `Tz`, `TL`, `Ts`,
//! `Td`/`TD`/`Tm`/`T*`, `Tj`/`TJ`/`'`/`"`, Form XObjects, marked content)
//! and emits positioned glyphs in content order.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::fonts::{deref, Code, Font};
use super::limits::{Limits, StreamError};

/// 2-D affine matrix `[a b c d e f]` (PDF row-vector convention).
type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// One glyph as placed on the page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Glyph {
    /// Byte range of the glyph's text in [`PageGlyphs::text`].
    pub start: u32,
    pub end: u32,
    /// Origin: x from the left edge, y (baseline) from the top, in points.
    pub x: f32,
    pub y: f32,
    /// Advance width in points.
    pub adv: f32,
    /// Font size in points (device space).
    pub size: f32,
    pub bold: bool,
    /// Inside `/Artifact` marked content (page furniture).
    pub artifact: bool,
    /// Text direction is not left-to-right horizontal.
    pub rotated: bool,
    /// Slope of the glyph's baseline in its own reading direction (y down
    /// per unit of x): 0 for level text, small for a line of a scan turned
    /// slightly that an OCR layer draws along its tilt.
    pub tilt: f32,
}

/// All glyphs of a page plus what the page classification needs.
#[derive(Debug, Default)]
pub(crate) struct PageGlyphs {
    pub text: String,
    pub glyphs: Vec<Glyph>,
    pub width: f32,
    pub height: f32,
    /// Codes shown without any Unicode mapping.
    pub unmapped: usize,
    /// Largest share of the page covered by one image.
    pub image_cover: f32,
    /// Fonts that produced unmapped codes.
    pub unmapped_fonts: Vec<String>,
    /// Why the page's own content could not be read, when it could not:
    /// its dictionary or a content stream it names is missing (a file cut
    /// off in transfer), or the content is not valid content-stream syntax.
    /// A page without text for this reason is damaged, not a scan.
    pub unreadable: Option<&'static str>,
    /// The matrix from user space to the page's reading frame (y up,
    /// origin bottom left): display space, turned so that most of the
    /// page's text runs left to right. Glyphs are placed in this frame;
    /// `width`/`height` are its size.
    pub frame: Matrix,
    /// Quarter turns (0..=3) from display space to the reading frame.
    pub turn: u8,
    /// Display size before the turn.
    pub display: (f32, f32),
}

impl PageGlyphs {
    /// A point in display space (x from the left, y from the top) in the
    /// reading frame (the same, for the turned page): where annotation
    /// and widget rectangles land among the glyphs.
    pub fn display_to_reading(&self, x: f32, y: f32) -> (f32, f32) {
        let (w, h) = self.display;
        let t = turn_matrix(self.turn, w, h);
        let (nx, ny) = apply(&t, x, h - y);
        (nx, self.height - ny)
    }

    /// A rectangle (left, top, right, bottom, y from the top) of display
    /// space in the reading frame.
    pub fn rect_display_to_reading(&self, r: [f32; 4]) -> [f32; 4] {
        let a = self.display_to_reading(r[0], r[1]);
        let b = self.display_to_reading(r[2], r[3]);
        [a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1)]
    }

    /// The text of glyph `g`.
    pub fn glyph_text(&self, g: &Glyph) -> &str {
        self.text
            .get(g.start as usize..g.end as usize)
            .unwrap_or_default()
    }
}

/// Why interpreting a page stopped.
#[derive(Debug)]
pub(crate) enum Stop {
    /// The per-file deadline passed.
    Timeout,
    /// The page has more operators than allowed.
    TooManyOps,
    /// A content stream decompresses to more than the stream limit.
    TooLarge,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq)]
enum FontKey {
    Ref(ObjectId),
    Inline(usize),
}

/// Fonts loaded once per document.
#[derive(Default)]
pub(crate) struct FontCache {
    fonts: HashMap<FontKey, Rc<Font>>,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    hscale: f32,
    leading: f32,
    rise: f32,
}

struct Interp<'a> {
    doc: &'a Document,
    limits: &'a Limits,
    cache: &'a mut FontCache,
    out: PageGlyphs,
    gs: GState,
    stack: Vec<GState>,
    tm: Matrix,
    tlm: Matrix,
    marked: Vec<bool>,
    ops: usize,
    forms: HashSet<ObjectId>,
    depth: usize,
    codes: Vec<Code>,
    /// Direction of each glyph of `out.glyphs` in display space, in
    /// quarter turns counter-clockwise from left-to-right.
    dirs: Vec<u8>,
}

/// Interprets page `page_id` and returns its glyphs.
pub(crate) fn interpret_page(
    doc: &Document,
    page_id: ObjectId,
    limits: &Limits,
    cache: &mut FontCache,
) -> Result<PageGlyphs, Stop> {
    let page = doc.get_dictionary(page_id).ok();
    let mut unreadable = page.is_none().then_some("page missing");
    if unreadable.is_none()
        && doc
            .get_page_contents(page_id)
            .into_iter()
            .any(|id| doc.get_object(id).and_then(Object::as_stream).is_err())
    {
        unreadable = Some("content missing");
    }
    let (base, width, height) = page_geometry(doc, page);
    let resources = page_resources(doc, page);
    let content = match doc.get_page_content_with_limit(page_id, limits.max_stream_bytes) {
        Ok(c) => c,
        Err(e) if StreamError::from_lopdf(&e) == StreamError::TooLarge => {
            return Err(Stop::TooLarge)
        }
        Err(_) => Vec::new(),
    };
    let mut it = Interp {
        doc,
        limits,
        cache,
        out: PageGlyphs {
            width,
            height,
            unreadable,
            ..PageGlyphs::default()
        },
        gs: GState {
            ctm: base,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            hscale: 1.0,
            leading: 0.0,
            rise: 0.0,
        },
        stack: Vec::new(),
        tm: IDENTITY,
        tlm: IDENTITY,
        marked: Vec::new(),
        ops: 0,
        forms: HashSet::new(),
        depth: 0,
        codes: Vec::new(),
        dirs: Vec::new(),
    };
    let complete = it.run(&content, resources)?;
    // Content with something in it of which not one operation could be
    // parsed (or whose parsing failed outright) was not read at all.
    let has_content = content.iter().any(|b| !b.is_ascii_whitespace());
    if it.out.unreadable.is_none()
        && has_content
        && (it.ops == 0 || (!complete && it.out.glyphs.is_empty()))
    {
        it.out.unreadable = Some("content unreadable");
    }
    let mut out = it.out;
    out.frame = base;
    out.display = (width, height);
    turn_to_reading(&mut out, &it.dirs);
    Ok(out)
}

/// Whether text whose text-space x axis maps to `(dx, dy)` in display
/// space runs at a slant: more than 15° off the page's axes (a diagonal
/// watermark), where text runs along them (upright, sideways, upside down).
fn slanted(dx: f32, dy: f32) -> bool {
    /// tan 15°.
    const MAX_SLOPE: f32 = 0.268;
    let (a, b) = (dx.abs(), dy.abs());
    let (lo, hi) = (a.min(b), a.max(b));
    hi > 0.0 && lo > MAX_SLOPE * hi
}

/// The direction of text whose text-space x axis maps to `(dx, dy)` in
/// display space (y up): quarter turns counter-clockwise from
/// left-to-right.
fn direction(dx: f32, dy: f32) -> u8 {
    if dx.abs() >= dy.abs() {
        if dx < 0.0 {
            2
        } else {
            0
        }
    } else if dy > 0.0 {
        1
    } else {
        3
    }
}

/// The slope (y down per unit of x) of text whose text-space x axis maps
/// to `(dx, dy)` in display space (y up), seen in its own direction `dir`
/// (as [`turn_to_reading`] turns a page to it): 0 for text along the
/// page's axes, `-0.017` for a line of a scan turned one degree
/// anticlockwise that an OCR layer draws along the line.
fn baseline_tilt(dir: u8, dx: f32, dy: f32) -> f32 {
    /// Below this (0.06°, a tenth of a point over a page's width) text is
    /// level: rounding in a writer's matrices, no tilt.
    const LEVEL: f32 = 1e-3;
    let tilt = if dir & 1 == 0 { -dy / dx } else { dx / dy };
    if tilt.is_finite() && tilt.abs() >= LEVEL {
        tilt
    } else {
        0.0
    }
}

/// The matrix turning display space (y up, size `w` × `h`) by `turn`
/// quarter turns clockwise, so that text running in direction `turn`
/// runs left to right, with the origin again at the bottom left.
fn turn_matrix(turn: u8, w: f32, h: f32) -> Matrix {
    match turn {
        1 => [0.0, -1.0, 1.0, 0.0, 0.0, w],
        2 => [-1.0, 0.0, 0.0, -1.0, w, h],
        3 => [0.0, 1.0, -1.0, 0.0, h, 0.0],
        _ => IDENTITY,
    }
}

fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

/// Puts a page whose text mostly runs sideways or upside down in display
/// space (a page turned by `/Rotate` over upright content, or text drawn
/// turned on an upright page) in its reading direction, as a reader
/// turns the sheet: glyphs in the main direction become upright lines,
/// the rest count as turned. `dirs` holds each glyph's direction.
fn turn_to_reading(out: &mut PageGlyphs, dirs: &[u8]) {
    let mut count = [0usize; 4];
    for (g, &d) in out.glyphs.iter().zip(dirs) {
        if !g.artifact && !out.glyph_text(g).trim().is_empty() {
            count[usize::from(d & 3)] += 1;
        }
    }
    let main = (1..4).max_by_key(|&d| count[d]).unwrap_or(0);
    let turn = if count[main] > count[0] {
        main as u8
    } else {
        0
    };
    for (g, &d) in out.glyphs.iter_mut().zip(dirs) {
        g.rotated = d != turn;
    }
    if turn == 0 {
        return;
    }
    let (w, h) = (out.width, out.height);
    let t = turn_matrix(turn, w, h);
    let (nw, nh) = if turn == 2 { (w, h) } else { (h, w) };
    for g in &mut out.glyphs {
        let (x, y) = apply(&t, g.x, h - g.y);
        g.x = x;
        g.y = nh - y;
    }
    out.frame = mul(&out.frame, &t);
    out.turn = turn;
    out.width = nw;
    out.height = nh;
}

/// The matrix from user space to display space (rotation applied, origin
/// at the bottom left of the visible box) and the display width/height.
fn page_geometry(doc: &Document, page: Option<&Dictionary>) -> (Matrix, f32, f32) {
    let bbox = inherited(doc, page, b"CropBox")
        .or_else(|| inherited(doc, page, b"MediaBox"))
        .and_then(|o| o.as_array().ok())
        .and_then(|a| {
            let v: Vec<f32> = a
                .iter()
                .filter_map(|o| deref(doc, Some(o)).and_then(|o| o.as_float().ok()))
                .collect();
            (v.len() == 4 && v.iter().all(|x| x.is_finite())).then_some(v)
        })
        .unwrap_or_else(|| vec![0.0, 0.0, 612.0, 792.0]);
    let (x0, y0) = (bbox[0].min(bbox[2]), bbox[1].min(bbox[3]));
    let (x1, y1) = (bbox[0].max(bbox[2]), bbox[1].max(bbox[3]));
    let rotate = inherited(doc, page, b"Rotate")
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(0)
        .rem_euclid(360);
    let (w, h) = (x1 - x0, y1 - y0);
    match rotate {
        90 => ([0.0, -1.0, 1.0, 0.0, -y0, x1], h, w),
        180 => ([-1.0, 0.0, 0.0, -1.0, x1, y1], w, h),
        270 => ([0.0, 1.0, -1.0, 0.0, y1, -x0], h, w),
        _ => ([1.0, 0.0, 0.0, 1.0, -x0, -y0], w, h),
    }
}

/// A point of page `page_id`'s user space in display space (x from the
/// left, y from the top of the page), as glyphs are placed.
pub(crate) fn display_point(doc: &Document, page_id: ObjectId, x: f32, y: f32) -> (f32, f32) {
    let page = doc.get_dictionary(page_id).ok();
    let (m, _, height) = page_geometry(doc, page);
    let dx = x * m[0] + y * m[2] + m[4];
    let dy = x * m[1] + y * m[3] + m[5];
    (dx, height - dy)
}

/// A page attribute, inherited through `/Parent` (bounded).
fn inherited<'a>(
    doc: &'a Document,
    page: Option<&'a Dictionary>,
    key: &[u8],
) -> Option<&'a Object> {
    let mut node = page?;
    for _ in 0..32 {
        if let Some(v) = deref(doc, node.get(key).ok()) {
            return Some(v);
        }
        node = deref(doc, node.get(b"Parent").ok())?.as_dict().ok()?;
    }
    None
}

fn page_resources<'a>(doc: &'a Document, page: Option<&'a Dictionary>) -> Option<&'a Dictionary> {
    inherited(doc, page, b"Resources").and_then(|o| o.as_dict().ok())
}

fn num(o: Option<&Object>) -> f32 {
    o.and_then(|o| o.as_float().ok())
        .filter(|f| f.is_finite())
        .unwrap_or(0.0)
}

impl<'a> Interp<'a> {
    /// Runs `content`; `Ok(false)` when its syntax failed before the end
    /// (what came before it is kept).
    fn run(&mut self, content: &[u8], resources: Option<&'a Dictionary>) -> Result<bool, Stop> {
        for op in Content::decode_iter(content) {
            let Ok(op) = op else { return Ok(false) };
            self.ops += 1;
            if self.ops > self.limits.max_ops_per_page {
                return Err(Stop::TooManyOps);
            }
            if self.ops.is_multiple_of(512) && self.limits.expired() {
                return Err(Stop::Timeout);
            }
            self.op(&op.operator, &op.operands, resources)?;
        }
        Ok(true)
    }

    fn op(
        &mut self,
        operator: &str,
        args: &[Object],
        resources: Option<&'a Dictionary>,
    ) -> Result<(), Stop> {
        let n = |i: usize| num(args.get(i));
        match operator {
            "q" if self.stack.len() < 1024 => self.stack.push(self.gs.clone()),
            "Q" => {
                if let Some(gs) = self.stack.pop() {
                    self.gs = gs;
                }
            }
            "cm" if args.len() == 6 => {
                let m = [n(0), n(1), n(2), n(3), n(4), n(5)];
                self.gs.ctm = mul(&m, &self.gs.ctm);
            }
            "BT" => {
                self.tm = IDENTITY;
                self.tlm = IDENTITY;
            }
            "Tf" => {
                self.gs.size = n(1);
                self.gs.font = args
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|name| self.font(resources, name));
            }
            "Tc" => self.gs.char_spacing = n(0),
            "Tw" => self.gs.word_spacing = n(0),
            "Tz" => self.gs.hscale = n(0) / 100.0,
            "TL" => self.gs.leading = n(0),
            "Ts" => self.gs.rise = n(0),
            "Td" => self.next_line(n(0), n(1)),
            "TD" => {
                self.gs.leading = -n(1);
                self.next_line(n(0), n(1));
            }
            "Tm" if args.len() == 6 => {
                self.tm = [n(0), n(1), n(2), n(3), n(4), n(5)];
                self.tlm = self.tm;
            }
            "T*" => self.next_line(0.0, -self.gs.leading),
            "Tj" => self.show_string(args.first()),
            "'" => {
                self.next_line(0.0, -self.gs.leading);
                self.show_string(args.first());
            }
            "\"" => {
                self.gs.word_spacing = n(0);
                self.gs.char_spacing = n(1);
                self.next_line(0.0, -self.gs.leading);
                self.show_string(args.get(2));
            }
            "TJ" => {
                if let Some(Object::Array(items)) = args.first() {
                    for item in items {
                        match item {
                            Object::String(..) => self.show_string(Some(item)),
                            other => {
                                let adj = num(Some(other));
                                let tx = -adj / 1000.0 * self.gs.size * self.gs.hscale;
                                self.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.tm);
                            }
                        }
                    }
                }
            }
            "BMC" => self.marked.push(is_artifact(args.first())),
            "BDC" => self.marked.push(is_artifact(args.first())),
            "EMC" => {
                self.marked.pop();
            }
            "Do" => {
                if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                    self.do_xobject(resources, name)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn next_line(&mut self, tx: f32, ty: f32) {
        self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
        self.tm = self.tlm;
    }

    fn font(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Option<Rc<Font>> {
        let fonts = deref(self.doc, resources?.get(b"Font").ok())?
            .as_dict()
            .ok()?;
        let entry = fonts.get(name).ok()?;
        let key = match entry {
            Object::Reference(id) => FontKey::Ref(*id),
            other => FontKey::Inline(std::ptr::from_ref(other) as usize),
        };
        if let Some(f) = self.cache.fonts.get(&key) {
            return Some(Rc::clone(f));
        }
        let dict = deref(self.doc, Some(entry))?.as_dict().ok()?;
        let font = Rc::new(Font::load(self.doc, dict, self.limits));
        self.cache.fonts.insert(key, Rc::clone(&font));
        Some(font)
    }

    fn show_string(&mut self, obj: Option<&Object>) {
        let Some(Object::String(bytes, _)) = obj else {
            return;
        };
        let Some(font) = self.gs.font.clone() else {
            return;
        };
        let mut codes = std::mem::take(&mut self.codes);
        font.codes(bytes, &mut codes);
        let artifact = self.marked.iter().any(|a| *a);
        let fs = self.gs.size;
        let th = self.gs.hscale;
        for c in &codes {
            let m = mul(&self.tm, &self.gs.ctm);
            let trm = mul(&[fs * th, 0.0, 0.0, fs, 0.0, self.gs.rise], &m);
            let w0 = font.width(c.code) * font.width_scale;
            let spacing = self.gs.char_spacing
                + if c.is_space_byte {
                    self.gs.word_spacing
                } else {
                    0.0
                };
            let tx = (w0 * fs + spacing) * th;
            let adv = (tx * m[0]).hypot(tx * m[1]);
            let size = trm[2].hypot(trm[3]);
            let dir = direction(m[0], m[1]);
            let tilt = baseline_tilt(dir, m[0], m[1]);
            match font.unicode(c.code) {
                // Text drawn at a slant across the page (a watermark,
                // `CONCEPT` at 45°) is no text of the document.
                Some(_) if slanted(m[0], m[1]) => {}
                Some(text) => {
                    let place = (trm[4], trm[5], tilt);
                    if self.push_glyph(&text, place, adv, size, &font, artifact, dir != 0) {
                        self.dirs.push(dir);
                    }
                }
                None => {
                    self.out.unmapped += 1;
                    if self.out.unmapped_fonts.len() < 8
                        && !self.out.unmapped_fonts.contains(&font.name)
                    {
                        self.out.unmapped_fonts.push(font.name.clone());
                    }
                }
            }
            self.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.tm);
        }
        self.codes = codes;
    }

    #[allow(clippy::too_many_arguments)]
    fn push_glyph(
        &mut self,
        text: &str,
        (x, y, tilt): (f32, f32, f32),
        adv: f32,
        size: f32,
        font: &Font,
        artifact: bool,
        rotated: bool,
    ) -> bool {
        if !(x.is_finite() && y.is_finite() && size.is_finite() && adv.is_finite()) {
            return false;
        }
        let start = self.out.text.len();
        super::normalise::push_normalised(text, &mut self.out.text);
        let end = self.out.text.len();
        if end == start {
            return false;
        }
        self.out.glyphs.push(Glyph {
            start: start as u32,
            end: end as u32,
            x,
            y: self.out.height - y,
            adv,
            size,
            bold: font.bold,
            artifact,
            rotated,
            tilt: if tilt.is_finite() { tilt } else { 0.0 },
        });
        true
    }

    fn do_xobject(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Result<(), Stop> {
        let Some(xobjects) = resources
            .and_then(|r| deref(self.doc, r.get(b"XObject").ok()))
            .and_then(|o| o.as_dict().ok())
        else {
            return Ok(());
        };
        let Ok(entry) = xobjects.get(name) else {
            return Ok(());
        };
        let id = entry.as_reference().ok();
        let Some(Object::Stream(stream)) = deref(self.doc, Some(entry)) else {
            return Ok(());
        };
        let subtype = stream.dict.get(b"Subtype").and_then(|o| o.as_name()).ok();
        match subtype {
            Some(b"Image") => {
                let c = &self.gs.ctm;
                let area = (c[0] * c[3] - c[1] * c[2]).abs();
                let page = (self.out.width * self.out.height).max(1.0);
                self.out.image_cover = self.out.image_cover.max(area / page);
                Ok(())
            }
            Some(b"Form") => {
                if self.depth >= self.limits.max_form_depth {
                    return Ok(());
                }
                if let Some(id) = id {
                    if !self.forms.insert(id) {
                        return Ok(());
                    }
                }
                let content = match self.limits.decode_stream(stream) {
                    Ok(c) => c,
                    Err(StreamError::TooLarge) => return Err(Stop::TooLarge),
                    Err(StreamError::Unreadable) => Vec::new(),
                };
                let matrix = deref(self.doc, stream.dict.get(b"Matrix").ok())
                    .and_then(|o| o.as_array().ok())
                    .filter(|a| a.len() == 6)
                    .map(|a| {
                        let v: Vec<f32> = a.iter().map(|o| num(Some(o))).collect();
                        [v[0], v[1], v[2], v[3], v[4], v[5]]
                    })
                    .unwrap_or(IDENTITY);
                let form_res = deref(self.doc, stream.dict.get(b"Resources").ok())
                    .and_then(|o| o.as_dict().ok())
                    .or(resources);
                let saved = (self.gs.clone(), self.stack.len(), self.tm, self.tlm);
                self.gs.ctm = mul(&matrix, &self.gs.ctm);
                self.depth += 1;
                let result = self.run(&content, form_res);
                self.depth -= 1;
                self.gs = saved.0;
                self.stack.truncate(saved.1);
                self.tm = saved.2;
                self.tlm = saved.3;
                if let Some(id) = id {
                    self.forms.remove(&id);
                }
                result.map(|_| ())
            }
            _ => Ok(()),
        }
    }
}

fn is_artifact(tag: Option<&Object>) -> bool {
    tag.and_then(|o| o.as_name().ok()) == Some(b"Artifact".as_slice())
}
