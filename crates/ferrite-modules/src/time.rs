//! `time` / `utime` (docs: library/time.html): sleeping, the wrap-around tick counters and the
//! calendar clock, all through the VM's clock (`vm.clock`, `vm.sleep_ns`) so that virtual time
//! and the scheduler see every read and every sleep.
//!
//! Ticks wrap at 2**30 as on MicroPython's ports (TICKS_MAX = 2**30 - 1); `ticks_diff` returns
//! a signed difference in [-2**29, 2**29). The epoch is 1970 as on the unix port.
//! Divergences: there is no time-zone database, so `localtime` is `gmtime` and `mktime` is its
//! inverse (UTC); `ticks_cpu` counts nanoseconds. CPython's `monotonic`, `perf_counter` and
//! their `_ns` forms are provided.

use dashu_int::IBig;
use ferrite_vm::builtins::check_args;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "time", init };

/// The period of every ticks counter: a power of two that keeps ticks small ints.
const TICKS_PERIOD: i64 = 1 << 30;
const TICKS_MAX: i64 = TICKS_PERIOD - 1;
const TICKS_HALF: i64 = TICKS_PERIOD / 2;

const NS_PER_SEC: f64 = 1e9;

// --- Sleeping.

fn sleep_for(vm: &mut Vm, ns: f64) -> PyResult<Value> {
    // `as` saturates: an absurdly long sleep is just very long; a zero sleep still lets other
    // threads run, as releasing the GIL does on MicroPython.
    vm.sleep_ns(ns.max(0.0) as u64)?;
    Ok(Value::None)
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep", args, 1, 1)?;
    let secs = crate::math::real(vm, args[0])?;
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    sleep_for(vm, secs * NS_PER_SEC)
}
native!(SLEEP, "sleep", sleep);

/// sleep_ms / sleep_us: a negative delay is no delay (MicroPython documents "should be
/// positive or 0").
fn sleep_ms(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep_ms", args, 1, 1)?;
    let ms = crate::math::real(vm, args[0])?;
    sleep_for(vm, ms * 1e6)
}
native!(SLEEP_MS, "sleep_ms", sleep_ms);

fn sleep_us(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "sleep_us", args, 1, 1)?;
    let us = crate::math::real(vm, args[0])?;
    sleep_for(vm, us * 1e3)
}
native!(SLEEP_US, "sleep_us", sleep_us);

// --- Ticks.

fn ticks(vm: &mut Vm, args: &[Value], divisor: u64) -> PyResult<Value> {
    check_args(vm, "ticks", args, 0, 0)?;
    let t = vm.clock.monotonic_ns() / divisor;
    Ok(Value::Int((t & TICKS_MAX as u64) as i64))
}

fn ticks_ms(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    ticks(vm, args, 1_000_000)
}
native!(TICKS_MS, "ticks_ms", ticks_ms);

fn ticks_us(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    ticks(vm, args, 1_000)
}
native!(TICKS_US, "ticks_us", ticks_us);

fn ticks_cpu(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    ticks(vm, args, 1)
}
native!(TICKS_CPU, "ticks_cpu", ticks_cpu);

fn ticks_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.to_bigint(v) {
        Some(i) => Ok(i64::try_from(&(i & IBig::from(TICKS_MAX))).unwrap_or(0)),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("can't convert {tn} to int")))
        }
    }
}

/// ticks + delta modulo the period. |delta| must stay below half a period, so that
/// `ticks_diff(ticks_add(t, d), t) == d` always holds.
fn ticks_add(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "ticks_add", args, 2, 2)?;
    let t = ticks_arg(vm, args[0])?;
    let delta = match vm.to_bigint(args[1]) {
        Some(d) => i64::try_from(&d).unwrap_or(i64::MAX),
        None => {
            let tn = vm.type_name(args[1]);
            return Err(vm.type_error(format!("can't convert {tn} to int")));
        }
    };
    if delta <= -TICKS_HALF || delta >= TICKS_HALF {
        return Err(vm.overflow_error("ticks interval overflow"));
    }
    Ok(Value::Int((t + delta) & TICKS_MAX))
}
native!(TICKS_ADD, "ticks_add", ticks_add);

/// The signed distance from ticks2 to ticks1, in [-period/2, period/2).
fn ticks_diff(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "ticks_diff", args, 2, 2)?;
    let a = ticks_arg(vm, args[0])?;
    let b = ticks_arg(vm, args[1])?;
    Ok(Value::Int(((a - b + TICKS_HALF) & TICKS_MAX) - TICKS_HALF))
}
native!(TICKS_DIFF, "ticks_diff", ticks_diff);

// --- Wall clock and monotonic clock.

