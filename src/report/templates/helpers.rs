//! The helpers the templates can use: handlebars' own (`if`, `unless`,
//! `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `and`, `or`, `not`, `len`) as
//! handlebars has them, and `inc`, except that in strict mode an argument
//! that names no field (`{{#if (eq responses_totl 0)}}`, `{{len lates}}`)
//! is an error naming that field, as `{{responses_totl}}` is (handlebars'
//! own say that a parameter "is required but not found", or take it as
//! false).
//!
//! For the check of a template against all its fields
//! ([`super::Templates::check`]) the block helpers render both branches,
//! whatever the condition.

use std::cmp::Ordering;

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, JsonTruthy, JsonValue as Json, Output,
    RenderContext, RenderError, RenderErrorReason, Renderable, ScopedJson,
};

/// A comparison of two values.
type Op = fn(&Json, &Json) -> bool;

/// Registers the helpers in `h`; with `check`, block helpers render both
/// their branches.
pub(super) fn register(h: &mut Handlebars<'static>, check: bool) {
    h.register_helper("inc", Box::new(Inc));
    h.register_helper("len", Box::new(Len));
    // Handlebars' own `if` and `unless` take a field that does not exist
    // as false, also in strict mode: a misspelt condition would drop (or
    // always show) its block without a word.
    for (name, positive) in [("if", true), ("unless", false)] {
        h.register_helper(
            name,
            Box::new(StrictIf {
                name,
                positive,
                check,
            }),
        );
    }
    let compares: [(&'static str, Op); 6] = [
        ("eq", |x, y| x == y),
        ("ne", |x, y| x != y),
        ("gt", |x, y| compare(x, y) == Some(Ordering::Greater)),
        ("gte", |x, y| {
            compare(x, y).is_some_and(|o| o != Ordering::Less)
        }),
        ("lt", |x, y| compare(x, y) == Some(Ordering::Less)),
        ("lte", |x, y| {
            compare(x, y).is_some_and(|o| o != Ordering::Greater)
        }),
    ];
    for (name, op) in compares {
        let test = Test::Compare { name, op };
        h.register_helper(name, Box::new(Truth { test, check }));
    }
    for (name, test) in [("and", Test::All), ("or", Test::Any), ("not", Test::Not)] {
        h.register_helper(name, Box::new(Truth { test, check }));
    }
}

/// Parameter `i` of `h` (a helper `name`): in strict mode a path that
/// names no field is the error that `{{field}}` gives, naming it.
fn param<'a>(
    h: &'a Helper<'_>,
    r: &Handlebars<'_>,
    name: &'static str,
    i: usize,
) -> Result<&'a Json, RenderError> {
    let p = h
        .param(i)
        .ok_or(RenderErrorReason::ParamNotFoundForIndex(name, i))?;
    if r.strict_mode() && p.is_value_missing() {
        return Err(RenderError::strict_error(p.relative_path()));
    }
    Ok(p.value())
}

/// Every parameter of `h`, checked as [`param`] does.
fn params<'a>(h: &'a Helper<'_>, r: &Handlebars<'_>) -> Result<Vec<&'a Json>, RenderError> {
    h.params()
        .iter()
        .map(|p| {
            if r.strict_mode() && p.is_value_missing() {
                Err(RenderError::strict_error(p.relative_path()))
            } else {
                Ok(p.value())
            }
        })
        .collect()
}

/// A helper that gives true or false, as a block (`{{#eq a b}}…{{/eq}}`)
/// or a value; with `check` a block renders both branches.
fn bool_result<'reg: 'rc, 'rc>(
    value: bool,
    check: bool,
    h: &Helper<'rc>,
    r: &'reg Handlebars<'reg>,
    ctx: &'rc Context,
    rc: &mut RenderContext<'reg, 'rc>,
    out: &mut dyn Output,
) -> HelperResult {
    if !h.is_block() {
        return out
            .write(if value { "true" } else { "false" })
            .map_err(|e| RenderErrorReason::Other(e.to_string()).into());
    }
    branches(value, check, h, r, ctx, rc, out)
}

/// The block of `h` when `value`, else its `{{else}}`; both with `check`.
fn branches<'reg: 'rc, 'rc>(
    value: bool,
    check: bool,
    h: &Helper<'rc>,
    r: &'reg Handlebars<'reg>,
    ctx: &'rc Context,
    rc: &mut RenderContext<'reg, 'rc>,
    out: &mut dyn Output,
) -> HelperResult {
    if check {
        for t in [h.template(), h.inverse()].into_iter().flatten() {
            t.render(r, ctx, rc, out)?;
        }
        return Ok(());
    }
    match if value { h.template() } else { h.inverse() } {
        Some(t) => t.render(r, ctx, rc, out),
        None => Ok(()),
    }
}

