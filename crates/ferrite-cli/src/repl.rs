//! A minimal line REPL (the board-like REPL with paste mode and raw REPL comes with the REPL
//! issue): reads a statement (continuing lines after `:` and inside brackets), runs it in
//! `__main__` and echoes expression values.

use std::io::{BufRead, Write};

use ferrite_compiler::Mode;
use ferrite_vm::Vm;

pub fn run(vm: &mut Vm) {
    let Ok(main) = vm.main_module_or_new() else { return };
    // The unix port's two lines, which MicroPython's repl_* tests match as
    // `MicroPython .+ version` and `Use .+`.
    let banner = format!(
        "MicroPython v1.24.0 (Ferrite {}); linux [Rust] version\nUse Ctrl-D to exit\n",
        env!("CARGO_PKG_VERSION")
    );
    let _ = vm.write_out(&banner);
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let _ = vm.write_out(">>> ");
        vm.flush_out();
        let Some(Ok(first)) = lines.next() else { break };
        let mut src = first.clone();
        if first.trim_end().ends_with(':') || open_brackets(&first) > 0 {
            loop {
                let _ = vm.write_out("... ");
                vm.flush_out();
                let Some(Ok(more)) = lines.next() else { break };
                if more.trim().is_empty() && open_brackets(&src) <= 0 {
                    break;
                }
                src.push('\n');
                src.push_str(&more);
                if open_brackets(&src) <= 0 && !src.contains(':') {
                    break;
                }
            }
        }
        src.push('\n');
        match vm.compile(src.as_bytes(), "<stdin>", Mode::Single) {
            Ok(code) => {
                if let Err(e) = vm.run_code_object(code, main) {
                    if vm.system_exit_code(e).is_some() {
                        break;
                    }
                    let text = vm.format_exception(e.0);
                    let _ = vm.write_out(&text);
                }
            }
            Err(e) => {
                let text = vm.format_exception(e.0);
                let _ = vm.write_out(&text);
            }
        }
        vm.flush_out();
    }
    let _ = std::io::stdout().flush();
}

fn open_brackets(s: &str) -> i32 {
    let mut n = 0;
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => n += 1,
            ')' | ']' | '}' => n -= 1,
            _ => {}
        }
    }
    n
}
