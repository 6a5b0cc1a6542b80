//! `io.IOBase`: the base of streams written in Python. A subclass defines `read` (or
//! `readinto`) and `write`; IOBase supplies `readline`, `readlines`, iteration, `close`,
//! `flush` and the context manager on top of them, as CPython's IOBase does.

use ferrite_vm::builtins::check_args;
use ferrite_vm::object::Object;
use ferrite_vm::{native, Name, ObjRef, PyResult, Value, Vm};

/// One element read from a user stream: `Some((bytes, was_text))`, `None` at end of stream.
fn read_one(vm: &mut Vm, obj: Value) -> PyResult<Option<(Vec<u8>, bool)>> {
    let read = vm.intern("read");
    if vm.get_attr_opt(obj, read)?.is_some() {
        let v = vm.call_method(obj, read, &[Value::Int(1)])?;
        if v.is_none() {
            return Ok(None);
        }
        if let Some(s) = vm.str_ref(v) {
            return Ok((!s.is_empty()).then(|| (s.as_bytes().to_vec(), true)));
        }
        return Ok(vm.bytes_like(v).filter(|b| !b.is_empty()).map(|b| (b, false)));
    }
    let readinto = vm.intern("readinto");
    let buf = vm.alloc(Object::ByteArray(vec![0]))?;
    vm.root(buf);
    let n = vm.call_method(obj, readinto, &[buf]);
    vm.temp_roots.pop();
    match n? {
        Value::Int(n) if n > 0 => Ok(vm.bytes_like(buf).map(|b| (b, false))),
        _ => Ok(None),
    }
}

fn readline_bytes(vm: &mut Vm, obj: Value) -> PyResult<(Vec<u8>, bool)> {
    let mut out = Vec::new();
    let mut text = false;
    while let Some((b, t)) = read_one(vm, obj)? {
        text = t;
        out.extend_from_slice(&b);
        if out.last() == Some(&b'\n') {
            break;
        }
    }
    Ok((out, text))
}

fn as_value(vm: &mut Vm, b: Vec<u8>, text: bool) -> PyResult<Value> {
    if text {
        vm.new_string(String::from_utf8_lossy(&b).into_owned())
    } else {
        vm.new_bytes(b)
    }
}

fn readline(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "readline", args, 1, 1)?;
    let (b, text) = readline_bytes(vm, args[0])?;
    as_value(vm, b, text)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "readlines", args, 1, 1)?;
    let mark = vm.roots_mark();
    let mut items = Vec::new();
    loop {
        let (b, text) = match readline_bytes(vm, args[0]) {
            Ok(x) => x,
            Err(e) => {
                vm.truncate_roots(mark);
                return Err(e);
            }
        };
        if b.is_empty() {
            break;
        }
        let v = match as_value(vm, b, text) {
            Ok(v) => v,
            Err(e) => {
                vm.truncate_roots(mark);
                return Err(e);
            }
        };
        vm.root(v);
        items.push(v);
    }
    vm.truncate_roots(mark);
    vm.new_list(items)
}

fn next(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__next__", args, 1, 1)?;
    let (b, text) = readline_bytes(vm, args[0])?;
    if b.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    as_value(vm, b, text)
}

fn itself(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__enter__", args, 1, 1)?;
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(&obj) = args.first() else { return Err(vm.type_error("__exit__ needs self")) };
    let close = vm.intern("close");
    vm.call_method(obj, close, &[])?;
    Ok(Value::None)
}

fn nothing(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "close", args, 1, 1)?;
    Ok(Value::None)
}

native!(READLINE, "readline", readline);
native!(READLINES, "readlines", readlines);
native!(NEXT, "__next__", next);
native!(ITER, "__iter__", itself);
native!(ENTER, "__enter__", itself);
native!(EXIT, "__exit__", exit);
native!(CLOSE, "close", nothing);
native!(FLUSH, "flush", nothing);

pub fn make_class(vm: &mut Vm) -> PyResult<ObjRef> {
    vm.new_native_class("IOBase", &[], &[&READLINE, &READLINES, &NEXT, &ITER, &ENTER, &EXIT, &CLOSE, &FLUSH])
}
