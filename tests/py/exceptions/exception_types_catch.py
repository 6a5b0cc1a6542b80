# catching by base class, tuple, and Exception vs BaseException
def raise_it(cls):
    raise cls('x')
for cls in [ValueError, KeyError, ZeroDivisionError, OverflowError, NotImplementedError, AttributeError]:
    try:
        raise_it(cls)
    except (LookupError, ArithmeticError) as e:
        print(cls.__name__, 'as lookup/arith', type(e).__name__)
    except RuntimeError:
        print(cls.__name__, 'as RuntimeError')
    except Exception as e:
        print(cls.__name__, 'as Exception', e.args)
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
try:
    raise GeneratorExit
except BaseException as e:
    print('caught', type(e).__name__)
