//! `int` and `bool`: constructors and methods (docs: library/builtins.html#int).

use dashu_int::ops::{BitTest, DivRemEuclid};
use dashu_int::IBig;

use crate::builtins::{check_args, kwarg};
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

/// Parses an int literal in the given base (0 = auto-detect prefix), Python's rules:
/// surrounding whitespace, a sign, underscores between digits.
pub fn parse_int(text: &str, base: u32) -> Option<IBig> {
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    // One underscore may follow a base prefix (`0x_1`), never start the digits (`_1`).
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, t[2..].strip_prefix('_').unwrap_or(&t[2..])),
        (0 | 8, Some("0o")) => (8, t[2..].strip_prefix('_').unwrap_or(&t[2..])),
        (0 | 2, Some("0b")) => (2, t[2..].strip_prefix('_').unwrap_or(&t[2..])),
        (0, _) => {
            if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, t)
        }
        (b, _) => (b, t),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = IBig::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

/// `round(i, n)` for an int past what the i64 path handles: to a multiple of `10**-n`, ties to
/// even (a non-negative `n` leaves it as it is).
pub fn round_big(vm: &mut Vm, i: IBig, n: i64) -> PyResult<Value> {
    if n >= 0 {
        return vm.new_bigint(i);
    }
    // 10**k > 2**(3k) > 2*|i| when 3k > bit_len + 1: the result is 0 without computing 10**k.
    let k = n.unsigned_abs();
    if k.saturating_mul(3) > i.bit_len() as u64 + 1 {
        return Ok(Value::Int(0));
    }
    let p = IBig::from(10u8).pow(k as usize);
    let (q, r) = i.div_rem_euclid(&p);
    let twice = IBig::from(r) * 2u8;
    let q = if twice > p || (twice == p && q.bit(0)) { q + 1u8 } else { q };
    vm.new_bigint(q * p)
}

/// `int(x)`; for a subclass of int, an instance of it carrying that value (`subclass.rs`).
fn int_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let i = plain_int_new(vm, args, kw)?;
    vm.new_for_class(args, vm.types.int, i)
}

fn plain_int_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let args = args.get(1..).unwrap_or(&[]);
    let base = args.get(1).copied().or_else(|| kwarg(vm, kw, "base"));
    let Some(&x) = args.first() else { return Ok(Value::Int(0)) };
    if let Some(b) = base {
        let b = vm.index_value(b, "base")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match vm.str_ref(x) {
            Some(s) => s.to_string(),
            None => match vm.bytes_like(x) {
                Some(b) => String::from_utf8_lossy(&b).to_string(),
                None => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            },
        };
        return match parse_int(&text, b as u32) {
            Some(i) => vm.new_bigint(i),
            None => {
                let r = crate::format::str_repr(&text);
                Err(vm.value_error(format!("invalid syntax for integer with base {b}: {r}")))
            }
        };
    }
    vm.to_int(x)
}

/// The value of up to 18 plain ASCII digits (`int("7")` in a parsing loop), which cannot
/// overflow an `i64`; anything else (signs, spaces, underscores, longer text) is `parse_int`'s.
fn small_decimal(s: &str) -> Option<i64> {
    if s.is_empty() || s.len() > 18 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0')))
}

