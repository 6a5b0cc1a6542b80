# iterating while building new lists; enumerate/zip over lists
l = [1, 2, 3, 4, 5, 6]
print([x for x in l if x % 2])
evens = []
for i, x in enumerate(l):
    if x % 2 == 0:
        evens.append((i, x))
print(evens)
l2 = l[:]
for x in l2:
    if x > 3:
        l.remove(x)
print(l, l2)
stack = [1]
out = []
while stack:
    v = stack.pop()
    out.append(v)
    if v < 20:
        stack.extend([v * 2, v * 2 + 1])
print(out)
q = [0]
i = 0
while i < len(q) and len(q) < 10:
    q.append(q[i] + 1)
    q.append(q[i] + 2)
    i += 1
print(q)
