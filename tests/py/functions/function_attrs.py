# functions are objects: names, attributes, passing around
def f(a, b):
    return a - b
print(f.__name__, callable(f), callable(1))
g = f
print(g(5, 3), g.__name__)
funcs = [abs, len, f]
print([fn(-3) if fn is abs else fn for fn in funcs][0], f in funcs)
def apply(fn, *args):
    return fn(*args)
print(apply(f, 10, 4), apply(max, 3, 9, 2), apply(str.upper, 'x'))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
print((lambda: 0).__name__)
d = {'sub': f, 'neg': lambda x: -x}
print(d['sub'](1, 2), d['neg'](5))
class C:
    def m(self):
        return 'method'
bound = C().m
print(bound(), C.m(C()))
