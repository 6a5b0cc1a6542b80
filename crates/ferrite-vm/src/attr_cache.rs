//! Per-site caches for `obj.name` reads, writes and method loads (DESIGN.md's inline caches).
//!
//! Each code object keeps one cache entry per (name, purpose). An entry remembers the class of
//! the receiver it was filled for and the VM's class epoch at that time: any change to any class
//! namespace bumps the epoch, so while both match, what the MRO lookup found then is still what
//! it would find now, and values cached from it are still reachable through that class. The
//! instance's own attributes are not part of the key: they are read through a remembered
//! position, checked against the name, so a different instance of the same class hits too.

use std::cell::Cell;

use crate::heap::ObjRef;
use crate::intern::Name;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Which kind of access an entry serves; a name read and written in one function (`self.n += 1`)
/// gets one entry for each.
#[derive(Clone, Copy)]
pub(crate) enum Purpose {
    Load = 0,
    Store = 1,
    Method = 2,
}

pub(crate) const PURPOSES: usize = 3;

#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    class: Option<ObjRef>,
    epoch: u32,
    kind: Kind,
}

#[derive(Clone, Copy, Default)]
enum Kind {
    #[default]
    Empty,
    /// The instance's own attribute wins (no data descriptor of that name on the class, no
    /// `__getattribute__`/`__setattr__` override): look at this position first. For loads,
    /// `fallback` is the class attribute to return when the instance lacks the name, if it is
    /// a plain value (no binding involved); otherwise `Unbound`.
    Own { position: u32, fallback: Value },
    /// A property whose getter (loads) or setter (stores) is this Python function, taking the
    /// instance (and the value): the interpreter calls it as a frame.
    Property(ObjRef),
    /// A function on the class, for `LoadMethod` when the receiver has no attribute of that name.
    Method(Value),
    /// The general path is needed for this class and name.
    Slow,
}

/// What a cache lookup decided.
pub(crate) enum Hit {
    /// The attribute's value (loads), or the method to call with the receiver (method loads).
    Value(Value),
    /// Done: the value was stored.
    Stored,
    /// Call this Python function with the receiver (and the value, for stores) in place.
    Call(ObjRef),
    /// Take the general path.
    Miss,
}

/// The cache entry of `purpose` for name index `n`.
#[inline]
pub(crate) fn entry(caches: &[Cell<AttrCache>], n: u32, purpose: Purpose) -> Option<&Cell<AttrCache>> {
    caches.get(n as usize * PURPOSES + purpose as usize)
}

