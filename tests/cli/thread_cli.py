#!/usr/bin/env python3
"""Command-line checks of Ferrite's thread scheduler that a behaviour test cannot make:

- a deadlock is reported on stderr (each waiter, where it waits, the lock, who holds it) and
  the exit status is 3;
- `-X sched-seed=N` replays a racy program identically, and different seeds interleave it
  differently (a lost update found once can be replayed);
- `-X virtual-time` makes a program that sleeps a simulated day finish in well under a second;
- Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread: in a `while True: pass` loop,
  and while it sleeps or waits for a lock as another thread spins;
- a thread waiting on a socket (I/O from outside) is never deadlocked: a lock deadlock is
  reported only once that wait is over, and while it lasts virtual time does not jump.

Runs the binary named by FERRITE_BIN (default target/release/ferrite). Prints one line per
check and exits non-zero if any failed. Standard library only; takes a few seconds.
"""

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(os.environ.get("FERRITE_BIN", os.path.join(REPO, "target", "release", "ferrite")))
TMP = tempfile.mkdtemp(prefix="ferrite-thread-cli-")
failures = []
passes = [0]


def check(name, ok, detail=""):
    if ok:
        passes[0] += 1
        print("ok    " + name)
    else:
        failures.append(name)
        print("FAIL  " + name)
        if detail:
            for line in str(detail).rstrip().splitlines()[:30]:
                print("      " + line)


def write(name, src):
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write(src)
    return name  # programs run in TMP, and reports name the file as given


def run(args, timeout=10):
    """Runs BIN with args; (exit status, stdout, stderr, seconds). Status None on timeout."""
    t0 = time.monotonic()
    try:
        p = subprocess.run([BIN] + args, cwd=TMP, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        return None, out, err, time.monotonic() - t0
    dt = time.monotonic() - t0
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), dt


# ---------------------------------------------------------------- deadlock report

DEADLOCK = r'''
import _thread
import time

a = _thread.allocate_lock()
b = _thread.allocate_lock()
done = _thread.allocate_lock()
print("a", repr(a))
print("b", repr(b))
print("done", repr(done))
holding = [0]


def t1():
    with a:
        holding[0] += 1
        while holding[0] < 2:
            time.sleep(0.001)
        b.acquire()


def t2():
    with b:
        holding[0] += 1
        while holding[0] < 2:
            time.sleep(0.001)
        a.acquire()


_thread.start_new_thread(t1, ())
_thread.start_new_thread(t2, ())
done.acquire()
print("main waits")
try:
    done.acquire()
except BaseException as e:
    print("not expected: an except block ran", repr(e))
finally:
    print("not expected: a finally block ran")
print("not expected: main went on")
'''


def addr(out, label):
    m = re.search(r"^%s <lock object at (0x[0-9a-f]+)>$" % label, out, re.M)
    return m.group(1) if m else None