impl Vm {
    /// `int(x)` for one argument.
    pub fn to_int(&mut self, x: Value) -> PyResult<Value> {
        match x {
            Value::Int(_) => Ok(x),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            Value::Float(f) => {
                if f.is_nan() {
                    return Err(self.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(self.overflow_error("cannot convert float infinity to integer"));
                }
                let t = f.trunc();
                if t.abs() < 9.2e18 {
                    Ok(Value::Int(t as i64))
                } else {
                    let b = IBig::try_from(t).unwrap_or_default();
                    self.new_bigint(b)
                }
            }
            _ => {
                if self.is_int(x) {
                    return Ok(x);
                }
                if let Some(i) = self.str_ref(x).and_then(small_decimal) {
                    return Ok(Value::Int(i));
                }
                if let Some(s) = self.str_ref(x).map(|s| s.to_string()) {
                    return match parse_int(&s, 10) {
                        Some(i) => self.new_bigint(i),
                        None => {
                            let r = crate::format::str_repr(&s);
                            Err(self.value_error(format!("invalid syntax for integer with base 10: {r}")))
                        }
                    };
                }
                if let Some(b) = self.bytes_like(x) {
                    let s = String::from_utf8_lossy(&b).to_string();
                    return match parse_int(&s, 10) {
                        Some(i) => self.new_bigint(i),
                        None => Err(self.value_error("invalid syntax for integer with base 10")),
                    };
                }
                for (n, what) in [(self.n.__int__, "__int__"), (self.n.__index__, "__index__")] {
                    if let Some(v) = self.call_special(x, n, &[])? {
                        // `int()` must give an int: a hook returning None or a str is an error.
                        if !self.is_int(v) {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!("{what} returned non-int (type {tn})")));
                        }
                        return Ok(v);
                    }
                }
                if let Some(base) = self.subclass_base(x) {
                    return self.to_int(base);
                }
                let tn = self.type_name(x);
                Err(self.type_error(format!("can't convert {tn} to int")))
            }
        }
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    match args.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(*v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn bit_length(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "bit_length", args, 1, 1)?;
    let Some(i) = vm.to_bigint(args[0]) else { return Err(vm.type_error("expected int")) };
    let mag = if i < IBig::ZERO { -i } else { i };
    Ok(Value::Int(mag.bit_len() as i64))
}

fn to_bytes(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "to_bytes", args, 1, 3)?;
    let Some(i) = vm.to_bigint(args[0]) else { return Err(vm.type_error("expected int")) };
    let length = args.get(1).copied().or_else(|| kwarg(vm, kw, "length")).unwrap_or(Value::Int(1));
    let length = vm.index_value(length, "length")?;
    // A negative length is a bad value, not an int that does not fit (CPython and MicroPython).
    let Ok(length) = usize::try_from(length) else {
        return Err(vm.value_error("length argument must be non-negative"));
    };
    let order = args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder"));
    let big = match order.and_then(|o| vm.str_ref(o).map(|s| s.to_string())) {
        Some(s) if s == "big" => true,
        Some(s) if s == "little" => false,
        None => true,
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    };
    // MicroPython: without `signed`, a negative int is written as if signed=True (its
    // int_bytes.py); CPython raises OverflowError. An explicit signed=False still refuses it.
    let signed = kwarg(vm, kw, "signed").map(|v| vm.truthy(v)).transpose()?.unwrap_or(i < IBig::ZERO);
    if i < IBig::ZERO && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let modulus = IBig::ONE << (8 * length);
    let v = if i < IBig::ZERO { &modulus + &i } else { i.clone() };
    let fits = if signed {
        let half = if length == 0 { IBig::ZERO } else { IBig::ONE << (8 * length - 1) };
        i >= -half.clone() && i < half || (length == 0 && i == IBig::ZERO)
    } else {
        v < modulus
    };
    if !fits {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let mut out = vec![0u8; length];
    let mut rest = v;
    let byte = IBig::from(256);
    for slot in out.iter_mut() {
        let b: u8 = u8::try_from(&rest % &byte).unwrap_or(0);
        *slot = b;
        rest /= &byte;
    }
    if big {
        out.reverse();
    }
    vm.new_bytes(out)
}

fn from_bytes(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    // Bound as a classmethod: args[0] is the class.
    check_args(vm, "from_bytes", args, 2, 3)?;
    let Some(bytes) = vm.bytes_like(args[1]) else {
        return Err(vm.type_error("a bytes-like object is required"));
    };
    let order = args.get(2).copied().or_else(|| kwarg(vm, kw, "byteorder"));
    let big = !matches!(order.and_then(|o| vm.str_ref(o).map(|s| s.to_string())), Some(s) if s == "little");
    let signed = kwarg(vm, kw, "signed").map(|v| vm.truthy(v)).transpose()?.unwrap_or(false);
    let mut v = IBig::ZERO;
    let iter: Box<dyn Iterator<Item = &u8>> = if big { Box::new(bytes.iter()) } else { Box::new(bytes.iter().rev()) };
    for b in iter {
        v = (v << 8) + IBig::from(*b);
    }
    if signed && !bytes.is_empty() {
        let top = if big { bytes[0] } else { bytes[bytes.len() - 1] };
        if top & 0x80 != 0 {
            v -= IBig::ONE << (8 * bytes.len());
        }
    }
    vm.new_bigint(v)
}

fn int_conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(vm.builtin_base(args.first().copied().unwrap_or(Value::None)))
}

fn int_index(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::Int(0));
    let v = vm.builtin_base(v);
    vm.to_int(v)
}

native!(INT_NEW, "__new__", int_new, kw);
native!(BOOL_NEW, "__new__", bool_new);
native!(BIT_LENGTH, "bit_length", bit_length);
native!(TO_BYTES, "to_bytes", to_bytes, kw);
native!(FROM_BYTES, "from_bytes", from_bytes, kw);
native!(CONJUGATE, "conjugate", int_conjugate);
native!(INT_INDEX, "__index__", int_index);
native!(INT_INT, "__int__", int_index);

pub fn install(vm: &mut Vm) {
    let t = vm.types.int;
    add_methods(vm, t, &[&INT_NEW, &BIT_LENGTH, &TO_BYTES, &CONJUGATE, &INT_INDEX, &INT_INT]);
    if let Ok(f) = vm.alloc(Object::Native(&FROM_BYTES)) {
        if let Ok(cm) = vm.alloc(Object::ClassMethod(f)) {
            crate::types::set_class_attr(vm, t, "from_bytes", cm);
        }
    }
    let b = vm.types.bool_;
    add_methods(vm, b, &[&BOOL_NEW]);
}
