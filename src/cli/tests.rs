#[test]
fn verify_cli() {
    use clap::CommandFactory;
    super::Cli::command().debug_assert();
}

/// Arguments in printed advice are quoted as a POSIX shell needs them.
#[test]
fn shell_quote_quotes_what_a_shell_would_split_or_expand() {
    assert_eq!(super::shell_quote("5.2"), "5.2");
    assert_eq!(super::shell_quote("c-1a2b3c4d"), "c-1a2b3c4d");
    assert_eq!(super::shell_quote("Bijlage 1"), "\"Bijlage 1\"");
    assert_eq!(super::shell_quote("2 Terugblik"), "\"2 Terugblik\"");
    assert_eq!(super::shell_quote(""), "\"\"");
    assert_eq!(super::shell_quote("a;b"), "\"a;b\"");
    assert_eq!(
        super::shell_quote("3 Kosten $ en `x`"),
        "'3 Kosten $ en `x`'"
    );
    assert_eq!(super::shell_quote("it's \"so\""), r#"'it'\''s "so"'"#);
}

/// The free-text options of `decide` take a value that starts with `-`:
/// an answer written as a list, a summary starting with a minus sign.
#[test]
fn decide_text_options_take_values_starting_with_a_dash() {
    use clap::Parser;
    let cli = super::Cli::try_parse_from([
        "inspraak",
        "decide",
        "1.1",
        "--status",
        "deels overgenomen",
        "--answer",
        "- een reserve van 5%;\n- jaarlijkse evaluatie.",
        "--summary",
        "-10% bijdrage voor kleine gemeenten",
        "--theme",
        "-",
        "--author",
        "-werkgroep",
    ])
    .expect("values starting with a dash are accepted");
    let super::Command::Decide(args) = cli.command else {
        panic!("not decide: {cli:?}");
    };
    assert_eq!(args.ids, ["1.1"]);
    assert_eq!(
        args.answer.as_deref(),
        Some("- een reserve van 5%;\n- jaarlijkse evaluatie.")
    );
    assert_eq!(
        args.summary.as_deref(),
        Some("-10% bijdrage voor kleine gemeenten")
    );
    assert_eq!(args.theme.as_deref(), Some("-"));
    assert_eq!(args.author.as_deref(), Some("-werkgroep"));
    assert!(args.status.is_some());
}

/// An option whose text was forgotten (`--answer --status noted`) takes the
/// next option as its value; `decide` refuses that instead of recording
/// `--status` as the answer.
#[test]
fn decide_refuses_an_option_name_as_free_text() {
    use clap::Parser;
    let cli =
        super::Cli::try_parse_from(["inspraak", "decide", "1.1", "--answer", "--status", "noted"])
            .expect("parses");
    let super::Command::Decide(args) = cli.command else {
        panic!("not decide: {cli:?}");
    };
    let err = super::decide::execute(&args).unwrap_err().to_string();
    assert!(err.contains("--answer has no text"), "{err}");
    assert!(err.contains("`--status`"), "{err}");
    assert!(err.contains("nothing was recorded"), "{err}");
}

/// The options clap adds (`--help`, `-h`, `--version`, `-V`) are option
/// names of `decide` too: taken as the text of a free-text option, they are
/// refused, not recorded as the answer or theme.
#[test]
fn decide_refuses_help_and_version_as_free_text() {
    use clap::Parser;
    for (option, value) in [
        ("--answer", "--help"),
        ("--answer", "-h"),
        ("--theme", "--version"),
        ("--summary", "-V"),
        ("--author", "--help"),
    ] {
        let cli = super::Cli::try_parse_from([
            "inspraak", "decide", "1.1", "--status", "noted", option, value,
        ])
        .expect("parses");
        let super::Command::Decide(args) = cli.command else {
            panic!("not decide: {cli:?}");
        };
        let err = super::decide::execute(&args).unwrap_err().to_string();
        assert!(err.contains(&format!("{option} has no text")), "{err}");
        assert!(err.contains(&format!("`{value}`")), "{err}");
    }
}
