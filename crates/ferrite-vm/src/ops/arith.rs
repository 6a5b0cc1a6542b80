//! Arithmetic operators. `fast_binary` handles small ints and floats inline (no heap, no
//! allocation) and is what the interpreter tries first; `binary_op` is the full protocol: big
//! ints, sequences, sets, and user classes' `__op__`/`__rop__`/`__iop__`.

use dashu_int::ops::BitTest;
use dashu_int::IBig;

use crate::error::PyResult;
use crate::intern::{Interner, Name};
use crate::object::Object;
use crate::ops::BinOp;
use crate::value::Value;
use crate::vm::Vm;
use ferrite_compiler::bytecode::UnaryOp;

/// The special-method names of each binary operator: plain, reflected, in-place.
pub struct OpNames {
    names: Vec<(Name, Name, Name)>,
}

const ALL_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
];

fn op_index(op: BinOp) -> usize {
    ALL_OPS.iter().position(|o| *o == op).unwrap_or(0)
}

pub fn op_stem(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::MatMul => "matmul",
        BinOp::Div => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::BitOr => "or",
        BinOp::BitXor => "xor",
        BinOp::BitAnd => "and",
    }
}

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

impl OpNames {
    pub fn new(interner: &mut Interner) -> OpNames {
        let names = ALL_OPS
            .iter()
            .map(|op| {
                let s = op_stem(*op);
                (
                    interner.intern(&format!("__{s}__")),
                    interner.intern(&format!("__r{s}__")),
                    interner.intern(&format!("__i{s}__")),
                )
            })
            .collect();
        OpNames { names }
    }
    pub fn get(&self, op: BinOp) -> (Name, Name, Name) {
        self.names[op_index(op)]
    }
}

/// Python's floor division and modulo on i64 (`None` on overflow or division by zero).
#[inline(always)]
pub fn floor_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    let r = a - q * b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// Small-int and float arithmetic with no allocation; `None` means "take the slow path" (big
/// results, errors, other types).
#[inline(always)]
pub fn fast_binary(op: BinOp, a: Value, b: Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            BinOp::Mul => x.checked_mul(y).map(Value::Int),
            BinOp::FloorDiv => floor_divmod(x, y).map(|(q, _)| Value::Int(q)),
            BinOp::Mod => floor_divmod(x, y).map(|(_, r)| Value::Int(r)),
            BinOp::Div if y != 0 => Some(Value::Float(x as f64 / y as f64)),
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            BinOp::LShift if (0..63).contains(&y) => {
                let r = x << y;
                if r >> y == x {
                    Some(Value::Int(r))
                } else {
                    None
                }
            }
            BinOp::RShift if y >= 0 => Some(Value::Int(x >> y.min(63))),
            BinOp::Pow if (0..=u32::MAX as i64).contains(&y) => x.checked_pow(y as u32).map(Value::Int),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => float_op(op, x, y),
        (Value::Float(x), Value::Int(y)) => float_op(op, x, y as f64),
        (Value::Int(x), Value::Float(y)) => float_op(op, x as f64, y),
        _ => None,
    }
}

#[inline(always)]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div if y != 0.0 => x / y,
        BinOp::FloorDiv if y != 0.0 => float_floordiv(x, y),
        BinOp::Mod if y != 0.0 => float_mod(x, y),
        BinOp::Pow if !(x < 0.0 && y.fract() != 0.0 || x == 0.0 && y < 0.0) => x.powf(y),
        _ => return None,
    }))
}

impl Vm {
    /// An int operand as a big int (bools count as ints), or `None` if not an int.
    pub fn to_bigint(&self, v: Value) -> Option<IBig> {
        match v {
            Value::Int(i) => Some(IBig::from(i)),
            Value::Bool(b) => Some(IBig::from(b as i64)),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some((**b).clone()),
                Object::Instance(i) if matches!(i.base, Value::Int(_) | Value::Obj(_)) => self.to_bigint(i.base),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(r) => matches!(self.heap.get(r), Object::BigInt(_)),
            _ => false,
        }
    }

