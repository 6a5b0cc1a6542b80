//! Creating classes: C3 method resolution order, the instance layout inherited from a built-in
//! base, `__slots__`, the zero-argument-`super` cell, and `__set_name__`.

use std::rc::Rc;

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::namemap::NameMap;
use crate::object::{BaseKind, Class, ClassFlags, Object};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Builds a class from its name, bases and namespace dict (`class` statements and
    /// `type(name, bases, dict)`).
    pub fn make_class(&mut self, name: &str, bases: &[Value], ns: Value) -> PyResult<Value> {
        self.make_class_of(name, bases, ns, None)
    }

    /// `make_class` with the metaclass `type.__new__` was given (None or `type`: the one the
    /// bases imply). The class's metaclass is the most derived of it and the bases' metaclasses.
    pub fn make_class_of(&mut self, name: &str, bases: &[Value], ns: Value, meta: Option<ObjRef>) -> PyResult<Value> {
        self.make_class_kw(name, bases, ns, meta, &[])
    }

    /// `make_class_of` with the class statement's keywords other than `metaclass`
    /// (`class B(A, k=1)`), which go to the parent's `__init_subclass__`.
    pub fn make_class_kw(
        &mut self,
        name: &str,
        bases: &[Value],
        ns: Value,
        meta: Option<ObjRef>,
        kw: &[(Name, Value)],
    ) -> PyResult<Value> {
        let mut base_refs = Vec::new();
        for b in bases {
            match b.as_obj() {
                Some(r) if matches!(self.heap.get(r), Object::Class(_)) => base_refs.push(r),
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        if base_refs.is_empty() {
            base_refs.push(self.types.object);
        }
        let meta = self.winning_metaclass(meta, &base_refs)?;
        let mro = self.c3_mro(&base_refs)?;
        let mut base_kind = BaseKind::Object;
        for b in &base_refs {
            if let Object::Class(c) = self.heap.get(*b) {
                match c.base_kind {
                    BaseKind::Object => {}
                    BaseKind::Builtin if *b != self.types.object => {
                        let bn = self.class_name(*b);
                        if bn != "object" {
                            return Err(self.type_error(format!("type '{bn}' isn't an acceptable base type")));
                        }
                    }
                    k => base_kind = k,
                }
            }
        }
        let mut dict = NameMap::new();
        let mut classcell = None;
        let cc_name = self.n.__classcell__;
        for (k, v) in self.dict_items(ns) {
            let Some(s) = self.str_ref(k).map(|s| s.to_string()) else { continue };
            let n = self.intern(&s);
            if n == cc_name {
                classcell = Some(v);
                continue;
            }
            let v = self.class_member(n, v)?;
            dict.insert(n, v);
        }
        let qualname: Rc<str> = match dict.get(self.n.__qualname__).and_then(|q| self.str_ref(q)) {
            Some(q) => Rc::from(q),
            None => Rc::from(name),
        };
        let name_n = self.intern(name);
        let mut full_mro = vec![ObjRef { index: 0, generation: 0 }];
        full_mro.extend(mro);
        let class = Class {
            name: name_n,
            qualname,
            bases: base_refs,
            mro: Vec::new(),
            dict,
            base_kind,
            version: 0,
            flags: ClassFlags::default(),
            live_dicts: false,
            lookup_cache: Default::default(),
            meta,
        };
        let cv = self.alloc(Object::Class(Box::new(class)))?;
        let Some(cr) = cv.as_obj() else { return Ok(cv) };
        full_mro[0] = cr;
        if let Object::Class(c) = self.heap.get_mut(cr) {
            c.mro = full_mro;
        }
        self.refresh_class_flags(cr);
        if let Some(cell) = classcell {
            self.cell_set(cell, cv);
        }
        // __set_name__ on descriptors defined in the body.
        let set_name = self.n.__set_name__;
        let entries: Vec<(Name, Value)> = match self.heap.get(cr) {
            Object::Class(c) => c.dict.iter().collect(),
            _ => Vec::new(),
        };
        for (n, v) in entries {
            if matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Instance(_))) {
                let class_of_v = self.type_of(v);
                if self.class_lookup(class_of_v, set_name).is_some() {
                    let nv = self.name_value(n)?;
                    self.call_special(v, set_name, &[cv, nv])?;
                }
            }
        }
        // __init_subclass__ of the parent.
        let init_sub = self.n.__init_subclass__;
        let parent = match self.heap.get(cr) {
            Object::Class(c) => c.mro.get(1).copied(),
            _ => None,
        };
        if let Some(p) = parent {
            if let Some(f) = self.class_lookup(p, init_sub) {
                let f = match f.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::ClassMethod(inner)) => *inner,
                    _ => f,
                };
                if !matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::Native(_))) {
                    self.call_kw(f, &[cv], kw)?;
                } else if !kw.is_empty() {
                    return Err(self.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
                }
            }
        }
        Ok(cv)
    }

    /// The `__call__` a user metaclass defines, which calling the class runs instead of `__new__`
    /// and `__init__` (`type.__call__`, native, does those).
    #[inline(never)]
    pub(crate) fn metaclass_call(&self, class: ObjRef) -> Option<Value> {
        let Object::Class(c) = self.heap.get(class) else { return None };
        let f = self.class_lookup(c.meta?, self.n.__call__)?;
        match f.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Native(_)) => None,
            _ => Some(f),
        }
    }

    /// `type.__call__(cls, *args, **kw)`: instantiates `cls` (`__new__`, then `__init__`),
    /// for a metaclass's `__call__` calling `super().__call__(...)`.
    pub(crate) fn type_call(&mut self, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
        let Some(class) =
            args.first().and_then(|v| v.as_obj()).filter(|r| matches!(self.heap.get(*r), Object::Class(_)))
        else {
            return Err(self.type_error("descriptor '__call__' requires a 'type' object"));
        };
        let pos = self.stack.len();
        self.stack.extend_from_slice(args);
        let mut names = Vec::with_capacity(kw.len());
        for (n, v) in kw {
            self.stack.push(*v);
            names.push(self.name_value(*n)?);
        }
        let kwnames = if kw.is_empty() { Value::Unbound } else { self.new_tuple(names)? };
        let nargs = args.len() - 1 + kw.len();
        let r = self.instantiate_class(class, pos, nargs, kwnames, pos, true);
        self.stack.truncate(pos);
        match r? {
            crate::interp::Called::Done(v) => Ok(v),
            crate::interp::Called::Pushed => Err(self.internal_error("pushed frame in entry call")),
        }
    }

    /// The metaclass of a new class: the most derived among the one asked for and those of the
    /// bases (`type` is None). Unrelated metaclasses are CPython's "metaclass conflict".
    #[inline(never)]
    pub(crate) fn winning_metaclass(&mut self, asked: Option<ObjRef>, bases: &[ObjRef]) -> PyResult<Option<ObjRef>> {
        let type_ = self.types.type_;
        let mut winner = asked.filter(|m| *m != type_);
        for b in bases {
            let Object::Class(c) = self.heap.get(*b) else { continue };
            let Some(m) = c.meta else { continue };
            winner = match winner {
                None => Some(m),
                Some(w) if self.is_subclass(m, w) => Some(m),
                Some(w) if self.is_subclass(w, m) => Some(w),
                Some(_) => return Err(self.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    )),
            };
        }
        Ok(winner)
    }

    /// What a value placed in a user class's namespace becomes, as CPython treats it: `__new__`
    /// is implicitly a staticmethod (so `obj.__new__(cls)` does not bind), and a built-in
    /// function (`abs`, `print`, a module's function) does not bind as a method, unlike a
    /// built-in type's own method (`object.__hash__`, `list.append`), which still does.
    pub(crate) fn class_member(&mut self, name: Name, v: Value) -> PyResult<Value> {
        let Some(r) = v.as_obj() else { return Ok(v) };
        let wrap = match self.heap.get(r) {
            Object::Function(_) => name == self.n.__new__,
            Object::Native(_) => !self.is_type_method(v),
            _ => false,
        };
        if wrap {
            self.alloc(Object::StaticMethod(v))
        } else {
            Ok(v)
        }
    }

    /// Is `v` a method found in the dict of one of the built-in types?
    fn is_type_method(&self, v: Value) -> bool {
        self.types.all().into_iter().any(|t| match self.heap.get(t) {
            Object::Class(c) => c.dict.iter().any(|(_, m)| m.is(v)),
            _ => false,
        })
    }

    /// C3 linearisation of the bases' MROs (without the new class itself).
    fn c3_mro(&mut self, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = Vec::new();
        for b in bases {
            if let Object::Class(c) = self.heap.get(*b) {
                seqs.push(c.mro.clone());
            }
        }
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut candidate = None;
            for s in &seqs {
                let head = s[0];
                if !seqs.iter().any(|t| t[1..].contains(&head)) {
                    candidate = Some(head);
                    break;
                }
            }
            let Some(c) = candidate else {
                return Err(self.type_error("Cannot create a consistent method resolution order (MRO)"));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    /// Recomputes the cached facts about a class's special methods.
    pub(crate) fn refresh_class_flags(&mut self, class: ObjRef) {
        let n = &self.n;
        let names =
            [n.__getattr__, n.__setattr__, n.__delattr__, n.__getattribute__, n.__eq__, n.__hash__, n.__slots__];
        let mut found = [false; 7];
        for (i, name) in names.iter().enumerate() {
            found[i] = self.class_lookup(class, *name).is_some();
        }
        let mro: Vec<ObjRef> = match self.heap.get(class) {
            Object::Class(c) => c.mro.clone(),
            _ => Vec::new(),
        };
        let mut data_descriptor = false;
        let (set, del) = (self.n.__set__, self.n.__delete__);
        for k in mro {
            if k == self.types.object {
                continue;
            }
            let values: Vec<Value> = match self.heap.get(k) {
                Object::Class(kc) => kc.dict.values().collect(),
                _ => Vec::new(),
            };
            for v in values {
                match v.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::Property { .. }) => data_descriptor = true,
                    Some(Object::Instance(i)) => {
                        let c = i.class;
                        if self.class_lookup(c, set).is_some() || self.class_lookup(c, del).is_some() {
                            data_descriptor = true;
                        }
                    }
                    _ => {}
                }
            }
        }
        let setattr_name = self.n.__setattr__;
        let custom_setattr = self.class_lookup(class, setattr_name).is_some_and(|f| f != self.object_setattr);
        let getattribute = self.n.__getattribute__;
        let default_getattribute = self.class_lookup(self.types.object, getattribute);
        let custom_getattribute =
            self.class_lookup(class, getattribute).is_some_and(|f| Some(f) != default_getattribute);
        let plain_getattr = !data_descriptor && !custom_getattribute;
        let plain_setattr = plain_getattr && !custom_setattr && !found[6];
        let epoch = self.class_epoch;
        let (new_name, init_name) = (self.n.__new__, self.n.__init__);
        let default_new = self.class_lookup(class, new_name).is_none_or(|f| f == self.object_new);
        let object_layout =
            matches!(self.heap.get(class), Object::Class(c) if c.base_kind == crate::object::BaseKind::Object);
        let object_layout = object_layout && self.metaclass_call(class).is_none();
        let mut plain_init = None;
        let mut init_args = 0;
        if default_new && object_layout {
            if let Some(Value::Obj(f)) = self.class_lookup(class, init_name) {
                if let Object::Function(func) = self.heap.get(f) {
                    if func.code_rc.fast_call {
                        plain_init = Some(f);
                        init_args = func.code_rc.code.argcount;
                    }
                }
            }
        }
        if let Object::Class(c) = self.heap.get_mut(class) {
            let builtin = c.flags.builtin;
            c.flags = ClassFlags {
                builtin,
                plain_getattr,
                plain_setattr,
                epoch,
                plain_init,
                init_args,
                has_getattr: found[0],
                has_setattr: found[1],
                has_delattr: found[2],
                has_getattribute: found[3],
                has_eq: found[4],
                has_hash: found[5],
                has_slots: found[6],
            };
        }
    }

    /// The class's cached flags, recomputed if any class changed since.
    #[inline]
    pub(crate) fn class_flags(&mut self, class: ObjRef) -> ClassFlags {
        if let Object::Class(c) = self.heap.get(class) {
            if c.flags.epoch == self.class_epoch {
                return c.flags;
            }
        }
        self.refresh_class_flags(class);
        match self.heap.get(class) {
            Object::Class(c) => c.flags,
            _ => ClassFlags::default(),
        }
    }

    /// Whether instances are restricted by `__slots__` (every class in the MRO but `object`
    /// declares them).
    pub(crate) fn class_has_slots(&self, class: ObjRef) -> bool {
        let Object::Class(c) = self.heap.get(class) else { return false };
        if !c.flags.has_slots {
            return false;
        }
        let slots = self.n.__slots__;
        c.mro.iter().all(|k| {
            *k == self.types.object
                || match self.heap.get(*k) {
                    Object::Class(kc) => kc.dict.contains(slots) || kc.base_kind == BaseKind::Exception,
                    _ => false,
                }
        })
    }

    pub(crate) fn slot_allowed(&self, class: ObjRef, name: Name) -> bool {
        let Object::Class(c) = self.heap.get(class) else { return true };
        let slots = self.n.__slots__;
        for k in &c.mro {
            if let Object::Class(kc) = self.heap.get(*k) {
                if let Some(s) = kc.dict.get(slots) {
                    if let Some(text) = self.str_ref(s) {
                        if text == self.name_str(name) {
                            return true;
                        }
                    }
                    for item in self.list_items(s) {
                        if self.str_ref(item) == Some(self.name_str(name)) {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }

    /// `obj.__class__ = C` for an instance of a user class: allowed when `C` is a user class
    /// whose instances have the same layout (same built-in base, both with or without
    /// `__slots__`), as CPython checks. Inline caches are keyed by the instance's class, read
    /// afresh at each access, so they follow the change.
    pub(crate) fn assign_class(&mut self, r: ObjRef, v: Value) -> PyResult<()> {
        let Some(new) = v.as_obj().filter(|c| matches!(self.heap.get(*c), Object::Class(_))) else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("__class__ must be set to a class, not '{tn}' object")));
        };
        let (old, has_dict) = match self.heap.get(r) {
            Object::Instance(i) => (i.class, i.dict.is_some()),
            _ => return Ok(()),
        };
        let layout = |vm: &Vm, c: ObjRef| match vm.heap.get(c) {
            Object::Class(k) => Some((k.base_kind, k.flags.builtin)),
            _ => None,
        };
        let (lo, ln) = (layout(self, old), layout(self, new));
        let object = self.types.object;
        if ln.is_none_or(|(_, builtin)| builtin) || lo.is_none_or(|(_, builtin)| builtin) || new == object {
            return Err(self.type_error("__class__ assignment only supported for user classes"));
        }
        if lo.map(|l| l.0) != ln.map(|l| l.0) || self.class_has_slots(old) != self.class_has_slots(new) {
            let (on, nn) = (self.class_name(old), self.class_name(new));
            return Err(self.type_error(format!("__class__ assignment: '{nn}' object layout differs from '{on}'")));
        }
        if has_dict {
            self.mark_live_dicts(new);
        }
        if let Object::Instance(i) = self.heap.get_mut(r) {
            i.class = new;
        }
        Ok(())
    }

    /// Attributes every instance has without storing them: `__class__`, `__dict__`, and an
    /// exception's `args`, `value`, `errno`, `__cause__`...
    pub(crate) fn instance_builtin_attr(&mut self, obj: Value, name: Name) -> PyResult<Option<Value>> {
        let Some(r) = obj.as_obj() else { return Ok(None) };
        let Object::Instance(inst) = self.heap.get(r) else { return Ok(None) };
        let n = &self.n;
        if name == n.__class__ {
            return Ok(Some(Value::Obj(inst.class)));
        }
        if name == n.__dict__ {
            let class = inst.class;
            if self.class_has_slots(class) {
                return Ok(None);
            }
            return self.instance_dict(r).map(Some);
        }
        if let Some(d) = inst.exception.as_deref() {
            if name == n.args {
                return Ok(Some(d.args));
            }
            if name == n.__cause__ {
                return Ok(Some(d.cause));
            }
            if name == n.__context__ {
                return Ok(Some(d.context));
            }
            if name == n.__suppress_context__ {
                return Ok(Some(Value::Bool(d.suppress_context)));
            }
            if name == n.__traceback__ {
                return Ok(Some(Value::None));
            }
            let args = d.args;
            let class = inst.class;
            if name == n.value || name == n.code {
                let first = self.tuple_items(args).first().copied().unwrap_or(Value::None);
                return Ok(Some(first));
            }
            if (name == n.errno || name == n.strerror || name == n.filename)
                && self.is_subclass(class, self.types.exc(crate::error::ExcKind::OSError))
            {
                return self.os_error_attr(args, name).map(Some);
            }
        }
        Ok(None)
    }

    /// `errno`, `strerror` and `filename` of an OSError, read from its args: `errno` is the first
    /// argument even alone (as MicroPython reads it), the others the second and third, or None.
    #[inline(never)]
    fn os_error_attr(&mut self, args: Value, name: Name) -> PyResult<Value> {
        let items = self.tuple_items(args);
        let n = &self.n;
        if name == n.errno {
            return Ok(items.first().copied().unwrap_or(Value::None));
        }
        if name == n.filename {
            return Ok(items.get(2).copied().unwrap_or(Value::None));
        }
        Ok(items.get(1).copied().unwrap_or(Value::None))
    }

    /// Attributes of functions, methods, generators and other built-in objects that are not
    /// methods on their type.
    pub(crate) fn builtin_object_attr(&mut self, obj: Value, name: Name) -> PyResult<Option<Value>> {
        let Some(r) = obj.as_obj() else { return Ok(None) };
        let n = &self.n;
        match self.heap.get(r) {
            Object::Function(f) => {
                if let Some(v) = f.attrs.get(name) {
                    return Ok(Some(v));
                }
                if name == n.__name__ {
                    let s = self.name_str(f.name).to_string();
                    return self.new_string(s).map(Some);
                }
                if name == n.__qualname__ {
                    let s = f.code_rc.qualname.to_string();
                    return self.new_string(s).map(Some);
                }
                if name == n.__module__ {
                    let m = f.module;
                    let mn = self.module_name(m);
                    return self.new_string(mn).map(Some);
                }
                if name == n.__doc__ {
                    return Ok(Some(Value::None));
                }
                if name == n.__globals__ {
                    // The same live dict as globals() in the function's module.
                    let m = f.module;
                    return self.module_dict(m).map(Some);
                }
                if name == n.__dict__ {
                    let entries: Vec<(Name, Value)> = f.attrs.iter().collect();
                    return self.namemap_to_dict(&entries).map(Some);
                }
            }
            Object::Native(nf) if name == n.__name__ => {
                let s = nf.name;
                return self.new_str(s).map(Some);
            }
            Object::BoundMethod { func, receiver } => {
                let (func, receiver) = (*func, *receiver);
                if name == n.__self__ {
                    return Ok(Some(receiver));
                }
                if name == n.__func__ {
                    return Ok(Some(func));
                }
                if name == n.__name__ {
                    return self.get_attr_opt(func, name);
                }
            }
            Object::Generator(g) if name == n.__name__ => {
                let s = self.name_str(g.name).to_string();
                return self.new_string(s).map(Some);
            }
            Object::Property { getter, .. } => {
                let g = *getter;
                if name == n.__doc__ {
                    return Ok(Some(Value::None));
                }
                let fget = self.intern("fget");
                if name == fget {
                    return Ok(Some(g));
                }
            }
            Object::ClassMethod(f) | Object::StaticMethod(f) => {
                let f = *f;
                if name == n.__func__ {
                    return Ok(Some(f));
                }
            }
            Object::Code(_) | Object::Cell(_) => {}
            _ => {}
        }
        Ok(None)
    }
}
