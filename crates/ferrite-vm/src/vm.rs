//! The `Vm`: one device's whole Python runtime. It owns the heap, the interned names, the modules
//! and the running thread's stacks; nothing is global, so several VMs can share a process.

use std::io::Write;
use std::rc::Rc;

use dashu_int::IBig;

use crate::dict::Dict;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::heap::{Heap, ObjRef};
use crate::intern::{Interner, Name};
use crate::namemap::NameMap;
use crate::names::KnownNames;
use crate::object::{ExceptionData, Instance, Object, PyStr};
use crate::ops::arith::OpNames;
use crate::types::Types;
use crate::value::Value;

/// What the embedder (the CLI, a test, a fleet) decides about a VM.
#[derive(Clone, Debug)]
pub struct Config {
    /// Heap limit in bytes (`-X heapsize`).
    pub heap_limit: usize,
    /// Collect at every safe point (finds rooting mistakes).
    pub gc_stress: bool,
    /// Python frames deeper than this raise `RuntimeError: maximum recursion depth exceeded`
    /// (CPython stops at 1000; programs written for it fit with room to spare).
    pub max_frames: usize,
    /// `sys.path`.
    pub path: Vec<String>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `-O` level (`micropython.opt_level()`; asserts are skipped from 1 on).
    pub optimize: u8,
    /// `-X sched-seed=N`: reproducible thread interleavings.
    pub sched_seed: Option<u64>,
    /// `-X virtual-time`: sleeping advances a virtual clock instead of waiting.
    pub virtual_time: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            heap_limit: 256 << 20,
            gc_stress: false,
            max_frames: 2500,
            path: vec![String::new(), ".frozen".into()],
            argv: Vec::new(),
            optimize: 0,
            sched_seed: None,
            virtual_time: false,
        }
    }
}

/// How a native module is made: by name, a function that fills the module's namespace.
pub struct NativeModuleDef {
    pub name: &'static str,
    pub init: fn(&mut Vm, ObjRef) -> PyResult<()>,
}

