//! Constant folding of unary and binary operators on numeric literals.
//!
//! Only folds whose result is exact, small and cannot raise: integer arithmetic that does not
//! overflow `i64`, shifts below 64 bits, true division of integers exactly representable as floats,
//! and float `+ - * /` with finite results. Everything else is left for the VM so that errors
//! (`ZeroDivisionError`, `OverflowError`) surface at run time with a traceback, as in MicroPython.

use crate::bytecode::Constant;
use ferrite_syntax::ast::{self, BinOp, Expr, ExprKind, UnaryOp};
use std::collections::HashMap;

/// Floats represent every integer up to 2^53 exactly.
const EXACT_FLOAT_INT: i64 = 1 << 53;

/// The constant an AST literal becomes.
pub(super) fn literal(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::True => Constant::Bool(true),
        ast::Constant::False => Constant::Bool(false),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::Int(*i),
        ast::Constant::BigInt(s) => Constant::BigInt(s.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Imag(f) => Constant::Complex { real: 0.0, imag: *f },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
    }
}

/// The value of `e` if it is a constant after folding (literals, names declared with
/// `const()` in `env`, folded operators, and tuples of constants).
pub(super) fn const_value(e: &Expr, env: &HashMap<String, Constant>) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant(c) => Some(literal(c)),
        ExprKind::Name(n) => env.get(n).cloned(),
        ExprKind::UnaryOp { op, operand } => unary(*op, &const_value(operand, env)?),
        ExprKind::BinOp { left, op, right } => binary(*op, &const_value(left, env)?, &const_value(right, env)?),
        ExprKind::Tuple(elts) => {
            let mut out = Vec::with_capacity(elts.len());
            for x in elts {
                out.push(const_value(x, env)?);
            }
            Some(Constant::Tuple(out))
        }
        _ => None,
    }
}

/// Truthiness of a constant, when it is known without running code.
pub(super) fn truthiness(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

fn unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match (op, v) {
        (UnaryOp::Neg, Constant::Int(i)) => Some(match i.checked_neg() {
            Some(n) => Constant::Int(n),
            None => Constant::BigInt(format!("{}", -(*i as i128))),
        }),
        (UnaryOp::Neg, Constant::BigInt(s)) => Some(neg_big(s)),
        (UnaryOp::Neg, Constant::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOp::Pos, Constant::Int(_) | Constant::BigInt(_) | Constant::Float(_)) => Some(v.clone()),
        (UnaryOp::Invert, Constant::Int(i)) => Some(Constant::Int(!i)),
        _ => None,
    }
}

/// `-` of a big literal; `-9223372036854775808` comes back to an `Int`.
fn neg_big(s: &str) -> Constant {
    if let Some(digits) = s.strip_prefix('-') {
        return match digits.parse::<i64>() {
            Ok(i) => Constant::Int(i),
            Err(_) => Constant::BigInt(digits.to_string()),
        };
    }
    match s.parse::<i128>() {
        Ok(v) if -v >= i64::MIN as i128 => Constant::Int((-v) as i64),
        _ => Constant::BigInt(format!("-{s}")),
    }
}

fn as_exact_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) if i.unsigned_abs() <= EXACT_FLOAT_INT as u64 => Some(*i as f64),
        _ => None,
    }
}

fn binary(op: BinOp, l: &Constant, r: &Constant) -> Option<Constant> {
    if let (Constant::Int(a), Constant::Int(b)) = (l, r) {
        return int_binary(op, *a, *b);
    }
    if !matches!(l, Constant::Float(_)) && !matches!(r, Constant::Float(_)) {
        return None;
    }
    let (a, b) = (as_exact_float(l)?, as_exact_float(r)?);
    let v = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div if b != 0.0 => a / b,
        _ => return None,
    };
    v.is_finite().then_some(Constant::Float(v))
}

fn int_binary(op: BinOp, a: i64, b: i64) -> Option<Constant> {
    let v = match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 {
                return None;
            }
            let q = a.checked_div(b)?;
            if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            if b == 0 {
                return None;
            }
            let m = a.checked_rem(b)?;
            if m != 0 && ((m < 0) != (b < 0)) {
                m + b
            } else {
                m
            }
        }
        BinOp::Div => {
            if b == 0 || a.unsigned_abs() > EXACT_FLOAT_INT as u64 || b.unsigned_abs() > EXACT_FLOAT_INT as u64 {
                return None;
            }
            return Some(Constant::Float(a as f64 / b as f64));
        }
        BinOp::Pow => {
            if !(0..=64).contains(&b) {
                return None;
            }
            a.checked_pow(b as u32)?
        }
        BinOp::LShift => {
            if !(0..64).contains(&b) {
                return None;
            }
            let v = a.checked_shl(b as u32)?;
            if v >> b != a {
                return None;
            }
            v
        }
        BinOp::RShift => {
            if !(0..64).contains(&b) {
                return None;
            }
            a >> b
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::MatMul => return None,
    };
    Some(Constant::Int(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_python_semantics() {
        assert_eq!(int_binary(BinOp::FloorDiv, -7, 2), Some(Constant::Int(-4)));
        assert_eq!(int_binary(BinOp::Mod, -7, 2), Some(Constant::Int(1)));
        assert_eq!(int_binary(BinOp::Mod, 7, -2), Some(Constant::Int(-1)));
        assert_eq!(int_binary(BinOp::FloorDiv, 1, 0), None);
        assert_eq!(int_binary(BinOp::Pow, 2, 100), None);
        assert_eq!(int_binary(BinOp::LShift, 1, 63), None);
        assert_eq!(int_binary(BinOp::LShift, 1, 62), Some(Constant::Int(1 << 62)));
        assert_eq!(int_binary(BinOp::FloorDiv, i64::MIN, -1), None);
        assert_eq!(neg_big("9223372036854775808"), Constant::Int(i64::MIN));
        assert_eq!(neg_big("99999999999999999999"), Constant::BigInt("-99999999999999999999".into()));
        assert_eq!(unary(UnaryOp::Neg, &Constant::Int(i64::MIN)), Some(Constant::BigInt("9223372036854775808".into())));
    }
}
