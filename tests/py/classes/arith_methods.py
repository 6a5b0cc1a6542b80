# arithmetic special methods
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'N(%r)' % (self.v,)
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))
    def __mul__(self, o):
        return N(self.v * (o.v if isinstance(o, N) else o))
    def __truediv__(self, o):
        return N(self.v / o)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __mod__(self, o):
        return N(self.v % o)
    def __pow__(self, o):
        return N(self.v ** o)
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(+self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __and__(self, o):
        return N(self.v & o)
    def __or__(self, o):
        return N(self.v | o)
    def __xor__(self, o):
        return N(self.v ^ o)
    def __lshift__(self, o):
        return N(self.v << o)
    def __rshift__(self, o):
        return N(self.v >> o)
a, b = N(7), N(3)
print(a + b, a - b, a * b, a + 1, a * 2)
print(a / 2, a // 2, a % 4, a ** 2)
print(-a, +a, abs(N(-5)), ~a)
print(a & 6, a | 8, a ^ 1, a << 2, a >> 1)
print((a + b) * N(2) - 1)
try:
    a < b
except TypeError:
    print('TypeError no __lt__')
