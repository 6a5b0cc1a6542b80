# MicroPython's str() returns a plain str even when __str__ returns a str subclass instance
# (cpydiff core_class_subclassret); CPython returns the subclass instance. Expected output in .exp.
class MyStr(str):
    def tag(self):
        return "<" + self + ">"


class Foo:
    def __str__(self):
        return MyStr("abc")


r = str(Foo())
print(type(r) is str, r, len(r), r == "abc")
m = MyStr("x")
print(type(str(m)) is str, str(m), m.tag(), type(m.tag()) is str)
