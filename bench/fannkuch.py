# fannkuch.py: the fannkuch-redux permutation flipping benchmark. Exercises
# list slicing, slice reversal, swaps and tight integer loops.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # next permutation in the counting order
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


N = 9
REPEAT = 2
for _ in range(REPEAT):
    checksum, flips = fannkuch(N)
print("fannkuch checksum", checksum)
print("Pfannkuchen(%d) = %d" % (N, flips))
