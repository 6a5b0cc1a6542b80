# enumerate, zip, map and filter composed
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(list(map(lambda t: '%s:%d' % t, zip(names, ages))))
print(list(filter(lambda t: t[1] > 30, zip(names, ages))))
print(dict(zip(names, map(len, names))), list(zip(*enumerate('ab'))))
print(sorted(zip(ages, names)), list(enumerate(reversed(names))))
