# nested try statements and re-raising
def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    except IndexError:
        print('not here')
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except KeyError as e:
        print('level1 caught', e.args)
        raise
try:
    level1()
except LookupError as e:
    print('top caught', type(e).__name__)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
except TypeError as e:
    print('replaced by', type(e).__name__, e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
        raise
except ZeroDivisionError as e2:
    print('same object', e2 is err)
def swallow():
    try:
        raise RuntimeError('x')
    except RuntimeError:
        pass
    return 'swallowed'
print(swallow())
try:
    try:
        raise ValueError
    finally:
        print('finally before propagation')
except ValueError:
    print('propagated')
