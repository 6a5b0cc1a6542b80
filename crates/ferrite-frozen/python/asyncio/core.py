# Ferrite asyncio: the scheduler core.
#
# One loop per VM (as on MicroPython). Its state is the module globals below:
#   _ready   the tasks that can run, in order (a task is in it at most once); the loop takes
#            the whole list as a batch (_batch, run up to _bpos) and starts a new one
#   _timers  a heap of (when_ms, seq, task, tok); when_ms is an unwrapped ticks_ms clock
#   _io      sockets being polled: id(sock) -> [sock, reader, reader_tok, writer, writer_tok]
#   _tsf     ThreadSafeFlags being waited on
# A task that waits registers (task, task._tok) somewhere, right before it yields _PARK to the
# loop. Waking a task (and finishing it) bumps its _tok, so every other registration it left
# behind goes stale and is skipped when found: one wake per wait, no searching of queues. A
# task that is not done is thus either the current one, in _ready, or parked.
#
# Instance attribute access is the dominant cost of the hot paths here, so the task step is
# inlined in the loop and a task's state is a few attributes read only where needed.

from time import ticks_ms, ticks_diff, sleep_ms as _sleep_ms
from heapq import heappush, heappop, heapify

try:
    import _thread
except ImportError:
    _thread = None


class CancelledError(BaseException):
    pass


# asyncio.TimeoutError is the builtin one (as in CPython 3.11).
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


_DONE = 3

# What a task's coroutine yields to the loop after registering itself somewhere.
_PARK = object()


# --- The clock: ticks_ms unwrapped into a count that never wraps.

_t_last = ticks_ms()
_t_abs = 0


def _now():
    global _t_last, _t_abs
    t = ticks_ms()
    _t_abs += ticks_diff(t, _t_last)
    _t_last = t
    return _t_abs


# --- Loop state.

_ready = []
_batch = ()
_bpos = 0
_timers = []
_timer_seq = 0
_compact_at = 256
_io = {}
_poller = None
_tsf = []
_all = set()
_cur = None
_self_cancel = None
_stopping = False
_running = False
# Tasks that ended with an exception nobody was waiting for. They are reported (the loop's
# exception handler) at the start of the loop's next round unless retrieved (awaited,
# result(), exception()) by the tasks that ran after them, as on MicroPython.
_late = []
# How the idle loop waits, so that ThreadSafeFlag.set() can wake it: 0 not idle, _IDLE_LOCK on
# _wake_lock, _IDLE_POLL in the poller (woken through the _wake_r/_wake_w socket pair).
_idle = 0
_IDLE_LOCK = 1
_IDLE_POLL = 2
_wake_lock = None
_wake_r = None
_wake_w = None
_task_count = 0


def _reset():
    global _ready, _batch, _timers, _io, _tsf, _all, _cur, _self_cancel, _stopping, _running, _compact_at
    global _late
    _late = []
    _ready = []
    _batch = ()
    _timers = []
    _compact_at = 256
    if _poller is not None:
        for ent in _io.values():
            try:
                _poller.unregister(ent[0])
            except Exception:
                pass
    _io = {}
    _tsf = []
    _all = set()
    _cur = None
    _self_cancel = None
    _stopping = False
    _running = False


def _park():
    yield _PARK


def _wake(t):
    # t is parked: queue it and make every registration it left stale.
    t._tok += 1
    _ready.append(t)


def _wake_if(t, tok):
    if t._tok == tok:
        t._tok = tok + 1
        _ready.append(t)
        return True
    return False


def _wake_exc(t, exc):
    # Wakes parked task t with exc to be thrown in at its await.
    t._throw = exc
    if t._io is not None:
        _io_forget(t)
    t._tok += 1
    _ready.append(t)


def _at(when, t):
    global _timer_seq
    _timer_seq += 1
    heappush(_timers, (when, _timer_seq, t, t._tok))
    if len(_timers) > _compact_at:
        _compact_timers()


