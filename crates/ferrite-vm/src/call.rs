//! Calling things: argument binding for Python functions, native calls, bound methods, class
//! instantiation and `__call__`. A call works on the VM stack in place: `[callable, args...]`
//! starting at a known position, so arguments stay rooted and the common exact-positional call
//! to a Python function copies nothing (the arguments become the callee's first slots).

use crate::error::PyResult;
use crate::frame::{FrameKind, SavedFrame};
use crate::heap::ObjRef;
use crate::intern::Name;
use crate::interp::Called;
use crate::object::{BaseKind, GenKind, GenState, Generator, Object};
use crate::value::Value;
use crate::vm::Vm;

/// Native re-entries into the interpreter deeper than this raise RuntimeError instead of risking
/// the Rust stack (each costs a few KiB; the interpreter thread has a large stack).
const MAX_NATIVE_DEPTH: usize = 400;

/// A native call's result as a finished call. The value is re-read by halves: `.map(Called::Done)`
/// copied it with one 16-byte load right after the callee's two 8-byte stores, a store-forwarding
/// stall that was the hottest instruction of the interpreter loop on `bench/strings.py`.
#[inline(always)]
pub(crate) fn done(r: PyResult<Value>) -> PyResult<Called> {
    match r {
        Ok(v) => Ok(Called::Done(crate::value::reload(&v))),
        Err(e) => Err(e),
    }
}

impl Vm {
    /// Calls the callable at `stack[pos]` with the `nargs` values above it (the last
    /// `len(kwnames)` of them keyword arguments named by the tuple `kwnames`, or `Unbound`).
    /// The caller's stack is cut back to `ret_to` when a pushed frame returns. With `entry`, a
    /// Python callee is run to completion here (re-entering the loop).
    pub(crate) fn call_at(
        &mut self,
        pos: usize,
        nargs: usize,
        kwnames: Value,
        ret_to: usize,
        entry: bool,
    ) -> PyResult<Called> {
        let callable = crate::value::reload(&self.stack[pos]);
        let Value::Obj(r) = callable else {
            let tn = self.type_name(callable);
            return Err(self.type_error(format!("'{tn}' object isn't callable")));
        };
        match self.heap.get(r) {
            Object::Function(_) => self.enter_function(r, pos + 1, nargs, kwnames, ret_to, FrameKind::Normal, entry),
            Object::Native(nf) => {
                let f = nf.func;
                if !nf.kw && !kwnames.is_unbound() {
                    self.check_no_keywords(kwnames)?;
                }
                let v = self.call_native(f, pos + 1, nargs, kwnames)?;
                Ok(Called::Done(v))
            }
            Object::BoundMethod { func, receiver } => {
                let (func, receiver) = (*func, *receiver);
                // [bm, a1..an] -> [func, receiver, a1..an]
                self.stack[pos] = receiver;
                self.stack.insert(pos, func);
                self.call_at(pos, nargs + 1, kwnames, ret_to, entry)
            }
            Object::Class(_) if r == self.types.super_ => {
                // `super(cls, obj)` (what `super()` in a method compiles to) makes the proxy
                // directly, without the class machinery of `__new__` and `__init__`.
                let v = self.call_native(crate::builtins::SUPER.func, pos + 1, nargs, kwnames)?;
                Ok(Called::Done(v))
            }
            Object::Class(_) => {
                // The common case: a plain class whose __init__ is a plain Python function.
                if kwnames.is_unbound() && !entry {
                    let flags = self.class_flags(r);
                    if let Some(init) = flags.plain_init {
                        if flags.init_args as usize == nargs + 1 {
                            let instance = self.new_object_instance(r)?;
                            self.stack[pos] = instance;
                            return self.enter_function(
                                init,
                                pos,
                                nargs + 1,
                                kwnames,
                                ret_to,
                                FrameKind::Init(instance),
                                false,
                            );
                        }
                    }
                }
                self.instantiate(r, pos, nargs, kwnames, ret_to, entry)
            }
            _ => {
                let call_name = self.n.__call__;
                let class = self.type_of(callable);
                match self.class_lookup(class, call_name) {
                    Some(f) if !self.is_method_wrapper(f) => {
                        // [obj, args] -> [__call__, obj, args]
                        self.stack.insert(pos, f);
                        self.call_at(pos, nargs + 1, kwnames, ret_to, entry)
                    }
                    f => self.call_wrapped(callable, class, f, pos, nargs, kwnames, ret_to, entry),
                }
            }
        }
    }

