# struct_pack.py: struct.pack and struct.unpack of sensor-style binary records, as a driver
# or protocol parser does; the checksum is over the unpacked fields.
import struct

N = 60000


def run():
    fmt = "<HhIfB3s"
    total = 0
    buf = bytearray(struct.calcsize(fmt) * 10)
    for i in range(N):
        rec = struct.pack(fmt, i & 0xFFFF, (i % 200) - 100, i * 7, (i % 64) / 8, i & 0xFF, b"abc")
        a, b, c, d, e, f = struct.unpack(fmt, rec)
        total += a + b + c + int(d * 8) + e + f[0]
        off = (i % 10) * struct.calcsize(fmt)
        struct.pack_into(">iH", buf, off, i, i & 0xFFFF)
        x, y = struct.unpack_from(">iH", buf, off)
        total += x - y
        total %= 1000000007
    return total


check = 0
for k in range(7):
    check = (check * 31 + run()) % 1000000007
print("struct checksum", check)
