# math: integer functions (gcd, lcm, factorial, comb, perm, isqrt) and functions of many values
# (fsum, prod, hypot, dist).
import math

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(), math.gcd(7), math.gcd(12, 18, 8))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(-4, 6, 10))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(30))
print(len(str(math.factorial(500))), math.factorial(True))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(4, 0), math.perm(3, 4), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 201))

for f, args in ((math.factorial, (-1,)), (math.comb, (-1, 2)), (math.perm, (3, -1)), (math.isqrt, (-4,))):
    try:
        f(*args)
    except ValueError as e:
        print("ValueError", e)
for f, args in ((math.factorial, (2.0,)), (math.gcd, (2.5, 1)), (math.comb, ("5", 2))):
    try:
        f(*args)
    except TypeError:
        print("TypeError")

print(math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0, math.fsum([]), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum(x / 10 for x in range(1, 11)), math.fsum([1, 2, 3]), math.fsum([math.inf, 1.0]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError", e)
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([], start=5))
print(math.prod([[1], 2, 2]), math.prod([3], start="ab"), math.prod(iter([2, 3]), start=7))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan))
print(math.hypot(1e200, 1e200) / 1e200 == math.sqrt(2), round(math.hypot(1, 1, 1, 1, 1), 12))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]), math.dist((1,), (-2,)), round(math.dist((1, 1, 1), (0, 0, 0)), 12))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError", e)
