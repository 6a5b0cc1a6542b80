# When the main thread ends, the program ends (as on MicroPython's unix port and CPython's
# _thread): threads still spinning, sleeping or waiting for a lock are dropped silently and
# the exit status is 0.
import _thread
import time

started = []
mutex = _thread.allocate_lock()
never = _thread.allocate_lock()
never.acquire()


def spinner():
    with mutex:
        started.append("spinner")
    n = 0
    while True:
        n += 1


def sleeper():
    with mutex:
        started.append("sleeper")
    time.sleep(30)
    print("sleeper woke up: not expected")


def waiter():
    with mutex:
        started.append("waiter")
    never.acquire()
    print("waiter got the lock: not expected")


for f in (spinner, sleeper, waiter):
    _thread.start_new_thread(f, ())

while True:
    with mutex:
        if len(started) == 3:
            break
    time.sleep(0.001)
print(sorted(started))
print("main thread done")
