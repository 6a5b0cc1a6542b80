# Subclasses of built-in types that override special methods (__iter__, __len__, __contains__,
# __setitem__, __repr__, __new__ with extra arguments), and built-ins given subclass instances.
class L(list):
    def __iter__(self):
        return iter([9, 9])
    def __len__(self):
        return 7
    def __contains__(self, x):
        return x == "magic"
l = L([1, 2, 3])
print(list(l), len(l), bool(L()), "magic" in l, 1 in l, [x for x in l], tuple(l), sum(l))
class D(dict):
    def __iter__(self):
        return iter(["k"])
d = D(a=1, b=2)
print(list(d), len(d), dict(d), sorted(d.items()))
def f(**kw):
    return kw
class D2(dict):
    pass
print(f(**D2(x=1)), "%(a)s-%(b)d" % D2(a="A", b=2), "{a}".format(**D2(a=5)), "{0[a]}".format(D2(a=6)))
class S(str):
    pass
class O:
    pass
o = O()
setattr(o, S("attr"), 5)
print(getattr(o, S("attr")), hasattr(o, S("attr")), o.attr, sorted([S("b"), S("a")], key=len), S("a,b").split(","))
class I(int):
    pass
print(list(range(I(3))), [1, 2, 3][I(1)], {I(1): "one"}[1], {1: "x"}[I(1)], bool(I(0)), I(5).to_bytes(2, "big"), I(7) // 2, 7 / I(2), I(2) ** I(3), pow(I(2), 3, 5))
print("abc" * I(2), [0] * I(2), divmod(I(7), I(2)), hex(I(255)), bin(I(5)), chr(I(65)), abs(I(-3)), round(I(5)), I(3) == 3.0, max([I(1), I(5), I(3)]))
class E(Exception):
    pass
e = E("m")
e.extra = 1
print(e.__dict__, e.extra)
class Cnt(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
c = Cnt()
c["a"] = 1
c.update(b=2)
c.setdefault("c", 3)
print(c)
import collections
P = collections.namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p._asdict(), p + (3,), p == (1, 2))
class F(float):
    def __repr__(self):
        return "F!"
print([F(1.0)], F(1.0) + 1, str(F(2.0)), "%s" % F(1.5), "{}".format(F(2.5)), f"{F(3.5)}", f"{F(3.5):.1f}")
class T(tuple):
    pass
print(T([1, 2]), T(), T(x for x in "ab"), T((1,)) + T((2,)), type(T((1,)) + T((2,))).__name__, T((1, 2))[0:1])
class S3(str):
    def __len__(self):
        return 100
print(len(S3("ab")), S3("ab").upper(), bool(S3("")))
print(str(I(5)), repr(I(5)), repr(S("x")), repr(T((1,))), I(5).__class__.__name__, S.__name__, S.__qualname__)
class Weird(int):
    def __new__(cls, v, extra):
        self = super().__new__(cls, v)
        self.extra = extra
        return self
w = Weird(4, "e")
print(w, w.extra, w + 1, w.__dict__)
