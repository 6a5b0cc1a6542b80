//! Code generation (placeholder until the real one lands).
use crate::bytecode::Code;
use crate::{Mode, SyntaxError};
use ferrite_syntax::ast;
use std::rc::Rc;

pub fn compile_module(_m: &ast::Module, _filename: &str, _mode: Mode) -> Result<Rc<Code>, SyntaxError> {
    Err(SyntaxError::new("compiler not written yet", 1, 0))
}

pub fn compile_expression(_e: &ast::Expr, _filename: &str) -> Result<Rc<Code>, SyntaxError> {
    Err(SyntaxError::new("compiler not written yet", 1, 0))
}
