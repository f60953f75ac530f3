use super::*;

/// A misnamed copy (`Memo.html.hbs`, `nota.md.hbs`) was ignored
/// without a word: `run` and `templates list` now name it.
#[test]
fn template_files_that_are_no_template_are_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("partials")).unwrap();
    for f in [
        "Memo.html.hbs",
        "nota.md.hbs",
        "partials/item.html.hbs",
        "memo.md.hbs",
        "notes.txt",
    ] {
        std::fs::write(dir.path().join(f), "x").unwrap();
    }
    let unused = unused_files(dir.path());
    assert_eq!(unused.len(), 2, "{unused:?}");
    assert!(
        unused[0].contains("Memo.html.hbs` is not used"),
        "{unused:?}"
    );
    assert!(
        unused[0].contains("rename it to `memo.html.hbs`"),
        "{unused:?}"
    );
    assert!(unused[1].contains("nota.md.hbs` is not used"), "{unused:?}");
    assert!(
        unused[1].contains("memo.md.hbs, letter.html.hbs"),
        "{unused:?}"
    );
    assert!(unused_files(Path::new("templates")).is_empty());
}

#[test]
fn markdown_escape_neutralises_markup() {
    assert_eq!(escape_markdown("# kop"), "\\# kop");
    assert_eq!(escape_markdown("- punt\n2. twee"), "\\- punt  \n2\\. twee");
    assert_eq!(escape_markdown("a\n\nb"), "a\n\nb");
    assert_eq!(escape_markdown(" 2.1 Preventie"), " 2.1 Preventie");
    assert_eq!(
        escape_markdown("[link](x) <b>*"),
        "\\[link\\](x) \\<b\\>\\*"
    );
    assert_eq!(escape_markdown("In 2026. Prima"), "In 2026. Prima");
    // A bar never ends a table's cell, nor makes a table.
    assert_eq!(
        escape_markdown("Stichting X | 30 oktober 2026"),
        "Stichting X \\| 30 oktober 2026"
    );
    assert_eq!(
        escape_markdown("| a | b |\n|---|:-:|"),
        "\\| a \\| b \\|  \n\\|---\\|:-:\\|"
    );
    // No web address becomes a link where Markdown autolinks them.
    assert_eq!(
        escape_markdown("zie https://x.nl/a of www.x.nl en WWW.y.nl, niet awww.z"),
        "zie https\\://x.nl/a of www\\.x.nl en WWW\\.y.nl, niet awww.z"
    );
}

proptest::proptest! {
    #[test]
    fn tidy_markdown_is_the_same_by_runs_and_by_line(text in "[a \t\n\r\u{a0}b]{0,40}") {
        proptest::prop_assert_eq!(tidy_markdown(&text), tidy_markdown_by_line(text.trim_end()));
    }
}

#[test]
fn defaults_load_in_both_languages() {
    Templates::load(None, Lang::Nl).unwrap();
    Templates::load(None, Lang::En).unwrap();
}

#[test]
fn opened_templates_compile_on_first_render_and_load_compiles_at_once() {
    let dir = tempfile::tempdir().unwrap();
    // A letter template left open does not parse.
    std::fs::write(dir.path().join("letter.md.hbs"), "{{#if late}}te laat").unwrap();
    let opened = Templates::open(Some(dir.path()), Lang::Nl).unwrap();
    let loaded = Templates::load(None, Lang::Nl).unwrap();
    assert_ne!(opened.fingerprint(), loaded.fingerprint());
    assert_eq!(
        Templates::open(None, Lang::Nl).unwrap().fingerprint(),
        loaded.fingerprint()
    );
    assert!(opened.compiled.get().is_none());
    let ctx = serde_json::json!({});
    let err = opened.render(Doc::LetterMd, &ctx).unwrap_err();
    assert!(matches!(err, TemplateError::Parse { .. }), "{err}");
    assert!(opened.spliced().is_err());
    assert!(matches!(
        Templates::load(Some(dir.path()), Lang::Nl),
        Err(TemplateError::Parse { .. })
    ));
    // A partial that prints a field unescaped is refused, as before.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("partials")).unwrap();
    std::fs::write(dir.path().join("partials/item.html.hbs"), "{{{text}}}").unwrap();
    assert!(Templates::load(Some(dir.path()), Lang::Nl).is_err());
    let opened = Templates::open(Some(dir.path()), Lang::Nl).unwrap();
    assert!(opened.render_item(Doc::MemoHtml, &ctx).is_err());
}

