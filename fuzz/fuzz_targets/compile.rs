//! Fuzz target: `ferrite_compiler::compile_source` in all three modes on arbitrary bytes. The
//! first byte picks the mode so one corpus serves all of them.
#![no_main]

use ferrite_compiler::Mode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, src)) = data.split_first() else { return };
    let mode = match sel % 3 {
        0 => Mode::Exec,
        1 => Mode::Single,
        _ => Mode::Eval,
    };
    match ferrite_compiler::compile_source(src, "<fuzz>", mode) {
        Ok(code) => {
            // The disassembler walks every code object: it must accept whatever codegen emits.
            let _ = ferrite_compiler::disasm::disassemble(&code);
        }
        Err(e) => ferrite_fuzz::check_syntax_error(&e, src),
    }
});
