# methods.py: method calls on instances (bound and via the class), attribute
# get and set, properties with setters, class attributes, inheritance with
# super(), and dunder methods used by operators.

N = 40000


class Vec:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def __add__(self, other):
        return self.add(other)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


class Counter:
    def __init__(self):
        self._value = 0
        self.writes = 0

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self.writes += 1
        self._value = v % 1000003

    def bump(self, k=1):
        self.value = self.value + k
        return self


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def describe(self):
        return self.sides * 1000 + self.area()


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3

    def area(self):
        return self.size * self.size // 2


class Labeled(Square):
    def __init__(self, size, label):
        super().__init__(size)
        self.label = label

    def describe(self):
        return super().describe() + len(self.label)


def run():
    acc = 0
    v = Vec(0, 0)
    step = Vec(1, 2)
    for i in range(N):
        v = v.add(step)
        if i % 3 == 0:
            v = v + Vec(-1, 0)
        acc = (acc + v.dot(step)) % 1000000007
        v.x = v.x % 1000
        v.y = v.y % 1000
    acc = (acc + v.x * 1000 + v.y) % 1000000007

    c = Counter()
    for i in range(N):
        c.bump(i & 7).bump()
        if c.value & 1:
            c.value = c.value // 2
    acc = (acc + c.value * 7 + c.writes) % 1000000007

    shapes = []
    for i in range(300):
        k = i % 3
        if k == 0:
            shapes.append(Square(i))
        elif k == 1:
            shapes.append(Triangle(i))
        else:
            shapes.append(Labeled(i, "L" * (i % 5)))
    for rep in range(40):
        for s in shapes:
            acc = (acc + s.describe()) % 1000000007
            s.size = (s.size + 1) % 97
    acc = (acc + Shape.sides + Square.sides + Vec.dims) % 1000000007

    bound = step.scaled
    unbound = Vec.dot
    for i in range(N // 2):
        acc = (acc + unbound(bound(i & 15), step)) % 1000000007
    same = 0
    for i in range(2000):
        if Vec(i, i) == Vec(i, i):
            same += 1
    acc = (acc + same + getattr(v, "x") + hasattr(v, "z")) % 1000000007
    setattr(v, "z", 5)
    acc = (acc + v.z) % 1000000007
    return acc


check = 0
for r in range(14):
    check = (check * 31 + run()) % 1000000007
print("methods checksum", check)
