# Built-in functions and methods that take no keyword arguments refuse them (TypeError) rather
# than ignoring them; those that take keywords still accept theirs.
import json


def attempt(label, f):
    try:
        print(label, "->", f())
    except TypeError:
        print(label, "-> TypeError")


# Refused: nothing here reads keywords.
attempt("len", lambda: len([1, 2], x=1))
attempt("abs", lambda: abs(-1, x=1))
attempt("list.append", lambda: [].append(1, x=2))
attempt("dict.get", lambda: {}.get("k", default=1))
attempt("str.startswith", lambda: "ab".startswith(prefix="a"))
attempt("str.join", lambda: ",".join(iterable=["a"]))
attempt("set.add", lambda: set().add(elem=1))
attempt("bound method", lambda: (lambda m: m(1, y=2))([].append))
attempt("Exception", lambda: Exception("m", code=1))
attempt("iter", lambda: iter([1], sentinel=None))
attempt("json.loads", lambda: json.loads("1", cls=None, unknown=1))

# Accepted: functions and methods that take keywords.
attempt("sorted", lambda: sorted([3, 1, 2], key=lambda v: -v, reverse=True))
attempt("list.sort", lambda: (lambda l: (l.sort(reverse=True), l)[1])([1, 3, 2]))
attempt("str.split", lambda: "a b c".split(maxsplit=1))
attempt("int", lambda: int("11", base=2))
attempt("dict", lambda: dict(a=1, b=2))
attempt("dict.update", lambda: (lambda d: (d.update(z=0), d)[1])({}))
attempt("max", lambda: max([1, 5, 3], key=lambda v: -v))
attempt("min default", lambda: min([], default="none"))
attempt("int.to_bytes", lambda: (258).to_bytes(2, "big"))
attempt("enumerate", lambda: list(enumerate("ab", start=1)))
attempt("json.dumps", lambda: json.dumps({"a": [1, 2]}, separators=(",", ":")))
attempt("print", lambda: print("x", "y", sep="-", end="|\n"))


# Subclasses of built-in types take the keywords their own __init__/__new__ declares.
class Tagged(list):
    def __init__(self, items, tag=None):
        super().__init__(items)
        self.tag = tag


class CodeError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


class Pair(tuple):
    def __new__(cls, a, b=0):
        return super().__new__(cls, (a, b))


t = Tagged([1, 2], tag="t")
print(t, t.tag)
e = CodeError("bad", code=7)
print(e, e.code)
print(Pair(1, b=2))
