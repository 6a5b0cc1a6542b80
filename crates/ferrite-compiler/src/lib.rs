//! Ferrite's compiler: an AST from `ferrite-syntax` to `Code` objects the VM runs.
//!
//! Two passes: `scope` decides for every name in every function whether it is a local slot, a cell,
//! a free variable, a global or (in class bodies) a namespace name; `codegen` then emits `Op`s with
//! all operands resolved, so the interpreter never looks a local up by name. `disasm` renders code
//! objects as text for golden tests.

pub mod bytecode;
mod codegen;
pub mod disasm;
mod scope;

pub use bytecode::{Code, CodeFlags, Constant, Op};
pub use ferrite_syntax::{SyntaxError, SyntaxErrorKind};

use std::rc::Rc;

/// How the top-level code is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A file or `-c` string: statements; the module code returns None.
    Exec,
    /// One REPL entry: like `Exec`, but expression statements print their value (`PrintExpr`).
    Single,
    /// `eval()`: a single expression whose value the code returns.
    Eval,
}

/// Parses and compiles source text in one step; the usual entry point for the VM.
pub fn compile_source(source: &[u8], filename: &str, mode: Mode) -> Result<Rc<Code>, SyntaxError> {
    compile_source_opt(source, filename, mode, 0)
}

/// As `compile_source`, at an optimisation level (`-O`: asserts are dropped from 1 on).
pub fn compile_source_opt(source: &[u8], filename: &str, mode: Mode, optimize: u8) -> Result<Rc<Code>, SyntaxError> {
    match mode {
        Mode::Eval => {
            let expr = ferrite_syntax::parse_expression(source)?;
            codegen::compile_expression(&expr, filename, optimize)
        }
        Mode::Exec | Mode::Single => {
            let module = ferrite_syntax::parse_module(source)?;
            if mode == Mode::Single && module.body.is_empty() {
                check_single_not_bare_continuation(source)?;
            }
            codegen::compile_module(&module, filename, mode, optimize)
        }
    }
}

/// `compile("\\\n", ..., "single")` is a SyntaxError on MicroPython (its `parser.py`): a REPL
/// entry must hold a statement or a newline, and a line continuation followed by the end of input
/// gives neither (its lexer yields no NEWLINE token). Any other empty entry, even `""` (the lexer
/// adds the missing final newline), compiles to nothing. Called only for an empty module.
#[cold]
#[inline(never)]
fn check_single_not_bare_continuation(source: &[u8]) -> Result<(), SyntaxError> {
    let mut ends_in_continuation = false;
    let mut i = 0;
    while let Some(&c) = source.get(i) {
        match c {
            b' ' | b'\t' | b'\x0c' | b'\r' => {}
            b'\\' => {
                let rest = source.get(i + 1..).unwrap_or_default();
                let skip = if rest.starts_with(b"\r\n") {
                    2
                } else if rest.starts_with(b"\n") {
                    1
                } else {
                    0
                };
                if skip == 0 {
                    return Ok(());
                }
                ends_in_continuation = true;
                i += 1 + skip;
                continue;
            }
            // A physical newline, or a comment (which ends in one), gives a NEWLINE token.
            _ => return Ok(()),
        }
        ends_in_continuation = false;
        i += 1;
    }
    if ends_in_continuation {
        let line = source.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        return Err(SyntaxError::new("invalid syntax", line, 1));
    }
    Ok(())
}

/// Compiles an already parsed module.
pub fn compile_module(
    module: &ferrite_syntax::ast::Module,
    filename: &str,
    mode: Mode,
) -> Result<Rc<Code>, SyntaxError> {
    codegen::compile_module(module, filename, mode, 0)
}
