use super::*;
use crate::model::{Line, Page};

fn doc() -> Document {
    Document {
        file: "a.pdf".into(),
        pages: vec![Page {
            number: 1,
            lines: vec![Line {
                text: "Geachte werkgroep".into(),
                ..Line::default()
            }],
            ..Page::default()
        }],
        warnings: vec![],
        scanned_pages: Vec::new(),
        notes: Vec::new(),
        ..Default::default()
    }
}

#[test]
fn round_trip_and_key_changes_with_content() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path().join("c"));
    let k = cache.key(b"bytes one");
    assert_ne!(k, cache.key(b"bytes two"));
    assert!(cache.get_document(&k, "a.pdf").is_none());
    cache.put_document(&k, &doc());
    let back = cache.get_document(&k, "renamed.pdf").unwrap();
    assert_eq!(back.file, "renamed.pdf");
    assert_eq!(back.pages, doc().pages);
}

#[test]
fn another_tool_version_gets_other_keys() {
    let dir = tempfile::tempdir().unwrap();
    let old = Cache::with_stamp(dir.path(), "0.1.0/2/1:1");
    let new = Cache::with_stamp(dir.path(), "0.2.0/2/1:1");
    assert_ne!(old.key(b"x"), new.key(b"x"));
    old.put_document(&old.key(b"x"), &doc());
    assert!(new.get_document(&new.key(b"x"), "a.pdf").is_none());
}

#[test]
fn response_entry_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let letter = Letter {
        respondent: Some("Adviesraad Katwijk".into()),
        kind: RespondentKind::AdvisoryCouncil,
        comments: vec![Comment {
            id: "c-1".into(),
            text: "Paragraaf 3.2 is te vaag.".into(),
            ..Comment::default()
        }],
        ..Letter::default()
    };
    let entry = ResponseEntry::new("r-1".into(), letter.clone());
    cache.put_response("k", &entry);
    let (id, back) = cache.get_response("k").unwrap().into_parts();
    assert_eq!(id, "r-1");
    assert_eq!(back, letter);
}

fn section(number: &str) -> crate::model::SectionRef {
    crate::model::SectionRef {
        number: number.into(),
        title: "Preventie".into(),
    }
}

fn change(split_into: Vec<crate::model::SectionRef>) -> Change {
    Change {
        kind: crate::model::ChangeKind::Modified,
        before: Some(section("3")),
        after: Some(section("3")),
        diff: vec![],
        words_added: 1,
        words_removed: 0,
        editorial: false,
        comments: vec![],
        renumbered: false,
        retitled: false,
        text_changed: true,
        split_into,
        merged_from: vec![],
        number_reused: false,
    }
}

#[test]
fn comparison_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let comparison = Comparison {
        alignment: Alignment::default(),
        // Empty lists, left out of the change's JSON, and full ones.
        changes: vec![change(vec![]), change(vec![section("3.1")])],
    };
    cache.put_comparison("k", &comparison);
    let back = cache.get_comparison("k").expect("read back");
    assert_eq!(back.alignment, comparison.alignment);
    assert_eq!(back.changes, comparison.changes);
}

fn result(section: &str) -> CommentResult {
    CommentResult {
        sections: vec![Link {
            number: section.to_string(),
            score: 0.5,
            reason: format!("gedeelde woorden ({section})"),
            kinds: Vec::new(),
        }],
        quotes: Vec::new(),
        anchor_after: None,
        terms: Default::default(),
    }
}

fn results(keys: &[&str]) -> CommentResults {
    keys.iter().map(|k| (k.to_string(), result(k))).collect()
}

/// Keeps `now` as a run would that read `before` from the cache.
fn keep(cache: &Cache, before: &KeptResults, now: &CommentResults) {
    let added: Vec<&String> = now
        .keys()
        .filter(|k| !before.results.contains_key(*k))
        .collect();
    let unused = before
        .results
        .keys()
        .filter(|k| !now.contains_key(*k))
        .count();
    cache.put_comment_results("k", now, &added, before.whole, unused);
}

