# Threads are preemptive as seen from Python: a thread spinning in a loop with no blocking
# call does not starve the others, and busy-waiting on a flag another thread sets ends.
import _thread
import time

stop = [False]
spins = [0]
exited = _thread.allocate_lock()
exited.acquire()


def spinner():
    n = 0
    while not stop[0]:
        n += 1
    spins[0] = n
    exited.release()


_thread.start_new_thread(spinner, ())
# the main thread sleeps and computes while the spinner spins
for i in range(3):
    time.sleep(0.005)
total = 0
for i in range(20000):
    total += i % 7
print("main computed", total)
stop[0] = True
exited.acquire()
print("spinner stopped, it spun:", spins[0] > 0)

# two threads busy-waiting on each other's flags (no blocking calls at all)
flags = [0, 0]
order = []
both = _thread.allocate_lock()
both.acquire()


def ping():
    flags[0] = 1
    while flags[1] == 0:
        pass
    order.append("ping saw pong")
    flags[0] = 2


def pong():
    while flags[0] == 0:
        pass
    flags[1] = 1
    while flags[0] != 2:
        pass
    order.append("pong saw ping done")
    both.release()


_thread.start_new_thread(pong, ())
_thread.start_new_thread(ping, ())
both.acquire()
print(order)

# the main thread busy-waits for a result computed by a thread
result = []


def compute():
    s = 0
    for i in range(1, 1001):
        s += i * i
    result.append(s)


_thread.start_new_thread(compute, ())
while not result:
    pass
print("result", result[0])

# several spinners at once, each gets a share
counts = [0, 0, 0]
go = [True]
left = [3]
mutex = _thread.allocate_lock()


def counter(k):
    while go[0]:
        counts[k] += 1
    with mutex:
        left[0] -= 1


for k in range(3):
    _thread.start_new_thread(counter, (k,))
while min(counts) < 1000:
    pass
go[0] = False
while True:
    with mutex:
        if left[0] == 0:
            break
print("every spinner ran:", min(counts) >= 1000)
