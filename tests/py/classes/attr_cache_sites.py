# One attribute site sees many receivers: the per-site caches must notice every change that
# alters what `obj.name` means (class edits, shadowing, properties, __class__, deletes).


class A:
    tag = "A-class"

    def __init__(self, x):
        self.x = x

    def get(self):
        return "A.get"


class B:
    tag = "B-class"

    def __init__(self, x):
        self.y = 0
        self.x = x

    def get(self):
        return "B.get"


def read_x(o):
    return o.x


def read_tag(o):
    return o.tag


def call_get(o):
    return o.get()


def write_x(o, v):
    o.x = v


objs = [A(1), B(2), A(3), B(4)]
print([read_x(o) for o in objs])
print([read_tag(o) for o in objs])
print([call_get(o) for o in objs])
for i, o in enumerate(objs):
    write_x(o, i * 10)
print([read_x(o) for o in objs])

# Instance attribute shadows the class attribute and then the method.
a = A(5)
print(read_tag(a))
a.tag = "own"
print(read_tag(a), read_tag(A(0)))
del a.tag
print(read_tag(a))
a.get = lambda: "instance lambda"
print(call_get(a), call_get(A(0)))
del a.get
print(call_get(a))

# Class attribute changed, method replaced, then deleted.
A.tag = "A-changed"
print(read_tag(a))
A.get = lambda self: "A.get replaced"
print(call_get(a))
del A.get
try:
    call_get(a)
except AttributeError as e:
    print("AttributeError", e)
A.get = lambda self: "A.get back"
print(call_get(a))

# A property added to the class after instances exist takes over reads and writes.
seen = []


def px_get(self):
    seen.append("get")
    return getattr(self, "_x", 0) * 100


def px_set(self, v):
    seen.append("set")
    self._x = v + 1


A.x = property(px_get, px_set)
print(read_x(a))
write_x(a, 7)
print(read_x(a), seen)
del A.x
print(read_x(a))

# Attribute positions differ between instances of one class.
class P:
    pass


p1 = P()
p1.a = 1
p1.b = 2
p2 = P()
p2.b = 20
p2.a = 10


def read_b(o):
    return o.b


print([read_b(o) for o in (p1, p2, p1, p2)])
del p1.a
print(read_b(p1), read_b(p2))
try:
    read_b(P())
except AttributeError:
    print("no b")

# __getattr__ added later.
class G:
    def __init__(self):
        self.b = "own b"


g = G()
print(read_b(g))
G.__getattr__ = lambda self, name: "fallback " + name


def read_c(o):
    return o.c


print(read_c(g), read_b(g))

# __setattr__ added later intercepts the cached store site.
class S:
    pass


s = S()
write_x(s, 1)
write_x(s, 2)
print(s.x)
log = []


def s_setattr(self, name, v):
    log.append((name, v))
    object.__setattr__(self, name, v * 2)


S.__setattr__ = s_setattr
write_x(s, 3)
print(s.x, log)

# __slots__ classes refuse new attributes at a cached site.
class Slotted:
    __slots__ = ("x",)


sl = Slotted()
write_x(sl, 9)
print(read_x(sl))
try:
    sl.y = 1
except AttributeError:
    print("slots refuse y")

# Methods on built-in values go through the method cache too.
def upper(v):
    return v.upper()


print([upper(v) for v in ("ab", b"cd", "ef")])
class MyList(list):
    def append(self, v):
        list.append(self, v * 2)


def add(seq, v):
    seq.append(v)
    return seq


print(add([], 1), add(MyList(), 1), add([], 2))
