# Calls that leave trailing parameters to their defaults, through plain calls and method calls,
# including mutable defaults shared between calls and defaults read after rebinding.


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 20), f(1, 20, 30))


def g(items=[]):
    items.append(len(items))
    return items


print(g(), g(), g([9]), g())


class C:
    def m(self, x=5, y="y"):
        return (x, y)


c = C()
print(c.m(), c.m(1), c.m(1, 2))
try:
    f()
except TypeError:
    print("TypeError: missing a")
try:
    f(1, 2, 3, 4)
except TypeError:
    print("TypeError: too many")
try:
    c.m(1, 2, 3)
except TypeError:
    print("TypeError: too many for method")


def counter(n, step=1):
    total = 0
    for i in range(n):
        total += step
    return total


print(sum(counter(i) for i in range(100)), counter(10, 3))
