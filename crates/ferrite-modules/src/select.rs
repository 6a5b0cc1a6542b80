//! `select` / `uselect` (docs: library/select.html): `poll()` objects and `select()` over
//! `poll(2)`.
//!
//! Objects that can be registered: sockets, ints (descriptors), objects with a `fileno()`
//! method (read when registered), and MicroPython-style streams with an `ioctl(req, arg)`
//! method, asked with `ioctl(MP_STREAM_POLL=3, eventmask)` for their ready events at each poll.
//! `poll()` returns `(obj, event)` tuples as MicroPython does (CPython returns descriptors);
//! `ipoll()` returns an iterator over the same tuples, and its `flags=1` (one-shot) sets the
//! event mask of an object that fired to 0. POLLHUP and POLLERR are reported whatever the mask.
//! Like the socket methods, waiting parks the thread on the descriptors with the scheduler, so
//! other threads run (see socket/wait.rs); timeouts are measured on the VM clock. `unregister` of an object that is not registered does nothing.

use ferrite_vm::builtins::{check_args, kwarg};
use ferrite_vm::native::NativeFunction;
use ferrite_vm::{native, ExcKind, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::socket::sock_fd;
use crate::socket::sys;
use crate::socket::wait::{deadline_arg, wait_fds, Waited};
use crate::util::{add_functions, set};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "select", init };

/// MicroPython's stream ioctl request for poll readiness.
const MP_STREAM_POLL: i64 = 3;
/// How often a wait re-asks `ioctl` streams (they have no descriptor to wait on).
const IOCTL_RECHECK_NS: u64 = 10_000_000;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A socket: its descriptor is read at each poll (it may have been closed).
    Sock,
    /// A descriptor, given or from `fileno()`.
    Fd(i32),
    /// A stream asked with `ioctl(MP_STREAM_POLL, mask)`.
    Ioctl,
}

#[derive(Clone, Copy)]
struct Entry {
    obj: Value,
    kind: Kind,
    mask: i16,
}

struct Poller {
    entries: Vec<Entry>,
}
ferrite_vm::native_data!(Poller, |p, out| out.extend(p.entries.iter().map(|e| e.obj)));

fn is_attr_error(vm: &Vm, e: &ferrite_vm::PyErr) -> bool {
    vm.is_exception_kind(e.0, ExcKind::AttributeError)
}

/// How to poll `obj`.
fn classify(vm: &mut Vm, obj: Value, allow_ioctl: bool) -> PyResult<Kind> {
    if sock_fd(vm, obj).is_some() {
        return Ok(Kind::Sock);
    }
    let fdv = if vm.is_int(obj) {
        obj
    } else {
        let n = vm.intern("fileno");
        match vm.call_method(obj, n, &[]) {
            Ok(v) => v,
            Err(e) if allow_ioctl && is_attr_error(vm, &e) => {
                let io = vm.intern("ioctl");
                if vm.get_attr_opt(obj, io)?.is_some() {
                    return Ok(Kind::Ioctl);
                }
                return Err(vm.type_error("object has no fileno() or ioctl() method"));
            }
            Err(e) => return Err(e),
        }
    };
    let fd = vm.index_value(fdv, "fileno")?;
    match i32::try_from(fd) {
        Ok(fd) if fd >= 0 => Ok(Kind::Fd(fd)),
        _ => Err(vm.value_error("file descriptor cannot be a negative integer")),
    }
}

fn mask_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i16> {
    match v {
        None | Some(Value::None) => Ok(libc::POLLIN | libc::POLLOUT),
        Some(v) => {
            let m = vm.index_value(v, "eventmask")?;
            Ok((m & 0xffff) as u16 as i16)
        }
    }
}

fn with_poller<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Poller) -> R) -> PyResult<R> {
    match vm.data_mut::<Poller>(v) {
        Some(p) => Ok(f(p)),
        None => Err(vm.type_error("poll object expected")),
    }
}

fn poll_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "poll", args, 1, 1)?;
    let Some(cls) = args[0].as_obj() else { return Err(vm.type_error("expected a class")) };
    vm.new_data(cls, Box::new(Poller { entries: Vec::new() }))
}

/// `register(obj, eventmask=POLLIN|POLLOUT)`: adds `obj`, or updates its mask.
fn register(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "register", args, 2, 3)?;
    let m = args.get(2).copied().or_else(|| kwarg(vm, kw, "eventmask"));
    let mask = mask_arg(vm, m)?;
    let obj = args[1];
    let kind = classify(vm, obj, true)?;
    with_poller(vm, args[0], |p| match p.entries.iter_mut().find(|e| e.obj == obj) {
        Some(e) => {
            e.kind = kind;
            e.mask = mask;
        }
        None => p.entries.push(Entry { obj, kind, mask }),
    })?;
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "unregister", args, 2, 2)?;
    let obj = args[1];
    with_poller(vm, args[0], |p| p.entries.retain(|e| e.obj != obj))?;
    Ok(Value::None)
}

