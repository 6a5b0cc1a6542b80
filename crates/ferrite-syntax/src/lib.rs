//! Ferrite's front end: source text to tokens to an abstract syntax tree.
//!
//! The only entry points are [`parse_module`] and [`parse_expression`]; everything a user can get
//! wrong comes back as a [`SyntaxError`] worded as MicroPython words it, never a panic. Nesting is
//! bounded (see [`MAX_NESTING`]) so that hostile input cannot overflow the Rust stack.

pub mod ast;
mod lexer;
mod parser;

pub use parser::{parse_expression, parse_module};

/// How deep brackets, expressions and blocks may nest before the parser gives up with
/// `SyntaxError: too many nested ...` instead of recursing further. The parser is recursive
/// descent; this bound keeps its stack use well under the 8 MiB of a default main thread.
pub const MAX_NESTING: usize = 200;

/// Which exception class the error is raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    /// Valid Python that Ferrite cannot compile (`"\N{...}"` needs the Unicode name table), raised
    /// as NotImplementedError, as MicroPython's lexer does.
    NotImplemented,
}

/// A compile-time error: what, and where. Printed by the VM as
/// `  File "name", line N` followed by `SyntaxError: msg`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), line, col }
    }
    pub fn indentation(msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError { kind: SyntaxErrorKind::IndentationError, msg: msg.into(), line, col }
    }
    /// An error from decoding a string literal's escapes.
    pub(crate) fn escape(msg: &str, line: u32, col: u32) -> Self {
        let kind = if msg == lexer::UNICODE_NAME_ESCAPES {
            SyntaxErrorKind::NotImplemented
        } else {
            SyntaxErrorKind::SyntaxError
        };
        SyntaxError { kind, msg: msg.into(), line, col }
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}

impl std::error::Error for SyntaxError {}
