//! `sys` (docs: library/sys.html): argv, path, modules, exit, the standard streams,
//! print_exception, exc_info, implementation (name, version, _mpy, _build, _thread, _machine), platform,
//! version, maxsize, byteorder.

use ferrite_vm::builtins::check_args;
use ferrite_vm::native;
use ferrite_vm::{ExcKind, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::{add_functions, set};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "sys", init };

/// MicroPython's version that Ferrite's behaviour follows.
const MICROPYTHON_VERSION: (i64, i64, i64) = (1, 24, 0);

fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "exit", args, 0, 1)?;
    let class = vm.types.exc(ExcKind::SystemExit);
    let a = vm.new_tuple(args.to_vec())?;
    let e = vm.make_exception(class, a)?;
    Err(ferrite_vm::PyErr(e))
}

fn print_exception(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "print_exception", args, 1, 2)?;
    let text = vm.format_exception(args[0]);
    match args.get(1) {
        Some(f) if !f.is_none() => {
            let w = vm.n.write;
            // An object that is not a stream is refused with MicroPython's OSError.
            if vm.get_attr_opt(*f, w)?.is_none() {
                return Err(vm.new_exception(ExcKind::OSError, "stream operation not supported"));
            }
            let s = vm.new_string(text)?;
            vm.call_method(*f, w, &[s])?;
        }
        _ => vm.write_out(&text)?,
    }
    Ok(Value::None)
}

/// `sys.exc_info()` (docs: library/sys.html): `(type, value, None)` for the exception being
/// handled, `(None, None, None)` outside any `except`. As on MicroPython the traceback slot is
/// None (CPython gives a traceback object).
fn exc_info(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "exc_info", args, 0, 0)?;
    match vm.handled.last().copied() {
        Some(e) if !e.is_none() => {
            let t = Value::Obj(vm.type_of(e));
            vm.new_tuple(vec![t, e, Value::None])
        }
        _ => vm.new_tuple(vec![Value::None, Value::None, Value::None]),
    }
}

/// A standard stream's payload: which file descriptor it writes to, and whether it is the
/// binary `.buffer` view.
struct Stream {
    fd: i64,
}
ferrite_vm::native_data!(Stream);

fn stream_fd(vm: &mut Vm, stream: Value) -> i64 {
    vm.data::<Stream>(stream).map_or(1, |s| s.fd)
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 2)?;
    let fd = stream_fd(vm, args[0]);
    let (text, n) = match vm.str_ref(args[1]) {
        Some(s) => (s.to_string(), s.chars().count()),
        None => match vm.bytes_like(args[1]) {
            Some(b) => (String::from_utf8_lossy(&b).to_string(), b.len()),
            None => return Err(vm.type_error("object with buffer protocol required")),
        },
    };
    if fd == 2 {
        vm.write_err(&text)?;
    } else {
        vm.write_out(&text)?;
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    vm.flush_out();
    Ok(Value::None)
}

fn stream_readline(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    vm.flush_out();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    vm.new_string(line)
}

fn stream_read(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    use std::io::Read;
    vm.flush_out();
    let n = match args.get(1) {
        Some(v) if !v.is_none() => vm.index_value(*v, "size")?,
        _ => -1,
    };
    let mut buf = Vec::new();
    if n < 0 {
        let _ = std::io::stdin().read_to_end(&mut buf);
    } else {
        buf.resize(n as usize, 0);
        let got = std::io::stdin().read(&mut buf).unwrap_or(0);
        buf.truncate(got);
    }
    vm.new_string(String::from_utf8_lossy(&buf).to_string())
}

fn stream_fileno(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(stream_fd(vm, args[0])))
}

/// `sys.atexit(func)`: registers the one function to call when the program ends (MicroPython
/// keeps a single slot); returns the previous one. The CLI calls it at exit.
fn atexit(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "atexit", args, 1, 1)?;
    let Some(m) = vm.module_ref("sys") else { return Ok(Value::None) };
    let key = vm.intern("_atexit_func");
    let prev = vm.module_get(m, key).unwrap_or(Value::None);
    vm.module_set(m, key, args[0]);
    Ok(prev)
}

