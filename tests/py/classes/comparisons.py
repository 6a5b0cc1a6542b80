# rich comparison methods
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __ne__(self, o):
        return not self == o
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
    def __repr__(self):
        return 'V%d' % self.n
a, b = V(1), V(2)
print(a == V(1), a == b, a != b, a < b, a <= b, a > b, a >= V(1))
print(a == 1, a != 'x')
vs = [V(3), V(1), V(2)]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
print(V(1) in vs, V(9) in vs, vs.index(V(2)), vs.count(V(3)))
print(V(1) < V(2) < V(3), V(2) < V(1) < V(3))
class OnlyEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())
