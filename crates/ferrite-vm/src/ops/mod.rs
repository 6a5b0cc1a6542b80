//! Operator implementations, one group per file; the interpreter's dispatch calls into these.

pub mod arith;
pub mod compare;
pub mod seq;
pub mod subscr;

pub use ferrite_compiler::bytecode::BinOp;