#[test]
fn the_default_memos_take_their_items_spliced() {
    for lang in [Lang::Nl, Lang::En] {
        let t = Templates::load(None, lang).unwrap();
        let spliced = t.spliced().unwrap().unwrap();
        assert_eq!(spliced.html_after, "\n");
        assert_eq!(spliced.md_after, "\n");
    }
}

fn spliceable(source: &str) -> Option<String> {
    let t = handlebars::template::Template::compile(source).unwrap();
    splice_items(&t, SPLICED_HTML).map(|(_, after)| after)
}

#[test]
fn only_plain_item_loops_are_spliced() {
    let ok = "{{#each groups}}<h3>{{title}}</h3>{{#each items}}{{> item}}<hr>{{/each}}{{/each}}";
    assert_eq!(spliceable(ok).as_deref(), Some("<hr>"));
    for not in [
            // Item fields, other partials or data in the loop.
            "{{#each groups}}{{#each items}}{{number}}{{> item}}{{/each}}{{/each}}",
            "{{#each groups}}{{#each items}}{{> item}}{{@index}}{{/each}}{{/each}}",
            "{{#each groups}}{{#each items}}{{> pieces}}{{/each}}{{/each}}",
            "{{#each groups}}{{#each items}}{{> item}}{{else}}-{{/each}}{{/each}}",
            "{{#each groups}}{{#each items as |i|}}{{> item}}{{/each}}{{/each}}",
            // Items seen elsewhere.
            "{{#each groups}}{{items.length}}{{#each items}}{{> item}}{{/each}}{{/each}}",
            "{{#each groups}}{{#each items}}{{> item}}{{/each}}{{#each items}}{{number}}{{/each}}{{/each}}",
            "{{#each groups}}{{#each this}}{{@key}}{{/each}}{{#each items}}{{> item}}{{/each}}{{/each}}",
            "{{#each groups}}{{lookup this \"items\"}}{{#each items}}{{> item}}{{/each}}{{/each}}",
            "{{groups.[0].title}}{{#each groups}}{{#each items}}{{> item}}{{/each}}{{/each}}",
            "{{#each groups}}{{#each items}}{{> item}}{{/each}}{{/each}}{{inspraak_spliced_items_html}}",
            // Loops that write different things.
            "{{#each groups}}{{#each items}}{{> item}}a{{/each}}{{#each items}}{{> item}}b{{/each}}{{/each}}",
            // No item loop.
            "{{title}}",
        ] {
            assert_eq!(spliceable(not), None, "{not}");
        }
}

proptest::proptest! {
    #[test]
    fn markdown_escape_is_reversible(text in "[a-z0-9 #*_\\[\\]<>|~&!.\\-+=`\n]{0,60}") {
        let escaped = escape_markdown(&text);
        let mut back = String::new();
        let mut chars = escaped.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                if let Some(n) = chars.next() {
                    back.push(n);
                }
            } else {
                back.push(c);
            }
        }
        // Only trailing spaces (hard breaks) are added.
        let norm = |t: &str| t.split('\n').map(str::trim_end).collect::<Vec<_>>().join("\n");
        proptest::prop_assert_eq!(norm(&back), norm(&text));
    }
}

