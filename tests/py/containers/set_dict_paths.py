# Set algebra (operators, in-place operators, named methods on set and frozenset), equal keys of
# different types (1, 1.0, True), str/bytes keys, setdefault (also on globals()), and list() of
# dict views.
a = {1, 2, 3, "x", b"y", (1, 2)}
b = {2, 3.0, 4, "x", b"z", (1, 2), True}
# Which of two equal members (1 and True, 3 and 3.0) a result keeps differs between CPython and
# MicroPython: only sizes are printed for those.
for r in (a | b, a & b, a - b, a ^ b, b - a, b ^ a, b & a):
    print(len(r), sorted(repr(x) for x in r if not isinstance(x, (int, float))))
print(sorted(a - b), sorted(b - a, key=repr))
f = frozenset([1, 2, 3])
print(sorted(f.intersection([2])), sorted(f.difference([2])), sorted(f.symmetric_difference([2, 5])))
print(sorted(f.union([7], (8,))), sorted(f | {0}), type(f | {0}).__name__, type({0} | f).__name__)
print(sorted(f.intersection({1, 2}, [2, 3])), sorted(f), sorted({5, 6}.intersection(f)))
s = {1, 2, 3, 4}
t = s
s &= {2, 3, 9}
print(sorted(s), s is t)
s |= {10, 1}
print(sorted(s))
s -= {10}
s ^= {2, 7}
print(sorted(s))
s.update([20], {21})
s.intersection_update([1, 3, 7, 20, 21, 99])
s.difference_update({20})
s.symmetric_difference_update({3, 4})
print(sorted(s))
print(len({1.0} | {1}), len({True} & {1}), {1} - {True}, {0} ^ {False, 0.0})
big_a = set(range(0, 3000, 2))
big_b = set(range(0, 3000, 3))
print(len(big_a | big_b), len(big_a & big_b), len(big_a - big_b), len(big_a ^ big_b), sum(big_a & big_b))
print(sorted(set("hello") & set("world")), sorted({"a%d" % i for i in range(5)} - {"a1"}))


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v

    def __repr__(self):
        return "H(%r)" % self.v


print(sorted(map(repr, {H(1), H(2)} & {H(2), H(3)})), {H(1)} - {H(1)}, len({H(1), 1} | {H(1), 1.0}))

d = {}
print(d.setdefault("k", []), d.setdefault("k", [1]), d.setdefault(1, "one"), d.setdefault(1.0, "x"), d)
d.setdefault("k").append(5)
print(d, d.setdefault(True), d.setdefault(None))
g = globals()
print(g.setdefault("zz_new", 41), zz_new, g.setdefault("zz_new", 0))
d = {i: i * i for i in range(10)}
print(list(d.keys()), list(d.values()), list(d.items())[:3], tuple(d.keys())[:3])
del d[3]
d[3] = "back"
print(list(d.keys()), list(d.values()))
print({1: "a", 1.0: "b", True: "c"}, {"k%d" % i: i for i in range(3)}["k2"], {b"a": 1}[b"a"])
