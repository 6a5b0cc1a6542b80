//! Waiting for descriptors without freezing other Ferrite threads when that can be helped.
//!
//! The scheduler only knows sleeps and locks, so a native call cannot park its thread on a
//! descriptor. Instead the blocking socket and poll methods are small Python loops (the module
//! preludes) around native steps: a step tries the operation (or a zero-timeout `poll(2)`) and,
//! when it would block and the thread can be parked (`vm.can_defer_wait()`), asks the scheduler
//! for a short sleep and returns `Deferred`; the loop then calls the step again once the thread
//! runs again, so other threads run meanwhile. The sleeps back off from a plain yield to
//! `MAX_SLICE_NS`; while no other thread could run before the sleep ends, the step waits in
//! `poll(2)` on its own descriptors instead, so it wakes as soon as they are ready. Another
//! parked thread's descriptor becoming ready is only noticed when that thread's sleep ends
//! (the latency a scheduler `Wait::Fd` would remove). When the thread cannot be parked (no
//! other threads, or code run by native code), the step blocks the VM in `poll(2)` slices,
//! noticing Ctrl-C between them.

use ferrite_vm::sched::Wait;
use ferrite_vm::{ExcKind, PyResult, Value, Vm};

use super::sys;

/// The longest sleep between two readiness checks of a deferred wait.
const MAX_SLICE_NS: u64 = 10_000_000;
/// The longest single `poll(2)` of a blocking wait (Ctrl-C is noticed between two).
const BLOCK_SLICE_MS: u64 = 50;

pub enum Waited {
    /// Some descriptor is ready: each one's `revents`.
    Ready(Vec<i16>),
    TimedOut,
    /// The thread sleeps after this native call returns; call the step again afterwards.
    Deferred,
}

/// A deadline argument: None (no deadline) or monotonic ns.
pub fn deadline_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<u64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let d = vm.index_value(v, "deadline")?;
            Ok(Some(d.max(0) as u64))
        }
    }
}

/// The deadline `timeout_ns` from now, as a Python value.
pub fn deadline_value(vm: &mut Vm, timeout_ns: Option<u64>) -> Value {
    match timeout_ns {
        None => Value::None,
        Some(t) => {
            let d = vm.clock.monotonic_ns().saturating_add(t);
            Value::Int(i64::try_from(d).unwrap_or(i64::MAX))
        }
    }
}

/// The backoff count argument of a step (how many times it was deferred already).
pub fn attempt_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<u32> {
    match v {
        None | Some(Value::None) => Ok(0),
        Some(v) => {
            let k = vm.index_value(v, "attempt")?;
            Ok(k.clamp(0, 64) as u32)
        }
    }
}

pub fn os_err(vm: &mut Vm, errno: i32) -> ferrite_vm::PyErr {
    vm.os_error(errno)
}

/// The earliest time another (parked) thread could run: now if one is runnable.
fn earliest_other_wake(vm: &Vm, now: u64) -> u64 {
    let mut t = u64::MAX;
    for th in &vm.sched.threads {
        let w = match th.wait {
            Wait::Runnable | Wait::New => now,
            Wait::Sleep(d) => d,
            Wait::Lock(l, d) => {
                if vm.lock_locked(Value::Obj(l)) {
                    d.unwrap_or(u64::MAX)
                } else {
                    now
                }
            }
        };
        t = t.min(w);
    }
    t
}

/// Waits until one of `fds` is ready, the deadline passes, or (when the thread can be parked)
/// defers. `attempt` is how many times the caller's loop was deferred already.
pub fn wait_fds(vm: &mut Vm, fds: &[(i32, i16)], deadline: Option<u64>, attempt: u32) -> PyResult<Waited> {
    if vm.can_defer_wait() {
        let ready = sys::poll(fds, 0).map_err(|e| os_err(vm, e))?;
        if ready.iter().any(|&r| r != 0) {
            return Ok(Waited::Ready(ready));
        }
        let now = vm.clock.monotonic_ns();
        if deadline.is_some_and(|d| d <= now) {
            return Ok(Waited::TimedOut);
        }
        // 0 (a plain yield), then 50 us doubling up to MAX_SLICE_NS.
        let slice = if attempt == 0 { 0 } else { (50_000u64 << (attempt - 1).min(20)).min(MAX_SLICE_NS) };
        let mut until = now.saturating_add(slice);
        if let Some(d) = deadline {
            until = until.min(d);
        }
        // While no other thread can run, wait on the descriptors themselves (for real, also
        // under virtual time, which is then charged the time spent): a wakeup comes as soon as
        // one is ready, not at the end of the slice.
        let idle_until = until.min(earliest_other_wake(vm, now));
        let ms = idle_until.saturating_sub(now) / 1_000_000;
        if ms > 0 {
            vm.flush_out();
            let started = std::time::Instant::now();
            let ready = sys::poll(fds, ms as i32).map_err(|e| os_err(vm, e))?;
            if vm.config.virtual_time {
                vm.clock.sleep_ns(started.elapsed().as_nanos() as u64);
            }
            if ready.iter().any(|&r| r != 0) {
                return Ok(Waited::Ready(ready));
            }
            let now = vm.clock.monotonic_ns();
            if deadline.is_some_and(|d| d <= now) {
                return Ok(Waited::TimedOut);
            }
            until = until.max(now);
        }
        vm.sched.pending = Some(Wait::Sleep(until));
        return Ok(Waited::Deferred);
    }
    vm.flush_out();
    loop {
        let now = vm.clock.monotonic_ns();
        let slice_ms = match deadline {
            Some(d) if d <= now => 0,
            Some(d) => (d - now).div_ceil(1_000_000).min(BLOCK_SLICE_MS),
            None => BLOCK_SLICE_MS,
        };
        let started = std::time::Instant::now();
        let ready = sys::poll(fds, slice_ms as i32).map_err(|e| os_err(vm, e))?;
        if ready.iter().any(|&r| r != 0) {
            return Ok(Waited::Ready(ready));
        }
        if vm.config.virtual_time {
            // The virtual clock moves only when told: charge it the real time spent.
            let spent = started.elapsed().as_nanos() as u64;
            vm.clock.sleep_ns(spent.max(slice_ms * 1_000_000));
        }
        if vm.interrupt.swap(false, std::sync::atomic::Ordering::Relaxed) {
            return Err(vm.new_exception(ExcKind::KeyboardInterrupt, ""));
        }
        if deadline.is_some_and(|d| d <= vm.clock.monotonic_ns()) {
            return Ok(Waited::TimedOut);
        }
    }
}
