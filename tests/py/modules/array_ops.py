# array: slices (reading and assigning), +, +=, ==, bytes(array), sum and sorted over arrays.
from array import array

a = array("h", range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[5:2], a[-3:])
b = a[1:3]
b[0] = 100
print(a[1], b)

c = array("i", [1, 2, 3, 4, 5])
c[1:3] = array("i", [20, 30])
print(c)
c[0:2] = array("i", [7])
print(c)
c[3:] = array("i", [8, 9, 10])
print(c)
c[::2] = array("i", [0, 0, 0])
print(c)
try:
    c[::2] = array("i", [1])
except ValueError:
    print("ValueError")
try:
    c[0:1] = array("b", [1])
except TypeError:
    print("TypeError")

x = array("i", [1, 2])
y = array("i", [3])
z = x + y
print(z, x, y)
x += y
print(x, len(x))
try:
    array("i") + array("b")
except TypeError:
    print("TypeError")
try:
    array("i") + [1]
except TypeError:
    print("TypeError")

print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1, 2]) == array("i", [2, 1]))
print(array("i", [1, 2]) == array("b", [1, 2]), array("i", [1, 2]) != array("i", [1]))
print(array("i") == [], array("f", [0.5]) == array("d", [0.5]))

print(bytes(array("B", [1, 2, 255])))
print(bytes(array("h", [1, -1])))
print(bytes(array("i", [258])))
print(bytes(array("d", [1.0])))
print(sum(array("i", [1, 2, 3])), sorted(array("b", [3, -1, 2])), max(array("H", [5, 9, 1])))
print(list(enumerate(array("B", [7, 8]))))
