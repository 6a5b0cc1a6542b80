# Two threads take two locks in opposite orders and the main thread waits for them: nothing
# can ever run again, so Ferrite stops with a deadlock report on stderr (each waiter, what it
# waits for, who holds it) and exit status 3 instead of hanging. Ferrite-specific (MicroPython
# and CPython hang, so it skips itself there), hence the .exp and .exit;
# tests/cli/thread_cli.py checks the report's lines.
import sys

if "Ferrite" not in sys.version:
    print("SKIP")
    sys.exit()

import _thread
import time

a = _thread.allocate_lock()
b = _thread.allocate_lock()
both_hold = [0]
mutex = _thread.allocate_lock()


def take(first, second, name):
    with first:
        with mutex:
            both_hold[0] += 1
        while True:  # until both threads hold their first lock
            with mutex:
                if both_hold[0] == 2:
                    break
            time.sleep(0.001)
        with second:
            print(name, "got both: not expected")


_thread.start_new_thread(take, (a, b, "t1"))
_thread.start_new_thread(take, (b, a, "t2"))
while True:
    with mutex:
        if both_hold[0] == 2:
            break
    time.sleep(0.001)
print("both threads hold one lock")
done = _thread.allocate_lock()
done.acquire()
try:
    done.acquire()
finally:
    print("finally blocks do not run after a deadlock: not expected")
print("not reached")
