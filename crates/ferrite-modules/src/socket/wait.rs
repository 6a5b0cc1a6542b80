//! Waiting for descriptors without freezing other Ferrite threads.
//!
//! The blocking socket and poll methods are small Python loops (the module preludes) around
//! native steps. A step tries the operation (or a zero-timeout `poll(2)`); when it would block
//! and the thread can be parked (`vm.can_defer_wait()`), it parks the thread on its descriptors
//! with the scheduler (`vm.defer_io_wait`, a `Wait::Io`) and returns `Deferred`. The scheduler
//! wakes the thread as soon as one of the descriptors is ready (one `poll(2)` over every parked
//! thread's descriptors, see ferrite-vm's sched.rs) or the deadline passes, and the Python loop
//! calls the step again, which then succeeds (or times out). Other threads run meanwhile.
//!
//! When the thread cannot be parked (no other threads, or code run by native code, which cannot
//! be suspended), the step blocks the VM in `poll(2)` on its own descriptors and the interrupt
//! pipe (`vm.os_poll`), so Ctrl-C ends the wait at once.

use ferrite_vm::{ExcKind, PyResult, Value, Vm};

use super::sys;

pub enum Waited {
    /// Some descriptor is ready: each one's `revents`.
    Ready(Vec<i16>),
    TimedOut,
    /// The thread waits (parked on the descriptors) after this native call returns; call the
    /// step again afterwards.
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

pub fn os_err(vm: &mut Vm, errno: i32) -> ferrite_vm::PyErr {
    vm.os_error(errno)
}

/// Waits until one of `fds` is ready or the deadline passes; when the thread can be parked,
/// parks it on them instead (`Deferred`).
pub fn wait_fds(vm: &mut Vm, fds: &[(i32, i16)], deadline: Option<u64>) -> PyResult<Waited> {
    let ready = sys::poll(fds, 0).map_err(|e| os_err(vm, e))?;
    if ready.iter().any(|&r| r != 0) {
        return Ok(Waited::Ready(ready));
    }
    if deadline.is_some_and(|d| d <= vm.clock.monotonic_ns()) {
        return Ok(Waited::TimedOut);
    }
    if vm.can_defer_wait() {
        vm.defer_io_wait(fds, deadline);
        return Ok(Waited::Deferred);
    }
    vm.flush_out();
    loop {
        let now = vm.clock.monotonic_ns();
        let timeout = deadline.map(|d| d.saturating_sub(now));
        let started = std::time::Instant::now();
        let ready = vm.os_poll(fds, timeout).map_err(|e| os_err(vm, e))?;
        if vm.config.virtual_time {
            // The virtual clock moves only when told: charge it the real time spent.
            vm.clock.sleep_ns(started.elapsed().as_nanos() as u64);
        }
        if ready.iter().any(|&r| r != 0) {
            return Ok(Waited::Ready(ready));
        }
        if vm.interrupt.swap(false, std::sync::atomic::Ordering::Relaxed) {
            return Err(vm.new_exception(ExcKind::KeyboardInterrupt, ""));
        }
        if deadline.is_some_and(|d| d <= vm.clock.monotonic_ns()) {
            return Ok(Waited::TimedOut);
        }
    }
}
