//! `micropython` (docs: library/micropython.html): const, native/viper/bytecode, opt_level,
//! mem_info, qstr_info, stack_use, heap_lock/heap_unlock/heap_locked, schedule,
//! alloc_emergency_exception_buf, kbd_intr.
//!
//! Divergences (until the VM has the hooks):
//! - `opt_level(n)` sets `vm.config.optimize`; whether later compilations honour it is up to
//!   the compiler.
//! - `heap_lock()` makes every allocation (and growth of a container) fail with MemoryError
//!   until the last `heap_unlock()`. Small ints and floats never allocate in Ferrite, so
//!   arithmetic that fails under MicroPython's lock (float results) succeeds here.
//! - `schedule(f, arg)` queues `f(arg)` in the VM (at most 8 pending: RuntimeError "schedule
//!   queue full"); it runs at the next interpreter safe point, never nested in another
//!   scheduled callback. An exception from a callback is raised where the program was.
//! - `kbd_intr(c)` is accepted and ignored (Ctrl-C is always the host's SIGINT).

use ferrite_vm::builtins::check_args;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "micropython", init };

/// Per-VM state of this module, kept in `vm.pinned`.
struct MicroPythonState {
    lock_depth: u32,
}
ferrite_vm::native_data!(MicroPythonState);

fn with_state<R>(vm: &mut Vm, f: impl FnOnce(&mut MicroPythonState, &mut ferrite_vm::heap::Heap) -> R) -> PyResult<R> {
    let found = vm.pinned.iter().rev().copied().find(|v| vm.data::<MicroPythonState>(*v).is_some());
    let v = match found {
        Some(v) => v,
        None => {
            let cls = vm.new_native_class("MicroPythonState", &[], &[])?;
            let st = MicroPythonState { lock_depth: 0 };
            let v = vm.new_data(cls, Box::new(st))?;
            vm.pinned.push(v);
            v
        }
    };
    // The state lives in the heap, so take it out for the duration of `f` to lend `f` the heap.
    let Some(st) = vm.data_mut::<MicroPythonState>(v) else { return Err(vm.internal_error("micropython state")) };
    let mut taken = std::mem::replace(st, MicroPythonState { lock_depth: 0 });
    let r = f(&mut taken, &mut vm.heap);
    if let Some(st) = vm.data_mut::<MicroPythonState>(v) {
        *st = taken;
    }
    Ok(r)
}

fn const_(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "const", args, 1, 1)?;
    Ok(args[0])
}
native!(CONST, "const", const_);

/// `@micropython.native`, `@micropython.viper`, `@micropython.bytecode`: there is one code
/// emitter, so these decorators return the function unchanged (viper's type annotations are
/// ordinary annotations).
fn emitter_decorator(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "native", args, 1, 1)?;
    Ok(args[0])
}
native!(NATIVE, "native", emitter_decorator);
native!(VIPER, "viper", emitter_decorator);
native!(BYTECODE, "bytecode", emitter_decorator);

fn opt_level(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "opt_level", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Int(vm.config.optimize as i64)),
        Some(&v) => {
            let level = vm.index_value(v, "opt_level")?;
            vm.config.optimize = level.clamp(0, 3) as u8;
            Ok(Value::None)
        }
    }
}
native!(OPT_LEVEL, "opt_level", opt_level);

/// Bytes of the VM's value stack and frame stack in use.
fn stack_bytes(vm: &Vm) -> usize {
    vm.stack.len() * std::mem::size_of::<Value>() + vm.frames.len() * std::mem::size_of::<ferrite_vm::frame::Frame>()
}

fn stack_use(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "stack_use", args, 0, 0)?;
    Ok(Value::Int(stack_bytes(vm) as i64))
}
native!(STACK_USE, "stack_use", stack_use);

