# comparisons across small ints, big ints and floats
vals = [0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 63, -(2 ** 63), 2 ** 64 + 1, 10 ** 30, 1.5, -2.5]
print(sorted(vals))
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63), 2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)
print(2 ** 53 == float(2 ** 53), 2 ** 60 > 1e18, 10 ** 30 > 1e29, -(10 ** 30) < -1e29)
print(max(vals), min(vals), sum(v for v in vals if isinstance(v, int)))
print(1 < 2 ** 70 < 2 ** 71 < 1e30)
