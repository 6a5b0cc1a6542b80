# math: gamma/erf family, frexp/ldexp/modf, fmod, copysign, classification, isclose.
import math

def r(x):
    return round(x, 9)

print(math.gamma(1), math.gamma(5), math.gamma(10), r(math.gamma(0.5) ** 2))
print(r(math.gamma(2.5)), r(math.gamma(-0.5)), r(math.gamma(-1.5)), r(math.gamma(30.3) / 1e31))
print(math.lgamma(1), math.lgamma(2), r(math.lgamma(10)), r(math.lgamma(0.5)), r(math.lgamma(-0.5)), r(math.lgamma(200)))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf))
print(math.erf(0), r(math.erf(0.5)), r(math.erf(1)), r(math.erf(-2)), math.erf(10), math.erf(-math.inf))
print(math.erfc(0), r(math.erfc(0.5)), r(math.erfc(3)), r(math.erfc(-1)), math.erfc(40), math.erfc(math.inf))

print(math.frexp(0.0), math.frexp(1.0), math.frexp(-10.0), math.frexp(0.1), math.frexp(2 ** 60))
print(math.frexp(5e-324), math.frexp(math.inf))
print(math.ldexp(0.5, 1), math.ldexp(3, -2), math.ldexp(1, 1023) == 2.0 ** 1023, math.ldexp(1, -1074))
print(math.ldexp(1, -1080), math.ldexp(-0.0, 5), math.ldexp(math.inf, -10000), math.ldexp(1.5, -10 ** 20))
print(math.modf(2.5), math.modf(-2.5), math.modf(3.0), math.modf(-0.0), math.modf(math.inf), math.modf(-math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(1, math.inf))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(3.5, -1e-300), math.copysign(math.inf, -1))

for x in (0.0, 1, -1e308, math.inf, -math.inf, math.nan, 10 ** 30):
    print(math.isfinite(x), math.isinf(x), math.isnan(x))

print(math.isclose(1.0, 1.0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001))
print(math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
