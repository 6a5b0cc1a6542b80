# unpacking from any iterable: generators, dicts, strings, sets of ints, ranges
a, b, c = (x * 2 for x in range(3))
print(a, b, c)
k1, k2 = {'first': 1, 'second': 2}
print(k1, k2)
x, y = 'hi'
print(x, y)
lo, hi = sorted({9, 2})
print(lo, hi)
p, *q = range(4)
print(p, q)
*init, tail = iter([1, 2, 3])
print(init, tail)
(m, n), o = 'ab', 'c'
print(m, n, o)
def pair():
    yield 'left'
    yield 'right'
l, r = pair()
print(l, r)
try:
    u, v = pair(), 1, 2
except ValueError:
    print('ValueError too many')
