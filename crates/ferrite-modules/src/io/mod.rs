//! `io` (docs: library/io.html): StringIO, BytesIO, the file objects `open()` returns
//! (FileIO for binary, TextIOWrapper for text) and IOBase for streams written in Python.
//!
//! The builtin `open()` lives here too; the CLI installs it with [`install_open`], and it loads
//! this module for the file classes. Divergences from CPython, following MicroPython: positions
//! (`tell`, `seek`) count bytes, `write()` returns the number of bytes and accepts str or bytes
//! on any stream, and `iter(f)` is a fresh iterator over `f.readline` rather than `f` itself.

mod file;
mod iobase;
mod stream;

use ferrite_vm::builtins::{check_args, check_kwargs, kwarg};
use ferrite_vm::object::{Iter, Object};
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyErr, PyResult, Value, Vm};

use crate::util::{add_functions, set};
use file::FileObj;
use stream::{MemIO, Stream};

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "io", init };

/// Puts `open` into the builtins module (called once by the CLI after creating the VM).
pub fn install_open(vm: &mut Vm) {
    if let Ok(f) = vm.alloc(Object::Native(&OPEN)) {
        let n = vm.intern("open");
        let b = vm.builtins;
        vm.module_set(b, n, f);
    }
}

/// An `std::io::Error` as `OSError(errno)`.
pub(crate) fn io_err(vm: &mut Vm, e: std::io::Error) -> PyErr {
    vm.os_error(e.raw_os_error().unwrap_or(5))
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file")
}

/// Runs `f` on the stream behind `v` (a StringIO, BytesIO or file), refusing a closed one.
fn with_stream<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut dyn Stream) -> std::io::Result<R>) -> PyResult<R> {
    let s: &mut dyn Stream = if vm.data::<MemIO>(v).is_some() {
        match vm.data_mut::<MemIO>(v) {
            Some(m) => m,
            None => return Err(vm.internal_error("stream")),
        }
    } else if vm.data::<FileObj>(v).is_some() {
        match vm.data_mut::<FileObj>(v) {
            Some(m) => m,
            None => return Err(vm.internal_error("stream")),
        }
    } else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object is not a stream")));
    };
    if s.is_closed() {
        return Err(closed_error(vm));
    }
    let r = f(s);
    r.map_err(|e| io_err(vm, e))
}

fn is_text(vm: &Vm, v: Value) -> bool {
    if let Some(m) = vm.data::<MemIO>(v) {
        return m.text;
    }
    vm.data::<FileObj>(v).is_some_and(|f| f.is_text())
}

/// Bytes read from a stream as the stream's kind of value: str (text) or bytes.
fn make_result(vm: &mut Vm, text: bool, b: Vec<u8>) -> PyResult<Value> {
    if text {
        match String::from_utf8(b) {
            Ok(s) => vm.new_string(s),
            Err(e) => vm.new_string(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        }
    } else {
        vm.new_bytes(b)
    }
}

/// The bytes of what `write()` is given: str or anything with the buffer protocol.
fn write_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.str_ref(v) {
        return Ok(s.as_bytes().to_vec());
    }
    match vm.bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("object with buffer protocol required, not '{tn}'")))
        }
    }
}

/// An optional size argument: None or negative means "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(*v, "size")?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "read", args, 1, 2)?;
    let n = size_arg(vm, args.get(1))?;
    let text = is_text(vm, args[0]);
    let b = with_stream(vm, args[0], |s| match n {
        Some(n) => stream::read_n(s, n),
        None => s.read_to_end(),
    })?;
    make_result(vm, text, b)
}

