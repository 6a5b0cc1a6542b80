# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, v):
        for f in reversed(self.fns):
            v = f(v)
        return v
print(Compose(str, abs, Adder(-10))(3))
print(sorted([3, -1, 2], key=Adder(0)))
