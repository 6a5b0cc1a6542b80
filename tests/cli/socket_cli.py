"""`socket` and `select` against a peer outside the VM, and what only a driver can check.

This script (CPython) runs loopback servers in its own threads and starts `ferrite` programs
that talk to them: a blocking client with no other threads (the VM blocks in poll(2) slices),
a client whose wait lets another Ferrite thread run (the wait is deferred to the scheduler),
the same under `-X virtual-time` (a timeout still takes real time when only the socket waits),
a timeout, and Ctrl-C (SIGINT) interrupting a blocking accept. Then what the scheduler's I/O
wait (`Wait::Io`, one poll(2) over every parked thread's descriptors) must deliver: a thread
blocked in recv is woken within a few milliseconds of a write (from another Ferrite thread, and
from outside while a Ferrite thread spins), a ThreadSafeFlag set from a thread wakes a loop
that waits on a socket, and an idle wait uses no CPU (resource.getrusage of the child).

Binary: env FERRITE_BIN (default target/release/ferrite). Prints one line per check and exits
1 when any failed.
"""

import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from checks import BIN, check, exit_status  # noqa: E402


def server(handler):
    """A listening socket on loopback whose connections `handler(conn)` serves in threads."""
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(5)

    def loop():
        while True:
            try:
                conn, _ = s.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    def serve(conn):
        try:
            handler(conn)
        except OSError:
            pass
        finally:
            conn.close()

    threading.Thread(target=loop, daemon=True).start()
    return s, s.getsockname()[1]


def echo_upper(conn):
    while True:
        data = conn.recv(1024)
        if not data:
            return
        conn.sendall(data.upper())


def slow_reply(conn):
    data = conn.recv(1024)
    time.sleep(0.3)
    conn.sendall(b"late:" + data)
    conn.recv(1024)


def silent(conn):
    conn.recv(1024)


def run(src, args=(), timeout=20, **kw):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        started = time.monotonic()
        p = subprocess.run([BIN, *args, path], capture_output=True, text=True, timeout=timeout, **kw)
        return p.returncode, p.stdout + p.stderr, time.monotonic() - started
    finally:
        os.unlink(path)


