# The container special methods of built-in types called by name, directly and through a
# subclass's super().
d = {"a": 1}
d.__setitem__("b", 2)
print(d.__getitem__("b"), d.__contains__("a"), d.__len__())
d.__delitem__("a")
print(d, sorted(d.__iter__()))
s = {1, 2}
print(s.__contains__(1), s.__contains__(3), s.__len__(), frozenset([4]).__contains__(4))
l = [1, 2, 3]
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, l.__len__(), l.__getitem__(-1), l.__contains__(9), list(l.__iter__()))
print((1, 2).__getitem__(0), (1, 2).__len__(), b"ab".__contains__(97), range(5).__getitem__(2), range(3).__len__())
ba = bytearray(b"xyz")
ba.__setitem__(0, 65)
ba.__delitem__(2)
print(ba, ba.__len__())
print(list.__len__([1, 2]), dict.__getitem__({1: 2}, 1))
try:
    d.__delitem__("zz")
except KeyError:
    print("KeyError")
class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def __len__(self):
        return super().__len__() * 10
g = Logged([5, 6])
g[0] = 7
print(g[0], len(g), g[1:])
