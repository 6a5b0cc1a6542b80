# sys.tracebacklimit caps the entries a printed traceback shows (outermost first, as
# MicroPython prints them); 0 or less leaves only the exception line.
import io
import sys


def inner():
    raise KeyError("k")


def middle():
    inner()


def outer():
    middle()


def show():
    try:
        outer()
    except KeyError as e:
        buf = io.StringIO()
        sys.print_exception(e, buf)
        for line in buf.getvalue().splitlines():
            print(line.replace(__file__, "F") if "File" in line else line)


show()
for limit in (2, 1, 0, -3):
    sys.tracebacklimit = limit
    print("limit", limit)
    show()
sys.tracebacklimit = "not an int"
show()
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"))
