//! References from the ledger to sections of the newest version: a
//! decision's `change_ref` and the editorial marks.
//!
//! They are recorded as section numbers of the newest version at the time,
//! with the section's title (`change_ref_title`, `[editorial] titles`). When
//! a newer version renumbers its sections (a section inserted before 4.2),
//! the number alone would point at whatever section carries it now; the
//! title lets the reference follow its section to its new number, the
//! comparison of versions a section that got a new title, and a section
//! that cannot be found by any of these is reported, never guessed.

use std::collections::BTreeMap;

use super::Ledger;
use crate::model::{Consultation, Section, Version};

/// Where a reference recorded as (number, title) is in the newest version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Followed {
    /// The number still names the section (or nothing is known to check).
    Same,
    /// The section now has this number.
    Moved(String),
    /// Neither the number, the title nor the comparison of versions finds
    /// the section: the newest version's section with that number has
    /// another title and is not the recorded section renamed, or none has.
    /// Also a section that a version after the one the reference was
    /// recorded in split in parts (`split`: each part's number and title):
    /// which part holds what the reference named is not known.
    Lost {
        now: Option<String>,
        split: Vec<(String, String)>,
    },
}

/// A title in a form to compare (case and spacing aside).
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The section a reference names as written: the newest version's, else
/// (a removed section) the newest older version's with that number.
pub fn referred_section<'a>(c: &'a Consultation, number: &str) -> Option<&'a Section> {
    c.versions.iter().rev().find_map(|v| v.section(number))
}

