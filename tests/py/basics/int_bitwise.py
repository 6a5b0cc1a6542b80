# bitwise operators on small and negative ints
vals = [0, 1, 5, 12, 255, -1, -6, 1000]
for a in vals:
    print(a, a & 0xF, a | 0x10, a ^ 0xFF, a << 3, a >> 2, ~a)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(1 << 40, (1 << 40) >> 39)
print(-1 >> 10, -1024 >> 3, -5 >> 1)
print(0x7FFFFFFF << 1, 0x3FFFFFFF + 0x3FFFFFFF)
x = 0
for i in range(0, 20, 3):
    x |= 1 << i
print(x, bin(x))
x &= ~(1 << 6)
print(x, bin(x))
x ^= 0b111
print(x)
x >>= 2
print(x)
x <<= 5
print(x)