/// The reported defect: `{{#if privat_person}}` (a misspelt
/// `private_person`) was false without a word, so the letter lost its
/// `Vertrouwelijk` heading. A condition that names no field is an error
/// naming the field, the template and the line, in `#if`, `#unless` and
/// `{{else if}}`; a field that is there but empty or null is still false.
#[test]
fn a_misspelt_condition_is_named_like_a_misspelt_field() {
    let ctx = serde_json::json!({"private_person": true, "late": null, "title": ""});
    for (template, field) in [
        (
            "kop\n{{#if privat_person}}Vertrouwelijk{{/if}}",
            "privat_person",
        ),
        (
            "kop\n{{#unless privat_person}}openbaar{{/unless}}",
            "privat_person",
        ),
        ("kop\n{{#if late}}x{{else if titel}}y{{/if}}", "titel"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("letter.md.hbs"), template).unwrap();
        let t = Templates::load(Some(dir.path()), Lang::Nl).unwrap();
        let err = t.render(Doc::LetterMd, &ctx).unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, TemplateError::Render { .. }), "{message}");
        assert!(message.contains("letter.md.hbs"), "{message}");
        assert!(message.contains("line 2"), "{message}");
        assert!(
            message.contains(&format!("there is no field `{field}` here")),
            "{message}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("letter.md.hbs"),
        "{{#if private_person}}a{{/if}}{{#if late}}b{{else}}c{{/if}}\
         {{#unless title}}d{{/unless}}{{#if 0 includeZero=true}}e{{/if}}",
    )
    .unwrap();
    let t = Templates::load(Some(dir.path()), Lang::Nl).unwrap();
    assert_eq!(t.render(Doc::LetterMd, &ctx).unwrap(), "acde\n");
}

/// QA22: a 0-byte `memo.md.hbs` (an editor or sync mishap) gave a 0-byte
/// memo, an empty `partials/item.html.hbs` a memo without one comment,
/// without a word. A user's template that is empty or blank is refused
/// with its name and what it would have made; one that says with a
/// comment that it writes nothing is used.
#[test]
fn an_empty_template_of_the_user_is_refused() {
    for (file, text, what) in [
        ("memo.md.hbs", "", "an empty memo"),
        ("partials/item.html.hbs", " \n\n", "without its comments"),
        ("en/letter.md.hbs", "", "empty letters"),
        ("style.css", "\n", "without their styling"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("partials")).unwrap();
        std::fs::create_dir_all(dir.path().join("en")).unwrap();
        std::fs::write(dir.path().join(file), text).unwrap();
        let lang = if file.starts_with("en/") {
            Lang::En
        } else {
            Lang::Nl
        };
        let Err(err) = Templates::open(Some(dir.path()), lang) else {
            panic!("{file} was used");
        };
        let message = err.to_string();
        assert!(matches!(err, TemplateError::Empty { .. }), "{message}");
        assert!(message.contains(&format!("`{file}`")), "{message}");
        assert!(message.contains(what), "{message}");
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("letter.md.hbs"), "{{!-- none --}}\n").unwrap();
    let t = Templates::load(Some(dir.path()), Lang::Nl).unwrap();
    assert_eq!(t.render(Doc::LetterMd, &serde_json::json!({})).unwrap(), "");
}

/// The user's copy of the built-in template `file`, with `from` replaced
/// by `to` (which must be there), in a new folder.
fn edited(file: &str, from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let default = DEFAULTS.iter().find(|f| f.path == file).unwrap();
    assert!(default.content.contains(from), "{file} has no {from}");
    let path = dir.path().join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, default.content.replacen(from, to, 1)).unwrap();
    dir
}

/// The built-in templates pass their own check, in both languages (no
/// false alarm for an untouched copy).
#[test]
fn the_built_in_templates_pass_the_check() {
    for lang in [Lang::Nl, Lang::En] {
        let t = Templates::open(None, lang).unwrap();
        assert!(!t.custom());
        t.check().unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    write_defaults(dir.path(), false).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let t = Templates::open(Some(dir.path()), lang).unwrap();
        assert!(t.custom());
        t.check().unwrap();
    }
}

/// QA25: a misspelt field in a part the data does not reach yet (the
/// orphaned decisions, a late response, a private person's letter, an
/// `{{else}}` of a loop) passed, and failed the run where such data
/// first appeared. The check names it, with file and line, at once.
#[test]
fn the_check_finds_a_misspelt_field_the_data_does_not_reach() {
    for (file, from, to, field) in [
        (
            "memo.md.hbs",
            "{{#each orphaned}}- {{comment_id}}",
            "{{#each orphaned}}- {{coment_id}}",
            "coment_id",
        ),
        ("letter.md.hbs", "{{#if late}}", "{{#if lat}}", "lat"),
        (
            "letter.html.hbs",
            "{{#if private_person}}",
            "{{#if private_person}}{{respondnt}}",
            "respondnt",
        ),
        (
            "partials/item.md.hbs",
            "{{#each sections}}",
            "{{#each sections}}{{numbr}}",
            "numbr",
        ),
        (
            "redline.html.hbs",
            "{{#each sections}}",
            "{{#each sections}}{{#unless removed}}{{else}}{{headng}}{{/unless}}",
            "headng",
        ),
    ] {
        let dir = edited(file, from, to);
        let t = Templates::open(Some(dir.path()), Lang::Nl).unwrap();
        let err = t.check().unwrap_err();
        let message = err.to_string();
        assert!(message.contains(&format!("`{file}`")), "{message}");
        assert!(message.contains("line "), "{message}");
        assert!(
            message.contains(&format!("there is no field `{field}` here")),
            "{message}"
        );
    }
}