pub struct Vm {
    pub heap: Heap,
    pub names: Interner,
    pub n: KnownNames,
    pub ops: OpNames,
    pub types: Types,
    pub config: Config,
    /// The `builtins` module.
    pub builtins: ObjRef,
    /// `sys.modules`: a dict from module name to module, which programs may read and change.
    pub modules: Value,
    pub native_modules: Vec<&'static NativeModuleDef>,
    /// The running thread's value stack (slots and operand stacks of all its frames).
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Exceptions currently being handled (innermost last): what a bare `raise` re-raises and what
    /// becomes `__context__`.
    pub handled: Vec<Value>,
    /// Values native code holds across calls back into Python.
    pub temp_roots: Vec<Value>,
    /// How many times native code has re-entered the interpreter (bounds Rust stack use).
    pub native_depth: usize,
    /// How many built-in iterators are drawing from one another at once (`enumerate` of a `zip`
    /// of ...): each level is a Rust call, so the chain is bounded (bounds Rust stack use).
    pub iter_nesting: usize,
    pub empty_tuple: Value,
    pub empty_str: Value,
    pub memory_error_instance: Value,
    pub ellipsis: Value,
    pub not_implemented: Value,
    pub out: Box<dyn Write>,
    /// Set from outside (a signal handler) to raise KeyboardInterrupt at the next safe point.
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Counts instructions between safe-point checks.
    pub(crate) tick: u32,
    /// Interned one-character strings for ASCII, made on first use.
    pub(crate) char_cache: Vec<Value>,
    pub(crate) repr_depth: usize,
    /// The helper thread `input()` reads through while other threads run.
    pub(crate) input_reader: Option<crate::builtins::InputReader>,
    /// `os.dupterm` streams (slots 0 and 1) that get a copy of everything printed.
    pub dupterm: [Value; 2],
    pub(crate) in_dupterm: bool,
    /// `micropython.schedule` callbacks waiting for the next safe point (function, argument).
    pub scheduled: std::collections::VecDeque<(Value, Value)>,
    /// True while a scheduled callback runs (they do not nest).
    pub(crate) in_scheduled: bool,
    /// Bumped whenever any class's namespace changes: classes' cached flags are then stale.
    pub(crate) class_epoch: u32,
    /// Depth of the comparison in progress (bounds `==` through sets and dicts).
    pub(crate) cmp_nesting: usize,
    /// Set by `raise` (bare) and `Reraise`: the frame re-raising is already in the traceback.
    pub(crate) reraising: bool,
    /// Set when an entry frame ended by yielding rather than returning.
    pub(crate) yielded: bool,
    /// Whether the last suspension of a generator came from an `await`/`yield from` (as opposed
    /// to a plain `yield`): async generators need to tell the two apart.
    pub(crate) await_yield: bool,
    /// An exception to raise inside a generator frame as soon as it resumes (`throw`).
    pub(crate) pending_throw: Option<PyErr>,
    /// The native functions behind `object.__new__`, `__init__`, `__setattr__`, `__hash__` and
    /// `__eq__`, so the VM can tell "not overridden" apart cheaply.
    pub object_new: Value,
    pub object_init: Value,
    pub object_setattr: Value,
    pub object_hash: Value,
    pub object_eq: Value,
    /// Frozen Python modules, supplied by the embedder.
    pub frozen: Option<crate::import::FrozenLookup>,
    /// `sys.path`, a list the program may change.
    pub sys_path: Value,
    /// The device filesystem's root on the host (`--device DIR`); `None` means the host's
    /// current directory, as on MicroPython's unix port.
    pub fs_root: Option<std::path::PathBuf>,
    /// The current directory inside the device filesystem.
    pub fs_cwd: String,
    /// Values kept alive for the VM's lifetime (native modules' state).
    pub pinned: Vec<Value>,
    /// The device's clock (real, or virtual with `-X virtual-time`).
    pub clock: Box<dyn crate::clock::Clock>,
    /// Threads and what they wait for.
    pub sched: crate::sched::Scheduler,
    /// Per-device state of the embedder and native modules (the board behind `machine`).
    pub extensions: crate::extensions::Extensions,
    /// Ctrl-C arrived while the scheduler waited: raise KeyboardInterrupt in the main thread.
    pub(crate) pending_interrupt: bool,
    pub(crate) main_module: Option<ObjRef>,
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        let mut names = Interner::default();
        let n = KnownNames::new(&mut names);
        let ops = OpNames::new(&mut names);
        let mut heap = Heap::new(config.heap_limit.max(64 << 10));
        // Bootstrap objects are allocated before the limit matters.
        let saved_limit = heap.limit;
        heap.limit = usize::MAX;
        let types = Types::bootstrap(&mut heap, &mut names);
        let mut vm = Vm {
            heap,
            names,
            n,
            ops,
            types,
            config,
            builtins: ObjRef { index: 0, generation: 0 },
            modules: Value::None,
            native_modules: Vec::new(),
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            handled: Vec::new(),
            temp_roots: Vec::new(),
            native_depth: 0,
            iter_nesting: 0,
            empty_tuple: Value::None,
            empty_str: Value::None,
            memory_error_instance: Value::None,
            ellipsis: Value::None,
            not_implemented: Value::None,
            out: Box::new(std::io::stdout()),
            interrupt: Default::default(),
            tick: 0,
            char_cache: Vec::new(),
            repr_depth: 0,
            class_epoch: 1,
            scheduled: std::collections::VecDeque::new(),
            dupterm: [Value::None; 2],
            input_reader: None,
            in_dupterm: false,
            in_scheduled: false,
            cmp_nesting: 0,
            reraising: false,
            yielded: false,
            await_yield: false,
            pending_throw: None,
            object_new: Value::None,
            object_init: Value::None,
            object_setattr: Value::None,
            object_hash: Value::None,
            object_eq: Value::None,
            frozen: None,
            sys_path: Value::None,
            fs_root: None,
            fs_cwd: "/".to_string(),
            pinned: Vec::new(),
            clock: Box::new(crate::clock::RealClock::new()),
            sched: crate::sched::Scheduler::new(None),
            extensions: Default::default(),
            pending_interrupt: false,
            main_module: None,
        };
        vm.sched = crate::sched::Scheduler::new(vm.config.sched_seed);
        if vm.config.virtual_time {
            let wall = crate::clock::Clock::wall_ns(&crate::clock::RealClock::new());
            vm.clock = Box::new(crate::clock::VirtualClock::new(wall));
        }
        vm.init_singletons();
        vm.modules = vm.new_dict().unwrap_or(Value::None);
        crate::types::install_methods(&mut vm);
        crate::builtins::install(&mut vm);
        for t in vm.types.all() {
            if let Object::Class(c) = vm.heap.get_mut(t) {
                c.flags.builtin = c.base_kind != crate::object::BaseKind::Exception && t != vm.types.object;
            }
        }
        let path: Vec<String> = vm.config.path.clone();
        let mut items = Vec::new();
        for p in path {
            if let Ok(v) = vm.new_string(p) {
                items.push(v);
            }
        }
        vm.sys_path = vm.new_list(items).unwrap_or(Value::None);
        vm.heap.limit = saved_limit;
        vm
    }

    fn init_singletons(&mut self) {
        self.empty_tuple = self.alloc_unchecked(Object::Tuple(Box::new([])));
        self.empty_str = self.alloc_unchecked(Object::Str(PyStr::new("".into())));
        let ellipsis_class = self.types.ellipsis;
        self.ellipsis = self.alloc_unchecked(Object::Instance(Box::new(Instance {
            class: ellipsis_class,
            attrs: NameMap::new(),
            exception: None,
            base: Value::None,
            dict: None,
        })));
        let ni_class = self.types.not_implemented;
        self.not_implemented = self.alloc_unchecked(Object::Instance(Box::new(Instance {
            class: ni_class,
            attrs: NameMap::new(),
            exception: None,
            base: Value::None,
            dict: None,
        })));
        let me = self.types.exc(ExcKind::MemoryError);
        let empty = self.empty_tuple;
        self.memory_error_instance = self.make_exception(me, empty).unwrap_or(Value::None);
    }

    fn alloc_unchecked(&mut self, object: Object) -> Value {
        match self.heap.alloc(object) {
            Some(r) => Value::Obj(r),
            None => Value::None,
        }
    }

    /// Stores a new object on the heap; MemoryError past the heap limit.
    #[inline]
    pub fn alloc(&mut self, object: Object) -> PyResult<Value> {
        match self.heap.alloc(object) {
            Some(r) => Ok(Value::Obj(r)),
            None => Err(self.memory_error()),
        }
    }

    pub fn intern(&mut self, s: &str) -> Name {
        self.names.intern(s)
    }

    pub fn name_str(&self, n: Name) -> &str {
        self.names.get(n)
    }

    // ---- constructors of common objects

    pub fn new_str(&mut self, s: &str) -> PyResult<Value> {
        if s.is_empty() {
            return Ok(self.empty_str);
        }
        if s.len() == 1 {
            return self.char_str(s.as_bytes()[0]);
        }
        self.alloc(Object::Str(PyStr::new(s.into())))
    }

    pub fn new_string(&mut self, s: String) -> PyResult<Value> {
        if s.len() <= 1 {
            return self.new_str(&s);
        }
        self.alloc(Object::Str(PyStr::new(s.into_boxed_str())))
    }

    /// One-character ASCII strings are shared, as iteration over text makes many of them.
    fn char_str(&mut self, b: u8) -> PyResult<Value> {
        if b >= 128 {
            return self.alloc(Object::Str(PyStr::new(String::from(b as char).into())));
        }
        if self.char_cache.is_empty() {
            for c in 0u8..128 {
                let v = self.alloc(Object::Str(PyStr::new(String::from(c as char).into())))?;
                self.char_cache.push(v);
            }
        }
        Ok(self.char_cache[b as usize])
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if items.is_empty() {
            return Ok(self.empty_tuple);
        }
        self.alloc(Object::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc(Object::List(items))
    }

    pub fn new_dict(&mut self) -> PyResult<Value> {
        self.alloc(Object::Dict(Box::new(Dict::new())))
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> PyResult<Value> {
        self.alloc(Object::Bytes(b))
    }

    /// An int from a big integer, normalised to a small int when it fits.
    pub fn new_bigint(&mut self, i: IBig) -> PyResult<Value> {
        match i64::try_from(&i) {
            Ok(small) => Ok(Value::Int(small)),
            Err(_) => self.alloc(Object::BigInt(Box::new(i))),
        }
    }

    pub fn make_exception(&mut self, class: ObjRef, args: Value) -> PyResult<Value> {
        self.alloc(Object::Instance(Box::new(Instance {
            class,
            attrs: NameMap::new(),
            exception: Some(Box::new(ExceptionData {
                args,
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            })),
            base: Value::None,
            dict: None,
        })))
    }

    // ---- type queries

    /// The class of any value.
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Unbound | Value::None => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => self.type_of_object(self.heap.get(r)),
        }
    }

    /// The class of a heap object, for callers that already hold it (one heap lookup, not two).
    #[inline]
    pub(crate) fn type_of_object(&self, o: &Object) -> ObjRef {
        match o {
            Object::Class(c) => c.meta.unwrap_or(self.types.type_),
            Object::Instance(i) => i.class,
            Object::Iterator(it) => self.iterator_class(it),
            Object::Data(d) => d.class,
            Object::Generator(g) => self.types.of_generator[g.kind as usize],
            _ => self.types.of_object[object_kind_slot(o)],
        }
    }

    /// The class of an iterator: the iterator classes (`map`, `zip`...) for theirs, else the
    /// generic one. Out of line: `type_of_object` is inlined into the interpreter loop.
    #[inline(never)]
    fn iterator_class(&self, it: &crate::object::Iter) -> ObjRef {
        match it {
            crate::object::Iter::Map { .. } => self.types.map,
            crate::object::Iter::Zip { .. } => self.types.zip,
            crate::object::Iter::Filter { .. } => self.types.filter,
            crate::object::Iter::Enumerate { .. } => self.types.enumerate,
            crate::object::Iter::Reversed { .. } => self.types.reversed,
            _ => self.types.iterator,
        }
    }

    pub fn class_name(&self, class: ObjRef) -> String {
        match self.heap.get(class) {
            Object::Class(c) => self.names.get(c.name).to_string(),
            _ => "?".to_string(),
        }
    }

    pub fn type_name(&self, v: Value) -> String {
        self.class_name(self.type_of(v))
    }

    pub fn module_name(&self, m: ObjRef) -> String {
        match self.heap.get(m) {
            Object::Module(m) => self.names.get(m.name).to_string(),
            _ => "?".to_string(),
        }
    }

    /// Is `class` the same as or a subclass of `base`?
    pub fn is_subclass(&self, class: ObjRef, base: ObjRef) -> bool {
        if class == base {
            return true;
        }
        match self.heap.get(class) {
            Object::Class(c) => c.mro.contains(&base),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: Value, class: ObjRef) -> bool {
        let t = self.type_of(v);
        if t == class {
            return true;
        }
        if class == self.types.int && matches!(v, Value::Bool(_)) {
            return true;
        }
        self.is_subclass(t, class)
    }

    pub fn is_exception_kind(&self, v: Value, kind: ExcKind) -> bool {
        self.isinstance(v, self.types.exc(kind))
    }

    /// The text of a str object, or of a str subclass instance (`subclass.rs`), so that every
    /// built-in taking a str takes those too; `None` for anything else.
    pub fn str_ref(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Some(&s.s),
                Object::Instance(i) => match i.base.as_obj().map(|b| self.heap.get(b)) {
                    Some(Object::Str(s)) => Some(&s.s),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Is `v` a str itself (not a subclass instance)? Methods return such a receiver unchanged.
    pub fn is_exact_str(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Str(_)))
    }

    /// The text of a str itself, not of a subclass instance (whose `__str__` may say otherwise).
    pub fn exact_str_ref(&self, v: Value) -> Option<&str> {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Str(s)) => Some(&s.s),
            _ => None,
        }
    }

    /// Writes to `sys.stdout`.
    pub fn write_out(&mut self, s: &str) -> PyResult<()> {
        if self.out.write_all(s.as_bytes()).is_err() {
            return Err(self.os_error(32));
        }
        if self.dupterm.iter().any(|d| !d.is_none()) && !self.in_dupterm {
            self.copy_to_dupterm(s);
        }
        Ok(())
    }

    /// `os.dupterm` streams receive a copy of the output; a stream whose write fails is
    /// detached, as on MicroPython.
    fn copy_to_dupterm(&mut self, s: &str) {
        self.in_dupterm = true;
        for i in 0..self.dupterm.len() {
            let stream = self.dupterm[i];
            if stream.is_none() {
                continue;
            }
            let data = match self.new_bytes(s.as_bytes().to_vec()) {
                Ok(d) => d,
                Err(_) => break,
            };
            let write = self.n.write;
            if self.call_method(stream, write, &[data]).is_err() {
                self.dupterm[i] = Value::None;
            }
        }
        self.in_dupterm = false;
    }

    pub fn flush_out(&mut self) {
        let _ = self.out.flush();
    }

    pub fn set_output(&mut self, out: Box<dyn Write>) {
        self.out = out;
    }

    pub fn main_module(&self) -> Option<ObjRef> {
        self.main_module
    }

    /// Roots `v` until `truncate_roots` is called with a mark taken before.
    pub fn root(&mut self, v: Value) {
        self.temp_roots.push(v);
    }
    pub fn roots_mark(&self) -> usize {
        self.temp_roots.len()
    }
    pub fn truncate_roots(&mut self, mark: usize) {
        self.temp_roots.truncate(mark);
    }
    /// Replaces the root at `slot` (a `roots_mark()` taken before rooting it): a loop that
    /// keeps one changing value alive (a running total, the best so far) roots it in one place
    /// instead of pushing a root per step, which grew without bound (`sum()` of an endless
    /// generator took ~25 bytes per item).
    pub fn set_root(&mut self, slot: usize, v: Value) {
        if let Some(r) = self.temp_roots.get_mut(slot) {
            *r = v;
        }
    }

    pub fn exc_data(&self, exc: Value) -> Option<&ExceptionData> {
        match self.heap.get(exc.as_obj()?) {
            Object::Instance(i) => i.exception.as_deref(),
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, exc: Value) -> Option<&mut ExceptionData> {
        match self.heap.get_mut(exc.as_obj()?) {
            Object::Instance(i) => i.exception.as_deref_mut(),
            _ => None,
        }
    }

    pub fn code_name(&self, code: &Rc<crate::object::CodeObject>) -> Name {
        code.name
    }

    pub fn err_value(e: PyErr) -> Value {
        e.0
    }

    pub(crate) fn extra_roots(&self) -> Vec<Value> {
        let mut v = self.pinned.clone();
        for (f, a) in &self.scheduled {
            v.push(*f);
            v.push(*a);
        }
        v.extend_from_slice(&self.dupterm);
        v.extend(self.sched.roots());
        v.push(self.sys_path);
        v
    }
}

