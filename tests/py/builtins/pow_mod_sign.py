# Three-argument pow: the result takes the sign of the modulus, like `%`, whatever the base's
# sign; big values go through the same path.
for b in (3, -3, 0, 1, 10, -10):
    for e in (0, 1, 2, 5, 13):
        for m in (7, -7, 1, -1, 12, -12):
            r = pow(b, e, m)
            assert r == (b ** e) % m, (b, e, m, r)
            print(b, e, m, r)
big = 2 ** 100 + 7
print(pow(5, 1000, big), pow(5, 1000, -big), pow(-5, 999, -big))
print(pow(0, 0, 5), pow(0, 0, -5))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
