# slice objects are unhashable (MicroPython; CPython before 3.12), so they cannot be dict keys
# or set members; using one as a dict subscript is a TypeError, not a stored key.
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
try:
    print(d[:])
except TypeError:
    print("TypeError on load")
print(slice(1, 2) in [slice(1, 2)])
