# sort/sorted: the native paths (ints, strs, tuples of ints and strs) and the generic one
# (floats, bools, mixed kinds, user __lt__, nested tuples) must agree, keep ties in their
# original order (also with reverse=True), and leave the list unchanged on errors.


def lcg(n, mod, seed=7):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 8) % mod)
    return out


ints = lcg(300, 50)
print(sorted(ints)[:20], sorted(ints, reverse=True)[:20])
print(sorted(ints, key=lambda v: v % 7)[:30])
print(sorted(ints, key=lambda v: v % 7, reverse=True)[:30])
pairs = [(v % 5, i) for i, v in enumerate(ints)]
print(sorted(pairs, key=lambda p: p[0])[:25])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:25])
words = ["b", "a", "ab", "", "é", "Z", "ba", "a", "日本", "aa"]
print(sorted(words), sorted(words, reverse=True), sorted(words, key=len), sorted(words, key=len, reverse=True))
tups = [(1, "b"), (0, "z"), (1, "a"), (1,), (0, "z", 5), (), (-3, "q")]
print(sorted(tups), sorted(tups, reverse=True))
print(sorted([(2, 1.5), (1, 2), (2, 0.5), (1, True)]))
print(sorted([3, 1.5, True, -2, 0.0, False]))
print(sorted([[3, 1], [1, 2, 3], [1, 2], []]))
print(sorted([((1, 2), "a"), ((1, 1), "b")]))
print(sorted([-(2 ** 70), 5, 2 ** 65, -1]))


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


print(sorted([K(3), K(1), K(2), K(1)]), sorted([K(3), K(1), K(2)], reverse=True))


class S(str):
    pass


print(sorted([S("b"), "c", S("a")]))
for bad in ([1, "a", 2], [(1, 2), (1, "a")], [(1, "a"), ("a", 1)], [None, 1]):
    lst = list(bad)
    try:
        lst.sort()
    except TypeError:
        print("TypeError", lst)


def boom(v):
    if v == 3:
        raise ValueError("boom")
    return v


lst = [5, 3, 1]
try:
    lst.sort(key=boom)
except ValueError as e:
    print("ValueError", e, lst)
lst = [1, 2, 3]
print(sorted(lst, key=lambda v: -v), lst, sorted([]), sorted([1]), sorted((3, 1, 2)), sorted("cab"))
big = lcg(2000, 1000, 3)
a = sorted(big)
b = sorted(big, key=lambda v: (v,))
c = sorted([str(v) for v in big])
print(a == b, all(a[i] <= a[i + 1] for i in range(len(a) - 1)), c[:5], c[-5:])
print(sorted(big, key=lambda v: (v % 3, -v))[:10])
