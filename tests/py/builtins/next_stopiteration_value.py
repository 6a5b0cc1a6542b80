# next() on an iterator whose __next__ raises StopIteration(value) keeps the value, also
# through enumerate, map, zip and filter; a default still replaces the exception; for loops
# and list() end quietly.
class Stopper:
    def __init__(self, n, value):
        self.n = n
        self.value = value

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.value)
        self.n -= 1
        return self.n


def args_of(make):
    try:
        next(make())
        print("no stop")
    except StopIteration as e:
        print(e.args)


args_of(lambda: Stopper(0, 42))
args_of(lambda: enumerate(Stopper(0, "e")))
args_of(lambda: map(str, Stopper(0, "m")))
args_of(lambda: zip([1, 2], Stopper(0, "z")))
args_of(lambda: filter(None, Stopper(0, "f")))
args_of(lambda: iter([]))
print(next(Stopper(0, 1), "default"), next(map(abs, Stopper(0, 1)), "d2"))
print(list(Stopper(3, 9)), [x for x in enumerate(Stopper(2, 9))], sum(map(abs, Stopper(4, 1))))
s = Stopper(2, 5)
print(next(s), next(s), next(s, None))