/// A section number as typed (`§ 5.2`, `bijlage 1`, `5.2.`) in a form to
/// compare.
pub fn norm_number(s: &str) -> String {
    s.trim()
        .trim_start_matches('§')
        .trim_end()
        .trim_end_matches('.')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The section of a version the working group refers to (`--change-ref`,
/// `--editorial`, the comment table's `wijziging in`), as the versions
/// number it: a section of the newest version, or of an older one for a
/// section that was removed. Unknown numbers are an error naming the
/// newest version's sections.
pub fn parse_section_ref(c: &Consultation, given: &str, what: &str) -> Result<String, String> {
    parse_section_ref_titled(c, given, what).map(|(n, _)| n)
}

/// [`parse_section_ref`] with the title of the section it found: the
/// section given by its number and title is the one with that title (a
/// removed section whose number a newer version gave another), never the
/// newest version's section that now carries the number.
pub fn parse_section_ref_titled(
    c: &Consultation,
    given: &str,
    what: &str,
) -> Result<(String, String), String> {
    let Some(newest) = c.versions.last() else {
        return Err(format!(
            "no version of the document was read (see `inspraak check`): {what}"
        ));
    };
    let hit = c
        .versions
        .iter()
        .rev()
        .flat_map(|v| &v.sections)
        .find(|s| norm_number(&s.number) == norm_number(given))
        .or_else(|| {
            // Its number and title, as the memo heads it (`5.2 Wachttijden`).
            c.versions.iter().rev().flat_map(|v| &v.sections).find(|s| {
                !s.title.trim().is_empty()
                    && norm_number(&format!("{} {}", s.number, s.title)) == norm_number(given)
            })
        });
    match hit {
        Some(s) => Ok((s.number.clone(), s.title.clone())),
        None => {
            let known: Vec<&str> = newest.sections.iter().map(|s| s.number.as_str()).collect();
            Err(format!(
                "the newest version `{}` has no section `{}`; its sections are: {}",
                newest.file,
                given.trim(),
                known.join(", ")
            ))
        }
    }
}

/// Follows a reference recorded as `number` with `title` to the newest
/// version. Without a title (a ledger written before titles were kept) or
/// without versions, the number stands.
pub fn follow(c: &Consultation, number: &str, title: Option<&str>) -> Followed {
    follow_recorded(c, number, title, None)
}

/// [`follow`] for a reference recorded while `recorded_in` (a version's
/// file) was the newest version: when that version has the section and a
/// later one removed it, the reference is lost (the change it named is
/// gone), where one recorded to a section already removed then stands.
pub fn follow_recorded(
    c: &Consultation,
    number: &str,
    title: Option<&str>,
    recorded_in: Option<&str>,
) -> Followed {
    let Some(newest) = c.versions.last() else {
        return Followed::Same;
    };
    let Some(title) = title else {
        return follow_untitled(c, number);
    };
    let title = norm(title);
    let now = newest.section(number);
    if let Some(split) = recorded_in.and_then(|file| split_since(c, file, number, &title)) {
        return Followed::Lost {
            now: now.map(|s| s.title.clone()),
            split,
        };
    }
    if let Some(followed) = by_title(newest, number, &title) {
        return followed;
    }
    // Renamed (and perhaps renumbered): the version the reference was
    // recorded in has the section, and the comparison with the newest
    // version pairs it with one there.
    if let Some(paired) = paired_in_newest(c, number, &title) {
        return if paired == number {
            Followed::Same
        } else {
            Followed::Moved(paired)
        };
    }
    // Removed after the reference was recorded: the version it was
    // recorded in (not the newest) still has the section.
    let removed_since = recorded_in.is_some_and(|file| {
        file != newest.file
            && c.versions.iter().any(|v| {
                v.file == file && v.section(number).is_some_and(|s| norm(&s.title) == title)
            })
    });
    if now.is_none() && !removed_since && removed_with_title(&c.versions, number, &title) {
        // A removed section, named by its number in an older version.
        return Followed::Same;
    }
    Followed::Lost {
        now: now.map(|s| s.title.clone()),
        split: Vec::new(),
    }
}

/// A reference recorded without a title (typed into the ledger by hand, or
/// written before titles were kept): a section of the newest version, or
/// of an older one for a removed section, as [`parse_section_ref`] reads
/// it (`§ 5.2` is 5.2); a removed section named by its number and title
/// stands; anything else names no section and is lost (reported, never
/// guessed).
fn follow_untitled(c: &Consultation, number: &str) -> Followed {
    if c.versions
        .last()
        .is_some_and(|v| v.section(number).is_some())
    {
        return Followed::Same;
    }
    match parse_section_ref(c, number, "") {
        Ok(n) if n == number => Followed::Same,
        Ok(n) => Followed::Moved(n),
        Err(_)
            if c.changes
                .iter()
                .any(|ch| crate::compare::names_section(number, ch)) =>
        {
            Followed::Same
        }
        Err(_) => Followed::Lost {
            now: None,
            split: Vec::new(),
        },
    }
}

/// The parts (number and title in the newest version) of the section that
/// version `file` has as `number` with `title` (normalised), when a later
/// version split it: the part paired with it and the parts split off.
/// `None` when it was not split, or `file` is the newest version or does
/// not have the section. The consultation draft's sections are looked up
/// in the run's comparison of the draft with the newest version.
fn split_since(
    c: &Consultation,
    file: &str,
    number: &str,
    title: &str,
) -> Option<Vec<(String, String)>> {
    let (newest, older) = c.versions.split_last()?;
    let vi = older.iter().position(|v| v.file == file)?;
    let version = &older[vi];
    let at = version
        .sections
        .iter()
        .position(|s| s.number == number && norm(&s.title) == title)?;
    let part = |s: &crate::model::SectionRef| (s.number.clone(), s.title.clone());
    let parts: Vec<(String, String)> = if vi == 0 {
        let ch = draft_change(c, number, title)?;
        if ch.split_into.is_empty() {
            return None;
        }
        ch.after.iter().chain(&ch.split_into).map(part).collect()
    } else {
        let al = crate::compare::align(version, newest);
        let split: Vec<usize> = al
            .splits
            .iter()
            .filter(|&&(b, _)| b == at)
            .map(|&(_, a)| a)
            .collect();
        if split.is_empty() {
            return None;
        }
        al.pair_of_before(at)
            .map(|p| p.after)
            .into_iter()
            .chain(split)
            .filter_map(|a| newest.sections.get(a))
            .map(|s| (s.number.clone(), s.title.clone()))
            .collect()
    };
    Some(parts)
}

/// The run's change (consultation draft → newest version) of the draft's
/// section `number` with `title` (normalised), if it changed.
fn draft_change<'a>(
    c: &'a Consultation,
    number: &str,
    title: &str,
) -> Option<&'a crate::model::Change> {
    c.changes.iter().find(|ch| {
        ch.before
            .as_ref()
            .is_some_and(|b| b.number == number && norm(&b.title) == title)
    })
}

