//! The scheduler: `_thread` threads are fibers inside the VM, switched at safe points and at
//! every blocking call. Because it sees every wait (a deadline, a lock, a file descriptor), it
//! can drive virtual time (jump the clock to the earliest deadline when everyone waits), report
//! a deadlock (everyone waits and nothing can wake anyone) instead of hanging, and replay an
//! interleaving from a seed.
//!
//! Waiting for I/O: a native socket or select step that would block parks its thread with
//! `Wait::Io` (its descriptors are kept in `ThreadState::fds`). Whenever a thread is chosen
//! while some thread waits on I/O, one zero-timeout `poll(2)` over all their descriptors wakes
//! those that are ready. When nobody can run, the scheduler blocks in one `poll(2)` over every
//! parked thread's descriptors and the interrupt pipe, until the earliest sleep or lock deadline:
//! a descriptor becoming ready wakes its thread at once, Ctrl-C ends the wait at once, and an
//! idle program uses no CPU. A thread waiting on I/O is never part of a deadlock (something
//! outside may write), and while one does, virtual time does not jump: the wait is real and the
//! virtual clock is charged the real time it took.
//!
//! The running thread's stacks live in the `Vm` fields the interpreter uses (`stack`, `frames`,
//! `handled`); the others are parked in `threads`. A switch swaps them. Switching happens only
//! in the outermost interpreter loop (`native_depth == 1`): a frame run by native code on the
//! Rust stack cannot be suspended, so blocking calls made there block the whole VM (sleep) or,
//! for a lock another thread holds, wait while the holder cannot run — reported as a deadlock.

use crate::error::{ExcKind, PyResult};
use crate::frame::Frame;
use crate::heap::ObjRef;
use crate::value::Value;
use crate::vm::Vm;

/// What a parked thread waits for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Wait {
    /// Ready to run.
    Runnable,
    /// `time.sleep` until this monotonic time (ns).
    Sleep(u64),
    /// `lock.acquire` of this lock object, giving up at the deadline if any. When it gets the
    /// lock, the call's result (True) replaces the placeholder on its stack; on timeout, False.
    Lock(ObjRef, Option<u64>),
    /// A socket or poll step waits until one of the thread's `fds` is ready (any `revents`,
    /// including POLLHUP/POLLERR/POLLNVAL) or the deadline passes; the step runs again then.
    Io(Option<u64>),
    /// Not started yet: will call its entry function when first scheduled.
    New,
}

pub struct ThreadState {
    pub id: u64,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub handled: Vec<Value>,
    pub wait: Wait,
    /// For a new thread: the callable, the args tuple and the kwargs dict (or None).
    pub start: Option<(Value, Value, Value)>,
    /// The function the thread was started with (named when an exception ends the thread).
    pub func: Value,
    /// With `Wait::Io`: the descriptors and `poll(2)` events it waits for.
    pub fds: Vec<(i32, i16)>,
}

/// A lock's state (the payload of `_thread.LockType` objects).
pub struct LockState {
    pub owner: Option<u64>,
}
crate::native_data!(LockState);

/// Scheduling policy and bookkeeping owned by the VM.
pub struct Scheduler {
    pub threads: Vec<ThreadState>,
    pub current: u64,
    next_id: u64,
    /// With a seed, the choice of when to switch and whom to run comes from this generator.
    rng: Option<u64>,
    /// Safe-point checks left before the next preemptive switch.
    quantum_left: u32,
    /// The Python function every new thread's root frame runs: `f(*args, **kwargs)`.
    trampoline: Value,
    /// Set when a deadlock was reported: the program stops with this exit status.
    pub fatal: Option<i32>,
    /// A wait the running native call asked for; the interpreter parks the thread after the call.
    pub pending: Option<Wait>,
    /// Set by the interpreter around the call sites that handle `pending` afterwards.
    pub defer_ok: bool,
    /// Native functions currently running (nested through `vm.call`).
    pub native_calls: u32,
    /// The function the running thread was started with (None for the main thread).
    current_func: Value,
    /// Without a seed: a fixed generator for the preemption jitter (runs stay reproducible).
    jitter: u64,
    /// The descriptors of a pending `Wait::Io` (moved to the thread when it parks).
    pending_fds: Vec<(i32, i16)>,
    /// The read end of a pipe the embedder's SIGINT handler writes to (after setting
    /// `vm.interrupt`), polled with every OS wait so Ctrl-C ends it at once. Without one, OS
    /// waits are cut into `INTERRUPT_SLICE_NS` slices.
    pub interrupt_fd: Option<i32>,
}

