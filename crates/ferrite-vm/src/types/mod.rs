//! The built-in classes: created at VM start as ordinary class objects (so `type(x)`,
//! `isinstance` and subclassing treat them like any class), with their methods installed from one
//! file per type.

use std::rc::Rc;

use crate::error::ExcKind;
use crate::heap::{Heap, ObjRef};
use crate::intern::Interner;
use crate::namemap::NameMap;
use crate::native::NativeFunction;
use crate::object::{BaseKind, Class, ClassFlags, Object};
use crate::value::Value;
use crate::vm::Vm;

pub mod bytes;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod int;
pub mod iterator;
pub mod list;
pub mod list_sort;
pub mod memoryview;
pub mod object;
pub mod operator_methods;
pub mod protocol;
pub mod set;
pub mod str;
pub mod str_extra;
pub mod str_search;
pub mod tuple;

pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none_type: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub cell: ObjRef,
    pub code: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub bound_method: ObjRef,
    pub module: ObjRef,
    pub property: ObjRef,
    pub classmethod: ObjRef,
    pub staticmethod: ObjRef,
    pub super_: ObjRef,
    pub iterator: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub memoryview: ObjRef,
    /// The classes of the lazy iterators `map`, `zip`, `filter`, `enumerate`, `reversed` (all
    /// `Object::Iterator`; `type_of` picks one by the iterator's kind).
    pub map: ObjRef,
    pub zip: ObjRef,
    pub filter: ObjRef,
    pub enumerate: ObjRef,
    pub reversed: ObjRef,
    pub dict_view: ObjRef,
    pub ellipsis: ObjRef,
    pub not_implemented: ObjRef,
    pub exceptions: Vec<ObjRef>,
    /// The class of each kind of heap object whose class is fixed, by `object_kind_slot`, and
    /// of each kind of generator: `Vm::type_of_object` indexes these instead of matching to
    /// fields (LLVM turned that match into ~60 field addresses computed and spilled at every
    /// entry to the interpreter loop it is inlined into).
    pub of_object: [ObjRef; OBJECT_KIND_SLOTS],
    pub of_generator: [ObjRef; 3],
}

/// See `Types::of_object`.
pub const OBJECT_KIND_SLOTS: usize = 27;

impl Types {
    pub fn exc(&self, kind: ExcKind) -> ObjRef {
        self.exceptions[kind as usize]
    }

    pub fn bootstrap(heap: &mut Heap, names: &mut Interner) -> Types {
        let object = new_class(heap, names, "object", &[], BaseKind::Object);
        let mk = |heap: &mut Heap, names: &mut Interner, name: &str, kind: BaseKind| {
            new_class(heap, names, name, &[object], kind)
        };
        let type_ = mk(heap, names, "type", BaseKind::Type);
        let int = mk(heap, names, "int", BaseKind::Int);
        let bool_ = new_class(heap, names, "bool", &[int], BaseKind::Builtin);
        let mut exceptions: Vec<ObjRef> = Vec::new();
        for kind in ExcKind::ALL {
            let base = match kind.parent() {
                Some(p) => exceptions[p as usize],
                None => object,
            };
            exceptions.push(new_class(heap, names, kind.name(), &[base], BaseKind::Exception));
        }
        let mut t = Types {
            object,
            type_,
            none_type: mk(heap, names, "NoneType", BaseKind::Builtin),
            bool_,
            int,
            float: mk(heap, names, "float", BaseKind::Float),
            complex: mk(heap, names, "complex", BaseKind::Builtin),
            str_: mk(heap, names, "str", BaseKind::Str),
            bytes: mk(heap, names, "bytes", BaseKind::Bytes),
            bytearray: mk(heap, names, "bytearray", BaseKind::ByteArray),
            tuple: mk(heap, names, "tuple", BaseKind::Tuple),
            list: mk(heap, names, "list", BaseKind::List),
            dict: mk(heap, names, "dict", BaseKind::Dict),
            set: mk(heap, names, "set", BaseKind::Set),
            frozenset: mk(heap, names, "frozenset", BaseKind::FrozenSet),
            range: mk(heap, names, "range", BaseKind::Builtin),
            slice: mk(heap, names, "slice", BaseKind::Builtin),
            cell: mk(heap, names, "cell", BaseKind::Builtin),
            code: mk(heap, names, "code", BaseKind::Builtin),
            function: mk(heap, names, "function", BaseKind::Builtin),
            builtin_function: mk(heap, names, "builtin_function_or_method", BaseKind::Builtin),
            bound_method: mk(heap, names, "bound_method", BaseKind::Builtin),
            module: mk(heap, names, "module", BaseKind::Builtin),
            property: mk(heap, names, "property", BaseKind::Builtin),
            classmethod: mk(heap, names, "classmethod", BaseKind::Builtin),
            staticmethod: mk(heap, names, "staticmethod", BaseKind::Builtin),
            super_: mk(heap, names, "super", BaseKind::Builtin),
            iterator: mk(heap, names, "iterator", BaseKind::Builtin),
            generator: mk(heap, names, "generator", BaseKind::Builtin),
            coroutine: mk(heap, names, "coroutine", BaseKind::Builtin),
            async_generator: mk(heap, names, "async_generator", BaseKind::Builtin),
            memoryview: mk(heap, names, "memoryview", BaseKind::Builtin),
            map: mk(heap, names, "map", BaseKind::Iterator),
            zip: mk(heap, names, "zip", BaseKind::Iterator),
            filter: mk(heap, names, "filter", BaseKind::Iterator),
            enumerate: mk(heap, names, "enumerate", BaseKind::Iterator),
            reversed: mk(heap, names, "reversed", BaseKind::Iterator),
            dict_view: mk(heap, names, "dict_view", BaseKind::Builtin),
            ellipsis: mk(heap, names, "ellipsis", BaseKind::Builtin),
            not_implemented: mk(heap, names, "NotImplementedType", BaseKind::Builtin),
            exceptions,
            of_object: [object; OBJECT_KIND_SLOTS],
            of_generator: [object; 3],
        };
        t.of_object = [
            t.object,
            t.str_,
            t.bytes,
            t.bytearray,
            t.int,
            t.complex,
            t.tuple,
            t.list,
            t.dict,
            t.set,
            t.frozenset,
            t.range,
            t.slice,
            t.cell,
            t.code,
            t.function,
            t.builtin_function,
            t.bound_method,
            t.type_,
            t.module,
            t.property,
            t.classmethod,
            t.staticmethod,
            t.super_,
            t.iterator,
            t.memoryview,
            t.dict_view,
        ];
        t.of_generator = [t.generator, t.coroutine, t.async_generator];
        t
    }

