//! `socket` / `usocket` (docs: library/socket.html): BSD sockets over the host's `libc` calls.
//!
//! Socket objects implement MicroPython's stream interface directly (`read`, `readinto`,
//! `readline`, `write`), and `makefile()` returns the socket itself, as in MicroPython.
//! Addresses are CPython-style tuples: `(host, port)` for AF_INET, `(host, port, flowinfo,
//! scope_id)` for AF_INET6; `getaddrinfo` returns such tuples as the address element of its
//! 5-tuples (MicroPython's unix port returns an opaque bytes sockaddr there; raw sockaddr bytes
//! are accepted too). A host name in an address tuple is resolved, as CPython does.
//!
//! Errors are `OSError(errno)`: a timeout (`settimeout(t)`) raises `OSError(ETIMEDOUT)` as in
//! MicroPython (CPython raises `TimeoutError` without an errno), a would-block operation on a
//! non-blocking socket `OSError(EAGAIN)`, a non-blocking `connect` `OSError(EINPROGRESS)`; the
//! stream methods return None instead of raising EAGAIN, as MicroPython's streams do.
//!
//! Blocking: descriptors are always non-blocking in the kernel; blocking methods are Python
//! loops (`PRELUDE`) around native steps that park the thread on its descriptor with the
//! scheduler while they would block, so other threads run meanwhile (see `wait.rs`). Timeouts are measured on the VM clock.
//! Beyond MicroPython: getsockname, getpeername, shutdown, gettimeout, getsockopt, recv_into,
//! the family/type/proto attributes, inet_pton/inet_ntop, socketpair (CPython's, AF_UNIX by
//! default; asyncio uses one to wake its poll).

pub mod sys;
pub mod wait;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

use ferrite_vm::builtins::{check_args, kwarg};
use ferrite_vm::native::NativeFunction;
use ferrite_vm::object::Object;
use ferrite_vm::types::object::add_getter;
use ferrite_vm::types::set_class_attr;
use ferrite_vm::{native, ExcKind, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::{add_functions, set};
use sys::SockAddr;
use wait::{deadline_arg, deadline_value, wait_fds, Waited};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "socket", init };

/// A socket object's payload. The descriptor is closed when the object is collected.
pub struct Sock {
    /// -1 once closed.
    pub fd: i32,
    family: i32,
    ty: i32,
    proto: i32,
    /// None: blocking; Some(0): non-blocking; Some(ns): blocking with a timeout.
    timeout_ns: Option<u64>,
    /// A blocking connect is waiting for the connection to complete.
    connecting: bool,
}
ferrite_vm::native_data!(Sock);

impl Drop for Sock {
    fn drop(&mut self) {
        sys::close(self.fd);
        self.fd = -1;
    }
}

/// The descriptor of a socket object (-1 when closed), or None when `v` is not a socket.
pub fn sock_fd(vm: &Vm, v: Value) -> Option<i32> {
    vm.data::<Sock>(v).map(|s| s.fd)
}

/// The open socket `v`: its descriptor and timeout.
fn state(vm: &mut Vm, v: Value) -> PyResult<(i32, Option<u64>)> {
    match vm.data::<Sock>(v) {
        Some(s) if s.fd >= 0 => Ok((s.fd, s.timeout_ns)),
        Some(_) => Err(vm.os_error(libc::EBADF)),
        None => Err(vm.type_error("socket expected")),
    }
}

fn with_sock<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Sock) -> R) -> PyResult<R> {
    match vm.data_mut::<Sock>(v) {
        Some(s) => Ok(f(s)),
        None => Err(vm.type_error("socket expected")),
    }
}

fn int_arg(vm: &mut Vm, v: Option<Value>, default: i64, what: &str) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => vm.index_value(v, what),
    }
}

fn c_int(vm: &mut Vm, v: Option<Value>, default: i64, what: &str) -> PyResult<i32> {
    let n = int_arg(vm, v, default, what)?;
    match i32::try_from(n) {
        Ok(n) => Ok(n),
        Err(_) => Err(vm.new_exception(ExcKind::OverflowError, "signed integer is greater than maximum")),
    }
}

/// Runs `f` on the bytes of a bytes-like value (or a str's UTF-8, as MicroPython's buffer
/// protocol allows), without copying bytes and bytearrays.
fn with_bytes<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    if let Some(r) = v.as_obj() {
        match vm.heap.get(r) {
            Object::Bytes(b) | Object::ByteArray(b) => return Ok(f(b)),
            Object::Str(s) => return Ok(f(s.s.as_bytes())),
            _ => {}
        }
    }
    match vm.bytes_like(v) {
        Some(b) => Ok(f(&b)),
        None => Err(vm.type_error("object with buffer protocol required")),
    }
}

