# open(): text and binary files, modes r w a x and +, seek/tell, errors.
import os

name = "io_open_tmp_4b1c.txt"
with open(name, "w") as f:
    print(f.write("line one\n"), f.write("line two\n"), f.tell())
with open(name) as f:
    print(repr(f.read(4)), f.tell(), repr(f.readline()), f.readlines())
with open(name, "a") as f:
    f.write("three\n")
with open(name, "r") as f:
    print(f.read())
with open(name, "rb") as f:
    print(f.read(5), f.seek(-6, 2), f.read())
with open(name, "r+") as f:
    f.seek(5)
    f.write("ONE")
    f.seek(0)
    print(repr(f.readline()))
with open(name, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(repr(f.read()))
with open(name, "wb") as f:
    print(f.write(b"\x00\x01\xff"), f.write(bytearray(b"ab")))
with open(name, "rb") as f:
    print(f.read())
    buf = bytearray(2)
    f.seek(3)
    print(f.readinto(buf), buf)
f = open(name, mode="rb")
f.close()
f.close()
try:
    f.read()
except ValueError:
    print("ValueError on closed file")
try:
    open(name, "x")
except OSError as e:
    print("x exists:", e.errno)
os.remove(name)
with open(name, "x") as f:
    f.write("x")
print(os.stat(name)[6])
os.remove(name)
try:
    open(name)
except OSError as e:
    print("missing:", e.errno)
try:
    open(name, "q")
except ValueError:
    print("bad mode")
try:
    open(".", "w")
except OSError as e:
    print("dir:", e.errno)
