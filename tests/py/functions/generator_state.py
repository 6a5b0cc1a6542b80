# multiple independent generators and generators as iterators in builtins
def count_up(start, stop):
    while start < stop:
        yield start
        start += 1
a = count_up(0, 3)
b = count_up(10, 12)
print(next(a), next(b), next(a), next(b), next(a))
print(list(a), list(b))
print(list(zip(count_up(0, 5), count_up(5, 10))))
print(list(enumerate(count_up(3, 6))), sorted(count_up(0, 4), reverse=True))
print(dict(zip(count_up(0, 3), 'abc')), sum(count_up(1, 101)))
print(list(map(lambda x: x * x, count_up(0, 4))), list(filter(None, count_up(-1, 3))))
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, (x * x for x in naturals())))
def pipeline():
    evens = (n for n in naturals() if n % 2 == 0)
    squares = (n * n for n in evens)
    return take(6, squares)
print(pipeline())
