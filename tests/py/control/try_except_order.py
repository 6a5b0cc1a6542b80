# the first matching except clause wins; base classes catch subclasses
def test(exc):
    try:
        raise exc
    except KeyError:
        return 'KeyError clause'
    except LookupError:
        return 'LookupError clause'
    except ArithmeticError:
        return 'ArithmeticError clause'
    except Exception:
        return 'Exception clause'
for e in [KeyError('k'), IndexError(1), ZeroDivisionError(), OverflowError(), ValueError(), TypeError()]:
    print(type(e).__name__, '->', test(e))
try:
    raise IndexError
except (KeyError, IndexError) as e:
    print('tuple clause', type(e).__name__)
try:
    raise StopIteration
except Exception as e:
    print('StopIteration is an Exception', type(e).__name__)
try:
    try:
        raise ValueError('x')
    except TypeError:
        print('wrong')
except ValueError as e:
    print('outer got', e)
