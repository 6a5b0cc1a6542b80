//! The container-protocol special methods of the built-in types, callable by name:
//! `d.__delitem__(k)`, `s.__contains__(x)`, `list.__len__(l)`, `super().__getitem__(i)` in a
//! subclass. Each applies the operator itself to the built-in value, so a subclass that
//! overrides the method and calls up to the type does not recurse into its own override.
//! MicroPython's tests call these (`dict_specialmeth.py`, `set_specialmeth.py`).

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::value::Value;
use crate::vm::Vm;

/// The receiver as the built-in value it is or wraps (a subclass instance's base).
fn receiver(vm: &Vm, args: &[Value]) -> Value {
    vm.builtin_base(args.first().copied().unwrap_or(Value::None))
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__len__", args, 1, 1)?;
    let v = receiver(vm, args);
    let n = vm.len(v)?;
    Ok(Value::Int(n as i64))
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__contains__", args, 2, 2)?;
    let v = receiver(vm, args);
    vm.contains(v, args[1]).map(Value::Bool)
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    let v = receiver(vm, args);
    vm.get_item(v, args[1])
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__setitem__", args, 3, 3)?;
    let v = receiver(vm, args);
    vm.set_item(v, args[1], args[2])?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__delitem__", args, 2, 2)?;
    let v = receiver(vm, args);
    vm.del_item(v, args[1])?;
    Ok(Value::None)
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__iter__", args, 1, 1)?;
    let v = receiver(vm, args);
    vm.get_iter(v)
}

/// `it.__next__()` on a built-in iterator (range, list, zip, map ... iterators).
fn dunder_next(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__next__", args, 1, 1)?;
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

native!(NEXT, "__next__", dunder_next);
native!(LEN, "__len__", dunder_len);
native!(CONTAINS, "__contains__", dunder_contains);
native!(GETITEM, "__getitem__", dunder_getitem);
native!(SETITEM, "__setitem__", dunder_setitem);
native!(DELITEM, "__delitem__", dunder_delitem);
native!(ITER, "__iter__", dunder_iter);

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (seqs, mutables, sets) =
        ([t.tuple, t.str_, t.bytes, t.range], [t.list, t.dict, t.bytearray], [t.set, t.frozenset]);
    let read_only: &[&'static crate::native::NativeFunction] = &[&LEN, &CONTAINS, &GETITEM, &ITER];
    let mutable: &[&'static crate::native::NativeFunction] = &[&LEN, &CONTAINS, &GETITEM, &SETITEM, &DELITEM, &ITER];
    for class in seqs {
        crate::types::add_missing_methods(vm, class, read_only);
    }
    for class in mutables {
        crate::types::add_missing_methods(vm, class, mutable);
    }
    for class in sets {
        crate::types::add_missing_methods(vm, class, &[&LEN, &CONTAINS, &ITER]);
    }
    let iterator = vm.types.iterator;
    crate::types::add_missing_methods(vm, iterator, &[&ITER, &NEXT]);
}
