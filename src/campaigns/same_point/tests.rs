use super::*;

fn same(a: &str, b: &str) -> bool {
    same_point(
        &Words::new(a),
        &Details::default(),
        &Words::new(b),
        &Details::default(),
    )
}

#[test]
fn a_different_or_opposite_request_is_another_point() {
    assert!(!same(
        "Het loket in paragraaf 2.1 moet ook op zondag open, want ik werk doordeweeks.",
        "Het loket in paragraaf 2.1 moet ook op zaterdag open, want ik werk doordeweeks.",
    ));
    assert!(!same(
        "Ik ben tegen het sluiten van het loket in het gemeentehuis van Lindeveen.",
        "Ik ben voor het sluiten van het loket in het gemeentehuis van Lindeveen.",
    ));
    assert!(!same(
        "Er moet een loket komen in de bibliotheek.",
        "Er moet geen loket komen in de bibliotheek.",
    ));
    assert!(!same(
        "Het loket in Lindeveen moet open blijven.",
        "Het loket in Rijnsaten moet open blijven.",
    ));
    assert!(!same(
        "Het loket moet open blijven. Ook moet er een tweede loket komen in de bibliotheek.",
        "Het loket moet open blijven.",
    ));
    assert!(!same(
        "Zie paragraaf 2.1 over het loket.",
        "Zie paragraaf 2.2 over het loket.",
    ));
}

#[test]
fn personal_details_and_added_arguments_keep_the_point() {
    assert!(same(
            "Als grootmoeder maak ik mij zorgen. Ik zie het bij mijn eigen kleinkinderen: zij worden als boodschapper gebruikt. Ik vraag u om hulp.",
            "Als grootvader maak ik mij zorgen. Zij worden als boodschapper gebruikt. Ik vraag u om hulp.",
        ));
    assert!(same(
            "Ook vind ik dat de school een rol moet krijgen. Zij zien de kinderen elke dag en merken het als eerste.",
            "Ook vind ik dat de school een rol moet krijgen. Zij zien de kinderen elke dag.",
        ));
    assert!(same(
        "Ik woon al 30 jaar in Rijnsaten. Het loket moet open blijven.",
        "Ik woon al 12 jaar in Westerlaak. Het loket moet open blijven.",
    ));
    assert!(same(
            "Er moet een plek zijn. Ik hoor dat vrouwen moeten wachten. Dat mag in 2024 niet meer voorkomen.",
            "Er moet een plek zijn. Ik hoor dat vrouwen moeten wachten.",
        ));
    assert!(same(
            "Zorg dat alle gemeenten hier ieder jaar aandacht aan besteden, en niet alleen als het toevallig uitkomt.",
            "Zorg dat alle gemeenten hier ieder jaar aandacht aan besteden.",
        ));
    // The sender's own place.
    assert!(same_point(
        &Words::new("Zorg dat alle gemeenten in de regio hier aandacht aan besteden."),
        &Details::new("Marieke van Leeuwen", Some("Gouda")),
        &Words::new(
            "Zorg dat alle gemeenten in de regio, ook Waddinxveen, hier aandacht aan besteden."
        ),
        &Details::new("Fatima el Amrani", Some("Waddinxveen")),
    ));
}
