# enumerate's iterable and start may both be given by keyword
print(list(enumerate([1, 2, 3], start=1)))
print(list(enumerate(iterable=[1, 2, 3])))
print(list(enumerate(iterable="ab", start=-1)))
try:
    enumerate()
except TypeError:
    print("TypeError")
