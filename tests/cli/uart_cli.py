"""machine.UART wired to the outside: `-X uart<n>=pty` and `-X uart<n>=unix:PATH`.

This script (CPython) starts `ferrite` programs whose UART is a real pseudo-terminal or a unix
socket, and talks to them as a serial terminal would: it reads the pty path the binary prints on
stderr, writes a line, and reads the program's echo, while a Ferrite thread keeps counting (the
read parks only its thread). Then: a read's wake-up latency after a write (from another Ferrite
thread over a loopback wire, measured inside; and the round trip through the pty, measured
here), a timeout under `-X virtual-time` that still waits for the outside (virtual time does not
jump while a UART read is pending), Ctrl-C ending a blocked read, and bad `-X uart` options.

Binary: env FERRITE_BIN (default target/release/ferrite). Prints one line per check and exits
1 when any failed.
"""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from checks import BIN, check, exit_status  # noqa: E402


def start(args, code):
    return subprocess.Popen(
        [BIN] + args + ["-c", code], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def wiring_line(p, prefix):
    """The `uartN: WHERE` line the binary prints on stderr before the program runs."""
    line = p.stderr.readline().decode().strip()
    if not line.startswith(prefix):
        raise RuntimeError(f"expected '{prefix}...' on stderr, got {line!r}")
    return line[len(prefix):]


def read_until(fd, end, timeout):
    got = b""
    deadline = time.monotonic() + timeout
    while not got.endswith(end) and time.monotonic() < deadline:
        import select

        r, _, _ = select.select([fd], [], [], max(0, deadline - time.monotonic()))
        if r:
            got += os.read(fd, 256)
    return got


ECHO = """
import _thread, time
from machine import UART
count = 0
def spin():
    global count
    while True:
        count += 1
_thread.start_new_thread(spin, ())
u = UART(0, 115200, timeout=5000)
for i in range(3):
    line = u.readline()
    u.write(b"echo:" + line)
before = count
line = u.readline()
u.write(b"echo:" + line)
print("counted", count > before)
"""


def pty_echo():
    p = start(["-X", "uart0=pty"], ECHO)
    try:
        path = wiring_line(p, "uart0: ")
        check("pty path printed", path.startswith("/dev/"), path)
        fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        try:
            got = []
            trips = []
            for word in (b"hello", b"serial", b"world"):
                t0 = time.perf_counter()
                os.write(fd, word + b"\n")
                got.append(read_until(fd, b"\n", 5))
                trips.append((time.perf_counter() - t0) * 1e6)
            check("echo through the pty", got == [b"echo:hello\n", b"echo:serial\n", b"echo:world\n"], repr(got))
            best = min(trips)
            print(f"     pty round trip (write, park wake, echo): best {best:.0f} us, all {[round(t) for t in trips]}")
            check("pty round trip under 20 ms", best < 20000, f"{best:.0f} us")
            time.sleep(0.1)  # the spinning thread runs while the reader waits
            os.write(fd, b"last\n")
            check("last echo", read_until(fd, b"\n", 5) == b"echo:last\n")
        finally:
            os.close(fd)
        out, err = p.communicate(timeout=10)
        check("other thread ran during the wait", out == b"counted True\n", repr(out + err))
    finally:
        p.kill()
        p.wait()


def unix_echo():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "uart1.sock")
        code = ECHO.replace("UART(0,", "UART(1,").replace("range(3)", "range(1)")
        p = start(["-X", f"uart1=unix:{path}"], code)
        try:
            where = wiring_line(p, "uart1: ")
            check("socket address printed", where == f"unix:{path}", where)
            s = socket.socket(socket.AF_UNIX)
            s.connect(path)
            s.settimeout(5)
            s.sendall(b"over a socket\n")
            got = b""
            while not got.endswith(b"\n"):
                got += s.recv(256)
            check("echo through the unix socket", got == b"echo:over a socket\n", repr(got))
            s.sendall(b"again\n")
            got = b""
            while not got.endswith(b"\n"):
                got += s.recv(256)
            check("second echo", got == b"echo:again\n", repr(got))
            s.close()
            out, _ = p.communicate(timeout=10)
            check("unix: program ended", p.returncode == 0, repr(out))
        finally:
            p.kill()
            p.wait()


LATENCY = """
import _thread, time
from machine import UART
rx = UART(0, timeout=2000)
tx = UART(0)
sent = [0]
def writer():
    for i in range(20):
        time.sleep_ms(5)
        sent[0] = time.ticks_us()
        tx.write(b"x")
_thread.start_new_thread(writer, ())
lat = []
for i in range(20):
    rx.read(1)
    lat.append(time.ticks_diff(time.ticks_us(), sent[0]))
lat.sort()
print(lat[0], lat[len(lat) // 2], lat[-1])
"""


def latency():
    p = subprocess.run([BIN, "-X", "uart0=loop", "-c", LATENCY], capture_output=True, timeout=30)
    try:
        lo, med, hi = (int(x) for x in p.stdout.split())
    except ValueError:
        check("latency program ran", False, repr(p.stdout + p.stderr))
        return
    print(f"     parked uart.read wake latency after another thread's write: min {lo} us, median {med} us, max {hi} us")
    check("median wake latency under 5 ms", med < 5000, f"{med} us")


VIRTUAL = """
import time
from machine import UART
u = UART(0, timeout=3000)
t0 = time.ticks_ms()
print(u.read(4))
print(time.ticks_diff(time.ticks_ms(), t0) >= 100)
"""


def virtual_time():
    p = start(["-X", "virtual-time", "-X", "uart0=pty"], VIRTUAL)
    try:
        path = wiring_line(p, "uart0: ")
        fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        time.sleep(0.2)
        os.write(fd, b"data")
        out, err = p.communicate(timeout=10)
        os.close(fd)
        check("virtual time waits for the outside", out == b"b'data'\nTrue\n", repr(out + err))
    finally:
        p.kill()
        p.wait()


def ctrl_c():
    p = start(["-X", "uart0=pty"], "from machine import UART\nUART(0, timeout=20000).read()\n")
    try:
        wiring_line(p, "uart0: ")
        time.sleep(0.3)
        t0 = time.monotonic()
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=10)
        dt = time.monotonic() - t0
        check("Ctrl-C ends a blocked UART read", b"KeyboardInterrupt" in err and dt < 2, f"{dt:.2f} s {err!r}")
    finally:
        p.kill()
        p.wait()


def bad_options():
    for opt, want in (
        ("uart0=wat", b"unknown wiring"),
        ("uart7=loop", b"UART(7) doesn't exist"),
        ("uart0=loop:9", b"UART(9) doesn't exist"),
        ("uart0=unix:/nonexistent/dir/s", b"can't listen"),
    ):
        p = subprocess.run([BIN, "-X", opt, "-c", "print(1)"], capture_output=True, timeout=10)
        check(f"-X {opt} refused", p.returncode == 2 and want in p.stderr, repr(p.stderr))


if __name__ == "__main__":
    if not os.path.exists("/dev/ptmx"):
        print("SKIP: no pseudo-terminals here")
        sys.exit(0)
    pty_echo()
    unix_echo()
    latency()
    virtual_time()
    ctrl_c()
    bad_options()
    sys.exit(exit_status())
