# sys.implementation and os.uname() are MicroPython attrtuples: tuples whose items are also named
# fields, printed as (name=value, ...) (CPython's are a namespace and a struct sequence, hence
# the .exp).
import os
import sys

impl = sys.implementation
print(impl.name, impl.version[:3], impl[0] == impl.name, impl[1] is impl.version)
print(str(impl).startswith("(name='micropython', version=("), str(impl) == repr(impl))
print(isinstance(impl, tuple), len(impl) >= 4, list(impl)[:1])
u = os.uname()
print(len(u), u[0] == u.sysname, u[-1] == u.machine, tuple(u) == (u.sysname, u.nodename, u.release, u.version, u.machine))
print(str(u).startswith("(sysname='"), "machine=" in str(u))
# a tuple subclass is a tuple of arguments to %
print(("%s|" * len(u)) % u == "".join(s + "|" for s in u))
a, b, *rest = u
print(a == u.sysname, len(rest))
try:
    u.nodename2
except AttributeError:
    print("AttributeError")
try:
    u[5]
except IndexError:
    print("IndexError")


# and any tuple subclass formats with % as a tuple
class Pair(tuple):
    pass


print("%d-%d" % Pair((3, 4)), "%s" % Pair((5,)))
