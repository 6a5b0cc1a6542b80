# io.BytesIO: initial value, reads and writes, seek/tell, readinto, getvalue.
import io

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.tell(), b.readline(), b.readlines())
print(b.read(), b.read(5))
b.seek(1)
print(b.write(b"XY"), b.getvalue(), b.tell())
print(b.seek(0, 2), b.seek(-3, 2), b.read())
b.seek(10)
b.write(b"z")
print(b.getvalue())
print(b.seek(-2, 1), b.read())

e = io.BytesIO()
e.write(b"12")
e.write(bytearray(b"34"))
print(e.getvalue(), e.tell())

buf = bytearray(3)
r = io.BytesIO(b"hello")
print(r.readinto(buf), buf, r.readinto(buf), buf, r.readinto(buf))

with io.BytesIO(b"q") as q:
    print(q.read())
try:
    q.getvalue()
except ValueError:
    print("ValueError after close")
