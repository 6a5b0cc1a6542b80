# micropython.opt_level(n) applies to code compiled afterwards (exec, eval, imports): from 1 on
# __debug__ is False and asserts are dropped; from 3 on no line numbers are kept, so every
# traceback line reads "line 1". MicroPython-only, hence the .exp file.
import io
import micropython
import sys


def show(e):
    buf = io.StringIO()
    sys.print_exception(e, buf)
    for line in buf.getvalue().splitlines():
        if "<string>" in line or not line.startswith(" "):
            print(line)


print(micropython.opt_level(), __debug__)
for level in range(4):
    micropython.opt_level(level)
    print(level, micropython.opt_level(), eval("__debug__"), end=" ")
    exec("print(__debug__, 'on' if __debug__ else 'off')")
    try:
        exec("assert 1 == 2, 'checked'")
        print("assert dropped")
    except AssertionError as e:
        print("AssertionError", e.args)

micropython.opt_level(3)
src = "def f():\n    x = 1\n    return y\n\n\nf()\n"
try:
    exec(src)
except NameError as e:
    show(e)
micropython.opt_level(0)
try:
    exec(src)
except NameError as e:
    show(e)
print(__debug__)
