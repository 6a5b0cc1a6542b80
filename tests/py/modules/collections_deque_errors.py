# The IndexError messages of collections.deque, worded as MicroPython words them: "empty" for a
# pop from an empty deque and "full" for an append to a full deque made with flags=1. CPython says
# "pop from an empty deque" and has no flags argument, hence the .exp file.
from collections import deque

d = deque((), 2, 1)
for name in ("pop", "popleft"):
    try:
        getattr(d, name)()
    except IndexError as e:
        print(name, "IndexError", e.args)
d.append(1)
d.appendleft(0)
for name, arg in (("append", 2), ("appendleft", -1), ("extend", [3])):
    try:
        getattr(d, name)(arg)
    except IndexError as e:
        print(name, "IndexError", e.args)
print(d.popleft(), d.pop(), len(d))
try:
    d.pop()
except IndexError as e:
    print("drained", e)
e = deque([], 3)
try:
    e.popleft()
except IndexError as err:
    print("plain", err)
