# augmented assignment on names, attributes and subscripts
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0x3C; print(x)
x |= 0x101; print(x)
x ^= 0xFF; print(x)
y = 7
y /= 2; print(y)
s = 'ab'
s += 'cd'; s *= 2; print(s)
l = [1]
m = l
l += [2, 3]
print(l, m, l is m)
l *= 2
print(m)
t = (1,)
u = t
t += (2,)
print(t, u)
class C:
    pass
c = C()
c.n = 1
c.n += 10
print(c.n)
d = {'k': 1}
d['k'] += 5
d['k'] *= 2
print(d)
arr = [1, 2, 3]
i = 0
arr[i + 1] -= 10
print(arr)
