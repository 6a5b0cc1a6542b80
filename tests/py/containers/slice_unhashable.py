# slice objects are unhashable (MicroPython; CPython before 3.12), so they cannot be dict keys
# or set members; storing under a slice key is a TypeError, while loading one is a KeyError
# carrying the slice (MicroPython's `d[:]`; CPython 3.11 says TypeError).
for attempt in (lambda: hash(slice(1, 2)), lambda: {slice(None): 1}, lambda: {slice(0, 1)}):
    try:
        attempt()
        print("hashed")
    except TypeError as e:
        print("TypeError", e)
d = {}
try:
    d[1:2] = 5
except TypeError:
    print("TypeError", d)
for d in ({}, {1: 2}):
    try:
        d[:]
    except KeyError as e:
        print("KeyError", e.args)
try:
    {}[[]]
except TypeError:
    print("list key TypeError")
print(slice(1, 2) in [slice(1, 2)])
