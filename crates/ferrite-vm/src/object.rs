//! Heap object kinds and their payloads.
//!
//! Every Python object that is not a small int, float, bool or None is one `Object` in the heap.
//! Built-in types are variants with a Rust payload; user classes' instances are `Instance`s whose
//! class may derive from a built-in (an exception, say) and then carry that built-in's payload in
//! `Instance::base`. Large payloads are boxed so the enum stays small.

use std::cell::Cell;
use std::rc::Rc;

use dashu_int::IBig;

use crate::dict::Dict;
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::namemap::NameMap;
use crate::native::NativeFunction;
use crate::value::Value;
use ferrite_compiler::Code;

pub enum Object {
    /// What a stale handle sees; never stored.
    Dead,
    Str(PyStr),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    BigInt(Box<IBig>),
    Complex(f64, f64),
    Tuple(Box<[Value]>),
    List(Vec<Value>),
    Dict(Box<Dict>),
    Set(Box<Dict>),
    FrozenSet(Box<Dict>),
    Range(Range),
    Slice(Value, Value, Value),
    Cell(Value),
    Code(Rc<CodeObject>),
    Function(Box<Function>),
    Native(&'static NativeFunction),
    BoundMethod {
        func: Value,
        receiver: Value,
    },
    Class(Box<Class>),
    Instance(Box<Instance>),
    Module(Box<Module>),
    Property {
        getter: Value,
        setter: Value,
        deleter: Value,
    },
    ClassMethod(Value),
    StaticMethod(Value),
    Super {
        class: ObjRef,
        receiver: Value,
    },
    Iterator(Box<Iter>),
    Generator(Box<Generator>),
    MemoryView {
        base: Value,
        start: usize,
        len: usize,
        readonly: bool,
        /// The items' typecode (`B` for bytes; an array's typecode): `types/memoryview.rs`.
        code: u8,
    },
    /// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
    DictView {
        dict: Value,
        kind: ViewKind,
    },
    /// An instance of a class defined by a native module (StringIO, deque, sha256, Pin...): a
    /// Rust payload plus the class whose dict holds its native methods.
    Data(Box<DataObject>),
}

pub struct DataObject {
    pub class: ObjRef,
    pub data: Box<dyn NativeData>,
    pub attrs: NameMap,
}

/// The payload of a native-module object. `trace` must report every `Value` the payload holds
/// so the GC keeps them alive.
pub trait NativeData: std::any::Any {
    fn trace(&self, _out: &mut Vec<Value>) {}
    fn approx_size(&self) -> usize {
        0
    }
    /// The object's bytes, if it supports the buffer protocol (`bytes(obj)`, `struct`, writes).
    fn buffer(&self) -> Option<&[u8]> {
        None
    }
    /// The same bytes, writable (a memoryview's stores), if the object allows it.
    fn buffer_mut(&mut self) -> Option<&mut [u8]> {
        None
    }
    /// The typecode of the buffer's items, as a memoryview of it shows them (`array`'s codes).
    fn buffer_code(&self) -> u8 {
        b'B'
    }
    fn as_any(&self) -> &dyn std::any::Any;
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
}

/// Implements the `as_any` plumbing of `NativeData` for a type: `native_data!(MyType);` or with
/// a tracer, `native_data!(MyType, |s, out| out.extend(&s.items));`.
#[macro_export]
macro_rules! native_data {
    ($t:ty) => {
        impl $crate::object::NativeData for $t {
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
                self
            }
        }
    };
    ($t:ty, $trace:expr) => {
        impl $crate::object::NativeData for $t {
            fn trace(&self, out: &mut Vec<$crate::value::Value>) {
                let f: fn(&$t, &mut Vec<$crate::value::Value>) = $trace;
                f(self, out)
            }
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
                self
            }
        }
    };
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct PyStr {
    pub s: Box<str>,
    /// 0 = not computed yet.
    pub hash: Cell<u64>,
    /// Number of characters; equals `s.len()` for ASCII strings, which then index in O(1).
    pub chars: u32,
}

impl PyStr {
    pub fn new(s: Box<str>) -> PyStr {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, hash: Cell::new(0), chars: chars.min(u32::MAX as usize) as u32 }
    }
    pub fn is_ascii(&self) -> bool {
        self.chars as usize == self.s.len()
    }
}

#[derive(Clone, Copy)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            ((self.stop as i128 - self.start as i128 - 1) / self.step as i128 + 1).min(i64::MAX as i128) as i64
        } else if self.step < 0 && self.start > self.stop {
            ((self.start as i128 - self.stop as i128 - 1) / (-(self.step as i128)) + 1).min(i64::MAX as i128) as i64
        } else {
            0
        }
    }
}

