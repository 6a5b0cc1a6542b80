//! Recursive-descent parser (placeholder until the real one lands).
use crate::ast::{Expr, Module};
use crate::SyntaxError;

pub fn parse_module(_source: &[u8]) -> Result<Module, SyntaxError> {
    Err(SyntaxError::new("parser not written yet", 1, 0))
}

pub fn parse_expression(_source: &[u8]) -> Result<Expr, SyntaxError> {
    Err(SyntaxError::new("parser not written yet", 1, 0))
}