/// The number in the newest version of the section an older version has
/// as `number` with `title` (normalised), when the comparison of the two
/// versions pairs it with one (its text aligns: the same section under a
/// new title). A section of the consultation draft is looked up in the
/// run's comparison of the draft with the newest version; one only a later
/// version has is compared from the newest older version that has it.
fn paired_in_newest(c: &Consultation, number: &str, title: &str) -> Option<String> {
    let named = |s: &Section| s.number == number && norm(&s.title) == title;
    let (newest, older) = c.versions.split_last()?;
    if older.first().is_some_and(|d| d.sections.iter().any(named)) {
        return draft_change(c, number, title)
            .and_then(|ch| ch.after.as_ref())
            .map(|a| a.number.clone());
    }
    let (version, at) = older
        .iter()
        .rev()
        .find_map(|v| v.sections.iter().position(named).map(|i| (v, i)))?;
    let pair = crate::compare::align(version, newest)
        .pair_of_before(at)
        .map(|p| p.after)?;
    newest.sections.get(pair).map(|s| s.number.clone())
}

/// Whether an older version has section `number` with this title.
fn removed_with_title(versions: &[Version], number: &str, title: &str) -> bool {
    versions
        .iter()
        .rev()
        .skip(1)
        .filter_map(|v| v.section(number))
        .any(|s| norm(&s.title) == title)
}

/// The number a reference stands for now: its followed number, `None`
/// when its section is lost.
pub fn resolved(c: &Consultation, number: &str, title: Option<&str>) -> Option<String> {
    resolved_recorded(c, number, title, None)
}

/// [`resolved`] for a reference recorded in `recorded_in` (see
/// [`follow_recorded`]).
pub fn resolved_recorded(
    c: &Consultation,
    number: &str,
    title: Option<&str>,
    recorded_in: Option<&str>,
) -> Option<String> {
    match follow_recorded(c, number, title, recorded_in) {
        Followed::Same => Some(number.to_string()),
        Followed::Moved(n) => Some(n),
        Followed::Lost { .. } => None,
    }
}

/// The title to record with a reference to `number` (see
/// [`referred_section`]).
pub fn title_of(c: &Consultation, number: &str) -> Option<String> {
    referred_section(c, number).map(|s| s.title.clone())
}

/// The number and title to record anew for a reference recorded as
/// `number` with `title` that `followed` found in the newest version under
/// another number or another title (renumbered, renamed or both); `None`
/// when the record still names its section as it is (or it is lost, or
/// names a removed section).
fn recorded_anew(
    c: &Consultation,
    number: &str,
    title: Option<&str>,
    followed: Followed,
) -> Option<(String, String)> {
    let now = match followed {
        Followed::Same => number.to_string(),
        Followed::Moved(n) => n,
        Followed::Lost { .. } => return None,
    };
    let section = c.versions.last()?.section(&now)?;
    let retitled = title.is_some_and(|t| norm(t) != norm(&section.title));
    (now != number || retitled).then(|| (now, section.title.clone()))
}

/// The number version `at` (an index into the versions, not the newest)
/// gave the section that is `number` in the newest version: its one
/// section with that title, else the section the comparison of the two
/// versions pairs with it. `None` when it had no such section.
pub fn number_in_version(c: &Consultation, at: usize, number: &str) -> Option<String> {
    let newest = c.versions.last()?;
    let version = c.versions.get(at).filter(|v| v.file != newest.file)?;
    let target = newest.sections.iter().position(|s| s.number == number)?;
    let title = norm(&newest.sections[target].title);
    let same_title: Vec<&Section> = version
        .sections
        .iter()
        .filter(|s| norm(&s.title) == title)
        .collect();
    if let [one] = same_title.as_slice() {
        return Some(one.number.clone());
    }
    let alignment = crate::compare::align(version, newest);
    (0..version.sections.len())
        .find(|&i| {
            alignment
                .pair_of_before(i)
                .is_some_and(|p| p.after == target)
        })
        .map(|i| version.sections[i].number.clone())
}

