//! `dict` and its views (docs: library/builtins.html#dict).

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::object::{Iter, Object, ViewKind};
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

fn self_dict(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::None);
    let b = vm.builtin_base(v);
    match b.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Dict(_)) => Ok(b),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.as_obj());
    if let Some(c) = cls.filter(|c| *c != vm.types.dict) {
        // A subclass: dict.__init__ fills it.
        return vm.new_object_instance(c);
    }
    let d = vm.new_dict()?;
    vm.root(d);
    let r = fill(vm, d, args.get(1..).unwrap_or(&[]), kw);
    vm.temp_roots.pop();
    r.map(|_| d)
}

fn fill(vm: &mut Vm, d: Value, args: &[Value], kw: &[(Name, Value)]) -> PyResult<()> {
    if args.len() > 1 {
        return Err(vm.type_error("dict expected at most 1 argument"));
    }
    if let Some(src) = args.first() {
        vm.dict_update(d, *src, false)?;
    }
    for (n, v) in kw {
        let k = vm.name_value(*n)?;
        vm.dict_set(d, k, *v)?;
    }
    Ok(())
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    fill(vm, d, args.get(1..).unwrap_or(&[]), kw)?;
    Ok(Value::None)
}
native!(DICT_INIT, "__init__", dict_init, kw);

fn update(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    fill(vm, d, args.get(1..).unwrap_or(&[]), kw)?;
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "get", args, 2, 3)?;
    let d = self_dict(vm, args)?;
    Ok(vm.dict_get(d, args[1])?.unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "setdefault", args, 2, 3)?;
    let d = self_dict(vm, args)?;
    let default = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_setdefault(d, args[1], default)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "pop", args, 2, 3)?;
    let d = self_dict(vm, args)?;
    match vm.dict_remove(d, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(v) => Ok(*v),
            None => Err(vm.key_error(args[1])),
        },
    }
}

fn popitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let Some(r) = d.as_obj() else { return Ok(Value::None) };
    let (removed, owner) = match vm.heap.get_mut(r) {
        Object::Dict(dict) => match dict.last_index() {
            Some(i) => (dict.remove_at(i), dict.owner),
            None => (None, None),
        },
        _ => (None, None),
    };
    if let (Some((k, _)), Some(owner)) = (removed, owner) {
        vm.namespace_write(owner, k, None);
    }
    match removed {
        Some((k, v)) => vm.new_tuple(vec![k, v]),
        None => Err(vm.new_exception(crate::error::ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn view(vm: &mut Vm, args: &[Value], kind: ViewKind) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    vm.alloc(Object::DictView { dict: d, kind })
}
fn keys(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    view(vm, args, ViewKind::Keys)
}
fn values(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    view(vm, args, ViewKind::Values)
}
fn items(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    view(vm, args, ViewKind::Items)
}

fn clear(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let owner = match d.as_obj().map(|r| vm.heap.get_mut(r)) {
        Some(Object::Dict(dict)) => {
            dict.clear();
            dict.owner
        }
        _ => None,
    };
    if let Some(owner) = owner {
        vm.namespace_clear(owner);
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let d = self_dict(vm, args)?;
    let cloned = match d.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Dict(dict)) => {
            let mut c = (**dict).clone();
            c.owner = None;
            c
        }
        _ => crate::dict::Dict::new(),
    };
    vm.alloc(Object::Dict(Box::new(cloned)))
}

fn fromkeys(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "fromkeys", args, 2, 3)?;
    let keys = vm.iterate_to_vec(args[1])?;
    let v = args.get(2).copied().unwrap_or(Value::None);
    let d = vm.new_dict()?;
    vm.root(d);
    for k in keys {
        vm.dict_set(d, k, v)?;
    }
    vm.temp_roots.pop();
    Ok(d)
}

fn dict_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    let d = self_dict(vm, args)?;
    vm.get_item(d, args[1])
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__setitem__", args, 3, 3)?;
    let d = self_dict(vm, args)?;
    vm.dict_set(d, args[1], args[2])?;
    Ok(Value::None)
}

fn dict_contains(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__contains__", args, 2, 2)?;
    let d = self_dict(vm, args)?;
    Ok(Value::Bool(vm.dict_get(d, args[1])?.is_some()))
}

native!(DICT_NEW, "__new__", dict_new, kw);
native!(UPDATE, "update", update, kw);
native!(GET, "get", get);
native!(SETDEFAULT, "setdefault", setdefault);
native!(POP, "pop", pop);
native!(POPITEM, "popitem", popitem);
native!(KEYS, "keys", keys);
native!(VALUES, "values", values);
native!(ITEMS, "items", items);
native!(CLEAR, "clear", clear);
native!(COPY, "copy", copy);
native!(FROMKEYS, "fromkeys", fromkeys);
native!(DICT_GETITEM, "__getitem__", dict_getitem);
native!(DICT_SETITEM, "__setitem__", dict_setitem);
native!(DICT_CONTAINS, "__contains__", dict_contains);

impl Vm {
    /// Iterating a dict view.
    pub(crate) fn view_iter(&mut self, dict: Value, kind: ViewKind) -> PyResult<Value> {
        let Some(d) = self.builtin_base(dict).as_obj() else { return Err(self.type_error("bad view")) };
        let len = self.dict_len(Value::Obj(d));
        let it = match kind {
            ViewKind::Keys => Iter::DictKeys { dict: d, index: 0, len },
            ViewKind::Values => Iter::DictValues { dict: d, index: 0, len },
            ViewKind::Items => Iter::DictItems { dict: d, index: 0, len },
        };
        self.new_iterator(it)
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.dict;
    add_methods(
        vm,
        t,
        &[
            &DICT_NEW,
            &DICT_INIT,
            &UPDATE,
            &GET,
            &SETDEFAULT,
            &POP,
            &POPITEM,
            &KEYS,
            &VALUES,
            &ITEMS,
            &CLEAR,
            &COPY,
            &DICT_GETITEM,
            &DICT_SETITEM,
            &DICT_CONTAINS,
        ],
    );
    if let Ok(f) = vm.alloc(Object::Native(&FROMKEYS)) {
        if let Ok(cm) = vm.alloc(Object::ClassMethod(f)) {
            crate::types::set_class_attr(vm, t, "fromkeys", cm);
        }
    }
}
