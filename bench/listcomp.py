# listcomp.py: list, dict and set comprehensions (nested, filtered), slicing
# with and without steps, slice assignment and deletion, list methods,
# unpacking, enumerate and zip.

N = 5000


def run(r):
    acc = 0
    base = [(i * 7919 + r) % 10007 for i in range(N)]
    evens = [v for v in base if v % 2 == 0]
    squares = [v * v % 65536 for v in evens]
    acc = (acc + len(evens) + sum(squares)) % 1000000007

    grid = [[(x * y + r) % 10 for x in range(60)] for y in range(60)]
    flat = [c for row in grid for c in row if c > 4]
    transposed = [[row[i] for row in grid] for i in range(60)]
    diag = [grid[i][i] for i in range(60)]
    acc = (acc + len(flat) + sum(diag) + transposed[3][7] + sum(map(sum, transposed))) % 1000000007

    index = {v: i for i, v in enumerate(base[:2000])}
    inverted = {i: v for v, i in index.items() if i % 3 == 0}
    letters = {chr(97 + v % 26) for v in base}
    acc = (acc + len(index) + sum(inverted.values()) % 100003 + len(letters)) % 1000000007

    # slicing
    acc = (acc + sum(base[10:200]) + sum(base[::7]) + sum(base[-50:]) + sum(base[100:10:-3])) % 1000000007
    rev = base[::-1]
    acc = (acc + rev[0] + rev[-1] + len(base[N:]) + len(base[:-N])) % 1000000007
    work = base[:]
    for i in range(200):
        work[i:i + 3] = [i, i + 1]
        if i % 10 == 0:
            del work[i:i + 5]
    acc = (acc + len(work) + sum(work[:300])) % 1000000007
    chunks = [base[i:i + 50] for i in range(0, N, 50)]
    acc = (acc + sum(len(c) for c in chunks) + max(max(c) for c in chunks)) % 1000000007

    # list methods and unpacking
    stack = []
    for v in base[:2000]:
        stack.append(v)
        if v % 3 == 0:
            stack.pop()
    stack.extend(range(100))
    stack.insert(0, -1)
    acc = (acc + len(stack) + stack.index(-1) + stack.count(0)) % 1000000007
    pairs = list(zip(base[::2], base[1::2]))
    total = 0
    for a, b in pairs:
        total += a - b
    first, *middle, last = base[:10]
    acc = (acc + total + first + last + len(middle)) % 1000000007
    words = [str(v) for v in base[:1000]]
    lengths = {w: len(w) for w in words}
    acc = (acc + sum(lengths.values()) + len([w for w in words if "7" in w])) % 1000000007
    return acc


check = 0
for r in range(360):
    check = (check * 31 + run(r)) % 1000000007
print("listcomp checksum", check)
