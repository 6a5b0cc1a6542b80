# int.to_bytes: the edges of what fits, signed and unsigned, and a negative length.
for n, length in ((0, 0), (255, 1), (256, 1), (65535, 2), (65536, 2), (2 ** 64, 9), (2 ** 64, 8)):
    try:
        print(n, length, n.to_bytes(length, "big"), n.to_bytes(length, "little"))
    except OverflowError:
        print(n, length, "OverflowError")
for n, length in ((-128, 1), (-129, 1), (127, 1), (128, 1), (-32768, 2), (-32769, 2), (-1, 1), (-(2 ** 63), 8),
                  (-(2 ** 63) - 1, 8), (0, 0)):
    try:
        print(n, length, n.to_bytes(length, "big", signed=True))
    except OverflowError:
        print(n, length, "OverflowError")
for length in (-1, -100):
    try:
        (1).to_bytes(length, "little")
    except ValueError:
        print("ValueError", length)
try:
    (-1).to_bytes(2, "big", signed=False)
except OverflowError:
    print("OverflowError unsigned negative")
print((100).to_bytes(12, "little"), int.from_bytes((100).to_bytes(12, "big"), "big"))
