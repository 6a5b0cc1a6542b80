# tuple assignment, swaps and nested targets
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 'xyz'
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, c]] = [4, [5, 6]]
print(a, b, c)
l = [0, 0, 0]
l[0], l[1], l[2] = 7, 8, 9
print(l)
i = 0
i, l[i] = 1, 'x'
print(i, l)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
for (k, v) in [('a', 1), ('b', 2)]:
    print(k, v)
try:
    a, b = [1, 2, 3]
except ValueError:
    print('too many values')
try:
    a, b, c = [1]
except ValueError:
    print('not enough values')
class O:
    pass
o = O()
o.p, o.q = 'P', 'Q'
print(o.p, o.q)
