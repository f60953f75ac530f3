//! The splitting and linking evaluation on the labelled sets: Haaglanden
//! (plain-text draft and responses, independent of the PDF extractor), the
//! sample consultation (PDF draft and responses, read by the real
//! extractor), Hollands Midden (plain text, labelled blind, since used for
//! tuning the topical threshold) and `hlt` (plain text, labelled blind,
//! held out: measured once after tuning).
//!
//! The two sets the linker was first tuned on meet the targets of issue 4
//! for segmentation and top-1 (≥ 0.95 and ≥ 0.9); Haaglanden recall@3
//! (0.958) is just under its 0.97 and the blind sets are further off (see
//! BENCHMARKS.md). Each measure is held
//! just under the level measured, so that changes cannot silently make it
//! worse.

use std::path::Path;

use inspraak::link::eval::{evaluate, Scores};

fn scores(set: &str) -> (Scores, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let s = evaluate(root, &root.join(format!("tests/eval/{set}/labels.toml"))).unwrap();
    let report = format!(
        "{set}: recall {:.3} precision {:.3} top-1 {:.3} recall@3 {:.3} precision@3 {:.3} no-link {:.3}\n{}",
        s.seg_recall(),
        s.seg_precision(),
        s.top1_accuracy(),
        s.recall_at_3(),
        s.precision_at_3(),
        s.no_link_rate(),
        s.misses.join("\n")
    );
    (s, report)
}

/// What a set must reach: each measure just under the level measured.
struct Floors {
    labelled: usize,
    seg_recall: f64,
    seg_precision: f64,
    top1: f64,
    recall_at_3: f64,
    precision_at_3: f64,
    /// Share of the comments about nothing in the draft left without a
    /// link (`None`: the set has none).
    no_link: Option<f64>,
}

/// Evaluates `set` and checks it against `floors`.
fn meets(set: &str, floors: Floors) {
    let (s, report) = scores(set);
    assert!(s.labelled >= floors.labelled, "{report}");
    assert!(s.seg_recall() >= floors.seg_recall, "{report}");
    assert!(s.seg_precision() >= floors.seg_precision, "{report}");
    assert!(s.top1_accuracy() >= floors.top1, "{report}");
    assert!(s.recall_at_3() >= floors.recall_at_3, "{report}");
    assert!(s.precision_at_3() >= floors.precision_at_3, "{report}");
    if let Some(no_link) = floors.no_link {
        assert!(s.no_link_rate() >= no_link, "{report}");
    }
}

#[test]
fn haaglanden_set_meets_the_targets() {
    // Measured: seg. 1.000 / 1.000, top-1 0.964, recall@3 0.958,
    // precision@3 0.482, no-link 2/3 (3/3 with the earlier topical
    // threshold 0.105; see `TOPIC_MIN_STRENGTH`). Recall@3 was 0.976
    // before common non-nouns weighed less (`GENERAL_WORD_WEIGHT`): one
    // comment's second section moved from third to fourth. 0.976 /
    // precision@3 0.494 with the related-term groups; 0.958 / 0.482 again
    // since BM25's length normalisation is 0.5 (`MDA++`: appendix 1 now
    // third, chapter 4 fourth). No-link 3/3 since `slechts` (only) and
    // `slechte` (bad) have stems of their own (branch link29).
    // Recall@3 0.988 / precision@3 0.506 since appendices linked by topic
    // yield the places after the first to body sections (branch link38).
    meets(
        "haaglanden",
        Floors {
            labelled: 25,
            seg_recall: 0.95,
            seg_precision: 0.95,
            top1: 0.96,
            recall_at_3: 0.98,
            precision_at_3: 0.50,
            no_link: Some(0.99),
        },
    );
}

#[test]
fn sample_set_meets_the_targets() {
    // Measured: seg. 1.000 / 1.000, top-1 0.950 (0.925 before BM25's
    // length normalisation was 0.5), recall@3 0.900,
    // precision@3 0.441 (0.975 / 0.950 / 0.482 before the related-term
    // groups: `basisschool` and `vast aanspreekpunt` now also reach
    // sections dense in school and contact-person words, which rank first;
    // the groups gain on every blind set, see BENCHMARKS.md).
    meets(
        "sample",
        Floors {
            labelled: 40,
            seg_recall: 0.95,
            seg_precision: 0.95,
            top1: 0.92,
            recall_at_3: 0.89,
            precision_at_3: 0.44,
            no_link: None,
        },
    );
}

#[test]
fn hollandsmidden_set_does_not_regress() {
    // Labelled blind (see BENCHMARKS.md), then used to choose the topical
    // threshold; far from the targets on top-1 and recall@3, so
    // these floors only keep it from getting worse. Measured: seg. 1.000 /
    // 1.000, top-1 0.633, recall@3 0.717, precision@3 0.468, no-link 1/3
    // (0.667 / 0.750 / 0.487 before common non-nouns weighed less: a link
    // through the number words `twee`, `drie` was lost). With the
    // related-term groups: top-1 0.800, recall@3 0.811, precision@3 0.500
    // (0.494 with length normalisation 0.5).
    // 2/3 since a comment that calls itself an aside (`Los van de inhoud`)
    // gets no link by topic. A definitions section (`2.1 De definitie`,
    // `Begrippenlijst`) ranking lower: top-1 0.800 -> 0.833, recall@3
    // 0.811 -> 0.794, precision@3 0.494 -> 0.482 (one comment labelled
    // with 2.1 among others lost it from its weak suggestions; over all
    // sets top-1 0.827 -> 0.835, recall@3 0.841 -> 0.839). Recall@3
    // 0.811 since a verb in the present tense meets the draft's
    // infinitive or participle (branch link39: `Wij missen aandacht voor
    // degene die slaat` now has 5.2 second). Precision@3 0.477 since the
    // words of participation meet each other (branch link49): `de
    // gemeenteraden te betrekken bij ... het uitvoeringsplan` now shares
    // `betrokken` with section 1 beside `uitvoeringsplan` and gets it as an
    // unlabelled second link; over all sets top-1 0.901 -> 0.904 and
    // recall@3 0.900 -> 0.903, so the floor falls 0.48 -> 0.47.
    meets(
        "hollandsmidden",
        Floors {
            labelled: 30,
            seg_recall: 0.95,
            seg_precision: 0.99,
            top1: 0.82,
            recall_at_3: 0.80,
            precision_at_3: 0.47,
            no_link: Some(0.66),
        },
    );
}