// ---- addresses

/// An address argument for a socket of `family`: a tuple `(host, port)` (IPv6: optionally
/// `flowinfo, scope_id`), or raw sockaddr bytes as MicroPython's unix port uses.
fn parse_addr(vm: &mut Vm, family: i32, v: Value) -> PyResult<SockAddr> {
    if vm.str_ref(v).is_none() {
        if let Some(b) = vm.bytes_like(v) {
            return match SockAddr::from_raw(&b) {
                Some(a) => Ok(a),
                None => Err(vm.os_error(libc::EINVAL)),
            };
        }
    }
    let items = vm.list_items(v);
    if !(2..=4).contains(&items.len()) || items.len() > 2 && family != libc::AF_INET6 {
        return Err(vm.type_error("address must be a (host, port) tuple"));
    }
    let Some(host) = vm.str_ref(items[0]).map(str::to_owned) else {
        return Err(vm.type_error("host must be a str"));
    };
    let port = vm.index_value(items[1], "port")?;
    let Ok(port) = u16::try_from(port) else {
        return Err(vm.new_exception(ExcKind::OverflowError, "port must be 0-65535."));
    };
    let flowinfo = c_int(vm, items.get(2).copied(), 0, "flowinfo")? as u32;
    let scope = c_int(vm, items.get(3).copied(), 0, "scope_id")? as u32;
    let ip: IpAddr = if host.is_empty() {
        if family == libc::AF_INET6 {
            IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        }
    } else if host == "<broadcast>" {
        IpAddr::V4(Ipv4Addr::BROADCAST)
    } else if let Ok(ip) = host.parse::<IpAddr>() {
        ip
    } else {
        let af = if family == libc::AF_INET6 { libc::AF_INET6 } else { libc::AF_INET };
        let infos = sys::getaddrinfo(Some(&host), None, af, 0, 0, 0).map_err(|e| vm.os_error(e))?;
        match infos.iter().find_map(|i| i.addr.to_std()) {
            Some(a) => a.ip(),
            None => return Err(vm.os_error(libc::EAI_NONAME)),
        }
    };
    let sa = match ip {
        IpAddr::V4(v4) => SocketAddr::V4(SocketAddrV4::new(v4, port)),
        IpAddr::V6(v6) => SocketAddr::V6(SocketAddrV6::new(v6, port, flowinfo, scope)),
    };
    Ok(SockAddr::from_std(&sa))
}

/// An address as Python sees it: `(host, port)`, `(host, port, flowinfo, scope_id)`, or bytes.
fn addr_value(vm: &mut Vm, a: &SockAddr) -> PyResult<Value> {
    match a.to_std() {
        Some(SocketAddr::V4(v4)) => {
            let h = vm.new_string(v4.ip().to_string())?;
            vm.new_tuple(vec![h, Value::Int(v4.port() as i64)])
        }
        Some(SocketAddr::V6(v6)) => {
            let h = vm.new_string(v6.ip().to_string())?;
            vm.new_tuple(vec![
                h,
                Value::Int(v6.port() as i64),
                Value::Int(v6.flowinfo() as i64),
                Value::Int(v6.scope_id() as i64),
            ])
        }
        None => vm.new_bytes(a.raw()),
    }
}

// ---- construction and plain methods

fn new_sock(vm: &mut Vm, cls: ObjRef, fd: i32, family: i32, ty: i32, proto: i32) -> PyResult<Value> {
    vm.new_data(cls, Box::new(Sock { fd, family, ty, proto, timeout_ns: None, connecting: false }))
}

/// `socket(af=AF_INET, type=SOCK_STREAM, proto=0)`.
fn sock_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "socket", args, 1, 4)?;
    let Some(cls) = args[0].as_obj() else { return Err(vm.type_error("expected a class")) };
    let family = args.get(1).copied().or_else(|| kwarg(vm, kw, "family")).or_else(|| kwarg(vm, kw, "af"));
    let ty = args.get(2).copied().or_else(|| kwarg(vm, kw, "type"));
    let proto = args.get(3).copied().or_else(|| kwarg(vm, kw, "proto"));
    let family = c_int(vm, family, libc::AF_INET as i64, "family")?;
    let ty = c_int(vm, ty, libc::SOCK_STREAM as i64, "type")?;
    let proto = c_int(vm, proto, 0, "proto")?;
    let fd = sys::socket(family, ty, proto).map_err(|e| vm.os_error(e))?;
    new_sock(vm, cls, fd, family, ty, proto)
}