def check_deadlock():
    path = write("deadlock.py", DEADLOCK)
    for extra in ([], ["-X", "sched-seed=7"], ["-X", "virtual-time"]):
        what = "deadlock %s" % (" ".join(extra) or "(default)")
        code, out, err, dt = run(extra + [path])
        check(what + ": exit status 3", code == 3, "status %r\nstdout:\n%s\nstderr:\n%s" % (code, out, err))
        check(what + ": stdout flushed, nothing ran after", out.endswith("main waits\n")
              and "not expected" not in out, out)
        a, b, done = addr(out, "a"), addr(out, "b"), addr(out, "done")
        lines = err.splitlines()
        check(what + ": report header", bool(lines) and
              lines[0] == "Deadlock: every thread is waiting and none can be woken", err)
        want = [
            r"  main thread \(at deadlock\.py:35\) waits for lock %s, held by itself" % done,
            r"  thread 2 \(in t1 at deadlock\.py:19\) waits for lock %s, held by thread 3" % b,
            r"  thread 3 \(in t2 at deadlock\.py:27\) waits for lock %s, held by thread 2" % a,
        ]
        got = lines[1:]
        ok = len(got) == len(want) and all(re.fullmatch(w, g) for w, g in zip(want, got))
        check(what + ": one line per waiter: where, which lock, held by whom", ok,
              "expected (regexes):\n%s\ngot:\n%s" % ("\n".join(want), "\n".join(got)))
        check(what + ": stops promptly", dt < 5, "%.2f s" % dt)

    # a single thread acquiring a lock it holds
    path = write("selflock.py", "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nprint('once')\nl.acquire()\n")
    code, out, err, dt = run([path])
    check("self-deadlock of the main thread: exit 3 and report", code == 3 and out == "once\n"
          and re.search(r"main thread \(at selflock\.py:5\) waits for lock 0x[0-9a-f]+, held by itself", err),
          "status %r\nstdout:\n%s\nstderr:\n%s" % (code, out, err))

    # a lock held by a thread that has finished
    path = write("orphan.py", "import _thread, time\nl = _thread.allocate_lock()\n"
                 "_thread.start_new_thread(l.acquire, ())\ntime.sleep(0.01)\nl.acquire()\n")
    code, out, err, dt = run([path])
    check("lock held by a finished thread: exit 3 and report", code == 3 and
          re.search(r"main thread \(at orphan\.py:5\) waits for lock 0x[0-9a-f]+, held by thread 2, which has finished", err),
          "status %r\nstderr:\n%s" % (code, err))

    # not a deadlock: the program ends when the main thread ends, others still waiting
    path = write("nodeadlock.py", "import _thread, time\nl = _thread.allocate_lock()\nl.acquire()\n"
                 "_thread.start_new_thread(l.acquire, ())\ntime.sleep(0.01)\nprint('main ends')\n")
    code, out, err, dt = run([path])
    check("a thread left waiting when the main thread ends: exit 0, no report",
          code == 0 and out == "main ends\n" and err == "", "status %r\nstdout:\n%s\nstderr:\n%s" % (code, out, err))


# ---------------------------------------------------------------- seeded races

RACE = r'''
import _thread
import time

counter = 0
trace = []
finished = [0]
lock = _thread.allocate_lock()


def worker(k, n):
    global counter
    for i in range(n):
        v = counter
        time.sleep(0)  # a switch point between the read and the write: the race window
        counter = v + 1
        trace.append(k)
    with lock:
        finished[0] += 1


for k in range(4):
    _thread.start_new_thread(worker, (k, 25))
while True:
    with lock:
        if finished[0] == 4:
            break
    time.sleep(0)
print("counter", counter, "of", 100, "lost", 100 - counter)
print("order", "".join(str(k) for k in trace))
'''


def check_seeds():
    path = write("race.py", RACE)
    outputs = {}
    for seed in (1, 2, 3, 4, 5, 6):
        runs = []
        for rep in range(2):
            code, out, err, dt = run(["-X", "sched-seed=%d" % seed, path])
            if code != 0:
                check("race with seed %d runs" % seed, False, "status %r\n%s%s" % (code, out, err))
                return
            runs.append(out)
        check("seed %d: the same output twice" % seed, runs[0] == runs[1],
              "first:\n%s\nsecond:\n%s" % (runs[0], runs[1]))
        outputs[seed] = runs[0]
    distinct = len(set(outputs.values()))
    check("different seeds, different interleavings (%d distinct of 6)" % distinct, distinct >= 2,
          "\n".join("seed %d: %s" % (s, o.splitlines()[0]) for s, o in outputs.items()))
    lost = [s for s, o in outputs.items() if " lost 0" not in o]
    check("some seed loses an update (%s)" % (", ".join(map(str, lost)) or "none"), bool(lost),
          "\n".join("seed %d: %s" % (s, o.splitlines()[0]) for s, o in outputs.items()))
    if lost:
        s = lost[0]
        code, out, err, dt = run(["-X", "sched-seed=%d" % s, "-X", "virtual-time", path])
        code2, out2, err2, dt2 = run(["-X", "sched-seed=%d" % s, "-X", "virtual-time", path])
        check("seed %d with virtual time: replayed identically" % s, code == code2 == 0 and out == out2,
              out + "\n" + out2 + err + err2)


# ---------------------------------------------------------------- virtual time

