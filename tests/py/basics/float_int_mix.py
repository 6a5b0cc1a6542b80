# mixing ints and floats in arithmetic and comparisons
print(1 + 0.5, 3 * 0.5, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5 > 1.99)
print(10 ** 20 * 1.0 == 1e20, int(1e20) == 10 ** 20, 2 ** 0.0, 0.0 ** 2)
print(1 == 1.0, 1 < 1.5 < 2, -1 > -1.5, 0 == -0.0, hash(2) == hash(2.0))
print(sum([0.5, 1, 1.5]), max(1, 1.5), min(-0.5, 0), abs(-3) + abs(-0.5))
print(round(7 / 3, 4), round(22 / 7, 2), int(7 / 2), float(7 // 2))
print(3 * 1.5 == 4.5, 0.5 + 0.25 == 0.75, 1 / 3 * 3 == 1.0)
x = 5
x /= 2
print(x, type(x).__name__)
x //= 1
print(x, type(x).__name__)
