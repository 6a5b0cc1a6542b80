//! Generators and coroutines: a suspended frame moved off the thread stack into the generator
//! object, resumed by copying it back and running it as an entry frame.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::frame::FrameKind;
use crate::heap::ObjRef;
use crate::object::{GenKind, GenState, Object, SuspendedAt};
use crate::value::Value;
use crate::vm::Vm;
use ferrite_compiler::Op;

/// How a resumed generator frame hands back what it yields and returns.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Resume {
    /// Native code resumed it: the run loop returns to Rust.
    Entry,
    /// A `for` loop's `ForIter` (operand: where the loop exits).
    ForIter(u32),
    /// A delegating frame's `YieldFrom` (`yield from` / `await`).
    YieldFrom,
    /// Native code drives it item by item (`for_each_item`): a yield returns to Rust like
    /// `Entry`, but the frame stays on the frame stack until the loop ends.
    Held,
    /// A call of `send`, `__next__` or `next()` made by the interpreter (`call_generator_step`):
    /// a yield is the call's result, a return raises StopIteration at the call, and no Rust
    /// code runs in between (the native methods would re-enter the run loop per item).
    Call,
}

/// Whether resuming pushed a frame to run.
pub(crate) enum Pushed {
    Frame,
    Done(Step),
}

/// What one resumption of a generator produced.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    pub fn is_generator(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Generator(_)))
    }

    /// Resumes `gen` with `sent` (or by raising `throw` inside it), running it here until it
    /// yields or returns. The interpreter resumes generators it iterates or delegates to without
    /// this Rust-level recursion (`push_generator_frame` with a non-entry `Resume`).
    pub fn resume_generator(&mut self, gen: ObjRef, sent: Value, throw: Option<PyErr>) -> PyResult<Step> {
        match self.push_generator_frame(gen, sent, throw, Resume::Entry)? {
            Pushed::Done(step) => Ok(step),
            Pushed::Frame => self.run_pushed_generator(gen),
        }
    }

    fn run_pushed_generator(&mut self, gen: ObjRef) -> PyResult<Step> {
        self.yielded = false;
        let result = self.run_entry_frame();
        let yielded = std::mem::replace(&mut self.yielded, false);
        match result {
            Ok(v) if yielded => Ok(Step::Yielded(v)),
            Ok(v) => Ok(Step::Returned(v)),
            Err(e) => {
                self.finish_generator(gen);
                Err(e)
            }
        }
    }

    /// Moves a suspended generator's frame back onto the thread's stack. `Done` when there is
    /// nothing to run (finished generator) or a throw was settled by a delegate.
    pub(crate) fn push_generator_frame(
        &mut self,
        gen: ObjRef,
        sent: Value,
        throw: Option<PyErr>,
        resume: Resume,
    ) -> PyResult<Pushed> {
        let Object::Generator(g) = self.heap.get_mut(gen) else {
            return Err(self.type_error("not a generator"));
        };
        match g.state {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => {
                return match throw {
                    Some(e) => Err(e),
                    None => {
                        if g.kind == GenKind::Coroutine {
                            Err(self.runtime_error("cannot reuse already awaited coroutine"))
                        } else {
                            Ok(Pushed::Done(Step::Returned(Value::None)))
                        }
                    }
                };
            }
            GenState::Created if throw.is_none() && !sent.is_none() => {
                return Err(self.type_error("can't send non-None value to a just-started generator"));
            }
            _ => {}
        }
        let started = g.state != GenState::Created;
        if self.frames.len() >= self.config.max_frames {
            return Err(self.recursion_error());
        }
        // A throw into a generator suspended in `yield from` goes to the inner iterator first.
        if let Some(err) = throw {
            if let Some(inner) = self.suspended_delegate(gen) {
                return self.throw_into_delegate(gen, inner, err).map(Pushed::Done);
            }
            if !self.push_saved_frame(gen, resume, None) {
                return Err(err);
            }
            self.pending_throw = Some(err);
            return Ok(Pushed::Frame);
        }
        // `sent` arrives through memory written in halves: read it the same way.
        let sent = crate::value::reload(&sent);
        if !self.push_saved_frame(gen, resume, if started { Some(sent) } else { None }) {
            return Ok(Pushed::Done(Step::Returned(Value::None)));
        }
        Ok(Pushed::Frame)
    }

    /// Whether native `f` is one that `call_generator_step` runs without a native call.
    #[inline(always)]
    pub(crate) fn is_generator_step(f: crate::native::NativeFn) -> bool {
        use crate::native::NativeFn;
        std::ptr::fn_addr_eq(f, crate::types::function::gen_send as NativeFn)
            || std::ptr::fn_addr_eq(f, crate::types::function::gen_next as NativeFn)
            || std::ptr::fn_addr_eq(f, crate::builtins::next as NativeFn)
    }

    /// A call from the interpreter of `g.send(x)`, `g.__next__()` or `next(g)` (`f`, with its
    /// `nargs` arguments above the callable at `stack[pos]`): the generator's frame is pushed
    /// with `Resume::Call` and runs in this loop, instead of the native method re-entering the
    /// run loop for each item. Anything else (not a plain generator or coroutine, `next(g, d)`,
    /// a wrong argument count) is the native call it always was.
    #[inline(never)]
    pub(crate) fn call_generator_step(
        &mut self,
        f: crate::native::NativeFn,
        pos: usize,
        nargs: usize,
    ) -> PyResult<crate::interp::Called> {
        use crate::interp::Called;
        let sending = std::ptr::fn_addr_eq(f, crate::types::function::gen_send as crate::native::NativeFn);
        let target = match (sending, nargs) {
            (true, 2) | (false, 1) => crate::value::reload(&self.stack[pos + 1]),
            _ => Value::None,
        };
        let gen = match target {
            Value::Obj(g) => match self.heap.get(g) {
                Object::Generator(gs) if gs.kind == GenKind::Generator => Some(g),
                Object::Generator(gs) if gs.kind == GenKind::Coroutine && sending => Some(g),
                _ => None,
            },
            _ => None,
        };
        let Some(gen) = gen else {
            return crate::call::done(self.call_native_positional(f, pos + 1, nargs, &[]));
        };
        let sent = if sending { crate::value::reload(&self.stack[pos + 2]) } else { Value::None };
        // The frame returns its yields to `pos`, where the callable was. The generator stays
        // reachable from the frame's kind while it runs.
        self.stack.truncate(pos);
        match self.push_generator_frame(gen, sent, None, Resume::Call)? {
            Pushed::Frame => Ok(Called::Pushed),
            Pushed::Done(Step::Yielded(v)) => Ok(Called::Done(v)),
            Pushed::Done(Step::Returned(v)) => Err(self.stop_iteration(v)),
        }
    }

    /// The common resumption, done with one heap lookup: `gen` is a generator suspended at a
    /// `yield` (not new, not finished, not running), resumed with `sent` from a `for` loop or a
    /// `yield from`. False, with nothing done, for anything else (the caller takes the general
    /// path, `push_generator_frame`).
    #[inline]
    pub(crate) fn resume_suspended(&mut self, gen: ObjRef, sent: Value, resume: Resume) -> bool {
        if self.frames.len() >= self.config.max_frames {
            return false;
        }
        // `push_saved_frame` declines anything but a suspended generator when sending.
        self.push_saved_frame(gen, resume, Some(sent))
    }

    /// Resuming a generator suspended in `yield from` of another suspended plain generator
    /// resumes that one directly (and so on down the chain), with the same resume target: the
    /// value it yields goes straight to whoever resumed the outer one, and the generators in
    /// between stay suspended in their `YieldFrom` instead of being resumed and suspended for
    /// every item (a `yield from` tree of depth d costs one resume per item, not d). Each one
    /// passed through is marked running, and its delegate linked back to it (`delegator`), to be
    /// resumed when the delegate returns or raises (`resume_delegator`); the links go when the
    /// delegate yields (`suspend_generator`). Coroutines and async generators keep the general
    /// path (their `await` chains carry more state).
    #[cold]
    #[inline(never)]
    fn descend_delegation(&mut self, mut gen: ObjRef) -> ObjRef {
        loop {
            let Object::Generator(g) = self.heap.get(gen) else { return gen };
            if g.at != SuspendedAt::YieldFrom || g.kind != GenKind::Generator || g.state != GenState::Suspended {
                return gen;
            }
            let Some(saved) = g.frame.as_ref() else { return gen };
            let Some(Value::Obj(d)) = saved.stack.last().copied() else { return gen };
            match self.heap.get(d) {
                Object::Generator(dg)
                    if d != gen && dg.kind == GenKind::Generator && dg.state == GenState::Suspended => {}
                _ => return gen,
            }
            if let Object::Generator(g) = self.heap.get_mut(gen) {
                g.state = GenState::Running;
            }
            if let Object::Generator(dg) = self.heap.get_mut(d) {
                dg.delegator = Some(gen);
            }
            gen = d;
        }
    }

    /// The generator `gen` ran for (see `descend_delegation`), unlinked.
    pub(crate) fn take_delegator(&mut self, gen: ObjRef) -> Option<ObjRef> {
        match self.heap.get_mut(gen) {
            Object::Generator(g) => g.delegator.take(),
            _ => None,
        }
    }

    /// The delegate of `parent`'s `yield from` ended: `parent` goes on after its `YieldFrom`,
    /// with the delegate's return value (`Some`) or with the exception the caller is unwinding
    /// (`None`), as if it had run the delegation itself.
    pub(crate) fn resume_delegator(&mut self, parent: ObjRef, resume: Resume, returned: Option<Value>) {
        if let Object::Generator(g) = self.heap.get_mut(parent) {
            if let Some(saved) = g.frame.as_mut() {
                saved.stack.pop();
                if let Some(v) = returned {
                    saved.stack.push(v);
                }
                if let Some(f) = saved.frame.as_mut() {
                    f.ip += 1;
                }
            }
        }
        self.push_saved_frame(parent, resume, None);
    }

    /// Moves a suspended generator's frame back onto the frame stack and copies its values onto
    /// the thread's stack, and marks it running (false, and finished, if it has no frame). The
    /// saved frame's box and vectors stay with the generator, emptied, so the next suspension
    /// reuses their memory instead of allocating; one heap lookup serves the whole move.
    #[inline(always)]
    fn push_saved_frame(&mut self, gen: ObjRef, resume: Resume, sent: Option<Value>) -> bool {
        let mut gen = gen;
        let Object::Generator(first) = self.heap.get_mut(gen) else { return false };
        // Sending needs a generator suspended at a `yield` (`push_generator_frame` has checked
        // that already; `resume_suspended` relies on this check).
        if sent.is_some() && first.state != GenState::Suspended {
            return false;
        }
        let mut g: &mut crate::object::Generator = first;
        if g.at == SuspendedAt::YieldFrom && sent.is_some() {
            gen = self.descend_delegation(gen);
            let Object::Generator(inner) = self.heap.get_mut(gen) else { return false };
            g = inner;
        }
        let Some(saved) = g.frame.as_mut().filter(|saved| saved.frame.is_some()) else {
            g.state = GenState::Finished;
            return false;
        };
        g.state = GenState::Running;
        let at = g.at;
        let ret_to = self.stack.len();
        append_values(&mut self.stack, &saved.stack);
        saved.stack.clear();
        let exc_depth = self.handled.len();
        if !saved.handled.is_empty() {
            self.handled.extend_from_slice(&saved.handled);
            saved.handled.clear();
        }
        self.frames.reserve(1);
        let len = self.frames.len();
        // SAFETY: `saved.frame` is `Some` (checked above); its frame moves to the reserved slot
        // `len`, and `None` is written over the old place without dropping it (it is owned by
        // the slot now). `set_len` follows the write.
        let frame = unsafe {
            let dst = self.frames.as_mut_ptr().add(len);
            crate::frame::move_frame(saved.frame.as_ref().unwrap_unchecked(), dst);
            std::ptr::write(&mut saved.frame, None);
            self.frames.set_len(len + 1);
            &mut *dst
        };
        frame.stack_base += ret_to;
        frame.base = ret_to;
        frame.ret_to = ret_to;
        frame.kind = FrameKind::Generator(gen, resume);
        frame.entry = matches!(resume, Resume::Entry | Resume::Held);
        frame.exc_depth = exc_depth;
        if let Some(v) = sent {
            // A `yield` statement drops what is sent (`YieldValue, Pop`): resuming it with None
            // (a `for` loop, `next()`) skips both the push and the `Pop`.
            if v.is_none() && at == SuspendedAt::Pop {
                frame.ip += 1;
            } else {
                self.stack.push(v);
            }
        }
        true
    }

    /// `for_each_item` over any iterable: lists and tuples are read by index (no iterator
    /// object, and the length is read again at each step, as their iterators do, so `f` may
    /// change the list), everything else through its iterator.
    pub fn for_each_in(
        &mut self,
        iterable: Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        if let Some(r) = iterable.as_obj().filter(|&r| matches!(self.heap.get(r), Object::List(_) | Object::Tuple(_))) {
            let mut i = 0;
            loop {
                let item = match self.heap.get(r) {
                    Object::List(l) => l.get(i).copied(),
                    Object::Tuple(t) => t.get(i).copied(),
                    _ => None,
                };
                let Some(v) = item else { return Ok(()) };
                i += 1;
                self.native_loop_tick()?;
                if !f(self, v)? {
                    return Ok(());
                }
            }
        }
        let it = self.get_iter(iterable)?;
        let mark = self.roots_mark();
        self.root(it);
        let r = self.for_each_item(it, f);
        self.truncate_roots(mark);
        r
    }

    /// Calls `f` on each item of the iterator `it` until `f` says stop (false), the items run
    /// out, or something fails. A plain generator's frame stays on the frame stack from one
    /// item to the next instead of being moved into its object and back for each: `sum`, `any`,
    /// `list` over a generator cost about what a `for` loop does. Only `f` runs between items,
    /// and the frame goes back into the generator before this returns, however it ends.
    pub fn for_each_item(&mut self, it: Value, mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>) -> PyResult<()> {
        let gen = match it.as_obj() {
            Some(r) if matches!(self.heap.get(r), Object::Generator(g) if g.kind == GenKind::Generator) => r,
            _ => {
                while let Some(v) = self.iter_next(it)? {
                    if !f(self, v)? {
                        break;
                    }
                }
                return Ok(());
            }
        };
        let mut held = false;
        let result = loop {
            if let Err(e) = self.native_loop_tick() {
                break Err(e);
            }
            let step = if held {
                // The value of the `yield` expression the frame stopped at.
                self.stack.push(Value::None);
                self.run_pushed_generator(gen)
            } else {
                match self.push_generator_frame(gen, Value::None, None, Resume::Held) {
                    Ok(Pushed::Done(step)) => Ok(step),
                    Ok(Pushed::Frame) => self.run_pushed_generator(gen),
                    Err(e) => Err(e),
                }
            };
            match step {
                Ok(Step::Yielded(v)) => {
                    held = true;
                    match f(self, v) {
                        Ok(true) => {}
                        Ok(false) => break Ok(()),
                        Err(e) => break Err(e),
                    }
                }
                // The frame is gone: returned, or unwound by the error.
                Ok(Step::Returned(_)) => {
                    held = false;
                    break Ok(());
                }
                Err(e) => {
                    held = false;
                    break Err(e);
                }
            }
        };
        if held {
            self.suspend_generator()?;
        }
        result
    }

    /// The iterator a started generator suspended in `yield from`/`await` delegates to.
    fn suspended_delegate(&self, gen: ObjRef) -> Option<Value> {
        let Object::Generator(g) = self.heap.get(gen) else { return None };
        if matches!(g.state, GenState::Created | GenState::Running | GenState::Finished) {
            return None;
        }
        let saved = g.frame.as_ref()?;
        let f = saved.frame.as_ref()?;
        if !matches!(f.code.code.ops.get(f.ip), Some(Op::YieldFrom)) {
            return None;
        }
        Some(saved.stack.last().copied().unwrap_or(Value::None))
    }

    /// `gen.throw(*raw)` as CPython and MicroPython pass it down a `yield from` chain: the
    /// arguments reach a delegate's own `throw()` unchanged (`throw(123)` included), and an
    /// innermost generator that cannot raise them raises TypeError at its `yield from`. `None`
    /// when the plain path (instantiate, then resume) applies.
    #[inline(never)]
    pub(crate) fn throw_raw_to_delegate(&mut self, gen: ObjRef, raw: &[Value]) -> PyResult<Option<Step>> {
        let Some(inner) = self.suspended_delegate(gen) else { return Ok(None) };
        let first = raw.first().copied().unwrap_or(Value::None);
        let exit = self.types.exc(ExcKind::GeneratorExit);
        let is_exit = self.isinstance(first, exit) || first.as_obj().is_some_and(|r| self.is_subclass(r, exit));
        if is_exit {
            return Ok(None);
        }
        let outcome = if let Some(ir) = inner.as_obj().filter(|_| self.is_generator(inner)) {
            match self.throw_raw_to_delegate(ir, raw) {
                Ok(Some(step)) => Ok(step),
                Ok(None) => match self.exception_from_throw_args(raw) {
                    Ok(exc) => self.resume_generator(ir, Value::None, Some(PyErr(exc))),
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            }
        } else {
            let throw_name = self.n.throw;
            let Some(t) = self.get_attr_opt(inner, throw_name)? else { return Ok(None) };
            match self.call(t, raw) {
                Ok(v) => Ok(Step::Yielded(v)),
                Err(e) if self.is_exception_kind(e.0, ExcKind::StopIteration) => {
                    let v = self.stop_iteration_value(e.0);
                    Ok(Step::Returned(v))
                }
                Err(e) => Err(e),
            }
        };
        self.finish_delegate_throw(gen, outcome).map(Some)
    }

    /// The exception `gen.throw(type[, value])` raises: `value` itself when it is an instance of
    /// `type`, else `type(value)`; TypeError for anything that is not an exception.
    pub(crate) fn exception_from_throw_args(&mut self, raw: &[Value]) -> PyResult<Value> {
        let first = raw.first().copied().unwrap_or(Value::None);
        let mut exc = first;
        if let Some(&value) = raw.get(1).filter(|v| !v.is_none()) {
            let is_instance = first.as_obj().is_some_and(|t| self.isinstance(value, t));
            exc = if is_instance { value } else { self.call(first, &[value])? };
        }
        self.instantiate_exception(exc)
    }

    /// `gen.throw(e)` while `gen` delegates to `inner` with `yield from`/`await`.
    fn throw_into_delegate(&mut self, gen: ObjRef, inner: Value, err: PyErr) -> PyResult<Step> {
        // The exception stays rooted while the delegate runs Python code (its `finally`
        // clauses on close): it is raised again afterwards.
        let mark = self.roots_mark();
        self.root(err.0);
        let r = self.throw_into_delegate_rooted(gen, inner, err);
        self.truncate_roots(mark);
        r
    }

    fn throw_into_delegate_rooted(&mut self, gen: ObjRef, inner: Value, err: PyErr) -> PyResult<Step> {
        let agen = match inner.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Iterator(state)) => match **state {
                crate::object::Iter::AsyncGenStep { gen: g } | crate::object::Iter::AsyncGenOp { gen: g, .. } => {
                    Some(g)
                }
                _ => None,
            },
            _ => None,
        };
        let outcome = if let Some(ag) = agen {
            // Awaiting `agen.__anext__()`: the exception goes into the async generator.
            match self.resume_generator(ag, Value::None, Some(err)) {
                Ok(Step::Yielded(v)) if self.await_yield => Ok(Step::Yielded(v)),
                Ok(Step::Yielded(v)) => Ok(Step::Returned(v)),
                Ok(Step::Returned(_)) => Err(self.new_exception(ExcKind::StopAsyncIteration, "")),
                Err(e) => Err(e),
            }
        } else if let Some(ir) = inner.as_obj().filter(|_| self.is_generator(inner)) {
            if self.is_exception_kind(err.0, ExcKind::GeneratorExit) {
                self.close_generator(ir)?;
                Err(err)
            } else {
                self.resume_generator(ir, Value::None, Some(err))
            }
        } else {
            let throw_name = self.n.throw;
            match self.get_attr_opt(inner, throw_name)? {
                Some(t) if !self.is_exception_kind(err.0, ExcKind::GeneratorExit) => match self.call(t, &[err.0]) {
                    Ok(v) => Ok(Step::Yielded(v)),
                    Err(e) if self.is_exception_kind(e.0, ExcKind::StopIteration) => {
                        let v = self.stop_iteration_value(e.0);
                        Ok(Step::Returned(v))
                    }
                    Err(e) => Err(e),
                },
                _ => Err(err),
            }
        };
        self.finish_delegate_throw(gen, outcome)
    }

    /// Settles the outer generator after a throw went into its delegate: suspended still when the
    /// delegate yielded, resumed after the `yield from` with its value or its exception.
    fn finish_delegate_throw(&mut self, gen: ObjRef, outcome: PyResult<Step>) -> PyResult<Step> {
        match outcome {
            // The inner iterator yielded: the outer generator stays suspended at its yield from.
            Ok(Step::Yielded(v)) => Ok(Step::Yielded(v)),
            // It finished: the outer generator resumes after the yield from with its value.
            Ok(Step::Returned(v)) => {
                if let Object::Generator(g) = self.heap.get_mut(gen) {
                    if let Some(saved) = g.frame.as_mut() {
                        saved.stack.pop();
                        saved.stack.push(v);
                        if let Some(f) = saved.frame.as_mut() {
                            f.ip += 1;
                        }
                    }
                }
                self.resume_after_delegate(gen)
            }
            // It raised: the exception surfaces in the outer generator at the yield from.
            Err(e) => {
                if let Object::Generator(g) = self.heap.get_mut(gen) {
                    if let Some(saved) = g.frame.as_mut() {
                        saved.stack.pop();
                        if let Some(f) = saved.frame.as_mut() {
                            f.ip += 1;
                        }
                    }
                }
                self.resume_generator_raw(gen, Some(e))
            }
        }
    }

    fn resume_after_delegate(&mut self, gen: ObjRef) -> PyResult<Step> {
        self.resume_generator_raw(gen, None)
    }

    /// Resumes without pushing a sent value (the frame's stack is already as it should be).
    fn resume_generator_raw(&mut self, gen: ObjRef, throw: Option<PyErr>) -> PyResult<Step> {
        let Object::Generator(g) = self.heap.get_mut(gen) else {
            return Err(self.type_error("not a generator"));
        };
        if g.state == GenState::Running {
            return Err(self.value_error("generator already executing"));
        }
        if !self.push_saved_frame(gen, Resume::Entry, None) {
            return match throw {
                Some(e) => Err(e),
                None => Ok(Step::Returned(Value::None)),
            };
        }
        self.pending_throw = throw;
        self.run_pushed_generator(gen)
    }

    /// Delivers a yielded value: suspends the running generator frame, then hands `v` to
    /// whoever resumed it. `Some(v)` when that is native code (the run loop returns `v`), `None`
    /// when the loop goes on in the frame now on top. A generator delegating with `yield from`
    /// passes the value on by suspending itself in turn.
    pub(crate) fn deliver_yield(&mut self, v: Value) -> PyResult<Option<Value>> {
        // `v` arrives in memory just written as two 8-byte halves: read it the same way (a
        // 16-byte copy of it would stall on store forwarding).
        let v = crate::value::reload(&v);
        if self.yield_to_loop(v) {
            return Ok(None);
        }
        loop {
            if let Some(FrameKind::Generator(_, Resume::Held)) = self.frames.last().map(|f| f.kind) {
                self.yielded = true;
                return Ok(Some(v));
            }
            let resume = self.suspend_generator()?;
            match resume {
                Resume::Entry | Resume::Held => {
                    self.yielded = true;
                    return Ok(Some(v));
                }
                Resume::ForIter(_) | Resume::Call => {
                    self.deliver_to_caller(resume, v);
                    return Ok(None);
                }
                Resume::YieldFrom => {
                    // The delegating frame (now on top) yields `v` too, to be resumed at its
                    // `YieldFrom` with the next sent value.
                    self.stack.pop();
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = f.ip.saturating_sub(1);
                    }
                    self.await_yield = true;
                }
            }
        }
    }

    /// The common yield, to a `for` loop or a `send`/`next` call in the frame below, from a
    /// generator handling no exception and running for nobody else (`delegator`), whose saved
    /// stack has room: the frame and its values move into the generator with none of the
    /// general path's cases (`suspend_generator`), and `v` goes to the loop variable or the
    /// call's place. False, with nothing done, for anything else.
    #[inline(always)]
    fn yield_to_loop(&mut self, v: Value) -> bool {
        let Some(frame) = self.frames.last() else { return false };
        let FrameKind::Generator(gen, resume) = frame.kind else { return false };
        if !matches!(resume, Resume::ForIter(_) | Resume::Call) || self.handled.len() > frame.exc_depth {
            return false;
        }
        let (base, ret_to) = (frame.base, frame.ret_to);
        let at = suspended_at(frame.code.code.ops.get(frame.ip));
        let count = self.stack.len().wrapping_sub(base);
        let Object::Generator(g) = self.heap.get_mut(gen) else { return false };
        let Some(saved) = g.frame.as_mut() else { return false };
        if g.delegator.is_some() || saved.frame.is_some() || base > self.stack.len() || saved.stack.capacity() < count {
            return false;
        }
        g.state = GenState::Suspended;
        g.at = at;
        // SAFETY: `saved.stack` has room for `count` values (checked), each copied from the
        // thread's stack at `base..len` before `set_len`.
        unsafe {
            let src = self.stack.as_ptr().add(base);
            let dst = saved.stack.as_mut_ptr();
            for i in 0..count {
                crate::value::copy_value(src.add(i), dst.add(i));
            }
            saved.stack.set_len(count);
        }
        save_top_frame(&mut self.frames, &mut saved.frame, base);
        self.stack.truncate(ret_to);
        self.deliver_to_caller(resume, v);
        true
    }

    /// Hands a yielded `v` to the frame now on top, which resumed the generator from a `for`
    /// loop (stored straight into the loop variable when the body starts with a local store,
    /// as the interpreter's own `ForIter` fast path does) or from a `send`/`next` call (pushed
    /// where the callable was).
    #[inline(always)]
    fn deliver_to_caller(&mut self, resume: Resume, v: Value) {
        if let (Resume::ForIter(_), Some(f)) = (resume, self.frames.last_mut()) {
            if let Some(s) = crate::frame::item_store_slot(f.code.code.ops.get(f.ip)) {
                let i = f.base + s;
                f.ip += 1;
                self.stack[i] = v;
                return;
            }
        }
        self.stack.push(v);
    }

    /// Moves the running generator frame into its generator object.
    #[inline(always)]
    fn suspend_generator(&mut self) -> PyResult<Resume> {
        let Some(frame) = self.frames.last() else {
            return Err(self.internal_error("yield without frame"));
        };
        let FrameKind::Generator(gen, resume) = frame.kind else {
            return Err(self.internal_error("yield outside generator frame"));
        };
        let (base, ret_to, exc_depth) = (frame.base, frame.ret_to, frame.exc_depth);
        let at = suspended_at(frame.code.code.ops.get(frame.ip));
        // Into the generator's box (kept while it runs, see `push_saved_frame`), reusing its
        // vectors' memory. One heap lookup: the generator, the frame and the stacks are
        // separate fields.
        let Object::Generator(g) = self.heap.get_mut(gen) else {
            return Err(self.internal_error("generator frame without generator"));
        };
        let saved = g.frame.get_or_insert_with(|| crate::frame::SavedFrame {
            frame: None,
            stack: Vec::new(),
            handled: Vec::new(),
        });
        let old_cap = saved.stack.capacity();
        let from = base.min(self.stack.len());
        saved.stack.clear();
        append_values(&mut saved.stack, &self.stack[from..]);
        let depth = exc_depth.min(self.handled.len());
        if depth < self.handled.len() {
            saved.handled.clear();
            saved.handled.extend_from_slice(&self.handled[depth..]);
            self.handled.truncate(depth);
        }
        let grown = saved.stack.capacity() != old_cap;
        g.state = GenState::Suspended;
        g.at = at;
        let mut link = g.delegator.take();
        // The running frame moves into the generator: the frame stack is not empty (its last
        // frame was read above), and the slot leaves the vector before its frame is moved out.
        save_top_frame(&mut self.frames, &mut saved.frame, base);
        self.stack.truncate(ret_to);
        // The generators it yields for (see `descend_delegation`) are suspended again.
        while let Some(p) = link {
            link = match self.heap.get_mut(p) {
                Object::Generator(pg) => {
                    pg.state = GenState::Suspended;
                    pg.delegator.take()
                }
                _ => None,
            };
        }
        if grown {
            self.heap.resize(gen);
        }
        Ok(resume)
    }

    pub(crate) fn finish_generator(&mut self, gen: ObjRef) {
        if let Object::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Finished;
            g.frame = None;
        }
    }

    /// One step of awaiting `agen.__anext__()`: an await inside the async generator passes its
    /// yield outward; a `yield` of the generator completes the await with that value; the
    /// generator's end is StopAsyncIteration.
    pub(crate) fn async_gen_step(&mut self, gen: ObjRef, sent: Value) -> PyResult<Step> {
        match self.resume_generator(gen, sent, None)? {
            Step::Yielded(v) if self.await_yield => Ok(Step::Yielded(v)),
            Step::Yielded(v) => Ok(Step::Returned(v)),
            Step::Returned(_) => Err(self.new_exception(ExcKind::StopAsyncIteration, "")),
        }
    }

    /// One step of awaiting `asend`/`athrow`/`aclose`.
    #[allow(clippy::too_many_arguments)]
    fn async_gen_op(
        &mut self,
        it: Value,
        gen: ObjRef,
        arg: Value,
        throw: bool,
        closing: bool,
        started: bool,
        sent: Value,
    ) -> PyResult<Step> {
        if let Some(Object::Iterator(state)) = it.as_obj().map(|r| self.heap.get_mut(r)) {
            if let crate::object::Iter::AsyncGenOp { started: s, .. } = &mut **state {
                *s = true;
            }
        }
        let result = if !started && throw {
            self.resume_generator(gen, Value::None, Some(PyErr(arg)))
        } else if !started {
            self.resume_generator(gen, arg, None)
        } else {
            self.resume_generator(gen, sent, None)
        };
        match result {
            Ok(Step::Yielded(v)) if self.await_yield => Ok(Step::Yielded(v)),
            Ok(Step::Yielded(_)) if closing => Err(self.runtime_error("async generator ignored GeneratorExit")),
            Ok(Step::Yielded(v)) => Ok(Step::Returned(v)),
            Ok(Step::Returned(_)) if closing => Ok(Step::Returned(Value::None)),
            Ok(Step::Returned(_)) => Err(self.new_exception(ExcKind::StopAsyncIteration, "")),
            Err(e)
                if closing
                    && (self.is_exception_kind(e.0, ExcKind::GeneratorExit)
                        || self.is_exception_kind(e.0, ExcKind::StopAsyncIteration)) =>
            {
                Ok(Step::Returned(Value::None))
            }
            Err(e) => Err(e),
        }
    }

    /// One step of `yield from`/`await`: send `sent` into `it`.
    pub(crate) fn yield_from_step(&mut self, it: Value, sent: Value) -> PyResult<Step> {
        if let Some(Object::Iterator(state)) = it.as_obj().map(|r| self.heap.get(r)) {
            match **state {
                crate::object::Iter::AsyncGenStep { gen } => return self.async_gen_step(gen, sent),
                crate::object::Iter::AsyncGenOp { gen, arg, throw, closing, started } => {
                    return self.async_gen_op(it, gen, arg, throw, closing, started, sent);
                }
                _ => {}
            }
        }
        if let Some(r) = it.as_obj().filter(|_| self.is_generator(it)) {
            return self.resume_generator(r, sent, None);
        }
        let is_instance = matches!(it.as_obj().map(|r| self.heap.get(r)), Some(Object::Instance(_)));
        let result = if sent.is_none() && !is_instance {
            match self.iter_next(it) {
                Ok(Some(v)) => return Ok(Step::Yielded(v)),
                Ok(None) => return Ok(Step::Returned(Value::None)),
                Err(e) => Err(e),
            }
        } else if sent.is_none() {
            // A Python iterator's StopIteration carries the value of the `yield from`.
            let next = self.n.__next__;
            match self.call_special(it, next, &[]) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => {
                    let tn = self.type_name(it);
                    Err(self.type_error(format!("'{tn}' object is not an iterator")))
                }
                Err(e) => Err(e),
            }
        } else {
            let send = self.n.send;
            self.call_method(it, send, &[sent])
        };
        match result {
            Ok(v) => Ok(Step::Yielded(v)),
            Err(e) if self.is_exception_kind(e.0, ExcKind::StopIteration) => {
                Ok(Step::Returned(self.stop_iteration_value(e.0)))
            }
            Err(e) => Err(e),
        }
    }

    pub(crate) fn stop_iteration_value(&self, exc: Value) -> Value {
        self.exc_data(exc)
            .map(|d| self.tuple_items(d.args).first().copied().unwrap_or(Value::None))
            .unwrap_or(Value::None)
    }

    /// `await obj`: coroutines and generators await directly; other objects through `__await__`
    /// (or `__iter__`, as MicroPython allows).
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if self.is_generator(v) {
            return Ok(v);
        }
        if let Some(Object::Iterator(state)) = v.as_obj().map(|r| self.heap.get(r)) {
            if matches!(**state, crate::object::Iter::AsyncGenStep { .. } | crate::object::Iter::AsyncGenOp { .. }) {
                return Ok(v);
            }
        }
        let aw = self.n.__await__;
        if let Some(it) = self.call_special(v, aw, &[])? {
            return Ok(it);
        }
        let iter_name = self.n.__iter__;
        if let Some(it) = self.call_special(v, iter_name, &[])? {
            return Ok(it);
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object can't be awaited")))
    }

    /// `gen.close()`: raise GeneratorExit inside; a yield in response is a RuntimeError.
    pub fn close_generator(&mut self, gen: ObjRef) -> PyResult<()> {
        let state = match self.heap.get(gen) {
            Object::Generator(g) => g.state,
            _ => return Ok(()),
        };
        if state == GenState::Created || state == GenState::Finished {
            self.finish_generator(gen);
            return Ok(());
        }
        let exit = self.new_exception(ExcKind::GeneratorExit, "");
        match self.resume_generator(gen, Value::None, Some(exit)) {
            Ok(Step::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(Step::Returned(_)) => Ok(()),
            Err(e)
                if self.is_exception_kind(e.0, ExcKind::GeneratorExit)
                    || self.is_exception_kind(e.0, ExcKind::StopIteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// What a generator's frame is suspended at, from the op at its `ip` (see `Generator::at`).
#[inline(always)]
fn suspended_at(op: Option<&Op>) -> SuspendedAt {
    match op {
        Some(Op::YieldFrom) => SuspendedAt::YieldFrom,
        Some(Op::Pop) => SuspendedAt::Pop,
        _ => SuspendedAt::Other,
    }
}

/// Moves the running generator frame (the last of `frames`, whose slots start at `base`) into
/// its generator's `saved`, with positions made relative to its saved stack. Straight into the
/// `Option` (a move through a local would copy the frame twice, the second time with 16-byte
/// loads of the fresh 8-byte stores).
#[inline(always)]
fn save_top_frame(frames: &mut Vec<crate::frame::Frame>, saved: &mut Option<crate::frame::Frame>, base: usize) {
    // A running generator's saved frame is `None` (moved out when it resumed); dropped here if
    // ever not, so that the move overwrites nothing owned.
    if saved.is_some() {
        *saved = None;
    }
    let n = frames.len();
    if n == 0 {
        return;
    }
    // SAFETY: `n >= 1`; after `set_len(n - 1)` slot `n - 1` is no longer part of the vector, so
    // its frame is owned by `saved` once moved there. `Option<Frame>` is laid out as a `Frame`
    // whose non-null code pointer is the niche (asserted in frame.rs), so a frame's words
    // written over a `None` make it `Some(frame)`; `saved` owned nothing (checked).
    unsafe {
        frames.set_len(n - 1);
        let dst = (saved as *mut Option<crate::frame::Frame>).cast::<crate::frame::Frame>();
        crate::frame::move_frame(frames.as_ptr().add(n - 1), dst);
        (*dst).stack_base -= base;
        (*dst).base = 0;
    }
}

/// Appends `src` to `dst` value by value, each in two halves (see `value::copy_value`): a
/// generator's values were mostly written just before it yields, and there are only a few of
/// them, where a `memcpy` call costs more than the copy and its 16-byte loads stall on the
/// fresh 8-byte stores.
#[inline(always)]
fn append_values(dst: &mut Vec<Value>, src: &[Value]) {
    let n = src.len();
    dst.reserve(n);
    let len = dst.len();
    // SAFETY: `reserve` made room for `n` more values after `len`; each is written before
    // `set_len` makes it part of the vector; `src` and `dst` are different vectors.
    unsafe {
        let d = dst.as_mut_ptr().add(len);
        for i in 0..n {
            crate::value::copy_value(src.as_ptr().add(i), d.add(i));
        }
        dst.set_len(len + n);
    }
}

/// The awaitable returned by an async generator's `__anext__`.
pub fn make_anext_awaitable(vm: &mut Vm, gen: ObjRef) -> PyResult<Value> {
    vm.new_iterator(crate::object::Iter::AsyncGenStep { gen })
}
