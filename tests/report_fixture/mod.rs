//! A small but complete consultation built in code for the report tests:
//! a council, a resident with name, address, e-mail and phone in the text,
//! a late submission, a campaign by two residents, adopted and not adopted
//! decisions, a modified, an added, a removed and an editorial change, an
//! unreadable file and an orphaned decision.

#![allow(dead_code)]

use chrono::NaiveDate;
use inspraak::model::*;

/// The resident's personal details that must never reach public output.
pub const PRIVATE: &[&str] = &[
    "Jan",
    "Vries",
    "Lange Nieuwstraat",
    "2312 BK",
    "jan.devries@example.nl",
    "06-12345678",
    "Petra",
    "Jansen",
    "Amrani",
    "Mohamed",
];

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn section(number: &str, title: &str, level: u8, text: &str, page: u32) -> Section {
    Section {
        number: number.into(),
        title: title.into(),
        level,
        text: text.into(),
        pages: (page, page),
    }
}

fn link(number: &str, score: f32, reason: &str) -> Link {
    Link {
        number: number.into(),
        score,
        reason: reason.into(),
        kinds: vec![LinkReason::Reference],
    }
}

fn comment(
    id: &str,
    label: Option<&str>,
    text: &str,
    links: Vec<Link>,
    d: DecisionView,
) -> Comment {
    Comment {
        id: id.into(),
        label: label.map(str::to_string),
        text: text.into(),
        page: Some(1),
        quotes: Vec::new(),
        sections: links,
        group: None,
        decision: d,
        anchor_after: None,
    }
}

fn decision(status: Status, answer: &str) -> DecisionView {
    DecisionView {
        status,
        answer: answer.into(),
        ..DecisionView::default()
    }
}

fn span(op: DiffOp, text: &str) -> DiffSpan {
    DiffSpan {
        op,
        text: text.into(),
    }
}

fn sref(number: &str, title: &str) -> Option<SectionRef> {
    Some(SectionRef {
        number: number.into(),
        title: title.into(),
    })
}

fn versions() -> Vec<Version> {
    let draft = Version {
        file: "01-inspraakversie.pdf".into(),
        label: "Inspraakversie".into(),
        page_labels: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        sections: vec![
            section("1", "Inleiding", 1, "De achttien gemeenten in Hollands Midden werken samen aan een aanpak van huiselijk geweld.", 3),
            section("2", "Preventie", 1, "Voorkomen is beter dan genezen.", 4),
            section("2.1", "Voorlichting", 2, "De gemeenten geven voorlichting op scholen. Professionals gebruiken de meldcode.", 4),
            section("3", "Samenwerking", 1, "Veilig Thuis en de lokale teams werken samen in het Zorg- en Veiligheidshuis.", 5),
            section("Bijlage 1", "Begrippenlijst", 1, "Huiselijk geweld: geweld door iemand uit de huiselijke kring.", 7),
        ],
    };
    let mut final_sections = draft.sections.clone();
    final_sections[2].text = "De gemeenten geven voorlichting op scholen en in buurthuizen. Professionals gebruiken de meldcode.".into();
    final_sections[3].text =
        "Veilig Thuis en de lokale teams werken samen in het Zorg- en Veiligheidshuis (ZVH)."
            .into();
    final_sections.pop();
    final_sections.push(section(
        "4",
        "Monitoring",
        1,
        "De regio meet jaarlijks het aantal meldingen.",
        6,
    ));
    vec![
        draft,
        Version {
            file: "02-definitief.pdf".into(),
            label: "Definitieve versie".into(),
            page_labels: Vec::new(),
            reading_warnings: Vec::new(),
            scanned_pages: Vec::new(),
            sections: final_sections,
        },
    ]
}

