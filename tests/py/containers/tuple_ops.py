# tuples
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3), t.index(2, 2))
print((1,), (), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(t + (4,), t * 2, (0,) * 3, 2 in t, 7 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2))
a, b, c, d = t
print(a, b, c, d)
print(max(t), min(t), sum(t), sorted(t), list(reversed(t)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
x = 1, 2
y = x,
print(x, y, type(x).__name__)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)])
try:
    t[0] = 5
except TypeError:
    print('TypeError immutable')
try:
    t.index(99)
except ValueError:
    print('ValueError')
mut = ([1],)
mut[0].append(2)
print(mut)
