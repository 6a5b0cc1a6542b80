# sys.exc_info(): the exception being handled (in except and finally blocks, in called
# functions, across generator yields), or (None, None, None) outside any handler
import sys
print(sys.exc_info())
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(v).__name__)
    try:
        raise KeyError(1)
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
    def f():
        return sys.exc_info()[1]
    print(repr(f()))
print(sys.exc_info())
try:
    try:
        1/0
    finally:
        print("finally", sys.exc_info()[0])
except ZeroDivisionError:
    pass
def g():
    try:
        raise OSError(5)
    except OSError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it), sys.exc_info(), next(it), next(it))