def _compact_timers():
    # Entries left by waits that ended some other way (wait_for that finished in time) stay
    # until their deadline; drop them whenever the heap doubles.
    global _compact_at
    live = [e for e in _timers if e[2]._tok == e[3]]
    heapify(live)
    _timers[:] = live
    _compact_at = max(256, 2 * len(live))


def _poke():
    # Wakes the loop if it is idle waiting for a ThreadSafeFlag (safe from other threads): the
    # loop sets _idle before its last look at the flags, so a set() after that look sees it.
    global _idle
    how = _idle
    if how:
        _idle = 0
        if how == _IDLE_POLL:
            try:
                _wake_w.send(b"\0")
            except OSError:
                pass  # the pair is full: the poll is woken already
        else:
            try:
                _wake_lock.release()
            except RuntimeError:
                pass


# --- Tasks.


class Task:
    # Defaults read through the class until first set on the instance.
    _state = 0
    _tok = 0
    _throw = None
    _result = None
    _exc = None
    _waiters = None
    _quiet = False
    _io = None
    _awaiting = None
    _name = None

    def __init__(self, coro):
        self.coro = coro

    def __repr__(self):
        return "<Task %s name=%r>" % ("finished" if self._state == _DONE else "pending", self.get_name())

    def get_name(self):
        global _task_count
        if self._name is None:
            _task_count += 1
            self._name = "Task-%d" % _task_count
        return self._name

    def set_name(self, name):
        self._name = str(name)

    def get_coro(self):
        return self.coro

    def done(self):
        return self._state == _DONE

    def cancelled(self):
        return self._state == _DONE and isinstance(self._exc, CancelledError)

    def result(self):
        if self._state != _DONE:
            raise InvalidStateError("Result is not set.")
        if self._exc is not None:
            self._quiet = True
            raise self._exc
        return self._result

    def exception(self):
        if self._state != _DONE:
            raise InvalidStateError("Exception is not set.")
        self._quiet = True
        if isinstance(self._exc, CancelledError):
            raise self._exc
        return self._exc

    def add_done_callback(self, cb):
        if self._state == _DONE:
            cb(self)
        else:
            if self._waiters is None:
                self._waiters = []
            self._waiters.append(cb)

    def remove_done_callback(self, cb):
        w = self._waiters
        n = 0
        if w:
            keep = []
            for x in w:
                if x is cb or x == cb:
                    n += 1
                else:
                    keep.append(x)
            self._waiters = keep
        return n

    def cancel(self, msg=None):
        global _self_cancel
        if self._state == _DONE:
            return False
        exc = CancelledError() if msg is None else CancelledError(msg)
        if self is _cur:
            # Cancelling itself: delivered at its next await.
            _self_cancel = exc
        elif _queued(self):
            if not isinstance(self._throw, CancelledError):
                self._throw = exc
        else:
            inner = self._awaiting
            if inner is not None and inner._state != _DONE:
                # Waiting for another task: cancel that one; the CancelledError comes back
                # through the await (as in CPython).
                inner.cancel(msg)
            else:
                _wake_exc(self, exc)
        return True

    def __iter__(self):
        if self._state != _DONE:
            me = _cur
            if me is None:
                raise RuntimeError("await outside a task")
            if self._waiters is None:
                self._waiters = []
            me._awaiting = self
            try:
                while self._state != _DONE:
                    self._waiters.append((me, me._tok))
                    yield _PARK
            finally:
                me._awaiting = None
        if self._exc is not None:
            self._quiet = True
            raise self._exc
        return self._result

    __await__ = __iter__


def _queued(t):
    if t in _ready:
        return True
    b = _batch
    for i in range(_bpos, len(b)):
        if b[i] is t:
            return True
    return False


def _finish(t, value, exc):
    t._state = _DONE
    t._tok += 1
    t._result = value
    t._exc = exc
    _all.discard(t)
    waiters = t._waiters
    told = False
    if waiters:
        t._waiters = None
        for w in waiters:
            if type(w) is tuple:
                if _wake_if(w[0], w[1]):
                    told = True
            else:
                told = True
                try:
                    w(t)
                except Exception as e:
                    _loop.call_exception_handler({"message": "Exception in callback", "exception": e, "future": t})
    if exc is not None and not told and not t._quiet and not isinstance(exc, CancelledError):
        _late.append(t)


