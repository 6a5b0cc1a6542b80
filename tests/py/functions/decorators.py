# function decorators, stacked and parameterised
def trace(f):
    def wrapper(*args, **kw):
        print('call', f.__name__, args)
        r = f(*args, **kw)
        print('ret', r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
def tag(t):
    def deco(f):
        def wrapper():
            return '<%s>%s</%s>' % (t, f(), t)
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'word'
print(text())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
