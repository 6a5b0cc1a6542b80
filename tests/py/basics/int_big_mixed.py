# big ints mixing with small ints, bools and comparisons
big = 10 ** 25
small = 7
print(big + small, small + big, big - small, small - big)
print(big * small, small * big, big // small, small // big)
print(big % small, small % big, -small % big)
print(big + True, big * False)
print(big > small, small < big, big == big + 0, big - big == 0)
print(sorted([big, -big, small, 0, big + 1]))
print(max(big, small), min(-big, small))
x = big
x += 1
x *= 3
x -= big
x //= 2
print(x)
print(int(big) is not None, bool(big), bool(big - big))
n = 1
for i in range(70):
    n *= 2
for i in range(70):
    n //= 2
print(n, type(n).__name__)
print((1 << 100) >> 100, (1 << 64) // (1 << 32))
print(-(1 << 70) >> 3, -(1 << 70) // 8)
print(3 ** 50 % (2 ** 31 - 1))
print(pow(3, 200, 1000000007))
