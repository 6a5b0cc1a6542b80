//! MicroPython's `NAME = const(expr)` declarations.
//!
//! MicroPython's parser records such a name with its value and replaces every later standalone
//! use of the name in the file (any scope) by the value; a name starting with `_` is not stored
//! at all (docs: "micropython.const"). Here the compiler keeps the table for the module being
//! compiled: loads of a declared name become constants, stores to it are refused as MicroPython
//! refuses them (the name has become a literal), and an argument that cannot be a constant is a
//! SyntaxError. An argument that is constant but is not folded at compile time (big ints,
//! `math.pi`) is evaluated at run time as an ordinary assignment.

use super::fold;
use super::{error, Compiler};
use crate::bytecode::Constant;
use crate::SyntaxError;
use ferrite_syntax::ast::{Expr, ExprKind};
use std::collections::HashMap;

/// The `(name, argument)` of `name = const(argument)`, if `target`/`value` have that form.
pub(super) fn declaration<'e>(target: &'e Expr, value: &'e Expr) -> Option<(&'e str, &'e Expr)> {
    let ExprKind::Name(name) = &target.kind else { return None };
    let ExprKind::Call { func, args, keywords } = &value.kind else { return None };
    match (&func.kind, args.as_slice()) {
        (ExprKind::Name(f), [arg]) if f == "const" && keywords.is_empty() => Some((name, arg)),
        _ => None,
    }
}

/// Could `e` be a constant expression: literals, declared constants, operators and tuples of
/// them, and attributes of a name (module constants such as `math.pi` or `errno.EIO`).
fn could_be_const(e: &Expr, env: &HashMap<String, Constant>) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::Name(n) => env.contains_key(n),
        ExprKind::UnaryOp { operand, .. } => could_be_const(operand, env),
        ExprKind::BinOp { left, right, .. } => could_be_const(left, env) && could_be_const(right, env),
        ExprKind::Tuple(elts) => elts.iter().all(|x| could_be_const(x, env)),
        ExprKind::Attribute { value, .. } => matches!(value.kind, ExprKind::Name(_)),
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    /// Compiles `name = const(arg)`.
    pub(super) fn const_declaration(&mut self, target: &'a Expr, name: &str, arg: &'a Expr) -> Result<(), SyntaxError> {
        self.refuse_const_store(target)?;
        if !could_be_const(arg, &self.consts) {
            return Err(error("not a constant", arg.line));
        }
        match fold::const_value(arg, &self.consts) {
            Some(c) => {
                self.consts.insert(name.to_string(), c.clone());
                if !name.starts_with('_') {
                    self.load_const(c);
                    self.store_name(name);
                }
            }
            None => {
                self.expr(arg)?;
                self.store_name(name);
            }
        }
        Ok(())
    }

    /// A declared constant is a literal from its declaration on: assigning to it is an error.
    pub(super) fn refuse_const_store(&self, target: &Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(n) if self.consts.contains_key(n) => Err(error("can't assign to literal", target.line)),
            _ => Ok(()),
        }
    }
}
