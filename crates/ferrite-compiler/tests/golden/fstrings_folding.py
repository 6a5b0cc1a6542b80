name = "w"
s = f"hello {name}!"
t = f"{x!r:>{width}} {y=} {z=:.2f}"
u = f"{name}"
n = -1
m = 2 ** 10 + 3 * 4 - 7 // 2
big = -9223372036854775808
huge = -123456789012345678901234567890
fl = 1.5 * 2
nofold = 1 / 0
