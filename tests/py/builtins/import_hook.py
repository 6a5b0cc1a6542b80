# an import statement calls builtins.__import__ when a program replaces it, with the name,
# the fromlist (None for a plain import) and the level; restoring it restores normal imports
import builtins

orig_import = builtins.__import__
seen = []


def custom_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    print("import", name, fromlist, level, type(globals).__name__)

    class M:
        a = 1
        b = 2

    return M


builtins.__import__ = custom_import
import a
import a.b
from a import a
from a.b import a, b
from .a import a
from ..a import a, b


def inner():
    import zz
    return zz.a


print(inner(), a, b)
builtins.__import__ = orig_import
import sys
print(type(sys).__name__, len(seen))


def counting_import(name, *args):
    print("hook", name)
    return orig_import(name, *args)


builtins.__import__ = counting_import
import math
print(math.sqrt(4))
builtins.__import__ = orig_import
