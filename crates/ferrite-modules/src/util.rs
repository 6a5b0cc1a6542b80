//! Small helpers shared by the module files: adding functions and values to a module.

use ferrite_vm::native::NativeFunction;
use ferrite_vm::object::Object;
use ferrite_vm::{ObjRef, PyResult, Value, Vm};

pub fn add_functions(vm: &mut Vm, module: ObjRef, funcs: &[&'static NativeFunction]) -> PyResult<()> {
    for f in funcs {
        let v = vm.alloc(Object::Native(f))?;
        let n = vm.intern(f.name);
        vm.module_set(module, n, v);
    }
    Ok(())
}

pub fn set(vm: &mut Vm, module: ObjRef, name: &str, v: Value) {
    let n = vm.intern(name);
    vm.module_set(module, n, v);
}
