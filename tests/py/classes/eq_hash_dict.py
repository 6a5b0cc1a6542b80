# objects with value equality used in lists, dicts and sets
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return self.x * 1000 + self.y
    def __repr__(self):
        return 'P(%d,%d)' % (self.x, self.y)
pts = [Point(1, 2), Point(3, 4), Point(1, 2)]
print(pts.count(Point(1, 2)), pts.index(Point(3, 4)), Point(5, 5) in pts)
print(len(set(pts)), sorted(set(pts), key=lambda p: p.x))
visits = {}
for p in pts:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))
pts.remove(Point(1, 2))
print(pts)