/// A section number as version `at` (not the newest) numbered it, read
/// as the newest version numbers that section: `Ok(None)` when version
/// `at` has no such number, `Err` with the section's title when the
/// newest version no longer has it.
pub fn renumbered_since(
    c: &Consultation,
    at: usize,
    given: &str,
) -> Result<Option<String>, String> {
    let Some(version) = c.versions.get(at) else {
        return Ok(None);
    };
    let Some(s) = version
        .sections
        .iter()
        .find(|s| norm_number(&s.number) == norm_number(given))
    else {
        return Ok(None);
    };
    match follow_recorded(c, &s.number, Some(&s.title), Some(&version.file)) {
        Followed::Same => Ok(Some(s.number.clone())),
        Followed::Moved(n) => Ok(Some(n)),
        Followed::Lost { .. } => Err(s.title.clone()),
    }
}

/// The consultation draft's titles of the chosen section `numbers`, to
/// record with them; empty when the draft lacks one of them.
pub fn chosen_titles(c: &Consultation, numbers: &[String]) -> Vec<String> {
    let Some(draft) = c.versions.first() else {
        return Vec::new();
    };
    numbers
        .iter()
        .map(|n| draft.section(n).map(|s| s.title.clone()))
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default()
}

/// Each chosen section number with its recorded title (`None` for all when
/// the titles do not pair with the numbers: a ledger written before titles
/// were kept, or edited by hand).
pub fn chosen_with_titles<'a>(
    numbers: &'a [String],
    titles: &'a [String],
) -> impl Iterator<Item = (&'a str, Option<&'a str>)> {
    let paired = numbers.len() == titles.len();
    numbers.iter().enumerate().map(move |(i, n)| {
        let t = if paired { titles.get(i) } else { None };
        (n.as_str(), t.map(String::as_str))
    })
}

/// Where a section chosen by the working group (`decide --sections`), a
/// number of the consultation draft recorded with its title, is in the
/// consultation draft now (it may have been replaced by one that numbers
/// differently): the same number with that title, else the one section
/// with that title; a number that now names a section with another title,
/// and no section with that title, is lost. Without a title the number
/// stands when the draft has it.
pub fn follow_chosen(c: &Consultation, number: &str, title: Option<&str>) -> Followed {
    let Some(draft) = c.versions.first() else {
        return Followed::Same;
    };
    let now = draft.section(number);
    let Some(title) = title.map(norm) else {
        return match now {
            Some(_) => Followed::Same,
            None => Followed::Lost {
                now: None,
                split: Vec::new(),
            },
        };
    };
    if let Some(followed) = by_title(draft, number, &title) {
        return followed;
    }
    Followed::Lost {
        now: now.map(|s| s.title.clone()),
        split: Vec::new(),
    }
}

/// A section recorded as `number` with the (normalised) `title`, found in
/// `version` by its title: the same number when that section still has the
/// title, else the one section that has it; `None` when neither.
fn by_title(version: &crate::model::Version, number: &str, title: &str) -> Option<Followed> {
    if version
        .section(number)
        .is_some_and(|s| norm(&s.title) == title)
    {
        return Some(Followed::Same);
    }
    let same_title: Vec<&Section> = version
        .sections
        .iter()
        .filter(|s| norm(&s.title) == title)
        .collect();
    match same_title.as_slice() {
        [moved] => Some(Followed::Moved(moved.number.clone())),
        _ => None,
    }
}

/// A decision's chosen sections as the consultation draft numbers them
/// now: the numbers to show (followed where they moved, as recorded where
/// lost) and the numbers to link (without those that now name another
/// section).
pub fn chosen_now(c: &Consultation, d: &super::Decision) -> (Vec<String>, Vec<String>) {
    let mut view = Vec::new();
    let mut links = Vec::new();
    for (n, t) in chosen_with_titles(d.sections.as_deref().unwrap_or(&[]), &d.section_titles) {
        match follow_chosen(c, n, t) {
            Followed::Same => {
                view.push(n.to_string());
                links.push(n.to_string());
            }
            Followed::Moved(m) => {
                view.push(m.clone());
                links.push(m);
            }
            // Not in the draft at all: linked as chosen (the memo names
            // the number), reported as unknown.
            Followed::Lost { now: None, .. } => {
                view.push(n.to_string());
                links.push(n.to_string());
            }
            Followed::Lost { now: Some(_), .. } => view.push(n.to_string()),
        }
    }
    (view, links)
}

