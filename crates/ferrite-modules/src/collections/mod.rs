//! `collections` (docs: library/collections.html): `deque` (native, in `deque.rs`),
//! `namedtuple`, `OrderedDict` and `defaultdict`, also importable as `ucollections`.
//!
//! namedtuple, OrderedDict and defaultdict are written in Python (`PRELUDE`, compiled into the
//! module when it is imported): they are subclasses of `tuple` and `dict`, and the VM gives
//! subclasses written in Python the full protocol of their base (indexing, iteration, len,
//! `isinstance`). Rust supplies the two things Python cannot say: building a tuple-subclass
//! instance (`_nt_new`, since `tuple.__new__(cls, ...)` ignores `cls`) and reaching the built-in
//! object under a subclass instance (`_base`, since `dict.__repr__(self)` and `==` do not look
//! through a dict subclass yet). For the same reason the namedtuple classes define `==`,
//! ordering, `hash`, `+`, `*`, `count` and `index` over `_base(self)`; they can go when the VM
//! forwards these to the built-in base of a subclass instance.
//!
//! Divergences: `OrderedDict` repr is MicroPython's `OrderedDict({'a': 1})` (CPython 3.11:
//! `OrderedDict([('a', 1)])`). `namedtuple` accepts CPython's `rename`, `defaults` and `module`
//! keywords but only `defaults` has an effect; `_asdict()` returns a dict (MicroPython: an
//! OrderedDict); instances accept new attributes (the VM does not apply `__slots__ = ()` to a
//! tuple subclass). `defaultdict` is not in MicroPython's firmware (micropython-lib has one);
//! this one follows CPython, as a dict subclass.

mod deque;

use ferrite_vm::builtins::check_args;
use ferrite_vm::object::{Instance, Object};
use ferrite_vm::{native, Name, NativeModuleDef, ObjRef, PyResult, Value, Vm};

use crate::util::add_functions;

pub static MODULE: NativeModuleDef = NativeModuleDef { name: "collections", init };

/// The Python half of the module. Names starting with `_` are helpers from Rust.
const PRELUDE: &str = r#"
def namedtuple(name, fields, *, rename=False, defaults=None, module=None):
    if isinstance(fields, str):
        fields = fields.replace(',', ' ').split()
    fields = tuple(fields)
    for f in fields:
        if not isinstance(f, str):
            raise TypeError('field names must be strings')
    if len(set(fields)) != len(fields):
        raise ValueError('duplicate field name')
    if defaults is None:
        defaults = ()
    defaults = tuple(defaults)
    if len(defaults) > len(fields):
        raise TypeError('too many defaults')

    def __new__(cls, *args, **kw):
        return _nt_new(cls, args, kw)

    def _make(cls, iterable):
        return _nt_new(cls, tuple(iterable), {})

    def _replace(self, **kw):
        return _nt_new(type(self), (), _nt_asdict(self, kw))

    def _asdict(self):
        return _nt_asdict(self, {})

    ns = {
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': dict(zip(fields[len(fields) - len(defaults):], defaults)),
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '_asdict': _asdict,
        '__repr__': _nt_repr,
        '__eq__': _nt_eq,
        '__ne__': _nt_ne,
        '__lt__': _nt_lt,
        '__le__': _nt_le,
        '__gt__': _nt_gt,
        '__ge__': _nt_ge,
        '__hash__': _nt_hash,
        '__add__': _nt_add,
        '__radd__': _nt_radd,
        '__mul__': _nt_mul,
        '__rmul__': _nt_mul,
        'count': _nt_count,
        'index': _nt_index,
        '__getnewargs__': _nt_getnewargs,
    }
    for i, f in enumerate(fields):
        ns[f] = property(_nt_getter(i))
    return type(name, (tuple,), ns)

def _nt_getter(i):
    return lambda self: self[i]

def _nt_asdict(self, changes):
    d = {}
    for k, v in zip(self._fields, self):
        d[k] = v
    for k in changes:
        if k not in d:
            raise ValueError('unexpected field name: %r' % (k,))
        d[k] = changes[k]
    return d

def _nt_repr(self):
    parts = []
    for k, v in zip(self._fields, self):
        parts.append('%s=%r' % (k, v))
    return '%s(%s)' % (type(self).__name__, ', '.join(parts))

def _nt_eq(self, other):
    return _base(self) == _base(other)

def _nt_ne(self, other):
    return _base(self) != _base(other)

def _nt_lt(self, other):
    return _base(self) < _base(other)

def _nt_le(self, other):
    return _base(self) <= _base(other)

def _nt_gt(self, other):
    return _base(self) > _base(other)

