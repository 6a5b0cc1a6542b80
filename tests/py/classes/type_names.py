# __class__, __name__, __qualname__ and __module__ of classes, instances and built-in values.
class P:
    class Inner:
        def m(self):
            pass


print(P.__module__, type(P()).__module__, P().__class__.__module__, P.Inner.__qualname__, P.Inner.m.__qualname__)
print((1).__class__.__name__, "s".__class__.__name__, [].__class__.__qualname__, (1.5).__class__ is float)
print(type(None).__name__, type(print).__name__, type(P).__name__, P.__class__.__name__, type(len).__name__)
print(P.__class__ is type, type.__class__ is type, (lambda: 0).__class__.__name__, {}.__class__ is dict)


def f():
    pass


print(f.__name__, f.__qualname__, f.__module__, type(f).__name__, f.__class__.__name__)
import json

print(json.__name__, json.__class__.__name__, type(json).__name__)
