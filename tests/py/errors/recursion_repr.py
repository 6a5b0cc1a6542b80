# repr and str of data nested deeper than the recursion limit (3000 levels here; 100000 in
# tests/cli/bad_input.py) raise RuntimeError (CPython: RecursionError) instead of overflowing the
# stack; the data stays usable
def nest_list(n):
    a = []
    for i in range(n):
        a = [a]
    return a

def nest_dict(n):
    d = {}
    for i in range(n):
        d = {"k": d}
    return d

def nest_tuple(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t

for name, make in [("list", nest_list), ("dict", nest_dict), ("tuple", nest_tuple)]:
    deep = make(3000)
    for conv in (repr, str):
        try:
            conv(deep)
            print(name, conv.__name__, "returned")
        except RuntimeError:
            print(name, conv.__name__, "RuntimeError")
    # shallow nesting still prints
    print(repr(make(5)))
    # the deep value is intact after the error
    n = 0
    while len(deep) == 1:
        deep = deep[0] if name != "dict" else deep["k"]
        n += 1
    print(name, "depth", n)

# self-reference is not recursion: it prints as [...] / {...}
a = [1]
a.append(a)
print(a)
d = {}
d["self"] = d
print(d)
print("done")
