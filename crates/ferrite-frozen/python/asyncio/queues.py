# Ferrite asyncio: Queue (CPython's asyncio.Queue; MicroPython has none).

from . import core
from .event import Event


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


def _wake_next(w):
    while w:
        e = w.pop(0)
        t = e[0]
        if t._tok == e[1]:
            e[2] = True
            core._wake(t)
            return


async def _wait_in(w, q, other):
    # Parks in waiter list w; if cancelled after being woken, passes the wake-up on to the
    # next waiter of the same kind so no item (or free slot) is left unclaimed.
    t = core._cur
    e = [t, t._tok, False]
    w.append(e)
    try:
        await core._park()
    except BaseException:
        if e[2]:
            if other(q):
                _wake_next(w)
        else:
            for i in range(len(w)):
                if w[i] is e:
                    del w[i]
                    break
        raise


def _has_item(q):
    return len(q._items) > q._head


def _has_room(q):
    return not q.full()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._head = 0
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def __repr__(self):
        return "<Queue maxsize=%d qsize=%d>" % (self._maxsize, self.qsize())

    def qsize(self):
        return len(self._items) - self._head

    def empty(self):
        return len(self._items) == self._head

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            await _wait_in(self._putters, self, _has_room)
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        _wake_next(self._getters)

    async def get(self):
        while self.empty():
            await _wait_in(self._getters, self, _has_item)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_next(self._putters)
        return item

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        items = self._items
        h = self._head
        item = items[h]
        items[h] = None
        h += 1
        if h >= 32 and h * 2 >= len(items):
            del items[:h]
            h = 0
        self._head = h
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()
