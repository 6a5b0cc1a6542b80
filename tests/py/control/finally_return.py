# return inside try/except/finally
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
def f3():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        print('f3 finally')
def f4():
    try:
        raise ValueError
    finally:
        return 'swallowed'
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('f5 x now', x)
def f6():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('f6 finally')
    return 'end'
def f7():
    try:
        try:
            return 'inner'
        finally:
            print('f7 inner finally')
    finally:
        print('f7 outer finally')
for f in (f1, f2, f3, f4, f5, f6, f7):
    print(f.__name__, f())
