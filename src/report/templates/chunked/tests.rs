use super::*;
use proptest::prelude::*;

fn whole(source: &str) -> Template {
    Template::compile_with_name(source, "t".to_string()).expect("compiles")
}

/// Every template shipped with the tool compiles in chunks to what
/// compiling it whole gives, and most of them are cut.
#[test]
fn the_shipped_templates_compile_in_chunks_as_whole() {
    let mut cut = 0;
    for file in crate::report::templates::DEFAULTS {
        let text = file.content;
        assert_eq!(
            compile(text, "t").expect("compiles"),
            whole(text),
            "{}",
            file.path
        );
        if let Some(chunked) = compile_at(text, "t", &cuts(text, CHUNK)) {
            assert_eq!(chunked, whole(text), "{}", file.path);
            cut += 1;
        }
    }
    assert!(cut >= 4, "only {cut} templates were cut");
}

/// A long template with blocks, `else`, standalone tags, `~`, partials
/// with indents and comments between plain lines.
#[test]
fn standalone_tags_whitespace_control_and_nested_blocks_survive_the_cuts() {
    let mut source = String::new();
    for i in 0..40 {
        source.push_str(&format!(
            "<p>Regel {i} met tekst</p>\nNog een regel\n{{{{#if a}}}}\n  {{{{~b~}}}}\n{{{{else}}}}\n    {{{{> item}}}}\n{{{{/if}}}}\n{{{{!-- opmerking --}}}}\nTekst daarna\n  {{{{#each xs as |x|}}}}\n{{{{x}}}}\n  {{{{^}}}}\nleeg\n  {{{{/each}}}}\nslot\n"
        ));
    }
    assert!(cuts(&source, CHUNK).len() > 3);
    assert_eq!(compile(&source, "t").expect("compiles"), whole(&source));
}

/// A cut inside a long comment breaks the chunk's parse: the whole is
/// compiled instead, and a template with an error reports it as whole.
#[test]
fn a_misjudged_cut_or_an_error_falls_back_to_the_whole() {
    let filler = "Een regel tekst zonder tags\n".repeat(60);
    let source = format!("{filler}{{{{!--\n{filler}--}}}}\n{filler}");
    assert_eq!(compile(&source, "t").expect("compiles"), whole(&source));
    let broken = format!("{filler}{{{{#if a}}}}\n{filler}");
    let err = compile(&broken, "t").expect_err("unclosed block");
    let expected =
        Template::compile_with_name(&broken, "t".to_string()).expect_err("unclosed block");
    assert_eq!(err.to_string(), expected.to_string());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]
    /// Templates put together from plain lines, tags, blocks and
    /// whitespace control compile in chunks to the whole's template.
    #[test]
    fn random_templates_compile_in_chunks_as_whole(
        parts in proptest::collection::vec(0usize..14, 20..400),
        min in 16usize..200,
    ) {
        const PIECES: [&str; 14] = [
            "plain text line\n",
            "  indented plain text\n",
            "\n",
            "   \n",
            "{{a}}\n",
            "  {{~b}} tail\n",
            "{{#if c}}\n",
            "{{else}}\n",
            "{{/if}}\n",
            "  {{> p}}\n",
            "{{!-- note --}}\n",
            "{{#each xs}}{{this}}{{/each}}\n",
            "text {{d~}}\n",
            "{{#unless e}}\n",
        ];
        let mut source = String::new();
        // The blocks open, each with its closing tag and whether it
        // has had its `else`.
        let mut open: Vec<(&str, bool)> = Vec::new();
        for p in parts {
            match p {
                6 => open.push(("{{/if}}\n", false)),
                13 => open.push(("{{/unless}}\n", false)),
                7 => match open.last_mut() {
                    Some((_, had_else)) if !*had_else => *had_else = true,
                    _ => continue,
                },
                8 => {
                    if let Some((close, _)) = open.pop() {
                        source.push_str(close);
                    }
                    continue;
                }
                _ => {}
            }
            source.push_str(PIECES[p]);
        }
        while let Some((close, _)) = open.pop() {
            source.push_str(close);
        }
        let cut = cuts(&source, min);
        if let Some(joined) = compile_at(&source, "t", &cut) {
            prop_assert_eq!(joined, whole(&source));
        } else {
            prop_assert!(cut.is_empty(), "cuts {:?} of {:?} did not compile", cut, source);
        }
    }
}
