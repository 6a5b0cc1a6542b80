//! `machine` (docs: library/machine.html): the board's peripherals, over `ferrite-board`.
//!
//! The board is a plain Rust value (`ferrite_board::Board`) that the device owns: it lives in
//! the VM's extensions (`vm.extensions`), put there by the embedder (the CLI wires UARTs to a
//! pty or a socket before the program runs) or made here, as the built-in default board, on
//! first use. The VM knows nothing of it; this module translates between Python and the board,
//! one file per class (`uart.rs`).
//!
//! Module functions: `unique_id()`, `freq([hz])` (remembered, nothing is timed by it yet),
//! `reset_cause()` (always PWRON_RESET: a Ferrite run starts as after power-on), `idle()` (lets
//! the other threads run, as a core waiting for an interrupt would). Not yet: `reset()`,
//! `soft_reset()`, `deepsleep()`, `lightsleep()`, pins and the other buses.

pub mod uart;

use ferrite_board::{Board, BoardError};
use ferrite_vm::builtins::check_args;
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyErr, PyResult, Value, Vm};

use crate::util::{add_functions, set};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "machine", init };

/// MicroPython's reset causes (the esp32 port's values).
const PWRON_RESET: i64 = 1;
const HARD_RESET: i64 = 2;
const WDT_RESET: i64 = 3;
const DEEPSLEEP_RESET: i64 = 4;
const SOFT_RESET: i64 = 5;

/// Runs `f` on this device's board (the default board, made now, if the embedder set none)
/// and turns a board error into the Python exception MicroPython raises.
pub fn with_board<R>(vm: &mut Vm, f: impl FnOnce(&mut Board) -> Result<R, BoardError>) -> PyResult<R> {
    if vm.extensions.get::<Board>().is_none() {
        vm.extensions.insert(Board::new());
    }
    let r = match vm.extensions.get_mut::<Board>() {
        Some(b) => f(b),
        None => return Err(vm.internal_error("no board")),
    };
    r.map_err(|e| board_error(vm, e))
}

fn board_error(vm: &mut Vm, e: BoardError) -> PyErr {
    match e {
        BoardError::NoSuchUart(_) => vm.value_error(e.to_string()),
        BoardError::Io(e) => vm.os_error(e.raw_os_error().unwrap_or(libc::EIO)),
    }
}

/// `machine.unique_id()`: the board's id bytes.
fn unique_id(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "unique_id", args, 0, 0)?;
    let id = with_board(vm, |b| Ok(b.unique_id))?;
    vm.new_bytes(id.to_vec())
}

/// `machine.freq([hz])`: the CPU frequency, or sets it.
fn freq(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "freq", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Int(with_board(vm, |b| Ok(b.cpu_freq))? as i64)),
        Some(&v) => {
            let hz = vm.index_value(v, "freq")?;
            let Ok(hz) = u32::try_from(hz) else { return Err(vm.value_error("frequency out of range")) };
            if hz == 0 {
                return Err(vm.value_error("frequency out of range"));
            }
            with_board(vm, |b| {
                b.cpu_freq = hz;
                Ok(())
            })?;
            Ok(Value::None)
        }
    }
}

/// `machine.reset_cause()`.
fn reset_cause(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "reset_cause", args, 0, 0)?;
    Ok(Value::Int(PWRON_RESET))
}

/// `machine.idle()`: gives the other threads a turn (a thread polling a flag in a loop with
/// `idle()` then does not hog the VM).
fn idle(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "idle", args, 0, 0)?;
    if vm.can_defer_wait() {
        let now = vm.clock.monotonic_ns();
        vm.sched.pending = Some(ferrite_vm::sched::Wait::Sleep(now));
    }
    Ok(Value::None)
}

native!(UNIQUE_ID, "unique_id", unique_id);
native!(FREQ, "freq", freq);
native!(RESET_CAUSE, "reset_cause", reset_cause);
native!(IDLE, "idle", idle);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&UNIQUE_ID, &FREQ, &RESET_CAUSE, &IDLE])?;
    for (name, v) in [
        ("PWRON_RESET", PWRON_RESET),
        ("HARD_RESET", HARD_RESET),
        ("WDT_RESET", WDT_RESET),
        ("DEEPSLEEP_RESET", DEEPSLEEP_RESET),
        ("SOFT_RESET", SOFT_RESET),
    ] {
        set(vm, m, name, Value::Int(v));
    }
    uart::init(vm, m)
}