#[test]
fn hlt_held_out_set_does_not_regress() {
    // Labelled blind and held out (see BENCHMARKS.md). Its draft's headings
    // are unnumbered; since the parser reads them as sections (`1` Kader,
    // `Maatregel 2`, ...) the labels were remapped mechanically from their
    // `part:` notes, so the set measures section choice. Measured: seg.
    // 1.000 / 0.968, top-1 0.852, recall@3 0.772, precision@3 0.470,
    // no-link 3/3 (after participles, `maatregel n` references and common
    // non-nouns weighed less; see BENCHMARKS.md for how often the set has
    // been looked at). With the related-term groups: top-1 0.778, recall@3
    // 0.790, precision@3 0.471, no-link 2/3. precision@3 0.427 since a
    // story reaching two related-term groups gets suggestions below the
    // topical threshold (`TOPIC_RELATED_MIN_STRENGTH`): its two residents'
    // stories now get links, none of them labelled. Top-1 0.852 again
    // since `zorgen` weighs as a general word (`ik maak mij zorgen`).
    // Top-1 0.889 since `kinderen` has the stem of `kind` (branch link30:
    // `De raad mist de scholen` now links `1` first), no-link 1/3 (a
    // resident's housing story gets a weak suggestion, `kinderen (≈
    // dochter)` now meeting `kind` in `Bijlage 2`). Top-1 0.926 since a
    // verb in the present tense meets the draft's infinitive or participle
    // (branch link39: `U geeft aan dat Noordwijk kan aansluiten` now
    // `Maatregel 3` first).
    meets(
        "hlt",
        Floors {
            labelled: 30,
            seg_recall: 0.95,
            seg_precision: 0.96,
            top1: 0.92,
            recall_at_3: 0.78,
            precision_at_3: 0.42,
            no_link: None,
        },
    );
}

#[test]
fn uitvoeringsplan2019_held_out_set_does_not_regress() {
    // Labelled blind and measured once, after every tuning of this round
    // (see BENCHMARKS.md): the held-out figure for the linker. Its draft
    // reads into only four sections (`Project n:` headings inside a
    // numbered document are not read), so it is easier than the others.
    // Measured: seg. 1.000 / 0.895, top-1 0.806, recall@3 0.806,
    // precision@3 0.552, no-link 3/3; segmentation precision 1.000 after
    // the letter-framing rules its misses showed were made general. Since
    // common non-nouns weigh less: top-1 0.871, recall@3 0.887,
    // precision@3 0.548 (no longer a clean held-out figure). With the
    // related-term groups: top-1 0.935, recall@3 0.952, precision@3 0.537.
    // Recall@3 1.000, precision@3 0.549 since a table-like section (`2
    // Projecten voor 2019`, a list of project names) weighs as a summary.
    meets(
        "uitvoeringsplan2019",
        Floors {
            labelled: 30,
            seg_recall: 0.95,
            seg_precision: 0.99,
            top1: 0.93,
            recall_at_3: 0.99,
            precision_at_3: 0.54,
            no_link: Some(0.99),
        },
    );
}

#[test]
fn uitvoeringsplan2024_held_out_set_does_not_regress() {
    // Labelled blind (branch blind6), its labels remapped mechanically from
    // their part notes when the parser learnt to read the draft's real
    // headings, and measured once after every other change of the round:
    // seg. 1.000 / 0.783, top-1 0.606, recall@3 0.626, precision@3 0.430,
    // no-link 3/3. The letter-framing rules its extra segments showed were
    // then made general: segmentation precision 1.000, linking unchanged.
    // With the related-term groups: top-1 0.727, recall@3 0.778,
    // precision@3 0.452, no-link 2/3; recall@3 0.788, precision@3 0.462
    // with length normalisation 0.5. Recall@3 0.879 since a table-like
    // section (its merged planning table) weighs as a summary.
    meets(
        "uitvoeringsplan2024",
        Floors {
            labelled: 30,
            seg_recall: 0.95,
            seg_precision: 0.99,
            top1: 0.72,
            recall_at_3: 0.87,
            precision_at_3: 0.44,
            no_link: Some(0.66),
        },
    );
}

#[test]
fn hm_burgers_held_out_set_does_not_regress() {
    // Ten new responses to the Hollands Midden draft, written and labelled
    // blind (branch blind8, commit 5f9e6c0) and measured once with the
    // related-term groups and once without: top-1 0.750 (0.675 without),
    // recall@3 0.713 (0.625), precision@3 0.441, no-link 2/3; segmentation
    // 1.000 / 0.896, 0.977 after the letter-framing rules its extra
    // segments showed were made general, 1.000 with framing at the end of
    // a paragraph.
    // 3/3 since a comment that calls itself an aside (`een verzoek dat los
    // staat van deze visie`) gets no link by topic.
    // Segmentation precision 0.977 since a closing wish that says what it
    // wishes for is a point (QA21): the resident's last line `Ik hoop dat
    // andere vrouwen het straks makkelijker hebben dan ik.` is one, not
    // labelled as a point here.
    // Segmentation precision 1.000 since a wish that others in the
    // writer's place fare better, and no more, closes the letter: it says
    // nothing of what they should get (branch fix51).
    meets(
        "hm-burgers",
        Floors {
            labelled: 40,
            seg_recall: 0.95,
            seg_precision: 0.99,
            top1: 0.74,
            recall_at_3: 0.82,
            precision_at_3: 0.44,
            no_link: Some(0.99),
        },
    );
}