fn close(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "close", args, 1, 1)?;
    with_sock(vm, args[0], |s| {
        sys::close(s.fd);
        s.fd = -1;
        s.connecting = false;
    })?;
    Ok(Value::None)
}

fn bind(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "bind", args, 2, 2)?;
    let (fd, _) = state(vm, args[0])?;
    let family = with_sock(vm, args[0], |s| s.family)?;
    let a = parse_addr(vm, family, args[1])?;
    sys::bind(fd, &a).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn listen(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "listen", args, 1, 2)?;
    let (fd, _) = state(vm, args[0])?;
    let backlog = c_int(vm, args.get(1).copied(), libc::SOMAXCONN.min(128) as i64, "backlog")?.max(0);
    sys::listen(fd, backlog).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn setsockopt(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "setsockopt", args, 4, 4)?;
    let (fd, _) = state(vm, args[0])?;
    let level = c_int(vm, Some(args[1]), 0, "level")?;
    let opt = c_int(vm, Some(args[2]), 0, "option")?;
    let value = if vm.is_int(args[3]) || matches!(args[3], Value::Bool(_)) {
        c_int(vm, Some(args[3]), 0, "value")?.to_ne_bytes().to_vec()
    } else {
        with_bytes(vm, args[3], |b| b.to_vec())?
    };
    sys::setsockopt(fd, level, opt, &value).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn getsockopt(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getsockopt", args, 3, 4)?;
    let (fd, _) = state(vm, args[0])?;
    let level = c_int(vm, Some(args[1]), 0, "level")?;
    let opt = c_int(vm, Some(args[2]), 0, "option")?;
    match args.get(3) {
        None => Ok(Value::Int(sys::getsockopt_int(fd, level, opt).map_err(|e| vm.os_error(e))? as i64)),
        Some(&n) => {
            let n = vm.index_value(n, "buflen")?;
            if !(0..=1024).contains(&n) {
                return Err(vm.os_error(libc::EINVAL));
            }
            let b = sys::getsockopt(fd, level, opt, n as usize).map_err(|e| vm.os_error(e))?;
            vm.new_bytes(b)
        }
    }
}

fn timeout_arg(vm: &mut Vm, v: Value) -> PyResult<Option<u64>> {
    if v.is_none() {
        return Ok(None);
    }
    let t = vm.to_float(v)?;
    if t.is_nan() || t < 0.0 {
        return Err(vm.value_error("Timeout value out of range"));
    }
    // A tiny positive timeout still means "blocking with a timeout", not non-blocking.
    Ok(Some(if t == 0.0 { 0 } else { ((t * 1e9) as u64).max(1) }))
}

fn settimeout(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "settimeout", args, 2, 2)?;
    let t = timeout_arg(vm, args[1])?;
    with_sock(vm, args[0], |s| s.timeout_ns = t)?;
    Ok(Value::None)
}

fn gettimeout(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "gettimeout", args, 1, 1)?;
    let t = with_sock(vm, args[0], |s| s.timeout_ns)?;
    Ok(match t {
        None => Value::None,
        Some(ns) => Value::Float(ns as f64 / 1e9),
    })
}

fn setblocking(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "setblocking", args, 2, 2)?;
    let blocking = vm.truthy(args[1])?;
    with_sock(vm, args[0], |s| s.timeout_ns = if blocking { None } else { Some(0) })?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "fileno", args, 1, 1)?;
    Ok(Value::Int(with_sock(vm, args[0], |s| s.fd)? as i64))
}

fn getsockname(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getsockname", args, 1, 1)?;
    let (fd, _) = state(vm, args[0])?;
    let a = sys::getsockname(fd).map_err(|e| vm.os_error(e))?;
    addr_value(vm, &a)
}

fn getpeername(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getpeername", args, 1, 1)?;
    let (fd, _) = state(vm, args[0])?;
    let a = sys::getpeername(fd).map_err(|e| vm.os_error(e))?;
    addr_value(vm, &a)
}

fn shutdown(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "shutdown", args, 2, 2)?;
    let (fd, _) = state(vm, args[0])?;
    let how = c_int(vm, Some(args[1]), 0, "how")?;
    sys::shutdown(fd, how).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let (fd, family, ty, proto) = with_sock(vm, args[0], |s| (s.fd, s.family, s.ty, s.proto))?;
    vm.new_string(format!("<socket fd={fd} family={family} type={ty} proto={proto}>"))
}

fn get_family(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(with_sock(vm, args[0], |s| s.family)? as i64))
}

