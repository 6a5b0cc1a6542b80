# iter and next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
s = iter('ab')
print(next(s), next(s))
d = iter({'k1': 1, 'k2': 2})
print(next(d), next(d))
r = iter(range(2))
print(list(r), list(r))
it2 = iter([5, 6])
print(iter(it2) is it2)
try:
    iter(5)
except TypeError:
    print('TypeError not iterable')
try:
    next([1])
except TypeError:
    print('TypeError not an iterator')
t = iter((9, 8, 7))
print(list(zip(t, t)))