#[test]
fn hg_pdf_set_holds_its_level() {
    // Ten new responses to the Haaglanden draft, eight of them PDF letters
    // made with reportlab (letterheads, reference blocks, running headers
    // and footers, points across page breaks) and two e-mails (a reply
    // quoting earlier messages, a forwarded campaign), written and labelled
    // blind (branch blind9, commit 7c286c2). Measured once as written:
    // segmentation 0.891 / 0.804, top-1 0.535, recall@3 0.547, no-link 0/3.
    // Then 1.000 / 1.000 after the generic rules its misses showed (a
    // later page's header naming the letter, a two-page letter's repeated
    // footer, bullets grouped under headings, forwarded messages read and
    // reply history left out, `wij vragen` as a view, closing formulas);
    // top-1 0.605, recall@3 0.616: linking was not changed. Recall@3 0.640,
    // precision@3 0.368 since BM25's length normalisation is 0.5.
    // Top-1 0.628 and no-link 3/3 since a lead-in counting its bullets
    // splits them and `nog iets heel anders`/`nu ik u toch schrijf` are
    // asides (branch link9). Recall@3 0.686 → 0.709, precision@3 0.374 →
    // 0.382 since a short title noun in `-ing` is named by its verb
    // (`melden` for `Ontwikkelopgaven advies en melding`; branch link24).
    // Top-1 0.674, recall@3 0.721, precision@3 0.390 since words of another
    // meaning keep stems of their own (`weten`/`wet`, `ouders`/`ouderen`)
    // and more related-term groups (branch link29). Top-1 0.698, recall@3
    // 0.733, precision@3 0.389 since general words alone make no link and
    // the social-domain groups grew (QA round 32, branch fixd32). Top-1
    // 0.721 since an introduction first by shared words alone yields the
    // first place to a chapter scoring half as much (branch link41).
    meets(
        "hg-pdf",
        Floors {
            labelled: 46,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.72,
            recall_at_3: 0.73,
            precision_at_3: 0.38,
            no_link: Some(0.99),
        },
    );
}

#[test]
fn haaglanden_qa32_blind_set_holds_its_level() {
    // Sixteen responses to the Haaglanden draft rebuilt as a PDF, written
    // and labelled blind by an independent QA engineer (QA round 32, see
    // the set's labels.toml), mostly in the respondents' own words.
    // Measured before any change for it (its own scoring, any labelled
    // section counted): top-1 0.55; after the round's linking fixes, made
    // with it in view: segmentation 1.000 / 1.000, top-1 0.588, recall@3
    // 0.673, precision@3 0.305, no-link 3/5. Top-1 0.627, recall@3 0.693,
    // precision@3 0.312 since the draft words one comment word reaches
    // through a group of related terms count with diminishing weight
    // (branch link34).
    // Recall@3 0.722 / precision@3 0.333 since appendices linked by topic
    // yield the places after the first to body sections (branch link38).
    // Top-1 0.647 since an introduction first by shared words alone yields
    // the first place to a chapter scoring half as much (branch link41).
    meets(
        "haaglanden-qa32",
        Floors {
            labelled: 56,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.64,
            recall_at_3: 0.72,
            precision_at_3: 0.33,
            no_link: Some(0.79),
        },
    );
}

#[test]
fn bw_mo_qa33_blind_set_holds_its_level() {
    // Sixteen responses to a draft of another field (beschermd wonen and
    // maatschappelijke opvang: a cover and a contents page before a body
    // printed from 2, three levels of numbering, a glossary appendix),
    // written and labelled blind by an independent QA engineer (QA round
    // 33a, see the set's labels.toml). Measured before any change for it:
    // top-1 0.804, recall@3 0.866, precision@3 0.323, no-link 3/4; after
    // the round's linking fixes, made with it in view: top-1 0.821,
    // recall@3 0.884, precision@3 0.329, no-link 3/4. Top-1 0.839 (`Skaeve
    // Huse` first) since the draft words one comment word reaches through
    // a group of related terms count with diminishing weight (branch
    // link34). Top-1 0.857 since a referred chapter yields to the
    // subsection its words match (`Hoofdstuk 5 ... termijn van vier weken`
    // first at 5.1; branch link38).
    // Segmentation precision 1.000 since an opening above the points that
    // only presents the writer, gives its general stance and announces the
    // points is no point (branch fix46).
    meets(
        "bw-mo-qa33",
        Floors {
            labelled: 60,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.85,
            recall_at_3: 0.86,
            precision_at_3: 0.32,
            no_link: Some(0.74),
        },
    );
}

#[test]
fn lg_mobiliteit_qa35_blind_set_holds_its_level() {
    // Sixteen responses to a Word draft of a field no other set has
    // (regional mobility: bus lines, cycle routes, 30 km/u, parking norms),
    // written and labelled blind by an independent QA engineer before the
    // tool was first run on them (QA round 35a, see the set's labels.toml).
    // Measured before any change for it: segmentation recall 0.985 (one
    // resident's point dropped), precision 0.970, top-1 0.833, recall@3
    // 0.897, precision@3 0.406, no-link 3/5. Top-1 0.850 -> 0.900 since an
    // introduction (`1.1 Aanleiding en doel`) first by shared words alone
    // yields the first place to a chapter scoring half as much (branch
    // link41).
    meets(
        "lg-mobiliteit-qa35",
        Floors {
            labelled: 65,
            seg_recall: 0.98,
            seg_precision: 0.96,
            top1: 0.89,
            recall_at_3: 0.89,
            precision_at_3: 0.40,
            no_link: Some(0.99),
        },
    );
}

#[test]
fn vechtstreek_woonagenda_qa35_blind_set_holds_its_level() {
    // Seventeen response files to a reportlab PDF draft of a field no other
    // set has (housing: starters, senioren, flexwonen, statushouders), with
    // a contents page, running headers and a body printed from page 3,
    // written and labelled blind by an independent QA engineer before the
    // tool was first run on them (QA round 35c, see the set's labels.toml).
    // Measured before any change for it: segmentation 1.000 / 0.985, top-1
    // 0.778, recall@3 0.743, precision@3 0.395, no-link 1/4.
    // Recall@3 0.751 since appendices linked by topic yield the places
    // after the first to body sections (branch link38); 0.765, precision@3
    // 0.413 since a chapter linked by its words yields to a subsection
    // sharing as many of the comment's words (branch link42). Top-1 0.841,
    // recall@3 0.812, precision@3 0.421 since a say in the plan
    // (`meebeslissen`) meets the words of participation (branch link49).
    meets(
        "vechtstreek-woonagenda-qa35",
        Floors {
            labelled: 67,
            seg_recall: 0.99,
            seg_precision: 0.98,
            top1: 0.84,
            recall_at_3: 0.81,
            precision_at_3: 0.41,
            no_link: Some(0.74),
        },
    );
}

