# A lock deadlock while another thread waits on a socket: a thread waiting for I/O is never
# deadlocked (something outside may write), so the report comes only when that wait ends (its
# timeout), and the thread has finished by then. Ferrite-specific (CPython hangs, so it skips
# itself there), hence the .exp and .exit; tests/cli/thread_cli.py checks that a wait with no
# deadline holds the report back until the data comes.
import sys

if "Ferrite" not in sys.version:
    print("SKIP")
    sys.exit()

import _thread
import socket

a, b = socket.socketpair()
held = _thread.allocate_lock()
held.acquire()
started = _thread.allocate_lock()
started.acquire()


def waiter():
    b.settimeout(0.2)
    started.release()
    try:
        b.recv(10)
    except OSError:
        print("recv timed out; the waiting thread ends")


def stuck():
    held.acquire()
    print("not expected")


_thread.start_new_thread(waiter, ())
_thread.start_new_thread(stuck, ())
started.acquire()
print("main waits for the lock too")
held.acquire()
print("not reached")
