# Ferrite asyncio: ThreadSafeFlag (and Event, which lives in core).

from . import core
from .core import Event  # defined in core: its wait/set are hot paths


class ThreadSafeFlag:
    # Set from anywhere (another _thread thread, an IRQ or scheduled callback); awaited by one
    # task at a time. The loop checks the flags being waited on each time round. While idle it
    # blocks on a lock that set() releases or, when it also polls sockets, in the poll, which
    # set() ends by writing to the loop's waker socket pair (core._poke).

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
            if self._task is not None and self._task is not t:
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
