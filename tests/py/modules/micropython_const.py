# micropython.const(): MicroPython substitutes a declared constant's value for every later use of
# the name in the file (any scope); a name starting with "_" is not stored in globals; a
# non-constant argument is a SyntaxError (docs: micropython.const). CPython has no such module,
# so the expected output is a .exp file.
from micropython import const

WIDTH = const(8)
_HIDDEN = const(WIDTH * 4 + 1)
_NAME = const("dev")
_PAIR = const((WIDTH, _NAME, b"x"))
BIG = const(1 << 70)

print(WIDTH, _HIDDEN, _NAME, _PAIR, BIG)
print("WIDTH" in globals(), "_HIDDEN" in globals(), "_PAIR" in globals(), "BIG" in globals())
t = _PAIR
print(t is _PAIR, t is (WIDTH, _NAME, b"x"))


def f(n):
    return n * _HIDDEN + WIDTH


print(f(2))

# the value is fixed at compile time: rebinding the global does not change later uses
import micropython as WIDTH

print(type(globals()["WIDTH"]).__name__, f(1))


class K:
    LIMIT = const(5)

    def get(self):
        return LIMIT, self.LIMIT


print(K().get())

# dead branches on a constant are still valid code
_DEBUG = const(0)
if _DEBUG:
    print("debug")
else:
    print("no debug")


def compile_error(src):
    try:
        exec(src)
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.args[0] if "x" in src else "")


compile_error("a = const(x)")
compile_error("a = const(len('ab'))")
compile_error("A = const(1); A = const(2)")
compile_error("B = const(1); B = 3")
compile_error("C = const(1); C += 1")
compile_error("D = const(2); print(D * 3)")
compile_error("import math\nE = const(2 * math.pi)\nprint(E > 6)")
