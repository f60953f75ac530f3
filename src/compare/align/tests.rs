use super::*;

use crate::model::test_section as section;

#[test]
fn titles_extended_are_similar() {
    let a = Analyzer::default();
    let mut i = Interner::default();
    let x = Profile::new(&a, &mut i, &section("3.2", "Landelijke ontwikkelingen", ""));
    let y = Profile::new(
        &a,
        &mut i,
        &section("3.2", "Landelijke ontwikkelingen en programma's", ""),
    );
    assert!(title_similarity(&x, &y) >= TITLE_NEAR_EQUAL);
    let z = Profile::new(&a, &mut i, &section("4", "Financiën", ""));
    assert!(title_similarity(&x, &z) < 0.3);
}

#[test]
fn levenshtein_counts_edits() {
    assert_eq!(levenshtein("kitten", "sitting"), 3);
    assert_eq!(levenshtein("", "abc"), 3);
    assert_eq!(levenshtein("één", "een"), 2);
}

fn version(sections: &[(&str, u8, &str)]) -> Version {
    Version {
        sections: sections
            .iter()
            .map(|&(n, level, text)| Section {
                level,
                ..section(n, &format!("Titel {text}"), text)
            })
            .collect(),
        ..Version::default()
    }
}

fn moved(a: &Version, b: &Version) -> Vec<String> {
    let al = align(a, b);
    al.pairs
        .iter()
        .filter(|p| p.moved)
        .map(|p| a.sections[p.before].number.clone())
        .collect()
}

const T1: &str = "zorg wonen begeleiding herstel regie wijkteam toegang";
const T2: &str = "opvang nachtopvang dakloosheid slaapplek straat winter";
const T3: &str = "jeugd school ouders opvoeding gezin kinderen";
const T4: &str = "financien budget middelen tekort verdeelmodel rijk";
const T5: &str = "monitoring dashboard cijfers evaluatie kwartaal wachttijd";

#[test]
fn the_small_section_is_the_one_that_moved() {
    let long = |t: &str| format!("{t} {}", "extra woorden over dit onderwerp ".repeat(20));
    let (a1, a2, a3) = (long(T1), long(T2), long(T3));
    let a = version(&[("1", 1, &a1), ("2", 1, &a2), ("3", 1, T4), ("4", 1, &a3)]);
    let b = version(&[("1", 1, &a1), ("2", 1, &a2), ("3", 1, &a3), ("4", 1, T4)]);
    assert_eq!(moved(&a, &b), ["3"]);
}

#[test]
fn a_subsection_moved_to_another_chapter() {
    let a = version(&[
        ("1", 1, ""),
        ("1.1", 2, T1),
        ("1.2", 2, T2),
        ("2", 1, T3),
        ("2.1", 2, T4),
    ]);
    // 1.2 became 2.1: same place in the flat list, another chapter.
    let b = version(&[
        ("1", 1, ""),
        ("1.1", 2, T1),
        ("2", 1, T3),
        ("2.1", 2, T2),
        ("2.2", 2, T4),
    ]);
    assert_eq!(moved(&a, &b), ["1.2"]);
    // Renumbering alone is no move.
    let c = version(&[
        ("1", 1, ""),
        ("1.1", 2, T5),
        ("1.2", 2, T1),
        ("1.3", 2, T2),
        ("2", 1, T3),
        ("2.1", 2, T4),
    ]);
    assert!(moved(&a, &c).is_empty());
}

#[test]
fn a_subsection_that_went_with_the_part_split_off_did_not_move() {
    let long = |t: &str| format!("{t} {}", "woorden over dit onderwerp hier ".repeat(6));
    let (t1, t2, t4) = (long(T1), long(T2), long(T4));
    let both = format!("{t1} {t2}");
    let a = version(&[("1", 1, &t4), ("2", 1, &both), ("2.1", 2, T3), ("3", 1, T5)]);
    // 2 split into 2 and 3; its subsection 2.1 is now 3.1.
    let b = version(&[
        ("1", 1, &t4),
        ("2", 1, &t1),
        ("3", 1, &t2),
        ("3.1", 2, T3),
        ("4", 1, T5),
    ]);
    let al = align(&a, &b);
    assert_eq!(al.splits, [(1, 2)], "{al:?}");
    assert!(moved(&a, &b).is_empty(), "{al:?}");
}

