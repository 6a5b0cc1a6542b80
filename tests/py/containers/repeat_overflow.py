# A repeat whose size cannot be represented raises OverflowError (not a MemoryError or a
# wrapped-around size); one that is merely too big for the heap raises MemoryError.
import sys

for seq in ("abc", b"abc"):
    try:
        seq * sys.maxsize
        print("no error")
    except OverflowError:
        print(type(seq).__name__, "OverflowError")
for seq in ([1, 2, 3], (1, 2, 3), "ab", b"ab"):
    try:
        seq * (sys.maxsize // 2 + 2)
        print("no error")
    except (OverflowError, MemoryError):
        print(type(seq).__name__, "raises")
print(len("ab" * 3), [0] * 0, (1,) * -2)
