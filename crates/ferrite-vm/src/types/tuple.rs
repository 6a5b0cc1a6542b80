//! `tuple` (docs: library/builtins.html#tuple).

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    if let Some(c) = vm.subclass_arg(args, vm.types.tuple) {
        let items = match args.get(1) {
            Some(v) => vm.iterate_to_vec(*v)?,
            None => Vec::new(),
        };
        let t = vm.new_tuple(items)?;
        return vm.wrap_in_subclass(c, t);
    }
    match args.get(1) {
        Some(v) => {
            if matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(crate::object::Object::Tuple(_))) {
                return Ok(*v);
            }
            let items = vm.iterate_to_vec(*v)?;
            vm.new_tuple(items)
        }
        None => Ok(vm.empty_tuple),
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "index", args, 2, 4)?;
    let items = vm.tuple_items(args[0]);
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match args.get(2) {
        Some(v) => norm(vm.index_value(*v, "start")?),
        None => 0,
    };
    let end = match args.get(3) {
        Some(v) => norm(vm.index_value(*v, "end")?),
        None => len as usize,
    };
    for (i, v) in items.iter().enumerate().take(end).skip(start) {
        if v.is(args[1]) || vm.eq(*v, args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("object not in sequence"))
}

native!(TUPLE_NEW, "__new__", tuple_new);
native!(INDEX, "index", index);

pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple;
    add_methods(vm, t, &[&TUPLE_NEW, &INDEX, &crate::types::list::LIST_COUNT]);
}