/// Safe-point checks (each 1024 ticks) between preemptive switches without a seed.
const QUANTUM: u32 = 2;

/// The tick count is set back by up to this much (a pseudo-random amount) after each
/// preemption check, so the checks do not always land on the same instruction of a loop
/// (which could always preempt a thread while it holds a lock the others wait for).
const JITTER: u64 = 256;

/// A tick value that makes the next safe point a full check (to raise KeyboardInterrupt
/// promptly in a thread just woken for it).
const TICK_DUE: u32 = 1 << 20;

/// With `-X virtual-time`, how far the clock moves at each preemption check (about every
/// 1024 safe points, i.e. loop iterations and calls): roughly what running them takes.
const VIRTUAL_NS_PER_CHECK: u64 = 50_000;

/// The longest OS wait when no interrupt pipe is set up: how late Ctrl-C may be noticed.
const INTERRUPT_SLICE_NS: u64 = 20_000_000;

/// The file name of the thread entry trampoline's code.
const THREAD_ENTRY_FILE: &str = "<thread>";

/// The exit status after a deadlock report.
pub const DEADLOCK_EXIT: i32 = 3;

impl Scheduler {
    pub fn new(seed: Option<u64>) -> Scheduler {
        Scheduler {
            threads: Vec::new(),
            current: 1,
            next_id: 2,
            rng: seed.map(|s| s.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1),
            quantum_left: QUANTUM,
            trampoline: Value::None,
            fatal: None,
            pending: None,
            defer_ok: false,
            native_calls: 0,
            current_func: Value::None,
            jitter: 0x2545_f491_4f6c_dd1d,
            pending_fds: Vec::new(),
            interrupt_fd: None,
        }
    }

    fn rand(&mut self) -> Option<u64> {
        let s = self.rng.as_mut()?;
        *s ^= *s << 13;
        *s ^= *s >> 7;
        *s ^= *s << 17;
        Some(*s)
    }

    pub fn trampoline(&self) -> Value {
        self.trampoline
    }

    fn rand_jitter(&mut self) -> u64 {
        if let Some(r) = self.rand() {
            return r;
        }
        let s = &mut self.jitter;
        *s ^= *s << 13;
        *s ^= *s >> 7;
        *s ^= *s << 17;
        *s
    }

    pub fn roots(&self) -> Vec<Value> {
        let mut out = vec![self.trampoline, self.current_func];
        for t in &self.threads {
            out.push(t.func);
            out.extend_from_slice(&t.stack);
            out.extend_from_slice(&t.handled);
            if let Some((f, a, k)) = t.start {
                out.extend_from_slice(&[f, a, k]);
            }
            if let Wait::Lock(l, _) = t.wait {
                out.push(Value::Obj(l));
            }
        }
        out
    }

    pub fn parked_frames(&self) -> impl Iterator<Item = &Frame> {
        self.threads.iter().flat_map(|t| t.frames.iter())
    }
}