/// `modify(obj, eventmask)`: OSError(ENOENT) when `obj` is not registered.
fn modify(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "modify", args, 3, 3)?;
    let mask = mask_arg(vm, Some(args[2]))?;
    let obj = args[1];
    let found = with_poller(vm, args[0], |p| match p.entries.iter_mut().find(|e| e.obj == obj) {
        Some(e) => {
            e.mask = mask;
            true
        }
        None => false,
    })?;
    if !found {
        return Err(vm.os_error(libc::ENOENT));
    }
    Ok(Value::None)
}

/// Asks an ioctl stream for its ready events.
fn ioctl_events(vm: &mut Vm, obj: Value, mask: i16) -> PyResult<i16> {
    let n = vm.intern("ioctl");
    let r = vm.call_method(obj, n, &[Value::Int(MP_STREAM_POLL), Value::Int(mask as u16 as i64)])?;
    if r.is_none() {
        return Ok(0);
    }
    let v = vm.index_value(r, "ioctl result")?;
    if v < 0 {
        // A negative result is an error number, as MicroPython's stream protocol has it.
        return Err(vm.os_error(i32::try_from(v.unsigned_abs()).unwrap_or(i32::MAX)));
    }
    Ok((v & 0xffff) as u16 as i16)
}

/// `_poll(poller, deadline, flags)`: the list of `(obj, events)`, or the poller itself when
/// the thread was parked.
fn poll_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_poll", args, 3, 3)?;
    let me = args[0];
    let deadline = deadline_arg(vm, Some(args[1]))?;
    let oneshot = vm.index_value(args[2], "flags")? & 1 != 0;
    let entries = with_poller(vm, me, |p| p.entries.clone())?;
    let mark = vm.roots_mark();
    for e in &entries {
        vm.root(e.obj);
    }
    let r = poll_entries(vm, &entries, deadline);
    vm.truncate_roots(mark);
    let Some(revents) = r? else { return Ok(me) };
    // No collection happens between these allocations (the GC runs only at safe points).
    let mut out = Vec::new();
    for (e, &rev) in entries.iter().zip(revents.iter()) {
        if rev != 0 {
            out.push(vm.new_tuple(vec![e.obj, Value::Int(rev as u16 as i64)])?);
            if oneshot {
                with_poller(vm, me, |p| {
                    if let Some(x) = p.entries.iter_mut().find(|x| x.obj == e.obj) {
                        x.mask = 0;
                    }
                })?;
            }
        }
    }
    vm.new_list(out)
}

/// Each entry's revents, or None when deferred.
fn poll_entries(vm: &mut Vm, entries: &[Entry], deadline: Option<u64>) -> PyResult<Option<Vec<i16>>> {
    let has_ioctl = entries.iter().any(|e| e.kind == Kind::Ioctl);
    loop {
        let mut revents = vec![0i16; entries.len()];
        let mut fds = Vec::new();
        let mut which = Vec::new();
        let mut ready_now = false;
        for (i, e) in entries.iter().enumerate() {
            let fd = match e.kind {
                Kind::Sock => match sock_fd(vm, e.obj) {
                    Some(fd) if fd >= 0 => fd,
                    _ => {
                        // A closed socket: POLLNVAL at once, as MicroPython reports it.
                        if let Some(r) = revents.get_mut(i) {
                            *r = libc::POLLNVAL;
                        }
                        ready_now = true;
                        continue;
                    }
                },
                Kind::Fd(fd) => fd,
                Kind::Ioctl => {
                    let ev = ioctl_events(vm, e.obj, e.mask)?;
                    let ev = ev & (e.mask | libc::POLLHUP | libc::POLLERR);
                    if let Some(r) = revents.get_mut(i) {
                        *r = ev;
                    }
                    ready_now |= ev != 0;
                    continue;
                }
            };
            fds.push((fd, e.mask));
            which.push(i);
        }
        let fd_revents = if ready_now {
            sys::poll(&fds, 0).map_err(|e| vm.os_error(e))?
        } else {
            // With ioctl streams, a wait comes back now and then to ask them again.
            let now = vm.clock.monotonic_ns();
            let capped = if has_ioctl {
                let c = now.saturating_add(IOCTL_RECHECK_NS);
                Some(deadline.map_or(c, |d| d.min(c)))
            } else {
                deadline
            };
            match wait_fds(vm, &fds, capped)? {
                Waited::Ready(r) => r,
                Waited::Deferred => return Ok(None),
                Waited::TimedOut if capped != deadline && deadline.is_none_or(|d| d > vm.clock.monotonic_ns()) => {
                    continue
                }
                Waited::TimedOut => vec![0; fds.len()],
            }
        };
        for (&i, &r) in which.iter().zip(fd_revents.iter()) {
            if let Some(slot) = revents.get_mut(i) {
                *slot = r;
            }
        }
        return Ok(Some(revents));
    }
}

