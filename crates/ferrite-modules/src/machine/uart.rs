//! `machine.UART` (docs: library/machine.UART.html): a duplex serial port of the board.
//!
//! A UART object names one of the board's UARTs (`ferrite_board`): two objects with the same id
//! drive the same peripheral, as on hardware. Settings live in the board, so `init()` changes
//! only what it is given (MicroPython: "call init() multiple times to reconfigure on the fly").
//!
//! Reading follows the docs: `timeout` (ms) is how long a read waits for its first byte,
//! `timeout_char` (ms) how long it waits for each following one; `read`, `readinto` and
//! `readline` return what arrived, or None when nothing did. Divergence: ports raise
//! `timeout_char` to a minimum of a few character times at the baud rate; here bytes arrive
//! whole (a loopback or a host write lands at once), so the given value is used as is.
//!
//! Waiting does not stop the VM: the blocking methods are Python loops (`PRELUDE`) around a
//! native step that takes what the RX queue holds or, when empty, parks the calling thread on
//! the board's RX readiness descriptor (`wait_fds`, as sockets do), so other threads and asyncio
//! run meanwhile and the thread wakes as soon as a byte arrives. While it waits, virtual time
//! does not jump (the scheduler treats it as I/O). `fileno()` returns that descriptor, so
//! `select.poll` and asyncio streams (`asyncio.StreamReader(uart)`) wait on a UART too.
//!
//! Writes never block: bytes go to the board (its log, a loopback wire or a host link's queue).
//! `flush()` waits until a host link has taken them; `txdone()` tells whether it has.

use ferrite_board::{Parity, UartConfig};
use ferrite_vm::builtins::{check_args, kwarg};
use ferrite_vm::native::NativeFunction;
use ferrite_vm::object::Object;
use ferrite_vm::types::set_class_attr;
use ferrite_vm::{native, Name, ObjRef, PyResult, Value, Vm};

use super::with_board;
use crate::socket::wait::{deadline_arg, deadline_value, wait_fds, Waited};
use crate::util::{add_functions, set};

/// A UART object's payload: which board UART it drives.
pub struct UartObj {
    id: usize,
}
ferrite_vm::native_data!(UartObj);

fn uart_id(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match vm.data::<UartObj>(v) {
        Some(u) => Ok(u.id),
        None => Err(vm.type_error("UART expected")),
    }
}

/// The settings `init` (and the constructor) accept, in MicroPython's positional order after id.
const INIT_POSITIONAL: &[&str] = &["baudrate", "bits", "parity", "stop"];
const INIT_KEYWORDS: &[&str] = &[
    "baudrate",
    "bits",
    "parity",
    "stop",
    "tx",
    "rx",
    "txbuf",
    "rxbuf",
    "timeout",
    "timeout_char",
    "invert",
    "flow",
    "rts",
    "cts",
];

/// Applies `init`'s arguments (`args` after the id, then keywords) over `c`.
fn apply_settings(vm: &mut Vm, c: &mut UartConfig, args: &[Value], kw: &[(Name, Value)]) -> PyResult<()> {
    if args.len() > INIT_POSITIONAL.len() {
        return Err(vm.type_error("function takes at most 5 positional arguments"));
    }
    for (n, _) in kw {
        let name = vm.name_str(*n).to_string();
        if !INIT_KEYWORDS.contains(&name.as_str()) {
            return Err(vm.type_error(format!("unexpected keyword argument '{name}'")));
        }
    }
    let get = |vm: &Vm, i: usize, name: &str| args.get(i).copied().or_else(|| kwarg(vm, kw, name));
    if let Some(v) = get(vm, 0, "baudrate") {
        let b = vm.index_value(v, "baudrate")?;
        c.baudrate = u32::try_from(b).ok().filter(|&b| b > 0).ok_or_else(|| vm.value_error("invalid baudrate"))?;
    }
    if let Some(v) = get(vm, 1, "bits") {
        let b = vm.index_value(v, "bits")?;
        c.bits = match b {
            5..=9 => b as u8,
            _ => return Err(vm.value_error("invalid data bits")),
        };
    }
    if let Some(v) = get(vm, 2, "parity") {
        c.parity = match v {
            Value::None => None,
            v => match vm.index_value(v, "parity")? {
                0 => Some(Parity::Even),
                1 => Some(Parity::Odd),
                _ => return Err(vm.value_error("invalid parity")),
            },
        };
    }
    if let Some(v) = get(vm, 3, "stop") {
        c.stop = match vm.index_value(v, "stop")? {
            1 => 1,
            2 => 2,
            _ => return Err(vm.value_error("invalid stop bits")),
        };
    }
    for (name, slot) in [("tx", &mut c.tx_pin), ("rx", &mut c.rx_pin)] {
        if let Some(v) = kwarg(vm, kw, name) {
            *slot = pin_number(vm, v)?;
        }
    }
    for (name, slot) in [("txbuf", &mut c.txbuf), ("rxbuf", &mut c.rxbuf)] {
        if let Some(v) = kwarg(vm, kw, name) {
            let n = vm.index_value(v, name)?;
            *slot = usize::try_from(n).ok().filter(|&n| n > 0).ok_or_else(|| vm.value_error("invalid buffer size"))?;
        }
    }
    for (name, slot) in [("timeout", &mut c.timeout_ms), ("timeout_char", &mut c.timeout_char_ms)] {
        if let Some(v) = kwarg(vm, kw, name) {
            let n = vm.index_value(v, name)?;
            *slot = u32::try_from(n.max(0)).unwrap_or(u32::MAX);
        }
    }
    Ok(())
}

