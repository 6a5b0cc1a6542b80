# bigint.py: pidigits-style arbitrary-precision arithmetic. Gibbons' unbounded
# spigot for the digits of pi: big-int multiply, add, floor division and
# comparison on numbers that grow to thousands of digits. Prints the first
# and last digits and a hash of all of them.

# CPython refuses int(str) beyond 4300 digits by default, so stay below that.
DIGITS = 4000


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return out


digits = pi_digits(DIGITS)
h = 0
for d in digits:
    h = (h * 10 + d) % 1000000007
text = "".join([str(d) for d in digits])
# a second, independent big-int check: the digits as one integer
as_int = int(text)
print(text[:30])
print(text[-30:])
print("bigint checksum", len(text), h, as_int % 999999937, len(bin(as_int)) - 2)
