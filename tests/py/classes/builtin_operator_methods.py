# the operator special methods of built-in types can be called by name, on values and from
# subclasses, without recursing into a subclass's override; an operand the type cannot handle
# gives NotImplemented
print((1).__add__(2), (5).__sub__(1), (2).__mul__(3), (7).__floordiv__(2), (7).__mod__(2))
print((1).__truediv__(2), (2).__pow__(3), (6).__and__(3), (6).__or__(1), (6).__xor__(3))
print((1).__lshift__(3), (16).__rshift__(2), (1).__radd__(2), (1).__rsub__(5), (2).__rpow__(3))
print((3).__neg__(), (3).__pos__(), (-3).__abs__(), (3).__invert__(), (1 << 70).__neg__())
print((1.5).__add__(1), (1.5).__rsub__(1), (-1.5).__abs__(), (2.0).__pow__(2))
print((1).__add__("x"), (1).__lt__("x"), [1].__eq__(1), (1).__eq__(2), "a".__eq__("b"))
print("a".__add__("b"), "ab".__mul__(2), "ab".__rmul__(2), "%d-%s".__mod__((1, "x")))
print([1].__add__([2]), [1, 2].__mul__(2), (1, 2).__add__((3,)), b"a".__add__(b"b"))
print({1}.__or__({2}), {1, 2}.__and__({2}), {1, 2}.__sub__({2}), {1}.__xor__({2}))
print({1: 2}.__or__({3: 4}), frozenset([1]).__or__({2}))
print((1).__lt__(2), (1).__ge__(1), "a".__lt__("b"), [1].__lt__([2]), (1,).__gt__((0,)))
print({1}.__le__({1, 2}), (1.0).__gt__(2))
print((1).__eq__(1), (1).__ne__(2), (1.0).__eq__(1), [1].__eq__([1]), "a".__ne__("a"))
print((1).__repr__(), "a".__repr__(), [1, "x"].__repr__(), (1).__str__(), (1).__format__("3"))
print("x".__hash__() == hash("x"), (1, 2).__hash__() == hash((1, 2)), (5).__hash__())
print(int.__add__(1, 2), str.__add__("a", "b"), float.__mul__(2.0, 3), list.__add__([1], [2]))


class MyInt(int):
    def __add__(self, other):
        return MyInt(int.__add__(self, other) * 10)

    def __lt__(self, other):
        return not super().__lt__(other)

    def __neg__(self):
        return "neg " + str(super().__neg__())


m = MyInt(2)
print(m + 1, type(m + 1).__name__, m < 3, m < 1, -m, m * 3, 1 + m)


class Loud(str):
    def __add__(self, other):
        return Loud(super().__add__(other).upper())

    def __mul__(self, n):
        return "<" + str.__mul__(self, n) + ">"


s = Loud("ab")
print(s + "c", s * 2, "x" + s)


class Vec:
    def __init__(self, x):
        self.x = x

    def __radd__(self, other):
        return "Vec.__radd__ " + repr(other)

    def __eq__(self, other):
        return "Vec.__eq__"


print((1).__add__(Vec(1)), 1 + Vec(2), [1] + Vec(3), (1).__eq__(Vec(0)), 1 == Vec(0))
try:
    (1).__add__()
except TypeError:
    print("TypeError")
try:
    [1] * 1.5
except TypeError:
    print("TypeError")