#[test]
fn comment_results_are_appended_then_written_anew() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let path = dir.path().join("c-k.bin");
    assert!(cache.get_comment_results("k").is_none());
    // First run: nothing read, the file written whole.
    let first = results(&["a", "b", "c", "d"]);
    keep(&cache, &KeptResults::default(), &first);
    let read = cache.get_comment_results("k").unwrap();
    assert!(read.whole);
    assert_eq!(read.results, first);
    let size = std::fs::metadata(&path).unwrap().len();
    // One new text: appended, the file grows by its segment only.
    let second = results(&["a", "b", "c", "d", "e"]);
    keep(&cache, &read, &second);
    let read = cache.get_comment_results("k").unwrap();
    assert_eq!(read.results, second);
    let grown = std::fs::metadata(&path).unwrap().len();
    assert!(grown > size && grown < size + 100, "{size} → {grown}");
    // Nothing new: nothing written.
    keep(&cache, &read, &second);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), grown);
    // A text gone stays in the file while at most half is unused ...
    let third = results(&["b", "c", "d", "e"]);
    keep(&cache, &read, &third);
    let read = cache.get_comment_results("k").unwrap();
    assert_eq!(read.results.len(), 5);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), grown);
    // ... and once more would be unused, the file is written anew.
    let fourth = results(&["e", "f"]);
    keep(&cache, &read, &fourth);
    let read = cache.get_comment_results("k").unwrap();
    assert!(read.whole);
    assert_eq!(read.results, fourth);
}

#[test]
fn a_damaged_segment_keeps_the_ones_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let path = dir.path().join("c-k.bin");
    keep(&cache, &KeptResults::default(), &results(&["a", "b"]));
    let whole = std::fs::read(&path).unwrap();
    let read = cache.get_comment_results("k").unwrap();
    keep(&cache, &read, &results(&["a", "b", "c"]));
    // The appended segment cut off half-way (a run killed while writing).
    let appended = std::fs::read(&path).unwrap();
    let cut = whole.len() + (appended.len() - whole.len()) / 2;
    std::fs::write(&path, &appended[..cut]).unwrap();
    let read = cache.get_comment_results("k").unwrap();
    assert!(!read.whole);
    assert_eq!(read.results, results(&["a", "b"]));
    // Not appended to: written anew, whole again.
    keep(&cache, &read, &results(&["a", "b", "c"]));
    let read = cache.get_comment_results("k").unwrap();
    assert!(read.whole);
    assert_eq!(read.results, results(&["a", "b", "c"]));
    // A flipped byte in the only segment: nothing kept, not an error.
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 6;
    bytes[last] ^= 0xff;
    std::fs::write(&path, &bytes).unwrap();
    let read = cache.get_comment_results("k").unwrap();
    assert!(!read.whole && read.results.is_empty());
    // Another format: a miss.
    std::fs::write(&path, encode(&results(&["a"])).unwrap()).unwrap();
    assert!(cache.get_comment_results("k").is_none());
}

#[test]
fn a_divided_draft_round_trips_by_document_file_and_label() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let version = |page_labels: Vec<crate::model::PageLabel>| Version {
        file: "concept.pdf".into(),
        label: "Inspraakversie".into(),
        sections: vec![crate::model::Section {
            number: "5.2".into(),
            title: "Samenwerken".into(),
            level: 2,
            text: "Tekst".into(),
            pages: (3, 4),
        }],
        page_labels,
        reading_warnings: Vec::new(),
        scanned_pages: Vec::new(),
    };
    // Without page labels (left out of the JSON) and with.
    for v in [
        version(Vec::new()),
        version(vec![crate::model::PageLabel {
            page: 3,
            printed: "13".into(),
        }]),
    ] {
        cache.put_version("doc", "concept.pdf", "Inspraakversie", &v);
        assert_eq!(
            cache.get_version("doc", "concept.pdf", "Inspraakversie"),
            Some(v)
        );
    }
    // Another name or label is divided anew.
    assert!(cache
        .get_version("doc", "ander.pdf", "Inspraakversie")
        .is_none());
    assert!(cache
        .get_version("doc", "concept.pdf", "Definitief")
        .is_none());
    assert!(cache
        .get_version("doc2", "concept.pdf", "Inspraakversie")
        .is_none());
}

#[test]
fn corrupt_entry_is_a_miss() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    std::fs::write(dir.path().join("r-k.bin"), b"{not postcard").unwrap();
    assert!(cache.get_response("k").is_none());
}

fn age_file(path: &Path, days: u64) {
    let f = std::fs::File::options().append(true).open(path).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(days * 24 * 3600))
        .unwrap();
}

