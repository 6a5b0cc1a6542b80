# MicroPython's emitter decorators (@micropython.native, .viper, .bytecode) are read by the
# compiler without importing micropython; Ferrite compiles ordinary bytecode for all three.
# Any other @micropython.<name> is a SyntaxError ("invalid micropython decorator").
# CPython has no such decorators, so the expected output is a .exp file.


@micropython.native
def add(a, b):
    return a + b


@micropython.viper
def count(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


@micropython.bytecode
def gen(n):
    yield from range(n)


print(add(2, 3), add("a", "b"), count(10), list(gen(3)))
print(add.__name__, count.__name__)


def compile_error(src):
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.args[0])


compile_error("@micropython.a\ndef f(): pass")
compile_error("@micropython.native.x\ndef f(): pass")
compile_error("@micropython.native\ndef f(): return 7\nprint(f())")
