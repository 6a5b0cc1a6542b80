//! What the fuzz targets share: the checks on a `SyntaxError`, and running a program in a fresh VM
//! with a small heap and a time budget.
//!
//! The VM has no instruction budget of its own, so the budget is a timer: the program runs on a
//! thread of its own, and when `RunLimits::budget` has passed the harness sets `vm.interrupt`,
//! which raises KeyboardInterrupt at the next safe point (what Ctrl-C does). A program that is
//! still running `RunLimits::grace` after that has either found a loop without a safe point (a
//! bug: the harness panics, so libFuzzer records the input) or catches KeyboardInterrupt and goes
//! on looping (not a bug: look at the input before filing it).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use ferrite_syntax::SyntaxError;
use ferrite_vm::{Config, Vm};

/// The interpreter thread's stack. The `ferrite` binary gives it 512 MiB
/// (crates/ferrite-cli/src/main.rs); the harness gives it much less, so that recursion the VM
/// does not bound shows up as a stack overflow with the nesting a 2 MiB heap allows, while the
/// recursion it does bound (native re-entry, repr, compare, the parser) still fits.
/// `FERRITE_FUZZ_STACK_MB` overrides it.
pub const VM_STACK_BYTES: usize = 64 << 20;

fn vm_stack_bytes() -> usize {
    static BYTES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *BYTES.get_or_init(|| {
        std::env::var("FERRITE_FUZZ_STACK_MB").ok().and_then(|s| s.parse::<usize>().ok()).map_or(VM_STACK_BYTES, |mb| mb << 20)
    })
}

/// Limits for one run.
#[derive(Debug, Clone, Copy)]
pub struct RunLimits {
    /// `-X heapsize`.
    pub heap_limit: usize,
    /// Time before the harness interrupts the program.
    pub budget: Duration,
    /// Time after the interrupt before the harness calls the program hung.
    pub grace: Duration,
}

impl RunLimits {
    /// For fuzzing: a board-sized heap, and little time, since most inputs finish in microseconds.
    pub const FUZZ: RunLimits =
        RunLimits { heap_limit: 2 << 20, budget: Duration::from_millis(100), grace: Duration::from_secs(3) };
}

/// A `SyntaxError` must name a line of the input (1-based) and say something.
pub fn check_syntax_error(e: &SyntaxError, src: &[u8]) {
    let lines = src.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u32 + 2;
    assert!(e.line >= 1 && e.line <= lines, "SyntaxError line {} outside 1..={lines}: {e:?}", e.line);
    assert!(!e.msg.is_empty(), "SyntaxError without a message at line {}", e.line);
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Returned normally.
    Finished,
    /// Raised; the text is the traceback as the `ferrite` binary would print it.
    Raised(String),
}

/// Runs `src` as `__main__` in a fresh VM with every native module, output discarded, file access
/// confined to an empty device directory, a virtual clock (so `time.sleep` does not wait) and
/// stdin as the process has it (run the fuzzer with stdin from /dev/null).
///
/// Panics (so that libFuzzer records the input) when the VM panics, when a run ends with
/// `RuntimeError: internal error`, or when the program does not stop after the interrupt.
pub fn run_source(src: &[u8], limits: RunLimits) -> Outcome {
    let src = src.to_vec();
    let (flag_tx, flag_rx) = mpsc::channel::<Arc<AtomicBool>>();
    let (done_tx, done_rx) = mpsc::channel::<Outcome>();
    let handle = std::thread::Builder::new()
        .name("ferrite-fuzz".into())
        .stack_size(vm_stack_bytes())
        .spawn(move || {
            let mut vm = new_vm(limits.heap_limit);
            let _ = flag_tx.send(vm.interrupt.clone());
            let outcome = match vm.run_main(&src, "<fuzz>") {
                Ok(_) => Outcome::Finished,
                Err(e) => Outcome::Raised(vm.format_exception(e.0)),
            };
            vm.flush_out();
            let _ = done_tx.send(outcome.clone());
            outcome
        })
        .unwrap_or_else(|e| panic!("cannot start the VM thread: {e}"));
    let Ok(flag) = flag_rx.recv() else {
        // The thread died before the VM existed: a panic in Vm::new, which the hook reported.
        return join(handle);
    };
    if done_rx.recv_timeout(limits.budget).is_err() {
        let hung_at = Instant::now();
        // Keep interrupting: a program may catch KeyboardInterrupt once and loop again.
        loop {
            flag.store(true, Ordering::Relaxed);
            if done_rx.recv_timeout(Duration::from_millis(5)).is_ok() {
                break;
            }
            if hung_at.elapsed() > limits.grace {
                panic!("still running {:?} after KeyboardInterrupt: a loop without a safe point?", limits.grace);
            }
        }
    }
    let outcome = join(handle);
    if let Outcome::Raised(text) = &outcome {
        assert!(!text.contains("RuntimeError: internal error"), "internal error:\n{text}");
    }
    outcome
}

fn join(handle: std::thread::JoinHandle<Outcome>) -> Outcome {
    match handle.join() {
        Ok(o) => o,
        Err(p) => std::panic::resume_unwind(p),
    }
}

/// A VM as the `ferrite` binary makes one, but sandboxed for fuzzing.
pub fn new_vm(heap_limit: usize) -> Vm {
    let config = Config { heap_limit, virtual_time: true, ..Default::default() };
    let mut vm = Vm::new(config);
    ferrite_modules::register_all(&mut vm);
    ferrite_modules::io::install_open(&mut vm);
    if let Some(root) = device_dir() {
        empty_dir(root);
        vm.fs_root = Some(root.clone());
        vm.fs_cwd = "/".to_string();
    }
    vm.set_output(Box::new(std::io::sink()));
    vm
}

/// Removes what an earlier run left in the device directory (keeps the device's `.ferrite/`).
fn empty_dir(root: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(root) else { return };
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with(ferrite_vm::vfs::HIDDEN_PREFIX) {
            continue;
        }
        let path = e.path();
        let _ = if path.is_dir() { std::fs::remove_dir_all(&path) } else { std::fs::remove_file(&path) };
    }
}

/// One empty device directory per process, under the system temp dir, so fuzzed programs that
/// write or delete files touch nothing else.
fn device_dir() -> Option<&'static std::path::PathBuf> {
    static DIR: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("ferrite-fuzz-device-{}", std::process::id()));
        ferrite_vm::vfs::device_init(&dir).ok()?;
        std::fs::canonicalize(&dir).ok()
    })
    .as_ref()
}