fn readinto(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "readinto", args, 2, 3)?;
    let Some(r) = args[1].as_obj() else { return Err(vm.type_error("object with buffer protocol required")) };
    let cap = match vm.heap.get(r) {
        Object::ByteArray(b) => b.len(),
        _ => return Err(vm.type_error("object with buffer protocol required")),
    };
    let n = match size_arg(vm, args.get(2))? {
        Some(n) => n.min(cap),
        None => cap,
    };
    let b = with_stream(vm, args[0], |s| s.read_bytes(n))?;
    if let Object::ByteArray(dst) = vm.heap.get_mut(r) {
        if let Some(d) = dst.get_mut(..b.len()) {
            d.copy_from_slice(&b);
        }
    }
    Ok(Value::Int(b.len() as i64))
}

fn readline(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "readline", args, 1, 2)?;
    let n = size_arg(vm, args.get(1))?;
    let text = is_text(vm, args[0]);
    let b = with_stream(vm, args[0], |s| stream::read_line(s, n))?;
    make_result(vm, text, b)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "readlines", args, 1, 2)?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let text = is_text(vm, args[0]);
    let lines = with_stream(vm, args[0], |s| {
        let mut lines = Vec::new();
        let mut total = 0;
        loop {
            let l = s.read_line(None)?;
            if l.is_empty() {
                break;
            }
            total += l.len();
            lines.push(l);
            if hint.is_some_and(|h| total >= h) {
                break;
            }
        }
        Ok(lines)
    })?;
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        out.push(make_result(vm, text, l)?);
    }
    vm.new_list(out)
}

/// `write(buf)`, and MicroPython's extended forms `write(buf, max_len)` and
/// `write(buf, off, max_len)` (docs: library/io.html): the part of `buf` from `off` (clamped to
/// its length), at most `max_len` bytes.
fn write(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "write", args, 2, 4)?;
    let mut b = write_arg(vm, args[1])?;
    if args.len() > 2 {
        let (off, max) = match args {
            [_, _, max] => (0, vm.index_value(*max, "length")?),
            [_, _, off, max] => (vm.index_value(*off, "offset")?, vm.index_value(*max, "length")?),
            _ => (0, i64::MAX),
        };
        let off = usize::try_from(off).unwrap_or(0).min(b.len());
        let max = usize::try_from(max).unwrap_or(0);
        b.drain(..off);
        b.truncate(max);
    }
    let n = with_stream(vm, args[0], |s| s.write_bytes(&b))?;
    Ok(Value::Int(n as i64))
}

/// `<io.StringIO object at 0x...>`: the module's name in the repr, as CPython and MicroPython
/// show it.
fn memio_repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let name = match vm.data::<MemIO>(args[0]) {
        Some(m) if m.text => "StringIO",
        _ => "BytesIO",
    };
    let addr = ferrite_vm::format::object_addr(args[0]);
    vm.new_string(format!("<io.{name} object at 0x{addr:x}>"))
}

fn seek(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "seek", args, 2, 3)?;
    let off = vm.index_value(args[1], "offset")?;
    let whence = match args.get(2) {
        Some(w) => vm.index_value(*w, "whence")?,
        None => 0,
    };
    let p = with_stream(vm, args[0], |s| s.seek(off, whence))?;
    Ok(Value::Int(p as i64))
}

fn tell(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "tell", args, 1, 1)?;
    let p = with_stream(vm, args[0], |s| s.tell())?;
    Ok(Value::Int(p as i64))
}

/// `truncate([size])` (MicroPython 1.24+ and CPython): a negative size is `OSError(EINVAL)`.
fn truncate(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "truncate", args, 1, 2)?;
    let size = match args.get(1) {
        Some(v) if !v.is_none() => match u64::try_from(vm.index_value(*v, "size")?) {
            Ok(n) => Some(n),
            Err(_) => return Err(vm.os_error(22)),
        },
        _ => None,
    };
    let n = with_stream(vm, args[0], |s| s.truncate(size))?;
    Ok(Value::Int(n as i64))
}

fn flush(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "flush", args, 1, 1)?;
    with_stream(vm, args[0], |s| s.flush())?;
    Ok(Value::None)
}

