"""`socket` and `select` against a peer outside the VM, and what only a driver can check.

This script (CPython) runs loopback servers in its own threads and starts `ferrite` programs
that talk to them: a blocking client with no other threads (the VM blocks in poll(2) slices),
a client whose wait lets another Ferrite thread run (the wait is deferred to the scheduler),
the same under `-X virtual-time` (a timeout still takes real time when only the socket waits),
a timeout, and Ctrl-C (SIGINT) interrupting a blocking accept.

Binary: env FERRITE_BIN (default target/release/ferrite). Prints one line per check and exits
1 when any failed.
"""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("FERRITE_BIN", os.path.join(ROOT, "target", "release", "ferrite"))
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else "\n" + detail))
    if not ok:
        failures += 1


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
            try:
                out, _ = p.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                out, _ = p.communicate()
                out += " (hung)"
        finally:
            os.unlink(path)
        # With a sleeping thread left, the program ends when that thread does or is interrupted;
        # only the interrupted accept matters here.
        check("Ctrl-C interrupts accept" + (" with a thread" if threads else ""), "ready\ninterrupted" in out, out)

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
