//! `object`, `type`, `property`, `classmethod`, `staticmethod`, `range` and `slice`: the
//! built-in classes that are mostly constructors.

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::{Object, Range};
use crate::types::{add_methods, set_class_attr};
use crate::value::Value;
use crate::vm::Vm;

fn object_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(class) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    vm.new_object_instance(class)
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__setattr__", args, 3, 3)?;
    let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let n = vm.intern(&name);
    vm.instance_store(args[0], n, args[2])?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__delattr__", args, 2, 2)?;
    let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let n = vm.intern(&name);
    let removed = match args[0].as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Instance(_)) => vm.instance_attr_remove(r, n),
        _ => None,
    };
    if removed.is_none() {
        return Err(vm.attribute_error(args[0], &name));
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__getattribute__", args, 2, 2)?;
    let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let n = vm.intern(&name);
    vm.get_attr(args[0], n)
}

/// A value of a built-in data type (number, str, bytes, container, range, slice): `object`'s
/// `__eq__`, `__hash__`, `__repr__` and `__format__` called on one by name (`'x'.__hash__()`,
/// `(1).__repr__()`) answer as the type's own would. The VM's `repr`, `hash` and `eq` of these
/// never look up special methods, so delegating to them cannot come back here.
fn plain_builtin(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => matches!(
            vm.heap.get(r),
            Object::Str(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::BigInt(_)
                | Object::Complex(..)
                | Object::Tuple(_)
                | Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::FrozenSet(_)
                | Object::Range(_)
                | Object::Slice(..)
        ),
        _ => true,
    }
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__hash__", args, 1, 1)?;
    if plain_builtin(vm, args[0]) {
        return Ok(Value::Int(vm.hash(args[0])? as i64));
    }
    // A subclass of a built-in type (`super().__hash__()` in `class S(str)`): its value's hash.
    if let Some(base) = vm.subclass_base(args[0]) {
        return Ok(Value::Int(vm.hash(base)? as i64));
    }
    let h = match args[0] {
        Value::Obj(r) => ((r.index as i64) << 4) ^ r.generation as i64,
        v => vm.hash(v)? as i64,
    };
    Ok(Value::Int(h))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__eq__", args, 2, 2)?;
    if args[0].is(args[1]) {
        return Ok(Value::Bool(true));
    }
    // A subclass of a built-in type compares as its value (`super().__eq__(other)`).
    // A user object on the other side gets its reflected `__eq__` tried, as with `str.__eq__`.
    let plain_user = |vm: &Vm, v: Value| {
        vm.subclass_base(v).is_none() && matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_)))
    };
    if let Some(base) = vm.subclass_base(args[0]).filter(|_| !plain_user(vm, args[1])) {
        let other = vm.builtin_base(args[1]);
        return Ok(Value::Bool(vm.eq(base, other)?));
    }
    // Anything else on the other side (an instance, a subclass of a built-in type too, or a
    // native module's object) gets its own `__eq__` tried, which may be an override.
    if plain_builtin(vm, args[0]) && plain_builtin(vm, args[1]) {
        if vm.eq(args[0], args[1])? {
            return Ok(Value::Bool(true));
        }
        // Values of unrelated types are left to the other side (`[1].__eq__(1)`).
        let numeric = |vm: &Vm, v: Value| {
            vm.is_int(v)
                || matches!(v, Value::Float(_))
                || matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Complex(..)))
        };
        let related = vm.type_of(args[0]) == vm.type_of(args[1]) || (numeric(vm, args[0]) && numeric(vm, args[1]));
        return Ok(if related { Value::Bool(false) } else { vm.not_implemented });
    }
    Ok(vm.not_implemented)
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__ne__", args, 2, 2)?;
    // A subclass of a built-in type inherits the type's `!=`, which compares values even when
    // the subclass overrides `__eq__` (as `str.__ne__` does).
    if let Some(base) = vm.subclass_base(args[0]) {
        let other = vm.builtin_base(args[1]);
        return Ok(Value::Bool(!vm.eq(base, other)?));
    }
    if plain_builtin(vm, args[0]) && plain_builtin(vm, args[1]) {
        return Ok(Value::Bool(!vm.eq(args[0], args[1])?));
    }
    let eq = vm.n.__eq__;
    match vm.call_special(args[0], eq, &[args[1]])? {
        Some(v) if !v.is(vm.not_implemented) => Ok(Value::Bool(!vm.truthy(v)?)),
        _ => Ok(vm.not_implemented),
    }
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    if let Some(base) = vm.subclass_base(args[0]) {
        let s = vm.repr(base)?;
        return vm.new_string(s);
    }
    if plain_builtin(vm, args[0]) {
        let s = vm.repr(args[0])?;
        return vm.new_string(s);
    }
    let class = vm.type_of(args[0]);
    let name = vm.class_qualname(class);
    let addr = args[0].as_obj().map_or(0, |r| 0x7f00_0000_0000u64 + r.index as u64 * 32);
    vm.new_string(format!("<{name} object at 0x{addr:x}>"))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__str__", args, 1, 1)?;
    let v = vm.builtin_base(args[0]);
    let s = if v.is(args[0]) { vm.repr(v)? } else { vm.to_str(v)? };
    vm.new_string(s)
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__format__", args, 2, 2)?;
    let spec = vm.str_ref(args[1]).unwrap_or("").to_string();
    // An empty spec is `str(x)` (a subclass's `__str__` runs, as with `int.__format__`).
    let base = vm.builtin_base(args[0]);
    if !spec.is_empty() && plain_builtin(vm, base) {
        let s = vm.format(base, &spec)?;
        return vm.new_string(s);
    }
    if !spec.is_empty() {
        return Err(vm.type_error("unsupported format string passed to object.__format__"));
    }
    let s = vm.to_str(args[0])?;
    vm.new_string(s)
}

