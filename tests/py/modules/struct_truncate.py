# struct: MicroPython truncates an integer that does not fit its field to the field's size
# (CPython raises struct.error); see struct.rs. Expected output in struct_truncate.py.exp.
import struct

for fmt, v in [("<B", 256), ("<B", -1), ("<b", 200), ("<H", 70000), ("<h", -40000), ("<I", 2 ** 32 + 5), ("<q", 2 ** 64 + 1)]:
    try:
        print(fmt, v, struct.pack(fmt, v))
    except Exception:
        print(fmt, v, "error")
