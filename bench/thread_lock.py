# Lock acquire/release in loops: an uncontended lock taken with acquire()/release(), with
# `with`, and probed with acquire(0) while held; then 4 threads incrementing a shared counter
# under one lock. Prints a checksum. Runs under CPython too (`import _thread`).
import _thread

LOOPS = 1000000
THREADS = 4


def uncontended(n):
    lock = _thread.allocate_lock()
    total = 0
    for i in range(n):
        lock.acquire()
        total += i & 7
        lock.release()
    for i in range(n):
        with lock:
            total += i & 3
    busy = 0
    lock.acquire()
    for i in range(n // 4):
        if not lock.acquire(0):
            busy += 1
    lock.release()
    return total, busy, lock.locked()


counter = [0]
shared = _thread.allocate_lock()
done = _thread.allocate_lock()
finished = [0]
all_done = _thread.allocate_lock()
all_done.acquire()


def worker(n):
    for i in range(n):
        with shared:
            counter[0] += 1
    with done:
        finished[0] += 1
        if finished[0] == THREADS:
            all_done.release()


total, busy, locked = uncontended(LOOPS)
print("uncontended", total, busy, locked)
for t in range(THREADS):
    _thread.start_new_thread(worker, (LOOPS // THREADS,))
all_done.acquire()
print("shared counter", counter[0], "expected", (LOOPS // THREADS) * THREADS)
print("checksum", (total * 31 + busy * 7 + counter[0]) % 1000000007)
