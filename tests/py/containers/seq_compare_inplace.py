# Ordering and equality of tuples and lists, compared item by item without copies: nesting,
# mixed numbers, different lengths, user __eq__/__lt__ inside, and a list changed by __eq__.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2.5) < (1, 3), (1, 2) == (1.0, 2.0))
print([1, [2, 3]] < [1, [2, 4]], [1, [2, 3]] == [1, [2, 3]], [] < [0], () == ())
print(sorted([(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")]))
print(sorted([[2, 1], [1, 2, 3], [1, 2], [0]]))
print((1, "a") < (1, "b"), (True, 2) == (1, 2), (10**30, 1) < (10**30, 2))


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print((K(1), 2) < (K(2), 1), (K(1), 2) == (K(1), 2), [K(3)] < [K(3), 0])
print(sorted([(K(2), 0), (K(1), 5)], key=lambda t: t[0].v)[0][1])
victim = [1, 2, 3]


class Shrinker:
    def __eq__(self, other):
        victim.clear()
        return False


try:
    r = [Shrinker(), 2, 3] == victim
    print("compared", r)
except Exception as e:
    print("error", type(e).__name__)
try:
    (1, None) < (1, 2)
except TypeError:
    print("TypeError")
