# With micropython.heap_lock() in force, exceptions can still be made and raised (MicroPython
# keeps an emergency exception buffer for this: interrupt handlers run with the heap locked),
# and a swap "a, b = b, a" allocates nothing. MicroPython-only, hence the .exp file.
import micropython


def f():
    pass


class MyError(Exception):
    pass


def checks():
    out = [None] * 5
    a, b, c = 1, 2, 3
    d = {}
    micropython.heap_lock()
    try:
        raise ValueError(1)
    except ValueError as e:
        out[0] = e
    try:
        f(1)
    except TypeError as e:
        out[1] = e
    try:
        d["k"]
    except KeyError as e:
        out[2] = e
    try:
        raise MyError("mine", 2)
    except MyError as e:
        out[3] = e
    a, b = b, a
    a, b, c = c, a, b
    try:
        [a]
    except MemoryError:
        out[4] = "MemoryError"
    micropython.heap_unlock()
    return out, (a, b, c)


out, abc = checks()
for e in out:
    if isinstance(e, TypeError):
        print("TypeError")
    else:
        print(type(e).__name__, e.args if isinstance(e, Exception) else e)
print(abc)
print(micropython.heap_locked())