/// `close()`: closing twice is allowed.
fn close(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "close", args, 1, 1)?;
    let v = args[0];
    let r = if let Some(m) = vm.data_mut::<MemIO>(v) {
        m.close()
    } else if let Some(f) = vm.data_mut::<FileObj>(v) {
        f.close()
    } else {
        Ok(())
    };
    r.map_err(|e| io_err(vm, e))?;
    Ok(Value::None)
}

fn getvalue(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "getvalue", args, 1, 1)?;
    let (b, text, closed) = match vm.data::<MemIO>(args[0]) {
        Some(m) => (m.buf.clone(), m.text, m.closed),
        None => return Err(vm.type_error("getvalue() needs a StringIO or BytesIO")),
    };
    if closed {
        return Err(closed_error(vm));
    }
    make_result(vm, text, b)
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "fileno", args, 1, 1)?;
    match vm.data::<FileObj>(args[0]).and_then(|f| f.fileno()) {
        Some(fd) => Ok(Value::Int(fd)),
        None => Err(closed_error(vm)),
    }
}

fn enter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__enter__", args, 1, 1)?;
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    close(vm, args.get(..1).unwrap_or(&[]), kw)?;
    Ok(Value::None)
}

/// `iter(f)`: calls `f.readline()` until it returns an empty string.
fn iter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__iter__", args, 1, 1)?;
    let text = is_text(vm, args[0]);
    let rl = vm.intern("readline");
    let func = vm.get_attr(args[0], rl)?;
    vm.root(func);
    let sentinel = if text { vm.new_str("") } else { vm.new_bytes(Vec::new()) };
    vm.temp_roots.pop();
    let sentinel = sentinel?;
    vm.new_iterator(Iter::Callable { func, sentinel })
}

fn next(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let line = readline(vm, args.get(..1).unwrap_or(&[]), kw)?;
    if vm.len(line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// `StringIO([initial])` and `BytesIO([initial])`; an int initial value is a size hint.
fn memio_new(vm: &mut Vm, args: &[Value], text: bool) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else { return Err(vm.type_error("class expected")) };
    let buf = match args.get(1) {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Int(n)) => Vec::with_capacity(usize::try_from(*n).unwrap_or(0).min(1 << 20)),
        Some(v) => match (text, vm.str_ref(*v)) {
            (true, Some(s)) => s.as_bytes().to_vec(),
            (false, None) => match vm.bytes_like(*v) {
                Some(b) => b,
                None => return Err(vm.type_error("object with buffer protocol required")),
            },
            _ => {
                let tn = vm.type_name(*v);
                let want = if text { "str" } else { "bytes" };
                return Err(vm.type_error(format!("initial value must be {want}, not {tn}")));
            }
        },
    };
    vm.new_data(cls, Box::new(MemIO { buf, pos: 0, text, closed: false }))
}

fn stringio_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "StringIO", args, 1, 2)?;
    memio_new(vm, args, true)
}

fn bytesio_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "BytesIO", args, 1, 2)?;
    memio_new(vm, args, false)
}

/// `open(file, mode='r', buffering=-1, encoding=None)` (docs: library/builtins.html#open).
fn open(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "open", args, 1, 4)?;
    check_kwargs(vm, kw, &["mode", "buffering", "encoding", "errors", "newline"])?;
    let mode_v = match args.get(1) {
        Some(v) => Some(*v),
        None => kwarg(vm, kw, "mode"),
    };
    let mode_s = match mode_v {
        None => "r".to_string(),
        Some(v) => match vm.str_ref(v) {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error("mode must be str")),
        },
    };
    let path = crate::os::path_arg(vm, args[0])?;
    let (host, durable) = crate::os::host_path(vm, &path)?;
    open_host(vm, host, &mode_s, durable)
}

