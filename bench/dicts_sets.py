# dicts_sets.py: dict and set heavy work with int and str keys: insert,
# lookup, update, delete, membership, get/setdefault, counting, set algebra.
# Never prints iteration order (MicroPython dicts and sets are not ordered
# like CPython's), only order-independent checksums and sorted data.

N = 20000
ROUNDS = 20


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def int_dict_work(seed):
    d = {}
    x = seed
    for i in range(N):
        x = lcg(x)
        k = (x >> 8) % 50000
        d[k] = d.get(k, 0) + i
    hits = 0
    for k in range(0, 50000, 3):
        if k in d:
            hits += 1
    removed = 0
    for k in list(d.keys()):
        if k % 4 == 0:
            del d[k]
            removed += 1
    s = 0
    for k, v in d.items():
        s = (s + k * 7 + v) % 1000000007
    return len(d), hits, removed, s


def str_dict_work(seed):
    counts = {}
    groups = {}
    x = seed
    keys = ["k%d" % i for i in range(3000)]
    for i in range(N):
        x = lcg(x)
        key = keys[(x >> 8) % 3000]
        counts[key] = counts.get(key, 0) + 1
        groups.setdefault(key[:3], []).append(i)
    total = 0
    for key in keys:
        c = counts.get(key)
        if c is not None:
            total += c * len(key)
    sizes = sorted(len(v) for v in groups.values())
    merged = {}
    merged.update(counts)
    merged.update({"extra%d" % i: i for i in range(100)})
    popped = 0
    for i in range(0, 3000, 7):
        popped += merged.pop("k%d" % i, 0)
    return len(counts), total, sizes[:5], sizes[-3:], len(merged), popped


def set_work(seed):
    x = seed
    a = set()
    b = set()
    for i in range(N):
        x = lcg(x)
        a.add((x >> 8) % 30000)
        x = lcg(x)
        b.add((x >> 8) % 30000)
    u = a | b
    n = a & b
    d = a - b
    sd = a ^ b
    words = set()
    for i in range(0, N, 2):
        words.add("w" + str(i % 4001))
    other = {"w" + str(i) for i in range(0, 8000, 3)}
    wi = words & other
    member = 0
    for i in range(N):
        if i in a:
            member += 1
        if "w" + str(i) in words:
            member += 2
    c = set(a)
    for i in range(0, 30000, 5):
        c.discard(i)
    return (len(u), len(n), len(d), len(sd), len(words), len(wi), member, len(c),
            sum(n) % 1000003, n.issubset(a), a.isdisjoint(b), (a - b).isdisjoint(b))


check = 0
last = None
for r in range(ROUNDS):
    res = (int_dict_work(r + 1), str_dict_work(r + 7), set_work(r + 13))
    last = res
    for part in res:
        for v in part:
            if isinstance(v, list):
                for w in v:
                    check = (check * 31 + w) % 1000000007
            else:
                check = (check * 31 + int(v)) % 1000000007
print(last[0])
print(last[1])
print(last[2])
print("dicts_sets checksum", check)
