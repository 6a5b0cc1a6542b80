# A property setter on a __slots__ class, stored through one cached site; in-range and
# out-of-range tuple/list indexes through the shared subscript fast path.
class S:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
def put(o, x):
    o.v = x
s = S()
for i in range(3):
    put(s, i)
    print(s.v)
try:
    s.w = 1
except AttributeError:
    print("no w")
print((1, 2, 3)[-1], [1, 2][-2])
try:
    (1,)[5]
except IndexError:
    print("IndexError")
