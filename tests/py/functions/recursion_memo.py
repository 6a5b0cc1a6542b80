# recursion with memo dicts and accumulators
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print([ways(i) for i in range(10)], ways(100))
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3])), len(subsets(list(range(8)))))
def binsearch(seq, x, lo=0, hi=None):
    if hi is None:
        hi = len(seq)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == x:
        return mid
    if seq[mid] < x:
        return binsearch(seq, x, mid + 1, hi)
    return binsearch(seq, x, lo, mid)
s = list(range(0, 100, 3))
print([binsearch(s, v) for v in (0, 3, 51, 99, 50, -1)])
def qsort(l):
    if len(l) <= 1:
        return l
    p = l[0]
    return qsort([x for x in l[1:] if x < p]) + [p] + qsort([x for x in l[1:] if x >= p])
print(qsort([5, 3, 8, 1, 9, 2, 7, 5, 0]))
