# IndexError and KeyError from builtin containers are LookupErrors
cases = [
    ('list', lambda: [1][2]), ('tuple', lambda: (1,)[-2]), ('str', lambda: 'ab'[5]),
    ('range', lambda: range(3)[3]), ('bytes', lambda: b'x'[1]), ('dict', lambda: {}['k']),
    ('list.pop', lambda: [].pop()), ('set.remove', lambda: set().remove(1)),
    ('dict.pop', lambda: {}.pop(1)), ('bytearray', lambda: bytearray(1)[1]),
]
for name, f in cases:
    try:
        f()
    except LookupError as e:
        print(name, type(e).__name__, isinstance(e, (IndexError, KeyError)))
