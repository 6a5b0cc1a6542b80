//! `bytes` and `bytearray` (docs: library/builtins.html#bytes).

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

/// The byte content for `bytes(x)` / `bytearray(x)`.
fn bytes_from(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    let Some(&x) = args.get(1) else { return Ok(Vec::new()) };
    if let Some(s) = vm.str_ref(x) {
        if args.len() < 3 {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    if let Value::Int(n) = x {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if !vm.heap.can_fit(n as usize) {
            return Err(vm.memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    if let Some(b) = vm.bytes_like(x) {
        return Ok(b);
    }
    let items = vm.iterate_to_vec(x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(vm.byte_value(it)?);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let b = bytes_from(vm, args)?;
    vm.new_bytes(b)
}

fn bytearray_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let b = bytes_from(vm, args)?;
    vm.alloc(Object::ByteArray(b))
}

fn decode(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let b = vm.bytes_like(args[0]).unwrap_or_default();
    match String::from_utf8(b) {
        Ok(s) => vm.new_string(s),
        Err(_) => Err(vm.new_exception(crate::error::ExcKind::UnicodeError, "")),
    }
}

fn append(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "append", args, 2, 2)?;
    let b = vm.byte_value(args[1])?;
    if let Some(Object::ByteArray(v)) = args[0].as_obj().map(|r| vm.heap.get_mut(r)) {
        v.push(b);
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "extend", args, 2, 2)?;
    let extra = bytes_from(vm, &[Value::None, args[1]])?;
    if let Some(Object::ByteArray(v)) = args[0].as_obj().map(|r| vm.heap.get_mut(r)) {
        v.extend_from_slice(&extra);
    }
    Ok(Value::None)
}

native!(BYTES_NEW, "__new__", bytes_new);
native!(BYTEARRAY_NEW, "__new__", bytearray_new);
native!(DECODE, "decode", decode);
native!(APPEND, "append", append);
native!(EXTEND, "extend", extend);

pub fn install(vm: &mut Vm) {
    let b = vm.types.bytes;
    add_methods(vm, b, &[&BYTES_NEW, &DECODE]);
    let ba = vm.types.bytearray;
    add_methods(vm, ba, &[&BYTEARRAY_NEW, &DECODE, &APPEND, &EXTEND]);
}
