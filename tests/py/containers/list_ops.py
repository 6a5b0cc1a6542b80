# list operators, nesting and aliasing
a = [1, 2, 3]
b = a + [4]
print(a, b, a * 2, [0] * 5, [] * 3, 2 * [None])
print(a == [1, 2, 3], a < [1, 2, 4], [2] > [1, 9], 1 in a, 5 not in a)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
c = a
c.append(4)
print(a, c is a)
print(len(a), a[-1], a[1:3], list(reversed(a)), sum(a), min(a), max(a))
n = [[1, [2, 3]], [4]]
print(n[0][1][1], len(n), n[1] + n[0])
x = list(range(5))
x[1:4] = 'abc'
print(x)
x[:] = []
print(x)
print(list('hi'), list((1, 2)), list({1: 'a'}), list(range(3, 0, -1)))
e = []
e += 'ab'
print(e)
print([1, 2, 3][::-1], [[]] * 2, [x * 2 for x in [1, 2]])
