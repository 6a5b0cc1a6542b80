# range objects
r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1))
print(list(range(0)), list(range(-3)), list(range(2, 8, 2)), list(range(8, 2, -2)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)))
print(r[0], r[-1], r[3], range(1, 20, 4)[2], range(10, 0, -2)[-1])
print(list(r[2:8:2]), r[::-1], r[1:3])
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(0, 10, 2).start, range(0, 10, 2).stop, range(0, 10, 2).step)
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError zero step')
try:
    r[10]
except IndexError:
    print('IndexError')
print(list(range(-5, 5, 3)), list(range(5, -5, -3)))
