# sys.print_exception writes to any object with a write method; others raise OSError.
import io
import sys

buf = io.StringIO()
try:
    raise ValueError("bad")
except ValueError as e:
    sys.print_exception(e, buf)
print(buf.getvalue().splitlines()[-1])


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = W()
sys.print_exception(KeyError("k"), w)
print("".join(w.parts).splitlines()[-1])

for bad in (1, "s", None.__class__):
    try:
        sys.print_exception(Exception("x"), bad)
        print("no error")
    except OSError as e:
        print("OSError", e)
