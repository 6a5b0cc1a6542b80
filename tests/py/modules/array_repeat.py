# array * n, n * array and array *= n repeat the items (a count <= 0 empties); a non-int
# count is a TypeError.
from array import array

a = array("h", [1, -2])
print(a * 3, 2 * a, a * 0, a * -4, a)
b = a
b *= 2
print(a, b is a)
b *= 0
print(a, len(a))
for bad in (1.5, "x", [2]):
    try:
        array("i", [1]) * bad
    except TypeError:
        print("TypeError", type(bad).__name__)
print(array("f", [0.5]) * 2, array("B") * 5, array("I", [7]) * True)
print((array("b", [1]) + array("b", [2]) * 2) * 2)
