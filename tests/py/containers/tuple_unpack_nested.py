# nested tuple packing and unpacking in loops and returns
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 9, 1, 7])
print(lo, hi)
records = [('ann', (30, 'nyc')), ('bob', (25, 'sf'))]
for name, (age, city) in records:
    print(name, age, city)
(a, (b, (c, d))) = (1, (2, (3, 4)))
print(a + b + c + d)
pts = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pts)
print(xs, ys, sum(xs), sum(ys))
t = ()
t += (1,)
t += (2, 3)
print(t, t[1:], len(t))
one, = [42]
print(one)
[p, q] = 'pq'
print(p, q)
