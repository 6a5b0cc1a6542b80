# Producers and consumers: a one-slot mailbox handed over with two locks used as binary
# semaphores (released by the other thread), then a bounded buffer shared by 3 producers and
# 2 consumers under a mutex, ended with one sentinel per consumer.
import _thread
import time

# -- one-slot mailbox: items arrive in order
slot = [None]
empty = _thread.allocate_lock()  # held while the slot is full
full = _thread.allocate_lock()  # held while the slot is empty
full.acquire()
received = []
finished = _thread.allocate_lock()
finished.acquire()


def producer1(n):
    for i in range(n):
        empty.acquire()
        slot[0] = i * i
        full.release()
    empty.acquire()
    slot[0] = None
    full.release()


def consumer1():
    while True:
        full.acquire()
        v = slot[0]
        empty.release()
        if v is None:
            break
        received.append(v)
    finished.release()


_thread.start_new_thread(consumer1, ())
_thread.start_new_thread(producer1, (20,))
finished.acquire()
print(received)

# -- bounded buffer
CAP = 4
buf = []
mutex = _thread.allocate_lock()
stats = {"max": 0, "produced": 0}
consumed = []
left = [3 + 2]  # threads still running
left_lock = _thread.allocate_lock()


def put(item):
    while True:
        with mutex:
            if len(buf) < CAP:
                buf.append(item)
                stats["max"] = max(stats["max"], len(buf))
                return
        time.sleep(0)


def get():
    while True:
        with mutex:
            if buf:
                return buf.pop(0)
        time.sleep(0)


def producer(base, n):
    for i in range(n):
        put(base + i)
        with mutex:
            stats["produced"] += 1
    with left_lock:
        left[0] -= 1


def consumer(name):
    got = 0
    while True:
        item = get()
        if item is None:
            break
        with mutex:
            consumed.append(item)
        got += 1
    with left_lock:
        left[0] -= 1


for name in ("c1", "c2"):
    _thread.start_new_thread(consumer, (name,))
for base in (100, 200, 300):
    _thread.start_new_thread(producer, (base, 25))


def running():
    with left_lock:
        return left[0]


while running() > 2:  # wait for the producers
    time.sleep(0.001)
put(None)
put(None)
while running() > 0:
    time.sleep(0.001)
print("produced", stats["produced"], "consumed", len(consumed))
print("max buffered <= CAP:", stats["max"] <= CAP, stats["max"] > 0)
consumed.sort()
print(consumed == list(range(100, 125)) + list(range(200, 225)) + list(range(300, 325)))
print(consumed[:3], consumed[-3:], sum(consumed))
print("left in buffer", buf)