def _report_late():
    global _late
    todo = _late
    _late = []
    for t in todo:
        if not t._quiet:
            t._quiet = True
            _loop.call_exception_handler({"message": "Task exception wasn't retrieved", "exception": t._exc, "future": t})


def _cancel_parked(t, exc):
    # A task cancelled itself while running and has now parked: deliver the cancel.
    inner = t._awaiting
    if inner is not None and inner._state != _DONE:
        inner.cancel()
    else:
        _wake_exc(t, exc)


def create_task(coro):
    if not hasattr(coro, "send"):
        if hasattr(coro, "__await__") or hasattr(coro, "__iter__"):
            coro = _wrap(coro)
        else:
            raise TypeError("a coroutine was expected, got %r" % (coro,))
    t = Task(coro)
    _all.add(t)
    _ready.append(t)
    return t


async def _wrap(aw):
    return await aw


def ensure_future(aw):
    if isinstance(aw, Task):
        return aw
    return create_task(aw)


_ensure = ensure_future


def current_task():
    return _cur


def all_tasks():
    return set(_all)


# --- Event (here rather than in event.py: module globals are cheaper than core.X).


class Event:
    def __init__(self):
        self._set = False
        self._w = []

    def __repr__(self):
        return "<Event %s>" % ("set" if self._set else "unset")

    def is_set(self):
        return self._set

    def set(self):
        self._set = True
        w = self._w
        if w:
            self._w = []
            for e in w:
                t = e[0]
                if t._tok == e[1]:
                    t._tok += 1
                    _ready.append(t)
        # A set() from another thread must not wait for the loop's next timer.
        if _idle:
            _poke()

    def clear(self):
        self._set = False

    def wait(self):
        # A generator-based coroutine (one frame fewer per wait than async def + _park).
        if not self._set:
            t = _cur
            e = (t, t._tok)
            self._w.append(e)
            try:
                yield _PARK
            except BaseException:
                # Cancelled (say by wait_for): leave no entry behind.
                w = self._w
                for i in range(len(w)):
                    if w[i] is e:
                        del w[i]
                        break
                raise
        return True


# --- Sleeping.


def sleep_ms(ms, result=None):
    # A generator-based coroutine: awaiting it costs one frame, not two.
    if ms > 0:
        if ms >= 0x20000000:
            # As on MicroPython, whose deadline is ticks_add(ticks_ms(), ms).
            raise OverflowError("ticks interval overflow")
        _at(_now() + ms, _cur)
        yield _PARK
    else:
        yield None
    return result


def sleep(t, result=None):
    return sleep_ms(t * 1000, result)


# --- I/O readiness (sockets and anything select.poll accepts).

_POLLIN = 1
_POLLOUT = 4


def _io_mask(ent):
    m = 0
    if ent[1] is not None:
        m |= _POLLIN
    if ent[3] is not None:
        m |= _POLLOUT
    return m


async def _io_wait(sock, writing):
    global _poller
    if _poller is None:
        import select

        global _POLLIN, _POLLOUT
        _POLLIN = select.POLLIN
        _POLLOUT = select.POLLOUT
        _poller = select.poll()
    t = _cur
    key = id(sock)
    ent = _io.get(key)
    slot = 3 if writing else 1
    if ent is None:
        ent = [sock, None, 0, None, 0]
        _io[key] = ent
        ent[slot] = t
        ent[slot + 1] = t._tok
        _poller.register(sock, _io_mask(ent))
    else:
        if ent[slot] is not None and ent[slot] is not t:
            raise RuntimeError("another task is already waiting on this stream")
        ent[slot] = t
        ent[slot + 1] = t._tok
        _poller.modify(sock, _io_mask(ent))
    t._io = sock
    await _park()


def _io_forget(t):
    sock = t._io
    t._io = None
    key = id(sock)
    ent = _io.get(key)
    if ent is None:
        return
    if ent[1] is t:
        ent[1] = None
    if ent[3] is t:
        ent[3] = None
    m = _io_mask(ent)
    try:
        if m:
            _poller.modify(sock, m)
        else:
            del _io[key]
            _poller.unregister(sock)
    except Exception:
        pass


