# repr of builtin values
vals = [0, -5, 10 ** 20, 1.5, -0.0, 1e100, float('inf'), True, None, 'a', "it's", b'bytes', bytearray(b'ba'),
        [], [1, [2]], (), (1,), (1, 2), {}, {'a': [1]}, set(), frozenset(), range(3), range(1, 5, 2),
        slice(1, 2), slice(None, 5, None), int, str, ValueError]
for v in vals:
    print(repr(v))
print(repr([None, 'x', 1.0, b'\x00']))