    /// A number as f64 (ints, bools, floats, big ints), for mixed arithmetic.
    pub fn to_f64(&self, v: Value) -> Option<f64> {
        match v {
            Value::Int(i) => Some(i as f64),
            Value::Bool(b) => Some(b as i64 as f64),
            Value::Float(f) => Some(f),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(b.to_f64().value()),
                // A subclass of int or float (`math.sqrt(F(2.0))`); `base` is never an instance.
                Object::Instance(i) if !i.base.is_none() => self.to_f64(i.base),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline(never)]
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(v) = self.builtin_binary(op, a, b)? {
            return Ok(v);
        }
        // Bools behave as ints.
        let a = if let Value::Bool(x) = a { Value::Int(x as i64) } else { a };
        let b = if let Value::Bool(x) = b { Value::Int(x as i64) } else { b };
        self.user_binary(op, a, b)
    }

    /// `a op b` when the built-in types of the operands define it, without looking at special
    /// methods (so `int.__add__` can use it without finding itself); None otherwise.
    #[inline]
    pub(crate) fn builtin_binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (orig_a, orig_b) = (a, b);
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(x & y))),
                BinOp::BitOr => return Ok(Some(Value::Bool(x | y))),
                BinOp::BitXor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        // Bools behave as ints.
        let a = if let Value::Bool(x) = a { Value::Int(x as i64) } else { a };
        let b = if let Value::Bool(x) = b { Value::Int(x as i64) } else { b };
        if let Some(v) = fast_binary(op, a, b) {
            return Ok(Some(v));
        }
        if self.is_int(a) && self.is_int(b) {
            return self.bigint_op(op, a, b).map(Some);
        }
        if let (Some(x), Some(y)) = (self.num_for_float(a), self.num_for_float(b)) {
            if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                return self.float_binary_slow(op, x, y).map(Some);
            }
        }
        if let Some(v) = crate::ops::seq::sequence_binary(self, op, orig_a, orig_b)? {
            return Ok(Some(v));
        }
        self.complex_binary(op, a, b)
    }

    fn num_for_float(&self, v: Value) -> Option<f64> {
        match v {
            Value::Float(f) => Some(f),
            _ if self.is_int(v) => self.to_f64(v),
            _ => None,
        }
    }

    fn float_binary_slow(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        match op {
            BinOp::Div | BinOp::FloorDiv | BinOp::Mod if y == 0.0 => Err(self.zero_division()),
            // An infinite or NaN exponent is neither fractional nor a division by zero:
            // `(-2.0) ** inf` is inf, `0.0 ** -inf` is inf.
            BinOp::Pow if !y.is_finite() => Ok(Value::Float(x.powf(y))),
            BinOp::Pow if x == 0.0 && y < 0.0 => Err(self.zero_division()),
            BinOp::Pow if x < 0.0 && y.fract() != 0.0 => {
                // A negative base to a fractional power is complex, as in Python 3.
                let (r, theta) = (x.abs().powf(y), std::f64::consts::PI * y);
                self.alloc(Object::Complex(r * theta.cos(), r * theta.sin()))
            }
            _ => match float_op(op, x, y) {
                Some(v) => Ok(v),
                None => {
                    let (fa, fb) = (Value::Float(x), Value::Float(y));
                    Err(self.unsupported_binop(op_symbol(op), fa, fb))
                }
            },
        }
    }

    fn bigint_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let (Some(x), Some(y)) = (self.to_bigint(a), self.to_bigint(b)) else {
            return Err(self.unsupported_binop(op_symbol(op), a, b));
        };
        let zero = IBig::ZERO;
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                let bits = x.bit_len() + y.bit_len();
                if !self.heap.can_fit(bits / 8) {
                    return Err(self.memory_error());
                }
                x * y
            }
            BinOp::FloorDiv | BinOp::Mod => {
                if y == zero {
                    return Err(self.zero_division());
                }
                let q = &x / &y;
                let r = &x - &q * &y;
                let adjust = r != zero && ((r < zero) != (y < zero));
                if op == BinOp::FloorDiv {
                    if adjust {
                        q - IBig::ONE
                    } else {
                        q
                    }
                } else if adjust {
                    r + y
                } else {
                    r
                }
            }
            BinOp::Div => {
                if y == zero {
                    return Err(self.zero_division());
                }
                let (fx, fy) = (x.to_f64().value(), y.to_f64().value());
                return Ok(Value::Float(fx / fy));
            }
            BinOp::Pow => {
                if y < zero {
                    let (fx, fy) = (x.to_f64().value(), y.to_f64().value());
                    if fx == 0.0 {
                        return Err(self.zero_division());
                    }
                    return Ok(Value::Float(fx.powf(fy)));
                }
                // 0, 1 and -1 stay small whatever the exponent (`0 ** (1 << 65)` is 0).
                if y == zero {
                    return Ok(Value::Int(1));
                }
                if x == zero || x == IBig::ONE {
                    return Ok(Value::Int(if x == zero { 0 } else { 1 }));
                }
                if x == IBig::NEG_ONE {
                    let odd = (&y % IBig::from(2)) == IBig::ONE;
                    return Ok(Value::Int(if odd { -1 } else { 1 }));
                }
                let Ok(e) = usize::try_from(&y) else {
                    return Err(self.memory_error());
                };
                let bits = (x.bit_len() as u128) * (e as u128);
                if bits > 8 * (self.heap.limit as u128) || bits > (1u128 << 36) {
                    if x == zero || x == IBig::ONE {
                        return Ok(Value::Int(if x == zero { 0 } else { 1 }));
                    }
                    return Err(self.memory_error());
                }
                x.pow(e)
            }
            BinOp::LShift => {
                if y < zero {
                    return Err(self.value_error("negative shift count"));
                }
                let Ok(s) = usize::try_from(&y) else { return Err(self.memory_error()) };
                if !self.heap.can_fit(s / 8) || s > (1 << 36) {
                    return Err(self.memory_error());
                }
                x << s
            }
            BinOp::RShift => {
                if y < zero {
                    return Err(self.value_error("negative shift count"));
                }
                let s = usize::try_from(&y).unwrap_or(usize::MAX);
                if s > x.bit_len() {
                    if x < zero {
                        IBig::from(-1)
                    } else {
                        zero
                    }
                } else {
                    x >> s
                }
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::MatMul => return Err(self.unsupported_binop("@", a, b)),
        };
        self.new_bigint(r)
    }

    /// `a op b` for user classes: `a.__op__(b)`, then `b.__rop__(a)`.
    /// After `a.__op__(b)` returned NotImplemented: `b.__rop__(a)`, else TypeError.
    pub(crate) fn binary_op_reflected(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let (_, rname, _) = self.ops.get(op);
        if let Some(v) = self.call_special(b, rname, &[a])? {
            if !v.is(self.not_implemented) {
                return Ok(v);
            }
        }
        Err(self.unsupported_binop(op_symbol(op), a, b))
    }

    fn user_binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let (name, rname, _) = self.ops.get(op);
        if let Some(v) = self.call_special(a, name, &[b])? {
            if !v.is(self.not_implemented) {
                return Ok(v);
            }
        }
        if let Some(v) = self.call_special(b, rname, &[a])? {
            if !v.is(self.not_implemented) {
                return Ok(v);
            }
        }
        // Subclasses of built-in types without their own method: the built-in operation.
        if let Some((ba, bb)) = self.operand_bases(a, b) {
            return self.binary_op(op, ba, bb);
        }
        Err(self.unsupported_binop(op_symbol(op), a, b))
    }

    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Value::Obj(r) = a {
            match self.heap.get(r) {
                Object::List(_) if op == BinOp::Add => {
                    self.list_extend(a, b)?;
                    return Ok(a);
                }
                Object::List(_) if op == BinOp::Mul => {
                    let Some(v) = crate::ops::seq::sequence_binary(self, op, a, b)? else {
                        return Err(self.unsupported_binop("*=", a, b));
                    };
                    let items = self.list_items(v);
                    if let Object::List(l) = self.heap.get_mut(r) {
                        *l = items;
                    }
                    self.heap.resize(r);
                    return Ok(a);
                }
                Object::ByteArray(_) if op == BinOp::Add => {
                    let extra = self.bytes_like(b).ok_or(()).map_err(|_| {
                        let tn = self.type_name(b);
                        self.type_error(format!("can't concat '{tn}' to bytearray"))
                    })?;
                    if let Object::ByteArray(v) = self.heap.get_mut(r) {
                        v.extend_from_slice(&extra);
                    }
                    return Ok(a);
                }
                Object::Instance(_) | Object::Data(_) => {
                    let (_, _, iname) = self.ops.get(op);
                    if let Some(v) = self.call_special(a, iname, &[b])? {
                        if !v.is(self.not_implemented) {
                            return Ok(v);
                        }
                    }
                    // A subclass of list, dict, set or bytearray changes its value in place
                    // and stays itself (`self += [x]` in a list subclass).
                    if let Some(base) = self.subclass_base(a) {
                        let mutable = matches!(
                            base.as_obj().map(|r| self.heap.get(r)),
                            Some(Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::ByteArray(_))
                        );
                        if mutable {
                            let v = self.inplace_op(op, base, b)?;
                            return Ok(if v.is(base) { a } else { v });
                        }
                    }
                }
                Object::Set(_) if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                    return crate::ops::seq::set_inplace(self, op, a, b);
                }
                Object::Dict(_) if op == BinOp::BitOr => {
                    self.dict_update(a, b, false)?;
                    return Ok(a);
                }
                _ => {}
            }
        }
        self.binary_op(op, a, b)
    }

    pub fn unary_op(&mut self, op: UnaryOp, a: Value) -> PyResult<Value> {
        match (op, a) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(a)?)),
            (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Ok(Value::Int(n)),
                None => self.new_bigint(-IBig::from(i)),
            },
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(b as i64))),
            (UnaryOp::Pos, Value::Int(_) | Value::Float(_)) => Ok(a),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(b as i64))),
            _ => {
                if let Some(Object::BigInt(b)) = a.as_obj().map(|r| self.heap.get(r)) {
                    let b = (**b).clone();
                    return match op {
                        UnaryOp::Neg => self.new_bigint(-b),
                        UnaryOp::Pos => Ok(a),
                        _ => self.new_bigint(-b - IBig::ONE),
                    };
                }
                if let Some(Object::Complex(re, im)) = a.as_obj().map(|r| self.heap.get(r)) {
                    let (re, im) = (*re, *im);
                    match op {
                        UnaryOp::Neg => return self.alloc(Object::Complex(-re, -im)),
                        UnaryOp::Pos => return Ok(a),
                        _ => {}
                    }
                }
                let (name, sym) = match op {
                    UnaryOp::Neg => (self.n.__neg__, "-"),
                    UnaryOp::Pos => (self.n.__pos__, "+"),
                    _ => (self.n.__invert__, "~"),
                };
                match self.call_special(a, name, &[])? {
                    Some(v) => Ok(v),
                    None if self.subclass_base(a).is_some() => {
                        let base = self.builtin_base(a);
                        self.unary_op(op, base)
                    }
                    None => {
                        let tn = self.type_name(a);
                        Err(self.type_error(format!("unsupported type for {sym}: '{tn}'")))
                    }
                }
            }
        }
    }

    fn complex_binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let ca = self.as_complex(a);
        let cb = self.as_complex(b);
        let (Some((ar, ai)), Some((br, bi))) = (ca, cb) else { return Ok(None) };
        let is_complex = |vm: &Vm, v: Value| matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Complex(..)));
        if !is_complex(self, a) && !is_complex(self, b) {
            return Ok(None);
        }
        let (re, im) = match op {
            BinOp::Add => (ar + br, ai + bi),
            BinOp::Sub => (ar - br, ai - bi),
            BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
            BinOp::Div => {
                let d = br * br + bi * bi;
                if d == 0.0 {
                    return Err(self.new_exception(crate::error::ExcKind::ZeroDivisionError, "complex divide by zero"));
                }
                ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
            }
            BinOp::Pow => {
                if ar == 0.0 && ai == 0.0 {
                    if br == 0.0 && bi == 0.0 {
                        (1.0, 0.0)
                    } else if bi != 0.0 || br < 0.0 {
                        return Err(self.zero_complex_power());
                    } else {
                        (0.0, 0.0)
                    }
                } else {
                    let (r, t) = ((ar * ar + ai * ai).sqrt(), ai.atan2(ar));
                    let (lr, lt) = (r.ln(), t);
                    let (er, et) = (lr * br - lt * bi, lr * bi + lt * br);
                    let m = er.exp();
                    (m * et.cos(), m * et.sin())
                }
            }
            _ => return Err(self.unsupported_binop(op_symbol(op), a, b)),
        };
        self.alloc(Object::Complex(re, im)).map(Some)
    }

    /// Zero to a negative or complex power, worded as MicroPython words it.
    #[cold]
    fn zero_complex_power(&mut self) -> crate::error::PyErr {
        self.new_exception(crate::error::ExcKind::ZeroDivisionError, "0.0 to a complex power")
    }

    pub fn as_complex(&self, v: Value) -> Option<(f64, f64)> {
        if let Some(Object::Complex(r, i)) = v.as_obj().map(|r| self.heap.get(r)) {
            return Some((*r, *i));
        }
        self.num_for_float(v).map(|f| (f, 0.0))
    }
}
