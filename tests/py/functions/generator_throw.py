# generator.throw
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('gen caught', e.args)
        yield 'recovered'
    yield 'after'
g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
try:
    next(g)
except StopIteration:
    print('done')
def plain():
    yield 1
    yield 2
p = plain()
next(p)
try:
    p.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e.args)
try:
    next(p)
except StopIteration:
    print('generator closed after uncaught throw')
def fin():
    try:
        yield 'a'
    finally:
        print('fin cleanup')
f = fin()
next(f)
try:
    f.throw(IndexError)
except IndexError:
    print('IndexError after cleanup')
g3 = plain()
try:
    g3.throw(TypeError('unstarted'))
except TypeError as e:
    print('thrown into unstarted', e.args)