impl Vm {
    /// The payload of a native-module object, if `v` is one of type `T`.
    pub fn data<T: 'static>(&self, v: Value) -> Option<&T> {
        match self.heap.get(v.as_obj()?) {
            Object::Data(d) => d.data.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }

    pub fn data_mut<T: 'static>(&mut self, v: Value) -> Option<&mut T> {
        match self.heap.get_mut(v.as_obj()?) {
            Object::Data(d) => d.data.as_any_mut().downcast_mut::<T>(),
            _ => None,
        }
    }

    /// A new native-module object of `class` holding `data`.
    pub fn new_data(&mut self, class: ObjRef, data: Box<dyn crate::object::NativeData>) -> PyResult<Value> {
        self.alloc(Object::Data(Box::new(crate::object::DataObject { class, data, attrs: NameMap::new() })))
    }

    /// Creates a class for a native module, with native methods (a method named `__new__`
    /// receives the class first, as for built-in types). `bases` empty means `object`.
    pub fn new_native_class(
        &mut self,
        name: &str,
        bases: &[ObjRef],
        methods: &[&'static crate::native::NativeFunction],
    ) -> PyResult<ObjRef> {
        let bases: Vec<Value> = bases.iter().map(|b| Value::Obj(*b)).collect();
        let ns = self.new_dict()?;
        self.root(ns);
        let c = self.make_class(name, &bases, ns);
        self.temp_roots.pop();
        let c = c?;
        let Some(r) = c.as_obj() else { return Err(self.internal_error("class")) };
        crate::types::add_methods(self, r, methods);
        self.refresh_class_flags(r);
        self.pinned.push(c);
        Ok(r)
    }

    pub(crate) fn object_repr_fn(&mut self) -> Value {
        let n = self.n.__repr__;
        self.class_lookup(self.types.object, n).unwrap_or(Value::None)
    }
}