/// The `{{else}}` of a loop is rendered where the loop is (its fields are
/// the ones around it), and checked too.
#[test]
fn the_else_of_a_loop_is_checked_in_the_context_around_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("letter.md.hbs"),
        "{{#each items}}{{text}}{{else}}{{respondent}}{{/each}}",
    )
    .unwrap();
    let t = Templates::open(Some(dir.path()), Lang::Nl).unwrap();
    t.check().unwrap();
    std::fs::write(
        dir.path().join("letter.md.hbs"),
        "{{#each items}}{{text}}\n{{else}}\n{{respondnt}}{{/each}}",
    )
    .unwrap();
    let t = Templates::open(Some(dir.path()), Lang::Nl).unwrap();
    let message = t.check().unwrap_err().to_string();
    assert!(message.contains("line 3"), "{message}");
    assert!(message.contains("`respondnt`"), "{message}");
}

/// QA25: `(eq responses_totl 0)`, `{{len lates}}` said "Helper/Decorator
/// eq param at index 0 required but not found"; now as a plain field.
#[test]
fn a_misspelt_helper_argument_is_named_like_a_field() {
    let ctx = serde_json::json!({"n": 0, "list": [1, 2], "t": "ab", "yes": true});
    for (template, field) in [
        ("{{#if (eq nn 0)}}x{{/if}}", "nn"),
        ("{{#if (gt 1 nn)}}x{{/if}}", "nn"),
        ("{{len lst}}", "lst"),
        ("{{#if (and yes nope)}}x{{/if}}", "nope"),
        ("{{#if (not nope)}}x{{/if}}", "nope"),
        ("{{inc nope}}", "nope"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("letter.md.hbs"), template).unwrap();
        let t = Templates::load(Some(dir.path()), Lang::Nl).unwrap();
        let message = t.render(Doc::LetterMd, &ctx).unwrap_err().to_string();
        assert!(
            message.contains(&format!("there is no field `{field}` here")),
            "{template}: {message}"
        );
    }
    // The helpers work as handlebars' own.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("letter.md.hbs"),
        "{{eq n 0}} {{ne n 0}} {{gt 2 n}} {{gte n 0}} {{lt n \"1\"}} {{lte 3 n}} \
         {{len list}} {{len t}} {{inc n}} {{and yes n}} {{or yes n}} {{not n}} \
         {{#eq n 0}}a{{else}}b{{/eq}}",
    )
    .unwrap();
    let t = Templates::load(Some(dir.path()), Lang::Nl).unwrap();
    assert_eq!(
        t.render(Doc::LetterMd, &ctx).unwrap(),
        "true false true true true false 2 2 1 false true true a\n"
    );
}

/// QA25: a misspelt field in `partials/pieces.md.hbs` (included by the
/// item partial) was reported as one of `partials/item.md.hbs`.
#[test]
fn an_error_in_an_included_partial_names_that_partial() {
    let dir = edited(
        "partials/pieces.md.hbs",
        "**[+{{text}}]**",
        "**[+{{txt}}]**",
    );
    let t = Templates::open(Some(dir.path()), Lang::Nl).unwrap();
    let message = t.check().unwrap_err().to_string();
    assert!(message.contains("`partials/pieces.md.hbs`"), "{message}");
    assert!(!message.contains("item.md.hbs"), "{message}");
    assert!(message.contains("`txt`"), "{message}");
}