fn changes() -> Vec<Change> {
    vec![
        Change {
            kind: ChangeKind::Modified,
            before: sref("2.1", "Voorlichting"),
            after: sref("2.1", "Voorlichting"),
            diff: vec![
                span(DiffOp::Equal, "2.1 Voorlichting\nDe gemeenten geven voorlichting op scholen"),
                span(DiffOp::Insert, " en in buurthuizen"),
                span(DiffOp::Equal, ". Professionals gebruiken de meldcode."),
            ],
            words_added: 3,
            words_removed: 0,
            editorial: false,
            comments: vec!["c-raad0001".into()],
            renumbered: false,
            retitled: false,
            text_changed: true,
            split_into: Vec::new(),
            merged_from: Vec::new(),
            number_reused: false,
        },
        Change {
            kind: ChangeKind::Modified,
            before: sref("3", "Samenwerking"),
            after: sref("3", "Samenwerking"),
            diff: vec![
                span(DiffOp::Equal, "3 Samenwerking\nVeilig Thuis en de lokale teams werken samen in het Zorg- en "),
                span(DiffOp::Delete, "Veiligheidshuis."),
                span(DiffOp::Insert, "Veiligheidshuis (ZVH)."),
            ],
            words_added: 1,
            words_removed: 0,
            editorial: true,
            comments: Vec::new(),
            renumbered: false,
            retitled: false,
            text_changed: true,
            split_into: Vec::new(),
            merged_from: Vec::new(),
            number_reused: false,
        },
        Change {
            kind: ChangeKind::Removed,
            before: sref("Bijlage 1", "Begrippenlijst"),
            after: None,
            diff: vec![span(
                DiffOp::Delete,
                "Bijlage 1 Begrippenlijst\nHuiselijk geweld: geweld door iemand uit de huiselijke kring.",
            )],
            words_added: 0,
            words_removed: 10,
            editorial: false,
            comments: Vec::new(),
            renumbered: false,
            retitled: false,
            text_changed: true,
            split_into: Vec::new(),
            merged_from: Vec::new(),
            number_reused: false,
        },
        Change {
            kind: ChangeKind::Added,
            before: None,
            after: sref("4", "Monitoring"),
            diff: vec![span(DiffOp::Insert, "4 Monitoring\nDe regio meet jaarlijks het aantal meldingen.")],
            words_added: 9,
            words_removed: 0,
            editorial: false,
            comments: vec!["c-inwoner1".into()],
            renumbered: false,
            retitled: false,
            text_changed: true,
            split_into: Vec::new(),
            merged_from: Vec::new(),
            number_reused: false,
        },
    ]
}

fn council() -> Response {
    Response {
        own_streets: Vec::new(),
        own_details: Vec::new(),
        passes_on_private: false,
        passed_on_names: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        id: "r-katwijk".into(),
        file: "zienswijze-katwijk.pdf".into(),
        number: 0,
        respondent: "Gemeenteraad Katwijk".into(),
        kind: RespondentKind::Council,
        date: date(2026, 10, 10),
        place: Some("Katwijk".into()),
        late: false,
        late_by_hand: false,
        received: None,
        private_person: false,
        sender_unknown: false,
        public_name: "Gemeenteraad Katwijk".into(),
        status: FileStatus::Ok,
        error: None,
        error_kind: None,
        comments: vec![
            comment(
                "c-raad0001",
                Some("1"),
                "In paragraaf 2.1 wordt alleen voorlichting op scholen genoemd. De raad vraagt ook buurthuizen te noemen.",
                vec![link("2.1", 0.95, "verwijst naar \"paragraaf 2.1\"")],
                decision(Status::Adopted, "De tekst van paragraaf 2.1 is aangevuld met buurthuizen."),
            ),
            comment(
                "c-raad0002",
                Some("2"),
                "De raad wil dat elke gemeente een eigen meldpunt opent naast Veilig Thuis, zoals nu:\n\n| Gemeente | Eigen meldpunt |\n\n| Katwijk | ja |\n\n| Leiden | nee* <b>x</b> |\n\nDe raad ziet dat als voorbeeld.",
                vec![link("3", 0.7, "verwijst naar \"hoofdstuk 3\"")],
                decision(
                    Status::NotAdopted,
                    "Veilig Thuis is het wettelijke meldpunt; een tweede meldpunt maakt het voor inwoners onduidelijk waar zij terechtkunnen.",
                ),
            ),
        ],
    }
}

fn resident() -> Response {
    let mut d = decision(
        Status::PartlyAdopted,
        "Dank voor uw reactie, meneer De Vries. Er komt een paragraaf over monitoring; een jaarlijkse enquête onder inwoners nemen wij niet op.",
    );
    d.theme = Some("Monitoring".into());
    Response {
        own_streets: Vec::new(),
        own_details: Vec::new(),
        passes_on_private: false,
        passed_on_names: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        id: "r-devries".into(),
        file: "reactie jan de vries.txt".into(),
        number: 0,
        respondent: "Jan de Vries".into(),
        kind: RespondentKind::Resident,
        date: date(2026, 10, 1),
        place: Some("Leiden".into()),
        late: false,
        late_by_hand: false,
        received: None,
        private_person: true,
        sender_unknown: false,
        public_name: "Inwoner 1".into(),
        status: FileStatus::Ok,
        error: None,
        error_kind: None,
        comments: vec![comment(
            "c-inwoner1",
            None,
            "Ik woon aan de Lange Nieuwstraat 12a, 2312 BK Leiden en mis in de visie hoe u meet of de aanpak werkt. \
             Graag een jaarlijkse enquête. <script>alert(1)</script>\n# Kop\n[klik hier](http://example.org)\n\
             Bereikbaar via jan.devries@example.nl of 06-12345678.\nMet vriendelijke groet, J. de Vries",
            vec![],
            d,
        )],
    }
}

