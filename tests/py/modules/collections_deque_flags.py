# deque(iterable, maxlen, flags): MicroPython's flags=1 raises IndexError when full instead of
# dropping an item. CPython has no third argument, hence the .exp file.
from collections import deque

d = deque((), 2, 1)
d.append(1)
d.appendleft(0)
print(len(d), list(d))
try:
    d.append(2)
except IndexError:
    print("IndexError")
print(list(d))
