# default arguments: evaluation time and mutable defaults
def f(a, b=2, c='c'):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c='z'), f(a=0, c=1, b=2))
x = 10
def g(v=x):
    return v
x = 20
print(g(), g(5))
def acc(item, into=[]):
    into.append(item)
    return into
print(acc(1), acc(2), acc(3, []), acc(4))
def safe(item, into=None):
    if into is None:
        into = []
    into.append(item)
    return into
print(safe(1), safe(2))
def calls(v=print('default evaluated once')):
    return v
calls(); calls()
def expr(a, b=3 * 4, c=[i for i in range(3)]):
    return a + b + sum(c)
print(expr(1))
print(f.__name__, (lambda q=5: q)())
