# *args and **kwargs collection and forwarding
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, b=2, a=3))
def g(a, b, *rest, c=0, **kw):
    return a, b, rest, c, sorted(kw)
print(g(1, 2), g(1, 2, 3, 4), g(1, 2, c=5, z=1, y=2))
def fwd(*a, **k):
    return f(*a, **k)
print(fwd(1, x=2))
args = (1, 2, 3)
kw = {'c': 9, 'extra': True}
print(g(*args, **kw))
print(g(*[10, 20], *(30,), **{'c': 1}, d=4))
def only_kw(**kw):
    return kw
d = only_kw(z=26, a=1)
print(list(d), d)
def count(*a):
    return len(a)
print(count(*range(50)), count(*'abc', *[1]))
try:
    g(1)
except TypeError:
    print('TypeError missing arg')
try:
    f2 = lambda a: a
    f2(1, 2)
except TypeError:
    print('TypeError too many')
try:
    g(1, 2, a=3)
except TypeError:
    print('TypeError duplicate')
