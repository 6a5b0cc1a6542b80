# array: construction for every typecode, repr, len, indexing, iteration, append, extend.
from array import array

for code in "bBhHiIlLqQ":
    a = array(code, [1, 2, 3])
    print(a, len(a), a[0], a[-1], list(a))
for code in "fd":
    a = array(code, [1.5, -2, 0.25])
    print(a, len(a), a[1], list(a))
print(array("i"), len(array("i")), list(array("d")))
print(array("b", [-128, 127]), array("B", [0, 255]))
print(array("h", [-32768, 32767]), array("H", [65535]))
print(array("i", [-2 ** 31, 2 ** 31 - 1]), array("I", [2 ** 32 - 1]))
print(array("q", [-2 ** 63, 2 ** 63 - 1]), array("Q", [2 ** 64 - 1]))
print(array("i", range(5)), array("b", (x * 2 for x in range(4))))
print(array("h", array("b", [1, -2])))
print(array("b", b"\x01\xff"), array("B", bytearray(b"\x01\xff")))
print(array("H", b"\x01\x00\x02\x00"))

a = array("i")
a.append(5)
a.append(-6)
a.extend([7, 8])
a.extend(array("i", [9]))
a.extend(range(2))
print(a, len(a))
for x in a:
    print(x, end=" ")
print()
print(3 in a, 7 in a, -6 in a)

a = array("i", [10, 20, 30])
a[0] = 11
a[-1] = -31
print(a)
for bad in [3, -4]:
    try:
        a[bad]
    except IndexError:
        print("IndexError", bad)
    try:
        a[bad] = 0
    except IndexError:
        print("IndexError", bad)
try:
    array("z")
except ValueError:
    print("ValueError")
try:
    array("i", [1.5])
except TypeError:
    print("TypeError")
try:
    array("i").append("x")
except TypeError:
    print("TypeError")
print(bool(array("b")), bool(array("b", [0])))
