# Keywords in a class statement (other than metaclass=) reach the parent's __init_subclass__,
# or the metaclass; with neither to take them, TypeError.
class Base:
    registry = []

    def __init_subclass__(cls, tag="none", **kw):
        print("init_subclass", cls.__name__, tag, sorted(kw))
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))


class One(Base, tag="one"):
    pass


class Two(One):
    pass


try:

    class Three(Base, tag="three", extra=1):
        pass

except TypeError:
    print("TypeError from object.__init_subclass__")
print(Base.registry)


class Plain:
    pass


try:

    class Bad(Plain, flag=True):
        pass

except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)


class WithMeta(metaclass=Meta, size=3):
    pass


class Pass(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)


class ViaTypeNew(Base, metaclass=Pass, tag="via"):
    pass


print(type(WithMeta).__name__, Base.registry[-1])
