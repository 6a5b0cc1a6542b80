//! `random` / `urandom` (docs: library/random.html): a small deterministic PRNG with
//! getrandbits, seed, random, uniform, randrange, randint, choice, plus CPython's shuffle.
//!
//! The generator is SplitMix64 (one 64-bit word of state, statistically sound for a device
//! PRNG, trivially seeded from any integer). The same seed gives the same sequence on every run
//! and platform, but not MicroPython's (yasmarang) or CPython's (Mersenne Twister) sequence.
//! Divergences: `getrandbits` accepts more than 32 bits (as CPython); `randrange`/`randint`
//! bounds must fit in 128 bits; `seed()` / `seed(None)` reseed from the clock.

use dashu_int::IBig;
use ferrite_vm::builtins::check_args;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "random", init };

/// The generator's state, one per VM, kept in `vm.pinned`.
struct RandomState {
    state: u64,
}
ferrite_vm::native_data!(RandomState);

impl RandomState {
    /// SplitMix64: a Weyl sequence passed through a 64-bit finaliser.
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform integer in [0, n) for n >= 1, by rejection (no modulo bias).
    fn below(&mut self, n: u128) -> u128 {
        if n <= 1 {
            return 0;
        }
        let bits = 128 - (n - 1).leading_zeros();
        loop {
            let r = self.bits128(bits);
            if r < n {
                return r;
            }
        }
    }

    fn bits128(&mut self, bits: u32) -> u128 {
        let lo = self.next_u64() as u128;
        let r = if bits > 64 { lo | ((self.next_u64() as u128) << 64) } else { lo };
        if bits >= 128 {
            r
        } else {
            r & ((1u128 << bits) - 1)
        }
    }

    /// A float in [0, 1) with 53 random bits.
    fn float(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// Finds this VM's generator state, creating it (seeded from the clock) on first use.
fn with_state<R>(vm: &mut Vm, f: impl FnOnce(&mut RandomState) -> R) -> PyResult<R> {
    let found = vm.pinned.iter().rev().copied().find(|v| vm.data::<RandomState>(*v).is_some());
    let v = match found {
        Some(v) => v,
        None => {
            let cls = vm.new_native_class("RandomState", &[], &[])?;
            let seed = clock_seed(vm);
            let v = vm.new_data(cls, Box::new(RandomState { state: seed }))?;
            vm.pinned.push(v);
            v
        }
    };
    match vm.data_mut::<RandomState>(v) {
        Some(s) => Ok(f(s)),
        None => Err(vm.internal_error("random state")),
    }
}

fn clock_seed(vm: &Vm) -> u64 {
    (vm.clock.wall_ns() as u64) ^ vm.clock.monotonic_ns().rotate_left(32)
}

fn seed(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "seed", args, 0, 1)?;
    let s = match args.first() {
        None | Some(Value::None) => clock_seed(vm),
        Some(&v) => match vm.to_bigint(v) {
            // Fold every 64-bit limb of a big seed into the state.
            Some(i) => {
                let mut folded = 0u64;
                let mut rest = if i < IBig::ZERO { -i } else { i };
                let mask = IBig::from(u64::MAX);
                while rest > IBig::ZERO {
                    let limb = u64::try_from(&(&rest & &mask)).unwrap_or(0);
                    folded = folded.rotate_left(17) ^ limb;
                    rest >>= 64;
                }
                folded
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("can't convert {tn} to int")));
            }
        },
    };
    with_state(vm, |st| st.state = s)?;
    Ok(Value::None)
}
native!(SEED, "seed", seed);

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getrandbits", args, 1, 1)?;
    let n = vm.index_value(args[0], "getrandbits")?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if n <= 63 {
        let r = with_state(vm, |st| st.next_u64())?;
        return Ok(Value::Int((r & ((1u64 << n) - 1)) as i64));
    }
    if !vm.heap.can_fit((n as usize) / 8) {
        return Err(vm.memory_error());
    }
    let n = n as usize;
    let words = with_state(vm, |st| (0..n.div_ceil(64)).map(|_| st.next_u64()).collect::<Vec<u64>>())?;
    let mut acc = IBig::ZERO;
    for (i, w) in words.iter().enumerate() {
        let w = if (i + 1) * 64 > n { w & ((1u64 << (n - i * 64)) - 1) } else { *w };
        acc |= IBig::from(w) << (i * 64);
    }
    vm.new_bigint(acc)
}
native!(GETRANDBITS, "getrandbits", getrandbits);

