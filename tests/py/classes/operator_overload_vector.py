# a 2D vector class with a full set of operators
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return self.x * self.x + self.y * self.y
    def __bool__(self):
        return bool(self.x or self.y)
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
a, b = Vec(1, 2), Vec(3, -1)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b))
print(a == Vec(1, 2), a == b, bool(Vec(0, 0)), bool(a))
print(list(a), a[1], len(a), tuple(b))
print({a: 'a', Vec(1, 2): 'dup'}, len({a, Vec(1, 2), b}))
total = Vec(0, 0)
for v in [a, b, a]:
    total += v
print(total)
