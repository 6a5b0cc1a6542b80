# list indexing errors and negative indices
l = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4]:
    try:
        print(i, l[i])
    except IndexError:
        print(i, 'IndexError')
for i in [3, -4]:
    try:
        l[i] = 0
    except IndexError:
        print('store', i, 'IndexError')
try:
    del l[5]
except IndexError:
    print('del IndexError')
try:
    l['a']
except TypeError:
    print('TypeError str index')
l[-1] = 'last'
print(l, l[-len(l)])
try:
    [].pop(0)
except IndexError:
    print('pop IndexError')
try:
    [1, 2].pop(5)
except IndexError:
    print('pop out of range')
