# type() of a value of every kind of heap object is its class: checked against the built-in
# names where Python has them, and between two values of the same kind elsewhere (every
# kind maps to one class, and different kinds to different classes).


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class C:
    def m(self):
        pass

    @property
    def p(self):
        return 1


def f():
    pass


named = [
    ("str", "x", str),
    ("bytes", b"x", bytes),
    ("bytearray", bytearray(b"x"), bytearray),
    ("big int", 2**100, int),
    ("complex", 1j, complex),
    ("tuple", (1,), tuple),
    ("list", [1], list),
    ("dict", {1: 2}, dict),
    ("set", {1}, set),
    ("frozenset", frozenset([1]), frozenset),
    ("range", range(3), range),
    ("slice", slice(1, 2), slice),
    ("class", C, type),
    ("memoryview", memoryview(b"ab"), memoryview),
    ("property", C.__dict__["p"], property),
    ("classmethod", classmethod(f), classmethod),
    ("staticmethod", staticmethod(f), staticmethod),
    ("instance", C(), C),
]
for label, value, cls in named:
    print(label, type(value) is cls, isinstance(value, cls))

c1, c2 = coro(), coro()
pairs = [
    ("function", f, lambda: 0),
    ("builtin function", len, abs),
    ("bound method", C().m, C().m),
    ("generator", gen(), (x for x in ())),
    ("coroutine", c1, c2),
    ("async generator", agen(), agen()),
    ("list iterator", iter([1]), iter([2, 3])),
    ("dict keys", {1: 2}.keys(), {}.keys()),
]
kinds = []
for label, a, b in pairs:
    print(label, type(a) is type(b), type(type(a)) is type)
    kinds.append(type(a))
print("distinct", len(set(kinds[:6])) == 6)
c1.close()
c2.close()
import sys

print("module", type(sys) is type(__import__("math")))
print("super", type(super(C, C())) is super)
