# pow(b, -e, m) raises the modular inverse of b to e (CPython 3.8+); ValueError when none exists
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(38, -1, 97), pow(5, -1, 1), pow(2, -3, 1 << 70 | 1))
for b, m in ((2, 4), (0, 5), (6, 9)):
    try:
        print(pow(b, -1, m))
    except ValueError as e:
        print("ValueError", e)
