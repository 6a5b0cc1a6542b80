# arbitrary precision integers
a = 2 ** 100
print(a)
print(a + 1, a - 1, a * a)
print(a // 3, a % 3, -a // 7, -a % 7)
print(a >> 50, a << 10, a & 0xFFFF, (a - 1) & 0xFFFF)
print(a | 1, a ^ (a - 1))
print(-a, abs(-a), ~a)
b = 123456789012345678901234567890
print(b * b)
print(b // 987654321, b % 987654321)
print(divmod(b, -12345))
print(pow(b, 3))
print(a == 2 ** 100, a > b, a < b * b, a != a + 1)
print(int('99999999999999999999999999'), int('-123456789012345678901234'))
print(str(10 ** 30), len(str(7 ** 80)))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000007)
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70))
print(0x1234567890ABCDEF1234 + 1)
print((2 ** 64) - 1, -(2 ** 63))
print(2 ** 62 + 2 ** 62, (2 ** 63) * 2)
