# yield from: delegation, return values, send and throw pass-through
def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'o1'
    return 'outer-result'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    next(g)
except StopIteration as e:
    print('final', e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * 10 for x in range(2)))))
def catcher():
    try:
        yield 1
    except KeyError:
        yield 'caught in inner'
def deleg():
    yield from catcher()
    yield 'outer continues'
d = deleg()
next(d)
print(d.throw(KeyError))
print(next(d))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def ret_only():
    return 5
    yield
def use():
    v = yield from ret_only()
    yield v * 2
print(list(use()))
