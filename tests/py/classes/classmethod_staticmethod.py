# classmethod and staticmethod
class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
class P3(Point):
    pass
o = Point.origin()
p = Point(3, 4)
print(o, p, Point.dist(o, p), p.dist(p, o))
print(Point.kind(), P3.kind(), P3.origin(), type(P3.origin()).__name__)
print(p.kind(), Point.count)
f = Point.dist
print(f(Point(1, 1), Point(2, 3)))
