# ==, <, and `in` on data nested deeper than the recursion limit (3000 levels here; 100000 in
# tests/cli/bad_input.py) raise RuntimeError (CPython: RecursionError) instead of overflowing the
# stack
def nest(n, wrap):
    v = 0
    for i in range(n):
        v = wrap(v)
    return v

cases = [
    ("list", lambda v: [v]),
    ("tuple", lambda v: (v,)),
    ("dict", lambda v: {"k": v}),
]
for name, wrap in cases:
    a = nest(3000, wrap)
    b = nest(3000, wrap)
    for op, fn in [("==", lambda: a == b), ("!=", lambda: a != b), ("in", lambda: a in [b])]:
        try:
            print(name, op, fn())
        except RuntimeError:
            print(name, op, "RuntimeError")
    if name != "dict":
        try:
            print(name, "<", a < b)
        except RuntimeError:
            print(name, "<", "RuntimeError")
    # identity short-cuts: the same object is equal to itself without descending
    print(name, "same", a == a, [a].count(a))
    # shallow comparisons are unaffected
    print(name, "shallow", nest(50, wrap) == nest(50, wrap), nest(50, wrap) == nest(51, wrap))
print("done")
