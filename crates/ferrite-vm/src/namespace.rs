//! Dicts that stand for a namespace kept as a `NameMap`: `globals()` of a module and
//! `obj.__dict__` of an instance.
//!
//! Attributes and globals live in `NameMap`s keyed by interned names, which the inline caches
//! read by position; a real dict keyed by str objects would slow every attribute access. So the
//! dict is made on first request and then mirrored: the owner remembers its dict (`mirror`,
//! `Instance::dict`) and the dict its owner (`Dict::owner`). A write through the namespace
//! (`o.x = 1`, `del o.x`, a global store) is repeated in the dict, and a write through the dict
//! (`d['x'] = 1`, `del`, `pop`, `popitem`, `clear`, `update`, `setdefault`) in the namespace.
//! Reads need nothing: both sides hold the same values. The instance side costs nothing until an
//! instance's `__dict__` is fetched: only then do its class's attribute stores leave the inline
//! cache's plain store (`Class::live_dicts`) for the general path, which updates the dict.
//!
//! A dict has one owner: assigning one dict to two objects' `__dict__` (CPython's Borg idiom)
//! keeps only the second in step.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Repeats a change made through a namespace in its dict (`v` `None` removes `name`).
    pub(crate) fn mirror_write(&mut self, d: ObjRef, name: Name, v: Option<Value>) {
        let Ok(key) = self.name_value(name) else { return };
        let dict = Value::Obj(d);
        // Detach the link while writing, so the dict's own write-back does not run.
        let link = match self.heap.get_mut(d) {
            Object::Dict(table) => table.owner.take(),
            _ => None,
        };
        let _ = match v {
            Some(v) => self.dict_set(dict, key, v),
            None => self.dict_remove(dict, key).map(|_| ()),
        };
        if let Object::Dict(table) = self.heap.get_mut(d) {
            table.owner = link;
        }
    }

    /// Repeats a change made through a namespace dict in its owner's namespace (`v` `None`
    /// removes `key`). Keys that are not str exist only in the dict.
    pub(crate) fn namespace_write(&mut self, owner: ObjRef, key: Value, v: Option<Value>) {
        let Some(s) = self.str_ref(key).map(|s| s.to_string()) else { return };
        let name = self.intern(&s);
        let map = match self.heap.get_mut(owner) {
            Object::Module(m) => &mut m.globals,
            Object::Instance(i) => &mut i.attrs,
            _ => return,
        };
        match v {
            Some(v) => map.insert(name, v),
            None => {
                map.remove(name);
            }
        }
    }

    /// `d.clear()` on a namespace dict: empties the owner's namespace too.
    pub(crate) fn namespace_clear(&mut self, owner: ObjRef) {
        match self.heap.get_mut(owner) {
            Object::Module(m) => m.globals = Default::default(),
            Object::Instance(i) => i.attrs = Default::default(),
            _ => {}
        }
    }

    /// The live dict for `globals()` and `module.__dict__`: made once per module from its
    /// namespace, then kept in step with it.
    pub fn module_dict(&mut self, m: ObjRef) -> PyResult<Value> {
        if let Object::Module(module) = self.heap.get(m) {
            if let Some(d) = module.mirror {
                return Ok(Value::Obj(d));
            }
        }
        let d = self.globals_dict(m)?;
        if let Some(dr) = d.as_obj() {
            if let Object::Dict(table) = self.heap.get_mut(dr) {
                table.owner = Some(m);
            }
            if let Object::Module(module) = self.heap.get_mut(m) {
                module.mirror = Some(dr);
            }
        }
        Ok(d)
    }

    /// `obj.__dict__` (and `vars(obj)`) of an instance: its live dict, made on first request.
    pub(crate) fn instance_dict(&mut self, r: ObjRef) -> PyResult<Value> {
        let (entries, class) = match self.heap.get(r) {
            Object::Instance(i) => match i.dict {
                Some(d) => return Ok(Value::Obj(d)),
                None => (i.attrs.iter().collect::<Vec<_>>(), i.class),
            },
            _ => return Err(self.internal_error("__dict__ of a non-instance")),
        };
        let d = self.namemap_to_dict(&entries)?;
        if let Some(dr) = d.as_obj() {
            self.link_instance_dict(r, class, dr);
        }
        Ok(d)
    }

    /// Makes `d` the dict of instance `r` (of class `class`) and moves the class's attribute
    /// stores to the path that keeps it in step.
    fn link_instance_dict(&mut self, r: ObjRef, class: ObjRef, d: ObjRef) {
        if let Object::Dict(table) = self.heap.get_mut(d) {
            table.owner = Some(r);
        }
        if let Object::Instance(i) = self.heap.get_mut(r) {
            i.dict = Some(d);
        }
        self.mark_live_dicts(class);
    }

    /// Notes that instances of `class` may have a live `__dict__` (see the module comment).
    pub(crate) fn mark_live_dicts(&mut self, class: ObjRef) {
        if let Object::Class(c) = self.heap.get_mut(class) {
            if !c.live_dicts {
                c.live_dicts = true;
                // Inline caches classified before this no longer hold.
                self.class_epoch = self.class_epoch.wrapping_add(1);
            }
        }
    }

    /// `obj.__dict__ = d`: the instance's attributes become the str keys of `d`, and `d` its
    /// live dict (taken from any earlier owner, see the module comment).
    pub(crate) fn set_instance_dict(&mut self, r: ObjRef, d: Value) -> PyResult<()> {
        let Some(dr) = d.as_obj().filter(|dr| matches!(self.heap.get(*dr), Object::Dict(_))) else {
            let tn = self.type_name(d);
            return Err(self.type_error(format!("__dict__ must be set to a dictionary, not a '{tn}'")));
        };
        let mut attrs = crate::namemap::NameMap::new();
        for (k, v) in self.dict_items(d) {
            if let Some(s) = self.str_ref(k).map(|s| s.to_string()) {
                attrs.insert(self.intern(&s), v);
            }
        }
        let (class, old) = match self.heap.get_mut(r) {
            Object::Instance(i) => (i.class, i.dict.take()),
            _ => return Ok(()),
        };
        if let Some(old) = old {
            if let Object::Dict(table) = self.heap.get_mut(old) {
                table.owner = None;
            }
        }
        let previous_owner = match self.heap.get(dr) {
            Object::Dict(table) => table.owner,
            _ => None,
        };
        match previous_owner.map(|p| self.heap.get_mut(p)) {
            Some(Object::Instance(i)) => i.dict = None,
            Some(Object::Module(m)) => m.mirror = None,
            _ => {}
        }
        if let Object::Instance(i) = self.heap.get_mut(r) {
            i.attrs = attrs;
        }
        self.link_instance_dict(r, class, dr);
        Ok(())
    }

    /// Sets an instance's own attribute, and in its `__dict__` dict if it has one.
    pub(crate) fn instance_attr_insert(&mut self, r: ObjRef, name: Name, v: Value) {
        let mirror = match self.heap.get_mut(r) {
            Object::Instance(i) => {
                i.attrs.insert(name, v);
                i.dict
            }
            _ => None,
        };
        if let Some(d) = mirror {
            self.mirror_write(d, name, Some(v));
        }
    }

    /// Removes an instance's own attribute (also from its `__dict__` dict); what was there.
    pub(crate) fn instance_attr_remove(&mut self, r: ObjRef, name: Name) -> Option<Value> {
        let (removed, mirror) = match self.heap.get_mut(r) {
            Object::Instance(i) => (i.attrs.remove(name), i.dict),
            _ => (None, None),
        };
        if let (Some(d), Some(_)) = (mirror, removed) {
            self.mirror_write(d, name, None);
        }
        removed
    }
}
