//! Attribute access: instances, classes, modules, built-in types, `super`, descriptors
//! (property, classmethod, staticmethod) and the `__getattr__`/`__setattr__` hooks; and name
//! lookup for globals and class bodies.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The plain Python function `name` defined by the class of instance `obj`, taking exactly
    /// (self, other): operators call it as a frame.
    #[inline]
    pub(crate) fn python_dunder(&self, obj: Value, name: Name) -> Option<ObjRef> {
        let Value::Obj(r) = obj else { return None };
        let Object::Instance(inst) = self.heap.get(r) else { return None };
        let f = self.class_lookup(inst.class, name)?.as_obj()?;
        match self.heap.get(f) {
            Object::Function(func) if func.code_rc.fast_call && func.code_rc.code.argcount == 2 => Some(f),
            _ => None,
        }
    }

    pub(crate) fn compare_dunder_name(&self, op: ferrite_compiler::bytecode::CmpOp) -> Option<Name> {
        use ferrite_compiler::bytecode::CmpOp;
        Some(match op {
            CmpOp::Eq => self.n.__eq__,
            CmpOp::NotEq => self.n.__ne__,
            CmpOp::Lt => self.n.__lt__,
            CmpOp::LtE => self.n.__le__,
            CmpOp::Gt => self.n.__gt__,
            CmpOp::GtE => self.n.__ge__,
            _ => return None,
        })
    }

    /// Finds `name` along the MRO of `class`.
    #[inline]
    pub fn class_lookup(&self, class: ObjRef, name: Name) -> Option<Value> {
        let Object::Class(c) = self.heap.get(class) else { return None };
        if let Some(v) = c.dict.get(name) {
            return Some(v);
        }
        if c.mro.len() <= 1 {
            return None;
        }
        if let Ok(cache) = c.lookup_cache.try_borrow() {
            if cache.0 == self.class_epoch {
                if let Some(v) = cache.1.get(&name) {
                    return *v;
                }
            }
        }
        let mut found = None;
        for &k in c.mro.iter().skip(1) {
            if let Object::Class(kc) = self.heap.get(k) {
                if let Some(v) = kc.dict.get(name) {
                    found = Some(v);
                    break;
                }
            }
        }
        if let Ok(mut cache) = c.lookup_cache.try_borrow_mut() {
            if cache.0 != self.class_epoch {
                cache.1.clear();
                cache.0 = self.class_epoch;
            }
            cache.1.insert(name, found);
        }
        found
    }

    /// Looks up a special method on the type of `obj` (never on the instance, as Python does).
    pub fn lookup_special(&mut self, obj: Value, name: Name) -> Option<Value> {
        let class = self.type_of(obj);
        let f = self.class_lookup(class, name)?;
        self.bind(f, obj, class).ok()
    }

    /// Calls special method `name` of `obj`'s type if it has one: `Ok(None)` when it has not.
    pub fn call_special(&mut self, obj: Value, name: Name, args: &[Value]) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let Some(f) = self.class_lookup(class, name) else { return Ok(None) };
        match f.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Function(_)) | Some(Object::Native(_)) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj);
                all.extend_from_slice(args);
                self.call(f, &all).map(Some)
            }
            _ => {
                let bound = self.bind(f, obj, class)?;
                self.call(bound, args).map(Some)
            }
        }
    }

    /// Applies the descriptor protocol to a class attribute found for `obj`.
    pub(crate) fn bind(&mut self, attr: Value, obj: Value, class: ObjRef) -> PyResult<Value> {
        let Some(r) = attr.as_obj() else { return Ok(attr) };
        match self.heap.get(r) {
            Object::Function(_) | Object::Native(_) => self.alloc(Object::BoundMethod { func: attr, receiver: obj }),
            Object::ClassMethod(f) => {
                let f = *f;
                self.alloc(Object::BoundMethod { func: f, receiver: Value::Obj(class) })
            }
            Object::StaticMethod(f) => Ok(*f),
            Object::Property { getter, .. } => {
                let g = *getter;
                if g.is_none() {
                    return Err(self.new_exception(crate::error::ExcKind::AttributeError, "unreadable attribute"));
                }
                self.call(g, &[obj])
            }
            Object::Instance(_) => {
                // A user descriptor with __get__.
                let get = self.n.__get__;
                match self.call_special(attr, get, &[obj, Value::Obj(class)])? {
                    Some(v) => Ok(v),
                    None => Ok(attr),
                }
            }
            _ => Ok(attr),
        }
    }

    pub(crate) fn is_data_descriptor(&self, attr: Value) -> bool {
        match attr.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Property { .. }) => true,
            Some(Object::Instance(i)) => {
                let set = self.n.__set__;
                self.class_lookup(i.class, set).is_some()
            }
            _ => false,
        }
    }

    pub fn get_attr(&mut self, obj: Value, name: Name) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                let s = self.name_str(name).to_string();
                Err(self.attribute_error(obj, &s))
            }
        }
    }

    /// `getattr` without raising AttributeError for a missing name (`hasattr`, `getattr` with a
    /// default, and internal probes).
    pub fn get_attr_opt(&mut self, obj: Value, name: Name) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Object::Instance(inst) => {
                    let class = inst.class;
                    let own = inst.attrs.get(name);
                    if let Some(v) = own {
                        if self.class_flags(class).plain_getattr {
                            return Ok(Some(v));
                        }
                    }
                    let class_attr = self.class_lookup(class, name);
                    if let Some(a) = class_attr {
                        if self.is_data_descriptor(a) {
                            return self.bind(a, obj, class).map(Some);
                        }
                    }
                    if let Some(v) = own {
                        return Ok(Some(v));
                    }
                    if let Some(v) = self.instance_builtin_attr(obj, name)? {
                        return Ok(Some(v));
                    }
                    if let Some(a) = class_attr {
                        return self.bind(a, obj, class).map(Some);
                    }
                    let getattr = self.n.__getattr__;
                    if let Some(f) = self.class_lookup(class, getattr) {
                        let s = self.name_str(name).to_string();
                        let sv = self.new_string(s)?;
                        return self.call(f, &[obj, sv]).map(Some);
                    }
                    return Ok(None);
                }
                Object::Class(_) => return self.class_attr(r, name),
                Object::Module(m) => {
                    if let Some(v) = m.globals.get(name) {
                        return Ok(Some(v));
                    }
                    let hook = m.globals.get(self.n.__getattr__);
                    if name == self.n.__dict__ {
                        return self.module_dict(r).map(Some);
                    }
                    if name == self.n.__class__ {
                        return Ok(Some(Value::Obj(self.types.module)));
                    }
                    return match hook {
                        Some(f) => self.module_getattr(f, name).map(Some),
                        None => Ok(None),
                    };
                }
                Object::Super { class, receiver } => {
                    let (class, receiver) = (*class, *receiver);
                    return self.super_attr(class, receiver, name);
                }
                Object::Data(d) => {
                    if let Some(v) = d.attrs.get(name) {
                        return Ok(Some(v));
                    }
                    if name == self.n.__class__ {
                        return Ok(Some(Value::Obj(d.class)));
                    }
                }
                _ => {
                    if let Some(v) = self.builtin_object_attr(obj, name)? {
                        return Ok(Some(v));
                    }
                }
            }
        }
        let class = self.type_of(obj);
        match self.class_lookup(class, name) {
            Some(a) => self.bind(a, obj, class).map(Some),
            // Every value's type, `(1).__class__` and `[].__class__` included.
            None if name == self.n.__class__ => Ok(Some(Value::Obj(class))),
            None => Ok(None),
        }
    }

    /// A module's own `__getattr__(name)`, called for a name the module lacks (PEP 562).
    #[inline(never)]
    fn module_getattr(&mut self, f: Value, name: Name) -> PyResult<Value> {
        let s = self.name_str(name).to_string();
        let sv = self.new_string(s)?;
        self.call(f, &[sv])
    }

    fn class_attr(&mut self, class: ObjRef, name: Name) -> PyResult<Option<Value>> {
        if let Some(a) = self.class_lookup(class, name) {
            let Some(r) = a.as_obj() else { return Ok(Some(a)) };
            return match self.heap.get(r) {
                Object::ClassMethod(f) => {
                    let f = *f;
                    self.alloc(Object::BoundMethod { func: f, receiver: Value::Obj(class) }).map(Some)
                }
                Object::StaticMethod(f) => Ok(Some(*f)),
                Object::Instance(_) => self.class_descriptor_get(a, class).map(Some),
                _ => Ok(Some(a)),
            };
        }
        let n = &self.n;
        let Object::Class(c) = self.heap.get(class) else { return Ok(None) };
        if name == n.__name__ {
            let s = self.name_str(c.name).to_string();
            return self.new_string(s).map(Some);
        }
        if name == n.__qualname__ {
            let s = c.qualname.to_string();
            return self.new_string(s).map(Some);
        }
        if name == n.__bases__ {
            let b: Vec<Value> = c.bases.iter().map(|r| Value::Obj(*r)).collect();
            return self.new_tuple(b).map(Some);
        }
        if name == n.__mro__ {
            let b: Vec<Value> = c.mro.iter().map(|r| Value::Obj(*r)).collect();
            return self.new_tuple(b).map(Some);
        }
        if name == n.__dict__ {
            let entries: Vec<(Name, Value)> = c.dict.iter().collect();
            return self.namemap_to_dict(&entries).map(Some);
        }
        if name == n.__class__ {
            return Ok(Some(Value::Obj(self.type_of(Value::Obj(class)))));
        }
        // Methods and properties of the metaclass: `type` itself (mro, __subclasses__...) or a
        // user subclass of it.
        let t = c.meta.unwrap_or(self.types.type_);
        if let Some(a) = self.class_lookup(t, name) {
            return self.bind(a, Value::Obj(class), t).map(Some);
        }
        Ok(None)
    }

    /// A user descriptor found through its class: `C.d` is `d.__get__(None, C)`, as in CPython
    /// (a descriptor's usual `if obj is None: return self` then gives the descriptor back).
    #[inline(never)]
    fn class_descriptor_get(&mut self, d: Value, class: ObjRef) -> PyResult<Value> {
        let get = self.n.__get__;
        let dclass = self.type_of(d);
        match self.class_lookup(dclass, get) {
            Some(f) => self.call(f, &[d, Value::None, Value::Obj(class)]),
            None => Ok(d),
        }
    }

    /// What `super(class, receiver).name` finds: the attribute from the first class after
    /// `class` in the receiver's MRO that has it, and the class the receiver is seen as.
    fn super_lookup(&self, class: ObjRef, receiver: Value, name: Name) -> Option<(Value, ObjRef)> {
        // A class receiver is seen as itself (`super()` in a classmethod or `__new__`), unless
        // `class` is not among its bases: then it is an instance of a metaclass deriving from
        // `class` (`super().__init__(...)` in a metaclass's `__init__`).
        let recv_class = match receiver.as_obj().map(|r| (r, self.heap.get(r))) {
            Some((r, Object::Class(c))) if c.mro.contains(&class) => r,
            _ => self.type_of(receiver),
        };
        let Object::Class(c) = self.heap.get(recv_class) else { return None };
        let start = c.mro.iter().position(|k| *k == class).map_or(c.mro.len(), |i| i + 1);
        c.mro[start..].iter().find_map(|&k| match self.heap.get(k) {
            Object::Class(kc) => kc.dict.get(name).map(|a| (a, recv_class)),
            _ => None,
        })
    }

    fn super_attr(&mut self, class: ObjRef, receiver: Value, name: Name) -> PyResult<Option<Value>> {
        let Some((a, recv_class)) = self.super_lookup(class, receiver, name) else { return Ok(None) };
        if receiver.as_obj() == Some(recv_class) {
            // Unbound, as through the class: `super().__new__(cls, ...)` in a `__new__`.
            if let Some(Object::Function(_) | Object::Native(_)) = a.as_obj().map(|r| self.heap.get(r)) {
                return Ok(Some(a));
            }
        }
        self.bind(a, receiver, recv_class).map(Some)
    }

    pub fn set_attr(&mut self, obj: Value, name: Name, v: Value) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let s = self.name_str(name).to_string();
            return Err(self.attribute_error(obj, &s));
        };
        match self.heap.get(r) {
            Object::Instance(inst) => {
                let class = inst.class;
                if class == self.types.object {
                    // A bare `object()` has no attribute dict (CPython and MicroPython).
                    let s = self.name_str(name).to_string();
                    return Err(self.attribute_error(obj, &s));
                }
                if self.class_flags(class).plain_setattr {
                    if name == self.n.__class__ || name == self.n.__dict__ {
                        return self.instance_store(obj, name, v);
                    }
                    self.instance_attr_insert(r, name, v);
                    return Ok(());
                }
                let setattr = self.n.__setattr__;
                if let Some(f) = self.class_lookup(class, setattr) {
                    if f != self.object_setattr {
                        let s = self.name_str(name).to_string();
                        let sv = self.new_string(s)?;
                        self.call(f, &[obj, sv, v])?;
                        return Ok(());
                    }
                }
                if let Some(a) = self.class_lookup(class, name) {
                    if let Some(Object::Property { setter, .. }) = a.as_obj().map(|r| self.heap.get(r)) {
                        let s = *setter;
                        if s.is_none() {
                            return Err(
                                self.new_exception(crate::error::ExcKind::AttributeError, "can't set attribute")
                            );
                        }
                        self.call(s, &[obj, v])?;
                        return Ok(());
                    }
                    if self.is_data_descriptor(a) {
                        let set = self.n.__set__;
                        self.call_special(a, set, &[obj, v])?;
                        return Ok(());
                    }
                }
                self.instance_store(obj, name, v)
            }
            Object::Class(c) => {
                if c.flags.builtin || r == self.types.object {
                    // Built-in types are shared by every program on the VM and their methods
                    // are cached natively: CPython raises TypeError, MicroPython AttributeError.
                    let tn = self.name_str(c.name).to_string();
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{tn}'",
                        self.name_str(name)
                    )));
                }
                let v = self.class_member(name, v)?;
                if let Object::Class(c) = self.heap.get_mut(r) {
                    c.dict.insert(name, v);
                    c.version = c.version.wrapping_add(1);
                }
                self.class_epoch = self.class_epoch.wrapping_add(1);
                Ok(())
            }
            Object::Module(_) => {
                self.module_set(r, name, v);
                Ok(())
            }
            Object::Function(_) => {
                // A function's module is fixed when it is made, as in CPython.
                if name == self.n.__globals__ {
                    return Err(self.new_exception(crate::error::ExcKind::AttributeError, "readonly attribute"));
                }
                if let Object::Function(f) = self.heap.get_mut(r) {
                    f.attrs.insert(name, v);
                }
                Ok(())
            }
            Object::Data(d) => {
                let class = d.class;
                if let Some(a) = self.class_lookup(class, name) {
                    if let Some(Object::Property { setter, .. }) = a.as_obj().map(|r| self.heap.get(r)) {
                        let s = *setter;
                        if !s.is_none() {
                            self.call(s, &[obj, v])?;
                            return Ok(());
                        }
                    }
                }
                if let Object::Data(d) = self.heap.get_mut(r) {
                    d.attrs.insert(name, v);
                }
                Ok(())
            }
            _ => {
                let s = self.name_str(name).to_string();
                Err(self.attribute_error(obj, &s))
            }
        }
    }

    /// Stores into an instance's own attributes (object.__setattr__), honouring `__slots__`.
    pub(crate) fn instance_store(&mut self, obj: Value, name: Name, v: Value) -> PyResult<()> {
        let Some(r) = obj.as_obj() else { return Ok(()) };
        let class = match self.heap.get(r) {
            Object::Instance(i) => i.class,
            _ => {
                let s = self.name_str(name).to_string();
                return Err(self.attribute_error(obj, &s));
            }
        };
        if name == self.n.__class__ {
            return self.assign_class(r, v);
        }
        if self.class_has_slots(class) && !self.slot_allowed(class, name) {
            let s = self.name_str(name).to_string();
            return Err(self.attribute_error(obj, &s));
        }
        if name == self.n.__dict__ {
            return self.set_instance_dict(r, v);
        }
        self.instance_attr_insert(r, name, v);
        Ok(())
    }

    pub fn del_attr(&mut self, obj: Value, name: Name) -> PyResult<()> {
        let Value::Obj(r) = obj else {
            let s = self.name_str(name).to_string();
            return Err(self.attribute_error(obj, &s));
        };
        match self.heap.get(r) {
            Object::Instance(inst) => {
                let class = inst.class;
                let delattr = self.n.__delattr__;
                let default_delattr = self.class_lookup(self.types.object, delattr);
                if let Some(f) = self.class_lookup(class, delattr).filter(|f| Some(*f) != default_delattr) {
                    let s = self.name_str(name).to_string();
                    let sv = self.new_string(s)?;
                    self.call(f, &[obj, sv])?;
                    return Ok(());
                }
                if let Some(a) = self.class_lookup(class, name) {
                    if let Some(Object::Property { deleter, .. }) = a.as_obj().map(|r| self.heap.get(r)) {
                        let d = *deleter;
                        if !d.is_none() {
                            self.call(d, &[obj])?;
                            return Ok(());
                        }
                    }
                    // A user descriptor in the class decides what `del obj.name` means.
                    if let Some(Object::Instance(di)) = a.as_obj().map(|r| self.heap.get(r)) {
                        let delete = self.n.__delete__;
                        if self.class_lookup(di.class, delete).is_some() {
                            self.call_special(a, delete, &[obj])?;
                            return Ok(());
                        }
                    }
                }
                let removed = self.instance_attr_remove(r, name);
                if removed.is_none() {
                    let s = self.name_str(name).to_string();
                    return Err(self.attribute_error(obj, &s));
                }
                Ok(())
            }
            Object::Class(c) => {
                // As for stores: a built-in type's methods cannot be removed.
                if c.flags.builtin || r == self.types.object {
                    let tn = self.name_str(c.name).to_string();
                    return Err(self.type_error(format!(
                        "cannot delete '{}' attribute of immutable type '{tn}'",
                        self.name_str(name)
                    )));
                }
                let removed = match self.heap.get_mut(r) {
                    Object::Class(c) => c.dict.remove(name),
                    _ => None,
                };
                self.class_epoch = self.class_epoch.wrapping_add(1);
                if removed.is_none() {
                    let s = self.name_str(name).to_string();
                    return Err(self.attribute_error(obj, &s));
                }
                Ok(())
            }
            Object::Module(_) => {
                self.module_remove(r, name);
                Ok(())
            }
            _ => {
                let s = self.name_str(name).to_string();
                Err(self.attribute_error(obj, &s))
            }
        }
    }

    /// For `LoadMethod`: a plain function found on the class comes back unbound with its
    /// receiver, saving the bound-method allocation; anything else is the attribute itself.
    pub(crate) fn load_method(&mut self, obj: Value, name: Name) -> PyResult<(Value, Value)> {
        // `super().m(...)` on an instance: the function and the receiver, no bound method.
        if let Some(Object::Super { class, receiver }) = obj.as_obj().map(|r| self.heap.get(r)) {
            let (class, receiver) = (*class, *receiver);
            let on_instance = !matches!(receiver.as_obj().map(|r| self.heap.get(r)), Some(Object::Class(_)));
            if on_instance && name != self.n.__new__ {
                if let Some((f, _)) = self.super_lookup(class, receiver, name) {
                    if matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::Function(_) | Object::Native(_))) {
                        return Ok((f, receiver));
                    }
                }
            }
        }
        let class = self.type_of(obj);
        let is_instance = matches!(obj.as_obj().map(|r| self.heap.get(r)), Some(Object::Instance(_)));
        let plain_receiver = match obj.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(i)) => !i.attrs.contains(name),
            Some(Object::Data(d)) => !d.attrs.contains(name),
            Some(Object::Class(_)) | Some(Object::Module(_)) | Some(Object::Super { .. }) => false,
            _ => true,
        };
        if plain_receiver {
            if let Some(f) = self.class_lookup(class, name) {
                match f.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::Function(_)) | Some(Object::Native(_)) => return Ok((f, obj)),
                    _ => {
                        if !is_instance {
                            let v = self.bind(f, obj, class)?;
                            return Ok((v, Value::Unbound));
                        }
                    }
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((v, Value::Unbound))
    }

    // ---- globals and names

    /// `LoadGlobal` through the code object's cache for this name.
    #[inline]
    pub(crate) fn global_cached(
        &self,
        cache: &std::cell::Cell<crate::object::GlobalCache>,
        module: ObjRef,
        name: Name,
    ) -> Option<Value> {
        let Object::Module(m) = self.heap.get(module) else { return None };
        let c = cache.get();
        if c.module == Some(module) {
            // A module global is read at its remembered position, checked against the name (no
            // shape needed); a builtin holds while the module has not gained a name since.
            if !c.in_builtins {
                if let Some(v) = m.globals.get_at(c.position as usize, name) {
                    return Some(v);
                }
            } else if c.module_shape == m.globals.shape() {
                if let Object::Module(b) = self.heap.get(self.builtins) {
                    if let Some(v) = b.globals.get_at(c.position as usize, name) {
                        return Some(v);
                    }
                }
            }
        }
        let Object::Module(b) = self.heap.get(self.builtins) else { return None };
        let (position, in_builtins) = match m.globals.position_of(name) {
            Some(i) => (i, false),
            None => (b.globals.position_of(name)?, true),
        };
        cache.set(crate::object::GlobalCache {
            module: Some(module),
            module_shape: m.globals.shape(),
            position: position as u32,
            in_builtins,
        });
        if in_builtins {
            b.globals.value_at(position)
        } else {
            m.globals.value_at(position)
        }
    }

    /// Globals then builtins, without building an error.
    #[inline]
    pub(crate) fn global_fast(&self, module: ObjRef, name: Name) -> Option<Value> {
        if let Object::Module(m) = self.heap.get(module) {
            if let Some(v) = m.globals.get(name) {
                return Some(v);
            }
        }
        if let Object::Module(b) = self.heap.get(self.builtins) {
            return b.globals.get(name);
        }
        None
    }

    pub(crate) fn load_global(&mut self, module: Option<ObjRef>, name: Name) -> PyResult<Value> {
        if let Some(m) = module {
            if let Object::Module(module) = self.heap.get(m) {
                if let Some(v) = module.globals.get(name) {
                    return Ok(v);
                }
            }
        }
        if let Object::Module(b) = self.heap.get(self.builtins) {
            if let Some(v) = b.globals.get(name) {
                return Ok(v);
            }
        }
        let s = self.name_str(name).to_string();
        Err(self.name_error(&s))
    }

    pub fn module_set(&mut self, m: ObjRef, name: Name, v: Value) {
        let mirror = match self.heap.get_mut(m) {
            Object::Module(module) => {
                module.globals.insert(name, v);
                module.mirror
            }
            _ => None,
        };
        if let Some(d) = mirror {
            self.mirror_write(d, name, Some(v));
        }
    }

    /// Removes a global (also from the `globals()` dict); false if it was not there.
    pub fn module_remove(&mut self, m: ObjRef, name: Name) -> bool {
        let (removed, mirror) = match self.heap.get_mut(m) {
            Object::Module(module) => (module.globals.remove(name).is_some(), module.mirror),
            _ => (false, None),
        };
        if let Some(d) = mirror {
            self.mirror_write(d, name, None);
        }
        removed
    }

    pub fn module_get(&self, m: ObjRef, name: Name) -> Option<Value> {
        match self.heap.get(m) {
            Object::Module(module) => module.globals.get(name),
            _ => None,
        }
    }

    pub(crate) fn load_name(&mut self, name: Name) -> PyResult<Value> {
        if let Some(d) = self.frames.last().and_then(|f| f.locals_dict()) {
            let key = self.name_value(name)?;
            if let Some(v) = self.dict_get(Value::Obj(d), key)? {
                return Ok(v);
            }
        }
        let module = self.frames.last().map(|f| f.module);
        self.load_global(module, name)
    }

    pub(crate) fn store_name(&mut self, name: Name, v: Value) -> PyResult<()> {
        match self.frames.last().and_then(|f| f.locals_dict()) {
            Some(d) => {
                let key = self.name_value(name)?;
                self.dict_set(Value::Obj(d), key, v)
            }
            None => {
                if let Some(m) = self.frames.last().map(|f| f.module) {
                    self.module_set(m, name, v);
                }
                Ok(())
            }
        }
    }

    pub(crate) fn delete_name(&mut self, name: Name) -> PyResult<()> {
        match self.frames.last().and_then(|f| f.locals_dict()) {
            Some(d) => {
                let key = self.name_value(name)?;
                if self.dict_remove(Value::Obj(d), key)?.is_none() {
                    let s = self.name_str(name).to_string();
                    return Err(self.name_error(&s));
                }
                Ok(())
            }
            None => {
                if let Some(m) = self.frames.last().map(|f| f.module) {
                    if self.module_remove(m, name) {
                        return Ok(());
                    }
                }
                let s = self.name_str(name).to_string();
                Err(self.name_error(&s))
            }
        }
    }

    /// A str value for an interned name.
    pub fn name_value(&mut self, name: Name) -> PyResult<Value> {
        let s = self.name_str(name).to_string();
        self.new_string(s)
    }

    /// A dict snapshot of a module's globals (`globals()`, `module.__dict__`).
    pub fn globals_dict(&mut self, m: ObjRef) -> PyResult<Value> {
        let entries: Vec<(Name, Value)> = match self.heap.get(m) {
            Object::Module(module) => module.globals.iter().collect(),
            _ => Vec::new(),
        };
        self.namemap_to_dict(&entries)
    }

    pub(crate) fn namemap_to_dict(&mut self, entries: &[(Name, Value)]) -> PyResult<Value> {
        let d = self.new_dict()?;
        let mark = self.roots_mark();
        self.root(d);
        for (n, v) in entries {
            let k = self.name_value(*n)?;
            self.dict_set(d, k, *v)?;
        }
        self.truncate_roots(mark);
        Ok(d)
    }

    pub(crate) fn cell_get(&self, cell: Value) -> Value {
        match cell.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Cell(v)) => *v,
            _ => Value::Unbound,
        }
    }

    pub(crate) fn cell_set(&mut self, cell: Value, v: Value) {
        if let Some(r) = cell.as_obj() {
            if let Object::Cell(c) = self.heap.get_mut(r) {
                *c = v;
            }
        }
    }
}
