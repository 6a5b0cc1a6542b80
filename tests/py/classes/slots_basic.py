# a class with __slots__ still works for its declared attributes
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = P(3, -4)
print(p.x, p.y, p.norm1())
p.x = 10
print(p.x, p.norm1())
print(P.__slots__)
