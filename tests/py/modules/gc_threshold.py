# gc.threshold(n) is kept in whole GC blocks and read back as such (MicroPython's blocks are
# 32 bytes on a 64-bit port); a negative value disables it and reads back -1. CPython has no
# gc.threshold, hence the .exp.
import gc

for n in (1, 31, 32, 100, 4096, -1, -100):
    gc.threshold(n)
    print(n, gc.threshold())
gc.threshold(-1)
print(gc.threshold())