def _nt_ge(self, other):
    return _base(self) >= _base(other)

def _nt_add(self, other):
    return _base(self) + _base(other)

def _nt_radd(self, other):
    return _base(other) + _base(self)

def _nt_mul(self, n):
    return _base(self) * n

def _nt_count(self, x):
    return _base(self).count(x)

def _nt_index(self, x, *args):
    return _base(self).index(x, *args)

def _nt_hash(self):
    return hash(_base(self))

def _nt_getnewargs(self):
    return _base(self)


class OrderedDict(dict):
    def __repr__(self):
        return 'OrderedDict(%r)' % (_base(self),)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return _base(self) == _base(other) and list(self) == list(other)
        return _base(self) == _base(other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def copy(self):
        return type(self)(self)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return (key, dict.pop(self, key))


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kw):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kw)
        self.default_factory = default_factory

    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        dict.__setitem__(self, key, value)
        return value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.default_factory, _base(self))

    def __eq__(self, other):
        return _base(self) == _base(other)

    def __ne__(self, other):
        return _base(self) != _base(other)

    def copy(self):
        return type(self)(self.default_factory, self)
"#;

/// `_nt_new(cls, args, kw)`: a namedtuple instance of `cls` (a tuple subclass) from positional
/// and keyword arguments bound to `cls._fields`, with `cls._field_defaults` for the rest.
fn nt_new(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_nt_new", args, 3, 3)?;
    let (cls, pos, kw) = (args[0], args[1], args[2]);
    let Some(class) = cls.as_obj().filter(|r| matches!(vm.heap.get(*r), Object::Class(_))) else {
        return Err(vm.type_error("namedtuple class expected"));
    };
    let fields_name = vm.intern("_fields");
    let fields = vm.get_attr(cls, fields_name)?;
    let fields = vm.list_items(fields);
    let defaults_name = vm.intern("_field_defaults");
    let defaults = vm.get_attr(cls, defaults_name)?;
    let pos = vm.list_items(pos);
    let type_name = vm.class_name(class);
    if pos.len() > fields.len() {
        return Err(vm.type_error(format!(
            "{type_name}() takes {} positional arguments but {} were given",
            fields.len(),
            pos.len()
        )));
    }
    let mut items: Vec<Option<Value>> = vec![None; fields.len()];
    for (slot, v) in items.iter_mut().zip(pos.iter()) {
        *slot = Some(*v);
    }
    for (k, v) in vm.dict_items(kw) {
        let mut found = None;
        for (i, f) in fields.iter().enumerate() {
            if f.is(k) || vm.eq(*f, k)? {
                found = Some(i);
                break;
            }
        }
        let Some(i) = found else {
            let ks = vm.to_str(k)?;
            return Err(vm.type_error(format!("{type_name}() got an unexpected keyword argument '{ks}'")));
        };
        let Some(slot) = items.get_mut(i) else { return Err(vm.internal_error("namedtuple slot")) };
        if slot.is_some() {
            let ks = vm.to_str(k)?;
            return Err(vm.type_error(format!("{type_name}() got multiple values for argument '{ks}'")));
        }
        *slot = Some(v);
    }
    let mut values = Vec::with_capacity(items.len());
    for (slot, f) in items.into_iter().zip(fields.iter()) {
        match slot {
            Some(v) => values.push(v),
            None => match vm.dict_get(defaults, *f)? {
                Some(v) => values.push(v),
                None => {
                    let fs = vm.to_str(*f)?;
                    return Err(vm.type_error(format!("{type_name}() missing required argument: '{fs}'")));
                }
            },
        }
    }
    // No collection happens between these allocations: the GC runs only at safe points.
    let base = vm.new_tuple(values)?;
    vm.alloc(Object::Instance(Box::new(Instance {
        class,
        attrs: Default::default(),
        exception: None,
        base,
        dict: None,
    })))
}

/// `_base(x)`: the built-in object under an instance of a subclass of a built-in type, or `x`.
fn base(vm: &mut Vm, args: &[Value], _kw: &[(Name, Value)]) -> PyResult<Value> {
    check_args(vm, "_base", args, 1, 1)?;
    let v = args[0];
    Ok(match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Instance(i)) if !i.base.is_none() => i.base,
        _ => v,
    })
}

native!(NT_NEW, "_nt_new", nt_new);
native!(BASE, "_base", base);

fn init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[&NT_NEW, &BASE])?;
    deque::install(vm, m)?;
    vm.run_code_in(PRELUDE.as_bytes(), "<collections>", ferrite_compiler::Mode::Exec, m)?;
    Ok(())
}