def main():
    _, echo_port = server(echo_upper)
    _, slow_port = server(slow_reply)
    _, silent_port = server(silent)

    # 1. A blocking client, no other thread: stream methods over an external connection.
    src = f"""
import socket
s = socket.socket()
s.connect(socket.getaddrinfo('127.0.0.1', {echo_port})[0][-1])
f = s.makefile('rwb', 0)
f.write(b'hello\\nworld\\n')
print(f.readline(), f.readline())
s.sendall(b'x' * 100000)
got = 0
while got < 100000:
    got += len(s.recv(65536))
print(got)
s.close()
"""
    rc, out, _ = run(src)
    check("blocking client", rc == 0 and out == "b'HELLO\\n' b'WORLD\\n'\n100000\n", out)

    # 2. While the main thread waits for a late reply, another thread keeps running.
    src = f"""
import socket, _thread, time
count = [0]
stop = [False]
def ticker():
    while not stop[0]:
        count[0] += 1
        time.sleep_ms(10)
_thread.start_new_thread(ticker, ())
s = socket.socket()
s.settimeout(5)
s.connect(('127.0.0.1', {slow_port}))
s.send(b'ping')
t0 = time.ticks_ms()
print(s.recv(100))
print('ticked', count[0] > 3)
stop[0] = True
s.close()
"""
    for args in [(), ("-X", "virtual-time")]:
        rc, out, _ = run(src, args)
        want = "b'late:ping'\nticked True\n"
        check("wait lets other threads run " + " ".join(args), rc == 0 and out == want, out)

    # 3. A timeout takes its time (also under virtual time when only the socket waits).
    src = f"""
import socket, errno
s = socket.socket()
s.connect(('127.0.0.1', {silent_port}))
s.settimeout(0.3)
try:
    s.recv(10)
except OSError as e:
    print('timeout', e.errno == errno.ETIMEDOUT)
"""
    for args in [(), ("-X", "virtual-time")]:
        rc, out, took = run(src, args)
        check("timeout " + " ".join(args), rc == 0 and out == "timeout True\n" and 0.25 <= took < 5, f"{out} took {took:.2f}s")

    # 4. Ctrl-C interrupts a blocking accept, with and without another thread.
    for threads in [False, True]:
        extra = "import _thread, time\n_thread.start_new_thread(lambda: time.sleep(30), ())\n" if threads else ""
        src = extra + """
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(1)
print('ready')
try:
    s.accept()
except KeyboardInterrupt:
    print('interrupted')
"""
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(src)
            path = f.name
        try:
            p = subprocess.Popen([BIN, path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            time.sleep(0.5)
            p.send_signal(signal.SIGINT)
            t0 = time.monotonic()
            try:
                out, _ = p.communicate(timeout=10)
                took = time.monotonic() - t0
            except subprocess.TimeoutExpired:
                p.kill()
                out, _ = p.communicate()
                out += " (hung)"
                took = 10.0
        finally:
            os.unlink(path)
        # With a sleeping thread left, the program ends when that thread does or is interrupted;
        # only the interrupted accept matters here.
        # The SIGINT handler writes to the pipe the scheduler polls: no slice to wait out.
        check("Ctrl-C interrupts accept promptly" + (" with a thread" if threads else ""),
              "ready\ninterrupted" in out and took < 1.0, "%s (%.2f s)" % (out, took))

    check_latency()
    check_idle_cpu()
    return exit_status()


def numbers(out, label):
    """The integers after `label` on the line starting with it."""
    for line in out.splitlines():
        if line.startswith(label):
            return [int(x) for x in line[len(label):].split()]
    return None


# Generous bounds: the measured medians are tens of microseconds; the old backoff loop woke a
# thread up to 10 ms late and noticed a ThreadSafeFlag every 2 ms.
LATENCY_BOUND_US = 5000


LATENCY_IN_VM = """
import socket, _thread, time

def pair(srv):
    c = socket.socket()
    c.connect(srv.getsockname())
    a, _ = srv.accept()
    return a, c

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(2)
w1, r1 = pair(srv)
w2, r2 = pair(srv)
lat = []
ack = _thread.allocate_lock(); ack.acquire()
done = _thread.allocate_lock(); done.acquire()
other = []

def reader(s, record):
    while True:
        d = s.recv(32)
        t = time.ticks_us()
        if d == b'q':
            break
        if record:
            lat.append(time.ticks_diff(t, int(d)))
            ack.release()
        else:
            other.append(d)
    done.release()

def writer():
    for i in range(20):
        time.sleep_ms(2 + i % 4 * 4)
        w1.send(str(time.ticks_us()).encode())
        ack.acquire()
    w1.send(b'q')
    w2.send(b'q')

_thread.start_new_thread(reader, (r1, True))
_thread.start_new_thread(reader, (r2, False))
_thread.start_new_thread(writer, ())
done.acquire()
done.acquire()
lat.sort()
print('rounds', len(lat), len(other))
print('latency_us', lat[len(lat) // 2], lat[-1])
"""

ECHO_WITH_SPINNER = """
import socket, _thread, time
stop = [False]
spins = [0]
ended = _thread.allocate_lock(); ended.acquire()
left = [2]
def spinner():
    while not stop[0]:
        spins[0] += 1
    ended.release()
def echo(s):
    while True:
        d = s.recv(64)
        if not d or d == b'q':
            break
        s.send(d)
    left[0] -= 1
    if not left[0]:
        stop[0] = True
conns = []
for i in range(2):
    s = socket.socket()
    s.connect(('127.0.0.1', PORT))
    conns.append(s)
_thread.start_new_thread(spinner, ())
_thread.start_new_thread(echo, (conns[0],))
_thread.start_new_thread(echo, (conns[1],))
ended.acquire()
print('spun', spins[0] > 0)
"""

TSF_LATENCY = """
import asyncio, _thread, time, socket
flag = asyncio.ThreadSafeFlag()
stamp = [0]
lat = []
def setter():
    for i in range(20):
        time.sleep_ms(2 + i % 4 * 4)
        stamp[0] = time.ticks_us()
        flag.set()
async def main():
    r, w = socket.socketpair()
    r.setblocking(False)
    reader = asyncio.StreamReader(r)
    async def sit():
        try:
            await reader.read(10)
        except asyncio.CancelledError:
            pass
    t = asyncio.create_task(sit())
    await asyncio.sleep_ms(1)
    _thread.start_new_thread(setter, ())
    for i in range(20):
        await flag.wait()
        lat.append(time.ticks_diff(time.ticks_us(), stamp[0]))
    t.cancel()
    lat.sort()
    print('latency_us', lat[len(lat) // 2], lat[-1])
asyncio.run(main())
"""


def check_latency():
    # A thread blocked in recv, woken by another Ferrite thread's send; a second reader stays
    # blocked on its own connection meanwhile.
    rc, out, _ = run(LATENCY_IN_VM)
    rounds = numbers(out, "rounds ")
    lat = numbers(out, "latency_us ")
    print("     recv woken by a Ferrite thread: median, max (us):", lat)
    check("recv in a thread wakes promptly on a write from another thread",
          rc == 0 and rounds == [20, 0] and lat is not None and lat[0] < LATENCY_BOUND_US, out)

    # Writes from outside to one of two blocked Ferrite readers while a third thread spins:
    # the round trip measured here, by the writer.
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(2)
    port = srv.getsockname()[1]
    src = ECHO_WITH_SPINNER.replace("PORT", str(port))
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    p = subprocess.Popen([BIN, path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    rtts = []
    out = ""
    try:
        srv.settimeout(10)
        a, _ = srv.accept()
        b, _ = srv.accept()
        a.settimeout(5)
        for i in range(20):
            time.sleep(0.002 + i % 4 * 0.004)
            t0 = time.perf_counter()
            a.sendall(b"%d" % i)
            got = a.recv(64)
            rtts.append((time.perf_counter() - t0) * 1e6)
            if got != b"%d" % i:
                break
        a.sendall(b"q")
        b.sendall(b"q")
        out, _ = p.communicate(timeout=10)
    except (OSError, subprocess.TimeoutExpired) as e:
        rtts.append(str(e))
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
        os.unlink(path)
        srv.close()
    ok = len(rtts) == 20 and all(isinstance(x, float) for x in rtts) and out == "spun True\n"
    med = sorted(rtts)[len(rtts) // 2] if ok else None
    print("     round trip to a blocked Ferrite reader while a thread spins: median %s us" %
          (None if med is None else int(med)))
    check("recv woken from outside while another Ferrite thread spins", ok and med < LATENCY_BOUND_US,
          "%r %r" % (out, rtts))

    rc, out, _ = run(TSF_LATENCY)
    lat = numbers(out, "latency_us ")
    print("     ThreadSafeFlag set from a thread, loop polling a socket: median, max (us):", lat)
    check("ThreadSafeFlag.set() from a thread wakes a loop waiting on a socket",
          rc == 0 and lat is not None and lat[0] < LATENCY_BOUND_US, out)


IDLE_ASYNCIO = """
import asyncio, socket
async def main():
    r, w = socket.socketpair()
    r.setblocking(False)
    reader = asyncio.StreamReader(r)
    try:
        await asyncio.wait_for_ms(reader.read(10), 300)
    except asyncio.TimeoutError:
        print('timeout')
asyncio.run(main())
"""

IDLE_ASYNCIO_TSF = """
import asyncio, socket, _thread, time
flag = asyncio.ThreadSafeFlag()
def later():
    time.sleep_ms(300)
    flag.set()
async def main():
    r, w = socket.socketpair()
    r.setblocking(False)
    reader = asyncio.StreamReader(r)
    t = asyncio.create_task(reader.read(10))
    _thread.start_new_thread(later, ())
    await flag.wait()
    t.cancel()
    print('timeout')
asyncio.run(main())
"""

IDLE_THREADS = """
import socket, _thread, time
a, b = socket.socketpair()
done = _thread.allocate_lock(); done.acquire()
def waiter():
    b.settimeout(0.3)
    try:
        b.recv(10)
    except OSError:
        print('timeout')
    done.release()
_thread.start_new_thread(waiter, ())
_thread.start_new_thread(lambda: time.sleep(0.2), ())
done.acquire()
"""

# CPU time of the same programs' start-up and shutdown, without the wait, is well under this.
IDLE_CPU_BOUND_MS = 50


def check_idle_cpu():
    for what, src in [("asyncio loop waiting on a socket", IDLE_ASYNCIO),
                      ("asyncio loop waiting on a socket and a ThreadSafeFlag", IDLE_ASYNCIO_TSF),
                      ("threads waiting on a socket and a sleep", IDLE_THREADS)]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        rc, out, took = run(src)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_ms = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
        print("     %s: %.0f ms wall, %.1f ms CPU" % (what, took * 1000, cpu_ms))
        check("idle 300 ms uses no CPU: " + what,
              rc == 0 and out == "timeout\n" and took >= 0.29 and cpu_ms < IDLE_CPU_BOUND_MS,
              "%r took %.2f s, %.1f ms CPU" % (out, took, cpu_ms))


if __name__ == "__main__":
    sys.exit(main())
