# 0, 1 and -1 raised to a huge exponent stay small; 0 ** 0 is 1
i = 1 << 65
print(0 ** i, 1 ** i, (-1) ** i, (-1) ** (i + 1), i ** 0, i ** 1, i ** 2, 0 ** 0)
print((i - i) ** i, (i - i + 1) ** (i * i), pow(-1, i + 3))
