# unpacking edge cases in calls
def f(a, b=0, *c, d=1, **e):
    return a, b, c, d, sorted(e.items())
print(f(*[1]), f(*(1, 2, 3)), f(1, *[], **{}))
print(f(*range(4), d=9), f(**{'a': 5, 'z': 0}))
print(f(1, *'xy', 2, *[3], d=4, **{'w': 5}, v=6))
def kwonly(*, a, b=2):
    return a * 10 + b
print(kwonly(**{'a': 1}), kwonly(b=5, **{'a': 3}))
args = [3, 1, 2]
print(max(*args), min(*args, 0), sorted(args, **{'reverse': True}))
print('{}-{}'.format(*'ab'), dict(**{'x': 1}, y=2))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError:
    print('TypeError repeated keyword')
