# generators.py: generator functions chained into pipelines, generator
# expressions fed to builtins, yield from delegation (including return
# values), send(), and iteration protocol overhead.

N = 30000
ROUNDS = 36


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scale(src, k):
    for v in src:
        yield v * k


def keep(src, mod):
    for v in src:
        if v % mod:
            yield v


def pairs(src):
    prev = None
    for v in src:
        if prev is not None:
            yield prev, v
        prev = v


def window_sums(src, size):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield sum(buf)


def inner(n, tag):
    for i in range(n):
        yield tag + i
    return n * tag


def outer(blocks):
    total = 0
    for b in range(blocks):
        got = yield from inner(20, b)
        total += got
    yield -total


def tree(depth, base):
    if depth == 0:
        yield base
        return
    yield from tree(depth - 1, base * 2)
    yield from tree(depth - 1, base * 2 + 1)


def accumulator():
    total = 0
    count = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
        count += 1
    yield count


def run(r):
    acc = 0
    for a, b in pairs(keep(scale(count_up(N), 3 + r), 7)):
        acc = (acc + a * 3 + b) % 1000000007
    acc = (acc + sum(window_sums(count_up(N // 4), 5))) % 1000000007
    acc = (acc + sum(x * x for x in range(N) if x & 1)) % 1000000007
    acc = (acc + max(x % 977 for x in count_up(N)) + min(-x for x in range(100))) % 1000000007
    acc = (acc + sum(1 for v in outer(N // 40) if v < 0)) % 1000000007
    last = 0
    for v in outer(N // 40):
        last = v
    acc = (acc - last) % 1000000007
    acc = (acc + sum(tree(12, 1))) % 1000000007
    g = accumulator()
    next(g)
    for i in range(N // 2):
        g.send(i % 13)
    count = g.send(None)
    acc = (acc + count + any(v > N for v in count_up(N)) + all(v >= 0 for v in range(N))) % 1000000007
    lst = list(v for v in scale(range(1000), 2))
    acc = (acc + len(lst) + lst[-1]) % 1000000007
    return acc


check = 0
for r in range(ROUNDS):
    check = (check * 31 + run(r)) % 1000000007
print("generators checksum", check)
