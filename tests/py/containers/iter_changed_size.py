# A dict or set that changes size while it is iterated raises RuntimeError (no endless loop)
d = {1: 2, 3: 4}
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(d))
for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            del d[2]
    except RuntimeError as e:
        print(view, "RuntimeError", e)
s = {1, 2}
it = iter(s)
next(it)
s.add(5)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
# changing values (not the size) is allowed
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
# an iterator that finished stays finished
d = {1: 1}
it = iter(d)
print(list(it))
print(list(it))
# reversed() refuses unordered sets at once; dicts reverse in insertion order
for x in [{1, 2}, frozenset([3])]:
    try:
        reversed(x)
    except TypeError:
        print("TypeError", type(x).__name__)
print(list(reversed({1: "a", 3: "b", 2: "c"})))
