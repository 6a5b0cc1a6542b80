# What binds when found through an instance: Python functions do; built-in functions (abs,
# len, print), types, bound methods and callable instances stored on a class do not; a built-in
# type's own method (object.__hash__, list.append) still does. __new__ is implicitly static.
import math
class Callable:
    def __call__(self, *args):
        return ("called", len(args))
class Holder:
    def bound():
        pass
class C:
    fabs = abs
    flen = len
    fsqrt = math.sqrt
    ftype = int
    finst = Callable()
    fbound = [10, 20].index
    __hash__ = object.__hash__
    def meth(self, x):
        return ("meth", x)
c = C()
print(c.fabs(-6), C.fabs(-7), c.flen("abc"), c.fsqrt(16.0), c.ftype("12"))
print(c.finst(1, 2), c.fbound(20), c.meth(1), type(hash(c)))
C.late = abs
print(c.late(-3))
# a built-in type's method still binds when stored on a subclass
class L(list):
    add = list.append
l = L()
l.add(5)
print(l)
class N:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        pass
n = N(1)
m = n.__new__(N)
m = N.__new__(N, 2)
print(type(m).__name__)
