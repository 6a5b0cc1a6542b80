# MicroPython's memoryview(buf, offset[, size]): a window of `size` items starting at item
# `offset`, both clamped to the buffer; writes go through to the buffer.
from array import array

b = bytearray(b"abcdef")
m = memoryview(b, 2, 3)
print(len(m), bytes(m))
m[0] = ord("X")
print(b)
print(bytes(memoryview(b, 4)), bytes(memoryview(b, -5, 2)), bytes(memoryview(b, 9, 1)), bytes(memoryview(b, 1, -2)))
a = array("h", [10, -20, 30, -40])
w = memoryview(a, 1, 2)
print(list(w), w.itemsize)
w[1] = 33
print(a)
print(list(memoryview(memoryview(a), 3)), list(memoryview(a, 0, 100)))
try:
    memoryview(b, "1")
except TypeError:
    print("TypeError")