/// A warning for a reference whose section is lost.
fn lost_message(what: &str, number: &str, title: &str, now: Option<&str>, fix: &str) -> String {
    let now = match now {
        Some(t) if !t.is_empty() => format!("the newest version's {number} is ‘{t}’"),
        Some(_) => format!("the newest version's {number} has another title"),
        None => format!("the newest version has no {number}"),
    };
    format!(
        "{what} names section {number}, recorded as ‘{title}’, but {now} and no section of the \
         newest version has that title; it is not used until it is recorded again ({fix})"
    )
}

/// Why a reference recorded without a title names no section (see
/// [`follow_untitled`]): [`parse_section_ref`]'s error; `None` when it
/// names one, or no version was read.
fn untitled_unknown(c: &Consultation, number: &str) -> Option<String> {
    if !matches!(follow_untitled(c, number), Followed::Lost { .. }) || c.versions.is_empty() {
        return None;
    }
    parse_section_ref(c, number, "").err()
}

/// A warning for a reference, recorded without a title, that names no
/// section: `error` says which sections there are.
fn unknown_message(what: &str, number: &str, error: &str, fix: &str) -> String {
    format!(
        "{what} names section `{}`, but {error}; it is not used until it is recorded again \
         ({fix})",
        number.trim()
    )
}

/// A warning for a reference whose section a later version split in
/// `parts` (number and title).
fn split_message(
    what: &str,
    number: &str,
    title: &str,
    parts: &[(String, String)],
    fix: &str,
) -> String {
    let parts: Vec<String> = parts.iter().map(|(n, t)| format!("{n} ‘{t}’")).collect();
    let (last, rest) = parts
        .split_last()
        .map_or((String::new(), &[][..]), |(l, r)| (l.clone(), r));
    format!(
        "{what} names section {number} ‘{title}’, which the newest version split into {} and \
         {last}; which part holds the change is not known, so it is not used until it is \
         recorded again ({fix})",
        rest.join(", ")
    )
}

/// The key ([`crate::compare::removed_key`]) of the removed section an
/// editorial mark recorded as `number` with `title` names: the run's
/// comparison removed the draft's section with that number and title, and
/// the newest version gave its number to another section. `None` for any
/// other mark.
pub fn removed_reused(c: &Consultation, number: &str, title: Option<&str>) -> Option<String> {
    let title = norm(title?);
    let now = c.versions.last()?.section(number)?;
    if norm(&now.title) == title {
        return None;
    }
    c.changes.iter().find_map(|ch| {
        let b = ch.before.as_ref()?;
        (ch.after.is_none() && ch.number_reused && b.number == number && norm(&b.title) == title)
            .then(|| crate::compare::removed_key(b))
    })
}

/// [`removed_reused`] for a change reference recorded while `recorded_in`
/// was the newest version: a reference recorded while that version still
/// had the section names a change in it, which a later removal took away
/// (lost, see [`follow_recorded`]), not the removal.
pub fn removed_reused_recorded(
    c: &Consultation,
    number: &str,
    title: Option<&str>,
    recorded_in: Option<&str>,
) -> Option<String> {
    let key = removed_reused(c, number, title)?;
    let t = norm(title?);
    let newest = c.versions.last()?;
    let had_it = recorded_in.is_some_and(|file| {
        file != newest.file
            && c.versions
                .iter()
                .any(|v| v.file == file && v.section(number).is_some_and(|s| norm(&s.title) == t))
    });
    (!had_it).then_some(key)
}

/// A section given to `--editorial`: its number (`3.1`), or for a removed
/// section whose number the newest version gave another, its number and
/// title (`3.1 Terugblik`), which then names the removal; so does its
/// number alone when the section that took it was only renumbered. The
/// number and the title to record; an error as [`parse_section_ref`]
/// gives.
pub fn parse_mark(c: &Consultation, given: &str) -> Result<(String, Option<String>), String> {
    parse_removable(c, given, "sections cannot be marked as editorial")
}

