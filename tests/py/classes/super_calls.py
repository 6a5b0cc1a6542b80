# super() method calls (instance, classmethod, staticmethod, property, __new__, built-in bases,
# exceptions with super().__str__()), which load the function without a bound method.
class A:
    def __new__(cls, *a):
        print("A.__new__", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, x):
        print("A.__init__", x)
        self.x = x
    def m(self, k):
        return ("A.m", self.x, k)
    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)
    @staticmethod
    def s(v):
        return ("A.s", v)
    @property
    def p(self):
        return "A.p"
class B(A):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, x):
        super().__init__(x * 2)
    def m(self, k):
        return ("B", super().m(k), super().c(), super().s(3), super().p)
    @classmethod
    def c(cls):
        return ("B.c", super().c())
b = B(5)
print(b.m(1), B.c())
class E(ValueError):
    def __init__(self, v):
        super().__init__("bad", v)
        self.v = v
    def __str__(self):
        return "E:" + super().__str__()
try:
    raise E(3)
except ValueError as e:
    print(e.args, e.v, str(e))
class L(list):
    def append(self, v):
        super().append(v * 10)
l = L(); l.append(2); print(l)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
d = D(); d["a"] = 1; print(d)
