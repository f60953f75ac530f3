use super::*;

#[test]
fn a_result_comes_back() {
    assert_eq!(isolated("ok", Duration::from_secs(10), || 41 + 1), Ok(42));
}

#[test]
fn a_panic_becomes_a_failure_with_its_message() {
    // The limit is only an upper bound (the panic comes back as soon as it
    // is caught), and a generous one: with RUST_BACKTRACE set, the panic
    // hook symbolises a backtrace first, which took over 10 s on a loaded
    // 2-core machine while the other tests ran (a flaky TimedOut in CI).
    let r: Result<(), _> = isolated("boom", Duration::from_secs(300), || panic!("bad xref"));
    assert_eq!(r, Err(Failure::Panicked(Some("bad xref".into()))));
    let msg = r.unwrap_err().message("brief.pdf", "read");
    assert!(
        msg.contains("`brief.pdf`") && msg.contains("bad xref"),
        "{msg}"
    );
}

#[test]
fn parallel_jobs_using_rayon_inside_do_not_wait_for_each_other() {
    use rayon::prelude::*;
    let sums: Vec<_> = (0..16u64)
        .into_par_iter()
        .map(|i| {
            isolated("nested", Duration::from_secs(30), move || {
                (0..1000u64).into_par_iter().map(|x| x * i).sum::<u64>()
            })
        })
        .collect();
    for (i, sum) in sums.into_iter().enumerate() {
        assert_eq!(sum, Ok(499_500 * i as u64));
    }
}

#[test]
fn a_job_past_its_limit_is_abandoned() {
    let limit = Duration::from_millis(50);
    let r = isolated("slow", limit, || {
        std::thread::sleep(Duration::from_secs(2));
        1
    });
    assert_eq!(r, Err(Failure::TimedOut(limit)));
    let msg = r.unwrap_err().message("bom.pdf", "read");
    assert!(msg.contains("took longer than 0.05 s"), "{msg}");
    assert!(msg.contains("convert it to a new PDF"), "{msg}");
}
