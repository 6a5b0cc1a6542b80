# int.to_bytes of a negative int without `signed`: MicroPython writes it in two's complement
# (as if signed=True), where CPython raises OverflowError, hence the .exp file. An explicit
# signed=False still refuses it, and a value that needs one more byte for its sign overflows.
cases = ((-1, 1), (-1, 3), (-128, 1), (-129, 1), (-256, 2), (-(2 ** 63), 8), (-(2 ** 64) + 1, 8),
         (-(2 ** 64) + 1, 9), (-(2 ** 100), 13), (-(2 ** 100), 14))
for n, length in cases:
    for order in ("big", "little"):
        try:
            print(n, length, order, n.to_bytes(length, order))
        except OverflowError:
            print(n, length, order, "OverflowError")
big = -int.from_bytes(bytes(range(1, 21)), "big")
print(big.to_bytes(20, "big") == big.to_bytes(20, "big", signed=True))
print(int.from_bytes(big.to_bytes(21, "little"), "little", signed=True) == big)
for flag in (False, 0):
    try:
        (-5).to_bytes(2, "big", signed=flag)
    except OverflowError:
        print("OverflowError", flag)
print((5).to_bytes(2, "big"), (0).to_bytes(1, "little"))
