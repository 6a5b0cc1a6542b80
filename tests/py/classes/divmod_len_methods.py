# divmod() calls __divmod__ / __rdivmod__ of user classes; __len__ results are checked
class D:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, o):
        return ("divmod", self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)


print(divmod(D(7), 2))
print(divmod(3, D(5)))
print(divmod(D(1), D(2))[:2])


class N:
    def __divmod__(self, o):
        return NotImplemented


class R:
    def __rdivmod__(self, o):
        return "R.rdivmod"


print(divmod(N(), R()))
for a, b in [(N(), 1), (1, N()), (object(), 2)]:
    try:
        divmod(a, b)
    except TypeError:
        print("TypeError")


# an int subclass without __divmod__ still divides as an int
class I(int):
    pass


print(divmod(I(17), 5), divmod(17, I(5)))


# __len__ must give a non-negative int
class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(L(0)), len(L(5)), bool(L(0)), bool(L(2)))
for bad in [-1, "3", 2.0]:
    try:
        print(len(L(bad)))
    except ValueError:
        print("ValueError", bad)
    except TypeError:
        print("TypeError", bad)
