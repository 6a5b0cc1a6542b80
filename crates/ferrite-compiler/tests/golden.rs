//! Golden disassembly tests: each `golden/NAME.py` is compiled and its disassembly compared with
//! `golden/NAME.txt`. Run with `FERRITE_BLESS=1` to (re)write the expected files, then review the
//! diff by eye against the op docs in `bytecode.rs`.

use ferrite_compiler::{compile_source, disasm::disassemble, Mode};
use std::path::Path;

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let src_path = dir.join(format!("{name}.py"));
    let src = std::fs::read(&src_path).unwrap_or_else(|e| panic!("{}: {e}", src_path.display()));
    let code = compile_source(&src, &format!("{name}.py"), Mode::Exec)
        .unwrap_or_else(|e| panic!("{name}.py: compile error: {e}"));
    let got = disassemble(&code);
    let txt_path = dir.join(format!("{name}.txt"));
    if std::env::var_os("FERRITE_BLESS").is_some() {
        std::fs::write(&txt_path, &got).unwrap_or_else(|e| panic!("{}: {e}", txt_path.display()));
        return;
    }
    let want = std::fs::read_to_string(&txt_path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with FERRITE_BLESS=1 to create)", txt_path.display()));
    if got != want {
        panic!("{name}: disassembly differs from {}\n--- got ---\n{got}", txt_path.display());
    }
}

macro_rules! golden {
    ($($name:ident),* $(,)?) => {
        $(#[test] fn $name() { check(stringify!($name)); })*
    };
}

golden!(
    straight_line,
    control_flow,
    functions,
    closures,
    classes,
    calls,
    comprehensions,
    exceptions,
    with_stmt,
    generators_async,
    imports,
    fstrings_folding,
    early_exit,
    misc,
);

/// Not a check: `FERRITE_DIS=path/to/file.py cargo test -p ferrite-compiler --test golden dis_file
/// -- --nocapture` prints the disassembly of any file, for debugging the compiler or the VM.
#[test]
fn dis_file() {
    let Some(path) = std::env::var_os("FERRITE_DIS") else {
        return;
    };
    let src = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.to_string_lossy()));
    match compile_source(&src, &path.to_string_lossy(), Mode::Exec) {
        Ok(code) => println!("{}", disassemble(&code)),
        Err(e) => println!("SyntaxError: {e}"),
    }
}
