# hashing and equality that recurse through user __hash__/__eq__ raise RuntimeError (CPython:
# RecursionError) at the recursion limit; set and dict stay usable afterwards
class Link:
    def __init__(self, nxt):
        self.nxt = nxt
    def __hash__(self):
        return hash(self.nxt) + 1
    def __eq__(self, other):
        return isinstance(other, Link) and self.nxt == other.nxt

def chain(n):
    v = 0
    for i in range(n):
        v = Link(v)
    return v

deep = chain(3000)
for name, fn in [("hash", lambda: hash(deep)), ("set", lambda: {deep}), ("dict", lambda: {deep: 1}),
                 ("eq", lambda: deep == chain(3000))]:
    try:
        fn()
        print(name, "returned")
    except RuntimeError:
        print(name, "RuntimeError")

short = chain(30)
print(hash(short), short == chain(30), short == chain(31))
s = {short, chain(30), chain(5)}
print(len(s))
# nested tuples hash by their items, shallow nesting is fine
t = 7
for i in range(50):
    t = (t, i)
print(hash(t) == hash(t), {t: 1}[t])
print("done")
