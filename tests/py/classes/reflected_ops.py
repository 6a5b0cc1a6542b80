# reflected (__radd__ etc.) operators
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'M(%r)' % (self.v,)
    def __add__(self, o):
        print('__add__')
        return M(self.v + o)
    def __radd__(self, o):
        print('__radd__')
        return M(o + self.v)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return M(o / self.v)
    def __rfloordiv__(self, o):
        return M(o // self.v)
    def __rmod__(self, o):
        return M(o % self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
m = M(4)
print(m + 1)
print(1 + m)
print(10 - m, 3 * m, 2 / m, 9 // m, 10 % m, 2 ** m)
print(sum([1, 2], M(0)).v, 5 + M(1) + 1)
print('s' * 2, [0] * 2)
