//! The interpreter loop: one `match` over `Op`, thin arms that call out to `ops/`, `call.rs` and
//! friends. Python-to-Python calls push a frame and continue the loop; only native code calling
//! back into Python re-enters `run_frames` (with `entry` set on the frame it pushed).

use ferrite_compiler::bytecode::{Op, MAKE_FN_CLOSURE, MAKE_FN_DEFAULTS, MAKE_FN_KWDEFAULTS};

use crate::attr_cache::{self, Hit, Purpose};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::frame::{DunderOp, FrameKind};
use crate::generator::{Pushed, Resume, Step};
use crate::heap::ObjRef;
use crate::object::{Function, Iter, Object};
use crate::value::Value;
use crate::value::{copy_value, read_value, reload};
use crate::vm::Vm;

/// Instructions between safe-point checks (interrupts, GC). A safe point is also reached at every
/// backward jump and call; this bounds the gap in straight-line code.
const SAFE_POINT_EVERY: u32 = 1024;

/// What `for_iter_fast` found.
enum FastNext {
    Item(Value),
    Done,
    /// Not a range, list/tuple or ASCII str step (or the interrupt check is due): take `iter_next`.
    Slow,
}

/// What a call left behind.
pub(crate) enum Called {
    /// A Python frame was pushed; the loop must switch to it.
    Pushed,
    /// The call completed with this value (native callee, generator creation, or an entry frame
    /// run to completion).
    Done(Value),
}