#[test]
fn merwestroom_energie_qa37_blind_set_holds_its_level() {
    // Seventeen response files to a reportlab PDF draft of a field no other
    // set has (regional energy and heat transition: wind, zonneparken and
    // the zonneladder, lokaal eigendom, warmtenetten, energiearmoede,
    // netcongestie), with a contents page, running headers and a body
    // printed from page 3, written and labelled blind by an independent QA
    // engineer before the tool was first run on them (QA round 37, see the
    // set's labels.toml). Measured before any change for it: segmentation
    // 1.000 / 0.897 (seven opening paragraphs read as points), top-1 0.877,
    // recall@3 0.874, precision@3 0.414, no-link 3/4. Floors just below.
    // Top-1 0.912 since a referred chapter yields to the subsection its
    // words match (`In hoofdstuk 6 lees ik dat waterstof ...` first at
    // 6.2; branch link38).
    // Segmentation precision 0.984 since an opening above the points that
    // only presents the writer, gives its general stance and announces the
    // points is no point (branch fix46).
    meets(
        "merwestroom-energie-qa37",
        Floors {
            labelled: 61,
            seg_recall: 0.99,
            seg_precision: 0.98,
            top1: 0.91,
            recall_at_3: 0.88,
            precision_at_3: 0.41,
            no_link: Some(0.74),
        },
    );
}

#[test]
fn hunzestreek_landelijkgebied_qa38_blind_set_holds_its_level() {
    // Seventeen response files to a 19-page reportlab PDF draft of a field
    // no other set has (the rural area: landbouw, stikstof and
    // piekbelasters, natuur, water and drinkwater, vrijetijdseconomie,
    // leefbaarheid van kernen), with a contents page, running headers and a
    // body printed from page 4, written and labelled blind by an
    // independent QA engineer before the tool was first run on them (QA
    // round 38, see the set's labels.toml): a point over a page break, a
    // table inside a point, headed paragraphs without numbers, an e-mail
    // reply quoting the mail it answers. Measured before any change for it:
    // segmentation 1.000 / 0.960 (three opening paragraphs read as points),
    // top-1 0.833, recall@3 0.874, precision@3 0.410, no-link 3/6. Floors
    // just below.
    // Segmentation precision 1.000 since an opening above the points that
    // only presents the writer, gives its general stance and announces the
    // points is no point (branch fix46). Top-1 0.924 -> 0.939 since a
    // chapter the point asks a new paragraph for (`Neem in hoofdstuk 3 een
    // paragraaf op over ...`) keeps the first place (branch link48).
    meets(
        "hunzestreek-landelijkgebied-qa38",
        Floors {
            labelled: 72,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.93,
            recall_at_3: 0.87,
            precision_at_3: 0.40,
            no_link: Some(0.66),
        },
    );
}

#[test]
fn lingedal_economie_qa39_blind_set_holds_its_level() {
    // Seventeen response files to a 17-page reportlab PDF draft of a field
    // no other set has (a regional economic agenda: werklocaties en
    // bedrijventerreinen, netcongestie, binnensteden en detailhandel,
    // arbeidsmarkt en onderwijs, arbeidsmigratie, vrijetijdseconomie,
    // innovatie), with a contents page, running headers, footnotes and two
    // appendices, written and labelled blind by an independent QA engineer
    // before the tool was first run on them (QA round 39, see the set's
    // labels.toml): lettered sub-points under a numbered point, a forwarded
    // e-mail, endnotes under a signature, headed points without numbers.
    // Measured before any change for it: segmentation 1.000 / 0.959 (three
    // opening paragraphs read as points), top-1 0.925, recall@3 0.940,
    // precision@3 0.371, no-link 2/4. Floors just below.
    meets(
        "lingedal-economie-qa39",
        Floors {
            labelled: 71,
            seg_recall: 0.99,
            seg_precision: 0.95,
            top1: 0.91,
            recall_at_3: 0.93,
            precision_at_3: 0.36,
            no_link: Some(0.49),
        },
    );
}

#[test]
fn beekdal_klimaat_qa40_blind_set_holds_its_level() {
    // Seventeen response files to a 17-page reportlab PDF draft of a field
    // no other set has (a regional climate adaptation and water strategy:
    // wateroverlast, hitte, droogte en bodemdaling, dijken en evacuatie,
    // groen-blauwe openbare ruimte, risicodialoog, financiering), whose
    // printed page numbers start at 1 on chapter 1's page (PDF page 4),
    // written and labelled blind by an independent QA engineer before the
    // tool was first run on them (QA round 40, see the set's labels.toml):
    // page references by printed page, reactieformulieren with one point
    // per table row (.docx and PDF), an e-mail reply quoting the
    // invitation, section-headed points, a two-page unnumbered letter.
    // Measured before any change for it: segmentation 0.986 / 0.908 (one
    // point lost after a 'Bijlage 2 Begrippenlijst' heading; four opening
    // paragraphs, a form's instruction and two mid-paragraph splits read as
    // points), top-1 0.923, recall@3 0.938, precision@3 0.398, no-link 3/5.
    // Floors just below. After the QA40 splitting fixes segmentation is
    // 1.000 / 1.000 and recall@3 0.954 (floors raised); no-link fell to 2/5
    // with the QA39 place-name change (branch fixk40, measured before this
    // set came in): `windturbines langs de A2 ... bewoners van Dalsum`,
    // with the place name weighing less, is now linked to 2.1 by
    // `bewoners` alone.
    // That floor records it (0.39) rather than hiding it. Top-1 0.923 →
    // 0.938 after link44 (a referred chapter yields to a subsection
    // matching clearly better: `schaduw ... in hoofdstuk 4` first to
    // 4.1, the chapter second).
    meets(
        "beekdal-klimaat-qa40",
        Floors {
            labelled: 70,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.93,
            recall_at_3: 0.95,
            precision_at_3: 0.39,
            no_link: Some(0.59),
        },
    );
}

