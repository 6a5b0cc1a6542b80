def f(a, b=1, *args, c, d=2, **kw):
    "docstring"
    x = a + b
    return x


def g(p, /, q):
    global G
    G = p
    return q


@dec1
@dec2(3)
def h():
    pass


lam = lambda x, y=3: x * y
