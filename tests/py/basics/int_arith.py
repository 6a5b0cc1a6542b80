# small int arithmetic: + - * // % ** and unary ops
a, b = 17, 5
print(a + b, a - b, a * b)
print(a // b, a % b, a ** 2)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(-a, +a, ~a, ~-a)
print(0 // 7, 0 % 7, 7 ** 0, 0 ** 0)
print(2 ** 10, (-2) ** 3, -2 ** 2)
for x in range(-6, 7, 3):
    for y in (-4, -1, 1, 3):
        print(x, y, x // y, x % y, divmod(x, y))
print(1 + 2 * 3 - 4 // 2)
print((1 + 2) * (3 - 4) // 2)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 7 // 2)
print(7 % 3 * 2, 7 * 3 % 4)
