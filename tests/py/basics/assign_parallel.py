# "a, b = c, d" and three-way forms: every value is evaluated before the first store, stores go
# left to right (so a later target may use an earlier one: "i, l[i] = ...").
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
l = [0, 0, 0]
l[0], l[1] = 5, 6
[p, q] = 7, 8
print(l, p, q)
i = 0
i, l[i] = 2, 9
print(i, l)
def f():
    i, j = 3, 4
    i, j, k = j, i, i + j
    return i, j, k
print(f())
class C:
    pass
c = C()
c.x, c.y = 1, [2]
c.y[0], c.x = c.x, c.y[0]
print(c.x, c.y)
