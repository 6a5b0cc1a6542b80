# Metaclasses: subclasses of type as the class of a class (__new__, __init__, __prepare__,
# __call__, methods and properties seen through the class, inheritance of the metaclass).
log = []


class Registry(type):
    classes = []

    @classmethod
    def __prepare__(mcs, name, bases):
        log.append(("prepare", mcs.__name__, name, len(bases)))
        return {"preset": name * 2}

    def __new__(mcs, name, bases, ns):
        ns["upper"] = name.upper()
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.ready = True
        log.append(("init", name, sorted(k for k in ns if not k.startswith("__"))))

    @property
    def label(cls):
        return "<" + cls.__name__ + ">"

    def describe(cls, sep="/"):
        return sep.join(c.__name__ for c in cls.__mro__)


class Base(metaclass=Registry):
    x = 1

    def m(self):
        return "m"


class Child(Base):
    y = 2


print(log)
print(Registry.classes)
print(type(Base).__name__, type(Child) is Registry, isinstance(Child, Registry), isinstance(Child, type))
print(Base.preset, Child.preset, Base.upper, Child.upper, Child.ready)
print(Base.label, Child.label, Child.describe(), Child.describe(sep=" < "))
print(Child().m(), Child().y)
# metaclass attributes are not seen from instances
try:
    Child().label
except AttributeError:
    print("no label on instances")
print(hasattr(Child(), "describe"), hasattr(Child, "describe"))


# a metaclass derived from the bases' one wins; unrelated ones conflict
class SubRegistry(Registry):
    pass


class Grand(Child, metaclass=SubRegistry):
    pass


print(type(Grand).__name__, Grand.label)


class Other(type):
    pass


try:

    class Bad(Base, metaclass=Other):
        pass

except TypeError:
    print("TypeError: metaclass conflict")

# calling the metaclass directly makes a class too
Made = Registry("Made", (Base,), {"z": 3})
print(type(Made).__name__, Made.z, Made.x, Made.upper, Made.preset if hasattr(Made, "preset") else "no preset")


# __call__ on the metaclass runs instead of __new__/__init__
class Singleton(type):
    def __call__(cls, *args, **kw):
        if "_one" not in cls.__dict__:
            cls._one = super().__call__(*args, **kw)
        return cls._one


class Config(metaclass=Singleton):
    def __init__(self, a, b=0):
        self.a, self.b = a, b


c1 = Config(1, b=2)
c2 = Config(5)
print(c1 is c2, c1.a, c1.b)


# metaclass __init__ with the wrong signature
class BadInit(type):
    def __init__(cls):
        pass


try:

    class Z(metaclass=BadInit):
        pass

except TypeError:
    print("TypeError: bad metaclass __init__")


# a plain function as metaclass
def as_dict(name, bases, ns):
    return {k: v for k, v in ns.items() if not k.startswith("__")}


class D(metaclass=as_dict):
    a = 1
    b = 2


print(D)
