# generators as methods and __iter__ implemented with yield
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for v in self:
            if v % 2 == 0:
                yield v
c = Countdown(5)
print(list(c), list(c), list(c.evens()))
print([a * b for a in Countdown(2) for b in Countdown(3)])
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()), sum(t.walk()))
