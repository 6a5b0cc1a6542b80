# collections.namedtuple: a tuple subclass with named fields.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1], len(p), list(p), tuple(p))
a, b = p
print(a, b)
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__)
print(p == (1, 2), (1, 2) == p, p != (1, 3), p == Point(1, 2), p == Point(2, 1))
print(hash(p) == hash((1, 2)), {p: "v"}[(1, 2)])
print(p[:1], p + (3,), p + p, p * 2, 2 * p, 2 in p, 5 in p, p.count(1), p.index(2))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), p < Point(1, 3), p >= (1, 2))
print(bool(p), bool(Point(0, 0)))

# Keyword and mixed construction, unpacked arguments.
print(Point(x=3, y=4), Point(5, y=6), Point(*[7, 8]), Point(**{"y": 1, "x": 0}))

# Field names: sequence, space or comma separated string.
print(Point._fields, namedtuple("Q", ["a", "b", "c"])(1, 2, 3), namedtuple("R", "a, b")(1, 2))
print(namedtuple("S", ("id", "name"))(1, "foo").name)
One = namedtuple("One", "only")
print(One(5), One(5).only, len(One(5)))

# _asdict, _replace, _make.
print(p._asdict(), p._replace(y=9), p, Point._make([7, 8]), Point._make(range(2)))

# Errors.
for make in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, z=2)):
    try:
        make()
    except TypeError:
        print("TypeError")
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p[2]
except IndexError:
    print("IndexError")
try:
    p._replace(z=1)
except ValueError:
    print("ValueError")

# A subclass adds methods and keeps the fields.
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

v = Vec(3, 4)
print(v, v.norm2(), v.x, v[1], isinstance(v, tuple))

# Iteration in a loop, as a dict key, nested.
Pair = namedtuple("Pair", "left right")
total = 0
for i in range(100):
    q = Pair(i, Pair(i, i))
    total += q.left + q.right.right + q[1][0]
print(total, Pair(1, Pair(2, 3)))
