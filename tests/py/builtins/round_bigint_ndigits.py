# round(i, n) with a big int and negative n rounds to a multiple of 10**-n, ties to even;
# n >= 0 (or None) gives the int back unchanged.
big = 2**70
for v in (big, -big, 25 * 10**20, -25 * 10**20, 35 * 10**20, 10**30 + 1, -(10**30) - 7):
    print(round(v, -1), round(v, -10), round(v, -21), round(v, -40), round(v, 2), round(v))
print(type(round(big, -30)), round(big, -30))
print(round(10**25, -25), round(5 * 10**24, -25), round(15 * 10**24, -25))