/// A section given to `--change-ref`: read as [`parse_mark`] reads a mark
/// (a removed section whose number another took, by its number and title),
/// with the number and title to record. A number and title that name no
/// section of any version are an error, never another section's number.
pub fn parse_change_ref(c: &Consultation, given: &str) -> Result<(String, Option<String>), String> {
    parse_removable(c, given, "the change cannot be referred to")
}

fn parse_removable(
    c: &Consultation,
    given: &str,
    what: &str,
) -> Result<(String, Option<String>), String> {
    let given_norm = norm(given.trim().trim_start_matches('§'));
    // The number alone names the removal when the section that took it
    // changed in nothing but its number: a new number needs no mark.
    let only_renumbered = |number: &str| {
        c.changes.iter().any(|ch| {
            ch.after.as_ref().is_some_and(|a| a.number == number)
                && crate::compare::only_renumbered(ch)
        })
    };
    let removed = c.changes.iter().find_map(|ch| {
        let b = ch.before.as_ref()?;
        let named = norm(&crate::compare::removed_key(b)) == given_norm
            || (norm_number(&b.number) == norm_number(given) && only_renumbered(&b.number));
        (ch.after.is_none() && ch.number_reused && named)
            .then(|| (b.number.clone(), Some(b.title.clone())))
    });
    if let Some(found) = removed {
        return Ok(found);
    }
    parse_section_ref_titled(c, given, what)
        .map(|(n, t)| (n, Some(t)))
        .map_err(|e| {
            let removed: Vec<String> = c
                .changes
                .iter()
                .filter(|ch| ch.after.is_none() && ch.number_reused)
                .filter_map(|ch| ch.before.as_ref())
                .map(|b| format!("\"{}\"", crate::compare::removed_key(b)))
                .collect();
            if removed.is_empty() {
                e
            } else {
                format!(
                    "{e}; removed sections whose number another section took are named with \
                     their title: {}",
                    removed.join(", ")
                )
            }
        })
}

impl Ledger {
    /// The editorial marks as they stand in the newest version: each mark
    /// followed to its section's number now (a removed section whose number
    /// another took by its [`crate::compare::removed_key`]); a mark whose
    /// section is lost is left out (see [`Ledger::reference_warnings`]).
    pub fn editorial_marks(&self, c: &Consultation) -> std::collections::BTreeSet<String> {
        self.editorial
            .iter()
            .filter_map(|n| {
                let title = self.editorial_titles.get(n).map(String::as_str);
                removed_reused(c, n, title).or_else(|| resolved(c, n, title))
            })
            .collect()
    }

