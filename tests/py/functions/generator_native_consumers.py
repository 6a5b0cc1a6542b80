# Generators driven by built-in consumers (sum, any, all, list, tuple, min, max, sorted,
# str.join): early stops, resuming afterwards, errors on either side, nesting, delegation.

def count(n, log=None):
    try:
        for i in range(n):
            if log is not None:
                log.append(i)
            yield i
    finally:
        if log is not None:
            log.append("end")


# any/all stop early; the generator resumes right where they left it
g = count(10)
print(any(v > 3 for v in [0]), any(x > 3 for x in g), next(g), next(g))
g = count(10)
print(all(x < 5 for x in g), list(g))
log = []
g = count(10, log)
print(any(x == 2 for x in g), log)
g.close()
print(log)

# a generator consumed directly
g = count(6)
print(any(g), list(g))
g = count(6)
print(all(g), list(g))
print(sum(count(100)), sum(count(5), 10), list(count(4)), tuple(count(3)))
print(min(count(7)), max(count(7)), sorted(count(5), reverse=True), "-".join(str(i) for i in count(5)))

# an exception raised inside the generator propagates, and the generator is finished
def boom(n):
    yield 1
    yield 2
    raise ValueError("boom at %d" % n)

g = boom(3)
try:
    sum(g)
except ValueError as e:
    print("caught", e)
print(list(g))

# an exception raised by the consumer (bad +) leaves the generator suspended, usable
def mixed():
    yield 1
    yield "two"
    yield 3

g = mixed()
try:
    sum(g)
except TypeError:
    print("TypeError from sum")
print(next(g))

# a user __add__ / __bool__ running Python code between items, using other generators
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Acc(self.v + sum(count(other)))
    def __radd__(self, other):
        return Acc(other + self.v)

print(sum(count(5), Acc(0)).v)

class Flag:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        return sum(count(self.n)) > 6

print(any(Flag(i) for i in range(10)), all(Flag(i) for i in range(5, 10)))

# nesting: a generator that itself sums generators, consumed by sum
def sums(n):
    for i in range(n):
        yield sum(count(i))

print(sum(sums(20)), list(sums(5)))

# yield from and return values inside a consumed generator
def inner(n):
    for i in range(n):
        yield i * 10
    return n

def outer():
    total = 0
    for k in range(4):
        total += yield from inner(k)
    yield total

print(list(outer()), sum(outer()))

# yield inside an except block, consumed
def handler():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            yield e.args[0]

print(list(handler()), sum(handler()))

# StopIteration inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError", e)

# the generator consumed from inside itself is already running
def selfish():
    yield 1
    yield sum(me)

me = selfish()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)

# deep recursion through consumers still raises RuntimeError, not a crash
def deep(n):
    yield sum(deep(n + 1))

try:
    sum(deep(0))
except RuntimeError as e:
    print("RuntimeError", e)

# lists and tuples read by index: changes made while consuming are seen, as by their iterators
items = [0, 0, 0]


class Grow:
    def __bool__(self):
        if len(items) < 8:
            items.append(0)
        return False


items[:] = [Grow()]
print(any(items), len(items))
items[:] = [Grow(), Grow()]
print(all(not x for x in items), len(items))


class Shrink:
    def __radd__(self, other):
        if nums:
            nums.pop()
        return other + 1


nums = [Shrink() for _ in range(6)]
print(sum(nums), len(nums))
print(sum((1, 2, 3)), any(()), all([]), sum([], 5), sum([[1], [2]], []))


class MyList(list):
    def __iter__(self):
        return iter([100, 200])


print(sum(MyList([1, 2, 3])), any(MyList()), list(MyList([1])))