    /// Whether `f` is a `staticmethod` or `classmethod` object.
    fn is_method_wrapper(&self, f: Value) -> bool {
        matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::StaticMethod(_) | Object::ClassMethod(_)))
    }

    /// Calls that are rare: a `__call__` defined as a staticmethod or classmethod, and a
    /// `staticmethod` object called directly (callable since CPython 3.10). Else TypeError.
    #[cold]
    #[inline(never)]
    #[expect(clippy::too_many_arguments, reason = "the call_at arguments, passed through")]
    fn call_wrapped(
        &mut self,
        callable: Value,
        class: ObjRef,
        call: Option<Value>,
        pos: usize,
        nargs: usize,
        kwnames: Value,
        ret_to: usize,
        entry: bool,
    ) -> PyResult<Called> {
        let wrapped = |vm: &Vm, v: Value| match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::StaticMethod(inner)) => Some((*inner, false)),
            Some(Object::ClassMethod(inner)) => Some((*inner, true)),
            _ => None,
        };
        match call.and_then(|f| wrapped(self, f)) {
            // [obj, args] -> [f, args]
            Some((inner, false)) => {
                self.stack[pos] = inner;
                return self.call_at(pos, nargs, kwnames, ret_to, entry);
            }
            // [obj, args] -> [f, class, args]
            Some((inner, true)) => {
                self.stack[pos] = Value::Obj(class);
                self.stack.insert(pos, inner);
                return self.call_at(pos, nargs + 1, kwnames, ret_to, entry);
            }
            None => {}
        }
        if let (None, Some((inner, false))) = (call, wrapped(self, callable)) {
            self.stack[pos] = inner;
            return self.call_at(pos, nargs, kwnames, ret_to, entry);
        }
        let tn = self.type_name(callable);
        Err(self.type_error(format!("'{tn}' object isn't callable")))
    }

    /// The common call: a plain Python function given its positional arguments (the missing
    /// trailing ones have defaults), which become its first slots where they lie. Returns false
    /// to take the general path.
    #[inline(always)]
    pub(crate) fn push_fast_frame(&mut self, pos: usize, nargs: usize) -> bool {
        let Some(Value::Obj(r)) = self.stack.get(pos).map(crate::value::reload) else { return false };
        let Object::Function(func) = self.heap.get(r) else { return false };
        let code = &func.code_rc;
        let argcount = code.code.argcount as usize;
        if !code.fast_call || self.frames.len() >= self.config.max_frames {
            return false;
        }
        if argcount != nargs {
            // Fewer arguments than parameters: the defaults supply the rest.
            let missing = argcount.wrapping_sub(nargs);
            if nargs > argcount || missing > func.defaults.len() {
                return false;
            }
            let from = func.defaults.len() - missing;
            self.stack.extend_from_slice(&func.defaults[from..]);
        }
        let code = code.clone();
        let module = func.module;
        let base = pos + 1;
        let nlocals = code.code.nlocals as usize;
        self.stack.resize(base + nlocals, Value::Unbound);
        let nfree = code.code.nfree as usize;
        if nfree > 0 {
            let start = base + code.code.free_start as usize;
            if let Object::Function(func) = self.heap.get(r) {
                for (i, cell) in func.closure.iter().enumerate().take(nfree) {
                    if let Some(slot) = self.stack.get_mut(start + i) {
                        *slot = *cell;
                    }
                }
            }
        }
        self.push_frame(code, r, module, base, pos, base + nlocals, FrameKind::Normal, false);
        true
    }

    /// The native function at `stack[pos]`, when that is what a call site calls: the
    /// interpreter then calls it with `call_native_positional`, skipping `call_at`'s dispatch,
    /// whose prologue alone cost more than a str method's work.
    #[inline(always)]
    pub(crate) fn native_at(&self, pos: usize) -> Option<crate::native::NativeFn> {
        let Some(Value::Obj(r)) = self.stack.get(pos).map(crate::value::reload) else { return None };
        match self.heap.get(r) {
            Object::Native(nf) => Some(nf.func),
            _ => None,
        }
    }

    /// The function behind a native callable value.
    fn native_fn(&self, f: Value) -> Option<crate::native::NativeFn> {
        match self.heap.get(f.as_obj()?) {
            Object::Native(nf) => Some(nf.func),
            _ => None,
        }
    }

    /// Calls native `f` with the `npos` positional arguments at `stack[at..]`.
    #[inline]
    pub(crate) fn call_native_positional(
        &mut self,
        f: crate::native::NativeFn,
        at: usize,
        npos: usize,
        kw: &[(Name, Value)],
    ) -> PyResult<Value> {
        self.sched.native_calls += 1;
        let r = if npos <= 8 && at + npos <= self.stack.len() {
            // Copied out because the callee gets `&mut Vm` (it may grow the stack); by halves, as
            // they were written (see `copy_value`): a 16-byte memcpy load of them would stall.
            let mut buf = [std::mem::MaybeUninit::<Value>::uninit(); 8];
            let src = self.stack.as_ptr();
            for (i, dst) in buf.iter_mut().enumerate().take(npos) {
                // SAFETY: `at + i < at + npos <= len`, so the source is a value on the stack.
                unsafe { crate::value::copy_value(src.add(at + i), dst.as_mut_ptr()) };
            }
            // SAFETY: the first `npos <= 8` elements were initialised above.
            let args = unsafe { std::slice::from_raw_parts(buf.as_ptr().cast::<Value>(), npos) };
            f(self, args, kw)
        } else {
            let args = self.stack[at..at + npos].to_vec();
            f(self, &args, kw)
        };
        self.sched.native_calls -= 1;
        // The callee wrote its result in halves; hand it on read the same way.
        match r {
            // SAFETY: `v` is a value.
            Ok(v) => Ok(unsafe { crate::value::read_value(&v) }),
            Err(e) => Err(e),
        }
    }

    /// A call passing keyword arguments to a native function that reads none.
    #[cold]
    #[inline(never)]
    fn check_no_keywords(&mut self, kwnames: Value) -> PyResult<()> {
        if self.tuple_len(kwnames) == 0 {
            return Ok(());
        }
        Err(self.type_error("function doesn't take keyword arguments"))
    }

    fn call_native(&mut self, f: crate::native::NativeFn, at: usize, nargs: usize, kwnames: Value) -> PyResult<Value> {
        let nkw = self.tuple_len(kwnames);
        let npos = nargs - nkw;
        let mut kw: Vec<(Name, Value)> = Vec::new();
        if nkw > 0 {
            let names = self.tuple_items(kwnames);
            for (i, n) in names.iter().enumerate() {
                let s = self.str_ref(*n).unwrap_or("").to_string();
                let name = self.intern(&s);
                kw.push((name, self.stack[at + npos + i]));
            }
        }
        self.call_native_positional(f, at, npos, &kw)
    }

    /// Binds arguments and pushes a frame for a Python function (or makes a generator).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn enter_function(
        &mut self,
        fref: ObjRef,
        at: usize,
        nargs: usize,
        kwnames: Value,
        ret_to: usize,
        kind: FrameKind,
        entry: bool,
    ) -> PyResult<Called> {
        let Object::Function(func) = self.heap.get(fref) else {
            return Err(self.internal_error("not a function"));
        };
        let code = func.code_rc.clone();
        let module = func.module;
        let c = &code.code;
        let nlocals = c.nlocals as usize;
        let nkw = if kwnames.is_unbound() { 0 } else { self.tuple_len(kwnames) };
        let simple = nkw == 0
            && nargs == c.argcount as usize
            && !c.flags.varargs
            && !c.flags.varkeywords
            && c.kwonlyargcount == 0;
        let base;
        if simple {
            base = at;
            self.stack.truncate(at + nargs);
            self.stack.resize(base + nlocals, Value::Unbound);
        } else {
            let slots = self.bind_arguments(fref, at, nargs, kwnames)?;
            self.stack.truncate(ret_to);
            base = self.stack.len();
            // Keep the function alive: it is no longer on the stack below the frame.
            self.stack.extend_from_slice(&slots);
        }
        // Cells and free variables.
        if !c.cell_slots.is_empty() {
            for &s in &c.cell_slots {
                let v = self.stack[base + s as usize];
                let cell = self.alloc(Object::Cell(v))?;
                self.stack[base + s as usize] = cell;
            }
        }
        if c.nfree > 0 {
            if let Object::Function(func) = self.heap.get(fref) {
                for (i, cell) in func.closure.iter().enumerate() {
                    if let Some(slot) = self.stack.get_mut(base + c.free_start as usize + i) {
                        *slot = *cell;
                    }
                }
            }
        }
        if c.flags.generator || c.flags.coroutine {
            let saved = SavedFrame::new(code.clone(), fref, module, self.stack[base..base + nlocals].to_vec());
            self.stack.truncate(ret_to);
            let gkind = match (c.flags.coroutine, c.flags.generator) {
                (true, true) => GenKind::AsyncGenerator,
                (true, false) => GenKind::Coroutine,
                _ => GenKind::Generator,
            };
            let name = code.name;
            let g = self.alloc(Object::Generator(Box::new(Generator {
                kind: gkind,
                state: GenState::Created,
                function: fref,
                frame: Some(saved),
                name,
                delegator: None,
                at: crate::object::SuspendedAt::Other,
            })))?;
            return Ok(Called::Done(g));
        }
        if self.frames.len() >= self.config.max_frames {
            self.stack.truncate(ret_to);
            return Err(self.recursion_error());
        }
        self.push_frame(code, fref, module, base, ret_to, base + nlocals, kind, entry);
        if entry {
            return self.run_entry_frame().map(Called::Done);
        }
        Ok(Called::Pushed)
    }

    /// Runs the frame just pushed (marked `entry`) to completion, bounding native re-entry.
    pub(crate) fn run_entry_frame(&mut self) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            if let Some(f) = self.frames.pop() {
                self.stack.truncate(f.ret_to);
            }
            return Err(self.recursion_error());
        }
        self.native_depth += 1;
        let r = self.run_frames();
        self.native_depth -= 1;
        r
    }

    /// The general argument binder: positional, keyword, defaults, `*args`, `**kwargs`.
    fn bind_arguments(&mut self, fref: ObjRef, at: usize, nargs: usize, kwnames: Value) -> PyResult<Vec<Value>> {
        let Object::Function(func) = self.heap.get(fref) else {
            return Err(self.internal_error("not a function"));
        };
        let code = func.code_rc.clone();
        // The name is only spelled out for an error; defaults are read where they are used.
        let fname_id = func.name;
        let c = &code.code;
        let argcount = c.argcount as usize;
        let kwonly = c.kwonlyargcount as usize;
        let posonly = c.posonlyargcount as usize;
        let nkw = if kwnames.is_unbound() { 0 } else { self.tuple_len(kwnames) };
        let npos = nargs - nkw;
        let mut slots = vec![Value::Unbound; c.nlocals as usize];
        let mut extra_pos = Vec::new();
        for i in 0..npos {
            let v = crate::value::reload(&self.stack[at + i]);
            if i < argcount {
                slots[i] = v;
            } else if c.flags.varargs {
                extra_pos.push(v);
            } else {
                let fname = self.name_str(fname_id).to_string();
                return Err(
                    self.type_error(format!("{fname}() takes {argcount} positional arguments but {npos} were given"))
                );
            }
        }
        let mut next_slot = argcount + kwonly;
        let varargs_slot = if c.flags.varargs {
            let s = next_slot;
            next_slot += 1;
            Some(s)
        } else {
            None
        };
        let varkw_slot = if c.flags.varkeywords { Some(next_slot) } else { None };
        let mut kwdict = Value::None;
        if let Some(s) = varkw_slot {
            kwdict = self.new_dict()?;
            slots[s] = kwdict;
        }
        if let Some(s) = varargs_slot {
            slots[s] = self.new_tuple(extra_pos)?;
        }
        if nkw > 0 {
            let names = self.tuple_items(kwnames);
            for (i, nv) in names.iter().enumerate() {
                let v = self.stack[at + npos + i];
                let name = match nv.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::Str(k)) => self.names.intern(&k.s),
                    _ => self.names.intern(""),
                };
                let found = code.slot_names[posonly..argcount + kwonly].iter().position(|n| *n == name);
                match found {
                    Some(j) => {
                        let j = j + posonly;
                        if !slots[j].is_unbound() {
                            let fname = self.name_str(fname_id).to_string();
                            let kname = self.name_str(name).to_string();
                            return Err(
                                self.type_error(format!("{fname}() got multiple values for argument '{kname}'"))
                            );
                        }
                        slots[j] = v;
                    }
                    None if varkw_slot.is_some() => {
                        self.dict_set(kwdict, *nv, v)?;
                    }
                    None => {
                        let kname = self.name_str(name).to_string();
                        return Err(self.type_error(format!("unexpected keyword argument '{kname}'")));
                    }
                }
            }
        }
        let Object::Function(func) = self.heap.get(fref) else {
            return Err(self.internal_error("not a function"));
        };
        let defaults = &func.defaults;
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = 0;
        for i in 0..argcount {
            if slots[i].is_unbound() {
                if i >= first_default {
                    slots[i] = defaults[i - first_default];
                } else {
                    missing += 1;
                }
            }
        }
        let mut missing_kw = None;
        for i in argcount..argcount + kwonly {
            if slots[i].is_unbound() {
                let name = code.slot_names[i];
                match func.kwdefaults.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => slots[i] = *v,
                    None => {
                        missing_kw = Some(name);
                        break;
                    }
                }
            }
        }
        if missing > 0 {
            let fname = self.name_str(fname_id).to_string();
            return Err(self.type_error(format!("{fname}() missing {missing} required positional arguments")));
        }
        if let Some(name) = missing_kw {
            let fname = self.name_str(fname_id).to_string();
            let n = self.name_str(name).to_string();
            return Err(self.type_error(format!("{fname}() missing required keyword argument '{n}'")));
        }
        Ok(slots)
    }

    /// Calls a class: its metaclass's `__call__` if a user metaclass defines one, else
    /// `instantiate_class`.
    fn instantiate(
        &mut self,
        class: ObjRef,
        pos: usize,
        nargs: usize,
        kwnames: Value,
        ret_to: usize,
        entry: bool,
    ) -> PyResult<Called> {
        if let Some(f) = self.metaclass_call(class) {
            // [cls, args] -> [__call__, cls, args]
            self.stack.insert(pos, f);
            return self.call_at(pos, nargs + 1, kwnames, ret_to, entry);
        }
        self.instantiate_class(class, pos, nargs, kwnames, ret_to, entry)
    }

    /// Instantiates a class: `__new__` then `__init__`. A Python `__init__` runs as a frame whose
    /// result is replaced by the instance.
    pub(crate) fn instantiate_class(
        &mut self,
        class: ObjRef,
        pos: usize,
        nargs: usize,
        kwnames: Value,
        ret_to: usize,
        entry: bool,
    ) -> PyResult<Called> {
        // type(x) with one argument.
        if class == self.types.type_ && nargs == 1 && kwnames.is_unbound() {
            let t = self.type_of(self.stack[pos + 1]);
            return Ok(Called::Done(Value::Obj(t)));
        }
        let new_name = self.n.__new__;
        let init_name = self.n.__init__;
        let new_fn = self.class_lookup(class, new_name);
        let instance = match new_fn {
            Some(f) if !self.is_default_new(f) => {
                // __new__(cls, *args, **kw): replace the class slot with __new__ and insert cls.
                let f = self.unwrap_static(f);
                let r = match self.native_fn(f) {
                    // A built-in type's native `__new__` (`str(i)`, `int(s)`) takes the class and
                    // the arguments where they already lie, `[cls, args...]`, without copying
                    // them and re-entering `call_at`.
                    Some(nf) if kwnames.is_unbound() => self.call_native_positional(nf, pos, nargs + 1, &[])?,
                    // A subclass's keyword arguments are for its own `__init__`: the built-in
                    // base's `__new__` gets them whether or not it reads them.
                    Some(nf) if !matches!(self.heap.get(class), Object::Class(c) if c.flags.builtin) => {
                        let base = self.stack.len();
                        self.stack.push(Value::Obj(class));
                        for i in 0..nargs {
                            let v = self.stack[pos + 1 + i];
                            self.stack.push(v);
                        }
                        let r = self.call_native(nf, base, nargs + 1, kwnames);
                        self.stack.truncate(base);
                        r?
                    }
                    _ => {
                        let base = self.stack.len();
                        self.stack.push(f);
                        self.stack.push(Value::Obj(class));
                        for i in 0..nargs {
                            let v = self.stack[pos + 1 + i];
                            self.stack.push(v);
                        }
                        let r = match self.call_at(base, nargs + 1, kwnames, base, true)? {
                            Called::Done(v) => v,
                            Called::Pushed => Value::None,
                        };
                        self.stack.truncate(base);
                        r
                    }
                };
                if !self.isinstance(r, class) {
                    return Ok(Called::Done(r));
                }
                r
            }
            _ => self.new_object_instance(class)?,
        };
        if matches!(self.heap.get(class), Object::Class(c) if c.flags.builtin) {
            return Ok(Called::Done(instance));
        }
        match self.class_lookup(class, init_name) {
            Some(init) if !self.is_default_init(init) => {
                self.stack[pos] = instance;
                if let Some(fr) = init.as_obj().filter(|r| matches!(self.heap.get(*r), Object::Function(_))) {
                    return self
                        .enter_function(fr, pos, nargs + 1, kwnames, ret_to, FrameKind::Init(instance), entry)
                        .map(|c| match c {
                            Called::Done(v) if !entry => {
                                // A generator __init__ is an error in Python; treat its result as None.
                                let _ = v;
                                Called::Done(instance)
                            }
                            other => other,
                        });
                }
                self.stack.insert(pos, init);
                match self.call_at(pos, nargs + 1, kwnames, pos, true)? {
                    Called::Done(_) | Called::Pushed => {}
                }
                Ok(Called::Done(instance))
            }
            _ => {
                if nargs > 0 && new_fn.is_none_or(|f| self.is_default_new(f)) {
                    let cn = self.class_name(class);
                    return Err(self.type_error(format!("{cn}() takes no arguments")));
                }
                Ok(Called::Done(instance))
            }
        }
    }

    /// A fresh instance of `class` with the layout its built-in base needs.
    pub(crate) fn new_object_instance(&mut self, class: ObjRef) -> PyResult<Value> {
        let kind = match self.heap.get(class) {
            Object::Class(c) => c.base_kind,
            _ => BaseKind::Object,
        };
        let base = match kind {
            BaseKind::List => self.new_list(Vec::new())?,
            BaseKind::Dict => self.new_dict()?,
            _ => Value::None,
        };
        let exception = if kind == BaseKind::Exception {
            Some(Box::new(crate::object::ExceptionData {
                args: self.empty_tuple,
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            }))
        } else {
            None
        };
        self.alloc(Object::Instance(Box::new(crate::object::Instance {
            class,
            attrs: Default::default(),
            exception,
            base,
            dict: None,
        })))
    }

    fn is_default_new(&self, f: Value) -> bool {
        f == self.object_new
    }

    fn is_default_init(&self, f: Value) -> bool {
        f == self.object_init
    }

    fn unwrap_static(&self, f: Value) -> Value {
        if let Some(r) = f.as_obj() {
            if let Object::StaticMethod(inner) = self.heap.get(r) {
                return *inner;
            }
        }
        f
    }

    /// Calls any callable from native code (re-entering the interpreter for Python callees).
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        let pos = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        let r = self.call_at(pos, args.len(), Value::Unbound, pos, true);
        let r = match r {
            Ok(Called::Done(v)) => Ok(v),
            Ok(Called::Pushed) => Err(self.internal_error("pushed frame in entry call")),
            Err(e) => Err(e),
        };
        self.stack.truncate(pos);
        r
    }

    /// Calls with keyword arguments from native code.
    pub fn call_kw(&mut self, f: Value, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
        if kw.is_empty() {
            return self.call(f, args);
        }
        let pos = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        let mut names = Vec::with_capacity(kw.len());
        for (n, v) in kw {
            self.stack.push(*v);
            let s = self.name_str(*n).to_string();
            names.push(self.new_string(s)?);
        }
        let names = self.new_tuple(names)?;
        self.stack.push(names);
        let r = self.call_at(pos, args.len() + kw.len(), names, pos, true);
        let r = match r {
            Ok(Called::Done(v)) => Ok(v),
            Ok(Called::Pushed) => Err(self.internal_error("pushed frame in entry call")),
            Err(e) => Err(e),
        };
        self.stack.truncate(pos);
        r
    }

    /// `obj.name(*args)` from native code.
    pub fn call_method(&mut self, obj: Value, name: Name, args: &[Value]) -> PyResult<Value> {
        let (f, recv) = self.load_method(obj, name)?;
        if recv.is_unbound() {
            self.call(f, args)
        } else {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(recv);
            all.extend_from_slice(args);
            self.call(f, &all)
        }
    }

    /// For `CallEx`: replaces `[f, args_tuple, kwargs_or_None]` at `pos` with
    /// `[f, a1..an, k1..km, names]` and returns the argument count and names tuple.
    pub(crate) fn spread_call_args(&mut self, pos: usize) -> PyResult<(usize, Value)> {
        let kwargs = self.stack[pos + 2];
        let args = self.stack[pos + 1];
        let positional = self.iterate_to_vec(args)?;
        let mut kw_values = Vec::new();
        let mut kw_names = Vec::new();
        if let Some(d) = kwargs.as_obj() {
            let entries: Vec<(Value, Value)> = match self.heap.get(d) {
                Object::Dict(dict) => dict.iter().map(|e| (e.key, e.value)).collect(),
                _ => {
                    return Err(self.type_error("argument after ** must be a dict"));
                }
            };
            for (k, v) in entries {
                if self.str_ref(k).is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                kw_names.push(k);
                kw_values.push(v);
            }
        }
        self.stack.truncate(pos + 1);
        let n = positional.len() + kw_values.len();
        self.stack.extend(positional);
        self.stack.extend(kw_values);
        let names = if kw_names.is_empty() { Value::Unbound } else { self.new_tuple(kw_names)? };
        Ok((n, names))
    }

    pub(crate) fn tuple_len(&self, v: Value) -> usize {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Tuple(t)) => t.len(),
            _ => 0,
        }
    }
}
