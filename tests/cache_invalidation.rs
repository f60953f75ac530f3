//! The extraction/split cache serves unchanged files, and never serves a
//! stale result after the file or the tool changed.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use inspraak::cache::{Cache, CommentResults, ResponseEntry};
use inspraak::pipeline::read_letter;

mod common;

const DRAFT: &str = "1 Inleiding\n\nDe regio wil samenwerken.\n\n2 Preventie\n\nDe gemeenten investeren in voorlichting en vroegsignalering.\n";

fn response(text: &str) -> String {
    format!(
        "Geachte werkgroep,\n\n1. {text} Wij vragen u dit in paragraaf 2 uit te werken.\n\nMet vriendelijke groet,\nJan Jansen\n"
    )
}

/// An inbox in a temporary folder with `draft` and no responses.
fn inbox_with_draft(draft: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("drafts")).unwrap();
    std::fs::create_dir_all(inbox.join("responses")).unwrap();
    std::fs::write(inbox.join("drafts/01-concept.txt"), draft).unwrap();
    (dir, inbox)
}

/// An inbox in a temporary folder with one draft and two responses.
fn inbox() -> (tempfile::TempDir, PathBuf) {
    let (dir, inbox) = inbox_with_draft(DRAFT);
    std::fs::write(
        inbox.join("responses/a.txt"),
        response("Wij missen aandacht voor mantelzorgers in de wijk."),
    )
    .unwrap();
    std::fs::write(
        inbox.join("responses/b.txt"),
        response("De voorlichting op scholen moet eerder beginnen dan gepland."),
    )
    .unwrap();
    (dir, inbox)
}

fn run(bin: &Path, inbox: &Path) -> String {
    let out = inbox.parent().unwrap().join("output");
    Command::new(bin)
        .arg("run")
        .arg("--inbox")
        .arg(inbox)
        .arg("--out")
        .arg(&out)
        .arg("--quiet")
        .assert()
        .success();
    std::fs::read_to_string(out.join("consultation.json")).unwrap()
}

/// Replaces every comment text in the cached response entries by a marker,
/// so a run shows whether it used the cache.
fn poison(cache_dir: &Path) -> usize {
    let mut n = 0;
    for e in std::fs::read_dir(cache_dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("r-") {
            continue;
        }
        let mut entry: ResponseEntry =
            inspraak::cache::decode(&std::fs::read(&p).unwrap()).unwrap();
        for c in &mut entry.comments {
            c.text = "UIT DE CACHE".into();
        }
        std::fs::write(&p, inspraak::cache::encode(&entry).unwrap()).unwrap();
        n += 1;
    }
    n
}

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_inspraak"))
}

#[test]
fn unchanged_files_come_from_the_cache_and_changed_ones_do_not() {
    let (dir, inbox) = inbox();
    let first = run(&bin(), &inbox);
    assert!(first.contains("mantelzorgers"));
    let cache_dir = dir.path().join(".inspraak-cache");
    assert_eq!(poison(&cache_dir), 2, "one entry per response");
    // Nothing changed: both responses are served from the cache.
    let second = run(&bin(), &inbox);
    assert!(second.contains("UIT DE CACHE"));
    assert!(!second.contains("mantelzorgers"));
    assert!(!second.contains("voorlichting op scholen"));
    // One file changed under the same name: re-read, the other still cached.
    std::fs::write(
        inbox.join("responses/a.txt"),
        response("Wij missen aandacht voor jonge mantelzorgers op school."),
    )
    .unwrap();
    let third = run(&bin(), &inbox);
    assert!(third.contains("jonge mantelzorgers op school"));
    assert!(!third.contains("aandacht voor mantelzorgers in de wijk"));
    assert!(
        third.contains("UIT DE CACHE"),
        "the unchanged response is still cached"
    );
    assert!(!third.contains("voorlichting op scholen"));
    // --no-cache reads everything again.
    let out = dir.path().join("output");
    Command::new(bin())
        .args(["run", "--quiet", "--no-cache", "--inbox"])
        .arg(&inbox)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let fresh = std::fs::read_to_string(out.join("consultation.json")).unwrap();
    assert!(!fresh.contains("UIT DE CACHE"));
}