fn get_type(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(with_sock(vm, args[0], |s| s.ty)? as i64))
}

fn get_proto(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(with_sock(vm, args[0], |s| s.proto)? as i64))
}

// ---- blocking steps (called by the PRELUDE loops; they return the socket itself when deferred)

/// What one try of an operation came to.
enum Step<T> {
    Done(T),
    /// Would block on a non-blocking socket.
    WouldBlock,
    /// The thread waits (parked on the descriptor); try again afterwards.
    Deferred,
}

/// Tries `op` on the socket's descriptor until it stops saying EAGAIN, waiting for `events`
/// between tries, up to the deadline.
fn io_step<T>(
    vm: &mut Vm,
    s: Value,
    deadline: Option<u64>,
    events: i16,
    mut op: impl FnMut(&mut Vm, i32) -> Result<T, i32>,
) -> PyResult<Step<T>> {
    let (fd, timeout) = state(vm, s)?;
    loop {
        match op(vm, fd) {
            Ok(v) => return Ok(Step::Done(v)),
            Err(e) if e == libc::EINTR => continue,
            Err(e) if e == libc::EAGAIN || e == libc::EWOULDBLOCK => {
                if timeout == Some(0) {
                    return Ok(Step::WouldBlock);
                }
                match wait_fds(vm, &[(fd, events)], deadline)? {
                    Waited::Ready(_) => continue,
                    Waited::TimedOut => return Err(vm.os_error(libc::ETIMEDOUT)),
                    Waited::Deferred => return Ok(Step::Deferred),
                }
            }
            Err(e) => return Err(vm.os_error(e)),
        }
    }
}

/// The step's result as Python sees it: the value, the socket itself (deferred), None (a
/// stream method that would block) or OSError(EAGAIN).
fn finish(vm: &mut Vm, s: Value, step: Step<Value>, stream: bool) -> PyResult<Value> {
    match step {
        Step::Done(v) => Ok(v),
        Step::Deferred => Ok(s),
        Step::WouldBlock if stream => Ok(Value::None),
        Step::WouldBlock => Err(vm.os_error(libc::EAGAIN)),
    }
}

/// `_deadline(sock)`: the deadline of an operation starting now (None: none).
fn deadline(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_deadline", args, 1, 1)?;
    let t = with_sock(vm, args[0], |s| s.timeout_ns)?;
    Ok(deadline_value(vm, t.filter(|&t| t > 0)))
}

/// `_accept(sock, deadline)`.
fn accept_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_accept", args, 2, 2)?;
    let s = args[0];
    let d = deadline_arg(vm, Some(args[1]))?;
    let step = io_step(vm, s, d, libc::POLLIN, |_, fd| sys::accept(fd))?;
    let step = match step {
        Step::Done((nfd, addr)) => {
            let cls = vm.type_of(s);
            let (family, ty, proto) = with_sock(vm, s, |x| (x.family, x.ty, x.proto))?;
            // Owned by the new object from here on (closed when it is collected).
            let ns = new_sock(vm, cls, nfd, family, ty, proto)?;
            let a = addr_value(vm, &addr)?;
            Step::Done(vm.new_tuple(vec![ns, a])?)
        }
        Step::WouldBlock => Step::WouldBlock,
        Step::Deferred => Step::Deferred,
    };
    finish(vm, s, step, false)
}

/// `_connect(sock, deadline, address)`.
fn connect_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_connect", args, 3, 3)?;
    let s = args[0];
    let d = deadline_arg(vm, Some(args[1]))?;
    let (fd, timeout) = state(vm, s)?;
    let (family, connecting) = with_sock(vm, s, |x| (x.family, x.connecting))?;
    if !connecting {
        let a = parse_addr(vm, family, args[2])?;
        match sys::connect(fd, &a) {
            Ok(()) => return Ok(Value::None),
            Err(e) if e == libc::EINPROGRESS || e == libc::EINTR || e == libc::EAGAIN => {
                if timeout == Some(0) {
                    return Err(vm.os_error(libc::EINPROGRESS));
                }
                with_sock(vm, s, |x| x.connecting = true)?;
            }
            Err(e) => return Err(vm.os_error(e)),
        }
    }
    let waited = wait_fds(vm, &[(fd, libc::POLLOUT)], d);
    let waited = match waited {
        Ok(w) => w,
        Err(e) => {
            with_sock(vm, s, |x| x.connecting = false)?;
            return Err(e);
        }
    };
    match waited {
        Waited::Deferred => Ok(s),
        Waited::TimedOut => {
            with_sock(vm, s, |x| x.connecting = false)?;
            Err(vm.os_error(libc::ETIMEDOUT))
        }
        Waited::Ready(_) => {
            with_sock(vm, s, |x| x.connecting = false)?;
            let err = sys::getsockopt_int(fd, libc::SOL_SOCKET, libc::SO_ERROR).map_err(|e| vm.os_error(e))?;
            if err != 0 {
                return Err(vm.os_error(err));
            }
            Ok(Value::None)
        }
    }
}

