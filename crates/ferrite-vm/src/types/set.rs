//! `set` and `frozenset` (docs: library/builtins.html#set).

use crate::builtins::check_args;
use crate::dict::Dict;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::ops::BinOp;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

/// `set(x)`/`frozenset(x)`; for a subclass, an instance of it carrying the set (`subclass.rs`).
fn set_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.as_obj());
    let frozen = cls.is_some_and(|c| vm.is_subclass(c, vm.types.frozenset));
    let s = if frozen { vm.alloc(Object::FrozenSet(Box::new(Dict::new())))? } else { vm.new_set_value()? };
    if let Some(src) = args.get(1) {
        vm.root(s);
        let r = vm.set_update(s, *src);
        vm.temp_roots.pop();
        r?;
    }
    let builtin = if frozen { vm.types.frozenset } else { vm.types.set };
    vm.new_for_class(args, builtin, s)
}

fn add(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "add", args, 2, 2)?;
    vm.set_add(args[0], args[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "remove", args, 2, 2)?;
    if !vm.set_remove(args[0], args[1])? {
        return Err(vm.key_error(args[1]));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "discard", args, 2, 2)?;
    vm.set_remove(args[0], args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let keys = vm.set_keys(args[0]);
    match keys.first() {
        Some(k) => {
            vm.set_remove(args[0], *k)?;
            Ok(*k)
        }
        None => Err(vm.new_exception(crate::error::ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    if let Some(Object::Set(d)) = args[0].as_obj().map(|r| vm.heap.get_mut(r)) {
        d.clear();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let (d, frozen) = match args[0].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Set(d)) => ((**d).clone(), false),
        Some(Object::FrozenSet(d)) => ((**d).clone(), true),
        _ => return Err(vm.type_error("expected set")),
    };
    vm.alloc(if frozen { Object::FrozenSet(Box::new(d)) } else { Object::Set(Box::new(d)) })
}

/// Converts any iterable argument to a set for the named set operations.
fn as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if vm.is_set_like(v) {
        return Ok(v);
    }
    let s = vm.new_set_value()?;
    vm.root(s);
    let r = vm.set_update(s, v);
    vm.temp_roots.pop();
    r.map(|_| s)
}

fn algebra(vm: &mut Vm, args: &[Value], op: BinOp, inplace: bool) -> PyResult<Value> {
    let mut acc = args[0];
    if !inplace {
        acc = copy(vm, &[acc], &[])?;
    }
    vm.root(acc);
    for other in args.get(1..).unwrap_or(&[]) {
        let o = as_set(vm, *other)?;
        acc = crate::ops::seq::set_inplace(vm, op, acc, o)?;
    }
    vm.temp_roots.pop();
    Ok(if inplace { Value::None } else { acc })
}

fn union(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    algebra(vm, args, BinOp::BitOr, false)
}
fn intersection(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    algebra(vm, args, BinOp::BitAnd, false)
}
fn difference(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    algebra(vm, args, BinOp::Sub, false)
}
fn symmetric_difference(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    algebra(vm, args, BinOp::BitXor, false)
}
fn update(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    algebra(vm, args, BinOp::BitOr, true)
}
fn intersection_update(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    algebra(vm, args, BinOp::BitAnd, true)
}
fn difference_update(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    algebra(vm, args, BinOp::Sub, true)
}
fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    algebra(vm, args, BinOp::BitXor, true)
}

fn relation(vm: &mut Vm, args: &[Value], which: u8) -> PyResult<Value> {
    check_args(vm, "issubset", args, 2, 2)?;
    let other = as_set(vm, args[1])?;
    let (a, b) = if which == 1 { (other, args[0]) } else { (args[0], other) };
    if which == 2 {
        for k in vm.set_keys(a) {
            if vm.set_contains(b, k)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    for k in vm.set_keys(a) {
        if !vm.set_contains(b, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn issubset(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    relation(vm, args, 0)
}
fn issuperset(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    relation(vm, args, 1)
}
fn isdisjoint(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    relation(vm, args, 2)
}

native!(SET_NEW, "__new__", set_new);
native!(ADD, "add", add);
native!(REMOVE, "remove", remove);
native!(DISCARD, "discard", discard);
native!(POP, "pop", pop);
native!(CLEAR, "clear", clear);
native!(COPY, "copy", copy);
native!(UNION, "union", union);
native!(INTERSECTION, "intersection", intersection);
native!(DIFFERENCE, "difference", difference);
native!(SYMMETRIC_DIFFERENCE, "symmetric_difference", symmetric_difference);
native!(UPDATE, "update", update);
native!(INTERSECTION_UPDATE, "intersection_update", intersection_update);
native!(DIFFERENCE_UPDATE, "difference_update", difference_update);
native!(SYMMETRIC_DIFFERENCE_UPDATE, "symmetric_difference_update", symmetric_difference_update);
native!(ISSUBSET, "issubset", issubset);
native!(ISSUPERSET, "issuperset", issuperset);
native!(ISDISJOINT, "isdisjoint", isdisjoint);

pub fn install(vm: &mut Vm) {
    let common: &[&'static native::NativeFunction] = &[
        &SET_NEW,
        &COPY,
        &UNION,
        &INTERSECTION,
        &DIFFERENCE,
        &SYMMETRIC_DIFFERENCE,
        &ISSUBSET,
        &ISSUPERSET,
        &ISDISJOINT,
    ];
    let s = vm.types.set;
    add_methods(vm, s, common);
    add_methods(
        vm,
        s,
        &[
            &ADD,
            &REMOVE,
            &DISCARD,
            &POP,
            &CLEAR,
            &UPDATE,
            &INTERSECTION_UPDATE,
            &DIFFERENCE_UPDATE,
            &SYMMETRIC_DIFFERENCE_UPDATE,
        ],
    );
    let f = vm.types.frozenset;
    add_methods(vm, f, common);
}
