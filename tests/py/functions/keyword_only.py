# keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2), f(a=5, b=6))
try:
    f(1, 2)
except TypeError:
    print('TypeError positional for kw-only')
try:
    f(1)
except TypeError:
    print('TypeError missing kw-only')
def g(*args, key=None, reverse=False):
    r = sorted(args, key=key)
    return r[::-1] if reverse else r
print(g(3, 1, 2), g(3, 1, 2, reverse=True), g('bb', 'a', 'ccc', key=len))
def h(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(h(0, c=2), h(0, 1, 2, 3, c=4, e=5))
lam = lambda *, k: k * 2
print(lam(k=21))