/// `_send(sock, deadline, data, offset, flags, stream)`: sends from `data[offset:]`.
fn send_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_send", args, 6, 6)?;
    let s = args[0];
    let d = deadline_arg(vm, Some(args[1]))?;
    let data = args[2];
    let off = int_arg(vm, Some(args[3]), 0, "offset")?.max(0) as usize;
    let flags = c_int(vm, Some(args[4]), 0, "flags")?;
    let stream = vm.truthy(args[5])?;
    with_bytes(vm, data, |_| ())?;
    let step = io_step(vm, s, d, libc::POLLOUT, |vm, fd| {
        with_bytes(vm, data, |b| sys::send(fd, b.get(off..).unwrap_or(&[]), flags)).unwrap_or(Err(libc::EINVAL))
    })?;
    let step = match step {
        Step::Done(n) => Step::Done(Value::Int(n as i64)),
        Step::WouldBlock => Step::WouldBlock,
        Step::Deferred => Step::Deferred,
    };
    finish(vm, s, step, stream)
}

/// `_sendto(sock, deadline, data, address, flags)`.
fn sendto_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_sendto", args, 5, 5)?;
    let s = args[0];
    let d = deadline_arg(vm, Some(args[1]))?;
    let data = args[2];
    state(vm, s)?;
    let family = with_sock(vm, s, |x| x.family)?;
    let a = parse_addr(vm, family, args[3])?;
    let flags = c_int(vm, Some(args[4]), 0, "flags")?;
    with_bytes(vm, data, |_| ())?;
    let step = io_step(vm, s, d, libc::POLLOUT, |vm, fd| {
        with_bytes(vm, data, |b| sys::sendto(fd, b, flags, &a)).unwrap_or(Err(libc::EINVAL))
    })?;
    let step = match step {
        Step::Done(n) => Step::Done(Value::Int(n as i64)),
        Step::WouldBlock => Step::WouldBlock,
        Step::Deferred => Step::Deferred,
    };
    finish(vm, s, step, false)
}

fn size_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = vm.index_value(v, "bufsize")?;
    match usize::try_from(n) {
        Ok(n) => Ok(n.min(1 << 30)),
        Err(_) => Err(vm.value_error("negative buffersize in recv")),
    }
}

/// `_recv(sock, deadline, n, flags, stream)`.
fn recv_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_recv", args, 5, 5)?;
    let s = args[0];
    let d = deadline_arg(vm, Some(args[1]))?;
    let n = size_arg(vm, args[2])?;
    let flags = c_int(vm, Some(args[3]), 0, "flags")?;
    let stream = vm.truthy(args[4])?;
    let mut buf = vec![0u8; n];
    let step = io_step(vm, s, d, libc::POLLIN, |_, fd| sys::recv(fd, &mut buf, flags))?;
    let step = match step {
        Step::Done(got) => {
            buf.truncate(got);
            Step::Done(vm.new_bytes(buf)?)
        }
        Step::WouldBlock => Step::WouldBlock,
        Step::Deferred => Step::Deferred,
    };
    finish(vm, s, step, stream)
}

/// `_recvfrom(sock, deadline, n, flags)`.
fn recvfrom_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_recvfrom", args, 4, 4)?;
    let s = args[0];
    let d = deadline_arg(vm, Some(args[1]))?;
    let n = size_arg(vm, args[2])?;
    let flags = c_int(vm, Some(args[3]), 0, "flags")?;
    let mut buf = vec![0u8; n];
    let step = io_step(vm, s, d, libc::POLLIN, |_, fd| sys::recvfrom(fd, &mut buf, flags))?;
    let step = match step {
        Step::Done((got, addr)) => {
            buf.truncate(got);
            let b = vm.new_bytes(buf)?;
            let a = addr_value(vm, &addr)?;
            Step::Done(vm.new_tuple(vec![b, a])?)
        }
        Step::WouldBlock => Step::WouldBlock,
        Step::Deferred => Step::Deferred,
    };
    finish(vm, s, step, false)
}

// ---- module functions

