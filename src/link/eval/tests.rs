use super::*;

#[test]
fn normalisation() {
    assert_eq!(normalize("De samen-\n werking  Is"), "de samenwerking is");
    assert_eq!(normalize("Advies 1 – Doe het."), "advies 1 doe het");
}
