//! `collections.deque` (docs: library/collections.html#collections.deque): a native
//! double-ended queue on a `VecDeque`.
//!
//! Follows MicroPython's constructor `deque(iterable, maxlen[, flags])` and CPython's
//! `deque(iterable=(), maxlen=None)`: maxlen may be omitted (unbounded) or given by keyword.
//! When a bounded deque is full, adding discards from the other end; with `flags & 1`
//! (MicroPython's overflow check) it raises IndexError instead. Beyond MicroPython's
//! append/appendleft/pop/popleft/extend, this has CPython's extendleft, clear, copy, count,
//! index, remove, reverse, rotate, `maxlen`, `==`, `in` and the CPython repr. Iterating works on
//! a snapshot, so mutating a deque while iterating over it does not raise RuntimeError as in
//! CPython.

use std::collections::VecDeque;

use ferrite_vm::builtins::{check_args, check_kwargs, kwarg};
use ferrite_vm::native::NativeFunction;
use ferrite_vm::types::object::add_getter;
use ferrite_vm::{native, Name, ObjRef, PyResult, Value, Vm};

use crate::util::set;

struct Deque {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
    /// MicroPython's `flags & 1`: raise IndexError instead of discarding when full.
    check_overflow: bool,
}
ferrite_vm::native_data!(Deque, |d, out| out.extend(d.items.iter().copied()));

/// Runs `f` on the deque payload of `v`; TypeError when `v` is not a deque.
fn with<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Deque) -> R) -> PyResult<R> {
    if let Some(d) = vm.data_mut::<Deque>(v) {
        return Ok(f(d));
    }
    Err(vm.type_error("deque expected"))
}

/// What adding one item to a deque did.
enum Added {
    Ok,
    Full,
}

impl Deque {
    fn push(&mut self, v: Value, left: bool) -> Added {
        if let Some(max) = self.maxlen {
            if self.items.len() >= max {
                if self.check_overflow {
                    return Added::Full;
                }
                if max == 0 {
                    return Added::Ok;
                }
                if left {
                    self.items.pop_back();
                } else {
                    self.items.pop_front();
                }
            }
        }
        if left {
            self.items.push_front(v);
        } else {
            self.items.push_back(v);
        }
        Added::Ok
    }
}

fn push(vm: &mut Vm, dq: Value, v: Value, left: bool) -> PyResult<()> {
    match with(vm, dq, |d| d.push(v, left))? {
        Added::Ok => Ok(()),
        Added::Full => Err(vm.index_error("full")),
    }
}

/// A non-negative int argument, or None.
fn maxlen_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v, "maxlen")?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

fn new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "deque", args, 1, 4)?;
    check_kwargs(vm, kw, &["iterable", "maxlen"])?;
    let Some(cls) = args[0].as_obj() else { return Err(vm.type_error("class expected")) };
    let iterable = args.get(1).copied().or_else(|| kwarg(vm, kw, "iterable"));
    let maxlen = args.get(2).copied().or_else(|| kwarg(vm, kw, "maxlen"));
    let maxlen = maxlen_arg(vm, maxlen)?;
    let flags = match args.get(3) {
        Some(f) => vm.index_value(*f, "flags")?,
        None => 0,
    };
    let items = match iterable {
        Some(it) if !it.is_none() => vm.iterate_to_vec(it)?,
        _ => Vec::new(),
    };
    let mut d = Deque { items: VecDeque::new(), maxlen, check_overflow: flags & 1 != 0 };
    for v in items {
        if let Added::Full = d.push(v, false) {
            return Err(vm.index_error("full"));
        }
    }
    vm.new_data(cls, Box::new(d))
}

fn append(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "append", args, 2, 2)?;
    push(vm, args[0], args[1], false)?;
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "appendleft", args, 2, 2)?;
    push(vm, args[0], args[1], true)?;
    Ok(Value::None)
}

fn extend_side(vm: &mut Vm, args: &[Value], left: bool) -> PyResult<Value> {
    check_args(vm, "extend", args, 2, 2)?;
    // Collect first: `d.extend(d)` must see the deque as it was.
    let items = vm.iterate_to_vec(args[1])?;
    for v in items {
        push(vm, args[0], v, left)?;
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    extend_side(vm, args, false)
}

fn extendleft(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    extend_side(vm, args, true)
}

fn pop_side(vm: &mut Vm, args: &[Value], left: bool) -> PyResult<Value> {
    check_args(vm, "pop", args, 1, 1)?;
    let v = with(vm, args[0], |d| if left { d.items.pop_front() } else { d.items.pop_back() })?;
    match v {
        Some(v) => Ok(v),
        // MicroPython's wording (CPython: "pop from an empty deque").
        None => Err(vm.index_error("empty")),
    }
}

fn pop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pop_side(vm, args, false)
}

fn popleft(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    pop_side(vm, args, true)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "clear", args, 1, 1)?;
    with(vm, args[0], |d| d.items.clear())?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "copy", args, 1, 1)?;
    let d =
        with(vm, args[0], |d| Deque { items: d.items.clone(), maxlen: d.maxlen, check_overflow: d.check_overflow })?;
    let cls = vm.type_of(args[0]);
    vm.new_data(cls, Box::new(d))
}

/// The items as they are now; comparisons call back into Python, which may change the deque.
fn snapshot(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    with(vm, v, |d| d.items.iter().copied().collect())
}