impl Vm {
    /// The class the cache is keyed on: an instance's class, or for method loads the type of a
    /// built-in value. `None` for receivers whose lookup is not a plain MRO walk (classes,
    /// modules, `super()`, native objects with their own attributes).
    /// Also says whether `obj` is an instance (whose own attributes the caller must check).
    #[inline]
    fn cache_class(&self, obj: Value, purpose: Purpose) -> Option<(ObjRef, bool)> {
        match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Instance(inst) => Some((inst.class, true)),
                Object::Class(_) | Object::Module(_) | Object::Super { .. } | Object::Data(_) => None,
                o if matches!(purpose, Purpose::Method) => Some((self.type_of_object(o), false)),
                _ => None,
            },
            _ if matches!(purpose, Purpose::Method) => Some((self.type_of(obj), false)),
            _ => None,
        }
    }

    /// Looks `name` up on `obj` through `cache` for a load or a method load.
    #[inline]
    pub(crate) fn cached_load(&mut self, cache: &Cell<AttrCache>, obj: Value, name: Name, purpose: Purpose) -> Hit {
        let Some((class, instance)) = self.cache_class(obj, purpose) else { return Hit::Miss };
        let mut c = cache.get();
        if c.class != Some(class) || c.epoch != self.class_epoch {
            c = AttrCache { class: Some(class), epoch: self.class_epoch, kind: self.classify(class, name, purpose) };
            cache.set(c);
        }
        // A built-in receiver (a str's method) has no attributes of its own to look at.
        let attrs = match obj.as_obj().filter(|_| instance).map(|r| self.heap.get(r)) {
            Some(Object::Instance(inst)) => Some(&inst.attrs),
            _ => None,
        };
        match c.kind {
            Kind::Own { position, fallback } => {
                let Some(attrs) = attrs else { return Hit::Miss };
                if let Some(v) = attrs.get_at(position as usize, name) {
                    return Hit::Value(v);
                }
                match attrs.position_of(name) {
                    Some(i) => {
                        let v = attrs.value_at(i);
                        cache.set(AttrCache { kind: Kind::Own { position: i as u32, fallback }, ..c });
                        v.map_or(Hit::Miss, Hit::Value)
                    }
                    None if !fallback.is_unbound() => Hit::Value(fallback),
                    None => Hit::Miss,
                }
            }
            Kind::Property(getter) => Hit::Call(getter),
            Kind::Method(f) => match attrs {
                Some(attrs) if attrs.contains(name) => Hit::Miss,
                _ => Hit::Value(f),
            },
            Kind::Empty | Kind::Slow => Hit::Miss,
        }
    }

    /// `LoadMethod`'s hit for a built-in receiver (`s.strip`, `lst.append`): the cached method,
    /// checked inline in the interpreter. `cached_load` as a call cost more than a str method's
    /// own work; this is one heap lookup and three compares. `None` sends the load there.
    #[inline(always)]
    pub(crate) fn builtin_method_hit(&self, cache: &Cell<AttrCache>, obj: Value) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let c = cache.get();
        let Kind::Method(f) = c.kind else { return None };
        if c.epoch != self.class_epoch {
            return None;
        }
        let o = self.heap.get(r);
        match o {
            // Receivers with attributes of their own, or no plain MRO walk: the general path.
            Object::Instance(_) | Object::Class(_) | Object::Module(_) | Object::Super { .. } | Object::Data(_) => None,
            _ if c.class == Some(self.type_of_object(o)) => Some(f),
            _ => None,
        }
    }

    /// Stores `obj.name = v` through `cache` when the store is a plain one.
    #[inline]
    pub(crate) fn cached_store(&mut self, cache: &Cell<AttrCache>, obj: Value, name: Name, v: Value) -> Hit {
        // The refill is written out here and in `cached_load`: a shared helper returning the
        // entry measured 3-4% slower on `bench/methods.py`.
        let Some((class, _)) = self.cache_class(obj, Purpose::Store) else { return Hit::Miss };
        let mut c = cache.get();
        if c.class != Some(class) || c.epoch != self.class_epoch {
            c = AttrCache {
                class: Some(class),
                epoch: self.class_epoch,
                kind: self.classify(class, name, Purpose::Store),
            };
            cache.set(c);
        }
        match c.kind {
            Kind::Own { position, fallback } => {
                let Some(Object::Instance(inst)) = obj.as_obj().map(|r| self.heap.get_mut(r)) else { return Hit::Miss };
                if inst.attrs.set_at(position as usize, name, v) {
                    return Hit::Stored;
                }
                inst.attrs.insert(name, v);
                if let Some(i) = inst.attrs.position_of(name) {
                    cache.set(AttrCache { kind: Kind::Own { position: i as u32, fallback }, ..c });
                }
                Hit::Stored
            }
            Kind::Property(setter) => Hit::Call(setter),
            Kind::Empty | Kind::Method(_) | Kind::Slow => Hit::Miss,
        }
    }

    /// Decides how `name` is found on instances of `class` (or values of a built-in type).
    fn classify(&mut self, class: ObjRef, name: Name, purpose: Purpose) -> Kind {
        // `__class__` and `__dict__` are not stored attributes: the general path handles them.
        // A bare `object()` takes no attributes: the general path raises.
        if name == self.n.__class__ || name == self.n.__dict__ || class == self.types.object {
            return Kind::Slow;
        }
        let getattribute = self.n.__getattribute__;
        if self.class_lookup(class, getattribute) != self.class_lookup(self.types.object, getattribute) {
            return Kind::Slow;
        }
        let class_attr = self.class_lookup(class, name);
        let attr_obj = class_attr.and_then(|a| a.as_obj()).map(|r| self.heap.get(r));
        match purpose {
            Purpose::Method => match attr_obj {
                Some(Object::Function(_)) | Some(Object::Native(_)) => class_attr.map_or(Kind::Slow, Kind::Method),
                _ => Kind::Slow,
            },
            Purpose::Load => match attr_obj {
                Some(Object::Property { getter, .. }) => match self.plain_function(*getter, 1) {
                    Some(f) => Kind::Property(f),
                    None => Kind::Slow,
                },
                _ if class_attr.is_some_and(|a| self.is_data_descriptor(a)) => Kind::Slow,
                _ => {
                    let fallback = match class_attr {
                        Some(a) if self.is_plain_value(a) => a,
                        _ => Value::Unbound,
                    };
                    Kind::Own { position: 0, fallback }
                }
            },
            Purpose::Store => {
                let setattr = self.n.__setattr__;
                if self.class_lookup(class, setattr).is_some_and(|s| s != self.object_setattr) {
                    return Kind::Slow;
                }
                // Instances may have a `__dict__` dict to keep in step (`namespace.rs`).
                if matches!(self.heap.get(class), Object::Class(c) if c.live_dicts) {
                    return Kind::Slow;
                }
                // A property's setter runs even where `__slots__` restrict plain stores.
                match attr_obj {
                    Some(Object::Property { setter, .. }) => match self.plain_function(*setter, 2) {
                        Some(f) => Kind::Property(f),
                        None => Kind::Slow,
                    },
                    _ if class_attr.is_some_and(|a| self.is_data_descriptor(a)) => Kind::Slow,
                    _ if self.class_has_slots(class) => Kind::Slow,
                    _ => Kind::Own { position: 0, fallback: Value::Unbound },
                }
            }
        }
    }

    /// `f` if it is a Python function the interpreter can call in place with `nargs` arguments.
    fn plain_function(&self, f: Value, nargs: u32) -> Option<ObjRef> {
        let r = f.as_obj()?;
        match self.heap.get(r) {
            Object::Function(func) if func.code_rc.fast_call && func.code_rc.code.argcount == nargs => Some(r),
            _ => None,
        }
    }

    /// A class attribute that reads the same through an instance: no `__get__` can apply.
    fn is_plain_value(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => matches!(
                self.heap.get(r),
                Object::Str(_) | Object::Bytes(_) | Object::Tuple(_) | Object::BigInt(_) | Object::Complex(..)
            ),
            Value::Unbound => false,
            _ => true,
        }
    }
}
