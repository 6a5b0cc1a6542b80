# Built-in iterators (of range, list, tuple, str, dict, set, zip, map, enumerate, reversed,
# filter) have __next__ and __iter__ methods that can be called by name.
sources = [
    ("range", lambda: iter(range(3))),
    ("list", lambda: iter([1, 2])),
    ("tuple", lambda: iter((5,))),
    ("str", lambda: iter("ab")),
    ("zip", lambda: zip("ab", "cd")),
    ("map", lambda: map(abs, [-1, -2])),
    ("enumerate", lambda: enumerate("xy")),
    ("reversed", lambda: reversed([1, 2])),
    ("dict", lambda: iter({1: 2})),
    ("set", lambda: iter({3})),
    ("filter", lambda: filter(None, [0, 1, 2])),
]
for name, make in sources:
    it = make()
    first = it.__next__()
    print(name, first, it.__iter__() is it, list(it))
    try:
        it.__next__()
        print("no StopIteration")
    except StopIteration:
        print("StopIteration")

# __next__ fetched as a bound method and called repeatedly
nxt = iter(range(10, 13)).__next__
print(nxt(), nxt(), nxt())
