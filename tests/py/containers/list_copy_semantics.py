# copies versus references for lists
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 'changed'
a[1].append(4)
print(a, b, c, d, e)
print(b is a, c is a, c[1] is a[1])
m = [[0] * 2 for _ in range(2)]
n = [row[:] for row in m]
m[0][0] = 1
print(m, n)
x = y = []
x.append(1)
print(x, y)
x = x + [2]
print(x, y)