fn type_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    // type.__new__(metacls, name, bases, dict) or type(x) handled by the caller.
    match args.len() {
        2 => Ok(Value::Obj(vm.type_of(args[1]))),
        4 => {
            let Some(name) = vm.str_ref(args[1]).map(|s| s.to_string()) else {
                return Err(vm.type_error("type() argument 1 must be str"));
            };
            let bases = vm.tuple_items(args[2]);
            let meta = args[0].as_obj().filter(|r| matches!(vm.heap.get(*r), Object::Class(_)));
            vm.make_class_kw(&name, &bases, args[3], meta, kw)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_call(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    vm.type_call(args, kw)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "mro", args, 1, 1)?;
    let mro = match args[0].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Class(c)) => c.mro.iter().map(|r| Value::Obj(*r)).collect(),
        _ => Vec::new(),
    };
    vm.new_list(mro)
}

fn property_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let get = |i: usize, name: &str, vm: &Vm| {
        args.get(i + 1).copied().or_else(|| crate::builtins::kwarg(vm, kw, name)).unwrap_or(Value::None)
    };
    let (getter, setter, deleter) = (get(0, "fget", vm), get(1, "fset", vm), get(2, "fdel", vm));
    vm.alloc(Object::Property { getter, setter, deleter })
}

fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    check_args(vm, "property", args, 2, 2)?;
    let Some(Object::Property { getter, setter, deleter }) = args[0].as_obj().map(|r| vm.heap.get(r)) else {
        return Err(vm.type_error("expected property"));
    };
    let (mut g, mut s, mut d) = (*getter, *setter, *deleter);
    match which {
        0 => g = args[1],
        1 => s = args[1],
        _ => d = args[1],
    }
    vm.alloc(Object::Property { getter: g, setter: s, deleter: d })
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    property_with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    property_with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "classmethod", args, 2, 2)?;
    vm.alloc(Object::ClassMethod(args[1]))
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "staticmethod", args, 2, 2)?;
    vm.alloc(Object::StaticMethod(args[1]))
}