/// A pin argument: a number, or an object whose `id()` gives one (a future `machine.Pin`).
fn pin_number(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = if vm.is_int(v) {
        vm.index_value(v, "pin")?
    } else {
        let id = vm.intern("id");
        let r = vm.call_method(v, id, &[])?;
        vm.index_value(r, "pin")?
    };
    i32::try_from(n).map_err(|_| vm.value_error("invalid pin"))
}

/// `UART(id, baudrate=9600, bits=8, parity=None, stop=1, *, tx, rx, txbuf, rxbuf, timeout,
/// timeout_char)`: with settings, initialises the UART; with the id alone, keeps its settings.
fn uart_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "UART", args, 2, 6)?;
    let Some(cls) = args[0].as_obj() else { return Err(vm.type_error("expected a class")) };
    let raw = vm.index_value(args[1], "id")?;
    // An id that cannot be an index names no UART either.
    let id = usize::try_from(raw).unwrap_or(usize::MAX);
    with_board(vm, |b| b.check_uart(id)).map_err(|_| vm.value_error(format!("UART({raw}) doesn't exist")))?;
    if args.len() > 2 || !kw.is_empty() {
        init_uart(vm, id, &args[2..], kw)?;
    }
    vm.new_data(cls, Box::new(UartObj { id }))
}

fn init_uart(vm: &mut Vm, id: usize, args: &[Value], kw: &[(Name, Value)]) -> PyResult<()> {
    let mut c = with_board(vm, |b| b.uart_config(id))?;
    apply_settings(vm, &mut c, args, kw)?;
    with_board(vm, |b| b.configure_uart(id, c))
}

/// `init(baudrate=9600, bits=8, parity=None, stop=1, *, ...)`.
fn init_method(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "init", args, 1, 5)?;
    let id = uart_id(vm, args[0])?;
    init_uart(vm, id, &args[1..], kw)?;
    Ok(Value::None)
}

/// `deinit()`: turns the UART off; what it had received is discarded. `init()` turns it on.
fn deinit(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "deinit", args, 1, 1)?;
    let id = uart_id(vm, args[0])?;
    with_board(vm, |b| b.disable_uart(id))?;
    Ok(Value::None)
}

/// `any()`: how many bytes can be read without waiting.
fn any(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "any", args, 1, 1)?;
    let id = uart_id(vm, args[0])?;
    Ok(Value::Int(with_board(vm, |b| b.uart_any(id))? as i64))
}

/// `write(buf)`: the number of bytes written (all of them).
fn write(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let id = uart_id(vm, args[0])?;
    let data = match args[1].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) => s.s.as_bytes().to_vec(),
        _ => match vm.bytes_like(args[1]) {
            Some(b) => b,
            None => return Err(vm.type_error("object with buffer protocol required")),
        },
    };
    let n = with_board(vm, |b| b.uart_write(id, &data))?;
    Ok(Value::Int(n as i64))
}

/// `txdone()`: has everything written left the board?
fn txdone(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "txdone", args, 1, 1)?;
    let id = uart_id(vm, args[0])?;
    Ok(Value::Bool(with_board(vm, |b| b.uart_txdone(id))?))
}

/// `sendbreak()`.
fn sendbreak(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "sendbreak", args, 1, 1)?;
    let id = uart_id(vm, args[0])?;
    with_board(vm, |b| b.uart_send_break(id))?;
    Ok(Value::None)
}

/// `fileno()`: a descriptor readable while received bytes wait (for `select.poll`, asyncio).
fn fileno(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "fileno", args, 1, 1)?;
    let id = uart_id(vm, args[0])?;
    Ok(Value::Int(with_board(vm, |b| b.uart_ready_fd(id))? as i64))
}

/// As MicroPython's ports print it (rp2's field order).
fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let id = uart_id(vm, args[0])?;
    let (c, on) = with_board(vm, |b| Ok((b.uart_config(id)?, b.uart_enabled(id)?)))?;
    if !on {
        return vm.new_string(format!("UART({id})"));
    }
    let parity = match c.parity {
        None => "None",
        Some(Parity::Even) => "0",
        Some(Parity::Odd) => "1",
    };
    vm.new_string(format!(
        "UART({id}, baudrate={}, bits={}, parity={parity}, stop={}, tx={}, rx={}, txbuf={}, rxbuf={}, timeout={}, timeout_char={})",
        c.baudrate, c.bits, c.stop, c.tx_pin, c.rx_pin, c.txbuf, c.rxbuf, c.timeout_ms, c.timeout_char_ms
    ))
}

