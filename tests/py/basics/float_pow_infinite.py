# A power whose exponent is infinite or NaN is a float, never complex or a ZeroDivisionError.
inf = float("inf")
nan = float("nan")
for base in (-2, -1, -0.5, 0, 0.0, 0.5, 1, 2):
    for exp in (inf, -inf, nan):
        r = base**exp
        print(base, exp, r, type(r).__name__, pow(base, exp))

# finite exponents keep their usual results
print((-8.0) ** (1 / 3) == (-8.0) ** (1 / 3), type((-8.0) ** 0.5).__name__)
try:
    0.0 ** -1.0
except ZeroDivisionError:
    print("ZeroDivisionError")
