# identity vs equality
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
def f():
    pass
g = f
print(g is f, f == g)
print(id(a) == id(b), id(a) == id(c))
x = object()
y = object()
print(x is y, x == y, x is x)
print(type(1) is int, type('') is str, type([]) is list, type(None) is type(None))
