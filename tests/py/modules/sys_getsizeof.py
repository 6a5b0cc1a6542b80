# sys.getsizeof: a positive size for any object, growing with a container's contents.
import sys

small, big = [1], list(range(1000))
print(sys.getsizeof(small) > 0, sys.getsizeof(big) > sys.getsizeof(small))
print(sys.getsizeof("a" * 1000) > sys.getsizeof("a"))
print(sys.getsizeof({1: 2}) > 0, sys.getsizeof(0) > 0, sys.getsizeof(None) > 0)


class A:
    pass


print(sys.getsizeof(A()) > 0, isinstance(sys.getsizeof(3.5), int))
try:
    sys.getsizeof()
except TypeError:
    print("TypeError")
