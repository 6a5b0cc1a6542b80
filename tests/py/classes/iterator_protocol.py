# __iter__ and __next__
class Range3:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
r = Range3(3)
print(list(r), list(r))
print([x * 2 for x in Range3(4)], sum(Range3(10)), max(Range3(5)))
it = iter(Range3(2))
print(next(it), next(it), next(it, 'default'))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
for i, f in enumerate(Fib()):
    if i > 10:
        break
    print(f, end=' ')
print()
print(list(zip(Range3(3), Range3(5))), dict(enumerate(Range3(2))))
a, b, c = Range3(3)
print(a, b, c)
print(sorted(Range3(4), reverse=True), tuple(Range3(2)), 2 in Range3(3))
