# max and min with key and default
print(max(1, 5, 3), min(1, 5, 3), max([4, 9, 2]), min((4, 9, 2)), max('hello'), min('hello'))
print(max([1, 2], [1, 3]), min('b', 'a', 'c'), max(-1, -1.5), min(2, 1.5))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max([], default='empty'), min([], default=None), max([3], default=0))
print(max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min(range(5, 10)))
print(max([3, 1, 3], key=lambda x: x), max([2, 2, 1], key=lambda x: -x))
pairs = [('x', 2), ('y', 2), ('z', 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
try:
    max([])
except ValueError:
    print('ValueError empty')
try:
    min(1, 'a')
except TypeError:
    print('TypeError')
