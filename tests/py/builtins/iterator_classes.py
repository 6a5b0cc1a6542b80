# map, zip, filter, enumerate and reversed are classes: their objects have those types, they
# can be subclassed (the subclass iterates like the base), and have __iter__/__next__.
for cls in (map, zip, filter, enumerate, reversed):
    print(cls, isinstance(cls, type))
print(type(map(abs, [1])).__name__, type(zip()).__name__, type(filter(None, [])).__name__)
print(type(enumerate([])).__name__, type(reversed((1,))).__name__)
print(isinstance(map(abs, []), map), isinstance(zip(), map), isinstance(iter([]), zip))


class Plus10(map):
    pass


p = Plus10(lambda x: x + 10, range(3))
print(isinstance(p, map), type(p).__name__, list(p), list(p))


class Numbered(enumerate):
    def __init__(self, *args, **kw):
        self.note = "made"


n = Numbered("xy", start=5)
print(n.note, next(n), list(n))


class Tenfold(reversed):
    def __next__(self):
        return super().__next__() * 10


print(list(Tenfold((1, 2, 3))), [x for x in Tenfold((4,))])
it = iter([1, 2])
print(it.__next__(), iter(it) is it, it.__iter__() is it)
z = zip("ab", "cd")
print(z.__next__(), list(z))
try:
    map(abs, []).__next__()
except StopIteration:
    print("StopIteration")
