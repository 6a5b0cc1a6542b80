# frozenset: immutable, hashable set
f = frozenset([1, 2, 3, 2])
print(len(f), sorted(f), 2 in f, 5 in f)
g = frozenset({3, 4})
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g))
print(type(f | g).__name__, type({1} | f).__name__)
print(f == {1, 2, 3}, frozenset() == set(), f.issuperset({1}), f.isdisjoint(g))
d = {f: 'key'}
print(d[frozenset([3, 2, 1])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(hasattr(f, 'add'), sorted(f.union([9])), sorted(f.copy()))
print(frozenset(), frozenset(range(3)) == frozenset([0, 1, 2]))
