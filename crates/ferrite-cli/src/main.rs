//! The `ferrite` command: MicroPython's unix-port command line on top of a Ferrite VM.
//!
//! `ferrite [options] [-c CODE | -m MODULE | FILE | -] [args...]`. The VM runs on a thread with a
//! large stack, so that the bounded recursion inside the VM (native re-entry, nested reprs,
//! the recursive-descent compiler) never reaches the guard page.
//!
//! Startup is part of every run (`ferrite -c pass` is about 1 ms over the kernel's `exec`), so the
//! entry point is C's `main` (`no_main`): Rust's runtime setup would read `/proc/self/maps` to find
//! the main thread's stack guard and install stack-overflow handlers, ~0.1 ms that buys only a
//! nicer message for a stack overflow the VM never lets happen. The VM thread ends the process
//! itself (`exit_now`), so no thread teardown or allocator clean-up runs at exit. Measurements:
//! bench/README.md ("Startup").
#![cfg_attr(not(test), no_main)]

mod args;
mod device;
mod repl;

use std::io::{IsTerminal, Read, Write};

use ferrite_vm::{Config, Vm};

/// Stack for the interpreter thread. The VM bounds its own recursion well below this. The
/// mapping costs nothing until touched: the kernel commits pages as the stack grows.
const VM_STACK_BYTES: usize = 512 << 20;

/// The C entry point (argv comes from std, which glibc hands it before `main`).
#[cfg(not(test))]
#[no_mangle]
extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
    start()
}

#[cfg(test)]
fn main() {
    start();
}

fn start() -> i32 {
    runtime_setup();
    let opts = match args::parse(std::env::args().skip(1).collect()) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            eprintln!("{}", args::USAGE);
            return 2;
        }
    };
    if opts.help {
        println!("{}", args::USAGE);
        return 0;
    }
    if opts.version {
        println!("Ferrite {} (MicroPython-compatible)", env!("CARGO_PKG_VERSION"));
        return 0;
    }
    let handle = std::thread::Builder::new().name("ferrite".into()).stack_size(VM_STACK_BYTES).spawn(move || {
        let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(opts))).unwrap_or_else(|_| {
            eprintln!("RuntimeError: internal error");
            1
        });
        exit_now(code)
    });
    match handle {
        // The thread ends the process; a join that returns means it could not.
        Ok(h) => {
            let _ = h.join();
            1
        }
        Err(_) => {
            eprintln!("could not start the interpreter thread");
            1
        }
    }
}

