# gen.throw(...) while suspended in `yield from` hands its arguments, unchanged, to the
# delegate's own throw(); a non-exception is an error only where it would be raised.


class Catcher:
    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def throw(self, *args):
        print("delegate throw got", args)
        if args[0] == "stop":
            raise StopIteration("done")
        if args[0] == "boom":
            raise KeyError("boom")
        return "thrown"


def outer():
    r = yield from Catcher()
    print("yield from returned", r)
    yield "after"


g = outer()
print(next(g))
print(g.throw(123))
print(g.throw(ZeroDivisionError))
print(g.throw(ValueError, 5))
print(g.throw("stop"))
print(next(g, "end"))

g = outer()
next(g)
try:
    g.throw("boom")
except KeyError as e:
    print("KeyError", e)


# Through a chain of generators to a delegate with throw().
def middle():
    try:
        yield from outer()
    except KeyError:
        print("middle caught KeyError")
        yield "middle"


g = middle()
print(next(g))
print(g.throw(7))
print(g.throw("boom"))


# A delegate without throw(): a non-exception is refused with TypeError before the generator
# runs, and the generator stays suspended.
class Plain:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def gen_plain():
    try:
        yield from Plain()
    except TypeError:
        print("never: TypeError inside")
        yield "recovered"


g = gen_plain()
print(next(g))
try:
    g.throw(123)
except TypeError:
    print("TypeError outside")
print(next(g))


# A generator delegate that cannot raise a non-exception: TypeError at the outer yield from.
def leaf():
    yield 1
    yield 2


def over_leaf():
    try:
        yield from leaf()
    except TypeError as e:
        print("TypeError at yield from")
        yield "ok"


g = over_leaf()
print(next(g))
print(g.throw(123))

# Without any delegate, throw(123) raises TypeError and leaves the generator usable.
g = leaf()
print(next(g))
try:
    g.throw(123)
except TypeError:
    print("TypeError")
print(next(g))


# throw(type, instance) raises that very instance.
def catch_args():
    try:
        yield
    except ValueError as e:
        print("args", e.args)
    yield


for second in (None, ValueError(123), 5):
    g = catch_args()
    next(g)
    g.throw(ValueError, second)