#[test]
fn peelrand_gezondheid_qa41_blind_set_holds_its_level() {
    // Sixteen response files to an 18-page reportlab PDF draft of a field
    // no other set has (a regional public health policy: gezondheids-
    // achterstanden, mentale gezondheid, eenzaamheid, alcohol / drugs /
    // roken, overgewicht en bewegen, gezonde leefomgeving, infectieziekten,
    // samenwerking, monitoring), whose printed page numbers start at 1 on
    // chapter 1's page (PDF page 7), with sections that share many words on
    // purpose (jongeren in 3.1, 5.1, 6.1 and 7.3), written and labelled
    // blind by an independent QA engineer before the tool was first run on
    // them (QA round 41, see the set's labels.toml): points 'I.' / 'II.'
    // with sub-points 'a.' / 'b.', points that open with a quote from the
    // draft, sections named only by title, an HTML-only e-mail, a resident's
    // e-mail with a forwarded reply below it, a four-letter campaign.
    // Measured before any change for it: segmentation 1.000 / 0.861 (six
    // opening paragraphs, a signature and the forwarded reply's three
    // numbered steps read as points; the five sub-points under 'II.' and
    // 'III.' of 02 are merged into the comment of 'I. b.', which the
    // segmentation recall then did not count as a loss), top-1 0.928,
    // recall@3 0.957, precision@3 0.365, no-link 2/4. Since the measure
    // counts a merge (two labelled points in one comment) as a point not
    // found: segmentation 0.932 / 0.861, top-1 0.913, recall@3 0.928,
    // precision@3 0.385. After the fixes from it (branch fix41: groups
    // 'II.' with sub-points 'a.' read as groups, signers with roles and the
    // forwarded reply no points, a partner organisation's signature, an
    // announcement with a line about the writer no point): segmentation
    // 1.000 / 0.973, top-1 0.986, recall@3 1.000, precision@3 0.381.
    // Top-1 1.000 since a chapter named by its title or linked by its words
    // yields to a subsection sharing as many of the comment's words (02's
    // `wachtlijsten in de jeugd-ggz` under `I. Mentale gezondheid`, branch
    // link42). Floors just below.
    // Segmentation precision 0.986 since an opening above the points that
    // only presents the writer, gives its general stance and announces the
    // points is no point (branch fix46).
    // Segmentation precision 1.000 since an opening that only presents
    // the writer (by age, by what an organisation stands for or has run
    // since when, supporting a campaign named by its title, whom the draft
    // was discussed with, that the period for reactions is over, a note
    // forwarding a reply) is no point (branch fix51: 10's forwarding note).
    meets(
        "peelrand-gezondheid-qa41",
        Floors {
            labelled: 73,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.99,
            recall_at_3: 0.99,
            precision_at_3: 0.37,
            no_link: Some(0.49),
        },
    );
}

#[test]
fn lekvallei_veiligheid_qa42_blind_set_holds_its_level() {
    // Sixteen response files to a WORD draft (.docx) of a field no other
    // set has (a regional integral safety plan: ondermijning, woninginbraak
    // en fietsendiefstal, jeugdgroepen, online fraude, zorg en veiligheid,
    // crisisbeheersing, buurtpreventie, cameratoezicht en boa's), whose
    // heading numbers come from Word's automatic multilevel numbering (not
    // in the heading text), with a TOC field, footnotes, tables and typed
    // appendices, written and labelled blind by an independent QA engineer
    // before the tool was first run on them (QA round 42, see the set's
    // labels.toml): a council letter whose own point numbers '2.1', '3.1'
    // look like the draft's sections, 'Ad 1' points, a Markdown response
    // with '##' topics and '-' bullets, references as 'onderdeel 7.1' and
    // 'het vijfde hoofdstuk', points on a topic only in a table or a
    // footnote, a four-letter campaign, ten points about nothing.
    // Measured on the first run: segmentation 0.926 / 1.000 (five labelled
    // points merged into the one before them under the same heading: 02's
    // '2.2' and '3.2', 04's second paragraph under 'Online fraude', 09's
    // second '-' bullet under two '##' topics), top-1 0.690, recall@3
    // 0.836, precision@3 0.381, no-link 2/10. Floors just below.
    // Top-1 0.759, recall@3 0.905, precision@3 0.387 since a title word
    // leads when the best section shares one word of its text only (the
    // campaign's `boa's` point, branch link42); top-1 0.862 since a chapter
    // linked by its words yields to a subsection sharing as many of the
    // comment's words of its subject (the campaign's first point, 03, 10).
    // With the splitting fixes from it as well (branch fix42: points under
    // a shared heading and the letter's own numbered paragraphs separate,
    // a point's own number no reference): segmentation 1.000 / 1.000,
    // top-1 0.983, recall@3 0.991, precision@3 0.388. `het vijfde
    // hoofdstuk` read as chapter 5 (05's point, branch link43) adds to
    // recall@3 and precision@3 (measured on the branch before fix42: 0.905
    // -> 0.914, 0.387 -> 0.394; on main with fix42 0.991 -> 1.000, 0.388 ->
    // 0.394).
    meets(
        "lekvallei-veiligheid-qa42",
        Floors {
            labelled: 68,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.98,
            recall_at_3: 0.99,
            precision_at_3: 0.39,
            no_link: Some(0.59),
        },
    );
}

#[test]
fn zuidervaart_onderwijs_qa43_blind_set_holds_its_level() {
    // Seventeen response files to a 19-page PDF draft of a field no other
    // set has (a Regionale Educatieve Agenda: onderwijsachterstanden, VVE,
    // thuiszitters, laaggeletterdheid, stages, leerlingenvervoer,
    // kinderopvang en IKC, huisvesting), with a title page, a TOC with dot
    // leaders, running header and footer, two-column pages and tables,
    // written and labelled blind by an independent QA engineer before the
    // tool was first run on them (QA round 43, see the set's labels.toml):
    // a reaction form whose points are table rows, 'a)' points, headed
    // points, Markdown '##' topics with '-' bullets, page references, a
    // three-letter campaign, eight points about nothing.
    // Measured on the first run: segmentation 0.969 / 0.969 (05's and 07's
    // second bullet merged; 04's form intro and 16's opening read as
    // points), top-1 0.930, recall@3 0.904, precision@3 0.406, no-link 3/8.
    // Floors just below. link44 (a referred chapter yields to a subsection
    // matching clearly better: 01's `in hoofdstuk 9` point first to 9.1,
    // 08's `(hoofdstuk 11)` to 11.1) alone: top-1 0.930 -> 0.965.
    // With the fixes of branch fix43 (`dat` before a plural no
    // demonstrative, `te hoog` critique, a board presenting itself and
    // knowing the period is over no points): segmentation 1.000 / 1.000,
    // top-1 0.965, recall@3 0.939, precision@3 0.404 (two more points, each
    // with its links), no-link 3/8.
    meets(
        "zuidervaart-onderwijs-qa43",
        Floors {
            labelled: 65,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.96,
            recall_at_3: 0.93,
            precision_at_3: 0.40,
            no_link: Some(0.37),
        },
    );
}

