# bin, oct, hex
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 40, -(2 ** 70)]:
    print(n, bin(n), oct(n), hex(n))
print(bin(True), hex(False))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
try:
    hex(1.5)
except TypeError:
    print('TypeError')
