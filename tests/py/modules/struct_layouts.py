# struct: formats with many fields, repeat counts, padding, whitespace, bytes formats and
# memoryview/bytearray buffers, each byte order, round trips through pack/unpack and
# pack_into/unpack_from at offsets (including negative ones).
import struct

formats = ["<HhIfB3s", ">iH", "!hHiIqQ", "=bBhHiIlLqQfd", "@bhiqbd", "bi3xh", "<4s2x3h?e",
           "< h h  i ", "<" + "b" * 20, ">" + "H" * 13 + "q", "<10h2q", "@xbxhxixq", "<0s", "<0h", ""]
for fmt in formats:
    print(repr(fmt), struct.calcsize(fmt))

def sample(fmt):
    out = []
    count = ""
    for c in fmt.lstrip("<>!=@"):
        if c == " ":
            continue
        if c.isdigit():
            count += c
            continue
        k = int(count) if count else 1
        count = ""
        if c == "s":
            out.append(b"xyzw"[:k])
        elif c == "x":
            pass
        elif c == "?":
            out.extend([True] * k)
        elif c in "efd":
            out.extend([1.5 + i for i in range(k)])
        elif c in "bB":
            out.extend([(i * 37) % 100 for i in range(k)])
        else:
            out.extend([(i * 1001) % 30000 for i in range(k)])
    return out

for fmt in formats:
    vals = sample(fmt)
    b = struct.pack(fmt, *vals)
    print(repr(fmt), b, struct.unpack(fmt, b) == tuple(vals), struct.unpack(fmt.encode(), b))
    buf = bytearray(len(b) + 8)
    struct.pack_into(fmt, buf, 3, *vals)
    print(bytes(buf), struct.unpack_from(fmt, buf, 3), struct.unpack_from(fmt, memoryview(buf), 3))
    if b:
        struct.pack_into(fmt, buf, -len(b), *vals)
        print(bytes(buf), struct.unpack_from(fmt, buf, -len(b)), struct.unpack_from(fmt, buf, offset=3))

# Unsigned 64-bit values past the small-int range, wrapping of out-of-range ints.
print(struct.unpack("<Q", struct.pack("<Q", 2 ** 64 - 2)), struct.unpack(">Q", b"\x80" + b"\0" * 7))
print(struct.unpack("<i", struct.pack("<i", 2 ** 31 - 1)), struct.unpack(">h", b"\x80\x00"))
print(struct.pack("<2s", b"a"), struct.pack("<3s", b"abcd"))
# Buffers longer than the format are accepted by unpack_from; errors.
print(struct.unpack_from("<h", b"\x01\x02\x03\x04", 2))
for call in (lambda: struct.unpack("<i", b"\x01\x02"), lambda: struct.unpack_from("<i", b"\x01\x02\x03\x04", 1),
             lambda: struct.pack_into("<i", bytearray(3), 0, 1), lambda: struct.pack("<2h", 1),
             lambda: struct.calcsize("<3"), lambda: struct.calcsize("<y"), lambda: struct.unpack("<h", 5),
             lambda: struct.pack("<s", 5), lambda: struct.pack("<h", "x"), lambda: struct.pack(5, 1)):
    try:
        print(call())
    except Exception:
        # CPython raises struct.error for some of these, MicroPython ValueError.
        print("error")