/// `getaddrinfo(host, port, af=0, type=0, proto=0, flags=0)`.
fn getaddrinfo(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getaddrinfo", args, 0, 6)?;
    let (Some(hostv), Some(portv)) = (
        args.first().copied().or_else(|| kwarg(vm, kw, "host")),
        args.get(1).copied().or_else(|| kwarg(vm, kw, "port")),
    ) else {
        return Err(vm.type_error("getaddrinfo() missing required argument: host and port"));
    };
    let host = if hostv.is_none() {
        None
    } else if let Some(h) = vm.str_ref(hostv) {
        Some(h.to_owned())
    } else if let Some(b) = vm.bytes_like(hostv) {
        Some(String::from_utf8_lossy(&b).into_owned())
    } else {
        return Err(vm.type_error("getaddrinfo() argument 1 must be string or None"));
    };
    let port = if portv.is_none() {
        None
    } else if let Some(p) = vm.str_ref(portv) {
        Some(p.to_owned())
    } else if vm.is_int(portv) {
        Some(vm.index_value(portv, "port")?.to_string())
    } else {
        return Err(vm.type_error("Int or String expected"));
    };
    let opt = |i: usize, name: &str| args.get(i).copied().or_else(|| kwarg(vm, kw, name));
    let (af, ty, proto, flags) = (opt(2, "family"), opt(3, "type"), opt(4, "proto"), opt(5, "flags"));
    let af = c_int(vm, af, 0, "family")?;
    let ty = c_int(vm, ty, 0, "type")?;
    let proto = c_int(vm, proto, 0, "proto")?;
    let flags = c_int(vm, flags, 0, "flags")?;
    let infos = sys::getaddrinfo(host.as_deref(), port.as_deref(), af, ty, proto, flags).map_err(|e| vm.os_error(e))?;
    // No collection happens between these allocations (the GC runs only at safe points).
    let mut out = Vec::with_capacity(infos.len());
    for i in &infos {
        let name = vm.new_string(i.canonname.clone())?;
        let a = addr_value(vm, &i.addr)?;
        out.push(vm.new_tuple(vec![
            Value::Int(i.family as i64),
            Value::Int(i.socktype as i64),
            Value::Int(i.proto as i64),
            name,
            a,
        ])?);
    }
    vm.new_list(out)
}

/// `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`: two connected sockets (CPython).
fn socketpair(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "socketpair", args, 0, 3)?;
    let family = args.first().copied().or_else(|| kwarg(vm, kw, "family"));
    let ty = args.get(1).copied().or_else(|| kwarg(vm, kw, "type"));
    let proto = args.get(2).copied().or_else(|| kwarg(vm, kw, "proto"));
    let family = c_int(vm, family, libc::AF_UNIX as i64, "family")?;
    let ty = c_int(vm, ty, libc::SOCK_STREAM as i64, "type")?;
    let proto = c_int(vm, proto, 0, "proto")?;
    let Some(m) = vm.module_ref("socket") else { return Err(vm.internal_error("socket module")) };
    let n = vm.intern("socket");
    let Some(cls) = vm.module_get(m, n).and_then(|c| c.as_obj()) else {
        return Err(vm.internal_error("socket class"));
    };
    let (a, b) = sys::socketpair(family, ty, proto).map_err(|e| vm.os_error(e))?;
    // Each descriptor is owned by its `Sock` from here on (closed when it is dropped, also when
    // making the object fails); no collection happens between these allocations (the GC runs
    // only at safe points).
    let sa = match new_sock(vm, cls, a, family, ty, proto) {
        Ok(v) => v,
        Err(e) => {
            sys::close(b);
            return Err(e);
        }
    };
    let sb = new_sock(vm, cls, b, family, ty, proto)?;
    vm.new_tuple(vec![sa, sb])
}

/// `inet_pton(af, text)` -> packed bytes.
fn inet_pton(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "inet_pton", args, 2, 2)?;
    let af = c_int(vm, Some(args[0]), 0, "family")?;
    let Some(text) = vm.str_ref(args[1]).map(str::to_owned) else { return Err(vm.type_error("expected a str")) };
    let packed = match af {
        libc::AF_INET => text.parse::<Ipv4Addr>().ok().map(|a| a.octets().to_vec()),
        libc::AF_INET6 => text.parse::<Ipv6Addr>().ok().map(|a| a.octets().to_vec()),
        _ => return Err(vm.os_error(libc::EAFNOSUPPORT)),
    };
    match packed {
        Some(b) => vm.new_bytes(b),
        None => Err(vm.os_error(libc::EINVAL)),
    }
}

