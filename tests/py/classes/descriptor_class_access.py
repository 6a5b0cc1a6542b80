# A descriptor read through its class calls __get__(None, cls), as read through an instance
# calls __get__(obj, type(obj)); objects without __get__ come back as they are.
class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return ("class", owner.__name__)
        return ("instance", type(obj).__name__)


class Factory:
    def __get__(self, obj, owner):
        return lambda *a: (obj is None, owner.__name__, a)


class NoGet:
    pass


class Base:
    d = Desc()
    make = Factory()
    plain = NoGet()


class Sub(Base):
    pass


print(Base.d, Base().d, Sub.d, Sub().d)
print(Base.make(1), Sub().make(2, 3), getattr(Sub, "make")())
print(type(Base.plain).__name__, type(Base.__dict__["d"]).__name__)
for _ in range(2):
    print(Sub.d)


class Selfish:
    def __get__(self, obj, owner):
        return self if obj is None else 42


class Holder:
    s = Selfish()


print(type(Holder.s).__name__, Holder().s)
