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
            codegen::compile_module(&module, filename, mode, optimize)
        }
    }
}

/// Compiles an already parsed module.
pub fn compile_module(
    module: &ferrite_syntax::ast::Module,
    filename: &str,
    mode: Mode,
) -> Result<Rc<Code>, SyntaxError> {
    codegen::compile_module(module, filename, mode, 0)
}
