# f.__globals__ is the live globals dict of the function's module, and cannot be replaced
def foo():
    return bar


print(type(foo.__globals__))
print(foo.__globals__ is globals())
foo.__globals__["bar"] = 123
print(bar, foo())
try:
    foo.__globals__ = None
except AttributeError:
    print("AttributeError")
g = {}
exec("def h():\n    return 7", g)
print(g["h"].__globals__ is g or "h" in g["h"].__globals__)
print((lambda: 0).__globals__ is globals())
