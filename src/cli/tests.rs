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
