# Stores that must fail: a bare object() has no attribute dict, and built-in types are not
# writable (CPython raises TypeError; MicroPython AttributeError).
o = object()
for i in range(3):  # a store site run more than once, so any inline cache is exercised
    try:
        o.x = i
        print("stored")
    except AttributeError:
        print("AttributeError")
try:
    setattr(object(), "y", 1)
except AttributeError:
    print("AttributeError setattr")
for t in (int, str, list, dict, object, type):
    try:
        setattr(t, "to_bytes", 1)
        print("stored on", t.__name__)
    except (AttributeError, TypeError):
        print("refused on", t.__name__)
print(hasattr(int, "to_bytes") and callable(int.to_bytes))
# A subclass of a built-in type and a user exception class still take class attributes.
class MyInt(int):
    pass
MyInt.extra = 5
class MyErr(Exception):
    pass
MyErr.code = 7
print(MyInt(3).extra, MyErr().code)
