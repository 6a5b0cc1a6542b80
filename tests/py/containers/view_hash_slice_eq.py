# dict keys and items views are set-like and so unhashable; a values view hashes.
d = {1: 2}
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError:
        print("TypeError")
print(type(hash(d.values())))
# Slices compare by (start, stop, step).
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2), slice(1, 2) == slice(1, 2, None))
print(slice(1, 2, 3) == slice(1, 2, 4), slice(None) == slice(None, None), slice(1) == slice(None, 1))
print(slice(1.0, 2) == slice(1, 2), slice(1, 2) == (1, 2, None), [slice(0, 1)] == [slice(0, 1)])