def _io_drop(sock):
    # The socket is being closed: wake its waiters and stop polling it.
    ent = _io.pop(id(sock), None)
    if ent is None:
        return
    for i in (1, 3):
        t = ent[i]
        if t is not None and t._tok == ent[i + 1]:
            t._io = None
            _wake(t)
    try:
        _poller.unregister(sock)
    except Exception:
        pass


def _io_poll(timeout):
    # Collect first: waking a task changes the poller's registrations.
    evs = [(ev[0], ev[1]) for ev in _poller.ipoll(timeout)]
    for obj, flags in evs:
        ent = _io.get(id(obj))
        if ent is None:
            if obj is _wake_r:
                _drain_waker()
            continue
        bad = flags & ~(_POLLIN | _POLLOUT)
        if flags & _POLLIN or bad:
            t = ent[1]
            if t is not None and t._tok == ent[2]:
                _io_forget(t)
                _wake(t)
        if flags & _POLLOUT or bad:
            t = ent[3]
            if t is not None and t._tok == ent[4]:
                _io_forget(t)
                _wake(t)
        if bad and _io.get(id(obj)) is ent:
            # Hang-up, error or a closed socket (POLLNVAL) with nobody left waiting: stop
            # polling it, or every poll would return at once.
            r, w = ent[1], ent[3]
            if (r is None or r._tok != ent[2]) and (w is None or w._tok != ent[4]):
                del _io[id(obj)]
                try:
                    _poller.unregister(obj)
                except Exception:
                    pass


def _waker():
    # The read end of a socket pair registered in the poller: set() writes to the other end
    # while the loop waits in poll, so the wait ends at once (as a self-pipe does).
    global _wake_r, _wake_w
    if _wake_r is None:
        import socket

        r, w = socket.socketpair()
        r.setblocking(False)
        w.setblocking(False)
        _poller.register(r, _POLLIN)
        _wake_r = r
        _wake_w = w
    return _wake_r


def _drain_waker():
    try:
        while _wake_r.recv(64):
            pass
    except OSError:
        pass


# --- The loop.


def _run_timers():
    now = _now()
    timers = _timers
    while timers and timers[0][0] <= now:
        e = heappop(timers)
        t = e[2]
        if t._tok == e[3]:
            t._tok += 1
            _ready.append(t)


def _check_flags():
    for f in _tsf:
        if f._flag:
            t = f._task
            if t is not None:
                _wake_if(t, f._tok)


def _wait_idle():
    # Nothing is ready: wait for the next timer, I/O, or a ThreadSafeFlag.
    global _idle, _wake_lock
    timeout = -1
    if _timers:
        timeout = _timers[0][0] - _now()
        if timeout < 0:
            timeout = 0
    if timeout > 0:
        timeout = int(timeout + 0.999)
    if _io:
        # Wait in one poll for the sockets and the waker, which a ThreadSafeFlag.set() (or an
        # Event.set()) from another thread writes to.
        _waker()
        _idle = _IDLE_POLL
        for f in _tsf:
            if f._flag:
                _idle = 0
                return
        _io_poll(timeout)
        _idle = 0
        return
    if _tsf or timeout < 0:
        if _thread is None:
            _sleep_ms(1 if timeout < 0 else timeout)
            return
        if _wake_lock is None:
            _wake_lock = _thread.allocate_lock()
            _wake_lock.acquire()
        _idle = _IDLE_LOCK
        for f in _tsf:
            if f._flag:
                _idle = 0
                return
        if timeout < 0:
            if _tsf:
                # Flags can be set from IRQs and other threads: wait in slices, never
                # "forever", so a flag set from outside any thread is still seen.
                _wake_lock.acquire(1, 1)
            else:
                # Nothing can wake any task: let other threads run; if there are none the
                # VM reports the deadlock.
                _wake_lock.acquire()
        else:
            _wake_lock.acquire(1, timeout / 1000)
        _idle = 0
        return
    if timeout > 0:
        _sleep_ms(timeout)