fn range_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    // `range(0, end=1)` must not quietly become `range(0)`.
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let args = args.get(1..).unwrap_or(&[]);
    let mut ints = [0i64; 3];
    for (i, a) in args.iter().enumerate().take(3) {
        ints[i] = vm.index_value(*a, "range")?;
    }
    let r = match args.len() {
        1 => Range { start: 0, stop: ints[0], step: 1 },
        2 => Range { start: ints[0], stop: ints[1], step: 1 },
        3 => {
            if ints[2] == 0 {
                return Err(vm.value_error("zero step"));
            }
            Range { start: ints[0], stop: ints[1], step: ints[2] }
        }
        _ => return Err(vm.type_error("range expected 1 to 3 arguments")),
    };
    vm.alloc(Object::Range(r))
}

fn range_attr(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let Some(Object::Range(r)) = args.first().and_then(|a| a.as_obj()).map(|r| vm.heap.get(r)) else {
        return Err(vm.type_error("expected range"));
    };
    Ok(Value::Int(match which {
        0 => r.start,
        1 => r.stop,
        _ => r.step,
    }))
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "count", args, 2, 2)?;
    Ok(Value::Int(vm.contains(args[0], args[1])? as i64))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "index", args, 2, 2)?;
    let Some(Object::Range(r)) = args[0].as_obj().map(|r| vm.heap.get(r)) else {
        return Err(vm.type_error("expected range"));
    };
    let r = *r;
    if vm.contains(args[0], args[1])? {
        if let Value::Int(i) = args[1] {
            return Ok(Value::Int((i - r.start) / r.step));
        }
    }
    Err(vm.value_error("object not in sequence"))
}

fn slice_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let a = args.get(1..).unwrap_or(&[]);
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0], Value::None),
        2 => (a[0], a[1], Value::None),
        3 => (a[0], a[1], a[2]),
        _ => return Err(vm.type_error("slice expected 1 to 3 arguments")),
    };
    vm.alloc(Object::Slice(start, stop, step))
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "indices", args, 2, 2)?;
    let n = vm.index_value(args[1], "length")?.max(0) as usize;
    let s = vm.slice_indices(args[0], n)?;
    vm.new_tuple(vec![Value::Int(s.start), Value::Int(s.stop), Value::Int(s.step)])
}

fn nonetype_new(_vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

native!(OBJECT_NEW, "__new__", object_new);
native!(OBJECT_INIT, "__init__", object_init);
native!(OBJECT_SETATTR, "__setattr__", object_setattr);
native!(OBJECT_DELATTR, "__delattr__", object_delattr);
native!(OBJECT_GETATTRIBUTE, "__getattribute__", object_getattribute);
native!(OBJECT_HASH, "__hash__", object_hash);
native!(OBJECT_EQ, "__eq__", object_eq);
native!(OBJECT_NE, "__ne__", object_ne);
native!(OBJECT_REPR, "__repr__", object_repr);
native!(OBJECT_STR, "__str__", object_str);
native!(OBJECT_FORMAT, "__format__", object_format);
native!(OBJECT_INIT_SUBCLASS, "__init_subclass__", object_init_subclass);
native!(TYPE_NEW, "__new__", type_new, kw);
native!(TYPE_CALL, "__call__", type_call, kw);
native!(TYPE_MRO, "mro", type_mro);
native!(PROPERTY_NEW, "__new__", property_new, kw);
native!(PROPERTY_GETTER, "getter", property_getter);
native!(PROPERTY_SETTER, "setter", property_setter);
native!(PROPERTY_DELETER, "deleter", property_deleter);
native!(CLASSMETHOD_NEW, "__new__", classmethod_new);
native!(STATICMETHOD_NEW, "__new__", staticmethod_new);
native!(RANGE_NEW, "__new__", range_new, kw);
native!(RANGE_COUNT, "count", range_count);
native!(RANGE_INDEX, "index", range_index);
native!(SLICE_NEW, "__new__", slice_new);
native!(SLICE_INDICES, "indices", slice_indices);
native!(NONETYPE_NEW, "__new__", nonetype_new);

fn range_start(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    range_attr(vm, args, 0)
}
fn range_stop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    range_attr(vm, args, 1)
}
fn range_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    range_attr(vm, args, 2)
}
native!(RANGE_START, "start", range_start);

