//! Exceptions in flight: delivering one to the innermost handler (popping frames as needed),
//! and turning what `raise` was given into an exception instance. Split from `interp.rs`,
//! whose dispatch loop calls into it.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::frame::FrameKind;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Traceback entries kept per exception.
const MAX_TRACEBACK: usize = 64;

impl Vm {
    /// Delivers an exception to the innermost handler, popping frames as needed. `Err` when it
    /// leaves the entry frame (the Rust caller gets it).
    pub(crate) fn unwind(&mut self, err: PyErr) -> PyResult<()> {
        let mut add_tb = !std::mem::replace(&mut self.reraising, false);
        // Implicit chaining: an exception raised while another is handled records it.
        if add_tb {
            if let Some(&ctx) = self.handled.last() {
                if !ctx.is(err.0) {
                    if let Some(d) = self.exc_data_mut(err.0) {
                        if d.context.is_none() && d.traceback.is_empty() {
                            d.context = ctx;
                        }
                    }
                }
            }
        }
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(err);
            };
            if add_tb {
                let line = frame.code.code.line_for(frame.ip.saturating_sub(1));
                let filename = frame.code.filename.clone();
                let name = frame.code.name;
                if let Some(data) = self.exc_data_mut(err.0) {
                    // Bounded, as on a board: a runaway recursion keeps its innermost frames.
                    if data.traceback.len() < MAX_TRACEBACK {
                        data.traceback.push((filename, line, name));
                    }
                }
            }
            add_tb = true;
            let Some(frame) = self.frames.last_mut() else {
                return Err(err);
            };
            if self.sched.fatal.is_some() {
                frame.blocks.clear();
            }
            if let Some(block) = frame.blocks.pop() {
                let depth = frame.stack_base + block.depth as usize;
                frame.ip = block.handler as usize;
                self.stack.truncate(depth);
                self.handled.truncate(block.exc_depth as usize);
                self.stack.push(err.0);
                self.handled.push(err.0);
                if self.heap.pressure {
                    // Entering a handler is a safe point: after a MemoryError, free the
                    // half-built garbage before the handler allocates.
                    self.heap.pressure = false;
                    self.collect_garbage();
                }
                return Ok(());
            }
            let Some(frame) = self.frames.pop() else {
                return Err(err);
            };
            self.stack.truncate(frame.ret_to);
            self.handled.truncate(frame.exc_depth);
            if frame.kind == FrameKind::ThreadRoot && self.sched.fatal.is_none() {
                self.thread_finished(Some(err.0))?;
                return Ok(());
            }
            if let FrameKind::Generator(g, resume) = frame.kind {
                let delegator = self.take_delegator(g);
                self.finish_generator(g);
                let stop = self.is_exception_kind(err.0, ExcKind::StopIteration);
                let err = if stop {
                    // PEP 479: a StopIteration escaping a generator becomes RuntimeError.
                    self.runtime_error("generator raised StopIteration")
                } else {
                    err
                };
                if let Some(parent) = delegator {
                    // It ran for a generator's `yield from`: the exception surfaces there.
                    self.resume_delegator(parent, resume, None);
                    return self.unwind(err);
                }
                if stop {
                    if frame.entry {
                        return Err(err);
                    }
                    return self.unwind(err);
                }
            }
            if frame.entry {
                return Err(err);
            }
        }
    }

    /// Turns the operand of `raise` into an exception instance and links its cause and context.
    pub(crate) fn make_raisable(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let exc = self.instantiate_exception(exc)?;
        if let Some(cause) = cause {
            let cause = if cause.is_none() { cause } else { self.instantiate_exception(cause)? };
            if let Some(d) = self.exc_data_mut(exc) {
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        Ok(PyErr(exc))
    }

    /// `raise X` accepts a class (instantiated with no arguments) or an instance.
    pub(crate) fn instantiate_exception(&mut self, exc: Value) -> PyResult<Value> {
        let base = self.types.exc(ExcKind::BaseException);
        if let Some(r) = exc.as_obj() {
            if matches!(self.heap.get(r), Object::Class(_)) && self.is_subclass(r, base) {
                // A user `__new__` may return anything: only an exception can be raised.
                let made = self.call(exc, &[])?;
                if self.isinstance(made, base) {
                    return Ok(made);
                }
                return Err(self.type_error("exceptions must derive from BaseException"));
            }
        }
        if self.isinstance(exc, base) {
            return Ok(exc);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }
}
