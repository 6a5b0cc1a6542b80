# obj.__class__ = C switches an instance's class; method and attribute caches follow it.
class A:
    greeting = "a"

    def hello(self):
        return "A.hello " + self.name

    @property
    def shout(self):
        return self.name.upper()


class B:
    greeting = "b"

    def hello(self):
        return "B.hello " + self.name

    @property
    def shout(self):
        return self.name + "!"


def run(o):
    # One call site, so its caches see both classes.
    return o.hello(), o.greeting, o.shout, type(o).__name__, o.__class__.__name__


o = A()
o.name = "x"
out = []
for i in range(6):
    out.append(run(o))
    o.__class__ = B if o.__class__ is A else A
print(out)
print(isinstance(o, A), isinstance(o, B), o.name, o.__dict__)


class Base:
    def who(self):
        return "base"


class Derived(Base):
    def who(self):
        return "derived/" + super().who()


b = Base()
b.__class__ = Derived
print(b.who(), type(b) is Derived)
d = b.__dict__
b.__class__ = Base
b.v = 1
print(d, b.who())
for bad in (3, int, object):
    try:
        b.__class__ = bad
    except TypeError as e:
        print("TypeError")


class L(list):
    pass


class L2(list):
    def first(self):
        return self[0]


l = L([1, 2])
l.__class__ = L2
print(l.first(), l, len(l))
try:
    l.__class__ = A
except TypeError:
    print("TypeError layout")


class Outer:
    class Inner:
        def m(self):
            pass


print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner().__class__.__qualname__, type(Outer()).__name__)
print(Outer.Inner.m.__qualname__, Outer.__qualname__, int.__name__, type(3).__name__, type("s").__qualname__)
