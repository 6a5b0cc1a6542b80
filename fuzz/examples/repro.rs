//! Replays inputs outside libFuzzer: `cargo run --release --example repro -- [--heap BYTES] FILE...`
//! runs each file as the `run` target does and prints how it ended (for triage and minimising).

fn main() {
    let mut limits = ferrite_fuzz::RunLimits::FUZZ;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--heap" {
            limits.heap_limit = args.next().and_then(|s| s.parse().ok()).unwrap_or(limits.heap_limit);
            continue;
        }
        let src = std::fs::read(&a).unwrap_or_else(|e| panic!("{a}: {e}"));
        let outcome = ferrite_fuzz::run_source(&src, limits);
        println!("{a}: {outcome:?}");
    }
}
