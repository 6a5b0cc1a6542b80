# issubclass with tuples and builtin types
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in (Base, Mid, Leaf):
    print(cls.__name__, [issubclass(cls, c) for c in (Base, Mid, Leaf, object)])
print(issubclass(Leaf, (int, Mid)), issubclass(int, (str, bytes)), issubclass(bool, (int,)))
print(issubclass(list, object), issubclass(dict, object), issubclass(type, object))
try:
    issubclass(Leaf(), Base)
except TypeError:
    print('TypeError instance as first arg')