/// Chapters that each end with a like standard section: deleting one
/// is no merge into another chapter's unchanged one, adding one no
/// split from it.
#[test]
fn a_section_like_an_unchanged_one_is_removed_or_added_not_merged_or_split() {
    let partners = |topic: &str| {
        format!(
            "Wij vragen partners om signalen vroeg te delen met het wijkteam en om mee te \
                 werken aan de regionale monitor. Zo houden wij samen zicht op de {topic}."
        )
    };
    let (p1, p2, p3) = (
        partners("preventie"),
        partners("hulp"),
        partners("financien"),
    );
    let a = version(&[
        ("1", 1, ""),
        ("1.1", 2, T1),
        ("1.2", 2, &p1),
        ("2", 1, ""),
        ("2.1", 2, T2),
        ("2.2", 2, &p2),
        ("3", 1, ""),
        ("3.1", 2, T4),
    ]);
    // 1.2 deleted.
    let b = version(&[
        ("1", 1, ""),
        ("1.1", 2, T1),
        ("2", 1, ""),
        ("2.1", 2, T2),
        ("2.2", 2, &p2),
        ("3", 1, ""),
        ("3.1", 2, T4),
    ]);
    let al = align(&a, &b);
    assert!(al.merges.is_empty(), "{al:?}");
    assert_eq!(al.removed, [2], "{al:?}");
    // 3.2 added.
    let mut c = a.clone();
    c.sections.push(Section {
        level: 2,
        ..section("3.2", "Titel partners", &p3)
    });
    let al = align(&a, &c);
    assert!(al.splits.is_empty(), "{al:?}");
    assert_eq!(al.added, [8], "{al:?}");
    // A real merge: 1.2 into 1.1, whose text grew by it.
    let grown = format!("{T1} {p1}");
    let d = version(&[
        ("1", 1, ""),
        ("1.1", 2, &grown),
        ("2", 1, ""),
        ("2.1", 2, T2),
        ("2.2", 2, &p2),
        ("3", 1, ""),
        ("3.1", 2, T4),
    ]);
    let al = align(&a, &d);
    assert_eq!(al.merges.len(), 1, "{al:?}");
    assert_eq!(al.merges[0].1, 1, "{al:?}");
    assert!(al.removed.is_empty(), "{al:?}");
}

/// The reported defect: a one-sentence section (six words, four
/// shingles) merged word for word into its neighbour was reported
/// removed, as sections under five shingles could not be merged. All of
/// a short section's text in the section that gained it is a merge; part
/// of it is not, nor is a section of under four words.
#[test]
fn a_short_section_merged_whole_is_merged_not_removed() {
    let scholen = "Scholen melden zorgen over kinderen bij het wijkteam.";
    let sport = "Sportverenigingen letten op signalen van kindermishandeling.";
    let a = version(&[
        ("3", 1, ""),
        (
            "3.1",
            2,
            "Bij signalen van huiselijk geweld werkt het wijkteam samen met Veilig Thuis.",
        ),
        ("3.2", 2, scholen),
        ("3.3", 2, sport),
    ]);
    let whole = format!("{scholen} {sport}");
    let b = version(&[
        ("3", 1, ""),
        (
            "3.1",
            2,
            "Bij signalen van huiselijk geweld werkt het wijkteam samen met Veilig Thuis.",
        ),
        ("3.2", 2, &whole),
    ]);
    let al = align(&a, &b);
    assert_eq!(al.merges, [(3, 2)], "{al:?}");
    assert!(al.removed.is_empty(), "{al:?}");
    // Only part of it went: removed.
    let part = format!("{scholen} Sportverenigingen letten op signalen.");
    let c = version(&[
        ("3", 1, ""),
        (
            "3.1",
            2,
            "Bij signalen van huiselijk geweld werkt het wijkteam samen met Veilig Thuis.",
        ),
        ("3.2", 2, &part),
    ]);
    let al = align(&a, &c);
    assert!(al.merges.is_empty(), "{al:?}");
    assert_eq!(al.removed, [3], "{al:?}");
}

#[test]
fn parents_follow_levels() {
    let v = version(&[
        ("1", 1, ""),
        ("1.1", 2, ""),
        ("1.1.1", 3, ""),
        ("1.2", 2, ""),
        ("2", 1, ""),
    ]);
    assert_eq!(
        parents(&v.sections),
        [None, Some(0), Some(1), Some(0), None]
    );
}
