# float arithmetic with exactly representable results
print(1.5, -2.25, 0.5 + 0.25, 3.0 * 2)
print(7 / 2, 1 / 4, -9 / 2, 8 / 2)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2.0 ** 10, 2 ** -1, 4 ** 0.5, 0.5 ** 2)
print(1e100, 1e16, 1e-100)
print(0.1, 0.2, 1.0, 100.0, 123.5)
print(float(3), float('2.5'), float('-0.0'), float(' 4 '))
print(float('inf'), float('-inf'), -float('inf'))
print(float('nan') == float('nan'))
print(int(3.9), int(-3.9), int(2.0), int(1e10))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 1) in (2.7, 2.6))
print(round(3.14159, 2), round(1234.5678, -2))
print(abs(-2.5), -0.0, 0.0 == -0.0)
print(1.5 == 1.5, 1.5 < 2, 2 > 1.5, 3 == 3.0, 3.5 != 3)
x = 1.0
for i in range(5):
    x *= 1.5
print(x)
print(divmod(7.0, 2.0), divmod(-7.0, 2.0))
print(3.0 + 4, 3 + 4.0, 10 - 2.5, 2.5 * 4)
print(type(1.0).__name__, type(7 / 7).__name__, 7 / 7)
