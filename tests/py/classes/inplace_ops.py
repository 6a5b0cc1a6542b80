# in-place operators: __iadd__ etc. and the fallback to __add__
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print('__iadd__', o)
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
a = Acc()
orig = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is orig)
class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        print('__add__ fallback')
        return Vec(self.x + o.x)
v = Vec(1)
w = v
v += Vec(2)
print(v.x, w.x, v is w)
class Weird:
    def __iadd__(self, o):
        return 'replaced'
q = Weird()
q += 1
print(q)