/// Where a global name was last found: the module, the entry position (in the module, or in
/// builtins when `in_builtins`), checked against the name when read, and for a builtin the
/// module namespace's shape then (a module global added since would shadow it).
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub module: Option<ObjRef>,
    pub module_shape: u32,
    pub position: u32,
    pub in_builtins: bool,
}

/// A code object as the VM runs it: the compiler's `Code` plus its constants turned into values
/// and its names interned, done once when the code is loaded.
pub struct CodeObject {
    pub code: Rc<Code>,
    pub consts: Vec<Value>,
    pub names: Vec<Name>,
    /// Interned slot names, for keyword-argument binding.
    pub slot_names: Vec<Name>,
    pub name: Name,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    /// Per-name cache for `LoadGlobal`: where the name was found last time (see `GlobalCache`).
    pub global_cache: Vec<std::cell::Cell<GlobalCache>>,
    /// Per-name caches for attribute loads, stores and method loads (`attr_cache.rs`).
    pub attr_cache: Vec<std::cell::Cell<crate::attr_cache::AttrCache>>,
    /// Calls with exactly `argcount` positional arguments can bind them in place: no `*args`,
    /// `**kwargs`, keyword-only parameters, cells, and not a generator.
    pub fast_call: bool,
}

pub struct Function {
    pub code: ObjRef,
    pub code_rc: Rc<CodeObject>,
    /// The module whose globals the function sees.
    pub module: ObjRef,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults, by name.
    pub kwdefaults: Vec<(Name, Value)>,
    pub closure: Vec<Value>,
    pub name: Name,
    pub attrs: NameMap,
}

pub struct Class {
    pub name: Name,
    pub qualname: Rc<str>,
    pub bases: Vec<ObjRef>,
    /// Method resolution order, starting with the class itself.
    pub mro: Vec<ObjRef>,
    pub dict: NameMap,
    /// The built-in type this class is or derives from (decides instance layout).
    pub base_kind: BaseKind,
    /// Bumped when the class (or, conservatively, any class) changes, for lookup caches.
    pub version: u32,
    /// Cached: does the class (via its MRO) define `__getattr__`, `__setattr__`... Computed at
    /// creation; updated when a special name is assigned on a class.
    pub flags: ClassFlags,
    /// Some instance of this class has a `__dict__` dict kept in step with its attributes:
    /// attribute stores on its instances then take the general path, which updates that dict,
    /// instead of the inline cache's plain store. Never cleared.
    pub live_dicts: bool,
    /// Results of MRO lookups, valid while the VM's class epoch equals the first field (any
    /// change to any class bumps the epoch). Values cached here are reachable through the MRO.
    pub lookup_cache: std::cell::RefCell<(u32, LookupCache)>,
    /// The metaclass, when it is a user subclass of `type` (None: plain `type`).
    pub meta: Option<ObjRef>,
}

pub type LookupCache =
    std::collections::HashMap<Name, Option<Value>, std::hash::BuildHasherDefault<crate::namemap::NameHasher>>;

#[derive(Clone, Copy, Default)]
pub struct ClassFlags {
    pub has_getattr: bool,
    pub has_setattr: bool,
    pub has_delattr: bool,
    pub has_getattribute: bool,
    pub has_eq: bool,
    pub has_hash: bool,
    pub has_slots: bool,
    /// One of the built-in types themselves (int, list, dict...): their `__new__` does all the
    /// work, so instantiation skips `__init__`.
    pub builtin: bool,
    /// Reading an instance attribute that the instance has needs no class lookup: no data
    /// descriptor (property...) and no `__getattribute__` anywhere in the MRO.
    pub plain_getattr: bool,
    /// Setting an instance attribute is a plain store: additionally no `__setattr__` override
    /// and no `__slots__`.
    pub plain_setattr: bool,
    /// The VM's class epoch these flags were computed at (stale when it differs).
    pub epoch: u32,
    /// Instances are plain objects made by `object.__new__`, and `__init__` is this Python
    /// function taking `init_args` positional arguments (self included) with nothing special:
    /// `C(a, b)` can push the `__init__` frame directly.
    pub plain_init: Option<ObjRef>,
    pub init_args: u32,
}

