# nqueens.py: counts N-queens solutions by backtracking, twice: once with
# lists of booleans indexed by column/diagonal, once with bitmasks. Exercises
# recursion, list indexing and small-int bit operations.


def queens_lists(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placed = [0] * n
    count = 0
    first_sum = 0

    def place(row):
        nonlocal count, first_sum
        if row == n:
            count += 1
            if count <= 10:
                s = 0
                for c in placed:
                    s = s * n + c
                first_sum += s
            return
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = diag1[d1] = diag2[d2] = True
                placed[row] = c
                place(row + 1)
                cols[c] = diag1[d1] = diag2[d2] = False

    place(0)
    return count, first_sum


def queens_bits(n):
    full = (1 << n) - 1

    def solve(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free -= bit
            total += solve(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return solve(0, 0, 0)


REPEAT = 2
for _ in range(REPEAT):
    results = []
    for n in range(4, 12):
        results.append(queens_lists(n))
    bits = [queens_bits(n) for n in range(4, 13)]
print("nqueens checksum", results, bits)
