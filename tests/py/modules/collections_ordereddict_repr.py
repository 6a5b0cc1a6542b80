# OrderedDict repr: MicroPython prints OrderedDict({...}) (CPython 3.11: a list of pairs), so
# this test has a .exp file.
from collections import OrderedDict

print(OrderedDict([("z", 1), ("a", 2)]))
print(repr(OrderedDict(a=1)))
print([OrderedDict([(1, "x")])])
