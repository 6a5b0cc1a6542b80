# lambda expressions
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a ** b)(3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 1, ['a', 'bb', 'ccc'])))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=lambda t: t[1]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (lambda y: x + y))(5)(6))
table = {k: (lambda v, k=k: k * v) for k in range(3)}
print([table[k](10) for k in range(3)])
print((lambda: 1).__name__, (lambda x: [x])(0))