    /// Warnings for change references and editorial marks whose section
    /// cannot be found in the newest version any more (ledger key or
    /// section, message).
    pub fn reference_warnings(&self, c: &Consultation) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (key, d) in &self.decisions {
            let Some(number) = &d.change_ref else {
                continue;
            };
            let Some(title) = &d.change_ref_title else {
                if let Some(e) = untitled_unknown(c, number) {
                    out.push((
                        key.clone(),
                        unknown_message(
                            &format!("the decision on {key} (change_ref)"),
                            number,
                            &e,
                            &format!("`inspraak decide {key} --change-ref SECTION`"),
                        ),
                    ));
                }
                continue;
            };
            let recorded = d.change_ref_version.as_deref();
            if removed_reused_recorded(c, number, Some(title), recorded).is_some() {
                continue;
            }
            if let Followed::Lost { now, split } = follow_recorded(c, number, Some(title), recorded)
            {
                let what = format!("the decision on {key} (change_ref)");
                let fix = format!("`inspraak decide {key} --change-ref SECTION`");
                out.push((
                    key.clone(),
                    if split.is_empty() {
                        lost_message(&what, number, title, now.as_deref(), &fix)
                    } else {
                        split_message(&what, number, title, &split, &fix)
                    },
                ));
            }
        }
        for number in &self.editorial {
            let Some(title) = self.editorial_titles.get(number) else {
                if let Some(e) = untitled_unknown(c, number) {
                    out.push((
                        number.clone(),
                        unknown_message(
                            "an editorial mark",
                            number,
                            &e,
                            &format!(
                                "`inspraak decide --not-editorial {}`, then `--editorial \
                                 SECTION`",
                                crate::cli::shell_quote(number)
                            ),
                        ),
                    ));
                }
                continue;
            };
            if removed_reused(c, number, Some(title)).is_some() {
                continue;
            }
            if let Followed::Lost { now, .. } = follow(c, number, Some(title)) {
                out.push((
                    number.clone(),
                    lost_message(
                        "an editorial mark",
                        number,
                        title,
                        now.as_deref(),
                        &format!(
                            "`inspraak decide --not-editorial {}`, then `--editorial \
                             SECTION`",
                            crate::cli::shell_quote(number)
                        ),
                    ),
                ));
            }
        }
        out
    }

    /// Files the references under their sections' numbers in the newest
    /// version: a section that moved gives its new number, and a reference
    /// without a title gets the title of the section it names now. Returns
    /// how many references changed (written by the next save).
    pub fn follow_sections(&mut self, c: &Consultation) -> usize {
        if c.versions.is_empty() {
            return 0;
        }
        let mut changed = 0;
        for d in self.decisions.values_mut() {
            let Some(number) = d.change_ref.clone() else {
                continue;
            };
            if d.change_ref_title.is_none() {
                // Typed by hand as the memo writes it (`§ 5.2`): filed
                // under the section's number.
                let number = match follow_untitled(c, &number) {
                    Followed::Moved(n) => {
                        d.change_ref = Some(n.clone());
                        changed += 1;
                        n
                    }
                    _ => number,
                };
                if let Some(t) = title_of(c, &number) {
                    d.change_ref_title = Some(t);
                    changed += 1;
                }
            } else {
                let followed = follow_recorded(
                    c,
                    &number,
                    d.change_ref_title.as_deref(),
                    d.change_ref_version.as_deref(),
                );
                if let Some((n, title)) =
                    recorded_anew(c, &number, d.change_ref_title.as_deref(), followed)
                {
                    d.change_ref = Some(n);
                    // Recorded anew, as a section of the newest version,
                    // with its title there: the old title with the new
                    // number names no section of any version.
                    d.change_ref_title = Some(title);
                    d.change_ref_version = c.versions.last().map(|v| v.file.clone());
                    changed += 1;
                }
            }
        }
        for d in self.decisions.values_mut() {
            let Some(chosen) = d.sections.clone() else {
                continue;
            };
            if chosen.len() != d.section_titles.len() {
                // Recorded before titles were kept (or edited by hand):
                // the titles the draft gives them now.
                let titles = chosen_titles(c, &chosen);
                if titles != d.section_titles {
                    d.section_titles = titles;
                    changed += 1;
                }
                continue;
            }
            let followed: Vec<String> = chosen_with_titles(&chosen, &d.section_titles)
                .map(|(n, t)| match follow_chosen(c, n, t) {
                    Followed::Moved(m) => m,
                    _ => n.to_string(),
                })
                .collect();
            if followed != chosen {
                d.sections = Some(followed);
                changed += 1;
            }
        }
        let mut marks = std::collections::BTreeSet::new();
        let mut titles = BTreeMap::new();
        for number in &self.editorial {
            let title = self.editorial_titles.get(number).cloned();
            let followed = follow(c, number, title.as_deref());
            let (number, title) =
                match (&title, recorded_anew(c, number, title.as_deref(), followed)) {
                    // Followed to its section (one typed by hand as `§ 5.2`
                    // too): filed under its number now, with its title.
                    (_, Some((n, t))) => (n, Some(t)),
                    (None, None) => (number.clone(), title_of(c, number)),
                    _ => (number.clone(), title),
                };
            if let Some(t) = title {
                titles.insert(number.clone(), t);
            }
            marks.insert(number);
        }
        if marks != self.editorial || titles != self.editorial_titles {
            changed += 1;
            self.editorial = marks;
            self.editorial_titles = titles;
        }
        changed
    }
}
