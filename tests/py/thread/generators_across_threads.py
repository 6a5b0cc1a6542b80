# Generators iterated by several threads at once, by for loops, yield from and built-in
# consumers (sum/any/list), with thread switches (time.sleep(0), preemption) in the middle of
# generator bodies and exceptions raised through them. Every thread's results must be exact.
import _thread
import time

NTHREADS = 6
results = {}
lock = _thread.allocate_lock()
finished = []


def count(n, k):
    i = 0
    while i < n:
        if i % 97 == k:
            time.sleep(0)
        yield i
        i += 1


def scaled(src, m):
    for v in src:
        yield v * m


def nested(depth, n, k):
    if depth == 0:
        yield from count(n, k)
        return
    yield from nested(depth - 1, n, k)


def failing(n):
    for i in range(n):
        if i == n - 1:
            raise KeyError(n)
        yield i


def work(k):
    out = []
    for r in range(20):
        out.append(sum(scaled(count(300, k), k + 1)))
        out.append(sum(v for v in nested(4, 50, k) if v % 2))
        out.append(any(v > 290 + k for v in count(300, k)))
        out.append(len(list(scaled(nested(2, 40, k), 3))))
        try:
            sum(failing(30 + k))
        except KeyError as e:
            out.append(e.args[0])
        g = count(100, k)
        out.append(any(v == 10 for v in g))
        out.append(next(g))
        # spin without blocking so that preemption lands inside generator frames too
        out.append(sum(x for x in range(2000) if x % 7 == k))
    with lock:
        results[k] = out
        finished.append(k)


for k in range(NTHREADS):
    _thread.start_new_thread(work, (k,))

while True:
    with lock:
        if len(finished) == NTHREADS:
            break
    time.sleep(0.001)

expected = {}
for k in range(NTHREADS):
    row = []
    for r in range(20):
        row.append(sum(v * (k + 1) for v in range(300)))
        row.append(sum(v for v in range(50) if v % 2))
        row.append(299 > 290 + k)
        row.append(40)
        row.append(30 + k)
        row.append(True)
        row.append(11)
        row.append(sum(x for x in range(2000) if x % 7 == k))
    expected[k] = row

for k in range(NTHREADS):
    print(k, results[k] == expected[k], results[k][:8])