fn time(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "time", args, 0, 0)?;
    Ok(Value::Float(vm.clock.wall_ns() as f64 / NS_PER_SEC))
}
native!(TIME, "time", time);

fn time_ns(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "time_ns", args, 0, 0)?;
    let ns = vm.clock.wall_ns();
    vm.new_bigint(IBig::from(ns))
}
native!(TIME_NS, "time_ns", time_ns);

fn monotonic(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "monotonic", args, 0, 0)?;
    Ok(Value::Float(vm.clock.monotonic_ns() as f64 / NS_PER_SEC))
}
native!(MONOTONIC, "monotonic", monotonic);
native!(PERF_COUNTER, "perf_counter", monotonic);

fn monotonic_ns(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "monotonic_ns", args, 0, 0)?;
    let ns = vm.clock.monotonic_ns();
    vm.new_bigint(IBig::from(ns))
}
native!(MONOTONIC_NS, "monotonic_ns", monotonic_ns);
native!(PERF_COUNTER_NS, "perf_counter_ns", monotonic_ns);

// --- Calendar.

/// (year, month, day) of a day count from 1970-01-01 (proleptic Gregorian; H. Hinnant's
/// `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

/// Days from 1970-01-01 to (year, month, day); month must be 1..=12, day may be anything.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// Seconds since the epoch to (year, month, mday, hour, minute, second, weekday, yearday),
/// weekday 0 = Monday, yearday 1..=366.
fn broken_down(secs: i64) -> [i64; 8] {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let weekday = (days + 3).rem_euclid(7);
    let yearday = days - days_from_civil(y, 1, 1) + 1;
    [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, weekday, yearday]
}

/// Largest |seconds| accepted: keeps every intermediate well inside i64.
const MAX_SECS: i64 = 1 << 50;

fn gmtime(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "gmtime", args, 0, 1)?;
    let secs = match args.first() {
        None | Some(Value::None) => vm.clock.wall_ns().div_euclid(1_000_000_000) as i64,
        Some(&v) => match vm.to_bigint(v) {
            Some(i) => i64::try_from(&i).unwrap_or(i64::MAX),
            None => {
                let f = crate::math::real(vm, v)?;
                if f.is_nan() {
                    return Err(vm.value_error("Invalid value NaN (not a number)"));
                }
                f.floor() as i64
            }
        },
    };
    if !(-MAX_SECS..=MAX_SECS).contains(&secs) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let fields = broken_down(secs).iter().map(|&f| Value::Int(f)).collect();
    vm.new_tuple(fields)
}
native!(GMTIME, "gmtime", gmtime);
native!(LOCALTIME, "localtime", gmtime);

/// The inverse of localtime: an 8- (or 9-) tuple to seconds since the epoch. Out-of-range
/// fields are normalised (month 13 is January of the next year, second 60 the next minute).
fn mktime(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "mktime", args, 1, 1)?;
    let items = vm.list_items(args[0]);
    if items.len() < 8 || items.len() > 9 || vm.str_ref(args[0]).is_some() {
        return Err(vm.type_error("mktime needs a tuple of length 8 or 9"));
    }
    let mut f = [0i64; 6];
    for (slot, &v) in f.iter_mut().zip(&items) {
        *slot = match vm.to_bigint(v).and_then(|i| i64::try_from(&i).ok()) {
            Some(i) if i.abs() <= MAX_SECS => i,
            Some(_) => return Err(vm.overflow_error("mktime argument out of range")),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("can't convert {tn} to int")));
            }
        };
    }
    let [year, month, mday, hour, minute, second] = f;
    let year = year + (month - 1).div_euclid(12);
    let month = (month - 1).rem_euclid(12) + 1;
    let days = days_from_civil(year, month, 1) + mday - 1;
    Ok(Value::Int(days * 86_400 + hour * 3600 + minute * 60 + second))
}
native!(MKTIME, "mktime", mktime);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(
        vm,
        m,
        &[
            &GMTIME,
            &LOCALTIME,
            &MKTIME,
            &MONOTONIC,
            &MONOTONIC_NS,
            &PERF_COUNTER,
            &PERF_COUNTER_NS,
            &SLEEP,
            &SLEEP_MS,
            &SLEEP_US,
            &TICKS_ADD,
            &TICKS_CPU,
            &TICKS_DIFF,
            &TICKS_MS,
            &TICKS_US,
            &TIME,
            &TIME_NS,
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        assert_eq!(broken_down(0), [1970, 1, 1, 0, 0, 0, 3, 1]);
        assert_eq!(broken_down(951_782_400), [2000, 2, 29, 0, 0, 0, 1, 60]);
        assert_eq!(broken_down(-1), [1969, 12, 31, 23, 59, 59, 2, 365]);
        for days in [-800_000i64, -1, 0, 59, 11_016, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