DAY = r'''
import _thread
import time

t0 = time.time()
m0 = time.ticks_ms()
samples = []
lock = _thread.allocate_lock()
left = [1]


def sampler():
    for hour in range(24):
        time.sleep(3600)
        with lock:
            samples.append(hour)
    with lock:
        left[0] -= 1


_thread.start_new_thread(sampler, ())
for minute in range(24 * 60):
    time.sleep(60)
while True:
    with lock:
        if left[0] == 0:
            break
    time.sleep(1)
print("samples", len(samples))
print("wall seconds", round(time.time() - t0))
print("ticks hours", time.ticks_diff(time.ticks_ms(), m0) // 3600000)
'''


def check_virtual_time():
    path = write("day.py", DAY)
    code, out, err, dt = run(["-X", "virtual-time", path])
    ok = code == 0 and "samples 24\n" in out and re.search(r"wall seconds 864\d\d\n", out) and "ticks hours 24\n" in out
    check("virtual time: a simulated day of sleeping (two threads) is a day on the clocks", bool(ok),
          "status %r\nstdout:\n%s\nstderr:\n%s" % (code, out, err))
    check("virtual time: it finishes in well under a second (%.3f s)" % dt, dt < 0.8, "%.3f s" % dt)


# ---------------------------------------------------------------- threads waiting on I/O

IO_DEADLOCK = r'''
import _thread, socket, sys
s = socket.socket()
s.connect(("127.0.0.1", PORT))
def reader():
    print("reader got", s.recv(10))
    sys.stdout.flush()
_thread.start_new_thread(reader, ())
done = _thread.allocate_lock()
done.acquire()
print("main waits")
done.acquire()
'''

IO_VIRTUAL = r'''
import _thread, socket, time
a, b = socket.socketpair()
got = []
def reader():
    got.append(b.recv(10))
_thread.start_new_thread(reader, ())
t0 = time.ticks_ms()
time.sleep(0.3)
a.send(b"x")
while not got:
    time.sleep(0.001)
print("got", got, "virtual ms >= 300:", time.ticks_diff(time.ticks_ms(), t0) >= 300)
'''


