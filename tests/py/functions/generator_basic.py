# generator functions: laziness, StopIteration, return value
def gen(n):
    print('start')
    for i in range(n):
        print('yielding', i)
        yield i
    print('end')
g = gen(2)
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
try:
    next(g)
except StopIteration:
    print('still exhausted')
def with_return():
    yield 1
    return 'done'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value', e.value, e.args)
print(list(gen(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
print(sum(x for x in gen(0)))
def empty():
    return
    yield
print(list(empty()))
print(iter(g) is g)
