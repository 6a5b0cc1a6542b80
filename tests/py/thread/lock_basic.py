# _thread.allocate_lock: acquire/release/locked, non-blocking and timed acquire on a held
# lock, the context manager, and RuntimeError on releasing an unlocked lock. (MicroPython's
# acquire takes positional arguments only, so the tests pass them that way.)
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType)
print(lock.locked())
print(lock.acquire())
print(lock.locked())
# held by this thread: a second acquire does not block forever
print(lock.acquire(0))
print(lock.acquire(False))
print(lock.acquire(1, 0))
print(lock.acquire(True, 0.01))
lock.release()
print(lock.locked())

try:
    lock.release()
except RuntimeError:
    print("RuntimeError on release of an unlocked lock")
print(lock.locked())

with lock:
    print("in with", lock.locked())
print("after with", lock.locked())

try:
    with lock:
        print("raising inside with", lock.locked())
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
print("released on error", lock.locked())

# __enter__ returns True as acquire does
r = lock.__enter__()
print("enter ->", r, lock.locked())
lock.__exit__(None, None, None)
print(lock.locked())

# independent locks
locks = [_thread.allocate_lock() for i in range(5)]
for i in range(0, 5, 2):
    locks[i].acquire()
print([l.locked() for l in locks])
for i in range(0, 5, 2):
    locks[i].release()
print([l.locked() for l in locks])

# an unbound method through the type
_thread.LockType.acquire(lock)
print(lock.locked())
_thread.LockType.release(lock)
print(lock.locked())