#[test]
fn a_file_rewritten_with_its_old_size_and_time_is_read_again() {
    let (dir, inbox) = inbox();
    // Files written just now are hashed on every run; wait until they
    // are old enough to be keyed by their metadata.
    std::thread::sleep(inspraak::file_keys::SETTLE + std::time::Duration::from_millis(200));
    run(&bin(), &inbox);
    let cache_dir = dir.path().join(".inspraak-cache");
    assert!(cache_dir.join(inspraak::file_keys::INDEX_FILE).is_file());
    assert_eq!(poison(&cache_dir), 2);
    assert!(run(&bin(), &inbox).contains("UIT DE CACHE"));
    // Same length, same modification time, other words: only the change
    // time (and the content) tells.
    let a = inbox.join("responses/a.txt");
    let modified = std::fs::metadata(&a).unwrap().modified().unwrap();
    let old = std::fs::read_to_string(&a).unwrap();
    let new = old.replace("mantelzorgers in de wijk", "mantelzorgers in de stad");
    assert_eq!(old.len(), new.len());
    std::fs::write(&a, &new).unwrap();
    std::fs::File::options()
        .append(true)
        .open(&a)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    let after = run(&bin(), &inbox);
    assert!(after.contains("mantelzorgers in de stad"));
    assert!(!after.contains("mantelzorgers in de wijk"));
    assert!(after.contains("UIT DE CACHE"), "b.txt is still served");
}

#[test]
fn a_rebuilt_tool_does_not_read_the_old_entries() {
    let (dir, inbox) = inbox();
    run(&bin(), &inbox);
    let cache_dir = dir.path().join(".inspraak-cache");
    assert_eq!(poison(&cache_dir), 2);
    // A copy of the binary has another modification time: a new build.
    let rebuilt = dir.path().join("inspraak-rebuilt");
    std::fs::copy(bin(), &rebuilt).unwrap();
    let json = run(&rebuilt, &inbox);
    assert!(!json.contains("UIT DE CACHE"));
    assert!(json.contains("mantelzorgers in de wijk"));
}

#[test]
fn another_tool_version_is_never_served() {
    let (dir, inbox) = inbox();
    let path = inbox.join("responses/a.txt");
    let v1 = Cache::with_stamp(dir.path().join("c"), "0.1.0/2/1:1");
    let v2 = Cache::with_stamp(dir.path().join("c"), "0.2.0/2/1:1");
    let (id, mut letter) =
        read_letter(&path, Some(&v1), inspraak::isolate::DEFAULT_FILE_TIMEOUT).unwrap();
    assert!(!letter.comments.is_empty());
    // Poison v1's entry for these bytes.
    let key = v1.file_key(&path, &std::fs::read(&path).unwrap());
    letter.comments[0].text = "UIT DE CACHE".into();
    v1.put_response(&key, &ResponseEntry::new(id, letter));
    let (_, from_v1) =
        read_letter(&path, Some(&v1), inspraak::isolate::DEFAULT_FILE_TIMEOUT).unwrap();
    assert_eq!(from_v1.comments[0].text, "UIT DE CACHE");
    let (_, from_v2) =
        read_letter(&path, Some(&v2), inspraak::isolate::DEFAULT_FILE_TIMEOUT).unwrap();
    assert!(from_v2.comments[0].text.contains("mantelzorgers"));
}

#[test]
fn entries_of_removed_files_are_evicted_when_old() {
    let (dir, inbox) = inbox();
    run(&bin(), &inbox);
    let cache_dir = dir.path().join(".inspraak-cache");
    // The content-addressed entries; the memo's kept parts (`fragments-*`)
    // and the index of `consultation.json`'s pieces are one file each,
    // replaced by the runs.
    let count = || {
        std::fs::read_dir(&cache_dir)
            .unwrap()
            .filter(|e| {
                let name = e.as_ref().unwrap().file_name();
                let name = name.to_string_lossy();
                let kind = name.split_once('-').map(|(kind, _)| kind);
                name.ends_with(".bin") && matches!(kind, Some("d" | "s" | "r" | "v" | "c"))
            })
            .count()
    };
    assert_eq!(
        count(),
        5,
        "draft, its sections, two responses and the comments' links"
    );
    // Make every entry a month old, remove one response and run again.
    for e in std::fs::read_dir(&cache_dir).unwrap() {
        let f = std::fs::File::options()
            .append(true)
            .open(e.unwrap().path())
            .unwrap();
        f.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(30 * 86400))
            .unwrap();
    }
    std::fs::remove_file(inbox.join("responses/b.txt")).unwrap();
    run(&bin(), &inbox);
    assert_eq!(count(), 4, "the removed response's entry is gone");
}

