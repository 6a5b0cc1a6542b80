# list methods
l = [3, 1, 2]
l.append(5); print(l)
l.extend([7, 8]); print(l)
l.extend(range(2)); print(l)
l.insert(0, 'first'); print(l)
l.insert(-1, 'before-last'); print(l)
l.insert(100, 'end'); print(l)
l.insert(-100, 'start'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(2), l.index(7), l.count(7), l.count('zz'))
l2 = l.copy()
l2.reverse()
print(l, l2, l2 is not l)
l.clear(); print(l, len(l))
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    [1].remove(2)
except ValueError:
    print('ValueError remove')
try:
    [1].index(2)
except ValueError:
    print('ValueError index')
m = [1, 2, 3, 2, 1]
print(m.index(2, 2), m.index(1, 1))