fn mem_info(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "mem_info", args, 0, 1)?;
    let stack_max = vm.config.max_frames * std::mem::size_of::<ferrite_vm::frame::Frame>();
    let used = vm.heap.bytes_used();
    let total = vm.heap.limit;
    let mut text = format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n No. of objects: {}\n",
        stack_bytes(vm),
        stack_max,
        total,
        used,
        total.saturating_sub(used),
        vm.heap.live_objects()
    );
    if !args.is_empty() {
        text.push_str(&format!(" frames: {}, value stack: {} values\n", vm.frames.len(), vm.stack.len()));
    }
    vm.write_out(&text)?;
    Ok(Value::None)
}
native!(MEM_INFO, "mem_info", mem_info);

/// The number of interned names: the interner does not expose its length, so find the first
/// unused index (names are numbered densely from 0).
fn interned_count(vm: &Vm) -> u32 {
    let used = |i: u32| vm.names.get(Name(i)) != "?";
    let (mut lo, mut hi) = (0u32, 1u32 << 24);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if used(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn qstr_info(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "qstr_info", args, 0, 1)?;
    let n = interned_count(vm);
    let bytes: usize = (0..n).map(|i| vm.names.get(Name(i)).len()).sum();
    let mut text = format!(
        "qstr pool: n_pool=1, n_qstr={n}, n_str_data_bytes={bytes}, n_total_bytes={}\n",
        bytes + 4 * n as usize
    );
    if !args.is_empty() {
        for i in 0..n {
            text.push_str(&format!("Q({})\n", vm.names.get(Name(i))));
        }
    }
    vm.write_out(&text)?;
    Ok(Value::None)
}
native!(QSTR_INFO, "qstr_info", qstr_info);

fn heap_lock(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "heap_lock", args, 0, 0)?;
    with_state(vm, |st, heap| {
        st.lock_depth += 1;
        heap.locked = st.lock_depth;
    })?;
    Ok(Value::None)
}
native!(HEAP_LOCK, "heap_lock", heap_lock);

/// Returns the lock depth after unlocking (0: the heap is usable again).
fn heap_unlock(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "heap_unlock", args, 0, 0)?;
    with_state(vm, |st, heap| {
        st.lock_depth = st.lock_depth.saturating_sub(1);
        heap.locked = st.lock_depth;
        Value::Int(st.lock_depth as i64)
    })
}
native!(HEAP_UNLOCK, "heap_unlock", heap_unlock);

fn heap_locked(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "heap_locked", args, 0, 0)?;
    with_state(vm, |st, _| Value::Int(st.lock_depth as i64))
}
native!(HEAP_LOCKED, "heap_locked", heap_locked);

fn schedule(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "schedule", args, 2, 2)?;
    vm.schedule(args[0], args[1])?;
    Ok(Value::None)
}
native!(SCHEDULE, "schedule", schedule);

fn alloc_emergency_exception_buf(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "alloc_emergency_exception_buf", args, 1, 1)?;
    vm.index_value(args[0], "size")?;
    Ok(Value::None)
}
native!(ALLOC_EMERGENCY_EXCEPTION_BUF, "alloc_emergency_exception_buf", alloc_emergency_exception_buf);

fn kbd_intr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "kbd_intr", args, 1, 1)?;
    vm.index_value(args[0], "chr")?;
    Ok(Value::None)
}
native!(KBD_INTR, "kbd_intr", kbd_intr);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(
        vm,
        m,
        &[
            &ALLOC_EMERGENCY_EXCEPTION_BUF,
            &BYTECODE,
            &CONST,
            &HEAP_LOCK,
            &HEAP_LOCKED,
            &HEAP_UNLOCK,
            &KBD_INTR,
            &MEM_INFO,
            &NATIVE,
            &OPT_LEVEL,
            &QSTR_INFO,
            &SCHEDULE,
            &STACK_USE,
            &VIPER,
        ],
    )?;
    with_state(vm, |_, _| ())?;
    Ok(())
}
