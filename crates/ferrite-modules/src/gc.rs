//! `gc` (docs: library/gc.html): collect, enable, disable, isenabled, mem_alloc, mem_free,
//! threshold, reporting the VM's real heap (`vm.heap.bytes_used()`, `vm.heap.limit`).
//!
//! Divergences (until the VM has the hooks): `disable()` and `threshold(n)` are recorded and
//! reported back by `isenabled()` / `threshold()`, but the VM still collects at its own safe
//! points by its own threshold; `collect()` returns None as MicroPython does (CPython returns a
//! count).

use ferrite_vm::builtins::check_args;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "gc", init };

/// What the program asked of the collector; one per VM, kept in `vm.pinned`.
struct GcState {
    enabled: bool,
    /// Bytes between collections, or -1 for "only when memory runs out" (the default).
    threshold: i64,
}
ferrite_vm::native_data!(GcState);

fn with_state<R>(vm: &mut Vm, f: impl FnOnce(&mut GcState) -> R) -> PyResult<R> {
    let found = vm.pinned.iter().rev().copied().find(|v| vm.data::<GcState>(*v).is_some());
    let v = match found {
        Some(v) => v,
        None => {
            let cls = vm.new_native_class("GcState", &[], &[])?;
            let v = vm.new_data(cls, Box::new(GcState { enabled: true, threshold: -1 }))?;
            vm.pinned.push(v);
            v
        }
    };
    match vm.data_mut::<GcState>(v) {
        Some(s) => Ok(f(s)),
        None => Err(vm.internal_error("gc state")),
    }
}

fn collect(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "collect", args, 0, 1)?;
    vm.collect_garbage();
    Ok(Value::None)
}
native!(COLLECT, "collect", collect);

fn enable(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "enable", args, 0, 0)?;
    with_state(vm, |s| s.enabled = true)?;
    vm.heap.gc_enabled = true;
    Ok(Value::None)
}
native!(ENABLE, "enable", enable);

fn disable(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "disable", args, 0, 0)?;
    with_state(vm, |s| s.enabled = false)?;
    vm.heap.gc_enabled = false;
    Ok(Value::None)
}
native!(DISABLE, "disable", disable);

fn isenabled(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "isenabled", args, 0, 0)?;
    with_state(vm, |s| Value::Bool(s.enabled))
}
native!(ISENABLED, "isenabled", isenabled);

fn mem_alloc(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "mem_alloc", args, 0, 0)?;
    Ok(Value::Int(vm.heap.bytes_used() as i64))
}
native!(MEM_ALLOC, "mem_alloc", mem_alloc);

fn mem_free(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "mem_free", args, 0, 0)?;
    Ok(Value::Int(vm.heap.limit.saturating_sub(vm.heap.bytes_used()) as i64))
}
native!(MEM_FREE, "mem_free", mem_free);

/// threshold() returns the setting; threshold(n) sets it (n < 0 means no threshold).
/// MicroPython's GC block on a 64-bit port (4 words), the unit its threshold is kept in.
const GC_BLOCK: i64 = 32;

fn threshold(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "threshold", args, 0, 1)?;
    match args.first() {
        None => with_state(vm, |s| Value::Int(s.threshold)),
        Some(&v) => {
            let n = vm.index_value(v, "threshold")?;
            // Kept in whole GC blocks, as MicroPython keeps it: `threshold(1)` reads back 0.
            let n = if n < 0 { -1 } else { n - n % GC_BLOCK };
            with_state(vm, |s| s.threshold = n)?;
            vm.heap.user_threshold = if n < 0 { None } else { Some(n as usize) };
            Ok(Value::None)
        }
    }
}
native!(THRESHOLD, "threshold", threshold);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&COLLECT, &DISABLE, &ENABLE, &ISENABLED, &MEM_ALLOC, &MEM_FREE, &THRESHOLD])?;
    with_state(vm, |_| ())?;
    Ok(())
}