def _run_until(main):
    # Runs batches of ready tasks until `main` (a Task) is done, or stop() when main is None.
    # The step of a task is inlined here: this loop is the hot path of every program.
    global _ready, _batch, _bpos, _cur, _self_cancel, _stopping, _running
    if _running:
        raise RuntimeError("This event loop is already running")
    _running = True
    PARK = _PARK
    try:
        while True:
            if main is not None and main._state == 3:
                return
            if _stopping:
                _stopping = False
                return
            if _late:
                _report_late()
            if _timers:
                _run_timers()
            if _tsf:
                _check_flags()
            batch = _ready
            if not batch:
                _wait_idle()
                continue
            _ready = []
            _batch = batch
            i = 0
            for t in batch:
                i += 1
                _bpos = i
                _cur = t
                exc = t._throw
                try:
                    if exc is None:
                        r = t.coro.send(None)
                    else:
                        t._throw = None
                        r = t.coro.throw(exc)
                except StopIteration as e:
                    _cur = None
                    if _self_cancel is None:
                        _finish(t, e.value, None)
                    else:
                        exc = _self_cancel
                        _self_cancel = None
                        _finish(t, None, exc)
                    continue
                except (KeyboardInterrupt, SystemExit) as e:
                    _cur = None
                    _self_cancel = None
                    _batch = ()
                    _ready = batch[i:] + _ready
                    _finish(t, None, e)
                    raise
                except BaseException as e:
                    _cur = None
                    _self_cancel = None
                    _finish(t, None, e)
                    continue
                _cur = None
                if r is not PARK:
                    _ready.append(t)
                    if _self_cancel is not None:
                        t._throw = _self_cancel
                        _self_cancel = None
                elif _self_cancel is not None:
                    exc = _self_cancel
                    _self_cancel = None
                    _cancel_parked(t, exc)
            _batch = ()
    finally:
        _running = False


def _cancel_all():
    left = [t for t in _all if t._state != _DONE]
    if not left:
        return
    for t in left:
        t.cancel()
        t._quiet = True
    g = gather(*left, return_exceptions=True)
    _run_until(create_task(_wrap(g)))
    for t in left:
        if t._state == _DONE and t._exc is not None and not isinstance(t._exc, CancelledError):
            _loop.call_exception_handler({"message": "unhandled exception during asyncio.run() shutdown", "exception": t._exc, "future": t})


def run(main):
    if _running:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    t = create_task(main)
    t._quiet = True
    try:
        _run_until(t)
    finally:
        try:
            _cancel_all()
            _report_late()
        finally:
            _reset()
    return t.result()


class Loop:
    def __init__(self):
        self._exc_handler = None
        self._closed = False

    def create_task(self, coro):
        return create_task(coro)

    def run_forever(self):
        _run_until(None)

    def run_until_complete(self, aw):
        t = _ensure(aw)
        t._quiet = True
        _run_until(t)
        return t.result()

    def stop(self):
        global _stopping
        _stopping = True

    def close(self):
        self._closed = True

    def is_running(self):
        return _running

    def is_closed(self):
        return self._closed

    def time(self):
        return _now() / 1000

    def set_exception_handler(self, handler):
        self._exc_handler = handler

    def get_exception_handler(self):
        return self._exc_handler

    def default_exception_handler(self, context):
        import sys

        print(context.get("message", "Unhandled exception in event loop"))
        fut = context.get("future")
        if fut is not None:
            print("future:", fut, "coro=", getattr(fut, "coro", None))
        exc = context.get("exception")
        if exc is not None:
            if hasattr(sys, "print_exception"):
                sys.print_exception(exc)
            else:
                print(type(exc).__name__ + ":", exc)

    def call_exception_handler(self, context):
        h = self._exc_handler
        if h is None:
            self.default_exception_handler(context)
        else:
            h(self, context)


_loop = Loop()


def get_event_loop(*args):
    return _loop


get_running_loop = get_event_loop


def new_event_loop():
    global _loop
    _reset()
    _loop = Loop()
    return _loop