/// What Rust's runtime would set up before `main` and the VM relies on: descriptors 0-2 open
/// (so a file the program opens never becomes its stdout), and SIGPIPE ignored (a write to a
/// closed pipe is an OSError, as in MicroPython, not death by signal). glibc allocations go to
/// one arena: the VM thread would otherwise map a 128 MB arena for the few bytes glibc itself
/// allocates there (mimalloc serves Rust's allocations).
fn runtime_setup() {
    let mut fds = [0, 1, 2].map(|fd| libc::pollfd { fd, events: 0, revents: 0 });
    // SAFETY: `fds` is a valid array of 3 pollfds for the duration of the call; opening
    // /dev/null onto a closed descriptor and the signal/mallopt calls touch no Rust state.
    unsafe {
        if libc::poll(fds.as_mut_ptr(), 3, 0) > 0 && fds.iter().any(|p| p.revents & libc::POLLNVAL != 0) {
            for p in &fds {
                if p.revents & libc::POLLNVAL != 0 {
                    let fd = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
                    if fd >= 0 && fd != p.fd {
                        libc::dup2(fd, p.fd);
                        libc::close(fd);
                    }
                }
            }
        }
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Ends the process with `code` once stdout is flushed, without running exit handlers: the
/// VM's files are closed (`release_natives`) and the rest of memory goes back to the OS
/// unwalked (mimalloc would otherwise purge its segments page range by page range).
fn exit_now(code: i32) -> ! {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: `_exit` ends the process at once; no Rust state outlives it.
    unsafe { libc::_exit(code) }
}

fn run(opts: args::Options) -> i32 {
    if opts.internal_panic {
        panic!("deliberate panic (-X internal-panic)");
    }
    let mut config = Config::default();
    if let Some(h) = opts.heap_size {
        config.heap_limit = h;
    }
    config.gc_stress = opts.gc_stress;
    config.sched_seed = opts.sched_seed;
    config.virtual_time = opts.virtual_time;
    config.optimize = opts.optimize;
    // As MicroPython's unix port: sys.path[0] is '' (the script's directory when one runs),
    // then the MICROPYPATH entries.
    config.path = vec![String::new()];
    match std::env::var("MICROPYPATH") {
        Ok(p) => config.path.extend(p.split(':').map(|s| s.to_string())),
        Err(_) => config.path.push(".frozen".into()),
    }
    config.argv = opts.argv.clone();
    if opts.device.is_some() && std::env::var("MICROPYPATH").is_err() {
        device::configure(&mut config);
    }
    let mut vm = Vm::new(config);
    ferrite_modules::register_all(&mut vm);
    vm.frozen = Some(ferrite_frozen::lookup);
    ferrite_modules::io::install_open(&mut vm);
    set_debug_flag(&mut vm, opts.optimize);
    if let Some(dir) = &opts.device {
        if let Err(msg) = device::setup(&mut vm, dir) {
            eprintln!("{msg}");
            return 2;
        }
    }
    if !opts.uarts.is_empty() {
        if let Err(msg) = device::wire_uarts(&mut vm, &opts.uarts) {
            eprintln!("{msg}");
            return 2;
        }
    }
    vm.set_output(Box::new(std::io::BufWriter::with_capacity(1 << 14, std::io::stdout())));
    install_sigint(&mut vm);

    let compile_only = opts.compile_only;
    if let Some(code) = &opts.pre_code {
        // `-c CODE FILE`: CODE first; an uncaught exception is reported and FILE still runs,
        // unless it was SystemExit.
        if let Err(e) = exec_main(&mut vm, code.as_bytes(), "<stdin>", compile_only) {
            let exiting = vm.sched.fatal.is_some() || vm.is_exception_kind(e.0, ferrite_vm::ExcKind::SystemExit);
            let status = report(&mut vm, e);
            if exiting {
                vm.flush_out();
                return status;
            }
        }
    }
    let result = match &opts.program {
        args::Program::Code(code) => exec_main(&mut vm, code.as_bytes(), "<stdin>", compile_only),
        args::Program::Module(name) => run_module(&mut vm, name, compile_only),
        args::Program::File(path) => match std::fs::read(path) {
            Ok(src) => {
                if opts.device.is_none() {
                    set_script_dir(&mut vm, path);
                }
                exec_main(&mut vm, &src, path, compile_only)
            }
            Err(e) => {
                vm.flush_out();
                eprintln!("ferrite: can't open file '{path}': [Errno {}] {e}", e.raw_os_error().unwrap_or(2));
                return 2;
            }
        },
        args::Program::Stdin => {
            if opts.device.is_some() {
                if let Err(e) = device::boot(&mut vm) {
                    let status = report(&mut vm, e);
                    if !std::io::stdin().is_terminal() {
                        vm.flush_out();
                        return status;
                    }
                }
            }
            if std::io::stdin().is_terminal() && !compile_only {
                repl::run(&mut vm);
                vm.flush_out();
                return 0;
            }
            let mut src = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut src);
            exec_main(&mut vm, &src, "<stdin>", compile_only)
        }
    };
    let mut status = match result {
        Ok(()) => 0,
        Err(e) => report(&mut vm, e),
    };
    // `-i`: the REPL follows, after an uncaught exception too (as MicroPython and CPython).
    if opts.inspect {
        repl::run(&mut vm);
        status = 0;
    }
    run_atexit(&mut vm);
    vm.flush_out();
    let _ = std::io::stdout().flush();
    // The process ends next: close what needs closing, and leave the rest of the heap to the OS.
    vm.heap.release_natives();
    std::mem::forget(vm);
    status
}

/// Calls the function registered with `sys.atexit`, if any (an error in it is printed).
fn run_atexit(vm: &mut Vm) {
    if vm.sched.fatal.is_some() {
        return;
    }
    let Some(sys) = vm.module_ref("sys") else { return };
    let key = vm.intern("_atexit_func");
    let Some(f) = vm.module_get(sys, key).filter(|f| !f.is_none()) else { return };
    if let Err(e) = vm.call(f, &[]) {
        report(vm, e);
    }
}

/// Prints an uncaught exception (or honours SystemExit) and gives the exit status.
fn report(vm: &mut Vm, e: ferrite_vm::PyErr) -> i32 {
    if let Some(code) = vm.sched.fatal {
        return code;
    }
    if let Some(code) = vm.system_exit_code(e) {
        return code;
    }
    let text = vm.format_exception(e.0);
    vm.flush_out();
    let _ = vm.write_err(&text);
    1
}

/// Runs a program as `__main__`, or with `-X compile-only` only compiles it (a syntax error
/// is still an uncaught SyntaxError).
fn exec_main(vm: &mut Vm, src: &[u8], filename: &str, compile_only: bool) -> ferrite_vm::PyResult<()> {
    if compile_only {
        vm.compile(src, filename, ferrite_compiler::Mode::Exec).map(|_| ())
    } else {
        vm.run_main(src, filename).map(|_| ())
    }
}

/// `__debug__` is True, and False under `-O` (as a builtin name until the compiler folds it).
fn set_debug_flag(vm: &mut Vm, optimize: u8) {
    let name = vm.intern("__debug__");
    let builtins = vm.builtins;
    vm.module_set(builtins, name, ferrite_vm::Value::Bool(optimize == 0));
}

fn run_module(vm: &mut Vm, name: &str, compile_only: bool) -> ferrite_vm::PyResult<()> {
    // Find NAME.py on sys.path and run it as __main__.
    let path = vm.config.path.clone();
    for dir in path {
        let file = if dir.is_empty() {
            format!("{}.py", name.replace('.', "/"))
        } else {
            format!("{dir}/{}.py", name.replace('.', "/"))
        };
        if let Ok(src) = std::fs::read(&file) {
            return exec_main(vm, &src, &file, compile_only);
        }
    }
    let n = vm.intern(name);
    let _ = n;
    let msg = format!("no module named '{name}'");
    Err(vm.new_exception(ferrite_vm::ExcKind::ImportError, &msg))
}

/// As CPython and MicroPython do, the script's directory (its real path, as MicroPython's
/// unix port gives it) is searched first for imports.
fn set_script_dir(vm: &mut Vm, path: &str) {
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| std::path::PathBuf::from(path));
    let dir = real.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    if let Ok(v) = vm.new_string(dir) {
        if let Some(ferrite_vm::object::Object::List(l)) = vm.sys_path.as_obj().map(|r| vm.heap.get_mut(r)) {
            if let Some(first) = l.first_mut() {
                *first = v;
            }
        }
    }
}

