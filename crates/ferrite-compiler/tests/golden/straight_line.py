x = 1
y = x + 2 * 3
a, b = b, a
a, *rest, z = [1, 2, 3, 4]
(p, (q, r)) = 1, (2, 3)
del a, rest[0], z.attr
obj.attr += 1
seq[i] -= 2
x = y = -5
t = (1, 2, (3, "four"))
d = {"k": 1, **other, 2: 3}
s = {1, *xs}
l = [*xs, 4]
c = 1 < x <= 3
e = a and b or not c
v = x if y else z
print(n := 10, n)
m = s[1:2, ::3]