def set_event_loop(loop):
    global _loop
    if loop is not None:
        _loop = loop


# --- Waiting with timeouts, gathering.


def _wait_done(t):
    # Parks until task t is done, whatever its outcome (no result, no exception).
    me = _cur
    me._awaiting = t
    try:
        while t._state != _DONE:
            if t._waiters is None:
                t._waiters = []
            t._waiters.append((me, me._tok))
            yield _PARK
    finally:
        me._awaiting = None


def _relay(me, tok):
    # Wakes a wait_for one round after its task ended, as MicroPython's runner task (and
    # CPython's done callback) do: a cancel arriving meanwhile sees the task's outcome.
    _wake_if(me, tok)
    return
    yield


async def wait_for_ms(aw, timeout):
    t = _ensure(aw)
    if timeout is None:
        return await t
    me = _cur
    if timeout <= 0:
        if t._state == _DONE:
            return t.result()
        t.cancel()
        await _wait_done(t)
        try:
            return t.result()
        except CancelledError:
            raise TimeoutError()
    if t._state != _DONE:
        _at(_now() + timeout, me)
        if t._waiters is None:
            t._waiters = []
        tok = me._tok
        t._waiters.append(lambda _: create_task(_relay(me, tok)))
        try:
            await _park()
        except CancelledError:
            if t._state == _DONE:
                # t ended before the cancellation reached us: its outcome wins, as with
                # MicroPython's (and CPython 3.11's) wait_for.
                return t.result()
            # Cancelled while waiting: cancel the inner task too, let it finish, re-raise.
            t.cancel()
            await _wait_done(t)
            raise
    if t._state == _DONE:
        return t.result()
    t.cancel()
    await _wait_done(t)
    try:
        return t.result()
    except CancelledError:
        raise TimeoutError()


def wait_for(aw, timeout):
    return wait_for_ms(aw, None if timeout is None else timeout * 1000)


class _Gather:
    # _state is _DONE once every child is: a task awaiting the gather is cancelled by
    # cancelling the children at once (Task.cancel through _awaiting), as CPython does, so
    # children not yet started never run.
    _state = 0

    def __init__(self, tasks, return_exceptions):
        self.tasks = tasks
        self.rex = return_exceptions
        self.pending = 0
        self.who = None
        self.cancelled = False
        for t in tasks:
            t._quiet = True
            if t._state != _DONE:
                self.pending += 1
                if t._waiters is None:
                    t._waiters = []
                t._waiters.append(self._child_done)
        if self.pending == 0:
            self._state = _DONE

    def _child_done(self, t):
        self.pending -= 1
        if self.pending == 0:
            self._state = _DONE
        w = self.who
        if w is not None and (self.pending == 0 or (not self.rex and t._exc is not None)):
            self.who = None
            _wake_if(w[0], w[1])

    def cancel(self, msg=None):
        r = False
        for t in self.tasks:
            if t.cancel(msg):
                r = True
        self.cancelled = True
        return r

    def _failed(self):
        for t in self.tasks:
            if t._state == _DONE and t._exc is not None:
                return t._exc
        return None

    def __iter__(self):
        me = _cur
        me._awaiting = self
        try:
            return (yield from self._wait(me))
        finally:
            me._awaiting = None

    def _wait(self, me):
        while True:
            if not self.rex:
                e = self._failed()
                if e is not None:
                    raise e
            if self.pending == 0:
                break
            self.who = (me, me._tok)
            try:
                yield _PARK
            except CancelledError:
                self.who = None
                for t in self.tasks:
                    if t._state != _DONE:
                        t.cancel()
                while self.pending:
                    self.who = (me, me._tok)
                    self.rex = True
                    yield _PARK
                raise
        if self.cancelled:
            raise CancelledError()
        res = []
        for t in self.tasks:
            res.append(t._result if t._exc is None else t._exc)
        return res

    __await__ = __iter__


def gather(*aws, return_exceptions=False):
    tasks = []
    for a in aws:
        tasks.append(_ensure(a))
    return _Gather(tasks, return_exceptions)
