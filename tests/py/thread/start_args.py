# _thread.start_new_thread with positional args, a kwargs dict, get_ident, stack_size and
# _thread.exit (ends the thread silently); the main thread waits on a lock per thread.
import _thread

main_id = _thread.get_ident()
print(type(main_id) is int, main_id == _thread.get_ident())
results = []
idents = []
guard = _thread.allocate_lock()
# every thread stays alive until the main thread has seen all idents (idents can be reused)
gate = _thread.allocate_lock()
gate.acquire()


def worker(done, a, b, c=30, *rest, **kw):
    me = _thread.get_ident()
    with guard:
        idents.append(me)
        results.append((a, b, c, rest, sorted(kw.items()), me != main_id))
    done.release()
    with gate:
        pass


def exiter(done, n):
    with guard:
        results.append(("exiter", n))
    done.release()
    _thread.exit()
    results.append("not reached")


dones = []
for i in range(6):
    d = _thread.allocate_lock()
    d.acquire()
    dones.append(d)

_thread.start_new_thread(worker, (dones[0], 1, 2))
_thread.start_new_thread(worker, (dones[1], 3, 4, 5, 6, 7))
_thread.start_new_thread(worker, (dones[2], 8, 9), {"c": 10, "x": 11})
_thread.start_new_thread(worker, (dones[3],), {"a": "A", "b": "B"})
_thread.start_new_thread(exiter, (dones[4], 42))
_thread.start_new_thread(worker, (dones[5], "t", "u"))

for d in dones:
    d.acquire()
for r in sorted(results, key=repr):
    print(r)
print(len(idents), len(set(idents)), main_id in idents)
gate.release()

try:
    _thread.start_new_thread(worker, 5)
except TypeError:
    print("TypeError: args must be a tuple")

# stack_size(n) gives back the previous size
print(_thread.stack_size())
print(_thread.stack_size(65536))
print(_thread.stack_size(0))
print(_thread.stack_size(0))