/// Opens a host file (a path already resolved) as a TextIOWrapper or FileIO.
pub(crate) fn open_host(vm: &mut Vm, host: std::path::PathBuf, mode_s: &str, durable: bool) -> PyResult<Value> {
    let Some(mode) = file::parse_mode(mode_s) else {
        return Err(vm.value_error(format!("invalid mode: '{mode_s}'")));
    };
    let f = FileObj::open(host, mode, durable).map_err(|e| io_err(vm, e))?;
    let io = vm.load_module("io", Value::None)?;
    let cname = vm.intern(if mode.text { "TextIOWrapper" } else { "FileIO" });
    let cls = vm.get_attr(io, cname)?;
    let Some(cls) = cls.as_obj() else { return Err(vm.internal_error("io class")) };
    vm.new_data(cls, Box::new(f))
}

native!(OPEN, "open", open, kw);
native!(READ, "read", read);
native!(READINTO, "readinto", readinto);
native!(READLINE, "readline", readline);
native!(READLINES, "readlines", readlines);
native!(WRITE, "write", write);
native!(SEEK, "seek", seek);
native!(TELL, "tell", tell);
native!(FLUSH, "flush", flush);
native!(TRUNCATE, "truncate", truncate);
native!(CLOSE, "close", close);
native!(GETVALUE, "getvalue", getvalue);
native!(FILENO, "fileno", fileno);
native!(ENTER, "__enter__", enter);
native!(EXIT, "__exit__", exit, kw);
native!(ITER, "__iter__", iter);
native!(NEXT, "__next__", next, kw);
native!(STRINGIO_NEW, "__new__", stringio_new);
native!(BYTESIO_NEW, "__new__", bytesio_new);
native!(MEMIO_REPR, "__repr__", memio_repr);

/// The methods every stream class has.
const STREAM_METHODS: [&native::NativeFunction; 15] = [
    &READ, &READINTO, &READLINE, &READLINES, &WRITE, &SEEK, &TELL, &TRUNCATE, &FLUSH, &CLOSE, &ENTER, &EXIT, &ITER, &NEXT,
    &FILENO,
];

fn make_class(
    vm: &mut Vm,
    m: ObjRef,
    name: &str,
    base: ObjRef,
    extra: &[&'static native::NativeFunction],
) -> PyResult<()> {
    let mut methods: Vec<&'static native::NativeFunction> = STREAM_METHODS.to_vec();
    methods.extend_from_slice(extra);
    let cls = vm.new_native_class(name, &[base], &methods)?;
    set(vm, m, name, Value::Obj(cls));
    Ok(())
}

/// `io.BufferedWriter(stream, size)` (docs: library/io.html), written in Python as
/// MicroPython's `extmod/modio.c` behaves: writes collect in a `size`-byte buffer, which goes
/// to `stream` whole each time it fills; `flush()` writes what is left.
const PRELUDE: &str = r#"
class BufferedWriter:
    def __init__(self, stream, size):
        self._stream = stream
        self._size = max(1, size)
        self._buf = bytearray()

    def write(self, data):
        if isinstance(data, str):
            data = data.encode()
        n = len(data)
        buf = self._buf
        buf.extend(data)
        size = self._size
        while len(buf) >= size:
            self._stream.write(bytes(buf[:size]))
            del buf[:size]
        return n

    def flush(self):
        if self._buf:
            self._stream.write(bytes(self._buf))
            self._buf = bytearray()
"#;

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&OPEN])?;
    let iobase = iobase::make_class(vm)?;
    set(vm, m, "IOBase", Value::Obj(iobase));
    make_class(vm, m, "StringIO", iobase, &[&STRINGIO_NEW, &GETVALUE, &MEMIO_REPR])?;
    make_class(vm, m, "BytesIO", iobase, &[&BYTESIO_NEW, &GETVALUE, &MEMIO_REPR])?;
    make_class(vm, m, "FileIO", iobase, &[])?;
    make_class(vm, m, "TextIOWrapper", iobase, &[])?;
    set(vm, m, "SEEK_SET", Value::Int(0));
    set(vm, m, "SEEK_CUR", Value::Int(1));
    set(vm, m, "SEEK_END", Value::Int(2));
    vm.run_code_in(PRELUDE.as_bytes(), "<io>", ferrite_compiler::Mode::Exec, m)?;
    Ok(())
}