#[test]
fn aamerland_armoede_qa44_blind_set_holds_its_level() {
    // Seventeen response files to a Word draft of a field no other set has
    // (a regional vision on poverty and debt: minimaregelingen,
    // schuldhulpverlening en vroegsignalering, bewind, kindpakket,
    // energiearmoede, niet-gebruik, voedselbank en schuldhulpmaatjes), with
    // Heading 1/2/3 whose numbers are typed in the heading text, unnumbered
    // Voorwoord and Samenvatting, a table, a bulleted list, a footnote and
    // two Bijlagen, written and labelled blind by an independent QA engineer
    // before the tool was first run on them (QA round 44, see the set's
    // labels.toml): 'a)' points with one over a page break, 'Advies N –',
    // headed paragraphs, Markdown '##' topics with '-' bullets, '•'
    // bullets, an e-mail with a forwarded invitation below it, a page of
    // 'de pdf-versie', a three-letter campaign, eight points about nothing.
    // Measured on the first run: segmentation 0.984 / 0.913 (06's second
    // bullet merged; the forwarded invitation, two openings, the
    // campaign's opening sentence x3 read as points), top-1 0.911,
    // recall@3 0.920, precision@3 0.464, no-link 1/8. With the Word
    // draft's unnumbered Heading 1 lines read as sections of their own
    // (`Samenvatting`): top-1 0.929, recall@3 0.929, precision@3 0.485.
    // Floors just below.
    // Segmentation precision 1.000 since an opening above the points that
    // only presents the writer, gives its general stance and announces the
    // points is no point (branch fix46). Top-1 0.929 -> 0.946 since a page
    // whose one section shares no word with the point yields to the
    // section its words match confidently (`pagina 11 van de pdf-versie`,
    // branch link48).
    // Segmentation recall 1.000, top-1 0.946, recall@3 0.955 since 06's
    // second bullet, below a bullet argued in full, is a point of its own
    // (branch fix50, measured without link48).
    meets(
        "aamerland-armoede-qa44",
        Floors {
            labelled: 64,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.96,
            recall_at_3: 0.95,
            precision_at_3: 0.47,
            no_link: Some(0.12),
        },
    );
}

#[test]
fn vlietmond_jeugdhulp_qa45_blind_set_holds_its_level() {
    // Seventeen response files to a 26-page PDF draft of a field no other
    // set has (a regiovisie jeugdhulp: voorliggend veld, lokale teams,
    // specialistische en residentiële jeugdhulp, jeugdbescherming,
    // wachttijden, thuiszitters, 18-/18+, inkoop, financiën), with a cover,
    // colofon, a contents list with dotted leaders, a footer
    // `Regiovisie Jeugdhulp Vlietmond 2027-2031 | N`, `Hoofdstuk N` chapters,
    // a table, a framed box, quote boxes under the chapter headings and two
    // Bijlagen, written and labelled blind by an independent QA engineer
    // before the tool was first run on them (QA round 45, see the set's
    // labels.toml): sixteen page references (`(pag. 12)`, `op pagina 18`,
    // `p. 9-10`, `blz. 13-14`), 'a)' points and a topic-led point each over
    // a page break, 'Advies N –', headed paragraphs, Markdown '##' topics
    // with '-' bullets, an e-mail whose points are in the forwarded message,
    // a three-letter campaign, eight points about nothing.
    // Measured on the first run: segmentation 1.000 / 0.945 (four openings
    // or notes read as points), top-1 0.836, recall@3 0.893, precision@3
    // 0.369, no-link 4/8. Floors just below.
    // Segmentation precision 1.000 since an opening that only presents
    // the writer (by age, by what an organisation stands for or has run
    // since when, supporting a campaign named by its title, whom the draft
    // was discussed with, that the period for reactions is over, a note
    // forwarding a reply) is no point (branch fix51: 06, 16).
    meets(
        "vlietmond-jeugdhulp-qa45",
        Floors {
            labelled: 69,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.83,
            recall_at_3: 0.89,
            precision_at_3: 0.36,
            no_link: Some(0.49),
        },
    );
}

#[test]
fn zandmeer_sport_qa46_blind_set_holds_its_level() {
    // Seventeen response files (and one scanned letter without a text
    // layer) to a 22-page draft of a field no other set has (a regionale
    // sport- en beweegvisie: accommodaties en zwembaden, verenigingen en
    // vrijwilligers, ouderen, sporten met een beperking, jeugdfonds,
    // vakleerkracht, zwemvangnet, buurtsportcoaches, openbare ruimte,
    // evenementen, tarieven), the first PDF draft that is an office
    // export: written as a Word file (Heading 1/2/3, a contents list with
    // dot leaders, a running header, a footer with a PAGE field, Word
    // tables, bullets, two Bijlagen) and exported by LibreOffice as a
    // tagged PDF; written and labelled blind by an independent QA engineer
    // before the tool was first run on the responses (QA round 46, see
    // the set's labels.toml): page references (`(pag. 4)` to the
    // Voorwoord, `p. 8-9`, `op pagina 16`, `blz. 17`), `paragraaf 9.2`,
    // `§ 9.1`, `hoofdstuk 6`, 'a)' points and a topic-led point each over
    // a page break, 'Advies N –', headed paragraphs, Markdown '##' topics
    // with '-' bullets, '•' typed in a .docx, a club's e-mail whose points
    // are in the forwarded message, a three-letter campaign, eight points
    // about nothing.
    // Measured on the first run: segmentation 1.000 / 0.943 (four openings
    // or notes read as points), top-1 0.948, recall@3 0.905, precision@3
    // 0.380, no-link 6/8. Floors just below.
    // Segmentation precision 1.000 since an opening that only presents
    // the writer (by age, by what an organisation stands for or has run
    // since when, supporting a campaign named by its title, whom the draft
    // was discussed with, that the period for reactions is over, a note
    // forwarding a reply) is no point (branch fix51: 06, 08, 11).
    meets(
        "zandmeer-sport-qa46",
        Floors {
            labelled: 66,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.94,
            recall_at_3: 0.90,
            precision_at_3: 0.37,
            no_link: Some(0.74),
        },
    );
}

