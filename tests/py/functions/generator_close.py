# generator.close and GeneratorExit
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally')
g = gen()
print(next(g))
print(g.close())
print(g.close())
try:
    next(g)
except StopIteration:
    print('closed generator raises StopIteration')
g2 = gen()
g2.close()
print('closing unstarted generator runs nothing')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored exit'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print('RuntimeError: generator ignored GeneratorExit')
def returns_in_finally():
    try:
        yield 1
    finally:
        print('cleanup ran')
r = returns_in_finally()
next(r)
r.close()
def done():
    yield 1
d = done()
list(d)
d.close()
print('close after exhaustion ok')
