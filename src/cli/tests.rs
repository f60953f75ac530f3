#[test]
fn verify_cli() {
    use clap::CommandFactory;
    super::Cli::command().debug_assert();
}
