# computed attributes through properties on a small class hierarchy
class Shape:
    @property
    def area(self):
        return self.compute_area()
    def __repr__(self):
        return '%s(area=%d)' % (type(self).__name__, self.area)
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def compute_area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Rect(2, 3), Square(4), Rect(1, 1)]
print(shapes)
print(sorted(shapes, key=lambda s: s.area))
print(sum(s.area for s in shapes), max(shapes, key=lambda s: s.area))
sq = shapes[1]
sq.w = 10
print(sq.area, sq)