/// `sys.getsizeof(obj)` (docs: library/sys.html, unix port): the bytes the object takes on
/// Ferrite's heap as the heap counts them (a value word for ints, floats, None, bools).
fn getsizeof(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getsizeof", args, 1, 1)?;
    const VALUE: usize = std::mem::size_of::<Value>();
    let size = match args[0].as_obj() {
        Some(r) => VALUE + vm.heap.get(r).approx_size(),
        None => VALUE,
    };
    Ok(Value::Int(size as i64))
}

native!(GETSIZEOF, "getsizeof", getsizeof);
native!(EXC_INFO, "exc_info", exc_info);
native!(EXIT, "exit", exit);
native!(ATEXIT, "atexit", atexit);
native!(PRINT_EXCEPTION, "print_exception", print_exception);
native!(WRITE, "write", stream_write);
native!(FLUSH, "flush", stream_flush);
native!(READLINE, "readline", stream_readline);
native!(READ, "read", stream_read);
native!(FILENO, "fileno", stream_fileno);

/// A standard stream object with write/flush/read/readline and a `.buffer` for bytes.
fn make_stream(vm: &mut Vm, class: ObjRef, fd: i64) -> PyResult<Value> {
    let s = vm.new_data(class, Box::new(Stream { fd }))?;
    vm.pinned.push(s);
    let buffer = vm.new_data(class, Box::new(Stream { fd }))?;
    vm.pinned.push(buffer);
    let n = vm.intern("buffer");
    vm.set_attr(s, n, buffer)?;
    Ok(s)
}

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&EXIT, &ATEXIT, &PRINT_EXCEPTION, &GETSIZEOF, &EXC_INFO])?;
    let mut argv = Vec::new();
    for a in vm.config.argv.clone() {
        argv.push(vm.new_string(a)?);
    }
    let argv = vm.new_list(argv)?;
    set(vm, m, "argv", argv);
    let path = vm.sys_path;
    set(vm, m, "path", path);
    let platform = vm.new_str("linux")?;
    set(vm, m, "platform", platform);
    let (a, b, c) = MICROPYTHON_VERSION;
    let version = vm.new_string(format!("3.4.0; MicroPython v{a}.{b}.{c} (Ferrite {})", env!("CARGO_PKG_VERSION")))?;
    set(vm, m, "version", version);
    let vi = vm.new_tuple(vec![Value::Int(3), Value::Int(4), Value::Int(0)])?;
    set(vm, m, "version_info", vi);
    set(vm, m, "maxsize", Value::Int(i64::MAX));
    let bo = vm.new_str("little")?;
    set(vm, m, "byteorder", bo);
    // sys.implementation: an attrtuple, as on MicroPython (name, version, _machine, _mpy,
    // _build, _thread), plus Ferrite's own version.
    let name = vm.new_str("micropython")?;
    let ver = vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c), vm.empty_str])?;
    let machine = vm.new_string(format!("Ferrite {} with Rust", env!("CARGO_PKG_VERSION")))?;
    let build = vm.new_str("ferrite")?;
    // Threads (the `_thread` module) run one at a time, as under MicroPython's GIL.
    let thread = vm.new_str("GIL")?;
    let fv = vm.new_str(env!("CARGO_PKG_VERSION"))?;
    let fields = ["name", "version", "_machine", "_mpy", "_build", "_thread", "ferrite_version"];
    let imp_class = vm.new_attrtuple_class("implementation", &fields)?;
    let imp = vm.new_attrtuple(imp_class, vec![name, ver, machine, Value::Int(6 | (1 << 8)), build, thread, fv])?;
    set(vm, m, "implementation", imp);
    let class = vm.new_native_class("FileIO", &[], &[&WRITE, &FLUSH, &READLINE, &READ, &FILENO])?;
    let stdout = make_stream(vm, class, 1)?;
    set(vm, m, "stdout", stdout);
    let stderr = make_stream(vm, class, 2)?;
    set(vm, m, "stderr", stderr);
    let stdin = make_stream(vm, class, 0)?;
    set(vm, m, "stdin", stdin);
    let modules = vm.modules;
    set(vm, m, "modules", modules);
    Ok(())
}
