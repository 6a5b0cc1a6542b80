# del of a built-in type's attribute is refused (CPython TypeError, MicroPython AttributeError);
# user classes, subclasses of built-in types and instances still lose attributes on del
for t, name in ((int, "to_bytes"), (str, "upper"), (list, "append"), (object, "__init__")):
    try:
        delattr(t, name)
        print("deleted from", t.__name__)
    except (AttributeError, TypeError):
        print("refused on", t.__name__, hasattr(t, name))
try:
    del int.to_bytes
except (AttributeError, TypeError):
    print("AttributeError/TypeError")
print((5).to_bytes(1, "big"))


class C:
    def f(self):
        pass


del C.f
print(hasattr(C, "f"))
try:
    del C.f
except AttributeError:
    print("AttributeError")


class MyInt(int):
    extra = 1


del MyInt.extra
print(hasattr(MyInt, "extra"))
c = C()
c.x = 1
del c.x
print(hasattr(c, "x"))
