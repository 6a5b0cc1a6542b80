# set operators with small ints and set comprehensions
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:5], len(evens | threes), len(evens ^ threes))
a = set(range(5))
a |= {10}
a &= {0, 1, 2, 10, 11}
a -= {1}
a ^= {2, 3}
print(sorted(a))
print(3 in a, 1 in a, len(a), bool(set()), bool({0}))
print(set([1, 2]) == frozenset([2, 1]), {1, 2} != {1}, {1} | frozenset([2]) == {1, 2})
dedup = sorted(set([5, 3, 5, 1, 3]))
print(dedup)
words = ['b', 'a', 'b', 'c', 'a']
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order, len(seen))
