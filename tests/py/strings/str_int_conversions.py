# int() of digit strings (a fast path for plain ASCII digits) against the general parser,
# and str()/int() called on built-in types and their subclasses (native __new__ called in place)
for s in ["0", "7", "00", "0123", "123456789012345678", "1234567890123456789",
          "99999999999999999999", "-5", "+5", " 42 ", "4_2", "12a", "", " ", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError")
print(int("ff", 16), int("0b101", 0), int(b"12"), int(3.9), int(True), int())
print(str(5), str(-2.5), str(None), str(b"x"), str("s"), str(), str([1, "a"]))


class I(int):
    pass


class S(str):
    pass


i, t = I("12"), S("ab")
print(i + 1, t + "c", isinstance(t, str), str(t), int(I(7)))
print([int(c) for c in "9081726354"], sum(int(c) for c in "123456789"))
try:
    str(b"x", "nope")
except LookupError:
    print("LookupError")
try:
    int(None)
except TypeError:
    print("TypeError")
