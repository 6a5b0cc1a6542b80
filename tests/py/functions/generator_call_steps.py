# send(), __next__() and next() called from Python code on generators and coroutines: the
# interpreter runs the generator's frame in its own loop for these calls (Resume::Call), so
# yields, returns (StopIteration with the value), exceptions, PEP 479, re-entry, delegation,
# next() with a default and recursion limits must all behave as the native methods do.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total * 10
        total += v

g = acc()
print(next(g))
for i in range(5):
    print(g.send(i))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    next(g)
except StopIteration as e:
    print("stop again", e.value)

def boom():
    yield 1
    raise ValueError("x")
b = boom()
print(b.__next__())
try:
    b.__next__()
except ValueError as e:
    print("ValueError", e)

def stopper():
    yield 1
    raise StopIteration
s = stopper()
next(s)
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError", e)

g = acc()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)

def inner():
    x = yield 1
    y = yield x + 1
    return y
def outer():
    r = yield from inner()
    yield r * 2
o = outer()
print(next(o), o.send(10), o.send(21))
try:
    o.send(0)
except StopIteration as e:
    print("done", e.value)

def selfref():
    yield g2.send(None)
g2 = selfref()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)

print(next(iter([1, 2])), next(iter([]), 'dflt'))
def one():
    yield 1
x = one()
print(next(x, 'd'), next(x, 'd'))

class C:
    def __init__(self):
        self.g = acc()
        next(self.g)
    def add(self, v):
        return self.g.send(v)
c = C()
print([c.add(i) for i in range(4)])

def deep(n):
    if n == 0:
        return 0
    g = (deep(n - 1) for _ in range(1))
    return next(g) + 1
try:
    print(deep(100000))
except RuntimeError as e:
    print("RuntimeError", e)

async def co():
    return 42
c = co()
try:
    c.send(None)
except StopIteration as e:
    print("coro", e.value)

# The same calls through bound methods kept in variables and via getattr.
g = acc()
step = g.send
print(next(g), step(3), step(4), getattr(g, "send")(5))
nx = g.__next__
try:
    print(nx())
except StopIteration as e:
    print("stop", e.value)
