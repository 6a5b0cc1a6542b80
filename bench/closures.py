# closures.py: closures over cells, nonlocal counters, lambdas, functions
# returned from functions, and higher-order functions (map, filter, custom
# compose and reduce), plus default arguments and *args/**kwargs calls.

N = 30000


def make_counter(start):
    count = start

    def inc(k=1):
        nonlocal count
        count += k
        return count

    def get():
        return count

    return inc, get


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def reduce_(fn, seq, init):
    acc = init
    for v in seq:
        acc = fn(acc, v)
    return acc


def apply_all(fns, x):
    for f in fns:
        x = f(x)
    return x


def memoize(fn):
    cache = {}

    def wrapper(n):
        r = cache.get(n)
        if r is None:
            r = fn(n)
            cache[n] = r
        return r
    return wrapper


def call_with(*args, **kwargs):
    return len(args) + sum(args) + kwargs.get("bonus", 0) + len(kwargs)


def run(r):
    acc = 0
    inc, get = make_counter(r)
    for i in range(N):
        inc()
        if i & 3 == 0:
            inc(2)
    acc += get()

    adders = [make_adder(i) for i in range(10)]
    chain = adders[0]
    for a in adders[1:]:
        chain = compose(chain, a)
    for i in range(N // 4):
        acc = (acc + chain(i)) % 1000000007

    sq = lambda x: x * x
    odd = lambda x: x & 1
    acc = (acc + sum(map(sq, filter(odd, range(N))))) % 1000000007
    acc = (acc + reduce_(lambda a, b: (a * 3 + b) % 1000003, range(N), 1)) % 1000000007
    acc = (acc + apply_all([make_adder(3), sq, lambda x: x % 1000, make_adder(-1)], r + 7)) % 1000000007

    @memoize
    def ways(n):
        # called for increasing n, so the recursion stays a few frames deep
        if n < 3:
            return n + 1
        return (ways(n - 1) + ways(n - 2) + ways(n - 3)) % 1000003

    best = 0
    for n in range(3000):
        w = ways(n)
        if w > best:
            best = w
    acc = (acc + best + ways(2999)) % 1000000007

    total = 0
    for i in range(N // 4):
        total += call_with(i, 1, 2, bonus=i & 7)
        total += call_with(*(i, i), key=1)
    acc = (acc + total) % 1000000007

    counters = [make_counter(i) for i in range(50)]
    for rep in range(200):
        for inc_i, get_i in counters:
            inc_i(rep & 3)
    acc = (acc + sum(g() for _, g in counters)) % 1000000007
    return acc


check = 0
for r in range(36):
    check = (check * 31 + run(r)) % 1000000007
print("closures checksum", check)
