# operator precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(not 1 == 2, not (1 == 2), 1 < 2 == 2, (1 < 2) == 2)
print(True or False and False, (True or False) and False)
print(10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2)
print(~1 + 1, -~1, ~-1, 3 - -3, +-3)
print(1 if True else 2 + 10, (1 if False else 2) + 10)
x = 5
print(x > 3 and x < 10 or x == 0, 3 < x < 10 and not x == 7)
print([1, 2] * 2 + [3], 'ab' * 2 + 'c', 2 * 3 ** 2)
print(2 ** -1, -2 ** -1)