/// What kind of built-in object an instance of a class really is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// `object` and ordinary user classes.
    Object,
    /// BaseException and subclasses: instances carry an `Exception` payload.
    Exception,
    /// A type that cannot be subclassed (or an identity tag for built-in classes).
    Builtin,
    /// User class deriving from a built-in type: the instance holds a real value of that type
    /// in `Instance::base` and the type's methods act on it (see `subclass.rs`).
    List,
    Dict,
    Str,
    Int,
    Float,
    Bytes,
    ByteArray,
    Set,
    FrozenSet,
    Tuple,
    Type,
    /// The lazy iterator classes (`map`, `zip`, `filter`, `enumerate`, `reversed`): a subclass
    /// instance's `base` is the iterator its `__new__` made.
    Iterator,
}

pub struct Instance {
    pub class: ObjRef,
    pub attrs: NameMap,
    pub exception: Option<Box<ExceptionData>>,
    /// For subclasses of built-in types: the underlying built-in value (see `subclass.rs`).
    pub base: Value,
    /// The dict `__dict__` returned, kept in step with `attrs` both ways (`namespace.rs`).
    pub dict: Option<ObjRef>,
}

pub struct ExceptionData {
    pub args: Value,
    /// Innermost last: (filename, line, function name).
    pub traceback: Vec<(Rc<str>, u32, Name)>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

pub struct Module {
    pub name: Name,
    pub globals: NameMap,
    /// The dict `globals()` returned, kept in step with `globals` both ways (see `dict_set`).
    pub mirror: Option<ObjRef>,
}

pub enum Iter {
    /// Over a list, tuple, str, bytes, bytearray (by index, re-reading the container each step).
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Dict keys/values/items and sets, by entry index; `len` is the size when iteration began
    /// (a change of size raises RuntimeError, as in CPython, rather than looping on new entries).
    DictKeys {
        dict: ObjRef,
        index: usize,
        len: usize,
    },
    DictValues {
        dict: ObjRef,
        index: usize,
        len: usize,
    },
    DictItems {
        dict: ObjRef,
        index: usize,
        len: usize,
    },
    Str {
        s: ObjRef,
        byte: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// An object with `__getitem__` but no `__iter__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// The awaitable `__anext__` returns for an async generator.
    AsyncGenStep {
        gen: ObjRef,
    },
    /// The awaitable of `agen.asend(v)` (`throw: false`) or `agen.athrow(e)`/`aclose()`
    /// (`throw: true`; `arg` is the exception): its first step does that, later steps are
    /// ordinary sends. `closing` marks aclose, whose end is quiet.
    AsyncGenOp {
        gen: ObjRef,
        arg: Value,
        throw: bool,
        closing: bool,
        started: bool,
    },
    Done,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct Generator {
    pub kind: GenKind,
    pub state: GenState,
    pub function: ObjRef,
    /// Inline, not boxed: a resume or suspend reaches the saved frame with one pointer less.
    pub frame: Option<crate::frame::SavedFrame>,
    pub name: Name,
    /// While this generator runs on behalf of the generator delegating to it with `yield from`
    /// (which stays suspended, see `Vm::descend_delegation`): that generator, resumed when this
    /// one returns or raises. Cleared when this one yields.
    pub delegator: Option<ObjRef>,
    /// What the op it is suspended at is (read when it suspends, while its code is in cache):
    /// a `YieldFrom` (a delegation that `descend_delegation` may short-cut), or the `Pop` of a
    /// `yield` statement (a resume with None need push nothing).
    pub at: SuspendedAt,
}

/// See `Generator::at`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SuspendedAt {
    Other,
    YieldFrom,
    Pop,
}

impl Object {
    /// Approximate heap footprint in bytes, for the heap limit and `gc.mem_alloc()`.
    pub fn approx_size(&self) -> usize {
        const BASE: usize = 32;
        BASE + match self {
            Object::Str(s) => s.s.len(),
            Object::Bytes(b) | Object::ByteArray(b) => b.capacity(),
            Object::BigInt(b) => 32 + dashu_int::ops::BitTest::bit_len(&**b) / 8,
            Object::Tuple(t) => t.len() * 16,
            Object::List(l) => l.capacity() * 16,
            Object::Dict(d) | Object::Set(d) | Object::FrozenSet(d) => d.approx_size(),
            Object::Function(f) => 96 + f.defaults.len() * 16 + f.closure.len() * 16,
            Object::Class(c) => 128 + c.dict.approx_size(),
            Object::Instance(i) => 48 + i.attrs.approx_size(),
            Object::Module(m) => 64 + m.globals.approx_size(),
            Object::Generator(g) => 64 + g.frame.as_ref().map_or(0, |f| f.stack.capacity() * 16),
            Object::Iterator(_) => 48,
            Object::Data(d) => 48 + d.data.approx_size(),
            _ => 0,
        }
    }
}