impl Vm {
    /// Starts a new thread running `func(*args, **kwargs)`; it first runs at the next switch.
    pub fn spawn_thread(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult<u64> {
        if self.sched.trampoline.is_none() {
            let src =
                b"def __thread_entry__(f, a, k):\n    if k is None:\n        f(*a)\n    else:\n        f(*a, **k)\n";
            let m = self.new_module("_thread_entry")?;
            let Some(mr) = m.as_obj() else { return Err(self.internal_error("thread module")) };
            self.pinned.push(m);
            self.run_code_in(src, THREAD_ENTRY_FILE, ferrite_compiler::Mode::Exec, mr)?;
            let n = self.intern("__thread_entry__");
            self.sched.trampoline = self.module_get(mr, n).unwrap_or(Value::None);
        }
        let id = self.sched.next_id;
        self.sched.next_id += 1;
        self.sched.threads.push(ThreadState {
            id,
            stack: Vec::new(),
            frames: Vec::new(),
            handled: Vec::new(),
            wait: Wait::New,
            start: Some((func, args, kwargs)),
            func,
            fds: Vec::new(),
        });
        Ok(id)
    }

    pub fn current_thread_id(&self) -> u64 {
        self.sched.current
    }

    /// Can the running code be suspended right now (outermost loop, other threads exist)?
    pub fn can_switch(&self) -> bool {
        self.native_depth == 1 && !self.sched.threads.is_empty()
    }

    /// Can the running native call park its thread (its caller handles `sched.pending`)?
    pub fn can_defer_wait(&self) -> bool {
        self.can_switch() && self.sched.defer_ok && self.sched.native_calls == 1
    }

    /// Called at a safe point: preempts the running thread when its quantum is used up.
    /// Returns true when another thread now runs.
    pub(crate) fn maybe_preempt(&mut self) -> PyResult<bool> {
        if self.config.virtual_time {
            // Running code takes (virtual) time too: otherwise a thread spinning while another
            // sleeps, or a loop polling `ticks_ms()`, would stop the clock for good.
            let ns = if self.config.gc_stress { VIRTUAL_NS_PER_CHECK / 1024 } else { VIRTUAL_NS_PER_CHECK };
            self.clock.sleep_ns(ns);
        }
        if !self.can_switch() {
            return Ok(false);
        }
        // Vary the distance to the next check (see JITTER): the tick count was just reset to
        // 0, start it a little further on.
        self.tick = (self.sched.rand_jitter() % JITTER) as u32;
        let switch = match self.sched.rand() {
            Some(r) => r % 4 == 0,
            None => {
                self.sched.quantum_left = self.sched.quantum_left.saturating_sub(1);
                self.sched.quantum_left == 0
            }
        };
        if !switch {
            return Ok(false);
        }
        // 1..=2*QUANTUM checks, for the same reason as the tick jitter (with `-X gc-stress`
        // every safe point is a check).
        self.sched.quantum_left = 1 + (self.sched.rand_jitter() % (2 * QUANTUM as u64)) as u32;
        self.park_and_switch(Wait::Runnable)
    }

    /// Parks the running thread with `wait` and runs another (or the same, once it can go on).
    /// Returns true if the running thread changed.
    pub(crate) fn park_and_switch(&mut self, wait: Wait) -> PyResult<bool> {
        let me = self.sched.current;
        let state = ThreadState {
            id: me,
            stack: std::mem::take(&mut self.stack),
            frames: std::mem::take(&mut self.frames),
            handled: std::mem::take(&mut self.handled),
            wait,
            start: None,
            func: self.sched.current_func,
            fds: if matches!(wait, Wait::Io(_)) { std::mem::take(&mut self.sched.pending_fds) } else { Vec::new() },
        };
        self.sched.threads.push(state);
        let next = self.pick_next()?;
        self.resume_thread(next)?;
        Ok(self.sched.current != me)
    }

    /// Makes parked thread `i` the running one (starting it if new).
    fn resume_thread(&mut self, i: usize) -> PyResult<()> {
        if i >= self.sched.threads.len() {
            return Err(self.internal_error("no such thread"));
        }
        let t = self.sched.threads.remove(i);
        self.stack = t.stack;
        self.frames = t.frames;
        self.handled = t.handled;
        self.sched.current = t.id;
        self.sched.current_func = t.func;
        if let Some((f, a, k)) = t.start {
            self.start_thread_frame(f, a, k)?;
        }
        Ok(())
    }

    /// Ctrl-C arrived while the main thread is parked (sleeping or waiting for a lock): wake it
    /// so that it raises KeyboardInterrupt, as a blocked main thread does on MicroPython.
    fn wake_main_for_interrupt(&mut self) -> Option<usize> {
        use std::sync::atomic::Ordering;
        if !(self.pending_interrupt || self.interrupt.load(Ordering::Relaxed)) {
            return None;
        }
        let main = self.sched.threads.iter().position(|t| t.id == 1)?;
        let t = self.sched.threads.get_mut(main)?;
        if !matches!(t.wait, Wait::Sleep(_) | Wait::Lock(..) | Wait::Io(_)) {
            return None;
        }
        t.wait = Wait::Runnable;
        t.fds.clear();
        self.interrupt.store(false, Ordering::Relaxed);
        self.pending_interrupt = true;
        self.tick = TICK_DUE;
        Some(main)
    }

    /// Chooses the next thread to run among the parked ones, waking sleepers, granting free
    /// locks, polling descriptors and advancing (virtual) time as needed. Errors when no thread
    /// can ever run again.
    fn pick_next(&mut self) -> PyResult<usize> {
        // Readiness found by a blocking poll (nobody ran since, so it still holds).
        let mut polled: Option<Vec<bool>> = None;
        loop {
            if let Some(main) = self.wake_main_for_interrupt() {
                return Ok(main);
            }
            let now = self.clock.monotonic_ns();
            // Waiting on no descriptor at all (`select.select([], [], [], t)`) is only a sleep:
            // it neither blocks virtual time nor rules out a deadlock.
            let has_io = self.sched.threads.iter().any(|t| matches!(t.wait, Wait::Io(_)) && !t.fds.is_empty());
            let io_ready = match polled.take() {
                Some(r) => r,
                None if has_io => self.poll_io_waiters(Some(0))?,
                None => Vec::new(),
            };
            // Wake whatever can go on.
            let mut ready: Vec<usize> = Vec::new();
            for i in 0..self.sched.threads.len() {
                let wait = self.sched.threads[i].wait;
                let runnable = match wait {
                    Wait::Runnable | Wait::New => true,
                    Wait::Sleep(d) => d <= now,
                    Wait::Lock(l, deadline) => {
                        let free = self.data::<LockState>(Value::Obj(l)).is_some_and(|s| s.owner.is_none());
                        free || deadline.is_some_and(|d| d <= now)
                    }
                    Wait::Io(deadline) => {
                        io_ready.get(i).copied().unwrap_or(false) || deadline.is_some_and(|d| d <= now)
                    }
                };
                if runnable {
                    ready.push(i);
                }
            }
            if !ready.is_empty() {
                // Round robin: the thread parked longest (front) runs first; a seed picks.
                let pick = match self.sched.rand() {
                    Some(r) => ready[(r % ready.len() as u64) as usize],
                    None => ready[0],
                };
                self.complete_wait(pick, now);
                return Ok(pick);
            }
            // Nobody can run: wait for the earliest deadline, or for a descriptor.
            let earliest = self
                .sched
                .threads
                .iter()
                .filter_map(|t| match t.wait {
                    Wait::Sleep(d) => Some(d),
                    Wait::Lock(_, Some(d)) | Wait::Io(Some(d)) => Some(d),
                    _ => None,
                })
                .min();
            let timeout = earliest.map(|d| d.saturating_sub(now));
            if !has_io {
                match timeout {
                    None => return Err(self.deadlock()),
                    Some(t) if self.config.virtual_time => {
                        // Nothing waits for the outside world: the clock jumps.
                        self.clock.sleep_ns(t);
                        continue;
                    }
                    Some(_) => {}
                }
            }
            // A real wait, also under virtual time when a thread waits on I/O (the virtual clock
            // is then charged the real time spent).
            self.flush_out();
            let started = std::time::Instant::now();
            let r = self.poll_io_waiters(timeout)?;
            if self.config.virtual_time {
                self.clock.sleep_ns(started.elapsed().as_nanos() as u64);
            }
            polled = Some(r);
        }
    }

    /// One `poll(2)` over the descriptors of every thread waiting on I/O and the interrupt pipe,
    /// for at most `timeout_ns`: which threads (by index) have a descriptor ready.
    fn poll_io_waiters(&mut self, timeout_ns: Option<u64>) -> PyResult<Vec<bool>> {
        let mut fds: Vec<(i32, i16)> = Vec::new();
        let mut owner: Vec<usize> = Vec::new();
        for (i, t) in self.sched.threads.iter().enumerate() {
            if matches!(t.wait, Wait::Io(_)) {
                fds.extend_from_slice(&t.fds);
                owner.extend(std::iter::repeat_n(i, t.fds.len()));
            }
        }
        let revents = match self.os_poll(&fds, timeout_ns) {
            Ok(r) => r,
            Err(e) => return Err(self.os_error(e)),
        };
        let mut ready = vec![false; self.sched.threads.len()];
        for (&i, &r) in owner.iter().zip(revents.iter()) {
            if r != 0 {
                if let Some(slot) = ready.get_mut(i) {
                    *slot = true;
                }
            }
        }
        Ok(ready)
    }

    /// `poll(2)` over `fds` and the interrupt pipe, for at most `timeout_ns` (None: until
    /// something happens), in slices of `INTERRUPT_SLICE_NS` when there is no interrupt pipe.
    /// Returns the `revents` of `fds`; Ctrl-C or a slice's end returns with nothing ready.
    pub fn os_poll(&mut self, fds: &[(i32, i16)], timeout_ns: Option<u64>) -> Result<Vec<i16>, i32> {
        use std::sync::atomic::Ordering;
        let Some(ifd) = self.sched.interrupt_fd else {
            let t = timeout_ns.map_or(INTERRUPT_SLICE_NS, |t| t.min(INTERRUPT_SLICE_NS));
            return crate::ospoll::poll(fds, Some(t));
        };
        if timeout_ns != Some(0) && self.interrupt.load(Ordering::Relaxed) {
            // Ctrl-C came before this wait (its byte may already have been drained).
            return Ok(vec![0; fds.len()]);
        }
        let mut all = Vec::with_capacity(fds.len() + 1);
        all.extend_from_slice(fds);
        all.push((ifd, libc::POLLIN));
        let mut r = crate::ospoll::poll(&all, timeout_ns)?;
        if r.pop().is_some_and(|ev| ev != 0) {
            crate::ospoll::drain(ifd);
        }
        Ok(r)
    }

    /// Parks the running thread once the running native call returns, until one of `fds` is
    /// ready or `deadline` (monotonic ns) passes; the caller then tries its operation again.
    /// Only when `can_defer_wait()`.
    pub fn defer_io_wait(&mut self, fds: &[(i32, i16)], deadline: Option<u64>) {
        self.sched.pending_fds.clear();
        self.sched.pending_fds.extend_from_slice(fds);
        self.sched.pending = Some(Wait::Io(deadline));
    }

    /// Finishes the wait of a thread about to run: a lock waiter takes the lock (its acquire
    /// returns True) or times out (False).
    fn complete_wait(&mut self, i: usize, now: u64) {
        let wait = self.sched.threads[i].wait;
        let id = self.sched.threads[i].id;
        if let Wait::Lock(l, deadline) = wait {
            let free = self.data::<LockState>(Value::Obj(l)).is_some_and(|s| s.owner.is_none());
            let got = if free {
                if let Some(s) = self.data_mut::<LockState>(Value::Obj(l)) {
                    s.owner = Some(id);
                }
                true
            } else {
                let _ = (deadline, now);
                false
            };
            if let Some(top) = self.sched.threads[i].stack.last_mut() {
                *top = Value::Bool(got);
            }
        }
        self.sched.threads[i].wait = Wait::Runnable;
        self.sched.threads[i].fds.clear();
    }

    /// Pushes the root frame of a thread that is starting.
    fn start_thread_frame(&mut self, f: Value, args: Value, kwargs: Value) -> PyResult<()> {
        let tramp = self.sched.trampoline;
        let Some(tr) = tramp.as_obj() else { return Err(self.internal_error("no thread trampoline")) };
        let pos = self.stack.len();
        self.stack.extend_from_slice(&[tramp, f, args, kwargs]);
        match self.enter_function(tr, pos + 1, 3, Value::Unbound, pos, crate::frame::FrameKind::ThreadRoot, false)? {
            crate::interp::Called::Pushed => Ok(()),
            crate::interp::Called::Done(_) => Ok(()),
        }
    }

    /// A thread's root frame returned or raised: drop the thread and run another.
    pub(crate) fn thread_finished(&mut self, error: Option<Value>) -> PyResult<()> {
        if let Some(exc) = error {
            if !self.is_exception_kind(exc, ExcKind::SystemExit) {
                // As MicroPython: the function's repr, then the traceback without the entry
                // trampoline's frame.
                if let Some(d) = self.exc_data_mut(exc) {
                    d.traceback.retain(|(file, _, _)| &**file != THREAD_ENTRY_FILE);
                }
                let func = self.sched.current_func;
                let who = self.repr(func).unwrap_or_else(|_| "<function>".to_string());
                let text = self.format_exception(exc);
                let _ = self.write_err(&format!("Unhandled exception in thread started by {who}\n{text}"));
            }
        }
        self.stack.clear();
        self.frames.clear();
        self.handled.clear();
        self.sched.current_func = Value::None;
        let next = self.pick_next()?;
        self.resume_thread(next)
    }

    /// Builds the deadlock report, marks the VM as stopping, and returns the error that unwinds
    /// the running thread.
    fn deadlock(&mut self) -> crate::error::PyErr {
        let mut report = String::from("Deadlock: every thread is waiting and none can be woken\n");
        let mut threads: Vec<(u64, Wait, String)> = Vec::new();
        for t in &self.sched.threads {
            // Where it waits: its innermost frame (the running thread's are still in place).
            let frame =
                if t.frames.is_empty() && t.id == self.sched.current { self.frames.last() } else { t.frames.last() };
            let at = match frame {
                Some(f) => {
                    let line = f.code.code.line_for(f.ip.saturating_sub(1));
                    let name = self.name_str(f.code.name);
                    if name.is_empty() || name == "<module>" {
                        format!(" (at {}:{line})", f.code.filename)
                    } else {
                        format!(" (in {name} at {}:{line})", f.code.filename)
                    }
                }
                None => String::new(),
            };
            threads.push((t.id, t.wait, at));
        }
        threads.sort_by_key(|t| t.0);
        let alive: Vec<u64> = threads.iter().map(|t| t.0).collect();
        for (id, wait, at) in threads {
            let who = if id == 1 { "main thread".to_string() } else { format!("thread {id}") };
            match wait {
                Wait::Lock(l, _) => {
                    let owner = self.data::<LockState>(Value::Obj(l)).and_then(|s| s.owner);
                    let holder = match owner {
                        Some(o) if o == id => "itself".to_string(),
                        Some(1) => "the main thread".to_string(),
                        Some(o) if alive.contains(&o) => format!("thread {o}"),
                        Some(o) => format!("thread {o}, which has finished"),
                        None => "nobody".to_string(),
                    };
                    report.push_str(&format!("  {who}{at} waits for lock 0x{:x}, held by {holder}\n", lock_addr(l)));
                }
                // A thread waiting on a descriptor is never deadlocked: only an empty wait
                // (`select.select([], [], [])`) is reported.
                Wait::Io(_) => report.push_str(&format!("  {who}{at} waits for I/O on no descriptor\n")),
                other => report.push_str(&format!("  {who}{at}: {other:?}\n")),
            }
        }
        self.flush_out();
        let _ = self.write_err(&report);
        self.sched.fatal = Some(DEADLOCK_EXIT);
        // Run the main thread again so the error unwinds it and the program ends.
        self.new_exception(ExcKind::SystemExit, "")
    }

    /// `lock.acquire(blocking, timeout)`.
    pub fn lock_acquire(&mut self, lock: Value, blocking: bool, timeout_ns: Option<u64>) -> PyResult<Value> {
        let me = self.sched.current;
        let owner = match self.data::<LockState>(lock) {
            Some(s) => s.owner,
            None => return Err(self.type_error("expected a lock")),
        };
        if owner.is_none() {
            if let Some(s) = self.data_mut::<LockState>(lock) {
                s.owner = Some(me);
            }
            return Ok(Value::Bool(true));
        }
        if !blocking {
            return Ok(Value::Bool(false));
        }
        let Some(l) = lock.as_obj() else { return Ok(Value::Bool(false)) };
        let deadline = timeout_ns.map(|t| self.clock.monotonic_ns().saturating_add(t));
        if self.can_defer_wait() {
            // Park after this call returns; the scheduler patches the result.
            self.sched.pending = Some(Wait::Lock(l, deadline));
            return Ok(Value::Bool(false));
        }
        // Cannot switch: nobody else can release it while we wait.
        match timeout_ns {
            Some(t) => {
                self.clock.sleep_ns(t);
                Ok(Value::Bool(false))
            }
            None => {
                if self.sched.threads.is_empty() {
                    self.sched.threads.push(ThreadState {
                        id: me,
                        stack: Vec::new(),
                        frames: Vec::new(),
                        handled: Vec::new(),
                        wait: Wait::Lock(l, None),
                        start: None,
                        func: Value::None,
                        fds: Vec::new(),
                    });
                    let e = self.deadlock();
                    self.sched.threads.clear();
                    return Err(e);
                }
                Err(self.runtime_error("lock held by a thread that cannot run while native code waits"))
            }
        }
    }

    pub fn lock_release(&mut self, lock: Value) -> PyResult<()> {
        match self.data_mut::<LockState>(lock) {
            Some(s) if s.owner.is_some() => {
                s.owner = None;
                Ok(())
            }
            Some(_) => Err(self.runtime_error("release unlocked lock")),
            None => Err(self.type_error("expected a lock")),
        }
    }

    pub fn lock_locked(&self, lock: Value) -> bool {
        self.data::<LockState>(lock).is_some_and(|s| s.owner.is_some())
    }
}

fn lock_addr(l: ObjRef) -> u64 {
    0x7f00_0000_0000 + (l.index as u64) * 32
}