/// `inet_ntop(af, packed)` -> text.
fn inet_ntop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "inet_ntop", args, 2, 2)?;
    let af = c_int(vm, Some(args[0]), 0, "family")?;
    let b = with_bytes(vm, args[1], |b| b.to_vec())?;
    let text = match af {
        libc::AF_INET => <[u8; 4]>::try_from(b.as_slice()).ok().map(|a| Ipv4Addr::from(a).to_string()),
        libc::AF_INET6 => <[u8; 16]>::try_from(b.as_slice()).ok().map(|a| Ipv6Addr::from(a).to_string()),
        _ => return Err(vm.os_error(libc::EAFNOSUPPORT)),
    };
    match text {
        Some(t) => vm.new_string(t),
        None => Err(vm.value_error("invalid length of packed IP address string")),
    }
}

native!(SOCK_NEW, "__new__", sock_new, kw);
native!(CLOSE, "close", close);
native!(BIND, "bind", bind);
native!(LISTEN, "listen", listen);
native!(SETSOCKOPT, "setsockopt", setsockopt);
native!(GETSOCKOPT, "getsockopt", getsockopt);
native!(SETTIMEOUT, "settimeout", settimeout);
native!(GETTIMEOUT, "gettimeout", gettimeout);
native!(SETBLOCKING, "setblocking", setblocking);
native!(FILENO, "fileno", fileno);
native!(GETSOCKNAME, "getsockname", getsockname);
native!(GETPEERNAME, "getpeername", getpeername);
native!(SHUTDOWN, "shutdown", shutdown);
native!(REPR, "__repr__", repr);
native!(FAMILY, "family", get_family);
native!(TYPE, "type", get_type);
native!(PROTO, "proto", get_proto);
native!(DEADLINE, "_deadline", deadline);
native!(ACCEPT_STEP, "_accept", accept_step);
native!(CONNECT_STEP, "_connect", connect_step);
native!(SEND_STEP, "_send", send_step);
native!(SENDTO_STEP, "_sendto", sendto_step);
native!(RECV_STEP, "_recv", recv_step);
native!(RECVFROM_STEP, "_recvfrom", recvfrom_step);
native!(GETADDRINFO, "getaddrinfo", getaddrinfo, kw);
native!(INET_PTON, "inet_pton", inet_pton);
native!(SOCKETPAIR, "socketpair", socketpair, kw);
native!(INET_NTOP, "inet_ntop", inet_ntop);

const METHODS: &[&NativeFunction] = &[
    &SOCK_NEW,
    &CLOSE,
    &BIND,
    &LISTEN,
    &SETSOCKOPT,
    &GETSOCKOPT,
    &SETTIMEOUT,
    &GETTIMEOUT,
    &SETBLOCKING,
    &FILENO,
    &GETSOCKNAME,
    &GETPEERNAME,
    &SHUTDOWN,
    &REPR,
];

/// The blocking methods, as loops over the native steps, and the stream interface. The
/// functions of `_Methods` become the socket class's methods.
const PRELUDE: &str = r#"
def _run(op, s, *a):
    d = _deadline(s)
    while True:
        r = op(s, d, *a)
        if r is not s:
            return r

def _sendloop(self, data, flags, stream):
    if isinstance(data, str):
        data = data.encode()
    d = _deadline(self)
    n = 0
    total = len(data)
    while n < total:
        r = _send(self, d, data, n, flags, stream)
        if r is None:
            return n if n else None
        if r is not self:
            n += r
    return n

class _Methods:
    def accept(self):
        return _run(_accept, self)

    def connect(self, address):
        _run(_connect, self, address)

    def send(self, data, flags=0):
        return _run(_send, self, data, 0, flags, False)

    def sendto(self, data, a, b=None):
        if b is None:
            return _run(_sendto, self, data, a, 0)
        return _run(_sendto, self, data, b, a)

    def recv(self, n, flags=0):
        return _run(_recv, self, n, flags, False)

    def recvfrom(self, n, flags=0):
        return _run(_recvfrom, self, n, flags)

    def recv_into(self, buf, n=0, flags=0):
        if not n or n > len(buf):
            n = len(buf)
        b = _run(_recv, self, n, flags, False)
        buf[:len(b)] = b
        return len(b)

    def sendall(self, data, flags=0):
        _sendloop(self, data, flags, False)

    def write(self, data, n=None):
        if n is not None:
            data = memoryview(data)[:n]
        return _sendloop(self, data, 0, True)

    def read(self, n=-1):
        if n is None:
            n = -1
        d = _deadline(self)
        parts = []
        got = 0
        while n < 0 or got < n:
            r = _recv(self, d, 4096 if n < 0 else n - got, 0, True)
            if r is self:
                continue
            if r is None:
                if not got:
                    return None
                break
            if not r:
                break
            parts.append(r)
            got += len(r)
        return b''.join(parts)

    def readinto(self, buf, n=None):
        if n is None or n > len(buf):
            n = len(buf)
        b = self.read(n)
        if b is None:
            return None
        buf[:len(b)] = b
        return len(b)

    def readline(self, limit=-1):
        if limit is None:
            limit = -1
        d = _deadline(self)
        parts = []
        got = 0
        while limit < 0 or got < limit:
            want = 256 if limit < 0 else min(256, limit - got)
            r = _recv(self, d, want, MSG_PEEK, True)
            if r is self:
                continue
            if r is None:
                if not got:
                    return None
                break
            if not r:
                break
            i = r.find(b'\n')
            r = _recv(self, None, len(r) if i < 0 else i + 1, 0, True)
            parts.append(r)
            got += len(r)
            if i >= 0:
                break
        return b''.join(parts)

    def makefile(self, *a, **kw):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()
