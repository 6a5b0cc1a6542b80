# Threads blocked in socket calls while others run: two readers each wait in recv on their own
# socket pair and are woken one at a time by the main thread's writes; a sender's sendall blocks
# on a full socket buffer until a reader drains it; select.select in a thread waits for a
# write from another thread; the main thread keeps computing meanwhile.
import _thread
import socket
import select

a1, b1 = socket.socketpair()
a2, b2 = socket.socketpair()
log = []
mutex = _thread.allocate_lock()
got = _thread.allocate_lock()  # released by a reader after each message
got.acquire()
finished = [0]


def reader(name, s):
    while True:
        data = s.recv(100)
        with mutex:
            log.append((name, data))
        if data == b"stop":
            break
        got.release()
    with mutex:
        finished[0] += 1


_thread.start_new_thread(reader, ("r1", b1))
_thread.start_new_thread(reader, ("r2", b2))
# Both readers are blocked in recv now or soon; wake them one at a time.
for i, (s, msg) in enumerate([(a2, b"two"), (a1, b"one"), (a2, b"again")]):
    s.send(msg)
    got.acquire()
    print("after write", i, log[-1])
a1.send(b"stop")
a2.send(b"stop")
total = 0
for i in range(20000):  # the main thread runs while the readers finish
    total += i % 7
print("computed", total)

# sendall larger than the socket buffers: the sender blocks until the reader drains
big = bytes(range(256)) * 4096
sums = []


def drain(s, n):
    left = n
    acc = 0
    while left:
        chunk = s.recv(65536)
        acc = (acc + sum(chunk)) % 65521
        left -= len(chunk)
    with mutex:
        sums.append(acc)


c, d = socket.socketpair()
_thread.start_new_thread(drain, (d, len(big)))
c.sendall(big)
print("sent", len(big))

# select.select waiting in a thread for a write from another
e, f = socket.socketpair()
selected = []


def selector():
    r, w, x = select.select([f], [], [], 5)
    with mutex:
        selected.append((len(r), r[0] is f if r else None, f.recv(10)))


_thread.start_new_thread(selector, ())
e.send(b"sel")
while True:
    with mutex:
        if finished[0] == 2 and sums and selected:
            break
    select.select([], [], [], 0.001)
print("readers", sorted(log))
print("drained", sums[0] == sum(big) % 65521)
print("selected", selected)
for s in (a1, b1, a2, b2, c, d, e, f):
    s.close()
