# keys of various hashable types
d = {}
d[1] = 'int'
d[2.5] = 'float'
d['s'] = 'str'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[b'b'] = 'bytes'
d[frozenset([1])] = 'frozenset'
print(len(d), d[1], d[2.5], d['s'], d[(1, 2)], d[None], d[b'b'], d[frozenset([1])])
d[1.0] = 'float one'
print(d[1], len(d))
d[True] = 'true'
print(d[1], len(d))
print({0: 'a', False: 'b'}, {1: 'x', 1.0: 'y'})
try:
    d[[1]] = 0
except TypeError:
    print('TypeError unhashable list')
try:
    d[{}] = 0
except TypeError:
    print('TypeError unhashable dict')
big = 10 ** 30
d2 = {big: 'big', -big: 'neg'}
print(d2[10 ** 30], d2[-(10 ** 30)])
print({(1, (2, 3)): 1}[(1, (2, 3))])
