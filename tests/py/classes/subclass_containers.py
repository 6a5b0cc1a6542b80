# Subclasses of tuple, list, dict, set, frozenset and bytearray: the subclass's methods and
# overrides, the built-in value's behaviour everywhere else.
import json


class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def total(self):
        return self[0] + self[1]


p = P(1, 2)
print(type(p).__name__, p, p.total(), len(p), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)))
print(p + (3,), (0,) + p, p * 2, p[1], p[::-1], list(p), 2 in p, p.index(2), p.count(1), p < (1, 3))
print(json.dumps(p), "%s" % (p,), "{}".format(p), sorted([P(2, 1), P(1, 2)]), {p: "v"}[(1, 2)])
a, b = p
print(a, b, max(p), sum(p), tuple(p), type(tuple(p)).__name__, isinstance(p, tuple))


class Pair(tuple):
    def __repr__(self):
        return "Pair%s" % tuple.__repr__(self)


print(repr(Pair((1, 2))), str(Pair((3, 4))), [Pair(())])


class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(type(s).__name__, s, s.peek(), len(s), s == [1, 2, 3, 4], s[1:3], s + [5], type(s + [5]).__name__)
s += [9]
print(type(s).__name__, s, s.pop(), sorted(s, reverse=True), 3 in s, s.index(3), bool(Stack()))
s[0] = 10
del s[1]
s.sort()
print(s, json.dumps(s), list(reversed(s)), [x * 2 for x in s], s * 2)
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)


class L1(list):
    def __init__(self, a):
        super().__init__()
        self.append(a)


print(L1(7), len(L1(8)))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, k):
        self[k] += 1


c = Counter()
for ch in "hello":
    c.add(ch)
print(type(c).__name__, c, c["l"], c["z"], len(c), "h" in c, sorted(c), c.get("z"), json.dumps(c))


class Scaled(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 10

    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v + 1)


d = Scaled(a=1)
d["b"] = 2
print(d["a"], d["b"], d.get("a"), dict(d), d, len(d), list(d.items()), d == {"a": 1, "b": 3})


class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)

    def __setattr__(self, k, v):
        self[k] = v


ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, hasattr(ad, "z"), {**ad}, dict(ad, z=3))
d2 = {}
d2.update(ad)
print(d2, list(ad.keys()), ad | {"w": 0}, AttrDict.fromkeys("ab", 0))


class Tags(set):
    def describe(self):
        return ",".join(sorted(self))


t = Tags(["b", "a"])
t.add("c")
print(type(t).__name__, t.describe(), len(t), "a" in t, t == {"a", "b", "c"}, sorted(t | {"d"}), sorted(t & {"a"}))
t |= {"e"}
print(type(t).__name__, sorted(t))


class Frozen(frozenset):
    pass


fz = Frozen([1, 2])
print(type(fz).__name__, sorted(fz), hash(fz) == hash(frozenset([1, 2])), fz == frozenset([2, 1]), 1 in fz)


class Buf(bytearray):
    def last(self):
        return self[-1]


bb = Buf(b"ab")
bb.append(99)
bb += b"d"
print(type(bb).__name__, bb.last(), len(bb), bytes(bb), bb == b"abcd", bb.decode())
