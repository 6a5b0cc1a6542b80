# exception args and str()
for e in [ValueError(), ValueError('one'), ValueError('a', 'b'), KeyError('k'), Exception(1, [2]), IndexError(5)]:
    print(type(e).__name__, e.args, len(e.args))
print(str(ValueError('msg')), str(ValueError()), str(ValueError('a', 2)), str(Exception(42)))
e = RuntimeError('x', 'y')
print(e.args[1], isinstance(e.args, tuple))
try:
    raise TypeError('bad type', 3)
except TypeError as err:
    print(err.args, str(err))
print(repr(str(Exception(''))))
def get_args(exc_type):
    try:
        raise exc_type('payload')
    except Exception as e:
        return e.args
print([get_args(t) for t in (ValueError, KeyError, OSError, RuntimeError)])