impl Vm {
    /// Sleeps the running thread for `ns` nanoseconds. Every blocking sleep in every module goes
    /// through here, so that the scheduler (other threads, virtual time) sees it. Ctrl-C
    /// interrupts it with KeyboardInterrupt.
    pub fn sleep_ns(&mut self, ns: u64) -> PyResult<()> {
        if self.can_defer_wait() {
            // Park after the native call returns; others run meanwhile.
            let deadline = self.clock.monotonic_ns().saturating_add(ns);
            self.sched.pending = Some(crate::sched::Wait::Sleep(deadline));
            return Ok(());
        }
        self.flush_out();
        // Sleep in slices so an interrupt is noticed promptly.
        let mut left = ns;
        while left > 0 {
            let step = left.min(20_000_000);
            self.clock.sleep_ns(step);
            left -= step;
            if self.interrupt.swap(false, std::sync::atomic::Ordering::Relaxed) {
                return Err(self.new_exception(ExcKind::KeyboardInterrupt, ""));
            }
        }
        Ok(())
    }
}

impl Vm {
    /// `sys.modules[name]`.
    pub fn module_lookup(&mut self, name: &str) -> Option<Value> {
        let key = self.new_str(name).ok()?;
        let m = self.modules;
        self.dict_get(m, key).ok().flatten()
    }