impl Vm {
    #[inline]
    pub(crate) fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline]
    pub(crate) fn pop(&mut self) -> Value {
        let v = self.top();
        self.stack.pop();
        v
    }

    // Stack reads go by halves (`reload`): slots are written as two 8-byte stores.
    #[inline]
    pub(crate) fn top(&self) -> Value {
        self.stack.last().map_or(Value::None, reload)
    }

    #[inline]
    fn peek(&self, n: usize) -> Value {
        let len = self.stack.len();
        if n < len {
            reload(&self.stack[len - 1 - n])
        } else {
            Value::None
        }
    }

    /// Pushes a fresh frame (ip 0, no blocks, no locals dict), writing its fields straight into
    /// the frame stack's buffer: a `Vec::push` of the ~150-byte `Frame` builds it aside and
    /// copies it with `memcpy`.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        code: std::rc::Rc<crate::object::CodeObject>,
        owner: ObjRef,
        module: ObjRef,
        base: usize,
        ret_to: usize,
        stack_base: usize,
        kind: FrameKind,
        entry: bool,
    ) {
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(16);
        }
        let len = self.frames.len();
        let exc_depth = self.handled.len();
        debug_assert!(len < self.frames.capacity());
        // SAFETY: `len < capacity` after the reserve above, so slot `len` is allocated (and
        // uninitialised: nothing to drop). Every field is written before `set_len` makes the
        // slot part of the vector, and nothing in between can panic or look at the vector.
        unsafe {
            let f = self.frames.as_mut_ptr().add(len);
            std::ptr::addr_of_mut!((*f).code).write(code);
            std::ptr::addr_of_mut!((*f).owner).write(owner);
            std::ptr::addr_of_mut!((*f).module).write(module);
            std::ptr::addr_of_mut!((*f).ip).write(0);
            std::ptr::addr_of_mut!((*f).base).write(base);
            std::ptr::addr_of_mut!((*f).ret_to).write(ret_to);
            std::ptr::addr_of_mut!((*f).stack_base).write(stack_base);
            std::ptr::addr_of_mut!((*f).blocks).write(Vec::new());
            std::ptr::addr_of_mut!((*f).kind).write(kind);
            std::ptr::addr_of_mut!((*f).entry).write(entry);
            std::ptr::addr_of_mut!((*f).exc_depth).write(exc_depth);
            self.frames.set_len(len + 1);
        }
    }

    /// `next()` for the iterators a `for` loop meets most (range, list, tuple, str), stepping the
    /// iterator's state in place. Behaves exactly as `iter_next` does for them, including its tick.
    #[inline(always)]
    fn for_iter_fast(&mut self, r: ObjRef) -> FastNext {
        let tick = self.tick.wrapping_add(1);
        if tick & 0xfff == 0 {
            // `iter_next` polls for Ctrl-C here.
            return FastNext::Slow;
        }
        let Object::Iterator(state) = self.heap.get_mut(r) else { return FastNext::Slow };
        match &mut **state {
            Iter::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.checked_add(*step).unwrap_or(*stop);
                    self.tick = tick;
                    FastNext::Item(Value::Int(n))
                } else {
                    self.tick = tick;
                    FastNext::Done
                }
            }
            Iter::Seq { seq: Value::Obj(seq), index } => {
                let (seq, i) = (*seq, *index);
                let item = match self.heap.get(seq) {
                    Object::List(l) => l.get(i).copied(),
                    Object::Tuple(t) => t.get(i).copied(),
                    _ => return FastNext::Slow,
                };
                self.tick = tick;
                let Object::Iterator(state) = self.heap.get_mut(r) else { return FastNext::Done };
                match item {
                    Some(v) => {
                        if let Iter::Seq { index, .. } = &mut **state {
                            *index += 1;
                        }
                        FastNext::Item(v)
                    }
                    None => {
                        **state = Iter::Done;
                        FastNext::Done
                    }
                }
            }
            Iter::Str { s, byte } => {
                let (s, i) = (*s, *byte);
                // An ASCII character comes from the shared one-character strings; anything
                // else (the end, a multi-byte character, the cache not built yet) goes slow.
                let b = match self.heap.get(s) {
                    Object::Str(st) => st.s.as_bytes().get(i).copied(),
                    _ => None,
                };
                let Some(v) = b.and_then(|b| self.char_cache.get(b as usize)).copied() else {
                    return FastNext::Slow;
                };
                self.tick = tick;
                if let Object::Iterator(state) = self.heap.get_mut(r) {
                    if let Iter::Str { byte, .. } = &mut **state {
                        *byte = i + 1;
                    }
                }
                FastNext::Item(v)
            }
            _ => FastNext::Slow,
        }
    }

    /// Checks for interrupts and collects garbage if due. Every value the program can still reach
    /// is on a stack or in a root at this point. Returns true when it switched to another thread
    /// (the loop must reload its frame).
    #[inline]
    pub(crate) fn safe_point(&mut self) -> PyResult<bool> {
        self.tick += 1;
        if self.tick >= SAFE_POINT_EVERY || self.config.gc_stress || self.heap.pressure {
            self.tick = 0;
            return self.safe_point_slow();
        }
        Ok(false)
    }

    #[cold]
    fn safe_point_slow(&mut self) -> PyResult<bool> {
        if self.interrupt.swap(false, std::sync::atomic::Ordering::Relaxed) || self.pending_interrupt {
            if self.sched.current == 1 {
                self.pending_interrupt = false;
                return Err(self.new_exception(ExcKind::KeyboardInterrupt, ""));
            }
            self.pending_interrupt = true;
            if self.native_depth > 1 {
                // Ctrl-C is the main thread's, but this thread cannot give way to it until the
                // native code it runs under returns (a `sum()` over an endless generator never
                // does): end that native call here.
                return Err(self.new_exception(ExcKind::KeyboardInterrupt, ""));
            }
        }
        if self.heap.wants_collection() || self.config.gc_stress || self.heap.pressure {
            self.heap.pressure = false;
            self.collect_garbage();
        }
        if !self.scheduled.is_empty() && !self.in_scheduled {
            self.run_scheduled()?;
        }
        self.maybe_preempt()
    }

    /// Runs frames until the entry frame that is on top now returns; gives back its result.
    pub(crate) fn run_frames(&mut self) -> PyResult<Value> {
        let mut pending: Option<PyErr> = self.pending_throw.take();
        'frames: loop {
            if self.pending_interrupt && self.sched.current == 1 && pending.is_none() {
                // Ctrl-C arrived while the main thread was parked: raise it where it resumes.
                self.pending_interrupt = false;
                pending = Some(self.new_exception(ExcKind::KeyboardInterrupt, ""));
            }
            if let Some(err) = pending.take() {
                match self.unwind(err) {
                    Ok(()) => {}
                    Err(e) => return Err(e),
                }
            }
            let Some(frame) = self.frames.last() else {
                return Err(self.internal_error("no frame to run"));
            };
            // SAFETY: the frame on top owns an `Rc` of its code, and nothing drops that frame
            // or replaces its code while this iteration runs: every path that pops, moves or
            // swaps frames (return, unwinding, yield, thread switch, a call's new frame) ends
            // the iteration with `continue 'frames` (or returns), which takes this reference
            // again. A reference instead of a clone of the `Rc` saves a count increment and
            // decrement (a dependent read-modify-write) at every call, return and resume.
            let code: &crate::object::CodeObject = unsafe { &*std::rc::Rc::as_ptr(&frame.code) };
            // Slices, so the loop keeps their pointer and length in locals instead of reloading
            // them through the `Rc`s on every instruction.
            let ops: &[ferrite_compiler::bytecode::Op] = code.code.ops.as_slice();
            let consts: &[Value] = code.consts.as_slice();
            let base = frame.base;
            let module = frame.module;
            let mut ip = frame.ip;

            macro_rules! fail {
                ($e:expr) => {{
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = ip;
                    }
                    pending = Some($e);
                    continue 'frames;
                }};
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => fail!(e),
                    }
                };
            }
            // Calls the Python function `$f` on the top `$n` stack values in place, as a frame
            // of `$kind` whose result replaces them (properties, operator dunders).
            // With `$below`, that many values under the arguments are replaced by the result too.
            macro_rules! call_in_place {
                ($f:expr, $n:expr, $kind:expr) => {
                    call_in_place!($f, $n, $kind, 0)
                };
                ($f:expr, $n:expr, $kind:expr, $below:expr) => {{
                    save_ip!();
                    let pos = self.stack.len() - $n;
                    let kind = $kind;
                    let ret_to = pos - $below;
                    match tri!(self.enter_function($f, pos, $n, Value::Unbound, ret_to, kind, false)) {
                        Called::Pushed => continue 'frames,
                        Called::Done(v) => {
                            self.stack.truncate(ret_to);
                            if kind != FrameKind::Discard {
                                self.push(v);
                            }
                            continue;
                        }
                    }
                }};
            }
            // After a call from a call site: a pushed frame runs next; a finished call leaves
            // its result, and a blocking native call parks the thread here.
            macro_rules! finish_call {
                ($called:expr, $pos:expr) => {
                    match tri!($called) {
                        Called::Pushed => continue 'frames,
                        Called::Done(v) => {
                            self.stack.truncate($pos);
                            self.push(reload(&v));
                            if let Some(wait) = self.sched.pending.take() {
                                if tri!(self.park_and_switch(wait)) {
                                    continue 'frames;
                                }
                            }
                        }
                    }
                };
            }
            macro_rules! save_ip {
                () => {
                    if let Some(f) = self.frames.last_mut() {
                        f.ip = ip;
                    }
                };
            }
            // Unchecked operand-stack access for the hottest ops. The compiler's flow analysis
            // (`codegen/stack.rs`) proves every op finds its operands above the frame's
            // `stack_base`, and the stack never drops below `stack_base` while the frame runs,
            // so `len > n` holds for each `peek_u!(n)` of an operand.
            macro_rules! peek_u {
                ($n:expr) => {{
                    let len = self.stack.len();
                    debug_assert!(len > $n);
                    // SAFETY: `len - 1 - n` is an operand of the current op (see above), below `len`.
                    unsafe { read_value(self.stack.as_ptr().add(len - 1 - $n)) }
                }};
            }
            macro_rules! pop_u {
                () => {{
                    let len = self.stack.len();
                    debug_assert!(len > 0);
                    // SAFETY: the op has an operand on the stack (see above), so `len >= 1`; the
                    // slot stays initialised (`Value` is `Copy`), we only shorten the length.
                    unsafe {
                        self.stack.set_len(len - 1);
                        read_value(self.stack.as_ptr().add(len - 1))
                    }
                }};
            }
            macro_rules! drop_u {
                ($n:expr) => {{
                    let len = self.stack.len();
                    debug_assert!(len >= $n);
                    // SAFETY: the op has `n` operands on the stack (see above); `Value` is `Copy`.
                    unsafe { self.stack.set_len(len - $n) }
                }};
            }
            macro_rules! set_top_u {
                ($v:expr) => {{
                    let v = $v;
                    let len = self.stack.len();
                    debug_assert!(len > 0);
                    // SAFETY: the op has an operand on the stack (see above), so `len >= 1`.
                    unsafe { *self.stack.get_unchecked_mut(len - 1) = v }
                }};
            }
            // Pops the condition and jumps to `$t` when its truth is `$when`. A backward jump
            // closes a loop (comprehension filters), so it is a safe point.
            macro_rules! pop_jump_if {
                ($t:expr, $when:expr) => {{
                    let v = pop_u!();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => tri!(self.truthy(v)),
                    };
                    if b == $when {
                        let back = ($t as usize) < ip;
                        ip = $t as usize;
                        if back {
                            save_ip!();
                            if tri!(self.safe_point()) {
                                continue 'frames;
                            }
                        }
                    }
                }};
            }
            // Raises the error for reading slot `$s` while it is unbound.
            macro_rules! unbound_local {
                ($s:expr) => {{
                    let name = code.code.slot_names.get($s as usize).cloned().unwrap_or_default();
                    fail!(self.unbound_local(&name));
                }};
            }
            // Local slots: `base + s < stack_base <= len`, because the frame was pushed with its
            // `nlocals` slots on the stack and the compiler only emits slots below `nlocals`.
            macro_rules! local_u {
                ($s:expr) => {{
                    let i = base + $s as usize;
                    debug_assert!(i < self.stack.len());
                    // SAFETY: a slot of the running frame, below `stack_base <= len` (see above).
                    unsafe { read_value(self.stack.as_ptr().add(i)) }
                }};
            }

            loop {
                debug_assert!(ip < ops.len());
                // SAFETY: the compiler's flow analysis (`codegen/stack.rs`, run on every code
                // object) rejects code where any reachable instruction index (fall-through or
                // jump target) is out of range, and `ip` only ever holds such an index: the
                // start, the next instruction, a jump or handler target, or a saved `ip` of one.
                let op = unsafe { *ops.get_unchecked(ip) };
                ip += 1;
                match op {
                    Op::Nop => {}
                    Op::Pop => {
                        drop_u!(1);
                    }
                    Op::Dup => {
                        let v = peek_u!(0);
                        self.push(v);
                    }
                    Op::Dup2 => {
                        let (a, b) = (self.peek(1), self.peek(0));
                        self.push(a);
                        self.push(b);
                    }
                    Op::Rot2 => {
                        let len = self.stack.len();
                        if len >= 2 {
                            self.stack.swap(len - 1, len - 2);
                        }
                    }
                    Op::Rot3 => {
                        let len = self.stack.len();
                        if len >= 3 {
                            self.stack[len - 3..].rotate_right(1);
                        }
                    }
                    Op::Rot4 => {
                        let len = self.stack.len();
                        if len >= 4 {
                            self.stack[len - 4..].rotate_right(1);
                        }
                    }
                    Op::LoadConst(i) => {
                        let v = consts.get(i as usize).copied().unwrap_or(Value::None);
                        self.push(v);
                    }
                    Op::LoadFast(s) => {
                        if local_u!(s).is_unbound() {
                            unbound_local!(s);
                        }
                        self.stack.reserve(1);
                        let len = self.stack.len();
                        let i = base + s as usize;
                        // SAFETY: slot `i` is below `len` (see `local_u!`) and `len < capacity`
                        // after the reserve, so both are in the buffer; the new top is written
                        // before `set_len` makes it part of the stack.
                        unsafe {
                            let p = self.stack.as_mut_ptr();
                            copy_value(p.add(i), p.add(len));
                            self.stack.set_len(len + 1);
                        }
                    }
                    Op::LoadFastLoadFast(a, b) => {
                        if local_u!(a).is_unbound() {
                            unbound_local!(a);
                        }
                        // An unbound second slot: push the first only and let the `LoadFast`
                        // that follows raise.
                        let both = !local_u!(b).is_unbound();
                        self.stack.reserve(2);
                        let len = self.stack.len();
                        // SAFETY: both slots are below `len` (see `local_u!`); `len + 1 <
                        // capacity` after the reserve; the new values are written before
                        // `set_len` makes them part of the stack.
                        unsafe {
                            let p = self.stack.as_mut_ptr();
                            copy_value(p.add(base + a as usize), p.add(len));
                            if both {
                                copy_value(p.add(base + b as usize), p.add(len + 1));
                                self.stack.set_len(len + 2);
                                ip += 1;
                            } else {
                                self.stack.set_len(len + 1);
                            }
                        }
                    }
                    Op::LoadFastLoadConst(a, c) => {
                        if local_u!(a).is_unbound() {
                            unbound_local!(a);
                        }
                        self.stack.reserve(2);
                        let len = self.stack.len();
                        let k = consts.get(c as usize).copied().unwrap_or(Value::None);
                        // SAFETY: the slot is below `len` (see `local_u!`) and `len + 1 <
                        // capacity` after the reserve; both are written before `set_len`.
                        unsafe {
                            let p = self.stack.as_mut_ptr();
                            copy_value(p.add(base + a as usize), p.add(len));
                            p.add(len + 1).write(k);
                            self.stack.set_len(len + 2);
                        }
                        ip += 1;
                    }
                    Op::StoreFastLoadFast(a, b) => {
                        let len = self.stack.len();
                        debug_assert!(base + (a as usize) < len - 1);
                        // SAFETY: as `StoreFast`: the top is the operand and slot `a` lies below
                        // the operand stack.
                        unsafe {
                            let p = self.stack.as_mut_ptr();
                            copy_value(p.add(len - 1), p.add(base + a as usize));
                        }
                        if local_u!(b).is_unbound() {
                            // The `LoadFast` that follows raises.
                            drop_u!(1);
                        } else {
                            // SAFETY: slot `b` and the old top are both below `len` (see above);
                            // the top's place takes slot `b`'s value (after the store, so
                            // `a == b` reads the value just stored).
                            unsafe {
                                let p = self.stack.as_mut_ptr();
                                copy_value(p.add(base + b as usize), p.add(len - 1));
                            }
                            ip += 1;
                        }
                    }
                    Op::LoadConstBinaryOp(c) => {
                        let k = consts.get(c as usize).copied().unwrap_or(Value::None);
                        if let Some(&Op::BinaryOp(bop)) = ops.get(ip) {
                            if let Some(v) = crate::ops::arith::fast_binary(bop, peek_u!(0), k) {
                                set_top_u!(v);
                                ip += 1;
                                continue;
                            }
                        }
                        // Not a plain number case: push the constant and let `BinaryOp` run.
                        self.push(k);
                    }
                    Op::StoreFast(s) => {
                        let len = self.stack.len();
                        let i = base + s as usize;
                        debug_assert!(i < len - 1);
                        // SAFETY: the top is the op's operand (see `peek_u!`) and slot `i` is a
                        // slot of the running frame, below `stack_base <= len - 1` (see `local_u!`).
                        unsafe {
                            let p = self.stack.as_mut_ptr();
                            copy_value(p.add(len - 1), p.add(i));
                            self.stack.set_len(len - 1);
                        }
                    }
                    Op::DeleteFast(s) => {
                        let slot = self.stack.get(base + s as usize).copied().unwrap_or(Value::Unbound);
                        if slot.is_unbound() {
                            unbound_local!(s);
                        }
                        self.stack[base + s as usize] = Value::Unbound;
                    }
                    Op::LoadDeref(s) => {
                        let cell = self.stack.get(base + s as usize).copied().unwrap_or(Value::None);
                        let v = self.cell_get(cell);
                        if v.is_unbound() {
                            unbound_local!(s);
                        }
                        self.push(v);
                    }
                    Op::StoreDeref(s) => {
                        let v = self.pop();
                        let cell = self.stack.get(base + s as usize).copied().unwrap_or(Value::None);
                        self.cell_set(cell, v);
                    }
                    Op::DeleteDeref(s) => {
                        let cell = self.stack.get(base + s as usize).copied().unwrap_or(Value::None);
                        self.cell_set(cell, Value::Unbound);
                    }
                    Op::LoadClosure(s) => {
                        let cell = self.stack.get(base + s as usize).copied().unwrap_or(Value::None);
                        self.push(cell);
                    }
                    Op::LoadGlobal(n) => {
                        let name = code.names[n as usize];
                        let cached = match code.global_cache.get(n as usize) {
                            Some(cache) => self.global_cached(cache, module, name),
                            None => self.global_fast(module, name),
                        };
                        let v = match cached {
                            Some(v) => v,
                            None => tri!(self.load_global(Some(module), name)),
                        };
                        self.push(v);
                    }
                    Op::StoreGlobal(n) => {
                        let name = code.names[n as usize];
                        let v = self.pop();
                        self.module_set(module, name, v);
                    }
                    Op::DeleteGlobal(n) => {
                        let name = code.names[n as usize];
                        if !self.module_remove(module, name) {
                            let s = self.name_str(name).to_string();
                            fail!(self.name_error(&s));
                        }
                    }
                    Op::LoadName(n) => {
                        let name = code.names[n as usize];
                        let v = tri!(self.load_name(name));
                        self.push(v);
                    }
                    Op::StoreName(n) => {
                        let name = code.names[n as usize];
                        let v = self.pop();
                        tri!(self.store_name(name, v));
                    }
                    Op::DeleteName(n) => {
                        let name = code.names[n as usize];
                        tri!(self.delete_name(name));
                    }
                    Op::LoadAttr(n) => {
                        let obj = self.top();
                        let name = code.names[n as usize];
                        if let Some(cache) = attr_cache::entry(&code.attr_cache, n, Purpose::Load) {
                            match self.cached_load(cache, obj, name, Purpose::Load) {
                                Hit::Value(v) => {
                                    set_top_u!(reload(&v));
                                    continue;
                                }
                                Hit::Call(getter) => call_in_place!(getter, 1, FrameKind::Normal),
                                Hit::Stored | Hit::Miss => {}
                            }
                        }
                        let v = tri!(self.get_attr(obj, name));
                        if let Some(t) = self.stack.last_mut() {
                            *t = v;
                        }
                    }
                    Op::StoreAttr(n) => {
                        let (v, obj) = (self.peek(1), self.peek(0));
                        if let Some(cache) = attr_cache::entry(&code.attr_cache, n, Purpose::Store) {
                            match self.cached_store(cache, obj, code.names[n as usize], v) {
                                Hit::Stored => {
                                    drop_u!(2);
                                    continue;
                                }
                                Hit::Call(setter) => {
                                    // [v, obj] -> setter(obj, v), its result dropped.
                                    let len = self.stack.len();
                                    self.stack.swap(len - 1, len - 2);
                                    call_in_place!(setter, 2, FrameKind::Discard);
                                }
                                Hit::Value(_) | Hit::Miss => {}
                            }
                        }
                        tri!(self.set_attr(obj, code.names[n as usize], v));
                        self.stack.truncate(self.stack.len().saturating_sub(2));
                    }
                    Op::DeleteAttr(n) => {
                        let obj = self.top();
                        tri!(self.del_attr(obj, code.names[n as usize]));
                        self.stack.pop();
                    }
                    Op::LoadMethod(n) => {
                        let obj = self.top();
                        if let Some(cache) = attr_cache::entry(&code.attr_cache, n, Purpose::Method) {
                            if let Some(f) = self.builtin_method_hit(cache, obj) {
                                set_top_u!(f);
                                self.push(obj);
                                continue;
                            }
                            if let Hit::Value(f) = self.cached_load(cache, obj, code.names[n as usize], Purpose::Method)
                            {
                                set_top_u!(reload(&f));
                                self.push(obj);
                                continue;
                            }
                        }
                        let (f, recv) = tri!(self.load_method(obj, code.names[n as usize]));
                        if let Some(t) = self.stack.last_mut() {
                            *t = f;
                        }
                        self.push(recv);
                    }
                    Op::BinarySubscr => {
                        let (c, i) = (peek_u!(1), peek_u!(0));
                        let v = tri!(self.get_item(c, i));
                        self.stack.pop();
                        if let Some(t) = self.stack.last_mut() {
                            *t = v;
                        }
                    }
                    Op::StoreSubscr => {
                        let (v, c, i) = (self.peek(2), self.peek(1), self.peek(0));
                        tri!(self.set_item(c, i, v));
                        self.stack.truncate(self.stack.len().saturating_sub(3));
                    }
                    Op::DeleteSubscr => {
                        let (c, i) = (self.peek(1), self.peek(0));
                        tri!(self.del_item(c, i));
                        self.stack.truncate(self.stack.len().saturating_sub(2));
                    }
                    Op::BinaryOp(bop) => {
                        let (a, b) = (peek_u!(1), peek_u!(0));
                        let v = match crate::ops::arith::fast_binary(bop, a, b) {
                            Some(v) => v,
                            None => {
                                // A user class's Python __op__ runs as a frame.
                                let name = self.ops.get(bop).0;
                                if let Some(f) = self.python_dunder(a, name) {
                                    // The operands stay under the frame for a reflected retry.
                                    self.stack.extend_from_slice(&[a, b]);
                                    call_in_place!(f, 2, FrameKind::Dunder(DunderOp::Binary(bop)), 2);
                                }
                                tri!(self.binary_op(bop, a, b))
                            }
                        };
                        drop_u!(1);
                        set_top_u!(v);
                    }
                    Op::InplaceOp(bop) => {
                        let (a, b) = (peek_u!(1), peek_u!(0));
                        let v = match crate::ops::arith::fast_binary(bop, a, b) {
                            Some(v) => v,
                            None => tri!(self.inplace_op(bop, a, b)),
                        };
                        drop_u!(1);
                        set_top_u!(v);
                    }
                    Op::Unary(uop) => {
                        let a = self.top();
                        let v = tri!(self.unary_op(uop, a));
                        if let Some(t) = self.stack.last_mut() {
                            *t = v;
                        }
                    }
                    Op::Compare(cop) => {
                        let (a, b) = (peek_u!(1), peek_u!(0));
                        let v = match crate::ops::compare::fast_compare(cop, a, b) {
                            Some(v) => v,
                            None => {
                                if let Some(name) = self.compare_dunder_name(cop) {
                                    if let Some(f) = self.python_dunder(a, name) {
                                        self.stack.extend_from_slice(&[a, b]);
                                        call_in_place!(f, 2, FrameKind::Dunder(DunderOp::Compare(cop)), 2);
                                    }
                                }
                                tri!(self.compare_op(cop, a, b))
                            }
                        };
                        // A comparison feeding a conditional jump (`if a < b:`, `while ...`)
                        // jumps directly instead of pushing a bool for the next op to pop.
                        if let Value::Bool(truth) = v {
                            match ops.get(ip) {
                                Some(Op::PopJumpIfFalse(t)) => {
                                    drop_u!(2);
                                    ip = if truth { ip + 1 } else { *t as usize };
                                    continue;
                                }
                                Some(Op::PopJumpIfTrue(t)) => {
                                    drop_u!(2);
                                    ip = if truth { *t as usize } else { ip + 1 };
                                    continue;
                                }
                                _ => {}
                            }
                        }
                        drop_u!(1);
                        set_top_u!(v);
                    }
                    Op::CheckExcMatch => {
                        let (exc, ty) = (self.peek(1), self.peek(0));
                        let m = tri!(self.exception_matches(exc, ty));
                        if let Some(t) = self.stack.last_mut() {
                            *t = Value::Bool(m);
                        }
                    }
                    Op::BuildTuple(n) => {
                        let at = self.stack.len() - n as usize;
                        let items: Vec<Value> = self.stack.drain(at..).collect();
                        let v = tri!(self.new_tuple(items));
                        self.push(v);
                    }
                    Op::BuildList(n) => {
                        let at = self.stack.len() - n as usize;
                        let items: Vec<Value> = self.stack[at..].to_vec();
                        let v = tri!(self.new_list(items));
                        self.stack.truncate(at);
                        self.push(v);
                    }
                    Op::BuildSet(n) => {
                        let at = self.stack.len() - n as usize;
                        let set = tri!(self.new_set_value());
                        self.stack.push(set);
                        for i in 0..n as usize {
                            let item = self.stack[at + i];
                            tri!(self.set_add(set, item));
                        }
                        self.stack.truncate(at);
                        self.push(set);
                    }
                    Op::BuildMap(n) => {
                        let at = self.stack.len() - 2 * n as usize;
                        let d = tri!(self.new_dict());
                        self.stack.push(d);
                        for i in 0..n as usize {
                            let (k, v) = (self.stack[at + 2 * i], self.stack[at + 2 * i + 1]);
                            tri!(self.dict_set(d, k, v));
                        }
                        self.stack.truncate(at);
                        self.push(d);
                    }
                    Op::BuildSlice(n) => {
                        // `x[a:b]`: sliced at once when the subscript follows (`slice_direct`).
                        // `peek_u!(2)` is the container: an operand of that `BinarySubscr`,
                        // reached from here by fall-through, so the flow analysis puts it on
                        // the stack below the two bounds.
                        let len = self.stack.len();
                        if n == 2 && len >= 3 && matches!(ops.get(ip), Some(Op::BinarySubscr)) {
                            if let Some(r) = self.slice_direct(peek_u!(2), peek_u!(1), peek_u!(0)) {
                                let v = tri!(r);
                                drop_u!(2);
                                set_top_u!(v);
                                ip += 1;
                                continue;
                            }
                        }
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let upper = self.pop();
                        let lower = self.pop();
                        let v = tri!(self.alloc(Object::Slice(lower, upper, step)));
                        self.push(v);
                    }
                    Op::BuildString(n) => {
                        let at = self.stack.len() - n as usize;
                        let mut s = String::new();
                        for v in &self.stack[at..] {
                            if let Some(part) = self.str_ref(*v) {
                                s.push_str(part);
                            }
                        }
                        let v = tri!(self.new_string(s));
                        self.stack.truncate(at);
                        self.push(v);
                    }
                    Op::FormatValue { conv, has_spec } => {
                        let spec = if has_spec { self.pop() } else { Value::None };
                        let v = self.top();
                        let r = tri!(self.format_value(v, conv, spec));
                        if let Some(t) = self.stack.last_mut() {
                            *t = r;
                        }
                    }
                    Op::ListAppend(d) => {
                        let v = self.pop();
                        let list = self.peek(d as usize - 1);
                        tri!(self.list_append(list, v));
                    }
                    Op::SetAdd(d) => {
                        let v = self.top();
                        let set = self.peek(d as usize);
                        tri!(self.set_add(set, v));
                        self.stack.pop();
                    }
                    Op::MapAdd(d) => {
                        let (k, v) = (self.peek(1), self.peek(0));
                        let dict = self.peek(d as usize + 1);
                        tri!(self.dict_set(dict, k, v));
                        self.stack.truncate(self.stack.len() - 2);
                    }
                    Op::ListExtend => {
                        let (list, it) = (self.peek(1), self.peek(0));
                        tri!(self.list_extend(list, it));
                        self.stack.pop();
                    }
                    Op::SetUpdate => {
                        let (set, it) = (self.peek(1), self.peek(0));
                        tri!(self.set_update(set, it));
                        self.stack.pop();
                    }
                    Op::DictUpdate => {
                        let (d, m) = (self.peek(1), self.peek(0));
                        tri!(self.dict_update(d, m, false));
                        self.stack.pop();
                    }
                    Op::DictMerge => {
                        let (d, m) = (self.peek(1), self.peek(0));
                        tri!(self.dict_update(d, m, true));
                        self.stack.pop();
                    }
                    Op::ListToTuple => {
                        let l = self.top();
                        let items = self.list_items(l);
                        let t = tri!(self.new_tuple(items));
                        if let Some(top) = self.stack.last_mut() {
                            *top = t;
                        }
                    }
                    Op::UnpackSequence(n) => {
                        let seq = self.top();
                        tri!(self.unpack_sequence(seq, n as usize, None));
                    }
                    Op::UnpackEx { before, after } => {
                        let seq = self.top();
                        tri!(self.unpack_sequence(seq, before as usize, Some(after as usize)));
                    }
                    Op::Jump(t) => {
                        if (t as usize) < ip {
                            ip = t as usize;
                            save_ip!();
                            if tri!(self.safe_point()) {
                                continue 'frames;
                            }
                        }
                        ip = t as usize;
                    }
                    Op::PopJumpIfFalse(t) => pop_jump_if!(t, false),
                    Op::PopJumpIfTrue(t) => pop_jump_if!(t, true),
                    Op::JumpIfFalseOrPop(t) => {
                        let v = self.top();
                        if !tri!(self.truthy(v)) {
                            ip = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        let v = self.top();
                        if tri!(self.truthy(v)) {
                            ip = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = self.top();
                        let it = tri!(self.get_iter(v));
                        if let Some(t) = self.stack.last_mut() {
                            *t = it;
                        }
                    }
                    Op::ForIter(t) => {
                        let it = peek_u!(0);
                        // Range and list/tuple iterators step in place with one heap access.
                        if let Value::Obj(r) = it {
                            match self.for_iter_fast(r) {
                                FastNext::Item(v) => {
                                    // A loop body starts by storing the item: stored here, with
                                    // no push, dispatch and pop (a fused store-and-load runs its
                                    // load half as the next op, as after its own fast case).
                                    if let Some(s) = crate::frame::item_store_slot(ops.get(ip)) {
                                        self.stack[base + s] = v;
                                        ip += 1;
                                    } else {
                                        self.push(v);
                                    }
                                    continue;
                                }
                                FastNext::Done => {
                                    drop_u!(1);
                                    ip = t as usize;
                                    continue;
                                }
                                FastNext::Slow => {}
                            }
                        }
                        save_ip!();
                        if let Value::Obj(g) = it {
                            if self.resume_suspended(g, Value::None, Resume::ForIter(t)) {
                                continue 'frames;
                            }
                        }
                        if let Some(g) = it.as_obj().filter(|_| self.is_generator(it)) {
                            match tri!(self.push_generator_frame(g, Value::None, None, Resume::ForIter(t))) {
                                Pushed::Frame => continue 'frames,
                                Pushed::Done(Step::Yielded(v)) => self.push(v),
                                Pushed::Done(Step::Returned(_)) => {
                                    self.stack.pop();
                                    ip = t as usize;
                                }
                            }
                            continue;
                        }
                        match tri!(self.iter_next(it)) {
                            Some(v) => self.push(v),
                            None => {
                                self.stack.pop();
                                ip = t as usize;
                            }
                        }
                    }
                    Op::Call(n) => {
                        self.tick += 1;
                        if self.tick >= SAFE_POINT_EVERY || self.config.gc_stress {
                            self.tick = 0;
                            // A switch re-executes this call when the thread resumes.
                            ip -= 1;
                            save_ip!();
                            ip += 1;
                            if tri!(self.safe_point_slow()) {
                                continue 'frames;
                            }
                        }
                        save_ip!();
                        let pos = self.stack.len() - n as usize - 1;
                        if self.push_fast_frame(pos, n as usize) {
                            continue 'frames;
                        }
                        self.sched.defer_ok = true;
                        let called = match self.native_at(pos) {
                            Some(f) if Self::is_generator_step(f) => self.call_generator_step(f, pos, n as usize),
                            Some(f) => crate::call::done(self.call_native_positional(f, pos + 1, n as usize, &[])),
                            None => self.call_at(pos, n as usize, Value::Unbound, pos, false),
                        };
                        self.sched.defer_ok = false;
                        finish_call!(called, pos);
                    }
                    Op::CallKw(n) => {
                        // A switch re-executes this call when the thread resumes.
                        ip -= 1;
                        save_ip!();
                        ip += 1;
                        if tri!(self.safe_point()) {
                            continue 'frames;
                        }
                        save_ip!();
                        let names = self.pop();
                        let pos = self.stack.len() - n as usize - 1;
                        self.sched.defer_ok = true;
                        let called = self.call_at(pos, n as usize, names, pos, false);
                        self.sched.defer_ok = false;
                        finish_call!(called, pos);
                    }
                    Op::CallMethod(n) | Op::CallMethodKw(n) => {
                        // A switch re-executes this call when the thread resumes.
                        ip -= 1;
                        save_ip!();
                        ip += 1;
                        if tri!(self.safe_point()) {
                            continue 'frames;
                        }
                        save_ip!();
                        let names = if matches!(op, Op::CallMethodKw(_)) { self.pop() } else { Value::Unbound };
                        let pos = self.stack.len() - n as usize - 2;
                        let mut native = None;
                        if matches!(op, Op::CallMethod(_)) && !self.stack[pos + 1].is_unbound() {
                            // [f, self, args]: self is the first argument, in place.
                            if self.push_fast_frame(pos, n as usize + 1) {
                                continue 'frames;
                            }
                            native = self.native_at(pos);
                        }
                        self.sched.defer_ok = true;
                        let called = if let Some(f) = native {
                            if Self::is_generator_step(f) {
                                self.call_generator_step(f, pos, n as usize + 1)
                            } else {
                                crate::call::done(self.call_native_positional(f, pos + 1, n as usize + 1, &[]))
                            }
                        } else if self.stack[pos + 1].is_unbound() {
                            self.stack[pos + 1] = self.stack[pos];
                            self.call_at(pos + 1, n as usize, names, pos, false)
                        } else {
                            self.call_at(pos, n as usize + 1, names, pos, false)
                        };
                        self.sched.defer_ok = false;
                        finish_call!(called, pos);
                    }
                    Op::CallEx { has_kwargs } => {
                        // A switch re-executes this call when the thread resumes.
                        ip -= 1;
                        save_ip!();
                        ip += 1;
                        if tri!(self.safe_point()) {
                            continue 'frames;
                        }
                        save_ip!();
                        let kwargs = if has_kwargs { self.pop() } else { Value::None };
                        let args = self.pop();
                        let pos = self.stack.len() - 1;
                        self.push(args);
                        self.push(kwargs);
                        let (n, names) = tri!(self.spread_call_args(pos));
                        self.sched.defer_ok = true;
                        let called = self.call_at(pos, n, names, pos, false);
                        self.sched.defer_ok = false;
                        finish_call!(called, pos);
                    }
                    Op::MakeFunction(flags) => {
                        let code_v = self.pop();
                        let closure = if flags & MAKE_FN_CLOSURE != 0 { self.pop() } else { Value::None };
                        let kwdefaults = if flags & MAKE_FN_KWDEFAULTS != 0 { self.pop() } else { Value::None };
                        let defaults = if flags & MAKE_FN_DEFAULTS != 0 { self.pop() } else { Value::None };
                        self.push(code_v);
                        self.push(closure);
                        self.push(kwdefaults);
                        self.push(defaults);
                        let module = self.frames.last().map(|f| f.module);
                        let f = tri!(self.make_function(code_v, defaults, kwdefaults, closure, module));
                        self.stack.truncate(self.stack.len() - 4);
                        self.push(f);
                    }
                    Op::LoadBuildClass => {
                        let v = self.builtin_build_class();
                        self.push(v);
                    }
                    Op::Return => {
                        let v = pop_u!();
                        save_ip!();
                        match self.return_from_frame(v) {
                            Ok(Some(result)) => return Ok(result),
                            Ok(None) => continue 'frames,
                            Err(e) => {
                                pending = Some(e);
                                continue 'frames;
                            }
                        }
                    }
                    Op::YieldValue => {
                        let v = self.pop();
                        self.await_yield = false;
                        save_ip!();
                        match tri!(self.deliver_yield(v)) {
                            Some(v) => return Ok(v),
                            None => continue 'frames,
                        }
                    }
                    Op::YieldFrom => {
                        let (it, sent) = (self.peek(1), self.peek(0));
                        save_ip!();
                        // A generator delegate runs as a frame on this stack (no Rust recursion).
                        if let Value::Obj(g) = it {
                            if self.resume_suspended(g, sent, Resume::YieldFrom) {
                                continue 'frames;
                            }
                        }
                        if let Some(g) = it.as_obj().filter(|_| self.is_generator(it)) {
                            match tri!(self.push_generator_frame(g, sent, None, Resume::YieldFrom)) {
                                Pushed::Frame => continue 'frames,
                                Pushed::Done(Step::Returned(v)) => {
                                    self.stack.truncate(self.stack.len() - 2);
                                    self.push(v);
                                    continue;
                                }
                                Pushed::Done(Step::Yielded(v)) => {
                                    self.stack.pop();
                                    if let Some(f) = self.frames.last_mut() {
                                        f.ip = ip - 1;
                                    }
                                    self.await_yield = true;
                                    match tri!(self.deliver_yield(v)) {
                                        Some(v) => return Ok(v),
                                        None => continue 'frames,
                                    }
                                }
                            }
                        }
                        match tri!(self.yield_from_step(it, sent)) {
                            crate::generator::Step::Yielded(v) => {
                                self.stack.pop();
                                if let Some(f) = self.frames.last_mut() {
                                    f.ip = ip - 1;
                                }
                                self.await_yield = true;
                                match tri!(self.deliver_yield(v)) {
                                    Some(v) => return Ok(v),
                                    None => continue 'frames,
                                }
                            }
                            crate::generator::Step::Returned(v) => {
                                self.stack.truncate(self.stack.len() - 2);
                                self.push(v);
                            }
                        }
                    }
                    Op::GetYieldFromIter => {
                        let v = self.top();
                        if !self.is_generator(v) {
                            let it = tri!(self.get_iter(v));
                            if let Some(t) = self.stack.last_mut() {
                                *t = it;
                            }
                        }
                    }
                    Op::GetAwaitable => {
                        let v = self.top();
                        let it = tri!(self.get_awaitable(v));
                        if let Some(t) = self.stack.last_mut() {
                            *t = it;
                        }
                    }
                    Op::GetAiter => {
                        let v = self.top();
                        let name = self.n.__aiter__;
                        let r = tri!(self.call_method(v, name, &[]));
                        if let Some(t) = self.stack.last_mut() {
                            *t = r;
                        }
                    }
                    Op::GetAnext => {
                        let v = self.top();
                        let name = self.n.__anext__;
                        let r = tri!(self.call_method(v, name, &[]));
                        self.push(r);
                    }
                    Op::SetupExcept(t) | Op::SetupFinally(t) => {
                        let depth = self.stack.len() - self.frames.last().map_or(0, |f| f.stack_base);
                        let exc_depth = self.handled.len() as u32;
                        if let Some(f) = self.frames.last_mut() {
                            f.blocks.push(crate::frame::Block { handler: t, depth: depth as u32, exc_depth });
                        }
                    }
                    Op::SetupWith(t) => {
                        let depth = self.stack.len() - 1 - self.frames.last().map_or(0, |f| f.stack_base);
                        let exc_depth = self.handled.len() as u32;
                        if let Some(f) = self.frames.last_mut() {
                            f.blocks.push(crate::frame::Block { handler: t, depth: depth as u32, exc_depth });
                        }
                    }
                    Op::BeforeWith | Op::BeforeAsyncWith => {
                        let mgr = self.top();
                        let (enter, exit) = if matches!(op, Op::BeforeWith) {
                            (self.n.__enter__, self.n.__exit__)
                        } else {
                            (self.n.__aenter__, self.n.__aexit__)
                        };
                        let exit_fn = tri!(self.get_attr(mgr, exit));
                        self.push(exit_fn);
                        save_ip!();
                        self.sched.defer_ok = true;
                        let r = self.call_method(mgr, enter, &[]);
                        self.sched.defer_ok = false;
                        let r = tri!(r);
                        let len = self.stack.len();
                        self.stack[len - 2] = exit_fn;
                        self.stack[len - 1] = r;
                        if let Some(wait) = self.sched.pending.take() {
                            if tri!(self.park_and_switch(wait)) {
                                continue 'frames;
                            }
                        }
                    }
                    Op::WithExceptStart => {
                        let (exit_fn, exc) = (self.peek(1), self.peek(0));
                        let ty = Value::Obj(self.type_of(exc));
                        save_ip!();
                        let r = tri!(self.call(exit_fn, &[ty, exc, Value::None]));
                        self.push(r);
                    }
                    Op::PopBlock => {
                        if let Some(f) = self.frames.last_mut() {
                            f.blocks.pop();
                        }
                    }
                    Op::PopExcept => {
                        self.handled.pop();
                    }
                    Op::Raise(n) => {
                        save_ip!();
                        let e = match n {
                            0 => match self.handled.last().copied() {
                                Some(exc) => {
                                    self.reraising = true;
                                    PyErr(exc)
                                }
                                None => self.runtime_error("no active exception to reraise"),
                            },
                            1 => {
                                let exc = self.pop();
                                match self.make_raisable(exc, None) {
                                    Ok(e) => e,
                                    Err(e) => e,
                                }
                            }
                            _ => {
                                let cause = self.pop();
                                let exc = self.pop();
                                match self.make_raisable(exc, Some(cause)) {
                                    Ok(e) => e,
                                    Err(e) => e,
                                }
                            }
                        };
                        fail!(e);
                    }
                    Op::Reraise => {
                        let exc = self.pop();
                        save_ip!();
                        self.reraising = true;
                        fail!(PyErr(exc));
                    }
                    Op::ImportName(n) => {
                        save_ip!();
                        let name = code.names[n as usize];
                        let fromlist = self.pop();
                        let level = self.pop();
                        let m = tri!(self.import_stmt(name, fromlist, level));
                        self.push(m);
                    }
                    Op::ImportFrom(n) => {
                        let name = code.names[n as usize];
                        let m = self.top();
                        let v = tri!(self.import_from(m, name));
                        self.push(v);
                    }
                    Op::ImportStar => {
                        let m = self.pop();
                        tri!(self.import_star(m));
                    }
                    Op::PrintExpr => {
                        let v = self.top();
                        tri!(self.print_expr(v));
                        self.stack.pop();
                    }
                }
            }
        }
    }

    /// Pops the finishing frame and delivers its result. `Ok(Some(v))` when the frame was an entry
    /// frame (the Rust caller gets `v`), `Ok(None)` when the loop goes on in the caller frame.
    fn return_from_frame(&mut self, v: Value) -> PyResult<Option<Value>> {
        // The common case, a plain call returning to the frame below: drop the frame in place
        // (no move of the whole frame) and hand the value over.
        if let Some(f) = self.frames.last() {
            if matches!(f.kind, FrameKind::Normal) && !f.entry {
                let (ret_to, exc_depth) = (f.ret_to, f.exc_depth);
                let n = self.frames.len();
                // SAFETY: `n >= 1` (we just read the last frame). The length is cut first, so the
                // slot is no longer part of the vector when its frame is dropped in place.
                unsafe {
                    self.frames.set_len(n - 1);
                    std::ptr::drop_in_place(self.frames.as_mut_ptr().add(n - 1));
                }
                self.handled.truncate(exc_depth);
                self.stack.truncate(ret_to);
                self.stack.push(v);
                return Ok(None);
            }
        }
        let Some(frame) = self.frames.pop() else {
            return Err(self.internal_error("return without frame"));
        };
        self.handled.truncate(frame.exc_depth);
        let result = match frame.kind {
            FrameKind::Normal => v,
            FrameKind::Init(instance) => {
                if !v.is_none() {
                    self.stack.truncate(frame.ret_to);
                    return Err(self.type_error("__init__() should return None"));
                }
                instance
            }
            FrameKind::ClassBody(ns) => Value::Obj(ns),
            FrameKind::Dunder(op) => {
                // The operands, kept under the method's arguments (see `BinaryOp`).
                let (a, b) = (self.stack[frame.ret_to], self.stack[frame.ret_to + 1]);
                self.stack.truncate(frame.ret_to);
                let result = if v.is(self.not_implemented) {
                    match op {
                        DunderOp::Binary(bop) => self.binary_op_reflected(bop, a, b)?,
                        DunderOp::Compare(cop) => self.compare_fallback(cop, a, b)?,
                    }
                } else {
                    v
                };
                if frame.entry {
                    return Ok(Some(result));
                }
                self.push(result);
                return Ok(None);
            }
            FrameKind::Discard => {
                self.stack.truncate(frame.ret_to);
                if frame.entry {
                    return Ok(Some(Value::None));
                }
                return Ok(None);
            }
            FrameKind::ThreadRoot => {
                self.stack.truncate(frame.ret_to);
                self.thread_finished(None)?;
                return Ok(None);
            }
            FrameKind::Generator(g, resume) => {
                let delegator = self.take_delegator(g);
                self.finish_generator(g);
                self.yielded = false;
                self.stack.truncate(frame.ret_to);
                if let Some(parent) = delegator {
                    // It ran for a generator's `yield from`, which now goes on with the value.
                    self.resume_delegator(parent, resume, Some(v));
                    return Ok(None);
                }
                match resume {
                    Resume::Entry | Resume::Held => return Ok(Some(v)),
                    Resume::ForIter(exit) => {
                        // The loop is over: drop the iterator and leave the loop.
                        self.stack.pop();
                        if let Some(f) = self.frames.last_mut() {
                            f.ip = exit as usize;
                        }
                    }
                    Resume::Call => return Err(self.stop_iteration(v)),
                    Resume::YieldFrom => {
                        // `yield from` evaluates to the delegate's return value.
                        let len = self.stack.len();
                        self.stack.truncate(len.saturating_sub(2));
                        self.stack.push(v);
                    }
                }
                return Ok(None);
            }
        };
        self.stack.truncate(frame.ret_to);
        if frame.entry {
            return Ok(Some(result));
        }
        self.push(result);
        Ok(None)
    }

    /// Builds a function object for `MakeFunction`.
    fn make_function(
        &mut self,
        code_v: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
        module: Option<ObjRef>,
    ) -> PyResult<Value> {
        let Some(code_ref) = code_v.as_obj() else {
            return Err(self.internal_error("MakeFunction without code"));
        };
        let Object::Code(code_rc) = self.heap.get(code_ref) else {
            return Err(self.internal_error("MakeFunction without code"));
        };
        let code_rc = code_rc.clone();
        let defaults = if defaults.is_none() { Vec::new() } else { self.tuple_items(defaults) };
        let mut kw = Vec::new();
        if let Some(d) = kwdefaults.as_obj() {
            if let Object::Dict(dict) = self.heap.get(d) {
                let entries: Vec<(Value, Value)> = dict.iter().map(|e| (e.key, e.value)).collect();
                for (k, v) in entries {
                    if let Some(s) = self.str_ref(k) {
                        let s = s.to_string();
                        kw.push((self.intern(&s), v));
                    }
                }
            }
        }
        let closure = if closure.is_none() { Vec::new() } else { self.tuple_items(closure) };
        let Some(module) = module.or(self.main_module) else {
            return Err(self.internal_error("function without module"));
        };
        let name = code_rc.name;
        self.alloc(Object::Function(Box::new(Function {
            code: code_ref,
            code_rc,
            module,
            defaults,
            kwdefaults: kw,
            closure,
            name,
            attrs: Default::default(),
        })))
    }
}
