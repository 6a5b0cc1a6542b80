# micropython: const, opt_level, stack_use, mem_info, qstr_info, alloc_emergency_exception_buf,
# kbd_intr (MicroPython-only module, hence the .exp file).
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

from micropython import const

X = const(123)
Y = const(2 * X + 1)
print(X, Y, const("s"), const((1, 2)))

print(micropython.opt_level())
print(micropython.opt_level(1))
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.opt_level())

outer = micropython.stack_use()
def nested(n):
    if n == 0:
        return micropython.stack_use()
    return nested(n - 1)
print(type(outer).__name__, outer >= 0, nested(20) > outer)

print("mem_info:")
micropython.mem_info()
micropython.mem_info(1)
print("qstr_info:")
micropython.qstr_info()
print("end")
print(micropython.alloc_emergency_exception_buf(100))
print(micropython.kbd_intr(-1), micropython.kbd_intr(3))
