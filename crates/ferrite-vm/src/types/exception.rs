//! `BaseException` and its subclasses' shared constructor and methods.

use crate::error::PyResult;
use crate::intern::Name;
use crate::native;
use crate::types::add_methods;
use crate::value::Value;
use crate::vm::Vm;

/// Exceptions are made even while the heap is locked (`Vm::with_emergency_heap`).
fn exc_new(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    vm.with_emergency_heap(|vm| exc_new_in_heap(vm, args, kw))
}

fn exc_new_in_heap(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(class) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("BaseException.__new__: not a type"));
    };
    let inst = vm.new_object_instance(class)?;
    vm.root(inst);
    let t = vm.new_tuple(args[1..].to_vec());
    vm.temp_roots.pop();
    let t = t?;
    if let Some(d) = vm.exc_data_mut(inst) {
        d.args = t;
    }
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(&inst) = args.first() else { return Ok(Value::None) };
    // `E(x)` runs `__new__` then `__init__` with the same arguments: `__new__` already made
    // this args tuple, so raising in a loop does not build it twice.
    let same = vm.exc_data_mut(inst).map(|d| d.args).is_some_and(|t| match t.as_obj().map(|r| vm.heap.get(r)) {
        Some(crate::object::Object::Tuple(items)) => {
            items.len() == args.len() - 1 && items.iter().zip(&args[1..]).all(|(a, b)| a.is(*b))
        }
        _ => false,
    });
    if same {
        return Ok(Value::None);
    }
    let t = vm.with_emergency_heap(|vm| vm.new_tuple(args[1..].to_vec()))?;
    if let Some(d) = vm.exc_data_mut(inst) {
        d.args = t;
    }
    Ok(Value::None)
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let _ = vm;
    Ok(args.first().copied().unwrap_or(Value::None))
}

fn exc_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__setattr__", args, 3, 3)?;
    let name = vm.str_ref(args[1]).unwrap_or("").to_string();
    let v = args[2];
    match name.as_str() {
        "args" => {
            let items = vm.iterate_to_vec(v)?;
            let t = vm.new_tuple(items)?;
            if let Some(d) = vm.exc_data_mut(args[0]) {
                d.args = t;
            }
        }
        "__cause__" => {
            if let Some(d) = vm.exc_data_mut(args[0]) {
                d.cause = v;
                d.suppress_context = true;
            }
        }
        "__context__" => {
            if let Some(d) = vm.exc_data_mut(args[0]) {
                d.context = v;
            }
        }
        "__suppress_context__" => {
            let b = vm.truthy(v)?;
            if let Some(d) = vm.exc_data_mut(args[0]) {
                d.suppress_context = b;
            }
        }
        "__traceback__" => {}
        _ => {
            let n = vm.intern(&name);
            if let Some(r) = args[0].as_obj() {
                vm.instance_attr_insert(r, n, v);
            }
        }
    }
    Ok(Value::None)
}

native!(EXC_NEW, "__new__", exc_new);
native!(EXC_INIT, "__init__", exc_init);
native!(EXC_WITH_TRACEBACK, "with_traceback", exc_with_traceback);
native!(EXC_SETATTR, "__setattr__", exc_setattr);
native!(EXC_STR, "__str__", exc_str);

/// `BaseException.__str__`, so that a subclass's `__str__` can call `super().__str__()`.
fn exc_str(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    let Some(&exc) = args.first() else { return Err(vm.type_error("__str__ needs an exception")) };
    let s = vm.exception_str(exc)?;
    vm.new_string(s)
}

pub fn install(vm: &mut Vm) {
    let base = vm.types.exc(crate::error::ExcKind::BaseException);
    add_methods(vm, base, &[&EXC_NEW, &EXC_INIT, &EXC_WITH_TRACEBACK, &EXC_SETATTR, &EXC_STR]);
}
