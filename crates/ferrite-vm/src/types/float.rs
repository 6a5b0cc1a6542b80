//! `float` and `complex` (docs: library/builtins.html#float).

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

/// Parses a float the way `float(str)` does: decimal, exponent, `inf`, `nan`, underscores.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    match unsigned {
        "inf" | "infinity" => return Some(if neg { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if t.is_empty() || t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `float(x)`; for a subclass of float, an instance of it carrying that value (`subclass.rs`).
fn float_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let f = match args.get(1) {
        Some(&x) => vm.to_float(x)?,
        None => 0.0,
    };
    vm.new_for_class(args, vm.types.float, Value::Float(f))
}

impl Vm {
    /// `float(x)`.
    pub fn to_float(&mut self, x: Value) -> PyResult<f64> {
        if let Some(f) = self.to_f64(x) {
            if let Value::Obj(_) = x {
                if f.is_infinite() {
                    return Err(self.overflow_error("int too big to convert to float"));
                }
            }
            return Ok(f);
        }
        if let Some(s) = self.str_ref(x).map(|s| s.to_string()) {
            return match parse_float(&s) {
                Some(f) => Ok(f),
                None => {
                    let r = crate::format::str_repr(&s);
                    Err(self.value_error(format!("could not convert string to float: {r}")))
                }
            };
        }
        if let Some(b) = self.bytes_like(x) {
            let s = String::from_utf8_lossy(&b).to_string();
            return parse_float(&s).ok_or_else(|| self.value_error("could not convert string to float"));
        }
        let n = self.n.__float__;
        if let Some(Value::Float(f)) = self.call_special(x, n, &[])? {
            return Ok(f);
        }
        let n = self.n.__index__;
        if let Some(v) = self.call_special(x, n, &[])? {
            if let Some(f) = self.to_f64(v) {
                return Ok(f);
            }
        }
        let tn = self.type_name(x);
        Err(self.type_error(format!("can't convert {tn} to float")))
    }
}

fn is_integer(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "is_integer", args, 1, 1)?;
    match args[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}

fn as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "as_integer_ratio", args, 1, 1)?;
    let Value::Float(f) = args[0] else { return Err(vm.type_error("expected float")) };
    if !f.is_finite() {
        return Err(vm.value_error("cannot convert non-finite float to integer ratio"));
    }
    let mut num = f;
    let mut den = dashu_int::IBig::ONE;
    while num.fract() != 0.0 {
        num *= 2.0;
        den *= dashu_int::IBig::from(2);
    }
    let n = dashu_int::IBig::try_from(num).unwrap_or_default();
    let nv = vm.new_bigint(n)?;
    let dv = vm.new_bigint(den)?;
    vm.new_tuple(vec![nv, dv])
}

fn float_conjugate(_vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::None))
}

fn complex_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let a = args.get(1..).unwrap_or(&[]);
    let (re, im) = match a.len() {
        0 => (0.0, 0.0),
        _ => {
            if let Some(s) = vm.str_ref(a[0]).map(|s| s.to_string()) {
                match parse_complex(&s) {
                    Some(c) => c,
                    None => return Err(vm.value_error("complex() arg is a malformed string")),
                }
            } else {
                let (r1, i1) = complex_arg(vm, a[0], "first")?;
                let (r2, i2) = match a.get(1) {
                    Some(&b) => complex_arg(vm, b, "second")?,
                    None => (0.0, 0.0),
                };
                (r1 - i2, i1 + r2)
            }
        }
    };
    vm.alloc(Object::Complex(re, im))
}

/// A number argument of `complex()`: a complex, an int or float, or an object with
/// `__complex__` (which must return a complex), `__float__` or `__index__`.
fn complex_arg(vm: &mut Vm, v: Value, which: &str) -> PyResult<(f64, f64)> {
    if let Some(c) = vm.as_complex(v) {
        return Ok(c);
    }
    if let Value::Obj(_) = v {
        let n = vm.intern("__complex__");
        if let Some(r) = vm.call_special(v, n, &[])? {
            return match r.as_obj().map(|o| vm.heap.get(o)) {
                Some(Object::Complex(re, im)) => Ok((*re, *im)),
                _ => Err(vm.type_error("__complex__ returned non-complex")),
            };
        }
        if let Ok(f) = vm.to_float(v) {
            return Ok((f, 0.0));
        }
    }
    Err(vm.type_error(format!("complex() {which} argument must be a number")))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim().trim_start_matches('(').trim_end_matches(')');
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign not after an 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let imag = |p: &str| match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => parse_float(p),
        };
        return match split {
            Some(i) => Some((parse_float(&body[..i])?, imag(&body[i..])?)),
            None => Some((0.0, imag(body)?)),
        };
    }
    Some((parse_float(t)?, 0.0))
}

fn complex_part(vm: &mut Vm, args: &[Value], imag: bool) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::None);
    match vm.as_complex(v) {
        Some((r, i)) => Ok(Value::Float(if imag { i } else { r })),
        None => Err(vm.type_error("expected complex")),
    }
}
fn complex_real(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    if let Value::Bool(b) = args[0] {
        return Ok(Value::Int(b as i64));
    }
    if vm.is_int(args[0]) {
        return Ok(args[0]);
    }
    complex_part(vm, args, false)
}
fn complex_imag(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    if vm.is_int(args[0]) {
        return Ok(Value::Int(0));
    }
    complex_part(vm, args, true)
}
fn complex_conjugate(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (r, i) = vm.as_complex(args[0]).unwrap_or((0.0, 0.0));
    vm.alloc(Object::Complex(r, -i))
}

native!(FLOAT_NEW, "__new__", float_new);
native!(IS_INTEGER, "is_integer", is_integer);
native!(AS_INTEGER_RATIO, "as_integer_ratio", as_integer_ratio);
native!(FLOAT_CONJUGATE, "conjugate", float_conjugate);
native!(COMPLEX_NEW, "__new__", complex_new);
native!(REAL, "real", complex_real);
native!(IMAG, "imag", complex_imag);
native!(COMPLEX_CONJUGATE, "conjugate", complex_conjugate);

pub fn install(vm: &mut Vm) {
    let f = vm.types.float;
    add_methods(vm, f, &[&FLOAT_NEW, &IS_INTEGER, &AS_INTEGER_RATIO, &FLOAT_CONJUGATE]);
    crate::types::object::add_getter(vm, f, &REAL);
    crate::types::object::add_getter(vm, f, &IMAG);
    let i = vm.types.int;
    crate::types::object::add_getter(vm, i, &REAL);
    crate::types::object::add_getter(vm, i, &IMAG);
    let c = vm.types.complex;
    add_methods(vm, c, &[&COMPLEX_NEW, &COMPLEX_CONJUGATE]);
    crate::types::object::add_getter(vm, c, &REAL);
    crate::types::object::add_getter(vm, c, &IMAG);
}
