# collections.deque: appends and pops at both ends, maxlen, indexing, iteration.
from collections import deque

d = deque()
print(len(d), bool(d), d)
d.append(1)
d.append(2)
d.appendleft(0)
print(len(d), bool(d), d, list(d), d[0], d[-1], d[1])
print(d.pop(), d.popleft(), d)
d.extend([5, 6, 7])
d.extendleft([9, 8])
print(d, 5 in d, 4 in d, d.count(5), d.index(6))
d[0] = "x"
del d[1]
print(d, [x for x in d])
d.rotate(2)
print(d)
d.rotate(-1)
print(d)
d.reverse()
print(d)
d.remove(5)
print(d, d.maxlen)

# maxlen: a full deque drops items from the other end.
b = deque((1, 2, 3), 3)
b.append(4)
print(b, b.maxlen)
b.appendleft(0)
print(b)
b.extend(range(10))
print(b)
z = deque([], 0)
z.append(1)
print(z, len(z))

c = deque([1, 2], maxlen=5)
print(c, c == deque([1, 2]), c == [1, 2], c != deque([2, 1]))
print(c.copy(), c.copy() is c)
c.clear()
print(c, len(c))

for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]):
    try:
        bad()
    except IndexError:
        print("IndexError")
try:
    deque([1]).remove(2)
except ValueError:
    print("ValueError")
try:
    hash(deque())
except TypeError:
    print("TypeError")

a, b2, c2 = deque("abc")
print(a, b2, c2, sorted(deque([3, 1, 2])), sum(deque(range(5))), max(deque([4, 9, 2])))
q = deque()
for i in range(1000):
    q.append(i)
t = 0
while q:
    t += q.popleft()
print(t, deque([deque([1])]))
