# `raise C` / `gen.throw(C)` instantiate C; when C.__new__ returns something that is not an
# exception, the raise is a TypeError (MicroPython's wording), not a raise of that object.
class Other(Exception):
    pass


class Redirect(Exception):
    def __new__(cls, *args):
        print("Redirect.__new__", args)
        return Other(*args)


class Wrong(Exception):
    def __new__(cls, *args):
        return [1, 2]


try:
    raise Redirect
except Other as e:
    print("caught", type(e).__name__, e.args)

for attempt in ("raise", "throw", "instance"):
    try:
        if attempt == "raise":
            raise Wrong
        elif attempt == "throw":

            def gen():
                yield

            g = gen()
            next(g)
            g.throw(Wrong)
        else:
            raise Wrong()
    except TypeError as e:
        print(attempt, "TypeError", e)