/// `_deadline(ns)`: the monotonic time `ns` (a float, or None for never) from now.
fn deadline(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_deadline", args, 1, 1)?;
    if args[0].is_none() {
        return Ok(Value::None);
    }
    let ns = vm.to_float(args[0])?;
    let ns = if ns.is_nan() || ns < 0.0 { 0 } else { ns.ceil() as u64 };
    let d = vm.clock.monotonic_ns().saturating_add(ns);
    Ok(Value::Int(i64::try_from(d).unwrap_or(i64::MAX)))
}

/// `_select(deadline, rlist, wlist, xlist)`: the three ready lists, or None when the thread was
/// parked.
fn select_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_select", args, 4, 4)?;
    let deadline = deadline_arg(vm, Some(args[0]))?;
    let mark = vm.roots_mark();
    let r = select_lists(vm, &args[1..], deadline);
    vm.truncate_roots(mark);
    r
}

fn select_lists(vm: &mut Vm, lists: &[Value], deadline: Option<u64>) -> PyResult<Value> {
    let events = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut objs: Vec<(usize, Value)> = Vec::new();
    let mut fds = Vec::new();
    for (which, (&list, &ev)) in lists.iter().zip(events.iter()).enumerate() {
        let items = vm.iterate_to_vec(list)?;
        for obj in items {
            vm.root(obj);
            let fd = match classify(vm, obj, false)? {
                Kind::Sock => sock_fd(vm, obj).unwrap_or(-1),
                Kind::Fd(fd) => fd,
                Kind::Ioctl => -1,
            };
            if fd < 0 {
                return Err(vm.os_error(libc::EBADF));
            }
            objs.push((which, obj));
            fds.push((fd, ev));
        }
    }
    let revents = match wait_fds(vm, &fds, deadline)? {
        Waited::Ready(r) => r,
        Waited::TimedOut => vec![0; fds.len()],
        Waited::Deferred => return Ok(Value::None),
    };
    let mut out: [Vec<Value>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for (&(which, obj), &rev) in objs.iter().zip(revents.iter()) {
        if rev & libc::POLLNVAL != 0 {
            return Err(vm.os_error(libc::EBADF));
        }
        let ready = match which {
            0 => rev & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
            1 => rev & (libc::POLLOUT | libc::POLLERR) != 0,
            _ => rev & libc::POLLPRI != 0,
        };
        if ready {
            if let Some(o) = out.get_mut(which) {
                o.push(obj);
            }
        }
    }
    let [a, b, c] = out;
    // No collection happens between these allocations (the GC runs only at safe points).
    let a = vm.new_list(a)?;
    let b = vm.new_list(b)?;
    let c = vm.new_list(c)?;
    vm.new_tuple(vec![a, b, c])
}

native!(POLL_NEW, "__new__", poll_new);
native!(REGISTER, "register", register, kw);
native!(UNREGISTER, "unregister", unregister);
native!(MODIFY, "modify", modify);
native!(POLL_STEP, "_poll", poll_step);
native!(SELECT_STEP, "_select", select_step);
native!(DEADLINE, "_deadline", deadline);

const METHODS: &[&NativeFunction] = &[&POLL_NEW, &REGISTER, &UNREGISTER, &MODIFY];

/// The waiting loops (see socket/wait.rs). The functions of `_Methods` become the poll class's.
const PRELUDE: &str = r#"
def poll():
    return _Poll()

def _ms(timeout):
    if timeout is None or timeout < 0:
        return None
    return _deadline(timeout * 1000000)

class _Methods:
    def poll(self, timeout=-1):
        d = _ms(timeout)
        while True:
            r = _poll(self, d, 0)
            if r is not self:
                return r

    def ipoll(self, timeout=-1, flags=0):
        d = _ms(timeout)
        while True:
            r = _poll(self, d, flags)
            if r is not self:
                return iter(r)

def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None and timeout < 0:
        raise ValueError('timeout must be non-negative')
    d = None if timeout is None else _deadline(timeout * 1000000000)
    while True:
        r = _select(d, rlist, wlist, xlist)
        if r is not None:
            return r
"#;

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let cls = vm.new_native_class("poll", &[], METHODS)?;
    set(vm, m, "_Poll", Value::Obj(cls));
    add_functions(vm, m, &[&POLL_STEP, &SELECT_STEP, &DEADLINE])?;
    for (name, v) in [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
    ] {
        set(vm, m, name, Value::Int(v as i64));
    }
    vm.run_code_in(PRELUDE.as_bytes(), "<select>", ferrite_compiler::Mode::Exec, m)?;
    crate::socket::copy_methods(vm, m, cls, &["poll", "ipoll"])?;
    Ok(())
}
