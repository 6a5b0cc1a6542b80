# raise ... from ...: the new exception propagates
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('cannot convert %r' % s) from e
try:
    convert('x')
except TypeError as e:
    print('TypeError', e.args)
print(convert('12'))
try:
    raise KeyError('a') from None
except KeyError as e:
    print('KeyError', e.args)
def nested():
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    nested()
except RuntimeError as e:
    print('RuntimeError', e.args)
