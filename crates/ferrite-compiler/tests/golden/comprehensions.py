a = [x * 2 for x in range(10) if x % 2]
b = {x for x in xs for y in ys}
c = {k: v for k, v in pairs}
d = (x for x in xs)


def f(n):
    return [x + n for x in range(n)]


e = [y for x in xs if (y := x * 2)]
