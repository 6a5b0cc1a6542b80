//! `cmath` (docs: library/cmath.html): MicroPython's complex functions phase, polar, rect, exp,
//! log, log10, sqrt, cos, sin and the constants e and pi.
//!
//! Divergences: the functions use the textbook formulas, so results at infinities, NaNs and
//! signed zeros may differ from CPython's carefully special-cased ones (as MicroPython's do);
//! `log(0)` raises `ValueError("math domain error")` as in CPython. `log` takes an optional base.

use ferrite_vm::builtins::check_args;
use ferrite_vm::object::Object;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::{add_functions, set};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "cmath", init };

/// A complex argument: complex numbers, and ints and floats as complex with a zero imaginary
/// part.
fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    if let Some(c) = vm.as_complex(v) {
        return Ok(c);
    }
    if vm.str_ref(v).is_none() && vm.bytes_like(v).is_none() {
        if let Ok(f) = vm.to_float(v) {
            return Ok((f, 0.0));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

fn new_complex(vm: &mut Vm, (re, im): (f64, f64)) -> PyResult<Value> {
    vm.alloc(Object::Complex(re, im))
}

fn one_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    check_args(vm, name, args, 1, 1)?;
    complex_arg(vm, args[0])
}

fn c_exp((re, im): (f64, f64)) -> (f64, f64) {
    let m = re.exp();
    // exp(x + 0j) is real: do not turn inf * sin(0) into NaN.
    if im == 0.0 {
        return (m, im);
    }
    (m * im.cos(), m * im.sin())
}

fn c_log((re, im): (f64, f64)) -> (f64, f64) {
    (re.hypot(im).ln(), im.atan2(re))
}

/// The principal square root, computed without cancellation: t = sqrt((|re| + |z|) / 2).
fn c_sqrt((re, im): (f64, f64)) -> (f64, f64) {
    if re == 0.0 && im == 0.0 {
        return (0.0, im);
    }
    let t = ((re.abs() + re.hypot(im)) / 2.0).sqrt();
    if re >= 0.0 {
        (t, im / (2.0 * t))
    } else {
        (im.abs() / (2.0 * t), t.copysign(im))
    }
}

fn c_div((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    let den = c * c + d * d;
    ((a * c + b * d) / den, (b * c - a * d) / den)
}

fn phase(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (re, im) = one_arg(vm, args, "phase")?;
    Ok(Value::Float(im.atan2(re)))
}
native!(PHASE, "phase", phase);

fn polar(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (re, im) = one_arg(vm, args, "polar")?;
    vm.new_tuple(vec![Value::Float(re.hypot(im)), Value::Float(im.atan2(re))])
}
native!(POLAR, "polar", polar);

fn rect(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "rect", args, 2, 2)?;
    let r = crate::math::real(vm, args[0])?;
    let phi = crate::math::real(vm, args[1])?;
    let im = if phi == 0.0 { r * phi } else { r * phi.sin() };
    new_complex(vm, (r * phi.cos(), im))
}
native!(RECT, "rect", rect);

fn exp(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, args, "exp")?;
    let r = c_exp(z);
    if (r.0.is_infinite() || r.1.is_infinite()) && z.0.is_finite() && z.1.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    new_complex(vm, r)
}
native!(EXP, "exp", exp);

fn log(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "log", args, 1, 2)?;
    let z = complex_arg(vm, args[0])?;
    if z == (0.0, 0.0) {
        return Err(vm.value_error("math domain error"));
    }
    let mut r = c_log(z);
    if let Some(&b) = args.get(1) {
        let base = complex_arg(vm, b)?;
        if base == (0.0, 0.0) {
            return Err(vm.value_error("math domain error"));
        }
        let lb = c_log(base);
        if lb == (0.0, 0.0) {
            return Err(vm.zero_division());
        }
        r = c_div(r, lb);
    }
    new_complex(vm, r)
}
native!(LOG, "log", log);

fn log10(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, args, "log10")?;
    if z == (0.0, 0.0) {
        return Err(vm.value_error("math domain error"));
    }
    let (re, im) = c_log(z);
    let ln10 = std::f64::consts::LN_10;
    new_complex(vm, (re / ln10, im / ln10))
}
native!(LOG10, "log10", log10);

fn sqrt(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, args, "sqrt")?;
    new_complex(vm, c_sqrt(z))
}
native!(SQRT, "sqrt", sqrt);

fn cos(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (re, im) = one_arg(vm, args, "cos")?;
    let i = if im == 0.0 { -(re.sin() * im) } else { -re.sin() * im.sinh() };
    new_complex(vm, (re.cos() * im.cosh(), i))
}
native!(COS, "cos", cos);

fn sin(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (re, im) = one_arg(vm, args, "sin")?;
    let i = if im == 0.0 { re.cos() * im } else { re.cos() * im.sinh() };
    new_complex(vm, (re.sin() * im.cosh(), i))
}
native!(SIN, "sin", sin);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&COS, &EXP, &LOG, &LOG10, &PHASE, &POLAR, &RECT, &SIN, &SQRT])?;
    set(vm, m, "e", Value::Float(std::f64::consts::E));
    set(vm, m, "pi", Value::Float(std::f64::consts::PI));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqrt_of_negative_is_imaginary() {
        assert_eq!(c_sqrt((-4.0, 0.0)), (0.0, 2.0));
        assert_eq!(c_sqrt((-4.0, -0.0)), (0.0, -2.0));
        assert_eq!(c_sqrt((9.0, 0.0)), (3.0, 0.0));
    }
}