#[test]
fn a_changed_byte_makes_an_entry_a_miss() {
    let bytes = encode(&doc()).unwrap();
    assert_eq!(decode::<Document>(&bytes), Some(doc()));
    for i in [0, bytes.len() / 2, bytes.len() - 1] {
        let mut damaged = bytes.clone();
        damaged[i] ^= 0x20;
        assert_eq!(decode::<Document>(&damaged), None, "byte {i}");
    }
    assert_eq!(decode::<Document>(&bytes[..bytes.len() - 1]), None);
    assert_eq!(decode::<Document>(&[]), None);
}

#[test]
fn evicts_at_most_once_an_interval() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = Cache::new(dir.path());
    earlier.put_document("old", &doc());
    age_file(&dir.path().join("d-old.bin"), 30);
    let run = Cache::new(dir.path());
    assert_eq!(run.evict_when_due(&Eviction::default()).unwrap().removed, 1);
    // Within the interval nothing is looked at, even an old entry.
    earlier.put_document("old", &doc());
    age_file(&dir.path().join("d-old.bin"), 30);
    assert_eq!(run.evict_when_due(&Eviction::default()), None);
    assert!(dir.path().join("d-old.bin").exists());
    // Once the last eviction is an interval ago, it is due again.
    age_file(&dir.path().join(EVICTED_STAMP), 1);
    assert_eq!(run.evict_when_due(&Eviction::default()).unwrap().removed, 1);
    assert!(!dir.path().join("d-old.bin").exists());
}

#[test]
fn evicts_old_unused_entries_only() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = Cache::new(dir.path());
    earlier.put_document("old", &doc());
    earlier.put_document("recent", &doc());
    earlier.put_document("used", &doc());
    age_file(&dir.path().join("d-old.bin"), 30);
    age_file(&dir.path().join("d-used.bin"), 30);
    // A new run uses one entry.
    let run = Cache::new(dir.path());
    assert!(run.get_document("used", "a.pdf").is_some());
    // The hit records the use, so a later run sees it as recent.
    let touched = std::fs::metadata(dir.path().join("d-used.bin"))
        .and_then(|m| m.modified())
        .unwrap();
    assert!(touched.elapsed().unwrap() < Duration::from_secs(3600));
    let stats = run.evict(&Eviction::default());
    assert_eq!(stats.removed, 1);
    assert_eq!(stats.kept, 2);
    assert!(!dir.path().join("d-old.bin").exists());
    assert!(dir.path().join("d-recent.bin").exists());
    assert!(dir.path().join("d-used.bin").exists());
}

#[test]
fn size_cap_removes_least_recently_used_first() {
    let dir = tempfile::tempdir().unwrap();
    let earlier = Cache::new(dir.path());
    for (i, key) in ["a", "b", "c"].iter().enumerate() {
        earlier.put_document(key, &doc());
        age_file(&dir.path().join(format!("d-{key}.bin")), 3 - i as u64);
    }
    let one = std::fs::metadata(dir.path().join("d-a.bin")).unwrap().len();
    let run = Cache::new(dir.path());
    run.put_document("mine", &doc());
    let stats = run.evict(&Eviction {
        max_bytes: 2 * one,
        ..Eviction::default()
    });
    assert_eq!(stats.removed, 2);
    assert!(!dir.path().join("d-a.bin").exists());
    assert!(!dir.path().join("d-b.bin").exists());
    assert!(dir.path().join("d-c.bin").exists());
    assert!(dir.path().join("d-mine.bin").exists());
}