/// Ctrl-C raises KeyboardInterrupt at the interpreter's next safe point. The handler also
/// writes to a pipe the scheduler polls with every OS wait, so a program waiting (sleep, lock,
/// socket) notices at once.
fn install_sigint(vm: &mut Vm) {
    let flag = vm.interrupt.clone();
    let _ = SIGINT_FLAG.set(flag);
    if let Some((read, write)) = ferrite_vm::ospoll::wake_pipe() {
        SIGINT_WAKE_FD.store(write, std::sync::atomic::Ordering::Relaxed);
        vm.sched.interrupt_fd = Some(read);
    }
    // SAFETY: the handler only stores to an atomic and writes to a pipe, both async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

static SIGINT_FLAG: std::sync::OnceLock<std::sync::Arc<std::sync::atomic::AtomicBool>> = std::sync::OnceLock::new();
/// The write end of the interrupt pipe (-1: none).
static SIGINT_WAKE_FD: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

extern "C" fn on_sigint(_sig: libc::c_int) {
    if let Some(f) = SIGINT_FLAG.get() {
        f.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let fd = SIGINT_WAKE_FD.load(std::sync::atomic::Ordering::Relaxed);
    if fd >= 0 {
        ferrite_vm::ospoll::wake(fd);
    }
}

/// The VM allocates and frees many small objects (strings, lists, frames' vectors); mimalloc's
/// per-size free lists cut the benchmarks' time by ~8% over glibc malloc (bench/README.md).
/// Transparent huge pages are off so that `-c pass` stays near 4 MB of RSS instead of 12.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
