# generator expressions
g = (x * 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(s) for s in ['aa', 'b']))
print(list((x, y) for x in range(3) for y in range(x)))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
it = iter([1, 2, 3])
g2 = (v * 10 for v in it)
print(next(g2))
print(next(it))
print(list(g2))
def src():
    for i in range(3):
        print('produce', i)
        yield i
lazy = (v + 100 for v in src())
print('nothing produced yet')
print(next(lazy))
print(list(lazy))
print(sorted(c for c in 'hello'), tuple(str(i) for i in range(3)))
print(dict((k, v) for k, v in zip('ab', [1, 2])), set(x % 3 for x in range(9)) == {0, 1, 2})
nested = ((i, j) for i in range(2) for j in (i, i + 1))
print(list(nested))
