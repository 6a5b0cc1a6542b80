# A NotImplemented result falls back to the reflected method with the original operands, even
# when the first method rebinds its parameters; comparisons fall back the same way.

class A:
    def __add__(self, other):
        self = None
        other = 0
        return NotImplemented

    def __lt__(self, other):
        self, other = other, self
        return NotImplemented


class B:
    def __radd__(self, other):
        return ("radd", type(self).__name__, type(other).__name__)

    def __gt__(self, other):
        return ("gt", type(self).__name__, type(other).__name__)


print(A() + B())
print(A() < B())
try:
    A() + A()
except TypeError as e:
    print("TypeError")


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        return V(other + self.v)

    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v


total = V(0)
for i in range(50):
    total = total + V(i) if i % 2 else i + total
print(total.v, V(3) == V(3), V(3) == 3, 3 == V(3), [V(1)] == [V(1)])
