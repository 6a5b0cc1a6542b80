# math: constants, trigonometry, exponentials and logarithms (rounded where the last digit
# depends on the libm).
import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.isnan(math.nan))

def r(x):
    return round(x, 10)

for x in (0.0, 0.5, 1.0, -0.25):
    print(x, r(math.sin(x)), r(math.cos(x)), r(math.tan(x)), r(math.asin(x)), r(math.acos(x)), r(math.atan(x)))
for x in (0.0, 0.5, 2.0, -3.0):
    print(x, r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)), r(math.asinh(x)))
print(r(math.acosh(1.0)), r(math.acosh(2.5)), r(math.atanh(0.5)), r(math.atanh(-0.25)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), math.atan2(0.0, -0.0) == math.pi)

print(math.exp(0), r(math.exp(1)), r(math.exp(-2.5)), r(math.expm1(1e-10) * 1e10))
print(math.log(1), r(math.log(math.e)), math.log(8, 2), r(math.log(100, 10)))
print(math.log10(1000), math.log10(0.001), math.log2(1024), math.log2(0.125))
print(r(math.log1p(1e-10) * 1e10), r(math.log(10 ** 400)), r(math.log10(10 ** 400)), math.log2(2 ** 2000))
print(math.sqrt(16), math.sqrt(2.25), r(math.sqrt(2)), math.sqrt(0.0), math.sqrt(-0.0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(0.0, 0.0), math.pow(4, 0.5), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.degrees(math.pi), math.radians(180) == math.pi, r(math.degrees(1)), r(math.radians(45)))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-math.inf))

# ceil/floor/trunc give ints, big ones for big floats
print(math.ceil(2.1), math.ceil(-2.1), math.floor(2.9), math.floor(-2.1), math.trunc(-2.9), math.trunc(2.9))
print(math.ceil(5), math.floor(True), type(math.ceil(1.0)).__name__, math.floor(1e20), math.ceil(-1e25))

class Up:
    def __ceil__(self):
        return "ceil"
    def __floor__(self):
        return "floor"
    def __float__(self):
        return 1.5

print(math.ceil(Up()), math.floor(Up()), math.trunc(1.5), math.sqrt(Up()))

# int arguments convert like floats
print(math.sqrt(10 ** 20), math.exp(False), math.sin(0))
