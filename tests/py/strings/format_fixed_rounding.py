# Fixed-point float formatting ('%.Nf', '{:.Nf}') is correctly rounded: half to even on the
# exact binary value, across precisions 0..23 and magnitudes from subnormal to 1e300 (the
# exact integer path and its fallbacks for values and precisions out of its range).
import struct

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state


vals = [0.125, 0.375, 2.675, 1e-7, 99.75, 1234567.891, 0.5, 1.5, 2.5, 1e22, 1e21, 123456789012345678.0,
        5e-324, 0.0, -0.0, 2.0**-75, 2.0**-74, 2.0**-127, 2.0**-128, 1 / 3, 2 / 3, 0.005, 0.015, 0.025,
        1e-22, 9.995, 9.9999999, 2.0**70, 2.0**74, 2.0**75, 2.0**80, 1e300, -1e-300, -2.5, -0.5]
for _ in range(60):
    vals.append(struct.unpack("d", struct.pack("Q", rnd()))[0])
    vals.append((rnd() % 10**9) / 10 ** (rnd() % 12))
    vals.append((rnd() % 10**6) / 2 ** (rnd() % 14))
    vals.append((rnd() % 10**17) * 10.0 ** ((rnd() % 60) - 40))
for x in vals:
    row = []
    for p in (0, 1, 2, 3, 6, 17, 22, 23):
        a = "%.*f" % (p, x)
        b = format(x, ".%df" % p)
        row.append(a if a == b else a + "!=" + b)
    print(" ".join(row))
print("%8.2f|%-8.1f|%+.0f|%08.3f|% .2f" % (3.14159, 2.5, 0.5, -1.0005, 0.125))
print("{:8.2f}|{:<8.1f}|{:+.0f}|{:08.3f}|{: .2F}|{:,.2f}|{:.3%}".format(3.14159, 2.5, 0.5, -1.0005, 0.125, 1234567.125, 0.0125))
