# A module-level __getattr__ (PEP 562) answers names the module lacks.
import sys

this = sys.modules[__name__]
print(hasattr(this, "dynamic"))


def __getattr__(name):
    if name.startswith("dyn"):
        return "made " + name
    raise AttributeError("no " + name)


print(this.dynamic, getattr(this, "dyn2"), hasattr(this, "dynamic"), hasattr(this, "other"))
for i in range(3):
    print(this.dyn_loop)  # the same site, run repeatedly
print(getattr(this, "other", "default"))
try:
    this.other
except AttributeError as e:
    print("AttributeError", e)
from __main__ import dyn_imported

print(dyn_imported)
try:
    from __main__ import missing
except ImportError:
    print("ImportError")
# defined names are found without the hook
value = 5
print(this.value, this.__getattr__("dynx"))