fn count(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "count", args, 2, 2)?;
    let mut n = 0;
    for v in snapshot(vm, args[0])? {
        if v.is(args[1]) || vm.eq(v, args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn find(vm: &mut Vm, dq: Value, x: Value) -> PyResult<Option<usize>> {
    for (i, v) in snapshot(vm, dq)?.into_iter().enumerate() {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn index(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "index", args, 2, 2)?;
    match find(vm, args[0], args[1])? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(args[1])?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn remove(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "remove", args, 2, 2)?;
    match find(vm, args[0], args[1])? {
        Some(i) => {
            with(vm, args[0], |d| d.items.remove(i))?;
            Ok(Value::None)
        }
        None => Err(vm.value_error("deque.remove(x): x not in deque")),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "reverse", args, 1, 1)?;
    with(vm, args[0], |d| d.items.make_contiguous().reverse())?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "rotate", args, 1, 2)?;
    let n = match args.get(1) {
        Some(v) => vm.index_value(*v, "rotate")?,
        None => 1,
    };
    with(vm, args[0], |d| {
        let len = d.items.len() as i64;
        if len > 0 {
            let k = n.rem_euclid(len) as usize;
            d.items.rotate_right(k);
        }
    })?;
    Ok(Value::None)
}

fn maxlen(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "maxlen", args, 1, 1)?;
    let m = with(vm, args[0], |d| d.maxlen)?;
    Ok(m.map_or(Value::None, |m| Value::Int(m as i64)))
}

fn len(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__len__", args, 1, 1)?;
    let n = with(vm, args[0], |d| d.items.len())?;
    Ok(Value::Int(n as i64))
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__bool__", args, 1, 1)?;
    Ok(Value::Bool(with(vm, args[0], |d| !d.items.is_empty())?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__iter__", args, 1, 1)?;
    let items = snapshot(vm, args[0])?;
    let list = vm.new_list(items)?;
    vm.get_iter(list)
}

/// A deque position from an index argument; IndexError when out of range.
fn position(vm: &mut Vm, dq: Value, index: Value) -> PyResult<usize> {
    let n = with(vm, dq, |d| d.items.len())?;
    let i = vm.index_value(index, "deque")?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    let i = position(vm, args[0], args[1])?;
    match with(vm, args[0], |d| d.items.get(i).copied())? {
        Some(v) => Ok(v),
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__setitem__", args, 3, 3)?;
    let i = position(vm, args[0], args[1])?;
    let v = args[2];
    with(vm, args[0], |d| {
        if let Some(slot) = d.items.get_mut(i) {
            *slot = v;
        }
    })?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__delitem__", args, 2, 2)?;
    let i = position(vm, args[0], args[1])?;
    with(vm, args[0], |d| d.items.remove(i))?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__contains__", args, 2, 2)?;
    Ok(Value::Bool(find(vm, args[0], args[1])?.is_some()))
}

fn eq(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__eq__", args, 2, 2)?;
    if vm.data::<Deque>(args[1]).is_none() {
        return Ok(vm.not_implemented);
    }
    let a = snapshot(vm, args[0])?;
    let b = snapshot(vm, args[1])?;
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    for (x, y) in a.into_iter().zip(b) {
        if !x.is(y) && !vm.eq(x, y)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Deques are mutable, so unhashable. (A native `__hash__` that raises, because the VM hashes a
/// native object whose class sets `__hash__ = None` by identity.)
fn hash(vm: &mut Vm, _args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    Err(vm.type_error("unhashable type: 'deque'"))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let items = snapshot(vm, args[0])?;
    let max = with(vm, args[0], |d| d.maxlen)?;
    let list = vm.new_list(items)?;
    let mut s = format!("deque({}", vm.repr(list)?);
    if let Some(m) = max {
        s.push_str(&format!(", maxlen={m}"));
    }
    s.push(')');
    vm.new_string(s)
}

native!(NEW, "__new__", new, kw);
native!(APPEND, "append", append);
native!(APPENDLEFT, "appendleft", appendleft);
native!(EXTEND, "extend", extend);
native!(EXTENDLEFT, "extendleft", extendleft);
native!(POP, "pop", pop);
native!(POPLEFT, "popleft", popleft);
native!(CLEAR, "clear", clear);
native!(COPY, "copy", copy);
native!(COUNT, "count", count);
native!(INDEX, "index", index);
native!(REMOVE, "remove", remove);
native!(REVERSE, "reverse", reverse);
native!(ROTATE, "rotate", rotate);
native!(MAXLEN, "maxlen", maxlen);
native!(LEN, "__len__", len);
native!(BOOL, "__bool__", bool_);
native!(ITER, "__iter__", iter);
native!(GETITEM, "__getitem__", getitem);
native!(SETITEM, "__setitem__", setitem);
native!(DELITEM, "__delitem__", delitem);
native!(CONTAINS, "__contains__", contains);
native!(EQ, "__eq__", eq);
native!(REPR, "__repr__", repr);
native!(HASH, "__hash__", hash);

static METHODS: &[&NativeFunction] = &[
    &NEW,
    &APPEND,
    &APPENDLEFT,
    &EXTEND,
    &EXTENDLEFT,
    &POP,
    &POPLEFT,
    &CLEAR,
    &COPY,
    &COUNT,
    &INDEX,
    &REMOVE,
    &REVERSE,
    &ROTATE,
    &LEN,
    &BOOL,
    &ITER,
    &GETITEM,
    &SETITEM,
    &DELITEM,
    &CONTAINS,
    &EQ,
    &REPR,
    &HASH,
];

pub(super) fn install(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let cls = vm.new_native_class("deque", &[], METHODS)?;
    add_getter(vm, cls, &MAXLEN);
    set(vm, m, "deque", Value::Obj(cls));
    Ok(())
}