#[test]
fn eemvoorde_cultuur_qa47_blind_set_holds_its_level() {
    // Seventeen response files to a 20-page draft of a field no other set
    // has (a regionale cultuurvisie en erfgoedagenda: bibliotheken, musea
    // en het archief, monumenten en archeologie, immaterieel erfgoed,
    // cultuureducatie en muziekonderwijs, amateurkunst, podia en
    // festivals, het Cultuurfonds, toegankelijkheid, makers en
    // broedplaatsen, subsidieregels en het financieel kader), the first
    // draft that is a web page printed by Chromium (a CMS page with a
    // contents list of links, h2/h3 numbered headings, tables, a note, a
    // 'Bijlage 1'; Chromium's header with date and title and its footer
    // with the URL and 'N/20' on every page); written and labelled blind
    // by an independent QA engineer before the tool was first run on the
    // responses (QA round 47, see the set's labels.toml): a council's
    // reactieformulier as a PDF table 'Nr | Paragraaf/pagina | Opmerking',
    // an HTML-only e-mail (quoted-printable, the points an <ol>), 'a.'/'b.'
    // points under numbered headings with one over a page break, Markdown
    // '##' topics with '-' bullets, page references (`op pagina 10`,
    // `(pag. 7)`, `p. 10-11`, `blz. 12`), `§ 4.2`, `paragraaf 10.2`,
    // `hoofdstuk 7`, a three-letter campaign, four points about nothing.
    // Measured on the first run: segmentation 0.914 / 0.928 (the 'a.'/'b.'
    // points under each heading and the Markdown bullets under each '##'
    // merged), top-1 0.864, recall@3 0.841, precision@3 0.421, no-link
    // 4/4. Floors just below.
    // Segmentation 1.000 / 0.933, top-1 0.985, recall@3 0.962, precision@3
    // 0.429 since lettered points under a numbered heading are points of
    // their own and a bullet below one argued in full under a heading is
    // another point (branch fix50).
    // Segmentation precision 1.000 since an opening that only presents
    // the writer (by age, by what an organisation stands for or has run
    // since when, supporting a campaign named by its title, whom the draft
    // was discussed with, that the period for reactions is over, a note
    // forwarding a reply) is no point (branch fix51: 05, 11, 13-15).
    meets(
        "eemvoorde-cultuur-qa47",
        Floors {
            labelled: 70,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.98,
            recall_at_3: 0.96,
            precision_at_3: 0.42,
            no_link: Some(0.99),
        },
    );
}

#[test]
fn dinkelmark_ouderen_qa48_blind_set_holds_its_level() {
    // Seventeen response files to a 21-page draft of a field no other set
    // has (a regiovisie wonen, welzijn en zorg voor ouderen: langer thuis
    // wonen, levensloopbestendige woningen, woonzorgvormen en hofjes,
    // eenzaamheid, welzijn op recept, digitale inclusie, mantelzorg en
    // respijtzorg, wijkverpleging en huisartsen, valpreventie, dementie,
    // tijdelijk verblijf, Wmo-vervoer en ouderenbus, seniorenraden), the
    // first draft typeset with LaTeX (report class: roman front matter with
    // a contents list, the body numbered from 1, running headers
    // 'HOOFDSTUK N. TITEL' on the pages that open no chapter, footnotes
    // numbered through, Dutch hyphenation, two tabulars, 'Bijlage 1');
    // written and labelled blind by an independent QA engineer before the
    // tool was first run on the responses (QA round 48, see the set's
    // labels.toml): page references by the printed number (`pag. 12`,
    // `pag. 7`, `pag. 4`, `zie pag. 16`) and one `pagina 14 van de pdf`,
    // `voetnoot 4`, a letter with footnotes of its own, a forwarded e-mail,
    // a point over a page break, '1)' points, Markdown '##' topics with '-'
    // bullets, a three-letter campaign, three points about nothing.
    // Measured on the first run: segmentation 1.000 / 0.915 (six openings
    // read as points), top-1 0.935, recall@3 0.968, precision@3 0.376,
    // no-link 1/3; four top-1 misses (`pagina 14 van de pdf` read as the
    // printed page 14; 2.1 not read as a section, its text in 1.2, so
    // `pag. 4` goes to 1.2). fix52: the running header that names each
    // chapter is furniture, so 2.1 is read (`pag. 4` -> 2.1): top-1 0.952,
    // recall@3 0.976, precision@3 0.381; `pagina 14 van de pdf` read as
    // the PDF's sheet 14 (5.2): top-1 0.968. The six openings (an
    // organisation presenting itself by whom it represents, the campaign's
    // wish to grow old where its writers live, an apology for coming later,
    // a council announcing its zienswijze) are left out since fix53:
    // segmentation precision 1.000. Floors just below.
    meets(
        "dinkelmark-ouderen-qa48",
        Floors {
            labelled: 65,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.96,
            recall_at_3: 0.97,
            precision_at_3: 0.375,
            no_link: Some(0.33),
        },
    );
}

#[test]
fn vennebroek_inburgering_qa49_blind_set_holds_its_level() {
    // Eighteen response files to a 20-page draft of a field no other set
    // has (a regiovisie inburgering en integratie: de Wet inburgering 2021,
    // brede intake en PIP, B1-, Z- en onderwijsroute, taalcoaches en
    // taalhuizen, taakstelling huisvesting statushouders, ontzorgen, werk
    // en werkgevers, gezondheid en trauma, maatschappelijke begeleiding,
    // nieuwkomersklassen, Oekraïense ontheemden), the first draft printed
    // from HTML+CSS by WeasyPrint (CSS paged media: a running header from
    // string-set, a footer 'Pagina N van 20', heading numbers as CSS
    // counters, a generated contents list with leader dots, float:
    // footnote, coloured kader boxes, two of them floating, a table over a
    // page break with its header repeated, an unnumbered Samenvatting);
    // written and labelled blind by an independent QA engineer before the
    // tool was first run on the responses (QA round 49, see the set's
    // labels.toml): page references (`blz. 11`, `pagina 9`, `pagina 12`,
    // `pagina 17`), `par. 4.2`, `§ 3.3`, a kader box named by its page, a
    // row of the table, quotes in „…” and ‘…’, a .docx whose points are the
    // rows of its own table, a reply e-mail with the quoted original below,
    // a point over a page break, a statushouder writing simple Dutch, a
    // three-letter campaign, a late letter, three points about nothing.
    // Measured on the first run: segmentation 1.000 / 0.935 (five openings
    // and closings read as points), top-1 0.942, recall@3 0.986,
    // precision@3 0.387, no-link 0/3 (no confident link 1/3); four top-1
    // misses (the Samenvatting not read as a section; the floated kader on
    // page 6 read into 1.2; two werkgeversservicepunt points drawn to 5.1).
    // Segmentation 1.000 / 1.000 since a closing `We denken graag mee`, a
    // campaign's opening that announces its requests `bij de regiovisie`
    // and a council's opening that endorses the draft's aim are no points.
    // Top-1 0.971, recall@3 0.993 since the contents list's leader dots
    // drawn right to left are read as one line with their entry (the
    // Samenvatting is a section of its own), list markers drawn after
    // their items go before them and the floated kader boxes follow the
    // text beside them. Floors just below.
    meets(
        "vennebroek-inburgering-qa49",
        Floors {
            labelled: 72,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.96,
            recall_at_3: 0.99,
            precision_at_3: 0.38,
            no_link: Some(0.0),
        },
    );
}

