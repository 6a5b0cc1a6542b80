# del on names, list items, dict keys, attributes and slices
x = 5
del x
try:
    x
except NameError:
    print('x deleted')
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e.args)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, 'a'), hasattr(c, 'b'))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print('a deleted')
def f():
    y = 1
    del y
    try:
        return y
    except NameError:
        return 'local deleted'
print(f())
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
