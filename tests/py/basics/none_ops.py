# None singleton
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, x != 0)
print(bool(x), not x)
def f():
    pass
print(f(), f() is None)
def g():
    return
print(g())
d = {}
print(d.get('a'), [].sort(), print('inner'))
l = [None, 1, None]
print(l.count(None), l.index(None), None in l)
print([v for v in [0, None, '', 5] if v is not None])
y = None
y = y or 10
print(y)
