# set methods (printed through sorted to be order independent)
s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s))
s.discard(10); s.discard(3)
print(sorted(s))
s.remove(4)
try:
    s.remove(4)
except KeyError:
    print('KeyError remove')
s.update([7, 8])
s.update((9,))
print(sorted(s))
p = s.pop()
print(p in (1, 2, 7, 8, 9), len(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([10])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), {1}.issuperset(set()), a.isdisjoint({9}), a.isdisjoint(b))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {2}, a == {4, 3, 2, 1})
c = a.copy()
c.difference_update({1})
c.intersection_update({2, 3, 99})
print(sorted(c), sorted(a))
c.symmetric_difference_update({3, 5})
print(sorted(c))
c.clear()
print(c, len(c), set(), set([1, 1, 2]) == {1, 2})
try:
    set().pop()
except KeyError:
    print('KeyError pop')