/// Renames every section a cached link points to, so a run shows whether
/// it took a comment's links from the cache.
fn poison_links(cache_dir: &Path) -> usize {
    let mut n = 0;
    for e in std::fs::read_dir(cache_dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("c-") {
            continue;
        }
        let mut results: CommentResults =
            inspraak::cache::decode_comment_results(&std::fs::read(&p).unwrap())
                .unwrap()
                .results;
        for r in results.values_mut() {
            for l in &mut r.sections {
                l.reason = "UIT DE LINKCACHE".into();
                n += 1;
            }
        }
        std::fs::write(
            &p,
            inspraak::cache::encode_comment_results(&results).unwrap(),
        )
        .unwrap();
    }
    n
}

#[test]
fn links_come_from_the_cache_until_the_draft_changes() {
    let (dir, inbox) = inbox();
    let first = run(&bin(), &inbox);
    assert!(first.contains("paragraaf 2"), "{first}");
    let cache_dir = dir.path().join(".inspraak-cache");
    assert!(poison_links(&cache_dir) >= 2, "both comments are linked");
    // Same draft, same comments: links are not computed again.
    let second = run(&bin(), &inbox);
    assert!(second.contains("UIT DE LINKCACHE"));
    // A new response is linked, the others still come from the cache.
    std::fs::write(
        inbox.join("responses/c.txt"),
        response("Preventie begint bij voorlichting in de wijk."),
    )
    .unwrap();
    let mut third: serde_json::Value = serde_json::from_str(&run(&bin(), &inbox)).unwrap();
    common::with_real_file_names(&inbox, &mut third);
    let reasons = |file: &str| -> Vec<String> {
        third["responses"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["file"] == file)
            .flat_map(|r| r["comments"].as_array().unwrap().clone())
            .flat_map(|c| c["sections"].as_array().unwrap().clone())
            .map(|l| l["reason"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(reasons("a.txt").iter().all(|r| r == "UIT DE LINKCACHE"));
    assert!(!reasons("c.txt").is_empty());
    assert!(reasons("c.txt").iter().all(|r| r != "UIT DE LINKCACHE"));
    // Another draft: every comment is linked against it anew.
    std::fs::write(
        inbox.join("drafts/01-concept.txt"),
        format!("{DRAFT}\n3 Mantelzorg\n\nMantelzorgers krijgen steun in de wijk.\n"),
    )
    .unwrap();
    let fourth = run(&bin(), &inbox);
    assert!(!fourth.contains("UIT DE LINKCACHE"));
}

#[test]
fn a_damaged_links_entry_is_ignored() {
    let (dir, inbox) = inbox();
    let first = run(&bin(), &inbox);
    let cache_dir = dir.path().join(".inspraak-cache");
    let mut damaged = 0;
    for e in std::fs::read_dir(&cache_dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("c-") {
            let bytes = std::fs::read(&p).unwrap();
            std::fs::write(&p, &bytes[..bytes.len() / 2]).unwrap();
            damaged += 1;
        }
    }
    assert_eq!(damaged, 1);
    // The links are computed again, the same as the first time.
    let second = run(&bin(), &inbox);
    assert_eq!(first, second);
}

/// Records `overgenomen` with `answer` for the first comment that
/// `inspraak comments` lists.
fn decide_first_comment(inbox: &Path, answer: &str) {
    let ids = Command::new(bin())
        .arg("comments")
        .arg("--inbox")
        .arg(inbox)
        .arg("--json")
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&ids.stdout).unwrap();
    let first = listed[0]["comments"][0]["id"].as_str().unwrap().to_string();
    Command::new(bin())
        .arg("decide")
        .arg("--inbox")
        .arg(inbox)
        .arg(&first)
        .args(["--status", "overgenomen", "--answer", answer])
        .assert()
        .success();
}

/// The memo's three formats, with the Word memo's document part.
fn memo(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for ext in ["html", "md"] {
        let name = format!("nota-van-beantwoording.{ext}");
        files.push((name.clone(), std::fs::read(out.join(&name)).unwrap()));
    }
    let docx = std::fs::File::open(out.join("nota-van-beantwoording.docx")).unwrap();
    let mut zip = zip::ZipArchive::new(docx).unwrap();
    let mut document = Vec::new();
    std::io::Read::read_to_end(
        &mut zip.by_name("word/document.xml").unwrap(),
        &mut document,
    )
    .unwrap();
    files.push(("word/document.xml".into(), document));
    files
}

fn run_into(inbox: &Path, out: &Path, cache: bool) {
    run_templated(inbox, out, None, cache);
}

/// `inspraak run --quiet` of `inbox` into `out`, with `templates` when
/// given, with the cache or without it (`--no-cache`, a cold run),
/// asserting success.
fn run_templated(inbox: &Path, out: &Path, templates: Option<&Path>, cache: bool) {
    let mut cmd = Command::new(bin());
    cmd.arg("run")
        .arg("--inbox")
        .arg(inbox)
        .arg("--out")
        .arg(out);
    if let Some(templates) = templates {
        cmd.arg("--templates").arg(templates);
    }
    cmd.arg("--quiet");
    if !cache {
        cmd.arg("--no-cache");
    }
    cmd.assert().success();
}

#[test]
fn kept_memo_parts_never_outlive_a_change() {
    let (dir, inbox) = inbox();
    let out = dir.path().join("output");
    let fresh = dir.path().join("fresh");
    run_into(&inbox, &out, true);
    let cache_dir = dir.path().join(".inspraak-cache");
    for kind in ["html", "md", "docx"] {
        assert!(
            cache_dir
                .join(format!("fragments-memo-{kind}.bin"))
                .is_file(),
            "memo parts of {kind} kept"
        );
    }
    let before = memo(&out);
    // A decision changes one comment's part of the memo.
    decide_first_comment(&inbox, "Wij nemen dit over in de tekst.");
    run_into(&inbox, &out, true);
    run_into(&inbox, &fresh, false);
    let after = memo(&out);
    assert_ne!(before, after, "the decision is in the memo");
    assert_eq!(
        after,
        memo(&fresh),
        "kept parts give the memo a fresh run gives"
    );
    // A new response, and one changed: the same.
    std::fs::write(
        inbox.join("responses/c.txt"),
        response("Het jongerenwerk hoort ook bij de preventie."),
    )
    .unwrap();
    std::fs::write(
        inbox.join("responses/b.txt"),
        response("De voorlichting moet ook ouders bereiken."),
    )
    .unwrap();
    run_into(&inbox, &out, true);
    run_into(&inbox, &fresh, false);
    assert_eq!(memo(&out), memo(&fresh));
    // Kept parts that are damaged on disk are not used.
    for kind in ["html", "md", "docx"] {
        let path = cache_dir.join(format!("fragments-memo-{kind}.bin"));
        let mut bytes = std::fs::read(&path).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x20;
        std::fs::write(&path, bytes).unwrap();
    }
    run_into(&inbox, &out, true);
    assert_eq!(memo(&out), memo(&fresh));
}

#[test]
fn kept_scrubbed_texts_follow_the_private_names() {
    let (dir, inbox) = inbox();
    let out = dir.path().join("output");
    let fresh = dir.path().join("fresh");
    std::fs::write(
        inbox.join("responses/a.txt"),
        // Not after a relation word (`mijn buurman Piet Bakker` is removed
        // as a third party's name): only his own response makes the name
        // a private person's.
        response("Piet Bakker van hiernaast en ik missen aandacht voor mantelzorgers."),
    )
    .unwrap();
    run_into(&inbox, &out, true);
    assert!(dir
        .path()
        .join(".inspraak-cache/fragments-scrubbed.bin")
        .is_file());
    let public = |out: &Path| {
        let mut files = memo(out);
        let json = std::fs::read(out.join("consultation.json")).unwrap();
        files.push(("consultation.json".into(), json));
        files
    };
    let before = public(&out);
    // The neighbour responds himself: a private person whose name is in a
    // text scrubbed (and kept) before.
    std::fs::write(
        inbox.join("responses/c.txt"),
        "Geachte werkgroep,\n\n1. Ook ik vraag aandacht voor mantelzorgers.\n\nMet vriendelijke groet,\nPiet Bakker\n",
    )
    .unwrap();
    run_into(&inbox, &out, true);
    run_into(&inbox, &fresh, false);
    let after = public(&out);
    assert_eq!(
        after,
        public(&fresh),
        "kept texts give what a fresh run gives"
    );
    let html = String::from_utf8_lossy(&after[0].1);
    assert!(
        !html.contains("Piet Bakker"),
        "the new private name is removed"
    );
    assert!(String::from_utf8_lossy(&before[0].1).contains("Piet Bakker"));
}

#[test]
fn a_kept_memo_file_follows_its_templates() {
    let (dir, inbox) = inbox();
    let out = dir.path().join("output");
    let fresh = dir.path().join("fresh");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let run_with = |out: &Path, cache: bool| run_templated(&inbox, out, Some(&templates), cache);
    run_with(&out, true);
    let html = out.join("nota-van-beantwoording.html");
    let modified = || std::fs::metadata(&html).unwrap().modified().unwrap();
    let first = modified();
    // Nothing changed: the memo is left as it is.
    run_with(&out, true);
    assert_eq!(modified(), first);
    // A changed memo template: the memo is made anew with it.
    let memo = inspraak::report::templates::DEFAULTS
        .iter()
        .find(|f| f.path == "memo.html.hbs")
        .unwrap()
        .content
        .replace("</body>", "<p>Eigen voettekst</p></body>");
    std::fs::write(templates.join("memo.html.hbs"), memo).unwrap();
    run_with(&out, true);
    run_with(&fresh, false);
    assert!(std::fs::read_to_string(&html)
        .unwrap()
        .contains("Eigen voettekst"));
    assert_eq!(memo_of(&out), memo_of(&fresh));
}

/// [`memo`] with the letters and consultation.json.
fn memo_of(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = memo(out);
    for name in ["consultation.json", "letters/jan-jansen.md"] {
        if let Ok(bytes) = std::fs::read(out.join(name)) {
            files.push((name.into(), bytes));
        }
    }
    files
}

#[test]
fn the_consultations_related_terms_link_comments_and_renew_the_kept_links() {
    let (_dir, inbox) = inbox_with_draft(
        "1 Inleiding\n\nDe regio wil de komende jaren beter samenwerken met partners in zorg, \
         onderwijs en veiligheid, zodat inwoners sneller hulp krijgen bij problemen thuis.\n\n\
         2 Preventie\n\nDe gemeenten investeren in voorlichting en vroegsignalering, zodat \
         signalen van geweld eerder worden opgemerkt en besproken door professionals in de wijk.\n",
    );
    std::fs::write(
        inbox.join("responses/a.txt"),
        "Geachte werkgroep,\n\nEen spreekbeurt door een moeder maakt veel indruk op jongeren.\n\n\
         Met vriendelijke groet,\nJan Jansen\n",
    )
    .unwrap();
    let links = |json: &str| -> Vec<(String, String)> {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        v["responses"][0]["comments"][0]["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["number"].as_str().unwrap().to_string(),
                    l["reason"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // The draft never says `spreekbeurt`: no link.
    let first = run(&bin(), &inbox);
    assert!(links(&first).is_empty(), "{:?}", links(&first));
    // The working group relates it to the draft's words; the link kept
    // from the first run is not served.
    std::fs::write(
        inbox.join("consultation.toml"),
        "related_terms = [\"spreekbeurt | voorlichting | vroegsignalering\", \"alleen\"]\n",
    )
    .unwrap();
    let second = run(&bin(), &inbox);
    let got = links(&second);
    assert_eq!(got.first().map(|l| l.0.as_str()), Some("2"), "{got:?}");
    assert!(got[0].1.contains("voorlichting (≈ spreekbeurt)"), "{got:?}");
    // A group of one term is reported to the working group, not silently
    // dropped; it is about their settings, so not in the public outputs.
    let v: serde_json::Value = serde_json::from_str(&second).unwrap();
    assert!(!v["problems"].to_string().contains("consultation.toml"));
    let check = Command::new(bin())
        .arg("run")
        .arg("--inbox")
        .arg(&inbox)
        .arg("--out")
        .arg(inbox.parent().unwrap().join("output"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&check.stderr);
    assert!(
        err.contains("warning: consultation.toml: related_terms entry \"alleen\""),
        "{err}"
    );
    // Taken away again: the link goes with it.
    std::fs::remove_file(inbox.join("consultation.toml")).unwrap();
    let third = run(&bin(), &inbox);
    assert!(links(&third).is_empty(), "{:?}", links(&third));
}

/// QA31d: a saved e-mail named `.txt` and then renamed `.eml` (same bytes)
/// is read again as an e-mail, not served the `.txt` reading from the cache.
/// (A message's source that opens with its header fields is read as an
/// e-mail under `.txt` too; this one opens with a mailbox's separator line,
/// which only the e-mail reader knows, so its two readings differ.)
#[test]
fn a_file_renamed_to_another_type_is_read_again_as_that_type() {
    let (_dir, inbox) = inbox_with_draft(DRAFT);
    let mail = "From anna@example.org Mon Mar  2 10:00:00 2026\r\nFrom: Anna Kok <anna@example.org>\r\nTo: werkgroep@example.org\r\nSubject: Reactie regiovisie\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGeachte werkgroep,\r\n\r\n1. Wij missen een =E2=80=9Cwarme overdracht=E2=80=9D tussen de wijkteams en V=\r\neilig Thuis. Wij vragen u dit in paragraaf 2 uit te werken.\r\n\r\nMet vriendelijke groet,\r\nAnna Kok\r\n";
    std::fs::write(inbox.join("responses/reactie.txt"), mail).unwrap();
    let as_text = run(&bin(), &inbox);
    assert!(as_text.contains("=E2=80=9C"), "{as_text}");
    std::fs::rename(
        inbox.join("responses/reactie.txt"),
        inbox.join("responses/reactie.eml"),
    )
    .unwrap();
    let as_mail = run(&bin(), &inbox);
    assert!(!as_mail.contains("=E2=80=9C"), "{as_mail}");
    assert!(as_mail.contains("“warme overdracht”"), "{as_mail}");
}

/// `inspraak run` (not quiet) on `inbox`: its stderr.
fn run_loud(inbox: &Path) -> String {
    let out = inbox.parent().unwrap().join("output");
    let done = Command::new(bin())
        .arg("run")
        .arg("--inbox")
        .arg(inbox)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    String::from_utf8_lossy(&done.get_output().stderr).into_owned()
}

#[test]
fn a_lost_cache_leaves_an_unchanged_consultation_json_as_it_is() {
    let (dir, inbox) = inbox();
    run_loud(&inbox);
    let json = dir.path().join("output/consultation.json");
    let inode = std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(&json).unwrap());
    std::fs::remove_dir_all(dir.path().join(".inspraak-cache")).unwrap();
    let err = run_loud(&inbox);
    assert!(err.contains(" 0 written"), "{err}");
    assert_eq!(
        std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(&json).unwrap()),
        inode
    );
    // Indexed again: a changed response reuses the other pieces, and the
    // file is what a run without the cache writes.
    std::fs::write(
        inbox.join("responses/a.txt"),
        response("Wij missen aandacht voor jonge mantelzorgers in de wijk."),
    )
    .unwrap();
    let with_cache = run(&bin(), &inbox);
    Command::new(bin())
        .args(["run", "--no-cache", "--quiet", "--inbox"])
        .arg(&inbox)
        .arg("--out")
        .arg(dir.path().join("fresh"))
        .assert()
        .success();
    assert_eq!(
        with_cache,
        std::fs::read_to_string(dir.path().join("fresh/consultation.json")).unwrap()
    );
}

#[test]
fn a_cache_folder_that_cannot_be_written_is_warned_about() {
    let (dir, inbox) = inbox();
    std::fs::write(dir.path().join(".inspraak-cache"), "not a folder").unwrap();
    let err = run_loud(&inbox);
    assert!(
        err.contains("warning: the cache folder") && err.contains("cannot be written"),
        "{err}"
    );
    std::fs::remove_file(dir.path().join(".inspraak-cache")).unwrap();
    let err = run_loud(&inbox);
    assert!(!err.contains("cannot be written"), "{err}");
}

/// Every file of an output folder (the letters too), by path inside it;
/// the docx as its parts (a zip's bytes also hold times), the staging's
/// own bookkeeping (its manifest) left out.
fn every_output_file(out: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, files: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let name = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                walk(root, &p, files);
            } else if name.starts_with('.') {
                continue;
            } else if name.ends_with(".docx") {
                let mut zip = zip::ZipArchive::new(std::fs::File::open(&p).unwrap()).unwrap();
                for i in 0..zip.len() {
                    let mut part = zip.by_index(i).unwrap();
                    let mut bytes = Vec::new();
                    std::io::Read::read_to_end(&mut part, &mut bytes).unwrap();
                    files.push((format!("{name}:{}", part.name().unwrap()), bytes));
                }
            } else {
                files.push((name, std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut files = Vec::new();
    walk(out, out, &mut files);
    files.sort();
    files
}

/// Compares two outputs file by file, naming the first that differs.
/// Runs `inbox` cold (`--no-cache`) into `scratch` and asserts that `out`,
/// written incrementally, holds the same files (see [`assert_same_output`]).
fn same_as_cold(inbox: &Path, templates: &Path, out: &Path, scratch: &Path, when: &str) {
    let _ = std::fs::remove_dir_all(scratch);
    run_templated(inbox, scratch, Some(templates), false);
    assert_same_output(out, scratch, when);
}

fn assert_same_output(incremental: &Path, cold: &Path, when: &str) {
    let (a, b) = (every_output_file(incremental), every_output_file(cold));
    let names = |f: &[(String, Vec<u8>)]| f.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&b), "{when}: the same files");
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert!(
            x == y,
            "{when}: `{name}` differs from a cold run's:\n{}\n---\n{}",
            String::from_utf8_lossy(x),
            String::from_utf8_lossy(y)
        );
    }
}

/// Issue 8: after a run with the cache (one new response, a decision, a
/// changed template, a changed draft), every output file is byte for byte
/// what a cold run (`--no-cache`, no earlier output) writes for the same
/// inputs; also when the new response is a private person whose name an
/// earlier response's text holds, and when an answer names a person one
/// response named.
#[test]
fn an_incremental_run_writes_what_a_cold_run_writes() {
    let (dir, inbox) = inbox();
    let out = dir.path().join("output");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        inbox.join("responses/a.txt"),
        response(
            "Piet Bakker van hiernaast en ik missen aandacht voor mantelzorgers. \
             Mijn buurman Kees de Wit zorgt voor zijn moeder.",
        ),
    )
    .unwrap();
    let run_with = |out: &Path, cache: bool| run_templated(&inbox, out, Some(&templates), cache);
    let cold = |when: &str| same_as_cold(&inbox, &templates, &out, &dir.path().join("cold"), when);
    run_with(&out, true);
    run_with(&out, true);
    cold("a warm run");
    // +1: the neighbour responds himself (his name, in a's text, becomes
    // a private person's), and a response that names Kees again.
    std::fs::write(
        inbox.join("responses/c.txt"),
        "Geachte werkgroep,\n\n1. Ook ik vraag aandacht voor mantelzorgers in paragraaf 2.\n\nMet vriendelijke groet,\nPiet Bakker\n",
    )
    .unwrap();
    run_with(&out, true);
    cold("one new response");
    std::fs::write(
        inbox.join("responses/d.txt"),
        response("Kees kan dat beamen: de voorlichting moet eerder beginnen."),
    )
    .unwrap();
    run_with(&out, true);
    cold("another new response");
    // A decision with an answer that names the neighbour.
    decide_first_comment(&inbox, "Wij danken Kees en nemen dit over in paragraaf 2.");
    run_with(&out, true);
    cold("a decision");
    // A changed letter template.
    let letter = inspraak::report::templates::DEFAULTS
        .iter()
        .find(|f| f.path == "letter.md.hbs")
        .unwrap()
        .content
        .to_string()
        + "\nEigen slotregel.\n";
    std::fs::write(templates.join("letter.md.hbs"), letter).unwrap();
    run_with(&out, true);
    let letters: Vec<String> = std::fs::read_dir(out.join("letters"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(!letters.is_empty());
    assert!(letters.iter().all(|l| l.contains("Eigen slotregel.")));
    cold("a changed template");
    // A changed draft.
    std::fs::write(
        inbox.join("drafts/01-concept.txt"),
        DRAFT.replace("voorlichting en", "voorlichting, mantelzorg en"),
    )
    .unwrap();
    run_with(&out, true);
    cold("a changed draft");
}

/// The sample with its ledger, as the README's main command runs it: the
/// second run writes nothing. The first run keeps in the ledger the texts
/// of the letter a campaign decision was made on (`scrub_also`); the
/// comments' copies of that decision are brought up to date in the same
/// run, so the second run builds `consultation.json` under the same key
/// (it had written the same bytes again under another).
#[test]
fn the_sample_run_twice_writes_nothing_the_second_time() {
    let tmp = common::sample_copy();
    std::fs::copy(
        common::repo().join("ledger.toml"),
        tmp.path().join("ledger.toml"),
    )
    .unwrap();
    let run = || {
        let done = common::inspraak(tmp.path()).arg("run").assert().success();
        String::from_utf8_lossy(&done.get_output().stderr).into_owned()
    };
    let first = run();
    assert!(!first.contains(" 0 written"), "{first}");
    let second = run();
    assert!(second.contains(" 0 written"), "{second}");
}

/// The Markdown letter whose file name starts with `stem`.
fn letter_md(out: &Path, stem: &str) -> String {
    let letters = out.join("letters");
    let found = std::fs::read_dir(&letters)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.extension().is_some_and(|x| x == "md")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(stem))
        });
    std::fs::read_to_string(found.unwrap_or_else(|| panic!("no letter `{stem}*.md`"))).unwrap()
}

/// Issue 8: a letter that an incremental run does not build (its inputs
/// are those of the previous run's letter) is still what a cold run
/// writes after every change of something it shows that comes from
/// outside its own response: the decision on its campaign taken on
/// another resident's letter, a person named in that decision who
/// responds herself (her name then goes from the letters of those who
/// did not name her), a new member of the campaign, the decision changed,
/// its template, a section title of the draft.
#[test]
fn a_letter_known_by_its_inputs_follows_its_campaign_and_the_names_in_its_answer() {
    let (dir, inbox) = inbox_with_draft(DRAFT);
    let out = dir.path().join("output");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let campaign = "Het buurthuis aan de Lindelaan moet open blijven, want ouderen uit de \
                    wijk ontmoeten elkaar daar elke week bij de koffieochtend en de \
                    voorlichting over valpreventie.";
    let member = |name: &str| {
        format!("Geachte werkgroep,\n\n{campaign}\n\nMet vriendelijke groet,\n{name}\n")
    };
    for (file, name) in [
        ("a-bos.txt", "Anton Bos"),
        ("b-meijer.txt", "Bregje Meijer"),
        ("c-kok.txt", "Cor Kok"),
    ] {
        std::fs::write(inbox.join("responses").join(file), member(name)).unwrap();
    }
    let run_with = |out: &Path, cache: bool| run_templated(&inbox, out, Some(&templates), cache);
    let cold = |when: &str| same_as_cold(&inbox, &templates, &out, &dir.path().join("cold"), when);
    run_with(&out, true);
    run_with(&out, true);
    cold("a warm run");
    // The campaign's decision, taken on the first letter, names a
    // resident who has not responded.
    decide_first_comment(
        &inbox,
        "Wij nemen dit over; Sanne Visser organiseert de koffieochtend al jaren.",
    );
    run_with(&out, true);
    cold("a campaign decision");
    let before = letter_md(&out, "inwoner-3");
    assert!(before.contains("Wij nemen dit over"), "{before}");
    // She responds herself: a private person now, so her name goes from
    // the answer in the letters of the members who did not name her.
    std::fs::write(
        inbox.join("responses/d-visser.txt"),
        "Geachte werkgroep,\n\n1. Ik vraag aandacht voor de voorlichting op basisscholen in paragraaf 2.\n\nMet vriendelijke groet,\nSanne Visser\n",
    )
    .unwrap();
    run_with(&out, true);
    cold("a person named in the campaign's answer responds");
    let after = letter_md(&out, "inwoner-3");
    assert!(after.contains("Wij nemen dit over"), "{after}");
    assert_ne!(before, after, "her name goes from the member's letter");
    // A new member of the campaign.
    std::fs::write(inbox.join("responses/e-smit.txt"), member("Els Smit")).unwrap();
    run_with(&out, true);
    cold("a new member of the campaign");
    // The decision changed.
    decide_first_comment(
        &inbox,
        "Wij nemen dit over en noemen het buurthuis in paragraaf 2.",
    );
    run_with(&out, true);
    cold("the campaign's decision changed");
    assert!(letter_md(&out, "inwoner-3").contains("noemen het buurthuis"));
    // A changed letter template.
    let letter = inspraak::report::templates::DEFAULTS
        .iter()
        .find(|f| f.path == "letter.md.hbs")
        .unwrap()
        .content
        .to_string()
        + "\nMet dank voor uw betrokkenheid.\n";
    std::fs::write(templates.join("letter.md.hbs"), letter).unwrap();
    run_with(&out, true);
    cold("a changed template");
    assert!(letter_md(&out, "inwoner-3").contains("Met dank voor uw betrokkenheid."));
    // A section title of the draft.
    std::fs::write(
        inbox.join("drafts/01-concept.txt"),
        DRAFT.replace("2 Preventie", "2 Preventie en ontmoeting"),
    )
    .unwrap();
    run_with(&out, true);
    cold("a changed section title");
}
