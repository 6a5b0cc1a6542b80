//! MicroPython's attrtuple: a tuple whose items are also read as named attributes and which
//! prints as `(name=value, ...)`. `sys.implementation` and `os.uname()` are attrtuples, so
//! `len`, indexing, iteration, `==` and `"%s" % t` work on them as on a tuple.

use crate::builtins::check_args;
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::native;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A class `name` deriving from tuple whose instances name their items `fields`, in order.
    pub fn new_attrtuple_class(&mut self, name: &str, fields: &[&str]) -> PyResult<ObjRef> {
        let tuple = self.types.tuple;
        let class = self.new_native_class(name, &[tuple], &[&GETATTR, &REPR])?;
        let mut names = Vec::with_capacity(fields.len());
        for f in fields {
            names.push(self.new_str(f)?);
        }
        let fv = self.new_tuple(names)?;
        let key = self.intern("_fields");
        if let Object::Class(c) = self.heap.get_mut(class) {
            c.dict.insert(key, fv);
        }
        self.refresh_class_flags(class);
        Ok(class)
    }

    /// An instance of an attrtuple class holding `values` (one per field).
    pub fn new_attrtuple(&mut self, class: ObjRef, values: Vec<Value>) -> PyResult<Value> {
        let t = self.new_tuple(values)?;
        self.root(t);
        let r = self.wrap_in_subclass(class, t);
        self.temp_roots.pop();
        r
    }

    /// The field names and items of an attrtuple instance.
    fn attrtuple_parts(&mut self, v: Value) -> PyResult<(Vec<Value>, Vec<Value>)> {
        let class = self.type_of(v);
        let key = self.intern("_fields");
        let fields = match self.class_lookup(class, key) {
            Some(f) => self.tuple_items(f),
            None => Vec::new(),
        };
        let base = self.builtin_base(v);
        Ok((fields, self.tuple_items(base)))
    }
}

fn attrtuple_getattr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__getattr__", args, 2, 2)?;
    let (fields, items) = vm.attrtuple_parts(args[0])?;
    let want = vm.str_ref(args[1]).map(str::to_string).unwrap_or_default();
    let pos = fields.iter().position(|f| vm.str_ref(*f) == Some(want.as_str()));
    match pos.and_then(|i| items.get(i)) {
        Some(v) => Ok(*v),
        None => Err(vm.attribute_error(args[0], &want)),
    }
}

fn attrtuple_repr(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "__repr__", args, 1, 1)?;
    let (fields, items) = vm.attrtuple_parts(args[0])?;
    let mut parts = Vec::with_capacity(items.len());
    for (f, v) in fields.iter().zip(&items) {
        let name = vm.str_ref(*f).unwrap_or("").to_string();
        let r = vm.repr(*v)?;
        parts.push(format!("{name}={r}"));
    }
    vm.new_string(format!("({})", parts.join(", ")))
}

native!(GETATTR, "__getattr__", attrtuple_getattr);
native!(REPR, "__repr__", attrtuple_repr);