/// `{{#if x}}` and `{{#unless x}}` as handlebars has them, except that in
/// strict mode a condition that names no field (`{{#if privat_person}}`)
/// is an error naming it, as `{{x}}`, `{{#each x}}` and `{{#with x}}`
/// are. A field that exists but is empty or `null` is false, as before.
#[derive(Clone, Copy)]
struct StrictIf {
    name: &'static str,
    positive: bool,
    check: bool,
}

impl HelperDef for StrictIf {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = param(h, r, self.name, 0)?;
        let include_zero = h
            .hash_get("includeZero")
            .and_then(|v| v.value().as_bool())
            .unwrap_or(false);
        let value = value.is_truthy(include_zero) == self.positive;
        branches(value, self.check, h, r, ctx, rc, out)
    }
}

/// What a true-or-false helper tests.
#[derive(Clone, Copy)]
enum Test {
    /// `eq`, `ne`, `gt`, `gte`, `lt`, `lte`.
    Compare { name: &'static str, op: Op },
    /// `and`: every parameter true.
    All,
    /// `or`: any parameter true.
    Any,
    /// `not`.
    Not,
}

/// A helper that gives true or false, as a block or as a value.
#[derive(Clone, Copy)]
struct Truth {
    test: Test,
    check: bool,
}

impl Truth {
    fn value(&self, h: &Helper<'_>, r: &Handlebars<'_>) -> Result<bool, RenderError> {
        Ok(match self.test {
            Test::Compare { name, op } => op(param(h, r, name, 0)?, param(h, r, name, 1)?),
            Test::All => params(h, r)?.iter().all(|v| v.is_truthy(false)),
            Test::Any => params(h, r)?.iter().any(|v| v.is_truthy(false)),
            Test::Not => !param(h, r, "not", 0)?.is_truthy(false),
        })
    }
}

impl HelperDef for Truth {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = self.value(h, r)?;
        bool_result(value, self.check, h, r, ctx, rc, out)
    }

    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        Ok(ScopedJson::Derived(Json::Bool(self.value(h, r)?)))
    }
}

/// `len`: the number of items, keys or bytes (0 for anything else).
#[derive(Clone, Copy)]
struct Len;

impl HelperDef for Len {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let n = match param(h, r, "len", 0)? {
            Json::Array(a) => a.len(),
            Json::Object(m) => m.len(),
            Json::String(s) => s.len(),
            _ => 0,
        };
        Ok(ScopedJson::Derived(Json::from(n)))
    }
}

/// `inc`: the number plus one (`{{inc @index}}`).
#[derive(Clone, Copy)]
struct Inc;

impl HelperDef for Inc {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let n = param(h, r, "inc", 0)?.as_u64().ok_or_else(|| {
            RenderErrorReason::ParamTypeMismatchForName("inc", "n".into(), "u64".into())
        })?;
        Ok(ScopedJson::Derived(Json::from(n.saturating_add(1))))
    }
}

/// Two values in order as handlebars' `gt` and the like compare them:
/// numbers (also a number written as text) by value, texts and truth
/// values as such; none for anything else.
fn compare(x: &Json, y: &Json) -> Option<Ordering> {
    use std::str::FromStr;
    let number = |s: &str| serde_json::Number::from_str(s).ok();
    match (x, y) {
        (Json::Number(a), Json::Number(b)) => compare_numbers(a, b),
        (Json::String(a), Json::String(b)) => Some(a.cmp(b)),
        (Json::Bool(a), Json::Bool(b)) => Some(a.cmp(b)),
        (Json::Number(a), Json::String(b)) => compare_numbers(a, &number(b)?),
        (Json::String(a), Json::Number(b)) => compare_numbers(&number(a)?, b),
        _ => None,
    }
}

fn compare_numbers(a: &serde_json::Number, b: &serde_json::Number) -> Option<Ordering> {
    let whole = |n: &serde_json::Number| {
        n.as_u64()
            .map(i128::from)
            .or_else(|| n.as_i64().map(i128::from))
    };
    match (whole(a), whole(b)) {
        (Some(a), Some(b)) => Some(a.cmp(&b)),
        _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
    }
}