fn random(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "random", args, 0, 0)?;
    with_state(vm, |st| Value::Float(st.float()))
}
native!(RANDOM, "random", random);

fn uniform(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "uniform", args, 2, 2)?;
    let a = crate::math::real(vm, args[0])?;
    let b = crate::math::real(vm, args[1])?;
    let r = with_state(vm, |st| st.float())?;
    Ok(Value::Float(a + (b - a) * r))
}
native!(UNIFORM, "uniform", uniform);

fn bound(vm: &mut Vm, v: Value) -> PyResult<i128> {
    match vm.to_bigint(v) {
        Some(i) => i128::try_from(&i).map_err(|_| vm.overflow_error("randrange() bounds too large")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("can't convert {tn} to int")))
        }
    }
}

/// A random element of range(start, stop, step); ValueError if that range is empty.
fn pick(vm: &mut Vm, start: i128, stop: i128, step: i128) -> PyResult<Value> {
    if step == 0 {
        return Err(vm.value_error("zero step for randrange()"));
    }
    let n = if step > 0 {
        if stop <= start {
            0
        } else {
            (stop - start - 1) / step + 1
        }
    } else if stop >= start {
        0
    } else {
        (start - stop - 1) / (-step) + 1
    };
    if n <= 0 {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let k = with_state(vm, |st| st.below(n as u128))? as i128;
    vm.new_bigint(IBig::from(start + k * step))
}

fn randrange(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "randrange", args, 1, 3)?;
    let mut b = Vec::with_capacity(3);
    for &a in args {
        b.push(bound(vm, a)?);
    }
    match b.as_slice() {
        [stop] => pick(vm, 0, *stop, 1),
        [start, stop] => pick(vm, *start, *stop, 1),
        [start, stop, step] => pick(vm, *start, *stop, *step),
        _ => Ok(Value::None),
    }
}
native!(RANDRANGE, "randrange", randrange);

fn randint(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "randint", args, 2, 2)?;
    let a = bound(vm, args[0])?;
    let b = bound(vm, args[1])?;
    pick(vm, a, b.saturating_add(1), 1)
}
native!(RANDINT, "randint", randint);

fn choice(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "choice", args, 1, 1)?;
    let n = vm.len(args[0])?;
    if n == 0 {
        return Err(vm.index_error("can't choose from an empty sequence"));
    }
    let k = with_state(vm, |st| st.below(n as u128))?;
    vm.get_item(args[0], Value::Int(k as i64))
}
native!(CHOICE, "choice", choice);

/// Fisher-Yates, in place, through the sequence protocol (works for lists and user sequences).
fn shuffle(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "shuffle", args, 1, 1)?;
    let seq = args[0];
    let n = vm.len(seq)?;
    for i in (1..n).rev() {
        let j = with_state(vm, |st| st.below(i as u128 + 1))? as i64;
        let i = i as i64;
        if i == j {
            continue;
        }
        let a = vm.get_item(seq, Value::Int(i))?;
        vm.root(a);
        let b = vm.get_item(seq, Value::Int(j));
        let r = b.and_then(|b| {
            vm.root(b);
            let r = vm.set_item(seq, Value::Int(i), b).and_then(|_| vm.set_item(seq, Value::Int(j), a));
            vm.temp_roots.pop();
            r
        });
        vm.temp_roots.pop();
        r?;
    }
    Ok(Value::None)
}
native!(SHUFFLE, "shuffle", shuffle);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&CHOICE, &GETRANDBITS, &RANDINT, &RANDOM, &RANDRANGE, &SEED, &SHUFFLE, &UNIFORM])?;
    // Create the state now, so the first call does not allocate a class.
    with_state(vm, |_| ())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence() {
        let mut a = RandomState { state: 42 };
        let mut b = RandomState { state: 42 };
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        for n in [1u128, 2, 3, 7, 1000, 1 << 70] {
            for _ in 0..50 {
                assert!(a.below(n) < n);
            }
        }
        let f = a.float();
        assert!((0.0..1.0).contains(&f));
    }
}
