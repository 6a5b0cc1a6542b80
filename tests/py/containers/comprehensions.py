# list, dict, set comprehensions and nested forms
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print(sorted({x % 4 for x in range(20)}))
print([c.upper() for c in 'hey' if c != 'e'])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m])
print([[row[i] for row in m] for i in range(3)])
print([x if x % 2 else -x for x in range(5)])
x = 'unchanged'
print([x for x in 'ab'], x)
print(sum(i for i in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x * 2 for x in (1, 2)), tuple(i for i in 'xy'))
fns = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fns])
print([(i, j) for i in range(3) if i for j in 'ab' if j != 'a'])
