# assert statements
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError', e.args, str(e))
try:
    x = []
    assert x, 'empty list: %d' % len(x)
except AssertionError as e:
    print(e)
def check(v):
    assert isinstance(v, int), v
    return v * 2
print(check(4))
try:
    check('s')
except AssertionError as e:
    print('bad value', e.args)
print(issubclass(AssertionError, Exception))
