//! Native (Rust) functions callable from Python: built-ins, methods of built-in types, and the
//! functions of native modules.

use crate::error::PyResult;
use crate::intern::Name;
use crate::value::Value;
use crate::vm::Vm;

/// A native function receives positional arguments (for a method, the receiver first) and
/// keyword arguments. Arguments stay on the VM stack during the call, so they are rooted.
pub type NativeFn = fn(&mut Vm, &[Value], &[(Name, Value)]) -> PyResult<Value>;

pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// Whether the function reads keyword arguments. One that does not refuses them with
    /// MicroPython's `TypeError: function doesn't take keyword arguments` (checked where a call
    /// passes any), so a misspelt or unsupported keyword is never silently ignored.
    pub kw: bool,
}

/// Declares a `static` native function table entry: `native!(NAME, "name", function)` for a
/// function that takes no keyword arguments, `native!(NAME, "name", function, kw)` for one that
/// reads them.
#[macro_export]
macro_rules! native {
    ($id:ident, $name:expr, $func:path) => {
        pub static $id: $crate::native::NativeFunction =
            $crate::native::NativeFunction { name: $name, func: $func, kw: false };
    };
    ($id:ident, $name:expr, $func:path, kw) => {
        pub static $id: $crate::native::NativeFunction =
            $crate::native::NativeFunction { name: $name, func: $func, kw: true };
    };
}