#[test]
fn heideveen_mantelzorg_qa50_blind_set_holds_its_level() {
    // Eighteen response files to a 20-page draft of a field no other set
    // has (a regiovisie mantelzorg en respijtzorg: het steunpunt
    // mantelzorg, het mantelzorggesprek, de mantelzorgmakelaar,
    // logeeropvang and a closing logeerhuis, a respijtbudget, jonge
    // mantelzorgers, vrijwilligers, mantelzorgwaardering, werkgevers,
    // dementie), the first draft typeset with Typst (an #outline() with
    // fill dots, a running header from `context` with the current chapter,
    // a footer 'Pagina N van 17' counted from chapter 1 after a cover and
    // pages i and ii, footnotes, a figure, tables with a repeated header
    // row, one over a page break, a chapter in two columns, an unnumbered
    // Voorwoord, two appendices); written and labelled blind by an
    // independent QA engineer before the tool was first run on the
    // responses (QA round 50, see the set's labels.toml): printed page
    // references (`pag. 4`, `pagina 13`, `pag. 7, voetnoot 4`),
    // `paragraaf 4.3`, `bijlage 2`, `voetnoot 3`, quotes in „…” and '…', a
    // section named by its title, a council whose points are numbered
    // again under each topic, sub-points, an advice in two columns, an
    // annex table of points, an HTML-only e-mail, a resident replying
    // inline under passages copied from the draft, a three-letter
    // campaign, a late letter, four points about nothing. Measured on the
    // first run: segmentation 0.925 / 0.914 (02's B.1 .. C.2 read into
    // A.2's comment; 10's quotes read as comments and its last two
    // reactions in none; three openings read as points), top-1 0.789,
    // recall@3 0.855, precision@3 0.399, no-link 1/4. Since then
    // (QA50 fixes): a passage copied from the draft in quotation marks
    // is one point with the answer below it (`Mijn reactie: ...`, two
    // answers were in no comment), points numbered afresh under a topic
    // heading (`A.`, `Thema 2`, a plain topic line) are points of their
    // own: segmentation 1.000 / 0.964, top-1 0.895, recall@3 0.941,
    // precision@3 0.408. Then the Voorwoord became a section (its page
    // `ii` in the contents is a roman figure): recall@3 0.954 (17's quote
    // from it), top-1 0.868 (two campaign letters' De Boei point now goes
    // to 8.1 ahead of 4.2 by 0.001 of topical score: the sections' word
    // statistics changed with the new section). Openings that introduce
    // the writer are no points (06, 14, 18: precision 1.000), an empty
    // chapter linked by one title word comes last (recall@3 0.967).
    // Floors just below.
    meets(
        "heideveen-mantelzorg-qa50",
        Floors {
            labelled: 80,
            seg_recall: 0.99,
            seg_precision: 0.99,
            top1: 0.85,
            recall_at_3: 0.95,
            precision_at_3: 0.40,
            no_link: Some(0.24),
        },
    );
}

#[test]
fn vliedland_participatie_qa51_blind_set_holds_its_level() {
    // Eighteen response files to an 18-page draft of a field no other set
    // has (a regiovisie werk en participatie: the Participatiewet, a
    // brede intake, begeleiding and jobcoaching, loonkostensubsidie,
    // laaggeletterdheid, an SW-bedrijf becoming a sociaal ontwikkelbedrijf
    // and closing a site, beschut werk, the werkgeversservicepunt, the
    // banenafspraak, social return, statushouders, the armoedeval,
    // vrijwilligerswerk), the first draft typeset with groff -ms (gropdf:
    // headings '1.' and '1.1.' with groff's trailing dot, the contents
    // list printed last, a running header, 'Pagina N' footers, footnotes,
    // tbl tables, a chapter in two columns, an unnumbered Voorwoord and
    // Samenvatting, the draft asking five numbered questions in 1.3, two
    // appendices); written and labelled blind by an independent QA
    // engineer before the tool was first run on the responses (QA round
    // 51, see the set's labels.toml): a council's motion, a council
    // answering the draft's own 'Vraag 1' .. 'Vraag 5' and then 'A.' and
    // 'B.' over a page break, an adviesraad's 'Samenvatting van onze
    // reactie' box, a scanned letter with a tesseract text layer, an
    // e-mail forwarding another body's letter, a three-letter campaign, a
    // late letter, three points about nothing. Measured on the first run:
    // segmentation 0.958 / 0.908 (02's 'A.' and 'B.' in the comment of
    // 'Vraag 5'; 10's second point not found in its OCR text, where words
    // are broken in two; seven openings, address blocks and closings read
    // as points), top-1 0.812 (02's answers linked first to 1.3, where
    // the question they copy is asked; the campaign's short third point
    // without a link), recall@3 0.829, precision@3 0.426, no-link 0/3.
    // Since then a tilted OCR line stays one line (10's words were cut
    // where the scan's baseline rose: `aa n`, `Bar t`): segmentation
    // 0.972 / 0.921, top-1 0.826, recall@3 0.843. Floors just below.
    meets(
        "vliedland-participatie-qa51",
        Floors {
            labelled: 72,
            seg_recall: 0.96,
            seg_precision: 0.91,
            top1: 0.81,
            recall_at_3: 0.83,
            precision_at_3: 0.42,
            no_link: Some(0.0),
        },
    );
}
