# json.dumps/dump: the default= function converts what JSON cannot write (called again on its
# own result), separators must be a pair (ValueError for another length, TypeError otherwise).
import io
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Wrap:
    def __init__(self, inner):
        self.inner = inner


def conv(o):
    if isinstance(o, Point):
        return [o.x, o.y]
    if isinstance(o, Wrap):
        return o.inner
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot convert " + type(o).__name__)


print(json.dumps(Point(1, 2), default=conv))
print(json.dumps({"p": [Point(3, 4), {"q": Point(5, 6)}], "s": {3, 1, 2}}, default=conv))
print(json.dumps(Wrap(Wrap(Point(7, 8))), default=conv))
print(json.dumps([1, "a", None], default=conv))
print(json.dumps(Point(1, 2), default=conv, separators=(",", ":")))

s = io.StringIO()
json.dump([Point(9, 9)], s, default=conv)
print(s.getvalue())

for bad, d in [(object(), conv), (Point(1, 1), 123), (Point(1, 1), None)]:
    try:
        print(json.dumps(bad, default=d))
    except TypeError:
        print("TypeError")


# default may build new containers with fresh objects in them
def fresh(o):
    return {"made": [str(i) * 3 for i in range(o.x)]}


print(json.dumps([Point(3, 0), Point(2, 0)], default=fresh))

for sep in [(), [","], (",", ":", "?"), ["a", "b", "c", "d"]]:
    try:
        json.dumps([1], separators=sep)
    except ValueError:
        print("ValueError", len(sep))
for sep in [1, object()]:
    try:
        json.dumps([1], separators=sep)
    except TypeError:
        print("TypeError")
