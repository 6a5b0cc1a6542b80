# numbers survive conversion to strings and back
for n in [0, 7, -42, 2 ** 31 - 1, -(2 ** 31), 2 ** 64, -(10 ** 40), 123456789]:
    s = str(n)
    print(s, int(s) == n, int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)
for f in [0.5, -1.25, 1e100, 1e-100, 3.0, 0.1, 2.75, float('inf')]:
    r = repr(f)
    print(r, float(r) == f, float(str(f)) == f)
print(int('  -0012  '), float('  1.5e1  '), int(float('1e5')))
