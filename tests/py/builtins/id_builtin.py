# id: equal for the same object, different for distinct live objects
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int))
objs = [object() for _ in range(5)]
print(len(set(id(o) for o in objs)))
print(id(None) == id(None), id(len) == id(len))
