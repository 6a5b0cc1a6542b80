# Slicing, slice assignment and slice deletion on lists and tuples: equal and unequal lengths,
# negative and extended steps, out-of-range bounds, the list itself as the source, tuples and
# iterators as sources.
base = list(range(10))
steps = [None, 1, 2, 3, -1, -2, -3]
bounds = [None, 0, 1, 3, -1, -3, 9, 10, 20, -20]
for st in steps:
    for a in bounds:
        for b in (None, 2, 5, -2, 15):
            print(st, a, b, base[a:b:st], tuple(base)[a:b:st])

for a, b, src in [(0, 3, [7, 8, 9]), (0, 3, [7]), (2, 2, [1, 2]), (5, 1, ["x"]), (8, 20, (1, 2, 3)),
                  (-3, None, []), (None, None, range(3)), (3, 6, "abc"), (-20, 2, [0])]:
    p = list(base)
    p[a:b] = src
    print(a, b, p)

p = list(range(6))
for k in range(6):
    p[:k + 1] = p[k::-1]
    print(p)
p = list(range(5))
p[:] = p
print(p)
p[1:3] = p
print(p)
p[::2] = p[1::2]
print(p)
p[::-1] = p
print(p)
p = list(range(8))
p[1::3] = (x * 10 for x in range(3))
print(p)
p[::-3] = ["a", "b", "c"]
print(p)
for bad in ([1], [1, 2, 3, 4]):
    try:
        p[::3] = bad
    except ValueError as e:
        print("ValueError", e)
print(p)

for st in steps:
    for a in (None, 1, -2, 7):
        for b in (None, 3, -1):
            q = list(range(10))
            del q[a:b:st]
            print("del", a, b, st, q)
ba = bytearray(range(10))
del ba[::3]
print(ba)
del ba[5:1:-2]
print(ba)
del ba[1:3]
print(ba)

p = list(range(6))
print(p * 2, p * 0, [None] * 3, p + p, [] + p, (1, 2) * 2, (1,) + (2, 3))
c = p[:]
c[0] = 99
print(p, c, p.copy() == p, p.copy() is p)
t = (1, 2, 3)
print(t[:] == t, t[::-1], t[1:], t[-1], p[-1], p[5])
for i in (6, -7):
    try:
        p[i]
    except IndexError as e:
        print("IndexError", e)
    try:
        t[i]
    except IndexError as e:
        print("IndexError", e)

# Index and slice bounds of every kind: bools, ints past the ends, huge ints, __index__, steps.


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


q = list(range(10))
for idx in (True, False, -10, 9, I(2), I(-1)):
    print(q[idx], end=" ")
    q[idx] = q[idx] * 10
print(q)
for bad in (10, -11, 2 ** 70, -(2 ** 70)):
    try:
        q[bad]
    except IndexError:
        print("IndexError")
    try:
        q[bad] = 0
    except IndexError:
        print("IndexError")
for sl in (slice(True, 5), slice(I(1), I(-1), I(2)), slice(-2 ** 70, 2 ** 70), slice(None, None, -2 ** 63),
           slice(2 ** 70, -2 ** 70, -1), slice(-100, 100, 3), slice(5, None, -1), slice(None, 3, -1)):
    print(q[sl], tuple(q)[sl], "0123456789"[sl])
try:
    q[::0]
except ValueError as e:
    print("ValueError", e)