def check_io_waits():
    # The main thread deadlocks on a lock at once, but the reader waits for data from this
    # script (no deadline): no report until the data comes and the reader has finished.
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    srv.settimeout(10)
    path = write("io_deadlock.py", IO_DEADLOCK.replace("PORT", str(srv.getsockname()[1])))
    p = subprocess.Popen([BIN, path], cwd=TMP, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    t0 = time.monotonic()
    try:
        conn, _ = srv.accept()
        time.sleep(0.5)
        early = p.poll()
        conn.sendall(b"data")
        out, err = p.communicate(timeout=10)
        dt = time.monotonic() - t0
        conn.close()
    except (OSError, subprocess.TimeoutExpired) as e:
        p.kill()
        out, err = p.communicate()
        early, dt = "error %r" % e, 0
    srv.close()
    out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    lines = err.splitlines()
    check("a thread waiting on a socket with no deadline holds back the deadlock report",
          early is None and dt >= 0.45 and p.returncode == 3
          and out == "main waits\nreader got b'data'\n"
          and lines[:1] == ["Deadlock: every thread is waiting and none can be woken"]
          and len(lines) == 2 and "main thread" in lines[1],
          "exited early: %r, %.2f s, status %r\nstdout:\n%s\nstderr:\n%s" % (early, dt, p.returncode, out, err))

    # select with no descriptors waits for nothing outside: a sleep, or part of a deadlock.
    path = write("empty_select.py", "import select, _thread\n"
                 "_thread.start_new_thread(lambda: select.select([], [], []), ())\n"
                 "select.select([], [], [], 3600)\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire()\n")
    code, out, err, dt = run(["-X", "virtual-time", path])
    check("select on no descriptors is a sleep (virtual time jumps) and can deadlock",
          code == 3 and dt < 2 and re.search(r"thread 2 \(in select at <select>:\d+\) waits for I/O on no descriptor", err),
          "status %r after %.2f s\nstderr:\n%s" % (code, dt, err))

    path = write("io_virtual.py", IO_VIRTUAL)
    code, out, err, dt = run(["-X", "virtual-time", path])
    check("virtual time does not jump while a thread waits on a socket (%.2f s)" % dt,
          code == 0 and out == "got [b'x'] virtual ms >= 300: True\n" and dt >= 0.28,
          "status %r\nstdout:\n%s\nstderr:\n%s" % (code, out, err))


# ---------------------------------------------------------------- Ctrl-C

SPIN = r'''
import sys
print("ready")
sys.stdout.flush()
n = 0
try:
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt caught in the loop")
print("after")
'''

BLOCKED = r'''
import _thread
import sys
import time

held = _thread.allocate_lock()
held.acquire()


def spin():
    while True:
        pass


_thread.start_new_thread(spin, ())
print("ready")
sys.stdout.flush()
try:
    %s
except KeyboardInterrupt:
    print("KeyboardInterrupt caught while blocked")
'''


def interrupt(path, expect, what, extra=()):
    p = subprocess.Popen([BIN] + list(extra) + [path], cwd=TMP, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        first = p.stdout.readline()
        time.sleep(0.2)  # into the loop
        t0 = time.monotonic()
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=5)
        dt = time.monotonic() - t0
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        check(what, False, "no exit within 5 s of SIGINT\nstdout: %r\nstderr: %r" % (out, err))
        return
    text = (first + out).decode("utf-8", "replace")
    check(what, p.returncode == 0 and text == expect and dt < 2,
          "status %r after %.2f s\nstdout:\n%s\nstderr:\n%s" % (p.returncode, dt, text, err.decode("utf-8", "replace")))


def check_sigint():
    interrupt(write("spin.py", SPIN), "ready\nKeyboardInterrupt caught in the loop\nafter\n",
              "SIGINT raises KeyboardInterrupt in `while True: pass` (handler runs, exit 0)")
    blocked_expect = "ready\nKeyboardInterrupt caught while blocked\n"
    # In a loop: the woken main thread raises KeyboardInterrupt at its next safe point (a call
    # or a backward jump), not inside the blocking call itself (see sched.rs).
    interrupt(write("sleeping.py", BLOCKED % "while True: time.sleep(100)"), blocked_expect,
              "SIGINT wakes the main thread sleeping while another thread spins")
    interrupt(write("locked.py", BLOCKED % "while True: held.acquire()"), blocked_expect,
              "SIGINT wakes the main thread waiting for a lock while another thread spins")
    interrupt(write("recv.py", BLOCKED % "while True: __import__('socket').socketpair()[0].recv(1)"),
              blocked_expect, "SIGINT wakes the main thread blocked in recv while another thread spins")
    interrupt(write("spin2.py", BLOCKED % "while True: pass"), blocked_expect,
              "SIGINT reaches the main thread spinning alongside a spinning thread")


# ---------------------------------------------------------------- input() lets threads run

INPUT = r'''
import _thread, time
n = [0]
def ticker():
    while True:
        n[0] += 1
        time.sleep(0.01)
_thread.start_new_thread(ticker, ())
line = input("prompt> ")
print(line, n[0] > 10)
'''


def check_input():
    name = write("input_wait.py", INPUT)
    p = subprocess.Popen([BIN, name], cwd=TMP, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    time.sleep(0.5)
    try:
        out, _ = p.communicate(b"hello\n", timeout=10)
    except subprocess.TimeoutExpired:
        p.kill()
        out, _ = p.communicate()
    text = out.decode("utf-8", "replace")
    check("input() waiting for a line lets other threads run", text == "prompt> hello True\n", repr(text))


def main():
    if not (os.path.isfile(BIN) and os.access(BIN, os.X_OK)):
        print("thread_cli.py: binary not found: %s (set FERRITE_BIN)" % BIN)
        return 2
    t0 = time.monotonic()
    check_deadlock()
    check_seeds()
    check_virtual_time()
    check_io_waits()
    check_sigint()
    check_input()
    print("%d passed, %d failed (%.1f s)" % (passes[0], len(failures), time.monotonic() - t0))
    if failures:
        print("failed: " + "; ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
