# array: MicroPython truncates an integer that does not fit the item type (CPython raises
# OverflowError); expected output in array_truncate.py.exp.
from array import array

for code, v in [("b", 200), ("B", 256), ("B", -1), ("h", 40000), ("H", -2), ("i", 2 ** 32 + 7), ("Q", -1)]:
    try:
        print(code, v, array(code, [v]))
    except OverflowError:
        print(code, v, "OverflowError")
a = array("B", [1])
try:
    a[0] = 300
except OverflowError:
    print("OverflowError")
print(a)