// ---- the read step (called by the PRELUDE loops)

/// `_deadline(uart, first)`: when a read gives up waiting for its first byte (`first`) or for
/// the next one.
fn deadline(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_deadline", args, 2, 2)?;
    let id = uart_id(vm, args[0])?;
    let first = vm.truthy(args[1])?;
    let c = with_board(vm, |b| b.uart_config(id))?;
    let ms = if first { c.timeout_ms } else { c.timeout_char_ms };
    Ok(deadline_value(vm, Some(ms as u64 * 1_000_000)))
}

/// `_rx(uart, max, deadline, line)`: up to `max` received bytes (max < 0: all there are; with
/// `line`, up to a newline), waiting until the deadline for the first. Returns the bytes, None
/// when the deadline passed with nothing received, or the UART itself when the thread was
/// parked until data arrives (the loop calls again).
fn rx_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_rx", args, 4, 4)?;
    let u = args[0];
    let id = uart_id(vm, u)?;
    let max = vm.index_value(args[1], "max")?;
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let deadline = deadline_arg(vm, Some(args[2]))?;
    let line = vm.truthy(args[3])?;
    loop {
        let got = with_board(vm, |b| b.uart_read(id, max, line))?;
        if !got.is_empty() {
            return vm.new_bytes(got);
        }
        let fd = with_board(vm, |b| b.uart_ready_fd(id))?;
        match wait_fds(vm, &[(fd, libc::POLLIN)], deadline)? {
            Waited::Ready(_) => continue,
            Waited::TimedOut => return Ok(Value::None),
            Waited::Deferred => return Ok(u),
        }
    }
}

native!(UART_NEW, "__new__", uart_new, kw);
native!(INIT, "init", init_method, kw);
native!(DEINIT, "deinit", deinit);
native!(ANY, "any", any);
native!(WRITE, "write", write);
native!(TXDONE, "txdone", txdone);
native!(SENDBREAK, "sendbreak", sendbreak);
native!(FILENO, "fileno", fileno);
native!(REPR, "__repr__", repr);
native!(DEADLINE, "_uart_deadline", deadline);
native!(RX_STEP, "_uart_rx", rx_step);

const METHODS: &[&NativeFunction] = &[&UART_NEW, &INIT, &DEINIT, &ANY, &WRITE, &TXDONE, &SENDBREAK, &FILENO, &REPR];

/// The reading methods, as loops over the native step (see the module comment).
const PRELUDE: &str = r#"
class _UartMethods:
    def read(self, n=-1):
        if n is None:
            n = -1
        if n == 0:
            return b''
        parts = []
        got = 0
        d = _uart_deadline(self, True)
        while n < 0 or got < n:
            r = _uart_rx(self, n - got if n >= 0 else -1, d, False)
            if r is self:
                continue
            if r is None:
                break
            parts.append(r)
            got += len(r)
            d = _uart_deadline(self, False)
        return b''.join(parts) if parts else None

    def readinto(self, buf, nbytes=None):
        n = len(buf)
        if nbytes is not None and nbytes < n:
            n = nbytes
        b = self.read(n)
        if b is None:
            return None
        buf[:len(b)] = b
        return len(b)

    def readline(self):
        parts = []
        d = _uart_deadline(self, True)
        while True:
            r = _uart_rx(self, -1, d, True)
            if r is self:
                continue
            if r is None:
                break
            parts.append(r)
            if r[-1] == 10:
                break
            d = _uart_deadline(self, False)
        return b''.join(parts) if parts else None

    def flush(self):
        import time
        while not self.txdone():
            time.sleep_ms(1)
"#;

const PY_METHODS: &[&str] = &["read", "readinto", "readline", "flush"];

pub fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let cls = vm.new_native_class("UART", &[], METHODS)?;
    // Flags of `invert` and `flow` (accepted, not modelled yet), as rp2 numbers them.
    for (name, v) in [("INV_TX", 1), ("INV_RX", 2), ("RTS", 1), ("CTS", 2)] {
        set_class_attr(vm, cls, name, Value::Int(v));
    }
    set(vm, m, "UART", Value::Obj(cls));
    add_functions(vm, m, &[&DEADLINE, &RX_STEP])?;
    vm.run_code_in(PRELUDE.as_bytes(), "<machine>", ferrite_compiler::Mode::Exec, m)?;
    let n = vm.intern("_UartMethods");
    let Some(src) = vm.module_get(m, n) else { return Err(vm.internal_error("UART methods")) };
    for name in PY_METHODS {
        let n = vm.intern(name);
        let f = vm.get_attr(src, n)?;
        set_class_attr(vm, cls, name, f);
    }
    vm.module_remove(m, n);
    Ok(())
}
