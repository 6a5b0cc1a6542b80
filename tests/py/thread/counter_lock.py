# A lock-protected counter incremented by 8 threads: no update is lost, even with a
# time.sleep(0) (a switch point) between the read and the write inside the critical section.
import _thread
import time

NTHREADS = 8
counter = 0
fast = 0
lock = _thread.allocate_lock()
done_lock = _thread.allocate_lock()
done = []
per_thread = {}


def worker(k, n, m):
    global counter, fast
    mine = 0
    for i in range(n):
        with lock:
            v = counter
            time.sleep(0)
            counter = v + 1
        mine += 1
    for i in range(m):
        lock.acquire()
        fast += 1
        lock.release()
    with done_lock:
        per_thread[k] = mine
        done.append(k)


for k in range(NTHREADS):
    _thread.start_new_thread(worker, (k, 50, 500))

while True:
    with done_lock:
        if len(done) == NTHREADS:
            break
    time.sleep(0.001)

print("counter", counter, "expected", NTHREADS * 50)
print("fast", fast, "expected", NTHREADS * 500)
print(sorted(done))
print(sorted(per_thread.items()))
print(lock.locked())
