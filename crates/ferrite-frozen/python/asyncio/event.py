# Ferrite asyncio: Event and ThreadSafeFlag.

from . import core


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
                core._wake_if(e[0], e[1])
        # A set() from another thread must not wait for the loop's next timer.
        if core._idle:
            core._poke()

    def clear(self):
        self._set = False

    def wait(self):
        # A generator-based coroutine (one frame fewer per wait than async def + _park).
        if not self._set:
            t = core._cur
            e = (t, t._tok)
            self._w.append(e)
            try:
                yield core._PARK
            except BaseException:
                # Cancelled (say by wait_for): leave no entry behind.
                w = self._w
                for i in range(len(w)):
                    if w[i] is e:
                        del w[i]
                        break
                raise
        return True


class ThreadSafeFlag:
    # Set from anywhere (another _thread thread, an IRQ or scheduled callback); awaited by one
    # task at a time. The loop checks the flags being waited on each time round, and while
    # idle it blocks on a lock that set() releases.

    def __init__(self):
        self._flag = False
        self._task = None
        self._tok = 0

    def set(self):
        self._flag = True
        core._poke()

    def clear(self):
        self._flag = False

    def is_set(self):
        return self._flag

    async def wait(self):
        if not self._flag:
            t = core._cur
            if self._task is not None and self._task is not t and self._task._state == core._PARKED:
                raise RuntimeError("ThreadSafeFlag is already being waited on")
            self._task = t
            core._tsf.append(self)
            try:
                while not self._flag:
                    self._tok = t._tok
                    await core._park()
            finally:
                self._task = None
                try:
                    core._tsf.remove(self)
                except ValueError:
                    pass
        self._flag = False