#[test]
fn kept_narrowed_forms_serve_the_same_tool_only_and_whole() {
    use crate::text::{pattern_key, StaticRegex};
    const SAME: &str = r"(?i)\bsame-tool-form-test \w+";
    const OTHER: &str = r"(?i)\bother-tool-form-test \w+";
    const DAMAGED: &str = r"(?i)\bdamaged-form-test \w+";
    static SAME_RE: StaticRegex = StaticRegex::narrowed(SAME);
    static OTHER_RE: StaticRegex = StaticRegex::narrowed(OTHER);
    static DAMAGED_RE: StaticRegex = StaticRegex::narrowed(DAMAGED);
    // A kept form that matches something else, to see whether it is used.
    let keep = |stamp: &str, pattern: &str| {
        let dir = tempfile::tempdir().unwrap();
        let kept = KeptNarrowed {
            stamp: stamp.to_string(),
            tool: tool_stamp().to_string(),
            forms: vec![(pattern_key(pattern), "elsewhere".to_string())],
        };
        std::fs::write(dir.path().join(NARROWED_PATTERNS), encode(&kept).unwrap()).unwrap();
        dir
    };
    let same = keep(tool_stamp(), SAME);
    Cache::new(same.path()).load_narrowed_patterns();
    assert!(SAME_RE.for_text("elsewhere").is_match("elsewhere"));

    let other = keep("0.0.1/1/another build", OTHER);
    Cache::new(other.path()).load_narrowed_patterns();
    let text = "other-tool-form-test woord";
    assert!(OTHER_RE.for_text(text).is_match(text));
    assert!(!OTHER_RE.for_text("elsewhere").is_match("elsewhere"));

    let damaged = keep(tool_stamp(), DAMAGED);
    let path = damaged.path().join(NARROWED_PATTERNS);
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(&path, bytes).unwrap();
    Cache::new(damaged.path()).load_narrowed_patterns();
    let text = "damaged-form-test woord";
    assert!(DAMAGED_RE.for_text(text).is_match(text));
}

#[test]
fn narrowed_forms_made_in_a_run_are_saved_for_the_tool() {
    use crate::text::{narrow_pattern, pattern_key, StaticRegex};
    const MADE: &str = r"(?i)\bsaved-form-test [^.]{0,9}\w+";
    static MADE_RE: StaticRegex = StaticRegex::narrowed(MADE);
    assert!(MADE_RE
        .for_text("saved-form-test x")
        .is_match("saved-form-test x"));
    let dir = tempfile::tempdir().unwrap();
    Cache::new(dir.path()).save_narrowed_patterns();
    let bytes = std::fs::read(dir.path().join(NARROWED_PATTERNS)).unwrap();
    let kept: KeptNarrowed = decode(&bytes).unwrap();
    assert_eq!(kept.stamp, tool_stamp());
    assert_eq!(kept.tool, tool_stamp());
    assert!(kept
        .forms
        .contains(&(pattern_key(MADE), narrow_pattern(MADE))));
}

#[test]
fn kept_split_patterns_serve_the_same_tool_only_and_whole() {
    use crate::text::pattern_key;
    let keys = vec![pattern_key("a"), pattern_key("b")];
    let keep = |stamp: &str| {
        let dir = tempfile::tempdir().unwrap();
        let kept = KeptReached {
            stamp: stamp.to_string(),
            tool: tool_stamp().to_string(),
            reached: keys.clone(),
        };
        std::fs::write(dir.path().join(SPLIT_PATTERNS), encode(&kept).unwrap()).unwrap();
        dir
    };
    let same = keep(tool_stamp());
    assert_eq!(
        Cache::new(same.path()).kept_split_patterns(),
        Some(keys.clone())
    );
    let other = keep("0.0.1/1/another build");
    assert_eq!(Cache::new(other.path()).kept_split_patterns(), None);
    let path = same.path().join(SPLIT_PATTERNS);
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(&path, bytes).unwrap();
    assert_eq!(Cache::new(same.path()).kept_split_patterns(), None);
    let none = tempfile::tempdir().unwrap();
    assert_eq!(Cache::new(none.path()).kept_split_patterns(), None);
}

