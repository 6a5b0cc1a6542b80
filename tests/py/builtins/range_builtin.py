# range as used by loops and indexing
total = 0
for i in range(1, 11):
    total += i
print(total)
print([i for i in range(10, 0, -3)], list(range(-5, 5, 4)), list(range(3, -3, -2)))
r = range(5, 50, 5)
print(r[4], 25 in r, 26 in r, 45 in r, 50 in r)
print(list(zip(range(3), range(10, 13))))
print([range(3)[i] for i in (-1, -2, -3)])
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], list(range(0, 100, 7)[::5]))
try:
    range(1.5)
except TypeError:
    print('TypeError float arg')