fn organisation() -> Response {
    let mut d = decision(
        Status::Noted,
        "De werkgroep neemt kennis van het aanbod tot samenwerking.",
    );
    d.summary = Some("Veilig Thuis biedt aan mee te denken over de uitvoering.".into());
    Response {
        own_streets: Vec::new(),
        own_details: Vec::new(),
        passes_on_private: false,
        passed_on_names: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        id: "r-veiligthuis".into(),
        file: "mail-veilig-thuis.txt".into(),
        number: 0,
        respondent: "Stichting Veilig Thuis Hollands Midden".into(),
        kind: RespondentKind::Organisation,
        date: date(2026, 10, 20),
        place: None,
        late: true,
        late_by_hand: false,
        received: None,
        private_person: false,
        sender_unknown: false,
        public_name: "Stichting Veilig Thuis Hollands Midden".into(),
        status: FileStatus::Ok,
        error: None,
        error_kind: None,
        comments: vec![comment(
            "c-vt000001",
            None,
            "Wij denken graag mee over de uitvoering van de regiovisie en kunnen ervaringsdeskundigen inbrengen.",
            vec![],
            d,
        )],
    }
}

fn campaigner(id: &str, name: &str, public: &str) -> Response {
    let mut c = comment(
        &format!("c-{id}"),
        None,
        "Investeer meer in opvangplekken voor slachtoffers in de regio.",
        vec![link("2", 0.4, "onderwerp komt overeen")],
        decision(
            Status::NotAdopted,
            "De opvang valt onder de centrumgemeente en is geen onderdeel van deze regiovisie.",
        ),
    );
    c.group = Some("c-campagne1".into());
    Response {
        own_streets: Vec::new(),
        own_details: Vec::new(),
        passes_on_private: false,
        passed_on_names: Vec::new(),
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
        id: format!("r-{id}"),
        file: format!("{id}.txt"),
        number: 0,
        respondent: name.into(),
        kind: RespondentKind::Resident,
        date: date(2026, 10, 12),
        place: None,
        late: false,
        late_by_hand: false,
        received: None,
        private_person: true,
        sender_unknown: false,
        public_name: public.into(),
        status: FileStatus::Ok,
        error: None,
        error_kind: None,
        comments: vec![c],
    }
}

/// The whole consultation.
pub fn consultation() -> Consultation {
    let mut campaign1 = campaigner("campagne1", "Petra Jansen", "Inwoner 2");
    campaign1.comments[0].id = "c-campagne1".into();
    let mut campaign2 = campaigner("campagne2", "Mohamed El Amrani", "Inwoner 3");
    // Decided once for the whole campaign, on its first comment.
    campaign2.comments[0].decision = DecisionView::default();
    let scan = Response {
        id: "r-scan".into(),
        file: "reactie-scan.pdf".into(),
        respondent: "reactie-scan.pdf".into(),
        public_name: "Inzending 6".into(),
        status: FileStatus::Error,
        error: Some("`reactie-scan.pdf` has no text layer (a scan); ask the sender for a text version or type it over".into()),
        error_kind: Some(ProblemKind::Scan),
        sender_unknown: true,
        ..Response::default()
    };
    Consultation {
        title: "Regiovisie Aanpak Huiselijk Geweld Hollands Midden 2027-2030".into(),
        period_start: date(2026, 9, 1),
        deadline: date(2026, 10, 15),
        versions: versions(),
        responses: vec![council(), resident(), organisation(), campaign1, campaign2, scan],
        changes: changes(),
        problems: vec![Problem {
            file: "responses/reactie-scan.pdf".into(),
            message: "`reactie-scan.pdf` has no text layer (a scan); ask the sender for a text version or type it over".into(),
            kind: ProblemKind::Scan,
        }],
        orphaned_decisions: vec![OrphanedDecision {
            comment_id: "c-oud00001".into(),
            respondent: "Gemeenteraad Katwijk".into(),
            text: "Een oude opmerking over paragraaf 5.".into(),
            status: Status::Adopted,
            answer: "Verwerkt.".into(),
            ..OrphanedDecision::default()
        }],
        ..Consultation::default()
    }
}
