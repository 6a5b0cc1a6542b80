# collections.OrderedDict: a dict subclass that keeps insertion order, with move_to_end and
# popitem(last=). (Its repr differs from CPython 3.11: see collections_ordereddict_repr.py.)
from collections import OrderedDict

d = OrderedDict([("z", 1), ("a", 2)])
d["w"] = 5
d["b"] = 3
for k, v in d.items():
    print(k, v)
print(list(d), list(d.values()), len(d), "z" in d, "q" in d, d["a"], d.get("q"))
print(isinstance(d, dict), isinstance(d, OrderedDict), type(d).__name__)

d.move_to_end("z")
print(list(d))
d.move_to_end("b", last=False)
print(list(d))
d.move_to_end("b", False)
print(list(d.keys()))
print(d.popitem(), d.popitem(last=False), list(d.items()))
try:
    d.move_to_end("nope")
except KeyError:
    print("KeyError")
try:
    OrderedDict().popitem()
except KeyError:
    print("KeyError empty")

# Equality: order matters between OrderedDicts, not against a dict.
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == {"b": 2, "a": 1}, x == y, x != y, x == OrderedDict(x), x != {})

c = x.copy()
c["new"] = 1
print(type(c).__name__, list(c), list(x))
del c["new"]
print(list(c), c.pop("a"), list(c))
c.update([(1, 1)], k=2)
print(list(c.items()), c.setdefault("k", 0), c.setdefault("j", 0), list(c.values()))
print(dict(OrderedDict(x=1, y=2)), OrderedDict(x=1) == OrderedDict(x=1))

# Order survives deletes and re-inserts.
o = OrderedDict()
for i in range(10):
    o[i] = i * i
for i in range(0, 10, 3):
    del o[i]
o[0] = "again"
print(list(o.items()))