fn slice_part(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    match args.first().and_then(|a| a.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Object::Slice(a, b, c)) => Ok([*a, *b, *c][which]),
        _ => Err(vm.type_error("expected slice")),
    }
}
fn slice_start(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    slice_part(vm, args, 0)
}
fn slice_stop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    slice_part(vm, args, 1)
}
fn slice_step(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    slice_part(vm, args, 2)
}
native!(SLICE_START, "start", slice_start);
native!(SLICE_STOP, "stop", slice_stop);
native!(SLICE_STEP, "step", slice_step);
native!(RANGE_STOP, "stop", range_stop);
native!(RANGE_STEP, "step", range_step);

/// Installs a native getter as a read-only property.
pub fn add_getter(vm: &mut Vm, class: crate::heap::ObjRef, f: &'static native::NativeFunction) {
    let Ok(getter) = vm.alloc(Object::Native(f)) else { return };
    let Ok(prop) = vm.alloc(Object::Property { getter, setter: Value::None, deleter: Value::None }) else { return };
    set_class_attr(vm, class, f.name, prop);
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.object;
    add_methods(
        vm,
        t,
        &[
            &OBJECT_NEW,
            &OBJECT_INIT,
            &OBJECT_SETATTR,
            &OBJECT_DELATTR,
            &OBJECT_GETATTRIBUTE,
            &OBJECT_HASH,
            &OBJECT_EQ,
            &OBJECT_NE,
            &OBJECT_REPR,
            &OBJECT_STR,
            &OBJECT_FORMAT,
            &OBJECT_INIT_SUBCLASS,
        ],
    );
    let lookup = |vm: &mut Vm, name: &str| {
        let n = vm.intern(name);
        vm.class_lookup(t, n).unwrap_or(Value::None)
    };
    vm.object_new = lookup(vm, "__new__");
    vm.object_init = lookup(vm, "__init__");
    vm.object_setattr = lookup(vm, "__setattr__");
    vm.object_hash = lookup(vm, "__hash__");
    vm.object_eq = lookup(vm, "__eq__");
    // __init_subclass__ is implicitly a classmethod.
    let f = lookup(vm, "__init_subclass__");
    if let Ok(cm) = vm.alloc(Object::ClassMethod(f)) {
        set_class_attr(vm, t, "__init_subclass__", cm);
    }
    let ty = vm.types.type_;
    add_methods(vm, ty, &[&TYPE_NEW, &TYPE_CALL, &TYPE_MRO]);
    let p = vm.types.property;
    add_methods(vm, p, &[&PROPERTY_NEW, &PROPERTY_GETTER, &PROPERTY_SETTER, &PROPERTY_DELETER]);
    let c = vm.types.classmethod;
    add_methods(vm, c, &[&CLASSMETHOD_NEW]);
    let s = vm.types.staticmethod;
    add_methods(vm, s, &[&STATICMETHOD_NEW]);
    let r = vm.types.range;
    add_methods(vm, r, &[&RANGE_NEW, &RANGE_COUNT, &RANGE_INDEX]);
    add_getter(vm, r, &RANGE_START);
    add_getter(vm, r, &RANGE_STOP);
    add_getter(vm, r, &RANGE_STEP);
    let sl = vm.types.slice;
    add_methods(vm, sl, &[&SLICE_NEW, &SLICE_INDICES]);
    add_getter(vm, sl, &SLICE_START);
    add_getter(vm, sl, &SLICE_STOP);
    add_getter(vm, sl, &SLICE_STEP);
    let nt = vm.types.none_type;
    add_methods(vm, nt, &[&NONETYPE_NEW]);
}
