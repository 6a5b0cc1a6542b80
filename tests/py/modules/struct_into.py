# struct: pack_into and unpack_from with offsets (negative from the end), and errors.
import struct

buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf)
struct.pack_into(">H", buf, -2, 0x1234)
print(buf)
struct.pack_into("<b", buf, 0, 7)
print(buf)
mv = memoryview(buf)
struct.pack_into("<H", mv, 4, 0xABCD)
print(buf)

data = b"\x01\x02\x03\x04\x05\x06"
print(struct.unpack_from("<H", data))
print(struct.unpack_from("<H", data, 2))
print(struct.unpack_from("<H", data, -2))
print(struct.unpack_from("<BB", data, offset=4))
print(struct.unpack_from("<I", memoryview(data), 1))

# errors: each raises some exception (the type differs between implementations)
def err(f, *args):
    try:
        f(*args)
        print("no error")
    except Exception:
        print("error")


err(struct.unpack, "<I", b"\x00\x00\x00")
err(struct.unpack_from, "<I", b"\x00\x00\x00\x00", 1)
err(struct.unpack_from, "<H", b"\x00\x00", -3)
err(struct.pack_into, "<I", bytearray(3), 0, 1)
err(struct.pack_into, "<H", bytearray(4), 3, 1)
err(struct.pack, "z", 1)
err(struct.calcsize, "<Z")
err(struct.pack, "<ii", 1)
err(struct.pack, "<i", 1, 2)
err(struct.pack, "<i", "x")
err(struct.pack, "<d", "x")
err(struct.pack, "<i", 1.5)
err(struct.pack_into, "<b", b"abc", 0, 1)
try:
    struct.pack(1, 2)
except TypeError:
    print("TypeError")