    /// Every built-in class, for the GC's roots.
    pub fn all(&self) -> Vec<ObjRef> {
        let mut v = vec![
            self.object,
            self.type_,
            self.none_type,
            self.bool_,
            self.int,
            self.float,
            self.complex,
            self.str_,
            self.bytes,
            self.bytearray,
            self.tuple,
            self.list,
            self.dict,
            self.set,
            self.frozenset,
            self.range,
            self.slice,
            self.cell,
            self.code,
            self.function,
            self.builtin_function,
            self.bound_method,
            self.module,
            self.property,
            self.classmethod,
            self.staticmethod,
            self.super_,
            self.iterator,
            self.generator,
            self.coroutine,
            self.async_generator,
            self.memoryview,
            self.map,
            self.zip,
            self.filter,
            self.enumerate,
            self.reversed,
            self.dict_view,
            self.ellipsis,
            self.not_implemented,
        ];
        v.extend_from_slice(&self.exceptions);
        v
    }
}

fn new_class(heap: &mut Heap, names: &mut Interner, name: &str, bases: &[ObjRef], base_kind: BaseKind) -> ObjRef {
    let mut mro = Vec::new();
    // Built-in hierarchies are single inheritance: the MRO is the chain of first bases.
    let mut placeholder_mro = |r: ObjRef, heap: &Heap| {
        if let Object::Class(c) = heap.get(r) {
            mro.extend_from_slice(&c.mro);
        }
    };
    if let Some(&b) = bases.first() {
        placeholder_mro(b, heap);
    }
    let class = Class {
        name: names.intern(name),
        qualname: Rc::from(name),
        bases: bases.to_vec(),
        mro: Vec::new(),
        dict: NameMap::new(),
        base_kind,
        version: 0,
        flags: ClassFlags::default(),
        live_dicts: false,
        lookup_cache: Default::default(),
        meta: None,
    };
    let Some(r) = heap.alloc(Object::Class(Box::new(class))) else {
        return ObjRef { index: 0, generation: 0 };
    };
    let mut full = vec![r];
    full.extend(mro);
    if let Object::Class(c) = heap.get_mut(r) {
        c.mro = full;
    }
    r
}

/// Adds native methods to a built-in class.
pub fn add_methods(vm: &mut Vm, class: ObjRef, methods: &[&'static NativeFunction]) {
    for f in methods {
        let name = vm.intern(f.name);
        let Some(fv) = vm.heap.alloc(Object::Native(f)) else { continue };
        if let Object::Class(c) = vm.heap.get_mut(class) {
            c.dict.insert(name, Value::Obj(fv));
        }
        vm.class_epoch = vm.class_epoch.wrapping_add(1);
    }
}

/// Sets a class attribute of a built-in class.
pub fn set_class_attr(vm: &mut Vm, class: ObjRef, name: &str, value: Value) {
    let name = vm.intern(name);
    if let Object::Class(c) = vm.heap.get_mut(class) {
        c.dict.insert(name, value);
    }
    vm.class_epoch = vm.class_epoch.wrapping_add(1);
}

pub fn install_methods(vm: &mut Vm) {
    object::install(vm);
    int::install(vm);
    float::install(vm);
    str::install(vm);
    bytes::install(vm);
    memoryview::install(vm);
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    function::install(vm);
    exception::install(vm);
    protocol::install(vm);
    operator_methods::install(vm);
}

/// Adds the methods a built-in type lacks; the type's own stay (str's `__getitem__`, int's
/// `__hash__`), so the generic protocol and operator methods never shadow a specific one.
pub(crate) fn add_missing_methods(vm: &mut Vm, class: ObjRef, methods: &[&'static NativeFunction]) {
    let missing: Vec<&'static NativeFunction> = methods
        .iter()
        .copied()
        .filter(|f| {
            let name = vm.intern(f.name);
            !matches!(vm.heap.get(class), Object::Class(c) if c.dict.get(name).is_some())
        })
        .collect();
    add_methods(vm, class, &missing);
}
