# sys.exc_info(): the exception being handled, seen from called functions too; None outside.
import sys


def show(tag):
    t, v, _ = sys.exc_info()
    print(tag, t, v if v is None else v.args)


show("start")
try:
    raise ValueError("value", 123)
except Exception:
    show("in except")
    try:
        raise KeyError("inner")
    except KeyError:
        show("nested")
    show("after nested")
show("after")


def returns_from_except():
    try:
        raise ZeroDivisionError("z")
    except ZeroDivisionError:
        show("in function")
        return 1


returns_from_except()
show("after return")


def gen():
    try:
        raise TypeError("g")
    except TypeError:
        yield 1
        show("generator resumed")


for _ in gen():
    pass
show("end")
print(len(sys.exc_info()))
