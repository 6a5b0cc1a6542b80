//! The iterator classes `map`, `zip`, `filter`, `enumerate` and `reversed` (docs:
//! library/builtins.html): calling one makes the built-in iterator, or an instance carrying it
//! for a user subclass (`class M(map)`); every built-in iterator has `__next__` and `__iter__`.

use crate::builtins::{self, check_args};
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::native;
use crate::value::Value;
use crate::vm::Vm;

/// `__new__` of the iterator classes (`map`, `zip`, ...): the function's iterator, wrapped in
/// an instance when called for a user subclass (`class M(map)`).
fn iterator_class_new(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Name, Value)],
    f: &crate::native::NativeFunction,
    class: ObjRef,
) -> PyResult<Value> {
    let it = (f.func)(vm, args.get(1..).unwrap_or(&[]), kw)?;
    vm.new_for_class(args, class, it)
}
fn map_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let c = vm.types.map;
    iterator_class_new(vm, args, kw, &builtins::MAP, c)
}
fn zip_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let c = vm.types.zip;
    iterator_class_new(vm, args, kw, &builtins::ZIP, c)
}
fn filter_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let c = vm.types.filter;
    iterator_class_new(vm, args, kw, &builtins::FILTER, c)
}
fn enumerate_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let c = vm.types.enumerate;
    iterator_class_new(vm, args, kw, &builtins::ENUMERATE, c)
}
fn reversed_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let c = vm.types.reversed;
    iterator_class_new(vm, args, kw, &builtins::REVERSED, c)
}
/// `it.__next__()` and `it.__iter__()` of the iterator classes (for subclasses, the base
/// iterator's next item).
fn iterator_next(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__next__", args, 1, 1)?;
    let it = vm.subclass_base(args[0]).unwrap_or(args[0]);
    match vm.iter_next_raw(it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}
fn iterator_iter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__iter__", args, 1, 1)?;
    Ok(args[0])
}
native!(ITERATOR_NEXT, "__next__", iterator_next);
native!(ITERATOR_ITER, "__iter__", iterator_iter);
native!(MAP_NEW, "__new__", map_new);
native!(ZIP_NEW, "__new__", zip_new);
native!(FILTER_NEW, "__new__", filter_new);
native!(ENUMERATE_NEW, "__new__", enumerate_new, kw);
native!(REVERSED_NEW, "__new__", reversed_new);

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let news = [
        (t.map, &MAP_NEW),
        (t.zip, &ZIP_NEW),
        (t.filter, &FILTER_NEW),
        (t.enumerate, &ENUMERATE_NEW),
        (t.reversed, &REVERSED_NEW),
    ];
    let iterator = t.iterator;
    for (class, f) in news {
        crate::types::add_methods(vm, class, &[f, &ITERATOR_NEXT, &ITERATOR_ITER]);
    }
    crate::types::add_methods(vm, iterator, &[&ITERATOR_NEXT, &ITERATOR_ITER]);
}
