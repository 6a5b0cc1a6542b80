//! `list` (docs: library/builtins.html#list, and the CPython list methods MicroPython has).

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::types::add_methods;
pub use crate::types::list_sort::sort_list;
use crate::value::Value;
use crate::vm::Vm;

/// The receiver of a list method: the list itself, or a list subclass instance's list.
pub fn self_list(vm: &mut Vm, args: &[Value]) -> PyResult<crate::heap::ObjRef> {
    let v = args.first().copied().unwrap_or(Value::None);
    let v = vm.builtin_base(v);
    match v.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::List(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.as_obj());
    if let Some(c) = cls.filter(|c| *c != vm.types.list) {
        // A subclass: list.__init__ fills it.
        return vm.new_object_instance(c);
    }
    let items = match args.get(1) {
        Some(v) => vm.iterate_to_vec(*v)?,
        None => Vec::new(),
    };
    vm.new_list(items)
}

fn list_init(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__init__", args, 1, 2)?;
    let r = self_list(vm, args)?;
    let items = match args.get(1) {
        Some(v) => vm.iterate_to_vec(*v)?,
        None => Vec::new(),
    };
    if let Object::List(l) = vm.heap.get_mut(r) {
        *l = items;
    }
    Ok(Value::None)
}
native!(LIST_INIT, "__init__", list_init);

fn append(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "append", args, 2, 2)?;
    // An exact list with room: the push alone (its measured size changes only when it grows).
    if let (Some(r), Some(&v)) = (args.first().and_then(|l| l.as_obj()), args.get(1)) {
        if let Object::List(l) = vm.heap.get_mut(r) {
            if l.len() < l.capacity() {
                l.push(v);
                return Ok(Value::None);
            }
        }
    }
    let r = self_list(vm, args)?;
    vm.list_append(Value::Obj(r), args[1])?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "extend", args, 2, 2)?;
    let r = self_list(vm, args)?;
    vm.list_extend(Value::Obj(r), args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "pop", args, 1, 2)?;
    let r = self_list(vm, args)?;
    let len = match vm.heap.get(r) {
        Object::List(l) => l.len(),
        _ => 0,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(i) => vm.seq_index(*i, len, "list")?,
        None => len - 1,
    };
    match vm.heap.get_mut(r) {
        Object::List(l) => Ok(l.remove(i)),
        _ => Ok(Value::None),
    }
}

fn insert(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "insert", args, 3, 3)?;
    let r = self_list(vm, args)?;
    let len = match vm.heap.get(r) {
        Object::List(l) => l.len() as i64,
        _ => 0,
    };
    let i = vm.index_value(args[1], "list")?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    if let Object::List(l) = vm.heap.get_mut(r) {
        l.insert(i, args[2]);
    }
    vm.heap.resize(r);
    Ok(Value::None)
}

/// The first position in `start..end` holding `x`. Items are read one at a time (no copy of the
/// list); `==` may run Python code that changes the list, and then the search sees the change,
/// as in CPython.
fn find_index(vm: &mut Vm, r: crate::heap::ObjRef, x: Value, start: usize, end: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let v = match vm.heap.get(r) {
            Object::List(l) if i < end.min(l.len()) => l[i],
            _ => return Ok(None),
        };
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "remove", args, 2, 2)?;
    let r = self_list(vm, args)?;
    match find_index(vm, r, args[1], 0, usize::MAX)? {
        Some(i) => {
            if let Object::List(l) = vm.heap.get_mut(r) {
                if i < l.len() {
                    l.remove(i);
                }
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("object not in sequence")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "index", args, 2, 4)?;
    let r = self_list(vm, args)?;
    let len = vm.list_items(Value::Obj(r)).len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match args.get(2) {
        Some(v) => norm(vm.index_value(*v, "start")?),
        None => 0,
    };
    let end = match args.get(3) {
        Some(v) => norm(vm.index_value(*v, "end")?),
        None => len as usize,
    };
    match find_index(vm, r, args[1], start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("object not in sequence")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "count", args, 2, 2)?;
    let seq = vm.builtin_base(args[0]);
    let seq = match seq.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(_)) => seq,
        _ => Value::Obj(self_list(vm, args)?),
    };
    let Some(r) = seq.as_obj() else { return Ok(Value::Int(0)) };
    let x = args[1];
    let mut n = 0;
    let mut i = 0;
    loop {
        // One item at a time, without copying the sequence (see `find_index`).
        let v = match vm.heap.get(r) {
            Object::List(l) => l.get(i).copied(),
            Object::Tuple(t) => t.get(i).copied(),
            _ => None,
        };
        let Some(v) = v else { break };
        if v.is(x) || vm.eq(v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let r = self_list(vm, args)?;
    if let Object::List(l) = vm.heap.get_mut(r) {
        l.reverse();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let r = self_list(vm, args)?;
    let items = match vm.heap.get(r) {
        Object::List(l) => l.clone(),
        _ => Vec::new(),
    };
    vm.new_list(items)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let r = self_list(vm, args)?;
    if let Object::List(l) = vm.heap.get_mut(r) {
        l.clear();
    }
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "sort", args, 1, 1)?;
    let r = self_list(vm, args)?;
    sort_list(vm, Value::Obj(r), kw)?;
    Ok(Value::None)
}

native!(LIST_NEW, "__new__", list_new);
native!(APPEND, "append", append);
native!(EXTEND, "extend", extend);
native!(POP, "pop", pop);
native!(INSERT, "insert", insert);
native!(REMOVE, "remove", remove);
native!(INDEX, "index", index);
native!(COUNT, "count", count);
native!(REVERSE, "reverse", reverse);
native!(COPY, "copy", copy);
native!(CLEAR, "clear", clear);
native!(SORT, "sort", sort, kw);

pub fn install(vm: &mut Vm) {
    let t = vm.types.list;
    add_methods(
        vm,
        t,
        &[
            &LIST_NEW, &LIST_INIT, &APPEND, &EXTEND, &POP, &INSERT, &REMOVE, &INDEX, &COUNT, &REVERSE, &COPY, &CLEAR,
            &SORT,
        ],
    );
}

pub use COUNT as LIST_COUNT;
