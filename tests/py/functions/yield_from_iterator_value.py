# `yield from` a Python iterator: the StopIteration it raises (or a subclass of it) gives the
# value of the expression; the values it yields pass through.
class Stop(StopIteration):
    pass
class Counter:
    def __init__(self, n, exc):
        self.i, self.n, self.exc = 0, n, exc
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise self.exc
        return self.i
def outer(it):
    result = yield from it
    print("result", result)
    return result
for exc in (StopIteration, StopIteration(7), Stop(8), Stop(), StopIteration(1, 2)):
    print(list(outer(Counter(2, exc))))
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("inner")
try:
    list(outer(Broken()))
except ValueError as e:
    print("ValueError", e)
# through next() and send(None) on the outer generator
g = outer(Counter(1, Stop(9)))
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)
