//! Command-line parsing, following MicroPython's unix port (`micropython -h`).

pub const USAGE: &str = "usage: ferrite [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>] [args...]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N
-v : verbose (trace various operations); can be multiple
-c <command> : run the command
-m <module> : run the module as a script
--version : print the version
--device DIR : run as a board whose flash is DIR (boot.py, main.py run when no program is named)

Implementation specific options (-X):
  heapsize=<n>[w][K|M] -- set the heap size for the GC
  gc-stress -- collect garbage at every safe point (for testing)
  sched-seed=<n> -- reproducible thread interleavings: the same seed, the same schedule
  virtual-time -- sleeps advance a virtual clock instantly (a day of sampling ends in ms)
  compile-only -- compile the program (reporting syntax errors) without running it
  uart<n>=pty|unix:<path>|loop[:<m>] -- wire the board's UART n: to a new pseudo-terminal
      (its path is printed on stderr), to a unix socket listening at <path>, or its TX back to
      its own RX (or UART m's)
  emit=bytecode, realtime -- accepted for MicroPython compatibility";

pub enum Program {
    Stdin,
    Code(String),
    Module(String),
    File(String),
}

pub struct Options {
    pub program: Program,
    pub argv: Vec<String>,
    pub inspect: bool,
    pub optimize: u8,
    pub verbose: u8,
    pub heap_size: Option<usize>,
    pub gc_stress: bool,
    pub sched_seed: Option<u64>,
    pub virtual_time: bool,
    pub compile_only: bool,
    /// `-X internal-panic`: panic on purpose inside the interpreter thread, so the tests can check
    /// that a Rust panic still ends as `RuntimeError: internal error` (the unwinder is linked
    /// unusually: see `build.rs`).
    pub internal_panic: bool,
    /// `-c CODE` followed by a file, `-m MODULE` or `-`: as in MicroPython's unix port, CODE
    /// runs first, then the program.
    pub pre_code: Option<String>,
    pub help: bool,
    pub version: bool,
    /// `--device DIR`: the directory that is the board's flash.
    pub device: Option<String>,
    /// `-X uart<n>=<spec>`: how to wire the board's UARTs, in the order given.
    pub uarts: Vec<(usize, String)>,
}

/// Parses `N`, `NK`, `NM` (and MicroPython's `w` word suffix) into bytes.
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    let (num, word) = match num.strip_suffix('w') {
        Some(n) => (n, 8),
        None => (num, 1),
    };
    num.parse::<usize>().ok().map(|n| n * mult * word)
}

pub fn parse(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        program: Program::Stdin,
        argv: Vec::new(),
        inspect: false,
        optimize: 0,
        verbose: 0,
        heap_size: None,
        gc_stress: false,
        sched_seed: None,
        virtual_time: false,
        compile_only: false,
        internal_panic: false,
        pre_code: None,
        help: false,
        version: false,
        device: None,
        uarts: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => o.help = true,
            "--version" => o.version = true,
            "-i" => o.inspect = true,
            "--device" => {
                let d = args.get(i + 1).ok_or("argument expected for the --device option")?;
                o.device = Some(d.clone());
                i += 1;
            }
            s if s.starts_with("--device=") => o.device = Some(s["--device=".len()..].to_string()),
            "-v" => o.verbose += 1,
            // As MicroPython's unix port does, options are still parsed after `-c CODE`
            // (`-c CODE -i`), and a file named after it runs after CODE.
            "-c" => {
                let code = args.get(i + 1).ok_or("argument expected for the -c option")?;
                o.program = Program::Code(code.clone());
                o.argv = vec!["-c".into()];
                i += 1;
            }
            "-m" => {
                let m = args.get(i + 1).ok_or("argument expected for the -m option")?;
                keep_code(&mut o);
                o.program = Program::Module(m.clone());
                o.argv = vec![m.clone()];
                o.argv.extend(args[i + 2..].iter().cloned());
                return Ok(o);
            }
            "-X" => {
                let x = args.get(i + 1).ok_or("argument expected for the -X option")?;
                apply_x(&mut o, x)?;
                i += 1;
            }
            "-" => {
                keep_code(&mut o);
                o.program = Program::Stdin;
                o.argv = args[i..].to_vec();
                return Ok(o);
            }
            s if s.starts_with("-O") => {
                let rest = &s[2..];
                o.optimize = if rest.is_empty() {
                    o.optimize + 1
                } else if rest.chars().all(|c| c == 'O') {
                    o.optimize + 1 + rest.len() as u8
                } else {
                    rest.parse().map_err(|_| format!("invalid option: {s}"))?
                };
            }
            s if s.starts_with("-X") => apply_x(&mut o, &s[2..])?,
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("invalid option: {s}")),
            _ => {
                keep_code(&mut o);
                o.program = Program::File(a.clone());
                o.argv = args[i..].to_vec();
                return Ok(o);
            }
        }
        i += 1;
    }
    Ok(o)
}

/// A program named after `-c CODE`: CODE becomes the code run before it.
fn keep_code(o: &mut Options) {
    if let Program::Code(c) = std::mem::replace(&mut o.program, Program::Stdin) {
        o.pre_code = Some(c);
    }
}

fn apply_x(o: &mut Options, x: &str) -> Result<(), String> {
    let (key, val) = match x.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (x, None),
    };
    match key {
        "heapsize" => {
            let v = val.ok_or("-X heapsize needs a size")?;
            o.heap_size = Some(parse_size(v).ok_or_else(|| format!("invalid heap size: {v}"))?);
        }
        "gc-stress" => o.gc_stress = true,
        "virtual-time" => o.virtual_time = true,
        "sched-seed" => {
            let v = val.ok_or("-X sched-seed needs a number")?;
            o.sched_seed = Some(v.parse().map_err(|_| format!("invalid seed: {v}"))?);
        }
        "compile-only" => o.compile_only = true,
        "internal-panic" => o.internal_panic = true,
        k if k.starts_with("uart") => {
            let n = k["uart".len()..].parse().map_err(|_| format!("invalid option: -X {x}"))?;
            let spec = val.ok_or_else(|| format!("-X {k} needs pty, unix:<path> or loop"))?;
            o.uarts.push((n, spec.to_string()));
        }
        // Accepted for compatibility with MicroPython's tools; they change nothing here.
        _ => {}
    }
    Ok(())
}
