# An exception that ends a thread is printed as MicroPython prints it ("Unhandled exception in
# thread started by " the callable's repr, and the traceback) and the other threads go on;
# SystemExit (_thread.exit, sys.exit) ends a thread silently. MicroPython-specific output
# (CPython prints "Exception in thread started by"/"Exception ignored..."), hence the .exp.
import _thread
import sys
import time



class MyError(Exception):
    pass


lock = _thread.allocate_lock()
log = []
finished = [0]


def note(msg):
    with lock:
        log.append(msg)
        finished[0] += 1


class Fails:
    # a callable with a fixed repr, so that the report's first line can be checked
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "<Fails %d>" % self.n

    def __call__(self):
        n = self.n
        note("fails starting %d" % n)
        time.sleep(0.001)
        if n > 1:
            raise ValueError("bad value %d" % n)
        raise MyError("n was", n)


def exits():
    note("exits")
    _thread.exit()


def sys_exits():
    note("sys_exits")
    sys.exit(3)


def survivor():
    for i in range(5):
        time.sleep(0.002)
    note("survivor done")


def wait_for(n):
    while True:
        with lock:
            if finished[0] >= n:
                return
        time.sleep(0.001)


_thread.start_new_thread(survivor, ())
_thread.start_new_thread(Fails(1), ())
wait_for(2)
time.sleep(0.005)
print("after MyError thread")
_thread.start_new_thread(Fails(2), ())
wait_for(3)
time.sleep(0.005)
print("after ValueError thread")
_thread.start_new_thread(exits, ())
_thread.start_new_thread(sys_exits, ())
wait_for(5)
time.sleep(0.005)
print(sorted(log))
print("main thread ends normally")
