# star unpacking in assignment, calls and displays
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = 'xy'
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
first, *_, last = [10, 20, 30, 40, 50]
print(first, last)
l = [1, 2]
t = (3, 4)
print([*l, *t, 5], (*t, *l), {*l, *t} == {1, 2, 3, 4})
print([*'abc', *range(2)])
d1 = {'a': 1}
d2 = {'b': 2, 'a': 3}
print({**d1, **d2}, {**d2, 'c': 0, **d1})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*l, *t), f(0, *l, x=1, **d1))
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
a, b = b, a = 1, 2
print(a, b)
x = y = z = 0
print(x, y, z)
