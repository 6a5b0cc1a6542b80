# MicroPython's extended stream write: write(buf, max_len) and write(buf, off, max_len) write
# part of buf (the offset is clamped to its length); the count written is returned.
# MicroPython-only forms (CPython refuses them), hence the .exp.
import io

b = io.BytesIO()
print(b.write(b"abcdef", 3), b.getvalue())
print(b.write(b"abcdef", 100), b.getvalue())
print(b.write(b"abcdef", 2, 2), b.getvalue())
print(b.write(b"abcdef", 4, 100), b.getvalue())
print(b.write(b"abcdef", 100, 5), b.getvalue())
print(b.write(bytearray(b"xyz"), 1, 1), b.getvalue())
print(b.write(b"abc", 0), b.getvalue())

s = io.StringIO()
print(s.write("hello", 4), s.getvalue())
print(s.write("world", 1, 3), s.getvalue())

try:
    b.write(b"abc", 1, 2, 3)
except TypeError:
    print("TypeError")
