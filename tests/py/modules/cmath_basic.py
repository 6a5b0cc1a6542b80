# cmath: phase, polar, rect, exp, log, log10, sqrt, cos, sin and the constants (results rounded).
import cmath

def r(z):
    z = complex(z)
    return complex(round(z.real, 10) + 0.0, round(z.imag, 10) + 0.0)

print(cmath.pi, cmath.e)
print(cmath.phase(1), cmath.phase(-1), cmath.phase(1j), cmath.phase(-1j), round(cmath.phase(1 + 1j), 12))
print(cmath.polar(3 + 4j), cmath.polar(-2), cmath.polar(0))
print(r(cmath.rect(2, 0)), r(cmath.rect(1, cmath.pi / 2)), r(cmath.rect(2, cmath.pi)))
print(r(cmath.exp(0)), r(cmath.exp(1j * cmath.pi)), r(cmath.exp(1 + 1j)), r(cmath.exp(-2)))
print(r(cmath.log(1)), r(cmath.log(-1)), r(cmath.log(1j)), r(cmath.log(3 + 4j)), r(cmath.log(8, 2)))
print(r(cmath.log(100, 10)), r(cmath.log10(1000)), r(cmath.log10(-10)), r(cmath.log10(1j)))
print(cmath.sqrt(4), cmath.sqrt(-4), r(cmath.sqrt(1j)), r(cmath.sqrt(-1j)), r(cmath.sqrt(3 - 4j)), cmath.sqrt(0))
print(r(cmath.cos(0)), r(cmath.cos(1j)), r(cmath.cos(1 + 2j)), r(cmath.cos(cmath.pi)))
print(r(cmath.sin(0)), r(cmath.sin(1j)), r(cmath.sin(1 + 2j)), r(cmath.sin(cmath.pi / 2)))
for f in (cmath.exp, cmath.log, cmath.sqrt, cmath.cos, cmath.sin, cmath.log10):
    print(type(f(2)).__name__, type(f(2.5 - 1j)).__name__)
# round trips
z = 1.5 - 2.5j
print(r(cmath.rect(*cmath.polar(z))), r(cmath.exp(cmath.log(z))), r(cmath.sqrt(z) ** 2))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.sqrt("x")
except TypeError:
    print("TypeError")
