# lock.acquire(1, timeout) on a lock another thread holds gives up on time and returns False;
# it returns True as soon as the holder releases within the timeout; timeout 0 and a negative
# timeout (wait forever) too. Elapsed times are checked with wide margins.
import _thread
import time

lock = _thread.allocate_lock()
held = _thread.allocate_lock()
held.acquire()
release_now = _thread.allocate_lock()
release_now.acquire()
log = []


def holder():
    lock.acquire()
    held.release()  # tell the main thread the lock is taken
    release_now.acquire()  # wait until told
    time.sleep(0.03)
    log.append("holder releases")
    lock.release()


_thread.start_new_thread(holder, ())
held.acquire()
print("locked by holder:", lock.locked())

t0 = time.time()
r = lock.acquire(1, 0.03)
dt = time.time() - t0
print("timed out:", r, "waited >= 0.025:", dt >= 0.025, "< 1:", dt < 1)

print("timeout 0:", lock.acquire(1, 0))
print("non-blocking:", lock.acquire(0))

release_now.release()
t0 = time.time()
r = lock.acquire(1, 5)
dt = time.time() - t0
print("got it:", r, log, "waited < 2:", dt < 2)
print("locked:", lock.locked())

# now the main thread holds it: a thread times out
res = []
guard = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()


def waiter(timeout):
    t0 = time.time()
    r = lock.acquire(1, timeout)
    dt = time.time() - t0
    with guard:
        res.append((timeout, r, dt >= timeout * 0.8))
        if len(res) == 2:
            finished.release()


_thread.start_new_thread(waiter, (0.02,))
_thread.start_new_thread(waiter, (0.03,))
finished.acquire()
print(sorted(res))

# -1 waits forever; it is released by a thread a little later
def late_release():
    time.sleep(0.02)
    lock.release()


_thread.start_new_thread(late_release, ())
print("negative timeout:", lock.acquire(1, -1))
lock.release()
print("locked:", lock.locked())