    pub fn module_register(&mut self, name: &str, module: Value) {
        if let Ok(key) = self.new_str(name) {
            let m = self.modules;
            let _ = self.dict_set(m, key, module);
        }
    }

    pub fn module_unregister(&mut self, name: &str) {
        if let Ok(key) = self.new_str(name) {
            let m = self.modules;
            let _ = self.dict_remove(m, key);
        }
    }
}

impl Vm {
    /// `micropython.schedule(f, arg)`: queue `f(arg)` to run at the next safe point (at most
    /// `SCHEDULE_DEPTH` waiting, as on MicroPython).
    pub fn schedule(&mut self, f: Value, arg: Value) -> PyResult<()> {
        const SCHEDULE_DEPTH: usize = 8;
        if self.scheduled.len() >= SCHEDULE_DEPTH {
            return Err(self.runtime_error("schedule queue full"));
        }
        self.scheduled.push_back((f, arg));
        // Reach the next safe point's slow path soon.
        self.tick = u32::MAX / 2;
        Ok(())
    }

    /// Runs the queued callbacks (from a safe point; callbacks do not nest).
    pub(crate) fn run_scheduled(&mut self) -> PyResult<()> {
        self.in_scheduled = true;
        let mut result = Ok(());
        while let Some((f, arg)) = self.scheduled.pop_front() {
            let mark = self.roots_mark();
            self.root(f);
            self.root(arg);
            let r = self.call(f, &[arg]);
            self.truncate_roots(mark);
            if let Err(e) = r {
                result = Err(e);
                break;
            }
        }
        self.in_scheduled = false;
        result
    }
}