/// QA25: a template or `style.css` saved "UTF-8 with BOM" had the mark
/// copied into `<style>` (killing its first rule) or each letter.
#[test]
fn a_leading_byte_order_mark_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("style.css"), "\u{feff}:root { --a: 1; }").unwrap();
    std::fs::write(
        dir.path().join("letter.md.hbs"),
        "\u{feff}Beste {{respondent}}",
    )
    .unwrap();
    let t = Templates::load(Some(dir.path()), Lang::Nl).unwrap();
    assert_eq!(t.sources.css.1, ":root { --a: 1; }");
    let letter = t
        .render(Doc::LetterMd, &serde_json::json!({"respondent": "Jan"}))
        .unwrap();
    assert_eq!(letter, "Beste Jan\n");
    // A file that is only the mark is empty.
    std::fs::write(dir.path().join("letter.md.hbs"), "\u{feff}\n").unwrap();
    assert!(matches!(
        Templates::open(Some(dir.path()), Lang::Nl),
        Err(TemplateError::Empty { .. })
    ));
}

/// QA30c: `{{rendered_html}}`, a memo item's field the README offers,
/// escaped the item's HTML again (the memo showed `<h4>…` as text) and
/// `{{{rendered_html}}}` was refused. The tool's own rendered part is
/// written as it is in its own memo, by either; every other field (and
/// the other format's part) stays escaped.
#[test]
fn the_rendered_part_of_a_memo_item_is_written_as_rendered() {
    use crate::report::context::{Group, MemoContext};
    use crate::report::specimen::specimen;
    let mut memo: MemoContext = specimen().unwrap();
    memo.groups = vec![specimen::<Group>().unwrap()];
    let html = [std::borrow::Cow::Borrowed("<h4>Reactie 1.1</h4>")];
    let md = [std::borrow::Cow::Borrowed("#### Reactie 1.1 *x*")];
    let view = memo.view(&html, &md);
    for (file, from, field, doc, shown) in [
        (
            "memo.html.hbs",
            "{{#each items}}{{> item}}",
            "<div class=\"reactie\">{{rendered_html}}</div>",
            Doc::MemoHtml,
            "<div class=\"reactie\"><h4>Reactie 1.1</h4></div>",
        ),
        (
            "memo.html.hbs",
            "{{#each items}}{{> item}}",
            "<div>{{{this.rendered_html}}}</div>",
            Doc::MemoHtml,
            "<div><h4>Reactie 1.1</h4></div>",
        ),
        (
            "memo.md.hbs",
            "{{#each items}}{{> item}}",
            "> {{rendered_md}}\n",
            Doc::MemoMd,
            "> #### Reactie 1.1 *x*",
        ),
        // The Markdown part in the HTML memo is no HTML: escaped.
        (
            "memo.html.hbs",
            "{{#each items}}{{> item}}",
            "<pre>{{rendered_md}}</pre>",
            Doc::MemoHtml,
            "<pre>#### Reactie 1.1 *x*</pre>",
        ),
        (
            "memo.html.hbs",
            "{{#each items}}{{> item}}",
            "<p>{{respondent}}</p>",
            Doc::MemoHtml,
            "<p>1.1</p>",
        ),
    ] {
        let dir = edited(file, from, &format!("{{{{#each items}}}}{field}"));
        let t = Templates::load(Some(dir.path()), Lang::Nl).unwrap();
        t.check().unwrap();
        let out = t.render(doc, &view).unwrap();
        assert!(out.contains(shown), "{field}: {out}");
    }
    // Another field written unescaped is still refused, also in the memo.
    for (file, to) in [
        ("memo.html.hbs", "{{#each items}}{{{respondent}}}"),
        ("memo.html.hbs", "{{#each items}}{{{rendered_md}}}"),
        ("memo.md.hbs", "{{#each items}}{{{rendered_html}}}"),
        ("letter.html.hbs", "{{{rendered_html}}}{{#if late}}"),
    ] {
        let from = if file.starts_with("letter") {
            "{{#if late}}"
        } else {
            "{{#each items}}{{> item}}"
        };
        let dir = edited(file, from, to);
        let Err(err) = Templates::load(Some(dir.path()), Lang::Nl) else {
            panic!("{to} was not refused");
        };
        assert!(err.to_string().contains("without escaping"), "{to}: {err}");
    }
}
