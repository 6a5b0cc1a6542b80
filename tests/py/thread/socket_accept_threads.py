# A loopback server thread blocked in accept while clients in other threads connect, then
# stream methods (makefile, readline, write, read) across threads: each blocking call parks
# only its own thread. Results are gathered under a lock and printed sorted.
import _thread
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(4)
port = srv.getsockname()[1]
mutex = _thread.allocate_lock()
results = []
done = [0]
N = 3
all_done = _thread.allocate_lock()
all_done.acquire()


def finish():
    with mutex:
        done[0] += 1
        if done[0] == N + 1:
            all_done.release()


def server():
    for _ in range(N):
        conn, _addr = srv.accept()
        f = conn.makefile("rwb", 0)
        line = f.readline()
        f.write(b"hello " + line)
        rest = f.read(5)
        f.write(b"got " + rest + b"\n")
        conn.close()
    finish()


def client(name):
    s = socket.socket()
    s.connect(("127.0.0.1", port))
    f = s.makefile("rwb", 0)
    f.write(name.encode() + b"\n")
    first = f.readline()
    f.write(b"12345")
    second = f.readline()
    s.close()
    with mutex:
        results.append((name, first, second))
    finish()


_thread.start_new_thread(server, ())
for name in ("c1", "c2", "c3"):
    _thread.start_new_thread(client, (name,))
all_done.acquire()
for r in sorted(results):
    print(r)
srv.close()