/// Where `Types::of_object` keeps the class of `o` (instances, native data and generators
/// carry theirs).
#[inline(always)]
fn object_kind_slot(o: &Object) -> usize {
    match o {
        Object::Dead => 0,
        Object::Str(_) => 1,
        Object::Bytes(_) => 2,
        Object::ByteArray(_) => 3,
        Object::BigInt(_) => 4,
        Object::Complex(..) => 5,
        Object::Tuple(_) => 6,
        Object::List(_) => 7,
        Object::Dict(_) => 8,
        Object::Set(_) => 9,
        Object::FrozenSet(_) => 10,
        Object::Range(_) => 11,
        Object::Slice(..) => 12,
        Object::Cell(_) => 13,
        Object::Code(_) => 14,
        Object::Function(_) => 15,
        Object::Native(_) => 16,
        Object::BoundMethod { .. } => 17,
        Object::Class(_) => 18,
        Object::Module(_) => 19,
        Object::Property { .. } => 20,
        Object::ClassMethod(_) => 21,
        Object::StaticMethod(_) => 22,
        Object::Super { .. } => 23,
        Object::Iterator(_) => 24,
        Object::MemoryView { .. } => 25,
        Object::DictView { .. } => 26,
        // These carry or choose their class (`Vm::type_of_object`).
        Object::Instance(_) | Object::Data(_) | Object::Generator(_) => 0,
    }
}
