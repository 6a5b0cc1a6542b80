# repr of subclass instances of built-in types without their own __repr__: MicroPython prints
# the built-in value (CPython names the subclass for set, frozenset and bytearray), so the
# expected output (.exp) is MicroPython's.
class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


class MyBuf(bytearray):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyBytes(bytes):
    pass


print(MySet([1]), MyFrozen([2]), MyBuf(b"ab"), [MySet()], repr(MyBuf()))
print(MyList([1]), MyDict(a=1), MyTuple((1,)), MyStr("s"), [MyStr("s")], MyInt(3), MyFloat(1.5), MyBytes(b"x"))
