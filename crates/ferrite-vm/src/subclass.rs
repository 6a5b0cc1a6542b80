//! Instances of user classes derived from built-in types (`class S(str)`, `class P(tuple)`,
//! `class D(dict)`...).
//!
//! Such an instance is an ordinary `Instance` (so its class, attributes and attribute caches work
//! as for any user object) whose `base` holds a real built-in value: a str, an int, a list...
//! Built-in operations look for the user's special method first and, finding none (or only
//! `object`'s defaults), act on `base`: `len`, `+`, `==`, `hash`, indexing, iteration, `str()`,
//! formatting, `json.dumps`. The type's own methods unwrap their receiver the same way. Mutable
//! bases (list, dict, set, bytearray) are created empty with the instance and filled by the
//! type's `__init__`; immutable ones are made by the type's `__new__`, which wraps its result
//! here when called for a subclass.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The class a built-in type's `__new__` was called for, when that is a user subclass of
    /// `builtin` (the first argument of `__new__`); `None` for the type itself.
    pub(crate) fn subclass_arg(&self, args: &[Value], builtin: ObjRef) -> Option<ObjRef> {
        let cls = args.first()?.as_obj()?;
        if cls == builtin || !matches!(self.heap.get(cls), Object::Class(_)) {
            return None;
        }
        self.is_subclass(cls, builtin).then_some(cls)
    }

    /// An instance of `cls` carrying the built-in value `base` (what `__new__` of a built-in
    /// type returns for a subclass).
    pub(crate) fn wrap_in_subclass(&mut self, cls: ObjRef, base: Value) -> PyResult<Value> {
        self.root(base);
        let inst = self.new_object_instance(cls);
        self.temp_roots.pop();
        let inst = inst?;
        if let Some(Object::Instance(i)) = inst.as_obj().map(|r| self.heap.get_mut(r)) {
            i.base = base;
        }
        Ok(inst)
    }

    /// `v` as built by the type's `__new__` for `args[0]`: wrapped when that is a subclass.
    pub(crate) fn new_for_class(&mut self, args: &[Value], builtin: ObjRef, v: Value) -> PyResult<Value> {
        match self.subclass_arg(args, builtin) {
            Some(cls) => self.wrap_in_subclass(cls, v),
            None => Ok(v),
        }
    }

    /// The built-in value behind a subclass instance, if `v` is one (`None` for anything else,
    /// including plain built-in values).
    #[inline]
    pub(crate) fn subclass_base(&self, v: Value) -> Option<Value> {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(i)) if !i.base.is_none() => Some(i.base),
            _ => None,
        }
    }

    /// For an operator that found no user method on either side: the operands with subclass
    /// instances replaced by their built-in values, if either was one (so `S("a") + "b"` and
    /// `1 + I(2)` compute as the built-in values do).
    pub(crate) fn operand_bases(&self, a: Value, b: Value) -> Option<(Value, Value)> {
        let (ba, bb) = (self.subclass_base(a), self.subclass_base(b));
        if ba.is_none() && bb.is_none() {
            return None;
        }
        Some((ba.unwrap_or(a), bb.unwrap_or(b)))
    }
}
