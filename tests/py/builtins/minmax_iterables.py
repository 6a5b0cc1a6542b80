# max/min over generators, strings, dict keys and with key functions
print(max(x * x % 17 for x in range(20)), min(c for c in 'python'))
d = {'a': 5, 'b': 9, 'c': 1}
print(max(d), min(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
print(max('apple', 'Apple', 'b'), min([3, 1], [2, 9]), max((1, 2), (1, 2, 0)))
print(max(range(10), key=lambda v: (v % 4, -v)), min(range(1, 10), key=lambda v: abs(v - 5.4)))
print(max([True, 2, 1.5]), min([-1, False]))
