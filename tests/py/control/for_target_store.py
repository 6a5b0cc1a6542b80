# The loop variable is stored straight from the iterator: each kind of first statement in the
# body must still see the right values, and an unbound local read first still raises.

def gen(n):
    for i in range(n):
        yield i * 10


def uses_after_store():
    out = []
    for i in range(4):
        out.append(i)
    for x in [5, 6]:
        y = x
        out.append(y)
    for g in gen(3):
        out.append(g)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    return out


def unbound_first():
    seen = []
    try:
        for i in range(2):
            k = j  # noqa: F821 (j is assigned below: unbound on the first pass)
            j = i
            seen.append(k)
    except UnboundLocalError:
        seen.append("unbound")
    try:
        for v in gen(2):
            w = z  # noqa: F821
            z = v
    except UnboundLocalError:
        seen.append("unbound gen")
    return seen


def closure_target():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(uses_after_store())
print(unbound_first())
print(closure_target())
i = "global"
for i in range(2):
    pass
print(i)
