# multiple inheritance without diamonds: lookup goes left to right, depth first
class A:
    def who(self):
        return 'A'
    def only_a(self):
        return 'only in A'
class B:
    def who(self):
        return 'B'
    def only_b(self):
        return 'only in B'
class C(A, B):
    pass
class D(B, A):
    pass
c, d = C(), D()
print(c.who(), d.who(), c.only_a(), c.only_b(), d.only_a())
print(isinstance(c, A), isinstance(c, B), issubclass(D, A))
class Mixin:
    def greet(self):
        return 'hello from ' + self.name()
class Named:
    def name(self):
        return 'Named'
class Thing(Mixin, Named):
    pass
print(Thing().greet())
class X:
    attr = 'X'
class Y(X):
    pass
class Z:
    attr = 'Z'
class W(Y, Z):
    pass
print(W.attr, W().attr)
