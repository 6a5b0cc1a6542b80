# __call__ defined as a staticmethod or classmethod is called without the instance (or with
# the class); a staticmethod object is itself callable (CPython 3.10+).
class Static:
    @staticmethod
    def __call__(*args):
        return ("static", args)


class ClassCall:
    @classmethod
    def __call__(cls, *args, **kw):
        return ("class", cls.__name__, args, sorted(kw))


class Sub(ClassCall):
    pass


print(Static()(), Static()(1, 2))
print(ClassCall()(3), Sub()(4, k=5))
sm = staticmethod(len)
print(sm([1, 2, 3]))
try:
    classmethod(len)([1])
except TypeError:
    print("TypeError")
try:
    object()()
except TypeError:
    print("TypeError")
