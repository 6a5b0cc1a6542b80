//! `_thread` (docs: library/_thread.html): threads are fibers scheduled by the VM (see
//! ferrite-vm's sched.rs), so they interleave at safe points and blocking calls, never in
//! parallel, as under MicroPython's GIL. Divergences: `acquire` honours `timeout` and takes
//! keywords (`blocking`/`waitflag`, `timeout`) as CPython does (MicroPython ignores the
//! timeout and takes positional arguments only); `stack_size` is remembered but unused.
//! Limitation: a lock waited for inside code run by native code (a `map`/`sorted` key
//! callback...) cannot let its holder run: RuntimeError instead of waiting.

use ferrite_vm::builtins::{check_args, kwarg};
use ferrite_vm::sched::LockState;
use ferrite_vm::{native, ExcKind, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use std::sync::atomic::{AtomicI64, Ordering};

use crate::util::{add_functions, set};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "_thread", init };

fn lock_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let Some(m) = vm.module_ref("_thread") else { return Err(vm.runtime_error("_thread not loaded")) };
    let n = vm.intern("LockType");
    match vm.module_get(m, n).and_then(|v| v.as_obj()) {
        Some(c) => Ok(c),
        None => Err(vm.runtime_error("_thread.LockType missing")),
    }
}

fn start_new_thread(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "start_new_thread", args, 2, 3)?;
    if !matches!(args[1].as_obj().map(|r| vm.heap.get(r)), Some(ferrite_vm::object::Object::Tuple(_))) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = args.get(2).copied().unwrap_or(Value::None);
    let id = vm.spawn_thread(args[0], args[1], kwargs)?;
    Ok(Value::Int(id as i64))
}

fn allocate_lock(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let c = lock_class(vm)?;
    vm.new_data(c, Box::new(LockState { owner: None }))
}

fn lock_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(c) = args.first().and_then(|c| c.as_obj()) else { return Err(vm.type_error("expected class")) };
    vm.new_data(c, Box::new(LockState { owner: None }))
}

fn acquire(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "acquire", args, 1, 3)?;
    let waitflag = args.get(1).copied().or_else(|| kwarg(vm, kw, "waitflag")).or_else(|| kwarg(vm, kw, "blocking"));
    let blocking = match waitflag {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = args.get(2).copied().or_else(|| kwarg(vm, kw, "timeout")).unwrap_or(Value::Int(-1));
    let t = vm.to_float(timeout)?;
    let timeout_ns = if t < 0.0 { None } else { Some((t * 1e9) as u64) };
    if !blocking && timeout_ns.is_some() {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    vm.lock_acquire(args[0], blocking, timeout_ns)
}

fn release(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "release", args, 1, 1)?;
    vm.lock_release(args[0])?;
    Ok(Value::None)
}

fn locked(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "locked", args, 1, 1)?;
    Ok(Value::Bool(vm.lock_locked(args[0])))
}

fn enter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__enter__", args, 1, 1)?;
    vm.lock_acquire(args[0], true, None)
}

fn exit_(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    vm.lock_release(args[0])?;
    Ok(Value::None)
}

fn get_ident(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.current_thread_id() as i64))
}

/// The size `stack_size` was last given. Fiber threads need no stack of their own, so it is
/// only remembered and given back, as MicroPython and CPython do.
static STACK_SIZE_SET: AtomicI64 = AtomicI64::new(0);

/// `stack_size([size])`: returns the previous size; with an argument sets it, without one
/// resets it to 0 (as MicroPython does).
fn stack_size(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "stack_size", args, 0, 1)?;
    let new = match args.first() {
        Some(v) => vm.index_value(*v, "size")?,
        None => 0,
    };
    if new < 0 {
        return Err(vm.value_error("size not valid"));
    }
    Ok(Value::Int(STACK_SIZE_SET.swap(new, Ordering::Relaxed)))
}

fn thread_exit(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Err(vm.new_exception(ExcKind::SystemExit, ""))
}

native!(START_NEW_THREAD, "start_new_thread", start_new_thread);
native!(ALLOCATE_LOCK, "allocate_lock", allocate_lock);
native!(LOCK_NEW, "__new__", lock_new);
native!(ACQUIRE, "acquire", acquire, kw);
native!(RELEASE, "release", release);
native!(LOCKED, "locked", locked);
native!(ENTER, "__enter__", enter);
native!(EXIT, "__exit__", exit_);
native!(GET_IDENT, "get_ident", get_ident);
native!(STACK_SIZE, "stack_size", stack_size);
native!(THREAD_EXIT, "exit", thread_exit);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&START_NEW_THREAD, &ALLOCATE_LOCK, &GET_IDENT, &STACK_SIZE, &THREAD_EXIT])?;
    let lock = vm.new_native_class("lock", &[], &[&LOCK_NEW, &ACQUIRE, &RELEASE, &LOCKED, &ENTER, &EXIT])?;
    set(vm, m, "LockType", Value::Obj(lock));
    let start = vm.intern("start_new_thread");
    if let Some(f) = vm.module_get(m, start) {
        set(vm, m, "start_new", f);
    }
    Ok(())
}
