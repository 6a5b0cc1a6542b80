# `del obj.name` calls the descriptor's __delete__ when the class holds one.
class D:
    def __get__(self, obj, cls):
        return "got"
    def __set__(self, obj, val):
        print("set", val)
    def __delete__(self, obj):
        print("delete", type(obj).__name__)
class OnlyDelete:
    def __delete__(self, obj):
        print("only delete")
class M:
    d = D()
    od = OnlyDelete()
m = M()
print(m.d)
m.d = 3
del m.d
del m.od
m.plain = 1
del m.plain
try:
    del m.plain
except AttributeError:
    print("AttributeError")
