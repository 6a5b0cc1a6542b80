# print of builtin values via str
print(0, -1, 10 ** 25, 0.5, -2.0, 1e100, True, None)
print('s', b's', bytearray(b'ba'), [1, 'x', None], ('t',), {'k': [1]}, {1: (2,)})
print([[]], [()], [{}], ([],), {'n': {'m': {}}})
print(range(3), slice(1, 2), ValueError('e'), IndexError(3))
print(str, int, type, Exception)
print([1.5, 'a\nb', b'\n'])
