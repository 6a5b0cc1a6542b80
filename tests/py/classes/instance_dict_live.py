# obj.__dict__ is the object's live namespace: writes through it are attribute writes and
# attribute writes show in a dict fetched earlier.
class P:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = P(1, 2)
d = p.__dict__
print(d, d is p.__dict__, type(d).__name__, isinstance(d, dict), len(d), "x" in d, "kind" in d)
d["x"] = 10
print(p.x, p.norm1())
p.y = 20
p.z = 30
print(d, d["y"], d.get("z"), sorted(d.keys()), sorted(d.values()), sorted(d.items()))
del d["z"]
print(hasattr(p, "z"), d)
del p.y
print(d, hasattr(p, "y"))
d.update({"y": 5, "w": 6})
print(p.y, p.w, p.norm1())
print(d.pop("w"), hasattr(p, "w"), d.pop("w", "gone"), d.setdefault("y", 0), d.setdefault("q", 7), p.q)
print(d.popitem(), hasattr(p, "q"), list(d), [k for k in d], len(d))
d.clear()
print(d, hasattr(p, "x"), p.kind)
p.x = 1
print(d, p.__dict__ is d)
# A second instance of the class is unaffected; its stores show in its own dict only.
q = P(3, 4)
dq = q.__dict__
q.x = 33
print(dq, d, q.x, q.norm1())
# Methods on the class keep working through the attribute caches after __dict__ use.
for i in range(5):
    q.y = i
print(dq["y"], q.y, q.norm1())


class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)


c = Config(host="h", port=1)
print(c.host, c.port, c.__dict__)
c.port += 1
print(c.__dict__["port"], sorted(c.__dict__))


class Record:
    def __init__(self, data):
        for k, v in data.items():
            setattr(self, k, v)


r = Record({"a": 1, "b": 2})
print(r.__dict__, {k: v * 2 for k, v in r.__dict__.items()})
r.__dict__ = {"c": 3}
print(r.c, hasattr(r, "a"), r.__dict__)
r.d = 4
print(r.__dict__)


class WithSetattr:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)


w = WithSetattr()
wd = w.__dict__
w.a = 1
print(wd, w.a)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
print(hasattr(s, "__dict__"))
import json

print(json.dumps(p.__dict__), json.dumps(P(5, 6).__dict__), dict(q.__dict__), {**q.__dict__, "k": 1})


def f():
    pass


f.tag = 1
print(f.__dict__)


# A store site warmed up before any __dict__ was fetched must keep the dict in step after.
class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v


cells = [Cell(), Cell()]
for i in range(10):
    for c in cells:
        c.set(i)
seen = cells[1].__dict__
for i in range(10, 13):
    for c in cells:
        c.set(i)
print(seen, cells[0].v, cells[1].v, cells[0].__dict__)
