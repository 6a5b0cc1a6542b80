# truncate() on files and StringIO/BytesIO: default size is the position, the position does not
# move, a file grows when the size is past its end (an in-memory stream does not); os.unlink is
# os.remove under its POSIX name.
import io
import os


def show(f, label):
    f.write("x" * 20)
    f.seek(12)
    r1 = f.truncate()
    pos1 = f.tell()
    end1 = f.seek(0, 2)
    f.seek(4)
    r2 = f.truncate(8)
    pos2 = f.tell()
    end2 = f.seek(0, 2)
    f.seek(2)
    r3 = f.truncate(30)
    end3 = f.seek(0, 2)
    print(label, r1, pos1, end1, r2, pos2, end2, r3, end3)
    try:
        f.truncate(-1)
        print("no error")
    except (OSError, ValueError):
        print("negative size refused")


name = "io_truncate_tmp_7e2a.txt"
with open(name, "w+") as f:
    show(f, "file")
with open(name, "rb") as f:
    data = f.read()
    print(len(data), data[:8], data[8:] == bytes(22))
with open(name, "r") as f:
    try:
        f.truncate(1)
    except OSError:
        print("read-only file: OSError")
show(io.StringIO(), "StringIO")
b = io.BytesIO(b"abcdef")
print(b.truncate(3), b.getvalue(), b.tell())
os.unlink(name)
print(name in os.listdir("."))
try:
    os.unlink(name)
except OSError:
    print("unlink missing: OSError")
