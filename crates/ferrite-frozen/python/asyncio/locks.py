# Ferrite asyncio: Lock, Semaphore, BoundedSemaphore.
#
# Waiters queue in FIFO order as [task, tok, handed]. A release hands the lock (or one unit of
# the semaphore) straight to the first waiter still waiting, so a task arriving later cannot
# overtake it; a waiter cancelled after being handed the lock passes it on.

from . import core


def _remove(w, e):
    for i in range(len(w)):
        if w[i] is e:
            del w[i]
            return


async def _wait_turn(w):
    t = core._cur
    e = [t, t._tok, False]
    w.append(e)
    try:
        await core._park()
    except BaseException:
        if not e[2]:
            _remove(w, e)
        raise
    return e


def _pop_waiter(w):
    while w:
        e = w.pop(0)
        t = e[0]
        if t._tok == e[1]:
            return e
    return None


class Lock:
    # _handed: released to a waiter that has not run yet. The lock is still taken (nobody can
    # overtake that waiter) but locked() says False until it runs, as on MicroPython and
    # CPython.
    def __init__(self):
        self._locked = False
        self._handed = False
        self._w = []

    def __repr__(self):
        return "<Lock [%s]>" % ("locked" if self.locked() else "unlocked")

    def locked(self):
        return self._locked and not self._handed

    async def acquire(self):
        if not self._locked:
            self._locked = True
            return True
        t = core._cur
        e = [t, t._tok, False]
        self._w.append(e)
        try:
            await core._park()
        except BaseException:
            if e[2]:
                self._handoff()
            else:
                _remove(self._w, e)
            raise
        self._handed = False
        return True

    def release(self):
        if not self.locked():
            raise RuntimeError("Lock is not acquired.")
        self._handoff()

    def _handoff(self):
        e = _pop_waiter(self._w)
        if e is None:
            self._locked = False
            self._handed = False
        else:
            e[2] = True
            self._handed = True
            core._wake(e[0])

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._w = []

    def __repr__(self):
        return "<%s [%s]>" % (type(self).__name__, "locked" if self.locked() else "unlocked, value:%d" % self._value)

    def locked(self):
        return self._value == 0

    async def acquire(self):
        if self._value > 0:
            self._value -= 1
            return True
        t = core._cur
        e = [t, t._tok, False]
        self._w.append(e)
        try:
            await core._park()
        except BaseException:
            if e[2]:
                self._value += 1
                self._handoff()
            else:
                _remove(self._w, e)
            raise
        return True

    def release(self):
        self._value += 1
        self._handoff()

    def _handoff(self):
        if self._value > 0:
            e = _pop_waiter(self._w)
            if e is not None:
                self._value -= 1
                e[2] = True
                core._wake(e[0])

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()