"#;

/// The `_Methods` functions that become methods of the socket class.
const PY_METHODS: &[&str] = &[
    "accept",
    "connect",
    "send",
    "sendto",
    "recv",
    "recvfrom",
    "recv_into",
    "sendall",
    "write",
    "read",
    "readinto",
    "readline",
    "makefile",
    "__enter__",
    "__exit__",
];

/// Copies the functions `names` of the PRELUDE's class `_Methods` (in module `m`) to `cls`.
pub fn copy_methods(vm: &mut Vm, m: ObjRef, cls: ObjRef, names: &[&str]) -> PyResult<()> {
    let n = vm.intern("_Methods");
    let Some(src) = vm.module_get(m, n) else { return Err(vm.internal_error("prelude methods")) };
    for name in names {
        let n = vm.intern(name);
        let f = vm.get_attr(src, n)?;
        set_class_attr(vm, cls, name, f);
    }
    Ok(())
}

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let cls = vm.new_native_class("socket", &[], METHODS)?;
    for g in [&FAMILY, &TYPE, &PROTO] {
        add_getter(vm, cls, g);
    }
    set(vm, m, "socket", Value::Obj(cls));
    add_functions(
        vm,
        m,
        &[
            &GETADDRINFO,
            &INET_PTON,
            &INET_NTOP,
            &SOCKETPAIR,
            &DEADLINE,
            &ACCEPT_STEP,
            &CONNECT_STEP,
            &SEND_STEP,
            &SENDTO_STEP,
            &RECV_STEP,
            &RECVFROM_STEP,
        ],
    )?;
    for (name, v) in [
        ("AF_INET", libc::AF_INET),
        ("AF_INET6", libc::AF_INET6),
        ("AF_UNSPEC", libc::AF_UNSPEC),
        ("AF_UNIX", libc::AF_UNIX),
        ("SOCK_STREAM", libc::SOCK_STREAM),
        ("SOCK_DGRAM", libc::SOCK_DGRAM),
        ("SOCK_RAW", libc::SOCK_RAW),
        ("SOL_SOCKET", libc::SOL_SOCKET),
        ("SO_REUSEADDR", libc::SO_REUSEADDR),
        ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
        ("SO_BROADCAST", libc::SO_BROADCAST),
        ("SO_ERROR", libc::SO_ERROR),
        ("SO_RCVBUF", libc::SO_RCVBUF),
        ("SO_SNDBUF", libc::SO_SNDBUF),
        ("SO_TYPE", libc::SO_TYPE),
        ("IPPROTO_IP", libc::IPPROTO_IP),
        ("IPPROTO_TCP", libc::IPPROTO_TCP),
        ("IPPROTO_UDP", libc::IPPROTO_UDP),
        ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
        ("TCP_NODELAY", libc::TCP_NODELAY),
        ("MSG_PEEK", libc::MSG_PEEK),
        ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
        ("SHUT_RD", libc::SHUT_RD),
        ("SHUT_WR", libc::SHUT_WR),
        ("SHUT_RDWR", libc::SHUT_RDWR),
        ("AI_PASSIVE", libc::AI_PASSIVE),
        ("AI_CANONNAME", libc::AI_CANONNAME),
        ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ] {
        set(vm, m, name, Value::Int(v as i64));
    }
    vm.run_code_in(PRELUDE.as_bytes(), "<socket>", ferrite_compiler::Mode::Exec, m)?;
    crate::socket::copy_methods(vm, m, cls, PY_METHODS)?;
    Ok(())
}