#[test]
fn split_patterns_a_run_reached_are_saved_for_the_tool() {
    crate::split::prepare();
    let lines = [
        "Geachte heer,",
        "Ik maak bezwaar.",
        "Met vriendelijke groet,",
        "Jan de Vries",
    ];
    let doc = crate::model::Document {
        file: "saved.txt".into(),
        pages: vec![crate::model::Page {
            number: 1,
            lines: lines
                .iter()
                .map(|t| crate::model::Line {
                    text: t.to_string(),
                    paragraph_start: true,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let _ = crate::split::split_response(&doc, "r1");
    // What was reached before saving: tests running beside this one may
    // reach more patterns after the save.
    let used = crate::split::used_patterns();
    let dir = tempfile::tempdir().unwrap();
    Cache::new(dir.path()).save_split_patterns();
    let kept = Cache::new(dir.path()).kept_split_patterns().unwrap();
    assert!(!used.is_empty());
    assert!(used.iter().all(|k| kept.contains(k)));
}

/// An entry's bytes are read whole whatever length its metadata gave (a
/// file written again between the two is read as it is then), and a
/// round trip through the cache still gives the entry.
#[test]
fn an_entry_is_read_whole_whatever_its_length_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bytes");
    let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&path, &bytes).unwrap();
    for hint in [None, Some(0), Some(10), Some(100_000), Some(1 << 20)] {
        let file = std::fs::File::open(&path).unwrap();
        assert_eq!(
            read_all(&file, hint).as_deref(),
            Some(&bytes[..]),
            "{hint:?}"
        );
    }
    std::fs::write(&path, b"").unwrap();
    let file = std::fs::File::open(&path).unwrap();
    assert_eq!(read_all(&file, Some(7)), Some(Vec::new()));

    let cache = Cache::with_stamp(dir.path().join("cache"), "t");
    let entry = ResponseEntry::new("r1".into(), crate::split::Letter::default());
    cache.put_response("k", &entry);
    assert_eq!(cache.get_response("k"), Some(entry));
}

#[test]
fn entries_kept_in_memory_are_used_and_dropped_when_a_run_does_not_use_them() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path().join("c")).in_memory();
    let (k1, k2) = (cache.key(b"one"), cache.key(b"two"));
    cache.put_document(&k1, &doc());
    cache.put_document(&k2, &doc());
    assert_eq!(cache.in_memory_len(), 2);
    // Read from memory: the folder's files are not needed.
    std::fs::remove_dir_all(dir.path().join("c")).unwrap();
    let next = cache.next_run();
    assert_eq!(next.get_document(&k1, "b.pdf").unwrap().pages, doc().pages);
    // The next run keeps only what this one used.
    let after = next.next_run();
    assert_eq!(after.in_memory_len(), 1);
    assert!(after.get_document(&k2, "b.pdf").is_none());
}

#[test]
fn a_rewritten_entry_kept_in_memory_is_read_again_once_its_file_changed() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path()).in_memory();
    let mine = CommentResults::new();
    cache.put_comment_results("v1", &mine, &[], false, 0);
    assert!(cache.get_comment_results("v1").unwrap().results.is_empty());
    // Another process writes the same entry with more results.
    let other = Cache::new(dir.path());
    let mut theirs = CommentResults::new();
    theirs.insert(
        "k".to_string(),
        CommentResult {
            sections: Vec::new(),
            quotes: Vec::new(),
            anchor_after: None,
            terms: crate::compare::TextTerms::default(),
        },
    );
    other.put_comment_results("v1", &theirs, &[], false, 0);
    let next = cache.next_run();
    assert_eq!(next.get_comment_results("v1").unwrap().results.len(), 1);
}

#[test]
fn kept_links_appended_to_are_kept_in_memory_as_their_file_holds_them() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path()).in_memory();
    let path = dir.path().join("c-k.bin");
    // A watcher's first run writes the file whole; its next update reads
    // it (from memory) and appends one new text's results.
    let first = results(&["a", "b", "c"]);
    keep(&cache, &KeptResults::default(), &first);
    let next = cache.next_run();
    let read = next.get_comment_results("k").unwrap();
    let second = results(&["a", "b", "c", "d"]);
    keep(&next, &read, &second);
    let on_disk = std::fs::read(&path).unwrap();
    let kept = next
        .remembered("c", "c-k.bin", &path)
        .expect("kept in memory");
    assert_eq!(&kept[..], &on_disk[..]);
    // The update after reads from memory what a fresh process reads.
    let after = next.next_run();
    assert_eq!(after.get_comment_results("k").unwrap().results, second);
    let fresh = Cache::new(dir.path()).get_comment_results("k").unwrap();
    assert_eq!(fresh.results, second);
    assert!(fresh.whole);
    // Another process rewrites the file between the update's read and its
    // append: memory no longer holds the file's bytes, so the update keeps
    // the whole entry made anew.
    let read = after.get_comment_results("k").unwrap();
    Cache::new(dir.path()).put_comment_results("k", &second, &[], false, 0);
    let third = results(&["a", "b", "c", "d", "e"]);
    keep(&after, &read, &third);
    let last = after.next_run();
    assert_eq!(last.get_comment_results("k").unwrap().results, third);
    let fresh = Cache::new(dir.path()).get_comment_results("k").unwrap();
    assert_eq!(fresh.results, third);
}
